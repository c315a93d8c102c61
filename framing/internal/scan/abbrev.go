package scan

import "strings"

// IsAbbreviationBefore reports whether w (without its period) is one of the abbreviations
// whose period does not end a sentence ("Mr", "Gov", "Inc"), compared lowercased, as the
// Scanner reads them, goesOn telling whether the sentence goes on after the period (a
// lower-case letter or a digit follows): "ago" and "no", words of English too, are
// abbreviations only there ("No. 4").
func IsAbbreviationBefore(w string, goesOn bool) bool {
	return abbreviationBefore(strings.ToLower(w), goesOn)
}
