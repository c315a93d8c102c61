package cli

// The rows of the programs' -csv tables of terms, as R and pandas read them: every row
// names its sides and the measure of its score, and a number a double cannot carry is
// written so that no reader mistakes it.

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/framediff/framediff/framing"
)

// PValueFloor is the smallest p-value a table writes as a number. Below it a double loses
// precision (subnormals; Go's math.Log is inexact there on amd64), and a p-value that
// underflowed reads 0, which no test can give.
const PValueFloor = 1e-300

// A PValue is a p-value in a table: its digits from PValueFloor up, "<1e-300" below it
// (0 included), and an empty cell, a missing value, where no test ran (a negative value,
// as framing's -1 for an untested term).
type PValue float64

// MarshalText writes the p-value as a cell.
func (p PValue) MarshalText() ([]byte, error) {
	switch {
	case math.IsNaN(float64(p)) || p > 1:
		return nil, fmt.Errorf("cli: p-value %v outside [0, 1]", float64(p))
	case p < 0:
		return nil, nil
	case p < PValueFloor:
		return []byte("<1e-300"), nil
	}
	return strconv.AppendFloat(nil, float64(p), 'g', -1, 64), nil
}

// MarshalJSON writes the p-value as a JSON number, "<1e-300" below PValueFloor, and null
// where no test ran.
func (p PValue) MarshalJSON() ([]byte, error) {
	b, err := p.MarshalText()
	switch {
	case err != nil:
		return nil, err
	case len(b) == 0:
		return []byte("null"), nil
	case b[0] == '<':
		return strconv.AppendQuote(nil, string(b)), nil
	}
	return b, nil
}

// String formats the p-value for a text table: four decimals, "<0.0001" below them, "–"
// where no test ran.
func (p PValue) String() string {
	switch {
	case p < 0 || math.IsNaN(float64(p)):
		return "–"
	case p < 0.0001:
		return "<0.0001"
	}
	return fmt.Sprintf("%.4f", float64(p))
}

// A MaybeCount is a count that may be missing: an empty cell where negative (framing's -1
// for a document frequency the document-level test did not count).
type MaybeCount int

// MarshalText writes the count as a cell.
func (n MaybeCount) MarshalText() ([]byte, error) {
	if n < 0 {
		return nil, nil
	}
	return strconv.AppendInt(nil, int64(n), 10), nil
}

// MarshalJSON writes the count as a JSON number, or null where it is missing.
func (n MaybeCount) MarshalJSON() ([]byte, error) {
	if n < 0 {
		return []byte("null"), nil
	}
	return strconv.AppendInt(nil, int64(n), 10), nil
}

// TermRow is one row of a -csv table of terms: a term of one comparison of side A with side
// B under one measure.
type TermRow struct {
	Event   string  `json:"event"`   // the event; empty for a comparison over all events
	SideA   string  `json:"side_a"`  // the name of side A
	SideB   string  `json:"side_b"`  // the name of side B
	Measure string  `json:"measure"` // the measure of score (framing.Measure)
	Lean    string  `json:"lean"`    // the name of the side the term leans to; empty for none
	Rank    int     `json:"rank"`    // 1 for the strongest term of its side; 0 where unranked
	Term    string  `json:"term"`    // the counted term (a stem)
	Word    string  `json:"word"`    // its most frequent surface form
	N       int     `json:"n"`       // 1 for words and phrases, else the n-gram order
	CountA  int     `json:"count_a"`
	CountB  int     `json:"count_b"`
	RateA   float64 `json:"rate_a"` // per million counted n-grams of order N
	RateB   float64 `json:"rate_b"`
	// Score is the measure, signed: > 0 leans to A. Empty where the measure is infinite or
	// rests on an arbitrary constant: %DIFF (pdiff) of a term absent from B, whose value is
	// set by the 1e-18 that stands in for B's frequency (see stats.PercentDiff), and PMI of
	// a term absent from A, -20.72 for every such term from quanteda's 1e-9 (see
	// stats.PMI), not by the texts.
	Score    *float64 `json:"score"`
	LogRatio float64  `json:"log_ratio"`
	// TokenP and TokenPAdj are the token-level p-value and its adjustment (every word an
	// independent draw); DocP and DocPAdj the document-level ones, with the documents of
	// each side that hold the term: empty where the test did not run.
	TokenP    PValue           `json:"token_p"`
	TokenPAdj PValue           `json:"token_p_adj"`
	DocFreqA  MaybeCount       `json:"doc_freq_a"`
	DocFreqB  MaybeCount       `json:"doc_freq_b"`
	DocP      PValue           `json:"doc_p"`
	DocPAdj   PValue           `json:"doc_p_adj"`
	Evidence  framing.Evidence `json:"evidence"`
	// WordA and WordB are the term's most frequent form on each side alone; empty on a side
	// without it, for n-grams, protected phrases and lexicon categories (framing.KeyTerm).
	WordA string `json:"word_a"`
	WordB string `json:"word_b"`
	// StemWords are, for a stem whose words are not the inflections of one word
	// (framing.StemGroup.Distinct: the text's "*"), its words with their counts, most
	// frequent first ("emergency 3; emerged 1"); empty otherwise. Added last, so that
	// readers by position keep working.
	StemWords string `json:"stem_words"`
}

