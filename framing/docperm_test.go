package framing

import (
	"cmp"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/framediff/framediff/corpus"
)

// docpermSet is one corpus of testdata/docperm/exact.json: documents by their word counts,
// and each term's exact permutation figures, computed in rational arithmetic by exact.py
// (Python 3.11; for the set of equal-length documents, t is also scipy 1.10.1's Welch t).
type docpermSet struct {
	Event string `json:"event"`
	Docs  []struct {
		ID     string         `json:"id"`
		Side   string         `json:"side"`
		Counts map[string]int `json:"counts"`
	} `json:"docs"`
	Terms map[string]struct {
		T            float64  `json:"t"`
		P            float64  `json:"p"`
		PBH          float64  `json:"p_bh"`
		Arrangements float64  `json:"arrangements"`
		CountA       int      `json:"count_a"`
		CountB       int      `json:"count_b"`
		DocFreqA     int      `json:"doc_freq_a"`
		DocFreqB     int      `json:"doc_freq_b"`
		ScipyT       *float64 `json:"scipy_t"`
	} `json:"terms"`
}

func docpermSets(t *testing.T) map[string]*docpermSet {
	t.Helper()
	b, err := os.ReadFile("testdata/docperm/exact.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Sets []*docpermSet `json:"sets"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	out := map[string]*docpermSet{}
	for _, s := range f.Sets {
		out[s.Event] = s
	}
	return out
}

// split writes the set's documents as texts (each word repeated as often as it counts) and
// divides them into sides.
func (s *docpermSet) split() corpus.Split {
	sp := corpus.Split{Event: s.Event, NameA: "A", NameB: "B"}
	for _, d := range s.Docs {
		var words []string
		for _, w := range slices.Sorted(mapKeys(d.Counts)) {
			for range d.Counts[w] {
				words = append(words, w)
			}
		}
		doc := corpus.Document{ID: d.ID, Event: s.Event, Outlet: d.Side, Text: strings.Join(words, " ")}
		if d.Side == "A" {
			sp.A = append(sp.A, doc)
		} else {
			sp.B = append(sp.B, doc)
		}
	}
	return sp
}

// splitDocs yields the documents of both sides.
func splitDocs(s corpus.Split) func(func(corpus.Document, error) bool) {
	return func(yield func(corpus.Document, error) bool) {
		for _, d := range append(slices.Clone(s.A), s.B...) {
			if !yield(d, nil) {
				return
			}
		}
	}
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// keynessRows returns the Keyness rows of the split's words.
func keynessRows(t *testing.T, an *Analyzer, s corpus.Split) []KeyTerm {
	t.Helper()
	ps, err := an.Profiles(s.A, s.B)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := Keyness(ps[0], ps[1], nil)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// The p-values against exact permutation distributions enumerated independently.
func TestDocumentTestExact(t *testing.T) {
	for name, set := range docpermSets(t) {
		t.Run(name, func(t *testing.T) {
			var an Analyzer
			s := set.split()
			rows := keynessRows(t, &an, s)
			for _, r := range rows {
				if r.DocP != -1 || r.DocPAdj != -1 || r.DocFreqA != -1 {
					t.Fatalf("Keyness row %q has document-level fields before any test: %+v", r.Term, r)
				}
			}
			// Enough permutations for every arrangement: the p-values are exact.
			dt, err := DocumentTest(&an, s, rows, &DocTestOptions{Permutations: 20000})
			if err != nil {
				t.Fatal(err)
			}
			if !dt.Ran || !dt.Exact || dt.Terms != len(set.Terms) || dt.Untested != 0 || dt.DocsA != len(s.A) || dt.DocsB != len(s.B) {
				t.Fatalf("DocTest %+v", dt)
			}
			check(t, set, rows, 1e-12)
			for _, r := range rows {
				want := set.Terms[r.Word]
				if dt.Arrangements != want.Arrangements || dt.MinP != 1/want.Arrangements {
					t.Errorf("arrangements %v, min p %v; want %v", dt.Arrangements, dt.MinP, want.Arrangements)
				}
			}
			// The counts CountEvents kept give the same.
			ec, err := CountEvents(&an, splitDocs(s), []corpus.Side{corpus.OutletSide("A"), corpus.OutletSide("B")}, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer ec.Close()
			again := slices.Clone(rows)
			if _, err := ec.DocumentTest(s.Event, 0, 1, again, &DocTestOptions{Permutations: 20000}); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(rows, again) {
				t.Errorf("EventCounts.DocumentTest differs from DocumentTest:\n%+v\n%+v", rows, again)
			}
		})
	}
}

// check compares the rows' document-level fields with the set's figures.
func check(t *testing.T, set *docpermSet, rows []KeyTerm, tol float64) {
	t.Helper()
	if len(rows) != len(set.Terms) {
		t.Fatalf("%d rows for %d terms", len(rows), len(set.Terms))
	}
	for _, r := range rows {
		want, ok := set.Terms[r.Word]
		if !ok {
			t.Fatalf("row %q (%s) is no word of the set", r.Term, r.Word)
		}
		if r.CountA != want.CountA || r.CountB != want.CountB || r.DocFreqA != want.DocFreqA || r.DocFreqB != want.DocFreqB {
			t.Errorf("%s: counts %d %d in %d %d documents, want %d %d in %d %d", r.Term, r.CountA, r.CountB, r.DocFreqA, r.DocFreqB,
				want.CountA, want.CountB, want.DocFreqA, want.DocFreqB)
		}
		if !scalar.EqualWithinAbsOrRel(r.DocP, want.P, tol, tol) {
			t.Errorf("%s: p %v, want %v", r.Term, r.DocP, want.P)
		}
		if tol < 1e-9 && !scalar.EqualWithinAbsOrRel(r.DocPAdj, want.PBH, tol, tol) {
			t.Errorf("%s: BH-adjusted p %v, want %v", r.Term, r.DocPAdj, want.PBH)
		}
	}
}

// The statistic against the Python figures, and against scipy's Welch t where the
// documents are of equal length.
func TestDocT(t *testing.T) {
	for name, set := range docpermSets(t) {
		for term, want := range set.Terms {
			var a, b sideSums
			var na, na2, nb, nb2 float64
			var ma, mb int
			for _, d := range set.Docs {
				n := 0.0
				for _, c := range d.Counts {
					n += float64(c)
				}
				x := float64(d.Counts[term])
				s := sideSums{x, x * x, x * n}
				if d.Side == "A" {
					a.x, a.q, a.p, na, na2, ma = a.x+s.x, a.q+s.q, a.p+s.p, na+n, na2+n*n, ma+1
				} else {
					b.x, b.q, b.p, nb, nb2, mb = b.x+s.x, b.q+s.q, b.p+s.p, nb+n, nb2+n*n, mb+1
				}
			}
			got := docT(a, b, na, na2, nb, nb2, ma, mb)
			if !scalar.EqualWithinAbsOrRel(got, want.T, 1e-12, 1e-12) {
				t.Errorf("%s %s: t %v, want %v", name, term, got, want.T)
			}
			if want.ScipyT != nil && !scalar.EqualWithinAbsOrRel(got, *want.ScipyT, 1e-12, 1e-12) {
				t.Errorf("%s %s: t %v, scipy's Welch t %v", name, term, got, *want.ScipyT)
			}
		}
	}
	// The limits: equal rates, and sides that do not vary (two documents of 10 words a
	// side, with 2 occurrences each or none).
	if got := docT(sideSums{4, 8, 40}, sideSums{4, 8, 40}, 20, 200, 20, 200, 2, 2); got != 0 {
		t.Errorf("equal rates: t %v", got)
	}
	if got := docT(sideSums{4, 8, 40}, sideSums{}, 20, 200, 20, 200, 2, 2); !math.IsInf(got, 1) {
		t.Errorf("no spread, A higher: t %v", got)
	}
	if got := docT(sideSums{}, sideSums{4, 8, 40}, 20, 200, 20, 200, 2, 2); !math.IsInf(got, -1) {
		t.Errorf("no spread, B higher: t %v", got)
	}
}

// With fewer shuffles than arrangements the p-values are Monte Carlo estimates of the
// exact ones.
func TestDocumentTestMonteCarlo(t *testing.T) {
	set := docpermSets(t)["monte"]
	var an Analyzer
	s := set.split()
	rows := keynessRows(t, &an, s)
	const B = 2000
	dt, err := DocumentTest(&an, s, rows, &DocTestOptions{Permutations: B})
	if err != nil {
		t.Fatal(err)
	}
	if !dt.Ran || dt.Exact || dt.Permutations != B || dt.MinP != 1.0/(B+1) || dt.Seed != DefaultSeed || dt.Arrangements != 12870 {
		t.Fatalf("DocTest %+v", dt)
	}
	for _, r := range rows {
		p := set.Terms[r.Word].P
		// (1 + hits)/(1 + B) with hits ~ Binomial(B, p): within 4 standard errors.
		if tol := 4*math.Sqrt(p*(1-p)/B) + 1.0/(B+1); math.Abs(r.DocP-p) > tol {
			t.Errorf("%s: Monte Carlo p %v, exact %v (tolerance %v)", r.Term, r.DocP, p, tol)
		}
	}
}

// The same bytes for any order of the documents, any number of workers, and at every run;
// another seed gives other draws.
func TestDocumentTestDeterministic(t *testing.T) {
	set := docpermSets(t)["monte"]
	s := set.split()
	var an Analyzer
	base := keynessRows(t, &an, s)
	run := func(workers int, s corpus.Split, seed uint64) []byte {
		an := Analyzer{Workers: workers}
		rows := slices.Clone(base)
		dt, err := DocumentTest(&an, s, rows, &DocTestOptions{Permutations: 3000, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(struct {
			D *DocTest
			R []KeyTerm
		}{dt, rows})
		return b
	}
	want := run(1, s, 0)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, workers := range []int{1, 2, 5} {
		sh := s
		sh.A, sh.B = slices.Clone(s.A), slices.Clone(s.B)
		rng.Shuffle(len(sh.A), func(i, j int) { sh.A[i], sh.A[j] = sh.A[j], sh.A[i] })
		rng.Shuffle(len(sh.B), func(i, j int) { sh.B[i], sh.B[j] = sh.B[j], sh.B[i] })
		if got := run(workers, sh, 0); string(got) != string(want) {
			t.Errorf("%d workers, shuffled documents:\n%s\nwant\n%s", workers, got, want)
		}
	}
	if other := run(1, s, 7); string(other) == string(want) {
		t.Error("another seed drew the same p-values")
	}
	// Documents with one ID are ordered by content: any order gives the same result.
	noIDs := s
	noIDs.A, noIDs.B = slices.Clone(s.A), slices.Clone(s.B)
	for i := range noIDs.A {
		noIDs.A[i].ID = ""
	}
	for i := range noIDs.B {
		noIDs.B[i].ID = ""
	}
	first := run(2, noIDs, 0)
	slices.Reverse(noIDs.A)
	slices.Reverse(noIDs.B)
	if again := run(3, noIDs, 0); string(again) != string(first) {
		t.Errorf("documents without IDs, reversed:\n%s\nwant\n%s", again, first)
	}
}

// Where the test cannot run, it says why and leaves the rows at -1.
func TestDocumentTestNotRun(t *testing.T) {
	doc := func(id, outlet, text string) corpus.Document {
		return corpus.Document{ID: id, Event: "e", Outlet: outlet, Text: text}
	}
	a1 := doc("a1", "A", "The ministry praised the harmonious cooperation of partners.")
	a2 := doc("a2", "A", "Partners praised cooperation and development.")
	b1 := doc("b1", "B", "Critics said the loan would burden the country.")
	b2 := doc("b2", "B", "The loan was criticized by opposition lawmakers.")
	var an Analyzer
	cases := []struct {
		name   string
		a, b   []corpus.Document
		opts   DocTestOptions
		reason string
		docsA  int
	}{
		{"one document a side", []corpus.Document{a1}, []corpus.Document{b1}, DocTestOptions{}, "at least 2 with counted words on each side", 1},
		{"one against two", []corpus.Document{a1}, []corpus.Document{b1, b2}, DocTestOptions{}, "at least 2 with counted words on each side", 1},
		{"only stop words", []corpus.Document{a1, doc("a3", "A", "the of and to")}, []corpus.Document{b1, b2}, DocTestOptions{}, "at least 2 with counted words on each side", 1},
		{"not asked for", []corpus.Document{a1, a2}, []corpus.Document{b1, b2}, DocTestOptions{Permutations: -1}, "not asked for", 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := corpus.Split{Event: "e", NameA: "A", NameB: "B", A: tc.a, B: tc.b}
			c, err := CompareSplit(&an, s, &CompareOptions{DocTest: tc.opts})
			if err != nil {
				t.Fatal(err)
			}
			if c.DocTest.Ran || !strings.Contains(c.DocTest.Reason, tc.reason) || c.DocTest.DocsA != tc.docsA || c.DocTest.Untested != len(c.TopA)+len(c.TopB) {
				t.Errorf("DocTest %+v", c.DocTest)
			}
			for _, r := range append(c.TopA, c.TopB...) {
				if r.DocP != -1 || r.DocPAdj != -1 || r.DocFreqA != -1 || r.DocFreqB != -1 {
					t.Errorf("untested row %+v", r)
				}
			}
		})
	}
	// Profiles alone have no documents.
	ps, err := an.Profiles([]corpus.Document{a1, a2}, []corpus.Document{b1, b2})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compare(ps[0], ps[1], "A", "B", nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.DocTest.Ran || !strings.Contains(c.DocTest.Reason, "no documents") || c.TopA[0].DocP != -1 {
		t.Errorf("Compare of profiles: %+v, %+v", c.DocTest, c.TopA[0])
	}
	// Counts without rows say so; a test asked of them directly is an error.
	sp := corpus.Split{Event: "e", NameA: "A", NameB: "B", A: []corpus.Document{a1, a2}, B: []corpus.Document{b1, b2}}
	ec, err := CountEvents(&an, splitDocs(sp), []corpus.Side{corpus.OutletSide("A"), corpus.OutletSide("B")}, &CountOptions{NoRows: true})
	if err != nil {
		t.Fatal(err)
	}
	c, err = ec.Compare("e", 0, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.DocTest.Ran || !strings.Contains(c.DocTest.Reason, "NoRows") || c.TopB[0].DocP != -1 {
		t.Errorf("counts without rows: %+v", c.DocTest)
	}
	if _, err := ec.DocumentTest("e", 0, 1, c.TopA, nil); !errors.Is(err, ErrOption) {
		t.Errorf("DocumentTest on counts without rows: %v", err)
	}
	if _, err := DocumentTest(&an, sp, c.TopA, &DocTestOptions{Permutations: 2_000_000}); !errors.Is(err, ErrOption) {
		t.Errorf("2,000,000 permutations: %v", err)
	}
}

// Rows whose counts are not the documents' are refused; n-gram rows are left untested.
func TestDocumentTestRows(t *testing.T) {
	set := docpermSets(t)["unequal"]
	s := set.split()
	var an Analyzer
	rows := keynessRows(t, &an, s)
	rows[0].CountA++
	if _, err := DocumentTest(&an, s, rows, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("a row with a wrong count: %v", err)
	}
	unknown := []KeyTerm{{Term: "durian", N: 1, CountA: 1}}
	if _, err := DocumentTest(&an, s, unknown, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("a term not in the documents: %v", err)
	}
	bi := Analyzer{NGrams: 2}
	rows = keynessRows(t, &bi, s)
	dt, err := DocumentTest(&bi, s, rows, nil)
	if err != nil {
		t.Fatal(err)
	}
	var words, pairs int
	for _, r := range rows {
		if r.N == 1 {
			words++
			if r.DocP < 0 {
				t.Errorf("word %q untested", r.Term)
			}
		} else {
			pairs++
			if r.DocP != -1 || r.DocFreqA != -1 {
				t.Errorf("bigram %q tested: %+v", r.Term, r)
			}
		}
	}
	if pairs == 0 || dt.Terms != words || dt.Untested != pairs {
		t.Errorf("DocTest %+v for %d words and %d bigrams", dt, words, pairs)
	}
	// BH runs over the rows tested only: the words' adjusted p-values are those of the
	// words alone.
	check(t, set, slices.DeleteFunc(rows, func(r KeyTerm) bool { return r.N != 1 }), 1e-12)
}

// Comparisons list their terms tested; CompareEvents tests several events in one reading
// of the rows, from many goroutines at once, with the results of one event at a time.
func TestCompareEventsDocTest(t *testing.T) {
	sets := docpermSets(t)
	var docs []corpus.Document
	for _, name := range []string{"equal", "unequal", "monte"} {
		s := sets[name].split()
		docs = append(docs, s.A...)
		docs = append(docs, s.B...)
	}
	an := Analyzer{Workers: 3}
	sides := []corpus.Side{corpus.OutletSide("A"), corpus.OutletSide("B")}
	seq := func(yield func(corpus.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
	ec, err := CountEvents(&an, seq, sides, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	opts := &CompareOptions{Top: -1, DocTest: DocTestOptions{Permutations: 20000}}
	all, err := ec.CompareEvents([]string{"equal", "monte", "unequal"}, 0, 1, opts)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i, name := range []string{"equal", "monte", "unequal"} {
		set := sets[name]
		one, err := ec.Compare(name, 0, 1, opts)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := json.Marshal(one)
		want, _ := json.Marshal(all[i])
		if string(got) != string(want) {
			t.Errorf("%s: Compare and CompareEvents differ", name)
		}
		if !one.DocTest.Ran || !one.DocTest.Exact {
			t.Errorf("%s: %+v", name, one.DocTest)
		}
		// Terms with a score of 0 are listed on neither side; the others carry the exact p.
		for _, r := range append(slices.Clone(one.TopA), one.TopB...) {
			if w := set.Terms[r.Word]; !scalar.EqualWithinAbsOrRel(r.DocP, w.P, 1e-12, 1e-12) || r.DocFreqA != w.DocFreqA {
				t.Errorf("%s %s: p %v in %d documents, want %v in %d", name, r.Term, r.DocP, r.DocFreqA, w.P, w.DocFreqA)
			}
		}
		for range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				again, err := ec.Compare(name, 0, 1, opts)
				if err != nil {
					t.Error(err)
					return
				}
				if b, _ := json.Marshal(again); string(b) != string(got) {
					t.Errorf("%s: a concurrent Compare differs", name)
				}
			}()
		}
	}
	wg.Wait()
	if _, err := ec.CompareEvents([]string{"equal", "equal"}, 0, 1, nil); !errors.Is(err, ErrOption) {
		t.Errorf("an event named twice: %v", err)
	}
}

// The spread of a side against math/big: exact 0 where every document has the side's rate,
// and exact where a small spread would be lost to cancellation.
func TestSpread(t *testing.T) {
	cases := []struct {
		name string
		x, n []int64
	}{
		{"proportional", []int64{1, 2, 3}, []int64{10, 20, 30}},
		{"proportional, long", []int64{700, 1400}, []int64{1_000_003, 2_000_006}},
		{"almost proportional", []int64{1, 1}, []int64{1000, 1001}},
		{"almost proportional, long", []int64{5000, 5001}, []int64{40_000_000, 40_008_000}},
		{"absent", []int64{0, 0}, []int64{10, 30}},
		{"spread", []int64{9, 0, 1}, []int64{10, 12, 30}},
	}
	for _, tc := range cases {
		var s sideSums
		var n, n2 float64
		bx, bn := new(big.Rat), new(big.Rat)
		for i, x := range tc.x {
			xf, nf := float64(x), float64(tc.n[i])
			s.x, s.q, s.p, n, n2 = s.x+xf, s.q+xf*xf, s.p+xf*nf, n+nf, n2+nf*nf
			bx.Add(bx, big.NewRat(x, 1))
			bn.Add(bn, big.NewRat(tc.n[i], 1))
		}
		r := new(big.Rat).Quo(bx, bn)
		want := new(big.Rat)
		for i, x := range tc.x {
			d := new(big.Rat).Sub(big.NewRat(x, 1), new(big.Rat).Mul(r, big.NewRat(tc.n[i], 1)))
			want.Add(want, d.Mul(d, d))
		}
		w, _ := want.Float64()
		if got := spread(s, n, n2); !scalar.EqualWithinRel(got, w, 1e-12) || (w == 0) != (got == 0) {
			t.Errorf("%s: spread %v, want %v", tc.name, got, w)
		}
	}
	// 192-bit products against math/big.
	a, b, c := uint64(1<<53-1), uint64(1<<53-3), uint64(1<<52+12345)
	got := u192{a}.mul(b).mul(c).mul(2).add(u192{c}.mul(c)).sub(u192{a})
	want := new(big.Int).Mul(new(big.Int).SetUint64(a), new(big.Int).SetUint64(b))
	want.Mul(want, new(big.Int).SetUint64(c)).Lsh(want, 1)
	want.Add(want, new(big.Int).Mul(new(big.Int).SetUint64(c), new(big.Int).SetUint64(c)))
	want.Sub(want, new(big.Int).SetUint64(a))
	words := [3]uint64{}
	for i, w := range want.Bits() {
		words[i] = uint64(w)
	}
	if u192(words) != got || got.cmp(u192(words)) != 0 || got.cmp(got.add(u192{1})) != -1 {
		t.Errorf("192-bit arithmetic: %x, want %x", got, words)
	}
	if f, _ := new(big.Float).SetInt(want).Float64(); !scalar.EqualWithinRel(got.float(), f, 1e-15) {
		t.Errorf("as a float: %v, want %v", got.float(), f)
	}
}

// DocTestOptions.Terms tests the rows with the largest |Score| and adjusts over them only.
func TestDocumentTestTerms(t *testing.T) {
	set := docpermSets(t)["unequal"]
	s := set.split()
	var an Analyzer
	rows := keynessRows(t, &an, s)
	// Terms 2: the strongest term leaning to each side.
	byStrength := slices.Clone(rows)
	slices.SortFunc(byStrength, func(x, y KeyTerm) int { return cmp.Compare(y.Score, x.Score) })
	last := len(byStrength) - 1
	if byStrength[0].Score <= 0 || byStrength[last].Score >= 0 || byStrength[0].Score == byStrength[1].Score ||
		byStrength[last].Score == byStrength[last-1].Score {
		t.Fatal("the set does not rank its terms on both sides")
	}
	byStrength[1] = byStrength[last]
	dt, err := DocumentTest(&an, s, rows, &DocTestOptions{Terms: 2, Permutations: 100})
	if err != nil {
		t.Fatal(err)
	}
	if dt.Terms != 2 || dt.Untested != len(rows)-2 || !dt.Exact {
		t.Fatalf("DocTest %+v", dt)
	}
	// BH over two p-values by hand: the larger stays, the smaller is doubled, capped by it.
	p1, p2 := set.Terms[byStrength[0].Word].P, set.Terms[byStrength[1].Word].P
	lo, hi := min(p1, p2), max(p1, p2)
	adj := map[string]float64{}
	for _, w := range []string{byStrength[0].Word, byStrength[1].Word} {
		if set.Terms[w].P == hi {
			adj[w] = hi
		} else {
			adj[w] = min(2*lo, hi)
		}
	}
	for _, r := range rows {
		want, tested := adj[r.Word]
		switch {
		case tested && (r.DocP != set.Terms[r.Word].P || !scalar.EqualWithinAbsOrRel(r.DocPAdj, want, 1e-12, 1e-12)):
			t.Errorf("%s: p %v adjusted %v, want %v adjusted %v", r.Word, r.DocP, r.DocPAdj, set.Terms[r.Word].P, want)
		case !tested && r.DocP != -1:
			t.Errorf("%s beyond the strongest of each side was tested: %+v", r.Word, r)
		}
	}
}

// TestDocTestFamilyNotTop: a comparison tests the same family of terms whatever it lists,
// so a listed term's document-level p-values do not change with CompareOptions.Top.
func TestDocTestFamilyNotTop(t *testing.T) {
	var s corpus.Split
	s.Event, s.NameA, s.NameB = "all", "state", "wire"
	for _, d := range corpus.Sample().Select(func(d corpus.Document) bool { return d.Language == "english" }) {
		switch d.Kind {
		case "state":
			s.A = append(s.A, d)
		case "wire":
			s.B = append(s.B, d)
		}
	}
	an := Analyzer{Language: "english"}
	var first *Comparison
	for _, top := range []int{1, 3, 25} {
		c, err := CompareSplit(&an, s, &CompareOptions{Top: top, DocTest: DocTestOptions{Permutations: 200, Terms: 20}})
		if err != nil {
			t.Fatal(err)
		}
		if !c.DocTest.Ran || c.DocTest.Terms != 20 {
			t.Fatalf("top %d: %+v", top, c.DocTest)
		}
		if first == nil {
			first = c
			continue
		}
		for i, want := range append(slices.Clone(first.TopA), first.TopB...) {
			got := c.TopA
			if i >= len(first.TopA) {
				got, i = c.TopB, i-len(first.TopA)
			}
			if g := got[i]; g.Term != want.Term || g.DocP != want.DocP || g.DocPAdj != want.DocPAdj || g.DocP < 0 {
				t.Errorf("top %d: %s p %v adjusted %v; with top %d %s p %v adjusted %v", top, g.Term, g.DocP, g.DocPAdj,
					1, want.Term, want.DocP, want.DocPAdj)
			}
		}
	}
}
