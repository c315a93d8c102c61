package framing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func TestMantelHaenszelByHand(t *testing.T) {
	// Event 1: a=2, b=1, n1=10, n2=10 -> c=8, d=9, N=20: R=0.9, S=0.4, P=0.55, Q=0.45.
	// Event 2: a=3, b=1, n1=20, n2=10 -> c=17, d=9, N=30: R=0.9, S=0.566667, P=0.4, Q=0.6.
	// OR = 1.8 / 0.966667 = 1.862069, ln = 0.621688.
	// var = 0.855/(2·1.8²) + 1.391667/(2·1.8·0.966667) + 0.52/(2·0.966667²)
	//     = 0.131944 + 0.399904 + 0.278240 = 0.810088, SE = 0.900049.
	lor, se := mantelHaenszel([]table2{{2, 1, 10, 10}, {3, 1, 20, 10}})
	if math.Abs(lor-0.621688) > 1e-6 || math.Abs(se-0.900049) > 1e-6 {
		t.Errorf("MH = %v ± %v", lor, se)
	}
	// All zeros on one side: the 0.5 correction keeps it finite.
	lor, se = mantelHaenszel([]table2{{3, 0, 10, 10}, {2, 0, 10, 10}})
	if math.IsInf(lor, 0) || math.IsNaN(se) || lor <= 0 {
		t.Errorf("zero cells: %v ± %v", lor, se)
	}
}

func TestPoolEvents(t *testing.T) {
	c := corpus.Sample()
	var en corpus.Corpus
	if err := en.Add(c.Select(func(d corpus.Document) bool { return d.Language == "english" })...); err != nil {
		t.Fatal(err)
	}
	an := Analyzer{Voices: OwnVoice}
	p, err := PoolEvents(&an, en.Docs(), corpus.KindSide("state"), corpus.KindSide("wire"), &PoolOptions{Permutations: 200})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Events) != 5 || p.PerEvent.Len() != 5 || len(p.Terms) == 0 {
		t.Fatalf("events %v, %d terms", p.Events, len(p.Terms))
	}
	// Five events with one state and one or two wire documents:
	// 2 · 2 · 2 · 3 · 3 = 72 arrangements.
	if p.Arrangements != 72 {
		t.Errorf("arrangements %v, want 72", p.Arrangements)
	}
	var soCalled PooledTerm
	for i, pt := range p.Terms {
		if i > 0 && math.Abs(pt.Z) > math.Abs(p.Terms[i-1].Z) {
			t.Fatal("terms not sorted by |z|")
		}
		if pt.Term == "so-cal" {
			soCalled = pt
		}
		if math.IsNaN(pt.Z) || math.IsInf(pt.LogOR, 0) || pt.Same > pt.Events || pt.Permuted && (pt.PermP < 1.0/201 || pt.PermP > 1) {
			t.Fatalf("bad term %+v", pt)
		}
	}
	// "so-called" is used by the state outlets in several events and never by the wires.
	if soCalled.LogOR <= 0 || soCalled.Events < 3 || soCalled.SameShare != 1 || soCalled.CountB != 0 {
		t.Errorf("so-called %+v", soCalled)
	}
	// The same seed gives the same bytes; options are recorded.
	again, _ := PoolEvents(&an, en.Docs(), corpus.KindSide("state"), corpus.KindSide("wire"), &PoolOptions{Permutations: 200})
	b1, _ := json.Marshal(p)
	b2, _ := json.Marshal(again)
	if !bytes.Equal(b1, b2) || p.Options.Seed != DefaultSeed {
		t.Error("pooling is not reproducible")
	}
	if _, err := PoolEvents(&an, en.Docs(), corpus.KindSide("state"), corpus.KindSide("blog"), nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("no event with both sides: %v", err)
	}
	if _, err := PoolEvents(&an, en.Docs(), corpus.KindSide("state"), corpus.KindSide("wire"), &PoolOptions{Test: -1}); !errors.Is(err, ErrOption) {
		t.Errorf("bad options: %v", err)
	}
}

