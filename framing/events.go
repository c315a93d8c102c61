package framing

import (
	"bytes"
	"cmp"
	"fmt"
	"hash/fnv"
	"iter"
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/stats"
	"gonum.org/v1/gonum/stat/distuv"
)

// DefaultSeed seeds the permutation test of [PoolEvents] when PoolOptions.Seed is 0.
const DefaultSeed = 20261125

// PoolOptions configures [PoolEvents]. The zero value runs 1,000 permutations with
// [DefaultSeed], tests the 200 terms with the largest pooled |z|, and keeps terms seen in
// at least one event.
type PoolOptions struct {
	// Permutations is the number of label shuffles of the permutation test; 0 means 1000,
	// a negative value skips the test.
	Permutations int    `json:"permutations"`
	Seed         uint64 `json:"seed"`       // 0 means DefaultSeed
	Test         int    `json:"test"`       // terms given the permutation test; 0 means 200
	MinEvents    int    `json:"min_events"` // keep terms seen in at least this many events; 0 means 1
	Top          int    `json:"top"`        // per-event comparisons list this many terms per side; 0 means 10
	// Tau2 is the estimator of the between-event variance of each term's random-effects
	// pooling (default REML, as metafor; see stats.Tau2Method), and KnappHartung its
	// Knapp–Hartung intervals (see stats.MetaOptions).
	Tau2         stats.Tau2Method `json:"tau2"`
	KnappHartung bool             `json:"knapp_hartung"`
	// Rank orders the terms (and chooses those given the permutation test): RankMH, the
	// default, by the Mantel–Haenszel |Z|; RankRandom by the random-effects |Z|, which
	// discounts a lean that varies across events.
	Rank Rank `json:"rank"`
	// Progress, if set, is called as PoolEvents reads documents (see CountOptions).
	Progress func(Progress) `json:"-"`
}

// Rank is the order of pooled terms.
type Rank int

const (
	RankMH     Rank = iota // by the Mantel–Haenszel |Z| (the default)
	RankRandom             // by the random-effects |Z|
)

var rankNames = [...]string{RankMH: "mh", RankRandom: "random"}

// String returns the rank's name: mh or random.
func (r Rank) String() string {
	if r < 0 || int(r) >= len(rankNames) {
		return fmt.Sprintf("Rank(%d)", int(r))
	}
	return rankNames[r]
}

// MarshalText writes the rank by name.
func (r Rank) MarshalText() ([]byte, error) {
	if r < 0 || int(r) >= len(rankNames) {
		return nil, errorf(ErrOption, "Rank(%d)", int(r))
	}
	return []byte(r.String()), nil
}

// UnmarshalText reads a rank by name.
func (r *Rank) UnmarshalText(b []byte) error {
	for i, n := range rankNames {
		if n == string(b) {
			*r = Rank(i)
			return nil
		}
	}
	return errorf(ErrOption, "rank %q (want mh or random)", b)
}

// PooledTerm is one term's difference between the sides, pooled over events.
type PooledTerm struct {
	Term string `json:"term"` // the counted term
	Word string `json:"word"` // its most frequent surface form
	// WordA and WordB are its most frequent form on each side alone over the run, empty on
	// a side that never uses it and in the cases [KeyTerm.WordA] lists (protected phrases,
	// SideBy sides, more than 8 combinations of fixed sides): they differ where the sides
	// reach one stem from different words.
	WordA  string `json:"word_a,omitempty"`
	WordB  string `json:"word_b,omitempty"`
	CountA int    `json:"count_a"` // over all events
	CountB int    `json:"count_b"` // over all events
	Events int    `json:"events"`  // events in which the term occurs
	// Same is the number of those events in which the term leans the way the pooled
	// estimate does; SameShare = Same / Events. Framing that recurs has a high share;
	// one-off content does not.
	Same      int     `json:"same"`
	SameShare float64 `json:"same_share"` // Same / Events
	// LogOR is the Mantel–Haenszel pooled log odds ratio of the term in A against B; SE its
	// Robins–Breslow–Greenland standard error; Z = LogOR / SE and P its two-sided p-value.
	LogOR float64 `json:"log_or"`
	SE    float64 `json:"se"` // standard error of LogOR
	Z     float64 `json:"z"`  // LogOR / SE
	P     float64 `json:"p"`  // two-sided p-value of Z
	// PAdj is P adjusted by Benjamini–Hochberg over every term pooled.
	PAdj float64 `json:"p_adj"`
	// PermP is the permutation p-value (see PoolEvents), -1 where the term was not tested:
	// only the first Test terms in the ranking by |Z| are, and none with Permutations < 0,
	// so check Permuted (or PermP ≥ 0) before a filter such as PermP < 0.05. PermPAdj is
	// PermP adjusted by Benjamini–Hochberg over the terms tested, -1 where untested. Both
	// adjustments are conditional on that choice of terms by the same data.
	PermP    float64 `json:"perm_p"`
	PermPAdj float64 `json:"perm_p_adj"`
	Permuted bool    `json:"permuted"` // whether PermP was computed
	// Random is the random-effects pooling of the term's per-event log odds ratios (over
	// the events where it occurs; a table with a zero cell gets 1/2 in each cell, see
	// stats.LogOddsRatio, except for a term one side never uses, whose tables get the
	// treatment-arm correction its Mantel–Haenszel tables get, see [EventCounts.Pool]):
	// the estimate and its interval, τ², Cochran's Q, I² and the prediction interval for a
	// new event. A high I² or a prediction interval that crosses
	// 0 says the lean is not consistent across events, whatever the pooled Z.
	Random stats.Meta `json:"random"`
	// Tarone is the Breslow–Day test of a common odds ratio across the term's events with
	// Tarone's correction, and TaroneP its p-value (see stats.MH); 0 and 1 when the term
	// has one event or appears on one side only.
	Tarone  float64 `json:"tarone"`
	TaroneP float64 `json:"tarone_p"`
	// Evidence flags a term one side never uses ([EvidenceOneSide]: CountA or CountB is 0).
	// Its LogOR and SE then come from a continuity correction (see [EventCounts.Pool]):
	// their size is set by the correction, not by the data; only the direction is
	// the data's.
	Evidence Evidence `json:"evidence"`

	hasMH bool // LogOR is the uncorrected Mantel–Haenszel estimate
}

