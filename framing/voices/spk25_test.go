package voices

import "testing"

// TestOwnerSource25 checks that a possessive before a plural noun that is a cue verb's
// subject is not the source ("her cousins argue": the cousins argue, not she), whether a
// pronoun, a name with "'s" or a plural with a bare apostrophe owns the noun; and that
// the owner of a nominal cue ("his remarks that …") and a subject with no possessive are
// read as before. The texts are invented.
func TestOwnerSource25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"his before a plural subject", "Over dinner at the inn, Ivo Marek heard his cousins talk about life in Halden.",
			[]vspan{{Reported, "", "", "talk", "life in Halden"}}},
		{"a name's before a plural subject", "Over dinner at the inn, the mayor heard Lena Varga's cousins talk about life in Halden.",
			[]vspan{{Reported, "", "", "talk", "life in Halden"}}},
		// Kept.
		{"a subject with no possessive", "The ferry was late again, and Lena Varga says that the pier is unsafe.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "says", "the pier is unsafe"}}},
		{"a plain plural subject", "The ferry was late again, and the cousins say that the pier is unsafe.",
			[]vspan{{Reported, "the cousins", "the cousins", "say", "the pier is unsafe"}}},
	})
}
