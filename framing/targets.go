package framing

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/stats"
)

// docTokens is a document's kept tokens, as the analyzer counts them.
type docTokens struct {
	doc  *corpus.Document
	toks []Token // kept tokens only (Term set)
	// sentenceStart marks tokens that open their sentence (among all tokens).
	sentenceStart []bool
}

// keptTokens analyzes docs and returns their kept tokens.
func (an *Analyzer) keptTokens(docs []corpus.Document) ([]docTokens, error) {
	out := make([]docTokens, 0, len(docs))
	da := docAnalyzer{an: an}
	for i := range docs {
		d := &docs[i]
		all, _, err := da.tokens(d)
		if err != nil {
			return nil, err
		}
		dt := docTokens{doc: d}
		lastSentence := -1
		for _, t := range all {
			first := t.Sentence != lastSentence
			lastSentence = t.Sentence
			if t.Counted() {
				dt.toks = append(dt.toks, t)
				dt.sentenceStart = append(dt.sentenceStart, first)
			}
		}
		out = append(out, dt)
	}
	return out, nil
}

// occurrences accumulates a profile of terms from token occurrences.
type occurrences struct {
	counts  map[string]int
	docs    map[string]int
	forms   map[string]map[string]int
	lastDoc map[string]int
	total   int
}

func newOccurrences() *occurrences {
	return &occurrences{counts: map[string]int{}, docs: map[string]int{}, forms: map[string]map[string]int{}, lastDoc: map[string]int{}}
}

func (o *occurrences) add(term, surface string, doc int) {
	o.counts[term]++
	o.total++
	if last, ok := o.lastDoc[term]; !ok || last != doc {
		o.docs[term]++
		o.lastDoc[term] = doc
	}
	if o.forms[term] == nil {
		o.forms[term] = map[string]int{}
	}
	o.forms[term][surface]++
}

func (o *occurrences) profile(an Analyzer, docs int) *Profile {
	p := ProfileSpec{Analyzer: an, Documents: docs, Totals: []int{o.total}}
	for term, n := range o.counts {
		var fs []Form
		for text, c := range o.forms[term] {
			fs = append(fs, Form{Text: text, Count: c})
		}
		sortForms(fs)
		p.Terms = append(p.Terms, TermStat{Term: term, N: 1, Count: n, DocFreq: o.docs[term], Forms: fs})
	}
	prof, err := NewProfile(p)
	if err != nil {
		panic(err) // cannot happen: counted occurrences are consistent
	}
	return prof
}

// settingsFor returns the analyzer settings a profile of docs records (language resolved).
func (an *Analyzer) settingsFor(docs []corpus.Document) (Analyzer, error) {
	lang := ""
	if len(docs) > 0 {
		lang = docs[0].Language
	}
	l, err := an.resolved(lang)
	if err != nil {
		return Analyzer{}, err
	}
	s := *an
	s.Language = l.name
	return s, nil
}

// Collocates returns the profile of the words around a target: every kept word within
// window kept words (0 means 5; negative is an error wrapping [ErrOption]) on either
// side of an occurrence of target, in the same
// sentence, the target itself excluded. target is a term as profiles name it: a stem
// ("russia"), a protected word, or a protected phrase ("the_west"); protect the target's
// name so that stemming does not merge it with other words. Totals[0] is the number of
// collocate occurrences, so rates compare between sides as for word profiles.
func (an *Analyzer) Collocates(docs []corpus.Document, target string, window int) (*Profile, error) {
	if window < 0 {
		return nil, errorf(ErrOption, "Collocates: window %d must be non-negative", window)
	}
	window = cmp.Or(window, 5)
	if window > 1000 {
		return nil, errorf(ErrOption, "collocate window %d (want at most 1000)", window)
	}
	kept, err := an.keptTokens(docs)
	if err != nil {
		return nil, err
	}
	settings, err := an.settingsFor(docs)
	if err != nil {
		return nil, err
	}
	o := newOccurrences()
	for di, dt := range kept {
		for i, t := range dt.toks {
			if t.Term != target {
				continue
			}
			for j := max(0, i-window); j <= min(len(dt.toks)-1, i+window); j++ {
				c := dt.toks[j]
				if j == i || c.Sentence != t.Sentence || c.Term == target {
					continue
				}
				o.add(c.Term, dt.doc.Text[c.Start:c.End], di)
			}
		}
	}
	return o.profile(settings, len(docs)), nil
}

