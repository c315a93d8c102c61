package frames

// framesdev_insample_test.go: prevalence on the coded documents themselves, the first
// sanity check a researcher runs: a model trained on all of frames-dev, applied to the same
// articles, per leaning and frame, against their coded shares.

import (
	"math"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestFramesDevInSample trains on every article of frames-dev and estimates each
// leaning's share of each frame on the same articles (all of them, and half A and half B
// alone), against the coded shares: 4 leanings × 5 frames = 20 cells a part, for SLD,
// Mixture and CPCC. Run with -v for the table (the commit that added it gives the figures
// before and after the coded documents were scored out of fold). It asserts that every
// document was scored out of fold.
func TestFramesDevInSample(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("trains a model on frames-dev")
	}
	fd := loadFramesDev(t)
	m, err := Train(fd.docs, fd.coding, nil)
	if err != nil {
		t.Fatal(err)
	}
	aucs := 0.0
	for _, st := range m.Stats() {
		aucs += st.AUC
	}
	t.Logf("FrameStat.AUC averaged over the frames: %.4f", aucs/float64(len(m.Stats())))
	var sides []corpus.Side
	for _, l := range leanings {
		sides = append(sides, corpus.KindSide(l))
	}
	for _, part := range []struct {
		name string
		keep func(int) bool
	}{{"half A", func(i int) bool { return fd.half[i] == 0 }}, {"half B", func(i int) bool { return fd.half[i] == 1 }}, {"whole", func(int) bool { return true }}} {
		var docs []corpus.Document
		var kept []int
		for i, d := range fd.docs {
			if part.keep(i) {
				docs = append(docs, d)
				kept = append(kept, i)
			}
		}
		for _, method := range []Method{SLD, Mixture, CPCC} {
			prev, err := m.Prevalence(docs, sides, &PrevalenceOptions{Method: method})
			if err != nil {
				t.Fatal(err)
			}
			cells, covered := 0, 0
			absErr, rawErr, maxRatio := 0.0, 0.0, 0.0
			for _, s := range prev.Shares {
				truth := fd.codedShare(kept, s.Side, s.Frame)
				cells++
				absErr += math.Abs(s.Estimate - truth)
				rawErr += math.Abs(s.Raw - truth)
				if s.Low <= truth && truth <= s.High {
					covered++
				}
				if s.Shift.Fires {
					t.Errorf("%s %s/%s: the shift test fires (D %.3f > %.3f) on the coded documents themselves", part.name, s.Side, s.Frame, s.Shift.D, s.Shift.Critical)
				}
				maxRatio = math.Max(maxRatio, s.Shift.D/s.Shift.Critical)
				if s.OutOfFold != s.Documents {
					t.Errorf("%s/%s: %d of %d documents scored out of fold", s.Side, s.Frame, s.OutOfFold, s.Documents)
				}
				if part.name == "whole" && method == SLD {
					t.Logf("%-20s %-15s coded %.3f raw %.3f estimate %.3f [%.3f, %.3f]", s.Side, s.Frame, truth, s.Raw, s.Estimate, s.Low, s.High)
				}
			}
			t.Logf("%-6s %-7v cells %d  mean |estimate − coded| %.4f  mean |raw − coded| %.4f  covered %d  largest shift D/critical %.2f", part.name, method, cells, absErr/float64(cells), rawErr/float64(cells), covered, maxRatio)
		}
	}
}
