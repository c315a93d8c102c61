package voices

import "testing"

// TestInPoll covers a sentence that opens with "In" and a poll: the poll is the source of
// the rest, unless the rest has cues of its own. Each sentence is written for this test.
func TestInPoll(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a poll and the time it came out",
			"In a Halden Post poll released Sunday, Ana Ruiz led Ivo Marek by nine points.",
			[]vspan{{Reported, "a Halden Post poll released Sunday", "Halden Post poll released Sunday", "in", "Ana Ruiz led Ivo Marek by nine points"}}},
		{"an adverb after the poll's comma is no content",
			"In the latest survey, however, Ruiz trailed Marek by two points.",
			[]vspan{{Reported, "the latest survey", "the latest survey", "in", "Ruiz trailed Marek by two points"}}},
		{"the poll's phrase goes on after a participle",
			"In a poll of pilots, taken in May, Ruiz led.",
			[]vspan{{Reported, "a poll of pilots, taken in May", "a poll of pilots, taken in May", "in", "Ruiz led"}}},
		{"a cue of the sentence's own keeps its content",
			"In a May poll, most voters said the port should close.",
			[]vspan{{Reported, "most voters", "most voters", "said", "the port should close"}}},
		{"a place is no poll",
			"In the harbor, the ships waited for the tide.", nil},
		{"a poll without a comma frames nothing",
			"In the polls Ruiz trails.", nil},
		{"a poll before a noun it modifies is no head",
			"In a poll station in Halden, voters queued for hours.", nil},
		{"a preposition before the poll",
			"In the wake of the poll, Ana Ruiz resigned.", nil},
		{"a preposition before the plural polls",
			"In the run-up to the polls, Ana Ruiz campaigned in every village.", nil},
		{"the polls with a verb of their own",
			"In the hours after the polls closed, Ruiz spoke to supporters.", nil},
		{"the poll in a relative clause",
			"In the town where the poll was held, voters queued.", nil},
		{"a poll tax is no poll",
			"In a poll tax protest, Ivo Marek was arrested.", nil},
		{"a survey ship is no survey",
			"In a survey ship, the crew slept in shifts.", nil},
		{"a phrase of the poll's own before the comma",
			"In a poll conducted by the Halden Institute, Ruiz led.",
			[]vspan{{Reported, "a poll conducted by the Halden Institute", "a poll conducted by the Halden Institute", "in", "Ruiz led"}}},
		{"a word in -ed after the comma is the content's, not the poll's",
			"In a poll, embattled incumbents fared poorly, and Ruiz led by a point.",
			[]vspan{{Reported, "a poll", "a poll", "in", "embattled incumbents fared poorly, and Ruiz led by a point"}}},
		// Plural "polls" is kept, though it can mean an election: on PolNeAR's tune half the
		// one sentence it frames is annotated as the polls' content.
		{"plural polls, kept though it can mean an election",
			"In the 2019 polls, the party won 303 seats.",
			[]vspan{{Reported, "the 2019 polls", "the 2019 polls", "in", "the party won 303 seats"}}},
	})
}
