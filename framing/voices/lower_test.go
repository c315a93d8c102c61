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
		"a\u00a0b", "MRS", "word-with-a-very-long-tail-beyond-thirty-two-bytes", "İstanbul Ünal"} {
		var arr [8]string
		if got, want := appendFields(arr[:0], s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
		var buf [32]byte
		if got, want := string(lowerInto(&buf, s)), strings.ToLower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
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
