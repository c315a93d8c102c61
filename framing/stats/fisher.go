package stats

import "math"

// FisherExact returns the two-sided p-value of Fisher's exact test for the 2×2 table of a
// term with count a in side A (size n1) and b in side B (size n2):
//
//	| a      b      |
//	| n1-a   n2-b   |
//
// Given the margins, a follows the hypergeometric distribution; the two-sided p-value sums
// the probabilities of every table no more likely than the one observed (relative
// tolerance 1e-7, as R's fisher.test and scipy.stats.fisher_exact do). It lies in [0, 1].
//
// The probabilities are computed with Loader's saddle-point method (C. Loader, 2000, "Fast
// and accurate computation of binomial probabilities"), which stays accurate to near
// machine precision for counts in the millions, and the sum runs outward from the observed
// table and from the matching point of the other tail, stopping once further terms cannot
// change it. A p-value below the smallest float64 is 0 (the keyness score of
// framing's MeasureFisher is computed from the logarithm of the sum and stays exact there). Counts
// that are negative or exceed their totals are an error wrapping [ErrInput].
func FisherExact(a, b, n1, n2 int) (float64, error) {
	if err := checkTable(a, b, n1, n2); err != nil {
		return 0, err
	}
	h := hypergeom{N: n1 + n2, K: a + b, n: n1}
	return math.Exp(h.twoSidedLog(a)), nil
}

// FisherExactLog returns the natural logarithm of [FisherExact]'s p-value, computed from
// the logarithm of the sum, so that it stays exact where p itself underflows to 0 (as
// MeasureFisher's score, -log10 p, needs).
func FisherExactLog(a, b, n1, n2 int) (float64, error) {
	if err := checkTable(a, b, n1, n2); err != nil {
		return 0, err
	}
	h := hypergeom{N: n1 + n2, K: a + b, n: n1}
	return h.twoSidedLog(a), nil
}

// hypergeom is the distribution of the number of successes in n draws without
// replacement from N items of which K are successes.
type hypergeom struct{ N, K, n int }

func (h hypergeom) support() (lo, hi int) {
	return max(0, h.n-(h.N-h.K)), min(h.K, h.n)
}

// logPMF returns ln P(X = x), by Loader's method: dhyper = dbinom(x; K, p) dbinom(n-x;
// N-K, p) / dbinom(n; N, p) with p = n/N, which cancels the large terms exactly.
func (h hypergeom) logPMF(x int) float64 {
	lo, hi := h.support()
	if x < lo || x > hi {
		return math.Inf(-1)
	}
	if h.n == 0 || h.n == h.N {
		return 0
	}
	p := float64(h.n) / float64(h.N)
	q := 1 - p
	return logBinomRaw(x, h.K, p, q) + logBinomRaw(h.n-x, h.N-h.K, p, q) - logBinomRaw(h.n, h.N, p, q)
}

// ratio returns P(X = x+1) / P(X = x).
func (h hypergeom) ratio(x int) float64 {
	return float64(h.K-x) * float64(h.n-x) / (float64(x+1) * float64(h.N-h.K-h.n+x+1))
}

// mode returns the most likely value.
func (h hypergeom) mode() int {
	m := int(math.Floor(float64(h.n+1) * float64(h.K+1) / float64(h.N+2)))
	lo, hi := h.support()
	return min(max(m, lo), hi)
}

// twoSidedLog returns the natural log of Σ P(y) over P(y) <= P(x)(1+1e-7): finite for any
// table, however far below the smallest float64 the sum itself lies.
func (h hypergeom) twoSidedLog(x int) float64 {
	lo, hi := h.support()
	if lo == hi {
		return 0
	}
	lpx := h.logPMF(x)
	limit := lpx + math.Log1p(1e-7)
	m := h.mode()
	if h.logPMF(m) <= limit {
		return 0
	}
	// Sums are relative to P(x) so that nothing underflows before the end.
	var s float64
	if x < m {
		s = h.sumLeft(x, lpx, lpx) // the tail x, x-1, ...
		// The right tail starts at the first y > m with P(y) <= limit.
		y := h.firstRight(m, hi, limit)
		if y <= hi {
			s += h.sumRight(y, h.logPMF(y), lpx)
		}
	} else {
		s = h.sumRight(x, lpx, lpx)
		y := h.lastLeft(lo, m, limit)
		if y >= lo {
			s += h.sumLeft(y, h.logPMF(y), lpx)
		}
	}
	return min(lpx+math.Log(s), 0)
}

