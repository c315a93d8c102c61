package voices

import "testing"

// TestInd15 covers where indirect speech begins and ends in constructions the PolNeAR
// tune half showed, and the relative clause whose content holds an aside. Each sentence
// is written for this test.
func TestInd15(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"an aside after the content's subject does not end a relative clause's content",
			"The mayor, who said the plan, launched in May, would fail, left town.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the plan, launched in May, would fail"}}},
		{"a relative aside after the content's subject does not end it either",
			"The mayor, who said the plan, which began in May, would fail, left town.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the plan, which began in May, would fail"}}},
		{"the content's own verbs after the aside stay in it",
			"Lena Varga, who said the levy, passed in June, would hurt farmers and cost jobs, resigned on Friday.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "said", "the levy, passed in June, would hurt farmers and cost jobs"}}},
		{"without the sentence's verb after it the content runs to the end",
			"The mayor, who said the plan, launched in May, would fail.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the plan, launched in May, would fail"}}},
		{"with no aside the content ends before the sentence's verb",
			"The mayor, who said the plan would fail, left town.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the plan would fail"}}},
	})
}
