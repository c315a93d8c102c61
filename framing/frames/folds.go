package frames

// folds.go: cross-validation folds fixed by a seeded hash of the document ID, so that a
// document's fold depends neither on the input's order nor on which other documents are
// listed with it beyond their IDs.

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"slices"

	"github.com/framediff/framediff/framing"
)

// DefaultSeed seeds the cross-validation folds of [Train] and the bootstrap of
// [Model.Prevalence] when their Seed is 0.
const DefaultSeed = 20260601

// Folds assigns each of ids to one of k folds: the IDs are ranked by the 64-bit FNV-1a hash
// of the seed (8 bytes, little-endian) followed by the ID's bytes, ties broken by the ID,
// and the document ranked r goes to fold r mod k. The folds therefore differ in size by at
// most one, and a document's fold depends only on its ID, the seed, and the set of IDs.
// Seed 0 means [DefaultSeed]. IDs must be distinct, and k at least 2 and at most the number
// of IDs.
func Folds(ids []string, k int, seed uint64) ([]int, error) {
	if k < 2 || k > len(ids) {
		return nil, fmt.Errorf("frames: %d folds for %d documents (want 2 to %d): %w", k, len(ids), len(ids), framing.ErrOption)
	}
	if seed == 0 {
		seed = DefaultSeed
	}
	type ranked struct {
		h  uint64
		id string
		i  int
	}
	rs := make([]ranked, len(ids))
	var s [8]byte
	binary.LittleEndian.PutUint64(s[:], seed)
	for i, id := range ids {
		h := fnv.New64a()
		h.Write(s[:])
		h.Write([]byte(id))
		rs[i] = ranked{h.Sum64(), id, i}
	}
	slices.SortFunc(rs, func(a, b ranked) int { return cmp.Or(cmp.Compare(a.h, b.h), cmp.Compare(a.id, b.id)) })
	out := make([]int, len(ids))
	for r, x := range rs {
		if r > 0 && x.id == rs[r-1].id {
			return nil, fmt.Errorf("frames: document id %q repeats: %w", x.id, framing.ErrOption)
		}
		out[x.i] = r % k
	}
	return out, nil
}
