package voices

import "testing"

// Rows for three readings of a sentence's attribution: a restrictive relative clause after
// an inverted source ("…, said growers who sell at the market."), "inside" and "outside"
// after a determiner read as adjectives of the source's noun ("an inside source"), and a
// run-in label before the sentence's subject ("Turnout: Vela, whose …, said …"). Each
// sentence is invented.
func TestAttributionReadingsMe40(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"inverted source with a relative clause", "The pier was rebuilt too late, said growers who sell at the fish market.",
			[]vspan{{Reported, "growers", "growers", "said", "The pier was rebuilt too late"}}},
		{"inverted source with a quantifier and a relative clause", "Rents will climb again, said several tenants who lost their leases.",
			[]vspan{{Reported, "several tenants", "several tenants", "said", "Rents will climb again"}}},
		// After a subject and its apposition, the phrase after the verb opens the content:
		// its relative clause is followed by the content's verb.
		{"subject and apposition, then a content whose subject has a relative clause",
			"At the depot on Friday, a driver, Tomas Brill, said the tenants who left the block had paid nothing.",
			[]vspan{{Reported, "Tomas Brill", "Tomas Brill", "said", "the tenants who left the block had paid nothing"}}},
		{"an inverted source whose relative clause runs on into a content",
			"At the depot the trucks stood idle, said the drivers who left had been paid nothing.",
			[]vspan{{Reported, "", "", "said", "the drivers who left had been paid nothing"}}},
		{"inside after a determiner, before the verb", "Two inside sources at the port authority said the cranes were idle.",
			[]vspan{{Reported, "Two inside sources at the port authority", "Two inside sources at the port authority", "said", "the cranes were idle"}}},
		{"inside after a determiner, inverted", "The cranes stood idle all week, said an inside source.",
			[]vspan{{Reported, "an inside source", "an inside source", "said", "The cranes stood idle all week"}}},
		{"outside after a determiner, before the verb", "An outside auditor said the harbor fund was short.",
			[]vspan{{Reported, "An outside auditor", "an outside auditor", "said", "the harbor fund was short"}}},
		{"a speaker's lead-in before a colon", "Vela warned: Fares will rise, she said.",
			[]vspan{{Reported, "Vela", "Vela", "said", "Fares will rise"}}},
		{"a run-in label before a subject with a relative aside",
			"Rail fares: Vela, whose ward spans farms and suburbs, said bus routes -- those run by the county -- lose money.",
			[]vspan{{Reported, "Vela", "Vela", "said", "bus routes -- those run by the county -- lose money"}}},
		// A parenthetical attribution splits a content whose subject follows a clause or
		// a fronted modifier: the content is the subject and what follows the
		// attribution, not the words before the subject.
		{"subject after a fronted participle", "Linked by an old canal and sharing one harbor, the twin towns, Vela said, now trade more fish.",
			[]vspan{{Reported, "Vela", "Vela", "said", "the twin towns"},
				{Reported, "Vela", "Vela", "said", "now trade more fish"}}},
		{"subject after a clause and a dash", "Snow closed the pass for a week — the road, the county said, will reopen on Monday.",
			[]vspan{{Reported, "the county", "the county", "said", "the road"},
				{Reported, "the county", "the county", "said", "will reopen on Monday"}}},
		{"a name and its apposition stay whole", "Tomas Brill, the harbormaster, Vela said, will retire in June.",
			[]vspan{{Reported, "Vela", "Vela", "said", "Tomas Brill, the harbormaster"},
				{Reported, "Vela", "Vela", "said", "will retire in June"}}},
		{"a name in -ed and its apposition stay whole", "Ahmed Saleh, the envoy, aides said, will retire in June.",
			[]vspan{{Reported, "aides", "aides", "said", "Ahmed Saleh, the envoy"},
				{Reported, "aides", "aides", "said", "will retire in June"}}},
		{"names joined by and stay whole", "Harding and Halden, the two ports, officials said, will sign the deal.",
			[]vspan{{Reported, "officials", "officials", "said", "Harding and Halden, the two ports"},
				{Reported, "officials", "officials", "said", "will sign the deal"}}},
		{"a noun in -ing that modifies stays whole", "Shipping firms and their crews, the unions, the port said, will strike.",
			[]vspan{{Reported, "the port", "the port", "said", "Shipping firms and their crews, the unions"},
				{Reported, "the port", "the port", "said", "will strike"}}},
		{"a clause after a subject and its apposition", "Brill, a baker, sold the shop in 2019, and the new owners, Vela said, closed it.",
			[]vspan{{Reported, "Vela", "Vela", "said", "the new owners"},
				{Reported, "Vela", "Vela", "said", "closed it"}}},
		{"a participle's aside after a subject stays whole", "Ana Ruiz, elected in May, and her deputy, aides said, will resign.",
			[]vspan{{Reported, "aides", "aides", "said", "Ana Ruiz, elected in May, and her deputy"},
				{Reported, "aides", "aides", "said", "will resign"}}},
		{"a subject with a relative aside joined by and stays whole", "Ana Ruiz, who was elected in May, and her deputy, aides said, will resign.",
			[]vspan{{Reported, "aides", "aides", "said", "Ana Ruiz, who was elected in May, and her deputy"},
				{Reported, "aides", "aides", "said", "will resign"}}},
		// An object pronoun after a verb of saying is no inverted source: one subject's
		// verbs in a row.
		{"object pronoun after the verb", "The pilot heard the noise, reported it on the radio, and turned back.", nil},
		// "there" as a clause's subject, contracted, opens the content.
		{"there contracted", "Brill says there’s no money left for the bridge.",
			[]vspan{{Reported, "Brill", "Brill", "says", "there’s no money left for the bridge"}}},
	})
}

