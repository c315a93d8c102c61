package framing

import (
	"testing"

	"github.com/framediff/framediff/corpus"
)

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

// TestSideWordsMixed checks that profiles of CountEvents, which keep one form per term over
// both sides, give no side's own form rather than the form of both.
func TestSideWordsMixed(t *testing.T) {
	var c corpus.Corpus
	if err := c.Add(
		corpus.Document{ID: "a", Event: "e", Kind: "state", Outlet: "s", Text: "A universal right. The universal claim. A universal law. University."},
		corpus.Document{ID: "b", Event: "e", Kind: "wire", Outlet: "w", Text: "University. The University. University. University staff. University."},
	); err != nil {
		t.Fatal(err)
	}
	ec, err := CountEvents(&Analyzer{}, c.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	pa, err := ec.Profile("e", 0)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := ec.Profile("e", 1)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := Keyness(pa, pb, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Term == "univers" && (r.Word != "University" || r.WordA != "" || r.WordB != "") {
			t.Errorf("univers: Word %q, WordA %q, WordB %q; want University and no side's own", r.Word, r.WordA, r.WordB)
		}
	}
}
