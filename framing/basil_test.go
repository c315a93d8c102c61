package framing

import (
	"errors"
	"os"
	"testing"

	"github.com/framediff/framediff/framing/internal/devdata"
)

// dataDir returns the folder of the team's shared data, or "" if absent (see devdata.Dir).
func dataDir() string { return devdata.Dir() }

// loadBASIL returns BASIL's development articles by ID and its spans, or skips.
func loadBASIL(t testing.TB) (map[string]*devdata.BASILArticle, []devdata.BASILSpan) {
	t.Helper()
	docs, spans := loadBASILIfPresent(t)
	if docs == nil {
		t.Skip("no basil-dev in the shared data (../shared/data or FRAMEDIFF_DATA)")
	}
	return docs, spans
}

// loadBASILIfPresent is loadBASIL for tests that use BASIL only when present: nil when
// absent.
func loadBASILIfPresent(t testing.TB) (map[string]*devdata.BASILArticle, []devdata.BASILSpan) {
	t.Helper()
	dir := dataDir()
	if dir == "" {
		return nil, nil
	}
	docs, spans, err := devdata.LoadBASIL(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return docs, spans
}
