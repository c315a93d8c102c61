package framing

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/framediff/framediff/corpus"
)

// CountOptions configures [CountEvents]. The zero value keeps document rows (for
// permutation tests) in memory up to 32 MiB and in the system's temporary folder beyond.
type CountOptions struct {
	// Progress, if set, is called from the calling goroutine as documents are read (about
	// every megabyte of text) with the documents and bytes of text read so far.
	Progress func(Progress) `json:"-"`
	// NoRows drops the per-document counts that the permutation test of [EventCounts.Pool]
	// needs: set it when no permutation test will be run.
	NoRows bool `json:"no_rows,omitempty"`
	// RowMemory is how many bytes of per-document counts are kept in memory before the
	// rest go to a temporary file (removed by Close); 0 means 32 MiB.
	RowMemory int `json:"row_memory,omitempty"`
	// TempDir is where that file goes; empty means [os.TempDir].
	TempDir string `json:"-"`
	// SideBy, if set, adds sides as the documents come: a document for which it returns a
	// name is also counted in the side of that name (say, its outlet, to compare outlets
	// without listing them first). These sides follow the fixed ones, sorted by name.
	SideBy func(corpus.Document) string `json:"-"`
	// Lexicons are counted too, per (event, side), as [Analyzer.LexiconProfile] counts
	// them: see [EventCounts.LexiconProfile]. Each costs a second look at every document.
	// A document longer than 128 KiB is looked at a window at a time, ending at a blank line
	// where it can; where a window must end inside a paragraph, a phrase cut in two there
	// is not matched (Analyzer.LexiconProfile, which reads a document whole, would). At
	// most 65,536 lexicons. Unless NoRows, each document's category counts are kept too,
	// for the permutation test of [EventCounts.PoolLexicon], in rows of their own (the
	// term rows and these then have half of RowMemory each, then the temporary folder).
	Lexicons []*Lexicon `json:"-"`
}

// Progress reports how far a long run has got.
type Progress struct {
	Documents int   `json:"documents"` // documents read
	Bytes     int64 `json:"bytes"`     // bytes of document text read
}

// EventCounts is a corpus reduced to what comparisons within and across events need: the
// word counts of every (event, side) over one [Vocabulary], and, for the permutation test,
// each document's counts in a compact form. Make one with [CountEvents], which reads the
// corpus once, in parallel, in memory proportional to the vocabulary rather than to the
// corpus; then compare sides within an event ([EventCounts.Compare], [EventCounts.Profile])
// or pool them across events ([EventCounts.Pool]).
//
// An EventCounts is safe for concurrent use. Close it to remove its temporary file, if it
// made one.
type EventCounts struct {
	an     Analyzer // settings, language resolved if the run has one language
	langs  []*langRun
	sides  []string
	slot   []int        // side index -> the bit of the side in document masks
	events []*eventData // sorted by name
	rows   []*rowStore
	noRows bool // made with CountOptions.NoRows
	lexs   []*Lexicon
	// lexRows are each document's lexicon counts, as rows whose terms are the categories
	// of every lexicon in order (lexicon 0's, then lexicon 1's, ...) and whose total is the
	// words the lexicons looked at: what PoolLexicon's permutation test relabels.
	lexRows []*rowStore
	// poolChunk, if not 0, replaces the constant poolChunk (for tests).
	poolChunk int

	// Documents counts the documents read; Unmatched those that belong to no side, which
	// are not counted.
	Documents int `json:"documents"`
	Unmatched int `json:"unmatched"`
}

// langRun is the part of a count in one language: its settings and vocabulary.
type langRun struct {
	set   *settings
	vocab *Vocabulary
	best  []string // each term's most frequent form over the run, by term id
	// own holds, by side slot, each single-word term's most frequent form on that side
	// over the run (see sideforms.go); nil if it was not kept.
	own [][]string
}

// eventData is what one event contributes.
type eventData struct {
	name  string
	index int
	run   *langRun // the language of the event's documents
	// recs are the counts of the event's sides: one record for each set of sides (slots)
	// that have the same documents, shared by them (a wire's document counts for the
	// wires and for its outlet, once); a side without documents has none. See side.
	recs []sideCounts
	// masks counts the event's documents by the set of sides (slots) they belong to.
	masks []maskCount
}

// maskCount is the number of an event's documents that belong to one set of sides.
type maskCount struct {
	mask uint64
	n    int
}

// addMask adds n documents to the event's count of the set of sides mask.
func (ev *eventData) addMask(mask uint64, n int) {
	for i := range ev.masks {
		if ev.masks[i].mask == mask {
			ev.masks[i].n += n
			return
		}
	}
	ev.masks = append(ev.masks, maskCount{mask, n})
}

// noCounts are the counts of a side without documents. They are never written.
var noCounts sideCounts

// side returns the counts of the side at slot s: its record, or, if the side has no
// documents in the event, empty counts that must not be written.
func (ev *eventData) side(s int) *sideCounts {
	for i := range ev.recs {
		if ev.recs[i].slots&(1<<s) != 0 {
			return &ev.recs[i]
		}
	}
	return &noCounts
}

