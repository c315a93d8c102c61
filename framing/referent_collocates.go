package framing

import (
	"cmp"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
)

// CollocateOptions tunes [Analyzer.ContrastReferents]. The zero value is the documented
// default.
type CollocateOptions struct {
	// Window is the counted words on each side of a mention that are its collocates, in
	// its sentence (default 5, at most 1000).
	Window int `json:"window,omitempty"`
	// Top is the collocates listed for each side (default 15).
	Top int `json:"top,omitempty"`
	// Width is the runes of context in evidence lines (default 40).
	Width int `json:"width,omitempty"`
	// Keyness scores the collocates between the sides; nil means the log-odds (see
	// [Keyness]).
	Keyness *KeynessOptions `json:"keyness,omitempty"`
	// Progress, if set, is called after each document with the documents done and the
	// number to do.
	Progress func(done, total int) `json:"-"`
}

// A ReferentContrast is what each side says around one referent: the collocates of its
// mentions by name that distinguish the sides.
type ReferentContrast struct {
	Referent string `json:"referent"`
	CountA   int    `json:"count_a"` // mentions by name on side A, in the voices counted
	CountB   int    `json:"count_b"` // the same on side B
	Window   int    `json:"window"`  // collocate window, in counted words
	// Keyness scores every collocate between the sides' collocate profiles.
	Keyness []KeyTerm `json:"-"`
	TopA    []KeyTerm `json:"top_a"` // collocates leaning to A, strongest first
	TopB    []KeyTerm `json:"top_b"` // collocates leaning to B, strongest first
	// Lines are the keyword-in-context lines of the collocates listed, by term: those of
	// TopA on side A, those of TopB on side B, by document ID and offset. An occurrence
	// near two mentions is listed once.
	Lines map[string][]Line `json:"lines"`
}

// ContrastReferents answers "what does each side say around each referent?" for names
// found as units: the collocates of a referent are the counted words (terms, as the
// analyzer counts them, in the voices it counts) within Window counted words of a
// mention by name, in the mention's sentence, the mention's own words left out; a mention
// is a name matched to the referent as [Analyzer.Labels] matches them ("Xi", "President
// Xi" and "Xi Jinping" for "Xi Jinping"; "Hong Kong" is one mention, not two; "US" for
// "United States", though here a person's initials count too, since no first pass tells
// who is a person), counted when
// one of its words is in a voice the analyzer counts. Each side's collocates make a profile
// (Totals[0] is the number of collocate occurrences), and [Keyness] scores them.
//
// It reads the documents once, for all the referents, in time linear in their size, and
// the result does not depend on their order. A referent with no collocates on a side has
// no rows (Keyness, TopA and TopB are empty), only its counts.
func (an *Analyzer) ContrastReferents(a, b []corpus.Document, referents []string, opts *CollocateOptions) ([]ReferentContrast, error) {
	var o CollocateOptions
	if opts != nil {
		o = *opts
	}
	if o.Window < 0 || o.Top < 0 || o.Width < 0 || o.Window > 1000 {
		return nil, errorf(ErrOption, "CollocateOptions: Window %d (0 to 1000), Top %d and Width %d must be non-negative", o.Window, o.Top, o.Width)
	}
	o.Window, o.Top, o.Width = cmp.Or(o.Window, 5), cmp.Or(o.Top, 15), cmp.Or(o.Width, 40)
	m, err := newReferentMatcher(referents)
	if err != nil {
		return nil, err
	}
	c := collocateCounter{an: an, m: m, window: o.Window, da: docAnalyzer{an: an}, progress: o.Progress, total: len(a) + len(b)}
	var occ [2][]*occurrences
	var at [2][][]collocateAt
	for side, docs := range [][]corpus.Document{a, b} {
		occ[side] = make([]*occurrences, len(referents))
		at[side] = make([][]collocateAt, len(referents))
		for i := range referents {
			occ[side][i] = newOccurrences()
		}
		c.mentions[side] = make([]int, len(referents))
		for di := range docs {
			if err := c.add(&docs[di], di, side, occ[side], at[side]); err != nil {
				return nil, err
			}
		}
	}
	out := make([]ReferentContrast, len(referents))
	for i := range referents {
		rc := ReferentContrast{Referent: strings.Join(m.names[i], " "), CountA: c.mentions[0][i], CountB: c.mentions[1][i],
			Window: o.Window, TopA: []KeyTerm{}, TopB: []KeyTerm{}, Lines: map[string][]Line{}}
		var profiles [2]*Profile
		for side, docs := range [][]corpus.Document{a, b} {
			settings, err := an.settingsFor(docs)
			if err != nil {
				return nil, err
			}
			profiles[side] = occ[side][i].profile(settings, len(docs))
		}
		if profiles[0].Total(1) > 0 && profiles[1].Total(1) > 0 {
			rows, err := Keyness(profiles[0], profiles[1], o.Keyness)
			if err != nil {
				return nil, err
			}
			rc.Keyness, rc.TopA, rc.TopB = rows, TopKeyTerms(rows, o.Top, LeanA), TopKeyTerms(rows, o.Top, LeanB)
		}
		for side, top := range [][]KeyTerm{rc.TopA, rc.TopB} {
			docs := [][]corpus.Document{a, b}[side]
			want := map[string]bool{}
			for _, r := range top {
				want[r.Term] = true
			}
			list := slices.Clone(at[side][i])
			slices.SortFunc(list, func(x, y collocateAt) int {
				return cmp.Or(strings.Compare(docs[x.doc].ID, docs[y.doc].ID), cmp.Compare(x.start, y.start))
			})
			list = slices.CompactFunc(list, func(x, y collocateAt) bool { return x.doc == y.doc && x.start == y.start })
			for _, x := range list {
				if want[x.term] {
					d := &docs[x.doc]
					rc.Lines[x.term] = append(rc.Lines[x.term], lineAt(d, x.start, x.end, o.Width, x.voice, ""))
				}
			}
		}
		out[i] = rc
	}
	return out, nil
}

