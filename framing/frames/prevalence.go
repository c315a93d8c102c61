package frames

// prevalence.go: how often each side uses each frame, estimated from a model's
// predictions and corrected by its cross-validated error rates, with bootstrap intervals
// that include the uncertainty of those error rates; differences between sides, per event
// and pooled over events.

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distuv"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/stats"
)

// Method selects how [Model.Prevalence] estimates a frame's share of a set of documents.
type Method int

// The estimators. Let q be the share of a group's documents classified as carrying the
// frame (probability ≥ the frame's Threshold, see [FrameStat]); tpr and fpr the model's
// out-of-fold true- and false-positive rates at that threshold. For the probabilistic
// variants, q is the group's mean probability, and tpr and fpr the mean out-of-fold
// probabilities of the training documents coded with and without the frame.
const (
	// SLD (the default) is Mixture with every document its own bin: the likelihood of
	// Saerens, Latinne & Decaestecker (2002, "Adjusting the outputs of a classifier to new
	// a priori probabilities: a simple procedure", Neural Computation 14(1)), whose EM
	// algorithm finds its maximum, on Platt-calibrated probabilities ρᵢ learned at the
	// training share π, with Mixture's weak prior p(θ) and the posterior mean of the group's
	// share:
	//
	//	p(θ | group) ∝ p(θ) · Π_i (θ·ρᵢ/π + (1 − θ)·(1 − ρᵢ)/(1 − π))
	//
	// (see sld.go). It lies in [0, 1]. Its intervals draw the share from the posterior
	// under a calibration refitted to every replicate's redrawn training documents. It was
	// chosen over Mixture by nested cross-validation on frames-dev, by a small margin, and
	// overstates shares there on average, as Mixture does (see the package documentation).
	// Not for exclusive codings.
	SLD Method = iota
	// Mixture reads a group's probabilities as a mixture of those of the training
	// documents coded with and without the frame (out of fold, in 8 bins of equal
	// frequency): the identity P(S) = P(S|D)·P(D) of Hopkins & King (2010, "A
	// method of automated nonparametric content analysis for social science", American
	// Journal of Political Science 54(1)), with S the binned classifier probability,
	// solved by Bayes' rule instead of least squares, with a weak prior (as much as two
	// coded documents at the training share). The estimate is the posterior mean of the
	// group's own share; see [Model.Prevalence]. Not for exclusive codings.
	Mixture
	// ACC is adjusted classify-and-count (Forman 2008, "Quantifying counts and costs via
	// classification", Data Mining and Knowledge Discovery 17(2)), at Forman's "MAX"
	// threshold (the largest tpr − fpr):
	//
	//	p = (q − fpr) / (tpr − fpr)
	ACC
	// PACC is probabilistic adjusted classify-and-count (Bella, Ferri, Hernández-Orallo &
	// Ramírez-Quintana 2010, "Quantification via probability estimators", ICDM): the same
	// formula with mean probabilities.
	PACC
	// CC is classify-and-count: p = q, uncorrected (for comparison).
	CC
	// PCC is the mean probability: p = q of PACC, uncorrected (for comparison).
	PCC
	// CPCC is the mean of Platt-calibrated probabilities (PCC on calibrated probabilities,
	// Bella et al. 2010; Platt 1999):
	//
	//	p = (1/n)·Σᵢ σ(a·logit(pᵢ) + b)
	//
	// with σ the logistic function and a, b Platt's fit to the training documents'
	// out-of-fold probabilities (see calibrated.go). It lies in [0, 1]. Its intervals draw
	// each document's frame with its calibrated probability, under a calibration refitted to
	// every replicate's redrawn training documents. It assumes that the group's documents
	// carry the frame as often as the training documents with the same probability do, so a
	// group whose share differs from the training sample's is pulled toward it: on frames-dev
	// its mean |error| is 0.09 for each leaning's share (close to the 0.08 that this
	// classifier's probabilities leave to any estimator), but 0.23 for groups drawn to have
	// 10% or 70% of a frame, whose shares its intervals cover in 56% of cases (SLD: 0.14
	// and 0.18, covering 94% and 96%; see the package documentation). Not for exclusive
	// codings.
	CPCC
)

var methodNames = []string{"sld", "mixture", "acc", "pacc", "cc", "pcc", "cpcc"}

// String returns the method's name: sld, mixture, acc, pacc, cc, pcc or cpcc.
func (m Method) String() string {
	if m < 0 || int(m) >= len(methodNames) {
		return fmt.Sprintf("Method(%d)", int(m))
	}
	return methodNames[m]
}

// MarshalText writes the method by name.
func (m Method) MarshalText() ([]byte, error) {
	if m < 0 || int(m) >= len(methodNames) {
		return nil, fmt.Errorf("frames: Method(%d): %w", int(m), framing.ErrOption)
	}
	return []byte(m.String()), nil
}

