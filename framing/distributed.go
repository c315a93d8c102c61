package framing

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
)

// An EventSide is the word profile of one side of one event, as a distributed count gathers
// it: the merge ([Merge]) of its documents' profiles ([Analyzer.Profile]), made wherever
// they were counted.
type EventSide struct {
	Event   string   `json:"event"`
	Lean    Lean     `json:"side"` // LeanA or LeanB
	Profile *Profile `json:"profile"`
}

// DocCounts is one document's word counts (n-grams of order 1: words and protected
// phrases), which the permutation test of [PoolProfiles] relabels.
type DocCounts struct {
	Event string      `json:"event"`
	ID    string      `json:"id"`
	Lean  Lean        `json:"side"`  // LeanA or LeanB
	Total int         `json:"total"` // counted words
	Terms []TermCount `json:"terms"`
}

// A TermCount is a term and how often it occurs.
type TermCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// NewDocCounts returns the counts of one document of side lean from its profile
// ([Analyzer.Profile] of the document alone).
func NewDocCounts(d corpus.Document, lean Lean, p *Profile) DocCounts {
	dc := DocCounts{Event: d.Event, ID: d.ID, Lean: lean, Total: p.Total(1)}
	for _, t := range p.Terms() {
		if t.N == 1 && t.Count > 0 {
			dc.Terms = append(dc.Terms, TermCount{Term: t.Term, Count: t.Count})
		}
	}
	return dc
}

// AddCounts counts doc as [Counter.Add] does and returns its own counts as a document of
// side lean: what [NewDocCounts] gives from the document's profile alone, without making
// one. A distributed count that needs the permutation test can so count a batch of
// documents with one Counter per (event, side) over a shared [Vocabulary], and still send
// each document's counts. The terms are sorted, and their strings are the vocabulary's
// (not copies). On an error nothing is counted.
func (c *Counter) AddCounts(doc corpus.Document, lean Lean) (DocCounts, error) {
	if err := c.init(doc.Language); err != nil {
		return DocCounts{}, fmt.Errorf("%w (document %q)", err, doc.ID)
	}
	w := c.w
	words := c.words()
	if words && !w.perDoc {
		// From now on the worker keeps each term's count in the current document.
		w.perDoc = true
		w.tn = append(w.tn, make([]uint32, len(w.tmark)-len(w.tn))...)
	}
	before := c.totals[0]
	c.count(doc.Text)
	dc := DocCounts{Event: doc.Event, ID: doc.ID, Lean: lean, Total: c.totals[0] - before}
	if words && len(w.seenTerm) > 0 {
		dc.Terms = make([]TermCount, len(w.seenTerm))
		for i, id := range w.seenTerm {
			dc.Terms[i] = TermCount{Term: w.key(id), Count: int(w.tn[id])}
		}
	} else if len(w.ids) > 0 {
		ids := slices.Clone(w.ids)
		slices.Sort(ids)
		for i, id := range ids {
			if i == 0 || id != ids[i-1] {
				dc.Terms = append(dc.Terms, TermCount{Term: w.key(id)})
			}
			dc.Terms[len(dc.Terms)-1].Count++
		}
	}
	slices.SortFunc(dc.Terms, func(a, b TermCount) int { return strings.Compare(a.Term, b.Term) })
	return dc, nil
}

// PoolInput is what [PoolProfiles] pools: the sides' names, every (event, side) profile,
// and, for the permutation test, every document's counts.
type PoolInput struct {
	SideA, SideB string
	Parts        []EventSide
	// Docs are the documents' counts; the permutation test needs them, and PoolOptions
	// with Permutations < 0 does not. Every document of every part must be there: the
	// documents of each (event, side) and their counted words must add up to its
	// profile's, and no count may be negative (an error wrapping ErrCounts otherwise).
	Docs []DocCounts
	// DocSeq, if not nil, gives the documents' counts instead of Docs, one at a time, in
	// order of event, then ID, then side (an error if not), so that a caller with many
	// need not hold them all at once: PoolProfiles keeps each in a compact row of
	// integers. A DocCounts it yields may be reused once the next is asked for.
	DocSeq iter.Seq[DocCounts]
	// Overlap counts, by event, the documents that belong to both sides (an error, as in
	// PoolEvents, for an event that is pooled).
	Overlap map[string]int
}

