package voices

import "testing"

// TestReported12 covers the twelfth round's rules on indirect speech (issue 18). Each
// sentence is written for this test.
func TestReported12(t *testing.T) {
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
