package framing

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/internal/scan"
	"github.com/framediff/framediff/framing/voices"
)

// A QuotedTerm is an expression a set of documents puts in quotation marks in one voice:
// the scare quotes of a side ("so-called “free press”") or the names and titles it quotes.
type QuotedTerm struct {
	Expr      string `json:"expr"`      // the words, lowercased, spaces made single, end punctuation left out
	Count     int    `json:"count"`     // occurrences
	Documents int    `json:"documents"` // documents with one or more
	// Terms are the analyzer's terms of the words (stemmed, stop words left out), for
	// setting the expression beside a keyness list.
	Terms    []string `json:"terms"`
	Evidence []Line   `json:"evidence"` // every occurrence, in document order
}

// QuotedTerms lists the expressions that docs put in quotation marks in voice v (VoiceScare
// for scare quotes, VoiceTitle for quoted names and titles, VoiceQuote for quotations),
// most frequent first, ties by expression. VoiceQuote lists too the word or two a document
// quotes inside a clause of indirect speech ("Ruiz said Marek had “lied” to voters"):
// those are counted with the indirect speech, in the own voice, and their spans are
// Reported with [voices.Span.Marked] set; their evidence lines say reported. A
// scare-quoted term is a framing signal in itself: run it on each side of a comparison to
// see which words each side holds at a distance. width is the runes of context in the
// evidence lines (0 means 40; a negative width is an error wrapping [ErrOption]).
func (an *Analyzer) QuotedTerms(docs []corpus.Document, v Voice, width int) ([]QuotedTerm, error) {
	if int(v) >= voices.NumVoices || v == VoiceNarrative || v == VoiceReported {
		return nil, errorf(ErrOption, "voice %v has no quotation marks: want quote, scare or title", v)
	}
	r, err := an.VoiceReport(docs, &VoiceReportOptions{NoStats: true, NoStance: true, Quoted: v, Width: width})
	if err != nil {
		return nil, err
	}
	return r.Quoted, nil
}

// quotedAcc gathers QuotedTerms a document at a time.
type quotedAcc struct {
	v       Voice
	width   int
	byExpr  map[string]*QuotedTerm
	lastDoc map[string]int
}

func newQuotedAcc(v Voice, width int) *quotedAcc {
	if width <= 0 {
		width = 40
	}
	return &quotedAcc{v: v, width: width, byExpr: map[string]*QuotedTerm{}, lastDoc: map[string]int{}}
}

// add counts the quoted expressions of d, the i-th document.
func (a *quotedAcc) add(i int, d *corpus.Document, toks []Token, spans []Span) {
	for _, s := range spans {
		if s.Voice != a.v && !(a.v == VoiceQuote && s.Marked) {
			continue
		}
		expr := normalizeExpr(d.Text[s.Start:s.End])
		if expr == "" {
			continue
		}
		q := a.byExpr[expr]
		if q == nil {
			q = &QuotedTerm{Expr: expr, Terms: []string{}}
			for _, t := range toks {
				if t.Start >= s.Start && t.End <= s.End && t.Counted() {
					q.Terms = append(q.Terms, t.Term)
				}
			}
			a.byExpr[expr] = q
		}
		q.Count++
		if a.lastDoc[expr] != i+1 {
			a.lastDoc[expr] = i + 1
			q.Documents++
		}
		q.Evidence = append(q.Evidence, lineAt(d, s.Start, s.End, a.width, s.Voice, s.Speaker))
	}
}

func (a *quotedAcc) finish() []QuotedTerm {
	out := make([]QuotedTerm, 0, len(a.byExpr))
	for _, q := range a.byExpr {
		out = append(out, *q)
	}
	slices.SortFunc(out, func(a, b QuotedTerm) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Expr, b.Expr))
	})
	return out
}

// normalizeExpr lowercases an expression, makes its spaces single and leaves out the
// punctuation at its ends.
func normalizeExpr(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimFunc(s, func(r rune) bool { return strings.ContainsRune(".,;:!?…—–-()[]", r) || r == ' ' })
}

// lineAt is the evidence line of text[start:end] of d.
func lineAt(d *corpus.Document, start, end, width int, v Voice, speaker string) Line {
	return Line{DocID: d.ID, Start: start, End: end, Left: context(d.Text[:start], width, true), Match: d.Text[start:end],
		Right: context(d.Text[end:], width, false), Voice: v, Speaker: speaker}
}

// StanceOptions tunes [Analyzer.Stance]. The zero value is the documented default.
type StanceOptions struct {
	// Lexicon holds the evaluative words looked for around a source; nil means
	// StanceLexicon().
	Lexicon *Lexicon
	// Window is the sentences on each side of an attribution whose evaluative words count
	// for its source (0 means the default, 1).
	Window int
	// RebuttalWindow is the sentences after a quotation searched for its rebuttal (0 means
	// the default, 6).
	RebuttalWindow int
	// Width is the runes of context in evidence lines (0 means the default, 40). A negative
	// Window, RebuttalWindow or Width is an error (ErrOption).
	Width int
}

