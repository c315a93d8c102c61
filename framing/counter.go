package framing

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/framediff/framediff/corpus"
)

// A Counter builds a profile one document at a time, so that a corpus larger than memory
// can be streamed through it. Set Analyzer (and Vocabulary, to share one) before the first
// Add and do not change them after. The zero value counts with the zero Analyzer and a
// vocabulary of its own.
//
// A Counter is not safe for concurrent use: give each goroutine its own, over one shared
// [Vocabulary], and [Merge] their profiles, which then merge by adding arrays.
type Counter struct {
	Analyzer Analyzer // the settings to count with
	// Vocabulary, if set, is the vocabulary the counter interns its surfaces and terms in:
	// share one between the counters whose profiles you will merge. Nil means a private one.
	Vocabulary *Vocabulary

	set     *settings
	w       *worker
	uni     []termCount // by term id
	df      []int32     // document frequency by term id, when counting words only (see words)
	ng      [2]*ngramTable
	totals  [3]int
	dropped Dropped
	docs    int
}

// Add counts a document in its language (see [Analyzer.Language]). All documents of one
// Counter must resolve to the same language; a document in another returns an error
// wrapping [ErrMismatch] and is not counted.
func (c *Counter) Add(doc corpus.Document) error {
	if err := c.init(doc.Language); err != nil {
		return fmt.Errorf("%w (document %q)", err, doc.ID)
	}
	c.count(doc.Text)
	return nil
}

// AddText counts a text in the Analyzer's language (English if unset).
func (c *Counter) AddText(text string) error {
	if err := c.init(""); err != nil {
		return err
	}
	c.count(text)
	return nil
}

func (c *Counter) init(docLang string) error {
	lang, err := c.Analyzer.resolved(docLang)
	if err != nil {
		return err
	}
	if c.set != nil {
		if c.set.lang.name != lang.name {
			return errorf(ErrMismatch, "a document in %s, and this Counter has counted %s ones: a Counter (and the Profile it makes) holds one language; count each language with its own Counter", lang.name, c.set.lang.name)
		}
		return nil
	}
	set, err := compileSettings(&c.Analyzer, lang)
	if err != nil {
		return err
	}
	if c.Vocabulary == nil {
		c.Vocabulary = &Vocabulary{}
	}
	if err := c.Vocabulary.use(set); err != nil {
		if held := vocabularyLanguage(c.Vocabulary); held != lang.name {
			return errorf(ErrMismatch, "a document in %s, and the vocabulary holds %s terms: a Vocabulary (and the profiles counted over it) holds one language; count each language over its own", lang.name, held)
		}
		return err
	}
	c.set, c.w = set, newWorker(set, c.Vocabulary)
	return nil
}

// vocabularyLanguage returns the language of the settings v is bound to, "" if none.
func vocabularyLanguage(v *Vocabulary) string {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.set == nil {
		return ""
	}
	return v.set.lang.name
}

// reserve sizes the counter's tables for texts of size bytes in all.
func (c *Counter) reserve(size int) { c.reserveRun(size, size) }

// reserveRun sizes the counter's tables for texts of size bytes in all, counted over a
// vocabulary shared with other counters that count run bytes in all (size among them): the
// vocabulary's tables, and the worker's arrays and c.df, which are indexed by the run's
// surface and term ids and grow to the run's vocabulary, for run; the counter's own n-gram
// tables for size.
func (c *Counter) reserveRun(size, run int) {
	c.w.reserve(run)
	if c.words() && c.df == nil {
		c.df = make([]int32, 0, heapsRoom(run)*2/3) // as worker.reserve's terms
	}
	// Distinct bigrams and trigrams grow about linearly with the text in news English: one
	// of each per 16 to 20 bytes (BBC News: 244,000 and 266,000 in 5 MB).
	for n := 2; n <= c.set.maxN; n++ {
		if c.ng[n-2] == nil {
			c.ng[n-2] = &ngramTable{}
			c.ng[n-2].reserve(size / 16)
		}
	}
}

