package framing

import (
	"errors"
	"maps"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// Rules of labels and referents from a review, on texts written for these tests (the
// names are invented).

// TestLabelsOutOfOffice checks that an adjective of nationality before a noun for the
// state's people or institutions makes it the state's only when they hold the office: not
// former or honorary holders, nor goodwill ambassadors, nor a word in "ex-".
func TestLabelsOutOfOffice(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       map[string]int
	}{
		{"former", "Soloria said it would reply. Former Solorian officials criticized the government.", map[string]int{}},
		{"late", "Soloria said it would reply. The late Solorian ministers were honored.", map[string]int{}},
		{"goodwill", "Soloria said it would reply. Solorian goodwill ambassadors for the charity spoke.", map[string]int{}},
		{"honorary", "Soloria said it would reply. Two honorary Solorian consuls opened the office.", map[string]int{}},
		{"ex-", "Soloria said it would reply. Solorian ex-diplomats spoke.", map[string]int{}},
		// In office: the state's.
		{"in office", "Soloria said it would reply. Solorian officials criticized the government.", map[string]int{"officials": 1}},
		{"ambassadors", "Soloria said it would reply. Solorian ambassadors left early.", map[string]int{"ambassadors": 1}},
		{"plural in office", "Soloria said it would reply. Solorian diplomats stayed.", map[string]int{"diplomats": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Soloria", c.text); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// TestLabelsGroupNotTheBody checks that "the group" and "the organization" are not the
// body named last when a noun phrase for another group of people stands between them.
func TestLabelsGroupNotTheBody(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       map[string]int
	}{
		{"protesters", "The Progress Council condemned the protesters. The group had blocked the road.", map[string]int{}},
		{"residents", "The Progress Council met residents on Monday. The group asked for a new road.", map[string]int{}},
		{"activists", "The Progress Council said activists had gathered, and the organization had fled.", map[string]int{}},
		{"people", "The Progress Council thanked the people who came. The group left at noon.", map[string]int{}},
		{"another group", "The Progress Council met a group of farmers. The group left at noon.", map[string]int{}},
		{"officials", "The Progress Council met Solorian officials. The group left at noon.", map[string]int{}},
		{"its supporters stand outside it", "Progress Council supporters rallied outside.", map[string]int{}},
		// No other group between: the body's.
		{"a thing between", "The Progress Council condemned the plan. The group said it would appeal.", map[string]int{"group": 1}},
		{"a group before the body", "Protesters met the Progress Council. The group said it would appeal.", map[string]int{"group": 1}},
		{"the body's own", "Progress Council leaders met on Monday. The group said it would appeal.",
			map[string]int{"leaders": 1, "group": 1}},
		{"the body's own description", "The Progress Council met on Monday. The group said the group would appeal.",
			map[string]int{"group": 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Progress Council", c.text); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// TestReferentArgumentsNegative checks that negative counts are errors wrapping ErrOption,
// where 0 means the default.
func TestReferentArgumentsNegative(t *testing.T) {
	docs := englishDocs("a", "Critics said Tal Oren met Ana Ruiz in Valdora. Aides said Tal Oren and Ana Ruiz spoke of the mill by the river.")
	var an Analyzer
	for _, c := range []struct{ minCount, k int }{{-5, -1}, {-1, 10}, {2, -1}} {
		if _, err := an.SuggestReferents(docs, docs, c.minCount, c.k); !errors.Is(err, ErrOption) {
			t.Errorf("SuggestReferents(minCount %d, k %d): error %v, want ErrOption", c.minCount, c.k, err)
		}
	}
	if refs, err := an.SuggestReferents(docs, docs, 0, 0); err != nil || len(refs) != 2 {
		// Tal Oren and Ana Ruiz, twice on each side (0 means 2); Valdora once.
		t.Errorf("SuggestReferents(0, 0): %d referents, error %v; want 2, nil", len(refs), err)
	}
	if _, err := an.CollocateConcordance(docs, "river", "mill", -1, 0); !errors.Is(err, ErrOption) {
		t.Errorf("CollocateConcordance(window -1): error %v, want ErrOption", err)
	}
	if _, err := an.Collocates(docs, "river", -1); !errors.Is(err, ErrOption) {
		t.Errorf("Collocates(window -1): error %v, want ErrOption", err)
	}
	if _, err := an.ContrastTarget(docs, docs, "river", -1, 0, nil); !errors.Is(err, ErrOption) {
		t.Errorf("ContrastTarget(window -1): error %v, want ErrOption", err)
	}
	// A negative top lists every collocate leaning to a side: here side A's text has
	// three words around "river" that side B's lacks.
	a := englishDocs("a", "The old mill stood by the quiet river with a bridge.")
	b := englishDocs("b", "Boats sailed on the river at dawn.")
	one, err1 := an.ContrastTarget(a, b, "river", 0, 1, nil)
	all, err2 := an.ContrastTarget(a, b, "river", 0, -1, nil)
	if err1 != nil || err2 != nil || len(one.TopA) != 1 || len(all.TopA) < 2 {
		t.Errorf("ContrastTarget top 1 / -1: %v / %v terms leaning to A, errors %v %v; want 1 and more", one, all, err1, err2)
	}
	// Window 0 is the default, 5 kept words: "mill" and "river" are two kept words apart.
	if lines, err := an.CollocateConcordance(docs, "river", "mill", 0, 0); err != nil || len(lines) != 1 {
		t.Errorf("CollocateConcordance(window 0): %d lines, error %v; want 1, nil", len(lines), err)
	}
}

// TestLabelAlternativeCountsBesideName checks what LabelAlternative's fields document:
// beside the name, a label counts only its uses in the name's place (no premodifier),
// while its shares are of all the side's references.
func TestLabelAlternativeCountsBesideName(t *testing.T) {
	// Side A: two mentions by name ("Mr. Oren", "Tal Oren") and "tycoon" twice, once as a
	// premodifier and once in the name's place: 4 references. Side B: three mentions by
	// name and "leader" once: 4 references.
	a := englishDocs("a", "Mr. Oren spoke on Monday. Critics said tycoon Tal Oren left early. The tycoon came back on Friday.")
	b := englishDocs("b", "Mr. Oren spoke on Monday. Critics said Tal Oren, the leader of the party, left early. "+
		"Aides said Tal Oren came back on Friday.")
	rl, err := (&Analyzer{}).Labels(a, b, "Tal Oren", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range rl.Labels {
		if l.Label == "tycoon" && (l.CountA != 2 || l.CountB != 0) {
			t.Errorf("tycoon: %d and %d uses, want 2 and 0", l.CountA, l.CountB)
		}
	}
	var alt *LabelAlternative
	for i := range rl.Alternatives {
		if rl.Alternatives[i].A == "tycoon" && rl.Alternatives[i].B == NameLabel {
			alt = &rl.Alternatives[i]
		}
	}
	if alt == nil {
		t.Fatalf("no alternative tycoon|<name> in %+v", rl.Alternatives)
	}
	if alt.CountA != 1 || alt.CrossA != 0 || alt.CountB != 3 || alt.CrossB != 2 {
		t.Errorf("counts %d, %d, cross %d, %d; want 1, 3, cross 0, 2", alt.CountA, alt.CountB, alt.CrossA, alt.CrossB)
	}
	// Lean = (1/4 − 0/4) + (3/4 − 2/4) = 0.5. Z: θ = ln(1.5·3.5 / (0.5·2.5)) = ln 4.2 =
	// 1.4351, se = sqrt(1/1.5 + 1/3.5 + 1/0.5 + 1/2.5) = sqrt(3.3524) = 1.8309, Z = 0.7838.
	if !scalar.EqualWithinAbsOrRel(alt.Lean, 0.5, 1e-9, 1e-9) || !scalar.EqualWithinAbsOrRel(alt.Z, 0.7838, 1e-4, 1e-4) {
		t.Errorf("lean %.4f, Z %.4f; want 0.5000, 0.7838", alt.Lean, alt.Z)
	}
	// The evidence: the one use of "tycoon" in the name's place, then three of the name on B.
	if len(alt.Evidence) != 4 || alt.Evidence[0].Match != "The tycoon" {
		t.Errorf("evidence %+v, want \"The tycoon\" and three mentions", alt.Evidence)
	}
}

// TestLabelsGroupOfAnotherReferent checks that a noun for a group of people that is
// another referent's label ("Solorian officials" for Soloria) stands between a body and
// "the group" as any other does, while the body's own does not.
func TestLabelsGroupOfAnotherReferent(t *testing.T) {
	docs := englishDocs("a", "Soloria said it would reply. The Progress Council met Solorian officials. The group left at noon.",
		"Soloria said it would reply. Progress Council leaders met on Monday. The group left at noon.")
	checkLabelsEach(t, docs, []string{"Progress Council", "Soloria"},
		[]map[string]int{{"leaders": 1, "group": 1}, {"officials": 1}})
}
