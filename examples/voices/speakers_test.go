package main

import (
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestSpeakersMergeCase: the canonical names of two documents that differ only in the case
// of their first letter ("Protesters", "protesters") are one speaker, named by the form
// with more statements, its statements the sum, its documents both, each statement a line
// that names the document and where its source stands.
func TestSpeakersMergeCase(t *testing.T) {
	docs := []corpus.Document{
		{ID: "d1", Language: "english", Text: "Protesters said the police had fired first. Protesters said they would return on Sunday."},
		{ID: "d2", Language: "english", Text: "The square filled again, and protesters said the curfew was illegal."},
	}
	sps := speakersOf(docs)
	var got *speaker
	for i := range sps {
		if caseKey(sps[i].Name) == "protesters" {
			if got != nil {
				t.Fatalf("two speakers %q and %q", got.Name, sps[i].Name)
			}
			got = &sps[i]
		}
	}
	if got == nil {
		t.Fatalf("no protesters among %+v", sps)
	}
	if got.Name != "Protesters" || got.Statements != 3 || got.Documents != 2 || len(got.Forms) != 2 || got.Forms[0].Count != 2 {
		t.Errorf("speaker %+v; want Protesters, 3 statements in 2 documents, two forms", *got)
	}
	if len(got.Lines) != 3 {
		t.Fatalf("%d lines, want 3", len(got.Lines))
	}
	for _, l := range got.Lines {
		d := docs[0]
		if l.DocID == "d2" {
			d = docs[1]
		}
		if d.Text[l.Start:l.End] != l.Match || l.Speaker != "Protesters" || l.verb != "said" {
			t.Errorf("line %+v does not point at its source", l)
		}
	}
}