// eachSide calls add with the record of each set of sides among mask that have had the
// same documents, to add a document of the sides of mask to it; a record shared with a
// side not in mask is copied first, a side without a record gets one. add must not keep
// its record: the next call may move it. The records of an event's sides do not depend on
// the order its documents come in: sides share one when, and only when, they have the
// same documents. The caller holds the event's lock (see CountEvents).
func (ev *eventData) eachSide(mask uint64, add func(sc *sideCounts)) {
	rest := mask
	for i, n := 0, len(ev.recs); i < n; i++ {
		in := ev.recs[i].slots & mask
		if in == 0 {
			continue
		}
		rest &^= in
		if in != ev.recs[i].slots {
			c := ev.recs[i].clone()
			c.slots = in
			ev.recs[i].slots &^= in
			ev.recs = append(ev.recs, c)
			add(&ev.recs[len(ev.recs)-1])
			continue
		}
		add(&ev.recs[i])
	}
	if rest != 0 {
		if ev.recs == nil {
			ev.recs = make([]sideCounts, 0, 2) // (most events have two sides or more)
		}
		ev.recs = append(ev.recs, sideCounts{slots: rest})
		add(&ev.recs[len(ev.recs)-1])
	}
}

// sideCounts are the word counts of one (event, side), or of several sides of an event
// that have the same documents. Many events of a few short documents each make many of
// these: they are kept small (96 bytes; 88 before the words of addresses were counted apart:
// a fifth 32-bit count, padded to 8 bytes), and what only some runs count is behind pointers.
type sideCounts struct {
	slots   uint64 // the sides (slots) whose counts these are
	counts  sparseCounts
	docs    int
	total   int64
	dropped droppedCounts
	lex     *sideLex    // when lexicons are counted
	ng      *sideNgrams // when n-grams are counted
}

// droppedCounts are the words of a [Dropped], each in 32 bits (an (event, side) keeps
// one, and the lexicon counts another).
type droppedCounts [5]uint32

// add adds d and reports false if a count would pass 2^32 - 1 (it is then left at that).
func (c *droppedCounts) add(d Dropped) bool {
	ok := true
	for i, v := range [5]int{d.Stop, d.Number, d.Boilerplate, d.Voice, d.Address} {
		sum := uint64(c[i]) + uint64(v)
		if v < 0 || sum > math.MaxUint32 {
			ok, sum = false, math.MaxUint32
		}
		c[i] = uint32(sum)
	}
	return ok
}

// get returns the counts as a Dropped.
func (c *droppedCounts) get() Dropped {
	return Dropped{Stop: int(c[0]), Number: int(c[1]), Boilerplate: int(c[2]), Voice: int(c[3]), Address: int(c[4])}
}

// clone returns a copy of sc that shares no memory with it.
func (sc *sideCounts) clone() sideCounts {
	c := *sc
	c.counts.slots = slices.Clone(sc.counts.slots)
	if sc.lex != nil {
		l := *sc.lex
		l.cats = slices.Clone(l.cats)
		c.lex = &l
	}
	if sc.ng != nil {
		ng := &sideNgrams{total: sc.ng.total}
		for k := range ng.tab {
			ng.tab[k] = *sc.ng.tab[k].clone()
		}
		c.ng = ng
	}
	return c
}

// sideNgrams are the n-grams of orders 2 and 3 of one (event, side) and their positions.
type sideNgrams struct {
	tab   [2]ngramTable
	total [2]int64
}

// lexCounts are the category counts of one lexicon in one document.
type lexCounts struct {
	cats    []int64 // by category
	words   int64   // words matching looked at
	dropped Dropped // words it skipped
}

// sideLex are the lexicon counts of one (event, side): the words looked at and those
// skipped, the same for every lexicon, and the categories found, sparsely (most sides of
// short documents find none or a few).
type sideLex struct {
	words   int64
	dropped droppedCounts
	cats    []lexCat // sorted by lexicon, then category
}

// lexCat is the count of one category of one lexicon in one (event, side), and the
// number of documents in which it was found, each in 32 bits (16 bytes: a corpus of many
// events has many).
type lexCat struct {
	count, df uint32
	cat       uint32
	lex       uint16 // (CountEvents takes at most 65,536 lexicons)
}

// find returns the position of the category cat of lexicon lex in l.cats, or where it
// would go, and whether it is there.
func (l *sideLex) find(lex, cat int) (int, bool) {
	return slices.BinarySearchFunc(l.cats, [2]int{lex, cat}, func(c lexCat, k [2]int) int {
		return cmp.Or(cmp.Compare(int(c.lex), k[0]), cmp.Compare(int(c.cat), k[1]))
	})
}

// add adds n (> 0) occurrences of a category in one document, and reports false if a
// count would pass 2^32 - 1 (it is then left at that).
func (l *sideLex) add(lex, cat int, n int64) bool {
	i, ok := l.find(lex, cat)
	if !ok {
		l.cats = slices.Insert(l.cats, i, lexCat{lex: uint16(lex), cat: uint32(cat)})
	}
	c := &l.cats[i]
	if sum := int64(c.count) + n; sum <= math.MaxUint32 && n >= 0 && c.df < math.MaxUint32 {
		c.count, c.df = uint32(sum), c.df+1
		return true
	}
	c.count = math.MaxUint32
	return false
}

// get returns the count of a category and the documents with it.
func (l *sideLex) get(lex, cat int) (count int64, df int) {
	if i, ok := l.find(lex, cat); ok {
		return int64(l.cats[i].count), int(l.cats[i].df)
	}
	return 0, 0
}

// maxSides bounds the sides of one count (documents carry a bit mask of their sides).
const maxSides = 64

