package voices

import (
	"errors"
	"os"
	"testing"

	"github.com/framediff/framediff/framing/internal/devdata"
)

// loadBASIL returns BASIL's development articles by ID and its spans, or skips.
func loadBASIL(t testing.TB) (map[string]*devdata.BASILArticle, []devdata.BASILSpan) {
	t.Helper()
	dir := devdata.Dir()
	if dir == "" {
		t.Skip("no shared data (../shared/data or FRAMEDIFF_DATA)")
	}
	docs, spans, err := devdata.LoadBASIL(dir)
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("no basil-dev in the shared data")
	}
	if err != nil {
		t.Fatal(err)
	}
	return docs, spans
}

// loadPolNeAR returns PolNeAR's training articles, or skips.
func loadPolNeAR(t testing.TB) []*devdata.PolNeARArticle {
	t.Helper()
	dir := devdata.Dir()
	if dir == "" {
		t.Skip("no shared data (../shared/data or FRAMEDIFF_DATA)")
	}
	arts, err := devdata.LoadPolNeAR(dir)
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("no polnear-train in the shared data")
	}
	if err != nil {
		t.Fatal(err)
	}
	return arts
}