// words reports whether the counter counts words only (no protected phrases, no n-grams):
// then the counts of terms come from those of their surfaces, and c.df holds their document
// frequencies (half the memory of c.uni, which the hot loop then never touches).
func (c *Counter) words() bool { return c.set.phrases == nil && c.set.maxN == 1 }

func (c *Counter) count(text string) {
	w := c.w
	c.docs++
	if c.words() {
		c.addSeen(w.countWords(text))
		return
	}
	doc := int32(c.docs) // the document's number plus one: 0 means none
	w.analyze(text, true)
	if n := c.Vocabulary.Len(); n > len(c.uni) {
		c.uni = slices.Grow(c.uni, n-len(c.uni))[:n]
	}
	uni := c.uni
	for _, id := range w.ids {
		t := &uni[id]
		t.count++
		if t.last != doc {
			t.df++
			t.last = doc
		}
	}
	c.totals[0] += len(w.ids)
	for n := 2; n <= c.set.maxN; n++ {
		if c.ng[n-2] == nil {
			c.ng[n-2] = &ngramTable{}
		}
		tab := c.ng[n-2]
		for j := 0; j+n <= len(w.ids); j++ {
			if w.runs[j] != w.runs[j+n-1] {
				continue
			}
			t := tab.stat(w.ids[j : j+n])
			t.count++
			if t.last != doc {
				t.df++
				t.last = doc
			}
			c.totals[n-1]++
		}
	}
	c.dropped.add(w.dropped)
}

// addSeen adds the document the worker counted last, n words, when the counter counts
// words only: the document frequencies of the terms in w.seenTerm, and the words and drops.
func (c *Counter) addSeen(n int) {
	w := c.w
	if v := c.Vocabulary.Len(); v > len(c.df) {
		c.df = slices.Grow(c.df, v-len(c.df))[:v]
	}
	df := c.df
	for _, id := range w.seenTerm {
		df[id]++
	}
	c.totals[0] += n
	c.dropped.add(w.dropped)
}

// Profile returns the profile of the documents added so far. The Counter stays usable.
// Before any Add it returns an empty profile of the Analyzer's language, or an error if the
// Analyzer is invalid.
func (c *Counter) Profile() (*Profile, error) { return c.profile(false) }

// profile is Profile; with steal set, the counter's n-gram tables go to the profile without
// a copy, and the counter must not be used again.
func (c *Counter) profile(steal bool) (*Profile, error) {
	if c.set == nil {
		if err := c.init(""); err != nil {
			return nil, err
		}
	}
	p := &Profile{an: c.set.an, docs: c.docs, totals: append([]int(nil), c.totals[:c.set.maxN]...), dropped: c.dropped}
	ids := &idCounts{vocab: c.Vocabulary, uni: touched[termCount](c.Vocabulary.Len())}
	if c.words() {
		for id, df := range c.df {
			ids.uni[id].df = df
		}
	} else {
		for id, t := range c.uni {
			ids.uni[id] = termCount{count: t.count, df: t.df}
		}
	}
	for _, s := range []surfaceCounts{c.w.surfaces(), c.w.phraseForms.snapshot()} {
		if len(s.counts) > 0 {
			ids.surf = append(ids.surf, s)
		}
	}
	if c.words() && len(ids.surf) > 0 {
		// Term counts are the sums of their surfaces' counts.
		s := &ids.surf[0]
		for sid, n := range s.counts {
			if n > 0 {
				ids.uni[s.term(sid)].count += int64(n)
			}
		}
	}
	for k, t := range c.ng {
		if t != nil {
			if ids.ng[k] = t; !steal {
				ids.ng[k] = t.clone()
			}
		}
	}
	p.ids = ids
	return p, nil
}

