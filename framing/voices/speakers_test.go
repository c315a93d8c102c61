package voices

import "testing"

// checkSpeakers checks that the spans of text of the given voice have, in order, the
// speakers want (as written, "" for none).
func checkSpeakers(t *testing.T, text string, v Voice, want ...string) {
	t.Helper()
	var got []string
	for _, s := range Quotes(text, "english") {
		if s.Voice == v {
			got = append(got, s.Speaker)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%q: %s speakers %q, want %q", text, v, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%q: %s speaker %d is %q, want %q", text, v, i, got[i], want[i])
		}
	}
}

// TestPronounNotAPlace checks that "he" and "she" stand for a person rather than a listed
// place named before them (a country, a city, a place named by its kind: "Valdora City"),
// and never for a listed place alone ("Hong Kong", "Jordan"), though persons bear some of
// their names too: a title or a known given name shows the person ("Mr. Jordan",
// "Virginia"); "it" may stand for a place or an organization, "they" for an organization
// but no listed place. The texts are invented.
func TestPronounNotAPlace(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a city of two words", "Pedro Varga landed on Monday. Hong Kong welcomed him with rain. He said the port would close.", "Pedro Varga"},
		{"a country", "Pedro Varga landed on Monday. China welcomed him with rain. He said the port would close.", "Pedro Varga"},
		{"a place named by its kind", "Pedro Varga landed on Monday. Valdora City welcomed him with rain. He said the port would close.", "Pedro Varga"},
		{"a place and no person", "Hong Kong is a city of ferries. He said the port would close.", ""},
		{"a council and no person", "The Harbor Council met on Monday. She said the port would close.", ""},
		{"it may stand for an organization", "The Harbor Council met on Monday. It said the port would close.", "The Harbor Council"},
		{"they stand for no listed place", "Hong Kong is a city of ferries. They said the port would close.", ""},
		{"it may stand for a country", "China is a big country. It said the port would close.", "China"},
		{"a person's name with a place's word", "Virginia Holt landed on Monday. She said the port would close.", "Virginia Holt"},
		// Persons named by a word that is also a listed place's, or by a kind of place: a
		// title or a known given name shows the person; the name alone is the place.
		{"Jordan alone", "Jordan arrived at the pier. He said the port would close.", ""},
		{"Mr. Jordan", "Mr. Jordan arrived at the pier. He said the port would close.", "Jordan"},
		{"Georgia alone", "Georgia arrived at the pier. She said the port would close.", ""},
		{"Ms. Georgia", "Ms. Georgia arrived at the pier. She said the port would close.", "Georgia"},
		{"Israel alone", "Israel arrived at the pier. He said the port would close.", ""},
		{"Mr. Israel", "Mr. Israel arrived at the pier. He said the port would close.", "Israel"},
		{"Sydney alone", "Sydney arrived at the pier. She said the port would close.", ""},
		{"Ms. Sydney", "Ms. Sydney arrived at the pier. She said the port would close.", "Sydney"},
		{"Virginia", "Virginia arrived on Monday. She said the port would close.", "Virginia"},
		{"Paris alone", "Paris arrived at the pier. She said the port would close.", ""},
		{"Ms. Paris", "Ms. Paris arrived at the pier. She said the port would close.", "Paris"},
		{"Houston alone", "Houston arrived at the pier. He said the port would close.", ""},
		{"Mr. Houston", "Mr. Houston arrived at the pier. He said the port would close.", "Houston"},
		{"Chad", "Chad arrived on Monday. He said the port would close.", "Chad"},
		{"Wei Kong", "Wei Kong arrived on Monday. He said the port would close.", "Wei Kong"},
		{"Adaeze Street", "Adaeze Street arrived on Monday. She said the port would close.", "Adaeze Street"},
		{"Chinedu Bay", "Chinedu Bay arrived on Monday. He said the port would close.", "Chinedu Bay"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakers(t, tc.text, Reported, tc.want)
		})
	}
}

