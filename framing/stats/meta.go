// Package stats holds framediff's pure count statistics, which need no text:
//
//   - one term's 2×2 table (its count a in side A of n1 words, b in side B of n2): Pearson's
//     chi-square with three continuity conventions ([ChiSquare]), Dunning's log-likelihood
//     G² ([LogLikelihood], [LogLikelihood2]), Fisher's exact test ([FisherExact],
//     [FisherExactLog]), Hardie's Log Ratio and Evert's conservative LRC ([LogRatio],
//     [LogRatioConservative]), quanteda's PMI ([PMI]) and %DIFF ([PercentDiff]);
//   - p-value adjustment for many terms ([AdjustP]: Bonferroni, Holm, Benjamini–Hochberg,
//     Benjamini–Yekutieli, as R's p.adjust);
//   - pooling one term's tables across events: fixed and random effects with
//     heterogeneity ([RandomEffects]: DerSimonian–Laird, REML, Paule–Mandel,
//     Knapp–Hartung, Q, I², prediction intervals) and Mantel–Haenszel with the
//     Cochran–Mantel–Haenszel and Tarone tests ([MantelHaenszel]).
//
// Package framing applies them to every term of two profiles. Every figure is tested
// against independent implementations: scipy, R and mpmath for the 2×2 statistics
// (testdata/keyness-2x2.json, lrc-mpmath.py), R's p.adjust (testdata/p-adjust.json), and R's
// metafor 3.8 (Viechtbauer 2010) and mantelhaen.test for the pooling
// (testdata/meta-analysis.json, meta-edge-metafor.json): closed forms to 1e-9 relative, the
// iterative τ² estimators to 1e-6 (metafor stops its iterations earlier than we do); and
// REML against the global maximum of the restricted likelihood computed with mpmath at 50
// digits (testdata/reml-mpmath.json) to 1e-10.
package stats

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// ErrInput is returned for tables or estimates that cannot be pooled: no events, negative
// or inconsistent counts, non-finite values, non-positive variances.
var ErrInput = errors.New("stats: invalid input")

// A Table is one event's 2×2 table for one term: A occurrences of the term among N1 counted
// words of side A, B among N2 of side B. As a 2×2 table it is (A, N1−A; B, N2−B).
type Table struct {
	A, N1, B, N2 int64
}

func (t Table) check() error {
	if t.A < 0 || t.B < 0 || t.A > t.N1 || t.B > t.N2 || t.N1 <= 0 || t.N2 <= 0 {
		return fmt.Errorf("%w: table %+v (want 0 <= A <= N1, 0 <= B <= N2, N1 and N2 > 0)", ErrInput, t)
	}
	return nil
}

// cells returns the four cells a, b, c, d of the table (A, N1−A; B, N2−B) in metafor's
// names (ai, bi, ci, di).
func (t Table) cells() (a, b, c, d float64) {
	return float64(t.A), float64(t.N1 - t.A), float64(t.B), float64(t.N2 - t.B)
}

// LogOddsRatio returns the table's log odds ratio (natural log) and its large-sample
// variance (Woolf 1955):
//
//	y = ln(a·d / (b·c)),  v = 1/a + 1/b + 1/c + 1/d
//
// for cells (a, b; c, d) = (A, N1−A; B, N2−B). A table with a zero cell gets 1/2 added to
// each of its four cells first (the Haldane–Anscombe correction, as metafor's escalc
// with add = 1/2, to = "only0"), so y and v are always finite.
func LogOddsRatio(t Table) (y, v float64, err error) {
	if err := t.check(); err != nil {
		return 0, 0, err
	}
	a, b, c, d := t.cells()
	if a == 0 || b == 0 || c == 0 || d == 0 {
		a, b, c, d = a+0.5, b+0.5, c+0.5, d+0.5
	}
	return math.Log((a * d) / (b * c)), 1/a + 1/b + 1/c + 1/d, nil
}

// Tau2Method is the estimator of the between-event variance τ².
type Tau2Method int

