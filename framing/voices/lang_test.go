package voices

import "testing"

// TestInflections checks that the English verb lists know the forms news writes, the
// doubled consonants included (an earlier list had "admited" and "quiped").
func TestInflections(t *testing.T) {
	en := LangOf("english")
	for _, w := range []string{"said", "says", "saying", "admitted", "admitting", "quipped", "blogged", "chatted",
		"slammed", "dubbed", "preferred", "planned", "planning", "written", "spoken", "known", "shown", "believes", "worried", "denied", "replies"} {
		if en.Classes(w)&(ClassVerb|ClassThink|ClassNaming) == 0 {
			t.Errorf("%q is not a reporting verb", w)
		}
	}
	for _, w := range []string{"admited", "quiped", "admiting", "bloged"} {
		if en.Classes(w)&(ClassVerb|ClassThink) != 0 {
			t.Errorf("%q is taken for a verb form", w)
		}
	}
	if got := en.verbBase("admitted"); got != "admit" {
		t.Errorf("base of admitted = %q", got)
	}
}

// TestUSInCapitals checks that English reads "US" in capitals as the country, with no
// class, and "us" and "Us" as the pronoun.
func TestUSInCapitals(t *testing.T) {
	en := LangOf("english")
	if c := en.Classes("US"); c != 0 {
		t.Errorf("US has classes %b, want none", c)
	}
	for _, w := range []string{"us", "Us"} {
		if en.Classes(w) == 0 {
			t.Errorf("%q has no class, want the pronoun's", w)
		}
	}
}
