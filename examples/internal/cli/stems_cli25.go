package cli

import (
	"fmt"
	"io"
	"iter"
	"maps"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Merged returns the terms of gs whose words are distinct (framing.StemGroup.Distinct):
// those [PrintTerms] flags with "*", whatever side the words came from.
func Merged(gs []framing.StemGroup) map[string]bool {
	out := map[string]bool{}
	for _, g := range gs {
		if g.Distinct {
			out[g.Term] = true
		}
	}
	return out
}

// PrintMerges writes the footer of the "*" that [PrintTerms] puts after a stem: each stem
// whose words are not the inflections of one word, with its words and counts, and how to
// keep them apart. It writes nothing if gs has no such stem.
func PrintMerges(w io.Writer, gs []framing.StemGroup) {
	var words []string
	first := true
	for _, g := range gs {
		if !g.Distinct {
			continue
		}
		first2 := first // the example of -protect: the first stem's words
		if first {
			fmt.Fprintln(w, "\n  * stems that merged different words, not the inflections of one word (any side):")
			first = false
		}
		var parts []string
		for _, f := range g.Words {
			parts = append(parts, fmt.Sprintf("%s (%d)", Escape(f.Text), f.Count))
			if len(words) < len(g.Words) && first2 {
				words = append(words, Escape(f.Text))
			}
		}
		fmt.Fprintf(w, "    %-14s %s\n", Escape(g.Term), strings.Join(parts, ", "))
	}
	if !first {
		fmt.Fprintf(w, "    (to count such words apart, give them to -protect, e.g. -protect %s: framing.Analyzer.Protected)\n", strings.Join(words, ","))
	}
}

// StemMerges sets the Merges of each comparison from the documents of its event on
// either side (docs, read again: the counts of framing.CountEvents keep one form a term,
// so that the merges of its comparisons are unknown): for each single-word term listed
// (TopA, TopB), its surface forms where counted, grouped by framing.Analyzer.StemGroupOf.
// an must be the analyzer the comparisons were counted with.
func StemMerges(an *framing.Analyzer, docs iter.Seq2[corpus.Document, error], sides [2]corpus.Side, cs []*framing.Comparison) error {
	listed := map[string]map[string]map[string]int{} // event -> term -> form -> count
	for _, c := range cs {
		terms := map[string]map[string]int{}
		for _, t := range slices.Concat(c.TopA, c.TopB) {
			if t.N == 1 {
				terms[t.Term] = map[string]int{}
			}
		}
		listed[c.Event] = terms
	}
	for d, err := range docs {
		if err != nil {
			return err
		}
		terms := listed[d.Event]
		if terms == nil || !sides[0].Match(d) && !sides[1].Match(d) {
			continue
		}
		toks, err := an.Tokens(d.Text)
		if err != nil {
			return err
		}
		for _, t := range toks {
			if forms := terms[t.Term]; forms != nil && t.Counted() {
				forms[t.Surface(d.Text)]++
			}
		}
	}
	for _, c := range cs {
		terms := listed[c.Event]
		c.Merges = nil
		for _, term := range slices.Sorted(maps.Keys(terms)) {
			var forms []framing.Form
			for _, f := range slices.Sorted(maps.Keys(terms[term])) {
				forms = append(forms, framing.Form{Text: f, Count: terms[term][f]})
			}
			if g, ok := an.StemGroupOf(term, forms); ok {
				c.Merges = append(c.Merges, g)
			}
		}
	}
	return nil
}

// PooledStemMerges returns the stem groups of terms (single words) over the documents of
// docs on either side, in every event (as a pooled table counts them): for a table pooled
// from counts that keep one form a term (framing.EventCounts), whose forms are otherwise
// unknown. The groups are in the order of the terms' sorting.
func PooledStemMerges(an *framing.Analyzer, docs iter.Seq2[corpus.Document, error], sides [2]corpus.Side, terms []string) ([]framing.StemGroup, error) {
	forms := map[string]map[string]int{}
	for _, t := range terms {
		if !strings.Contains(t, " ") {
			forms[t] = map[string]int{}
		}
	}
	for d, err := range docs {
		if err != nil {
			return nil, err
		}
		if !sides[0].Match(d) && !sides[1].Match(d) {
			continue
		}
		toks, err := an.Tokens(d.Text)
		if err != nil {
			return nil, err
		}
		for _, t := range toks {
			if f := forms[t.Term]; f != nil && t.Counted() {
				f[t.Surface(d.Text)]++
			}
		}
	}
	var out []framing.StemGroup
	for _, term := range slices.Sorted(maps.Keys(forms)) {
		var fs []framing.Form
		for _, f := range slices.Sorted(maps.Keys(forms[term])) {
			fs = append(fs, framing.Form{Text: f, Count: forms[term][f]})
		}
		if g, ok := an.StemGroupOf(term, fs); ok {
			out = append(out, g)
		}
	}
	return out, nil
}