// CountEvents reads docs once and counts each document's words into every (event, side)
// it belongs to; a document that belongs to none of sides is counted in Unmatched and
// otherwise left out. Documents are analyzed by up to [Analyzer.Workers] goroutines over one
// shared vocabulary; the result does not depend on their number or on the order of docs.
// N-grams are counted too when the analyzer asks for them (they take memory in proportion
// to their variety: a corpus's distinct trigrams run to millions); pooling and permutation
// tests use words (unigrams and protected phrases).
//
// docs yields documents as [corpus.Scan] and [corpus.Corpus.Docs] do; an error it yields
// stops the count and is returned. Documents are analyzed in their own language (or
// Analyzer.Language), each language with its own vocabulary; the documents of one event must
// share a language (an error wrapping [ErrMismatch] names the first that does not), and
// pooling across events needs them all in one. Sides must have unique names; at most 64.
// A document counted (one that belongs to a side) must have an ID and an event, or it is
// an error wrapping [corpus.ErrMissingField] that says which document it is: its documents
// are what an event's permutation test relabels, each once.
func CountEvents(an *Analyzer, docs iter.Seq2[corpus.Document, error], sides []corpus.Side, opts *CountOptions) (*EventCounts, error) {
	return countEvents(an, docs, sides, opts, true)
}

