package frames

// train.go: learning frame models from coded documents, with the penalty chosen by
// cross-validation, whose out-of-fold predictions the model keeps to estimate its own
// error rates.

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// ErrCoding means a document's frame codes are missing or unreadable, or the codes leave a
// frame nothing to learn from (no document, or no cross-validation training part, with and
// without it).
var ErrCoding = errors.New("bad coding")

// DefaultC returns the penalties [Train] tries when Options.C is nil: 0.1 to 1,000 in
// half-decade steps (0.1, 0.3, 1, 3, ...).
func DefaultC() []float64 { return []float64{0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000} }

// Options configures [Train]. The zero value is the documented default; Train copies it.
type Options struct {
	// Analyzer turns the texts into terms: its zero value analyzes English with the
	// default stop words and Snowball stemming. The model keeps it (with the language
	// resolved) and analyzes every text it is applied to the same way.
	Analyzer framing.Analyzer `json:"analyzer"`
	// Weighting weights the term counts, with the document frequencies of the training
	// documents, as [framing.Matrix.Weight] defines it; nil means TF-IDF with sublinear
	// term frequencies, (1 + ln count) × smooth idf, rows scaled to unit length ({TF:
	// TFSublinear, IDF: IDFSmooth, Normalize: true}; scikit-learn's
	// TfidfVectorizer(sublinear_tf=True)). scikit-learn's default TF-IDF is {TF: TFRaw,
	// IDF: IDFSmooth, Normalize: true}, log counts {TF: TFSublinear, Normalize: true},
	// presence {TF: TFBinary, Normalize: true}. Normalization runs over the model's
	// vocabulary: terms it never saw in training do not count.
	Weighting *framing.Weighting `json:"weighting,omitempty"`
	// MinDF leaves out terms found in fewer than MinDF training documents (0 or 1 keeps
	// every term).
	MinDF int `json:"min_df,omitempty"`
	// Lexicon adds one feature per category: ln(1 + matches per 1,000 counted terms) (the
	// matches [framing.Analyzer.LexiconEvidence] finds, over the document's unigram terms
	// after stop words and numbers are dropped), standardized with the training
	// documents' mean and standard deviation, times LexiconWeight. nil means [framing.FramesLexicon] (its
	// generic news frames helped on frames-dev: see the package documentation), unless
	// NoLexicon. The model file keeps the lexicon.
	Lexicon *framing.Lexicon `json:"-"`
	// NoLexicon leaves the lexicon features out: the model reads the terms only.
	NoLexicon bool `json:"no_lexicon,omitempty"`
	// LexiconWeight scales the lexicon features (0 means 0.1). Under the L2 penalty a larger scale lets a category's feature move
	// the prediction at a smaller cost, so it weighs the lexicon against the terms.
	LexiconWeight float64 `json:"lexicon_weight,omitempty"`
	// C lists the penalties to choose from: the inverse of the L2 penalty's strength, as
	// scikit-learn's LogisticRegression(C=...) takes it (larger C, weaker penalty). nil
	// means [DefaultC]. Each frame gets the C with the smallest out-of-fold log loss
	// (ties go to the smaller C), trying them in increasing order and stopping after two
	// in a row that do worse than the best so far.
	C []float64 `json:"c,omitempty"`
	// Folds is the number of cross-validation folds (0 means 5). Folds are fixed by
	// [Folds] from the document IDs and Seed.
	Folds int `json:"folds,omitempty"`
	// Seed seeds the folds (0 means [DefaultSeed]).
	Seed uint64 `json:"seed,omitempty"`
	// Workers is how many frames are fitted at once (0 means GOMAXPROCS). It changes only
	// the speed: the model is the same bytes whatever the number.
	Workers int `json:"-"`
}

