package framing

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/framediff/framediff/corpus"
)

// A Matrix is a sparse document-term matrix: one row per document (observations in rows,
// as gonum treats them), one column per term, in compressed sparse row form. Columns are
// sorted by term. Make one with [Analyzer.Matrix] or [NewMatrix]; weight it with
// [Matrix.Weight]. A Matrix is immutable and safe for concurrent use.
type Matrix struct {
	rows, cols []string
	indptr     []int     // row i's entries are indptr[i]:indptr[i+1]
	indices    []int     // column of each entry, increasing within a row
	values     []float64 // value of each entry
}

// NewMatrix returns the matrix of raw counts of already tokenized documents: docs[i] is the
// list of terms of the document named ids[i]. It returns an error wrapping [ErrOption] if
// the lengths differ or an ID repeats.
func NewMatrix(ids []string, docs [][]string) (*Matrix, error) {
	if len(ids) != len(docs) {
		return nil, errorf(ErrOption, "%d ids for %d documents", len(ids), len(docs))
	}
	b := newMatrixBuilder(ids)
	if b == nil {
		return nil, errorf(ErrOption, "document ids repeat")
	}
	index := map[string]int32{}
	for _, terms := range docs {
		var row []int32
		for _, term := range terms {
			id, ok := index[term]
			if !ok {
				id = int32(len(b.terms))
				index[term] = id
				b.terms = append(b.terms, term)
			}
			row = append(row, id)
		}
		b.addRow(row)
	}
	return b.build(), nil
}

// Matrix analyzes docs and returns their document-term matrix of raw counts, one row per
// document in the given order (rows named by document ID), over the terms of every n-gram
// order the analyzer counts. All documents must be in one language (see [Counter.Add]).
func (an *Analyzer) Matrix(docs ...corpus.Document) (*Matrix, error) {
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	b := newMatrixBuilder(ids)
	if b == nil {
		return nil, errorf(ErrOption, "document ids repeat")
	}
	c := Counter{Analyzer: *an}
	cols := map[[3]int32]int32{} // term ids of a unigram or n-gram -> column
	var row []int32
	for _, d := range docs {
		if err := c.init(d.Language); err != nil {
			return nil, fmt.Errorf("%w (document %q)", err, d.ID)
		}
		w := c.w
		w.analyze(d.Text, false)
		row = row[:0]
		col := func(ids [3]int32) int32 {
			id, ok := cols[ids]
			if !ok {
				id = int32(len(b.terms))
				cols[ids] = id
				keys := []string{}
				for _, t := range ids {
					if t >= 0 {
						keys = append(keys, w.key(t))
					}
				}
				b.terms = append(b.terms, strings.Join(keys, " "))
			}
			return id
		}
		for _, t := range w.ids {
			row = append(row, col([3]int32{t, -1, -1}))
		}
		for n := 2; n <= c.set.maxN; n++ {
			for j := 0; j+n <= len(w.ids); j++ {
				if w.runs[j] == w.runs[j+n-1] {
					ids := [3]int32{-1, -1, -1}
					copy(ids[:], w.ids[j:j+n])
					row = append(row, col(ids))
				}
			}
		}
		b.addRow(row)
	}
	return b.build(), nil
}

// ProfileMatrix returns the matrix of word counts (unigrams) of whole profiles, one row
// per profile named by names: for comparing outlets or sides rather than documents, e.g.
// with [Matrix.Cosine]. The profiles must share their settings ([ErrMismatch]); names
// must be unique and as many as the profiles ([ErrOption]).
func ProfileMatrix(names []string, profiles ...*Profile) (*Matrix, error) {
	if len(names) != len(profiles) {
		return nil, errorf(ErrOption, "%d names for %d profiles", len(names), len(profiles))
	}
	b := newMatrixBuilder(names)
	if b == nil {
		return nil, errorf(ErrOption, "profile names repeat")
	}
	index := map[string]int32{}
	for i, p := range profiles {
		if p == nil {
			return nil, errorf(ErrOption, "profile %d is nil", i)
		}
		if err := matchSettings(profiles[0], "profile 0", p, fmt.Sprintf("profile %d", i), false); err != nil {
			return nil, err
		}
		var row []cell
		for _, t := range p.Terms() {
			if t.N != 1 || t.Count == 0 {
				continue
			}
			id, ok := index[t.Term]
			if !ok {
				id = int32(len(b.terms))
				index[t.Term] = id
				b.terms = append(b.terms, t.Term)
			}
			row = append(row, cell{id, float64(t.Count)})
		}
		b.rows = append(b.rows, row)
	}
	return b.build(), nil
}

