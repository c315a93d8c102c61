package report

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// pvalText writes a p-value as the page does: "–" when untested (negative), "< 1e-300"
// below 1e-300 (0, or a subnormal), two significant digits from 0.001 up, else an exponent
// with one decimal ("1.2e-5").
func pvalText(x float64) string {
	switch {
	case x < 0:
		return "–"
	case x < 1e-300:
		return "< 1e-300"
	case x >= 0.001:
		return strconv.FormatFloat(x, 'g', 2, 64)
	}
	s := strconv.FormatFloat(x, 'e', 1, 64) // 1.2e-05
	mant, exp, _ := strings.Cut(s, "e")
	n, _ := strconv.Atoi(exp)
	return mant + "e" + strconv.Itoa(n)
}

// TestBuildDocTest: Build tests the family of terms framing.DocumentTest chooses among every
// term (by default the 100 strongest leaning to each side), as a comparison does, whatever
// the report keeps; each term's document frequencies are those of the documents (counted
// here from each document's own profile); DocTest options reach the test (Terms sets the
// family, Permutations < 0 skips it, and says so).
func TestBuildDocTest(t *testing.T) {
	a, b := sampleAllSides(t)
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	r, err := Build(an, a, b, "state", "wire", nil, &Options{Top: 300, Lump: true})
	if err != nil {
		t.Fatal(err)
	}
	dt := r.DocTest
	if dt == nil || !dt.Ran || dt.Terms != 200 || dt.Untested <= 0 || dt.Permutations != 1000 || dt.Seed != framing.DefaultSeed {
		t.Fatalf("doc test %+v for %d terms", dt, len(r.Terms))
	}
	// Each document's terms, from its own profile.
	has := func(d corpus.Document) map[string]bool {
		p, err := an.Profile(d)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, ts := range p.Terms() {
			if ts.N == 1 && ts.Count > 0 {
				out[ts.Term] = true
			}
		}
		return out
	}
	var inA, inB []map[string]bool
	for _, d := range a {
		inA = append(inA, has(d))
	}
	for _, d := range b {
		inB = append(inB, has(d))
	}
	freq := func(sets []map[string]bool, term string) int {
		n := 0
		for _, s := range sets {
			if s[term] {
				n++
			}
		}
		return n
	}
	tested := 0
	for _, row := range r.Terms {
		if row.DocP == -1 && row.DocPAdj == -1 && row.DocFreqA == -1 {
			continue // outside the family
		}
		tested++
		if row.DocP < dt.MinP || row.DocP > 1 || row.DocPAdj < row.DocP || row.DocPAdj > 1 {
			t.Errorf("%q: doc p %g, adjusted %g (min p %g)", row.Term, row.DocP, row.DocPAdj, dt.MinP)
		}
		if fa, fb := freq(inA, row.Term), freq(inB, row.Term); row.DocFreqA != fa || row.DocFreqB != fb {
			t.Errorf("%q: in %d and %d documents, the documents say %d and %d", row.Term, row.DocFreqA, row.DocFreqB, fa, fb)
		}
	}
	// The same test as framing's on the two sides as one split.
	ps, err := an.Profiles(a, b)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := framing.Keyness(ps[0], ps[1], &framing.KeynessOptions{N: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := framing.SortKeyTerms(rows, framing.ByStrength, framing.Descending); err != nil {
		t.Fatal(err)
	}
	if tested == 0 {
		t.Error("no term of the report was tested")
	}
	all := slices.Clone(rows)
	if _, err := framing.DocumentTest(an, corpus.Split{A: a, B: b}, all, nil); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(all[:300], r.Terms) {
		t.Error("the report's terms differ from framing.DocumentTest's on the same documents")
	}

	// Options: ten terms tested, the five strongest leaning to each side; or none.
	r, err = Build(an, a, b, "state", "wire", nil, &Options{Top: 300, Lump: true, DocTest: &framing.DocTestOptions{Terms: 10, Permutations: 200, Seed: 7}})
	if err != nil {
		t.Fatal(err)
	}
	if dt := r.DocTest; !dt.Ran || dt.Terms != 10 || dt.Untested != len(rows)-10 || dt.Permutations != 200 || dt.Seed != 7 {
		t.Errorf("ten terms: %+v", dt)
	}
	family := map[string]bool{}
	for _, lean := range []framing.Lean{framing.LeanA, framing.LeanB} {
		for _, k := range framing.TopKeyTerms(rows, 5, lean) {
			family[k.Term] = true
		}
	}
	for i, row := range r.Terms {
		if tested := row.DocP >= 0; tested != family[row.Term] {
			t.Errorf("term %d (%q): doc p %g, in the family %v", i, row.Term, row.DocP, family[row.Term])
		}
	}
	r, err = Build(an, a, b, "state", "wire", nil, &Options{Top: 300, Lump: true, DocTest: &framing.DocTestOptions{Permutations: -1}})
	if err != nil {
		t.Fatal(err)
	}
	if dt := r.DocTest; dt.Ran || !strings.Contains(dt.Reason, "not asked for") {
		t.Errorf("skipped: %+v", dt)
	}
	for _, row := range r.Terms {
		if row.DocP != -1 || row.DocPAdj != -1 || row.DocFreqA != -1 {
			t.Errorf("%q untested, but doc p %g", row.Term, row.DocP)
		}
	}
}

// TestDocTestInBrowser: wherever the page shows a p-value it shows both, labelled
// "(tokens)" and "(documents)", and a line says how the document-level test ran (documents
// a side, shuffles, seed, smallest p) or why it did not.
func TestDocTestInBrowser(t *testing.T) {
	a, b := sampleAllSides(t)
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	r, err := Build(an, a, b, "state", "wire", nil, &Options{Lump: true, Pool: &framing.PoolOptions{Permutations: 100, MinEvents: 2}})
	if err != nil {
		t.Fatal(err)
	}
	p := openReport(t, r)
	dt := r.DocTest
	note := p.text("#pvalues")
	for _, want := range []string{
		"(tokens): every counted word taken as an independent draw",
		fmt.Sprintf("shuffled over the %d documents of state and the %d of wire that have counted words", dt.DocsA, dt.DocsB),
		fmt.Sprintf("(%d shuffles seeded with %d)", dt.Permutations, dt.Seed),
		fmt.Sprintf("adjusted over the %d terms tested", dt.Terms),
		fmt.Sprintf("The smallest p-value the test can give is %s (1/%d).", pvalText(dt.MinP), dt.Permutations+1),
	} {
		if !strings.Contains(note, want) {
			t.Errorf("the note on p-values lacks %q:\n%s", want, note)
		}
	}
	// A term's point and its heading: both p-values of the term.
	for i, row := range r.Terms[:5] {
		k := slices.IndexFunc(r.Points, func(pt Point) bool {
			return pt.CountA == row.CountA && pt.CountB == row.CountB && slices.Contains(pt.Words, row.Word)
		})
		if k < 0 {
			t.Fatalf("no point of %q", row.Word)
		}
		both := fmt.Sprintf("p adj. (tokens) %s, (documents) %s (in %d and %d documents)", pvalText(row.PAdj), pvalText(row.DocPAdj), row.DocFreqA, row.DocFreqB)
		if len(r.Points[k].Words) == 1 {
			if tip := p.text(fmt.Sprintf(`#scatter circle.pt[data-i="%d"] title`, k)); !strings.Contains(tip, both) {
				t.Errorf("term %d: the point's tooltip %q lacks %q", i, tip, both)
			}
		}
		var heading string
		p.eval(`(function(){var s=document.getElementById("search");s.value=`+jsString(row.Word)+`;s.dispatchEvent(new Event("input"));var h=document.querySelector("#kwic h3");return h?h.textContent:"";})()`, &heading)
		if !strings.Contains(unisolate(heading), both) {
			t.Errorf("term %d: the heading %q lacks %q", i, unisolate(heading), both)
		}
	}
	// The tables: categories (tested over tokens only) and pooled terms.
	if got := p.texts("#categories th"); !slices.Contains(got, "p adj. (tokens)") || !slices.Contains(got, "p adj. (documents)") {
		t.Errorf("category columns %q", got)
	}
	cells := p.texts("#categories tr.row td:nth-child(6)")
	docCells := p.texts("#categories tr.row td:nth-child(7)")
	for i, c := range r.Categories {
		if i < len(cells) && (cells[i] != pvalText(c.PAdj) || docCells[i] != "–") {
			t.Errorf("category %q: p-values %q and %q, want %q and –", c.Category, cells[i], docCells[i], pvalText(c.PAdj))
		}
	}
	if len(cells) != len(r.Categories) || len(cells) == 0 {
		t.Errorf("%d category rows for %d categories", len(cells), len(r.Categories))
	}
	if !strings.Contains(p.html, "(documents) is not computed for categories") {
		t.Error("the categories' note does not say why they have no document-level p-value")
	}
	if got := p.texts("#pooled th"); !slices.Contains(got, "p (tokens)") || !slices.Contains(got, "perm p (documents)") {
		t.Errorf("pooled columns %q", got)
	}
	tokens, perms := p.texts("#pooled tr.row td:nth-child(6)"), p.texts("#pooled tr.row td:nth-child(10)")
	for i, pt := range r.Events.Terms {
		want := "–"
		if pt.Permuted {
			want = pvalText(pt.PermP)
		}
		if tokens[i] != pvalText(pt.P) || perms[i] != want {
			t.Errorf("pooled %q: p-values %q and %q, want %q and %q", pt.Word, tokens[i], perms[i], pvalText(pt.P), want)
		}
	}
	if n := p.text("#pooled-p"); !strings.Contains(n, "100 shuffles seeded with") || !strings.Contains(n, "perm p (documents)") {
		t.Errorf("the pooled table's note: %q", n)
	}

	// Not tested: the line says why, and no term shows a document-level p-value.
	r, err = Build(an, a, b, "state", "wire", nil, &Options{DocTest: &framing.DocTestOptions{Permutations: -1}})
	if err != nil {
		t.Fatal(err)
	}
	q := openReport(t, r)
	if n := q.text("#pvalues"); !strings.Contains(n, "(documents): documents are the units sampled; not tested here: not asked for") {
		t.Errorf("untested: the note says %q", n)
	}
	q.click(`#scatter circle.pt[data-i="0"]`)
	if h := q.text("#kwic h3"); !strings.Contains(h, "(documents) –") || !strings.Contains(h, "p adj. (tokens) "+pvalText(r.Terms[0].PAdj)) {
		t.Errorf("untested: heading %q", h)
	}
}

// TestPlainReasons: what the page says of a document-level test not asked for, and of
// events lumped on request, is in plain words, pooled over events or lumped: it names no
// Go field ("DocTestOptions.Permutations < 0", "Options.Lump"), which a reader of the page
// did not write; a program that has its own words for them may set Reason itself.
func TestPlainReasons(t *testing.T) {
	a, b := sampleAllSides(t)
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	for _, lump := range []bool{false, true} {
		t.Run(fmt.Sprintf("lump %v", lump), func(t *testing.T) {
			r, err := Build(an, a, b, "state", "wire", nil, &Options{Lump: lump, DocTest: &framing.DocTestOptions{Permutations: -1}})
			if err != nil {
				t.Fatal(err)
			}
			if r.Strata == nil || r.Strata.Lumped != lump {
				t.Fatalf("strata %+v: the sample's sides share several events", r.Strata)
			}
			if dt := r.DocTest; dt.Ran || dt.Reason != "not asked for (no permutations)" {
				t.Errorf("doc test %+v", dt)
			}
			if lump && r.Strata.Reason != "asked for" {
				t.Errorf("strata reason %q", r.Strata.Reason)
			}
			var page bytes.Buffer
			if err := r.WriteHTML(&page); err != nil {
				t.Fatal(err)
			}
			if i := strings.Index(page.String(), "Options."); i >= 0 {
				t.Errorf("the page names a Go field: …%s…", page.String()[max(0, i-60):min(page.Len(), i+60)])
			}
		})
	}
}