// resolved returns the options with defaults filled in, or an error wrapping
// [framing.ErrOption] naming the first invalid one (and every invalid value of C).
func (o Options) resolved() (Options, error) {
	if o.Weighting == nil {
		o.Weighting = &framing.Weighting{TF: framing.TFSublinear, IDF: framing.IDFSmooth, Normalize: true}
	} else {
		w := *o.Weighting
		o.Weighting = &w
	}
	if w := o.Weighting; w.TF < framing.TFRaw || w.TF > framing.TFSublinear || w.IDF < framing.IDFNone || w.IDF > framing.IDFQuanteda {
		return o, fmt.Errorf("frames: Weighting %+v: %w", *w, framing.ErrOption)
	}
	if o.C == nil {
		o.C = DefaultC()
	}
	var bad []string
	for _, c := range o.C {
		if !(c > 0) || math.IsInf(c, 0) {
			bad = append(bad, fmt.Sprint(c))
		}
	}
	if len(bad) > 0 {
		return o, fmt.Errorf("frames: C %s (want positive and finite): %w", strings.Join(bad, ", "), framing.ErrOption)
	}
	o.C = slices.Clone(o.C)
	slices.Sort(o.C)
	o.C = slices.Compact(o.C)
	if len(o.C) == 0 {
		return o, fmt.Errorf("frames: no C to try: %w", framing.ErrOption)
	}
	if o.Folds == 0 {
		o.Folds = 5
	}
	if o.Folds < 2 {
		return o, fmt.Errorf("frames: %d folds (want at least 2): %w", o.Folds, framing.ErrOption)
	}
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	if o.MinDF < 0 {
		return o, fmt.Errorf("frames: MinDF %d (want 0 or more): %w", o.MinDF, framing.ErrOption)
	}
	if o.NoLexicon {
		o.Lexicon = nil
	} else if o.Lexicon == nil {
		o.Lexicon = framing.FramesLexicon()
	}
	if o.LexiconWeight == 0 {
		o.LexiconWeight = 0.1
	}
	if !(o.LexiconWeight > 0) || math.IsInf(o.LexiconWeight, 0) {
		return o, fmt.Errorf("frames: LexiconWeight %g (want positive): %w", o.LexiconWeight, framing.ErrOption)
	}
	return o, nil
}

// Train learns frame models from coded documents: for each frame, an L2-regularized
// logistic regression of the frame's codes on the documents' weighted term counts (and
// lexicon features, if asked for), or, for an exclusive coding, one multinomial logistic
// regression over the frames. For each frame, C is chosen among Options.C by
// cross-validation (out-of-fold log loss), and the model is then fitted to every document
// with that C. The out-of-fold predictions at the chosen C stay with the model: they are
// its honest error rates, which [Model.Prevalence] corrects with. See the package
// documentation for the pipeline and the objective.
//
// Documents are taken in ID order whatever their order in docs, so the model does not
// depend on it. IDs must be unique; the texts must be in one language. Every document must
// be coded for every frame ([Coding]), and every frame needs documents with and without it
// in every cross-validation training part; otherwise the error wraps [ErrCoding]. Invalid
// options, and more folds than documents, are an error wrapping [framing.ErrOption].
func Train(docs []corpus.Document, coding Coding, opts *Options) (*Model, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	o, err := o.resolved()
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("frames: no documents to train on: %w", ErrCoding)
	}
	docs = slices.Clone(docs)
	slices.SortFunc(docs, func(a, b corpus.Document) int { return cmp.Compare(a.ID, b.ID) })
	ids, digests := make([]string, len(docs)), make([]string, len(docs))
	for i, d := range docs {
		if i > 0 && d.ID == docs[i-1].ID {
			return nil, fmt.Errorf("frames: document id %q repeats: %w", d.ID, framing.ErrOption)
		}
		ids[i], digests[i] = d.ID, textDigest(d.Text)
	}
	coding, err = coding.resolve(docs)
	if err != nil {
		return nil, err
	}
	codes := make([][]bool, len(docs))
	for i, d := range docs {
		if codes[i], err = coding.codes(d); err != nil {
			return nil, err
		}
	}
	if len(docs) < o.Folds {
		return nil, fmt.Errorf("frames: %d folds for %d documents (want at most one fold per document): %w", o.Folds, len(docs), framing.ErrOption)
	}
	folds, err := Folds(ids, o.Folds, o.Seed)
	if err != nil {
		return nil, err
	}
	if err := checkFolds(coding, codes, folds, o.Folds); err != nil {
		return nil, err
	}
	feat, x, err := newFeatures(o.Analyzer, *o.Weighting, o.Lexicon, o.LexiconWeight, o.MinDF, docs)
	if err != nil {
		return nil, err
	}
	o.Analyzer = feat.an
	m := &Model{options: o, coding: coding, feat: feat, ids: ids, digests: digests, codes: codes}
	if o.Lexicon != nil {
		m.lexName = o.Lexicon.Name()
	}
	cv := newCV(x, folds, o.Folds)
	if coding.Exclusive {
		err = m.fitExclusive(cv)
	} else {
		err = m.fitFrames(cv, o.Workers)
	}
	if err != nil {
		return nil, err
	}
	return m, nil
}

