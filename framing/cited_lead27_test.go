package framing

import (
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestVoiceStatsCitedApart checks that a legal text a statement is attributed to is
// counted under Cited, not among the speakers, and that a person stays a speaker.
func TestVoiceStatsCitedApart(t *testing.T) {
	docs := []corpus.Document{
		{ID: "1", Text: `The Basic Law says that "the council shall meet every month." Governor Lena Ortiz said she would call the next meeting early.`},
		{ID: "2", Text: `"We will not wait," Lena Ortiz said on Monday.`},
	}
	vs, err := (&Analyzer{}).VoiceStats(docs...)
	if err != nil {
		t.Fatal(err)
	}
	names := func(cs []Count) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Name)
		}
		return out
	}
	if !slices.Contains(names(vs.Cited), "Basic Law") {
		t.Errorf("Cited = %v, want Basic Law among them", vs.Cited)
	}
	if slices.Contains(names(vs.Speakers), "Basic Law") {
		t.Errorf("Speakers = %v: a legal text listed as a speaker", vs.Speakers)
	}
	if !slices.ContainsFunc(names(vs.Speakers), func(n string) bool { return n == "Lena Ortiz" || n == "Governor Lena Ortiz" }) {
		t.Errorf("Speakers = %v, want Lena Ortiz", vs.Speakers)
	}
	none, err := (&Analyzer{}).VoiceStats(docs[1])
	if err != nil {
		t.Fatal(err)
	}
	if none.Cited != nil || none.Speakers == nil {
		t.Errorf("without a legal text: Cited = %v (want nil), Speakers = %v", none.Cited, none.Speakers)
	}
}
