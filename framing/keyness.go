package framing

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/framediff/framediff/framing/stats"
	"gonum.org/v1/gonum/stat/distuv"
)

// Measure names a term-level keyness measure of [Keyness].
type Measure string

// The measures of [Keyness]. Each row's Score is the measure, signed so that a positive
// value leans to side A; P is the measure's own test where it has one, and the G² test
// otherwise (Hardie's recommended pairing of an effect size with a significance filter).
const (
	MeasureLogOdds           Measure = "log-odds"      // z of the log-odds ratio with a Dirichlet prior (see LogOddsOptions); P from z
	MeasureLogLikelihood     Measure = "g2"            // stats.LogLikelihood, signed; Williams-corrected if asked
	MeasureLogLikelihood2    Measure = "g2-2term"      // stats.LogLikelihood2 (UCREL), signed
	MeasureChiSquare         Measure = "chi2"          // stats.ChiSquare, CorrectionNone, signed
	MeasureChiSquareYates    Measure = "chi2-yates"    // stats.ChiSquare, CorrectionYates (R), signed
	MeasureChiSquareQuanteda Measure = "chi2-quanteda" // stats.ChiSquare, CorrectionQuanteda, signed
	MeasureFisher            Measure = "fisher"        // signed -log10 of stats.FisherExact's p (exact below 1e-308 too)
	MeasureLogRatio          Measure = "log-ratio"     // stats.LogRatio
	MeasureLRC               Measure = "lrc"           // stats.LogRatioConservative
	MeasurePMI               Measure = "pmi"           // stats.PMI
	MeasurePercentDiff       Measure = "pdiff"         // stats.PercentDiff
	MeasureScaledF           Measure = "scaled-f"      // ScaledF of A minus that of B
)

// Measures lists every measure, in the order the documentation gives them.
func Measures() []Measure {
	return []Measure{MeasureLogOdds, MeasureLogLikelihood, MeasureLogLikelihood2, MeasureChiSquare,
		MeasureChiSquareYates, MeasureChiSquareQuanteda, MeasureFisher, MeasureLogRatio, MeasureLRC,
		MeasurePMI, MeasurePercentDiff, MeasureScaledF}
}

// KeynessOptions configures [Keyness]. The zero value scores with the log-odds ratio
// (informative Dirichlet prior), adjusts p-values by Benjamini–Hochberg, and keeps every
// term: nothing is filtered out by default, so that a comparison of two single articles
// keeps its whole vocabulary.
type KeynessOptions struct {
	Measure  Measure        `json:"measure"`            // "" means log-odds
	LogOdds  LogOddsOptions `json:"log_odds"`           // settings of the log-odds measure
	Williams bool           `json:"williams,omitempty"` // apply Williams' correction to G²
	Adjust   stats.Adjust   `json:"adjust"`             // p-value adjustment; "" means BH
	// LRCAlpha is the LRC confidence level's alpha; 0 means 0.05. With LRCAdjust it is
	// divided by the number of terms scored (Bonferroni), as CQPweb does: the terms of the
	// n-gram order being scored that MinCount keeps, since those are the tests made.
	LRCAlpha  float64 `json:"lrc_alpha"`
	LRCAdjust bool    `json:"lrc_adjust,omitempty"` // divide LRCAlpha by the number of terms
	// Beta weighs recall against precision in the scaled F-score; 0 means 1.
	Beta float64 `json:"beta"`
	// MinCount drops terms whose count on both sides together is below it, before
	// p-values are adjusted; 0 or 1 keeps every term.
	MinCount int `json:"min_count"`
	// N restricts scoring to n-grams of one order (1, 2 or 3); 0 scores every order,
	// each with its own totals.
	N int `json:"n"`
}

