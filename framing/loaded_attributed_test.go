package framing

import (
	"slices"
	"testing"
)

// TestLoadedAttributed: a loaded word in a sentence that attributes what it says with a
// form of "say" or "tell" or with "according to" is a source's characterization, counted
// in Attributed and not listed; the same word in a sentence of the outlet's own is listed.
// The sentences are invented.
func TestLoadedAttributed(t *testing.T) {
	own := &Analyzer{Voices: OwnVoice}
	for _, c := range []struct {
		name, text string
		an         *Analyzer
		opts       LoadedOptions
		want       []string
		attributed int // Attributed of the word "reckless" (All lists it whatever the rules say)
	}{
		{"own sentence", "The council passed a reckless budget on Monday.", own, LoadedOptions{}, []string{"reckless"}, 0},
		{"said after", "The budget was reckless, the treasurer said.", own, LoadedOptions{}, []string{}, 1},
		{"says before", "The treasurer says the budget is reckless.", own, LoadedOptions{}, []string{}, 1},
		{"told", "A clerk told reporters the budget was reckless.", own, LoadedOptions{}, []string{}, 1},
		{"according to", "According to the auditors, the budget is reckless.", own, LoadedOptions{}, []string{}, 1},
		{"according without to", "The budget was reckless and the vote went accordingly.", own, LoadedOptions{}, []string{"reckless"}, 0},
		{"cue in another sentence", "The treasurer said little. The budget was reckless.", own, LoadedOptions{}, []string{"reckless"}, 0},
		{"capital cue", "Said the treasurer: the budget was reckless.", own, LoadedOptions{}, []string{}, 1},
		{"kept", "The budget was reckless, the treasurer said.", own, LoadedOptions{KeepAttributed: true}, []string{"reckless"}, 0},
		{"the cue's subject", "The reckless council said on Monday it would vote.", own, LoadedOptions{}, []string{"reckless"}, 0},
		{"a relative clause's cue", "They passed a reckless budget that residents had said they feared.", own, LoadedOptions{}, []string{"reckless"}, 0},
		{"a cue's subject, far", "The reckless and costly plan of the old council said little.", own, LoadedOptions{}, []string{}, 1},
		{"one use of two attributed", "The reckless budget passed. It was reckless, a clerk said.", own, LoadedOptions{}, []string{"reckless"}, 1},
		// A word quoted inside indirect speech is counted with it in the own voice, but is the
		// source's word (Span.Marked), whatever the cue.
		{"quoted inside indirect speech", "Ana Ruiz claimed Ivo Marek had been “reckless” with the Halden budget.", own, LoadedOptions{}, []string{}, 1},
		{"quoted inside indirect speech, kept", "Ana Ruiz claimed Ivo Marek had been “reckless” with the Halden budget.", own, LoadedOptions{KeepAttributed: true}, []string{"reckless"}, 0},
		{"unquoted inside indirect speech", "Ana Ruiz claimed Ivo Marek had been reckless with the Halden budget.", own, LoadedOptions{}, []string{"reckless"}, 0},
		// A direct quotation is already someone else's words: in every voice, the user asked
		// for them, and the rule leaves them to the voice rule.
		{"quotation, every voice", `The treasurer said: "The budget is reckless."`, &Analyzer{}, LoadedOptions{}, []string{"reckless"}, 0},
		{"quotation, own voice", `The treasurer said: "The budget is reckless."`, own, LoadedOptions{All: true}, []string{}, -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			lts := loadedOf(t, c.an, c.text, &c.opts)
			if got := loadedWords(lts); !slices.Equal(got, c.want) {
				t.Errorf("%q: listed %q, want %q", c.text, got, c.want)
			}
			if c.attributed < 0 {
				return
			}
			o := c.opts
			o.All = true
			found := false
			for _, l := range loadedOf(t, c.an, c.text, &o) {
				if l.Word == "reckless" {
					found = true
					if l.Attributed != c.attributed {
						t.Errorf("%q: Attributed %d, want %d", c.text, l.Attributed, c.attributed)
					}
				}
			}
			switch {
			case !found && c.attributed == 0:
				t.Errorf("%q: reckless not counted with All", c.text)
			case !found:
				// Every use attributed: no own use to list, even with All (the rule applies
				// there too); with KeepAttributed the same uses are counted as own.
				o.KeepAttributed = true
				n := 0
				for _, l := range loadedOf(t, c.an, c.text, &o) {
					if l.Word == "reckless" {
						n = l.Count
					}
				}
				if n != c.attributed {
					t.Errorf("%q: with KeepAttributed, reckless counted %d times, want %d", c.text, n, c.attributed)
				}
			}
		})
	}
}
