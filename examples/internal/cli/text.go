package cli

// Text tables of terms, shared by the programs that print comparisons.

import (
	"fmt"
	"io"
	"math"
	"strings"
	"unicode"

	"github.com/framediff/framediff/framing"
)

// SideWords returns the word to show for a term: word, or "a | b" where the sides' own
// forms a and b differ in more than case and punctuation (a stem each side reaches from
// another word, "universal | University"; not "US" and "U.S.").
func SideWords(word, a, b string) string {
	if a == "" || b == "" || lettersFold(a) == lettersFold(b) {
		return word
	}
	return a + " | " + b
}

// SideWordTerms returns a copy of ts with each term's Word as [SideWords] shows it, for
// a figure or a list that shows one word a term: a term leaning to A whose most frequent
// form over both sides is B's ("University", where A wrote "universal") would otherwise
// be drawn under the other side's word.
func SideWordTerms(ts []framing.KeyTerm) []framing.KeyTerm {
	out := make([]framing.KeyTerm, len(ts))
	for i, t := range ts {
		t.Word = SideWords(t.Word, t.WordA, t.WordB)
		out[i] = t
	}
	return out
}

// lettersFold returns the letters and digits of s, lower-cased.
func lettersFold(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// PrintTerms prints the terms of one side of a comparison as a table: the word (each side's
// own where they differ, see SideWords), its stem
// (marked * if it is in merged, a stem that merged different words), the counts, z, the
// token-level p-value adjusted over every term, the documents of each side that hold it,
// and the document-level p-value adjusted over the terms tested ("–" where untested).
func PrintTerms(w io.Writer, heading string, ts []framing.KeyTerm, merged map[string]bool) {
	fmt.Fprintf(w, "\n  %-28s %-16s %5s %5s %7s %11s %11s %9s\n", heading, "stem", "A", "B", "z", "token p adj", "docs A/B", "doc p adj")
	for _, t := range ts {
		stem := Clip(t.Term, 14)
		if merged[t.Term] {
			stem += " *"
		}
		docs := "–"
		if t.DocFreqA >= 0 && t.DocFreqB >= 0 {
			docs = fmt.Sprintf("%d/%d", t.DocFreqA, t.DocFreqB)
		}
		fmt.Fprintf(w, "  %-28s %-16s %5d %5d %7.2f %11s %11s %9s\n", Clip(SideWords(t.Word, t.WordA, t.WordB), 28), stem, t.CountA, t.CountB, t.Score,
			PValue(t.PAdj), docs, PValue(t.DocPAdj))
	}
}

// DocTestLine says in one line how the terms of a comparison were tested over documents
// (see framing.DocumentTest), or why they were not; o are the comparison's test options,
// so that a test not asked for is said in the flag's words, -permutations, not the
// library's (DocTestOptions.Permutations < 0).
func DocTestLine(dt framing.DocTest, o framing.DocTestOptions) string {
	if !dt.Ran {
		if o.Permutations < 0 {
			return fmt.Sprintf("document-level test not run: -permutations %d asks for none", o.Permutations)
		}
		return "document-level test not run: " + dt.Reason
	}
	how := fmt.Sprintf("%d shuffles of the side labels (seed %d), smallest possible p %.2g", dt.Permutations, dt.Seed, dt.MinP)
	if dt.Exact {
		how = fmt.Sprintf("all %s arrangements of the side labels (exact), smallest possible p %.2g", count(dt.Arrangements), dt.MinP)
	}
	untested := ""
	if dt.Untested > 0 {
		untested = fmt.Sprintf(", %d untested (n-grams, or beyond the strongest)", dt.Untested)
	}
	return fmt.Sprintf("document-level test: %d and %d documents with counted words, %s; %d terms tested%s, p adjusted by Benjamini-Hochberg over them",
		dt.DocsA, dt.DocsB, how, dt.Terms, untested)
}

// count formats a whole number that may be large.
func count(x float64) string {
	if x >= 1e15 || x != math.Trunc(x) {
		return fmt.Sprintf("%.3g", x)
	}
	return fmt.Sprintf("%.0f", x)
}
