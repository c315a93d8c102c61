package framing

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/framediff/framediff/framing/stats"
)

func sampleSides(t *testing.T, an Analyzer) (*Profile, *Profile) {
	t.Helper()
	var state, wire []string
	for _, d := range sampleDocs(t, "english") {
		if d.Kind == "state" {
			state = append(state, d.Text)
		} else {
			wire = append(wire, d.Text)
		}
	}
	pa, err := an.ProfileTexts(state...)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := an.ProfileTexts(wire...)
	if err != nil {
		t.Fatal(err)
	}
	return pa, pb
}

// TestKeynessMatchesMeasures checks every row against the 2×2 functions, which the
// reference figures verify.
func TestKeynessMatchesMeasures(t *testing.T) {
	pa, pb := sampleSides(t, Analyzer{NGrams: 2})
	lo, err := logOddsDirichlet(pa, pb, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range Measures() {
		rows, err := Keyness(pa, pb, &KeynessOptions{Measure: m, Adjust: stats.AdjustNone})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(lo) {
			t.Fatalf("%s: %d rows, want %d", m, len(rows), len(lo))
		}
		for i, r := range rows {
			a, b := r.CountA, r.CountB
			na, nb := pa.Total(r.N), pb.Total(r.N)
			tb := table2{float64(a), float64(b), float64(na), float64(nb)}
			var score, p float64
			g2p := stats.ChiSquareP(tb.g2(false))
			switch m {
			case MeasureLogOdds:
				score, p = lo[i].Score, lo[i].P
			case MeasureLogLikelihood:
				score, p = tb.sign()*mustScore(t)(stats.LogLikelihood(a, b, na, nb, false)), g2p
			case MeasureLogLikelihood2:
				x := mustScore(t)(stats.LogLikelihood2(a, b, na, nb))
				score, p = tb.sign()*x, stats.ChiSquareP(x)
			case MeasureChiSquare, MeasureChiSquareYates, MeasureChiSquareQuanteda:
				corr := map[Measure]stats.Correction{MeasureChiSquare: stats.CorrectionNone, MeasureChiSquareYates: stats.CorrectionYates, MeasureChiSquareQuanteda: stats.CorrectionQuanteda}[m]
				x := mustScore(t)(stats.ChiSquare(a, b, na, nb, corr))
				score, p = tb.sign()*x, stats.ChiSquareP(x)
			case MeasureFisher:
				p = mustScore(t)(stats.FisherExact(a, b, na, nb))
				score = tb.sign() * -math.Log10(p)
			case MeasureLogRatio:
				score, p = mustScore(t)(stats.LogRatio(a, b, na, nb)), g2p
			case MeasureLRC:
				score, p = mustScore(t)(stats.LogRatioConservative(a, b, na, nb, 0.05)), g2p
			case MeasurePMI:
				score, p = mustScore(t)(stats.PMI(a, b, na, nb)), g2p
			case MeasurePercentDiff:
				score, p = mustScore(t)(stats.PercentDiff(a, b, na, nb)), g2p
			case MeasureScaledF:
				score, p = r.Score, g2p // checked by hand in TestScaledF
			}
			if r.Term != lo[i].Term || !near(r.Score, score) || !near(r.P, p) || r.PAdj != r.P ||
				!near(r.LogRatio, mustScore(t)(stats.LogRatio(a, b, na, nb))) {
				t.Fatalf("%s %q: score %v p %v padj %v; want %v %v", m, r.Term, r.Score, r.P, r.PAdj, score, p)
			}
		}
	}
}

func TestKeynessProperties(t *testing.T) {
	pa, pb := sampleSides(t, Analyzer{})
	antisymmetric := []Measure{MeasureLogOdds, MeasureLogLikelihood, MeasureLogLikelihood2, MeasureChiSquare,
		MeasureChiSquareYates, MeasureChiSquareQuanteda, MeasureFisher, MeasureLogRatio, MeasureLRC, MeasureScaledF}
	for _, m := range Measures() {
		ab, err := Keyness(pa, pb, &KeynessOptions{Measure: m})
		if err != nil {
			t.Fatal(err)
		}
		ba, _ := Keyness(pb, pa, &KeynessOptions{Measure: m})
		same, _ := Keyness(pa, pa, &KeynessOptions{Measure: m})
		for i := range ab {
			for _, x := range []float64{ab[i].Score, ab[i].P, ab[i].PAdj, ab[i].LogRatio} {
				if math.IsNaN(x) || math.IsInf(x, 0) {
					t.Fatalf("%s: non-finite value in %+v", m, ab[i])
				}
			}
			if ab[i].P < 0 || ab[i].P > 1 || ab[i].PAdj < ab[i].P {
				t.Fatalf("%s: p %v adjusted %v", m, ab[i].P, ab[i].PAdj)
			}
			if slices.Contains(antisymmetric, m) && (!near(ab[i].Score, -ba[i].Score) || !near(ab[i].P, ba[i].P)) {
				t.Fatalf("%s %q: swapping sides gives %v, %v", m, ab[i].Term, ab[i].Score, ba[i].Score)
			}
		}
		for _, r := range same {
			if slices.Contains(antisymmetric, m) && (r.Score != 0 || r.P != 1) {
				t.Fatalf("%s: identical sides give %+v", m, r)
			}
		}
	}
}

func TestKeynessEdgeTables(t *testing.T) {
	an := Analyzer{}
	every, _ := an.ProfileTexts("war war war")
	other, _ := an.ProfileTexts("war peace")
	for _, m := range Measures() {
		for _, pair := range [][2]*Profile{{every, every}, {every, other}, {other, every}} {
			rows, err := Keyness(pair[0], pair[1], &KeynessOptions{Measure: m, LRCAdjust: true})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				for _, x := range []float64{r.Score, r.P, r.PAdj, r.LogRatio, r.RateA, r.RateB} {
					if math.IsNaN(x) || math.IsInf(x, 0) {
						t.Fatalf("%s: %+v", m, r)
					}
				}
			}
		}
	}
}

