package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

func TestMain(m *testing.M) {
	if os.Getenv("FRAMEDIFF_BEAM_RUN_MAIN") == "1" {
		// TestFlagErrors runs this binary as the program.
		main()
		os.Exit(0)
	}
	ptest.MainWithDefault(m, "prism")
}

// writeFiles writes docs as JSON Lines files of at most per documents each, with extra
// lines (malformed records) appended to the first, and returns the files' glob.
func writeFiles(t *testing.T, docs []corpus.Document, per int, extra string) string {
	t.Helper()
	dir := t.TempDir()
	for i := 0; i*per < len(docs); i++ {
		var b bytes.Buffer
		if err := corpus.WriteJSONL(&b, docs[i*per:min(len(docs), (i+1)*per)]...); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			b.WriteString(extra)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("part-%03d.jsonl", i)), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "*.jsonl")
}

// singleMachine pools the files with framing.PoolEvents, reading them as examples/events
// does, and returns the JSON the pipeline must produce and the records skipped.
func singleMachine(t *testing.T, glob string, cfg Config) (string, int) {
	t.Helper()
	files, err := filepath.Glob(glob)
	if err != nil {
		t.Fatal(err)
	}
	skipped := 0
	opts := &corpus.LoadOptions{Defaults: corpus.Document{Event: cfg.DefaultEvent}}
	if cfg.Lenient {
		opts.Skip = func(*corpus.LoadError) { skipped++ }
	}
	docs := func(yield func(corpus.Document, error) bool) {
		for _, f := range files {
			for d, err := range corpus.ScanFile(f, opts) {
				if l, _ := framing.ResolveLanguage(d.Language); err == nil && cfg.Analyzer.Language != "" && l != cfg.Analyzer.Language {
					continue // as examples/events -lang leaves it out
				}
				if !yield(d, err) {
					return
				}
			}
		}
	}
	a, _ := corpus.ParseSide(cfg.SideA)
	b, _ := corpus.ParseSide(cfg.SideB)
	an := cfg.Analyzer
	p, err := framing.PoolEvents(&an, docs, a, b, &cfg.Pool)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		t.Fatal(err)
	}
	return buf.String(), skipped
}

func runPipeline(t *testing.T, cfg Config, want string, skipped int) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	result, skips, err := Pipeline(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	passert.Equals(s, result, want)
	passert.Count(s, skips, "skipped records", skipped)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
}

func TestSampleOnPrism(t *testing.T) {
	var docs []corpus.Document
	for _, d := range corpus.Sample().Documents() {
		if d.Language == "english" {
			docs = append(docs, d)
		}
	}
	glob := writeFiles(t, docs, 5, "")
	cfg := Config{Input: glob, Analyzer: framing.Analyzer{Language: "english", Voices: framing.OwnVoice},
		SideA: "kind:state", SideB: "kind:wire", Pool: framing.PoolOptions{Permutations: 500, MinEvents: 2}}
	want, skipped := singleMachine(t, glob, cfg)
	runPipeline(t, cfg, want, skipped)
}

func TestWithoutPermutationsOnPrism(t *testing.T) {
	// Without a permutation test the documents are counted a bundle at a time.
	glob := writeFiles(t, generated(1200), 300, "")
	cfg := Config{Input: glob, Analyzer: framing.Analyzer{Language: "english", Voices: framing.OwnVoice},
		SideA: "kind:state", SideB: "kind:wire", Pool: framing.PoolOptions{Permutations: -1, MinEvents: 2, Rank: framing.RankRandom}}
	want, skipped := singleMachine(t, glob, cfg)
	runPipeline(t, cfg, want, skipped)
}

// generated is a corpus of n invented documents over 40 events, three outlets each (a
// state outlet and two wires), whose words lean a little differently by kind.
func generated(n int) []corpus.Document {
	words := strings.Fields("troops border talks sanctions provocation ministry officials said claimed peace drills island navy " +
		"statement separatist external forces aid flood villagers dam warning rescue crisis summit trade deal protest police " +
		"arrested journalist court verdict election vote fraud observers turnout")
	state := uint64(11)
	next := func(k int) int {
		state = state*6364136223846793005 + 1442695040888963407
		return int(state>>33) % k
	}
	var docs []corpus.Document
	for i := range n {
		kind := []string{"state", "wire", "wire"}[i%3]
		var b strings.Builder
		for w := 0; w < 60+next(120); w++ {
			k := min(next(len(words)), next(len(words)))
			if kind == "state" && next(7) == 0 {
				k = (k + 3) % len(words)
			}
			b.WriteString(words[k])
			if next(12) == 0 {
				b.WriteString(`. Officials said "the talks failed". `)
			} else {
				b.WriteByte(' ')
			}
		}
		docs = append(docs, corpus.Document{ID: fmt.Sprintf("doc-%05d", i), Event: fmt.Sprintf("event-%02d", next(40)),
			Outlet: fmt.Sprintf("%s-%d", kind, i%3), Kind: kind, Language: "english", Text: b.String()})
	}
	return docs
}

