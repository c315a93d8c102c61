package framing

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
)

func errorf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("framing: "+format+": %w", append(args, sentinel)...)
}

// A Profile holds the term counts of one side of a comparison: how often each term occurs,
// in how many documents, and through which surface forms. Make one with [Analyzer.Profile]
// or a [Counter]; combine shards with [Merge].
//
// A Profile is a plain value that marshals to JSON and back unchanged. Terms is sorted by
// Term, and each term's Forms by count (descending) then text, so equal inputs give equal
// bytes. Methods that only read are safe for concurrent use.
type Profile struct {
	// Analyzer holds the settings that produced the profile, with Language resolved to its
	// canonical name.
	Analyzer Analyzer `json:"analyzer"`
	// Lexicon names the lexicon whose categories are the terms, for a profile made by
	// [Analyzer.LexiconProfile]; empty for a profile of words.
	Lexicon string `json:"lexicon,omitempty"`
	// Documents is the number of documents counted (empty ones included).
	Documents int `json:"documents"`
	// Totals holds the number of counted unigrams (words and protected phrases) and, when
	// n-grams are on, of bigram and trigram positions: Totals[n-1] is the denominator for
	// the rates of n-grams.
	Totals []int `json:"totals"`
	// Dropped counts the tokens that were not counted, by reason.
	Dropped Dropped `json:"dropped"`
	// Terms holds every counted term, sorted by Term.
	Terms []TermStat `json:"terms"`
}

// Dropped counts the tokens a profile left out, so that nothing is lost without a trace.
type Dropped struct {
	Stop        int `json:"stop"`        // stop words
	Number      int `json:"number"`      // numbers (unless KeepNumbers)
	Boilerplate int `json:"boilerplate"` // words of datelines and sign-offs
	Voice       int `json:"voice"`       // words outside the voices counted
}

// TermStat is the count of one term in a profile.
type TermStat struct {
	Term    string `json:"term"`  // the stem, protected word, phrase (words joined by "_") or n-gram (space-separated)
	N       int    `json:"n"`     // 1 for words and phrases, 2 or 3 for n-grams
	Count   int    `json:"count"` // occurrences
	DocFreq int    `json:"df"`    // documents it occurs in
	Forms   []Form `json:"forms"` // the surface forms that produced it, most frequent first
}

// Word returns the term's most frequent surface form: what a person should read.
func (t *TermStat) Word() string {
	if len(t.Forms) == 0 {
		return t.Term
	}
	return t.Forms[0].Text
}

// A Form is one surface form of a term and how often it occurred.
type Form struct {
	Text  string `json:"text"`  // the form as it appears in the text (or, in a StemGroup, normalized)
	Count int    `json:"count"` // how often it occurred
}

// Tokens returns the number of counted unigrams: the denominator for word rates.
func (p *Profile) Tokens() int { return p.Total(1) }

// Total returns the number of counted n-grams of order n (1 for words).
func (p *Profile) Total(n int) int {
	if n < 1 || n > len(p.Totals) {
		return 0
	}
	return p.Totals[n-1]
}

// Lookup returns the statistics of a term.
func (p *Profile) Lookup(term string) (TermStat, bool) {
	i, ok := slices.BinarySearchFunc(p.Terms, term, func(t TermStat, s string) int { return strings.Compare(t.Term, s) })
	if !ok {
		return TermStat{}, false
	}
	return p.Terms[i], true
}

// Count returns how often term occurs (0 if never).
func (p *Profile) Count(term string) int {
	t, _ := p.Lookup(term)
	return t.Count
}

// A StemGroup lists the distinct words a stem merged, for a stem audit.
type StemGroup struct {
	Term  string `json:"term"`  // the stem
	Count int    `json:"count"` // occurrences of all its words
	Words []Form `json:"words"` // distinct normalized words, most frequent first
}

// StemAudit returns the unigram terms whose surface forms are more than one word once case
// and apostrophes are normalized: the merges the stemmer made ("authorities" and "author"
// under "author"). It is sorted by count (descending), then term. Protect the words whose
// merge loses a distinction that matters (see [Analyzer.Protected]).
func (p *Profile) StemAudit() []StemGroup {
	var out []StemGroup
	for _, t := range p.Terms {
		if g, ok := stemGroup(t.Term, t.N, t.Forms, p.Analyzer.Language == "russian"); ok {
			out = append(out, g)
		}
	}
	slices.SortFunc(out, func(a, b StemGroup) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Term, b.Term))
	})
	return out
}

