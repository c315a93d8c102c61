package framing

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The voice segmenter: quotation marks are paired into quotations (mixed straight and
// curly marks, nesting, quotations that run across paragraphs, unclosed and unopened
// quotations), each quotation is attributed to a speaker through the reporting verb around
// it, and what is left of the text is the outlet's narrative or indirect speech.
//
// It works on the text's tokens (with the scanner's sentences and clauses) and a handful of
// flags per distinct word (reporting verb, pronoun, title, ...), so that a text is read
// once; the quotation marks, which are not tokens, are found by a byte scan.

// stoken is a token as the segmenter sees it.
type stoken struct {
	start, end int
	sentence   int
	clause     int
	flags      uint32
	cap        bool // starts with an upper-case letter
	poss       bool // followed by a possessive 's
	inq        bool // inside a quotation (set once the quotations are found)
}

// qmark is a quotation mark candidate.
type qmark struct {
	pos, size   int
	r           rune
	double      bool // a double mark (" “ ” „ « »), else single (' ‘ ’ ‹ ›)
	open, close bool // whether it can open and close a quotation
	left, right bool // whether it is placed as an opening (left-flanking) or closing mark
}

// quote is one quotation found: the marks at openStart..start and end..closeEnd (equal when
// a mark is missing).
type quote struct {
	openStart, start, end, closeEnd int
	speakerPos                      int    // where the speaker phrase stands in the text
	unopened                        bool   // closed without an opening mark: the start was inferred
	block                           bool   // an unmarked paragraph introduced by "X said:"
	echo                            int    // 1 + the index of the earlier quotation this one repeats, or 0
	norm                            string // the words, normalized (see normalized)
	Span
	attributed bool
	distance   int // tokens between the reporting verb before the quote and the quote
	words      int
}

type segmenter struct {
	want     Voices // the voices wanted, when only telling them apart matters (see voicesOnly); 0 for all
	lang     *voiceLang
	text     string
	toks     []stoken
	paras    []int // start offsets of paragraphs
	marks    []qmark
	quotes   []quote
	names    []mention
	subjects []mention      // the subjects of the sentences, in order (see findSubjects)
	persons  map[string]int // see knownPerson
	spPos    int            // where the last speaker phrase found starts
	passive  bool           // the last verb subjectBefore looked at was passive
	// reportedSpans are the spans of indirect speech of the last segment (resolved), in
	// the order of repPos.
	reportedSpans []Span
	repPos        []int // where the speaker of each span of indirect speech stands
	buf           [64]byte
}

// mention is a name in the text, for pronoun resolution and canonical names.
type mention struct {
	pos    int
	name   string // as written, titles and possessive removed
	tFrom  int    // the tokens of its titles ("Texas Governor"), or -1
	tTo    int
	aFrom  int // the tokens of a role in apposition ("Ana Ruiz, the Soloria governor,"), or -1
	aTo    int
	either bool // a one-word name not known to be a person or an organization: either may be meant
	person bool // a person (a title, or a first and a last name), else an organization
}

// Quotes segments text into the spans that are not the outlet's narrative: direct
// quotations, scare quotes, quoted names and titles, and indirect speech, sorted by Start
// and never overlapping. Everything outside the spans is narrative.
//
// Quotation marks: straight and curly double and single quotes, „German“ quotes and
// «guillemets», mixed in one text ("“…," said X" closes with a straight mark), nested (a
// quotation inside a quotation belongs to the outer one), and across paragraphs: a quotation
// still open at the end of a paragraph continues if the next paragraph reopens it or closes
// it without reopening; otherwise it ends with its paragraph, so an unclosed mark never
// swallows the rest of the text. A closing mark with no opening one closes a quotation that
// starts after the nearest "that" or colon of its sentence (or at the sentence's start).
// Apostrophes ("it’s", "the Saudis’ claims") are not quotation marks. Paragraphs are
// separated by blank lines, or by line breaks in a text that has no blank line. A paragraph
// that opens with a dash (— or –) is a line of dialogue, as in Russian, Spanish and French
// news.
//
// Attribution: a quotation's speaker is the subject of the reporting verb next to it in its
// sentence (", said X", ", X said", "X said: “…”", "X called it “…”", "according to X"), or
// in the sentence after it, or the speaker of the quotation before it in the same
// paragraph; a paragraph that ends with a colon after a reporting verb introduces the
// quotation (or the unmarked block of text) in the paragraph after it. Pronouns are
// resolved to the nearest person (he, she) or organization (they, it) named before them,
// and each speaker is given one canonical name per document (see [Span]).
//
// Voices: an attributed quotation, or a long one (five words or more), is a direct
// quotation; a short unattributed one is a scare quote ("a so-called “threat”"), or a
// quoted name or title when its words are capitalized as a title's or follow a word such as
// "film", "book" or "initiative". Indirect speech is the clause after "X said that …" (or
// "X said he …"), or the sentence with "according to X"; the quotations inside it keep
// their own voice.
//
// lang selects the reporting verbs and cues: English, Spanish, Russian and French have
// attribution; other languages get quotation marks and dialogue dashes only (with English
// cues).
func Quotes(text, lang string) []Span {
	s := segmenter{lang: voiceLangOf(lang), text: text}
	s.tokenize()
	return s.segment()
}

// tokenize fills the segmenter's tokens from the scanner.
func (s *segmenter) tokenize() {
	sc := scanner{text: s.text}
	s.toks = make([]stoken, 0, len(s.text)/6+8)
	for start, end, ok := sc.nextSpan(); ok; start, end, ok = sc.nextSpan() {
		w := s.text[start:end]
		s.toks = append(s.toks, stoken{start: start, end: end, sentence: sc.sentence, clause: sc.clause,
			flags: s.lang.wordFlags(w, &s.buf), cap: isCapitalized(w), poss: sc.pos > end})
	}
}

// segment runs the segmentation on the tokens.
func (s *segmenter) segment() []Span {
	s.paras, s.marks, s.quotes = s.paras[:0], s.marks[:0], s.quotes[:0]
	s.names, s.subjects, s.repPos, s.reportedSpans, s.persons = s.names[:0], s.subjects[:0], s.repPos[:0], nil, nil
	s.findParagraphs()
	s.findMarks()
	s.pairMarks()
	s.dialogue()
	s.blockQuotes()
	s.markQuoted()
	if len(s.quotes) == 0 && !s.lang.attribute {
		return nil
	}
	var reported []Span
	if s.want == 0 {
		s.findNames()
		for i := range s.quotes {
			s.attribute(i)
		}
		reported = s.reported()
		s.resolveSpeakers(reported)
		s.reportedSpans = reported
	} else {
		s.voicesOnly()
		if s.want.Has(VoiceNarrative) != s.want.Has(VoiceReported) {
			reported = s.reported()
		}
	}
	spans := make([]Span, 0, len(s.quotes)+len(reported))
	for _, q := range s.quotes {
		if q.End > q.Start {
			spans = append(spans, q.Span)
		}
	}
	spans = append(spans, reported...)
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	return spans
}

// voicesOnly gives the quotations voices that are right for the voices wanted (s.want):
// where the wanted set treats two voices alike, what tells them apart is not worked out.
// When quotations and scare quotes are alike (as in OwnVoice and QuotedVoices), only a
// short quotation that may be a title needs an attribution, of its own sentence only;
// speakers are never resolved. A voice given may differ from Quotes' but never in being
// in the wanted set or not, so that counts agree with Tokens.
func (s *segmenter) voicesOnly() {
	q, sc, ti := s.want.Has(VoiceQuote), s.want.Has(VoiceScare), s.want.Has(VoiceTitle)
	if q == sc && q == ti {
		for i := range s.quotes {
			s.quotes[i].Voice = VoiceQuote
		}
		return
	}
	if q != sc {
		for i := range s.quotes {
			s.attribute(i)
		}
		return
	}
	for i := range s.quotes {
		qt := &s.quotes[i]
		qt.words = s.tokAt(qt.end) - s.tokAt(qt.start)
		switch {
		case qt.block || qt.words > 4:
			qt.Voice = VoiceQuote
		case s.soCalled(s.text[max(0, qt.openStart-24):qt.openStart]):
			qt.Voice = VoiceScare
		case s.isTitle(qt):
			// A title, unless its own sentence attributes it: attribute does not look at
			// other quotations for it.
			s.attribute(i)
		default:
			qt.Voice = VoiceQuote // a quotation or a scare quote: alike here
		}
	}
}

// findParagraphs records where paragraphs start: after blank lines, or after every line
// break in a text without blank lines.
func (s *segmenter) findParagraphs() {
	text := s.text
	s.paras = append(s.paras[:0], 0)
	blank := strings.Contains(text, "\n\n") || strings.Contains(text, "\n\r\n")
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		if !blank || blankFrom(text, i+1) {
			j := i + 1
			for j < len(text) && (text[j] == '\n' || text[j] == '\r' || text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if j > s.paras[len(s.paras)-1] && j < len(text) {
				s.paras = append(s.paras, j)
			}
			i = j - 1
		}
	}
}

// para returns the paragraph of byte pos.
func (s *segmenter) para(pos int) int {
	i, ok := slices.BinarySearch(s.paras, pos)
	if ok {
		return i
	}
	return i - 1
}

// paraEnd returns the end of paragraph p (the start of the next, or the text's end),
// trailing space excluded.
func (s *segmenter) paraEnd(p int) int {
	end := len(s.text)
	if p+1 < len(s.paras) {
		end = s.paras[p+1]
	}
	return trimRightSpace(s.text, s.paras[p], end)
}

// tokAt returns the index of the first token that starts at or after pos.
func (s *segmenter) tokAt(pos int) int {
	return sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= pos })
}

