package voices

import "testing"

// TestReportedObjectBounds covers rules that end or refuse a content of indirect speech
// where the words after a cue verb are no content of it (issue 18, the precision of
// reported spans), each in sentences written for this test.
func TestReportedObjectBounds(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"an object content ends before a time after the object",
			"The union endorsed Varga here on Sunday. The guild backed Ruiz in 2012. Ortiz criticized the mayor during a rally at the port.",
			[]vspan{{Reported, "The union", "the union", "endorsed", "Varga"}, {Reported, "The guild", "the guild", "backed", "Ruiz"},
				{Reported, "Ortiz", "Ortiz", "criticized", "the mayor"}}},
		{"a word of time counted in the object is no time of the verb",
			"Ruiz discussed each year of the budget with the board.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "discussed", "each year of the budget with the board"}}},
		{"a clause or an infinitive keeps its time",
			"Ruiz said the port would close on Monday. The mayor urged the board to act on Friday.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port would close on Monday"},
				{Reported, "The mayor", "the mayor", "urged", "the board to act on Friday"}}},
		{"off, away and down after a verb are particles, not a content",
			"The two firms called off the merger after the vote. The mayor backed away from the plan. The council backed down from the levy.",
			nil},
		{"a participle in -ed before by is passive, not a cue",
			"Farm cooperatives backed by the province have no choice. Candidates supported by the union won.",
			nil},
		{"a pronoun right after a noun opens a relative clause that has the noun for object",
			"The town has collected half of the cash it pledged to put toward the bridge. The council dropped the levies it once supported, like the harbor fee.",
			nil},
		{"but the object of a verb of expecting or telling is the infinitive's subject",
			"The crew is ready for a storm it expects to linger until Friday.",
			[]vspan{{Reported, "The crew", "the crew", "expects", "to linger until Friday"}}},
		{"a word that is both noun and verb after a number and before a verb is a noun",
			"The two sides said the talks would resume in March.",
			[]vspan{{Reported, "The two sides", "the two sides", "said", "the talks would resume in March"}}},
		{"a noun that could be a light verb after an adjective is a noun",
			"Late that night, a familiar voice marked the attacks on the air.",
			nil},
		{"a role after its modifiers, without an article, is an apposition to the source",
			"The law was “very strict,” said Ana Ruiz, history professor at the state university.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "The law was"}, {Quote, "Ana Ruiz", "Ana Ruiz", "said", "very strict,"}}},
		{"an infinitive of saying with that after the object of a verb of causing has that object for source",
			"The ruling led the unions to say that the strike would go on. It is fair to say that the port will close.",
			[]vspan{{Reported, "the unions", "the unions", "say", "the strike would go on"}, {Reported, "", "", "say", "the port will close"}}},
		{"a passive of ordering or advising with an infinitive is an order received, not a content",
			"The choir was instructed to start singing. The crews were advised to stay home. Ruiz was asked to release the records.",
			[]vspan{{Reported, "", "", "asked", "to release the records"}}},
	})
}
