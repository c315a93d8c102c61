package voices

import (
	"strings"
	"testing"
)

// Review of the speaker rules of issue 18: sources that are two or more names joined by
// "and". The texts and names are invented.

// TestCoordinatedSource checks that a source of names joined by "and" is credited to all
// of them, not to the last or the first alone, and that the canonical name joins the
// canonical names of each.
func TestCoordinatedSource(t *testing.T) {
	tests := []struct{ name, text, speaker, canonical string }{
		{"two names before the verb", "Ana Ruiz and Ivo Marek said the port would close.",
			"Ana Ruiz and Ivo Marek", "Ana Ruiz and Ivo Marek"},
		{"two names in apposition", "The candidates, Ana Ruiz and Ivo Marek, said the port would close.",
			"Ana Ruiz and Ivo Marek", "Ana Ruiz and Ivo Marek"},
		{"after a quotation", "“We will appeal,” Ana Ruiz and Ivo Marek said.",
			"Ana Ruiz and Ivo Marek", "Ana Ruiz and Ivo Marek"},
		{"after the verb", "“We will appeal,” said Ana Ruiz and Ivo Marek.",
			"Ana Ruiz and Ivo Marek", "Ana Ruiz and Ivo Marek"},
		{"titled names", "Mayor Ana Ruiz and Governor Ivo Marek said the port would close.",
			"Mayor Ana Ruiz and Governor Ivo Marek", "Ana Ruiz and Ivo Marek"},
		{"titled names in the other order", "Gov. Ivo Marek and Mayor Ana Ruiz said the port would close.",
			"Gov. Ivo Marek and Mayor Ana Ruiz", "Ana Ruiz and Ivo Marek"},
		{"a list", "Ana Ruiz, Ivo Marek and Lena Holt said the port would close.",
			"Ana Ruiz, Ivo Marek and Lena Holt", "Ana Ruiz, Ivo Marek and Lena Holt"},
		{"surnames after full names", "Mayor Ana Ruiz spoke first. Ruiz and Ivo Marek said the port would close.",
			"Ruiz and Ivo Marek", "Ana Ruiz and Ivo Marek"},
		{"the other order", "Mayor Ana Ruiz spoke first. Ivo Marek and Ruiz said the port would close.",
			"Ivo Marek and Ruiz", "Ana Ruiz and Ivo Marek"},
		{"titles written with of", "President of Soloria Ana Ruiz and Prime Minister of the Republic of Valdora Ivo Marek discussed port security.",
			"President of Soloria Ana Ruiz and Prime Minister of the Republic of Valdora Ivo Marek", "Ana Ruiz and Ivo Marek"},
		{"a place after the first name", "President Ana Ruiz of Soloria and Valdoran Secretary of State Ivo Marek agreed on a plan for the harbor.",
			"President Ana Ruiz of Soloria and Valdoran Secretary of State Ivo Marek", "Ana Ruiz and Ivo Marek"},
		{"titles written with of, a list", "President of Soloria Ana Ruiz, Prime Minister of Valdora Ivo Marek and Mayor Lena Holt said the port would close.",
			"President of Soloria Ana Ruiz, Prime Minister of Valdora Ivo Marek and Mayor Lena Holt", "Ana Ruiz, Ivo Marek and Lena Holt"},
		// A preposition in a description, not a title: one source whose canonical name is
		// its phrase.
		{"a group of a person", "Supporters of Mr. Marek and Mr. Ruiz said the vote was unfair.",
			"Supporters of Mr. Marek and Mr. Ruiz", "Supporters of Mr. Marek and Mr. Ruiz"},
		{"a group of a person with a place", "Opponents of Ana Ruiz of Soloria and Ivo Marek said the vote was unfair.",
			"Opponents of Ana Ruiz of Soloria and Ivo Marek", "Opponents of Ana Ruiz of Soloria and Ivo Marek"},
		// Not a coordinated source: the first name is an object, not the start of the
		// subject, the verb is singular, or the names are places in a body's name.
		{"a name after a verb", "Pedro Varga thanked Ana Ruiz and Ivo Marek said the port would close.",
			"Ivo Marek", "Ivo Marek"},
		{"a singular verb", "Vetra and Halden morning shows that the port would close.",
			"", ""},
		{"a body's name with places", "Managers with the Ferry Authority of Port Soloria and Lake Valdora, which owns the boats, are talking about a sale.",
			"", ""},
		{"a body's name with places opening the source", "The Ferry Authority of Port Soloria and Lake Valdora, which owns the boats, are talking about a sale.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Quotes(tt.text, "english")
			var got []Span
			for _, sp := range spans {
				if sp.Voice == Quote || sp.Voice == Reported {
					got = append(got, sp)
				}
			}
			if tt.speaker == "" {
				for _, sp := range got {
					if sp.Speaker != "" && sp.Speaker != "Halden" && sp.Speaker != "Vetra" {
						t.Errorf("speaker %q, want none that joins both names", sp.Speaker)
					}
				}
				return
			}
			if len(got) == 0 {
				t.Fatalf("no quotation or indirect speech in %q", tt.text)
			}
			sp := got[len(got)-1]
			if sp.Speaker != tt.speaker || sp.Canonical != tt.canonical {
				t.Errorf("speaker %q, canonical %q; want %q, %q", sp.Speaker, sp.Canonical, tt.speaker, tt.canonical)
			}
		})
	}
}

// TestNameWithAnd checks that "and" inside a body's name after a preposition does not
// split it into the canonical names of two sources.
func TestNameWithAnd(t *testing.T) {
	text := "The Office of Harbor Trade and Fisheries said the port would close."
	for _, sp := range Quotes(text, "english") {
		if !strings.HasSuffix("Office of Harbor Trade and Fisheries", sp.Canonical) {
			t.Errorf("canonical %q splits the name (speaker %q)", sp.Canonical, sp.Speaker)
		}
	}
}
