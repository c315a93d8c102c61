package framing

// Multiword expressions: adjacent word sequences scored for association, and the phrase
// table an Analyzer applies (Analyzer.Phrases).
//
// Rules, in the order FindPhrases applies them:
//
//   - Words are the analyzer's tokens, normalized (case folded, NFC, apostrophes and
//     hyphens folded) but not stemmed: "human rights" and "human right" are different
//     phrases. Every word of the text searched counts, stop words and numbers included
//     (they are the N of the tables); boilerplate and words outside Analyzer.Voices do
//     not count and separate the words around them.
//   - Adjacent means in one clause (commas, semicolons, colons, brackets, dashes and
//     sentence ends separate, as the tokenizer's clauses) with only white space between
//     the two words; or a period after the first that does not end the sentence ("John F.
//     Kennedy", "St. Petersburg"); or a possessive 's between two capitalized words
//     ("National People's Congress"); or an underscore (a phrase's own term, "hong_kong").
//     Quotation marks, a possessive between other words ("China's foreign"), slashes and
//     any other character separate. The analyzer matches a listed phrase by the same rule.
//   - A candidate has 2 or 3 words; its first and last words are content words (words
//     the analyzer counts as terms: not stop words, not numbers); the middle word of a
//     trigram is a content word or a stop word ("Bank of England", "rule of law").
//   - Each candidate is scored on the contingency table of NLTK's collocation finders:
//     Dunning's G² as NLTK computes it, the λ of Blaheta & Johnson (2001) with its z as
//     quanteda's textstat_collocations computes it, and Dice's coefficient.
//   - Thresholds (PhraseOptions): count, documents, z, λ (lower for names), Dice for
//     trigrams with a stop word inside that are not names.
//   - Rules on words, from the voice segmenter's lists for the language: no title before
//     the last word ("President Xi"), no reporting verb ("told reporters"), no determiner
//     or preposition at either end ("across the country"), no conjunction inside ("Iraq
//     and Syria"); a phrase that is not a name holds no time word ("last year", by stem)
//     and no adverb or auxiliary ("even though", "first time").
//   - Overlaps, so that the table reads as the analyzer applies it (longest first, left to
//     right): a trigram that holds a bigram phrase in fewer than half of that bigram's
//     occurrences goes ("human rights abuses"), then a bigram held by a trigram phrase in
//     at least half its occurrences ("Special Administrative" in "Special Administrative
//     Region"), then a phrase whose first word is mostly a later word of another phrase
//     ("Kong residents" after "Hong Kong").
//
// Capitalization: a name is a phrase capitalized in at least half its occurrences (every
// content word starting with a capital letter, every stop word inside with a small one).
// Counting ignores case; capitalization decides only the possessive join, the lower λ a
// name needs, and the rules for names above. The analyzer matches a listed phrase
// whatever its case ("White House" and "white house" are one term).
//
// Sources: Dunning (1993), "Accurate methods for the statistics of surprise and
// coincidence", Computational Linguistics 19(1); Manning & Schütze (1999), Foundations of
// Statistical Natural Language Processing, 5.3.4; Blaheta & Johnson (2001), "Unsupervised
// learning of multi-word verbs", ACL workshop on collocations; Dice (1945), "Measures of
// the amount of ecologic association between species", Ecology 26(3); NLTK 3.8
// (nltk/metrics/association.py, nltk/collocations.py); quanteda.textstats'
// textstat_collocations. The thresholds were chosen on one half of the China Daily/New
// York Times corpus of the project's data (split by a hash of the document id) and checked
// on the other half and on the RUWA headlines.

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/internal/scan"
	"github.com/framediff/framediff/framing/voices"
)

// Defaults of [PhraseOptions].
const (
	DefaultPhraseMinCount      = 10
	DefaultPhraseMinDocs       = 3
	DefaultPhraseMinZ          = 3
	DefaultPhraseMinLambda     = 5
	DefaultPhraseMinLambdaName = 4
	DefaultPhraseMinDice       = 0.1
)

// PhraseOptions sets the thresholds of [Analyzer.FindPhrases]. The zero value uses the
// defaults. It prints and marshals to JSON, so a phrase table can carry the settings that
// made it.
type PhraseOptions struct {
	// MaxWords is the length of the longest phrase, 2 or 3; 0 means 3.
	MaxWords int `json:"max_words,omitempty"`
	// MinCount is how often a phrase must occur; 0 means DefaultPhraseMinCount.
	MinCount int `json:"min_count,omitempty"`
	// MinDocs is in how many documents a phrase must occur; 0 means DefaultPhraseMinDocs.
	MinDocs int `json:"min_docs,omitempty"`
	// MinZ is the smallest z (λ over its standard error) of a phrase; 0 means
	// DefaultPhraseMinZ.
	MinZ float64 `json:"min_z,omitempty"`
	// MinLambda is the smallest λ (the log odds ratio of the words' co-occurrence, natural
	// log) of a phrase that is not a name; 0 means DefaultPhraseMinLambda.
	MinLambda float64 `json:"min_lambda,omitempty"`
	// MinLambdaName is the smallest λ of a name (a phrase capitalized in at least half its
	// occurrences: its capitals are evidence of a unit of their own); 0 means
	// DefaultPhraseMinLambdaName.
	MinLambdaName float64 `json:"min_lambda_name,omitempty"`
	// MinDice is the smallest Dice coefficient of a trigram with a stop word inside that is
	// not a name ("rule of law", 0.26; "aid to Ukraine", 0.02); 0 means
	// DefaultPhraseMinDice.
	MinDice float64 `json:"min_dice,omitempty"`
	// All lists every candidate that occurs MinCount times in MinDocs documents, scored,
	// whatever its z and λ and whether it is a name: for looking at the scores, not for a
	// phrase table.
	All bool `json:"all,omitempty"`
}

