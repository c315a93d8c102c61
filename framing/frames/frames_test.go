package frames

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

func TestFolds(t *testing.T) {
	ids := []string{}
	for i := range 23 {
		ids = append(ids, fmt.Sprintf("doc-%d", i))
	}
	folds, err := Folds(ids, 5, 0)
	if err != nil {
		t.Fatal(err)
	}
	sizes := make([]int, 5)
	for _, f := range folds {
		sizes[f]++
	}
	for _, s := range sizes {
		if s < 4 || s > 5 {
			t.Errorf("fold sizes %v, want 4 or 5 each", sizes)
		}
	}
	// The same folds for the IDs in any order, and with Seed 0 as DefaultSeed.
	rev := slices.Clone(ids)
	slices.Reverse(rev)
	again, _ := Folds(rev, 5, DefaultSeed)
	for i, id := range rev {
		if again[i] != folds[slices.Index(ids, id)] {
			t.Fatalf("document %s: fold %d in reverse order, %d in order", id, again[i], folds[slices.Index(ids, id)])
		}
	}
	// Another seed, other folds.
	other, _ := Folds(ids, 5, 99)
	if slices.Equal(other, folds) {
		t.Error("seed 99 gives the folds of the default seed")
	}
	// An independent computation of the definition (FNV-1a 64 of the seed's 8 bytes,
	// little-endian, then the ID; ranked; rank mod k), in Python:
	//
	//	def fnv(b):
	//	    h = 0xcbf29ce484222325
	//	    for x in b: h = ((h ^ x) * 0x100000001b3) % 2**64
	//	    return h
	//	sorted((fnv(struct.pack('<Q', 20260601) + i.encode()), i) for i in ids)
	want := map[string]int{"xinhua-0102": 0, "xinhua-0101": 1, "ap-0413": 2, "ap-0412": 0, "reuters-7790": 1, "reuters-7781": 2}
	some := []string{"ap-0412", "ap-0413", "xinhua-0101", "xinhua-0102", "reuters-7781", "reuters-7790"}
	got, _ := Folds(some, 3, 0)
	for i, id := range some {
		if got[i] != want[id] {
			t.Errorf("%s: fold %d, the definition gives %d", id, got[i], want[id])
		}
	}
	for _, c := range []struct {
		ids []string
		k   int
	}{{ids, 1}, {ids[:3], 4}, {[]string{"a", "b", "a"}, 2}} {
		if _, err := Folds(c.ids, c.k, 0); !errors.Is(err, framing.ErrOption) {
			t.Errorf("Folds(%q, %d): %v, want ErrOption", c.ids, c.k, err)
		}
	}
}

// TestAUC: figures worked by hand from the Mann–Whitney definition.
func TestAUC(t *testing.T) {
	for _, c := range []struct {
		scores []float64
		pos    []bool
		want   float64
	}{
		// Every positive above every negative.
		{[]float64{0.9, 0.8, 0.1, 0.2}, []bool{true, true, false, false}, 1},
		{[]float64{0.1, 0.2, 0.9}, []bool{true, true, false}, 0},
		// Pairs (pos, neg): (0.8, 0.3) win, (0.8, 0.9) loss, (0.4, 0.3) win, (0.4, 0.9)
		// loss: 2 of 4.
		{[]float64{0.8, 0.4, 0.3, 0.9}, []bool{true, true, false, false}, 0.5},
		// A tie counts one half: (0.5, 0.5) half, (0.5, 0.2) win: 1.5 of 2.
		{[]float64{0.5, 0.5, 0.2}, []bool{true, false, false}, 0.75},
		// Three positives, two negatives: pairs won 1+2+2 = 5 of 6 (0.3 beats only 0.1).
		{[]float64{0.3, 0.7, 0.9, 0.1, 0.5}, []bool{true, true, true, false, false}, 5.0 / 6},
	} {
		got, err := AUC(c.scores, c.pos)
		if err != nil || !scalar.EqualWithinAbs(got, c.want, 1e-12) {
			t.Errorf("AUC(%v, %v) = %v, %v; want %v", c.scores, c.pos, got, err, c.want)
		}
	}
	for _, c := range []struct {
		scores []float64
		pos    []bool
	}{{[]float64{1}, []bool{true}}, {[]float64{1, 2}, []bool{true}}, {[]float64{math.NaN(), 1}, []bool{true, false}}, {nil, nil}} {
		if _, err := AUC(c.scores, c.pos); !errors.Is(err, framing.ErrOption) {
			t.Errorf("AUC(%v, %v): %v, want ErrOption", c.scores, c.pos, err)
		}
	}
}

