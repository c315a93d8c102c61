package framing

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/internal/devdata"
)

// The loaded-language view measured against BASIL's lexical-bias spans (the development
// set in ../shared/data/basil-dev; skipped when absent). Each article is ranked against the
// rest of the set (its background) and the other two accounts of its event; a term is a hit
// if one of its counted occurrences in the article lies inside one of the article's `lex`
// spans (by token offsets). Lift@10, the figure of issue 19, is defined as it was in
// version 1 of this test:
//
//	P@10 = Σ hits among each article's first 10 listed terms / Σ terms listed (up to 10 each)
//	base = Σ hit terms of each article / Σ distinct counted terms of each article
//	lift@10 = P@10 / base
//
// micro-averaged over the articles of the part measured, with counted terms, hits and the
// base in the analyzer's voices. The unranked figure lists the lexicon's words in each
// article (lexiconWords: EvaluativeLexicon, every category) without ranking, and the ratio
// is the lift over the unranked lift. Every figure is reported on the tune half of the
// events (devdata.Half of the triplet's name: every rule, threshold and word of the view
// was chosen there), the held half, and the whole, each with a 95% percentile bootstrap
// interval over the articles (bootstrapLifts: 2,000 replicates, seeded with
// basilBootstrapSeed).
//
//	go test ./framing -run BASILLoaded -v
//	FRAMEDIFF_LOADED_ABLATIONS=1 go test ./framing -run BASILLoaded -v   # each rule's part
//	FRAMEDIFF_LOADED_SPLITS=1 go test ./framing -run BASILLoaded -v      # random halves (logSplits)

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

// articleCounts are one article's counts for one view: its top-10 hits and terms listed,
// the unranked candidates' hits and terms, its hit terms among its counted terms, and
// whether the view lists nothing for it (empty: 1 or 0; summed, the articles that list
// nothing).
type articleCounts struct {
	hits, listed, uHits, uListed, baseHits, baseTerms, empty int
}

func (c *articleCounts) add(d articleCounts) {
	c.hits += d.hits
	c.listed += d.listed
	c.uHits += d.uHits
	c.uListed += d.uListed
	c.baseHits += d.baseHits
	c.baseTerms += d.baseTerms
	c.empty += d.empty
}

// lifts returns lift@10, the unranked lift and their ratio (0 where undefined).
func (c *articleCounts) lifts() (lift, unranked, ratio float64) {
	if c.baseHits == 0 {
		return 0, 0, 0
	}
	base := float64(c.baseHits) / float64(c.baseTerms)
	if c.listed > 0 {
		lift = float64(c.hits) / float64(c.listed) / base
	}
	if c.uListed > 0 {
		unranked = float64(c.uHits) / float64(c.uListed) / base
	}
	if unranked > 0 {
		ratio = lift / unranked
	}
	return lift, unranked, ratio
}

// basilBootstrapSeed seeds the bootstrap of every interval the BASIL measurements report:
// replicate r draws from rand.NewPCG(basilBootstrapSeed, r).
const basilBootstrapSeed = 20260619

// basilReplicates is the number of bootstrap replicates.
const basilReplicates = 2000

// interval is a 95% percentile bootstrap interval.
type interval struct{ lo, hi float64 }

func (iv interval) String() string { return fmt.Sprintf("[%5.2f, %5.2f]", iv.lo, iv.hi) }

// bootstrapLifts resamples the articles with replacement (basilReplicates times, seeded
// with basilBootstrapSeed) and returns the 95% percentile intervals of lift@10, of the
// unranked lift and of their ratio. Replicates where a figure is undefined (no term
// listed) are left out of that figure's interval.
func bootstrapLifts(arts []articleCounts) (lift, unranked, ratio interval) {
	var ls, us, rs []float64
	for r := range basilReplicates {
		rng := rand.New(rand.NewPCG(basilBootstrapSeed, uint64(r)))
		var c articleCounts
		for range arts {
			c.add(arts[rng.IntN(len(arts))])
		}
		l, u, q := c.lifts()
		if c.listed > 0 {
			ls = append(ls, l)
		}
		if c.uListed > 0 {
			us = append(us, u)
		}
		if c.listed > 0 && u > 0 {
			rs = append(rs, q)
		}
	}
	pct := func(xs []float64) interval {
		if len(xs) == 0 {
			return interval{}
		}
		slices.Sort(xs)
		at := func(p float64) float64 { return xs[min(len(xs)-1, int(p*float64(len(xs))))] }
		return interval{at(0.025), at(0.975)}
	}
	return pct(ls), pct(us), pct(rs)
}

