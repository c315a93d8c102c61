package framing

import (
	"fmt"
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
)

// TestLabelsKeepSuggestedApart: names that SuggestReferents keeps apart — forms with
// different middle initials (and the form without, which joins neither), a run-together
// spelling beside a spaced one written under a tenth as often, initials in capitals
// beside a word of two letters — are apart in LabelsEach too: each suggested referent's
// mentions are the mentions of its own forms, as SuggestReferents counts them.
func TestLabelsKeepSuggestedApart(t *testing.T) {
	rep := func(n int, s string) []string {
		var out []string
		for range n {
			out = append(out, s)
		}
		return out
	}
	for _, c := range []struct {
		name  string
		texts []string // each side's documents
		want  []string // the referents SuggestReferents must list, written as it names them
	}{
		{"middle initials", []string{"Jon R. Hale spoke in Halden.", "Jon T. Hale left Halden. Jon T. Hale said.",
			"Jon Hale stayed in Halden.", "President Jon R. Hale met Ana Ruiz."},
			[]string{"Jon R. Hale", "Jon T. Hale", "Jon Hale"}},
		{"run together and spaced", append(rep(11, "The mayor of Veldara spoke."), "Vel Dara sang in Halden."),
			[]string{"Veldara", "Vel Dara"}},
		{"initials and a short word", []string{"The MA board met in Halden.", "The MA board closed. Ivo Marek said the MA board erred.",
			"Mr. Ma spoke in Halden.", "Mr. Ma left. Mr. Ma said so."},
			[]string{"MA", "Ma"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var a, b []corpus.Document
			for i, s := range c.texts {
				a = append(a, corpus.Document{ID: fmt.Sprint("a", i), Language: "english", Text: s})
				b = append(b, corpus.Document{ID: fmt.Sprint("b", i), Language: "english", Text: s})
			}
			var an Analyzer
			refs, err := an.SuggestReferents(a, b, 1, 20)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, r := range refs {
				names = append(names, r.Name)
			}
			for _, w := range c.want {
				if !slices.Contains(names, w) {
					t.Fatalf("SuggestReferents: no %q among %q", w, names)
				}
			}
			ls, err := an.LabelsEach(a, b, names, nil)
			if err != nil {
				t.Fatal(err)
			}
			for i, r := range refs {
				if ls[i].MentionsA != r.CountA || ls[i].MentionsB != r.CountB {
					t.Errorf("%q: LabelsEach %d/%d mentions, want its forms' %d/%d (forms %v, names %v)",
						r.Name, ls[i].MentionsA, ls[i].MentionsB, r.CountA, r.CountB, r.Forms, ls[i].Names)
				}
			}
		})
	}
}

// TestReferentMatcherApart: which referent a name goes to when several fit it, and that
// with one referent a name goes to it as before.
func TestReferentMatcherApart(t *testing.T) {
	for _, c := range []struct {
		name      string
		referents []string
		mention   string
		want      int // index in referents, or -1
	}{
		{"same initials", []string{"Jon R. Hale", "Jon T. Hale", "Jon Hale"}, "Jon T. Hale", 1},
		{"without initials, its own referent", []string{"Jon R. Hale", "Jon T. Hale", "Jon Hale"}, "Jon Hale", 2},
		{"without initials, two with initials", []string{"Jon R. Hale", "Jon T. Hale"}, "Jon Hale", -1},
		{"surname, two with initials", []string{"Jon R. Hale", "Jon T. Hale"}, "Hale", -1},
		{"surname, two with initials, one name with accents", []string{"Élodie R. Marek", "Elodie T. Marek"}, "Marek", -1},
		{"other initials, two with initials", []string{"Jon R. Hale", "Jon T. Hale"}, "Jon Q. Hale", -1},
		{"surname, two people with initials", []string{"Jon R. Hale", "Ana T. Hale"}, "Hale", 0},
		{"without initials, one referent", []string{"Jon R. Hale"}, "Jon Hale", 0},
		{"other initials, one referent", []string{"Jon R. Hale"}, "Jon Q. Hale", 0},
		{"one with initials, one without", []string{"Ana Ruiz", "Jon R. Hale"}, "Jon Hale", 1},
		{"run together", []string{"Vel Dara", "Veldara"}, "Veldara", 1},
		{"spaced", []string{"Veldara", "Vel Dara"}, "Vel Dara", 1},
		{"a capital inside", []string{"Veldara", "Vel Dara"}, "VelDara", 1},
		{"run together in capitals", []string{"Veldara", "Vel Dara"}, "VELDARA", 0},
		{"run together, one referent", []string{"Vel Dara"}, "Veldara", 0},
		{"initials", []string{"Ma", "MA"}, "MA", 1},
		{"short word", []string{"MA", "Ma"}, "Ma", 1},
		{"initials, one referent", []string{"Ma"}, "MA", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := newReferentMatcher(c.referents)
			if err != nil {
				t.Fatal(err)
			}
			if got := m.match(nameWords(c.mention), c.mention, false, voices.LangOf("english")); got != c.want {
				t.Errorf("match(%q) = %d, want %d", c.mention, got, c.want)
			}
		})
	}
}
