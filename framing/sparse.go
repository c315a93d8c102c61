package framing

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"os"
	"slices"
	"sync"
)

// sparseCounts maps term ids to counts: the counts of one (event, side), whose vocabulary
// starts as a small part of the run's. It begins as an open-addressing table and turns into
// a plain array indexed by term id when the table would grow larger than the array. Counts
// are uint32: a count that would pass 2^32 - 1 sets overflow instead. A corpus of many
// events has one for each of its (event, side)s: it is kept small (32 bytes, and 8 bytes a
// slot of the table).
//
// Once counted, a table is frozen: its slots become exactly its entries, sorted by term id
// (about half the memory of the table), and are looked up by binary search.
type sparseCounts struct {
	// slots is the table: (term id + 1) << 32 | count, 0 marking an empty slot, its len a
	// power of two, at most 3/4 full; frozen, exactly the entries, sorted; dense, the counts
	// by term id, two a slot (an even id in the low half).
	slots    []uint64
	n        int32 // slots used, unless dense
	overflow bool
	frozen   bool
	dense    bool
}

// freeze turns the table into its entries sorted by term id (see sparseCounts).
func (s *sparseCounts) freeze() {
	if s.dense || s.frozen {
		return
	}
	out := make([]uint64, 0, s.n)
	for _, kv := range s.slots {
		if kv != 0 {
			out = append(out, kv)
		}
	}
	slices.Sort(out) // by term id, the high bits
	s.slots, s.frozen = out, true
}

// addRow adds the counts n of the distinct ids (one document's), in a vocabulary of vocab
// terms. Into empty counts, it makes the frozen table at once: an (event, side) of one
// short document never has a hash table.
func (s *sparseCounts) addRow(ids []int32, n []int64, vocab int) {
	if s.n != 0 || s.slots != nil || s.dense || len(ids) == 0 || len(ids) > 64 {
		for j, id := range ids {
			s.add(id, n[j], vocab)
		}
		return
	}
	s.slots = make([]uint64, len(ids))
	for j, id := range ids {
		c := n[j]
		if c > math.MaxUint32 || c < 0 {
			s.overflow = true
			c = math.MaxUint32
		}
		s.slots[j] = uint64(id+1)<<32 | uint64(c)
	}
	slices.Sort(s.slots)
	s.n, s.frozen = int32(len(ids)), true
}

// thaw turns a frozen table back into a hash table.
func (s *sparseCounts) thaw() {
	old := s.slots
	size := 16
	for 4*len(old) > 3*size {
		size *= 2
	}
	s.slots, s.frozen = make([]uint64, size), false
	for _, kv := range old {
		s.slots[s.slot(int32(kv>>32)-1)] = kv
	}
}

func (s *sparseCounts) slot(id int32) int {
	if s.frozen {
		i, _ := slices.BinarySearch(s.slots, uint64(id+1)<<32)
		if i == len(s.slots) || int32(s.slots[i]>>32) != id+1 {
			return -1
		}
		return i
	}
	mask := uint32(len(s.slots) - 1)
	for i := uint32(id) * 0x9E3779B1 & mask; ; i = (i + 1) & mask {
		if k := int32(s.slots[i] >> 32); k == id+1 || k == 0 {
			return int(i)
		}
	}
}

// add adds v to the count of id, in a vocabulary of vocab terms.
func (s *sparseCounts) add(id int32, v int64, vocab int) {
	if s.frozen {
		s.thaw()
	}
	var c uint64
	if s.dense {
		if need := (max(vocab, int(id)+1) + 1) / 2; int(id)/2 >= len(s.slots) {
			s.slots = slices.Grow(s.slots, need-len(s.slots))[:need]
		}
		c = s.slots[id/2] >> (32 * (id & 1)) & math.MaxUint32
	} else {
		if 4*(int(s.n)+1) > 3*len(s.slots) {
			// A table twice the size costs 16 bytes a slot; the array, 4 bytes a term of
			// the vocabulary: turn into the array when it is the smaller.
			if 16*len(s.slots) > 4*vocab && len(s.slots) >= 64 {
				s.toDense(vocab)
				s.add(id, v, vocab)
				return
			}
			s.grow()
		}
		c = s.slots[s.slot(id)] & math.MaxUint32
	}
	sum := c + uint64(v)
	if sum > math.MaxUint32 || v < 0 {
		s.overflow = true
		sum = math.MaxUint32
	}
	if s.dense {
		shift := 32 * (id & 1)
		s.slots[id/2] = s.slots[id/2]&^(math.MaxUint32<<shift) | sum<<shift
		return
	}
	i := s.slot(id)
	if s.slots[i] == 0 {
		s.n++
	}
	s.slots[i] = uint64(id+1)<<32 | sum
}