const (
	// REML is restricted maximum likelihood (Viechtbauer 2005): the τ² ≥ 0 where the
	// restricted likelihood is highest, to machine precision, and 0 exactly where it falls
	// from τ² = 0. The likelihood can have two peaks, so every peak is bracketed on a grid
	// of τ² and refined by Fisher scoring, and the highest is kept. (metafor's Fisher
	// scoring climbs from one start and may stop on the lower peak, and it stops once τ²
	// changes by less than 1e-5: on small τ² its value can be several percent off, and it
	// can stop just above 0 where the maximum is at 0.) The default, as in metafor, and
	// among the estimators recommended by Veroniki et al. (2016, Research Synthesis
	// Methods 7:55–79) for its smaller bias than DL when events are few.
	REML Tau2Method = iota
	// DerSimonianLaird is the method-of-moments estimator of DerSimonian & Laird (1986,
	// Controlled Clinical Trials 7:177–188): τ² = max(0, (Q − (k−1)) / (Σw − Σw²/Σw)),
	// with fixed-effect weights w = 1/v. Closed form, so the fastest.
	DerSimonianLaird
	// PauleMandel is the generalized Q estimator of Paule & Mandel (1982, J. Res. NBS
	// 87:377–385): the τ² ≥ 0 at which Q with weights 1/(v+τ²) equals k−1 (0 if Q is
	// below k−1 already), found by bisection to machine precision. (metafor's root finder
	// stops up to 2e-5 away from the root in our reference scenarios; the two agree to
	// that, and every other figure agrees to 1e-9 given metafor's τ².)
	PauleMandel
)

var tau2Names = [...]string{REML: "reml", DerSimonianLaird: "dl", PauleMandel: "pm"}

// String returns the method's short name: reml, dl or pm.
func (m Tau2Method) String() string {
	if m < 0 || int(m) >= len(tau2Names) {
		return fmt.Sprintf("Tau2Method(%d)", int(m))
	}
	return tau2Names[m]
}

// MarshalText writes the method by name.
func (m Tau2Method) MarshalText() ([]byte, error) {
	if m < 0 || int(m) >= len(tau2Names) {
		return nil, fmt.Errorf("%w: Tau2Method(%d)", ErrInput, int(m))
	}
	return []byte(m.String()), nil
}

// UnmarshalText reads a method by name.
func (m *Tau2Method) UnmarshalText(b []byte) error {
	for i, n := range tau2Names {
		if n == string(b) {
			*m = Tau2Method(i)
			return nil
		}
	}
	return fmt.Errorf("%w: τ² method %q (want reml, dl or pm)", ErrInput, b)
}

// MetaOptions tunes [RandomEffects]. The zero value is the documented default.
type MetaOptions struct {
	// Method estimates τ² (default REML).
	Method Tau2Method `json:"method"`
	// KnappHartung uses the Knapp & Hartung (2003, Statistics in Medicine 22:2693–2710)
	// standard error, √(Σw*(y−μ)² / ((k−1)Σw*)), with t intervals and p-values on k−1
	// degrees of freedom (metafor's test = "knha", without truncating the factor at 1).
	// Where the estimates are all equal, Σw*(y−μ)² and so the standard error are 0: the
	// interval is the estimate alone, Z is ±math.MaxFloat64 and P 0 (metafor: ±Inf and
	// 0), or Z 0 and P 1 if the estimate is 0 too (metafor: NaN). Estimates that are
	// nearly equal give a tiny standard error and a huge Z likewise: with few events, the
	// Knapp–Hartung interval is only as good as the spread of the estimates.
	KnappHartung bool `json:"knapp_hartung"`
}

