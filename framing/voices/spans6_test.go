package voices

import (
	"strings"
	"testing"
)

// TestQuotedNames covers quotations that name something rather than quote someone (issue
// 18): titles joined to a title, titles beside a word naming their kind, long titles after
// a preposition or possessive, numbers in titles, and headlines before a byline that end
// with a quotation of their own. Each text is written for this test.
func TestQuotedNames(t *testing.T) {
	tests := []struct {
		name, text, quoted string
		want               Voice
	}{
		{"a title joined by and to a title", "Lopez, who starred in “Harbor Nights” and “Keepers of the Lighthouse,” posted the video on Friday.",
			"Keepers of the Lighthouse,", Title},
		{"a title joined by not to a title", "The segment ran on TVN's “Hidden Lives of the Wealthy,” not “Quiet Lives of the Wealthy.”",
			"Quiet Lives of the Wealthy.", Title},
		{"a title after titles in a list", "She will appear on “Morning Talk,” “The Late Hour With Dana Voss,” and other programs, aides said.",
			"The Late Hour With Dana Voss,", Title},
		{"a sentence after a title is no title", "He starred in “Harbor Nights” and “we were all very proud of him,” his mother said.",
			"we were all very proud of him,", Quote},
		{"a long title beside its kind", "The movie, “Nine Days: The Untold Story of the Harbor Siege,” opened on Friday, its producers said.",
			"Nine Days: The Untold Story of the Harbor Siege,", Title},
		{"a slogan before its kind", "Two senators wore “Keep the Harbor Open All Year” hats at the rally, the campaign said.",
			"Keep the Harbor Open All Year", Title},
		{"an attribution after a comma, opening with a kind word", "“Welcome Home,” festival organizers said on Friday.",
			"Welcome Home,", Quote},
		{"an attribution opening with a kind word", "“Happy New Year,” campaign volunteers shouted.",
			"Happy New Year,", Quote},
		{"a number, then an attribution opening with a kind word", "“2 Percent Is Too Much,” show producers said.",
			"2 Percent Is Too Much,", Quote},
		{"a kind word before a verb of saying", "“Welcome Home to the Harbor” festival organizers said on Friday.",
			"Welcome Home to the Harbor", Quote},
		{"a clause before a kind word is no title", "The mayor said “we will not give up our signs” at the rally.",
			"we will not give up our signs", Quote},
		{"a number in a title", "Okafor was the founder of “Farmers for Reform 2008.”",
			"Farmers for Reform 2008.", Title},
		{"a long title after a possessive", "He drew on Dana Voss's “The Brokers: Ana Ruiz, Tom Lark and the Harbor Publicity Machine” and several other accounts.",
			"The Brokers: Ana Ruiz, Tom Lark and the Harbor Publicity Machine", Title},
		{"a headline ending with a quoted title, before its byline", "—\"Lead actor is leaving ‘Harbor Nights,’\" by the Courier's Ana Ruiz.",
			"Lead actor is leaving ‘Harbor Nights,’", Title},
		{"a programme told", "\"The plan is sound,\" Voss told \"Harbor Morning,\" adding that the vote would pass.",
			"Harbor Morning,", Title},
		{"words told before to and a listener", "He told “We Will Not Back Down” to the crowd.",
			"We Will Not Back Down", Quote},
		{"words played before their attribution", "The loudspeaker played “Stay In Your Homes,” the police said.",
			"Stay In Your Homes,", Quote},
		{"words quoted after a title and a comma", "Asked about “Harbor Nights,” “No Comment,” Voss said.",
			"No Comment,", Quote},
		{"words told after told and a listener", "Voss told reporters \"The Plan Is Sound,\" and left.",
			"The Plan Is Sound,", Quote},
		{"a phrase mentioned", "“We will pay it,” the mayor said of the phrase “harbor fee” on Monday.",
			"harbor fee", Scare},
		{"words quoted after a mention word and a comma", "Voss said on Monday of the label, “It is unfair.”",
			"It is unfair.", Quote},
		{"so-called broken at its hyphen", "Officials said the so- called ‘golden partnership’ with the port had lasted for decades.",
			"golden partnership", Scare},
		{"a work performed", "The host announced, \"Ladies and gentlemen, Dana Voss,\" who went on to perform \"Harbor Lights Forever.\"",
			"Harbor Lights Forever.", Title},
		{"words after a performing verb in lower case", "Voss said the band played “as loud as it could” that night.",
			"as loud as it could", Quote},
		{"a memo's title after titled quotes its author", "The campaign manager released a memo titled \"The Truth About Where the Harbor Vote Stands Now.\"",
			"The Truth About Where the Harbor Vote Stands Now.", Quote},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, found := Voice(0), false
			for _, s := range Quotes(tt.text, "english") {
				if tt.text[s.Start:s.End] == tt.quoted {
					got, found = s.Voice, true
				}
			}
			if !found {
				t.Fatalf("no span %q in %v", tt.quoted, spansOf(tt.text, "english"))
			}
			if got != tt.want {
				t.Errorf("%q: %v, want %v", tt.quoted, got, tt.want)
			}
			// The voices-only segmentation tells titles from quotations alike.
			var g Segmenter
			g.Want = Own
			for _, s := range g.Segment(tt.text, Scan(tt.text, LangOf("english"), nil)) {
				if tt.text[s.Start:s.End] == tt.quoted && Own.Has(s.Voice) != Own.Has(tt.want) {
					t.Errorf("wanting the own voice, %q is %v, want %v", tt.quoted, s.Voice, tt.want)
				}
			}
		})
	}
}

