package voices

import "testing"

// Rows for commonOpening: a plural common noun that opens a sentence before a word of a
// person's name named before is no word of that name ("Examples Lin gave" is Lin's,
// whose name is Lin Weiqing); a word that modifies the phrase, or a plural the text never
// writes in lower case, stays as it was. The texts and names are invented.
func TestCommonOpeningMe39(t *testing.T) {
	for _, tc := range []struct {
		name, text, canonical string
		speaker               string // when set, the last span's speaker as written
	}{
		{"plural opening, family name first", "The economist Lin Weiqing toured the harbor. Examples Lin gave showed a loss. " +
			"Lin said the port would close. One example was old.", "Lin Weiqing", ""},
		{"plural opening, Western order", "The engineer Ana Ruiz toured the docks. Figures Ruiz cited showed a loss. " +
			"Ruiz said the pier would close. The figures were old.", "Ana Ruiz", ""},
		// Not a common word by the rest of the text: "Examples" stands nowhere in lower
		// case, "Examples Lin" stays a name, and "Lin" alone may be either: it is kept
		// as written.
		{"no lower-case form", "The economist Lin Weiqing toured the harbor. Examples Lin gave showed a loss. " +
			"Lin said the port would close.", "Lin", ""},
		// A word of a person's name named before.
		{"a given name in the plural", "Mayor Brooks Ruiz spoke first. Brooks Ruiz said the port would close. The brooks were dry.",
			"Brooks Ruiz", "Brooks Ruiz"},
		// A modifier of the phrase, no plural: the phrase is read as before.
		{"a modifier", "Mayor Ana Ruiz spoke first. Former Ruiz aide Ivo Marek said the port would close. He was a former clerk.",
			"Ivo Marek", "Former Ruiz aide Ivo Marek"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			last := ""
			for _, sp := range Quotes(tc.text, "english") {
				if sp.Voice == Reported || sp.Voice == Quote {
					got = append(got, sp.Canonical)
					last = sp.Speaker
				}
			}
			if len(got) == 0 || got[len(got)-1] != tc.canonical {
				t.Errorf("canonicals %q, want the last %q", got, tc.canonical)
			}
			if tc.speaker != "" && last != tc.speaker {
				t.Errorf("last speaker %q, want %q", last, tc.speaker)
			}
		})
	}
}

// Rows for the people and the nouns of combatSense: a people for subject (a plural of
// nationality) attacks with force unless words, a person, a body or a one-word name the
// text does not write as a place are attacked (placeInText: after "in", "near", a verb or
// noun of force only places take; not a possessive nor a person's name), and a modifier
// of force, a number or an adjective of nationality before "attacks" makes it the noun,
// no verb of speech. "Aggressor" is an armed force. Each sentence is invented.
func TestCombatPeopleMe39(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a people for subject, a place for object", "The Peruvians attacked Mirsk. Shops in Mirsk stayed shut.", nil},
		{"a people for subject, a place by the noun of force before it", "Shelling of Mirsk: The Peruvians attacked Mirsk.", nil},
		{"a country for subject, a place by the text", "Peru attacked Mirsk. Shops in Mirsk stayed shut.", nil},
		{"a people for subject, a place by near", "Fighting raged near Mirsk. The Peruvians attacked Mirsk.", nil},
		{"a people for subject, a place by a verb of force", "Peru shelled Mirsk. The Peruvians attacked Mirsk.", nil},
		{"a possessive after in is no place", "In Ruiz's view the plan failed. The Peruvians attacked Ruiz again on Monday.",
			[]vspan{{Reported, "The Peruvians", "Peruvians", "attacked", "Ruiz again on Monday"}}},
		{"a person's name after in is no place", "Mayor Ana Ruiz spoke first. Few believe in Ruiz now. The Peruvians attacked Ruiz again on Monday.",
			[]vspan{{Reported, "The Peruvians", "Peruvians", "attacked", "Ruiz again on Monday"}}},
		{"a people for subject, a name not written as a place", "The Peruvians attacked Mirsk.",
			[]vspan{{Reported, "The Peruvians", "Peruvians", "attacked", "Mirsk"}}},
		{"an aggressor for subject", "The aggressor has attacked the old mill twice.", nil},
		{"a modifier of force before the noun", "Drone attacks hit the port of Lesk on Monday.", nil},
		{"a number before the noun", "Twenty-six attacks shook the valley over the day.", nil},
		{"an adjective of nationality before the noun", "Peruvian attacks worry the engineers at the old dam.", nil},
		// Words for object, or a person: criticism.
		{"a people attacks words", "The Peruvians attacked the plan as reckless.",
			[]vspan{{Reported, "The Peruvians", "Peruvians", "attacked", "the plan as reckless"}}},
		{"a people attacks a person", "The Peruvians attacked Ana Ruiz again on Monday.",
			[]vspan{{Reported, "The Peruvians", "Peruvians", "attacked", "Ana Ruiz again on Monday"}}},
		{"a people attacks a surname", "The Peruvians attacked Ruiz again on Monday.",
			[]vspan{{Reported, "The Peruvians", "Peruvians", "attacked", "Ruiz again on Monday"}}},
		{"a people attacks a role", "The Peruvians attacked the mayor again on Monday.",
			[]vspan{{Reported, "The Peruvians", "Peruvians", "attacked", "the mayor again on Monday"}}},
		{"a people in the present tense", "Peruvians attack Ana Ruiz again.",
			[]vspan{{Reported, "Peruvians", "Peruvians", "attack", "Ana Ruiz again"}}},
		{"a surname that is an adjective of nationality", "Senator Welsh attacks the plan.",
			[]vspan{{Reported, "Senator Welsh", "Welsh", "attacks", "the plan"}}},
	})
}

