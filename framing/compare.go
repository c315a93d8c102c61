package framing

import (
	"fmt"
	"slices"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/stats"
)

// CompareOptions configures [Compare]. The zero value reports the 20 most distinctive terms
// per side under the default [LogOddsOptions].
type CompareOptions struct {
	LogOdds LogOddsOptions `json:"log_odds"` // the term scores' settings
	// Top is how many terms to list per side; 0 means 20, a negative value lists all.
	Top int `json:"top"`
	// MinCount drops terms whose count on both sides together is below it from the lists;
	// 0 or 1 keeps every term (a single article per side must not lose its vocabulary).
	MinCount int `json:"min_count"`
}

// A Comparison is the framing comparison of two sides: the terms that distinguish them and
// how far apart their vocabularies are. It carries the exact settings that produced it.
type Comparison struct {
	Event   string    `json:"event,omitempty"`     // set by CompareSplit
	SideA   string    `json:"side_a"`              // the name of side A
	SideB   string    `json:"side_b"`              // the name of side B
	DocsA   int       `json:"docs_a"`              // documents in A
	DocsB   int       `json:"docs_b"`              // documents in B
	TokensA int       `json:"tokens_a"`            // counted words in A
	TokensB int       `json:"tokens_b"`            // counted words in B
	JSD     float64   `json:"jensen_shannon_bits"` // see JensenShannon
	TopA    []KeyTerm `json:"top_a"`               // terms leaning to A, strongest first
	TopB    []KeyTerm `json:"top_b"`               // terms leaning to B, strongest first
	// Merges lists, for the terms in TopA and TopB whose stem merged different words on the
	// two sides together, the words it merged: check them before reading a stem as one word.
	Merges  []StemGroup    `json:"stem_merges,omitempty"`
	Options CompareOptions `json:"options"` // the settings used, defaults filled in
	// Analyzer is the settings both profiles were made with.
	Analyzer Analyzer `json:"analyzer"`
}

// Compare scores two profiles with the log-odds measure (see [LogOddsOptions]; p-values
// adjusted by Benjamini–Hochberg over every term kept) and [JensenShannon], and keeps the
// strongest terms of each side. Names label the sides in the result.
func Compare(a, b *Profile, nameA, nameB string, opts *CompareOptions) (*Comparison, error) {
	var o CompareOptions
	if opts != nil {
		o = *opts
	}
	if o.Top == 0 {
		o.Top = 20
	}
	if o.MinCount < 0 {
		return nil, errorf(ErrOption, "CompareOptions.MinCount = %d (want >= 0)", o.MinCount)
	}
	lo, err := o.LogOdds.resolve()
	if err != nil {
		return nil, err
	}
	o.LogOdds = lo
	if err := checkPair(a, b); err != nil {
		return nil, err
	}
	if o.LogOdds.Prior == PriorBackground {
		if err := sameSettings(a, o.LogOdds.Background); err != nil {
			return nil, fmt.Errorf("background: %w", err)
		}
	}
	tables := make([]table, a.Orders())
	var scores []KeyTerm
	for n := range tables {
		t := &tables[n]
		if *t = align(a, b, n+1); t.na > 0 && t.nb > 0 {
			scores = append(scores, logOdds(t, &o.LogOdds)...)
		}
	}
	js := tables[0].jensenShannon()
	if o.MinCount > 1 {
		kept := scores[:0]
		for _, s := range scores {
			if s.CountA+s.CountB >= o.MinCount {
				kept = append(kept, s)
			}
		}
		scores = kept
	}
	if err := adjustRows(scores, stats.AdjustBH); err != nil {
		return nil, err
	}
	c := &Comparison{
		SideA: nameA, SideB: nameB,
		DocsA: a.Documents(), DocsB: b.Documents(),
		TokensA: a.Total(1), TokensB: b.Total(1),
		JSD:  js,
		TopA: TopKeyTerms(scores, o.Top, LeanA), TopB: TopKeyTerms(scores, o.Top, LeanB),
		Options: o, Analyzer: a.Analyzer(),
	}
	for _, s := range append(slices.Clone(c.TopA), c.TopB...) {
		t := &tables[s.N-1]
		k, _ := slices.BinarySearch(t.terms, s.Term)
		fa, fb := t.forms(k)
		forms := append(slices.Clone(fa), fb...)
		if g, ok := stemGroup(s.Term, s.N, forms, a.Analyzer().Language == "russian"); ok {
			c.Merges = append(c.Merges, g)
		}
	}
	return c, nil
}

// CompareSplit profiles both sides of a [corpus.Split] with an (in parallel, over one
// vocabulary: see [Analyzer.Profiles]) and compares them.
func CompareSplit(an *Analyzer, s corpus.Split, opts *CompareOptions) (*Comparison, error) {
	ps, err := an.Profiles(s.A, s.B)
	if err != nil {
		return nil, err
	}
	c, err := Compare(ps[0], ps[1], s.NameA, s.NameB, opts)
	if err != nil {
		return nil, fmt.Errorf("%w (event %q)", err, s.Event)
	}
	c.Event = s.Event
	return c, nil
}
