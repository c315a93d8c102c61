package framing

// The document-level test of a comparison's terms. Documents, not tokens, are the units a
// corpus samples: the token-level p-values of the measures (see KeyTerm.P) take every word
// as an independent draw, which words are not (Lijffijt, Nevalainen, Säily, Papapetrou,
// Puolamäki & Mannila 2016, "Significance testing of word frequencies in corpora", Digital
// Scholarship in the Humanities 31(2): 374–397). The test here shuffles the side labels of
// whole documents (see DocumentTest for the statistic and why a permutation rather than a
// bootstrap). It reads the documents' rows that CountEvents keeps (sparse.go), gathered by
// gatherRows and drawn by floyd as the permutation test of Pool does (events.go), and keeps
// the per-document counts of the tested terms only.

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"iter"
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/stats"
)

// DocTestOptions configures the document-level test of [DocumentTest] (and of
// [CompareOptions].DocTest). The zero value tests up to 200 terms with 1,000 shuffles
// seeded with [DefaultSeed].
type DocTestOptions struct {
	// Permutations is the number of shuffles of the side labels; 0 means 1000, a negative
	// value skips the test, at most 1,000,000. When the documents can be split between the
	// sides in no more ways than this, every way is enumerated instead and the p-values are
	// exact.
	Permutations int    `json:"permutations"`
	Seed         uint64 `json:"seed"` // 0 means DefaultSeed
	// Terms is how many rows are tested at most: the Terms/2 with the largest Score
	// leaning to side A and the Terms − Terms/2 with the most negative leaning to B (a
	// lean with fewer gives its places to the other; words only, n-grams are not tested);
	// 0 means 200, a negative value tests every row (for a comparison, every term it
	// scored: tens of thousands, each costing its share of every shuffle). A
	// comparison tests this family among all the terms it scored, whatever it lists
	// (CompareOptions.Top), so that a term's adjusted p-value does not change with how
	// many terms are shown; a listed term outside it is untested. Not every term: with B
	// shuffles no p-value falls below 1/(B+1), and adjusted over tens of thousands of
	// terms none could stand out. The adjusted p-values are conditional on that choice by
	// the token-level score.
	Terms int `json:"terms"`
}

func (o *DocTestOptions) resolve() (DocTestOptions, error) {
	var c DocTestOptions
	if o != nil {
		c = *o
	}
	if c.Permutations == 0 {
		c.Permutations = 1000
	}
	if c.Seed == 0 {
		c.Seed = DefaultSeed
	}
	if c.Terms == 0 {
		c.Terms = 200
	}
	if c.Permutations > 1_000_000 {
		return c, errorf(ErrOption, "DocTestOptions.Permutations = %d (at most 1,000,000)", c.Permutations)
	}
	return c, nil
}

// DocTest describes a document-level test (see [DocumentTest]): whether it ran, over how
// many documents, and the smallest p-value it could give.
type DocTest struct {
	Ran    bool   `json:"ran"`              // whether the test ran
	Reason string `json:"reason,omitempty"` // why it did not
	// DocsA and DocsB count the documents of each side with at least one counted word: the
	// units whose labels are shuffled. Documents without a counted word carry no rate.
	DocsA int `json:"docs_a"`
	DocsB int `json:"docs_b"`
	Terms int `json:"terms"` // rows tested
	// Untested counts the rows left untested: those beyond DocTestOptions.Terms, and
	// n-grams of order 2 or 3, whose per-document counts are not kept (words and protected
	// phrases are).
	Untested int `json:"untested"`
	// Arrangements is the number of ways to give DocsA of the documents to side A,
	// C(DocsA+DocsB, DocsA), capped at 1e18.
	Arrangements float64 `json:"arrangements"`
	// Exact is set when every arrangement was enumerated (Arrangements <= Permutations);
	// Permutations is then 0, and otherwise the number of shuffles drawn.
	Exact        bool   `json:"exact"`
	Permutations int    `json:"permutations"`
	Seed         uint64 `json:"seed"` // the seed, before it is mixed with the event's name
	// MinP is the smallest p-value the test can give: 1/Arrangements when exact,
	// 1/(Permutations+1) otherwise.
	MinP float64 `json:"min_p"`
}

