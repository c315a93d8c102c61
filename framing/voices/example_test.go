package voices_test

import (
	"fmt"

	"github.com/framediff/framediff/framing/voices"
)

func ExampleQuotes() {
	text := "Meridian Press claimed the visit was “a show of support” for the war. " +
		"“Such hype is not journalism,” the editorial said. Critics of the so-called “free press” disagree."
	for _, s := range voices.Quotes(text, "english") {
		fmt.Printf("%-6s %-16q %-8s %q\n", s.Voice, s.Speaker, s.Verb, text[s.Start:s.End])
	}
	// Output:
	// reported "Meridian Press" claimed  "the visit was"
	// quote  "Meridian Press" claimed  "a show of support"
	// reported "Meridian Press" claimed  "for the war"
	// quote  "the editorial"  said     "Such hype is not journalism,"
	// scare  ""                        "free press"
}

// Check that a language name from input has attribution before reading quotations with it.
func ExampleLang_Attributes() {
	for _, name := range []string{"en", "french", "englsh"} {
		fmt.Printf("%q: attribution %v\n", name, voices.LangOf(name).Attributes())
	}
	// Output:
	// "en": attribution true
	// "french": attribution true
	// "englsh": attribution false
}
