package voices

import "testing"

// TestQuantityOfSubjects checks subjects that open with a noun of quantity and "of". A
// capitalized quantifier that opens the sentence is no name: its phrase goes on after
// "of" for the subject of a participle after the clause ("Thousands of protesters
// gathered …, demanding …" had "Thousands" for source); and a quantifier counted by
// another heads the phrase where it opens its clause ("Tens of thousands of workers said"
// had no source). A group so counted and named after a person is a group, not the person
// ("Thousands of supporters of Mayor Ana Ruiz said" had Ana Ruiz for canonical name; so
// had "supporters of the presidential candidate Ana Ruiz", a role before the name). Each
// sentence is invented.
func TestQuantityOfSubjects(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a participle after the clause", "Thousands of protesters gathered in the square, demanding that the mayor resign.",
			[]vspan{{Reported, "Thousands of protesters", "Thousands of protesters", "demanding", "the mayor resign"}}},
		{"a quantifier counted by another, then a participle",
			"Tens of thousands of supporters of the mayor rallied on Sunday, countering claims that she had lost support.",
			[]vspan{{Reported, "Tens of thousands of supporters of the mayor", "Tens of thousands of supporters of the mayor", "countering", "claims that she had lost support"}}},
		{"a quantifier counted by another before the verb", "Tens of thousands of workers said the port was safe.",
			[]vspan{{Reported, "Tens of thousands of workers", "Tens of thousands of workers", "said", "the port was safe"}}},
		{"hundreds of thousands", "Hundreds of thousands of workers said the port was safe.",
			[]vspan{{Reported, "Hundreds of thousands of workers", "Hundreds of thousands of workers", "said", "the port was safe"}}},
		{"one quantifier", "Dozens of lawmakers said the port was safe.",
			[]vspan{{Reported, "Dozens of lawmakers", "Dozens of lawmakers", "said", "the port was safe"}}},
		{"a counted group named after a person is no person", "Thousands of supporters of Mayor Ana Ruiz said the vote was fair.",
			[]vspan{{Reported, "Thousands of supporters of Mayor Ana Ruiz", "Thousands of supporters of Mayor Ana Ruiz", "said", "the vote was fair"}}},
		{"the same before a participle", "Tens of thousands of supporters of Mayor Ana Ruiz demonstrated on Sunday, countering claims that she had lost.",
			[]vspan{{Reported, "Tens of thousands of supporters of Mayor Ana Ruiz", "Tens of thousands of supporters of Mayor Ana Ruiz", "countering", "claims that she had lost"}}},
		{"a role before the name the group is named after",
			"Thousands of supporters of the presidential candidate Ana Ruiz marched to the harbor, singing as they demanded a recount.",
			[]vspan{{Reported, "Thousands of supporters of the presidential candidate Ana Ruiz", "Thousands of supporters of the presidential candidate Ana Ruiz", "demanded", "a recount"}}},
		{"a quantity inside a clause with as", "As tens of thousands of dockers marched in Halden, their union chief, Ivo Marek, instructed his members to go home.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "instructed", "his members to go home"}}},
		{"the phrase after of ends before a verb it does not know", "Members of the opposition camp let the vote pass, saying it was fair.",
			[]vspan{{Reported, "Members", "Members", "saying", "it was fair"}}},
		{"a name that opens the sentence keeps its own phrase", "Ruiz of the port authority gathered her staff, warning that the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "warning", "the port would close"}}},
	})
}
