package voices

import (
	"strings"
	"testing"
)

// TestMixedOnlyAgrees checks that a Segmenter wanting the own voice, or the quoted
// voices, which attributes no quotation to decide mixedQuotes (see mixedAt), puts every
// word in the wanted set or not as Quotes does, on texts whose candidates stand near other
// quotations: one quoted before (its attribution speaks on or is repeated), a title joined
// to the candidate, a quotation that ends the sentence before or opens the one after (its
// cue may stand in the candidate's sentence), a subheading in single marks and a block
// quotation. The quoted words named in each row are in the own voice or not as said there.
func TestMixedOnlyAgrees(t *testing.T) {
	tests := []struct {
		name, text, quoted string
		own                bool // whether quoted is in the own voice
	}{
		{"alone", "Ana Ruiz said she “respects” Ivo Marek and would work with him.", "respects", true},
		{"a surname that is a modal verb", "Ana Ruiz said on Monday Peter Will “backed” the plan.", "backed", false},
		{"after a long quotation",
			"“We will keep the ferry running all winter, whatever the council decides,” Ana Ruiz said on Monday. " +
				"Ivo Marek said the council would hold a “full review” of the Halden budget next month.",
			"full review", true},
		{"repeating words quoted before",
			"“The harbor tax is theft from every family in Halden,” Ivo Marek said. " +
				"Ana Ruiz said she would never call the levy “harbor tax” in her speech.",
			"harbor tax", false},
		{"after a quotation ending the sentence before",
			"Lena Varga spoke first. “We are ready,” she said. Ana Ruiz said the vote was “rigged” in Halden.",
			"rigged", true},
		{"before a quotation opening the sentence after",
			"Ivo Marek said the council would bring a “full review” to Halden. “It will take months,” he added.",
			"full review", true},
		{"a title before it",
			"Ana Ruiz said the film “Harbor Nights” and the book “Keepers” moved her to tears in Halden.",
			"Keepers", true},
		{"a so-called word",
			"Ana Ruiz said she would end the so-called “harbor” tax in Halden. “Soon,” she said.",
			"harbor", false},
		{"after a subheading",
			"Lena Varga spoke in Halden.\n\n‘A long night’\n\nIvo Marek said the vote was “rigged” by the council.",
			"rigged", true},
		{"after a block quotation",
			"Ana Ruiz said:\n\nThe harbor will stay open all winter.\n\nIvo Marek said the plan “worked” for Halden in the end.",
			"worked", true},
		{"ending its clause, many quotations",
			"“No,” Ruiz said. “Never,” Marek said. “Maybe,” Varga said. Ana Ruiz said the Halden plan was “reckless.”",
			"reckless.", false},
	}
	en := LangOf("english")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := strings.Index(tt.text, tt.quoted)
			if at < 0 {
				t.Fatalf("no %q in the text", tt.quoted)
			}
			toks := Scan(tt.text, en, nil)
			full := voicesAt(Quotes(tt.text, "english"), toks)
			for _, want := range []Set{Own, Quoted} {
				g := Segmenter{Want: want}
				got := voicesAt(g.Segment(tt.text, toks), toks)
				for i, tk := range toks {
					if want.Has(full[i]) != want.Has(got[i]) {
						t.Errorf("wanting %v, %q is %v, but %v in Quotes", want, tt.text[tk.Start:tk.End], got[i], full[i])
					}
					if tk.Start == at && want == Own && want.Has(got[i]) != tt.own {
						t.Errorf("%q is %v: in the own voice %v, want %v", tt.quoted, got[i], want.Has(got[i]), tt.own)
					}
				}
			}
		})
	}
}

// voicesAt returns the voice of each token: that of the span holding it, or Narrative.
func voicesAt(spans []Span, toks []Token) []Voice {
	out := make([]Voice, len(toks))
	j := 0
	for i, tk := range toks {
		for j < len(spans) && spans[j].End <= tk.Start {
			j++
		}
		for k := j; k < len(spans) && spans[k].Start <= tk.Start; k++ {
			if tk.Start < spans[k].End {
				out[i] = spans[k].Voice
			}
		}
	}
	return out
}
