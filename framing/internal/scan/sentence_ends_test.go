package scan

import (
	"slices"
	"strings"
	"testing"
)

// TestSentenceEnds checks, on invented text, that "ago" and "no" before a period end a
// sentence before a capital, as words of English, and are abbreviations elsewhere ("No.
// 4", "the No. of votes", Spanish "15 de ago. de 2016"); and that the period of an
// abbreviation ("U.S.", "Inc.") or an initial ends a sentence before a word that opens
// sentences ("The", "On"), not before a name or an initial, whether the words are scanned
// by NextSpan or by hand (Took); a | stands between sentences (see sentencesOf).
func TestSentenceEnds(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"ago before a capital", "The mill closed two years ago. Workers left.", "The mill closed two years ago | Workers left"},
		{"ago glued to a capital", "The mill closed a week ago.The port stayed open.", "The mill closed a week ago | The port stayed open"},
		{"no before a capital", "She said no. Talks ended.", "She said no | Talks ended"},
		{"No before a capital", "The answer was No. Talks ended.", "The answer was No | Talks ended"},
		{"No before a number", "He wore No. 4 for the club.", "He wore No 4 for the club"},
		{"ago before a year", "el 15 ago. 2016 se firmó.", "el 15 ago 2016 se firmó"},
		{"ago before a quotation on the next line", "He left two years ago.\n\"We miss him,\" she said.", "He left two years ago | We miss him she said"},
		{"No before a lower-case word", "The No. of votes rose.", "The No of votes rose"},
		{"ago before a lower-case word", "el 15 de ago. de 2016 se firmó.", "el 15 de ago de 2016 se firmó"},
		{"opener before a hyphen", "The U.S. A-10 pilots flew home.", "The U.S. A-10 pilots flew home"},
		{"other abbreviations", "Gov. Ana Ruiz met Dr. Ivo Marek.", "Gov Ana Ruiz met Dr Ivo Marek"},
		{"a company's abbreviation before The", "He joined Halden Inc. The firm grew.", "He joined Halden Inc | The firm grew"},
		{"a company's abbreviation before In", "She sold Acme Co. In May she left.", "She sold Acme Co | In May she left"},
		{"a title's abbreviation before an initial", "They met Dr. A. Marek.", "They met Dr A Marek"},
		{"a title's abbreviation before a surname that opens sentences", "They met Mr. He on Monday.", "They met Mr He on Monday"},
		{"abbreviation before The", "Talks moved to the U.S. The port stayed shut.", "Talks moved to the U.S. | The port stayed shut"},
		{"abbreviation before On", "She flew to Halden, D.C. On Monday she spoke.", "She flew to Halden D.C. | On Monday she spoke"},
		{"abbreviation before a name", "The U.S. Navy and the U.N. Council met.", "The U.S. Navy and the U.N. Council met"},
		{"abbreviation before a lower-case word", "The U.S. and Valdora met.", "The U.S. and Valdora met"},
		{"initial before It", "They chose Plan B. It failed.", "They chose Plan B | It failed"},
		{"initial before a name", "Ana M. Ruiz and Ivo K. Marek met.", "Ana M Ruiz and Ivo K Marek met"},
		{"initials A and I", "Ivo A. Marek met J. I. Ruiz.", "Ivo A Marek met J I Ruiz"},
		{"answer label before I", "Q. Why? A. I think so.", "Q Why | A | I think so"},
		{"opener as a word's start", "The U.S. Theater Guild met.", "The U.S. Theater Guild met"},
		{"opener with an apostrophe", "Talks moved to the U.S. It's over.", "Talks moved to the U.S. | It over"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sentencesOf(tc.text); got != tc.want {
				t.Errorf("%q: sentences %q, want %q", tc.text, got, tc.want)
			}
			// framing's worker scans plain words by hand (Took): the same sentences.
			if took, next := tookSpans(tc.text), nextSpans(tc.text); !slices.Equal(took, next) {
				t.Errorf("%q: scanned by hand %v, by NextSpan %v", tc.text, took, next)
			}
		})
	}
}

// sentencesOf returns the tokens of text as NextSpan reads them, joined by spaces, with a
// | between sentences.
func sentencesOf(text string) string {
	var b strings.Builder
	sc := NewScanner(text)
	last := 0
	for tok, ok := sc.Next(); ok; tok, ok = sc.Next() {
		if b.Len() > 0 {
			if tok.Sentence != last {
				b.WriteString(" |")
			}
			b.WriteByte(' ')
		}
		b.WriteString(text[tok.Start:tok.End])
		last = tok.Sentence
	}
	return b.String()
}
