package frames

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/framediff/framediff/corpus"
)

// exactSLD returns the SLD posterior of group g and frame f under fit with every document
// a bin of its own, as the estimator was before groups were histogrammed.
func exactSLD(s *sld, g, f int, fit platt) posterior {
	idx := s.cal.groups[g]
	n, f0, f1 := make([]float64, len(idx)), make([]float64, len(idx)), make([]float64, len(idx))
	pi := s.share[f]
	for t, i := range idx {
		rho := fit.ofLogit(s.cal.logits[i][f])
		n[t], f0[t], f1[t] = 1, (1-rho)/(1-pi), rho/pi
	}
	return s.mx.posterior(f, n, f0, f1)
}

// TestSLDBinnedMatchesExact: on groups of 4,000, 1,000 and 300 synthetic documents (binned)
// and of 256 (one bin per document), the posterior mean of the share under the point
// calibration and under a calibration moved as a bootstrap replicate moves it is within
// 1e-3 of the one computed with every document a bin of its own.
func TestSLDBinnedMatchesExact(t *testing.T) {
	m, _ := trainSynthetic(t, nil)
	docs := synthetic(4000, []float64{0.3, 0.6, 0.1}, 0.7, 0.05, "big", 31)
	preds, err := m.Predict(docs)
	if err != nil {
		t.Fatal(err)
	}
	var groups [][]int
	for _, n := range []int{4000, 1000, 300, 256} {
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		groups = append(groups, idx)
	}
	s := newSLD(m, preds, groups)
	worst := 0.0
	for g, idx := range groups {
		if binned := len(s.bins[g][0].count) < len(idx); binned != (len(idx) > sldBins) {
			t.Errorf("group of %d: %d bins", len(idx), len(s.bins[g][0].count))
		}
		for f := range m.frames {
			for _, fit := range []platt{s.cal.fits[f], {s.cal.fits[f].a * 0.8, s.cal.fits[f].b + 0.3}} {
				got, want := s.posterior(g, f, fit).mean, exactSLD(s, g, f, fit).mean
				worst = max(worst, abs(got-want))
				if !scalar.EqualWithinAbs(got, want, 1e-3) {
					t.Errorf("group of %d, frame %d, fit %+v: binned %.6f, exact %.6f", len(idx), f, fit, got, want)
				}
			}
		}
	}
	t.Logf("largest difference between binned and exact: %.2g", worst)
}

func abs(x float64) float64 { return max(x, -x) }

// TestIntervalsContainEstimates: with sides of 1 to 8 documents, every method's interval of
// every share and every difference contains its estimate.
func TestIntervalsContainEstimates(t *testing.T) {
	m, _ := trainSynthetic(t, nil)
	var docs []corpus.Document
	var sides []corpus.Side
	for n := 1; n <= 8; n++ {
		kind := string(rune('a' + n - 1))
		d := synthetic(n, []float64{0.9, 0.5, 0.1}, 0.7, 0.05, kind, uint64(40+n))
		for i := range d {
			d[i].Event = []string{"e1", "e2"}[i%2]
		}
		docs = append(docs, d...)
		sides = append(sides, corpus.KindSide(kind))
	}
	for _, meth := range []Method{SLD, Mixture, ACC, PACC, CC, PCC, CPCC} {
		t.Run(meth.String(), func(t *testing.T) {
			p, err := m.Prevalence(docs, sides, &PrevalenceOptions{Method: meth, Replicates: 200})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range p.Shares {
				if !(s.Low <= s.Estimate && s.Estimate <= s.High) {
					t.Errorf("%s %s %q (%d documents): %.4f outside [%.4f, %.4f]", s.Side, s.Event, s.Frame, s.Documents, s.Estimate, s.Low, s.High)
				}
			}
			for _, d := range p.Differences {
				if !(d.Low <= d.Estimate && d.Estimate <= d.High) {
					t.Errorf("%s − %s %s %q (pooled %v): %.4f outside [%.4f, %.4f]", d.SideA, d.SideB, d.Event, d.Frame, d.Pooled, d.Estimate, d.Low, d.High)
				}
			}
		})
	}
}

