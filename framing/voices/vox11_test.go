package voices

import "testing"

// TestSourceCutAtWrongPlace checks that a speaker phrase keeps no word that shows a wrong
// cut (see trimSource): an adverb before a name or after it, a past form after it; and that
// a share given to someone or a photo credit run into a caption gives no speaker. The
// sentences are invented.
func TestSourceCutAtWrongPlace(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an adverb before a name", "But so far Ruiz and those who back the levy have argued that the port must grow.", "Ruiz"},
		{"an adverb after a name", "In a later speech to traders, Mr. Ruiz twice repeated that the port would stay open.", "Mr. Ruiz"},
		{"a past form and a particle after a name", "After the vote, Mr. Ruiz walked out worried that the deal was dead.", "Mr. Ruiz"},
		{"a share given to someone", "Approval ratings of 10 percent for the council and 40 percent for Ruiz might reveal that voters are tired.", ""},
		{"a photo credit", "Lena Farrow / Harbor Photo Ruiz pledged that the port would grow.", ""},
		{"a photo credit's agency", "Photo by Lena Farrow / Harbor Ruiz pledged that the port would grow.", ""},
		// Kept.
		{"a joint poll", "A Harbor/Quill poll found that voters are tired.", "A Harbor/Quill poll"},
		{"a share of people", "In the poll, 40 percent of voters said that the port must grow.", "40 percent of voters"},
		{"a name alone", "Ruiz said that the port must grow.", "Ruiz"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Quotes(tc.text, "english") {
				if s.Voice == Reported {
					got = append(got, s.Speaker)
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("%q: speakers %q, want one, %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestCreditNoCanonical checks that a photo credit's agency and a caption's name run into
// it ("Ana Ruiz / Harbor Daily Tomas Vale") are no name a speaker's canonical name comes
// from: the speaker named below it is "Tomas Vale". Invented text.
func TestCreditNoCanonical(t *testing.T) {
	text := "Ana Ruiz / Harbor Daily Tomas Vale\n\nAmbassador Tomas Vale says the best way to know the port is to visit it."
	var got []string
	for _, s := range Quotes(text, "english") {
		got = append(got, s.Canonical)
	}
	if len(got) != 1 || got[0] != "Tomas Vale" {
		t.Errorf("canonical names %q, want one, Tomas Vale", got)
	}
}

// TestNameEndsAtLine checks that a name does not go on across a line's end: an agency's
// name closing one paragraph and a surname opening the next are two names, the speaker's
// canonical name the surname. Invented text.
func TestNameEndsAtLine(t *testing.T) {
	text := "The index rose 2 percent on Tuesday. Harbor\nRuiz said that the port would grow."
	var got []string
	for _, s := range Quotes(text, "english") {
		got = append(got, s.Canonical)
	}
	if len(got) != 1 || got[0] != "Ruiz" {
		t.Errorf("canonical names %q, want one, Ruiz", got)
	}
}