// StemWords returns, by term, the words of each stem of gs whose words are distinct
// (framing.StemGroup.Distinct), as TermRow.StemWords writes them.
func StemWords(gs []framing.StemGroup) map[string]string {
	out := map[string]string{}
	for _, g := range gs {
		if !g.Distinct {
			continue
		}
		parts := make([]string, len(g.Words))
		for i, f := range g.Words {
			parts[i] = fmt.Sprintf("%s %d", f.Text, f.Count)
		}
		out[g.Term] = strings.Join(parts, "; ")
	}
	return out
}

// KeyTermRow returns the table row of t, a term of a comparison of sides a and b (in
// event, if any) under measure m, ranked rank on its side (0 for unranked).
func KeyTermRow(event, a, b string, m framing.Measure, rank int, t framing.KeyTerm) TermRow {
	r := TermRow{Event: event, SideA: a, SideB: b, Measure: string(m), Rank: rank, Term: t.Term, Word: t.Word, N: t.N,
		CountA: t.CountA, CountB: t.CountB, RateA: t.RateA, RateB: t.RateB, LogRatio: t.LogRatio,
		TokenP: PValue(t.P), TokenPAdj: PValue(t.PAdj), DocFreqA: MaybeCount(t.DocFreqA), DocFreqB: MaybeCount(t.DocFreqB),
		DocP: PValue(t.DocP), DocPAdj: PValue(t.DocPAdj), Evidence: t.Evidence, WordA: t.WordA, WordB: t.WordB}
	switch {
	case t.Score > 0:
		r.Lean = a
	case t.Score < 0:
		r.Lean = b
	}
	if score := t.Score; !StandIn(m, t) && !math.IsInf(score, 0) && !math.IsNaN(score) {
		r.Score = &score
	}
	return r
}

// StandIn reports whether t's score under m is set by a constant standing in for a zero
// frequency, not by the texts: %DIFF of a term absent from B, PMI of one absent from A.
func StandIn(m framing.Measure, t framing.KeyTerm) bool {
	return m == framing.MeasurePercentDiff && t.CountB == 0 || m == framing.MeasurePMI && t.CountA == 0
}

// ScoreText formats a score for a text table with prec decimals: "∞" or "-∞" where
// [KeyTermRow] leaves it out.
func ScoreText(m framing.Measure, t framing.KeyTerm, prec int) string {
	switch {
	case m == framing.MeasurePercentDiff && t.CountB == 0 && t.CountA > 0:
		return "∞ (none in B)"
	case m == framing.MeasurePMI && t.CountA == 0 && t.CountB > 0:
		return "-∞ (none in A)"
	}
	return strconv.FormatFloat(t.Score, 'f', prec, 64)
}