// CollocateConcordance returns keyword-in-context lines (width runes of context; 0 means
// 40, negative is an error wrapping [ErrOption]) for each occurrence of collocate within
// window kept words of target in the same sentence (0 means 5, negative is an error
// wrapping [ErrOption]), as [Analyzer.Collocates] counts them: the evidence behind a
// collocate's count. The same occurrence near two mentions of the target is listed once.
func (an *Analyzer) CollocateConcordance(docs []corpus.Document, target, collocate string, window int, width int) ([]Line, error) {
	if window < 0 {
		return nil, errorf(ErrOption, "CollocateConcordance: window %d must be non-negative", window)
	}
	window = cmp.Or(window, 5)
	width, err := contextWidth("CollocateConcordance", width)
	if err != nil {
		return nil, err
	}
	kept, err := an.keptTokens(docs)
	if err != nil {
		return nil, err
	}
	var out []Line
	for _, dt := range kept {
		for j, c := range dt.toks {
			if c.Term != collocate || c.Term == target {
				continue
			}
			near := false
			for i := max(0, j-window); i <= min(len(dt.toks)-1, j+window) && !near; i++ {
				near = i != j && dt.toks[i].Term == target && dt.toks[i].Sentence == c.Sentence
			}
			if near {
				text := dt.doc.Text
				out = append(out, Line{DocID: dt.doc.ID, Start: c.Start, End: c.End, Match: text[c.Start:c.End], Voice: c.Voice,
					Left: context(text[:c.Start], width, true), Right: context(text[c.End:], width, false)})
			}
		}
	}
	return out, nil
}

// TargetContrast is how two sides describe the same target: the collocates that
// distinguish them.
type TargetContrast struct {
	Target string `json:"target"`  // the target term
	CountA int    `json:"count_a"` // occurrences of the target in A
	CountB int    `json:"count_b"` // occurrences in B
	Window int    `json:"window"`  // collocate window, in kept words
	// Keyness scores every collocate between the sides' collocate profiles.
	Keyness []KeyTerm `json:"-"`
	TopA    []KeyTerm `json:"top_a"` // collocates leaning to A, strongest first
	TopB    []KeyTerm `json:"top_b"` // collocates leaning to B, strongest first
}

// ContrastTarget answers "what does each side say around the target?": it gathers the
// target's collocates on each side ([Analyzer.Collocates]) and scores them with [Keyness]
// (opts; nil means the log-odds). window is as Collocates takes it (0 means 5, negative
// is an error wrapping [ErrOption]); top bounds TopA and TopB (0 means 15; a negative top
// lists every collocate, as CompareOptions.Top does). It returns an
// error wrapping [ErrEmpty] when a side never mentions the target.
func (an *Analyzer) ContrastTarget(a, b []corpus.Document, target string, window, top int, opts *KeynessOptions) (*TargetContrast, error) {
	if window < 0 {
		return nil, errorf(ErrOption, "ContrastTarget: window %d must be non-negative", window)
	}
	window = cmp.Or(window, 5)
	if top == 0 {
		top = 15
	}
	ca, err := an.Collocates(a, target, window)
	if err != nil {
		return nil, err
	}
	cb, err := an.Collocates(b, target, window)
	if err != nil {
		return nil, err
	}
	pa, err := an.Profile(a...)
	if err != nil {
		return nil, err
	}
	pb, err := an.Profile(b...)
	if err != nil {
		return nil, err
	}
	tc := &TargetContrast{Target: target, CountA: pa.Count(target), CountB: pb.Count(target), Window: window}
	if tc.CountA == 0 || tc.CountB == 0 {
		return tc, errorf(ErrEmpty, "target %q occurs %d times in A and %d in B", target, tc.CountA, tc.CountB)
	}
	rows, err := Keyness(ca, cb, opts)
	if err != nil {
		return nil, err
	}
	tc.Keyness, tc.TopA, tc.TopB = rows, TopKeyTerms(rows, top, LeanA), TopKeyTerms(rows, top, LeanB)
	return tc, nil
}

