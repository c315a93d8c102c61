package framing

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// JensenShannon returns the Jensen–Shannon divergence, in bits, between the relative word
// frequencies p of a and q of b (unigrams: words and protected phrases):
//
//	m  = (p + q) / 2
//	JS = KL(p‖m)/2 + KL(q‖m)/2,   KL(x‖y) = Σ x_w log2(x_w / y_w), with 0·log 0 = 0
//
// It is symmetric, lies in [0, 1], and is 0 only when both sides use every word in the same
// proportion (Lin 1991, "Divergence measures based on the Shannon entropy", IEEE Trans. Inf.
// Theory 37(1)). It equals the square of scipy.spatial.distance.jensenshannon with base 2;
// multiply by ln 2 for nats. The sum runs in vocabulary order. It returns an error wrapping
// [ErrEmpty] if either profile has no counted words, and one wrapping [ErrMismatch] if
// their settings differ.
func JensenShannon(a, b *Profile) (float64, error) {
	if err := checkPair(a, b); err != nil {
		return 0, err
	}
	t := align(a, b, 1)
	return t.jensenShannon(), nil
}

// jensenShannon returns the divergence of the table's two sides, in bits.
func (t *table) jensenShannon() float64 {
	js := 0.0
	for k := range t.terms {
		js += jsTerm(t.a[k]/t.na, t.b[k]/t.nb)
	}
	// Rounding can leave a tiny negative or a value a hair above 1.
	return min(max(js, 0), 1)
}

// jsTerm returns one word's contribution to the Jensen–Shannon divergence, in bits.
func jsTerm(p, q float64) float64 {
	m := (p + q) / 2
	c := 0.0
	if p > 0 {
		c += p * math.Log2(p/m) / 2
	}
	if q > 0 {
		c += q * math.Log2(q/m) / 2
	}
	return c
}

// Shift is one word's contribution to the divergence between two sides.
type Shift struct {
	Term         string  `json:"term"`         // the counted term
	Word         string  `json:"word"`         // most frequent surface form over both sides
	CountA       int     `json:"count_a"`      // occurrences in A
	CountB       int     `json:"count_b"`      // occurrences in B
	Contribution float64 `json:"contribution"` // ≥ 0, in the unit asked for
	Share        float64 `json:"share"`        // Contribution / total divergence, in [0, 1]
	TowardA      bool    `json:"toward_a"`     // the word is relatively more frequent in A
}

// Unit is the unit of an information quantity.
type Unit int

const (
	Bits Unit = iota // base-2 logarithms
	Nats             // natural logarithms
)

// String returns "bits" or "nats".
func (u Unit) String() string {
	if u == Nats {
		return "nats"
	}
	return "bits"
}

// WordShift returns every word's contribution to [JensenShannon]: the terms of the sum
//
//	c_w = p_w log(p_w/m_w)/2 + q_w log(q_w/m_w)/2 ≥ 0,   Σ_w c_w = JS
//
// in the unit asked for (Bits or Nats), sorted by contribution (largest first), then term.
// Each word is marked with the side where its relative frequency is higher. This is the
// "word shift" view: which words drive the divergence, and toward which side (after
// Gallagher et al. 2021, "Generalized word shift graphs", EPJ Data Science 10).
func WordShift(a, b *Profile, unit Unit) ([]Shift, error) {
	if unit != Bits && unit != Nats {
		return nil, errorf(ErrOption, "WordShift unit %d (want Bits or Nats)", int(unit))
	}
	if err := checkPair(a, b); err != nil {
		return nil, err
	}
	t := align(a, b, 1)
	scale := 1.0
	if unit == Nats {
		scale = math.Ln2
	}
	out := make([]Shift, len(t.terms))
	total := 0.0
	for k := range t.terms {
		p, q := t.a[k]/t.na, t.b[k]/t.nb
		c := jsTerm(p, q) * scale
		total += c
		out[k] = Shift{Term: t.terms[k], Word: t.word(k), CountA: int(t.a[k]), CountB: int(t.b[k]),
			Contribution: c, TowardA: p > q}
	}
	for i := range out {
		if total > 0 {
			out[i].Share = out[i].Contribution / total
		}
	}
	slices.SortFunc(out, func(x, y Shift) int {
		return cmp.Or(cmp.Compare(y.Contribution, x.Contribution), strings.Compare(x.Term, y.Term))
	})
	return out, nil
}

