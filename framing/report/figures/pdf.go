package figures

// PDF text. gonum's PDF canvas (vg/vgpdf) registers its fonts with the Windows-1252
// encoding (PDF's WinAnsiEncoding, as the standard fonts use) and writes each string's
// bytes as they come, so the two bytes of UTF-8's "²" (C2 B2) were read as "Â²". pdfCanvas
// encodes every string it draws in Windows-1252 instead; a character that encoding lacks is
// drawn as its letter without accents where it has one ("ğ" as "g"), as one of a few ASCII
// stand-ins ("←" as "<-", "−" as "-"), or else as "?". SVG and PNG draw UTF-8 as it is.

import (
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgpdf"
)

// pdfCanvas is gonum's PDF canvas with its text encoded in Windows-1252.
type pdfCanvas struct {
	*vgpdf.Canvas
}

func (c pdfCanvas) FillString(f font.Face, pt vg.Point, s string) {
	c.Canvas.FillString(f, pt, winAnsi(s))
}

// pdfStandIns are ASCII stand-ins for characters Windows-1252 lacks that figures may draw.
var pdfStandIns = map[rune]string{
	'←': "<-", '→': "->", '↑': "^", '↓': "v", '↔': "<->",
	'−': "-", '‐': "-", '‑': "-", '‒': "-", '≤': "<=", '≥': ">=", '≠': "!=", '≈': "~",
	'‖': "||", '∞': "inf", '√': "sqrt", '×': "x",
	'χ': "chi", 'τ': "tau", 'α': "alpha", 'β': "beta", 'μ': "mu", 'σ': "sigma", 'Δ': "Delta", 'δ': "delta",
	'\u2009': " ", '\u202f': " ", '\u2007': " ", '\u2002': " ", '\u2003': " ",
}

// winAnsi returns s encoded in Windows-1252 (as a string of those bytes): characters the
// encoding lacks become their base letter, an ASCII stand-in or "?".
func winAnsi(s string) string {
	var b strings.Builder
	for _, r := range s {
		if c, ok := charmap.Windows1252.EncodeRune(r); ok {
			b.WriteByte(c)
			continue
		}
		if alt, ok := pdfStandIns[r]; ok {
			b.WriteString(alt)
			continue
		}
		// The letter without its marks: "ğ" is "g" and U+0306.
		base := '?'
		for _, d := range norm.NFD.String(string(r)) {
			if c, ok := charmap.Windows1252.EncodeRune(d); ok && !unicode.Is(unicode.Mn, d) {
				base = rune(c)
				break
			}
		}
		b.WriteByte(byte(base))
	}
	return b.String()
}