// UnmarshalText reads a method by name.
func (m *Method) UnmarshalText(b []byte) error {
	if i := slices.Index(methodNames, string(b)); i >= 0 {
		*m = Method(i)
		return nil
	}
	return fmt.Errorf("frames: method %q (want sld, mixture, acc, pacc, cc, pcc or cpcc): %w", b, framing.ErrOption)
}

// corrected reports whether the method corrects with the error rates.
func (m Method) corrected() bool { return m == ACC || m == PACC }

// probabilistic reports whether the method averages probabilities.
func (m Method) probabilistic() bool {
	return m == PACC || m == PCC || m == Mixture || m == CPCC || m == SLD
}

// DefaultReplicates is the number of bootstrap replicates when
// PrevalenceOptions.Replicates is 0.
const DefaultReplicates = 2000

// PrevalenceOptions configures [Model.Prevalence]. The zero value is the documented
// default; it is copied on entry.
type PrevalenceOptions struct {
	// Method is the estimator (default SLD).
	Method Method `json:"method"`
	// Replicates is the number of bootstrap replicates (0 means [DefaultReplicates]).
	Replicates int `json:"replicates"`
	// Level is the intervals' coverage (0 means 0.95).
	Level float64 `json:"level"`
	// Seed seeds the bootstrap (0 means [DefaultSeed]). Replicate r draws from its own PCG
	// stream (Seed, r), so the intervals do not depend on Workers.
	Seed uint64 `json:"seed"`
	// Workers is how many replicates are drawn at once (0 means GOMAXPROCS). It changes
	// only the speed.
	Workers int `json:"-"`
	// Progress, if set, is called on the calling goroutine as the bootstrap advances:
	// done of total replicates handed out, about a hundred times, and done = total once
	// all are finished. It changes nothing in the result, which does not keep it.
	Progress func(done, total int) `json:"-"`
}

// MinDocuments is the number of documents below which a group's shares are flagged as
// resting on too few documents (Share.SmallN, Prevalence.SmallN). A share of n documents is
// a binomial proportion; the approximations its interval, the differences and the pooling
// over events rest on (the bootstrap's draws k/n, the normal interval of the pooled
// difference, the sampling variance p(1 − p)/n that weights each event) want at least 5
// expected documents with the frame and 5 without it, the minimum expected count of
// Cochran (1954, "Some methods for strengthening the common χ² tests", Biometrics 10) for
// the χ² and normal approximations to the binomial. n·p ≥ 5 and n·(1 − p) ≥ 5 can both
// hold only when n ≥ 10, at p = 1/2; so below 10 documents they fail for every frame,
// whatever its share. Ten is necessary, not sufficient: a frame that 1 document in 20
// carries has an expected count of 1 at n = 20.
const MinDocuments = 10

// A SmallGroup is a group of documents (a side, over all events or in one) with fewer than
// MinDocuments documents with the model's words: its shares are flagged (Share.SmallN).
type SmallGroup struct {
	Event     string `json:"event"` // "" for all the side's documents
	Side      string `json:"side"`
	Documents int    `json:"documents"` // as Share.Documents
}

// A Share is one side's estimated share of documents carrying one frame.
type Share struct {
	Event string `json:"event"` // "" for all the side's documents
	Side  string `json:"side"`
	Frame string `json:"frame"`
	// Documents is the number of documents the share is of: the group's documents that the
	// model found words of its own in.
	Documents int `json:"documents"`
	// NoWords counts the group's documents left out because the model found none of its
	// words in them (see [Prediction]): their probabilities are the model's guess about an
	// empty text, and would pull every share toward it.
	NoWords int `json:"no_words"`
	// OutOfFold counts the documents (of Documents) that were training documents of the
	// model, scored with their out-of-fold probabilities (see [Model.Prevalence]).
	OutOfFold int `json:"out_of_fold"`
	// Raw is the uncorrected figure: the share classified as carrying the frame (ACC, CC)
	// or the mean probability (Mixture, PACC, PCC, CPCC, SLD).
	Raw float64 `json:"raw"`
	// Estimate is the method's estimate, clipped to [0, 1]; Low and High bound its
	// percentile bootstrap interval, widened to contain Estimate when it does not (see
	// [Model.Prevalence]).
	Estimate float64 `json:"estimate"`
	Low      float64 `json:"low"`
	High     float64 `json:"high"`
	// Clipped says the corrected estimate fell outside [0, 1] before clipping: the group's
	// raw share lies beyond what the model's error rates alone would produce (a small
	// group, or documents unlike the training sample).
	Clipped bool `json:"clipped"`
	// Shift tests whether the group's documents differ from the coded ones only in how
	// often they carry the frame, the assumption of the corrected estimators (see shift.go
	// and [Shift]); the zero Shift (Critical 0) for an exclusive coding, which has no such
	// test. When Shift.Fires, the estimate is flagged:
	// the documents are unlike the coded ones, and a corrected share can be far from the
	// truth with an interval that does not show it.
	Shift Shift `json:"shift"`
	// SmallN says the share is of fewer than MinDocuments documents: too few for its
	// interval, or a difference with it, to mean much (see MinDocuments).
	SmallN bool `json:"small_n"`
}

