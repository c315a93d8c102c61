package framing

import (
	"slices"
	"strings"
	"testing"
)

// ref35Groups returns the referents SuggestReferents finds when both sides read texts, as
// form -> referent number (from 1), and a printout of the groups for failures.
func ref35Groups(t *testing.T, texts []string) (map[string]int, string) {
	t.Helper()
	refs, err := (&Analyzer{}).SuggestReferents(englishDocs("a", texts...), englishDocs("b", texts...), 1, 50)
	if err != nil {
		t.Fatal(err)
	}
	group := map[string]int{}
	var show []string
	for i, r := range refs {
		var fs []string
		for _, f := range r.Forms {
			group[f.Name] = i + 1
			fs = append(fs, f.Name)
		}
		show = append(show, "["+strings.Join(fs, ", ")+"]")
	}
	return group, strings.Join(show, " ")
}

// TestOfficeWithOf checks that an office written as a title, "of" and capitalized words
// before a person's name is no part of the name: the words after "of" are a name of their
// own, the person's name starts at a known given name.
func TestOfficeWithOf(t *testing.T) {
	rep := func(n int, s string) []string { return slices.Repeat([]string{s}, n) }
	tests := []struct {
		name   string
		texts  []string
		want   []string    // forms that must be found
		absent []string    // forms that must not
		apart  [][2]string // forms found in two referents
	}{
		{"one word after of",
			[]string{"Secretary of Harbors Peter Darnell visited Halden.", "Later Secretary of Harbors Peter Darnell left Halden."},
			[]string{"Peter Darnell"}, []string{"Harbors Peter Darnell"}, nil},
		{"two words after of",
			[]string{"Minister of Foreign Affairs Anna Vell spoke in Halden.", "Then Minister of Foreign Affairs Anna Vell left."},
			[]string{"Anna Vell", "Foreign Affairs"}, []string{"Foreign Affairs Anna Vell"}, [][2]string{{"Foreign Affairs", "Anna Vell"}}},
		{"a country after of is a mention of it",
			[]string{"Prime Minister of Soloria Ana Krel came to Halden.", "Boats left Soloria for Halden."},
			[]string{"Ana Krel", "Soloria"}, []string{"Soloria Ana Krel"}, [][2]string{{"Soloria", "Ana Krel"}}},
		{"the and a second of",
			[]string{"Chairman of the Board of Halden Ports Ana Ruiz spoke.", "Later Chairman of the Board of Halden Ports Ana Ruiz left."},
			// The body after the office is an institution's name completed by "of" (see
			// institutionOf): "Board of Halden Ports".
			[]string{"Ana Ruiz", "Board of Halden Ports"}, []string{"Halden Ports Ana Ruiz"}, nil},
		// The surname alone is the person's: the name after the office is titled.
		{"the surname alone joins the name after the office",
			append(rep(4, "The guild invited Darnell to Halden."), "Secretary of Harbors Peter Darnell spoke in Halden. Later Darnell left.",
				"Then Secretary of Harbors Peter Darnell met the guild. Darnell stayed."),
			[]string{"Peter Darnell", "Darnell"}, []string{"Harbors Peter Darnell"}, nil},
		// Names the rule leaves whole.
		{"a given name that leaves one word is a place's",
			[]string{"The Governor of Santa Barbara spoke in Halden.", "Later the Governor of Santa Barbara left."},
			[]string{"Santa Barbara"}, []string{"Barbara"}, nil},
		{"no given name after the office",
			[]string{"The President of the United Arab Emirates spoke in Halden.", "Later the President of the United Arab Emirates left."},
			[]string{"United Arab Emirates"}, []string{"Arab Emirates"}, nil},
		{"a title in lower case describes someone named elsewhere",
			[]string{"Ivo Marn, the director of the Halden Anna Gallery, spoke.", "Later Ivo Marn, the director of the Halden Anna Gallery, left."},
			[]string{"Halden Anna Gallery"}, []string{"Anna Gallery"}, nil},
		{"an organization's word after the given name",
			[]string{"The President of West Anna University spoke in Halden.", "Later the President of West Anna University left."},
			[]string{"West Anna University"}, []string{"Anna University"}, nil},
		{"a place of two words whose second is a given name, then the person",
			[]string{"The Mayor of San Marta Peter Darnell spoke in Halden.", "Later the Mayor of San Marta Peter Darnell left."},
			[]string{"San Marta", "Peter Darnell"}, []string{"Marta Peter Darnell", "San"}, [][2]string{{"San Marta", "Peter Darnell"}}},
		{"a middle initial",
			[]string{"Secretary of Harbors Peter K. Darnell visited Halden.", "Later Secretary of Harbors Peter K. Darnell left Halden."},
			[]string{"Peter K. Darnell"}, []string{"Harbors Peter K. Darnell"}, nil},
		{"a given name no list knows: whole",
			[]string{"The Mayor of Ardo Quennick Darnell spoke in Halden.", "Later the Mayor of Ardo Quennick Darnell left."},
			[]string{"Ardo Quennick Darnell"}, []string{"Quennick Darnell"}, nil},
		{"an organization's word before of is no office",
			[]string{"The Bank of Soloria Anna Vell fund opened in Halden.", "Later the Bank of Soloria Anna Vell fund closed."},
			// No office; the bank's name ends where a person's name opens (see
			// institutionOf): "Bank of Soloria" and "Anna Vell".
			[]string{"Bank of Soloria", "Anna Vell"}, []string{"Soloria Anna Vell"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			group, show := ref35Groups(t, tt.texts)
			for _, f := range tt.want {
				if group[f] == 0 {
					t.Errorf("no form %q: %s", f, show)
				}
			}
			for _, f := range tt.absent {
				if group[f] != 0 {
					t.Errorf("form %q found: %s", f, show)
				}
			}
			for _, p := range tt.apart {
				if group[p[0]] != 0 && group[p[0]] == group[p[1]] {
					t.Errorf("%q and %q one referent, want two: %s", p[0], p[1], show)
				}
			}
		})
	}
	// The surname alone joins the person's name (not a name opened by the office's words).
	group, show := ref35Groups(t, tests[4].texts)
	if group["Darnell"] != group["Peter Darnell"] {
		t.Errorf("Darnell and Peter Darnell apart, want one referent: %s", show)
	}
}

