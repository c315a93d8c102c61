package framing

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

func errorf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("framing: "+format+": %w", append(args, sentinel)...)
}

// A Profile holds the term counts of one side of a comparison: how often each term occurs,
// in how many documents, and through which surface forms. Make one with [Analyzer.Profile],
// a [Counter], [NewProfile] (from counts you have), or by decoding its JSON; combine shards
// with [Merge].
//
// A Profile is immutable and safe for concurrent use. A profile counted by framediff keeps
// its counts in arrays indexed by the ids of its [Vocabulary]: the strings of its terms are
// made when first asked for ([Profile.Terms], JSON), and profiles over one vocabulary merge
// by adding arrays. Its JSON lists every term by its text, so it is portable between
// processes and machines and decodes to an equal profile; equal inputs give equal bytes.
type Profile struct {
	an      Analyzer
	lexicon string
	docs    int
	totals  []int
	dropped Dropped

	ids *idCounts // the counts by id; nil for a profile made from strings

	once  sync.Once
	terms []TermStat
}

// idCounts are a profile's counts by vocabulary id.
type idCounts struct {
	vocab *Vocabulary
	uni   []termCount   // by term id; nil if sp holds the counts
	sp    *sparseCounts // counts by term id, without document frequencies
	// The counted surfaces of the workers that counted the profile (single words and
	// protected phrases), whose payload is the term id: combined only when the terms'
	// forms are listed, so that merging profiles does not touch strings.
	surf []surfaceCounts
	// best, if set, gives each term's form by id, from a larger run: the profile's own
	// forms were not kept (see EventCounts.Profile).
	best []string
	// own, if set beside best, gives each single-word term's form on the profile's own
	// side over that run (EventCounts.Profile): what KeyTerm.WordA and WordB show.
	own []string
	ng  [2]*ngramTable // n-grams of orders 2 and 3, or nil

	formsOnce sync.Once
	forms     [][]Form // by term id (see termForms)
	indexOnce sync.Once
	index     *formIndex // see formIndex
}

// idEntry is one unigram term's counts (the two 32-bit fields side by side: 16 bytes, not
// 24).
type idEntry struct {
	id    int32
	df    int32
	count int64
}

// unigrams returns the unigram terms with a count, in no particular order.
func (c *idCounts) unigrams() []idEntry {
	var out []idEntry
	if c.sp != nil {
		out = make([]idEntry, 0, c.sp.n)
		c.sp.each(func(id int32, v int64) {
			if v > 0 {
				out = append(out, idEntry{id: id, count: v})
			}
		})
		return out
	}
	// Counted first, so that the list is made once, at its size, rather than grown.
	n := 0
	for _, t := range c.uni {
		if t.count > 0 {
			n++
		}
	}
	out = make([]idEntry, 0, n)
	for id, t := range c.uni {
		if t.count > 0 {
			out = append(out, idEntry{id: int32(id), df: t.df, count: t.count})
		}
	}
	return out
}

// termForms returns the forms of each unigram term, by term id: the counted surfaces of
// every worker, summed by text, most frequent first.
func (c *idCounts) termForms() [][]Form {
	c.formsOnce.Do(func() {
		var forms [][]Form
		if ix := c.formIndex(); ix != nil {
			// The forms of each term are placed in one array, term by term: no table
			// of terms, and no list grown term by term.
			all := make([]Form, len(ix.surf))
			forms = make([][]Form, len(ix.start)-1)
			for t := range forms {
				lo, hi := ix.start[t], ix.start[t+1]
				if lo == hi {
					continue
				}
				for k, i := range ix.surf[lo:hi] {
					all[int(lo)+k] = Form{Text: ix.shared.text(i), Count: ix.sum[i]}
				}
				forms[t] = all[lo:hi:hi] // a caller's append copies
			}
		} else {
			shared, sum, rest := c.surfaceSums()
			type surface struct {
				text string
				term int32
			}
			total := map[surface]int{}
			for i, n := range sum {
				if n > 0 {
					total[surface{shared.text(int32(i)), shared.term(int32(i))}] += n
				}
			}
			for _, s := range rest {
				for i, n := range s.counts {
					if n > 0 {
						total[surface{s.text(i), s.term(i)}] += n
					}
				}
			}
			for s, n := range total {
				if s.term < 0 {
					continue // not a term's (no id asks for it)
				}
				if int(s.term) >= len(forms) {
					forms = append(forms, make([][]Form, int(s.term)+1-len(forms))...)
				}
				forms[s.term] = append(forms[s.term], Form{Text: s.text, Count: n})
			}
		}
		for _, fs := range forms {
			if len(fs) > 1 {
				sortForms(fs)
			}
		}
		c.forms = forms
	})
	return c.forms
}