func (o *PhraseOptions) resolved() (PhraseOptions, error) {
	var r PhraseOptions
	if o != nil {
		r = *o
	}
	switch {
	case r.MaxWords == 0:
		r.MaxWords = 3
	case r.MaxWords < 2 || r.MaxWords > 3:
		return r, errorf(ErrOption, "PhraseOptions.MaxWords = %d (want 2 or 3, or 0 for 3)", r.MaxWords)
	}
	if r.MinCount < 0 || r.MinDocs < 0 {
		return r, errorf(ErrOption, "PhraseOptions.MinCount = %d, MinDocs = %d (want ≥ 0)", r.MinCount, r.MinDocs)
	}
	for _, x := range []float64{r.MinZ, r.MinLambda, r.MinLambdaName, r.MinDice} {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return r, errorf(ErrOption, "PhraseOptions.MinZ = %v, MinLambda = %v, MinLambdaName = %v, MinDice = %v (want finite numbers)",
				r.MinZ, r.MinLambda, r.MinLambdaName, r.MinDice)
		}
	}
	r.MinCount = cmp.Or(r.MinCount, DefaultPhraseMinCount)
	r.MinDocs = cmp.Or(r.MinDocs, DefaultPhraseMinDocs)
	r.MinZ = cmp.Or(r.MinZ, DefaultPhraseMinZ)
	r.MinLambda = cmp.Or(r.MinLambda, DefaultPhraseMinLambda)
	r.MinLambdaName = cmp.Or(r.MinLambdaName, DefaultPhraseMinLambdaName)
	r.MinDice = cmp.Or(r.MinDice, DefaultPhraseMinDice)
	return r, nil
}

// A Phrase is a multiword expression found by [Analyzer.FindPhrases]: an adjacent word
// sequence, its counts and its association scores.
type Phrase struct {
	// Term is the term the phrase counts as once listed in [Analyzer.Phrases]: its words
	// joined by "_" ("hong_kong").
	Term  string   `json:"term"`
	Words []string `json:"words"` // its normalized words ("hong", "kong")
	// Forms are its surface forms, most frequent first: its words as written, joined by a
	// space, or by the period or possessive the text has between them ("George W. Bush",
	// "People's Congress").
	Forms []Form `json:"forms"`
	// Count is how often its words occur adjacent, DocFreq in how many documents. A profile
	// counted with the phrase in Analyzer.Phrases may count it less often, where a longer
	// phrase or one that starts earlier takes its words.
	Count   int `json:"count"`
	DocFreq int `json:"df"`
	// WordCounts are the counts of each of its words, and Total the number of words, in
	// the text searched: the margins of its table.
	WordCounts []int `json:"word_counts"`
	Total      int   `json:"total"`
	// Capitalized is the share of its occurrences in which every content word starts with
	// a capital letter and every stop word inside with a small one: near 1 for a name
	// ("White House", "Bank of England"), near 0 for a fixed phrase ("human rights").
	Capitalized float64 `json:"capitalized"`
	// G2 is Dunning's log-likelihood ratio of the words' independence (NLTK's
	// likelihood_ratio), Lambda the Blaheta–Johnson λ, Z its z, and Dice Dice's
	// coefficient, as defined at [Analyzer.FindPhrases]; for a trigram, Lambda, Z and Dice
	// are the smallest of its two splits.
	G2     float64 `json:"g2"`
	Lambda float64 `json:"lambda"`
	Z      float64 `json:"z"`
	Dice   float64 `json:"dice"`
}

// Word returns the phrase's most frequent surface form: what a person should read.
func (p *Phrase) Word() string {
	if len(p.Forms) == 0 {
		return strings.Join(p.Words, " ")
	}
	return p.Forms[0].Text
}

