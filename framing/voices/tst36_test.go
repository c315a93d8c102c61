package voices

import "testing"

// TestTranscriptAndSeemGuards: a transcript needs two people opening paragraphs with their
// names ("Lena Varga:", then "Varga:" alone is one speaker: no transcript); "looks" reads
// as "it looks as if" only after "it"; an adjective after "it seems" with nothing after it
// is no content.
func TestTranscriptAndSeemGuards(t *testing.T) {
	for _, text := range []string{
		"The panel met on Sunday.\n\nLena Varga: The ferry levy will fail in the spring.\n\nVarga: The port stays shut all winter.\n\nThe panel then closed.",
		"The harbor looks to reopen in June after the floods.",
		"On the ferry levy, it seems likely enough.",
	} {
		for _, sp := range Quotes(text, "en") {
			t.Errorf("%q: span %q (%v, speaker %q, verb %q), want none", text, text[sp.Start:sp.End], sp.Voice, sp.Speaker, sp.Verb)
		}
	}
}
