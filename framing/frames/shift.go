package frames

// shift.go: a test of the assumption under SLD, Mixture, ACC and PACC, that a group's
// documents differ from the coded ones only in how often they carry the frame (prior
// shift, also called label shift).
//
// Under prior shift the documents with the frame score as the coded documents with the
// frame do, and those without as those without, so the distribution of a group's scores
// is a mixture of the two coded distributions:
//
//	G(s) = θ·F₁(s) + (1 − θ)·F₀(s)
//
// G the group's empirical distribution function of the model's scores (logits), F₁ and F₀
// those of the coded documents' out-of-fold scores with and without the frame, θ the
// group's share. The test measures how far the group's scores are from the closest such
// mixture, in the Kolmogorov–Smirnov distance:
//
//	D = min over θ in [0, 1] of sup_s |G(s) − θ·F₁(s) − (1 − θ)·F₀(s)|
//
// (a minimum-distance fit: Wolfowitz 1957, "The minimum distance method", Annals of
// Mathematical Statistics 28(1)). D does not depend on the calibration (a monotone map of
// the scores). When the documents are unlike the coded ones (another topic, another genre,
// texts of a few words), their scores take a shape no mixture has, D is large, and the
// correction's estimate rests on an assumption the data reject: a group of war headlines
// scored by a model of climate-change articles gets SLD shares near 0 where its mean
// probability is near a half.
//
// D is compared with the critical value of a two-sample Kolmogorov–Smirnov test at level
// α = shiftAlpha, with the mixture's sampling variance: at θ the fitted share,
//
//	D_α = c(α)·√(1/n + θ²/n₁ + (1 − θ)²/n₀),   c(α) = √(−ln(α/2)/2)
//
// (n the group's documents, n₁ and n₀ the coded documents with and without the frame;
// c(0.001) = 1.95, the asymptotic Kolmogorov quantile). Fitting θ to the data only lowers
// D, so the test is conservative. α is small because a run tests every (group, frame)
// cell, a hundred on frames-dev's folds: at 0.001 a run of that size fires by chance
// about once in ten, and on frames-dev's cross-validation (documents from the same
// population as the coded ones) it fires in none of the cells (checkShift, run by TestFramesDevPrevalence).

import (
	"math"
	"slices"
)

// shiftAlpha is the level of the shift test (see above).
const shiftAlpha = 0.001

// A Shift is the test of whether a group's scores fit the prior-shift assumption of the
// corrected estimators (SLD, Mixture, ACC, PACC) for one frame: whether they are a mixture
// of the coded documents' scores with and without the frame (see [Model.Prevalence]).
type Shift struct {
	// D is the Kolmogorov–Smirnov distance between the group's scores and the closest
	// mixture θ·F₁ + (1 − θ)·F₀ of the coded documents' out-of-fold scores with (F₁) and
	// without (F₀) the frame; 0 to 1.
	D float64 `json:"d"`
	// Critical is the distance the test allows at level 0.001,
	// 1.95·√(1/n + θ²/n₁ + (1 − θ)²/n₀).
	Critical float64 `json:"critical"`
	// Theta is the closest mixture's share θ.
	Theta float64 `json:"theta"`
	// Calibrated is the mean Platt-calibrated probability (the CPCC estimate): the share
	// if the group's documents were like the coded ones, to set beside a corrected
	// estimate that moves far from it.
	Calibrated float64 `json:"calibrated"`
	// Fires says D > Critical: the group's documents are unlike the coded ones beyond a
	// change in how often they carry the frame, and a corrected estimate (SLD's most of
	// all, which trusts every score's likelihood ratio) rests on an assumption the data
	// reject. The estimate is reported as computed; read it as flagged.
	Fires bool `json:"fires"`
	// CannotFire says Critical ≥ 1, D's maximum: with this few documents (in the group, or
	// coded with or without the frame) the test can never reject, whatever the scores, and
	// a D below Critical says nothing about the group's documents being like the coded ones.
	CannotFire bool `json:"cannot_fire"`
}

