package voices

import (
	"slices"
	"strings"
	"testing"
)

// The allocation-free helpers of genderOfName and lowerWord give what the standard
// library's functions give.
func TestLowerHelpers(t *testing.T) {
	for _, s := range []string{"", " ", "Ana Ruiz", "  Ivo\tMarek \n", "Sen.-elect Lena  Varga", "Ms. Ñuñez Halden",
		"a\u00a0b", "MRS", "mrs", "\u212aelvin", "STRASSE", "straße", "word-with-a-very-long-tail-beyond-thirty-two-bytes", "İstanbul Ünal"} {
		var arr [8]string
		if got, want := appendFields(arr[:0], s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
		var buf [32]byte
		if got, want := string(lowerInto(&buf, s)), strings.ToLower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendLower([]byte("x "), s)), "x "+strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := isLower(s), strings.ToLower(s) == s; got != want {
			t.Errorf("isLower(%q) = %v, want %v", s, got, want)
		}
		if got, want := isUpper(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpper(%q) = %v, want %v", s, got, want)
		}
		m := map[string]int{strings.ToLower(s): 7}
		if got := lowerIn(m, s); got != 7 {
			t.Errorf("lowerIn(m, %q) = %d, want 7", s, got)
		}
	}
	// A word that opens a two-word honorific is found whatever its case, and one whose
	// first byte is no ASCII letter is not turned down by its first byte.
	for _, c := range []struct {
		words []string
		want  int
	}{
		{[]string{"Tan", "Sri", "Lena", "Varga"}, 2},
		{[]string{"TOH", "PUAN", "Ana"}, 2},
		{[]string{"Tan", "Ruiz", "Halden"}, 0},
		{[]string{"Dato’", "Sri", "Ivo"}, 2},
		{[]string{"Daw", "Lena"}, 1},
		{[]string{"Ana", "Ruiz", "Halden"}, 0},
	} {
		if got := honorificAt(c.words, 0); got != c.want {
			t.Errorf("honorificAt(%q, 0) = %d, want %d", c.words, got, c.want)
		}
	}
	text := "Ana RUIZ said the İstanbul office of Halden-Nord had closed."
	s := segmenter{lang: LangOf("english"), text: text}
	s.toks = s.tokenize(text, nil)
	for pass := 0; pass < 2; pass++ { // the second pass reads the kept words
		for k := range s.toks {
			if got, want := s.lowerWord(k), strings.ToLower(s.word(k)); got != want {
				t.Errorf("pass %d: lowerWord(%d) = %q, want %q", pass, k, got, want)
			}
		}
	}
}
