package main

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/framediff/framediff/framing"
)

// A docBatch gathers documents' counts (framing.DocCounts) into one compact record for
// the permutation test: the batch's terms and events once each, then each document as
// indexes into them. Every string is written as its length and bytes, every number as a
// varint:
//
//	terms: count, then each term
//	events: count, then each event
//	documents: count, then for each: event index, ID, side, total, term count, then
//	    each term's index and count
//
// A document's terms keep their order. The zero value is an empty batch.
type docBatch struct {
	terms, events []string
	termIdx       map[string]int
	eventIdx      map[string]int
	body          []byte // the documents
	docs          int
}

// add appends a document's counts.
func (b *docBatch) add(d framing.DocCounts) {
	if b.termIdx == nil {
		b.termIdx, b.eventIdx = map[string]int{}, map[string]int{}
	}
	index := func(s string, idx map[string]int, list *[]string) uint64 {
		i, ok := idx[s]
		if !ok {
			i = len(*list)
			idx[s] = i
			*list = append(*list, s)
		}
		return uint64(i)
	}
	p := b.body
	p = binary.AppendUvarint(p, index(d.Event, b.eventIdx, &b.events))
	p = appendString(p, d.ID)
	p = binary.AppendUvarint(p, uint64(d.Lean))
	p = binary.AppendUvarint(p, uint64(d.Total))
	p = binary.AppendUvarint(p, uint64(len(d.Terms)))
	for _, t := range d.Terms {
		p = binary.AppendUvarint(p, index(t.Term, b.termIdx, &b.terms))
		p = binary.AppendUvarint(p, uint64(t.Count))
	}
	b.body = p
	b.docs++
}

// size returns about how many bytes the batch's record will take.
func (b *docBatch) size() int { return len(b.body) + 8*len(b.terms) + 8*len(b.events) }

// encode returns the batch's record and empties the batch.
func (b *docBatch) encode() []byte {
	n := 3*binary.MaxVarintLen64 + len(b.body)
	for _, s := range b.terms {
		n += binary.MaxVarintLen64 + len(s)
	}
	for _, s := range b.events {
		n += binary.MaxVarintLen64 + len(s)
	}
	p := make([]byte, 0, n)
	for _, list := range [][]string{b.terms, b.events} {
		p = binary.AppendUvarint(p, uint64(len(list)))
		for _, s := range list {
			p = appendString(p, s)
		}
	}
	p = binary.AppendUvarint(p, uint64(b.docs))
	p = append(p, b.body...)
	*b = docBatch{}
	return p
}

func appendString(p []byte, s string) []byte {
	return append(binary.AppendUvarint(p, uint64(len(s))), s...)
}

// A batchView is a record that encode wrote, checked, with the offset of each document.
type batchView struct {
	terms, events []string
	rec           []byte
	docs          []int // offset of each document's entry in rec
}

// parseBatch checks a record that encode wrote and finds its documents. The strings of
// terms and events are made by intern, if not nil; each is made once a record.
func parseBatch(p []byte, intern func([]byte) string) (*batchView, error) {
	bad := fmt.Errorf("beam: a malformed record of documents' counts (%d bytes)", len(p))
	if intern == nil {
		intern = func(b []byte) string { return string(b) }
	}
	v := &batchView{rec: p}
	at := 0 // the offset of p in the record
	ok := true
	num := func() uint64 {
		x, n := binary.Uvarint(p)
		if n <= 0 {
			ok = false
			return 0
		}
		p, at = p[n:], at+n
		return x
	}
	raw := func() []byte {
		n := num()
		if n > uint64(len(p)) {
			ok = false
			return nil
		}
		s := p[:n]
		p, at = p[n:], at+int(n)
		return s
	}
	// A count above the bytes left cannot be right: every item takes a byte at least.
	count := func() int {
		n := num()
		if n > uint64(len(p)) {
			ok = false
			return 0
		}
		return int(n)
	}
	for _, list := range []*[]string{&v.terms, &v.events} {
		n := count()
		*list = make([]string, 0, n)
		for range n {
			*list = append(*list, intern(raw()))
		}
	}
	n := count()
	v.docs = make([]int, 0, n)
	for ok && len(v.docs) < n {
		v.docs = append(v.docs, at)
		e, _, lean, total, nt := num(), raw(), num(), num(), count()
		if !ok || e >= uint64(len(v.events)) || lean > uint64(framing.LeanB) || total > math.MaxInt32 {
			ok = false
			break
		}
		for range nt {
			if t, c := num(), num(); !ok || t >= uint64(len(v.terms)) || c > math.MaxInt32 {
				ok = false
				break
			}
		}
	}
	if !ok || len(p) != 0 {
		return nil, bad
	}
	return v, nil
}

// doc reads document i into d, reusing d.Terms. The ID is a new string unless keepID.
func (v *batchView) doc(i int, d *framing.DocCounts, keepID bool) {
	p := v.rec[v.docs[i]:]
	num := func() uint64 {
		x, n := binary.Uvarint(p)
		p = p[n:]
		return x
	}
	d.Event = v.events[num()]
	n := num()
	if !keepID {
		d.ID = string(p[:n])
	}
	p = p[n:]
	d.Lean, d.Total = framing.Lean(num()), int(num())
	nt := int(num())
	d.Terms = d.Terms[:0]
	for range nt {
		t, c := num(), num()
		d.Terms = append(d.Terms, framing.TermCount{Term: v.terms[t], Count: int(c)})
	}
}

// decodeBatch reads a record that encode wrote and returns its documents' counts, with
// strings made by intern (see parseBatch).
func decodeBatch(p []byte, intern func([]byte) string) ([]framing.DocCounts, error) {
	v, err := parseBatch(p, intern)
	if err != nil {
		return nil, err
	}
	docs := make([]framing.DocCounts, len(v.docs))
	for i := range docs {
		v.doc(i, &docs[i], false)
	}
	return docs, nil
}
