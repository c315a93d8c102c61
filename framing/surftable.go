package framing

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/framediff/framediff/framing/voices"
)

// A slot of the run's surface table, as a lookup returns it and a worker caches it.
type slot struct {
	key  surfKey
	id   int32 // id+1; 0 marks an empty slot
	data int32 // the caller's payload (for surfaces: the term id, or minus the drop reason)
	// For the run's surfaces, the voice segmenter's classes of the surface with vKnown and
	// vCap, or 0 if they were not known when the slot was read: a worker that segments
	// finds them with the surface in its cache of slots (see worker.lookup), one load a
	// token instead of a second one into an array by surface id.
	flags voices.Class
}

// A surfKey identifies a surface. A surface of up to 16 bytes is packed into it,
// little-endian (lo holds bytes 0 to 7, hi bytes 8 to 15); since no token contains a zero
// byte, the packing is exact and such a surface is found without touching any other
// memory. A longer surface (or a string with a zero byte) has lo 0 and its 64-bit hash in
// hi, and is compared through its text.
type surfKey struct{ lo, hi uint64 }

// exact reports whether the key is the surface itself.
func (k surfKey) exact() bool { return k.lo != 0 }

// hash returns the table hash of a key.
func (k surfKey) hash() uint32 {
	if k.lo == 0 {
		return uint32(k.hi)
	}
	return packedHash(k.lo ^ k.hi*0xC2B2AE3D27D4EB4F)
}

// keySurface returns the hash of s and its key: the bytes of s packed when it has 1 to 16
// and no zero byte (exact: different strings, different keys), else its 64-bit hash.
func keySurface(seed maphash.Seed, s string) (uint32, surfKey) {
	if len(s) > 16 || strings.IndexByte(s, 0) >= 0 {
		k := surfKey{hi: maphash.String(seed, s)}
		return k.hash(), k
	}
	var k surfKey
	for i := 0; i < len(s) && i < 8; i++ {
		k.lo |= uint64(s[i]) << (8 * i)
	}
	for i := 8; i < len(s); i++ {
		k.hi |= uint64(s[i]) << (8 * (i - 8))
	}
	return k.hash(), k
}

// keySurfaceAt is keySurface(text[start:end]) for a token of text: the caller passes a
// span the word scanner returned, which never holds a zero byte (packed, "a" and "a\x00"
// would have one key; keySurface hashes such strings instead). When sixteen bytes are
// available from start, the surface is packed with two wide loads and masks instead of a
// loop over its bytes.
func keySurfaceAt(seed maphash.Seed, text string, start, end int) (uint32, surfKey) {
	n := end - start
	if n > 16 || start+16 > len(text) {
		return keySurface(seed, text[start:end])
	}
	k := packAt(text, start, n)
	return k.hash(), k
}

// packAt packs text[start:start+n] (n from 1 to 16, with 16 bytes available from start).
func packAt(text string, start, n int) surfKey {
	// The shifts are masked to 63 (they are 0 to 56 here), so that the compiler need not
	// handle shifts of 64 and more; the loads are of exactly 8 bytes, so that it need not
	// handle empty slices. n = 0 would keep all 8 bytes (a shift of 64 masked to 0): the
	// callers pack tokens, which are never empty.
	lo := le64(text[start : start+8])
	if n <= 8 {
		return surfKey{lo: lo & (^uint64(0) >> ((64 - 8*uint(n)) & 63))}
	}
	return surfKey{lo: lo, hi: le64(text[start+8:start+16]) & (^uint64(0) >> ((128 - 8*uint(n)) & 63))}
}

// surfTable interns strings: an open-addressing hash table of ids, with the strings packed
// in one byte arena and everything else in arrays by id. The index holds only ids (4 bytes
// a slot), so it stays in the processor's caches longer than a table of whole entries; a
// probe reads the index and then, for a candidate only, the id's hash and key, which sit
// in arrays filled in order. Ids are given in order of first sight, so nothing observable
// depends on the random hash seed.
type surfTable struct {
	seed   maphash.Seed
	index  []int32 // id+1 by slot; 0 marks an empty slot. len is a power of two, at most half full
	hashes []uint32
	keys   []uint64 // packed key by id (0 for a string hashSurface does not pack)
	off    []int    // the arena span of id is off[id]:off[id+1]
	arena  []byte
	data   []int32 // payload by id
	count  []int   // occurrences by id
}

// hotSize is the initial size of a worker's cache of the run's slots (see worker.hot).
const hotSize = 512

