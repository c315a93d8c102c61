package voices

import "testing"

// TestNamesEndingInVerbs checks names whose last word is also a verb ("the Gulf
// States", "the United States"): in prose, a capitalized verb after a name's word is a
// word of the name, so the whole name is the subject, and a pronoun or a participle
// after it gets the whole name (before, "the Gulf" and "the United" were speakers, and
// a verb after an aside lost its subject); in a headline in title case it stays a verb.
// A description by office that now ends with such a name yields to the name set off
// after it, after a possessive too ("Halden's consul to the Gulf States, Ines Varga,"),
// as does a capitalized office after "the" ("The Commissioner of Harbors for Soloria,
// Ivo Marek,"); and "back" before a preposition is an adverb, no verb of support. Each
// sentence is invented.
func TestNamesEndingInVerbs(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a name ending in States, an aside, then the verb", "The Gulf States, which seldom speak on ferry rates, argued that the levy breaks the treaty.",
			[]vspan{{Reported, "", "", "speak", "ferry rates"}, {Reported, "The Gulf States", "Gulf States", "argued", "the levy breaks the treaty"}}},
		{"a name ending in States before an auxiliary", "The United States, which rarely comments on harbor fees, said the levy was unfair.",
			[]vspan{{Reported, "", "", "comments", "harbor fees"}, {Reported, "The United States", "United States", "said", "the levy was unfair"}}},
		{"a verb in a title-case headline", "Ruiz States Her Case On Harbor Levy",
			[]vspan{{Reported, "Ruiz", "Ruiz", "states", "Her Case On Harbor Levy"}}},
		{"a possessive description ending with such a name, then the name", "Halden's consul to the Gulf States, Ines Varga, told reporters the ferries would resume.",
			[]vspan{{Reported, "Ines Varga", "Ines Varga", "told", "the ferries would resume"}}},
		{"a capitalized office, then the name", "The Commissioner of Harbors for Soloria, Ivo Marek, warned that fees would rise.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "warned", "fees would rise"}}},
		{"back before a preposition", "The storms pushed the Gulf States back into a deal Ines Varga thought she had buried.",
			[]vspan{{Reported, "Ines Varga", "Ines Varga", "thought", "she had buried"}}},
		{"back as a verb of support", "Dock workers back Ruiz's plan to dredge the canal.",
			[]vspan{{Reported, "Dock workers", "Dock workers", "back", "Ruiz's plan to dredge the canal"}}},
	})
}
