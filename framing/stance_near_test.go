package framing

import (
	"fmt"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestLexMatcherPrepareNear: the matches that start in the narrative are the same whether
// the matcher reads every word or only the narrative's and those within the longest
// entry's reach after one (prepareNear, as Stance matches), including an entry whose last
// word is inside a quotation. Texts and lexicon invented.
func TestLexMatcherPrepareNear(t *testing.T) {
	lex, err := ParseLexicon(strings.NewReader("[eval]\nhollow promise\nsheer folly of it\nreckless\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	const text = "The plan was a hollow “promise of peace” for Halden. " +
		"Ivo Marek said: “It is a hollow promise and reckless.” " +
		"The new tax was sheer “folly of it all” and reckless."
	// Expected by hand: the narrative's "hollow" (its "promise" quoted), "sheer" (the rest
	// of its entry quoted, the last word three words on) and the last "reckless"; not the
	// quotation's "hollow promise" or "reckless".
	var want []string
	for _, w := range []struct{ s, after string }{{"hollow “promise", ""}, {"sheer “folly of it", ""}, {"reckless", "tax"}} {
		from := strings.Index(text, w.after)
		i := from + strings.Index(text[from:], w.s)
		want = append(want, text[i:i+len(w.s)])
	}
	var da docAnalyzer
	da.an = &Analyzer{}
	toks, w, err := da.tokens(&corpus.Document{ID: "d", Text: text, Language: "english"})
	if err != nil {
		t.Fatal(err)
	}
	for _, reach := range []int{-1, lex.maxWords() - 1} {
		var m lexMatcher
		m.prepareNear(w.set, text, toks, VoiceNarrative, reach)
		var got []string
		m.match(lex, func(cat, start, end int, voice Voice) {
			if voice == VoiceNarrative {
				got = append(got, text[start:end])
			}
		})
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("reach %d: narrative matches %q, want %q", reach, got, want)
		}
	}
}

// TestStanceEntryEndsInQuotation guards the reach Stance gives prepareNear: an entry of
// four words that starts in the narrative and ends three words into a quotation is
// counted, which a reach one word short would lose. Text and lexicon invented.
func TestStanceEntryEndsInQuotation(t *testing.T) {
	lex, err := ParseLexicon(strings.NewReader("[eval]\nsheer folly of it\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	const text = "Ivo Marek, the finance minister, defended the tax. “The tax is fair,” Marek said in a sheer “folly of it all” speech on Monday."
	var an Analyzer
	st, err := an.Stance([]corpus.Document{{ID: "d", Text: text, Language: "english"}}, &StanceOptions{Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range st {
		for _, e := range s.EvaluationEvidence {
			got = append(got, s.Speaker+": "+e.Match)
		}
	}
	if want := "Ivo Marek: sheer “folly of it"; strings.Join(got, "|") != want {
		t.Errorf("evaluation evidence %q, want %q", got, want)
	}
}

// TestLexMatcherFront checks the matcher's front cache, which it makes after lexFrontAfter
// words: a matcher that has it prepares the same words and stems as a fresh one without it,
// on more distinct surfaces than it has slots (so that they share slots), surfaces that
// differ only in their sixteenth or seventeenth byte, and words near the end of the text,
// which it does not cache. Texts invented.
func TestLexMatcherFront(t *testing.T) {
	var b strings.Builder
	for i := range 40000 {
		fmt.Fprintf(&b, "haldenpier%06d ", i)          // 16 bytes: cached
		fmt.Fprintf(&b, "haldenferries%03dx ", i%1000) // 17 bytes: never cached
		if i%7 == 0 {
			b.WriteString("Ruiz ruiz RUIZ Ruiz's quays quay ")
		}
	}
	text := b.String() + "haldenpier000001 quay"
	var da docAnalyzer
	da.an = &Analyzer{}
	toks, w, err := da.tokens(&corpus.Document{ID: "d", Text: text, Language: "english"})
	if err != nil {
		t.Fatal(err)
	}
	var warm lexMatcher
	warm.prepare(w.set, text, toks)
	warm.prepare(w.set, text, toks) // now with the front cache, filled on the way
	if warm.front == nil {
		t.Fatalf("no front cache after %d words", 2*len(toks))
	}
	var fresh lexMatcher
	fresh.prepare(w.set, text, toks)
	if fresh.front != nil {
		t.Fatal("a fresh matcher made its front cache")
	}
	if len(warm.lt) != len(fresh.lt) {
		t.Fatalf("%d words with the front cache, %d without", len(warm.lt), len(fresh.lt))
	}
	for i := range warm.lt {
		a, f := warm.lt[i], fresh.lt[i]
		if a.word != f.word || a.stem != f.stem || a.start != f.start || a.end != f.end {
			t.Fatalf("word %d: %q/%q at %d with the front cache, %q/%q at %d without", i, a.word, a.stem, a.start, f.word, f.stem, f.start)
		}
	}
}
