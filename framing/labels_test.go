package framing

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
	"gonum.org/v1/gonum/floats/scalar"
)

// TestLabels: two sides (our own texts) refer to one leader by name, by titles and by labels
// that differ; the name variants are neither titles nor labels, and every label has its
// evidence.
func TestLabels(t *testing.T) {
	a := []corpus.Document{
		{ID: "a1", Language: "english", Text: "President Tal Oren met the envoy. Oren, the Solorian leader, spoke first. The leader said little."},
		{ID: "a2", Language: "english", Text: "Mr. Oren arrived on Monday. Tal Oren thanked his hosts."},
	}
	b := []corpus.Document{
		{ID: "b1", Language: "english", Text: "Solorian strongman Tal Oren met the envoy. The strongman, who has ruled for years, spoke first."},
		{ID: "b2", Language: "english", Text: "Critics call Oren a dictator. Oren, the regime's strongman, did not answer. The strongman left."},
	}
	rl, err := (&Analyzer{}).Labels(a, b, "Tal Oren", nil)
	if err != nil {
		t.Fatal(err)
	}
	all := append(slices.Clone(a), b...)
	labels := map[string]ReferentLabel{}
	for _, l := range append(slices.Clone(rl.Labels), rl.Titles...) {
		labels[l.Label] = l
		for _, e := range l.Evidence {
			i := slices.IndexFunc(all, func(d corpus.Document) bool { return d.ID == e.DocID })
			if i < 0 || all[i].Text[e.Start:e.End] != e.Match {
				t.Errorf("evidence %+v does not point at its match", e)
			}
		}
	}
	// strongman: "Solorian strongman Tal Oren", "The strongman, who", "the regime's
	// strongman", "The strongman left"; leader: the apposition and the description.
	if l := labels["strongman"]; l.CountA != 0 || l.CountB != 4 || len(l.Evidence) != 4 {
		t.Errorf("strongman %+v (all %v)", l, rl.Labels)
	}
	if l := labels["leader"]; l.CountA != 2 || l.CountB != 0 {
		t.Errorf("leader %+v (all %v)", l, rl.Labels)
	}
	if l := labels["dictator"]; l.CountB != 1 || l.Kinds[0].Name != "predicate" {
		t.Errorf("dictator %+v", l)
	}
	if len(rl.Titles) != 2 || rl.Titles[0].Label != "mr" && rl.Titles[0].Label != "president" {
		t.Errorf("titles %+v", rl.Titles)
	}
	for _, l := range rl.Labels {
		if l.Label == "president" || l.Label == "mr" {
			t.Errorf("a title %q is among the labels", l.Label)
		}
	}
	for _, n := range []string{"oren", "tal"} {
		if _, ok := labels[n]; ok {
			t.Errorf("a name variant %q is a label", n)
		}
	}
	// Mentions by name: a1 Tal Oren, Oren; a2 Oren, Tal Oren; b1 Tal Oren; b2 Oren, Oren.
	if rl.MentionsA != 4 || rl.MentionsB != 3 || len(rl.Mentions) != 7 || len(rl.Names) != 2 {
		t.Errorf("mentions %d/%d, names %v", rl.MentionsA, rl.MentionsB, rl.Names)
	}
	// leader leans to A (2 of A's 6 references, none of B's 8), strongman and dictator to B,
	// the name to A (4 of 6 against 3 of 8).
	found := false
	for _, alt := range rl.Alternatives {
		if alt.A == "leader" && alt.B == "strongman" {
			found = true
			// θ = ln(2.5·4.5/(0.5·0.5)) = ln 45 = 3.80666;
			// SE = sqrt(1/2.5 + 1/4.5 + 1/0.5 + 1/0.5) = sqrt(4.62222) = 2.14993; z = 1.77059
			if !scalar.EqualWithinAbsOrRel(alt.Z, 1.77059, 1e-4, 1e-4) || alt.CountA != 2 || alt.CountB != 4 || alt.CrossA != 0 || alt.CrossB != 0 {
				t.Errorf("leader/strongman %+v", alt)
			}
			if len(alt.Evidence) != 5 { // 2 of leader on A, 3 (Lines) of strongman on B
				t.Errorf("leader/strongman evidence %v", alt.Evidence)
			}
		}
		if alt.A != NameLabel && alt.A != "leader" || alt.B == NameLabel || alt.B == "leader" {
			t.Errorf("alternative %+v leans the wrong way", alt)
		}
	}
	if !found {
		t.Errorf("no leader/strongman alternative in %+v", rl.Alternatives)
	}
	for i := 1; i < len(rl.Alternatives); i++ {
		if rl.Alternatives[i].Z > rl.Alternatives[i-1].Z {
			t.Errorf("alternatives not ranked by z: %+v", rl.Alternatives)
		}
	}
	if _, err := (&Analyzer{}).Labels(a, b, " ", nil); err == nil {
		t.Error("an empty referent was accepted")
	}
	if _, err := (&Analyzer{}).Labels(a, b, "Oren", &ReferentOptions{Top: -1}); err == nil {
		t.Error("a negative Top was accepted")
	}
	if _, err := (&Analyzer{}).Labels([]corpus.Document{{ID: "x", Language: "klingon", Text: "Oren"}}, b, "Oren", nil); err == nil {
		t.Error("a document in an unknown language was accepted")
	}
}

