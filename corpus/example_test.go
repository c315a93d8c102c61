package corpus_test

import (
	"fmt"
	"os"
	"strings"
	"testing/fstest"

	"github.com/framediff/framediff/corpus"
)

func ExampleSample() {
	c := corpus.Sample()
	fmt.Println(len(c.Events()), "events,", c.Len(), "documents")
	for _, o := range c.Outlets("island-drills") {
		fmt.Println(o)
	}
	// Output:
	// 6 events, 14 documents
	// Atlas Newswire
	// Meridian Press
	// Soloria News Agency
}

func ExampleCorpus_Split() {
	c := corpus.Sample()
	s, err := c.Split("minister-visit", corpus.KindSide(corpus.KindState), corpus.KindSide(corpus.KindWire))
	if err != nil {
		panic(err)
	}
	for _, d := range s.A {
		fmt.Println(s.NameA, d.Outlet)
	}
	for _, d := range s.B {
		fmt.Println(s.NameB, d.Outlet)
	}
	// Output:
	// state Soloria Daily
	// wire Atlas Newswire
	// wire Meridian Press
}

func ExampleLoad() {
	fsys := fstest.MapFS{"news.jsonl": &fstest.MapFile{Data: []byte(
		`{"id":"x1","event":"summit","outlet":"Xinhua","kind":"state","text":"Win-win cooperation."}
{"id":"r1","event":"summit","outlet":"Reuters","kind":"wire","text":"Critics raised concerns."}
{"id":"r2","event":"summit","text":"This line has no outlet."}
`)}}
	// Strict: the first bad record stops loading, and the error says where.
	_, err := corpus.Load(fsys, "news.jsonl", nil)
	fmt.Println(err)

	// Lenient: bad records are skipped, and each one is reported.
	c, err := corpus.Load(fsys, "news.jsonl", &corpus.LoadOptions{
		Skip: func(e *corpus.LoadError) { fmt.Println("skipped:", e) },
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Len(), "documents")
	// Output:
	// corpus: news.jsonl:3: document "r2" has no outlet: missing required field
	// skipped: corpus: news.jsonl:3: document "r2" has no outlet: missing required field
	// 2 documents
}

func ExampleWriteJSONL() {
	docs := []corpus.Document{{ID: "a", Event: "e", Outlet: "TASS", Kind: "state", Text: "Text & more"}}
	if err := corpus.WriteJSONL(os.Stdout, docs...); err != nil {
		panic(err)
	}
	// Output:
	// {"id":"a","event":"e","outlet":"TASS","kind":"state","text":"Text & more"}
}

func ExampleNewReader() {
	in := strings.NewReader(`{"id":"a","event":"e","outlet":"o","text":"one"}
{"id":"b","event":"e","outlet":"o","text":"two"}
`)
	r := corpus.NewReader(in, "stream.jsonl", nil)
	for {
		d, err := r.Read()
		if err != nil {
			break // io.EOF at the end; a *LoadError for a bad line (the reader can go on)
		}
		fmt.Println(r.Line(), d.ID, d.Text)
	}
	// Output:
	// 1 a one
	// 2 b two
}
