package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// TestDocumentsWording: the header counts each side's documents in the right number: one
// event of the embedded sample has one document a side.
func TestDocumentsWording(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"one a side", []string{"-event", "dam-flood", "-quiet"}, "A = state (1 document), B = wire (1 document)"},
		{"several", []string{"-quiet"}, "A = state (5 documents), B = wire (7 documents)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := run(tc.args, &out, io.Discard); err != nil {
				t.Fatal(err)
			}
			if first, _, _ := strings.Cut(out.String(), "\n"); first != tc.want {
				t.Errorf("first line %q, want %q", first, tc.want)
			}
		})
	}
}
