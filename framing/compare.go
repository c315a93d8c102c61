package framing

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/stats"
)

// CompareOptions configures [Compare]. The zero value reports the 20 most distinctive terms
// per side under the default [LogOddsOptions], and tests them over documents with 1,000
// shuffles where the documents are at hand.
type CompareOptions struct {
	LogOdds LogOddsOptions `json:"log_odds"` // the term scores' settings
	// Top is how many terms to list per side; 0 means 20, a negative value lists all that
	// lean to a side (a term scored exactly 0 is listed on neither, though its p-value is
	// adjusted with the others).
	Top int `json:"top"`
	// MinCount drops terms whose count on both sides together is below it from the lists;
	// 0 or 1 keeps every term (a single article per side must not lose its vocabulary).
	MinCount int `json:"min_count"`
	// DocTest configures the document-level test (see DocumentTest), which CompareSplit,
	// EventCounts.Compare and EventCounts.CompareEvents run on the family of terms
	// DocTestOptions.Terms describes, chosen among every term scored whatever Top lists;
	// Compare, given profiles only, cannot.
	DocTest DocTestOptions `json:"doc_test"`
}

// A Comparison is the framing comparison of two sides: the terms that distinguish them and
// how far apart their vocabularies are. It carries the exact settings that produced it.
type Comparison struct {
	Event   string    `json:"event,omitempty"`     // set by CompareSplit
	SideA   string    `json:"side_a"`              // the name of side A
	SideB   string    `json:"side_b"`              // the name of side B
	DocsA   int       `json:"docs_a"`              // documents in A
	DocsB   int       `json:"docs_b"`              // documents in B
	TokensA int       `json:"tokens_a"`            // counted words in A
	TokensB int       `json:"tokens_b"`            // counted words in B
	JSD     float64   `json:"jensen_shannon_bits"` // see JensenShannon
	TopA    []KeyTerm `json:"top_a"`               // terms leaning to A, strongest first
	TopB    []KeyTerm `json:"top_b"`               // terms leaning to B, strongest first
	// Merges lists, for the terms in TopA and TopB whose stem merged different words (on
	// either side, or across them), the words it merged, each group marked Distinct when
	// they are not the inflections of one word (see [StemGroup]): check those before
	// reading a stem as one word. It is empty when the profiles keep only each term's most
	// frequent form (those of [EventCounts]): their other forms are not known.
	Merges []StemGroup `json:"stem_merges,omitempty"`
	// DocTest says whether the terms of TopA and TopB were tested over documents (their
	// DocP), and if not, why.
	DocTest DocTest        `json:"doc_test"`
	Options CompareOptions `json:"options"` // the settings used, defaults filled in
	// Analyzer is the settings both profiles were made with.
	Analyzer Analyzer `json:"analyzer"`

	scored *scoredRows // every term scored, for the document-level test; nil after it
}

// scoredRows are the terms a comparison scored, each kept as its score, p-values and row
// (32 bytes rather than a KeyTerm's 200): a comparison lists a few dozen of the thousands
// it scores, and a KeyTerm is made only for those, or for all of them when the
// document-level test picks its family among them (see listed).
type scoredRows struct {
	scorers []logOddsRows // by n-gram order - 1
	rows    []scoredRow   // in the order of the tables, and of their rows
}

// scoredRow is a term scored: its score, its token-level p, adjusted (padj), and its row
// k of the table of order n+1.
type scoredRow struct {
	z, p, padj float64
	n, k       int32
}