// countEvents is CountEvents; needIDs says whether a document counted needs an ID and an
// event (DocumentTest checks its split's IDs itself, and its event may have no name).
func countEvents(an *Analyzer, docs iter.Seq2[corpus.Document, error], sides []corpus.Side, opts *CountOptions, needIDs bool) (*EventCounts, error) {
	var o CountOptions
	if opts != nil {
		o = *opts
	}
	if o.RowMemory == 0 {
		o.RowMemory = 32 << 20
	}
	if len(sides) == 0 || len(sides) > maxSides || o.RowMemory < 0 {
		return nil, errorf(ErrOption, "CountEvents needs 1 to %d sides (got %d) and RowMemory >= 0", maxSides, len(sides))
	}
	names := make([]string, len(sides))
	for i, s := range sides {
		if s.Match == nil || slices.Contains(names[:i], s.Name) {
			return nil, errorf(ErrOption, "side %d (%q) has no Match function or repeats a name", i, s.Name)
		}
		names[i] = s.Name
	}
	if len(o.Lexicons) > 1<<16 {
		return nil, errorf(ErrOption, "CountOptions.Lexicons: %d lexicons, more than 65,536", len(o.Lexicons))
	}
	for i, lex := range o.Lexicons {
		if lex == nil {
			return nil, errorf(ErrOption, "CountOptions.Lexicons[%d] is nil", i)
		}
	}
	an1 := *an
	ec := &EventCounts{lexs: slices.Clone(o.Lexicons), noRows: o.NoRows}
	fixedMask := uint64(1)<<len(names) - 1 // the fixed sides' bits: side forms are theirs
	runs := map[string]*langRun{}          // by language name
	slotNames := slices.Clone(names)       // by slot: the fixed sides, then the others as they come
	dynamic := map[string]int{}
	workers := an.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type item struct {
		doc  corpus.Document
		ev   *eventData
		mask uint64
	}
	// perRun is what a worker keeps for one language.
	type perRun struct {
		w  *worker
		dc []int64 // the current document's counts by term id
		lm lexMatcher
		fb formBuckets
	}
	events := map[string]*eventData{}
	batches := make(chan []item, 2*workers)
	// Batches come back to the reader when done, so that a run of many small documents
	// does not make a new one (up to 1,024 items of a few hundred bytes) a megabyte read.
	free := make(chan []item, 3*workers)
	wks := make([]map[*langRun]*perRun, workers)
	// The events' locks, while their documents are counted: event i's is locks[i%256]
	// (one each would cost every event 8 bytes).
	var locks [256]sync.Mutex
	var wg sync.WaitGroup
	{
		for k := range wks {
			mine := map[*langRun]*perRun{}
			wks[k] = mine
			// RowMemory is shared by every worker's stores: the term rows' and, with
			// lexicons, the category rows'.
			limit := o.RowMemory / workers
			if len(o.Lexicons) > 0 {
				limit /= 2
			}
			rows := &rowStore{limit: limit, dir: o.TempDir}
			ec.rows = append(ec.rows, rows)
			var lexRows *rowStore
			if len(o.Lexicons) > 0 {
				lexRows = &rowStore{limit: limit, dir: o.TempDir}
				ec.lexRows = append(ec.lexRows, lexRows)
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				var row, lexRow docRow
				var toks []Token
				lexDoc := make([]lexCounts, len(o.Lexicons)) // this document's category counts
				for i, lex := range o.Lexicons {
					lexDoc[i].cats = make([]int64, len(lex.categories))
				}
				for batch := range batches {
					for i := range batch {
						it := &batch[i]
						run := it.ev.run
						pr := mine[run]
						if pr == nil {
							pr = &perRun{w: newWorker(run.set, run.vocab)}
							pr.w.perDoc = true
							mine[run] = pr
						}
						w := pr.w
						pr.fb.use(w, it.mask&fixedMask)
						words := run.set.phrases == nil && run.set.maxN == 1
						var total int64
						if words {
							total = int64(w.countWords(it.doc.Text))
						} else {
							w.analyze(it.doc.Text, true)
							total = int64(len(w.ids))
						}
						if n := run.vocab.Len(); n > len(pr.dc) {
							pr.dc = slices.Grow(pr.dc, n-len(pr.dc))[:n]
						}
						dc := pr.dc
						row.ids, row.n = row.ids[:0], row.n[:0]
						if words {
							for _, id := range w.seenTerm {
								if dc[id] == 0 {
									row.ids = append(row.ids, id)
								}
								dc[id] += int64(w.tn[id])
							}
						} else {
							for _, id := range w.ids {
								if dc[id] == 0 {
									row.ids = append(row.ids, id)
								}
								dc[id]++
							}
						}
						for _, id := range row.ids {
							row.n = append(row.n, dc[id])
							dc[id] = 0
						}
						vocab := run.vocab.Len()
						dropped := w.dropped
						ids, runs := w.ids, w.runs
						if len(o.Lexicons) > 0 && run.set.maxN > 1 {
							// tokens below reuses the worker's buffers of ids and runs.
							ids, runs = slices.Clone(ids), slices.Clone(runs)
						}
						if len(o.Lexicons) > 0 {
							for i := range lexDoc {
								clear(lexDoc[i].cats)
								lexDoc[i].words, lexDoc[i].dropped = 0, Dropped{}
							}
							// A window at a time, so that a long document's tokens are
							// never all held at once. A match does not reach across a
							// window's end: a blank line where the window's second half
							// has one (nothing is lost), else a line break, a sentence's
							// end or a space, where a phrase cut in two is not matched.
							text := it.doc.Text
							w.eachWindow(text, func(from, to, lo, hi int) {
								toks = toks[:0]
								w.tokensWindow(text, from, to, lo, hi, &toks)
								words, skipped := pr.lm.prepare(run.set, text, toks)
								for i, lex := range o.Lexicons {
									lc := &lexDoc[i]
									lc.words += int64(words)
									lc.dropped.add(skipped)
									pr.lm.match(lex, func(c, _, _ int, _ Voice) { lc.cats[c]++ })
								}
							})
						}
						mu := &locks[it.ev.index%len(locks)]
						mu.Lock()
						it.ev.eachSide(it.mask, func(sc *sideCounts) {
							sc.counts.addRow(row.ids, row.n, vocab)
							sc.docs++
							sc.total += total
							if !sc.dropped.add(dropped) {
								sc.counts.overflow = true
							}
							if run.set.maxN > 1 && sc.ng == nil {
								sc.ng = &sideNgrams{}
							}
							for n := 2; n <= run.set.maxN; n++ {
								tab := &sc.ng.tab[n-2]
								for j := 0; j+n <= len(ids); j++ {
									if runs[j] == runs[j+n-1] {
										tab.stat(ids[j:j+n]).count++
										sc.ng.total[n-2]++
									}
								}
							}
							if len(o.Lexicons) > 0 {
								if sc.lex == nil {
									sc.lex = &sideLex{}
								}
								// Words looked at and skipped are the same for every lexicon.
								sc.lex.words += lexDoc[0].words
								if !sc.lex.dropped.add(lexDoc[0].dropped) {
									sc.counts.overflow = true
								}
								for i := range lexDoc {
									for c, n := range lexDoc[i].cats {
										if n > 0 && !sc.lex.add(i, c, n) {
											sc.counts.overflow = true
										}
									}
								}
							}
						})
						mu.Unlock()
						if !o.NoRows {
							row.event, row.mask, row.id, row.total = it.ev.index, it.mask, it.doc.ID, total
							rows.put(&row)
							if lexRows != nil {
								lexRow.event, lexRow.mask, lexRow.id, lexRow.total = it.ev.index, it.mask, it.doc.ID, lexDoc[0].words
								lexRow.ids, lexRow.n = lexRow.ids[:0], lexRow.n[:0]
								base := 0
								for i := range lexDoc {
									for c, n := range lexDoc[i].cats {
										if n > 0 {
											lexRow.ids = append(lexRow.ids, int32(base+c))
											lexRow.n = append(lexRow.n, n)
										}
									}
									base += len(lexDoc[i].cats)
								}
								lexRows.put(&lexRow)
							}
						}
					}
					clear(batch) // (the documents' texts)
					select {
					case free <- batch[:0]:
					default:
					}
				}
			}()
		}
	}
	// Read in this goroutine, handing batches of about a megabyte to the workers.
	var batch []item
	batchBytes := 0
	var readErr error
	// The combinations of fixed sides the documents fall in (up to one past the most a
	// worker keeps apart): whether side forms are kept is decided by the run, not by how
	// documents were dealt to workers.
	formMasks := map[uint64]bool{}
	var prog Progress
	lastReport := int64(0)
	for d, err := range docs {
		if err != nil {
			readErr = err
			break
		}
		ec.Documents++
		prog.Documents++
		prog.Bytes += int64(len(d.Text))
		if o.Progress != nil && prog.Bytes-lastReport >= 1<<20 {
			lastReport = prog.Bytes
			o.Progress(prog)
		}
		var mask uint64
		for i, s := range sides {
			if s.Match(d) {
				mask |= 1 << i
			}
		}
		if o.SideBy != nil {
			if name := o.SideBy(d); name != "" {
				k, ok := dynamic[name]
				if !ok {
					if slices.Contains(names, name) || len(slotNames) == maxSides {
						readErr = errorf(ErrOption, "SideBy side %q (document %q): its name is a fixed side's, or more than %d sides", name, d.ID, maxSides)
						break
					}
					k = len(slotNames)
					dynamic[name] = k
					slotNames = append(slotNames, name)
				}
				mask |= 1 << k
			}
		}
		if mask == 0 {
			ec.Unmatched++
			continue
		}
		if needIDs {
			if readErr = identified(d, ec.Documents); readErr != nil {
				break
			}
		}
		l, err := an1.resolved(d.Language)
		if err != nil {
			readErr = fmt.Errorf("%w (document %q)", err, d.ID)
			break
		}
		run := runs[l.name]
		if run == nil {
			set, err := compileSettings(&an1, l)
			if err != nil {
				readErr = err
				break
			}
			run = &langRun{set: set, vocab: &Vocabulary{}}
			if err := run.vocab.use(set); err != nil {
				readErr = err
				break
			}
			runs[l.name] = run
		}
		ev := events[d.Event]
		if ev == nil {
			ev = &eventData{name: d.Event, index: len(events), run: run}
			events[d.Event] = ev
		}
		if ev.run != run {
			readErr = errorf(ErrMismatch, "document %q is in %s, other documents of event %q in %s", d.ID, l.name, d.Event, ev.run.set.lang.name)
			break
		}
		ev.addMask(mask, 1)
		if len(formMasks) <= maxFormBuckets {
			formMasks[mask&fixedMask] = true
		}
		if batch == nil {
			select {
			case batch = <-free:
			default:
				batch = make([]item, 0, 1024)
			}
		}
		batch = append(batch, item{doc: d, ev: ev, mask: mask})
		if batchBytes += len(d.Text); batchBytes >= 1<<20 || len(batch) >= 1024 {
			batches <- batch
			batch, batchBytes = nil, 0
		}
	}
	if len(batch) > 0 {
		batches <- batch
	}
	close(batches)
	wg.Wait()
	if o.Progress != nil && prog.Bytes != lastReport {
		o.Progress(prog)
	}
	err := readErr
	for _, r := range slices.Concat(ec.rows, ec.lexRows) {
		if r.err != nil && err == nil {
			err = fmt.Errorf("framing: keeping document rows: %w", r.err)
		}
	}
	if err != nil {
		ec.Close()
		return nil, err
	}
	for _, run := range runs {
		ec.langs = append(ec.langs, run)
	}
	slices.SortFunc(ec.langs, func(a, b *langRun) int { return strings.Compare(a.set.lang.name, b.set.lang.name) })
	ec.an = an1
	if len(ec.langs) == 1 {
		ec.an = ec.langs[0].set.an
	} else if l, err := an1.resolved(""); err == nil && an1.Language != "" {
		ec.an.Language = l.name
	}
	ec.an.Workers = an.Workers
	// Sides: the fixed ones, then those SideBy named, sorted.
	ec.sides = slices.Clone(names)
	for i := range names {
		ec.slot = append(ec.slot, i)
	}
	extra := slices.Clone(slotNames[len(names):])
	slices.Sort(extra)
	for _, name := range extra {
		ec.sides = append(ec.sides, name)
		ec.slot = append(ec.slot, dynamic[name])
	}
	for _, ev := range events {
		for i := range ev.recs {
			sc := &ev.recs[i]
			sc.counts.freeze()
			if ev.run.set.maxN > 1 && sc.ng == nil {
				sc.ng = &sideNgrams{}
			}
			if sc.counts.overflow {
				ec.Close()
				return nil, errorf(ErrCounts, "event %q: a count passed 2^32 - 1", ev.name)
			}
		}
		ec.events = append(ec.events, ev)
	}
	slices.SortFunc(ec.events, func(a, b *eventData) int { return strings.Compare(a.name, b.name) })
	packRecords(ec.events)
	for _, run := range ec.langs {
		var ws []*worker
		var fbs []*formBuckets
		for _, mine := range wks {
			if pr := mine[run]; pr != nil {
				ws = append(ws, pr.w)
				fbs = append(fbs, &pr.fb)
			}
		}
		run.best, run.own = runForms(run.vocab, ws, fbs, len(names), len(formMasks) > maxFormBuckets)
	}
	return ec, nil
}

