package stats

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

type keynessCase struct {
	A, B, N1, N2 int
	Chi2         float64 `json:"chi2"`
	Chi2P        float64 `json:"chi2_p"`
	Chi2Quanteda float64 `json:"chi2_quanteda_default"`
	Chi2Yates    float64 `json:"chi2_yates"`
	Fisher       float64 `json:"fisher_p_two_sided"`
	G2           float64 `json:"g2"`
	G2P          float64 `json:"g2_p"`
	G2Williams   float64 `json:"g2_williams"`
	LogRatio     float64 `json:"log_ratio"`
	LRC          float64 `json:"lrc"`
	PercentDiff  float64 `json:"percent_diff"`
	PMI          float64 `json:"pmi_quanteda"`
	Sign         float64 `json:"sign"`
}

func loadKeynessCases(t *testing.T) []keynessCase {
	t.Helper()
	b, err := os.ReadFile("testdata/keyness-2x2.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cases []keynessCase `json:"cases"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	if len(ref.Cases) < 20 {
		t.Fatalf("%d cases", len(ref.Cases))
	}
	return ref.Cases
}

// TestMeasuresReference reproduces every figure of testdata/keyness-2x2.json (scipy and the
// published formulas) within 1e-9 relative.
func TestMeasuresReference(t *testing.T) {
	for _, c := range loadKeynessCases(t) {
		tb := table2{float64(c.A), float64(c.B), float64(c.N1), float64(c.N2)}
		check := func(name string, got, want float64) {
			t.Helper()
			if !near(got, want) {
				t.Errorf("a=%d b=%d n1=%d n2=%d: %s = %.17g, want %.17g", c.A, c.B, c.N1, c.N2, name, got, want)
			}
		}
		check("chi2", mustScore(t)(ChiSquare(c.A, c.B, c.N1, c.N2, CorrectionNone)), c.Chi2)
		check("chi2 p", ChiSquareP(tb.chi2()), c.Chi2P)
		check("chi2 yates", mustScore(t)(ChiSquare(c.A, c.B, c.N1, c.N2, CorrectionYates)), c.Chi2Yates)
		check("chi2 quanteda", mustScore(t)(ChiSquare(c.A, c.B, c.N1, c.N2, CorrectionQuanteda)), c.Chi2Quanteda)
		check("g2", mustScore(t)(LogLikelihood(c.A, c.B, c.N1, c.N2, false)), c.G2)
		check("g2 p", ChiSquareP(tb.g2()), c.G2P)
		check("g2 williams", mustScore(t)(LogLikelihood(c.A, c.B, c.N1, c.N2, true)), c.G2Williams)
		check("fisher", mustScore(t)(FisherExact(c.A, c.B, c.N1, c.N2)), c.Fisher)
		check("log ratio", mustScore(t)(LogRatio(c.A, c.B, c.N1, c.N2)), c.LogRatio)
		check("lrc", mustScore(t)(LogRatioConservative(c.A, c.B, c.N1, c.N2, 0.05)), c.LRC)
		check("pmi", mustScore(t)(PMI(c.A, c.B, c.N1, c.N2)), c.PMI)
		check("percent diff", mustScore(t)(PercentDiff(c.A, c.B, c.N1, c.N2)), c.PercentDiff)
		check("sign", tb.sign(), c.Sign)
	}
}

// mustScore returns a function that unwraps a statistic's value, failing the test on an
// error.
// near reports agreement to 1e-9 relative (1e-12 absolute near zero).
func near(got, want float64) bool { return scalar.EqualWithinAbsOrRel(got, want, 1e-12, 1e-9) }

func mustScore(t *testing.T) func(float64, error) float64 {
	return func(x float64, err error) float64 {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
}

func TestRawCountErrors(t *testing.T) {
	bad := [][4]int{{-1, 0, 10, 10}, {0, -1, 10, 10}, {11, 0, 10, 10}, {0, 11, 10, 10}, {0, 0, 0, 10}, {0, 0, 10, -1}}
	for _, c := range bad {
		a, b, n1, n2 := c[0], c[1], c[2], c[3]
		fs := map[string]func() (float64, error){
			"chi2":   func() (float64, error) { return ChiSquare(a, b, n1, n2, CorrectionYates) },
			"g2":     func() (float64, error) { return LogLikelihood(a, b, n1, n2, true) },
			"g2-2":   func() (float64, error) { return LogLikelihood2(a, b, n1, n2) },
			"fisher": func() (float64, error) { return FisherExact(a, b, n1, n2) },
			"lr":     func() (float64, error) { return LogRatio(a, b, n1, n2) },
			"lrc":    func() (float64, error) { return LogRatioConservative(a, b, n1, n2, 0.05) },
			"pmi":    func() (float64, error) { return PMI(a, b, n1, n2) },
			"pdiff":  func() (float64, error) { return PercentDiff(a, b, n1, n2) },
		}
		for name, f := range fs {
			if _, err := f(); !errors.Is(err, ErrInput) {
				t.Errorf("%s%v: got %v, want ErrInput", name, c, err)
			}
		}
	}
	for _, alpha := range []float64{0, 1, -0.5, 2, math.NaN()} {
		if _, err := LogRatioConservative(3, 1, 10, 10, alpha); !errors.Is(err, ErrInput) {
			t.Errorf("alpha %v: got %v", alpha, err)
		}
	}
	if _, err := ChiSquare(3, 1, 10, 10, Correction(7)); !errors.Is(err, ErrInput) {
		t.Errorf("unknown correction: got %v", err)
	}
}

// TestPercentDiffAbsent: a term absent from A scores exactly -100, as PercentDiff's doc
// says, whatever the sizes (multiplying by 100 before dividing left -100.00000000000001
// for some of them).
func TestPercentDiffAbsent(t *testing.T) {
	for b := 1; b <= 60; b++ {
		for _, n := range [][2]int{{1000, 1000}, {4093, 977}, {123457, 98765}, {7, 3001}, {999983, 31}} {
			if b > n[1] {
				continue
			}
			got, err := PercentDiff(0, b, n[0], n[1])
			if err != nil {
				t.Fatal(err)
			}
			if got != -100 {
				t.Fatalf("PercentDiff(0, %d, %d, %d) = %v, want -100", b, n[0], n[1], got)
			}
		}
	}
}
