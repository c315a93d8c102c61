package scan

import "strings"

// IsAbbreviation reports whether w (without its period) is one of the abbreviations whose
// period does not end a sentence ("Mr", "Gov", "Inc"), compared lowercased, as the
// Scanner reads them.
func IsAbbreviation(w string) bool { return abbreviations[strings.ToLower(w)] }
