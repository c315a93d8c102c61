package cli

import (
	"fmt"
	"io"
	"iter"
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
// keep them apart. It writes nothing if gs has no such stem. lang is the language of the
// analyzer that counted gs ("" is English): the heading is [MergesHeading]'s.
func PrintMerges(w io.Writer, gs []framing.StemGroup, lang string) {
	var words []string
	first := true
	for _, g := range gs {
		if !g.Distinct {
			continue
		}
		first2 := first // the example of -protect: the first stem's words
		if first {
			heading, note := MergesHeading(lang)
			fmt.Fprintf(w, "\n  * %s:\n", heading)
			if note != "" {
				fmt.Fprintf(w, "    %s\n", note)
			}
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

// MergesHeading returns the heading of the stems [PrintMerges] lists, counted in lang (""
// is English), and for a language other than English a note under it. The rule that tells
// the inflections of one word from different words (framing.StemGroup.Distinct) reads
// English forms only: in another language every stem that merged two words or more is
// listed, the inflections of one word ("país" and "países") as well, and the heading
// says so rather than call them different words.
func MergesHeading(lang string) (heading, note string) {
	l, err := framing.ResolveLanguage(lang)
	if err == nil && l == "english" {
		return "stems that merged different words, not the inflections of one word (any side)", ""
	}
	if err == nil {
		lang = l
	}
	return "stems that merged two words or more (any side)",
		fmt.Sprintf("(in %s every such stem is listed, the inflections of one word too: the rule that tells them from different words reads English only)", lang)
}

// MaxStemEvents is the most compared events [StemMerges] reads the forms of: one counter
// an event is held at once.
const MaxStemEvents = 500

// StemMerges sets the Merges of each comparison from the documents of its event on
// either side (docs, read again: the counts of framing.CountEvents keep one form a term,
// so that the merges of its comparisons are unknown): the stems of its single-word terms
// listed (TopA, TopB), from a profile of the event's documents (see [EventStemAudits]).
// an must be the analyzer the comparisons were counted with. With more than
// [MaxStemEvents] comparisons it sets none and returns false.
func StemMerges(an *framing.Analyzer, docs iter.Seq2[corpus.Document, error], sides [2]corpus.Side, cs []*framing.Comparison) (bool, error) {
	events := make([]string, len(cs))
	for i, c := range cs {
		events[i] = c.Event
	}
	audits, ok, err := EventStemAudits(an, docs, sides, events)
	if !ok || err != nil {
		return false, err
	}
	for _, c := range cs {
		c.Merges = ListedMerges(audits[c.Event], c)
	}
	return true, nil
}

// ListedMerges returns the groups of audit whose stems c lists (TopA, TopB).
func ListedMerges(audit []framing.StemGroup, c *framing.Comparison) []framing.StemGroup {
	listed := map[string]bool{}
	for _, t := range slices.Concat(c.TopA, c.TopB) {
		listed[t.Term] = true
	}
	var out []framing.StemGroup
	for _, g := range audit {
		if listed[g.Term] {
			out = append(out, g)
		}
	}
	return out
}

// EventStemAudits returns, by event, the stem audit (framing.Profile.StemAudit) of the
// documents of docs in that event on either side, counted words only with an's other
// settings, one counter an event at once; false, and nothing, for more than
// [MaxStemEvents] events.
func EventStemAudits(an *framing.Analyzer, docs iter.Seq2[corpus.Document, error], sides [2]corpus.Side, events []string) (map[string][]framing.StemGroup, bool, error) {
	if len(events) > MaxStemEvents {
		return nil, false, nil
	}
	uni := *an
	uni.NGrams = 1 // the forms of words: no n-gram to count
	counters := map[string]*framing.Counter{}
	for _, e := range events {
		counters[e] = &framing.Counter{Analyzer: uni}
	}
	for d, err := range docs {
		if err != nil {
			return nil, false, err
		}
		if k := counters[d.Event]; k != nil && (sides[0].Match(d) || sides[1].Match(d)) {
			if err := k.Add(d); err != nil {
				return nil, false, err
			}
		}
	}
	out := map[string][]framing.StemGroup{}
	for e, k := range counters {
		p, err := k.Profile()
		if err != nil {
			return nil, false, err
		}
		out[e] = p.StemAudit()
	}
	return out, true, nil
}

// PooledStemMerges returns the stem groups of terms over the documents of docs on either
// side, in every event (as a pooled table counts them), from one profile of them
// (framing.Profile.StemAudit): for a table pooled from counts that keep one form a term
// (framing.EventCounts), whose forms are otherwise unknown.
func PooledStemMerges(an *framing.Analyzer, docs iter.Seq2[corpus.Document, error], sides [2]corpus.Side, terms []string) ([]framing.StemGroup, error) {
	uni := *an
	uni.NGrams = 1
	k := &framing.Counter{Analyzer: uni}
	for d, err := range docs {
		if err != nil {
			return nil, err
		}
		if sides[0].Match(d) || sides[1].Match(d) {
			if err := k.Add(d); err != nil {
				return nil, err
			}
		}
	}
	p, err := k.Profile()
	if err != nil {
		return nil, err
	}
	listed := map[string]bool{}
	for _, t := range terms {
		listed[t] = true
	}
	var out []framing.StemGroup
	for _, g := range p.StemAudit() {
		if listed[g.Term] {
			out = append(out, g)
		}
	}
	return out, nil
}
