package voices

import (
	"reflect"
	"strings"
	"testing"
)

// TestNarrativeBefore checks Segmenter.NarrativeBefore on invented texts: the whole text
// when it has no quotation, line of dialogue or paragraph ending with a colon, else the
// start of the first paragraph with one, for voices that tell narrative from indirect
// speech only by quotation marks (0 for the others); and no span of the text segmented
// starts before it.
func TestNarrativeBefore(t *testing.T) {
	const whole = "\x00" // the whole text
	tests := []struct {
		name, lang, text string
		want             Set
		at               string // the bound is where this starts in text, or whole
	}{
		{"plain narrative", "english", "The council of Halden met on Monday. Ana Ruiz chaired it.", Own, whole},
		{"indirect speech alone", "english", "Ivo Marek said that the bridge would reopen in May.", Own, whole},
		{"empty", "english", "", Own, whole},
		{"apostrophes", "english", "It's the town's bridge, and O'Brien's too.", Own, whole},
		{"curly apostrophe", "english", "It’s the town’s bridge.", Own, whole},
		{"straight quotation", "english", `Ana Ruiz said: "We will rebuild it."`, Own, "Ana"},
		{"curly quotation", "english", "Critics called it a “disaster”.", Own, "Critics"},
		{"quotation in the second paragraph", "english", "The council met on Monday.\n\nAna Ruiz said: \"We will rebuild it.\"", Own, "Ana"},
		{"quotation that only closes, in the third", "english", "The council met.\n\nIt voted.\n\nThe plan is dead,\" Ana Ruiz said.", Own, "The plan"},
		{"plural possessive", "english", "The voters' anger grew.", Own, whole},
		{"single marks that pair", "english", "Critics called it a 'disaster' on Monday.", Own, "Critics"},
		{"single marks that pair, a possessive before", "english", "The voters' anger grew.\n\nCritics called it a 'disaster'.", Own, "The voters"},
		{"colon ends a paragraph", "english", "The council met.\n\nLena Varga wrote:\n\nThe council has failed us.", Own, "Lena"},
		{"colon ends the text", "english", "Lena Varga wrote the following:", Own, whole},
		{"colon inside a paragraph", "english", "The plan has two parts: a bridge and a road.\n\nIt costs more.", Own, whole},
		{"dialogue in Spanish", "spanish", "El puente abrirá.\n\n— No vamos a ceder — dijo Ana Ruiz.", Own, "— No"},
		{"dash in English", "english", "— Old hands —\n\nThe bridge will reopen.", Own, whole},
		{"every voice", "english", "The council met on Monday.", All, ""},
		{"reported told apart", "english", "The council met on Monday.", 1 << Narrative, ""},
		{"quotations told from scare quotes", "english", "The council met on Monday.", 1<<Narrative | 1<<Reported | 1<<Quote, ""},
		{"quoted voices", "english", "The council met on Monday.", Quoted, whole},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Segmenter{Lang: LangOf(tt.lang), Want: tt.want}
			want := len(tt.text)
			if tt.at != whole {
				want = strings.Index(tt.text, tt.at)
			}
			got := g.NarrativeBefore(tt.text)
			if got != want {
				t.Fatalf("NarrativeBefore = %d, want %d", got, want)
			}
			toks := Scan(tt.text, g.Lang, nil)
			for _, sp := range g.Segment(tt.text, toks) {
				if sp.Start < got {
					t.Errorf("narrative before %d, but segmented into %+v", got, sp)
				}
			}
		})
	}
}

// TestNarrativeBeforeThenSegment checks that a Segmenter asked NarrativeBefore before each text
// segments every text as one that was not asked, whichever the text it was asked about
// last.
func TestNarrativeBeforeThenSegment(t *testing.T) {
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
				asked.NarrativeBefore(ask)
				toks := Scan(text, en, nil)
				got, w := asked.Segment(text, toks), fresh.Segment(text, toks)
				if !reflect.DeepEqual(got, w) {
					t.Errorf("%v, asked about %q, %q: %+v, want %+v", want, ask, text, got, w)
				}
			}
		}
	}
}
