package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing"
)

// TestOversizeRecord: a record whose text is longer than MaxDocument is a record error in
// every program: -lenient skips it and names the line where it starts (after a blank line:
// line 3, not record 2), or, read from stdin, the record's number; without -lenient it is
// an error naming the line, wrapping framing.ErrTooLarge, that offers -lenient. A text of
// exactly MaxDocument bytes is read.
func TestOversizeRecord(t *testing.T) {
	// One sentence repeated to the length wanted (invented text).
	text := func(n int) string {
		const s = "Ana Ruiz said the dam at Halden held. "
		return strings.Repeat(s, n/len(s)+1)[:n]
	}
	line := func(id, kind string, n int) string {
		b, err := json.Marshal(map[string]string{"id": id, "event": "flood", "outlet": "Halden Daily " + kind, "kind": kind, "text": text(n)})
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	data := line("a", "state", 40) + "\n" + line("big", "wire", MaxDocument+1) + line("limit", "state", MaxDocument) + line("c", "wire", 40)
	path := filepath.Join(t.TempDir(), "big.jsonl")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		args    []string
		lenient bool
		want    string // in stderr (lenient) or the error
	}{
		{"file, lenient", []string{"-corpus", path}, true, "big.jsonl:3)"},
		{"file, strict", []string{"-corpus", path}, false, `big.jsonl:3: document "big" has a text longer than the 33,554,432 bytes`},
		{"stdin, lenient", []string{"-corpus", "-", "-format", "jsonl"}, true, "stdin.jsonl (record 2))"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			if tc.lenient {
				args = append(args, "-lenient")
			}
			c, err := parseCommon(t, args...)
			if err != nil {
				t.Fatal(err)
			}
			c.stdin = strings.NewReader(data)
			var stderr bytes.Buffer
			var ids []string
			var last error
			for d, err := range c.Input("").Docs("test", &stderr) {
				if err != nil {
					last = err
					break
				}
				ids = append(ids, d.ID)
			}
			if !tc.lenient {
				if !errors.Is(last, framing.ErrTooLarge) || !strings.Contains(last.Error(), tc.want) || !strings.Contains(last.Error(), "-lenient skips such records") {
					t.Fatalf("error %v, want one wrapping ErrTooLarge with %q and the -lenient hint", last, tc.want)
				}
				return
			}
			if last != nil {
				t.Fatal(last)
			}
			if got := strings.Join(ids, " "); got != "a limit c" {
				t.Errorf("documents %q, want %q", got, "a limit c")
			}
			if out := stderr.String(); !strings.Contains(out, "skipped 1 malformed record(s) of 4") || !strings.Contains(out, tc.want) {
				t.Errorf("stderr lacks the skipped record at %q:\n%s", tc.want, out)
			}
		})
	}
}

// TestOversizeInput: a plain-text input (-a, -b, voices -text) longer than MaxDocument is
// an error that names it and wraps framing.ErrTooLarge.
func TestOversizeInput(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		n     int
		fails bool
	}{
		{"at the limit", MaxDocument, false},
		{"one byte more", MaxDocument + 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "a.txt")
			if err := os.WriteFile(path, bytes.Repeat([]byte("Ivo Marek "), tc.n/10+1)[:tc.n], 0o644); err != nil {
				t.Fatal(err)
			}
			var c Common
			_, err := c.ReadInput("test", &bytes.Buffer{}, "-a", path)
			if got := errors.Is(err, framing.ErrTooLarge); got != tc.fails {
				t.Errorf("error %v; want one wrapping ErrTooLarge: %v", err, tc.fails)
			}
		})
	}
}
