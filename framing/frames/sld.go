package frames

// sld.go: the SLD estimator of prevalence, the Mixture estimator with every document its
// own bin: the mixture components' ratio at a document comes from its Platt-calibrated
// probability instead of from bin counts.
//
// Saerens, Latinne & Decaestecker (2002, "Adjusting the outputs of a classifier to new a
// priori probabilities: a simple procedure", Neural Computation 14(1)) read a calibrated
// probability ρ, learned where the frame's share is π, as Bayes' rule applied to the
// densities of the score among documents with (f₁) and without (f₀) the frame:
// f₁(s)/f₀(s) = (ρ/π) / ((1 − ρ)/(1 − π)), up to a factor common to both. A group of n
// documents drawn where the share is θ then has the likelihood
//
//	L(θ) = Π_i (θ·ρᵢ/π + (1 − θ)·(1 − ρᵢ)/(1 − π))
//
// whose maximum their EM algorithm finds. Here, as in the Mixture estimator (mixture.go),
// it is combined with the weak prior Beta(1 + m·π, 1 + m·(1 − π)), m = mixturePrior, and
// the estimate is the posterior mean of the group's own share T = (1/n)·Σ yᵢ, each
// document carrying the frame with probability
// Pᵢ(θ) = θ·ρᵢ/π / (θ·ρᵢ/π + (1 − θ)·(1 − ρᵢ)/(1 − π)). Bootstrap replicates redraw the
// training documents within each code (π stays), refit the calibration, and draw T from
// the replicate's posterior.

import "math/rand/v2"

type sld struct {
	cal     *calibrated
	mx      *mixture // for the prior and the posterior
	share   []float64
	post    [][]posterior // per group and frame, with the point calibration
	point   [][]float64
	raw     [][]float64
	clipped [][]bool
}

func newSLD(m *Model, preds []Prediction, groups [][]int) *sld {
	F := len(m.frames)
	s := &sld{cal: newCalibrated(m, preds, groups), mx: &mixture{prior: make([][2]float64, F)}, share: make([]float64, F)}
	for f := range F {
		s.share[f] = float64(len(s.cal.byCode[f][1])) / float64(len(m.codes))
		s.mx.prior[f] = [2]float64{mixturePrior * s.share[f], mixturePrior * (1 - s.share[f])}
	}
	G := len(groups)
	s.post, s.point, s.raw, s.clipped = make([][]posterior, G), make([][]float64, G), s.cal.raw, make([][]bool, G)
	for g := range groups {
		s.post[g], s.point[g], s.clipped[g] = make([]posterior, F), make([]float64, F), make([]bool, F)
		for f := range F {
			s.post[g][f] = s.posterior(g, f, s.cal.fits[f])
			s.point[g][f] = s.post[g][f].mean
		}
	}
	return s
}

// posterior returns the posterior of θ for group g and frame f under calibration fit:
// each document a bin of its own, with components (1 − ρ)/(1 − π) and ρ/π.
func (s *sld) posterior(g, f int, fit platt) posterior {
	idx := s.cal.groups[g]
	n, f0, f1 := make([]float64, len(idx)), make([]float64, len(idx)), make([]float64, len(idx))
	pi := s.share[f]
	for t, i := range idx {
		rho := fit.ofLogit(s.cal.logits[i][f])
		n[t], f0[t], f1[t] = 1, (1-rho)/(1-pi), rho/pi
	}
	return s.mx.posterior(f, n, f0, f1)
}

// replicate draws one bootstrap replicate: the training documents redrawn within each
// code and the calibration refitted; for each group and frame, a draw of the group's
// share from the replicate's posterior (full), one from the point posterior (documents
// only), and the replicate posterior's mean (error rates only).
func (s *sld) replicate(_ int, rng *rand.Rand) (full, docsOnly, errOnly [][]float64, degenerate int) {
	c := s.cal
	F := len(c.fits)
	fits := make([]platt, F)
	for f := range F {
		var idx []int
		for _, class := range c.byCode[f] {
			for range class {
				idx = append(idx, class[rng.IntN(len(class))])
			}
		}
		fits[f] = c.fit(f, idx, &c.fits[f])
	}
	G := len(c.groups)
	full, docsOnly, errOnly = make([][]float64, G), make([][]float64, G), make([][]float64, G)
	for g := range G {
		full[g], docsOnly[g], errOnly[g] = make([]float64, F), make([]float64, F), make([]float64, F)
		for f := range F {
			post := s.posterior(g, f, fits[f])
			full[g][f] = post.drawShare(rng)
			docsOnly[g][f] = s.post[g][f].drawShare(rng)
			errOnly[g][f] = post.mean
		}
	}
	return full, docsOnly, errOnly, 0
}