// isOpenPunct reports whether r may stand before an opening quotation mark.
func isOpenPunct(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("([{—–-/:;,\u00A0«“‘„\"'", r)
}

// isClosePunct reports whether r may stand after a closing quotation mark.
func isClosePunct(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '\u00A0' || unicode.IsSymbol(r)
}

// findMarks finds the quotation mark candidates and which way each can face.
func (s *segmenter) findMarks() {
	text := s.text
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '"' && c != '\'' && c != 0xE2 && c != 0xC2 {
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		var m qmark
		switch r {
		case '"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB':
			m.double = true
		case '\'', '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A':
		default:
			i += size - 1
			continue
		}
		m.pos, m.size, m.r = i, size, r
		prev, next := ' ', ' '
		if i > 0 {
			prev, _ = utf8.DecodeLastRuneInString(text[:i])
		}
		if i+size < len(text) {
			next, _ = utf8.DecodeRuneInString(text[i+size:])
		}
		left := !unicode.IsSpace(next) && isOpenPunct(prev)   // can open
		right := !unicode.IsSpace(prev) && isClosePunct(next) // can close
		m.left, m.right = left, right
		word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
		if !m.double && unicode.IsDigit(next) && !word(prev) {
			i += size - 1
			continue // an elision: the ’90s, '08
		}
		switch r {
		case '\u201C', '\u201E', '\u201F', '\u00AB', '\u2018', '\u201A', '\u201B', '\u2039':
			m.open = true
			m.close = (r == '\u201C' || r == '\u2018') && right // German „…“ closes with “
		case '\u201D', '\u00BB', '\u203A':
			m.close = true
			m.open = r == '\u201D' && left && !right // Swedish ”…”
		case '\u2019':
			if word(prev) && word(next) {
				i += size - 1
				continue // an apostrophe: it’s, O’Brien
			}
			m.close = right
		case '"':
			m.open, m.close = left, right
			if !left && !right { // "a"b: inside a word; it closes if anything is open
				m.close = true
			}
		case '\'':
			if word(prev) && word(next) {
				continue // an apostrophe
			}
			m.open, m.close = left, right
		}
		if m.open || m.close {
			s.marks = append(s.marks, m)
		}
		i += size - 1
	}
}

// pairMarks pairs the marks into top-level quotations, paragraph by paragraph.
//
// Open marks go on a stack; a closing mark closes the nearest open mark of its kind (double
// or single), which also closes any quotation opened inside it and left open. Only the
// outermost quotations are kept: one nested in another belongs to it. A double quotation
// left open at the end of its paragraph continues when the next paragraph opens with an
// opening mark or closes it before opening one, and otherwise ends with its paragraph; a
// single quotation left open is dropped (single marks are too often apostrophes).
func (s *segmenter) pairMarks() {
	type open struct {
		m    qmark
		para int // the paragraph the quotation has reached
	}
	var stack []open
	emit := func(o qmark, closeAt, closeEnd int) {
		q := quote{openStart: o.pos, start: o.pos + o.size, end: closeAt, closeEnd: closeEnd}
		q.Start, q.End = strings.IndexFunc(s.text[q.start:q.end], func(r rune) bool { return !unicode.IsSpace(r) }), trimRightSpace(s.text, q.start, q.end)
		if q.Start < 0 {
			return
		}
		q.Start += q.start
		if q.End > q.Start {
			s.quotes = append(s.quotes, q)
		}
	}
	endOpen := func() {
		if o := stack[0]; o.m.double {
			end := s.paraEnd(o.para)
			emit(o.m, end, end)
		}
		stack = stack[:0]
	}
	for _, m := range s.marks {
		p := s.para(m.pos)
		if len(stack) > 0 && stack[0].para < p {
			o := stack[0]
			switch {
			case p != o.para+1 || m.double != o.m.double:
				endOpen()
			case m.open && !m.close && m.pos == s.paras[p]: // reopened: it goes on
				stack = stack[:1]
				stack[0].para = p
				continue
			case m.close && !m.open: // closed without reopening
				stack = stack[:1]
				stack[0].para = p
			default:
				endOpen()
			}
		}
		if m.close {
			j := len(stack) - 1
			for j >= 0 && stack[j].m.double != m.double {
				j--
			}
			if j >= 0 && closes(stack[j].m, m) {
				if j == 0 {
					emit(stack[0].m, m.pos, m.pos+m.size)
				}
				stack = stack[:j]
				continue
			}
		}
		if m.open {
			stack = append(stack, open{m, p})
			continue
		}
		if m.double && len(stack) == 0 {
			// A closing mark with nothing open: the quotation started without its mark.
			if start := s.inferStart(m.pos); start < m.pos {
				q := quote{openStart: start, start: start, end: m.pos, closeEnd: m.pos + m.size, unopened: true}
				q.Start, q.End = start, trimRightSpace(s.text, start, m.pos)
				if q.End > q.Start {
					s.quotes = append(s.quotes, q)
				}
			}
		}
	}
	if len(stack) > 0 {
		endOpen()
	}
	// Unopened quotations come out after the quotation before them; put all in order of
	// their starts, and let none overlap another.
	sort.SliceStable(s.quotes, func(i, j int) bool { return s.quotes[i].openStart < s.quotes[j].openStart })
	out := s.quotes[:0]
	for _, q := range s.quotes {
		if n := len(out); n > 0 && q.openStart < out[n-1].closeEnd {
			continue
		}
		out = append(out, q)
	}
	s.quotes = out
}

// closes reports whether mark m, which can close, closes the quotation opened by o (of the
// same kind). A mark that can also open closes only where it must: “ closes „ (German) or
// when it is not followed by a word, and a straight mark or ” closes whatever is open.
func closes(o, m qmark) bool {
	if !m.open {
		return true
	}
	switch m.r {
	case '\u201C':
		return o.r == '\u201E' || !m.left
	case '\u2018':
		return o.r == '\u201A' || !m.left
	}
	return true
}

// inferStart returns where a quotation closed at pos without an opening mark starts: after
// the nearest colon or "that" (or a reporting verb) of its sentence, or at the sentence's
// start, and never before its paragraph.
func (s *segmenter) inferStart(pos int) int {
	i := s.tokAt(pos) - 1
	if i < 0 {
		return pos
	}
	lo := s.paras[s.para(pos)]
	sent := s.toks[i].sentence
	start := pos
	for j := i; j >= 0 && s.toks[j].sentence == sent && s.toks[j].start >= lo; j-- {
		t := s.toks[j]
		between := s.text[min(t.end, start):start]
		if strings.ContainsRune(between, ':') {
			return start
		}
		if t.flags&(wThat|wVerb) != 0 && j < i {
			return s.toks[j+1].start
		}
		start = t.start
	}
	return start
}

// dialogue turns paragraphs that open with a dash into quotations: the words up to the
// next spaced dash, and again after the attribution that follows it.
func (s *segmenter) dialogue() {
	text := s.text
	for p, start := range s.paras {
		r, size := utf8.DecodeRuneInString(text[start:])
		if r != '—' && r != '–' || start+size >= len(text) || text[start+size] != ' ' {
			continue
		}
		end := s.paraEnd(p)
		pos := start + size
		inQuote := true
		for pos < end {
			next := indexDash(text[pos:end])
			stop := end
			if next >= 0 {
				stop = pos + next
			}
			if inQuote {
				q := quote{openStart: pos - size, start: pos, end: stop, closeEnd: stop}
				q.Start, q.End = trimSpan(text, pos, stop)
				q.attributed = true // a line of dialogue is someone's
				if q.End > q.Start && !s.overlapsQuote(q.Start, q.End) {
					s.quotes = append(s.quotes, q)
				}
			}
			if next < 0 {
				break
			}
			_, dsize := utf8.DecodeRuneInString(text[stop+1:])
			pos = stop + 1 + dsize
			inQuote = !inQuote
		}
	}
	sort.SliceStable(s.quotes, func(i, j int) bool { return s.quotes[i].openStart < s.quotes[j].openStart })
}

// indexDash returns the offset of the first " — " or " – " in t, or -1.
func indexDash(t string) int {
	for i := 0; i+1 < len(t); i++ {
		if t[i] != ' ' {
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i+1:])
		if (r == '—' || r == '–') && i+1+size < len(t) && t[i+1+size] == ' ' {
			return i
		}
	}
	return -1
}

func (s *segmenter) overlapsQuote(lo, hi int) bool {
	for _, q := range s.quotes {
		if q.openStart < hi && lo < q.closeEnd {
			return true
		}
	}
	return false
}

// markQuoted marks the tokens inside the quotations.
func (s *segmenter) markQuoted() {
	k := 0
	for _, q := range s.quotes {
		for k < len(s.toks) && s.toks[k].start < q.openStart {
			s.toks[k].inq = false
			k++
		}
		for k < len(s.toks) && s.toks[k].start < q.closeEnd {
			s.toks[k].inq = true
			k++
		}
	}
	for ; k < len(s.toks); k++ {
		s.toks[k].inq = false
	}
}

