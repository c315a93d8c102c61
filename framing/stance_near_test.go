package framing

import (
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
