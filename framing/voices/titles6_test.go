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
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, ok := voiceOf(c.text, c.quoted); ok != c.quotation {
				t.Errorf("%q: a quotation %v, want %v (%+v)", c.quoted, ok, c.quotation, Quotes(c.text, "english"))
			}
		})
	}
}

// TestTitleInSentence: a word or phrase capitalized as a title inside its sentence, where
// a name stands (after a preposition, determiner, possessive, joining word or a verb of
// watching), is a name or title; not where someone's words stand. Invented sentences.
func TestTitleInSentence(t *testing.T) {
	for _, c := range []struct {
		name, text, quoted string
		want               Voice
	}{
		{"after a preposition", "Fans of “Moonfall” lined up outside the theater on Friday.", "Moonfall", Title},
		{"after a verb of watching", "She saw “Valdora” on Broadway last spring.", "Valdora", Title},
		{"joined", "Tickets for “Valdora” and “Moonfall” were gone within an hour.", "Moonfall", Title},
		{"a name given", "Ruiz refers to the mayor as “Benny,” while the mayor calls him nothing at all.", "Benny", Quote},
		{"a clause after that", "They know by now that “Harborside” will never win the backing it needs.", "Harborside", Scare},
		{"in a cue's words", "Ruiz boasted that, thanks to the “Harbor Count Method,” he had called every race right.", "Harbor Count Method", Quote},
		{"a name one is known by", "The mayor, known to all as “Benny,” waved from the car.", "Benny", Scare},
		{"in a headline", "Ruiz Takes Aim At The ‘Reckless’ Plans Of The Council", "Reckless", Scare},
		{"a name given, two words", "Ruiz, calm all night, never once referred to his rivals as ‘Little Bob’ and ‘Lyin’ Ann.’", "Little Bob", Quote},
		{"in capitals", "The fear of “WMD” in the city was real.", "WMD", Scare},
		{"a cry", "Then a chorus of “Enough!” rose from the square.", "Enough!", Scare},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := voiceOf(c.text, c.quoted)
			if !ok || got != c.want {
				t.Errorf("%q: %v (found %v), want %v (%+v)", c.quoted, got, ok, c.want, Quotes(c.text, "english"))
			}
		})
	}
}

// TestTitleInSentenceWant: a Segmenter that works out only some voices puts every token
// in or out of them as Quotes does, for the names and titles above.
func TestTitleInSentenceWant(t *testing.T) {
	en := LangOf("english")
	for _, text := range []string{
		"Fans of “Moonfall” lined up outside the theater on Friday.",
		"She saw “Valdora” on Broadway last spring.",
		"Members of the “Harborside” movement marched on Sunday.",
		"They know by now that “Harborside” will never win the backing it needs.",
	} {
		toks := Scan(text, en, nil)
		full := Quotes(text, "english")
		for _, want := range []Set{Own, Quoted, 1 << Title} {
			g := Segmenter{Want: want}
			part := g.Segment(text, toks)
			in := func(spans []Span, pos int) bool {
				for _, sp := range spans {
					if sp.Start <= pos && pos < sp.End {
						return want.Has(sp.Voice)
					}
				}
				return want.Has(Narrative)
			}
			for _, tk := range toks {
				if in(full, tk.Start) != in(part, tk.Start) {
					t.Errorf("%v %q: %q in the voices %v, in Quotes' %v", want, text, text[tk.Start:tk.End], in(part, tk.Start), in(full, tk.Start))
				}
			}
		}
	}
}