// Hellinger returns the Hellinger distance between the relative word frequencies of a and
// b:
//
//	H = sqrt(Σ_w (sqrt(p_w) - sqrt(q_w))² / 2) = sqrt(1 - Σ_w sqrt(p_w q_w))
//
// It is symmetric, lies in [0, 1], 0 for identical or proportional counts and 1 for
// disjoint vocabularies (Hellinger 1909). This is the normalization with the factor 1/√2
// in front of the Euclidean distance of the square-root vectors, which bounds it by 1 (as
// in the reference figures); some texts leave the factor out, giving values up to √2. The
// sum of squares is used rather than 1 - Σ sqrt(p q), whose cancellation leaves about 3e-8
// for identical distributions. Errors as for [JensenShannon].
func Hellinger(a, b *Profile) (float64, error) {
	if err := checkPair(a, b); err != nil {
		return 0, err
	}
	t := align(a, b, 1)
	ss := 0.0
	for k := range t.terms {
		d := math.Sqrt(t.a[k]/t.na) - math.Sqrt(t.b[k]/t.nb)
		ss += d * d
	}
	return min(math.Sqrt(ss/2), 1), nil
}

// Cosine returns the cosine similarity of the two sides' raw word counts:
//
//	cos = Σ a_w b_w / (sqrt(Σ a_w²) sqrt(Σ b_w²))
//
// It lies in [0, 1] (counts are non-negative); 1 means the same proportions. For TF-IDF
// weights, see [CosineTFIDF]. Errors as for [JensenShannon].
func Cosine(a, b *Profile) (float64, error) {
	if err := checkPair(a, b); err != nil {
		return 0, err
	}
	t := align(a, b, 1)
	return cosine(t.a, t.b), nil
}

func cosine(x, y []float64) float64 {
	var dot, xx, yy float64
	for i := range x {
		dot += x[i] * y[i]
		xx += x[i] * x[i]
		yy += y[i] * y[i]
	}
	if xx == 0 || yy == 0 {
		return 0
	}
	return min(1, max(-1, dot/(math.Sqrt(xx)*math.Sqrt(yy))))
}

// CosineTFIDF returns the cosine similarity of the two sides' word vectors weighted by
// TF-IDF, treating the two sides as a collection of two documents with scikit-learn's
// default smooth idf, ln((1 + 2) / (1 + df)) + 1: a word used by both sides weighs 1 per
// occurrence, a word used by one side only ln(3/2) + 1 ≈ 1.405, so shared vocabulary counts
// for less than with raw counts. Errors as for [JensenShannon].
func CosineTFIDF(a, b *Profile) (float64, error) {
	if err := checkPair(a, b); err != nil {
		return 0, err
	}
	t := align(a, b, 1)
	x, y := make([]float64, len(t.terms)), make([]float64, len(t.terms))
	for k := range t.terms {
		df := 0.0
		if t.a[k] > 0 {
			df++
		}
		if t.b[k] > 0 {
			df++
		}
		idf := math.Log(3/(1+df)) + 1
		x[k], y[k] = t.a[k]*idf, t.b[k]*idf
	}
	return cosine(x, y), nil
}

// Jaccard returns the Jaccard index of the two sides' vocabularies (words used at least
// once): |V_A ∩ V_B| / |V_A ∪ V_B|, in [0, 1]. Errors as for [JensenShannon].
func Jaccard(a, b *Profile) (float64, error) {
	if err := checkPair(a, b); err != nil {
		return 0, err
	}
	t := align(a, b, 1)
	if len(t.terms) == 0 {
		return 0, errorf(ErrEmpty, "neither side has a word with a count")
	}
	both := 0
	for k := range t.terms {
		if t.a[k] > 0 && t.b[k] > 0 {
			both++
		}
	}
	return float64(both) / float64(len(t.terms)), nil
}

// KullbackLeibler returns the Kullback–Leibler divergence KL(p‖q), in bits, of a's word
// distribution from b's, after additive (Lidstone) smoothing of both over their joint
// vocabulary V:
//
//	p_w = (a_w + s) / (n_a + s|V|),  q_w = (b_w + s) / (n_b + s|V|)
//	KL  = Σ_w p_w log2(p_w / q_w)
//
// It is asymmetric and ≥ 0. Without smoothing KL is infinite wherever b lacks a word of a,
// so smoothing s must be positive (and at most 1e6): this is never infinite. Prefer
// [JensenShannon] unless the asymmetry is the point. Errors as for [JensenShannon], and
// [ErrOption] for s outside (0, 1e6].
func KullbackLeibler(a, b *Profile, smoothing float64) (float64, error) {
	if !(smoothing > 0 && smoothing <= 1e6) {
		return 0, errorf(ErrOption, "KullbackLeibler smoothing = %v (want 0 < s <= 1e6)", smoothing)
	}
	if err := checkPair(a, b); err != nil {
		return 0, err
	}
	t := align(a, b, 1)
	v := float64(len(t.terms))
	za, zb := t.na+smoothing*v, t.nb+smoothing*v
	kl := 0.0
	for k := range t.terms {
		p, q := (t.a[k]+smoothing)/za, (t.b[k]+smoothing)/zb
		kl += p * math.Log2(p/q)
	}
	return max(kl, 0), nil
}
