package framing

import (
	"slices"
	"strings"
)

// Reasons a token is dropped.
const (
	dropNone uint8 = iota
	dropStop
	dropNumber
	dropBoilerplate
	dropVoice
)

var dropNames = [...]string{"", "stop", "number", "boilerplate", "voice"}

// kept is a counted token of the current sentence, for n-grams.
type kept struct {
	term       int32
	start, end int
	clause     int
	seg        int // n-grams stay within one segment: a dropped quotation ends one
}

// termCount is the running count of one term.
type termCount struct {
	count, df, last int
}

// pipeline is an Analyzer compiled for one language, with the caches and counts of one
// Counter. It is not safe for concurrent use.
//
// Its tables are laid out for the hot loop: one hash probe per token into a small slot
// array, then a handful of int32 slices indexed by surface and term (structure of arrays,
// so that the working set stays in cache).
type pipeline struct {
	an        Analyzer
	lang      language
	russian   bool
	stopExtra map[string]bool
	stopOnly  map[string]bool // replaces lang.stop when non-nil
	protected map[string]bool
	phrases   map[string][][]string // first word -> remaining words, longest first

	// Single-token surfaces, by id, and their normalized forms (kept only when protected
	// phrases need them).
	surf   surfTable
	slower []string

	// Multi-token spans (phrases, order 1; n-grams, 2 and 3): their own surfaces.
	spans [4]surfTable

	// Terms, by id.
	termIndex  surfTable // term keys; the record's term field is unused
	ngramIdx   map[[3]int32]int32
	tkey       []string
	tsrc       []int32 // where the key comes from (see newTerm)
	ngramParts [][3]int32
	tn         []uint8
	tstat      []termCount

	docs    int
	totals  [3]int
	dropped Dropped

	toks []rawToken
	kept []kept

	// The current text's quotations, when voices matter, and a cursor into them.
	quotes  []Span
	spanIdx int
	seg     int

	// With record set, every counted occurrence's term id is appended to hits (for
	// document-term matrices).
	record bool
	hits   []int32
}

func compile(an *Analyzer, lang language) (*pipeline, error) {
	if err := an.check(); err != nil {
		return nil, err
	}
	p := &pipeline{
		an:      *an,
		lang:    lang,
		russian: lang.name == "russian",
	}
	p.an.Language = lang.name
	russian := p.russian
	if an.StopWords != nil {
		p.stopOnly = make(map[string]bool, len(an.StopWords))
		for _, w := range an.StopWords {
			p.stopOnly[normalize(strings.TrimSpace(w), russian)] = true
		}
	}
	for _, w := range an.ExtraStopWords {
		if p.stopExtra == nil {
			p.stopExtra = make(map[string]bool)
		}
		p.stopExtra[normalize(strings.TrimSpace(w), russian)] = true
	}
	for _, entry := range an.Protected {
		words := p.words(entry)
		switch len(words) {
		case 0:
			return nil, errorf(ErrOption, "Analyzer.Protected entry %q has no word", entry)
		case 1:
			if p.protected == nil {
				p.protected = make(map[string]bool)
			}
			p.protected[words[0]] = true
		default:
			if p.phrases == nil {
				p.phrases = make(map[string][][]string)
			}
			p.phrases[words[0]] = append(p.phrases[words[0]], words[1:])
		}
	}
	for _, rest := range p.phrases {
		slices.SortStableFunc(rest, func(a, b []string) int { return len(b) - len(a) })
	}
	if an.maxN() > 1 {
		p.ngramIdx = make(map[[3]int32]int32)
	}
	return p, nil
}

// words tokenizes and normalizes a protected entry.
func (p *pipeline) words(s string) []string {
	var out []string
	sc := scanner{text: s}
	for t, ok := sc.next(); ok; t, ok = sc.next() {
		out = append(out, normalize(s[t.start:t.end], p.russian))
	}
	return out
}

func (p *pipeline) isStop(w string) bool {
	if p.an.KeepStopWords {
		return false
	}
	if p.stopExtra[w] {
		return true
	}
	if p.stopOnly != nil {
		return p.stopOnly[w]
	}
	return p.lang.stop(w)
}

// surfaceID returns the slot of a single-token surface, classifying it on first sight.
// The slot's data is the term id, or minus the drop reason.
func (p *pipeline) surfaceID(s string) slot {
	h, key := p.surf.hash(s)
	if e, ok := p.surf.find(s, h, key); ok {
		return e
	}
	return p.newSurface(s, h, key)
}

// surfaceAt is surfaceID(text[start:end]), faster for short surfaces.
func (p *pipeline) surfaceAt(text string, start, end int) slot {
	h, key := p.surf.hashAt(text, start, end)
	s := text[start:end]
	if e, ok := p.surf.find(s, h, key); ok {
		return e
	}
	return p.newSurface(s, h, key)
}

