package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
)

// BenchmarkVoicesChinaDailyNYT times the voices of China Daily against The New York Times
// on "democracy" (../shared/data, or FRAMEDIFF_DATA; 23 MB, 4,000 articles): what the
// program does between reading the corpus and printing (analyze: each side's voice
// statistics, speakers, scare quotes and stances, and the own-voice and all-words
// comparisons), against a calibration in the same process, round by round: strings.Fields
// into a map over the same texts, on one goroutine. Metrics, medians over rounds:
// voices/calib is the ratio of wall times, cpu/calib of process CPU times (user and
// system; the calibration's is its wall time's worth of one core when the machine is
// quiet), cpu-s the voices' CPU seconds.
//
//	go test ./examples/voices -run XXX -bench ChinaDaily -benchtime 5x
func BenchmarkVoicesChinaDailyNYT(b *testing.B) {
	dir := os.Getenv("FRAMEDIFF_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	path := filepath.Join(dir, "chinadaily-nyt-democracy.jsonl")
	if _, err := os.Stat(path); err != nil {
		b.Skip("no ", path)
	}
	s := corpus.Split{Event: "democracy", NameA: "China Daily", NameB: "The New York Times"}
	size := 0
	opts := &corpus.LoadOptions{Defaults: corpus.Document{Event: "democracy"}, Skip: func(*corpus.LoadError) {}}
	for d, err := range corpus.ScanFile(path, opts) {
		if err != nil {
			b.Fatal(err)
		}
		switch d.Outlet {
		case "China Daily":
			s.A = append(s.A, d)
		case "The New York Times":
			s.B = append(s.B, d)
		}
		size += len(d.Text)
	}
	calibrate := func() int {
		counts := map[string]int{}
		for _, docs := range [][]corpus.Document{s.A, s.B} {
			for _, d := range docs {
				for _, w := range strings.Fields(d.Text) {
					counts[w]++
				}
			}
		}
		return len(counts)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var wall, cpu, secs []float64
	for b.Loop() {
		start, c0 := time.Now(), cpuTime()
		if calibrate() == 0 {
			b.Fatal("no words")
		}
		calibWall, calibCPU := time.Since(start), cpuTime()-c0
		start, c0 = time.Now(), cpuTime()
		if _, _, err := analyze(s, 6, ownAnalyzer(&cli.Common{})); err != nil {
			b.Fatal(err)
		}
		w, c := time.Since(start), cpuTime()-c0
		wall = append(wall, float64(w)/float64(calibWall))
		cpu = append(cpu, float64(c)/float64(calibCPU))
		secs = append(secs, c.Seconds())
	}
	b.ReportMetric(median(wall), "voices/calib")
	b.ReportMetric(median(cpu), "cpu/calib")
	b.ReportMetric(median(secs), "cpu-s")
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