// Pooled is the comparison of two sides over many events.
type Pooled struct {
	SideA   string   `json:"side_a"`  // the name of side A
	SideB   string   `json:"side_b"`  // the name of side B
	Events  []string `json:"events"`  // the events with documents on both sides
	Skipped []string `json:"skipped"` // events lacking a side
	// PerEvent are the events' own comparisons (Top terms a side), not tested over
	// documents, made from the counts each time they are read.
	PerEvent *EventComparisons `json:"per_event"`
	Terms    []PooledTerm      `json:"terms"` // sorted by |Z| (descending), then term
	// Arrangements is the number of distinct ways to relabel documents within events
	// (capped at 1e18): with few documents per side, permutation p-values cannot go below
	// 1/Arrangements.
	Arrangements float64     `json:"arrangements"`
	Options      PoolOptions `json:"options"`  // the settings used, defaults filled in
	Analyzer     Analyzer    `json:"analyzer"` // the analyzer settings
}

// PoolEvents compares sides a and b within every event that has documents on both, then
// pools the evidence across events: it is [CountEvents] over docs with the two sides,
// followed by [EventCounts.Pool]. It reads docs once.
func PoolEvents(an *Analyzer, docs iter.Seq2[corpus.Document, error], a, b corpus.Side, opts *PoolOptions) (*Pooled, error) {
	o, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	ec, err := CountEvents(an, docs, []corpus.Side{a, b}, &CountOptions{NoRows: o.Permutations < 0, Progress: o.Progress})
	if err != nil {
		return nil, err
	}
	defer ec.Close()
	return ec.Pool(0, 1, &o)
}

func (o *PoolOptions) resolve() (PoolOptions, error) {
	var c PoolOptions
	if o != nil {
		c = *o
	}
	if c.Permutations == 0 {
		c.Permutations = 1000
	}
	if c.Seed == 0 {
		c.Seed = DefaultSeed
	}
	if c.Test == 0 {
		c.Test = 200
	}
	if c.MinEvents == 0 {
		c.MinEvents = 1
	}
	if c.Top == 0 {
		c.Top = 10
	}
	if _, err := c.Tau2.MarshalText(); err != nil {
		return c, errorf(ErrOption, "PoolOptions.Tau2: %v", err)
	}
	if _, err := c.Rank.MarshalText(); err != nil {
		return c, errorf(ErrOption, "PoolOptions.Rank: %v", err)
	}
	if c.Permutations > 1_000_000 || c.Test < 0 || c.MinEvents < 0 || c.Top < 0 {
		return c, errorf(ErrOption, "PoolOptions: Permutations %d (at most 1,000,000), Test %d, MinEvents %d, Top %d (want >= 0)",
			c.Permutations, c.Test, c.MinEvents, c.Top)
	}
	return c, nil
}

// Pool compares sides a and b (indexes into Sides) within every event that has documents
// on both, then pools the evidence across events, so that framing that recurs stands apart
// from content that belongs to one event:
//
//   - Mantel–Haenszel pooled odds ratio over the events' 2×2 tables (term vs other words,
//     A vs B), with the Robins, Breslow & Greenland (1986, Biometrics 42) variance of its
//     log. For a term one side never uses (whose pooled numerator or denominator is
//     zero), the events where the term does not occur are dropped (metafor's drop00) and
//     the others' cells corrected by the treatment-arm continuity correction of Sweeting,
//     Sutton & Lambert (2004, Statistics in Medicine 23(9)): with N_A and N_B the sides'
//     counted words in the event, N_A/(N_A+N_B) is added to side A's two cells and
//     N_B/(N_A+N_B) to side B's (together 1, as 0.5 + 0.5 of Haldane–Anscombe). Unlike
//     0.5 in every cell, it does not favor the larger side: an event's corrected odds
//     ratio is 1 when the term is on neither side and below 1 when it is on side B only,
//     so a term only side B uses always leans to B (and one only A uses to A). A term both
//     sides use whose numerator or denominator is still zero (a side's only words are the
//     term's) takes 0.5 in every cell of every table.
//   - the share of events in which the term leans the same way as the pooled estimate.
//   - a permutation test: side labels are shuffled among each event's documents (keeping
//     each side's number of documents), the statistic being the Cochran–Mantel–Haenszel
//     sum Σ_e (a_e − E[a_e]); p = (1 + #{|T*| ≥ |T|}) / (1 + permutations). Each event's
//     shuffles come from a PCG generator seeded with Seed and the event's name, and the
//     documents of an event are shuffled in the order of their IDs, so the result does not
//     depend on the order of the input or on how the work is split.
//
// It returns an error wrapping [ErrEmpty] when no event has both sides, one wrapping
// [corpus.ErrOverlap] when a document of a compared event belongs to both sides, and one
// wrapping [ErrOption] for invalid options (or a permutation test on counts made with
// NoRows).
func (ec *EventCounts) Pool(a, b int, opts *PoolOptions) (*Pooled, error) {
	return ec.pool(ec.terms(), a, b, opts)
}

// poolSource is what pooling counts in each (event, side): the terms, or the categories of
// one lexicon (PoolLexicon), read in place from the same records, so that pooling a
// lexicon over many small events makes no copy of them.
type poolSource struct {
	lex int // the lexicon's index in EventCounts.lexs; -1 for the terms
	// For a lexicon: the ids are the positions of every lexicon's categories in the
	// category rows (lexicon 0's, then lexicon 1's, ...), so that the rows need no
	// mapping; the lexicon's are base to base+len(names)-1, the others never counted.
	base  int32
	vocab int
	names []string // the lexicon's categories
	// rows are the document rows the permutation test relabels, and hasRows whether they
	// were kept (see EventCounts.hasRows).
	rows    []*rowStore
	hasRows bool
}

// terms returns the source of Pool: the counted terms.
func (ec *EventCounts) terms() *poolSource {
	return &poolSource{lex: -1, rows: ec.rows, hasRows: ec.hasRows()}
}

// total returns the words counted in sc: its terms', or the words the lexicons looked at.
func (s *poolSource) total(sc *sideCounts) int64 {
	if s.lex < 0 {
		return sc.total
	}
	if sc.lex == nil {
		return 0
	}
	return sc.lex.words
}

