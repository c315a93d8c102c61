package report

import (
	"strings"
	"testing"

	"github.com/framediff/framediff/framing"
)

// TestSpeakersNamedApart: the voices section lists speakers quoted by name in its table and
// those quoted by a description in lower case ("the spokesperson", "officials") in a line
// of their own, since the same description summed over documents may be different people.
func TestSpeakersNamedApart(t *testing.T) {
	a, b := sampleAllSides(t)
	r, err := Build(&framing.Analyzer{Voices: framing.OwnVoice}, a, b, "state", "wire", nil, &Options{Top: 50})
	if err != nil {
		t.Fatal(err)
	}
	if r.VoicesA == nil || r.VoicesB == nil {
		t.Fatal("the report has no voices")
	}
	r.VoicesA.Speakers = []framing.Count{{Name: "the spokesperson", Count: 7}, {Name: "Ana Ruiz", Count: 3},
		{Name: "officials", Count: 2}, {Name: "Élodie Marin", Count: 1}, {Name: "économistes", Count: 1}}
	p := openReport(t, r)
	rows := p.texts("#voices table.speakers td:first-child")
	want := []string{"Ana Ruiz", "Élodie Marin"}
	if len(rows) < len(want) || rows[0] != want[0] || rows[1] != want[1] {
		t.Errorf("side A's table of speakers %q, want it to begin %q", rows, want)
	}
	for _, r := range rows[:min(len(rows), 5)] {
		if r == "the spokesperson" || r == "officials" || r == "économistes" {
			t.Errorf("a description in the table of names: %q", r)
		}
	}
	desc := p.text("#voices p.descriptions")
	for _, w := range []string{"the spokesperson (7)", "officials (2)", "économistes (1)"} {
		if !strings.Contains(desc, w) {
			t.Errorf("side A's descriptions %q lack %q", desc, w)
		}
	}
}