// workers returns how many goroutines to analyze items of size bytes in all with: the
// number asked for, or by default one per processor but no more than one per 256 KiB
// (below that, starting a worker costs more than it saves).
func (an *Analyzer) workers(size, items int) int {
	if an.Workers > 0 {
		return max(1, min(an.Workers, items))
	}
	return max(1, min(runtime.GOMAXPROCS(0), items, size/(256<<10)))
}

// Profile counts docs into a new profile, with up to [Analyzer.Workers] goroutines over
// one shared vocabulary. Their order, and the number of workers, do not change the result.
// Documents must all resolve to one language (that of the first); otherwise the error names
// the first document, in the order given, that does not.
func (an *Analyzer) Profile(docs ...corpus.Document) (*Profile, error) {
	size, lang := 0, ""
	for i := range docs {
		size += len(docs[i].Text)
	}
	if len(docs) > 0 {
		lang = docs[0].Language
	}
	return an.countParallel(lang, len(docs), size, func(c *Counter, i int) error { return c.Add(docs[i]) })
}

// Profiles counts each group of documents into a profile of its own, all over one shared
// [Vocabulary], so that they compare and merge by term id: the sides of a comparison, say.
// Groups are counted in parallel (up to [Analyzer.Workers] at once), each group's
// documents in order. All documents must resolve to one language (that of the first); the
// error names the first document, group by group, that does not.
func (an *Analyzer) Profiles(groups ...[]corpus.Document) ([]*Profile, error) {
	lang := ""
	for _, g := range groups {
		if len(g) > 0 {
			lang = g[0].Language
			break
		}
	}
	v := &Vocabulary{}
	counters := make([]Counter, len(groups))
	sizes, run := make([]int, len(groups)), 0
	for i, g := range groups {
		for _, d := range g {
			sizes[i] += len(d.Text)
		}
		run += sizes[i]
	}
	for i := range counters {
		counters[i] = Counter{Analyzer: *an, Vocabulary: v}
		if err := counters[i].init(lang); err != nil {
			return nil, err
		}
		if len(groups) <= 2 {
			// The two sides of a comparison: each counter's arrays by run id grow to most of
			// the run's vocabulary, so they are sized for it at once. With many groups (a
			// document each, as report's document frequencies count them) most counters see
			// few of the run's ids, and sizing each for the run would cost groups × run.
			counters[i].reserveRun(sizes[i], run)
		} else {
			counters[i].reserve(sizes[i])
		}
	}
	errs := make([]error, len(groups))
	workers := an.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, len(groups))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(groups); i = int(next.Add(1) - 1) {
				for _, d := range groups[i] {
					if err := counters[i].Add(d); err != nil {
						errs[i] = err
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	out := make([]*Profile, len(groups))
	for i := range counters {
		if errs[i] != nil {
			return nil, errs[i]
		}
		p, err := counters[i].profile(true)
		if err != nil {
			return nil, err
		}
		out[i] = p
	}
	return out, nil
}

// ProfileTexts counts texts, in the Analyzer's language, into a new profile, as
// [Analyzer.Profile] does.
func (an *Analyzer) ProfileTexts(texts ...string) (*Profile, error) {
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	return an.countParallel("", len(texts), size, func(c *Counter, i int) error { return c.AddText(texts[i]) })
}

// countParallel counts items 0..n-1 (in language lang) with add, spread over workers that
// take the next item as they finish one, and merges their profiles.
func (an *Analyzer) countParallel(lang string, n, size int, add func(c *Counter, i int) error) (*Profile, error) {
	v := &Vocabulary{}
	workers := an.workers(size, n)
	if workers == 1 {
		// In the calling goroutine.
		c := Counter{Analyzer: *an, Vocabulary: v}
		if err := c.init(lang); err != nil {
			return nil, err
		}
		c.reserve(size)
		for i := range n {
			if err := add(&c, i); err != nil {
				return nil, err
			}
		}
		return c.profile(true)
	}
	counters := make([]Counter, workers)
	for k := range counters {
		counters[k] = Counter{Analyzer: *an, Vocabulary: v}
		if err := counters[k].init(lang); err != nil {
			return nil, err
		}
	}
	errs := make([]error, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := range counters {
		c := &counters[k]
		c.reserveRun(size/workers, size)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				errs[i] = add(c, i)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	profiles := make([]*Profile, workers)
	for k := range counters {
		p, err := counters[k].profile(true)
		if err != nil {
			return nil, err
		}
		profiles[k] = p
	}
	return Merge(profiles...)
}

// Tokens returns every token of text, kept or dropped, in order, analyzed in the
// Analyzer's language (English if unset). A protected phrase is one token spanning its
// words. N-grams are not listed: they are formed from consecutive kept tokens with the same
// Clause.
func (an *Analyzer) Tokens(text string) ([]Token, error) {
	if len(text) > MaxTokenDocument {
		return nil, fmt.Errorf("framing: a text of %d bytes is more than the %d Tokens reads (MaxTokenDocument): %w",
			len(text), MaxTokenDocument, ErrTooLarge)
	}
	lang, err := an.resolved("")
	if err != nil {
		return nil, err
	}
	w, err := an.newWorker(lang)
	if err != nil {
		return nil, err
	}
	out := make([]Token, 0, min(len(text)/6, 1<<20)+8) // about one token per six bytes of English
	w.tokens(text, &out)
	return out, nil
}

// newWorker returns a worker for lang over a private vocabulary.
func (an *Analyzer) newWorker(lang language) (*worker, error) {
	set, err := compileSettings(an, lang)
	if err != nil {
		return nil, err
	}
	v := &Vocabulary{}
	if err := v.use(set); err != nil {
		return nil, err
	}
	return newWorker(set, v), nil
}

// MaxTokenDocument is the longest document, in bytes, that the analyses keeping every
// token read (about 150 bytes of memory a token, or 25 a byte of English text). Counting
// has no such limit: a longer text is segmented a window at a time.
const MaxTokenDocument = 32 << 20

// docAnalyzer analyzes documents one at a time, each in its language, with one worker per
// language so that its caches carry over from document to document.
type docAnalyzer struct {
	an     *Analyzer
	byLang map[string]*worker
	// vocab, if set, is the vocabulary the workers intern in, shared with others (see
	// VoiceReport), when it counts with the analyzer's settings in the document's
	// language; else each worker has one of its own.
	vocab *Vocabulary
	// voiceless, with an analyzer that counts every voice, lists every token as narrative
	// without segmenting the text's voices, for a caller that reads no token's voice and
	// no worker's spans: the terms, drops and sentences are those of a segmented text,
	// as no voice is dropped. With any other voices it is ignored.
	voiceless bool
}

// tokens returns every token of d, kept or dropped, and the worker that produced them
// (whose quotes field then holds d's quotations).
func (da *docAnalyzer) tokens(d *corpus.Document) ([]Token, *worker, error) {
	return da.tokensInto(d, nil)
}

// tokensInto is tokens appending to buf[:0] (a new slice if buf is nil), for a caller that
// reuses one slice from one document to the next.
func (da *docAnalyzer) tokensInto(d *corpus.Document, buf []Token) ([]Token, *worker, error) {
	if len(d.Text) > MaxTokenDocument {
		return nil, nil, fmt.Errorf("framing: document %q has %d bytes, more than the %d a token-level analysis reads (MaxTokenDocument; count it with a Profile instead, or split it): %w",
			d.ID, len(d.Text), MaxTokenDocument, ErrTooLarge)
	}
	lang, err := da.an.resolved(d.Language)
	if err != nil {
		return nil, nil, fmt.Errorf("%w (document %q)", err, d.ID)
	}
	w := da.byLang[lang.name]
	if w == nil {
		if w, err = da.newWorker(lang); err != nil {
			return nil, nil, err
		}
		if da.byLang == nil {
			da.byLang = map[string]*worker{}
		}
		da.byLang[lang.name] = w
	}
	toks := buf[:0]
	if toks == nil {
		toks = make([]Token, 0, min(len(d.Text)/6, 1<<20)+8)
	}
	if da.voiceless && da.an.Voices == AllVoices {
		w.tokensVoiceless(d.Text, &toks)
	} else {
		w.tokens(d.Text, &toks)
	}
	return toks, w, nil
}

// listedTokens is one document's listing, handed by tokensInOrder to its callback.
type listedTokens struct {
	toks   []Token
	set    *settings
	quotes []Span
	err    error
}

// tokensInOrder lists the tokens of each of docs as docAnalyzer.tokens does (over an,
// voiceless as asked) and calls fn with them in the order of docs, with the settings and
// spans of the worker that listed them. Up to an.workers goroutines, each with a
// docAnalyzer of its own, list documents ahead of fn, no more than twice the number of
// goroutines in all (the memory of that many documents' tokens: a caller with many
// workers and very long documents holds more at once); fn runs in the calling goroutine.
// With several goroutines the tokens and spans fn is given are its own; with one, the
// spans are the worker's and last until fn returns. The first error in the order of
// docs, of a listing or of fn, is returned, and fn is not called for any later document.
// What fn sees does not depend on the number of workers. (Workers interning in one
// shared vocabulary instead of one each were slower: China Daily vs NYT, compare -loaded,
// 16.0 s of CPU against 14.0 s, medians of three alternated runs.)
func (an *Analyzer) tokensInOrder(docs []corpus.Document, voiceless bool, fn func(di int, toks []Token, set *settings, quotes []Span) error) error {
	size := 0
	for i := range docs {
		size += len(docs[i].Text)
	}
	workers := an.workers(size, len(docs))
	if workers == 1 {
		da := docAnalyzer{an: an, voiceless: voiceless}
		for di := range docs {
			toks, w, err := da.tokens(&docs[di])
			if err != nil {
				return err
			}
			if err := fn(di, toks, w.set, w.quotes); err != nil {
				return err
			}
		}
		return nil
	}
	out := make([]chan listedTokens, len(docs))
	for i := range out {
		out[i] = make(chan listedTokens, 1)
	}
	// A worker takes a slot before it takes the next document, and the loop below frees
	// it when it receives that document: documents are taken in order, so the one the
	// loop waits for is always taken or free to take.
	slots := make(chan struct{}, 2*workers)
	stop := make(chan struct{})
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			da := docAnalyzer{an: an, voiceless: voiceless}
			for {
				select {
				case <-stop:
					return
				default:
				}
				select {
				case slots <- struct{}{}:
				case <-stop:
					return
				}
				i := int(next.Add(1) - 1)
				if i >= len(docs) {
					<-slots
					return
				}
				toks, w, err := da.tokens(&docs[i])
				r := listedTokens{toks: toks, err: err}
				if err == nil {
					r.set, r.quotes = w.set, slices.Clone(w.quotes)
				}
				out[i] <- r
			}
		}()
	}
	defer func() {
		close(stop)
		wg.Wait()
	}()
	for di := range docs {
		r := <-out[di]
		<-slots
		if r.err != nil {
			return r.err
		}
		if err := fn(di, r.toks, r.set, r.quotes); err != nil {
			return err
		}
	}
	return nil
}

// newWorker returns a worker for lang over da.vocab if it counts with da's settings in lang,
// else over a private vocabulary.
func (da *docAnalyzer) newWorker(lang language) (*worker, error) {
	if da.vocab != nil {
		set, err := compileSettings(da.an, lang)
		if err != nil {
			return nil, err
		}
		if da.vocab.use(set) == nil {
			return newWorker(set, da.vocab), nil
		}
	}
	return da.an.newWorker(lang)
}
