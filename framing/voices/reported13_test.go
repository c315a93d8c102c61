package voices

import "testing"

// TestReported13 covers the thirteenth round's fixes on indirect speech (issue 18). Each
// sentence is written for this test.
func TestReported13(t *testing.T) {
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
