package voices

import (
	"strings"
	"testing"
)

// TestNoSpeakerRatherThanWrong checks that a source phrase that cannot speak, or a
// pronoun's antecedent that cannot be one, gives no speaker rather than a wrong one. The
// texts are written for this test (the names are invented).
func TestNoSpeakerRatherThanWrong(t *testing.T) {
	tests := []struct {
		name, text string
		bad        string // a speaker no span may have
		cue        string // the cue of the span to check
		want       string // that span's speaker
	}{
		// Round 25: "according to law" inside its clause is conformity, no cue (see
		// accordingConformity); the trailing "the paper said" attributes the sentence.
		{"an abstract noun after according to", "The court must rule according to law, the paper said.",
			"law", "said", "the paper"},
		{"an adverb read as a subject", "So far the council has closed two ferries and threatened to close a third.",
			"far", "threatened", ""},
		{"the imperative let", "Let's talk about the port first. The mayor said it would close.",
			"Let", "talk", ""},
		{"a bare abstract phrase", "It is common knowledge in the harbor towns that ferries run late, indicating that the timetable is wrong.",
			"common knowledge", "indicating", ""},
		{"a pronoun is not the subject of the content it is the source of", "Reform is needed in the port, he says.",
			"Reform", "says", ""},
		{"an opening phrase before the pronoun is no antecedent", "The council met on Monday. Far from promoting trade, it insists that the port must close.",
			"Far", "insists", "The council"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, s := range Quotes(tt.text, "english") {
				if s.Speaker == tt.bad || s.Canonical == tt.bad {
					t.Errorf("span %q: speaker %q, canonical %q", tt.text[s.Start:s.End], s.Speaker, s.Canonical)
				}
				if s.Verb == tt.cue {
					found = true
					if s.Speaker != tt.want {
						t.Errorf("span %q (%s): speaker %q, want %q", tt.text[s.Start:s.End], s.Verb, s.Speaker, tt.want)
					}
				}
			}
			if !found {
				t.Errorf("no span with the cue %q", tt.cue)
			}
		})
	}
}

