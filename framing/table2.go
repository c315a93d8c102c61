package framing

import "github.com/framediff/framediff/framing/stats"

// table2 is one term's 2×2 table, as the scoring loops hold it: the term's counts a and b
// in sides A and B of sizes n1 and n2 (see stats for the statistics of such tables).
type table2 struct{ a, b, n1, n2 float64 }

// cells returns the observed and expected counts of the table (a, b; n1-a, n2-b).
func (t table2) cells() (o, e [4]float64) {
	n := t.n1 + t.n2
	k := t.a + t.b
	o = [4]float64{t.a, t.b, t.n1 - t.a, t.n2 - t.b}
	e = [4]float64{k * t.n1 / n, k * t.n2 / n, (n - k) * t.n1 / n, (n - k) * t.n2 / n}
	return o, e
}

// sign returns +1 if a exceeds its expectation, -1 if it falls short, 0 if equal.
func (t table2) sign() float64 {
	d := t.a*t.n2 - t.b*t.n1 // a - E11 has the sign of a·n2 - b·n1
	switch {
	case d > 0:
		return 1
	case d < 0:
		return -1
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
	_, e := t.cells()
	if min(e[0], e[1], e[2], e[3]) < 5 {
		ev |= EvidenceLowExpected
	}
	return ev
}
