package scan

import (
	"testing"
	"unicode/utf8"
)

// plainWords lists the spans of text's tokens the way a caller of EndsWordPlainly and Seek
// does: plain runs of ASCII letters and digits by hand, every other token by NextWord. It
// is a copy of the loop of framing's worker.countWords, which must stay the same loop: the
// fuzz target checks this copy against NextWord, and framing's own tests (profile counts,
// concordances) check the worker's.
func plainWords(text string) [][2]int {
	var out [][2]int
	sc := NewScanner(text)
	for i := 0; ; {
		for i < len(text) && text[i] < utf8.RuneSelf && !IsWordByte(text[i]) {
			i++
		}
		if i >= len(text) {
			return out
		}
		start, end := i, i+1
		if text[i] < utf8.RuneSelf {
			for end < len(text) && IsWordByte(text[end]) {
				end++
			}
			i = end
			if end < len(text) && !EndsWordPlainly(text, start, end) {
				sc.Seek(start)
				start, end, _ = sc.NextWord()
				i = sc.Pos()
			}
		} else {
			sc.Seek(i)
			var ok bool
			if start, end, ok = sc.NextWord(); !ok {
				return out
			}
			i = sc.Pos()
		}
		out = append(out, [2]int{start, end})
	}
}

// scannerWords lists the spans NextWord returns.
func scannerWords(text string) [][2]int {
	var out [][2]int
	sc := NewScanner(text)
	for start, end, ok := sc.NextWord(); ok; start, end, ok = sc.NextWord() {
		out = append(out, [2]int{start, end})
	}
	return out
}

// TestEndsWordPlainly checks the plain-run shortcut against the scanner on invented text,
// at each of the bytes where a run of letters and digits may go on: hyphens, apostrophes,
// periods and commas in and after words and numbers, single-letter abbreviations, and
// non-ASCII letters and joiners. The want column is the verdict at the first run's end,
// worked out by hand from the scanner's rules.
func TestEndsWordPlainly(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool // EndsWordPlainly at the end of the first run
	}{
		{"space", "Halden votes", true},
		{"semicolon", "Halden; then", true},
		{"quote", `Halden" then`, true},
		{"comma after word", "Halden, then", true},
		{"period after word", "Ruiz. Then", true},
		{"period at end", "Ruiz.", true},
		{"comma at end", "Ruiz,", true},
		{"hyphen", "so-called", false},
		{"hyphen before space", "Ruiz- Varga", false}, // left to the scanner, which ends the token there
		{"apostrophe", "Ruiz's plan", false},
		{"thousands", "1,000 people", false},
		{"decimal", "3.5 percent", false},
		{"period after number", "in 2020. Then", true},
		{"comma after number", "2020, then", true},
		{"digit after word period", "Marek.5 then", true},
		{"single letter period", "U.S. talks", false},
		{"initial", "Ana M. Ruiz", true}, // the first run is "Ana"
		{"single letter comma", "a, b", true},
		{"non-ASCII letter", "Caf\u00e9 Halden", false},
		{"curly apostrophe", "Ruiz\u2019s plan", false},
		{"dash", "Ruiz\u2014Varga", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			end := 0
			for end < len(tc.text) && IsWordByte(tc.text[end]) {
				end++
			}
			if end == len(tc.text) {
				t.Fatalf("%q: the first run ends the text", tc.text)
			}
			if got := EndsWordPlainly(tc.text, 0, end); got != tc.want {
				t.Errorf("EndsWordPlainly(%q, 0, %d) = %v, want %v", tc.text, end, got, tc.want)
			}
			if got, want := plainWords(tc.text), scannerWords(tc.text); !equalSpans(got, want) {
				t.Errorf("%q: spans %v, the scanner's %v", tc.text, got, want)
			}
		})
	}
}

func equalSpans(a, b [][2]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// FuzzEndsWordPlainly checks that scanning plain runs by hand (EndsWordPlainly, Seek) finds
// exactly the tokens NextWord finds.
func FuzzEndsWordPlainly(f *testing.F) {
	for _, s := range []string{"U.S. and 1,000.5", "Ruiz's so-called", "x.y,z", "Caf\u00e9\u2019s", "a.b.c. d", "9,", "A."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := plainWords(text), scannerWords(text); !equalSpans(got, want) {
			t.Errorf("%q: spans %v, the scanner's %v", text, got, want)
		}
	})
}
