package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Options tunes [Build]. The zero value is the documented default.
type Options struct {
	Title string // the report's title; default "side A vs side B"
	// Top is how many terms the report keeps with their full statistics (Report.Terms: the
	// bar chart, the lines, the search), the most distinctive (largest |z|) first: default
	// 2000. The scatter shows every term (Report.Points) whatever Top is.
	Top int
	// KWICTerms is how many of those terms carry keyword-in-context lines (default 300),
	// and KWIC how many lines each, per side (default 8).
	KWICTerms, KWIC int
	// Width is the runes of context in a line (default 60).
	Width int
	// Bars is how many terms per side the bar chart shows (default 15).
	Bars int
	// Shift is how many words the word shift graph shows (default 40).
	Shift int
	// Lexicons are the category lexicons compared (default: framing.FramesLexicon and
	// framing.EvaluativeLexicon); each category carries up to KWIC lines per side. Two
	// lexicons with one name are an error wrapping framing.ErrOption.
	Lexicons []*framing.Lexicon
	// Pool configures the per-event section, shown when the sides share two or more
	// events (default: framing's PoolOptions defaults with MinEvents 2); PooledTerms is how
	// many pooled terms it lists (default 200) and Forests how many of them carry their
	// per-event tables for a forest plot (default 60).
	Pool                 *framing.PoolOptions
	PooledTerms, Forests int
	// DocTest configures the document-level test ([framing.DocumentTest]), whose p-values
	// the page shows beside the token-level ones: nil means 1,000 shuffles seeded with
	// framing.DefaultSeed, over framing's family (DocTestOptions.Terms: by default the 100
	// strongest terms leaning to each side, chosen among every term as a comparison
	// chooses them; the other terms of Report.Terms are untested); Permutations < 0 skips
	// the test, and Report.DocTest says so (its Reason: "not asked for (no permutations)",
	// which a program may replace with its own words, the flag it read).
	DocTest *framing.DocTestOptions
	// Event names the event the sides cover, if one: the document-level test's draws are
	// seeded with it mixed in, as compare's are, so that both give a term the same p-value.
	Event string
	// Lump compares the sides' documents as one sample even when they carry two events or
	// more. By default, when the sides both cover two events or more, the documents are
	// compared within each event both sides cover and the evidence pooled (Report.Strata;
	// the documents of events with one side are left out of Terms), because lumping events can reverse a term's lean
	// (Simpson's paradox): Terms, the scatter and the bar chart then show each term's
	// Mantel–Haenszel pooled log odds ratio over the events ([framing.EventCounts.Pool]):
	// Score is its z, Delta the log odds ratio (natural log), LogRatio the same in log2, P
	// and PAdj its p-value and Benjamini–Hochberg adjustment over every term; CountA, CountB
	// and the rates are over the events both sides cover. DocP and DocPAdj come from a
	// permutation test that shuffles the side labels of the documents within each event
	// (DocTest's Permutations, Seed and Terms) with the statistic
	//
	//	Σ_events (a_k − all_k·n1/n)
	//
	// (side A's count of the term less its expected count, n1/n side A's share of the
	// event's counted words: the Cochran–Mantel–Haenszel numerator, not standardized),
	// adjusted over only the DocTest.Terms terms with the largest |z|, chosen on the same
	// data, not over every term as PAdj is; DocFreqA and DocFreqB count the
	// documents of those events that hold a tested term (-1 for the others). The word
	// shift, the divergence, the lines, the voices and the lexicon categories compare the
	// documents as one sample either way.
	Lump bool
	// Time adds the time section (Report.Time): the rates of its terms and lexicon
	// categories on each side per period ([framing.CountTimeline] over the documents of
	// both sides), each point with up to KWIC lines. nil: no time section.
	Time *framing.TimelineOptions
	// Progress, if set, is called as each step of Build starts, with what it does:
	// "counting the terms", "the document-level test" (or, pooled over events, "the terms
	// pooled over events, and their document-level test"), "lines and quotations", "lexicon
	// categories", "events" and, with Time, "the time section". It is called from Build's
	// goroutine, in that order; nil reports nothing.
	Progress func(step string)
}

// A Report is what the HTML report shows: two sides, their terms with scores, the lines
// behind the terms, and who is quoted. Build one with [Build]; it is plain data, so it can
// be written as JSON too.
type Report struct {
	Title      string      `json:"title"`
	Provenance *Provenance `json:"provenance,omitempty"`
	SideA      string      `json:"side_a"`
	SideB      string      `json:"side_b"`
	DocsA      int         `json:"docs_a"`
	DocsB      int         `json:"docs_b"`
	TokensA    int         `json:"tokens_a"`
	TokensB    int         `json:"tokens_b"`
	// Terms are the first Options.Top terms, most distinctive first, with their token-level
	// p-values (P, PAdj: every counted word an independent draw, adjusted over every term)
	// and, where the document-level test ran, their document-level ones (DocP, DocPAdj,
	// adjusted over the terms tested; -1 where untested).
	Terms []framing.KeyTerm `json:"terms"`
	// DocTest describes the document-level test of Terms: over how many documents, how
	// many shuffles with which seed, the smallest p-value it can give, or why it did not
	// run. The two sides' documents are tested as one split (corpus.Split with Event ""),
	// or, pooled over events (Strata), with the labels shuffled within each event: then
	// Arrangements is the number of ways to relabel within events and Exact is false.
	DocTest *framing.DocTest `json:"doc_test"`
	// Points are the scatter's points: every term of the comparison, those with the same
	// counts on the two sides (hence the same rates, score and p-value) as one point.
	Points []Point `json:"points"`
	// KWIC holds the lines of the first KWICTerms terms, side A's first.
	KWIC map[string][]SideLine `json:"kwic"`
	// VoicesA and VoicesB are each side's voices: quoted shares, speakers, legal texts cited
	// (listed apart from the speakers), verbs.
	VoicesA *framing.VoiceStats `json:"voices_a"`
	VoicesB *framing.VoiceStats `json:"voices_b"`
	Bars    int                 `json:"bars"`
	// JSD is the Jensen–Shannon divergence of the two sides in bits, and Shift the words
	// that contribute most to it (framing.WordShift), largest first.
	JSD   float64         `json:"jsd_bits"`
	Shift []framing.Shift `json:"word_shift"`
	// Categories compares the sides' rates of each lexicon category (log-likelihood G2,
	// signed toward A), each with the lines behind it.
	Categories []Category `json:"categories"`
	// Events is the per-event view: nil unless the sides share two or more events.
	Events *Events `json:"events,omitempty"`
	// Strata says whether Terms were pooled over events or lumped (see Options.Lump): nil
	// when the documents carry one event.
	Strata *Strata `json:"strata,omitempty"`
	// Groups is the comparison of more than two groups (see AddGroups): the heat map of
	// their divergences.
	Groups *framing.Groups `json:"groups,omitempty"`
	// Time is the time section: nil unless Options.Time is set.
	Time *Time `json:"time,omitempty"`
	// Frames is the frames section: nil unless a program sets it (see NewFrames).
	Frames *Frames `json:"frames,omitempty"`
	// Merges are the stems among Terms (the first Options.Top terms; a merged stem beyond
	// them is not marked on the scatter) whose words are not the inflections of one word
	// (framing.StemGroup with Distinct set: "intern" for "internal" and "international"),
	// from the two sides' documents together, in the order of Profile.StemAudit; the page
	// names them under the scatter, with their words, and marks their words "*", so that a
	// reader does not take such a term for one word (Analyzer.Protected keeps the words
	// apart). Outside English every stem of two words or more is among them (the rule that
	// tells inflections from different words reads English forms only; see Language).
	Merges []framing.StemGroup `json:"merges,omitempty"`
	// Language is the language the terms were counted in (framing.ResolveLanguage of the
	// analyzer's), as the page says of Merges; empty if it resolves to none.
	Language string `json:"language,omitempty"`
}

// A Point is one place on the scatter of terms: the terms with the same counts on the two
// sides, and so the same rates and, under the report's measure (the log-odds ratio with its
// informative prior, whose prior depends only on the counts), the same score and p-value.
// Most rare terms share a point (thousands have count 1 on one side and 0 on the other):
// China Daily against The New York Times on "democracy" (examples/report, the README's
// command) has 48,368 terms on 4,136 points.
type Point struct {
	CountA int     `json:"count_a"`
	CountB int     `json:"count_b"`
	RateA  float64 `json:"rate_a"` // per million counted words of A
	RateB  float64 `json:"rate_b"`
	Score  float64 `json:"score"` // the z-score of the log-odds ratio, > 0 toward A
	PAdj   float64 `json:"token_p_adj"`
	// Words are the point's terms as read (each its most frequent word), in the ranking's
	// order.
	Words []string `json:"words"`
}

// points groups ranked rows by their counts, score and adjusted p-value: one Point each,
// in the order of their first row.
func points(rows []framing.KeyTerm) []Point {
	type key struct {
		a, b     int
		score, p float64
	}
	at := map[key]int{}
	var out []Point
	for _, r := range rows {
		k := key{r.CountA, r.CountB, r.Score, r.PAdj}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, Point{CountA: r.CountA, CountB: r.CountB, RateA: r.RateA, RateB: r.RateB, Score: r.Score, PAdj: r.PAdj})
		}
		w := r.Word
		if w == "" {
			w = r.Term
		}
		out[i].Words = append(out[i].Words, w)
	}
	return out
}

// AddGroups adds a comparison of k groups ([framing.CompareGroups]) to the report: a heat
// map of the Jensen–Shannon divergences between groups, over all events and per event, the
// within-kind and between-kind means, and each group's most distinctive pooled terms. The
// groups' per-event comparisons are dropped from the page (they can be large).
func (r *Report) AddGroups(g *framing.Groups) {
	c := *g
	c.Comparisons = nil
	for _, p := range g.Comparisons {
		q := *p
		q.PerEvent = nil
		q.Terms = q.Terms[:min(len(q.Terms), 40)]
		c.Comparisons = append(c.Comparisons, &q)
	}
	r.Groups = &c
}

