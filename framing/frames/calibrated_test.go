package frames

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// plattCase is one case of testdata/sklearn-platt.json (see testdata/sklearn_platt.py).
type plattCase struct {
	Name  string    `json:"name"`
	Probs []float64 `json:"probs"`
	Codes []int     `json:"codes"`
	Group []float64 `json:"group"`
	A     float64   `json:"a"`
	B     float64   `json:"b"`
	// SkA and SkB are scikit-learn's own answer (BFGS, gtol 1e-5), before the polish.
	SkA  float64 `json:"sklearn_a"`
	SkB  float64 `json:"sklearn_b"`
	CPCC float64 `json:"cpcc"`
	SLD  float64 `json:"sld"`
}

func loadPlattCases(t *testing.T) []plattCase {
	t.Helper()
	b, err := os.ReadFile("testdata/sklearn-platt.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cases []plattCase `json:"cases"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	if len(ref.Cases) == 0 {
		t.Fatal("no cases")
	}
	return ref.Cases
}

// TestPlattAgainstScikitLearn: Platt scaling's a and b, and the CPCC estimate of a group,
// against scikit-learn's _sigmoid_calibration polished to a gradient below 1e-12 (and
// within 1e-4 of its unpolished answer); the SLD estimate (prior weight 2) against scipy's
// quadrature of its posterior, to the grid's precision (testdata/sklearn_platt.py).
func TestPlattAgainstScikitLearn(t *testing.T) {
	for _, c := range loadPlattCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			s := make([]float64, len(c.Probs))
			y := make([]bool, len(c.Probs))
			codes := make([][]bool, len(c.Probs))
			for i, p := range c.Probs {
				s[i], y[i] = logit(p), c.Codes[i] == 1
				codes[i] = []bool{y[i]}
			}
			fit := fitPlatt(s, y)
			if !scalar.EqualWithinAbsOrRel(fit.a, c.A, 1e-8, 1e-8) || !scalar.EqualWithinAbsOrRel(fit.b, c.B, 1e-8, 1e-8) {
				t.Errorf("a, b = %.12f, %.12f; want %.12f, %.12f", fit.a, fit.b, c.A, c.B)
			}
			// scikit-learn's unpolished fit stops at a gradient of 1e-5, so within 1e-4.
			if c.SkA == 0 || !scalar.EqualWithinAbs(fit.a, c.SkA, 1e-4) || !scalar.EqualWithinAbs(fit.b, c.SkB, 1e-4) {
				t.Errorf("a, b = %.8f, %.8f; scikit-learn's _sigmoid_calibration %.8f, %.8f", fit.a, fit.b, c.SkA, c.SkB)
			}
			m := &Model{coding: Coding{Frames: []string{"f"}}, frames: []frameModel{{name: "f", oof: c.Probs}}, codes: codes}
			preds := make([]Prediction, len(c.Group))
			idx := make([]int, len(c.Group))
			raw := 0.0
			for i, q := range c.Group {
				preds[i].Probabilities = []float64{q}
				idx[i] = i
				raw += q / float64(len(c.Group))
			}
			cal := newCalibrated(m, preds, [][]int{idx})
			if !scalar.EqualWithinAbsOrRel(cal.point[0][0], c.CPCC, 1e-8, 1e-8) || !scalar.EqualWithinAbs(cal.raw[0][0], raw, 1e-15) {
				t.Errorf("CPCC %.12f, raw %.12f; want %.12f, %.12f", cal.point[0][0], cal.raw[0][0], c.CPCC, raw)
			}
			if mixturePrior != 2 {
				t.Fatalf("the reference assumes a prior weight of 2, not %v", mixturePrior)
			}
			if s := newSLD(m, preds, [][]int{idx}); !scalar.EqualWithinAbs(s.point[0][0], c.SLD, 1e-3) {
				t.Errorf("SLD %.6f, want %.6f", s.point[0][0], c.SLD)
			}
		})
	}
}

// TestPlattEdgeCases: finite fits where the likelihood alone has no maximum (Platt's
// targets keep it), and probabilities of exactly 0 and 1.
func TestPlattEdgeCases(t *testing.T) {
	for _, c := range []struct {
		name  string
		probs []float64
		codes []bool
	}{
		{"all scores equal", []float64{0.3, 0.3, 0.3, 0.3}, []bool{true, false, false, true}},
		{"zero and one", []float64{0, 1, 1, 0, 0.5}, []bool{false, true, true, false, true}},
		{"one of each", []float64{0.9, 0.1}, []bool{true, false}},
	} {
		s := make([]float64, len(c.probs))
		for i, p := range c.probs {
			s[i] = logit(p)
		}
		fit := fitPlatt(s, c.codes)
		for _, p := range []float64{0, 1e-300, 0.3, 1} {
			if q := fit.prob(p); math.IsNaN(q) || q < 0 || q > 1 || math.IsInf(fit.a, 0) || math.IsNaN(fit.a) || math.IsNaN(fit.b) {
				t.Errorf("%s: a, b = %v, %v; P(%v) = %v", c.name, fit.a, fit.b, p, q)
			}
		}
	}
	// Equal scores: a has no information; b makes the probability the target's mean,
	// (2·(3/4) + 2·(1/4))/4 = ½, so b = 0 whatever a (the score is the logit of 0.3).
	fit := fitPlatt([]float64{logit(0.3), logit(0.3), logit(0.3), logit(0.3)}, []bool{true, false, false, true})
	if q := fit.prob(0.3); !scalar.EqualWithinAbs(q, 0.5, 1e-9) {
		t.Errorf("equal scores: P = %v, want 0.5", q)
	}
}

