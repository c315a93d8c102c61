package stats

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Adjust names a multiple-comparison adjustment of p-values.
type Adjust string

// The adjustments of [AdjustP]; they match R's stats::p.adjust.
const (
	AdjustNone       Adjust = "none"
	AdjustBonferroni Adjust = "bonferroni" // family-wise: min(1, m p)
	AdjustHolm       Adjust = "holm"       // family-wise, step-down (Holm 1979)
	AdjustBH         Adjust = "BH"         // false discovery rate (Benjamini & Hochberg 1995)
	AdjustBY         Adjust = "BY"         // false discovery rate under dependence (Benjamini & Yekutieli 2001)
)

// AdjustP returns the p-values adjusted for multiple comparisons by method, as R's
// stats::p.adjust does. For m p-values with ranks by size:
//
//	bonferroni: min(1, m p_i)
//	holm:       cumulative max over ascending p of (m - i + 1) p_(i), capped at 1
//	BH:         cumulative min over descending p of m/i p_(i), capped at 1
//	BY:         as BH, times Σ_{k=1..m} 1/k
//
// Ties keep their input order (a stable sort), which R's order() also does, so the results
// do not depend on it. The input is not modified. A p-value outside [0, 1] or NaN is an
// error wrapping [ErrInput]; so is an unknown method. "" means BH.
func AdjustP(p []float64, method Adjust) ([]float64, error) {
	for i, x := range p {
		if !(x >= 0 && x <= 1) {
			return nil, errorf("p-value %d is %v", i, x)
		}
	}
	m := float64(len(p))
	out := make([]float64, len(p))
	switch method {
	case AdjustNone:
		copy(out, p)
		return out, nil
	case AdjustBonferroni:
		for i, x := range p {
			out[i] = min(1, m*x)
		}
		return out, nil
	case AdjustHolm, AdjustBH, "", AdjustBY:
	default:
		return nil, fmt.Errorf("framing: adjustment %q (want none, bonferroni, holm, BH or BY): %w", method, ErrInput)
	}
	order := make([]int, len(p))
	for i := range order {
		order[i] = i
	}
	// By p, ties by index: the order a stable sort gives, without its cost (p has no NaN).
	slices.SortFunc(order, func(i, j int) int { return cmp.Or(cmp.Compare(p[i], p[j]), cmp.Compare(i, j)) })
	switch method {
	case AdjustHolm:
		running := 0.0
		for rank, i := range order {
			running = max(running, (m-float64(rank))*p[i])
			out[i] = min(1, running)
		}
	default: // BH and BY
		q := 1.0
		if method == AdjustBY {
			q = 0
			for k := 1; k <= len(p); k++ {
				q += 1 / float64(k)
			}
		}
		running := math.Inf(1)
		for rank := len(order) - 1; rank >= 0; rank-- {
			i := order[rank]
			running = min(running, q*m/float64(rank+1)*p[i])
			out[i] = min(1, running)
		}
	}
	return out, nil
}
