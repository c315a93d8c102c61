package framing

import (
	"cmp"
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

// PoolInput is what [PoolProfiles] pools: the sides' names, every (event, side) profile,
// and, for the permutation test, every document's counts.
type PoolInput struct {
	SideA, SideB string
	Parts        []EventSide
	// Docs are the documents' counts; the permutation test needs them, and PoolOptions
	// with Permutations < 0 does not.
	Docs []DocCounts
	// Overlap counts, by event, the documents that belong to both sides (an error, as in
	// PoolEvents, for an event that is pooled).
	Overlap map[string]int
}

// PoolProfiles pools the per-event profiles of two sides exactly as [PoolEvents] pools the
// documents they were counted from: the same per-event comparisons, pooled terms,
// heterogeneity and seeded permutation test, to the byte, whatever machines made the
// profiles. It is how a distributed count (an Apache Beam pipeline, say: see
// examples/beam) finishes. The analyzer gives only Workers; the settings are the
// profiles', which must all be alike and in one language, of unigram profiles (Analyzer
// NGrams 0 or 1). An event with two parts for one side is an error.
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
		if err := sameSettings(first, p.Profile); err != nil {
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
	for _, p := range in.Parts {
		for _, t := range p.Profile.Terms() {
			if t.N == 1 {
				forms[t.Term] = append(forms[t.Term], t.Forms...)
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
	an1 := *an
	an1.Language = first.an.Language
	ec := &EventCounts{an: an1, langs: []*langRun{run}, sides: []string{in.SideA, in.SideB}, slot: []int{0, 1}}
	byName := map[string]*eventData{}
	event := func(name string) *eventData {
		ev := byName[name]
		if ev == nil {
			ev = &eventData{name: name, run: run}
			ev.growSides(2)
			byName[name] = ev
			ec.events = append(ec.events, ev)
		}
		return ev
	}
	v := vocab.Len()
	for _, p := range in.Parts {
		ev := event(p.Event)
		sc := ev.sides[p.Lean]
		if sc.docs > 0 || sc.total > 0 {
			return nil, errorf(ErrOption, "PoolProfiles: event %q has two parts for side %d", p.Event, p.Lean)
		}
		sc.docs, sc.total, sc.dropped = p.Profile.Documents(), int64(p.Profile.Total(1)), p.Profile.Dropped()
		for _, t := range p.Profile.Terms() {
			if t.N == 1 && t.Count > 0 {
				id, _ := vocab.lookupTerm(t.Term)
				sc.counts.add(id, int64(t.Count), v)
			}
		}
		if sc.counts.overflow {
			return nil, errorf(ErrCounts, "event %q: a count passed 2^32 - 1", p.Event)
		}
		ev.addMask(1<<p.Lean, sc.docs)
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
		docs := slices.Clone(in.Docs)
		slices.SortFunc(docs, func(x, y DocCounts) int {
			return cmp.Or(strings.Compare(x.Event, y.Event), strings.Compare(x.ID, y.ID))
		})
		for i, d := range docs {
			if i > 0 && d.Event == docs[i-1].Event && d.ID == docs[i-1].ID && d.Lean == docs[i-1].Lean {
				return nil, errorf(ErrOption, "PoolProfiles: document %q of event %q is given twice", d.ID, d.Event)
			}
			ev := byName[d.Event]
			if ev == nil || d.Lean != LeanA && d.Lean != LeanB {
				return nil, errorf(ErrOption, "PoolProfiles: document %q of event %q has no profile or no side", d.ID, d.Event)
			}
			row := docRow{event: ev.index, mask: 1 << d.Lean, id: d.ID, total: int64(d.Total)}
			for _, t := range d.Terms {
				id, ok := vocab.lookupTerm(t.Term)
				if !ok {
					return nil, errorf(ErrCounts, "PoolProfiles: document %q counts %q, which no profile has", d.ID, t.Term)
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
		ec.rows = []*rowStore{rows}
	}
	return ec.Pool(0, 1, &o)
}
