package frames

import (
	"encoding/json"
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	if os.Getenv("ZZDUMP") == "" {
		t.Skip()
	}
	fd := loadFramesDev(t)
	_, models := fd.cvPredictions(t, nil)
	type fold struct {
		TrainOOF   [][]float64 `json:"train_oof"`
		TrainCodes [][]bool    `json:"train_codes"`
		TrainLean  []string    `json:"train_lean"`
		TrainInner []int       `json:"train_inner"`
		TrainHalf  []int       `json:"train_half"`
		TestProb   [][]float64 `json:"test_prob"`
		TestCodes  [][]bool    `json:"test_codes"`
		TestLean   []string    `json:"test_lean"`
		TestHalf   []int       `json:"test_half"`
	}
	var out []fold
	for k, m := range models {
		train, test, idx := fd.split(k)
		var fo fold
		ids := []string{}
		for _, d := range train {
			ids = append(ids, d.ID)
		}
		inner, _ := Folds(ids, 5, DefaultSeed)
		fo.TrainInner = inner
		for i, d := range train {
			if d.ID != m.ids[i] {
				t.Fatal("order")
			}
			row := []float64{}
			for f := range m.frames {
				row = append(row, m.frames[f].oof[i])
			}
			fo.TrainOOF = append(fo.TrainOOF, row)
			fo.TrainCodes = append(fo.TrainCodes, m.codes[i])
			fo.TrainLean = append(fo.TrainLean, d.Kind)
		}
		for i := range fd.docs {
			if fd.folds[i] != k {
				fo.TrainHalf = append(fo.TrainHalf, fd.half[i])
			}
		}
		preds, _ := m.Predict(test)
		for t2, p := range preds {
			fo.TestProb = append(fo.TestProb, p.Probabilities)
			fo.TestCodes = append(fo.TestCodes, fd.codes[idx[t2]])
			fo.TestLean = append(fo.TestLean, test[t2].Kind)
			fo.TestHalf = append(fo.TestHalf, fd.half[idx[t2]])
		}
		out = append(out, fo)
	}
	b, _ := json.Marshal(out)
	os.WriteFile("/tmp/prevdump.json", b, 0o644)
}
