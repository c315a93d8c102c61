package voices

import (
	"strings"
	"testing"
)

// TestSoCalledCases checks soCalled, whose ASCII text is lowered and joined on the stack,
// against the rule written out plainly (lowercase, trim spaces and no-break spaces, join a
// hyphen broken by a line break, then a suffix), on invented texts before a quotation.
func TestSoCalledCases(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"the so-called ", true},
		{"the So-Called ", true},
		{"THE SO-CALLED", true},
		{"the so- called ", true},                           // broken at its hyphen
		{"the so-  called ", false},                         // one space joined, one left
		{"the so-called\u00a0", true},                       // a no-break space
		{"the so-calléd ", false},                           // not ASCII, read by strings.ToLower
		{"the so called ", true},                            // without the hyphen too
		{"the so-calling ", false},                          // another word
		{"Ana Ruiz said the ", false},                       // nothing of it
		{"", false},                                         // the text's start
		{"a very long lead-in before the so-called ", true}, // longer than the stack buffer
	}
	en := LangOf("english")
	s := &segmenter{lang: en}
	for _, tt := range tests {
		t.Run(tt.before, func(t *testing.T) {
			b := strings.ReplaceAll(strings.ToLower(strings.TrimRight(tt.before, " \u00a0")), "- ", "-")
			plain := false
			for _, cue := range en.soCalled {
				plain = plain || strings.HasSuffix(b, cue)
			}
			if got := s.soCalled(tt.before); got != tt.want || got != plain {
				t.Errorf("soCalled(%q) = %v, want %v (the plain rule: %v)", tt.before, got, tt.want, plain)
			}
		})
	}
}