// FindPhrases finds the multiword expressions of docs: names ("Hong Kong", "White House",
// "Bank of England") and fixed phrases ("human rights", "special military operation"),
// most frequent first (then by Z, then Term). List them in [Analyzer.Phrases] (their
// forms, or a file written by [WritePhrases] and read by [ReadPhrases]) to count each as
// one term, and see their lines with [Analyzer.PhraseConcordances].
//
// Every sequence of 2 to MaxWords adjacent words (see the package's rules: one clause,
// only white space between) whose first and last words are content words is a candidate.
// Each is scored on the contingency table that NLTK's collocation finders build. With N
// the number of words searched, c(w) a word's count, c(ab) the count of a followed by b,
// c(a_c) of a and c two words apart, and c(abc) of the trigram, the cells n_x (x = x₁x₂
// or x₁x₂x₃, with x_j = 1 when word j is not the candidate's) follow from these margins by
// inclusion–exclusion,
//
//	bigram ab:   n_00 = c(ab), n_10 = c(b) - c(ab), n_01 = c(a) - c(ab),
//	             n_11 = N - n_00 - n_10 - n_01
//	trigram abc: n_000 = c(abc), n_001 = c(ab) - c(abc), n_010 = c(a_c) - c(abc),
//	             n_100 = c(bc) - c(abc), n_011 = c(a) - n_000 - n_001 - n_010, ...,
//	             n_111 = N - the other seven
//
// and the expected counts are those of independent words, E_x = Π_j m_j / N^(k-1) with
// m_j = c(word j) where x_j = 0 and N - c(word j) where x_j = 1. Then
//
//	G² = 2 Σ_x n_x ln(n_x / E_x)                 natural log, 0 ln 0 = 0; ≥ 0
//	λ  = Σ_x (-1)^|x| ln(n_x + 1/2)             |x| the number of 1s in x
//	z  = λ / sqrt(Σ_x 1 / (n_x + 1/2))
//	Dice = 2 n_00 / (c(a) + c(b))
//
// G² is NLTK's BigramAssocMeasures.likelihood_ratio and TrigramAssocMeasures.
// likelihood_ratio (Dunning 1993; Manning & Schütze 1999, 5.3.4); it grows with the
// counts and has no upper bound. λ is the Blaheta & Johnson (2001) log odds ratio with
// smoothing 1/2, as quanteda's textstat_collocations computes it for bigrams (quanteda
// counts its table over bigram positions, which differs from NLTK's by the occurrences at
// the ends of clauses); it is 0 for independent words, unbounded above, and z is its
// Wald statistic. Dice lies in [0, 1] and is 1 when the two words only occur together.
// For a trigram λ, z and Dice are taken over its two splits, each scored as a bigram of a
// pair and a word ("New York" + "Times": c(ab) and c(c) as the margins; "New" + "York
// Times": c(a) and c(bc)), and the smaller of the two is kept for each: quanteda's
// trigram λ, the three-way interaction, is small for exactly the fixed trigrams sought
// ("New York Times": 3.1, z 1.5 in the China Daily/New York Times corpus, since its pairs
// are as bound as the whole). A candidate with a negative cell (possible only when its
// words are almost all the text) is not scored and not listed.
//
// A candidate is a phrase when it occurs at least MinCount times in MinDocs documents,
// its z is at least MinZ, its λ at least MinLambda (MinLambdaName for a name), a trigram
// with a stop word inside that is not a name has a Dice of at least MinDice, and the
// package's rules on words and overlaps keep it. With All, every candidate that occurs
// MinCount times in MinDocs documents is listed, scored, and no other rule applies.
//
// Documents must resolve to one language (that of the first). The search is one pass over
// docs in one goroutine, in time linear in their size, keeping the counts of the
// candidates and of their pairs; the result does not depend on the order of docs.
func (an *Analyzer) FindPhrases(docs []corpus.Document, opt *PhraseOptions) ([]Phrase, error) {
	o, err := opt.resolved()
	if err != nil {
		return nil, err
	}
	lang := ""
	if len(docs) > 0 {
		lang = docs[0].Language
	}
	pc, err := an.newPhraseCounter(lang, o.MaxWords)
	if err != nil {
		return nil, err
	}
	size := 0
	for i := range docs {
		size += len(docs[i].Text)
	}
	pc.reserve(size)
	for i := range docs {
		l, err := an.resolved(docs[i].Language)
		if err != nil {
			return nil, fmt.Errorf("%w (document %q)", err, docs[i].ID)
		}
		if l.name != pc.set.lang.name {
			return nil, errorf(ErrMismatch, "document %q is in %s, not %s", docs[i].ID, l.name, pc.set.lang.name)
		}
		pc.add(docs[i].Text)
	}
	return pc.phrases(&o), nil
}

// Word classes of the phrase search.
const (
	pwOther   uint8 = iota // a number or a word the analyzer drops for another reason
	pwContent              // a word the analyzer counts as a term
	pwStop                 // a stop word
)

// pword is what the phrase search knows of one surface (one local id of the worker).
type pword struct {
	id    int32 // the normalized word's id
	class uint8
	cap   bool // starts with a capital letter
}

// ptok is one token of the current segment.
type ptok struct {
	lid int32
	gap int // what stands between it and the next token of the segment (gapSpace...)
	pw  pword
}

