package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAdjustFamily: the text and the provenance of the -csv table say which terms the
// token-level adjustment is over, and how many: as many as the table has rows (counted
// here from the CSV), the terms seen in -min-events or more events.
func TestAdjustFamily(t *testing.T) {
	for _, tc := range []struct {
		minEvents string
		words     string // the family in words, before its size is known
	}{
		{"2", "terms seen in 2 or more events (-min-events)"},
		{"1", "terms of the comparison, every term seen in any event"},
	} {
		t.Run("min-events "+tc.minEvents, func(t *testing.T) {
			table := filepath.Join(t.TempDir(), "pooled.csv")
			var out bytes.Buffer
			if err := run([]string{"-min-events", tc.minEvents, "-permutations", "-1", "-csv", table, "-quiet"}, &out, io.Discard); err != nil {
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
			want := fmt.Sprintf("the %d %s", len(recs)-1, tc.words) // less the header
			if !strings.Contains(strings.ReplaceAll(out.String(), "\n", " "), "Benjamini-Hochberg over "+want) {
				t.Errorf("the text does not say the adjustment is over %q:\n%s", want, out.String())
			}
			b, err := os.ReadFile(table + ".provenance.json")
			if err != nil {
				t.Fatal(err)
			}
			var prov struct {
				Settings struct {
					Analysis struct {
						AdjustOver string `json:"adjust_over"`
					} `json:"analysis"`
				} `json:"settings"`
			}
			if err := json.Unmarshal(b, &prov); err != nil {
				t.Fatal(err)
			}
			if prov.Settings.Analysis.AdjustOver != want {
				t.Errorf("provenance adjust_over %q, want %q", prov.Settings.Analysis.AdjustOver, want)
			}
		})
	}
}