func (o *KeynessOptions) resolve() (KeynessOptions, error) {
	var c KeynessOptions
	if o != nil {
		c = *o
	}
	if c.Measure == "" {
		c.Measure = MeasureLogOdds
	}
	if !slices.Contains(Measures(), c.Measure) {
		return c, errorf(ErrOption, "KeynessOptions.Measure %q", c.Measure)
	}
	if c.Adjust == "" {
		c.Adjust = stats.AdjustBH
	}
	if _, err := stats.AdjustP(nil, c.Adjust); err != nil {
		return c, errorf(ErrOption, "KeynessOptions.Adjust %q (want none, bonferroni, holm, BH or BY)", c.Adjust)
	}
	if c.LRCAlpha == 0 {
		c.LRCAlpha = 0.05
	}
	if !(c.LRCAlpha > 0 && c.LRCAlpha < 1) {
		return c, errorf(ErrOption, "KeynessOptions.LRCAlpha = %v (want 0 < alpha < 1)", c.LRCAlpha)
	}
	if c.Beta == 0 {
		c.Beta = 1
	}
	if !(c.Beta > 0 && c.Beta <= 1e6) {
		return c, errorf(ErrOption, "KeynessOptions.Beta = %v (want > 0)", c.Beta)
	}
	if c.MinCount < 0 || c.N < 0 || c.N > 3 {
		return c, errorf(ErrOption, "KeynessOptions MinCount %d, N %d", c.MinCount, c.N)
	}
	lo, err := c.LogOdds.resolve()
	if err != nil {
		return c, err
	}
	c.LogOdds = lo
	return c, nil
}

// Evidence flags a term whose statistics rest on little data.
type Evidence uint8

const (
	// EvidenceOnce marks a term seen once in both sides together.
	EvidenceOnce Evidence = 1 << iota
	// EvidenceOneSide marks a term absent from one side.
	EvidenceOneSide
	// EvidenceLowExpected marks a table with an expected count below 5, where the
	// chi-square and G² approximations are unreliable (prefer Fisher's exact test).
	EvidenceLowExpected
)

var evidenceNames = []string{"once", "one-side", "low-expected"}

// Strings returns the names of the flags set.
func (e Evidence) Strings() []string {
	var out []string
	for i, name := range evidenceNames {
		if e&(1<<i) != 0 {
			out = append(out, name)
		}
	}
	return out
}

// String returns the names of the flags set, as [Evidence.Strings] gives them, joined by
// "+" as a [Voices] set's names are ("once+one-side"), so that fmt's %v prints them, not
// their number; "none" for no flag. A bit that names no flag is shown in hexadecimal
// ("once+0x8").
func (e Evidence) String() string {
	names := e.Strings()
	if rest := e &^ (1<<len(evidenceNames) - 1); rest != 0 {
		names = append(names, fmt.Sprintf("%#x", uint8(rest)))
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, "+")
}

// MarshalJSON writes the flags as a list of names.
func (e Evidence) MarshalJSON() ([]byte, error) {
	s := e.Strings()
	if s == nil {
		s = []string{}
	}
	return json.Marshal(s)
}

// UnmarshalJSON reads a list of flag names.
func (e *Evidence) UnmarshalJSON(b []byte) error {
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return err
	}
	*e = 0
	for _, n := range names {
		i := slices.Index(evidenceNames, n)
		if i < 0 {
			return fmt.Errorf("framing: unknown evidence flag %q", n)
		}
		*e |= 1 << i
	}
	return nil
}

