package framing

import "slices"

// A side's own forms in CountEvents.
//
// A term's display form over both sides can mislead: a stem the two sides reach from
// different words ("univers": one side's "universal", the other's "university") shows one
// side's word for both. So CountEvents keeps each worker's surface counts apart by the set
// of sides (the mask) of the documents it counted, and at the end gives each side the most
// frequent form of each single-word term on that side over the whole run ([KeyTerm.WordA],
// [PooledTerm.WordA]). Protected phrases keep the run's form only, and so do the sides
// that CountOptions.SideBy adds: the buckets are keyed by the fixed sides' bits of the mask.
//
// A worker swaps its array of surface counts when the next document's mask differs from the
// last one's (a slice header, not a copy). Each array is grown to the longest so far when
// it is swapped in, so every surface id the worker may meet (its cache included) is in range.
// When the run's documents fall in more than maxFormBuckets combinations of fixed sides
// (counted by the reader, in document order), the run keeps no side forms; a worker that
// meets more than that many (only then) puts the rest in one bucket.

// maxFormBuckets is the largest number of side masks a worker keeps apart.
const maxFormBuckets = 8

// formBucket is a worker's surface counts for the documents of one mask.
type formBucket struct {
	mask  uint64
	stats []uint32
	wrap  map[int32]uint64
}

// formBuckets are a worker's buckets of surface counts, by mask.
type formBuckets struct {
	by      []*formBucket // by first use
	cur     *formBucket   // the bucket whose counts the worker holds
	mixed   *formBucket   // documents of masks past maxFormBuckets
	overrun bool          // whether mixed was used
}

// use makes w count into the bucket of mask.
func (fb *formBuckets) use(w *worker, mask uint64) {
	if fb.cur != nil && fb.cur.mask == mask && fb.cur != fb.mixed {
		return
	}
	var next *formBucket
	for _, b := range fb.by {
		if b.mask == mask {
			next = b
			break
		}
	}
	if next == nil {
		if len(fb.by) < maxFormBuckets {
			next = &formBucket{mask: mask}
			fb.by = append(fb.by, next)
		} else {
			if fb.mixed == nil {
				fb.mixed = &formBucket{}
			}
			next, fb.overrun = fb.mixed, true
		}
	}
	if next == fb.cur {
		return
	}
	if fb.cur != nil {
		fb.cur.stats, fb.cur.wrap = w.stats, w.wrap
	}
	if n := len(w.stats); len(next.stats) < n {
		next.stats = append(next.stats, make([]uint32, n-len(next.stats))...)
	}
	w.stats, w.wrap = next.stats, next.wrap
	fb.cur = next
}

// finish takes the worker's current counts back into their bucket.
func (fb *formBuckets) finish(w *worker) {
	if fb.cur != nil {
		fb.cur.stats, fb.cur.wrap = w.stats, w.wrap
		fb.cur = nil
	}
}

// each calls f with every bucket, the mixed one last.
func (fb *formBuckets) each(f func(b *formBucket)) {
	for _, b := range fb.by {
		f(b)
	}
	if fb.mixed != nil {
		f(fb.mixed)
	}
}

// addInto adds the bucket's counts to sum (grown as needed).
func (b *formBucket) addInto(sum []int) []int {
	if len(b.stats) > len(sum) {
		sum = slices.Grow(sum, len(b.stats)-len(sum))[:len(b.stats)]
	}
	for sid, n := range b.stats {
		sum[sid] += int(uint64(n) + b.wrap[int32(sid)])
	}
	return sum
}

// runForms returns each term's most frequent form over every worker's counts (ties to the
// smaller text), and, for each of the first slots side slots (the fixed sides), each
// single-word term's form on that side alone: nil when the run's documents fell in more
// combinations of those sides than a worker keeps apart (tooMany, decided by the run), so
// that whether they are kept does not depend on the number of workers.
func runForms(v *Vocabulary, wks []*worker, fbs []*formBuckets, slots int, tooMany bool) (best []string, own [][]string) {
	surf := make([]surfaceCounts, 0, 2*len(wks))
	overrun := false
	for i, w := range wks {
		fb := fbs[i]
		fb.finish(w)
		overrun = overrun || fb.overrun
		var sum []int
		fb.each(func(b *formBucket) { sum = b.addInto(sum) })
		surf = append(surf, surfaceCounts{shared: w.tab, counts: sum}, w.phraseForms.snapshot())
	}
	best = make([]string, v.Len())
	for id, fs := range (&idCounts{vocab: v, surf: surf}).termForms() {
		if len(fs) > 0 {
			best[id] = fs[0].Text
		}
	}
	if tooMany || overrun || len(wks) == 0 {
		return best, nil
	}
	own = make([][]string, slots)
	for s := range own {
		var sum []int
		for i := range wks {
			fbs[i].each(func(b *formBucket) {
				if b.mask&(1<<s) != 0 {
					sum = b.addInto(sum)
				}
			})
		}
		forms := (&idCounts{vocab: v, surf: []surfaceCounts{{shared: wks[0].tab, counts: sum}}}).termForms()
		words := make([]string, v.Len())
		for id, fs := range forms {
			if len(fs) > 0 { // single words only: phrase surfaces are not in the buckets
				words[id] = displayForm(fs)
			}
		}
		own[s] = words
	}
	return best, own
}

// ownWord returns the form of term id in the side forms words, "" if there is none.
func ownWord(words []string, id int32) string {
	if int(id) < len(words) {
		return words[id]
	}
	return ""
}

// sameSlice reports whether a and b are the same slice (or both nil).
func sameSlice(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