// matrixBuilder collects rows of term ids and counts, then sorts the vocabulary into
// columns.
type matrixBuilder struct {
	ids   []string
	terms []string // by term id
	rows  [][]cell
}

// A cell is a term id and its count in a row.
type cell struct {
	id int32
	n  float64
}

func newMatrixBuilder(ids []string) *matrixBuilder {
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if seen[id] {
			return nil
		}
		seen[id] = true
	}
	return &matrixBuilder{ids: slices.Clone(ids)}
}

// addRow adds a row of term ids, one per occurrence.
func (b *matrixBuilder) addRow(ids []int32) {
	row := make([]cell, len(ids))
	for i, id := range ids {
		row[i] = cell{id, 1}
	}
	b.rows = append(b.rows, row)
}

func (b *matrixBuilder) build() *Matrix {
	order := make([]int32, len(b.terms))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return strings.Compare(b.terms[x], b.terms[y]) })
	col := make([]int, len(b.terms))
	m := &Matrix{rows: b.ids, cols: make([]string, len(order)), indptr: []int{0}}
	for c, id := range order {
		col[id] = c
		m.cols[c] = b.terms[id]
	}
	for _, row := range b.rows {
		cs := make([]cell, len(row))
		for i, c := range row {
			cs[i] = cell{int32(col[c.id]), c.n}
		}
		slices.SortFunc(cs, func(x, y cell) int { return int(x.id) - int(y.id) })
		for i := 0; i < len(cs); {
			j, sum := i, 0.0
			for ; j < len(cs) && cs[j].id == cs[i].id; j++ {
				sum += cs[j].n
			}
			m.indices = append(m.indices, int(cs[i].id))
			m.values = append(m.values, sum)
			i = j
		}
		m.indptr = append(m.indptr, len(m.indices))
	}
	return m
}

// Dims returns the numbers of rows (documents) and columns (terms).
func (m *Matrix) Dims() (rows, cols int) { return len(m.rows), len(m.cols) }

// Rows returns the document IDs, in row order.
func (m *Matrix) Rows() []string { return slices.Clone(m.rows) }

// Cols returns the terms, in column order (sorted).
func (m *Matrix) Cols() []string { return slices.Clone(m.cols) }

// NNZ returns the number of stored (non-zero) entries.
func (m *Matrix) NNZ() int { return len(m.values) }

// At returns the entry at row i, column j (0 if not stored). It panics if i or j is out of
// range, like gonum's At.
func (m *Matrix) At(i, j int) float64 {
	if i < 0 || i >= len(m.rows) || j < 0 || j >= len(m.cols) {
		panic("framing: Matrix index out of range")
	}
	lo, hi := m.indptr[i], m.indptr[i+1]
	k, ok := slices.BinarySearch(m.indices[lo:hi], j)
	if !ok {
		return 0
	}
	return m.values[lo+k]
}

// Row calls f for each stored entry of row i, in column order.
func (m *Matrix) Row(i int, f func(col int, v float64)) {
	for k := m.indptr[i]; k < m.indptr[i+1]; k++ {
		f(m.indices[k], m.values[k])
	}
}

// TF selects the term-frequency transform of [Weighting].
type TF int

// The term-frequency transforms.
const (
	TFRaw       TF = iota // the count
	TFBinary              // 1 if present
	TFRelative            // count / row total
	TFSublinear           // 1 + ln(count), as scikit-learn's sublinear_tf
)

// IDF selects the inverse-document-frequency weight of [Weighting], for n documents of
// which df contain the term.
type IDF int

// The idf weights.
const (
	IDFNone     IDF = iota // no idf
	IDFSmooth              // ln((1+n)/(1+df)) + 1: scikit-learn's default (smooth_idf=True)
	IDFPlain               // ln(n/df) + 1: scikit-learn with smooth_idf=False
	IDFQuanteda            // log10(n/df): quanteda's dfm_tfidf default
)

