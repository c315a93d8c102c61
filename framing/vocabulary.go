package framing

import (
	"slices"
	"strings"
	"sync"
)

// A Vocabulary interns the terms of one run to dense integer ids, so that the counters of a
// run count into arrays indexed by term id and their profiles merge by adding those arrays.
// It caches, for every distinct normalized word ("sanctions"), its term ("sanction") or the
// reason it is dropped, so that stemming and stop-word lookups are paid once per word type,
// not once per token or per worker.
//
// The zero value is ready to use. It binds to the settings and language of the first
// [Counter] that uses it; a Counter with other settings gets an error wrapping
// [ErrMismatch]. A Vocabulary only grows. It is safe for concurrent use: each Counter keeps
// a private cache of the surfaces it has seen, and consults the shared tables, under a lock,
// only for surfaces new to it.
//
// Ids are given in order of first sight, so they depend on the order in which documents
// arrive; nothing observable does: profiles list terms by their text.
type Vocabulary struct {
	mu    sync.RWMutex
	set   *settings
	norms surfTable // normalized word -> term id, or minus the drop reason
	terms surfTable // term key -> term id
	keys  []string  // term key, by term id

	rankMu sync.Mutex
	rank   []int32 // rank of each term id in the byte order of the keys, for len(rank) ids
}

// use binds the vocabulary to s, or checks that s is the settings it is bound to.
func (v *Vocabulary) use(s *settings) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.set == nil {
		v.set = s
		// Make the tables now: lookups under the read lock must not write.
		v.norms.shared, v.terms.shared = true, true
		v.norms.hash("")
		v.terms.hash("")
		return nil
	}
	if v.set.key != s.key {
		return errorf(ErrMismatch, "the vocabulary counts with %s, not %s", v.set.key, s.key)
	}
	return nil
}

// reserve sizes the vocabulary for texts of size bytes in all, by Heaps' law (see heaps).
func (v *Vocabulary) reserve(size int) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.norms.len() > 0 || len(v.keys) > 0 {
		return
	}
	words := heaps(size)
	v.norms = surfTable{shared: true}
	v.norms.reserve(words*3/4, 8)
	v.terms = surfTable{shared: true}
	v.terms.reserve(words*2/3, 7)
	v.keys = make([]string, 0, words*2/3)
}

// classify returns the payload of a normalized single-token word: its term id, or minus the
// reason it is dropped. Workers call it for surfaces new to them; surfaces that differ only
// in case or apostrophes share one entry, so each is stemmed once.
func (v *Vocabulary) classify(lower string) int32 {
	v.mu.RLock()
	h, k := v.norms.hash(lower)
	e, ok := v.norms.find(lower, h, k)
	v.mu.RUnlock()
	if ok {
		return e.data
	}
	term, drop := v.set.classifyLower(lower) // stemming, outside the lock
	v.mu.Lock()
	defer v.mu.Unlock()
	if e, ok := v.norms.find(lower, h, k); ok { // another worker was quicker
		return e.data
	}
	data := -int32(drop)
	if drop == dropNone {
		data = v.termLocked(term)
	}
	v.norms.insert(lower, h, k, data)
	return data
}

// term returns the id of a term key, adding it if new.
func (v *Vocabulary) term(key string) int32 {
	v.mu.RLock()
	h, k := v.terms.hash(key)
	e, ok := v.terms.find(key, h, k)
	v.mu.RUnlock()
	if ok {
		return e.data
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.termLocked(key)
}

func (v *Vocabulary) termLocked(key string) int32 {
	h, k := v.terms.hash(key)
	if e, ok := v.terms.find(key, h, k); ok {
		return e.data
	}
	id := int32(len(v.keys))
	v.terms.insert(key, h, k, id)
	v.keys = append(v.keys, strings.Clone(key))
	return id
}

// lookupTerm returns the id of a term key, if the vocabulary has it.
func (v *Vocabulary) lookupTerm(key string) (int32, bool) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	if v.terms.slots == nil {
		return 0, false
	}
	h, k := v.terms.hash(key)
	e, ok := v.terms.find(key, h, k)
	return e.data, ok
}

// keySnapshot returns the term keys by id. Entries are only ever appended, so the snapshot
// stays valid while the vocabulary grows.
func (v *Vocabulary) keySnapshot() []string {
	v.mu.RLock()
	defer v.mu.RUnlock()
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

// Len returns the number of distinct terms the vocabulary holds.
func (v *Vocabulary) Len() int {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return len(v.keys)
}
