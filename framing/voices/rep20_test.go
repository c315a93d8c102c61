package voices

import "testing"

// TestReportedMediumClause20 covers a clause without "that" after a medium whose noun
// comes right before the clause's subject ("said in a statement the pier would close"):
// the clause, subject and all, is the content, not its verb alone. Each sentence is
// written for this test.
func TestReportedMediumClause20(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a determiner's subject after a medium opens the content",
			"Ana Ruiz said in a statement the pier would close on Monday.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the pier would close on Monday"}}},
		{"and so after a content before it",
			"The pier will close, Ana Ruiz said in a statement the pier would close.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the pier would close"}}},
		{"a name for subject after a medium in lower case",
			"Lena Varga wrote in a memo Ivo Marek had resigned.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "wrote", "Ivo Marek had resigned"}}},
		{"a determiner after a name of a medium",
			"Ana Ruiz said in The Halden Courier the toll would stay.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the toll would stay"}}},
		{"but a relative clause without that after a place is no content",
			"Ana Ruiz spoke in the hall the ferry crews built.",
			nil},
		{"nor a name that goes on a name",
			"Ivo Marek said in an interview with Halden Radio.",
			nil},
	})
}