// A phraseCounter counts the words, pairs and candidates of the phrase search.
type phraseCounter struct {
	set      *settings
	w        *worker
	maxWords int

	surf  []pword // by the worker's local surface id
	ids   map[string]int32
	words []string // normalized word by id
	class []uint8  // class by word id
	uni   []int64  // count by word id
	n     int64    // words counted
	doc   int32    // the current document's number plus one

	pairs ngramTable // adjacent pairs with a content word, by word ids; df of content pairs
	gaps  ngramTable // content words two apart, by word ids
	tri   ngramTable // trigram candidates, by word ids
	form2 ngramTable // bigram candidates by surface ids (count only)
	form3 ngramTable // trigram candidates by surface ids (count only)

	seg []ptok // the last tokens of the current segment (at most 2)

	vl        *voices.Lang    // the voice segmenter's words of the language
	timeStems map[string]bool // stems of its time words
}

func (an *Analyzer) newPhraseCounter(docLang string, maxWords int) (*phraseCounter, error) {
	lang, err := an.resolved(docLang)
	if err != nil {
		return nil, err
	}
	set, err := compileSettings(an, lang)
	if err != nil {
		return nil, err
	}
	if set.phrases == nil {
		// The worker keeps each surface's normalized form (w.lower) only when phrases are
		// matched: the phrase search needs the same forms the matcher compares.
		set.phrases = map[string][]phraseEntry{}
	}
	v := &Vocabulary{}
	if err := v.use(set); err != nil {
		return nil, err
	}
	return &phraseCounter{set: set, w: newWorker(set, v), maxWords: maxWords, ids: map[string]int32{},
		vl: voices.LangOf(lang.name)}, nil
}

func (pc *phraseCounter) reserve(size int) {
	pc.w.reserve(size)
	pc.pairs.reserve(size / 24)
	pc.form2.reserve(size / 64)
	if pc.maxWords == 3 {
		pc.gaps.reserve(size / 32)
		pc.tri.reserve(size / 32)
		pc.form3.reserve(size / 32)
	}
}

// word returns what the search knows of the surface text[start:end], whose slot in the
// worker's cache is e.
func (pc *phraseCounter) word(e slot, surface string) pword {
	lid := int(e.id - 1)
	for len(pc.surf) <= lid {
		pc.surf = append(pc.surf, pword{id: -1})
	}
	if p := pc.surf[lid]; p.id >= 0 {
		return p
	}
	lower := pc.w.lower[lid]
	class := pc.set.phraseClass(lower, e.data, pc.w)
	// A word is its normalized form and class: "US" (the country, counted in capitals) is
	// not the stop word "us", though both normalize to "us".
	key := lower + string(rune('0'+class))
	id, ok := pc.ids[key]
	if !ok {
		id = int32(len(pc.words))
		pc.ids[key] = id
		pc.words = append(pc.words, lower)
		pc.uni = append(pc.uni, 0)
		pc.class = append(pc.class, class)
	}
	p := pword{id: id, class: class}
	r, _ := utf8.DecodeRuneInString(surface)
	p.cap = unicode.IsUpper(r)
	pc.surf[lid] = p
	return p
}

// phraseClass returns the class of a normalized word whose slot data (term id or minus
// the drop reason) is data. Stop words are the analyzer's list even under KeepStopWords,
// unless protected; an acronym counted in capitals ("US") is a content word.
func (s *settings) phraseClass(lower string, data int32, w *worker) uint8 {
	if data < 0 {
		if -data == int32(dropStop) {
			return pwStop
		}
		return pwOther
	}
	if isNumber(lower) {
		return pwOther
	}
	if s.an.KeepStopWords && !s.protected[lower] && w.key(data) == lower && s.listedStop(lower) {
		return pwStop
	}
	return pwContent
}

// listedStop reports whether w is on the analyzer's stop list, whether or not the analyzer
// drops stop words.
func (s *settings) listedStop(w string) bool {
	if s.stopExtra.has(w) {
		return true
	}
	if s.stopOnly != nil {
		return s.stopOnly[w]
	}
	return s.lang.stop(w)
}

