package framing

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// generatedCorpus returns n documents of generated English-like text spread over events
// and two outlets, about size bytes in all.
func generatedCorpus(n, events, size int, seed uint64) []corpus.Document {
	r := rand.New(rand.NewPCG(seed, 1))
	docs := make([]corpus.Document, n)
	for i := range docs {
		kind := "state"
		if r.IntN(2) == 0 {
			kind = "wire"
		}
		docs[i] = corpus.Document{ID: fmt.Sprintf("d%05d", i), Event: fmt.Sprintf("event-%02d", r.IntN(events)),
			Outlet: kind + "-outlet", Kind: kind, Text: generate(size/n, seed+uint64(i))}
	}
	return docs
}

func profileBytes(t *testing.T, p *Profile) []byte {
	t.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestProfileWorkersAndOrder(t *testing.T) {
	docs := generatedCorpus(40, 3, 120<<10, 5)
	for _, an := range []Analyzer{{}, {NGrams: 3}, {Protected: []string{"kare so", "the"}, NGrams: 2}} {
		an.Workers = 1
		one, err := an.Profile(docs...)
		if err != nil {
			t.Fatal(err)
		}
		want := profileBytes(t, one)
		shuffled := slices.Clone(docs)
		rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		for _, workers := range []int{2, 3, 8} {
			an.Workers = workers
			p, err := an.Profile(shuffled...)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(profileBytes(t, p), want) {
				t.Fatalf("%+v: %d workers on shuffled documents give other bytes than one worker", an, workers)
			}
		}
	}
}

func TestSharedVocabularyMerge(t *testing.T) {
	docs := generatedCorpus(30, 2, 150<<10, 9)
	an := Analyzer{NGrams: 2}
	var v Vocabulary
	c1 := Counter{Analyzer: an, Vocabulary: &v}
	c2 := Counter{Analyzer: an, Vocabulary: &v}
	for i, d := range docs {
		c := &c1
		if i%3 == 0 {
			c = &c2
		}
		if err := c.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	p1, _ := c1.Profile()
	p2, _ := c2.Profile()
	merged, err := Merge(p1, p2)
	if err != nil {
		t.Fatal(err)
	}
	if merged.ids == nil {
		t.Error("profiles over one vocabulary did not merge by id")
	}
	an.Workers = 1
	whole, err := an.Profile(docs...)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(profileBytes(t, merged), profileBytes(t, whole)) {
		t.Error("merged shards over one vocabulary differ from the whole")
	}
	// The same merge through JSON (by strings) agrees too.
	var j1, j2 Profile
	if err := json.Unmarshal(profileBytes(t, p1), &j1); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(profileBytes(t, p2), &j2); err != nil {
		t.Fatal(err)
	}
	byStrings, err := Merge(&j1, &j2)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(profileBytes(t, byStrings), profileBytes(t, whole)) {
		t.Error("merged shards from JSON differ from the whole")
	}
	// A counter with other settings cannot use the vocabulary.
	c3 := Counter{Analyzer: Analyzer{NoStem: true}, Vocabulary: &v}
	if err := c3.AddText("words"); err == nil {
		t.Error("a counter with other settings used the vocabulary")
	}
}

func TestConcurrentCounters(t *testing.T) {
	// Sixteen goroutines count into one vocabulary at once (run with -race).
	docs := generatedCorpus(64, 4, 256<<10, 3)
	var v Vocabulary
	profiles := make([]*Profile, 16)
	var wg sync.WaitGroup
	for g := range profiles {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := Counter{Analyzer: Analyzer{Voices: OwnVoice}, Vocabulary: &v}
			for i := g; i < len(docs); i += len(profiles) {
				if err := c.Add(docs[i]); err != nil {
					t.Error(err)
					return
				}
			}
			profiles[g], _ = c.Profile()
		}()
	}
	wg.Wait()
	merged, err := Merge(profiles...)
	if err != nil {
		t.Fatal(err)
	}
	whole, _ := (&Analyzer{Voices: OwnVoice, Workers: 1}).Profile(docs...)
	if !bytes.Equal(profileBytes(t, merged), profileBytes(t, whole)) {
		t.Error("16 concurrent counters differ from one")
	}
}

func TestCountEventsMatchesProfiles(t *testing.T) {
	docs := generatedCorpus(60, 4, 200<<10, 11)
	an := Analyzer{Voices: OwnVoice, NGrams: 3}
	sides := []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}
	var c corpus.Corpus
	if err := c.Add(docs...); err != nil {
		t.Fatal(err)
	}
	ec, err := CountEvents(&an, c.Docs(), sides, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	if ec.Documents != len(docs) || ec.Unmatched != 0 || len(ec.Events()) != 4 {
		t.Fatalf("%d documents, %d unmatched, events %v", ec.Documents, ec.Unmatched, ec.Events())
	}
	for _, e := range ec.Events() {
		split, err := c.Split(e, sides[0], sides[1])
		if err != nil {
			t.Fatal(err)
		}
		for s, sideDocs := range [][]corpus.Document{split.A, split.B} {
			want, err := an.Profile(sideDocs...)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ec.Profile(e, s)
			if err != nil {
				t.Fatal(err)
			}
			if got.Total(1) != want.Total(1) || got.Documents() != want.Documents() || got.Dropped() != want.Dropped() {
				t.Fatalf("%s side %d: totals %d/%d, documents %d/%d, dropped %+v/%+v", e, s,
					got.Total(1), want.Total(1), got.Documents(), want.Documents(), got.Dropped(), want.Dropped())
			}
			if got.Total(2) != want.Total(2) || got.Total(3) != want.Total(3) {
				t.Fatalf("%s side %d: n-gram totals %d, %d; want %d, %d", e, s, got.Total(2), got.Total(3), want.Total(2), want.Total(3))
			}
			gt, wt := got.Terms(), want.Terms()
			if len(gt) != len(wt) {
				t.Fatalf("%s side %d: %d terms, want %d", e, s, len(gt), len(wt))
			}
			for i := range gt {
				if gt[i].Term != wt[i].Term || gt[i].Count != wt[i].Count {
					t.Fatalf("%s side %d: term %v, want %v", e, s, gt[i], wt[i])
				}
			}
			// The per-event comparison equals Compare of the profiles (words aside: per-event
			// forms are not kept).
			if s == 1 {
				cmpE, err := ec.Compare(e, 0, 1, nil)
				if err != nil {
					t.Fatal(err)
				}
				pa, _ := an.Profile(split.A...)
				direct, err := Compare(pa, want, "state", "wire", nil)
				if err != nil {
					t.Fatal(err)
				}
				if cmpE.JSD != direct.JSD || len(cmpE.TopA) != len(direct.TopA) || cmpE.TopA[0].Term != direct.TopA[0].Term || cmpE.TopA[0].Score != direct.TopA[0].Score {
					t.Errorf("%s: event comparison differs from Compare: %v vs %v", e, cmpE.TopA[0], direct.TopA[0])
				}
			}
		}
	}
}

func TestPoolDeterministic(t *testing.T) {
	docs := generatedCorpus(90, 6, 200<<10, 21)
	sides := []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}
	var want []byte
	for _, workers := range []int{1, 2, 5} {
		for _, rowMemory := range []int{0, 1} { // 1 byte: every row goes to the temporary file
			shuffled := slices.Clone(docs)
			rand.New(rand.NewPCG(uint64(workers), 3)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			an := Analyzer{Workers: workers}
			seq := func(yield func(corpus.Document, error) bool) {
				for _, d := range shuffled {
					if !yield(d, nil) {
						return
					}
				}
			}
			ec, err := CountEvents(&an, seq, sides, &CountOptions{RowMemory: rowMemory})
			if err != nil {
				t.Fatal(err)
			}
			p, err := ec.Pool(0, 1, &PoolOptions{Permutations: 300, Test: 50})
			if err != nil {
				t.Fatal(err)
			}
			// Pooling again reads the same document rows (CompareGroups pools k times and
			// then draws its chance divergences from them).
			again, err := ec.Pool(0, 1, &PoolOptions{Permutations: 300, Test: 50})
			if err != nil {
				t.Fatal(err)
			}
			if a, b := mustJSON(t, again), mustJSON(t, p); !bytes.Equal(a, b) {
				t.Fatalf("%d workers, row memory %d: a second pooling differs from the first", workers, rowMemory)
			}
			// Pooling a few terms' tables at a time (one term's, when it alone has more
			// tables than the chunk) changes nothing.
			ec.poolChunk = 5
			chunked, err := ec.Pool(0, 1, &PoolOptions{Permutations: 300, Test: 50})
			if err != nil {
				t.Fatal(err)
			}
			ec.poolChunk = 0
			if a, b := mustJSON(t, chunked), mustJSON(t, p); !bytes.Equal(a, b) {
				t.Fatalf("%d workers, row memory %d: pooling by chunks of 5 tables differs", workers, rowMemory)
			}
			// and so do poolings at once (an EventCounts is safe for concurrent use).
			if workers == 2 {
				var wg sync.WaitGroup
				for g := range 3 {
					wg.Go(func() {
						q, err := ec.Pool(0, 1, &PoolOptions{Permutations: 300, Test: 50})
						if err != nil {
							t.Error(err)
						} else if !bytes.Equal(mustJSON(t, q), mustJSON(t, p)) {
							t.Errorf("row memory %d: concurrent pooling %d differs", rowMemory, g)
						}
					})
				}
				wg.Wait()
			}
			if err := ec.Close(); err != nil {
				t.Fatal(err)
			}
			p.Analyzer.Workers = 0
			b, _ := json.Marshal(p)
			if want == nil {
				want = b
				if len(p.Events) != 6 || len(p.Terms) < 100 {
					t.Fatalf("events %v, %d terms", p.Events, len(p.Terms))
				}
				continue
			}
			if !bytes.Equal(b, want) {
				t.Fatalf("%d workers, row memory %d, shuffled input: the pooled result differs", workers, rowMemory)
			}
		}
	}
}

func TestPoolAgainstTables(t *testing.T) {
	// Every pooled term's Mantel–Haenszel estimate equals the one computed from the events'
	// profiles, table by table.
	docs := generatedCorpus(60, 3, 300<<10, 31)
	var c corpus.Corpus
	if err := c.Add(docs...); err != nil {
		t.Fatal(err)
	}
	an := Analyzer{}
	a, b := corpus.KindSide("state"), corpus.KindSide("wire")
	p, err := PoolEvents(&an, c.Docs(), a, b, &PoolOptions{Permutations: -1})
	if err != nil {
		t.Fatal(err)
	}
	type pair struct{ a, b *Profile }
	var profs []pair
	for _, e := range p.Events {
		s, _ := c.Split(e, a, b)
		pa, _ := an.Profile(s.A...)
		pb, _ := an.Profile(s.B...)
		profs = append(profs, pair{pa, pb})
	}
	for _, pt := range p.Terms {
		var tables []table2
		for _, pr := range profs {
			tables = append(tables, table2{float64(pr.a.Count(pt.Term)), float64(pr.b.Count(pt.Term)), float64(pr.a.Total(1)), float64(pr.b.Total(1))})
		}
		lor, se := mantelHaenszel(tables)
		if math.Abs(lor-pt.LogOR) > 1e-12*math.Max(1, math.Abs(lor)) || math.Abs(se-pt.SE) > 1e-12*math.Max(1, se) {
			t.Fatalf("%s: pooled %v ± %v, from tables %v ± %v", pt.Term, pt.LogOR, pt.SE, lor, se)
		}
	}
}

func TestSparseCounts(t *testing.T) {
	// Against a map, through the growth of the table and its turn into an array.
	r := rand.New(rand.NewPCG(4, 4))
	var s sparseCounts
	want := map[int32]int64{}
	vocab := 6000
	for i := 0; i < 200000; i++ {
		id := int32(r.IntN(vocab))
		v := int64(1 + r.IntN(3))
		s.add(id, v, vocab)
		want[id] += v
		if i == 200 && s.dense {
			t.Fatal("turned into an array too early")
		}
	}
	if !s.dense {
		t.Error("never turned into an array")
	}
	if s.len() != len(want) {
		t.Errorf("%d ids, want %d", s.len(), len(want))
	}
	got := map[int32]int64{}
	s.each(func(id int32, v int64) { got[id] = v })
	for id, v := range want {
		if got[id] != v || s.get(id) != v {
			t.Fatalf("id %d: %d (get %d), want %d", id, got[id], s.get(id), v)
		}
	}
	if s.get(int32(vocab+10)) != 0 || s.overflow {
		t.Error("get past the vocabulary, or overflow")
	}
	// The array holds two counts a word: a count at its largest leaves its neighbors be.
	past := int32(vocab + 1)
	s.add(past, math.MaxUint32-7, vocab)
	if s.get(past) != math.MaxUint32-7 || s.get(past-1) != 0 || s.get(past+1) != 0 || s.get(past-2) != want[past-2] || s.overflow {
		t.Errorf("past the vocabulary: %d, neighbors %d %d %d, overflow %v", s.get(past), s.get(past-1), s.get(past+1), s.get(past-2), s.overflow)
	}
	s.add(1, math.MaxUint32, vocab)
	if !s.overflow || s.get(0) != want[0] || s.get(2) != want[2] {
		t.Errorf("overflow %v past 2^32 - 1; neighbors %d %d, want %d %d", s.overflow, s.get(0), s.get(2), want[0], want[2])
	}
}

func TestSparseCountsFrozen(t *testing.T) {
	// A small table against a map, frozen (sorted entries), then added to again.
	r := rand.New(rand.NewPCG(5, 5))
	var s sparseCounts
	want := map[int32]int64{}
	const vocab = 100000
	check := func(stage string) {
		t.Helper()
		if s.len() != len(want) {
			t.Errorf("%s: %d ids, want %d", stage, s.len(), len(want))
		}
		got := map[int32]int64{}
		s.each(func(id int32, v int64) { got[id] = v })
		for id, v := range want {
			if got[id] != v || s.get(id) != v {
				t.Fatalf("%s: id %d: %d (get %d), want %d", stage, id, got[id], s.get(id), v)
			}
		}
		for _, id := range []int32{0, 7, vocab - 1, vocab + 10} {
			if _, ok := want[id]; !ok && s.get(id) != 0 {
				t.Fatalf("%s: id %d absent, get %d", stage, id, s.get(id))
			}
		}
	}
	add := func(n int) {
		for range n {
			id := int32(1 + r.IntN(vocab-1))
			v := int64(1 + r.IntN(3))
			s.add(id, v, vocab)
			want[id] += v
		}
	}
	add(30)
	check("table")
	s.freeze()
	if !s.frozen || len(s.slots) != len(want) {
		t.Fatalf("frozen %v with %d slots, want %d", s.frozen, len(s.slots), len(want))
	}
	check("frozen")
	add(40)
	check("thawed")

	// A first document's row makes the frozen table at once; a second adds to it.
	var r2 sparseCounts
	r2.addRow([]int32{9, 2, 5}, []int64{1, 4, 2}, vocab)
	if !r2.frozen || r2.len() != 3 || r2.get(2) != 4 || r2.get(5) != 2 || r2.get(9) != 1 || r2.get(3) != 0 {
		t.Fatalf("after one row: frozen %v, %d ids, counts %d %d %d", r2.frozen, r2.len(), r2.get(2), r2.get(5), r2.get(9))
	}
	r2.addRow([]int32{5, 7}, []int64{3, 1}, vocab)
	if r2.len() != 4 || r2.get(5) != 5 || r2.get(7) != 1 || r2.get(2) != 4 {
		t.Fatalf("after two rows: %d ids, counts %d %d %d", r2.len(), r2.get(5), r2.get(7), r2.get(2))
	}
}

func TestCountEventsSideBy(t *testing.T) {
	// Outlets as sides, named as the documents come, in any input order.
	docs := generatedCorpus(90, 3, 200<<10, 41)
	outlets := []string{"Zeta Wire", "Alpha Wire", "Mid Wire"}
	for i := range docs {
		if docs[i].Kind == "wire" {
			docs[i].Outlet = outlets[i%3]
		}
	}
	byOutlet := func(d corpus.Document) string {
		if d.Kind == "wire" {
			return d.Outlet
		}
		return ""
	}
	var first []byte
	for round := range 2 {
		shuffled := slices.Clone(docs)
		if round == 1 {
			slices.Reverse(shuffled)
		}
		seq := func(yield func(corpus.Document, error) bool) {
			for _, d := range shuffled {
				if !yield(d, nil) {
					return
				}
			}
		}
		ec, err := CountEvents(&Analyzer{}, seq, []corpus.Side{corpus.KindSide("state")}, &CountOptions{SideBy: byOutlet})
		if err != nil {
			t.Fatal(err)
		}
		if got := ec.Sides(); !slices.Equal(got, []string{"state", "Alpha Wire", "Mid Wire", "Zeta Wire"}) {
			t.Fatalf("sides %v", got)
		}
		var c corpus.Corpus
		if err := c.Add(docs...); err != nil {
			t.Fatal(err)
		}
		for s, name := range ec.Sides()[1:] {
			for _, e := range ec.Events() {
				want, _ := (&Analyzer{}).Profile(c.Select(corpus.All(corpus.ByEvent(e), corpus.ByOutlet(name)))...)
				got, _ := ec.Profile(e, s+1)
				if got.Total(1) != want.Total(1) || got.Documents() != want.Documents() {
					t.Fatalf("%s %s: %d words in %d documents, want %d in %d", e, name, got.Total(1), got.Documents(), want.Total(1), want.Documents())
				}
			}
		}
		p, err := ec.Pool(1, 3, &PoolOptions{Permutations: 100})
		if err != nil {
			t.Fatal(err)
		}
		ec.Close()
		b, _ := json.Marshal(p)
		if round == 0 {
			first = b
		} else if !bytes.Equal(b, first) {
			t.Error("pooling two outlets depends on the input order")
		}
	}
}

func TestCountEventsLexicons(t *testing.T) {
	c := corpus.Sample()
	an := Analyzer{Voices: OwnVoice, Language: "english"}
	lexs := []*Lexicon{FramesLexicon(), EvaluativeLexicon()}
	var en corpus.Corpus
	if err := en.Add(c.Select(func(d corpus.Document) bool { return d.Language == "english" })...); err != nil {
		t.Fatal(err)
	}
	sides := []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}
	ec, err := CountEvents(&an, en.Docs(), sides, &CountOptions{Lexicons: lexs})
	if err != nil {
		t.Fatal(err)
	}
	for _, lex := range lexs {
		for s, side := range sides {
			for _, e := range append(ec.Events(), "") {
				docs := en.Select(side.Match)
				if e != "" {
					docs = en.Select(corpus.All(side.Match, corpus.ByEvent(e)))
				}
				want, err := an.LexiconProfile(docs, lex)
				if err != nil {
					t.Fatal(err)
				}
				got, err := ec.LexiconProfile(lex, e, s)
				if err != nil {
					t.Fatal(err)
				}
				if got.Total(1) != want.Total(1) || got.Documents() != want.Documents() || got.Dropped() != want.Dropped() || len(got.Terms()) != len(want.Terms()) {
					t.Fatalf("%s %q %s: %d words, %d documents, %d categories; want %d, %d, %d", lex.Name(), e, side.Name,
						got.Total(1), got.Documents(), len(got.Terms()), want.Total(1), want.Documents(), len(want.Terms()))
				}
				for i, tm := range got.Terms() {
					if w := want.Terms()[i]; tm.Term != w.Term || tm.Count != w.Count || tm.DocFreq != w.DocFreq {
						t.Fatalf("%s %q %s: %+v, want %+v", lex.Name(), e, side.Name, tm, w)
					}
				}
			}
		}
	}
	if _, err := ec.LexiconProfile(&Lexicon{name: "other"}, "", 0); err == nil {
		t.Error("a lexicon that was not counted gave a profile")
	}
}

