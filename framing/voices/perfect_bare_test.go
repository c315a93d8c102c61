package voices

import "testing"

// TestPerfectBareForm checks a reporting verb's bare form after "have", "has" or "had": a
// perfect takes a participle, so the word is an adjective or a noun ("all have direct
// roots in the strike that began …" had "direct" for verb and the relative clause for its
// content); a past spelled as the bare form is still a verb ("has read"). Each sentence is
// invented.
func TestPerfectBareForm(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"an adjective after have", "The wars in Halden and Soloria all have direct roots in the strike that began a century ago.", nil},
		{"a past spelled as the bare form", "The board has forecast that fares will rise.",
			[]vspan{{Reported, "The board", "the board", "forecast", "fares will rise"}}},
		{"hit after have", "Critics have hit back, saying the ferry will never run.",
			[]vspan{{Reported, "Critics", "critics", "saying", "the ferry will never run"}}},
		{"have ends a relative clause", "The pilots we have say the channel is safe.",
			[]vspan{{Reported, "", "", "say", "the channel is safe"}}},
		{"a participle after have", "The board has warned that fares will rise.",
			[]vspan{{Reported, "The board", "the board", "warned", "fares will rise"}}},
	})
}
