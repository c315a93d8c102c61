package stats

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// The 2×2 keyness statistics of one term. Throughout, a and b are the term's counts in
// sides A and B, n1 and n2 the sides' totals, N = n1 + n2, and the table is
//
//	O11 = a        O12 = b
//	O21 = n1 - a   O22 = n2 - b
//
// with expected counts E_ij = row_i · col_j / N. A statistic is signed positive when a
// exceeds its expectation E11 = (a+b)·n1/N, that is, when the term leans to A.

// table2 is one term's 2×2 table.
type table2 struct{ a, b, n1, n2 float64 }

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

// ChiSquare returns Pearson's chi-square statistic of a term's 2×2 table (unsigned, ≥ 0):
//
//	X² = Σ (O_ij - E_ij)² / E_ij                                  (CorrectionNone)
//	X² = Σ (|O_ij - E_ij| - min(0.5, |O_ij - E_ij|))² / E_ij       (CorrectionYates: R's chisq.test)
//	X² = N (|ad - bc| - N/2)² / ((a+b)(c+d)(a+c)(b+d))             (CorrectionQuanteda)
//
// where, for CorrectionQuanteda, the Yates correction applies only when |ad - bc| >= N/2 and an
// expected count is below 5, as in quanteda.textstats' textstat_keyness (otherwise the
// uncorrected statistic). Its upper-tail p-value with 1 degree of freedom is
// erfc(sqrt(X²/2)). A table with an empty margin (the term is every token) gives 0. An
// unknown correction is an error wrapping [ErrInput].
func ChiSquare(a, b, n1, n2 int, correction Correction) (float64, error) {
	t, err := newTable2(a, b, n1, n2)
	if err != nil {
		return 0, err
	}
	switch correction {
	case CorrectionNone:
		return t.chi2(), nil
	case CorrectionYates:
		return t.chi2Yates(), nil
	case CorrectionQuanteda:
		return t.chi2Quanteda(), nil
	}
	return 0, errorf("ChiSquare correction %d (want CorrectionNone, CorrectionYates or CorrectionQuanteda)", int(correction))
}

// Correction selects the continuity correction of [ChiSquare].
type Correction int

// The corrections of [ChiSquare].
const (
	CorrectionNone     Correction = iota // no correction
	CorrectionYates                      // Yates' correction on every table, as R's chisq.test
	CorrectionQuanteda                   // Yates' correction where quanteda.textstats applies it
)

var correctionNames = [...]string{"none", "yates", "quanteda"}

// String returns the correction's name: none, yates or quanteda.
func (c Correction) String() string {
	if c >= 0 && int(c) < len(correctionNames) {
		return correctionNames[c]
	}
	return fmt.Sprintf("correction(%d)", int(c))
}

// newTable2 checks raw counts and returns their table.
func newTable2(a, b, n1, n2 int) (table2, error) {
	if err := checkTable(a, b, n1, n2); err != nil {
		return table2{}, err
	}
	return table2{float64(a), float64(b), float64(n1), float64(n2)}, nil
}

func (t table2) chi2() float64 {
	o, e := t.cells()
	x := 0.0
	for i := range o {
		if e[i] > 0 {
			d := o[i] - e[i]
			x += d * d / e[i]
		}
	}
	return x
}

func (t table2) chi2Yates() float64 {
	o, e := t.cells()
	x := 0.0
	for i := range o {
		if e[i] > 0 {
			d := math.Abs(o[i] - e[i])
			d -= min(0.5, d)
			x += d * d / e[i]
		}
	}
	return x
}

func (t table2) chi2Quanteda() float64 {
	a, b, c, d := t.a, t.b, t.n1-t.a, t.n2-t.b
	n := t.n1 + t.n2
	den := (a + b) * (c + d) * (a + c) * (b + d)
	if den == 0 {
		return 0
	}
	diff := math.Abs(a*d - b*c)
	_, e := t.cells()
	if diff >= n/2 && min(e[0], e[1], e[2], e[3]) < 5 {
		diff -= n / 2
	}
	return n * diff * diff / den
}

