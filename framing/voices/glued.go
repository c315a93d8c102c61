package voices

import "strings"

// gluedParagraphs appends to out the paragraph starts of a text without line breaks
// whose paragraphs were glued together when its breaks were lost, as some archives
// deliver news ("…the council said.She left …", "…in May.“We will …"): a sentence's end
// directly followed, without a space, by the next sentence's start. The end is a word of
// two or more lower-case ASCII letters and one of . ? !, or one of . ? ! and a closing
// mark (” or ’); the start an upper-case ASCII letter or an opening mark “. An
// abbreviation ("U.S.The") or a decimal does not end so, a comma before the closing mark
// ("…,”Ana Ruiz said") is a missing space, not a paragraph's end, and a straight mark is
// left alone: it may open the next paragraph or close the last ("…the end."The …"), and
// read as a paragraph's start it cost more quotations than it found.
func gluedParagraphs(text string, out []int) []int {
	for i := 0; ; {
		k := strings.IndexAny(text[i:], ".?!")
		if k < 0 {
			return out
		}
		i += k + 1
		next := i
		if strings.HasPrefix(text[next:], "\u201D") || strings.HasPrefix(text[next:], "\u2019") {
			next += len("\u201D")
		} else if i < 3 || !isLowerASCII(text[i-2]) || !isLowerASCII(text[i-3]) {
			continue
		}
		if next < len(text) && next > out[len(out)-1] && (isUpperASCII(text[next]) || strings.HasPrefix(text[next:], "\u201C")) {
			out = append(out, next)
		}
	}
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