// Weighting configures [Matrix.Weight]. The zero value leaves the counts as they are.
type Weighting struct {
	TF        TF   `json:"tf"`                  // term-frequency transform
	IDF       IDF  `json:"idf"`                 // inverse-document-frequency weight
	Normalize bool `json:"normalize,omitempty"` // scale each row to unit Euclidean length (L2)
}

// Weight returns a new matrix with the weighting applied: w_ij = tf(x_ij) · idf(j), then
// rows normalized if asked. A row of zeros stays zero. It returns an error wrapping
// [ErrOption] for an unknown TF or IDF.
func (m *Matrix) Weight(w *Weighting) (*Matrix, error) {
	var o Weighting
	if w != nil {
		o = *w
	}
	if o.TF < TFRaw || o.TF > TFSublinear || o.IDF < IDFNone || o.IDF > IDFQuanteda {
		return nil, errorf(ErrOption, "Weighting %+v", o)
	}
	n := float64(len(m.rows))
	df := make([]float64, len(m.cols))
	for _, c := range m.indices {
		df[c]++
	}
	idf := make([]float64, len(m.cols))
	for j := range idf {
		switch o.IDF {
		case IDFNone:
			idf[j] = 1
		case IDFSmooth:
			idf[j] = math.Log((1+n)/(1+df[j])) + 1
		case IDFPlain:
			idf[j] = math.Log(n/df[j]) + 1
		case IDFQuanteda:
			idf[j] = math.Log10(n / df[j])
		}
	}
	out := &Matrix{rows: m.rows, cols: m.cols, indptr: m.indptr, indices: m.indices, values: make([]float64, len(m.values))}
	for i := range m.rows {
		lo, hi := m.indptr[i], m.indptr[i+1]
		total := 0.0
		for k := lo; k < hi; k++ {
			total += m.values[k]
		}
		norm := 0.0
		for k := lo; k < hi; k++ {
			v := m.values[k]
			switch o.TF {
			case TFBinary:
				v = 1
			case TFRelative:
				v /= total
			case TFSublinear:
				v = 1 + math.Log(v)
			}
			v *= idf[m.indices[k]]
			out.values[k] = v
			norm += v * v
		}
		if o.Normalize && norm > 0 {
			norm = math.Sqrt(norm)
			for k := lo; k < hi; k++ {
				out.values[k] /= norm
			}
		}
	}
	return out, nil
}

// Dense returns the matrix as a gonum dense matrix. gonum cannot hold a matrix with no rows
// or no columns, so that is an error wrapping [ErrEmpty].
func (m *Matrix) Dense() (*mat.Dense, error) {
	r, c := m.Dims()
	if r == 0 || c == 0 {
		return nil, errorf(ErrEmpty, "matrix is %d×%d", r, c)
	}
	d := mat.NewDense(r, c, nil)
	for i := range m.rows {
		m.Row(i, func(j int, v float64) { d.Set(i, j, v) })
	}
	return d, nil
}

// Cosine returns the cosine similarity of every pair of rows, as a symmetric matrix with 1
// on the diagonal (0 for a row of zeros, whose similarity is undefined). Error wrapping
// [ErrEmpty] for a matrix without rows.
func (m *Matrix) Cosine() (*mat.SymDense, error) {
	r := len(m.rows)
	if r == 0 {
		return nil, errorf(ErrEmpty, "matrix has no rows")
	}
	norms := make([]float64, r)
	for i := range m.rows {
		m.Row(i, func(_ int, v float64) { norms[i] += v * v })
		norms[i] = math.Sqrt(norms[i])
	}
	s := mat.NewSymDense(r, nil)
	for i := 0; i < r; i++ {
		for j := i; j < r; j++ {
			if norms[i] == 0 || norms[j] == 0 {
				continue
			}
			s.SetSym(i, j, min(1, max(-1, m.rowDot(i, j)/(norms[i]*norms[j]))))
		}
	}
	return s, nil
}