// LogLikelihood returns Dunning's log-likelihood ratio statistic G² of a term's 2×2 table
// (unsigned, ≥ 0, natural log):
//
//	G² = 2 Σ O_ij ln(O_ij / E_ij)        over the four cells, 0 ln 0 = 0
//
// (Dunning 1993, "Accurate methods for the statistics of surprise and coincidence",
// Computational Linguistics 19(1)). With williams, G² is divided by Williams' (1976)
// correction q = 1 + (N/(a+b) + N/(c+d) - 1)(N/(a+c) + N/(b+d) - 1) / (6N). Its p-value
// with 1 degree of freedom is erfc(sqrt(G²/2)). An empty margin gives 0.
func LogLikelihood(a, b, n1, n2 int, williams bool) (float64, error) {
	t, err := newTable2(a, b, n1, n2)
	if err != nil {
		return 0, err
	}
	if williams {
		return t.g2Williams(), nil
	}
	return t.g2(), nil
}

func (t table2) g2() float64 {
	o, e := t.cells()
	g := 0.0
	for i := range o {
		if o[i] > 0 && e[i] > 0 {
			g += o[i] * math.Log(o[i]/e[i])
		}
	}
	return max(2*g, 0)
}

func (t table2) g2Williams() float64 {
	n := t.n1 + t.n2
	r1, r2 := t.a+t.b, n-t.a-t.b
	if r1 == 0 || r2 == 0 || t.n1 == 0 || t.n2 == 0 {
		return 0
	}
	q := 1 + (n/r1+n/r2-1)*(n/t.n1+n/t.n2-1)/(6*n)
	return t.g2() / q
}

// LogLikelihood2 returns the two-term log-likelihood of the UCREL log-likelihood calculator
// (Rayson & Garside 2000, "Comparing corpora using frequency profiling"), unsigned, natural
// log:
//
//	E1 = n1 (a+b) / N,  E2 = n2 (a+b) / N
//	LL = 2 (a ln(a/E1) + b ln(b/E2)),  0 ln 0 = 0
//
// It omits the two cells of the other words, so it is smaller than G² for frequent words.
func LogLikelihood2(a, b, n1, n2 int) (float64, error) {
	t, err := newTable2(a, b, n1, n2)
	if err != nil {
		return 0, err
	}
	return t.g2TwoTerm(), nil
}

func (t table2) g2TwoTerm() float64 {
	n := t.n1 + t.n2
	e1, e2 := t.n1*(t.a+t.b)/n, t.n2*(t.a+t.b)/n
	g := 0.0
	if t.a > 0 {
		g += t.a * math.Log(t.a/e1)
	}
	if t.b > 0 {
		g += t.b * math.Log(t.b/e2)
	}
	return max(2*g, 0)
}

// LogRatio returns Hardie's Log Ratio, the binary log of the ratio of the term's relative
// frequencies (Hardie 2014, "Log Ratio: an informal introduction", CASS):
//
//	LR = log2((a/n1) / (b/n2)),  a zero count replaced by 0.5
//
// Each unit is a doubling; 0 means equal frequency. It is finite for any counts.
func LogRatio(a, b, n1, n2 int) (float64, error) {
	t, err := newTable2(a, b, n1, n2)
	if err != nil {
		return 0, err
	}
	return t.logRatio(), nil
}

func (t table2) logRatio() float64 {
	a, b := t.a, t.b
	if a == 0 {
		a = 0.5
	}
	if b == 0 {
		b = 0.5
	}
	return math.Log2((a / t.n1) / (b / t.n2))
}