// get returns the count of id in sc.
func (s *poolSource) get(sc *sideCounts, id int32) int64 {
	if s.lex < 0 {
		return sc.counts.get(id)
	}
	if sc.lex == nil || id < s.base || int(id-s.base) >= len(s.names) {
		return 0
	}
	n, _ := sc.lex.get(s.lex, int(id-s.base))
	return n
}

// eachLex calls f for every category of the lexicon counted in sc, with its id and count.
func (s *poolSource) eachLex(sc *sideCounts, f func(id int32, v int64)) {
	if sc.lex == nil {
		return
	}
	cats := sc.lex.cats
	i, _ := sc.lex.find(s.lex, 0)
	for ; i < len(cats) && int(cats[i].lex) == s.lex; i++ {
		if cats[i].count > 0 {
			f(s.base+int32(cats[i].cat), int64(cats[i].count))
		}
	}
}

// lookup returns the id of a term or category.
func (s *poolSource) lookup(run *langRun, term string) (int32, bool) {
	if s.lex < 0 {
		return run.vocab.lookupTerm(term)
	}
	if c := slices.Index(s.names, term); c >= 0 {
		return s.base + int32(c), true
	}
	return 0, false
}

// pool is Pool of the counts of src.
func (ec *EventCounts) pool(src *poolSource, a, b int, opts *PoolOptions) (*Pooled, error) {
	o, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	if err := ec.side(a); err != nil {
		return nil, err
	}
	if err := ec.side(b); err != nil {
		return nil, err
	}
	out := &Pooled{SideA: ec.sides[a], SideB: ec.sides[b], Options: o, Analyzer: ec.an}
	slotA, slotB := ec.slot[a], ec.slot[b]
	var events []*eventData
	for _, ev := range ec.events {
		sa, sb := ev.side(slotA), ev.side(slotB)
		if sa.docs == 0 || sb.docs == 0 || src.total(sa) == 0 || src.total(sb) == 0 {
			out.Skipped = append(out.Skipped, ev.name)
			continue
		}
		if err := ec.overlap(ev, a, b); err != nil {
			return nil, err
		}
		out.Events = append(out.Events, ev.name)
		events = append(events, ev)
	}
	if len(events) == 0 {
		return nil, errorf(ErrEmpty, "no event has documents on both sides")
	}
	for _, ev := range events {
		if ev.run != events[0].run {
			return nil, errorf(ErrMismatch, "events %q and %q are in different languages: pool each language on its own", events[0].name, ev.name)
		}
	}
	// Each event's own comparison, made when it is read.
	co, err := (&CompareOptions{Top: o.Top, DocTest: DocTestOptions{Permutations: -1}}).resolve()
	if err != nil {
		return nil, err
	}
	out.PerEvent = &EventComparisons{ec: ec, events: events, a: a, b: b, sideA: ec.sides[a], sideB: ec.sides[b], opts: co}
	out.Analyzer = events[0].run.set.an
	out.Analyzer.Workers = ec.an.Workers
	out.Terms = ec.poolCounts(src, events, slotA, slotB, &o)
	if err := adjustPooled(out.Terms, func(t *PooledTerm) *float64 { return &t.P }, func(t *PooledTerm) *float64 { return &t.PAdj }); err != nil {
		return nil, err
	}
	for i := range out.Terms {
		out.Terms[i].PermP, out.Terms[i].PermPAdj = -1, -1
	}
	arrangements := 1.0
	for _, ev := range events {
		na, nb := ev.side(slotA).docs, ev.side(slotB).docs
		arrangements = min(1e18, arrangements*binomial(na+nb, na))
	}
	out.Arrangements = arrangements
	if o.Permutations > 0 && len(out.Terms) > 0 {
		if err := ec.permutationTest(src, out, events, slotA, slotB, &o); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// poolTerms pools every term over the events, sorted by |Z| (descending), then term. a and
// b are the sides' slots.
func (ec *EventCounts) poolTerms(events []*eventData, a, b int, o *PoolOptions) []PooledTerm {
	return ec.poolCounts(ec.terms(), events, a, b, o)
}

// poolCounts is poolTerms of the counts of src.
func (ec *EventCounts) poolCounts(src *poolSource, events []*eventData, a, b int, o *PoolOptions) []PooledTerm {
	minEvents := o.MinEvents
	run := events[0].run
	v, keys, best := run.vocab.Len(), run.vocab.keySnapshot(), run.best
	ownA, ownB := run.ownOf(a), run.ownOf(b)
	if src.lex >= 0 { // a category's name is its term and its word
		v, keys, ownA, ownB = src.vocab, make([]string, src.vocab), nil, nil
		copy(keys[src.base:], src.names)
		best = keys
	}
	type acc struct {
		countA, countB int64
		events         int
		r, s, pr, ps   float64 // Mantel–Haenszel sums (see mantelHaenszel)
		qs             float64
	}
	accs := make([]acc, v)
	// each calls f for every term of an event with its counts on both sides.
	each := func(ev *eventData, f func(id int32, x, y float64)) {
		if src.lex >= 0 {
			sa, sb := ev.side(a), ev.side(b)
			src.eachLex(sa, func(id int32, x int64) { f(id, float64(x), float64(src.get(sb, id))) })
			src.eachLex(sb, func(id int32, y int64) {
				if src.get(sa, id) == 0 {
					f(id, 0, float64(y))
				}
			})
			return
		}
		sa, sb := &ev.side(a).counts, &ev.side(b).counts
		sa.each(func(id int32, x int64) { f(id, float64(x), float64(sb.get(id))) })
		sb.each(func(id int32, y int64) {
			if sa.get(id) == 0 {
				f(id, 0, float64(y))
			}
		})
	}
	for _, ev := range events {
		n1, n2 := float64(src.total(ev.side(a))), float64(src.total(ev.side(b)))
		each(ev, func(id int32, x, y float64) {
			ac := &accs[id]
			ac.countA += int64(x)
			ac.countB += int64(y)
			ac.events++
			t := table2{x, y, n1, n2}
			r, s, pr, ps, qs := t.mhParts(0, 0)
			ac.r += r
			ac.s += s
			ac.pr += pr
			ac.ps += ps
			ac.qs += qs
		})
	}
	kept := func(ac *acc) bool { return ac.events > 0 && ac.events >= minEvents }
	n := 0
	for id := range accs {
		if kept(&accs[id]) {
			n++
		}
	}
	out := make([]PooledTerm, 0, n) // (exactly: the rows are the result's)
	index := make([]int32, v)       // term id -> position in out, plus one
	for id := range accs {
		ac := &accs[id]
		if !kept(ac) {
			continue
		}
		pt := PooledTerm{Term: keys[id], Word: best[id], CountA: int(ac.countA), CountB: int(ac.countB), Events: ac.events}
		if pt.Word == "" {
			pt.Word = pt.Term
		}
		if ac.countA > 0 {
			pt.WordA = ownWord(ownA, int32(id))
		}
		if ac.countB > 0 {
			pt.WordB = ownWord(ownB, int32(id))
		}
		if ac.countA == 0 || ac.countB == 0 {
			pt.Evidence |= EvidenceOneSide
		}
		pt.hasMH = ac.r > 0 && ac.s > 0
		if pt.hasMH {
			pt.LogOR, pt.SE = mhFinish(ac.r, ac.s, ac.pr, ac.ps, ac.qs)
		} else {
			// A term on one side only: mantelHaenszel drops the events without it and
			// corrects the others' tables (read in place: a slice of every event's
			// table per such term would cost terms × events).
			pt.LogOR, pt.SE = mantelHaenszelOf(len(events), pt.Evidence&EvidenceOneSide != 0, func(k int) table2 {
				sa, sb := events[k].side(a), events[k].side(b)
				return table2{float64(src.get(sa, int32(id))), float64(src.get(sb, int32(id))),
					float64(src.total(sa)), float64(src.total(sb))}
			})
		}
		pt.Z = pt.LogOR / pt.SE
		pt.P = math.Erfc(math.Abs(pt.Z) / math.Sqrt2)
		out = append(out, pt)
		index[id] = int32(len(out))
	}
	// Each kept term's tables, gathered term by term (compressed rows: the term's Events
	// tables in event order) as the events are read, for a run of terms at a time, so that
	// the tables held never pass poolChunk, however many terms and events there are; a
	// table is kept as its event and two counts, the totals being the event's. The first
	// reading counts the events leaning the same way too.
	totals := make([][2]int64, len(events))
	for e, ev := range events {
		totals[e] = [2]int64{src.total(ev.side(a)), src.total(ev.side(b))}
	}
	var tables []termTable
	chunk := cmp.Or(ec.poolChunk, poolChunk)
	for lo, hi := 0, 0; lo < len(out); lo = hi {
		size := 0
		for hi = lo; hi < len(out) && (hi == lo || size+out[hi].Events <= chunk); hi++ {
			size += out[hi].Events
		}
		start := make([]int32, hi-lo+1)
		for i := lo; i < hi; i++ {
			start[i-lo+1] = start[i-lo] + int32(out[i].Events)
		}
		tables = slices.Grow(tables[:0], size)[:size]
		next := slices.Clone(start[:hi-lo])
		for e, ev := range events {
			n1, n2 := float64(totals[e][0]), float64(totals[e][1])
			each(ev, func(id int32, x, y float64) {
				i := int(index[id]) - 1
				if i < 0 {
					return
				}
				pt := &out[i]
				if lo == 0 {
					if d := x/n1 - y/n2; d != 0 && (d > 0) == (pt.LogOR > 0) && pt.LogOR != 0 {
						pt.Same++
					}
				}
				if i >= lo && i < hi {
					tables[next[i-lo]] = termTable{event: int32(e), a: uint32(x), b: uint32(y)}
					next[i-lo]++
				}
			})
		}
		ec.heterogeneity(out[lo:hi], tables, start, totals, o)
	}
	for i := range out {
		out[i].SameShare = float64(out[i].Same) / float64(out[i].Events)
	}
	key := func(t *PooledTerm) float64 { return math.Abs(t.Z) }
	if o.Rank == RankRandom {
		key = func(t *PooledTerm) float64 { return math.Abs(t.Random.Z) }
	}
	// Sort positions, then move each (large) row once, in place, a cycle of the
	// permutation at a time.
	order := make([]int32, len(out))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		x, y := &out[i], &out[j]
		return cmp.Or(cmp.Compare(key(y), key(x)), strings.Compare(x.Term, y.Term))
	})
	for i := range order {
		if int(order[i]) == i {
			continue
		}
		first := out[i]
		j := i
		for { // position j takes out[order[j]], read before it is written
			k := int(order[j])
			order[j] = int32(j)
			if k == i {
				out[j] = first
				break
			}
			out[j] = out[k]
			j = k
		}
	}
	return out
}

