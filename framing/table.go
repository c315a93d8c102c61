package framing

import (
	"cmp"
	"slices"
	"strings"
)

// table aligns the counts of two profiles over the union of their terms of one order.
type table struct {
	n      int
	terms  []string // sorted
	a, b   []float64
	na, nb float64
	// forms returns the surface forms of row k in each profile.
	forms func(k int) (fa, fb []Form)
	// category is set for lexicon profiles: rows are categories, labelled by their names.
	category bool
	// mixedForms is set when a profile keeps only each term's most frequent form over
	// every side counted with it (counts of CountEvents, Merge of distributed counts), so
	// that its forms are not its own side's.
	mixedForms bool
	// own, if set, returns row k's form on each side alone, where the profiles' forms are
	// mixed but each keeps its side's own words (EventCounts' profiles).
	own func(k int) (wa, wb string)
}

// align builds the table of the terms of order n, sorted by term, so that every later sum
// runs in vocabulary order. Profiles counted over one vocabulary align by term id;
// others walk their sorted term lists once.
func align(pa, pb *Profile, n int) table {
	t := alignRows(pa, pb, n)
	t.category = pa.lexicon != ""
	t.mixedForms = pa.ids != nil && pa.ids.best != nil || pb.ids != nil && pb.ids.best != nil
	return t
}

func alignRows(pa, pb *Profile, n int) table {
	if n == 1 && pa.ids != nil && pb.ids != nil && pa.ids.vocab == pb.ids.vocab {
		return alignIDs(pa, pb)
	}
	ta, tb := pa.Terms(), pb.Terms()
	t := table{n: n, na: float64(pa.Total(n)), nb: float64(pb.Total(n))}
	var ia, ib []int // index into the profiles' Terms, or -1
	if size := len(ta) + len(tb); size > 0 {
		// An upper bound on the union (exact when the vocabularies are disjoint).
		t.terms = make([]string, 0, size)
		ia, ib = make([]int, 0, size), make([]int, 0, size)
		t.a, t.b = make([]float64, 0, size), make([]float64, 0, size)
	}
	add := func(term string, i, j int, a, b float64) {
		if a+b == 0 {
			return // a term counted nowhere (possible only in a hand-built profile) has no score
		}
		t.terms = append(t.terms, term)
		ia, ib = append(ia, i), append(ib, j)
		t.a, t.b = append(t.a, a), append(t.b, b)
	}
	i, j := 0, 0
	next := func(ts []TermStat, k int) int {
		for k < len(ts) && ts[k].N != n {
			k++
		}
		return k
	}
	i, j = next(ta, i), next(tb, j)
	for i < len(ta) || j < len(tb) {
		c := 0
		switch {
		case i == len(ta):
			c = 1
		case j == len(tb):
			c = -1
		default:
			c = strings.Compare(ta[i].Term, tb[j].Term)
		}
		switch {
		case c < 0:
			add(ta[i].Term, i, -1, float64(ta[i].Count), 0)
			i = next(ta, i+1)
		case c > 0:
			add(tb[j].Term, -1, j, 0, float64(tb[j].Count))
			j = next(tb, j+1)
		default:
			add(ta[i].Term, i, j, float64(ta[i].Count), float64(tb[j].Count))
			i, j = next(ta, i+1), next(tb, j+1)
		}
	}
	t.forms = func(k int) (fa, fb []Form) {
		if ia[k] >= 0 {
			fa = ta[ia[k]].Forms
		}
		if ib[k] >= 0 {
			fb = tb[ib[k]].Forms
		}
		return fa, fb
	}
	return t
}