// stemGroup groups the forms of a unigram term by normalized word; ok is false unless
// there are two words or more.
func stemGroup(term string, n int, forms []Form, russian bool) (StemGroup, bool) {
	if n != 1 || len(forms) < 2 {
		return StemGroup{}, false
	}
	words := map[string]int{}
	total := 0
	for _, f := range forms {
		words[normalize(f.Text, russian)] += f.Count
		total += f.Count
	}
	if len(words) < 2 {
		return StemGroup{}, false
	}
	g := StemGroup{Term: term, Count: total}
	for w, c := range words {
		g.Words = append(g.Words, Form{Text: w, Count: c})
	}
	sortForms(g.Words)
	return g, true
}

func sortForms(fs []Form) {
	slices.SortFunc(fs, func(a, b Form) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Text, b.Text))
	})
}

// profile builds the Profile of the pipeline's counts so far.
func (p *pipeline) profile() *Profile {
	out := &Profile{
		Analyzer:  p.an,
		Documents: p.docs,
		Totals:    slices.Clone(p.totals[:p.an.maxN()]),
		Dropped:   p.dropped,
		Terms:     make([]TermStat, 0, len(p.tkey)),
	}
	// Lay every term's forms out in one slab: count them, give each term its span, fill.
	tables := []*surfTable{&p.surf, &p.spans[1], &p.spans[2], &p.spans[3]}
	nforms := make([]int, len(p.tkey)+1)
	for _, t := range tables {
		for id, term := range t.data {
			if term >= 0 && t.count[id] > 0 {
				nforms[term+1]++
			}
		}
	}
	for i := 1; i < len(nforms); i++ {
		nforms[i] += nforms[i-1]
	}
	slab := make([]Form, nforms[len(p.tkey)])
	fill := slices.Clone(nforms[:len(p.tkey)])
	for _, t := range tables {
		for id, term := range t.data {
			if term >= 0 && t.count[id] > 0 {
				slab[fill[term]] = Form{Text: t.text(int32(id)), Count: t.count[id]}
				fill[term]++
			}
		}
	}
	order := p.sortedTerms()
	for _, i := range order {
		forms := slab[nforms[i]:nforms[i+1]:nforms[i+1]]
		sortForms(forms)
		out.Terms = append(out.Terms, TermStat{Term: p.tkey[i], N: int(p.tn[i]), Count: p.tstat[i].count, DocFreq: p.tstat[i].df, Forms: forms})
	}
	return out
}

// sortedTerms returns the ids of the counted terms in the byte order of their keys. Words
// are sorted by key; an n-gram's key is its words' keys joined by spaces, and since a space
// sorts before every byte a key can hold, the order of n-gram keys is the order of their
// words' ranks, compared as tuples (a shorter tuple first). So n-grams sort by integers,
// without building or comparing their keys.
func (p *pipeline) sortedTerms() []int32 {
	var words []int32
	for i := range p.tkey {
		if p.tsrc[i] >= 0 {
			p.key(int32(i))
			words = append(words, int32(i))
		}
	}
	slices.SortFunc(words, func(a, b int32) int { return strings.Compare(p.tkey[a], p.tkey[b]) })
	rank := make([]int32, len(p.tkey))
	for r, id := range words {
		rank[id] = int32(r)
	}
	tuple := func(id int32) [3]int32 {
		if src := p.tsrc[id]; src >= 0 {
			return [3]int32{rank[id], -1, -1}
		}
		parts := p.ngramParts[-1-p.tsrc[id]]
		t := [3]int32{-1, -1, -1}
		for k := 0; k < int(p.tn[id]); k++ {
			t[k] = rank[parts[k]]
		}
		return t
	}
	// Sort the tuples themselves, laid out contiguously, so that comparisons stay in cache.
	type keyed struct {
		t  [3]int32
		id int32
	}
	ks := make([]keyed, 0, len(p.tkey))
	for i := range p.tkey {
		if p.tstat[i].count > 0 {
			ks = append(ks, keyed{tuple(int32(i)), int32(i)})
		}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(a.t[0], b.t[0]), cmp.Compare(a.t[1], b.t[1]), cmp.Compare(a.t[2], b.t[2]))
	})
	order := make([]int32, len(ks))
	for i, k := range ks {
		order[i] = k.id
		p.key(k.id)
	}
	return order
}

