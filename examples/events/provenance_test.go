package main

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/framediff/framediff/examples/internal/clitest"
)

// TestProvenanceSettings: the record beside the -csv table gives the pooling's settings
// with framing's defaults filled in (PoolOptions: Test 0 means 200; the per-event lists
// are -top's), the statistics, and the analyzer resolved.
func TestProvenanceSettings(t *testing.T) {
	table := filepath.Join(t.TempDir(), "e.csv")
	if err := run([]string{"-quiet", "-top", "7", "-csv", table}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Settings struct {
			Pool struct {
				Test, Top, Permutations int
				Seed                    uint64
			} `json:"pool"`
			Analysis struct {
				Measures     []string `json:"measures"`
				Adjust       string   `json:"adjust"`
				Permutations int      `json:"permutations"`
				Seed         uint64   `json:"seed"`
			} `json:"analysis"`
			Resolved map[string]any `json:"analyzer_resolved"`
		} `json:"settings"`
	}
	clitest.ReadProvenance(t, table, &rec)
	p, a := rec.Settings.Pool, rec.Settings.Analysis
	if p.Test != 200 || p.Top != 7 || p.Permutations != 1000 || p.Seed == 0 {
		t.Errorf("pool = %+v; want test 200, top 7 (-top), 1000 permutations, a seed", p)
	}
	if len(a.Measures) != 1 || a.Adjust != "BH" || a.Permutations != p.Permutations || a.Seed != p.Seed {
		t.Errorf("analysis = %+v", a)
	}
	if rec.Settings.Resolved["stemmer"] != "snowball english" {
		t.Errorf("analyzer_resolved = %v", rec.Settings.Resolved)
	}
}
