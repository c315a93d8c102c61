package framing

import (
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestCountryAdjectiveAlone: a country's adjective written alone ("Chilean") is no mention
// of a longer name it ends ("Upper Chilean"), which its whole name still is.
func TestCountryAdjectiveAlone(t *testing.T) {
	text := "The Upper Chilean league met in Halden. Chilean wine sold well at the fair. " +
		"Later the Upper Chilean league left, and a Chilean diplomat stayed."
	a := []corpus.Document{{ID: "a", Language: "english", Text: text}}
	b := []corpus.Document{{ID: "b", Language: "english", Text: text}}
	rls, err := (&Analyzer{}).LabelsEach(a, b, []string{"Upper Chilean"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := rls[0].MentionsA + rls[0].MentionsB; got != 4 {
		var ms []string
		for _, m := range rls[0].Mentions {
			ms = append(ms, m.Match)
		}
		t.Errorf("Upper Chilean: %d mentions %q, want the 4 of its whole name", got, ms)
	}
}
