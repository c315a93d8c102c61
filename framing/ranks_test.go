package framing

import (
	"slices"
	"testing"
)

// TestVocabularyRanks checks that ranks orders the term keys as their bytes do, where the
// first eight bytes, by which it sorts first, do not tell them apart: keys equal in
// their first eight bytes, a key that is a prefix of another, a zero byte against the
// padding, and bytes beyond ASCII. The order wanted is slices.Sort's of the strings.
func TestVocabularyRanks(t *testing.T) {
	keys := []string{"harbormaster", "harbormasters", "harbormast", "harbor", "harbo", "h", "",
		"harbor\x00", "harbor\x00\x00x", "harbör", "hárbor", "zz", "halden", "haldenport", "ana_ruiz",
		"ana ruiz", "ivo", "ivo\xff", "\xff", "lena varga", "lena_varga", "lena_vargas"}
	var v Vocabulary
	for _, k := range keys {
		v.intern(k)
	}
	rank := v.ranks()
	got := make([]string, len(keys))
	for id, r := range rank {
		got[r] = keys[id]
	}
	want := slices.Clone(keys)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("keys by rank:\n%q\nwant\n%q", got, want)
	}
}
