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

// TestShiftSidesColoured: a bar of the word shift graph is in its side's colour of the
// scatter (A blue, B orange) and named by that side's own form of the word, where the two
// sides write the stem differently.
func TestShiftSidesColoured(t *testing.T) {
	a, b := sampleAllSides(t)
	r, err := Build(&framing.Analyzer{Voices: framing.OwnVoice}, a, b, "state", "wire", nil, &Options{Top: 50})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Terms) < 2 {
		t.Fatalf("%d terms", len(r.Terms))
	}
	r.Terms[0].Word, r.Terms[0].WordA, r.Terms[0].WordB = "Harbour", "harbouring", "Harbour"
	r.Terms[1].Word, r.Terms[1].WordA, r.Terms[1].WordB = "pier", "", ""
	r.Shift = []framing.Shift{
		{Term: r.Terms[0].Term, Word: "Harbour", CountA: 9, CountB: 1, Contribution: 0.02, Share: 0.6, TowardA: true},
		{Term: r.Terms[1].Term, Word: "pier", CountA: 1, CountB: 7, Contribution: 0.01, Share: 0.3},
	}
	p := openReport(t, r)
	fills := p.attrs("#shift rect.shift", "fill")
	if len(fills) != 2 || fills[0] != "#0072b2" || fills[1] != "#d55e00" {
		t.Errorf("bar colours %q, want A's blue then B's orange", fills)
	}
	labels := p.texts("#shift text")
	var got []string
	for _, l := range labels {
		if strings.Contains(l, "%") {
			got = append(got, l)
		}
	}
	if len(got) != 2 || !strings.HasPrefix(got[0], "harbouring") || !strings.HasPrefix(got[1], "pier") {
		t.Errorf("bar labels %q, want side A's own form %q first, then %q", got, "harbouring", "pier")
	}
}
