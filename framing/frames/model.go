package frames

// model.go: a trained model: applying it, describing it, and saving and loading it as
// JSON with the analyzer settings it was trained with.

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// A Model is a set of frame models learned by [Train]: the analyzer settings, the
// vocabulary and weights, one logistic regression per frame (or one multinomial model for
// an exclusive coding), and the out-of-fold predictions of its cross-validation, which
// [Model.Prevalence] uses as the model's error rates and as the predictions of the
// training documents themselves (recognized by a digest of the text, under their own ID
// or another).
//
// A Model marshals to JSON and back (encoding/json) losslessly; loading checks the file
// and refuses one with unknown fields, so that a model is never applied with settings it
// does not know. A Model is immutable and safe for concurrent use.
//
// The zero Model (or a nil *Model) is no model: its methods that return an error
// (Predict, PredictProfiles, Prevalence, Strongest, Evidence, MarshalJSON) return one
// wrapping [framing.ErrOption]; the others return empty values (no frames, no terms, zero
// options and analyzer). MarshalJSON has a pointer receiver, so json.Marshal calls it, and
// fails, only for an unset Model it can address: a non-nil *Model (or a struct holding one,
// or a pointer to a struct holding a Model). A nil *Model marshals as null, and a Model
// held by value where encoding/json cannot take its address (json.Marshal(struct{ Model
// Model }{...}), a map's value) is written without MarshalJSON, as {}, whatever it holds;
// UnmarshalJSON refuses both. Hold a model as a *Model.
type Model struct {
	options Options // resolved; Analyzer with its language
	coding  Coding  // resolved
	feat    *features
	lexName string
	frames  []frameModel
	ids     []string // the training documents, sorted
	digests []string // their texts' digests (textDigest); nil for a model file without them
	codes   [][]bool // their codes, per document and frame
}

// A frameModel is one frame's model, or one class of the multinomial model.
type frameModel struct {
	name      string
	c         float64
	path      []CVPoint
	weights   []float64 // per feature
	intercept float64
	oof       []float64 // out-of-fold probabilities of the training documents
}

// A CVPoint is one penalty tried in cross-validation and how it did out of fold.
type CVPoint struct {
	C       float64 `json:"c"`
	LogLoss float64 `json:"log_loss"` // mean out-of-fold log loss (natural log)
	AUC     float64 `json:"auc"`      // out-of-fold ROC AUC (0 for exclusive codings)
}

// FrameStat describes one frame's model and how it did in cross-validation: the figures
// that say how far its predictions can be trusted, and that [Model.Prevalence] corrects
// with. Out-of-fold figures come from the cross-validation that chose C, so they lean
// slightly optimistic (C was chosen to do well on the same folds).
type FrameStat struct {
	Frame     string `json:"frame"`
	Documents int    `json:"documents"` // coded training documents
	Coded     int    `json:"coded"`     // of which were coded with the frame
	// C is the penalty chosen; Path lists every C tried.
	C    float64   `json:"c"`
	Path []CVPoint `json:"path"`
	// AUC is the ROC AUC ([AUC]) of the out-of-fold probabilities of all the training
	// documents pooled, at C, from Train's own cross-validation: Options.Folds folds (5 by
	// default) fixed by [Folds] from the IDs and Options.Seed, each document predicted by
	// the model fitted to the other folds. It is one AUC over every document, not a mean of
	// per-fold AUCs, and C was chosen on the same folds, so it leans optimistic; it is not
	// the figure of the package documentation, which is the mean over five held-out folds
	// of per-fold AUCs of models trained (C chosen inside) on the other four. LogLoss is
	// the mean out-of-fold log loss at C, over the same predictions.
	AUC     float64 `json:"auc"`
	LogLoss float64 `json:"log_loss"`
	// Threshold is where classify-and-count calls a document positive (probability ≥
	// Threshold): the out-of-fold threshold with the largest TPR − FPR (Forman 2008's
	// "MAX"), midway between two adjacent out-of-fold probabilities. TPR and FPR are the
	// out-of-fold true- and false-positive rates there.
	Threshold float64 `json:"threshold"`
	TPR       float64 `json:"tpr"`
	FPR       float64 `json:"fpr"`
	// MeanPositive and MeanNegative are the mean out-of-fold probabilities of the
	// documents coded with and without the frame (what probabilistic adjusted
	// classify-and-count corrects with).
	MeanPositive float64 `json:"mean_positive"`
	MeanNegative float64 `json:"mean_negative"`
}

