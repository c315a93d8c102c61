package voices

import "testing"

// TestThinkInRelativeClause checks that a verb of thinking or hoping in a relative clause
// whose content opens with its own verb has that content, as a verb of saying does ("a
// plan that Ruiz hopes can help", "which Marek thinks will lead to cuts", and with the
// relative word left out after a noun, "a step they believe could unify the party"),
// while such a verb with a verb after it and no relative clause has none ("Ruiz hopes
// will fail", a fragment), nor "feel" before a participle, its adjective ("a rule she felt
// compelled to defend"), nor one in the sentence's subject, where the verb after it is as
// often the sentence's ("The doctor that patients trust was fired"); the content ends
// with its clause. Each text is invented.
func TestThinkInRelativeClause(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"that", "It was a show of muscle that Ruiz hopes can help block any challenge.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "hopes", "can help block any challenge"}}},
		{"which", "It was a plan which Ruiz believes will fail.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "believes", "will fail"}}},
		{"which after a comma", "The rule was harsh, which Marek thinks will lead to cuts.",
			[]vspan{{Reported, "Marek", "Marek", "thinks", "will lead to cuts"}}},
		{"no relative word, a pronoun after a noun", "The aides delayed the vote, a step they believe could unify the party.",
			[]vspan{{Reported, "The aides", "the aides", "believe", "could unify the party"}}},
		{"no relative clause", "Ruiz hopes will fail.",
			nil},
		{"in the sentence's subject: none, the verb after it may be the sentence's", "The plan that Ruiz hopes will pass was dropped.",
			nil},
		{"in the sentence's subject, a verb that takes an object", "The doctor that patients trust was fired in Kestrel.",
			nil},
		{"a pronoun in the sentence's subject", "The people they know are worried.",
			nil},
		{"in the sentence's subject, set off by commas", "The policy, which many voters believe is aimed at the port, was dropped.",
			[]vspan{{Reported, "many voters", "many voters", "believe", "is aimed at the port"}}},
		{"the sentence's cue after a relative clause", "The bank that clients trust said profits rose.",
			[]vspan{{Reported, "The bank", "the bank", "said", "profits rose"}}},
		{"a possessive before the noun is no subject", "It showed that Halden's chief aim is to win.",
			[]vspan{{Reported, "", "", "showed", "Halden's chief aim is to win"}}},
		{"a possessive before a noun that may be a verb", "The rivals met on Monday, showing that Halden's chief aim is to keep power.",
			[]vspan{{Reported, "The rivals", "the rivals", "showing", "Halden's chief aim is to keep power"}}},
		{"a pronoun after a comma", "Though support for the ferry rose after the storm in 1989, it declined again.",
			nil},
		{"the content ends with its clause", "It was a town that Ruiz thought was lost: the port was closed.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "thought", "was lost"}}},
		{"a participle after feel is its adjective", "It was a rule she felt compelled to defend.",
			nil},
	})
}