// SourceStance is how a set of documents introduces and treats one source: a speaker it
// quotes or reports.
type SourceStance struct {
	Speaker   string `json:"speaker"`   // the canonical name (see Span)
	Documents int    `json:"documents"` // documents that quote or report it
	// Quotations counts its statements ([Statements]) with a direct quotation, Statements
	// those of indirect speech only: a statement cut into pieces by quotation marks, or
	// quoted again later, counts once. A word or two quoted inside a clause of indirect
	// speech ([voices.Span.Marked]: "Ruiz said Marek had “lied” to voters") are part of
	// it: they do not make their statement count in Quotations.
	Quotations int `json:"quotations"`
	Statements int `json:"statements"`
	// Verbs are the reporting verbs that introduce it, one per statement, most used
	// first: "said" and "claimed" treat a source differently.
	Verbs []Count `json:"verbs"`
	// Labels are the descriptions the documents give it (counted once per document):
	// appositives ("the Global Times, a
	// nationalist tabloid"), words before its name ("the state-run Global Times"), and the
	// group it is cited as an example of ("the Western media. … For example, the Associated
	// Press reported").
	Labels []Count `json:"labels"`
	// Evaluation counts the evaluative words (of StanceOptions.Lexicon) in the outlet's own
	// voice around the source: the sentences around each attribution, and the sentences
	// that name the source or its group. Lowercased as written.
	Evaluation []Count `json:"evaluation"`
	// EvaluationEvidence has a line for every evaluative word counted.
	EvaluationEvidence []Line `json:"evaluation_evidence"`
	// Rebuttals are the source's quotations that the text goes on to deny.
	Rebuttals []Rebuttal `json:"rebuttals"`
}

// A Rebuttal is a quotation whose words come back, within a few sentences, in a sentence
// of the outlet's own that negates or contradicts them.
type Rebuttal struct {
	Quote  Line     `json:"quote"`  // the quotation
	Denial Line     `json:"denial"` // the denying sentence; Match is the whole sentence
	Cue    string   `json:"cue"`    // the negation or contradiction cue ("not", "contrary to")
	Shared []string `json:"shared"` // the terms of the quotation that come back
}

var (
	stanceOnce sync.Once
	stanceLex  *Lexicon
)

// StanceLexicon returns the evaluative words Stance looks for by default: the pejorative,
// laudatory, loaded-action and assertive categories of EvaluativeLexicon and the
// delegitimizing category of FramesLexicon.
func StanceLexicon() *Lexicon {
	stanceOnce.Do(func() {
		ev, fr := EvaluativeLexicon(), FramesLexicon()
		l := &Lexicon{name: "stance"}
		index := map[string]int{}
		for _, src := range []struct {
			lex  *Lexicon
			cats []string
		}{{ev, []string{"pejorative", "laudatory", "loaded-action", "assertive"}}, {fr, []string{"delegitimizing"}}} {
			for _, c := range src.cats {
				ci := slices.Index(src.lex.categories, c)
				if ci < 0 {
					panic("framing: the shipped lexicons lack category " + c)
				}
				l.categories = append(l.categories, c)
				for _, e := range src.lex.entries {
					if slices.Contains(e.cats, ci) {
						text := e.text
						if e.stem {
							text = "~" + text
						}
						if err := l.add(text, len(l.categories)-1, e.lang, index); err != nil {
							panic("framing: " + err.Error())
						}
					}
				}
			}
		}
		l.index()
		stanceLex = l
	})
	return stanceLex
}

// contradiction cues that are phrases (single-word negations are the segmenter's wNeg
// words: not, nor, never, no, contrary, false, groundless, ...).
var contradictionCues = []string{"should be clarified", "contrary to", "far from", "in fact", "on the contrary", "is not true",
	"nothing more than", "no basis", "has nothing to do"}

// Stance reports, for each source that docs quote or report, how they introduce and treat
// it: reporting verbs, labels, the evaluative words around it, and the quotations they go
// on to rebut (see SourceStance). Sources come most quoted first, ties by name.
//
// A rebuttal is found when a sentence of the outlet's own voice within RebuttalWindow
// sentences after a quotation carries a negation or contradiction cue ("not", "nor", "it
// should be clarified", "contrary to") and either quotes the quotation's words again or
// shares three or more of its terms (and a third of them at least). The outlet's own
// voice: not the quotation's own sentence, no sentence that attributes words to a source
// (", Xi said", "Engineers said the dam is not safe"), and the cue outside quotations and
// reported words; a sentence of sourceless attribution ("it must be stressed that …") is
// the outlet's. A sentence with a condition contrary to fact ("were it not for"; "if not
// for" beside "would" or "could") is no denial: its negation affirms. The attribution and the denial are given as evidence
// lines, so that every reported rebuttal can be checked.
func (an *Analyzer) Stance(docs []corpus.Document, opts *StanceOptions) ([]SourceStance, error) {
	r, err := an.VoiceReport(docs, &VoiceReportOptions{NoStats: true, NoQuoted: true, Stance: opts})
	if err != nil {
		return nil, err
	}
	return r.Sources, nil
}

