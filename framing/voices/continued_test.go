package voices

import "testing"

// TestContinuedAsDocumented: Span.Continued marks the later pieces of indirect speech cut
// by its cue or by a quotation inside it, and not the pieces of a direct quotation
// interrupted by its attribution, which share that attribution's offsets instead (the
// examples of Continued's doc; the texts are made up).
func TestContinuedAsDocumented(t *testing.T) {
	type piece struct {
		words     string
		voice     Voice
		continued bool
	}
	for _, tc := range []struct {
		name, text string
		want       []piece
	}{
		{"direct quotation interrupted by its attribution", "“We will win,” she said, “and soon.”",
			[]piece{{"We will win,", Quote, false}, {"and soon.", Quote, false}}},
		{"direct quotation, named speaker", "“We will win,” Maria Lopez said, “and soon.”",
			[]piece{{"We will win,", Quote, false}, {"and soon.", Quote, false}}},
		{"indirect speech cut by its cue", "The new levy on imported fuel, officials said, will not return next year.",
			[]piece{{"The new levy on imported fuel", Reported, false}, {"will not return next year", Reported, true}}},
		{"indirect speech cut by its cue, as in the doc", "The new levy, officials said, will not return",
			[]piece{{"The new levy", Reported, false}, {"will not return", Reported, true}}},
		{"indirect speech cut by a quotation, as in the doc", "Officials said the levy would “never come back” next year",
			[]piece{{"the levy would", Reported, false}, {"never come back", Quote, false}, {"next year", Reported, true}}},
		{"indirect speech cut by a quotation", "Officials said the levy would “never come back” to the ballot next year.",
			[]piece{{"the levy would", Reported, false}, {"never come back", Quote, false}, {"to the ballot next year", Reported, true}}},
		// A word or two quoted inside the clause is a piece of the indirect speech (see
		// mixedQuotes), and the pieces after the first are Continued.
		{"a word quoted inside indirect speech, as in the doc", "Officials said the levy would “never” return",
			[]piece{{"the levy would", Reported, false}, {"never", Reported, true}, {"return", Reported, true}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spans := Quotes(tc.text, "english")
			if len(spans) != len(tc.want) {
				t.Fatalf("%d spans, want %d: %+v", len(spans), len(tc.want), spans)
			}
			for i, w := range tc.want {
				sp := spans[i]
				if got := tc.text[sp.Start:sp.End]; got != w.words || sp.Voice != w.voice || sp.Continued != w.continued {
					t.Errorf("span %d: %q %v Continued=%v, want %q %v Continued=%v", i, got, sp.Voice, sp.Continued, w.words, w.voice, w.continued)
				}
				// Every piece carries the one attribution: the cue ("said") of the sentence.
				if cue := tc.text[sp.CueStart:sp.CueEnd]; cue != "said" || sp.SourceStart != spans[0].SourceStart || sp.CueStart != spans[0].CueStart {
					t.Errorf("span %d: cue %q at %d, source at %d; want \"said\" at %d, source at %d", i, cue, sp.CueStart, sp.SourceStart, spans[0].CueStart, spans[0].SourceStart)
				}
			}
		})
	}
}
