package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStemMerges: a stem whose words are not the inflections of one word is flagged "*",
// listed under the table with how to keep its words apart, and marked distinct in -json,
// whether its words came from one side (an event of a corpus, read from counts that keep
// one form a term) or from both (-a and -b); a stem of one word's inflections is not.
func TestStemMerges(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	if err := os.WriteFile(a, []byte("The international talks went on in Halden. International observers came. Ana Ruiz voted in the elections."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte("Internal critics spoke. Ivo Marek won the election in Halden."), 0o644); err != nil {
		t.Fatal(err)
	}
	corpusPath := filepath.Join(dir, "c.jsonl")
	data := `{"id":"s1","event":"flood","outlet":"Halden Daily","kind":"state","text":"An emergency was declared. The emergency teams worked. Water emerged from the dam. Emergency crews came. Halden held elections and one election."}
{"id":"w1","event":"flood","outlet":"Halden Wire","kind":"wire","text":"Lena Varga reported the dam broke and people fled."}
`
	if err := os.WriteFile(corpusPath, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("-csv", func(t *testing.T) {
		table := filepath.Join(dir, "terms.csv")
		if err := run([]string{"-quiet", "-corpus", corpusPath, "-permutations", "-1", "-csv", table}, io.Discard, io.Discard); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(table)
		if err != nil {
			t.Fatal(err)
		}
		// By hand: "emergency" 3 times in s1 (once capitalized), "emerged" once.
		if !strings.Contains(string(b), ",emergency 3; emerged 1\n") || !strings.Contains(string(b), ",word_b,stem_words\n") {
			t.Errorf("the table lacks stem_words for emerg:\n%s", b)
		}
	})
	for _, tc := range []struct {
		name      string
		args      []string
		flagged   string // a stem flagged
		unflagged string // a stem merged but not flagged
	}{
		{"one side, an event", []string{"-corpus", corpusPath, "-permutations", "-1"}, "emerg", "elect"},
		{"two sides, -a and -b", []string{"-a", a, "-b", b, "-permutations", "-1"}, "intern", "elect"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := run(append([]string{"-quiet", "-top", "-1"}, tc.args...), &out, io.Discard); err != nil {
				t.Fatal(err)
			}
			text := out.String()
			if !strings.Contains(text, " "+tc.flagged+" *") {
				t.Errorf("%q not flagged:\n%s", tc.flagged, text)
			}
			if strings.Contains(text, " "+tc.unflagged+" *") {
				t.Errorf("%q flagged:\n%s", tc.unflagged, text)
			}
			if !strings.Contains(text, "not the inflections of one word") || !strings.Contains(text, "-protect") {
				t.Errorf("no footer saying what * is and how to keep the words apart:\n%s", text)
			}
			var js bytes.Buffer
			if err := run(append([]string{"-quiet", "-top", "-1", "-json"}, tc.args...), &js, io.Discard); err != nil {
				t.Fatal(err)
			}
			var r struct {
				Comparisons []struct {
					Merges []struct {
						Term     string `json:"term"`
						Distinct bool   `json:"distinct"`
					} `json:"stem_merges"`
				} `json:"comparisons"`
			}
			if err := json.Unmarshal(js.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			distinct := map[string]bool{}
			for _, g := range r.Comparisons[0].Merges {
				distinct[g.Term] = g.Distinct
			}
			if d, ok := distinct[tc.flagged]; !ok || !d {
				t.Errorf("-json: %q distinct %v (listed %v), want true", tc.flagged, d, ok)
			}
			if d, ok := distinct[tc.unflagged]; !ok || d {
				t.Errorf("-json: %q distinct %v (listed %v), want a merge that is not distinct", tc.unflagged, d, ok)
			}
		})
	}
}