// packRecords moves the frozen tables, the lexicon counts and their categories of the events'
// records into arrays shared by a block of events, in the order of the events. A corpus of
// many small events otherwise holds a small allocation of each per record, rounded up to
// the allocator's size classes (a tenth to a quarter more), each one an object for the
// collector to trace. A block at a time, so that the records moved are never all held
// twice. Each record's part is capped: a later add (sparseCounts.thaw) makes its own.
func packRecords(events []*eventData) {
	const block = 4096
	for lo := 0; lo < len(events); lo += block {
		evs := events[lo:min(len(events), lo+block)]
		nslots, nlex, ncats := 0, 0, 0
		for _, ev := range evs {
			for i := range ev.recs {
				sc := &ev.recs[i]
				if sc.counts.frozen {
					nslots += len(sc.counts.slots)
				}
				if sc.lex != nil {
					nlex++
					ncats += len(sc.lex.cats)
				}
			}
		}
		slots, lexs, cats := make([]uint64, nslots), make([]sideLex, nlex), make([]lexCat, ncats)
		for _, ev := range evs {
			for i := range ev.recs {
				sc := &ev.recs[i]
				if n := len(sc.counts.slots); sc.counts.frozen && n > 0 {
					copy(slots, sc.counts.slots)
					sc.counts.slots, slots = slots[:n:n], slots[n:]
				}
				if sc.lex != nil {
					l := &lexs[0]
					lexs = lexs[1:]
					*l = *sc.lex
					if n := len(l.cats); n > 0 {
						copy(cats, l.cats)
						l.cats, cats = cats[:n:n], cats[n:]
					}
					sc.lex = l
				}
			}
		}
	}
}

