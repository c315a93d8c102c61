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
		{"a plural's bare apostrophe before a plural subject", "Over dinner at the inn, the mayor heard the sailors' cousins talk about life in Halden.",
			[]vspan{{Reported, "", "", "talk", "life in Halden"}}},
		// Kept.
		{"a subject with no possessive", "The ferry was late again, and Lena Varga says that the pier is unsafe.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "says", "the pier is unsafe"}}},
		{"a plain plural subject", "The ferry was late again, and the cousins say that the pier is unsafe.",
			[]vspan{{Reported, "the cousins", "the cousins", "say", "the pier is unsafe"}}},
	})
}

// TestCommonSubject25 checks that a capitalized word opening its sentence, written in
// lower case elsewhere in the text, is a common noun that a pronoun for a person does not
// stand for ("Farmers blocked …" where "the farmers" stands later: "she" is no one); and
// that a one-word name written only capitalized, and the last name of a person named
// before it that is also a common word, still are. The texts are invented.
func TestCommonSubject25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a plural noun opening its sentence", "Farmers blocked the road to Halden on Monday. “We will stay,” she said. The farmers were tired.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		{"a singular noun opening its sentence", "Tradition ruled the harbor of Halden for years. “We will stay,” she said. Old tradition was strong.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		// Kept.
		{"a name written only capitalized", "Varga blocked the road to Halden on Monday. “We will stay,” she said. The farmers were tired.",
			[]vspan{{Quote, "Varga", "Varga", "said", "We will stay,"}}},
		{"a known person's last name that is a word", "Lena Young met the council on Sunday. Young blocked the road to Halden on Monday. “We will stay,” she said. The young farmers were tired.",
			[]vspan{{Quote, "Young", "Lena Young", "said", "We will stay,"}}},
	})
}

// TestSecondPerson25 checks that "you" as a source stands for no one named before it
// (the reader, or the one a letter or an interviewer addresses), whether a group, an
// organization or a person was named last; and that "it" and "she" are still resolved.
// The texts are invented.
func TestSecondPerson25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"you after an organization", "The Halden Harbor Board met on Monday. You say that the pier is safe, but the ferry sank.",
			[]vspan{{Reported, "", "", "say", "the pier is safe"}}},
		{"you after a person", "Lena Varga met the board on Monday. You claim that the pier is safe, but the ferry sank.",
			[]vspan{{Reported, "", "", "claim", "the pier is safe"}}},
		// Kept.
		{"it after an organization", "The Halden Harbor Board met on Monday. It says that the pier is safe, but the ferry sank.",
			[]vspan{{Reported, "The Halden Harbor Board", "Halden Harbor Board", "says", "the pier is safe"}}},
		{"she after a person", "Lena Varga met the board on Monday. She claims that the pier is safe, but the ferry sank.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "claims", "the pier is safe"}}},
	})
}

// TestGroupPronoun25 checks that "they" and "it" stand for no name that is neither a
// sentence's subject nor a quotation's speaker (a nationality or a place used as a
// modifier, a name in a phrase: "a Soloria ferry … They said"), and that a subject before
// them, and a name for "he" or "she", are still taken. The texts are invented.
func TestGroupPronoun25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"they after a place in a phrase", "Ivo Marek served the town of Halden for decades. Many people argue that the harbor is too small. They believe that the pier is unsafe.",
			[]vspan{{Reported, "Many people", "Many people", "argue", "the harbor is too small"}, {Reported, "Many people", "Many people", "believe", "the pier is unsafe"}}}, // the subject before, not Halden
		{"they after a place in a phrase, no subject between", "Ivo Marek served the town of Halden for decades. The harbor is too small, many argue. They believe that the pier is unsafe.",
			[]vspan{{Reported, "", "", "argue", "The harbor is too small"}, {Reported, "", "", "believe", "the pier is unsafe"}}},
		{"it after a name in a phrase", "Lena Varga ran the ferry to Soloria for years. Many people argue that the harbor is too small. It says that the pier is unsafe.",
			[]vspan{{Reported, "Many people", "Many people", "argue", "the harbor is too small"}, {Reported, "", "", "says", "the pier is unsafe"}}},
		// Kept.
		{"they after a subject", "The Halden Harbor Board met on Monday. They said that the pier was unsafe.",
			[]vspan{{Reported, "The Halden Harbor Board", "Halden Harbor Board", "said", "the pier was unsafe"}}},
		{"she after a name in a phrase", "The ferry of Lena Varga pulled into the harbor on Monday. She said that the pier was unsafe.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "said", "the pier was unsafe"}}},
	})
}

// TestCommonHead25 checks that "he" and "she" do not stand for a name whose last word
// the text writes in lower case elsewhere, with no title and no known given name first
// (an institution or an event: "the Soloria Harbor Festival", where "festival" stands
// in lower case), and that a person's name, one whose last word is also a common word
// but whose first word is a known given name, and a titled name still are. The texts are
// invented.
func TestCommonHead25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"an event's name", "On Monday, crowds filled the Soloria Harbor Festival, and the festival ran late. “We will stay,” she said.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		// Kept.
		{"a person's name", "On Monday, crowds greeted Lena Varga, and the festival ran late. “We will stay,” she said.",
			[]vspan{{Quote, "Lena Varga", "Lena Varga", "said", "We will stay,"}}},
		{"a given name before a common word", "On Monday, crowds greeted Anna Young, and the young crowd stayed late. “We will stay,” she said.",
			[]vspan{{Quote, "Anna Young", "Anna Young", "said", "We will stay,"}}},
		{"a titled name", "On Monday, crowds greeted Mayor Varga Festival, and the festival ran late. “We will stay,” she said.",
			[]vspan{{Quote, "Varga Festival", "Varga Festival", "said", "We will stay,"}}},
	})
}

// TestPluralOpening25 checks that a capitalized plural noun opening its sentence, written
// nowhere else, is a group that "she" does not stand for ("Crowds gathered …"), and that
// a one-word name, a known given name ending in -s and a person's last name ending in -s
// still are. The texts are invented.
func TestPluralOpening25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a plural noun", "Crowds gathered at the Halden pier on Monday. “We will stay,” she said.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		// Kept.
		{"a one-word name", "Varga waited at the Halden pier on Monday. “We will stay,” she said.",
			[]vspan{{Quote, "Varga", "Varga", "said", "We will stay,"}}},
		{"a given name ending in -s", "Charles waited at the Halden pier on Monday. “We will stay,” he said.",
			[]vspan{{Quote, "Charles", "Charles", "said", "We will stay,"}}},
		{"a known last name ending in -s", "Lena Roberts met the board. Roberts waited at the Halden pier on Monday. “We will stay,” she said.",
			[]vspan{{Quote, "Roberts", "Lena Roberts", "said", "We will stay,"}}},
	})
}
