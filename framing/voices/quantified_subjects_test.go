package voices

import "testing"

// TestQuantifiedSubjects checks that a quantifier or a number opening a sentence before a
// plural noun and a verb opens the sentence's subject ("Several residents left the city and
// said …" is theirs, not the city's), an antecedent of "they" and not of "it", while a
// quantifier before a noun of time, an adverb in -ly, a preposition or a plural with no
// verb the language knows after it (an adverb of the auxiliaries' class, a participle
// that ends its clause) opens an adverbial, as before. Each sentence is invented.
func TestQuantifiedSubjects(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a quantifier and a plural", "Several residents left the city and said the water was unsafe.",
			[]vspan{{Reported, "Several residents", "Several residents", "said", "the water was unsafe"}}},
		{"a number and a plural", "Two officials toured the port and said it would reopen.",
			[]vspan{{Reported, "Two officials", "Two officials", "said", "it would reopen"}}},
		{"a modifier, and an adverb before the verb", "Many young dockers quietly left the port and said the pay was too low.",
			[]vspan{{Reported, "Many young dockers", "Many young dockers", "said", "the pay was too low"}}},
		{"they after a quantified subject", "Many residents left the city. They said the water was unsafe.",
			[]vspan{{Reported, "Many residents", "Many residents", "said", "the water was unsafe"}}},
		{"it after a quantified subject", "Many residents left the city. It said the water was unsafe.",
			[]vspan{{Reported, "", "", "said", "the water was unsafe"}}},
		{"an adverb in -ly before the verb", "Many dockers openly backed the strike and said the pay was too low.",
			[]vspan{{Reported, "Many dockers", "Many dockers", "backed", "the strike"}, {Reported, "Many dockers", "Many dockers", "said", "the pay was too low"}}},
		{"an adverb before the verb", "Some readers also shared their thoughts and said the plan was sound.",
			[]vspan{{Reported, "Some readers", "some readers", "said", "the plan was sound"}}},
		{"a name that opens with a number is no quantified subject", "10 Downing Street issued a statement. It said the talks would resume.",
			[]vspan{{Reported, "10 Downing Street", "10 Downing Street", "said", "the talks would resume"}}},
		{"a plural noun of time before a verb: an adverbial", "Two weeks passed and the council met the mayor and said the port would close.",
			[]vspan{{Reported, "the council", "the council", "said", "the port would close"}}},
		{"an adverb of the auxiliaries' class: an adverbial", "Several miles further, the council met the mayor and said the port would close.",
			[]vspan{{Reported, "the council", "the council", "said", "the port would close"}}},
		{"a participle that ends its clause: an adverbial", "All things considered, the council met the mayor and said the port would close.",
			[]vspan{{Reported, "the council", "the council", "said", "the port would close"}}},
		{"a noun of time: an adverbial", "Two days later the council met the mayor and said the port would close.",
			[]vspan{{Reported, "the council", "the council", "said", "the port would close"}}},
		{"a plural with no verb after it: an adverbial", "Several miles away the council met the dockers and said the port would close.",
			[]vspan{{Reported, "the council", "the council", "said", "the port would close"}}},
		{"a plural before a word of time: an adverbial", "Three minutes later the council met the mayor and said the port would close.",
			[]vspan{{Reported, "the council", "the council", "said", "the port would close"}}},
		{"an adverb in -ly: an adverbial", "Most importantly the council met the mayor and said the port would close.",
			[]vspan{{Reported, "the council", "the council", "said", "the port would close"}}},
		{"a preposition: an adverbial", "All in all the council met the mayor and said the port would close.",
			[]vspan{{Reported, "the council", "the council", "said", "the port would close"}}},
	})
}