// A Prediction is a model's reading of one document.
type Prediction struct {
	ID string `json:"id"`
	// Probabilities holds, for each frame in [Model.Frames] order, the probability that
	// the document carries it (for an exclusive coding, that it is the document's frame:
	// they sum to 1).
	Probabilities []float64 `json:"probabilities"`
	// NoWords says the model found none of its words in the document: no term of its
	// vocabulary and no match of its lexicon (an empty text, only stop words, punctuation,
	// numbers or invalid bytes, or only words the training documents never used). Its
	// features are then those of an empty text, and its Probabilities the same for every
	// such document: the model's guess about a text it could not read, not a reading of
	// this one. [Model.Prevalence] leaves such documents out of the shares.
	NoWords bool `json:"no_words,omitempty"`
}

// check returns an error wrapping [framing.ErrOption] for the zero Model or a nil
// *Model, which [Train] or UnmarshalJSON never return.
func (m *Model) check() error {
	if m == nil || m.feat == nil || len(m.frames) == 0 {
		return fmt.Errorf("frames: an empty model (a zero Model: train one with Train or load one with json.Unmarshal): %w", framing.ErrOption)
	}
	return nil
}

// Frames returns the frame names, in the order of predictions and tables (none for the
// zero Model).
func (m *Model) Frames() []string {
	if m == nil {
		return nil
	}
	return slices.Clone(m.coding.Frames)
}

// Coding returns the coding the model was trained with, frames filled in (the zero Coding
// for the zero Model).
func (m *Model) Coding() Coding {
	if m == nil {
		return Coding{}
	}
	c := m.coding
	c.Frames = slices.Clone(c.Frames)
	c.Columns = mapsClone(c.Columns)
	return c
}

// Options returns the options the model was trained with, defaults filled in and the
// analyzer's language resolved. Its Lexicon is the lexicon the model uses (or nil). The
// zero Model has the zero Options.
func (m *Model) Options() Options {
	if m.check() != nil {
		return Options{}
	}
	o := m.options
	o.C = slices.Clone(o.C)
	w := *o.Weighting
	o.Weighting = &w
	if m.feat.lex != nil {
		o.Lexicon = m.feat.lex.lexicon
	}
	return o
}

// Analyzer returns the analyzer settings the model analyzes text with (the zero Analyzer
// for the zero Model).
func (m *Model) Analyzer() framing.Analyzer {
	if m.check() != nil {
		return framing.Analyzer{}
	}
	return m.feat.an
}

// Terms returns the model's vocabulary, sorted: the terms it has weights for (none for the
// zero Model).
func (m *Model) Terms() []string {
	if m.check() != nil {
		return nil
	}
	return slices.Clone(m.feat.terms)
}