// findNames records the names in the narrative (outside quotations), in order: runs of
// capitalized words, with a title or of two words or more, for pronoun resolution and
// canonical names.
func (s *segmenter) findNames() {
	for i := 0; i < len(s.toks); {
		t := s.toks[i]
		if !t.cap || t.inq {
			i++
			continue
		}
		j, name := s.nameRun(i, len(s.toks))
		if j == i {
			i++
			continue
		}
		if name.name != "" && (name.person || !s.sentenceInitialWord(i, j)) {
			name.pos = t.start
			s.names = append(s.names, name)
		}
		i = j
	}
}

// sentenceInitialWord reports whether tokens [i, j) are one capitalized word opening its
// sentence (which proves nothing about being a name).
func (s *segmenter) sentenceInitialWord(i, j int) bool {
	return j == i+1 && (i == 0 || s.toks[i-1].sentence != s.toks[i].sentence)
}

// nameRun reads a name from token i (before token hi): capitalized words, which "of",
// "for", "de", "van", "al", "bin", "the" may join, with the titles among them kept apart
// ("Texas Governor Rick Perry" is Rick Perry, titled governor; "Secretary of State Hillary
// Clinton" is Hillary Clinton). It returns the token after the name and the name (empty if
// there is none). The name is a slice of the text: nothing is allocated.
func (s *segmenter) nameRun(i, hi int) (int, mention) {
	var m mention
	first, n := i, 0 // the name's first token and its number of words
	tFrom, tTo := -1, -1
	orgWord, joined := false, false
	ofAt := -1 // the first "of" joining words of the name
	j := i
	for j < hi {
		t := s.toks[j]
		if j > i && t.clause != s.toks[i].clause {
			break
		}
		if t.cap && t.flags&(wHe|wShe|wThey|wIt|wI|wConj|wThat|wWho|wAccording|wVerb|wNeg|wTime|wPrep|wReflexive) == 0 &&
			(t.flags&wDet == 0 || n > 0) {
			if t.flags&(wTitle|wRole) != 0 && t.flags&wOrg == 0 && j+1 < hi && s.toks[j+1].cap {
				// A title: the words so far qualify it ("Texas Governor").
				if tFrom < 0 {
					tFrom = first
				}
				j++
				// "Secretary of State": a joined word right after a title belongs to it.
				if j+1 < hi && strings.EqualFold(s.word(j), "of") && s.toks[j+1].cap {
					j += 2
				}
				tTo, first, n, orgWord, joined, ofAt = j, j, 0, false, false, -1
				continue
			}
			n++
			orgWord = orgWord || t.flags&wOrg != 0
			j++
			continue
		}
		if n > 0 && j+1 < hi && s.toks[j+1].cap && s.toks[j+1].clause == t.clause && isNameJoiner(s.word(j)) {
			lw := s.word(j)
			if strings.EqualFold(lw, "of") || strings.EqualFold(lw, "for") || strings.EqualFold(lw, "and") || strings.EqualFold(lw, "the") {
				joined = true
			}
			if ofAt < 0 && strings.EqualFold(lw, "of") {
				ofAt = j
			}
			n++
			j++
			continue
		}
		break
	}
	if n == 0 {
		return i, m
	}
	if n == 1 && tFrom < 0 && j == i+1 && s.toks[i].flags&wTitle != 0 {
		return i, m
	}
	last := j
	m.tFrom, m.tTo = tFrom, tTo
	m.aFrom, m.aTo = s.appositiveRole(j, hi)
	titled := tFrom >= 0
	m.person = !orgWord && (titled || !joined && n >= 2 && n <= 4)
	if ofAt >= 0 && (ofAt-first >= 2 || ofAt-first >= 1 && titled) {
		// "Kamala Harris of California", "Gov. Rick Perry of Texas": a person and a place.
		m.person, last = !orgWord, ofAt
	}
	m.name = s.span(first, last)
	return j, m
}

// appositiveRole returns the token [k, k+1) of the role in apposition after a name that
// ends before token j: ", the Soloria governor," whose head (its last word, before the
// comma or the sentence's end that closes it, within five words) is a role noun; -1, -1 if
// there is none. Only the head counts: in ", the president's adviser," the role is
// adviser, not president.
func (s *segmenter) appositiveRole(j, hi int) (int, int) {
	if j <= 0 || j >= hi || j >= len(s.toks) || !strings.Contains(s.text[s.toks[j-1].end:s.toks[j].start], ",") {
		return -1, -1
	}
	from := j
	if s.toks[j].flags&wDet != 0 {
		from = j + 1
	}
	for k := from; k < hi && k < from+5; k++ {
		end := k+1 >= len(s.toks) || s.toks[k+1].sentence != s.toks[k].sentence ||
			strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ",;:")
		if !end {
			continue
		}
		if w := s.toks[k]; w.flags&(wRole|wTitle) != 0 && w.flags&wOrg == 0 {
			return k, k + 1 // the head alone
		}
		return -1, -1
	}
	return -1, -1
}

// span returns the text of tokens [from, to), runs of space made one.
func (s *segmenter) span(from, to int) string {
	raw := s.text[s.toks[from].start:s.toks[to-1].end]
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; c == '\n' || c == '\t' || c == '\r' || c == ' ' && i+1 < len(raw) && raw[i+1] == ' ' || c >= 0x80 {
			return strings.Join(strings.Fields(raw), " ")
		}
	}
	return raw
}

// hasTitle reports whether mention m is titled with a word of the given role.
func (s *segmenter) hasTitle(m mention, role string) bool {
	for k := m.tFrom; k >= 0 && k < m.tTo; k++ {
		if roleOf(s.word(k)) == role {
			return true
		}
	}
	for k := m.aFrom; k >= 0 && k < m.aTo; k++ {
		if roleOf(s.word(k)) == role {
			return true
		}
	}
	return false
}

// blockQuotes makes quotations of unmarked paragraphs introduced by a paragraph that ends
// with a colon after a reporting verb ("Read the full statement:", "He wrote:"), and of
// the dashed or bulleted paragraphs that follow.
func (s *segmenter) blockQuotes() {
	for p := 0; p+1 < len(s.paras); p++ {
		end := s.paraEnd(p)
		if end == 0 || s.text[end-1] != ':' {
			continue
		}
		intro := s.tokAt(s.paras[p])
		last := s.tokAt(end) - 1
		cue := false
		for k := last; k >= intro && k > last-12; k-- {
			if f := s.toks[k].flags; f&wVerb != 0 || s.isStatementWord(k) {
				cue = true
				break
			}
		}
		if !cue {
			continue
		}
		bullets := false
		for q := p + 1; q < len(s.paras); q++ {
			start, stop := s.paras[q], s.paraEnd(q)
			r, _ := utf8.DecodeRuneInString(s.text[start:])
			isBullet := r == '-' || r == '•' || r == '*'
			if q > p+1 && !(bullets && isBullet) {
				break
			}
			bullets = bullets || isBullet
			if r == '"' || r == '“' || r == '«' || r == '„' || r == '‘' {
				break // it has quotation marks of its own
			}
			qt := quote{openStart: start, start: start, end: stop, closeEnd: stop, attributed: true}
			qt.Start, qt.End = start, stop
			if r == '-' || r == '•' || r == '*' {
				_, size := utf8.DecodeRuneInString(s.text[start:])
				qt.Start = start + size
			}
			qt.Voice = VoiceQuote
			qt.Speaker, qt.Verb = s.introSpeaker(intro, last)
			qt.speakerPos = s.spPos
			qt.block = true
			// Quotations inside the block belong to it.
			s.quotes = slices.DeleteFunc(s.quotes, func(o quote) bool { return o.openStart >= start && o.closeEnd <= stop })
			s.quotes = append(s.quotes, qt)
		}
	}
	sort.SliceStable(s.quotes, func(i, j int) bool { return s.quotes[i].openStart < s.quotes[j].openStart })
}

func (s *segmenter) isStatementWord(k int) bool {
	w := strings.ToLower(s.text[s.toks[k].start:s.toks[k].end])
	switch w {
	case "statement", "statements", "read", "reads", "rant", "post", "letter", "tweet", "email", "memo", "transcript", "excerpt", "excerpts", "remarks", "declaración", "comunicado", "заявление":
		return true
	}
	return false
}

// introSpeaker returns the speaker and verb of an introducing sentence ending at token last.
func (s *segmenter) introSpeaker(lo, last int) (string, string) {
	for k := last; k >= lo; k-- {
		if s.toks[k].flags&wVerb != 0 {
			sp := s.subjectBefore(k, s.sentenceStartTok(k))
			if sp == "" {
				sp = s.objectAfter(k, last+1)
			}
			return sp, strings.ToLower(s.word(k))
		}
	}
	return "", ""
}

func (s *segmenter) word(k int) string { return s.text[s.toks[k].start:s.toks[k].end] }

// sentenceStartTok returns the first token of token k's sentence.
func (s *segmenter) sentenceStartTok(k int) int {
	sent := s.toks[k].sentence
	for k > 0 && s.toks[k-1].sentence == sent {
		k--
	}
	return k
}