// add counts one text.
func (pc *phraseCounter) add(text string) {
	w := pc.w
	pc.doc++
	lo, hi := 0, len(text)
	if !pc.set.an.KeepBoilerplate {
		lo, hi = Boilerplate(text)
	}
	want := pc.set.an.Voices
	w.startWindows(text, want)
	w.addrEnd = 0
	seg := pc.seg[:0]
	sc := scan.NewScanner(text)
	lastClause, lastStart, lastEnd := -1, 0, 0
	lastVoice := VoiceNarrative
	for start, end, ok := sc.NextSpan(); ok; start, end, ok = sc.NextSpan() {
		if start < lo || start >= hi {
			seg = seg[:0]
			continue
		}
		if (start < w.addrEnd || scan.MayStartAddress(text, end)) && w.inAddress(text, start, end) {
			seg = seg[:0] // no phrase in or across an address
			continue
		}
		if want != AllVoices {
			v := w.voiceAt(start)
			if !want.Has(v) {
				seg = seg[:0]
				continue
			}
			if v != lastVoice {
				seg = seg[:0]
				lastVoice = v
			}
		}
		gap := gapNone
		if len(seg) > 0 {
			if sc.Clause() != lastClause {
				seg = seg[:0]
			} else if gap = joinGap(text, lastStart, lastEnd, start); gap == gapNone {
				seg = seg[:0]
			}
		}
		lastClause, lastStart, lastEnd = sc.Clause(), start, end
		e := w.surfaceAt(text, start, end)
		p := pc.word(e, text[start:end])
		pc.uni[p.id]++
		pc.n++
		cur := ptok{lid: e.id - 1, pw: p}
		if k := len(seg); k > 0 {
			seg[k-1].gap = gap
			pc.pair(seg[k-1], cur)
			if k > 1 && pc.maxWords == 3 {
				pc.triple(seg[k-2], seg[k-1], cur)
			}
		}
		if len(seg) == 2 {
			seg[0], seg[1] = seg[1], cur
		} else {
			seg = append(seg, cur)
		}
	}
	pc.seg = seg[:0]
}

// pair counts two adjacent words.
func (pc *phraseCounter) pair(a, b ptok) {
	if a.pw.class != pwContent && b.pw.class != pwContent {
		return
	}
	st := pc.pairs.stat([]int32{a.pw.id, b.pw.id})
	st.count++
	if a.pw.class == pwContent && b.pw.class == pwContent {
		if st.last != pc.doc {
			st.df++
			st.last = pc.doc
		}
		pc.form2.stat([]int32{a.form(), b.lid << 2}).count++
	}
}

// triple counts three adjacent words.
func (pc *phraseCounter) triple(a, b, c ptok) {
	if a.pw.class != pwContent || c.pw.class != pwContent {
		return
	}
	pc.gaps.stat([]int32{a.pw.id, c.pw.id}).count++
	if b.pw.class == pwOther {
		return
	}
	st := pc.tri.stat([]int32{a.pw.id, b.pw.id, c.pw.id})
	st.count++
	if st.last != pc.doc {
		st.df++
		st.last = pc.doc
	}
	pc.form3.stat([]int32{a.form(), b.form(), c.lid << 2}).count++
}

// What stands between two words of a phrase.
const (
	gapNone       = iota // they cannot belong to one phrase
	gapSpace             // white space
	gapPeriod            // a period after the first word, then white space
	gapPossessive        // 's (with the apostrophe ') after the first word, then white space
	gapCurly             // ’s (with the apostrophe U+2019)
)

// form returns the key of the token's surface and the gap after it, for the form tables.
func (t ptok) form() int32 { return t.lid<<2 | int32(t.gap-gapSpace) }

// joinGap says whether two tokens of one clause, the first at text[start0:end0] and the
// second starting at start1, may be adjacent words of a phrase, and what stands between
// them: white space (or underscores: "hong_kong", a phrase's own term) only; a period
// right after the first word, then white space (an abbreviation or initial that does not
// end the sentence, since the two share a clause: "John F. Kennedy"); or a possessive 's
// between two capitalized words, then white space ("National People's Congress").
// Anything else (quotation marks, a possessive between other words as in "China's
// foreign", a slash) separates them.
func joinGap(text string, start0, end0, start1 int) int {
	gap, i := gapSpace, end0
	if i < start1 && text[i] == '.' {
		gap, i = gapPeriod, i+1
	} else if r, size := utf8.DecodeRuneInString(text[i:]); i < start1 && scan.IsApostrophe(r) &&
		i+size < start1 && (text[i+size] == 's' || text[i+size] == 'S') &&
		startsUpper(text[start0:]) && startsUpper(text[start1:]) {
		gap, i = gapPossessive, i+size+1
		if r != '\'' {
			gap = gapCurly
		}
	}
	if i == start1 && gap != gapSpace {
		return gapNone // "U.S.Army", "People'sCongress": no space after
	}
	for i < start1 {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) && r != '_' {
			return gapNone
		}
		i += size
	}
	return gap
}

