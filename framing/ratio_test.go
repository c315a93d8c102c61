package framing

import (
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/framediff/framediff/corpus"
	"github.com/kljensen/snowball/english"
)

// Speeds on a shared, noisy machine are reported as ratios to a calibration run in the same
// process: each round times the calibration and the subject back to back, and the median
// over the rounds is reported. The calibration is the least a tokenizer-and-counter can
// do: strings.Fields into a map.
//
//	FRAMEDIFF_BBC=$PWD/../shared/data/bbc-news.jsonl go test ./framing -run XXX -bench Ratio -benchtime 15x
//
// Single-goroutine subjects are timed in CPU time of their thread (time the machine gave
// to other work is not counted); parallel subjects in wall time, against the same subject
// on one goroutine.

// threadCPU returns the CPU time of the calling thread (clock_gettime with
// CLOCK_THREAD_CPUTIME_ID, to the nanosecond).
func threadCPU() time.Duration {
	var ts syscall.Timespec
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, 3 /* CLOCK_THREAD_CPUTIME_ID */, uintptr(unsafe.Pointer(&ts)), 0)
	return time.Duration(ts.Nano())
}

func fieldsMap(docs []corpus.Document) {
	m := map[string]int{}
	for _, d := range docs {
		for _, w := range strings.Fields(d.Text) {
			m[w]++
		}
	}
}

// ratioBench runs b.N rounds of calibration then subject and reports the median ratio of
// their speeds (subject over calibration, so that > 1 is faster) and the subject's median
// throughput.
func ratioBench(b *testing.B, size int, calib, subject func(), wall bool) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	clock := threadCPU
	if wall {
		start := time.Now()
		clock = func() time.Duration { return time.Since(start) }
	}
	var ratios, speeds []float64
	calib()
	subject() // warm up
	b.ResetTimer()
	for b.Loop() {
		t0 := clock()
		calib()
		t1 := clock()
		subject()
		t2 := clock()
		ratios = append(ratios, float64(t1-t0)/float64(t2-t1))
		speeds = append(speeds, float64(size)/1e6/(t2-t1).Seconds())
	}
	slices.Sort(ratios)
	slices.Sort(speeds)
	b.ReportMetric(ratios[len(ratios)/2], "x-calibration")
	b.ReportMetric(speeds[len(speeds)/2], "MB/s")
	b.ReportMetric(ratios[0], "x-min")
	b.ReportMetric(ratios[len(ratios)-1], "x-max")
}

