package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestStemMerges: a pooled term whose stem merges words that are not the inflections of
// one word (emergency, emerged: both on side A) is marked "~" and listed under the
// tables with -protect; -csv names its words in stem_words; a stem of one word's
// inflections (election, elections) is not marked.
func TestStemMerges(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.jsonl")
	const data = `{"id":"s1","event":"flood","outlet":"Halden Daily","kind":"state","text":"An emergency was declared in Halden. Water emerged. Elections came."}
{"id":"w1","event":"flood","outlet":"Halden Wire","kind":"wire","text":"Lena Varga reported the dam broke and people fled before the election."}
{"id":"s2","event":"storm","outlet":"Halden Daily","kind":"state","text":"The emergency teams of Halden worked. Elections were held."}
{"id":"w2","event":"storm","outlet":"Halden Wire","kind":"wire","text":"Ivo Marek reported roofs fell and people fled after the election."}
`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	table := filepath.Join(dir, "pooled.csv")
	var out bytes.Buffer
	if err := run([]string{"-corpus", path, "-quiet", "-permutations", "-1", "-top", "-1", "-csv", table}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	if !regexp.MustCompile(`(?m)^  emergency +~ `).MatchString(text) || !strings.Contains(text, "~ stems that merged different words") || !strings.Contains(text, "-protect") {
		t.Errorf("emerg not marked, or no footer:\n%s", text)
	}
	// The row reads "Elections | election" (its forms), then the margin: "~" there would be
	// the flag.
	if !regexp.MustCompile(`(?m)^  Elections \| election +[0-9]`).MatchString(text) || regexp.MustCompile(`(?m)^  Elections \| election +~`).MatchString(text) {
		t.Errorf("elect marked:\n%s", text)
	}
	// -per-event: each event's table flags the stems of its own documents (ties by word),
	// "flood" having both words, "storm" only "emergency".
	var per bytes.Buffer
	if err := run([]string{"-corpus", path, "-quiet", "-permutations", "-1", "-top", "-1", "-per-event"}, &per, io.Discard); err != nil {
		t.Fatal(err)
	}
	_, flood, _ := strings.Cut(per.String(), "== flood:")
	flood, storm, _ := strings.Cut(flood, "== storm:")
	if !strings.Contains(flood, " emerg *") || !strings.Contains(flood, "emerged (1), emergency (1)") {
		t.Errorf("-per-event: emerg not flagged in flood:\n%s", flood)
	}
	if strings.Contains(storm, " emerg *") || storm == "" {
		t.Errorf("-per-event: emerg flagged in storm, or no storm table:\n%s", storm)
	}
	b, err := os.ReadFile(table)
	if err != nil {
		t.Fatal(err)
	}
	// By hand: "emergency" twice (s1, s2), "emerged" once.
	if !strings.Contains(string(b), ",emergency 2; emerged 1\n") {
		t.Errorf("the table lacks stem_words for emerg:\n%s", b)
	}
}
