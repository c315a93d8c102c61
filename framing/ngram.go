package framing

// An ngramTable counts the n-grams of one order as packed tuples of term ids: no string is
// made for an n-gram until a profile's terms are listed. Term ids below 2^21 - 1 pack into
// one uint64 key (21 bits each, plus one so that no key is 0); longer ids, which only a
// vocabulary of more than two million terms has, go to a map.
type ngramTable struct {
	slots []ngramSlot // key 0: empty; len is a power of two, at most 3/4 full
	n     int         // entries in slots
	big   map[[3]int32]*termCount
}

// An ngramSlot holds a key and its counts together, so that counting an n-gram touches one
// place in memory.
type ngramSlot struct {
	key uint64
	termCount
}

const ngramIDLimit = 1<<21 - 1

// pack returns the key of the n-gram ids (n is 2 or 3), or false if an id is too large.
func pack(ids []int32) (uint64, bool) {
	var k uint64
	for i, id := range ids {
		if id >= ngramIDLimit {
			return 0, false
		}
		k |= uint64(id+1) << (21 * i)
	}
	return k, true
}

// unpack returns the ids of a key.
func unpack(k uint64, n int) [3]int32 {
	var ids [3]int32
	for i := range n {
		ids[i] = int32(k>>(21*i)&ngramIDLimit) - 1
	}
	return ids
}

// ngramHash mixes every bit of a key into the low bits that index a table (the finalizer
// of SplitMix64). Keys pack ids 21 bits apart, so a hash whose low bits depend on the low
// bits of the key only would put every bigram of one first word in one run of slots.
func ngramHash(k uint64) uint64 {
	k = (k ^ k>>30) * 0xbf58476d1ce4e5b9
	k = (k ^ k>>27) * 0x94d049bb133111eb
	return k ^ k>>31
}

// stat returns the counts of the n-gram ids, adding it if new.
func (t *ngramTable) stat(ids []int32) *termCount {
	k, ok := pack(ids)
	if !ok {
		var key [3]int32
		copy(key[:], ids)
		if t.big == nil {
			t.big = make(map[[3]int32]*termCount)
		}
		s := t.big[key]
		if s == nil {
			s = &termCount{}
			t.big[key] = s
		}
		return s
	}
	return t.statKey(k)
}

func (t *ngramTable) statKey(k uint64) *termCount {
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := ngramHash(k) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		switch s.key {
		case k:
			return &s.termCount
		case 0:
			s.key = k
			t.n++
			return &s.termCount
		}
	}
}

// reserve sizes an empty table for about n n-grams (up to 3 million; it grows beyond).
func (t *ngramTable) reserve(n int) {
	if t.n > 0 || n <= 0 {
		return
	}
	size := 1024
	for 3*size < 4*min(n, 3_000_000) {
		size *= 2
	}
	t.slots = make([]ngramSlot, size)
}

func (t *ngramTable) grow() {
	old := t.slots
	size := max(1024, 2*len(old))
	t.slots = make([]ngramSlot, size)
	mask := uint64(size - 1)
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		i := ngramHash(s.key) & mask
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// each calls f for every n-gram of order n with its counts, in no particular order.
func (t *ngramTable) each(n int, f func(ids [3]int32, s *termCount)) {
	if t == nil {
		return
	}
	for i := range t.slots {
		if s := &t.slots[i]; s.key != 0 {
			f(unpack(s.key, n), &s.termCount)
		}
	}
	for ids, s := range t.big {
		f(ids, s)
	}
}

// len returns the number of distinct n-grams.
func (t *ngramTable) len() int {
	if t == nil {
		return 0
	}
	return t.n + len(t.big)
}

// addAll adds the counts of u to t.
func (t *ngramTable) addAll(u *ngramTable, n int) {
	if u == nil {
		return
	}
	for _, us := range u.slots {
		if us.key != 0 {
			s := t.statKey(us.key)
			s.count += us.count
			s.df += us.df
		}
	}
	for ids, us := range u.big {
		s := t.stat(ids[:n])
		s.count += us.count
		s.df += us.df
	}
}

// clone returns a copy of t.
func (t *ngramTable) clone() *ngramTable {
	if t == nil {
		return nil
	}
	c := &ngramTable{slots: append([]ngramSlot(nil), t.slots...), n: t.n}
	if t.big != nil {
		c.big = make(map[[3]int32]*termCount, len(t.big))
		for k, v := range t.big {
			s := *v
			c.big[k] = &s
		}
	}
	return c
}
