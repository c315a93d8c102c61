package voices

import "testing"

// TestOfficeNouns checks the offices that English writes capitalized before "of" and the
// body they are held in, then the holder's name, as headlines and agency copy do ("Head
// of the President's Office Ivo Marek", "Deputy Commander of the Harbor Brigade Tomas
// Varek"): the holder is the speaker's canonical name, not "Head" or "Deputy Commander"
// (before, a title fragment), and the phrase after "according to" runs on through the
// body to the name (before, it stopped at "Head"). "Head" and "Commander" are no titles
// of the language's list, for they have other senses: a head of state, "Head Start", a
// body possessed by a place or a person ("Head of Valdora's Port Authority"), a body whose
// last words a name cannot be told apart from ("Head of Halden Harbor Operations") keep
// their phrase; two offices with their holders joined by "and" are both names. Each
// sentence is invented.
func TestOfficeNouns(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"an office of a body with the, then the holder", "Deputy Commander of the Halden Coast Guard Tomas Varek spoke about the new patrol boats.",
			[]vspan{{Reported, "Deputy Commander of the Halden Coast Guard Tomas Varek", "Tomas Varek", "spoke", "the new patrol boats"}}},
		{"an office of a body with a possessive inside", "Deputy Head of the Valdoran President's Office Ivo Marek discussed the preparations for the summit.",
			[]vspan{{Reported, "Deputy Head of the Valdoran President's Office Ivo Marek", "Ivo Marek", "discussed", "the preparations for the summit"}}},
		{"after according to", "The ferry line will resume on Monday, according to Head of the Halden Port Administration Oleh Varek.",
			[]vspan{{Reported, "Head of the Halden Port Administration Oleh Varek", "Oleh Varek", "according to", "The ferry line will resume on Monday"}}},
		{"after according to, a body whose name joins two words with and", "The dredging will take a year, according to Head of the Halden Coast and Harbor Administration Oleh Varek.",
			[]vspan{{Reported, "Head of the Halden Coast and Harbor Administration Oleh Varek", "Oleh Varek", "according to", "The dredging will take a year"}}},
		{"a head of state", "The Head of State said the plan would work.",
			[]vspan{{Reported, "The Head of State", "Head of State", "said", "the plan would work"}}},
		{"a head of state in lower case after according to", "The talks went well, according to the website of the Valdoran head of state.",
			[]vspan{{Reported, "the website of the Valdoran head of state", "the website of the Valdoran head of state", "according to", "The talks went well"}}},
		{"a place's body, no name", "Head of Portugal's Harbor Trust says the ferries will run on time.",
			[]vspan{{Reported, "Head of Portugal's Harbor Trust", "Head of Portugal's Harbor Trust", "says", "the ferries will run on time"}}},
		{"a place's body of two words, no name", "Head of Valdora's Port Authority said the port would reopen.",
			[]vspan{{Reported, "Head of Valdora's Port Authority", "Head of Valdora's Port Authority", "said", "the port would reopen"}}},
		{"a person's body, no name", "Commander of Ana Ruiz's Guard said the port would reopen.",
			[]vspan{{Reported, "Commander of Ana Ruiz's Guard", "Commander of Ana Ruiz's Guard", "said", "the port would reopen"}}},
		{"an office of a body of three words, no name told apart", "Head of Halden Harbor Operations said the port would reopen.",
			[]vspan{{Reported, "Head of Halden Harbor Operations", "Head of Halden Harbor Operations", "said", "the port would reopen"}}},
		{"no guess of a name from a body's last words, for a pronoun either", "The port will reopen, said Head of Halden Harbor Operations. He added that the ferries would run.",
			[]vspan{{Reported, "Head of Halden Harbor Operations", "Head of Halden Harbor Operations", "said", "The port will reopen"}, {Reported, "", "", "added", "the ferries would run"}}},
		{"no guess of a name after a possessive in the body", "Head of Valdora's Port Authority Varga said the port would reopen. He added that the ferries would run.",
			[]vspan{{Reported, "Head of Valdora's Port Authority Varga", "Head of Valdora's Port Authority Varga", "said", "the port would reopen"}, {Reported, "", "", "added", "the ferries would run"}}},
		{"no guess of a name after a possessive in a title's body", "Director of Valdora's Port Authority Varga said the port would reopen. He added that the ferries would run.",
			[]vspan{{Reported, "Director of Valdora's Port Authority Varga", "Director of Valdora's Port Authority Varga", "said", "the port would reopen"}, {Reported, "", "", "added", "the ferries would run"}}},
		{"a deputy of an office, no name told apart: kept whole, not cut before of", "Deputy Head of Halden Harbor Operations said the port would reopen.",
			[]vspan{{Reported, "Deputy Head of Halden Harbor Operations", "Deputy Head of Halden Harbor Operations", "said", "the port would reopen"}}},
		{"a military unit is a body: the holder after it", "Deputy Commander of Halden Regiment Svyat Palomar spoke about the new patrol boats.",
			[]vspan{{Reported, "Deputy Commander of Halden Regiment Svyat Palomar", "Svyat Palomar", "spoke", "the new patrol boats"}}},
		{"two offices with their holders, joined", "Head of the Port Authority Ana Ruiz and Commander of the Harbor Brigade Tomas Varek said the port would reopen.",
			[]vspan{{Reported, "Head of the Port Authority Ana Ruiz and Commander of the Harbor Brigade Tomas Varek", "Ana Ruiz and Tomas Varek", "said", "the port would reopen"}}},
		{"a title of a place's town, no name", "Mayor of Portugal's Halden says the ferries will run.",
			[]vspan{{Reported, "Mayor of Portugal's Halden", "Mayor of Portugal's Halden", "says", "the ferries will run"}}},
		{"a title of a place, then the name", "President of Portugal Varga said the plan would work.",
			[]vspan{{Reported, "President of Portugal Varga", "Varga", "said", "the plan would work"}}},
		{"Head before no of", "There are thousands of Head Start grants, officials said.",
			[]vspan{{Reported, "officials", "officials", "said", "There are thousands of Head Start grants"}}},
		{"Head before no of, in a name", "Head Start Halden said the grants would resume.",
			[]vspan{{Reported, "Head Start Halden", "Head Start Halden", "said", "the grants would resume"}}},
		{"Commander before no of, in a name", "Commander Ferries said the crossing would reopen.",
			[]vspan{{Reported, "Commander Ferries", "Commander Ferries", "said", "the crossing would reopen"}}},
	})
}
