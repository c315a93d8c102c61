package scan

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A spanned token: its span, sentence and clause, and where scanning goes on after it.
type spanned struct{ start, end, sentence, clause, pos int }

// tookSpans lists text's tokens the way framing's worker.segmentSpans does: spaces and
// plain runs of ASCII letters and digits by hand (the runs reported with Took), every other
// separator by ToWord and every other token by NextSpan, with the same test of a plain run
// (EndsWordPlainly, RuneEndsWord): the tests check this loop against NextSpan, and
// framing's TestSegmentSpansAgree checks the worker's.
func tookSpans(text string) []spanned {
	var out []spanned
	sc := NewScanner(text)
	for i := 0; ; {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		if i < len(text) && !IsWordByte(text[i]) {
			sc.Seek(i)
			var ok bool
			if i, ok = sc.ToWord(); !ok {
				return out
			}
		}
		if i >= len(text) {
			return out
		}
		start, end, plain := i, i+1, false
		if IsWordByte(text[i]) {
			for end < len(text) && IsWordByte(text[end]) {
				end++
			}
			if end == len(text) || EndsWordPlainly(text, start, end) {
				plain = true
			} else if text[end] >= utf8.RuneSelf {
				plain = RuneEndsWord(text, end)
			}
		}
		if plain {
			sc.Took(start, end)
		} else {
			sc.Seek(start)
			start, end, _ = sc.NextSpan()
		}
		i = sc.Pos()
		out = append(out, spanned{start, end, sc.Sentence(), sc.Clause(), i})
	}
}

// nextSpans lists the tokens NextSpan returns.
func nextSpans(text string) []spanned {
	var out []spanned
	sc := NewScanner(text)
	for start, end, ok := sc.NextSpan(); ok; start, end, ok = sc.NextSpan() {
		out = append(out, spanned{start, end, sc.Sentence(), sc.Clause(), sc.Pos()})
	}
	return out
}

// TestTook checks that scanning plain words by hand (Took, ToWord, Seek) finds NextSpan's
// tokens with NextSpan's sentences and clauses, on invented text with each kind of
// separator and word end. The sentences, clauses and tokens column is counted by hand from
// the scanner's rules.
func TestTook(t *testing.T) {
	for _, tc := range []struct {
		name, text                 string
		sentences, clauses, tokens int // in the whole text, from the last token's numbers (+1)
	}{
		{"plain", "Ana Ruiz votes in Halden", 1, 1, 5},
		{"period", "Ana Ruiz voted. Ivo Marek did not.", 2, 2, 7},
		{"abbreviation", "Dr. Lena Varga spoke. Then Mr. Marek left.", 2, 2, 8},
		{"initial", "Ana M. Ruiz spoke", 1, 1, 4},
		{"comma and semicolon", "Halden, Ostra; and Vik", 1, 3, 4},
		{"curly quotes", "\u201cWe stay,\u201d said Ana Ruiz. \u201cAlways.\u201d", 2, 3, 6},
		{"dash", "Halden\u2014the town\u2014voted", 1, 3, 4},
		{"possessive", "Ruiz's plan and Varga\u2019s view", 1, 1, 5},
		{"joined", "so-called reform in Ruiz\u2019 view", 1, 1, 5},
		{"numbers", "In 2020, 1,000.5 votes. 3.5 percent", 2, 3, 6},
		{"abbreviation with periods", "The U.S. and the F.B.I.\u2019s view", 1, 1, 6},
		{"paragraphs", "Ana Ruiz spoke\n\nIvo Marek left\nand came back", 2, 2, 9},
		{"spaced hyphen", "Halden - a town - voted", 1, 3, 4},
		{"non-ASCII word", "Caf\u00e9 Ruiz and \u00c5sa Varga", 1, 1, 5},
		{"end", "Halden", 1, 1, 1},
		{"tabs", "Ana\tRuiz\r\nvoted", 1, 1, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, want := tookSpans(tc.text), nextSpans(tc.text)
			if len(got) != len(want) {
				t.Fatalf("%q: %d tokens by hand, %d by NextSpan: %v, %v", tc.text, len(got), len(want), got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%q: token %d by hand %+v, by NextSpan %+v", tc.text, i, got[i], want[i])
				}
			}
			if len(want) != tc.tokens {
				t.Fatalf("%q: %d tokens, want %d", tc.text, len(want), tc.tokens)
			}
			last := want[len(want)-1]
			if last.sentence+1 != tc.sentences || last.clause+1 != tc.clauses {
				t.Errorf("%q: %d sentences and %d clauses, want %d and %d", tc.text, last.sentence+1, last.clause+1, tc.sentences, tc.clauses)
			}
		})
	}
}

// TestTookLongSentence checks that Took splits a sentence at MaxSentence tokens as
// NextSpan does.
func TestTookLongSentence(t *testing.T) {
	text := strings.Repeat("word ", MaxSentence+10)
	got, want := tookSpans(text), nextSpans(text)
	if len(got) != len(want) || got[len(got)-1] != want[len(want)-1] || want[len(want)-1].sentence != 1 {
		t.Errorf("last token by hand %+v, by NextSpan %+v (want sentence 1)", got[len(got)-1], want[len(want)-1])
	}
}

// FuzzTook checks that scanning plain words by hand (Took, ToWord, Seek) finds exactly
// the tokens, sentences and clauses NextSpan finds.
func FuzzTook(f *testing.F) {
	for _, s := range []string{"U.S. and 1,000.5", "Ruiz's so-called", "x.y,z", "Caf\u00e9\u2019s", "a.b.c. d", "9,", "A.", "Ana\u201d. \u201cIvo", "Mr. Ruiz.\n\nDr. Varga"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want := tookSpans(text), nextSpans(text)
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens by hand, %d by NextSpan", text, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: token %d by hand %+v, by NextSpan %+v", text, i, got[i], want[i])
			}
		}
	})
}
