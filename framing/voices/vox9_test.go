package voices

import "testing"

// secondCanonical returns the canonical name of the second span of indirect speech of
// text, or "" when there are not two.
func secondCanonical(text string) string {
	var got []string
	for _, s := range Quotes(text, "english") {
		if s.Voice == Reported {
			got = append(got, s.Canonical)
		}
	}
	if len(got) != 2 {
		return ""
	}
	return got[1]
}

// TestFirstNameOfPlace checks that the first name of an ordinary person that is also a
// listed place ("Jordan", "Georgia", "Sydney", "Paris", "Israel") or a known given name
// stands for the person named in full before it when nothing gives that person an office,
// or when "he" or "she" comes right after it; that "it" after it keeps the place; and that
// an official's first name alone keeps the place (see TestFirstWordJoin).
func TestFirstNameOfPlace(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"Jordan", "Jordan Haddad, 15, said the test was easy. Jordan said she would try again.", "Jordan Haddad"},
		{"Georgia", "Georgia Haddad, 15, said the test was easy. Georgia said she would try again.", "Georgia Haddad"},
		{"Sydney, no pronoun", "Sydney Haddad, 15, said the test was easy. Sydney said the bus was late.", "Sydney Haddad"},
		{"Paris", "Paris Haddad, 15, said the test was easy. Paris said she would try again.", "Paris Haddad"},
		{"Israel", "Israel Haddad, 15, said the test was easy. Israel said he would try again.", "Israel Haddad"},
		{"a given name", "Tom Okoro, 15, said the test was easy. Tom said he would try again.", "Tom Okoro"},
		{"an official and he", "Foreign Minister Jordan Haddad said the bridge would wait. Jordan said he would stay.", "Jordan Haddad"},
		{"a courtesy title is no office", "Dr. Jordan Haddad said the bridge would wait. Jordan said the talks would go on.", "Jordan Haddad"},
		// Kept apart.
		{"a person and it", "Jordan Haddad, 15, said the test was easy. Jordan said it would close its border.", "Jordan"},
		{"an official", "Foreign Minister Jordan Haddad said the bridge would wait. Jordan said the talks would go on.", "Jordan"},
		{"an official in apposition", "Jordan Haddad, the foreign minister, said the bridge would wait. Jordan said the talks would go on.", "Jordan"},
		{"a body's name", "Israel Central Television said the talks went well. Israel said the two sides agreed.", "Israel"},
		{"a name no one shows is a person's", "Georgia Haddad said the bridge would wait. Georgia said the talks would go on.", "Georgia"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := secondCanonical(tc.text); got != tc.want {
				t.Errorf("%q: second canonical speaker %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPastInSubject checks that a simple past that is no noun ("sold", "fled", "withdrew")
// ends the subject before it, so that a pronoun standing for that subject names "The
// firm", not "The firm sold".
func TestPastInSubject(t *testing.T) {
	for text, want := range map[string]string{
		"The firm sold the land it promised to protect.":             "The firm",
		"The firm sold land it promised to protect.":                 "The firm",
		"The council withdrew the plan it promised to defend.":       "The council",
		"The board fled the hall after it promised to vote.":         "The board",
		"Ana Ruiz said the firm sold the land it promised to guard.": "Ana Ruiz",
	} {
		checkSpeakers(t, text, Reported, want)
	}
}

// TestHeadlineVerbBeforeColon checks that a headline's clause before a colon whose verb
// ends it gives its subject for the quotation's speaker ("Mayor quits:" is the mayor's),
// and that a phrase whose head can speak stays whole ("Police officers:").
func TestHeadlineVerbBeforeColon(t *testing.T) {
	for text, want := range map[string]string{
		"Mayor quits: “I am done.”":              "Mayor",
		"Soloria Mayor resigns: “I am done.”":    "Soloria Mayor",
		"Harbor Council votes: “We agree.”":      "Harbor Council",
		"Police officers: “We agree.”":           "Police officers",
		"Senate Democrats: “We agree.”":          "Senate Democrats",
		"Police chief breaks silence: “I quit.”": "Police chief",
	} {
		checkSpeakers(t, text, Quote, want)
	}
}

// TestNegativeObject checks that a verb of saying whose whole object is a negative
// pronoun ending its clause ("threatened no one.", "promised nothing.") reports no words:
// the outlet's own denial is narrative, not the speech of the verb's subject; and that a
// negative pronoun that opens a clause ("said no one was hurt") is a content's subject.
func TestNegativeObject(t *testing.T) {
	tests := []struct {
		name, text string
		want       []vspan
	}{
		{"the outlet's rebuttal",
			"The agency reported that the minister “threatened” reporters. That is not true: the minister threatened no one.",
			[]vspan{{Reported, "The agency", "the agency", "reported", "the minister"},
				{Reported, "The agency", "the agency", "reported", "threatened"}, // a word inside the clause (mixedQuotes)
				{Reported, "The agency", "the agency", "reported", "reporters"}}},
		{"promised nothing", "Pedro Varga promised nothing.", nil},
		{"denied nothing", "The council denied nothing, and the port closed.", nil},
		{"a clause's subject", "Police said no one was hurt.",
			[]vspan{{Reported, "Police", "Police", "said", "no one was hurt"}}},
		{"a clause's subject with a phrase", "Ana Ruiz said nothing in the plan would change.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "nothing in the plan would change"}}},
		{"a plain object is a content still", "The minister threatened reporters.",
			[]vspan{{Reported, "The minister", "the minister", "threatened", "reporters"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpans(t, tc.text, "english", tc.want)
		})
	}
}
