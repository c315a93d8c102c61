package framing

import (
	"testing"

	"github.com/framediff/framediff/framing/voices"
)

// TestTranscriptLineStatements: in a transcript, a sentence of a speaker's line with a
// cue of its own ("You call yourself …") is a statement of its own source, and the rest
// of the line is the line speaker's: the statement of "you" gets no speaker from the
// line's later sentences.
func TestTranscriptLineStatements(t *testing.T) {
	text := "MOREL: Welcome to the debate in Halden tonight.\n\n" +
		"VARGA: Thank you for having me here.\n\n" +
		"MOREL: Senator Varga, you call yourself a friend of the harbor crews. How will that win the south?\n\n" +
		"VARGA: Well, we will win it with the crews.\n\n"
	spans := voices.Quotes(text, "en")
	found := false
	for _, st := range Statements(spans) {
		for _, i := range st.Spans {
			sp := spans[i]
			if sp.SourceEnd > sp.SourceStart && text[sp.SourceStart:sp.SourceEnd] == "you" {
				found = true
				if st.Speaker != "" {
					t.Errorf("the statement of %q has speaker %q, want none", text[sp.Start:sp.End], st.Speaker)
				}
			}
		}
	}
	if !found {
		t.Fatalf("no span with the source \"you\": %+v", spans)
	}
}
