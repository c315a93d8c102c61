package voices

import "testing"

// TestTitleCaseOpener checks that the capital of a sentence's first word is no sign of a
// headline in title case: a sentence whose only capitalized common word opens it, among
// names and titles ("Several officials met Mayor Ana Ruiz."), keeps its names, which a
// pronoun after it may stand for; a headline whose long words are all capitalized is
// still read as one, its first word among them ("Remembering Ana Ruiz, Mayor"). Each
// text is invented.
func TestTitleCaseOpener(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a name in a sentence that opens with a common word", "Several officials met Mayor Ana Ruiz. She said the port would reopen.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the port would reopen"}}},
		{"a name after a title at the end of such a sentence", "Several residents met Governor Ivo Marek. He said the port would reopen.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "said", "the port would reopen"}}},
		{"a headline in title case", "Several Killed in Blast at Port, Officials Say",
			[]vspan{{Reported, "Officials", "officials", "say", "Several Killed in Blast at Port"}}},
		{"a headline whose only long common word opens it", "Remembering Ana Ruiz, Mayor\n\nAna Ruiz said the port would reopen. Ruiz said she was proud.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the port would reopen"}, {Reported, "Ruiz", "Ana Ruiz", "said", "she was proud"}}},
	})
}
