package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStemWords: the -csv table names the words of a stem that merges words which are
// not the inflections of one word, whatever side they came from, and stderr names it;
// a stem of one word's inflections has no stem_words.
func TestStemWords(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.jsonl")
	const data = `{"id":"s1","event":"flood","outlet":"Halden Daily","kind":"state","text":"An emergency was declared. The emergency teams worked. Water emerged from the dam. Halden held elections."}
{"id":"w1","event":"flood","outlet":"Halden Wire","kind":"wire","text":"Lena Varga reported the dam broke before the election and people fled."}
`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	table := filepath.Join(dir, "terms.csv")
	var stderr bytes.Buffer
	if err := run([]string{"-corpus", path, "-quiet", "-permutations", "-1", "-html", filepath.Join(dir, "r.html"), "-csv", table}, io.Discard, &stderr); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(table)
	if err != nil {
		t.Fatal(err)
	}
	// By hand: "emergency" twice, "emerged" once, all on side A.
	if !strings.Contains(string(b), ",emergency 2; emerged 1\n") {
		t.Errorf("the table lacks stem_words for emerg:\n%s", b)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.Contains(line, ",elect,") && !strings.HasSuffix(line, ",") {
			t.Errorf("elect has stem_words: %q", line)
		}
	}
	if !strings.Contains(stderr.String(), "emerg (emergency 2; emerged 1)") {
		t.Errorf("stderr does not name emerg:\n%s", stderr.String())
	}
}