// joinable reports whether two tokens of one clause may be adjacent words of a phrase (see
// joinGap).
func joinable(text string, start0, end0, start1 int) bool {
	return joinGap(text, start0, end0, start1) != gapNone
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// candidate is one scored candidate, by word ids.
type candidate struct {
	ids   [3]int32
	n     int
	count int64
	df    int32
	score assocScores
}

// phrases scores the candidates and returns those o keeps, best first.
func (pc *phraseCounter) phrases(o *PhraseOptions) []Phrase {
	var cands []candidate
	keep := func(c candidate) {
		if c.count < int64(o.MinCount) || c.df < int32(o.MinDocs) {
			return
		}
		var ok bool
		if c.score, ok = pc.score(c.ids, c.n, c.count); !ok {
			return
		}
		if !o.All && (c.score.z < o.MinZ || c.score.lambda < min(o.MinLambda, o.MinLambdaName) || !pc.shapeOK(c)) {
			return
		}
		cands = append(cands, c)
	}
	pc.pairs.each(2, func(ids [3]int32, st *termCount) {
		if st.df > 0 { // both content words
			keep(candidate{ids: ids, n: 2, count: st.count, df: st.df})
		}
	})
	pc.tri.each(3, func(ids [3]int32, st *termCount) {
		keep(candidate{ids: ids, n: 3, count: st.count, df: st.df})
	})
	// Forms and capitalization, from the candidates' surfaces.
	type key struct {
		ids [3]int32
		n   int
	}
	index := make(map[key]int, len(cands))
	for i, c := range cands {
		index[key{c.ids, c.n}] = i
	}
	forms := make([][]Form, len(cands))
	caps := make([]int64, len(cands))
	surfaces := pc.w.local.snapshot()
	var b strings.Builder
	for k, tab := range []*ngramTable{&pc.form2, &pc.form3} {
		n := k + 2
		tab.each(n, func(fs [3]int32, st *termCount) {
			var ids [3]int32 // a bigram's third id is 0, as the tables give it
			for j := range n {
				ids[j] = pc.surf[fs[j]>>2].id
			}
			i, ok := index[key{ids, n}]
			if !ok {
				return
			}
			capital := true
			b.Reset()
			for j := range n {
				lid := fs[j] >> 2
				p := pc.surf[lid]
				if p.class == pwContent && !p.cap || p.class == pwStop && p.cap {
					capital = false
				}
				b.WriteString(surfaces.text(int(lid)))
				if j < n-1 {
					b.WriteString([...]string{" ", ". ", "'s ", "\u2019s "}[fs[j]&3])
				}
			}
			forms[i] = append(forms[i], Form{Text: b.String(), Count: int(st.count)})
			if capital {
				caps[i] += st.count
			}
		})
	}
	out := make([]Phrase, 0, len(cands))
	for i, c := range cands {
		p := Phrase{Words: make([]string, c.n), WordCounts: make([]int, c.n), Count: int(c.count), DocFreq: int(c.df),
			Total: int(pc.n), G2: c.score.g2, Dice: c.score.dice, Lambda: c.score.lambda, Z: c.score.z}
		for j := range c.n {
			p.Words[j] = pc.words[c.ids[j]]
			p.WordCounts[j] = int(pc.uni[c.ids[j]])
		}
		p.Term = strings.Join(p.Words, "_")
		p.Forms = sumForms(forms[i])
		p.Capitalized = float64(caps[i]) / float64(c.count)
		if !o.All && p.Capitalized < 0.5 && (p.Lambda < o.MinLambda || pc.notTerm(c)) {
			continue
		}
		if !o.All && p.Capitalized >= 0.5 && p.Lambda < o.MinLambdaName {
			continue
		}
		if !o.All && c.n == 3 && pc.class[c.ids[1]] == pwStop && p.Capitalized < 0.5 && p.Dice < o.MinDice {
			continue
		}
		out = append(out, p)
	}
	out = dropTwins(out)
	if !o.All {
		out = dropPartial(dropNested(out))
	}
	slices.SortFunc(out, func(a, b Phrase) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(b.Z, a.Z), strings.Compare(a.Term, b.Term))
	})
	return out
}

// sumForms sums the counts of equal forms and sorts them, most frequent first.
func sumForms(fs []Form) []Form {
	out, _ := mergeForms(fs) // a form's count is at most the phrase's, itself an int
	if out == nil {
		out = []Form{}
	}
	return out
}

// shapeOK applies the rules on a candidate's words that need no counts: no word but the
// last is a title ("President Xi", "Prime Minister Recep"; "Attorney General" is a
// phrase); no word is a reporting verb ("told reporters", "analysts
// say"; a word that is also a noun, like "states", is not taken for one); its first and
// last words are not determiners or prepositions ("across the country", "every day"); and
// the middle word of a trigram is not a conjunction ("Iraq and Syria" is two things).
func (pc *phraseCounter) shapeOK(c candidate) bool {
	vl := pc.vl
	flags := func(j int) voices.Class { return vl.Classes(pc.words[c.ids[j]]) }
	if (flags(0)|flags(c.n-1))&(voices.ClassDet|voices.ClassPrep) != 0 {
		return false
	}
	for j := range c.n {
		f := flags(j)
		if f&voices.ClassVerb != 0 && f&voices.ClassWeak == 0 || f&voices.ClassTitle != 0 && j < c.n-1 {
			return false
		}
	}
	return c.n == 2 || flags(1)&voices.ClassConj == 0
}

