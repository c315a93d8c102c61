package framing

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
)

// lexMatchTestLexicons are two lexicons with literal, glob ("isolat*", "*war", "fail* to"),
// stemmed ("~accus", "~attack on") and multiword entries, entries of several lengths that
// share a first word in one category, and entries for Spanish only.
const (
	lexMatchTestA = `
[blame]
blam*
~accus
held responsible
~attack on
[hedge]
may
may well
according to
fail* to
[war]
war
war crimes
*war
isolat*
~isolat
@spanish
[war]
guerra
guerra civil
acus*
`
	lexMatchTestB = `
[conflict]
clash*
~attack
war
cold war
[place]
halden
halden town
~accus
`
)

// lexMatchTestDocs are invented texts, English then Spanish then English again, so that
// the matcher changes language and back.
var lexMatchTestDocs = []corpus.Document{
	{ID: "en1", Text: "Ana Ruiz blamed Ivo Marek and accused the council of war crimes. According to Lena Varga, the town may well fail to act."},
	{ID: "en2", Text: "The attack on Halden town was a cold war tactic; accusations of isolation and isolating the prewar council followed. Ivo Marek was held responsible."},
	{ID: "en3", Text: "War. War crimes! May may may. Clashes in Halden, clashing again; attacks on attackers. Held. Responsible."},
	{ID: "es1", Language: "spanish", Text: "Ana Ruiz acusó a Ivo Marek de la guerra civil en Halden. La guerra terminó; acusaciones y guerras."},
	{ID: "en4", Text: "Halden accused Halden. A war, a civil war, an isolated war: blame, blamed, blaming, failed to, fails to."},
}

// lexMatchRef is the plain recomputation of lexMatcher.match: every entry of the lexicon
// (made for the matcher's language) tried at every word with matchAt, no index and no
// cache; at each word the longest entry of each category, in category order.
func lexMatchRef(m *lexMatcher, lex *Lexicon) []string {
	lex = lex.forLanguage(m.lang)
	var out []string
	for i := range m.lt {
		best := make([]int, len(lex.categories))
		for ei := range lex.entries {
			if n := lex.entries[ei].matchAt(m.lt, i); n > 0 {
				for _, c := range lex.entries[ei].cats {
					best[c] = max(best[c], n)
				}
			}
		}
		for c, n := range best {
			if n > 0 {
				out = append(out, fmt.Sprint(c, m.lt[i].start, m.lt[i+n-1].end, m.voices[i]))
			}
		}
	}
	return out
}

func TestLexMatcherFirstWords(t *testing.T) {
	a, err := ParseLexicon(strings.NewReader(lexMatchTestA), "a")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParseLexicon(strings.NewReader(lexMatchTestB), "b")
	if err != nil {
		t.Fatal(err)
	}
	an := Analyzer{}
	da := docAnalyzer{an: &an}
	var m lexMatcher
	matches := 0
	for _, d := range lexMatchTestDocs {
		toks, w, err := da.tokens(&d)
		if err != nil {
			t.Fatal(err)
		}
		m.prepare(w.set, d.Text, toks)
		// a, b, a: the matcher keeps each lexicon's first-word matches apart.
		for k, lex := range []*Lexicon{a, b, a} {
			var got []string
			m.match(lex, func(c, start, end int, voice Voice) {
				got = append(got, fmt.Sprint(c, start, end, voice))
			})
			if want := lexMatchRef(&m, lex); !slices.Equal(got, want) {
				t.Errorf("%s, lexicon %s (%d): match\n%v\nwant\n%v", d.ID, lex.name, k, got, want)
			}
			matches += len(got)
		}
		// Every cached list is the entries whose first word matches, found by trying all.
		for _, lex := range []*Lexicon{a, b} {
			l := lex.forLanguage(m.lang)
			fs := m.firstsFor(l)
			for _, tok := range m.lt {
				got := slices.Sorted(slices.Values(m.firstMatches(fs, tok.form)))
				var want []int32
				for ei, e := range l.entries {
					target := tok.word
					if e.stem {
						target = tok.stem
					}
					if glob(e.words[0], target) {
						want = append(want, int32(ei))
					}
				}
				if !slices.Equal(got, want) {
					t.Errorf("%s, lexicon %s, %q (%s): first-word entries %v, want %v", d.ID, lex.name, tok.word, tok.stem, got, want)
				}
			}
		}
	}
	// The texts were written to match: by hand, far more than a handful of times.
	if matches < 40 {
		t.Errorf("%d matches over the texts, want at least 40", matches)
	}
}

// BenchmarkLexMatch times lexMatcher.prepare and match of the stance lexicon (as Stance
// matches it) over China Daily and The New York Times on "democracy" (../shared/data, or
// FRAMEDIFF_DATA), the tokens made beforehand, on one goroutine: the first 200 documents
// and all of them. Metrics, medians over rounds: match/calib is its CPU time over that of
// a calibration run before it in the same round (strings.Fields of the same texts into a
// map).
//
//	go test ./framing -run XXX -bench LexMatch -benchtime 5x
func BenchmarkLexMatch(b *testing.B) {
	dir := os.Getenv("FRAMEDIFF_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data")
	}
	path := filepath.Join(dir, "chinadaily-nyt-democracy.jsonl")
	if _, err := os.Stat(path); err != nil {
		b.Skip("no ", path)
	}
	var docs []corpus.Document
	for d, err := range corpus.ScanFile(path, &corpus.LoadOptions{Defaults: corpus.Document{Event: "democracy"}, Skip: func(*corpus.LoadError) {}}) {
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	lex := StanceLexicon()
	for _, n := range []int{200, len(docs)} {
		b.Run(fmt.Sprint("docs=", n), func(b *testing.B) {
			docs := docs[:n]
			an := Analyzer{}
			da := docAnalyzer{an: &an}
			type prepared struct {
				text string
				toks []Token
				set  *settings
			}
			var ps []prepared
			size := 0
			for i := range docs {
				toks, w, err := da.tokens(&docs[i])
				if err != nil {
					b.Fatal(err)
				}
				ps = append(ps, prepared{docs[i].Text, slices.Clone(toks), w.set})
				size += len(docs[i].Text)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var ratio []float64
			for b.Loop() {
				c0 := cpuNow(b)
				counts := map[string]int{}
				for _, p := range ps {
					for _, w := range strings.Fields(p.text) {
						counts[w]++
					}
				}
				calib := cpuNow(b) - c0
				c0 = cpuNow(b)
				var m lexMatcher
				found := 0
				for _, p := range ps {
					m.prepare(p.set, p.text, p.toks)
					m.match(lex, func(int, int, int, Voice) { found++ })
				}
				if found == 0 || len(counts) == 0 {
					b.Fatal("no matches")
				}
				ratio = append(ratio, float64(cpuNow(b)-c0)/float64(calib))
			}
			slices.SortFunc(ratio, cmp.Compare)
			b.ReportMetric(ratio[len(ratio)/2], "match/calib")
		})
	}
}

// cpuNow returns the process's user and system CPU time so far.
func cpuNow(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
