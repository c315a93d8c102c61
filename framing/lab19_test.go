package framing

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"testing"
)

// The rules that keep another person's or a place's description from a person's labels
// (issue 19), on invented texts: a surname the document gives another person first, a
// given name the documents seldom use alone, a description of a place or a thing, and a
// description with another country's adjective.

// labelsEachCounts returns the labels of each referent in texts (side A only), counted.
func labelsEachCounts(t *testing.T, referents []string, texts ...string) []map[string]int {
	t.Helper()
	rls, err := (&Analyzer{}).LabelsEach(englishDocs("a", texts...), nil, referents, institutions)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]int
	for _, rl := range rls {
		out = append(out, labelsOf(rl))
	}
	return out
}

func TestLabelsNamesake(t *testing.T) {
	// The first text makes Tomas Ruiz a person (a title stands before his name), whom the
	// documents call "Mr. Ruiz" more often than "Ms. Ruiz".
	const titled = "President Tomas Ruiz thanked the voters of Halden on Monday. Mr. Ruiz left early."
	for _, c := range []struct {
		name     string
		text     string
		want     map[string]int
		mentions int // of Tomas Ruiz, in both texts
	}{
		{"another Ruiz named first takes the surname",
			"Ana Ruiz spoke in Halden on Monday. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{}, 2},
		{"another Ruiz named first takes Ms. Ruiz",
			"Ana Ruiz spoke in Halden on Monday. Ms. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{}, 2},
		{"another Ruiz named first takes Mr. Ruiz",
			"Ana Ruiz spoke in Halden on Monday. Mr. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{}, 2},
		{"a brother named first takes Mr. Ruiz, his usual honorific too",
			"Jon Ruiz, his brother, spoke in Halden on Monday. Mr. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{}, 2},
		{"a brother named first takes the surname where the document writes only Mr. before it",
			"Jon Ruiz spoke in Halden on Monday. Ruiz, a former Halden governor, said the vote was fair. Mr. Ruiz left.",
			map[string]int{}, 2},
		{"the referent named first keeps the surname",
			"Tomas Ruiz spoke in Halden on Monday. His sister Ana Ruiz came too. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{"governor": 1}, 4},
		{"the referent named after a title first keeps the surname",
			"President Ruiz spoke in Halden on Monday. His sister Ana Ruiz came too. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{"governor": 1}, 4},
		{"Mr. beside Ms. is not the other Ruiz",
			"Ana Ruiz spoke in Halden on Monday. Ms. Ruiz left early. Mr. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{"governor": 1}, 3},
		{"another spelling of the name is no other person",
			"Thomas Ruiz spoke in Halden on Monday. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{"governor": 1}, 3},
		{"no other Ruiz",
			"Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{"governor": 1}, 3},
	} {
		t.Run(c.name, func(t *testing.T) { checkRuizLabels(t, titled, c.text, c.want, c.mentions) })
	}
}

func TestLabelsGivenNameAlone(t *testing.T) {
	for _, c := range []struct {
		name  string
		texts []string
		want  map[string]int
	}{
		{"a given name the documents seldom use alone",
			[]string{"President Ivo Marek spoke on Monday. Marek said the vote was fair. Mr. Marek left.",
				"The painter, Ivo, lives in Halden."},
			map[string]int{}},
		{"the word the documents use alone",
			[]string{"President Ivo Marek spoke on Monday. Ivo said the vote was fair. Ivo left.",
				"The painter, Ivo, lives in Halden."},
			map[string]int{"painter": 1}},
		{"a relative with a possessive pronoun, by the word the documents use alone",
			[]string{"President Ivo Marek spoke on Monday. Ivo said the vote was fair. Ivo left.",
				"Her husband, Ivo, is a painter in Halden."},
			map[string]int{}},
		{"the surname",
			[]string{"President Ivo Marek spoke on Monday. Marek said the vote was fair. Mr. Marek left.",
				"The painter, Marek, lives in Halden."},
			map[string]int{"painter": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Ivo Marek", c.texts...); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

func TestLabelsPersonHeadNoPlace(t *testing.T) {
	const titled = "Former Solorian President Ana Ruiz died on Monday."
	for _, c := range []struct {
		name string
		text string
		want map[string]int
	}{
		{"a place with the person's modifier",
			"Visitors opened their tour of the Solorian continent in Halden.", map[string]int{}},
		{"a border with the person's modifier",
			"Troops gathered near the Solorian border in Halden.", map[string]int{}},
		{"a person with the person's modifier",
			"Visitors mourned the former Solorian leader in Halden.", map[string]int{"leader": 1}},
		{"a thing in -ment before the name",
			"The argument was long and the argument was loud. It is not an argument Ruiz made.", map[string]int{}},
		{"a person before the name",
			"Voters cheered for rival Ruiz on Monday.", map[string]int{"rival": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Ana Ruiz", titled+" "+c.text); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

func TestLabelsForeignModifier(t *testing.T) {
	// The first text writes "Solorian" before Ana Ruiz's title.
	const titled = "Solorian President Ana Ruiz thanked the voters on Monday."
	for _, c := range []struct {
		name      string
		referents []string
		text      string
		want      map[string]int // Ana Ruiz's
		first     string         // the first text, if not titled
	}{
		{"another country's adjective",
			[]string{"Ana Ruiz"},
			"President Ruiz spoke in Halden on Monday. The Haldenian president said no.",
			map[string]int{}, ""},
		{"her country's adjective",
			[]string{"Ana Ruiz"},
			"President Ruiz spoke in Halden on Monday. The Solorian president said no.",
			map[string]int{"president": 1}, ""},
		{"another country's name",
			[]string{"Ana Ruiz", "Soloria"},
			"President Ruiz spoke in Soloria on Monday. Voters in Halden waited. The Halden president said no.",
			map[string]int{}, ""},
		{"her country's adjective after her country's name after her name",
			[]string{"Ana Ruiz"},
			"President Ana Ruiz of Soloria spoke. Voters in Soloria waited. The Solorian president said no.",
			map[string]int{"president": 1}, "Voters in Halden waited."},
		{"her country's adjective after her country's name after her name, the country a referent",
			[]string{"Ana Ruiz", "Soloria"},
			"President Ana Ruiz of Soloria spoke. Voters in Soloria waited. The Solorian president said no.",
			map[string]int{"president": 1}, "Voters in Halden waited."},
		{"her country's adjective after its initials before her title",
			[]string{"Ana Ruiz"},
			"President Ruiz spoke. The American president said no.",
			map[string]int{"president": 1}, "U.S. President Ana Ruiz spoke."},
		{"her country's adjective after its initials before her title, the country a referent",
			[]string{"Ana Ruiz", "United States"},
			"President Ruiz spoke. The American president said no.",
			map[string]int{"president": 1}, "U.S. President Ana Ruiz spoke."},
		{"another country's adjective after her country's initials",
			[]string{"Ana Ruiz"},
			"President Ruiz spoke. The French president said no.",
			map[string]int{}, "U.S. President Ana Ruiz spoke."},
		{"a party's adjective",
			[]string{"Ana Ruiz"},
			"President Ruiz spoke in Halden on Monday. The Democratic president said no.",
			map[string]int{"president": 1}, ""},
		{"another party's adjective",
			[]string{"Ana Ruiz"},
			"President Ruiz spoke in Halden on Monday. The Republican president said no.",
			map[string]int{"president": 1}, ""},
		{"an adjective of a place never named",
			[]string{"Ana Ruiz"},
			"President Ruiz spoke on Monday. The Vardanian president said no.",
			map[string]int{"president": 1}, ""},
		{"an adjective the document gave her",
			[]string{"Ana Ruiz"},
			"President Ruiz, the Haldenian envoy, spoke on Monday. The Haldenian president said no.",
			map[string]int{"envoy": 1, "president": 1}, ""},
		{"no capitalized modifier",
			[]string{"Ana Ruiz"},
			"President Ruiz spoke in Halden on Monday. Later the president said no.",
			map[string]int{"president": 1}, ""},
		{"her country's adjective, the country a referent written by name before her title",
			[]string{"Ana Ruiz", "Soloria"},
			"President Ruiz spoke in Halden on Monday. The Solorian president said no.",
			map[string]int{"president": 1}, "Soloria President Ana Ruiz thanked the voters on Monday."},
		{"another country's adjective, the country a referent written by name before her title",
			[]string{"Ana Ruiz", "Soloria"},
			"President Ruiz spoke in Halden on Monday. The Haldenian president said no.",
			map[string]int{}, "Soloria President Ana Ruiz thanked the voters on Monday."},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := labelsEachCounts(t, c.referents, cmp.Or(c.first, titled), c.text)
			if !maps.Equal(got[0], c.want) {
				t.Errorf("labels %v, want %v", got[0], c.want)
			}
		})
	}
}

func TestLabelsDescriptionBeforeOtherName(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want map[string]int
	}{
		{"set off before another name",
			"President Ruiz spoke on Monday. Voters want the next president, Lena Varga, to win.", map[string]int{}},
		{"set off before a lower-case word",
			"President Ruiz spoke on Monday. Voters cheered the president, and Lena Varga spoke next.", map[string]int{"president": 1}},
		{"no comma",
			"President Ruiz spoke on Monday. Voters asked the president about Lena Varga on Monday.", map[string]int{"president": 1}},
		{"set off before another name at the sentence's end",
			"President Ruiz spoke on Monday. Voters want the next president, Lena Varga.", map[string]int{}},
		{"in a list before another name",
			"President Ruiz spoke on Monday. Power is split between the president, Congress and the courts.", map[string]int{"president": 1}},
		{"before another name and its verb",
			"President Ruiz spoke on Monday. Voters cheered the president, Lena Varga said.", map[string]int{"president": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Ana Ruiz", "President Ana Ruiz thanked the voters on Monday.", c.text); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

func TestLabelsPluralBeforeOtherNames(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want map[string]int
	}{
		{"a plural set off before two other names",
			"Halden officials spoke on Monday. Voters cheered the officials, Lena Varga and Ivo Novak, in Halden.", map[string]int{"officials": 1}},
		{"a plural before two other names and their verb",
			"Halden officials spoke on Monday. Voters cheered the officials, Lena Varga and Ivo Novak said.", map[string]int{"officials": 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Halden", c.text); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

func TestLabelsRegionHoldsCountries(t *testing.T) {
	// Halden's adjective before "countries" twice in its two mentions by name makes it a
	// region; twice in 42 mentions does not (1 in 20 does), and its adjective's seven uses
	// make it a country (1 in 10 does).
	region := []string{"Haldenian countries met in Halden. Haldenian countries agreed. Haldenian officials spoke.",
		"Halden is large."}
	country := []string{"Haldenian countries met in Halden. Haldenian countries agreed.",
		strings.Repeat("Haldenian officials spoke. ", 5), strings.Repeat("Halden is large. ", 40)}
	for _, c := range []struct {
		name  string
		texts []string
		text  string
		want  map[string]int
	}{
		{"a region's adjective before a country", region,
			"Halden grew. A small Haldenian nation voted.", map[string]int{"officials": 1}},
		{"a region's adjective before a country, in the singular", region,
			"Halden grew. A small Haldenian country voted.", map[string]int{"officials": 1}},
		{"the country after a region", region,
			"Halden grew. The country voted.", map[string]int{"officials": 1}},
		{"a country's adjective before a nation", country,
			"Halden grew. A small Haldenian nation voted.", map[string]int{"officials": 5, "nation": 1}},
		{"the country after a country", country,
			"Halden grew. The country voted.", map[string]int{"officials": 5, "country": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Halden", append(slices.Clone(c.texts), c.text)...); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// TestLabelsForeignModifierOrder: whether a title's modifier names the person's country
// is settled once every document's places are known, so the documents' order does not
// change a label: "Soloria" is a place only through the second text ("in Soloria"), and
// "Solorian" before Ana Ruiz's title in the first makes "the Solorian president" hers in
// either order.
func TestLabelsForeignModifierOrder(t *testing.T) {
	a := "Solorian President Ana Ruiz thanked the voters."
	b := "President Ruiz spoke in Soloria on Monday. The Solorian president said no."
	for _, texts := range [][]string{{a, b}, {b, a}} {
		got := labelsEachCounts(t, []string{"Ana Ruiz"}, texts...)
		if want := map[string]int{"president": 1}; !maps.Equal(got[0], want) {
			t.Errorf("order %q first: labels %v, want %v", texts[0][:9], got[0], want)
		}
	}
}

// checkRuizLabels checks the labels and the mentions that side A's documents, titled and
// text, give the referent "Tomas Ruiz".
func checkRuizLabels(t *testing.T, titled, text string, want map[string]int, mentions int) {
	t.Helper()
	rl, err := (&Analyzer{}).Labels(englishDocs("a", titled, text), nil, "Tomas Ruiz", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := labelsOf(*rl); !maps.Equal(got, want) {
		t.Errorf("labels %v, want %v", got, want)
	}
	if rl.MentionsA != mentions {
		t.Errorf("%d mentions, want %d", rl.MentionsA, mentions)
	}
}