// A Difference is the difference between two sides' shares of one frame, A − B.
type Difference struct {
	Event string `json:"event"` // "" for all documents (or for the pooled row)
	// Pooled marks the random-effects pooling of the per-event differences.
	Pooled bool   `json:"pooled"`
	SideA  string `json:"side_a"`
	SideB  string `json:"side_b"`
	Frame  string `json:"frame"`
	// Estimate is A's share minus B's (each clipped to [0, 1]); Low and High bound its
	// interval, which contains Estimate.
	Estimate float64 `json:"estimate"`
	Low      float64 `json:"low"`
	High     float64 `json:"high"`
	// For pooled rows: the events with documents on both sides, and the between-event
	// variance τ² and I² (percent) of the pooling (see stats.Meta).
	Events int     `json:"events"`
	Tau2   float64 `json:"tau2"`
	I2     float64 `json:"i2"`
	// SmallN says one of the two shares is of fewer than MinDocuments documents
	// (Share.SmallN). A pooled row is flagged when any of its events is: each event's
	// difference, and the sampling variance p(1 − p)/n that weights it, rests on its two
	// shares (see MinDocuments).
	SmallN bool `json:"small_n"`
	// SmallEvents, for pooled rows, counts the pooled events whose difference is flagged
	// (one of its two shares of fewer than MinDocuments documents); 0 for other rows.
	SmallEvents int `json:"small_events"`
}

// Prevalence is the result of [Model.Prevalence].
type Prevalence struct {
	Options     PrevalenceOptions `json:"options"`
	Frames      []string          `json:"frames"`
	Stats       []FrameStat       `json:"model"` // the error rates corrected with
	Shares      []Share           `json:"shares"`
	Differences []Difference      `json:"differences"`
	// Degenerate counts the bootstrap replicates (once per frame) whose redrawn training
	// documents left the classifier no better than chance. For ACC and PACC: error rates
	// with tpr ≤ fpr, so that the correction was undefined; such replicates count the raw
	// share instead. For SLD and CPCC: a refitted Platt slope a ≤ 0, calibrated
	// probabilities that no longer rise with the classifier's; such replicates are used
	// as fitted (the calibration is still defined). Mixture, CC and PCC: always 0.
	Degenerate int `json:"degenerate"`
	// InSample counts the documents that have a training document's ID but were scored
	// with the model fitted to every training document, like any other: their text is no
	// training document's, or the model was read from a file that does not keep the
	// training texts' digests (written before they were kept), so that it cannot tell.
	// Documents left out as having none of the model's words (Share.NoWords) are not
	// counted here.
	// If they are the training documents, their shares are in-sample figures corrected
	// with out-of-fold error rates, biased toward the coded shares and with intervals too
	// narrow: train the model again to score them out of fold.
	InSample int `json:"in_sample"`
	// NoWordsSides names the sides left out because the model finds none of its words in
	// any of their documents (see [Model.Prevalence]): they have no shares and no
	// differences. NoWordsGroups counts the other (event, side) groups left out so: a side
	// whose documents of one event all have none of the model's words has no shares for
	// that event (its documents are counted in the side's Share.NoWords).
	NoWordsSides  []string `json:"no_words_sides"`
	NoWordsGroups int      `json:"no_words_groups"`
	// Shifted counts the shares whose shift test fires (Share.Shift.Fires): groups whose
	// documents are unlike the coded ones, so that their corrected shares are flagged.
	Shifted int `json:"shifted"`
	// MinDocuments is the threshold SmallN was read with (the constant MinDocuments), and
	// SmallN lists the groups with fewer documents, in the order of Shares: their shares
	// (Share.SmallN) rest on too few documents for their statistics to mean much. Empty,
	// not null, when there are none.
	MinDocuments int          `json:"min_documents"`
	SmallN       []SmallGroup `json:"small_n"`
}