func TestCodingLayouts(t *testing.T) {
	doc := func(meta map[string]string) corpus.Document {
		return corpus.Document{ID: "x", Event: "e", Outlet: "o", Text: "t", Meta: meta}
	}
	for _, c := range []struct {
		name   string
		coding Coding
		meta   map[string]string
		frames []string
		want   []bool
	}{
		{"object", Coding{Key: "frames"}, map[string]string{"frames": `{"b": true, "a": false}`}, []string{"a", "b"}, []bool{false, true}},
		{"object, numbers and strings", Coding{Key: "f", Frames: []string{"b", "a"}}, map[string]string{"f": `{"a": 1, "b": "no", "c": true}`}, []string{"b", "a"}, []bool{false, true}},
		{"columns", Coding{Frames: []string{"conflict", "economic"}, Columns: map[string]string{"economic": "frame_econ"}},
			map[string]string{"conflict": " Yes ", "frame_econ": "0"}, []string{"conflict", "economic"}, []bool{true, false}},
		{"exclusive", Coding{Key: "frame", Exclusive: true, Frames: []string{"a", "b", "c"}}, map[string]string{"frame": "c"}, []string{"a", "b", "c"}, []bool{false, false, true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := doc(c.meta)
			r, err := c.coding.resolve([]corpus.Document{d})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(r.Frames, c.frames) {
				t.Errorf("frames %q, want %q", r.Frames, c.frames)
			}
			got, err := r.codes(d)
			if err != nil || !slices.Equal(got, c.want) {
				t.Errorf("codes %v, %v; want %v", got, err, c.want)
			}
		})
	}
	for _, c := range []struct {
		name   string
		coding Coding
		meta   map[string]string
	}{
		{"no object", Coding{Key: "frames", Frames: []string{"a"}}, map[string]string{}},
		{"not an object", Coding{Key: "frames", Frames: []string{"a"}}, map[string]string{"frames": `[true]`}},
		{"repeated key", Coding{Key: "frames", Frames: []string{"a"}}, map[string]string{"frames": `{"a": true, "a": false}`}},
		{"missing frame", Coding{Key: "frames", Frames: []string{"a", "b"}}, map[string]string{"frames": `{"a": true}`}},
		{"bad value", Coding{Key: "frames", Frames: []string{"a"}}, map[string]string{"frames": `{"a": 2}`}},
		{"text after", Coding{Key: "frames", Frames: []string{"a"}}, map[string]string{"frames": `{"a": true} x`}},
		{"missing column", Coding{Frames: []string{"a"}}, map[string]string{"b": "1"}},
		{"bad column", Coding{Frames: []string{"a"}}, map[string]string{"a": "maybe"}},
		{"exclusive, unknown frame", Coding{Key: "f", Exclusive: true, Frames: []string{"a", "b"}}, map[string]string{"f": "z"}},
		{"exclusive without key", Coding{Exclusive: true, Frames: []string{"a", "b"}}, map[string]string{}},
		{"no frames", Coding{}, map[string]string{}},
		{"repeated frame", Coding{Frames: []string{"a", "a"}}, map[string]string{"a": "1"}},
		{"column for no frame", Coding{Frames: []string{"a"}, Columns: map[string]string{"b": "x"}}, map[string]string{"a": "1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := doc(c.meta)
			r, err := c.coding.resolve([]corpus.Document{d})
			if err == nil {
				_, err = r.codes(d)
			}
			if !errors.Is(err, ErrCoding) || !strings.Contains(err.Error(), "frames:") {
				t.Errorf("error %v, want one wrapping ErrCoding", err)
			}
		})
	}
}