// surfaceSums returns the counts of the profile's surfaces: those of one run's table
// summed by surface id (shared is the table, nil if none), and the other surfaces (phrase
// surfaces, profiles of several runs), which add up by text. The sum of a single table's
// counts is its counts array, not a copy: callers only read it.
func (c *idCounts) surfaceSums() (shared *surfaces, sum []int, rest []*surfaceCounts) {
	owned := false // whether sum is an array of its own
	for k := range c.surf {
		s := &c.surf[k]
		if s.shared == nil || shared != nil && s.shared != shared {
			rest = append(rest, s)
			continue
		}
		if shared == nil {
			shared, sum = s.shared, s.counts
			continue
		}
		if !owned {
			sum = append(make([]int, 0, max(len(sum), len(s.counts))), sum...)
			owned = true
		}
		if len(s.counts) > len(sum) {
			sum = slices.Grow(sum, len(s.counts)-len(sum))[:len(s.counts)]
		}
		for i, n := range s.counts {
			sum[i] += n
		}
	}
	return shared, sum, rest
}

// A formIndex lists the counted surfaces of each unigram term of a profile whose surfaces
// are all of one run's table, so that the forms of a term are made when asked for: the
// rows a comparison lists are few, its terms many.
type formIndex struct {
	shared *surfaces
	sum    []int   // count by surface id
	start  []int32 // by term id: where its surfaces begin in surf (and end: start[id+1])
	surf   []int32 // surface ids with a count and a term, by term, then by id
}

// formIndex returns the profile's formIndex, nil if its surfaces are not all of one table.
func (c *idCounts) formIndex() *formIndex {
	c.indexOnce.Do(func() {
		shared, sum, rest := c.surfaceSums()
		if len(rest) > 0 {
			return
		}
		terms := 0
		for i, n := range sum {
			if t := shared.term(int32(i)); n > 0 && t >= 0 {
				terms = max(terms, int(t)+1)
			}
		}
		// Each term's count of surfaces, then the end of its run in surf; surf is filled
		// from the last surface down, each term's run from its end, which leaves start
		// at the runs' beginnings and each run in order of surface id.
		start := make([]int32, terms+1)
		for i, n := range sum {
			if t := shared.term(int32(i)); n > 0 && t >= 0 {
				start[t]++
			}
		}
		end := int32(0)
		for t, k := range start[:terms] {
			end += k
			start[t] = end
		}
		start[terms] = end
		surf := make([]int32, end)
		for i := len(sum) - 1; i >= 0; i-- {
			if t := shared.term(int32(i)); sum[i] > 0 && t >= 0 {
				start[t]--
				surf[start[t]] = int32(i)
			}
		}
		c.index = &formIndex{shared: shared, sum: sum, start: start, surf: surf}
	})
	return c.index
}

// forms returns the forms of term id, most frequent first.
func (ix *formIndex) forms(id int32) []Form {
	if id < 0 || int(id)+1 >= len(ix.start) || ix.start[id] == ix.start[id+1] {
		return nil
	}
	ss := ix.surf[ix.start[id]:ix.start[id+1]]
	fs := make([]Form, len(ss))
	for k, i := range ss {
		fs[k] = Form{Text: ix.shared.text(i), Count: ix.sum[i]}
	}
	if len(fs) > 1 {
		sortForms(fs)
	}
	return fs
}

// formsOf returns the forms of unigram term id, whose count is n: made for it alone when
// the profile's surfaces are of one table (see formIndex).
func (c *idCounts) formsOf(id int32, n int64) []Form {
	if c.best == nil {
		if ix := c.formIndex(); ix != nil {
			return ix.forms(id)
		}
	}
	return c.listedForms(id, n)
}