// TestLabelsEmpty: empty and odd texts give no labels, no panic and no NaN.
func TestLabelsEmpty(t *testing.T) {
	for _, text := range []string{"", "   ", "the of and", "...!?", "Oren", "“Oren, the", "Oren, the leader of", "Oren is a", "the the the",
		"Кремль заявил, что Орен — лидер.", "奥伦是领导人。", "Oren＇s aide, the so-called adviser, left. Oren’s"} {
		rl, err := (&Analyzer{}).Labels([]corpus.Document{{ID: "x", Text: text}}, nil, "Oren", nil)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		for _, alt := range rl.Alternatives {
			if alt.Z != alt.Z || alt.Lean != alt.Lean {
				t.Errorf("%q: NaN in %+v", text, alt)
			}
		}
	}
}

// TestSuggestReferentsVariants: "Oren", "President Oren", "Mr. Oren" and "Tal Oren" are one
// referent, named by its most used form of several words; "Kim Jong-un" and "Kim Jong Un"
// are one; ranked by the smaller side's rate.
func TestSuggestReferentsVariants(t *testing.T) {
	a := englishDocs("a", "President Oren met Kim Jong-un in the capital. Tal Oren spoke first, and Oren left. Tal Oren and Kim Jong Un signed the long agreement on trade.")
	b := englishDocs("b", "Mr. Oren met Kim Jong Un on the border. Tal Oren then flew home. Kim Jong Un stayed on.")
	refs, err := (&Analyzer{}).SuggestReferents(a, b, 1, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(refs) != 2 {
		t.Fatalf("referents %+v", refs)
	}
	// Words: A 8 + 7 + 12 = 27, B 9 + 5 + 5 = 19. Oren: 4 in A (President Oren, Tal Oren,
	// Oren, Tal Oren), 2 in B (Mr. Oren, Tal Oren); Kim: 2 and 2. The smaller rates: Oren
	// 2/19, Kim 2/27.
	if refs[0].Name != "Tal Oren" || refs[0].CountA != 4 || refs[0].CountB != 2 || refs[1].Name != "Kim Jong Un" || refs[1].CountA != 2 || refs[1].CountB != 2 {
		t.Errorf("referents %+v", refs)
	}
	if !scalar.EqualWithinAbsOrRel(refs[1].RateA, 1e4*2/27.0, 1e-9, 1e-9) || !scalar.EqualWithinAbsOrRel(refs[0].RateB, 1e4*2/19.0, 1e-9, 1e-9) {
		t.Errorf("rates %v and %v, want %v and %v", refs[1].RateA, refs[0].RateB, 1e4*2/27.0, 1e4*2/19.0)
	}
	if len(refs[1].Forms) != 2 || refs[1].Forms[0] != (Count{"Kim Jong Un", 3}) {
		t.Errorf("forms %+v", refs[1].Forms)
	}
}

// TestLabelsDeterministic: the same bytes whatever the order of the documents and the
// number of workers.
func TestLabelsDeterministic(t *testing.T) {
	var a, b []corpus.Document
	for d := range corpus.Sample().Docs() {
		if d.Language != "english" {
			continue
		}
		if d.Kind == "state" {
			a = append(a, d)
		} else {
			b = append(b, d)
		}
	}
	run := func(an *Analyzer, a, b []corpus.Document) []byte {
		refs, err := an.SuggestReferents(a, b, 1, 10)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, r := range refs {
			names = append(names, r.Name)
		}
		rls, err := an.LabelsEach(a, b, names, nil)
		if err != nil {
			t.Fatal(err)
		}
		rcs, err := an.ContrastReferents(a, b, names, nil)
		if err != nil {
			t.Fatal(err)
		}
		out, err := json.Marshal([]any{refs, rls, rcs})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	want := run(&Analyzer{Workers: 1}, a, b)
	if !bytes.Contains(want, []byte(`"Soloria"`)) {
		t.Fatalf("no Soloria in %s", want[:min(300, len(want))])
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 3 {
		sa, sb := slices.Clone(a), slices.Clone(b)
		rng.Shuffle(len(sa), func(i, j int) { sa[i], sa[j] = sa[j], sa[i] })
		rng.Shuffle(len(sb), func(i, j int) { sb[i], sb[j] = sb[j], sb[i] })
		if got := run(&Analyzer{Workers: 1 + 3*round}, sa, sb); !bytes.Equal(got, want) {
			t.Errorf("round %d: the result changed with the order of the documents or the workers", round)
		}
	}
	// Many goroutines at once, over the same documents.
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if got := run(&Analyzer{}, a, b); !bytes.Equal(got, want) {
				t.Error("a concurrent run differs")
			}
		})
	}
	wg.Wait()
}