// ownOf returns the side forms of slot, nil if they were not kept.
func (r *langRun) ownOf(slot int) []string {
	if slot < len(r.own) {
		return r.own[slot]
	}
	return nil
}

// Close removes the temporary file of document rows, if CountEvents made one. The counts
// stay usable, except, if there was such a file, for the tests over documents (permutation
// tests, document-level tests), which then return an error.
func (ec *EventCounts) Close() error {
	var errs []error
	for _, r := range slices.Concat(ec.rows, ec.lexRows) {
		errs = append(errs, r.close())
	}
	return errors.Join(errs...)
}

// Analyzer returns the settings the counts were made with (the language resolved if there
// is one).
func (ec *EventCounts) Analyzer() Analyzer { return ec.an }

// Languages returns the languages of the documents counted, sorted.
func (ec *EventCounts) Languages() []string {
	out := make([]string, len(ec.langs))
	for i, r := range ec.langs {
		out[i] = r.set.lang.name
	}
	return out
}

// BusiestPair returns the two sides, among those at index from or later, that have
// documents together in the most events (ties to the earlier pair), or 0, 0 if no two
// share an event: for a placebo, the two outlets of one side (added by CountOptions.SideBy)
// that cover the most events together.
func (ec *EventCounts) BusiestPair(from int) (int, int) {
	best, x, y := 0, 0, 0
	for i := max(from, 0); i < len(ec.sides); i++ {
		for j := i + 1; j < len(ec.sides); j++ {
			shared := 0
			for _, e := range ec.events {
				if e.side(ec.slot[i]).docs > 0 && e.side(ec.slot[j]).docs > 0 {
					shared++
				}
			}
			if shared > best {
				best, x, y = shared, i, j
			}
		}
	}
	return x, y
}

// Sides returns the names of the sides, in the order given to CountEvents.
func (ec *EventCounts) Sides() []string { return slices.Clone(ec.sides) }

// Events returns the events that have documents on at least one side, sorted.
func (ec *EventCounts) Events() []string {
	out := make([]string, len(ec.events))
	for i, e := range ec.events {
		out[i] = e.name
	}
	return out
}

func (ec *EventCounts) event(name string) (*eventData, error) {
	i, ok := slices.BinarySearchFunc(ec.events, name, func(e *eventData, n string) int { return strings.Compare(e.name, n) })
	if !ok {
		return nil, fmt.Errorf("framing: event %q: %w", name, corpus.ErrNoEvent)
	}
	return ec.events[i], nil
}

func (ec *EventCounts) side(i int) error {
	if i < 0 || i >= len(ec.sides) {
		return errorf(ErrOption, "side %d (there are %d)", i, len(ec.sides))
	}
	return nil
}

// DocumentsOf returns the number of documents of an event on a side.
func (ec *EventCounts) DocumentsOf(event string, side int) (int, error) {
	if err := ec.side(side); err != nil {
		return 0, err
	}
	ev, err := ec.event(event)
	if err != nil {
		return 0, err
	}
	return ev.side(ec.slot[side]).docs, nil
}

// Profile returns the word profile of an event's documents on a side. Per-event surface
// forms are not kept: each term's one form is its most frequent over the whole run, with
// the term's count, and document frequencies are not kept either (0). A comparison of two
// sides' profiles still shows each side's own word ([KeyTerm.WordA], WordB): the single
// word's most frequent form on that side over the whole run. Profiles of one
// EventCounts share its vocabulary, so they compare and merge without strings.
func (ec *EventCounts) Profile(event string, side int) (*Profile, error) {
	if err := ec.side(side); err != nil {
		return nil, err
	}
	ev, err := ec.event(event)
	if err != nil {
		return nil, err
	}
	sc := ev.side(ec.slot[side])
	p := &Profile{an: ev.run.set.an, docs: sc.docs, totals: []int{int(sc.total)}, dropped: sc.dropped.get(),
		ids: &idCounts{vocab: ev.run.vocab, sp: &sc.counts, best: ev.run.best, own: ev.run.ownOf(ec.slot[side])}}
	ng := sc.ng
	for n := 2; n <= ev.run.set.maxN; n++ {
		if ng == nil { // a side without documents
			ng = &sideNgrams{}
		}
		p.totals = append(p.totals, int(ng.total[n-2]))
		p.ids.ng[n-2] = &ng.tab[n-2]
	}
	return p, nil
}

// LexiconProfile returns the category profile of a lexicon given to [CountEvents] in
// CountOptions.Lexicons, for the documents of an event on a side, or of every event if
// event is "": as [Analyzer.LexiconProfile] makes it, without the forms of the categories
// (find them with [Analyzer.CategoryConcordance]).
func (ec *EventCounts) LexiconProfile(lex *Lexicon, event string, side int) (*Profile, error) {
	li := slices.Index(ec.lexs, lex)
	if li < 0 {
		return nil, errorf(ErrOption, "lexicon %q was not counted (see CountOptions.Lexicons)", lex.Name())
	}
	if err := ec.side(side); err != nil {
		return nil, err
	}
	events := ec.events
	if event != "" {
		ev, err := ec.event(event)
		if err != nil {
			return nil, err
		}
		events = []*eventData{ev}
	}
	if len(events) == 0 {
		return nil, errorf(ErrEmpty, "no event")
	}
	for _, ev := range events {
		if ev.run != events[0].run {
			return nil, errorf(ErrMismatch, "the events are in several languages (%s): a profile has one", strings.Join(ec.Languages(), ", "))
		}
	}
	spec := ProfileSpec{Analyzer: events[0].run.set.an, Lexicon: lex.Name(), Totals: []int{0}}
	cats := make([]int64, len(lex.categories))
	df := make([]int, len(lex.categories))
	for _, ev := range events {
		sc := ev.side(ec.slot[side])
		spec.Documents += sc.docs
		if sc.lex == nil {
			continue
		}
		spec.Totals[0] += int(sc.lex.words)
		spec.Dropped.add(sc.lex.dropped.get())
		for _, c := range sc.lex.cats {
			if int(c.lex) == li {
				cats[c.cat] += int64(c.count)
				df[c.cat] += int(c.df)
			}
		}
	}
	for c, name := range lex.categories {
		if cats[c] > 0 {
			spec.Terms = append(spec.Terms, TermStat{Term: name, N: 1, Count: int(cats[c]), DocFreq: df[c], Forms: []Form{}})
		}
	}
	return NewProfile(spec)
}

