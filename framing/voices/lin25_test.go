package voices

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// markShapes are texts of quotation marks with few or no words between them, each a unit
// repeated: closing marks with nothing open, opening marks never closed, runs of colons
// and line breaks, introductions of block quotations, marks of one kind left open among
// closing marks of the other, and long sentences of marks.
var markShapes = []struct{ name, unit string }{
	{"an attribution's colon, a line break and a lone closing mark", "Ana Ruiz said:\n\u201d"},
	{"the same, paragraphs apart", "Ana Ruiz said:\n\u201d\n\n"},
	{"an attribution's colon, a line break and a lone opening mark", "Ana Ruiz said:\n\u201c"},
	{"lone closing marks", "\u201d "},
	{"lone closing marks, no space", "\u201d"},
	{"lone closing marks after a cue", "Ruiz said that \u201d"},
	{"lone closing marks after sentences", "Ana said. \u201d "},
	{"lone opening marks", "\u201c "},
	{"lone opening marks, one a line", "\u201c\n"},
	{"lone guillemets and low marks", "\u00ab \u00bb \u201e "},
	{"straight marks", "\" "},
	{"single marks", "\u2018 \u2019 ' "},
	{"colons and line breaks", ":\n"},
	{"introductions, one a line", "Ruiz said:\n"},
	{"introductions, paragraphs apart", "Ana Ruiz said:\n\nThe dam held.\n\n"},
	{"bulleted introductions", "- Ana Ruiz said:\n"},
	{"bulleted introductions, paragraphs apart", "\u2022 Ana Ruiz said:\n\n"},
	{"opening double marks among closing single ones, in one paragraph", "\u201ca\u2019 "},
	{"opening single marks among closing double ones, in one paragraph", "\u2018a\u201d "},
	{"marks with no words", "\u201c\u201d \u201c \u201d "},
	{"unclosed quotations, one a line", "He said \u201cthis never closes\n"},
	{"unclosed quotations, one a paragraph", "He said \u201cthis never closes\n\n"},
	{"unclosed quotations in one paragraph", "she said \u201ca "},
	{"a colon inside marks", " she said\u201c:\n.\u201d"},
	{"a long sentence of marks", "a \u201cb\u201d c, "},
	{"a long sentence of quotations and cues", "\u201ca,\u201d she said, \u201cb\u201d "},
	{"introductions that name no source", "said:\n"},
	{"the same, then a lone closing mark", "said:\n\u201da\n"},
	{"a document's name ending each line", "The statement:\n"},
}

// TestMarkShapesLinear checks that the segmenter's work stays in proportion to texts of
// quotation marks with few words: the steps per token stay under a bound and do not grow
// with the size of the text (a search that went back over every quotation or paragraph
// before would multiply them by the size). A text with more block quotations than
// paragraphs fails at the smaller size, before the larger could fill the memory.
func TestMarkShapesLinear(t *testing.T) {
	for _, sh := range markShapes {
		t.Run(sh.name, func(t *testing.T) {
			var perToken [2][2]float64 // every voice, own voice; by size
			for i, n := range []int{500, 4000} {
				text := strings.Repeat(sh.unit, n)
				for w, want := range []Set{0, Own} {
					s := segmenter{lang: LangOf("english"), text: text, want: want}
					s.toks = s.tokenize(text, s.toks)
					s.segment()
					blocks := 0
					for _, q := range s.quotes {
						if q.block {
							blocks++
						}
					}
					if blocks > len(s.paras) {
						// Fail before the larger size, whose quotations would fill the memory.
						t.Fatalf("%d block quotations in %d paragraphs at %d units", blocks, len(s.paras), n)
					}
					perToken[w][i] = float64(s.work) / float64(max(len(s.toks), n))
				}
			}
			t.Logf("steps per token: every voice %.2f, %.2f; own voice %.2f, %.2f", perToken[0][0], perToken[0][1], perToken[1][0], perToken[1][1])
			for w, name := range []string{"every voice", "own voice"} {
				if p := perToken[w]; p[1] > 30 || p[1] > 1.5*p[0]+1 {
					t.Errorf("%s: steps per token: %.2f at 500 units, %.2f at 4,000", name, p[0], p[1])
				}
			}
		})
	}
}

// hostileFragments are the pieces hostileText strings together: marks of every kind,
// colons and line breaks, cues, names, dashes and bullets.
var hostileFragments = []string{
	" ", "\n", "\n\n", ":", ".", ",", "?", "!", "(", ")", "\u2014", " \u2014 ", "\n\u2014 ", " \u2013 ", "- ", "\u2022 ",
	"\u201c", "\u201d", "\u2018", "\u2019", "\"", "'", "\u00ab", "\u00bb", "\u201e",
	"she", "he", "It", "said", "told", "that", "according to", "statement", "the mayor", "Ana Ruiz", "N", "Rock.\u2019N\u2019 roll",
	"dijo", "\u0441\u043a\u0430\u0437\u0430\u043b",
}