// BenchmarkPrevalenceMethods: Prevalence of two sides of 2,000 synthetic documents each,
// 3 frames, 200 replicates, by method. Compare SLD with Mixture as the ratio of their
// times in one run.
func BenchmarkPrevalenceMethods(b *testing.B) {
	docs := synthetic(60, []float64{0.5, 0.4, 0.3}, 0.7, 0.05, "train", 11)
	m, err := Train(docs, Coding{Key: "frames"}, nil)
	if err != nil {
		b.Fatal(err)
	}
	group := append(synthetic(2000, []float64{0.8, 0.4, 0.4}, 0.7, 0.05, "a", 21), synthetic(2000, []float64{0.2, 0.4, 0.4}, 0.7, 0.05, "b", 22)...)
	sides := []corpus.Side{corpus.KindSide("a"), corpus.KindSide("b")}
	for _, meth := range []Method{Mixture, SLD, CPCC} {
		b.Run(meth.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.Prevalence(group, sides, &PrevalenceOptions{Method: meth, Replicates: 200, Workers: 1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestMethodJSON: a method is written and read by name, so that a record of the settings
// names the estimator whatever the constants' order; the default (the zero value) writes
// as "sld", and a number is refused.
func TestMethodJSON(t *testing.T) {
	b, err := json.Marshal(PrevalenceOptions{})
	if err != nil || !strings.Contains(string(b), `"method":"sld"`) {
		t.Errorf("the zero options write as %s, %v", b, err)
	}
	for name, want := range map[string]Method{"sld": SLD, "mixture": Mixture, "acc": ACC, "pacc": PACC, "cc": CC, "pcc": PCC, "cpcc": CPCC} {
		var o PrevalenceOptions
		if err := json.Unmarshal([]byte(`{"method":"`+name+`"}`), &o); err != nil || o.Method != want {
			t.Errorf("%q reads as %v, %v", name, o.Method, err)
		}
		if b, err := json.Marshal(want); err != nil || string(b) != `"`+name+`"` {
			t.Errorf("%v writes as %s, %v", want, b, err)
		}
	}
	var o PrevalenceOptions
	if err := json.Unmarshal([]byte(`{"method":1}`), &o); err == nil {
		t.Errorf("a method given as a number reads as %v", o.Method)
	}
}

// TestDegenerateCalibration: SLD and CPCC count the replicates whose refitted Platt slope
// is not positive. With probabilities unrelated to the codes (positives' mean 0.45,
// negatives' 0.46) the slope's sign is a coin toss in a redrawn sample, so some but not all
// of 400 replicates count; with the strong synthetic model, none do.
func TestDegenerateCalibration(t *testing.T) {
	flat := &Model{coding: Coding{Frames: []string{"f"}}, frames: []frameModel{{name: "f",
		oof: []float64{0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05}}},
		codes: [][]bool{{true}, {false}, {false}, {true}, {false}, {true}, {true}, {false}, {false}, {true}}}
	preds := []Prediction{{Probabilities: []float64{0.3}}, {Probabilities: []float64{0.7}}}
	groups := [][]int{{0, 1}}
	strong, _ := trainSynthetic(t, nil)
	spreds := make([]Prediction, len(strong.codes))
	for i := range spreds {
		spreds[i].Probabilities = make([]float64, len(strong.frames))
		for f := range strong.frames {
			spreds[i].Probabilities[f] = strong.frames[f].oof[i]
		}
	}
	sgroups := [][]int{{0, 1, 2, 3}}
	for _, c := range []struct {
		name string
		rep  func(int, *rand.Rand) ([][]float64, [][]float64, [][]float64, int)
		lo   int
		hi   int
	}{
		{"sld flat", newSLD(flat, preds, groups).replicate, 40, 360},
		{"cpcc flat", newCalibrated(flat, preds, groups).replicate, 40, 360},
		{"sld strong", newSLD(strong, spreds, sgroups).replicate, 0, 0},
		{"cpcc strong", newCalibrated(strong, spreds, sgroups).replicate, 0, 0},
	} {
		n := 0
		for r := range 400 {
			_, _, _, d := c.rep(r, rand.New(rand.NewPCG(1, uint64(r))))
			n += d
		}
		t.Logf("%s: %d of 400 degenerate", c.name, n)
		if n < c.lo || n > c.hi {
			t.Errorf("%s: %d of 400 replicates degenerate, want %d to %d", c.name, n, c.lo, c.hi)
		}
	}
}
