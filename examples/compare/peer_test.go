package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
)

// BenchmarkVersusScikitLearn times the whole process of `compare -a A -b B` on two files of
// about 2.5 MB (the halves of BBC News, FRAMEDIFF_BBC) against testdata/sklearn_peer.py,
// which does the same with scikit-learn, PyStemmer and numpy, the two interleaved round by
// round; it reports the median ratio of their wall times (> 1: compare is faster), and of
// their CPU times, user and system, of the whole process (x-cpu). It skips
// unless python3 with scikit-learn and PyStemmer is installed (Debian: python3-sklearn
// python3-stemmer).
//
//	FRAMEDIFF_BBC=$PWD/../shared/data/bbc-news.jsonl go test ./examples/compare -run XXX -bench VersusScikitLearn -benchtime 7x
func BenchmarkVersusScikitLearn(b *testing.B) {
	bbc := os.Getenv("FRAMEDIFF_BBC")
	if bbc == "" {
		b.Skip("FRAMEDIFF_BBC is not set")
	}
	python := os.Getenv("FRAMEDIFF_PYTHON")
	if python == "" {
		python = "/usr/bin/python3"
	}
	if err := exec.Command(python, "-c", "import sklearn, Stemmer, numpy, scipy").Run(); err != nil {
		b.Skipf("%s lacks scikit-learn or PyStemmer: %v", python, err)
	}
	c, err := corpus.LoadFile(bbc, &corpus.LoadOptions{Defaults: corpus.Document{Event: "bbc"}})
	if err != nil {
		b.Fatal(err)
	}
	docs := c.Documents()
	dir := b.TempDir()
	fileA, fileB := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	var ta, tb []string
	for i, d := range docs {
		if i < len(docs)/2 {
			ta = append(ta, d.Text)
		} else {
			tb = append(tb, d.Text)
		}
	}
	for f, texts := range map[string][]string{fileA: ta, fileB: tb} {
		if err := os.WriteFile(f, []byte(strings.Join(texts, "\n\n")), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	bin := filepath.Join(dir, "compare")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("%v\n%s", err, out)
	}
	peer, _ := filepath.Abs("testdata/sklearn_peer.py")
	// run returns the wall time and the CPU time (user and system) of the process.
	run := func(name string, args ...string) (time.Duration, time.Duration) {
		cmd := exec.Command(name, args...)
		start := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%s: %v\n%s", name, err, out)
		}
		return time.Since(start), cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	for _, voice := range []string{"own", "all"} {
		b.Run("voice-"+voice, func(b *testing.B) {
			var ratios, cpu []float64
			for b.Loop() {
				wp, cp := run(python, peer, fileA, fileB)
				wc, cc := run(bin, "-a", fileA, "-b", fileB, "-voice", voice)
				ratios = append(ratios, float64(wp)/float64(wc))
				cpu = append(cpu, float64(cp)/float64(cc))
			}
			slices.Sort(cpu)
			b.ReportMetric(cpu[len(cpu)/2], "x-cpu")
			slices.Sort(ratios)
			b.ReportMetric(ratios[len(ratios)/2], "x-scikit-learn")
			b.ReportMetric(ratios[0], "x-min")
			b.ReportMetric(ratios[len(ratios)-1], "x-max")
			rep, _ := json.Marshal(ratios)
			repCPU, _ := json.Marshal(cpu)
			b.Logf("wall-time ratios %s; CPU-time ratios %s", rep, repCPU)
		})
	}
}