// notTerm reports whether a candidate that is not a name holds a word that makes it an
// expression of time or a clause rather than a term: a time word ("last year", "years
// ago"; compared by stem) or an adverb or auxiliary ("even though", "first time").
func (pc *phraseCounter) notTerm(c candidate) bool {
	vl := pc.vl
	if pc.timeStems == nil {
		pc.timeStems = map[string]bool{}
		for _, word := range vl.Words(voices.ClassTime) {
			pc.timeStems[pc.set.lang.stem(word, true)] = true
		}
	}
	for j := range c.n {
		w := pc.words[c.ids[j]]
		if vl.Classes(w)&(voices.ClassAux|voices.ClassConj) != 0 || pc.timeStems[pc.set.lang.stem(w, true)] {
			return true
		}
	}
	return false
}

// dropTwins keeps one phrase of a term: two candidates may share one when a word reads
// alike as a stop word and as an acronym ("who" and "WHO" in "said WHO officials"); the
// analyzer matches both as one, and the more frequent is kept (then the one with the
// higher z).
func dropTwins(ps []Phrase) []Phrase {
	slices.SortFunc(ps, func(a, b Phrase) int {
		return cmp.Or(strings.Compare(a.Term, b.Term), cmp.Compare(b.Count, a.Count), cmp.Compare(b.Z, a.Z))
	})
	return slices.CompactFunc(ps, func(a, b Phrase) bool { return a.Term == b.Term })
}

// dropNested drops the trigrams that hold a bigram kept as a phrase in fewer than half of
// its occurrences ("human rights abuses": 65 of 1,551 "human rights"; "Hong Kong
// residents"), then the bigrams that a trigram kept holds in at least half of their
// occurrences ("Special Administrative" inside "Special Administrative Region", "Aung San"
// inside "Aung San Suu"): the analyzer matches the longer phrase where both start.
func dropNested(ps []Phrase) []Phrase {
	bigrams := map[[2]string]int{}
	for _, p := range ps {
		if len(p.Words) == 2 {
			bigrams[[2]string{p.Words[0], p.Words[1]}] = p.Count
		}
	}
	held := map[[2]string]int{}
	out := ps[:0]
	for _, p := range ps {
		if len(p.Words) == 3 {
			ab, bc := [2]string{p.Words[0], p.Words[1]}, [2]string{p.Words[1], p.Words[2]}
			if n, ok := bigrams[ab]; ok && 2*p.Count < n {
				continue
			}
			if n, ok := bigrams[bc]; ok && 2*p.Count < n {
				continue
			}
			held[ab] = max(held[ab], p.Count)
			held[bc] = max(held[bc], p.Count)
		}
		out = append(out, p)
	}
	ps, out = out, out[:0]
	for _, p := range ps {
		if len(p.Words) == 2 && 2*held[[2]string{p.Words[0], p.Words[1]}] >= p.Count {
			continue
		}
		out = append(out, p)
	}
	return out
}