// adjust sets each row's padj, its p adjusted over every row.
//
// The p-values go to stats.AdjustP in ascending order (sorted by sortKeyed on their
// bits, which order floats from 0 to 1 as their values), so that its comparison sort finds
// them sorted at once (adjust took 2.3% of the CPU of `compare -a -b` on the halves of BBC
// News, most of it in that sort's calls to its comparison; now 1.2%, the sorts included).
// The adjustments it makes give tied p-values one value whatever
// their order, so every row gets what it would in the rows' order; with a p-value that is
// not a number from 0 to 1 they go in the rows' order, for AdjustP's error to name the row.
func (sc *scoredRows) adjust(method stats.Adjust) error {
	es := make([]keyedID, len(sc.rows))
	valid := true
	for i := range sc.rows {
		p := sc.rows[i].p
		valid = valid && p >= 0 && p <= 1
		es[i] = keyedID{math.Float64bits(p), int32(i)}
	}
	if valid {
		sortKeyed(es)
	}
	p := make([]float64, len(es))
	for k, e := range es {
		p[k] = sc.rows[e.id].p
	}
	adj, err := stats.AdjustP(p, method)
	if err != nil {
		return err
	}
	for k, e := range es {
		sc.rows[e.id].padj = adj[k]
	}
	return nil
}

// keyTerm returns row i as a KeyTerm, untested over documents (its document-level
// fields -1), without its words.
func (sc *scoredRows) keyTerm(i int) KeyTerm {
	r := &sc.rows[i]
	kt := sc.scorers[r.n].row(int(r.k))
	kt.PAdj = r.padj
	kt.DocFreqA, kt.DocFreqB, kt.DocP, kt.DocPAdj = -1, -1, -1, -1
	return kt
}

// len returns the number of rows scored.
func (sc *scoredRows) len() int { return len(sc.rows) }

// keyTerms returns every row as a KeyTerm (see keyTerm).
func (sc *scoredRows) keyTerms() []KeyTerm {
	out := make([]KeyTerm, len(sc.rows))
	for i := range sc.rows {
		out[i] = sc.keyTerm(i)
	}
	return out
}

// top returns the k rows leaning most to side A (sign 1) or B (sign -1) as TopKeyTerms
// lists KeyTerms (all of them if k <= 0).
func (sc *scoredRows) top(k int, sign float64) []KeyTerm {
	term := func(r *scoredRow) string { return sc.scorers[r.n].t.terms[r.k] }
	idx := topIndices(len(sc.rows), k, func(i int) bool { return sc.rows[i].z*sign > 0 }, func(x, y int) int {
		rx, ry := &sc.rows[x], &sc.rows[y]
		return keyOrder(rx.z*sign, rx.p, int(rx.n)+1, term(rx), ry.z*sign, ry.p, int(ry.n)+1, term(ry))
	})
	out := make([]KeyTerm, len(idx))
	for j, i := range idx {
		out[j] = sc.keyTerm(i)
	}
	return out
}

// Compare scores two profiles with the log-odds measure (see [LogOddsOptions]; token-level
// p-values adjusted by Benjamini–Hochberg over every term kept) and [JensenShannon], and
// keeps the strongest terms of each side. Names label the sides in the result. Profiles
// hold no documents, so the terms are not tested over documents (Comparison.DocTest says
// so): [CompareSplit] and [EventCounts.Compare] test them.
func Compare(a, b *Profile, nameA, nameB string, opts *CompareOptions) (*Comparison, error) {
	c, err := compare(a, b, nameA, nameB, opts)
	if err != nil {
		return nil, err
	}
	c.scored = nil
	c.DocTest = DocTest{Reason: "profiles hold no documents: CompareSplit and EventCounts.Compare test over documents",
		Seed: c.Options.DocTest.Seed, Untested: len(c.TopA) + len(c.TopB)}
	if c.Options.DocTest.Permutations < 0 {
		c.DocTest.Reason = docTestReason(c.Options.DocTest, 0, 0, false)
	}
	return c, nil
}

// resolve fills in the defaults.
func (o *CompareOptions) resolve() (CompareOptions, error) {
	var c CompareOptions
	if o != nil {
		c = *o
	}
	if c.Top == 0 {
		c.Top = 20
	}
	if c.MinCount < 0 {
		return c, errorf(ErrOption, "CompareOptions.MinCount = %d (want >= 0)", c.MinCount)
	}
	lo, err := c.LogOdds.resolve()
	if err != nil {
		return c, err
	}
	c.LogOdds = lo
	dt, err := c.DocTest.resolve()
	if err != nil {
		return c, err
	}
	c.DocTest = dt
	return c, nil
}

