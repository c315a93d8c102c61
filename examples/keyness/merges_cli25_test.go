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

// TestStemMerges: keyness flags with "*" a stem whose words are not the inflections of
// one word (the acronyms SAR and SARS, one a side), lists it under the tables with how to
// keep them apart, and marks it distinct in -json; a stem of one word's inflections
// (election, elections) is listed in -json but not flagged.
func TestStemMerges(t *testing.T) {
	const data = `{"id":"s1","event":"e","outlet":"Halden Daily","kind":"state","text":"The SAR of Halden held elections. The SAR council met. Ana Ruiz spoke for the SAR."}
{"id":"w1","event":"e","outlet":"Halden Wire","kind":"wire","text":"SARS cases rose before the election. SARS tests were short. Ivo Marek saw SARS spread."}
`
	path := filepath.Join(t.TempDir(), "c.jsonl")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run([]string{"-corpus", path, "-quiet", "-top", "20"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	if !strings.Contains(text, "SAR | SARS *") || !strings.Contains(text, "-protect sar,sars") {
		t.Errorf("SAR/SARS not flagged, or no footer:\n%s", text)
	}
	if strings.Contains(text, "election *") || strings.Contains(text, "elections *") {
		t.Errorf("election flagged:\n%s", text)
	}
	var js bytes.Buffer
	if err := run([]string{"-corpus", path, "-quiet", "-top", "20", "-json"}, &js, io.Discard); err != nil {
		t.Fatal(err)
	}
	var r report
	if err := json.Unmarshal(js.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	distinct := map[string]bool{}
	for _, g := range r.StemMerges {
		distinct[g.Term] = g.Distinct
	}
	if d, ok := distinct["sar"]; !ok || !d {
		t.Errorf("-json stem_merges: sar distinct %v (listed %v), want true: %+v", d, ok, r.StemMerges)
	}
	if d, ok := distinct["elect"]; !ok || d {
		t.Errorf("-json stem_merges: elect distinct %v (listed %v), want a merge that is not distinct", d, ok)
	}
}
