// Package devdata reads the team's annotated development sets (../shared/data beside the
// checkout, or the folder FRAMEDIFF_DATA names) for the tests and benchmarks that measure
// framediff's framing analyses on real news: BASIL (lexical bias and quotation spans) and
// PolNeAR (attributions: source, cue, content). None of their texts is in the repository;
// a test skips when Dir returns "".
//
// Every set is split in two by an FNV-1a hash of its events' or articles' names ([Half]):
// rules, thresholds and words are chosen on the "tune" half, and the "held" half is
// reported beside it, so that a figure reached only where it was tuned shows as such.
package devdata

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
)

// Dir returns the folder of the team's shared data: FRAMEDIFF_DATA if set, else the first
// of ../shared/data, ../../shared/data, ../../../shared/data and ../../../../shared/data
// that exists (tests run in their package's folder); "" if none does.
func Dir() string {
	if d := os.Getenv("FRAMEDIFF_DATA"); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
		return ""
	}
	d := filepath.Join("..", "shared", "data")
	for range 4 {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
		d = filepath.Join("..", d)
	}
	return ""
}

// Half returns "tune" or "held" for an event or article name: the parity of its 64-bit
// FNV-1a hash.
func Half(name string) string {
	h := fnv.New64a()
	h.Write([]byte(name))
	if h.Sum64()%2 == 0 {
		return "tune"
	}
	return "held"
}

// ReadJSONL reads a JSON Lines file of T.
func ReadJSONL[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, v)
	}
	return out, sc.Err()
}