// checkFolds reports a frame that some cross-validation training part has no document
// with, or none without.
func checkFolds(c Coding, codes [][]bool, folds []int, k int) error {
	for f, name := range c.Frames {
		for fold := -1; fold < k; fold++ {
			pos, neg := 0, 0
			for i, cs := range codes {
				if folds[i] == fold {
					continue
				}
				if cs[f] {
					pos++
				} else {
					neg++
				}
			}
			switch {
			case fold < 0 && (pos == 0 || neg == 0 && !c.Exclusive):
				return fmt.Errorf("frames: frame %q is coded in %d of %d documents: a model needs documents with and without it: %w", name, pos, pos+neg, ErrCoding)
			case pos == 0 || neg == 0 && !c.Exclusive:
				return fmt.Errorf("frames: frame %q: the training part of cross-validation fold %d has %d documents with it and %d without; code more documents, or use fewer folds: %w", name, fold+1, pos, neg, ErrCoding)
			}
		}
	}
	return nil
}

// cv holds what every frame's cross-validation shares: the feature rows, the folds, and
// (for the dual solver) the Gram matrix and each fold's blocks of it.
type cv struct {
	x     *csr
	folds []int
	k     int
	train [][]int // per fold: the training rows
	test  [][]int // per fold: the held-out rows
	// For the dual solver: the full kernel, each fold's training block and its held-out rows
	// against the training rows.
	kfull  []float64
	ktrain [][]float64
	ktest  [][][]float64
}

func newCV(x *csr, folds []int, k int) *cv {
	c := &cv{x: x, folds: folds, k: k, train: make([][]int, k), test: make([][]int, k)}
	for i, f := range folds {
		c.test[f] = append(c.test[f], i)
		for g := 0; g < k; g++ {
			if g != f {
				c.train[g] = append(c.train[g], i)
			}
		}
	}
	return c
}

// dual reports whether the binary models are fitted by the dual Newton solver, preparing the kernel.
func (c *cv) dual() bool {
	n := c.x.rows
	if n > newtonMax {
		return false
	}
	if c.kfull == nil {
		c.kfull = c.x.gram()
		c.ktrain = make([][]float64, c.k)
		c.ktest = make([][][]float64, c.k)
		for f := 0; f < c.k; f++ {
			c.ktrain[f] = subKernel(c.kfull, n, c.train[f], c.train[f])
			for _, i := range c.test[f] {
				c.ktest[f] = append(c.ktest[f], subKernel(c.kfull, n, []int{i}, c.train[f]))
			}
		}
	}
	return true
}

// subKernel returns the rows × cols block of the n×n kernel k, row-major.
func subKernel(k []float64, n int, rows, cols []int) []float64 {
	out := make([]float64, 0, len(rows)*len(cols))
	for _, i := range rows {
		for _, j := range cols {
			out = append(out, k[i*n+j])
		}
	}
	return out
}