// Prevalence estimates, for each side and each frame, the share of the side's documents
// that carry the frame: over all the side's documents (Event ""), and for each event when
// the documents cover more than one. The model's predictions are corrected by its
// cross-validated error rates (see [Method]); ACC and PACC estimates are clipped to
// [0, 1] (Share.Clipped says when), and those of SLD, Mixture and CPCC lie in [0, 1] by
// construction.
//
// Intervals are percentile intervals (quantiles of type 7, linear interpolation, as R's
// and numpy's defaults) of a bootstrap whose every replicate redraws the training
// documents' out-of-fold predictions, with replacement within those coded with and without
// the frame, and computes the error rates again from them: the intervals include the
// classifier's error, not only the sampling of documents. ACC, PACC, CC and PCC also redraw
// each group's documents, with replacement; SLD and Mixture draw the group's share from
// its posterior under the replicate's error rates (θ, then each document's frame given θ
// and its probability; for SLD, under the replicate's refitted calibration), and CPCC each
// document's frame given its probability calibrated by the replicate's fit, which covers
// the same uncertainty about the documents at hand. The draws of these three are shares
// of whole documents (k/n) while their estimates are means (of the share's posterior, of
// calibrated probabilities), so in a group of a few documents the percentiles can miss the
// estimate (one document: draws of 0 or 1, estimate 0.99); every interval of a share or
// of a difference is therefore widened to the estimate when it does not contain it
// (Low = min(Low, Estimate), High = max(High, Estimate)), which changes only such
// intervals of small groups. All
// groups of one replicate share its error rates, so the intervals of differences between
// sides count that error once, as it acts.
//
// Differences A − B are given for every pair of sides (in the order given), over all
// documents and per event, and pooled over events: the per-event differences are pooled
// with [stats.RandomEffects] (REML), each weighted by its document-sampling variance (the
// replicates' spread with the error rates held at their estimates; at least the variance of a
// share with half a document added to each outcome, p̃ = (k + ½)/(n + 1), p̃(1 − p̃)/(n + 1)
// per side, so that an event where a side's documents all agree keeps a finite weight).
// The error rates are shared by every event, so pooling cannot average their error away:
// the pooled interval is the random-effects estimate ± z·√(SE² + V), V the variance of the
// pooled estimate over replicates that redraw only the error rates, clipped to [−1, 1].
//
// A training document of the model (the same text as one the model was trained on, by
// digest, under its ID or any other) is scored with its out-of-fold probabilities, those
// of the cross-validation model that did not see it, as the error rates are: applying the
// model fitted to it would give in-sample probabilities, closer to its codes than the
// error rates assume, and shares and intervals of the coded documents that miss their
// coded shares. Share.OutOfFold counts them, and Prevalence.InSample the documents with a
// training document's ID that could not be scored so. A text that several training
// documents share is scored as the first of them in the order of their IDs.
//
// A document in which the model finds none of its words (Prediction.NoWords) is left out
// of the shares, and counted in its group's Share.NoWords: its probabilities would be the
// same for every such document, the model's guess about an empty text. A group whose
// documents all have none has no shares: an (event, side) group is counted in
// Prevalence.NoWordsGroups, and a side is named in Prevalence.NoWordsSides, with no shares
// and no differences, as long as two sides remain to compare (one if only one was given);
// otherwise it is an error wrapping [corpus.ErrEmptySide].
//
// Every share, whatever the method, carries the shift test of its group and frame
// (Share.Shift, see [Shift]; not for an exclusive coding): whether the group's scores are a
// mixture of the coded documents' out-of-fold scores with and without the frame, as the
// corrected estimators assume. Prevalence.Shifted counts the shares where it fires; their
// estimates are not changed.
//
// Every document must match at most one side (an error wrapping [corpus.ErrOverlap]) and
// every side at least one document ([corpus.ErrEmptySide]); documents matching no side are
// left out. For an exclusive coding the correction solves the confusion-matrix system
// M·p = q (M[j][k] the rate at which training documents of frame k are classified j, or
// their mean probability of j) and clips p to the probability simplex (negative shares
// set to 0, the rest rescaled to sum to 1).
func (m *Model) Prevalence(docs []corpus.Document, sides []corpus.Side, opts *PrevalenceOptions) (*Prevalence, error) {
	var o PrevalenceOptions
	if err := m.check(); err != nil {
		return nil, err
	}
	if opts != nil {
		o = *opts
	}
	if _, err := o.Method.MarshalText(); err != nil {
		return nil, err
	}
	if o.Replicates == 0 {
		o.Replicates = DefaultReplicates
	}
	if o.Replicates < 10 {
		return nil, fmt.Errorf("frames: %d bootstrap replicates (want at least 10): %w", o.Replicates, framing.ErrOption)
	}
	if o.Level == 0 {
		o.Level = 0.95
	}
	if !(o.Level > 0 && o.Level < 1) {
		return nil, fmt.Errorf("frames: interval level %g (want between 0 and 1): %w", o.Level, framing.ErrOption)
	}
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	if len(sides) == 0 {
		return nil, fmt.Errorf("frames: no sides: %w", corpus.ErrEmptySide)
	}
	// Group the documents: side s of event e.
	side := make([]int, len(docs))
	var kept []corpus.Document
	var keptSide []int
	for i, d := range docs {
		side[i] = -1
		for s, sd := range sides {
			if sd.Match == nil {
				return nil, fmt.Errorf("frames: side %q has no Match: %w", sd.Name, corpus.ErrEmptySide)
			}
			if sd.Match(d) {
				if side[i] >= 0 {
					return nil, fmt.Errorf("frames: document %q matches sides %q and %q: %w", d.ID, sides[side[i]].Name, sd.Name, corpus.ErrOverlap)
				}
				side[i] = s
			}
		}
		if side[i] >= 0 {
			kept = append(kept, d)
			keptSide = append(keptSide, side[i])
		}
	}
	for s, sd := range sides {
		if !slices.Contains(keptSide, s) {
			return nil, fmt.Errorf("frames: side %q: %w", sd.Name, corpus.ErrEmptySide)
		}
	}
	preds, err := m.Predict(kept)
	if err != nil {
		return nil, err
	}
	// The training documents: their out-of-fold probabilities.
	// A document left out as having none of the model's words is counted there only.
	oof := make([]bool, len(kept))
	inSample := 0
	for i, t := range m.training(kept) {
		if t < 0 {
			if _, ok := slices.BinarySearch(m.ids, kept[i].ID); ok && !preds[i].NoWords {
				inSample++
			}
			continue
		}
		oof[i] = true
		for f := range preds[i].Probabilities {
			preds[i].Probabilities[f] = m.frames[f].oof[t]
		}
	}
	// The documents the model read nothing in are left out of the groups.
	noWords, all := make([]int, len(sides)), make([]int, len(sides))
	for i, p := range preds {
		all[keptSide[i]]++
		if p.NoWords {
			noWords[keptSide[i]]++
		}
	}
	// A side the model reads nothing in is left out while two sides remain to compare.
	var unread []string
	for s, sd := range sides {
		if noWords[s] == all[s] {
			unread = append(unread, sd.Name)
		}
	}
	if len(unread) > 0 && len(sides)-len(unread) < min(2, len(sides)) {
		return nil, fmt.Errorf("frames: side %q: the model finds none of its words in any of its %d documents: %w", unread[0], all[slices.IndexFunc(sides, func(sd corpus.Side) bool { return sd.Name == unread[0] })], corpus.ErrEmptySide)
	}
	events := []string{}
	for _, d := range kept {
		if !slices.Contains(events, d.Event) {
			events = append(events, d.Event)
		}
	}
	slices.Sort(events)
	perEvent := len(events) > 1
	// groups[0..S-1] are the sides over all events; then (event, side) groups.
	type group struct {
		event          string
		side           int
		docs           []int // indices into kept, of the documents the model read
		noWords, inOOF int
	}
	noWordsGroups := 0
	add := func(g *group, i int) {
		switch {
		case preds[i].NoWords:
			g.noWords++
		case oof[i]:
			g.inOOF++
			g.docs = append(g.docs, i)
		default:
			g.docs = append(g.docs, i)
		}
	}
	var groups []group
	for s := range sides {
		g := group{side: s}
		for i, ks := range keptSide {
			if ks == s {
				add(&g, i)
			}
		}
		if len(g.docs) > 0 {
			groups = append(groups, g)
		}
	}
	overall := len(groups) // groups[:overall] are the sides over all events
	if perEvent {
		for _, e := range events {
			for s := range sides {
				g := group{event: e, side: s}
				for i, ks := range keptSide {
					if ks == s && kept[i].Event == e {
						add(&g, i)
					}
				}
				if len(g.docs) > 0 {
					groups = append(groups, g)
				} else if g.noWords > 0 && !slices.Contains(unread, sides[s].Name) {
					noWordsGroups++
				}
			}
		}
	}
	F := len(m.frames)
	members := make([][]int, len(groups))
	for g, gr := range groups {
		members[g] = gr.docs
	}
	var (
		point, raw [][]float64 // per group, per frame
		clipped    [][]bool
		replicate  func(r int, rng *rand.Rand) (full, docsOnly, errOnly [][]float64, degenerate int)
	)
	if o.Method == Mixture {
		if m.coding.Exclusive {
			return nil, fmt.Errorf("frames: the mixture estimator is for frames coded one by one, not exclusive codings (use ACC or PACC): %w", framing.ErrOption)
		}
		mx := newMixture(m, preds, members)
		point, raw, clipped, replicate = mx.point, mx.raw, mx.clipped, mx.replicate
	} else if o.Method == CPCC {
		if m.coding.Exclusive {
			return nil, fmt.Errorf("frames: the cpcc estimator is for frames coded one by one, not exclusive codings (use ACC or PACC): %w", framing.ErrOption)
		}
		c := newCalibrated(m, preds, members)
		point, raw, clipped, replicate = c.point, c.raw, c.clipped, c.replicate
	} else if o.Method == SLD {
		if m.coding.Exclusive {
			return nil, fmt.Errorf("frames: the sld estimator is for frames coded one by one, not exclusive codings (use ACC or PACC): %w", framing.ErrOption)
		}
		s := newSLD(m, preds, members)
		point, raw, clipped, replicate = s.point, s.raw, s.clipped, s.replicate
	} else {
		est := newEstimator(m, o.Method)
		scores := est.scores(preds)
		point, raw, clipped = make([][]float64, len(groups)), make([][]float64, len(groups)), make([][]bool, len(groups))
		for g, idx := range members {
			raw[g] = meanScores(scores, idx, F)
			point[g], clipped[g] = est.correct(raw[g], est.rates)
		}
		replicate = func(r int, rng *rand.Rand) (full, docsOnly, errOnly [][]float64, deg int) {
			rates, deg := est.resampleRates(rng)
			full, docsOnly, errOnly = make([][]float64, len(groups)), make([][]float64, len(groups)), make([][]float64, len(groups))
			idx := []int{}
			for g, docs := range members {
				idx = idx[:0]
				for range docs {
					idx = append(idx, docs[rng.IntN(len(docs))])
				}
				q := meanScores(scores, idx, F)
				full[g], _ = est.correct(q, rates)
				docsOnly[g], _ = est.correct(q, est.rates)
				errOnly[g], _ = est.correct(raw[g], rates)
			}
			return full, docsOnly, errOnly, deg
		}
	}
	// Bootstrap. For each replicate: the full estimate, the estimate with documents
	// redrawn and error rates fixed, and with error rates redrawn and documents fixed.
	B := o.Replicates
	full := make([][][]float64, B) // [r][g][f]
	docsOnly := make([][][]float64, B)
	errOnly := make([][][]float64, B)
	degenerate := make([]int, B)
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, min(workers, B)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range next {
				rng := rand.New(rand.NewPCG(o.Seed, uint64(r)))
				full[r], docsOnly[r], errOnly[r], degenerate[r] = replicate(r, rng)
			}
		}()
	}
	step := max(1, B/100)
	for r := range B {
		if o.Progress != nil && r%step == 0 {
			o.Progress(r, B)
		}
		next <- r
	}
	close(next)
	wg.Wait()
	if o.Progress != nil {
		o.Progress(B, B)
	}
	recorded := o
	recorded.Progress = nil
	out := &Prevalence{Options: recorded, Frames: m.Frames(), Stats: m.Stats(), InSample: inSample,
		NoWordsSides: unread, NoWordsGroups: noWordsGroups, MinDocuments: MinDocuments, SmallN: []SmallGroup{}}
	for _, d := range degenerate {
		out.Degenerate += d
	}
	var shifts [][]Shift
	if !m.coding.Exclusive {
		shifts = shiftTests(newCalibrated(m, preds, members))
	}
	lo, hi := (1-o.Level)/2, (1+o.Level)/2
	draws := make([]float64, B)
	interval := func(get func(r int) float64) (float64, float64) {
		for r := range draws {
			draws[r] = get(r)
		}
		slices.Sort(draws)
		return quantile7(draws, lo), quantile7(draws, hi)
	}
	for g, gr := range groups {
		small := len(gr.docs) < MinDocuments
		if small {
			out.SmallN = append(out.SmallN, SmallGroup{Event: gr.event, Side: sides[gr.side].Name, Documents: len(gr.docs)})
		}
		for f := range F {
			s := Share{Event: gr.event, Side: sides[gr.side].Name, Frame: m.frames[f].name, Documents: len(gr.docs),
				NoWords: gr.noWords, OutOfFold: gr.inOOF, Raw: raw[g][f], Estimate: point[g][f], Clipped: clipped[g][f], SmallN: small}
			s.Low, s.High = interval(func(r int) float64 { return full[r][g][f] })
			s.Low, s.High = math.Min(s.Low, s.Estimate), math.Max(s.High, s.Estimate)
			if shifts != nil {
				s.Shift = shifts[g][f]
				if s.Shift.Fires {
					out.Shifted++
				}
			}
			out.Shares = append(out.Shares, s)
		}
	}
	// Differences: over all documents, per event, pooled.
	find := func(event string, s int) int {
		for g, gr := range groups {
			if gr.side == s && gr.event == event && (event != "" || g < overall) {
				return g
			}
		}
		return -1
	}
	z := distuv.UnitNormal.Quantile(hi)
	for a := range sides {
		for b := a + 1; b < len(sides); b++ {
			for f := range F {
				diff := func(ga, gb int) Difference {
					d := Difference{Event: groups[ga].event, SideA: sides[a].Name, SideB: sides[b].Name, Frame: m.frames[f].name,
						Estimate: point[ga][f] - point[gb][f], SmallN: len(groups[ga].docs) < MinDocuments || len(groups[gb].docs) < MinDocuments}
					d.Low, d.High = interval(func(r int) float64 { return full[r][ga][f] - full[r][gb][f] })
					d.Low, d.High = math.Min(d.Low, d.Estimate), math.Max(d.High, d.Estimate)
					return d
				}
				ga, gb := find("", a), find("", b)
				if ga < 0 || gb < 0 {
					continue // a side left out: the model read none of its documents
				}
				out.Differences = append(out.Differences, diff(ga, gb))
				if !perEvent {
					continue
				}
				var ys, vs []float64
				var pairs [][2]int
				smallEvents := 0
				for _, e := range events {
					ga, gb := find(e, a), find(e, b)
					if ga < 0 || gb < 0 {
						continue
					}
					d := diff(ga, gb)
					out.Differences = append(out.Differences, d)
					if d.SmallN {
						smallEvents++
					}
					for r := range draws {
						draws[r] = docsOnly[r][ga][f] - docsOnly[r][gb][f]
					}
					v := variance(draws)
					floor := halfDocVariance(raw[ga][f], len(groups[ga].docs)) + halfDocVariance(raw[gb][f], len(groups[gb].docs))
					ys = append(ys, point[ga][f]-point[gb][f])
					vs = append(vs, math.Max(v, floor))
					pairs = append(pairs, [2]int{ga, gb})
				}
				if len(ys) < 2 {
					continue
				}
				meta, err := stats.RandomEffects(ys, vs, nil)
				if err != nil {
					return nil, fmt.Errorf("frames: pooling %s − %s, frame %q: %w", sides[a].Name, sides[b].Name, m.frames[f].name, err)
				}
				// The classifier-error variance of the pooled estimate, with the pooling's
				// own weights.
				ws := make([]float64, len(vs))
				sw := 0.0
				for e, v := range vs {
					ws[e] = 1 / (v + meta.Tau2)
					sw += ws[e]
				}
				for r := range draws {
					s := 0.0
					for e, pr := range pairs {
						s += ws[e] * (errOnly[r][pr[0]][f] - errOnly[r][pr[1]][f])
					}
					draws[r] = s / sw
				}
				se := math.Sqrt(meta.SE*meta.SE + variance(draws))
				out.Differences = append(out.Differences, Difference{Pooled: true, SideA: sides[a].Name, SideB: sides[b].Name,
					Frame: m.frames[f].name, Estimate: meta.Estimate, Low: math.Max(-1, meta.Estimate-z*se),
					High: math.Min(1, meta.Estimate+z*se), Events: meta.K, Tau2: meta.Tau2, I2: meta.I2,
					SmallN: smallEvents > 0, SmallEvents: smallEvents})
			}
		}
	}
	return out, nil
}

