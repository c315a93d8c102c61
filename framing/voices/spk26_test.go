package voices

import "testing"

// spk26Speaker is the speaker and canonical name a test wants for the span with a cue.
type spk26Speaker struct{ verb, speaker, canonical string }

// checkSpeakers26 checks the speaker and canonical name of the spans of text with each
// verb of want (the first span with that verb), as checkVerbSpeakers does.
func checkSpeakers26(t *testing.T, text string, want []spk26Speaker) {
	t.Helper()
	ws := make([]verbSpeaker, len(want))
	for i, w := range want {
		ws[i] = verbSpeaker{verb: w.verb, speaker: w.speaker, canonical: w.canonical}
	}
	checkVerbSpeakers(t, text, ws)
}

// TestClauseSource26 checks that a source phrase that is a clause, a headline's subject
// with its finite verb and object, gives its subject when the cue is a verb coordinated
// after a comma or a colon after the clause, and no speaker when the clause follows its
// cue (it is the content) or its one-word subject is no name; and that compounds,
// participles and the one a relative clause is about are kept. The texts are invented.
func TestClauseSource26(t *testing.T) {
	cases := []struct {
		name, text string
		want       []spk26Speaker
	}{
		{"a verb coordinated after a comma", "Governor visits Halden ferry yards, warns of a long winter",
			[]spk26Speaker{{"warns", "Governor", "Governor"}}},
		{"its object a possessive name", "Governor Marek greets Halden's ferry crews: “Not one crew gave up.”",
			[]spk26Speaker{{":", "Governor Marek", "Marek"}}},
		{"a colon after the clause", "Commissioner Ruiz tours Halden: “Deeply moved by the harbor crews.”",
			[]spk26Speaker{{":", "Commissioner Ruiz", "Ruiz"}}},
		{"a past clause after the cue", "Soloria accused of crimes in its war on Halden, says militias shelled houses.",
			[]spk26Speaker{{"says", "", ""}}},
		{"a one-word subject that is no name", "Giant kites bear portraits of Mayor Ruiz over the bay, with a motto: “Tides turn.”",
			[]spk26Speaker{{":", "", ""}}},
		// Kept.
		{"a participle and its time", "According to the Halden Poll released Sunday, most voters back the levy.",
			[]spk26Speaker{{"according to", "the Halden Poll released Sunday", "Halden Poll released Sunday"}}},
		{"a plural compound before a plural", "Halden rights groups, in a letter, urged the council to act.",
			[]spk26Speaker{{"urged", "Halden rights groups", "Halden rights groups"}}},
		{"a plural compound after the cue", "No ferry may dock before spring, warns Halden ports chief",
			[]spk26Speaker{{"warns", "Halden ports chief", "Halden ports chief"}}},
		{"a participle before a body", "An officer with the Halden armed forces said the harbor was closed.",
			[]spk26Speaker{{"said", "An officer with the Halden armed forces", "an officer with the Halden armed forces"}}},
		{"a relative clause's verb", "Mayor Ana Ruiz thanked Governor Ivo Marek, who earlier said the pier would reopen.",
			[]spk26Speaker{{"said", "Governor Ivo Marek", "Ivo Marek"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkSpeakers26(t, tc.text, tc.want) })
	}
}

// TestTitlePossessive26 checks that a title before a title's possessive stays in the name
// of the body it heads ("Prosecutor General's Office" is not "General's Office"), while
// a title before a person's possessive name is still left out. The names are invented.
func TestTitlePossessive26(t *testing.T) {
	en := LangOf("english")
	for _, c := range []struct{ in, want string }{
		{"Prosecutor General's Office", "Prosecutor General's Office"},
		{"the Halden Prosecutor General’s Office", "Halden Prosecutor General’s Office"},
		{"the President's Office", "President's Office"},
		// Kept.
		{"Mr. Voss’s", "Voss"},
		{"Secretary of State Ana Ruiz", "Ana Ruiz"},
	} {
		if got := coreName(c.in, en); got != c.want {
			t.Errorf("coreName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRecordAgent26 checks that figures of someone's are named by that one: the agent of
// a record's noun with a participle and "by", or the phrase after its "of" or "from";
// and that a report or a survey, which may speak itself, and a record with no agent stay
// as they are. The names are invented.
func TestRecordAgent26(t *testing.T) {
	en := LangOf("english")
	for _, c := range []struct{ in, want string }{
		{"data provided by the Halden Port Authority", "Halden Port Authority"},
		{"the latest information from the harbor prosecutors", "the harbor prosecutors"},
		{"figures from the Soloria Ministry of Health", "Soloria Ministry of Health"},
		// Kept.
		{"the results of the Halden survey", "the results of the Halden survey"},
		{"a report by the Halden Port Authority", "a report by the Halden Port Authority"},
		{"official data", "official data"},
	} {
		if got := coreName(c.in, en); got != c.want {
			t.Errorf("coreName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTollSource26 checks that a phrase headed by a noun of a toll is no source ("…,
// casualties reported": a passive without its "were"), and that a plural for persons
// still is. The texts are invented.
func TestTollSource26(t *testing.T) {
	cases := []struct {
		name, text string
		want       []spk26Speaker
	}{
		{"a toll's noun", "Militias shelled two villages near Halden at dawn, casualties reported by the port.",
			[]spk26Speaker{{"reported", "", ""}}},
		{"a toll's noun with adjectives", "Militias shelled two villages near Halden at dawn, heavy civilian casualties reported.",
			[]spk26Speaker{{"reported", "", ""}}},
		// Kept.
		{"a plural for persons", "Militias shelled two villages near Halden at dawn, residents reported.",
			[]spk26Speaker{{"reported", "residents", "residents"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkSpeakers26(t, tc.text, tc.want) })
	}
}

// TestRecordOf26 checks that the source after "according to" that is a record's noun goes
// on over its "of" and the noun phrase in lower case after it, whose figures they are
// (see recordAgent). The text is invented.
func TestRecordOf26(t *testing.T) {
	checkSpeakers26(t, "According to fresh data of port inspectors, 40 boats sank in Halden.",
		[]spk26Speaker{{"according to", "fresh data of port inspectors", "port inspectors"}})
}