func BenchmarkRatio(b *testing.B) {
	path := os.Getenv("FRAMEDIFF_BBC")
	if path == "" {
		b.Skip("FRAMEDIFF_BBC is not set")
	}
	c, err := corpus.LoadFile(path, &corpus.LoadOptions{Defaults: corpus.Document{Event: "bbc"}})
	if err != nil {
		b.Fatal(err)
	}
	docs := c.Documents()
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	calib := func() { fieldsMap(docs) }
	profile := func(an Analyzer) func() {
		return func() {
			if _, err := an.Profile(docs...); err != nil {
				b.Fatal(err)
			}
		}
	}
	for _, cfg := range []struct {
		name string
		an   Analyzer
	}{
		{"unigrams", Analyzer{Workers: 1}},
		{"bigrams", Analyzer{NGrams: 2, Workers: 1}},
		{"trigrams", Analyzer{NGrams: 3, Workers: 1}},
		{"own-voice", Analyzer{Voices: OwnVoice, Workers: 1}},
	} {
		b.Run(cfg.name, func(b *testing.B) { ratioBench(b, n, calib, profile(cfg.an), false) })
	}
	b.Run("unigrams-warm", func(b *testing.B) {
		// One counter counts the corpus again and again: every surface is known.
		c := Counter{}
		warm := func() {
			for _, d := range docs {
				if err := c.Add(d); err != nil {
					b.Fatal(err)
				}
			}
		}
		warm()
		ratioBench(b, n, calib, warm, false)
	})
	// Own voice against the default pipeline, round by round (issue #9's target: 0.6 or
	// more), cold and warm.
	b.Run("own-voice-vs-default", func(b *testing.B) {
		ratioBench(b, n, profile(Analyzer{Workers: 1}), profile(Analyzer{Voices: OwnVoice, Workers: 1}), false)
	})
	b.Run("own-voice-vs-default-warm", func(b *testing.B) {
		all, own := Counter{}, Counter{Analyzer: Analyzer{Voices: OwnVoice}}
		add := func(c *Counter) func() {
			return func() {
				for _, d := range docs {
					if err := c.Add(d); err != nil {
						b.Fatal(err)
					}
				}
			}
		}
		ratioBench(b, n, add(&all), add(&own), false)
	})
	// Two workers against one, in wall time.
	b.Run("unigrams-2-workers-vs-1", func(b *testing.B) {
		ratioBench(b, n, profile(Analyzer{Workers: 1}), profile(Analyzer{Workers: 2}), true)
	})
	b.Run("merge-vs-analysis", func(b *testing.B) {
		// Two halves over one vocabulary: their Merge against the time to count them.
		var v Vocabulary
		halves := make([]*Profile, 2)
		count := func() {
			v = Vocabulary{}
			for k := range halves {
				cnt := Counter{Vocabulary: &v}
				for i := k; i < len(docs); i += 2 {
					if err := cnt.Add(docs[i]); err != nil {
						b.Fatal(err)
					}
				}
				halves[k], _ = cnt.Profile()
			}
		}
		merge := func() {
			if _, err := Merge(halves...); err != nil {
				b.Fatal(err)
			}
		}
		count()
		ratioBench(b, n, count, merge, false)
	})
}

func BenchmarkRatioParallelCalibration(b *testing.B) {
	path := os.Getenv("FRAMEDIFF_BBC")
	if path == "" {
		b.Skip("FRAMEDIFF_BBC is not set")
	}
	c, err := corpus.LoadFile(path, &corpus.LoadOptions{Defaults: corpus.Document{Event: "bbc"}})
	if err != nil {
		b.Fatal(err)
	}
	docs := c.Documents()
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	// What two cores give the calibration itself: two goroutines, a half each.
	two := func() {
		var wg sync.WaitGroup
		for k := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				fieldsMap(docs[k*len(docs)/2 : (k+1)*len(docs)/2])
			}()
		}
		wg.Wait()
	}
	ratioBench(b, n, func() { fieldsMap(docs) }, two, true)
}

// BenchmarkRatioStemmer measures what framediff's port of the Snowball English stemmer
// saves over calling kljensen/snowball, in a whole cold pass over BBC News (each distinct
// word is stemmed once per pass).
func BenchmarkRatioStemmer(b *testing.B) {
	path := os.Getenv("FRAMEDIFF_BBC")
	if path == "" {
		b.Skip("FRAMEDIFF_BBC is not set")
	}
	c, err := corpus.LoadFile(path, &corpus.LoadOptions{Defaults: corpus.Document{Event: "bbc"}})
	if err != nil {
		b.Fatal(err)
	}
	docs := c.Documents()
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	pass := func(stem func(string, bool) string, stemTo func(*[64]byte, string) (string, bool)) func() {
		return func() {
			lang, _ := lookupLanguage("english")
			lang.stem, lang.stemTo = stem, stemTo
			set, err := compileSettings(&Analyzer{}, lang)
			if err != nil {
				b.Fatal(err)
			}
			cnt := Counter{Vocabulary: &Vocabulary{}}
			if err := cnt.Vocabulary.use(set); err != nil {
				b.Fatal(err)
			}
			cnt.set, cnt.w = set, newWorker(set, cnt.Vocabulary)
			cnt.reserve(n)
			for _, d := range docs {
				cnt.count(d.Text)
			}
		}
	}
	ratioBench(b, n, pass(english.Stem, nil), pass(func(w string, _ bool) string { return stemEnglish(w) }, stemEnglishTo), false)
}
