package voices

import (
	"strings"
	"testing"
)

// TestSieve checks that the sieve in front of each language's word map never hides a
// word: every listed word, lowercase, capitalized and in capitals, has the classes the
// map gives it (or, as written, those of asWritten), exactly as without the sieve.
func TestSieve(t *testing.T) {
	for _, name := range []string{"english", "spanish", "russian", "french", "klingon"} {
		l := LangOf(name)
		plain := *l
		plain.sieved = false
		if !l.sieved {
			t.Fatalf("%s: the sieve is not filled", name)
		}
		for w := range l.words {
			for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
				if got, want := l.Classes(form), plain.Classes(form); got != want {
					t.Errorf("%s: Classes(%q) = %b, without the sieve %b", name, form, got, want)
				}
			}
			if _, ok := l.asWritten[w]; !ok && l.Classes(w) != l.words[w] {
				t.Errorf("%s: Classes(%q) = %b, want %b", name, w, l.Classes(w), l.words[w])
			}
		}
		for w, c := range l.asWritten {
			if got := l.Classes(w); got != c {
				t.Errorf("%s: Classes(%q) = %b, want %b as written", name, w, got, c)
			}
		}
		for _, w := range []string{"", "x", "Zyzzogeton", "sanctions", "Brexit"} {
			if got, want := l.Classes(w), plain.Classes(w); got != want {
				t.Errorf("%s: Classes(%q) = %b, without the sieve %b", name, w, got, want)
			}
		}
	}
}
