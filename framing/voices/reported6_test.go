package voices

import "testing"

// TestReportedIssue18 covers rules of the reported-speech pass added for issue 18
// (indirect speech on PolNeAR), each in sentences written for this test.
func TestReportedIssue18(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"an evidential after a relative pronoun", "The final, which is expected to sell out, starts at noon. Fans who seem to be tired left early.",
			[]vspan{{Reported, "", "", "is expected", "to sell out"}, {Reported, "", "", "seem", "to be tired"}}},
		{"an evidential after but shares the clause's subject", "The mayor left for the coast but is expected to return in May.",
			[]vspan{{Reported, "", "", "is expected", "to return in May"}}},
		{"also between be and the evidential", "Other guilds are also expected to pay thousands for ferries.",
			[]vspan{{Reported, "", "", "are also expected", "to pay thousands for ferries"}}},
		{"and or but before an evidential with no clause before is no subject", "And is expected to rain.", nil},
		{"a second verb of saying after and has its own content", "Ruiz praised the plan and said the port would close. Ortiz said the dock was safe and then added that it would reopen.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "praised", "the plan"}, {Reported, "Ruiz", "Ruiz", "said", "the port would close"},
				{Reported, "Ortiz", "Ortiz", "said", "the dock was safe and then added that it would reopen"}}},
		{"a verb of saying after and whose content has its own subject is the content's",
			"Police said the driver crossed the bridge and told the guard that he had a permit. Ruiz told Ortiz, who closed the gate and said she would stay.",
			[]vspan{{Reported, "Police", "Police", "said", "the driver crossed the bridge and told the guard that he had a permit"}}},
		{"a verb of thinking after and with that has its own content", "Ortiz said he heard the alarm and suspected that the dock was on fire.",
			[]vspan{{Reported, "Ortiz", "Ortiz", "said", "he heard the alarm"}, {Reported, "Ortiz", "Ortiz", "suspected", "the dock was on fire"}}},
		{"a passive of seeing as with a subject the phrase reader cannot delimit", "His choice to work for the mayor in 2008 was seen as a betrayal.",
			[]vspan{{Reported, "", "", "seen as", "His choice to work for the mayor in 2008"}, {Reported, "", "", "seen as", "a betrayal"}}},
		{"a passive of seeing as by a quantifier alone", "The plan was seen by some as a defeat for him.",
			[]vspan{{Reported, "", "", "seen", "The plan"}, {Reported, "", "", "seen", "a defeat for him"}}},
		{"a noun of speech in the subject has its content end at the sentence's verb in -ed", "His support for the mayor surprised the board. The union voiced support for a plan backed by the council.",
			[]vspan{{Reported, "", "", "support", "the mayor"}, {Reported, "The union", "the union", "support", "a plan backed by the council"}}},
		{"after a trailing according to, a partitive apposition, a dash, where or even as are no content",
			"The union closed two stores, according to the port workers' union, one of the unions at the dock. " +
				"The mayor holds a lead in the city, according to an average of polls, where 40 seats are at stake. " +
				"The levy would raise $1 billion, according to the city's budget office - a tenth of its spending. " +
				"The mayor won by 20 points, according to the union, even as older voters favored her rival.",
			[]vspan{{Reported, "the port workers' union", "the port workers' union", "according to", "The union closed two stores"},
				{Reported, "an average", "an average", "according to", "The mayor holds a lead in the city"},
				{Reported, "the city's budget office", "the city's budget office", "according to", "The levy would raise $1 billion"},
				{Reported, "the union", "the union", "according to", "The mayor won by 20 points"}}},
		{"a dash that closes one opened before according to goes on with the sentence",
			"Many voters - who made up half the turnout, according to a survey - back the levy.",
			[]vspan{{Reported, "a survey", "a survey", "according to", "Many voters - who made up half the turnout"},
				{Reported, "a survey", "a survey", "according to", "back the levy"}}},
		{"an infinitive of saying has the sentence's subject for source and a clause for content",
			"Ruiz stood at the pier to say the port would close. Ortiz met the board, but only to tell the members that the dock was safe.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "say", "the port would close"}, {Reported, "Ortiz", "Ortiz", "tell", "the dock was safe"}}},
		{"an infinitive of saying after an object, yet or a negation has no source",
			"The weather forced the crews to say the bridge was closed. The rules allow the board to say the dock is shut. Ortiz has yet to say whether he will stay. Ruiz did not stop to say the pier would open.",
			nil},
		{"an infinitive of saying after be or with an object is no attribution",
			"It is too early to say whether the levy will pass. Ruiz took the stage to acknowledge his victory.",
			nil},
		{"a quantity that opens its clause is the subject", "One says the port will close, while another says it will stay open. Many fear the dock will flood.",
			[]vspan{{Reported, "", "", "says", "the port will close"}, {Reported, "", "", "says", "it will stay open"}, // no one named (TestSpeakerNamesNoOne)
				{Reported, "", "", "fear", "the dock will flood"}}},
		{"a quantity after and ends the content before it", "One said the pier would open and another said it would stay shut. Many hope the levy will pass and others think it will fail.",
			[]vspan{{Reported, "", "", "said", "the pier would open"}, {Reported, "", "", "said", "it would stay shut"},
				{Reported, "", "", "hope", "the levy will pass"}, {Reported, "", "", "think", "it will fail"}}},
		{"a generic one with a modal is no source", "One could say the levy is too high. One might argue that the pier is unsafe.", nil},
		{"a singular quantity before a bare form or a verb of naming is no subject", "One reason is money. One firm sold the port, and another called Vista bought it.", nil},
		// "said nothing." is no content at all (see TestNegativeObject).
		{"little after a verb of saying is its object, not an inverted source", "At the hearing on Friday, Ortiz, in a red coat, said little.",
			[]vspan{{Reported, "Ortiz", "Ortiz", "said", "little"}}},
		{"nothing after a verb of saying is no inverted source", "At the hearing on Friday, Ortiz, in a red coat, said nothing.", nil},
		{"would like to is a wish", "The council would like to trim the payroll. The mayor wouldn't like to see the port close.",
			[]vspan{{Reported, "The council", "the council", "would like", "to trim the payroll"},
				{Reported, "The mayor", "the mayor", "wouldn't like", "to see the port close"}}},
		{"would like to in a relative clause ends before the sentence's verb", "Anyone who would like to attend must sign up by noon.",
			[]vspan{{Reported, "", "", "would like", "to attend"}}},
		{"like without would, or before a noun phrase, is no wish", "Ruiz would like the plan. They like to swim. It would look like to the north.", nil},
		{"a question put to the reader reports no one", "Do you support the mayor? What do you think of the plan?", nil},
		{"a statement with you is no question", "You said the port would close.",
			[]vspan{{Reported, "", "", "said", "the port would close"}}},
		{"a participle after a verb of aspect has that verb's subject for source", "Ruiz began talking about the port. The unions kept asking for a raise.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "talking", "the port"}, {Reported, "The unions", "the unions", "asking", "a raise"}}},
		{"a participle after another verb or a singular noun is no attribution", "Ruiz spent the morning arguing about the port.", nil},
		{"a participle after a plural or a time that a verb of sending takes is the sentence subject's, to the end of its clause",
			"The unions have filed motions calling for a recount, and the mayor agreed. Ruiz mailed the flyers last week urging the board to act.",
			[]vspan{{Reported, "The unions", "the unions", "calling", "a recount"}, {Reported, "Ruiz", "Ruiz", "urging", "the board to act"}}},
		{"a participle after a plural or a time that no verb of sending takes is no attribution",
			"The mayor painted signs warning drivers to slow down. The unions gained members last year protesting the fees.", nil},
		{"a verb of saying after and without a clause is the content's", "Ruiz said the company grew and added jobs.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the company grew and added jobs"}}},
	})
}

// TestReportedCapitalizedObjectWord checks that a word of notSources in capitals after a
// verb of saying is read as an inverted source, a name ("said Little"), not as an object.
// Only the source as written is checked: its canonical form is the resolver's.
func TestReportedCapitalizedObjectWord(t *testing.T) {
	text := "The port, said Little, will close."
	spans := Quotes(text, "english")
	if len(spans) == 0 {
		t.Fatalf("no spans in %q", text)
	}
	for _, sp := range spans {
		if sp.Speaker != "Little" {
			t.Errorf("span %q: speaker %q, want %q", text[sp.Start:sp.End], sp.Speaker, "Little")
		}
	}
}
