package framing

import (
	"encoding/json"
	"fmt"
	"math"
)

// Prior selects the Dirichlet prior of the log-odds measure (see [LogOddsOptions]).
type Prior int

const (
	// PriorInformative sets each term's pseudo-count in proportion to its pooled frequency
	// in both sides: alpha_w = Alpha0 * (a_w + b_w) / (n_a + n_b).
	PriorInformative Prior = iota
	// PriorUniform gives every term the same pseudo-count Alpha.
	PriorUniform
	// PriorBackground sets each term's pseudo-count in proportion to its frequency in a
	// background profile (a reference corpus, as Monroe et al. did with all speeches), add
	// one half: alpha_w = Alpha0 (bg_w + 0.5) / Σ_v (bg_v + 0.5) over the terms scored, so
	// that a term absent from the background still gets a positive prior.
	PriorBackground
)

// Variance selects the variance estimate of the log-odds measure (see [LogOddsOptions]).
type Variance int

const (
	// VarianceTwoTerm is Monroe et al.'s approximation, as in ConvoKit's Fighting Words:
	// 1/(a+alpha_w) + 1/(b+alpha_w).
	VarianceTwoTerm Variance = iota
	// VarianceFourTerm adds the complement terms, as Scattertext does:
	// + 1/(n_a+alpha_0-a-alpha_w) + 1/(n_b+alpha_0-b-alpha_w).
	VarianceFourTerm
)

// LogOddsOptions configures the log-odds measure ([MeasureLogOdds] of [Keyness], and
// [Compare]): the log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi &
// Quinn (2008), "Fightin' Words", Political Analysis 16(4), eq. 16 and 22. For a term w
// with counts a and b in sides A and B of sizes n_a and n_b, prior pseudo-count alpha_w
// and prior total alpha_0 (the sum of alpha_w over the vocabulary):
//
//	delta_w = ln((a+alpha_w) / (n_a+alpha_0-a-alpha_w)) - ln((b+alpha_w) / (n_b+alpha_0-b-alpha_w))
//	var_w   = 1/(a+alpha_w) + 1/(b+alpha_w)            (two-term, the default)
//	z_w     = delta_w / sqrt(var_w)
//	p_w     = erfc(|z_w| / sqrt 2)
//
// Logs are natural; z (KeyTerm.Score) is unbounded, positive when w is over-represented in
// A; KeyTerm.Delta is delta_w and KeyTerm.Alpha is alpha_w. The prior shrinks the scores of
// rare terms towards 0, which is what makes the z-scores usable for ranking without a
// frequency cut-off. Each n-gram order is scored separately, with its own totals and prior.
// A vocabulary of a single term (every token on both sides) scores 0 with p 1.
//
// The zero value is the informative prior with Alpha0 = 100 and the two-term variance.
type LogOddsOptions struct {
	Prior    Prior    `json:"prior"`    // PriorInformative (0), PriorUniform (1) or PriorBackground (2)
	Alpha0   float64  `json:"alpha0"`   // informative and background priors' total pseudo-count; 0 means 100; 1e-6 to 1e12
	Alpha    float64  `json:"alpha"`    // uniform prior's pseudo-count per term; 0 means 0.01; 1e-6 to 1e12
	Variance Variance `json:"variance"` // VarianceTwoTerm (0) or VarianceFourTerm (1)
	// Background is the reference profile of PriorBackground, made with the same settings
	// as the sides and counting the voices they count together: the sides' voices, or
	// every voice for a text's own voice against what it quotes (an error wrapping
	// ErrMismatch otherwise).
	Background *Profile `json:"-"`
}

// minAlpha and maxAlpha bound the prior's pseudo-counts. Above 1e12 is far beyond any
// corpus (and alpha times a vocabulary size must stay finite); below 1e-6 a prior is no
// different from none, and a term's pseudo-count can underflow or vanish in rounding beside
// the side's size, which would make z infinite or NaN.
const (
	minAlpha = 1e-6
	maxAlpha = 1e12
)