// compareDocs orders documents' counts by event, then ID, then side.
func compareDocs(x, y DocCounts) int {
	return cmp.Or(strings.Compare(x.Event, y.Event), strings.Compare(x.ID, y.ID), cmp.Compare(x.Lean, y.Lean))
}

// PoolProfiles pools the per-event profiles of two sides exactly as [PoolEvents] pools the
// documents they were counted from: the same per-event comparisons, pooled terms,
// heterogeneity and seeded permutation test, to the byte, whatever machines made the
// profiles. It is how a distributed count (an Apache Beam pipeline, say: see
// examples/beam) finishes. The analyzer gives only Workers; the settings are the
// profiles', which must all be alike (voices included) and in one language, of unigram
// profiles (Analyzer NGrams 0 or 1). An event with two parts for one side is an error.
func PoolProfiles(an *Analyzer, in *PoolInput, opts *PoolOptions) (*Pooled, error) {
	o, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	if len(in.Parts) == 0 {
		return nil, errorf(ErrEmpty, "PoolProfiles: no profiles")
	}
	first := in.Parts[0].Profile
	for i, p := range in.Parts {
		if p.Profile == nil || p.Lean != LeanA && p.Lean != LeanB {
			return nil, errorf(ErrOption, "PoolProfiles: part %d has no profile or no side", i)
		}
		if err := samePool(first, "PoolProfiles: part 0", p.Profile, fmt.Sprintf("part %d", i)); err != nil {
			return nil, err
		}
		if p.Profile.an.Language != first.an.Language || p.Profile.lexicon != "" || p.Profile.Orders() > 1 {
			return nil, errorf(ErrMismatch, "PoolProfiles: part %d: want word profiles of order 1 in one language", i)
		}
	}
	lang, err := lookupLanguage(first.an.Language)
	if err != nil {
		return nil, err
	}
	set, err := compileSettings(&first.an, lang)
	if err != nil {
		return nil, err
	}
	// One vocabulary over every term, interned in sorted order, and each term's most
	// frequent form over every part (ties to the smaller text), as CountEvents finds it.
	forms := map[string][]Form{}
	sideForms := [2]map[string][]Form{{}, {}} // single words' forms by side, as CountEvents keeps them
	for _, p := range in.Parts {
		for _, t := range p.Profile.Terms() {
			if t.N == 1 {
				forms[t.Term] = append(forms[t.Term], t.Forms...)
				if !strings.Contains(t.Term, "_") { // not a protected phrase
					sideForms[p.Lean][t.Term] = append(sideForms[p.Lean][t.Term], t.Forms...)
				}
			}
		}
	}
	keys := make([]string, 0, len(forms))
	for k := range forms {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	vocab := &Vocabulary{}
	if err := vocab.use(set); err != nil {
		return nil, err
	}
	ids := vocab.publish(keys, nil)
	run := &langRun{set: set, vocab: vocab, best: make([]string, len(keys))}
	for i, k := range keys {
		fs, _ := mergeForms(forms[k]) // validated profiles: sums fit
		sortForms(fs)
		if len(fs) > 0 {
			run.best[ids[i]] = fs[0].Text
		}
	}
	run.own = [][]string{make([]string, len(keys)), make([]string, len(keys))}
	for side, m := range sideForms {
		for i, k := range keys {
			fs, _ := mergeForms(m[k])
			sortForms(fs)
			if len(fs) > 0 {
				run.own[side][ids[i]] = displayForm(fs)
			}
		}
	}
	an1 := *an
	an1.Language = first.an.Language
	ec := &EventCounts{an: an1, langs: []*langRun{run}, sides: []string{in.SideA, in.SideB}, slot: []int{0, 1}}
	byName := map[string]*eventData{}
	event := func(name string) *eventData {
		ev := byName[name]
		if ev == nil {
			ev = &eventData{name: name, run: run}
			byName[name] = ev
			ec.events = append(ec.events, ev)
		}
		return ev
	}
	v := vocab.Len()
	for _, p := range in.Parts {
		ev := event(p.Event)
		if ev.side(int(p.Lean)).docs > 0 || ev.side(int(p.Lean)).total > 0 {
			return nil, errorf(ErrOption, "PoolProfiles: event %q has two parts for side %d", p.Event, p.Lean)
		}
		var overflow bool
		ev.eachSide(1<<p.Lean, func(sc *sideCounts) {
			sc.docs, sc.total = p.Profile.Documents(), int64(p.Profile.Total(1))
			sc.counts.overflow = !sc.dropped.add(p.Profile.Dropped())
			for _, t := range p.Profile.Terms() {
				if t.N == 1 && t.Count > 0 {
					id, _ := vocab.lookupTerm(t.Term)
					sc.counts.add(id, int64(t.Count), v)
				}
			}
			overflow = sc.counts.overflow
		})
		if overflow {
			return nil, errorf(ErrCounts, "event %q: a count passed 2^32 - 1", p.Event)
		}
		ev.addMask(1<<p.Lean, ev.side(int(p.Lean)).docs)
	}
	for name, n := range in.Overlap {
		if n > 0 {
			event(name).addMask(3, n)
		}
	}
	slices.SortFunc(ec.events, func(a, b *eventData) int { return strings.Compare(a.name, b.name) })
	for i, ev := range ec.events {
		ev.index = i
	}
	if o.Permutations >= 0 {
		rows := &rowStore{limit: math.MaxInt}
		docs := in.DocSeq
		if docs == nil {
			sorted := slices.Clone(in.Docs)
			slices.SortFunc(sorted, compareDocs)
			docs = slices.Values(sorted)
		}
		var prev DocCounts
		var row docRow
		// Each side's documents and counted words, checked against its profile: a missing
		// document or a wrong count would change the test without a word.
		seen := make([][2]struct{ docs, total int64 }, len(ec.events))
		for d := range docs {
			if ec.Documents > 0 {
				switch c := compareDocs(prev, d); {
				case c == 0:
					return nil, errorf(ErrOption, "PoolProfiles: document %q of event %q is given twice", d.ID, d.Event)
				case c > 0:
					return nil, errorf(ErrOption, "PoolProfiles: document %q of event %q comes after %q of %q: DocSeq is out of order", d.ID, d.Event, prev.ID, prev.Event)
				}
			}
			prev = DocCounts{Event: d.Event, ID: d.ID, Lean: d.Lean}
			ev := byName[d.Event]
			if ev == nil || d.Lean != LeanA && d.Lean != LeanB {
				return nil, errorf(ErrOption, "PoolProfiles: document %q of event %q has no profile or no side", d.ID, d.Event)
			}
			if d.Total < 0 {
				return nil, errorf(ErrCounts, "PoolProfiles: document %q of event %q has %d counted words", d.ID, d.Event, d.Total)
			}
			seen[ev.index][d.Lean].docs++
			seen[ev.index][d.Lean].total += int64(d.Total)
			row = docRow{event: ev.index, mask: 1 << d.Lean, id: d.ID, total: int64(d.Total), ids: row.ids[:0], n: row.n[:0]}
			for _, t := range d.Terms {
				id, ok := vocab.lookupTerm(t.Term)
				if !ok {
					return nil, errorf(ErrCounts, "PoolProfiles: document %q counts %q, which no profile has", d.ID, t.Term)
				}
				if t.Count < 0 {
					return nil, errorf(ErrCounts, "PoolProfiles: document %q counts %q %d times", d.ID, t.Term, t.Count)
				}
				row.ids = append(row.ids, id)
				row.n = append(row.n, int64(t.Count))
			}
			rows.put(&row)
			ec.Documents++
		}
		if rows.err != nil {
			return nil, rows.err
		}
		for i, ev := range ec.events {
			for side := range 2 {
				sc, got := ev.side(side), seen[i][side]
				if got.docs != int64(sc.docs) || got.total != sc.total {
					return nil, errorf(ErrCounts, "PoolProfiles: event %q, side %d: the documents' counts give %d document(s) and %d counted words, the profile %d and %d",
						ev.name, side, got.docs, got.total, sc.docs, sc.total)
				}
			}
		}
		ec.rows = []*rowStore{rows}
	}
	return ec.Pool(0, 1, &o)
}
