package framing_test

import (
	"fmt"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Token-level and document-level p-values of a comparison. Side A uses "mango" twelve
// times and side B never, but all twelve are in one document; the other documents are of one
// length, so wherever that document is put the difference between the sides is as large,
// and over documents it is no evidence at all. With three documents a side there are 20
// arrangements, so no p-value can fall below 1/20: "fig", at 0.0075 counted word by word,
// is at 0.1 counted document by document. (exact.py in testdata/docperm gives these
// p-values too.)
func ExampleDocumentTest() {
	doc := func(id, text string) corpus.Document { return corpus.Document{ID: id, Event: "fruit", Text: text} }
	s := corpus.Split{Event: "fruit", NameA: "A", NameB: "B",
		A: []corpus.Document{
			doc("a1", "Mango, mango, mango, mango; mango, mango. Mango, mango, mango, mango, mango, mango."),
			doc("a2", "Pear, pear and fig, fig, fig, fig."),
			doc("a3", "Pear, pear, pear and fig, fig, fig."),
		},
		B: []corpus.Document{
			doc("b1", "Fig, fig, fig, fig, fig and pear."),
			doc("b2", "Fig, fig, fig, fig, fig, fig."),
			doc("b3", "Fig, fig, fig, fig, fig, fig."),
		},
	}
	var an framing.Analyzer
	c, err := framing.CompareSplit(&an, s, &framing.CompareOptions{Top: 3})
	if err != nil {
		panic(err)
	}
	dt := c.DocTest
	fmt.Printf("%d and %d documents: %.0f arrangements, exact %v, smallest p %.4f\n", dt.DocsA, dt.DocsB, dt.Arrangements, dt.Exact, dt.MinP)
	for _, r := range append(c.TopA, c.TopB...) {
		fmt.Printf("%-5s %d in %d documents, %2d in %d: token-level p %.4f, document-level p %.4f (BH %.4f)\n",
			r.Word, r.CountA, r.DocFreqA, r.CountB, r.DocFreqB, r.P, r.DocP, r.DocPAdj)
	}
	// Output:
	// 3 and 3 documents: 20 arrangements, exact true, smallest p 0.0500
	// mango 12 in 1 documents,  0 in 0: token-level p 0.0854, document-level p 1.0000 (BH 1.0000)
	// pear  5 in 2 documents,  1 in 1: token-level p 0.5336, document-level p 0.4000 (BH 0.6000)
	// fig   7 in 2 documents, 17 in 3: token-level p 0.0075, document-level p 0.1000 (BH 0.3000)
}