func (s *sparseCounts) toDense(vocab int) {
	size := vocab
	for _, kv := range s.slots {
		size = max(size, int(kv>>32))
	}
	dense := make([]uint64, (size+1)/2)
	for _, kv := range s.slots {
		if k := kv >> 32; k != 0 {
			dense[(k-1)/2] |= kv & math.MaxUint32 << (32 * ((k - 1) & 1))
		}
	}
	s.slots, s.n, s.dense = dense, 0, true
}

// get returns the count of id.
func (s *sparseCounts) get(id int32) int64 {
	if s.dense {
		if int(id)/2 < len(s.slots) {
			return int64(s.slots[id/2] >> (32 * (id & 1)) & math.MaxUint32)
		}
		return 0
	}
	if s.n == 0 {
		return 0
	}
	i := s.slot(id)
	if i < 0 {
		return 0
	}
	return int64(s.slots[i] & math.MaxUint32)
}

func (s *sparseCounts) grow() {
	old := s.slots
	size := max(16, 2*len(old)) // (an (event, side) of one short document has a few terms)
	s.slots = make([]uint64, size)
	for _, kv := range old {
		if kv != 0 {
			s.slots[s.slot(int32(kv>>32)-1)] = kv
		}
	}
}

// len returns the number of ids with a count.
func (s *sparseCounts) len() int {
	if !s.dense {
		return int(s.n)
	}
	n := 0
	for _, c := range s.slots {
		if c&math.MaxUint32 != 0 {
			n++
		}
		if c>>32 != 0 {
			n++
		}
	}
	return n
}

// each calls f for every id with a count, in no particular order.
func (s *sparseCounts) each(f func(id int32, v int64)) {
	if s.dense {
		for i, c := range s.slots {
			if lo := c & math.MaxUint32; lo > 0 {
				f(int32(2*i), int64(lo))
			}
			if hi := c >> 32; hi > 0 {
				f(int32(2*i+1), int64(hi))
			}
		}
		return
	}
	for _, kv := range s.slots {
		if kv != 0 {
			f(int32(kv>>32)-1, int64(kv&math.MaxUint32))
		}
	}
}

// rowStore keeps the term counts of documents, one row each, in a compact byte encoding:
// in memory up to a limit, then in a temporary file. Rows are read back in the order they
// were written.
type rowStore struct {
	mem   [][]byte // chunks of about 1 MiB, so that memory grows without copying
	size  int      // bytes in mem
	rows  int      // rows put
	limit int
	dir   string
	file  *os.File
	w     *bufio.Writer
	buf   []byte
	err   error
	flush sync.Mutex // each may be called from several goroutines at once
}

// A docRow is one document's counts, as a rowStore keeps them.
type docRow struct {
	event int
	mask  uint64 // the sides the document belongs to
	id    string // the document's ID, as put; rowStore.each leaves it empty and sets idb
	idb   []byte // the document's ID, as each reads it (reused between rows)
	total int64
	ids   []int32
	n     []int64
}

