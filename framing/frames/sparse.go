package frames

// sparse.go: the document-feature matrix the solvers work on, in compressed sparse row
// form, and its Gram matrix (the linear kernel) for the dual solver.

// A csr is a sparse matrix in compressed sparse row form: row i's entries are
// indices[indptr[i]:indptr[i+1]] (increasing) with values[indptr[i]:indptr[i+1]].
type csr struct {
	rows, cols int
	indptr     []int
	indices    []int32
	values     []float64
}

// dot returns row i · w.
func (x *csr) dot(i int, w []float64) float64 {
	s := 0.0
	for k := x.indptr[i]; k < x.indptr[i+1]; k++ {
		s += x.values[k] * w[x.indices[k]]
	}
	return s
}

// axpy adds a · row i to w.
func (x *csr) axpy(i int, a float64, w []float64) {
	for k := x.indptr[i]; k < x.indptr[i+1]; k++ {
		w[x.indices[k]] += a * x.values[k]
	}
}

// gram returns the symmetric matrix of dot products of every pair of rows, row-major
// (n×n). Each product is summed in column order, so the result does not depend on how
// the work is split.
func (x *csr) gram() []float64 {
	n := x.rows
	k := make([]float64, n*n)
	dense := make([]float64, x.cols)
	for i := 0; i < n; i++ {
		for p := x.indptr[i]; p < x.indptr[i+1]; p++ {
			dense[x.indices[p]] = x.values[p]
		}
		for j := i; j < n; j++ {
			s := x.dot(j, dense)
			k[i*n+j] = s
			k[j*n+i] = s
		}
		for p := x.indptr[i]; p < x.indptr[i+1]; p++ {
			dense[x.indices[p]] = 0
		}
	}
	return k
}
