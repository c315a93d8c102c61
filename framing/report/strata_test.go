package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"gonum.org/v1/gonum/floats/scalar"
)

// simpsonSides is an invented corpus in which lumping two events reverses the lean of the
// word "zorp". Every document has 10 counted words (invented fillers, distinct per
// document, and zorp):
//
//	event alpha: side A 3 documents with zorp 4 times each (12 of 30 words, rate 0.40),
//	             side B 9 documents with zorp 2 times each (18 of 90 words, rate 0.20)
//	event beta:  side A 9 documents, one with zorp once (1 of 90 words, rate 0.011),
//	             side B 3 documents without it (0 of 30 words)
//
// Within each event A uses zorp more; lumped, A uses it 13 times in 120 words and B 18
// times in 120, so the lumped comparison leans to B.
func simpsonSides() (a, b []corpus.Document) {
	filler := 0
	doc := func(event, side string, i, zorps int) corpus.Document {
		words := make([]string, 0, 10)
		for range zorps {
			words = append(words, "zorp")
		}
		for len(words) < 10 {
			// Invented fillers: "qu" and two letters, never a stop word, one stem each.
			words = append(words, fmt.Sprintf("qu%c%cx", 'a'+filler%26, 'a'+filler/26%26))
			filler++
		}
		return corpus.Document{ID: fmt.Sprintf("%s-%s-%d", event, side, i), Event: event, Outlet: side, Kind: side,
			Text: strings.Join(words, " ") + "."}
	}
	for i := range 3 {
		a = append(a, doc("alpha", "a", i, 4))
	}
	for i := range 9 {
		b = append(b, doc("alpha", "b", i, 2))
	}
	for i := range 9 {
		a = append(a, doc("beta", "a", i, min(1, max(0, 1-i)))) // the first has zorp once
	}
	for i := range 3 {
		b = append(b, doc("beta", "b", i, 0))
	}
	return a, b
}

func termOf(t *testing.T, rows []framing.KeyTerm, term string) framing.KeyTerm {
	t.Helper()
	i := slices.IndexFunc(rows, func(r framing.KeyTerm) bool { return r.Term == term })
	if i < 0 {
		t.Fatalf("no row for %q", term)
	}
	return rows[i]
}

