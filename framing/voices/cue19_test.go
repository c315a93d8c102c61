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

// TestRecipientBeforeColon checks that the subject of a verb of receiving or facing whose
// object, a noun of saying, runs to the colon, alone or with a phrase of place or time
// after it, is no speaker of the quotation the colon introduces (see recipientColon): the
// question was put to Lena Varga. The sentences are invented.
func TestRecipientBeforeColon(t *testing.T) {
	for _, tc := range []struct {
		name, text, verb, speaker string
	}{
		{"faced, a place after", "Lena Varga faced one question at the meeting: “Who sold the pier?”", ":", ""},
		{"fielded", "Ivo Marek fielded one question: “Who sold the pier?”", ":", ""},
		{"heard, a source after", "Ana Ruiz heard one question from residents: “Who sold the pier?”", ":", ""},
		{"received, a time after", "Lena Varga received one letter on Monday: “Who sold the pier?”", ":", ""},
		// The object is no noun of saying, or the verb speaks: the subject's words.
		{"faced the crowd", "Lena Varga faced the crowd at the meeting: “Who sold the pier?”", "faced", "Lena Varga"},
		{"asked", "Lena Varga asked one question at the meeting: “Who sold the pier?”", "asked", "Lena Varga"},
		{"had", "Lena Varga had one question at the meeting: “Who sold the pier?”", ":", "Lena Varga"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sp := quoteSpan(t, tc.text, "Who")
			if sp.Verb != tc.verb || sp.Speaker != tc.speaker {
				t.Errorf("verb %q speaker %q, want %q %q", sp.Verb, sp.Speaker, tc.verb, tc.speaker)
			}
		})
	}
}
