package voices

import "testing"

// TestNameGivenAfterAs: a quotation capitalized as a title right after "as" is a name
// someone gave ("referred to the mayor as “Captain Harbor”"), the giver's words, as
// PolNeAR's annotators read it; a title cue beside the quotation still makes it a title.
// Invented sentences.
func TestNameGivenAfterAs(t *testing.T) {
	for _, c := range []struct {
		name, text, quoted string
		want               Voice
	}{
		{"referred to as", "Critics referred to the mayor as “Captain Harbor,” a nickname she dislikes.", "Captain Harbor", Quote},
		{"described as", "Ruiz described the program as “Ferries For All.”", "Ferries For All", Quote},
		{"listed as, no speaker", "The council listed her as “Harbor Master” in its minutes.", "Harbor Master", Scare},
		{"title after a preposition", "He starred in “Harbor Nights” last year.", "Harbor Nights", Title},
		{"title cue after", "The show aired as “Harbor Nights” podcast episodes in May.", "Harbor Nights", Title},
		{"such as", "She loved films such as “Harbor Nights” as a child.", "Harbor Nights", Title},
		{"as well as", "He wrote “Keepers of the Light” as well as “Harbor Nights” in his youth.", "Harbor Nights", Title},
	} {
		t.Run(c.name, func(t *testing.T) {
			v, ok := voiceOf(c.text, c.quoted)
			if !ok || v != c.want {
				t.Errorf("%q: voice %v (found %v), want %v (%+v)", c.quoted, v, ok, c.want, Quotes(c.text, "english"))
			}
		})
	}
}