// A Category is one lexicon category's rates on the two sides, and its lines (up to
// Options.KWIC per side, side A's first).
type Category struct {
	Lexicon  string `json:"lexicon"`
	Category string `json:"category"`
	framing.KeyTerm
	Lines []SideLine `json:"lines"`
}

// Events is the report's per-event section: each event's comparison, the terms pooled
// across events with their heterogeneity, and a placebo of two outlets of side B.
type Events struct {
	Rows []EventRow `json:"rows"`
	// Terms are the first pooled terms, in the Pool options' ranking.
	Terms []framing.PooledTerm `json:"terms"`
	// Forest holds the per-event tables of the first Forests terms, by term.
	Forest  map[string][]framing.EventTable `json:"forest"`
	Placebo *Placebo                        `json:"placebo,omitempty"`
	Options framing.PoolOptions             `json:"options"`
	// Arrangements is the number of ways to relabel the documents within events
	// (framing.Pooled.Arrangements): the permutation p-values (PooledTerm.PermP, over
	// documents) cannot go below 1/Arrangements, nor below 1/(Options.Permutations+1).
	Arrangements float64 `json:"arrangements"`
}

// An EventRow is one event's comparison.
type EventRow struct {
	Event   string  `json:"event"`
	DocsA   int     `json:"docs_a"`
	DocsB   int     `json:"docs_b"`
	TokensA int     `json:"tokens_a"`
	TokensB int     `json:"tokens_b"`
	JSD     float64 `json:"jsd_bits"`
	// PlaceboJSD is the divergence of the placebo's two outlets in this event, or -1.
	PlaceboJSD float64  `json:"placebo_jsd_bits"`
	TopA       []string `json:"top_a"` // the words leaning most to A in this event
	TopB       []string `json:"top_b"`
}

// A Placebo compares two outlets of side B (the pair covering the most events together)
// as if they were the two sides: framing differences between the real sides should exceed
// those between two outlets of one side.
type Placebo struct {
	OutletA string `json:"outlet_a"`
	OutletB string `json:"outlet_b"`
	Events  int    `json:"events"`
	// Significant counts pooled terms with |z| >= 1.96, of Terms pooled, for the placebo
	// and (Real...) for the real comparison.
	Significant     int     `json:"significant"`
	Terms           int     `json:"terms"`
	RealSignificant int     `json:"real_significant"`
	RealTerms       int     `json:"real_terms"`
	MeanJSD         float64 `json:"mean_jsd_bits"`      // over the placebo's events
	RealMeanJSD     float64 `json:"real_mean_jsd_bits"` // over the same events
}

// A SideLine is a keyword-in-context line and the side its document is on ("A" or "B").
type SideLine struct {
	Side string `json:"side"`
	framing.Line
}

