package frames

// calibrated.go: the CPCC estimator of prevalence, the mean of Platt-calibrated
// probabilities, with intervals for the group's own share that include the uncertainty of
// the calibration.
//
// Platt scaling (Platt 1999, "Probabilistic outputs for support vector machines and
// comparisons to regularized likelihood methods", in Advances in Large Margin Classifiers,
// MIT Press) maps a classifier's score s to a probability σ(a·s + b), σ(z) = 1/(1 + e^−z),
// with a and b fitted by maximum likelihood to the training documents' out-of-fold scores.
// Here s is the logit of the out-of-fold probability, ln(p/(1 − p)) (p clamped to
// [1e−15, 1 − 1e−15]), and the targets are Platt's: (N₊ + 1)/(N₊ + 2) for the N₊
// documents coded with the frame and 1/(N₋ + 2) for the N₋ without, which keeps a and b
// finite when the scores separate the codes. Platt's (A, B) are (−a, −b). The fit is Lin,
// Lin & Weng's (2007, "A note on Platt's probabilistic outputs for support vector
// machines", Machine Learning 68(3)) Newton's method with backtracking, started at a = 0,
// b = ln((N₊ + 1)/(N₋ + 1)).
//
// With calibrated probabilities pᵢ, a group's share T = (1/n)·Σ yᵢ has mean (1/n)·Σ pᵢ
// (probabilistic classify-and-count, PCC, on calibrated probabilities: Bella, Ferri,
// Hernández-Orallo & Ramírez-Quintana 2010, "Quantification via probability estimators",
// ICDM), the estimate. Each bootstrap replicate redraws the training documents (within
// each code), refits a and b, and draws every document's frame as a Bernoulli trial with
// its recalibrated probability: the draws of T include the calibration's error and the
// documents' own chance, the spread that no estimator can remove on a small group.

import (
	"math"
	"math/rand/v2"
)

// platt is a fitted Platt scaling: P(frame | s) = σ(a·s + b), s the logit of a probability.
type platt struct{ a, b float64 }

// logit returns ln(p/(1 − p)), p clamped to [1e−15, 1 − 1e−15].
func logit(p float64) float64 {
	p = clampProb(p)
	return math.Log(p / (1 - p))
}

// prob returns the calibrated probability of a raw probability p.
func (c platt) prob(p float64) float64 { return c.ofLogit(logit(p)) }

// ofLogit returns the calibrated probability of a raw probability whose logit is s.
func (c platt) ofLogit(s float64) float64 { return sigmoid(c.a*s + c.b) }

// fitPlatt fits Platt scaling to scores s (logits) and codes y, by Newton's method with
// backtracking line search (Lin, Lin & Weng 2007, Algorithm 1, with their σ = 1e−12 added
// to the Hessian's diagonal), from Platt's start a = 0, b = ln((N₊ + 1)/(N₋ + 1)). It
// stops when both partial derivatives are below 1e−10 in size, when the Newton step would
// lower the objective by less than 1e−12·(1 + objective) (it takes that step: the rest is
// rounding), or after 100 steps. len(s) must equal len(y) and be positive.
func fitPlatt(s []float64, y []bool) platt { return fitPlattFrom(s, y, nil) }

// fitPlattFrom is fitPlatt started at start (nil: Platt's start). The objective is
// strictly convex, so the start changes only the number of steps.
func fitPlattFrom(s []float64, y []bool, start *platt) platt {
	var npos, nneg float64
	for _, v := range y {
		if v {
			npos++
		} else {
			nneg++
		}
	}
	hi, lo := (npos+1)/(npos+2), 1/(nneg+2)
	target := func(i int) float64 {
		if y[i] {
			return hi
		}
		return lo
	}
	// loss is the cross-entropy Σ t·ln(1 + e^−z) + (1 − t)·ln(1 + e^z), z = a·s + b.
	loss := func(a, b float64) float64 {
		l := 0.0
		for i, si := range s {
			z := a*si + b
			l += math.Log1p(math.Exp(-math.Abs(z))) + math.Max(z, 0) - target(i)*z
		}
		return l
	}
	a, b := 0.0, math.Log((npos+1)/(nneg+1))
	if start != nil {
		a, b = start.a, start.b
	}
	f := loss(a, b)
	for range 100 {
		var ga, gb, haa, hab, hbb float64
		for i, si := range s {
			p := sigmoid(a*si + b)
			d := p - target(i)
			ga += d * si
			gb += d
			w := p * (1 - p)
			haa += w * si * si
			hab += w * si
			hbb += w
		}
		if math.Abs(ga) < 1e-10 && math.Abs(gb) < 1e-10 {
			break
		}
		haa += 1e-12
		hbb += 1e-12
		det := haa*hbb - hab*hab
		da := -(hbb*ga - hab*gb) / det
		db := -(-hab*ga + haa*gb) / det
		gd := ga*da + gb*db
		if -gd < 1e-12*(1+f) {
			// Within rounding of the minimum, where the line search cannot tell a
			// decrease: one full Newton step, whose error is quadratic, and done.
			a, b = a+da, b+db
			break
		}
		step := 1.0
		moved := false
		for step >= 1e-10 {
			na, nb := a+step*da, b+step*db
			if nf := loss(na, nb); nf < f+1e-4*step*gd {
				a, b, f, moved = na, nb, nf, true
				break
			}
			step /= 2
		}
		if !moved {
			break
		}
	}
	return platt{a, b}
}

