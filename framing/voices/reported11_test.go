package voices

import "testing"

// TestReportedBounds11 covers the corrections of the eleventh round to the rules of the
// tenth on indirect speech (issue 18): where a content after a quotation, after "support
// for" and after the object of a verb of support ends, and when a relative word is a
// verb's content. Each sentence is written for this test.
func TestReportedBounds11(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a lower-case quotation after a parenthetical attribution stops before and and a clause of its own",
			"The plan, Ms. Pell said, “will fail,” and she walked out.",
			[]vspan{{Reported, "Ms. Pell", "Pell", "said", "The plan"}, {Quote, "Ms. Pell", "Pell", "said", "will fail,"}}},
		{"and before a subordinator and a clause of its own",
			"The plan, Ms. Pell said, “will fail” before she left.",
			[]vspan{{Reported, "Ms. Pell", "Pell", "said", "The plan"}, {Quote, "Ms. Pell", "Pell", "said", "will fail"}}},
		{"a bare which after a verb, and who after an adjective, open no content",
			"Nobody knows which the mayor prefers. It is unclear who the guild supports.",
			nil},
		// Round 25: an indirect question after a verb of saying or asking is its content, as
		// PolNeAR annotates it ("whom" as "who"; see questionPronoun).
		{"whom or who after a verb of saying or asking opens an indirect question, its content",
			"Ruiz would not say whom he endorsed. Pell asked who Ruiz had endorsed.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "say", "whom he endorsed"}, {Reported, "Pell", "Pell", "asked", "who Ruiz had endorsed"}}},
		{"support for a product is no stance",
			"Support for Windows 7 ends in January.",
			nil},
		{"a modifier of another sense opening the sentence",
			"Air support for Ruiz came late. Military support for Ukraine grew.",
			nil},
		{"but a word the text capitalizes elsewhere is a name's",
			"Republican support for Ruiz grew. Varga lost the Republican vote.",
			[]vspan{{Reported, "", "", "support", "Ruiz"}}},
		{"who is supported ends with the name",
			"There was little support for Ruiz in the valley.",
			[]vspan{{Reported, "", "", "support", "Ruiz"}}},
		{"the object of a verb of support ends before but, a name and a regular verb",
			"Pell backed Ruiz but Varga opposed him.",
			[]vspan{{Reported, "Pell", "Pell", "backed", "Ruiz"}, {Reported, "Varga", "Varga", "opposed", "him"}}},
		{"and before and, a name and a verb of support",
			"Pell endorsed Ruiz and Varga endorsed Pell.",
			[]vspan{{Reported, "Pell", "Pell", "endorsed", "Ruiz"}, {Reported, "Varga", "Varga", "endorsed", "Pell"}}},
		{"and before and, a lower-case subject and its verb, after names joined by and",
			"Pell endorsed Ruiz and Varga and the mayor applauded.",
			[]vspan{{Reported, "Pell", "Pell", "endorsed", "Ruiz and Varga"}}},
		{"but not before and and a noun phrase without a verb",
			"Pell backed Ruiz and his plans for the valley.",
			[]vspan{{Reported, "Pell", "Pell", "backed", "Ruiz and his plans for the valley"}}},
		{"a relative word is the content of a verb with a time after it",
			"The official, whom Ruiz criticized on Monday, resigned.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "criticized", "whom"}}},
		{"or a clause of time after it",
			"The levy, which Ruiz conceded when the polls closed, passed.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "conceded", "which"}}},
		{"or the sentence's verb after a relative clause without commas",
			"The candidate who Ruiz endorsed lost.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "endorsed", "who"}}},
		{"a content in a relative clause ends with it",
			"The report, which Ruiz said was false, was leaked. The plan which Varga said would fail was dropped.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "was false"}, {Reported, "Varga", "Varga", "said", "would fail"}}},
		{"but a relative clause after the sentence's verb goes on to its end",
			"He met the clerks who he blamed for stoking the anger of farmers who had never once seen the new canal.",
			[]vspan{{Reported, "", "", "blamed", "stoking the anger of farmers who had never once seen the new canal"}}},
	})
}
