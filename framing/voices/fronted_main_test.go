package voices

import "testing"

// TestFrontedClauseMainClause checks that a content in a clause fronted by "if", "as",
// "because" or another subordinator ends at the comma where the sentence's main clause
// opens, also where no word list knows the main clause's verb ("If officials say the port
// will close, traders leave" had "the port will close, traders leave"; "As officials seek
// to tame the market, its openness draws traders" had the main clause in the
// infinitive's content), while a list, a relative clause or a verb after a comma goes on
// with it; and that the object and what it is seen as, in a relative clause set off by
// commas, end with the clause ("Critics, who see the levy as unfair, praised …" had
// "praised the decision" in the content). Each text is invented.
func TestFrontedClauseMainClause(t *testing.T) {
	officials := func(verb, content string) []vspan {
		return []vspan{{Reported, "officials", "officials", verb, content}}
	}
	ruiz := func(content string) []vspan { return []vspan{{Reported, "Ruiz", "Ruiz", "says", content}} }
	runSpanCases(t, []spanCase{
		{"a clause, a verb no list knows", "If officials say the port will close, traders leave.", officials("say", "the port will close")},
		{"a clause, a possessive subject", "If officials say the port will close, its openness draws traders.", officials("say", "the port will close")},
		{"an infinitive", "As officials seek to tame the market, its openness draws traders.", officials("seek", "to tame the market")},
		{"an infinitive, a number opens the main clause", "If officials decide to sell the port, 400 jobs go.", officials("decide", "to sell the port")},
		{"a list before the verb", "If Ruiz says the port, the ferry and the market will close, traders leave.",
			ruiz("the port, the ferry and the market will close")},
		{"a relative clause before the verb", "If Ruiz says the port, which is old, will close, traders leave.",
			ruiz("the port, which is old, will close")},
		{"a participle after the content", "If Ruiz says the port will close, cutting 400 jobs, traders leave.",
			ruiz("the port will close, cutting 400 jobs")},
		{"a subordinate clause after the content", "If Ruiz says the port will close once the season ends, traders leave.",
			ruiz("the port will close once the season ends")},
		{"a list in the content", "When Ruiz says the port would sell fish, grain, timber and coal, traders cheer.",
			ruiz("the port would sell fish, grain, timber and coal")},
		{"a list of days in the content", "When Ruiz says the port will close on Monday, Tuesday and Friday, traders protest.",
			ruiz("the port will close on Monday, Tuesday and Friday")},
		{"a list that opens the main clause", "If Ruiz says the port will close, ferries, barges and trawlers keep sailing.",
			ruiz("the port will close")},
		{"a name and its apposition open the main clause", "If Ruiz says the port will close, Marek, the mayor, will resign.",
			ruiz("the port will close")},
		{"what it is seen as, in a relative clause", "Critics, who see the levy as unfair, praised the decision.",
			[]vspan{{Reported, "Critics", "critics", "see", "the levy as unfair"}, {Reported, "Critics", "critics", "praised", "the decision"}}},
	})
}
