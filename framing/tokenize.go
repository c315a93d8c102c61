package framing

import (
	"unicode"

	"github.com/framediff/framediff/framing/internal/scan"
)

// isNumber reports whether a normalized token is digits and separators only.
func isNumber(w string) bool {
	if len(w) > 0 && w[0] >= 'a' && w[0] <= 'z' {
		return false // the common case, told without decoding a rune
	}
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
