package scan

import "testing"

// TestPeriodInAddressSentences checks, on invented text, that a period inside an address
// before a capital does not end a sentence, and that other periods before a capital
// still do: the sentence of each token is given by a | between sentences.
func TestPeriodInAddressSentences(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"site name", "Talks stall | Gazette.NET. They left.", "Talks stall Gazette NET | They left"},
		{"www and capital", "Visit www.Harbor.com today.", "Visit www Harbor com today"},
		{"mail with capital", "Write to Ana.Ruiz@example.org now.", "Write to Ana Ruiz example org now"},
		{"capital middle label", "Read news.Harbor.ORG now.", "Read news Harbor ORG now"},
		{"run-together sentence", "their actions.The next", "their actions | The next"},
		{"title-case domain", "he said.Net income rose", "he said | Net income rose"},
		{"abbreviation in capitals", "the office.GOV. ANA RUIZ", "the office | GOV ANA RUIZ"},
		{"a country's initials open a sentence", "in London.UK officials said", "in London | UK officials said"},
		{"a headline in capitals", "PORT CLOSES.NET LOSS RISES", "PORT CLOSES | NET LOSS RISES"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sentencesOf(tc.text); got != tc.want {
				t.Errorf("%q: sentences %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