// TestLinearWork checks that the name finder, the label harvest and the collocates take a
// number of steps in proportion to the text, whatever the number of distinct names (the
// grouping of names was once quadratic in them): the steps per token stay under a bound
// and do not grow with the size.
func TestLinearWork(t *testing.T) {
	var perToken [2][3]float64
	for i, n := range []int{300, 2400} {
		var docs []corpus.Document
		for k := range n {
			text := strings.NewReplacer("N", string(rune('A'+k%26))+strings.Repeat("x", k/26%7)+"son", "M", string(rune('A'+k/26%26))+"ova").Replace(
				"President Tal N met Ana M in Port N. The president said the leader, Tal N, was a friend. Critics call N a dictator.\n\n")
			docs = append(docs, corpus.Document{ID: string(rune(k)), Language: "english", Text: text})
		}
		a, b := docs[:n/2], docs[n/2:]
		tokens := 0
		for _, d := range docs {
			tokens += len(voices.Scan(d.Text, voices.LangOf("english"), nil))
		}
		var rc referentCounter
		for side, ds := range [][]corpus.Document{a, b} {
			for j := range ds {
				if err := rc.add(&Analyzer{}, &ds[j], side); err != nil {
					t.Fatal(err)
				}
			}
		}
		refs := rc.suggest(1, 50)
		if len(refs) == 0 {
			t.Fatal("no referents")
		}
		var names []string
		for _, r := range refs {
			names = append(names, r.Name)
		}
		m, err := newReferentMatcher(names)
		if err != nil {
			t.Fatal(err)
		}
		h := labelHarvest{an: &Analyzer{}, m: m, width: 40}
		if err := h.run(a, b); err != nil {
			t.Fatal(err)
		}
		cc := collocateCounter{an: &Analyzer{}, window: 5, da: docAnalyzer{an: &Analyzer{}}, own: ownWords(names)}
		occ := make([]*occurrences, len(names))
		for j := range occ {
			occ[j] = newOccurrences()
		}
		at := make([][]collocateAt, len(names))
		cc.mentions[0] = make([]int, len(names))
		spans := map[string][]mentionSpan{}
		for j := range names {
			rl := h.result(j, &ReferentOptions{Width: 1, Lines: 1})
			for _, l := range rl.Mentions[:rl.MentionsA] {
				spans[l.DocID] = append(spans[l.DocID], mentionSpan{ref: j, start: l.Start, end: l.End, text: l.Match})
			}
		}
		for j := range a {
			ms := spans[a[j].ID]
			slices.SortFunc(ms, func(x, y mentionSpan) int { return x.start - y.start })
			if err := cc.add(&a[j], j, 0, ms, occ, at); err != nil {
				t.Fatal(err)
			}
		}
		perToken[i] = [3]float64{float64(rc.finder.work+rc.groupWork) / float64(tokens), float64(h.work+h.finder.work) / float64(tokens),
			float64(cc.work) / float64(tokens/2)}
	}
	for k, what := range []string{"SuggestReferents", "LabelsEach", "ContrastReferents"} {
		if perToken[1][k] > 40 || perToken[1][k] > 1.5*perToken[0][k]+1 {
			t.Errorf("%s: steps per token %.2f at 300 documents, %.2f at 2,400", what, perToken[0][k], perToken[1][k])
		}
	}
}
