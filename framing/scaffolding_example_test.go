package framing_test

import (
	"fmt"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Comparing two outlets' own voices, the one that attributes at length leads with "said"
// until the attribution scaffolding is dropped; then its own words lead (ties, "close"
// and "ready" once each, in the order of their terms).
func ExampleScaffolding() {
	split := corpus.Split{Event: "harbor-vote", NameA: "Tidewater Post", NameB: "Bay Courier",
		A: []corpus.Document{{ID: "a1", Outlet: "Tidewater Post", Text: "Mr Venn said the harbor plan was ready, Mr Venn said. " +
			"The council said it would vote. Mr Venn said the vote was close."}},
		B: []corpus.Document{{ID: "b1", Outlet: "Bay Courier", Text: "The harbor plan drew protest from fishermen. " +
			"The council vote was delayed after the protest."}},
	}
	for _, an := range []framing.Analyzer{
		{Voices: framing.OwnVoice},
		{Voices: framing.OwnVoice, ExtraStopWords: framing.Scaffolding()},
	} {
		cmp, err := framing.CompareSplit(&an, split, &framing.CompareOptions{Top: 2})
		if err != nil {
			panic(err)
		}
		fmt.Printf("extra stop words %q: %s leans to", an.ExtraStopWords, cmp.SideA)
		for _, t := range cmp.TopA {
			fmt.Printf(" %s (%d)", t.Word, t.CountA)
		}
		fmt.Println()
	}
	// Output:
	// extra stop words []: Tidewater Post leans to said (4) Mr (3)
	// extra stop words ["says" "said" "saying" "tells" "told" "according" "mr" "mrs" "ms" "messrs" "dr"]: Tidewater Post leans to Venn (3) close (1)
}
