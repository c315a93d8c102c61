package voices

import "testing"

// TestIntroCueCapitalized checks that a paragraph ending in a colon before a paragraph
// that is a quotation takes no capitalized word inside a name for its verb (see
// capitalizedNoun): "Post" in "The Halden Post has proof:" is a name's word, and the
// sentence has no verb of saying, so the quotation has no speaker rather than "The
// Halden". The sentences are invented.
func TestIntroCueCapitalized(t *testing.T) {
	for _, tc := range []struct {
		name, text, verb, speaker string
	}{
		{"name's word", "The Halden Post has proof:\n\n“The pier was sold in secret.”", "", ""},
		{"name's word after a person", "Ana Ruiz of the Halden Post has proof:\n\n“The pier was sold in secret.”", "", ""},
		// A verb in lower case after the name is the cue, with the whole name.
		{"wrote", "The Halden Post wrote:\n\n“The pier was sold in secret.”", "wrote", "The Halden Post"},
		{"reported", "The Halden Post reported on Monday:\n\n“The pier was sold in secret.”", "reported", "The Halden Post"},
		// A headline in title case has its verbs capitalized.
		{"headline", "Lena Varga Says Pier Was Sold:\n\n“The pier was sold in secret.”", "says", "Lena Varga"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sp := quoteSpan(t, tc.text, "The pier")
			if sp.Verb != tc.verb || sp.Speaker != tc.speaker {
				t.Errorf("verb %q speaker %q, want %q %q", sp.Verb, sp.Speaker, tc.verb, tc.speaker)
			}
		})
	}
}
