package stats

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// edgeCase is one term's tables across events with reference figures: from mpmath
// (testdata/reml-mpmath.json, the restricted likelihood maximized at 50 digits) or from R
// (testdata/meta-edge-metafor.json, metafor 3.8 and mantelhaen.test).
type edgeCase struct {
	Name         string
	A, N1, B, N2 []int64
	Ref          map[string]json.RawMessage
}

func loadEdgeCases(t *testing.T, file string) []edgeCase {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Cases []map[string]json.RawMessage `json:"cases"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	var out []edgeCase
	for _, m := range raw.Cases {
		c := edgeCase{Ref: m}
		for key, dst := range map[string]any{"name": &c.Name, "a": &c.A, "n1": &c.N1, "b": &c.B, "n2": &c.N2} {
			if err := json.Unmarshal(m[key], dst); err != nil {
				t.Fatalf("%s: %s: %v", file, key, err)
			}
		}
		out = append(out, c)
	}
	if len(out) != 9 {
		t.Fatalf("%s: %d cases, want 9", file, len(out))
	}
	return out
}

// num returns the reference figure key; ok is false where the reference has null.
func (c edgeCase) num(t *testing.T, key string) (v float64, ok bool) {
	t.Helper()
	raw, found := c.Ref[key]
	if !found {
		t.Fatalf("%s: no reference %s", c.Name, key)
	}
	var p *float64
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatalf("%s: %s: %v", c.Name, key, err)
	}
	if p == nil {
		return 0, false
	}
	return *p, true
}

func (c edgeCase) tables() []Table {
	var ts []Table
	for i := range c.A {
		ts = append(ts, Table{A: c.A[i], N1: c.N1[i], B: c.B[i], N2: c.N2[i]})
	}
	return ts
}

func (c edgeCase) estimates(t *testing.T) (y, v []float64) {
	t.Helper()
	for _, tb := range c.tables() {
		yi, vi, err := LogOddsRatio(tb)
		if err != nil {
			t.Fatal(err)
		}
		y, v = append(y, yi), append(v, vi)
	}
	return y, v
}

// TestREMLAgainstMpmath: the REML τ² is the global maximum of the restricted likelihood
// over τ² ≥ 0, to machine precision: where it has two peaks (the lower one nearer the
// DerSimonian–Laird start), where it falls from τ² = 0 though DL is above 0 (then τ² is 0
// exactly), and where τ² is small (a stopping rule absolute in τ² loses digits there).
func TestREMLAgainstMpmath(t *testing.T) {
	for _, c := range loadEdgeCases(t, "testdata/reml-mpmath.json") {
		t.Run(c.Name, func(t *testing.T) {
			y, v := c.estimates(t)
			r, err := RandomEffects(y, v, nil)
			if err != nil {
				t.Fatal(err)
			}
			check := func(name string, got, abs, rel float64) {
				t.Helper()
				want, _ := c.num(t, "reml_"+name)
				if !scalar.EqualWithinAbsOrRel(got, want, abs, rel) {
					t.Errorf("%s = %.15g, mpmath %.15g (rel %.1e)", name, got, want, math.Abs(got-want)/math.Abs(want))
				}
			}
			if want, _ := c.num(t, "reml_tau2"); want == 0 && r.Tau2 != 0 {
				t.Errorf("τ² = %g where the likelihood falls from 0: want 0 exactly", r.Tau2)
			}
			check("tau2", r.Tau2, 0, 1e-10)
			check("b", r.Estimate, 1e-14, 1e-10)
			check("se", r.SE, 0, 1e-10)
			check("z", r.Z, 1e-12, 1e-10)
			check("pval", r.P, 0, 1e-9)
			check("ci_lb", r.Low, 1e-14, 1e-10)
			check("ci_ub", r.High, 1e-14, 1e-10)
			check("I2", r.I2, 1e-12, 1e-10)
			check("H2", r.H2, 0, 1e-10)
			check("Q", r.Q, 0, 1e-12)
			check("Qp", r.QP, 0, 1e-10)
			// Every local maximum mpmath found, with its height (ℓ plus the constant
			// −(k−1)/2·ln 2π that restrictedLogLik leaves out).
			var maxima [][2]float64
			if err := json.Unmarshal(c.Ref["reml_maxima"], &maxima); err != nil {
				t.Fatal(err)
			}
			constant := -float64(len(y)-1) / 2 * math.Log(2*math.Pi)
			for _, m := range maxima {
				if got := restrictedLogLik(y, v, m[0]) + constant; !scalar.EqualWithinAbsOrRel(got, m[1], 1e-12, 1e-12) {
					t.Errorf("ℓ(%g) = %.15g, mpmath %.15g", m[0], got, m[1])
				}
			}
		})
	}
}

// TestREMLIsGlobal: on random tables (a few events, counts from sparse to large), no τ²
// of a dense grid of its own, linear and geometric up to far beyond the data's spread,
// has a higher restricted likelihood than the REML τ².
func TestREMLIsGlobal(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 13))
	for trial := range 1500 {
		k := 2 + rng.IntN(6)
		y, v := make([]float64, k), make([]float64, k)
		for i := range k {
			n1, n2 := int64(50+rng.IntN(1_000_000)), int64(50+rng.IntN(1_000_000))
			rate := math.Exp(-1 - 8*rng.Float64())
			a := int64(float64(n1) * rate * math.Exp(rng.NormFloat64()))
			b := int64(float64(n2) * rate * math.Exp(rng.NormFloat64()))
			var err error
			if y[i], v[i], err = LogOddsRatio(Table{A: min(a, n1), N1: n1, B: min(b, n2), N2: n2}); err != nil {
				t.Fatal(err)
			}
		}
		r, err := RandomEffects(y, v, nil)
		if err != nil {
			t.Fatal(err)
		}
		best := restrictedLogLik(y, v, r.Tau2)
		top := 0.0
		for i := range y {
			for j := range y {
				top = max(top, (y[i]-y[j])*(y[i]-y[j])+v[i])
			}
		}
		for g := range 501 {
			for _, tau2 := range []float64{top * 10 * float64(g) / 500, top * 10 * math.Pow(10, -12*float64(g)/500)} {
				if ll := restrictedLogLik(y, v, tau2); ll > best+1e-12*math.Abs(best) {
					t.Fatalf("trial %d: ℓ(%g) = %.15g above ℓ(%g) = %.15g\ny %v\nv %v", trial, tau2, ll, r.Tau2, best, y, v)
				}
			}
		}
	}
}

// TestREMLAgainstMetafor: metafor finds the same peak; it stops when τ² changes by less
// than 1e-5, so its τ² is that far from the maximum (5% of it on small τ², and 2.3e-7 on
// the boundary case where the maximum is at 0).
func TestREMLAgainstMetafor(t *testing.T) {
	for _, c := range loadEdgeCases(t, "testdata/meta-edge-metafor.json") {
		y, v := c.estimates(t)
		r, err := RandomEffects(y, v, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := c.num(t, "reml_tau2"); math.Abs(r.Tau2-want) > 5e-5 {
			t.Errorf("%s: τ² %.10g, metafor %.10g", c.Name, r.Tau2, want)
		}
		dl, err := RandomEffects(y, v, &MetaOptions{Method: DerSimonianLaird})
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := c.num(t, "dl_tau2"); !scalar.EqualWithinAbsOrRel(dl.Tau2, want, 1e-15, 1e-9) {
			t.Errorf("%s: DL τ² %.15g, metafor %.15g", c.Name, dl.Tau2, want)
		}
	}
}

// TestMantelHaenszelEdges: Tarone's test on the tables where the term occurs (metafor's
// k.pos − 1 degrees of freedom), and the CMH continuity correction where the deviation is
// below 1/2.
func TestMantelHaenszelEdges(t *testing.T) {
	for _, c := range loadEdgeCases(t, "testdata/meta-edge-metafor.json") {
		t.Run(c.Name, func(t *testing.T) {
			mh, err := MantelHaenszel(c.tables())
			if err != nil {
				t.Fatal(err)
			}
			check := func(name string, got, rel float64) {
				t.Helper()
				want, ok := c.num(t, name)
				if !ok {
					t.Fatalf("%s: null reference", name)
				}
				if !scalar.EqualWithinAbsOrRel(got, want, 1e-300, rel) {
					t.Errorf("%s = %.15g, R %.15g (rel %.1e)", name, got, want, math.Abs(got-want)/math.Abs(want))
				}
			}
			check("mh_b", mh.LogOR, 1e-9)
			check("mh_se", mh.SE, 1e-9)
			check("tarone", mh.Tarone, 1e-9)
			check("tarone_pval", mh.TaroneP, 1e-8)
			if c.Name == "near expectation" {
				// Σ(a − E a) = (1 − 1000·2/2000) + (2 − 1500·4/3100) = 0 + 0.0645… < 1/2:
				// with the deviation shrunk by 1/2 toward 0 and stopped there, CMH is 0 and
				// its p-value 1 (mantelhaen.test drops the correction here and gives
				// 0.0028; metafor's (|d| − 1/2)² gives 0.127, more than at |d| = 1/2).
				if mh.CMH != 0 || mh.CMHP != 1 {
					t.Errorf("CMH %g (p %g), want 0 (p 1)", mh.CMH, mh.CMHP)
				}
				return
			}
			check("cmh", mh.CMH, 1e-9)
			check("cmh_pval", mh.CMHP, 1e-9)
		})
	}
}
