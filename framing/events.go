package framing

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
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
}

// PooledTerm is one term's difference between the sides, pooled over events.
type PooledTerm struct {
	Term   string `json:"term"`    // the counted term
	Word   string `json:"word"`    // its most frequent surface form
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
	// PermP is the permutation p-value (see PoolEvents); Permuted says whether the term
	// was tested (only the Test terms with the largest |Z| are).
	PermP    float64 `json:"perm_p"`
	Permuted bool    `json:"permuted"` // whether PermP was computed
}

// Pooled is the comparison of two sides over many events.
type Pooled struct {
	SideA    string        `json:"side_a"`    // the name of side A
	SideB    string        `json:"side_b"`    // the name of side B
	Events   []string      `json:"events"`    // the events with documents on both sides
	Skipped  []string      `json:"skipped"`   // events lacking a side
	PerEvent []*Comparison `json:"per_event"` // each event's own comparison
	Terms    []PooledTerm  `json:"terms"`     // sorted by |Z| (descending), then term
	// Arrangements is the number of distinct ways to relabel documents within events
	// (capped at 1e18): with few documents per side, permutation p-values cannot go below
	// 1/Arrangements.
	Arrangements float64     `json:"arrangements"`
	Options      PoolOptions `json:"options"`  // the settings used, defaults filled in
	Analyzer     Analyzer    `json:"analyzer"` // the analyzer settings
}

// PoolEvents compares sides a and b within every event of c that has documents on both,
// then pools the evidence across events, so that framing that recurs stands apart from
// content that belongs to one event:
//
//   - Mantel–Haenszel pooled odds ratio over the events' 2×2 tables (term vs other words,
//     A vs B), with the Robins, Breslow & Greenland (1986, Biometrics 42) variance of its
//     log; where a pooled numerator or denominator is zero, 0.5 is added to every cell of
//     every event's table (Haldane–Anscombe).
//   - the share of events in which the term leans the same way as the pooled estimate.
//   - a permutation test: side labels are shuffled among each event's documents (keeping
//     each side's number of documents), the statistic being the Cochran–Mantel–Haenszel
//     sum Σ_e (a_e − E[a_e]); p = (1 + #{|T*| ≥ |T|}) / (1 + permutations). Randomness
//     comes from a PCG generator seeded with Seed, so results are reproducible.
//
// All documents must be in one language. Errors wrap [ErrEmpty] when no event has both
// sides, and [ErrOption] for invalid options.
func PoolEvents(an *Analyzer, c *corpus.Corpus, a, b corpus.Side, opts *PoolOptions) (*Pooled, error) {
	var o PoolOptions
	if opts != nil {
		o = *opts
	}
	if o.Permutations == 0 {
		o.Permutations = 1000
	}
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	if o.Test == 0 {
		o.Test = 200
	}
	if o.MinEvents == 0 {
		o.MinEvents = 1
	}
	if o.Top == 0 {
		o.Top = 10
	}
	if o.Permutations > 1_000_000 || o.Test < 0 || o.MinEvents < 0 || o.Top < 0 {
		return nil, errorf(ErrOption, "PoolOptions %+v", o)
	}
	out := &Pooled{SideA: a.Name, SideB: b.Name, Options: o}
	type eventData struct {
		docsA, docsB []*Profile // one profile per document
		pa, pb       *Profile
	}
	var events []eventData
	for _, e := range c.Events() {
		s, err := c.Split(e, a, b)
		if err != nil {
			out.Skipped = append(out.Skipped, e)
			continue
		}
		var ed eventData
		for _, side := range []struct {
			docs []corpus.Document
			into *[]*Profile
		}{{s.A, &ed.docsA}, {s.B, &ed.docsB}} {
			for _, d := range side.docs {
				p, err := an.Profile(d)
				if err != nil {
					return nil, err
				}
				*side.into = append(*side.into, p)
			}
		}
		var err2 error
		if ed.pa, err2 = Merge(ed.docsA...); err2 != nil {
			return nil, err2
		}
		if ed.pb, err2 = Merge(ed.docsB...); err2 != nil {
			return nil, err2
		}
		if ed.pa.Tokens() == 0 || ed.pb.Tokens() == 0 {
			out.Skipped = append(out.Skipped, e)
			continue
		}
		cmpE, err := Compare(ed.pa, ed.pb, a.Name, b.Name, &CompareOptions{Top: o.Top})
		if err != nil {
			return nil, fmt.Errorf("%w (event %q)", err, e)
		}
		cmpE.Event = e
		out.PerEvent = append(out.PerEvent, cmpE)
		out.Events = append(out.Events, e)
		events = append(events, ed)
	}
	if len(events) == 0 {
		return nil, errorf(ErrEmpty, "no event has documents on both sides")
	}
	for _, ed := range events[1:] {
		if err := sameSettings(events[0].pa, ed.pa); err != nil {
			return nil, err
		}
	}
	out.Analyzer = events[0].pa.Analyzer

	// The union vocabulary of unigrams, in order.
	vocab := map[string]bool{}
	for _, ed := range events {
		for _, p := range []*Profile{ed.pa, ed.pb} {
			for _, t := range p.Terms {
				if t.N == 1 {
					vocab[t.Term] = true
				}
			}
		}
	}
	terms := make([]string, 0, len(vocab))
	for t := range vocab {
		terms = append(terms, t)
	}
	slices.Sort(terms)

	for _, term := range terms {
		pt := PooledTerm{Term: term}
		var tables []table2
		forms := map[string]int{}
		for _, ed := range events {
			ta, _ := ed.pa.Lookup(term)
			tb, _ := ed.pb.Lookup(term)
			for _, f := range append(slices.Clone(ta.Forms), tb.Forms...) {
				forms[f.Text] += f.Count
			}
			pt.CountA += ta.Count
			pt.CountB += tb.Count
			if ta.Count+tb.Count > 0 {
				pt.Events++
			}
			tables = append(tables, table2{float64(ta.Count), float64(tb.Count), float64(ed.pa.Tokens()), float64(ed.pb.Tokens())})
		}
		if pt.Events < o.MinEvents {
			continue
		}
		pt.Word = mostFrequent(forms)
		pt.LogOR, pt.SE = mantelHaenszel(tables)
		pt.Z = pt.LogOR / pt.SE
		pt.P = math.Erfc(math.Abs(pt.Z) / math.Sqrt2)
		for _, t := range tables {
			if t.a+t.b == 0 {
				continue
			}
			if d := t.a/t.n1 - t.b/t.n2; d != 0 && (d > 0) == (pt.LogOR > 0) && pt.LogOR != 0 {
				pt.Same++
			}
		}
		pt.SameShare = float64(pt.Same) / float64(pt.Events)
		out.Terms = append(out.Terms, pt)
	}
	slices.SortFunc(out.Terms, func(x, y PooledTerm) int {
		return cmp.Or(cmp.Compare(math.Abs(y.Z), math.Abs(x.Z)), strings.Compare(x.Term, y.Term))
	})

	// Permutation test on the terms with the largest |Z|.
	arrangements := 1.0
	for _, ed := range events {
		arrangements = min(1e18, arrangements*binomial(len(ed.docsA)+len(ed.docsB), len(ed.docsA)))
	}
	out.Arrangements = arrangements
	if o.Permutations > 0 {
		ntest := min(o.Test, len(out.Terms))
		rng := rand.New(rand.NewPCG(o.Seed, 0x9E3779B97F4A7C15))
		// Per-document counts of the tested terms, and per-document sizes.
		type docCounts struct {
			n      float64
			counts []float64
		}
		evDocs := make([][]docCounts, len(events))
		sizeA := make([]int, len(events))
		for e, ed := range events {
			sizeA[e] = len(ed.docsA)
			for _, p := range append(slices.Clone(ed.docsA), ed.docsB...) {
				dc := docCounts{n: float64(p.Tokens()), counts: make([]float64, ntest)}
				for k := 0; k < ntest; k++ {
					dc.counts[k] = float64(p.Count(out.Terms[k].Term))
				}
				evDocs[e] = append(evDocs[e], dc)
			}
		}
		stat := func(assignA [][]bool, k int) float64 {
			t := 0.0
			for e, docs := range evDocs {
				var a, n1, all, n float64
				for i, d := range docs {
					all += d.counts[k]
					n += d.n
					if assignA[e][i] {
						a += d.counts[k]
						n1 += d.n
					}
				}
				if n > 0 {
					t += a - all*n1/n
				}
			}
			return t
		}
		assign := make([][]bool, len(events))
		for e := range events {
			assign[e] = make([]bool, len(evDocs[e]))
			for i := range assign[e] {
				assign[e][i] = i < sizeA[e]
			}
		}
		observed := make([]float64, ntest)
		for k := range observed {
			observed[k] = stat(assign, k)
		}
		exceed := make([]int, ntest)
		for range o.Permutations {
			for e := range assign {
				rng.Shuffle(len(assign[e]), func(i, j int) { assign[e][i], assign[e][j] = assign[e][j], assign[e][i] })
			}
			for k := range exceed {
				if math.Abs(stat(assign, k)) >= math.Abs(observed[k])-1e-9 {
					exceed[k]++
				}
			}
		}
		for k := range exceed {
			out.Terms[k].PermP = float64(1+exceed[k]) / float64(1+o.Permutations)
			out.Terms[k].Permuted = true
		}
	}
	return out, nil
}