// dropPartial drops the phrases whose first word is, in at least half its occurrences, a
// later word of another phrase kept: "Kong residents" (after "Hong Kong"), "Administrative
// Region" (inside "Special Administrative Region"). The analyzer matches phrases from left
// to right, so it would seldom match them.
func dropPartial(ps []Phrase) []Phrase {
	inside := map[string]int{}
	for i := range ps {
		for _, w := range ps[i].Words[1:] {
			inside[w] += ps[i].Count
		}
	}
	out := ps[:0]
	for _, p := range ps {
		if 2*inside[p.Words[0]] >= p.WordCounts[0] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// assocScores are the association scores of one candidate.
type assocScores struct {
	g2, lambda, se, z, dice float64
}

// score returns the scores of the candidate ids[:n] with count c, or false if a table has
// a negative cell.
func (pc *phraseCounter) score(ids [3]int32, n int, c int64) (assocScores, bool) {
	N := pc.n
	a, b := pc.uni[ids[0]], pc.uni[ids[1]]
	if n == 2 {
		return assoc2(c, a, b, N)
	}
	cc := pc.uni[ids[2]]
	ab := pc.pairs.get([]int32{ids[0], ids[1]})
	bc := pc.pairs.get([]int32{ids[1], ids[2]})
	ac := pc.gaps.get([]int32{ids[0], ids[2]})
	s, ok := assoc3(c, ab, ac, bc, a, b, cc, N)
	if !ok {
		return s, false
	}
	// λ, SE and z of the weaker of the trigram's two splits, each a bigram of a pair and
	// a word: "New York" + "Times", "New" + "York Times".
	s1, ok1 := assoc2(c, ab, cc, N)
	s2, ok2 := assoc2(c, a, bc, N)
	if !ok1 || !ok2 {
		return s, false
	}
	s.lambda, s.z, s.dice = min(s1.lambda, s2.lambda), min(s1.z, s2.z), min(s1.dice, s2.dice)
	return s, true
}

// assoc2 scores a bigram from NLTK's margins: its count nii, its words' counts nix and
// nxi, and the number of words nxx.
func assoc2(nii, nix, nxi, nxx int64) (assocScores, bool) {
	noi := nxi - nii
	nio := nix - nii
	cells := []int64{nii, noi, nio, nxx - nii - noi - nio}
	return assoc(cells, []int64{nix, nxi}, nxx)
}

// assoc3 scores a trigram from NLTK's margins: its count niii; the counts of its first
// two words as a pair niix, of its first and last two apart nixi, of its last two as a
// pair nxii; its words' counts nixx, nxix, nxxi; and the number of words nxxx.
func assoc3(niii, niix, nixi, nxii, nixx, nxix, nxxi, nxxx int64) (assocScores, bool) {
	noii := nxii - niii
	nioi := nixi - niii
	niio := niix - niii
	nooi := nxxi - niii - noii - nioi
	noio := nxix - niii - noii - niio
	nioo := nixx - niii - nioi - niio
	nooo := nxxx - niii - noii - nioi - niio - nooi - noio - nioo
	cells := []int64{niii, noii, nioi, nooi, niio, noio, nioo, nooo}
	return assoc(cells, []int64{nixx, nxix, nxxi}, nxxx)
}

// assoc computes G², λ, its standard error and z from the 2^k cells of a table in NLTK's
// order (bit j of the index set when word j is not the candidate's), the words' counts
// and the total.
func assoc(cells, words []int64, total int64) (assocScores, bool) {
	if total <= 0 {
		return assocScores{}, false
	}
	for _, c := range cells {
		if c < 0 {
			return assocScores{}, false
		}
	}
	k := len(words)
	N := float64(total)
	var g, lambda, v float64
	for i, c := range cells {
		o := float64(c)
		if c > 0 {
			e := 1.0
			for j := range k {
				m := float64(words[j])
				if i>>j&1 == 1 {
					m = N - m
				}
				e *= m
			}
			for range k - 1 {
				e /= N
			}
			g += o * math.Log(o/e)
		}
		l := math.Log(o + 0.5)
		if bits.OnesCount(uint(i))%2 == 1 {
			l = -l
		}
		lambda += l
		v += 1 / (o + 0.5)
	}
	se := math.Sqrt(v)
	dice := 0.0
	if k == 2 {
		dice = 2 * float64(cells[0]) / float64(words[0]+words[1])
	}
	return assocScores{g2: max(2*g, 0), lambda: lambda, se: se, z: lambda / se, dice: dice}, true
}

// get returns the count of the n-gram ids, 0 if it was never counted.
func (t *ngramTable) get(ids []int32) int64 {
	k, ok := pack(ids)
	if !ok {
		var key [3]int32
		copy(key[:], ids)
		if s := t.big[key]; s != nil {
			return s.count
		}
		return 0
	}
	if len(t.slots) == 0 {
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	for i := ngramHash(k) & mask; ; i = (i + 1) & mask {
		switch t.slots[i].key {
		case k:
			return t.slots[i].count
		case 0:
			return 0
		}
	}
}

// ReadPhrases reads a phrase table: one phrase a line, as written in the texts ("Hong
// Kong", "Bank of England"); blank lines and lines starting with "#" are skipped, and
// space around a phrase is trimmed. A line of fewer than two words is an error naming the
// line. Set [Analyzer.Phrases] to the result.
func ReadPhrases(r io.Reader) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if line == 1 {
			s = strings.TrimPrefix(s, "\uFEFF")
		}
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if !utf8.ValidString(s) {
			return nil, errorf(ErrOption, "phrases: line %d is not valid UTF-8", line)
		}
		if n := phraseWords(s); n < 2 {
			return nil, errorf(ErrOption, "phrases: line %d: %q has %d word(s) (a phrase has at least 2)", line, s, n)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("framing: phrases: line %d: %w", line+1, err)
	}
	return out, nil
}

// WritePhrases writes the most frequent form of each phrase, one a line, as [ReadPhrases]
// reads them.
func WritePhrases(w io.Writer, ps []Phrase) error {
	bw := bufio.NewWriter(w)
	for i := range ps {
		bw.WriteString(ps[i].Word())
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// PhraseConcordances returns the keyword-in-context lines of phrases in docs, keyed by
// their Term: at most max lines a phrase (0 for all), in document order, with width runes
// of context (0 means 40; a negative width or max is an error wrapping [ErrOption]). The
// phrases are matched as the analyzer counts them with the phrases' forms added to its
// Phrases (longest first, left to right), so the lines of a phrase are the occurrences
// such a profile counts; see [Analyzer.Concordances].
func (an *Analyzer) PhraseConcordances(docs []corpus.Document, phrases []Phrase, width, max int) (map[string][]Line, error) {
	with := *an
	with.Phrases = slices.Clone(an.Phrases)
	terms := make([]string, len(phrases))
	for i := range phrases {
		with.Phrases = append(with.Phrases, phrases[i].Word())
		terms[i] = phrases[i].Term
	}
	return with.Concordances(docs, terms, width, max)
}

// phraseWords returns the number of tokens in s.
func phraseWords(s string) int {
	n := 0
	sc := scan.NewScanner(s)
	for _, _, ok := sc.NextSpan(); ok; _, _, ok = sc.NextSpan() {
		n++
	}
	return n
}
