package framing

import (
	"bufio"
	"encoding/csv"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/internal/devdata"
	"github.com/framediff/framediff/framing/internal/scan"
	"github.com/framediff/framediff/framing/voices"
)

// Label alternatives measured against NewsWCL50 (Hamborg et al. 2019), the development half
// the team keeps in ../shared/data/newswcl50-dev (events 0-4; skipped when absent). Gold,
// as issue #10 defines it: per event, a concept is one code_name (PROPERTY codes and the
// "-I" and "-Misc" grab bags left out); a label is the head of a mention (a name's mentions
// are one label, the name: variants are not alternatives); sides are left (LL, L) and right
// (R, RR); a label leans to the side with the larger share of the concept's mentions; a gold
// pair is a left-leaning and a right-leaning label of one concept. Each event's referents
// are the names both sides mention (SuggestTargets); their alternatives, pooled and ranked,
// give the event's top 10, and precision@10 is micro-averaged over the events.
//
//	go test ./framing -run NewsWCL -v

type wclConcept struct {
	labels map[string][2]int // label -> mentions left, right
	total  [2]int
	names  map[string]bool // lowercased words of its name mentions
	nameN  map[string]int  // name mentions containing each word
}

// wclHead returns the label of a mention: "" for a name (the concept's name), else its head
// noun, lowercased.
func wclHead(mention string) string {
	lang := voices.LangOf("english")
	words := strings.FieldsFunc(mention, func(r rune) bool {
		return r == ' ' || r == ',' || r == '(' || r == ')' || r == '"' || r == '`' || r == '\''
	})
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".:;!?"))
		if i > 0 && (lang.Classes(lw)&(voices.ClassPrep|voices.ClassThat|voices.ClassWho|voices.ClassVerb|voices.ClassConj) != 0) {
			words = words[:i]
			break
		}
	}
	if len(words) == 0 {
		return ""
	}
	last := strings.Trim(words[len(words)-1], ".:;!?'’")
	lw := strings.ToLower(last)
	if scan.IsCapitalized(last) && lang.Classes(lw)&(voices.ClassRole|voices.ClassTitle) == 0 {
		return "" // a name
	}
	return voices.Role(lw)
}

func loadNewsWCL(t *testing.T) (map[string][]corpus.Document, map[string][2][]corpus.Document, map[string]map[string]*wclConcept) {
	dir := dataDir()
	if dir == "" {
		t.Skip("no shared data (../shared/data or FRAMEDIFF_DATA)")
	}
	dir = filepath.Join(dir, "newswcl50-dev")
	f, err := os.Open(filepath.Join(dir, "Annotations.csv"))
	if err != nil {
		t.Skip("no newswcl50-dev in the shared data")
	}
	defer f.Close()
	br := bufio.NewReader(f)
	if line, _ := br.ReadString('\n'); !strings.HasPrefix(line, "sep=") {
		t.Fatal("Annotations.csv does not start with sep=")
	}
	rows, err := csv.NewReader(br).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	gold := map[string]map[string]*wclConcept{}
	for _, r := range rows[1:] {
		typ, name, mention, ev, pub := r[col["code_type"]], r[col["code_name"]], r[col["code_mention"]], r[col["event_id"]], r[col["publisher_id"]]
		if typ == "PROPERTY" || strings.HasSuffix(typ, "-I") || strings.HasSuffix(name, "-I") || strings.HasSuffix(name, "-Misc") {
			continue
		}
		side := -1
		switch pub {
		case "LL", "L":
			side = 0
		case "R", "RR":
			side = 1
		}
		if side < 0 {
			continue
		}
		if gold[ev] == nil {
			gold[ev] = map[string]*wclConcept{}
		}
		c := gold[ev][name]
		if c == nil {
			c = &wclConcept{labels: map[string][2]int{}, names: map[string]bool{}, nameN: map[string]int{}}
			gold[ev][name] = c
		}
		label := wclHead(mention)
		if label == "" {
			seen := map[string]bool{}
			for _, w := range strings.Fields(mention) {
				lw := strings.ToLower(strings.Trim(w, ".,’'s"))
				c.names[lw] = true
				if !seen[lw] {
					seen[lw] = true
					c.nameN[lw]++
				}
			}
			label = "<name>"
		}
		n := c.labels[label]
		n[side]++
		c.labels[label] = n
		c.total[side]++
	}
	docs := map[string][]corpus.Document{}
	sides := map[string][2][]corpus.Document{}
	for ev := range gold {
		files, _ := filepath.Glob(filepath.Join(dir, "1-raw-articles", "event_"+ev, "*.txt"))
		sort.Strings(files)
		var s [2][]corpus.Document
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			pub := strings.TrimPrefix(filepath.Base(file), ev+"_")
			for strings.HasSuffix(pub, ".txt") {
				pub = strings.TrimSuffix(pub, ".txt")
			}
			d := corpus.Document{ID: ev + "_" + pub, Event: ev, Outlet: pub, Language: "english", Text: string(b)}
			docs[ev] = append(docs[ev], d)
			switch pub {
			case "LL", "L":
				s[0] = append(s[0], d)
			case "R", "RR":
				s[1] = append(s[1], d)
			}
		}
		sides[ev] = s
	}
	return docs, sides, gold
}

