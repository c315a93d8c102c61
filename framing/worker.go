package framing

import (
	"hash/maphash"
	"math"
	"math/bits"
	"runtime"
	"strings"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/framediff/framediff/framing/internal/scan"
	"github.com/framediff/framediff/framing/voices"
)

// termCount is the running count of one term: occurrences, documents, and the last
// document seen (plus one, so that the zero value means none).
type termCount struct {
	count int64
	df    int32
	last  int32
}

// kept is a counted token of the current sentence, for phrases and n-grams.
type kept struct {
	term       int32
	start, end int
	clause     int
	seg        int // n-grams stay within one segment: a dropped quotation ends one
}

// A worker analyzes texts for one goroutine. Surfaces are looked up in the run's table
// (see [Vocabulary]), through a small direct-mapped cache of the worker's own; the worker
// keeps only what is its own: how often it counted each surface (for the surface forms of
// terms), its buffers, reused from text to text, and the voice segmenter.
type worker struct {
	set  *settings
	v    *Vocabulary
	tab  *surfaces    // the run's surfaces: &v.surf
	seed maphash.Seed // the table's hash seed
	// hot caches the run's slots by hash: text is Zipfian, so most tokens are found here
	// without touching the run's larger table.
	hot     []slot
	hotMask uint32
	misses  int           // lookups that missed hot since it was last resized
	live    *atomic.Int32 // the live workers over v (v.workers), this one among them; see hotCap
	local   surfaceView   // the run's surfaces, as a snapshot of texts (see phrases)

	stats []uint32 // surface id -> how often the worker counted it, modulo 2^32 (see wrap)
	wrap  map[int32]uint64
	lower []string // surface id -> normalized form, for the surfaces met (only when phrases need it)
	// For countWords: by term id, 1 if the current document counted the term (a byte, not
	// the document's number: 200 counters over one vocabulary held 20 MB of those), and how
	// often it did; the terms it counted, in order of first occurrence, whose marks the next
	// document clears (see clearMarks).
	tmark    []uint8
	tn       []uint32 // kept only when perDoc
	seenTerm []int32
	perDoc   bool // keep each term's count in the current document (CountEvents needs them)
	// countWords' count of words and the bounds of the text's body, kept here rather than
	// in the registers its loop needs (see countWords).
	n      int
	lo, hi int

	terms surfTable // term key -> the run's term id: a cache of the vocabulary's, for phrases
	keys  []string  // the run's term keys by id, as last loaded (see key)

	phraseForms surfTable // phrase surfaces -> term id, counts by id

	toks   []scan.Token
	kept   []kept
	quotes []Span

	// Scratch space for the first sight of a surface (see newSurface): its lowercase form
	// and its stem, which the run's vocabulary copies if it keeps them.
	lowBuf  []byte
	stemBuf [64]byte

	// The voice segmenter, reading the worker's tokens (the classes of each surface come
	// with its slot, see slot.flags); the tokens of the text segmented last for the
	// token-level analyses (vtoks, see segment), or what counting needs of them (ctoks, see
	// segmentSpans).
	vseg   voices.Segmenter
	vtoks  []voices.Token
	vtext  string // the text voiceAt segments a window at a time (see startWindows)
	vwant  Voices
	winEnd int    // where the window segmented last ends
	ctoks  []ctok // the tokens of the window segmented last, for countVoicesIn
	qi     int    // cursor into quotes
	seg    int

	// sentBase and clauseBase number the next window's first sentence and clause when
	// tokensWindow lists a long text a window at a time.
	sentBase, clauseBase int

	// The result of the last analyze: the counted unigram term ids of the text in order,
	// and when n-grams are counted the run of each (two ids may belong to one n-gram only
	// if their runs are equal), and what was dropped.
	ids     []int32
	runs    []int32
	dropped Dropped

	// addrEnd is where the last address found in the current text ends (see inAddress).
	addrEnd int
}

// surfaceView gives the phrase search a snapshot of the run's surface texts.
type surfaceView struct{ tab *surfaces }

func (sv surfaceView) snapshot() surfaceCounts { return surfaceCounts{shared: sv.tab} }

// newWorker returns a worker over v, which must be bound to set (see Vocabulary.use).
func newWorker(set *settings, v *Vocabulary) *worker {
	w := &worker{set: set, v: v, tab: &v.surf, seed: v.surf.seed, hot: touched[slot](hotSize), hotMask: hotSize - 1, local: surfaceView{&v.surf}}
	// The vocabulary counts its live workers, which share its budget of cached slots (see
	// hotCap): one no longer reachable leaves the count when collected.
	w.live = v.workers
	w.live.Add(1)
	runtime.AddCleanup(w, func(n *atomic.Int32) { n.Add(-1) }, w.live)
	return w
}

// surfaceAt returns the run's slot of the surface text[start:end], adding the surface to
// the run's table the first time the run sees it. The slot's id is the surface id plus one;
// its data is the term id or minus the drop reason.
func (w *worker) surfaceAt(text string, start, end int) slot {
	h, key := keySurfaceAt(w.seed, text, start, end)
	hv := &w.hot[h&w.hotMask]
	if e := *hv; e.id != 0 && e.key == key && (key.exact() || w.tab.text(e.id-1) == text[start:end]) {
		return e
	}
	return w.lookup(text[start:end], h, key, hv)
}

// maxHot bounds a worker's cache of slots (32 bytes each): at 8,192 it finds 85% of the
// tokens of BBC News (4,096: 79%, 16,384: 90%), in 256 KiB.
const maxHot = 1 << 13

// hotBudget bounds the slots cached by all the live workers over one vocabulary (8 MiB):
// up to 32 workers each get maxHot, more get less (200 counters, 1,024 each). It bounds
// growth: a cache grows to its share of the budget as the count of live workers stands
// then, and one that grew before others joined keeps its size (so counters made first
// may hold more), and past 512 workers the floor, hotSize each, is over the budget. The caches
// of many counters were most of their memory (200 × 256 KiB, 51 MB, a third of the live
// heap of 200 counters streaming 512 MiB of news) and do not stay in the processor's
// caches anyway, where the run's one table, shared by all, does.
const hotBudget = 1 << 18

