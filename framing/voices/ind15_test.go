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
		{"an addressee set off before a quotation is no content",
			"She told the mayors who gathered in Halden, “no one should be confused about our plans.”",
			[]vspan{{Quote, "", "", "told", "no one should be confused about our plans."}}},
		{"an addressee with its abbreviation before a quotation is no content",
			"Ana Ruiz told the Valdora Post (VP), “We will stay.”",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "told", "We will stay."}}},
		{"a clause after the addressee before a quotation stays a content",
			"Ana Ruiz told reporters the port would stay open, “for now.”",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "told", "the port would stay open,"}, {Quote, "Ana Ruiz", "Ana Ruiz", "told", "for now."}}},
		{"an infinitive after the addressee before a quotation stays a content",
			"Ana Ruiz urged the council to keep the port, “for the farmers.”",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "urged", "the council to keep the port,"}, {Quote, "Ana Ruiz", "Ana Ruiz", "urged", "for the farmers."}}},
		{"a pronoun's contracted 'has' before a verb of saying",
			"Ana Ruiz met the board. She’s argued that the port must stay open.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "argued", "the port must stay open"}}},
		{"a pronoun's contracted 'is' before a participle of saying",
			"Ivo Marek spoke first. He’s suggesting that delegates should switch sides.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "suggesting", "delegates should switch sides"}}},
		{"a relative word's contracted 'has' before a verb of saying",
			"Lena Varga, who's argued for years that the levy is unfair, spoke on Monday.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "argued", "the levy is unfair"}}},
		{"a name's possessive before a noun of saying is no subject",
			"The mayor’s claims were false.",
			nil},
		{"a name's possessive before a participle is no subject",
			"Ruiz's supporting cast left early.",
			nil},
	})
}
