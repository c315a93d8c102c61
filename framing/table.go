package framing

import (
	"slices"
	"strings"
)

// table aligns the counts of two profiles over the union of their terms of one order.
type table struct {
	n      int
	terms  []string // sorted
	ia, ib []int    // index into the profiles' Terms, or -1
	a, b   []float64
	na, nb float64
}

// align builds the table of the terms of order n. It walks both sorted term lists once, so
// the union comes out sorted and every later sum runs in vocabulary order.
func align(pa, pb *Profile, n int) table {
	t := table{n: n, na: float64(pa.Total(n)), nb: float64(pb.Total(n))}
	if size := len(pa.Terms) + len(pb.Terms); size > 0 {
		// An upper bound on the union (exact when the vocabularies are disjoint).
		t.terms = make([]string, 0, size)
		t.ia, t.ib = make([]int, 0, size), make([]int, 0, size)
		t.a, t.b = make([]float64, 0, size), make([]float64, 0, size)
	}
	i, j := 0, 0
	next := func(ts []TermStat, k int) int {
		for k < len(ts) && ts[k].N != n {
			k++
		}
		return k
	}
	i, j = next(pa.Terms, i), next(pb.Terms, j)
	for i < len(pa.Terms) || j < len(pb.Terms) {
		c := 0
		switch {
		case i == len(pa.Terms):
			c = 1
		case j == len(pb.Terms):
			c = -1
		default:
			c = strings.Compare(pa.Terms[i].Term, pb.Terms[j].Term)
		}
		switch {
		case c < 0:
			t.add(pa.Terms[i].Term, i, -1, float64(pa.Terms[i].Count), 0)
			i = next(pa.Terms, i+1)
		case c > 0:
			t.add(pb.Terms[j].Term, -1, j, 0, float64(pb.Terms[j].Count))
			j = next(pb.Terms, j+1)
		default:
			t.add(pa.Terms[i].Term, i, j, float64(pa.Terms[i].Count), float64(pb.Terms[j].Count))
			i, j = next(pa.Terms, i+1), next(pb.Terms, j+1)
		}
	}
	return t
}

func (t *table) add(term string, ia, ib int, a, b float64) {
	if a+b == 0 {
		return // a term counted nowhere (possible only in a hand-built profile) has no score
	}
	t.terms = append(t.terms, term)
	t.ia = append(t.ia, ia)
	t.ib = append(t.ib, ib)
	t.a = append(t.a, a)
	t.b = append(t.b, b)
}

// word returns the most frequent surface form of row k across both profiles (ties to the
// smaller text). When both profiles have the same most frequent form it is the answer, for
// its count is then the largest on each side; only otherwise are the forms merged.
func (t *table) word(pa, pb *Profile, k int) string {
	var fa, fb []Form
	if t.ia[k] >= 0 {
		fa = pa.Terms[t.ia[k]].Forms
	}
	if t.ib[k] >= 0 {
		fb = pb.Terms[t.ib[k]].Forms
	}
	switch {
	case len(fa) == 0 && len(fb) == 0:
		return t.terms[k]
	case len(fb) == 0:
		return fa[0].Text
	case len(fa) == 0, fa[0].Text == fb[0].Text:
		return fb[0].Text
	}
	merged, _ := mergeForms(append(slices.Clone(fa), fb...)) // validated profiles: sums fit
	return merged[0].Text
}