// goldPairs returns the gold pairs of a concept: left-leaning label + "|" + right-leaning.
func (c *wclConcept) goldPairs() map[string]bool {
	out := map[string]bool{}
	lean := func(l string) int {
		n := c.labels[l]
		var sl, sr float64
		if c.total[0] > 0 {
			sl = float64(n[0]) / float64(c.total[0])
		}
		if c.total[1] > 0 {
			sr = float64(n[1]) / float64(c.total[1])
		}
		switch {
		case sl > sr:
			return 0
		case sr > sl:
			return 1
		}
		return -1
	}
	for x := range c.labels {
		for y := range c.labels {
			if x != y && lean(x) == 0 && lean(y) == 1 {
				out[x+"|"+y] = true
			}
		}
	}
	return out
}

// conceptOf returns the concept whose name mentions most often include the referent's last
// word (as a share of its name mentions, then by count).
func conceptOf(concepts map[string]*wclConcept, referent string) *wclConcept {
	words := strings.Fields(strings.ToLower(referent))
	key := strings.Trim(words[len(words)-1], ".,’'s")
	var best *wclConcept
	bestShare, bestN := 0.0, 0
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for n := range concepts {
			if !yield(n) {
				return
			}
		}
	}) {
		c := concepts[name]
		n := c.nameN[key]
		if n == 0 {
			continue
		}
		share := float64(n) / float64(c.labels["<name>"][0]+c.labels["<name>"][1])
		if share > bestShare || share == bestShare && n > bestN {
			best, bestShare, bestN = c, share, n
		}
	}
	return best
}

type scoredPair struct {
	referent, a, b string
	score          float64
}

// wclEval is the precision@10 of one view of the label alternatives on each half of the
// development events: per event, the hits among its first 10 listed alternatives ÷ 10,
// averaged over the events.
type wclEval struct {
	name            string
	hits, listed    map[string]int // per event
	tune, held, all float64
}

// evaluateWCL lists each event's alternatives (the pairs of its referents, pooled and
// ranked by score) and scores them against the gold pairs.
func evaluateWCL(t *testing.T, name string, events []string, gold map[string]map[string]*wclConcept, sides map[string][2][]corpus.Document,
	pairsOf func(ev string, refs []ReferentSuggestion) []scoredPair) wclEval {
	e := wclEval{name: name, hits: map[string]int{}, listed: map[string]int{}}
	show := os.Getenv("FRAMEDIFF_LABEL_EXAMPLES") != ""
	sum := map[string]float64{}
	n := map[string]int{}
	for _, ev := range events {
		refs, err := (&Analyzer{Voices: AllVoices}).SuggestReferents(sides[ev][0], sides[ev][1], 1, 10) // every voice, as NewsWCL50 codes them
		if err != nil {
			t.Fatal(err)
		}
		all := pairsOf(ev, refs)
		sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
		for k, p := range all {
			if k == 10 {
				break
			}
			e.listed[ev]++
			c := conceptOf(gold[ev], p.referent)
			ok := c != nil && c.goldPairs()[p.a+"|"+p.b]
			if ok {
				e.hits[ev]++
			}
			if show && (devdata.Half(ev) == "tune" || os.Getenv("FRAMEDIFF_SHOW_HELD") != "") {
				t.Logf("  %s event %s [%s] %s: %s | %s (%.3f) %v", name, ev, devdata.Half(ev), p.referent, p.a, p.b, p.score, ok)
			}
		}
		p := float64(e.hits[ev]) / 10
		for _, h := range []string{devdata.Half(ev), "all"} {
			sum[h] += p
			n[h]++
		}
		if devdata.Half(ev) == "tune" || os.Getenv("FRAMEDIFF_SHOW_HELD") != "" {
			t.Logf("%-24s event %s (%s): %d hits of %d listed", name, ev, devdata.Half(ev), e.hits[ev], e.listed[ev])
		}
	}
	avg := func(h string) float64 {
		if n[h] == 0 {
			return 0
		}
		return sum[h] / float64(n[h])
	}
	e.tune, e.held, e.all = avg("tune"), avg("held"), avg("all")
	if os.Getenv("FRAMEDIFF_SHOW_HELD") != "" {
		t.Logf("%-24s precision@10: tune %.3f, held %.3f, all %.3f", name, e.tune, e.held, e.all)
	} else {
		t.Logf("%-24s precision@10: tune %.3f (held: set FRAMEDIFF_SHOW_HELD)", name, e.tune)
	}
	return e
}

