package voices

import (
	"strconv"
	"strings"
	"testing"
)

// TestModalInitial checks that modalInitial lets every modal through, as written in any
// case, and turns down words that begin with another ASCII letter.
func TestModalInitial(t *testing.T) {
	for w := range modals {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !modalInitial(v) {
				t.Errorf("modalInitial(%q) = false", v)
			}
		}
	}
	for _, w := range []string{"Halden", "Ruiz", "Ana", "Ivo", "9am", "Kelvin"} {
		if modalInitial(w) {
			t.Errorf("modalInitial(%q) = true", w)
		}
	}
	if !modalInitial("\u212Aan") {
		t.Error("modalInitial of a word opening with the Kelvin sign = false")
	}
}

// TestCueWordsIsUpper checks cueWords and isUpper (which dateline uses) by hand, and
// against the standard library's forms they stand for on every string of a few bytes.
func TestCueWordsIsUpper(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"said", "said"},
		{"Told  reporters", "told reporters"},
		{" said\n", "said"},
		{"", ""},
		{"DIJO", "dijo"},
		{"заявил", "заявил"},
	} {
		if got := cueWords(tt.in); got != tt.want {
			t.Errorf("cueWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct {
		in   string
		want bool
	}{{"HALDEN", true}, {"Halden", false}, {"U.S.", true}, {"ÉCOLE", true}, {"École", false}} {
		if got := isUpper(tt.in); got != tt.want {
			t.Errorf("isUpper(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	pieces := []string{"a", "Z", " ", "\t", "\n", "\v", "\f", "\r", ":", "é", "É", "\u00a0"}
	var all func(prefix string, n int)
	all = func(prefix string, n int) {
		if got, want := cueWords(prefix), strings.ToLower(strings.Join(strings.Fields(prefix), " ")); got != want {
			t.Fatalf("cueWords(%q) = %q, want %q", prefix, got, want)
		}
		if got, want := isUpper(prefix), strings.ToUpper(prefix) == prefix; got != want {
			t.Fatalf("isUpper(%q) = %v, want %v", prefix, got, want)
		}
		if n == 0 {
			return
		}
		for _, p := range pieces {
			all(prefix+p, n-1)
		}
	}
	all("", 4)
}

// TestLowerWordShared checks that lowerWord gives strings.ToLower of every word, with
// the table of lowered words shared by texts and started again once full.
func TestLowerWordShared(t *testing.T) {
	var many strings.Builder
	for i := range maxLowered + 10 {
		many.WriteString("Halden" + strconv.Itoa(i) + " ")
	}
	var g Segmenter
	en := LangOf("english")
	for _, text := range []string{"Ana RUIZ met Ivo in Halden. École, ÉCOLE and The end.", "THE Ruiz file: ana ruiz, Halden.",
		many.String(), "Ana RUIZ and Halden0 again."} {
		s := &g.s
		s.text, s.toks = text, s.toks[:0]
		for _, tk := range Scan(text, en, nil) {
			s.toks = append(s.toks, stoken{start: tk.Start, end: tk.End})
		}
		for range 2 { // asked again, each word is found among those lowered
			for k := range s.toks {
				if got, want := s.lowerWord(k), strings.ToLower(s.word(k)); got != want {
					t.Fatalf("lowerWord(%q) = %q, want %q", s.word(k), got, want)
				}
			}
		}
		if len(s.lowered) > maxLowered {
			t.Fatalf("%d words lowered kept, more than %d", len(s.lowered), maxLowered)
		}
	}
}
