package framing

import (
	"cmp"
	"errors"
	"fmt"
	"hash/fnv"
	"iter"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
)

// GroupOptions configures [CompareGroups]. The zero value compares each group with all the
// others together (one vs rest), with PoolOptions' defaults.
type GroupOptions struct {
	// Reference names the group every other group is compared with (target vs reference,
	// say every outlet against Reuters); "" compares each group with the rest.
	Reference string `json:"reference,omitempty"`
	// Pool configures the pooled comparisons (permutations, seed, τ² estimator, ranking).
	Pool PoolOptions `json:"pool"`
	// Null is how many random relabelings give each pair's chance divergence
	// (Divergences.Null); 0 means 20, a negative value computes none.
	Null int `json:"null"`
}

// Groups is the comparison of k groups of documents (outlets, or kinds of outlet) within
// every event and pooled across events.
type Groups struct {
	Groups    []string `json:"groups"`
	Reference string   `json:"reference,omitempty"`
	// Comparisons holds, for each group in order (but the reference), its pooled comparison
	// as side A against the reference or the rest as side B, with its per-event comparisons.
	// A group that shares no event with its counterpart has none (see Skipped).
	Comparisons []*Pooled `json:"comparisons"`
	// Skipped lists the groups that share no event with their counterpart.
	Skipped []string `json:"skipped,omitempty"`
	// Divergence is the Jensen–Shannon divergence between every pair of groups.
	Divergence *Divergences `json:"divergence"`
	// Kinds is each group's outlet kind, where all its documents give the same one.
	Kinds map[string]string `json:"kinds,omitempty"`
	// Within and Between are the mean per-event divergences (bits) between two groups of
	// the same kind and of different kinds, over every event and pair of groups with
	// documents in it (WithinPairs, BetweenPairs of them): the wire-vs-wire placebo
	// generalized. Framing differences between kinds should exceed those within a kind.
	// -1 when there is no such pair.
	Within       float64 `json:"within_kind_bits"`
	Between      float64 `json:"between_kinds_bits"`
	WithinPairs  int     `json:"within_kind_pairs"`
	BetweenPairs int     `json:"between_kinds_pairs"`
	// WithinExcess and BetweenExcess compare the kinds with the groups' sizes taken out:
	// the means of Divergences.Excess (each pair's divergence beyond chance over the events
	// both cover) over the pairs of groups of one kind and of different kinds that have a
	// chance divergence (WithinExcessPairs and BetweenExcessPairs of them). -1 when there
	// is no such pair, or no null was computed (GroupOptions.Null < 0).
	WithinExcess       float64 `json:"within_kind_excess_bits"`
	BetweenExcess      float64 `json:"between_kinds_excess_bits"`
	WithinExcessPairs  int     `json:"within_kind_excess_pairs"`
	BetweenExcessPairs int     `json:"between_kinds_excess_pairs"`
}

// Divergences is a symmetric matrix of Jensen–Shannon divergences (bits) between groups,
// over all events together and per event, for a heat map.
type Divergences struct {
	Groups []string `json:"groups"`
	// All is the divergence of the groups' counts summed over every event.
	All [][]float64 `json:"all"`
	// Events are the events, and PerEvent[e][i][j] the divergence between groups i and j
	// within event e: -1 where either has no counted word in it.
	Events   []string      `json:"events"`
	PerEvent [][][]float64 `json:"per_event"`
	// Shared is the divergence of each pair over the events both groups cover (-1 if
	// none), and Null the divergence that chance alone gives groups of these sizes there:
	// the mean, over GroupOptions.Null relabelings, of the divergence after the two groups'
	// documents are shuffled between them within each shared event, each group keeping
	// its number of documents there (seeded by PoolOptions.Seed; -1 if no shared event, or
	// if the only shared event has one document a group, where relabeling only swaps the
	// two and there is no null to estimate).
	// The divergence of two samples from one population grows as they shrink, so a small
	// group looks far from every other; Excess = Shared − Null is the divergence beyond
	// that, comparable between pairs of different sizes (it can be slightly negative; 0
	// where Null is -1). All three are nil when no null was computed.
	Shared [][]float64 `json:"shared,omitempty"`
	Null   [][]float64 `json:"null,omitempty"`
	Excess [][]float64 `json:"excess,omitempty"`
}

// maxGroups bounds the groups of CompareGroups: each group and its rest are sides.
const maxGroups = maxSides / 2