// Meta is a random-effects pooling of k estimates, with its heterogeneity.
type Meta struct {
	K int `json:"k"` // the number of estimates (events)
	// Estimate is the random-effects pooled value μ = Σw*y/Σw* with w* = 1/(v+τ²); SE its
	// standard error (1/√Σw*, or the Knapp–Hartung one), Z = Estimate/SE (a t statistic with
	// KnappHartung), P its two-sided p-value, Low and High the 95% interval.
	Estimate float64 `json:"estimate"`
	SE       float64 `json:"se"`
	Z        float64 `json:"z"`
	P        float64 `json:"p"`
	Low      float64 `json:"low"`
	High     float64 `json:"high"`
	// PredLow and PredHigh bound the 95% prediction interval, where the value in a new
	// event is expected to fall: μ ± q·√(SE² + τ²), q the normal quantile (the t quantile
	// on k−1 df with KnappHartung), as metafor's predict.rma. With τ² = 0 it equals the
	// interval of the mean.
	PredLow  float64 `json:"pred_low"`
	PredHigh float64 `json:"pred_high"`
	// Tau2 is the between-event variance τ² (≥ 0).
	Tau2 float64 `json:"tau2"`
	// Q is Cochran's heterogeneity statistic Σw(y−ȳ_FE)² with fixed-effect weights
	// w = 1/v, and QP its p-value on k−1 degrees of freedom (chi-square).
	Q  float64 `json:"q"`
	QP float64 `json:"q_p"`
	// I2 is the share of the total variance due to heterogeneity, in percent: 100·τ²/(τ²+s²)
	// with s² = (k−1)Σw/((Σw)²−Σw²) the typical within-event variance (Higgins & Thompson
	// 2002, Statistics in Medicine 21:1539–1558; for DL it equals 100·(Q−(k−1))/Q). H2 =
	// (τ²+s²)/s² (1 when homogeneous).
	I2 float64 `json:"i2"`
	H2 float64 `json:"h2"`
	// FixedEstimate and FixedSE are the fixed-effect (inverse-variance) pooling
	// Σwy/Σw and 1/√Σw.
	FixedEstimate float64     `json:"fixed_estimate"`
	FixedSE       float64     `json:"fixed_se"`
	Options       MetaOptions `json:"options"`
}

// RandomEffects pools estimates y with within-event variances v (as [LogOddsRatio] gives
// them) under the random-effects model y_i ~ N(μ, v_i + τ²). One estimate has no
// heterogeneity to estimate: τ², Q, I² are 0, H2 is 1, and the result is that estimate.
// The iterative τ² estimators (REML, Paule–Mandel) are solved to machine precision.
func RandomEffects(y, v []float64, opts *MetaOptions) (Meta, error) {
	return randomEffects(y, v, opts, -1)
}

// randomEffects is RandomEffects with τ² given (if >= 0) rather than estimated.
func randomEffects(y, v []float64, opts *MetaOptions, givenTau2 float64) (Meta, error) {
	var o MetaOptions
	if opts != nil {
		o = *opts
	}
	m := Meta{K: len(y), Options: o}
	if len(y) == 0 || len(v) != len(y) {
		return m, fmt.Errorf("%w: %d estimates and %d variances", ErrInput, len(y), len(v))
	}
	if _, err := o.Method.MarshalText(); err != nil {
		return m, err
	}
	for i := range y {
		if math.IsNaN(y[i]) || math.IsInf(y[i], 0) || !(v[i] > 0) || math.IsInf(v[i], 0) {
			return m, fmt.Errorf("%w: estimate %d is %g with variance %g", ErrInput, i, y[i], v[i])
		}
	}
	k := float64(len(y))
	// Fixed effect and Q.
	var sw, sw2, swy float64
	for i := range y {
		w := 1 / v[i]
		sw += w
		sw2 += w * w
		swy += w * y[i]
	}
	m.FixedEstimate, m.FixedSE = swy/sw, math.Sqrt(1/sw)
	for i := range y {
		d := y[i] - m.FixedEstimate
		m.Q += d * d / v[i]
	}
	m.QP = 1
	if len(y) > 1 {
		m.QP = distuv.ChiSquared{K: k - 1}.Survival(m.Q)
		switch {
		case givenTau2 >= 0:
			m.Tau2 = givenTau2
		case o.Method == DerSimonianLaird:
			m.Tau2 = max(0, (m.Q-(k-1))/(sw-sw2/sw))
		case o.Method == PauleMandel:
			m.Tau2 = pauleMandel(y, v)
		default:
			m.Tau2 = reml(y, v)
		}
	}
	// Random-effects pooling.
	var sws, swsy float64
	for i := range y {
		w := 1 / (v[i] + m.Tau2)
		sws += w
		swsy += w * y[i]
	}
	m.Estimate, m.SE = swsy/sws, math.Sqrt(1/sws)
	quantile := distuv.UnitNormal.Quantile(0.975)
	if o.KnappHartung && len(y) > 1 {
		var q float64
		for i := range y {
			d := y[i] - m.Estimate
			q += d * d / (v[i] + m.Tau2)
		}
		m.SE = math.Sqrt(q / ((k - 1) * sws))
		t := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: k - 1}
		quantile = t.Quantile(0.975)
		m.Z = m.Estimate / m.SE
		m.P = 2 * t.Survival(math.Abs(m.Z))
	} else {
		m.Z = m.Estimate / m.SE
		m.P = math.Erfc(math.Abs(m.Z) / math.Sqrt2)
	}
	if m.SE == 0 { // Knapp–Hartung with estimates all equal (see MetaOptions)
		m.Z, m.P = 0, 1
		if m.Estimate != 0 {
			m.Z, m.P = math.Copysign(math.MaxFloat64, m.Estimate), 0
		}
	}
	m.Low, m.High = m.Estimate-quantile*m.SE, m.Estimate+quantile*m.SE
	half := quantile * math.Sqrt(m.SE*m.SE+m.Tau2)
	m.PredLow, m.PredHigh = m.Estimate-half, m.Estimate+half
	m.H2 = 1
	if len(y) > 1 {
		s2 := (k - 1) * sw / (sw*sw - sw2)
		m.I2 = 100 * m.Tau2 / (m.Tau2 + s2)
		m.H2 = (m.Tau2 + s2) / s2
	}
	return m, nil
}