// stanceAcc gathers Stance a document at a time.
type stanceAcc struct {
	o        StanceOptions
	m        lexMatcher
	reach    int // the most words of an entry of o.Lexicon, once known
	bySource map[string]*stanceOfSource
}

type stanceOfSource struct {
	SourceStance
	verbs, labels, eval map[string]int
	lastDoc             int
}

func newStanceAcc(opts *StanceOptions) *stanceAcc {
	var o StanceOptions
	if opts != nil {
		o = *opts
	}
	if o.Lexicon == nil {
		o.Lexicon = StanceLexicon()
	}
	if o.Window <= 0 {
		o.Window = 1
	}
	if o.RebuttalWindow <= 0 {
		o.RebuttalWindow = 6
	}
	if o.Width <= 0 {
		o.Width = 40
	}
	return &stanceAcc{o: o, bySource: map[string]*stanceOfSource{}}
}

// add works out the stance of d, the di-th document, toward its sources.
func (a *stanceAcc) add(di int, d *corpus.Document, toks []Token, w *worker, stmts []Statement) {
	if a.reach == 0 {
		a.reach = max(1, a.o.Lexicon.maxWords())
	}
	ds := newDocStance(d, toks, w.quotes, w.vtoks, w.vseg.Lang, w.set, a.o, &a.m, a.reach)
	for name, st := range ds.sources(stmts) {
		s := a.bySource[name]
		if s == nil {
			s = &stanceOfSource{SourceStance: SourceStance{Speaker: name, Rebuttals: []Rebuttal{}, EvaluationEvidence: []Line{}},
				verbs: map[string]int{}, labels: map[string]int{}, eval: map[string]int{}}
			a.bySource[name] = s
		}
		if s.lastDoc != di+1 {
			s.lastDoc = di + 1
			s.Documents++
		}
		s.Quotations += st.quotations
		s.Statements += st.statements
		for _, v := range st.verbs {
			s.verbs[v]++
		}
		for _, l := range st.labels {
			s.labels[l]++ // once per document (see labelsAndMentions)
		}
		for _, e := range st.eval {
			s.eval[e.word]++
			s.EvaluationEvidence = append(s.EvaluationEvidence, e.line)
		}
		s.Rebuttals = append(s.Rebuttals, st.rebuttals...)
	}
}

func (a *stanceAcc) finish() []SourceStance {
	out := make([]SourceStance, 0, len(a.bySource))
	for _, s := range a.bySource {
		s.Verbs, s.Labels, s.Evaluation = sortedCounts(s.verbs), sortedCounts(s.labels), sortedCounts(s.eval)
		out = append(out, s.SourceStance)
	}
	slices.SortFunc(out, func(a, b SourceStance) int {
		return cmp.Or(cmp.Compare(b.Quotations+b.Statements, a.Quotations+a.Statements), strings.Compare(a.Speaker, b.Speaker))
	})
	return out
}

// docStance works out the stance of one document toward its sources.
type docStance struct {
	d     *corpus.Document
	toks  []Token        // the analyzer's tokens (terms, voices)
	spans []Span         // the document's spans (voices.Quotes)
	words []voices.Token // the document's words with their classes (voices.Scan)
	inq   []bool         // whether each of words is inside quotation marks
	// others[k] is whether words[k] is in someone else's voice: inside a quotation or a
	// reported content; attributed holds the sentences that carry an attribution (a
	// source or a cue), which are not the outlet's own word either.
	others     []bool
	attributed map[int]bool
	paras      []int // where the paragraphs start (voices.Paragraphs)
	lang       *voices.Lang
	set        *settings
	o          StanceOptions
	// sentStart[n] is the index in words of the first token of sentence n.
	sentStart []int
	matches   []evalMatch // the evaluative words of the narrative
	capWords  []int       // the capitalized words outside quotations (see labelsAndMentions)
}

type evalMatch struct {
	start, end, sentence int
}