// noDocTest marks every row untested (-1 in the document-level fields).
func noDocTest(rows []KeyTerm) {
	for i := range rows {
		r := &rows[i]
		r.DocFreqA, r.DocFreqB, r.DocP, r.DocPAdj = -1, -1, -1, -1
	}
}

// docTestSkipped returns what DocumentTest, with the resolved options o, says of a test of
// rows rows that it does not run, not worth reading the documents for: skipped, or fewer
// than 2 documents on a side (docsA, docsB); false if the test is to run.
func docTestSkipped(o DocTestOptions, docsA, docsB, rows int) (*DocTest, bool) {
	if o.Permutations >= 0 && docsA >= 2 && docsB >= 2 {
		return nil, false
	}
	dt := &DocTest{DocsA: docsA, DocsB: docsB, Seed: o.Seed, Untested: rows}
	dt.Reason = docTestReason(o, docsA, docsB, false)
	return dt, true
}

// DocumentTest tests each row's difference between the sides with documents as the units
// sampled, and sets the row's DocFreqA, DocFreqB, DocP and DocPAdj (-1 where the test does
// not run). The rows are those of a comparison or of [Keyness] made with an from the
// documents of s: each row's counts must be those of the documents, or it is an error
// wrapping [ErrMismatch]. It analyzes the documents once more; [EventCounts.DocumentTest]
// reads the counts [CountEvents] kept instead.
//
// For a term, with x_i its count and n_i the counted words of document i, over the m_A
// documents of side A:
//
//	r_A = Σ x_i / Σ n_i                                   (side A's rate, as KeyTerm.RateA)
//	v_A = m_A / (m_A − 1) · Σ (x_i − r_A n_i)² / (Σ n_i)²  (its variance, over documents)
//	t   = (r_A − r_B) / √(v_A + v_B)
//
// and likewise for side B. v_A is the variance of a ratio estimator over its sampling units
// (Cochran 1977, Sampling Techniques, 3rd ed., §6.4), so t is Welch's t-statistic of the
// documents' relative frequencies weighted by their length; for documents of equal length
// it is Welch's t exactly. t is 0 when the rates are equal, and ±Inf when they differ but
// neither side varies. The p-value is two-sided, the share of arrangements of the side
// labels over the documents (each side keeping its number of documents) whose |t| reaches
// the observed one:
//
//	p = #{|t*| ≥ |t|} / Arrangements          every arrangement enumerated (Exact)
//	p = (1 + #{|t*| ≥ |t|}) / (1 + B)         B random arrangements
//
// so p lies in [MinP, 1]. DocPAdj is DocP adjusted by Benjamini–Hochberg over the rows
// tested: it controls the false discovery rate among them, not over terms that were not
// tested; a comparison tests the family DocTestOptions.Terms describes, chosen among all its
// terms by their token-level score, whatever it lists.
//
// Why this test. Lijffijt et al. (2016) find that the χ² and log-likelihood tests, which
// count every word as an independent sample, overstate significance (most for unevenly
// dispersed words), and recommend tests that take texts as the samples: Welch's t-test,
// the Wilcoxon rank-sum test or their bootstrap test. t above is their t-statistic, with
// longer documents weighing more; its p-value comes from shuffling documents between the
// sides rather than from the t distribution (word counts per document are far from normal)
// or from a bootstrap: a permutation p-value is exact at any number of documents under the
// null that the two sides' documents are exchangeable, where a bootstrap's holds only
// asymptotically and overstates significance with few documents; and because t is
// studentized, the permutation test stays asymptotically valid for equal rates when the
// sides differ in spread and size (Janssen 1997, Statistics & Probability Letters 36: 9–21;
// Chung & Romano 2013, Annals of Statistics 41: 484–507, for the difference of means of
// which this is the length-weighted form), the robustness the bootstrap was chosen for.
//
// The test needs at least 2 documents with a counted word on each side; otherwise it does
// not run, and DocTest.Reason says so (with 1 document a side, every arrangement is the
// observed one or its mirror, and p would be 1 whatever the texts say). With few documents
// the smallest possible p (DocTest.MinP) may exceed any threshold: 2 documents a side can
// be arranged 6 ways, so p ≥ 1/6.
//
// Random arrangements are drawn by a PCG generator seeded with Seed mixed with the event's
// name (s.Event) and the draw's number, over the documents sorted by ID (and by content
// where IDs repeat), so the result depends neither on the order of the documents nor on
// the number of workers.
func DocumentTest(an *Analyzer, s corpus.Split, rows []KeyTerm, opts *DocTestOptions) (*DocTest, error) {
	o, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	if dt, skip := docTestSkipped(o, len(s.A), len(s.B), len(rows)); skip {
		noDocTest(rows)
		return dt, nil
	}
	const markA, markB = "\x00framediff side A", "\x00framediff side B"
	docs := func(yield func(corpus.Document, error) bool) {
		for _, side := range []struct {
			docs []corpus.Document
			mark string
		}{{s.A, markA}, {s.B, markB}} {
			for _, d := range side.docs {
				d.Event, d.Kind = s.Event, side.mark
				if !yield(d, nil) {
					return
				}
			}
		}
	}
	sides := []corpus.Side{
		{Name: "A", Match: func(d corpus.Document) bool { return d.Kind == markA }},
		{Name: "B", Match: func(d corpus.Document) bool { return d.Kind == markB }},
	}
	ec, err := countEvents(an, iter.Seq2[corpus.Document, error](docs), sides, nil, false)
	if err != nil {
		return nil, err
	}
	defer ec.Close()
	return ec.DocumentTest(s.Event, 0, 1, rows, &o)
}

