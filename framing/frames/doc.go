// Package frames learns frame models from hand-coded documents and estimates how often
// each side of a comparison uses each frame, with intervals that include the models' own
// errors.
//
// Framing research at scale codes a sample of articles by hand (does this article use the
// conflict frame? the economic frame?), learns a classifier from the sample, and applies
// it to the rest. A classifier's errors do not average out over a side's documents: one
// that calls 20% of articles without the frame "conflict" inflates every side's conflict
// share, and more so for the side with fewer conflict articles. This package corrects the
// shares with the errors the model made in cross-validation, and its intervals carry the
// uncertainty of those errors, so that a difference between sides is not read into what
// is the classifier's doing.
//
// # Pipeline
//
//  1. Coded documents come from the corpus loaders like any others; a [Coding] says where
//     each document's codes are (a JSON object of true/false per frame, a column per
//     frame, or one frame per document).
//  2. [Train] turns the texts into features: framing's document-term counts
//     ([framing.Analyzer.Matrix]), weighted as [framing.Matrix.Weight] defines it with the
//     training documents' document frequencies (TF-IDF with sublinear term frequencies by
//     default), and the categories of a lexicon ([framing.FramesLexicon] by default, the
//     rate of each category per 1,000 terms, log-transformed and standardized).
//  3. For each frame it fits an L2-regularized logistic regression (for an exclusive
//     coding, one multinomial model), choosing the penalty C by cross-validation on folds
//     fixed by a seeded hash of the document IDs ([Folds]), and keeps the out-of-fold
//     predictions of every training document: the model's honest error rates.
//  4. [Model.Predict] applies the model to any documents, analyzed with the model's own
//     settings; [Model.Evidence] lists each frame's strongest terms with keyword-in-context
//     lines from the documents ([framing.Analyzer.Concordances]).
//  5. [Model.Prevalence] estimates each side's share of documents with each frame, per event
//     and over all, corrected by the out-of-fold error rates, with bootstrap intervals, and
//     the differences between sides, per event and pooled over events
//     ([stats.RandomEffects]). The training documents among them are scored with their
//     out-of-fold predictions; documents the model finds none of its words in are counted
//     and left out. Every share carries a test of the corrected estimators' assumption,
//     that the group differs from the coded documents only in how often it carries the
//     frame ([Shift]: the Kolmogorov–Smirnov distance of the group's scores from the
//     closest mixture of the coded documents' scores with and without the frame, at level
//     0.001); when it fires, the estimate is flagged, not changed. A group of fewer than
//     [MinDocuments] (10) documents is flagged too (Share.SmallN, Prevalence.SmallN): too
//     few for a share to have the 5 expected documents with the frame and 5 without that
//     the binomial approximations of its interval want. So is every difference with such
//     a share, and every pooled difference with such an event (Difference.SmallN,
//     Difference.SmallEvents).
//  6. A [Model] saves to JSON and loads back (encoding/json), with its analyzer settings and
//     lexicon; loading refuses a file with settings it does not know, and a model refuses
//     text in another language and profiles counted with other settings
//     ([Model.PredictProfiles]).
//
// # Scores
//
// The models minimize scikit-learn's objective for LogisticRegression(penalty="l2"):
//
//	J(w, b) = C · Σ_i ℓ_i + ½‖w‖²,   ℓ_i = ln(1 + e^η_i) − y_i·η_i,   η_i = x_i·w + b
//
// (natural log; the intercept b is not penalized; for exclusive codings ℓ_i is the
// multinomial log loss, one weight vector per frame). One frame is fitted by Newton's
// method in the span of the training documents (w = Xᵀα, exact for this objective), where
// a step costs one Cholesky factorization of an n×n matrix whatever the vocabulary's size,
// and every frame, penalty and fold shares one Gram matrix; the path over C starts each fit
// from the last one's solution moved along the path's tangent. Above 2,000 training
// documents, and for exclusive codings, an L-BFGS solver works on the weights directly.
// Both solvers reproduce scikit-learn's coefficients to 1e-6 (testdata/sklearn-logistic.json).
// The penalty is chosen from [DefaultC] by the out-of-fold log loss summed over the
// documents (ties to the smaller C; the path stops after two penalties in a row that do
// worse than the best).
//
// [AUC] is the ROC AUC (Mann–Whitney, ties one half). A frame's classify-and-count
// threshold is Forman's "MAX": the out-of-fold threshold with the largest TPR − FPR.
//
// Prevalence estimators ([Method]): SLD (the default; the likelihood of Saerens, Latinne &
// Decaestecker 2002 on Platt-calibrated probabilities, with a weak prior; the posterior
// mean of the group's own share); Mixture (the group's binned probabilities as a mixture
// of those of the training documents with and without the frame, solved the same way); ACC,
// adjusted classify-and-count, p = (q − FPR)/(TPR − FPR) (Forman 2008); PACC, its
// probabilistic form (Bella et al. 2010); CPCC, the mean of Platt-calibrated probabilities
// (Platt 1999; Bella et al. 2010), which assumes the group is like the coded sample; and
// the uncorrected CC and PCC. ACC and PACC
// estimates are clipped to [0, 1], and Share.Clipped says when; the others lie in [0, 1]
// by construction. Intervals are bootstrap percentiles (2,000 replicates by default, seeded)
// that redraw the training documents' out-of-fold predictions in every replicate, so that
// they include the uncertainty of the error rates: ACC and PACC also redraw the group's
// documents; SLD and Mixture draw the group's share from its posterior given each
// replicate's error rates (for SLD, its refitted calibration), and CPCC each document's
// frame from its probability under each replicate's refitted calibration. Those draws are
// shares of whole documents and the estimates means, so an interval of a few documents can
// miss its estimate; every interval is widened to contain it (see [Model.Prevalence]).
//
// What frames-dev shows (Frermann et al. 2023: 270 climate-change articles coded for five
// frames; settings chosen on one half of the articles, see framesdev_test.go). Five-fold
// cross-validation, the same folds for both (each fold's ROC AUC from models trained on the
// other four, averaged over the folds; not [FrameStat.AUC], which pools a model's own
// cross-validation: with default training on all 270 articles, 0.78 on average over the
// frames): mean ROC AUC over the five frames 0.802 for
// this package's defaults against 0.747 for scikit-learn's TF-IDF + LogisticRegression
// (0.747 with LogisticRegressionCV), and training takes 12 times less CPU time than
// scikit-learn's with the same cross-validation of C (twice as much as one scikit-learn fit
// at a fixed C). Trained on four folds, the SLD estimate of each leaning's share of each
// frame on the fifth (9 to 17 articles per leaning and fold) is 0.136 from the coded share
// on average, and its 95% intervals cover the coded share in 94 of the 100 cells (half A
// 0.144 and 99, half B 0.176 and 97). Mixture is 0.134 off and covers 98, CPCC 0.092 and
// 96, PCC 0.091 and 41 (its intervals redraw the documents' mean probability only), ACC
// 0.21 and 87, PACC 0.25 and 85. SLD's errors lean one way: its mean signed error is
// +0.056 (half A +0.052, half B +0.073), as Mixture's is +0.054 (+0.056, +0.068), where
// CPCC's is +0.008 (−0.001, +0.016) and PCC's −0.013: on these cells the estimators that
// undo the classifier's errors overstate the frames' shares. On groups that small no
// estimator comes within 0.05: were the calibrated probabilities exact, a cell's coded share would
// still differ from their mean by 0.081 on average (the documents' own chance: the mean
// absolute deviation of a sum of Bernoulli trials), and a classifier would need a ROC AUC
// near 0.97 on every frame, against 0.80, to bring that to 0.05 (binormal scores at the
// frames' shares and these cell sizes: testdata/prevalence_floor.py). On half A or half B
// alone (about 7 articles a cell) that floor is 0.117, and would need an AUC of 0.99.
// TestFramesDevFloor checks these figures in Go, without the estimators' code: from the
// calibrated out-of-fold probabilities exactly (Poisson binomial, 0.0812), by a normal
// approximation (0.0807) and by simulation (0.0812), and from the cell sizes and coded
// shares alone under binormal scores (0.080 at AUC 0.80; 0.05 at AUC 0.970):
//
//	go test ./framing/frames -run 'TestFramesDevFloor$' -v
//
// Read the other way, with each leaning's error averaged over the five folds before its
// size is taken (the estimator's bias on that leaning and frame), SLD is 0.089 off (half A
// 0.074, half B 0.125), CPCC 0.035 (0.047, 0.053) and ACC 0.102 (0.115, 0.177), against a
// floor of 0.036 (0.052 on either half). CPCC comes within 0.011 of the
// floor on the whole because frames-dev's leanings use the frames about
// as often as its training folds do; for groups drawn to have 10% or 70% of a frame, it is
// 0.23 off and its intervals cover 56% of the shares, against SLD's 0.18 and 96% (Mixture:
// 0.20 and 96%); mean signed errors there SLD +0.048, Mixture +0.034, CPCC −0.020. The default was chosen by nested cross-validation inside the training
// folds, scoring both kinds of group (framesdev_nested_test.go): among the estimators whose
// intervals cover 90% of each kind, the smallest mean error over the two, SLD's 0.155
// against Mixture's 0.160 (CPCC's 0.162 and PCC's 0.172 with too narrow intervals), a
// small margin. The shifted groups are drawn from the coded documents with and without the
// frame in chosen proportions: pure label shift, the documents with the frame alike in
// every group, which is SLD's own assumption (and Mixture's, ACC's and PACC's), not
// CPCC's, so they favour SLD (and Mixture) over CPCC; no group there has documents unlike
// the coded ones.
//
// # Determinism
//
// The same documents give the same model, byte for byte, whatever their order (they are
// sorted by ID) and the number of workers: folds come from the IDs ([Folds]), sums run in a
// fixed order, and frames fitted in parallel write to their own slots. The bootstrap draws
// replicate r from its own PCG stream seeded with (Seed, r) ([DefaultSeed] when 0), so its
// intervals do not depend on the workers either.
//
// # Concurrency
//
// A [Model] is immutable once trained or loaded: safe for concurrent use by any number of
// goroutines (Predict, Prevalence, Evidence). [Train] and [Model.Prevalence] use up to
// Workers goroutines of their own.
package frames