// mhFinish returns the Mantel–Haenszel log odds ratio and its Robins–Breslow–Greenland
// standard error from the sums of mhParts.
func mhFinish(r, s, pr, ps, qs float64) (logOR, se float64) {
	return math.Log(r / s), math.Sqrt(pr/(2*r*r) + ps/(2*r*s) + qs/(2*s*s))
}

// poolChunk is how many tables of terms, 12 bytes each, pooling holds at a time (see
// poolTerms), unless EventCounts.poolChunk says otherwise.
const poolChunk = 1 << 20

// termTable is one event's table of one term: the event (its position) and the term's
// counts on sides A and B (each below 2^32, as the counts are).
type termTable struct {
	event int32
	a, b  uint32
}

// heterogeneity sets Random, Tarone and TaroneP of every pooled term from its per-event
// tables, tables[start[i]:start[i+1]] for term i, with the events' totals on A and B.
func (ec *EventCounts) heterogeneity(out []PooledTerm, tables []termTable, start []int32, totals [][2]int64, o *PoolOptions) {
	meta := &stats.MetaOptions{Method: o.Tau2, KnappHartung: o.KnappHartung}
	const chunk = 512
	ec.parallel((len(out)+chunk-1)/chunk, func(c int) {
		var y, v []float64
		var ts []stats.Table
		for i := c * chunk; i < min(len(out), (c+1)*chunk); i++ {
			ts = ts[:0]
			for _, t := range tables[start[i]:start[i+1]] {
				n := totals[t.event]
				ts = append(ts, stats.Table{A: int64(t.a), N1: n[0], B: int64(t.b), N2: n[1]})
			}
			pt := &out[i]
			y, v = y[:0], v[:0]
			for _, t := range ts {
				var yi, vi float64
				if pt.Evidence&EvidenceOneSide == 0 {
					yi, vi, _ = stats.LogOddsRatio(t) // counts within totals: cannot fail
				} else {
					yi, vi = treatmentArmLogOR(t)
				}
				y, v = append(y, yi), append(v, vi)
			}
			pt.Random, _ = stats.RandomEffects(y, v, meta) // finite estimates: cannot fail
			pt.TaroneP = 1
			if pt.hasMH { // not for a one-sided term, whose MH odds ratio is corrected
				pt.Tarone, pt.TaroneP, _ = stats.Tarone(ts, pt.LogOR)
			}
		}
	})
}

