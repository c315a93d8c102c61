package framing

import (
	"math"
	"slices"
	"testing"
	"unsafe"

	"github.com/framediff/framediff/corpus"
)

// TestCountEventsSharedRecords: sides with the same documents in an event share one
// record of counts, sides whose documents differ each have their own, in any input order
// and for any number of workers; and each side's counts are those of its documents.
func TestCountEventsSharedRecords(t *testing.T) {
	docs := []corpus.Document{
		{ID: "a1", Event: "harbor", Outlet: "Alpha", Kind: "wire", Text: "The harbor crane failed twice; the crew waited for parts."},
		{ID: "b1", Event: "harbor", Outlet: "Beta", Kind: "wire", Text: "Officials said the crane failure delayed the harbor for a day."},
		{ID: "c1", Event: "harbor", Outlet: "Gamma", Kind: "state", Text: "The heroic crew restored the harbor crane, officials said."},
		{ID: "a2", Event: "bridge", Outlet: "Alpha", Kind: "wire", Text: "The bridge reopened after repairs to its northern span."},
		{ID: "c2", Event: "bridge", Outlet: "Gamma", Kind: "state", Text: "The glorious bridge reopened, a triumph of planning."},
	}
	sides := []corpus.Side{corpus.KindSide("wire"), corpus.OutletSide("Alpha"), {Name: "all", Match: func(corpus.Document) bool { return true }}}
	// The records each event must have: its sides grouped by their documents.
	wantRecs := map[string][]uint64{
		"harbor": {1 << 1, 1 << 0, 1 << 2}, // wire {a1 b1}, Alpha {a1}, all {a1 b1 c1}
		"bridge": {1<<0 | 1<<1, 1 << 2},    // wire and Alpha {a2}, all {a2 c2}
	}
	lexs := []*Lexicon{EvaluativeLexicon()}
	orders := [][]int{{0, 1, 2, 3, 4}, {2, 1, 0, 4, 3}, {1, 2, 0, 3, 4}, {4, 3, 2, 1, 0}}
	for _, workers := range []int{1, 3} {
		for k, order := range orders {
			ngrams := 1 + k%3 // n-grams are split and copied with the words
			in := make([]corpus.Document, len(order))
			for i, k := range order {
				in[i] = docs[k]
			}
			an := Analyzer{Workers: workers, NGrams: ngrams}
			seq := func(yield func(corpus.Document, error) bool) {
				for _, d := range in {
					if !yield(d, nil) {
						return
					}
				}
			}
			ec, err := CountEvents(&an, seq, sides, &CountOptions{Lexicons: lexs})
			if err != nil {
				t.Fatal(err)
			}
			for _, ev := range ec.events {
				var got []uint64
				for _, r := range ev.recs {
					got = append(got, r.slots)
				}
				slices.Sort(got)
				want := slices.Sorted(slices.Values(wantRecs[ev.name]))
				if !slices.Equal(got, want) {
					t.Errorf("%d workers, order %v, event %s: records of sides %b, want %b", workers, order, ev.name, got, want)
				}
			}
			for s, side := range sides {
				for _, e := range ec.Events() {
					var mine []corpus.Document
					for _, d := range docs {
						if d.Event == e && side.Match(d) {
							mine = append(mine, d)
						}
					}
					want, err := (&Analyzer{NGrams: ngrams}).Profile(mine...)
					if err != nil {
						t.Fatal(err)
					}
					got, err := ec.Profile(e, s)
					if err != nil {
						t.Fatal(err)
					}
					if got.Documents() != want.Documents() || got.Total(1) != want.Total(1) || got.Total(ngrams) != want.Total(ngrams) || got.Dropped() != want.Dropped() {
						t.Errorf("%d workers, order %v, %s, side %s: %d documents, %d words, dropped %+v; want %d, %d, %+v", workers, order, e, side.Name,
							got.Documents(), got.Total(1), got.Dropped(), want.Documents(), want.Total(1), want.Dropped())
					}
					for _, term := range want.Terms() {
						if n := got.Count(term.Term); n != term.Count {
							t.Errorf("%d workers, order %v, %s, side %s: %q counted %d times, want %d", workers, order, e, side.Name, term.Term, n, term.Count)
						}
					}
					if len(got.Terms()) != len(want.Terms()) {
						t.Errorf("%d workers, order %v, %s, side %s: %d terms, want %d", workers, order, e, side.Name, len(got.Terms()), len(want.Terms()))
					}
					wantLex, err := (&Analyzer{}).LexiconProfile(mine, lexs[0])
					if err != nil {
						t.Fatal(err)
					}
					gotLex, err := ec.LexiconProfile(lexs[0], e, s)
					if err != nil {
						t.Fatal(err)
					}
					if gotLex.Total(1) != wantLex.Total(1) || gotLex.Dropped() != wantLex.Dropped() || len(gotLex.Terms()) != len(wantLex.Terms()) {
						t.Errorf("%d workers, order %v, %s, side %s: lexicon counts %d words, %d categories; want %d, %d", workers, order, e, side.Name,
							gotLex.Total(1), len(gotLex.Terms()), wantLex.Total(1), len(wantLex.Terms()))
					}
					for _, c := range wantLex.Terms() {
						if n := gotLex.Count(c.Term); n != c.Count {
							t.Errorf("%d workers, order %v, %s, side %s: category %q counted %d times, want %d", workers, order, e, side.Name, c.Term, n, c.Count)
						}
					}
				}
			}
			ec.Close()
		}
	}
}