// sentenceEndTok returns the token after the last of token k's sentence.
func (s *segmenter) sentenceEndTok(k int) int {
	sent := s.toks[k].sentence
	for k < len(s.toks) && s.toks[k].sentence == sent {
		k++
	}
	return k
}

// attribute finds the speaker and voice of quotation i.
func (s *segmenter) attribute(i int) {
	q := &s.quotes[i]
	text := s.text
	first, after := s.tokAt(q.start), s.tokAt(q.end)
	q.words = after - first
	if q.block { // a block quotation, attributed by its introduction
		if q.Speaker == "" {
			// "Read the full statement:": the speaker of the quotation before, if it is in
			// the introducing paragraph or the one before that.
			p := s.para(q.openStart)
			for j := i - 1; j >= 0; j-- {
				if o := s.quotes[j]; o.Speaker != "" && s.para(o.openStart) >= p-2 {
					q.Speaker, q.Verb, q.speakerPos = o.Speaker, o.Verb, o.speakerPos
					break
				}
			}
		}
		return
	}
	if !s.lang.attribute {
		s.classify(i)
		return
	}
	nextStart := len(text)
	if i+1 < len(s.quotes) {
		nextStart = s.quotes[i+1].openStart
	}
	// After the quotation: ", said X", ", X said", ", according to X", where a comma (inside
	// the quotation or right after it), or a ? or ! followed by a lower-case word, leads on.
	inner := strings.TrimRightFunc(text[q.start:q.end], unicode.IsSpace)
	lastInner, _ := utf8.DecodeLastRuneInString(inner)
	rest := strings.TrimLeft(text[q.closeEnd:min(len(text), q.closeEnd+4)], " ")
	a := s.tokAt(q.closeEnd)
	sameSentence := a < len(s.toks) && after > 0 && s.toks[a].sentence == s.toks[after-1].sentence
	if lastInner == ',' || strings.HasPrefix(rest, ",") || (lastInner == '?' || lastInner == '!') && startsLower(text[q.closeEnd:]) ||
		sameSentence && q.words > 0 && (lastInner == ',' || lastInner == '—' || lastInner == '-') {
		end := s.clauseLimit(a, nextStart)
		if sp, v, ok := s.attributionAfter(a, end); ok {
			q.Speaker, q.Verb, q.attributed, q.speakerPos = sp, v, true, s.spPos
			s.classify(i)
			return
		}
	}
	// Before the quotation, within its sentence: the nearest reporting verb.
	b := first - 1 // the last token before the quotation
	if b >= 0 && s.toks[b].end <= q.openStart && (first >= len(s.toks) || s.toks[first].sentence == s.toks[b].sentence) {
		lo := s.sentenceStartTok(b)
		for lo < b && s.toks[lo].start < s.paras[s.para(q.openStart)] {
			lo++
		}
		if s.toks[lo].sentence == s.toks[b].sentence {
			if sp, v, dist, ok := s.attributionBefore(lo, b+1); ok && !(sp == "" && s.passive) {
				q.Speaker, q.Verb, q.attributed, q.distance, q.speakerPos = sp, v, true, dist, s.spPos
				s.classify(i)
				return
			}
			// "X was quick to retort: “…”": a colon introduces the words of the
			// sentence's subject.
			if strings.HasSuffix(strings.TrimRight(text[s.toks[b].end:q.openStart], " "), ":") {
				if sp := s.sentenceSubject(lo, b+1); sp != "" {
					q.Speaker, q.attributed, q.distance, q.speakerPos = sp, true, 0, s.spPos
					s.classify(i)
					return
				}
			}
		}
	}
	// The sentence after: “…” Smith said. / “…” That was how Smith put it.
	if a < len(s.toks) && !sameSentence && s.para(s.toks[a].start) == s.para(q.start) {
		// Only a short sentence with no quotation of its own.
		if end := s.sentenceEndTok(a); end-a <= 8 && end <= s.tokAt(nextStart) {
			if sp, v, ok := s.attributionAfter(a, end); ok {
				q.Speaker, q.Verb, q.attributed, q.speakerPos = sp, v, true, s.spPos
				s.classify(i)
				return
			}
		}
	}
	// A short quotation that reads as a name or title, and has no attribution of its own
	// sentence, is a name or title: the rules below, which lean on other quotations, do not
	// make it a quotation (and the voices of titles never depend on other quotations).
	if q.words <= 4 && !s.soCalled(text[max(0, q.openStart-24):q.openStart]) && s.isTitle(q) {
		s.classify(i)
		return
	}
	// Words quoted before: a quotation that repeats (part of) an earlier one is its
	// speaker's ("nor is it an act to “undermine the order”" after “… to undermine the
	// order, …”), as when a text quotes a source in order to rebut it.
	if q.words >= 2 && i > 0 {
		words := normalizeQuote(text[q.Start:q.End])
		p := s.para(q.openStart)
		for j := i - 1; j >= 0 && j >= i-50 && s.para(s.quotes[j].openStart) >= p-10; j-- { // within ten paragraphs
			if o := &s.quotes[j]; o.Speaker != "" && o.Voice == VoiceQuote && o.End-o.Start >= len(words) && strings.Contains(s.normalized(j), words) {
				q.Speaker, q.Canonical, q.speakerPos, q.attributed, q.echo = o.Speaker, o.Canonical, o.speakerPos, true, j+1
				s.classify(i)
				return
			}
		}
	}
	// The quotation before, in the same paragraph, speaks on.
	if i > 0 {
		prev := &s.quotes[i-1]
		if prev.Voice == VoiceQuote && prev.attributed && s.para(prev.start) == s.para(q.start) {
			q.Speaker, q.Verb, q.Canonical, q.attributed, q.speakerPos = prev.Speaker, prev.Verb, prev.Canonical, true, prev.speakerPos
			q.distance = s.tokAt(q.openStart) - s.tokAt(prev.closeEnd)
			s.classify(i)
			return
		}
	}
	// The paragraph before ends with "X said:".
	if p := s.para(q.openStart); p > 0 && s.paras[p] == q.openStart {
		if end := s.paraEnd(p - 1); end > 0 && text[end-1] == ':' {
			last := s.tokAt(end) - 1
			if last >= 0 {
				if sp, v := s.introSpeaker(s.sentenceStartTok(last), last); v != "" {
					q.Speaker, q.Verb, q.attributed, q.speakerPos = sp, v, true, s.spPos
				}
			}
		}
	}
	s.classify(i)
}

// clauseLimit returns the token limit of an attribution after a quotation: the end of the
// sentence or the next quotation.
func (s *segmenter) clauseLimit(a, nextStart int) int {
	if a >= len(s.toks) {
		return a
	}
	end := s.sentenceEndTok(a)
	if limit := s.tokAt(nextStart); end > limit {
		end = limit
	}
	return end
}

// attributionAfter reads an attribution in tokens [a, end) after a quotation: a reporting
// verb among the first ones, with its subject after it (", said X") or before it (", X
// said"), or "according to X".
func (s *segmenter) attributionAfter(a, end int) (speaker, verb string, ok bool) {
	for k := a; k < end && k < a+16; k++ {
		t := s.toks[k]
		if t.inq || t.flags&wThat != 0 {
			break
		}
		// An appositive may stand between the subject and the verb ("Jim Manley, a spokesman
		// for the leader, said"): a new clause goes on the attribution if it opens with a
		// determiner, a name or a verb; and a verb nine words on is not this quotation's
		// unless appositives lead to it.
		if k > a && t.clause != s.toks[k-1].clause && t.flags&(wDet|wVerb) == 0 && !t.cap {
			break
		}
		if k >= a+9 && t.clause == s.toks[a].clause && t.flags&wVerb == 0 {
			break
		}
		if t.flags&wAccording != 0 {
			return s.objectAfter(k+2, end), strings.ToLower(s.word(k) + " " + s.word(min(k+1, len(s.toks)-1))), true
		}
		if !s.isReportingVerb(k, a) && !(k == a && t.flags&wVerb != 0) {
			continue
		}
		if k == a { // ", said X"
			return s.objectAfter(k+1, end), strings.ToLower(s.word(k)), true
		}
		sp := s.subjectBefore(k, a)
		if sp == "" && !s.participle(k) {
			sp = s.objectAfter(k+1, end)
		}
		return sp, strings.ToLower(s.word(k)), true
	}
	return "", "", false
}

// attributionBefore reads an attribution in tokens [lo, hi) before a quotation: "according to
// X", or the nearest reporting verb with its subject. dist is the number of tokens between
// the verb and the quotation.
func (s *segmenter) attributionBefore(lo, hi int) (speaker, verb string, dist int, ok bool) {
	for k := hi - 1; k >= lo; k-- {
		t := s.toks[k]
		if t.inq {
			continue
		}
		if t.flags&wAccording != 0 {
			return s.objectAfter(k+2, hi), strings.ToLower(s.word(k) + " " + s.word(min(k+1, len(s.toks)-1))), hi - k - 2, true
		}
		if !s.isReportingVerb(k, lo) {
			continue
		}
		sp := s.speakerOf(k, lo, 3)
		if sp == "" && !s.participle(k) && (k == lo || s.toks[k-1].clause != t.clause) {
			sp = s.objectAfter(k+1, hi) // "Said Smith: …", "…, said Smith, “…”"
		}
		dist := 0 // the words between the verb and the quotation, other quotations left out
		for m := k + 1; m < hi; m++ {
			if !s.toks[m].inq {
				dist++
			}
		}
		return sp, strings.ToLower(s.word(k)), dist, true
	}
	return "", "", 0, false
}

