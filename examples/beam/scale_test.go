package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// TestScale measures the pipeline on Prism against framing.PoolEvents on one machine, on a
// generated corpus of FRAMEDIFF_BEAM_MB megabytes (skipped without it). FRAMEDIFF_BEAM_ONLY
// = single or beam runs one of the two (to read each one's peak memory from /usr/bin/time):
//
//	FRAMEDIFF_BEAM_MB=100 go test -run Scale -v -timeout 2h .
func TestScale(t *testing.T) {
	mb, _ := strconv.Atoi(os.Getenv("FRAMEDIFF_BEAM_MB"))
	if mb <= 0 {
		t.Skip("FRAMEDIFF_BEAM_MB is not set")
	}
	only := os.Getenv("FRAMEDIFF_BEAM_ONLY")
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
			f.Close()
		}
	}
	var size int64
	files, _ := filepath.Glob(glob)
	for _, f := range files {
		st, _ := os.Stat(f)
		size += st.Size()
	}
	cfg := Config{Input: glob, Analyzer: framing.Analyzer{Language: "english", Voices: framing.OwnVoice},
		SideA: "kind:state", SideB: "kind:wire", Pool: framing.PoolOptions{Permutations: 1000, MinEvents: 2}}
	var single time.Duration
	if only != "beam" {
		start := time.Now()
		singleMachine(t, glob, cfg)
		single = time.Since(start)
		t.Logf("single machine: %.1f MB in %v (%.1f MB/s)", float64(size)/1e6, single, float64(size)/1e6/single.Seconds())
	}
	if only == "single" {
		return
	}
	beam.Init()
	p, s := beam.NewPipelineWithRoot()
	if _, _, err := Pipeline(s, cfg); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res, err := prism.Execute(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	t.Logf("prism: %.1f MB in %v (%.1f MB/s)", float64(size)/1e6, took, float64(size)/1e6/took.Seconds())
	if single > 0 {
		t.Logf("prism / single machine: %.1f× the time", took.Seconds()/single.Seconds())
	}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		t.Logf("counter %s: %d", c.Key.Name, c.Committed)
	}
}
