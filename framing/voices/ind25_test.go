package voices

import "testing"

// TestReportedQuantity25 covers a quantity that opens a clause content right after its
// verb ("said about half of …", "said nearly 40 …"): the quantity is the clause's subject,
// not the verb's adverb or a topic after "about", also where the clause's verb is a
// regular past the word lists do not know ("financed"); a quantity without a verb
// after it opens no clause. Each sentence is written for this test.
func TestReportedQuantity25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"about half and a regular past",
			"The Halden port authority said about half of the fund financed repairs at the pier.",
			[]vspan{{Reported, "The Halden port authority", "Halden port authority", "said",
				"about half of the fund financed repairs at the pier"}}},
		{"roughly a third and a regular past",
			"Ana Ruiz said roughly a third of the barges sailed late.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "roughly a third of the barges sailed late"}}},
		{"nearly and a number: the quantity's adverb is part of it",
			"Ivo Marek said nearly 40 barges were late in May.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "said", "nearly 40 barges were late in May"}}},
		{"just and a number, a known past",
			"Lena Varga said just two ferries ran on Sunday.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "said", "just two ferries ran on Sunday"}}},
		{"about after a verb of talking without a verb after it: a topic",
			"Ana Ruiz talked about half of the reported cases.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "talked", "half of the reported cases"}}},
		{"a quantity with no verb after it: no content",
			"Ana Ruiz said about half of the budget.",
			nil},
		{"nor a length of time after a verb of speaking",
			"Ivo Marek spoke nearly 40 minutes.",
			nil},
	})
}

// TestReportedQuestionPronoun25 covers "who", and "which" with its noun, right after a
// verb of saying, in its clause: they open an indirect question as "what" and "whether"
// do ("has not said who she would vote for"); in the next sentence they are no content of
// the verb. Each sentence is written for this test.
func TestReportedQuestionPronoun25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"who after a negated verb",
			"Ana Ruiz has not said who she would vote for in Halden.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "who she would vote for in Halden"}}},
		{"who as the question's subject",
			"Ivo Marek did not say who would lead the port authority.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "say", "who would lead the port authority"}}},
		{"which and its noun",
			"Lena Varga would not say which plan the council favors.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "say", "which plan the council favors"}}},
		{"not a question in the next sentence",
			"The harbor is safe, Ana Ruiz said. Who would doubt it?",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "The harbor is safe"}}},
	})
}

// TestTopicAfterAddressee25 covers a verb of speaking or writing, its addressee after
// "to", then "about" and its topic: the topic is the content, as after "spoke with
// reporters about"; not "about" before a number or a length of time, nor "of" or "on"
// after the addressee, which go on with its phrase. Each sentence is written for this
// test.
func TestTopicAfterAddressee25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"spoke to a newspaper about",
			"Ana Ruiz spoke to the Halden Herald about the toll.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "spoke", "the toll"}}},
		{"talked to a group about",
			"Ivo Marek talked to the pilots about the new ferry schedule.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "talked", "the new ferry schedule"}}},
		{"wrote to a body about",
			"Lena Varga wrote to the council about the levy.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "wrote", "the levy"}}},
		{"not about a length of time",
			"Ana Ruiz spoke to the crowd about an hour after the vote.",
			nil},
		{"nor of inside the addressee's phrase",
			"Ana Ruiz spoke to the gathering of harbor workers on Monday.",
			nil},
	})
}