func TestStrataSimpson(t *testing.T) {
	a, b := simpsonSides()
	var an framing.Analyzer
	build := func(lump bool, workers int) *Report {
		t.Helper()
		an := an
		an.Workers = workers
		r, err := Build(&an, a, b, "A", "B", nil, &Options{Lump: lump, DocTest: &framing.DocTestOptions{Permutations: 500}})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	lumped := build(true, 1)
	z := termOf(t, lumped.Terms, "zorp")
	// The premise: lumped, zorp leans to B (13 of 120 words against 18 of 120).
	if z.CountA != 13 || z.CountB != 18 || z.Score >= 0 {
		t.Fatalf("lumped zorp: counts %d and %d, score %v; want 13, 18, < 0", z.CountA, z.CountB, z.Score)
	}
	if lumped.Strata == nil || !lumped.Strata.Lumped || !slices.Equal(lumped.Strata.Events, []string{"alpha", "beta"}) {
		t.Errorf("lumped strata %+v", lumped.Strata)
	}
	r := build(false, 1)
	if r.Strata == nil || r.Strata.Lumped || !slices.Equal(r.Strata.Events, []string{"alpha", "beta"}) || len(r.Strata.Skipped) != 0 {
		t.Fatalf("strata %+v", r.Strata)
	}
	z = termOf(t, r.Terms, "zorp")
	// Each event's direction, from the design: A's rate minus B's.
	for _, d := range []float64{12.0/30 - 18.0/90, 1.0/90 - 0.0/30} {
		if math.Signbit(d) != math.Signbit(z.Score) || z.Score == 0 {
			t.Errorf("pooled zorp score %v, but the event leans %v", z.Score, d)
		}
	}
	// The Mantel–Haenszel odds ratio by hand, zorp against the other words, n = 120 words
	// in each event: Σ a·d/n / Σ b·c/n with a, c side A's zorp and other words, b, d B's:
	//	alpha: 12·72/120 = 7.2 and 18·18/120 = 2.7;  beta: 1·30/120 = 0.25 and 0·89/120 = 0
	//	OR = 7.45 / 2.7
	if want := math.Log(7.45 / 2.7); !scalar.EqualWithinAbsOrRel(z.Delta, want, 1e-9, 1e-9) {
		t.Errorf("pooled log odds ratio %v, want %v", z.Delta, want)
	}
	// zorp is in 3 + 1 documents of A and 9 of B.
	if z.CountA != 13 || z.CountB != 18 || !(z.DocP > 0 && z.DocP <= 1) || !(z.DocPAdj >= z.DocP) || z.DocFreqA != 4 || z.DocFreqB != 9 {
		t.Errorf("pooled zorp row %+v", z)
	}
	if !r.DocTest.Ran || r.DocTest.DocsA != 12 || r.DocTest.DocsB != 12 || r.DocTest.Permutations != 500 {
		t.Errorf("doc test %+v", r.DocTest)
	}
	// The points and the bars read the pooled score.
	for _, p := range r.Points {
		if slices.Contains(p.Words, "zorp") && p.Score != z.Score {
			t.Errorf("zorp's point has score %v, its row %v", p.Score, z.Score)
		}
	}
	// Deterministic whatever the workers.
	j1, err1 := json.Marshal(r)
	j4, err4 := json.Marshal(build(false, 4))
	if err1 != nil || err4 != nil || !bytes.Equal(j1, j4) {
		t.Errorf("1 and 4 workers give different reports (%v, %v)", err1, err4)
	}
}

// With one event, the report is the lumped comparison it always was: no strata, and
// Options.Lump changes nothing.
func TestStrataOneEvent(t *testing.T) {
	a, b := simpsonSides()
	a, b = slices.Clone(a), slices.Clone(b)
	for i := range a {
		a[i].Event = "alpha"
	}
	for i := range b {
		b[i].Event = "alpha"
	}
	var an framing.Analyzer
	var js [2][]byte
	for i, lump := range []bool{false, true} {
		r, err := Build(&an, a, b, "A", "B", nil, &Options{Lump: lump, DocTest: &framing.DocTestOptions{Permutations: 200}})
		if err != nil {
			t.Fatal(err)
		}
		if r.Strata != nil {
			t.Errorf("one event: strata %+v", r.Strata)
		}
		if z := termOf(t, r.Terms, "zorp"); z.Score >= 0 || z.DocFreqA != 4 || z.DocFreqB != 9 {
			t.Errorf("one event: zorp %+v (lumped: leans to B, in 4 and 9 documents)", z)
		}
		if js[i], err = json.Marshal(r); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(js[0], js[1]) {
		t.Error("one event: Lump changes the report")
	}
}

// TestStrataInBrowser: a pooled page says so above the scatter (the events, pooled, the
// events program), names the pooled z in the legend and the bars, describes the test that
// shuffles within events, and shows a term's p-values without document counts it does not
// have; a lumped page says the events were lumped.
func TestStrataInBrowser(t *testing.T) {
	a, b := simpsonSides()
	var an framing.Analyzer
	r, err := Build(&an, a, b, "A", "B", nil, &Options{DocTest: &framing.DocTestOptions{Permutations: 200}})
	if err != nil {
		t.Fatal(err)
	}
	p := openReport(t, r)
	for sel, wants := range map[string][]string{
		"#strata-note": {"cover 2 events", "each of the 2 events both sides cover", "The events program"},
		"#pvalues":     {"(tokens): the Mantel–Haenszel z", "shuffled within each event over the 12 documents of A and the 12 of B", "(200 shuffles seeded with"},
		"#scatter":     {"Mantel–Haenszel log odds ratio pooled over events"},
		"#terms-note":  {"coloured by the z of its Mantel–Haenszel log odds ratio pooled over events"},
		"#bars":        {"Mantel–Haenszel log odds ratio pooled over events"},
	} {
		got := p.text(sel)
		for _, want := range wants {
			if !strings.Contains(got, want) {
				t.Errorf("%s lacks %q:\n%s", sel, want, got)
			}
		}
	}
	z := termOf(t, r.Terms, "zorp")
	var heading string
	p.eval(`(function(){var s=document.getElementById("search");s.value="zorp";s.dispatchEvent(new Event("input"));var h=document.querySelector("#kwic h3");return h?h.textContent:"";})()`, &heading)
	if want := fmt.Sprintf("(documents) %s (in 4 and 9 documents)", pvalText(z.DocPAdj)); !strings.Contains(unisolate(heading), want) {
		t.Errorf("zorp's heading %q, want %q and no -1", unisolate(heading), want)
	}
	r, err = Build(&an, a, b, "A", "B", nil, &Options{Lump: true, DocTest: &framing.DocTestOptions{Permutations: 200}})
	if err != nil {
		t.Fatal(err)
	}
	if got := openReport(t, r).text("#strata-note"); !strings.Contains(got, "cover 2 events, lumped") || !strings.Contains(got, "Simpson") {
		t.Errorf("lumped note %q", got)
	}
}

// TestStrataDocTestByHand: the document-level test of pooled terms shuffles the side
// labels within each event. Two events, each with 2 documents on each side of 2 counted
// words; zorp is in both of A's documents in each event, once each, and in none of B's.
// The statistic, per event, is zorp's count in A's documents minus its count over the
// event times A's share of the event's words (1/2: every document has 2 words):
//
//	within an event, C(4, 2) = 6 ways to choose A's 2 documents: both zorp documents
//	(d = 2 − 1 = +1) in 1, one of them (d = 0) in 4, neither (d = −1) in 1
//	observed T = +1 + +1 = 2; |T*| >= 2 only when both events give +1 or both −1:
//	p = (1·1 + 1·1) / 36 = 1/18
//
// Shuffled over all 8 documents instead (4 to A, any number from each event), only 2 of the
// C(8, 4) = 70 arrangements reach |T| >= 2 (all four zorp documents in A, or none): p = 1/35,
// which the tolerance below tells from 1/18.
func TestStrataDocTestByHand(t *testing.T) {
	var a, b []corpus.Document
	for _, ev := range []string{"alpha", "beta"} {
		for i := range 2 {
			a = append(a, corpus.Document{ID: fmt.Sprintf("%s-a%d", ev, i), Event: ev, Outlet: "a", Text: fmt.Sprintf("zorp qua%c%sx.", 'a'+i, ev[:1])})
			b = append(b, corpus.Document{ID: fmt.Sprintf("%s-b%d", ev, i), Event: ev, Outlet: "b", Text: fmt.Sprintf("qub%c%sx quc%c%sx.", 'a'+i, ev[:1], 'a'+i, ev[:1])})
		}
	}
	var an framing.Analyzer
	const draws = 20000
	r, err := Build(&an, a, b, "A", "B", nil, &Options{DocTest: &framing.DocTestOptions{Permutations: draws}})
	if err != nil {
		t.Fatal(err)
	}
	if r.DocTest.Arrangements != 36 || r.DocTest.DocsA != 4 || r.DocTest.DocsB != 4 {
		t.Errorf("doc test %+v, want 36 arrangements of 4 and 4 documents", r.DocTest)
	}
	z := termOf(t, r.Terms, "zorp")
	// 20,000 draws: the standard error of p near 1/18 is about 0.0016.
	if want := 1.0 / 18; math.Abs(z.DocP-want) > 0.006 || z.DocFreqA != 4 || z.DocFreqB != 0 {
		t.Errorf("zorp: doc p %v (want about %v), in %d and %d documents (want 4 and 0)", z.DocP, want, z.DocFreqA, z.DocFreqB)
	}
}

// TestStrataHandValues checks the pooled row of zorp against hand arithmetic, on
// simpsonSides with two invented documents more: a side B document in beta without zorp
// (10 filler words), so that the sides' token totals differ, and a side A document in an
// event gamma that side B does not cover (skipped).
//
// Over the pooled events side A has 120 counted words, 13 of them zorp; side B 130, 18 of
// them zorp. The Mantel–Haenszel odds ratio sums, per event, a·d/n over b·c/n (a, b: side
// A's zorp and other words; c, d: side B's; n: the event's words):
//
//	alpha: a=12 b=18 c=18 d=72 n=120: a·d/n = 7.2,          b·c/n = 2.7
//	beta:  a=1  b=89 c=0  d=40 n=130: a·d/n = 40/130,       b·c/n = 0
//	OR = (7.2 + 40/130) / 2.7 = 2.78062678...; log_ratio = log2(OR) = 1.47542...
func TestStrataHandValues(t *testing.T) {
	a, b := simpsonSides()
	fill := func(id, event, prefix string) corpus.Document {
		words := make([]string, 10)
		for i := range words {
			words[i] = fmt.Sprintf("%s%cx", prefix, 'a'+i) // invented, one stem each
		}
		return corpus.Document{ID: id, Event: event, Text: strings.Join(words, " ") + "."}
	}
	b = append(b, fill("beta-b-extra", "beta", "qzb"))
	a = append(a, fill("gamma-a-0", "gamma", "qzg"))
	var an framing.Analyzer
	r, err := Build(&an, a, b, "A", "B", nil, &Options{DocTest: &framing.DocTestOptions{Permutations: 100}})
	if err != nil {
		t.Fatal(err)
	}
	if r.Strata == nil || r.Strata.Lumped {
		t.Fatalf("strata %+v, want pooled", r.Strata)
	}
	if !slices.Equal(r.Strata.Events, []string{"alpha", "beta"}) || !slices.Equal(r.Strata.Skipped, []string{"gamma"}) {
		t.Errorf("events %q skipped %q, want [alpha beta] and [gamma]", r.Strata.Events, r.Strata.Skipped)
	}
	z := termOf(t, r.Terms, "zorp")
	or := (7.2 + 40.0/130) / 2.7
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"count_a", float64(z.CountA), 13},
		{"count_b", float64(z.CountB), 18},
		{"rate_a", z.RateA, 1e6 * 13 / 120},
		{"rate_b", z.RateB, 1e6 * 18 / 130},
		{"log_ratio", z.LogRatio, math.Log2(or)},
		{"log_ratio (hand)", z.LogRatio, 1.4754},
		{"delta (natural log)", z.Delta, math.Log(or)},
		// The token-level p is two-sided for the z: erfc(|z|/√2).
		{"token_p", z.P, math.Erfc(math.Abs(z.Score) / math.Sqrt2)},
	} {
		if !scalar.EqualWithinAbsOrRel(c.got, c.want, 1e-4, 1e-4) {
			t.Errorf("zorp %s = %v, want %v", c.name, c.got, c.want)
		}
	}
	// PAdj is Benjamini–Hochberg over every row: min over the ranks j >= i of P_(j)·m/j.
	ps := make([]float64, len(r.Terms))
	for i, row := range r.Terms {
		ps[i] = row.P
	}
	slices.Sort(ps)
	m := float64(len(ps))
	want := 1.0
	for j := len(ps) - 1; j >= 0; j-- {
		want = min(want, ps[j]*m/float64(j+1))
		if ps[j] == z.P {
			break
		}
	}
	if !(z.PAdj > z.P) || !scalar.EqualWithinAbsOrRel(z.PAdj, want, 1e-9, 1e-9) {
		t.Errorf("zorp token p %v, p adj %v; want p adj %v (BH over %d terms), above p", z.P, z.PAdj, want, len(ps))
	}
}