// m matches the lexicon; it keeps what it learns of each word from one document to the
// next.
// reach is the most words of an entry of o.Lexicon.
func newDocStance(d *corpus.Document, toks []Token, spans []Span, words []voices.Token, lang *voices.Lang, set *settings, o StanceOptions, m *lexMatcher, reach int) *docStance {
	words = sequential(d.Text, words)
	ds := &docStance{d: d, toks: toks, spans: spans, words: words, lang: lang, set: set, o: o, paras: voices.Paragraphs(d.Text)}
	ds.inq = make([]bool, len(words))
	k := 0
	for _, sp := range spans {
		if sp.Voice == VoiceReported {
			continue
		}
		for k < len(words) && words[k].Start < sp.Start {
			k++
		}
		for ; k < len(words) && words[k].Start < sp.End; k++ {
			ds.inq[k] = true
		}
	}
	ds.others = slices.Clone(ds.inq)
	ds.attributed = map[int]bool{}
	for _, sp := range spans {
		if sp.SourceEnd <= sp.SourceStart {
			continue // no source: "it must be stressed that …" is the outlet's own word
		}
		if sp.Voice == VoiceReported {
			for k := ds.tokAt(sp.Start); k < len(words) && words[k].Start < sp.End; k++ {
				ds.others[k] = true
			}
		}
		for _, pos := range []int{sp.SourceStart, sp.CueStart} {
			if k := ds.tokAt(pos); k < len(words) && (pos > 0 || pos == sp.SourceStart) {
				ds.attributed[words[k].Sentence] = true
			}
		}
	}
	n := 0
	if len(words) > 0 {
		n = words[len(words)-1].Sentence + 1
	}
	ds.sentStart = make([]int, n+1)
	for i := range ds.sentStart {
		ds.sentStart[i] = -1
	}
	for k := len(words) - 1; k >= 0; k-- {
		ds.sentStart[words[k].Sentence] = k
	}
	ds.sentStart[n] = len(words)
	for i := n - 1; i >= 0; i-- {
		if ds.sentStart[i] < 0 {
			ds.sentStart[i] = ds.sentStart[i+1]
		}
	}
	// Only the matches that start in the narrative count: the words they cannot reach are
	// left out of the matching.
	m.prepareNear(set, d.Text, toks, VoiceNarrative, reach-1)
	m.match(o.Lexicon, func(cat, start, end int, voice Voice) {
		if voice == VoiceNarrative {
			ds.matches = append(ds.matches, evalMatch{start, end, ds.sentenceOf(start)})
		}
	})
	// A word in two categories is one evaluative word.
	slices.SortFunc(ds.matches, func(a, b evalMatch) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end)) })
	ds.matches = slices.Compact(ds.matches)
	return ds
}

// sequential returns the segmenter's words of text, words, with sentence and clause
// numbers that grow through the text, as docStance reads them (sentStart is indexed by
// sentence): a text longer than maxWindow is segmented a window at a time (see
// segmentAll), and each window numbers its sentences and clauses from 0. The words of a
// shorter text are returned as they are; a longer text's are a copy.
func sequential(text string, words []voices.Token) []voices.Token {
	if len(text) <= maxWindow || len(words) == 0 {
		return words
	}
	out := slices.Clone(words)
	sent, clause, k := 0, 0, 0 // added to the window's numbers; the window's first word
	for from := 0; from < len(text) && k < len(out); {
		to := windowEnd(text, from)
		first := k
		for ; k < len(out) && out[k].Start < to; k++ {
			out[k].Sentence += sent
			out[k].Clause += clause
		}
		if k > first {
			sent, clause = out[k-1].Sentence+1, out[k-1].Clause+1
		}
		from = to
	}
	return out
}

// tokAt returns the index of the first word that starts at or after pos.
func (ds *docStance) tokAt(pos int) int {
	k, _ := slices.BinarySearchFunc(ds.words, pos, func(t voices.Token, p int) int { return cmp.Compare(t.Start, p) })
	return k
}

// para returns the paragraph of byte pos.
func (ds *docStance) para(pos int) int {
	i, ok := slices.BinarySearch(ds.paras, pos)
	if ok {
		return i
	}
	return i - 1
}

func (ds *docStance) word(k int) string { return ds.d.Text[ds.words[k].Start:ds.words[k].End] }

// span returns the text of words [from, to), runs of space made one.
func (ds *docStance) span(from, to int) string {
	return strings.Join(strings.Fields(ds.d.Text[ds.words[from].Start:ds.words[to-1].End]), " ")
}

// sentenceOf returns the sentence of byte pos (of the token at or after it).
func (ds *docStance) sentenceOf(pos int) int {
	k := ds.tokAt(pos)
	if k >= len(ds.words) {
		k = len(ds.words) - 1
	}
	if k < 0 {
		return 0
	}
	return ds.words[k].Sentence
}

// sentenceSpan returns the byte span of sentence n, its closing punctuation included.
func (ds *docStance) sentenceSpan(n int) (int, int) {
	a, b := ds.sentStart[n], ds.sentStart[n+1]
	if a >= b {
		return 0, 0
	}
	end := ds.words[b-1].End
	for end < len(ds.d.Text) {
		r, size := utf8.DecodeRuneInString(ds.d.Text[end:])
		if !strings.ContainsRune(".!?…\"”’»", r) {
			break
		}
		end += size
	}
	return ds.words[a].Start, end
}

