package framing

import (
	"encoding/json"
	"errors"
	"strings"
)

// ErrCounts means a profile's or a table's counts are impossible: negative, larger than
// their total, unsorted or repeated terms, or sums that overflow.
var ErrCounts = errors.New("invalid counts")

// Validate checks that the profile's counts are possible, so that every score computed from
// it is finite: Documents, Totals, Dropped and every count and document frequency are ≥ 0;
// Totals has 1 to 3 entries; Terms are sorted by Term with no repeats, each of order N
// between 1 and len(Totals), with Count ≤ Totals[N-1] and DocFreq ≤ min(Count, Documents);
// and every Form's count is ≥ 0. Errors wrap [ErrCounts] and name the first problem.
//
// [Merge] and every comparison ([Keyness], [Compare], [JensenShannon], ...) validate their
// profiles, and a Profile read from JSON is validated as it is decoded, so that a corrupt
// or hand-edited file is reported instead of giving NaN or a panic.
func (p *Profile) Validate() error {
	if p == nil {
		return errorf(ErrCounts, "nil profile")
	}
	if len(p.Totals) < 1 || len(p.Totals) > 3 {
		return errorf(ErrCounts, "profile has %d totals (want 1 to 3)", len(p.Totals))
	}
	if p.Documents < 0 {
		return errorf(ErrCounts, "profile has %d documents", p.Documents)
	}
	for i, t := range p.Totals {
		if t < 0 {
			return errorf(ErrCounts, "Totals[%d] = %d", i, t)
		}
	}
	d := p.Dropped
	if d.Stop < 0 || d.Number < 0 || d.Boilerplate < 0 || d.Voice < 0 {
		return errorf(ErrCounts, "negative dropped counts %+v", d)
	}
	for i := range p.Terms {
		t := &p.Terms[i]
		if i > 0 && strings.Compare(p.Terms[i-1].Term, t.Term) >= 0 {
			return errorf(ErrCounts, "terms %q and %q are not sorted or repeat", p.Terms[i-1].Term, t.Term)
		}
		switch {
		case t.N < 1 || t.N > len(p.Totals):
			return errorf(ErrCounts, "term %q has order %d (the profile counts 1 to %d)", t.Term, t.N, len(p.Totals))
		case t.Count < 0 || t.Count > p.Totals[t.N-1]:
			return errorf(ErrCounts, "term %q has count %d (total %d)", t.Term, t.Count, p.Totals[t.N-1])
		case t.DocFreq < 0 || t.DocFreq > t.Count || t.DocFreq > p.Documents:
			return errorf(ErrCounts, "term %q has document frequency %d (count %d, %d documents)", t.Term, t.DocFreq, t.Count, p.Documents)
		}
		for _, f := range t.Forms {
			if f.Count < 0 {
				return errorf(ErrCounts, "term %q: form %q has count %d", t.Term, f.Text, f.Count)
			}
		}
	}
	return nil
}

// UnmarshalJSON decodes a profile and validates it (see [Profile.Validate]).
func (p *Profile) UnmarshalJSON(b []byte) error {
	type plain Profile // without this method
	var q plain
	if err := json.Unmarshal(b, &q); err != nil {
		return err
	}
	if err := (*Profile)(&q).Validate(); err != nil {
		return err
	}
	*p = Profile(q)
	return nil
}

// addInt returns x + y, or false if the sum overflows an int.
func addInt(x, y int) (int, bool) {
	s := x + y
	if (s > x) != (y > 0) {
		return s, false
	}
	return s, true
}

// checkTable validates raw counts of a 2×2 table: a term's counts a and b in sides of sizes
// n1 and n2.
func checkTable(a, b, n1, n2 int) error {
	switch {
	case n1 <= 0 || n2 <= 0:
		return errorf(ErrCounts, "side sizes n1 = %d, n2 = %d (want > 0)", n1, n2)
	case a < 0 || b < 0:
		return errorf(ErrCounts, "counts a = %d, b = %d (want >= 0)", a, b)
	case a > n1 || b > n2:
		return errorf(ErrCounts, "counts a = %d, b = %d exceed the sides' sizes %d and %d", a, b, n1, n2)
	case float64(n1)+float64(n2) > 1<<53:
		return errorf(ErrCounts, "sides of %d and %d exceed 2^53, where counts lose precision", n1, n2)
	}
	return nil
}
