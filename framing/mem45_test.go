package framing

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"weak"

	"github.com/framediff/framediff/corpus"
)

// TestHotCapShared checks that the workers over one vocabulary share its budget of cached
// slots: two counters each may cache maxHot slots, 200 no more than hotBudget in all, and
// none fewer than it starts with.
func TestHotCapShared(t *testing.T) {
	for _, tc := range []struct{ counters, want int }{
		{1, maxHot},
		{2, maxHot},
		{32, maxHot}, // 32 × 8,192 = 262,144, the budget
		{33, 4096},   // 33 × 8,192 is over it
		{200, 1024},  // 200 × 1,024 = 204,800; 200 × 2,048 is over
		{2000, 512},  // hotSize, the floor
	} {
		t.Run(fmt.Sprint(tc.counters), func(t *testing.T) {
			v := &Vocabulary{}
			cs := make([]Counter, tc.counters)
			for i := range cs {
				cs[i].Vocabulary = v
				if err := cs[i].AddText("Ministers met."); err != nil {
					t.Fatal(err)
				}
			}
			for i := range cs {
				if got := cs[i].w.hotCap(); got != tc.want {
					t.Fatalf("counter %d of %d may cache %d slots, want %d", i, tc.counters, got, tc.want)
				}
			}
		})
	}
}

// TestHotCapGrowth checks that a counter among many grows its cache to its share of the
// budget and no further, however many of its lookups miss.
func TestHotCapGrowth(t *testing.T) {
	v := &Vocabulary{}
	cs := make([]Counter, 200)
	for i := range cs {
		cs[i].Vocabulary = v
		if err := cs[i].AddText("Ministers met."); err != nil {
			t.Fatal(err)
		}
	}
	// 40,000 distinct words, each missed once: far more than 4 × 1,024 misses.
	for i := range 40000 {
		if err := cs[0].AddText(fmt.Sprintf("w%05dx", i)); err != nil {
			t.Fatal(err)
		}
	}
	if got := len(cs[0].w.hot); got != 1024 {
		t.Errorf("a counter among 200 grew its cache to %d slots, want 1,024", got)
	}
}

// TestMarksClearedByDocument counts documents whose terms repeat within and across them:
// each term's document frequency counts each document once, whether the counter counts
// words only (marks cleared document by document) or keeps per-document counts
// (AddCounts). The expected figures are counted by hand.
func TestMarksClearedByDocument(t *testing.T) {
	docs := []string{
		"harbor quay harbor", // harbor 2, quay 1
		"quay crane",         // quay 1, crane 1
		"harbor",             // harbor 1
		"crane crane crane",  // crane 3
		"quay harbor quay",   // quay 2, harbor 1
	}
	want := map[string][2]int{ // count, documents
		"harbor": {4, 3},
		"quay":   {4, 3},
		"crane":  {4, 2},
	}
	wantDoc := []map[string]int{
		{"harbor": 2, "quay": 1},
		{"quay": 1, "crane": 1},
		{"harbor": 1},
		{"crane": 3},
		{"quay": 2, "harbor": 1},
	}
	for _, perDoc := range []bool{false, true} {
		t.Run(fmt.Sprintf("perDoc=%v", perDoc), func(t *testing.T) {
			c := Counter{Analyzer: Analyzer{NoStem: true}}
			for i, text := range docs {
				d := corpus.Document{ID: fmt.Sprint(i), Text: text}
				if !perDoc {
					if err := c.Add(d); err != nil {
						t.Fatal(err)
					}
					continue
				}
				dc, err := c.AddCounts(d, LeanA)
				if err != nil {
					t.Fatal(err)
				}
				got := map[string]int{}
				for _, tc := range dc.Terms {
					got[tc.Term] = tc.Count
				}
				if fmt.Sprint(got) != fmt.Sprint(wantDoc[i]) {
					t.Errorf("document %d: counts %v, want %v", i, got, wantDoc[i])
				}
			}
			p, err := c.Profile()
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Terms()) != len(want) {
				t.Errorf("%d terms, want %d", len(p.Terms()), len(want))
			}
			for _, ts := range p.Terms() {
				if w := want[ts.Term]; ts.Count != w[0] || ts.DocFreq != w[1] {
					t.Errorf("%s: count %d in %d documents, want %d in %d", ts.Term, ts.Count, ts.DocFreq, w[0], w[1])
				}
			}
		})
	}
}

// TestHotCapReleased checks that counters no longer reachable leave the count of live
// workers once collected, so that a new counter may cache maxHot slots again, and that a
// vocabulary reset to its zero value counts its own workers only (the old counters,
// collected later, do not lower its count).
func TestHotCapReleased(t *testing.T) {
	v := &Vocabulary{}
	func() {
		cs := make([]Counter, 200)
		for i := range cs {
			cs[i].Vocabulary = v
			if err := cs[i].AddText("Ministers met."); err != nil {
				t.Fatal(err)
			}
		}
	}()
	// Cleanups run after a collection, on their own goroutine: a bounded number of tries.
	for i := 0; i < 50 && v.workers.Load() > 0; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	c := Counter{Vocabulary: v}
	if err := c.AddText("Ministers met."); err != nil {
		t.Fatal(err)
	}
	if got := c.w.hotCap(); got != maxHot {
		t.Errorf("a counter after 200 collected ones may cache %d slots, want %d", got, maxHot)
	}

	var r Vocabulary
	old := make([]Counter, 200)
	for i := range old {
		old[i].Vocabulary = &r
		if err := old[i].AddText("Ministers met."); err != nil {
			t.Fatal(err)
		}
	}
	r = Vocabulary{}
	cs := make([]Counter, 200)
	for i := range cs {
		cs[i].Vocabulary = &r
		if err := cs[i].AddText("Ministers met."); err != nil {
			t.Fatal(err)
		}
	}
	old = nil
	for range 5 {
		runtime.GC()
		runtime.Gosched()
	}
	if got := cs[0].w.hotCap(); got != 1024 {
		t.Errorf("after a reset, a counter among 200 live ones may cache %d slots, want 1,024", got)
	}
	runtime.KeepAlive(cs)
}

// sideBySide holds a vocabulary by value beside the counters over it, as a caller may.
type sideBySide struct {
	vocab Vocabulary
	a, b  Counter
	pad   []byte
}

// TestWorkerCollectedBesideVocabulary checks that counters and the vocabulary they count
// over, held in one struct, are collected once unreachable: the cleanup that counts a
// worker out must hold nothing that reaches the worker (else the struct, the worker and its
// counts are never freed).
func TestWorkerCollectedBesideVocabulary(t *testing.T) {
	var wp weak.Pointer[sideBySide]
	func() {
		s := &sideBySide{pad: make([]byte, 1<<20)}
		s.a.Vocabulary, s.b.Vocabulary = &s.vocab, &s.vocab
		if err := s.a.AddText(strings.Repeat("Ministers met the press. ", 100)); err != nil {
			t.Fatal(err)
		}
		wp = weak.Make(s)
	}()
	for i := 0; i < 20 && wp.Value() != nil; i++ {
		runtime.GC()
	}
	if wp.Value() != nil {
		t.Fatal("counters beside their vocabulary in one struct are never collected")
	}
}