// KeyTerm is one term's keyness between side A and side B under one measure.
type KeyTerm struct {
	Term string `json:"term"` // the counted term (stem)
	Word string `json:"word"` // its most frequent surface form over both sides
	// WordA and WordB are the term's surface form in A and in B alone (the most frequent,
	// as Word; empty where the side does not use the term, for lexicon categories, and for
	// profiles that keep one form per term over every side counted with them: Merge of
	// distributed counts, and a profile merged from several sides). Profiles of CountEvents
	// (as Compare and the programs use) and of PoolProfiles keep each fixed side's forms of
	// single words over the whole run, not per event; empty for protected phrases, for
	// sides added by CountOptions.SideBy, for two profiles of one side, and for a run whose
	// documents fall in more than 8 combinations of fixed sides.
	// A stem can join words a side uses in different senses: when one side writes mostly
	// "universal" and the other "University", Word is the form of the side that uses the
	// stem more, and WordA and WordB show each side's own.
	WordA    string  `json:"word_a,omitempty"`
	WordB    string  `json:"word_b,omitempty"`
	N        int     `json:"n"`         // 1 for words and phrases, else the n-gram order
	CountA   int     `json:"count_a"`   // occurrences in A
	CountB   int     `json:"count_b"`   // occurrences in B
	RateA    float64 `json:"rate_a"`    // per million counted n-grams of order N in A
	RateB    float64 `json:"rate_b"`    // the same in B
	Score    float64 `json:"score"`     // the measure, signed: > 0 leans to A
	LogRatio float64 `json:"log_ratio"` // Hardie's Log Ratio, the effect size, for every measure
	// P is the token-level two-sided p-value (see Measure): it takes every word as an
	// independent draw, which overstates significance when a word clusters in a few
	// documents (see DocP). PAdj is P adjusted over every term scored.
	P    float64 `json:"token_p"`
	PAdj float64 `json:"token_p_adj"`
	// DocFreqA and DocFreqB count the documents of A and of B in which the term occurs;
	// -1 where the document-level test did not run for the term.
	DocFreqA int `json:"doc_freq_a"`
	DocFreqB int `json:"doc_freq_b"`
	// DocP is the two-sided p-value of the document-level test, in which documents, not
	// words, are the units sampled (see DocumentTest); DocPAdj is DocP adjusted by
	// Benjamini–Hochberg over the terms tested. Both are -1 where the test did not run for
	// the term (see Comparison.DocTest): a profile has no documents, a side had fewer than
	// 2, or the term is an n-gram.
	DocP     float64  `json:"doc_p"`
	DocPAdj  float64  `json:"doc_p_adj"`
	Evidence Evidence `json:"evidence"` // flags for thin evidence
	// Delta and Alpha are the log-odds measure's log-odds ratio with its prior (natural
	// log) and the term's prior pseudo-count (see LogOddsOptions); 0 under other measures.
	Delta float64 `json:"delta"`
	Alpha float64 `json:"alpha"`
}

// Keyness scores every term of two profiles under one measure. Rows come sorted by N, then
// Term; rank them with [TopKeyTerms] or [SortKeyTerms]. Each n-gram order is scored with
// its own totals. p-values are adjusted over all the rows returned. The p-values are
// token-level; profiles hold no documents, so the document-level fields are -1: run
// [DocumentTest] or [EventCounts.DocumentTest] on the rows of interest to fill them.
//
// It returns an error wrapping [ErrEmpty] if a side has no counted words, [ErrMismatch] if
// the profiles' settings differ, and [ErrOption] for invalid options. No result is NaN or
// infinite: Fisher's score, -log10 p, is computed from the logarithm of the p-value's sum,
// so it stays exact where p itself underflows to 0.
func Keyness(a, b *Profile, opts *KeynessOptions) ([]KeyTerm, error) {
	o, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	if err := checkPair(a, b); err != nil {
		return nil, err
	}
	if o.Measure == MeasureLogOdds && o.LogOdds.Prior == PriorBackground {
		if err := sameBackground(a, b, o.LogOdds.Background); err != nil {
			return nil, err
		}
	}
	var rows []KeyTerm
	for n := 1; n <= a.Orders(); n++ {
		if o.N != 0 && n != o.N {
			continue
		}
		t := align(a, b, n)
		if t.na == 0 || t.nb == 0 {
			continue
		}
		if part := keynessOrder(&t, a, b, &o); rows == nil {
			rows = part
		} else {
			rows = append(rows, part...)
		}
	}
	for i := range rows {
		r := &rows[i]
		for _, v := range []float64{r.Score, r.P, r.LogRatio, r.RateA, r.RateB} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, errorf(ErrCounts, "term %q: %s score %v, p %v: the profiles' counts are inconsistent with their totals", r.Term, o.Measure, r.Score, r.P)
			}
		}
	}
	if err := adjustRows(rows, o.Adjust); err != nil {
		return nil, err
	}
	return rows, nil
}

