package framing

// A Statement is one act of attribution in a document: a source (or none) and a cue with
// the content they introduce, however many pieces quotation marks, an interruption or a
// repetition cut it into. "The agency reported that the trip is “a show of support” for
// its hosts and “a sign of the times”" is one statement in three pieces (a quotation, the
// reported words between, a quotation); so is "“We will win,” she said, “and soon.”".
// Counting statements rather than pieces keeps a source that is quoted in many short
// fragments from looking more quoted than one quoted at length.
type Statement struct {
	// Spans are the indexes of its pieces among the document's spans, in text order. A
	// quotation that repeats one of the statement's quotations later in the text (its Echo)
	// is one of them.
	Spans []int `json:"spans"`
	// Voice is VoiceQuote if one of its pieces is a direct quotation, else VoiceReported.
	Voice Voice `json:"voice"`
	// Speaker, Canonical and Verb are those of its first piece that has them (see [Span]).
	Speaker   string `json:"speaker,omitempty"`
	Canonical string `json:"canonical,omitempty"`
	Verb      string `json:"verb,omitempty"`
}

// Name returns the statement's speaker by the name Stance and VoiceStats count it under:
// Canonical, else Speaker; empty when it is unattributed.
func (s *Statement) Name() string {
	if s.Canonical != "" {
		return s.Canonical
	}
	return s.Speaker
}

// Statements groups the spans of one document, as [voices.Quotes] or the analyzer's
// segmentation give them (sorted by Start), into statements:
//
//   - direct quotations (VoiceQuote) and indirect speech (VoiceReported) are pieces of
//     statements; scare quotes and titles are not;
//   - pieces with the same source and cue (their offsets: one attribution) are one
//     statement, as are a piece marked Continued and the statement before it;
//   - a quotation that repeats an earlier one (Echo) belongs to the statement of the
//     quotation it repeats: words said once are one statement however often the text
//     quotes them.
//
// Statements come in the order of their first pieces.
func Statements(spans []Span) []Statement {
	type key struct{ ss, se, cs, ce int }
	var out []Statement
	byKey := map[key]int{}
	of := make([]int, len(spans)) // statement of each span, -1 for none
	last := -1
	for i, sp := range spans {
		of[i] = -1
		if sp.Voice != VoiceQuote && sp.Voice != VoiceReported {
			continue
		}
		st := -1
		k := key{sp.SourceStart, sp.SourceEnd, sp.CueStart, sp.CueEnd}
		attributed := sp.SourceEnd > sp.SourceStart || sp.CueEnd > sp.CueStart
		switch {
		case sp.Echo > 0 && sp.Echo <= i && of[sp.Echo-1] >= 0:
			st = of[sp.Echo-1]
		case attributed && byKey[k] > 0:
			st = byKey[k] - 1
		case sp.Continued && last >= 0:
			st = last
		}
		if st < 0 {
			st = len(out)
			out = append(out, Statement{Voice: VoiceReported})
		}
		if attributed && byKey[k] == 0 {
			byKey[k] = st + 1
		}
		of[i] = st
		s := &out[st]
		s.Spans = append(s.Spans, i)
		if sp.Voice == VoiceQuote {
			s.Voice = VoiceQuote
		}
		if s.Speaker == "" && s.Canonical == "" {
			s.Speaker, s.Canonical = sp.Speaker, sp.Canonical
		}
		if s.Verb == "" {
			s.Verb = sp.Verb
		}
		if sp.Echo == 0 {
			last = st
		}
	}
	return out
}