// halfDocVariance returns the variance of a share of n documents with half a document
// added to each outcome: p̃(1 − p̃)/(n + 1), p̃ = (n·p + ½)/(n + 1).
func halfDocVariance(p float64, n int) float64 {
	nf := float64(n)
	pt := (nf*p + 0.5) / (nf + 1)
	return pt * (1 - pt) / (nf + 1)
}

// variance returns the sample variance (n − 1 denominator) of xs, summed in order.
func variance(xs []float64) float64 {
	if len(xs) < 2 {
		return 0
	}
	mean := 0.0
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	ss := 0.0
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	return ss / float64(len(xs)-1)
}

// quantile7 returns the p quantile of sorted xs by linear interpolation between order
// statistics at h = (n − 1)·p (Hyndman & Fan 1996's type 7).
func quantile7(sorted []float64, p float64) float64 {
	h := float64(len(sorted)-1) * p
	lo := math.Floor(h)
	i := int(lo)
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (h-lo)*(sorted[i+1]-sorted[i])
}

// meanScores returns the mean score of each frame over the documents idx.
func meanScores(scores [][]float64, idx []int, frames int) []float64 {
	out := make([]float64, frames)
	for _, i := range idx {
		for f, s := range scores[i] {
			out[f] += s
		}
	}
	for f := range out {
		out[f] /= float64(len(idx))
	}
	return out
}

