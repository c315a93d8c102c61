package framing

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// A Vocabulary gives the terms of one run dense integer ids, so that the counters of a run
// count into arrays indexed by term id and their profiles merge by adding those arrays.
//
// Each counter keeps its own cache of the surfaces it has seen ("Sanctions") with their
// terms ("sanction") under ids of its own, so that normalization and stemming are paid once
// per word type and counter, and no lock is taken while it counts; it publishes its terms to
// the Vocabulary, which maps them to the run's ids, when a profile is made (and, for
// [CountEvents], as documents are counted).
//
// The zero value is ready to use. It binds to the settings and language of the first
// [Counter] that uses it; a Counter with other settings gets an error wrapping
// [ErrMismatch]. A Vocabulary only grows. It is safe for concurrent use. Ids are given in
// order of publication, so they depend on the order in which documents arrive; nothing
// observable does: profiles list terms by their text.
type Vocabulary struct {
	mu      sync.Mutex
	set     *settings
	keys    []string  // term key, by id
	index   surfTable // key -> id, for keys[:indexed]; made only when a second counter publishes
	indexed int
	n       atomic.Int32 // len(keys)

	rankMu sync.Mutex
	rank   []int32 // rank of each term id in the byte order of the keys, for len(rank) ids
}

// use binds the vocabulary to s, or checks that s is the settings it is bound to.
func (v *Vocabulary) use(s *settings) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.set == nil {
		v.set = s
	} else if v.set.key != s.key {
		return errorf(ErrMismatch, "the vocabulary counts with %s, not %s", v.set.key, s.key)
	}
	return nil
}

// publish maps a counter's term keys (by its own ids) to the vocabulary's ids: gids holds
// the ids of keys[:len(gids)] already; publish returns it extended to all of keys. The first
// counter to publish into an empty vocabulary gives it its keys as they are (its ids become
// the run's), without hashing them.
func (v *Vocabulary) publish(keys []string, gids []int32) []int32 {
	if len(gids) == len(keys) {
		return gids
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if len(v.keys) == 0 && len(gids) == 0 {
		v.keys = append(v.keys, keys...)
		v.n.Store(int32(len(v.keys)))
		gids = slices.Grow(gids, len(keys))
		for i := range keys {
			gids = append(gids, int32(i))
		}
		return gids
	}
	v.indexLocked()
	for _, k := range keys[len(gids):] {
		gids = append(gids, v.internLocked(k))
	}
	return gids
}

// indexLocked adds the keys not yet in the index.
func (v *Vocabulary) indexLocked() {
	if v.indexed == 0 && v.index.slots == nil {
		v.index.reserve(max(1024, 2*len(v.keys)), 8)
	}
	for ; v.indexed < len(v.keys); v.indexed++ {
		k := v.keys[v.indexed]
		h, hk := v.index.hash(k)
		v.index.insert(k, h, hk, int32(v.indexed))
	}
}

// internLocked returns the id of key, adding it if new; the index must be up to date.
func (v *Vocabulary) internLocked(key string) int32 {
	h, k := v.index.hash(key)
	if e, ok := v.index.find(key, h, k); ok {
		return e.data
	}
	id := int32(len(v.keys))
	v.keys = append(v.keys, strings.Clone(key))
	v.index.insert(key, h, k, id)
	v.indexed = len(v.keys)
	v.n.Store(int32(len(v.keys)))
	return id
}

// lookupTerm returns the id of a term key, if the vocabulary has it.
func (v *Vocabulary) lookupTerm(key string) (int32, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.indexLocked()
	h, k := v.index.hash(key)
	e, ok := v.index.find(key, h, k)
	return e.data, ok
}

// keySnapshot returns the term keys by id. Entries are only ever appended, so the snapshot
// stays valid while the vocabulary grows.
func (v *Vocabulary) keySnapshot() []string {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.keys[:len(v.keys):len(v.keys)]
}

// ranks returns the rank of every term id in the byte order of the term keys, sorting the
// keys once per size of the vocabulary.
func (v *Vocabulary) ranks() []int32 {
	keys := v.keySnapshot()
	v.rankMu.Lock()
	defer v.rankMu.Unlock()
	if len(v.rank) == len(keys) {
		return v.rank
	}
	order := make([]int32, len(keys))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(keys[a], keys[b]) })
	rank := make([]int32, len(keys))
	for r, id := range order {
		rank[id] = int32(r)
	}
	v.rank = rank
	return rank
}

// Len returns the number of distinct terms published to the vocabulary.
func (v *Vocabulary) Len() int {
	return int(v.n.Load())
}