// Rows for "defend" in combatSense: a country, an armed force or "defenders" defend with
// force a target, a place or themselves, and anything else with words, as anyone else
// does; "defenders" are no armed force for other verbs; and the subject of a verb before
// "to" is the subject of the verb after it ("troops continued to defend"). Each sentence
// is invented.
func TestCombatDefendMe39(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a country defends itself", "The allies will help Chile defend itself against the raids.", nil},
		{"an armed force before a verb and to", "Soldiers continued to defend the hill villages.", nil},
		{"an armed force before a verb and to, attacking", "Troops continued to attack Mirsk.", nil},
		{"defenders", "The defenders continue to defend the old plant.", nil},
		{"a person defends a settlement", "Lena Varga, who speaks for the dockers, defended the wage settlement on Friday.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "defended", "the wage settlement"}}},
		{"an army defends a person", "The army defended the general against the charges.",
			[]vspan{{Reported, "The army", "the army", "defended", "the general against the charges"}}},
		{"a subject's phrase ends in an armed force", "Lawyers for the soldiers defended their clients in court.",
			[]vspan{{Reported, "Lawyers for the soldiers", "Lawyers for the soldiers", "defended", "their clients in court"}}},
		{"defenders attack a person", "The bill's defenders attacked the senator on Monday.",
			[]vspan{{Reported, "The bill's defenders", "the bill's defenders", "attacked", "the senator"}}},
		{"troops defend a place the text names as one", "Shops in Mirsk stayed shut. Troops defended Mirsk all week.", nil},
		{"a person defends herself", "Ana Ruiz defended herself against the charges.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "defended", "herself against the charges"}}},
	})
}

// A row for "Tung" among the East Asian surnames (the Cantonese and Wade-Giles spelling of
// Dong): the surname alone after the full name, family name first, is that person. The
// text is invented.
func TestEastAsianSurnameTungMe39(t *testing.T) {
	text := "Ex-mayor backs the harbor chief. Dockers on strike should go back to work, Tung Kai-wah, a former mayor of " +
		"Port Soloria, said on Friday. Tung told reporters that the strike was unlawful."
	spans := Quotes(text, "english")
	if len(spans) == 0 {
		t.Fatal("no spans")
	}
	if last := spans[len(spans)-1]; last.Speaker != "Tung" || last.Canonical != "Tung Kai-wah" {
		t.Errorf("last span %q / %q, want Tung / Tung Kai-wah", last.Speaker, last.Canonical)
	}
}
