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
		{"glued paragraphs: a quotation of its own paragraph, not closed, ends there",
			"Ana Ruiz said.“We will rebuild the bridge.She left early.“It is done,” Ivo Marek said.",
			[]qspan{{Quote, "Ana Ruiz", "said", "We will rebuild the bridge."}, {Quote, "Ivo Marek", "said", "It is done,"}}},
		{"glued paragraphs, a line break at the end",
			"Ana Ruiz said.“We will rebuild the bridge.She left early.“It is done,” Ivo Marek said.\n",
			[]qspan{{Quote, "Ana Ruiz", "said", "We will rebuild the bridge."}, {Quote, "Ivo Marek", "said", "It is done,"}}},
		{"an abbreviation glued to a name is no paragraph's end",
			"Ana Ruiz, who runs Acme Inc.The group, said: “We will rebuild the bridge.”",
			[]qspan{{Quote, "Ana Ruiz", "said", "We will rebuild the bridge."}}},
		{"nested after a colon: still nested",
			"“I said to him: “Go.” He went,” Ana Ruiz said.",
			[]qspan{{Quote, "Ana Ruiz", "said", "I said to him: “Go.” He went,"}}},
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
		{"never closed, a quotation closed inside in its sentence: ends before it",
			"A stray “mark and then Ana Ruiz said, “We will rebuild,” and left.",
			[]qspan{{Quote, "", "", "mark and then Ana Ruiz said,"}, {Scare, "", "", "We will rebuild,"}}},
		{"never closed over three sentences: ends with the paragraph",
			"The governor said: “The town is safe. The river will fall. The roads will open.",
			[]qspan{{Quote, "The governor", "said", "The town is safe. The river will fall. The roads will open."}}},
		{"never closed over four sentences: ends with its first",
			"The governor said: “The town is safe. The river will fall. The roads will open. The schools will too.",
			[]qspan{{Quote, "The governor", "said", "The town is safe."}}},
		{"reopened, then never closed: ends with the sentence it was reopened in",
			"Ana Ruiz said: “The river rose. “The bridge fell. The town slept. The roads closed. The council met.",
			[]qspan{{Quote, "Ana Ruiz", "said", "The river rose. “The bridge fell."}}},
		{"a plural's apostrophe and a closing single mark, no doubled opening mark in the text",
			"The students’’ union said “no.”",
			[]qspan{{Quote, "The students’’ union", "said", "no."}}},
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
		{"It rained in 2012.The roads closed.", []int{0, 18}},           // a year
		{"It rained (a lot).The roads closed.", []int{0, 18}},           // a parenthesis
		{"Ana Ruiz runs Acme Inc.The group met.", []int{0}},             // an abbreviation the scanner knows
		{"Gov.Ana Ruiz spoke.", []int{0}},                               // a title
		{"It rained?!The roads closed...She left.", []int{0}},           // runs of marks
		{"The council met.She left.\n", []int{0, 16}},                   // a line break at the end
		{"HALDEN VOTES\n\nThe council met.She left.", []int{0, 14, 30}}, // a headline, then glued
		{"A man said it.A", []int{0, 14}},
		{"Visit www.Reuters.com today.", []int{0}},                // an address
		{"Write to ana.Ruiz@example.org now.", []int{0}},          // a mail address
		{"See <a href=\"/halden/news.Html\">here</a>.", []int{0}}, // a file name
	}
	for _, tt := range tests {
		if got := Paragraphs(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Paragraphs(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestQuotesWithoutWords: a text of colons, line breaks and closing marks, no word in it,
// gives no quotation and does not panic (sentenceEndTok was asked for a token there was
// none of).
func TestQuotesWithoutWords(t *testing.T) {
	for _, text := range []string{":\n\u201d:\n\u201d:\n\u201d", ":\n\":\n\":\n\"", "\u201d\n\n:\n\u201d\n:"} {
		for _, s := range Quotes(text, "en") {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Errorf("Quotes(%q): span %d..%d outside the text", text, s.Start, s.End)
			}
		}
	}
}
