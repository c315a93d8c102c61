package framing_test

import (
	"fmt"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Find what a scraper left in a text, and where.
func ExampleResidueOf() {
	text := "The council met on Monday.&nbsp;It voted to close the market.\n\nPrevious Page\n1 2 Next Page\n" +
		"<!--\nfunction turn(p){ document.all(\"div_page\").innerHTML = p; }\n-->"
	for _, h := range framing.ResidueOf(text).Hits {
		fmt.Printf("%-10s %d× first at %d: %q\n", h.Kind, h.Count, h.Start, text[h.Start:h.End])
	}
	fmt.Println(framing.ResidueOf("The council met on Monday; it voted 5 <> 3 & adjourned.").Found())
	// Output:
	// markup     1× first at 91: "<!--"
	// entity     1× first at 26: "&nbsp;"
	// script     3× first at 96: "function turn(p){"
	// navigation 2× first at 63: "Previous Page"
	// false
}

// Summarize a corpus's residue: which kinds, how many documents, which outlets, and the
// first few documents to look at.
func ExampleResidueCounter() {
	docs := []corpus.Document{
		{ID: "daily-2", Outlet: "Daily", Text: "Story text.\nPrevious Page\n1 2 Next Page"},
		{ID: "daily-1", Outlet: "Daily", Text: "Story text.\n1 2 Next Page"},
		{ID: "wire-1", Outlet: "Wire", Text: "A caf&#233; reopened."},
		{ID: "wire-2", Outlet: "Wire", Text: "Clean copy."},
	}
	var c framing.ResidueCounter
	for _, d := range docs {
		c.Add(d)
	}
	s := c.Summary()
	fmt.Printf("%d of %d documents flagged, by outlet %v\n", s.Flagged, s.Documents, s.Outlets)
	for _, k := range s.Kinds {
		fmt.Printf("%-10s %d documents, %d occurrences, e.g. %v\n", k.Kind, k.Documents, k.Occurrences, k.Examples)
	}
	// Output:
	// 3 of 4 documents flagged, by outlet map[Daily:2 Wire:1]
	// entity     1 documents, 1 occurrences, e.g. [wire-1]
	// navigation 2 documents, 3 occurrences, e.g. [daily-1 daily-2]
}

// Blank what a scraper left in a text before counting its words: the text keeps its length,
// so offsets into it are offsets into the original.
func ExampleStripResidue() {
	text := "The council met on Monday.&nbsp;It voted to <b>close</b> the market.\n" +
		"1 2 Next Page\n" +
		"function turn(p){ document.all(\"div_page\").innerHTML = p; }\n" +
		"Traders protested."
	clean, r := framing.StripResidue(text)
	for _, line := range strings.Split(clean, "\n") {
		fmt.Printf("%q\n", strings.Join(strings.Fields(line), " "))
	}
	fmt.Println(len(clean) == len(text), len(r.Hits), "kinds found")
	// Output:
	// "The council met on Monday. It voted to close the market."
	// ""
	// ""
	// "Traders protested."
	// true 4 kinds found
}