// fitFrames fits one binary model per frame, Workers frames at a time.
func (m *Model) fitFrames(c *cv, workers int) error {
	frames := m.coding.Frames
	m.frames = make([]frameModel, len(frames))
	errs := make([]error, len(frames))
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	dual := c.dual()
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, min(workers, len(frames))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				y := make([]float64, len(m.codes))
				for i, cs := range m.codes {
					if cs[f] {
						y[i] = 1
					}
				}
				m.frames[f], errs[f] = m.options.fitBinary(c, y, dual)
				m.frames[f].name = frames[f]
			}
		}()
	}
	for f := range frames {
		next <- f
	}
	close(next)
	wg.Wait()
	for f, err := range errs {
		if err != nil {
			return fmt.Errorf("frames: frame %q: %w", frames[f], err)
		}
	}
	return nil
}

// patience is how many penalties in a row may do worse out of fold than the best so far
// before the path stops: the out-of-fold log loss of a ridge path is typically unimodal in
// C, and the largest C cost the most Newton steps.
const patience = 2

// cvPath runs cross-validation along the penalties o.C, ascending (each fold's fit starts
// from its solution for the last C): fit(fold, c) fits fold's training part with penalty c
// and records its held-out predictions; loss(ci) returns the total out-of-fold log loss at
// o.C[ci] once every fold has been fitted. The path stops after patience penalties in a
// row that do worse than the best so far. It returns the index of the best C (ties go to
// the smaller) and how many were tried.
func (o *Options) cvPath(k int, fit func(fold int, c float64) error, loss func(ci int) (float64, error)) (best, tried int, err error) {
	best = -1
	bestLoss, worse := 0.0, 0
	for ci, c := range o.C {
		for f := 0; f < k; f++ {
			if err := fit(f, c); err != nil {
				return 0, 0, err
			}
		}
		ll, err := loss(ci)
		if err != nil {
			return 0, 0, err
		}
		tried = ci + 1
		if best < 0 || ll < bestLoss*(1-1e-9) {
			best, bestLoss, worse = ci, ll, 0
			continue
		}
		if worse++; worse >= patience {
			break
		}
	}
	return best, tried, nil
}

// fitBinary cross-validates C for one frame with codes y, then fits every document.
func (o *Options) fitBinary(c *cv, y []float64, dual bool) (frameModel, error) {
	n := len(y)
	codes := make([]bool, n)
	for i, v := range y {
		codes[i] = v == 1
	}
	cur := make([]float64, n) // out-of-fold probabilities at the C being tried
	var oofs [][]float64      // per C tried
	var fit func(fold int, cc float64) error
	if dual {
		fits := make([]*dualFit, c.k)
		for f := range fits {
			yf := make([]float64, len(c.train[f]))
			for t, i := range c.train[f] {
				yf[t] = y[i]
			}
			fits[f] = newDualFit(c.ktrain[f], len(c.train[f]), yf)
			// Out-of-fold predictions need not be exact to rounding: a decrement of 1e-9
			// leaves them within about 1e-5 and saves a Newton step per fit.
			fits[f].tol = 1e-9
		}
		fit = func(f int, cc float64) error {
			if err := fits[f].solve(cc); err != nil {
				return err
			}
			for t, eta := range fits[f].predict(c.ktest[f]) {
				cur[c.test[f][t]] = sigmoid(eta)
			}
			return nil
		}
	} else {
		fits := make([]*primalFit, c.k)
		for f := range fits {
			label := make([]int, len(c.train[f]))
			for t, i := range c.train[f] {
				label[t] = int(y[i])
			}
			fits[f] = newPrimalFit(c.x, c.train[f], label, 1)
		}
		fit = func(f int, cc float64) error {
			if err := fits[f].solve(cc); err != nil {
				return err
			}
			for _, i := range c.test[f] {
				cur[i] = sigmoid(fits[f].predict(c.x, i)[0])
			}
			return nil
		}
	}
	fm := frameModel{}
	loss := func(ci int) (float64, error) {
		ll := 0.0
		for i, p := range cur {
			ll += binaryLoss(p, codes[i])
		}
		auc, err := AUC(cur, codes)
		if err != nil {
			return 0, err
		}
		fm.path = append(fm.path, CVPoint{C: o.C[ci], LogLoss: ll / float64(n), AUC: auc})
		oofs = append(oofs, slices.Clone(cur))
		return ll, nil
	}
	best, _, err := o.cvPath(c.k, fit, loss)
	if err != nil {
		return fm, err
	}
	fm.c = o.C[best]
	fm.oof = oofs[best]
	// The final fit: every document, along the path up to the chosen C.
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	p := c.x.cols
	if dual {
		final := newDualFit(c.kfull, n, y)
		for _, cc := range o.C[:best+1] {
			if err := final.solve(cc); err != nil {
				return fm, err
			}
		}
		w := make([]float64, p)
		for i, a := range final.alpha {
			c.x.axpy(i, a, w)
		}
		fm.weights, fm.intercept = w, final.b
		return fm, nil
	}
	label := make([]int, n)
	for i, v := range y {
		label[i] = int(v)
	}
	final := newPrimalFit(c.x, all, label, 1)
	for _, cc := range o.C[:best+1] {
		if err := final.solve(cc); err != nil {
			return fm, err
		}
	}
	fm.weights, fm.intercept = slices.Clone(final.theta[:p]), final.theta[p]
	return fm, nil
}

