package main

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/report"
)

// BenchmarkReportChinaDailyNYT times the HTML report of China Daily against The New York
// Times on "democracy" (../shared/data, or FRAMEDIFF_DATA) against a calibration in the same
// process, round by round: strings.Fields into a map over the same texts. The metric
// report/calib is the median ratio of the report's wall time to the calibration's.
//
//	go test ./examples/report -run XXX -bench ChinaDaily -benchtime 3x
func BenchmarkReportChinaDailyNYT(b *testing.B) {
	dir := os.Getenv("FRAMEDIFF_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	path := filepath.Join(dir, "chinadaily-nyt-democracy.jsonl")
	if _, err := os.Stat(path); err != nil {
		b.Skip("no ", path)
	}
	var cd, nyt []corpus.Document
	size := 0
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
	calibrate := func() {
		counts := map[string]int{}
		for _, docs := range [][]corpus.Document{cd, nyt} {
			for _, d := range docs {
				for _, w := range strings.Fields(d.Text) {
					counts[w]++
				}
			}
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var ratios []float64
	for b.Loop() {
		start := time.Now()
		calibrate()
		calib := time.Since(start)
		start = time.Now()
		an := framing.Analyzer{Voices: framing.OwnVoice}
		r, err := report.Build(&an, cd, nyt, "China Daily", "The New York Times", nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := r.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
		ratios = append(ratios, float64(time.Since(start))/float64(calib))
	}
	b.ReportMetric(median(ratios), "report/calib")
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
