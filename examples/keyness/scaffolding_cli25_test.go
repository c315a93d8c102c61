package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScaffolding: keyness drops the attribution scaffolding ("said", "Mr") from the own
// voice as compare does, and says so; -keep-scaffolding counts it.
func TestScaffolding(t *testing.T) {
	const data = `{"id":"s1","event":"vote","outlet":"Halden Daily","kind":"state","text":"Mr Marek said the vote was fair. Mr Marek said turnout rose. Officials said so."}
{"id":"w1","event":"vote","outlet":"Halden Wire","kind":"wire","text":"Lena Varga counted ballots in Halden. Turnout fell sharply."}
`
	path := filepath.Join(t.TempDir(), "c.jsonl")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
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
			if err := run(append([]string{"-corpus", path, "-quiet", "-top", "-1"}, tc.args...), &out, io.Discard); err != nil {
				t.Fatal(err)
			}
			text := out.String()
			if got := strings.Contains(text, " said ") || strings.Contains(text, "said\n"); got != tc.counted {
				t.Errorf("\"said\" listed: %v, want %v\n%s", got, tc.counted, text)
			}
			if got := strings.Contains(text, "-keep-scaffolding counts them"); got == tc.counted {
				t.Errorf("note of the scaffolding dropped: %v, want %v", got, !tc.counted)
			}
		})
	}
}