// listedForms is formsOf read from termForms, for a caller that asks for every term's.
func (c *idCounts) listedForms(id int32, n int64) []Form {
	if c.best != nil {
		if int(id) < len(c.best) && c.best[id] != "" {
			return []Form{{Text: c.best[id], Count: int(n)}}
		}
		return nil
	}
	if fs := c.termForms(); uint(id) < uint(len(fs)) {
		return fs[id]
	}
	return nil
}

// Dropped counts the tokens a profile left out, so that nothing is lost without a trace.
type Dropped struct {
	Stop        int `json:"stop"`        // stop words
	Number      int `json:"number"`      // numbers (unless KeepNumbers)
	Boilerplate int `json:"boilerplate"` // words of datelines and sign-offs
	Voice       int `json:"voice"`       // words outside the voices counted
	Address     int `json:"address"`     // words of web and e-mail addresses (unless KeepAddresses)
}

func (d *Dropped) add(e Dropped) {
	d.Stop += e.Stop
	d.Number += e.Number
	d.Boilerplate += e.Boilerplate
	d.Voice += e.Voice
	d.Address += e.Address
}

// TermStat is the count of one term in a profile.
type TermStat struct {
	Term    string `json:"term"`  // the stem, protected word, phrase (words joined by "_") or n-gram (space-separated)
	N       int    `json:"n"`     // 1 for words and phrases, 2 or 3 for n-grams
	Count   int    `json:"count"` // occurrences
	DocFreq int    `json:"df"`    // documents it occurs in
	// Forms are the surface forms that produced the term, most frequent first. An n-gram
	// has one, made of its words' most frequent forms (surfaces of n-grams are not kept per
	// occurrence).
	Forms []Form `json:"forms"`
}

// Word returns the term's surface form a person should read (see displayForm): its most
// frequent one, unless that is a lower-case word capitalized where a sentence or a
// headline opens.
func (t *TermStat) Word() string {
	if len(t.Forms) == 0 {
		return t.Term
	}
	return displayForm(t.Forms)
}

// displayForm returns the form of forms (most frequent first) to show: the most frequent,
// unless it differs from a form of the list only by its first letter's capital and is less
// than five times as frequent as that lower-case form. A word capitalized where a sentence
// or a title-case headline opens ("Volunteers" in a corpus of headlines) is then shown as
// the text writes it elsewhere ("volunteers"), while a name that is also a word keeps its
// capital ("Bush" 1,000 times beside "bush" twice).
func displayForm(forms []Form) string {
	top := forms[0]
	r, n := utf8.DecodeRuneInString(top.Text)
	if !unicode.IsUpper(r) {
		return top.Text
	}
	lower := string(unicode.ToLower(r)) + top.Text[n:]
	for _, f := range forms[1:] {
		if f.Text == lower && top.Count < 5*f.Count {
			return lower
		}
	}
	return top.Text
}

// A Form is one surface form of a term and how often it occurred.
type Form struct {
	Text  string `json:"text"`  // the form as it appears in the text (or, in a StemGroup, normalized)
	Count int    `json:"count"` // how often it occurred
}

// ProfileSpec is the content of a profile as plain values: what [NewProfile] takes.
type ProfileSpec struct {
	// Analyzer holds the settings that produced the counts. Profiles compare and merge only
	// with profiles made with the same settings.
	Analyzer Analyzer `json:"analyzer"`
	// Lexicon names the lexicon whose categories are the terms, for a profile of lexicon
	// categories; empty for a profile of words.
	Lexicon   string `json:"lexicon,omitempty"`
	Documents int    `json:"documents"` // documents counted
	// Totals holds the number of counted unigrams (words and protected phrases) and, when
	// n-grams are counted, of bigram and trigram positions: Totals[n-1] is the denominator
	// for the rates of n-grams of order n.
	Totals  []int      `json:"totals"`
	Dropped Dropped    `json:"dropped"` // tokens not counted, by reason
	Terms   []TermStat `json:"terms"`   // every counted term, in any order
}

