package framing

import (
	"strings"
	"testing"
)

// TestStopSet checks stopSet.has against the set's own words and near misses: the same
// first byte or length only, the empty word, words of 63 bytes and more (which share one
// length bit), and first bytes beyond ASCII.
func TestStopSet(t *testing.T) {
	long := strings.Repeat("x", 70)
	in := []string{"says", "said", "mr", "dr", "according", "", long, "über", "ёж"}
	out := []string{"say", "sad", "mrs", "dra", "accordinG", "a", long + "y", long[:63], strings.Repeat("y", 70),
		"uber", "übers", "ёжик", "жё", "d", "r", "m", "ms"}
	var ws stopSet
	for _, w := range out {
		if ws.has(w) {
			t.Errorf("the empty set has %q", w)
		}
	}
	for _, w := range in {
		ws.add(w)
	}
	for _, w := range in {
		if !ws.has(w) {
			t.Errorf("has(%q) = false, want true", w)
		}
	}
	for _, w := range out {
		if ws.has(w) {
			t.Errorf("has(%q) = true, want false", w)
		}
	}
}