// overlap returns an error wrapping [corpus.ErrOverlap] if a document of the event belongs
// to both sides.
func (ec *EventCounts) overlap(ev *eventData, a, b int) error {
	sa, sb := ec.slot[a], ec.slot[b]
	for _, m := range ev.masks {
		if m.n > 0 && m.mask&(1<<sa) != 0 && m.mask&(1<<sb) != 0 {
			return fmt.Errorf("framing: event %q: %d document(s) belong to both %q and %q: %w", ev.name, m.n, ec.sides[a], ec.sides[b], corpus.ErrOverlap)
		}
	}
	return nil
}

// Compare compares two sides within one event, as [Compare] does for their profiles, and
// tests the terms listed over the event's documents (see [DocumentTest]) unless
// CompareOptions.DocTest.Permutations < 0 or the counts were made with NoRows:
// Comparison.DocTest says which. It returns an error wrapping [corpus.ErrEmptySide] if a
// side has no documents in the event, and one wrapping [corpus.ErrOverlap] if a document
// belongs to both.
func (ec *EventCounts) Compare(event string, a, b int, opts *CompareOptions) (*Comparison, error) {
	cs, err := ec.CompareEvents([]string{event}, a, b, opts)
	if err != nil {
		return nil, err
	}
	return cs[0], nil
}

// CompareEvents compares sides a and b within each of events, as [EventCounts.Compare]
// does, reading the documents' rows once for all the document-level tests. An event named
// twice is an error wrapping [ErrOption]. It holds every comparison at once: over many
// events, [EventCounts.EventComparisons] makes them a block at a time.
func (ec *EventCounts) CompareEvents(events []string, a, b int, opts *CompareOptions) ([]*Comparison, error) {
	o, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	evs, err := ec.pairs(events, a, b)
	if err != nil {
		return nil, err
	}
	return ec.compareEvents(evs, a, b, &o)
}

// pairs returns the events named, after checking that each is named once and has
// documents on sides a and b, none on both.
func (ec *EventCounts) pairs(events []string, a, b int) ([]*eventData, error) {
	evs := make([]*eventData, len(events))
	seen := make(map[string]bool, len(events))
	for i, e := range events {
		if seen[e] {
			return nil, errorf(ErrOption, "event %q named twice", e)
		}
		seen[e] = true
		ev, err := ec.paired(e, a, b)
		if err != nil {
			return nil, err
		}
		evs[i] = ev
	}
	return evs, nil
}

// compareEvents is CompareEvents of events checked by pairs, with options resolved.
func (ec *EventCounts) compareEvents(evs []*eventData, a, b int, o *CompareOptions) ([]*Comparison, error) {
	out := make([]*Comparison, len(evs))
	errs := make([]error, len(evs))
	ec.parallel(len(evs), func(i int) {
		pa, pb, _ := ec.pair(evs[i].name, a, b)
		if out[i], errs[i] = compare(pa, pb, ec.sides[a], ec.sides[b], o); errs[i] != nil {
			errs[i] = fmt.Errorf("%w (event %q)", errs[i], evs[i].name)
		}
	})
	for i, err := range errs {
		if err != nil {
			return nil, err
		}
		out[i].Event = evs[i].name
	}
	if o.DocTest.Permutations >= 0 && !ec.hasRows() {
		for _, c := range out {
			c.DocTest = DocTest{Reason: "the counts were made with CountOptions.NoRows, which keeps no per-document counts",
				Seed: o.DocTest.Seed, Untested: len(c.TopA) + len(c.TopB)}
			c.scored = nil
		}
		return out, nil
	}
	// Every scored row becomes a KeyTerm only for an event whose test runs: the others say
	// what documentTests would say of them (docTestSkipped) without their rows.
	rows := make([][]KeyTerm, len(out))
	skipped := make([]*DocTest, len(out))
	for i, c := range out {
		docsA, docsB := evs[i].side(ec.slot[a]).docs, evs[i].side(ec.slot[b]).docs
		if dt, skip := docTestSkipped(o.DocTest, docsA, docsB, c.scored.len()); skip {
			skipped[i] = dt
			continue
		}
		rows[i] = c.listed()
	}
	tests, err := ec.documentTests(evs, a, b, rows, o.DocTest)
	if err != nil {
		return nil, err
	}
	for i, c := range out {
		if skipped[i] != nil {
			c.setListed(nil, skipped[i])
			continue
		}
		c.setListed(rows[i], tests[i])
	}
	return out, nil
}