// generalizedQ returns Σ(y−μ)²/(v+τ²) with μ the weighted mean under τ².
func generalizedQ(y, v []float64, tau2 float64) float64 {
	var sw, swy float64
	for i := range y {
		w := 1 / (v[i] + tau2)
		sw += w
		swy += w * y[i]
	}
	mu := swy / sw
	var q float64
	for i := range y {
		d := y[i] - mu
		q += d * d / (v[i] + tau2)
	}
	return q
}

// pauleMandel solves generalizedQ(τ²) = k−1 for τ² ≥ 0 by bisection; the function
// decreases in τ².
func pauleMandel(y, v []float64) float64 {
	target := float64(len(y) - 1)
	if generalizedQ(y, v, 0) <= target {
		return 0
	}
	lo, hi := 0.0, 1.0
	for generalizedQ(y, v, hi) > target {
		lo, hi = hi, 2*hi
		if hi > 1e300 {
			return hi
		}
	}
	for i := 0; i < 200 && hi-lo > 1e-15*hi; i++ {
		mid := lo + (hi-lo)/2
		if generalizedQ(y, v, mid) > target {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + (hi-lo)/2
}

// reml returns the restricted maximum-likelihood τ²: the global maximum over τ² ≥ 0 of
// the restricted log-likelihood (Viechtbauer 2005, J. Educ. Behav. Stat. 30:261–293;
// without its constant −(k−1)/2·ln 2π)
//
//	ℓ(τ²) = −½ [Σ ln(v+τ²) + ln Σw + Σw(y−μ)²],   w = 1/(v+τ²), μ = Σwy/Σw,
//
// whose derivative is U/2 with the score
//
//	U(τ²) = Σw²(y−μ)² − tr P,   tr P = Σw − Σw²/Σw.
//
// ℓ can have more than one peak, and a climb from one start (metafor's Fisher scoring from
// its starting value) can stop at a lower one. Every maximum lies in [0, B] with
// B = max(v_max, 4kR²/(k−1)), R = max y − min y, since U < 0 beyond B (|y−μ| ≤ R bounds
// the first sum by kR²w_max², tr P ≥ (k−1)w_min²/w_max, and w_max ≤ 2w_min for τ² ≥ v_max).
// So U is evaluated at 0 and on a grid of remlGridPerDecade points a decade from v_min/10
// up to B (below v_min/10 every w changes by less than 10%); a change of sign from + to −
// between two neighbours brackets a maximum, found to machine precision by Fisher scoring
// kept inside the bracket; 0 is a maximum when U(0) ≤ 0, and then τ² is 0 exactly. The
// maximum with the highest ℓ is returned. A peak that rises and falls again within one
// grid cell (a factor 10^(1/8) in τ²), between two points where U has the same sign,
// would be missed; such a peak rises little above its cell's ends. The scan costs about
// 8·log10(10·B/v_min) evaluations of U, each one pass over the k estimates.
func reml(y, v []float64) float64 {
	k := float64(len(y))
	ymin, ymax, vmin, vmax := y[0], y[0], v[0], v[0]
	for i := range y {
		ymin, ymax = min(ymin, y[i]), max(ymax, y[i])
		vmin, vmax = min(vmin, v[i]), max(vmax, v[i])
	}
	r := ymax - ymin
	if r == 0 {
		return 0 // U = −tr P < 0 everywhere
	}
	bound := max(vmax, 4*k*r*r/(k-1))
	best, bestLL := -1.0, math.Inf(-1)
	consider := func(tau2 float64) {
		if ll := restrictedLogLik(y, v, tau2); ll > bestLL {
			best, bestLL = tau2, ll
		}
	}
	if remlScore(y, v, 0) <= 0 {
		consider(0)
	}
	// The scan's scores in one pass over the events (the exact two-pass form refines the
	// brackets), with y centred so that the sums of squares do not cancel much.
	centred := make([]float64, len(y))
	for i := range y {
		centred[i] = y[i] - (ymin+ymax)/2
	}
	prev, uPrev := 0.0, remlScanScore(centred, v, 0)
	step := math.Pow(10, 1.0/remlGridPerDecade)
	for t := vmin / 10; prev < bound; t *= step {
		t = min(t, bound)
		u := remlScanScore(centred, v, t)
		if uPrev > 0 && u <= 0 {
			consider(remlRoot(y, v, prev, t))
		}
		prev, uPrev = t, u
	}
	if best < 0 { // not reached: U(bound) < 0, so a maximum was bracketed
		return 0
	}
	return best
}

// remlGridPerDecade is the density of reml's grid of τ².
const remlGridPerDecade = 8

// restrictedLogLik returns reml's ℓ(τ²).
func restrictedLogLik(y, v []float64, tau2 float64) float64 {
	var sw, swy, logs float64
	for i := range y {
		w := 1 / (v[i] + tau2)
		sw += w
		swy += w * y[i]
		logs += math.Log(v[i] + tau2)
	}
	mu := swy / sw
	var q float64
	for i := range y {
		d := y[i] - mu
		q += d * d / (v[i] + tau2)
	}
	return -(logs + math.Log(sw) + q) / 2
}

// remlScanScore returns reml's score U(τ²) from sums in one pass: Σw²(y−μ)² =
// Σw²y² − 2μΣw²y + μ²Σw².
func remlScanScore(y, v []float64, tau2 float64) float64 {
	var sw, swy, sw2, sw2y, sw2y2 float64
	for i, yi := range y {
		w := 1 / (v[i] + tau2)
		w2 := w * w
		sw += w
		swy += w * yi
		sw2 += w2
		sw2y += w2 * yi
		sw2y2 += w2 * yi * yi
	}
	mu := swy / sw
	return sw2y2 - 2*mu*sw2y + mu*mu*sw2 - sw + sw2/sw
}

// remlScore returns reml's score U(τ²).
func remlScore(y, v []float64, tau2 float64) float64 {
	u, _ := remlScoreInfo(y, v, tau2)
	return u
}

// remlScoreInfo returns the score U(τ²) and the Fisher information tr P², where
// tr P² = Σw² − 2Σw³/Σw + (Σw²/Σw)², so that U/tr P² is a Fisher scoring step.
func remlScoreInfo(y, v []float64, tau2 float64) (u, info float64) {
	var sw, sw2, sw3, swy float64
	for i := range y {
		w := 1 / (v[i] + tau2)
		sw += w
		sw2 += w * w
		sw3 += w * w * w
		swy += w * y[i]
	}
	mu := swy / sw
	var sr float64
	for i := range y {
		w := 1 / (v[i] + tau2)
		d := y[i] - mu
		sr += w * w * d * d
	}
	return sr - (sw - sw2/sw), sw2 - 2*sw3/sw + (sw2/sw)*(sw2/sw)
}

// remlRoot returns the root of the score between lo and hi, where it falls from positive
// to at most 0: Fisher scoring, with a bisection wherever a step would leave the bracket,
// until a step or the bracket is within a few ulps of τ².
func remlRoot(y, v []float64, lo, hi float64) float64 {
	x := lo + (hi-lo)/2
	for range 500 {
		u, info := remlScoreInfo(y, v, x)
		if u == 0 {
			return x
		}
		if u > 0 {
			lo = x
		} else {
			hi = x
		}
		next := x + u/info
		if !(next > lo && next < hi) {
			next = lo + (hi-lo)/2
		}
		if math.Abs(next-x) <= 4e-16*x || hi-lo <= 4e-16*hi {
			return next
		}
		x = next
	}
	return x
}

// MH is a Mantel–Haenszel pooling of 2×2 tables.
type MH struct {
	// LogOR is the Mantel–Haenszel log odds ratio ln(Σ a·d/n / Σ b·c/n), SE its
	// Robins–Breslow–Greenland (1986, Biometrics 42:311–323) standard error, Z = LogOR/SE
	// and P its two-sided normal p-value. No continuity correction is applied (as
	// metafor's rma.mh); a pooled table with Σ a·d/n or Σ b·c/n equal to 0 is an error.
	LogOR float64 `json:"log_or"`
	SE    float64 `json:"se"`
	Z     float64 `json:"z"`
	P     float64 `json:"p"`
	// CMH is the Cochran–Mantel–Haenszel test statistic of a common odds ratio of 1, with
	// the continuity correction (Mantel & Haenszel 1959):
	//
	//	CMH = max(0, |Σ(a − E a)| − 1/2)² / Σ Var a,
	//	E a = n1·m1/n,  Var a = n1·n2·m1·m0/(n²(n−1)),  m1 = a + c,  m0 = b + d,
	//
	// and CMHP its p-value (chi-square, 1 df). Tables with n = 1 add nothing. The correction
	// moves the deviation 1/2 toward 0 and stops there: a deviation below 1/2, as close to
	// the expectation as the counts allow, gives 0 (P 1), and CMH never grows as the
	// deviation shrinks. For deviations of 1/2 or more this is R's mantelhaen.test; below,
	// mantelhaen.test drops the correction (d²/Σ Var a, larger than at d = 1/2), and
	// metafor's rma.mh squares |d| − 1/2 as it is, so that counts exactly at their
	// expectation give its largest value (metafor also divides by n³ where mantelhaen.test
	// and we divide by n²(n−1)).
	CMH  float64 `json:"cmh"`
	CMHP float64 `json:"cmh_p"`
	// Tarone is the Breslow–Day statistic of homogeneous odds ratios with Tarone's (1985,
	// Biometrika 72:91–95) correction, over the k′ tables where the term occurs (a + c > 0:
	// in the others the first cell is fixed at 0 and says nothing of heterogeneity), on
	// k′−1 degrees of freedom, as metafor's rma.mh (its k.pos); TaroneP its p-value. It is
	// 0 (P 1) with fewer than two such tables.
	Tarone  float64 `json:"tarone"`
	TaroneP float64 `json:"tarone_p"`
}

// MantelHaenszel pools tables with the Mantel–Haenszel estimator and its tests (see [MH]).
func MantelHaenszel(tables []Table) (MH, error) {
	var out MH
	if len(tables) == 0 {
		return out, fmt.Errorf("%w: no tables", ErrInput)
	}
	var r, s, pr, ps, qs float64
	var dev, variance float64
	for _, t := range tables {
		if err := t.check(); err != nil {
			return out, err
		}
		a, b, c, d := t.cells()
		n := a + b + c + d
		R, S := a*d/n, b*c/n
		P, Q := (a+d)/n, (b+c)/n
		r, s = r+R, s+S
		pr, ps, qs = pr+P*R, ps+P*S+Q*R, qs+Q*S
		n1, n2, m1, m0 := a+b, c+d, a+c, b+d
		if n > 1 {
			dev += a - n1*m1/n
			variance += n1 * n2 * m1 * m0 / (n * n * (n - 1))
		}
	}
	if r == 0 || s == 0 {
		return out, fmt.Errorf("%w: the Mantel–Haenszel odds ratio is 0 or infinite (Σad/n = %g, Σbc/n = %g)", ErrInput, r, s)
	}
	out.LogOR = math.Log(r / s)
	out.SE = math.Sqrt(pr/(2*r*r) + ps/(2*r*s) + qs/(2*s*s))
	out.Z = out.LogOR / out.SE
	out.P = math.Erfc(math.Abs(out.Z) / math.Sqrt2)
	out.CMHP = 1
	if variance > 0 {
		d := max(0, math.Abs(dev)-0.5)
		out.CMH = d * d / variance
		out.CMHP = distuv.ChiSquared{K: 1}.Survival(out.CMH)
	}
	out.Tarone, out.TaroneP, _ = Tarone(tables, out.LogOR)
	return out, nil
}

// Tarone returns the Breslow–Day statistic of homogeneous odds ratios across tables, with
// Tarone's correction, given the common log odds ratio (the Mantel–Haenszel one, as in
// [MH]), and its p-value on k′−1 degrees of freedom, k′ the tables where the term occurs
// (see [MH]): 0 and 1 with fewer than two such tables.
func Tarone(tables []Table, logOR float64) (stat, p float64, err error) {
	if math.IsNaN(logOR) || math.IsInf(logOR, 0) {
		return 0, 1, fmt.Errorf("%w: common log odds ratio %g", ErrInput, logOR)
	}
	for _, t := range tables {
		if err := t.check(); err != nil {
			return 0, 1, err
		}
	}
	stat, k := tarone(tables, math.Exp(logOR))
	if k < 2 {
		return 0, 1, nil
	}
	return stat, distuv.ChiSquared{K: float64(k - 1)}.Survival(stat), nil
}

// tarone returns the Breslow–Day statistic with Tarone's correction for a common odds
// ratio psi, and the number of tables it is over: those whose four cells fitted under psi
// are all positive (a table where the term does not occur, a + c = 0, has none: its first
// cell is fixed at 0).
func tarone(tables []Table, psi float64) (stat float64, k int) {
	var bd, sumA, sumE, sumV float64
	for _, t := range tables {
		a, b, c, d := t.cells()
		n1, n2, m1 := a+b, c+d, a+c
		e := expectedA(n1, n2, m1, psi)
		// Cells under the common odds ratio, margins fixed.
		eb, ec, ed := n1-e, m1-e, n2-m1+e
		if !(e > 0 && eb > 0 && ec > 0 && ed > 0) {
			continue
		}
		vr := 1 / (1/e + 1/eb + 1/ec + 1/ed)
		bd += (a - e) * (a - e) / vr
		sumA += a
		sumE += e
		sumV += vr
		k++
	}
	if sumV > 0 {
		bd -= (sumA - sumE) * (sumA - sumE) / sumV
	}
	return max(0, bd), k
}

// expectedA returns the expected first cell of a table with row totals n1, n2 and first
// column total m1 whose odds ratio is psi: the root in [max(0, m1−n2), min(n1, m1)] of
// x(n2−m1+x) = psi·(n1−x)(m1−x).
func expectedA(n1, n2, m1, psi float64) float64 {
	lo, hi := max(0, m1-n2), min(n1, m1)
	if lo == hi {
		return lo
	}
	// (1−psi)x² + (n2−m1 + psi(n1+m1))x − psi·n1·m1 = 0
	qa := 1 - psi
	qb := n2 - m1 + psi*(n1+m1)
	qc := -psi * n1 * m1
	var x float64
	if math.Abs(qa) < 1e-12*math.Abs(qb) {
		x = -qc / qb
	} else {
		disc := math.Sqrt(qb*qb - 4*qa*qc)
		// The stable form of the root with the + sign.
		if qb >= 0 {
			x = 2 * qc / (-qb - disc)
		} else {
			x = (-qb + disc) / (2 * qa)
		}
	}
	return min(hi, max(lo, x))
}