type calibrated struct {
	m       *Model
	scores  [][]float64 // per frame: the training documents' out-of-fold logits
	byCode  [][][]int   // per frame: training documents coded without [0] and with [1]
	fits    []platt     // per frame: the fit to all training documents
	logits  [][]float64 // per group document (index into preds), per frame: the logit of its probability
	groups  [][]int
	point   [][]float64
	raw     [][]float64
	clipped [][]bool
}

func newCalibrated(m *Model, preds []Prediction, groups [][]int) *calibrated {
	F := len(m.frames)
	c := &calibrated{m: m, scores: make([][]float64, F), byCode: make([][][]int, F), fits: make([]platt, F), groups: groups}
	for f := range F {
		c.scores[f] = make([]float64, len(m.codes))
		for i, p := range m.frames[f].oof {
			c.scores[f][i] = logit(p)
		}
		c.byCode[f] = make([][]int, 2)
		for i, cs := range m.codes {
			if cs[f] {
				c.byCode[f][1] = append(c.byCode[f][1], i)
			} else {
				c.byCode[f][0] = append(c.byCode[f][0], i)
			}
		}
		c.fits[f] = c.fit(f, append(c.byCode[f][0], c.byCode[f][1]...), nil)
	}
	c.logits = make([][]float64, len(preds))
	for i, p := range preds {
		c.logits[i] = make([]float64, F)
		for f, q := range p.Probabilities {
			c.logits[i][f] = logit(q)
		}
	}
	G := len(groups)
	c.point, c.raw, c.clipped = make([][]float64, G), make([][]float64, G), make([][]bool, G)
	for g, idx := range groups {
		c.point[g], c.raw[g], c.clipped[g] = make([]float64, F), make([]float64, F), make([]bool, F)
		for f := range F {
			for _, i := range idx {
				c.raw[g][f] += preds[i].Probabilities[f]
				c.point[g][f] += c.fits[f].ofLogit(c.logits[i][f])
			}
			c.raw[g][f] /= float64(len(idx))
			c.point[g][f] /= float64(len(idx))
		}
	}
	return c
}

// fit fits Platt scaling of frame f to the training documents idx (repeats allowed),
// from start (nil: Platt's start).
func (c *calibrated) fit(f int, idx []int, start *platt) platt {
	s := make([]float64, len(idx))
	y := make([]bool, len(idx))
	for t, i := range idx {
		s[t], y[t] = c.scores[f][i], c.m.codes[i][f]
	}
	return fitPlattFrom(s, y, start)
}

// drawShare draws a group's share: each document's frame a Bernoulli trial with its
// probability calibrated by fit.
func (c *calibrated) drawShare(rng *rand.Rand, f int, idx []int, fit platt) float64 {
	k := 0
	for _, i := range idx {
		if rng.Float64() < fit.ofLogit(c.logits[i][f]) {
			k++
		}
	}
	return float64(k) / float64(len(idx))
}

// refit redraws the training documents within each code, with replacement, and refits
// each frame's calibration to them (starting from the point fit); degenerate counts the
// frames whose refitted slope a is not positive. Replicates of SLD and CPCC share it, so
// that the same seed redraws the same documents for both.
func (c *calibrated) refit(rng *rand.Rand) (fits []platt, degenerate int) {
	fits = make([]platt, len(c.fits))
	for f := range fits {
		var idx []int
		for _, class := range c.byCode[f] {
			for range class {
				idx = append(idx, class[rng.IntN(len(class))])
			}
		}
		fits[f] = c.fit(f, idx, &c.fits[f])
		if !(fits[f].a > 0) {
			degenerate++
		}
	}
	return fits, degenerate
}

// replicate draws one bootstrap replicate: the training documents redrawn within each
// code and the calibration refitted (refit); for each group and frame, a draw of the
// group's share with the replicate's calibration (full), one with the point calibration
// (documents only), and the mean of the replicate's calibrated probabilities (error rates
// only). degenerate counts the frames whose refitted slope a is not positive: calibrated
// probabilities that no longer rise with the classifier's, used as fitted.
func (c *calibrated) replicate(_ int, rng *rand.Rand) (full, docsOnly, errOnly [][]float64, degenerate int) {
	F := len(c.fits)
	fits, degenerate := c.refit(rng)
	G := len(c.groups)
	full, docsOnly, errOnly = make([][]float64, G), make([][]float64, G), make([][]float64, G)
	for g, idx := range c.groups {
		full[g], docsOnly[g], errOnly[g] = make([]float64, F), make([]float64, F), make([]float64, F)
		for f := range F {
			full[g][f] = c.drawShare(rng, f, idx, fits[f])
			docsOnly[g][f] = c.drawShare(rng, f, idx, c.fits[f])
			for _, i := range idx {
				errOnly[g][f] += fits[f].ofLogit(c.logits[i][f])
			}
			errOnly[g][f] /= float64(len(idx))
		}
	}
	return full, docsOnly, errOnly, degenerate
}