// mantelHaenszel returns the Mantel–Haenszel pooled log odds ratio of the tables and the
// Robins–Breslow–Greenland standard error of it.
func mantelHaenszel(tables []table2) (logOR, se float64) {
	sums := func(add float64) (r, s, pr, psqr, qs float64) {
		for _, t := range tables {
			a, b := t.a+add, t.b+add
			c, d := t.n1-t.a+add, t.n2-t.b+add
			n := a + b + c + d
			if n == 0 {
				continue
			}
			R, S := a*d/n, b*c/n
			P, Q := (a+d)/n, (b+c)/n
			r += R
			s += S
			pr += P * R
			psqr += P*S + Q*R
			qs += Q * S
		}
		return
	}
	r, s, pr, psqr, qs := sums(0)
	if r == 0 || s == 0 {
		r, s, pr, psqr, qs = sums(0.5)
	}
	logOR = math.Log(r / s)
	v := pr/(2*r*r) + psqr/(2*r*s) + qs/(2*s*s)
	return logOR, math.Sqrt(v)
}

func binomial(n, k int) float64 {
	lg := func(x int) float64 { v, _ := math.Lgamma(float64(x) + 1); return v }
	return math.Round(math.Exp(lg(n) - lg(k) - lg(n-k)))
}

func mostFrequent(forms map[string]int) string {
	fs := make([]Form, 0, len(forms))
	for t, c := range forms {
		fs = append(fs, Form{t, c})
	}
	sortForms(fs)
	if len(fs) == 0 {
		return ""
	}
	return fs[0].Text
}
