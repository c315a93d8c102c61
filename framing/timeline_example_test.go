package framing_test

import (
	"fmt"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// The rate of a term per side and month, with the documents behind each point, and the
// evidence of one point through the concordance.
func ExampleCountTimeline() {
	day := func(s string) time.Time {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	var c corpus.Corpus
	err := c.Add(
		corpus.Document{ID: "s1", Event: "e", Outlet: "State", Published: day("2024-01-03"), Text: "The so-called sanctions failed. Sanctions hurt farmers."},
		corpus.Document{ID: "s2", Event: "e", Outlet: "State", Published: day("2024-03-12"), Text: "Trade grew despite sanctions."},
		corpus.Document{ID: "w1", Event: "e", Outlet: "Wire", Published: day("2024-01-20"), Text: "New sanctions were announced on Monday."},
		corpus.Document{ID: "w2", Event: "e", Outlet: "Wire", Text: "Officials discussed trade."}, // no date
	)
	if err != nil {
		panic(err)
	}
	sides := []corpus.Side{corpus.OutletSide("State"), corpus.OutletSide("Wire")}
	var an framing.Analyzer
	tl, err := framing.CountTimeline(&an, c.Docs(), sides, &framing.TimelineOptions{Terms: []string{"sanctions"}})
	if err != nil {
		panic(err)
	}
	for _, p := range append(tl.Points, tl.Undated...) {
		month := "undated"
		if !p.Start.IsZero() {
			month = p.Start.Format("2006-01")
		}
		fmt.Printf("%-7s %-5s %d document(s), %d in %d words: %.1f per 1,000\n", month, p.Side, p.Documents, p.Count, p.Words, p.Rate)
	}
	// The lines behind January on the state side.
	p := tl.Points[0]
	docs := c.Select(func(d corpus.Document) bool {
		return sides[0].Match(d) && !d.Published.Before(p.Start) && d.Published.Before(p.End)
	})
	lines, err := an.Concordance(docs, p.Series, 20)
	if err != nil {
		panic(err)
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	// Output:
	// 2024-01 State 1 document(s), 2 in 6 words: 333.3 per 1,000
	// 2024-01 Wire  1 document(s), 1 in 4 words: 250.0 per 1,000
	// 2024-02 State 0 document(s), 0 in 0 words: 0.0 per 1,000
	// 2024-02 Wire  0 document(s), 0 in 0 words: 0.0 per 1,000
	// 2024-03 State 1 document(s), 1 in 4 words: 250.0 per 1,000
	// 2024-03 Wire  0 document(s), 0 in 0 words: 0.0 per 1,000
	// undated State 0 document(s), 0 in 0 words: 0.0 per 1,000
	// undated Wire  1 document(s), 0 in 3 words: 0.0 per 1,000
	// s1:14 The so-called  [sanctions]  failed. Sanctions h (narrative)
	// s1:32 d sanctions failed.  [Sanctions]  hurt farmers. (narrative)
}
