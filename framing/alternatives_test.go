package framing

import (
	"errors"
	"fmt"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// evidenceLines returns n evidence lines spread over docs documents named prefix0, prefix1, ...
func evidenceLines(prefix string, n, docs int) []Line {
	var out []Line
	for i := range n {
		out = append(out, Line{DocID: fmt.Sprintf("%s%d", prefix, i%docs)})
	}
	return out
}

// TestFisherAlternatives checks the exact test of label alternatives against figures worked
// out by hand from the hypergeometric distribution.
func TestFisherAlternatives(t *testing.T) {
	// One referent, two alternatives:
	//  leader (A: 1 use in 1 document, 0 on B) / president (B: 321 uses, 13 on A).
	//    Table a=1, b=0, n1=14, n2=321: K=1 use of "leader" among N=335, n=14 on side A;
	//    P(a=1) = 14/335 and P(a=0) = 321/335, so the two-sided p is 14/335.
	//  minister (A: 3 in 3 documents, 0 on B) / envoy (B: 3 in 3 documents, 0 on A).
	//    Table a=3, b=0, n1=3, n2=3: N=6, K=3, n=3; P(3) = P(0) = 1/C(6,3) = 1/20,
	//    P(1) = P(2) = 9/20, so p = 2/20 = 0.1.
	leader := ReferentLabel{Label: "leader", CountA: 1, Evidence: evidenceLines("a", 1, 1)}
	president := ReferentLabel{Label: "president", CountA: 13, CountB: 321, Evidence: append(evidenceLines("a", 13, 5), evidenceLines("b", 321, 40)...)}
	minister := ReferentLabel{Label: "minister", CountA: 3, Evidence: evidenceLines("a", 3, 3)}
	envoy := ReferentLabel{Label: "envoy", CountB: 3, Evidence: evidenceLines("b", 3, 3)}
	rl := ReferentLabels{Referent: "X", Labels: []ReferentLabel{president, minister, envoy, leader},
		Alternatives: []LabelAlternative{
			{A: "leader", B: "president", CountA: 1, CountB: 321, CrossA: 0, CrossB: 13},
			{A: "minister", B: "envoy", CountA: 3, CountB: 3},
		}}
	t.Run("default", func(t *testing.T) {
		got, err := FisherAlternatives([]ReferentLabels{rl}, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := []AlternativeTest{
			{DocsA: 1, DocsB: 40, Tested: false, P: 1, Adjusted: 1}, // one use in one document: too few
			{DocsA: 3, DocsB: 3, Tested: true, P: 0.1, Adjusted: 0.1},
		}
		checkAlternativeTests(t, got[0], want)
	})
	t.Run("every label", func(t *testing.T) {
		got, err := FisherAlternatives([]ReferentLabels{rl}, &AlternativeOptions{MinUses: 1, MinDocs: 1})
		if err != nil {
			t.Fatal(err)
		}
		// Benjamini–Hochberg of 14/335 and 0.1: the smaller times 2/1 = 28/335, the larger
		// times 2/2 = 0.1, and 28/335 < 0.1 keeps it.
		want := []AlternativeTest{
			{DocsA: 1, DocsB: 40, Tested: true, P: 14.0 / 335, Adjusted: 28.0 / 335},
			{DocsA: 3, DocsB: 3, Tested: true, P: 0.1, Adjusted: 0.1},
		}
		checkAlternativeTests(t, got[0], want)
		bonf, err := FisherAlternatives([]ReferentLabels{rl}, &AlternativeOptions{MinUses: 1, MinDocs: 1, Adjust: "bonferroni"})
		if err != nil {
			t.Fatal(err)
		}
		want[1].Adjusted = 0.2
		checkAlternativeTests(t, bonf[0], want)
	})
	t.Run("name", func(t *testing.T) {
		// The name's documents are its mentions': 4 mentions in 2 documents on side A.
		n := ReferentLabels{Referent: "Y", MentionsA: 4, Mentions: append(evidenceLines("a", 4, 2), evidenceLines("b", 1, 1)...),
			Labels:       []ReferentLabel{envoy},
			Alternatives: []LabelAlternative{{A: NameLabel, B: "envoy", CountA: 4, CountB: 3, CrossA: 1}}}
		got, err := FisherAlternatives([]ReferentLabels{n}, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Table a=4, b=1, n1=4, n2=4: N=8, K=5, n=4; P(4) = C(5,4)C(3,0)/C(8,4) = 5/70,
		// P(1) = C(5,1)C(3,3)/70 = 5/70, P(2) = P(3) = 30/70: p = 10/70.
		checkAlternativeTests(t, got[0], []AlternativeTest{{DocsA: 2, DocsB: 3, Tested: true, P: 10.0 / 70, Adjusted: 10.0 / 70}})
	})
	t.Run("bad options", func(t *testing.T) {
		if _, err := FisherAlternatives(nil, &AlternativeOptions{MinUses: -1}); !errors.Is(err, ErrOption) {
			t.Errorf("MinUses -1: %v", err)
		}
		if _, err := FisherAlternatives([]ReferentLabels{rl}, &AlternativeOptions{Adjust: "nope"}); !errors.Is(err, ErrOption) {
			t.Errorf("Adjust nope: %v", err)
		}
	})
}

func checkAlternativeTests(t *testing.T, got, want []AlternativeTest) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d tests, want %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.DocsA != w.DocsA || g.DocsB != w.DocsB || g.Tested != w.Tested ||
			!scalar.EqualWithinAbsOrRel(g.P, w.P, 1e-12, 1e-9) || !scalar.EqualWithinAbsOrRel(g.Adjusted, w.Adjusted, 1e-12, 1e-9) {
			t.Errorf("alternative %d: %+v, want %+v", i, g, w)
		}
	}
}
