package report

// The term table of a corpus with several events. Lumping the events into one comparison
// can reverse a term's lean (Simpson's paradox): a side that covers mostly one event uses
// that event's words more, whatever the other side does within each event. When the sides
// both cover two events or more, Build compares the sides within each event and pools the evidence ([framing.EventCounts.Pool]: the
// Mantel–Haenszel log odds ratio and its z, with a permutation test that shuffles the side
// labels of documents within each event), as the events program does; Options.Lump keeps
// the lumped comparison.

import (
	"math"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Strata says how Report.Terms treat the events of the documents. It is nil when the
// documents carry one event (or none named).
type Strata struct {
	// Events are the events with documents on both sides: the strata Terms are pooled
	// over, sorted. Skipped are the events with documents on one side only, left out of
	// Terms (and of the scatter, the bars and the document-level test) when stratified.
	Events  []string `json:"events"`
	Skipped []string `json:"skipped"`
	// LeftOut are events the caller left out before Build, each with why (as
	// examples/internal/cli's Common.LeftOut gives them: `"solo" (side "wire" has no
	// documents)`): Build never sees their documents, so it cannot list them in Skipped.
	// Build leaves it nil; the page and the provenance show what the caller sets.
	LeftOut []string `json:"left_out,omitempty"`
	// Lumped is set when Terms compare the two sides' documents as one sample, ignoring
	// the events: asked for (Options.Lump), or because fewer than two events have both
	// sides, or a document lacks an event or an ID. Reason says which, in words the page
	// shows a reader ("asked for"); a program may put it in its own (the flag it read).
	Lumped bool   `json:"lumped"`
	Reason string `json:"reason,omitempty"`
	// Pool is the pooling's settings, when stratified.
	Pool *framing.PoolOptions `json:"pool,omitempty"`
}

// notAskedFor is the Reason of a document-level test that Options.DocTest turned off
// (Permutations < 0), in the page's words: a reader of the page did not write the Go field.
const notAskedFor = "not asked for (no permutations)"

// MeasureMantelHaenszel names the score of stratified Terms in tables (the measure column):
// the z of the Mantel–Haenszel pooled log odds ratio over the events.
const MeasureMantelHaenszel framing.Measure = "mantel-haenszel"

// eventsOf returns the sorted events of a and b, those both have, and how many documents
// lack an ID or an event (which pooling by event needs).
func eventsOf(a, b []corpus.Document) (all, shared []string, unnamed int) {
	for _, d := range append(slices.Clone(a), b...) {
		if strings.TrimSpace(d.ID) == "" || strings.TrimSpace(d.Event) == "" {
			unnamed++
		}
	}
	inA := map[string]bool{}
	for _, d := range a {
		inA[d.Event] = true
		if !slices.Contains(all, d.Event) {
			all = append(all, d.Event)
		}
	}
	for _, d := range b {
		if inA[d.Event] && !slices.Contains(shared, d.Event) {
			shared = append(shared, d.Event)
		}
		if !slices.Contains(all, d.Event) {
			all = append(all, d.Event)
		}
	}
	slices.Sort(all)
	slices.Sort(shared)
	return all, shared, unnamed
}

// stratified returns the term rows of a and b pooled over the events both cover, as
// KeyTerm rows (see Options.Lump for the fields), the description of their
// document-level test, and the strata.
func stratified(an *framing.Analyzer, a, b []corpus.Document, nameA, nameB string, dto framing.DocTestOptions) ([]framing.KeyTerm, *framing.DocTest, *Strata, error) {
	inA, inB := map[string]bool{}, map[string]bool{}
	for _, d := range a {
		inA[d.Event+"\x00"+d.ID] = true
	}
	for _, d := range b {
		inB[d.Event+"\x00"+d.ID] = true
	}
	sides := []corpus.Side{
		{Name: nameA, Match: func(d corpus.Document) bool { return inA[d.Event+"\x00"+d.ID] }},
		{Name: nameB, Match: func(d corpus.Document) bool { return inB[d.Event+"\x00"+d.ID] }},
	}
	docs := func(yield func(corpus.Document, error) bool) {
		for _, list := range [][]corpus.Document{a, b} {
			for _, d := range list {
				if !yield(d, nil) {
					return
				}
			}
		}
	}
	// The document-level test's settings, as the pooling's: its shuffles, seed and number
	// of terms tested (the strongest by |z|; every term for Terms < 0).
	pool := framing.PoolOptions{Permutations: dto.Permutations, Seed: dto.Seed, Test: dto.Terms, MinEvents: 1}
	if pool.Test < 0 {
		pool.Test = math.MaxInt32
	}
	ec, err := framing.CountEvents(an, docs, sides, &framing.CountOptions{NoRows: pool.Permutations < 0})
	if err != nil {
		return nil, nil, nil, err
	}
	defer ec.Close()
	p, err := ec.Pool(0, 1, &pool)
	if err != nil {
		return nil, nil, nil, err
	}
	st := &Strata{Events: slices.Clone(p.Events), Skipped: slices.Clone(p.Skipped), Pool: &p.Options}
	slices.Sort(st.Events)
	slices.Sort(st.Skipped)
	var tokA, tokB float64
	dt := &framing.DocTest{Seed: p.Options.Seed, Arrangements: p.Arrangements}
	for c, err := range p.PerEvent.All() {
		if err != nil {
			return nil, nil, nil, err
		}
		tokA += float64(c.TokensA)
		tokB += float64(c.TokensB)
		dt.DocsA += c.DocsA
		dt.DocsB += c.DocsB
	}
	rows := make([]framing.KeyTerm, len(p.Terms))
	for i, t := range p.Terms {
		rows[i] = framing.KeyTerm{Term: t.Term, Word: t.Word, WordA: t.WordA, WordB: t.WordB, N: 1, CountA: t.CountA, CountB: t.CountB,
			RateA: 1e6 * float64(t.CountA) / tokA, RateB: 1e6 * float64(t.CountB) / tokB,
			Score: t.Z, LogRatio: t.LogOR / math.Ln2, P: t.P, PAdj: t.PAdj,
			DocFreqA: -1, DocFreqB: -1, DocP: t.PermP, DocPAdj: t.PermPAdj, Delta: t.LogOR, Evidence: t.Evidence}
		if t.Permuted {
			dt.Terms++
		}
	}
	dt.Untested = len(rows) - dt.Terms
	if err := docFreqs(an, a, b, st.Events, rows); err != nil {
		return nil, nil, nil, err
	}
	switch {
	case p.Options.Permutations < 0:
		dt.Reason = notAskedFor
	case dt.Terms == 0:
		dt.Reason = "no term to test"
	default:
		dt.Ran = true
		dt.Permutations = p.Options.Permutations
		dt.MinP = 1 / float64(p.Options.Permutations+1)
	}
	return rows, dt, st, nil
}

// docFreqs sets DocFreqA and DocFreqB of the rows tested over documents (DocP >= 0): the
// documents of a and of b in events in which the term occurs, as the lumped test's rows
// carry them. The documents are counted a batch at a time, each its own profile.
func docFreqs(an *framing.Analyzer, a, b []corpus.Document, events []string, rows []framing.KeyTerm) error {
	var tested []int
	for i, r := range rows {
		if r.DocP >= 0 {
			tested = append(tested, i)
			rows[i].DocFreqA, rows[i].DocFreqB = 0, 0
		}
	}
	if len(tested) == 0 {
		return nil
	}
	const batch = 256
	for side, docs := range [][]corpus.Document{a, b} {
		docs = slices.DeleteFunc(slices.Clone(docs), func(d corpus.Document) bool { return !slices.Contains(events, d.Event) })
		for lo := 0; lo < len(docs); lo += batch {
			groups := make([][]corpus.Document, 0, batch)
			for i := lo; i < min(lo+batch, len(docs)); i++ {
				groups = append(groups, docs[i:i+1])
			}
			ps, err := an.Profiles(groups...)
			if err != nil {
				return err
			}
			for _, p := range ps {
				for _, i := range tested {
					if p.Count(rows[i].Term) > 0 {
						if side == 0 {
							rows[i].DocFreqA++
						} else {
							rows[i].DocFreqB++
						}
					}
				}
			}
		}
	}
	return nil
}
