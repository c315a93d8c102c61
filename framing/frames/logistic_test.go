package frames

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// sklearnRef is testdata/sklearn-logistic.json: scikit-learn's fits of a small made-up
// data set (see testdata/sklearn_logistic.py for how it was computed).
type sklearnRef struct {
	Source string      `json:"source"`
	X      [][]float64 `json:"X"`
	Binary struct {
		Y    []int `json:"y"`
		Fits []struct {
			C         float64   `json:"C"`
			Coef      []float64 `json:"coef"`
			Intercept float64   `json:"intercept"`
			Proba     []float64 `json:"proba"`
		} `json:"fits"`
	} `json:"binary"`
	Multinomial struct {
		Y    []int `json:"y"`
		Fits []struct {
			C         float64     `json:"C"`
			Coef      [][]float64 `json:"coef"`
			Intercept []float64   `json:"intercept"`
			Proba     [][]float64 `json:"proba"`
		} `json:"fits"`
	} `json:"multinomial"`
}

func loadSklearnRef(t *testing.T) (*sklearnRef, *csr) {
	t.Helper()
	b, err := os.ReadFile("testdata/sklearn-logistic.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref sklearnRef
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	x := &csr{rows: len(ref.X), cols: len(ref.X[0]), indptr: []int{0}}
	for _, row := range ref.X {
		for j, v := range row {
			if v != 0 {
				x.indices = append(x.indices, int32(j))
				x.values = append(x.values, v)
			}
		}
		x.indptr = append(x.indptr, len(x.indices))
	}
	return &ref, x
}

// near reports whether got is within 1e-6 of want, absolutely or relatively:
// scikit-learn's lbfgs stops at a tolerance of 1e-12 on the projected gradient, so its
// figures are exact to about 1e-8.
func near(got, want float64) bool { return scalar.EqualWithinAbsOrRel(got, want, 1e-6, 1e-6) }

// TestSolversAgainstScikitLearn: both solvers find scikit-learn's coefficients,
// intercepts and probabilities for one frame, at three penalties; the L-BFGS solver finds
// its multinomial model too.
func TestSolversAgainstScikitLearn(t *testing.T) {
	ref, x := loadSklearnRef(t)
	n := x.rows
	all := make([]int, n)
	y := make([]float64, n)
	for i := range all {
		all[i] = i
		y[i] = float64(ref.Binary.Y[i])
	}
	k := x.gram()
	dual := newDualFit(k, n, y)
	primal := newPrimalFit(x, all, ref.Binary.Y, 1)
	for _, fit := range ref.Binary.Fits {
		// The dual solver: w = Xᵀα.
		if err := dual.solve(fit.C); err != nil {
			t.Fatal(err)
		}
		w := make([]float64, x.cols)
		for i, a := range dual.alpha {
			x.axpy(i, a, w)
		}
		check := func(solver string, w []float64, b float64) {
			for j, want := range fit.Coef {
				if !near(w[j], want) {
					t.Errorf("%s, C=%g: coef[%d] = %.10f, scikit-learn %.10f", solver, fit.C, j, w[j], want)
				}
			}
			if !near(b, fit.Intercept) {
				t.Errorf("%s, C=%g: intercept %.10f, scikit-learn %.10f", solver, fit.C, b, fit.Intercept)
			}
			for i, want := range fit.Proba {
				if got := sigmoid(x.dot(i, w) + b); !near(got, want) {
					t.Errorf("%s, C=%g: P(y=1|x_%d) = %.10f, scikit-learn %.10f", solver, fit.C, i, got, want)
				}
			}
		}
		check("Newton", w, dual.b)
		if err := primal.solve(fit.C); err != nil {
			t.Fatal(err)
		}
		check("L-BFGS", primal.theta[:x.cols], primal.theta[x.cols])
	}
	multi := newPrimalFit(x, all, ref.Multinomial.Y, 3)
	for _, fit := range ref.Multinomial.Fits {
		if err := multi.solve(fit.C); err != nil {
			t.Fatal(err)
		}
		p := x.cols
		for c := range 3 {
			for j, want := range fit.Coef[c] {
				if got := multi.theta[c*p+j]; !near(got, want) {
					t.Errorf("multinomial, C=%g: coef[%d][%d] = %.10f, scikit-learn %.10f", fit.C, c, j, got, want)
				}
			}
			// Unpenalised intercepts are defined up to a common constant: both solvers
			// start from zero, and every step keeps their sum at zero.
			if got := multi.theta[3*p+c]; !near(got, fit.Intercept[c]) {
				t.Errorf("multinomial, C=%g: intercept[%d] = %.10f, scikit-learn %.10f", fit.C, c, got, fit.Intercept[c])
			}
		}
		for i, want := range fit.Proba {
			got := softmax(multi.predict(x, i))
			for c := range 3 {
				if !near(got[c], want[c]) {
					t.Errorf("multinomial, C=%g: P(y=%d|x_%d) = %.10f, scikit-learn %.10f", fit.C, c, i, got[c], want[c])
				}
			}
		}
	}
}

// TestNewtonSeparable: on data a hyperplane separates, the probabilities approach 0 and 1
// as C grows, and the dual Newton solver still converges (its matrix B = I + SKS stays
// well conditioned as the weights S vanish).
func TestNewtonSeparable(t *testing.T) {
	// Two documents per class, each with a term of its own class.
	x := &csr{rows: 4, cols: 3, indptr: []int{0, 2, 4, 6, 8}, indices: []int32{0, 2, 0, 2, 1, 2, 1, 2}, values: []float64{1, 1, 2, 1, 1, 1, 2, 1}}
	y := []float64{1, 1, 0, 0}
	fit := newDualFit(x.gram(), 4, y)
	prev := 0.0
	for _, c := range []float64{1, 100, 1e4, 1e6, 1e8} {
		if err := fit.solve(c); err != nil {
			t.Fatalf("C=%g: %v", c, err)
		}
		w := make([]float64, 3)
		for i, a := range fit.alpha {
			x.axpy(i, a, w)
		}
		p := sigmoid(x.dot(0, w) + fit.b)
		if !(p > prev) || math.IsNaN(p) {
			t.Errorf("C=%g: P(y=1|x_0) = %v, after %v", c, p, prev)
		}
		prev = p
	}
	if prev < 0.999 {
		t.Errorf("with C=1e8 the separable document's probability is %v", prev)
	}
}
