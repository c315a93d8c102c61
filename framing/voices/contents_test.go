package voices

import "testing"

// TestContentRules covers the rules of contents.go chosen on PolNeAR's tune half. Each
// sentence is written for this test.
func TestContentRules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []vspan
	}{
		{"a look is no content",
			"The mayor appeared tired. Varga seemed pleased with the crowd.",
			nil},
		{"nor a place after the verb",
			"The two rivals appeared together in Halden.",
			nil},
		{"nor a look with like and a subject",
			"The crowd looks like a football team.",
			nil},
		{"nor a complement with to and a noun phrase",
			"The envoy appeared deferential to the king.",
			nil},
		{"out without for or against is no stance",
			"The ferry came out of the fog.",
			nil},
		{"in favor of after a noun is no stance taken",
			"The vote in favor of the levy was close.",
			nil},
		{"a progressive of support with an adverb between",
			"Ruiz is now supporting Varga. Pell was still backing the levy.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "supporting", "Varga"}, {Reported, "Pell", "Pell", "backing", "the levy"}}},
		{"or in a relative clause",
			"Varga, who is now supporting Ruiz, spoke first.",
			[]vspan{{Reported, "Varga", "Varga", "supporting", "Ruiz"}}},
		{"a verb of support in an infinitive after a verb that is no cue",
			"The guild voted to endorse Ruiz. The council moved to oppose the levy.",
			[]vspan{{Reported, "The guild", "the guild", "endorse", "Ruiz"}, {Reported, "The council", "the council", "oppose", "the levy"}}},
		{"but not after a verb of motion's place",
			"Ruiz went to the hall to endorse Varga.",
			nil},
		{"a participle set off after the subject ends at its comma",
			"Ruiz, criticizing the board, left the room.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "criticizing", "the board"}}},
		{"and the sentence's own verb of saying has its content",
			"Ruiz, criticizing the board, said the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "criticizing", "the board"}, {Reported, "Ruiz", "Ruiz", "said", "the port would close"}}},
		{"but a participle after the sentence's verb goes on through a list",
			"Ruiz spoke for an hour, criticizing the board, the mayor and the clerks.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "criticizing", "the board, the mayor and the clerks"}}},
		{"a content in a subordinate clause that opens the sentence ends before the main clause",
			"When Ruiz said the port would close, the clerks went home.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port would close"}}},
		{"but a cue in the main clause keeps its content",
			"Although the storm had passed, Ruiz said the port would close, the bridge would open.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port would close, the bridge would open"}}},
		{"but goes on through a list",
			"When Ruiz said the port, the bridge and the ferry would close, the clerks went home.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port, the bridge and the ferry would close"}}},
		{"a subordinate clause after the main clause keeps its clauses",
			"The clerks went home when Ruiz said the port would close, the bridge would open and the ferry would run.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port would close, the bridge would open and the ferry would run"}}},
		{"nor look with a preposition",
			"It looked at the plan.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpans(t, tt.text, "english", tt.want)
		})
	}
}

