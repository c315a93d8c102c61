package stats

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"testing"
)

type scenario struct {
	Name         string
	A, N1, B, N2 []int64
	Yi, Vi       []float64
	Ref          map[string]*float64 // every other figure, by metafor's name; null where undefined
}

func loadScenarios(t *testing.T) []scenario {
	t.Helper()
	data, err := os.ReadFile("testdata/meta-analysis.json")
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Scenarios []map[string]json.RawMessage `json:"scenarios"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	var out []scenario
	for _, m := range raw.Scenarios {
		s := scenario{Ref: map[string]*float64{}}
		for k, v := range m {
			var err error
			switch k {
			case "name":
				err = json.Unmarshal(v, &s.Name)
			case "a":
				err = json.Unmarshal(v, &s.A)
			case "n1":
				err = json.Unmarshal(v, &s.N1)
			case "b":
				err = json.Unmarshal(v, &s.B)
			case "n2":
				err = json.Unmarshal(v, &s.N2)
			case "yi":
				err = json.Unmarshal(v, &s.Yi)
			case "vi":
				err = json.Unmarshal(v, &s.Vi)
			default:
				var f *float64
				err = json.Unmarshal(v, &f)
				s.Ref[k] = f
			}
			if err != nil {
				t.Fatalf("%s: %v", k, err)
			}
		}
		out = append(out, s)
	}
	if len(out) != 6 {
		t.Fatalf("%d scenarios, want 6", len(out))
	}
	return out
}

// close reports whether got is within rel of want, relative (absolute below 1e-300 scale
// for zeros: a reference 0 needs |got| <= rel).
func close(got, want, rel float64) bool {
	if want == 0 {
		return math.Abs(got) <= rel
	}
	return math.Abs(got-want) <= rel*math.Abs(want)
}

func (s scenario) tables() []Table {
	var ts []Table
	for i := range s.A {
		ts = append(ts, Table{A: s.A[i], N1: s.N1[i], B: s.B[i], N2: s.N2[i]})
	}
	return ts
}

func TestAgainstMetafor(t *testing.T) {
	for _, s := range loadScenarios(t) {
		t.Run(s.Name, func(t *testing.T) {
			check := func(name string, got float64, rel float64) {
				t.Helper()
				want, ok := s.Ref[name]
				if !ok {
					t.Fatalf("no reference %s", name)
				}
				if want == nil {
					return // not defined for this scenario (one event)
				}
				if !close(got, *want, rel) {
					t.Errorf("%s = %.15g, metafor %.15g (rel %.1e)", name, got, *want, math.Abs(got-*want)/math.Abs(*want))
				}
			}
			var y, v []float64
			for i, tb := range s.tables() {
				yi, vi, err := LogOddsRatio(tb)
				if err != nil {
					t.Fatal(err)
				}
				if !close(yi, s.Yi[i], 1e-12) || !close(vi, s.Vi[i], 1e-12) {
					t.Errorf("event %d: y %.15g v %.15g, metafor %.15g %.15g", i, yi, vi, s.Yi[i], s.Vi[i])
				}
				y, v = append(y, yi), append(v, vi)
			}
			for _, m := range []struct {
				method Tau2Method
				prefix string
				rel    float64
			}{{DerSimonianLaird, "dl_", 1e-9}, {REML, "reml_", 1e-6}, {PauleMandel, "pm_", 1e-9}} {
				r, err := RandomEffects(y, v, &MetaOptions{Method: m.method})
				if err != nil {
					t.Fatal(err)
				}
				if m.method == PauleMandel && len(y) > 1 {
					// metafor's root finder stops short of the Paule–Mandel root (its Q at
					// its τ² is up to 3.6e-4 away from k−1; ours is exact): check that our
					// τ² solves the defining equation, is within metafor's tolerance of its
					// τ², and that pooling with metafor's τ² reproduces every figure it
					// reports to 1e-9.
					if q := generalizedQ(y, v, r.Tau2); r.Tau2 > 0 && !close(q, float64(len(y)-1), 1e-10) {
						t.Errorf("Paule–Mandel τ² %g gives Q %.15g, want k−1 = %d", r.Tau2, q, len(y)-1)
					}
					if want := *s.Ref["pm_tau2"]; math.Abs(r.Tau2-want) > 1e-4 {
						t.Errorf("pm τ² %.15g, metafor %.15g: beyond its root finder's tolerance", r.Tau2, want)
					}
					if r, err = randomEffects(y, v, &MetaOptions{Method: PauleMandel}, *s.Ref["pm_tau2"]); err != nil {
						t.Fatal(err)
					}
				}
				if len(y) == 1 {
					if r.Estimate != y[0] || r.Tau2 != 0 || r.Q != 0 || r.I2 != 0 || r.H2 != 1 {
						t.Errorf("one event: %+v", r)
					}
					continue
				}
				check(m.prefix+"b", r.Estimate, m.rel)
				check(m.prefix+"se", r.SE, m.rel)
				check(m.prefix+"ci_lb", r.Low, m.rel)
				check(m.prefix+"ci_ub", r.High, m.rel)
				check(m.prefix+"pval", r.P, 10*m.rel)
				check(m.prefix+"tau2", r.Tau2, m.rel)
				check(m.prefix+"I2", r.I2, m.rel)
				check(m.prefix+"H2", r.H2, m.rel)
				check(m.prefix+"Q", r.Q, 1e-9)
				check(m.prefix+"Qp", r.QP, 1e-9)
				if m.method == DerSimonianLaird {
					check("fe_b", r.FixedEstimate, 1e-9)
					check("fe_se", r.FixedSE, 1e-9)
					kh, err := RandomEffects(y, v, &MetaOptions{Method: DerSimonianLaird, KnappHartung: true})
					if err != nil {
						t.Fatal(err)
					}
					check("dl_knha_se", kh.SE, 1e-9)
					check("dl_knha_pval", kh.P, 1e-8)
					check("dl_knha_ci_lb", kh.Low, 1e-9)
					check("dl_knha_ci_ub", kh.High, 1e-9)
				}
			}
			mh, err := MantelHaenszel(s.tables())
			if err != nil {
				t.Fatal(err)
			}
			check("mh_b", mh.LogOR, 1e-9)
			check("mh_se", mh.SE, 1e-9)
			check("mh_pval", mh.P, 1e-9)
			check("cmh", mh.CMH, 1e-9)
			check("cmh_pval", mh.CMHP, 1e-9)
			check("tarone", mh.Tarone, 1e-9)
			check("tarone_pval", mh.TaroneP, 1e-8)
		})
	}
}

func TestBadInput(t *testing.T) {
	for _, tb := range []Table{{A: -1, N1: 5, B: 0, N2: 5}, {A: 6, N1: 5, B: 0, N2: 5}, {A: 0, N1: 0, B: 0, N2: 5}} {
		if _, _, err := LogOddsRatio(tb); !errors.Is(err, ErrInput) {
			t.Errorf("%+v: %v", tb, err)
		}
	}
	for _, c := range []struct{ y, v []float64 }{{nil, nil}, {[]float64{1}, []float64{0}}, {[]float64{math.NaN()}, []float64{1}},
		{[]float64{1, 2}, []float64{1}}, {[]float64{1}, []float64{math.Inf(1)}}} {
		if _, err := RandomEffects(c.y, c.v, nil); !errors.Is(err, ErrInput) {
			t.Errorf("%v %v: %v", c.y, c.v, err)
		}
	}
	if _, err := RandomEffects([]float64{1, 2}, []float64{1, 1}, &MetaOptions{Method: 7}); !errors.Is(err, ErrInput) {
		t.Errorf("method 7: %v", err)
	}
	// A term on one side only in every event: the MH odds ratio is infinite.
	if _, err := MantelHaenszel([]Table{{A: 3, N1: 100, B: 0, N2: 100}, {A: 1, N1: 50, B: 0, N2: 80}}); !errors.Is(err, ErrInput) {
		t.Errorf("one-sided: %v", err)
	}
	if _, err := MantelHaenszel(nil); !errors.Is(err, ErrInput) {
		t.Errorf("no tables: %v", err)
	}
}

func TestIdenticalEstimates(t *testing.T) {
	// Equal estimates: no heterogeneity, and Knapp–Hartung's se is 0 without NaN.
	for _, kh := range []bool{false, true} {
		r, err := RandomEffects([]float64{0.5, 0.5, 0.5}, []float64{0.1, 0.2, 0.3}, &MetaOptions{KnappHartung: kh})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range []float64{r.Estimate, r.SE, r.Z, r.P, r.Low, r.High, r.PredLow, r.PredHigh, r.Tau2, r.I2, r.H2, r.Q, r.QP} {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				t.Fatalf("knha %v: non-finite figure in %+v", kh, r)
			}
		}
		if r.Tau2 != 0 || r.Estimate != 0.5 {
			t.Errorf("knha %v: %+v", kh, r)
		}
		// Knapp–Hartung: Σw*(y−μ)² = 0, so the standard error is 0 and the interval is
		// the estimate alone; metafor 3.8 (test = "knha") gives se 0, zval Inf, pval 0,
		// ci.lb = ci.ub = 0.5 here, and NaN for estimates all 0. As documented in
		// MetaOptions.KnappHartung: ±MaxFloat64 for the infinity, and 0 (P 1) for 0/0.
		if kh && (r.SE != 0 || r.Z != math.MaxFloat64 || r.P != 0 || r.Low != 0.5 || r.High != 0.5) {
			t.Errorf("knha, estimates all 0.5: %+v", r)
		}
	}
	for _, c := range []struct{ y, z, p float64 }{{-0.25, -math.MaxFloat64, 0}, {0, 0, 1}} {
		r, err := RandomEffects([]float64{c.y, c.y}, []float64{0.1, 0.4}, &MetaOptions{KnappHartung: true})
		if err != nil || r.SE != 0 || r.Z != c.z || r.P != c.p || r.Low != c.y || r.High != c.y {
			t.Errorf("knha, estimates all %g: %+v, %v", c.y, r, err)
		}
	}
}
