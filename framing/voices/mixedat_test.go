package voices

import (
	"strings"
	"testing"
)

// TestMixedAtAlone checks quotations of a word or two that no cue of their sentence puts
// inside indirect speech, whatever the sentences around them say, one that repeats words
// quoted before, and that only English reads them as part of indirect speech (mixedAt):
// none of them is Marked, in Quotes or wanting the own voice, but the English row.
func TestMixedAtAlone(t *testing.T) {
	tests := []struct {
		name, lang, text, quoted string
		marked                   bool
	}{
		{"no cue in the sentence", "english", "Ana Ruiz spoke on Monday. The ferry made a “quiet” return to Halden.", "quiet", false},
		{"a cue in the sentence before", "english", "Ana Ruiz said the port would close. The ferry made a “quiet” return to Halden.", "quiet", false},
		{"a cue after a preposition", "english", "Ivo Marek wrote to the crews about a “quiet” return to Halden.", "quiet", false},
		{"repeating words quoted before", "english",
			"“The harbor tax is theft,” Ivo Marek said in Halden. Ana Ruiz said she would end the “harbor tax” within a year.", "harbor tax", false},
		{"the same in Spanish", "spanish", "Ana Ruiz dijo que el plan “funcionó” en Halden el lunes.", "funcionó", false},
		{"English, for contrast", "english", "Ana Ruiz said that the plan “worked” in Halden on Monday.", "worked", true},
		{"that after a preposition", "english", "Ana Ruiz said on Monday that the “slow return” of the ferry pleased her.", "slow return", true},
		{"a finite verb after a preposition", "english", "Ana Ruiz said on Monday the ferry had made a “slow return” to Halden.", "slow return", true},
		{"a subject pronoun after the cue", "english", "Ana Ruiz said she, like the crews on the pier, “trusts” the plan.", "trusts", true},
		{"to before a determiner is a preposition", "english", "Ana Ruiz spoke to the “experts” in Halden.", "experts", false},
		{"a semicolon ends the cue's clause", "english", "Ivo Marek said nothing; the board ignored the “reform” for years.", "reform", false},
		{"a relative clause closed by its comma", "english", "Ivo Marek, who said little, watched the “reform” fail in Halden.", "reform", false},
		{"inside the relative clause's content", "english", "Ivo Marek, who said the “reform” had failed, left Halden in May.", "reform", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := strings.LastIndex(tt.text, tt.quoted) // the last: a quotation may repeat one before
			if at < 0 {
				t.Fatalf("no %q in the text", tt.quoted)
			}
			g := Segmenter{Lang: LangOf(tt.lang), Want: Own}
			for name, spans := range map[string][]Span{"Quotes": Quotes(tt.text, tt.lang), "Own": g.Segment(tt.text, Scan(tt.text, LangOf(tt.lang), nil))} {
				found := false
				for _, sp := range spans {
					if sp.Start == at {
						found = true
						if sp.Marked != tt.marked {
							t.Errorf("%s: %q marked %v, want %v", name, tt.quoted, sp.Marked, tt.marked)
						}
					}
				}
				if !found {
					t.Errorf("%s: no span at %q", name, tt.quoted)
				}
			}
		})
	}
}