// parallel calls f(0) ... f(n-1), spread over the counts' workers.
func (ec *EventCounts) parallel(n int, f func(i int)) {
	workers := ec.an.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		}()
	}
	wg.Wait()
}

// permEvent holds one event's documents for the document-level test (see gatherRows):
// each one's ID, side, counted words and, sparsely (compressed rows), its counts of the
// tested terms.
type permEvent struct {
	ids   []string
	inA   []bool
	total []float64
	off   []int32 // document d's counts are terms[off[d]:off[d+1]], n[off[d]:off[d+1]]
	terms []int32 // indexes of tested terms
	n     []uint32
}

// permEvents hold the documents of every event for the permutation test, in flat arrays
// (a few bytes a document, however many events): event e's documents, sorted by ID, are
// doc[e] to doc[e+1]-1; document d's counted words are total[d], and its counts of the
// tested terms terms[off[d]:off[d+1]] (indexes of tested terms) and n[...]. The tested
// terms present in event e are present[pres[e]:pres[e+1]], ascending, with their counts
// over the event in all[...].
type permEvents struct {
	doc     []int32
	total   []float64
	inA     []bool
	off     []int32
	terms   []int32
	n       []uint32
	pres    []int32
	present []int32
	all     []float64
	words   []float64 // by event: words of its documents on both sides
	sizeA   []int32   // by event: documents on side A
	seed    []uint64  // by event: the hash of its name
}

// stat adds to t the statistic Σ_k (a_k − all_k·n1/n) of event e with the documents whose
// bits are set in inA taken as side A, using sumA (zero on entry and on return) as scratch.
// The documents are visited in order, set bit by set bit, so that memory is read front to
// back and no branch depends on the draw.
func (pe *permEvents) stat(e int, inA []uint64, sumA, t []float64) {
	base := int(pe.doc[e])
	n1 := 0.0
	for w, bitsW := range inA {
		for bitsW != 0 {
			d := base + (w<<6 | bits.TrailingZeros64(bitsW))
			bitsW &= bitsW - 1
			n1 += pe.total[d]
			for j := pe.off[d]; j < pe.off[d+1]; j++ {
				sumA[pe.terms[j]] += float64(pe.n[j])
			}
		}
	}
	words := pe.words[e]
	if words == 0 {
		return
	}
	for j := pe.pres[e]; j < pe.pres[e+1]; j++ {
		k := pe.present[j]
		t[k] += sumA[k] - pe.all[j]*n1/words
		sumA[k] = 0
	}
}

// docs returns the number of documents of event e.
func (pe *permEvents) docs(e int) int { return int(pe.doc[e+1] - pe.doc[e]) }

// permutationTest sets PermP of the Test terms with the largest |Z|. a and b are the sides'
// slots.
func (ec *EventCounts) permutationTest(src *poolSource, out *Pooled, events []*eventData, a, b int, o *PoolOptions) error {
	if !src.hasRows {
		return errorf(ErrOption, "the counts were made with NoRows: no permutation test")
	}
	ntest := min(o.Test, len(out.Terms))
	vocab := src.vocab
	if src.lex < 0 {
		vocab = events[0].run.vocab.Len()
	}
	tested := make([]int32, vocab) // term id -> index of the tested term, or -1
	for i := range tested {
		tested[i] = -1
	}
	for k := range ntest {
		if id, ok := src.lookup(events[0].run, out.Terms[k].Term); ok {
			tested[id] = int32(k)
		}
	}
	pe, err := ec.gatherPermRows(src.rows, events, a, b, tested, ntest)
	if err != nil {
		return err
	}
	observed := make([]float64, ntest)
	sumA := make([]float64, ntest)
	var observedA []uint64
	for e := range events {
		n := pe.docs(e)
		observedA = slices.Grow(observedA[:0], (n+63)/64)[:(n+63)/64]
		clear(observedA)
		for d := range n {
			if pe.inA[int(pe.doc[e])+d] {
				observedA[d>>6] |= 1 << (d & 63)
			}
		}
		pe.stat(e, observedA, sumA, observed)
	}
	// Shuffles run in parallel, each worker taking a block of them over every event in
	// order, so that each shuffle's sum is made in the same order whatever the split.
	exceed := make([]int, ntest)
	workers := ec.an.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, o.Permutations/50))
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := o.Permutations*w/workers, o.Permutations*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := make([]float64, (hi-lo)*ntest)
			sumA := make([]float64, ntest)
			var picked []uint64
			// One generator, seeded again for each event and shuffle: the same draws as a
			// new one each time, without two allocations per event and shuffle.
			var pcg rand.PCG
			rng := rand.New(&pcg)
			for e := range events {
				n := pe.docs(e)
				picked = slices.Grow(picked[:0], (n+63)/64)[:(n+63)/64]
				for p := lo; p < hi; p++ {
					pcg.Seed(o.Seed^pe.seed[e], uint64(p))
					floyd(rng, picked, n, int(pe.sizeA[e])) // side A's documents
					pe.stat(e, picked, sumA, t[(p-lo)*ntest:(p-lo+1)*ntest])
				}
			}
			local := make([]int, ntest)
			for p := range hi - lo {
				for k := range ntest {
					if math.Abs(t[p*ntest+k]) >= math.Abs(observed[k])*(1-1e-12)-1e-9 {
						local[k]++
					}
				}
			}
			mu.Lock()
			for k := range local {
				exceed[k] += local[k]
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	for k := range ntest {
		out.Terms[k].PermP = float64(1+exceed[k]) / float64(1+o.Permutations)
		out.Terms[k].Permuted = true
	}
	return adjustPooled(out.Terms[:ntest], func(t *PooledTerm) *float64 { return &t.PermP }, func(t *PooledTerm) *float64 { return &t.PermPAdj })
}

