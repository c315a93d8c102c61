package framing

import "math"

// JensenShannon returns the Jensen–Shannon divergence, in bits, between the relative word
// frequencies p of a and q of b (unigrams: words and protected phrases):
//
//	m  = (p + q) / 2
//	JS = KL(p‖m)/2 + KL(q‖m)/2,   KL(x‖y) = Σ x_w log2(x_w / y_w), with 0·log 0 = 0
//
// It is symmetric, lies in [0, 1], and is 0 only when both sides use every word in the same
// proportion (Lin 1991, "Divergence measures based on the Shannon entropy", IEEE Trans. Inf.
// Theory 37(1)). It equals the square of scipy.spatial.distance.jensenshannon with base 2.
// The sum runs in vocabulary order. It returns an error wrapping [ErrEmpty] if either
// profile has no counted words, and one wrapping [ErrMismatch] if their settings differ.
func JensenShannon(a, b *Profile) (float64, error) {
	if err := checkPair(a, b); err != nil {
		return 0, err
	}
	t := align(a, b, 1)
	return jensenShannon(&t), nil
}

func jensenShannon(t *table) float64 {
	var js float64
	for k := range t.terms {
		p, q := t.a[k]/t.na, t.b[k]/t.nb
		m := (p + q) / 2
		if p > 0 {
			js += p * math.Log2(p/m) / 2
		}
		if q > 0 {
			js += q * math.Log2(q/m) / 2
		}
	}
	// Rounding can leave a tiny negative or a value a hair above 1.
	return min(max(js, 0), 1)
}