// compare is Compare without a word on the document-level test: its terms' document-level
// fields are -1.
func compare(a, b *Profile, nameA, nameB string, opts *CompareOptions) (*Comparison, error) {
	o, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	if err := checkPair(a, b); err != nil {
		return nil, err
	}
	if o.LogOdds.Prior == PriorBackground {
		if err := sameBackground(a, b, o.LogOdds.Background); err != nil {
			return nil, err
		}
	}
	tables := make([]table, a.Orders())
	sc := &scoredRows{scorers: make([]logOddsRows, len(tables))}
	size := 0
	for n := range tables {
		if tables[n] = align(a, b, n+1); tables[n].na > 0 && tables[n].nb > 0 {
			size += len(tables[n].terms)
		}
	}
	// Every term is scored (its p joins the adjustment), but only the rows listed, or
	// tested over documents, are made into KeyTerms (see scoredRows).
	sc.rows = make([]scoredRow, 0, size)
	for n := range tables {
		t := &tables[n]
		if t.na == 0 || t.nb == 0 {
			continue
		}
		l := &sc.scorers[n]
		*l = newLogOddsRows(t, &o.LogOdds)
		for k := range t.terms {
			if o.MinCount > 1 && int(t.a[k])+int(t.b[k]) < o.MinCount {
				continue
			}
			z, p := l.score(k)
			sc.rows = append(sc.rows, scoredRow{z: z, p: p, n: int32(n), k: int32(k)})
		}
	}
	js := tables[0].jensenShannon()
	if err := sc.adjust(stats.AdjustBH); err != nil {
		return nil, err
	}
	c := &Comparison{
		SideA: nameA, SideB: nameB,
		DocsA: a.Documents(), DocsB: b.Documents(),
		TokensA: a.Total(1), TokensB: b.Total(1),
		JSD:  js,
		TopA: sc.top(o.Top, 1), TopB: sc.top(o.Top, -1),
		Options: o, Analyzer: a.Analyzer(), scored: sc,
	}
	for _, top := range [2][]KeyTerm{c.TopA, c.TopB} {
		for i := range top {
			s := &top[i]
			t := &tables[s.N-1]
			k, _ := slices.BinarySearch(t.terms, s.Term)
			t.setWords(s, k) // (the rows scored have none: nothing else reads them)
			fa, fb := t.forms(k)
			forms := fa // stemGroup only reads them
			if len(fb) > 0 {
				forms = slices.Concat(fa, fb)
			}
			if g, ok := stemGroup(s.Term, s.N, forms, a.Analyzer().Language); ok {
				c.Merges = append(c.Merges, g)
			}
		}
	}
	return c, nil
}

// CompareSplit profiles both sides of a [corpus.Split] with an (in parallel, over one
// vocabulary: see [Analyzer.Profiles]), compares them, and tests the terms listed over the
// documents ([DocumentTest], which reads the documents a second time; set
// DocTest.Permutations < 0 to skip it). Every document needs an ID, and none may be on
// a side twice or on both sides (errors wrapping [corpus.ErrMissingField],
// [corpus.ErrDuplicateID] and [corpus.ErrOverlap] that name the document), as
// [corpus.Corpus.Split] makes sure. A side without documents is an error wrapping
// [corpus.ErrEmptySide] that names it (both, if both are empty); a side whose documents
// hold no counted word, one wrapping [ErrEmpty]. A nil analyzer is an error wrapping
// [ErrOption].
func CompareSplit(an *Analyzer, s corpus.Split, opts *CompareOptions) (*Comparison, error) {
	if an == nil {
		return nil, errorf(ErrOption, "CompareSplit needs an analyzer (event %q)", s.Event)
	}
	if err := checkSplit(s); err != nil {
		return nil, err
	}
	ps, err := an.Profiles(s.A, s.B)
	if err != nil {
		return nil, err
	}
	return compareSplit(an, s, ps[0], ps[1], opts)
}

