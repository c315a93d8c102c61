package cli

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
)

// screenDocs returns a corpus of near-duplicates on two sides and on neither, with
// residue: copies of one of eight stories, each story a different run of words.
func screenDocs() []corpus.Document {
	words := strings.Fields("river bank flood school hill road bridge valley mud crew rescue village " +
		"council market harbour ship port wall tower gate field farm mill barn")
	var docs []corpus.Document
	for i := range 40 {
		story := i % 8
		var b strings.Builder
		for k := range 30 {
			b.WriteString(words[(story*7+k*(story+1))%len(words)] + fmt.Sprint(story) + " ")
		}
		if i%5 == 0 {
			b.WriteString("extra words here")
		}
		if i%7 == 0 {
			b.WriteString("\n<p class=\"x\">page</p>")
		}
		outlet := []string{"State", "Wire", "Blog"}[i%3]
		docs = append(docs, corpus.Document{ID: fmt.Sprintf("d%02d", i), Event: "e", Outlet: outlet, Kind: map[string]string{"State": "state", "Wire": "wire", "Blog": "blog"}[outlet],
			Published: time.Date(2024, 1, 1+i%9, 0, 0, 0, 0, time.UTC), Text: b.String()})
	}
	return docs
}

// screen runs Screen with the flags args and the given workers, and returns what it
// printed, the lists it wrote and the IDs of the documents kept, in their order.
func screen(t *testing.T, docs []corpus.Document, workers int, args ...string) (string, string, string, []string) {
	t.Helper()
	dir := t.TempDir()
	list, res := filepath.Join(dir, "pairs.csv"), filepath.Join(dir, "residue.csv")
	var errOut bytes.Buffer
	f := NewFlags(Program{Name: "p"}, &bytes.Buffer{}, &errOut)
	c := &Common{SideA: "kind:state", SideB: "kind:wire"}
	f.Common(c, FlagSides, FlagDedupe)
	if err := f.Parse(append([]string{"-dedupe-list", list, "-residue-list", res}, args...)); err != nil {
		t.Fatal(err)
	}
	c.workers = workers
	a, b := c.Sides()
	kept, err := c.Screen(docs, []corpus.Side{a, b})
	if err != nil {
		t.Fatal(err)
	}
	l, _ := os.ReadFile(list)
	r, _ := os.ReadFile(res)
	var ids []string
	for _, d := range kept {
		ids = append(ids, d.ID)
	}
	return strings.ReplaceAll(errOut.String(), dir, "DIR"), string(l), string(r), ids
}

func TestScreenOrderAndWorkers(t *testing.T) {
	docs := screenDocs()
	for _, within := range []string{"side", "outlet", "all"} {
		for _, drop := range []bool{false, true} {
			args := []string{"-dedupe-within", within}
			if drop {
				args = append(args, "-dedupe")
			}
			msgs, list, res, kept := screen(t, docs, 1, args...)
			if !strings.Contains(msgs, "p: near-duplicates: ") || strings.Count(list, "\n") < 2 || strings.Count(res, "\n") < 2 {
				t.Fatalf("%v: found nothing to compare:\n%s%s%s", args, msgs, list, res)
			}
			if drop == (len(kept) == len(docs)) {
				t.Errorf("%v: kept %d of %d documents", args, len(kept), len(docs))
			}
			if !slices.IsSorted(kept) {
				t.Errorf("%v: the documents kept are not in their order: %v", args, kept)
			}
			rng := rand.New(rand.NewPCG(1, 2))
			for round := range 3 {
				shuffled := slices.Clone(docs)
				rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
				m2, l2, r2, k2 := screen(t, shuffled, []int{4, 1, 3}[round], args...)
				slices.Sort(k2)
				if m2 != msgs || l2 != list || r2 != res || !slices.Equal(k2, kept) {
					t.Errorf("%v, round %d: other bytes for shuffled documents:\n%s%s%s\nfirst:\n%s%s%s", args, round, m2, l2, r2, msgs, list, res)
				}
			}
		}
	}
}

func TestScreenWithin(t *testing.T) {
	// The same text on both sides and on neither: within sides, three groups with one
	// document each find nothing; among all documents, one cluster of three, the earliest
	// kept.
	text := strings.Repeat("one two three four five six seven eight nine ten ", 3)
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	docs := []corpus.Document{
		{ID: "s", Kind: "state", Outlet: "S", Published: day(2), Text: text},
		{ID: "w", Kind: "wire", Outlet: "W", Published: day(1), Text: text},
		{ID: "n", Kind: "blog", Outlet: "B", Published: day(3), Text: text},
	}
	msgs, _, _, kept := screen(t, docs, 0, "-dedupe")
	if !strings.Contains(msgs, "near-duplicates: none within sides (Jaccard ≥ 0.80 over 5-word shingles) in 3 documents") || len(kept) != 3 {
		t.Errorf("within sides: kept %v:\n%s", kept, msgs)
	}
	msgs, list, _, kept := screen(t, docs, 0, "-dedupe", "-dedupe-within", "all")
	if !strings.Contains(msgs, `near-duplicates: 2 pairs in 1 clusters among all documents (Jaccard ≥ 0.80 over 5-word shingles); -dedupe dropped 2 of 3 documents ("n", "s"), keeping each cluster's earliest`) ||
		!slices.Equal(kept, []string{"w"}) || !strings.Contains(list, ",1,3,w,W,2024-01-01T00:00:00Z,n,B,") {
		t.Errorf("among all: kept %v:\n%s%s", kept, msgs, list)
	}
	// Within outlets: every outlet apart, so nothing.
	if msgs, _, _, _ := screen(t, docs, 0, "-dedupe-within", "outlet"); !strings.Contains(msgs, "near-duplicates: none within outlets") {
		t.Errorf("within outlets:\n%s", msgs)
	}
}