// reserve sizes the pipeline's tables for texts of size bytes in all, by Heaps' law: a
// text of N tokens has about 40·sqrt(N) distinct words (an estimate for news English; a
// wrong guess only costs growth or memory).
func (p *pipeline) reserve(size int) {
	tokens := float64(size) / 6
	words := int(40 * math.Sqrt(tokens))
	words = min(words, 1<<22)
	p.surf.reserve(words, 8)
	p.termIndex.reserve(words*2/3, 7)
	if len(p.tkey) > 0 {
		return
	}
	p.tkey = make([]string, 0, words*2/3)
	p.tsrc = make([]int32, 0, words*2/3)
	p.tn = make([]uint8, 0, words*2/3)
	p.tstat = make([]termCount, 0, words*2/3)
}

// A Counter builds a profile one document at a time, so that a corpus larger than memory
// can be streamed through it. Set Analyzer before the first Add and do not change it after.
// The zero value counts with the zero Analyzer. A Counter is not safe for concurrent use;
// use one per goroutine and [Merge] their profiles.
type Counter struct {
	Analyzer Analyzer // the settings to count with

	p   *pipeline
	doc int
}

// Add counts a document in its language (see [Analyzer.Language]). All documents of one
// Counter must resolve to the same language; a document in another returns an error
// wrapping [ErrMismatch] and is not counted.
func (c *Counter) Add(doc corpus.Document) error {
	if err := c.init(doc.Language); err != nil {
		return fmt.Errorf("%w (document %q)", err, doc.ID)
	}
	c.count(doc.Text)
	return nil
}

// AddText counts a text in the Analyzer's language (English if unset).
func (c *Counter) AddText(text string) error {
	if err := c.init(""); err != nil {
		return err
	}
	c.count(text)
	return nil
}

func (c *Counter) count(text string) {
	c.p.run(text, c.doc, nil)
	c.doc++
	c.p.docs++
}

func (c *Counter) init(docLang string) error {
	lang, err := c.Analyzer.resolved(docLang)
	if err != nil {
		return err
	}
	if c.p == nil {
		p, err := compile(&c.Analyzer, lang)
		if err != nil {
			return err
		}
		c.p = p
		return nil
	}
	if c.p.lang.name != lang.name {
		return errorf(ErrMismatch, "counter is counting %s, not %s", c.p.lang.name, lang.name)
	}
	return nil
}

// Profile returns the profile of the documents added so far. The Counter stays usable.
// Before any Add it returns an empty profile of the Analyzer's language, or an error if the
// Analyzer is invalid.
func (c *Counter) Profile() (*Profile, error) {
	if c.p == nil {
		if err := c.init(""); err != nil {
			return nil, err
		}
	}
	return c.p.profile(), nil
}

// Profile counts docs into a new profile. Their order does not matter.
func (an *Analyzer) Profile(docs ...corpus.Document) (*Profile, error) {
	c := Counter{Analyzer: *an}
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	for i, d := range docs {
		if i == 0 {
			if err := c.init(d.Language); err != nil {
				return nil, fmt.Errorf("%w (document %q)", err, d.ID)
			}
			c.p.reserve(size)
		}
		if err := c.Add(d); err != nil {
			return nil, err
		}
	}
	return c.Profile()
}

// ProfileTexts counts texts, in the Analyzer's language, into a new profile.
func (an *Analyzer) ProfileTexts(texts ...string) (*Profile, error) {
	c := Counter{Analyzer: *an}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	if err := c.init(""); err != nil {
		return nil, err
	}
	c.p.reserve(size)
	for _, t := range texts {
		if err := c.AddText(t); err != nil {
			return nil, err
		}
	}
	return c.Profile()
}

// Tokens returns every token of text, kept or dropped, in order, analyzed in the
// Analyzer's language (English if unset). A protected phrase is one token spanning its
// words. N-grams are not listed: they are formed from consecutive kept tokens with the same
// Clause.
func (an *Analyzer) Tokens(text string) ([]Token, error) {
	lang, err := an.resolved("")
	if err != nil {
		return nil, err
	}
	p, err := compile(an, lang)
	if err != nil {
		return nil, err
	}
	out := make([]Token, 0, min(len(text)/6, 1<<20)+8) // about one token per six bytes of English
	p.run(text, 0, &out)
	return out, nil
}

// docAnalyzer analyzes documents one at a time, each in its language, with one compiled
// pipeline per language so that its caches carry over from document to document.
type docAnalyzer struct {
	an     *Analyzer
	byLang map[string]*pipeline
}

