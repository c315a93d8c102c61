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
