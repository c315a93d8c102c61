package framing

import (
	"fmt"
	"maps"
	"slices"
	"testing"
)

// Rows for three rules of Labels' mentions: initials the documents do not link to the
// name (acrLinks), a name written with "of" (isFunctionWord in match), and the first
// word alone of a name that is no person's (after namedBefore).
func TestLabelsMentionsMe38(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		refs  []string
		want  map[string]int // referent -> mentions on side A
	}{
		{"initials that no document writing them links to the name are something else",
			[]string{"The CE said the vote would go ahead.", "The CE met the lawmakers.", "A CE must be elected.",
				"The Civic Endowment funded the study."},
			[]string{"Civic Endowment"},
			map[string]int{"Civic Endowment": 1}},
		{"initials defined after the name are the name",
			[]string{"The Harbor Endowment (HE) funded the study. The HE said more would follow.", "The HE met the mayor."},
			[]string{"Harbor Endowment"},
			map[string]int{"Harbor Endowment": 4}},
		{"initials defined once link them for every document",
			append([]string{"The Civic Endowment (CE) funded the study."}, repeatText("The CE met again on day %d.", 19)...),
			[]string{"Civic Endowment"},
			map[string]int{"Civic Endowment": 21}},
		{"a union's initials are its name without a link",
			append([]string{"The United Nations met in Geneva. The UN voted."}, repeatText("The UN sent aid on day %d.", 12)...),
			[]string{"United Nations"},
			map[string]int{"United Nations": 14}},
		{"a name written with of is the referent",
			[]string{"The Halden Federation of Dockers called a strike.", "Leaders of the Halden Federation of Dockers met."},
			[]string{"Halden Federation of Dockers"},
			map[string]int{"Halden Federation of Dockers": 2}},
		{"the first word alone of a body's name is no mention where the document did not write the name",
			[]string{"Democratic lawmakers met in Halden on Monday.", "The Democratic Republic of Varnia sent aid to Halden."},
			[]string{"Democratic Republic of Varnia"},
			map[string]int{"Democratic Republic of Varnia": 1}},
		{"after the name the first word alone is the body",
			[]string{"The Acme Steel plant in Halden closed. Acme said the plant would reopen."},
			[]string{"Acme Steel"},
			map[string]int{"Acme Steel": 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := (&Analyzer{}).LabelsEach(englishDocs("a", tc.texts...), englishDocs("b", tc.texts...), tc.refs, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := mentionsA(out); !maps.Equal(got, tc.want) {
				t.Errorf("mentions %v, want %v", got, tc.want)
			}
		})
	}
}

// repeatText returns n texts from format, each with its number (1 to n).
func repeatText(format string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf(format, i+1)
	}
	return out
}

// ReferentLabels.Referent is the referent as asked for, titles before it left out and
// its other words kept.
func TestReferentShownMe38(t *testing.T) {
	docs := englishDocs("a", "President Ana Ruiz of the Halden Federation of Dockers spoke.")
	out, err := (&Analyzer{}).LabelsEach(docs, docs, []string{"President Ana Ruiz", "Halden Federation of Dockers"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := []string{out[0].Referent, out[1].Referent}; got[0] != "Ana Ruiz" || got[1] != "Halden Federation of Dockers" {
		t.Errorf("referents %q, want Ana Ruiz and Halden Federation of Dockers", got)
	}
}

// A name made an adjective by a hyphen ("Western-style") is no referent; the name in a
// name run is ("Soviet Union").
func TestCompoundAdjectiveMe38(t *testing.T) {
	texts := []string{"Halden-style reforms failed in Varnia. The Halden Union met.", "Critics of Halden-style rule spoke. The Halden Union voted."}
	_, names := suggestByName(t, englishDocs("a", texts...), englishDocs("b", texts...), 1)
	for _, n := range names {
		if n == "Halden-style" {
			t.Errorf("%q is a referent (all %q)", n, names)
		}
	}
	if !slices.Contains(names, "Halden Union") {
		t.Errorf("no Halden Union among %q", names)
	}
}

// A title written with "of" is counted by its head: "President of Moldova Ana Ruiz" is a
// president.
func TestTitleWithOfMe38(t *testing.T) {
	docs := englishDocs("a", "President of Moldova Ana Ruiz spoke in Halden.", "President Ana Ruiz left Halden.",
		"President of the Halden Federation Ana Ruiz spoke again.")
	rl, err := (&Analyzer{}).Labels(docs, docs, "Ana Ruiz", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rl.Titles) != 1 || rl.Titles[0].Label != "president" || rl.Titles[0].CountA != 3 || rl.Titles[0].CountB != 3 {
		t.Errorf("titles %+v, want president 3", rl.Titles)
	}
}