// adjustRows sets PAdj of every row: P adjusted over all of them.
func adjustRows(rows []KeyTerm, method stats.Adjust) error {
	p := make([]float64, len(rows))
	for i := range rows {
		p[i] = rows[i].P
	}
	adj, err := stats.AdjustP(p, method)
	if err != nil {
		return err
	}
	for i := range rows {
		rows[i].PAdj = adj[i]
	}
	return nil
}

func keynessOrder(t *table, pa, pb *Profile, o *KeynessOptions) []KeyTerm {
	rows := make([]KeyTerm, 0, len(t.terms))
	alpha := o.LRCAlpha
	if o.LRCAdjust {
		// Bonferroni over the terms scored: those MinCount keeps, the tests actually made.
		scored := 0
		for k := range t.terms {
			if o.MinCount <= 1 || t.a[k]+t.b[k] >= float64(o.MinCount) {
				scored++
			}
		}
		alpha /= float64(max(scored, 1))
	}
	alpha0 := o.LogOdds.priorTotal(len(t.terms))
	// Fisher's test and the LRC cost a search each; with Zipfian counts most terms share
	// a few count pairs, so they are computed once per pair.
	alphas := backgroundAlphas(t, &o.LogOdds)
	var cache map[[2]float64][2]float64
	if o.Measure == MeasureFisher || o.Measure == MeasureLRC {
		cache = make(map[[2]float64][2]float64)
	}
	for k := range t.terms {
		a, b := t.a[k], t.b[k]
		if o.MinCount > 1 && a+b < float64(o.MinCount) {
			continue
		}
		tb := table2{a, b, t.na, t.nb}
		r := KeyTerm{
			Term: t.terms[k], Word: t.word(k), N: t.n,
			CountA: int(a), CountB: int(b), RateA: 1e6 * a / t.na, RateB: 1e6 * b / t.nb,
			LogRatio: tb.logRatio(), Evidence: tb.evidence(),
			DocFreqA: -1, DocFreqB: -1, DocP: -1, DocPAdj: -1, // profiles have no documents
		}
		r.WordA, r.WordB = t.sideWords(k)
		sign := tb.sign()
		var g2 float64
		switch o.Measure {
		case MeasureLogOdds, MeasureLogLikelihood2, MeasureChiSquare, MeasureChiSquareYates,
			MeasureChiSquareQuanteda, MeasureFisher:
		default:
			g2 = tb.g2(false) // the significance test that goes with an effect size
			r.P = stats.ChiSquareP(g2)
		}
		switch o.Measure {
		case MeasureLogOdds:
			r.Alpha = termAlpha(k, a, b, t.na, t.nb, &o.LogOdds, alphas)
			r.P = 1
			if len(t.terms) > 1 {
				r.Delta, r.Score, r.P = logOddsTerm(a, b, t.na, t.nb, r.Alpha, alpha0, &o.LogOdds)
			}
		case MeasureLogLikelihood:
			if o.Williams {
				g2 = tb.g2(true)
				r.P = stats.ChiSquareP(g2)
			}
			r.Score = sign * g2
		case MeasureLogLikelihood2:
			x := tb.score(stats.LogLikelihood2)
			r.Score, r.P = sign*x, stats.ChiSquareP(x)
		case MeasureChiSquare:
			x := tb.chi2(stats.CorrectionNone)
			r.Score, r.P = sign*x, stats.ChiSquareP(x)
		case MeasureChiSquareYates:
			x := tb.chi2(stats.CorrectionYates)
			r.Score, r.P = sign*x, stats.ChiSquareP(x)
		case MeasureChiSquareQuanteda:
			x := tb.chi2(stats.CorrectionQuanteda)
			r.Score, r.P = sign*x, stats.ChiSquareP(x)
		case MeasureFisher:
			v, ok := cache[[2]float64{a, b}]
			if !ok {
				lnp := tb.score(stats.FisherExactLog)
				v = [2]float64{sign * -lnp / math.Ln10, math.Exp(lnp)}
				cache[[2]float64{a, b}] = v
			}
			r.Score, r.P = v[0], v[1]
		case MeasureLogRatio:
			r.Score = r.LogRatio
		case MeasureLRC:
			v, ok := cache[[2]float64{a, b}]
			if !ok {
				v[0] = tb.lrc(alpha)
				cache[[2]float64{a, b}] = v
			}
			r.Score = v[0]
		case MeasurePMI:
			r.Score = tb.score(stats.PMI)
		case MeasurePercentDiff:
			r.Score = tb.score(stats.PercentDiff)
		}
		if r.Score == 0 {
			r.Score = 0 // no negative zero
		}
		rows = append(rows, r)
	}
	if o.Measure == MeasureScaledF {
		scaledF(t, rows, o.Beta)
	}
	return rows
}

