package voices

import "testing"

// TestVox14 covers wrong attributions a reviewer found on ordinary prose. Each sentence
// is written for this test.
func TestVox14(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a cleft with a name set against another is the first name's",
			"It was Ruiz, not Varga, who said the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port would close"}}},
		{"without 'it was' a name after 'not' keeps its relative clause",
			"The board chose Ruiz, not Varga, who had said the port would close.",
			[]vspan{{Reported, "Varga", "Varga", "said", "the port would close"}}},
		{"a second 'that' clause of one verb is no new attribution",
			"Ruiz said the port would close, and that critics said it would not.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port would close, and that critics said it would not"}}},
		{"a relative clause after the subject before an inverted source stays a content",
			"The levy, which took effect in May, said Ruiz, has hurt farmers.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "The levy, which took effect in May"}, {Reported, "Ruiz", "Ruiz", "said", "has hurt farmers"}}},
		{"a singular noun in -ics keeps its which clause",
			"Ruiz studied economics, which shows that taxes hurt growth.",
			[]vspan{{Reported, "economics", "economics", "shows", "taxes hurt growth"}}},
		{"a participle with an infinitive after the subject leaves the subject",
			"The committee formed to support Ruiz said it would disband.",
			[]vspan{{Reported, "The committee", "the committee", "said", "it would disband"}}},
		{"a relative clause set off after the subject is no content before an inverted source",
			"The mayor, who said the plan would fail, announced his resignation.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the plan would fail"}, {Reported, "The mayor", "the mayor", "announced", "his resignation"}}},
		{"an infinitive in a relative clause set off after the subject ends at its comma",
			"Varga's aide, who asked to see the minutes, said the talks had failed.",
			[]vspan{{Reported, "Varga's aide", "Varga's aide", "asked", "to see the minutes"}, {Reported, "Varga's aide", "Varga's aide", "said", "the talks had failed"}}},
		{"which with a singular verb after a plural noun stands for the clause: no source",
			"The tax benefits farmers, which supports the view that it is unfair.",
			nil},
		{"but with a plural verb the noun is the source",
			"The tax largely benefits farmers, which support the claim the levy hurts Halden.",
			[]vspan{{Reported, "farmers", "farmers", "support", "the claim the levy hurts Halden"}}},
		{"and a singular noun stays the source of a singular verb",
			"The guild backs the levy, which supports farmers.",
			[]vspan{{Reported, "The guild", "the guild", "backs", "the levy"}, {Reported, "the levy", "the levy", "supports", "farmers"}}},
		{"a clause after a comma and and with a subject and a verb of saying of its own is no part of the content",
			"Ruiz said the port would close, and the clerks said the levy was fair.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port would close"}, {Reported, "the clerks", "the clerks", "said", "the levy was fair"}}},
		{"nor after a verb of telling and an aside after its addressee",
			"Ruiz told Marek, who was tired, the port would close, and Varga said the levy was fair.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "told", "the port would close"}, {Reported, "Varga", "Varga", "said", "the levy was fair"}}},
		{"but a verb after and without a subject of its own is the content's subject's",
			"Ruiz said the clerk entered the store and said nothing.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the clerk entered the store and said nothing"}}},
	})
}
