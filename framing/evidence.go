package framing

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
)

// A Line is one keyword-in-context line: an occurrence of a term in a document, with the
// text around it and whose words it was. Text[Start:End] of the document is Match.
type Line struct {
	DocID   string `json:"doc"`               // the document's ID
	Start   int    `json:"start"`             // byte offsets in the document's Text
	End     int    `json:"end"`               // byte offset just past the match
	Left    string `json:"left"`              // up to width runes before, line breaks as spaces
	Match   string `json:"match"`             // the occurrence as written
	Right   string `json:"right"`             // up to width runes after
	Voice   Voice  `json:"voice"`             // whose words the match is
	Speaker string `json:"speaker,omitempty"` // for quoted words, who is quoted
}

// String formats the line as "doc:offset left [match] right (voice)".
func (l Line) String() string {
	return fmt.Sprintf("%s:%d %s [%s] %s (%s)", l.DocID, l.Start, l.Left, l.Match, l.Right, l.Voice)
}

// Concordance returns every occurrence in docs of term as keyword-in-context lines with
// width runes of context (0 means 40; a negative width is an error wrapping [ErrOption]),
// in document order. The term may be a word or
// phrase as written ("democracy", "Hong Kong" when listed in Phrases), which is analyzed
// as the documents' words are, or a term as a [Profile] names it: a stem ("democraci"), a
// protected word or phrase ("the_west"), or an n-gram ("western sanction"). It honours
// the analyzer's settings, voices included, so every count in a profile made with the same
// analyzer can be traced to exactly these lines. A word that the analyzer drops (a stop
// word, a number) is an error.
func (an *Analyzer) Concordance(docs []corpus.Document, term string, width int) ([]Line, error) {
	if _, err := contextWidth("Concordance", width); err != nil {
		return nil, err
	}
	parts := strings.Fields(term)
	if len(parts) == 0 {
		return nil, errorf(ErrOption, "empty term")
	}
	if len(parts) > an.maxN() {
		// A phrase as written ("Hong Kong") that the analyzer counts as one term.
		if analyzed, counted := an.analyzeTerm(term, docs); counted && !strings.Contains(analyzed, " ") {
			term, parts = analyzed, []string{analyzed}
		} else {
			return nil, errorf(ErrOption, "term %q has %d words but the analyzer counts n-grams up to %d", term, len(parts), an.maxN())
		}
	}
	term = strings.Join(parts, " ")
	analyzed, counted := an.analyzeTerm(term, docs)
	terms := []string{term}
	if counted && analyzed != term {
		terms = append(terms, analyzed)
	}
	lines, err := an.Concordances(docs, terms, width, 0)
	if err != nil {
		return nil, err
	}
	if len(lines[term]) > 0 || !counted {
		if len(lines[term]) == 0 && !counted && !strings.Contains(term, "_") {
			return nil, errorf(ErrOption, "%q is not counted by this analyzer (a stop word, a number, or a word it drops)", term)
		}
		return lines[term], nil
	}
	return lines[analyzed], nil // a word as written: "Democracy" is "democraci"
}

// analyzeTerm returns the terms the words of text analyze to, joined by spaces, and whether
// every word is counted.
func (an *Analyzer) analyzeTerm(text string, docs []corpus.Document) (string, bool) {
	one := *an
	one.Voices = AllVoices
	if one.Language == "" && len(docs) > 0 {
		one.Language = docs[0].Language
	}
	toks, err := one.Tokens(text)
	if err != nil {
		return "", false
	}
	var terms []string
	for _, t := range toks {
		if !t.Counted() {
			return "", false
		}
		terms = append(terms, t.Term)
	}
	return strings.Join(terms, " "), len(terms) > 0
}

