package voices

import "testing"

// TestRecordRubric36 covers a headline that opens with a record's noun alone and a colon
// (recordRubric): "Poll: …", "Report: …" cite the poll or report for what follows, though
// the text names it again only in lower case, if at all. Further on, or with another
// word before the colon that the text never names again, it is no content. Each text is
// written for this test.
func TestRecordRubric36(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a poll's headline",
			"Poll: Mara Quist Pulls Ahead of Ivo Tamm in Lower Halden.\n\nThe ferry workers met on Monday.",
			[]vspan{{Reported, "Poll", "Poll", ":", "Mara Quist Pulls Ahead of Ivo Tamm in Lower Halden"}}},
		{"a report's headline",
			"Report: Harbor board to delay the new levy until spring.\n\nThe ferry workers met on Monday.",
			[]vspan{{Reported, "Report", "Report", ":", "Harbor board to delay the new levy until spring"}}},
		{"not after the first paragraph",
			"The ferry workers met.\n\nPoll: Mara Quist pulls ahead of Ivo Tamm in Lower Halden.",
			nil},
		{"another rubric the text never names again",
			"Bombshell: Mara Quist pulls ahead of Ivo Tamm in Lower Halden.\n\nThe ferry workers met on Monday.",
			nil},
	})
}

// TestTranscriptLine36 covers a transcript's lines further on than the first paragraph
// (transcriptLine): a paragraph that opens with a name and a colon is that speaker's
// words, to the paragraph's end, when two speakers or more open paragraphs so and this
// one opens two of them, up to another speaker's name and colon inside the paragraph (a
// lost paragraph break); a sentence of the line with a cue of its own keeps its own
// attribution. A name that opens one paragraph only is a label or a list's
// item, and a letter alone an interview's question or answer. Each text is written for
// this test.
func TestTranscriptLine36(t *testing.T) {
	const transcript = "The panel met on Sunday.\n\n" +
		"Lena Varga: The ferry levy will not pass this spring.\n\n" +
		"Ivo Marek: Nobody in the valley will pay it anyway.\n\n" +
		"Varga: Well, the mayor has not counted the votes. She will lose.\n\n" +
		"Marek: Then the port stays closed until June."
	runSpanCases(t, []spanCase{
		{"a transcript of two speakers",
			transcript,
			[]vspan{
				{Reported, "Lena Varga", "Lena Varga", ":", "The ferry levy will not pass this spring"},
				{Reported, "Ivo Marek", "Ivo Marek", ":", "Nobody in the valley will pay it anyway"},
				{Reported, "Varga", "Lena Varga", ":", "Well, the mayor has not counted the votes"},
				{Reported, "Varga", "Lena Varga", ":", "She will lose"},
				{Reported, "Marek", "Ivo Marek", ":", "Then the port stays closed until June"},
			}},
		{"a sentence of a line with a cue of its own keeps it",
			"The panel met on Sunday.\n\nLena Varga: The ferry levy will not pass this spring.\n\n" +
				"Ivo Marek: The harbor chief says the levy is dead. We will fight on.\n\n" +
				"Varga: Then the port stays closed.\n\nMarek: Until June at the very least.",
			[]vspan{
				{Reported, "Lena Varga", "Lena Varga", ":", "The ferry levy will not pass this spring"},
				{Reported, "The harbor chief", "the harbor chief", "says", "the levy is dead"},
				{Reported, "Ivo Marek", "Ivo Marek", ":", "We will fight on"},
				{Reported, "Varga", "Lena Varga", ":", "Then the port stays closed"},
				{Reported, "Marek", "Ivo Marek", ":", "Until June at the very least"},
			}},
		{"another speaker's name inside the paragraph ends the line",
			"The panel met on Sunday.\n\nLena Varga: The ferry levy will not pass this spring.\n\n" +
				"Ivo Marek: Nobody will pay it. Varga: The port stays closed all winter.\n\n" +
				"Varga: Then we wait for the thaw.\n\nMarek: Until June at the very least.",
			[]vspan{
				{Reported, "Lena Varga", "Lena Varga", ":", "The ferry levy will not pass this spring"},
				{Reported, "Ivo Marek", "Ivo Marek", ":", "Nobody will pay it"},
				{Reported, "Varga", "Lena Varga", ":", "Then we wait for the thaw"},
				{Reported, "Marek", "Ivo Marek", ":", "Until June at the very least"},
			}},
		{"each name once: a list",
			"The race has three runners.\n\nVarga: Win the valley by a wide margin.\n\nMarek: Hold on until the spring vote.\n\nRuiz: Hope the others stumble badly.",
			nil},
		{"questions and answers",
			"Lena Varga spoke to us.\n\nQ: Will the ferry levy pass this spring?\n\nA: Not this spring, and not in June.\n\nQ: Why do the valley towns oppose it?\n\nA: They pay for the boats and never ride them.",
			nil},
	})
}

