package framing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// englishSample returns the sample's English documents and its outlets as groups.
func englishSample(t *testing.T) (*corpus.Corpus, []corpus.Side) {
	t.Helper()
	var c corpus.Corpus
	if err := c.Add(corpus.Sample().Select(func(d corpus.Document) bool { return d.Language == "english" })...); err != nil {
		t.Fatal(err)
	}
	var outlets []string
	for _, d := range c.Documents() {
		if !slices.Contains(outlets, d.Outlet) {
			outlets = append(outlets, d.Outlet)
		}
	}
	slices.Sort(outlets)
	var groups []corpus.Side
	for _, o := range outlets {
		groups = append(groups, corpus.OutletSide(o))
	}
	return &c, groups
}

func TestCompareGroupsTwoIsPool(t *testing.T) {
	c, _ := englishSample(t)
	an := Analyzer{}
	sides := []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}
	pool := PoolOptions{Permutations: 200, MinEvents: 2}
	want, err := PoolEvents(&an, c.Docs(), sides[0], sides[1], &pool)
	if err != nil {
		t.Fatal(err)
	}
	wj, _ := json.Marshal(want)
	// Wire against the rest (= state) is the pooling with the sides swapped: the second
	// comparison must get its permutation test from the same document rows as the first.
	swapped, err := PoolEvents(&an, c.Docs(), sides[1], sides[0], &pool)
	if err != nil {
		t.Fatal(err)
	}
	sj, _ := json.Marshal(swapped)
	for _, ref := range []string{"wire", ""} {
		g, err := CompareGroups(&an, c.Docs(), sides, &GroupOptions{Reference: ref, Pool: pool})
		if err != nil {
			t.Fatal(err)
		}
		// With two groups, state against the reference wire, or against the rest (= wire),
		// is the two-sided pooling.
		got := g.Comparisons[0]
		got.SideB = want.SideB
		got.PerEvent.sideB = want.SideB
		gj, _ := json.Marshal(got)
		if string(gj) != string(wj) {
			t.Errorf("reference %q: state's comparison differs from PoolEvents", ref)
		}
		if n := len(g.Comparisons); ref != "" && n != 1 || ref == "" && n != 2 {
			t.Fatalf("reference %q: %d comparisons", ref, n)
		}
		if ref == "" {
			got := g.Comparisons[1]
			got.SideB = swapped.SideB
			got.PerEvent.sideB = swapped.SideB
			if gj, _ := json.Marshal(got); string(gj) != string(sj) {
				t.Errorf("wire against the rest differs from PoolEvents(wire, state)")
			}
		}
	}
}

func TestCompareGroupsOutlets(t *testing.T) {
	c, groups := englishSample(t)
	an := Analyzer{}
	g, err := CompareGroups(&an, c.Docs(), groups, &GroupOptions{Pool: PoolOptions{Permutations: -1}})
	if err != nil {
		t.Fatal(err)
	}
	k := len(groups)
	if len(g.Comparisons)+len(g.Skipped) != k || k < 4 {
		t.Fatalf("%d comparisons and %d skipped for %d groups", len(g.Comparisons), len(g.Skipped), k)
	}
	// The matrix over all events equals the divergence of each outlet's documents counted
	// on their own.
	d := g.Divergence
	for i := range k {
		if d.All[i][i] != 0 {
			t.Errorf("diagonal %d = %v", i, d.All[i][i])
		}
		for j := range k {
			if d.All[i][j] != d.All[j][i] {
				t.Errorf("not symmetric at %d,%d", i, j)
			}
		}
	}
	pi, _ := an.Profile(c.Select(corpus.ByOutlet(groups[0].Name))...)
	pj, _ := an.Profile(c.Select(corpus.ByOutlet(groups[1].Name))...)
	want, err := JensenShannon(pi, pj)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(d.All[0][1]-want) > 1e-12 {
		t.Errorf("JSD of %s and %s = %v, counted alone %v", groups[0].Name, groups[1].Name, d.All[0][1], want)
	}
	// Per event: -1 where an outlet did not cover the event.
	for e, m := range d.PerEvent {
		for i := range k {
			covers := len(c.Select(corpus.All(corpus.ByEvent(d.Events[e]), corpus.ByOutlet(groups[i].Name)))) > 0
			for j := range k {
				if i != j && (m[i][j] < 0) == covers && len(c.Select(corpus.All(corpus.ByEvent(d.Events[e]), corpus.ByOutlet(groups[j].Name)))) > 0 {
					t.Errorf("event %s, %s vs %s: %v", d.Events[e], groups[i].Name, groups[j].Name, m[i][j])
				}
			}
		}
	}
	// Outlets have kinds; the sample's two wires meet in two events: within-kind pairs
	// exist and differ less on average than between kinds.
	if len(g.Kinds) != k || g.WithinPairs == 0 || g.BetweenPairs == 0 {
		t.Fatalf("kinds %v, within %d pairs, between %d", g.Kinds, g.WithinPairs, g.BetweenPairs)
	}
	if !(g.Within < g.Between) {
		t.Errorf("within-kind divergence %.4f not below between-kind %.4f", g.Within, g.Between)
	}
}

