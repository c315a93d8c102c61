package report

import (
	"slices"
	"testing"

	"github.com/framediff/framediff/framing"
)

// TestBuildProgress: Options.Progress hears each step of Build once, in order, and the
// time section only when one is asked for.
func TestBuildProgress(t *testing.T) {
	a, b := sampleAllSides(t)
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	for _, tc := range []struct {
		time *framing.TimelineOptions
		want []string
	}{
		{nil, []string{"counting the terms", "the document-level test", "lines and quotations", "lexicon categories", "events"}},
		{&framing.TimelineOptions{Terms: []string{"ministry"}},
			[]string{"counting the terms", "the document-level test", "lines and quotations", "lexicon categories", "events", "the time section"}},
	} {
		var got []string
		_, err := Build(an, a, b, "state", "wire", nil, &Options{KWIC: 2, Time: tc.time, Lump: true,
			DocTest: &framing.DocTestOptions{Permutations: -1}, Progress: func(s string) { got = append(got, s) }})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("time %v: steps %q, want %q", tc.time != nil, got, tc.want)
		}
	}
}
