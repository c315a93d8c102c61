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