// TestPlaceName checks the listed places a pronoun for a person stands for only when no
// person fits, and names of persons with a place's word that are none.
func TestPlaceName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Hong Kong", true}, {"Hong Kong's", true}, {"China", true}, {"the West Bank", true}, {"Valdora City", true},
		{"Soloria County", true}, {"Lamar County", false}, {"Paris Hilton", false}, {"Virginia Holt", false}, {"Pedro Varga", false},
		{"Jack River", false}, {"", false}, {"City", false},
		{"Wei Kong", false}, {"Adaeze Street", false}, {"Chinedu Bay", false},
	} {
		if got := placeName(tc.name); got != tc.want {
			t.Errorf("placeName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestNameAfterAnAside checks that a name set off by commas names the description right
// before it only: with an aside between them ("in a letter to the senator, Pedro Varga,")
// the name is the aside's, and the subject is the description. The texts are invented.
func TestNameAfterAnAside(t *testing.T) {
	checkSpeakers(t, "The mayor, in a letter to the senator, Pedro Varga, said the port would close.", Reported, "The mayor")
	checkSpeakers(t, "The mayor, in a letter to the senator, Pedro Varga, said: “The port will close.”", Quote, "The mayor")
	// A name right after its description names it, an aside or a description after it or not.
	checkSpeakers(t, "The head of the party, Ana Ruiz, a former senator, said the port would close.", Reported, "Ana Ruiz")
	checkSpeakers(t, "The head of the party, Ana Ruiz, in a statement, said the port would close.", Reported, "Ana Ruiz")
	checkSpeakers(t, "Her adviser, Ivo Marek, who ran the campaign, said the port would close.", Reported, "Ivo Marek")
	// A plural object names a group, which the name after it does not name.
	checkSpeakers(t, "A spokeswoman, in an email to reporters, Ana Ruiz, said the port would close.", Reported, "Ana Ruiz")
	checkSpeakers(t, "The mayor, in a letter to the senators, Pedro Varga, said the port would close.", Reported, "Pedro Varga")
}

// TestHeadlineClause checks that a clause before a colon or a cue, with a finite verb of
// its own, is no speaker: its subject is ("Pope kisses flag" is the Pope's). Plurals that
// are nouns stay in their phrase. The texts are invented.
func TestHeadlineClause(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a clause before a cue", "Pope kisses flag, condemns war: “We must stop the killing now.”", "Pope"},
		{"a clause before a colon", "Mayor sacks aide over leak: “He betrayed the city.”", "Mayor"},
		{"an organization", "Senate passes bill: “A good day.”", "Senate"},
		{"a titled name and a past", "Mayor Ruiz sacked aide over leak: “He betrayed the city.”", "Mayor Ruiz"},
		{"a plural before a name", "Harbor Party candidates Elena Voss and Tomas Brill said: “We agree.”", "Harbor Party candidates Elena Voss and Tomas Brill"},
		{"a plural after a possessive", "The mayor's personal lawyers Nico Brandt and Jay Morrow said: “She broke no rule.”", "The mayor's personal lawyers Nico Brandt and Jay Morrow"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakers(t, tc.text, Quote, tc.want)
		})
	}
	// An adjective or a number, capitalized as a paragraph's first word, before a plural:
	// no clause ("Russian" is no subject of "troops").
	for text, not := range map[string]string{"Russian troops pour into Valdora: “We saw tanks.”": "Russian",
		"Political slogans cover the walls: “We saw them.”": "Political", "Sixty years ago: “We saw them.”": "Sixty",
		"The bespectacled professor smiled: “We saw them.”": "The"} {
		for _, s := range Quotes(text, "english") {
			if s.Speaker == not {
				t.Errorf("%q: speaker %q", text, s.Speaker)
			}
		}
	}
}

// TestEventRubric checks that a rubric before a colon that names an event or a feeling and
// where it happened ("Horror in Valdora:", "Battle for Soloria:") names no speaker, and
// that a name, a person's noun or an organization in its place still does. The texts
// are invented.
func TestEventRubric(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a feeling in a place", "Horror in Valdora: “We saw bodies in the street.”", ""},
		{"an event at a place", "Chaos at Valdora airport: “We waited there for many hours.”", ""},
		{"a feeling over a place's event", "Anger over Soloria vote: “It was stolen from us all.”", ""},
		{"an event for a place", "Battle for Soloria: “We will hold the line to the end.”", ""},
		{"a name in a place", "Ruiz in Valdora: “We will rebuild.”", "Ruiz"},
		{"a person's noun in a place", "Survivor in Valdora: “We will rebuild.”", "Survivor"},
		{"an organization", "Intelligence of Soloria: “The strikes will go on.”", "Intelligence of Soloria"},
		// Nouns in -tion, -ment, -ness, -ity that name speakers, not events.
		{"an opposition", "Opposition in Valdora: “We will not give in.”", "Opposition"},
		{"a government", "Government in Valdora: “We will not give in.”", "Government"},
		{"a parliament", "Parliament in Valdora: “We will not give in.”", "Parliament"},
		{"a commission", "Commission in Valdora: “We will not give in.”", "Commission"},
		{"a charity", "Charity in Valdora: “We will not give in.”", "Charity"},
		{"a university", "University in Valdora: “We will not give in.”", "University"},
		{"a community", "Community in Valdora: “We will not give in.”", "Community"},
		{"a witness", "Witness in Valdora: “We will not give in.”", "Witness"},
		{"a celebrity", "Celebrity at Valdora gala: “We will not give in.”", "Celebrity at Valdora gala"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakers(t, tc.text, Quote, tc.want)
		})
	}
	// A short sentence after a rubric is a quotation still, with no speaker.
	checkSpeakers(t, "Horror in Valdora: “We saw bodies.”", Quote, "")
	checkSpeakers(t, "Chaos at Valdora airport: “Nobody came!”", Quote, "")
}

// TestPlaceAfterIn checks that a capitalized name after "in" (a place) is no verb's
// subject: the phrase before it is, with the place ("some in Valdora"), or a known name
// before it alone. The texts are invented.
func TestPlaceAfterIn(t *testing.T) {
	checkSpeakers(t, "Some in Hong Kong have argued that the port should close.", Reported, "Some in Hong Kong")
	checkSpeakers(t, "Officials in Valdora said the port would close.", Reported, "Officials in Valdora")
	checkSpeakers(t, "Mr. Ruiz in Valdora proposed that the port should close.", Reported, "Mr. Ruiz")
	checkSpeakers(t, "In Valdora, Ruiz said the port would close.", Reported, "Ruiz")
	// A word that opens the sentence is no name for being capitalized: "Elsewhere" is an
	// adverb, and the name after the place is the subject.
	checkSpeakers(t, "Elsewhere in Valdora Pedro Varga said the port would close.", Reported, "Pedro Varga")
	checkSpeakers(t, "Meanwhile in Soloria Ana Ruiz said the port would close.", Reported, "Ana Ruiz")
}
