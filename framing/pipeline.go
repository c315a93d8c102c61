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
)

var dropNames = [...]string{"", "stop", "number", "boilerplate"}

// surface is one distinct surface string (or, for n-grams and phrases, span) and what it
// counts as.
type surface struct {
	text  string // a copy, so the profile does not pin the documents
	lower string // normalized form (single tokens only)
	term  int32  // index into pipeline.terms; -1 if dropped
	drop  uint8
	count int
}

// termEntry is one counted term.
type termEntry struct {
	key     string
	n       int // 1 for words and phrases, else the n-gram order
	count   int
	df      int
	lastDoc int
}

type kept struct {
	term, surf int32
	start, end int
	clause     int
}

// pipeline is an Analyzer compiled for one language, with the caches and counts of one
// Counter. It is not safe for concurrent use.
type pipeline struct {
	an        Analyzer
	lang      language
	stopExtra map[string]bool
	stopOnly  map[string]bool // replaces lang.stop when non-nil
	protected map[string]bool
	phrases   map[string][][]string // first word -> remaining words, longest first

	surf      map[string]int32    // single-token surface -> index into surfaces
	spanSurf  [4]map[string]int32 // order (1 = phrases, 2, 3) -> span surface -> index
	surfaces  []surface
	termIndex map[string]int32
	ngramIdx  map[[3]int32]int32
	terms     []termEntry

	docs    int
	totals  [3]int
	dropped Dropped

	toks []rawToken
	kept []kept
}

func compile(an *Analyzer, lang language) (*pipeline, error) {
	if err := an.check(); err != nil {
		return nil, err
	}
	p := &pipeline{
		an:        *an,
		lang:      lang,
		surf:      make(map[string]int32),
		termIndex: make(map[string]int32),
	}
	p.an.Language = lang.name
	russian := lang.name == "russian"
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
		out = append(out, normalize(s[t.start:t.end], p.lang.name == "russian"))
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

// surfaceID returns the index of a single-token surface, classifying it on first sight.
func (p *pipeline) surfaceID(s string) int32 {
	if id, ok := p.surf[s]; ok {
		return id
	}
	lower := normalize(s, p.lang.name == "russian")
	sf := surface{text: strings.Clone(s), lower: lower, term: -1}
	switch {
	case p.protected[lower]:
		sf.term = p.termID(lower, 1)
	case isNumber(lower) && !p.an.KeepNumbers:
		sf.drop = dropNumber
	case p.isStop(lower):
		sf.drop = dropStop
	default:
		key := lower
		if !p.an.NoStem && !isNumber(lower) && !strings.Contains(lower, ".") {
			if st := p.lang.stem(lower, true); st != "" {
				key = st
			}
		}
		sf.term = p.termID(key, 1)
	}
	if lower == sf.text {
		sf.lower = sf.text // share the copy
	}
	id := int32(len(p.surfaces))
	p.surfaces = append(p.surfaces, sf)
	p.surf[sf.text] = id
	return id
}

func (p *pipeline) termID(key string, n int) int32 {
	if id, ok := p.termIndex[key]; ok {
		return id
	}
	id := int32(len(p.terms))
	p.terms = append(p.terms, termEntry{key: key, n: n, lastDoc: -1})
	p.termIndex[key] = id
	return id
}

// spanID returns the index of a multi-token span surface of the given order (1 = phrase).
func (p *pipeline) spanID(order int, s string, term int32) int32 {
	m := p.spanSurf[order]
	if m == nil {
		m = make(map[string]int32)
		p.spanSurf[order] = m
	}
	if id, ok := m[s]; ok {
		return id
	}
	id := int32(len(p.surfaces))
	c := strings.Clone(s)
	p.surfaces = append(p.surfaces, surface{text: c, term: term})
	m[c] = id
	return id
}

// run analyzes one text. If out is non-nil, every token is appended to it; otherwise the
// kept terms are counted as document number doc.
func (p *pipeline) run(text string, doc int, out *[]Token) {
	lo, hi := 0, len(text)
	if !p.an.KeepBoilerplate {
		lo, hi = Boilerplate(text)
	}
	sc := scanner{text: text}
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

func (p *pipeline) sentence(text string, toks []rawToken, lo, hi, doc int, out *[]Token) {
	ks := p.kept[:0]
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.start < lo || t.start >= hi {
			p.drop(dropBoilerplate, t, out)
			i++
			continue
		}
		id := p.surfaceID(text[t.start:t.end])
		if p.phrases != nil {
			if m := p.matchPhrase(text, toks[i:], p.surfaces[id].lower, hi); m > 0 {
				last := toks[i+m-1]
				words := make([]string, m)
				for k := range m {
					words[k] = p.surfaces[p.surfaceID(text[toks[i+k].start:toks[i+k].end])].lower
				}
				term := p.termID(strings.Join(words, "_"), 1)
				sid := p.spanID(1, text[t.start:last.end], term)
				ks = append(ks, kept{term: term, surf: sid, start: t.start, end: last.end, clause: t.clause})
				if out != nil {
					*out = append(*out, Token{Start: t.start, End: last.end, Sentence: t.sentence, Clause: t.clause, Term: p.terms[term].key})
				}
				i += m
				continue
			}
		}
		sf := &p.surfaces[id]
		if sf.term < 0 {
			p.drop(sf.drop, t, out)
			i++
			continue
		}
		ks = append(ks, kept{term: sf.term, surf: id, start: t.start, end: t.end, clause: t.clause})
		if out != nil {
			*out = append(*out, Token{Start: t.start, End: t.end, Sentence: t.sentence, Clause: t.clause, Term: p.terms[sf.term].key})
		}
		i++
	}
	p.kept = ks
	if out == nil {
		p.count(text, ks, doc)
	}
}

func (p *pipeline) drop(reason uint8, t rawToken, out *[]Token) {
	if out != nil {
		*out = append(*out, Token{Start: t.start, End: t.end, Sentence: t.sentence, Clause: t.clause, Dropped: dropNames[reason]})
		return
	}
	switch reason {
	case dropStop:
		p.dropped.Stop++
	case dropNumber:
		p.dropped.Number++
	case dropBoilerplate:
		p.dropped.Boilerplate++
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
			if t.start >= hi || p.surfaces[p.surfaceID(text[t.start:t.end])].lower != w {
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

func (p *pipeline) count(text string, ks []kept, doc int) {
	for _, k := range ks {
		t := &p.terms[k.term]
		t.count++
		if t.lastDoc != doc {
			t.df++
			t.lastDoc = doc
		}
		p.surfaces[k.surf].count++
	}
	p.totals[0] += len(ks)
	for n := 2; n <= p.an.maxN(); n++ {
		for j := 0; j+n <= len(ks); j++ {
			first, last := ks[j], ks[j+n-1]
			if first.clause != last.clause {
				continue
			}
			key := [3]int32{-1, -1, -1}
			for k := range n {
				key[k] = ks[j+k].term
			}
			id, ok := p.ngramIdx[key]
			if !ok {
				parts := make([]string, n)
				for k := range n {
					parts[k] = p.terms[key[k]].key
				}
				id = p.termID(strings.Join(parts, " "), n)
				p.ngramIdx[key] = id
			}
			t := &p.terms[id]
			t.count++
			if t.lastDoc != doc {
				t.df++
				t.lastDoc = doc
			}
			p.surfaces[p.spanID(n, text[first.start:last.end], id)].count++
			p.totals[n-1]++
		}
	}
}
