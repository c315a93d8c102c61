package framing

import (
	"fmt"
	"slices"
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

// TestSideWordsCountEvents checks that profiles of CountEvents, which keep one form per
// term over the run, still give each side's own form of a single word, over the whole run
// (every event), for keyness and for the pooled terms; and none for a profile merged from
// both sides.
func TestSideWordsCountEvents(t *testing.T) {
	var c corpus.Corpus
	if err := c.Add(
		corpus.Document{ID: "a", Event: "e", Kind: "state", Outlet: "s", Text: "A universal right. The universal claim. A universal law. University."},
		corpus.Document{ID: "b", Event: "e", Kind: "wire", Outlet: "w", Text: "University. The University. University. University staff. University."},
		corpus.Document{ID: "c", Event: "f", Kind: "state", Outlet: "s", Text: "Universal values. A universal right again. The plain truth."},
		corpus.Document{ID: "d", Event: "f", Kind: "wire", Outlet: "w", Text: "The University said so. Plain words."},
	); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2} {
		ec, err := CountEvents(&Analyzer{Workers: workers}, c.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}, nil)
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
		found := false
		for _, r := range rows {
			if r.Term == "univers" {
				found = true
				// Over the run the state side writes "universal" 4 times, "Universal" and
				// "University" once each; the wire side only "University".
				if r.Word != "University" || r.WordA != "universal" || r.WordB != "University" {
					t.Errorf("workers %d: univers: Word %q, WordA %q, WordB %q; want University, universal, University", workers, r.Word, r.WordA, r.WordB)
				}
			}
		}
		if !found {
			t.Fatalf("workers %d: no row for univers", workers)
		}
		pooled, err := ec.Pool(0, 1, &PoolOptions{MinEvents: 1, Permutations: -1})
		if err != nil {
			t.Fatal(err)
		}
		for _, pt := range pooled.Terms {
			switch pt.Term {
			case "univers":
				if pt.WordA != "universal" || pt.WordB != "University" {
					t.Errorf("workers %d: pooled univers: WordA %q, WordB %q", workers, pt.WordA, pt.WordB)
				}
			case "law":
				if pt.WordA != "law" || pt.WordB != "" {
					t.Errorf("workers %d: pooled law: WordA %q, WordB %q; want law and empty", workers, pt.WordA, pt.WordB)
				}
			}
		}
		// A profile of both sides merged keeps no side's own forms.
		both, err := Merge(pa, pb)
		if err != nil {
			t.Fatal(err)
		}
		rows, err = Keyness(both, pb, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if r.Term == "univers" && (r.WordA != "" || r.WordB != "") {
				t.Errorf("workers %d: merged sides: WordA %q, WordB %q; want none", workers, r.WordA, r.WordB)
			}
		}
	}
}

