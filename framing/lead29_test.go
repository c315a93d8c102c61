package framing

import (
	"maps"
	"slices"
	"testing"
)

// TestJoinSurnameOfJoinedSpelling: a one-word name joins the full name one of whose
// joined spellings ends with it as written, though a rival with an unknown given name
// ends with it too ("Qorvan Moroskyy" is no candidate and has fewer statements).
func TestJoinSurnameOfJoinedSpelling(t *testing.T) {
	in := []Count{{"Peter Morosky", 30}, {"Peter Moroskyy", 5}, {"Moroskyy", 10}, {"Qorvan Moroskyy", 1}}
	out, into := JoinSpeakerNames(in)
	want := []Count{{"Peter Morosky", 45}, {"Qorvan Moroskyy", 1}}
	if !slices.Equal(out, want) {
		t.Errorf("joined %v, want %v", out, want)
	}
	wantInto := map[string]string{"Peter Moroskyy": "Peter Morosky", "Moroskyy": "Peter Morosky"}
	if !maps.Equal(into, wantInto) {
		t.Errorf("into %v, want %v", into, wantInto)
	}
	// The rival with more statements than the name it would join keeps the word apart.
	in[3].Count = 50
	out, _ = JoinSpeakerNames(in)
	want = []Count{{"Qorvan Moroskyy", 50}, {"Peter Morosky", 35}, {"Moroskyy", 10}}
	if !slices.Equal(out, want) {
		t.Errorf("with a stronger rival: joined %v, want %v", out, want)
	}
}

// TestJoinAcronyms: an acronym joins the name whose initials it spells and is shown by
// it; with and without dots it is one speaker; a person's initials and a name of two
// bodies of like weight keep it apart.
func TestJoinAcronyms(t *testing.T) {
	for _, c := range []struct {
		in, want []Count
	}{
		{[]Count{{"Northern Union", 12}, {"NU", 30}, {"N.U.", 4}}, []Count{{"Northern Union", 46}}},
		{[]Count{{"Armed Forces of Tarvenia", 9}, {"AFT", 5}}, []Count{{"Armed Forces of Tarvenia", 14}}},
		{[]Count{{"U.K.", 7}, {"UK", 3}}, []Count{{"U.K.", 10}}},
		// A person's initials are no acronym of the person here.
		{[]Count{{"Alan Price", 6}, {"AP", 9}}, []Count{{"AP", 9}, {"Alan Price", 6}}},
		// Nor a name shaped like a person's, whose given name is not known.
		{[]Count{{"Qorvan Tesh", 6}, {"QT", 9}}, []Count{{"QT", 9}, {"Qorvan Tesh", 6}}},
		{[]Count{{"Qorvan Tesh Agency", 6}, {"QTA", 9}}, []Count{{"Qorvan Tesh Agency", 15}}},
		// Two names of like weight: none is meant more than the other.
		{[]Count{{"Coastal Command", 5}, {"Central Council", 6}, {"CC", 4}}, []Count{{"Central Council", 6}, {"Coastal Command", 5}, {"CC", 4}}},
		// Not acronyms: mixed case, a lower-case word inside the name, dots on some letters.
		{[]Count{{"Northern Union", 12}, {"Nu", 3}, {"N.U", 2}}, []Count{{"Northern Union", 12}, {"Nu", 3}, {"N.U", 2}}},
		{[]Count{{"Northern trade Union", 12}, {"NU", 3}}, []Count{{"Northern trade Union", 12}, {"NU", 3}}},
	} {
		if got, _ := JoinSpeakerNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("JoinSpeakerNames(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
