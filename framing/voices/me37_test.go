package voices

import (
	"strings"
	"testing"
)

// Rows for the given names of more languages: listed with their gender, accented forms
// with and without their accents, and the words left out of the lists on purpose.
func TestGivenNamesMe37(t *testing.T) {
	for _, tc := range []struct {
		name   string
		given  bool
		gender int
	}{
		{"Annalena Korb", true, genderFemale},
		{"Recep Dalgan", true, genderMale},
		{"Josep Varo", true, genderMale},
		{"José Varo", true, genderMale},
		{"Jose Varo", true, genderMale},
		{"Shinzo Tamaru", true, genderMale},
		{"Andrzej Kolb", true, genderMale},
		{"Abdel Varo", false, genderUnknown}, // the first half of a compound name
		{"Heinz Varo", false, genderUnknown}, // a brand
		{"Nicola Varo", true, genderUnknown}, // a man in Italy, a woman in Britain
		{"Jean Varo", true, genderUnknown},   // a man in France, a woman in English
	} {
		first := strings.Fields(tc.name)[0]
		if got := IsGivenName(first); got != tc.given {
			t.Errorf("IsGivenName(%q) = %v, want %v", first, got, tc.given)
		}
		if got := genderOfName(tc.name); got != tc.gender {
			t.Errorf("genderOfName(%q) = %d, want %d", tc.name, got, tc.gender)
		}
	}
}

// Rows for russianGiven: the Ukrainian and Russian forms of one given name share a key,
// other names and the other gender do not.
func TestGivenNameKeyUkrainianRussianMe37(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Volodymyr", "Vladimir", true},
		{"Oleksandr", "Alexander", true},
		{"Dmytro", "Dmitry", true},
		{"Serhiy", "Sergei", true},
		{"Olena", "Yelena", true},
		{"Kateryna", "Yekaterina", true},
		{"Vladimir", "Viktor", false},
		{"Oleksandr", "Oleksandra", false},
		{"Petro", "Pavlo", false},
	} {
		if got := GivenNameKey(tc.a) == GivenNameKey(tc.b); got != tc.same {
			t.Errorf("GivenNameKey(%q) == GivenNameKey(%q): %v, want %v (%s, %s)", tc.a, tc.b, got, tc.same, GivenNameKey(tc.a), GivenNameKey(tc.b))
		}
	}
}