// TestNewsWCLLabels measures the label alternatives on NewsWCL50's development events, by
// half (devdata.Half of the event's number: events 1 and 3 "tune", 0, 2 and 4 "held"),
// against two raw co-occurrence baselines under the same definition.
// referentLabelPairs returns the labels of each suggested referent of an event's two sides
// and their alternatives as scored pairs, in the referents' order.
func referentLabelPairs(t *testing.T, an *Analyzer, side [2][]corpus.Document, refs []ReferentSuggestion, opts *ReferentOptions) ([]ReferentLabels, []scoredPair) {
	t.Helper()
	names := make([]string, len(refs))
	for i, r := range refs {
		names[i] = r.Name
	}
	rls, err := an.LabelsEach(side[0], side[1], names, opts)
	if err != nil {
		t.Fatal(err)
	}
	var out []scoredPair
	for i, rl := range rls {
		for _, alt := range rl.Alternatives {
			out = append(out, scoredPair{refs[i].Name, alt.A, alt.B, alt.Z})
		}
	}
	return rls, out
}

func TestNewsWCLLabels(t *testing.T) {
	_, sides, gold := loadNewsWCL(t)
	// NewsWCL50 codes the mentions and labels in every voice, quotations included: so
	// are they counted here (AllVoices, the zero value, written out).
	an := &Analyzer{Voices: AllVoices}
	var events []string
	for ev := range gold {
		events = append(events, ev)
	}
	sort.Strings(events)
	// NewsWCL50's concept of a country or an organization holds its people and
	// institutions ("Russian nationals", "Russian officials" are Russia's): so are they
	// all counted here (ReferentOptions.Institutions). By default the view counts of them
	// only the governing body and its officials, which act for the country (the state as
	// actor: "Russian officials", "the Russian government", "Russia's intelligence
	// agency"), and lists otherwise only the phrases that refer to the referent itself.
	ours := evaluateWCL(t, "referent labels", events, gold, sides, func(ev string, refs []ReferentSuggestion) []scoredPair {
		_, out := referentLabelPairs(t, an, sides[ev], refs, &ReferentOptions{Institutions: true})
		return out
	})
	strict := evaluateWCL(t, "labels, default", events, gold, sides, func(ev string, refs []ReferentSuggestion) []scoredPair {
		_, out := referentLabelPairs(t, an, sides[ev], refs, nil)
		return out
	})
	raw := evaluateWCL(t, "co-occurrence", events, gold, sides, func(ev string, refs []ReferentSuggestion) []scoredPair {
		return cooccurrencePairs(an, refs, sides[ev][0], sides[ev][1], 3, false)
	})
	nouns := evaluateWCL(t, "co-occurrence, nouns", events, gold, sides, func(ev string, refs []ReferentSuggestion) []scoredPair {
		return cooccurrencePairs(an, refs, sides[ev][0], sides[ev][1], 3, true)
	})
	for _, h := range []struct {
		name             string
		ours, raw, nouns float64
	}{{"tune", ours.tune, raw.tune, nouns.tune}, {"held", ours.held, raw.held, nouns.held}, {"all", ours.all, raw.all, nouns.all}} {
		if h.name != "tune" && os.Getenv("FRAMEDIFF_SHOW_HELD") == "" {
			continue
		}
		t.Logf("%s: referent labels %.3f, co-occurrence %.3f, co-occurrence of nouns %.3f", h.name, h.ours, h.raw, h.nouns)
	}
	// Floors a regression would cross: the figures measured (tune 0.700, held 0.200;
	// by default 0.550 and 0.167: the default gave up Russia's "military spy agency",
	// its armed forces', for governingModifiers) rounded down.
	for _, c := range []struct {
		view, half string
		got, floor float64
	}{{ours.name, "tune", ours.tune, 0.70}, {ours.name, "held", ours.held, 0.20},
		{strict.name, "tune", strict.tune, 0.55}, {strict.name, "held", strict.held, 0.16}} {
		if c.got < c.floor {
			t.Errorf("%s, %s half: precision@10 %.3f, below its floor %.3f", c.view, c.half, c.got, c.floor)
		}
	}
}

