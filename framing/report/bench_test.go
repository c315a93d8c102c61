package report

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// chinaDailyNYT reads China Daily's and The New York Times's articles on "democracy" from
// the shared data (chinadaily-nyt-democracy.jsonl, 4,006 documents, 23 MB), as one event,
// or skips.
func chinaDailyNYT(b *testing.B) (cd, nyt []corpus.Document, size int) {
	b.Helper()
	var path string
	for _, d := range []string{os.Getenv("FRAMEDIFF_DATA"), "../../../shared/data", "../../shared/data", "../shared/data"} {
		if d == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, "chinadaily-nyt-democracy.jsonl")); err == nil {
			path = filepath.Join(d, "chinadaily-nyt-democracy.jsonl")
			break
		}
	}
	if path == "" {
		b.Skip("no chinadaily-nyt-democracy.jsonl (set FRAMEDIFF_DATA)")
	}
	opts := &corpus.LoadOptions{Defaults: corpus.Document{Event: "democracy"}, Skip: func(*corpus.LoadError) {}}
	for d, err := range corpus.ScanFile(path, opts) {
		if err != nil {
			b.Fatal(err)
		}
		switch d.Outlet {
		case "China Daily":
			cd = append(cd, d)
		case "The New York Times":
			nyt = append(nyt, d)
		}
		size += len(d.Text)
	}
	return cd, nyt, size
}

// BenchmarkBuildDocTest measures what the document-level test and the time section add to
// building the report of China Daily against The New York Times on "democracy" (the
// README's command; report.Build with its defaults: the 2,000 terms kept, 300 of them with
// lines), round by round in the same process: "before" builds the report without the test
// (DocTest.Permutations -1), "doctest" with the default test (1,000 shuffles, every kept
// term tested), "time" with the test and a time section following "democracy" by month,
// and "timelex" with the news-frames categories followed too. Metrics are the medians over the rounds of each build's
// ratio to "before" in the same round, of wall time (doctest/before-wall, ...) and of the
// process's CPU time (doctest/before-cpu, ...). Each round starts with another variant, and
// each build after a garbage collection.
//
//	go test ./framing/report -run XXX -bench BuildDocTest -benchtime 5x
func BenchmarkBuildDocTest(b *testing.B) {
	cd, nyt, size := chinaDailyNYT(b)
	an := framing.Analyzer{Voices: framing.OwnVoice}
	build := func(o *Options) {
		r, err := Build(&an, cd, nyt, "China Daily", "The New York Times", nil, o)
		if err != nil {
			b.Fatal(err)
		}
		if err := r.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	variants := []struct {
		name string
		opts *Options
	}{
		{"before", &Options{DocTest: &framing.DocTestOptions{Permutations: -1}}},
		{"doctest", nil},
		{"time", &Options{Time: &framing.TimelineOptions{Terms: []string{"democracy"}}}},
		{"timelex", &Options{Time: &framing.TimelineOptions{Terms: []string{"democracy"}, Lexicon: framing.FramesLexicon()}}},
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	wall := make([][]float64, len(variants))
	cpu := make([][]float64, len(variants))
	round := 0
	for b.Loop() {
		// No build pays for the garbage of the one before.
		w, c := make([]float64, len(variants)), make([]float64, len(variants))
		for k := range variants {
			i := (round + k) % len(variants)
			b.StopTimer()
			runtime.GC()
			b.StartTimer()
			w0, c0 := time.Now(), cpuTime()
			build(variants[i].opts)
			w[i], c[i] = float64(time.Since(w0)), float64(cpuTime()-c0)
		}
		round++
		for i := range variants {
			wall[i] = append(wall[i], w[i]/w[0])
			cpu[i] = append(cpu[i], c[i]/c[0])
		}
	}
	median := func(xs []float64) float64 {
		s := slices.Clone(xs)
		slices.Sort(s)
		if n := len(s); n%2 == 1 {
			return s[n/2]
		}
		return (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	for i, v := range variants[1:] {
		b.ReportMetric(median(wall[i+1]), v.name+"/before-wall")
		b.ReportMetric(median(cpu[i+1]), v.name+"/before-cpu")
	}
}