// Concordances returns the keyword-in-context lines of many terms (as a [Profile] names
// them) in one pass over docs: at most max lines per term (0 for all), in document order,
// with width runes of context (0 means 40). A negative width or max is an error wrapping
// [ErrOption]. See [Analyzer.Concordance].
func (an *Analyzer) Concordances(docs []corpus.Document, terms []string, width, max int) (map[string][]Line, error) {
	width, err := contextWidth("Concordances", width)
	if err != nil {
		return nil, err
	}
	if max < 0 {
		return nil, errorf(ErrOption, "Concordances: max %d (want lines a term >= 0, 0 for all)", max)
	}
	out := map[string][]Line{}
	byFirst := map[string][][]string{}
	for _, term := range terms {
		parts := strings.Split(term, " ")
		if len(parts) > an.maxN() {
			return nil, errorf(ErrOption, "term %q has %d words but the analyzer counts n-grams up to %d", term, len(parts), an.maxN())
		}
		byFirst[parts[0]] = append(byFirst[parts[0]], parts)
		out[term] = nil
	}
	da := docAnalyzer{an: an}
	for i := range docs {
		d := &docs[i]
		toks, w, err := da.tokens(d)
		if err != nil {
			return nil, err
		}
		kept := toks[:0:0]
		for _, t := range toks {
			if t.Counted() {
				kept = append(kept, t)
			}
		}
		for i := range kept {
			for _, parts := range byFirst[kept[i].Term] {
				term := strings.Join(parts, " ")
				if i+len(parts) > len(kept) || max > 0 && len(out[term]) >= max {
					continue
				}
				ok := true
				for k, w := range parts {
					if kept[i+k].Term != w || kept[i+k].Clause != kept[i].Clause {
						ok = false
						break
					}
				}
				if !ok || (len(parts) > 1 && !contiguous(toks, kept[i], kept[i+len(parts)-1])) {
					continue
				}
				first, last := kept[i], kept[i+len(parts)-1]
				l := Line{DocID: d.ID, Start: first.Start, End: last.End, Match: d.Text[first.Start:last.End], Voice: first.Voice,
					Left: context(d.Text[:first.Start], width, true), Right: context(d.Text[last.End:], width, false)}
				if l.Voice != VoiceNarrative {
					l.Speaker = speakerAt(w.quotes, first.Start)
				}
				out[term] = append(out[term], l)
			}
		}
	}
	return out, nil
}

// contiguous reports whether no token dropped for its voice lies between first and last:
// n-grams never span a dropped quotation.
func contiguous(toks []Token, first, last Token) bool {
	for _, t := range toks {
		if t.Start > first.Start && t.Start < last.Start && t.Dropped == "voice" {
			return false
		}
	}
	return true
}

func speakerAt(spans []Span, pos int) string {
	i, _ := slices.BinarySearchFunc(spans, pos, func(s Span, p int) int {
		if s.End <= p {
			return -1
		}
		if s.Start > p {
			return 1
		}
		return 0
	})
	if i < len(spans) && spans[i].Start <= pos && pos < spans[i].End {
		return spans[i].Speaker
	}
	return ""
}

// contextWidth returns the runes of context of a function's width argument: width, or 40
// for 0. A negative width is an error wrapping ErrOption that names the function fn.
func contextWidth(fn string, width int) (int, error) {
	switch {
	case width < 0:
		return 0, errorf(ErrOption, "%s: width %d (want runes of context >= 0, 0 for 40)", fn, width)
	case width == 0:
		return 40, nil
	}
	return width, nil
}

// context returns up to width runes from the end (left) or start of s, with line breaks
// and tabs as spaces.
func context(s string, width int, left bool) string {
	if left {
		n, i := 0, len(s)
		for i > 0 && n < width {
			_, sz := utf8.DecodeLastRuneInString(s[:i])
			i -= sz
			n++
		}
		s = s[i:]
	} else {
		n, i := 0, 0
		for i < len(s) && n < width {
			_, sz := utf8.DecodeRuneInString(s[i:])
			i += sz
			n++
		}
		s = s[:i]
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// A Count is a name with how often it occurred.
type Count struct {
	Name  string `json:"name"`  // what was counted
	Count int    `json:"count"` // how often
}

func sortedCounts(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for k, v := range m {
		out = append(out, Count{k, v})
	}
	slices.SortFunc(out, func(a, b Count) int { return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Name, b.Name)) })
	return out
}

// VoiceStats describes whose words a set of documents carries.
type VoiceStats struct {
	Documents int `json:"documents"` // documents analyzed
	// Words counts the counted words (after stop words, numbers and boilerplate) by voice.
	Words map[string]int `json:"words"`
	// QuotedShare is the share of counted words in QuotedVoices: direct quotations and scare
	// quotes.
	QuotedShare float64 `json:"quoted_share"`
	// Quotations counts statements by voice ([Statements]: "quote" for those with a
	// direct quotation, "reported" for indirect speech only; a statement cut into pieces
	// by quotation marks or repeated later counts once), and scare quotes ("scare") and
	// quoted titles ("title") one by one.
	Quotations map[string]int `json:"quotations"`
	// Speakers counts statements by speaker (by the canonical name of each document, see
	// [Span]), most quoted first; unattributed ones are not listed. A person named in full
	// in one document and by surname alone in another is listed twice ("Xi Jinping",
	// "Xi"): [JoinSpeakerNames] joins them. A name of a legal text is not listed here but
	// in Cited.
	Speakers []Count `json:"speakers"`
	// Cited counts the statements whose speaker names a law or another legal instrument
	// ([voices.LegalText]: "Basic Law", "the Constitution", "Article 45 of the Basic
	// Law"), most first: what such a text "says" or "stipulates" is a rule cited, not a
	// voice, so a table of who speaks lists it apart, as the voices program does. Empty when
	// no statement cites one.
	Cited []Count `json:"cited,omitempty"`
	// Roles counts the statements whose speaker is written with an office of one holder
	// in a country or an organization before or around the name ([RoleOf]: "Ukrainian
	// President Volodymyr Zelensky"), by role and canonical name, most first (ties by
	// role, then name): what [JoinSpeakerRoles] reads to join a speaker named by the role
	// alone. Empty when no statement has one.
	Roles []RoleName `json:"roles,omitempty"`
	// Verbs counts the reporting verbs, one per statement, most used first: "said" and
	// "claimed" frame the same quotation differently.
	Verbs []Count `json:"verbs"`
}