func TestCompareGroupsErrors(t *testing.T) {
	c, groups := englishSample(t)
	an := Analyzer{}
	if _, err := CompareGroups(&an, c.Docs(), groups[:1], nil); !errors.Is(err, ErrOption) {
		t.Errorf("one group: %v", err)
	}
	if _, err := CompareGroups(&an, c.Docs(), groups, &GroupOptions{Reference: "nobody"}); !errors.Is(err, ErrOption) {
		t.Errorf("unknown reference: %v", err)
	}
	overlapping := []corpus.Side{corpus.KindSide("state"), corpus.OutletSide(groups[0].Name), corpus.KindSide("wire")}
	if _, err := CompareGroups(&an, c.Docs(), overlapping, &GroupOptions{Pool: PoolOptions{Permutations: -1}}); !errors.Is(err, corpus.ErrOverlap) {
		t.Errorf("overlapping groups: %v", err)
	}
}

// TestGroupsNull: a small group drawn from the same words as a large one looks far from it
// by the raw divergence, but not beyond chance; a group that uses other words does.
func TestGroupsNull(t *testing.T) {
	state := uint64(3)
	next := func(n int) int {
		state = state*6364136223846793005 + 1442695040888963407
		return int(state>>33) % n
	}
	common := strings.Fields("officials said talks resumed border troops aid flood bridge market vote court ministry statement harbor")
	other := strings.Fields("heroic leadership glorious unity harmonious development sovereignty provocation interference patriots")
	var docs []corpus.Document
	add := func(outlet, kind string, n int, words []string) {
		for i := range n {
			var b strings.Builder
			for range 60 {
				b.WriteString(words[min(next(len(words)), next(len(words)))] + " ")
			}
			docs = append(docs, corpus.Document{ID: fmt.Sprintf("%s-%d", outlet, i), Event: fmt.Sprint("e", i%4), Outlet: outlet, Kind: kind, Language: "english", Text: b.String()})
		}
	}
	add("big", "wire", 200, common)
	add("small", "wire", 6, common)
	add("other", "state", 40, append(slices.Clone(other), common[:5]...))
	var c corpus.Corpus
	if err := c.Add(docs...); err != nil {
		t.Fatal(err)
	}
	groups := []corpus.Side{corpus.OutletSide("big"), corpus.OutletSide("small"), corpus.OutletSide("other")}
	an := Analyzer{}
	// The default options, as a user calls it: the pooled comparisons run their
	// permutation tests before the null is drawn, from the same document rows.
	g, err := CompareGroups(&an, c.Docs(), groups, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := g.Divergence
	if d.Null == nil || d.Null[0][1] != d.Null[1][0] {
		t.Fatalf("null %v", d.Null)
	}
	// Every pair shares the four events, each with several documents a group: every
	// pair has a chance divergence, and it does not depend on the permutation test.
	noPerm, err := CompareGroups(&an, c.Docs(), groups, &GroupOptions{Pool: PoolOptions{Permutations: -1}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range groups {
		for j := range groups {
			if i != j && !(d.Null[i][j] > 0) {
				t.Errorf("%s vs %s: null %v, want a chance divergence above 0", groups[i].Name, groups[j].Name, d.Null[i][j])
			}
			if d.Null[i][j] != noPerm.Divergence.Null[i][j] {
				t.Errorf("%s vs %s: null %v with the permutation test, %v without", groups[i].Name, groups[j].Name, d.Null[i][j], noPerm.Divergence.Null[i][j])
			}
		}
	}
	// big vs small: raw divergence well above 0, all of it chance.
	if d.All[0][1] < 0.005 || math.Abs(d.Excess[0][1]) > 0.25*d.All[0][1] {
		t.Errorf("big vs small: all %.4f, null %.4f, excess %.4f", d.All[0][1], d.Null[0][1], d.Excess[0][1])
	}
	// big vs other: most of it beyond chance.
	if d.Excess[0][2] < 0.5*d.All[0][2] {
		t.Errorf("big vs other: all %.4f, null %.4f, excess %.4f", d.All[0][2], d.Null[0][2], d.Excess[0][2])
	}
	// The kinds beyond chance: big and small (both wire) are one population, other (state)
	// is not; the means are over the one within-kind pair and the two between-kind pairs.
	if g.WithinExcessPairs != 1 || g.BetweenExcessPairs != 2 ||
		g.WithinExcess != d.Excess[0][1] || g.BetweenExcess != (d.Excess[0][2]+d.Excess[1][2])/2 {
		t.Errorf("beyond chance: within %v (%d pairs), between %v (%d pairs); excess %v", g.WithinExcess, g.WithinExcessPairs, g.BetweenExcess, g.BetweenExcessPairs, d.Excess)
	}
	if !(g.WithinExcess < 0.1*g.BetweenExcess) {
		t.Errorf("beyond chance, within a kind %.4f bits is not far below between kinds %.4f", g.WithinExcess, g.BetweenExcess)
	}
	// The same input gives the same bytes, whatever the number of workers and the order of
	// the documents (either changes the order in which terms are interned): a corpus of
	// many words, so that it does.
	var many corpus.Corpus
	for i := range 600 {
		var b strings.Builder
		for range 80 {
			fmt.Fprintf(&b, "w%03dx ", min(next(400), next(400)))
		}
		outlet := []string{"big", "small", "other"}[min(i%7, 2)]
		if err := many.Add(corpus.Document{ID: fmt.Sprint("m", i), Event: fmt.Sprint("e", i%5), Outlet: outlet, Language: "english", Text: b.String()}); err != nil {
			t.Fatal(err)
		}
	}
	var first []byte
	for round, workers := range []int{1, 2, 1, 2} {
		an2 := Analyzer{Workers: workers}
		docs := many.Documents()
		if round >= 2 {
			slices.Reverse(docs)
		}
		seq := func(yield func(corpus.Document, error) bool) {
			for _, d := range docs {
				if !yield(d, nil) {
					return
				}
			}
		}
		g2, err := CompareGroups(&an2, seq, groups, &GroupOptions{Pool: PoolOptions{Permutations: -1}})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(g2.Divergence)
		if first == nil {
			first = b
		} else if !bytes.Equal(first, b) {
			t.Errorf("round %d, %d workers: the divergences differ from the first round's", round, workers)
		}
	}
	// No null when asked for none.
	g3, err := CompareGroups(&an, c.Docs(), groups, &GroupOptions{Null: -1, Pool: PoolOptions{Permutations: -1}})
	if err != nil || g3.Divergence.Null != nil || g3.WithinExcess != -1 || g3.BetweenExcess != -1 || g3.WithinExcessPairs+g3.BetweenExcessPairs != 0 {
		t.Errorf("Null -1: null %v, beyond chance %v and %v, err %v", g3.Divergence.Null, g3.WithinExcess, g3.BetweenExcess, err)
	}
	t.Logf("big/small all %.4f null %.4f; big/other all %.4f null %.4f", d.All[0][1], d.Null[0][1], d.All[0][2], d.Null[0][2])
}
