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
	})
}
