package voices

import "testing"

// TestCourtesyTitles checks that a courtesy title ("Mr.", "Mrs.", "Ms.", "Miss") is
// followed by a surname whatever else the word may be ("Mr. Many", "Ms. Rose", "Mr.
// Little"), after the cue or before it, and in the names a pronoun may stand for, and
// keeps its capital in the canonical name; that
// a courtesy title read alone is no speaker; that "she" after a
// surname that "Mr." gives a man goes on to a woman who is a subject or named in
// apposition, but takes no name further back ("Wall Street") once that surname was passed
// over. Each text is invented; blank lines part paragraphs.
func TestCourtesyTitles(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a quantifier after the cue", "“They met the imam,” said Mr. Many, the lawyer.",
			[]vspan{{Quote, "Mr. Many", "Many", "said", "They met the imam,"}}},
		{"a past tense before the cue", "Ms. Rose said the plan was dead.",
			[]vspan{{Reported, "Ms. Rose", "Rose", "said", "the plan was dead"}}},
		{"an adjective before the cue", "“It makes me tired,” Mr. Little said.",
			[]vspan{{Quote, "Mr. Little", "Little", "said", "It makes me tired,"}}},
		{"a name further back passed over for its titles' gender", "Mr. Brandt flew in on Sunday.\n\nThe talks with Ana Ruiz and Brandt ended late. Crowds cheered. “It went well,” she said.",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "said", "It went well,"}}},
		{"a pronoun after such a name", "Mr. Read met the dancers on Monday. “We will see,” he said.",
			[]vspan{{Quote, "Read", "Read", "said", "We will see,"}}},
		{"a surname that is a pronoun", "Mr. He said the plan was dead.",
			[]vspan{{Reported, "Mr. He", "He", "said", "the plan was dead"}}},
		{"no guess further back after a subject passed over for its titles' gender", "Mr. Brandt flew in on Sunday.\n\nBrandt visited Wall Street on Monday. Crowds cheered. “It went well,” she said.",
			[]vspan{{Quote, "", "", "said", "It went well,"}}},
		{"a function word after the cue", "“I will work here,” said Ms. Than Than Aye, huddling over her stall.",
			[]vspan{{Quote, "Ms. Than", "Than", "said", "I will work here,"}}},
		{"a title alone is no speaker", "“Yes,” said Mr.\n\n“No,” the judge said.",
			[]vspan{{Quote, "", "", "said", "Yes,"}, {Quote, "the judge", "the judge", "said", "No,"}}},
		{"a subject passed over for its titles' gender", "Mr. Read flew in on Sunday.\n\nRead met the mayor, Ana Ruiz, on Monday. Crowds cheered. “It went well,” she said.",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "said", "It went well,"}}},
	})
}

// TestQuantifierSubject checks that "the many" or "the few" before a word that may be a
// verb of saying is a quantifier before its noun, not a source ("the many proposed
// amendments"): no speaker. The text is invented.
func TestQuantifierSubject(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"the many before a participle", "The session ended before the many proposed amendments could be read.",
			[]vspan{{Reported, "", "", "proposed", "amendments could be read"}}},
	})
}
