package framing

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
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

func TestNewsWCLLabels(t *testing.T) {
	docs, sides, gold := loadNewsWCL(t)
	an := &Analyzer{}
	var events []string
	for ev := range gold {
		events = append(events, ev)
	}
	sort.Strings(events)
	goldTotal := 0
	for _, ev := range events {
		for _, c := range gold[ev] {
			goldTotal += len(c.goldPairs())
		}
	}
	var background []corpus.Document
	for _, ev := range events {
		background = append(background, docs[ev]...)
	}
	if bbc := os.Getenv("FRAMEDIFF_BBC"); bbc != "" {
		bc, err := corpus.LoadFile(bbc, &corpus.LoadOptions{Defaults: corpus.Document{Event: "bbc"}})
		if err != nil {
			t.Fatal(err)
		}
		background = append(background, bc.Documents()...)
	}
	evaluate := func(name string, pairsOf func(ev string, referent string) []scoredPair) float64 {
		hits, listed := 0, 0
		var lines []string
		for _, ev := range events {
			refs, err := an.SuggestReferents(sides[ev][0], sides[ev][1], 1, 10)
			if err != nil {
				t.Fatal(err)
			}
			var all []scoredPair
			for _, r := range refs {
				all = append(all, pairsOf(ev, r.Name)...)
			}
			sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
			h := 0
			for k, p := range all {
				if k == 10 {
					break
				}
				listed++
				c := conceptOf(gold[ev], p.referent)
				ok := c != nil && c.goldPairs()[p.a+"|"+p.b]
				if ok {
					hits++
					h++
				}
				if os.Getenv("FRAMEDIFF_LABEL_EXAMPLES") != "" {
					lines = append(lines, fmt.Sprintf("  event %s %s: %s | %s (%.3f) %v", ev, p.referent, p.a, p.b, p.score, ok))
				}
			}
			t.Logf("%-30s event %s: %d of %d", name, ev, h, min(10, len(all)))
		}
		p := 0.0
		if listed > 0 {
			p = float64(hits) / float64(listed)
		}
		t.Logf("%-30s precision@10 %d/%d = %.3f (gold pairs: %d)", name, hits, listed, p, goldTotal)
		for _, l := range lines {
			t.Log(l)
		}
		return p
	}
	ours := evaluate("referent labels", func(ev, referent string) []scoredPair {
		rl, err := an.Labels(sides[ev][0], sides[ev][1], referent, &ReferentOptions{Background: background})
		if err != nil {
			t.Fatal(err)
		}
		var out []scoredPair
		for _, alt := range rl.Alternatives {
			score := alt.Similarity
			if score < 0 {
				score = alt.Lean / 2 // a name pair: its lean, on the similarity's scale
			}
			out = append(out, scoredPair{referent, alt.A, alt.B, score})
		}
		return out
	})
	base := evaluate("co-occurrence baseline", func(ev, referent string) []scoredPair {
		return cooccurrencePairs(an, referent, sides[ev][0], sides[ev][1], 3)
	})
	t.Logf("referent labels %.3f, baseline %.3f", ours, base)
	// Floors a regression would cross (measured: 0.308, 4 of 13 pairs listed, against 0 for
	// the baseline; issue #10's target is 0.3 and three times the baseline).
	if ours < 0.25 || ours < 3*base {
		t.Errorf("referent labels: precision@10 %.3f, baseline %.3f", ours, base)
	}
}

// cooccurrencePairs is the raw co-occurrence baseline: the content words within window
// words of a mention of the referent on each side, each leaning to the side where it is a
// larger share of the co-occurring words, paired left-leaning with right-leaning by the
// product of their counts.
func cooccurrencePairs(an *Analyzer, referent string, a, b []corpus.Document, window int) []scoredPair {
	words := strings.Fields(referent)
	key := words[len(words)-1]
	var counts [2]map[string]int
	var totals [2]int
	for side, docs := range [][]corpus.Document{a, b} {
		counts[side] = map[string]int{}
		for _, d := range docs {
			toks, _ := an.Tokens(d.Text)
			for k, t := range toks {
				if t.Surface(d.Text) != key {
					continue
				}
				for j := max(0, k-window); j <= min(len(toks)-1, k+window); j++ {
					if j == k || !toks[j].Counted() {
						continue
					}
					w := strings.ToLower(toks[j].Surface(d.Text))
					if scan.IsCapitalized(toks[j].Surface(d.Text)) {
						continue // name parts
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
	var out []scoredPair
	for x, nx := range counts[0] {
		if share(0, x) <= share(1, x) {
			continue
		}
		for y, ny := range counts[1] {
			if x != y && share(1, y) > share(0, y) {
				out = append(out, scoredPair{referent, x, y, float64(nx * ny)})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].a+out[i].b < out[j].a+out[j].b
	})
	return out
}
