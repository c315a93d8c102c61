package framing

import (
	"unicode"

	"github.com/framediff/framediff/framing/internal/scan"
)

// isNumber reports whether a normalized token is digits and separators only.
func isNumber(w string) bool {
	digits := false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r) || unicode.IsNumber(r):
			digits = true
		case r == '.' || r == ',':
		default:
			return false
		}
	}
	return digits
}

// normalize returns the normalized form of a surface (see [scan.Normalize]).
func normalize(surface string, russian bool) string { return scan.Normalize(surface, russian) }
