package voices

import "testing"

// TestOpeningWordOnly27 checks that a capitalized word opening its sentence, never written
// capitalized inside a sentence and followed by a preposition, a determiner, a subject
// pronoun or a complementizer, with no reporting verb after, is no name a pronoun for a person stands for ("Born
// in Halden, …": "he" is the person named after it, or no one), while a one-word name
// with its verb, "of", an adverb or "and" next, one written inside a sentence too, a
// known given name and a title are read as before. The texts are invented.
func TestOpeningWordOnly27(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a participle and a preposition", "Born in Halden in 1961, the painter Ivo Marek later left. “We will stay,” he said.",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", "said", "We will stay,"}}},
		{"a noun and a preposition, no name", "Breakfast with the crew at the pier was long. “We will stay,” she said.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		{"an adverb and a determiner", "Lena Okafor rowed out at dawn. Along the way the crew sang. “We will stay,” she said.",
			[]vspan{{Quote, "Lena Okafor", "Lena Okafor", "said", "We will stay,"}}},
		// Kept.
		{"a name with its verb next", "Varga waited at the Halden pier on Monday. “We will stay,” she said.",
			[]vspan{{Quote, "Varga", "Varga", "said", "We will stay,"}}},
		{"a name with an adverb next", "Varga then waited at the Halden pier on Monday. “We will stay,” she said.",
			[]vspan{{Quote, "Varga", "Varga", "said", "We will stay,"}}},
		{"a name with a preposition next, written inside a sentence too", "Varga in a red coat waited at the pier. The crew thanked Varga. “We will stay,” she said.",
			[]vspan{{Quote, "Varga", "Varga", "said", "We will stay,"}}},
		{"an infinitive after the opening word", "Odd to say, the crew of Halden left at dawn. “We will stay,” he said.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		{"a name with a day and its reporting verb", "Okafor on Monday said the port would reopen. “We will stay,” he said.",
			[]vspan{{Reported, "Okafor", "Okafor", "said", "the port would reopen"}, {Quote, "Okafor", "Okafor", "said", "We will stay,"}}},
		{"a known given name with a preposition next", "Charles in a red coat waited at the pier. “We will stay,” he said.",
			[]vspan{{Quote, "Charles", "Charles", "said", "We will stay,"}}},
	})
}

// TestArticleBeforeName27 checks that a name of two words or more after "the", "a", "an",
// "in", "at" or "near", with no title and no known given name first, is no person that
// "he" or "she" stands for when no subject or speaker is ("the Halden Zone", "at Kessler
// Point"), while a name after "that" or with no word before it, one with a possessive
// after it and one written family name first are read as before. The texts are invented.
func TestArticleBeforeName27(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a place's name after the", "Crowds walked through the Halden Zone on Monday. “We will stay,” he said.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		{"a place's name after at", "Crowds waited at Kessler Landing on Monday. “We will stay,” he said.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		// Kept.
		{"a person's name after that", "Crowds heard that Okonkwo Adebayo would sail on Monday. “We will stay,” he said.",
			[]vspan{{Quote, "Okonkwo Adebayo", "Okonkwo Adebayo", "said", "We will stay,"}}},
		{"a person's possessive after in", "The plan was set out in Okonkwo Adebayo's speech. “We will stay,” he said.",
			[]vspan{{Quote, "Okonkwo Adebayo", "Okonkwo Adebayo", "said", "We will stay,"}}},
		{"a family name first after in", "The plan was set out in a speech in Zhang Weiming on Monday. “We will stay,” he said.",
			[]vspan{{Quote, "Zhang Weiming", "Zhang Weiming", "said", "We will stay,"}}},
		{"a place's possessive after the", "Crowds walked through the Halden Zone's park on Monday. “We will stay,” he said.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		{"a person's name with no article", "Crowds cheered Okonkwo Adebayo on Monday. “We will stay,” he said.",
			[]vspan{{Quote, "Okonkwo Adebayo", "Okonkwo Adebayo", "said", "We will stay,"}}},
	})
}

