package voices

import "testing"

// TestPluralNounSubjects checks that a reporting verb that is also a plural noun
// ("calls", "protests", "appeals", "estimates") heads its sentence's subject when an
// adjective opens the sentence before it, or a word after a determiner stands before it,
// and the sentence's finite verb follows at once, after its preposition's phrase or
// after the noun it modifies (before, "Repeated", "The recent" and "Federal" were
// speakers); a finite verb after "to", in a relative clause or in a clause of its own
// after the noun keeps it a verb. Each sentence is invented.
func TestPluralNounSubjects(t *testing.T) {
	runSpanCases(t, []spanCase{
		// A call for something is a statement without its source here (as PolNeAR
		// annotates such nouns); "Repeated" is no one.
		{"an adjective, the noun, its phrase, the verb", "Repeated calls for a recount have gone unanswered by the board.",
			[]vspan{{Reported, "", "", "calls", "a recount"}}},
		{"a determiner and an adjective", "The recent protests against the levy have drawn thousands to the quay.", nil},
		{"a determiner and an adjective, a name of two words in the phrase", "The recent protests against Port Elara officials have drawn crowds.", nil},
		{"an adjective, the noun, the noun it modifies", "Federal appeals courts have ruled that the levy stands.",
			[]vspan{{Reported, "Federal appeals courts", "Federal appeals courts", "ruled", "the levy stands"}}},
		// "put" and an amount at a figure is an estimate of the subject's (see
		// TestFiguresAndPluralSubjects).
		{"an adjective, the noun, the verb", "Initial estimates have put the damage at two million.",
			[]vspan{{Reported, "Initial estimates", "Initial estimates", "put", "the damage at two million"}}},
		{"a number, the noun, its phrase, the verb", "Thirty-two protests against the levy were held in May.", nil},
		{"a number, the noun, its phrase, the verb, again", "Twelve calls for a recount have gone unanswered.",
			[]vspan{{Reported, "", "", "calls", "a recount"}}},
		{"a determiner and a noun, then to and have", "The crew calls on dockers to have their say before Friday.",
			[]vspan{{Reported, "The crew", "the crew", "calls", "dockers to have their say before Friday"}}},
		{"a determiner and a noun, then a clause with a modal", "The crew fears the owner will sell the boat.",
			[]vspan{{Reported, "The crew", "the crew", "fears", "the owner will sell the boat"}}},
		{"a modal in a relative clause", "The crew calls for a strike that would shut the port.",
			[]vspan{{Reported, "The crew", "the crew", "calls", "a strike that would shut the port"}}},
		// A surname that ends as adjectives do ("Vidal", "Manning"), then a clause of its
		// own after the noun, with or without a word that opens it.
		{"a name, then a clause after the noun", "Vidal calls for talks the council has rejected.",
			[]vspan{{Reported, "Vidal", "Vidal", "calls", "talks the council has rejected"}}},
		{"a name, then before and a clause", "Vidal calls for a vote before the talks were due.",
			[]vspan{{Reported, "Vidal", "Vidal", "calls", "a vote before the talks were due"}}},
		{"a name, then a clause after the phrase's noun", "Manning calls for a recount the board will decide on.",
			[]vspan{{Reported, "Manning", "Manning", "calls", "a recount the board will decide on"}}},
		{"a name named before", "Lena Vidal chairs the guild. Vidal calls for a vote before the talks were due.",
			[]vspan{{Reported, "Vidal", "Vidal", "calls", "a vote before the talks were due"}}},
	})
}
