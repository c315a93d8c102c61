package stats

import (
	"encoding/json"
	"os"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// TestLRCPrecision checks Evert's LRC to 1e-12 relative against figures computed at 40
// digits: R's for the first two (quoted in issue #7, from R 4.2), and mpmath's from
// testdata/lrc-mpmath.py for the rest. gonum's Beta quantile alone is off by about 1e-9.
func TestLRCPrecision(t *testing.T) {
	tests := []struct {
		a, b, n1, n2 int
		alpha, want  float64
	}{
		{19253, 254668, 3244371, 43563697, 0.05, 4.44965300597842e-4}, // R 4.449653006e-4; mpmath
		{0, 31, 196463, 272305, 0.05 / 23011, -0.3723719533},          // closed form; R quoted to 10 digits
		{2286, 719, 196463, 272305, 0.05, 2.0181811907927284},         // mpmath
		{3, 40, 50000, 60000, 0.05, -1.8232026948109167},              // mpmath
		{120, 80, 1000000, 1000000, 0.01, 0.038763935337630515},       // mpmath
		{500000, 1000, 40000000, 30000000, 0.05, 8.4612213167572915},  // mpmath
		{7, 2, 1000, 1200, 0.05, 0},                                   // mpmath: the interval holds 0
	}
	for _, tt := range tests {
		got, err := LogRatioConservative(tt.a, tt.b, tt.n1, tt.n2, tt.alpha)
		if err != nil {
			t.Fatal(err)
		}
		tol := 1e-12
		if tt.a == 0 {
			tol = 1e-10 // R's figure has 10 digits
		}
		if !scalar.EqualWithinAbsOrRel(got, tt.want, 0, tol) {
			t.Errorf("LRC(%d, %d, %d, %d, %g) = %.16g, want %.16g", tt.a, tt.b, tt.n1, tt.n2, tt.alpha, got, tt.want)
		}
	}
	// Every LRC of the scipy reference table, now to 1e-12.
	b, err := os.ReadFile("testdata/keyness-2x2.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cases []struct {
			A, B, N1, N2 int
			LRC          float64 `json:"lrc"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	for _, c := range ref.Cases {
		got := mustScore(t)(LogRatioConservative(c.A, c.B, c.N1, c.N2, 0.05))
		if !scalar.EqualWithinAbsOrRel(got, c.LRC, 1e-15, 1e-12) {
			t.Errorf("LRC(%d, %d, %d, %d) = %.16g, want %.16g", c.A, c.B, c.N1, c.N2, got, c.LRC)
		}
	}
}
