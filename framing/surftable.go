package framing

import "hash/maphash"

// A slot of the surface table. A surface of up to 8 bytes is packed, little-endian, into
// key; since no token contains a zero byte, the packing is exact and a short surface is
// found without touching any other memory. Longer surfaces have key 0 and are compared
// through the arena.
type slot struct {
	key  uint64
	id   int32 // id+1; 0 marks an empty slot
	data int32 // the caller's payload (for surfaces: the term id, or minus the drop reason)
}

// surfTable interns strings: an open-addressing hash table of slots, with the strings
// packed in one byte arena. Ids are given in order of first sight, so nothing observable
// depends on the random hash seed.
type surfTable struct {
	seed   maphash.Seed
	slots  []slot // len is a power of two, at most half full
	hashes []uint32
	off    []int // the arena span of id is off[id]:off[id+1]
	arena  []byte
	data   []int32 // payload by id
	count  []int   // occurrences by id
	// hot is a small direct-mapped cache of recent lookups, made once the table outgrows
	// the processor's caches. Text is Zipfian, so most tokens are then found here without
	// touching the large slot array.
	hot []slot
}

const hotSize = 4096

// hash returns the hash of s and its packed key (0 if s is longer than 8 bytes).
func (t *surfTable) hash(s string) (uint32, uint64) {
	if t.slots == nil {
		t.seed = maphash.MakeSeed()
		t.slots = make([]slot, 1024)
		t.off = append(t.off, 0)
	}
	if len(s) > 8 {
		return uint32(maphash.String(t.seed, s)), 0
	}
	var k uint64
	for i := 0; i < len(s); i++ {
		k |= uint64(s[i]) << (8 * i)
	}
	// Fibonacci hashing of the packed bytes.
	return uint32(k * 0x9E3779B97F4A7C15 >> 32), k
}

// hashAt is hash(text[start:end]) for a surface inside a longer text: when eight bytes are
// available from start, a short surface is packed with one wide load and a mask instead of
// a loop over its bytes.
func (t *surfTable) hashAt(text string, start, end int) (uint32, uint64) {
	n := end - start
	if n > 8 || start+8 > len(text) || t.slots == nil {
		return t.hash(text[start:end])
	}
	b := text[start : start+8]
	k := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	k &= ^uint64(0) >> (64 - 8*uint(n))
	return uint32(k * 0x9E3779B97F4A7C15 >> 32), k
}

func (t *surfTable) match(e slot, s string, h uint32, key uint64) bool {
	if key != 0 {
		return e.key == key
	}
	if e.key != 0 || e.id == 0 {
		return false
	}
	id := e.id - 1
	return t.hashes[id] == h && string(t.arena[t.off[id]:t.off[id+1]]) == s
}

// find returns the slot of s, whose hash and key are h and key.
func (t *surfTable) find(s string, h uint32, key uint64) (slot, bool) {
	var hv *slot
	if t.hot != nil {
		hv = &t.hot[h&(hotSize-1)]
		if e := *hv; e.id != 0 && t.match(e, s, h, key) {
			return e, true
		}
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := t.slots[i]
		if e.id == 0 {
			return slot{}, false
		}
		if t.match(e, s, h, key) {
			if hv != nil {
				*hv = e
			}
			return e, true
		}
	}
}

// insert adds s, which must not be present, with its payload, and returns its slot.
// Key 0 must be given for a surface of more than 8 bytes, as hash returns it.
func (t *surfTable) insert(s string, h uint32, key uint64, data int32) slot {
	id := int32(len(t.hashes))
	t.hashes = append(t.hashes, h)
	t.arena = append(t.arena, s...)
	t.off = append(t.off, len(t.arena))
	t.data = append(t.data, data)
	t.count = append(t.count, 0)
	e := slot{key: key, id: id + 1, data: data}
	if 2*len(t.hashes) > len(t.slots) {
		old := t.slots
		t.slots = make([]slot, 2*len(old))
		if t.hot == nil && len(t.slots) > 4*hotSize {
			t.hot = make([]slot, hotSize)
		}
		for _, o := range old {
			if o.id != 0 {
				t.place(o)
			}
		}
	}
	t.place(e)
	return e
}

func (t *surfTable) place(e slot) {
	mask := uint32(len(t.slots) - 1)
	i := t.hashes[e.id-1] & mask
	for t.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = e
}

// reserve sizes the table for about n strings of about avg bytes each, so that it does
// not grow and copy itself while it fills.
func (t *surfTable) reserve(n, avg int) {
	if t.slots != nil || n <= 0 {
		return
	}
	size := 1024
	for size < 2*n && size < 1<<26 {
		size *= 2
	}
	t.seed = maphash.MakeSeed()
	t.slots = make([]slot, size)
	if size > 4*hotSize {
		t.hot = make([]slot, hotSize)
	}
	t.hashes = make([]uint32, 0, n)
	t.off = make([]int, 1, n+1)
	t.data = make([]int32, 0, n)
	t.count = make([]int, 0, n)
	t.arena = make([]byte, 0, n*avg)
}

// surfaceCounts is a snapshot of a table's strings, payloads and counts. The strings are
// only ever appended to the arena, so a snapshot shares it with the table.
type surfaceCounts struct {
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
func (s *surfaceCounts) text(i int) string { return string(s.arena[s.off[i]:s.off[i+1]]) }
