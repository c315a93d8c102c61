package framing

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestPoolLexiconAsWords: each category of an invented lexicon has one entry, a word no
// other entry or stop list touches, so every category pools as its word does over the
// same events (the lexicon's words looked at are the counted words here); one of them
// ("zorb") only side A uses, so the continuity correction's route is taken. A lexicon
// counted before it offsets the categories' rows. Pooled from several goroutines at once,
// the result is the same.
func TestPoolLexiconAsWords(t *testing.T) {
	lex, err := ParseLexicon(strings.NewReader("[cz]\nzorb\n[cg]\nglorp\n[cb]\nblee\n"), "invented")
	if err != nil {
		t.Fatal(err)
	}
	var docs []corpus.Document
	for e := range 6 {
		for i, kind := range []string{"state", "state", "wire", "wire"} {
			text := strings.Repeat("blee ", 3+i+e) + strings.Repeat("glorp ", 1+(e+i)%3)
			if kind == "state" && (e+i)%2 == 0 {
				text += "zorb zorb "
			}
			docs = append(docs, corpus.Document{ID: fmt.Sprintf("e%d-%d", e, i), Event: fmt.Sprintf("e%d", e), Kind: kind,
				Outlet: kind + "-outlet", Language: "english", Text: text})
		}
	}
	var c corpus.Corpus
	if err := c.Add(docs...); err != nil {
		t.Fatal(err)
	}
	var an Analyzer
	ec, err := CountEvents(&an, c.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")},
		&CountOptions{Lexicons: []*Lexicon{FramesLexicon(), lex}})
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	opts := &PoolOptions{Permutations: 200, Seed: 5}
	words, err := ec.Pool(0, 1, opts)
	if err != nil {
		t.Fatal(err)
	}
	cats, err := ec.PoolLexicon(lex, 0, 1, opts)
	if err != nil {
		t.Fatal(err)
	}
	byWord := map[string]PooledTerm{}
	for _, w := range words.Terms {
		byWord[w.Term] = w
	}
	if len(cats.Terms) != 3 || !reflect.DeepEqual(cats.Events, words.Events) {
		t.Fatalf("categories %d over events %v, want 3 over %v", len(cats.Terms), cats.Events, words.Events)
	}
	for _, ct := range cats.Terms {
		w, ok := byWord[map[string]string{"cz": "zorb", "cg": "glorp", "cb": "blee"}[ct.Term]]
		if !ok {
			t.Fatalf("category %q has no word", ct.Term)
		}
		if ct.Term == "cz" && ct.Evidence&EvidenceOneSide == 0 {
			t.Errorf("cz not one-sided: %+v", ct)
		}
		// The same figures, term and words apart (a category has no side words).
		ct.Term, ct.Word, w.Term, w.Word, w.WordA, w.WordB = "", "", "", "", "", ""
		ct.PAdj, w.PAdj, ct.PermPAdj, w.PermPAdj = 0, 0, 0, 0 // adjusted over other families
		if !reflect.DeepEqual(ct, w) {
			t.Errorf("category pools as\n%+v\nits word as\n%+v", ct, w)
		}
	}
	var wg sync.WaitGroup
	results := make([]*Pooled, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], _ = ec.PoolLexicon(lex, 0, 1, opts)
		}()
	}
	wg.Wait()
	for i, p := range results {
		if p == nil || !reflect.DeepEqual(p.Terms, cats.Terms) {
			t.Errorf("goroutine %d: %+v", i, p)
		}
	}
}
