package voices

import "testing"

// TestIndirectQuestion25 covers "who" and "whom" after a verb of saying or asking: the
// indirect question is the verb's content, whichever of the two the text writes, and
// after "asked" too when no addressee comes between (questionPronoun). Each sentence is
// written for this test.
func TestIndirectQuestion25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"whom as who after a verb of saying",
			"Ana Ruiz would not say whom the guild endorsed.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "say", "whom the guild endorsed"}}},
		{"who after asked",
			"Ana Ruiz asked who would pay for the dam.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "asked", "who would pay for the dam"}}},
		{"a relative whom after a noun keeps its own reading",
			"The official, whom Ivo Marek criticized on Monday, resigned.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "criticized", "whom"}}},
		{"who after told and no addressee is no content",
			"Lena Varga told who would listen.",
			nil},
	})
}
