package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAdjustFamily: stderr and the provenance say that the token-level p-values are
// adjusted over every term of the comparison, and how many: the rows of the full table
// (-top beyond the vocabulary), counted here from the CSV.
func TestAdjustFamily(t *testing.T) {
	dir := t.TempDir()
	table := filepath.Join(dir, "terms.csv")
	var stderr bytes.Buffer
	if err := run([]string{"-html", filepath.Join(dir, "r.html"), "-csv", table, "-top", "100000", "-permutations", "-1", "-quiet"}, io.Discard, &stderr); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(table)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("over the %d terms of the comparison, every term seen in any event", len(recs)-1)
	if !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr does not say %q:\n%s", want, stderr.String())
	}
	prov, err := os.ReadFile(table + ".provenance.json")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(prov), `"adjust_over": "`+strings.TrimPrefix(want, "over ")+`"`) {
		t.Errorf("the provenance lacks adjust_over %q", want)
	}
}
