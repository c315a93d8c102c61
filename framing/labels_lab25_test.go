package framing

import (
	"maps"
	"testing"
)

// TestLabelsLab25 checks rules found in a new user's trial: a noun in -ly heads a label
// ("a close ally"); an apposition before a name is none when only a verb follows the name
// in its clause ("The bridge, Halden warned, would close"), nor the last conjunct before a
// name a verb follows ("Given the vote and the ties, Halden cannot wait"); "state" after a place's name or
// before "of" and it is no governing body; a predicate nominal of a subject a question inverts, or of coordinated names, is no label; nor is an object of "asked" ("quoted as" names); a place's name that ends a phrase opening the
// sentence takes no apposition ("For Halden, the vote"), unless a verb or another subject
// follows its comma ("For Halden, a small town, the vote matters"); a comparative after a word of
// degree ("a lot poorer") heads no label.
// Labels are read with the default options (the governing body only) unless institutions.
func TestLabelsLab25(t *testing.T) {
	for _, tc := range []struct {
		name, referent string
		texts          []string
		institutions   bool
		want           map[string]int
	}{
		{"ally after the name, with a complement", "Ilse Varnak",
			[]string{"Ilse Varnak, a close ally of the president, spoke on Monday."}, false, map[string]int{"ally": 1}},
		{"ally after a titled name, with a name in the complement", "Ilse Varnak",
			[]string{"Governor Ilse Varnak, a close ally of President Oren Sadik, has faced criticism."}, false, map[string]int{"ally": 1}},
		{"ally before the name", "Ilse Varnak",
			[]string{"A longtime ally of the mayor, Ilse Varnak, spoke.", "Governor Ilse Varnak left."}, false, map[string]int{"ally": 1}},
		{"an adverb in -ly heads nothing", "Lena Varga",
			[]string{"Lena Varga, the costly, left. Lena Varga is the only."}, false, map[string]int{}},
		{"a verb after the name: a parenthetical clause", "Halden",
			[]string{"The bridge, Halden warned, would close to the trucks. Halden voted."}, false, map[string]int{}},
		{"a verb after the name: an opening phrase", "Halden",
			[]string{"Given the weakness of Soloria and the poor trade ties, Halden cannot wait. Halden voted."}, false, map[string]int{}},
		{"no verb after the name: an apposition", "Halden",
			[]string{"The small town, Halden, voted on Monday."}, false, map[string]int{"town": 1}},
		{"the state of a name is no governing body", "Halden",
			[]string{"The agents met in the state of Halden. Halden state passed a law. The Halden government met."}, false,
			map[string]int{"government": 1}},
		{"with institutions the state of a name stays", "Halden",
			[]string{"The agents met in the state of Halden. The Halden government met."}, true,
			map[string]int{"state": 1, "government": 1}},
		{"a predicate nominal in a question", "Halden",
			[]string{"Could Halden become the winner? Halden is a town."}, false, map[string]int{"town": 1}},
		{"a question that does not invert the subject", "Halden",
			[]string{"Why can't they accept Halden is a town?"}, false, map[string]int{"town": 1}},
		{"a fronted apposition before a clause's subject", "Halden",
			[]string{"A small former colony, Halden reverted to Soloria in 1990."}, false, map[string]int{"colony": 1}},
		{"a predicate nominal of coordinated names", "Halden",
			[]string{"Soloria and Halden are the losers. Halden is a town."}, false, map[string]int{"town": 1}},
		{"a predicate nominal of a subject coordinated with a common noun", "Halden",
			[]string{"The army and Halden are the losers. Halden is a town."}, false, map[string]int{"town": 1}},
		{"a predicate nominal after a verb's coordinated object", "Halden",
			[]string{"Ana Ruiz met Soloria and Halden is the winner."}, false, map[string]int{"winner": 1}},
		{"a fronted apposition before a name a verb follows", "Halden",
			[]string{"A former colony, Halden said on Monday that it would vote."}, false, map[string]int{"colony": 1}},
		{"a predicate nominal after an inverted auxiliary, no question", "Halden",
			[]string{"Never has Halden been a haven."}, false, map[string]int{"haven": 1}},
		{"quoted as names", "Ana Ruiz",
			[]string{"Ana Ruiz was quoted as a source. Ana Ruiz was quoted as saying it was late."}, false, map[string]int{"source": 1}},
		{"a predicate nominal of a phrase whose preposition takes coordinated names", "Halden",
			[]string{"Ana Ruiz said that the deal between Soloria and Halden was a gift. Halden is a town."}, false, map[string]int{"town": 1}},
		{"a predicate nominal after a comma and a conjunction", "Halden",
			[]string{"Ana Ruiz sold grain, and Halden is a big market for it."}, false, map[string]int{"market": 1}},
		{"a predicate nominal after a coordinated clause", "Halden",
			[]string{"Soloria voted and Halden is the winner."}, false, map[string]int{"winner": 1}},
		{"asked is no naming verb", "Halden",
			[]string{"Halden was asked its opinion on the plan. Halden was described as a haven."}, false, map[string]int{"haven": 1}},
		{"a phrase opening the sentence: its comma sets off the subject", "Halden",
			[]string{"For Halden, the vote at the summit was a test. In old Halden, the harvest fair, or the feast, was long."}, false, map[string]int{}},
		{"a phrase opening the sentence: a verb after the apposition's comma", "Halden",
			[]string{"Since Halden, a former colony, voted, the pact stands."}, false, map[string]int{"colony": 1}},
		{"a phrase opening the sentence: another subject after the apposition's comma", "Halden",
			[]string{"For Halden, a small town, the vote matters."}, false, map[string]int{"town": 1}},
		{"a clause inside the sentence keeps its subject's apposition", "Halden",
			[]string{"The mayor said that since Halden, a former colony, returned to Soloria, it has changed."}, false, map[string]int{"colony": 1}},
		{"a phrase opening the sentence: a person's apposition", "Ana Ruiz",
			[]string{"For Ana Ruiz, a lawyer, the verdict came late."}, false, map[string]int{"lawyer": 1}},
		{"a comparative after a word of degree heads nothing", "Halden",
			[]string{"Halden was a lot poorer before the new canal. Halden is a much bigger exporter than Soloria."}, false, map[string]int{"exporter": 1}},
		{"a person's predicate nominal in a question", "Ana Ruiz",
			[]string{"Could Ana Ruiz become the dictator? Ana Ruiz was the mayor."}, false, map[string]int{"mayor": 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var opts *ReferentOptions
			if tc.institutions {
				opts = institutions
			}
			rl, err := (&Analyzer{}).Labels(englishDocs("a", tc.texts...), nil, tc.referent, opts)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, l := range rl.Labels {
				got[l.Label] = l.CountA
			}
			if !maps.Equal(got, tc.want) {
				t.Errorf("labels %v, want %v", got, tc.want)
			}
		})
	}
}