// alignIDs aligns the words of two profiles over one vocabulary by term id, without making
// or comparing strings but for the rows' terms. Profiles with a count array each (those
// of one run) are read in the order of the vocabulary's sorted ids, with no sort of
// their own; others sort their terms by rank and merge them.
func alignIDs(pa, pb *Profile) table {
	v := pa.ids.vocab
	rank, byRank := v.order()
	keys := v.keySnapshot()
	t := table{n: 1, na: float64(pa.Total(1)), nb: float64(pb.Total(1))}
	var ids []int32
	grow := func(size int) {
		t.terms = make([]string, 0, size)
		t.a, t.b = make([]float64, 0, size), make([]float64, 0, size)
		ids = make([]int32, 0, size)
	}
	add := func(id int32, a, b int64) {
		ids = append(ids, id)
		t.terms = append(t.terms, keys[id])
		t.a, t.b = append(t.a, float64(a)), append(t.b, float64(b))
	}
	if ua, ub := pa.ids.uni, pb.ids.uni; ua != nil && ub != nil {
		grow(counted(ua) + counted(ub)) // (the union's size, at most)
		for _, id := range byRank {
			var a, b int64
			if int(id) < len(ua) {
				a = ua[id].count
			}
			if int(id) < len(ub) {
				b = ub[id].count
			}
			if a > 0 || b > 0 {
				add(id, max(a, 0), max(b, 0))
			}
		}
	} else {
		ea, eb := pa.ids.unigrams(), pb.ids.unigrams()
		byRank := func(x, y idEntry) int { return cmp.Compare(rank[x.id], rank[y.id]) }
		slices.SortFunc(ea, byRank)
		slices.SortFunc(eb, byRank)
		grow(len(ea) + len(eb))
		i, j := 0, 0
		for i < len(ea) || j < len(eb) {
			switch {
			case j == len(eb) || i < len(ea) && rank[ea[i].id] < rank[eb[j].id]:
				add(ea[i].id, ea[i].count, 0)
				i++
			case i == len(ea) || rank[eb[j].id] < rank[ea[i].id]:
				add(eb[j].id, 0, eb[j].count)
				j++
			default:
				add(ea[i].id, ea[i].count, eb[j].count)
				i++
				j++
			}
		}
	}
	// The counts are whole numbers that float64 holds exactly (below 2^53).
	ca, cb := t.a, t.b
	if oa, ob := pa.ids.own, pb.ids.own; oa != nil && ob != nil && !sameSlice(oa, ob) {
		// (Two profiles of one side, of two events: their forms are the side's over the
		// run, the same for both, so neither's own; none are shown.)
		t.own = func(k int) (wa, wb string) {
			if ca[k] > 0 {
				wa = ownWord(oa, ids[k])
			}
			if cb[k] > 0 {
				wb = ownWord(ob, ids[k])
			}
			return wa, wb
		}
	}
	t.forms = func(k int) (fa, fb []Form) {
		if ca[k] > 0 {
			fa = pa.ids.formsOf(ids[k], int64(ca[k]))
		}
		if cb[k] > 0 {
			fb = pb.ids.formsOf(ids[k], int64(cb[k]))
		}
		return fa, fb
	}
	return t
}

// counted returns the number of terms of uni with a count.
func counted(uni []termCount) int {
	n := 0
	for _, t := range uni {
		if t.count > 0 {
			n++
		}
	}
	return n
}

// sideWords returns the surface form of row k to show for each profile (displayForm of its
// own forms), empty for a profile without the term, for lexicon categories, and for
// profiles whose forms are not their own side's (see mixedForms).
func (t *table) sideWords(k int) (wa, wb string) {
	if !t.category && t.own != nil {
		return t.own(k)
	}
	if t.category || t.mixedForms || t.forms == nil {
		return "", ""
	}
	fa, fb := t.forms(k)
	if len(fa) > 0 {
		wa = displayForm(fa)
	}
	if len(fb) > 0 {
		wb = displayForm(fb)
	}
	return wa, wb
}

// word returns the most frequent surface form of row k across both profiles (ties to the
// smaller text). When both profiles have the same most frequent form it is the answer, for
// its count is then the largest on each side; only otherwise are the forms merged.
func (t *table) word(k int) string {
	if t.category {
		return t.terms[k] // the category's name, not its most frequent word
	}
	fa, fb := t.forms(k)
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
