package voices

import "testing"

// TestSentenceEndsAttribution checks attribution where a sentence ends in a word the
// scanner once read as an abbreviation ("ago", Spanish August's; "no", number's) or in an
// abbreviation or an initial before a word that opens sentences ("the U.S. The mayor"):
// the next sentence's subject was read as the end of the one before, and its speaker
// lost. And the naming verbs that are nouns too ("brand", "label", "terms") are verbs only
// after a subject: "the Ruiz brand said" was the speaker "the Ruiz" with the verb "brand";
// nor after a plural's possessive ("the workers’ plan relies on …"), which is the source
// of a noun of speech as a singular's is ("the dockers’ calls for a strike").
// Each sentence is invented.
func TestSentenceEndsAttribution(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"ago before the next sentence", "The ferry deal was signed two years ago. The mayor said the port would reopen.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the port would reopen"}}},
		{"ago glued to the next sentence", "The ferry deal was signed two years ago.The mayor said the port would reopen.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the port would reopen"}}},
		{"no before the next sentence", "The answer was no. The mayor said the port would reopen.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the port would reopen"}}},
		{"an abbreviation before The", "The ferry deal was signed in the U.S. The mayor said the port would reopen.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the port would reopen"}}},
		{"a company's abbreviation before The", "He joined Halden Inc. The firm said it would grow.",
			[]vspan{{Reported, "The firm", "the firm", "said", "it would grow"}}},
		{"an initial before It", "Ana Ruiz chose Plan B. It failed, she said.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "It failed"}}},
		{"a noun that names, after a name", "The ferry line was sold to the Ruiz brand. The Ruiz brand said that the company gives parents ten weeks of leave.",
			[]vspan{{Reported, "The Ruiz brand", "Ruiz brand", "said", "the company gives parents ten weeks of leave"}}},
		{"a noun that names, in a phrase", "A spokeswoman for the Varga label said the company would grow.",
			[]vspan{{Reported, "A spokeswoman for the Varga label", "a spokeswoman for the Varga label", "said", "the company would grow"}}},
		{"a plural's possessive before a noun that is a verb too", "The workers’ plan relies on trying to build up a new ferry line.", nil},
		{"a plural's possessive with a straight apostrophe", "The Valdoran States' plan relies on trying to build up a new ferry line.", nil},
		{"a plural's possessive, the source of a noun of speech", "The protesters' claims that the vote was rigged were dismissed.",
			[]vspan{{Reported, "The protesters", "the protesters", "claims", "the vote was rigged"}}},
		{"a plural's possessive, the source of a noun of speech with a preposition", "The dockers’ calls for a strike went unanswered.",
			[]vspan{{Reported, "The dockers", "the dockers", "calls", "a strike"}}},
		{"a plural's possessor after a verb and a name", "The chief stoked Halden voters’ fears about the port.",
			[]vspan{{Reported, "Halden voters", "Halden voters", "fears", "the port"}}},
		{"a plural's possessor after a verb and a name, the verb in its base form", "We must respect Halden residents’ appeal to keep the ferry.",
			[]vspan{{Reported, "Halden residents", "Halden residents", "appeal", "to keep the ferry"}}},
		{"a plural's possessor after that", "The toll rose so fast that Halden voters’ hopes of a new port were dashed.",
			[]vspan{{Reported, "Halden voters", "Halden voters", "hopes", "a new port"}}},
		{"a plural's possessor after a verb in -ed", "He deflected reporters’ questions about the port.",
			[]vspan{{Reported, "reporters", "reporters", "questions", "the port"}}},
		{"a plural's possessor after a phrase with of", "They looked at the bits and pieces of our rivals’ argument against the toll.",
			[]vspan{{Reported, "our rivals", "our rivals", "argument", "the toll"}}},
		{"a plural subject before the verb", "Dockers plan to strike on Monday.",
			[]vspan{{Reported, "Dockers", "Dockers", "plan", "to strike on Monday"}}},
		{"a naming verb after its subject", "Critics brand the plan \"a giveaway to the port owners.\"",
			[]vspan{{Reported, "Critics", "critics", "brand", "the plan"}, {Quote, "Critics", "critics", "brand", "a giveaway to the port owners."}}},
	})
}

// TestPastOffice checks that a description of an office ("the president") does not stand
// for a person who held it before ("Lena Okafor, the former Valdoran president", "former
// President Lena Okafor"), but for its holder named before; a description that says so
// ("the former president") does, and with no holder named the description stays as it is
// (no speaker rather than a wrong one). Each sentence is invented.
func TestPastOffice(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a former holder in apposition", "President Ana Voss spoke in Halden on Monday. She praised Lena Okafor, the former Valdoran president, who is ill. The president said the ruling was a mistake.",
			[]vspan{{Reported, "Ana Voss", "Ana Voss", "praised", "Lena Okafor, the former Valdoran president, who is ill"}, {Reported, "The president", "Ana Voss", "said", "the ruling was a mistake"}}},
		{"a former holder titled", "President Ana Voss spoke in Halden on Monday. She praised former President Lena Okafor, who is ill. The president said the ruling was a mistake.",
			[]vspan{{Reported, "Ana Voss", "Ana Voss", "praised", "former President Lena Okafor, who is ill"}, {Reported, "The president", "Ana Voss", "said", "the ruling was a mistake"}}},
		{"a description that says former", "President Ana Voss spoke in Halden on Monday. She praised Lena Okafor, the former Valdoran president, who is ill. The former president said the ruling was a mistake.",
			[]vspan{{Reported, "Ana Voss", "Ana Voss", "praised", "Lena Okafor, the former Valdoran president, who is ill"}, {Reported, "The former president", "Lena Okafor", "said", "the ruling was a mistake"}}},
		{"a former holder alone", "Lena Okafor, the former Valdoran president, visited the port. The president said the ruling was a mistake.",
			[]vspan{{Reported, "The president", "the president", "said", "the ruling was a mistake"}}},
		{"a former holder who spoke", "Lena Okafor, the former Valdoran president, said the port was old. The president said the ruling was a mistake.",
			[]vspan{{Reported, "Lena Okafor", "Lena Okafor", "said", "the port was old"}, {Reported, "The president", "the president", "said", "the ruling was a mistake"}}},
		{"a former holder who spoke, described so", "Lena Okafor, the former Valdoran president, said the port was old. The former president said the ruling was a mistake.",
			[]vspan{{Reported, "Lena Okafor", "Lena Okafor", "said", "the port was old"}, {Reported, "The former president", "Lena Okafor", "said", "the ruling was a mistake"}}},
		{"a former holder titled, alone", "Former President Lena Okafor spoke in Halden. The president said the ruling was a mistake.",
			[]vspan{{Reported, "The president", "the president", "said", "the ruling was a mistake"}}},
		{"a former holder titled, alone, described so", "Former President Lena Okafor spoke in Halden. The former president said the ruling was a mistake.",
			[]vspan{{Reported, "The former president", "Lena Okafor", "said", "the ruling was a mistake"}}},
		{"a holder in apposition", "Lena Okafor, the Valdoran president, spoke in Halden. The president said the ruling was a mistake.",
			[]vspan{{Reported, "The president", "Lena Okafor", "said", "the ruling was a mistake"}}},
	})
}