// scaledF sets each row's Score to the scaled F-score of A minus that of B (Kessler 2017,
// "Scattertext: a browser-based tool for visualizing how corpora differ", ACL System
// Demonstrations). For side A, with the term's counts a and b:
//
//	precision = a / (a + b),  frequency = a / n_a
//	s(x) = Φ((x - mean x) / sd x)   over the terms scored (normal CDF; population sd)
//	F_A = (1 + β²) s(prec) s(freq) / (β² s(freq) + s(prec))
//
// and F_B likewise with the sides swapped; the score lies in [-1, 1]. A measure with zero
// spread scales to 0.5.
func scaledF(t *table, rows []KeyTerm, beta float64) {
	n := len(rows)
	if n == 0 {
		return
	}
	precA, freqA := make([]float64, n), make([]float64, n)
	precB, freqB := make([]float64, n), make([]float64, n)
	for i, r := range rows {
		a, b := float64(r.CountA), float64(r.CountB)
		precA[i], precB[i] = a/(a+b), b/(a+b)
		freqA[i], freqB[i] = a/t.na, b/t.nb
	}
	for _, v := range [][]float64{precA, freqA, precB, freqB} {
		normScale(v)
	}
	b2 := beta * beta
	f := func(p, q float64) float64 {
		if p == 0 && q == 0 {
			return 0
		}
		return (1 + b2) * p * q / (b2*q + p)
	}
	for i := range rows {
		rows[i].Score = f(precA[i], freqA[i]) - f(precB[i], freqB[i])
	}
}

// normScale replaces each value by the normal CDF at its z-score within v.
func normScale(v []float64) {
	mean := 0.0
	for _, x := range v {
		mean += x
	}
	mean /= float64(len(v))
	ss := 0.0
	for _, x := range v {
		ss += (x - mean) * (x - mean)
	}
	sd := math.Sqrt(ss / float64(len(v)))
	for i, x := range v {
		if sd == 0 {
			v[i] = 0.5
			continue
		}
		v[i] = distuv.UnitNormal.CDF((x - mean) / sd)
	}
}

// Lean is the side a term leans to.
type Lean int

const (
	LeanA Lean = iota // over-represented in side A: Score > 0
	LeanB             // over-represented in side B: Score < 0
)

// TopKeyTerms returns the k terms that lean most to side A (LeanA: Score > 0, highest
// first) or to side B (LeanB: Score < 0, lowest first); ties go to the smaller p, then the
// lower n-gram order, then the term. k <= 0 returns them all.
func TopKeyTerms(rows []KeyTerm, k int, lean Lean) []KeyTerm {
	sign := 1.0
	if lean == LeanB {
		sign = -1
	}
	idx := topIndices(len(rows), k, func(i int) bool { return rows[i].Score*sign > 0 }, func(x, y int) int {
		return keyOrder(rows[x].Score*sign, rows[x].P, rows[x].N, rows[x].Term, rows[y].Score*sign, rows[y].P, rows[y].N, rows[y].Term)
	})
	out := make([]KeyTerm, len(idx))
	for j, i := range idx {
		out[j] = rows[i]
	}
	return out
}