// rowDot returns the dot product of rows i and j by merging their sorted entries.
func (m *Matrix) rowDot(i, j int) float64 {
	a, aEnd := m.indptr[i], m.indptr[i+1]
	b, bEnd := m.indptr[j], m.indptr[j+1]
	dot := 0.0
	for a < aEnd && b < bEnd {
		switch ca, cb := m.indices[a], m.indices[b]; {
		case ca < cb:
			a++
		case ca > cb:
			b++
		default:
			dot += m.values[a] * m.values[b]
			a++
			b++
		}
	}
	return dot
}

// LSA is a latent semantic analysis of a matrix: its truncated singular value
// decomposition X ≈ U_k Σ_k V_kᵀ.
type LSA struct {
	Values []float64  // the k largest singular values, in decreasing order
	Docs   *mat.Dense // documents in the latent space: rows of U_k Σ_k (rows × k)
	Terms  *mat.Dense // term loadings: rows of V_k (cols × k)
}

// LSA computes a rank-k latent semantic analysis (Deerwester et al. 1990, "Indexing by
// latent semantic analysis", JASIS 41(6)) with gonum's thin SVD of the dense matrix, so it
// is meant for matrices that fit in memory densely. Singular vectors are determined up to
// sign; each component is flipped so that its largest-magnitude term loading is positive,
// which makes the output deterministic. k must be between 1 and min(rows, cols).
func (m *Matrix) LSA(k int) (*LSA, error) {
	d, err := m.Dense()
	if err != nil {
		return nil, err
	}
	r, c := d.Dims()
	if k < 1 || k > min(r, c) {
		return nil, errorf(ErrOption, "LSA rank %d for a %d×%d matrix", k, r, c)
	}
	var svd mat.SVD
	if !svd.Factorize(d, mat.SVDThin) {
		return nil, fmt.Errorf("framing: SVD did not converge")
	}
	vals := svd.Values(nil)
	var u, v mat.Dense
	svd.UTo(&u)
	svd.VTo(&v)
	out := &LSA{Values: vals[:k], Docs: mat.NewDense(r, k, nil), Terms: mat.NewDense(c, k, nil)}
	for j := 0; j < k; j++ {
		sign, best := 1.0, 0.0
		for t := 0; t < c; t++ {
			if x := v.At(t, j); math.Abs(x) > best+1e-12 {
				best, sign = math.Abs(x), math.Copysign(1, x)
			}
		}
		for i := 0; i < r; i++ {
			out.Docs.Set(i, j, sign*u.At(i, j)*vals[j])
		}
		for t := 0; t < c; t++ {
			out.Terms.Set(t, j, sign*v.At(t, j))
		}
	}
	return out, nil
}

// WriteMatrixMarket writes the matrix in Matrix Market coordinate format ("%%MatrixMarket
// matrix coordinate real general", 1-based indices, entries in row-major order), which R's
// Matrix::readMM and Python's scipy.io.mmread read; rows and cols, if not nil, receive the
// document IDs and the terms, one per line, in row and column order, as the labels of the
// matrix. Values are written in the shortest form that reads back exactly.
func (m *Matrix) WriteMatrixMarket(w, rows, cols io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%%%%MatrixMarket matrix coordinate real general\n%% written by framediff\n%d %d %d\n", len(m.rows), len(m.cols), len(m.values))
	for i := range m.rows {
		for k := m.indptr[i]; k < m.indptr[i+1]; k++ {
			bw.WriteString(strconv.Itoa(i + 1))
			bw.WriteByte(' ')
			bw.WriteString(strconv.Itoa(m.indices[k] + 1))
			bw.WriteByte(' ')
			bw.WriteString(strconv.FormatFloat(m.values[k], 'g', -1, 64))
			bw.WriteByte('\n')
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("framing: %w", err)
	}
	for _, out := range []struct {
		w     io.Writer
		lines []string
	}{{rows, m.rows}, {cols, m.cols}} {
		if out.w == nil {
			continue
		}
		lw := bufio.NewWriter(out.w)
		for _, l := range out.lines {
			// A label cannot hold a line break; write it escaped.
			lw.WriteString(strings.NewReplacer("\\", "\\\\", "\n", "\\n", "\r", "\\r").Replace(l))
			lw.WriteByte('\n')
		}
		if err := lw.Flush(); err != nil {
			return fmt.Errorf("framing: %w", err)
		}
	}
	return nil
}
