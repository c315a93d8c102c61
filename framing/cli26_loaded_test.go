package framing

import (
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestLoadedZEvidence: a loaded word carries the evidence flags of its z, as Keyness
// defines them: "once" for a word seen once in both sides together, "one-side" for one
// the background never uses.
func TestLoadedZEvidence(t *testing.T) {
	own := &Analyzer{Voices: OwnVoice}
	bgDoc := corpus.Document{ID: "b", Language: "english", Text: "Halden opened a library."}
	bg, err := own.Profile(bgDoc)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text string
		want       Evidence
		not        Evidence
	}{
		{"once", "The council passed a reckless budget on Monday.", EvidenceOnce | EvidenceOneSide, 0},
		{"three times", "The council passed a reckless budget. The reckless plan failed. Its reckless author left.", EvidenceOneSide, EvidenceOnce},
	} {
		t.Run(c.name, func(t *testing.T) {
			terms, err := own.LoadedTerms([]corpus.Document{{ID: "a", Language: "english", Text: c.text}}, bg, &LoadedOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(terms) != 1 || terms[0].Word != "reckless" {
				t.Fatalf("terms %+v, want reckless alone", terms)
			}
			if ev := terms[0].ZEvidence; ev&c.want != c.want || ev&c.not != 0 {
				t.Errorf("ZEvidence %v, want %v set and %v not", ev, c.want, c.not)
			}
		})
	}
}
