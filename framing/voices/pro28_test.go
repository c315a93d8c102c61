package voices

import "testing"

// TestTopicNoPersonPro28 covers a headline's topic as an antecedent: a name the
// attribution reads as a topic before a headline's colon (see headlineTopic) is a thing,
// which neither "he" nor "she" stands for, there or named again in the body (texts written
// for this test, the names invented).
func TestTopicNoPersonPro28(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a topic before a headline's colon is no she",
			"Halden Dam: repairs begin\n\nShe said the work would end in May.",
			[]vspan{{Reported, "", "", "said", "the work would end in May"}}},
		{"a topic named again in the body is no she",
			"Halden Dam: repairs begin\n\nThe Halden Dam was built long ago. She said the work would end in May.",
			[]vspan{{Reported, "", "", "said", "the work would end in May"}}},
		{"she passes over the topic to the person named",
			"Halden Dam: repairs begin\n\nAna Ruiz came on Monday. She said the work would end in May.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the work would end in May"}}},
		{"a person before a headline's colon is still she",
			"Ana Ruiz: repairs begin\n\nShe said the work would end in May.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the work would end in May"}}},
	})
}