func TestScreenFlags(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-dedupe-threshold", "0"}, "-dedupe-threshold 0: want a Jaccard similarity above 0 and at most 1"},
		{[]string{"-dedupe-threshold", "1.01"}, "-dedupe-threshold 1.01"},
		{[]string{"-dedupe-threshold", "NaN"}, "-dedupe-threshold NaN"},
		{[]string{"-dedupe-threshold", "x"}, "-dedupe-threshold"},
		{[]string{"-dedupe-shingle", "0"}, "-dedupe-shingle 0: want 1 to 25 words"},
		{[]string{"-dedupe-shingle", "26"}, "-dedupe-shingle 26"},
		{[]string{"-dedupe-within", "event"}, `-dedupe-within "event": want side, outlet or all`},
	} {
		f := NewFlags(Program{Name: "p"}, &bytes.Buffer{}, &bytes.Buffer{})
		f.Common(&Common{SideA: "kind:state", SideB: "kind:wire"}, FlagSides, FlagDedupe)
		err := f.Parse(append([]string{"-dedupe"}, tt.args...))
		if err == nil || !IsUsage(err) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: %v; want a usage error %q", tt.args, err, tt.want)
		}
	}
	// The edges are allowed, with -dedupe or a list.
	for _, args := range [][]string{{"-dedupe-threshold", "1"}, {"-dedupe-threshold", "0.01"}, {"-dedupe-shingle", "1"}, {"-dedupe-shingle", "25"}} {
		for _, ask := range [][]string{{"-dedupe"}, {"-dedupe-list", "p.csv"}, {"-residue-list", "r.csv"}} {
			f := NewFlags(Program{Name: "p"}, &bytes.Buffer{}, &bytes.Buffer{})
			f.Common(&Common{SideA: "kind:state", SideB: "kind:wire"}, FlagSides, FlagDedupe)
			if err := f.Parse(append(ask, args...)); err != nil {
				t.Errorf("%v %v: %v", ask, args, err)
			}
		}
		// Alone, they set how to look without asking to look.
		f := NewFlags(Program{Name: "p"}, &bytes.Buffer{}, &bytes.Buffer{})
		f.Common(&Common{SideA: "kind:state", SideB: "kind:wire"}, FlagSides, FlagDedupe)
		if err := f.Parse(args); err == nil || !IsUsage(err) || !strings.Contains(err.Error(), args[0]+" sets how near-duplicates are looked for") {
			t.Errorf("%v alone: %v; want a usage error", args, err)
		}
	}
}

// TestScreenNotAsked: without -dedupe, -dedupe-list and -residue-list, Screen returns the
// documents as they are and says nothing, and the provenance has no "dedupe" or
// "residue".
func TestScreenNotAsked(t *testing.T) {
	docs := screenDocs()
	var errOut bytes.Buffer
	f := NewFlags(Program{Name: "p"}, &bytes.Buffer{}, &errOut)
	c := &Common{SideA: "kind:state", SideB: "kind:wire"}
	f.Common(c, FlagSides, FlagDedupe)
	if err := f.Parse(nil); err != nil {
		t.Fatal(err)
	}
	if c.Screens() {
		t.Fatal("Screens without the flags")
	}
	a, b := c.Sides()
	kept, err := c.Screen(docs, []corpus.Side{a, b})
	if err != nil || len(kept) != len(docs) || &kept[0] != &docs[0] || errOut.Len() != 0 || c.screen != nil {
		t.Errorf("Screen not asked: %d of %d documents, the same slice %v, error %v, screening %v, stderr %q",
			len(kept), len(docs), len(kept) > 0 && &kept[0] == &docs[0], err, c.screen, errOut.String())
	}
	p, err := c.Provenance()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := p.Settings["dedupe"]; ok {
		t.Errorf("provenance has dedupe: %v", p.Settings)
	}
	if _, ok := p.Settings["residue"]; ok {
		t.Errorf("provenance has residue: %v", p.Settings)
	}
	// With the lists (and without -dedupe) it looks, and drops nothing.
	_, list, _, ids := screen(t, docs, 1)
	if len(ids) != len(docs) || list == "" {
		t.Errorf("the lists without -dedupe: kept %d of %d, list %q", len(ids), len(docs), list)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 3998: "3,998", 1234567: "1,234,567", -4006: "-4,006"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
