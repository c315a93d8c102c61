package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/framediff/framediff/examples/internal/clitest"
)

// TestCSVEveryMeasure: with -csv-measures all the -csv table holds every term under each of
// the 12 measures the text shows, -measure's rows first, whatever -top (which limits the
// text only); by default, every term under -measure alone.
func TestCSVEveryMeasure(t *testing.T) {
	dir := t.TempDir()
	var tables [2][]byte
	for i, top := range []string{"2", "-1"} {
		table := filepath.Join(dir, "k"+top+".csv")
		if err := run([]string{"-quiet", "-top", top, "-measure", "g2", "-csv-measures", "all", "-csv", table}, io.Discard, io.Discard); err != nil {
			t.Fatal(err)
		}
		var err error
		if tables[i], err = os.ReadFile(table); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(tables[0], tables[1]) {
		t.Error("the -csv table depends on -top")
	}
	recs, err := csv.NewReader(bytes.NewReader(tables[0])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	perMeasure := map[string]map[string]bool{}
	var order []string
	for _, r := range recs[1:] {
		m := r[col["measure"]]
		if perMeasure[m] == nil {
			perMeasure[m] = map[string]bool{}
			order = append(order, m)
		}
		perMeasure[m][r[col["n"]]+" "+r[col["term"]]] = true
	}
	if len(order) != 12 || order[0] != "g2" {
		t.Fatalf("measures in the table: %v; want 12, g2 first", order)
	}
	terms := perMeasure["log-odds"]
	for _, m := range order {
		if len(perMeasure[m]) != len(terms) || len(terms) < 100 {
			t.Errorf("%s: %d distinct terms, log-odds %d", m, len(perMeasure[m]), len(terms))
		}
	}
	if rows := len(recs) - 1; rows != 12*len(terms) {
		t.Errorf("%d rows, want 12 × %d terms (one row per term and measure)", rows, len(terms))
	}
	one := filepath.Join(dir, "one.csv")
	if err := run([]string{"-quiet", "-measure", "g2", "-csv", one}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(one)
	if err != nil {
		t.Fatal(err)
	}
	recsOne, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recsOne)-1 != len(terms) {
		t.Errorf("default -csv-measures: %d rows, want %d (every term once)", len(recsOne)-1, len(terms))
	}
	for _, r := range recsOne[1:] {
		if r[col["measure"]] != "g2" {
			t.Fatalf("default -csv-measures: a row of %s", r[col["measure"]])
		}
	}
	if err := run([]string{"-quiet", "-csv-measures", "some", "-csv", one}, io.Discard, io.Discard); err == nil {
		t.Error("-csv-measures some: no error")
	}
	var rec struct {
		Settings struct {
			Analysis struct {
				Measures     []string `json:"measures"`
				Prior        string   `json:"prior"`
				Alpha0       float64  `json:"alpha0"`
				Adjust       string   `json:"adjust"`
				Permutations *int     `json:"permutations"`
			} `json:"analysis"`
			Resolved map[string]any `json:"analyzer_resolved"`
		} `json:"settings"`
	}
	clitest.ReadProvenance(t, filepath.Join(dir, "k2.csv"), &rec)
	a := rec.Settings.Analysis
	if len(a.Measures) != 12 || a.Measures[0] != "g2" || a.Prior != "informative" || a.Alpha0 != 100 || a.Adjust != "BH" ||
		a.Permutations == nil || *a.Permutations != 0 {
		t.Errorf("analysis = %+v", a)
	}
	// keyness analyzes English by default (-lang english).
	if r := rec.Settings.Resolved; r["language"] != "english" || r["per_document_language"] != false || r["stemmer"] != "snowball english" {
		t.Errorf("analyzer_resolved = %v", r)
	}
}