// sumRight returns Σ_{y >= from} P(y) / exp(ref), given ln P(from) = lp.
func (h hypergeom) sumRight(from int, lp, ref float64) float64 {
	_, hi := h.support()
	t := math.Exp(lp - ref)
	s := 0.0
	for y := from; y <= hi && t > 0; y++ {
		s += t
		if t < s*1e-17 {
			break
		}
		t *= h.ratio(y)
	}
	return s
}

// sumLeft returns Σ_{y <= from} P(y) / exp(ref), given ln P(from) = lp.
func (h hypergeom) sumLeft(from int, lp, ref float64) float64 {
	lo, _ := h.support()
	t := math.Exp(lp - ref)
	s := 0.0
	for y := from; y >= lo && t > 0; y-- {
		s += t
		if t < s*1e-17 {
			break
		}
		if y > lo {
			t /= h.ratio(y - 1)
		}
	}
	return s
}

// firstRight returns the smallest y in (m, hi] with ln P(y) <= limit, or hi+1. ln P
// decreases on (m, hi], so a binary search finds it.
func (h hypergeom) firstRight(m, hi int, limit float64) int {
	lo, top := m+1, hi+1
	for lo < top {
		mid := lo + (top-lo)/2
		if h.logPMF(mid) <= limit {
			top = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// lastLeft returns the largest y in [lo, m) with ln P(y) <= limit, or lo-1.
func (h hypergeom) lastLeft(lo, m int, limit float64) int {
	bot, top := lo-1, m-1
	for bot < top {
		mid := top - (top-bot)/2
		if h.logPMF(mid) <= limit {
			bot = mid
		} else {
			top = mid - 1
		}
	}
	return bot
}

// logBinomRaw returns ln of the binomial probability of x successes in n trials with
// success probability p (q = 1-p), by Loader's saddle-point expansion.
func logBinomRaw(x, n int, p, q float64) float64 {
	if n == 0 {
		return 0
	}
	if x == 0 {
		return float64(n) * math.Log(q)
	}
	if x == n {
		return float64(n) * math.Log(p)
	}
	fx, fn := float64(x), float64(n)
	lc := stirlerr(fn) - stirlerr(fx) - stirlerr(fn-fx) - bd0(fx, fn*p) - bd0(fn-fx, fn*q)
	return lc + 0.5*math.Log(fn/(2*math.Pi*fx*(fn-fx)))
}

// stirlerr returns ln(n!) - ln(sqrt(2πn) (n/e)^n), the error of Stirling's formula.
func stirlerr(n float64) float64 {
	if n <= 15 {
		lg, _ := math.Lgamma(n + 1)
		return lg - (n+0.5)*math.Log(n) + n - 0.5*math.Log(2*math.Pi)
	}
	const (
		s0 = 1.0 / 12
		s1 = 1.0 / 360
		s2 = 1.0 / 1260
		s3 = 1.0 / 1680
		s4 = 1.0 / 1188
	)
	nn := n * n
	switch {
	case n > 500:
		return (s0 - s1/nn) / n
	case n > 80:
		return (s0 - (s1-s2/nn)/nn) / n
	case n > 35:
		return (s0 - (s1-(s2-s3/nn)/nn)/nn) / n
	}
	return (s0 - (s1-(s2-(s3-s4/nn)/nn)/nn)/nn) / n
}

// bd0 returns x ln(x/np) + np - x, computed without cancellation when x is near np.
func bd0(x, np float64) float64 {
	if math.Abs(x-np) < 0.1*(x+np) {
		v := (x - np) / (x + np)
		s := (x - np) * v
		ej := 2 * x * v
		v2 := v * v
		for j := 1; j < 1000; j++ {
			ej *= v2
			s1 := s + ej/float64(2*j+1)
			if s1 == s {
				return s1
			}
			s = s1
		}
		return s
	}
	return x*math.Log(x/np) + np - x
}
