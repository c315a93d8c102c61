package scan

import (
	"fmt"
	"strings"
	"testing"
)

// TestPossessive checks where a word ends and whether a possessive 's follows it (the
// scanner's position past the word's end, as framing and framing/voices read it), for
// acronyms with and without periods and each apostrophe. The want column is worked out by
// hand: each token's surface, with "+s" where the 's after it is its possessive.
func TestPossessive(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"acronym, straight", "the FBI's chief", "the FBI+s chief"},
		{"acronym, curly", "the FBI\u2019s chief", "the FBI+s chief"},
		{"abbreviation, straight", "the F.B.I.'s chief", "the F.B.I.+s chief"},
		{"abbreviation, curly", "the F.B.I.\u2019s chief", "the F.B.I.+s chief"},
		{"abbreviation, fullwidth", "the F.B.I.\uff07s chief", "the F.B.I.+s chief"},
		{"abbreviation, modifier letter", "the F.B.I.\u02bcs chief", "the F.B.I.+s chief"},
		{"abbreviation, capital S", "THE F.B.I.'S CHIEF", "THE F.B.I.+s CHIEF"},
		{"two letters, curly", "the U.S.\u2019s allies", "the U.S.+s allies"},
		{"before a period", "Ana Ruiz praised the F.B.I.\u2019s.", "Ana Ruiz praised the F.B.I.+s"},
		{"before a comma", "the F.B.I.'s, and Halden's", "the F.B.I.+s and Halden+s"},
		{"at the end of the text", "the F.B.I.\u2019s", "the F.B.I.+s"},
		// Not a possessive: the letters after the apostrophe go on as a word, or no s.
		{"a word after the apostrophe", "the F.B.I.'sake", "the F.B.I. sake"},
		{"s and more letters", "the F.B.I.\u2019st", "the F.B.I. st"},
		{"apostrophe alone", "the F.B.I.\u2019 chief", "the F.B.I. chief"},
		{"s after a space", "the F.B.I. s chief", "the F.B.I. s chief"},
		{"one letter and a period", "Ivo A.'s hat", "Ivo A s hat"}, // an initial is no abbreviation
		{"plain word", "Halden\u2019s mayor", "Halden+s mayor"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			sc := NewScanner(tc.text)
			for start, end, ok := sc.NextWord(); ok; start, end, ok = sc.NextWord() {
				w := tc.text[start:end]
				if sc.Pos() > end {
					w += "+s"
					if rest := tc.text[end:sc.Pos()]; !strings.HasSuffix(strings.ToLower(rest), "s") {
						t.Errorf("%q: possessive %q does not end in s", w, rest)
					}
				}
				got = append(got, w)
			}
			if s := strings.Join(got, " "); s != tc.want {
				t.Errorf("NextWord: %s; want %s", s, tc.want)
			}
			// Next (sentences and clauses) finds the same words.
			var spans []string
			sc = NewScanner(tc.text)
			for tok, ok := sc.Next(); ok; tok, ok = sc.Next() {
				spans = append(spans, fmt.Sprint(tok.Start, tok.End))
			}
			var words []string
			sc = NewScanner(tc.text)
			for start, end, ok := sc.NextWord(); ok; start, end, ok = sc.NextWord() {
				words = append(words, fmt.Sprint(start, end))
			}
			if strings.Join(spans, ",") != strings.Join(words, ",") {
				t.Errorf("Next %v; NextWord %v", spans, words)
			}
		})
	}
}