// TestTagValueOverLines checks that the marks of a markup tag's attribute value that runs
// over line breaks quote nothing, and that the text after the tag is read as before.
func TestTagValueOverLines(t *testing.T) {
	for _, text := range []string{
		"Voss went on to list her reasons.\n\n<post post-author=\"a reader\" post-date=\"\n— Lower the harbor fees.\n— Keep the ferry running.\">Here are the reasons:</post>.\n\nThe council met on Monday.",
		// A value of more than 400 bytes, with marks of its own.
		"Voss listed her reasons.\n\n<post post-author=\"a reader\" post-date=\"\n" + strings.Repeat("— Keep the “ferry” running.\n", 20) +
			"\">Here are the reasons:</post>.\n\nThe council met on Monday.",
		// A value whose closing mark is missing: the tag ends at its '>'.
		"See <a href=\"harbor.html>the report</a>.",
		"See <a href=\"harbor.html>the report</a>.\n\nThe council met on “Monday” and voted.",
	} {
		for _, s := range Quotes(text, "english") {
			if (s.Voice == Quote || s.Voice == Scare) && text[s.Start:s.End] != "Monday" {
				t.Errorf("%v %q, want no quotation", s.Voice, text[s.Start:s.End])
			}
		}
	}
	// A '<' that opens no tag leaves the marks after it as they are.
	text := "Prices rose by <5 percent, \"a modest rise,\" the bank said."
	if n := len(Quotes(text, "english")); n == 0 {
		t.Errorf("%q: no quotation", text)
	}
}

// TestBlockIntroductions checks which paragraphs ending with a colon introduce a block
// quotation: not a heading in capitals, nor a sentence whose reporting verb is passive.
func TestBlockIntroductions(t *testing.T) {
	tests := []struct {
		name, text string
		block      bool
	}{
		{"a source's introduction", "The mayor wrote:\n\nThe harbor will stay open all winter.", true},
		{"a statement's introduction", "The statement reads:\n\nThe harbor will stay open all winter.", true},
		{"a heading in capitals", "MORE READS:\n\nThe harbor will stay open all winter.", false},
		{"a topic talked about", "Here are the matters that will be talked about tomorrow:\n\nThe harbor will stay open all winter.", false},
		{"a progressive reporting verb", "Here is what the mayor is saying:\n\nThe harbor will stay open all winter.", true},
		{"a passive reporting verb", "Voss was asked:\n\nThe harbor will stay open all winter.", true},
		{"told in the passive", "At the meeting, the council was told:\n\nThe harbor will stay open all winter.", true},
		{"warned in the passive", "Residents were warned:\n\nThe harbor will stay open all winter.", true},
		{"a heading in capitals with a reporting verb", "MAYOR VOSS SAID:\n\nThe harbor will stay open all winter.", true},
		{"a heading in capitals with a statement word", "STATEMENT FROM THE MAYOR:\n\nThe harbor will stay open all winter.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			block := false
			for _, s := range Quotes(tt.text, "english") {
				if s.Voice == Quote && tt.text[s.Start:s.End] == "The harbor will stay open all winter." {
					block = true
				}
			}
			if block != tt.block {
				t.Errorf("block quotation %v, want %v: %v", block, tt.block, spansOf(tt.text, "english"))
			}
		})
	}
}
