package voices

import "testing"

// TestRelativeGap covers a cue inside a relative clause that opens the sentence's
// subject, whose infinitive has the relative word for its object (relativeGap): no
// content, the sentence's own verb being no one's words; and the clauses around it that
// keep theirs. Each sentence is written for this test.
func TestRelativeGap(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a refusal in the subject's relative clause",
			"The error that Ana Ruiz declined to acknowledge cost her the seat.", nil},
		{"a refusal of words in the subject's relative clause",
			"The question that Ana Ruiz declined to answer did not go away.", nil},
		{"refused, the sentence's verb a past form",
			"The plan that Ana Ruiz refused to support cost her the seat.", nil},
		{"which, the sentence's verb after an auxiliary",
			"The bridge which Ivo Marek wants to build was never finished.", nil},
		{"an -ed form after the infinitive",
			"The ferry that Lena Varga hoped to save ended up in court.", nil},
		{"a particle after the infinitive's verb",
			"The voters that Ana Ruiz urged to turn out stayed home.", nil},
		{"after an opening phrase set off by a comma",
			"In Halden, the levee that Ivo Marek plans to raise will cost millions.", nil},
		{"an adverb between to and the verb",
			"The error that Ana Ruiz declined to publicly acknowledge cost her the seat.", nil},
		{"an infinitive with its own object keeps its content",
			"Ana Ruiz wants to build the bridge.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "wants", "to build the bridge"}}},
		{"a relative clause inside another's content is that content's",
			"Ivo Marek said the error that Ana Ruiz declined to acknowledge cost her the seat.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "said", "the error that Ana Ruiz declined to acknowledge cost her the seat"}}},
		{"a relative clause in a trailing attribution's content",
			"The plan that Ana Ruiz wants to revive will fail, Ivo Marek said.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "said", "The plan that Ana Ruiz wants to revive will fail"}}},
		{"a clause of content after a noun of content, the sentence's verb an -ed form",
			"The fact that Ana Ruiz refused to resign angered voters.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "refused", "to resign"}}},
		{"a clause of content after a noun of content, the sentence's verb an auxiliary",
			"The rumor that Ana Ruiz plans to quit is false.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "plans", "to quit"}}},
		{"news, a noun of content",
			"The news that Ana Ruiz decided to resign was welcomed.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "decided", "to resign"}}},
		{"an infinitive that takes no object after a noun of no content",
			"The day that Ana Ruiz refused to resign was sunny.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "refused", "to resign"}}},
		{"an infinitive that takes an object, which the relative word is",
			"The job that Ana Ruiz plans to quit is dull.", nil},
		{"that after a verb opens a content, not a relative clause",
			"Ivo Marek said that Ana Ruiz wants to build the bridge.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "said", "Ana Ruiz wants to build the bridge"}}},
	})
}
