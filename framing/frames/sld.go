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
//
// A group of more than sldBins documents is histogrammed first: its documents' logits
// ln(p/(1 − p)) in sldBins bins of equal width between the group's smallest and largest,
// each bin standing for its documents by their count and their mean logit. The posterior
// then costs sldBins terms per grid cell however many documents the group has (as
// Mixture's bins do), and the mean logit keeps the error second order in the bin's width
// (TestSLDBinnedMatchesExact). Smaller groups keep one bin per document, exactly.

import (
	"math"
	"math/rand/v2"
)

// sldBins is the most bins of a group's logits (see above).
const sldBins = 256

type sld struct {
	cal     *calibrated
	mx      *mixture // for the prior and the posterior
	share   []float64
	post    [][]posterior // per group and frame, with the point calibration
	point   [][]float64
	raw     [][]float64
	clipped [][]bool
	bins    [][]logitBins // per group and frame
}

// logitBins are a group's documents for one frame: the mean logit of each bin and the
// number of documents in it.
type logitBins struct{ logit, count []float64 }

// binLogits returns the bins of the logits s: one per document when there are at most
// sldBins, else sldBins of equal width between the smallest and the largest (empty ones
// dropped), each with its documents' mean logit, in increasing order of logit.
func binLogits(s []float64) logitBins {
	if len(s) <= sldBins {
		b := logitBins{logit: make([]float64, len(s)), count: make([]float64, len(s))}
		for t, v := range s {
			b.logit[t], b.count[t] = v, 1
		}
		return b
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range s {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	sum, n := make([]float64, sldBins), make([]float64, sldBins)
	width := (hi - lo) / sldBins
	for _, v := range s {
		j := 0
		if width > 0 {
			j = min(int((v-lo)/width), sldBins-1)
		}
		sum[j] += v
		n[j]++
	}
	var b logitBins
	for j := range sldBins {
		if n[j] > 0 {
			b.logit = append(b.logit, sum[j]/n[j])
			b.count = append(b.count, n[j])
		}
	}
	return b
}

func newSLD(m *Model, preds []Prediction, groups [][]int) *sld {
	F := len(m.frames)
	s := &sld{cal: newCalibrated(m, preds, groups), mx: &mixture{prior: make([][2]float64, F)}, share: make([]float64, F)}
	for f := range F {
		s.share[f] = float64(len(s.cal.byCode[f][1])) / float64(len(m.codes))
		s.mx.prior[f] = [2]float64{mixturePriorBase - 1 + mixturePrior*s.share[f], mixturePriorBase - 1 + mixturePrior*(1-s.share[f])}
	}
	G := len(groups)
	s.post, s.point, s.raw, s.clipped = make([][]posterior, G), make([][]float64, G), s.cal.raw, make([][]bool, G)
	s.bins = make([][]logitBins, G)
	for g, idx := range groups {
		s.post[g], s.point[g], s.clipped[g] = make([]posterior, F), make([]float64, F), make([]bool, F)
		s.bins[g] = make([]logitBins, F)
		for f := range F {
			lg := make([]float64, len(idx))
			for t, i := range idx {
				lg[t] = s.cal.logits[i][f]
			}
			s.bins[g][f] = binLogits(lg)
			s.post[g][f] = s.posterior(g, f, s.cal.fits[f])
			s.point[g][f] = s.post[g][f].mean
		}
	}
	return s
}

// posterior returns the posterior of θ for group g and frame f under calibration fit:
// each bin of the group's logits with components (1 − ρ)/(1 − π) and ρ/π, ρ the
// calibrated probability of its mean logit.
func (s *sld) posterior(g, f int, fit platt) posterior {
	b := s.bins[g][f]
	f0, f1 := make([]float64, len(b.logit)), make([]float64, len(b.logit))
	pi := s.share[f]
	for t, l := range b.logit {
		rho := fit.ofLogit(l)
		f0[t], f1[t] = (1-rho)/(1-pi), rho/pi
	}
	return s.mx.posterior(f, b.count, f0, f1)
}

// replicate draws one bootstrap replicate: the training documents redrawn within each
// code and the calibration refitted; for each group and frame, a draw of the group's
// share from the replicate's posterior (full), one from the point posterior (documents
// only), and the replicate posterior's mean (error rates only).
func (s *sld) replicate(_ int, rng *rand.Rand) (full, docsOnly, errOnly [][]float64, degenerate int) {
	c := s.cal
	F := len(c.fits)
	fits, degenerate := c.refit(rng)
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
	return full, docsOnly, errOnly, degenerate
}