// shiftTests returns the shift test of every group and frame, from the out-of-fold scores
// of the coded documents (c.scores, c.byCode) and the groups' scores (c.logits).
func shiftTests(c *calibrated) [][]Shift {
	F := len(c.fits)
	ref := make([][2][]float64, F) // per frame: sorted scores of the coded documents without and with it
	for f := range F {
		for class := range 2 {
			s := make([]float64, len(c.byCode[f][class]))
			for t, i := range c.byCode[f][class] {
				s[t] = c.scores[f][i]
			}
			slices.Sort(s)
			ref[f][class] = s
		}
	}
	out := make([][]Shift, len(c.groups))
	for g, idx := range c.groups {
		out[g] = make([]Shift, F)
		for f := range F {
			x := make([]float64, len(idx))
			for t, i := range idx {
				x[t] = c.logits[i][f]
			}
			slices.Sort(x)
			sh := mixtureDistance(x, ref[f][0], ref[f][1])
			n0, n1 := float64(len(ref[f][0])), float64(len(ref[f][1]))
			kappa := math.Sqrt(-math.Log(shiftAlpha/2) / 2)
			sh.Critical = kappa * math.Sqrt(1/float64(len(x))+sh.Theta*sh.Theta/n1+(1-sh.Theta)*(1-sh.Theta)/n0)
			sh.Fires = sh.D > sh.Critical
			sh.CannotFire = sh.Critical >= 1
			out[g][f] = sh
		}
	}
	for g := range out {
		for f := range out[g] {
			out[g][f].Calibrated = cpccPoint(c, g, f)
		}
	}
	return out
}

// cpccPoint is the mean calibrated probability of group g for frame f.
func cpccPoint(c *calibrated, g, f int) float64 {
	s := 0.0
	for _, i := range c.groups[g] {
		s += c.fits[f].ofLogit(c.logits[i][f])
	}
	return s / float64(len(c.groups[g]))
}

// mixtureDistance returns D and the θ that attains it for the sorted samples x (the
// group), s0 and s1 (the coded documents without and with the frame), none empty. The
// distribution functions are compared at every sample value, at the value and just below
// it (the supremum of a difference of step functions is reached there). For each such
// point the difference is linear in θ, so D(θ) is a maximum of absolute values of linear
// functions, convex: a ternary search finds its minimum on [0, 1].
func mixtureDistance(x, s0, s1 []float64) Shift {
	if len(s0) == 0 || len(s1) == 0 || len(x) == 0 {
		return Shift{}
	}
	pts := make([]float64, 0, len(x)+len(s0)+len(s1))
	pts = append(append(append(pts, x...), s0...), s1...)
	slices.Sort(pts)
	pts = slices.Compact(pts)
	// a − θ·b at each point and limit, with a = G − F₀ and b = F₁ − F₀.
	a := make([]float64, 0, 2*len(pts))
	b := make([]float64, 0, 2*len(pts))
	cdf := func(s []float64, v float64, strict bool) float64 {
		var k int
		if strict {
			k, _ = slices.BinarySearch(s, v) // first index ≥ v: the count below v
		} else {
			k = len(s) - countAbove(s, v)
		}
		return float64(k) / float64(len(s))
	}
	for _, v := range pts {
		for _, strict := range []bool{true, false} {
			gx, f0, f1 := cdf(x, v, strict), cdf(s0, v, strict), cdf(s1, v, strict)
			a = append(a, gx-f0)
			b = append(b, f1-f0)
		}
	}
	dist := func(th float64) float64 {
		d := 0.0
		for k := range a {
			d = math.Max(d, math.Abs(a[k]-th*b[k]))
		}
		return d
	}
	lo, hi := 0.0, 1.0
	for range 100 {
		m1, m2 := lo+(hi-lo)/3, hi-(hi-lo)/3
		if dist(m1) <= dist(m2) {
			hi = m2
		} else {
			lo = m1
		}
	}
	th := (lo + hi) / 2
	return Shift{D: dist(th), Theta: th}
}

// countAbove returns the number of elements of the sorted s greater than v.
func countAbove(s []float64, v float64) int {
	i, found := slices.BinarySearch(s, v)
	if found {
		for i < len(s) && s[i] == v {
			i++
		}
	}
	return len(s) - i
}
