package voices

import "testing"

// TestSiteNameOneSentence checks, on invented text, that a site's name with its top-level
// domain in capitals neither ends a sentence nor becomes the next sentence's subject, whom
// a pronoun then stands for.
func TestSiteNameOneSentence(t *testing.T) {
	text := "The dock workers walked out, reports Gazette.NET. They say the ferry will not sail before June."
	spans := Quotes(text, "en")
	if len(spans) == 0 || spans[0].Speaker != "Gazette.NET" {
		t.Errorf("%q: first span %+v, want the speaker Gazette.NET", text, spans)
	}
	for _, sp := range spans {
		if sp.Speaker == "NET" || sp.Speaker == "Gazette" {
			t.Errorf("%q: span %q has the speaker %q, half of the site's name", text, text[sp.Start:sp.End], sp.Speaker)
		}
	}
}
