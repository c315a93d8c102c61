package framing

import (
	"errors"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestLoadedNoWords: an account with no counted word in any voice, or a background with
// none, is an error wrapping ErrEmpty that names what is empty (not Keyness's "side A" or
// "side B"); an account whose every word is quoted is not (TestLoadedTally's "every word
// quoted").
func TestLoadedNoWords(t *testing.T) {
	own := &Analyzer{Voices: OwnVoice}
	bg := mustProfileUx25(t, own, "Halden opened a library.")
	empty, err := own.Profile(corpus.Document{ID: "bg", Language: "english", Text: `"Only quoted words."`})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name       string
		account    []corpus.Document
		background *Profile
		want       string // in the error; "" for none
	}{
		{"empty account", []corpus.Document{{ID: "e1", Language: "english"}, {ID: "e2", Language: "english", Text: "..."}}, bg, `the account (documents "e1", "e2") has no counted words`},
		{"empty background", []corpus.Document{{ID: "a", Language: "english", Text: "A reckless plan."}}, empty, "the background has no counted words"},
		{"every word quoted", []corpus.Document{{ID: "q", Language: "english", Text: `"A reckless plan."`}}, bg, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := own.LoadedReport(c.account, c.background, nil)
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("error %v", err)
			case c.want == "":
				if r.Tally != (LoadedTally{Hits: 1, InQuotes: 1}) || len(r.Terms) != 0 || len(r.SetAside) != 1 {
					t.Errorf("tally %+v, terms %v, set aside %v", r.Tally, r.Terms, r.SetAside)
				}
			case !errors.Is(err, ErrEmpty) || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "side "):
				t.Errorf("error %v, want ErrEmpty saying %q", err, c.want)
			}
		})
	}
}
