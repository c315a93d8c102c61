package framing

import (
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestJoinSpeakerNamesBodyOf: a body's short name joins the name that completes it with
// "of" when neither names a country and one completion has more than four times the
// statements of each other; names differing only in the apostrophe are one speaker.
func TestJoinSpeakerNamesBodyOf(t *testing.T) {
	runJoinRows(t, []joinRow{
		{"the short name joins its completion, shown by the fuller name",
			[]Count{{"Joint Staff", 9}, {"Joint Staff of the Coastal Forces", 4}},
			[]Count{{"Joint Staff of the Coastal Forces", 13}}, map[string]string{"Joint Staff": "Joint Staff of the Coastal Forces"}},
		{"an opening the allowed",
			[]Count{{"the Tariff Board", 2}, {"Tariff Board of the Harbor Authority", 6}},
			[]Count{{"Tariff Board of the Harbor Authority", 8}}, map[string]string{"the Tariff Board": "Tariff Board of the Harbor Authority"}},
		{"a completion with more than four times the statements of the other",
			[]Count{{"Joint Staff", 9}, {"Joint Staff of the Coastal Forces", 9}, {"Joint Staff of the JCF", 2}},
			[]Count{{"Joint Staff of the Coastal Forces", 18}, {"Joint Staff of the JCF", 2}}, map[string]string{"Joint Staff": "Joint Staff of the Coastal Forces"}},
		{"two completions of like weight: none",
			[]Count{{"Joint Staff", 9}, {"Joint Staff of the Coastal Forces", 4}, {"Joint Staff of the River Fleet", 3}},
			[]Count{{"Joint Staff", 9}, {"Joint Staff of the Coastal Forces", 4}, {"Joint Staff of the River Fleet", 3}}, map[string]string{}},
		{"a completion that names a country stays apart",
			[]Count{{"Security Service", 5}, {"Security Service of Ukraine", 4}, {"Standing Committee", 2}, {"Standing Committee of the Russian Duma", 1}},
			[]Count{{"Security Service", 5}, {"Security Service of Ukraine", 4}, {"Standing Committee", 2}, {"Standing Committee of the Russian Duma", 1}}, map[string]string{}},
		{"a completion that names a union stays apart",
			[]Count{{"Joint Staff", 5}, {"Joint Staff of the European Union", 4}},
			[]Count{{"Joint Staff", 5}, {"Joint Staff of the European Union", 4}}, map[string]string{}},
		{"a completion in lower case is no body's name",
			[]Count{{"Review Board", 3}, {"Review Board of Greater Varna stadium", 1}},
			[]Count{{"Review Board", 3}, {"Review Board of Greater Varna stadium", 1}}, map[string]string{}},
		{"one word alone is no short name, nor a name ending in a title",
			[]Count{{"Council", 3}, {"Council of Elders", 2}, {"Deputy Prime Minister", 2}, {"Deputy Prime Minister of Finance", 1}},
			[]Count{{"Council", 3}, {"Council of Elders", 2}, {"Deputy Prime Minister", 2}, {"Deputy Prime Minister of Finance", 1}}, map[string]string{}},
		{"a surname in capitals, as a transcript writes it",
			[]Count{{"MARLOWE", 5}, {"Bernard Marlowe", 3}, {"O’DARA", 2}, {"Peter O’Dara", 3}},
			[]Count{{"Bernard Marlowe", 8}, {"Peter O’Dara", 5}}, map[string]string{"MARLOWE": "Bernard Marlowe", "O’DARA": "Peter O’Dara"}},
		{"a completion written under a tenth as often as the short name",
			[]Count{{"Appeals Court", 50}, {"Appeals Court of Halden", 3}},
			[]Count{{"Appeals Court", 50}, {"Appeals Court of Halden", 3}}, map[string]string{}},
		{"a completion with a country written more often",
			[]Count{{"Joint Staff", 8}, {"Joint Staff of the Coastal Forces", 4}, {"Joint Staff of Ukraine", 40}},
			[]Count{{"Joint Staff of Ukraine", 40}, {"Joint Staff", 8}, {"Joint Staff of the Coastal Forces", 4}}, map[string]string{}},
		{"three capitals are initials",
			[]Count{{"LEE", 2}, {"Spike Lee", 3}},
			[]Count{{"Spike Lee", 3}, {"LEE", 2}}, map[string]string{}},
		{"the apostrophe typographic or not",
			[]Count{{"People’s Assembly of Varna", 2}, {"People's Assembly of Varna", 5}},
			[]Count{{"People's Assembly of Varna", 7}}, map[string]string{"People’s Assembly of Varna": "People's Assembly of Varna"}},
	})
}

// findNames returns the names the name finder finds in text, title words left out.
func findNames(t *testing.T, text string) []string {
	t.Helper()
	an := &Analyzer{Voices: AllVoices}
	s, err := an.scanDoc(&corpus.Document{Text: text}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var f nameFinder
	var out []string
	for _, r := range f.find(s) {
		out = append(out, s.span(r.from, r.to))
	}
	return out
}

// TestNameFinderParticlesAndInstitutions: lower-case particles inside names, the Arabic
// article before a capital, and an institution's name completed by "of" or "for" are
// one name; a two-word name "of" a country, and a completion followed by "and" and a
// capitalized word, are left as they were found.
func TestNameFinderParticlesAndInstitutions(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Lawyers for Ana de Varga met Ivo van der Berg in Porto de Lima on a wet morning.", "Lawyers|Ana de Varga|Ivo van der Berg|Porto de Lima"},
		{"Reporters asked Omar el-Masri about the harbor plan, and he smiled.", "Reporters|Omar el-Masri"},
		{"Staff at the Bank of Halden and the Office of the Harbor Master were told to wait.", "Staff|Bank of Halden|Office|Harbor Master"},
		{"Envoys to the Assembly of the Council of Halden voted late, with the Bank of Norway absent.", "Envoys|Assembly of the Council of Halden|Bank|Norway"},
		{"A study by the Center for Tidal Research was cited by two officials there.", "Center for Tidal Research"},
		{"The Labour Party of Norway voted against the plan in a late session.", "Labour Party|Norway"},
		{"The Institute for Marine and Coastal Studies opened a branch near the port.", "Institute|Marine|Coastal Studies"},
		{"Friends of Ana Varga gathered at the old port to sing for her.", "Friends|Ana Varga"},
		{"Ana de la Cruz said the vote went well, while Marie le Roux disagreed.", "Ana de la Cruz|Marie|Roux"},
		{"Yesterday the Bank of Halden Governor Ana Ruiz said rates would hold.", "Bank of Halden|Ana Ruiz"},
		{"Voters said the Labour Party of Ana Ruiz won the vote.", "Voters|Labour Party|Ana Ruiz"},
		{"Yesterday Ruiz asked Congress for Halden aid again.", "Ruiz|Congress|Halden"},
		{"Grants from the Agency for Harbor Development rose.", "Agency for Harbor Development"},
		{"Students at the University of Porto de Lima marched.", "Students|University of Porto de Lima"},
	} {
		if got := strings.Join(findNames(t, tc.text), "|"); got != tc.want {
			t.Errorf("%q: names %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestReferentsNotNames: a single letter, a generational suffix and initials in everyday
// use as a common noun, written alone, are no referents; the same words inside a name
// leave it whole.
func TestReferentsNotNames(t *testing.T) {
	texts := []string{
		"Q: Why did Thomas Varga Jr. leave the TV studio? A: Jr. had to go, he said.",
		"Thomas Varga Jr. spoke at the pier while D voters and TV crews waited. Jr. left.",
		"The GDP figures worried Thomas Varga Jr. and his ID card was lost.",
	}
	refs, err := (&Analyzer{}).SuggestReferents(englishDocs("a", texts...), englishDocs("b", texts...), 1, 50)
	if err != nil {
		t.Fatal(err)
	}
	var forms []string
	for _, r := range refs {
		for _, f := range r.Forms {
			forms = append(forms, f.Name)
		}
	}
	for _, w := range []string{"Q", "A", "D", "Jr", "TV", "GDP", "ID"} {
		if slices.Contains(forms, w) {
			t.Errorf("%q is a referent's form: %v", w, forms)
		}
	}
	if !slices.Contains(forms, "Thomas Varga Jr") {
		t.Errorf("Thomas Varga Jr is no referent's form: %v", forms)
	}
}