func TestScaledF(t *testing.T) {
	// A: x 3, y 1; B: x 1, y 3. Precision and frequency z-scores are ±1 on both sides, so
	// F_A(x) = Φ(1), F_B(x) = Φ(-1), and the score is Φ(1) - Φ(-1) = erf(1/√2).
	a, _ := (&Analyzer{NoStem: true}).ProfileTexts("xx xx xx yy")
	b, _ := (&Analyzer{NoStem: true}).ProfileTexts("xx yy yy yy")
	rows, err := Keyness(a, b, &KeynessOptions{Measure: MeasureScaledF})
	if err != nil {
		t.Fatal(err)
	}
	want := math.Erf(1 / math.Sqrt2)
	if rows[0].Term != "xx" || !near(rows[0].Score, want) || !near(rows[1].Score, -want) {
		t.Errorf("scaled F = %+v, want ±%v", rows, want)
	}
}

func TestLogLikelihood2ByHand(t *testing.T) {
	// a = 10, b = 2, n1 = 100, n2 = 100: E1 = E2 = 6.
	// LL = 2 (10 ln(10/6) + 2 ln(2/6)) = 2 (5.108256 - 2.197225) = 5.822063
	want := 2 * (10*math.Log(10.0/6) + 2*math.Log(2.0/6))
	if got := mustScore(t)(stats.LogLikelihood2(10, 2, 100, 100)); !near(got, want) || math.Abs(got-5.822063) > 1e-6 {
		t.Errorf("LL2 = %v, want %v", got, want)
	}
}

