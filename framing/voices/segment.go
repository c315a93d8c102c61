package voices

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/framing/internal/scan"
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
	sentence   int32
	clause     int32
	flags      Class
	cap        bool // starts with an upper-case letter
	poss       bool // followed by a possessive 's
	inq        bool // inside a quotation (set once the quotations are found)
	heading    bool // a word of a heading in capitals ("HARBOR POLLS"), never a name
	dateline   bool // a word of a dateline ("HALDEN, Soloria —", see afterDateline), never a name
}

// quote is one quotation found: the marks at openStart..start and end..closeEnd (equal when
// a mark is missing).
type quote struct {
	openStart, start, end, closeEnd int
	speakerPos, speakerEnd          int    // where the speaker phrase stands in the text
	unopened                        bool   // closed without an opening mark: the start was inferred
	block                           bool   // an unmarked paragraph introduced by "X said:"
	inClause                        bool   // of a word or two, set inside its clause (see markInClause)
	echo                            int    // 1 + the index of the earlier quotation this one repeats, or 0
	norm                            string // the words, normalized (see normalized)
	Span
	attributed bool
	distance   int // tokens between the reporting verb before the quote and the quote
	words      int
	// tok0 and tok1 are 1 + tokAt(start) and 1 + tokAt(end), or 0 until asked (see
	// quoteToks).
	tok0, tok1 int
}

