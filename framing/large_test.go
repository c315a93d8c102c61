package framing

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
)

// The corpus-scale benchmark: a JSON Lines corpus of 100 events × 2 sides synthesized from
// the BBC News articles (FRAMEDIFF_BBC), each article drawn again and again and assigned to
// an event and a side by a seeded random draw, so that every event has a realistic
// vocabulary. Each size is run in a child process (so that its peak RSS is its own):
//
//	FRAMEDIFF_BBC=$PWD/../shared/data/bbc-news.jsonl FRAMEDIFF_LARGE=128,256,512,1024 \
//	    go test ./framing -run XXX -bench LargeCorpus -benchtime 1x -timeout 1h
//
// FRAMEDIFF_LARGE lists the sizes in MiB (default 128). The child pools the two sides over
// the events with a 1,000-shuffle permutation test, as examples/events does.

// writeLargeCorpus writes about size bytes of JSON Lines to path and returns the bytes
// written.
func writeLargeCorpus(tb testing.TB, bbc, path string, size int64) int64 {
	tb.Helper()
	c, err := corpus.LoadFile(bbc, &corpus.LoadOptions{Defaults: corpus.Document{Event: "bbc"}})
	if err != nil {
		tb.Fatal(err)
	}
	articles := c.Documents()
	r := rand.New(rand.NewPCG(2026, 11))
	return writeJSONL(tb, path, func(add func(corpus.Document) int64) {
		var written int64
		for i := 0; written < size; i++ {
			a := articles[r.IntN(len(articles))]
			kind := []string{"state", "wire"}[r.IntN(2)]
			written += add(corpus.Document{ID: fmt.Sprintf("a%08d", i), Event: fmt.Sprintf("event-%03d", r.IntN(100)),
				Outlet: kind + " outlet", Kind: kind, Text: a.Text})
		}
	})
}

// writeJSONL writes the documents fill adds to path as JSON Lines (add returns the bytes
// of each line) and returns the bytes written.
func writeJSONL(tb testing.TB, path string, fill func(add func(corpus.Document) int64)) int64 {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var written int64
	fill(func(d corpus.Document) int64 {
		b, err := json.Marshal(d)
		if err != nil {
			tb.Fatal(err)
		}
		b = append(b, '\n')
		if _, err := w.Write(b); err != nil {
			tb.Fatal(err)
		}
		written += int64(len(b))
		return int64(len(b))
	})
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return written
}

// largeRun is what the child process reports.
type largeRun struct {
	Wall     float64 `json:"wall_s"`
	CPU      float64 `json:"cpu_s"`
	PeakRSS  int64   `json:"peak_rss_bytes"`
	Docs     int     `json:"documents"`
	Events   int     `json:"events"`
	Terms    int     `json:"terms"`
	Permuted int     `json:"permuted"`
	// StreamRSS is the peak RSS when the corpus has been read, before any profile is made
	// (BenchmarkLargeCounters).
	StreamRSS int64 `json:"stream_peak_rss_bytes,omitempty"`
	// ParseCPU is the process CPU time of the parse alone, and CalibCPU that of the
	// calibration (strings.Fields of the same file into a map) run after it in the same
	// process (BenchmarkLargeLexicon).
	ParseCPU float64 `json:"parse_cpu_s,omitempty"`
	CalibCPU float64 `json:"calibration_cpu_s,omitempty"`
}

