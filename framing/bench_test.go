package framing

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"

	"github.com/framediff/framediff/corpus"
)

// generate returns a deterministic English-like text of about size bytes: words drawn
// from a Zipf distribution over a vocabulary of syllable combinations, with capitals,
// commas, sentence ends, possessives, hyphens and numbers at realistic rates.
func generate(size int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 2026))
	syll := []string{"ka", "re", "so", "lo", "ri", "an", "ter", "na", "tion", "al", "mi", "cor",
		"de", "ing", "ed", "es", "pro", "con", "ver", "gov", "ern", "ment", "sec", "ur", "ity"}
	vocab := make([]string, 20000)
	for i := range vocab {
		n := 1 + r.IntN(4)
		var b strings.Builder
		for range n {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		vocab[i] = b.String()
	}
	stop := []string{"the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "said"}
	z := rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1))
	var b strings.Builder
	b.Grow(size + 64)
	start := true
	for b.Len() < size {
		var w string
		switch x := r.IntN(100); {
		case x < 40:
			w = stop[r.IntN(len(stop))]
		case x < 41:
			w = fmt.Sprint(r.IntN(5000))
		default:
			w = vocab[z.Uint64()]
		}
		if start || r.IntN(20) == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
		switch x := r.IntN(100); {
		case x < 2:
			b.WriteString("'s")
		case x < 3:
			b.WriteString("-" + vocab[z.Uint64()])
		}
		start = false
		switch x := r.IntN(100); {
		case x < 6:
			b.WriteString(". ")
			start = true
		case x < 10:
			b.WriteString(", ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func BenchmarkProfileGenerated(b *testing.B) {
	for _, size := range []int{2 << 10, 64 << 10, 1 << 20, 8 << 20} {
		text := generate(size, 1)
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			var an Analyzer
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := an.ProfileTexts(text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkProfileBBC profiles the BBC News corpus (2,225 articles, about 5 MB) named by
// FRAMEDIFF_BBC, e.g. FRAMEDIFF_BBC=$PWD/../shared/data/bbc-news.jsonl. It skips when unset.
func BenchmarkProfileBBC(b *testing.B) {
	path := os.Getenv("FRAMEDIFF_BBC")
	if path == "" {
		b.Skip("FRAMEDIFF_BBC is not set")
	}
	c, err := corpus.LoadFile(path, &corpus.LoadOptions{Defaults: corpus.Document{Event: "bbc"}})
	if err != nil {
		b.Fatal(err)
	}
	docs := c.Documents()
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	// Baselines for scale, on the same machine: the least a tokenizer-and-counter can do
	// (strings.Fields into a map), and a naive pipeline with a stem cache.
	b.Run("baseline-fields-map", func(b *testing.B) {
		b.SetBytes(int64(n))
		for b.Loop() {
			m := map[string]int{}
			for _, d := range docs {
				for _, w := range strings.Fields(d.Text) {
					m[w]++
				}
			}
		}
	})
	b.Run("baseline-naive-cached-stem", func(b *testing.B) {
		b.SetBytes(int64(n))
		for b.Loop() {
			m, cache := map[string]int{}, map[string]string{}
			for _, d := range docs {
				for _, w := range strings.Fields(d.Text) {
					w = strings.ToLower(strings.Trim(w, ".,;:\"'()"))
					s, ok := cache[w]
					if !ok {
						s = english.Stem(w, false)
						cache[w] = s
					}
					m[s]++
				}
			}
		}
	})
	// The hot loop alone: one Counter counts the corpus again and again, so that every
	// surface is already known (first sight of a word is paid once per run).
	b.Run("unigrams-warm", func(b *testing.B) {
		c := Counter{}
		for _, d := range docs {
			if err := c.Add(d); err != nil {
				b.Fatal(err)
			}
		}
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				if err := c.Add(d); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	for _, cfg := range []struct {
		name string
		an   Analyzer
	}{
		{"unigrams", Analyzer{Workers: 1}},
		{"unigrams-2workers", Analyzer{Workers: 2}},
		{"nostem", Analyzer{NoStem: true, Workers: 1}},
		{"bigrams", Analyzer{NGrams: 2, Workers: 1}},
		{"trigrams", Analyzer{NGrams: 3, Workers: 1}},
		{"own-voice", Analyzer{Voices: OwnVoice, Workers: 1}},
	} {
		b.Run(cfg.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := cfg.an.Profile(docs...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkTokens(b *testing.B) {
	text := generate(1<<20, 2)
	var an Analyzer
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := an.Tokens(text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStemEnglish(b *testing.B) {
	words := strings.Fields(generate(64<<10, 3))
	for i := range words {
		words[i] = strings.ToLower(strings.Trim(words[i], ".,'s"))
	}
	b.Run("ours", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				stemEnglish(w)
			}
		}
	})
	b.Run("kljensen", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				english.Stem(w, true)
			}
		}
	})
}

// zipfProfiles returns two profiles over a vocabulary of v terms whose counts follow a
// Zipf law, with side B's counts perturbed so that the sides differ.
func zipfProfiles(v int) (*Profile, *Profile) {
	r := rand.New(rand.NewPCG(7, 7))
	mk := func(shift float64) *Profile {
		p := ProfileSpec{Analyzer: Analyzer{Language: "english"}, Documents: 1, Totals: []int{0}}
		for i := 0; i < v; i++ {
			c := int(1e6/math.Pow(float64(i+1), 1.07)*(1+shift*r.Float64())) + r.IntN(2)
			if c == 0 {
				continue
			}
			term := fmt.Sprintf("t%07d", i)
			p.Terms = append(p.Terms, TermStat{Term: term, N: 1, Count: c, DocFreq: 1, Forms: []Form{{term, c}}})
			p.Totals[0] += c
		}
		prof, err := NewProfile(p)
		if err != nil {
			panic(err)
		}
		return prof
	}
	return mk(0.2), mk(0.5)
}

// BenchmarkKeyness scores a 1,000,000-term vocabulary under each measure.
func BenchmarkKeyness(b *testing.B) {
	pa, pb := zipfProfiles(1_000_000)
	for _, m := range Measures() {
		b.Run(string(m), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Keyness(pa, pb, &KeynessOptions{Measure: m}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
