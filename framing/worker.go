package framing

import (
	"math"
	"strings"
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

// A worker analyzes texts for one goroutine: it holds a private cache of the surfaces it
// has seen (with how often each was counted, for the surface forms of terms), consults the
// shared vocabulary only for new ones, and reuses its buffers from text to text.
type worker struct {
	set   *settings
	v     *Vocabulary
	local surfTable  // surface -> term id, or minus the drop reason; local ids in order of first sight
	stats []surfStat // local id -> how often the surface was counted, and where last
	wrap  map[int32]uint64
	lower []string // local id -> normalized form (kept only when phrases need it)
	seen  []int32  // local ids counted in the current document (see countWords)

	// The worker's own terms: term ids in a payload are the worker's, mapped to the run's
	// by gids as they are published to the vocabulary.
	terms surfTable // term key -> the worker's term id
	keys  []string  // the worker's term id -> key
	gids  []int32   // the worker's term id -> the vocabulary's, for the terms published

	phraseForms surfTable // phrase surfaces -> term id, counts by id

	toks   []rawToken
	kept   []kept
	quotes []Span

	// The voice segmenter, reading the worker's tokens: the flags of each surface (by local
	// id, vKnown once looked up), the term id or drop reason of each surface, and the local
	// id of each token of the text segmented last.
	vseg   segmenter
	vflags []uint32
	sdata  []int32
	tlids  []int32
	qi     int // cursor into quotes
	seg    int

	// The result of the last analyze: the counted unigram term ids of the text in order,
	// and when n-grams are counted the run of each (two ids may belong to one n-gram only
	// if their runs are equal), and what was dropped.
	ids     []int32
	runs    []int32
	dropped Dropped
}

func newWorker(set *settings, v *Vocabulary) *worker {
	return &worker{set: set, v: v}
}

// surfaceAt returns the local slot of the surface text[start:end], asking the vocabulary
// the first time the worker sees it. The slot's data is the term id or minus the drop
// reason.
func (w *worker) surfaceAt(text string, start, end int) slot {
	h, key := w.local.hashAt(text, start, end)
	s := text[start:end]
	if e, ok := w.local.find(s, h, key); ok {
		return e
	}
	return w.newSurface(s, h, key)
}

func (w *worker) newSurface(s string, h uint32, key uint64) slot {
	lower := normalize(s, w.set.russian)
	data, known := int32(0), false
	if acr, ok := acronymLetters(s); ok && !w.set.protected[lower] {
		if l := normalize(acr, w.set.russian); w.set.isStop(l) || voiceLangOf(w.set.lang.name).words[l] != 0 {
			data, known = w.term(acr), true // "US" is not "us", "WHO" not "who"
		} else {
			lower = l // "F.B.I." is "fbi", as "FBI" is
		}
	}
	if v, ok := w.set.variants[lower]; ok && !known {
		lower = v
	}
	if lower != s && !known {
		// "Sanctions" classifies as "sanctions" does: the worker may have seen that.
		lh, lk := w.local.hash(lower)
		if le, ok := w.local.find(lower, lh, lk); ok {
			data, known = le.data, true
		}
	}
	if !known {
		if term, drop := w.set.classifyLower(lower); drop != dropNone {
			data = -int32(drop)
		} else {
			data = w.term(term)
		}
	}
	e := w.local.insert(s, h, key, data)
	w.stats = append(w.stats, surfStat{})
	w.vflags = append(w.vflags, 0)
	w.sdata = append(w.sdata, data)
	if w.set.phrases != nil {
		w.lower = append(w.lower, strings.Clone(lower))
	}
	return e
}

// surfStat is how often one surface has been counted, and the last document it was counted
// in. The two share a cache line, for they are updated together for every token.
type surfStat struct {
	n     uint32 // count, modulo 2^32 (see worker.wrap)
	start uint32 // n when the surface was first counted in document last
	last  int32  // document number plus one; 0 for none
}

// docCount returns how often the surface of st was counted in the current document (as
// countWords counts it).
func (st *surfStat) docCount() uint32 { return st.n - st.start }

// countSurface counts one occurrence of the surface with local id lid.
func (w *worker) countSurface(lid int32) *surfStat {
	st := &w.stats[lid]
	st.n++
	if st.n == 0 { // wrapped: a surface seen 2^32 times
		if w.wrap == nil {
			w.wrap = map[int32]uint64{}
		}
		w.wrap[lid] += 1 << 32
	}
	return st
}

// surfaces returns a snapshot of the surfaces the worker has counted.
func (w *worker) surfaces() surfaceCounts {
	s := w.local.snapshot()
	s.counts = make([]int, len(w.stats))
	for lid, st := range w.stats {
		s.counts[lid] = int(uint64(st.n) + w.wrap[int32(lid)])
	}
	return s
}

// term returns the worker's id of a term key, adding it if new.
func (w *worker) term(key string) int32 {
	h, k := w.terms.hash(key)
	if e, ok := w.terms.find(key, h, k); ok {
		return e.data
	}
	id := int32(len(w.keys))
	w.terms.insert(key, h, k, id)
	w.keys = append(w.keys, strings.Clone(key))
	return id
}

// key returns the key of the worker's term id.
func (w *worker) key(id int32) string { return w.keys[id] }

// global returns the vocabulary's id of the worker's term id, publishing the worker's terms
// if need be.
func (w *worker) global(id int32) int32 {
	if int(id) >= len(w.gids) {
		w.gids = w.v.publish(w.keys, w.gids)
	}
	return w.gids[id]
}

// publish publishes every term of the worker and returns the map of its ids to the
// vocabulary's.
func (w *worker) publish() []int32 {
	w.gids = w.v.publish(w.keys, w.gids)
	return w.gids
}

// reserve sizes the local cache for texts of size bytes in all, by Heaps' law: a text of N
// tokens has about 40·sqrt(N) distinct words (an estimate for news English; a wrong guess
// only costs growth or memory).
func (w *worker) reserve(size int) {
	words := heaps(size)
	w.local.reserve(words, 8)
	if len(w.keys) == 0 {
		w.terms = surfTable{}
		w.terms.reserve(words*2/3, 7)
		w.keys = make([]string, 0, words*2/3)
	}
}

// heaps estimates the distinct words of texts of size bytes in all by Heaps' law: a text of
// N tokens (about one per six bytes of English) has about 40·sqrt(N) distinct words.
func heaps(size int) int {
	return min(int(40*math.Sqrt(float64(size)/6)), 1<<22)
}

// analyze analyzes one text, leaving its counted term ids in w.ids (and runs, when
// n-grams are counted) and what it dropped in w.dropped. With count set, each counted
// surface's count in the local cache goes up (for the surface forms of terms).
func (w *worker) analyze(text string, count bool) {
	w.ids, w.runs, w.dropped = w.ids[:0], w.runs[:0], Dropped{}
	lo, hi := 0, len(text)
	if !w.set.an.KeepBoilerplate {
		lo, hi = Boilerplate(text)
	}
	w.quotes, w.qi = nil, 0
	voices := w.set.an.Voices
	if voices != AllVoices {
		w.quotes = w.segment(text, voices)
	}
	sc := scanner{text: text}
	if w.set.phrases == nil && w.set.maxN == 1 {
		// The fast path: unigrams, counted as they come.
		ids := w.ids
		for start, end, ok := sc.nextWord(); ok; start, end, ok = sc.nextWord() {
			if start < lo || start >= hi {
				w.dropped.Boilerplate++
				continue
			}
			if voices != AllVoices && !voices.Has(w.voiceAt(start)) {
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
		for start, end, ok := sc.nextSpan(); ok; start, end, ok = sc.nextSpan() {
			if start < lo || start >= hi {
				w.dropped.Boilerplate++
				continue
			}
			if voices != AllVoices && !voices.Has(w.voiceAt(start)) {
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
			if sc.clause != lastClause || w.seg != lastSeg {
				run++
				lastClause, lastSeg = sc.clause, w.seg
			}
			ids = append(ids, e.data)
			runs = append(runs, run)
		}
		w.ids, w.runs = ids, runs
		return
	}
	toks := w.toks[:0]
	for t, ok := sc.next(); ok; t, ok = sc.next() {
		if len(toks) > 0 && t.sentence != toks[0].sentence {
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
// n-grams: each counted surface's count in the local cache goes up, the distinct surfaces
// counted are left in w.seen, and the number of words counted is returned. doc is the
// document's number, which must differ from the last one's.
func (w *worker) countWords(text string, doc int32) int {
	w.seen, w.dropped = w.seen[:0], Dropped{}
	lo, hi := 0, len(text)
	if !w.set.an.KeepBoilerplate {
		lo, hi = Boilerplate(text)
	}
	w.quotes, w.qi = nil, 0
	voices := w.set.an.Voices
	if voices != AllVoices {
		return w.countVoices(text, doc, lo, hi, voices)
	}
	sc := scanner{text: text}
	n := 0
	hot := w.local.hot
	for start, end, ok := sc.nextWord(); ok; start, end, ok = sc.nextWord() {
		if start < lo || start >= hi {
			w.dropped.Boilerplate++
			continue
		}
		if voices != AllVoices && !voices.Has(w.voiceAt(start)) {
			w.dropped.Voice++
			continue
		}
		// The most frequent words are in the local cache's small direct-mapped table: look
		// there first, inline (as surfTable.find would, for a surface of up to 8 bytes).
		var e slot
		found := false
		if n := end - start; n <= 8 && start+8 <= len(text) && hot != nil {
			b := text[start : start+8]
			k := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			k &= ^uint64(0) >> (64 - 8*uint(n))
			if he := hot[uint32(k*0x9E3779B97F4A7C15>>32)&(hotSize-1)]; he.id != 0 && he.key == k {
				e, found = he, true
			}
		}
		if !found {
			e = w.surfaceAt(text, start, end)
		}
		if e.data < 0 {
			w.countDrop(uint8(-e.data))
			continue
		}
		lid := e.id - 1
		if st := &w.stats[lid]; st.last != doc {
			st.last, st.start = doc, st.n
			w.seen = append(w.seen, lid)
		}
		w.countSurface(lid)
		n++
	}
	return n
}

// tokens appends every token of text, kept or dropped, to out.
// countVoices is countWords for the words of some voices: the text is segmented from the
// worker's tokens, and the tokens of the voices kept are counted from the segmenter's
// buffer, without a second scan.
func (w *worker) countVoices(text string, doc int32, lo, hi int, voices Voices) int {
	w.quotes, w.qi = w.segment(text, voices), 0
	n := 0
	quotes := w.quotes
	next := len(text) // where the next span starts
	if len(quotes) > 0 {
		next = quotes[0].Start
	}
	narrative := voices.Has(VoiceNarrative)
	for i := range w.vseg.toks {
		start := w.vseg.toks[i].start
		if start < lo || start >= hi {
			w.dropped.Boilerplate++
			continue
		}
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
					if !voices.Has(quotes[0].Voice) {
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
		lid := w.tlids[i]
		if data := w.sdata[lid]; data < 0 {
			w.countDrop(uint8(-data))
			continue
		}
		if st := &w.stats[lid]; st.last != doc {
			st.last, st.start = doc, st.n
			w.seen = append(w.seen, lid)
		}
		w.countSurface(lid)
		n++
	}
	return n
}

// vKnown and vCap are bits of worker.vflags above the segmenter's word flags: the flags are
// looked up, and the surface is capitalized.
const (
	vKnown uint32 = 1 << 31
	vCap   uint32 = 1 << 30

	_ uint32 = vCap - 2*wReflexive // (does not compile if the word flags reach vCap)
)

// segment runs the voice segmenter on text. Its tokens come from the worker's scan, and
// the segmenter's flags of each distinct surface are looked up once for the worker's life,
// not once per token; the local id of each token is left in w.tlids.
func (w *worker) segment(text string, want Voices) []Span {
	s := &w.vseg
	if s.lang == nil {
		s.lang = voiceLangOf(w.set.lang.name)
	}
	s.text, s.want = text, want
	toks, lids := s.toks[:0], w.tlids[:0]
	if want := len(text)/5 + 16; cap(toks) < want {
		// About one token per six bytes of English: sized once, not grown by copying.
		toks, lids = make([]stoken, 0, want), make([]int32, 0, want)
	}
	sc := scanner{text: text}
	hot := w.local.hot
	for start, end, ok := sc.nextSpan(); ok; start, end, ok = sc.nextSpan() {
		var e slot
		found := false
		if n := end - start; n <= 8 && start+8 <= len(text) && hot != nil {
			b := text[start : start+8]
			k := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			k &= ^uint64(0) >> (64 - 8*uint(n))
			if he := hot[uint32(k*0x9E3779B97F4A7C15>>32)&(hotSize-1)]; he.id != 0 && he.key == k {
				e, found = he, true
			}
		}
		if !found {
			e = w.surfaceAt(text, start, end)
			hot = w.local.hot
		}
		lid := e.id - 1
		f := w.vflags[lid]
		if f&vKnown == 0 {
			word := text[start:end]
			f = s.lang.wordFlags(word, &s.buf) | vKnown
			if isCapitalized(word) {
				f |= vCap
			}
			w.vflags[lid] = f
		}
		toks = append(toks, stoken{start: start, end: end, sentence: sc.sentence, clause: sc.clause,
			flags: f &^ (vKnown | vCap), cap: f&vCap != 0, poss: sc.pos > end})
		lids = append(lids, lid)
	}
	s.toks, w.tlids = toks, lids
	return s.segment()
}

func (w *worker) tokens(text string, out *[]Token) {
	lo, hi := 0, len(text)
	if !w.set.an.KeepBoilerplate {
		lo, hi = Boilerplate(text)
	}
	w.quotes, w.qi = w.segment(text, 0), 0
	w.ids, w.runs, w.dropped = w.ids[:0], w.runs[:0], Dropped{}
	sc := scanner{text: text}
	toks := w.toks[:0]
	for t, ok := sc.next(); ok; t, ok = sc.next() {
		if len(toks) > 0 && t.sentence != toks[0].sentence {
			w.sentence(text, toks, lo, hi, out, false)
			toks = toks[:0]
		}
		toks = append(toks, t)
	}
	if len(toks) > 0 {
		w.sentence(text, toks, lo, hi, out, false)
	}
	w.toks = toks[:0]
}

// voiceAt returns the voice at byte pos; positions must come in increasing order.
func (w *worker) voiceAt(pos int) Voice {
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
	}
}

// sentence handles the tokens of one sentence: drops, protected phrases, and the kept
// terms with their runs for n-grams. With out set it lists every token instead of counting.
func (w *worker) sentence(text string, toks []rawToken, lo, hi int, out *[]Token, count bool) {
	ks := w.kept[:0]
	voices := w.set.an.Voices
	track := voices != AllVoices || out != nil
	drop := func(reason uint8, t rawToken, voice Voice) {
		if out != nil {
			tk := Token{Start: t.start, End: t.end, Sentence: t.sentence, Clause: t.clause, Dropped: dropNames[reason], Voice: voice}
			if reason == dropVoice {
				// The term it would have counted as, for evidence of what a voice says.
				if e := w.surfaceAt(text, t.start, t.end); e.data >= 0 {
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
		if t.start < lo || t.start >= hi {
			drop(dropBoilerplate, t, VoiceNarrative)
			i++
			continue
		}
		voice := VoiceNarrative
		if track {
			voice = w.voiceAt(t.start)
			if !voices.Has(voice) {
				drop(dropVoice, t, voice)
				w.seg++
				i++
				continue
			}
		}
		e := w.surfaceAt(text, t.start, t.end)
		if w.set.phrases != nil {
			if m := w.matchPhrase(text, toks[i:], w.lower[e.id-1], hi); m > 0 {
				last := toks[i+m-1]
				words := make([]string, m)
				for k := range m {
					words[k] = w.lower[w.surfaceAt(text, toks[i+k].start, toks[i+k].end).id-1]
				}
				term := w.phrase(strings.Join(words, "_"))
				if out != nil {
					*out = append(*out, Token{Start: t.start, End: last.end, Sentence: t.sentence, Clause: t.clause, Term: w.key(term), Voice: voice})
				} else if count {
					s := text[t.start:last.end]
					h, k := w.phraseForms.hash(s)
					pe, ok := w.phraseForms.find(s, h, k)
					if !ok {
						pe = w.phraseForms.insert(s, h, k, term)
					}
					w.phraseForms.count[pe.id-1]++
				}
				ks = append(ks, kept{term: term, start: t.start, end: last.end, clause: t.clause, seg: w.seg})
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
			*out = append(*out, Token{Start: t.start, End: t.end, Sentence: t.sentence, Clause: t.clause, Term: w.key(e.data), Voice: voice})
		} else if count {
			w.countSurface(e.id - 1)
		}
		ks = append(ks, kept{term: e.data, start: t.start, end: t.end, clause: t.clause, seg: w.seg})
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

// phrase returns the term id of a protected phrase key.
func (w *worker) phrase(key string) int32 { return w.term(key) }

// matchPhrase returns how many tokens from toks[0] a protected phrase covers, or 0: its
// words follow one another in one clause with only white space between them, or a period
// after an abbreviation, or a possessive inside a name (see joinable).
func (w *worker) matchPhrase(text string, toks []rawToken, first string, hi int) int {
	for _, rest := range w.set.phrases[first] {
		if len(rest) >= len(toks) {
			continue
		}
		ok := true
		for k, word := range rest {
			t, prev := toks[k+1], toks[k]
			if t.start >= hi || t.clause != prev.clause || !joinable(text, prev.start, prev.end, t.start) ||
				w.lower[w.surfaceAt(text, t.start, t.end).id-1] != word {
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