func TestKeynessOptionsAndRanking(t *testing.T) {
	pa, pb := sampleSides(t, Analyzer{NGrams: 2})
	for _, o := range []KeynessOptions{{Measure: "tf-idf"}, {Adjust: "fdr"}, {LRCAlpha: 1}, {LRCAlpha: -0.1},
		{Beta: -1}, {MinCount: -1}, {N: 4}, {LogOdds: LogOddsOptions{Alpha0: -1}}} {
		if _, err := Keyness(pa, pb, &o); !errors.Is(err, ErrOption) {
			t.Errorf("%+v: got %v", o, err)
		}
	}
	all, _ := Keyness(pa, pb, &KeynessOptions{Measure: MeasureLogLikelihood})
	some, _ := Keyness(pa, pb, &KeynessOptions{Measure: MeasureLogLikelihood, MinCount: 3, N: 1})
	if len(some) == 0 || len(some) >= len(all) {
		t.Fatalf("filtering kept %d of %d", len(some), len(all))
	}
	for _, r := range some {
		if r.N != 1 || r.CountA+r.CountB < 3 {
			t.Fatalf("filter let through %+v", r)
		}
	}
	p := make([]float64, len(some))
	for i, r := range some {
		p[i] = r.P
	}
	adj, _ := stats.AdjustP(p, stats.AdjustBH)
	for i, r := range some {
		if r.PAdj != adj[i] {
			t.Fatalf("p_adj of %q is %v, want %v", r.Term, r.PAdj, adj[i])
		}
	}
	top := TopKeyTerms(all, 10, LeanA)
	bottom := TopKeyTerms(all, 10, LeanB)
	if len(top) != 10 || len(bottom) != 10 || top[0].Score <= 0 || bottom[0].Score >= 0 {
		t.Fatalf("top lists: %d %d", len(top), len(bottom))
	}
	for i := 1; i < 10; i++ {
		if top[i].Score > top[i-1].Score || bottom[i].Score < bottom[i-1].Score {
			t.Fatal("top lists out of order")
		}
	}
	sorted := slices.Clone(all)
	if err := SortKeyTerms(sorted, ByP, Ascending); err != nil {
		t.Fatal(err)
	}
	if !slices.IsSortedFunc(sorted, func(x, y KeyTerm) int {
		if x.P < y.P {
			return -1
		} else if x.P > y.P {
			return 1
		}
		return 0
	}) {
		t.Error("not sorted by p")
	}
	if err := SortKeyTerms(sorted, SortBy(99), Ascending); !errors.Is(err, ErrOption) {
		t.Errorf("unknown column: %v", err)
	}
	if err := SortKeyTerms(sorted, ByStrength, Descending); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(sorted); i++ {
		if math.Abs(sorted[i].Score) > math.Abs(sorted[i-1].Score) {
			t.Fatalf("not by strength at %d", i)
		}
	}
}

func TestEvidenceFlags(t *testing.T) {
	a, _ := (&Analyzer{NoStem: true}).ProfileTexts("single twice twice common common common common common common")
	b, _ := (&Analyzer{NoStem: true}).ProfileTexts("common common common common common common twice extra")
	rows, err := Keyness(a, b, &KeynessOptions{Measure: MeasureFisher})
	if err != nil {
		t.Fatal(err)
	}
	flags := map[string]Evidence{}
	for _, r := range rows {
		flags[r.Term] = r.Evidence
	}
	if flags["single"] != EvidenceOnce|EvidenceOneSide|EvidenceLowExpected || flags["twice"] != EvidenceLowExpected {
		t.Errorf("flags = %v", flags)
	}
	b2, err := json.Marshal(rows[0])
	if err != nil {
		t.Fatal(err)
	}
	var back KeyTerm
	if err := json.Unmarshal(b2, &back); err != nil || back != rows[0] {
		t.Errorf("JSON round trip: %s -> %+v (%v)", b2, back, err)
	}
}

// TestEvidenceString: String names the flags set, in the order Strings gives them, "none"
// for none, and shows a bit that names no flag rather than dropping it.
func TestEvidenceString(t *testing.T) {
	for _, tc := range []struct {
		e    Evidence
		want string
	}{
		{0, "none"},
		{EvidenceOnce, "once"},
		{EvidenceLowExpected, "low-expected"},
		{EvidenceLowExpected | EvidenceOnce, "once+low-expected"},
		{EvidenceOnce | EvidenceOneSide | EvidenceLowExpected, "once+one-side+low-expected"},
		{EvidenceOnce | 1<<3, "once+0x8"},
		{1 << 7, "0x80"},
	} {
		if got := tc.e.String(); got != tc.want {
			t.Errorf("Evidence(%d).String() = %q, want %q", uint8(tc.e), got, tc.want)
		}
		if got := fmt.Sprint(tc.e); got != tc.want {
			t.Errorf("fmt.Sprint(Evidence(%d)) = %q, want %q", uint8(tc.e), got, tc.want)
		}
	}
}
