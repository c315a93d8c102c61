package framing

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// BenchmarkRatioDedupe and BenchmarkRatioResidue time NearDuplicates with one worker against the calibration
// (strings.Fields into a map, see ratioBench), round by round, in CPU time, on BBC News
// (FRAMEDIFF_BBC) and on China Daily/NYT (chinadaily-nyt-democracy.jsonl in the data
// directory, see dataDir):
//
//	FRAMEDIFF_BBC=$PWD/../shared/data/bbc-news.jsonl go test ./framing -run XXX -bench 'Ratio(Dedupe|Residue)' -benchtime 9x
func BenchmarkRatioDedupe(b *testing.B) {
	ratioCorpora(b, func(docs []corpus.Document) {
		if _, err := NearDuplicates(docs, &DedupeOptions{Workers: 1}); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkRatioResidue(b *testing.B) {
	ratioCorpora(b, func(docs []corpus.Document) {
		var c ResidueCounter
		for _, d := range docs {
			c.Add(d)
		}
	})
}

// ratioCorpora runs ratioBench on each corpus with subject.
func ratioCorpora(b *testing.B, subject func([]corpus.Document)) {
	files := map[string]string{"bbc": os.Getenv("FRAMEDIFF_BBC")}
	if dir := dataDir(); dir != "" {
		files["chinadaily-nyt"] = filepath.Join(dir, "chinadaily-nyt-democracy.jsonl")
	}
	for _, name := range []string{"bbc", "chinadaily-nyt"} {
		path := files[name]
		b.Run(name, func(b *testing.B) {
			if path == "" {
				b.Skip("no data: set FRAMEDIFF_BBC or FRAMEDIFF_DATA")
			}
			c, err := corpus.LoadFile(path, &corpus.LoadOptions{Defaults: corpus.Document{Event: "e"}, Skip: func(*corpus.LoadError) {}})
			if err != nil {
				b.Fatal(err)
			}
			docs := c.Documents()
			n := 0
			for _, d := range docs {
				n += len(d.Text)
			}
			b.ReportAllocs()
			ratioBench(b, n, func() { fieldsMap(docs) }, func() { subject(docs) }, false)
		})
	}
}
