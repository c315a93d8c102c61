package framing

import (
	"errors"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestContrastReferentsMentions: the collocates are gathered around exactly the mentions
// LabelsEach finds, so the counts are the same (before, on the China Daily / New York
// Times corpus, the collocates missed "Americans" and "the Chinese", which LabelsEach
// counts for a country, and took the surname of a person named Hong for Hong Kong). Texts
// written for the test.
func TestContrastReferentsMentions(t *testing.T) {
	a := []corpus.Document{
		{ID: "a1", Text: "The United States said on Monday that Americans would vote. Many Americans agreed with the United States."},
		{ID: "a2", Text: "Hong Kong held talks. The spokesman Hong Lei said Hong Kong was calm. Hong added that the Chinese were pleased."},
	}
	b := []corpus.Document{
		{ID: "b1", Text: "Officials in the United States and in Hong Kong met. Americans watched as China and Hong Kong talked."},
		{ID: "b2", Text: "Hong Kong police spoke. The United States said China would reply."},
	}
	an := Analyzer{}
	refs := []string{"United States", "Hong Kong", "China"}
	rls, err := an.LabelsEach(a, b, refs, nil)
	if err != nil {
		t.Fatal(err)
	}
	rcs, err := an.ContrastReferents(a, b, refs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, rc := range rcs {
		if rc.CountA != rls[i].MentionsA || rc.CountB != rls[i].MentionsB {
			t.Errorf("%s: collocates of %d/%d mentions, LabelsEach %d/%d", rc.Referent, rc.CountA, rc.CountB, rls[i].MentionsA, rls[i].MentionsB)
		}
	}
	// Mentions that do not fit the documents are an error, not a panic.
	bad := []ReferentLabels{{Referent: "X", MentionsA: 1, Mentions: []Line{{DocID: "a1", Start: 0, End: 500, Match: "x"}}}}
	if _, err := an.ContrastMentions(a, b, bad, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("offsets past the text: %v", err)
	}
	bad[0].Mentions[0].DocID = "nowhere"
	if _, err := an.ContrastMentions(a, b, bad, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("unknown document: %v", err)
	}
	bad[0].MentionsA = 2
	if _, err := an.ContrastMentions(a, b, bad, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("MentionsA past Mentions: %v", err)
	}
}
