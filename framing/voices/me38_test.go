package voices

import "testing"

// Rows for withoutMarks in GivenNameKey: a listed given name with the marks of its Latin
// letters and without them is one name; names that differ in more than marks stay apart.
func TestGivenNameKeyMarksMe38(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"António", "Antonio", true},
		{"José", "Jose", true},
		{"François", "Francois", true},
		{"Zoë", "Zoe", true},
		{"Tomáš", "Tomas", true},
		{"José", "Josef", false},
		{"Ana", "Anna", false},
	} {
		if got := GivenNameKey(tc.a) == GivenNameKey(tc.b); got != tc.same {
			t.Errorf("GivenNameKey(%q) == GivenNameKey(%q): %v, want %v (%s, %s)", tc.a, tc.b, got, tc.same, GivenNameKey(tc.a), GivenNameKey(tc.b))
		}
	}
}

// Rows for nameClauseBefore in trailing: in "content, NAME, APPOSITION, said", the name is
// the source and the content ends before it; without a comma before the verb, or with a
// titled name for source, the phrase before the verb stays the source.
func TestTrailingNameAppositionMe38(t *testing.T) {
	for _, tc := range []struct {
		text, content, speaker string
	}{
		{"The plan will fail, Ana Ruiz, the mayor, said on Friday.", "The plan will fail", "Ana Ruiz"},
		{"Students should go home, Ivo Marek, vice-chairman of the advisory body, said on Friday.", "Students should go home", "Ivo Marek"},
		{"The ferries will run again in May, Lena Varga, a spokeswoman for the port, told reporters.", "The ferries will run again in May", "Lena Varga"},
		// No comma before the verb: the name is the content's.
		{"Talks will resume with the Northern leader, Tal Oren, the Southern spokesman said.",
			"Talks will resume with the Northern leader, Tal Oren", "the Southern spokesman"},
		// A name with a title before the verb is the source itself.
		{"The office kept a cook and a driver, Tal Oren, Mr. Marek said, citing a ledger.",
			"The office kept a cook and a driver, Tal Oren", "Mr. Marek"},
		// The content's subject before the name, its predicate after the attribution.
		{"The plan, Ana Ruiz, the mayor, said, will fail.", "The plan", "Ana Ruiz"},
		// No apposition after the name, or no name before the apposition.
		{"The ferries stopped in Halden, Lena Varga, Ivo Marek, said.", "The ferries stopped in Halden, Lena Varga", "Ivo Marek"},
		{"The ferries stopped in Halden, the harbor, the mayor, said.", "The ferries stopped in Halden, the harbor", "the mayor"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, sp := range Quotes(tc.text, "english") {
				if sp.Voice == Reported {
					got = append(got, tc.text[sp.Start:sp.End]+" | "+sp.Speaker)
				}
			}
			if want := tc.content + " | " + tc.speaker; len(got) == 0 || got[0] != want {
				t.Errorf("reported %q, want first %q", got, want)
			}
		})
	}
}
