package framing

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestWindowEnd checks where a window of a text longer than maxWindow ends when the
// text's second half-window has no space or line break: after the first character that
// ends a word whatever surrounds it, so that a word is not cut in two. The wanted
// offsets are counted by hand from the strings built.
func TestWindowEnd(t *testing.T) {
	lo := maxWindow / 2 // the first byte a cut may follow
	x := func(n int) string { return strings.Repeat("x", n) }
	fill := x(maxWindow) // makes every text longer than one window
	for _, tc := range []struct {
		name string
		text string
		from int
		want int
	}{
		{"short text: its end", x(100), 0, 100},
		{"a space comes first", x(lo+20) + "," + x(9) + " " + fill, 0, lo + 31},
		{"a comma", x(lo+10) + "," + fill, 0, lo + 11},
		{"a comma in the first half-window is too early", x(lo-5) + "," + x(9) + "," + fill, 0, lo + 6},
		{"not a comma between digits", x(lo) + "1234567891,5xxxxx," + fill, 0, lo + 18},
		{"a semicolon", x(lo+3) + ";" + fill, 0, lo + 4},
		{"not a hyphen, period or apostrophe; a parenthesis", x(lo+10) + "-x.x'x)" + fill, 0, lo + 17},
		{"an em dash (3 bytes)", x(lo+10) + "—" + fill, 0, lo + 13},
		{"not a typographic apostrophe (3 bytes); a guillemet (2 bytes)", x(lo+10) + "’xxxxx»" + fill, 0, lo + 20},
		{"not a Cyrillic letter; a comma", strings.Repeat("м", lo/2+5) + "," + fill, 0, lo + 11},
		{"from inside the text", x(100+lo+5) + "," + fill, 100, 100 + lo + 6},
		// "x" and then 2-byte letters: the characters start at odd offsets, and maxWindow
		// is even.
		{"no word's end: a character's start", "x" + strings.Repeat("é", maxWindow), 0, maxWindow - 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := windowEnd(tc.text, tc.from); got != tc.want {
				t.Errorf("windowEnd = %d (maxWindow/2 + %d), want %d (maxWindow/2 + %d)", got, got-lo, tc.want, tc.want-lo)
			}
		})
	}
}

// TestVoiceReportLongDocument checks documents longer than maxWindow with no space or
// line break in a window's second half: VoiceReport, with every part on (statistics,
// quotations, stances), runs without a panic, its stances are Stance's, and its profiles
// are Analyzer.Profile's, which counts a document a window at a time (no word cut in two
// at a window's end; a run of more than maxWindow/2 bytes of word characters is still cut, as
// windowEnd and VoiceReportOptions.Profiles say). The second document's first window holds far more sentences than
// its second, whose sentence numbers start again from 0 (stances read them in order).
func TestVoiceReportLongDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzes two 5 MiB documents")
	}
	docs := []corpus.Document{
		{ID: "long", Text: strings.Repeat("bridge,", (5<<20)/7)},
		{ID: "sentences", Text: strings.Repeat("Ana Ruiz said it. ", (2<<20)/18+1) + strings.Repeat("bridge,", (3<<20)/7)},
		{ID: "short", Text: "“We will rebuild the bridge,” Ana Ruiz said in Halden."},
	}
	sets := []Voices{OwnVoice, AllVoices}
	var an Analyzer
	r, err := an.VoiceReport(docs, &VoiceReportOptions{Profiles: []VoiceProfile{{Voices: OwnVoice}, {Voices: AllVoices}}})
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range sets {
		want := Analyzer{Voices: v}
		p, err := want.Profile(docs...)
		if err != nil {
			t.Fatal(err)
		}
		if got, exp := marshalProfile(t, r.Profiles[k]), marshalProfile(t, p); !bytes.Equal(got, exp) {
			t.Errorf("voices %v: the report's profile (%d words, %d of %q) differs from the texts' (%d words, %d of %q)",
				v, r.Profiles[k].Total(1), r.Profiles[k].Count("bridg"), "bridg", p.Total(1), p.Count("bridg"), "bridg")
		}
	}
	// (5<<20)/7 = 748,982 times "bridge" in the first document, (3<<20)/7 = 449,389 in
	// the second, and once in the third's quotation.
	if n, want := r.Profiles[1].Count("bridg"), (5<<20)/7+(3<<20)/7+1; n != want {
		t.Errorf("all words: %d of %q, want %d", n, "bridg", want)
	}
	stances, err := an.Stance(docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(r.Sources)
	want, _ := json.Marshal(stances)
	if !bytes.Equal(got, want) {
		t.Errorf("stances: the report's\n%s\nStance's\n%s", got, want)
	}
}
