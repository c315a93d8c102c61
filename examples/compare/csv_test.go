package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/examples/internal/clitest"
)

// TestCSVEveryTerm: the -csv table holds every term that leans to a side, whatever -top
// (which limits the text and -json only): as many rows per event as -json -top -1 lists,
// the same bytes for -top 2 and -top -1, and the text the same with and without -csv.
func TestCSVEveryTerm(t *testing.T) {
	dir := t.TempDir()
	var all bytes.Buffer
	if err := run([]string{"-quiet", "-json", "-top", "-1", "-permutations", "-1"}, &all, io.Discard); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Comparisons []struct {
			Event string `json:"event"`
			TopA  []any  `json:"top_a"`
			TopB  []any  `json:"top_b"`
		} `json:"comparisons"`
	}
	if err := json.Unmarshal(all.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, c := range rep.Comparisons {
		want[c.Event] = len(c.TopA) + len(c.TopB)
	}
	var tables [2][]byte
	for i, top := range []string{"2", "-1"} {
		table := filepath.Join(dir, "t"+top+".csv")
		var with, without bytes.Buffer
		if err := run([]string{"-quiet", "-top", top, "-permutations", "-1", "-csv", table}, &with, io.Discard); err != nil {
			t.Fatal(err)
		}
		if err := run([]string{"-quiet", "-top", top, "-permutations", "-1"}, &without, io.Discard); err != nil {
			t.Fatal(err)
		}
		if with.String() != without.String() {
			t.Errorf("-top %s: the text differs with -csv", top)
		}
		var err error
		if tables[i], err = os.ReadFile(table); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(bytes.NewReader(tables[i])).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, r := range recs[1:] {
			got[r[0]]++
		}
		for e, n := range want {
			if n <= 4 || got[e] != n {
				t.Errorf("-top %s: event %s: %d rows, want the %d terms -json -top -1 lists", top, e, got[e], n)
			}
		}
	}
	if !bytes.Equal(tables[0], tables[1]) {
		t.Error("the -csv table depends on -top")
	}
}

// TestProvenanceSettings: the record beside a -csv table gives the analyzer with its
// defaults resolved and the statistics, every field written.
func TestProvenanceSettings(t *testing.T) {
	table := filepath.Join(t.TempDir(), "t.csv")
	if err := run([]string{"-quiet", "-event", "dam-flood", "-csv", table}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Settings struct {
			Analysis struct {
				Measures     []string `json:"measures"`
				Prior        string   `json:"prior"`
				Alpha0       *float64 `json:"alpha0"`
				Adjust       string   `json:"adjust"`
				Permutations int      `json:"permutations"`
				DocAdjust    string   `json:"doc_adjust"`
				Seed         uint64   `json:"seed"`
			} `json:"analysis"`
			Resolved map[string]any `json:"analyzer_resolved"`
		} `json:"settings"`
		Seed uint64 `json:"seed"`
	}
	clitest.ReadProvenance(t, table, &rec)
	a := rec.Settings.Analysis
	// compare's documented statistics: log-odds with the informative prior, alpha0 = 100,
	// BH over the terms, 1,000 shuffles (-permutations' default) with the record's seed.
	if len(a.Measures) != 1 || a.Measures[0] != "log-odds" || a.Prior != "informative" || a.Alpha0 == nil || *a.Alpha0 != 100 ||
		a.Adjust != "BH" || a.Permutations != 1000 || a.DocAdjust != "BH" || a.Seed == 0 || a.Seed != rec.Seed {
		t.Errorf("analysis = %+v (record seed %d)", a, rec.Seed)
	}
	r := rec.Settings.Resolved
	for key, want := range map[string]any{"language": "english", "stemmer": "snowball english", "ngrams": 1.0,
		"voices": "narrative+reported+title", "keep_numbers": false, "per_document_language": true} {
		if r[key] != want {
			t.Errorf("analyzer_resolved[%q] = %v, want %v", key, r[key], want)
		}
	}
	if m, _ := r["module"].(string); !strings.HasPrefix(m, "github.com/kljensen/snowball") {
		t.Errorf("module = %v", r["module"])
	}
	stop, _ := r["stop_list"].(map[string]any)
	// The own voice drops the scaffolding words besides the stop list (6 attribution verbs
	// and 5 honorifics: the list in main.go's doc), recorded as extra stop words.
	if stop["name"] != "snowball english+contractions+extra" || stop["extra"] != 11.0 || stop["words"].(float64) < 100 || len(stop["sha256"].(string)) != 64 {
		t.Errorf("stop_list = %v", stop)
	}
}
