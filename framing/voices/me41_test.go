package voices

import "testing"

// Rows for a source and its appositions as news writes them: an age between a name and
// its description ("Lena Brill, 40, a baker,"), several appositions before the verb, a
// quotation inside an aside between a subject and its verb, and "that" after the verb's
// comma. Each sentence is invented.
func TestAppositionChainsMe41(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a relative clause after a name, its age and a description",
			`"We lost the whole harbor," said Lena Brill, 40, a baker, who added that the boats were gone.`,
			[]vspan{{Quote, "Lena Brill", "Lena Brill", "said", `We lost the whole harbor,`},
				{Reported, "Lena Brill", "Lena Brill", "added", "the boats were gone"}}},
		{"a name, its age and a description before the verb, after a quotation",
			`"We lost the whole harbor," Ivo Marek, 60, a fisherman, said in an interview.`,
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", "said", `We lost the whole harbor,`}}},
		{"a name and two appositions before the verb, after a quotation",
			`"Prices will rise," Ivo Marek, the director of Halden Watch, a consumer group, said on Friday.`,
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", "said", `Prices will rise,`}}},
		{"a name and two appositions, then the verb's own words",
			"Lena Brill, a nurse, the union's delegate, said, in a letter, that the ward would close.",
			[]vspan{{Reported, "Lena Brill", "Lena Brill", "said", "the ward would close"}}},
		// A parenthetical attribution keeps the rest of its clause for content.
		{"a parenthetical attribution after a name", "Mr. Ruiz, his aides say, is tired of the job.",
			[]vspan{{Reported, "his aides", "his aides", "say", "Mr. Ruiz"},
				{Reported, "his aides", "his aides", "say", "is tired of the job"}}},
		{"a short parenthetical attribution after a name", "Mr. Ruiz, his aides say, is tired.",
			[]vspan{{Reported, "his aides", "his aides", "say", "Mr. Ruiz"},
				{Reported, "his aides", "his aides", "say", "is tired"}}},
		// No comma before the verb: the last phrase is the verb's subject, not an
		// apposition.
		{"a name and its apposition, then a source", `"We lost," Ana Ruiz, the mayor, the aides said.`,
			[]vspan{{Quote, "the aides", "the aides", "said", "We lost,"},
				{Reported, "the aides", "the aides", "said", "Ana Ruiz, the mayor"}}},
		// More than 20 words between the quotation and its verb, all of them a name and
		// its appositions.
		{"a long chain of appositions after a quotation",
			`"The docks are empty," Lena Brill, 52, a baker from the north shore whose family has sold bread and fish by the old pier since 1950, told reporters at the market.`,
			[]vspan{{Quote, "Lena Brill", "Lena Brill", "told", `The docks are empty,`}}},
	})
}

// TestLongChainVerbOpensClauseMe41 checks that past 20 words after a quotation only a
// verb right after a comma attributes it: a verb inside a clause that goes on from the
// quotation does not. The sentence is invented.
func TestLongChainVerbOpensClauseMe41(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a verb inside a clause", `"The docks are empty," the old pier, where Ivo Marek's family has sold bread and fish for three generations since the war ended, lay silent as Ana Ruiz said.`,
			[]vspan{{Scare, "", "", "", "The docks are empty,"}}},
	})
}

// TestQuoteInAsideMe41 checks that a quotation inside an aside between a subject and its
// verb leaves the subject to the verb, and that words before a quotation that open the
// sentence are no aside. The sentences are invented.
func TestQuoteInAsideMe41(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"dashes", `Lena Vela - the baker whose "family loaf" won the county prize twice - said on Monday that prices would rise.`,
			[]vspan{{Scare, "", "", "", "family loaf"},
				{Reported, "Lena Vela", "Lena Vela", "said", "prices would rise"}}},
		// A quotation after a naming verb has the verb and no speaker (see Span.Verb).
		{"commas", `The harbor board, whose report called the pier "a danger to every boat" in its first pages, said on Friday that the dock would close.`,
			[]vspan{{Quote, "", "", "called", "a danger to every boat"},
				{Reported, "The harbor board", "the harbor board", "said", "the dock would close"}}},
		{"no aside", `Our reporters heard that the Vela Bakery’s "family loaf" sold out by noon, while Ana Ruiz, its manager, said the shop had baked twice as many.`,
			[]vspan{{Scare, "", "", "", "family loaf"},
				{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the shop had baked twice as many"}}},
	})
}

