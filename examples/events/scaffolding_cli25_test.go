package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// TestScaffolding: events drops the attribution scaffolding from the own voice as compare
// does, and says so: the sample's wire accounts write "said", which leads no list then;
// -keep-scaffolding counts it.
func TestScaffolding(t *testing.T) {
	for _, tc := range []struct {
		name    string
		args    []string
		counted bool
	}{
		{"default", nil, false},
		{"-keep-scaffolding", []string{"-keep-scaffolding"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := run(append([]string{"-permutations", "-1", "-top", "100000"}, tc.args...), &out, io.Discard); err != nil {
				t.Fatal(err)
			}
			text := out.String()
			if got := strings.Contains(text, "-keep-scaffolding counts them"); got == tc.counted {
				t.Errorf("note of the scaffolding dropped: %v, want %v", got, !tc.counted)
			}
			if got := strings.Contains(text, "  said "); got != tc.counted {
				t.Errorf("\"said\" pooled: %v, want %v\n%s", got, tc.counted, text)
			}
		})
	}
}
