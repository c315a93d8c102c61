package frames

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// TestPrevalenceTrainingDocuments: the coded documents are scored with their out-of-fold
// probabilities, recognized by ID and text, also in a model read back from JSON; a model
// file without the texts' digests (written before they were kept) loads and counts them
// as scored in sample.
func TestPrevalenceTrainingDocuments(t *testing.T) {
	m, docs := trainSynthetic(t, nil)
	sides := []corpus.Side{corpus.KindSide("train")}
	opts := &PrevalenceOptions{Method: PCC, Replicates: 50}
	prev, err := m.Prevalence(docs, sides, opts)
	if err != nil {
		t.Fatal(err)
	}
	if prev.InSample != 0 {
		t.Errorf("%d documents scored in sample, want 0", prev.InSample)
	}
	stats := m.Stats()
	for f, s := range prev.Shares {
		if s.OutOfFold != 60 || s.Documents != 60 || s.NoWords != 0 {
			t.Errorf("%s: %d documents, %d out of fold, %d without words; want 60, 60, 0", s.Frame, s.Documents, s.OutOfFold, s.NoWords)
		}
		// PCC's raw share is the mean probability: over all the training documents, the
		// mean of the out-of-fold probabilities, which Stats gives by code.
		st := stats[f]
		want := (float64(st.Coded)*st.MeanPositive + float64(st.Documents-st.Coded)*st.MeanNegative) / float64(st.Documents)
		if !scalar.EqualWithinAbsOrRel(s.Raw, want, 1e-12, 1e-12) {
			t.Errorf("%s: raw %v, want the mean out-of-fold probability %v", s.Frame, s.Raw, want)
		}
	}

	// A document with a training document's ID but another text is scored by the model.
	changed := append([]corpus.Document{}, docs...)
	changed[0].Text += " Another sentence."
	prev2, err := m.Prevalence(changed, sides, opts)
	if err != nil {
		t.Fatal(err)
	}
	if prev2.InSample != 1 || prev2.Shares[0].OutOfFold != 59 {
		t.Errorf("one text changed: %d in sample, %d out of fold; want 1 and 59", prev2.InSample, prev2.Shares[0].OutOfFold)
	}

	// The training texts under other IDs (each another training document's, or none of
	// them) are recognized by their text and scored out of fold, as under their own.
	for name, id := range map[string]func(i int) string{
		"IDs of others": func(i int) string { return docs[len(docs)-1-i].ID },
		"new IDs":       func(i int) string { return "file.jsonl:" + docs[i].ID },
	} {
		moved := append([]corpus.Document{}, docs...)
		for i := range moved {
			moved[i].ID = id(i)
		}
		got, err := m.Prevalence(moved, sides, opts)
		if err != nil {
			t.Fatal(err)
		}
		if got.InSample != 0 || got.Shares[0].OutOfFold != 60 {
			t.Errorf("%s: %d in sample, %d out of fold; want 0 and 60", name, got.InSample, got.Shares[0].OutOfFold)
		}
		for f, s := range got.Shares {
			if s.Raw != prev.Shares[f].Raw {
				t.Errorf("%s: %s: raw %v, under their own IDs %v", name, s.Frame, s.Raw, prev.Shares[f].Raw)
			}
		}
	}

	// A training ID whose text has none of the model's words is counted as such only.
	emptied := append([]corpus.Document{}, docs...)
	emptied[0].Text = ""
	prev5, err := m.Prevalence(emptied, sides, opts)
	if err != nil {
		t.Fatal(err)
	}
	if s := prev5.Shares[0]; prev5.InSample != 0 || s.NoWords != 1 || s.OutOfFold != 59 || s.Documents != 59 {
		t.Errorf("one text emptied: %d in sample, %d without words, %d out of fold of %d; want 0, 1, 59 of 59", prev5.InSample, s.NoWords, s.OutOfFold, s.Documents)
	}

	// Read back, the model scores them the same way.
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var back Model
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	prev3, err := back.Prevalence(docs, sides, opts)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(prev)
	if got, _ := json.Marshal(prev3); string(got) != string(want) {
		t.Error("the model read back estimates other shares")
	}

	// A file without digests: loads, and cannot tell.
	var file map[string]any
	if err := json.Unmarshal(b, &file); err != nil {
		t.Fatal(err)
	}
	training := file["training"].(map[string]any)
	if _, ok := training["digests"]; !ok {
		t.Fatal("the model file has no digests")
	}
	delete(training, "digests")
	old, _ := json.Marshal(file)
	var oldModel Model
	if err := json.Unmarshal(old, &oldModel); err != nil {
		t.Fatalf("a model file without digests: %v", err)
	}
	prev4, err := oldModel.Prevalence(docs, sides, opts)
	if err != nil {
		t.Fatal(err)
	}
	if prev4.InSample != 60 || prev4.Shares[0].OutOfFold != 0 {
		t.Errorf("a model file without digests: %d in sample, %d out of fold; want 60 and 0", prev4.InSample, prev4.Shares[0].OutOfFold)
	}

	// Digests that do not fit are refused.
	for name, d := range map[string]any{"one too few": make([]string, 59), "not hex": append(make([]string, 59), "zz")} {
		training["digests"] = d
		bad, _ := json.Marshal(file)
		if err := json.Unmarshal(bad, new(Model)); !errors.Is(err, framing.ErrOption) {
			t.Errorf("digests %s: %v, want ErrOption", name, err)
		}
	}
}