// EventComparisons are the comparisons of two sides within each of many events, in the
// order of their events, as [EventCounts.CompareEvents] makes them; but they are made
// from the counts each time they are read, a block of events at a time, so that they take
// no memory between reads, however many events there are. Read them with All; they
// marshal to JSON as the array of the comparisons, and unmarshal from it (comparisons read
// so are held). They keep the counts they were made from in memory, which must stay open
// while they are read if they test terms over documents (see [EventCounts.Close]). A nil
// *EventComparisons holds no comparison. EventComparisons are safe for concurrent use.
type EventComparisons struct {
	held         []*Comparison // when read from JSON
	ec           *EventCounts
	events       []*eventData
	a, b         int
	sideA, sideB string // the names of the sides in the comparisons
	opts         CompareOptions
}

// EventComparisons returns the comparisons of sides a and b within each of events, as
// [EventCounts.CompareEvents] would make them, to be made as they are read. It checks
// the options and the events at once and returns the errors CompareEvents would.
func (ec *EventCounts) EventComparisons(events []string, a, b int, opts *CompareOptions) (*EventComparisons, error) {
	o, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	evs, err := ec.pairs(events, a, b)
	if err != nil {
		return nil, err
	}
	// All makes the comparisons a block of events at a time; the events' languages are
	// checked here for them all, as CompareEvents checks them, whatever the blocks.
	if err := ec.oneLanguage(evs, a, b, o.DocTest); err != nil {
		return nil, err
	}
	return &EventComparisons{ec: ec, events: evs, a: a, b: b, sideA: ec.sides[a], sideB: ec.sides[b], opts: o}, nil
}

// Len returns the number of comparisons.
func (c *EventComparisons) Len() int {
	if c == nil {
		return 0
	}
	if c.ec == nil {
		return len(c.held)
	}
	return len(c.events)
}

// comparisonBlock is how many events' comparisons EventComparisons.All makes at a time:
// their rows are read once a block (for the document-level tests), and a block's
// comparisons, a few kilobytes each, are held together.
const comparisonBlock = 1024

// All yields each event's comparison, in the order of the events; an error stops it. The
// comparisons yielded are the caller's: each read makes them again.
func (c *EventComparisons) All() iter.Seq2[*Comparison, error] {
	return func(yield func(*Comparison, error) bool) {
		if c == nil {
			return
		}
		if c.ec == nil {
			for _, x := range c.held {
				if !yield(x, nil) {
					return
				}
			}
			return
		}
		for lo := 0; lo < len(c.events); lo += comparisonBlock {
			cs, err := c.ec.compareEvents(c.events[lo:min(len(c.events), lo+comparisonBlock)], c.a, c.b, &c.opts)
			if err != nil {
				yield(nil, err)
				return
			}
			for i, x := range cs {
				cs[i] = nil // the caller's now: the block does not hold it while the rest are read
				x.SideA, x.SideB = c.sideA, c.sideB
				if !yield(x, nil) {
					return
				}
			}
		}
	}
}

// MarshalJSON writes the comparisons as a JSON array, in the order of the events.
func (c *EventComparisons) MarshalJSON() ([]byte, error) {
	buf := []byte{'['}
	for x, err := range c.All() {
		if err != nil {
			return nil, err
		}
		if len(buf) > 1 {
			buf = append(buf, ',')
		}
		b, err := json.Marshal(x)
		if err != nil {
			return nil, err
		}
		buf = append(buf, b...)
	}
	return append(buf, ']'), nil
}

// UnmarshalJSON reads the array MarshalJSON writes; the comparisons read are held.
func (c *EventComparisons) UnmarshalJSON(b []byte) error {
	var held []*Comparison
	if err := json.Unmarshal(b, &held); err != nil {
		return err
	}
	*c = EventComparisons{held: held}
	return nil
}

func (ec *EventCounts) pair(event string, a, b int) (*Profile, *Profile, error) {
	if _, err := ec.paired(event, a, b); err != nil {
		return nil, nil, err
	}
	pa, _ := ec.Profile(event, a)
	pb, _ := ec.Profile(event, b)
	return pa, pb, nil
}

// paired returns the event after checking that it has documents on sides a and b, none on
// both (as pair does, without making the profiles).
func (ec *EventCounts) paired(event string, a, b int) (*eventData, error) {
	if err := ec.side(a); err != nil {
		return nil, err
	}
	if err := ec.side(b); err != nil {
		return nil, err
	}
	ev, err := ec.event(event)
	if err != nil {
		return nil, err
	}
	for _, s := range []int{a, b} {
		if ev.side(ec.slot[s]).docs == 0 {
			return nil, fmt.Errorf("framing: event %q, side %q: %w", event, ec.sides[s], corpus.ErrEmptySide)
		}
	}
	if err := ec.overlap(ev, a, b); err != nil {
		return nil, err
	}
	return ev, nil
}

// identified returns an error wrapping corpus.ErrMissingField if d, the nth document read
// (from 1), has no ID or no event.
func identified(d corpus.Document, n int) error {
	switch {
	case strings.TrimSpace(d.ID) == "":
		return fmt.Errorf("framing: document %d read (event %q, outlet %q) has no id: %w", n, d.Event, d.Outlet, corpus.ErrMissingField)
	case strings.TrimSpace(d.Event) == "":
		return fmt.Errorf("framing: document %q has no event: %w", d.ID, corpus.ErrMissingField)
	}
	return nil
}
