package framing

import (
	"maps"
	"slices"
	"testing"
)

// Rows for the given names of more languages (voices.IsGivenName) as JoinSpeakerNames
// reads them, and for a surname's plural, a family, which joins no one.
func TestJoinSpeakerNamesMe37(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []Count
		want []Count
	}{
		{"a Greek given name opens a person's name: the surname alone joins it",
			[]Count{{"Varoufos", 3}, {"Yanis Varoufos", 10}},
			[]Count{{"Yanis Varoufos", 13}}},
		{"a Turkish given name, three words",
			[]Count{{"Dalgan", 4}, {"Recep Tayyip Dalgan", 9}},
			[]Count{{"Recep Tayyip Dalgan", 13}}},
		{"a German given name, surname alone written first",
			[]Count{{"Brennholz", 2}, {"Olaf Brennholz", 7}},
			[]Count{{"Olaf Brennholz", 9}}},
		{"a surname's plural is a family, not another spelling of a surname",
			[]Count{{"Khelms", 4}, {"Olaf Helms", 5}, {"Nadia Khelm", 5}},
			[]Count{{"Nadia Khelm", 5}, {"Olaf Helms", 5}, {"Khelms", 4}}},
		{"the Ukrainian and Russian forms of one given name",
			[]Count{{"Dmytro Peskavo", 13}, {"Dmitry Peskavo", 10}},
			[]Count{{"Dmytro Peskavo", 23}}},
		{"the Ukrainian and the English form, surname first in a headline",
			[]Count{{"Oleksandr Lukashka", 5}, {"Alexander Lukashka", 6}, {"Lukashka Alexander", 2}},
			[]Count{{"Alexander Lukashka", 13}}},
		{"a surname that is a full name's and another's plural: the full name's",
			[]Count{{"Varels", 4}, {"Olena Varels", 9}, {"Olaf Varel", 3}},
			[]Count{{"Olena Varels", 13}, {"Olaf Varel", 3}}},
		{"a surname ending in s is no plural when no name ends in the rest",
			[]Count{{"Varos", 3}, {"Olaf Varos", 9}},
			[]Count{{"Olaf Varos", 12}}},
	} {
		got, _ := JoinSpeakerNames(tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// Rows for joinMiddleNames: a given name and a surname join the one name with a middle
// name between them.
func TestReferentMiddleNamesMe37(t *testing.T) {
	rep := func(n int, s string) []string { return slices.Repeat([]string{s}, n) }
	for _, tc := range []struct {
		name     string
		texts    []string
		together [][2]string
		apart    [][2]string
		shown    string // the name the referent of together's first pair is shown by
	}{
		{"a middle name",
			append(rep(3, "Hillary Varnes spoke in Halden."), rep(2, "Hillary Dorin Varnes left the pier.")...),
			[][2]string{{"Hillary Varnes", "Hillary Dorin Varnes"}}, nil, "Hillary Varnes"},
		{"a middle name written more often: shown by the two words",
			append(rep(2, "Hillary Varnes spoke in Halden."), rep(3, "Hillary Dorin Varnes left the pier.")...),
			[][2]string{{"Hillary Varnes", "Hillary Dorin Varnes"}}, nil, "Hillary Varnes"},
		{"two middle names: the short name may be either",
			append(rep(3, "Hillary Varnes spoke in Halden."), "Hillary Dorin Varnes left the pier.", "Hillary Petra Varnes left the pier."),
			nil, [][2]string{{"Hillary Varnes", "Hillary Dorin Varnes"}, {"Hillary Varnes", "Hillary Petra Varnes"}}, ""},
		{"a compound given name: another person maybe",
			append(rep(3, "Juan Varnes spoke in Halden."), rep(2, "Juan Carlos Varnes left the pier.")...),
			nil, [][2]string{{"Juan Varnes", "Juan Carlos Varnes"}}, ""},
		{"no known given name",
			append(rep(3, "Tavro Varnes spoke in Halden."), rep(2, "Tavro Dorin Varnes left the pier.")...),
			nil, [][2]string{{"Tavro Varnes", "Tavro Dorin Varnes"}}, ""},
	} {
		docs := englishDocs("a", tc.texts...)
		refs, err := (&Analyzer{}).SuggestReferents(docs, englishDocs("b", tc.texts...), 1, 50)
		if err != nil {
			t.Fatal(err)
		}
		group := formGroups(refs)
		for _, p := range tc.together {
			if group[p[0]] == 0 || group[p[0]] != group[p[1]] {
				t.Errorf("%s: %q and %q apart, want one referent: %v", tc.name, p[0], p[1], group)
			}
		}
		if tc.shown != "" && (group[tc.together[0][0]] == 0 || refs[group[tc.together[0][0]]-1].Name != tc.shown) {
			t.Errorf("%s: not shown by %q: %v", tc.name, tc.shown, refs)
		}
		for _, p := range tc.apart {
			if group[p[0]] == 0 || group[p[1]] == 0 || group[p[0]] == group[p[1]] {
				t.Errorf("%s: %q and %q not two referents: %v", tc.name, p[0], p[1], group)
			}
		}
	}
}

// Rows for Labels' reading of a part of a name (namedBefore) and of a middle name (match).
func TestLabelsNamedBeforeMe37(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		refs  []string
		want  map[string]int // referent -> mentions on side A
	}{
		{"a body's word alone is the body the document named",
			[]string{"The Harbor Party met in Halden on Monday. The Party voted for the plan.", "The Progress Party met in Halden."},
			[]string{"Progress Party", "Harbor Party"},
			map[string]int{"Harbor Party": 2, "Progress Party": 1}},
		{"a body's first word alone is not the body",
			[]string{"Senator Donald Varnes spoke in Halden.", "The Varnes Organization sued the city. Mr. Varnes said he would fight."},
			[]string{"Donald Varnes", "Varnes Organization"},
			map[string]int{"Donald Varnes": 2, "Varnes Organization": 1}},
		{"a body's first word alone after the body's name is the body",
			[]string{"The Democratic Party met in Halden. The Democratic candidate spoke in Halden.", "Ships from Democratic Varnia reached Halden."},
			[]string{"Democratic Varnia", "Democratic Party"},
			map[string]int{"Democratic Party": 2, "Democratic Varnia": 1}},
		{"a surname alone is the person the document named, middle name and all",
			[]string{"Senator Hillary Varnes spoke in Halden.", "Hillary Dorin Varnes spoke in Halden. Ms. Varnes left the pier.", "Bill Varnes stayed in Halden. Mr. Varnes spoke."},
			[]string{"Bill Varnes", "Hillary Varnes"},
			map[string]int{"Hillary Varnes": 3, "Bill Varnes": 2}},
	} {
		docs := englishDocs("a", tc.texts...)
		out, err := (&Analyzer{}).LabelsEach(docs, englishDocs("b", tc.texts...), tc.refs, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := mentionsA(out)
		if !maps.Equal(got, tc.want) {
			t.Errorf("%s: mentions %v, want %v", tc.name, got, tc.want)
		}
	}
}

// A part of a name whose document wrote two other referents' longer names is left to the
// ranking: namedBefore tells neither.
func TestLabelsNamedBeforeTwoMe37(t *testing.T) {
	texts := []string{"The Harbor Party met the Guild Party in Halden. The Party voted for the plan.", "The Progress Party met in Halden."}
	out, err := (&Analyzer{}).LabelsEach(englishDocs("a", texts...), englishDocs("b", texts...), []string{"Progress Party", "Harbor Party", "Guild Party"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := mentionsA(out)
	if want := map[string]int{"Progress Party": 2, "Harbor Party": 1, "Guild Party": 1}; !maps.Equal(got, want) {
		t.Errorf("mentions %v, want %v", got, want)
	}
}

// Rows for the names of one country: one referent, shown by the table's first name, and
// each name a mention of it in Labels (not of a longer name it ends, "Latin America").
func TestCountryNamesMe37(t *testing.T) {
	texts := []string{"The UK sent ships to Halden. Britain sent more.", "The United Kingdom and Britain met Halden.",
		"Aid from America reached the ports of Latin America on Monday.", "Officials of the United States met the mayor of Halden on Monday."}
	a, b := englishDocs("a", texts...), englishDocs("b", texts...)
	refs, err := (&Analyzer{}).SuggestReferents(a, b, 1, 50)
	if err != nil {
		t.Fatal(err)
	}
	shown := map[string]string{} // form -> the referent's name
	for _, r := range refs {
		for _, f := range r.Forms {
			shown[f.Name] = r.Name
		}
	}
	for form, want := range map[string]string{"UK": "Britain", "United Kingdom": "Britain", "Britain": "Britain",
		"America": "United States", "United States": "United States", "Latin America": "Latin America"} {
		if shown[form] != want {
			t.Errorf("%q shown as %q, want %q (%v)", form, shown[form], want, shown)
		}
	}
	out, err := (&Analyzer{}).LabelsEach(a, b, []string{"Latin America", "Britain", "United States"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := mentionsA(out)
	if want := map[string]int{"Britain": 4, "United States": 2, "Latin America": 1}; !maps.Equal(got, want) {
		t.Errorf("mentions %v, want %v", got, want)
	}
}

// A country's name inside the name of something else written with "of" is no mention of
// the country; "the United States" is; a country is shown by the table's first name even
// where the texts never write it.
func TestCountryNamesOfMe37(t *testing.T) {
	texts := []string{"The Voice of America reported it on Monday.", "The Bank of America paid the fine in Halden.",
		"Officials of the United States met the mayor of Halden.", "Ships from the UK reached Halden. The United Kingdom sent more."}
	a, b := englishDocs("a", texts...), englishDocs("b", texts...)
	out, err := (&Analyzer{}).LabelsEach(a, b, []string{"United States", "Britain"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := mentionsA(out)
	if want := map[string]int{"United States": 1, "Britain": 2}; !maps.Equal(got, want) {
		t.Errorf("mentions %v, want %v", got, want)
	}
	refs, err := (&Analyzer{}).SuggestReferents(a, b, 1, 50)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range refs {
		names = append(names, r.Name)
	}
	if !slices.Contains(names, "Britain") || slices.Contains(names, "United Kingdom") || slices.Contains(names, "UK") {
		t.Errorf("referents %v, want Britain shown for UK and United Kingdom", names)
	}
}

// A given name and a surname join the name of three words that adds a first given name.
func TestJoinSecondGivenNameMe37b(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in, want []Count
	}{
		{"a first given name dropped",
			[]Count{{"Tayyip Dalgan", 7}, {"Recep Tayyip Dalgan", 130}},
			[]Count{{"Recep Tayyip Dalgan", 137}}},
		{"the first word of the longer name is no given name: a title or another word",
			[]Count{{"Tayyip Dalgan", 7}, {"Halden Tayyip Dalgan", 130}},
			[]Count{{"Halden Tayyip Dalgan", 130}, {"Tayyip Dalgan", 7}}},
		{"a compound given name's second half: the longer name not ten times as often",
			[]Count{{"Carlos Dalgan", 4}, {"Juan Carlos Dalgan", 30}},
			[]Count{{"Juan Carlos Dalgan", 30}, {"Carlos Dalgan", 4}}},
		{"two such names of like weight: neither",
			[]Count{{"Tayyip Dalgan", 7}, {"Recep Tayyip Dalgan", 90}, {"Ahmet Tayyip Dalgan", 90}},
			[]Count{{"Ahmet Tayyip Dalgan", 90}, {"Recep Tayyip Dalgan", 90}, {"Tayyip Dalgan", 7}}},
	} {
		got, _ := JoinSpeakerNames(tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// mentionsA returns each referent's mentions by name on side A.
func mentionsA(out []ReferentLabels) map[string]int {
	got := map[string]int{}
	for _, r := range out {
		got[r.Referent] = r.MentionsA
	}
	return got
}

// formGroups returns, for each form of the suggested referents, its referent's place in
// refs plus one (0: no referent has the form).
func formGroups(refs []ReferentSuggestion) map[string]int {
	group := map[string]int{}
	for i, r := range refs {
		for _, f := range r.Forms {
			group[f.Name] = i + 1
		}
	}
	return group
}
