package framing_test

import (
	"fmt"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// The quick start of the README: compare state media with wire services on one event of
// the embedded sample corpus.
func Example() {
	c := corpus.Sample()
	split, err := c.Split("island-drills", corpus.KindSide("state"), corpus.KindSide("wire"))
	if err != nil {
		panic(err)
	}
	var an framing.Analyzer // English, Snowball stemming, default stop words
	cmp, err := framing.CompareSplit(&an, split, &framing.CompareOptions{Top: 3})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s vs %s: JS divergence %.4f bits\n", cmp.SideA, cmp.SideB, cmp.JSD)
	for _, t := range append(cmp.TopA, cmp.TopB...) {
		fmt.Printf("  %-14s %2d %2d  z=%+.4f\n", t.Word, t.CountA, t.CountB, t.Score)
	}
	// Output:
	// state vs wire: JS divergence 0.6215 bits
	//   command         4  1  z=+1.6877
	//   spokesperson    4  1  z=+1.6877
	//   joint           3  1  z=+1.3691
	//   island          1 10  z=-1.3959
	//   called          0  4  z=-1.0946
	//   military        0  4  z=-1.0946
}

func ExampleAnalyzer_Tokens() {
	text := "Beijing’s so-called “peace plan” drew 1,200 protesters."
	an := framing.Analyzer{}
	tokens, err := an.Tokens(text)
	if err != nil {
		panic(err)
	}
	for _, t := range tokens {
		line := fmt.Sprintf("%2d-%-2d %-12q %-9q %s", t.Start, t.End, t.Surface(text), t.Term, t.Dropped)
		fmt.Println(strings.TrimRight(line, " "))
	}
	// Output:
	//  0-7  "Beijing"    "beij"
	// 12-21 "so-called"  "so-cal"
	// 25-30 "peace"      "peac"
	// 31-35 "plan"       "plan"
	// 39-43 "drew"       "drew"
	// 44-49 "1,200"      ""        number
	// 50-60 "protesters" "protest"
}

func ExampleProfile_StemAudit() {
	an := framing.Analyzer{}
	p, err := an.ProfileTexts("International observers criticized the internal review.",
		"The authorities blamed an author.")
	if err != nil {
		panic(err)
	}
	for _, g := range p.StemAudit() {
		fmt.Println(g.Term, g.Words)
	}
	// Protecting the words keeps them apart.
	an.Protected = []string{"international", "authorities"}
	p, _ = an.ProfileTexts("International observers criticized the internal review.",
		"The authorities blamed an author.")
	fmt.Println(len(p.StemAudit()), "merges left")
	// Output:
	// author [{author 1} {authorities 1}]
	// intern [{internal 1} {international 1}]
	// 0 merges left
}

// A caller with a term's forms collected elsewhere (profiles that keep one form a term)
// asks whether they are one word's inflections.
func ExampleAnalyzer_StemGroupOf() {
	an := framing.Analyzer{}
	for _, forms := range [][]framing.Form{
		{{Text: "elections", Count: 7}, {Text: "election", Count: 5}},
		{{Text: "internal", Count: 6}, {Text: "international", Count: 4}},
	} {
		g, ok := an.StemGroupOf("x", forms)
		fmt.Println(ok, g.Words, "distinct:", g.Distinct)
	}
	// Output:
	// true [{elections 7} {election 5}] distinct: false
	// true [{internal 6} {international 4}] distinct: true
}

func ExampleKeyness_logOdds() {
	an := framing.Analyzer{}
	state, _ := an.ProfileTexts("The drills are routine. Separatist forces and external interference threaten peace.")
	wire, _ := an.ProfileTexts("The drills simulate a blockade of the self-ruled island, officials said.")
	rows, err := framing.Keyness(state, wire, &framing.KeynessOptions{Measure: framing.MeasureLogOdds})
	if err != nil {
		panic(err)
	}
	for _, lean := range []framing.Lean{framing.LeanA, framing.LeanB} {
		for _, r := range framing.TopKeyTerms(rows, 2, lean) {
			fmt.Printf("%s: delta %.4f z %.4f\n", r.Word, r.Delta, r.Score)
		}
	}
	// Output:
	// external: delta 0.1398 z 0.2639
	// forces: delta 0.1398 z 0.2639
	// blockade: delta -0.1597 z -0.3016
	// island: delta -0.1597 z -0.3016
}

func ExampleJensenShannon() {
	an := framing.Analyzer{}
	a, _ := an.ProfileTexts("peace talks peace")
	b, _ := an.ProfileTexts("peace war")
	js, err := framing.JensenShannon(a, b)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.4f bits\n", js)
	// Output:
	// 0.4253 bits
}

func ExampleMerge() {
	an := framing.Analyzer{}
	p1, _ := an.ProfileTexts("Sanctions hurt.")
	p2, _ := an.ProfileTexts("Sanctions failed; sanctions ended.")
	all, err := framing.Merge(p1, p2)
	if err != nil {
		panic(err)
	}
	t, _ := all.Lookup("sanction")
	fmt.Println(all.Documents(), all.Total(1), t.Count, t.DocFreq, t.Forms)
	// Output:
	// 2 6 3 2 [{Sanctions 2} {sanctions 1}]
}

func ExampleCounter() {
	c := framing.Counter{Analyzer: framing.Analyzer{NGrams: 2}}
	for _, text := range []string{"Western sanctions failed.", "Western sanctions, again."} {
		if err := c.AddText(text); err != nil {
			panic(err)
		}
	}
	p, _ := c.Profile()
	t, _ := p.Lookup("western sanction")
	fmt.Println(p.Total(1), p.Total(2), t.Count, t.Word())
	// Output:
	// 5 3 2 Western sanctions
}

func ExampleCounter_AddCounts() {
	// One counter for a batch of documents, and each document's own counts for the
	// permutation test of PoolProfiles.
	var c framing.Counter
	for _, d := range []corpus.Document{
		{ID: "1", Event: "talks", Text: "Sanctions failed. Sanctions hurt farmers."},
		{ID: "2", Event: "talks", Text: "Farmers protested."},
	} {
		dc, err := c.AddCounts(d, framing.LeanA)
		if err != nil {
			panic(err)
		}
		fmt.Println(dc.ID, dc.Total, dc.Terms)
	}
	p, _ := c.Profile()
	fmt.Println(p.Documents(), p.Total(1), p.Count("farmer"))
	// Output:
	// 1 5 [{fail 1} {farmer 1} {hurt 1} {sanction 2}]
	// 2 2 [{farmer 1} {protest 1}]
	// 2 7 2
}

// Evidence prints the names of its flags, as Strings gives them: fmt's %v shows which
// flags a term has, not their bits.
func ExampleEvidence_String() {
	e := framing.EvidenceOnce | framing.EvidenceOneSide
	fmt.Println(e)
	fmt.Printf("%v %q\n", e.Strings(), e)
	fmt.Println(framing.Evidence(0))
	// Output:
	// once+one-side
	// [once one-side] "once+one-side"
	// none
}
