package framing

import (
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// The loaded-language view measured against BASIL's lexical-bias spans (the development
// half in ../shared/data/basil-dev; skipped when absent). Each article is ranked against the
// other two accounts of its event; a term is a hit if one of its counted occurrences in the
// article lies inside one of the article's `lex` spans (by token offsets). Precision@10 is
// micro-averaged over the articles (hits over terms listed, up to ten each); the base rate is
// the share of an article's distinct counted terms that are hits, micro-averaged; the lift
// is their ratio. The unranked figure lists the same candidate vocabulary without ranking.
//
//	go test ./framing -run BASILLoaded -v

// basilEval holds an article's tokens and which of its terms are hits.
type basilEval struct {
	doc   corpus.Document
	hits  map[string]bool // term -> an occurrence inside a lex span
	terms map[string]bool // every counted term
}

func basilEvals(t *testing.T, an *Analyzer) (map[string][]*basilEval, []string) {
	docs, spans := loadBASIL(t)
	lexSpans := map[string][][2]int{}
	for _, s := range spans {
		if s.Bias != "lex" {
			continue
		}
		d := docs[s.Article]
		if lo, hi, ok := d.Locate(s); ok {
			lexSpans[s.Article] = append(lexSpans[s.Article], [2]int{lo, hi})
		}
	}
	byEvent := map[string][]*basilEval{}
	for id, d := range docs {
		doc := corpus.Document{ID: id, Event: d.Triplet, Outlet: d.Source, Language: "english", Text: d.Text}
		toks, err := an.Tokens(d.Text)
		if err != nil {
			t.Fatal(err)
		}
		e := &basilEval{doc: doc, hits: map[string]bool{}, terms: map[string]bool{}}
		for _, tk := range toks {
			if !tk.Counted() {
				continue
			}
			e.terms[tk.Term] = true
			for _, sp := range lexSpans[id] {
				if tk.Start < sp[1] && sp[0] < tk.End {
					e.hits[tk.Term] = true
				}
			}
		}
		byEvent[d.Triplet] = append(byEvent[d.Triplet], e)
	}
	var events []string
	for ev, es := range byEvent {
		sort.Slice(es, func(i, j int) bool { return es[i].doc.ID < es[j].doc.ID })
		events = append(events, ev)
	}
	sort.Strings(events)
	return byEvent, events
}

// rankFunc ranks the terms of article x against the other accounts of its event; unranked
// is the candidate vocabulary it ranks from.
type rankFunc func(x corpus.Document, others []corpus.Document) (ranked, unranked []string)

type loadedResult struct {
	name                      string
	hits, listed              int // top-10 hits and terms listed
	uHits, uListed            int // the candidates, unranked
	baseHits, baseTerms       int
	lift, unrankedLift, ratio float64
}

func evalLoaded(t *testing.T, name string, byEvent map[string][]*basilEval, events []string, rank rankFunc) loadedResult {
	r := loadedResult{name: name}
	perEvent := os.Getenv("FRAMEDIFF_PER_EVENT") != ""
	for _, ev := range events {
		es := byEvent[ev]
		h0, l0 := r.hits, r.listed
		for i, e := range es {
			var others []corpus.Document
			for j, o := range es {
				if j != i {
					others = append(others, o.doc)
				}
			}
			ranked, unranked := rank(e.doc, others)
			for k, term := range ranked {
				if k == 10 {
					break
				}
				r.listed++
				if e.hits[term] {
					r.hits++
				}
			}
			for _, term := range unranked {
				r.uListed++
				if e.hits[term] {
					r.uHits++
				}
			}
			r.baseTerms += len(e.terms)
			r.baseHits += len(e.hits)
		}
		if perEvent {
			t.Logf("  %-34s event %.8s: %d of %d", name, ev, r.hits-h0, r.listed-l0)
		}
	}
	base := float64(r.baseHits) / float64(r.baseTerms)
	if r.listed > 0 {
		r.lift = float64(r.hits) / float64(r.listed) / base
	}
	if r.uListed > 0 {
		r.unrankedLift = float64(r.uHits) / float64(r.uListed) / base
	}
	if r.unrankedLift > 0 {
		r.ratio = r.lift / r.unrankedLift
	}
	t.Logf("%-34s P@10 %3d/%-4d lift %5.2f | unranked %4d/%-5d lift %5.2f | ratio %.2f (base %.4f)",
		name, r.hits, r.listed, r.lift, r.uHits, r.uListed, r.unrankedLift, r.ratio, base)
	return r
}

// lexiconWords returns the distinct terms of x (counted, in an's voices) whose surface or
// stem the lexicon matches, in text order.
func lexiconWords(an *Analyzer, lex *Lexicon, x corpus.Document) []string {
	var out []string
	seen := map[string]bool{}
	_ = an.matchLexicon(lex, []corpus.Document{x}, func(di int, d *corpus.Document, cat, start, end int, voice Voice) {
		toks, _ := an.Tokens(d.Text[start:end])
		for _, tk := range toks {
			if tk.Counted() && !seen[tk.Term] {
				seen[tk.Term] = true
				out = append(out, tk.Term)
			}
		}
	}, nil)
	return out
}

func TestBASILLoaded(t *testing.T) {
	an := &Analyzer{Voices: OwnVoice}
	byEvent, events := basilEvals(t, an)
	lex := EvaluativeLexicon()
	eventKeyness := func(x corpus.Document, others []corpus.Document) []KeyTerm {
		pa, err := an.Profile(x)
		if err != nil {
			t.Fatal(err)
		}
		pb, err := an.Profile(others...)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := Keyness(pa, pb, nil)
		if err != nil {
			t.Fatal(err)
		}
		return TopKeyTerms(rows, 0, LeanA)
	}
	unranked := func(x corpus.Document) []string { return lexiconWords(an, lex, x) }
	evalLoaded(t, "event keyness, all terms", byEvent, events, func(x corpus.Document, others []corpus.Document) ([]string, []string) {
		var ranked []string
		for _, r := range eventKeyness(x, others) {
			ranked = append(ranked, r.Term)
		}
		return ranked, nil
	})
	evalLoaded(t, "event keyness, lexicon words", byEvent, events, func(x corpus.Document, others []corpus.Document) ([]string, []string) {
		var ranked []string
		for _, r := range lex.FilterKeyTerms(eventKeyness(x, others)) {
			ranked = append(ranked, r.Term)
		}
		return ranked, unranked(x)
	})
	// LoadedTerms against the rest of the corpus (the default background).
	var allDocs []corpus.Document
	for _, ev := range events {
		for _, e := range byEvent[ev] {
			allDocs = append(allDocs, e.doc)
		}
	}
	// The rest of the corpus for each article: the whole corpus's counts less the article's.
	whole, err := an.Profile(allDocs...)
	if err != nil {
		t.Fatal(err)
	}
	rest := map[string]*Profile{}
	for _, x := range allDocs {
		px, err := an.Profile(x)
		if err != nil {
			t.Fatal(err)
		}
		spec := ProfileSpec{Analyzer: whole.Analyzer(), Documents: whole.Documents() - 1, Totals: []int{whole.Total(1) - px.Total(1)}}
		for _, ts := range whole.Terms() {
			if c := ts.Count - px.Count(ts.Term); c > 0 {
				ts.Count = c
				if px.Count(ts.Term) > 0 {
					ts.DocFreq--
				}
				ts.Forms = []Form{{Text: ts.Word(), Count: c}}
				spec.Terms = append(spec.Terms, ts)
			}
		}
		if rest[x.ID], err = NewProfile(spec); err != nil {
			t.Fatal(err)
		}
	}
	loaded := func(bg func(x corpus.Document) *Profile, minZ float64) rankFunc {
		return func(x corpus.Document, others []corpus.Document) ([]string, []string) {
			lts, err := an.LoadedTerms([]corpus.Document{x}, bg(x), &LoadedOptions{MinZ: minZ, Others: others, Top: 10})
			if err != nil {
				t.Fatal(err)
			}
			var ranked []string
			for _, l := range lts {
				ranked = append(ranked, l.Term)
			}
			return ranked, unranked(x)
		}
	}
	var def loadedResult
	for _, z := range []float64{-1, 1.96, 2.58, 0} {
		name := fmt.Sprintf("LoadedTerms, corpus background, z>%g", z)
		if z == 0 {
			name = "LoadedTerms, corpus background, default"
		}
		r := evalLoaded(t, name, byEvent, events, loaded(func(x corpus.Document) *Profile { return rest[x.ID] }, z))
		if z == 0 {
			def = r
		}
	}
	if bbc := os.Getenv("FRAMEDIFF_BBC"); bbc != "" {
		bc, err := corpus.LoadFile(bbc, &corpus.LoadOptions{Defaults: corpus.Document{Event: "bbc"}})
		if err != nil {
			t.Fatal(err)
		}
		bg, err := an.Profile(bc.Documents()...)
		if err != nil {
			t.Fatal(err)
		}
		for _, z := range []float64{1.96, 0} {
			evalLoaded(t, fmt.Sprintf("LoadedTerms, BBC background, z>%g", z), byEvent, events, loaded(func(corpus.Document) *Profile { return bg }, z))
		}
	}
	// The targets, as floors: lift 8 or more, and 1.5 times the unranked lexicon.
	if def.lift < 8 || def.ratio < 1.5 {
		t.Errorf("default loaded-terms view: lift %.2f, ratio to unranked %.2f", def.lift, def.ratio)
	}
	if os.Getenv("FRAMEDIFF_LOADED_EXAMPLES") != "" {
		for _, ev := range events {
			for _, e := range byEvent[ev] {
				var others []corpus.Document
				for _, o := range byEvent[ev] {
					if o != e {
						others = append(others, o.doc)
					}
				}
				lts, _ := an.LoadedTerms([]corpus.Document{e.doc}, rest[e.doc.ID], &LoadedOptions{Others: others, Top: 10})
				for _, l := range lts {
					fmt.Printf("%s %s z=%.2f hit=%v\n", e.doc.ID, l.Word, l.Z, e.hits[l.Term])
					for _, ev := range l.Evidence {
						fmt.Printf("   A: %s\n   B: %s (%.2f)\n", ev.Sentence.Match, ev.Other.Match, ev.Similarity)
					}
				}
			}
		}
	}
}
