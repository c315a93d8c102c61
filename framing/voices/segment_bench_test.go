package voices

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/framediff/framediff/framing/internal/devdata"
)

// BenchmarkSegmentChinaDailyNYT segments every text of China Daily against The New York
// Times on "democracy" (chinadaily-nyt-democracy.jsonl in the shared data: 23 MB, 4,000
// articles) with one Segmenter, every voice attributed, as the voices program does;
// scanning the tokens is included. It skips without the shared data.
//
//	go test ./framing/voices -run XXX -bench SegmentChinaDaily -benchtime 3x
func BenchmarkSegmentChinaDailyNYT(b *testing.B) {
	dir := devdata.Dir()
	if dir == "" {
		b.Skip("no shared data (../shared/data or FRAMEDIFF_DATA)")
	}
	f, err := os.Open(filepath.Join(dir, "chinadaily-nyt-democracy.jsonl"))
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	var texts []string
	size := 0
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
