package frames

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// checkShift checks that the shift test (shift.go) stays silent where its assumption
// holds, with the models of TestFramesDevPrevalence (trained on four folds of frames-dev)
// applied to the fifth, whose documents come from the same population as the coded ones.
// The cells: every leaning's documents of the fold (natural, 9 to 17 documents), the whole
// fold (about 54), and groups drawn from the fold's documents to have 10% and 70% of a
// frame (pure prior shift, which the corrected estimators assume). Reported for half A
// (the tune half), half B (held) and the whole; it fails if any natural or whole-fold cell
// of the whole fires, or more than 2% of the drawn ones (a test at level 0.001 that is
// conservative should fire in almost none).
func (fd *framesDev) checkShift(t *testing.T, models []*Model) {
	var sides []corpus.Side
	for _, l := range leanings {
		sides = append(sides, corpus.KindSide(l))
	}
	all := []corpus.Side{{Name: "fold", Match: func(corpus.Document) bool { return true }}}
	type tally struct {
		cells, fires int
		maxRatio     float64 // the largest D / Critical
	}
	add := func(tl *tally, prev *Prevalence) {
		for _, s := range prev.Shares {
			tl.cells++
			if s.Shift.Fires {
				tl.fires++
			}
			tl.maxRatio = math.Max(tl.maxRatio, s.Shift.D/s.Shift.Critical)
		}
	}
	opts := &PrevalenceOptions{Replicates: 10}
	for _, part := range []struct {
		name string
		keep func(int) bool
	}{{"half A", func(i int) bool { return fd.half[i] == 0 }}, {"half B", func(i int) bool { return fd.half[i] == 1 }}, {"whole", func(int) bool { return true }}} {
		var natural, whole, drawn tally
		for k, m := range models {
			_, _, idx := fd.split(k)
			var docs []corpus.Document
			var kept []int
			for _, i := range idx {
				if part.keep(i) {
					docs = append(docs, fd.docs[i])
					kept = append(kept, i)
				}
			}
			prev, err := m.Prevalence(docs, sides, opts)
			if err != nil {
				t.Fatal(err)
			}
			add(&natural, prev)
			if prev, err = m.Prevalence(docs, all, opts); err != nil {
				t.Fatal(err)
			}
			add(&whole, prev)
			for f := range fd.coding.Frames {
				var with, without []corpus.Document
				for _, i := range kept {
					if fd.codes[i][f] {
						with = append(with, fd.docs[i])
					} else {
						without = append(without, fd.docs[i])
					}
				}
				for v, share := range []float64{0.1, 0.7} {
					rng := rand.New(rand.NewPCG(uint64(k), uint64(10*f+v)))
					// As many documents as the rarer code allows, up to 40.
					n := 40
					if share > 0 {
						n = min(n, int(float64(len(with))/share))
					}
					n = min(n, int(float64(len(without))/(1-share)))
					kw := int(math.Round(share * float64(n)))
					if kw < 1 || n-kw < 1 || n < 10 {
						continue
					}
					var group []corpus.Document
					for _, j := range rng.Perm(len(with))[:kw] {
						group = append(group, with[j])
					}
					for _, j := range rng.Perm(len(without))[:n-kw] {
						group = append(group, without[j])
					}
					prev, err := m.Prevalence(group, all, opts)
					if err != nil {
						t.Fatal(err)
					}
					// Only the drawn frame's cell: the others' shares are not set.
					for _, s := range prev.Shares {
						if s.Frame == fd.coding.Frames[f] {
							drawn.cells++
							if s.Shift.Fires {
								drawn.fires++
							}
							drawn.maxRatio = math.Max(drawn.maxRatio, s.Shift.D/s.Shift.Critical)
						}
					}
				}
			}
		}
		t.Logf("%-6s natural cells %3d fire %d (max D/critical %.2f); whole folds %2d fire %d (%.2f); drawn 10%%/70%% %3d fire %d (%.2f)",
			part.name, natural.cells, natural.fires, natural.maxRatio, whole.cells, whole.fires, whole.maxRatio, drawn.cells, drawn.fires, drawn.maxRatio)
		if part.name == "whole" {
			if natural.fires > 0 || whole.fires > 0 {
				t.Errorf("the shift test fires in %d natural and %d whole-fold cells of documents like the coded ones, want none", natural.fires, whole.fires)
			}
			if float64(drawn.fires) > 0.02*float64(drawn.cells) {
				t.Errorf("the shift test fires in %d of %d groups drawn under prior shift, want at most 2%%", drawn.fires, drawn.cells)
			}
		}
	}
}
