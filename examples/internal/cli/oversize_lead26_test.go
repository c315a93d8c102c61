package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOversizeRecordsOneReading: with several records longer than MaxDocument, -lenient
// names the line of each (the file read again once for all of them, not once for each), and
// reading the documents a second time with the same flags names the same lines.
func TestOversizeRecordsOneReading(t *testing.T) {
	line := func(id, kind string, n int) string {
		const s = "Ana Ruiz said the dam at Halden held. " // invented
		b, err := json.Marshal(map[string]string{"id": id, "event": "flood", "outlet": "Halden Daily " + kind, "kind": kind, "text": strings.Repeat(s, n/len(s)+1)[:n]})
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	data := line("a", "state", 40) + line("big1", "wire", MaxDocument+1) + line("b", "wire", 40) + "\n" + line("big2", "state", MaxDocument+5) + line("c", "wire", 40)
	path := filepath.Join(t.TempDir(), "two.jsonl")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := parseCommon(t, "-corpus", path, "-lenient")
	if err != nil {
		t.Fatal(err)
	}
	for reading := 1; reading <= 2; reading++ {
		var stderr bytes.Buffer
		var ids []string
		for d, err := range c.Input("").Docs("test", &stderr) {
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, d.ID)
		}
		if got := strings.Join(ids, " "); got != "a b c" {
			t.Errorf("reading %d: documents %q, want %q", reading, got, "a b c")
		}
		out := stderr.String()
		for _, want := range []string{"two.jsonl:2", "two.jsonl:5"} {
			if !strings.Contains(out, want) {
				t.Errorf("reading %d: stderr lacks %q:\n%s", reading, want, out)
			}
		}
		if strings.Contains(out, "(record ") {
			t.Errorf("reading %d: a record named by number, not line:\n%s", reading, out)
		}
	}
}