func mapsClone(m map[string]string) map[string]string {
	if m == nil {
		return nil
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// Stats returns each frame's cross-validation figures (none for the zero Model).
func (m *Model) Stats() []FrameStat {
	if m == nil || len(m.frames) == 0 {
		return nil
	}
	out := make([]FrameStat, len(m.frames))
	for f, fm := range m.frames {
		codes := m.frameCodes(f)
		s := FrameStat{Frame: fm.name, Documents: len(codes), C: fm.c, Path: slices.Clone(fm.path)}
		ll, sumPos, sumNeg := 0.0, 0.0, 0.0
		for i, p := range fm.oof {
			ll += binaryLoss(p, codes[i])
			if codes[i] {
				s.Coded++
				sumPos += p
			} else {
				sumNeg += p
			}
		}
		if m.coding.Exclusive {
			// The multinomial log loss: the true frame's probability only.
			ll = 0
			for i := range fm.oof {
				for g := range m.frames {
					if m.codes[i][g] {
						ll -= math.Log(clampProb(m.frames[g].oof[i]))
					}
				}
			}
		}
		s.LogLoss = ll / float64(len(codes))
		s.AUC, _ = AUC(fm.oof, codes) // Train checked both classes are present
		if s.Coded > 0 {
			s.MeanPositive = sumPos / float64(s.Coded)
		}
		if neg := len(codes) - s.Coded; neg > 0 {
			s.MeanNegative = sumNeg / float64(neg)
		}
		s.Threshold, s.TPR, s.FPR = maxThreshold(fm.oof, codes)
		out[f] = s
	}
	return out
}

// frameCodes returns the training documents' codes for frame f.
func (m *Model) frameCodes(f int) []bool {
	out := make([]bool, len(m.codes))
	for i, cs := range m.codes {
		out[i] = cs[f]
	}
	return out
}

// maxThreshold returns the threshold with the largest TPR − FPR for classifying
// probability ≥ threshold as positive (the highest such threshold on ties), midway between
// two adjacent distinct probabilities, and the rates there.
func maxThreshold(probs []float64, codes []bool) (t, tpr, fpr float64) {
	idx := make([]int, len(probs))
	pos := 0
	for i := range idx {
		idx[i] = i
		if codes[i] {
			pos++
		}
	}
	neg := len(probs) - pos
	if pos == 0 || neg == 0 {
		return 0.5, 0, 0
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(probs[b], probs[a]) }) // descending
	best, tp, fp := 0.0, 0, 0
	t = math.Nextafter(1, 2) // nothing positive
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && probs[idx[j]] == probs[idx[i]] {
			if codes[idx[j]] {
				tp++
			} else {
				fp++
			}
			j++
		}
		d := float64(tp)/float64(pos) - float64(fp)/float64(neg)
		if d > best {
			best, tpr, fpr = d, float64(tp)/float64(pos), float64(fp)/float64(neg)
			lower := 0.0
			if j < len(idx) {
				lower = probs[idx[j]]
			}
			t = (probs[idx[i]] + lower) / 2
		}
		i = j
	}
	return t, tpr, fpr
}

// Predict returns the model's probabilities for each document, in the order given, and
// marks those it found none of its words in (Prediction.NoWords). The documents are
// analyzed with the model's own settings; a document whose Language names another
// language than the model's is refused with an error wrapping [framing.ErrMismatch].
//
// Predict applies the model fitted to every training document, to the training documents
// too: their probabilities are in sample, closer to their codes than the model would be to
// new documents. [Model.Prevalence] scores them out of fold instead.
func (m *Model) Predict(docs []corpus.Document) ([]Prediction, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, nil
	}
	x, none, err := m.feat.transform(docs)
	if err != nil {
		return nil, err
	}
	out := make([]Prediction, len(docs))
	for i := range docs {
		out[i] = Prediction{ID: docs[i].ID, Probabilities: m.probs(x, i), NoWords: none[i]}
	}
	return out, nil
}

// training returns, for each of docs, the index of the training document it is, or -1:
// the training document with the same ID and the same text (by digest), or else the
// first (in the order of the training IDs) with the same text under any ID, since a
// training text is a training text whatever its ID (the coded documents given again as a
// corpus whose records have no id get IDs from their file path); all those with one text
// have the same features, and so the same prediction from the fitted model. Every
// document is -1 when the model does not know its training texts' digests (a model file
// written before they were kept).
func (m *Model) training(docs []corpus.Document) []int {
	idx := make([]int, len(docs))
	first := make(map[string]int, len(m.digests))
	for i, d := range m.digests {
		if _, ok := first[d]; !ok {
			first[d] = i
		}
	}
	for j, d := range docs {
		idx[j] = -1
		if m.digests == nil {
			continue
		}
		dig := textDigest(d.Text)
		if i, ok := slices.BinarySearch(m.ids, d.ID); ok && m.digests[i] == dig {
			idx[j] = i
		} else if t, ok := first[dig]; ok {
			idx[j] = t
		}
	}
	return idx
}