// hotCap returns the size a worker's cache of slots may grow to: maxHot, halved until the
// live workers over the vocabulary, each with that many, stay within hotBudget; never
// below hotSize, the size it starts at.
func (w *worker) hotCap() int {
	n, workers := maxHot, int(max(1, w.live.Load()))
	for n > hotSize && n*workers > hotBudget {
		n /= 2
	}
	return n
}

// lookup finds s in the run's table (adding it if new) and caches its slot in hv, with
// the segmenter's classes of s once the worker segments.
func (w *worker) lookup(s string, h uint32, key surfKey, hv *slot) slot {
	seen := w.tab.count.Load()
	e, ok := w.tab.find(s, h, key)
	if !ok {
		e = w.newSurface(s, h, key, seen)
	}
	if e.flags == 0 && w.vseg.Lang != nil {
		e.flags = w.flagsOf(e.id - 1)
	}
	*hv = e
	if w.misses++; w.misses > 4*len(w.hot) && len(w.hot) < w.hotCap() {
		// The cache is too small for the worker's vocabulary: a miss costs a trip to the
		// run's table, a cache miss of the processor's.
		w.hot = touched[slot](2 * len(w.hot))
		w.hotMask, w.misses = uint32(len(w.hot)-1), 0
	}
	if sid := int(e.id - 1); sid >= len(w.stats) {
		w.grow(sid + 1)
	}
	if t := int(e.data); t >= len(w.tmark) {
		// Every term of a surface met is covered, so the counting loop needs no check.
		n := max(t+1, w.v.Len())
		w.tmark = append(w.tmark, make([]uint8, n-len(w.tmark))...)
		if w.perDoc {
			w.tn = append(w.tn, make([]uint32, n-len(w.tn))...)
		}
	}
	if w.lower != nil && w.lower[e.id-1] == "" {
		w.lower[e.id-1] = w.tab.lowerOf(e.id - 1)
	}
	return e
}

// grow extends the worker's arrays by surface id to the run's surfaces, n at least.
func (w *worker) grow(n int) {
	n = max(n, int(w.tab.count.Load()))
	w.stats = append(w.stats, make([]uint32, n-len(w.stats))...)
	if w.set.phrases != nil {
		w.lower = append(w.lower, make([]string, n-len(w.lower))...)
	}
}

// newSurface classifies a surface the run has not seen (as far as the worker knows) and
// adds it to the run's table. The work is done outside the vocabulary's lock; if another
// goroutine adds the surface meanwhile, its slot wins (both computed the same).
func (w *worker) newSurface(s string, h uint32, key surfKey, seen int32) slot {
	lower := w.normalize(s)
	term, data, known := "", int32(0), false
	if acr, ok := acronymLetters(s); ok && !w.set.protected[lower] {
		if l := scan.Normalize(acr, w.set.russian); w.set.isStop(l) || voices.LangOf(w.set.lang.name).Classes(l) != 0 {
			term, known = acr, true // "US" is not "us", "WHO" not "who"
		} else {
			lower = l // "F.B.I." is "fbi", as "FBI" is
		}
	}
	if v, ok := w.set.variants[lower]; ok && !known {
		lower = v
	}
	if lower != s && !known {
		// "Sanctions" classifies as "sanctions" does: the run may have seen that.
		lh, lk := keySurface(w.seed, lower)
		if le, ok := w.tab.find(lower, lh, lk); ok {
			data, known = le.data, true
		}
	}
	if !known {
		t, drop := w.set.classifyLower(lower, &w.stemBuf)
		if drop != dropNone {
			data = -int32(drop)
		} else {
			term = t
		}
	}
	return w.v.addSurface(s, h, key, term, data, lower, seen)
}