// hash returns the hash of s and its packed key (see hashSurface).
func (t *surfTable) hash(s string) (uint32, uint64) {
	if t.index == nil {
		t.seed = maphash.MakeSeed()
		t.index = touched[int32](1024)
		t.off = append(t.off, 0)
	}
	return hashSurface(t.seed, s)
}

// hashSurface returns the hash of s and its packed key (0 if s is longer than 8 bytes or
// holds a zero byte, which the packing could not tell from the end: "a" from "a\x00").
func hashSurface(seed maphash.Seed, s string) (uint32, uint64) {
	if len(s) > 8 || strings.IndexByte(s, 0) >= 0 {
		return uint32(maphash.String(seed, s)), 0
	}
	var k uint64
	for i := 0; i < len(s); i++ {
		k |= uint64(s[i]) << (8 * i)
	}
	return packedHash(k), k
}

// packedHash hashes a surface packed into a word: Fibonacci hashing, after folding the high
// half onto the low one. The bits of a product k·φ above bit 32 depend only on the bits of
// k below them, so without the fold the table's index (bits 32 and up) would ignore a
// surface's last bytes.
func packedHash(k uint64) uint32 {
	return uint32((k ^ k>>32) * 0x9E3779B97F4A7C15 >> 32)
}

// find returns the slot of s, whose hash and key are h and key.
func (t *surfTable) find(s string, h uint32, key uint64) (slot, bool) {
	mask := uint32(len(t.index) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		id := t.index[i] - 1
		if id < 0 {
			return slot{}, false
		}
		if t.hashes[id] == h && t.keys[id] == key && (key != 0 || string(t.arena[t.off[id]:t.off[id+1]]) == s) {
			return slot{id: id + 1, data: t.data[id]}, true
		}
	}
}

// insert adds s, which must not be present, with its payload, and returns its slot.
// The key must be the one hash returns for s.
func (t *surfTable) insert(s string, h uint32, key uint64, data int32) slot {
	id := int32(len(t.hashes))
	t.hashes = append(t.hashes, h)
	t.keys = append(t.keys, key)
	t.arena = append(t.arena, s...)
	t.off = append(t.off, len(t.arena))
	t.data = append(t.data, data)
	t.count = append(t.count, 0)
	if 2*len(t.hashes) > len(t.index) {
		t.index = touched[int32](2 * len(t.index))
		for i := range id {
			t.place(i)
		}
	}
	t.place(id)
	return slot{id: id + 1, data: data}
}

func (t *surfTable) place(id int32) {
	mask := uint32(len(t.index) - 1)
	i := t.hashes[id] & mask
	for t.index[i] != 0 {
		i = (i + 1) & mask
	}
	t.index[i] = id + 1
}

// reserve sizes the table for about n strings of about avg bytes each, so that it does
// not grow and copy itself while it fills, and maps the memory (see touched): the run's
// vocabulary fills it under its mutex (see surfaces.reserve).
func (t *surfTable) reserve(n, avg int) {
	if t.index != nil || n <= 0 {
		return
	}
	size := 1024
	for size < 2*n && size < 1<<26 {
		size *= 2
	}
	t.seed = maphash.MakeSeed()
	t.index = touched[int32](size)
	t.hashes = touched[uint32](n)[:0]
	t.keys = touched[uint64](n)[:0]
	t.off = touched[int](n + 1)[:1]
	t.data = touched[int32](n)[:0]
	t.count = touched[int](n)[:0]
	t.arena = touched[byte](n * avg)[:0]
}

// surfaceCounts is a snapshot of counted surfaces: their strings, payloads and counts by
// surface id. The strings are those of a run's shared table, or of a private surfTable
// (whose arena is only ever appended to, so a snapshot shares it with the table).
type surfaceCounts struct {
	shared *surfaces // if set, strings and payloads come from it
	arena  []byte
	off    []int
	data   []int32
	counts []int
}

// snapshot returns a snapshot of the table (its counts copied).
func (t *surfTable) snapshot() surfaceCounts {
	n := len(t.hashes)
	if n == 0 {
		return surfaceCounts{}
	}
	return surfaceCounts{arena: t.arena[:t.off[n]:t.off[n]], off: t.off[: n+1 : n+1], data: t.data[:n:n], counts: append([]int(nil), t.count[:n]...)}
}

// text returns string i of the snapshot.
func (s *surfaceCounts) text(i int) string {
	if s.shared != nil {
		return s.shared.text(int32(i))
	}
	return string(s.arena[s.off[i]:s.off[i+1]])
}

// term returns the payload of string i: its term id, or minus its drop reason.
func (s *surfaceCounts) term(i int) int32 {
	if s.shared != nil {
		return s.shared.term(int32(i))
	}
	return s.data[i]
}