// NewProfile returns the profile of counts you already have (from another tool, or a table
// of your own), checked as [Profile] requires: Documents, Totals, Dropped and every count
// ≥ 0; Totals has 1 to 3 entries; no term twice; each term of order N between 1 and
// len(Totals) with Count ≤ Totals[N-1] and DocFreq ≤ min(Count, Documents); every form's
// count ≥ 0. Terms are sorted by Term; a term with count 0 is allowed (and scores
// nothing). Errors wrap [ErrCounts] and name the first problem. The spec is copied.
func NewProfile(s ProfileSpec) (*Profile, error) {
	terms := make([]TermStat, len(s.Terms))
	for i, t := range s.Terms {
		t.Forms = slices.Clone(t.Forms)
		terms[i] = t
	}
	slices.SortStableFunc(terms, func(a, b TermStat) int { return strings.Compare(a.Term, b.Term) })
	p := &Profile{an: s.Analyzer, lexicon: s.Lexicon, docs: s.Documents, totals: slices.Clone(s.Totals), dropped: s.Dropped, terms: terms}
	if err := p.validateStrings(); err != nil {
		return nil, err
	}
	p.once.Do(func() {})
	return p, nil
}

// validateStrings checks a profile made from strings.
func (p *Profile) validateStrings() error {
	if len(p.totals) < 1 || len(p.totals) > 3 {
		return errorf(ErrCounts, "profile has %d totals (want 1 to 3)", len(p.totals))
	}
	if p.docs < 0 {
		return errorf(ErrCounts, "profile has %d documents", p.docs)
	}
	for i, t := range p.totals {
		if t < 0 {
			return errorf(ErrCounts, "Totals[%d] = %d", i, t)
		}
	}
	d := p.dropped
	if d.Stop < 0 || d.Number < 0 || d.Boilerplate < 0 || d.Voice < 0 || d.Address < 0 {
		return errorf(ErrCounts, "negative dropped counts %+v", d)
	}
	for i := range p.terms {
		t := &p.terms[i]
		if i > 0 && p.terms[i-1].Term == t.Term {
			return errorf(ErrCounts, "term %q appears twice", t.Term)
		}
		switch {
		case t.N < 1 || t.N > len(p.totals):
			return errorf(ErrCounts, "term %q has order %d (the profile counts 1 to %d)", t.Term, t.N, len(p.totals))
		case t.Count < 0 || t.Count > p.totals[t.N-1]:
			return errorf(ErrCounts, "term %q has count %d (total %d)", t.Term, t.Count, p.totals[t.N-1])
		case t.DocFreq < 0 || t.DocFreq > t.Count || t.DocFreq > p.docs:
			return errorf(ErrCounts, "term %q has document frequency %d (count %d, %d documents)", t.Term, t.DocFreq, t.Count, p.docs)
		}
		for _, f := range t.Forms {
			if f.Count < 0 {
				return errorf(ErrCounts, "term %q: form %q has count %d", t.Term, f.Text, f.Count)
			}
		}
	}
	return nil
}

// Analyzer returns the settings that produced the profile, with Language resolved to its
// canonical name.
func (p *Profile) Analyzer() Analyzer { return p.an }

// Lexicon names the lexicon whose categories are the terms, for a profile made by
// [Analyzer.LexiconProfile]; empty for a profile of words.
func (p *Profile) Lexicon() string { return p.lexicon }

// Documents returns the number of documents counted (empty ones included).
func (p *Profile) Documents() int { return p.docs }

// Total returns the number of counted n-grams of order n: 1 for words (and protected
// phrases), the denominator of word rates; 2 and 3 for bigram and trigram positions when
// the analyzer counts them. It is 0 for an order the profile does not count.
func (p *Profile) Total(n int) int {
	if n < 1 || n > len(p.totals) {
		return 0
	}
	return p.totals[n-1]
}

// Orders returns the longest n-gram order the profile counts (1 to 3).
func (p *Profile) Orders() int { return len(p.totals) }

// Dropped returns the counts of the tokens the profile left out, by reason.
func (p *Profile) Dropped() Dropped { return p.dropped }

// Terms returns every counted term, sorted by Term, each with its forms sorted by count
// (descending) then text. The slice is the profile's own: do not modify it.
func (p *Profile) Terms() []TermStat {
	p.once.Do(p.materialize)
	return p.terms
}

// Lookup returns the statistics of a term.
func (p *Profile) Lookup(term string) (TermStat, bool) {
	ts := p.Terms()
	i, ok := slices.BinarySearchFunc(ts, term, func(t TermStat, s string) int { return strings.Compare(t.Term, s) })
	if !ok {
		return TermStat{}, false
	}
	return ts[i], true
}

