package main

import (
	"encoding/json"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"github.com/framediff/framediff/examples/internal/clitest"
)

// TestProvenanceSettings: the record beside the -csv table names the analyzer (resolved),
// what the table counts, and the -top that limits its lists.
func TestProvenanceSettings(t *testing.T) {
	table := filepath.Join(t.TempDir(), "v.csv")
	if err := run([]string{"-quiet", "-top", "3", "-csv", table}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Settings map[string]json.RawMessage `json:"settings"`
	}
	clitest.ReadProvenance(t, table, &rec)
	for _, key := range []string{"reading", "analyzer", "analyzer_resolved", "analysis"} {
		if rec.Settings[key] == nil {
			t.Errorf("settings lack %q: %v", key, slices.Sorted(maps.Keys(rec.Settings)))
		}
	}
	if string(rec.Settings["top"]) != "3" {
		t.Errorf("top = %s, want 3", rec.Settings["top"])
	}
	var r struct {
		Language string `json:"language"`
		Voices   string `json:"voices"`
	}
	if err := json.Unmarshal(rec.Settings["analyzer_resolved"], &r); err != nil || r.Language != "english" || r.Voices != "all" {
		t.Errorf("analyzer_resolved = %s (%v)", rec.Settings["analyzer_resolved"], err)
	}
}