// An estimator turns predictions into corrected shares.
type estimator struct {
	m      *Model
	method Method
	thresh []float64   // per frame (binary): the classify-and-count threshold
	train  [][]float64 // the training documents' out-of-fold scores, per document and frame
	label  []int       // exclusive: the training documents' frames
	byCode [][][]int   // per frame: the training documents coded without ([0]) and with ([1]) it; exclusive: [0] by frame
	rates  rates       // the error rates of all training documents
}

// rates are a model's error rates: for binary frames, mean scores of the documents coded
// with (pos) and without (neg) each frame; for an exclusive coding, the matrix
// conf[j][k], the mean score of frame j over documents of frame k.
type rates struct {
	pos, neg []float64
	conf     [][]float64
}

func newEstimator(m *Model, method Method) *estimator {
	e := &estimator{m: m, method: method}
	F := len(m.frames)
	n := len(m.codes)
	if !m.coding.Exclusive {
		for _, s := range m.Stats() {
			e.thresh = append(e.thresh, s.Threshold)
		}
	}
	oof := make([]Prediction, n)
	for i := range oof {
		oof[i].Probabilities = make([]float64, F)
		for f := range F {
			oof[i].Probabilities[f] = m.frames[f].oof[i]
		}
	}
	e.train = e.scores(oof)
	if m.coding.Exclusive {
		e.label = make([]int, n)
		e.byCode = [][][]int{make([][]int, F)}
		for i, cs := range m.codes {
			e.label[i] = slices.Index(cs, true)
			e.byCode[0][e.label[i]] = append(e.byCode[0][e.label[i]], i)
		}
	} else {
		e.byCode = make([][][]int, F)
		for f := range F {
			e.byCode[f] = make([][]int, 2)
			for i, cs := range m.codes {
				if cs[f] {
					e.byCode[f][1] = append(e.byCode[f][1], i)
				} else {
					e.byCode[f][0] = append(e.byCode[f][0], i)
				}
			}
		}
	}
	e.rates, _ = e.ratesOf(func(f, class int) []int { return e.byCode[f][class] })
	return e
}