// surfaces is the run-level table of surfaces that every counter and worker over one
// [Vocabulary] shares: each distinct surface ("Sanctions") is normalized, classified,
// stemmed and interned once per run, not once per worker or counter, and given a dense
// surface id (in order of first sight over the run; nothing observable depends on it).
//
// The index holds 8 bytes a slot (a surface's id and hash), so that most of it stays in the
// processor's caches; a surface's key, payload and text sit in its page, in arrays by id.
//
// Reads take no lock: a reader loads the slot array atomically, then a slot, then the page
// directory, so that a surface it finds is complete. Writers hold the Vocabulary's mutex;
// a reader that misses (the surface is new, or was added to a larger slot array than the one
// it loaded) asks again under that mutex (see Vocabulary.addSurface). Nothing published is
// ever changed, except a surface's voice flags, which are computed on first use and stored
// atomically (every worker computes the same value).
type surfaces struct {
	seed  maphash.Seed                 // for surfaces of more than 16 bytes; set before any is added
	index atomic.Pointer[[]sharedSlot] // len a power of two, at most three quarters full
	pages atomic.Pointer[[]*surfPage]  // surface id -> its page
	n     int                          // surfaces, under the vocabulary's mutex
	count atomic.Int32                 // n, for readers
	lower bool                         // keep each surface's normalized form (phrases need it)
	arena stringArena                  // the surfaces' texts (under the vocabulary's mutex)
}

// sharedSlot is a slot of the run-level table: surface id + 1 in the low 32 bits and the
// surface's hash in the high 32, stored once the surface's page entry is complete; 0 marks
// an empty slot.
type sharedSlot = atomic.Uint64

const pageBits = 12

// surfPage holds what the run knows of 2^pageBits surfaces.
type surfPage struct {
	ent   [1 << pageBits]surfEntry
	text  [1 << pageBits]string
	lower []string // normalized forms, when kept
}

