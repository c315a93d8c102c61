package voices

import "testing"

// TestHon28HonorificGender checks that a title that tells a gender never takes a fuller
// name whose given name tells the other: with no one of that gender left, the surname
// stays as written. The given names here are Spanish and English names that the lists
// did not hold before.
func TestHon28HonorificGender(t *testing.T) {
	for _, tc := range []struct{ text, not, want string }{
		{"Tomas Ferrando Ruiz had no water. His sister, Pilar Ferrando, was abroad. “We are tired,” Mr. Ferrando said.",
			"Pilar Ferrando", "Ferrando"},
		{"Kaitlyn Oduya spoke first at the hearing. “The plan fails,” Mr. Oduya said later.",
			"Kaitlyn Oduya", "Oduya"},
		{"Ignacio Berrante opened the meeting. “It is not enough,” Ms. Berrante said.",
			"Ignacio Berrante", "Berrante"},
	} {
		var got []string
		for _, q := range Quotes(tc.text, "english") {
			if q.Speaker != "" {
				got = append(got, q.Canonical)
			}
		}
		if len(got) != 1 || got[0] == tc.not || got[0] != tc.want {
			t.Errorf("%q: canonical speakers %q, want [%q] (never %q)", tc.text, got, tc.want, tc.not)
		}
	}
}

// TestHon28SlavicGivenNames checks that the common Ukrainian and Russian given names, in
// their usual English spellings, tell a gender and count as given names.
func TestHon28SlavicGivenNames(t *testing.T) {
	for name, want := range map[string]int{
		"Volodymyr Dorosh": genderMale, "Oleksii Dorosh": genderMale, "Mykhailo Dorosh": genderMale,
		"Serhiy Dorosh": genderMale, "Dmitry Dorosh": genderMale, "Yevgeny Dorosh": genderMale,
		"Ihor Dorosh": genderMale, "Igor Dorosh": genderMale, "Ramzan Dorosh": genderMale,
		"Iryna Dorosh": genderFemale, "Olena Dorosh": genderFemale, "Liudmyla Dorosh": genderFemale,
		"Yuliia Dorosh": genderFemale, "Tetiana Dorosh": genderFemale, "Svetlana Dorosh": genderFemale,
		"Kateryna Dorosh": genderFemale, "Oksana Dorosh": genderFemale,
	} {
		if g := genderOfName(name); g != want {
			t.Errorf("genderOfName(%q) = %d, want %d", name, g, want)
		}
	}
	for _, w := range []string{"Volodymyr", "Dmytro", "Andrii", "Valentyna", "Hanna"} {
		if !IsGivenName(w) {
			t.Errorf("IsGivenName(%q) = false, want true", w)
		}
	}
	// A title with a Slavic given name: "Ms. Dorosh" is not Mykola Dorosh.
	text := "Mykola Dorosh led the convoy. “The road is closed,” Ms. Dorosh said."
	for _, q := range Quotes(text, "english") {
		if q.Canonical == "Mykola Dorosh" {
			t.Errorf("%q: Ms. Dorosh canonicalized to %q", text, q.Canonical)
		}
	}
}

// TestHon28PronounAgainstSurePerson checks that a one-word name of indirect speech
// followed by a pronoun of the other gender does not join the person whose given name
// tells the gender.
func TestHon28PronounAgainstSurePerson(t *testing.T) {
	text := "Thomas Keral lost the vote on Monday. Keral said she would appeal."
	found := false
	for _, sp := range Quotes(text, "english") {
		if sp.Speaker == "Keral" {
			found = true
			if sp.Canonical != "Keral" {
				t.Errorf("%q: %q canonicalized to %q, want it as written", text, sp.Speaker, sp.Canonical)
			}
		}
	}
	if !found {
		t.Errorf("%q: no statement of Keral in %+v", text, Quotes(text, "english"))
	}
}