// Build compares two sides with an (its Voices decide which words count: OwnVoice for the
// outlets' own words) and gathers what the HTML report shows.
func Build(an *framing.Analyzer, a, b []corpus.Document, nameA, nameB string, prov *Provenance, opts *Options) (*Report, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Top <= 0 {
		o.Top = 2000
	}
	if o.KWICTerms <= 0 {
		o.KWICTerms = 300
	}
	if o.KWIC <= 0 {
		o.KWIC = 8
	}
	if o.Width <= 0 {
		o.Width = 60
	}
	if o.Bars <= 0 {
		o.Bars = 15
	}
	if o.Title == "" {
		o.Title = nameA + " vs " + nameB
	}
	if o.Shift <= 0 {
		o.Shift = 40
	}
	if o.Lexicons == nil {
		o.Lexicons = []*framing.Lexicon{framing.FramesLexicon(), framing.EvaluativeLexicon()}
	}
	if o.PooledTerms <= 0 {
		o.PooledTerms = 200
	}
	if o.Forests <= 0 {
		o.Forests = 60
	}
	step := func(s string) {
		if o.Progress != nil {
			o.Progress(s)
		}
	}
	step("counting the terms")
	ps, err := an.Profiles(a, b)
	if err != nil {
		return nil, err
	}
	dto := framing.DocTestOptions{}
	if o.DocTest != nil {
		dto = *o.DocTest
	}
	var rows []framing.KeyTerm
	var dt *framing.DocTest
	var strata *Strata
	if all, shared, unnamed := eventsOf(a, b); len(all) > 1 {
		strata = &Strata{Lumped: true}
		switch {
		case o.Lump:
			strata.Reason = "asked for"
		case len(shared) < 2:
			// One event to compare in: nothing to pool. The documents of the events with
			// one side are compared with it, as one sample.
			strata.Reason = fmt.Sprintf("%d event(s) with documents on both sides", len(shared))
		case unnamed > 0:
			strata.Reason = fmt.Sprintf("%d document(s) have no event or no ID, which pooling by event needs", unnamed)
		default:
			step("the terms pooled over events, and their document-level test")
			if rows, dt, strata, err = stratified(an, a, b, nameA, nameB, dto); err != nil {
				return nil, fmt.Errorf("report: the terms pooled over events: %w", err)
			}
		}
		if strata.Lumped {
			for _, e := range all {
				if slices.Contains(shared, e) {
					strata.Events = append(strata.Events, e)
				} else {
					strata.Skipped = append(strata.Skipped, e)
				}
			}
		}
	}
	if rows == nil {
		if rows, err = framing.Keyness(ps[0], ps[1], &framing.KeynessOptions{N: 1}); err != nil {
			return nil, err
		}
		if err := framing.SortKeyTerms(rows, framing.ByStrength, framing.Descending); err != nil {
			return nil, err
		}
	}
	pts := points(rows)
	if dt == nil {
		// The family tested is chosen among every term, as a comparison chooses it, so that
		// a term's p-values are the same here as in compare's table, whatever either lists.
		step("the document-level test")
		if dt, err = framing.DocumentTest(an, corpus.Split{Event: o.Event, NameA: nameA, NameB: nameB, A: a, B: b}, rows, &dto); err != nil {
			return nil, fmt.Errorf("report: the document-level test: %w", err)
		}
		if dto.Permutations < 0 && !dt.Ran {
			dt.Reason = notAskedFor // framing says it with its field's name
		}
	}
	if len(rows) > o.Top {
		rows = rows[:o.Top]
	}
	r := &Report{Title: o.Title, Provenance: prov, SideA: nameA, SideB: nameB, DocsA: len(a), DocsB: len(b),
		TokensA: ps[0].Total(1), TokensB: ps[1].Total(1), Terms: rows, DocTest: dt, Points: pts, KWIC: map[string][]SideLine{}, Bars: o.Bars, Strata: strata}
	// The stems among the terms that merge distinct words, over both sides' documents.
	both, err := framing.Merge(ps[0], ps[1])
	if err != nil {
		return nil, err
	}
	r.Language, _ = framing.ResolveLanguage(an.Language)
	listed := map[string]bool{}
	for _, t := range rows {
		listed[t.Term] = true
	}
	for _, g := range both.StemAudit() {
		if g.Distinct && listed[g.Term] {
			r.Merges = append(r.Merges, g)
		}
	}
	var want []string
	for i, t := range rows {
		if i == o.KWICTerms {
			break
		}
		want = append(want, t.Term)
	}
	// The two sides' lines and voices, side by side: each is one pass over its documents.
	step("lines and quotations")
	var lines [2]map[string][]framing.Line
	var voices [2]*framing.VoiceStats
	var errs [2]error
	var wg sync.WaitGroup
	for side, docs := range [][]corpus.Document{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if lines[side], errs[side] = an.Concordances(docs, want, o.Width, o.KWIC); errs[side] == nil {
				voices[side], errs[side] = an.VoiceStats(docs...)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs[:]...); err != nil {
		return nil, err
	}
	for side := range lines {
		for _, term := range want {
			for _, l := range lines[side][term] {
				r.KWIC[term] = append(r.KWIC[term], SideLine{Side: [2]string{"A", "B"}[side], Line: l})
			}
		}
	}
	joinSpeakers(voices[0], voices[1]) // one speaker, one name on both sides ("Xi", "Xi Jinping")
	r.VoicesA, r.VoicesB = voices[0], voices[1]
	if r.JSD, err = framing.JensenShannon(ps[0], ps[1]); err != nil {
		return nil, err
	}
	shift, err := framing.WordShift(ps[0], ps[1], framing.Bits)
	if err != nil {
		return nil, err
	}
	r.Shift = shift[:min(len(shift), o.Shift)]
	step("lexicon categories")
	if err := r.addCategories(an, a, b, &o); err != nil {
		return nil, err
	}
	step("events")
	if err := r.addEvents(an, a, b, &o); err != nil {
		return nil, err
	}
	if o.Time != nil {
		step("the time section")
		if r.Time, err = buildTime(an, a, b, nameA, nameB, o.Time, o.Width, o.KWIC); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// addCategories compares the sides' lexicon category rates, with the lines of each.
func (r *Report) addCategories(an *framing.Analyzer, a, b []corpus.Document, o *Options) error {
	for i, lex := range o.Lexicons {
		if j := slices.IndexFunc(o.Lexicons[:i], func(l *framing.Lexicon) bool { return l.Name() == lex.Name() }); j >= 0 {
			return fmt.Errorf("report: lexicons %d and %d are both named %q: %w", j+1, i+1, lex.Name(), framing.ErrOption)
		}
	}
	for _, lex := range o.Lexicons {
		var ps [2]*framing.Profile
		var lines [2]map[string][]framing.Line
		for side, docs := range [][]corpus.Document{a, b} {
			var err error
			if ps[side], lines[side], err = an.LexiconEvidence(docs, lex, o.Width, o.KWIC); err != nil {
				return err
			}
		}
		rows, err := framing.Keyness(ps[0], ps[1], &framing.KeynessOptions{Measure: framing.MeasureLogLikelihood})
		if err != nil {
			if errors.Is(err, framing.ErrEmpty) {
				continue // no category word on a side
			}
			return err
		}
		for _, row := range rows {
			c := Category{Lexicon: lex.Name(), Category: row.Term, KeyTerm: row, Lines: []SideLine{}}
			for side := range lines {
				for _, l := range lines[side][row.Term] {
					c.Lines = append(c.Lines, SideLine{Side: [2]string{"A", "B"}[side], Line: l})
				}
			}
			r.Categories = append(r.Categories, c)
		}
	}
	return nil
}

// addEvents adds the per-event section when the sides share two or more events.
func (r *Report) addEvents(an *framing.Analyzer, a, b []corpus.Document, o *Options) error {
	inA, inB := map[string]bool{}, map[string]bool{}
	eventsA := map[string]bool{}
	for _, d := range a {
		inA[d.Event+"\x00"+d.ID] = true
		eventsA[d.Event] = true
	}
	shared := map[string]bool{}
	for _, d := range b {
		inB[d.Event+"\x00"+d.ID] = true
		if eventsA[d.Event] {
			shared[d.Event] = true
		}
	}
	if len(shared) < 2 {
		return nil
	}
	pool := framing.PoolOptions{MinEvents: 2}
	if o.Pool != nil {
		pool = *o.Pool
	}
	sides := []corpus.Side{
		{Name: r.SideA, Match: func(d corpus.Document) bool { return inA[d.Event+"\x00"+d.ID] }},
		{Name: r.SideB, Match: func(d corpus.Document) bool { return inB[d.Event+"\x00"+d.ID] }},
	}
	outlets := func(d corpus.Document) string {
		if inB[d.Event+"\x00"+d.ID] {
			return "outlet:" + d.Outlet
		}
		return ""
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
	ec, err := framing.CountEvents(an, docs, sides, &framing.CountOptions{SideBy: outlets, NoRows: pool.Permutations < 0})
	if err != nil {
		return err
	}
	defer ec.Close()
	p, err := ec.Pool(0, 1, &pool)
	if err != nil {
		return err
	}
	ev := &Events{Options: p.Options, Forest: map[string][]framing.EventTable{}, Arrangements: p.Arrangements}
	ev.Terms = p.Terms[:min(len(p.Terms), o.PooledTerms)]
	for i, t := range ev.Terms {
		if i == o.Forests {
			break
		}
		if ev.Forest[t.Term], err = ec.EventTables(t.Term, 0, 1); err != nil {
			return err
		}
	}
	placeboJSD := map[string]float64{}
	if x, y := ec.BusiestPair(2); x > 0 {
		if pp, err := ec.Pool(x, y, &pool); err == nil {
			pl := &Placebo{OutletA: strings.TrimPrefix(pp.SideA, "outlet:"), OutletB: strings.TrimPrefix(pp.SideB, "outlet:"),
				Events: len(pp.Events), Terms: len(pp.Terms), RealTerms: len(p.Terms)}
			pl.Significant, pl.RealSignificant = significant(pp.Terms), significant(p.Terms)
			for c, err := range pp.PerEvent.All() {
				if err != nil {
					return err
				}
				placeboJSD[c.Event] = c.JSD
				pl.MeanJSD += c.JSD / float64(pp.PerEvent.Len())
			}
			n := 0
			for c, err := range p.PerEvent.All() {
				if err != nil {
					return err
				}
				if _, ok := placeboJSD[c.Event]; ok {
					pl.RealMeanJSD += c.JSD
					n++
				}
			}
			pl.RealMeanJSD /= float64(max(n, 1))
			ev.Placebo = pl
		}
	}
	for c, err := range p.PerEvent.All() {
		if err != nil {
			return err
		}
		row := EventRow{Event: c.Event, DocsA: c.DocsA, DocsB: c.DocsB, TokensA: c.TokensA, TokensB: c.TokensB, JSD: c.JSD, PlaceboJSD: -1}
		if j, ok := placeboJSD[c.Event]; ok {
			row.PlaceboJSD = j
		}
		for i, t := range c.TopA {
			if i < 5 {
				row.TopA = append(row.TopA, t.Word)
			}
		}
		for i, t := range c.TopB {
			if i < 5 {
				row.TopB = append(row.TopB, t.Word)
			}
		}
		ev.Rows = append(ev.Rows, row)
	}
	r.Events = ev
	return nil
}

func significant(ts []framing.PooledTerm) int {
	n := 0
	for _, t := range ts {
		if math.Abs(t.Z) >= 1.96 {
			n++
		}
	}
	return n
}

// WriteHTML writes the report as one self-contained HTML file: no network access, a
// Content-Security-Policy that allows only the page's own script and style (by hash), and
// the data embedded as JSON that cannot close its script element. Every string of the
// report (names, words, lines, titles) is in that data and nowhere else in the file; the
// page's script shows each as text, never markup: with control characters and the
// characters that reorder text (bidirectional marks, embeddings, overrides, isolates)
// written as escapes (\x1b, \u202e), as the command-line programs write them; isolated
// (<bdi>, or U+2068 ... U+2069 in figures and tooltips), so that no name's direction moves
// the text around it; cut to 200 characters in running text and 32 in figures and tables,
// with the whole value on hover; and looked up as data, so that a term named
// "constructor" or "__proto__" is a term like any other.
func (r *Report) WriteHTML(w io.Writer) error {
	data, err := json.Marshal(r) // escapes <, >, &, U+2028 and U+2029
	if err != nil {
		return err
	}
	page := pageData{Data: template.JS(data), Script: template.JS(pageJS), Style: template.CSS(reportCSS),
		ScriptHash: hash(pageJS), StyleHash: hash(reportCSS)}
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, page); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

type pageData struct {
	Data                  template.JS
	Script                template.JS
	Style                 template.CSS
	ScriptHash, StyleHash string
}

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}

var pageTemplate = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src '{{.ScriptHash}}'; style-src '{{.StyleHash}}'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>framediff report</title>
<style>{{.Style}}</style>
</head>
<body>
<header><h1 id="title"></h1><p id="summary"></p></header>
<section>
<h2>Terms</h2>
<p class="note" id="terms-note">Every term of the comparison, placed by its rate per million counted words on each side (log scale; terms a side never uses sit on its 0 line) and coloured by the z-score of its log-odds ratio (side A blue, side B orange, as in the figures). Terms with the same counts on both sides share a point, drawn larger when it holds several. The dashed diagonal is equal rates. Labelled: the most distinctive terms of each side and the most frequent, where a label fits. Hover for counts; click for the lines behind a term.</p>
<label>Find a term: <input id="search" type="search" autocomplete="off"></label>
<p class="note" id="strata-note" hidden></p>
<svg id="scatter" width="860" height="660" role="img" aria-label="scatter of terms"></svg>
<p class="note" id="merges-note" hidden></p>
<p class="note" id="pvalues"></p>
<div id="kwic" aria-live="polite"><p class="note" id="kwic-note">Click a term to read its lines.</p></div>
</section>
<section>
<h2>Most distinctive terms</h2>
<svg id="bars" width="860" height="420" role="img" aria-label="bar chart of the most distinctive terms"></svg>
</section>
<section>
<h2>What drives the divergence</h2>
<p class="note" id="shift-note"></p>
<svg id="shift" width="760" height="420" role="img" aria-label="word shift graph"></svg>
</section>
<section id="events-section" hidden>
<h2>Events</h2>
<p class="note">Each event compared on its own; the placebo compares two outlets of one side, which should differ less than the sides do.</p>
<p id="placebo"></p>
<div class="scroll"><table id="events-table"></table></div>
<h3>Terms pooled across events</h3>
<p class="note">Mantel–Haenszel log odds ratio (&gt; 0: more in side A) with its z; same: events leaning the same way; I²: share of the variation across events that is real heterogeneity; prediction: where the log odds ratio would fall in a new event. Click a row for its forest plot.</p>
<p class="note" id="pooled-p"></p>
<div class="scroll"><table id="pooled"></table></div>
<svg id="forest" width="860" height="60" role="img" aria-label="forest plot"></svg>
</section>
<section id="time-section" hidden>
<h2>Over time</h2>
<p class="note" id="time-note"></p>
<label>Series: <select id="time-series"></select></label>
<svg id="timeline" width="860" height="380" role="img" aria-label="rates over time"></svg>
<div id="time-lines" aria-live="polite"><p class="note">Click a point to read its lines.</p></div>
</section>
<section id="groups-section" hidden>
<h2>Groups</h2>
<p class="note" id="groups-note"></p>
<label>Events: <select id="groups-event"></select></label>
<div class="wide"><svg id="heatmap" width="760" height="300" role="img" aria-label="heat map of divergences between groups"></svg></div>
<div id="group-terms"></div>
</section>
<section>
<h2>Lexicon categories</h2>
<p class="note" id="categories-note">Occurrences per 1,000 counted words; G2 signed toward side A, with its p-value adjusted by Benjamini–Hochberg over the categories: (tokens) takes every counted word as an independent draw; (documents) is not computed for categories (the document-level test counts terms, not a lexicon's matches). Click a row for its lines.</p>
<div class="scroll"><table id="categories"></table></div>
<div id="catlines" class="lines"></div>
</section>
<section id="frames-section" hidden>
<h2>Frames</h2>
<h3>The models</h3>
<p class="note" id="frames-card-note"></p>
<div class="scroll"><table id="frames-card"></table></div>
<h3>Share of each side's documents with each frame</h3>
<p class="note" id="frames-shares-note"></p>
<div class="beside"><div class="scroll"><table id="frames-shares"></table></div><svg id="frames-dots" width="420" height="200" role="img" aria-label="dot plot of each side's share of documents with each frame"></svg></div>
<h3>Differences between sides</h3>
<p class="note" id="frames-diffs-note"></p>
<div class="scroll"><table id="frames-diffs"></table></div>
<svg id="frames-forest" width="860" height="60" role="img" aria-label="forest plot of a frame's difference by event"></svg>
<h3>What each model reads</h3>
<p class="note">Each frame's strongest features in the documents the program gave (terms; [categories] of the lexicon), with how often they occur there. Click one for its lines, and a line for every line of its document.</p>
<div id="frames-evidence"></div>
<div id="frames-lines" aria-live="polite"></div>
<details><summary>Model provenance</summary><pre id="frames-provenance"></pre></details>
</section>
<section>
<h2>Voices</h2>
<p class="note" id="voices-note" hidden></p>
<div id="voices"></div>
</section>
<footer><details><summary>Provenance</summary><pre id="provenance"></pre></details></footer>
<script type="application/json" id="data">{{.Data}}</script>
<script>{{.Script}}</script>
</body>
</html>
`))

const reportCSS = `body{font:14px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:62em;color:#222;overflow-wrap:anywhere}
h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #ddd}
.note{color:#666;font-size:.9em}
#scatter circle{cursor:pointer;stroke:#333;stroke-width:.3}
#scatter circle.hit{stroke:#000;stroke-width:2}
#scatter text,#bars text{font-size:11px;fill:#333}
#scatter,#bars,#forest,#shift{max-width:100%;height:auto}
#scatter text.hitlabel{font-weight:bold;font-size:12px;fill:#000;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;pointer-events:none}
#scatter text.plabel{font-size:11px;fill:#111;cursor:pointer;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
#kwic{border:1px solid #eee;padding:.5em}
#kwic h3{font-size:1em;margin:.2em 0 .5em}
.lines{font-family:ui-monospace,monospace;font-size:12px;line-height:1.6;max-height:calc(12*1.6em);overflow:auto;scroll-snap-type:y proximity}
.line{display:grid;grid-template-columns:minmax(0,1fr) auto minmax(0,1fr) minmax(0,18em);column-gap:.5em;white-space:nowrap;border-left:3px solid #ccc;padding-left:.4em;height:1.6em;scroll-snap-align:start}
.line .left{display:flex;justify-content:flex-end;overflow:hidden}
.line .left>span{flex:none}
.line .right{overflow:hidden;text-overflow:ellipsis}
.line mark{background:#ffe58a;max-width:30ch;overflow:hidden;text-overflow:ellipsis}
.line .doc{overflow:hidden;text-overflow:ellipsis;color:#777;font:11px system-ui,sans-serif;align-self:center}
.line.side-A{border-left-color:#0072b2}.line.side-B{border-left-color:#d55e00}
#pooled tr.row,#categories tr.row{cursor:pointer}
#pooled tr.sel,#categories tr.sel{background:#fff3c4}
.scroll{overflow:auto;border:1px solid #eee;scroll-snap-type:y proximity}
.scroll tr{scroll-snap-align:start}
.scroll th{position:sticky;top:0;background:#fff;box-shadow:0 1px 0 #ddd}
.more{margin-top:.2em}
#heatmap text.val{font-size:10px;pointer-events:none}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th,td{overflow-wrap:break-word}th{overflow-wrap:normal}
#provenance,#frames-provenance{white-space:pre-wrap}
#timeline,#frames-dots,#frames-forest{max-width:100%;height:auto}
#timeline text,#frames-dots text,#frames-forest text{font-size:11px;fill:#333}
#timeline circle.tpt,#frames-diffs tr.row{cursor:pointer}
#timeline circle.sel{stroke:#000;stroke-width:2}
#frames-diffs tr.sel{background:#fff3c4}
.beside{display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start}.beside>*{max-width:100%}
td .sub{display:block;color:#777;font-size:.85em}td .clip{color:#b35900}
.chips{margin:.2em 0 .8em}.chip{font:inherit;margin:.15em;padding:.1em .5em;border:1px solid #ccc;border-radius:1em;background:#fafafa;cursor:pointer;max-width:100%;overflow-wrap:anywhere}
.chip.cat{border-style:dashed}.chip.sel{background:#fff3c4;border-color:#d9a400}.chip.none{color:#999}
#frames-lines .line{cursor:pointer}.line.side-none{border-left-color:#999}
select{max-width:100%}
.wide{overflow-x:auto}
#shift text,#forest text{font-size:11px;fill:#333}
table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #eee;text-align:left}`

// pageJS is the page's script: the report's sections (reportJS, then timeJS and framesJS)
// in one function, so that they share its helpers.
var pageJS = "(function(){\n\"use strict\";\n" + reportJS + timeJS + framesJS + "})();"

// reportJS draws every section but time and frames, and defines the helpers they use.
const reportJS = `
var data=JSON.parse(document.getElementById("data").textContent);
var NS="http://www.w3.org/2000/svg";
// Keys from the data are data: each table keyed by them is a Map of its own properties, so
// that a term such as "constructor" or "__proto__" never finds Object.prototype's.
function table(o){var m=new Map();if(o!==null&&typeof o==="object"){Object.keys(o).forEach(function(k){m.set(k,o[k]);});}return m;}
function list(x){return Array.isArray(x)?x:[];}
// User text (every string from the data) enters the page only as U(s): shown with control
// characters and the characters that reorder text written as escapes (\x1b, \u202e, as the
// command-line programs write them); isolated, so that its direction, even a right-to-left
// name's, cannot move the text around it (a <bdi> element, or U+2068...U+2069 where only
// plain text can go: SVG text, tooltips, options); and cut to max characters (LONG in
// running text, LABEL in figures and tables) with the whole value on hover.
var LONG=200,LABEL=32;
var UNSAFE=/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
function esc(s,keepLines){return s.replace(UNSAFE,function(c){if(keepLines&&c==="\n"){return c;}var n=c.charCodeAt(0);return n<256?"\\x"+("0"+n.toString(16)).slice(-2):"\\u"+("000"+n.toString(16)).slice(-4);});}
function U(x,max){return {u:(x===undefined||x===null)?"":String(x),max:max||LONG};}
function isU(p){return p!==null&&typeof p==="object"&&!Array.isArray(p);}
function flat(text,out){out=out||[];if(Array.isArray(text)){text.forEach(function(p){flat(p,out);});}else if(text!==undefined&&text!==""){out.push(text);}return out;}
// shown is the escaped, cut form of a user part; whole its escaped whole value, "" if it was not cut.
function shown(p){if(p.u.length<=p.max){return esc(p.u);}var k=p.max-1,c=p.u.charCodeAt(k-1);if(c>=0xd800&&c<0xdc00){k--;}return esc(p.u.slice(0,k))+"…";}
function whole(p){return p.u.length>p.max?esc(p.u):"";}
// put appends text to e: the page's own strings as text, user parts as <bdi>.
function put(e,text){flat(text).forEach(function(p){if(isU(p)){var b=document.createElement("bdi");b.textContent=shown(p);var w=whole(p);if(w){b.title=w;}e.appendChild(b);}else{e.appendChild(document.createTextNode(String(p)));}});return e;}
// plain is text where no element can go; wholes the whole values of its cut user parts.
function plain(text){return flat(text).map(function(p){return isU(p)?"\u2068"+shown(p)+"\u2069":String(p);}).join("");}
function wholes(text){return flat(text).filter(isU).map(whole).filter(Boolean).join("\n");}
function el(name,attrs,parent){var e=document.createElementNS(NS,name);for(var k in attrs){e.setAttribute(k,attrs[k]);}if(parent){parent.appendChild(e);}return e;}
function h(name,text,parent,cls){var e=put(document.createElement(name),text);if(cls){e.className=cls;}if(parent){parent.appendChild(e);}return e;}
// label is an SVG text element, with the whole of what it cut in its tooltip; tip an SVG element's tooltip.
function label(attrs,text,parent){var t=el("text",attrs,parent);t.textContent=plain(text);var w=wholes(text);if(w){el("title",{},t).textContent=w;}return t;}
function tip(e,text){el("title",{},e).textContent=plain(text);}
// widest is the width of the longest of some SVG text elements, to make room for them.
function widest(ts){var w=0;ts.forEach(function(t){w=Math.max(w,t.getComputedTextLength());});return w;}
function joined(xs,sep,max){var out=[];list(xs).forEach(function(x,i){if(i){out.push(sep);}out.push(U(x,max));});return out;}
var A=U(data.side_a),B=U(data.side_b),AL=U(data.side_a,LABEL),BL=U(data.side_b,LABEL);
document.title=plain(U(data.title));
put(document.getElementById("title"),U(data.title));
put(document.getElementById("summary"),[A,": "+data.docs_a+" documents, "+data.tokens_a+" counted words; ",B,": "+data.docs_b+" documents, "+data.tokens_b+" counted words."]);
document.getElementById("provenance").textContent=esc(JSON.stringify(data.provenance||{},null,2),true);
var terms=list(data.terms),kwicOf=table(data.kwic),pts=list(data.points);
// termAt finds a point's word among the terms that carry their statistics (and maybe lines).
function at(w,a,b){return String(w)+"\u0000"+a+"\u0000"+b;}
var termAt=new Map();terms.forEach(function(t,i){termAt.set(at(t.word||t.term,t.count_a,t.count_b),i);});
// MERGED maps the word shown for a term whose stem merges words that are not one word's
// inflections (data.merges) to its stem group: such a word is shown with a "*", and its
// tips name the words counted together.
var MERGED=new Map(),MERGEDT=new Map();list(data.merges).forEach(function(g){MERGEDT.set(g.term,g);});terms.forEach(function(t){var g=MERGEDT.get(t.term);if(g){MERGED.set(String(t.word||t.term),g);}});
// star is the mark after such a word, outside its U() so that cutting a long word keeps it.
function star(w){return MERGED.has(String(w))?"*":"";}
function mergedOf(w){var g=MERGED.get(String(w));if(!g){return "";}var ws=list(g.words),out=[" (* the stem ",U(g.term)," counts "];ws.slice(0,5).forEach(function(x,i){if(i){out.push(", ");}out.push(U(x.text)," "+x.count);});out.push((ws.length>5?" and "+(ws.length-5)+" more":"")+" together)");return out;}
function fmt(x,d){return (x===undefined||x===null)?"":Number(x).toFixed(d);}
// pval writes a p-value: two significant digits, in exponent form below 0.001; "–" for an
// untested one (-1), and "< 1e-300" for one below it (0 where it underflowed, or a
// subnormal the page would print as 1.5e-313).
function pval(x){if(typeof x!=="number"||x<0){return "–";}if(x<1e-300){return "< 1e-300";}return x>=0.001?String(Number(x.toPrecision(2))):x.toExponential(1);}
// pvals are a term's adjusted p-values, token-level and document-level, as the page labels them.
function pvals(t){return "p adj. (tokens) "+pval(t.token_p_adj)+", (documents) "+(t.doc_p_adj>=0?pval(t.doc_p_adj)+(t.doc_freq_a>=0?" (in "+t.doc_freq_a+" and "+t.doc_freq_b+" documents)":""):"–");}
// Round ticks (1, 2 or 5 times a power of ten) over [lo, hi], four to eight steps; each {v, t}.
function roundStep(span){var mag=Math.pow(10,Math.floor(Math.log10(span/4)));var fs=[1,2,5,10];for(var i=0;i<fs.length;i++){if(span/(fs[i]*mag)<=8){return fs[i]*mag;}}return 10*mag;}
function roundTicks(lo,hi){var out=[];if(!(hi>lo)){return out;}var s=roundStep(hi-lo),d=s<1?Math.ceil(-Math.log10(s)-1e-9):0;for(var k=Math.ceil(lo/s-1e-9);k*s<=hi+s*1e-9;k++){var v=k===0?0:k*s;out.push({v:v,t:v.toFixed(d)});}return out;}
var SX=data.strata,POOLED=!!(SX&&!SX.lumped);
// LUMPED labels, where they are read, the sections that compare the documents as one
// sample when the term table is pooled over events.
var LUMPED=POOLED?" (lumped over the "+list(SX.events).length+" events)":"";
// NTERMS is how many terms the comparison has: the family of the token-level adjustment.
var NTERMS=0;list(data.points).forEach(function(p){NTERMS+=list(p.words).length;});
var ZNAME=POOLED?"z of the Mantel–Haenszel log odds ratio pooled over events":"z-score of the log-odds ratio";
// How the terms treat the documents' events.
(function(){if(!SX){return;}if(POOLED){var tn=document.getElementById("terms-note");tn.textContent=tn.textContent.replace("the z-score of its log-odds ratio","the z of its Mantel–Haenszel log odds ratio pooled over events");}var e=document.getElementById("strata-note"),ne=list(SX.events).length,ns=list(SX.skipped).length,lo=list(SX.left_out);e.hidden=false;
var left=lo.length>0?[" Left out before counting, for lacking a side or its counted words: "+lo.length+" event(s), ",U(lo.join(", ")),"."]:[];
if(POOLED){put(e,["The documents cover "+(ne+ns+lo.length)+" events. Each term is compared within each of the "+ne+" events both sides cover and the evidence pooled (Mantel–Haenszel), so that a side covering one event more than the other does not make that event's words lean to it; the colour, the bar chart and both p-values are pooled, the positions are the rates over those events"+(ns>0?" ("+ns+" event(s) with one side only left out)":"")+". A point whose colour disagrees with its side of the diagonal is a term whose lean reverses when the events are lumped. The divergence and its word shift, the lexicon categories, the time section, the voices and the lines compare the documents as one sample, lumped over the "+ne+" events, and say so. The events program gives each event's own table.",left]);}
else{put(e,["The documents cover "+(ne+ns+lo.length)+" events, lumped into one comparison here (",U(SX.reason),"): a term's lean can reverse within the events (Simpson's paradox). Without -lump the terms are pooled over the events; the events program gives each event's own table.",left]);}
})();
// The sections still lumped say so in their own notes.
(function(){if(!LUMPED){return;}["categories-note","kwic-note"].forEach(function(id){var e=document.getElementById(id);e.textContent=e.textContent.replace(/\.$/,"")+LUMPED+".";});
var v=document.getElementById("voices-note");v.hidden=false;v.textContent="Quotations, speakers and reporting verbs of each side's documents"+LUMPED+".";})();
// The stems among the terms that merge words which are not one word's inflections.
// The note names those among the first 40 terms, each with its first five words, and counts the rest.
(function(){var ms=list(data.merges);if(!ms.length){return;}var first=new Set(terms.slice(0,40).map(function(t){return t.term;})),shown=ms.filter(function(g){return first.has(g.term);});
var e=document.getElementById("merges-note"),ENGLISH=!data.language||data.language==="english",out=[(ENGLISH?"Stems that merge words which are not the inflections of one word":"Stems that merge two words or more (in "+data.language+" every such stem is named, the inflections of one word too: the rule that tells them from different words reads English only)")+", so that a term's count is theirs together (its word is marked * on the page) (Analyzer.Protected, or -protect in the programs, keeps them apart): "+ms.length+" among the "+terms.length+" terms listed"+(shown.length?", "+shown.length+" among the first 40: ":"; none among the first 40.")];
shown.forEach(function(g,i){if(i){out.push("; ");}out.push(U(g.term)," (");var ws=list(g.words);ws.slice(0,5).forEach(function(w,j){if(j){out.push(", ");}out.push(U(w.text)," "+w.count);});if(ws.length>5){out.push(", "+(ws.length-5)+" more");}out.push(")");});if(shown.length){out.push(".");}e.hidden=false;put(e,out);})();
// What the two p-values of a term are, and how the document-level test ran.
(function(){var dt=data.doc_test,e=document.getElementById("pvalues");
var text="Two p-values for each term, both adjusted by Benjamini–Hochberg. (tokens): every counted word taken as an independent draw (the log-odds ratio's z), adjusted over all "+NTERMS+" terms. (documents): documents are the units sampled; ";
if(POOLED){text="Two p-values for each term, both adjusted by Benjamini–Hochberg, over two different families. (tokens): the Mantel–Haenszel z over the events' tables, every counted word taken as an independent draw, adjusted over all "+NTERMS+" terms. (documents): documents are the units sampled; ";}
if(dt&&dt.ran&&POOLED){put(e,[text+"the side labels were shuffled within each event over the "+dt.docs_a+" documents of ",A," and the "+dt.docs_b+" of ",B," ("+dt.permutations+" shuffles seeded with "+dt.seed+"; each side keeps its number of documents in every event); the statistic is Σ over the events of side A's count of the term less its expected count (the event's count times side A's share of the event's counted words), the unstandardized numerator of the Cochran–Mantel–Haenszel statistic; adjusted over only the "+dt.terms+" terms with the largest |z|, chosen on the same data"+(dt.untested>0?" (the other "+dt.untested+" not tested)":"")+", so that a term's two adjusted p-values come from families of "+NTERMS+" and "+dt.terms+" terms and need not agree. The smallest p-value the test can give is "+pval(Math.max(dt.min_p,1/dt.arrangements))+"."]);}
else if(dt&&dt.ran){put(e,[text+"the side labels were shuffled over the "+dt.docs_a+" documents of ",A," and the "+dt.docs_b+" of ",B," that have counted words ("+(dt.exact?"every one of the "+dt.arrangements+" arrangements, exact":dt.permutations+" shuffles seeded with "+dt.seed)+"), Welch's t of their length-weighted rates; adjusted over the "+dt.terms+" terms tested"+(dt.untested>0?" ("+dt.untested+" not tested: n-grams, or beyond the terms asked for)":"")+". The smallest p-value the test can give is "+pval(dt.min_p)+(dt.min_p>0?" (1/"+Math.round(1/dt.min_p)+")":"")+"."]);}
else{put(e,[text,"not tested here: ",U(dt?dt.reason:"no document-level test in this report"),"."]);}
})();
// frame sizes a figure in its own units; narrower windows scale it down (CSS max-width).
function frame(e,w,h){e.setAttribute("width",w);e.setAttribute("height",h);e.setAttribute("viewBox","0 0 "+w+" "+h);}
// colour is a term's colour by its z: side A blue, side B orange (the Okabe–Ito colours of
// the figures package's PNG, SVG and PDF), grey near 0, full beyond |z| 8.
var ZMAX=8;
function colour(z){var t=Math.max(-1,Math.min(1,z/ZMAX));if(t>=0){return "rgb("+Math.round(200-200*t)+","+Math.round(200-86*t)+","+Math.round(200-22*t)+")";}t=-t;return "rgb("+Math.round(200+13*t)+","+Math.round(200-106*t)+","+Math.round(200-200*t)+")";}
// The scatter: rates per million on a log scale, 0 in a band of its own below the smallest rate.
var svg=document.getElementById("scatter"),W=860,H=660,ML=62,MR=14,MT=12,MB=118;frame(svg,W,H);
var rmin=Infinity,rmax=0;pts.forEach(function(p){[p.rate_a,p.rate_b].forEach(function(r){if(r>0){rmin=Math.min(rmin,r);rmax=Math.max(rmax,r);}});});
if(!(rmax>0)){rmin=1;rmax=10;}
var D0=Math.log10(rmin)-0.1,DZ=D0-0.35,DLO=DZ-0.15,DHI=Math.log10(rmax)+0.08;
function ld(r){return r>0?Math.log10(r):DZ;}
function X(r){return ML+(W-ML-MR)*(ld(r)-DLO)/(DHI-DLO);}function Y(r){return H-MB-(H-MB-MT)*(ld(r)-DLO)/(DHI-DLO);}
function rateLabel(v){if(v>=1e6){return (v/1e6)+"M";}if(v>=1000){return (v/1000)+"k";}return String(v);}
// Ticks at 1, 10, 100 ... per million; at 2 and 5 times those too, labelled, over a short range.
var rticks=[];for(var e=Math.floor(D0);e<=Math.floor(DHI);e++){[1,2,5].forEach(function(m){var v=Number((m*Math.pow(10,e)).toPrecision(3)),l=Math.log10(v);if(l>=D0&&l<=DHI){rticks.push({v:v,major:m===1});}});}
var few=rticks.filter(function(t){return t.major;}).length<3;
var X0=X(0),Y0=Y(0),XB=(X(0)+X(rmin))/2,YB=(Y(0)+Y(rmin))/2;
el("rect",{x:ML,y:MT,width:W-ML-MR,height:H-MB-MT,fill:"none",stroke:"#bbb"},svg);
rticks.forEach(function(t){var x=X(t.v),y=Y(t.v),g=t.major?"#e4e4e4":"#f2f2f2";el("line",{x1:x,y1:MT,x2:x,y2:H-MB,stroke:g,"class":"grid"},svg);el("line",{x1:ML,y1:y,x2:W-MR,y2:y,stroke:g,"class":"grid"},svg);
if(t.major||few){label({x:x,y:H-MB+14,"text-anchor":"middle","class":"tick x"},rateLabel(t.v),svg);label({x:ML-5,y:y+4,"text-anchor":"end","class":"tick y"},rateLabel(t.v),svg);}});
label({x:X0,y:H-MB+14,"text-anchor":"middle","class":"tick x"},"0",svg);label({x:ML-5,y:Y0+4,"text-anchor":"end","class":"tick y"},"0",svg);
// Breaks between the zero band and the log scale.
el("path",{d:"M"+(XB-5)+","+(H-MB+5)+"l5,-10M"+(XB-1)+","+(H-MB+5)+"l5,-10M"+(ML-5)+","+(YB+3)+"l10,-5M"+(ML-5)+","+(YB+7)+"l10,-5",stroke:"#888",fill:"none"},svg);
el("line",{x1:X(rmin),y1:Y(rmin),x2:X(rmax),y2:Y(rmax),stroke:"#bbb","stroke-dasharray":"4 3"},svg);
label({x:(ML+W-MR)/2,y:H-MB+32,"text-anchor":"middle"},[AL,": rate per million counted words (log scale)"],svg);
label({x:16,y:(MT+H-MB)/2,transform:"rotate(-90 16 "+(MT+H-MB)/2+")","text-anchor":"middle"},[BL,": rate per million counted words (log scale)"],svg);
function radius(p){return 3+Math.min(4,1.5*Math.log10(list(p.words).length));}
var points=[],boxes=[];
pts.forEach(function(p,k){var ws=list(p.words),cx=X(p.rate_a),cy=Y(p.rate_b),r=radius(p);
var c=el("circle",{cx:cx.toFixed(1),cy:cy.toFixed(1),r:r.toFixed(1),fill:colour(p.score),"class":"pt","data-i":k},svg);
var some=ws.slice(0,8).map(function(w,i){return [i?", ":"",U(w,LABEL)];});
var ti=ws.length===1?termAt.get(at(ws[0],p.count_a,p.count_b)):undefined;
tip(c,ws.length===1?[U(ws[0]),star(ws[0])," — "+p.count_a+" in ",A,", "+p.count_b+" in ",B,"; z "+fmt(p.score,2)+", "+(ti===undefined?"p adj. (tokens) "+pval(p.token_p_adj)+", (documents) –":pvals(terms[ti])),mergedOf(ws[0])]:
[ws.length+" terms with "+p.count_a+" in ",A,", "+p.count_b+" in ",B," (z "+fmt(p.score,2)+" each): ",some,ws.length>8?", and "+(ws.length-8)+" more":""]);
c.addEventListener("click",function(){show(k);});points.push(c);boxes.push({x:cx-r,y:cy-r,w:2*r,h:2*r});});
// Labels for the most distinctive points of each side and the most frequent, placed greedily
// (as Scattertext does): the first of eight places around the point that overlaps no label
// placed before, no other point and no edge; a point with no such place goes unlabelled.
var byA=[],byB=[],byFreq=[];pts.forEach(function(p,k){if(p.score>0){byA.push(k);}else if(p.score<0){byB.push(k);}byFreq.push(k);});
byA.sort(function(i,j){return pts[j].score-pts[i].score||i-j;});byB.sort(function(i,j){return pts[i].score-pts[j].score||i-j;});
byFreq.sort(function(i,j){return (pts[j].count_a+pts[j].count_b)-(pts[i].count_a+pts[i].count_b)||i-j;});
var want=[];for(var q=0;q<25;q++){if(q<byA.length){want.push(byA[q]);}if(q<byB.length){want.push(byB[q]);}}
byFreq.slice(0,12).forEach(function(k){if(want.indexOf(k)<0){want.push(k);}});
function meets(a,b){return a.x<b.x+b.w&&b.x<a.x+a.w&&a.y<b.y+b.h&&b.y<a.y+a.h;}
var placed=[],plabels=[];
want.forEach(function(k){var p=pts[k],ws=list(p.words),cx=X(p.rate_a),cy=Y(p.rate_b),r=radius(p)+2;
var t=label({x:0,y:0,"class":"plabel","data-i":k},ws.length===1?[U(ws[0],LABEL),star(ws[0])]:[U(ws[0],LABEL),star(ws[0])," +"+(ws.length-1)],svg);
var bb=t.getBBox(),w=bb.width,hh=bb.height,asc=-bb.y;
var spots=[[cx+r,cy-hh/2],[cx-r-w,cy-hh/2],[cx-w/2,cy-r-hh],[cx-w/2,cy+r],[cx+r*0.7,cy-r*0.7-hh],[cx-r*0.7-w,cy-r*0.7-hh],[cx+r*0.7,cy+r*0.7],[cx-r*0.7-w,cy+r*0.7]];
for(var s=0;s<spots.length;s++){var b={x:spots[s][0],y:spots[s][1],w:w,h:hh};
if(b.x<ML+1||b.x+b.w>W-MR-1||b.y<MT+1||b.y+b.h>H-MB-1){continue;}
if(placed.some(function(o){return meets(b,o);})){continue;}
if(boxes.some(function(o,j){return j!==k&&meets(b,o);})){continue;}
t.setAttribute("x",b.x.toFixed(1));t.setAttribute("y",(b.y+asc).toFixed(1));placed.push(b);plabels.push(t);t.addEventListener("click",function(){show(k);});return;}
svg.removeChild(t);});
// The colour scale, and what a larger circle means.
var LY=H-48,LW=16,LX=(W-17*LW)/2;
label({x:LX-8,y:LY+10,"text-anchor":"end"},["more in ",BL],svg);label({x:LX+17*LW+8,y:LY+10},["more in ",AL],svg);
for(var li=0;li<17;li++){var z=(li-8)*ZMAX/8;el("rect",{x:LX+li*LW,y:LY,width:LW,height:12,fill:colour(z),"class":"legend"},svg);}
[-8,-4,0,4,8].forEach(function(z){label({x:LX+(z/ZMAX*8+8.5)*LW,y:LY+26,"text-anchor":"middle","class":"legend-tick"},(z<=-ZMAX?"≤ −":z>=ZMAX?"≥ ":z<0?"−":"")+Math.abs(z),svg);});
label({x:W/2,y:LY+42,"text-anchor":"middle"},"colour: "+ZNAME+"; a larger circle holds several terms with the same counts",svg);
// lineInto appends line l to box: on side s (0 for A, 1 for B, -1 for none), by default the
// side l names ("A" or "B").
function lineInto(box,l,s){if(s===undefined){s=l.side==="A"?0:l.side==="B"?1:-1;}var d=h("div",undefined,box,"line "+["side-none","side-A","side-B"][s+1]);
var left=h("span",undefined,d,"left");h("span",["…",U(l.left)],left);h("mark",U(l.match),d);h("span",[U(l.right),"…"],d,"right");
var vs=function(max){return l.voice&&l.voice!=="narrative"?[" (",U(l.voice),l.speaker?[": ",U(l.speaker,max)]:"",")"]:"";};
var meta=h("span",s<0?[U(l.doc,LABEL),vs(LABEL)]:[[AL,BL][s],vs(LABEL)," · ",U(l.doc,LABEL)],d,"doc");
meta.title=plain(s<0?[U(l.doc),vs()]:[[A,B][s],vs()," · ",U(l.doc)]);return d;}
var kwic=document.getElementById("kwic");
// show shows point k's lines: those of its word w, or of its first word that has lines.
function show(k,w){
var p=pts[k],ws=list(p.words);points.forEach(function(c){c.classList.remove("hit");});points[k].classList.add("hit");
var word=w!==undefined?w:ws[0],lines=[];
ws.some(function(x){if(w!==undefined&&x!==w){return false;}var i=termAt.get(at(x,p.count_a,p.count_b));var ls=i===undefined?[]:list(kwicOf.get(terms[i].term));if(ls.length){word=x;lines=ls;return true;}return false;});
// The point shown is labelled with the word shown, unless its label already says it.
var gone=svg.querySelector("text.hitlabel");if(gone){svg.removeChild(gone);}
if(!plabels.some(function(t){return t.getAttribute("data-i")===String(k)&&word===ws[0];})){var cx=X(p.rate_a),cy=Y(p.rate_b),r=radius(p)+3;
var hl=label({x:cx+r,y:cy+4,"class":"hitlabel"},U(word,LABEL),svg);if(cx+r+hl.getBBox().width>W-MR){hl.setAttribute("x",cx-r);hl.setAttribute("text-anchor","end");}}
var wi=termAt.get(at(word,p.count_a,p.count_b));
kwic.textContent="";h("h3",[U(word)," — "+p.count_a+" in ",A,", "+p.count_b+" in ",B,", z "+fmt(p.score,2)+"; "+(wi===undefined?"p adj. (tokens) "+pval(p.token_p_adj)+", (documents) –":pvals(terms[wi])),ws.length>1?"; one of "+ws.length+" terms with these counts":""],kwic);
if(!lines.length){h("p","No lines kept for this term (only the most distinctive terms carry lines).",kwic,"note");return;}
var lb=h("div",undefined,kwic,"lines");lines.forEach(function(l){lineInto(lb,l);});
}
var wordAt=new Map();pts.forEach(function(p,k){list(p.words).forEach(function(w){var x=String(w).toLowerCase();if(!wordAt.has(x)){wordAt.set(x,[k,w]);}});});
document.getElementById("search").addEventListener("input",function(e){
var q=e.target.value.trim().toLowerCase();if(!q){return;}
var hit=wordAt.get(q);if(hit){show(hit[0],hit[1]);return;}
var t=terms.find(function(t){return t.term===q;});if(t){var k=pts.findIndex(function(p){return p.count_a===t.count_a&&p.count_b===t.count_b&&list(p.words).indexOf(t.word)>=0;});if(k>=0){show(k,t.word);return;}}
for(var j=0;j<pts.length;j++){var ws=list(pts[j].words);for(var m=0;m<ws.length;m++){if(String(ws[m]).toLowerCase().indexOf(q)===0){show(j,ws[m]);return;}}}
});
// The bar chart: side B's strongest terms to the left of 0, side A's to the right, on one axis.
var bars=document.getElementById("bars"),BW=860,n=data.bars||15;
var toA=terms.filter(function(t){return t.score>0;}).slice(0,n),toB=terms.filter(function(t){return t.score<0;}).slice(0,n);
var zmax=1;toA.concat(toB).forEach(function(t){zmax=Math.max(zmax,Math.abs(t.score));});
var brows=Math.max(1,toA.length,toB.length),rowH=Math.max(14,Math.min(22,Math.floor(400/brows))),BT=26,bottom=BT+rowH*brows;
frame(bars,BW,bottom+48);
var mid=BW/2,half=BW/2-120;function BX(z){return mid+half*z/zmax;}
roundTicks(-zmax,zmax).forEach(function(t){var x=BX(t.v);el("line",{x1:x,y1:BT-4,x2:x,y2:bottom,stroke:t.v===0?"#888":"#e4e4e4","class":"grid"},bars);
el("line",{x1:x,y1:bottom,x2:x,y2:bottom+4,stroke:"#888"},bars);label({x:x,y:bottom+16,"text-anchor":"middle","class":"tick"},t.t,bars);});
el("line",{x1:BX(-zmax),y1:bottom,x2:BX(zmax),y2:bottom,stroke:"#888"},bars);
label({x:mid,y:bottom+34,"text-anchor":"middle"},[ZNAME+": < 0 more in ",BL,", > 0 more in ",AL],bars);
label({x:mid-10,y:14,"text-anchor":"end"},["← more in ",BL],bars);label({x:mid+10,y:14},["more in ",AL," →"],bars);
toB.forEach(function(t,k){var y=BT+k*rowH,x=BX(t.score);var r=el("rect",{x:x.toFixed(1),y:y,width:(mid-x).toFixed(1),height:rowH-3,fill:colour(t.score),"class":"bar","data-score":t.score},bars);tip(r,[U(t.word),star(t.word),": z "+fmt(t.score,2),mergedOf(t.word)]);label({x:x-4,y:y+rowH-6,"text-anchor":"end"},[U(t.word,LABEL),star(t.word)],bars);});
toA.forEach(function(t,k){var y=BT+k*rowH,x=BX(t.score);var r=el("rect",{x:mid,y:y,width:(x-mid).toFixed(1),height:rowH-3,fill:colour(t.score),"class":"bar","data-score":t.score},bars);tip(r,[U(t.word),star(t.word),": z "+fmt(t.score,2),mergedOf(t.word)]);label({x:x+4,y:y+rowH-6},[U(t.word,LABEL),star(t.word)],bars);});
function row(tab,cells,cls){var tr=h("tr",undefined,tab,cls);cells.forEach(function(c){var td=h("td",c[0],tr);if(c[1]){td.className="num";}});return tr;}
function header(tab,names){var tr=h("tr",undefined,tab);names.forEach(function(n){h("th",n,tr);});}
// fit makes a table's scroll box as tall as its header and its first max rows, so that no
// row is cut at the box's edge, and says how many rows it shows; again when the window
// changes width (rows wrap).
var fitted=[];
function fit(tab,max){var box=tab.parentNode,rs=tab.rows,n=rs.length-1;if(n<=max){return;}
var note=document.createElement("p");note.className="note more";note.textContent=max+" of "+n+" rows shown; scroll the table for the rest.";box.parentNode.insertBefore(note,box.nextSibling);
fitted.push([tab,max]);size(tab,max);}
function size(tab,max){var box=tab.parentNode,rs=tab.rows;box.style.maxHeight="none";
var want=rs[max].getBoundingClientRect().bottom-tab.getBoundingClientRect().top;box.style.maxHeight=want+"px";
var bar=want-box.clientHeight;if(bar>0.5){box.style.maxHeight=(want+bar)+"px";}box.style.scrollPaddingTop=rs[0].getBoundingClientRect().height+"px";}
window.addEventListener("resize",function(){fitted.forEach(function(f){size(f[0],f[1]);});});
var shift=list(data.word_shift),ssvg=document.getElementById("shift");
var covered=0;shift.forEach(function(s){covered+=s.share;});
put(document.getElementById("shift-note"),["Jensen–Shannon divergence "+fmt(data.jsd_bits,4)+" bits"+LUMPED+". Each bar is a word's share of it (after Gallagher et al. 2021): right, relatively more frequent in ",A,"; left, in ",B,". These "+shift.length+" words account for "+fmt(100*covered,1)+"%."]);
var smax=0;shift.forEach(function(s){smax=Math.max(smax,s.share);});
var SH=14;frame(ssvg,760,20+SH*shift.length);var smid=380,sscale=(380-120)/Math.max(smax,1e-9);
// A bar is in its side's colour of the scatter (A blue, B orange) and named by that side's
// own form of the word where the two sides' forms differ ("universal" against "University").
var termOf=new Map();terms.forEach(function(t){termOf.set(t.term,t);});
shift.forEach(function(s,k){var y=10+k*SH,w=s.share*sscale;var x=s.toward_a?smid:smid-w;
var kt=termOf.get(s.term),word=(kt&&(s.toward_a?kt.word_a:kt.word_b))||s.word;
el("rect",{x:x.toFixed(1),y:y,width:Math.max(w,0.5).toFixed(1),height:SH-3,fill:s.toward_a?"#0072b2":"#d55e00","class":"shift"},ssvg);
label({x:s.toward_a?smid+w+4:smid-w-4,y:y+SH-4,"text-anchor":s.toward_a?"start":"end"},[U(word,LABEL),MERGEDT.has(s.term)?"*":""," "+fmt(100*s.share,1)+"%"],ssvg);});
el("line",{x1:smid,y1:6,x2:smid,y2:14+SH*shift.length,stroke:"#999"},ssvg);
var ev=data.events;
if(ev){
document.getElementById("events-section").hidden=false;
var pl=ev.placebo,pp=document.getElementById("placebo");
if(pl){put(pp,["Placebo ",U(pl.outlet_a)," vs ",U(pl.outlet_b)," over "+pl.events+" events: "+pl.significant+" of "+pl.terms+" pooled terms with |z| ≥ 1.96 (the sides: "+pl.real_significant+" of "+pl.real_terms+"); mean divergence "+fmt(pl.mean_jsd_bits,4)+" bits (the sides in the same events: "+fmt(pl.real_mean_jsd_bits,4)+")."]);}
else{pp.textContent="No placebo: side B has no two outlets that share an event.";}
var et=document.getElementById("events-table");
header(et,["event","documents A/B","words A/B","JS bits","placebo JS",["leans to ",AL],["leans to ",BL]]);
list(ev.rows).forEach(function(r){row(et,[[U(r.event,LABEL)],[r.docs_a+"/"+r.docs_b,1],[r.tokens_a+"/"+r.tokens_b,1],[fmt(r.jsd_bits,4),1],[r.placebo_jsd_bits<0?"–":fmt(r.placebo_jsd_bits,4),1],[joined(r.top_a,", ",LABEL)],[joined(r.top_b,", ",LABEL)]]);});
fit(et,12);
var po=ev.options||{},pn=document.getElementById("pooled-p");
pn.textContent="p (tokens): the Mantel–Haenszel z's two-sided p-value, every counted word an independent draw. perm p (documents): the side labels shuffled among each event's documents ("+
(po.permutations>0?po.permutations+" shuffles seeded with "+po.seed+", the first "+po.test+" terms tested; no p-value below "+pval(Math.max(1/(po.permutations+1),ev.arrangements>0?1/ev.arrangements:0))+")":"not run here)")+"; unadjusted.";
var pt=document.getElementById("pooled");
header(pt,["word","A","B","log OR","z","p (tokens)","same","I² %","95% prediction","perm p (documents)"]);
var prow=[],pooled=list(ev.terms),forestOf=table(ev.forest);
pooled.forEach(function(t,i){var tr=row(pt,[[U(t.word,LABEL)],[t.count_a,1],[t.count_b,1],[fmt(t.log_or,2),1],[fmt(t.z,2),1],[pval(t.p),1],[t.same+"/"+t.events,1],[fmt(t.random.i2,0),1],[fmt(t.random.pred_low,2)+" … "+fmt(t.random.pred_high,2),1],[t.permuted?pval(t.perm_p):"–",1]],"row");tr.setAttribute("data-i",i);tr.addEventListener("click",function(){forest(i);});prow.push(tr);});
fit(pt,12);
var fsvg=document.getElementById("forest");
function forest(i){
var t=pooled[i],rows=list(forestOf.get(t.term));prow.forEach(function(r){r.classList.remove("sel");});prow[i].classList.add("sel");
while(fsvg.firstChild){fsvg.removeChild(fsvg.firstChild);}
if(!rows.length){frame(fsvg,860,40);label({x:10,y:20},["No per-event tables kept for ",U(t.word,LABEL)," (only the first terms carry them)."],fsvg);return;}
var all=rows.map(function(r){return {label:[U(r.event,LABEL)," ("+r.count_a+"/"+r.count_b+")"],est:r.log_or,lo:r.low,hi:r.high,pooled:false};});
all.push({label:"pooled, Mantel–Haenszel",est:t.log_or,lo:t.log_or-1.96*t.se,hi:t.log_or+1.96*t.se,pooled:true});
all.push({label:"pooled, random effects",est:t.random.estimate,lo:t.random.low,hi:t.random.high,pooled:true});
all.push({label:"95% prediction",est:t.random.estimate,lo:t.random.pred_low,hi:t.random.pred_high,pooled:true});
var lo=0,hi=0;all.forEach(function(r){lo=Math.min(lo,r.lo);hi=Math.max(hi,r.hi);});var pad=0.04*Math.max(hi-lo,1e-9);lo-=pad;hi+=pad;
var RH=18,R=840,FT=34,FB=FT+RH*all.length;frame(fsvg,860,FB+44);
var labs=all.map(function(r,k){return label({x:0,y:FT+4+k*RH,"text-anchor":"end"},r.label,fsvg);});
var L=Math.min(480,Math.max(230,Math.ceil(widest(labs))+16));labs.forEach(function(t){t.setAttribute("x",L-8);});
function FX(x){return L+(R-L)*(x-lo)/(hi-lo);}
label({x:L,y:12},[U(t.word,LABEL),": log odds ratio by event, with 95% intervals"],fsvg);
roundTicks(lo,hi).forEach(function(k){var x=FX(k.v);el("line",{x1:x,y1:FT-10,x2:x,y2:FB,stroke:"#eee","class":"grid"},fsvg);el("line",{x1:x,y1:FB,x2:x,y2:FB+4,stroke:"#888"},fsvg);label({x:x,y:FB+16,"text-anchor":"middle","class":"tick"},k.t,fsvg);});
el("line",{x1:L,y1:FB,x2:R,y2:FB,stroke:"#888"},fsvg);
label({x:(L+R)/2,y:FB+34,"text-anchor":"middle"},["log odds ratio: < 0 more in ",BL,", > 0 more in ",AL],fsvg);
el("line",{x1:FX(0),y1:FT-10,x2:FX(0),y2:FB,stroke:"#777","stroke-dasharray":"3 3","class":"ref"},fsvg);
label({x:FX(0),y:FT-13,"text-anchor":"middle","class":"ref"},"no effect",fsvg);
all.forEach(function(r,k){var y=FT+k*RH;
el("line",{x1:FX(r.lo).toFixed(1),y1:y,x2:FX(r.hi).toFixed(1),y2:y,stroke:"#555"},fsvg);
if(r.pooled){el("rect",{x:(FX(r.est)-5).toFixed(1),y:y-5,width:10,height:10,fill:"#222","class":"pooled"},fsvg);}else{el("circle",{cx:FX(r.est).toFixed(1),cy:y,r:4,fill:"#0072b2","class":"event"},fsvg);}});
}
if(pooled.length){forest(0);}
}
var ct=document.getElementById("categories"),cl=document.getElementById("catlines"),crow=[];
header(ct,["lexicon","category",[AL," /1000"],[BL," /1000"],"G2","p adj. (tokens)","p adj. (documents)"]);
list(data.categories).forEach(function(c){var tr=row(ct,[[U(c.lexicon,LABEL)],[U(c.category,LABEL)],[fmt(c.rate_a/1000,2),1],[fmt(c.rate_b/1000,2),1],[fmt(c.score,2),1],[pval(c.token_p_adj),1],[pval(c.doc_p_adj),1]],"row");crow.push(tr);
tr.addEventListener("click",function(){crow.forEach(function(r){r.classList.remove("sel");});tr.classList.add("sel");cl.textContent="";var ls=list(c.lines);if(!ls.length){h("p","No lines.",cl,"note");}ls.forEach(function(l){lineInto(cl,l);});});});
fit(ct,20);
var gr=data.groups;
if(gr&&gr.divergence){
document.getElementById("groups-section").hidden=false;
var gd=gr.divergence,groups=list(gd.groups),gn=groups.length;
var note="Jensen–Shannon divergence (bits) between every pair of groups; darker is further apart. Blank: a group has no words in the event. Small groups look far from every other by chance alone: \u201cbeyond chance\u201d subtracts what shuffling the pair\u2019s documents within events gives.";
if(gr.within_kind_pairs>0&&gr.between_kinds_pairs>0){note+=" Mean per event between groups of one kind "+fmt(gr.within_kind_bits,4)+" bits ("+gr.within_kind_pairs+" pairs), of different kinds "+fmt(gr.between_kinds_bits,4)+" bits ("+gr.between_kinds_pairs+" pairs).";}
document.getElementById("groups-note").textContent=note;
var sel=document.getElementById("groups-event"),hm=document.getElementById("heatmap");
var opt=h("option","all events",sel);opt.value="-1";
if(gd.excess){var ox=h("option","all events, beyond chance",sel);ox.value="-2";}
list(gd.events).forEach(function(e,i){var o=document.createElement("option");o.textContent=plain(U(e,LABEL));var w=wholes(U(e,LABEL));if(w){o.title=w;}o.value=String(i);sel.appendChild(o);});
// Cells wide enough for a value carry it (two decimals); the scale below runs from 0 to the
// largest value shown.
var CELL=Math.max(18,Math.min(52,Math.floor(560/Math.max(gn,1)))),TOP=20,VALUES=CELL>=28;
function shade(a){var g=Math.round(255-200*a);return "rgb("+g+","+g+","+Math.round(255-120*a)+")";}
function heat(k){
while(hm.firstChild){hm.removeChild(hm.firstChild);}
var m=list(k===-2?gd.excess:(k<0?gd.all:list(gd.per_event)[k])),mx=0;
m.forEach(function(r){list(r).forEach(function(v){mx=Math.max(mx,v);});});
var labs=groups.map(function(g,i){return label({x:0,y:TOP+i*CELL+CELL*0.65,"text-anchor":"end"},[(i+1)+" ",U(g,LABEL)],hm);});
var LEFT=Math.max(200,Math.ceil(widest(labs))+12);labs.forEach(function(t){t.setAttribute("x",LEFT-6);});
var BOT=TOP+CELL*gn;
hm.setAttribute("height",BOT+74);hm.setAttribute("width",Math.max(760,LEFT+CELL*gn+10));
groups.forEach(function(g,i){label({x:LEFT+i*CELL+CELL/2,y:TOP-6,"text-anchor":"middle"},String(i+1),hm);});
m.forEach(function(r,i){list(r).forEach(function(v,j){if(v<0&&k!==-2||k===-2&&gd.null[i][j]<0){return;}var a=mx>0?Math.max(v,0)/mx:0;
var rc=el("rect",{x:LEFT+j*CELL,y:TOP+i*CELL,width:CELL-1,height:CELL-1,fill:shade(a),"class":"cell"},hm);
tip(rc,[U(groups[i])," vs ",U(groups[j]),": "+fmt(v,4)+" bits"]);
if(VALUES&&i!==j){var vt=label({x:LEFT+j*CELL+(CELL-1)/2,y:TOP+i*CELL+CELL/2+4,"text-anchor":"middle","class":"val"},fmt(v,2),hm);vt.setAttribute("fill",a>0.55?"#fff":"#222");}});});
var SX0=LEFT,SW=Math.min(300,Math.max(160,CELL*gn)),SY=BOT+16,steps=10;
for(var s=0;s<steps;s++){el("rect",{x:SX0+s*SW/steps,y:SY,width:SW/steps+0.5,height:12,fill:shade((s+0.5)/steps),"class":"legend"},hm);}
el("rect",{x:SX0,y:SY,width:SW,height:12,fill:"none",stroke:"#999"},hm);
[0,0.5,1].forEach(function(f){label({x:SX0+f*SW,y:SY+26,"text-anchor":f===0?"start":f===1?"end":"middle","class":"legend-tick"},(f===0&&k===-2?"≤ ":"")+fmt(f*mx,k===-2?3:2),hm);});
label({x:SX0+SW+12,y:SY+10},k===-2?"bits beyond chance (negative: closer than chance; shown as 0)":"Jensen–Shannon divergence, bits",hm);
}
sel.addEventListener("change",function(){heat(Number(sel.value));});
heat(-1);
var gt=document.getElementById("group-terms");
list(gr.comparisons).forEach(function(p){var lean=[];list(p.terms).filter(function(t){return t.log_or>0;}).slice(0,8).forEach(function(t,i){lean.push(i?", ":"",U(t.word,LABEL)," (I² "+fmt(t.random.i2,0)+"%)");});
h("p",[U(p.side_a)," against ",U(p.side_b),": ",lean.length?lean:"–"],gt);});
}
var voices=document.getElementById("voices");
[[A,data.voices_a],[B,data.voices_b]].forEach(function(sv){
var v=sv[1];if(!v){return;}
h("h3",sv[0],voices);
h("p",(100*v.quoted_share).toFixed(0)+"% of counted words in quotations.",voices);
var named=[],described=[];list(v.speakers).forEach(function(s){var c=s.name.charAt(0);(c!==c.toUpperCase()?described:named).push(s);});
var tab=h("table",undefined,voices,"speakers");var hr=h("tr",undefined,tab);h("th","quoted",hr);h("th","times",hr);
named.slice(0,8).forEach(function(s){var tr=h("tr",undefined,tab);h("td",U(s.name,LABEL),tr);h("td",String(s.count),tr);});
if(described.length){var ds=[];described.slice(0,8).forEach(function(s,i){ds.push(i?", ":"",U(s.name,LABEL)," ("+s.count+")");});
h("p",["Quoted by description, not by name (summed over the documents, where the same words may be different people): ",ds],voices,"descriptions");}
if(list(v.cited).length){var cited=[];list(v.cited).slice(0,8).forEach(function(c,i){cited.push(i?", ":"",U(c.name,LABEL)," ("+c.count+")");});
h("p",["Texts cited (a law or charter \u201csays\u201d: a rule, not a voice): ",cited],voices);}
var verbs=[];list(v.verbs).slice(0,8).forEach(function(c,i){verbs.push(i?", ":"",U(c.name,LABEL)," ("+c.count+")");});
h("p",["Reporting verbs: ",verbs],voices);
});
`

// String is for debugging: the report's title and size.
func (r *Report) String() string {
	return fmt.Sprintf("%s: %d terms, %d with lines", r.Title, len(r.Terms), len(r.KWIC))
}
