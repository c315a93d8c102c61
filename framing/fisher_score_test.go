package framing

import (
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/framediff/framediff/framing/stats"
)

func TestFisherScoreBelowSmallestFloat(t *testing.T) {
	// p = 10^-318.398 (R, quoted in issue #7) lies below the smallest normal float64, where
	// math.Log10 is inexact: the score comes from the log-space sum.
	pa := mkProfile(t, ProfileSpec{Documents: 1, Totals: []int{196463}, Terms: []TermStat{
		{Term: "x", N: 1, Count: 2286, DocFreq: 1}, {Term: "y", N: 1, Count: 196463 - 2286, DocFreq: 1}}})
	pb := mkProfile(t, ProfileSpec{Documents: 1, Totals: []int{272305}, Terms: []TermStat{
		{Term: "x", N: 1, Count: 719, DocFreq: 1}, {Term: "y", N: 1, Count: 272305 - 719, DocFreq: 1}}})
	rows, err := Keyness(pa, pb, &KeynessOptions{Measure: MeasureFisher})
	if err != nil {
		t.Fatal(err)
	}
	if got := rows[0].Score; !scalar.EqualWithinAbsOrRel(got, 318.398, 0, 5e-6) {
		t.Errorf("Fisher score %.6f, want 318.398", got)
	}
	if p, _ := stats.FisherExact(2286, 719, 196463, 272305); !(p > 3.9e-319 && p < 4.1e-319) {
		t.Errorf("p = %g, want 10^-318.398 (a subnormal float64)", p)
	}
}
