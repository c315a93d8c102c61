package voices

import "testing"

// TestRelativeWho26 checks that where a relative clause's "who" is the cue's subject
// after a clause, the speaker is the name that ends the clause, the one the relative
// clause is about (see clauseSource). The text is invented.
func TestRelativeWho26(t *testing.T) {
	// The title's "of" and place keep the phrase before "who" one source phrase, a clause.
	checkSpeakers26(t, "Senate grills President of Halden Lina Okafor, who said the cranes were sound",
		[]spk26Speaker{{"said", "President of Halden Lina Okafor", "Lina Okafor"}})
}

// TestRecordAgentJoin26 checks that a record's agent ("figures from Voss") is named by
// its own core name, not joined by the shared last word to a person the text names in
// full: after a record's noun a name is a body's far more often than a person's. A
// last name alone is still the person's. The texts are invented.
func TestRecordAgentJoin26(t *testing.T) {
	cases := []struct {
		name, text string
		want       []spk26Speaker
	}{
		{"a record's agent", "Carla Voss opened the new ferry line. It lost money in May, according to figures from Voss.",
			[]spk26Speaker{{"according to", "figures from Voss", "Voss"}}},
		{"a record's agent by a participle", "Carla Voss opened the new ferry line. It lost money in May, according to fresh data gathered by Voss.",
			[]spk26Speaker{{"according to", "fresh data gathered by Voss", "Voss"}}},
		// Kept.
		{"a last name alone", "Carla Voss opened the new ferry line. Voss said it lost money in May.",
			[]spk26Speaker{{"said", "Voss", "Carla Voss"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkSpeakers26(t, tc.text, tc.want) })
	}
}

// TestRecordAgentEdges26 checks the edges of a record's agent (see recordAgent): "numbers
// of" is a quantity, a time at the end is no part of the agent, and a phrase that ends in
// a determiner names no agent. The phrases are invented.
func TestRecordAgentEdges26(t *testing.T) {
	en := LangOf("english")
	for _, c := range []struct{ in, want string }{
		{"large numbers of dock workers", "large numbers of dock workers"},
		{"data released by the Halden port board this week", "Halden port board"},
		{"the data from a", "the data from a"},
		// Kept.
		{"numbers from the Halden port board", "Halden port board"},
	} {
		if got := coreName(c.in, en); got != c.want {
			t.Errorf("coreName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