func (o *LogOddsOptions) resolve() (LogOddsOptions, error) {
	var c LogOddsOptions
	if o != nil {
		c = *o
	}
	if c.Alpha0 == 0 {
		c.Alpha0 = 100
	}
	if c.Alpha == 0 {
		c.Alpha = 0.01
	}
	switch {
	case c.Prior < PriorInformative || c.Prior > PriorBackground:
		return c, errorf(ErrOption, "LogOddsOptions.Prior = %d", c.Prior)
	case c.Prior == PriorBackground && c.Background == nil:
		return c, errorf(ErrOption, "PriorBackground needs LogOddsOptions.Background")
	case c.Variance != VarianceTwoTerm && c.Variance != VarianceFourTerm:
		return c, errorf(ErrOption, "LogOddsOptions.Variance = %d", c.Variance)
	case !(c.Alpha0 >= minAlpha && c.Alpha0 <= maxAlpha):
		return c, errorf(ErrOption, "LogOddsOptions.Alpha0 = %v (want 1e-6 <= Alpha0 <= 1e12, or 0 for the default 100)", c.Alpha0)
	case !(c.Alpha >= minAlpha && c.Alpha <= maxAlpha):
		return c, errorf(ErrOption, "LogOddsOptions.Alpha = %v (want 1e-6 <= Alpha <= 1e12, or 0 for the default 0.01)", c.Alpha)
	}
	return c, nil
}

// logOddsRows scores the rows of one table with the log-odds measure (see
// MeasureLogOdds), without adjusting p-values: the prior's total and each row's
// pseudo-count, computed once per table.
type logOddsRows struct {
	t      *table
	o      *LogOddsOptions
	alpha0 float64
	alphas []float64 // PriorBackground's pseudo-counts, by row
}

func newLogOddsRows(t *table, o *LogOddsOptions) logOddsRows {
	return logOddsRows{t: t, o: o, alpha0: o.priorTotal(len(t.terms)), alphas: backgroundAlphas(t, o)}
}

// score returns the score (z) and the token-level p of row k: the fields of row(k).
func (l *logOddsRows) score(k int) (z, p float64) {
	t := l.t
	if len(t.terms) <= 1 {
		return 0, 1
	}
	a, b := t.a[k], t.b[k]
	_, z, p = logOddsTerm(a, b, t.na, t.nb, termAlpha(k, a, b, t.na, t.nb, l.o, l.alphas), l.alpha0, l.o)
	return z, p
}

// row returns row k of the table, scored. It leaves the row's words (Word, WordA, WordB)
// empty: compare gives them to the rows it lists (see setWords), a few among thousands.
func (l *logOddsRows) row(k int) KeyTerm {
	t := l.t
	a, b := t.a[k], t.b[k]
	tb := table2{a, b, t.na, t.nb}
	r := KeyTerm{
		Term: t.terms[k], N: t.n,
		CountA: int(a), CountB: int(b),
		RateA: 1e6 * a / t.na, RateB: 1e6 * b / t.nb,
		LogRatio: tb.logRatio(), Evidence: tb.evidence(),
		Alpha: termAlpha(k, a, b, t.na, t.nb, l.o, l.alphas), P: 1,
	}
	if len(t.terms) > 1 {
		r.Delta, r.Score, r.P = logOddsTerm(a, b, t.na, t.nb, r.Alpha, l.alpha0, l.o)
	}
	return r
}

// setWords gives row r, row k of t, its words: the surface form to show over both sides
// and on each.
func (t *table) setWords(r *KeyTerm, k int) {
	r.Word = t.word(k)
	r.WordA, r.WordB = t.sideWords(k)
}

// priorTotal returns alpha_0, the prior's pseudo-counts summed over a vocabulary of v terms.
func (o *LogOddsOptions) priorTotal(v int) float64 {
	if o.Prior == PriorUniform {
		return o.Alpha * float64(v)
	}
	return o.Alpha0
}

// backgroundAlphas returns the pseudo-counts of PriorBackground for the rows of t (nil for
// the other priors).
func backgroundAlphas(t *table, o *LogOddsOptions) []float64 {
	if o.Prior != PriorBackground {
		return nil
	}
	alphas := make([]float64, len(t.terms))
	total := 0.0
	for k, term := range t.terms {
		ts, _ := o.Background.Lookup(term)
		alphas[k] = float64(ts.Count) + 0.5
		total += alphas[k]
	}
	for k := range alphas {
		alphas[k] *= o.Alpha0 / total
	}
	return alphas
}

// termAlpha returns the prior pseudo-count of row k.
func termAlpha(k int, a, b, na, nb float64, o *LogOddsOptions, alphas []float64) float64 {
	switch o.Prior {
	case PriorInformative:
		return o.Alpha0 * (a + b) / (na + nb)
	case PriorBackground:
		return alphas[k]
	}
	return o.Alpha
}