// A collocateAt is one occurrence of a collocate near a mention.
type collocateAt struct {
	doc        int
	start, end int
	term       string
	voice      Voice
}

// collocateCounter gathers the collocates of referents' mentions, a document at a time.
type collocateCounter struct {
	an       *Analyzer
	m        *referentMatcher
	window   int
	da       docAnalyzer
	finder   nameFinder
	vtoks    []voices.Token
	kept     []Token
	mentions [2][]int
	progress func(done, total int)
	done     int
	total    int
	work     int // steps taken, for the tests of linear work
}

func (c *collocateCounter) add(d *corpus.Document, di, side int, occ []*occurrences, at [][]collocateAt) error {
	defer func() {
		c.done++
		if c.progress != nil {
			c.progress(c.done, c.total)
		}
	}()
	s, err := c.an.scanDoc(d, c.vtoks)
	if err != nil {
		return err
	}
	c.vtoks = s.toks
	runs := c.finder.find(s)
	if len(runs) == 0 {
		return nil
	}
	toks, _, err := c.da.tokens(d)
	if err != nil {
		return err
	}
	// The analyzer's tokens, counted or in a dropped voice (a mention in a quotation the
	// analyzer does not count is no mention).
	c.kept = c.kept[:0]
	for _, t := range toks {
		if t.Counted() || t.Dropped == "voice" {
			c.kept = append(c.kept, t)
		}
	}
	lang := voices.LangOf(d.Language)
	var words []string
	k := 0 // the first kept token at or after the run
	for _, r := range runs {
		c.work++
		if r.date {
			continue
		}
		words = append(words[:0], nameWords(s.span(r.from, r.to))...)
		ref := c.m.match(words, r.title < r.from, lang)
		if ref < 0 {
			continue
		}
		start, end := s.toks[r.from].Start, s.toks[r.to-1].End
		for k < len(c.kept) && c.kept[k].Start < start {
			c.work++
			k++
		}
		e := k // past the mention's kept tokens
		counted := false
		for e < len(c.kept) && c.kept[e].Start < end {
			c.work++
			counted = counted || c.kept[e].Counted()
			e++
		}
		if !counted {
			continue
		}
		c.mentions[side][ref]++
		sentence := c.kept[k].Sentence
		own := c.kept[k:e]
		// window counted words on each side, in the sentence; the name's own words (in
		// another mention: "Xi ... Xi Jinping") are no collocates.
		near := func(j int) {
			t := c.kept[j]
			if slices.ContainsFunc(own, func(o Token) bool { return o.Term == t.Term }) {
				return
			}
			occ[ref].add(t.Term, d.Text[t.Start:t.End], di)
			at[ref] = append(at[ref], collocateAt{doc: di, start: t.Start, end: t.End, term: t.Term, voice: t.Voice})
		}
		for j, n := k-1, 0; j >= 0 && n < c.window && c.kept[j].Sentence == sentence; j-- {
			c.work++
			if c.kept[j].Counted() {
				near(j)
				n++
			}
		}
		for j, n := e, 0; j < len(c.kept) && n < c.window && c.kept[j].Sentence == sentence; j++ {
			c.work++
			if c.kept[j].Counted() {
				near(j)
				n++
			}
		}
	}
	return nil
}
