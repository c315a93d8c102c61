package voices

import (
	"slices"
	"testing"
)

// TestLostBreaks checks the rules for texts whose paragraph breaks were lost and for
// quotations never closed: paragraphs found again where sentences are glued, a quotation
// reopened after a sentence's end, doubled curly single marks, and an unclosed quotation
// ended with its sentence.
func TestLostBreaks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []qspan
	}{
		{"glued paragraphs, speaker after the quotation",
			"The council met on Monday.“We will rebuild the bridge,” Ana Ruiz said.She left early.“It is done,” Ivo Marek said.",
			[]qspan{{Quote, "Ana Ruiz", "said", "We will rebuild the bridge,"}, {Quote, "Ivo Marek", "said", "It is done,"}}},
		{"reopened after a sentence's end: one quotation, not one nested and left open",
			"Ana Ruiz said: “The river rose all night. “By noon the bridge was gone,” she added. The council met on Tuesday. Nobody spoke. The rain stopped. The roads opened.",
			[]qspan{{Quote, "Ana Ruiz", "added", "The river rose all night. “By noon the bridge was gone,"}}},
		{"nested after a space: still nested",
			"“She told me “wait” and left,” Ivo Marek said.",
			[]qspan{{Quote, "Ivo Marek", "said", "She told me “wait” and left,"}}},
		{"doubled curly single marks",
			"‘‘We will rebuild the bridge,’’ Ana Ruiz said on Monday.",
			[]qspan{{Quote, "Ana Ruiz", "said", "We will rebuild the bridge,"}}},
		{"never closed, stray mark: ends with its sentence",
			"The governor said \"the town is safe. The rain fell all night. The river rose. The roads closed. The council met at noon.",
			[]qspan{{Quote, "The governor", "said", "the town is safe."}}},
		{"never closed in a short paragraph: ends with the paragraph",
			"The governor said: “The town is safe. The river will fall.\n\nThe council met at noon.",
			[]qspan{{Quote, "The governor", "said", "The town is safe. The river will fall."}}},
		{"never closed, quotations closed inside: they stand on their own",
			"A stray “mark here. Ana Ruiz said, “We will rebuild,” and left.",
			[]qspan{{Scare, "", "", "mark here."}, {Quote, "Ana Ruiz", "said", "We will rebuild,"}}},
	}
	for _, tt := range tests {
		got := spansOf(tt.text, "english")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got  %+v\n want %+v", tt.name, got, tt.want)
		}
	}
}

func TestGluedParagraphs(t *testing.T) {
	tests := []struct {
		text string
		want []int
	}{
		{"The council met.She left.", []int{0, 16}},
		{"The council met.“We will,” she said.", []int{0, 16}},
		{"“We will rebuild.”Ana Ruiz left.", []int{0, 22}},
		{"It rained in the U.S.The roads closed.", []int{0}},      // an abbreviation
		{"“We will rebuild,”Ana Ruiz said.", []int{0}},            // a comma: a missing space
		{"It cost 3.5 million.\"The end.\"", []int{0}},            // a straight mark is left alone
		{"The council met.\nShe left.", []int{0, 17}},             // line breaks: read as before
		{"The council met. She left.", []int{0}},                  // a space: one paragraph
		{"The council met!Then it rained?Yes.", []int{0, 16, 31}}, // ? and !
		{"The council met.", []int{0}},
	}
	for _, tt := range tests {
		if got := Paragraphs(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Paragraphs(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
