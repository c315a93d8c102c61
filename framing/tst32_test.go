package framing

import (
	"slices"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// bhTst32 is a hand-written Benjamini–Hochberg adjustment, independent of the package's:
// sort the p-values ascending, take p_(i)·m/i, keep the running minimum from the largest
// down, and cap at 1. It returns the adjusted values in the order of p.
func bhTst32(p []float64) []float64 {
	m := len(p)
	idx := make([]int, m)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int {
		switch {
		case p[x] < p[y]:
			return -1
		case p[x] > p[y]:
			return 1
		}
		return 0
	})
	out := make([]float64, m)
	run := 1.0
	for r := m; r >= 1; r-- {
		i := idx[r-1]
		run = min(run, p[i]*float64(m)/float64(r))
		out[i] = run
	}
	return out
}

// tst32Sides are invented accounts of an invented event: two sides of unequal length (so
// that no term shared by both scores exactly 0), unigrams and bigrams.
var tst32Sides = [2]string{
	"Mayor Quill praised the lantern festival. The lantern parade crossed the old bridge. " +
		"Quill thanked the volunteers and the lantern makers. Volunteers cleaned the bridge at dawn.",
	"Critics said the lantern festival cost too much. The parade blocked traffic near the bridge. " +
		"Shopkeepers counted losses after the parade. Critics asked the council for written receipts.",
}

// TestTst32AdjustEveryRow checks that PAdj is the Benjamini–Hochberg adjustment over every
// term scored, unigrams and bigrams together: with Top -1 every row is listed (TopA and
// TopB hold all rows scored), so the expected PAdj is the hand-written BH of all the listed
// rows' P. It fails if some rows (say, the bigrams) are left out of the adjustment or
// enter it with another p.
func TestTst32AdjustEveryRow(t *testing.T) {
	an := &Analyzer{NGrams: 2}
	pa, err := an.ProfileTexts(tst32Sides[0])
	if err != nil {
		t.Fatal(err)
	}
	pb, err := an.ProfileTexts(tst32Sides[1])
	if err != nil {
		t.Fatal(err)
	}
	c, err := compare(pa, pb, "A", "B", &CompareOptions{Top: -1})
	if err != nil {
		t.Fatal(err)
	}
	rows := slices.Concat(c.TopA, c.TopB)
	// Every row scored must be listed, or the family of the expected BH would be smaller
	// than the one adjusted (a row scoring exactly 0 leans to neither side).
	if got, want := len(rows), c.scored.len(); got != want {
		t.Fatalf("%d rows listed, %d scored: every row must be listed for this check", got, want)
	}
	var uni, bi int
	p := make([]float64, len(rows))
	for i, r := range rows {
		switch r.N {
		case 1:
			uni++
		case 2:
			bi++
		}
		// No p of exactly 0 or 1, which BH would leave as they are.
		if !(r.P > 0 && r.P < 1) {
			t.Fatalf("%q (n=%d): P = %v, want strictly between 0 and 1", r.Term, r.N, r.P)
		}
		p[i] = r.P
	}
	if uni < 5 || bi < 5 {
		t.Fatalf("%d unigrams and %d bigrams listed, want at least 5 of each", uni, bi)
	}
	want := bhTst32(p)
	moved, below1 := 0, 0
	for i, r := range rows {
		if !scalar.EqualWithinAbsOrRel(r.PAdj, want[i], 1e-12, 1e-12) {
			t.Errorf("%q (n=%d): PAdj = %v, want %v (BH over all %d rows; P = %v)", r.Term, r.N, r.PAdj, want[i], len(rows), r.P)
		}
		if want[i] != r.P {
			moved++
		}
		if want[i] < 1 {
			below1++
		}
	}
	// The check is not trivial: the adjustment changes some p and leaves some below 1.
	if moved == 0 || below1 == 0 {
		t.Fatalf("BH changed %d of %d p-values and left %d below 1: the texts do not exercise it", moved, len(rows), below1)
	}
}

// TestTst32MinCountBoundary checks that MinCount keeps a term whose count over both sides
// is exactly MinCount and drops one whose count is MinCount-1.
func TestTst32MinCountBoundary(t *testing.T) {
	// Counted by hand from the invented texts below (unigrams only):
	//   "lantern": A has it twice (sentences 1 and 2), B once (sentence 1): total 3 = MinCount, kept.
	//   "orchard": A once (sentence 3), B once (sentence 2): total 2 = MinCount-1, dropped.
	a := "The lantern glowed by the gate. Nobody moved the lantern. Wardens guarded the orchard gate."
	b := "A lantern hung near the mill. The orchard stayed silent tonight."
	const minCount = 3
	an := &Analyzer{}
	pa, err := an.ProfileTexts(a)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := an.ProfileTexts(b)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compare(pa, pb, "A", "B", &CompareOptions{Top: -1, MinCount: minCount})
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]KeyTerm{}
	for _, r := range slices.Concat(c.TopA, c.TopB) {
		found[r.Word] = r
		if r.CountA+r.CountB < minCount {
			t.Errorf("%q listed with count %d+%d, below MinCount %d", r.Word, r.CountA, r.CountB, minCount)
		}
	}
	if r, ok := found["lantern"]; !ok {
		t.Errorf("lantern (count 3 = MinCount) dropped; listed: %v", found)
	} else if r.CountA != 2 || r.CountB != 1 {
		t.Errorf("lantern counted %d+%d, want 2+1 (hand count)", r.CountA, r.CountB)
	}
	if _, ok := found["orchard"]; ok {
		t.Errorf("orchard (count 2 = MinCount-1) listed")
	}
	// Without MinCount the dropped term is scored: the test above is not vacuous.
	c, err = Compare(pa, pb, "A", "B", &CompareOptions{Top: -1})
	if err != nil {
		t.Fatal(err)
	}
	var orchard bool
	for _, r := range slices.Concat(c.TopA, c.TopB) {
		if r.Word == "orchard" {
			orchard = r.CountA == 1 && r.CountB == 1
		}
	}
	if !orchard {
		t.Errorf("orchard not listed as 1+1 without MinCount")
	}
}
