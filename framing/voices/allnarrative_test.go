package voices

import (
	"reflect"
	"testing"
)

// TestAllNarrative checks Segmenter.AllNarrative on invented texts: true only for a text
// without quotations, lines of dialogue or a paragraph ending with a colon, for
// voices that tell narrative from indirect speech only by quotation marks; and a text it
// calls all narrative has no span when segmented.
func TestAllNarrative(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             Set
		all              bool
	}{
		{"plain narrative", "english", "The council of Halden met on Monday. Ana Ruiz chaired it.", Own, true},
		{"indirect speech alone", "english", "Ivo Marek said that the bridge would reopen in May.", Own, true},
		{"empty", "english", "", Own, true},
		{"apostrophes", "english", "It's the town's bridge, and O'Brien's too.", Own, true},
		{"curly apostrophe", "english", "It’s the town’s bridge.", Own, true},
		{"straight quotation", "english", `Ana Ruiz said: "We will rebuild it."`, Own, false},
		{"curly quotation", "english", "Critics called it a “disaster”.", Own, false},
		{"plural possessive", "english", "The voters' anger grew.", Own, true},
		{"single marks that pair", "english", "Critics called it a 'disaster' on Monday.", Own, false},
		{"single marks that pair, a possessive besides", "english", "The voters' anger grew. Critics called it a 'disaster'.", Own, false},
		{"double mark that only closes", "english", `The plan is dead," Ana Ruiz said.`, Own, false},
		{"colon ends a paragraph", "english", "Lena Varga wrote:\n\nThe council has failed us.", Own, false},
		{"colon ends the text", "english", "Lena Varga wrote the following:", Own, true},
		{"colon inside a paragraph", "english", "The plan has two parts: a bridge and a road.\n\nIt costs more.", Own, true},
		{"dialogue in Spanish", "spanish", "— No vamos a ceder — dijo Ana Ruiz.\n\nEl puente abrirá.", Own, false},
		{"dash in English", "english", "— Old hands —\n\nThe bridge will reopen.", Own, true},
		{"every voice", "english", "The council met on Monday.", All, false},
		{"reported told apart", "english", "The council met on Monday.", 1 << Narrative, false},
		{"quotations told from scare quotes", "english", "The council met on Monday.", 1<<Narrative | 1<<Reported | 1<<Quote, false},
		{"quoted voices", "english", "The council met on Monday.", Quoted, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Segmenter{Lang: LangOf(tt.lang), Want: tt.want}
			if got := g.AllNarrative(tt.text); got != tt.all {
				t.Fatalf("AllNarrative = %v, want %v", got, tt.all)
			}
			if tt.all {
				toks := Scan(tt.text, g.Lang, nil)
				if spans := g.Segment(tt.text, toks); len(spans) > 0 {
					t.Errorf("all narrative, but segmented into %+v", spans)
				}
			}
		})
	}
}

// TestAllNarrativeThenSegment checks that a Segmenter asked AllNarrative before each text
// segments every text as one that was not asked, whichever the text it was asked about
// last.
func TestAllNarrativeThenSegment(t *testing.T) {
	texts := []string{
		`"We will not give up," Ana Ruiz said on Monday. Critics called the plan a "disaster".`,
		"The council of Halden met on Monday.",
		"The voters' anger grew. Critics called it a 'disaster'.",
		"Lena Varga wrote:\n\nThe council has failed us.\n\nOthers disagreed, according to a spokesman.",
		"Ivo Marek told reporters that the bridge in Halden would reopen. “It is safe,” he said.",
	}
	en := LangOf("english")
	for _, want := range []Set{All, Own, Quoted} {
		for _, ask := range texts {
			for _, text := range texts {
				asked, fresh := Segmenter{Lang: en, Want: want}, Segmenter{Lang: en, Want: want}
				asked.AllNarrative(ask)
				toks := Scan(text, en, nil)
				got, w := asked.Segment(text, toks), fresh.Segment(text, toks)
				if !reflect.DeepEqual(got, w) {
					t.Errorf("%v, asked about %q, %q: %+v, want %+v", want, ask, text, got, w)
				}
			}
		}
	}
}