// gatherPermRows reads the rows (the term rows or the category rows) of the documents of
// events that belong to side a or b (slots) into permEvents, keeping the counts of the
// terms that tested maps (term id -> index of the ntest tested terms, or -1) to an index.
// Each store of rows is read by a goroutine of its own, into flat arrays of its own; their
// documents are then put together event by event, sorted by ID. A document ID twice in an event is an error
// wrapping [corpus.ErrDuplicateID].
func (ec *EventCounts) gatherPermRows(rows []*rowStore, events []*eventData, a, b int, tested []int32, ntest int) (*permEvents, error) {
	// Event index -> position in events, or -1 (a slice: 4 bytes an event, not a map's 25).
	size := 0
	for _, ev := range events {
		size = max(size, ev.index+1)
	}
	position := make([]int32, size)
	for i := range position {
		position[i] = -1
	}
	for i, ev := range events {
		position[ev.index] = int32(i)
	}
	// What one store read: its documents in its order, with flat counts, and their IDs end
	// to end in one array (a string each would cost 16 bytes more a document, and an
	// allocation).
	type storeDocs struct {
		event []int32
		ids   []byte
		idEnd []int // document d's ID is ids[idEnd[d-1]:idEnd[d]] (from 0 for the first)
		inA   []bool
		total []float64
		off   []int32
		terms []int32
		n     []uint32
	}
	stores := make([]storeDocs, len(rows))
	errs := make([]error, len(rows))
	ec.parallel(len(rows), func(r int) {
		sd := &stores[r]
		// Sized for every row at once (most are the sides'): slices of megabytes grown by
		// doubling leave holes in the heap that later ones do not fit.
		n := rows[r].rows
		sd.event, sd.idEnd = make([]int32, 0, n), make([]int, 0, n)
		sd.inA, sd.total, sd.off = make([]bool, 0, n), make([]float64, 0, n), make([]int32, 1, n+1)
		errs[r] = rows[r].each(func(row *docRow) {
			if row.event < 0 || row.event >= len(position) || position[row.event] < 0 || row.mask&(1<<a|1<<b) == 0 {
				return
			}
			sd.event = append(sd.event, position[row.event])
			sd.ids = append(sd.ids, row.idb...)
			sd.idEnd = append(sd.idEnd, len(sd.ids))
			sd.inA = append(sd.inA, row.mask&(1<<a) != 0)
			sd.total = append(sd.total, float64(row.total))
			for j, id := range row.ids {
				if int(id) < len(tested) && tested[id] >= 0 {
					sd.terms = append(sd.terms, tested[id])
					sd.n = append(sd.n, uint32(min(row.n[j], math.MaxUint32)))
				}
			}
			sd.off = append(sd.off, int32(len(sd.terms)))
		})
	})
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("framing: reading document rows: %w", err)
		}
	}
	// Each event's documents: where they are in the stores (store, document), in order.
	pe := &permEvents{doc: make([]int32, len(events)+1)}
	ndocs, nterms := 0, 0
	for r := range stores {
		for _, e := range stores[r].event {
			pe.doc[e+1]++
		}
		ndocs += len(stores[r].event)
		nterms += len(stores[r].terms)
	}
	for e := range events {
		pe.doc[e+1] += pe.doc[e]
	}
	type where struct{ store, doc int32 }
	src := make([]where, ndocs)
	next := slices.Clone(pe.doc[:len(events)])
	for r := range stores {
		for d, e := range stores[r].event {
			src[next[e]] = where{int32(r), int32(d)}
			next[e]++
		}
	}
	next = nil
	pe.total = make([]float64, 0, ndocs)
	pe.inA = make([]bool, 0, ndocs)
	pe.off = make([]int32, 1, ndocs+1)
	pe.terms = make([]int32, 0, nterms)
	pe.n = make([]uint32, 0, nterms)
	pe.pres = make([]int32, 1, len(events)+1)
	pe.words = make([]float64, len(events))
	pe.sizeA = make([]int32, len(events))
	pe.seed = make([]uint64, len(events))
	all := make([]float64, ntest) // the current event's counts, by tested term
	var present []int32
	id := func(w where) []byte {
		sd := &stores[w.store]
		from := 0
		if w.doc > 0 {
			from = sd.idEnd[w.doc-1]
		}
		return sd.ids[from:sd.idEnd[w.doc]]
	}
	for e, ev := range events {
		docs := src[pe.doc[e]:pe.doc[e+1]]
		slices.SortFunc(docs, func(x, y where) int { return bytes.Compare(id(x), id(y)) })
		for i := 1; i < len(docs); i++ {
			if bytes.Equal(id(docs[i]), id(docs[i-1])) {
				return nil, fmt.Errorf("framing: event %q: document id %q appears twice: %w", ev.name, id(docs[i]), corpus.ErrDuplicateID)
			}
		}
		present = present[:0]
		for _, w := range docs {
			sd := &stores[w.store]
			pe.total = append(pe.total, sd.total[w.doc])
			pe.inA = append(pe.inA, sd.inA[w.doc])
			pe.words[e] += sd.total[w.doc]
			if sd.inA[w.doc] {
				pe.sizeA[e]++
			}
			for j := sd.off[w.doc]; j < sd.off[w.doc+1]; j++ {
				k := sd.terms[j]
				pe.terms = append(pe.terms, k)
				pe.n = append(pe.n, sd.n[j])
				if all[k] == 0 {
					present = append(present, k)
				}
				all[k] += float64(sd.n[j])
			}
			pe.off = append(pe.off, int32(len(pe.terms)))
		}
		slices.Sort(present)
		for _, k := range present {
			pe.present = append(pe.present, k)
			pe.all = append(pe.all, all[k])
			all[k] = 0
		}
		pe.pres = append(pe.pres, int32(len(pe.present)))
		h := fnv.New64a()
		h.Write([]byte(ev.name))
		pe.seed[e] = h.Sum64()
	}
	return pe, nil
}

