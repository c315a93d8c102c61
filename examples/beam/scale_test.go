//go:build linux

package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// TestScale measures the pipeline on Prism against framing.PoolEvents on one machine, on a
// generated corpus of FRAMEDIFF_BEAM_MB megabytes (skipped without it), each in a child
// process of its own, one after the other, for its wall time and peak RSS (the child's
// VmHWM, from /proc/self/status: this file builds on Linux only):
//
//	FRAMEDIFF_BEAM_MB=100 go test -run Scale -v -timeout 2h .
//
// FRAMEDIFF_BEAM_DIR keeps the corpus between runs. FRAMEDIFF_BEAM_ONLY = single or beam
// runs one of the two in this process instead; with it, FRAMEDIFF_BEAM_HEAP = FILE writes a
// heap profile to FILE each time the live heap passes 1.1 times its largest yet, so that
// the last one written shows what holds the memory at its peak.
func TestScale(t *testing.T) {
	mb, _ := strconv.Atoi(os.Getenv("FRAMEDIFF_BEAM_MB"))
	if mb <= 0 {
		t.Skip("FRAMEDIFF_BEAM_MB is not set")
	}
	dir := os.Getenv("FRAMEDIFF_BEAM_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	glob := filepath.Join(dir, "*.jsonl")
	if files, _ := filepath.Glob(glob); len(files) == 0 {
		// About 1 KB of text a document, in files of 10,000 documents.
		docs := generated(mb * 1000)
		for i := 0; i*10000 < len(docs); i++ {
			f, err := os.Create(filepath.Join(dir, fmt.Sprintf("part-%04d.jsonl", i)))
			if err != nil {
				t.Fatal(err)
			}
			if err := corpus.WriteJSONL(f, docs[i*10000:min(len(docs), (i+1)*10000)]...); err != nil {
				t.Fatal(err)
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
		}
	}
	var size int64
	files, _ := filepath.Glob(glob)
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		size += st.Size()
	}
	cfg := Config{Input: glob, Analyzer: framing.Analyzer{Language: "english", Voices: framing.OwnVoice},
		SideA: "kind:state", SideB: "kind:wire", Pool: framing.PoolOptions{Permutations: 1000, MinEvents: 2}}
	switch only := os.Getenv("FRAMEDIFF_BEAM_ONLY"); only {
	case "single", "beam":
		if f := os.Getenv("FRAMEDIFF_BEAM_HEAP"); f != "" {
			stop := watchHeap(t, f)
			defer stop()
		}
		start := time.Now()
		if only == "single" {
			singleMachine(t, glob, cfg)
		} else {
			beam.Init()
			p, s := beam.NewPipelineWithRoot()
			if _, _, err := Pipeline(s, cfg); err != nil {
				t.Fatal(err)
			}
			res, err := prism.Execute(context.Background(), p)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range res.Metrics().AllMetrics().Counters() {
				t.Logf("counter %s: %d", c.Key.Name, c.Committed)
			}
		}
		took := time.Since(start)
		t.Logf("%s: %.1f MB in %v (%.1f MB/s)", only, float64(size)/1e6, took, float64(size)/1e6/took.Seconds())
		status, err := os.ReadFile("/proc/self/status")
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(status), "\n") {
			if kb, ok := strings.CutPrefix(line, "VmHWM:"); ok {
				t.Logf("peak RSS: %s", strings.TrimSpace(kb))
			}
		}
		return
	case "":
	default:
		t.Fatalf("FRAMEDIFF_BEAM_ONLY=%q: want single or beam", only)
	}
	type run struct {
		took time.Duration
		rss  int64 // bytes
	}
	child := func(only string) run {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestScale$", "-test.v", "-test.timeout", "0")
		cmd.Env = append(os.Environ(), "FRAMEDIFF_BEAM_ONLY="+only, "FRAMEDIFF_BEAM_DIR="+dir)
		start := time.Now()
		out, err := cmd.CombinedOutput()
		took := time.Since(start)
		if err != nil {
			t.Fatalf("%s: %v\n%s", only, err, out)
		}
		r := run{took: took}
		for _, line := range strings.Split(string(out), "\n") {
			_, msg, ok := strings.Cut(line, "scale_test.go:")
			if !ok {
				continue
			}
			_, msg, _ = strings.Cut(msg, ": ")
			t.Logf("%s: %s", only, msg)
			if kb, ok := strings.CutPrefix(msg, "peak RSS: "); ok {
				n, err := strconv.ParseInt(strings.TrimSuffix(kb, " kB"), 10, 64)
				if err != nil {
					t.Fatalf("%s: %q: %v", only, msg, err)
				}
				r.rss = n << 10
			}
		}
		if r.rss == 0 {
			t.Fatalf("%s: no peak RSS reported\n%s", only, out)
		}
		return r
	}
	single, pipeline := child("single"), child("beam")
	t.Logf("%.1f MB: Prism %.1f s, peak RSS %d MB; PoolEvents %.1f s, peak RSS %d MB; Prism / PoolEvents: %.1f× the time, %.1f× the memory",
		float64(size)/1e6, pipeline.took.Seconds(), pipeline.rss>>20, single.took.Seconds(), single.rss>>20,
		pipeline.took.Seconds()/single.took.Seconds(), float64(pipeline.rss)/float64(single.rss))
}

// watchHeap writes a heap profile to file whenever the live heap passes 1.1 times the
// largest it has written, until the returned function is called, which logs the largest
// live heap seen (as of the end of a garbage collection).
func watchHeap(t *testing.T, file string) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	var peak uint64
	go func() {
		defer close(finished)
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var written uint64
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			live := sample[0].Value.Uint64()
			peak = max(peak, live)
			if live <= written+written/10 {
				continue
			}
			f, err := os.Create(file)
			if err != nil {
				t.Error(err)
				return
			}
			err = pprof.Lookup("heap").WriteTo(f, 0)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				t.Error(err)
				return
			}
			written = live
		}
	}()
	return func() {
		close(done)
		<-finished
		t.Logf("largest live heap: %d MB", peak>>20)
	}
}