// speakerOf returns the subject of the reporting verb at token k, in tokens [lo, k). A verb
// without a subject of its own shares one: a participle ("…, calling it “…”") and a
// coordinated verb ("He did not comment, but did say that …") the subject of their
// sentence, and a verb after another reporting verb ("X said … and urged Y to “…”", "…,
// adding that …") that verb's subject, up to depth verbs back.
func (s *segmenter) speakerOf(k, lo, depth int) string {
	if s.participle(k) {
		if sp := s.earlierSpeaker(k, lo, depth); sp != "" {
			return sp
		}
		return s.sentenceSubject(lo, k)
	}
	if sp := s.subjectBefore(k, lo); sp != "" {
		return sp
	}
	if sp := s.earlierSpeaker(k, lo, depth); sp != "" {
		return sp
	}
	j := k - 1
	for j >= lo && s.toks[j].flags&wAux != 0 {
		j--
	}
	if j >= lo && s.toks[j].flags&wConj != 0 {
		return s.sentenceSubject(lo, k)
	}
	return ""
}

// earlierSpeaker returns the speaker of the reporting verb before token k in [lo, k).
func (s *segmenter) earlierSpeaker(k, lo, depth int) string {
	if depth == 0 {
		return ""
	}
	for j := k - 1; j >= lo; j-- {
		if !s.toks[j].inq && s.isReportingVerb(j, lo) {
			return s.speakerOf(j, lo, depth-1)
		}
	}
	return ""
}

