package voices

import (
	"fmt"
	"testing"
)

// TestUnknownLanguageHasNoAttribution: a language name LangOf does not know, a misspelling
// included, is no error but switches attribution off, as LangOf's and Quotes' docs say;
// Attributes tells a caller so beforehand. (The text is made up.)
func TestUnknownLanguageHasNoAttribution(t *testing.T) {
	const text = "“We will win,” Maria Lopez said."
	for _, tc := range []struct {
		lang       string
		attributes bool
		voice      Voice
		speaker    string
	}{
		{"english", true, Quote, "Maria Lopez"},
		{"", true, Quote, "Maria Lopez"},
		{"EN", true, Quote, "Maria Lopez"},
		{" English ", true, Quote, "Maria Lopez"},
		{"spanish", true, Scare, ""}, // Spanish cues: "said" is not one
		{"englsh", false, Scare, ""},
		{"klingon", false, Scare, ""},
	} {
		t.Run(fmt.Sprintf("%q", tc.lang), func(t *testing.T) {
			l := LangOf(tc.lang)
			if l.Attributes() != tc.attributes {
				t.Errorf("LangOf(%q).Attributes() = %v, want %v", tc.lang, l.Attributes(), tc.attributes)
			}
			if known := l.Name() != ""; known != tc.attributes {
				t.Errorf("LangOf(%q).Name() = %q", tc.lang, l.Name())
			}
			spans := Quotes(text, tc.lang)
			if len(spans) != 1 || spans[0].Voice != tc.voice || spans[0].Speaker != tc.speaker {
				t.Errorf("Quotes: %+v, want one %v span with speaker %q", spans, tc.voice, tc.speaker)
			}
		})
	}
}
