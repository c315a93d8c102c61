package framing

import (
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestLabels: two sides (our own texts) refer to one leader by name and by labels that
// differ; the name variants are not labels, and every label has its evidence.
func TestLabels(t *testing.T) {
	a := []corpus.Document{
		{ID: "a1", Language: "english", Text: "President Tal Oren met the envoy. Oren, the Solorian leader, spoke first. The leader said little."},
		{ID: "a2", Language: "english", Text: "Mr. Oren arrived on Monday. Tal Oren thanked his hosts."},
	}
	b := []corpus.Document{
		{ID: "b1", Language: "english", Text: "Solorian strongman Tal Oren met the envoy. The strongman, who has ruled for years, spoke first."},
		{ID: "b2", Language: "english", Text: "Critics call Oren a dictator. Oren, the regime's strongman, did not answer."},
	}
	rl, err := (&Analyzer{}).Labels(a, b, "Tal Oren", nil)
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]ReferentLabel{}
	for _, l := range rl.Labels {
		labels[l.Label] = l
		for _, e := range l.Evidence {
			d := a[0]
			for _, x := range append(slices.Clone(a), b...) {
				if x.ID == e.DocID {
					d = x
				}
			}
			if d.Text[e.Start:e.End] != e.Match {
				t.Errorf("evidence %+v does not point at its match", e)
			}
		}
	}
	if l := labels["strongman"]; l.CountA != 0 || l.CountB != 3 {
		t.Errorf("strongman %+v (all %v)", l, rl.Labels)
	}
	if l := labels["leader"]; l.CountA != 2 || l.CountB != 0 {
		t.Errorf("leader %+v (all %v)", l, rl.Labels)
	}
	if l := labels["president"]; l.CountA != 1 {
		t.Errorf("president %+v", l)
	}
	for _, n := range []string{"oren", "tal", "mr"} {
		if _, ok := labels[n]; ok {
			t.Errorf("a name variant %q is a label", n)
		}
	}
	if rl.MentionsA != 4 || rl.MentionsB != 3 || len(rl.Names) < 2 {
		t.Errorf("mentions %d/%d, names %v", rl.MentionsA, rl.MentionsB, rl.Names)
	}
	found := false
	for _, alt := range rl.Alternatives {
		if alt.A == "leader" && alt.B == "strongman" {
			found = true
		}
	}
	if !found {
		t.Errorf("no leader/strongman alternative in %+v", rl.Alternatives)
	}
	refs, err := (&Analyzer{}).SuggestReferents(a, b, 1, 5)
	if err != nil || len(refs) == 0 || refs[0].Name != "Tal Oren" {
		t.Errorf("referents %+v, %v", refs, err)
	}
	if _, err := (&Analyzer{}).Labels(a, b, " ", nil); err == nil {
		t.Error("an empty referent was accepted")
	}
}
