package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// evidenceRow is one line of the -evidence table (and of -json's "evidence"): an
// occurrence of a listed term in a document of one side, where the analyzer counted it.
type evidenceRow struct {
	Event string `json:"event"`
	Lean  string `json:"lean"` // the side the term leans to: the list it is in
	Rank  int    `json:"rank"` // its place in that list, 1 first
	Term  string `json:"term"` // the counted term, as the comparison names it
	Word  string `json:"word"` // its most frequent surface form over both sides
	Side  string `json:"side"` // the side the line is from
	// Count is the term's occurrences on Side (the comparison's count_a or count_b), and
	// Forms how the side writes them, "protest (3); protests (2)", most frequent first:
	// every occurrence, not only the lines written.
	Count   int    `json:"count"`
	Forms   string `json:"forms"`
	Doc     string `json:"doc"`     // the document's ID (for -a and -b, the side's name: see compareFiles)
	Start   int    `json:"start"`   // byte offset of the occurrence in the document's text
	End     int    `json:"end"`     // byte offset just past it
	Voice   string `json:"voice"`   // whose words: narrative for the outlet's own
	Speaker string `json:"speaker"` // for quoted words, who is quoted, if known
	Left    string `json:"left"`    // up to 40 runes before, line breaks as spaces
	Match   string `json:"match"`   // the occurrence as written: the text's [start, end)
	Right   string `json:"right"`   // up to 40 runes after
	// Sentence is the occurrence's sentence as the analyzer divides the text, from its
	// first word to the end of its last and the punctuation right after it (a full stop,
	// a closing quotation mark), line breaks as spaces; beyond sentenceWidth
	// runes either side of the occurrence it is cut, the cut marked "…".
	Sentence string `json:"sentence"`
}

// sentenceWidth is the runes of a sentence kept on either side of an occurrence.
const sentenceWidth = 200

// contextWidth is the runes of context a line has on either side of its occurrence.
const contextWidth = 40

// evidenceLines returns the -evidence rows of every term listed in comps (TopA, then TopB,
// in rank order): for each, up to kwic lines (all if kwic < 0) of each side, A first.
// docsOf returns the documents of an event's two sides. A side's lines are chosen by
// choose over its documents in the order of their IDs, and written in that order of
// documents, then of offsets: neither the order the documents come in nor the number of
// workers changes a byte.
func evidenceLines(an *framing.Analyzer, comps []*framing.Comparison, docsOf func(event string) [2][]corpus.Document, kwic int) ([]evidenceRow, error) {
	var out []evidenceRow
	for _, c := range comps {
		sides := docsOf(c.Event)
		var terms []string
		for _, t := range slices.Concat(c.TopA, c.TopB) {
			terms = append(terms, t.Term)
		}
		// Each side's lines in one pass over its documents, the two sides at once. The
		// lines get 1 rune of context (Concordances' least): the context of the lines
		// written is cut below, from the document's text.
		var lines [2]map[string][]framing.Line
		var errs [2]error
		var wg sync.WaitGroup
		sentences := map[string]*sentencer{}
		for s, docs := range sides {
			docs = slices.Clone(docs)
			slices.SortFunc(docs, func(a, b corpus.Document) int { return strings.Compare(a.ID, b.ID) })
			for i := range docs {
				sentences[docs[i].ID] = &sentencer{an: an, doc: &docs[i]}
			}
			wg.Go(func() {
				if lines[s], errs[s] = an.Concordances(docs, terms, 1, 0); errs[s] != nil {
					errs[s] = fmt.Errorf("event %q: the lines of side %q: %w", c.Event, [2]string{c.SideA, c.SideB}[s], errs[s])
				}
			})
		}
		wg.Wait()
		if err := errors.Join(errs[:]...); err != nil {
			return nil, err
		}
		for lean, list := range [][]framing.KeyTerm{c.TopA, c.TopB} {
			for rank, t := range list {
				for s, side := range []string{c.SideA, c.SideB} {
					all := lines[s][t.Term]
					base := evidenceRow{Event: c.Event, Lean: [2]string{c.SideA, c.SideB}[lean], Rank: rank + 1, Term: t.Term, Word: t.Word,
						Side: side, Count: [2]int{t.CountA, t.CountB}[s], Forms: forms(all)}
					for _, l := range choose(all, kwic) {
						sn := sentences[l.DocID]
						sent, err := sn.of(l)
						if err != nil {
							return nil, fmt.Errorf("event %q: %w", c.Event, err)
						}
						text := sn.doc.Text
						r := base
						r.Doc, r.Start, r.End, r.Voice, r.Speaker = l.DocID, l.Start, l.End, l.Voice.String(), l.Speaker
						r.Left, r.Match, r.Right = flat(lastRunes(text[:l.Start], contextWidth)), l.Match, flat(firstRunes(text[l.End:], contextWidth))
						r.Sentence = sent
						out = append(out, r)
					}
				}
			}
		}
	}
	return out, nil
}

