package cli

import "testing"

// TestSideWords: a term's word shows both sides' forms only where they differ in more than
// case and punctuation.
func TestSideWords(t *testing.T) {
	for _, c := range []struct{ word, a, b, want string }{
		{"University", "universal", "University", "universal | University"},
		{"US", "US", "U.S.", "US"},
		{"UK", "uk", "U.K.", "UK"},
		{"law", "law", "", "law"},
		{"law", "", "Law", "law"},
		{"SAR", "SAR", "SARS", "SAR | SARS"},
	} {
		if got := SideWords(c.word, c.a, c.b); got != c.want {
			t.Errorf("SideWords(%q, %q, %q) = %q, want %q", c.word, c.a, c.b, got, c.want)
		}
	}
}
