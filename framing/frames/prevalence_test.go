package frames

import (
	"errors"
	"math"
	"reflect"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// handModel is a model of one frame with ten training documents whose out-of-fold
// probabilities are given: 4 coded with the frame, 6 without.
func handModel() *Model {
	oof := []float64{0.9, 0.8, 0.7, 0.3, 0.6, 0.2, 0.2, 0.1, 0.1, 0.05}
	codes := [][]bool{{true}, {true}, {true}, {true}, {false}, {false}, {false}, {false}, {false}, {false}}
	return &Model{coding: Coding{Frames: []string{"f"}}, frames: []frameModel{{name: "f", oof: oof}}, codes: codes}
}

// TestThresholdAndRates: Forman's MAX threshold and the corrections, by hand. Sorted
// down, the probabilities and codes are 0.9+ 0.8+ 0.7+ 0.6− 0.3+ 0.2− 0.2− 0.1− 0.1−
// 0.05−; TPR − FPR after each distinct value: .25, .50, .75, .75−1/6, 1−1/6 (the most),
// 1−3/6, ... So the threshold is midway between 0.3 and 0.2, with TPR 1 and FPR 1/6.
func TestThresholdAndRates(t *testing.T) {
	m := handModel()
	s := m.Stats()[0]
	if !scalar.EqualWithinAbs(s.Threshold, 0.25, 1e-15) || s.TPR != 1 || !scalar.EqualWithinAbs(s.FPR, 1.0/6, 1e-15) {
		t.Errorf("threshold %v, TPR %v, FPR %v; want 0.25, 1, 1/6", s.Threshold, s.TPR, s.FPR)
	}
	// Mean out-of-fold probabilities: (0.9+0.8+0.7+0.3)/4 = 0.675 and
	// (0.6+0.2+0.2+0.1+0.1+0.05)/6 = 1.25/6.
	if !scalar.EqualWithinAbs(s.MeanPositive, 0.675, 1e-15) || !scalar.EqualWithinAbs(s.MeanNegative, 1.25/6, 1e-15) {
		t.Errorf("means %v and %v", s.MeanPositive, s.MeanNegative)
	}
	// AUC: of the 24 pairs the positives win all but (0.3, 0.6): 23/24.
	if !scalar.EqualWithinAbs(s.AUC, 23.0/24, 1e-15) || s.Coded != 4 || s.Documents != 10 {
		t.Errorf("AUC %v, coded %d of %d", s.AUC, s.Coded, s.Documents)
	}
	for _, c := range []struct {
		method Method
		q      float64
		want   float64
		clip   bool
	}{
		// ACC: (q − 1/6)/(1 − 1/6); q = 0.5 gives (1/3)/(5/6) = 0.4.
		{ACC, 0.5, 0.4, false},
		// q below the false-positive rate: clipped to 0.
		{ACC, 0.1, 0, true},
		// PACC: (0.4 − 1.25/6)/(0.675 − 1.25/6) = 0.191667/0.466667 = 0.410714...
		{PACC, 0.4, (0.4 - 1.25/6) / (0.675 - 1.25/6), false},
		// Above the true-positive rate's mean: clipped to 1.
		{PACC, 0.7, 1, true},
		// CC and PCC report q.
		{CC, 0.3, 0.3, false},
		{PCC, 0.3, 0.3, false},
	} {
		e := newEstimator(m, c.method)
		got, clipped := e.correct([]float64{c.q}, e.rates)
		if !scalar.EqualWithinAbs(got[0], c.want, 1e-12) || clipped[0] != c.clip {
			t.Errorf("%v(q=%v) = %v (clipped %v), want %v (%v)", c.method, c.q, got[0], clipped[0], c.want, c.clip)
		}
	}
}

// TestMixturePosterior: the mixture's posterior mean of a group's share, by hand. Two bins,
// f₁ = (0.2, 0.8), f₀ = (0.8, 0.2), one document in bin 1. Its likelihood is
// 0.2 + 0.6θ, and P₁(θ) = 0.8θ/(0.2 + 0.6θ), so
//
//	E[T] = ∫ 0.8θ·prior(θ) dθ / ∫ (0.2 + 0.6θ)·prior(θ) dθ = 0.8·E[θ] / (0.2 + 0.6·E[θ])
//
// with E[θ] the prior mean: 0.8 for the uniform prior (E[θ] = ½); for Beta(1.5, 2.5) (the
// prior of weight 2 at a training share of 1/4, E[θ] = 3/8), 0.3/0.425 = 0.705882...
func TestMixturePosterior(t *testing.T) {
	f0, f1, n := []float64{0.8, 0.2}, []float64{0.2, 0.8}, []float64{0, 1}
	for _, c := range []struct {
		prior [2]float64
		want  float64
		tol   float64
	}{
		{[2]float64{0, 0}, 0.8, 1e-12}, // the midpoint rule is exact for these integrands
		{[2]float64{0.5, 1.5}, 0.3 / 0.425, 2e-3},
	} {
		x := &mixture{prior: [][2]float64{c.prior}}
		p := x.posterior(0, n, f0, f1)
		if !scalar.EqualWithinAbs(p.mean, c.want, c.tol) {
			t.Errorf("prior %v: E[T] = %v, want %v", c.prior, p.mean, c.want)
		}
		if last := p.cdf[len(p.cdf)-1]; !scalar.EqualWithinAbs(last, 1, 1e-12) {
			t.Errorf("prior %v: the posterior's mass is %v", c.prior, last)
		}
	}
	// A large group is resolved finely: 4,000 documents, 3,000 in bin 1. The likelihood's
	// maximum solves 3000·0.6/(0.2 + 0.6θ) = 1000·0.6/(0.8 − 0.6θ), θ = 2.2/2.4 = 0.91667,
	// where T = θ; the grid zooms in on it (a posterior standard deviation of about 0.01).
	x := &mixture{prior: [][2]float64{{0, 0}}}
	p := x.posterior(0, []float64{1000, 3000}, f0, f1)
	if p.width > 0.005 || !scalar.EqualWithinAbs(p.mean, 2.2/2.4, 0.003) {
		t.Errorf("grid cells of %v, E[T] = %v for a sharp posterior at 0.91667", p.width, p.mean)
	}
}

// sides returns the synthetic documents of two sides whose shares of the first frame
// differ (0.8 and 0.2), over two events.
func twoSides() ([]corpus.Document, []corpus.Side) {
	a := synthetic(60, []float64{0.8, 0.4, 0.4}, 0.7, 0.05, "a", 21)
	b := synthetic(60, []float64{0.2, 0.4, 0.4}, 0.7, 0.05, "b", 22)
	docs := append(a, b...)
	for i := range docs {
		if i%2 == 1 {
			docs[i].Event = "e2"
		}
	}
	return docs, []corpus.Side{corpus.KindSide("a"), corpus.KindSide("b")}
}

func TestPrevalenceSides(t *testing.T) {
	m, _ := trainSynthetic(t, nil)
	docs, sides := twoSides()
	for _, method := range []Method{Mixture, ACC, PACC, CPCC, SLD} {
		prev, err := m.Prevalence(docs, sides, &PrevalenceOptions{Method: method, Replicates: 400})
		if err != nil {
			t.Fatal(err)
		}
		cells, covered := 0, 0
		for _, s := range prev.Shares {
			if !(s.Low <= s.Estimate+1e-12 && s.Estimate <= s.High+1e-12) || s.Low < 0 || s.High > 1 {
				t.Errorf("%v: %+v: the estimate lies outside its interval", method, s)
			}
			if s.Event != "" {
				continue
			}
			var side []corpus.Document
			for _, d := range docs {
				if d.Kind == s.Side {
					side = append(side, d)
				}
			}
			want := truth(side, s.Frame)
			if math.Abs(s.Estimate-want) > 0.2 {
				t.Errorf("%v: %s, %s: %.3f [%.3f, %.3f], coded share %.3f", method, s.Side, s.Frame, s.Estimate, s.Low, s.High, want)
			}
			cells++
			if s.Low <= want && want <= s.High {
				covered++
			}
		}
		// 95% intervals: of six cells, at most one may miss.
		if covered < cells-1 {
			t.Errorf("%v: %d of %d intervals cover the coded share", method, covered, cells)
		}
		kinds := map[string]int{}
		for _, d := range prev.Differences {
			switch {
			case d.Pooled:
				kinds["pooled"]++
				if d.Events != 2 {
					t.Errorf("%v: pooled over %d events", method, d.Events)
				}
			case d.Event == "":
				kinds["all"]++
			default:
				kinds["event"]++
			}
			if d.Frame == "conflict" && (d.Estimate < 0.3 || d.Low <= 0) {
				t.Errorf("%v: %+v: side a uses conflict far more than b, and the interval should say so", method, d)
			}
		}
		// Three frames: one difference over all documents, two per event, one pooled.
		if kinds["all"] != 3 || kinds["event"] != 6 || kinds["pooled"] != 3 {
			t.Errorf("%v: differences %v", method, kinds)
		}
		// Two sides × three frames over all documents, and per event.
		if len(prev.Shares) != 6+12 {
			t.Errorf("%v: %d shares", method, len(prev.Shares))
		}
	}
}

// TestPrevalenceDeterministic: the same result whatever the number of workers; another
// seed, other intervals.
func TestPrevalenceDeterministic(t *testing.T) {
	m, _ := trainSynthetic(t, nil)
	docs, sides := twoSides()
	one, err := m.Prevalence(docs, sides, &PrevalenceOptions{Replicates: 200, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	three, err := m.Prevalence(docs, sides, &PrevalenceOptions{Replicates: 200, Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	var calls [][2]int
	watched, err := m.Prevalence(docs, sides, &PrevalenceOptions{Replicates: 200, Workers: 3,
		Progress: func(done, total int) { calls = append(calls, [2]int{done, total}) }})
	if err != nil {
		t.Fatal(err)
	}
	one.Options.Workers, three.Options.Workers, watched.Options.Workers = 0, 0, 0
	if !reflect.DeepEqual(one, three) {
		t.Error("1 and 3 workers give different results")
	}
	if !reflect.DeepEqual(one, watched) {
		t.Error("a Progress function changes the result")
	}
	for i, c := range calls {
		if c[1] != 200 || c[0] < 0 || c[0] > 200 || i > 0 && c[0] <= calls[i-1][0] {
			t.Fatalf("progress calls %v: want done rising to total 200", calls)
		}
	}
	if len(calls) < 50 || calls[len(calls)-1] != [2]int{200, 200} {
		t.Errorf("%d progress calls, last %v: want about a hundred, ending at 200 of 200", len(calls), calls[len(calls)-1:])
	}
	// The draws are shares of a group's documents, so one bound can repeat under another
	// seed; the estimates must, and not every bound may.
	other, _ := m.Prevalence(docs, sides, &PrevalenceOptions{Replicates: 200, Seed: 5})
	moved := 0
	for i, s := range other.Shares {
		if s.Estimate != one.Shares[i].Estimate {
			t.Errorf("seed 5: %+v, default seed: %+v", s, one.Shares[i])
		}
		if s.Low != one.Shares[i].Low || s.High != one.Shares[i].High {
			moved++
		}
	}
	if moved == 0 {
		t.Error("seed 5 gives the default seed's intervals")
	}
	if one.Options.Seed != DefaultSeed || one.Options.Level != 0.95 || one.Options.Method != SLD {
		t.Errorf("defaults not recorded: %+v", one.Options)
	}
}

func TestPrevalenceErrors(t *testing.T) {
	m, _ := trainSynthetic(t, nil)
	docs, sides := twoSides()
	for _, c := range []struct {
		name  string
		sides []corpus.Side
		opts  *PrevalenceOptions
		want  error
	}{
		{"overlapping sides", []corpus.Side{corpus.KindSide("a"), {Name: "all", Match: func(corpus.Document) bool { return true }}}, nil, corpus.ErrOverlap},
		{"empty side", []corpus.Side{corpus.KindSide("a"), corpus.KindSide("nobody")}, nil, corpus.ErrEmptySide},
		{"no sides", nil, nil, corpus.ErrEmptySide},
		{"nil match", []corpus.Side{{Name: "x"}}, nil, corpus.ErrEmptySide},
		{"few replicates", sides, &PrevalenceOptions{Replicates: 3}, framing.ErrOption},
		{"bad level", sides, &PrevalenceOptions{Level: 1.5}, framing.ErrOption},
		{"bad method", sides, &PrevalenceOptions{Method: 17}, framing.ErrOption},
	} {
		if _, err := m.Prevalence(docs, c.sides, c.opts); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	var meth Method
	if err := meth.UnmarshalText([]byte("pacc")); err != nil || meth != PACC {
		t.Errorf("pacc reads as %v, %v", meth, err)
	}
	if b, err := CPCC.MarshalText(); err != nil || string(b) != "cpcc" {
		t.Errorf("CPCC writes as %q, %v", b, err)
	}
	if err := meth.UnmarshalText([]byte("cpcc")); err != nil || meth != CPCC {
		t.Errorf("cpcc reads as %v, %v", meth, err)
	}
	if err := meth.UnmarshalText([]byte("sld")); err != nil || meth != SLD {
		t.Errorf("sld reads as %v, %v", meth, err)
	}
	if err := meth.UnmarshalText([]byte("median-sweep")); !errors.Is(err, framing.ErrOption) {
		t.Errorf("an unknown method: %v", err)
	}
}