// TestWeightingMatchesFraming: the training rows are framing's own weighting of the
// training documents' matrix ([framing.Matrix.Weight], which framing tests against
// scikit-learn), for every weighting.
func TestWeightingMatchesFraming(t *testing.T) {
	docs := synthetic(30, []float64{0.5, 0.4, 0.3}, 0.6, 0.1, "k", 1)
	var an framing.Analyzer
	m, err := an.Matrix(docs...)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []framing.Weighting{
		{TF: framing.TFRaw, IDF: framing.IDFSmooth, Normalize: true},
		{TF: framing.TFSublinear, Normalize: true},
		{TF: framing.TFBinary, IDF: framing.IDFPlain},
		{TF: framing.TFRelative, IDF: framing.IDFQuanteda, Normalize: true},
	} {
		want, err := m.Weight(&w)
		if err != nil {
			t.Fatal(err)
		}
		feat, x, err := newFeatures(an, w, nil, 1, 0, docs)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(feat.terms, want.Cols()) {
			t.Fatalf("%+v: vocabulary differs from the matrix's columns", w)
		}
		for i := range docs {
			got := map[int]float64{}
			for k := x.indptr[i]; k < x.indptr[i+1]; k++ {
				got[int(x.indices[k])] = x.values[k]
			}
			want.Row(i, func(j int, v float64) {
				if v != 0 && !scalar.EqualWithinAbsOrRel(got[j], v, 1e-12, 1e-12) {
					t.Errorf("%+v: row %d, term %q: %v, framing %v", w, i, feat.terms[j], got[j], v)
				}
				delete(got, j)
			})
			for j, v := range got {
				t.Errorf("%+v: row %d has %q = %v, framing has none", w, i, feat.terms[j], v)
			}
		}
	}
}

// TestLexiconText: a lexicon written back to text reads as the same lexicon, languages
// included.
func TestLexiconText(t *testing.T) {
	lex := framing.FramesLexicon()
	back, err := framing.ParseLexicon(strings.NewReader(lexiconText(lex)), lex.Name())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Categories(), lex.Categories()) {
		t.Fatalf("categories %q, want %q", back.Categories(), lex.Categories())
	}
	for _, c := range lex.Categories() {
		if !slices.Equal(back.Entries(c), lex.Entries(c)) {
			t.Errorf("category %s: entries differ", c)
		}
	}
}