// TestSideCountsOverflow: the 32-bit counts of lexicon categories and of dropped words
// refuse to pass 2^32 - 1 (CountEvents then fails with ErrCounts) rather than wrap.
func TestSideCountsOverflow(t *testing.T) {
	var l sideLex
	if !l.add(1, 7, math.MaxUint32-1) || !l.add(0, 3, 2) {
		t.Fatal("a count below 2^32 refused")
	}
	if n, df := l.get(1, 7); n != math.MaxUint32-1 || df != 1 {
		t.Errorf("category (1, 7): %d in %d documents, want %d in 1", n, df, int64(math.MaxUint32-1))
	}
	if l.add(1, 7, 2) {
		t.Error("a category count past 2^32 - 1 accepted")
	}
	if n, _ := l.get(1, 7); n != math.MaxUint32 {
		t.Errorf("after the overflow: %d, want it left at 2^32 - 1", n)
	}
	if n, df := l.get(0, 3); n != 2 || df != 1 {
		t.Errorf("category (0, 3): %d in %d documents, want 2 in 1", n, df)
	}
	var d droppedCounts
	if !d.add(Dropped{Stop: math.MaxUint32, Voice: 4}) {
		t.Fatal("dropped counts of 2^32 - 1 refused")
	}
	if d.add(Dropped{Stop: 1}) || d.get() != (Dropped{Stop: math.MaxUint32, Voice: 4}) {
		t.Errorf("dropped past 2^32 - 1: %+v", d.get())
	}
	if d.add(Dropped{Number: -1}) {
		t.Error("a negative dropped count accepted")
	}
}

// TestSideCountsSize keeps the per-(event, side) records at the sizes their comments give:
// a corpus of many events of a few short documents has hundreds of thousands of them.
func TestSideCountsSize(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want uintptr
	}{
		{"sideCounts", unsafe.Sizeof(sideCounts{}), 96}, // 88 with four dropped counts, before Dropped.Address
		{"sparseCounts", unsafe.Sizeof(sparseCounts{}), 32},
		{"sideLex", unsafe.Sizeof(sideLex{}), 56}, // 48 before Dropped.Address
		{"lexCat", unsafe.Sizeof(lexCat{}), 16},
	} {
		if c.got > c.want {
			t.Errorf("%s: %d bytes, more than %d", c.name, c.got, c.want)
		}
	}
}
