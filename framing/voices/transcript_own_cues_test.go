package voices

import "testing"

// TestTranscriptOwnCues checks that a sentence of a speaker's line in a transcript whose
// only cues are the line's speaker's own ("I would like", "I think", "we said") is that
// speaker's, whole, as a sentence with no cue is; a sentence that reports another ("Marek
// says …") keeps that report. The text is invented; blank lines part paragraphs.
func TestTranscriptOwnCues(t *testing.T) {
	text := "The debate ran late.\n\nCOOPER: Is there a policy difference?\n\n" +
		"VARGA: Well, there is a lot that I would like to do. I think the port will close.\n\n" +
		"COOPER: Senator Ruiz, your answer?\n\nRUIZ: The port is open. Marek says the port will close. We said so in June.\n\n" +
		"COOPER: Thank you both tonight.\n\nVARGA: Yes, thank you.\n\nRUIZ: No, not at all."
	checkSpans(t, text, "english", []vspan{
		{Reported, "COOPER", "COOPER", ":", "Is there a policy difference"},
		{Reported, "VARGA", "VARGA", ":", "Well, there is a lot that I would like to do"},
		{Reported, "VARGA", "VARGA", ":", "I think the port will close"},
		{Reported, "COOPER", "COOPER", ":", "Senator Ruiz, your answer"},
		{Reported, "RUIZ", "RUIZ", ":", "The port is open"},
		{Reported, "Marek", "Marek", "says", "the port will close"},
		{Reported, "RUIZ", "RUIZ", ":", "We said so in June"},
		{Reported, "COOPER", "COOPER", ":", "Thank you both tonight"},
		{Reported, "RUIZ", "RUIZ", ":", "No, not at all"},
	})
}