// trainSynthetic trains on made-up documents where each frame's words mark it.
func trainSynthetic(t *testing.T, opts *Options) (*Model, []corpus.Document) {
	t.Helper()
	docs := synthetic(60, []float64{0.5, 0.4, 0.3}, 0.7, 0.05, "train", 11)
	m, err := Train(docs, Coding{Key: "frames"}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return m, docs
}

func TestTrainLearnsFrames(t *testing.T) {
	m, _ := trainSynthetic(t, nil)
	if got := m.Frames(); !slices.Equal(got, []string{"conflict", "economic", "people"}) {
		t.Fatalf("frames %q", got)
	}
	for _, s := range m.Stats() {
		if s.AUC < 0.9 || s.Documents != 60 || s.TPR <= s.FPR || !slices.Contains(DefaultC(), s.C) || len(s.Path) == 0 {
			t.Errorf("frame %s: %+v", s.Frame, s)
		}
	}
	test := synthetic(40, []float64{0.5, 0.5, 0.5}, 0.7, 0.05, "test", 12)
	preds, err := m.Predict(test)
	if err != nil {
		t.Fatal(err)
	}
	for f, frame := range m.Frames() {
		var s []float64
		var y []bool
		for i, p := range preds {
			if p.ID != test[i].ID {
				t.Fatalf("prediction %d is for %q", i, p.ID)
			}
			s = append(s, p.Probabilities[f])
			var codes map[string]bool
			json.Unmarshal([]byte(test[i].Meta["frames"]), &codes)
			y = append(y, codes[frame])
		}
		if a, _ := AUC(s, y); a < 0.9 {
			t.Errorf("frame %s: test AUC %.3f", frame, a)
		}
	}
}

// TestTrainDeterministic: the model is the same bytes whatever the documents' order and
// the number of workers.
func TestTrainDeterministic(t *testing.T) {
	docs := synthetic(50, []float64{0.5, 0.4, 0.3}, 0.5, 0.08, "train", 3)
	var outs [][]byte
	for i, workers := range []int{1, 4, 2} {
		in := slices.Clone(docs)
		if i > 0 {
			rand.New(rand.NewPCG(uint64(i), 0)).Shuffle(len(in), func(a, b int) { in[a], in[b] = in[b], in[a] })
		}
		m, err := Train(in, Coding{Key: "frames"}, &Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, b)
	}
	for i := 1; i < len(outs); i++ {
		if !bytes.Equal(outs[i], outs[0]) {
			t.Errorf("model %d differs from model 0", i)
		}
	}
}

func TestModelJSON(t *testing.T) {
	m, docs := trainSynthetic(t, nil)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var back Model
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(&back)
	if !bytes.Equal(b, b2) {
		t.Error("the model does not survive a round trip through JSON")
	}
	p1, _ := m.Predict(docs[:5])
	p2, err := back.Predict(docs[:5])
	if err != nil {
		t.Fatal(err)
	}
	for i := range p1 {
		if !slices.Equal(p1[i].Probabilities, p2[i].Probabilities) {
			t.Errorf("document %d: %v before saving, %v after", i, p1[i].Probabilities, p2[i].Probabilities)
		}
	}
	if !slices.Equal(back.Options().Lexicon.Categories(), framing.FramesLexicon().Categories()) {
		t.Error("the loaded model's lexicon lost its categories")
	}
	// A file that is not a model, or one damaged, is refused.
	for name, edit := range map[string]func(map[string]any){
		"unknown field":      func(r map[string]any) { r["options"].(map[string]any)["analyzer"].(map[string]any)["phrases"] = true },
		"unknown top field":  func(r map[string]any) { r["extra"] = 1 },
		"not a model":        func(r map[string]any) { r["model"] = "profile" },
		"terms out of order": func(r map[string]any) { ts := r["terms"].([]any); ts[0], ts[1] = ts[1], ts[0] },
		"weights short": func(r map[string]any) {
			f := r["frames"].([]any)[0].(map[string]any)
			f["weights"] = f["weights"].([]any)[1:]
		},
		"bad probability": func(r map[string]any) { r["frames"].([]any)[0].(map[string]any)["oof"].([]any)[0] = 2 },
		"bad codes":       func(r map[string]any) { r["training"].(map[string]any)["codes"].([]any)[0] = "0x1" },
		"unknown language": func(r map[string]any) {
			r["options"].(map[string]any)["analyzer"].(map[string]any)["language"] = "klingon"
		},
		"frame renamed":        func(r map[string]any) { r["frames"].([]any)[0].(map[string]any)["frame"] = "other" },
		"lexicon missing":      func(r map[string]any) { delete(r, "lexicon") },
		"lexicon scaling cut":  func(r map[string]any) { r["lexicon"].(map[string]any)["sd"] = []any{} },
		"negative penalty":     func(r map[string]any) { r["frames"].([]any)[0].(map[string]any)["c"] = -1 },
		"ngrams out of range":  func(r map[string]any) { r["options"].(map[string]any)["analyzer"].(map[string]any)["ngrams"] = 7 },
		"idf and terms differ": func(r map[string]any) { r["idf"] = r["idf"].([]any)[1:] },
	} {
		var r map[string]any
		json.Unmarshal(b, &r)
		edit(r)
		bad, _ := json.Marshal(r)
		var m2 Model
		if err := json.Unmarshal(bad, &m2); !errors.Is(err, framing.ErrOption) {
			t.Errorf("%s: %v, want ErrOption", name, err)
		}
	}
}

// TestRefusesOtherAnalysis: text in another language than the model's, and profiles
// counted with other settings, are refused.
func TestRefusesOtherAnalysis(t *testing.T) {
	m, docs := trainSynthetic(t, &Options{NoLexicon: true})
	es := docs[0]
	es.Language = "spanish"
	if _, err := m.Predict([]corpus.Document{es}); !errors.Is(err, framing.ErrMismatch) {
		t.Errorf("Spanish text: %v, want ErrMismatch", err)
	}
	same := framing.Analyzer{}
	p, err := same.Profile(docs[0])
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.PredictProfiles(p)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := m.Predict(docs[:1])
	for f := range want[0].Probabilities {
		if !scalar.EqualWithinAbsOrRel(got[0].Probabilities[f], want[0].Probabilities[f], 1e-12, 1e-12) {
			t.Errorf("frame %d: %v from the profile, %v from the text", f, got[0].Probabilities[f], want[0].Probabilities[f])
		}
	}
	for _, an := range []framing.Analyzer{{NoStem: true}, {KeepStopWords: true}, {NGrams: 2}, {Voices: framing.OwnVoice}} {
		p, err := an.Profile(docs[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.PredictProfiles(p); !errors.Is(err, framing.ErrMismatch) {
			t.Errorf("profile made with %+v: %v, want ErrMismatch", an, err)
		}
	}
	withLex, _ := trainSynthetic(t, nil)
	if _, err := withLex.PredictProfiles(p); !errors.Is(err, framing.ErrOption) {
		t.Errorf("a model with lexicon features given profiles: %v, want ErrOption", err)
	}
}

func TestTrainErrors(t *testing.T) {
	docs := synthetic(30, []float64{0.5, 0.4, 0.3}, 0.5, 0.08, "train", 5)
	allNo := slices.Clone(docs)
	for i := range allNo {
		allNo[i].Meta = map[string]string{"frames": `{"conflict": false, "economic": true, "people": false}`}
	}
	dup := slices.Clone(docs)
	dup[1].ID = dup[0].ID
	for _, c := range []struct {
		name  string
		docs  []corpus.Document
		opts  *Options
		want  error
		names []string // what the message must name
	}{
		{"no documents", nil, nil, ErrCoding, nil},
		{"a frame nobody has", allNo, nil, ErrCoding, []string{`"conflict"`}},
		{"repeated id", dup, nil, framing.ErrOption, nil},
		{"bad C", docs, &Options{C: []float64{1, -2}}, framing.ErrOption, []string{"-2"}},
		{"bad Cs", docs, &Options{C: []float64{-1, math.NaN(), 3, math.Inf(1)}}, framing.ErrOption, []string{"-1", "NaN", "+Inf"}},
		{"one fold", docs, &Options{Folds: 1}, framing.ErrOption, nil},
		{"more folds than documents", docs[:4], &Options{Folds: 5}, framing.ErrOption, []string{"5 folds", "4 documents"}},
		{"bad weighting", docs, &Options{Weighting: &framing.Weighting{TF: 9}}, framing.ErrOption, nil},
		{"bad lexicon weight", docs, &Options{LexiconWeight: -1}, framing.ErrOption, nil},
		{"negative MinDF", docs, &Options{MinDF: -1}, framing.ErrOption, nil},
	} {
		_, err := Train(c.docs, Coding{Key: "frames"}, c.opts)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
			continue
		}
		// One package prefix, and every bad value named.
		if msg := err.Error(); strings.Count(msg, "frames:") != 1 || !strings.HasPrefix(msg, "frames: ") {
			t.Errorf("%s: %q, want one \"frames:\" prefix", c.name, msg)
		}
		for _, n := range c.names {
			if !strings.Contains(err.Error(), n) {
				t.Errorf("%s: %q does not name %s", c.name, err, n)
			}
		}
	}
}

// TestExclusive: an exclusive coding is one multinomial model whose probabilities sum to
// 1, and whose prevalence estimates do too.
func TestExclusive(t *testing.T) {
	docs := synthetic(60, []float64{0.5, 0.4, 0.3}, 0.6, 0.05, "train", 8)
	for i := range docs {
		var codes map[string]bool
		json.Unmarshal([]byte(docs[i].Meta["frames"]), &codes)
		// The first frame the document has, or "people".
		main := "people"
		for _, f := range synthFrames {
			if codes[f] {
				main = f
				break
			}
		}
		docs[i].Meta["main"] = main
	}
	m, err := Train(docs, Coding{Key: "main", Exclusive: true}, &Options{NoLexicon: true})
	if err != nil {
		t.Fatal(err)
	}
	preds, err := m.Predict(docs[:10])
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range preds {
		sum := 0.0
		for _, v := range p.Probabilities {
			sum += v
		}
		if !scalar.EqualWithinAbs(sum, 1, 1e-12) {
			t.Errorf("%s: probabilities %v sum to %v", p.ID, p.Probabilities, sum)
		}
	}
	side := []corpus.Side{corpus.KindSide("train")}
	for _, method := range []Method{ACC, PACC, CC, PCC} {
		prev, err := m.Prevalence(docs, side, &PrevalenceOptions{Method: method, Replicates: 50})
		if err != nil {
			t.Fatal(err)
		}
		sum := 0.0
		for _, s := range prev.Shares {
			sum += s.Estimate
			if !(s.Low <= s.Estimate+1e-12 && s.Estimate <= s.High+1e-12) {
				t.Errorf("%v: %s: %v outside [%v, %v]", method, s.Frame, s.Estimate, s.Low, s.High)
			}
		}
		if !scalar.EqualWithinAbs(sum, 1, 1e-9) {
			t.Errorf("%v: shares sum to %v", method, sum)
		}
	}
	if _, err := m.Prevalence(docs, side, nil); !errors.Is(err, framing.ErrOption) {
		t.Errorf("the default estimator on an exclusive coding: %v, want ErrOption", err)
	}
	for _, method := range []Method{Mixture, CPCC, SLD} {
		if _, err := m.Prevalence(docs, side, &PrevalenceOptions{Method: method}); !errors.Is(err, framing.ErrOption) {
			t.Errorf("the %v estimator on an exclusive coding: %v, want ErrOption", method, err)
		}
	}
	b, _ := json.Marshal(m)
	var back Model
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
}

// TestConcurrentUse: one model predicts and estimates from many goroutines at once (run
// with -race), with the same results as one at a time.
func TestConcurrentUse(t *testing.T) {
	m, docs := trainSynthetic(t, nil)
	want, _ := m.Predict(docs)
	sides := []corpus.Side{corpus.KindSide("train")}
	wantPrev, _ := m.Prevalence(docs, sides, &PrevalenceOptions{Replicates: 40})
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := m.Predict(docs)
			if err != nil || len(got) != len(want) || !slices.Equal(got[3].Probabilities, want[3].Probabilities) {
				t.Errorf("concurrent Predict: %v", err)
			}
			prev, err := m.Prevalence(docs, sides, &PrevalenceOptions{Replicates: 40})
			if err != nil || prev.Shares[0] != wantPrev.Shares[0] {
				t.Errorf("concurrent Prevalence: %v", err)
			}
		}()
	}
	wg.Wait()
}