// cooccurrencePairs is the raw co-occurrence baseline. A mention of a referent is a run of
// words of its name, with an honorific before it ("Mr."); it counts as the name
// (NameLabel), as the view counts it. The words within window words of a mention on each side are its co-occurring words, lowercased
// (capitalized ones too: "President" before a name is the view's label as much as
// "president" after it); with nouns, only those the label harvester takes for nouns. The
// name and each word lean to the side where they are a larger share of the referent's
// references there (its mentions and its co-occurring words), as the view's labels do, and
// left-leaning ones are paired with right-leaning ones by the product of their counts. With
// nouns, a word must be a title or role, or stand in a noun's place (after a determiner,
// before the end of its phrase) more often than in a verb's.
func cooccurrencePairs(an *Analyzer, refs []ReferentSuggestion, a, b []corpus.Document, window int, nouns bool) []scoredPair {
	h := labelHarvest{an: an}
	h.uses = map[string]wordUse{}
	for _, docs := range [][]corpus.Document{a, b} {
		for i := range docs {
			s, _ := an.scanDoc(&docs[i], nil)
			h.countUses(s)
		}
	}
	var out []scoredPair
	for _, r := range refs {
		words := nameWords(r.Name)
		var counts [2]map[string]int
		var totals [2]int
		for side, docs := range [][]corpus.Document{a, b} {
			counts[side] = map[string]int{}
			for _, d := range docs {
				toks, _ := an.Tokens(d.Text)
				inName := func(k int) bool { return slices.Contains(words, toks[k].Surface(d.Text)) }
				for k := 0; k < len(toks); k++ {
					if !inName(k) {
						continue
					}
					from, to := k, k+1 // the mention: a run of name words
					for to < len(toks) && inName(to) {
						to++
					}
					if from > 0 && honorifics[strings.ToLower(strings.TrimSuffix(toks[from-1].Surface(d.Text), "."))] {
						from-- // "Mr. Ruiz": the honorific is part of the name, as NewsWCL50 and the view take it
					}
					k = to - 1
					counts[side][NameLabel]++
					totals[side]++
					for j := max(0, from-window); j < min(len(toks), to+window); j++ {
						if j >= from && j < to || !toks[j].Counted() {
							continue
						}
						w := strings.ToLower(toks[j].Surface(d.Text))
						// A noun: a title or role, or a word seen in a noun's place more often
						// than in a verb's (isNoun takes an unseen word for a noun, which lets
						// "told" and "including" through).
						if u := h.uses[w]; nouns && voices.LangOf("english").Classes(w)&classTitle == 0 && u.noun <= u.verb {
							continue
						}
						counts[side][voices.Role(w)]++
						totals[side]++
					}
				}
			}
		}
		share := func(side int, w string) float64 {
			if totals[side] == 0 {
				return 0
			}
			return float64(counts[side][w]) / float64(totals[side])
		}
		var pairs []scoredPair
		for x, nx := range counts[0] {
			if share(0, x) <= share(1, x) {
				continue
			}
			for y, ny := range counts[1] {
				if x != y && share(1, y) > share(0, y) {
					pairs = append(pairs, scoredPair{r.Name, x, y, float64(nx * ny)})
				}
			}
		}
		out = append(out, pairs...)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].referent+"|"+out[i].a+"|"+out[i].b < out[j].referent+"|"+out[j].a+"|"+out[j].b
	})
	return out
}

// TestCooccurrencePairs checks the baseline on invented sentences, its counts worked by
// hand. Side A, "President Ana Ruiz spoke.": one mention, and within three words
// "president" (capitalized, lowercased) and "spoke": <name> 1, president 1, spoke 1 of 3.
// Side B, "Mr. Ruiz met the mayor. Ruiz left.": two mentions ("Mr." is part of the first),
// "met" and "mayor" near both ("the" is a stop word), "left" near the second: <name> 2,
// met 2, mayor 2, left 1 of 7. The name leans to A (1/3 > 2/7), as do president and
// spoke; met, mayor and left lean to B. With nouns, only the titles count: A has <name> 1,
// president 1; B <name> 2, mayor 2; the name is half of each side and leans to neither.
func TestCooccurrencePairs(t *testing.T) {
	an := &Analyzer{Voices: AllVoices}
	a := englishDocs("a", "President Ana Ruiz spoke.")
	b := englishDocs("b", "Mr. Ruiz met the mayor. Ruiz left.")
	refs := []ReferentSuggestion{{Name: "Ana Ruiz"}}
	for _, c := range []struct {
		name  string
		nouns bool
		want  map[string]float64 // a|b -> score, the product of the counts
	}{
		{"raw", false, map[string]float64{
			"<name>|met": 2, "<name>|mayor": 2, "<name>|left": 1,
			"president|met": 2, "president|mayor": 2, "president|left": 1,
			"spoke|met": 2, "spoke|mayor": 2, "spoke|left": 1}},
		{"nouns", true, map[string]float64{"president|mayor": 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := map[string]float64{}
			for _, p := range cooccurrencePairs(an, refs, a, b, 3, c.nouns) {
				got[p.a+"|"+p.b] = p.score
			}
			if !maps.Equal(got, c.want) {
				t.Errorf("pairs %v, want %v", got, c.want)
			}
		})
	}
}