func (p *pipeline) newSurface(s string, h uint32, key uint64) slot {
	lower := normalize(s, p.russian)
	var data int32
	switch {
	case p.protected[lower]:
		data = p.termID(lower, 1)
	case isNumber(lower) && !p.an.KeepNumbers:
		data = -int32(dropNumber)
	case p.isStop(lower):
		data = -int32(dropStop)
	default:
		k := lower
		if !p.an.NoStem && !isNumber(lower) && !strings.Contains(lower, ".") {
			if st := p.lang.stem(lower, true); st != "" {
				k = st
			}
		}
		data = p.termID(k, 1)
	}
	e := p.surf.insert(s, h, key, data)
	if p.phrases != nil {
		p.slower = append(p.slower, strings.Clone(lower))
	}
	return e
}

func (p *pipeline) termID(key string, n int) int32 {
	h, k := p.termIndex.hash(key)
	if e, ok := p.termIndex.find(key, h, k); ok {
		return e.data
	}
	id := p.newTerm(n, int32(p.termIndex.len()))
	p.termIndex.insert(key, h, k, id)
	return id
}

// newTerm adds a term of order n whose key comes from src: a termIndex id, or minus one
// minus an index into ngramParts.
func (p *pipeline) newTerm(n int, src int32) int32 {
	id := int32(len(p.tkey))
	p.tkey = append(p.tkey, "") // filled in by key
	p.tsrc = append(p.tsrc, src)
	p.tn = append(p.tn, uint8(n))
	p.tstat = append(p.tstat, termCount{last: -1})
	return id
}

// ngramTerm returns the term of the n-gram with the given component terms. N-gram keys
// ("western sanction") contain spaces, which unigram keys never do, so n-grams need no
// entry in termIndex: their keys are built only when asked for.
func (p *pipeline) ngramTerm(parts [3]int32, n int) int32 {
	if id, ok := p.ngramIdx[parts]; ok {
		return id
	}
	id := p.newTerm(n, -1-int32(len(p.ngramParts)))
	p.ngramParts = append(p.ngramParts, parts)
	p.ngramIdx[parts] = id
	return id
}

// key returns the key of term id.
func (p *pipeline) key(id int32) string {
	if p.tkey[id] != "" {
		return p.tkey[id]
	}
	if src := p.tsrc[id]; src >= 0 {
		p.tkey[id] = p.termIndex.text(src)
	} else {
		parts := p.ngramParts[-1-src]
		words := make([]string, 0, 3)
		for k := 0; k < int(p.tn[id]); k++ {
			words = append(words, p.key(parts[k]))
		}
		p.tkey[id] = strings.Join(words, " ")
	}
	return p.tkey[id]
}

// countSpan counts one occurrence of a multi-token span surface of the given order
// (1 = phrase) for term.
func (p *pipeline) countSpan(order int, s string, term int32) {
	t := &p.spans[order]
	h, key := t.hash(s)
	e, ok := t.find(s, h, key)
	if !ok {
		e = t.insert(s, h, key, term)
	}
	t.count[e.id-1]++
}

// hit counts one occurrence of a term in document doc.
func (p *pipeline) hit(term int32, doc int) {
	if p.record {
		p.hits = append(p.hits, term)
	}
	t := &p.tstat[term]
	t.count++
	if t.last != doc {
		t.df++
		t.last = doc
	}
}

// run analyzes one text. If out is non-nil, every token is appended to it; otherwise the
// kept terms are counted as document number doc.
func (p *pipeline) run(text string, doc int, out *[]Token) {
	lo, hi := 0, len(text)
	if !p.an.KeepBoilerplate {
		lo, hi = Boilerplate(text)
	}
	sc := scanner{text: text}
	p.quotes, p.spanIdx = nil, 0
	if p.an.Voices != AllVoices || out != nil {
		p.quotes = Quotes(text, p.lang.name)
	}
	if out == nil && p.phrases == nil && p.an.maxN() == 1 {
		// The fast path: unigrams, counted as they come.
		n := 0
		voices := p.an.Voices
		for start, end, ok := sc.nextSpan(); ok; start, end, ok = sc.nextSpan() {
			if start < lo || start >= hi {
				p.dropped.Boilerplate++
				continue
			}
			if voices != AllVoices && !voices.Has(p.voiceAt(start)) {
				p.dropped.Voice++
				continue
			}
			e := p.surfaceAt(text, start, end)
			if e.data < 0 {
				p.countDrop(uint8(-e.data))
				continue
			}
			p.hit(e.data, doc)
			p.surf.count[e.id-1]++
			n++
		}
		p.totals[0] += n
		return
	}
	toks := p.toks[:0]
	for t, ok := sc.next(); ok; t, ok = sc.next() {
		if len(toks) > 0 && t.sentence != toks[0].sentence {
			p.sentence(text, toks, lo, hi, doc, out)
			toks = toks[:0]
		}
		toks = append(toks, t)
	}
	if len(toks) > 0 {
		p.sentence(text, toks, lo, hi, doc, out)
	}
	p.toks = toks[:0]
}

