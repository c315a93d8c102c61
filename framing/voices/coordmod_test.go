package voices

import "testing"

// TestCoordinatedModifier checks that a word in -ed after "and" in a subject with no verb
// yet, before a noun and its verb, is an adjective and no cue ("A slowing economy and
// repeated corruption scandals have tarnished …" had "repeated" for cue and "A slowing
// economy" for source), while after a verb it is the verb it reads as. Each text is
// invented.
func TestCoordinatedModifier(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"in a coordinated subject", "A slowing economy and repeated corruption scandals have tarnished the family's image.", nil},
		{"in a coordinated subject, one noun", "Low pay and repeated delays have hurt the port.", nil},
		{"after a verb that opens the clause", "The paper, run by allies of the mayor, published photos and asserted that she was a spy.",
			[]vspan{{Reported, "The paper", "the paper", "asserted", "she was a spy"}}},
		{"after a verb and a phrase that opens the clause", "Ms. Lind met Mr. Salgado, the chef, during a class at the port and asked if she could return.",
			[]vspan{{Reported, "Ms. Lind", "Lind", "asked", "if she could return"}}},
		{"after a verb and a list of names", "Ruiz toured Halden, Vela and Brill and warned prices would rise.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "warned", "prices would rise"}}},
		{"after a verb, with that", "Ruiz smiled and repeated that the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "repeated", "the port would close"}}},
		{"after a verb, a bare plural", "Ruiz smiled and repeated rumors were false.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "repeated", "rumors were false"}}},
		{"after a verb, without that", "Ruiz smiled and repeated the claims were false.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "repeated", "the claims were false"}}},
	})
}