// TestModifierNameMe40: a one-word name of unknown kind that the text writes as a
// modifier after an article ("the Halden meeting") is no antecedent of "he": a
// company's name, passed over for the subject before it. A name the text also gives a
// person in full (last or first: "Marta Vela", "Kim Jae-won") and a name without such
// a use stay the antecedent. The texts are invented.
func TestModifierNameMe40(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a company's name used as a modifier",
			"Mr. Brill spoke at the Halden meeting on Monday. Halden shut two piers this spring. He said the port would recover.",
			[]vspan{{Reported, "Brill", "Brill", "said", "the port would recover"}}},
		{"a company's longer name is no person's",
			"Mr. Brill spoke at the Halden meeting on Monday. Halden Chase owns most of the piers. Halden shut two piers this spring. He said the port would recover.",
			[]vspan{{Reported, "Brill", "Brill", "said", "the port would recover"}}},
		{"a person named in full later",
			"Mr. Brill spoke first. The Vela campaign opened an office. Vela won the vote in May. He said the party would grow. Marta Vela spoke later.",
			[]vspan{{Reported, "Vela", "Vela", "said", "the party would grow"}}},
		{"a surname first",
			"Mr. Brill spoke first. The Kim government opened an office. Kim won the vote in May. He said the party would grow. Kim Jae-won spoke later.",
			[]vspan{{Reported, "Kim", "Kim", "said", "the party would grow"}}},
		{"a one-word name with a title",
			"Mr. Brill spoke first. The Vela campaign opened an office. Vela won the vote in May. He said the party would grow. Mr. Vela spoke later.",
			[]vspan{{Reported, "Vela", "Vela", "said", "the party would grow"}}},
		{"a one-word name without such a use", "Mr. Brill spoke first. Vela won the race in May. He said the party would grow.",
			[]vspan{{Reported, "Vela", "Vela", "said", "the party would grow"}}},
	})
}

// TestTypedDashesMe40: a dash typed as "--" or " - " sets off an aside as a comma or an
// em dash does: the subject before the aside is the verb's source, and a trailing
// attribution after such a dash has the content before it. The sentences are invented.
func TestTypedDashesMe40(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a relative aside between double hyphens", "Mayor Tomas Brill -- whose sister runs the ferry -- has mocked the new toll.",
			[]vspan{{Reported, "Mayor Tomas Brill", "Tomas Brill", "mocked", "the new toll"}}},
		{"an including aside between double hyphens", "Growers -- including Vela -- angrily accused Brill of lying.",
			[]vspan{{Reported, "Growers", "Growers", "accused", "Brill of lying"}}},
		{"a relative aside between spaced hyphens", "Mayor Tomas Brill - whose sister runs the ferry - has mocked the new toll.",
			[]vspan{{Reported, "Mayor Tomas Brill", "Tomas Brill", "mocked", "the new toll"}}},
		{"a trailing attribution after a spaced hyphen", "The toll is fair - the harbormaster said.",
			[]vspan{{Reported, "the harbormaster", "the harbormaster", "said", "The toll is fair"}}},
		{"a trailing attribution after a spaced hyphen, a number inside", "The index fell to -5 in May - the bank said.",
			[]vspan{{Reported, "the bank", "the bank", "said", "The index fell to -5 in May"}}},
		// A stamp of numbers before a dash is no content: the words after it are read as
		// the sentence.
		{"a time stamp before a typed dash", "03.11.21 09:40 - The ferry office continues: Vela stated that the ferry will run again.",
			[]vspan{{Reported, "Vela", "Vela", "stated", "the ferry will run again"}}},
		{"a time stamp before a trailing attribution", "09:40 - The toll will rise, Vela said.",
			[]vspan{{Reported, "Vela", "Vela", "said", "The toll will rise"}}},
	})
}

// TestAppositionSubjectsMe40: a person's name and the description set off after it are
// the verb's subject, and the name its speaker, also in a clause that "as" opens after a
// past verb or a word of time; "as" after a noun, "such" or a naming verb, or inside a
// relative clause or a participle's aside, is no such opening. The sentences are invented.
func TestAppositionSubjectsMe40(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"as after a word of time", "The rows went on into the night as Marta Holm, Ivo Brand's sister, blamed the council for the delay.",
			[]vspan{{Reported, "Marta Holm", "Marta Holm", "blamed", "the council for the delay"}}},
		{"as after a past verb", "The protest swelled as Ivo Marek, the head of the dock union, urged members to stay home.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "urged", "members to stay home"}}},
		{"such as is a preposition", "Several growers, such as Marta Holm, the farm's owner, said the frost was early.",
			[]vspan{{Reported, "Several growers", "Several growers", "said", "the frost was early"}}},
		{"known as names", "The fishing guild, known as Marfa, the oldest on the coast, said the quota was unfair.",
			[]vspan{{Reported, "The fishing guild", "the fishing guild", "said", "the quota was unfair"}}},
		{"as in a relative clause", "The actor, who starred as Marta Holm, the film's villain, said the role was hard.",
			[]vspan{{Reported, "The actor", "the actor", "said", "the role was hard"}}},
		{"as after a participle's aside", "The officer, disguised as Marta Holm, a buyer, told the court the deal was real.",
			[]vspan{{Reported, "The officer", "the officer", "told", "the deal was real"}}},
		{"the same year as, in a participle's aside", "The mayor, elected the same year as Marta Holm, the council's chair, said the toll would rise.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the toll would rise"}}},
	})
}