// processCPU returns the user and system CPU time of the process so far.
func processCPU(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestLargeRunChild is the child process of BenchmarkLargeCorpus; it does nothing unless
// FRAMEDIFF_LARGE_RUN names a corpus.
func TestLargeRunChild(t *testing.T) {
	path := os.Getenv("FRAMEDIFF_LARGE_RUN")
	if path == "" {
		t.Skip("the child process of BenchmarkLargeCorpus")
	}
	start := time.Now()
	an := Analyzer{}
	p, err := PoolEvents(&an, corpus.ScanFile(path, nil), corpus.KindSide("state"), corpus.KindSide("wire"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	run := largeRun{Wall: time.Since(start).Seconds(),
		CPU:     time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds(),
		PeakRSS: ru.Maxrss * 1024, Events: len(p.Events), Terms: len(p.Terms)}
	for e, err := range p.PerEvent.All() {
		if err != nil {
			t.Fatal(err)
		}
		run.Docs += e.DocsA + e.DocsB
	}
	for _, pt := range p.Terms {
		if pt.Permuted {
			run.Permuted++
		}
	}
	b, _ := json.Marshal(run)
	fmt.Printf("LARGE-RUN %s\n", b)
}

// TestLargeCountersChild is the child process of BenchmarkLargeCounters: one Counter per
// (event, side) of the corpus FRAMEDIFF_LARGE_COUNTERS names, all over one Vocabulary
// unless FRAMEDIFF_LARGE_PRIVATE is set, and a profile of each at the end.
func TestLargeCountersChild(t *testing.T) {
	path := os.Getenv("FRAMEDIFF_LARGE_COUNTERS")
	if path == "" {
		t.Skip("the child process of BenchmarkLargeCounters")
	}
	start := time.Now()
	var v *Vocabulary
	if os.Getenv("FRAMEDIFF_LARGE_PRIVATE") == "" {
		v = &Vocabulary{}
	}
	counters := map[string]*Counter{}
	run := largeRun{}
	for d, err := range corpus.ScanFile(path, nil) {
		if err != nil {
			t.Fatal(err)
		}
		key := d.Event + "/" + d.Kind
		c := counters[key]
		if c == nil {
			c = &Counter{Vocabulary: v}
			counters[key] = c
		}
		if err := c.Add(d); err != nil {
			t.Fatal(err)
		}
		run.Docs++
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	run.StreamRSS = ru.Maxrss * 1024
	for _, c := range counters {
		p, err := c.Profile()
		if err != nil {
			t.Fatal(err)
		}
		run.Terms += len(p.Terms())
	}
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	run.Wall = time.Since(start).Seconds()
	run.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
	run.PeakRSS = ru.Maxrss * 1024
	run.Events = len(counters)
	b, _ := json.Marshal(run)
	fmt.Printf("LARGE-RUN %s\n", b)
}

// BenchmarkLargeCounters streams the corpus of BenchmarkLargeCorpus through 200 Counters
// (100 events × 2 sides) over one shared Vocabulary (and, as "private", each with its own),
// in a child process per size, and reports peak RSS:
//
//	FRAMEDIFF_BBC=$PWD/../shared/data/bbc-news.jsonl FRAMEDIFF_LARGE=512 \
//	    go test ./framing -run XXX -bench LargeCounters -benchtime 1x -timeout 1h
func BenchmarkLargeCounters(b *testing.B) {
	bbc := os.Getenv("FRAMEDIFF_BBC")
	if bbc == "" {
		b.Skip("FRAMEDIFF_BBC is not set")
	}
	sizes := os.Getenv("FRAMEDIFF_LARGE")
	if sizes == "" {
		sizes = "128"
	}
	for _, s := range strings.Split(sizes, ",") {
		mib, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			b.Fatal(err)
		}
		path := filepath.Join(b.TempDir(), "large.jsonl")
		n := writeLargeCorpus(b, bbc, path, int64(mib)<<20)
		for _, mode := range []string{"shared", "private"} {
			b.Run(fmt.Sprintf("%dMiB/%s", mib, mode), func(b *testing.B) {
				b.SetBytes(n)
				for b.Loop() {
					env := []string{"FRAMEDIFF_LARGE_COUNTERS=" + path}
					if mode == "private" {
						env = append(env, "FRAMEDIFF_LARGE_PRIVATE=1")
					}
					run := largeChild(b, "TestLargeCountersChild", env)
					b.ReportMetric(float64(n)/1e6/run.CPU, "MB/cpu-s")
					b.ReportMetric(float64(run.PeakRSS)/1e6, "MB-peak-rss")
					b.ReportMetric(float64(run.StreamRSS)/1e6, "MB-peak-rss-streamed")
					b.Logf("%s: %+v", b.Name(), run)
				}
			})
		}
	}
}

// largeChild runs the test named in a child process with env added, and returns its report.
func largeChild(b *testing.B, test string, env []string) largeRun {
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$", "-test.v")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		b.Fatalf("%v\n%s", err, out)
	}
	i := strings.Index(string(out), "LARGE-RUN ")
	if i < 0 {
		b.Fatalf("no report:\n%s", out)
	}
	line, _, _ := strings.Cut(string(out[i+len("LARGE-RUN "):]), "\n")
	var run largeRun
	if err := json.Unmarshal([]byte(line), &run); err != nil {
		b.Fatal(err)
	}
	return run
}

func BenchmarkLargeCorpus(b *testing.B) {
	bbc := os.Getenv("FRAMEDIFF_BBC")
	if bbc == "" {
		b.Skip("FRAMEDIFF_BBC is not set")
	}
	sizes := os.Getenv("FRAMEDIFF_LARGE")
	if sizes == "" {
		sizes = "128"
	}
	for _, s := range strings.Split(sizes, ",") {
		mib, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dMiB", mib), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "large.jsonl")
			n := writeLargeCorpus(b, bbc, path, int64(mib)<<20)
			b.SetBytes(n)
			for b.Loop() {
				cmd := exec.Command(os.Args[0], "-test.run=^TestLargeRunChild$", "-test.v")
				cmd.Env = append(os.Environ(), "FRAMEDIFF_LARGE_RUN="+path)
				out, err := cmd.CombinedOutput()
				if err != nil {
					b.Fatalf("%v\n%s", err, out)
				}
				i := strings.Index(string(out), "LARGE-RUN ")
				if i < 0 {
					b.Fatalf("no report:\n%s", out)
				}
				line, _, _ := strings.Cut(string(out[i+len("LARGE-RUN "):]), "\n")
				var run largeRun
				if err := json.Unmarshal([]byte(line), &run); err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(n)/1e6/run.Wall, "MB/s-wall")
				b.ReportMetric(float64(n)/1e6/run.CPU, "MB/cpu-s")
				b.ReportMetric(float64(run.PeakRSS)/1e6, "MB-peak-rss")
				b.ReportMetric(run.Wall, "s-wall")
				b.Logf("%s: %+v", b.Name(), run)
			}
		})
	}
}

