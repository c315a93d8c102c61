package voices

import "testing"

// TestReportedSourcePhrase19 covers the rules of the nineteenth round on indirect speech
// (issue 18), on words that belong to a source phrase or a topic rather than to a
// content: a name before its apposition and a trailing verb, a relative clause after
// the topic of a verb of saying, a relative clause that describes a source, and "her"
// before a noun in a verb of telling's addressee. Each sentence is written for this
// test.
func TestReportedSourcePhrase19(t *testing.T) {
	runSpanCases(t, []spanCase{
		// A name, its apposition and a trailing verb with nothing after it.
		{"a name before its apposition and a verb that ends the sentence is the subject, not a content",
			"Ana Ruiz, the director of the Halden port, said in a statement.",
			nil},
		{"and so without the comma that closes the apposition",
			"Ana Ruiz, the director of the Halden port said in a statement.",
			nil},
		{"and after a quotation that goes on a clause, the name right after it is the source of both",
			"As the vote neared, “the council will not act soon,” Ivo Marek, an analyst at Halden Maritime, wrote in a note.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "wrote", "As the vote neared,"},
				{Quote, "Ivo Marek", "Ivo Marek", "wrote", "the council will not act soon,"}}},
		{"but a subject before a parenthetical attribution and the rest of its sentence is a content",
			"The levy, the mayor said, was too high.",
			[]vspan{{Reported, "the mayor", "the mayor", "said", "The levy"}, {Reported, "the mayor", "the mayor", "said", "was too high"}}},
		{"and a name and its apposition before a verb with a clause give the clause",
			"Ana Ruiz, the director, said the vote was fair.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the vote was fair"}}},

		// A clause without "that" after a topic.
		{"a clause without that after the topic of said is a relative clause of the topic",
			"Lena Varga said of the meeting she had with the mayor on the pier.",
			nil},
		{"and after the topic of a verb with on",
			"The council elaborated on the plan it hoped to adopt.",
			nil},
		{"the content then follows that",
			"Ana Ruiz said of the meeting she had with the mayor that it went well.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "it went well"}}},
		{"but after a time or a medium the clause is the content",
			"Ana Ruiz said on Friday she met the mayor. Ivo Marek said in a statement he would resign.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "she met the mayor"},
				{Reported, "Ivo Marek", "Ivo Marek", "said", "he would resign"}}},
		{"and after a question word the clause is a question",
			"Ana Ruiz spoke about how she won the vote.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "spoke", "how she won the vote"}}},

		// A relative clause that describes a source.
		{"a relative clause of support after a quotation's source describes the source",
			"“The numbers are wrong,” said Ana Ruiz, who backs the levy.",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "said", "The numbers are wrong,"}}},
		{"and one after an apposition",
			"“The numbers are wrong,” said former Sen. Ivo Marek, a moderate Halden Democrat who opposed the levy.",
			[]vspan{{Quote, "former Sen. Ivo Marek", "Ivo Marek", "said", "The numbers are wrong,"}}},
		{"but one of another verb with an infinitive keeps its content",
			"“The numbers are wrong,” said former Sen. Ivo Marek, a moderate Halden Democrat who declined to run for the council.",
			[]vspan{{Quote, "former Sen. Ivo Marek", "Ivo Marek", "said", "The numbers are wrong,"},
				{Reported, "former Sen. Ivo Marek", "Ivo Marek", "declined", "to run for the council"}}},
		{"but one before the reporting verb of its antecedent keeps its content",
			"Ana Ruiz, who backs the levy, said the numbers were wrong.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "backs", "the levy"}, {Reported, "Ana Ruiz", "Ana Ruiz", "said", "the numbers were wrong"}}},
		{"and so does one of seeing as, whose object and its complement are a view",
			"“The numbers are wrong,” said Ana Ruiz, who sees the levy as a tax.",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "said", "The numbers are wrong,"}, {Reported, "Ana Ruiz", "Ana Ruiz", "sees", "the levy as a tax"}}},
		{"but a relative clause that reports a statement is an attribution of its own",
			"“The numbers are wrong,” said Ana Ruiz, who said the levy would fail.",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "said", "The numbers are wrong,"},
				{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the levy would fail"}}},
		{"and so is one whose antecedent is no source",
			"Ana Ruiz, who backs the levy, left early.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "backs", "the levy"}}},

		// "her" before a noun after a verb of telling.
		{"her before a noun is the addressee's possessive, and a quotation after the addressee is the content",
			"Ana Ruiz told her supporters, “I still love Halden.”",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "told", "I still love Halden."}}},
		{"and the content after the addressee and that leaves the noun out",
			"Ana Ruiz told her supporters that the vote was fair. Lena Varga told her staff the port would close.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "told", "the vote was fair"},
				{Reported, "Lena Varga", "Lena Varga", "told", "the port would close"}}},
		{"but her before a determiner, a name, to, a time or an adverb is the addressee",
			"Ana Ruiz told her the vote was fair. Ivo Marek told her Halden would win. Lena Varga told her to leave. Ana Ruiz told her yesterday that the port was shut. Ivo Marek told her repeatedly that the levy was fair.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "told", "the vote was fair"},
				{Reported, "Ivo Marek", "Ivo Marek", "told", "Halden would win"},
				{Reported, "Lena Varga", "Lena Varga", "told", "to leave"},
				{Reported, "Ana Ruiz", "Ana Ruiz", "told", "the port was shut"},
				{Reported, "Ivo Marek", "Ivo Marek", "told", "the levy was fair"}}},
	})
}