type segmenter struct {
	// Author is who "I" and "we" stand for outside quotations (the document's author), or
	// "" when unknown: then they name no speaker.
	Author string
	want   Set // the voices wanted, when only telling them apart matters (see voicesOnly); 0 for all
	lang   *Lang
	text   string
	toks   []stoken
	paras  []int // start offsets of paragraphs
	marks  []qmark
	// hasDoubled is 1 when the text holds a doubled curly single mark (‘‘), 2 when not,
	// 0 until asked (see doubledSingles).
	hasDoubled uint8
	quotes     []quote
	names      []mention
	titleCase  []bool // by sentence: written in title case
	headings   bool   // whether markHeadings has run on the text (only attribution needs it)
	// work counts the steps of the searches among quotations, contents and names, which
	// must stay in proportion to the text (see TestLinearWork).
	work          int
	subjects      []mention              // the subjects of the sentences, in order (see findSubjects)
	bySurname     map[string][]int32     // the persons' names by surname (see surnameKeys), in order; made by salientHolder
	surnames      map[string]*surnameSum // what the names tell of each surname (see surnameGenders)
	byRole        map[string][]int32     // the titled persons' names by the offices of their titles (see Role), in order; made by salientHolder
	persons       map[string]int         // see knownPerson
	modifierNames map[string]bool        // see modifierName
	personWords   map[string]bool        // see personWord
	common        map[string]bool        // see commonWords
	placesIn      map[string]bool        // see placeInText
	reportedSpans []Span                 // the spans of indirect speech of the last segment (resolved)
	contents      []Span                 // the contents of indirect speech, whole (before quotations are cut out)
	contentSent   []int32                // the sentence of each content
	cueIndex      [][2]int               // the quotations' cues: start, quotation (see indexCues)
	conjuncts     map[int][]np           // the names of each coordinated source, by its start offset (see coordination)
	openCommon    map[int]bool           // tokens opening a sentence that are common words before a person's name (see commonOpening)
	joinedParts   map[int][2]np          // the two phrases of each coordinated subject, by its start offset (see findSubjects)
	orgQuote      []int                  // by quotation: the nearest quotation up to it with an organization's name for its speaker, or -1 (see definite)
	lowered       map[string]string      // words lowered: a capitalized ASCII word's lower case is its own key, another word the key of its lower case (see lowerWord)
	// low and lowAt keep lowerWord's answers by token for one text: lowAt[k] is lowGen
	// when token k's word is its own lower case, lowGen+1 when low[k] holds it, anything
	// else when it is not known yet; lowGen moves on by two as each text starts and ends,
	// so the tables are never cleared but when they grow or lowGen wraps.
	low          []string
	lowAt        []uint32
	lowGen       uint32
	genders      map[string]int // the genders of the names of the text (see genderOf)
	lineSpeakers map[string]int // paragraphs that open with a name and a colon, by the name's last word lowered (see transcriptLine)
	lineEnds     []int          // by paragraph: where another speaker's name and colon take over inside it, else its end (see transcriptLine)
	linePersons  int            // the names of lineSpeakers written as a person's at least once (see transcriptLine)
	spans        []Span         // the spans returned last, whose memory the next text reuses
	marked       string         // the text whose paragraphs and quotation marks are found (see findText), or ""
	buf          [64]byte
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
// Set: an attributed quotation, or a long one (five words or more), is a direct
// quotation; a short unattributed one is a scare quote ("a so-called “threat”"), or a
// quoted name or title when its words are capitalized as a title's or follow a word such as
// "film", "book" or "initiative". Indirect speech is the clause after "X said that …" (or
// "X said he …"), or the sentence with "according to X"; a quotation of a word or two set
// inside its clause is part of it ("X said she “respects” Y and …"), and the other
// quotations inside it keep their own voice.
//
// lang selects the reporting verbs and cues (see [LangOf]): English, Spanish, Russian and
// French have attribution. Any other name, a misspelled one ("englsh") included, silently
// gets quotation marks and dialogue dashes only (with English cues): no span has a speaker
// or a cue, and a short quotation is a scare quote or a title. LangOf(lang).Attributes()
// says whether lang has attribution.
func Quotes(text, lang string) []Span {
	s := segmenter{lang: LangOf(lang), text: text}
	s.toks = s.tokenize(text, s.toks)
	return s.segment()
}

// A Token is a word of a text as the segmenter reads it: its byte span, the numbers of
// its sentence and clause (as framing's scanner counts them), its word classes, whether
// it is capitalized, and whether a possessive 's follows it. [Scan] makes them; a caller
// that scans the text itself can make them too, looking each distinct word's classes up
// once.
type Token struct {
	Start, End       int
	Sentence, Clause int
	Class            Class
	Cap              bool // starts with an upper-case letter
	Poss             bool // followed by a possessive 's
}

// Scan appends the tokens of text to toks, with their classes in lang, and returns the
// extended slice.
func Scan(text string, lang *Lang, toks []Token) []Token {
	var buf [64]byte
	sc := scan.NewScanner(text)
	for start, end, ok := sc.NextSpan(); ok; start, end, ok = sc.NextSpan() {
		w := text[start:end]
		toks = append(toks, Token{Start: start, End: end, Sentence: sc.Sentence(), Clause: sc.Clause(),
			Class: lang.classes(w, &buf), Cap: scan.IsCapitalized(w), Poss: sc.Pos() > end})
	}
	return toks
}

// tokenize appends the tokens of text to toks, as Scan does.
func (s *segmenter) tokenize(text string, toks []stoken) []stoken {
	sc := scan.NewScanner(text)
	for start, end, ok := sc.NextSpan(); ok; start, end, ok = sc.NextSpan() {
		w := text[start:end]
		toks = append(toks, stoken{start: start, end: end, sentence: int32(sc.Sentence()), clause: int32(sc.Clause()),
			flags: s.lang.classes(w, &s.buf), cap: scan.IsCapitalized(w), poss: sc.Pos() > end})
	}
	return toks
}

// A Segmenter segments texts whose tokens the caller provides (see [Token]), reusing its
// memory from text to text. The zero value segments English for every voice. A Segmenter
// is not safe for concurrent use; use one per goroutine.
type Segmenter struct {
	// Lang is the language of the texts; nil is English.
	Lang *Lang
	// Want is the voices the caller will keep. When only telling some voices apart
	// matters, the segmenter works out no more than that: speakers are then not always
	// resolved, but every token's voice is in Want exactly when [Quotes]' is. 0 is every
	// voice, fully attributed.
	Want Set
	// Author is who "I" and "we" stand for outside quotations: the document's author (an
	// op-ed's byline), or "" when unknown, when they name no speaker.
	Author string
	s      segmenter
}

// Segment segments text, whose tokens are toks, and returns its spans as [Quotes] does.
// toks is read, not kept. The spans are the Segmenter's memory: the next Segment or
// SegmentAdded overwrites them, so a caller that keeps them copies them (slices.Clone);
// NarrativeBefore leaves them alone.
func (g *Segmenter) Segment(text string, toks []Token) []Span {
	s := &g.s
	s.toks = s.toks[:0]
	if cap(s.toks) < len(toks) {
		s.toks = make([]stoken, 0, len(toks))
	}
	for _, t := range toks {
		s.toks = append(s.toks, stoken{start: t.Start, end: t.End, sentence: int32(t.Sentence), clause: int32(t.Clause), flags: t.Class, cap: t.Cap, poss: t.Poss})
	}
	return g.run(text)
}

// Add appends the next token of the text that [Segmenter.SegmentAdded] will segment: a
// caller that scans the text itself hands its tokens over one at a time, without a slice
// of its own (a long text's tokens then sit in memory once, not twice). Tokens must come
// in text order.
func (g *Segmenter) Add(t Token) {
	g.s.toks = append(g.s.toks, stoken{start: t.Start, end: t.End, sentence: int32(t.Sentence), clause: int32(t.Clause), flags: t.Class, cap: t.Cap, poss: t.Poss})
}

// AddWord is [Segmenter.Add] for a token given by its fields rather than as a [Token]
// (Start, End, Sentence, Clause, Class, Cap and Poss, in that order): a caller that hands
// over every token of long texts saves building and copying one.
func (g *Segmenter) AddWord(start, end, sentence, clause int, class Class, capitalized, poss bool) {
	// The token is written where it goes, field by field: built whole first, it would be
	// stored to the stack in small pieces and read back in 16-byte ones, which the
	// processor cannot forward from its store buffer (a stall on every token).
	g.s.toks = append(g.s.toks, stoken{})
	t := &g.s.toks[len(g.s.toks)-1]
	t.start, t.end, t.sentence, t.clause = start, end, int32(sentence), int32(clause)
	t.flags, t.cap, t.poss = class, capitalized, poss
}

// Grow makes room for n more tokens to [Segmenter.Add] or [Segmenter.AddWord] without
// reallocating: about one per six bytes of English.
func (g *Segmenter) Grow(n int) {
	if n <= cap(g.s.toks)-len(g.s.toks) {
		return
	}
	// A new array by make, not slices.Grow: for a large text slices.Grow clears the whole
	// new room at once, touching every page of it in a loop the runtime cannot preempt (the
	// garbage collector spun waiting on it: a quarter of the CPU of an own-voice count of a
	// 2.7 MB text); make leaves fresh memory to be touched as the tokens fill it.
	toks := make([]stoken, len(g.s.toks), len(g.s.toks)+n)
	copy(toks, g.s.toks)
	g.s.toks = toks
}

// SegmentAdded segments text, whose tokens were given by [Segmenter.Add] or
// [Segmenter.AddWord] since the last call of SegmentAdded or [Segmenter.Segment], and
// returns its spans as Segment does, in the Segmenter's memory as Segment's are.
func (g *Segmenter) SegmentAdded(text string) []Span { return g.run(text) }

// run segments text, whose tokens are in g.s.toks, and empties the tokens for the next
// text.
func (g *Segmenter) run(text string) []Span {
	s := &g.s
	s.lang, s.want, s.text, s.Author = g.Lang, g.Want, text, g.Author
	if s.lang == nil {
		s.lang = LangOf("")
	}
	spans := s.segment()
	s.toks = s.toks[:0]
	return spans
}

// NarrativeBefore returns the offset in text before which all of text is sure to be
// narrative once segmented for g.Want, whatever its tokens: len(text) when no span is (a
// text without quotations, lines of dialogue or paragraphs that end with a colon and are
// followed by another), and else the start of the first paragraph with a quotation mark,
// a line of dialogue or a closing colon (which may introduce a block quotation), as no
// span starts before it. It is 0 when Want is 0 (every voice), or keeps exactly one of
// Narrative and Reported, or exactly one of Quote and Scare: those are told apart by
// reading the sentences, not by quotation marks alone ([Own] keeps Narrative and Reported,
// neither Quote nor Scare). A caller that
// keeps the narrative can count those words without waiting for the spans, and all of a
// text's without handing them over; what NarrativeBefore found of the text is not looked
// for again when it is segmented next.
func (g *Segmenter) NarrativeBefore(text string) int {
	w := g.Want
	if w == 0 || w.Has(Quote) != w.Has(Scare) || w.Has(Narrative) != w.Has(Reported) {
		return 0 // indirect speech is told apart without quotation marks
	}
	s := &g.s
	s.text, s.lang = text, g.Lang
	if s.lang == nil {
		s.lang = LangOf("")
	}
	s.findText()
	before := len(text)
	if len(s.marks) > 0 && s.quoting() {
		before = s.paras[s.para(s.marks[0].pos)]
	}
	for p, start := range s.paras {
		if start >= before {
			break
		}
		if p+1 < len(s.paras) {
			if end := s.paraEnd(p); end > 0 && text[end-1] == ':' {
				before = start // see blockQuotes
				break
			}
		}
		if s.lang.name != "english" && start < len(text) {
			// See dialogue.
			if r, size := utf8.DecodeRuneInString(text[start:]); (r == '—' || r == '–') && start+size < len(text) && text[start+size] == ' ' {
				before = start
				break
			}
		}
	}
	if before == len(text) {
		s.text, s.marked = "", "" // not to be segmented: not held
	}
	return before
}

// quoting reports whether the marks found make a quotation: a double mark may, and single
// marks alone are paired from the text alone (only a double mark that closes with nothing
// open looks at the tokens, to infer where it opened): those that make no quotation are
// apostrophes ("the voters' anger").
func (s *segmenter) quoting() bool {
	for _, m := range s.marks {
		if m.double {
			return true
		}
	}
	s.quotes = s.quotes[:0]
	s.pairMarks()
	return len(s.quotes) > 0
}

// findText finds the paragraphs and the quotation marks of s.text, which depend on the
// text alone, unless they were found for it last.
func (s *segmenter) findText() {
	if s.marked == s.text && s.text != "" {
		return
	}
	s.paras, s.marks, s.hasDoubled = s.paras[:0], s.marks[:0], 0
	s.findParagraphs()
	s.findMarks()
	s.marked = s.text
}

// segment runs the segmentation on the tokens.
func (s *segmenter) segment() []Span {
	s.quotes = s.quotes[:0]
	s.names, s.subjects, s.reportedSpans, s.persons, s.contents, s.orgQuote, s.modifierNames, s.personWords = s.names[:0], s.subjects[:0], nil, nil, s.contents[:0], nil, nil, nil
	s.common, s.lineSpeakers, s.placesIn, s.bySurname, s.byRole, s.surnames = nil, nil, nil, nil, nil, nil
	s.nextLowGen()
	defer s.nextLowGen() // lowerWord asked between texts keeps nothing for the next
	s.work = 0
	if len(s.genders) > 1024 {
		s.genders = nil // a long text's table is not kept for the short ones after it
	} else {
		clear(s.genders)
	}
	clear(s.conjuncts)
	clear(s.openCommon)
	s.findText()
	s.marked = "" // the text is not held past its segmentation
	s.headings = false
	s.pairMarks()
	s.dialogue()
	s.blockQuotes()
	s.markQuoted()
	if len(s.quotes) == 0 && !s.lang.attribute {
		return nil
	}
	var reported []Span
	if s.want == 0 {
		s.markHeadings()
		s.findNames()
		for i := range s.quotes {
			s.attribute(i)
		}
		s.markInClause()
		reported = s.reported()
		s.inheritContents()
		s.inheritFollowing()
		s.namingCues()
		s.mixedQuotes()
		s.resolveSpeakers(reported)
		s.reportedSpans = reported
	} else {
		// Only what tells the wanted voices apart is worked out, but whatever is worked
		// out is worked out as in full: quotations are attributed whenever quotations and
		// scare quotes, or narrative and indirect speech, must be told apart.
		quoteOrScare := s.want.Has(Quote) != s.want.Has(Scare)
		narrativeOrReported := s.want.Has(Narrative) != s.want.Has(Reported)
		if quoteOrScare || narrativeOrReported {
			s.markHeadings()
			for i := range s.quotes {
				s.attribute(i)
			}
			s.markInClause()
			reported = s.reported()
			s.inheritContents()
			s.inheritFollowing()
			s.namingCues()
			s.mixedQuotes()
			if !narrativeOrReported {
				reported = nil
			}
		} else {
			s.voicesOnly()
			if s.lang.attribute && s.markInClause() {
				// A quotation of a word or two set inside indirect speech is indirect
				// speech (see mixedQuotes), decided from its sentence alone (mixedAt).
				var sent sentenceSpan
				for i := range s.quotes {
					if q := &s.quotes[i]; q.inClause && s.mixedAt(i, &sent) {
						q.Voice, q.Marked = Reported, true
					}
				}
			}
		}
	}
	spans := slices.Grow(s.spans[:0], len(s.quotes)+len(reported))
	if spans == nil {
		spans = []Span{} // empty, not nil, as before the memory was reused
	}
	for _, q := range s.quotes {
		if q.End > q.Start {
			sp := q.Span
			if sp.Speaker != "" && q.speakerEnd > q.speakerPos {
				sp.SourceStart, sp.SourceEnd = q.speakerPos, q.speakerEnd
			}
			spans = append(spans, sp)
		}
	}
	spans = append(spans, reported...)
	slices.SortStableFunc(spans, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	s.completeCues(spans)
	// A quotation that repeats an earlier one points to it among the spans.
	for i := range s.quotes {
		if e := s.quotes[i].echo; e > 0 {
			at := s.quotes[i].Start
			k, _ := slices.BinarySearchFunc(spans, at, func(sp Span, p int) int { return cmp.Compare(sp.Start, p) })
			o := s.quotes[e-1].Start
			j, _ := slices.BinarySearchFunc(spans, o, func(sp Span, p int) int { return cmp.Compare(sp.Start, p) })
			for ; k < len(spans) && spans[k].Start == at && spans[k].Voice != s.quotes[i].Voice; k++ {
			}
			for ; j < len(spans) && spans[j].Start == o && spans[j].Voice != Quote; j++ {
			}
			// A quotation read as indirect speech (see mixedQuotes) is no quotation to point to.
			if k < len(spans) && j < len(spans) && spans[k].Start == at && spans[j].Start == o && spans[j].Voice == Quote {
				spans[k].Echo = j + 1
			}
		}
	}
	s.spans = spans
	return spans
}

// voicesOnly gives the quotations voices that are right for the voices wanted (s.want):
// where the wanted set treats two voices alike, what tells them apart is not worked out.
// When quotations and scare quotes are alike (as in OwnVoice and QuotedVoices), only a
// short quotation that may be a title needs an attribution, of its own sentence only;
// speakers are never resolved. A voice given may differ from Quotes' but never in being
// in the wanted set or not, so that counts agree with Tokens.
func (s *segmenter) voicesOnly() {
	q, sc, ti := s.want.Has(Quote), s.want.Has(Scare), s.want.Has(Title)
	if q == sc && q == ti {
		for i := range s.quotes {
			s.quotes[i].Voice = Quote
		}
		return
	}
	for i := range s.quotes {
		qt := &s.quotes[i]
		first, after := s.quoteToks(qt)
		qt.words = after - first
		switch {
		case qt.block:
			qt.Voice = Quote
		case qt.words <= 20 && s.beforeByline(qt) || qt.words > 4 && qt.words <= 12 && s.isTitle(qt):
			// A headline before its byline, or a long title after a preposition (see
			// classify): as attributed in full.
			s.markHeadings()
			s.attribute(i)
		case qt.words > 4:
			qt.Voice = Quote
		case s.soCalled(s.text[max(0, qt.openStart-24):qt.openStart]):
			qt.Voice = Scare
		case s.isTitle(qt):
			// A title, unless its own sentence attributes it: attribute does not look at
			// other quotations for it.
			s.markHeadings()
			s.attribute(i)
		default:
			qt.Voice = Quote // a quotation or a scare quote: alike here
		}
	}
}

// Paragraphs returns the byte offsets where the paragraphs of text start, as the
// segmenter reads them: the first at 0, then after every blank line, after every line
// break in a text that has no blank line, and after a line break that follows the end of
// a sentence (many archives separate paragraphs by single line breaks after a title
// followed by a blank line; a hard-wrapped paragraph broken at a sentence's end loses
// nothing, as a quotation goes on across paragraphs). A text without any line break
// whose paragraphs were glued together when their breaks were lost ("…said.She left")
// has a paragraph start at every such glued sentence start (see gluedParagraphs).
func Paragraphs(text string) []int { return paragraphs(text, nil) }

// endsSentence reports whether text ends with a sentence's final punctuation, a closing
// quotation mark or bracket after it allowed (spaces ignored).
func endsSentence(text string) bool {
	text = strings.TrimRight(text, " \t\r")
	for len(text) > 0 {
		r, size := utf8.DecodeLastRuneInString(text)
		switch r {
		case '"', '\'', '”', '’', '»', ')', ']':
			text = text[:len(text)-size]
			continue
		case '.', '!', '?', '…', ':':
			return true
		}
		return false
	}
	return false
}

// findParagraphs records where paragraphs start (see Paragraphs).
func (s *segmenter) findParagraphs() { s.paras = paragraphs(s.text, s.paras[:0]) }

// paragraphs appends the starts of the paragraphs of text to out: at line breaks (see
// Paragraphs), and inside each paragraph so found where paragraphs were glued together
// (gluedParagraphs).
func paragraphs(text string, out []int) []int {
	first := len(out)
	out = append(out, 0)
	blank := strings.Contains(text, "\n\n") || strings.Contains(text, "\n\r\n")
	for i := 0; i < len(text); i++ {
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			break
		}
		i += k
		if !blank || scan.BlankFrom(text, i+1) || endsSentence(text[:i]) {
			j := i + 1
			for j < len(text) && (text[j] == '\n' || text[j] == '\r' || text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if j > out[len(out)-1] && j < len(text) {
				out = append(out, j)
			}
			i = j - 1
		}
	}
	// The glued starts inside each paragraph, merged in order: most texts have none.
	n := len(out)
	for p := first; p < n; p++ {
		end := len(text)
		if p+1 < n {
			end = out[p+1]
		}
		out = gluedParagraphs(text, out[p], end, out)
	}
	if len(out) > n {
		slices.Sort(out[first:])
	}
	return out
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

// quoteToks returns tokAt(q.start) and tokAt(q.end), the quotation's first token and the
// one after its last, found once per quotation: the voices-only segmentation asks for
// them of every quotation, several times.
func (s *segmenter) quoteToks(q *quote) (first, after int) {
	if q.tok0 == 0 {
		q.tok0, q.tok1 = s.tokAt(q.start)+1, s.tokAt(q.end)+1
	}
	return q.tok0 - 1, q.tok1 - 1
}

func (s *segmenter) word(k int) string { return s.text[s.toks[k].start:s.toks[k].end] }

// lowerWord returns token k's word in lower case. A word of lower-case ASCII, nearly
// every word, is its own lower case; any other is lowered once and found again among the
// words lowered before, in this text or the ones before (see lowered): one string for
// all. The rules ask for the same tokens again and again (a fifth of the segmenter's
// time went to lowering on China Daily against the NYT), so each answer is also kept by
// token for the text (see segmenter.lowAt): a table that is never cleared for a new
// text (when only some voices are wanted, the rules of a long text ask for a few
// thousand of its words, and clearing a table by token cost more than all the lowering),
// and that holds the lowered table's strings, never the bytes of a text.
func (s *segmenter) lowerWord(k int) string {
	if s.lowGen == 0 {
		return s.lowerWordOnce(k) // before any text: no table yet
	}
	if k < len(s.lowAt) {
		switch s.lowAt[k] {
		case s.lowGen:
			return s.word(k)
		case s.lowGen + 1:
			return s.low[k]
		}
	}
	l := s.lowerWordOnce(k)
	if k >= len(s.lowAt) {
		if len(s.toks) <= k {
			return l
		}
		n := max(len(s.toks), 2*len(s.lowAt))
		s.lowAt = slices.Grow(s.lowAt[:0], n)[:n]
		clear(s.lowAt)
		s.low = slices.Grow(s.low[:0], n)[:n]
	}
	if l == s.word(k) {
		s.lowAt[k] = s.lowGen // the word itself, lower case already
	} else {
		s.lowAt[k], s.low[k] = s.lowGen+1, l
	}
	return l
}

// nextLowGen starts lowerWord's table by token afresh (see segmenter.lowAt).
func (s *segmenter) nextLowGen() {
	if s.lowGen += 2; s.lowGen < 2 {
		clear(s.lowAt) // wrapped: no token of an earlier text may pass for one of this
		s.lowGen = 2
	}
}

// lowerWordOnce is lowerWord without the table by token.
func (s *segmenter) lowerWordOnce(k int) string {
	w := s.word(k)
	upper := false
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf {
			return s.lowerOther(w)
		} else if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return w
	}
	if len(w) > 64 {
		return strings.ToLower(w)
	}
	// A capitalized word ("The", "Ruiz") is lowered on the stack and looked up.
	var buf [64]byte
	b := buf[:len(w)]
	lowerASCII(b, w)
	if l, ok := s.lowered[string(b)]; ok {
		return l
	}
	if s.lowered == nil || len(s.lowered) >= maxLowered {
		s.lowered = make(map[string]string)
	}
	w = string(b)
	s.lowered[w] = w
	return w
}

// lowerOther is lowerWord for a word with a byte beyond ASCII, which s.lowered keeps by the
// word itself (no key of a capitalized ASCII word, all in lower-case ASCII, equals it).
func (s *segmenter) lowerOther(w string) string {
	if l, ok := s.lowered[w]; ok {
		return l
	}
	if s.lowered == nil || len(s.lowered) >= maxLowered {
		s.lowered = make(map[string]string)
	}
	l := strings.ToLower(w)
	s.lowered[strings.Clone(w)] = l
	return l
}

// maxLowered bounds segmenter.lowered: past it, the table starts again empty.
const maxLowered = 1 << 13

// lowerIn returns m[strings.ToLower(w)], lowering an ASCII word of up to 32 bytes on the
// stack rather than in a new string: the rules look many words up in lower case.
func lowerIn[V any](m map[string]V, w string) V {
	var buf [32]byte
	return m[string(lowerInto(&buf, w))]
}

// appendLower appends w in lower case to dst, as strings.ToLower lowers it.
func appendLower(dst []byte, w string) []byte {
	if !isASCII(w) {
		return append(dst, strings.ToLower(w)...)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// isLower reports whether w is its own lower case (strings.ToLower(w) == w).
func isLower(w string) bool {
	if isASCII(w) {
		return !hasUpperASCII(w)
	}
	return strings.ToLower(w) == w
}

// isUpper reports whether w is its own upper case (strings.ToUpper(w) == w).
func isUpper(w string) bool {
	if isASCII(w) {
		for i := 0; i < len(w); i++ {
			if 'a' <= w[i] && w[i] <= 'z' {
				return false
			}
		}
		return true
	}
	return strings.ToUpper(w) == w
}

// hasUpperASCII reports whether w holds a letter from A to Z.
func hasUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// isASCII reports whether w is all ASCII bytes.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

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
	if k >= len(s.toks) {
		return len(s.toks) // no token there (a text of marks and colons)
	}
	sent := s.toks[k].sentence
	for k < len(s.toks) && s.toks[k].sentence == sent {
		k++
	}
	return k
}

// hasFlag reports whether a token of [from, to) has one of flags.
func (s *segmenter) hasFlag(from, to int, flags Class) bool {
	for k := from; k < to; k++ {
		if s.toks[k].flags&flags != 0 {
			return true
		}
	}
	return false
}

// trimRightSpace returns hi moved back over the white space that ends text[lo:hi].
func trimRightSpace(text string, lo, hi int) int {
	for hi > lo {
		r, sz := utf8.DecodeLastRuneInString(text[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		hi -= sz
	}
	return hi
}

// trimSpan returns text[lo:hi] without its leading spaces and commas and its trailing
// spaces.
func trimSpan(text string, lo, hi int) (int, int) {
	for lo < hi {
		r, sz := utf8.DecodeRuneInString(text[lo:])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		lo += sz
	}
	return lo, trimRightSpace(text, lo, hi)
}

// markHeadings marks the words of headings written in capitals ("DRY TOWNS OUTNUMBER
// WET"): a run of two or more upper-case words of three letters or more in one sentence;
// and finds the sentences written in title case, whose capitalized verbs are verbs.
func (s *segmenter) markHeadings() {
	if s.headings {
		return // once per text
	}
	s.headings = true
	for _, start := range s.paras {
		// The datelines that open paragraphs: their words name no one.
		k := s.tokAt(start)
		if k >= len(s.toks) || s.toks[k].start != start {
			continue
		}
		for e := s.afterDateline(k, min(len(s.toks), k+9)); k < e; k++ {
			s.toks[k].dateline = true
		}
	}
	upper := func(k int) bool {
		if !s.toks[k].cap {
			return false
		}
		w := s.word(k)
		if len(w) < 3 || 'a' <= w[1] && w[1] <= 'z' {
			return false // the common case, decided without decoding
		}
		letters := 0
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		return letters >= 2
	}
	// The tokens come with heading unset (see Segment, Add), and this runs once per text:
	// sentence by sentence, the headings in capitals, then whether it is in title case.
	s.titleCase = s.titleCase[:0]
	for k := 0; k < len(s.toks); {
		sent := s.toks[k].sentence
		// Title case: most words of four letters or more capitalized, common words among
		// them ("Varga Says Voss Will Lose"), not only names ("Bill Varga and Hillary
		// Varga spoke").
		long, caps, common, commonCaps := 0, 0, 0, 0
		j := k
		for ; j < len(s.toks) && s.toks[j].sentence == sent; j++ {
			t := &s.toks[j]
			if t.end-t.start >= 4 {
				long++
				if t.cap {
					caps++
				}
			}
			if !t.cap || !upper(j) {
				continue
			}
			e := j
			for e+1 < len(s.toks) && s.toks[e+1].sentence == sent && (upper(e+1) || !s.toks[e+1].cap && len(s.word(e+1)) <= 3 && e+2 < len(s.toks) && upper(e+2)) {
				e++
			}
			// A heading: three words in capitals or more, or two opening a sentence ("IOWA
			// POLLS …"); two inside a sentence are a name ("told USA TODAY's …").
			if e-j >= 2 || e > j && (j == 0 || s.toks[j-1].sentence != sent) {
				for m := j; m <= e; m++ {
					s.toks[m].heading = true
				}
			}
			// The words of the run are counted as the loop would, and the run is not read again.
			for m := j + 1; m <= e; m++ {
				if u := &s.toks[m]; u.end-u.start >= 4 {
					long++
					if u.cap {
						caps++
					}
				}
			}
			j = e
		}
		title := long >= 3 && 4*caps >= 3*long
		if title {
			// The common words, looked up only where most long words are capitalized.
			for m := k; m < j; m++ {
				if t := &s.toks[m]; t.end-t.start >= 4 {
					// Days and months are capitalized in any sentence: no sign of title case;
					// nor is the capital of the sentence's first word, where a long word
					// in lower case shows the sentence's own case ("Several officials met
					// Mayor Ana Ruiz." is no headline; "Remembering Nelson Mandela" is one).
					if known := t.flags&^(ClassTitle|ClassRole|ClassOrg) != 0 && !s.alwaysCapitalizedAt(m); known {
						common++
						if t.cap && (m > k || caps == long) {
							commonCaps++
						}
					}
				}
			}
		}
		for len(s.titleCase) <= int(sent) {
			s.titleCase = append(s.titleCase, false)
		}
		s.titleCase[sent] = title && commonCaps >= 1 && 2*commonCaps >= common
		k = j
	}
	s.modalSurnames()
}

// inTitleCase reports whether token k's sentence is written in title case (a headline).
func (s *segmenter) inTitleCase(k int) bool {
	n := s.toks[k].sentence
	return int(n) < len(s.titleCase) && s.titleCase[n]
}

// alwaysCapitalized reports whether an English word is written capitalized in any
// sentence: the days of the week and the months.
func alwaysCapitalized(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return englishWords[w]&ClassMonth != 0
}

// englishWords is English's word classes, for alwaysCapitalized.
var englishWords = langs["english"].words

// alwaysCapEnds holds, by the first letter of each word alwaysCapitalized accepts (a-z), a
// bit for its last letter, so that most words are turned down without being lowercased
// and looked up; all 26 bits when a listed word does not begin and end with an ASCII
// letter (then the filter lets everything through).
var alwaysCapEnds = func() (m [26]uint32) {
	add := func(w string) {
		a, z := lowerLetter(w[0]), lowerLetter(w[len(w)-1])
		if a == 0 || z == 0 {
			for i := range m {
				m[i] = 1<<26 - 1
			}
			return
		}
		m[a-'a'] |= 1 << (z - 'a')
	}
	for _, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		add(w)
	}
	for w, c := range englishWords {
		if c&ClassMonth != 0 && w != "" {
			add(w)
		}
	}
	return m
}()

// lowerByte returns an ASCII upper-case letter c in lower case, and any other byte as it
// is.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lowerLetter returns the lower-case form of an ASCII letter c, or 0 if c is no ASCII
// letter.
func lowerLetter(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	if 'a' <= c && c <= 'z' {
		return c
	}
	return 0
}

// alwaysCapitalizedAt is alwaysCapitalized(s.lowerWord(k)), lowercasing an ASCII word in
// s.buf rather than in a new string.
func (s *segmenter) alwaysCapitalizedAt(k int) bool {
	w := s.word(k)
	if w == "" {
		return alwaysCapitalized(w)
	}
	// A word that begins and ends with ASCII letters lowercases to one that begins and
	// ends with their lower-case forms, whatever lies between.
	if a, z := lowerLetter(w[0]), lowerLetter(w[len(w)-1]); a != 0 && z != 0 && alwaysCapEnds[a-'a']&(1<<(z-'a')) == 0 {
		return false
	}
	if len(w) > len(s.buf) {
		return alwaysCapitalized(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return alwaysCapitalized(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		s.buf[i] = c
	}
	lower := s.buf[:len(w)]
	switch string(lower) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return englishWords[string(lower)]&ClassMonth != 0
}
