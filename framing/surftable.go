package framing

import "hash/maphash"

// surfRec is everything the hot loop needs about one distinct surface, in one cache line.
type surfRec struct {
	key   uint64 // a surface of up to 8 bytes, packed little-endian; else 0
	off   int    // start of the surface in the arena
	n     int32  // its length in bytes
	hash  uint32 // its hash
	term  int32  // term id, or -1 if dropped
	drop  uint8  // why dropped
	count int    // occurrences counted
}

// surfTable interns surface strings: an open-addressing hash table whose slots hold ids,
// with the strings packed in one byte arena and their records in one slice. Ids are given
// in order of first sight, so nothing observable depends on the hash seed.
type surfTable struct {
	seed  maphash.Seed
	slots []uint64 // hash<<32 | id+1; 0 is empty. len is a power of two.
	recs  []surfRec
	arena []byte
	// hot is a small direct-mapped cache of recent lookups (same packing as slots). Text is
	// Zipfian, so most tokens are found here without touching the large slot array.
	hot [2048]uint64
}

// hash returns the hash of s and, for a surface of up to 8 bytes (most words), s packed
// into an integer, so that short surfaces are hashed and compared without touching memory.
func (t *surfTable) hash(s string) (uint32, uint64) {
	if t.slots == nil {
		t.seed = maphash.MakeSeed()
		t.slots = make([]uint64, 1024)
	}
	if len(s) > 8 {
		return uint32(maphash.String(t.seed, s)), 0
	}
	var k uint64
	for i := 0; i < len(s); i++ {
		k |= uint64(s[i]) << (8 * i)
	}
	// Fibonacci hashing of the packed bytes and the length.
	return uint32((k ^ uint64(len(s))<<59) * 0x9E3779B97F4A7C15 >> 32), k
}

func (t *surfTable) equal(v uint64, s string, key uint64) bool {
	r := &t.recs[int32(v)-1]
	if int(r.n) != len(s) {
		return false
	}
	if len(s) <= 8 {
		return r.key == key
	}
	return string(t.arena[r.off:r.off+len(s)]) == s
}

// find returns the id of s, whose hash and key are h and key.
func (t *surfTable) find(s string, h uint32, key uint64) (int32, bool) {
	hv := &t.hot[h&uint32(len(t.hot)-1)]
	if v := *hv; uint32(v>>32) == h && v != 0 && t.equal(v, s, key) {
		return int32(v) - 1, true
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		v := t.slots[i]
		if v == 0 {
			return 0, false
		}
		if uint32(v>>32) == h && t.equal(v, s, key) {
			*hv = v
			return int32(v) - 1, true
		}
	}
}

// insert adds s, which must not be present, with its record, and returns its id.
func (t *surfTable) insert(s string, h uint32, key uint64, r surfRec) int32 {
	id := int32(len(t.recs))
	r.key, r.off, r.n, r.hash = key, len(t.arena), int32(len(s)), h
	t.recs = append(t.recs, r)
	t.arena = append(t.arena, s...)
	if 2*len(t.recs) > len(t.slots) {
		t.slots = make([]uint64, 2*len(t.slots))
		for id := range t.recs {
			t.place(int32(id))
		}
	} else {
		t.place(id)
	}
	return id
}

func (t *surfTable) place(id int32) {
	mask := uint32(len(t.slots) - 1)
	h := t.recs[id].hash
	i := h & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = uint64(h)<<32 | uint64(id+1)
}

// text returns the surface of id as a new string.
func (t *surfTable) text(id int32) string {
	r := &t.recs[id]
	return string(t.arena[r.off : r.off+int(r.n)])
}