// pluralNoun reports whether a lower-case English word looks like a plural noun ("critics",
// "officials"; not "previous", "this", "press").
func pluralNoun(w string) bool {
	if !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ys"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// participle reports whether token k is an English -ing form.
func (s *segmenter) participle(k int) bool {
	w := s.word(k)
	return s.lang.name == "english" && !s.toks[k].cap && strings.HasSuffix(w, "ing")
}

// isReportingVerb reports whether token k (with its sentence from lo) is used as a
// reporting verb: a listed verb not after a determiner, and a verb that is also a noun
// ("call", "claims") only after a pronoun, a name, an auxiliary or a plural noun
// ("critics call it", not "his previous call").
func (s *segmenter) isReportingVerb(k, lo int) bool {
	t := s.toks[k]
	if t.flags&wVerb == 0 {
		return false
	}
	if k == lo {
		return t.flags&wWeak == 0
	}
	p := s.toks[k-1]
	if p.flags&wDet != 0 || p.poss {
		return false
	}
	if t.flags&wWeak == 0 {
		return true
	}
	if p.flags&(wSubject|wAux) != 0 || p.cap && p.clause == t.clause {
		return true
	}
	w := s.word(k - 1)
	return !p.cap && p.flags&(wPrep|wDet|wConj|wVerb) == 0 && len(w) > 3 && p.clause == t.clause && pluralNoun(w)
}

// subjectBefore returns the subject of the verb at token k, in tokens [lo, k): a pronoun, a
// name, or a noun phrase, without the words that are not part of it ("He later said" is
// "He"; "Soloria’s foreign ministry on Thursday said" is "Soloria’s foreign ministry"; "Wang
// Xianju, deputy director of the Center, told" is "Wang Xianju"). It returns "" when the
// verb has no subject of its own there, or when what stands before it is not a speaker.
func (s *segmenter) subjectBefore(k, lo int) string {
	j := k - 1
	s.passive = false
	// Auxiliaries, adverbs, an intensifying pronoun and a trailing time phrase.
	for j >= lo {
		t := s.toks[j]
		if t.flags&(wAux|wReflexive) != 0 && !t.cap || s.isAdverb(j) {
			if isBe(s.word(j)) {
				// "It must be stressed that", "Reporters were told": a passive verb's
				// subject is not its speaker.
				s.passive = true
				return ""
			}
			j--
			continue
		}
		if j-2 >= lo && strings.EqualFold(s.word(j), "to") && strings.EqualFold(s.word(j-1), "on") && s.toks[j-2].flags&wAux != 0 {
			j -= 3 // "went on to say"
			continue
		}
		if t.flags&wTime != 0 {
			j--
			for j >= lo && s.toks[j].flags&(wPrep|wDet|wAux) != 0 {
				j-- // "on Monday", "this week", "late Friday"
			}
			for j >= lo && (strings.EqualFold(s.word(j), "late") || strings.EqualFold(s.word(j), "early") || strings.EqualFold(s.word(j), "last")) {
				j--
			}
			continue
		}
		break
	}
	if j < lo || s.toks[j].inq {
		return ""
	}
	t := s.toks[j]
	if t.flags&wSubject != 0 {
		return s.phrase(j, j+1)
	}
	if t.flags&wWho != 0 && j > lo && strings.EqualFold(s.word(j), "who") {
		// "Sen. Amy Klobuchar, who tweeted that …": the person the clause is about.
		if name := s.nameEndingAt(j-1, lo); name != "" {
			return name
		}
		return ""
	}
	if t.flags&(wThat|wWho|wConj|wPrep|wVerb) != 0 {
		return ""
	}
	// The noun phrase: back to the start of its clause.
	c := t.clause
	from := j
	for from > lo && s.toks[from-1].clause == c && j-from < 30 {
		p := s.toks[from-1]
		if p.flags&(wVerb|wThat|wWho|wConj|wAux|wSubject) != 0 || p.inq {
			break
		}
		if p.flags&wPrep != 0 && !(from-1 > lo && s.toks[from-2].clause == c && s.nounLike(from-2)) {
			break // a preposition joins two nouns ("a spokesman for the ministry") or opens an adverbial
		}
		from--
	}
	// An appositive: "Name, description, said" is the name before the commas, over up to
	// three clauses ("Elizabeth Lauten, the director for Rep. Stephen Fincher (R-Tenn.),
	// wrote"; "Jane Doe, 31, who works for the senator, said").
	if from > lo && s.toks[from-1].clause != c && !s.personName(from, j+1) {
		end := from - 1
		for n := 0; n < 3 && end >= lo && j-end < 30; n++ {
			if name := s.nameBefore(end, lo); name != "" {
				return name
			}
			st := end
			for st > lo && s.toks[st-1].clause == s.toks[end].clause {
				st--
			}
			if s.hasFlag(st, end+1, wVerb|wThat) {
				break
			}
			end = st - 1
		}
	}
	if j+1-from > maxSpeakerWords {
		// A long phrase is no plain subject: its last name ("… of Renmin University")
		// or nothing.
		for k := from; k <= j; k++ {
			if end, m := s.nameRun(k, j+1); m.name != "" && end == j+1 && s.toks[k].cap {
				if s.validSpeaker(k, end) {
					return s.phrase(k, end)
				}
				break
			}
		}
		return ""
	}
	if !s.validSpeaker(from, j+1) {
		return ""
	}
	return s.phrase(from, j+1)
}

// hasFlag reports whether a token of [from, to) has one of flags.
func (s *segmenter) hasFlag(from, to int, flags uint32) bool {
	for k := from; k < to; k++ {
		if s.toks[k].flags&flags != 0 {
			return true
		}
	}
	return false
}

// isBe reports whether w is a form of English "be".
func isBe(w string) bool {
	switch strings.ToLower(w) {
	case "be", "is", "was", "were", "are", "been", "being":
		return true
	}
	return false
}

// isAdverb reports whether token k is a lower-case adverb in -ly ("later", "also" are
// auxiliaries' flags).
func (s *segmenter) isAdverb(k int) bool {
	t := s.toks[k]
	w := s.word(k)
	return !t.cap && len(w) > 3 && strings.HasSuffix(w, "ly") && s.lang.name == "english"
}

// nounLike reports whether token k can end a noun phrase: a capitalized word, a role, an
// organization word, or a lower-case word that is no function word.
func (s *segmenter) nounLike(k int) bool {
	t := s.toks[k]
	return t.flags&(wVerb|wThat|wWho|wConj|wAux|wPrep|wDet|wNeg) == 0
}

// personName reports whether tokens [i, j) are exactly a person's name.
func (s *segmenter) personName(i, j int) bool {
	end, m := s.nameRun(i, j)
	return end == j && m.person
}

// validSpeaker reports whether tokens [from, to) can name a speaker: no words inside a
// quotation, no verb or auxiliary, and neither a preposition, a negation nor a participle
// at its start or a function word at its end ("in a document put out", "not taking a
// stance", "making a false", "Dianne Feinstein of" are fragments, not speakers).
func (s *segmenter) validSpeaker(from, to int) bool {
	if from >= to || to-from > maxSpeakerWords {
		return false
	}
	for k := from; k < to; k++ {
		t := s.toks[k]
		if t.inq || t.flags&(wAux|wThat|wWho|wNeg) != 0 && !t.cap || t.flags&wVerb != 0 && t.flags&wRole == 0 && !t.cap {
			return false
		}
	}
	first, last := s.toks[from], s.toks[to-1]
	if first.flags&(wPrep|wConj) != 0 || last.flags&(wPrep|wDet|wConj) != 0 {
		return false
	}
	if w := s.word(from); !first.cap && first.flags&(wDet|wSubject) == 0 && s.lang.name == "english" &&
		(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		return false
	}
	return true
}

// sentenceSubject returns the subject of the sentence that tokens [lo, k) open: the speaker
// of a participle or a coordinated verb ("The president responded on Twitter, calling it
// “…”", "He did not comment, but did say that …"). A leading adverbial ("On Friday,", "In
// a statement,") is passed over.
func (s *segmenter) sentenceSubject(lo, k int) string {
	if from, to, ok := s.subjectSpan(lo, k); ok {
		return s.phrase(from, to)
	}
	return ""
}

// subjectSpan returns the tokens of the subject of the sentence that tokens [lo, k) open.
func (s *segmenter) subjectSpan(lo, k int) (from, to int, ok bool) {
	i := lo
	for i < k && (s.toks[i].inq || s.toks[i].flags&wConj != 0) {
		i++
	}
	if i < k && (s.toks[i].flags&(wPrep|wTime) != 0 || s.isAdverb(i)) {
		c, start := s.toks[i].clause, i
		for i < k && s.toks[i].clause == c {
			i++
		}
		if i >= k {
			// No comma after the adverbial ("In Wednesday's speech the senator took …"):
			// the subject starts at the first determiner or pronoun after a noun.
			for i = start + 2; i < k && s.toks[i].clause == c; i++ {
				if s.toks[i].flags&(wDet|wSubject) != 0 && s.nounLike(i-1) {
					break
				}
			}
		}
	}
	if i >= k || s.toks[i].inq {
		return 0, 0, false
	}
	t := s.toks[i]
	if t.flags&wSubject != 0 {
		return i, i + 1, true
	}
	if end, m := s.nameRun(i, k); m.name != "" {
		return i, end, true
	}
	if t.flags&wDet == 0 {
		return 0, 0, false
	}
	// The + nouns, up to the first word that is not part of a noun phrase.
	end := i + 1
	for end < k && end-i < 6 && s.toks[end].clause == t.clause && s.nounLike(end) && s.toks[end].flags&wReflexive == 0 {
		end++
		if s.toks[end-1].flags&(wRole|wOrg) != 0 {
			break // the head noun: "the Texas governor", "the agency"
		}
	}
	if end == i+1 || !s.validSpeaker(i, end) {
		return 0, 0, false
	}
	return i, end, true
}

// findSubjects records the subject of each sentence that names or stands for a person or
// an organization, in order, pronouns resolved as they come: the antecedents a pronoun
// prefers (a subject is more likely to be spoken of again than a name elsewhere in a
// sentence).
func (s *segmenter) findSubjects() {
	for k := 0; k < len(s.toks); {
		end := s.sentenceEndTok(k)
		from, to, ok := s.subjectSpan(k, end)
		k = end
		if !ok {
			continue
		}
		sp := s.phrase(from, to)
		m := mention{pos: s.toks[from].start}
		switch {
		case isPronounSpeaker(sp):
			m.name = s.antecedent(m.pos, sp)
			m.person = personPronoun(sp)
		default:
			if e, nm := s.nameRun(from, to); nm.name != "" && e == to {
				m.name, m.person = nm.name, nm.person || s.knownPerson(nm.name, m.pos)
				// A one-word name may be either, if something follows it in its clause ("Report,
				// said the office" has no subject "Report").
				m.either = !m.person && !strings.Contains(nm.name, " ") && s.toks[from].flags&wOrg == 0 &&
					to < end && s.toks[to].clause == s.toks[to-1].clause
			} else {
				// A description: what it stands for, or itself ("the mayor" is someone).
				m.name = s.definite(m.pos, sp)
				m.person = s.lang.flagsOf(strings.ToLower(s.word(to-1)))&(wRole|wTitle) != 0
			}
		}
		if m.name != "" {
			s.subjects = append(s.subjects, m)
		}
	}
}

// knownPerson reports whether a one-word name is the last name of a person named before pos.
func (s *segmenter) knownPerson(name string, pos int) bool {
	if s.persons == nil {
		// The first position of each person's last name and full name.
		s.persons = map[string]int{}
		for _, m := range s.names {
			if !m.person {
				continue
			}
			for _, k := range [2]string{m.name, lastWord(m.name)} {
				if _, ok := s.persons[k]; !ok {
					s.persons[k] = m.pos
				}
			}
		}
	}
	first, ok := s.persons[name]
	return ok && first < pos
}

// personPronoun reports whether a pronoun stands for a person (he, she), not a group or an
// organization (they, it).
func personPronoun(p string) bool {
	switch strings.ToLower(p) {
	case "he", "she", "él", "ella", "он", "она", "il", "elle":
		return true
	}
	return false
}

// nameEndingAt returns the name (titles included) whose last word is token j, or "".
func (s *segmenter) nameEndingAt(j, lo int) string {
	if j < lo || !s.toks[j].cap {
		return ""
	}
	c := s.toks[j].clause
	from := j
	for from > lo && s.toks[from-1].clause == c && (s.toks[from-1].cap || s.toks[from-1].flags&wTitle != 0 ||
		from-2 >= lo && s.toks[from-2].cap && isNameJoiner(s.word(from-1))) {
		from--
	}
	for ; from <= j; from++ {
		if end, m := s.nameRun(from, j+1); m.name != "" && end == j+1 && s.validSpeaker(from, end) {
			return s.phrase(from, end)
		}
	}
	return ""
}

// isNameJoiner reports whether a lower-case word may join the words of a name.
func isNameJoiner(w string) bool {
	switch strings.ToLower(w) {
	case "of", "for", "de", "van", "von", "al", "bin", "the", "and", "la", "del":
		return true
	}
	return false
}

// nameBefore returns the name that ends at token j (and the clause before it), or "".
func (s *segmenter) nameBefore(j, lo int) string {
	c := s.toks[j].clause
	from := j
	for from > lo && s.toks[from-1].clause == c {
		from--
	}
	name := from
	if name < j && s.toks[name].flags&wDet != 0 {
		name++ // "the Soloria Daily, a tabloid, said"
	}
	if end, m := s.nameRun(name, j+1); m.name != "" && end == j+1 && s.validSpeaker(from, end) {
		return s.phrase(from, end)
	}
	return ""
}

// objectAfter returns the noun phrase that starts at token k (before hi): "said Mira
// Delacroix, an analyst" is "Mira Delacroix".
func (s *segmenter) objectAfter(k, hi int) string {
	if k >= hi || k >= len(s.toks) {
		return ""
	}
	c := s.toks[k].clause
	end := k
	for end < hi && end < len(s.toks) && s.toks[end].clause == c && end-k < maxSpeakerWords {
		f := s.toks[end].flags
		if end > k && (f&(wVerb|wThat|wWho|wAux|wTime) != 0 && !s.toks[end].cap || f&wConj != 0 && !s.toks[end].cap) {
			break
		}
		if end > k && f&wPrep != 0 && !(end+1 < hi && (s.toks[end+1].cap || s.toks[end+1].flags&wDet != 0)) {
			break // "said Smith on Monday", but "a spokesman for the ministry"
		}
		end++
	}
	for end > k && s.toks[end-1].flags&(wPrep|wDet|wConj) != 0 {
		end--
	}
	if !s.validSpeaker(k, end) {
		return ""
	}
	return s.phrase(k, end)
}

// maxSpeakerWords bounds a speaker phrase ("a spokesperson for the Ministry of National
// Defense" has eight words).
const maxSpeakerWords = 8

// phrase returns the text of tokens [from, to) (periods of titles kept, runs of spaces made
// one), leading conjunctions left out. The phrases it builds are speakers: it records where the last one starts (spPos),
// for resolving a pronoun from where it stands.
func (s *segmenter) phrase(from, to int) string {
	for from < to && s.toks[from].flags&wConj != 0 {
		from++
	}
	if from >= to {
		return ""
	}
	s.spPos = s.toks[from].start
	return s.span(from, to)
}

// classify sets the voice of quotation i from its attribution and words.
func (s *segmenter) classify(i int) {
	q := &s.quotes[i]
	short := q.words <= 4
	before := s.text[max(0, q.openStart-24):q.openStart]
	switch {
	case short && s.soCalled(before):
		q.Voice, q.Speaker, q.Verb, q.attributed = VoiceScare, "", "", false
	case q.attributed && (!short || q.distance <= 10):
		q.Voice = VoiceQuote
	case short && s.isTitle(q):
		q.Voice, q.Speaker, q.Verb, q.attributed = VoiceTitle, "", "", false
	case short:
		q.Voice, q.Speaker, q.Verb, q.attributed = VoiceScare, "", "", false
	default:
		q.Voice = VoiceQuote // a long quotation, unattributed
	}
}

// soCalled reports whether the text before a quotation ends with "so-called" or its
// equivalent in the segmenter's language.
func (s *segmenter) soCalled(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " \u00a0"))
	for _, cue := range s.lang.soCalled {
		if strings.HasSuffix(b, cue) {
			return true
		}
	}
	return false
}