// A TargetSuggestion is a name both sides mention.
type TargetSuggestion struct {
	Term   string `json:"term"`    // the counted term
	Word   string `json:"word"`    // its most frequent capitalized form
	CountA int    `json:"count_a"` // occurrences in A
	CountB int    `json:"count_b"` // occurrences in B
}

// SuggestTargets proposes targets for [Analyzer.ContrastTarget]: names (terms written with
// a capital in at least 80% of those occurrences that do not open a sentence) that each
// side mentions at least minCount times (0 means 2), most mentioned by the less
// frequent side first, then by term; at most k (0 means 10).
func (an *Analyzer) SuggestTargets(a, b []corpus.Document, minCount, k int) ([]TargetSuggestion, error) {
	if minCount <= 0 {
		minCount = 2
	}
	if k <= 0 {
		k = 10
	}
	type tally struct {
		n, inner, capital [2]int // occurrences; those not opening a sentence; of those, capitalized
		forms             map[string]int
	}
	tallies := map[string]*tally{}
	for side, docs := range [][]corpus.Document{a, b} {
		kept, err := an.keptTokens(docs)
		if err != nil {
			return nil, err
		}
		for _, dt := range kept {
			for i, t := range dt.toks {
				ty := tallies[t.Term]
				if ty == nil {
					ty = &tally{forms: map[string]int{}}
					tallies[t.Term] = ty
				}
				ty.n[side]++
				if dt.sentenceStart[i] {
					continue // a capital there says nothing
				}
				ty.inner[side]++
				s := dt.doc.Text[t.Start:t.End]
				if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) {
					ty.capital[side]++
					ty.forms[s]++
				}
			}
		}
	}
	var out []TargetSuggestion
	for term, ty := range tallies {
		if ty.n[0] < minCount || ty.n[1] < minCount {
			continue
		}
		inner := ty.inner[0] + ty.inner[1]
		if inner == 0 || float64(ty.capital[0]+ty.capital[1]) < 0.8*float64(inner) {
			continue
		}
		var fs []Form
		for text, c := range ty.forms {
			fs = append(fs, Form{text, c})
		}
		sortForms(fs)
		out = append(out, TargetSuggestion{Term: term, Word: fs[0].Text, CountA: ty.n[0], CountB: ty.n[1]})
	}
	slices.SortFunc(out, func(x, y TargetSuggestion) int {
		return cmp.Or(cmp.Compare(min(y.CountA, y.CountB), min(x.CountA, x.CountB)), strings.Compare(x.Term, y.Term))
	})
	if len(out) > k {
		out = slices.Clone(out[:k])
	}
	return out, nil
}

// AlternativeOptions tunes [FisherAlternatives]. The zero value is the documented default.
type AlternativeOptions struct {
	// MinUses is the uses a label needs on the side it leans to for its alternatives to
	// be tested (default 3); the name's are its mentions.
	MinUses int `json:"min_uses,omitempty"`
	// MinDocs is the documents those uses must come from (default 2): a label that one
	// article repeats is one writer's choice, not the side's.
	MinDocs int `json:"min_docs,omitempty"`
	// Adjust adjusts the p-values of all the alternatives tested, of every referent
	// together, for multiple comparisons ("" means Benjamini–Hochberg; see
	// [stats.AdjustP]).
	Adjust stats.Adjust `json:"adjust,omitempty"`
}