type sourceInDoc struct {
	quotations, statements int
	verbs, labels          []string
	eval                   []evalWord
	rebuttals              []Rebuttal
	attributions           []int        // the sentences of its attributions
	sentences              map[int]bool // the sentences whose evaluative words count
}

type evalWord struct {
	word string
	line Line
}

// sources gathers what the document does with each of its sources.
// stmts are the document's statements (Statements(ds.spans)).
func (ds *docStance) sources(stmts []Statement) map[string]*sourceInDoc {
	out := map[string]*sourceInDoc{}
	get := func(sp Span) *sourceInDoc {
		name := sp.Canonical
		if name == "" {
			name = sp.Speaker
		}
		if name == "" {
			return nil
		}
		s := out[name]
		if s == nil {
			s = &sourceInDoc{sentences: map[int]bool{}}
			out[name] = s
		}
		return s
	}
	nsent := len(ds.sentStart) - 1
	around := func(s *sourceInDoc, pos int) {
		c := ds.sentenceOf(pos)
		s.attributions = append(s.attributions, c)
		p := ds.para(pos)
		for n := max(0, c-ds.o.Window); n <= min(nsent-1, c+ds.o.Window); n++ {
			if a, b := ds.sentenceSpan(n); b > a && ds.para(a) == p {
				s.sentences[n] = true
			}
		}
	}
	// where returns where the source of span sp stands, or the span itself.
	where := func(sp Span) int {
		if sp.SourceEnd > sp.SourceStart {
			return sp.SourceStart
		}
		return sp.Start
	}
	// Counts and verbs a statement at a time (see Statements); the sentences around
	// every piece but a repetition.
	for _, st := range stmts {
		s := get(Span{Speaker: st.Speaker, Canonical: st.Canonical})
		if s == nil {
			continue
		}
		if st.Voice == VoiceQuote {
			s.quotations++
		} else {
			s.statements++
		}
		if st.Verb != "" {
			s.verbs = append(s.verbs, st.Verb)
		}
		for _, i := range st.Spans {
			if sp := ds.spans[i]; sp.Echo == 0 {
				around(s, where(sp))
			}
		}
	}
	for i, q := range ds.spans {
		if q.Voice != VoiceQuote {
			continue
		}
		if s := get(q); s != nil {
			ds.rebuttal(s, i)
		}
	}
	for name, s := range out {
		ds.labelsAndMentions(name, s)
		ds.evaluate(s)
	}
	return out
}

// groupNouns are nouns for the groups a source may be cited as an example of.
var groupNouns = map[string]bool{"media": true, "outlets": true, "press": true, "newspapers": true, "reporters": true,
	"journalists": true, "critics": true, "observers": true, "analysts": true, "officials": true, "politicians": true,
	"governments": true, "countries": true, "experts": true, "pundits": true, "commentators": true, "activists": true,
	"agencies": true, "networks": true, "tabloids": true}

// exampleCues open a sentence that cites its source as an example of a group named before.
var exampleCues = []string{"for example", "for instance", "take", "one example", "a case in point", "such as"}