// tokens returns every token of d, kept or dropped, and the pipeline that produced them
// (whose quotes field then holds d's quotations).
func (da *docAnalyzer) tokens(d *corpus.Document) ([]Token, *pipeline, error) {
	lang, err := da.an.resolved(d.Language)
	if err != nil {
		return nil, nil, fmt.Errorf("%w (document %q)", err, d.ID)
	}
	p := da.byLang[lang.name]
	if p == nil {
		if p, err = compile(da.an, lang); err != nil {
			return nil, nil, err
		}
		if da.byLang == nil {
			da.byLang = map[string]*pipeline{}
		}
		da.byLang[lang.name] = p
	}
	toks := make([]Token, 0, min(len(d.Text)/6, 1<<20)+8)
	p.run(d.Text, 0, &toks)
	return toks, p, nil
}

// Merge combines profiles of disjoint sets of documents made with the same settings into
// the profile of their union: exactly the profile that counting all the documents at once
// gives. It returns an error wrapping [ErrMismatch] if the settings differ, and one wrapping
// [ErrCounts] if a profile is invalid (see [Profile.Validate]) or a sum would overflow. The
// inputs are not modified.
func Merge(ps ...*Profile) (*Profile, error) {
	if len(ps) == 0 {
		return nil, errorf(ErrOption, "Merge needs at least one profile")
	}
	for i, p := range ps {
		if p == nil {
			return nil, errorf(ErrOption, "profile %d is nil", i)
		}
	}
	out := &Profile{Analyzer: ps[0].Analyzer, Lexicon: ps[0].Lexicon, Totals: make([]int, len(ps[0].Totals))}
	byTerm := make(map[string]*TermStat)
	overflow := func(i int) error { return errorf(ErrCounts, "profile %d: counts overflow when summed", i) }
	for i, p := range ps {
		if err := p.Validate(); err != nil {
			return nil, fmt.Errorf("profile %d: %w", i, err)
		}
		if err := sameSettings(ps[0], p); err != nil {
			return nil, fmt.Errorf("profile %d: %w", i, err)
		}
		var ok [8]bool
		out.Documents, ok[0] = addInt(out.Documents, p.Documents)
		out.Dropped.Stop, ok[1] = addInt(out.Dropped.Stop, p.Dropped.Stop)
		out.Dropped.Number, ok[2] = addInt(out.Dropped.Number, p.Dropped.Number)
		out.Dropped.Boilerplate, ok[3] = addInt(out.Dropped.Boilerplate, p.Dropped.Boilerplate)
		out.Dropped.Voice, ok[4] = addInt(out.Dropped.Voice, p.Dropped.Voice)
		ok[5], ok[6], ok[7] = true, true, true
		for j, t := range p.Totals {
			out.Totals[j], ok[5+j] = addInt(out.Totals[j], t)
		}
		for _, k := range ok {
			if !k {
				return nil, overflow(i)
			}
		}
		for _, t := range p.Terms {
			m := byTerm[t.Term]
			if m == nil {
				m = &TermStat{Term: t.Term, N: t.N}
				byTerm[t.Term] = m
			}
			if m.N != t.N {
				return nil, errorf(ErrCounts, "profile %d: term %q has order %d, elsewhere %d", i, t.Term, t.N, m.N)
			}
			var ok1, ok2 bool
			m.Count, ok1 = addInt(m.Count, t.Count)
			m.DocFreq, ok2 = addInt(m.DocFreq, t.DocFreq)
			if !ok1 || !ok2 {
				return nil, overflow(i)
			}
			m.Forms = append(m.Forms, t.Forms...)
		}
	}
	out.Terms = make([]TermStat, 0, len(byTerm))
	for _, m := range byTerm {
		forms, ok := mergeForms(m.Forms)
		if !ok {
			return nil, errorf(ErrCounts, "term %q: form counts overflow when summed", m.Term)
		}
		m.Forms = forms
		out.Terms = append(out.Terms, *m)
	}
	slices.SortFunc(out.Terms, func(a, b TermStat) int { return strings.Compare(a.Term, b.Term) })
	return out, nil
}

// mergeForms sums the counts of equal forms; ok is false if a sum overflows.
func mergeForms(fs []Form) (out []Form, ok bool) {
	slices.SortFunc(fs, func(a, b Form) int { return strings.Compare(a.Text, b.Text) })
	out = fs[:0:0]
	ok = true
	for _, f := range fs {
		if n := len(out); n > 0 && out[n-1].Text == f.Text {
			var k bool
			out[n-1].Count, k = addInt(out[n-1].Count, f.Count)
			ok = ok && k
			continue
		}
		out = append(out, f)
	}
	sortForms(out)
	return out, ok
}
