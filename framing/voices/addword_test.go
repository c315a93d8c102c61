package voices

import (
	"reflect"
	"testing"
)

// TestSegmenterAddWord checks that a Segmenter given a text's tokens by their fields
// (AddWord) finds the spans it finds given them as Tokens (Add), for every set of voices,
// text after text on one Segmenter.
func TestSegmenterAddWord(t *testing.T) {
	texts := []string{
		"",
		`"We will not give up," Ana Ruiz said on Monday. Critics called the plan a "disaster".`,
		"Ivo Marek told reporters that the bridge in Halden would reopen. “It is safe,” he said.",
		"Lena Varga wrote:\n\nThe council has failed us.\n\nOthers disagreed, according to a spokesman.",
		`The so-called "reform" was written by Ana Ruiz, who said it's "the best we could do".`,
	}
	en := LangOf("english")
	spans := 0
	for _, want := range []Set{All, Own, Quoted, 1 << Title} {
		var byToken, byWord Segmenter
		byToken.Want, byWord.Want = want, want
		for _, text := range texts {
			toks := Scan(text, en, nil)
			for _, tok := range toks {
				byToken.Add(tok)
				byWord.AddWord(tok.Start, tok.End, tok.Sentence, tok.Clause, tok.Class, tok.Cap, tok.Poss)
			}
			w := byToken.SegmentAdded(text)
			got := byWord.SegmentAdded(text)
			spans += len(got)
			if !reflect.DeepEqual(got, w) {
				t.Errorf("%v %q: AddWord gives %+v, Add %+v", want, text, got, w)
			}
		}
	}
	if spans < 10 {
		t.Errorf("%d spans in all: the texts test too little", spans)
	}
}
