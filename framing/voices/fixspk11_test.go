package voices

import "testing"

// Review of the speaker rules of issue 18: honorifics that open names of things, and
// Arabic surnames after a given name. The texts and names are invented.

// TestHonorificOpensAName checks that "U" and "Madame" are kept where they open the name
// of a place, a business or a body rather than a person's.
func TestHonorificOpensAName(t *testing.T) {
	tests := []struct{ name, text, word, want string }{
		{"U before a street", "U Street merchants said the rent was too high.", "Street", "U Street merchants"},
		{"U before a brand", "U Mobile said the network would grow.", "Mobile", "U Mobile"},
		{"U before a body", "U Sports said the season would start.", "Sports", "U Sports"},
		// The officials of a body are a group speaker of their own (see groupPhrase), and
		// "U" still opens the body's name inside it.
		{"U before a body after a group", "Officials at U Sports said the season would start.", "Sports", "Officials at U Sports"},
		{"Madame before a business", "Madame Tussauds said the museum would reopen in May.", "Tussauds", "Madame Tussauds"},
		{"U before a Burmese name", "U Thant said the talks would resume.", "Thant", "Thant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := canonicalsOf(tt.text, tt.word)
			if len(got) == 0 {
				t.Fatalf("no span with a speaker holding %q", tt.word)
			}
			for _, c := range got {
				if c != tt.want {
					t.Errorf("canonical %q, want %q (all: %q)", c, tt.want, got)
				}
			}
		})
	}
	if g := genderOfName("Madame Tussauds"); g != genderUnknown {
		t.Errorf("genderOfName(%q) = %d, want %d (unknown)", "Madame Tussauds", g, genderUnknown)
	}
	if g := genderOfName("Madame Dubois"); g != genderFemale {
		t.Errorf("genderOfName(%q) = %d, want %d (female)", "Madame Dubois", g, genderFemale)
	}
}

// TestCommonSurnameIsEastAsian checks that every common surname is one of the East Asian
// surnames the package knows, so the rules for either agree.
func TestCommonSurnameIsEastAsian(t *testing.T) {
	for w := range commonSurnames {
		if !IsEastAsianSurname(w) {
			t.Errorf("CommonSurname(%q) but not IsEastAsianSurname", w)
		}
	}
}

// TestArabicArticleAfterGivenName checks a surname with the Arabic article after a given
// name that ends like an English participle ("Ahmed").
func TestArabicArticleAfterGivenName(t *testing.T) {
	tests := []struct{ name, text, word, want string }{
		{"a given name ending in -ed", "Ahmed al-Haddawi said the talks were candid.", "Haddawi", "Ahmed al-Haddawi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := canonicalsOf(tt.text, tt.word)
			if len(got) == 0 {
				t.Fatalf("no span with a speaker holding %q", tt.word)
			}
			for _, c := range got {
				if c != tt.want {
					t.Errorf("canonical %q, want %q (all: %q)", c, tt.want, got)
				}
			}
		})
	}
}