// TestPlaceNoSurname checks that a single word written after "in" and other prepositions
// of place in one mention in twenty or more is a place, which joins no person's name it
// ends, and that a possessive after "in" is no such mention.
func TestPlaceNoSurname(t *testing.T) {
	rep := func(n int, s string) []string { return slices.Repeat([]string{s}, n) }
	tests := []struct {
		name     string
		texts    []string
		together bool
	}{
		{"a country written after in",
			append(rep(8, "Wheat grew in Georgia."),
				"Senator Olvar Georgia spoke in Halden. The guild met Georgia.", "Later Senator Olvar Georgia left. The guild thanked Georgia."),
			false},
		{"a surname after in only in the possessive",
			append(rep(8, "Wheat grew in Georgia's fields."),
				"Senator Olvar Georgia spoke in Halden. The guild met Georgia.", "Later Senator Olvar Georgia left. The guild thanked Georgia."),
			true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			group, show := ref35Groups(t, tt.texts)
			if group["Georgia"] == 0 || group["Olvar Georgia"] == 0 {
				t.Fatalf("Georgia or Olvar Georgia not found: %s", show)
			}
			if got := group["Georgia"] == group["Olvar Georgia"]; got != tt.together {
				t.Errorf("Georgia and Olvar Georgia one referent: %v, want %v: %s", got, tt.together, show)
			}
		})
	}
}

// TestPlaceOneMention checks that a single mention after "in" ("faith in Georgia") does
// not make a word a place: a person's surname may be written so once.
func TestPlaceOneMention(t *testing.T) {
	rest := append(slices.Repeat([]string{"Wheat grew in Georgia's fields."}, 7),
		"Senator Olvar Georgia spoke in Halden. The guild met Georgia.", "Later Senator Olvar Georgia left. The guild thanked Georgia.")
	refs, err := (&Analyzer{}).SuggestReferents(englishDocs("a", append(slices.Clone(rest), "Voters kept faith in Georgia.")...),
		englishDocs("b", append(slices.Clone(rest), "Voters kept faith with Georgia.")...), 1, 50)
	if err != nil {
		t.Fatal(err)
	}
	group := formGroups(refs)
	if group["Georgia"] == 0 || group["Georgia"] != group["Olvar Georgia"] {
		t.Errorf("Georgia and Olvar Georgia: referents %d and %d, want one: %+v", group["Georgia"], group["Olvar Georgia"], refs)
	}
}

// TestMarchAlone checks that "March" alone, without a title, is a date ("in March"),
// which the word classes do not list among the months for the verb it spells, while a
// name it ends and a title before it make it a name.
func TestMarchAlone(t *testing.T) {
	texts := []string{
		"Ferries left Halden in March. Since March the port has been quiet.",
		"The guild met in March, and again in late March.",
		"Judge March spoke in Halden. Later Ana March left Halden.",
		"Then Judge March met the guild. Ana March stayed.",
	}
	group, show := ref35Groups(t, texts)
	if group["Ana March"] == 0 || group["March"] != group["Ana March"] {
		t.Errorf("March after a title and Ana March: want one referent: %s", show)
	}
	refs, err := (&Analyzer{}).SuggestReferents(englishDocs("a", texts...), englishDocs("b", texts...), 1, 50)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range refs {
		for _, f := range r.Forms {
			// Two titled mentions a side: "Judge March" in two documents, no "in March".
			if f.Name == "March" && f.Count != 4 {
				t.Errorf("March: %d mentions, want the 4 after a title: %s", f.Count, show)
			}
		}
	}
}