// scores returns each prediction's score per frame: its probability (probabilistic
// methods) or 1/0 for classified or not (exclusive codings: the most probable frame,
// ties to the first).
func (e *estimator) scores(preds []Prediction) [][]float64 {
	out := make([][]float64, len(preds))
	for i, p := range preds {
		s := slices.Clone(p.Probabilities)
		if !e.method.probabilistic() {
			if e.m.coding.Exclusive {
				best := 0
				for f, v := range s {
					if v > s[best] {
						best = f
					}
				}
				clear(s)
				s[best] = 1
			} else {
				for f, v := range s {
					s[f] = 0
					if v >= e.thresh[f] {
						s[f] = 1
					}
				}
			}
		}
		out[i] = s
	}
	return out
}

// ratesOf computes error rates from the training documents that docs(f, class) lists
// (for exclusive codings f is 0 and class the frame). It returns how many frames'
// rates leave the classifier no better than chance.
func (e *estimator) ratesOf(docs func(f, class int) []int) (rates, int) {
	F := len(e.m.frames)
	var r rates
	deg := 0
	if e.m.coding.Exclusive {
		r.conf = make([][]float64, F)
		for j := range F {
			r.conf[j] = make([]float64, F)
		}
		for k := range F {
			idx := docs(0, k)
			for j := range F {
				for _, i := range idx {
					r.conf[j][k] += e.train[i][j]
				}
				r.conf[j][k] /= float64(len(idx))
			}
		}
		return r, 0
	}
	r.pos, r.neg = make([]float64, F), make([]float64, F)
	for f := range F {
		for _, i := range docs(f, 1) {
			r.pos[f] += e.train[i][f]
		}
		for _, i := range docs(f, 0) {
			r.neg[f] += e.train[i][f]
		}
		r.pos[f] /= float64(len(docs(f, 1)))
		r.neg[f] /= float64(len(docs(f, 0)))
		if e.method.corrected() && !(r.pos[f] > r.neg[f]) {
			deg++
		}
	}
	return r, deg
}

