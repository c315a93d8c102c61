package voices

import "testing"

// TestInfinitiveObject checks that a word in -s after "to" and a verb's bare form is that
// verb's object, a noun, and no cue with the words before it for source ("tried to soothe
// worries that …" had "Mr. Varga tried to soothe" for speaker), while "to date" before a
// verb is a phrase of time. Each text is invented.
func TestInfinitiveObject(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a verb of thinking in -s after an infinitive", "Speaking in Halden, Mr. Varga tried to soothe worries that the ferry would stop.",
			[]vspan{{Reported, "", "", "worries", "the ferry would stop"}}},
		{"a verb of saying in -s after an infinitive", "Threats to halt talks on a port deal grew.",
			nil},
		{"to date", "The evidence to date suggests that the levy works.",
			[]vspan{{Reported, "The evidence to date", "the evidence to date", "suggests", "the levy works"}}},
	})
}
