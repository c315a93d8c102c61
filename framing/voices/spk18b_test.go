package voices

import "testing"

// TestContinuedTo18b checks that a trailing or parenthetical "continue" with "to" right
// after it is no attribution ("After the storm, the Halden ferry service continued to
// lose money, and …" attributes nothing to the service), whatever its tense; and that
// "continued" with no "to" still attributes the content around it and a quotation, and
// that "continued to" opening a sentence keeps the verb of saying after it. The texts are
// invented.
func TestContinuedTo18b(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"continued to, an opening phrase before", "After the storm, the Halden ferry service continued to lose money, and the council sold it.", nil},
		{"has continued to", "Despite the new fares, Lena Varga's bakery in Soloria has continued to grow, and she hired two cooks.", nil},
		{"continues to", "By spring, the Soloria market continues to draw crowds, and stalls sell out early.", nil},
		// Kept.
		{"continued to before a verb of saying", "Ana Ruiz continued to insist that the pier was safe.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "insist", "the pier was safe"}}},
		{"continued set off between two contents", "The pier is safe, Ana Ruiz continued, and the ferry will sail.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "continued", "The pier is safe"}, {Reported, "Ana Ruiz", "Ana Ruiz", "continued", "the ferry will sail"}}},
		{"continued between two quotations", "“We stay,” Ana Ruiz continued, “and we fight.”",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "continued", "We stay,"}, {Quote, "Ana Ruiz", "Ana Ruiz", "continued", "and we fight."}}},
	})
}

// TestDescribedName18b checks that a relative "who" after a description with "a" or "an"
// that ends in a capitalized word, set off by a comma after a person's name, is about that
// person ("Lena Varga, a harbor pilot from Soloria, who said" is Lena Varga); and that a
// description with "the", one with no name before its comma, one that ends in lower case,
// and one after a name with "the" are read as before. The texts are invented.
func TestDescribedName18b(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a name, a description, who", "Lena Varga, a harbor pilot from Soloria, who said the channel was too shallow, resigned.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "said", "the channel was too shallow"}}},
		{"a quotation's source, an, who", "“The tide is late,” said Ivo Marek, an engineer with the Halden Port Authority, who warned that the locks would fail.",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", "said", "The tide is late,"}, {Reported, "Ivo Marek", "Ivo Marek", "warned", "the locks would fail"}}},
		// Kept.
		{"a description with the", "Lena Varga, the harbor pilot from Soloria, who said the channel was too shallow, resigned.",
			[]vspan{{Reported, "the harbor pilot from Soloria", "the harbor pilot from Soloria", "said", "the channel was too shallow"}}},
		{"no name before the description", "The board hired a pilot from Soloria, who said the channel was too shallow.",
			[]vspan{{Reported, "a pilot from Soloria", "a pilot from Soloria", "said", "the channel was too shallow"}}},
		{"a description that ends in lower case", "Lena Varga, a harbor pilot, who said the channel was too shallow, resigned.",
			[]vspan{{Reported, "a harbor pilot", "a harbor pilot", "said", "the channel was too shallow"}}},
		{"a name with the before it", "The Halden Rowers, a club from Soloria, who said the channel was too shallow, withdrew.",
			[]vspan{{Reported, "a club from Soloria", "a club from Soloria", "said", "the channel was too shallow"}}},
	})
}
