package voices

import "testing"

// TestSubjectRelativeContent33 covers a verb of saying or thinking in a restrictive
// relative clause of the sentence's subject ("Voters who say …"): its content ends before
// the sentence's own verb, the last auxiliary or modal after a finite verb of the content
// (not a subordinate clause's verb, nor one with a subject of its own right before it,
// nor a participle or the month "May"); a relative clause in an apposition ends with its
// clause. Each sentence is written for this test.
func TestSubjectRelativeContent33(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"the sentence's verb after the content",
			"Voters who say the toll is fair are few in Halden.",
			[]vspan{{Reported, "Voters", "voters", "say", "the toll is fair"}}},
		{"a participle in the content's subject is no verb of its own",
			"Dockers who believe the barges seized by the navy will return are waiting.",
			[]vspan{{Reported, "Dockers", "Dockers", "believe", "the barges seized by the navy will return"}}},
		{"auxiliaries and an adverb before the verb",
			"Critics who have long said the pier is unsafe were vindicated on Monday.",
			[]vspan{{Reported, "Critics", "critics", "said", "the pier is unsafe"}}},
		{"a subordinate clause's verb is the content's",
			"Workers who say the pier is unsafe because the board has cut costs are angry.",
			[]vspan{{Reported, "Workers", "Workers", "say", "the pier is unsafe because the board has cut costs"}}},
		{"nor the verb of a subordinate clause after the sentence's",
			"Workers who say the pier is unsafe are angry because costs have risen.",
			[]vspan{{Reported, "Workers", "Workers", "say", "the pier is unsafe"}}},
		{"the month May is no modal",
			"Critics who said the levy passed in May was too high are angry.",
			[]vspan{{Reported, "Critics", "critics", "said", "the levy passed in May was too high"}}},
		{"a clause without that inside the content",
			"Voters who say they are sure the toll is fair are few.",
			[]vspan{{Reported, "Voters", "voters", "say", "they are sure the toll is fair"}}},
		{"a relative clause without who inside the content",
			"Voters who say the plan the board has drawn is fair are few.",
			[]vspan{{Reported, "Voters", "voters", "say", "the plan the board has drawn is fair"}}},
		{"the sentence's verb before a clause of its own",
			"Critics who said the pier was unsafe were told the board had lied.",
			[]vspan{{Reported, "Critics", "critics", "said", "the pier was unsafe"},
				{Reported, "", "", "told", "the board had lied"}}},
		{"a preposition's object before the sentence's verb",
			"Members who say they have fought for a new board do not attend.",
			[]vspan{{Reported, "Members", "Members", "say", "they have fought for a new board"}}},
		{"a relative clause in an apposition ends with its clause",
			"Ivo Marek, a rival who has argued the toll is unfair, said the pier was unsafe.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "argued", "the toll is unfair"},
				{Reported, "Ivo Marek", "Ivo Marek", "said", "the pier was unsafe"}}},
	})
}

// TestChannelOwner33 covers a channel or digest of a body named as the source ("the press
// service of …", "Summary of the …" in a headline): its words are its owner's, named
// without the channel; a channel of something that is no name keeps its phrase. Each
// sentence is written for this test.
func TestChannelOwner33(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"a press service", "The press service of the Halden Port Authority said the pier would close.", "Halden Port Authority"},
		{"a channel with its platform's name", "The Telegram channel of the Valdora Harbor Board said the ferries were late.", "Valdora Harbor Board"},
		{"a body's name with a channel's noun in it", "The Security Service of Valdora said the pier would close.", "Security Service of Valdora"},
		{"an account of an event keeps its phrase", "An account of the Battle of Halden said the pier burned.", "an account of the Battle of Halden"},
		{"a website", "The website of the Halden Gazette reported the closure.", "Halden Gazette"},
		{"a digest of no name keeps its phrase", "A summary of the annual audit said the pier would close.", "a summary of the annual audit"},
	} {
		t.Run(c.name, func(t *testing.T) { checkCanonical32(t, c.text, Reported, c.want) })
	}
}

// TestChannelOwnerHeadline33: a headline that names a body's digest before a colon, the
// body named again in the text, is the body's.
func TestChannelOwnerHeadline33(t *testing.T) {
	text := "Summary of Harbor Command: the barges left the port\n\nHarbor Command reported the losses on Monday."
	var got []string
	for _, s := range Quotes(text, "english") {
		if s.Voice == Reported {
			got = append(got, s.Canonical)
		}
	}
	if len(got) != 2 || got[0] != "Harbor Command" || got[1] != "Harbor Command" {
		t.Errorf("canonical names %q, want both \"Harbor Command\"", got)
	}
}

// TestThingThreatens33 covers "threaten" and "promise" whose subject cannot speak (a
// crisis, a storm, a season): what the thing bodes is the author's own words, no
// attribution, read neither as a verb nor as a noun of speech; a person, a group, a
// body, a role, a partitive of people or the owner of a thing still threaten and
// promise. Each sentence is written for this test.
func TestThingThreatens33(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a dispute", "The dispute threatens to split the coalition.", nil},
		{"a storm, in the past", "The storm threatened to flood the harbor.", nil},
		{"plural things, the verb's base form", "Rising costs threaten to push the port into debt.", nil},
		{"a plan's promise, not a noun of speech", "The plan promises to cut costs.", nil},
		{"plural things promise", "The figures promise to get worse by winter.", nil},
		{"a body", "The union threatened to strike on Monday.",
			[]vspan{{Reported, "The union", "the union", "threatened", "to strike on Monday"}}},
		{"a group noun", "The opposition threatened to walk out of the council.",
			[]vspan{{Reported, "The opposition", "the opposition", "threatened", "to walk out of the council"}}},
		{"the noun before a preposition heads the subject", "The owner of the pier threatened to close it.",
			[]vspan{{Reported, "The owner of the pier", "the owner of the pier", "threatened", "to close it"}}},
		{"a partitive of people", "In Halden, many of the dockers threatened to strike.",
			[]vspan{{Reported, "many of the dockers", "many of the dockers", "threatened", "to strike"}}},
		{"a plural in -ies", "The authorities threatened to fine the barge owners.",
			[]vspan{{Reported, "The authorities", "the authorities", "threatened", "to fine the barge owners"}}},
		{"a participle with its own complement", "Rebels aligned with the council threatened to seize the port.",
			[]vspan{{Reported, "Rebels aligned with the council", "Rebels aligned with the council", "threatened", "to seize the port"}}},
	})
}