// textDigest identifies a training document's text: the first 8 bytes of its SHA-256, in
// hexadecimal. Two texts that differ but share a digest are a chance of about n·m·2⁻⁶⁴
// among n training texts and m documents.
func textDigest(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:8])
}

// probs returns the probabilities of row i of x.
func (m *Model) probs(x *csr, i int) []float64 {
	eta := make([]float64, len(m.frames))
	for f, fm := range m.frames {
		eta[f] = x.dot(i, fm.weights) + fm.intercept
	}
	if m.coding.Exclusive {
		return softmax(eta)
	}
	for f := range eta {
		eta[f] = sigmoid(eta[f])
	}
	return eta
}

// PredictProfiles returns the model's probabilities for documents given as their term
// profiles, one profile per document (from [framing.Analyzer.Profile], or read back from
// JSON): classifying documents whose counts were made elsewhere. Each profile must have
// been made with exactly the model's analyzer settings; one that was not is refused with
// an error wrapping [framing.ErrMismatch], since its terms would not be the model's. A
// model with lexicon features needs the texts: use [Model.Predict]. Predictions are named
// "1", "2", ... in order.
func (m *Model) PredictProfiles(ps ...*framing.Profile) ([]Prediction, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if m.feat.lex != nil {
		return nil, fmt.Errorf("frames: the model reads lexicon categories, which need the texts (use Predict): %w", framing.ErrOption)
	}
	want, err := json.Marshal(m.feat.an)
	if err != nil {
		return nil, fmt.Errorf("frames: %w", err)
	}
	var ids []string
	var docs [][]string
	for i, p := range ps {
		if p == nil {
			return nil, fmt.Errorf("frames: profile %d is nil: %w", i+1, framing.ErrOption)
		}
		an := p.Analyzer()
		an.Workers = 0
		got, err := json.Marshal(an)
		if err != nil {
			return nil, fmt.Errorf("frames: %w", err)
		}
		if !bytes.Equal(got, want) || p.Lexicon() != "" {
			return nil, fmt.Errorf("frames: profile %d was made with %s (lexicon %q), the model with %s: %w", i+1, got, p.Lexicon(), want, framing.ErrMismatch)
		}
		var terms []string
		for _, t := range p.Terms() {
			for range t.Count {
				terms = append(terms, t.Term)
			}
		}
		ids = append(ids, fmt.Sprint(i+1))
		docs = append(docs, terms)
	}
	mx, err := framing.NewMatrix(ids, docs)
	if err != nil {
		return nil, fmt.Errorf("frames: %w", err)
	}
	cols := mx.Cols()
	keep := make([]int32, len(cols))
	for j, t := range cols {
		keep[j] = -1
		if k, ok := slices.BinarySearch(m.feat.terms, t); ok {
			keep[j] = int32(k)
		}
	}
	x, none := m.feat.rows(mx, keep, nil)
	out := make([]Prediction, len(ps))
	for i := range ps {
		out[i] = Prediction{ID: ids[i], Probabilities: m.probs(x, i), NoWords: none[i]}
	}
	return out, nil
}

// modelFile identifies a model file.
const modelFile = "framediff frame model"

// modelJSON is a Model's file form.
type modelJSON struct {
	Model    string       `json:"model"` // modelFile
	Coding   Coding       `json:"coding"`
	Options  Options      `json:"options"`
	Lexicon  *lexiconJSON `json:"lexicon,omitempty"`
	Terms    []string     `json:"terms"`
	IDF      []float64    `json:"idf"`
	Frames   []frameJSON  `json:"frames"`
	Training trainingJSON `json:"training"`
}

