package stats

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"testing"
)

// TestAdjustPReference reproduces R's p.adjust (testdata/p-adjust.json).
func TestAdjustPReference(t *testing.T) {
	b, err := os.ReadFile("testdata/p-adjust.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		P        []float64            `json:"p"`
		Adjusted map[string][]float64 `json:"adjusted"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	if len(ref.Adjusted) != 4 || len(ref.P) < 30 {
		t.Fatalf("reference incomplete: %d methods, %d p-values", len(ref.Adjusted), len(ref.P))
	}
	for method, want := range ref.Adjusted {
		got, err := AdjustP(ref.P, Adjust(method))
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			if !near(got[i], want[i]) {
				t.Errorf("%s[%d] = %v, want %v", method, i, got[i], want[i])
			}
		}
	}
}

func TestAdjustPEdges(t *testing.T) {
	if got, err := AdjustP(nil, AdjustBH); err != nil || len(got) != 0 {
		t.Errorf("empty: %v %v", got, err)
	}
	for _, bad := range [][]float64{{math.NaN()}, {-0.1}, {1.5}} {
		if _, err := AdjustP(bad, AdjustHolm); !errors.Is(err, ErrInput) {
			t.Errorf("%v: got %v", bad, err)
		}
	}
	if _, err := AdjustP([]float64{0.5}, "fdr"); !errors.Is(err, ErrInput) {
		t.Errorf("unknown method: got %v", err)
	}
	// By hand: p = (0.01, 0.04, 0.03), m = 3.
	// Holm: sorted 0.01, 0.03, 0.04 -> 0.03, max(0.03, 0.06) = 0.06, max(0.06, 0.04) = 0.06.
	// BH: from the top 0.04*3/3 = 0.04, min(0.04, 0.03*3/2 = 0.045) = 0.04, 0.01*3 = 0.03.
	p := []float64{0.01, 0.04, 0.03}
	holm, _ := AdjustP(p, AdjustHolm)
	bh, _ := AdjustP(p, "")
	for i, want := range []float64{0.03, 0.06, 0.06} {
		if !near(holm[i], want) {
			t.Errorf("holm[%d] = %v, want %v", i, holm[i], want)
		}
	}
	for i, want := range []float64{0.03, 0.04, 0.04} {
		if !near(bh[i], want) {
			t.Errorf("BH[%d] = %v, want %v", i, bh[i], want)
		}
	}
}
