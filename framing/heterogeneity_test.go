package framing

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/stats"
)

// TestMantelHaenszelAgainstMetafor checks the pooling that PoolEvents uses against R
// metafor's rma.mh on the reference scenarios (../stats/testdata, copied from the team's
// reference figures).
func TestMantelHaenszelAgainstMetafor(t *testing.T) {
	data, err := os.ReadFile("stats/testdata/meta-analysis.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Scenarios []struct {
			Name         string
			A, N1, B, N2 []float64
			MHB          float64 `json:"mh_b"`
			MHSE         float64 `json:"mh_se"`
		}
	}
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	for _, s := range ref.Scenarios {
		var ts []table2
		for i := range s.A {
			ts = append(ts, table2{s.A[i], s.B[i], s.N1[i], s.N2[i]})
		}
		lor, se := mantelHaenszel(ts)
		if math.Abs(lor-s.MHB) > 1e-9*math.Abs(s.MHB) || math.Abs(se-s.MHSE) > 1e-9*s.MHSE {
			t.Errorf("%s: %.15g ± %.15g, metafor %.15g ± %.15g", s.Name, lor, se, s.MHB, s.MHSE)
		}
	}
}

// heteroCorpus has one term ("protest") that leans to A in two events and to B in the
// third, and one ("visit") that leans to A in every event.
func heteroCorpus() []corpus.Document {
	var docs []corpus.Document
	add := func(event, kind string, words map[string]int) {
		var b strings.Builder
		for _, w := range []string{"protest", "visit", "harbor", "cloud"} {
			for i := 0; i < words[w]; i++ {
				b.WriteString(w + " ")
			}
		}
		docs = append(docs, corpus.Document{ID: fmt.Sprint(len(docs)), Event: event, Outlet: kind, Kind: kind, Language: "english", Text: b.String()})
	}
	for i, e := range []string{"e1", "e2", "e3"} {
		protestA, protestB := 12, 2
		if i == 2 {
			protestA, protestB = 1, 14
		}
		add(e, "state", map[string]int{"protest": protestA, "visit": 6 + i, "harbor": 30, "cloud": 20})
		add(e, "wire", map[string]int{"protest": protestB, "visit": 2, "harbor": 28, "cloud": 25 + i})
	}
	return docs
}

func TestPooledHeterogeneity(t *testing.T) {
	docs := heteroCorpus()
	var c corpus.Corpus
	if err := c.Add(docs...); err != nil {
		t.Fatal(err)
	}
	an := Analyzer{}
	for _, method := range []stats.Tau2Method{stats.REML, stats.DerSimonianLaird, stats.PauleMandel} {
		p, err := PoolEvents(&an, c.Docs(), corpus.KindSide("state"), corpus.KindSide("wire"), &PoolOptions{Permutations: -1, Tau2: method})
		if err != nil {
			t.Fatal(err)
		}
		// The expected figures by another route: each event's profiles give the tables.
		for _, term := range []string{"protest", "visit"} {
			var y, v []float64
			var tables []stats.Table
			for _, e := range []string{"e1", "e2", "e3"} {
				s, err := c.Split(e, corpus.KindSide("state"), corpus.KindSide("wire"))
				if err != nil {
					t.Fatal(err)
				}
				pa, _ := an.Profile(s.A...)
				pb, _ := an.Profile(s.B...)
				tb := stats.Table{A: int64(pa.Count(term)), N1: int64(pa.Total(1)), B: int64(pb.Count(term)), N2: int64(pb.Total(1))}
				tables = append(tables, tb)
				yi, vi, _ := stats.LogOddsRatio(tb)
				y, v = append(y, yi), append(v, vi)
			}
			want, _ := stats.RandomEffects(y, v, &stats.MetaOptions{Method: method})
			mh, _ := stats.MantelHaenszel(tables)
			var got *PooledTerm
			for i := range p.Terms {
				if p.Terms[i].Term == term {
					got = &p.Terms[i]
				}
			}
			if got == nil {
				t.Fatalf("%s not pooled", term)
			}
			if got.Random != want || got.Tarone != mh.Tarone || math.Abs(got.LogOR-mh.LogOR) > 1e-12 {
				t.Errorf("%v %s: random %+v tarone %v\nwant %+v tarone %v", method, term, got.Random, got.Tarone, want, mh.Tarone)
			}
		}
		// The inconsistent term is heterogeneous, the consistent one is not.
		for _, pt := range p.Terms {
			switch pt.Term {
			case "protest":
				if pt.Random.I2 < 75 || pt.Random.PredLow > 0 || pt.Same != 2 {
					t.Errorf("protest: I2 %.1f, prediction [%.2f, %.2f], same %d", pt.Random.I2, pt.Random.PredLow, pt.Random.PredHigh, pt.Same)
				}
			case "visit":
				if pt.Random.I2 > 1e-9 || pt.Same != 3 {
					t.Errorf("visit: I2 %.1f, same %d", pt.Random.I2, pt.Same)
				}
			}
		}
	}
	// Ranking by the random-effects z puts the consistent term first.
	p, err := PoolEvents(&an, c.Docs(), corpus.KindSide("state"), corpus.KindSide("wire"), &PoolOptions{Permutations: -1, Rank: RankRandom})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(p.Terms); i++ {
		if math.Abs(p.Terms[i].Random.Z) > math.Abs(p.Terms[i-1].Random.Z) {
			t.Fatalf("terms not in random-effects order at %d", i)
		}
	}
	if _, err := PoolEvents(&an, c.Docs(), corpus.KindSide("state"), corpus.KindSide("wire"), &PoolOptions{Rank: 9}); err == nil {
		t.Error("Rank 9 accepted")
	}
}