// docTestReason says why a test does not run, or "" if it can: docsA and docsB count the
// sides' documents, those with a counted word if counted is set.
func docTestReason(o DocTestOptions, docsA, docsB int, counted bool) string {
	what := "document(s)"
	if counted {
		what = "document(s) with counted words"
	}
	switch {
	case o.Permutations < 0:
		return "not asked for (DocTestOptions.Permutations < 0)"
	case docsA < 2 || docsB < 2:
		return fmt.Sprintf("%d and %d %s: a test over documents needs at least 2 with counted words on each side", docsA, docsB, what)
	}
	return ""
}

// DocumentTest runs the document-level test of [DocumentTest] on rows made from the
// documents of an event on sides a and b, reading the per-document counts CountEvents kept
// (an error wrapping [ErrOption] if it was made with NoRows). It returns an error wrapping
// [corpus.ErrOverlap] if a document of the event belongs to both sides.
func (ec *EventCounts) DocumentTest(event string, a, b int, rows []KeyTerm, opts *DocTestOptions) (*DocTest, error) {
	o, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	if err := ec.side(a); err != nil {
		return nil, err
	}
	if err := ec.side(b); err != nil {
		return nil, err
	}
	ev, err := ec.event(event)
	if err != nil {
		return nil, err
	}
	if err := ec.overlap(ev, a, b); err != nil {
		return nil, err
	}
	if o.Permutations >= 0 && !ec.hasRows() {
		return nil, errorf(ErrOption, "the counts were made with NoRows: no document-level test")
	}
	tests, err := ec.documentTests([]*eventData{ev}, a, b, [][]KeyTerm{rows}, o)
	if err != nil {
		return nil, err
	}
	return tests[0], nil
}

// strongestEach returns the rows of idx to test, in their order: the k/2 with the largest
// Score leaning to A and the k − k/2 with the most negative leaning to B (ties by P, then
// term), a lean with fewer giving its places to the other, then terms scored 0. The
// family tested is so the same whatever a program lists of it.
func strongestEach(rs []KeyTerm, idx []int, k int) []int {
	var pos, neg, zero []int
	for _, i := range idx {
		switch {
		case rs[i].Score > 0:
			pos = append(pos, i)
		case rs[i].Score < 0:
			neg = append(neg, i)
		default:
			zero = append(zero, i)
		}
	}
	order := func(sign float64) func(i, j int) int {
		return func(i, j int) int {
			return cmp.Or(cmp.Compare(rs[j].Score*sign, rs[i].Score*sign), cmp.Compare(rs[i].P, rs[j].P),
				cmp.Compare(rs[i].N, rs[j].N), strings.Compare(rs[i].Term, rs[j].Term), cmp.Compare(i, j))
		}
	}
	slices.SortFunc(pos, order(1))
	slices.SortFunc(neg, order(-1))
	slices.SortFunc(zero, func(i, j int) int { return cmp.Or(strings.Compare(rs[i].Term, rs[j].Term), cmp.Compare(i, j)) })
	nb := min(len(neg), k-k/2)
	na := min(len(pos), k-nb)
	nb = min(len(neg), k-na)
	out := append(append(pos[:na:na], neg[:nb]...), zero[:min(len(zero), k-na-nb)]...)
	slices.Sort(out)
	return out
}

