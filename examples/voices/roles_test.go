package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestSpeakersJoinRoles: a headline's speaker named by a country's role alone joins the
// person the other documents name with that role (framing.JoinSpeakerRoles), listed among
// the person's forms; a role without a country stays apart.
func TestSpeakersJoinRoles(t *testing.T) {
	docs := []corpus.Document{
		{ID: "d1", Language: "english", Text: "Moldovan President Ana Ruiz said the grain corridor would open on Monday."},
		{ID: "d2", Language: "english", Text: "The talks will go on, Moldovan President Ana Ruiz said on Friday."},
		{ID: "d3", Language: "english", Text: "Moldovan President Ana Ruiz told reporters the border was calm."},
		{ID: "d4", Language: "english", Text: "Moldovan president says the grain corridor is open\n\nShips left the port at dawn."},
		{ID: "d5", Language: "english", Text: "President says the talks will resume\n\nNo date was given."},
	}
	got := map[string]string{}
	for _, sp := range speakersOf(t, docs) {
		var forms []string
		for _, f := range sp.Forms {
			forms = append(forms, fmt.Sprintf("%s %d", f.Name, f.Count))
		}
		got[sp.Name] = fmt.Sprintf("%d statements: %s", sp.Statements, strings.Join(forms, ", "))
	}
	if want := "4 statements: Ana Ruiz 3, Moldovan president 1"; got["Ana Ruiz"] != want {
		t.Errorf("Ana Ruiz: %q, want %q (all: %v)", got["Ana Ruiz"], want, got)
	}
	if _, ok := got["Moldovan president"]; ok {
		t.Errorf("the role is a speaker of its own: %v", got)
	}
	if len(got) != 2 {
		t.Errorf("speakers %v; want Ana Ruiz and the president of d5 apart", got)
	}
}