// logOddsTerm returns delta, z and the two-sided p of one term with prior pseudo-count al.
func logOddsTerm(a, b, na, nb, al, alpha0 float64, o *LogOddsOptions) (delta, z, p float64) {
	// The other words' counts plus prior, summed from parts that are each ≥ 0 (na - a is
	// exact), so that a tiny prior beside a large side cannot round them to zero or below.
	restA := (na - a) + max(alpha0-al, 0)
	restB := (nb - b) + max(alpha0-al, 0)
	delta = math.Log((a+al)/restA) - math.Log((b+al)/restB)
	variance := 1/(a+al) + 1/(b+al)
	if o.Variance == VarianceFourTerm {
		variance += 1/restA + 1/restB
	}
	z = delta / math.Sqrt(variance)
	return delta, z, math.Erfc(math.Abs(z) / math.Sqrt2)
}

// checkPair checks that two profiles can be compared.
func checkPair(a, b *Profile) error {
	if a == nil || b == nil {
		return errorf(ErrEmpty, "nil profile")
	}
	if a.Total(1) == 0 {
		return errorf(ErrEmpty, "side A")
	}
	if b.Total(1) == 0 {
		return errorf(ErrEmpty, "side B")
	}
	return sameSettings(a, b)
}

// sameSettings returns an error wrapping ErrMismatch unless both profiles were made with
// the same analyzer settings. The voices counted may differ: a text's own voice against
// what it quotes is a comparison of the same terms. So may the language of two category
// profiles of one lexicon (see Analyzer.LexiconProfile).
func sameSettings(a, b *Profile) error {
	return matchSettings(a, "side A", b, "side B", false)
}

// samePool is sameSettings for profiles whose counts are added together (Merge,
// PoolProfiles): they must count the same voices as well, or the sum counts some words in
// one part and not in another.
func samePool(a *Profile, nameA string, b *Profile, nameB string) error {
	return matchSettings(a, nameA, b, nameB, true)
}

// sameBackground returns an error wrapping ErrMismatch unless the background bg of
// PriorBackground was made with the settings of the sides a and b and counts the voices
// the two sides count together (all voices for own against quoted): its counts are the
// prior of both sides' words, so it must count every word they count and no other, as
// LoadedTerms asks of its background.
func sameBackground(a, b, bg *Profile) error {
	if err := matchSettings(bg, "the background", a, "side A", false); err != nil {
		return err
	}
	want := a.an.Voices | b.an.Voices
	if a.an.Voices == AllVoices || b.an.Voices == AllVoices {
		want = AllVoices
	}
	if !sameVoices(bg.an.Voices, want) {
		return errorf(ErrMismatch, "the background counts the voices %s, and sides A and B count %s and %s: count the background over the voices the sides count together (%s)",
			bg.an.Voices, a.an.Voices, b.an.Voices, want)
	}
	return nil
}

// matchSettings returns an error wrapping ErrMismatch, which names the profiles and prints
// their settings and voices, unless a and b were made with the same analyzer settings; the
// voices must match too when withVoices is true (see sameSettings for what else may differ).
func matchSettings(a *Profile, nameA string, b *Profile, nameB string, withVoices bool) error {
	an, bn := a.an, b.an
	an.Voices, bn.Voices = 0, 0
	if a.lexicon != "" && a.lexicon == b.lexicon {
		// Category profiles of one lexicon compare across languages: the categories are
		// the same, matched by each language's own entries.
		an.Language, bn.Language = "", ""
	}
	ja, err := json.Marshal(an)
	if err != nil {
		return fmt.Errorf("framing: %w", err)
	}
	jb, err := json.Marshal(bn)
	if err != nil {
		return fmt.Errorf("framing: %w", err)
	}
	if string(ja) != string(jb) || len(a.totals) != len(b.totals) || a.lexicon != b.lexicon ||
		withVoices && !sameVoices(a.an.Voices, b.an.Voices) {
		return errorf(ErrMismatch, "%s was made with %s and the voices %s (lexicon %q), %s with %s and the voices %s (lexicon %q)",
			nameA, ja, a.an.Voices, a.lexicon, nameB, jb, b.an.Voices, b.lexicon)
	}
	return nil
}
