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
// names the line of each, the file opened a second time once for all of them, not once for
// each; reading the documents again with the same flags names the same lines; and a run
// that stops at the first such record reads the file the second time no further than it.
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
		if c.oversizeOpens != reading {
			t.Errorf("reading %d: the file opened %d times to find the lines, want %d (once a reading)", reading, c.oversizeOpens, reading)
		}
	}
	// Without -lenient the run stops at big1, on line 2: the second reading stops there too.
	strict, err := parseCommon(t, "-corpus", path)
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	var last error
	for _, err := range strict.Input("").Docs("test", &stderr) {
		if err != nil {
			last = err
			break
		}
	}
	if last == nil || !strings.Contains(last.Error(), "two.jsonl:2:") {
		t.Fatalf("error %v, want one naming two.jsonl:2", last)
	}
	if s := strict.oversize; s == nil || s.done || s.r.Line() != 2 {
		t.Errorf("the second reading went past line 2 (%+v)", s)
	}
}