// TestCountEventsLexiconsLongDocument checks that the lexicons of a document longer than the
// voice segmenter's window, counted a window at a time by CountEvents (so that its tokens
// are never all held at once), match the whole-document count of Analyzer.LexiconProfile.
func TestCountEventsLexiconsLongDocument(t *testing.T) {
	var parts []string
	for _, d := range corpus.Sample().Select(func(d corpus.Document) bool { return d.Language == "english" }) {
		parts = append(parts, d.Text)
	}
	unit := strings.Join(parts, "\n\n") + "\n\n"
	doc := corpus.Document{ID: "long", Event: "e", Outlet: "o", Kind: "state", Language: "english",
		Text: strings.Repeat(unit, maxWindow/len(unit)+2)}
	if len(doc.Text) <= maxWindow || len(doc.Text) > MaxTokenDocument {
		t.Fatalf("the document has %d bytes: want more than one window", len(doc.Text))
	}
	an := Analyzer{Voices: OwnVoice, Language: "english"}
	lexs := []*Lexicon{FramesLexicon(), EvaluativeLexicon()}
	docs := func(yield func(corpus.Document, error) bool) { yield(doc, nil) }
	ec, err := CountEvents(&an, docs, []corpus.Side{corpus.KindSide("state")}, &CountOptions{Lexicons: lexs})
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	for _, lex := range lexs {
		want, err := an.LexiconProfile([]corpus.Document{doc}, lex)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ec.LexiconProfile(lex, "e", 0)
		if err != nil {
			t.Fatal(err)
		}
		same := len(got.Terms()) == len(want.Terms())
		for i := 0; same && i < len(got.Terms()); i++ {
			g, w := got.Terms()[i], want.Terms()[i]
			same = g.Term == w.Term && g.Count == w.Count && g.DocFreq == w.DocFreq
		}
		if got.Total(1) != want.Total(1) || got.Dropped() != want.Dropped() || !same {
			t.Errorf("%s: %d words, %+v dropped, %d categories; want %d, %+v, %d", lex.Name(), got.Total(1), got.Dropped(),
				len(got.Terms()), want.Total(1), want.Dropped(), len(want.Terms()))
		}
	}
}
