package frames

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// FuzzCodeObject: any text under the codes key gives codes or an error wrapping
// ErrCoding, never a panic.
func FuzzCodeObject(f *testing.F) {
	for _, s := range []string{`{"a": true, "b": false}`, `{"a": 1}`, `{"a": "yes"}`, `{"a": {"b": 1}}`, `[1]`, `{"a": true} x`, `{`, ``, `{"a":true,"a":true}`} {
		f.Add(s)
	}
	c := Coding{Key: "frames", Frames: []string{"a", "b"}}
	f.Fuzz(func(t *testing.T, s string) {
		d := corpus.Document{ID: "x", Meta: map[string]string{"frames": s}}
		codes, err := c.codes(d)
		if err != nil && !errors.Is(err, ErrCoding) {
			t.Errorf("%q: %v does not wrap ErrCoding", s, err)
		}
		if err == nil && len(codes) != 2 {
			t.Errorf("%q: %d codes", s, len(codes))
		}
	})
}

// FuzzModelJSON: any bytes read as a model give a model that predicts, or an error (one
// wrapping framing.ErrOption once the JSON is well formed), never a panic.
func FuzzModelJSON(f *testing.F) {
	docs := synthetic(20, []float64{0.5, 0.5, 0.5}, 0.7, 0.05, "k", 1)
	m, err := Train(docs, Coding{Key: "frames"}, &Options{Folds: 2, C: []float64{1}, NoLexicon: true})
	if err != nil {
		f.Fatal(err)
	}
	b, _ := json.Marshal(m)
	f.Add(b)
	f.Add([]byte(`{"model": "framediff frame model"}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var m Model
		if err := json.Unmarshal(b, &m); err != nil {
			var syntax *json.SyntaxError
			if errors.As(err, &syntax) {
				return // encoding/json checks the syntax before calling UnmarshalJSON
			}
			if !errors.Is(err, framing.ErrOption) {
				t.Errorf("%v does not wrap ErrOption", err)
			}
			return
		}
		if _, err := m.Predict(docs[:2]); err != nil {
			t.Errorf("a model that loaded does not predict: %v", err)
		}
	})
}
