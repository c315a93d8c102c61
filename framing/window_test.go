package framing

import (
	"errors"
	"strings"
	"testing"
)

// TestWindowedDocument checks that a document longer than the segmenter's window is counted
// a window at a time with the same voices that Tokens gives its tokens, and that the
// token-level analyses refuse a document beyond MaxTokenDocument with ErrTooLarge rather
// than run out of memory.
func TestWindowedDocument(t *testing.T) {
	unit := "“We will rebuild the bridge,” the mayor said. Critics called the plan “a waste.”\n\n" +
		"The ministry said in a statement:\n\nThe dam is safe.\n\n"
	text := strings.Repeat(unit, maxWindow/len(unit)+200) // a little over one window
	if len(text) <= maxWindow {
		t.Fatal("the text must be longer than one window")
	}
	toks, err := (&Analyzer{}).Tokens(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []Voices{OwnVoice, QuotedVoices} {
		want := 0
		for _, tk := range toks {
			if tk.Counted() && set.Has(tk.Voice) {
				want++
			}
		}
		p, err := (&Analyzer{Voices: set}).ProfileTexts(text)
		if err != nil {
			t.Fatal(err)
		}
		if p.Total(1) != want {
			t.Errorf("voices %v: profile counts %d, Tokens %d", set, p.Total(1), want)
		}
	}
	huge := strings.Repeat("word ", MaxTokenDocument/5+1)
	if _, err := (&Analyzer{}).Tokens(huge); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Tokens of %d bytes: %v, want ErrTooLarge", len(huge), err)
	}
	p, err := (&Analyzer{Voices: OwnVoice}).ProfileTexts(huge)
	if err != nil {
		t.Fatalf("counting %d bytes: %v", len(huge), err)
	}
	if n := p.Count("word"); n != MaxTokenDocument/5+1 {
		t.Errorf("counted %d words, want %d", n, MaxTokenDocument/5+1)
	}
}
