package framing

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// shardedPool counts each document on its own, as distributed workers would, merges the
// profiles per (event, side) in shards of three (as a combiner's partial merges do, after
// a round trip through JSON), and pools them with PoolProfiles.
func shardedPool(t *testing.T, an *Analyzer, docs []corpus.Document, a, b corpus.Side, opts *PoolOptions) *Pooled {
	t.Helper()
	type key struct {
		event string
		lean  Lean
	}
	shards := map[key][][]*Profile{}
	in := &PoolInput{SideA: a.Name, SideB: b.Name, Overlap: map[string]int{}}
	for i, d := range docs {
		inA, inB := a.Match(d), b.Match(d)
		if inA && inB {
			in.Overlap[d.Event]++
		}
		for _, side := range []struct {
			in   bool
			lean Lean
		}{{inA, LeanA}, {inB, LeanB}} {
			if !side.in {
				continue
			}
			p, err := an.Profile(d)
			if err != nil {
				t.Fatal(err)
			}
			in.Docs = append(in.Docs, NewDocCounts(d, side.lean, p))
			k := key{d.Event, side.lean}
			s := shards[k]
			if len(s) == 0 || i%3 == 0 {
				s = append(s, nil)
			}
			s[len(s)-1] = append(s[len(s)-1], p)
			shards[k] = s
		}
	}
	for k, ss := range shards {
		var partial []*Profile
		for _, s := range ss {
			m, err := Merge(s...)
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			var back Profile
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			partial = append(partial, &back)
		}
		whole, err := Merge(partial...)
		if err != nil {
			t.Fatal(err)
		}
		in.Parts = append(in.Parts, EventSide{Event: k.event, Lean: k.lean, Profile: whole})
	}
	p, err := PoolProfiles(an, in, opts)
	if err != nil {
		t.Fatal(err)
	}
	if opts.Permutations >= 0 {
		// The same documents one at a time, in order, through one reused DocCounts.
		docs := slices.Clone(in.Docs)
		slices.SortFunc(docs, func(x, y DocCounts) int {
			return cmp.Or(strings.Compare(x.Event, y.Event), strings.Compare(x.ID, y.ID), int(x.Lean-y.Lean))
		})
		seq := func(docs []DocCounts) iter.Seq[DocCounts] {
			return func(yield func(DocCounts) bool) {
				var d DocCounts
				for _, x := range docs {
					d.Event, d.ID, d.Lean, d.Total = x.Event, x.ID, x.Lean, x.Total
					d.Terms = append(d.Terms[:0], x.Terms...)
					if !yield(d) {
						return
					}
				}
			}
		}
		streamed := *in
		streamed.Docs, streamed.DocSeq = nil, seq(docs)
		q, err := PoolProfiles(an, &streamed, opts)
		if err != nil {
			t.Fatal(err)
		}
		pj, _ := json.Marshal(p)
		qj, _ := json.Marshal(q)
		if string(pj) != string(qj) {
			t.Errorf("PoolProfiles with DocSeq differs from PoolProfiles with Docs")
		}
		slices.Reverse(docs)
		streamed.DocSeq = seq(docs)
		if _, err := PoolProfiles(an, &streamed, opts); !errors.Is(err, ErrOption) {
			t.Errorf("documents out of order: %v", err)
		}
		streamed.DocSeq = seq(append(docs[:1:1], docs...))
		if _, err := PoolProfiles(an, &streamed, opts); !errors.Is(err, ErrOption) || !strings.Contains(err.Error(), "twice") {
			t.Errorf("a document given twice: %v", err)
		}
		// Counts that do not add up to the profiles: none, half the documents, a count
		// changed, a negative one.
		slices.Reverse(docs)
		bad := map[string][]DocCounts{"none": nil, "half": docs[:len(docs)/2]}
		changed := slices.Clone(docs)
		changed[0].Total++
		bad["total changed"] = changed
		negative := slices.Clone(docs)
		negative[1].Terms = slices.Clone(negative[1].Terms)
		negative[1].Terms[0].Count = -negative[1].Terms[0].Count
		bad["negative count"] = negative
		for name, ds := range bad {
			streamed.Docs, streamed.DocSeq = ds, nil
			if _, err := PoolProfiles(an, &streamed, opts); !errors.Is(err, ErrCounts) {
				t.Errorf("documents' counts %s: %v, want ErrCounts", name, err)
			}
		}
	}
	return p
}