// CompareGroups compares k ≥ 2 groups of documents in one pass over docs: each group
// against the reference group or, without one, against all the other groups together (one
// vs rest), within every event and pooled across events ([EventCounts.Pool]: Mantel–Haenszel
// and random effects, permutation test); and the Jensen–Shannon divergence between every
// pair of groups, per event and over all events. A document in no group is not counted; one
// in two groups is an error wrapping corpus.ErrOverlap. At most 32 groups.
func CompareGroups(an *Analyzer, docs iter.Seq2[corpus.Document, error], groups []corpus.Side, opts *GroupOptions) (*Groups, error) {
	var o GroupOptions
	if opts != nil {
		o = *opts
	}
	if len(groups) < 2 || len(groups) > maxGroups {
		return nil, errorf(ErrOption, "CompareGroups needs 2 to %d groups (got %d)", maxGroups, len(groups))
	}
	out := &Groups{Reference: o.Reference, Kinds: map[string]string{}}
	ref := -1
	for i, g := range groups {
		if g.Name == "" || g.Match == nil || slices.Contains(out.Groups, g.Name) {
			return nil, errorf(ErrOption, "group %d: want a distinct name and a Match function", i)
		}
		out.Groups = append(out.Groups, g.Name)
		if g.Name == o.Reference {
			ref = i
		}
	}
	if o.Reference != "" && ref < 0 {
		return nil, errorf(ErrOption, "GroupOptions.Reference %q is not a group", o.Reference)
	}
	sides := slices.Clone(groups)
	if ref < 0 {
		for i, g := range groups {
			sides = append(sides, corpus.Side{Name: "rest of " + g.Name, Match: func(d corpus.Document) bool {
				if g.Match(d) {
					return false
				}
				for j, h := range groups {
					if j != i && h.Match(d) {
						return true
					}
				}
				return false
			}})
		}
	}
	// Each group's kinds, seen as the documents pass.
	kinds := make([]map[string]bool, len(groups))
	observed := func(yield func(corpus.Document, error) bool) {
		for d, err := range docs {
			if err == nil {
				for i, g := range groups {
					if g.Match(d) {
						if kinds[i] == nil {
							kinds[i] = map[string]bool{}
						}
						kinds[i][d.Kind] = true
					}
				}
			}
			if !yield(d, err) {
				return
			}
		}
	}
	if o.Null == 0 {
		o.Null = 20
	}
	ec, err := CountEvents(an, observed, sides, &CountOptions{NoRows: o.Pool.Permutations < 0 && o.Null < 0, Progress: o.Pool.Progress})
	if err != nil {
		return nil, err
	}
	defer ec.Close()
	for i, g := range groups {
		if len(kinds[i]) == 1 {
			for k := range kinds[i] {
				if k != "" {
					out.Kinds[g.Name] = k
				}
			}
		}
	}
	for i, g := range groups {
		if i == ref {
			continue
		}
		b := ref
		if ref < 0 {
			b = len(groups) + i
		}
		p, err := ec.Pool(i, b, &o.Pool)
		if errors.Is(err, ErrEmpty) {
			out.Skipped = append(out.Skipped, g.Name)
			continue
		}
		if err != nil {
			return nil, err
		}
		if ref < 0 {
			p.SideB = "rest"
			p.PerEvent.sideB = "rest"
		}
		out.Comparisons = append(out.Comparisons, p)
	}
	if out.Divergence, err = ec.divergences(len(groups)); err != nil {
		return nil, err
	}
	if o.Null > 0 {
		seed := o.Pool.Seed
		if seed == 0 {
			seed = DefaultSeed
		}
		if err := ec.nullDivergences(out.Divergence, len(groups), o.Null, seed); err != nil {
			return nil, err
		}
	}
	out.Within, out.Between, out.WithinPairs, out.BetweenPairs = kindDistances(out)
	out.WithinExcess, out.BetweenExcess = -1, -1
	if d := out.Divergence; d.Excess != nil {
		var ks kindSums
		ks.add(out, d.Excess, d.Null)
		out.WithinExcess, out.BetweenExcess = ks.means(-1)
		out.WithinExcessPairs, out.BetweenExcessPairs = ks.nw, ks.nb
	}
	return out, nil
}