// LogRatioConservative returns Evert's conservative Log Ratio (LRC, as in CQPweb): the
// bound nearest zero of a (1-alpha) confidence interval for the Log Ratio, or 0 if the
// interval contains 0. The interval comes from the Clopper–Pearson exact interval
// [p_lo, p_hi] for the binomial proportion p = a/(a+b) of the term's occurrences that fall
// in A:
//
//	bound = log2(p/(1-p) · n2/n1)  at p_lo and p_hi,  p_lo = Beta(a, b+1) quantile alpha/2,
//	                                                 p_hi = Beta(a+1, b) quantile 1-alpha/2
//
// Pass alpha divided by the number of terms compared to correct for multiple tests.
func LogRatioConservative(a, b, n1, n2 int, alpha float64) (float64, error) {
	if !(alpha > 0 && alpha < 1) {
		return 0, errorf("LogRatioConservative alpha = %v (want 0 < alpha < 1)", alpha)
	}
	t, err := newTable2(a, b, n1, n2)
	if err != nil {
		return 0, err
	}
	return t.lrc(alpha), nil
}

func (t table2) lrc(alpha float64) float64 {
	// Both bounds come from lower-tail quantiles (the upper bound through the symmetry
	// 1 - Beta(a+1, b)⁻¹(1-α/2) = Beta(b, a+1)⁻¹(α/2)), so nothing is computed as a small
	// difference of numbers near 1; where a count is zero the quantile has a closed form.
	la := math.Log(alpha / 2)
	scale := math.Log2(t.n2 / t.n1)
	if t.a > 0 {
		// p_lo/(1-p_lo) with p_lo = Beta(a, b+1)⁻¹(α/2).
		var lr float64
		if t.b == 0 {
			lr = -math.Log2(math.Expm1(-la/t.a)) + scale // p_lo = (α/2)^(1/a)
		} else {
			x := betaLowerQuantile(alpha/2, t.a, t.b+1)
			lr = math.Log2(x) - math.Log1p(-x)/math.Ln2 + scale
		}
		if lr > 0 {
			return lr
		}
	}
	if t.b > 0 {
		// p_hi/(1-p_hi) = (1-y)/y with y = 1-p_hi = Beta(b, a+1)⁻¹(α/2).
		var lr float64
		if t.a == 0 {
			lr = math.Log2(math.Expm1(-la/t.b)) + scale // y = (α/2)^(1/b)
		} else {
			y := betaLowerQuantile(alpha/2, t.b, t.a+1)
			lr = math.Log1p(-y)/math.Ln2 - math.Log2(y) + scale
		}
		if lr < 0 {
			return lr
		}
	}
	return 0
}

// betaLowerQuantile returns the q quantile of the Beta(a, b) distribution, for whole a and
// b ≥ 1 and q < 1/2: gonum's estimate (about 1e-9 relative in the tails) polished by Newton
// steps on an accurate regularized incomplete beta function (see regIncBeta), which bring
// it to about 1e-14 relative.
func betaLowerQuantile(q, a, b float64) float64 {
	x := distuv.Beta{Alpha: a, Beta: b}.Quantile(q)
	for range 4 {
		if !(x > 0 && x < 1) {
			break
		}
		f, pdf := regIncBeta(int(a), int(b), x)
		dx := (f - q) / pdf
		next := x - dx
		if !(next > 0 && next < 1) || pdf == 0 {
			break
		}
		x = next
		if math.Abs(dx) <= 1e-15*x {
			break
		}
	}
	return x
}

// regIncBeta returns the regularized incomplete beta function I_x(a, b) for whole a, b ≥ 1,
// and the Beta(a, b) density at x. The prefactor x^a (1-x)^b / B(a, b) is computed as
// a · dbinom(a; a+b-1, x) · (1-x) by Loader's saddle-point method (see logBinomRaw), which
// keeps its relative accuracy for counts in the millions where differences of log-gamma
// functions lose it; the rest is the usual continued fraction (modified Lentz), evaluated
// on the side of the mean where it converges quickly.
func regIncBeta(a, b int, x float64) (value, pdf float64) {
	fa, fb := float64(a), float64(b)
	logD := logBinomRaw(a, a+b-1, x, 1-x) // ln dbinom(a; a+b-1, x)
	pdf = fa * math.Exp(logD) / x
	if x < (fa+1)/(fa+fb+2) {
		return math.Exp(logD) * (1 - x) * betaCF(fa, fb, x), pdf
	}
	// I_x(a, b) = 1 - I_{1-x}(b, a); the prefactor is symmetric.
	pre := fa * math.Exp(logD) * (1 - x) / fb
	return 1 - pre*betaCF(fb, fa, 1-x), pdf
}