type lexiconJSON struct {
	Name   string    `json:"name"`
	Text   string    `json:"text"` // in the format framing.ParseLexicon reads
	Mean   []float64 `json:"mean"`
	SD     []float64 `json:"sd"`
	Weight float64   `json:"weight"`
}

type frameJSON struct {
	Frame     string    `json:"frame"`
	C         float64   `json:"c"`
	Path      []CVPoint `json:"path"`
	Intercept float64   `json:"intercept"`
	Weights   []float64 `json:"weights"` // per term, then per lexicon category
	OOF       []float64 `json:"oof"`     // out-of-fold probabilities of the training documents
}

type trainingJSON struct {
	IDs   []string `json:"ids"`   // sorted
	Codes []string `json:"codes"` // per document, one '1' or '0' per frame
	// Digests identify the documents' texts (textDigest), so that Prevalence can tell a
	// training document from another with its ID. Files written before they were kept
	// have none, and load.
	Digests []string `json:"digests,omitempty"`
}

// MarshalJSON writes the model: settings, vocabulary, weights, and the training
// documents' IDs, codes, out-of-fold probabilities and texts' digests (the first 8 bytes
// of each text's SHA-256, to recognize them; no text). The zero Model is an
// error wrapping [framing.ErrOption]: there is nothing to write that could be read back.
func (m *Model) MarshalJSON() ([]byte, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	out := modelJSON{Model: modelFile, Coding: m.coding, Options: m.options, Terms: m.feat.terms, IDF: m.feat.idf,
		Training: trainingJSON{IDs: m.ids, Digests: m.digests}}
	if l := m.feat.lex; l != nil {
		out.Lexicon = &lexiconJSON{Name: m.lexName, Text: lexiconText(l.lexicon), Mean: l.mean, SD: l.sd, Weight: l.weight}
	}
	for _, fm := range m.frames {
		out.Frames = append(out.Frames, frameJSON{Frame: fm.name, C: fm.c, Path: fm.path, Intercept: fm.intercept, Weights: fm.weights, OOF: fm.oof})
	}
	for _, cs := range m.codes {
		var b strings.Builder
		for _, c := range cs {
			if c {
				b.WriteByte('1')
			} else {
				b.WriteByte('0')
			}
		}
		out.Training.Codes = append(out.Training.Codes, b.String())
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads a model that MarshalJSON wrote, checking it whole: an unknown field
// (a setting this version does not know would analyze text differently), a vocabulary
// out of order, weights or probabilities that are not finite, or lengths that disagree are
// an error wrapping [framing.ErrOption].
func (m *Model) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var in modelJSON
	if err := dec.Decode(&in); err != nil {
		return fmt.Errorf("frames: reading a model: %v: %w", err, framing.ErrOption)
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("frames: reading a model: %s: %w", fmt.Sprintf(format, args...), framing.ErrOption)
	}
	if in.Model != modelFile {
		return bad("not a frame model (model %q)", in.Model)
	}
	o := in.Options
	if o.Weighting == nil {
		return bad("no weighting")
	}
	if _, err := o.resolved(); err != nil {
		return bad("options: %v", err)
	}
	if o.Analyzer.Language == "" {
		return bad("the analyzer has no language")
	}
	if _, err := o.Analyzer.Tokens("check"); err != nil {
		return bad("analyzer: %v", err)
	}
	if lang, err := framing.ResolveLanguage(o.Analyzer.Language); err != nil || lang != o.Analyzer.Language {
		return bad("analyzer language %q", o.Analyzer.Language)
	}
	c := in.Coding
	if len(c.Frames) == 0 {
		return bad("no frames")
	}
	if _, err := c.resolve(nil); err != nil {
		return bad("coding: %v", err)
	}
	if len(in.Frames) != len(c.Frames) {
		return bad("%d frame models for %d frames", len(in.Frames), len(c.Frames))
	}
	for i, t := range in.Terms {
		if i > 0 && t <= in.Terms[i-1] {
			return bad("terms not sorted and distinct at %q", t)
		}
	}
	if len(in.IDF) != len(in.Terms) || !finite(in.IDF) {
		return bad("%d idf weights for %d terms, or one not finite", len(in.IDF), len(in.Terms))
	}
	if (in.Lexicon == nil) != o.NoLexicon {
		return bad("the options say no_lexicon is %v, the file has lexicon %v", o.NoLexicon, in.Lexicon != nil)
	}
	feat := &features{an: o.Analyzer, terms: in.Terms, idf: in.IDF, weighting: *o.Weighting}
	var lexName string
	if l := in.Lexicon; l != nil {
		lex, err := framing.ParseLexicon(strings.NewReader(l.Text), l.Name)
		if err != nil {
			return bad("lexicon: %v", err)
		}
		cats := lex.Categories()
		if len(l.Mean) != len(cats) || len(l.SD) != len(cats) || !finite(l.Mean) || !finite(l.SD) || !(l.Weight > 0) || math.IsInf(l.Weight, 0) {
			return bad("lexicon scaling does not fit its %d categories", len(cats))
		}
		for _, sd := range l.SD {
			if sd < 0 {
				return bad("negative lexicon standard deviation")
			}
		}
		feat.lex = &lexFeatures{lexicon: lex, cats: cats, mean: l.Mean, sd: l.SD, weight: l.Weight}
		lexName = l.Name
	}
	n := len(in.Training.IDs)
	for i, id := range in.Training.IDs {
		if i > 0 && id <= in.Training.IDs[i-1] {
			return bad("training ids not sorted and distinct at %q", id)
		}
	}
	if len(in.Training.Codes) != n {
		return bad("%d codes for %d training documents", len(in.Training.Codes), n)
	}
	if d := in.Training.Digests; d != nil {
		if len(d) != n {
			return bad("%d text digests for %d training documents", len(d), n)
		}
		for _, s := range d {
			if b, err := hex.DecodeString(s); err != nil || len(b) != 8 || s != hex.EncodeToString(b) {
				return bad("text digest %q (want 16 lowercase hexadecimal digits)", s)
			}
		}
	}
	codes := make([][]bool, n)
	for i, s := range in.Training.Codes {
		if len(s) != len(c.Frames) || strings.Trim(s, "01") != "" {
			return bad("training codes %q", s)
		}
		codes[i] = make([]bool, len(s))
		for f := range s {
			codes[i][f] = s[f] == '1'
		}
		if c.Exclusive && strings.Count(s, "1") != 1 {
			return bad("exclusive training codes %q", s)
		}
	}
	frames := make([]frameModel, len(in.Frames))
	for f, fj := range in.Frames {
		if fj.Frame != c.Frames[f] {
			return bad("frame model %d is %q, the coding's frame %q", f, fj.Frame, c.Frames[f])
		}
		if len(fj.Weights) != feat.dims() || !finite(fj.Weights) || !finite([]float64{fj.Intercept, fj.C}) || !(fj.C > 0) {
			return bad("frame %q: %d weights for %d features, or a value not finite", fj.Frame, len(fj.Weights), feat.dims())
		}
		if len(fj.OOF) != n {
			return bad("frame %q: %d out-of-fold probabilities for %d training documents", fj.Frame, len(fj.OOF), n)
		}
		for _, p := range fj.OOF {
			if !(p >= 0 && p <= 1) {
				return bad("frame %q: out-of-fold probability %v", fj.Frame, p)
			}
		}
		pos := 0
		for i := range codes {
			if codes[i][f] {
				pos++
			}
		}
		if pos == 0 || pos == n {
			return bad("frame %q: the training codes have %d of %d documents with it", fj.Frame, pos, n)
		}
		frames[f] = frameModel{name: fj.Frame, c: fj.C, path: fj.Path, weights: fj.Weights, intercept: fj.Intercept, oof: fj.OOF}
	}
	o.Lexicon = nil
	*m = Model{options: o, coding: c, feat: feat, lexName: lexName, frames: frames, ids: in.Training.IDs, digests: in.Training.Digests, codes: codes}
	return nil
}

func finite(xs []float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}
