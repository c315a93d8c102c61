package framing

import (
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestVocabularyOrder checks that order's ids by rank are the inverse of its ranks.
func TestVocabularyOrder(t *testing.T) {
	var v Vocabulary
	for _, k := range []string{"quay", "harbor", "harbormaster", "", "zz", "harbör", "ivo"} {
		v.intern(k)
	}
	check := func(n int) {
		rank, byRank := v.order()
		keys := v.keySnapshot()
		if len(byRank) != n || len(rank) != n {
			t.Fatalf("%d ids by rank, %d ranks, want %d", len(byRank), len(rank), n)
		}
		for r, id := range byRank {
			if rank[id] != int32(r) {
				t.Errorf("byRank[%d] = %d, whose rank is %d", r, id, rank[id])
			}
			if r > 0 && keys[byRank[r-1]] >= keys[id] {
				t.Errorf("byRank[%d] = %q after %q: not in key order", r, keys[id], keys[byRank[r-1]])
			}
		}
	}
	check(7)
	// The vocabulary grows after its order was taken (another counter on it).
	for _, k := range []string{"aa", "harbormasters", "quaint"} {
		v.intern(k)
	}
	check(10)
}

// TestAlignIDsAgreesWithTerms checks the table of two profiles of one run, aligned by
// id over the vocabulary's order, against the union of their Terms by text, and each
// row's forms, made for the row alone, against those of Terms.
func TestAlignIDsAgreesWithTerms(t *testing.T) {
	docs := func(side string, texts ...string) []corpus.Document {
		var out []corpus.Document
		for i, s := range texts {
			out = append(out, corpus.Document{ID: side + string(rune('0'+i)), Event: "e", Outlet: side, Text: s})
		}
		return out
	}
	a := docs("a", "The Harbor Board of Valdora raised harbor fees twice; harbors and HARBOR clerks objected.",
		"Clerks at the quay counted ships. Ships, ships and more ships waited off Valdora.")
	b := docs("b", "Quay workers in Lamar struck on Monday. The strike closed the quay and the harbour.",
		"Lamar's mayor said the strikes would end; striking workers said they would not.")
	var an Analyzer
	ps, err := an.Profiles(a, b)
	if err != nil {
		t.Fatal(err)
	}
	pa, pb := ps[0], ps[1]
	if pa.ids == nil || pb.ids == nil || pa.ids.vocab != pb.ids.vocab || pa.ids.uni == nil || pb.ids.uni == nil {
		t.Fatal("the profiles are not counted by id over one vocabulary")
	}
	tab := alignIDs(pa, pb)
	// The union of the two profiles' words by text, with each side's count and forms.
	type row struct {
		a, b   float64
		fa, fb []Form
	}
	want := map[string]*row{}
	for side, p := range []*Profile{pa, pb} {
		for _, ts := range p.Terms() {
			if ts.N != 1 {
				continue
			}
			r := want[ts.Term]
			if r == nil {
				r = &row{}
				want[ts.Term] = r
			}
			if side == 0 {
				r.a, r.fa = float64(ts.Count), ts.Forms
			} else {
				r.b, r.fb = float64(ts.Count), ts.Forms
			}
		}
	}
	if !slices.IsSorted(tab.terms) {
		t.Errorf("terms not sorted: %q", tab.terms)
	}
	if len(tab.terms) != len(want) {
		t.Errorf("%d rows, want %d", len(tab.terms), len(want))
	}
	// Forms counted by hand from the texts above, not read from Terms.
	byHand := map[string][2][]Form{
		"harbor": {{{"HARBOR", 1}, {"Harbor", 1}, {"harbor", 1}, {"harbors", 1}}, nil},
		"ship":   {{{"ships", 3}, {"Ships", 1}}, nil},
		"quay":   {{{"quay", 1}}, {{"Quay", 1}, {"quay", 1}}},
		"clerk":  {{{"Clerks", 1}, {"clerks", 1}}, nil},
	}
	for k, term := range tab.terms {
		if h, ok := byHand[term]; ok {
			fa, fb := tab.forms(k)
			if !slices.Equal(fa, h[0]) || !slices.Equal(fb, h[1]) {
				t.Errorf("row %q: forms %v, %v, counted by hand %v, %v", term, fa, fb, h[0], h[1])
			}
			delete(byHand, term)
		}
	}
	if len(byHand) > 0 {
		t.Errorf("rows not found: %v", byHand)
	}
	for k, term := range tab.terms {
		r := want[term]
		if r == nil {
			t.Errorf("row %q is in neither profile", term)
			continue
		}
		if tab.a[k] != r.a || tab.b[k] != r.b {
			t.Errorf("row %q: counts %v, %v, want %v, %v", term, tab.a[k], tab.b[k], r.a, r.b)
		}
		fa, fb := tab.forms(k)
		if !slices.Equal(fa, r.fa) || !slices.Equal(fb, r.fb) {
			t.Errorf("row %q: forms %v, %v, want %v, %v", term, fa, fb, r.fa, r.fb)
		}
	}
}