// hostileText strings 1 to 30 fragments of hostileFragments together.
func hostileText(rng *rand.Rand) string {
	var b strings.Builder
	for range 1 + rng.IntN(30) {
		b.WriteString(hostileFragments[rng.IntN(len(hostileFragments))])
	}
	return b.String()
}

// TestSpansNeverOverlap checks, on texts of marks, colons, line breaks, dashes and cues
// strung together at random (a fixed seed), that every span lies inside the text on rune
// boundaries and is not empty, its source and cue inside the text, and that the spans
// come in order and never overlap, in English and in Russian (lines of dialogue), for
// every voice and for the own voice; and that nothing panics.
func TestSpansNeverOverlap(t *testing.T) {
	rng := rand.New(rand.NewPCG(25, 18))
	bad := 0
	for range 20000 {
		text := hostileText(rng)
		for _, lang := range []string{"english", "russian"} {
			for _, want := range []Set{0, Own} {
				g := Segmenter{Want: want, Lang: LangOf(lang)}
				for _, tk := range Scan(text, g.Lang, nil) {
					g.Add(tk)
				}
				spans := g.SegmentAdded(text)
				if msg := badSpans(text, spans); msg != "" && bad < 10 {
					bad++
					t.Errorf("%s, Segmenter{Want: %v} on %q: %s", lang, want, text, msg)
				}
			}
		}
	}
}

// badSpans returns what is wrong with spans as spans of text, or "".
func badSpans(text string, spans []Span) string {
	for i, sp := range spans {
		switch {
		case sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End:
			return "a span outside the text or empty"
		case !utf8.RuneStart(text[sp.Start]) || sp.End < len(text) && !utf8.RuneStart(text[sp.End]):
			return "a span off rune boundaries"
		case i > 0 && spans[i-1].End > sp.Start:
			return "spans overlap or out of order"
		case sp.SourceStart < 0 || sp.SourceStart > sp.SourceEnd || sp.SourceEnd > len(text):
			return "a source outside the text"
		case sp.CueStart < 0 || sp.CueStart > sp.CueEnd || sp.CueEnd > len(text):
			return "a cue outside the text"
		}
	}
	return ""
}

// TestOverlapRows checks the shapes that gave overlapping spans: a quotation left open at
// the end of an introduction ends in the paragraph it would introduce (that paragraph is
// then no block), and bulleted items that end with colons are each one block.
func TestOverlapRows(t *testing.T) {
	tests := []struct {
		name, text string
		want       int // spans
	}{
		// The „ opened before the colon is closed by the » in the next paragraph: one
		// quotation, which the paragraph after the colon is not a block beside.
		{"a quotation open over an introduction's end", "Ana Ruiz told \u201ehim:\n\n:\u00bb and the dam held.", 1},
		{"an introduction closed before its colon: a block", "Ana Ruiz told \u201ehim\u00bb:\n\nThe dam held.", 2},
		// Three items after the introduction, the first two ending with colons: each item
		// once (the second and third were blocks again of the first and second).
		{"bulleted items ending with colons", "Ana Ruiz said:\n\n- The dam held:\n\n- The levee said:\n\n- The town slept.", 3},
	}
	for _, tt := range tests {
		spans := Quotes(tt.text, "english")
		if msg := badSpans(tt.text, spans); msg != "" || len(spans) != tt.want {
			t.Errorf("%s: %q: %d spans %v %s, want %d", tt.name, tt.text, len(spans), spans, msg, tt.want)
		}
	}
}

// TestElidedNotGlued checks that an apostrophe inside a word after a period ("Rock.’N’
// roll") starts no glued paragraph, while a closing mark after a sentence's end still
// does.
func TestElidedNotGlued(t *testing.T) {
	tests := []struct {
		text string
		want []int
	}{
		{"\u201cRock.\u2019N\u2019 roll", []int{0}},
		{"Ana Ruiz loves Rock.\u2019N\u2019 roll and jazz.", []int{0}},
		{"Ana Ruiz loves Rock.\u2019N' roll.", []int{0}},
		{"Ana Ruiz loves Rock.\u2019n\u2019 roll.", []int{0}},
		{"The council met.\u2019Ana Ruiz left.", []int{0, 19}},                    // a closing mark, then a name
		{"The council met.\u2019I\u2019m leaving,\u201d she said.", []int{0, 19}}, // I’m: a letter after the apostrophe
		{"The council met.\u2019Ana\u2019s boat left.", []int{0, 19}},             // a word of three letters
		{"The council met.\u201dNo\u201d was the answer.", []int{0, 19}},          // a double mark
	}
	for _, tt := range tests {
		if got := Paragraphs(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Paragraphs(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	// The quotation is one span, its words whole.
	text := "\u201cRock.\u2019N\u2019 roll will never die,\u201d Ana Ruiz said."
	want := "Rock.\u2019N\u2019 roll will never die,"
	if spans := Quotes(text, "english"); len(spans) != 1 || text[spans[0].Start:spans[0].End] != want {
		t.Errorf("Quotes(%q) = %v, want one span %q", text, spans, want)
	}
}