// TestPrevalenceNoWords: documents the model finds none of its words in are marked by
// Predict, counted per side by Prevalence and left out of its shares.
func TestPrevalenceNoWords(t *testing.T) {
	m, _ := trainSynthetic(t, nil)
	a := synthetic(30, []float64{0.5, 0.4, 0.3}, 0.7, 0.05, "a", 3)
	b := synthetic(30, []float64{0.2, 0.4, 0.6}, 0.7, 0.05, "b", 4)
	empty := []corpus.Document{
		{ID: "a-empty", Event: "e", Outlet: "o", Kind: "a", Text: ""},
		{ID: "a-bytes", Event: "e", Outlet: "o", Kind: "a", Text: "\xff\xfe\xfd"},
		{ID: "a-unseen", Event: "e", Outlet: "o", Kind: "a", Text: "Zyxwv qwerty asdfgh."},
	}
	preds, err := m.Predict(append(empty, a[0]))
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range preds {
		if want := i < len(empty); p.NoWords != want {
			t.Errorf("%s: NoWords %v, want %v", p.ID, p.NoWords, want)
		}
	}
	sides := []corpus.Side{corpus.KindSide("a"), corpus.KindSide("b")}
	opts := &PrevalenceOptions{Method: PCC, Replicates: 50}
	with, err := m.Prevalence(append(append(append([]corpus.Document{}, a...), empty...), b...), sides, opts)
	if err != nil {
		t.Fatal(err)
	}
	without, err := m.Prevalence(append(append([]corpus.Document{}, a...), b...), sides, opts)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range with.Shares {
		wantNone := map[string]int{"a": 3, "b": 0}[s.Side]
		if s.NoWords != wantNone || s.Documents != 30 {
			t.Errorf("%s/%s: %d documents, %d without words; want 30 and %d", s.Side, s.Frame, s.Documents, s.NoWords, wantNone)
		}
		if w := without.Shares[i]; s.Raw != w.Raw || s.Estimate != w.Estimate {
			t.Errorf("%s/%s: raw %v, estimate %v; without the empty documents %v, %v", s.Side, s.Frame, s.Raw, s.Estimate, w.Raw, w.Estimate)
		}
	}
	// A side with no document the model can read, of two: nothing to compare.
	if _, err := m.Prevalence(append(empty, b...), sides, opts); !errors.Is(err, corpus.ErrEmptySide) {
		t.Errorf("a side of unreadable documents: %v, want ErrEmptySide", err)
	}

	// Of three sides over two events: the unreadable side is left out and named, the
	// others compared; an event whose documents of a side are all unreadable is counted.
	c := synthetic(30, []float64{0.3, 0.3, 0.3}, 0.7, 0.05, "c", 5)
	var docs []corpus.Document
	for i, d := range append(append([]corpus.Document{}, a...), c...) {
		d.Event = []string{"e1", "e2"}[i%2]
		docs = append(docs, d)
	}
	for i, d := range b {
		d.Event = "e1"
		if i%2 == 1 {
			d.Event, d.Text = "e2", "" // b's documents of e2: none readable
		}
		docs = append(docs, d)
	}
	for _, d := range empty {
		d.Kind, d.ID, d.Event = "d", "d-"+d.ID, "e1"
		docs = append(docs, d)
	}
	sides4 := []corpus.Side{corpus.KindSide("a"), corpus.KindSide("b"), corpus.KindSide("c"), corpus.KindSide("d")}
	prev, err := m.Prevalence(docs, sides4, opts)
	if err != nil {
		t.Fatalf("a side of unreadable documents of four: %v", err)
	}
	if len(prev.NoWordsSides) != 1 || prev.NoWordsSides[0] != "d" || prev.NoWordsGroups != 1 {
		t.Errorf("left out: sides %q, %d groups; want [d] and 1 (b in e2)", prev.NoWordsSides, prev.NoWordsGroups)
	}
	groups := map[string]int{}
	for _, s := range prev.Shares {
		groups[s.Event+"/"+s.Side]++
	}
	// a, b, c over all events; a and c in e1 and e2; b in e1: three frames each.
	want := map[string]int{"/a": 3, "/b": 3, "/c": 3, "e1/a": 3, "e1/b": 3, "e1/c": 3, "e2/a": 3, "e2/c": 3}
	if fmt.Sprint(groups) != fmt.Sprint(want) {
		t.Errorf("shares by group %v, want %v", groups, want)
	}
	for _, d := range prev.Differences {
		if d.SideA == "d" || d.SideB == "d" {
			t.Errorf("a difference with the side left out: %+v", d)
		}
	}
}