// Count returns how often term occurs (0 if never).
func (p *Profile) Count(term string) int {
	t, _ := p.Lookup(term)
	return t.Count
}

// spec returns the profile's content as plain values.
func (p *Profile) spec() ProfileSpec {
	return ProfileSpec{Analyzer: p.an, Lexicon: p.lexicon, Documents: p.docs, Totals: p.totals, Dropped: p.dropped, Terms: p.Terms()}
}

// MarshalJSON writes the profile with every term by its text, in the form of [ProfileSpec]
// (terms sorted).
func (p *Profile) MarshalJSON() ([]byte, error) {
	return json.Marshal(p.spec())
}

// UnmarshalJSON reads a profile written by MarshalJSON (or by hand, in that form) and
// checks it as [NewProfile] does. A profile whose "dropped" has no "address" was written
// before the analyzer dropped web and e-mail addresses, so it counted their words: it is
// read with Analyzer.KeepAddresses set, and so compares and merges only with profiles
// that count them too.
func (p *Profile) UnmarshalJSON(b []byte) error {
	var s ProfileSpec
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	var old struct {
		Dropped map[string]json.RawMessage `json:"dropped"`
	}
	if err := json.Unmarshal(b, &old); err == nil && old.Dropped != nil {
		if _, ok := old.Dropped["address"]; !ok {
			s.Analyzer.KeepAddresses = true
		}
	}
	q, err := NewProfile(s)
	if err != nil {
		return err
	}
	p.an, p.lexicon, p.docs, p.totals, p.dropped, p.ids = q.an, q.lexicon, q.docs, q.totals, q.dropped, nil
	p.terms = q.terms
	p.once = sync.Once{}
	p.once.Do(func() {})
	return nil
}

// materialize lists the terms of a profile counted by id.
func (p *Profile) materialize() {
	c := p.ids
	if c == nil {
		return
	}
	keys := c.vocab.keySnapshot()
	// Words sort by key; the key of an n-gram is its words' keys joined by spaces, and a
	// space sorts before every byte a key holds, so n-grams sort by their words' ranks
	// compared as tuples (a shorter tuple first), without comparing strings.
	uni := c.unigrams()
	slices.SortFunc(uni, func(a, b idEntry) int { return strings.Compare(keys[a.id], keys[b.id]) })
	rank := make(map[int32]int32, len(uni))
	for r, e := range uni {
		rank[e.id] = int32(r)
	}
	forms := make(map[int32][]Form, len(uni))
	for _, e := range uni {
		forms[e.id] = c.listedForms(e.id, e.count)
	}
	type entry struct {
		t   [3]int32 // ranks, -1 past the order
		ids [3]int32
		n   int
		s   termCount
	}
	entries := make([]entry, 0, len(uni)+c.ng[0].len()+c.ng[1].len())
	for r, e := range uni {
		entries = append(entries, entry{t: [3]int32{int32(r), -1, -1}, ids: [3]int32{e.id, -1, -1}, n: 1, s: termCount{count: e.count, df: e.df}})
	}
	for k, tab := range c.ng {
		n := k + 2
		tab.each(n, func(ids [3]int32, s *termCount) {
			e := entry{t: [3]int32{-1, -1, -1}, ids: ids, n: n, s: *s}
			for i := range n {
				e.t[i] = rank[ids[i]]
			}
			entries = append(entries, e)
		})
	}
	slices.SortFunc(entries, func(a, b entry) int {
		return cmp.Or(cmp.Compare(a.t[0], b.t[0]), cmp.Compare(a.t[1], b.t[1]), cmp.Compare(a.t[2], b.t[2]))
	})
	p.terms = make([]TermStat, len(entries))
	top := func(id int32) string {
		if fs := forms[id]; len(fs) > 0 {
			return fs[0].Text
		}
		return keys[id]
	}
	for i, e := range entries {
		ts := TermStat{N: e.n, Count: int(e.s.count), DocFreq: int(e.s.df)}
		if e.n == 1 {
			ts.Term, ts.Forms = keys[e.ids[0]], forms[e.ids[0]]
		} else {
			words, surf := make([]string, e.n), make([]string, e.n)
			for k := range e.n {
				words[k], surf[k] = keys[e.ids[k]], top(e.ids[k])
			}
			ts.Term = strings.Join(words, " ")
			ts.Forms = []Form{{Text: strings.Join(surf, " "), Count: ts.Count}}
		}
		if ts.Forms == nil {
			ts.Forms = []Form{}
		}
		p.terms[i] = ts
	}
}

