package framing

import (
	"errors"
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestCollocateReferentGroups: a referent's mention by name near another's is one
// collocate, the referent, whichever variant of its name is written ("US", "U.S." and
// "United States"; "Ilves" and "Marta Ilves"), its form where LabelsEach counts no
// mention too ("U.S. Ambassador Ruth Kell"); the plural of its adjective of nationality
// stays a word of its own ("the Chinese", which LabelsEach counts as a mention of
// China, "Americans", which it does not). Before, on China Daily against the NYT, "US" (279 vs 5) and
// "United States" (28 vs 83) were two collocates of China leaning to opposite sides, a
// difference of spelling, not of framing. Texts written for the test.
func TestCollocateReferentGroups(t *testing.T) {
	a := []corpus.Document{
		{ID: "a1", Text: "Soloria warned the US about the dam. Later Soloria hosted U.S. Ambassador Ruth Kell at the border."},
		{ID: "a2", Text: "Americans toured Soloria in spring. Soloria thanked Ilves for the loan."},
		{ID: "a3", Text: "The U.S. sent grain. China bought it. Chinese ships carried it to Chinese farmers. Soloria said the Chinese would pay for the dam."},
	}
	b := []corpus.Document{
		{ID: "b1", Text: "Soloria and the United States discussed the dam. Marta Ilves visited Soloria twice."},
	}
	an := Analyzer{}
	refs := []string{"Soloria", "United States", "Marta Ilves", "China"}
	rls, err := an.LabelsEach(a, b, refs, nil)
	if err != nil {
		t.Fatal(err)
	}
	count := func(rc ReferentContrast, term string) (int, int, string, bool) {
		for _, k := range rc.Keyness {
			if k.Term == term {
				return k.CountA, k.CountB, k.Word, true
			}
		}
		return 0, 0, "", false
	}
	for _, tc := range []struct {
		name      string
		labels    []ReferentLabels
		referents []ReferentLabels
		want      map[string][3]any // term -> count A, count B, word shown
		wantNone  []string
	}{
		{name: "the other referents given", labels: rls[:1], referents: rls,
			want: map[string][3]any{"united_states": {2, 1, "United States"}, "marta_ilves": {1, 1, "Marta Ilves"}, "american": {1, 0, "Americans"},
				"chines": {1, 0, "Chinese"}},
			wantNone: []string{"us", "u.s", "u.s.", "ilv"}},
		{name: "the referents contrasted group too", labels: rls,
			want: map[string][3]any{"united_states": {2, 1, "United States"}, "marta_ilves": {1, 1, "Marta Ilves"}}},
		{name: "without them, variants are words", labels: rls[:1],
			want: map[string][3]any{"state": {0, 1, "States"}, "ilv": {1, 1, "Ilves"}}, wantNone: []string{"united_states", "marta_ilves"}},
	} {
		rcs, err := an.ContrastMentions(a, b, tc.labels, &CollocateOptions{Referents: tc.referents})
		if err != nil {
			t.Fatal(err)
		}
		rc := rcs[0]
		for term, w := range tc.want {
			ca, cb, word, ok := count(rc, term)
			if !ok || ca != w[0] || cb != w[1] || word != w[2] {
				t.Errorf("%s: %s: %d/%d %q (listed %v), want %v", tc.name, term, ca, cb, word, ok, w)
			}
		}
		for _, term := range tc.wantNone {
			if _, _, _, ok := count(rc, term); ok {
				t.Errorf("%s: %s is a collocate", tc.name, term)
			}
		}
	}
	// The evidence of the group shows each variant as written (here it leans to side A,
	// whose lines are listed).
	b2 := []corpus.Document{{ID: "b2", Text: "Marta Ilves visited Soloria twice."}}
	rls2, err := an.LabelsEach(a, b2, refs, nil)
	if err != nil {
		t.Fatal(err)
	}
	rcs, err := an.ContrastMentions(a, b2, rls2[:1], &CollocateOptions{Referents: rls2, Top: 50})
	if err != nil {
		t.Fatal(err)
	}
	var written []string
	for _, l := range rcs[0].Lines["united_states"] {
		written = append(written, l.Match)
	}
	if !slices.Equal(written, []string{"US", "U.S."}) { // "US" a mention, "U.S." a form
		t.Errorf("lines of united_states: %q", written)
	}
	// Mentions of Referents that do not fit the documents are an error, not a panic.
	bad := []ReferentLabels{{Referent: "Port Elara", MentionsA: 1, Mentions: []Line{{DocID: "a1", Start: 0, End: 7, Match: "Elara"}}}}
	if _, err := an.ContrastMentions(a, b, rls[:1], &CollocateOptions{Referents: bad}); !errors.Is(err, ErrMismatch) {
		t.Errorf("text that does not match: %v", err)
	}
	// … in a document where the referents contrasted have no mention too.
	quiet := append(slices.Clone(a), corpus.Document{ID: "a4", Text: "Nothing here names either."})
	bad[0].Mentions[0] = Line{DocID: "a4", Start: 0, End: 7, Match: "Soloria"}
	if _, err := an.ContrastMentions(quiet, b, rls[:1], &CollocateOptions{Referents: bad}); !errors.Is(err, ErrMismatch) {
		t.Errorf("text that does not match, in a document with no mention contrasted: %v", err)
	}
	bad[0].Mentions[0] = Line{DocID: "nowhere", Start: 0, End: 7, Match: "Soloria"}
	if _, err := an.ContrastMentions(a, b, rls[:1], &CollocateOptions{Referents: bad}); !errors.Is(err, ErrMismatch) {
		t.Errorf("unknown document: %v", err)
	}
}

// TestCollocateGroupOrder: two referents given with mentions that start at one place
// (here written by hand, as LabelsEach gives a name to one referent only) count as the
// first referent given, as a form of two referents' names does. Text written for the test.
func TestCollocateGroupOrder(t *testing.T) {
	text := "Soloria praised Elara Bay on Monday."
	a := []corpus.Document{{ID: "a1", Text: text}}
	b := []corpus.Document{{ID: "b1", Text: "Soloria met nobody."}}
	an := Analyzer{}
	mention := func(from, to int) Line { return Line{DocID: "a1", Start: from, End: to, Match: text[from:to]} }
	soloria := ReferentLabels{Referent: "Soloria", MentionsA: 1, Mentions: []Line{mention(0, 7), {DocID: "b1", Start: 0, End: 7, Match: "Soloria"}}}
	bay := ReferentLabels{Referent: "Elara Bay", MentionsA: 1, Mentions: []Line{mention(16, 25)}}
	elara := ReferentLabels{Referent: "Elara", MentionsA: 1, Mentions: []Line{mention(16, 21)}}
	for _, tc := range []struct {
		order     []ReferentLabels
		want, not string
	}{{[]ReferentLabels{bay, elara}, "elara_bay", "elara"}, {[]ReferentLabels{elara, bay}, "elara", "elara_bay"}} {
		rcs, err := an.ContrastMentions(a, b, []ReferentLabels{soloria}, &CollocateOptions{Referents: tc.order})
		if err != nil {
			t.Fatal(err)
		}
		var terms []string
		for _, k := range rcs[0].Keyness {
			terms = append(terms, k.Term)
		}
		if !slices.Contains(terms, tc.want) || slices.Contains(terms, tc.not) {
			t.Errorf("%s first: collocates %q, want %s, not %s", tc.order[0].Referent, terms, tc.want, tc.not)
		}
	}
}