func (r *rowStore) put(row *docRow) {
	if r.err != nil {
		return
	}
	b := r.buf[:0]
	b = binary.AppendUvarint(b, uint64(row.event))
	b = binary.AppendUvarint(b, row.mask)
	b = binary.AppendUvarint(b, uint64(len(row.id)))
	b = append(b, row.id...)
	b = binary.AppendUvarint(b, uint64(row.total))
	b = binary.AppendUvarint(b, uint64(len(row.ids)))
	for i, id := range row.ids {
		b = binary.AppendUvarint(b, uint64(id))
		b = binary.AppendUvarint(b, uint64(row.n[i]))
	}
	r.buf = b
	r.rows++
	if r.file == nil && r.size+len(b) > r.limit {
		f, err := os.CreateTemp(r.dir, "framediff-rows-*")
		if err != nil {
			r.err = err
			return
		}
		r.file, r.w = f, bufio.NewWriterSize(f, 1<<20)
		for _, c := range r.mem {
			if _, err := r.w.Write(c); err != nil {
				r.err = err
				return
			}
		}
		r.mem, r.size = nil, 0
	}
	if r.file != nil {
		if _, err := r.w.Write(b); err != nil {
			r.err = err
		}
		return
	}
	if n := len(r.mem); n == 0 || len(r.mem[n-1])+len(b) > cap(r.mem[n-1]) {
		r.mem = append(r.mem, make([]byte, 0, max(1<<20, len(b))))
	}
	r.mem[len(r.mem)-1] = append(r.mem[len(r.mem)-1], b...)
	r.size += len(b)
}

// each reads the rows back in order; the row passed to f, its ID in idb, is reused
// between calls. The store is left as it was: each can be called again, and reads the
// same rows.
func (r *rowStore) each(f func(row *docRow)) error {
	if r.err != nil {
		return r.err
	}
	var src io.ByteReader
	if r.file != nil {
		// Read at offsets, not through the file's own position, so that readers do not
		// move each other's.
		r.flush.Lock()
		err := r.w.Flush()
		r.flush.Unlock()
		if err != nil {
			return err
		}
		info, err := r.file.Stat()
		if err != nil {
			return err
		}
		src = bufio.NewReaderSize(io.NewSectionReader(r.file, 0, info.Size()), 1<<20)
	} else {
		// The reader advances its own copy of the chunk list, not the store's.
		src = bufio.NewReader(&chunkReader{chunks: slices.Clone(r.mem)})
	}
	var row docRow
	var rowErr error // this reader's, never the store's: other readers go on
	next := func() uint64 {
		v, err := binary.ReadUvarint(src)
		if err == io.EOF {
			err = io.ErrUnexpectedEOF // inside a row
		}
		if err != nil && rowErr == nil {
			rowErr = err
		}
		return v
	}
	var idBuf []byte
	for {
		ev, err := binary.ReadUvarint(src)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		row.event = int(ev)
		row.mask = next()
		idBuf = idBuf[:0]
		for k := next(); k > 0; k-- {
			c, err := src.ReadByte()
			if err != nil {
				rowErr = cmp.Or(rowErr, io.ErrUnexpectedEOF)
				break
			}
			idBuf = append(idBuf, c)
		}
		row.idb = idBuf // (a string made only for the rows a reader keeps)
		row.total = int64(next())
		n := int(next())
		row.ids, row.n = row.ids[:0], row.n[:0]
		for i := 0; i < n && rowErr == nil; i++ {
			row.ids = append(row.ids, int32(next()))
			row.n = append(row.n, int64(next()))
		}
		if rowErr != nil {
			return rowErr
		}
		f(&row)
	}
}

// chunkReader reads a list of byte slices in order, reslicing the list's elements as it
// goes: give it a list of its own.
type chunkReader struct {
	chunks [][]byte
}

func (c *chunkReader) Read(p []byte) (int, error) {
	for len(c.chunks) > 0 && len(c.chunks[0]) == 0 {
		c.chunks = c.chunks[1:]
	}
	if len(c.chunks) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.chunks[0])
	c.chunks[0] = c.chunks[0][n:]
	return n, nil
}

// close removes the temporary file, if any.
func (r *rowStore) close() error {
	if r.file == nil {
		return nil
	}
	name := r.file.Name()
	err := r.file.Close()
	r.file = nil
	// The rows in the file are gone: reading the rest alone would be reading part.
	r.err = errors.New("the document rows were removed by EventCounts.Close")
	return errors.Join(err, os.Remove(name))
}
