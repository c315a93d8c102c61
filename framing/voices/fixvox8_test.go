package voices

import "testing"

// Cases a review of the rules for reported speech and speakers found wrong, each in an
// invented sentence, with what a reader takes from it.

// TestObjectGapNeedsAVerb checks that a pronoun after a common noun opens a relative
// clause only when the noun is a verb's object ("dropped the levies it once supported"),
// not when it is the object of a preposition that opens the sentence: there the pronoun
// is the subject and its verb has a content.
func TestObjectGapNeedsAVerb(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a phrase of place", "Ana Ruiz toured the docks on Monday. At the rally she vowed to fight on.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "vowed", "to fight on"}}},
		{"a phrase of time", "After the meeting it agreed to delay the strike.",
			[]vspan{{Reported, "", "", "agreed", "to delay the strike"}}},
		{"a verb of support", "In the speech he endorsed the plan to close the port.",
			[]vspan{{Reported, "", "", "endorsed", "the plan to close the port"}}},
		{"a pledge", "In the statement it pledged to repay the loans.",
			[]vspan{{Reported, "", "", "pledged", "to repay the loans"}}},
		{"a duration", "For years she opposed the dam on the river.",
			[]vspan{{Reported, "", "", "opposed", "the dam on the river"}}},
		{"a noun after a verb still opens a relative clause",
			"The council dropped the levies it once supported, like the harbor fee.", nil},
		{"so does a noun that opens the sentence",
			"The loans she pledged to repay were large. The levy it pledged to repeal stayed.", nil},
		{"and a noun after a preposition inside the subject",
			"But the rift between Ruiz and the party she now aims to lead grew wider.", nil},
	})
}

// TestAdjunctKeepsComplement checks that a phrase of time or place after a verb's object
// ends the content only when nothing of the verb follows it: a complement after it ("for
// the floods", "as sabotage") keeps the phrase in, and a year that modifies the noun after
// it ("in 2020 deaths") is no time of the verb.
func TestAdjunctKeepsComplement(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a year before for", "Ruiz blamed Varga in 2019 for the floods.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "blamed", "Varga in 2019 for the floods"}}},
		{"during before of", "Ruiz accused Varga during the debate of lying about the dam.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "accused", "Varga during the debate of lying about the dam"}}},
		{"a year before as", "Ruiz described the strike in 2019 as sabotage.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "described", "the strike in 2019 as sabotage"}}},
		{"here before on", "Ruiz blamed the floods here on the dam.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "blamed", "the floods here on the dam"}}},
		{"here before for", "Ruiz praised the people here for their courage.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "praised", "the people here for their courage"}}},
		{"a year that modifies a noun", "Ruiz questioned the surge in 2020 deaths.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "questioned", "the surge in 2020 deaths"}}},
		{"a year that ends the phrase", "The guild backed Ruiz in 2012 at the convention.",
			[]vspan{{Reported, "The guild", "the guild", "backed", "Ruiz"}}},
		{"a place before a time", "The union endorsed Varga here on Sunday.",
			[]vspan{{Reported, "The union", "the union", "endorsed", "Varga"}}},
	})
}

// TestOpeningWordClosedList checks that only a word of a closed list (an adverb, a
// preposition's head) that opens a sentence before a comma is taken for no subject: a
// plural noun or a surname with a phrase after it is the subject that a later pronoun
// stands for.
func TestOpeningWordClosedList(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a plural noun before an adverb", "Farmers in the valley, meanwhile, met on Monday. They said the port should close.", "Farmers"},
		{"a plural noun before a place", "Teachers in Valdora, for their part, met. They said the port should close.", "Teachers"},
		{"a plural noun before along with", "Dockworkers from the south, along with Ruiz, met. They said the port should close.", "Dockworkers"},
		{"a surname before an apposition", "Okonkwo of the harbor board, a former pilot, met the board. He said the port should close.", "Okonkwo"},
		{"a plural noun before a relative clause", "Nurses at the clinic, who walked out, met. They said the port should close.", "Nurses"},
		{"an adverb of the list", "The rebels met. Meanwhile, they read the report. They said the port should close.", "The rebels"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakers(t, tc.text, Reported, tc.want)
		})
	}
}

// TestColonSpeakerWords checks the speaker of a quotation after a colon when the words
// before the colon are a headline's clause or a phrase whose head cannot speak: the first
// words up to those that can speak, or a possessor that can.
func TestColonSpeakerWords(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a role before a headline's verb", "Police chief breaks silence: “We made mistakes.”", "Police chief"},
		{"a group", "Police raid farm: “We found nothing.”", "Police"},
		{"persons after a capital", "Customs agents raid warehouse: “We found nothing.”", "Customs agents"},
		{"a role's verdict", "The mayor’s verdict: “We found nothing.”", "The mayor"},
		{"a body's response", "The union’s response: “We found nothing.”", "The union"},
		{"a pronoun's verdict", "Ana Ruiz spoke on Monday. Her verdict: “We found nothing.”", "Ana Ruiz"},
		{"no one who can speak", "Storm hits port: “We found nothing.”", ""},
		{"a body as the object", "Storm damages police depot: “We found nothing.”", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakers(t, tc.text, Quote, tc.want)
		})
	}
}

// TestPassiveOrderAgent checks that a passive of ordering or warning with "to" keeps its
// content: with an agent after "by", the agent's; without, a warning's, with no speaker;
// an order received with no agent reports no words.
func TestPassiveOrderAgent(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"urged by", "Residents were urged by the mayor to leave their homes.",
			[]vspan{{Reported, "the mayor", "the mayor", "urged", "to leave their homes"}}},
		{"ordered by", "Ruiz was ordered by the court to pay the fine.",
			[]vspan{{Reported, "the court", "the court", "ordered", "to pay the fine"}}},
		{"told by", "Residents were told by police to stay indoors.",
			[]vspan{{Reported, "police", "police", "told", "to stay indoors"}}},
		{"a warning with no agent", "Residents were warned to stay indoors.",
			[]vspan{{Reported, "", "", "warned", "to stay indoors"}}},
		{"an order with no agent", "The choir was instructed to start singing.", nil},
	})
}

// TestPassiveParticipleAfterSubject checks that a past participle with "by" after the
// subject ("backed by the union") leaves the subject the speaker of the verb after it.
func TestPassiveParticipleAfterSubject(t *testing.T) {
	checkSpans(t, "Ruiz backed by the union said the port would close.", "english",
		[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port would close"}})
	checkSpans(t, "Candidates supported by the union won.", "english", nil)
}
