package voices

import "testing"

// TestDescriptionsBeforeNames checks a description with "a" or "an" before a name set off
// after it that is surely a person's ("A spokeswoman for the Harbor Board, Dr. Ines
// Varga, said" is Ines Varga; before, the description), but not a place ("A judge in
// Halden, Santa Marta,") or a firm ("Halden Capital Markets"); an adjective that follows
// its noun with its phrase whose object opens with a determiner ("Rebels opposed to the
// Gulf States have vowed"), as when the object is a name; and "think tanks", a noun, also
// in a subject ("The think tank said"), but not after a plural ("Analysts think tanks
// will …"). Each sentence is invented.
func TestDescriptionsBeforeNames(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a description with a, then a person's name", "A spokeswoman for the Harbor Board, Dr. Ines Varga, said the pier would reopen.",
			[]vspan{{Reported, "Dr. Ines Varga", "Ines Varga", "said", "the pier would reopen"}}},
		{"a description with a that ends with a name, then a person's name", "A spokesman for Orlen State, Ines Varga, said the vote was fair.",
			[]vspan{{Reported, "Ines Varga", "Ines Varga", "said", "the vote was fair"}}},
		{"a description with a that ends with State, then a name", "A spokesman for Orlen State, Tarn Ovik, said the vote was fair.",
			[]vspan{{Reported, "Tarn Ovik", "Tarn Ovik", "said", "the vote was fair"}}},
		{"a description with a that ends with State, then a town", "A resident of Orlen State, Varnasi, said the road was closed.",
			[]vspan{{Reported, "A resident of Orlen State", "a resident of Orlen State", "said", "the road was closed"}}},
		{"a description with a, then a place", "A judge in Marlow County, Ga., said last week that the count would resume.",
			[]vspan{{Reported, "A judge in Marlow County", "a judge in Marlow County", "said", "the count would resume"}}},
		{"a description with a, then a place of two words", "A judge in Halden, Santa Marta, said the count would resume.",
			[]vspan{{Reported, "A judge in Halden", "a judge in Halden", "said", "the count would resume"}}},
		{"a description with an, then a firm", "An analyst at Orlen Bank, Halden Capital Markets, said rates would rise.",
			[]vspan{{Reported, "An analyst at Orlen Bank", "an analyst at Orlen Bank", "said", "rates would rise"}}},
		{"a description with a that ends with a name, then an East Asian name", "A spokeswoman for the Orlen Ministry of Trade, Wang Lijun, said the talks would resume.",
			[]vspan{{Reported, "Wang Lijun", "Wang Lijun", "said", "the talks would resume"}}},
		{"an adjective and its phrase after the noun", "Rebels opposed to the Gulf States have vowed to fight on.",
			[]vspan{{Reported, "Rebels opposed to the Gulf States", "Rebels opposed to the Gulf States", "vowed", "to fight on"}}},
		{"think tanks", "Ties between Halden think tanks and their donors are under review.", nil},
		{"a think tank as subject", "The think tank said the levy would fail.",
			[]vspan{{Reported, "The think tank", "the think tank", "said", "the levy would fail"}}},
		{"think tanks after a name ending in a plural", "Ties between the Gulf States think tanks and their donors are under review.", nil},
		{"think and tanks after a plural", "Analysts think tanks will decide the war.",
			[]vspan{{Reported, "Analysts", "analysts", "think", "tanks will decide the war"}}},
	})
}