// TestPooledAdjusted: PAdj and PermPAdj are Benjamini–Hochberg's adjustment, computed here
// by its definition (the smallest m·p/j over the p-values at or above the term's, j their
// rank, capped at 1) over every term pooled and over the terms permuted; PermP and
// PermPAdj are -1 for the terms not permuted, so that a filter PermP < 0.05 cannot pick one.
func TestPooledAdjusted(t *testing.T) {
	c := corpus.Sample()
	var en corpus.Corpus
	if err := en.Add(c.Select(func(d corpus.Document) bool { return d.Language == "english" })...); err != nil {
		t.Fatal(err)
	}
	an := Analyzer{Voices: OwnVoice}
	p, err := PoolEvents(&an, en.Docs(), corpus.KindSide("state"), corpus.KindSide("wire"), &PoolOptions{Permutations: 200, Test: 30})
	if err != nil {
		t.Fatal(err)
	}
	bh := func(ps []float64, i int) float64 {
		m := float64(len(ps))
		best := 1.0
		for _, q := range ps {
			if q >= ps[i] {
				rank := 0.0
				for _, r := range ps {
					if r <= q {
						rank++
					}
				}
				best = min(best, m/rank*q)
			}
		}
		return best
	}
	var all, perm []float64
	for _, pt := range p.Terms {
		all = append(all, pt.P)
		if pt.Permuted {
			perm = append(perm, pt.PermP)
		}
	}
	if len(perm) != 30 {
		t.Fatalf("%d terms permuted, want 30", len(perm))
	}
	for i, pt := range p.Terms {
		if want := bh(all, i); math.Abs(pt.PAdj-want) > 1e-12 {
			t.Errorf("%s: p %v adjusted %v, want %v", pt.Term, pt.P, pt.PAdj, want)
		}
		switch {
		case pt.Permuted:
			if want := bh(perm, slices.Index(perm, pt.PermP)); math.Abs(pt.PermPAdj-want) > 1e-12 {
				t.Errorf("%s: perm p %v adjusted %v, want %v", pt.Term, pt.PermP, pt.PermPAdj, want)
			}
		case pt.PermP != -1 || pt.PermPAdj != -1:
			t.Errorf("%s not permuted: p %v, adjusted %v (want -1, -1)", pt.Term, pt.PermP, pt.PermPAdj)
		}
	}
	none, err := PoolEvents(&an, en.Docs(), corpus.KindSide("state"), corpus.KindSide("wire"), &PoolOptions{Permutations: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, pt := range none.Terms {
		if pt.Permuted || pt.PermP != -1 || pt.PermPAdj != -1 {
			t.Fatalf("Permutations -1: %s permuted %v, p %v, adjusted %v (want false, -1, -1)", pt.Term, pt.Permuted, pt.PermP, pt.PermPAdj)
		}
	}
}

func TestEventComparisons(t *testing.T) {
	// More events than a block of comparisonBlock, each with two documents a side (so that
	// the document-level test runs): read block by block, the comparisons are those
	// CompareEvents holds at once.
	const events = 2*comparisonBlock + 37
	r := rand.New(rand.NewPCG(7, 7))
	pool := strings.Fields("harbor tariff grain ferry senate drought quarry lantern meadow pylon turbine orchard " +
		"ledger canal verdict tundra glacier beacon ration convoy summit treaty border rally")
	var docs []corpus.Document
	for e := range events {
		for d, kind := range []string{"state", "state", "wire", "wire"} {
			words := make([]string, 8+r.IntN(8))
			for i := range words {
				words[i] = pool[r.IntN(len(pool))]
			}
			docs = append(docs, corpus.Document{ID: fmt.Sprintf("%s-%05d-%d", kind, e, d), Event: fmt.Sprintf("event-%05d", e),
				Kind: kind, Outlet: kind + " outlet", Text: strings.Join(words, " ") + "."})
		}
	}
	var c corpus.Corpus
	if err := c.Add(docs...); err != nil {
		t.Fatal(err)
	}
	opts := &CompareOptions{Top: 4, DocTest: DocTestOptions{Permutations: 20}}
	{
		an := Analyzer{Workers: 2}
		ec, err := CountEvents(&an, c.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}, nil)
		if err != nil {
			t.Fatal(err)
		}
		names := ec.Events()
		if len(names) != events {
			t.Fatalf("%d events, want %d", len(names), events)
		}
		held, err := ec.CompareEvents(names, 0, 1, opts)
		if err != nil {
			t.Fatal(err)
		}
		cs, err := ec.EventComparisons(names, 0, 1, opts)
		if err != nil {
			t.Fatal(err)
		}
		if cs.Len() != events {
			t.Fatalf("Len %d, want %d", cs.Len(), events)
		}
		i := 0
		for c, err := range cs.All() {
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.Marshal(c)
			want, _ := json.Marshal(held[i])
			if !bytes.Equal(got, want) {
				t.Fatalf("comparison %d (%s) differs from CompareEvents'", i, c.Event)
			}
			i++
		}
		if i != events {
			t.Fatalf("All yielded %d comparisons, want %d", i, events)
		}
		tested := 0
		for _, c := range held {
			if c.DocTest.Ran {
				tested++
			}
		}
		if tested != events {
			t.Errorf("%d of %d events tested over documents", tested, events)
		}
		all, err := json.Marshal(cs)
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := json.Marshal(held); !bytes.Equal(all, want) {
			t.Errorf("MarshalJSON differs from the comparisons CompareEvents holds")
		}
		var back EventComparisons
		if err := json.Unmarshal(all, &back); err != nil {
			t.Fatal(err)
		}
		if again, _ := json.Marshal(&back); back.Len() != events || !bytes.Equal(again, all) {
			t.Errorf("read back from JSON: %d comparisons, the same bytes %v", back.Len(), bytes.Equal(again, all))
		}
		n := 0
		for range cs.All() {
			if n++; n == 3 {
				break
			}
		}
		if _, err := ec.EventComparisons([]string{names[0], names[1], names[0]}, 0, 1, opts); !errors.Is(err, ErrOption) {
			t.Errorf("an event named twice: %v, want ErrOption", err)
		}
		ec.Close()
	}
	{
		// The last event, in the last block, in another language: EventComparisons fails
		// at once, as CompareEvents does, whatever block holds the odd event.
		mixed := slices.Clone(docs)
		for i := len(mixed) - 4; i < len(mixed); i++ {
			mixed[i].Language = "spanish"
		}
		var c corpus.Corpus
		if err := c.Add(mixed...); err != nil {
			t.Fatal(err)
		}
		ec, err := CountEvents(&Analyzer{}, c.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer ec.Close()
		_, errHeld := ec.CompareEvents(ec.Events(), 0, 1, opts)
		_, errRead := ec.EventComparisons(ec.Events(), 0, 1, opts)
		if !errors.Is(errHeld, ErrMismatch) || errRead == nil || errRead.Error() != errHeld.Error() {
			t.Errorf("events in two languages: CompareEvents %v, EventComparisons %v; want the same ErrMismatch", errHeld, errRead)
		}
	}
	var none *EventComparisons
	for range none.All() {
		t.Error("a nil EventComparisons yields a comparison")
	}
	if none.Len() != 0 {
		t.Error("a nil EventComparisons has a length")
	}
}

func TestMantelHaenszelTreatmentArmByHand(t *testing.T) {
	// One table, a=0 of n1=1 on A, b=1 of n2=3 on B; the second (0 of 5, 0 of 5) is
	// dropped. Sweeting–Sutton–Lambert: A's cells + 1/4, B's + 3/4:
	// a=0.25, c=1.25, b=1.75, d=2.75; OR = 0.25·2.75/(1.75·1.25) = 11/35,
	// ln(11/35) = 2.397895 − 3.555348 = −1.157453.
	// One table: the Robins–Breslow–Greenland variance is Woolf's,
	// 1/0.25 + 1/1.75 + 1/1.25 + 1/2.75 = 4 + 0.571429 + 0.8 + 0.363636 = 5.735065,
	// SE = 2.394800.
	lor, se := mantelHaenszel([]table2{{0, 1, 1, 3}, {0, 0, 5, 5}})
	if math.Abs(lor-(-1.157453)) > 1e-6 || math.Abs(se-2.394800) > 1e-6 {
		t.Errorf("MH = %v ± %v, want -1.157453 ± 2.394800", lor, se)
	}
}

// poolOneSided pools docs (state = A, wire = B) without a permutation test.
func poolOneSided(t *testing.T, docs []corpus.Document) *Pooled {
	t.Helper()
	var c corpus.Corpus
	if err := c.Add(docs...); err != nil {
		t.Fatal(err)
	}
	var an Analyzer
	p, err := PoolEvents(&an, c.Docs(), corpus.KindSide("state"), corpus.KindSide("wire"), &PoolOptions{Permutations: -1})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// zorpDocs are two events: e1, where side A has 1 document and B 20, one of B's with
// "zorp" once; e2, 5 and 5 documents without it; every document 10 words.
func zorpDocs() []corpus.Document {
	var docs []corpus.Document
	add := func(ev, kind string, n int, zorp bool) {
		for i := range n {
			text := strings.Repeat("harbor ", 10)
			if zorp && i == 0 {
				text = strings.Repeat("harbor ", 9) + "zorp"
			}
			docs = append(docs, corpus.Document{ID: fmt.Sprintf("%s-%s-%d", ev, kind, i), Event: ev, Kind: kind, Outlet: kind, Language: "english", Text: text})
		}
	}
	add("e1", "state", 1, false)
	add("e1", "wire", 20, true)
	add("e2", "state", 5, false)
	add("e2", "wire", 5, false)
	return docs
}

func TestPoolOneSidedLeansToItsSide(t *testing.T) {
	// With 0.5 in every cell of both events' tables zorp leaned to A (+0.58); it is B's
	// word only.
	p := poolOneSided(t, zorpDocs())
	i := slices.IndexFunc(p.Terms, func(pt PooledTerm) bool { return pt.Term == "zorp" })
	if i < 0 {
		t.Fatal("zorp not pooled")
	}
	// e1 alone: A's cells + 10/210, B's + 200/210:
	// OR = (1/21)(199 + 20/21) / ((1 + 20/21)(10 + 1/21)) = (4199/441)/(8651/441)
	//    = 4199/8651 = 0.485377, ln = −0.722829.
	// One event: the random-effects estimate is that table's log odds ratio, the same.
	if pt := p.Terms[i]; math.Abs(pt.Random.Estimate-(-0.722829)) > 1e-6 {
		t.Errorf("zorp: random-effects estimate %v, want -0.722829", pt.Random.Estimate)
	}
	if pt := p.Terms[i]; pt.LogOR >= 0 || pt.Z >= 0 || math.Abs(pt.LogOR-(-0.722829)) > 1e-6 || pt.Evidence != EvidenceOneSide {
		t.Errorf("zorp: log OR %v, Z %v, evidence %v; want -0.722829 (leaning B), one-side", pt.LogOR, pt.Z, pt.Evidence)
	}
}

// TestEventTablesOneSided checks that the forest rows of a term one side never uses take
// the correction Pool gives it, so that they lean the way its pooled estimate does: e1's
// row is the hand-computed −0.722829 of TestPoolOneSidedLeansToItsSide (0.5 in every cell
// gave +1.846, toward A).
func TestEventTablesOneSided(t *testing.T) {
	var c corpus.Corpus
	if err := c.Add(zorpDocs()...); err != nil {
		t.Fatal(err)
	}
	ec, err := CountEvents(&Analyzer{}, c.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	rows, err := ec.EventTables("zorp", 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Event != "e1" || math.Abs(rows[0].LogOR-(-0.722829)) > 1e-6 || rows[0].High <= rows[0].LogOR {
		t.Errorf("zorp's rows %+v, want e1 at -0.722829", rows)
	}
}

// TestMantelHaenszelTwoSidedZeroCell checks that a term both sides use keeps 1/2 in every
// cell when R or S is zero (side B's only word is the term: d = 0), as before the
// treatment-arm correction of one-sided terms: a = 1.5, c = 3.5, b = 1.5, d = 0.5, so
// OR = (1.5·0.5)/(1.5·3.5) = 1/7, ln = −1.945910, and SE = √(1/1.5 + 1/3.5 + 1/1.5 +
// 1/0.5) = √3.619048 = 1.902380 (one table: Robins–Breslow–Greenland is Woolf's).
func TestMantelHaenszelTwoSidedZeroCell(t *testing.T) {
	lor, se := mantelHaenszel([]table2{{1, 1, 4, 1}})
	if math.Abs(lor-(-1.945910)) > 1e-6 || math.Abs(se-1.902380) > 1e-6 {
		t.Errorf("log OR %v, SE %v; want -1.945910, 1.902380", lor, se)
	}
}

func TestPoolOneSidedNeverLeansAway(t *testing.T) {
	// Random unbalanced corpora: "quib" only in A's documents, "zorp" only in B's. Neither
	// may lean to the side that never uses it.
	rng := rand.New(rand.NewPCG(11, 7))
	fill := []string{"harbor", "cloud", "river", "stone"}
	for round := range 60 {
		var docs []corpus.Document
		events := 1 + rng.IntN(5)
		for e := range events {
			for _, kind := range []string{"state", "wire"} {
				n := 1 + rng.IntN(25) // unbalanced: 1 to 25 documents a side
				if rng.IntN(2) == 0 {
					n = 1 + rng.IntN(3)
				}
				for i := range n {
					var b strings.Builder
					for range 1 + rng.IntN(30) {
						b.WriteString(fill[rng.IntN(len(fill))] + " ")
					}
					own := map[string]string{"state": "quib", "wire": "zorp"}[kind]
					if rng.IntN(4) == 0 {
						b.WriteString(own)
					}
					docs = append(docs, corpus.Document{ID: fmt.Sprintf("%d-%s-%d", e, kind, i), Event: fmt.Sprint("e", e), Kind: kind, Outlet: kind, Language: "english", Text: b.String()})
				}
			}
		}
		p := poolOneSided(t, docs)
		for _, pt := range p.Terms {
			switch {
			case pt.Term == "quib" && (pt.LogOR <= 0 || pt.Z <= 0 || pt.Random.Estimate <= 0):
				t.Errorf("round %d: quib (A only) %v, Z %v, random %v", round, pt.LogOR, pt.Z, pt.Random.Estimate)
			case pt.Term == "zorp" && (pt.LogOR >= 0 || pt.Z >= 0 || pt.Random.Estimate >= 0):
				t.Errorf("round %d: zorp (B only) %v, Z %v, random %v", round, pt.LogOR, pt.Z, pt.Random.Estimate)
			}
		}
	}
}
