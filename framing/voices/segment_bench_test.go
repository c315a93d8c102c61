package voices

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/framediff/framediff/framing/internal/devdata"
)

// BenchmarkSegmentChinaDailyNYT segments every text of China Daily against The New York
// Times on "democracy" (chinadaily-nyt-democracy.jsonl in the shared data: 23 MB, 4,000
// articles) with one Segmenter, every voice attributed, as the voices program does;
// scanning the tokens is included. It skips without the shared data.
//
//	go test ./framing/voices -run XXX -bench SegmentChinaDaily -benchtime 3x
func BenchmarkSegmentChinaDailyNYT(b *testing.B) {
	texts, size := benchTexts(b, "chinadaily-nyt-democracy.jsonl")
	lang := LangOf("english")
	var g Segmenter
	var toks []Token
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			toks = Scan(t, lang, toks[:0])
			g.Segment(t, toks)
		}
	}
}

// BenchmarkSegmentOwnBBC segments every text of BBC News (bbc-news.jsonl in the shared
// data: 2,225 articles) wanting only the own voice, as framing.OwnVoice does, with the
// tokens scanned beforehand; it reports, besides the wall time, the median CPU time of the
// benchmark's thread a pass (cpu-ms), which other work on a shared machine does not
// inflate. It skips without the shared data.
//
//	go test ./framing/voices -run XXX -bench SegmentOwnBBC -benchtime 15x
func BenchmarkSegmentOwnBBC(b *testing.B) {
	texts, size := benchTexts(b, "bbc-news.jsonl")
	lang := LangOf("english")
	toks := make([][]Token, len(texts))
	for i, t := range texts {
		toks[i] = Scan(t, lang, nil)
	}
	g := Segmenter{Want: Own}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var cpu []float64
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		start := threadCPU()
		for i, t := range texts {
			g.Segment(t, toks[i])
		}
		cpu = append(cpu, float64(threadCPU()-start)/float64(time.Millisecond))
	}
	slices.Sort(cpu)
	b.ReportMetric(cpu[len(cpu)/2], "cpu-ms")
}

// threadCPU returns the CPU time of the calling thread (clock_gettime with
// CLOCK_THREAD_CPUTIME_ID), as framing's ratio benchmarks read it.
func threadCPU() time.Duration {
	var ts syscall.Timespec
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, 3 /* CLOCK_THREAD_CPUTIME_ID */, uintptr(unsafe.Pointer(&ts)), 0)
	return time.Duration(ts.Nano())
}

// benchTexts returns the non-empty texts of a JSON-lines file of the shared data and their
// total size in bytes, skipping the benchmark without the data.
func benchTexts(b *testing.B, name string) (texts []string, size int) {
	b.Helper()
	dir := devdata.Dir()
	if dir == "" {
		b.Skip("no shared data (../shared/data or FRAMEDIFF_DATA)")
	}
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var d struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &d) == nil && d.Text != "" {
			texts = append(texts, d.Text)
			size += len(d.Text)
		}
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return texts, size
}
