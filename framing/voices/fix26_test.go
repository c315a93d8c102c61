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
		{"a record's agent by a participle", "Carla Voss opened the new ferry line. It lost money in May, according to data gathered by Voss.",
			[]spk26Speaker{{"according to", "data gathered by Voss", "Voss"}}},
		// Kept.
		{"a last name alone", "Carla Voss opened the new ferry line. Voss said it lost money in May.",
			[]spk26Speaker{{"said", "Voss", "Carla Voss"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkSpeakers26(t, tc.text, tc.want) })
	}
}