// adjustPooled sets each term's adjusted p-value (to) from its p-value (from), by
// Benjamini–Hochberg over the terms given.
func adjustPooled(terms []PooledTerm, from, to func(*PooledTerm) *float64) error {
	ps := make([]float64, len(terms))
	for i := range terms {
		ps[i] = *from(&terms[i])
		if math.IsNaN(ps[i]) {
			ps[i] = 1 // no evidence either way, not an error for every other term
		}
	}
	adj, err := stats.AdjustP(ps, stats.AdjustBH)
	if err != nil {
		return err
	}
	for i := range terms {
		*to(&terms[i]) = adj[i]
	}
	return nil
}

// hasRows reports whether the counts kept their documents' rows (see CountOptions.NoRows).
func (ec *EventCounts) hasRows() bool {
	return !ec.noRows && (len(ec.rows) > 0 || ec.Documents == 0)
}

// gatherRows reads the rows of the documents of events that belong to side a or b (slots)
// into one permEvent per event, in no particular order, keeping the counts of the terms
// that tested maps (term id -> column, or -1) to a column. Each store of rows is read by a
// goroutine of its own; their documents are then put together event by event.
func (ec *EventCounts) gatherRows(events []*eventData, a, b int, tested []int32) ([]permEvent, error) {
	slot := map[int]int{} // event index -> position in events
	for i, ev := range events {
		slot[ev.index] = i
	}
	perStore := make([][]permEvent, len(ec.rows))
	errs := make([]error, len(ec.rows))
	ec.parallel(len(ec.rows), func(r int) {
		pes := make([]permEvent, len(events))
		for i := range pes {
			pes[i].off = []int32{0}
		}
		errs[r] = ec.rows[r].each(func(row *docRow) {
			e, ok := slot[row.event]
			if !ok || row.mask&(1<<a|1<<b) == 0 {
				return
			}
			pe := &pes[e]
			pe.ids = append(pe.ids, string(row.idb))
			pe.inA = append(pe.inA, row.mask&(1<<a) != 0)
			pe.total = append(pe.total, float64(row.total))
			for j, id := range row.ids {
				if int(id) < len(tested) && tested[id] >= 0 {
					pe.terms = append(pe.terms, tested[id])
					pe.n = append(pe.n, uint32(min(row.n[j], math.MaxUint32)))
				}
			}
			pe.off = append(pe.off, int32(len(pe.terms)))
		})
		perStore[r] = pes
	})
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("framing: reading document rows: %w", err)
		}
	}
	pes := make([]permEvent, len(events))
	for e := range pes {
		pe := &pes[e]
		pe.off = []int32{0}
		for _, store := range perStore {
			q := &store[e]
			base := int32(len(pe.terms))
			pe.ids = append(pe.ids, q.ids...)
			pe.inA = append(pe.inA, q.inA...)
			pe.total = append(pe.total, q.total...)
			pe.terms = append(pe.terms, q.terms...)
			pe.n = append(pe.n, q.n...)
			for _, off := range q.off[1:] {
				pe.off = append(pe.off, base+off)
			}
		}
	}
	return pes, nil
}

// floyd sets in picked (cleared first; at least (n+63)/64 words) the bits of a uniform
// random subset of k of the n positions, in k draws: Floyd's algorithm.
func floyd(rng *rand.Rand, picked []uint64, n, k int) {
	clear(picked)
	for j := n - k; j < n; j++ {
		i := rng.IntN(j + 1)
		if picked[i>>6]&(1<<(i&63)) != 0 {
			i = j
		}
		picked[i>>6] |= 1 << (i & 63)
	}
}

// mantelHaenszel returns the Mantel–Haenszel pooled log odds ratio of the tables and the
// Robins–Breslow–Greenland standard error of it.
func mantelHaenszel(tables []table2) (logOR, se float64) {
	var a, b float64
	for _, t := range tables {
		a, b = a+t.a, b+t.b
	}
	return mantelHaenszelOf(len(tables), a == 0 || b == 0, func(k int) table2 { return tables[k] })
}

// mantelHaenszelOf is mantelHaenszel of the n tables table(0), …, table(n-1), summed in
// that order. Where R or S sums to zero: for a term one side never uses (oneSided), the
// tables with a = b = 0 are dropped and the others corrected by Sweeting, Sutton &
// Lambert's treatment-arm correction (see [EventCounts.Pool]): n1/(n1+n2) added to a and
// c, n2/(n1+n2) to b and d; for a term both sides use (R or S zero because a side's only
// words are the term's), 1/2 is added to every cell of every table, as before.
func mantelHaenszelOf(n int, oneSided bool, table func(k int) table2) (logOR, se float64) {
	sums := func(correct bool) (r, s, pr, psqr, qs float64) {
		for k := range n {
			t := table(k)
			var addA, addB float64
			switch {
			case correct && !oneSided:
				addA, addB = 0.5, 0.5
			case correct:
				if t.a == 0 && t.b == 0 {
					continue
				}
				if tot := t.n1 + t.n2; tot > 0 {
					addA, addB = t.n1/tot, t.n2/tot
				}
			}
			r1, s1, pr1, ps1, qs1 := t.mhParts(addA, addB)
			r, s, pr, psqr, qs = r+r1, s+s1, pr+pr1, psqr+ps1, qs+qs1
		}
		return
	}
	r, s, pr, psqr, qs := sums(false)
	if r == 0 || s == 0 {
		r, s, pr, psqr, qs = sums(true)
	}
	return mhFinish(r, s, pr, psqr, qs)
}

// treatmentArmLogOR returns the log odds ratio of t and its variance (Woolf's), with
// Sweeting, Sutton & Lambert's treatment-arm correction, N1/(N1+N2) added to side A's cells
// and N2/(N1+N2) to side B's (see [EventCounts.Pool]). t's totals are positive.
func treatmentArmLogOR(t stats.Table) (y, v float64) {
	n1, n2 := float64(t.N1), float64(t.N2)
	kA, kB := n1/(n1+n2), n2/(n1+n2)
	a, c := float64(t.A)+kA, n1-float64(t.A)+kA
	b, d := float64(t.B)+kB, n2-float64(t.B)+kB
	return math.Log((a * d) / (b * c)), 1/a + 1/b + 1/c + 1/d
}