// CompareSplitProfiles is [CompareSplit] for sides already counted: a is the profile of
// s.A and b that of s.B, each made with an (by [Analyzer.Profiles], or in
// [Analyzer.VoiceReport]'s pass: VoiceReportOptions.Profiles), best over one vocabulary,
// whose term ids it then aligns without comparing strings. The result is CompareSplit's,
// and s must meet CompareSplit's conditions.
//
// Before comparing, it checks what it can without reading the documents, and returns an
// error wrapping [ErrOption] for a nil analyzer or a nil profile, and one wrapping
// [ErrMismatch] if a and b are the same profile (two sides of distinct documents cannot
// have one profile), if a profile's document count is not the number of documents on its
// side (len(s.A) for a, len(s.B) for b), if a profile counts a lexicon's categories, or
// if a profile was not made with an's settings: every setting but Workers, the voices
// included, with an's Language resolved to its canonical name (an empty Language takes
// the profile's, the documents' own). Profiles of two sides with as many documents each,
// passed in the wrong order, pass these checks; so does a profile of other documents
// with the same count. The document-level test, when it runs, reads the documents as
// CompareSplit's does and returns an error wrapping [ErrMismatch] if a row's counts are
// not those of the documents.
func CompareSplitProfiles(an *Analyzer, s corpus.Split, a, b *Profile, opts *CompareOptions) (*Comparison, error) {
	if an == nil {
		return nil, errorf(ErrOption, "CompareSplitProfiles needs the analyzer the profiles were made with (event %q)", s.Event)
	}
	if a == nil || b == nil {
		return nil, errorf(ErrOption, "CompareSplitProfiles needs the profiles of both sides (event %q)", s.Event)
	}
	if a == b {
		return nil, errorf(ErrMismatch, "event %q: one profile for both sides: pass the profile of side A's documents and that of side B's", s.Event)
	}
	if err := checkSplit(s); err != nil {
		return nil, err
	}
	names := [2]string{cmp.Or(s.NameA, "A"), cmp.Or(s.NameB, "B")}
	for k, side := range [2]struct {
		p    *Profile
		docs int
	}{{a, len(s.A)}, {b, len(s.B)}} {
		p := side.p
		if p.Documents() != side.docs {
			return nil, errorf(ErrMismatch, "event %q: the profile of side %q counts %d document(s) and the side has %d (are the profiles in the order of the sides?)",
				s.Event, names[k], p.Documents(), side.docs)
		}
		if p.lexicon != "" {
			return nil, errorf(ErrMismatch, "event %q: the profile of side %q counts the categories of lexicon %q, not words", s.Event, names[k], p.lexicon)
		}
		if err := madeWith(an, p, fmt.Sprintf("event %q: the profile of side %q", s.Event, names[k])); err != nil {
			return nil, err
		}
	}
	return compareSplit(an, s, a, b, opts)
}

// madeWith returns an error wrapping [ErrMismatch] that names p as what unless p was
// counted with an's settings (see CompareSplitProfiles), or one wrapping [ErrLanguage] if
// an's language is not supported.
func madeWith(an *Analyzer, p *Profile, what string) error {
	want, got := *an, p.an
	want.Workers, got.Workers = 0, 0
	if want.Language == "" {
		want.Language = got.Language
	} else {
		lang, err := lookupLanguage(want.Language)
		if err != nil {
			return err
		}
		want.Language = lang.name
	}
	wv, gv := want.Voices, got.Voices
	want.Voices, got.Voices = 0, 0
	jw, err := json.Marshal(want)
	if err != nil {
		return fmt.Errorf("framing: %w", err)
	}
	jg, err := json.Marshal(got)
	if err != nil {
		return fmt.Errorf("framing: %w", err)
	}
	if string(jw) != string(jg) || !sameVoices(wv, gv) {
		return errorf(ErrMismatch, "%s was counted with %s and the voices %s, and the analyzer is %s with the voices %s", what, jg, gv, jw, wv)
	}
	return nil
}

