package voices

import (
	"strings"
	"testing"
)

// TestAlwaysCapitalizedAt checks the filter in front of alwaysCapitalizedAt: for every
// word of English's lists, each of them capitalized and in capitals, words around them
// that share a first or last letter, and words with non-ASCII letters, it must agree with
// alwaysCapitalized of the lowercased word, which looks the word up without the filter.
func TestAlwaysCapitalizedAt(t *testing.T) {
	words := []string{"", "a", "May", "MARCH", "Sept", "sept.", "Mondays", "Monday", "MONDAY", "monday",
		"Jan", "January", "Januar", "Dezember", "Décember", "DÉCEMBER", "İstanbul", "Friday’s", "Ĳuly", "ßunday",
		"Sunday", "Tuesday", "tuesday", "Wednesday", "Thursday", "Saturday", "Eday", "October", "Octobers"}
	for w := range englishWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", "x"+w)
	}
	for _, w := range words {
		var s segmenter
		s.text = w
		s.toks = []stoken{{start: 0, end: len(w)}}
		want := alwaysCapitalized(strings.ToLower(w))
		if got := s.alwaysCapitalizedAt(0); got != want {
			t.Errorf("alwaysCapitalizedAt(%q) = %v, want %v", w, got, want)
		}
	}
	// The filter turns down most words: "Wednesday" and "December" pass it, "People"
	// and "Said" do not.
	for w, want := range map[string]bool{"Wednesday": true, "December": true, "People": false, "Said": false} {
		a, z := lowerLetter(w[0]), lowerLetter(w[len(w)-1])
		if got := alwaysCapEnds[a-'a']&(1<<(z-'a')) != 0; got != want {
			t.Errorf("%q passes the filter: %v, want %v", w, got, want)
		}
	}
}
