package framing_test

import (
	"fmt"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// The loaded words of an account in its own voice, and what became of the lexicon's other
// matches: "farce" is only quoted and "brutal" only in a sentence the account attributes,
// so neither is listed, but both are counted as set aside.
func ExampleAnalyzer_LoadedReport() {
	an := framing.Analyzer{Voices: framing.OwnVoice}
	account := []corpus.Document{{ID: "a", Language: "english",
		Text: `The council passed a reckless budget. Ana Ruiz said: "It is a farce." The plan was brutal, a clerk said.`}}
	bg, err := an.Profile(corpus.Document{ID: "bg", Language: "english", Text: "Halden opened a library."})
	if err != nil {
		panic(err)
	}
	r, err := an.LoadedReport(account, bg, nil)
	if err != nil {
		panic(err)
	}
	t := r.Tally
	fmt.Printf("%d matches: %d listed, %d set aside (in quotations %d, attributed %d)\n", t.Hits, t.Listed, t.SetAside(), t.InQuotes, t.Attributed)
	for _, l := range r.Terms {
		fmt.Printf("listed: %s, %d use\n", l.Word, l.Count)
	}
	for _, l := range r.SetAside {
		fmt.Printf("set aside: %s (in quotations %d, attributed %d)\n", l.Word, l.InQuotes, l.Attributed)
	}
	// Output:
	// 3 matches: 1 listed, 2 set aside (in quotations 1, attributed 1)
	// listed: reckless, 1 use
	// set aside: brutal (in quotations 0, attributed 1)
	// set aside: farce (in quotations 1, attributed 0)
}