// loadedResult is one view's figures on one part of the set.
type loadedResult struct {
	part     string // "tune", "held" or "all"
	articles int
	articleCounts
	lift, unrankedLift, ratio   float64
	liftCI, unrankedCI, ratioCI interval
}

// basilParts are the parts every figure is reported on: the tune half (events whose
// devdata.Half is "tune": every rule, threshold and word of the loaded view was chosen
// there), the held half, and the whole set.
var basilParts = []string{"tune", "held", "all"}

// evalLoaded measures a view on each part of the set (basilParts), logging one line per
// part (with the articles for which the view lists nothing), and returns the figures by
// part.
func evalLoaded(t *testing.T, name string, byEvent map[string][]*basilEval, events []string, rank rankFunc) map[string]loadedResult {
	perEvent := os.Getenv("FRAMEDIFF_PER_EVENT") != ""
	arts := map[string][]articleCounts{}
	var events2 []articleCounts // each event's counts, in the order of events
	for _, ev := range events {
		es := byEvent[ev]
		var evc articleCounts
		for i, e := range es {
			var others []corpus.Document
			for j, o := range es {
				if j != i {
					others = append(others, o.doc)
				}
			}
			ranked, unranked := rank(e.doc, others)
			var c articleCounts
			for k, term := range ranked {
				if k == 10 {
					break
				}
				c.listed++
				if e.hits[term] {
					c.hits++
				}
			}
			for _, term := range unranked {
				c.uListed++
				if e.hits[term] {
					c.uHits++
				}
			}
			if c.listed == 0 {
				c.empty = 1
			}
			c.baseTerms = len(e.terms)
			c.baseHits = len(e.hits)
			evc.add(c)
			half := devdata.Half(ev)
			arts[half] = append(arts[half], c)
			arts["all"] = append(arts["all"], c)
		}
		if perEvent {
			t.Logf("  %-34s event %.8s (%s): %d of %d", name, ev, devdata.Half(ev), evc.hits, evc.listed)
		}
		events2 = append(events2, evc)
	}
	if os.Getenv("FRAMEDIFF_LOADED_SPLITS") != "" {
		logSplits(t, name, events2)
	}
	out := map[string]loadedResult{}
	for _, part := range basilParts {
		if part != "tune" && os.Getenv("FRAMEDIFF_TUNE_ONLY") != "" {
			continue // while choosing rules
		}
		r := loadedResult{part: part, articles: len(arts[part])}
		for _, c := range arts[part] {
			r.add(c)
		}
		r.lift, r.unrankedLift, r.ratio = r.lifts()
		r.liftCI, r.unrankedCI, r.ratioCI = bootstrapLifts(arts[part])
		t.Logf("%-38s %-4s P@10 %3d/%-4d lift %5.2f %s | unranked %3d/%-4d lift %5.2f %s | ratio %.2f %s | %d of %d articles list none",
			name, part, r.hits, r.listed, r.lift, r.liftCI, r.uHits, r.uListed, r.unrankedLift, r.unrankedCI, r.ratio, r.ratioCI, r.empty, r.articles)
		out[part] = r
	}
	return out
}

