package voices

import (
	"slices"
	"strings"

	"github.com/framediff/framediff/framing/internal/scan"
)

// gluedParagraphs appends to out, in order, the paragraph starts in text[from:to] where a
// paragraph was glued to the one before it when its break was lost, as some archives
// deliver news ("…the council said.She left …", "…in May.“We will …"): a sentence's end
// directly followed, without a space, by the next sentence's start. The end is one of
// . ? ! after a word of two or more lower-case ASCII letters that is no abbreviation the
// scanner knows ("Inc.The", "Gov.Ana" do not end so), after a digit ("in 2012.The": a
// decimal is not followed by a capital) or after a closing parenthesis or bracket; or it
// is one of . ? ! and a closing mark (” or ’), unless that ’ is an apostrophe inside a
// word, before a letter or two and another apostrophe ("Rock.’N’ roll": see elidedAt).
// The start is an upper-case ASCII letter or an opening mark “. A lone capital before
// the period ("U.S.The") is an initial, a comma before the closing mark ("…,”Ana Ruiz
// said") is a missing space, not a paragraph's end, runs of marks ("?!The", "...She")
// are left alone, so are addresses ("www.Reuters.com": see addressAt), and so is a
// straight quotation mark: it may open the next paragraph or close the last ("…the
// end."The …"), and read as a paragraph's start it cost more quotations than it found.
// The starts are appended in order, each after from and before to. Each mark is found by
// its own byte search (most of a text is passed over at the speed of memchr, not byte by
// byte).
func gluedParagraphs(text string, from, to int, out []int) []int {
	n := len(out)
	for _, c := range [3]byte{'.', '?', '!'} {
		for i := from; i < to; {
			k := strings.IndexByte(text[i:to], c)
			if k < 0 {
				break
			}
			i += k + 1
			next := i
			if next < to && text[next] == ' ' {
				continue // the common case: a space after the mark
			}
			if strings.HasPrefix(text[next:to], "\u201D") || strings.HasPrefix(text[next:to], "\u2019") {
				if text[next:next+len("\u2019")] == "\u2019" && elidedAt(text, next+len("\u2019"), to) {
					continue // "Rock.’N’ roll": an apostrophe, inside a word
				}
				next += len("\u201D")
			} else if !gluedEnd(text, from, i-1) {
				continue
			}
			if next < to && (isUpperASCII(text[next]) || strings.HasPrefix(text[next:to], "\u201C")) && !addressAt(text, from, to, i-1, next) {
				out = append(out, next)
			}
		}
	}
	if len(out) > n+1 {
		slices.Sort(out[n:])
	}
	return out
}

// elidedAt reports whether text[i:to] opens with a letter or two closed by an apostrophe
// (’ or ') and not followed by a letter: the ’N’ of "Rock.’N’ roll", an elision written
// between apostrophes, so that the ’ before it is an apostrophe inside a word, not the
// closing mark of a glued paragraph's end. "…said.’I’m leaving" (a letter after the
// second apostrophe) and "…said.’Ana left" (no apostrophe after the word) are paragraph
// starts.
func elidedAt(text string, i, to int) bool {
	j := i
	for j < to && j < i+3 && (isLowerASCII(text[j]) || isUpperASCII(text[j])) {
		j++
	}
	if j == i || j == i+3 {
		return false
	}
	switch {
	case strings.HasPrefix(text[j:to], "\u2019"):
		j += len("\u2019")
	case j < to && text[j] == '\'':
		j++
	default:
		return false
	}
	return j == to || !isLowerASCII(text[j]) && !isUpperASCII(text[j])
}

// addressAt reports whether the mark at text[p], followed by a start at next, is inside a
// web or mail address or a file name ("www.Reuters.com", "ana.Ruiz@example.org",
// "…/news.Html"): the word after it runs on into another period and a letter, or into an
// @, or the word before it follows a period, slash or @.
func addressAt(text string, from, to, p, next int) bool {
	j := next
	for j < to && asciiWordByte(text[j]) {
		j++
	}
	if j < to && (text[j] == '@' || text[j] == '.' && j+1 < to && (isLowerASCII(text[j+1]) || isUpperASCII(text[j+1]))) {
		return true
	}
	w := p
	for w > from && asciiWordByte(text[w-1]) {
		w--
	}
	return w > from && (text[w-1] == '.' || text[w-1] == '/' || text[w-1] == '@')
}

// gluedEnd reports whether the mark at text[p] (. ? or !) can end a sentence glued to the
// next (see gluedParagraphs): after a word of two or more lower-case ASCII letters that
// is no abbreviation, a digit, or a closing parenthesis or bracket.
func gluedEnd(text string, from, p int) bool {
	if p-1 < from {
		return false
	}
	switch c := text[p-1]; {
	case c >= '0' && c <= '9', c == ')', c == ']':
		return true
	case !isLowerASCII(c):
		return false
	}
	w := p - 1
	for w > from && isLowerASCII(text[w-1]) {
		w--
	}
	if w > from && isUpperASCII(text[w-1]) {
		w-- // "Inc", "Gov"
	}
	if p-w < 2 || !isLowerASCII(text[p-2]) {
		return false
	}
	return !scan.IsAbbreviationBefore(text[w:p], false) // a capital follows (see gluedParagraphs)
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
