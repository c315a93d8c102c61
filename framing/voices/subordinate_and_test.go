package voices

import "testing"

// TestSubordinateAndPlural checks two readings of a sentence's words around a cue: a verb
// after "and" in a clause that a subordinator opens after the main clause shares that
// clause's subject, a name or a noun for people or a body, when the main clause has no
// cue of its own ("The pact collapsed when
// the Kuomintang betrayed the deal and proclaimed …" had the pact for source); and a
// plural after a determiner and a modifier is a noun before a past in -ed that no list
// knows ("The recent attacks penetrated the border" had "attacks" for cue and "The
// recent" for source). Each text is invented.
func TestSubordinateAndPlural(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"after when, and a verb", "The old pact collapsed when the Kuomintang betrayed the deal and proclaimed a new assembly.",
			[]vspan{{Reported, "the Kuomintang", "Kuomintang", "proclaimed", "a new assembly"}}},
		{"a cue in the main clause", "Ruiz warned of delays when the storm hit and added that the ferry would stop.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "warned", "delays when the storm hit"}, {Reported, "Ruiz", "Ruiz", "added", "the ferry would stop"}}},
		{"after after, a phrase with no verb", "The council met after the storm on Monday and announced a new toll.",
			[]vspan{{Reported, "The council", "the council", "announced", "a new toll"}}},
		{"after when, a subject that names no speaker", "The council met when the storm hit the bay and announced a new toll.",
			[]vspan{{Reported, "The council", "the council", "announced", "a new toll"}}},
		{"after because, a body", "The talks stalled because the union left and said the offer was an insult.",
			[]vspan{{Reported, "the union", "the union", "said", "the offer was an insult"}}},
		{"after because, a plural of people", "The talks stalled because the dockers left and said the offer was an insult.",
			[]vspan{{Reported, "the dockers", "the dockers", "said", "the offer was an insult"}}},
		{"after before, people and no verb", "The council met before the dockers on Monday and announced a new toll.",
			[]vspan{{Reported, "The council", "the council", "announced", "a new toll"}}},
		{"a passive in the subordinate clause", "The stunt was staged, as some of the passengers had been recruited and told what to say.", nil},
		{"after after, a phrase with no verb, a place", "The council met after a night of talks in Halden and announced a new toll.",
			[]vspan{{Reported, "The council", "the council", "announced", "a new toll"}}},
		{"the sentence's subject a person", "Marek wept when Ruiz won the vote and said he would retire.",
			[]vspan{{Reported, "Marek", "Marek", "said", "he would retire"}}},
		{"a progressive, not a passive", "The talks faltered while the generals were meeting and announced a truce.",
			[]vspan{{Reported, "the generals", "the generals", "announced", "a truce"}}},
		{"a plural before a past and a preposition", "The new charges leveled against Mr. Ruiz were dropped.", nil},
		{"a plural before a past and an adverb", "The recent attacks penetrated only a few miles.", nil},
		{"a present in -s before an adjective and its noun", "The charity reports heightened demand for food in Halden.",
			[]vspan{{Reported, "The charity", "the charity", "reports", "heightened demand for food in Halden"}}},
		{"a plural before a past no list knows", "The recent attacks penetrated the border.", nil},
		{"a verb after a subject without a modifier", "The union claims penalized voters were misled.",
			[]vspan{{Reported, "The union", "the union", "claims", "penalized voters were misled"}}},
	})
}
