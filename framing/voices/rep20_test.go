package voices

import "testing"

// TestReportedMediumClause20 covers a clause without "that" after a medium whose noun
// comes right before the clause's subject ("said in a statement the pier would close"):
// the clause, subject and all, is the content, not its verb alone; after any other noun
// or word it is not. Each sentence is written for this test.
func TestReportedMediumClause20(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a determiner's subject after a medium opens the content",
			"Ana Ruiz said in a statement the pier would close on Monday.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the pier would close on Monday"}}},
		{"and so after a content before it",
			"The pier will close, Ana Ruiz said in a statement the pier would close.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the pier would close"}}},
		{"a name for subject after a medium in lower case",
			"Lena Varga wrote in a memo Ivo Marek had resigned.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "wrote", "Ivo Marek had resigned"}}},
		{"a determiner after a name of a medium",
			"Ana Ruiz said in The Halden Courier the toll would stay.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the toll would stay"}}},
		{"but a relative clause without that after a place is no content",
			"Ana Ruiz spoke in the hall the ferry crews built.",
			nil},
		{"nor after the noun of a place, with a modal",
			"Ana Ruiz spoke at the pier the crews would close.",
			nil},
		{"or with an auxiliary",
			"Ana Ruiz spoke in the hall the crews had built.",
			nil},
		{"nor after where",
			"Ana Ruiz spoke at the pier where the crews would rest.",
			nil},
		{"nor the second word of a name after its first",
			"The mayor who spoke in a debate with Ivo Marek will resign.",
			nil},
		{"nor a name that goes on a name",
			"Ivo Marek said in an interview with Halden Radio.",
			nil},
	})
}

// TestReportedCoordinateSource20 covers a clause after a comma and a conjunction
// (coordinator) with a source and a cue of its own after a content: it ends the content,
// and its cue has its own content and source; a cue in a relative clause of that source
// does not. Each sentence is written for this test.
func TestReportedCoordinateSource20(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a source and cue after and",
			"The mayor of Halden said the pier would close, and Ivo Marek signaled that the toll would stay.",
			[]vspan{{Reported, "The mayor of Halden", "the mayor of Halden", "said", "the pier would close"},
				{Reported, "Ivo Marek", "Ivo Marek", "signaled", "the toll would stay"}}},
		{"and after but",
			"Ana Ruiz said the pier would close, but the mayor insists it will stay open.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the pier would close"},
				{Reported, "the mayor", "the mayor", "insists", "it will stay open"}}},
		{"and a second that clause of the same verb stays one content",
			"Ana Ruiz said the pier would close, and that the crews said it would not.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the pier would close, and that the crews said it would not"}}},
		{"and after while or whereas",
			"The harbor master said the dredging was finished, while two pilots claimed the channel was still shallow. Ana Ruiz said the pier was safe, whereas Ivo Marek argued that it was not.",
			[]vspan{{Reported, "The harbor master", "the harbor master", "said", "the dredging was finished"},
				{Reported, "two pilots", "two pilots", "claimed", "the channel was still shallow"},
				{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the pier was safe"},
				{Reported, "Ivo Marek", "Ivo Marek", "argued", "it was not"}}},
		{"and after though or although",
			"Ana Ruiz criticized the harbor board, though she added that the levy had helped. Ivo Marek said the ferry was late, although the crews said it was early.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "criticized", "the harbor board"},
				{Reported, "Ana Ruiz", "Ana Ruiz", "added", "the levy had helped"},
				{Reported, "Ivo Marek", "Ivo Marek", "said", "the ferry was late"},
				{Reported, "the crews", "the crews", "said", "it was early"}}},
		{"but a cue in a relative clause of the next subject is not that subject's",
			"Ana Ruiz said the pier would close, and the ferry that critics said was late would stop.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the pier would close, and the ferry that critics said was late would stop"}}},
		{"nor after but",
			"Ana Ruiz said the pier would close, but the plan that critics said would fail was dropped.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the pier would close, but the plan that critics said would fail was dropped"}}},
		{"but a clause after while without a cue goes on with the content",
			"Ana Ruiz said the pier was safe, while the ferry ran late.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the pier was safe, while the ferry ran late"}}},
		{"but a clause after and without a cue goes on with the content",
			"Ana Ruiz said the pier would close, and the ferry would stop.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the pier would close, and the ferry would stop"}}},
	})
}

// TestReportedPersonObject20 covers the object of a verb of support that is a person's
// name or a pronoun: it ends before the time, place or occasion after it. Each sentence
// is written for this test.
func TestReportedPersonObject20(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a name ends before a time",
			"Ana Ruiz endorsed Ivo Marek in early June.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "endorsed", "Ivo Marek"}}},
		{"a pronoun ends before a place",
			"Ana Ruiz opposed him on the floor during the vote.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "opposed", "him"}}},
		{"and before an adverb of time",
			"The union backed her early in the race.",
			[]vspan{{Reported, "The union", "the union", "backed", "her"}}},
		{"but for goes on with the name",
			"Ana Ruiz endorsed Ivo Marek for mayor.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "endorsed", "Ivo Marek for mayor"}}},
		{"and so do of and over",
			"Ana Ruiz endorsed Lena Varga of Halden. The union favored Ivo Marek over Lena Varga.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "endorsed", "Lena Varga of Halden"},
				{Reported, "The union", "the union", "favored", "Ivo Marek over Lena Varga"}}},
		{"but a verb with a second complement keeps it",
			"Ana Ruiz urged Ivo Marek on Monday to resign.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "urged", "Ivo Marek on Monday to resign"}}},
		{"as does liken",
			"Ana Ruiz likened Marek in her column to a pirate.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "likened", "Marek in her column to a pirate"}}},
		{"and consider",
			"Ana Ruiz considers him in the wrong.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "considers", "him in the wrong"}}},
		{"and a common noun keeps its phrase",
			"Ana Ruiz supported the plan in the council.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "supported", "the plan in the council"}}},
		{"but early before a noun is no time",
			"Ana Ruiz backed her early bid for mayor.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "backed", "her early bid for mayor"}}},
		{"nor late",
			"Ana Ruiz backed her late husband in the race.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "backed", "her late husband in the race"}}},
		{"while early before on is",
			"Ana Ruiz backed Ivo Marek early on Monday.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "backed", "Ivo Marek"}}},
		{"and before a conjunction",
			"The union backed Lena Varga late and without fuss.",
			[]vspan{{Reported, "The union", "the union", "backed", "Lena Varga"}}},
		{"as does her before a noun",
			"Ana Ruiz backed her plan in the council.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "backed", "her plan in the council"}}},
	})
}