// divergences returns the Jensen–Shannon matrices of the first k sides.
func (ec *EventCounts) divergences(k int) (*Divergences, error) {
	d := &Divergences{Groups: ec.sides[:k:k], Events: ec.Events()}
	square := func(fill float64) [][]float64 {
		m := make([][]float64, k)
		for i := range m {
			m[i] = make([]float64, k)
			for j := range m[i] {
				if i != j {
					m[i][j] = fill
				}
			}
		}
		return m
	}
	merged := make([][]*Profile, k) // each group's profiles of the events where it has words
	for _, e := range d.Events {
		m := square(-1)
		ps := make([]*Profile, k)
		for i := range k {
			p, err := ec.Profile(e, i)
			if err != nil {
				return nil, err
			}
			if p.Total(1) > 0 {
				ps[i] = p
				merged[i] = append(merged[i], p)
			}
		}
		for i := range k {
			for j := i + 1; j < k; j++ {
				if ps[i] == nil || ps[j] == nil {
					continue
				}
				if err := ec.overlap(ec.events[slices.Index(d.Events, e)], i, j); err != nil {
					return nil, err
				}
				js, err := JensenShannon(ps[i], ps[j])
				if err != nil {
					return nil, err
				}
				m[i][j], m[j][i] = js, js
			}
		}
		d.PerEvent = append(d.PerEvent, m)
	}
	all := make([]*Profile, k)
	for i := range k {
		if len(merged[i]) > 0 {
			p, err := Merge(merged[i]...)
			if err != nil {
				return nil, err
			}
			all[i] = p
		}
	}
	d.All = square(-1)
	for i := range k {
		for j := i + 1; j < k; j++ {
			if all[i] == nil || all[j] == nil {
				continue
			}
			js, err := JensenShannon(all[i], all[j])
			if err != nil {
				return nil, err
			}
			d.All[i][j], d.All[j][i] = js, js
		}
	}
	return d, nil
}

// kindDistances returns the mean per-event divergences within and between kinds.
func kindDistances(g *Groups) (within, between float64, nw, nb int) {
	var ks kindSums
	for _, m := range g.Divergence.PerEvent {
		ks.add(g, m, m)
	}
	within, between = ks.means(-1)
	return within, between, ks.nw, ks.nb
}

// kindSums adds up divergences between groups of one kind and of different kinds.
type kindSums struct {
	sw, sb float64
	nw, nb int
}

// add adds the pairs of m between groups with kinds, where valid (m itself, or the null
// beside an excess) is not negative.
func (k *kindSums) add(g *Groups, m, valid [][]float64) {
	for i := range m {
		for j := i + 1; j < len(m); j++ {
			ki, oki := g.Kinds[g.Groups[i]]
			kj, okj := g.Kinds[g.Groups[j]]
			if !oki || !okj || valid[i][j] < 0 {
				continue
			}
			if ki == kj {
				k.sw, k.nw = k.sw+m[i][j], k.nw+1
			} else {
				k.sb, k.nb = k.sb+m[i][j], k.nb+1
			}
		}
	}
}

// means returns the mean within a kind and between kinds, none where there is no pair.
func (k kindSums) means(none float64) (within, between float64) {
	within, between = none, none
	if k.nw > 0 {
		within = k.sw / float64(k.nw)
	}
	if k.nb > 0 {
		between = k.sb / float64(k.nb)
	}
	return within, between
}