// find returns the slot of s (whose hash and key are h and key), or false if the slot array
// loaded has none.
func (t *surfaces) find(s string, h uint32, key surfKey) (slot, bool) {
	ip := t.index.Load()
	if ip == nil {
		return slot{}, false
	}
	slots := *ip
	mask := uint32(len(slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		v := slots[i].Load()
		if v == 0 {
			return slot{}, false
		}
		if uint32(v>>32) != h {
			continue
		}
		id := int32(uint32(v)) // id+1
		p, j := t.page(id-1), (id-1)&(1<<pageBits-1)
		if e := &p.ent[j]; e.key == key && (key.exact() || p.text[j] == s) {
			return slot{key: key, id: id, data: e.data, flags: voices.Class(e.flags.Load())}, true
		}
	}
}

// surfEntry is what a find needs of a surface besides its text, and the segmenter's word
// classes of the surface, which a worker reads just after finding or adding it (see
// worker.flagsOf), in the four bytes the entry would otherwise leave as padding.
type surfEntry struct {
	key   surfKey
	data  int32         // the term id, or minus the drop reason
	flags atomic.Uint32 // the voice segmenter's word classes and more; 0 until needed
}

// page returns the page of surface id.
func (t *surfaces) page(id int32) *surfPage { return (*t.pages.Load())[id>>pageBits] }

// text returns surface id's text.
func (t *surfaces) text(id int32) string { return t.page(id).text[id&(1<<pageBits-1)] }

// term returns surface id's term id, or minus its drop reason.
func (t *surfaces) term(id int32) int32 { return t.page(id).ent[id&(1<<pageBits-1)].data }

// lowerOf returns surface id's normalized form (kept only when t.lower).
func (t *surfaces) lowerOf(id int32) string { return t.page(id).lower[id&(1<<pageBits-1)] }

// reserve sizes the slot array for about n surfaces (under the vocabulary's mutex, before
// any is added), unless it is that large already (each counter of a run reserves for the
// run: the array is made once). The pages the n surfaces fill whole, and an arena for
// their texts (about 8 bytes each), are made and mapped here too, before the counters
// start, rather than as the surfaces are added, under the mutex: a page fault there (the
// run's tables took a new page every few dozen surfaces) held the mutex long enough for
// the other counter to wait on it, its goroutine put to sleep and woken again: the
// mutex's slow paths and the scheduler had 7% of the CPU samples of `compare -a -b` on
// the halves of BBC News, 1% now.
func (t *surfaces) reserve(n int) {
	size := 1024
	for 3*size < 4*n && size < 1<<26 {
		size *= 2
	}
	if ip := t.index.Load(); ip != nil && len(*ip) >= size {
		return
	}
	slots := touched[sharedSlot](size)
	t.index.Store(&slots)
	if t.n == 0 && n > 0 {
		var pages []*surfPage
		for range n >> pageBits {
			p := new(surfPage)
			if !populate(unsafe.Pointer(p), unsafe.Sizeof(*p)) {
				clear(p.ent[:])
				clear(p.text[:])
			}
			if t.lower {
				p.lower = make([]string, 1<<pageBits)
			}
			pages = append(pages, p)
		}
		t.pages.Store(&pages)
		t.arena.block = touched[byte](n * 8)[:0]
	}
}

// add adds s, which must not be present, with its payload and normalized form (under the
// vocabulary's mutex), and returns its slot.
func (t *surfaces) add(s string, h uint32, key surfKey, data int32, lower string) slot {
	id := int32(t.n)
	pp := t.pages.Load()
	var pages []*surfPage
	if pp != nil {
		pages = *pp
	}
	if int(id>>pageBits) >= len(pages) {
		p := new(surfPage)
		clear(p.text[:]) // see touched: the collector may scan the texts before they are written
		if t.lower {
			p.lower = make([]string, 1<<pageBits)
		}
		grown := append(pages[:len(pages):len(pages)], p)
		t.pages.Store(&grown)
		pages = grown
	}
	p := pages[id>>pageBits]
	p.text[id&(1<<pageBits-1)] = t.arena.clone(s)
	e := &p.ent[id&(1<<pageBits-1)]
	e.key, e.data = key, data
	if t.lower {
		if lower == s {
			lower = p.text[id&(1<<pageBits-1)]
		}
		p.lower[id&(1<<pageBits-1)] = t.arena.clone(lower)
	}
	t.n++
	ip := t.index.Load()
	if ip == nil {
		t.reserve(0)
		ip = t.index.Load()
	}
	if 4*t.n > 3*len(*ip) {
		// Grow into a new array, published once full; readers of the old one that miss ask
		// again under the mutex.
		old := *ip
		slots := touched[sharedSlot](2 * len(old))
		for i := range old {
			if v := old[i].Load(); v != 0 {
				place(slots, v)
			}
		}
		t.index.Store(&slots)
		ip = &slots
	}
	place(*ip, uint64(h)<<32|uint64(id+1))
	t.count.Store(int32(t.n)) // last: a reader that loads the count before looking finds every surface it counts
	return slot{key: key, id: id + 1, data: data}
}

// place puts a slot (id+1 and hash) into slots.
func place(slots []sharedSlot, v uint64) {
	mask := uint32(len(slots) - 1)
	i := uint32(v>>32) & mask
	for slots[i].Load() != 0 {
		i = (i + 1) & mask
	}
	slots[i].Store(v)
}

// A stringArena copies strings into shared blocks, so that interning many short strings
// costs one allocation per block rather than one per string. A block is only ever appended
// to, and bytes once written are never changed, so a string made over them with
// unsafe.String stays valid and immutable; like any pointer into a block, it keeps the
// block alive. The zero value is ready to use; it is not safe for concurrent use.
type stringArena struct{ block []byte }

// arenaBlock is the size of an arena's largest blocks (the first is 1 KiB and each next
// one twice the last, so that a short text pays for little); strings longer than a
// sixteenth of it are copied on their own.
const arenaBlock = 32 << 10

// clone returns a copy of s.
func (a *stringArena) clone(s string) string {
	if len(s) == 0 || len(s) > arenaBlock/16 {
		return strings.Clone(s)
	}
	if cap(a.block)-len(a.block) < len(s) {
		a.block = make([]byte, 0, max(len(s), min(arenaBlock, 2*cap(a.block)), 1<<10))
	}
	n := len(a.block)
	a.block = append(a.block, s...)
	return unsafe.String(&a.block[n], len(s))
}

// le64 returns the first eight bytes of b, little-endian (one load).
func le64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// touched returns a new zeroed slice of n elements whose pages are mapped, written, before
// it is used. A hash table's slots are probed at random, and a probe reads before any
// store: on Linux, reading fresh memory maps the kernel's shared zero page, and the first
// store to that page then faults a second time to copy it, so a table filled at random
// takes two faults a page. Mapped first, it takes none. The pages are mapped by one call
// to the kernel where it can (see populate), else by writing the slice once through, a
// fault a page, in order; so touched is also for a large array that will be written
// whole, whose pages one call maps for less than a fault each.
func touched[T any](n int) []T {
	s := make([]T, n)
	if n > 0 && !populate(unsafe.Pointer(unsafe.SliceData(s)), uintptr(n)*unsafe.Sizeof(s[0])) {
		clear(s)
	}
	return s
}
