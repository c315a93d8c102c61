package voices

import "testing"

// TestVerbAfterHead checks the subject of a verb after "and" that shares the subject of a
// verb in -ed before it: the subject ends before that verb when an object follows it
// ("The organizers prepared 5,000 flags and said …" is the organizers', not "the
// organizers prepared 5,000 flags"), after a plural, a name, or a noun after a determiner;
// a word in -ed stays a modifier after a determiner, a possessive, a quantifier or an
// adverb. Each sentence is invented.
func TestVerbAfterHead(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"after a plural with a determiner, before a number", "The organizers prepared 5,000 paper flags and said the rally would be peaceful.",
			[]vspan{{Reported, "The organizers", "the organizers", "said", "the rally would be peaceful"}}},
		{"after a singular with a determiner, before a name", "The report absolved Ana Ruiz and said the port was safe.",
			[]vspan{{Reported, "The report", "the report", "said", "the port was safe"}}},
		{"after a plural after a name, before a noun", "Halden dockers mounted huge protests and said the port would close.",
			[]vspan{{Reported, "Halden dockers", "Halden dockers", "said", "the port would close"}}},
		{"a modifier after a possessive", "The ministry's leaked memo reached the council and said the port would close.",
			[]vspan{{Reported, "The ministry's leaked memo", "the ministry's leaked memo", "said", "the port would close"}}},
		{"a modifier after a quantifier", "Many frustrated young voters said the port would close.",
			[]vspan{{Reported, "Many frustrated young voters", "Many frustrated young voters", "said", "the port would close"}}},
		{"after a singular with a determiner, before a noun", "The guild changed course on Sunday and said the port would reopen.",
			[]vspan{{Reported, "The guild", "the guild", "said", "the port would reopen"}}},
		{"a modifier after a singular noun, before a noun", "A billionaire retired investor bought the port and said it would grow.",
			[]vspan{{Reported, "A billionaire retired investor", "a billionaire retired investor", "said", "it would grow"}}},
		{"a phrase after its verb", "\"I voted for the port,\" said a 65-year-old retired doctor leaving the hall.",
			[]vspan{{Quote, "a 65-year-old retired doctor", "a 65-year-old retired doctor", "said", "I voted for the port,"}}},
	})
}

// TestHeadlineBareTitle checks that a headline's bare title in lower case ("…, minister
// says") stands for the one person the text names with that title qualified ("Defence
// Minister Ivo Marek"), when no one holds it bare; with two such holders, outside the
// headline, or capitalized ("Minister: …", see TestBareTitleReviewCol27) it stays as
// written. Each text is invented; a blank line ends the headline.
func TestHeadlineBareTitle(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"one holder of the office qualified", "Valdora wants the port reopened, minister says\n\nValdoran Defence Minister Ivo Marek said on Monday that the port must reopen.",
			[]vspan{{Reported, "minister", "Ivo Marek", "says", "Valdora wants the port reopened"}, {Reported, "Valdoran Defence Minister Ivo Marek", "Ivo Marek", "said", "the port must reopen"}}},
		{"two holders", "Valdora wants the port reopened, minister says\n\nDefence Minister Ivo Marek and Trade Minister Ana Ruiz met on Monday.",
			[]vspan{{Reported, "minister", "minister", "says", "Valdora wants the port reopened"}}},
		{"capitalized", "Minister says the port must reopen\n\nValdoran Defence Minister Ivo Marek spoke on Monday.",
			[]vspan{{Reported, "Minister", "Minister", "says", "the port must reopen"}}},
		{"not in the headline", "Valdora wants the port reopened\n\nThe port must reopen, minister says. Defence Minister Ivo Marek spoke on Monday.",
			[]vspan{{Reported, "Valdora", "Valdora", "wants", "the port reopened"}, {Reported, "minister", "minister", "says", "The port must reopen"}}},
	})
}

// TestWeakVerbAfterNames checks that a reporting verb that is a noun too ("claim", "term",
// "call") is a verb after names joined by "and" that open the clause ("Ruiz and Marek
// claim …") and after a plural with a phrase after "of" that opens it ("Opponents of the
// toll claim …"), as after one name in -s or a pronoun; not after a name inside a
// phrase, nor after a plural that is a verb too ("The terms of the deal call for …").
// Each sentence is invented.
func TestWeakVerbAfterNames(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"two names", "Ruiz and Marek claim the plan failed.",
			[]vspan{{Reported, "Ruiz and Marek", "Marek and Ruiz", "claim", "the plan failed"}}},
		{"two full names", "Ana Ruiz and Ivo Marek claim the plan failed.",
			[]vspan{{Reported, "Ana Ruiz and Ivo Marek", "Ana Ruiz and Ivo Marek", "claim", "the plan failed"}}},
		{"two names, a naming verb", "Ruiz and Marek term the plan \"a giveaway.\"",
			[]vspan{{Reported, "Ruiz and Marek", "Marek and Ruiz", "term", "the plan"}, {Quote, "Ruiz and Marek", "Marek and Ruiz", "term", "a giveaway."}}},
		{"names inside a phrase", "Talks between Ruiz and Marek call for a pause.", nil},
		{"a plural with a phrase after of", "Opponents of the toll claim the plan failed.",
			[]vspan{{Reported, "Opponents of the toll", "Opponents of the toll", "claim", "the plan failed"}}},
		{"a plural after a determiner with a phrase after of, a naming verb", "The critics of the toll brand it \"a giveaway.\"",
			[]vspan{{Reported, "The critics of the toll", "the critics of the toll", "brand", "it"}, {Quote, "The critics of the toll", "the critics of the toll", "brand", "a giveaway."}}},
		{"a noun that is a verb too before of", "The terms of the deal call for a pause.", nil},
		{"a noun before a noun after of", "Leaders of the former protest movement were barred from the vote.", nil},
		{"a verb phrase between of and the verb", "Mr. Ruiz offered words of encouragement but did not promise the aid that Marek wants.", nil},
	})
}