// TestContentAttributions covers the rules of contents.go written for wrong attributions
// a reader would see. Each sentence is written for this test.
func TestContentAttributions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []vspan
	}{
		{"a relative clause after an object is its antecedent's",
			"Ana Ruiz met the mayor, who said the plan would fail.",
			[]vspan{{Reported, "the mayor", "the mayor", "said", "the plan would fail"}}},
		{"with a verb of support too",
			"Ivo Marek thanked the mayor, who has backed the levy.",
			[]vspan{{Reported, "the mayor", "the mayor", "backed", "the levy"}}},
		{"a name's relative clause still",
			"Ana Ruiz met Ivo Marek, who said the plan would fail.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "said", "the plan would fail"}}},
		{"an infinitive of support in a noun's participle is no one's stance",
			"The money raised to endorse Ruiz came from farmers.",
			nil},
		{"nor in a group's participle before the sentence's verb",
			"The group formed to oppose the levy met on Friday.",
			nil},
		{"but a verb with a subject of its own after the object is the object's relative clause",
			"The union moved to oppose the plan Ruiz announced. The union voted to oppose the plan Ruiz had announced.",
			[]vspan{{Reported, "The union", "the union", "oppose", "the plan Ruiz announced"}, {Reported, "The union", "the union", "oppose", "the plan Ruiz had announced"}}},
		{"but after the sentence's verb it is its subject's",
			"The guild voted to endorse Ruiz last week.",
			[]vspan{{Reported, "The guild", "the guild", "endorse", "Ruiz"}}},
		{"a relative clause's content ends before the sentence's verb",
			"The mayor, who said the plan would fail, quietly left town.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the plan would fail"}}},
		{"or its modal",
			"The mayor, who said the plan would fail, will leave town.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the plan would fail"}}},
		{"after a fronted clause too",
			"After the storm passed, the mayor, who said the plan would fail, left town.",
			[]vspan{{Reported, "the mayor", "the mayor", "said", "the plan would fail"}}},
		{"and the main subject is the relative's, not the fronted clause's",
			"Although Ivo Marek was tired, the mayor, who has backed the levy, said the plan would fail.",
			[]vspan{{Reported, "the mayor", "the mayor", "backed", "the levy"}, {Reported, "the mayor", "the mayor", "said", "the plan would fail"}}},
		{"or before a verb in -ed that ends the sentence",
			"Although the storm had passed, the mayor, who has long argued that the port is unsafe, closed it.",
			[]vspan{{Reported, "the mayor", "the mayor", "argued", "the port is unsafe"}}},
		{"a fronted clause with a relative clause in it ends before the main clause",
			"When Ruiz, who opposed the plan, said the port would close, the clerks went home.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "opposed", "the plan"}, {Reported, "Ruiz", "Ruiz", "said", "the port would close"}}},
		{"but a cue in the main clause after one keeps its clauses",
			"When the storm passed, the mayor, who opposed the plan, said the port would close, the bridge would open.",
			[]vspan{{Reported, "the mayor", "the mayor", "opposed", "the plan"}, {Reported, "the mayor", "the mayor", "said", "the port would close, the bridge would open"}}},
		{"a relative clause with which is its antecedent's, not the sentence subject's",
			"Ruiz courted the guild, which supports the levy.",
			[]vspan{{Reported, "the guild", "the guild", "supports", "the levy"}}},
		{"with a verb of saying too",
			"Ruiz met the guild, which said the levy was unfair.",
			[]vspan{{Reported, "the guild", "the guild", "said", "the levy was unfair"}}},
		{"the antecedent is the noun after a preposition, not the clause before it",
			"Ruiz voted for the bill, which supports farmers.",
			[]vspan{{Reported, "the bill", "the bill", "supports", "farmers"}}},
		{"nor a verb after adverbs and its object",
			"The tax largely benefits farmers, which supports the view that it is unfair.",
			[]vspan{{Reported, "farmers", "farmers", "supports", "the view that it is unfair"}}},
		{"but a phrase with of is whole",
			"Ana Ruiz met the mayor of Halden, who said the plan would fail.",
			[]vspan{{Reported, "the mayor of Halden", "the mayor of Halden", "said", "the plan would fail"}}},
		{"a verb of support after an adverb in -ly",
			"The guild largely supports the levy.",
			[]vspan{{Reported, "The guild", "the guild", "supports", "the levy"}}},
		{"and in a relative clause",
			"The guild, which largely supports the levy, met on Friday.",
			[]vspan{{Reported, "The guild", "the guild", "supports", "the levy"}}},
		{"a verb of thinking after an adverb and a plural noun",
			"Voters firmly believe the port will close.",
			[]vspan{{Reported, "Voters", "voters", "believe", "the port will close"}}},
		{"a verb of thinking after its subject's aside",
			"Ana Ruiz, who is rich, hopes her campaign can win.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "hopes", "her campaign can win"}}},
		{"but a noun after a comma with a preposition is none",
			"In Halden, hopes of a deal faded.",
			nil},
		{"but a list of clauses goes on",
			"Ana Ruiz met the mayor, who said the plan would fail, the bridge would close and the port would open.",
			[]vspan{{Reported, "the mayor", "the mayor", "said", "the plan would fail, the bridge would close and the port would open"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpans(t, tt.text, "english", tt.want)
		})
	}
}