// logSplits logs how a view's ratio to the unranked lexicon words varies with the split of
// the events into halves: over basilReplicates random splits of the events into two halves
// of equal size (the first of an odd one out goes to the second; split r drawn from
// rand.NewPCG(basilBootstrapSeed+1, r)), the median and 90th percentile of the difference
// between the halves' ratios, and the share of splits in which both halves reach the
// issue's target (ratio ≥ 1.5 with ≥ 20 hits). Events, not articles, are what the halves
// draw, as the three accounts of an event share a story.
func logSplits(t *testing.T, name string, events []articleCounts) {
	sum := func(idx []int) articleCounts {
		var c articleCounts
		for _, i := range idx {
			c.add(events[i])
		}
		return c
	}
	var diffs []float64
	both := 0
	for r := range basilReplicates {
		rng := rand.New(rand.NewPCG(basilBootstrapSeed+1, uint64(r)))
		idx := rng.Perm(len(events))
		a, b := sum(idx[:len(idx)/2]), sum(idx[len(idx)/2:])
		_, _, ra := a.lifts()
		_, _, rb := b.lifts()
		diffs = append(diffs, math.Abs(ra-rb))
		if ra >= 1.5 && rb >= 1.5 && a.hits >= 20 && b.hits >= 20 {
			both++
		}
	}
	slices.Sort(diffs)
	t.Logf("%-38s random event halves: |ratio difference| median %.2f, 90th percentile %.2f; both halves at ratio ≥ 1.5 with ≥ 20 hits in %d of %d",
		name, diffs[len(diffs)/2], diffs[len(diffs)*9/10], both, len(diffs))
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

// restProfiles returns, for each article, the profile of the rest of the set: the whole
// set's counts less the article's (the default background of the loaded view).
func restProfiles(t *testing.T, an *Analyzer, byEvent map[string][]*basilEval, events []string) map[string]*Profile {
	var allDocs []corpus.Document
	for _, ev := range events {
		for _, e := range byEvent[ev] {
			allDocs = append(allDocs, e.doc)
		}
	}
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
	return rest
}

// loadedTermsOf returns the terms of a loaded list as the measurement lists them: one item
// per LoadedTerm, named by its first term if one of its terms is a hit (a phrase of several
// terms is one item).
func loadedTermsOf(lts []LoadedTerm, hits map[string]bool) []string {
	var out []string
	for _, l := range lts {
		terms := strings.Fields(l.Term)
		name := terms[0]
		for _, term := range terms {
			if hits[term] {
				name = term
			}
		}
		out = append(out, name)
	}
	return out
}

// TestBASILLoaded measures the loaded-language view (LoadedTerms, default options) on
// BASIL's development set, in the outlet's own voice and in every voice, on the tune half,
// the held half and the whole (see evalLoaded for lift@10 and its interval). Every rule and
// threshold of the view was chosen on the tune half; the lexicon's words (version 4) by a
// rule, in a first pass without reading either half (its header says what was read later). With FRAMEDIFF_LOADED_ABLATIONS set, it measures each rule's part too (one rule
// left out at a time), rules tried and not adopted (z ≥ 1.96, an aligned sentence, reported
// speech left out, the pejorative category left out; ContrastLabels with a weaker
// alignment or with attributed sentences kept, or filled to 1, 2 or 3 words with the labels
// it leaves out; the list cut to its first 3 words by z)
// and the view of version 1 (the evaluative lexicon, ranked by z ≥ 3.29 alone).
//
// The floors are the measured figures, rounded down (ratios to 0.05). The targets
// (own voice: lift@10 ≥ 1.5 times the unranked lexicon words with ≥ 20 hits; lift ≥ 12 in
// every voice; on both halves) are met on the tune half; on the held half the every-voice
// lift and the hits are met and the own-voice ratio is not (1.29, with 21 hits): see the
// README. The view with LoadedOptions.ContrastLabels (labels need another account's
// sentence that reports the same thing without them; chosen on the tune half) meets the
// ratio on the held half and not the hits (own voice: 1.58 [1.12, 2.15], 18 hits; every
// voice: lift 17.8).
func TestBASILLoaded(t *testing.T) {
	evaluative := EvaluativeLexicon()
	loadedLex := LoadedLexicon()
	narrative, err := ParseVoices("narrative+title")
	if err != nil {
		t.Fatal(err)
	}
	ablations := os.Getenv("FRAMEDIFF_LOADED_ABLATIONS") != ""
	type setting struct {
		name   string
		voices Voices
	}
	results := map[string]map[string]loadedResult{}
	for _, vs := range []setting{{"own voice", OwnVoice}, {"every voice", AllVoices}} {
		an := &Analyzer{Voices: vs.voices}
		byEvent, events := basilEvals(t, an)
		rest := restProfiles(t, an, byEvent, events)
		hitsOf := map[string]map[string]bool{}
		for _, ev := range events {
			for _, e := range byEvent[ev] {
				hitsOf[e.doc.ID] = e.hits
			}
		}
		// view measures LoadedTerms with opts, made by va against the backgrounds rest
		// (an and its backgrounds when nil), beside the unranked words of unrankedLex in an's
		// voices; the base rate is always an's.
		// aligned, when set, keeps only the words one of whose uses is in a sentence another
		// account reports too (Aligned > 0).
		aligned := false
		// fill, when above 0, fills a list shorter than fill words with the words of
		// LoadedTerms (default options) it lacks, by z, up to fill words.
		fill := 0
		// Views with the same options and analyzer list the same words (LoadedTerms is
		// deterministic), and the unranked words depend on the lexicon only: each is
		// computed once per article (the race detector makes this test the package's
		// slowest).
		listed := map[string][]LoadedTerm{}
		unranked := map[string][]string{}
		view := func(name string, opts LoadedOptions, unrankedLex *Lexicon, va *Analyzer, vrest map[string]*Profile) {
			if va == nil {
				va, vrest = an, rest
			}
			name = vs.name + ": " + name
			results[name] = evalLoaded(t, name, byEvent, events, func(x corpus.Document, others []corpus.Document) ([]string, []string) {
				terms := func(opts LoadedOptions) []LoadedTerm {
					key := fmt.Sprintf("%p %+v %s", va, opts, x.ID)
					lts, ok := listed[key]
					if !ok {
						o := opts
						o.Others = others
						if o.Top == 0 || o.Top > 10 {
							o.Top = 10 // lift@10; a view may ask for fewer
						}
						var err error
						if lts, err = va.LoadedTerms([]corpus.Document{x}, vrest[x.ID], &o); err != nil {
							t.Fatal(err)
						}
						listed[key] = lts
					}
					return lts
				}
				lts := terms(opts)
				if aligned {
					lts = slices.DeleteFunc(slices.Clone(lts), func(l LoadedTerm) bool { return l.Aligned == 0 })
				}
				if len(lts) < fill {
					lts = slices.Clone(lts)
					for _, l := range terms(LoadedOptions{}) {
						if len(lts) == fill {
							break
						}
						if !slices.ContainsFunc(lts, func(m LoadedTerm) bool { return m.Term == l.Term }) {
							lts = append(lts, l)
						}
					}
				}
				ukey := fmt.Sprintf("%p %s", unrankedLex, x.ID)
				u, ok := unranked[ukey]
				if !ok {
					u = lexiconWords(an, unrankedLex, x)
					unranked[ukey] = u
				}
				return loadedTermsOf(lts, hitsOf[x.ID]), u
			})
		}
		view("LoadedTerms", LoadedOptions{}, evaluative, nil, nil)
		view("LoadedTerms vs its lexicon unranked", LoadedOptions{}, loadedLex, nil, nil)
		view("ContrastLabels", LoadedOptions{ContrastLabels: true}, evaluative, nil, nil)
		if !ablations {
			continue
		}
		view("version 1 (evaluative, z ≥ 3.29)", LoadedOptions{Lexicon: evaluative, MinZ: 3.29, MaxShare: 1, MaxShared: -1, KeepNames: true, KeepNeutral: true}, evaluative, nil, nil)
		view("no rules (All)", LoadedOptions{All: true}, evaluative, nil, nil)
		view("z ≥ 1.96 asked for", LoadedOptions{MinZ: 1.96}, evaluative, nil, nil)
		view("no Shared rule", LoadedOptions{MaxShared: -1}, evaluative, nil, nil)
		view("no Common rule", LoadedOptions{MaxShare: 1}, evaluative, nil, nil)
		view("names and neutral senses kept", LoadedOptions{KeepNames: true, KeepNeutral: true}, evaluative, nil, nil)
		view("attributed sentences kept", LoadedOptions{KeepAttributed: true}, evaluative, nil, nil)
		view("whole evaluative lexicon", LoadedOptions{Lexicon: evaluative}, evaluative, nil, nil)
		view("whole evaluative lexicon, names and neutral senses kept", LoadedOptions{Lexicon: evaluative, KeepNames: true, KeepNeutral: true}, evaluative, nil, nil)
		aligned = true
		view("aligned sentence asked for", LoadedOptions{}, evaluative, nil, nil)
		aligned = false
		// A prior by category: on the tune half (own voice, the default rules) the words
		// matched only as pejorative were inside a marked span 9 times of 48 listed, the
		// other categories 20 of 58; this view leaves the pejorative category out.
		noPejorative, err := EvaluativeLexicon().Select("intensifier", "laudatory", "loaded-action")
		if err != nil {
			t.Fatal(err)
		}
		view("pejorative category left out", LoadedOptions{Lexicon: noPejorative}, evaluative, nil, nil)
		// Ways to list more words with ContrastLabels, each the next-best words of the same
		// method (none adopted: each gained hits on the tune half, where the words it added
		// were marked about as often as the unranked lexicon words, and the same there on
		// the held half): a weaker alignment counts as a contrast (MinSimilarity 0.1: of
		// 0.05, 0.1 and 0.15, the one that lists the most words on the tune half and keeps its
		// ratio at 2.0 or more, 1.5 plus the 90th percentile of the random splits' gap), and the
		// attributed sentences kept. A list cut to an article's first words by z tests
		// whether the ranking, rather than the rules, carries the view.
		view("ContrastLabels, MinSimilarity 0.1", LoadedOptions{ContrastLabels: true, MinSimilarity: 0.1}, evaluative, nil, nil)
		view("ContrastLabels, attributed sentences kept", LoadedOptions{ContrastLabels: true, KeepAttributed: true}, evaluative, nil, nil)
		view("first 3 by z", LoadedOptions{Top: 3}, evaluative, nil, nil)
		// ContrastLabels filled to d words (none adopted): an article whose ContrastLabels
		// list is shorter than d words takes the words of LoadedTerms it lacks (the labels no
		// other account contrasts), by z, until it lists d, so that an article with no
		// contrasted label still lists its strongest words. Filling to 1 word was chosen
		// first (TestBASILLoadedTried: of 1, 2 and 3, the largest whose last step's words were
		// marked at least 1.5 times as often as the unranked lexicon words on the tune half).
		// The rule that chose MinSimilarity above (the most words with the ratio at 2.0 or
		// more on the tune half) picks 3 words, on its boundary (tune: 1 word 25 of 67, ratio
		// 2.24; 2 words 27 of 80, 2.03; 3 words 28 of 84, 2.00, exactly twice the unranked
		// words' 35 of 210; 4 words 28 of 87, 1.93). Measured once on the held half, none
		// reaches the target: 1 word 18 of 107, ratio 1.52; 2 words 18 of 115, 1.41;
		// 3 words 19 of 125, 1.37 (ContrastLabels: 18 of 103, 1.58). A filling adds only
		// words LoadedTerms lists and ContrastLabels does not, and the two views differ by 5
		// hits on the tune half and 3 on the held half.
		for _, d := range []int{1, 2, 3} {
			fill = d
			view(fmt.Sprintf("ContrastLabels, filled to %d words", d), LoadedOptions{ContrastLabels: true}, evaluative, nil, nil)
		}
		fill = 0
		if vs.voices == OwnVoice {
			na := &Analyzer{Voices: narrative}
			view("reported speech left out", LoadedOptions{}, evaluative, na, restProfiles(t, na, byEvent, events))
		}
	}
	// Floors at the measured figures (lift, ratio to the unranked lexicon words, hits).
	type floor struct {
		lift, ratio float64
		hits        int
	}
	for _, f := range []struct {
		view, part string
		floor
	}{
		{"own voice: LoadedTerms", "tune", floor{22, 1.85, 28}},
		{"own voice: LoadedTerms", "held", floor{15, 1.25, 21}},
		{"every voice: LoadedTerms", "tune", floor{15, 1.5, 31}},
		{"every voice: LoadedTerms", "held", floor{14, 1.2, 33}},
		{"own voice: ContrastLabels", "tune", floor{27, 2.3, 23}},
		{"own voice: ContrastLabels", "held", floor{18, 1.55, 18}},
		{"every voice: ContrastLabels", "tune", floor{20, 2.0, 24}},
		{"every voice: ContrastLabels", "held", floor{17, 1.5, 24}},
	} {
		r := results[f.view][f.part]
		if r.lift < f.lift || r.ratio < f.ratio || r.hits < f.hits {
			t.Errorf("%s, %s half: lift %.2f, ratio %.2f, %d hits; want ≥ %.2f, ≥ %.2f, ≥ %d",
				f.view, f.part, r.lift, r.ratio, r.hits, f.lift, f.ratio, f.hits)
		}
	}
	if os.Getenv("FRAMEDIFF_LOADED_EXAMPLES") != "" {
		an := &Analyzer{Voices: OwnVoice}
		byEvent, events := basilEvals(t, an)
		rest := restProfiles(t, an, byEvent, events)
		for _, ev := range events {
			if devdata.Half(ev) != "tune" {
				continue // the held half is for measuring, not for reading
			}
			for _, e := range byEvent[ev] {
				var others []corpus.Document
				for _, o := range byEvent[ev] {
					if o != e {
						others = append(others, o.doc)
					}
				}
				lts, _ := an.LoadedTerms([]corpus.Document{e.doc}, rest[e.doc.ID], &LoadedOptions{Others: others})
				for _, l := range lts {
					sim, shared := 0.0, false
					for _, p := range l.Evidence {
						if p.Similarity > sim {
							sim, shared = p.Similarity, p.Shared
						}
					}
					fmt.Printf("LX %s %-5v %-16s %-28s n=%d z=%5.2f share=%.3f shared=%.2f quoted=%d others=%d sim=%.2f simshared=%v\n", e.doc.ID[:8], e.hits[l.Term], l.Word, strings.Join(l.Categories, ","), l.Count, l.Z, l.Share, l.Shared, l.Quoted, l.Others, sim, shared)
				}
			}
		}
	}
}
