package framing

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// A Vocabulary gives the terms of one run dense integer ids, so that the counters of a run
// count into arrays indexed by term id and their profiles merge by adding those arrays.
//
// It also holds the run's table of surfaces: every distinct surface seen by any counter
// over it ("Sanctions") with the term it counts as ("sanction") or why it is dropped, so
// that normalization, classification, stemming and interning are paid once per surface and
// run, however many counters and goroutines share the vocabulary. Counters look surfaces
// up without taking a lock (each keeps a small cache of the ones it meets most; the caches
// of the counters over one vocabulary grow within a shared 8 MiB, so that 200 counters made
// together hold 6.5 MB of them, not 51 MB) and keep only their counts, in arrays indexed by
// the run's surface ids.
//
// The zero value is ready to use. It binds to the settings and language of the first
// [Counter] that uses it; a Counter with other settings gets an error wrapping
// [ErrMismatch]. A Vocabulary only grows. It is safe for concurrent use. Ids are given in
// order of first sight, so they depend on the order in which documents arrive; nothing
// observable does: profiles list terms by their text.
type Vocabulary struct {
	mu    sync.Mutex
	set   *settings
	keys  []string    // term key, by id
	index surfTable   // key -> id
	arena stringArena // the keys' bytes (under mu)
	n     atomic.Int32
	surf  surfaces // the run's surfaces (written under mu, read without it)
	// workers counts the live workers over the vocabulary, which share a budget of cached
	// slots (see worker.hotCap): allocated alone by use, so that the cleanup that counts a
	// collected worker out holds neither the vocabulary nor anything that holds a worker
	// (a caller's struct with the vocabulary beside its counters), and a vocabulary reset
	// to its zero value starts a count of its own.
	workers *atomic.Int32

	rankMu sync.Mutex
	rank   []int32 // rank of each term id in the byte order of the keys, for len(rank) ids
	byRank []int32 // the term ids in that order (rank's inverse)
}

// use binds the vocabulary to s, or checks that s is the settings it is bound to.
func (v *Vocabulary) use(s *settings) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.set == nil {
		v.set = s
		v.workers = new(atomic.Int32)
		v.surf.seed = maphash.MakeSeed()
		v.surf.lower = s.phrases != nil
		v.surf.reserve(0)
	} else if v.set.key != s.key {
		return errorf(ErrMismatch, "the vocabulary counts with %s, not %s", v.set.key, s.key)
	}
	return nil
}

// reserveSurfaces sizes the run's surface table for about n surfaces, if none was added.
func (v *Vocabulary) reserveSurfaces(n int) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.surf.n == 0 && n > 512 {
		v.surf.reserve(n)
	}
	if len(v.keys) == 0 && v.index.index == nil && n > 512 {
		v.index.reserve(n*2/3, 8) // about two terms for three surfaces in news English
		v.keys = touched[string](n * 2 / 3)[:0]
		v.arena.block = touched[byte](n * 2 / 3 * 8)[:0]
	}
}

// addSurface adds the surface s (hash h, packed key) to the run's table, unless another
// goroutine added it first, and returns its slot. Its payload is the id of term if term is
// not empty (the term is interned), else data (minus a drop reason, or a term id); lower
// is its normalized form. seen is the table's count of surfaces when the caller missed s.
func (v *Vocabulary) addSurface(s string, h uint32, key surfKey, term string, data int32, lower string, seen int32) slot {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.surf.count.Load() != seen {
		// Surfaces were added since the caller looked: s may be one of them.
		if e, ok := v.surf.find(s, h, key); ok {
			return e
		}
	}
	if term != "" {
		data = v.internLocked(term)
	}
	return v.surf.add(s, h, key, data, lower)
}

// intern returns the id of a term key, adding it if new.
func (v *Vocabulary) intern(key string) int32 {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.internLocked(key)
}

