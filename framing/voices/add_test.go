package voices

import (
	"reflect"
	"testing"
)

// TestSegmenterAdd checks that a Segmenter given a text's tokens one at a time (Add,
// SegmentAdded) finds the spans Quotes and Segment find, for every set of voices, and that
// nothing of one text stays for the next: each text segmented after another gives what it
// gives alone.
func TestSegmenterAdd(t *testing.T) {
	texts := []string{
		"",
		"No quotation here, only the outlet's words.",
		`"We will not give up," the minister said on Monday. Critics called the plan a "disaster".`,
		"The mayor told reporters that the bridge would reopen. “It is safe,” she said, “and it is ours.”",
		"He wrote:\n\nThe council has failed us.\n\nOthers disagreed, according to a spokesman.",
		`The so-called "reform" was written by Ann Lee, who said it's "the best we could do" and "fair".`,
		`An unopened quotation ends here," said Tom Ray. 'Single marks' and ''doubled ones'' too.`,
		// The holders of an office, indexed by name for a text (salientHolder): the next
		// text's names are others.
		"Ed Kaan ran. Al Moss ran. President Ivo Brenk met dockers. Crowds waited. Boats sailed. Bands played. “We are ready,” the president said.",
		"President Ana Voss flew to Halden. Boats sailed. Bands played. Crowds cheered. “We are pleased,” the president said.",
	}
	en := LangOf("english")
	spans := 0
	for _, want := range []Set{All, Own, Quoted, 1 << Title, 1<<Narrative | 1<<Quote} {
		var added Segmenter // one for every text, in turn
		added.Want = want
		for _, text := range texts {
			toks := Scan(text, en, nil)
			fresh := Segmenter{Want: want}
			whole := fresh.Segment(text, toks)
			if want == All {
				if q := Quotes(text, "english"); !reflect.DeepEqual(q, whole) && (len(q) > 0 || len(whole) > 0) {
					t.Errorf("%v %q: Segment gives %+v, Quotes %+v", want, text, whole, q)
				}
			}
			added.Grow(len(toks))
			for _, tok := range toks {
				added.Add(tok)
			}
			got := added.SegmentAdded(text)
			spans += len(got)
			if !reflect.DeepEqual(got, whole) && (len(got) > 0 || len(whole) > 0) {
				t.Errorf("%v %q: SegmentAdded gives %+v, Segment %+v", want, text, got, whole)
			}
		}
	}
	if spans < 20 {
		t.Errorf("%d spans in all: the texts test too little", spans)
	}
}
