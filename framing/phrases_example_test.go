package framing_test

import (
	"fmt"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Find the names and fixed phrases of a few texts, count each as one term, and read the
// lines of one.
func ExampleAnalyzer_FindPhrases() {
	docs := []corpus.Document{
		{ID: "a", Text: "The Harbor Council met on Tuesday. Critics of the Harbor Council say water rights along Silver Lake are sold too cheaply."},
		{ID: "b", Text: "Farmers near Silver Lake asked the Harbor Council for their water rights back, and the council said no."},
		{ID: "c", Text: "Silver Lake is shrinking. The Harbor Council will review water rights in the spring, a council member said."},
	}
	var an framing.Analyzer
	phrases, err := an.FindPhrases(docs, &framing.PhraseOptions{MinCount: 3, MinDocs: 3})
	if err != nil {
		panic(err)
	}
	for _, p := range phrases {
		fmt.Printf("%-14s %d  G2=%.4f  lambda=%.4f  z=%.4f  capitalized=%.2f\n", p.Word(), p.Count, p.G2, p.Lambda, p.Z, p.Capitalized)
	}

	an.Phrases = []string{"Harbor Council", "Silver Lake", "water rights"} // or read a file with framing.ReadPhrases
	p, err := an.Profile(docs...)
	if err != nil {
		panic(err)
	}
	council, _ := p.Lookup("harbor_council")
	fmt.Println(council.Term, council.Word(), council.Count, "and", p.Count("council"), "other councils")
	lines, err := an.Concordance(docs, "Harbor Council", 20)
	if err != nil {
		panic(err)
	}
	fmt.Println(lines[1])
	// Output:
	// Harbor Council 4  G2=21.3284  lambda=5.2225  z=3.2132  capitalized=1.00
	// Silver Lake    3  G2=23.5059  lambda=6.6373  z=3.1993  capitalized=1.00
	// water rights   3  G2=23.5059  lambda=6.6373  z=3.1993  capitalized=0.00
	// harbor_council Harbor Council 4 and 2 other councils
	// a:50 day. Critics of the  [Harbor Council]  say water rights al (narrative)
}
