package frames

// features.go: documents -> the weighted feature rows the models read. The terms and their
// counts come from framing's document-term matrix ([framing.Analyzer.Matrix]); the weights
// are framing's ([framing.Weighting]), with the document frequencies of the training
// documents; lexicon categories, if asked for, are extra features.

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// features is a model's feature space.
type features struct {
	an        framing.Analyzer // Language resolved
	terms     []string         // the vocabulary, sorted
	idf       []float64        // per term
	weighting framing.Weighting
	lex       *lexFeatures // nil: no lexicon features
}

// lexFeatures are the lexicon categories used as features: for each document and category,
// ln(1 + rate), rate the category's matches per 1,000 of the document's counted terms,
// standardised with the training documents' mean and standard deviation and multiplied by
// weight.
type lexFeatures struct {
	lexicon *framing.Lexicon
	cats    []string
	mean    []float64
	sd      []float64 // 0 for a category constant in the training documents: the feature is 0
	weight  float64
}

// dims returns the number of features.
func (f *features) dims() int {
	n := len(f.terms)
	if f.lex != nil {
		n += len(f.lex.cats)
	}
	return n
}

// language returns the canonical language of the documents, which must all be in one.
func language(an *framing.Analyzer, docs []corpus.Document) (string, error) {
	name := an.Language
	if name == "" && len(docs) > 0 {
		name = docs[0].Language
	}
	lang, err := framing.ResolveLanguage(name)
	if err != nil {
		return "", fmt.Errorf("frames: %w", err)
	}
	for _, d := range docs {
		if d.Language == "" {
			continue
		}
		dl, err := framing.ResolveLanguage(d.Language)
		if err != nil {
			return "", fmt.Errorf("frames: document %q: %w", d.ID, err)
		}
		if dl != lang {
			return "", fmt.Errorf("frames: document %q is in %s, the model's text in %s: %w", d.ID, dl, lang, framing.ErrMismatch)
		}
	}
	return lang, nil
}

// newFeatures builds the feature space of training documents and returns it with the
// documents' rows. Terms in fewer than minDF documents are left out.
func newFeatures(an framing.Analyzer, w framing.Weighting, lex *framing.Lexicon, lexWeight float64, minDF int, docs []corpus.Document) (*features, *csr, error) {
	lang, err := language(&an, docs)
	if err != nil {
		return nil, nil, err
	}
	an.Language = lang
	an.Workers = 0
	m, err := an.Matrix(docs...)
	if err != nil {
		return nil, nil, fmt.Errorf("frames: %w", err)
	}
	n, cols := m.Dims()
	df := make([]int, cols)
	for i := 0; i < n; i++ {
		m.Row(i, func(j int, _ float64) { df[j]++ })
	}
	f := &features{an: an, weighting: w}
	all := m.Cols()
	keep := make([]int32, cols) // matrix column -> feature, or -1
	for j, t := range all {
		keep[j] = -1
		if df[j] >= minDF {
			keep[j] = int32(len(f.terms))
			f.terms = append(f.terms, t)
		}
	}
	f.idf = make([]float64, len(f.terms))
	for j, t := range keep {
		if t >= 0 {
			f.idf[t] = idf(w.IDF, n, df[j])
		}
	}
	if lex != nil {
		f.lex = &lexFeatures{lexicon: lex, cats: lex.Categories(), weight: lexWeight}
	}
	rates, err := f.lexRates(docs, m)
	if err != nil {
		return nil, nil, err
	}
	if f.lex != nil {
		f.lex.standardise(rates)
	}
	x, _ := f.rows(m, keep, rates)
	return f, x, nil
}

// idf returns the inverse document frequency of a term in df of n documents, as
// [framing.Matrix.Weight] defines it.
func idf(kind framing.IDF, n, df int) float64 {
	nf, d := float64(n), float64(df)
	switch kind {
	case framing.IDFSmooth:
		return math.Log((1+nf)/(1+d)) + 1
	case framing.IDFPlain:
		return math.Log(nf/d) + 1
	case framing.IDFQuanteda:
		return math.Log10(nf / d)
	}
	return 1
}

