package voices

import "testing"

// TestHeadlineLists checks the names a headline joins by a comma alone before a verb in
// the plural present ("Marek, Varga agree to reopen the ferry line"): both are the
// source, one speaker as written, as names joined by "and" are (before, the second name
// alone was the source and the first was lost). Only in a paragraph written as a headline
// (no full stop at its end), from its first word or after its source's colon; not in a
// past, in a later sentence, before a verb with a comma after it (a parenthesis), nor
// before a singular verb (an apposition). Each sentence is invented.
func TestHeadlineLists(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"two names, a bare form", "Marek, Varga agree to reopen the ferry line",
			[]vspan{{Reported, "Marek, Varga", "Marek and Varga", "agree", "to reopen the ferry line"}}},
		{"two names, a bare form in -ss", "Holt, Brell discuss dredging of the harbor canal",
			[]vspan{{Reported, "Holt, Brell", "Brell and Holt", "discuss", "dredging of the harbor canal"}}},
		{"two places, an adverb before the verb", "Halden, Soloria again urge Valdora to cut fishing quotas",
			[]vspan{{Reported, "Halden, Soloria", "Halden and Soloria", "urge", "Valdora to cut fishing quotas"}}},
		{"space before the headline", "  Marek, Varga agree to reopen the ferry line",
			[]vspan{{Reported, "Marek, Varga", "Marek and Varga", "agree", "to reopen the ferry line"}}},
		{"after a source and its colon", "Ruiz: Halden, Soloria agree to share the lighthouse costs",
			[]vspan{{Reported, "Halden, Soloria", "Halden and Soloria", "agree", "to share the lighthouse costs"}}},
		{"have before a past participle", "Ruiz, Marek have agreed on the plan",
			[]vspan{{Reported, "Ruiz, Marek", "Marek and Ruiz", "agreed", "the plan"}}},
		{"a title with a preposition in the first name", "Minister of Ports Ana Ruiz, Marek agree on the plan",
			[]vspan{{Reported, "Minister of Ports Ana Ruiz, Marek", "Ana Ruiz and Marek", "agree", "the plan"}}},
		{"a sentence of prose with a full stop", "Elsewhere, Democrats say the plan failed.",
			[]vspan{{Reported, "Democrats", "Democrats", "say", "the plan failed"}}},
		{"a parenthesis, the verb with a comma after it", "Ana Ruiz, Republicans say, will run again",
			[]vspan{{Reported, "Republicans", "Republicans", "say", "Ana Ruiz"}, {Reported, "Republicans", "Republicans", "say", "will run again"}}},
		{"a past, inside a content", "Ruiz, Marek agreed on the plan, officials said.",
			[]vspan{{Reported, "officials", "officials", "said", "Ruiz, Marek agreed on the plan"}}},
		{"a past", "Ruiz, Marek discussed the plan",
			[]vspan{{Reported, "Marek", "Marek", "discussed", "the plan"}}},
		{"not the paragraph's first sentence", "The talks went well. Marek, Varga agree on further steps",
			[]vspan{{Reported, "Varga", "Varga", "agree", "further steps"}}},
		{"a singular verb after an apposition", "Marek, Varga's deputy, says the talks failed",
			[]vspan{{Reported, "Marek", "Marek", "says", "the talks failed"}}},
	})
}