// choose returns up to k of lines (all if k < 0), lines being in document order, spread
// over the documents: in rounds, each taking the next line of every document that has one
// left, until k are taken. A round that cannot take one of each takes the n it still needs
// from the m documents it could take from at evenly spaced ranks among them, in document
// order: ranks ⌊(2i+1)·m/(2n)⌋ for i = 0, …, n−1, counted from 0 (with 5 of 100
// documents, ranks 10, 30, 50, 70 and 90). The lines are returned in document order and,
// within a document, in text order.
func choose(lines []framing.Line, k int) []framing.Line {
	if k < 0 || len(lines) <= k {
		return lines
	}
	type doc struct{ from, to int } // a document's lines
	var docs []doc
	for i, l := range lines {
		if i == 0 || l.DocID != lines[i-1].DocID {
			docs = append(docs, doc{i, i})
		}
		docs[len(docs)-1].to = i + 1
	}
	take := make([]int, len(docs)) // lines taken of each document
	for n := k; n > 0; {
		var open []int // documents with a line left
		for d, x := range docs {
			if x.from+take[d] < x.to {
				open = append(open, d)
			}
		}
		if n >= len(open) {
			for _, d := range open {
				take[d]++
			}
			n -= len(open)
			continue
		}
		m := len(open)
		for i := range n {
			take[open[(2*i+1)*m/(2*n)]]++
		}
		n = 0
	}
	var out []framing.Line
	for d, x := range docs {
		out = append(out, lines[x.from:x.from+take[d]]...)
	}
	return out
}

// forms returns the surface forms of lines with their counts, most frequent first (then
// in byte order), as "protest (3); protests (2)", line breaks as spaces.
func forms(lines []framing.Line) string {
	counts := map[string]int{}
	for _, l := range lines {
		counts[flat(l.Match)]++
	}
	keys := slices.Collect(maps.Keys(counts))
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b)) })
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s (%d)", k, counts[k])
	}
	return strings.Join(parts, "; ")
}

// A sentencer finds the sentences of one document's lines, tokenizing the document once,
// when its first line asks, and keeping only where each sentence starts and ends.
type sentencer struct {
	an    *framing.Analyzer
	doc   *corpus.Document
	spans [][2]int // each sentence's first word's start and end, in text order (see of)
}

// of returns the sentence of l: the words whose Token.Sentence is that of the token l
// starts at, from the first's start to the last's end and the punctuation right after it
// (the full stop, a closing quotation mark), cut beyond sentenceWidth runes either side
// of l.
func (s *sentencer) of(l framing.Line) (string, error) {
	if s.spans == nil {
		one := *s.an
		if one.Language == "" {
			one.Language = s.doc.Language // as the document was counted
		}
		toks, err := one.Tokens(s.doc.Text)
		if err != nil {
			return "", fmt.Errorf("the sentences of document %q: %w", s.doc.ID, err)
		}
		s.spans = [][2]int{}
		for i, t := range toks {
			if i == 0 || t.Sentence != toks[i-1].Sentence {
				s.spans = append(s.spans, [2]int{t.Start, t.End})
			}
			s.spans[len(s.spans)-1][1] = t.End
		}
		for i, sp := range s.spans {
			end := sp[1]
			for end < len(s.doc.Text) {
				r, size := utf8.DecodeRuneInString(s.doc.Text[end:])
				if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
					break
				}
				end += size
			}
			s.spans[i][1] = end
		}
	}
	// The last sentence starting at or before l.
	i, found := slices.BinarySearchFunc(s.spans, l.Start, func(sp [2]int, start int) int { return cmp.Compare(sp[0], start) })
	if !found {
		i--
	}
	if i < 0 || l.Start >= s.spans[i][1] {
		return "", fmt.Errorf("document %q: no word starts at byte %d", s.doc.ID, l.Start)
	}
	text := s.doc.Text
	start, end := s.spans[i][0], max(s.spans[i][1], l.End)
	left, right := text[start:l.Start], text[l.End:end]
	cut := false
	if utf8.RuneCountInString(left) > sentenceWidth {
		left, cut = "…"+lastRunes(left, sentenceWidth), true
	}
	if utf8.RuneCountInString(right) > sentenceWidth {
		right, cut = firstRunes(right, sentenceWidth)+"…", true
	}
	if !cut {
		return flat(text[start:end]), nil // a part of the text, not a copy, unless flat changes it
	}
	return flat(left + text[l.Start:l.End] + right), nil
}

// lastRunes returns the last n runes of s; firstRunes the first n.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; i > 0 && n > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func firstRunes(s string, n int) string {
	i := 0
	for ; i < len(s) && n > 0; n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// flat returns s with line breaks and tabs as spaces, as a line's context has them.
func flat(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// eventDocs returns, for each of events, the documents of docs on each side, in the order
// of docs. A document that both sides match would be on both, but a run with one has
// already stopped before the lines are looked for: it is refused ([corpus.ErrOverlap]).
func eventDocs(docs []corpus.Document, events []string, a, b corpus.Side) map[string][2][]corpus.Document {
	out := make(map[string][2][]corpus.Document, len(events))
	for _, e := range events {
		out[e] = [2][]corpus.Document{}
	}
	for _, d := range docs {
		s, ok := out[d.Event]
		if !ok {
			continue
		}
		if a.Match(d) {
			s[0] = append(s[0], d)
		}
		if b.Match(d) {
			s[1] = append(s[1], d)
		}
		out[d.Event] = s
	}
	return out
}
