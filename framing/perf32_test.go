package framing

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestScoredRowsAsKeyTerms checks that compare's compact rows (scoredRows) list what
// KeyTerm rows listed: its TopA and TopB, but for their words, are TopKeyTerms of every
// row made into a KeyTerm, over unigrams and bigrams, with ties in score (terms of equal
// counts), a MinCount, and every length of list.
func TestScoredRowsAsKeyTerms(t *testing.T) {
	// Invented texts: many terms share their counts, so scores tie and the order falls
	// to p, the n-gram order and the term.
	var a, b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&a, "The harbor board weighed plan %c%c for the ferry dock. ", 'a'+i%7, 'a'+i%5)
		fmt.Fprintf(&b, "The river council rejected plan %c%c for the ferry bridge. ", 'a'+i%6, 'a'+i%3)
	}
	for _, ngrams := range []int{1, 2} {
		an := &Analyzer{NGrams: ngrams}
		pa, err := an.ProfileTexts(a.String())
		if err != nil {
			t.Fatal(err)
		}
		pb, err := an.ProfileTexts(b.String())
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range []CompareOptions{{Top: 3}, {Top: 1000}, {Top: -1}, {Top: 5, MinCount: 3}} {
			t.Run(fmt.Sprintf("ngrams=%d/top=%d/min=%d", ngrams, o.Top, o.MinCount), func(t *testing.T) {
				c, err := compare(pa, pb, "A", "B", &o)
				if err != nil {
					t.Fatal(err)
				}
				all := c.scored.keyTerms()
				if len(all) == 0 {
					t.Fatal("no rows scored")
				}
				for _, side := range []struct {
					got  []KeyTerm
					lean Lean
				}{{c.TopA, LeanA}, {c.TopB, LeanB}} {
					want := TopKeyTerms(all, c.Options.Top, side.lean)
					got := append([]KeyTerm(nil), side.got...)
					for i := range got {
						got[i].Word, got[i].WordA, got[i].WordB = "", "", ""
					}
					if len(want) == 0 {
						t.Fatalf("lean %d: no rows to compare", side.lean)
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("lean %d: compact rows list\n%+v\nKeyTerm rows list\n%+v", side.lean, got, want)
					}
				}
			})
		}
	}
}