// TestCalibratedDraws: the bootstrap's draws of a group's share are shares of its
// documents (multiples of 1/n in [0, 1]), and their mean is near the estimate.
func TestCalibratedDraws(t *testing.T) {
	c := loadPlattCases(t)[2]
	codes := make([][]bool, len(c.Probs))
	for i := range c.Probs {
		codes[i] = []bool{c.Codes[i] == 1}
	}
	m := &Model{coding: Coding{Frames: []string{"f"}}, frames: []frameModel{{name: "f", oof: c.Probs}}, codes: codes}
	preds := make([]Prediction, len(c.Group))
	idx := make([]int, len(c.Group))
	for i, q := range c.Group {
		preds[i].Probabilities = []float64{q}
		idx[i] = i
	}
	cal := newCalibrated(m, preds, [][]int{idx})
	n := float64(len(idx))
	sum := 0.0
	const R = 2000
	for r := range R {
		full, docs, errs, _ := cal.replicate(r, rand.New(rand.NewPCG(1, uint64(r))))
		for _, v := range []float64{full[0][0], docs[0][0]} {
			if k := v * n; math.Abs(k-math.Round(k)) > 1e-9 || v < 0 || v > 1 {
				t.Fatalf("replicate %d: a draw of %v is no share of %v documents", r, v, n)
			}
		}
		if e := errs[0][0]; !(e > 0 && e < 1) {
			t.Fatalf("replicate %d: mean calibrated probability %v", r, e)
		}
		sum += docs[0][0]
	}
	// The documents-only draws have mean CPCC and standard deviation at most
	// √(n/4)/n ≈ 0.13, so their mean over 2,000 replicates is within 4·0.13/√2000 ≈ 0.012.
	if got := sum / R; math.Abs(got-c.CPCC) > 0.012 {
		t.Errorf("mean draw %v, estimate %v", got, c.CPCC)
	}
}

// TestSLDOneDocument: with the uniform prior (weight 0) and one document, the likelihood
// L(θ) = θ·r₁ + (1 − θ)·r₀, r₁ = ρ/π, r₀ = (1 − ρ)/(1 − π), is linear, so
//
//	E[T] = ∫ θ·r₁ dθ / ∫ L dθ = (r₁/2) / ((r₁ + r₀)/2) = r₁/(r₁ + r₀)
//
// exactly (the grid's midpoint rule is exact for linear integrands). The hand case's
// training share is π = 0.4, and a document of probability ½ (logit 0) has ρ = σ(b).
func TestSLDOneDocument(t *testing.T) {
	c := loadPlattCases(t)[0]
	codes := make([][]bool, len(c.Probs))
	for i := range c.Probs {
		codes[i] = []bool{c.Codes[i] == 1}
	}
	m := &Model{coding: Coding{Frames: []string{"f"}}, frames: []frameModel{{name: "f", oof: c.Probs}}, codes: codes}
	save := mixturePrior
	defer func() { mixturePrior = save }()
	mixturePrior = 0
	s := newSLD(m, []Prediction{{Probabilities: []float64{0.5}}}, [][]int{{0}})
	rho := 1 / (1 + math.Exp(-c.B))
	r1, r0 := rho/0.4, (1-rho)/0.6
	if want := r1 / (r1 + r0); !scalar.EqualWithinAbs(s.point[0][0], want, 1e-9) {
		t.Errorf("E[T] = %.12f, want %.12f", s.point[0][0], want)
	}
	for r := range 50 {
		full, docs, errs, _ := s.replicate(r, rand.New(rand.NewPCG(3, uint64(r))))
		if v := full[0][0]; v != 0 && v != 1 {
			t.Fatalf("replicate %d: a draw of %v for one document", r, v)
		}
		if v := docs[0][0]; v != 0 && v != 1 {
			t.Fatalf("replicate %d: a draw of %v for one document", r, v)
		}
		if e := errs[0][0]; !(e > 0 && e < 1) {
			t.Fatalf("replicate %d: posterior mean %v", r, e)
		}
	}
}

// TestExtremeProbabilities: documents the model is certain of (probability 0 or 1) give
// finite estimates and draws in [0, 1] under CPCC and SLD.
func TestExtremeProbabilities(t *testing.T) {
	c := loadPlattCases(t)[2]
	codes := make([][]bool, len(c.Probs))
	for i := range c.Probs {
		codes[i] = []bool{c.Codes[i] == 1}
	}
	m := &Model{coding: Coding{Frames: []string{"f"}}, frames: []frameModel{{name: "f", oof: c.Probs}}, codes: codes}
	preds := []Prediction{{Probabilities: []float64{0}}, {Probabilities: []float64{1}}, {Probabilities: []float64{1e-300}}, {Probabilities: []float64{1}}}
	groups := [][]int{{0, 1, 2, 3}, {1, 3}, {0, 2}}
	cal, s := newCalibrated(m, preds, groups), newSLD(m, preds, groups)
	for g := range groups {
		for name, v := range map[string]float64{"cpcc": cal.point[g][0], "sld": s.point[g][0]} {
			if !(v >= 0 && v <= 1) {
				t.Errorf("group %d: %s estimate %v", g, name, v)
			}
		}
	}
	for r := range 20 {
		rng := rand.New(rand.NewPCG(9, uint64(r)))
		for _, rep := range []func(int, *rand.Rand) ([][]float64, [][]float64, [][]float64, int){cal.replicate, s.replicate} {
			full, docs, errs, _ := rep(r, rng)
			for g := range groups {
				for _, v := range []float64{full[g][0], docs[g][0], errs[g][0]} {
					if !(v >= 0 && v <= 1) {
						t.Fatalf("replicate %d, group %d: %v", r, g, v)
					}
				}
			}
		}
	}
}