// An AlternativeTest is Fisher's exact test of one [LabelAlternative].
type AlternativeTest struct {
	// DocsA is the documents of side A that use the alternative's label A, DocsB those of
	// side B that use B (for NameLabel, that mention the referent by name; for a label,
	// that use it in any construction).
	DocsA int `json:"docs_a"`
	DocsB int `json:"docs_b"`
	// Tested is false when A has fewer than MinUses uses (CountA) in MinDocs documents on
	// side A, or B on side B: there is too little evidence to test, and P and Adjusted
	// are 1.
	Tested bool `json:"tested"`
	// P is the two-sided p-value of Fisher's exact test ([stats.FisherExact]) of the 2×2
	// table of the two labels' uses on the two sides,
	//
	//	          side A   side B
	//	label A   CountA   CrossA
	//	label B   CrossB   CountB
	//
	// the probability, given the margins, of a table no more likely than this one.
	P float64 `json:"p"`
	// Adjusted is P adjusted for multiple comparisons across every alternative tested.
	Adjusted float64 `json:"adjusted"`
}

// FisherAlternatives tests the label alternatives of each referent (labels[i].Alternatives,
// as [Analyzer.LabelsEach] returns them) with Fisher's exact test in place of their
// corrected z: out[i][j] tests labels[i].Alternatives[j]. An alternative is tested only
// when each of its labels has at least MinUses uses in at least MinDocs documents on the
// side it leans to (see [AlternativeOptions]); the p-values of those tested are adjusted
// together, over all the referents, by Adjust (default Benjamini–Hochberg, as
// [KeynessOptions] adjusts). A label the alternatives name but labels[i] does not list
// counts no documents. Negative options are an error wrapping [ErrOption].
func FisherAlternatives(labels []ReferentLabels, opts *AlternativeOptions) ([][]AlternativeTest, error) {
	var o AlternativeOptions
	if opts != nil {
		o = *opts
	}
	if o.MinUses < 0 || o.MinDocs < 0 {
		return nil, errorf(ErrOption, "AlternativeOptions: MinUses %d and MinDocs %d must be non-negative", o.MinUses, o.MinDocs)
	}
	o.MinUses, o.MinDocs, o.Adjust = cmp.Or(o.MinUses, 3), cmp.Or(o.MinDocs, 2), cmp.Or(o.Adjust, stats.AdjustBH)
	out := make([][]AlternativeTest, len(labels))
	var ps []float64
	for i := range labels {
		rl := &labels[i]
		// docs counts the documents of a label's uses (or the name's mentions) on a side.
		docs := func(label string, side int) int {
			var lines []Line
			n := rl.MentionsA
			if label == NameLabel {
				lines = rl.Mentions
			} else if k := slices.IndexFunc(rl.Labels, func(l ReferentLabel) bool { return l.Label == label }); k >= 0 {
				lines, n = rl.Labels[k].Evidence, rl.Labels[k].CountA
			}
			n = min(n, len(lines))
			if side == 0 {
				lines = lines[:n]
			} else {
				lines = lines[n:]
			}
			seen := map[string]bool{}
			for _, l := range lines {
				seen[l.DocID] = true
			}
			return len(seen)
		}
		out[i] = make([]AlternativeTest, len(rl.Alternatives))
		for j, alt := range rl.Alternatives {
			t := AlternativeTest{DocsA: docs(alt.A, 0), DocsB: docs(alt.B, 1), P: 1, Adjusted: 1}
			t.Tested = alt.CountA >= o.MinUses && alt.CountB >= o.MinUses && t.DocsA >= o.MinDocs && t.DocsB >= o.MinDocs
			if t.Tested {
				p, err := stats.FisherExact(alt.CountA, alt.CrossA, alt.CountA+alt.CrossB, alt.CrossA+alt.CountB)
				if err != nil {
					return nil, errorf(ErrOption, "FisherAlternatives: %q: %s / %s: %v", rl.Referent, alt.A, alt.B, err)
				}
				t.P = p
				ps = append(ps, p)
			}
			out[i][j] = t
		}
	}
	adj, err := stats.AdjustP(ps, o.Adjust)
	if err != nil {
		return nil, errorf(ErrOption, "FisherAlternatives: %v", err)
	}
	k := 0
	for i := range out {
		for j := range out[i] {
			if out[i][j].Tested {
				out[i][j].Adjusted = adj[k]
				k++
			}
		}
	}
	return out, nil
}
