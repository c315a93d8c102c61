package framing

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestLoadedContrastLabels: with ContrastLabels, a label (a word only of the pejorative or
// laudatory category) is listed when another account reports the same thing without it,
// and not when no account reports its sentence or the aligned sentence uses it too; a
// loaded action is listed either way. The texts are invented.
func TestLoadedContrastLabels(t *testing.T) {
	lex, err := ParseLexicon(strings.NewReader("[pejorative]\nhardliner\nreckless\n[laudatory]\nvisionary\n[loaded-action]\nslammed\n"), "labels")
	if err != nil {
		t.Fatal(err)
	}
	an := &Analyzer{Voices: OwnVoice}
	account := []corpus.Document{{ID: "a", Language: "english", Text: "The governor, a hardliner, slammed the harbor budget on Monday. " +
		"Separately, a reckless plan and a reckless loan for new tram lines surfaced overnight. " +
		"The visionary architect opened the glass museum downtown."}}
	others := []corpus.Document{{ID: "b", Language: "english", Text: "The governor criticized the harbor budget on Monday. " +
		"The visionary architect opened the glass museum downtown on Friday."}}
	bg, err := an.Profile(corpus.Document{ID: "bg", Language: "english", Text: "The ministry held talks on Monday. Officials approved the plan."})
	if err != nil {
		t.Fatal(err)
	}
	// The Shared rule off, so that "visionary", which the other account uses as often, is
	// a candidate and only the contrast decides.
	base := LoadedOptions{Lexicon: lex, Others: others, MaxShared: -1}
	run := func(o LoadedOptions) map[string]LoadedTerm {
		t.Helper()
		lts, err := an.LoadedTerms(account, bg, &o)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]LoadedTerm{}
		for _, l := range lts {
			out[l.Word] = l
		}
		return out
	}
	words := func(m map[string]LoadedTerm) []string {
		var w []string
		for k := range m {
			w = append(w, k)
		}
		slices.Sort(w)
		return w
	}
	all := run(base)
	if got, want := words(all), []string{"hardliner", "reckless", "slammed", "visionary"}; !slices.Equal(got, want) {
		t.Fatalf("without ContrastLabels: %v, want %v", got, want)
	}
	// Aligned and contrasted uses, by hand: the first sentence is aligned with the other
	// account's first, which has neither "hardliner" nor "slammed"; the second sentence
	// has no counterpart; the third is aligned with one that uses "visionary".
	for _, c := range []struct {
		word                string
		aligned, contrasted int
	}{{"hardliner", 1, 1}, {"slammed", 1, 1}, {"reckless", 0, 0}, {"visionary", 1, 0}} {
		if l := all[c.word]; l.Aligned != c.aligned || l.Contrasted != c.contrasted {
			t.Errorf("%s: aligned %d, contrasted %d; want %d, %d", c.word, l.Aligned, l.Contrasted, c.aligned, c.contrasted)
		}
	}
	o := base
	o.ContrastLabels = true
	if got, want := words(run(o)), []string{"hardliner", "slammed"}; !slices.Equal(got, want) {
		t.Errorf("with ContrastLabels: %v, want %v", got, want)
	}
	// Top applies to what the rule leaves. "reckless", used twice where every other word is
	// used once (and none is in the background), ranks first without the rule; with it,
	// Top 1 keeps the first word the rule leaves, not the dropped label, and not nothing:
	// "hardliner" and "slammed" have one use each and none in the background, so the same z,
	// and the ranking's last key, the term, puts "hardlin" before "slam".
	top := base
	top.Top = 1
	if got, want := words(run(top)), []string{"reckless"}; !slices.Equal(got, want) {
		t.Fatalf("without ContrastLabels, Top 1: %v, want %v", got, want)
	}
	o.Top = 1
	if got, want := words(run(o)), []string{"hardliner"}; !slices.Equal(got, want) {
		t.Errorf("with ContrastLabels and Top 1: %v, want %v", got, want)
	}
	// Without the other accounts there is nothing to contrast with.
	o = LoadedOptions{Lexicon: lex, ContrastLabels: true}
	if _, err := an.LoadedTerms(account, bg, &o); !errors.Is(err, ErrOption) {
		t.Errorf("ContrastLabels without Others: %v, want ErrOption", err)
	}
}

func TestIsLabel(t *testing.T) {
	for _, c := range []struct {
		cats []string
		want bool
	}{
		{nil, false},
		{[]string{"pejorative"}, true},
		{[]string{"laudatory", "pejorative"}, true},
		{[]string{"intensifier", "pejorative"}, false},
		{[]string{"loaded-action"}, false},
	} {
		if got := isLabel(c.cats); got != c.want {
			t.Errorf("isLabel(%v) = %v, want %v", c.cats, got, c.want)
		}
	}
}