// mhParts returns one table's terms of the Mantel–Haenszel sums, with addA added to side
// A's cells (a, c) and addB to side B's (b, d): R = ad/n, S = bc/n, and the
// Robins–Breslow–Greenland products PR, PS + QR and QS with P = (a+d)/n, Q = (b+c)/n.
func (t table2) mhParts(addA, addB float64) (r, s, pr, psqr, qs float64) {
	a, b := t.a+addA, t.b+addB
	c, d := t.n1-t.a+addA, t.n2-t.b+addB
	n := a + b + c + d
	if n == 0 {
		return
	}
	R, S := a*d/n, b*c/n
	P, Q := (a+d)/n, (b+c)/n
	return R, S, P * R, P*S + Q*R, Q * S
}

func binomial(n, k int) float64 {
	lg := func(x int) float64 { v, _ := math.Lgamma(float64(x) + 1); return v }
	return math.Round(math.Exp(lg(n) - lg(k) - lg(n-k)))
}

// An EventTable is one event's 2×2 table of one term, with the term's log odds ratio in
// that event: the per-event rows of a forest plot.
type EventTable struct {
	Event  string `json:"event"`
	CountA int    `json:"count_a"` // occurrences of the term on side A
	TotalA int    `json:"total_a"` // counted words on side A
	CountB int    `json:"count_b"`
	TotalB int    `json:"total_b"`
	// LogOR and Variance are stats.LogOddsRatio of the table (1/2 added to each cell of a
	// table with a zero cell), or for a term one side never uses (in the events listed)
	// the log odds ratio with the treatment-arm correction [EventCounts.Pool] gives such a
	// term, so that each row leans the way the pooled estimate does; Low and High its 95%
	// Wald interval LogOR ± 1.96·√Variance.
	LogOR    float64 `json:"log_or"`
	Variance float64 `json:"variance"`
	Low      float64 `json:"low"`
	High     float64 `json:"high"`
}

// EventTables returns the tables of one term in every event with documents on both sides
// a and b where the term occurs, in the order of Events. The term is a counted term as
// PooledTerm.Term gives it, or a word or phrase as written ("Democracy"), which is analyzed
// in each event's language. A term found in no event is an error wrapping ErrOption.
func (ec *EventCounts) EventTables(term string, a, b int) ([]EventTable, error) {
	if err := ec.side(a); err != nil {
		return nil, err
	}
	if err := ec.side(b); err != nil {
		return nil, err
	}
	slotA, slotB := ec.slot[a], ec.slot[b]
	z := distuv.UnitNormal.Quantile(0.975)
	var out []EventTable
	analyzed := map[*langRun]int32{}
	for _, ev := range ec.events {
		sa, sb := ev.side(slotA), ev.side(slotB)
		if sa.docs == 0 || sb.docs == 0 || sa.total == 0 || sb.total == 0 {
			continue
		}
		id, ok := analyzed[ev.run]
		if !ok {
			id = -1
			if i, found := ev.run.vocab.lookupTerm(term); found {
				id = i
			} else {
				an := ev.run.set.an
				if key, counted := an.analyzeTerm(term, nil); counted {
					if i, found := ev.run.vocab.lookupTerm(key); found {
						id = i
					}
				}
			}
			analyzed[ev.run] = id
		}
		if id < 0 {
			continue
		}
		x, y := sa.counts.get(id), sb.counts.get(id)
		if x == 0 && y == 0 {
			continue
		}
		t := stats.Table{A: x, N1: sa.total, B: y, N2: sb.total}
		lor, v, err := stats.LogOddsRatio(t)
		if err != nil {
			return nil, err
		}
		se := math.Sqrt(v)
		out = append(out, EventTable{Event: ev.name, CountA: int(x), TotalA: int(sa.total), CountB: int(y), TotalB: int(sb.total),
			LogOR: lor, Variance: v, Low: lor - z*se, High: lor + z*se})
	}
	if len(out) == 0 {
		return nil, errorf(ErrOption, "term %q occurs in no event with both sides", term)
	}
	var countA, countB int
	for _, t := range out {
		countA, countB = countA+t.CountA, countB+t.CountB
	}
	if countA == 0 || countB == 0 { // one side never uses it: the correction Pool gives it
		for i := range out {
			t := &out[i]
			lor, v := treatmentArmLogOR(stats.Table{A: int64(t.CountA), N1: int64(t.TotalA), B: int64(t.CountB), N2: int64(t.TotalB)})
			se := math.Sqrt(v)
			t.LogOR, t.Variance, t.Low, t.High = lor, v, lor-z*se, lor+z*se
		}
	}
	return out, nil
}

// PoolLexicon pools the categories of a lexicon counted by [CountEvents] (see
// CountOptions.Lexicons) across events exactly as [EventCounts.Pool] pools terms: each
// category is a term, whose count in an (event, side) is set against the words the
// lexicons looked at there (Analyzer.LexiconProfile's total), so that the Mantel–Haenszel
// log odds ratio, the share of events leaning the same way, the heterogeneity and the
// permutation test over documents (side labels shuffled within each event) are those of
// Pool, and a category's lean is never that of one large event lumped with the rest.
// PooledTerm.Term and Word are the category's name; the result's PerEvent is nil.
//
// It returns an error wrapping [ErrOption] if lex was not counted, and the errors of Pool.
func (ec *EventCounts) PoolLexicon(lex *Lexicon, a, b int, opts *PoolOptions) (*Pooled, error) {
	li := slices.Index(ec.lexs, lex)
	if li < 0 {
		return nil, errorf(ErrOption, "lexicon %q was not counted (see CountOptions.Lexicons)", lex.Name())
	}
	// The categories are read in place from the events' records (poolSource), their ids
	// being their positions in the category rows: every lexicon's, in order.
	src := &poolSource{lex: li, names: lex.categories, rows: ec.lexRows, hasRows: !ec.noRows && len(ec.lexRows) > 0}
	for i, l := range ec.lexs {
		if i == li {
			src.base = int32(src.vocab)
		}
		src.vocab += len(l.categories)
	}
	p, err := ec.pool(src, a, b, opts)
	if err != nil {
		return nil, err
	}
	p.PerEvent = nil
	return p, nil
}
