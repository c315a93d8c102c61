package framing

import (
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestFramesLexiconWildcards checks that the frames lexicon's English entries for money
// and markets match those words and not others that share their first letters
// (news-frames.txt, version 3): "investigation" is no economic or resolution word,
// "stockpile" and "Stockholm" no economic one.
func TestFramesLexiconWildcards(t *testing.T) {
	for _, c := range []struct {
		text     string
		category string
		want     int
	}{
		{"The investigation and the investigators reached Stockholm near the stockpile.", "economic", 0},
		{"The investigation and the investigators reached Stockholm near the stockpile.", "resolution", 0},
		{"Investors invested in stocks; the investment grew and stockholders invest again.", "economic", 6},
		{"The council is investing in flood defences.", "resolution", 1},
	} {
		p, err := (&Analyzer{}).LexiconProfile([]corpus.Document{{ID: "x", Event: "e", Outlet: "o", Text: c.text}}, FramesLexicon())
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, term := range p.Terms() {
			if term.Term == c.category {
				got = term.Count
			}
		}
		if got != c.want {
			t.Errorf("%q: %s = %d, want %d", c.text, c.category, got, c.want)
		}
	}
}