// VoiceStats segments docs with [voices.Quotes] and reports the share of quoted words, who is
// quoted how often, and with which reporting verbs. The analyzer's Voices setting is
// ignored: every voice is counted. [Analyzer.VoiceReport] gives it with Stance and
// QuotedTerms in one pass.
func (an *Analyzer) VoiceStats(docs ...corpus.Document) (*VoiceStats, error) {
	r, err := an.VoiceReport(docs, &VoiceReportOptions{NoStance: true, NoQuoted: true})
	if err != nil {
		return nil, err
	}
	return r.Stats, nil
}

// voiceStatsAcc gathers VoiceStats a document at a time.
type voiceStatsAcc struct {
	vs              *VoiceStats
	speakers, verbs map[string]int
	roles           map[[2]string]int // role, name
}

func newVoiceStatsAcc() *voiceStatsAcc {
	return &voiceStatsAcc{vs: &VoiceStats{Words: map[string]int{}, Quotations: map[string]int{}},
		speakers: map[string]int{}, verbs: map[string]int{}}
}

func (a *voiceStatsAcc) add(toks []Token, spans []Span, stmts []Statement) {
	vs := a.vs
	var words [voices.NumVoices]int // by voice, added to vs.Words once a document
	for _, t := range toks {
		switch {
		case !t.Counted():
		case int(t.Voice) < len(words):
			words[t.Voice]++
		default:
			vs.Words[t.Voice.String()]++
		}
	}
	for v, n := range words {
		if n > 0 {
			vs.Words[Voice(v).String()] += n
		}
	}
	for _, sp := range spans {
		if sp.Voice == VoiceScare || sp.Voice == VoiceTitle {
			vs.Quotations[sp.Voice.String()]++
		}
	}
	for i := range stmts {
		st := &stmts[i]
		vs.Quotations[st.Voice.String()]++
		if name := st.Name(); name != "" {
			a.speakers[name]++
			if role, ok := RoleOf(st.Speaker, name); ok {
				if a.roles == nil {
					a.roles = map[[2]string]int{}
				}
				a.roles[[2]string{role, name}]++
			}
		}
		if st.Verb != "" {
			a.verbs[st.Verb]++
		}
	}
	vs.Documents++
}

func (a *voiceStatsAcc) finish() *VoiceStats {
	vs := a.vs
	total := 0
	for _, n := range vs.Words {
		total += n
	}
	if total > 0 {
		quoted := 0
		for v := range Voice(voices.NumVoices) {
			if QuotedVoices.Has(v) {
				quoted += vs.Words[v.String()]
			}
		}
		vs.QuotedShare = float64(quoted) / float64(total)
	}
	vs.Speakers, vs.Verbs = sortedCounts(a.speakers), sortedCounts(a.verbs)
	vs.Roles = roleNames(a.roles)
	if slices.ContainsFunc(vs.Speakers, func(c Count) bool { return voices.LegalText(c.Name) }) {
		spoke, cited := make([]Count, 0, len(vs.Speakers)), []Count(nil)
		for _, c := range vs.Speakers {
			if voices.LegalText(c.Name) {
				cited = append(cited, c)
			} else {
				spoke = append(spoke, c)
			}
		}
		vs.Speakers, vs.Cited = spoke, cited
	}
	return vs
}

// roleNames returns the counts of roles, most first, ties by role, then name.
func roleNames(roles map[[2]string]int) []RoleName {
	var out []RoleName
	for k, n := range roles {
		out = append(out, RoleName{Role: k[0], Name: k[1], Count: n})
	}
	slices.SortFunc(out, func(x, y RoleName) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), strings.Compare(x.Role, y.Role), strings.Compare(x.Name, y.Name))
	})
	return out
}