func TestPoolProfilesIsPoolEvents(t *testing.T) {
	sample, _ := englishSample(t)
	var generated []corpus.Document
	words := strings.Fields("troops border talks sanctions provocation ministry officials said claimed peace drills island navy statement separatist external forces aid flood villagers dam warning rescue crisis")
	state := uint64(7)
	next := func(n int) int {
		state = state*6364136223846793005 + 1442695040888963407
		return int(state>>33) % n
	}
	for e := 0; e < 12; e++ {
		for d := 0; d < 6; d++ {
			var sb strings.Builder
			for w := 0; w < 40+next(40); w++ {
				sb.WriteString(words[min(next(len(words)), next(len(words)))] + " ")
				if next(9) == 0 {
					sb.WriteString("the West said. ")
				}
			}
			kind := []string{"state", "wire", "wire"}[d%3]
			generated = append(generated, corpus.Document{ID: fmt.Sprintf("g%02d-%d", e, d), Event: fmt.Sprintf("event-%02d", e),
				Outlet: fmt.Sprint(kind, d), Kind: kind, Language: "english", Text: sb.String()})
		}
	}
	for name, docs := range map[string][]corpus.Document{"sample": sample.Documents(), "generated": generated} {
		for _, opts := range []PoolOptions{{Permutations: 300, MinEvents: 2}, {Permutations: -1, Rank: RankRandom}} {
			an := Analyzer{Voices: OwnVoice, Protected: []string{"the West"}}
			var c corpus.Corpus
			if err := c.Add(docs...); err != nil {
				t.Fatal(err)
			}
			a, b := corpus.KindSide("state"), corpus.KindSide("wire")
			want, err := PoolEvents(&an, c.Docs(), a, b, &opts)
			if err != nil {
				t.Fatal(err)
			}
			got := shardedPool(t, &an, docs, a, b, &opts)
			wj, _ := json.Marshal(want)
			gj, _ := json.Marshal(got)
			if string(wj) != string(gj) {
				i := 0
				for i < len(wj) && i < len(gj) && wj[i] == gj[i] {
					i++
				}
				t.Errorf("%s %+v: PoolProfiles differs from PoolEvents at byte %d:\n%s\n%s", name, opts,
					i, wj[max(0, i-150):min(len(wj), i+100)], gj[max(0, i-150):min(len(gj), i+100)])
			}
		}
	}
}

func TestAddCountsIsNewDocCounts(t *testing.T) {
	sample, _ := englishSample(t)
	docs := slices.Clone(sample.Documents())
	docs = append(docs, corpus.Document{ID: "empty", Event: "e", Language: "english"},
		corpus.Document{ID: "stop", Event: "e", Language: "english", Text: "the of and, to."},
		corpus.Document{ID: "phrase", Event: "e", Language: "english", Text: "The West said the West's ‘so-called’ talks failed; the west."})
	for name, an := range map[string]Analyzer{
		"default":   {},
		"own voice": {Voices: OwnVoice},
		"protected": {Voices: OwnVoice, Protected: []string{"the West"}}, // phrases: counted from the token ids
		"kept":      {KeepStopWords: true, NoStem: true},
	} {
		t.Run(name, func(t *testing.T) {
			// One counter over every document, as a bundle's would: some documents added with
			// Add, the rest with AddCounts, whose counts must be each document's own.
			c := &Counter{Analyzer: an}
			for i, d := range docs {
				if i%3 == 1 {
					if err := c.Add(d); err != nil {
						t.Fatal(err)
					}
					continue
				}
				got, err := c.AddCounts(d, Lean(i%2))
				if err != nil {
					t.Fatal(err)
				}
				p, err := an.Profile(d)
				if err != nil {
					t.Fatal(err)
				}
				want := NewDocCounts(d, Lean(i%2), p)
				if gj, wj := fmt.Sprint(json.Marshal(got)), fmt.Sprint(json.Marshal(want)); gj != wj {
					t.Errorf("document %q: AddCounts gave\n%v\nNewDocCounts of its profile\n%v", d.ID, got, want)
				}
			}
			got, err := c.Profile()
			if err != nil {
				t.Fatal(err)
			}
			want, err := an.Profile(docs...)
			if err != nil {
				t.Fatal(err)
			}
			gj, _ := json.Marshal(got)
			wj, _ := json.Marshal(want)
			if string(gj) != string(wj) {
				t.Errorf("the counter's profile differs from the documents' profile")
			}
			// A document in another language is an error, and nothing of it is counted.
			if _, err := c.AddCounts(corpus.Document{ID: "es", Language: "spanish", Text: "la guerra"}, LeanA); !errors.Is(err, ErrMismatch) {
				t.Errorf("a Spanish document in an English counter: %v", err)
			}
			if again, _ := c.Profile(); again.Documents() != len(docs) {
				t.Errorf("after the error the counter holds %d documents, want %d", again.Documents(), len(docs))
			}
		})
	}
}