// writeLargeLexicon writes a lexicon of n distinct entries in ten categories to path:
// words of 3 to 9 random letters; one in ten a glob ("abc*"), one in twenty a stem entry
// ("~abc"), one in twenty a two-word phrase (about 7.8 MB for a million).
func writeLargeLexicon(tb testing.TB, path string, n int) {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	r := rand.New(rand.NewPCG(7, 2026))
	word := func(k int) string {
		b := make([]byte, k)
		for i := range b {
			b[i] = byte('a' + r.IntN(26))
		}
		return string(b)
	}
	seen := map[string]bool{}
	for i := 0; i < n; {
		if i%(n/10+1) == 0 && !seen[fmt.Sprint("cat", i)] {
			seen[fmt.Sprint("cat", i)] = true
			fmt.Fprintf(w, "[cat%d]\n", i/(n/10+1))
		}
		e := word(3 + r.IntN(7))
		switch x := r.Float64(); {
		case x < 0.1:
			e += "*"
		case x < 0.15:
			e = "~" + e
		case x < 0.2:
			e += " " + word(4)
		}
		if seen[e] {
			continue
		}
		seen[e] = true
		fmt.Fprintln(w, e)
		i++
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
}

// TestLargeLexiconChild is the child process of BenchmarkLargeLexicon: it parses the
// lexicon FRAMEDIFF_LARGE_LEXICON names.
func TestLargeLexiconChild(t *testing.T) {
	path := os.Getenv("FRAMEDIFF_LARGE_LEXICON")
	if path == "" {
		t.Skip("the child process of BenchmarkLargeLexicon")
	}
	start := time.Now()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cpu0 := processCPU(t)
	lex, err := ParseLexicon(f, "large")
	if err != nil {
		t.Fatal(err)
	}
	cpu1 := processCPU(t)
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	run := largeRun{Wall: time.Since(start).Seconds(), CPU: time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds(),
		PeakRSS: ru.Maxrss * 1024, Terms: lex.Len(), ParseCPU: (cpu1 - cpu0).Seconds()}
	// The calibration, after the peak RSS is read: the file's words into a map.
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cpu2 := processCPU(t)
	fieldsMap([]corpus.Document{{Text: string(text)}})
	run.CalibCPU = (processCPU(t) - cpu2).Seconds()
	b, _ := json.Marshal(run)
	fmt.Printf("LARGE-RUN %s\n", b)
}

// BenchmarkLargeLexicon parses a generated lexicon of a million entries (7.8 MB) in a
// child process, for its peak RSS and CPU time (the whole process's, start-up included),
// and the parse's speed as a ratio to a calibration run in the same child after it:
//
//	go test ./framing -run XXX -bench LargeLexicon -benchtime 5x
func BenchmarkLargeLexicon(b *testing.B) {
	path := filepath.Join(b.TempDir(), "large.txt")
	writeLargeLexicon(b, path, 1_000_000)
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	var cpu, rss, ratio []float64
	for b.Loop() {
		run := largeChild(b, "TestLargeLexiconChild", []string{"FRAMEDIFF_LARGE_LEXICON=" + path})
		if run.Terms != 1_000_000 {
			b.Fatalf("%d entries, want 1,000,000", run.Terms)
		}
		cpu, rss = append(cpu, run.CPU), append(rss, float64(run.PeakRSS)/1e6)
		ratio = append(ratio, run.CalibCPU/run.ParseCPU)
	}
	slices.Sort(cpu)
	slices.Sort(rss)
	slices.Sort(ratio)
	b.ReportMetric(cpu[len(cpu)/2], "cpu-s")
	b.ReportMetric(rss[len(rss)/2], "MB-peak-rss")
	// The parse's speed over the calibration's (strings.Fields of the file into a map),
	// each in process CPU time, in the same child: > 1 is faster than the calibration.
	b.ReportMetric(ratio[len(ratio)/2], "x-calibration")
}

// writeTinyEvents writes a JSON Lines corpus of events that each have two tiny
// documents, one per side, of 6 to 12 words drawn from a 5,000-word pool, and returns its
// size in bytes.
func writeTinyEvents(tb testing.TB, path string, events int) int64 {
	tb.Helper()
	r := rand.New(rand.NewPCG(2026, 22))
	word := func() string {
		n := r.IntN(5000)
		return fmt.Sprintf("%c%c%c%c", 'a'+n%26, 'a'+n/26%26, 'a'+n/676%26, "aeiou"[n%5])
	}
	return writeJSONL(tb, path, func(add func(corpus.Document) int64) {
		for e := range events {
			for _, kind := range []string{"state", "wire"} {
				words := make([]string, 6+r.IntN(7))
				for i := range words {
					words[i] = word()
				}
				add(corpus.Document{ID: fmt.Sprintf("%s-%07d", kind, e), Event: fmt.Sprintf("event-%07d", e),
					Outlet: kind + " outlet", Kind: kind, Text: strings.Join(words, " ") + "."})
			}
		}
	})
}

// TestLargeTinyChild is the child process of BenchmarkLargeTinyEvents: PoolEvents over
// the corpus FRAMEDIFF_LARGE_TINY names (defaults: 1,000 shuffles), then the calibration
// (strings.Fields of the same texts into a map) in the same process.
func TestLargeTinyChild(t *testing.T) {
	path := os.Getenv("FRAMEDIFF_LARGE_TINY")
	if path == "" {
		t.Skip("the child process of BenchmarkLargeTinyEvents")
	}
	start := time.Now()
	cpu0 := processCPU(t)
	an := Analyzer{}
	p, err := PoolEvents(&an, corpus.ScanFile(path, nil), corpus.KindSide("state"), corpus.KindSide("wire"), &PoolOptions{MinEvents: 2})
	if err != nil {
		t.Fatal(err)
	}
	cpu1 := processCPU(t)
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	run := largeRun{Wall: time.Since(start).Seconds(), CPU: cpu1.Seconds(), ParseCPU: (cpu1 - cpu0).Seconds(),
		PeakRSS: ru.Maxrss * 1024, Events: len(p.Events), Terms: len(p.Terms)}
	var docs []corpus.Document
	for d, err := range corpus.ScanFile(path, nil) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	cpu2 := processCPU(t)
	fieldsMap(docs)
	run.CalibCPU = (processCPU(t) - cpu2).Seconds()
	b, _ := json.Marshal(run)
	fmt.Printf("LARGE-RUN %s\n", b)
}

// BenchmarkLargeTinyEvents pools many events of two tiny documents each (PoolEvents, one
// comparison per event, 1,000 shuffles) in a child process per size, for its peak RSS,
// its CPU time and its speed as a ratio to the calibration run after it in the same child
// (process CPU time; > 1 is faster than the calibration):
//
//	FRAMEDIFF_TINY_EVENTS=50000,100000,200000 go test ./framing -run XXX -bench LargeTinyEvents -benchtime 1x -timeout 1h
func BenchmarkLargeTinyEvents(b *testing.B) {
	sizes := os.Getenv("FRAMEDIFF_TINY_EVENTS")
	if sizes == "" {
		sizes = "20000"
	}
	for _, s := range strings.Split(sizes, ",") {
		events, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%d-events", events), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "tiny.jsonl")
			n := writeTinyEvents(b, path, events)
			b.SetBytes(n)
			for b.Loop() {
				run := largeChild(b, "TestLargeTinyChild", []string{"FRAMEDIFF_LARGE_TINY=" + path})
				if run.Events != events {
					b.Fatalf("%d events pooled, want %d", run.Events, events)
				}
				b.ReportMetric(run.ParseCPU, "cpu-s")
				b.ReportMetric(float64(run.PeakRSS)/1e6, "MB-peak-rss")
				b.ReportMetric(run.CalibCPU/run.ParseCPU, "x-calibration")
				b.Logf("%s: %d bytes, %+v", b.Name(), n, run)
			}
		})
	}
}
