package voices

import "testing"

// TestReportedBounds10 covers the rules of the tenth round on where a content of indirect
// speech begins and ends (issue 18), each in sentences written for this test.
func TestReportedBounds10(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"the object of a verb of support ends before a clause after a comma or a dash",
			"The guild was eager to endorse a nominee, Pell was speechifying. Pell endorsed Ruiz – they toured the valley together – and the mayor caused a furor.",
			[]vspan{{Reported, "The guild", "the guild", "endorse", "a nominee"}, {Reported, "Pell", "Pell", "endorsed", "Ruiz"}}},
		{"the object of a verb of support ends before a subject and a finite verb after and",
			"Varga has not endorsed Ruiz and Senator Pell withdrew his early support.",
			[]vspan{{Reported, "Varga", "Varga", "endorsed", "Ruiz"}}},
		{"but an apposition set off by dashes and words joined by and go on",
			"In 2010, Pate supported Ruiz—the farmer who has since left the guild—against Varga. The union backed Ruiz and Varga.",
			[]vspan{{Reported, "Pate", "Pate", "supported", "Ruiz—the farmer who has since left the guild—against Varga"},
				{Reported, "The union", "the union", "backed", "Ruiz and Varga"}}},
		{"a parenthetical attribution after a subordinator attributes the clause it opens",
			"He moved off the ridge soon after, according to Ortiz, the council shut his paper. The levy passed because, officials said, the farmers backed it.",
			[]vspan{{Reported, "Ortiz", "Ortiz", "according to", "the council shut his paper"},
				{Reported, "officials", "officials", "said", "the farmers backed it"}}},
		{"a relative word before the subject of a cue verb without an object is the verb's content",
			"The levy, which Ruiz has denied, passed. It is a plan which many farmers strongly oppose.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "denied", "which"}, {Reported, "many farmers", "many farmers", "oppose", "which"}}},
		{"but not after a preposition",
			"Ortiz, about whom Ruiz has written, left the guild.",
			nil},
		{"support for a person is a content without a possessor, even opening the sentence",
			"Support for Ruiz among farmers fell. The levy won strong support for Varga's plan.",
			[]vspan{{Reported, "", "", "support", "Ruiz"}, {Reported, "", "", "support", "Varga's plan"}}}, // who is supported, not where (fixrep11)
		{"but not support of another sense, nor support for a thing",
			"The firm cut its financial support for Ruiz. The state gave support for the new bridge.",
			nil},
		{"a subject, a parenthetical attribution, then a quotation in lower case: the subject and the words after the quotation are content",
			"The cost of the dam, Ms. Pell said, “is a perfect example of waste” in the valley.",
			[]vspan{{Reported, "Ms. Pell", "Pell", "said", "The cost of the dam"}, {Quote, "Ms. Pell", "Pell", "said", "is a perfect example of waste"},
				{Reported, "Ms. Pell", "Pell", "said", "in the valley"}}},
		{"but not a purpose or a clause before the attribution",
			"To warn the town, Ms. Pell said, “we rang the bell.”",
			[]vspan{{Quote, "Ms. Pell", "Pell", "said", "we rang the bell."}}},
	})
}