// titleCues are words that announce a name or title in quotation marks.
var titleCues = map[string]bool{"film": true, "movie": true, "book": true, "novel": true, "song": true, "album": true, "show": true,
	"series": true, "program": true, "programme": true, "initiative": true, "campaign": true, "slogan": true, "hashtag": true,
	"titled": true, "entitled": true, "named": true, "project": true, "operation": true, "plan": true, "strategy": true,
	"doctrine": true, "policy": true, "report": true, "documentary": true, "article": true, "column": true, "essay": true,
	"play": true, "opera": true, "exhibition": true, "festival": true, "conference": true, "forum": true, "summit": true,
	"pel\u00edcula": true, "libro": true, "programa": true, "фильм": true, "книга": true, "программа": true, "livre": true}

// isTitle reports whether a short quotation names something: its words capitalized as a
// title's ("Belt and Road", "The Art of the Deal"), or a word such as "film", "initiative"
// or "titled" just before it or right after it ("the “Belt and Road” initiative").
func (s *segmenter) isTitle(q *quote) bool {
	first, after := s.tokAt(q.start), s.tokAt(q.end)
	if b := first - 1; b >= 0 && titleCues[strings.ToLower(s.word(b))] {
		return true
	}
	if a := s.tokAt(q.closeEnd); a < len(s.toks) && a == after && titleCues[strings.ToLower(s.word(a))] && s.toks[a].sentence == s.toks[max(0, after-1)].sentence {
		return true
	}
	if after-first < 2 {
		return false
	}
	for k := first; k < after; k++ {
		w := s.word(k)
		if !s.toks[k].cap && !smallTitleWords[strings.ToLower(w)] {
			return false
		}
	}
	return s.toks[first].cap
}

var smallTitleWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "de": true, "y": true, "la": true, "el": true}

// reported finds indirect speech outside the quotations: the clause after a reporting verb
// and "that" (or a pronoun: "said he would"), and sentences with "according to".
func (s *segmenter) reported() []Span {
	if !s.lang.attribute {
		return nil
	}
	var out []Span
	for k := 0; k < len(s.toks); {
		end := s.sentenceEndTok(k)
		if sp, ok := s.reportedIn(k, end); ok {
			pos := s.spPos
			if sp.Speaker == "" {
				pos = sp.Start
			}
			for _, part := range s.splitAroundQuotes(sp) {
				out = append(out, part)
				s.repPos = append(s.repPos, pos)
			}
		}
		k = end
	}
	return out
}

func (s *segmenter) reportedIn(lo, hi int) (Span, bool) {
	text := s.text
	sentEnd := s.toks[hi-1].end
	// The end of the sentence, its final punctuation included in nothing.
	for k := lo; k < hi; k++ {
		t := s.toks[k]
		if t.inq {
			continue
		}
		if t.flags&wAccording != 0 && k+1 < hi {
			speaker := s.objectAfter(k+2, hi)
			cue := strings.ToLower(s.word(k) + " " + s.word(k+1))
			if k == lo {
				// "According to X, the rest": after the cue's clause.
				c := s.toks[min(k+2, hi-1)].clause
				m := k + 2
				for m < hi && s.toks[m].clause == c {
					m++
				}
				if m < hi {
					return Span{Start: s.toks[m].start, End: sentEnd, Voice: VoiceReported, Speaker: speaker, Verb: cue}, true
				}
				return Span{}, false
			}
			return Span{Start: s.toks[lo].start, End: trimRightSpace(text, s.toks[lo].start, t.start), Voice: VoiceReported, Speaker: speaker, Verb: cue}, true
		}
		if t.flags&wNaming != 0 || k == lo || !s.isReportingVerb(k, lo) {
			continue
		}
		// "X said that …", allowing an object and a time phrase: "told reporters on Monday
		// that"; or "X said he …".
		for m := k + 1; m < hi && m <= k+4; m++ {
			f := s.toks[m].flags
			if s.toks[m].clause != t.clause && m > k+1 || s.toks[m].inq {
				break
			}
			thatClause := f&wThat != 0
			pronounClause := m == k+1 && f&wSubject != 0 && m+1 < hi && s.toks[m+1].flags&wVerb == 0
			if thatClause || pronounClause {
				from := m + 1
				if pronounClause {
					from = m
				}
				if from >= hi {
					break
				}
				speaker := s.subjectBefore(k, lo)
				if speaker == "" {
					speaker = s.objectAfter(k+1, m)
				}
				return Span{Start: s.toks[from].start, End: sentEnd, Voice: VoiceReported, Speaker: speaker, Verb: strings.ToLower(s.word(k))}, true
			}
		}
	}
	return Span{}, false
}

// splitAroundQuotes cuts the quotations out of a span of indirect speech.
func (s *segmenter) splitAroundQuotes(sp Span) []Span {
	var out []Span
	pos := sp.Start
	first := sort.Search(len(s.quotes), func(i int) bool { return s.quotes[i].closeEnd > pos })
	for _, q := range s.quotes[first:] {
		if q.openStart >= sp.End {
			break
		}
		if q.closeEnd <= pos {
			continue
		}
		if q.openStart > pos {
			part := sp
			part.Start, part.End = trimSpan(s.text, pos, q.openStart)
			if part.End > part.Start {
				part.more = len(out) > 0
				out = append(out, part)
			}
		}
		pos = q.closeEnd
	}
	if pos < sp.End {
		part := sp
		part.Start, part.End = trimSpan(s.text, pos, sp.End)
		if part.End > part.Start && s.hasWord(part.Start, part.End) {
			part.more = len(out) > 0
			out = append(out, part)
		}
	}
	return out
}

func (s *segmenter) hasWord(lo, hi int) bool {
	k := s.tokAt(lo)
	return k < len(s.toks) && s.toks[k].start < hi
}

// resolveSpeakers resolves pronoun speakers (of the quotations and of the spans of
// indirect speech) to the names before them, and gives every speaker its canonical name in
// the document.
func (s *segmenter) resolveSpeakers(reported []Span) {
	s.findSubjects()
	resolve := func(sp *Span, pos int) {
		if sp.Speaker != "" && isPronounSpeaker(sp.Speaker) {
			if name := s.antecedent(pos, sp.Speaker); name != "" {
				sp.Speaker = name
			}
		}
	}
	for i := range s.quotes {
		resolve(&s.quotes[i].Span, s.quotes[i].speakerPos)
	}
	for i := range reported {
		resolve(&reported[i], s.repPos[i])
	}
	canonical := s.canonicalizer()
	for i := range s.quotes {
		if q := &s.quotes[i]; q.Speaker != "" && q.Canonical == "" {
			q.Canonical = canonical(s.definite(q.speakerPos, q.Speaker))
		}
	}
	for i := range reported {
		if r := &reported[i]; r.Speaker != "" {
			r.Canonical = canonical(s.definite(s.repPos[i], r.Speaker))
		}
	}
}

// definite returns what a definite description stands for. "The agency", "the ministry":
// the nearest organization before pos whose name has the noun ("the Ministry of National
// Defense"), else the nearest organization quoted before pos. "The president", "the Texas
// governor", "the four-term congressman": the nearest person before pos who holds that
// title ("President Obama", "Gov. Rick Perry", "Rep. Blake Farenthold"). Other speakers,
// and descriptions with nothing to stand for, are returned as they are.
func (s *segmenter) definite(pos int, sp string) string {
	words := strings.Fields(sp)
	if len(words) < 2 || len(words) > 4 || !strings.EqualFold(words[0], "the") || isCapitalized(words[len(words)-1]) {
		return sp
	}
	head := strings.ToLower(words[len(words)-1])
	f := s.lang.flagsOf(head)
	switch {
	case f&(wRole|wTitle) != 0:
		role := roleOf(head)
		for i := s.namesBefore(pos) - 1; i >= 0; i-- {
			m := s.names[i]
			if !m.person {
				continue
			}
			if s.hasTitle(m, role) {
				return m.name
			}
		}
	case docNouns[head]:
		// "The statement continued": the author of the statement named before.
		if who := s.author(pos, head); who != "" {
			return who
		}
	case f&wOrg != 0 && len(words) == 2:
		for i := s.namesBefore(pos) - 1; i >= 0; i-- {
			m := s.names[i]
			if m.person {
				continue
			}
			for _, w := range strings.Fields(m.name) {
				if strings.ToLower(w) == head {
					return m.name
				}
			}
		}
		for i := sort.Search(len(s.quotes), func(i int) bool { return s.quotes[i].openStart >= pos }) - 1; i >= 0; i-- {
			q := s.quotes[i]
			if q.Speaker == "" || isPronounSpeaker(q.Speaker) || looksPerson(q.Speaker) ||
				!isCapitalized(coreName(q.Speaker, s.lang)) {
				continue
			}
			return q.Speaker
		}
	}
	return sp
}

// namesBefore returns the number of names that start before pos.
func (s *segmenter) namesBefore(pos int) int {
	return sort.Search(len(s.names), func(i int) bool { return s.names[i].pos >= pos })
}

// docNouns are documents that speak for their authors.
var docNouns = map[string]bool{"statement": true, "letter": true, "suit": true, "lawsuit": true, "complaint": true,
	"memo": true, "release": true, "filing": true, "post": true, "tweet": true, "ad": true, "advertisement": true,
	"editorial": true, "email": true, "e-mail": true, "message": true}

