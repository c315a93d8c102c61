package frames

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// shiftRun trains on coded synthetic documents with hit rate 0.5, and estimates the shares
// of two sides: a and b.
func shiftRun(t *testing.T, a, b []corpus.Document) *Prevalence {
	t.Helper()
	coded := synthetic(200, []float64{0.5, 0.4, 0.3}, 0.5, 0.08, "coded", 21)
	m, err := Train(coded, Coding{Key: "frames"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	docs := append(append([]corpus.Document{}, a...), b...)
	prev, err := m.Prevalence(docs, []corpus.Side{corpus.KindSide("a"), corpus.KindSide("b")}, &PrevalenceOptions{Replicates: 200})
	if err != nil {
		t.Fatal(err)
	}
	return prev
}

// TestShiftSilentUnderPriorShift: sides written as the coded documents are, with other
// shares of the frames (10% to 80%), are what the corrected estimators are for: the shift
// test must not fire.
func TestShiftSilentUnderPriorShift(t *testing.T) {
	a := synthetic(300, []float64{0.1, 0.8, 0.2}, 0.5, 0.08, "a", 22)
	b := synthetic(300, []float64{0.8, 0.1, 0.6}, 0.5, 0.08, "b", 23)
	prev := shiftRun(t, a, b)
	for _, s := range prev.Shares {
		t.Logf("%s %s: estimate %.3f calibrated %.3f D %.3f critical %.3f", s.Side, s.Frame, s.Estimate, s.Shift.Calibrated, s.Shift.D, s.Shift.Critical)
		if s.Shift.Fires {
			t.Errorf("%s %s: the shift test fires (D %.3f > %.3f) on documents like the coded ones", s.Side, s.Frame, s.Shift.D, s.Shift.Critical)
		}
	}
	if prev.Shifted != 0 {
		t.Errorf("Shifted = %d, want 0", prev.Shifted)
	}
}

// TestShiftFiresOnShortTexts: side b's documents are short, five filler words and one
// conflict word each, whatever their codes (as a headline of a few words is, to a model of
// long articles): 40% of them are coded economic, but none uses an economic word, so their
// economic scores bunch in the band of the coded documents without the frame that use
// none either, a shape no mixture of the coded scores has, and SLD, reading every score as
// a likelihood ratio, puts the economic share near 0. The shift test must fire for b's
// economic share, and not for side a, written as the coded documents are.
func TestShiftFiresOnShortTexts(t *testing.T) {
	a := synthetic(300, []float64{0.5, 0.4, 0.3}, 0.5, 0.08, "a", 24)
	b := synthetic(300, []float64{0.5, 0.4, 0.3}, 0, 0, "b", 25)
	for i := range b {
		b[i].Text = shorten(b[i].Text) + " " + synthWords["conflict"][i%len(synthWords["conflict"])] + "."
	}
	prev := shiftRun(t, a, b)
	fired := 0
	for _, s := range prev.Shares {
		t.Logf("%s %s: estimate %.3f [%.3f, %.3f] raw %.3f calibrated %.3f D %.3f critical %.3f", s.Side, s.Frame, s.Estimate, s.Low, s.High, s.Raw, s.Shift.Calibrated, s.Shift.D, s.Shift.Critical)
		if s.Event != "" {
			continue
		}
		if s.Side == "a" && s.Shift.Fires {
			t.Errorf("a %s: the shift test fires (D %.3f > %.3f) on documents like the coded ones", s.Frame, s.Shift.D, s.Shift.Critical)
		}
		if s.Side == "b" && s.Frame == "economic" {
			if s.Estimate > truth(b, "economic")/4 {
				t.Errorf("b economic: SLD estimate %.3f of a coded share %.3f: the scenario does not make SLD collapse", s.Estimate, truth(b, "economic"))
			}
			if !s.Shift.Fires {
				t.Errorf("b economic: the shift test does not fire (D %.3f ≤ %.3f)", s.Shift.D, s.Shift.Critical)
			}
		}
		if s.Shift.Fires {
			fired++
		}
		if math.IsNaN(s.Shift.D) || s.Shift.D < 0 || s.Shift.D > 1 {
			t.Errorf("%s %s: D = %v, want in [0, 1]", s.Side, s.Frame, s.Shift.D)
		}
	}
	if prev.Shifted != fired {
		t.Errorf("Shifted = %d, want the %d shares that fire", prev.Shifted, fired)
	}
}

// shorten keeps the frame words of a synthetic text and its first five filler words.
func shorten(text string) string {
	var out []string
	filler := 0
	for _, w := range strings.Fields(strings.TrimSuffix(text, ".")) {
		if slices.Contains(synthFiller, w) {
			if filler++; filler > 5 {
				continue
			}
		}
		out = append(out, w)
	}
	return strings.Join(out, " ") + "."
}

// TestMixtureDistance checks D and θ by hand on one-point samples: coded scores 0 (without)
// and 1 (with).
func TestMixtureDistance(t *testing.T) {
	s0, s1 := []float64{0}, []float64{1}
	for _, c := range []struct {
		name     string
		x        []float64
		d, theta float64
	}{
		// Half the group at 0, half at 1: the mixture at θ = ½, exactly.
		{"mixture", []float64{0, 1}, 0, 0.5},
		// All at 0: F₀ itself.
		{"without", []float64{0, 0}, 0, 0},
		// All at ½, where no coded document scores: below ½ the mixture's CDF is 1 − θ
		// and the group's 0; from ½ to 1 they are 1 − θ and 1. max(1 − θ, θ) is least,
		// ½, at θ = ½.
		{"between", []float64{0.5}, 0.5, 0.5},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := mixtureDistance(c.x, s0, s1)
			if math.Abs(got.D-c.d) > 1e-9 || math.Abs(got.Theta-c.theta) > 1e-6 {
				t.Errorf("D %.6f θ %.6f, want %.6f and %.6f", got.D, got.Theta, c.d, c.theta)
			}
		})
	}
	if got := mixtureDistance(nil, s0, s1); got.D != 0 || got.Fires {
		t.Errorf("empty group: %+v, want the zero Shift", got)
	}
}