// TestNameAtInitial27 checks that a one-word speaker cut off at a middle initial ("said
// Marten A. Volker" read as "Marten") is the person's whole name, the initial "I" or "A"
// too, which are words as well; that a numeral ending its sentence after a war's name or
// a given name with a verb after the next word ("World War I. Kessler said") is not taken
// into a name; and that a first name with no initial after it and a one-word name written
// alone are read as before. The texts are invented.
func TestNameAtInitial27(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"an initial that is an article", "“The port will close soon,” said Marten A. Volker, a harbor expert at the institute.",
			[]vspan{{Quote, "Marten", "Marten A. Volker", "said", "The port will close soon,"}}},
		{"an initial that is a pronoun", "“The port will close soon,” said Dana I. Kessler, a harbor expert at the institute.",
			[]vspan{{Quote, "Dana", "Dana I. Kessler", "said", "The port will close soon,"}}},
		{"a war's numeral ends its sentence", "It was the worst crisis since World War I. Kessler said the port would close. “We will stay,” Kessler added.",
			[]vspan{{Reported, "Kessler", "Kessler", "said", "the port would close"}, {Quote, "Kessler", "Kessler", "added", "We will stay,"}}},
		{"a monarch's numeral ends its sentence", "The ship sailed under Charles I. Kessler said it was old.",
			[]vspan{{Reported, "Kessler", "Kessler", "said", "it was old"}}},
		// Kept.
		{"an initial after a given name opening its sentence, a verb next", "Dana I. Kessler waited at the pier. “We will stay,” she said.",
			[]vspan{{Quote, "Dana", "Dana I. Kessler", "said", "We will stay,"}}},
		{"no initial", "“The port will close soon,” said Marten Volker, a harbor expert at the institute.",
			[]vspan{{Quote, "Marten Volker", "Marten Volker", "said", "The port will close soon,"}}},
		{"a one-word name", "“The port will close soon,” said Volker, a harbor expert at the institute.",
			[]vspan{{Quote, "Volker", "Volker", "said", "The port will close soon,"}}},
	})
}

// TestGivenNameFirst27 checks that a name's gender is told by its given name, a word after
// its titles but its last, and not by a particle or a family name first that is a given
// name elsewhere ("Nadira Al Haddad", "Kim Dae-ho"), nor hidden by an unlisted word before
// it ("Democrat Elena Tarvid"); while a known given name after a title and a known given
// name first tell the gender as before. The texts are invented.
func TestGivenNameFirst27(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a particle that is a given name", "Nadira Al Haddad waited at the Halden pier on Monday. “We will stay,” she said.",
			[]vspan{{Quote, "Nadira Al Haddad", "Nadira Al Haddad", "said", "We will stay,"}}},
		{"a family name first that is a given name", "Kim Dae-ho waited at the Halden pier on Monday. “We will stay,” he said.",
			[]vspan{{Quote, "Kim Dae-ho", "Kim Dae-ho", "said", "We will stay,"}}},
		{"a party word before the given name", "Democrat Elena Tarvid waited at the Halden pier. “We will stay,” he said.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		{"a nationality before the given name", "Ukrainian Maria Ivanova waited at the Halden pier. “We will stay,” he said.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		{"a role word the lists lack before the given name", "Activist Joshua Tarvid waited at the Halden pier. “We will stay,” she said.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		{"a name in Hong Kong's way", "Starry Lee Ka-wai waited at the Halden pier. “We will stay,” she said.",
			[]vspan{{Quote, "Starry Lee Ka-wai", "Starry Lee Ka-wai", "said", "We will stay,"}}},
		// Kept.
		{"a given name after a title", "Governor Thomas Okafor waited at the Halden pier on Monday. “We will stay,” she said.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
		{"a given name first", "Elena Okafor waited at the Halden pier on Monday. “We will stay,” he said.",
			[]vspan{{Quote, "", "", "said", "We will stay,"}}},
	})
}
