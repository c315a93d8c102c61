package voices

import "testing"

// TestNationalityBeforeName checks that adjectives of nationality written before a
// person's given name ("Chinese American Margaret Chin") are no part of the canonical
// name, and that a title between them keeps its own reading ("British Prime Minister
// David Cameron"). Each text is invented.
func TestNationalityBeforeName(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"two adjectives before a given name", "“We will vote,” Chin told reporters. Chinese American Margaret Chin won the seat in 2009.",
			[]vspan{{Quote, "Chin", "Margaret Chin", "told", "We will vote,"}}},
		{"a title between", "British Prime Minister David Cameron said the vote was close. “We won,” Cameron said.",
			[]vspan{{Reported, "British Prime Minister David Cameron", "David Cameron", "said", "the vote was close"}, {Quote, "Cameron", "David Cameron", "said", "We won,"}}},
	})
}
