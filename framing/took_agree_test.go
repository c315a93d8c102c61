package framing

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSegmentSpansAgree checks the own-voice counting loop, which scans plain words inline
// (segmentSpans, scan.Scanner.Took), against the token analyses' loop, which leaves every
// word to scan.Scanner.NextSpan (segment): the same tokens and the same spans, on invented
// texts whose fragments reach each case of the scanner (abbreviations, numbers with
// separators, possessives, quotation marks, dashes, non-ASCII, invalid UTF-8, words at the
// end of the text). A word the inline loop cut differently would move a token here.
func TestSegmentSpansAgree(t *testing.T) {
	an := Analyzer{Voices: OwnVoice}
	lang, err := an.resolved("")
	if err != nil {
		t.Fatal(err)
	}
	frags := []string{"Ana", "Ruiz", "said", "U.S.", "F.B.I.\u2019s", "Mr.", "MR.", "Messrs.", "1,000.5", "9,",
		"\u201cwe", "will\u201d", "\"no\"", "'yes'", "Halden's", "Ruiz\u2019s", "ferry\u2014pier", "pier-side", "caf\u00e9",
		"\u00c9TC.", "\u00c5sa.", "\xff", "\xe2\x80", "\u6e2f", "\uff0c", "ana@halden.example", "https://halden.example/a",
		"abcdefghijklmnop", "abcdefghijklmnopq", ".", ",", ";", ":", "?", "!", "(", ")", "\n\n", "\t", "\u00ad", "e\u0301"}
	r := rand.New(rand.NewPCG(7, 11))
	texts := []string{"", "Ana", "Ana Ruiz said.", "\u201cNo,\u201d Ana Ruiz said of the U.S. plan"}
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(40) {
			b.WriteString(frags[r.IntN(len(frags))])
			if r.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for _, want := range []Voices{OwnVoice, QuotedVoices, AllVoices} {
		w1, err := an.newWorker(lang)
		if err != nil {
			t.Fatal(err)
		}
		w2, err := an.newWorker(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range texts {
			spans1 := slices.Clone(w1.segmentSpans(text, 0, len(text), want, 0, false))
			spans2 := w2.segment(text, 0, len(text), want)
			if len(w1.ctoks) != len(w2.vtoks) {
				t.Fatalf("%q: %d tokens inline, %d by NextSpan", text, len(w1.ctoks), len(w2.vtoks))
			}
			for i, c := range w1.ctoks {
				// A counted token keeps its start and its surface, whose text gives its end.
				if v, s := w2.vtoks[i], w1.tab.text(c.sid); int(c.start) != v.Start || s != text[v.Start:v.End] {
					t.Fatalf("%q: token %d is %q at %d inline, [%d,%d) by NextSpan", text, i, s, c.start, v.Start, v.End)
				}
			}
			if !slices.Equal(spans1, spans2) {
				t.Fatalf("%q: spans differ\ninline    %+v\nNextSpan  %+v", text, spans1, spans2)
			}
		}
	}
}