// A StemGroup lists the distinct words a stem merged, for a stem audit.
type StemGroup struct {
	Term  string `json:"term"`  // the stem
	Count int    `json:"count"` // occurrences of all its words
	Words []Form `json:"words"` // distinct normalized words, most frequent first
	// Distinct says the words are not the inflections of one word: their surface forms
	// differ by more than an inflectional ending (-s, -es, -ies, -ed, -ied, -ing, a
	// possessive 's) and its spelling ("emergency" and "emerged", "internal" and
	// "international", "SAR" and "SARS"; not "election" and "elections", "use" and
	// "using", "Israeli" and "Israelis"), by the rule of inflectionBases in inflection.go
	// (each form's possible bases; forms sharing one are one word; an acronym, all capitals
	// and not also in lower case among the forms, is its own base), and the words other
	// than the most used one hold at least 1 use in 20 (a stem whose other words are rarer
	// reads as its main word: "state" with 12 "stately" in 7,590). The rule reads forms,
	// not a dictionary: it joins "united" to "unit" and "evening" to "even". In a language
	// other than English every group of two words or more is Distinct. A stem with
	// Distinct words is one to check before reading it as one word, and to split with
	// [Analyzer.Protected] (-protect in the programs) if the difference matters.
	Distinct bool `json:"distinct"`
}

// StemAudit returns the unigram terms whose surface forms are more than one word once case
// and apostrophes are normalized: the merges the stemmer made ("authorities" and "author"
// under "author"), each marked Distinct if its words are not the inflections of one word
// (see [StemGroup]). It is sorted by count (descending), then term. Protect the words
// whose merge loses a distinction that matters (see [Analyzer.Protected]).
func (p *Profile) StemAudit() []StemGroup {
	var out []StemGroup
	for _, t := range p.Terms() {
		if g, ok := stemGroup(t.Term, t.N, t.Forms, p.an.Language); ok {
			out = append(out, g)
		}
	}
	slices.SortFunc(out, func(a, b StemGroup) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Term, b.Term))
	})
	return out
}

