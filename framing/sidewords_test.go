package framing

import "testing"

// TestSideWords checks that a stem joining different words shows each side's own form:
// side A writes "universal" three times and "University" once, side B "University" five
// times, so the stem's form over both sides is "University" (6 against 3), A's own is
// "universal" and B's "University"; a term one side does not use has no form there.
func TestSideWords(t *testing.T) {
	an := &Analyzer{}
	pa, err := an.ProfileTexts("A universal right. The universal claim. A universal law. University.")
	if err != nil {
		t.Fatal(err)
	}
	pb, err := an.ProfileTexts("University. The University. University. University staff. University. Plain words.")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []Measure{MeasureLogOdds, MeasureLogLikelihood} {
		rows, err := Keyness(pa, pb, &KeynessOptions{Measure: m})
		if err != nil {
			t.Fatal(err)
		}
		var seen int
		for _, r := range rows {
			switch r.Term {
			case "univers":
				seen++
				if r.Word != "University" || r.WordA != "universal" || r.WordB != "University" {
					t.Errorf("%s: univers: Word %q, WordA %q, WordB %q; want University, universal, University", m, r.Word, r.WordA, r.WordB)
				}
			case "plain":
				seen++
				if r.WordA != "" || r.WordB != "Plain" {
					t.Errorf("%s: plain: WordA %q, WordB %q; want empty, Plain", m, r.WordA, r.WordB)
				}
			}
		}
		if seen != 2 {
			t.Errorf("%s: %d of the two terms listed", m, seen)
		}
	}
}