// author returns who issued the document named by noun before pos: the speaker or the subject
// of the nearest sentence of the last three paragraphs that names the document ("Trump said
// in a statement", "Republicans sent a letter").
func (s *segmenter) author(pos int, noun string) string {
	near := 0
	if p := s.para(pos); p >= 2 {
		near = s.paras[p-2]
	}
	k := s.tokAt(pos) - 1
	for ; k >= 0 && s.toks[k].start >= near; k-- {
		if !strings.EqualFold(s.word(k), noun) || s.toks[k].inq {
			continue
		}
		sent := s.toks[k].sentence
		for i := sort.Search(len(s.quotes), func(i int) bool { return s.quotes[i].openStart >= pos }) - 1; i >= 0 && s.quotes[i].closeEnd >= near; i-- {
			q := s.quotes[i]
			if q.Speaker != "" && q.speakerPos < pos && s.toks[s.tokAt(q.speakerPos)].sentence == sent &&
				!docNouns[strings.ToLower(lastWord(q.Speaker))] {
				return q.Speaker
			}
		}
		for i := sort.Search(len(s.subjects), func(i int) bool { return s.subjects[i].pos >= pos }) - 1; i >= 0 && s.subjects[i].pos >= near; i-- {
			m := s.subjects[i]
			if s.toks[s.tokAt(m.pos)].sentence == sent {
				return m.name
			}
		}
	}
	return ""
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// roleOf returns the office a title or role word names, abbreviations spelled out
// ("gov" and "governor" are one; "rep", "congressman" and "lawmaker" are one).
func roleOf(w string) string {
	w = strings.TrimSuffix(strings.ToLower(w), ".")
	switch w {
	case "gov":
		return "governor"
	case "sen":
		return "senator"
	case "rep", "representative", "congressman", "congresswoman", "lawmaker":
		return "representative"
	case "pres":
		return "president"
	case "gen":
		return "general"
	case "sec":
		return "secretary"
	case "atty":
		return "attorney"
	case "spokesman", "spokeswoman", "spokesperson":
		return "spokesperson"
	case "chairman", "chairwoman", "chair":
		return "chair"
	}
	return w
}

func isPronounSpeaker(sp string) bool {
	if len(sp) > 6 || len(sp) < 2 {
		return false
	}
	switch strings.ToLower(sp) {
	case "he", "she", "they", "it", "él", "ella", "ellos", "ellas", "он", "она", "они", "il", "elle", "ils", "elles":
		return true
	}
	return false
}

// antecedent returns the name before pos that a pronoun stands for: a person for he and
// she, an organization or group for they and it. The subjects of the sentences of the last
// three paragraphs and the speakers quoted there come first, the nearest of them; failing
// those, the nearest name.
func (s *segmenter) antecedent(pos int, pronoun string) string {
	person := personPronoun(pronoun)
	near := 0
	if p := s.para(pos); p >= 2 {
		near = s.paras[p-2]
	}
	best, bestPos := "", -1
	i, _ := slices.BinarySearchFunc(s.subjects, pos, func(m mention, p int) int { return cmp.Compare(m.pos, p) })
	for i--; i >= 0 && s.subjects[i].pos >= near; i-- {
		if m := s.subjects[i]; m.person == person || m.either {
			best, bestPos = m.name, m.pos
			break
		}
	}
	j, _ := slices.BinarySearchFunc(s.quotes, pos, func(q quote, p int) int { return cmp.Compare(q.openStart, p) })
	for j--; j >= 0; j-- {
		q := &s.quotes[j]
		if q.closeEnd < near && q.speakerPos < near {
			break
		}
		if q.Speaker != "" && !isPronounSpeaker(q.Speaker) && q.speakerPos >= near && q.speakerPos > bestPos && q.speakerPos < pos &&
			(looksPerson(q.Speaker) || s.knownPerson(coreName(q.Speaker, s.lang), q.speakerPos)) == person {
			best, bestPos = q.Speaker, q.speakerPos
		}
	}
	if best != "" {
		return best
	}
	k, _ := slices.BinarySearchFunc(s.names, pos, func(m mention, p int) int { return cmp.Compare(m.pos, p) })
	for k--; k >= 0; k-- {
		if s.names[k].person == person {
			return s.names[k].name
		}
	}
	return ""
}

// looksPerson guesses whether a speaker phrase names a person.
func looksPerson(sp string) bool {
	words := strings.Fields(sp)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if voiceLangs["english"].words[strings.ToLower(strings.TrimSuffix(w, "."))]&wOrg != 0 {
			return false
		}
	}
	return isCapitalized(words[len(words)-1])
}

// canonicalizer returns the function that gives each speaker the fullest name the document uses for it: names that
// share their last word ("President Barack Obama", "Mr. Obama", "Obama") or whose initials
// make an acronym ("the Associated Press", "AP") are one speaker, named by the longest form
// without titles or a leading article.
func (s *segmenter) canonicalizer() func(string) string {
	type form struct {
		name    string
		last    string // the last word
		n       int    // words
		acronym bool   // one upper-case word that may be an acronym
		initial string // the initials of its capitalized words, when it has two or more
	}
	var forms []form
	seen := map[string]bool{}
	add := func(name string) {
		core := coreName(name, s.lang)
		if core == "" || seen[core] {
			return
		}
		seen[core] = true
		words := strings.Fields(core)
		f := form{name: core, last: words[len(words)-1], n: len(words)}
		f.acronym = len(words) == 1 && len(core) >= 2 && strings.ToUpper(core) == core
		if len(words) >= 2 {
			f.initial = initials(words)
		}
		forms = append(forms, f)
	}
	for _, q := range s.quotes {
		if q.Speaker != "" && !isPronounSpeaker(q.Speaker) {
			add(q.Speaker)
		}
	}
	// The names of the text that may be a speaker's fuller form: the same last word, or
	// initials that make a speaker's acronym (or a one-word name that may be the acronym
	// of a speaker's).
	lasts, acronyms := map[string]bool{}, map[string]bool{}
	for _, f := range forms {
		lasts[f.last] = true
		if f.acronym {
			acronyms[strings.ReplaceAll(f.name, ".", "")] = true
		}
	}
	for _, m := range s.names {
		last := lastWord(m.name)
		if lasts[last] || len(acronyms) > 0 && strings.Contains(m.name, " ") || !strings.Contains(m.name, " ") && strings.ToUpper(m.name) == m.name {
			add(m.name)
		}
	}
	cache := map[string]string{}
	return func(name string) string {
		if c, ok := cache[name]; ok {
			return c
		}
		core := coreName(name, s.lang)
		best := core
		if core != "" {
			words := strings.Fields(core)
			last, n := words[len(words)-1], len(words)
			acr := ""
			if n == 1 && len(core) >= 2 && strings.ToUpper(core) == core {
				acr = strings.ReplaceAll(core, ".", "")
			}
			init := ""
			if n >= 2 {
				init = initials(words)
			}
			bestN := n
			for _, f := range forms {
				sameLast := f.last == last && isCapitalized(last)
				acronym := acr != "" && f.initial == acr || f.acronym && init != "" && strings.ReplaceAll(f.name, ".", "") == init
				if (sameLast || acronym) && f.n > bestN {
					best, bestN = f.name, f.n
				}
			}
		}
		cache[name] = best
		return best
	}
}

// initials returns the initials of the capitalized words of words ("Associated Press" is
// "AP").
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// coreName strips a speaker phrase to its name: leading articles and titles, and a
// possessive, removed ("the Associated Press" -> "Associated Press", "Mr. Obama’s" ->
// "Obama"). Phrases that are not names (lower-case nouns) are kept as they are.
func coreName(sp string, lang *voiceLang) string {
	words := strings.Fields(sp)
	// Titles and their qualifiers: "former Texas Rep. Beto O’Rourke" is "Beto O’Rourke".
	for i := len(words) - 2; i >= 0; i-- {
		f := lang.words[strings.ToLower(strings.TrimSuffix(words[i], "."))]
		if f&(wTitle|wRole) != 0 && f&wOrg == 0 && isCapitalized(words[i+1]) {
			words = words[i+1:]
			break
		}
	}
	for len(words) > 1 {
		w := strings.ToLower(strings.TrimSuffix(words[0], "."))
		if lang.words[w]&wDet != 0 && isCapitalized(words[1]) {
			words = words[1:]
			continue
		}
		break
	}
	if i := slices.Index(words, "of"); i >= 2 && !slices.ContainsFunc(words[:i], func(w string) bool {
		return !isCapitalized(w) || lang.words[strings.ToLower(w)]&(wDet|wOrg) != 0
	}) {
		words = words[:i] // "Kamala Harris of California"
	}
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	for _, suffix := range []string{"’s", "'s", "’", "'"} {
		last = strings.TrimSuffix(last, suffix)
	}
	words[len(words)-1] = last
	return strings.Join(words, " ")
}

// normalized returns normalizeQuote of quotation j, computed once.
func (s *segmenter) normalized(j int) string {
	q := &s.quotes[j]
	if q.norm == "" {
		q.norm = normalizeQuote(s.text[q.Start:q.End])
	}
	return q.norm
}

// normalizeQuote returns the words of a quotation lowercased and joined by single spaces,
// punctuation left out, for finding a quotation repeated.
func normalizeQuote(t string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}), " ")
}

// startsLower reports whether s, after leading spaces, starts with a lower-case letter.
func startsLower(s string) bool {
	s = strings.TrimLeft(s, " ")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