// betaCF evaluates the continued fraction of the incomplete beta function by the modified
// Lentz method (Press et al., Numerical Recipes, 3rd ed., §6.4).
func betaCF(a, b, x float64) float64 {
	const tiny = 1e-300
	qab, qap, qam := a+b, a+1, a-1
	c, d := 1.0, 1-qab*x/qap
	if math.Abs(d) < tiny {
		d = tiny
	}
	d = 1 / d
	h := d
	step := func(aa float64) float64 {
		d = 1 + aa*d
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = 1 + aa/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		return d * c
	}
	for m := 1.0; m < 1e7; m++ {
		m2 := 2 * m
		h *= step(m * (b - m) * x / ((qam + m2) * (a + m2)))
		del := step(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)))
		h *= del
		if math.Abs(del-1) < 1e-16 {
			break
		}
	}
	return h
}

// PMI returns pointwise mutual information as quanteda.textstats defines it for keyness:
//
//	PMI = ln(a / E11 + 1e-9)
//
// It is positive when the term is over-represented in A, and about -20.7 when a = 0.
func PMI(a, b, n1, n2 int) (float64, error) {
	t, err := newTable2(a, b, n1, n2)
	if err != nil {
		return 0, err
	}
	return t.pmi(), nil
}

func (t table2) pmi() float64 {
	_, e := t.cells()
	return math.Log(t.a/e[0] + 1e-9)
}

// PercentDiff returns %DIFF (Gabrielatos & Marchi 2012, "Keyness: appropriate metrics and
// practical issues"), from frequencies per million words:
//
//	%DIFF = (f_A - f_B) / f_B · 100,  f = count · 1e6 / size,  f_B = 1e-18 when b = 0
//
// It lies in [-100, ∞): -100 for a term absent from A (exactly: the ratio is divided
// before it is scaled), very large for one absent from B.
func PercentDiff(a, b, n1, n2 int) (float64, error) {
	t, err := newTable2(a, b, n1, n2)
	if err != nil {
		return 0, err
	}
	return t.percentDiff(), nil
}

func (t table2) percentDiff() float64 {
	fa, fb := t.a*1e6/t.n1, t.b*1e6/t.n2
	if fb == 0 {
		fb = 1e-18
	}
	return (fa - fb) / fb * 100
}

// errorf returns an error wrapping ErrInput.
func errorf(format string, args ...any) error {
	return fmt.Errorf("stats: "+format+": %w", append(args, ErrInput)...)
}

// checkTable checks the counts of a term's 2×2 table.
func checkTable(a, b, n1, n2 int) error {
	switch {
	case n1 <= 0 || n2 <= 0:
		return errorf("side sizes n1 = %d, n2 = %d (want > 0)", n1, n2)
	case a < 0 || b < 0:
		return errorf("counts a = %d, b = %d (want >= 0)", a, b)
	case a > n1 || b > n2:
		return errorf("counts a = %d, b = %d exceed the sides' sizes %d and %d", a, b, n1, n2)
	case float64(n1)+float64(n2) > 1<<53:
		return errorf("sides of %d and %d exceed 2^53, where counts lose precision", n1, n2)
	}
	return nil
}

// ChiSquareP returns the upper-tail probability of a chi-square variable with 1 degree of
// freedom, erfc(√(x/2)): the p-value of the 2×2 statistics, accurate far into the tail; 1
// for x <= 0 or NaN.
func ChiSquareP(x float64) float64 {
	if !(x > 0) {
		return 1
	}
	return math.Erfc(math.Sqrt(x / 2))
}