// compareSplit is CompareSplit once the sides are counted.
func compareSplit(an *Analyzer, s corpus.Split, a, b *Profile, opts *CompareOptions) (*Comparison, error) {
	c, err := compare(a, b, s.NameA, s.NameB, opts)
	if err != nil {
		return nil, fmt.Errorf("%w (event %q)", err, s.Event)
	}
	c.Event = s.Event
	if dt, skip := docTestSkipped(c.Options.DocTest, len(s.A), len(s.B), c.scored.len()); skip {
		// As DocumentTest says when it does not run, without making every row scored
		// into a KeyTerm for it.
		c.setListed(nil, dt)
		return c, nil
	}
	rows := c.listed()
	dt, err := DocumentTest(an, s, rows, &c.Options.DocTest)
	if err != nil {
		return nil, fmt.Errorf("%w (event %q)", err, s.Event)
	}
	c.setListed(rows, dt)
	return c, nil
}

// checkSplit returns an error unless each side of s has documents and every document of s
// has an ID that no other document of s has: a document twice on a side counts twice, and
// one on both sides is compared with itself.
func checkSplit(s corpus.Split) error {
	names := [2]string{cmp.Or(s.NameA, "A"), cmp.Or(s.NameB, "B")}
	switch {
	case len(s.A) == 0 && len(s.B) == 0:
		return fmt.Errorf("framing: event %q: %w: neither %q nor %q has any", s.Event, corpus.ErrEmptySide, names[0], names[1])
	case len(s.A) == 0:
		return fmt.Errorf("framing: event %q: side %q: %w", s.Event, names[0], corpus.ErrEmptySide)
	case len(s.B) == 0:
		return fmt.Errorf("framing: event %q: side %q: %w", s.Event, names[1], corpus.ErrEmptySide)
	}
	side := make(map[string]int, len(s.A)+len(s.B)) // ID -> its side, 0 or 1
	for k, docs := range [2][]corpus.Document{s.A, s.B} {
		for i, d := range docs {
			if strings.TrimSpace(d.ID) == "" {
				return fmt.Errorf("framing: event %q: document %d of side %q has no id: %w", s.Event, i+1, names[k], corpus.ErrMissingField)
			}
			switch other, ok := side[d.ID]; {
			case ok && other == k:
				return fmt.Errorf("framing: event %q: document %q is twice on side %q: %w", s.Event, d.ID, names[k], corpus.ErrDuplicateID)
			case ok:
				return fmt.Errorf("framing: event %q: document %q is on both sides, %q and %q: %w", s.Event, d.ID, names[other], names[k], corpus.ErrOverlap)
			}
			side[d.ID] = k
		}
	}
	return nil
}

// listed returns the rows to test: every term scored (the test picks its family among
// them), or the terms of TopA and TopB where the scores are not kept.
func (c *Comparison) listed() []KeyTerm {
	if c.scored != nil {
		return c.scored.keyTerms()
	}
	return append(slices.Clone(c.TopA), c.TopB...)
}

// setListed gives the terms of TopA and TopB the document-level figures of the rows of
// listed, tested as dt says, and lets go of the scores.
func (c *Comparison) setListed(rows []KeyTerm, dt *DocTest) {
	type key struct {
		n    int
		term string
	}
	var tested map[key]*KeyTerm // made at the first row tested (most events test none)
	for i := range rows {
		if rows[i].DocP >= 0 {
			if tested == nil {
				tested = make(map[key]*KeyTerm, len(c.TopA)+len(c.TopB))
			}
			tested[key{rows[i].N, rows[i].Term}] = &rows[i]
		}
	}
	for _, top := range [][]KeyTerm{c.TopA, c.TopB} {
		for i := range top {
			t := &top[i]
			t.DocFreqA, t.DocFreqB, t.DocP, t.DocPAdj = -1, -1, -1, -1
			if r, ok := tested[key{t.N, t.Term}]; ok {
				t.DocFreqA, t.DocFreqB, t.DocP, t.DocPAdj = r.DocFreqA, r.DocFreqB, r.DocP, r.DocPAdj
			}
		}
	}
	c.DocTest = *dt
	if c.scored != nil && dt.Ran {
		// Untested counts the terms listed outside the family, not every term scored.
		c.DocTest.Untested = 0
		for _, top := range [][]KeyTerm{c.TopA, c.TopB} {
			for _, t := range top {
				if t.DocP < 0 {
					c.DocTest.Untested++
				}
			}
		}
	}
	c.scored = nil
}