// transform returns the rows of documents in the feature space, in order, and which
// documents have none of the model's words (see rows).
func (f *features) transform(docs []corpus.Document) (*csr, []bool, error) {
	if _, err := language(&f.an, docs); err != nil {
		return nil, nil, err
	}
	an := f.an
	m, err := an.Matrix(docs...)
	if err != nil {
		return nil, nil, fmt.Errorf("frames: %w", err)
	}
	cols := m.Cols()
	keep := make([]int32, len(cols))
	for j, t := range cols {
		keep[j] = -1
		if k, ok := slices.BinarySearch(f.terms, t); ok {
			keep[j] = int32(k)
		}
	}
	rates, err := f.lexRates(docs, m)
	if err != nil {
		return nil, nil, err
	}
	x, none := f.rows(m, keep, rates)
	return x, none, nil
}

// rows weights the counts of m (columns mapped to features by keep) and appends the
// lexicon features. It also reports which rows have none of the model's words: no term
// of its vocabulary and no match of its lexicon, so that their features are those of an
// empty text and carry nothing of the document.
func (f *features) rows(m *framing.Matrix, keep []int32, rates [][]float64) (*csr, []bool) {
	n, _ := m.Dims()
	none := make([]bool, n)
	x := &csr{rows: n, cols: f.dims(), indptr: make([]int, 1, n+1)}
	type entry struct {
		col int32
		v   float64
	}
	var row []entry
	for i := 0; i < n; i++ {
		row = row[:0]
		total := 0.0
		m.Row(i, func(j int, v float64) {
			if keep[j] >= 0 {
				row = append(row, entry{keep[j], v})
				total += v
			}
		})
		slices.SortFunc(row, func(a, b entry) int { return int(a.col - b.col) })
		none[i] = len(row) == 0
		norm := 0.0
		for k := range row {
			v := row[k].v
			switch f.weighting.TF {
			case framing.TFBinary:
				v = 1
			case framing.TFRelative:
				v /= total
			case framing.TFSublinear:
				v = 1 + math.Log(v)
			}
			v *= f.idf[row[k].col]
			row[k].v = v
			norm += v * v
		}
		if f.weighting.Normalize && norm > 0 {
			norm = math.Sqrt(norm)
			for k := range row {
				row[k].v /= norm
			}
		}
		for _, e := range row {
			if e.v != 0 {
				x.indices = append(x.indices, e.col)
				x.values = append(x.values, e.v)
			}
		}
		if f.lex != nil {
			base := int32(len(f.terms))
			for c, r := range rates[i] {
				if r != 0 {
					none[i] = false // a lexicon match
				}
				if v := f.lex.value(c, r); v != 0 {
					x.indices = append(x.indices, base+int32(c))
					x.values = append(x.values, v)
				}
			}
		}
		x.indptr = append(x.indptr, len(x.indices))
	}
	return x, none
}

// lexRates returns, for each document (rows of m, in order), ln(1 + matches per 1,000
// terms) of each lexicon category (nil without a lexicon): the matches of
// [framing.Analyzer.LexiconEvidence], one pass over all the documents, and the document's
// counted words (its unigram terms in m, after stop words and numbers are dropped).
func (f *features) lexRates(docs []corpus.Document, m *framing.Matrix) ([][]float64, error) {
	if f.lex == nil {
		return nil, nil
	}
	an := f.an
	_, lines, err := an.LexiconEvidence(docs, f.lex.lexicon, 1, 0)
	if err != nil {
		return nil, fmt.Errorf("frames: %w", err)
	}
	row := make(map[string]int, len(docs))
	for i, d := range docs {
		row[d.ID] = i
	}
	counts := make([][]float64, len(docs))
	for i := range counts {
		counts[i] = make([]float64, len(f.lex.cats))
	}
	for c, cat := range f.lex.cats {
		for _, l := range lines[cat] {
			counts[row[l.DocID]][c]++
		}
	}
	cols := m.Cols()
	for i := range docs {
		words := 0.0
		m.Row(i, func(j int, v float64) {
			if !strings.Contains(cols[j], " ") {
				words += v
			}
		})
		for c := range counts[i] {
			if words > 0 {
				counts[i][c] = math.Log1p(1000 * counts[i][c] / words)
			} else {
				counts[i][c] = 0
			}
		}
	}
	return counts, nil
}