// nullDivergences sets d.Null and d.Excess for the first k sides: each pair's documents
// relabeled at random within events, rounds times.
func (ec *EventCounts) nullDivergences(d *Divergences, k, rounds int, seed uint64) error {
	type doc struct {
		event int
		id    string
		mask  uint64
		ids   []int32
		n     []int64
	}
	// A row names its event by the order events were first seen; docs name it by its place
	// in ec.events (sorted by name), so that nothing depends on the input's order.
	place := make(map[int]int, len(ec.events))
	for i, ev := range ec.events {
		place[ev.index] = i
	}
	var docs []doc
	for _, r := range ec.rows {
		err := r.each(func(row *docRow) {
			docs = append(docs, doc{event: place[row.event], id: string(row.idb), mask: row.mask, ids: slices.Clone(row.ids), n: slices.Clone(row.n)})
		})
		if err != nil {
			return fmt.Errorf("framing: reading document rows: %w", err)
		}
	}
	// Rows come in the order the workers wrote them: sort, so that draws do not depend on it.
	slices.SortFunc(docs, func(x, y doc) int { return cmp.Or(cmp.Compare(x.event, y.event), strings.Compare(x.id, y.id)) })
	// One id space over every language's vocabulary (a term of one language is not the
	// same-looking term of another), and an order of it that does not depend on the order
	// in which workers interned terms: languages by name, then terms by text.
	runs := slices.Clone(ec.langs)
	slices.SortFunc(runs, func(x, y *langRun) int { return strings.Compare(x.set.an.Language, y.set.an.Language) })
	base := map[*langRun]int32{}
	var order []int32 // by global id: its place in that order
	for _, run := range runs {
		b := int32(len(order))
		base[run] = b
		for _, r := range run.vocab.ranks() {
			order = append(order, b+r)
		}
	}
	for x := range docs {
		b := base[ec.events[docs[x].event].run]
		for t := range docs[x].ids {
			docs[x].ids[t] += b
		}
	}
	v := len(order)
	countA, countB := make([]float64, v), make([]float64, v)
	var touched []int32
	jsd := func() float64 {
		var na, nb float64
		for _, id := range touched {
			na += countA[id]
			nb += countB[id]
		}
		if na == 0 || nb == 0 {
			return -1
		}
		js := 0.0
		for _, id := range touched {
			js += jsTerm(countA[id]/na, countB[id]/nb)
		}
		return min(max(js, 0), 1)
	}
	d.Shared, d.Null, d.Excess = make([][]float64, k), make([][]float64, k), make([][]float64, k)
	for i := range k {
		d.Shared[i], d.Null[i], d.Excess[i] = make([]float64, k), make([]float64, k), make([]float64, k)
	}
	for i := range k {
		for j := i + 1; j < k; j++ {
			bi, bj := uint64(1)<<ec.slot[i], uint64(1)<<ec.slot[j]
			// The pair's documents in the events both groups cover.
			byEvent := map[int][]int{}
			for x := range docs {
				if inI, inJ := docs[x].mask&bi != 0, docs[x].mask&bj != 0; inI != inJ {
					byEvent[docs[x].event] = append(byEvent[docs[x].event], x)
				}
			}
			var events []int
			inI := map[int]int{} // by event: group i's documents
			// A relabeling can change the divergence unless there is one shared event with
			// one document a group, where it only swaps the two.
			moves := false
			for e, xs := range byEvent {
				for _, x := range xs {
					if docs[x].mask&bi != 0 {
						inI[e]++
					}
				}
				if inI[e] > 0 && inI[e] < len(xs) {
					events = append(events, e)
					moves = moves || len(xs) > 2
				}
			}
			slices.Sort(events)
			if len(events) == 0 {
				d.Shared[i][j], d.Shared[j][i], d.Null[i][j], d.Null[j][i] = -1, -1, -1, -1
				continue
			}
			moves = moves || len(events) > 1
			// divergence sums the pair's documents in those events into A (where inA
			// says so) and B, and returns their divergence.
			divergence := func(inA func(e, k int) bool) float64 {
				touched = touched[:0]
				for _, e := range events {
					for k, x := range byEvent[e] {
						dd, dst := &docs[x], countB
						if inA(e, k) {
							dst = countA
						}
						for t, id := range dd.ids {
							if countA[id] == 0 && countB[id] == 0 {
								touched = append(touched, id)
							}
							dst[id] += float64(dd.n[t]) // whole numbers: exact in any order
						}
					}
				}
				// Sums in term order, whatever the draw and however the workers interned terms.
				slices.SortFunc(touched, func(x, y int32) int { return cmp.Compare(order[x], order[y]) })
				js := max(jsd(), 0)
				for _, id := range touched {
					countA[id], countB[id] = 0, 0
				}
				return js
			}
			shared := divergence(func(e, k int) bool { return docs[byEvent[e][k]].mask&bi != 0 })
			d.Shared[i][j], d.Shared[j][i] = shared, shared
			if !moves {
				// One shared event with one document a group: a relabeling only swaps the
				// two, which leaves the divergence as it is. No null to estimate.
				d.Null[i][j], d.Null[j][i] = -1, -1
				continue
			}
			h := fnv.New64a()
			fmt.Fprintf(h, "%s\x00%s", ec.sides[i], ec.sides[j])
			rank := map[int][]int{} // by event: each document's place in this round's draw
			sum := 0.0
			for r := range rounds {
				rng := rand.New(rand.NewPCG(seed^h.Sum64(), uint64(r)))
				for _, e := range events {
					order := rng.Perm(len(byEvent[e]))
					if rank[e] == nil {
						rank[e] = make([]int, len(order))
					}
					for place, k := range order {
						rank[e][k] = place
					}
				}
				// The first inI[e] places of each event's draw are group i's.
				sum += divergence(func(e, k int) bool { return rank[e][k] < inI[e] })
			}
			null := sum / float64(rounds)
			d.Null[i][j], d.Null[j][i] = null, null
			d.Excess[i][j], d.Excess[j][i] = shared-null, shared-null
		}
	}
	return nil
}
