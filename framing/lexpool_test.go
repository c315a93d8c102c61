package framing

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// simpsonDocs is an invented corpus of two events in which side A uses the word "glorp"
// more than side B within each event, while B uses it more over both events lumped: B's
// documents are mostly in the event where everyone says it often.
//
//	event lo: A 4 docs × 50 words, 2 glorp each (8 of 200);  B 2 docs × 50, 1 each (2 of 100)
//	event hi: A 2 docs × 50 words, 10 glorp each (20 of 100); B 4 docs × 50, 8 each (32 of 200)
//	lumped:   A 28 of 300 (9.3%), B 34 of 300 (11.3%): B leans to glorp
func simpsonDocs() []corpus.Document {
	var docs []corpus.Document
	add := func(event, kind string, n, glorp int) {
		for i := range n {
			text := strings.Repeat("glorp ", glorp) + strings.Repeat("blee ", 50-glorp)
			docs = append(docs, corpus.Document{ID: fmt.Sprintf("%s-%s-%d", event, kind, i), Event: event, Kind: kind,
				Outlet: kind + "-outlet", Language: "english", Text: text})
		}
	}
	add("lo", "state", 4, 2)
	add("lo", "wire", 2, 1)
	add("hi", "state", 2, 10)
	add("hi", "wire", 4, 8)
	return docs
}

func TestPoolLexiconStratifies(t *testing.T) {
	lex, err := ParseLexicon(strings.NewReader("[zint]\nglorp\n[quav]\nflim*\n"), "invented")
	if err != nil {
		t.Fatal(err)
	}
	var c corpus.Corpus
	if err := c.Add(simpsonDocs()...); err != nil {
		t.Fatal(err)
	}
	var an Analyzer
	ec, err := CountEvents(&an, c.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}, &CountOptions{Lexicons: []*Lexicon{lex}})
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	// Lumped, the category leans to B.
	pa, err := ec.LexiconProfile(lex, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := ec.LexiconProfile(lex, "", 1)
	if err != nil {
		t.Fatal(err)
	}
	if pa.Count("zint") != 28 || pb.Count("zint") != 34 || pa.Total(1) != 300 || pb.Total(1) != 300 {
		t.Fatalf("lumped counts %d/%d of %d/%d, want 28/34 of 300/300", pa.Count("zint"), pb.Count("zint"), pa.Total(1), pb.Total(1))
	}
	opts := &PoolOptions{Permutations: 500, Seed: 3}
	p, err := ec.PoolLexicon(lex, 0, 1, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Terms) != 1 || p.Terms[0].Term != "zint" || p.Terms[0].Word != "zint" {
		t.Fatalf("terms %+v, want zint alone (quav never occurs)", p.Terms)
	}
	got := p.Terms[0]
	// Stratified, it leans to A. By hand (R = a·d/n, S = b·c/n per event, n = 300):
	// lo: R = 8·98/300, S = 192·2/300; hi: R = 20·168/300, S = 80·32/300;
	// OR = (784 + 3360) / (384 + 2560) = 4144/2944, ln = 0.341892.
	if math.Abs(got.LogOR-0.341892) > 1e-6 || got.CountA != 28 || got.CountB != 34 || got.Events != 2 || got.Same != 2 {
		t.Errorf("pooled zint %+v, want log OR 0.341892 leaning to A in 2 of 2 events", got)
	}
	if !got.Permuted || got.PermP <= 0 || got.PermP > 1 {
		t.Errorf("zint not tested over documents: %+v", got)
	}
	// The only entry of zint is one word: the category pools as that word does.
	w, err := ec.Pool(0, 1, opts)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, wt := range w.Terms {
		if wt.Term == "glorp" {
			found = true
			if wt.LogOR != got.LogOR || wt.PermP != got.PermP || wt.Random != got.Random {
				t.Errorf("word glorp pools as %+v, category zint as %+v", wt, got)
			}
		}
	}
	if !found {
		t.Error("word glorp not pooled")
	}
	// After another lexicon, the rows' categories are offset: the same result.
	two, err := CountEvents(&an, c.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}, &CountOptions{Lexicons: []*Lexicon{FramesLexicon(), lex}})
	if err != nil {
		t.Fatal(err)
	}
	defer two.Close()
	if p2, err := two.PoolLexicon(lex, 0, 1, opts); err != nil || len(p2.Terms) != 1 || p2.Terms[0].PermP != got.PermP || p2.Terms[0].LogOR != got.LogOR {
		t.Errorf("second of two lexicons: %v %+v", err, p2)
	}
	// With the rows in a temporary file (1 byte of memory): the same.
	spilled, err := CountEvents(&an, c.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}, &CountOptions{Lexicons: []*Lexicon{lex}, RowMemory: 1, TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if p3, err := spilled.PoolLexicon(lex, 0, 1, opts); err != nil || len(p3.Terms) != 1 || p3.Terms[0].PermP != got.PermP {
		t.Errorf("rows in a file: %v %+v", err, p3)
	}
	if err := spilled.Close(); err != nil {
		t.Error(err)
	}
	if _, err := spilled.PoolLexicon(lex, 0, 1, opts); err == nil {
		t.Error("closed counts: no error from the permutation test")
	}
	// A lexicon not counted, and counts without rows.
	if _, err := ec.PoolLexicon(FramesLexicon(), 0, 1, opts); !errors.Is(err, ErrOption) {
		t.Errorf("uncounted lexicon: %v", err)
	}
	nr, err := CountEvents(&an, c.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}, &CountOptions{Lexicons: []*Lexicon{FramesLexicon(), lex}, NoRows: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nr.PoolLexicon(lex, 0, 1, opts); !errors.Is(err, ErrOption) {
		t.Errorf("NoRows with permutations: %v", err)
	}
	q, err := nr.PoolLexicon(lex, 0, 1, &PoolOptions{Permutations: -1})
	if err != nil || len(q.Terms) != 1 || q.Terms[0].LogOR != got.LogOR {
		t.Errorf("second lexicon, no permutations: %v %+v", err, q)
	}
}

func TestPoolEventsOneSideEvidence(t *testing.T) {
	// "zorb" only in side A's documents, in both events: its pooled log odds ratio is the
	// 0.5 correction's, and it says so; "blee" is on both sides.
	var docs []corpus.Document
	for _, ev := range []string{"e1", "e2"} {
		for i, kind := range []string{"state", "state", "wire", "wire"} {
			text := "blee blee zorb"
			if kind == "wire" {
				text = "blee blee blee"
			}
			docs = append(docs, corpus.Document{ID: fmt.Sprintf("%s-%d", ev, i), Event: ev, Kind: kind, Outlet: kind, Language: "english", Text: text})
		}
	}
	var c corpus.Corpus
	if err := c.Add(docs...); err != nil {
		t.Fatal(err)
	}
	var an Analyzer
	p, err := PoolEvents(&an, c.Docs(), corpus.KindSide("state"), corpus.KindSide("wire"), &PoolOptions{Permutations: -1})
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, pt := range p.Terms {
		switch pt.Term {
		case "zorb":
			seen++
			if pt.Evidence != EvidenceOneSide || pt.CountB != 0 {
				t.Errorf("zorb: %+v, want evidence one-side", pt)
			}
		case "blee":
			seen++
			if pt.Evidence != 0 {
				t.Errorf("blee: %+v, want no evidence flag", pt)
			}
		}
	}
	if seen != 2 {
		t.Errorf("terms %+v", p.Terms)
	}
}