// TestZeroModel: the zero Model and a nil *Model return errors, never panic.
func TestZeroModel(t *testing.T) {
	docs := synthetic(4, []float64{0.5, 0.4, 0.3}, 0.7, 0.05, "a", 3)
	sides := []corpus.Side{corpus.KindSide("a")}
	for name, m := range map[string]*Model{"zero": {}, "nil": nil} {
		t.Run(name, func(t *testing.T) {
			check := func(what string, err error) {
				t.Helper()
				if !errors.Is(err, framing.ErrOption) {
					t.Errorf("%s: %v, want ErrOption", what, err)
				}
			}
			_, err := m.Predict(docs)
			check("Predict", err)
			_, err = m.Predict(nil)
			check("Predict of nothing", err)
			_, err = m.PredictProfiles()
			check("PredictProfiles", err)
			_, err = m.Prevalence(docs, sides, nil)
			check("Prevalence", err)
			_, err = m.Strongest("a", 3)
			check("Strongest", err)
			_, err = m.Evidence(docs, "a", 3, 1, 0)
			check("Evidence", err)
			_, err = m.MarshalJSON()
			check("MarshalJSON", err)
			if m.Terms() != nil || m.Frames() != nil || m.Stats() != nil || m.Options().Weighting != nil || m.Analyzer().Language != "" || m.Coding().Frames != nil {
				t.Error("an empty model describes itself as not empty")
			}
		})
	}
	// A struct holding an unset model, addressable: MarshalJSON fails.
	var holder struct{ Model Model }
	if _, err := json.Marshal(&holder); !errors.Is(err, framing.ErrOption) {
		t.Errorf("json.Marshal of a struct with a zero Model: %v, want ErrOption", err)
	}
	// Not addressable, or nil: written without MarshalJSON, as the Model's documentation
	// says, and refused when read back.
	trained, _ := trainSynthetic(t, nil)
	for name, v := range map[string]any{
		"struct by value":         struct{ Model Model }{},
		"trained struct by value": struct{ Model Model }{*trained},
		"nil pointer":             struct{ Model *Model }{},
	} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		want := map[bool]string{true: `{"Model":null}`, false: `{"Model":{}}`}[name == "nil pointer"]
		if string(b) != want {
			t.Errorf("%s: %s, want %s", name, b, want)
		}
		var back struct{ Model Model }
		if err := json.Unmarshal(b, &back); err == nil {
			t.Errorf("%s: %s read back as a model", name, b)
		}
	}
}