// TestLabelsLab25Titles: the title before a name stays a title beside an apposition in
// -ly ("Governor Ilse Varnak, a close ally").
func TestLabelsLab25Titles(t *testing.T) {
	rl, err := (&Analyzer{}).Labels(nil, englishDocs("b", "Governor Ilse Varnak, a close ally of President Oren Sadik, has faced criticism."), "Ilse Varnak", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rl.Titles) != 1 || rl.Titles[0].Label != "governor" || rl.Titles[0].CountB != 1 {
		t.Errorf("titles %+v, want governor once on side B", rl.Titles)
	}
	if len(rl.Labels) != 1 || rl.Labels[0].Label != "ally" || rl.Labels[0].CountB != 1 {
		t.Errorf("labels %+v, want ally once on side B", rl.Labels)
	}
}

// TestLabelsLab25GoverningBody: ReferentLabel.GoverningBody is set by the head noun, with
// or without Institutions ("government"), never for the place's people ("residents",
// which only Institutions counts, Institution set), nor for "the state of Soloria" (a
// state of a federation), nor for a label of another kind.
func TestLabelsLab25GoverningBody(t *testing.T) {
	texts := []string{"The Solorian government met. Solorian residents voted. Soloria is a small country. The agents met in the state of Soloria."}
	for _, tc := range []struct {
		name string
		opts *ReferentOptions
		want map[string][2]bool // label -> GoverningBody, Institution
	}{
		{"default", nil, map[string][2]bool{"government": {true, true}, "country": {false, false}}},
		{"institutions", institutions, map[string][2]bool{"government": {true, true}, "residents": {false, true}, "country": {false, false},
			"state": {false, true}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rl, err := (&Analyzer{}).Labels(englishDocs("a", texts...), nil, "Soloria", tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string][2]bool{}
			for _, l := range rl.Labels {
				got[l.Label] = [2]bool{l.GoverningBody, l.Institution}
			}
			if !maps.Equal(got, tc.want) {
				t.Errorf("labels (governing body, institution) %v, want %v", got, tc.want)
			}
		})
	}
}