func TestGeneratedOnPrism(t *testing.T) {
	docs := generated(3000)
	for i := 0; i < len(docs); i += 97 {
		docs[i].Language = "spanish" // left out by both
	}
	glob := writeFiles(t, docs, 400, "{not json\n{\"id\":\"x\",\"event\":\"e\"}\n")
	cfg := Config{Input: glob, Analyzer: framing.Analyzer{Language: "english", Voices: framing.OwnVoice},
		SideA: "kind:state", SideB: "kind:wire", Lenient: true,
		Pool: framing.PoolOptions{Permutations: 300, Seed: 99, MinEvents: 2}}
	want, skipped := singleMachine(t, glob, cfg)
	if skipped != 2 {
		t.Fatalf("the single machine skipped %d records, want 2", skipped)
	}
	runPipeline(t, cfg, want, skipped)
}

func TestStrictFails(t *testing.T) {
	glob := writeFiles(t, generated(30), 30, "{not json\n")
	p, s := beam.NewPipelineWithRoot()
	if _, _, err := Pipeline(s, Config{Input: glob, SideA: "kind:state", SideB: "kind:wire", Pool: framing.PoolOptions{Permutations: -1}}); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err == nil || !strings.Contains(err.Error(), "part-000.jsonl:31") {
		t.Errorf("a malformed record in strict mode: %v", err)
	}
}

func TestDocBatch(t *testing.T) {
	docs := []framing.DocCounts{
		{Event: "é-1", ID: "x\x00y", Lean: framing.LeanB, Total: 300,
			Terms: []framing.TermCount{{Term: "the_west", Count: 2}, {Term: "войн", Count: 1 << 20}}},
		{Event: "e-2", ID: "", Lean: framing.LeanA, Total: 0},
		{Event: "é-1", ID: "z", Lean: framing.LeanA, Total: 7, Terms: []framing.TermCount{{Term: "войн", Count: 7}}},
	}
	var b docBatch
	for _, d := range docs {
		b.add(d)
	}
	enc := b.encode()
	if b.docs != 0 || len(b.terms) != 0 {
		t.Errorf("encode left %d documents and %d terms in the batch", b.docs, len(b.terms))
	}
	// Terms: 2, "the_west" (1+8 bytes), "войн" (1+8: two bytes a letter); events: 2,
	// "é-1" (1+4), "e-2" (1+3): 29 bytes. Documents: 3 (1 byte), then
	// 0 "x\x00y" 1 300 2 [0 2] [1 2^20]: 1+4+1+2+1 + 1+1 + 1+3 = 15 bytes,
	// 1 "" 0 0 0: 5 bytes, 0 "z" 0 7 1 [1 7]: 1+2+1+1+1 + 1+1 = 8 bytes. In all 58.
	if len(enc) != 58 {
		t.Errorf("the record takes %d bytes, want 58", len(enc))
	}
	back, err := decodeBatch(enc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(back) != fmt.Sprint(docs) {
		t.Errorf("round trip\n%+v\nwant\n%+v", back, docs)
	}
	for _, bad := range [][]byte{nil, enc[:len(enc)-1], append(slices.Clone(enc), 0), {0xff},
		{0, 0, 1, 0, 0, 0, 0, 0},               // a document of event 0 with no events
		{0, 1, 1, 'e', 1, 0, 0, 2, 0, 0},       // side 2
		{0, 1, 1, 'e', 1, 0, 0, 0, 0, 1, 0, 1}, // term 0 with no terms
	} {
		if _, err := decodeBatch(bad, nil); err == nil {
			t.Errorf("%q decoded", bad)
		}
	}
	if ds, err := decodeBatch([]byte{0, 1, 1, 'e', 1, 0, 0, 1, 0, 0}, nil); err != nil || len(ds) != 1 || ds[0].Lean != framing.LeanB {
		t.Errorf("a batch of one empty document of side B: %+v, %v", ds, err)
	}
}

func FuzzDecodeBatch(f *testing.F) {
	var b docBatch
	b.add(framing.DocCounts{Event: "e", ID: "1", Lean: framing.LeanA, Total: 3, Terms: []framing.TermCount{{Term: "war", Count: 2}}})
	f.Add(b.encode())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, p []byte) {
		docs, err := decodeBatch(p, nil)
		if err != nil {
			return
		}
		// What decodes encodes again to a record of the same counts.
		var b docBatch
		for _, d := range docs {
			b.add(d)
		}
		back, err := decodeBatch(b.encode(), nil)
		if err != nil || fmt.Sprint(back) != fmt.Sprint(docs) {
			t.Fatalf("%q decoded to %+v, which does not round-trip: %v", p, docs, err)
		}
	})
}