// standardise sets the mean and standard deviation of each category from the training
// documents' values (population standard deviation, summed in document order).
func (l *lexFeatures) standardise(vals [][]float64) {
	k := len(l.cats)
	l.mean, l.sd = make([]float64, k), make([]float64, k)
	n := float64(len(vals))
	if n == 0 {
		return
	}
	for c := 0; c < k; c++ {
		s := 0.0
		for _, v := range vals {
			s += v[c]
		}
		mean := s / n
		ss := 0.0
		for _, v := range vals {
			ss += (v[c] - mean) * (v[c] - mean)
		}
		l.mean[c], l.sd[c] = mean, math.Sqrt(ss/n)
	}
}

// value returns category c's feature for a document whose value (ln(1 + rate)) is v.
func (l *lexFeatures) value(c int, v float64) float64 {
	if l.sd[c] == 0 {
		return 0
	}
	return l.weight * (v - l.mean[c]) / l.sd[c]
}

// lexiconText writes a lexicon back in the text format [framing.ParseLexicon] reads, so
// that a model file carries the lexicon it was trained with. The categories' headers come
// first, in order; then each entry, under each of its categories (an entry may be in
// several), with its language. Entries are written in an order consistent with every
// category's order (a topological merge of the lists of [framing.Lexicon.Entries], ties to
// the earlier category), so that the lexicon read back lists every category's entries as
// this one does.
func lexiconText(l *framing.Lexicon) string {
	cats := l.Categories()
	type node struct {
		cats      []int // the categories listing the entry
		first     [2]int
		after     []string
		preceding int
	}
	nodes := map[string]*node{}
	var names []string
	for c, cat := range cats {
		var prev string
		for pos, e := range l.Entries(cat) {
			n, ok := nodes[e]
			if !ok {
				n = &node{first: [2]int{c, pos}}
				nodes[e] = n
				names = append(names, e)
			}
			n.cats = append(n.cats, c)
			if pos > 0 {
				nodes[prev].after = append(nodes[prev].after, e)
				n.preceding++
			}
			prev = e
		}
	}
	less := func(a, b string) bool {
		fa, fb := nodes[a].first, nodes[b].first
		return fa[0] < fb[0] || fa[0] == fb[0] && fa[1] < fb[1]
	}
	var ready []string
	for _, e := range names {
		if nodes[e].preceding == 0 {
			ready = append(ready, e)
		}
	}
	var b strings.Builder
	for _, cat := range cats {
		fmt.Fprintf(&b, "[%s]\n", cat)
	}
	for len(ready) > 0 {
		best := 0
		for i := range ready {
			if less(ready[i], ready[best]) {
				best = i
			}
		}
		e := ready[best]
		ready = append(ready[:best], ready[best+1:]...)
		lang, entry := "", e
		if strings.HasPrefix(e, "@") {
			lang, entry, _ = strings.Cut(e[1:], " ")
		}
		for _, c := range nodes[e].cats {
			fmt.Fprintf(&b, "[%s]\n", cats[c])
			if lang != "" {
				fmt.Fprintf(&b, "@%s\n%s\n@all\n", lang, entry)
			} else {
				fmt.Fprintf(&b, "%s\n", entry)
			}
		}
		for _, next := range nodes[e].after {
			if nodes[next].preceding--; nodes[next].preceding == 0 {
				ready = append(ready, next)
			}
		}
	}
	return b.String()
}
