package framing

import (
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
)

// BenchmarkDocTestChinaDailyNYT measures the document-level test on China Daily against The
// New York Times on "democracy" (chinadaily-nyt-democracy.jsonl of the shared data, 4,006
// documents, 23 MB) against the plain comparison, round by round in the same process: the
// plain comparison counts without document rows and compares (CountEvents with NoRows, then
// EventCounts.Compare with DocTest.Permutations -1); the tested one keeps the rows and runs
// the default test (1,000 shuffles) on the terms listed. Metrics are medians over the
// rounds of the ratio tested/plain, of wall time (doc/plain-wall) and of the process's CPU
// time (doc/plain-cpu). Sub-benchmarks list the 20 terms a side (the default), or every
// term (Top -1) with the 200 strongest tested (the default) or every one of them.
//
//	go test ./framing -run XXX -bench DocTestChinaDaily -benchtime 5x
func BenchmarkDocTestChinaDailyNYT(b *testing.B) {
	dir := dataDir()
	if dir == "" {
		b.Skip("no shared data")
	}
	path := filepath.Join(dir, "chinadaily-nyt-democracy.jsonl")
	var docs []corpus.Document
	size := 0
	opts := &corpus.LoadOptions{Defaults: corpus.Document{Event: "democracy"}, Skip: func(*corpus.LoadError) {}}
	for d, err := range corpus.ScanFile(path, opts) {
		if err != nil {
			b.Skip(err)
		}
		docs = append(docs, d)
		size += len(d.Text)
	}
	sides := []corpus.Side{corpus.OutletSide("China Daily"), corpus.OutletSide("The New York Times")}
	seq := func(yield func(corpus.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
	an := Analyzer{Voices: OwnVoice}
	compare := func(b *testing.B, top, perms, terms int) {
		ec, err := CountEvents(&an, seq, sides, &CountOptions{NoRows: perms < 0})
		if err != nil {
			b.Fatal(err)
		}
		defer ec.Close()
		c, err := ec.Compare("democracy", 0, 1, &CompareOptions{Top: top, DocTest: DocTestOptions{Permutations: perms, Terms: terms}})
		if err != nil {
			b.Fatal(err)
		}
		if c.DocTest.Ran != (perms >= 0) {
			b.Fatalf("DocTest %+v", c.DocTest)
		}
	}
	cpu := func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
			b.Fatal(err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	for _, bc := range []struct {
		name       string
		top, terms int
	}{{"top20", 20, 0}, {"all-test200", -1, 0}, {"all-testall", -1, -1}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var wall, cpus []float64
			for b.Loop() {
				w0, c0 := time.Now(), cpu()
				compare(b, bc.top, -1, bc.terms)
				w1, c1 := time.Now(), cpu()
				compare(b, bc.top, 0, bc.terms)
				w2, c2 := time.Now(), cpu()
				wall = append(wall, float64(w2.Sub(w1))/float64(w1.Sub(w0)))
				cpus = append(cpus, float64(c2-c1)/float64(c1-c0))
			}
			b.ReportMetric(medianOf(wall), "doc/plain-wall")
			b.ReportMetric(medianOf(cpus), "doc/plain-cpu")
		})
	}
}

func medianOf(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