// normalize returns scan.Normalize(s), lowering an ASCII surface with capitals into the
// worker's buffer instead of a new string: the result is valid until the next call, and
// the run's table keeps copies (see surfaces.add and Vocabulary.addSurface).
func (w *worker) normalize(s string) string {
	var all, upper byte // the bits of every byte; 1 if any is a capital
	for i := 0; i < len(s); i++ {
		c := s[i]
		all |= c
		if c-'A' < 26 {
			upper = 1
		}
	}
	if all >= utf8.RuneSelf {
		return scan.Normalize(s, w.set.russian)
	}
	if upper == 0 {
		return s
	}
	b := append(w.lowBuf[:0], s...)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	w.lowBuf = b
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// lowerOf returns the normalized form of surface id (kept only when phrases need it).
func (w *worker) lowerOf(id int32) string { return w.lower[id] }

// countSurface counts one occurrence of the surface with id sid.
func (w *worker) countSurface(sid int32) {
	if w.stats[sid]++; w.stats[sid] == 0 { // wrapped: a surface seen 2^32 times
		if w.wrap == nil {
			w.wrap = map[int32]uint64{}
		}
		w.wrap[sid] += 1 << 32
	}
}

// countTerm notes an occurrence of term t in the current document (see countWords).
func (w *worker) countTerm(t int32) {
	if w.tmark[t] == 0 {
		w.tmark[t] = 1
		w.seenTerm = append(w.seenTerm, t)
		if w.perDoc {
			w.tn[t] = 0
		}
	}
	if w.perDoc {
		w.tn[t]++
	}
}

// surfaces returns a snapshot of the surfaces the worker has counted.
func (w *worker) surfaces() surfaceCounts {
	s := surfaceCounts{shared: w.tab, counts: touched[int](len(w.stats))}
	for sid, n := range w.stats {
		s.counts[sid] = int(uint64(n) + w.wrap[int32(sid)])
	}
	return s
}

// term returns the run's id of a term key, adding it if new.
func (w *worker) term(key string) int32 {
	h, k := w.terms.hash(key)
	if e, ok := w.terms.find(key, h, k); ok {
		return e.data
	}
	id := w.v.intern(key)
	w.terms.insert(key, h, k, id)
	return id
}

// key returns the key of term id.
func (w *worker) key(id int32) string {
	if int(id) >= len(w.keys) {
		w.keys = w.v.keySnapshot()
	}
	return w.keys[id]
}

// reserve sizes the run's table and the worker's arrays by surface and by term for texts
// of size bytes in all, by Heaps' law (an estimate for news English; a wrong guess only
// costs growth or memory). Grown a surface or a term at a time, the arrays would be copied
// some twenty times over a run (append adds a quarter to a large slice).
func (w *worker) reserve(size int) {
	n, room := heaps(size), heapsRoom(size)
	w.v.reserveSurfaces(n)
	if w.stats == nil {
		w.stats = make([]uint32, 0, room)
	}
	if w.tmark == nil {
		w.tmark = make([]uint8, 0, room*2/3) // about two terms for three surfaces
	}
	if w.seenTerm == nil {
		w.seenTerm = make([]int32, 0, room*2/3) // the terms of a document, as many for a long text
	}
	// The cache of slots starts at the size it would grow to (a quarter of the surfaces,
	// up to hotCap) rather than being dropped and refilled at each doubling.
	if size := min(w.hotCap(), n/4); w.misses == 0 && len(w.hot) < size {
		p := len(w.hot)
		for p < size {
			p *= 2
		}
		w.hot, w.hotMask = touched[slot](p), uint32(p-1)
	}
}

// heaps estimates the distinct words of texts of size bytes in all by Heaps' law: a text of
// N tokens (about one per six bytes of English) has about 40·sqrt(N) distinct words.
func heaps(size int) int {
	return min(int(40*math.Sqrt(float64(size)/6)), 1<<22)
}

// heapsRoom is heaps(size) and a quarter more: the room reserved for the arrays that a
// run's surfaces or terms index and that are not touched when made. Capacity never used
// costs no memory (its pages are never touched), while an array that the run outgrows is
// copied whole, at its largest, by each worker: a text has more surfaces than words
// ("Sanctions" and "sanctions"), and two texts of BBC News of 2.5 MB in all have 37,500
// surfaces, 41·sqrt(N). (The hash tables, touched when made, are sized by heaps.)
func heapsRoom(size int) int {
	n := heaps(size)
	return n + n/4
}

// analyze analyzes one text, leaving its counted term ids in w.ids (and runs, when
// n-grams are counted) and what it dropped in w.dropped. With count set, each counted
// surface's count in the local cache goes up (for the surface forms of terms).
func (w *worker) analyze(text string, count bool) {
	w.ids, w.runs, w.dropped, w.addrEnd = w.ids[:0], w.runs[:0], Dropped{}, 0
	lo, hi := 0, len(text)
	if !w.set.an.KeepBoilerplate {
		lo, hi = Boilerplate(text)
	}
	w.quotes, w.qi = nil, 0
	want := w.set.an.Voices
	w.startWindows(text, want)
	sc := scan.NewScanner(text)
	if w.set.phrases == nil && w.set.maxN == 1 {
		// The fast path: unigrams, counted as they come.
		ids := w.ids
		for start, end, ok := sc.NextWord(); ok; start, end, ok = sc.NextWord() {
			if start < lo || start >= hi {
				w.dropped.Boilerplate++
				continue
			}
			if (start < w.addrEnd || scan.MayStartAddress(text, end)) && w.inAddress(text, start, end) {
				w.dropped.Address++
				continue
			}
			if want != AllVoices && !want.Has(w.voiceAt(start)) {
				w.dropped.Voice++
				continue
			}
			e := w.surfaceAt(text, start, end)
			if e.data < 0 {
				w.countDrop(uint8(-e.data))
				continue
			}
			ids = append(ids, e.data)
			if count {
				w.countSurface(e.id - 1)
			}
		}
		w.ids = ids
		return
	}
	if w.set.phrases == nil {
		// N-grams without protected phrases: the terms as they come, with their runs.
		ids, runs := w.ids, w.runs
		run, lastClause, lastSeg := int32(0), -1, -1
		for start, end, ok := sc.NextSpan(); ok; start, end, ok = sc.NextSpan() {
			if start < lo || start >= hi {
				w.dropped.Boilerplate++
				continue
			}
			if (start < w.addrEnd || scan.MayStartAddress(text, end)) && w.inAddress(text, start, end) {
				w.dropped.Address++
				w.seg++ // n-grams never span an address
				continue
			}
			if want != AllVoices && !want.Has(w.voiceAt(start)) {
				w.dropped.Voice++
				w.seg++ // n-grams never span a dropped quotation
				continue
			}
			e := w.surfaceAt(text, start, end)
			if e.data < 0 {
				w.countDrop(uint8(-e.data))
				continue
			}
			if count {
				w.countSurface(e.id - 1)
			}
			if sc.Clause() != lastClause || w.seg != lastSeg {
				run++
				lastClause, lastSeg = sc.Clause(), w.seg
			}
			ids = append(ids, e.data)
			runs = append(runs, run)
		}
		w.ids, w.runs = ids, runs
		return
	}
	toks := w.toks[:0]
	for t, ok := sc.Next(); ok; t, ok = sc.Next() {
		if len(toks) > 0 && t.Sentence != toks[0].Sentence {
			w.sentence(text, toks, lo, hi, nil, count)
			toks = toks[:0]
		}
		toks = append(toks, t)
	}
	if len(toks) > 0 {
		w.sentence(text, toks, lo, hi, nil, count)
	}
	w.toks = toks[:0]
}

// countWords counts the words of a text, for analyzers without protected phrases or
// n-grams: each counted surface's count goes up, the distinct terms counted are left in
// w.seenTerm (in order of first occurrence) with their counts in the text in w.tn, and the
// number of words counted is returned.
func (w *worker) countWords(text string) int {
	w.clearMarks()
	w.seenTerm, w.dropped, w.addrEnd = w.seenTerm[:0], Dropped{}, 0
	lo, hi := 0, len(text)
	if !w.set.an.KeepBoilerplate {
		lo, hi = Boilerplate(text)
	}
	w.quotes, w.qi = nil, 0
	want := w.set.an.Voices
	w.startWindows(text, AllVoices)
	if want != AllVoices {
		if before := w.narrativeBefore(text, want); before < len(text) {
			return w.countVoices(text, lo, hi, want, before)
		}
		// All narrative: every word counts as for every voice.
	}
	sc := scan.NewScanner(text)
	// The loop calls out (the scanner, the run's table), and Go saves no register across a
	// call: the fewer values it keeps live, the fewer it spills and reloads on every token.
	// What it reads now and then (the count, the body's bounds, where the last address
	// ends) it reads from the worker, and the cache's mask is its length less
	// one: 15% fewer instructions in the loop's own code on BBC News.
	w.n, w.lo, w.hi = 0, lo, hi
	hot := w.hot
	for i := 0; ; {
		// The common token, a run of ASCII letters and digits that ends plainly, is scanned
		// here, inline; every other case is the scanner's (see scan.EndsWordPlainly).
		for i < len(text) && text[i] < utf8.RuneSelf && !scan.IsWordByte(text[i]) {
			i++
		}
		if i >= len(text) {
			break
		}
		start, end := i, i+1
		if text[i] < utf8.RuneSelf {
			if end+8 <= len(text) {
				// One eight-byte probe after the first byte (scan.OtherBytes), then byte by byte
				// for a longer word: a branch a word, not one a byte. segmentSpans has the same
				// block; keep the two alike. The loop must run to the word's end: stopped early,
				// EndsWordPlainly sees a word byte and NextWord reads the word again, so the counts
				// stay right and only the speed is lost (no test can see it).
				if m := scan.OtherBytes(le64(text[end : end+8])); m != 0 {
					end += bits.TrailingZeros64(m) >> 3
				} else {
					for end += 8; end < len(text) && scan.IsWordByte(text[end]); end++ {
					}
				}
			} else {
				for end < len(text) && scan.IsWordByte(text[end]) {
					end++
				}
			}
			i = end
			if end < len(text) && !scan.EndsWordPlainly(text, start, end) {
				sc.Seek(start)
				start, end, _ = sc.NextWord()
				i = sc.Pos()
			}
		} else {
			sc.Seek(i)
			var ok bool
			if start, end, ok = sc.NextWord(); !ok {
				break
			}
			i = sc.Pos()
		}
		if start < w.lo || start >= w.hi {
			w.dropped.Boilerplate++
			continue
		}
		if start < w.addrEnd || end < len(text) && text[end] != ' ' && scan.MayStartAddress(text, end) && w.inAddress(text, start, end) {
			w.dropped.Address++
			continue
		}
		// The most frequent words are in the worker's small direct-mapped cache: look there
		// first, inline (as surfaceAt would, for a surface of up to 16 bytes).
		// On a miss, the key and hash go on to the run's table (see lookup).
		var e slot
		if n := end - start; n <= 8 && start+8 <= len(text) {
			k := surfKey{lo: le64(text[start:start+8]) & (^uint64(0) >> ((64 - 8*uint(n)) & 63))} // packAt, inline (see there)
			h := k.hash()
			if e = hot[h&uint32(len(hot)-1)]; e.id == 0 || e.key != k {
				e = w.lookup(text[start:end], h, k, &hot[h&uint32(len(hot)-1)])
				hot = w.hot
			}
		} else if n <= 16 && start+16 <= len(text) {
			k := packAt(text, start, n)
			h := k.hash()
			if e = hot[h&uint32(len(hot)-1)]; e.id == 0 || e.key != k {
				e = w.lookup(text[start:end], h, k, &hot[h&uint32(len(hot)-1)])
				hot = w.hot
			}
		} else {
			e = w.surfaceAt(text, start, end)
			hot = w.hot
		}
		if e.data < 0 {
			w.countDrop(uint8(-e.data))
			continue
		}
		w.countSurface(e.id - 1)
		if w.perDoc {
			w.countTerm(e.data)
		} else {
			w.markTerm(e.data)
		}
		w.n++
	}
	return w.n
}

// markTerm is countTerm without the counts by document, and without a branch on whether
// the term is new to the document, which no predictor guesses (about half of a news
// text's words are first occurrences) and which waits on the load of w.tmark: the term
// is written after the terms seen, and kept only if it is new.
func (w *worker) markTerm(t int32) {
	s := w.seenTerm
	if len(s) == cap(s) {
		s = append(s, 0)[:len(s)]
	}
	n := len(s)
	s = s[:n+1]
	s[n] = t
	n += int(w.tmark[t] ^ 1)
	w.tmark[t] = 1
	w.seenTerm = s[:n]
}

// clearMarks clears the marks of the terms the last document counted (w.seenTerm), for
// the next: a store a distinct term, to lines that document just touched.
func (w *worker) clearMarks() {
	m := w.tmark
	for _, t := range w.seenTerm {
		m[t] = 0
	}
}

// countVoices is countWords for the words of some voices: the text is segmented from the
// worker's tokens, and the tokens of the voices kept are counted from the segmenter's
// buffer, without a second scan. The words before byte before, narrative whatever the
// spans (see voices.Segmenter.NarrativeBefore), are counted as they are scanned.
func (w *worker) countVoices(text string, lo, hi int, want Voices, before int) int {
	n := 0
	for from := 0; from < len(text); {
		to := windowEnd(text, from)
		n += w.countVoicesIn(text, from, to, lo, hi, want, before)
		before = 0
		from = to
	}
	return n
}

// countVoicesIn is countVoices for the window text[from:to].
func (w *worker) countVoicesIn(text string, from, to int, lo, hi int, want Voices, before int) int {
	w.n, w.lo, w.hi = 0, lo, hi // for segmentSpans and countNarrative
	w.quotes, w.qi = w.segmentSpans(text, from, to, want, before-from, true), 0
	n := w.n
	quotes := w.quotes
	next := len(text) // where the next span starts
	if len(quotes) > 0 {
		next = quotes[0].Start
	}
	narrative := want.Has(VoiceNarrative)
	for i := range w.ctoks {
		t := &w.ctoks[i]
		start := from + int(t.start)
		if start < next {
			if !narrative {
				w.dropped.Voice++
				continue
			}
		} else {
			for len(quotes) > 0 && quotes[0].End <= start {
				quotes = quotes[1:]
			}
			next = len(text)
			if len(quotes) > 0 {
				next = quotes[0].Start
				if next <= start {
					next = start // inside: decide by the span
					if !want.Has(quotes[0].Voice) {
						w.dropped.Voice++
						continue
					}
				} else if !narrative {
					w.dropped.Voice++
					continue
				}
			} else if !narrative {
				w.dropped.Voice++
				continue
			}
		}
		data := t.data
		if data < 0 {
			w.countDrop(uint8(-data))
			continue
		}
		w.countSurface(t.sid)
		if w.perDoc {
			w.countTerm(data)
		} else {
			w.markTerm(data)
		}
		n++
	}
	return n
}

// vKnown and vCap are bits of slot.flags above the segmenter's word classes: the
// classes are looked up, and the surface is capitalized.
const (
	vKnown voices.Class = 1 << 31
	vCap   voices.Class = 1 << 30

	_ voices.Class = vCap - 2*voices.ClassReflexive // (does not compile if the word classes reach vCap)
)

// ctok is a token of the window of text segmented last, for counting: where it starts
// from the window's start (a window is at most maxWindow bytes), its surface id, and its
// term id or minus its drop reason. No end: counting does not read it, and a text of
// megabytes is one window, whose tokens are the largest memory of an own-voice count,
// paid for in page faults as it is first touched.
type ctok struct {
	start, sid, data int32
}

// segmentSpans runs the voice segmenter on text[from:to] and returns the spans, shifted to
// positions in text. The tokens come from the worker's scan and go to the segmenter one at
// a time, with the segmenter's classes of each distinct surface looked up once for the
// run, not once per token; what counting needs of each token is left in w.ctoks. When
// counting (count set, for countVoicesIn), the tokens outside the body w.lo..w.hi and
// those of addresses are dropped as they are scanned, while their bytes are at hand, and
// left out of w.ctoks, and so are the words before before (an offset in text[from:to]),
// which are narrative whatever the spans and counted at once (see countNarrative);
// otherwise w.ctoks has every token.
func (w *worker) segmentSpans(full string, from, to int, want Voices, before int, count bool) []Span {
	text := w.segmenterFor(full, from, to, want)
	ct := w.ctoks[:0]
	// About one token per six bytes of English: sized once, not grown by copying. A text
	// read a window at a time gets room for the longest window at its first: sized for
	// each window, the buffers would be made anew whenever a window is longer than all
	// before it (a few times a text, the windows' lengths varying by a few bytes), each
	// time in fresh memory paid for in page faults. Only the pages the tokens fill are
	// touched.
	n := len(text)/5 + 16
	if len(full) > maxWindow {
		n = max(n, maxWindow/5+16)
	}
	if cap(ct) < n {
		ct = touched[ctok](n)[:0]
	}
	w.vseg.Grow(n)
	sc := scan.NewScanner(text)
	hot := w.hot
	for i := 0; ; {
		// The common token, a run of ASCII letters and digits that ends plainly, is scanned
		// here, inline, as countWords does, and reported to the scanner (see scan.Took); the
		// separators but spaces are the scanner's (they break sentences and clauses), and so
		// is every other token.
		for i < len(text) && text[i] == ' ' {
			i++
		}
		if i < len(text) && !scan.IsWordByte(text[i]) {
			sc.Seek(i)
			var ok bool
			if i, ok = sc.ToWord(); !ok {
				break
			}
		}
		if i >= len(text) {
			break
		}
		start, end, plain := i, i+1, false
		if scan.IsWordByte(text[i]) {
			if end+8 <= len(text) {
				// One eight-byte probe, then byte by byte: the same block as countWords'.
				if m := scan.OtherBytes(le64(text[end : end+8])); m != 0 {
					end += bits.TrailingZeros64(m) >> 3
				} else {
					for end += 8; end < len(text) && scan.IsWordByte(text[end]); end++ {
					}
				}
			} else {
				for end < len(text) && scan.IsWordByte(text[end]) {
					end++
				}
			}
			if end == len(text) || scan.EndsWordPlainly(text, start, end) {
				plain = true
			} else if text[end] >= utf8.RuneSelf {
				plain = scan.RuneEndsWord(text, end) // a closing quotation mark, a dash
			}
		}
		if plain {
			sc.Took(start, end)
		} else {
			sc.Seek(start)
			start, end, _ = sc.NextSpan()
		}
		i = sc.Pos()
		var e slot
		if n := end - start; n <= 8 && start+8 <= len(text) {
			k := surfKey{lo: le64(text[start:start+8]) & (^uint64(0) >> ((64 - 8*uint(n)) & 63))} // packAt, inline (see there)
			h := k.hash()
			if e = hot[h&uint32(len(hot)-1)]; e.id == 0 || e.key != k {
				e = w.lookup(text[start:end], h, k, &hot[h&uint32(len(hot)-1)])
				hot = w.hot
			}
		} else if n <= 16 && start+16 <= len(text) {
			k := packAt(text, start, n)
			h := k.hash()
			if e = hot[h&uint32(len(hot)-1)]; e.id == 0 || e.key != k {
				e = w.lookup(text[start:end], h, k, &hot[h&uint32(len(hot)-1)])
				hot = w.hot
			}
		} else {
			e = w.surfaceAt(text, start, end)
			hot = w.hot
		}
		sid := e.id - 1
		f := e.flags // known, unless the slot was cached before the worker segmented
		if f == 0 {
			f = w.flagsOf(sid)
		}
		w.vseg.AddWord(start, end, sc.Sentence(), sc.Clause(), f&^(vKnown|vCap), f&vCap != 0, i > end)
		if count {
			// As countVoicesIn would, in the same order: the boilerplate, then addresses.
			if fs := from + start; fs < w.lo || fs >= w.hi {
				w.dropped.Boilerplate++
				continue
			} else if fe := from + end; (fs < w.addrEnd || scan.MayStartAddress(full, fe)) && w.inAddress(full, fs, fe) {
				w.dropped.Address++
				continue
			}
			if start < before {
				w.countNarrative(sid, e.data)
				continue
			}
		}
		ct = append(ct, ctok{start: int32(start), sid: sid, data: e.data})
	}
	w.ctoks = ct
	spans := w.vseg.SegmentAdded(text)
	if from > 0 {
		for i := range spans {
			shiftSpan(&spans[i], from)
		}
	}
	return spans
}

// countNarrative counts a word of the narrative in the body and in no address, of surface
// sid and term data, as countVoicesIn counts it, adding it to w.n.
func (w *worker) countNarrative(sid, data int32) {
	if data < 0 {
		w.countDrop(uint8(-data))
		return
	}
	w.countSurface(sid)
	if w.perDoc {
		w.countTerm(data)
	} else {
		w.markTerm(data)
	}
	w.n++
}

// segmenterFor sets the worker's segmenter to the run's language and the voices wanted,
// and returns the text it is to segment, full[from:to].
func (w *worker) segmenterFor(full string, from, to int, want Voices) string {
	if w.vseg.Lang == nil {
		w.vseg.Lang = voices.LangOf(w.set.lang.name)
	}
	w.vseg.Want = want
	return full[from:to]
}

// narrativeBefore returns where the outlet's narrative of text ends for sure, for voices
// want that keep the narrative (see voices.Segmenter.NarrativeBefore), or 0; the whole
// text is one window.
func (w *worker) narrativeBefore(text string, want Voices) int {
	if !want.Has(VoiceNarrative) || len(text) > maxWindow {
		return 0
	}
	w.segmenterFor(text, 0, len(text), want)
	return w.vseg.NarrativeBefore(text)
}

// segment runs the voice segmenter on text[from:to] as segmentSpans does, and leaves its
// tokens, with positions in text, in w.vtoks, for the analyses that read tokens.
func (w *worker) segment(full string, from, to int, want Voices) []Span {
	text := w.segmenterFor(full, from, to, want)
	toks := w.vtoks[:0]
	if n := len(text)/5 + 16; cap(toks) < n {
		toks = make([]voices.Token, 0, n)
	}
	sc := scan.NewScanner(text)
	for start, end, ok := sc.NextSpan(); ok; start, end, ok = sc.NextSpan() {
		e := w.surfaceAt(text, start, end)
		f := e.flags
		if f == 0 {
			f = w.flagsOf(e.id - 1)
		}
		toks = append(toks, voices.Token{Start: start, End: end, Sentence: sc.Sentence(), Clause: sc.Clause(),
			Class: f &^ (vKnown | vCap), Cap: f&vCap != 0, Poss: sc.Pos() > end})
	}
	spans := w.vseg.Segment(text, toks)
	if from > 0 {
		for i := range toks {
			toks[i].Start += from
			toks[i].End += from
		}
		for i := range spans {
			shiftSpan(&spans[i], from)
		}
	}
	w.vtoks = toks
	return spans
}

// flagsOf returns the segmenter's classes of surface sid with vKnown and vCap, from the
// run's table, where the first worker to need them puts them.
func (w *worker) flagsOf(sid int32) voices.Class {
	p, i := w.tab.page(sid), sid&(1<<pageBits-1)
	f := voices.Class(p.ent[i].flags.Load())
	if f == 0 {
		word := p.text[i]
		f = w.vseg.Lang.Classes(word) | vKnown
		if scan.IsCapitalized(word) {
			f |= vCap
		}
		p.ent[i].flags.Store(uint32(f))
	}
	return f
}

// shiftSpan moves a span found in a window of a text by the window's offset.
func shiftSpan(sp *Span, by int) {
	sp.Start += by
	sp.End += by
	if sp.SourceEnd > sp.SourceStart {
		sp.SourceStart += by
		sp.SourceEnd += by
	}
	if sp.CueEnd > sp.CueStart {
		sp.CueStart += by
		sp.CueEnd += by
	}
}

// maxWindow is the most text the voice segmenter reads at a time when counting: a longer
// text is segmented a window at a time, each window ending at a paragraph's end (see
// windowEnd), so that memory stays in proportion to the window, not to the document
// (a quotation, an attribution or a pronoun's antecedent does not reach across the cut).
// Texts up to maxWindow are segmented whole. 128 KiB (131,072 bytes) holds every news
// article we have seen whole (the longest document of the real corpora in the README, a
// China Daily article of the China Daily vs NYT corpus, has 130,698 bytes), while the
// segmenter's tokens of a window (about 1 MB, and 0.3 MB of counted tokens) stay in the
// processor's caches and are touched once for a whole long text, not once per window: with
// windows of 4 MiB, `compare -a -b` on two 2.5 MB files took 40% more CPU, most of it page
// faults, and with 256 KiB some 460 more page faults a run than with 128 KiB.
const maxWindow = 128 << 10

// windowEnd returns where the window of text that starts at from ends: the text's end if
// it is within maxWindow, else the first paragraph break (a blank line) after half the
// window, else the first line break, else the first sentence's end (". "), else the first
// space, else just after the first character that ends a word whatever surrounds it (a
// comma not between digits, ; ! ? ) ] }, or a character outside ASCII that is neither a
// letter, digit or mark nor joins words: a dash, a quotation mark), so that no word is
// cut in two (a web address may be: its path may hold those characters); else maxWindow
// bytes on, at a character's start, which cuts a run of more than 64 KiB of word
// characters in two (the one place where a voice profile counted a window at a time
// differs from VoiceReport's, which reads the text whole).
func windowEnd(text string, from int) int {
	if len(text)-from <= maxWindow {
		return len(text)
	}
	lo, hi := from+maxWindow/2, from+maxWindow
	for _, sep := range []string{"\n\n", "\n", ". ", " "} {
		if i := strings.Index(text[lo:hi], sep); i >= 0 {
			return lo + i + len(sep)
		}
	}
	for i := lo; i < hi; {
		c := text[i]
		if c < utf8.RuneSelf {
			switch c {
			case ';', '!', '?', ')', ']', '}':
				return i + 1
			case ',':
				if !('0' <= text[i-1] && text[i-1] <= '9' && '0' <= text[i+1] && text[i+1] <= '9') {
					return i + 1
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != utf8.RuneError && !scan.IsWordRune(r) && !scan.IsJoiner(r) {
			return i + n
		}
		i += n
	}
	for hi > lo && !utf8.RuneStart(text[hi]) {
		hi--
	}
	return hi
}

// startWindows prepares voiceAt to segment text a window at a time, for the voices
// wanted (none needed for AllVoices).
func (w *worker) startWindows(text string, want Voices) {
	w.vtext, w.vwant, w.winEnd, w.quotes, w.qi = text, want, 0, nil, 0
	if want == AllVoices {
		w.winEnd = len(text)
	}
}

func (w *worker) tokens(text string, out *[]Token) {
	lo, hi := w.bounds(text)
	w.quotes, w.qi = w.segmentAll(text), 0
	w.sentBase, w.clauseBase = 0, 0
	w.listTokens(text, 0, len(text), lo, hi, out)
}

// tokensVoiceless lists the tokens of text as tokens does, every one in the narrative
// voice, without segmenting its voices (see docAnalyzer.voiceless): w.quotes is left
// empty.
func (w *worker) tokensVoiceless(text string, out *[]Token) {
	lo, hi := w.bounds(text)
	w.quotes, w.qi = w.quotes[:0], 0
	w.sentBase, w.clauseBase = 0, 0
	w.listTokens(text, 0, len(text), lo, hi, out)
}

// bounds returns where the text's body lies: Boilerplate's bounds, or the whole text when
// the analyzer keeps boilerplate.
func (w *worker) bounds(text string) (lo, hi int) {
	if w.set.an.KeepBoilerplate {
		return 0, len(text)
	}
	return Boilerplate(text)
}

// eachWindow calls fn for each window of text (see windowEnd) in order, with the
// boilerplate bounds lo, hi of the whole text, for tokensWindow: a long text's tokens a
// window at a time, in memory in proportion to the window. (tokens lists a whole text,
// with its spans in w.quotes and its voice tokens in w.vtoks, for the token-level
// analyses, which read at most MaxTokenDocument.)
func (w *worker) eachWindow(text string, fn func(from, to, lo, hi int)) {
	lo, hi := w.bounds(text)
	w.sentBase, w.clauseBase = 0, 0
	for from := 0; ; {
		to := windowEnd(text, from)
		fn(from, to, lo, hi)
		if to <= from || to >= len(text) {
			return
		}
		from = to
	}
}

// tokensWindow lists the tokens of text[from:to] (positions in text) as tokens does,
// after segmenting the window's voices; sentence and clause numbers go on from the
// previous window's (see eachWindow). It leaves w.quotes with the window's spans.
func (w *worker) tokensWindow(text string, from, to, lo, hi int, out *[]Token) {
	w.quotes, w.qi = w.segment(text, from, to, 0), 0
	w.listTokens(text, from, to, lo, hi, out)
}

// listTokens lists the tokens of text[from:to] (positions in text) into out, sentence by
// sentence, with the voices of w.quotes, numbering sentences and clauses on from
// w.sentBase and w.clauseBase. It resets the worker's ids, runs and dropped counts.
func (w *worker) listTokens(text string, from, to, lo, hi int, out *[]Token) {
	w.winEnd = len(text)
	w.ids, w.runs, w.dropped = w.ids[:0], w.runs[:0], Dropped{}
	if from == 0 {
		w.addrEnd = 0
	}
	sc := scan.NewScanner(text[from:to])
	toks := w.toks[:0]
	sent, clause := w.sentBase, w.clauseBase
	for t, ok := sc.Next(); ok; t, ok = sc.Next() {
		t.Start, t.End = t.Start+from, t.End+from
		t.Sentence, t.Clause = t.Sentence+w.sentBase, t.Clause+w.clauseBase
		sent, clause = t.Sentence+1, t.Clause+1
		if len(toks) > 0 && t.Sentence != toks[0].Sentence {
			w.sentence(text, toks, lo, hi, out, false)
			toks = toks[:0]
		}
		toks = append(toks, t)
	}
	if len(toks) > 0 {
		w.sentence(text, toks, lo, hi, out, false)
	}
	w.toks = toks[:0]
	w.sentBase, w.clauseBase = sent, clause
}

// segmentAll segments the whole of text, window by window, for every voice: the spans,
// and every token in w.vtoks.
func (w *worker) segmentAll(text string) []Span {
	if len(text) <= maxWindow {
		return w.segment(text, 0, len(text), 0)
	}
	var spans []Span
	var toks []voices.Token
	for from := 0; from < len(text); {
		to := windowEnd(text, from)
		spans = append(spans, w.segment(text, from, to, 0)...)
		toks = append(toks, w.vtoks...)
		from = to
	}
	w.vtoks = toks
	return spans
}

// voiceAt returns the voice at byte pos; positions must come in increasing order. The
// text set by startWindows is segmented a window at a time as pos reaches it.
func (w *worker) voiceAt(pos int) Voice {
	for pos >= w.winEnd && w.winEnd < len(w.vtext) {
		from := w.winEnd
		w.winEnd = windowEnd(w.vtext, from)
		w.quotes, w.qi = w.segmentSpans(w.vtext, from, w.winEnd, w.vwant, 0, false), 0
	}
	for w.qi < len(w.quotes) && w.quotes[w.qi].End <= pos {
		w.qi++
	}
	if w.qi < len(w.quotes) && w.quotes[w.qi].Start <= pos {
		return w.quotes[w.qi].Voice
	}
	return VoiceNarrative
}

func (w *worker) countDrop(reason uint8) {
	switch reason {
	case dropStop:
		w.dropped.Stop++
	case dropNumber:
		w.dropped.Number++
	case dropBoilerplate:
		w.dropped.Boilerplate++
	case dropVoice:
		w.dropped.Voice++
	case dropAddress:
		w.dropped.Address++
	}
}

// inAddress reports whether the token text[start:end] lies in a web or e-mail address
// (see [Analyzer]), which the analyzer drops unless KeepAddresses: inside the last address
// found, or the start of one. The tokens of a text must come in order, from a worker whose
// addrEnd was reset for the text. Callers test start < w.addrEnd and
// [scan.MayStartAddress] first, inline, so that an ordinary word costs a comparison or two.
func (w *worker) inAddress(text string, start, end int) bool {
	if start < w.addrEnd {
		return true
	}
	if w.set.an.KeepAddresses {
		return false
	}
	w.addrEnd = scan.AddressEnd(text, start, end)
	return w.addrEnd > start
}

// sentence handles the tokens of one sentence: drops, protected phrases, and the kept
// terms with their runs for n-grams. With out set it lists every token instead of counting.
func (w *worker) sentence(text string, toks []scan.Token, lo, hi int, out *[]Token, count bool) {
	ks := w.kept[:0]
	want := w.set.an.Voices
	track := want != AllVoices || out != nil
	drop := func(reason uint8, t scan.Token, voice Voice) {
		if out != nil {
			tk := Token{Start: t.Start, End: t.End, Sentence: t.Sentence, Clause: t.Clause, Dropped: dropNames[reason], Voice: voice}
			if reason == dropVoice {
				// The term it would have counted as, for evidence of what a voice says.
				if e := w.surfaceAt(text, t.Start, t.End); e.data >= 0 {
					tk.Term = w.key(e.data)
				}
			}
			*out = append(*out, tk)
			return
		}
		w.countDrop(reason)
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.Start < lo || t.Start >= hi {
			drop(dropBoilerplate, t, VoiceNarrative)
			i++
			continue
		}
		voice := VoiceNarrative
		if track {
			voice = w.voiceAt(t.Start)
		}
		if (t.Start < w.addrEnd || scan.MayStartAddress(text, t.End)) && w.inAddress(text, t.Start, t.End) {
			drop(dropAddress, t, voice)
			w.seg++ // n-grams never span an address
			i++
			continue
		}
		if track {
			if !want.Has(voice) {
				drop(dropVoice, t, voice)
				w.seg++
				i++
				continue
			}
		}
		e := w.surfaceAt(text, t.Start, t.End)
		if w.set.phrases != nil {
			if m := w.matchPhrase(text, toks[i:], w.lower[e.id-1], hi); m > 0 {
				last := toks[i+m-1]
				words := make([]string, m)
				for k := range m {
					words[k] = w.lower[w.surfaceAt(text, toks[i+k].Start, toks[i+k].End).id-1]
				}
				term := w.phrase(strings.Join(words, "_"))
				if out != nil {
					*out = append(*out, Token{Start: t.Start, End: last.End, Sentence: t.Sentence, Clause: t.Clause, Term: w.key(term), Voice: voice})
				} else if count {
					s := text[t.Start:last.End]
					h, k := w.phraseForms.hash(s)
					pe, ok := w.phraseForms.find(s, h, k)
					if !ok {
						pe = w.phraseForms.insert(s, h, k, term)
					}
					w.phraseForms.count[pe.id-1]++
				}
				ks = append(ks, kept{term: term, start: t.Start, end: last.End, clause: t.Clause, seg: w.seg})
				i += m
				continue
			}
		}
		if e.data < 0 {
			drop(uint8(-e.data), t, voice)
			i++
			continue
		}
		if out != nil {
			*out = append(*out, Token{Start: t.Start, End: t.End, Sentence: t.Sentence, Clause: t.Clause, Term: w.key(e.data), Voice: voice})
		} else if count {
			w.countSurface(e.id - 1)
		}
		ks = append(ks, kept{term: e.data, start: t.Start, end: t.End, clause: t.Clause, seg: w.seg})
		i++
	}
	w.kept = ks
	if out != nil {
		return
	}
	multi := w.set.maxN > 1
	for j, k := range ks {
		w.ids = append(w.ids, k.term)
		if multi {
			run := int32(0)
			if n := len(w.runs); n > 0 {
				run = w.runs[n-1]
				if j == 0 || k.clause != ks[j-1].clause || k.seg != ks[j-1].seg {
					run++
				}
			}
			w.runs = append(w.runs, run)
		}
	}
}

// writtenAsName reports whether toks are written as a name: each word capitalized
// ("Hong Kong", "HONG KONG") or each as in form ("Bank of England").
func writtenAsName(text string, toks []scan.Token, form []string) bool {
	caps, same := true, len(form) == len(toks)
	for k, t := range toks {
		s := text[t.Start:t.End]
		caps = caps && scan.IsCapitalized(s)
		same = same && s == form[k]
	}
	return caps || same
}

// phrase returns the term id of a protected phrase key.
func (w *worker) phrase(key string) int32 { return w.term(key) }

// matchPhrase returns how many tokens from toks[0] a protected phrase covers, or 0: its
// words follow one another in one clause with only white space between them, or a period
// after an abbreviation, or a possessive inside a name (see joinable), and none of them
// but the first (which the caller checked) starts an address. A name (an entry with a
// form) matches only where it is written as a name, each word capitalized or as in its
// form; elsewhere a shorter phrase may match.
func (w *worker) matchPhrase(text string, toks []scan.Token, first string, hi int) int {
	for _, pe := range w.set.phrases[first] {
		rest := pe.rest
		if len(rest) >= len(toks) {
			continue
		}
		if pe.form != nil && !writtenAsName(text, toks[:len(rest)+1], pe.form) {
			continue
		}
		ok := true
		for k, word := range rest {
			t, prev := toks[k+1], toks[k]
			if t.Start >= hi || t.Clause != prev.Clause || !joinable(text, prev.Start, prev.End, t.Start) ||
				w.lower[w.surfaceAt(text, t.Start, t.End).id-1] != word ||
				!w.set.an.KeepAddresses && scan.MayStartAddress(text, t.End) && scan.AddressEnd(text, t.Start, t.End) > t.Start {
				ok = false
				break
			}
		}
		if ok {
			return len(rest) + 1
		}
	}
	return 0
}