// TestSideWordsManyMasks checks that documents matching more combinations of sides than a
// worker keeps apart give no side forms rather than wrong ones, and that a document in two
// sides counts for both.
func TestSideWordsManyMasks(t *testing.T) {
	var c corpus.Corpus
	for i := range 12 {
		// Outlet oi is on the sides whose bits i+1 has: many combinations.
		if err := c.Add(corpus.Document{ID: fmt.Sprintf("d%d", i), Event: "e", Outlet: fmt.Sprintf("o%d", i+1), Text: "Universal words. University words."}); err != nil {
			t.Fatal(err)
		}
	}
	side := func(bit int) corpus.Side {
		return corpus.Side{Name: fmt.Sprint("bit", bit), Match: func(d corpus.Document) bool {
			var n int
			fmt.Sscanf(d.Outlet, "o%d", &n)
			return n&(1<<bit) != 0
		}}
	}
	sides := []corpus.Side{side(0), side(1), side(2), side(3)}
	ec, err := CountEvents(&Analyzer{Workers: 1}, c.Docs(), sides, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	pa, _ := ec.Profile("e", 0)
	pb, _ := ec.Profile("e", 1)
	rows, err := Keyness(pa, pb, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.WordA != "" || r.WordB != "" {
			t.Errorf("%s: WordA %q, WordB %q with 12 masks; want none", r.Term, r.WordA, r.WordB)
		}
	}
	// Two sides, one document in both: its forms count for each.
	var c2 corpus.Corpus
	if err := c2.Add(
		corpus.Document{ID: "x", Event: "e", Outlet: "o3", Text: "Universal. Universal. University."},
		corpus.Document{ID: "y", Event: "e", Outlet: "o2", Text: "University. University. University."},
	); err != nil {
		t.Fatal(err)
	}
	ec2, err := CountEvents(&Analyzer{Workers: 1}, c2.Docs(), sides[:2], nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ec2.Close()
	pa, _ = ec2.Profile("e", 0) // x only
	pb, _ = ec2.Profile("e", 1) // x and y
	rows, err = Keyness(pa, pb, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Term == "univers" && (r.WordA != "Universal" || r.WordB != "University") {
			t.Errorf("overlapping sides: WordA %q, WordB %q; want Universal, University", r.WordA, r.WordB)
		}
	}
}

// TestSideWordsWorkers checks that side forms are the same whatever the number of workers,
// over enough documents for several batches, and that documents in more combinations of
// fixed sides than a worker keeps apart give none, with any number of workers; sides added
// by SideBy get none.
func TestSideWordsWorkers(t *testing.T) {
	build := func(outlets int) *corpus.Corpus {
		var c corpus.Corpus
		for i := range 3000 {
			n := i * outlets / 3000
			// Outlets on side 0 alone write "universal", the others "University".
			text := "University staff. The University. A University. Plain words."
			if n&3 == 1 {
				text = "A universal right. A universal claim. A universal law. A universal aim."
			}
			if err := c.Add(corpus.Document{ID: fmt.Sprintf("d%05d", i), Event: fmt.Sprintf("e%d", i%7),
				Outlet: fmt.Sprintf("o%d", n), Text: text}); err != nil {
				t.Fatal(err)
			}
		}
		return &c
	}
	// Fixed side k holds the outlets whose number has bit k: with 4 outlets 3 masks (1, 2, 3),
	// with 12 outlets 11 (1 to 11).
	bit := func(k int) corpus.Side {
		return corpus.Side{Name: fmt.Sprint("bit", k), Match: func(d corpus.Document) bool {
			var n int
			fmt.Sscanf(d.Outlet, "o%d", &n)
			return n&(1<<k) != 0
		}}
	}
	sides := []corpus.Side{bit(0), bit(1), bit(2), bit(3)}
	for _, tc := range []struct {
		outlets int
		want    [2]string // univers on sides 0 and 1
	}{{4, [2]string{"universal", "University"}}, {12, [2]string{"", ""}}} {
		for _, workers := range []int{1, 2, 4} {
			ec, err := CountEvents(&Analyzer{Workers: workers}, build(tc.outlets).Docs(), sides, &CountOptions{
				SideBy: func(d corpus.Document) string { return "outlet " + d.Outlet }})
			if err != nil {
				t.Fatal(err)
			}
			keyness := func(a, b int) []KeyTerm {
				pa, err := ec.Profile("e0", a)
				if err != nil {
					t.Fatal(err)
				}
				pb, err := ec.Profile("e0", b)
				if err != nil {
					t.Fatal(err)
				}
				rows, err := Keyness(pa, pb, nil)
				if err != nil {
					t.Fatal(err)
				}
				return rows
			}
			found := false
			for _, r := range keyness(0, 1) {
				if r.Term == "univers" {
					found = true
					if r.WordA != tc.want[0] || r.WordB != tc.want[1] {
						t.Errorf("%d outlets, %d workers: univers %q | %q, want %q | %q", tc.outlets, workers, r.WordA, r.WordB, tc.want[0], tc.want[1])
					}
				}
			}
			if !found {
				t.Fatalf("%d outlets, %d workers: no row for univers", tc.outlets, workers)
			}
			// A side SideBy added has no side forms.
			dyn := slices.Index(ec.Sides(), "outlet o1")
			if dyn < 0 {
				t.Fatalf("no side for outlet o1 in %v", ec.Sides())
			}
			for _, r := range keyness(dyn, 0) {
				if r.WordA != "" {
					t.Errorf("%d outlets, %d workers: SideBy side has form %q for %s", tc.outlets, workers, r.WordA, r.Term)
					break
				}
			}
			ec.Close()
		}
	}
}