// keyOrder orders two rows as TopKeyTerms lists them, by their signed scores s, p-values,
// n-gram orders and terms.
func keyOrder(sx, px float64, nx int, tx string, sy, py float64, ny int, ty string) int {
	return cmp.Or(cmp.Compare(sy, sx), cmp.Compare(px, py), cmp.Compare(nx, ny), strings.Compare(tx, ty))
}

// topIndices returns the k first of the rows 0..n-1 for which keep holds, in the total
// order of order (all of them if k <= 0).
func topIndices(n, k int, keep func(i int) bool, order func(x, y int) int) []int {
	var idx []int
	if k > 0 && n > 4*k {
		// Keep the k best in a bounded list: O(n log k) rather than sorting every row.
		idx = make([]int, 0, k+1)
		for i := range n {
			if !keep(i) || len(idx) == k && order(i, idx[k-1]) >= 0 {
				continue
			}
			j, _ := slices.BinarySearchFunc(idx, i, order)
			idx = slices.Insert(idx, j, i)
			if len(idx) > k {
				idx = idx[:k]
			}
		}
		return idx
	}
	for i := range n {
		if keep(i) {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, order)
	if k > 0 && len(idx) > k {
		idx = idx[:k]
	}
	return idx
}

// SortBy is a column of KeyTerm rows to sort by.
type SortBy int

const (
	ByStrength SortBy = iota // |Score|: the most distinctive terms of either side
	ByScore                  // Score, signed
	ByTerm                   // the counted term, as text
	ByWord                   // the most frequent surface form, as text
	ByCountA                 // occurrences in A
	ByCountB                 // occurrences in B
	ByRateA                  // rate per million in A
	ByRateB                  // rate per million in B
	ByLogRatio               // Hardie's Log Ratio
	ByP                      // the p-value
	ByPAdj                   // the adjusted p-value
)

// Order is a sort direction.
type Order int

const (
	Descending Order = iota // largest first
	Ascending               // smallest first
)

// SortKeyTerms sorts rows in place by a column, in either order, with ties broken by N and
// then term (ascending) so that the order is total. It returns an error wrapping ErrOption
// for an unknown column or order.
func SortKeyTerms(rows []KeyTerm, by SortBy, order Order) error {
	var key func(r *KeyTerm) float64
	var text func(r *KeyTerm) string
	switch by {
	case ByTerm:
		text = func(r *KeyTerm) string { return r.Term }
	case ByWord:
		text = func(r *KeyTerm) string { return r.Word }
	case ByCountA:
		key = func(r *KeyTerm) float64 { return float64(r.CountA) }
	case ByCountB:
		key = func(r *KeyTerm) float64 { return float64(r.CountB) }
	case ByRateA:
		key = func(r *KeyTerm) float64 { return r.RateA }
	case ByRateB:
		key = func(r *KeyTerm) float64 { return r.RateB }
	case ByStrength:
		key = func(r *KeyTerm) float64 { return math.Abs(r.Score) }
	case ByScore:
		key = func(r *KeyTerm) float64 { return r.Score }
	case ByLogRatio:
		key = func(r *KeyTerm) float64 { return r.LogRatio }
	case ByP:
		key = func(r *KeyTerm) float64 { return r.P }
	case ByPAdj:
		key = func(r *KeyTerm) float64 { return r.PAdj }
	default:
		return errorf(ErrOption, "SortKeyTerms: no column %d to sort by", int(by))
	}
	if order != Descending && order != Ascending {
		return errorf(ErrOption, "SortKeyTerms: order %d", int(order))
	}
	descending := order == Descending
	dir := 1
	if descending {
		dir = -1
	}
	slices.SortStableFunc(rows, func(x, y KeyTerm) int {
		c := 0
		if key != nil {
			c = cmp.Compare(key(&x), key(&y))
		} else {
			c = strings.Compare(text(&x), text(&y))
		}
		return cmp.Or(dir*c, cmp.Compare(x.N, y.N), strings.Compare(x.Term, y.Term))
	})
	return nil
}