// internLocked is intern, under v.mu.
func (v *Vocabulary) internLocked(key string) int32 {
	h, k := v.index.hash(key)
	if e, ok := v.index.find(key, h, k); ok {
		return e.data
	}
	id := int32(len(v.keys))
	key = v.arena.clone(key)
	v.keys = append(v.keys, key)
	v.index.insert(key, h, k, id)
	v.n.Store(int32(len(v.keys)))
	return id
}

// publish interns keys[len(gids):] and returns gids extended with their ids.
func (v *Vocabulary) publish(keys []string, gids []int32) []int32 {
	v.mu.Lock()
	defer v.mu.Unlock()
	for _, k := range keys[len(gids):] {
		gids = append(gids, v.internLocked(k))
	}
	return gids
}

// lookupTerm returns the id of a term key, if the vocabulary has it.
func (v *Vocabulary) lookupTerm(key string) (int32, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
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
	rank, _ := v.order()
	return rank
}

// order returns the rank of every term id in the byte order of the term keys, and the ids
// in that order, sorting the keys once per size of the vocabulary.
func (v *Vocabulary) order() (rank, byRank []int32) {
	keys := v.keySnapshot()
	v.rankMu.Lock()
	defer v.rankMu.Unlock()
	if len(v.rank) == len(keys) {
		return v.rank, v.byRank
	}
	// Each key is sorted by its first eight bytes, read big-endian and padded with zeros,
	// which order two keys as their bytes do unless they are equal; only then, within each
	// run of equal prefixes, are the strings compared (most keys differ in their first
	// bytes, and sorting numbers costs less than comparing strings held elsewhere).
	order := touched[keyedID](len(keys))
	for i, k := range keys {
		var p uint64
		for j := range 8 {
			p <<= 8
			if j < len(k) {
				p |= uint64(k[j])
			}
		}
		order[i] = keyedID{p, int32(i)}
	}
	sortKeyed(order)
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && order[j].key == order[i].key {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(order[i:j], func(a, b keyedID) int { return strings.Compare(keys[a.id], keys[b.id]) })
		}
		i = j
	}
	rank, byRank = touched[int32](len(keys)), touched[int32](len(keys))
	for r, e := range order {
		rank[e.id] = int32(r)
		byRank[r] = e.id
	}
	v.rank, v.byRank = rank, byRank
	return rank, byRank
}

// keyedID is an id (a term's, a row's) with a number to sort it by: the first eight bytes
// of a term's key, big-endian, padded with zeros (see Vocabulary.order), or the bits of a
// p-value (see scoredRows.adjust).
type keyedID struct {
	key uint64
	id  int32
}

// sortKeyed sorts es by key, keeping the order of equal keys: a radix sort, a byte a
// pass from the least significant, skipping the bytes every key shares (the last ones of
// a vocabulary of short words). A comparison sort (slices.SortFunc) of the vocabulary of
// the halves of BBC News took 1.8% of the CPU of `compare -a -b` on them, most of it in
// calls to its comparison; this sort takes 0.5%.
func sortKeyed(es []keyedID) {
	if len(es) < 2 {
		return
	}
	var counts [8][256]int
	for _, e := range es {
		for b := range 8 {
			counts[b][byte(e.key>>(8*b))]++
		}
	}
	src, dst := es, touched[keyedID](len(es))
	for b := range 8 {
		c := &counts[b]
		if c[byte(src[0].key>>(8*b))] == len(es) {
			continue // every key has this byte
		}
		at := 0
		for i, n := range c {
			c[i], at = at, at+n
		}
		for _, e := range src {
			k := byte(e.key >> (8 * b))
			dst[c[k]] = e
			c[k]++
		}
		src, dst = dst, src
	}
	if &src[0] != &es[0] {
		copy(es, src)
	}
}

// Len returns the number of distinct terms published to the vocabulary.
func (v *Vocabulary) Len() int {
	return int(v.n.Load())
}
