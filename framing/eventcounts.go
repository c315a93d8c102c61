package framing

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
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
	an     Analyzer // settings, language resolved
	vocab  *Vocabulary
	sides  []string
	events []*eventData // sorted by name
	best   []string     // each term's most frequent form over the run, by term id
	rows   []*rowStore

	// Documents counts the documents read; Unmatched those that belong to no side, which
	// are not counted.
	Documents int `json:"documents"`
	Unmatched int `json:"unmatched"`
}

// eventData is what one event contributes.
type eventData struct {
	name  string
	index int
	sides []*sideCounts
	// masks counts the event's documents by the set of sides they belong to.
	masks map[uint64]int
}

// sideCounts are the word counts of one (event, side).
type sideCounts struct {
	mu      sync.Mutex
	counts  sparseCounts
	docs    int
	total   int64
	dropped Dropped
}

// maxSides bounds the sides of one count (documents carry a bit mask of their sides).
const maxSides = 64

// CountEvents reads docs once and counts each document's words into every (event, side)
// it belongs to; a document that belongs to none of sides is counted in Unmatched and
// otherwise left out. Documents are analyzed by up to [Analyzer.Workers] goroutines over one
// shared vocabulary; the result does not depend on their number or on the order of docs.
// Only words (unigrams and protected phrases) are counted: n-gram settings are ignored.
//
// docs yields documents as [corpus.Scan] and [corpus.Corpus.Docs] do; an error it yields
// stops the count and is returned. All documents must resolve to the language of the first
// (an error wrapping [ErrMismatch] names the first that does not). Sides must have unique
// names; at most 64.
func CountEvents(an *Analyzer, docs iter.Seq2[corpus.Document, error], sides []corpus.Side, opts *CountOptions) (*EventCounts, error) {
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
	an1 := *an
	an1.NGrams = 0
	ec := &EventCounts{vocab: &Vocabulary{}, sides: names}
	workers := an.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type item struct {
		seq  int
		doc  corpus.Document
		ev   *eventData
		mask uint64
	}
	type failure struct {
		seq int
		err error
	}
	var (
		set      *settings
		events   = map[string]*eventData{}
		batches  = make(chan []item, 2*workers)
		failMu   sync.Mutex
		failed   *failure
		stopRead = make(chan struct{})
		stopOnce sync.Once
	)
	fail := func(seq int, err error) {
		failMu.Lock()
		if failed == nil || seq < failed.seq {
			failed = &failure{seq, err}
		}
		failMu.Unlock()
		stopOnce.Do(func() { close(stopRead) })
	}
	wks := make([]*worker, workers)
	var wg sync.WaitGroup
	start := func() {
		for k := range wks {
			w := newWorker(set, ec.vocab)
			wks[k] = w
			rows := &rowStore{limit: o.RowMemory / workers, dir: o.TempDir}
			ec.rows = append(ec.rows, rows)
			wg.Add(1)
			go func() {
				defer wg.Done()
				var dc []int64 // this document's counts by term id
				var row docRow
				for batch := range batches {
					for i := range batch {
						it := &batch[i]
						l, err := an1.resolved(it.doc.Language)
						if err == nil && l.name != set.lang.name {
							err = errorf(ErrMismatch, "document is in %s, the run in %s", l.name, set.lang.name)
						}
						if err != nil {
							fail(it.seq, fmt.Errorf("%w (document %q)", err, it.doc.ID))
							continue
						}
						w.analyze(it.doc.Text, true)
						vocab := ec.vocab.Len()
						if vocab > len(dc) {
							dc = slices.Grow(dc, vocab-len(dc))[:vocab]
						}
						row.ids, row.n = row.ids[:0], row.n[:0]
						for _, id := range w.ids {
							if dc[id] == 0 {
								row.ids = append(row.ids, id)
							}
							dc[id]++
						}
						for _, id := range row.ids {
							row.n = append(row.n, dc[id])
							dc[id] = 0
						}
						total := int64(len(w.ids))
						for s := range it.ev.sides {
							if it.mask&(1<<s) == 0 {
								continue
							}
							sc := it.ev.sides[s]
							sc.mu.Lock()
							for j, id := range row.ids {
								sc.counts.add(id, row.n[j], vocab)
							}
							sc.docs++
							sc.total += total
							sc.dropped.add(w.dropped)
							sc.mu.Unlock()
						}
						if !o.NoRows {
							row.event, row.mask, row.id, row.total = it.ev.index, it.mask, it.doc.ID, total
							rows.put(&row)
						}
					}
				}
			}()
		}
	}
	// Read in this goroutine, handing batches of about a megabyte to the workers.
	var batch []item
	batchBytes := 0
	var readErr error
	var prog Progress
	lastReport := int64(0)
	seq := 0
read:
	for d, err := range docs {
		select {
		case <-stopRead:
			break read
		default:
		}
		if err != nil {
			readErr = err
			break
		}
		if set == nil {
			l, err := an1.resolved(d.Language)
			if err == nil {
				set, err = compileSettings(&an1, l)
			}
			if err == nil {
				err = ec.vocab.use(set)
			}
			if err != nil {
				readErr = fmt.Errorf("%w (document %q)", err, d.ID)
				break
			}
			ec.an = set.an
			start()
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
		if mask == 0 {
			ec.Unmatched++
			continue
		}
		ev := events[d.Event]
		if ev == nil {
			ev = &eventData{name: d.Event, index: len(events), sides: make([]*sideCounts, len(sides)), masks: map[uint64]int{}}
			for i := range ev.sides {
				ev.sides[i] = &sideCounts{}
			}
			events[d.Event] = ev
		}
		ev.masks[mask]++
		batch = append(batch, item{seq: seq, doc: d, ev: ev, mask: mask})
		seq++
		if batchBytes += len(d.Text); batchBytes >= 1<<20 || len(batch) >= 1024 {
			batches <- batch
			batch, batchBytes = nil, 0
		}
	}
	if len(batch) > 0 && set != nil {
		batches <- batch
	}
	close(batches)
	wg.Wait()
	if o.Progress != nil && prog.Bytes != lastReport {
		o.Progress(prog)
	}
	err := readErr
	if failed != nil && err == nil {
		err = failed.err
	}
	for _, r := range ec.rows {
		if r.err != nil && err == nil {
			err = fmt.Errorf("framing: keeping document rows: %w", r.err)
		}
	}
	if err != nil {
		ec.Close()
		return nil, err
	}
	if set == nil { // no document at all
		l, err := an1.resolved("")
		if err != nil {
			return nil, err
		}
		if set, err = compileSettings(&an1, l); err != nil {
			return nil, err
		}
		ec.an = set.an
	}
	for _, ev := range events {
		for _, sc := range ev.sides {
			if sc.counts.overflow {
				ec.Close()
				return nil, errorf(ErrCounts, "event %q: a count passed 2^32 - 1", ev.name)
			}
		}
		ec.events = append(ec.events, ev)
	}
	slices.SortFunc(ec.events, func(a, b *eventData) int { return strings.Compare(a.name, b.name) })
	ec.best = bestForms(ec.vocab, wks)
	return ec, nil
}

// bestForms returns each term's most frequent surface form over every worker's counts (ties
// to the smaller text).
func bestForms(v *Vocabulary, wks []*worker) []string {
	surf := make([]surfaceCounts, 0, len(wks))
	for _, w := range wks {
		if w != nil {
			surf = append(surf, w.surfaces(), w.phraseForms.snapshot())
		}
	}
	forms := (&idCounts{vocab: v, surf: surf}).termForms()
	best := make([]string, v.Len())
	for id, fs := range forms {
		if len(fs) > 0 {
			best[id] = fs[0].Text
		}
	}
	return best
}

// Close removes the temporary file of document rows, if CountEvents made one. The counts
// stay usable, except for permutation tests.
func (ec *EventCounts) Close() error {
	var errs []error
	for _, r := range ec.rows {
		errs = append(errs, r.close())
	}
	return errors.Join(errs...)
}

// Analyzer returns the settings the counts were made with (language resolved).
func (ec *EventCounts) Analyzer() Analyzer { return ec.an }

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

// Vocabulary returns the vocabulary the counts are over.
func (ec *EventCounts) Vocabulary() *Vocabulary { return ec.vocab }

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

// Documents returns the number of documents of an event on a side.
func (ec *EventCounts) DocumentsOf(event string, side int) (int, error) {
	if err := ec.side(side); err != nil {
		return 0, err
	}
	ev, err := ec.event(event)
	if err != nil {
		return 0, err
	}
	return ev.sides[side].docs, nil
}

// Profile returns the word profile of an event's documents on a side. Per-event surface
// forms are not kept: each term's one form is its most frequent over the whole run, with
// the term's count, and document frequencies are not kept either (0). Profiles of one
// EventCounts share its vocabulary, so they compare and merge without strings.
func (ec *EventCounts) Profile(event string, side int) (*Profile, error) {
	if err := ec.side(side); err != nil {
		return nil, err
	}
	ev, err := ec.event(event)
	if err != nil {
		return nil, err
	}
	sc := ev.sides[side]
	return &Profile{an: ec.an, docs: sc.docs, totals: []int{int(sc.total)}, dropped: sc.dropped,
		ids: &idCounts{vocab: ec.vocab, sp: &sc.counts, best: ec.best}}, nil
}

// overlap returns an error wrapping [corpus.ErrOverlap] if a document of the event belongs
// to both sides.
func (ec *EventCounts) overlap(ev *eventData, a, b int) error {
	for mask, n := range ev.masks {
		if n > 0 && mask&(1<<a) != 0 && mask&(1<<b) != 0 {
			return fmt.Errorf("framing: event %q: %d document(s) belong to both %q and %q: %w", ev.name, n, ec.sides[a], ec.sides[b], corpus.ErrOverlap)
		}
	}
	return nil
}

// Compare compares two sides within one event, as [Compare] does for their profiles. It
// returns an error wrapping [corpus.ErrEmptySide] if a side has no documents in the event,
// and one wrapping [corpus.ErrOverlap] if a document belongs to both.
func (ec *EventCounts) Compare(event string, a, b int, opts *CompareOptions) (*Comparison, error) {
	pa, pb, err := ec.pair(event, a, b)
	if err != nil {
		return nil, err
	}
	c, err := Compare(pa, pb, ec.sides[a], ec.sides[b], opts)
	if err != nil {
		return nil, fmt.Errorf("%w (event %q)", err, event)
	}
	c.Event = event
	return c, nil
}

func (ec *EventCounts) pair(event string, a, b int) (*Profile, *Profile, error) {
	if err := ec.side(a); err != nil {
		return nil, nil, err
	}
	if err := ec.side(b); err != nil {
		return nil, nil, err
	}
	ev, err := ec.event(event)
	if err != nil {
		return nil, nil, err
	}
	for _, s := range []int{a, b} {
		if ev.sides[s].docs == 0 {
			return nil, nil, fmt.Errorf("framing: event %q, side %q: %w", event, ec.sides[s], corpus.ErrEmptySide)
		}
	}
	if err := ec.overlap(ev, a, b); err != nil {
		return nil, nil, err
	}
	pa, _ := ec.Profile(event, a)
	pb, _ := ec.Profile(event, b)
	return pa, pb, nil
}

// eventOrder sorts events by name.
func eventOrder(a, b *eventData) int { return cmp.Compare(a.name, b.name) }