// resampleRates redraws the training documents, with replacement within each code, and
// returns their error rates.
func (e *estimator) resampleRates(rng *rand.Rand) (rates, int) {
	drawn := make([][][]int, len(e.byCode))
	for f, classes := range e.byCode {
		drawn[f] = make([][]int, len(classes))
		for c, idx := range classes {
			d := make([]int, len(idx))
			for t := range d {
				d[t] = idx[rng.IntN(len(idx))]
			}
			drawn[f][c] = d
		}
	}
	return e.ratesOf(func(f, class int) []int { return drawn[f][class] })
}

// correct returns the method's estimates from a group's mean scores q, clipped to [0, 1]
// (binary) or to the simplex (exclusive), and which were clipped.
func (e *estimator) correct(q []float64, r rates) ([]float64, []bool) {
	F := len(q)
	out := make([]float64, F)
	clipped := make([]bool, F)
	if !e.method.corrected() {
		copy(out, q)
		return out, clipped
	}
	if e.m.coding.Exclusive {
		mm := mat.NewDense(F, F, nil)
		for j := range F {
			for k := range F {
				mm.Set(j, k, r.conf[j][k])
			}
		}
		var p mat.VecDense
		if err := p.SolveVec(mm, mat.NewVecDense(F, slices.Clone(q))); err != nil {
			copy(out, q) // a singular confusion matrix: no correction possible
			return out, clipped
		}
		sum := 0.0
		for k := range F {
			out[k] = p.AtVec(k)
			if out[k] < 0 || math.IsNaN(out[k]) {
				out[k], clipped[k] = 0, true
			}
			sum += out[k]
		}
		if sum <= 0 {
			copy(out, q)
			return out, clipped
		}
		for k := range out {
			out[k] /= sum
			if out[k] > 1 {
				out[k], clipped[k] = 1, true
			}
		}
		return out, clipped
	}
	for f := range F {
		d := r.pos[f] - r.neg[f]
		if !(d > 0) {
			out[f] = min(max(q[f], 0), 1) // no correction possible: the raw share
			continue
		}
		v := (q[f] - r.neg[f]) / d
		switch {
		case v < 0:
			out[f], clipped[f] = 0, true
		case v > 1:
			out[f], clipped[f] = 1, true
		default:
			out[f] = v
		}
	}
	return out, clipped
}