// labelsAndMentions finds the labels of the source called name, and the sentences that
// name it or its group.
func (ds *docStance) labelsAndMentions(name string, s *sourceInDoc) {
	last := name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		last = name[i+1:]
	}
	if scan.IsCapitalized(last) {
		if ds.capWords == nil {
			// The capitalized words outside quotations, once a document: only they can be
			// a capitalized last word.
			ds.capWords = make([]int, 0, len(ds.words)/4)
			for k := range ds.words {
				if !ds.inq[k] && scan.IsCapitalized(ds.word(k)) {
					ds.capWords = append(ds.capWords, k)
				}
			}
		}
		for _, k := range ds.capWords {
			t := ds.words[k]
			if ds.word(k) != last {
				continue
			}
			s.sentences[t.Sentence] = true
			// The name's first word, and what stands before it: "the state-run Global Times".
			first := k
			for first > 0 && ds.words[first-1].Clause == t.Clause && !ds.inq[first-1] && ds.words[first-1].Sentence == t.Sentence &&
				(ds.words[first-1].Cap && ds.words[first-1].Class&(voices.ClassDet|voices.ClassPrep|voices.ClassConj) == 0 ||
					nameParticles[ds.word(first-1)]) { // "de" in "Bill de Blasio"
				first--
			}
			// Words before it, after a determiner, that describe it: not a particle of the
			// name ("the de Blasio administration"), not a function word or an adverb.
			m := first
			for m > 0 && first-m < 3 && !ds.words[m-1].Cap && ds.words[m-1].Clause == t.Clause && !nameParticles[ds.word(m-1)] &&
				ds.words[m-1].Class&(voices.ClassDet|voices.ClassPrep|voices.ClassConj|voices.ClassVerb|voices.ClassAux|voices.ClassThat|voices.ClassWho|voices.ClassSubject|voices.ClassFunc|voices.ClassTime|voices.ClassMonth|voices.ClassPast) == 0 {
				m--
			}
			if m < first && m > 0 && ds.words[m-1].Class&voices.ClassDet != 0 && describesName(ds.words[first-1].Class, strings.ToLower(ds.word(first-1))) &&
				!ds.modifiesNoun(k) {
				s.labels = append(s.labels, strings.ToLower(ds.span(m, first)))
			}
			// An appositive: "the Global Times, a nationalist tabloid published by …,".
			if a := k + 1; a < len(ds.words) && ds.words[a].Clause != t.Clause && ds.words[a].Sentence == t.Sentence &&
				ds.words[a].Class&voices.ClassDet != 0 && !ds.inq[a] {
				e := a + 1
				// A description has no verb and no relative clause ("Oren, the talks are going
				// well" and "Oren, some of whom …" are none), and at most 8 words.
				for e < len(ds.words) && ds.words[e].Clause == ds.words[a].Clause && e-a < 8 &&
					ds.words[e].Class&(voices.ClassVerb|voices.ClassThat|voices.ClassAux|voices.ClassPast|voices.ClassSubject|voices.ClassThink|voices.ClassWho) == 0 {
					e++
				}
				if e-a >= 2 && (e >= len(ds.words) || ds.words[e].Clause != ds.words[a].Clause) && !notDescription[strings.ToLower(ds.word(a+1))] && !notDescription[strings.ToLower(ds.word(a))] {
					s.labels = append(s.labels, ds.span(a, e))
				}
			}
		}
	}
	defer func() { // each label once per document
		slices.Sort(s.labels)
		s.labels = slices.Compact(s.labels)
	}()
	// The group a source is an example of, named in the two sentences before an attribution
	// that opens with "For example".
	for _, c := range s.attributions {
		a, b := ds.sentenceSpan(c)
		if b <= a || !hasPrefixFold(ds.d.Text[a:b], exampleCues) {
			continue
		}
		for n := c - 1; n >= max(0, c-2); n-- {
			if label := ds.groupIn(n); label != "" {
				s.labels = append(s.labels, label)
				ds.markMentions(s, label)
				break
			}
		}
	}
}

