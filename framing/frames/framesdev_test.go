package frames

// framesdev_test.go: measurements on frames-dev (Frermann et al. 2023, 270 climate-change
// articles coded for five generic frames; see ../shared/data/README.md). The data are not
// part of the project: these tests and benchmarks skip when the file is absent.
//
// Every choice of a setting was made on half A of the articles (Folds(ids, 2, halfSeed):
// fold 0); half B (fold 1) is reported beside the whole and was not looked at while
// choosing.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// halfSeed splits frames-dev into the half settings are chosen on and the half kept out.
const halfSeed = 2

// targetSeed fixes the five cross-validation folds of the targets.
const targetSeed = DefaultSeed

var leanings = []string{"left_bias", "left_center_bias", "right_bias", "questionable_source"}

// framesDevPath returns the path of frames-dev's articles, or "" if absent.
func framesDevPath() string {
	for _, d := range []string{os.Getenv("FRAMEDIFF_DATA"), "../../shared/data", "../../../shared/data", "../shared/data"} {
		if d == "" {
			continue
		}
		p := filepath.Join(d, "frames-dev", "articles.jsonl")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// framesDev holds frames-dev loaded as a corpus (the leaning as Kind), its codes, the
// halves and the target folds.
type framesDev struct {
	docs   []corpus.Document // sorted by ID
	codes  [][]bool          // per document, per frame of coding.Frames
	coding Coding
	half   []int // 0: A, 1: B
	folds  []int // the five target folds
}

func loadFramesDev(tb testing.TB) *framesDev {
	tb.Helper()
	path := framesDevPath()
	if path == "" {
		tb.Skip("frames-dev not found (set FRAMEDIFF_DATA)")
	}
	c, err := corpus.LoadFile(path, &corpus.LoadOptions{Defaults: corpus.Document{Event: "climate"}, Fields: map[string]string{"bias": "kind"}})
	if err != nil {
		tb.Fatal(err)
	}
	fd := &framesDev{docs: c.Documents()}
	fd.coding, err = Coding{Key: "frames"}.resolve(fd.docs)
	if err != nil {
		tb.Fatal(err)
	}
	ids := make([]string, len(fd.docs))
	for i, d := range fd.docs {
		ids[i] = d.ID
		cs, err := fd.coding.codes(d)
		if err != nil {
			tb.Fatal(err)
		}
		fd.codes = append(fd.codes, cs)
	}
	if fd.half, err = Folds(ids, 2, halfSeed); err != nil {
		tb.Fatal(err)
	}
	if fd.folds, err = Folds(ids, 5, targetSeed); err != nil {
		tb.Fatal(err)
	}
	return fd
}

// split returns the training and test documents of target fold k.
func (fd *framesDev) split(k int) (train, test []corpus.Document, testIdx []int) {
	for i, d := range fd.docs {
		if fd.folds[i] == k {
			test = append(test, d)
			testIdx = append(testIdx, i)
		} else {
			train = append(train, d)
		}
	}
	return train, test, testIdx
}

// cvPredictions trains on four folds and predicts the fifth, for every fold: the
// out-of-fold probabilities of every document, and the models.
func (fd *framesDev) cvPredictions(tb testing.TB, opts *Options) ([][]float64, []*Model) {
	tb.Helper()
	probs := make([][]float64, len(fd.docs))
	var models []*Model
	for k := range 5 {
		train, test, idx := fd.split(k)
		m, err := Train(train, fd.coding, opts)
		if err != nil {
			tb.Fatal(err)
		}
		preds, err := m.Predict(test)
		if err != nil {
			tb.Fatal(err)
		}
		for t, p := range preds {
			probs[idx[t]] = p.Probabilities
		}
		models = append(models, m)
	}
	return probs, models
}

// foldAUC returns each frame's ROC AUC averaged over the five target folds, over the
// documents in keep (nil: all).
func (fd *framesDev) foldAUC(tb testing.TB, probs [][]float64, keep func(i int) bool) []float64 {
	tb.Helper()
	out := make([]float64, len(fd.coding.Frames))
	for f := range out {
		for k := range 5 {
			var s []float64
			var y []bool
			for i := range fd.docs {
				if fd.folds[i] == k && (keep == nil || keep(i)) {
					s = append(s, probs[i][f])
					y = append(y, fd.codes[i][f])
				}
			}
			a, err := AUC(s, y)
			if err != nil {
				tb.Fatal(err)
			}
			out[f] += a / 5
		}
	}
	return out
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// prevalenceCells trains on four folds, estimates every leaning's share of every frame on
// the fifth, and scores each (fold, leaning, frame) cell against the coded share of the
// fold's documents of that leaning in the part kept (nil: all documents).
type cellScore struct {
	cells, covered     int
	absErr, signedErr  float64
	foldMeanAbs        float64 // |mean over folds of (estimate − coded)|, averaged over (leaning, frame)
	perCellEst, perTru map[[2]string][]float64
}

func (c *cellScore) String() string {
	return fmt.Sprintf("cells %3d  mean |error| %.4f  mean error %+.4f  coverage %.3f",
		c.cells, c.absErr/float64(c.cells), c.signedErr/float64(c.cells), float64(c.covered)/float64(c.cells))
}

func (fd *framesDev) scoreCells(tb testing.TB, models []*Model, opts *PrevalenceOptions, keep func(i int) bool) *cellScore {
	tb.Helper()
	var sides []corpus.Side
	for _, l := range leanings {
		sides = append(sides, corpus.KindSide(l))
	}
	sc := &cellScore{perCellEst: map[[2]string][]float64{}, perTru: map[[2]string][]float64{}}
	for k, m := range models {
		_, _, idx := fd.split(k)
		var test []corpus.Document
		var kept []int
		for _, i := range idx {
			if keep == nil || keep(i) {
				test = append(test, fd.docs[i])
				kept = append(kept, i)
			}
		}
		prev, err := m.Prevalence(test, sides, opts)
		if err != nil {
			tb.Fatal(err)
		}
		for _, s := range prev.Shares {
			truth := fd.codedShare(kept, s.Side, s.Frame)
			sc.cells++
			sc.absErr += math.Abs(s.Estimate - truth)
			sc.signedErr += s.Estimate - truth
			if s.Low <= truth && truth <= s.High {
				sc.covered++
			}
			key := [2]string{s.Side, s.Frame}
			sc.perCellEst[key] = append(sc.perCellEst[key], s.Estimate)
			sc.perTru[key] = append(sc.perTru[key], truth)
		}
	}
	for key, est := range sc.perCellEst {
		sc.foldMeanAbs += math.Abs(mean(est)-mean(sc.perTru[key])) / float64(len(sc.perCellEst))
	}
	return sc
}

// TestFramesDevPrevalenceChoice is the record of how the Mixture estimator's settings
// were chosen (its bins, and the prior weight SLD shares): every candidate scored on the
// cells of half A (the fold's documents of half A only), with half B and the whole beside.
// The estimator itself was chosen by nested cross-validation
// (TestFramesDevPrevalenceNested). Run with -v to see the table; it asserts nothing. It
// takes minutes.
func TestFramesDevPrevalenceChoice(t *testing.T) {
	if testing.Short() || os.Getenv("FRAMES_CHOICE") == "" {
		t.Skip("set FRAMES_CHOICE=1 to rerun the choice of the prevalence settings (minutes)")
	}
	fd := loadFramesDev(t)
	_, models := fd.cvPredictions(t, nil)
	inA := func(i int) bool { return fd.half[i] == 0 }
	inB := func(i int) bool { return fd.half[i] == 1 }
	type candidate struct {
		method Method
		bins   int
		prior  float64
	}
	var cands []candidate
	for _, m := range []Method{ACC, PACC} {
		cands = append(cands, candidate{m, 0, 0})
	}
	for _, bins := range []int{4, 8, 12} {
		for _, prior := range []float64{0, 2, 5, 10} {
			cands = append(cands, candidate{Mixture, bins, prior})
		}
	}
	saveBins, savePrior := mixtureBins, mixturePrior
	defer func() { mixtureBins, mixturePrior = saveBins, savePrior }()
	var lines []string
	for _, c := range cands {
		if c.method == Mixture {
			mixtureBins, mixturePrior = c.bins, c.prior
		}
		opts := &PrevalenceOptions{Method: c.method, Replicates: 1000}
		a := fd.scoreCells(t, models, opts, inA)
		b := fd.scoreCells(t, models, opts, inB)
		w := fd.scoreCells(t, models, opts, nil)
		lines = append(lines, fmt.Sprintf("%-7v bins %2d prior %4.1f\n  A:     %s\n  B:     %s\n  whole: %s", c.method, c.bins, c.prior, a, b, w))
	}
	t.Log("\n" + strings.Join(lines, "\n"))
}

// pooledAUC returns each frame's ROC AUC over the out-of-fold probabilities of the
// documents keep selects (nil: all), pooled over the five folds.
func (fd *framesDev) pooledAUC(tb testing.TB, probs [][]float64, keep func(i int) bool) []float64 {
	tb.Helper()
	out := make([]float64, len(fd.coding.Frames))
	for f := range out {
		var s []float64
		var y []bool
		for i := range fd.docs {
			if keep == nil || keep(i) {
				s = append(s, probs[i][f])
				y = append(y, fd.codes[i][f])
			}
		}
		a, err := AUC(s, y)
		if err != nil {
			tb.Fatal(err)
		}
		out[f] = a
	}
	return out
}

// TestFramesDevModelChoice is the record of how the model's default settings were
// chosen: each candidate's out-of-fold AUC (five target folds), pooled over the documents
// of half A, with half B and the whole beside. Run with FRAMES_CHOICE=1 -v; it asserts
// nothing.
func TestFramesDevModelChoice(t *testing.T) {
	if testing.Short() || os.Getenv("FRAMES_CHOICE") == "" {
		t.Skip("set FRAMES_CHOICE=1 to rerun the choice of the model settings (minutes)")
	}
	fd := loadFramesDev(t)
	tfidf := &framing.Weighting{TF: framing.TFRaw, IDF: framing.IDFSmooth, Normalize: true}
	sublinear := &framing.Weighting{TF: framing.TFSublinear, IDF: framing.IDFSmooth, Normalize: true}
	cands := []struct {
		name string
		opts Options
	}{
		{"tf-idf", Options{Weighting: tfidf, NoLexicon: true}},
		{"tf-idf, sublinear tf", Options{Weighting: sublinear, NoLexicon: true}},
		{"log counts", Options{Weighting: &framing.Weighting{TF: framing.TFSublinear, Normalize: true}, NoLexicon: true}},
		{"presence", Options{Weighting: &framing.Weighting{TF: framing.TFBinary, Normalize: true}, NoLexicon: true}},
		{"tf-idf, min df 2", Options{Weighting: tfidf, MinDF: 2, NoLexicon: true}},
		{"tf-idf + news-frames x1", Options{Weighting: tfidf, LexiconWeight: 1}},
		{"tf-idf + news-frames x0.3", Options{Weighting: tfidf, LexiconWeight: 0.3}},
		{"tf-idf + news-frames x0.1", Options{Weighting: tfidf, LexiconWeight: 0.1}},
		{"sublinear + news-frames x0.3", Options{Weighting: sublinear, LexiconWeight: 0.3}},
		{"sublinear + news-frames x0.1", Options{Weighting: sublinear, LexiconWeight: 0.1}},
	}
	inA := func(i int) bool { return fd.half[i] == 0 }
	inB := func(i int) bool { return fd.half[i] == 1 }
	var lines []string
	for _, c := range cands {
		probs, _ := fd.cvPredictions(t, &c.opts)
		a, b, w := fd.pooledAUC(t, probs, inA), fd.pooledAUC(t, probs, inB), fd.pooledAUC(t, probs, nil)
		lines = append(lines, fmt.Sprintf("%-26s A %.4f %.3f  B %.4f  whole %.4f  (per-fold mean, whole: %.4f)", c.name, mean(a), a, mean(b), mean(w), mean(fd.foldAUC(t, probs, nil))))
	}
	t.Log("\n" + strings.Join(lines, "\n"))
}

// sklearnPython returns a Python 3 that imports scikit-learn, installing Debian's
// python3-sklearn with apt-get if none does (which needs root); "" if there is none.
func sklearnPython(tb testing.TB) string {
	tb.Helper()
	find := func() string {
		for _, py := range []string{"/usr/bin/python3", "python3"} {
			if exec.Command(py, "-c", "import sklearn").Run() == nil {
				return py
			}
		}
		return ""
	}
	if py := find(); py != "" {
		return py
	}
	if _, err := exec.LookPath("apt-get"); err == nil {
		out, err := exec.Command("apt-get", "install", "-y", "python3-sklearn").CombinedOutput()
		if err != nil {
			tb.Logf("apt-get install python3-sklearn: %v\n%s", err, out)
		}
	}
	return find()
}

// sklearnFold is what testdata/sklearn_frames.py prints.
type sklearnFold struct {
	AUCDefault   []float64   `json:"auc_default"`
	ProbaDefault [][]float64 `json:"proba_default"` // per frame, per test document
	ProbaCV      [][]float64 `json:"proba_cv"`
	AUCCV        []float64   `json:"auc_cv"`
	CCV          []float64   `json:"c_cv"`
	CPUDefault   float64     `json:"cpu_default"`
	CPUCV        float64     `json:"cpu_cv"`
}

// BenchmarkFramesDevScikitLearn measures the model against scikit-learn's TF-IDF +
// logistic regression on frames-dev, side by side in one run: for each of the five
// target folds (the same folds, written to a temporary file for Python), framing/frames
// trains on four folds and scikit-learn does, fold by fold in turn, and both predict the
// fifth. It reports the mean over folds and frames of each model's ROC AUC, and the
// median over folds of the ratio of scikit-learn's training CPU time to framing/frames'
// (analysis of the texts included on both sides; scikit-learn limited to one BLAS
// thread). Run it once:
//
//	go test ./framing/frames -run '^$' -bench FramesDevScikitLearn -benchtime 1x
func BenchmarkFramesDevScikitLearn(b *testing.B) {
	fd := loadFramesDev(b)
	py := sklearnPython(b)
	if py == "" {
		b.Skip("no Python 3 with scikit-learn (apt-get install python3-sklearn)")
	}
	path := framesDevPath()
	dir := b.TempDir()
	for b.Loop() {
		var ours, skDefault, skCV [5][]float64
		var ratioDefault, ratioCV []float64
		// Out-of-fold probabilities of every document, per model: for the AUC of each half.
		probs := map[string][][]float64{}
		for _, name := range []string{"framing/frames", "scikit-learn default", "scikit-learn CV"} {
			probs[name] = make([][]float64, len(fd.docs))
		}
		for k := range 5 {
			train, test, testIdx := fd.split(k)
			// framing/frames.
			t0 := cpuTime()
			m, err := Train(train, fd.coding, nil)
			if err != nil {
				b.Fatal(err)
			}
			cpu := cpuTime() - t0
			preds, err := m.Predict(test)
			if err != nil {
				b.Fatal(err)
			}
			for t, p := range preds {
				probs["framing/frames"][testIdx[t]] = p.Probabilities
			}
			for f := range fd.coding.Frames {
				var s []float64
				var y []bool
				for t, p := range preds {
					s = append(s, p.Probabilities[f])
					cs, _ := fd.coding.codes(test[t])
					y = append(y, cs[f])
				}
				a, err := AUC(s, y)
				if err != nil {
					b.Fatal(err)
				}
				ours[k] = append(ours[k], a)
			}
			// scikit-learn, on the same documents and inner folds.
			var trainIDs, testIDs []string
			for _, d := range train {
				trainIDs = append(trainIDs, d.ID)
			}
			for _, d := range test {
				testIDs = append(testIDs, d.ID)
			}
			inner, err := Folds(trainIDs, 5, DefaultSeed)
			if err != nil {
				b.Fatal(err)
			}
			spec, _ := json.Marshal(map[string]any{"articles": path, "frames": fd.coding.Frames, "train": trainIDs,
				"test": testIDs, "inner": inner, "c": DefaultC()})
			specPath := filepath.Join(dir, fmt.Sprintf("fold%d.json", k))
			if err := os.WriteFile(specPath, spec, 0o644); err != nil {
				b.Fatal(err)
			}
			cmd := exec.Command(py, "testdata/sklearn_frames.py", specPath)
			cmd.Env = append(os.Environ(), "OMP_NUM_THREADS=1", "OPENBLAS_NUM_THREADS=1", "MKL_NUM_THREADS=1", "PYTHONWARNINGS=ignore")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				b.Fatalf("scikit-learn: %v\n%s", err, stderr.Bytes())
			}
			var sk sklearnFold
			if err := json.Unmarshal(out, &sk); err != nil {
				b.Fatalf("scikit-learn: %v: %s", err, out)
			}
			skDefault[k], skCV[k] = sk.AUCDefault, sk.AUCCV
			for t, i := range testIdx {
				for name, pr := range map[string][][]float64{"scikit-learn default": sk.ProbaDefault, "scikit-learn CV": sk.ProbaCV} {
					probs[name][i] = make([]float64, len(fd.coding.Frames))
					for f := range fd.coding.Frames {
						probs[name][i][f] = pr[f][t]
					}
				}
			}
			ratioDefault = append(ratioDefault, sk.CPUDefault/cpu.Seconds())
			ratioCV = append(ratioCV, sk.CPUCV/cpu.Seconds())
			b.Logf("fold %d CPU s, mean AUC: framing/frames %.2f %.3f; scikit-learn %.2f %.3f; LogisticRegressionCV %.2f %.3f",
				k, cpu.Seconds(), mean(ours[k]), sk.CPUDefault, mean(sk.AUCDefault), sk.CPUCV, mean(sk.AUCCV))
		}
		perFrame := func(aucs [5][]float64) []float64 {
			out := make([]float64, len(fd.coding.Frames))
			for _, fold := range aucs {
				for f, a := range fold {
					out[f] += a / 5
				}
			}
			return out
		}
		o, d, c := perFrame(ours), perFrame(skDefault), perFrame(skCV)
		b.Logf("AUC per frame %q, mean over folds: framing/frames %.3f, scikit-learn %.3f, LogisticRegressionCV %.3f", fd.coding.Frames, o, d, c)
		// Within a half a fold holds about 27 articles, some without a morality article, so
		// the halves' AUCs pool the out-of-fold probabilities over the folds.
		halves := []string{}
		for _, name := range []string{"framing/frames", "scikit-learn default", "scikit-learn CV"} {
			a := fd.pooledAUC(b, probs[name], func(i int) bool { return fd.half[i] == 0 })
			bb := fd.pooledAUC(b, probs[name], func(i int) bool { return fd.half[i] == 1 })
			w := fd.pooledAUC(b, probs[name], nil)
			halves = append(halves, fmt.Sprintf("%s A %.4f B %.4f whole %.4f", name, mean(a), mean(bb), mean(w)))
		}
		b.Logf("pooled out-of-fold AUC, mean over frames, by half (settings chosen on A): %s", strings.Join(halves, "; "))
		slices.Sort(ratioDefault)
		slices.Sort(ratioCV)
		b.ReportMetric(mean(o), "auc-frames")
		b.ReportMetric(mean(d), "auc-sklearn")
		b.ReportMetric(mean(c), "auc-sklearn-cv")
		b.ReportMetric(ratioDefault[2], "cpu-sklearn/frames")
		b.ReportMetric(ratioCV[2], "cpu-sklearn-cv/frames")
	}
}

// meanAbsDeviation returns E|K/n − μ|, K the number of successes of independent trials
// with probabilities ps (Poisson binomial) and μ = Σ ps/n: by the distribution of K, built
// trial by trial.
func meanAbsDeviation(ps []float64) float64 {
	dist := []float64{1}
	mu := 0.0
	for _, p := range ps {
		next := make([]float64, len(dist)+1)
		for k, q := range dist {
			next[k] += q * (1 - p)
			next[k+1] += q * p
		}
		dist = next
		mu += p
	}
	n := float64(len(ps))
	out := 0.0
	for k, q := range dist {
		out += q * math.Abs(float64(k)/n-mu/n)
	}
	return out
}

// TestMeanAbsDeviation: two trials of ½: K is 0, 1, 2 with chances ¼, ½, ¼, so
// E|K/2 − ½| = ¼·½ + ½·0 + ¼·½ = ¼; one trial of 0.3: 0.3·0.7 + 0.7·0.3 = 0.42.
func TestMeanAbsDeviation(t *testing.T) {
	if got := meanAbsDeviation([]float64{0.5, 0.5}); math.Abs(got-0.25) > 1e-15 {
		t.Errorf("two halves: %v, want 0.25", got)
	}
	if got := meanAbsDeviation([]float64{0.3}); math.Abs(got-0.42) > 1e-15 {
		t.Errorf("0.3: %v, want 0.42", got)
	}
}

// floor returns, over the same cells as scoreCells, the mean of E|T − mean p|: how far a
// cell's coded share T would lie from its mean probability on average were the models'
// Platt-calibrated probabilities p exact (the documents' own chance, which no estimator
// from these probabilities removes).
func (fd *framesDev) floor(tb testing.TB, models []*Model, keep func(i int) bool) float64 {
	tb.Helper()
	cells := fd.floorCells(tb, models, keep)
	sum := 0.0
	for _, c := range cells {
		sum += meanAbsDeviation(c.ps)
	}
	return sum / float64(len(cells))
}

// TestFramesDevPrevalence: trained on four target folds, the estimated share of each
// frame per leaning on the fifth, against the coded share of the fifth fold's documents of
// that leaning: 5 folds × 4 leanings × 5 frames = 100 cells. The target is that the 95%
// intervals cover the coded share in at least 90% of the cells, on half B and on the
// whole. The mean absolute error is reported (the target of 0.05 is not met: see the
// package documentation), beside the floor that the models' calibrated probabilities leave
// (see floor).
func TestFramesDevPrevalence(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("trains five models (minutes under the race detector)")
	}
	fd := loadFramesDev(t)
	_, models := fd.cvPredictions(t, nil)
	for _, part := range []struct {
		name string
		keep func(int) bool
	}{{"half A", func(i int) bool { return fd.half[i] == 0 }}, {"half B", func(i int) bool { return fd.half[i] == 1 }}, {"whole", nil}} {
		t.Logf("%-6s floor: mean E|coded share − mean calibrated probability| %.4f", part.name, fd.floor(t, models, part.keep))
		var bias []string
		for _, method := range []Method{SLD, Mixture, ACC, PACC, PCC, CPCC} {
			sc := fd.scoreCells(t, models, &PrevalenceOptions{Method: method}, part.keep)
			t.Logf("%-6s %-7v %s", part.name, method, sc)
			if method == (PrevalenceOptions{}).Method && part.name != "half A" && float64(sc.covered) < 0.9*float64(sc.cells) {
				t.Errorf("%s: intervals cover %d of %d cells, want at least 90%%", part.name, sc.covered, sc.cells)
			}
			bias = append(bias, fmt.Sprintf("%v %.4f", method, sc.foldMeanAbs))
		}
		// The other reading of "within 0.05 on average": the error averaged over the five
		// folds before its size is taken, i.e. the estimator's bias per (leaning, frame).
		// Not the target's per-cell reading above; its floor is TestFramesDevFloor's
		// "fold-averaged reading".
		t.Logf("%-6s other reading, per (leaning, frame) |mean over folds of (estimate − coded share)|, mean over the 20: %s", part.name, strings.Join(bias, ", "))
	}
	fd.checkShift(t, models)
}

// codedShare is the share of the documents kept (indices into fd.docs) of one side (a
// kind) that the annotators coded with the frame.
func (fd *framesDev) codedShare(kept []int, side, frame string) float64 {
	f := slices.Index(fd.coding.Frames, frame)
	n, pos := 0, 0
	for _, i := range kept {
		if fd.docs[i].Kind == side {
			n++
			if fd.codes[i][f] {
				pos++
			}
		}
	}
	return float64(pos) / float64(n)
}