// TestSourcesThatCanSpeak checks that the sources canSpeak must keep keep their speaker:
// a plural, a record's mass noun, a phrase with a determiner, and a pronoun's antecedent
// in an earlier sentence or, a person's name, inside the content before it.
func TestSourcesThatCanSpeak(t *testing.T) {
	tests := []struct{ text, cue, want string }{
		{"According to reports, the mayor will resign.", "according to", "reports"},
		{"According to data, the port is failing.", "according to", "data"},
		{"According to the rules, officials must act.", "according to", "the rules"},
		{"The port will close, police said.", "said", "police"},
		{"The talks collapsed, according to state television.", "according to", "state television"},
		{"The port will close, according to counsel for the family.", "according to", "counsel for the family"},
		{"The levy will rise, city hall said.", "said", "city hall"},
		{"Ana Ruiz spoke at the port. Reform is needed in the port, she says.", "says", "Ana Ruiz"},
		// A person's name inside the content, the source of a cue of its own.
		{"The gala ended late. In her speech, Ana Ruiz declared the need for calm: “We will rebuild the port,” she said.", "said", "Ana Ruiz"},
	}
	for _, tt := range tests {
		found := false
		for _, s := range Quotes(tt.text, "english") {
			if s.Verb == tt.cue {
				found = true
				if s.Speaker != tt.want {
					t.Errorf("%q: span %q: speaker %q, want %q", tt.text, tt.text[s.Start:s.End], s.Speaker, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no span with the cue %q", tt.text, tt.cue)
		}
	}
}

// TestCanonicalAcrossReported checks that indirect speech takes part in a document's
// canonical names as quotations do: every span of a speaker has the fullest name the
// document uses, whether or not a quotation carries one of the names; a one-word name
// that begins a person's full name (a family name written first) is that person.
func TestCanonicalAcrossReported(t *testing.T) {
	tests := []struct{ name, text, last, want string }{
		{"titles and a last name", "President Tomas Voss said the talks failed. Mr. Voss said he was disappointed. Voss said more.",
			"Voss", "Tomas Voss"},
		{"a last name alone", "Tal Oren said the plan would work. Oren said the port would grow.", "Oren", "Tal Oren"},
		{"a family name first", "Foreign Ministry spokesperson Li Wei said the talks went well. Li said the two sides agreed.",
			"Li", "Li Wei"},
		{"a quotation and indirect speech", "Tal Oren said the plan would work. “It will,” Oren said.", "Oren", "Tal Oren"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for _, s := range Quotes(tt.text, "english") {
				if !strings.Contains(s.Speaker, tt.last) {
					continue
				}
				n++
				if s.Canonical != tt.want {
					t.Errorf("span %q: speaker %q, canonical %q, want %q", tt.text[s.Start:s.End], s.Speaker, s.Canonical, tt.want)
				}
			}
			if n < 2 {
				t.Errorf("%d spans of %s, want 2 or more", n, tt.last)
			}
		})
	}
	// A name of capitalized words alone may be a body's: "China" is not "China Central
	// Television".
	text := "China Central Television said the talks went well. China said the two sides agreed."
	for _, s := range Quotes(text, "english") {
		if s.Speaker == "China" && s.Canonical != "China" {
			t.Errorf("span %q: canonical %q, want China", text[s.Start:s.End], s.Canonical)
		}
	}
	// A group is not the fuller group a phrase of indirect speech names, a phrase that is
	// no name is no one's fuller form, nor is another body's name.
	for _, tt := range []struct{ text, speaker, want string }{
		{"The vote was unfair, Senate Democrats said. Democrats said they would appeal.", "Democrats", "Democrats"},
		{"Angry Democrats said the vote was unfair. About 80 percent of all Democrats said the vote was fair.", "Angry Democrats", "Angry Democrats"},
		{"Russia said the talks failed. Ana Ruiz spoke to Radio Free Russia. Russia said it would leave.", "Russia", "Russia"},
		{"The Supreme Court said the law stood. Soloria’s Supreme Court said the law fell. The Supreme Court said more.", "The Supreme Court", "Supreme Court"},
	} {
		for _, s := range Quotes(tt.text, "english") {
			if s.Speaker == tt.speaker && s.Canonical != tt.want {
				t.Errorf("span %q: speaker %q, canonical %q, want %q", tt.text[s.Start:s.End], s.Speaker, s.Canonical, tt.want)
			}
		}
	}
	// Two people who share the first word: neither is taken for the other.
	text = "Li Wei said the talks went well. Li Na said the port would close. Li said the two sides agreed."
	for _, s := range Quotes(text, "english") {
		if s.Speaker == "Li" && s.Canonical != "Li" {
			t.Errorf("span %q: canonical %q, want Li", text[s.Start:s.End], s.Canonical)
		}
	}
}

// TestCanonicalNotAnother checks that a name of indirect speech is not taken for another
// person's: a full name for a longer one that shares only its last word, a first name
// alone for a full name that opens with it (a given name alone is not the person), a
// word that is another person's last name for a full name that opens with it, a word for
// a full name written only after it.
func TestCanonicalNotAnother(t *testing.T) {
	for _, tt := range []struct{ text, speaker, want string }{
		{"Mayor Chris Lee said the road was shut. Walter E. Lee plaques were removed.", "Mayor Chris Lee", "Chris Lee"},
		{"Senator Chad Smith said the bill would pass. Chad said the border was closed.", "Chad", "Chad"},
		{"Tom Oren said no. Ana Oren said yes. Oren said never. Oren Cohen, a senator, spoke later.", "Oren", "Oren"},
		{"Li said the two sides agreed. Foreign Ministry spokesperson Li Wei said the talks went well.", "Li", "Li"},
	} {
		n := 0
		for _, s := range Quotes(tt.text, "english") {
			if s.Speaker != tt.speaker {
				continue
			}
			n++
			if s.Canonical != tt.want {
				t.Errorf("%q: span %q: speaker %q, canonical %q, want %q", tt.text, tt.text[s.Start:s.End], s.Speaker, s.Canonical, tt.want)
			}
		}
		if n == 0 {
			t.Errorf("%q: no span of %s", tt.text, tt.speaker)
		}
	}
}