// voiceAt returns the voice at byte pos; positions must come in increasing order.
func (p *pipeline) voiceAt(pos int) Voice {
	for p.spanIdx < len(p.quotes) && p.quotes[p.spanIdx].End <= pos {
		p.spanIdx++
	}
	if p.spanIdx < len(p.quotes) && p.quotes[p.spanIdx].Start <= pos {
		return p.quotes[p.spanIdx].Voice
	}
	return VoiceOwn
}

func (p *pipeline) sentence(text string, toks []rawToken, lo, hi, doc int, out *[]Token) {
	ks := p.kept[:0]
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.start < lo || t.start >= hi {
			p.drop(dropBoilerplate, t, out, VoiceOwn)
			i++
			continue
		}
		voice := VoiceOwn
		if p.an.Voices != AllVoices || out != nil {
			voice = p.voiceAt(t.start)
			if !p.an.Voices.Has(voice) {
				p.drop(dropVoice, t, out, voice)
				p.seg++
				i++
				continue
			}
		}
		e := p.surfaceID(text[t.start:t.end])
		if p.phrases != nil {
			if m := p.matchPhrase(text, toks[i:], p.slower[e.id-1], hi); m > 0 {
				last := toks[i+m-1]
				words := make([]string, m)
				for k := range m {
					words[k] = p.slower[p.surfaceID(text[toks[i+k].start:toks[i+k].end]).id-1]
				}
				term := p.termID(strings.Join(words, "_"), 1)
				if out != nil {
					*out = append(*out, Token{Start: t.start, End: last.end, Sentence: t.sentence, Clause: t.clause, Term: p.key(term), Voice: voice})
				} else {
					p.hit(term, doc)
					p.countSpan(1, text[t.start:last.end], term)
				}
				ks = append(ks, kept{term: term, start: t.start, end: last.end, clause: t.clause, seg: p.seg})
				i += m
				continue
			}
		}
		term := e.data
		if term < 0 {
			p.drop(uint8(-term), t, out, voice)
			i++
			continue
		}
		if out != nil {
			*out = append(*out, Token{Start: t.start, End: t.end, Sentence: t.sentence, Clause: t.clause, Term: p.key(term), Voice: voice})
		} else {
			p.hit(term, doc)
			p.surf.count[e.id-1]++
		}
		ks = append(ks, kept{term: term, start: t.start, end: t.end, clause: t.clause, seg: p.seg})
		i++
	}
	p.kept = ks
	if out == nil {
		p.totals[0] += len(ks)
		p.countNGrams(text, ks, doc)
	}
}

func (p *pipeline) drop(reason uint8, t rawToken, out *[]Token, voice Voice) {
	if out != nil {
		*out = append(*out, Token{Start: t.start, End: t.end, Sentence: t.sentence, Clause: t.clause, Dropped: dropNames[reason], Voice: voice})
		return
	}
	p.countDrop(reason)
}

func (p *pipeline) countDrop(reason uint8) {
	switch reason {
	case dropStop:
		p.dropped.Stop++
	case dropNumber:
		p.dropped.Number++
	case dropBoilerplate:
		p.dropped.Boilerplate++
	case dropVoice:
		p.dropped.Voice++
	}
}

// matchPhrase returns how many tokens from toks[0] a protected phrase covers, or 0.
func (p *pipeline) matchPhrase(text string, toks []rawToken, first string, hi int) int {
	for _, rest := range p.phrases[first] {
		if len(rest) >= len(toks) {
			continue
		}
		ok := true
		for k, w := range rest {
			t := toks[k+1]
			if t.start >= hi || p.slower[p.surfaceID(text[t.start:t.end]).id-1] != w {
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

func (p *pipeline) countNGrams(text string, ks []kept, doc int) {
	for n := 2; n <= p.an.maxN(); n++ {
		for j := 0; j+n <= len(ks); j++ {
			first, last := ks[j], ks[j+n-1]
			if first.clause != last.clause || first.seg != last.seg {
				continue
			}
			key := [3]int32{-1, -1, -1}
			for k := range n {
				key[k] = ks[j+k].term
			}
			id := p.ngramTerm(key, n)
			p.hit(id, doc)
			p.countSpan(n, text[first.start:last.end], id)
			p.totals[n-1]++
		}
	}
}
