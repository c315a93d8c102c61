package voices

import "testing"

// TestCue15 covers the attribution defects listed under issue 18's leftovers, each in
// sentences written for this test, with rows where the rule must not fire.
func TestCue15(t *testing.T) {
	runSpanCases(t, []spanCase{
		// A verb of stance keeps its subject when an adverb in -ly stands between them.
		{"stance without an adverb", "The policy supports farmers.",
			[]vspan{{Reported, "The policy", "the policy", "supports", "farmers"}}},
		{"stance after an adverb in -ly", "The policy directly supports farmers.",
			[]vspan{{Reported, "The policy", "the policy", "supports", "farmers"}}},
		{"a person's stance after an adverb in -ly", "Ana Ruiz openly backs the plan.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "backs", "the plan"}}},
		{"an adverb before a verb of no stance", "The policy directly affects farmers.", nil},

		// PolNeAR annotates a verb of announcing with a noun for object as a cue, the
		// noun phrase as content ("announced his candidacy").
		{"announced with a noun for object", "The mayor announced his resignation.",
			[]vspan{{Reported, "The mayor", "the mayor", "announced", "his resignation"}}},
		{"announced with a clause for object", "The mayor announced that she would resign.",
			[]vspan{{Reported, "The mayor", "the mayor", "announced", "she would resign"}}},
		{"a verb of no saying with a noun for object", "The mayor delayed his resignation.", nil},
		{"announced as an adjective", "The announced resignation of the mayor shocked the town.", nil},

		// A noun of saying after a number before a colon is the object of the clause's
		// verb, as after a determiner: the cue runs from the verb to the colon (PolNeAR's
		// cue, as in "had a thought:"), whether or not the noun is also a verb's form.
		{"a noun of saying that is no verb's form", "Ivo Marek had one reply: “No.”",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", "had one reply", "No."}}},
		{"a noun in -ing after a number", "Ivo Marek on Tuesday had one warning: “Do not sell the pier.”",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", "had one warning", "Do not sell the pier."}}},
		{"a noun in -ing after a number and a known verb", "Ivo Marek offered one warning: “Do not sell the pier.”",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", "offered one warning", "Do not sell the pier."}}},
		{"a participle after a verb is the verb", "Ivo Marek kept warning: “Do not sell the pier.”",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", "warning", "Do not sell the pier."}}},
		// A name right before the colon after a preposition is its object, not the
		// speaker: the sentence's subject speaks.
		{"a name after a preposition before the colon", "The council had one warning for Ivo Marek: “Do not sell the pier.”",
			[]vspan{{Quote, "The council", "the council", ":", "Do not sell the pier."}}},
		{"a name before the colon in a clause without a reporting verb", "The delay does not worry Ivo Marek: “We have time.”",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", ":", "We have time."}}},
		{"a participle after a number that opens its clause", "Ivo Marek sent two letters, one warning that the pier would fall.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "warning", "the pier would fall"}}},
		// "One" after "the", "only" or "no" is a pronoun, the subject of the verb after it.
		{"the only one and a participle", "Ivo Marek was the only one warning that the pier would fall.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "warning", "the pier would fall"}}},
		{"the one and a participle", "Ivo Marek is the one saying the pier is safe.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "saying", "the pier is safe"}}},
		{"not the only one and a participle", "Ruiz was not the only one arguing that the plan would fail.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "arguing", "the plan would fail"}}},
		// Only "for" makes the name before the colon an object: after "from" or "to",
		// the name is who speaks.
		{"a name after for, a noun of saying before", "The council had one question for Ivo Marek: “Will you sell?”",
			[]vspan{{Quote, "The council", "the council", ":", "Will you sell?"}}},
		{"a name after for, no noun of saying before", "The vote was a big win for Ivo Marek: “We will not sell.”",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", ":", "We will not sell."}}},
		{"a name after from", "The first reply came from Ana Ruiz: “No, we will not sell.”",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", ":", "No, we will not sell."}}},
		{"a titled name after from", "The sharpest objection came from Halden Mayor Ana Ruiz: “We will not sell.”",
			[]vspan{{Quote, "Halden Mayor Ana Ruiz", "Ana Ruiz", ":", "We will not sell."}}},
		{"a name after belonged to", "The last word belonged to Ivo Marek: “We will not sell.”",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", ":", "We will not sell."}}},
		{"a name after from, a noun opening the sentence", "Praise came from Ivo Marek: “We will not sell.”",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", ":", "We will not sell."}}},

		// A naming verb read as a passive names no one as speaker: the noun before it is
		// what is named. A headline's past right before its quotation is such a passive
		// (a headline's active verb is in the present). Without an agent, the quotation
		// is as any short one no one is said to speak: a title when capitalized as one,
		// else a scare quote.
		{"a headline's naming past", "Harbor Deal Dubbed “A Giveaway”\n\nThe council met on Monday.",
			[]vspan{{Title, "", "", "dubbed", "A Giveaway"}}},
		{"a naming passive with as and no agent", "The quay, often labeled as “the living room,” was empty.",
			[]vspan{{Scare, "", "", "labeled as", "the living room,"}}},
		{"a headline's naming present", "Ruiz Dubs Harbor Deal “A Giveaway”\n\nThe council met on Monday.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "dubs", "Harbor Deal"}, {Quote, "Ruiz", "Ruiz", "dubs", "A Giveaway"}}},
		{"a headline's naming past with its object", "Ruiz Called It “A Giveaway”\n\nThe council met on Monday.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "called", "It"}, {Quote, "Ruiz", "Ruiz", "called", "A Giveaway"}}},
		{"a naming participle after its noun", "The pier, dubbed “the long walk,” opened on Monday.",
			[]vspan{{Scare, "", "", "dubbed", "the long walk,"}}},
		{"an active naming verb after an aside", "Ana Ruiz, 54, dubbed “the long walk” the pier that opened on Monday.",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "dubbed", "the long walk"}}},
		{"an active naming verb after a subject's apposition", "The pier opened in what Ana Ruiz, the harbor chief, dubbed “the long walk.”",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "dubbed", "the long walk."}}},

		// The agent after "by" of a naming verb read as a passive is who names the
		// quotation: PolNeAR's source. A time or a place after "by" is none.
		{"a headline's agent", "Harbor Deal Dubbed “A Giveaway” by Critics\n\nThe council met on Monday.",
			[]vspan{{Quote, "Critics", "critics", "dubbed", "A Giveaway"}}},
		{"a participle's agent", "The pier, dubbed “the long walk” by locals, opened on Monday.",
			[]vspan{{Quote, "locals", "locals", "dubbed", "the long walk"}}},
		{"a participle's agent after an object", "Ruiz opposed the plan, dubbed “Harbor First” by its backers, in the council.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "opposed", "the plan"}, {Quote, "its backers", "its backers", "dubbed", "Harbor First"}}},
		{"a participle's agent after the object of a verb of no saying", "The council passed the levy, called “a harbor tax” by critics, on Monday.",
			[]vspan{{Quote, "critics", "critics", "called", "a harbor tax"}}},
		{"a participle's agent after the object of a cue", "Ruiz told the council about the plan, dubbed “Harbor First” by its backers, on Monday.",
			[]vspan{{Quote, "its backers", "its backers", "dubbed", "Harbor First"}}},
		{"a passive's agent", "The plan was called “a giveaway” by Ana Ruiz, the mayor.",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "called", "a giveaway"}}},
		{"a time after by", "The plan was dubbed “a giveaway” by Friday.",
			[]vspan{{Scare, "", "", "dubbed", "a giveaway"}}},
		{"a place after by", "The plan was dubbed “a giveaway” by the sea.",
			[]vspan{{Scare, "", "", "dubbed", "a giveaway"}}},
		// Only a head that can speak is an agent: not any plural, nor any capitalized word.
		{"a measure after by", "The plan was called “a giveaway” by all accounts.",
			[]vspan{{Scare, "", "", "called", "a giveaway"}}},
		{"an estimate after by", "The plan was called “a giveaway” by some estimates.",
			[]vspan{{Scare, "", "", "called", "a giveaway"}}},
		{"a count after by", "The plan was called “a giveaway” by the hundreds.",
			[]vspan{{Scare, "", "", "called", "a giveaway"}}},
		{"a margin after by", "The plan was called “a giveaway” by two votes.",
			[]vspan{{Scare, "", "", "called", "a giveaway"}}},
		{"a town's standards after by", "The plan was called “a giveaway” by Halden standards.",
			[]vspan{{Scare, "", "", "called", "a giveaway"}}},
		{"a feast after by", "The plan was called “a giveaway” by Christmas.",
			[]vspan{{Scare, "", "", "called", "a giveaway"}}},
		{"a town after by", "The plan was called “a giveaway” by Halden.",
			[]vspan{{Scare, "", "", "called", "a giveaway"}}},
		{"an object pronoun after by is not read", "The plan was called “a giveaway” by him.",
			[]vspan{{Scare, "", "", "called", "a giveaway"}}},
		{"a last name after its full name", "Ana Ruiz spoke first. The plan was called “a giveaway” by Ruiz.",
			[]vspan{{Quote, "Ruiz", "Ana Ruiz", "called", "a giveaway"}}},
		{"a last name alone", "The plan was called “a giveaway” by Ruiz.",
			[]vspan{{Scare, "", "", "called", "a giveaway"}}},
		{"a people's plural after by", "The plan was called “a giveaway” by Haldenians.",
			[]vspan{{Quote, "Haldenians", "Haldenians", "called", "a giveaway"}}},
		{"a participle set off by dashes", "The pier — often labeled as a “long walk” by locals — opened on Monday.",
			[]vspan{{Quote, "locals", "locals", "labeled as", "long walk"}}},
		// A work's title keeps its voice whoever named it, on either path.
		{"a novel's title after a comma", "The novel, called “Harbor Lights” by its author, won a prize.",
			[]vspan{{Title, "", "", "called", "Harbor Lights"}}},
		{"a film's title after was", "The film was called “Harbor Lights” by its director.",
			[]vspan{{Title, "", "", "called", "Harbor Lights"}}},
		{"a film called a word in lower case", "The film was called “a masterpiece” by critics.",
			[]vspan{{Quote, "critics", "critics", "called", "a masterpiece"}}},
		{"a passive's agent before a quotation in title case", "The pier was called “The Long Walk” by locals.",
			[]vspan{{Quote, "locals", "locals", "called", "The Long Walk"}}},
		{"a title's author after by", "The report, titled “Harbor Futures” by the Halden Institute, came out on Monday.",
			[]vspan{{Title, "", "", "titled", "Harbor Futures"}}},
		{"a naming verb without a comma before a byline", "A song called “Harbor Lights” by the band opened the show.",
			[]vspan{{Title, "", "", "called", "Harbor Lights"}}},
		{"an active naming verb keeps its subject", "Critics dubbed the plan “a giveaway.”",
			[]vspan{{Reported, "Critics", "critics", "dubbed", "the plan"}, {Quote, "Critics", "critics", "dubbed", "a giveaway."}}},

		// A description before joint names stays in the speaker as written; the
		// canonical name is the names' alone, on either side of the verb.
		{"a description before joint names, subject first", "Harbor chiefs Ana Ruiz and Ivo Marek said the pier would close.",
			[]vspan{{Reported, "Harbor chiefs Ana Ruiz and Ivo Marek", "Ana Ruiz and Ivo Marek", "said", "the pier would close"}}},
		{"a description before joint names after the verb", "“It is over,” said the harbor chiefs Ana Ruiz and Ivo Marek.",
			[]vspan{{Quote, "the harbor chiefs Ana Ruiz and Ivo Marek", "Ana Ruiz and Ivo Marek", "said", "It is over,"}}},
		{"joint names without a description after the verb", "“It is over,” said Ivo Marek and Ana Ruiz.",
			[]vspan{{Quote, "Ivo Marek and Ana Ruiz", "Ana Ruiz and Ivo Marek", "said", "It is over,"}}},

		// "The X and Y" is two sources, each made canonical on its own, not as the joined
		// phrase that ends in it, and joined in byte order whatever the text's order.
		{"a body's name with and before the verb", "“It is over,” the Halden Post and Courier reported.",
			[]vspan{{Quote, "the Halden Post and Courier", "Courier and Halden Post", "reported", "It is over,"}}},
		{"a body's name with and opening its sentence", "The Halden Post and Courier reported that the pier would close.",
			[]vspan{{Reported, "The Halden Post and Courier", "Courier and Halden Post", "reported", "the pier would close"}}},
		{"a body's name with and after the verb", "“It is over,” said the Halden Post and Courier.",
			[]vspan{{Quote, "the Halden Post and Courier", "Courier and Halden Post", "said", "It is over,"}}},
		{"a possessive description before joint names", "“It is over,” said the Halden Institute’s Ana Ruiz and Ivo Marek.",
			[]vspan{{Quote, "the Halden Institute’s Ana Ruiz and Ivo Marek", "Ana Ruiz and Ivo Marek", "said", "It is over,"}}},
		{"two bodies, each with its article", "“It is over,” the Senate and the House said.",
			[]vspan{{Quote, "the Senate and the House", "House and Senate", "said", "It is over,"}}},
		{"two bodies, one article", "“It is over,” said the Senate and House.",
			[]vspan{{Quote, "the Senate and House", "House and Senate", "said", "It is over,"}}},
		{"two bodies, one article, the other order", "“It is over,” said the House and the Senate.",
			[]vspan{{Quote, "the House and the Senate", "House and Senate", "said", "It is over,"}}},
		{"a body and a town", "“It is over,” said the Harbor Board and Halden.",
			[]vspan{{Quote, "the Harbor Board and Halden", "Halden and Harbor Board", "said", "It is over,"}}},
		{"a town and a body", "“It is over,” said Halden and the Harbor Board.",
			[]vspan{{Quote, "Halden and the Harbor Board", "Halden and Harbor Board", "said", "It is over,"}}},
		{"a body and a person", "“It is over,” said the Commission and Ivo Marek.",
			[]vspan{{Quote, "the Commission and Ivo Marek", "Commission and Ivo Marek", "said", "It is over,"}}},
	})
}
