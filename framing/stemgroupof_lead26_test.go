package framing

import (
	"fmt"
	"testing"
)

// TestStemGroupOfBadForms: forms without a letter or digit, or with a count of zero or
// less, are no use of a word: they neither make a group nor add to its Count.
func TestStemGroupOfBadForms(t *testing.T) {
	an := &Analyzer{}
	for _, tc := range []struct {
		forms []Form
		ok    bool
		want  string // the group's words and count when ok
	}{
		{[]Form{{"'", 3}, {"dog", 2}}, false, ""},
		{[]Form{{"’", 3}, {"'", 2}}, false, ""},
		{[]Form{{"", 1}, {"dog", 2}}, false, ""},
		{[]Form{{"dogs", -3}, {"dog", 2}}, false, ""},
		{[]Form{{"dogs", 0}, {"dog", 2}}, false, ""},
		{[]Form{{"dogs", 3}, {"dog", 2}, {"--", 4}}, true, "[{dogs 3} {dog 2}] 5"},
		{[]Form{{"Dog", 1}, {"dog", 2}}, false, ""}, // one word once case is normalized
	} {
		g, ok := an.StemGroupOf("dog", tc.forms)
		if ok != tc.ok {
			t.Errorf("%v: ok %v, want %v (%+v)", tc.forms, ok, tc.ok, g)
			continue
		}
		if got := fmt.Sprint(g.Words, " ", g.Count); ok && got != tc.want {
			t.Errorf("%v: %s, want %s", tc.forms, got, tc.want)
		}
	}
}