// TestItSeems36 covers "it" and a verb of seeming with no infinitive or "that" after it
// (itSeems): a clause with a finite verb, after "like", "as if" or "as though" or right
// after the verb, and an adjective of likelihood or judgment before "that", an
// infinitive or a clause, are the content, without a source, as PolNeAR annotates them.
// An adjective alone and a noun phrase are not, nor a clause with a cue of its own. Each
// sentence is written for this test.
func TestItSeems36(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"like and a clause",
			"It seemed like the ferry board had dropped its levy plan.",
			[]vspan{{Reported, "", "", "seemed", "the ferry board had dropped its levy plan"}}},
		{"as if after a modal",
			"It would seem as if the mayor could stall the vote again.",
			[]vspan{{Reported, "", "", "seem", "the mayor could stall the vote again"}}},
		{"looks as though",
			"It looks as though crews will keep the harbor shut until June.",
			[]vspan{{Reported, "", "", "looks", "crews will keep the harbor shut until June"}}},
		{"a clause right after the verb",
			"It seems Tamm's allies will skip the hearing.",
			[]vspan{{Reported, "", "", "seems", "Tamm's allies will skip the hearing"}}},
		{"an adjective of likelihood and that",
			"It now seems increasingly likely that Mara Quist will run.",
			[]vspan{{Reported, "", "", "seems", "increasingly likely that Mara Quist will run"}}},
		{"a clause with a cue of its own keeps it",
			"It seems they believed the levy had gone too far.",
			[]vspan{{Reported, "", "", "believed", "the levy had gone too far"}}},
		{"an adjective alone",
			"It seems unfair.",
			nil},
		{"a noun phrase",
			"It seemed a pity to leave the valley.",
			nil},
		{"looks without it",
			"The harbor looks as though a storm hit it.",
			nil},
	})
}

// TestTranscriptLabels36: captions, section labels, a cast list, a reader poll's question
// and a call to the reader are no speakers' words, nor is "it seems odd" in a text's own
// voice a report.
func TestTranscriptLabels36(t *testing.T) {
	for _, text := range []string{
		"The harbor flooded on Monday.\n\nThe road stayed shut all day.\n\nPhoto: Crews clear mud from the harbor road at dawn.\n\nPhoto: The ferry hall stood under water for a day.\n\nSource: Figures from the port board on Tuesday.",
		"The audit has four parts.\n\nBackground: The levy was first floated in 2019 by the board.\n\nFindings: The port lost money in each year after that.\n\nBackground: Two mayors left the board.\n\nFindings: Fees rose by a tenth.",
		"The cast is young.\n\nHamlet: A prince in mourning, played by a newcomer.\n\nOphelia: His love, played by a dancer.\n\nHamlet: In the second act, a role shared by two.",
		"The council meets tonight.\n\nUpdate: The vote was moved to nine.\n\nUpdate: The vote was moved again.",
		"Poll: Should the town raise the ferry levy this spring?\n\nThe council votes on Friday.",
		"Survey: Tell us how the ferry levy affects your family.\n\nThe council votes on Friday.",
		"It seems odd to hold the ferry vote in June.",
	} {
		for _, sp := range Quotes(text, "en") {
			t.Errorf("%q: span %q (%v, speaker %q, verb %q), want none", text, text[sp.Start:sp.End], sp.Voice, sp.Speaker, sp.Verb)
		}
	}
}