// TestPerceivedEventMe41 checks that "see" with an object and a bare verb reports an
// event seen, not a view, and that an object that opens with "a" or a quantifier, or a
// noun before "as", keeps its content. The sentences are invented.
func TestPerceivedEventMe41(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"an event seen", "Mr. Marek saw his rivals' support decline after the flood.", nil},
		{"a view whose noun may be a verb", "Most analysts see a sharp decline in exports.",
			[]vspan{{Reported, "Most analysts", "Most analysts", "see", "a sharp decline in exports"}}},
		{"a view with as", "Ruiz sees the peace plan as a mistake.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "sees", "the peace plan as a mistake"}}},
	})
}

// TestRestrictiveWhoMe41 checks that a restrictive relative "who" after a common noun
// phrase gives that phrase for source, not the sentence's subject (see
// restrictiveAntecedent and antecedentCore), and that a content in a relative clause set
// off by a comma ends with it. The sentences are invented.
func TestRestrictiveWhoMe41(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"after a verb's object", "The council heard from a farmer who said the levy was unfair.",
			[]vspan{{Reported, "a farmer", "a farmer", "said", "the levy was unfair"}}},
		{"past a time", "Anger rose when police detained a fisherman on Friday who claimed that the mayor had lied.",
			[]vspan{{Reported, "a fisherman", "a fisherman", "claimed", "the mayor had lied"}}},
		{"past a length of time", "Police held a man for two days who said the vote was rigged.",
			[]vspan{{Reported, "a man", "a man", "said", "the vote was rigged"}}},
		{"after of whose head speaks for no one", "The crowd cheered the rescue of two sailors who said the boat had sunk.",
			[]vspan{{Reported, "two sailors", "two sailors", "said", "the boat had sunk"}}},
		{"after a document and a preposition", "They read letters from tenants who said the pier was unsafe.",
			[]vspan{{Reported, "tenants", "tenants", "said", "the pier was unsafe"}}},
		{"after a quantifier and of", "The levy angered one of the delegates who said it was unfair.",
			[]vspan{{Reported, "one of the delegates", "one of the delegates", "said", "it was unfair"}}},
		{"after a verb after a subject pronoun", "They thanked voters who say the port is too small.",
			[]vspan{{Reported, "voters", "voters", "say", "the port is too small"}}},
		{"after a verb before a quantifier", "Officials met several growers who favor the plan.",
			[]vspan{{Reported, "several growers", "several growers", "favor", "the plan"}}},
		{"after a participle before a quantifier", "The film, starring several growers who favor the plan, ran on Monday.",
			[]vspan{{Reported, "several growers", "several growers", "favor", "the plan"}}},
		{"after a verb in -ing after a preposition", "Before visiting growers who said the rain had ruined the crop, the mayor spoke.",
			[]vspan{{Reported, "growers", "growers", "said", "the rain had ruined the crop"}}},
		{"after a verb after a name", "Police arrested protesters who said the vote was rigged.",
			[]vspan{{Reported, "protesters", "protesters", "said", "the vote was rigged"}}},
		{"an adjective in -ed stays", "Aid went to retired sailors who hope to rebuild the pier.",
			[]vspan{{Reported, "retired sailors", "retired sailors", "hope", "to rebuild the pier"}}},
		{"a description after a name", "Ivo Brill, a baker who said the levy was unfair, left early.",
			[]vspan{{Reported, "Ivo Brill", "Ivo Brill", "said", "the levy was unfair"}}},
		{"a description after a common noun", "The mayor, a lawyer who said the levy was unfair, resigned.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the levy was unfair"}}},
		{"a description after a phrase of place", "Outside the hall, a man who said the levy was unfair, sat down.",
			[]vspan{{Reported, "a man", "a man", "said", "the levy was unfair"}}},
		{"a predicate noun", "Ruiz is a lawyer who says the pier is unsafe.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "says", "the pier is unsafe"}}},
		{"a predicate noun with the stays", "The trouble is the farmers who say the levy is unfair.",
			[]vspan{{Reported, "the farmers", "the farmers", "say", "the levy is unfair"}}},
		{"inside a relative clause set off by a comma", "The board, which heard from a farmer who said the levy was unfair, voted no.",
			[]vspan{{Reported, "a farmer", "a farmer", "said", "the levy was unfair"}}},
	})
}
