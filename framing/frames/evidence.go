package frames

// evidence.go: what a frame model reads: each frame's strongest features, and the lines of
// text where they occur.

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// A Term is one feature of a frame's model: a term of the analyzer's (a stem, a protected
// word or phrase, an n-gram) or a lexicon category.
type Term struct {
	// Term names the feature as profiles name terms ("protest", "price"), or the category
	// of a lexicon feature.
	Term string `json:"term"`
	// Category marks a lexicon category's feature.
	Category bool `json:"category,omitempty"`
	// Word is what a person should read: the term's most frequent surface form in the
	// documents [Model.Evidence] was given (the term itself if it does not occur there, and
	// for a category, its name).
	Word string `json:"word"`
	// Weight is the feature's coefficient in the frame's model: how much one unit of the
	// weighted feature moves the log odds of the frame (for an exclusive coding, of the
	// frame against the others' average).
	Weight float64 `json:"weight"`
	// Count is the number of occurrences in the documents given (matches, for a category).
	Count int `json:"count"`
	// Lines are keyword-in-context lines of the occurrences, in document order.
	Lines []framing.Line `json:"lines,omitempty"`
}

// Strongest returns the n features with the largest weights for frame (the words that
// argue most for it), by weight and then term; n ≤ 0 returns every feature with a positive
// weight. Word is the term itself: [Model.Evidence] finds the words as written. It returns
// an error wrapping [framing.ErrOption] for a frame the model does not have.
func (m *Model) Strongest(frame string, n int) ([]Term, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	f := slices.Index(m.coding.Frames, frame)
	if f < 0 {
		return nil, fmt.Errorf("frames: no frame %q (the model's frames are %q): %w", frame, m.coding.Frames, framing.ErrOption)
	}
	w := m.frames[f].weights
	var out []Term
	for j, v := range w {
		if v <= 0 {
			continue
		}
		t := Term{Weight: v}
		if j < len(m.feat.terms) {
			t.Term = m.feat.terms[j]
		} else {
			t.Term, t.Category = m.feat.lex.cats[j-len(m.feat.terms)], true
		}
		t.Word = t.Term
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b Term) int { return cmp.Or(cmp.Compare(b.Weight, a.Weight), cmp.Compare(a.Term, b.Term)) })
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// Evidence returns the frame's n strongest features ([Model.Strongest]) with their
// occurrences in docs: the count, the most frequent surface form (ties to the first in
// byte order), and up to lines keyword-in-context lines (0 for none; width runes of
// context, 0 meaning 40), found with the model's own analyzer by
// [framing.Analyzer.Concordances] and, for lexicon categories,
// [framing.Analyzer.CategoryConcordance]. Pass the documents the model classified as
// carrying the frame to see what it read in them.
func (m *Model) Evidence(docs []corpus.Document, frame string, n, lines, width int) ([]Term, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if lines < 0 {
		return nil, fmt.Errorf("frames: %d lines (want 0 or more): %w", lines, framing.ErrOption)
	}
	top, err := m.Strongest(frame, n)
	if err != nil {
		return nil, err
	}
	if _, err := language(&m.feat.an, docs); err != nil {
		return nil, err
	}
	an := m.feat.an
	var terms []string
	for _, t := range top {
		if !t.Category {
			terms = append(terms, t.Term)
		}
	}
	found, err := an.Concordances(docs, terms, width, 0)
	if err != nil {
		return nil, fmt.Errorf("frames: %w", err)
	}
	for i := range top {
		t := &top[i]
		var ls []framing.Line
		if t.Category {
			if ls, err = an.CategoryConcordance(docs, m.feat.lex.lexicon, t.Term, width); err != nil {
				return nil, fmt.Errorf("frames: %w", err)
			}
		} else {
			ls = found[t.Term]
			t.Word = mostFrequent(ls, t.Term)
		}
		t.Count = len(ls)
		if len(ls) > lines {
			ls = ls[:lines]
		}
		t.Lines = slices.Clone(ls)
	}
	return top, nil
}

// mostFrequent returns the most frequent Match of lines (ties to the first in byte
// order), or def if there are none.
func mostFrequent(lines []framing.Line, def string) string {
	n := map[string]int{}
	for _, l := range lines {
		n[l.Match]++
	}
	best, count := def, 0
	for w, c := range n {
		if c > count || c == count && w < best {
			best, count = w, c
		}
	}
	return best
}