// oneLanguage returns the error documentTests gives for events whose documents are tested
// in different languages, before any is tested.
func (ec *EventCounts) oneLanguage(events []*eventData, a, b int, o DocTestOptions) error {
	slotA, slotB := ec.slot[a], ec.slot[b]
	var run *langRun
	for _, ev := range events {
		if docTestReason(o, ev.side(slotA).docs, ev.side(slotB).docs, false) != "" {
			continue
		}
		if run != nil && ev.run != run {
			return errorf(ErrMismatch, "events %q and %q are in different languages: test each language on its own", events[0].name, ev.name)
		}
		run = ev.run
	}
	return nil
}

// documentTests runs the test of each event on its rows, reading the documents' rows once
// for them all. a and b are side indexes.
func (ec *EventCounts) documentTests(events []*eventData, a, b int, rows [][]KeyTerm, o DocTestOptions) ([]*DocTest, error) {
	if err := ec.oneLanguage(events, a, b, o); err != nil {
		return nil, err
	}
	out := make([]*DocTest, len(events))
	slotA, slotB := ec.slot[a], ec.slot[b]
	// Each event's tested rows, by column of a union over the events.
	union := map[*langRun]map[int32]int32{} // term id -> column, per language
	var tested []int32                      // term id -> column, or -1: for one language
	cols := make([][]int32, len(events))    // per event: row -> column, or -1
	var run *langRun
	for e, ev := range events {
		for i := range rows[e] {
			r := &rows[e][i]
			r.DocFreqA, r.DocFreqB, r.DocP, r.DocPAdj = -1, -1, -1, -1
		}
		dt := &DocTest{Seed: o.Seed, Untested: len(rows[e])}
		out[e] = dt
		docsA, docsB := ev.side(slotA).docs, ev.side(slotB).docs
		if dt.Reason = docTestReason(o, docsA, docsB, false); dt.Reason != "" {
			dt.DocsA, dt.DocsB = docsA, docsB
			continue
		}
		run = ev.run // one language for every tested event (oneLanguage)
		if union[run] == nil {
			union[run] = map[int32]int32{}
		}
		cols[e] = make([]int32, len(rows[e]))
		ids := make([]int32, len(rows[e]))
		var testable []int // rows of words, strongest first
		for i, r := range rows[e] {
			cols[e][i] = -1
			if r.N != 1 {
				continue
			}
			id, ok := run.vocab.lookupTerm(r.Term)
			if !ok {
				if r.CountA+r.CountB > 0 {
					return nil, errorf(ErrMismatch, "event %q: term %q of the rows does not occur in the documents", ev.name, r.Term)
				}
				continue
			}
			ids[i] = id
			testable = append(testable, i)
		}
		if o.Terms > 0 && len(testable) > o.Terms {
			testable = strongestEach(rows[e], testable, o.Terms)
		}
		for _, i := range testable {
			c, ok := union[run][ids[i]]
			if !ok {
				c = int32(len(union[run]))
				union[run][ids[i]] = c
			}
			cols[e][i] = c
		}
	}
	if run == nil {
		return out, nil
	}
	tested = make([]int32, run.vocab.Len())
	for i := range tested {
		tested[i] = -1
	}
	for id, c := range union[run] {
		tested[id] = c
	}
	var todo []*eventData
	for e := range events {
		if cols[e] != nil {
			todo = append(todo, events[e])
		}
	}
	pes, err := ec.gatherRows(todo, slotA, slotB, tested)
	if err != nil {
		return nil, err
	}
	workers := ec.an.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	k := 0
	for e, ev := range events {
		if cols[e] == nil {
			continue
		}
		pe := &pes[k]
		k++
		if err := runDocTest(ev.name, pe, rows[e], cols[e], out[e], o, workers); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// docUnits are one event's documents as the test shuffles them: those with a counted word,
// in a canonical order, each with its counts of the tested terms (compressed rows).
type docUnits struct {
	inA  []bool
	n    []float64 // counted words
	off  []int32   // document d's entries are col[off[d]:off[d+1]], x[...]
	col  []int32   // the tested term (local column) of each entry
	x    []float64 // its count
	cols int
}

// newDocUnits takes the documents of pe with a counted word, keeping the entries of the
// columns local maps (union column -> local column, or -1), and sorts them by ID, then side,
// then length, then counts, so that documents that tie are alike in every number the test
// reads and their order cannot matter.
func newDocUnits(pe *permEvent, local []int32, cols int) *docUnits {
	type doc struct {
		id    string
		inA   bool
		n     float64
		col   []int32
		x     []float64
		order []int
	}
	var docs []doc
	for d := range pe.inA {
		if pe.total[d] == 0 {
			continue
		}
		dc := doc{id: pe.ids[d], inA: pe.inA[d], n: pe.total[d]}
		for j := pe.off[d]; j < pe.off[d+1]; j++ {
			if c := pe.terms[j]; int(c) < len(local) && local[c] >= 0 {
				dc.col = append(dc.col, local[c])
				dc.x = append(dc.x, float64(pe.n[j]))
			}
		}
		// The entries by column.
		idx := make([]int, len(dc.col))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(i, j int) int { return cmp.Compare(dc.col[i], dc.col[j]) })
		col, x := make([]int32, len(idx)), make([]float64, len(idx))
		for i, j := range idx {
			col[i], x[i] = dc.col[j], dc.x[j]
		}
		dc.col, dc.x = col, x
		docs = append(docs, dc)
	}
	boolCmp := func(a, b bool) int {
		switch {
		case a == b:
			return 0
		case a:
			return 1
		}
		return -1
	}
	slices.SortFunc(docs, func(p, q doc) int {
		return cmp.Or(strings.Compare(p.id, q.id), boolCmp(p.inA, q.inA), cmp.Compare(p.n, q.n),
			slices.Compare(p.col, q.col), slices.Compare(p.x, q.x))
	})
	u := &docUnits{off: []int32{0}, cols: cols}
	for _, d := range docs {
		u.inA = append(u.inA, d.inA)
		u.n = append(u.n, d.n)
		u.col = append(u.col, d.col...)
		u.x = append(u.x, d.x...)
		u.off = append(u.off, int32(len(u.col)))
	}
	return u
}

// sideSums are the sums over one side's documents that t needs, for one term: Σx, Σx² and
// Σxn. Counts and lengths are integers, so the sums are exact (below 2^53) in any order.
type sideSums struct{ x, q, p float64 }

// docT returns t (see DocumentTest) of one term from its sums over the documents of A and
// B, the sides' word sums n and sums of squared lengths n2, and their numbers of documents.
func docT(sa, sb sideSums, na, na2, nb, nb2 float64, ma, mb int) float64 {
	ra, rb := sa.x/na, sb.x/nb
	v := float64(ma)/float64(ma-1)*spread(sa, na, na2)/(na*na) + float64(mb)/float64(mb-1)*spread(sb, nb, nb2)/(nb*nb)
	d := ra - rb
	switch {
	case d == 0:
		return 0
	case v == 0:
		return math.Inf(int(math.Copysign(1, d)))
	}
	return d / math.Sqrt(v)
}

// spread returns Σ (x_i − r n_i)² over a side's documents, r = Σx_i / n, from the sums s,
// n = Σn_i and n2 = Σn_i²: q − 2 r p + r² n2. Where that loses most of its digits to
// cancellation, it is recomputed from the integers exactly, as (q n² − 2 x p n + x² n2) / n²
// in 192-bit arithmetic, so that a side whose documents all use the term at one rate has a
// spread of exactly 0 and the ties of the permutation distribution stay ties.
func spread(s sideSums, n, n2 float64) float64 {
	r := s.x / n
	ss := s.q - 2*r*s.p + r*r*n2
	if ss > 1e-6*(s.q+r*r*n2) {
		return ss
	}
	q, x, p, un, un2 := uint64(s.q), uint64(s.x), uint64(s.p), uint64(n), uint64(n2)
	pos := u192{q}.mul(un).mul(un).add(u192{x}.mul(x).mul(un2))
	neg := u192{x}.mul(p).mul(un).mul(2)
	if pos.cmp(neg) <= 0 {
		return 0 // a sum of squares: negative only by rounding
	}
	return pos.sub(neg).float() / (n * n)
}

// u192 is an unsigned integer of 192 bits, least significant word first: wide enough for
// the products of three integers below 2^53 (and twice that) in spread.
type u192 [3]uint64

func (a u192) mul(b uint64) u192 {
	var out u192
	var carry uint64
	for i, w := range a {
		hi, lo := bits.Mul64(w, b)
		var c uint64
		out[i], c = bits.Add64(lo, carry, 0)
		carry = hi + c
	}
	return out
}

func (a u192) add(b u192) u192 {
	var out u192
	var c uint64
	for i := range a {
		out[i], c = bits.Add64(a[i], b[i], c)
	}
	return out
}

func (a u192) sub(b u192) u192 {
	var out u192
	var c uint64
	for i := range a {
		out[i], c = bits.Sub64(a[i], b[i], c)
	}
	return out
}

func (a u192) cmp(b u192) int {
	for i := 2; i >= 0; i-- {
		if c := cmp.Compare(a[i], b[i]); c != 0 {
			return c
		}
	}
	return 0
}

func (a u192) float() float64 {
	return math.Ldexp(float64(a[2]), 128) + math.Ldexp(float64(a[1]), 64) + float64(a[0])
}

// reaches reports whether a drawn |t| counts against the observed one: ties within
// rounding do, whatever order the sums ran in.
func reaches(drawn, observed float64) bool {
	return math.Abs(drawn) >= math.Abs(observed)*(1-1e-12)-1e-9
}

// runDocTest tests the rows of one event (cols maps each row to a union column, or -1) on
// the documents of pe, and fills dt.
func runDocTest(event string, pe *permEvent, rows []KeyTerm, cols []int32, dt *DocTest, o DocTestOptions, workers int) error {
	// Local columns: the union columns these rows use, in row order.
	maxCol := int32(-1)
	for _, c := range cols {
		maxCol = max(maxCol, c)
	}
	local := make([]int32, maxCol+1)
	for i := range local {
		local[i] = -1
	}
	nt := 0
	for _, c := range cols {
		if c >= 0 && local[c] < 0 {
			local[c] = int32(nt)
			nt++
		}
	}
	u := newDocUnits(pe, local, nt)
	m := len(u.inA)
	var ma int
	for _, in := range u.inA {
		if in {
			ma++
		}
	}
	mb := m - ma
	dt.DocsA, dt.DocsB = ma, mb
	if dt.Reason = docTestReason(o, ma, mb, true); dt.Reason != "" {
		return nil
	}
	// Totals over every document, and the observed sums of side A.
	all, obsA := make([]sideSums, nt), make([]sideSums, nt)
	freqA, freqB := make([]int, nt), make([]int, nt)
	var n, n2, na, na2 float64
	for d := range m {
		nd := u.n[d]
		n += nd
		n2 += nd * nd
		if u.inA[d] {
			na += nd
			na2 += nd * nd
		}
		for j := u.off[d]; j < u.off[d+1]; j++ {
			c, x := u.col[j], u.x[j]
			s := sideSums{x, x * x, x * nd}
			all[c].x += s.x
			all[c].q += s.q
			all[c].p += s.p
			if u.inA[d] {
				obsA[c].x += s.x
				obsA[c].q += s.q
				obsA[c].p += s.p
				freqA[c]++
			} else {
				freqB[c]++
			}
		}
	}
	// The rows' counts must be the documents'.
	for i, r := range rows {
		if cols[i] < 0 {
			continue
		}
		c := local[cols[i]]
		if xa, xb := int(obsA[c].x), int(all[c].x-obsA[c].x); xa != r.CountA || xb != r.CountB {
			return errorf(ErrMismatch, "event %q: term %q occurs %d and %d times in the documents of the sides, %d and %d in the row: were the rows made from these documents by this analyzer?",
				event, r.Term, xa, xb, r.CountA, r.CountB)
		}
	}
	sub := func(x, y sideSums) sideSums { return sideSums{x.x - y.x, x.q - y.q, x.p - y.p} }
	// tOf returns t of column c when the documents summed in s (n words, n2 squares, size
	// documents) are those of the smaller side: A if small is true.
	small := ma <= mb
	size := min(ma, mb)
	tOf := func(s sideSums, c int, ns, ns2 float64) float64 {
		o := sub(all[c], s)
		if small {
			return docT(s, o, ns, ns2, n-ns, n2-ns2, ma, mb)
		}
		return docT(o, s, n-ns, n2-ns2, ns, ns2, ma, mb)
	}
	observed := make([]float64, nt)
	for c := range nt {
		observed[c] = docT(obsA[c], sub(all[c], obsA[c]), na, na2, n-na, n2-na2, ma, mb)
	}
	// count adds to exceed the columns whose t reaches the observed one for the documents
	// whose bits are set in picked (the smaller side's), using sums (zero on entry and
	// return) as scratch.
	count := func(picked []uint64, sums []sideSums, exceed []int) {
		var ns, ns2 float64
		for w, bw := range picked {
			for bw != 0 {
				d := w<<6 | bits.TrailingZeros64(bw)
				bw &= bw - 1
				nd := u.n[d]
				ns += nd
				ns2 += nd * nd
				for j := u.off[d]; j < u.off[d+1]; j++ {
					s := &sums[u.col[j]]
					x := u.x[j]
					s.x += x
					s.q += x * x
					s.p += x * nd
				}
			}
		}
		for c := range nt {
			if reaches(tOf(sums[c], c, ns, ns2), observed[c]) {
				exceed[c]++
			}
			sums[c] = sideSums{}
		}
	}
	arrangements := min(1e18, binomial(m, ma))
	dt.Arrangements = arrangements
	exceed := make([]int, nt)
	words := (m + 63) / 64
	if arrangements <= float64(o.Permutations) {
		// Every arrangement: the subsets of size of the m documents, in lexicographic order.
		dt.Exact = true
		enumerated := 0
		picked := make([]uint64, words)
		sums := make([]sideSums, nt)
		idx := make([]int, size)
		for i := range idx {
			idx[i] = i
		}
		for {
			clear(picked)
			for _, d := range idx {
				picked[d>>6] |= 1 << (d & 63)
			}
			count(picked, sums, exceed)
			enumerated++
			i := size - 1
			for i >= 0 && idx[i] == m-size+i {
				i--
			}
			if i < 0 {
				break
			}
			idx[i]++
			for j := i + 1; j < size; j++ {
				idx[j] = idx[j-1] + 1
			}
		}
		arrangements = float64(enumerated) // the same number, counted
		dt.MinP = 1 / arrangements
	} else {
		dt.Permutations = o.Permutations
		dt.MinP = 1 / float64(o.Permutations+1)
		h := fnv.New64a()
		h.Write([]byte(event))
		seed := o.Seed ^ h.Sum64()
		// Blocks of draws over the workers; draw p always comes from its own stream, and
		// the counts add up, so the split does not matter.
		workers = max(1, min(workers, o.Permutations/50))
		var mu sync.Mutex
		var wg sync.WaitGroup
		for w := range workers {
			lo, hi := o.Permutations*w/workers, o.Permutations*(w+1)/workers
			wg.Add(1)
			go func() {
				defer wg.Done()
				picked := make([]uint64, words)
				sums := make([]sideSums, nt)
				mine := make([]int, nt)
				for p := lo; p < hi; p++ {
					floyd(rand.New(rand.NewPCG(seed, uint64(p))), picked, m, size)
					count(picked, sums, mine)
				}
				mu.Lock()
				for c := range mine {
					exceed[c] += mine[c]
				}
				mu.Unlock()
			}()
		}
		wg.Wait()
	}
	// The rows' fields, and BH over the rows tested.
	var ps []float64
	var which []int
	for i := range rows {
		if cols[i] < 0 {
			continue
		}
		c := local[cols[i]]
		r := &rows[i]
		r.DocFreqA, r.DocFreqB = freqA[c], freqB[c]
		if dt.Exact {
			r.DocP = float64(exceed[c]) / arrangements
		} else {
			r.DocP = float64(1+exceed[c]) / float64(1+o.Permutations)
		}
		r.DocP = min(r.DocP, 1)
		ps = append(ps, r.DocP)
		which = append(which, i)
	}
	adj, err := stats.AdjustP(ps, stats.AdjustBH)
	if err != nil {
		return err
	}
	for j, i := range which {
		rows[i].DocPAdj = adj[j]
	}
	dt.Ran = true
	dt.Terms = len(which)
	dt.Untested = len(rows) - len(which)
	return nil
}
