package voices

import (
	"strings"
	"testing"
)

// voiceOf returns the voice of the span of Quotes(text) whose words are quoted (the
// trailing punctuation a span may carry ignored), and whether there is one.
func voiceOf(text, quoted string) (Voice, bool) {
	for _, sp := range Quotes(text, "english") {
		if strings.TrimRight(text[sp.Start:sp.End], ",.") == quoted {
			return sp.Voice, true
		}
	}
	return 0, false
}

// TestCodeInMarks: an identifier of a page's script in quotation marks (a scraped page's
// residue) quotes nothing; letters mixed with digits, or a brand name, still do. Invented
// sentences.
func TestCodeInMarks(t *testing.T) {
	for _, c := range []struct {
		name, text, quoted string
		quotation          bool
	}{
		{"underscore", `Page 1 2 Next <!-- function turn(page){ document.all("div_nextpage").innerHTML = page; } -->`, "div_nextpage", false},
		{"underscores", `The text ends: document.all("page_roll_box"+page).innerHTML;`, "page_roll_box", false},
		{"camel case", `var step = "nextPage"; the reader saw nothing of it.`, "nextPage", false},
		{"digits in a title", `The series “Harbor9” returns in May.`, "Harbor9", true},
		{"brand name", `A reader waved a “iPad” at the crowd.`, "iPad", true},
		{"two words", `Critics called it a “page_roll box” of tricks.`, "page_roll box", true},
		{"a writer's marks", `Her username, “jane_doe”, was posted online, she said.`, "jane_doe", true},
		{"a hashtag", `Supporters shared "#keep_the_port" all week.`, "#keep_the_port", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, ok := voiceOf(c.text, c.quoted); ok != c.quotation {
				t.Errorf("%q: a quotation %v, want %v (%+v)", c.quoted, ok, c.quotation, Quotes(c.text, "english"))
			}
		})
	}
}
