package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unicode"

	"github.com/framediff/framediff/corpus"
)

// sampleWords returns the distinct words of the embedded sample's English documents,
// lowercased, sorted: a vocabulary of our own to draw generated documents from.
func sampleWords() []string {
	seen := map[string]bool{}
	for _, d := range corpus.Sample().Documents() {
		if d.Language != "" && d.Language != "english" {
			continue
		}
		for _, f := range strings.Fields(d.Text) {
			w := strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
			if w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0 {
				seen[w] = true
			}
		}
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	slices.Sort(words)
	return words
}

// writeTinyCorpus writes n events to path as JSON Lines, each of two one-sentence
// documents of 6 to 12 words, one by a state outlet and one by a wire outlet (two wires
// take turns, event by event, so that no event has both), the words drawn from the
// embedded sample's vocabulary with Zipf-like frequencies and a fixed seed. It returns
// the bytes written.
func writeTinyCorpus(tb testing.TB, path string, n int) int64 {
	tb.Helper()
	words := sampleWords()
	r := rand.New(rand.NewPCG(2026, 22))
	// Shuffled once, so that the most frequent words are not the alphabet's first.
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	zipf := rand.NewZipf(rand.New(rand.NewPCG(22, 2026)), 1.1, 2, uint64(len(words)-1))
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var written int64
	sentence := make([]string, 0, 12)
	for e := range n {
		for _, kind := range []string{"state", "wire"} {
			sentence = sentence[:0]
			for range 6 + r.IntN(7) {
				sentence = append(sentence, words[zipf.Uint64()])
			}
			outlet := "Central Daily"
			if kind == "wire" {
				outlet = []string{"Atlas Wire", "Meridian Wire"}[e%2]
			}
			b, err := json.Marshal(corpus.Document{ID: fmt.Sprintf("%s-%07d", kind, e), Event: fmt.Sprintf("event-%07d", e),
				Outlet: outlet, Kind: kind, Text: strings.ToUpper(sentence[0][:1]) + strings.Join(sentence, " ")[1:] + "."})
			if err != nil {
				tb.Fatal(err)
			}
			b = append(b, '\n')
			if _, err := w.Write(b); err != nil {
				tb.Fatal(err)
			}
			written += int64(len(b))
		}
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return written
}

// TestWriteTinyCorpus checks writeTinyCorpus on 50 events; with FRAMEDIFF_TINY_WRITE set
// to a file name, it writes FRAMEDIFF_TINY_EVENTS events there first (for running a build
// of the program on them):
//
//	FRAMEDIFF_TINY_WRITE=/tmp/tiny.jsonl FRAMEDIFF_TINY_EVENTS=200000 go test ./examples/events -run WriteTinyCorpus
func TestWriteTinyCorpus(t *testing.T) {
	if name := os.Getenv("FRAMEDIFF_TINY_WRITE"); name != "" {
		n, err := strconv.Atoi(os.Getenv("FRAMEDIFF_TINY_EVENTS"))
		if err != nil || n < 1 {
			t.Fatalf("FRAMEDIFF_TINY_EVENTS=%q: want a number of events", os.Getenv("FRAMEDIFF_TINY_EVENTS"))
		}
		writeTinyCorpus(t, name, n)
	}
	path := filepath.Join(t.TempDir(), "tiny.jsonl")
	writeTinyCorpus(t, path, 50)
	events := map[string][]string{}
	for d, err := range corpus.ScanFile(path, nil) {
		if err != nil {
			t.Fatal(err)
		}
		if n := len(strings.Fields(d.Text)); n < 6 || n > 12 || !strings.HasSuffix(d.Text, ".") {
			t.Errorf("%s: %d words in %q, want 6 to 12 and a full stop", d.ID, n, d.Text)
		}
		events[d.Event] = append(events[d.Event], d.Kind)
	}
	if len(events) != 50 {
		t.Fatalf("%d events, want 50", len(events))
	}
	for e, kinds := range events {
		if !slices.Equal(kinds, []string{"state", "wire"}) {
			t.Errorf("%s: kinds %v, want one state and one wire document", e, kinds)
		}
	}
}

// TestTinyEventsChild is the child process of BenchmarkTinyEvents: the events program
// on the corpus FRAMEDIFF_TINY_CORPUS names, with the arguments of FRAMEDIFF_TINY_ARGS
// (separated by spaces), its output thrown away, or written to FRAMEDIFF_TINY_OUT.
func TestTinyEventsChild(t *testing.T) {
	path := os.Getenv("FRAMEDIFF_TINY_CORPUS")
	if path == "" {
		t.Skip("the child process of BenchmarkTinyEvents")
	}
	setGC() // as main does
	var out io.Writer = io.Discard
	if name := os.Getenv("FRAMEDIFF_TINY_OUT"); name != "" {
		f, err := os.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		bw := bufio.NewWriter(f)
		defer bw.Flush()
		out = bw
	}
	args := append([]string{"-corpus", path, "-quiet"}, strings.Fields(os.Getenv("FRAMEDIFF_TINY_ARGS"))...)
	if err := run(args, out, io.Discard); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkTinyEvents runs the events program (text output, defaults: 1,000 shuffles) in a
// child process on generated corpora of many events of two one-sentence documents each
// (see writeTinyCorpus), for its peak RSS and its CPU time (the medians of the rounds, and
// the largest peak):
//
//	FRAMEDIFF_TINY_EVENTS=20000,50000,200000 go test ./examples/events -run XXX -bench TinyEvents -benchtime 1x -timeout 1h
func BenchmarkTinyEvents(b *testing.B) {
	sizes := os.Getenv("FRAMEDIFF_TINY_EVENTS")
	if sizes == "" {
		sizes = "20000"
	}
	for _, s := range strings.Split(sizes, ",") {
		events, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || events < 1 {
			b.Fatalf("FRAMEDIFF_TINY_EVENTS: %q is not a number of events", s)
		}
		b.Run(fmt.Sprintf("%d-events", events), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "tiny.jsonl")
			b.SetBytes(writeTinyCorpus(b, path, events))
			var rss, cpu []float64
			for b.Loop() {
				cmd := exec.Command(os.Args[0], "-test.run=^TestTinyEventsChild$")
				cmd.Env = append(os.Environ(), "FRAMEDIFF_TINY_CORPUS="+path)
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%v\n%s", err, out)
				}
				ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
				rss = append(rss, float64(ru.Maxrss)*1024/1e6)
				cpu = append(cpu, (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds())
			}
			b.Logf("peak RSS (MB) %.0f; CPU (s) %.1f", rss, cpu)
			slices.Sort(rss)
			slices.Sort(cpu)
			b.ReportMetric(rss[len(rss)/2], "MB-peak-rss")
			b.ReportMetric(rss[len(rss)-1], "MB-peak-rss-max")
			b.ReportMetric(cpu[len(cpu)/2], "cpu-s")
		})
	}
}