// BenchmarkHeterogeneity times the per-term random-effects pooling of 100 events × about
// 1,000 terms against the whole analysis (counting the documents and pooling), in the same
// process: the metric hetero/analysis is the share it adds.
//
//	go test ./framing -run XXX -bench Heterogeneity -benchtime 5x
func BenchmarkHeterogeneity(b *testing.B) {
	var docs []corpus.Document
	vocab := make([]string, 1000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%03dx", i) // not English words: no stemming merges
	}
	state := uint64(1)
	rnd := func(n int) int {
		state = state*6364136223846793005 + 1442695040888963407
		return int(state>>33) % n
	}
	for e := 0; e < 100; e++ {
		for d := 0; d < 4; d++ {
			var sb strings.Builder
			for i := 0; i < 600; i++ {
				sb.WriteString(vocab[min(rnd(1000), rnd(1000))]) // skewed frequencies
				sb.WriteByte(' ')
			}
			kind := []string{"state", "wire"}[d%2]
			docs = append(docs, corpus.Document{ID: fmt.Sprint(e, "-", d), Event: fmt.Sprint("e", e), Outlet: kind, Kind: kind, Language: "english", Text: sb.String()})
		}
	}
	var c corpus.Corpus
	if err := c.Add(docs...); err != nil {
		b.Fatal(err)
	}
	an := Analyzer{}
	sides := []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}
	opts, _ := (&PoolOptions{Permutations: -1}).resolve()
	var analysis, hetero time.Duration
	terms := 0
	for i := 0; i < b.N; i++ {
		start := time.Now()
		ec, err := CountEvents(&an, c.Docs(), sides, &CountOptions{NoRows: true})
		if err != nil {
			b.Fatal(err)
		}
		p, err := ec.Pool(0, 1, &opts)
		if err != nil {
			b.Fatal(err)
		}
		analysis += time.Since(start)
		terms = len(p.Terms)
		events := append([]*eventData(nil), ec.events...)
		out := ec.poolTerms(events, ec.slot[0], ec.slot[1], &opts)
		// The terms' tables, by another route (EventTables), for timing heterogeneity alone.
		var tables []termTable
		offsets := []int32{0}
		position := map[string]int32{}
		totals := make([][2]int64, len(events))
		for e, ev := range events {
			position[ev.name] = int32(e)
			totals[e] = [2]int64{ev.side(ec.slot[0]).total, ev.side(ec.slot[1]).total}
		}
		for _, t := range out {
			rows, err := ec.EventTables(t.Term, 0, 1)
			if err != nil {
				b.Fatal(err)
			}
			for _, r := range rows {
				tables = append(tables, termTable{event: position[r.Event], a: uint32(r.CountA), b: uint32(r.CountB)})
			}
			offsets = append(offsets, int32(len(tables)))
		}
		began := time.Now()
		ec.heterogeneity(out, tables, offsets, totals, &opts)
		hetero += time.Since(began)
		ec.Close()
	}
	b.ReportMetric(float64(terms), "terms")
	b.ReportMetric(float64(hetero)/float64(analysis), "hetero/analysis")
}

func TestEventTables(t *testing.T) {
	var c corpus.Corpus
	if err := c.Add(heteroCorpus()...); err != nil {
		t.Fatal(err)
	}
	an := Analyzer{}
	ec, err := CountEvents(&an, c.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}, &CountOptions{NoRows: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	for _, term := range []string{"protest", "Protests"} { // a term, and a word as written
		rows, err := ec.EventTables(term, 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 3 || rows[0].Event != "e1" || rows[2].Event != "e3" {
			t.Fatalf("%s: %+v", term, rows)
		}
		// e3: protest once among 1+8+30+20 words on A, 14 times among 14+2+28+27 on B.
		r := rows[2]
		if r.CountA != 1 || r.CountB != 14 || r.TotalA != 1+8+30+20 || r.TotalB != 14+2+28+27 {
			t.Errorf("e3 table %+v", r)
		}
		want := math.Log(float64(1*(r.TotalB-14)) / float64((r.TotalA-1)*14))
		if math.Abs(r.LogOR-want) > 1e-12 || !(r.Low < r.LogOR && r.LogOR < r.High) {
			t.Errorf("e3 log OR %v [%v, %v], want %v", r.LogOR, r.Low, r.High, want)
		}
	}
	if _, err := ec.EventTables("zeppelin", 0, 1); !errors.Is(err, ErrOption) {
		t.Errorf("unknown term: %v", err)
	}
}