// modifiesNoun reports whether the name ending at word k modifies the noun after it ("the
// movable Oren court", "a white Oren flag"), so that the words before the name describe
// that noun, not the name. The noun: a lower-case word of the same clause, outside
// quotations, with no word class (no verb, function word, preposition, time word …), not
// an -s or -ed form nor an -ly adverb, which may be the name's own verb or adverb ("the
// hawkish Oren wants peace", "the hawkish Oren urged calm", "the hawkish Oren quickly
// agreed"); or an organization's word ("the popular Oren campaign", "the movable Oren
// court"). For an organization named with its kind ("the state-run Soloria Daily
// newspaper") the label is lost there, and found where the name stands alone.
func (ds *docStance) modifiesNoun(k int) bool {
	n := k + 1
	if n >= len(ds.words) || ds.inq[n] || ds.words[n].Cap || ds.words[n].Clause != ds.words[k].Clause ||
		ds.words[n].Sentence != ds.words[k].Sentence {
		return false
	}
	if ds.words[n].Class == voices.ClassOrg {
		return true // "the Oren campaign", "the Oren court"
	}
	if ds.words[n].Class != 0 {
		return false
	}
	w := strings.ToLower(ds.word(n))
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || verbAfterName[w] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// verbAfterName are past forms without a word class in the segmenter's tables, and
// "alone", which follow a name as its verb or its own word, not as a noun it modifies
// ("the hawkish Oren flew to the coast", "the hawkish Oren alone voted no").
var verbAfterName = map[string]bool{"alone": true, "flew": true, "shook": true, "fled": true, "sank": true, "swam": true,
	"drank": true, "froze": true, "lay": true, "quit": true, "rode": true, "rang": true, "slept": true, "stole": true,
	"sang": true, "sold": true, "wept": true, "withdrew": true, "oversaw": true, "dug": true, "fed": true, "bled": true,
	"bent": true, "dealt": true, "put": true, "cut": true, "set": true, "hit": true, "bet": true, "let": true}

// describesName reports whether the word right before a name (its class and lower-case
// form) can describe it: a role or an organization's word ("the agency's spokesman Oren",
// "the party newspaper Soloria Daily") or an adjective by its ending ("the state-run",
// "nationalist", "pro-government", "official" ...). Any other noun there is what the name
// modifies or names ("the new book Xi ...", "the means China ..."), no label of it.
func describesName(c voices.Class, w string) bool {
	if c&(voices.ClassRole|voices.ClassOrg|voices.ClassTitle) != 0 {
		return true
	}
	for _, suf := range adjectiveEndings {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return strings.HasPrefix(w, "pro-") || strings.HasPrefix(w, "anti-")
}

// adjectiveEndings end English adjectives (and the participles used as them) that
// describe a source: nationalist, official, hawkish, state-owned, Beijing-backed (not
// "-ed" alone: "the audience interrupted Oren" has a verb there).
var adjectiveEndings = []string{"ist", "al", "ic", "ive", "ous", "-run", "-owned", "-backed", "-based", "-led",
	"-funded", "-controlled", "ful", "ary", "ar", "ish", "ian", "ese", "ile", "ent", "ant", "able", "ible"}

// nameParticles are the lower-case words inside names ("Bill de Blasio", "Ursula von
// der Leyen"), which are no description of the name they stand in.
var nameParticles = map[string]bool{"de": true, "da": true, "di": true, "du": true, "del": true, "della": true,
	"der": true, "den": true, "van": true, "von": true, "le": true, "la": true, "bin": true, "ibn": true, "al": true,
	"el": true, "dos": true, "das": true, "ter": true}

// notDescription are words that, after the determiner of a phrase set off after a name,
// show that the phrase is about something else ("Oren's visit, the first by a minister
// since the war").
var notDescription = map[string]bool{"first": true, "second": true, "third": true, "last": true, "latest": true,
	"only": true, "same": true, "one": true, "next": true, "previous": true,
	// a part of a group: "Oren, some of them …"
	"some": true, "many": true, "most": true, "all": true, "each": true, "both": true, "none": true, "several": true, "few": true}

// hasPrefixFold reports whether s starts with one of the prefixes, ignoring case.
func hasPrefixFold(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// groupIn returns the group named in sentence n ("the Western media"), without its
// determiner, or "".
func (ds *docStance) groupIn(n int) string {
	for k := ds.sentStart[n]; k < ds.sentStart[n+1]; k++ {
		if ds.inq[k] || !groupNouns[strings.ToLower(ds.word(k))] {
			continue
		}
		m := k
		for m > ds.sentStart[n] && ds.words[m-1].Clause == ds.words[k].Clause && m-1 >= k-3 &&
			ds.words[m-1].Class&(voices.ClassDet|voices.ClassPrep|voices.ClassConj|voices.ClassVerb|voices.ClassAux|voices.ClassThat|voices.ClassWho|voices.ClassSubject) == 0 {
			m--
		}
		if m > ds.sentStart[n] && ds.words[m-1].Class&voices.ClassDet != 0 && m < k {
			return ds.span(m, k+1)
		}
	}
	return ""
}

// markMentions adds the sentences that name a group to the source's.
func (ds *docStance) markMentions(s *sourceInDoc, label string) {
	words := strings.Fields(strings.ToLower(label))
	for k := 0; k+len(words) <= len(ds.words); k++ {
		ok := true
		for i, w := range words {
			if strings.ToLower(ds.word(k+i)) != w || ds.inq[k+i] {
				ok = false
				break
			}
		}
		if ok {
			s.sentences[ds.words[k].Sentence] = true
		}
	}
}

// evaluate collects the evaluative words of the source's sentences.
func (ds *docStance) evaluate(s *sourceInDoc) {
	for _, m := range ds.matches {
		if k := ds.tokAt(m.start); k < len(ds.words) && ds.words[k].Class&voices.ClassVerb != 0 && ds.words[k].End >= m.end {
			continue // a reporting verb: counted in Verbs
		}
		if s.sentences[m.sentence] {
			word := strings.ToLower(ds.d.Text[m.start:m.end])
			s.eval = append(s.eval, evalWord{word, lineAt(ds.d, m.start, m.end, ds.o.Width, VoiceNarrative, "")})
		}
	}
}

// toksIn returns the analyzer's tokens that start in [a, b).
func (ds *docStance) toksIn(a, b int) []Token {
	at := func(pos int) int {
		k, _ := slices.BinarySearchFunc(ds.toks, pos, func(t Token, p int) int { return cmp.Compare(t.Start, p) })
		return k
	}
	lo := at(a)
	return ds.toks[lo:max(lo, at(b))]
}

// rebuttal looks for the denial of quotation i in the sentences after it.
func (ds *docStance) rebuttal(s *sourceInDoc, i int) {
	q := &ds.spans[i]
	// The quotation's terms.
	terms := map[string]bool{}
	for _, t := range ds.toksIn(q.Start, q.End) {
		if t.End <= q.End && t.Counted() {
			terms[t.Term] = true
		}
	}
	first := ds.sentenceOf(q.End)
	if q.Echo > 0 {
		first = ds.sentenceOf(q.Start) // the repeated quotation is in the denial
	}
	nsent := len(ds.sentStart) - 1
	for n := first; n < min(nsent, first+ds.o.RebuttalWindow+1); n++ {
		a, b := ds.sentenceSpan(n)
		if b <= a {
			continue
		}
		// A repetition of the quotation in this sentence, or shared terms outside it.
		echo := false
		j, _ := slices.BinarySearchFunc(ds.spans, a, func(sp Span, pos int) int { return cmp.Compare(sp.Start, pos) })
		for j = max(j, i+1); j < len(ds.spans) && ds.spans[j].Start < b; j++ {
			if ds.spans[j].Echo == i+1 && ds.spans[j].Start >= a {
				echo = true
			}
		}
		if q.Echo > 0 && q.Start >= a && q.Start < b {
			continue // a repetition is rebutted through the quotation it repeats
		}
		if q.Echo == 0 && a < q.End && b > q.Start || ds.attributed[ds.words[ds.tokAt(a)].Sentence] {
			// The quotation's own sentence, or a sentence that attributes: its negation is
			// the source's or someone else's, not the outlet's ("“…,” Xi said.").
			continue
		}
		var shared []string
		seen := map[string]bool{}
		for _, t := range ds.toksIn(a, b) {
			if !t.Counted() || !terms[t.Term] || seen[t.Term] {
				continue
			}
			if t.Start >= q.Start && t.Start < q.End {
				continue // the quotation itself
			}
			seen[t.Term] = true
			shared = append(shared, t.Term)
		}
		if !echo && (len(shared) < 3 || 3*len(shared) < len(terms)) {
			continue // a rebuttal repeats the quotation, or a third of its terms
		}
		cue := ds.cueIn(a, b)
		if cue == "" || hasCounterfactual(ds.d.Text[a:b]) {
			continue
		}
		slices.Sort(shared)
		if shared == nil {
			shared = []string{}
		}
		// The sentences around the denial speak about the source too.
		p := ds.para(a)
		for m := max(0, n-ds.o.Window); m <= min(nsent-1, n+ds.o.Window); m++ {
			if ma, mb := ds.sentenceSpan(m); mb > ma && ds.para(ma) == p {
				s.sentences[m] = true
			}
		}
		s.rebuttals = append(s.rebuttals, Rebuttal{
			Quote:  lineAt(ds.d, q.Start, q.End, ds.o.Width, q.Voice, q.Speaker),
			Denial: lineAt(ds.d, a, b, ds.o.Width, VoiceNarrative, ""),
			Cue:    cue,
			Shared: shared,
		})
		return
	}
}

// cueIn returns the first negation or contradiction cue of the outlet's own words in
// text[a:b] (outside quotations and reported contents), or "".
func (ds *docStance) cueIn(a, b int) string {
	for k := ds.tokAt(a); k < len(ds.words) && ds.words[k].Start < b; k++ {
		if !ds.others[k] && ds.words[k].Class&voices.ClassNeg != 0 {
			return strings.ToLower(ds.word(k))
		}
	}
	low := strings.ToLower(ds.d.Text[a:b])
	if len(low) != b-a {
		low = asciiLower(ds.d.Text[a:b]) // offsets into the text, whatever its letters
	}
	for _, c := range contradictionCues {
		for i := 0; ; {
			j := strings.Index(low[i:], c)
			if j < 0 {
				break
			}
			if k := ds.tokAt(a + i + j); k < len(ds.words) && !ds.others[k] {
				return c
			}
			i += j + len(c)
		}
	}
	return ""
}

// invertedCounterfactuals open a condition contrary to fact by their word order alone,
// whose negation affirms what it negates ("the talks would not have gone so far were it
// not for the will to talk" says the will was there); ifCounterfactuals do so only beside
// a conditional modal ("the talks would have failed if not for …"; not "if not for years
// then for months").
var (
	invertedCounterfactuals = []string{"were it not for", "had it not been for"}
	ifCounterfactuals       = []string{"if it were not for", "if it had not been for", "if it weren't for", "if it hadn't been for", "if not for"}
	conditionalModals       = []string{"would", "could", "might", "wouldn't", "couldn't"}
)

// hasCounterfactual reports whether the sentence s holds a condition contrary to fact
// (ignoring case): one of invertedCounterfactuals, or one of ifCounterfactuals in a
// sentence with a conditional modal as a word.
func hasCounterfactual(s string) bool {
	low := strings.ToLower(s)
	for _, c := range invertedCounterfactuals {
		if strings.Contains(low, c) {
			return true
		}
	}
	for _, c := range ifCounterfactuals {
		if strings.Contains(low, c) {
			for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
				if slices.Contains(conditionalModals, strings.ReplaceAll(w, "’", "'")) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// asciiLower lowercases the ASCII letters of s only, keeping its byte offsets.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