// TestEvidence: a frame's strongest terms are its own words, each with the lines where it
// occurs and its surface form.
func TestEvidence(t *testing.T) {
	m, docs := trainSynthetic(t, &Options{NoLexicon: true})
	ev, err := m.Evidence(docs, "economic", 4, 2, 20)
	if err != nil {
		t.Fatal(err)
	}
	if len(ev) != 4 {
		t.Fatalf("%d terms", len(ev))
	}
	for _, e := range ev {
		if !slices.Contains(synthWords["economic"], e.Word) || e.Weight <= 0 || e.Count == 0 || len(e.Lines) != 2 {
			t.Errorf("%+v: not one of the economic words, or without its lines", e)
		}
		for _, l := range e.Lines {
			d := docs[slices.IndexFunc(docs, func(d corpus.Document) bool { return d.ID == l.DocID })]
			if d.Text[l.Start:l.End] != l.Match || l.Match != e.Word {
				t.Errorf("line %+v does not point at %q", l, e.Word)
			}
		}
	}
	if ev[0].Weight < ev[3].Weight {
		t.Error("terms not ranked by weight")
	}
	// With the lexicon, categories can be among the features, and their lines are the
	// category's matches.
	ml, _ := trainSynthetic(t, nil)
	all, err := ml.Strongest("conflict", 0)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range all {
		if s.Weight <= 0 || (i > 0 && s.Weight > all[i-1].Weight) {
			t.Errorf("Strongest(0) term %d: %+v", i, s)
		}
	}
	cat := slices.IndexFunc(all, func(s Term) bool { return s.Category && s.Term == "conflict" })
	if cat < 0 {
		t.Fatal("the conflict category is not among conflict's positive features")
	}
	ev, err = ml.Evidence(docs, "conflict", cat+1, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if c := ev[cat]; c.Count == 0 || len(c.Lines) != 1 || c.Word != "conflict" {
		t.Errorf("category evidence %+v", c)
	}
	if _, err := m.Strongest("weather", 3); !errors.Is(err, framing.ErrOption) {
		t.Errorf("an unknown frame: %v", err)
	}
}

// TestPredictEdgeCases: documents with nothing the model counts get finite probabilities.
func TestPredictEdgeCases(t *testing.T) {
	m, _ := trainSynthetic(t, nil)
	docs := []corpus.Document{
		{ID: "empty", Event: "e", Outlet: "o", Text: ""},
		{ID: "stop words", Event: "e", Outlet: "o", Text: "the of and to"},
		{ID: "punctuation", Event: "e", Outlet: "o", Text: "… — ?! «»"},
		{ID: "digits", Event: "e", Outlet: "o", Text: "1,200 2026 3.5"},
		{ID: "unseen", Event: "e", Outlet: "o", Text: "Zyxwv qwerty asdfgh."},
		{ID: "non-Latin", Event: "e", Outlet: "o", Text: "北京 東京 서울"},
		{ID: "invalid bytes", Event: "e", Outlet: "o", Text: "\xff\xfe\xc3"},
	}
	preds, err := m.Predict(docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range preds {
		// None of them has a word of the model's (whose words are English words).
		if !p.NoWords {
			t.Errorf("%s: NoWords is false", p.ID)
		}
		for _, v := range p.Probabilities {
			if !(v > 0 && v < 1) {
				t.Errorf("%s: probability %v", p.ID, v)
			}
		}
	}
	if _, err := m.Predict([]corpus.Document{docs[0], docs[0]}); err == nil {
		t.Error("repeated document ids: no error")
	}
	if got, err := m.Predict(nil); err != nil || got != nil {
		t.Errorf("no documents: %v, %v", got, err)
	}
}
