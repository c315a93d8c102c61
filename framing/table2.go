package framing

import (
	"math"

	"github.com/framediff/framediff/framing/stats"
)

// table2 is one term's 2×2 table, as the scoring loops hold it: the term's counts a and b
// in sides A and B of sizes n1 and n2 (see stats for the statistics of such tables).
type table2 struct{ a, b, n1, n2 float64 }

// minExpected returns the smallest expected count of the table (a, b; n1-a, n2-b): the
// smaller row total times the smaller column total, over N.
func (t table2) minExpected() float64 {
	k := t.a + t.b
	n := t.n1 + t.n2
	return min(k, n-k) * min(t.n1, t.n2) / n
}

// sign returns +1 if a exceeds its expectation, -1 if it falls short, 0 if equal: the
// sign of a - E11, which is that of a·n2 - b·n1.
func (t table2) sign() float64 {
	if d := t.a*t.n2 - t.b*t.n1; d != 0 {
		return math.Copysign(1, d)
	}
	return 0
}

// score applies one of the stats package's 2×2 statistics to the table. The counts come
// from validated profiles (integers within their totals), so it cannot fail.
func (t table2) score(f func(a, b, n1, n2 int) (float64, error)) float64 {
	x, _ := f(int(t.a), int(t.b), int(t.n1), int(t.n2))
	return x
}

func (t table2) logRatio() float64 { return t.score(stats.LogRatio) }

func (t table2) g2(williams bool) float64 {
	x, _ := stats.LogLikelihood(int(t.a), int(t.b), int(t.n1), int(t.n2), williams)
	return x
}

func (t table2) chi2(c stats.Correction) float64 {
	x, _ := stats.ChiSquare(int(t.a), int(t.b), int(t.n1), int(t.n2), c)
	return x
}

func (t table2) lrc(alpha float64) float64 {
	x, _ := stats.LogRatioConservative(int(t.a), int(t.b), int(t.n1), int(t.n2), alpha)
	return x
}

// evidence returns the table's evidence flags.
func (t table2) evidence() Evidence {
	var ev Evidence
	if t.a+t.b == 1 {
		ev |= EvidenceOnce
	}
	if t.a == 0 || t.b == 0 {
		ev |= EvidenceOneSide
	}
	if t.minExpected() < 5 {
		ev |= EvidenceLowExpected
	}
	return ev
}