// fitExclusive cross-validates C for the multinomial model of an exclusive coding, then
// fits every document.
func (m *Model) fitExclusive(c *cv) error {
	o := &m.options
	n, k, p := len(m.codes), len(m.coding.Frames), c.x.cols
	label := make([]int, n)
	for i, cs := range m.codes {
		label[i] = slices.Index(cs, true)
	}
	fits := make([]*primalFit, c.k)
	for f := range fits {
		lab := make([]int, len(c.train[f]))
		for t, i := range c.train[f] {
			lab[t] = label[i]
		}
		fits[f] = newPrimalFit(c.x, c.train[f], lab, k)
	}
	cur := make([][]float64, n)
	var oofs [][][]float64
	var path []CVPoint
	fit := func(f int, cc float64) error {
		if err := fits[f].solve(cc); err != nil {
			return err
		}
		for _, i := range c.test[f] {
			cur[i] = softmax(fits[f].predict(c.x, i))
		}
		return nil
	}
	loss := func(ci int) (float64, error) {
		ll := 0.0
		for i, ps := range cur {
			ll -= math.Log(clampProb(ps[label[i]]))
		}
		path = append(path, CVPoint{C: o.C[ci], LogLoss: ll / float64(n)})
		oofs = append(oofs, slices.Clone(cur))
		return ll, nil
	}
	best, _, err := o.cvPath(c.k, fit, loss)
	if err != nil {
		return fmt.Errorf("frames: %w", err)
	}
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	final := newPrimalFit(c.x, all, label, k)
	for _, cc := range o.C[:best+1] {
		if err := final.solve(cc); err != nil {
			return fmt.Errorf("frames: %w", err)
		}
	}
	m.frames = make([]frameModel, k)
	for f := range m.frames {
		probs := make([]float64, n)
		for i := range probs {
			probs[i] = oofs[best][i][f]
		}
		m.frames[f] = frameModel{name: m.coding.Frames[f], c: o.C[best], path: path,
			weights: slices.Clone(final.theta[f*p : (f+1)*p]), intercept: final.theta[k*p+f], oof: probs}
	}
	return nil
}

// softmax returns the probabilities of linear predictors.
func softmax(eta []float64) []float64 {
	top := eta[0]
	for _, e := range eta {
		top = math.Max(top, e)
	}
	out := make([]float64, len(eta))
	z := 0.0
	for i, e := range eta {
		out[i] = math.Exp(e - top)
		z += out[i]
	}
	for i := range out {
		out[i] /= z
	}
	return out
}

// clampProb keeps a probability within [1e-15, 1 − 1e-15] for logarithms, as
// scikit-learn's log_loss does.
func clampProb(p float64) float64 { return min(max(p, 1e-15), 1-1e-15) }

// binaryLoss returns the log loss of probability p for a document coded positive or not.
func binaryLoss(p float64, positive bool) float64 {
	if positive {
		return -math.Log(clampProb(p))
	}
	return -math.Log(clampProb(1 - p))
}
