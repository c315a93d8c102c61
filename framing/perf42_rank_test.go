package framing

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/framediff/framediff/framing/stats"
)

// TestSortKeyed checks sortKeyed against a stable comparison sort by key: keys that differ
// in one byte only (each of the eight), equal keys (whose ids must keep their order), keys
// that share all but their first two bytes, and all equal.
func TestSortKeyed(t *testing.T) {
	r := rand.New(rand.NewPCG(42, 22))
	cases := map[string]func(i int) uint64{
		"random":          func(int) uint64 { return r.Uint64() },
		"one byte varies": func(i int) uint64 { return 0x6861726200000000 | uint64(r.IntN(256))<<(8*(i%8)) },
		"few values":      func(int) uint64 { return []uint64{0, 1, 1 << 56, ^uint64(0), 0x6869}[r.IntN(5)] },
		"all equal":       func(int) uint64 { return 0x7a7a000000000000 },
		"short words":     func(int) uint64 { return uint64(r.IntN(26)+'a')<<56 | uint64(r.IntN(26)+'a')<<48 },
	}
	for name, key := range cases {
		for _, n := range []int{0, 1, 2, 3, 100, 5000} {
			t.Run(fmt.Sprintf("%s/%d", name, n), func(t *testing.T) {
				es := make([]keyedID, n)
				for i := range es {
					es[i] = keyedID{key(i), int32(i)}
				}
				want := slices.Clone(es)
				slices.SortStableFunc(want, func(a, b keyedID) int { return cmp.Compare(a.key, b.key) })
				sortKeyed(es)
				if !slices.Equal(es, want) {
					t.Errorf("sortKeyed differs from a stable sort by key")
				}
			})
		}
	}
}

// TestScoredRowsAdjustSorted checks that adjust, which hands stats.AdjustP the p-values
// sorted, gives every row what AdjustP gives it in the rows' order: with ties (which a
// step-up adjustment gives one value whatever their order), zeros and ones, and a
// p-value out of range, whose error must name the same row. The values must be equal
// exactly: the same arithmetic on the same numbers, so that output stays byte-identical.
func TestScoredRowsAdjustSorted(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 22))
	for _, n := range []int{0, 1, 2, 10, 1000} {
		for _, method := range []stats.Adjust{stats.AdjustBH, stats.AdjustHolm, stats.AdjustBY} {
			t.Run(fmt.Sprintf("%s/%d", method, n), func(t *testing.T) {
				sc := &scoredRows{rows: make([]scoredRow, n)}
				p := make([]float64, n)
				for i := range p {
					switch r.IntN(4) {
					case 0:
						p[i] = []float64{0, 1, 0.05, 1e-300}[r.IntN(4)] // ties
					default:
						p[i] = r.Float64()
					}
					sc.rows[i].p = p[i]
				}
				want, err := stats.AdjustP(p, method)
				if err != nil {
					t.Fatal(err)
				}
				if err := sc.adjust(method); err != nil {
					t.Fatal(err)
				}
				for i := range sc.rows {
					if sc.rows[i].padj != want[i] {
						t.Errorf("row %d (p %g): padj %g, AdjustP in row order %g", i, p[i], sc.rows[i].padj, want[i])
					}
				}
			})
		}
	}
	sc := &scoredRows{rows: []scoredRow{{p: 0.5}, {p: 0.1}, {p: math.NaN()}, {p: 0.2}}}
	_, want := stats.AdjustP([]float64{0.5, 0.1, math.NaN(), 0.2}, stats.AdjustBH)
	if err := sc.adjust(stats.AdjustBH); err == nil || want == nil || err.Error() != want.Error() {
		t.Errorf("adjust with a NaN: error %v, want %v", err, want)
	}
}
