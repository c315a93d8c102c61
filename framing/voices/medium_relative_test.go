package voices

import "testing"

// TestMediumRelativeClause checks a relative clause after the medium or the addressee of a
// verb of saying: "that" there opens the noun's clause, not the verb's content ("Ruiz
// wrote in a note that was mailed to the board that …" had "was mailed to the board that …"
// for content; "…, Ruiz wrote in a note that was mailed to the board." had that clause for
// content and lost the one before). Each sentence is invented.
func TestMediumRelativeClause(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"the verb's that after the medium's clause", "Ruiz wrote in a note that was mailed to the board that the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "wrote", "the port would close"}}},
		{"the verb's that after the addressee's clause", "Ruiz told reporters that were waiting outside that the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "told", "the port would close"}}},
		{"a trailing attribution's medium and its clause", "The port will close, Ruiz wrote in a note that was mailed to the board.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "wrote", "The port will close"}}},
		{"the medium's clause with which", "The port will close, Ruiz wrote in a note, which was mailed to the board on Friday.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "wrote", "The port will close"}}},
		{"the medium's clause that reports", "Two ferries ran aground, the coast guard wrote in a bulletin, which also reported that no one drowned.",
			[]vspan{{Reported, "the coast guard", "the coast guard", "wrote", "Two ferries ran aground"}, {Reported, "the coast guard", "the coast guard", "wrote", "which also reported that no one drowned"}}},
		{"an addressee before a content that opens with neither", "Lee assured the crews that neither the pilots nor the owners had signed the deal.",
			[]vspan{{Reported, "Lee", "Lee", "assured", "neither the pilots nor the owners had signed the deal"}}},
		{"an addressee before a content that opens with even", "Lee told a harbor conference that even friends of the mayor had doubts.",
			[]vspan{{Reported, "Lee", "Lee", "told", "even friends of the mayor had doubts"}}},
		{"an adverb before a pronoun", "Her staff said later that did not alter the vote.",
			[]vspan{{Reported, "Her staff", "her staff", "said", "did not alter the vote"}}},
		{"a demonstrative after an addressee", "Greer told reporters that was not true.",
			[]vspan{{Reported, "Greer", "Greer", "told", "was not true"}}},
		{"a demonstrative after a name", "Ruiz told Harborwatch that was a lie.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "told", "was a lie"}}},
		{"a demonstrative and a relative clause in the content", "The senator told reporters that is a problem that the council must fix.",
			[]vspan{{Reported, "The senator", "the senator", "told", "is a problem that the council must fix"}}},
		{"being after that", "The judge told the lawyers that being late was not acceptable.",
			[]vspan{{Reported, "The judge", "the judge", "told", "being late was not acceptable"}}},
		{"an adverb before the participle", "Ruiz said in a memo that was later deleted that the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port would close"}}},
		{"a relative clause after a parenthetical attribution", "The levy, Ruiz said, which voters approved in 2019, will expire next year.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "The levy"}, {Reported, "Ruiz", "Ruiz", "said", "which voters approved in 2019, will expire next year"}}},
		{"a participle in the content's subject", "Ruiz told reporters that cuts planned by the board would hurt the port.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "told", "cuts planned by the board would hurt the port"}}},
		{"a demonstrative and a participle", "Greer told reporters that was expected.",
			[]vspan{{Reported, "Greer", "Greer", "told", "was expected"}}},
		{"a demonstrative and a participle after a trailing addressee", "The port will close, Ruiz told reporters that was expected.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "told", "was expected"}}},
		{"a which clause after a subject and a parenthetical attribution", "The bridge, officials said on Tuesday, which was built in 1950, will be closed for repairs.",
			[]vspan{{Reported, "officials", "officials", "said", "The bridge"}, {Reported, "officials", "officials", "said", "which was built in 1950, will be closed for repairs"}}},
		{"a pronoun after an addressee pronoun", "Ruiz assured me that was her one motive.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "assured", "was her one motive"}}},
		{"a pronoun after a time", "Ruiz said on Monday that was the end of it.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "was the end of it"}}},
		{"a demonstrative that after a second verb", "Beyond that, her aides say that neither bid can reach the 60 seats needed for control of the council by itself, and they claim that would hand the choice to the courts.",
			[]vspan{{Reported, "her aides", "her aides", "say", "neither bid can reach the 60 seats needed for control of the council by itself"},
				{Reported, "her aides", "her aides", "claim", "would hand the choice to the courts"}}},
		{"a demonstrative that after the verb", "Beyond this, her aides say the vote is close, and they claim that would hand the choice to the board.",
			[]vspan{{Reported, "her aides", "her aides", "say", "the vote is close"}, {Reported, "her aides", "her aides", "claim", "would hand the choice to the board"}}},
		{"a relative clause after to", "Above all, Marek appeals to a crowd that has little grasp of how the port works.",
			[]vspan{{Reported, "Marek", "Marek", "appeals", "has little grasp of how the port works"}}},
		{"the content's that after the medium", "Ruiz wrote in a memo that the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "wrote", "the port would close"}}},
	})
}