// stemGroup groups the forms of a unigram term by normalized word, in lang (the
// analyzer's language; "" is English); ok is false unless there are two words or more.
func stemGroup(term string, n int, forms []Form, lang string) (StemGroup, bool) {
	russian := lang == "russian"
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
	resolved, _ := ResolveLanguage(lang)
	g := StemGroup{Term: term, Count: total, Distinct: distinctWords(forms, russian, lang == "" || resolved == "english")}
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

// Merge combines profiles of disjoint sets of documents made with the same settings into
// the profile of their union: exactly the profile that counting all the documents at once
// gives. Profiles counted over one [Vocabulary] merge by adding their count arrays; others
// (from JSON, from another process) merge term by term. It returns an error wrapping
// [ErrMismatch] if the settings differ, voices included (unlike [Compare], which sets a
// text's own voice against what it quotes, a sum of counts must count the same words in
// every part), and one wrapping [ErrCounts] if a sum would overflow. The inputs are not
// modified.
func Merge(ps ...*Profile) (*Profile, error) {
	if len(ps) == 0 {
		return nil, errorf(ErrOption, "Merge needs at least one profile")
	}
	for i, p := range ps {
		if p == nil {
			return nil, errorf(ErrOption, "profile %d is nil", i)
		}
		if err := samePool(ps[0], "profile 0", p, fmt.Sprintf("profile %d", i)); err != nil {
			return nil, err
		}
		if p.an.Language != ps[0].an.Language {
			return nil, errorf(ErrMismatch, "profile %d is in %s, profile 0 in %s: a merged profile has one language", i, p.an.Language, ps[0].an.Language)
		}
	}
	out := &Profile{an: ps[0].an, lexicon: ps[0].lexicon, totals: make([]int, len(ps[0].totals))}
	for i, p := range ps {
		var ok [6]bool
		out.docs, ok[0] = addInt(out.docs, p.docs)
		out.dropped.Stop, ok[1] = addInt(out.dropped.Stop, p.dropped.Stop)
		out.dropped.Number, ok[2] = addInt(out.dropped.Number, p.dropped.Number)
		out.dropped.Boilerplate, ok[3] = addInt(out.dropped.Boilerplate, p.dropped.Boilerplate)
		out.dropped.Voice, ok[4] = addInt(out.dropped.Voice, p.dropped.Voice)
		out.dropped.Address, ok[5] = addInt(out.dropped.Address, p.dropped.Address)
		for _, k := range ok {
			if !k {
				return nil, errorf(ErrCounts, "profile %d: counts overflow when summed", i)
			}
		}
		for j, t := range p.totals {
			var k bool
			if out.totals[j], k = addInt(out.totals[j], t); !k {
				return nil, errorf(ErrCounts, "profile %d: totals overflow when summed", i)
			}
		}
	}
	if v := sharedVocabulary(ps); v != nil {
		if len(ps) == 1 {
			out.ids = ps[0].ids // counts are never modified after a profile is made
		} else {
			out.ids = mergeIDs(v, ps)
		}
		return out, nil
	}
	terms, err := mergeTerms(ps)
	if err != nil {
		return nil, err
	}
	out.terms = terms
	out.once.Do(func() {})
	return out, nil
}

// sharedVocabulary returns the vocabulary every profile was counted over, or nil.
func sharedVocabulary(ps []*Profile) *Vocabulary {
	for _, p := range ps {
		if p.ids == nil || p.ids.vocab != ps[0].ids.vocab {
			return nil
		}
	}
	return ps[0].ids.vocab
}

// mergeIDs adds the count arrays of profiles over one vocabulary. Counts of one corpus fit
// int64 by far (each count is at most the corpus's number of tokens, itself an int).
func mergeIDs(v *Vocabulary, ps []*Profile) *idCounts {
	out := &idCounts{vocab: v, best: ps[0].ids.best, own: ps[0].ids.own}
	n := 0
	for _, p := range ps {
		n = max(n, len(p.ids.uni))
		if p.ids.sp != nil {
			n = max(n, v.Len())
		}
		if p.ids.best == nil {
			out.best = nil
		}
		if !sameSlice(p.ids.own, out.own) {
			out.own = nil // profiles of different sides: neither side's own forms
		}
	}
	out.uni = make([]termCount, n)
	for _, p := range ps {
		for i, t := range p.ids.uni {
			out.uni[i].count += t.count
			out.uni[i].df += t.df
		}
		if p.ids.sp != nil {
			p.ids.sp.each(func(id int32, c int64) { out.uni[id].count += c })
		}
		out.surf = append(out.surf, p.ids.surf...)
		for k, tab := range p.ids.ng {
			if tab == nil {
				continue
			}
			if out.ng[k] == nil {
				out.ng[k] = &ngramTable{}
			}
			out.ng[k].addAll(tab, k+2)
		}
	}
	return out
}

// mergeTerms merges profiles term by term.
func mergeTerms(ps []*Profile) ([]TermStat, error) {
	byTerm := make(map[string]*TermStat)
	for i, p := range ps {
		for _, t := range p.Terms() {
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
				return nil, errorf(ErrCounts, "profile %d: counts overflow when summed", i)
			}
			m.Forms = append(m.Forms, t.Forms...)
		}
	}
	out := make([]TermStat, 0, len(byTerm))
	for _, m := range byTerm {
		forms, ok := mergeForms(m.Forms)
		if !ok {
			return nil, errorf(ErrCounts, "term %q: form counts overflow when summed", m.Term)
		}
		m.Forms = forms
	}
	for _, m := range byTerm {
		if m.N > 1 {
			// An n-gram's form is made of its words' most frequent forms, which the merge
			// may have changed.
			words := strings.Split(m.Term, " ")
			for i, w := range words {
				if u := byTerm[w]; u != nil && u.N == 1 && len(u.Forms) > 0 {
					words[i] = u.Forms[0].Text
				}
			}
			m.Forms = []Form{{Text: strings.Join(words, " "), Count: m.Count}}
		}
		out = append(out, *m)
	}
	slices.SortFunc(out, func(a, b TermStat) int { return strings.Compare(a.Term, b.Term) })
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
