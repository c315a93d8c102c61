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

// TestJoinAcronyms: an acronym of three letters or more joins the name whose initials it
// spells and is shown by it; with and without dots it is one speaker; the names of one
// country or union are one, shown by the table's first name; a person's initials, a
// person of like weight with those initials, and a name of two bodies of like weight keep
// it apart.
func TestJoinAcronyms(t *testing.T) {
	for _, c := range []struct {
		in, want []Count
	}{
		{[]Count{{"Northern Trade Union", 12}, {"NTU", 30}, {"N.T.U.", 4}}, []Count{{"Northern Trade Union", 46}}},
		{[]Count{{"Armed Forces of Tarvenia", 9}, {"AFT", 5}}, []Count{{"Armed Forces of Tarvenia", 14}}},
		{[]Count{{"N.T.U.", 7}, {"NTU", 3}}, []Count{{"N.T.U.", 10}}},
		// Two letters: no acronym joins a name, but the tables' names of a country or a
		// union are one speaker, shown by the first.
		{[]Count{{"Northern Union", 12}, {"NU", 30}}, []Count{{"NU", 30}, {"Northern Union", 12}}},
		{[]Count{{"U.S.", 7}, {"US", 3}, {"United States", 2}, {"UK", 4}, {"Britain", 1}, {"E.U.", 2}, {"EU", 2}}, []Count{{"United States", 12}, {"Britain", 5}, {"European Union", 4}}},
		// The form with an opening "the" the most frequent of its group: still one speaker.
		{[]Count{{"the United States", 10}, {"United States", 2}, {"US", 5}, {"the European Union", 10}, {"EU", 5}}, []Count{{"United States", 17}, {"European Union", 15}}},
		// A person's initials are no acronym of the person here.
		{[]Count{{"Alan Perry Price", 6}, {"APP", 9}}, []Count{{"APP", 9}, {"Alan Perry Price", 6}}},
		// Nor a name shaped like a person's, whose given name is not known.
		{[]Count{{"Qorvan Tesh", 6}, {"QTX", 9}, {"Qorvan Tesh Xan", 2}}, []Count{{"QTX", 9}, {"Qorvan Tesh", 6}, {"Qorvan Tesh Xan", 2}}},
		{[]Count{{"Qorvan Tesh Agency", 6}, {"QTA", 9}}, []Count{{"Qorvan Tesh Agency", 15}}},
		// A person with those initials and more statements than the body: no join.
		{[]Count{{"Qorvan Tesh Agency", 6}, {"QTA", 9}, {"Qadir Tomas Aslan", 8}}, []Count{{"QTA", 9}, {"Qadir Tomas Aslan", 8}, {"Qorvan Tesh Agency", 6}}},
		// Two names of like weight: none is meant more than the other.
		{[]Count{{"Coastal Command Council", 5}, {"Central Civic Council", 6}, {"CCC", 4}}, []Count{{"Central Civic Council", 6}, {"Coastal Command Council", 5}, {"CCC", 4}}},
		// Not acronyms: mixed case, dots on some letters; no name of a lower-case word
		// inside, or of a word in capitals.
		{[]Count{{"Northern Trade Union", 12}, {"Ntu", 3}, {"N.TU", 2}}, []Count{{"Northern Trade Union", 12}, {"Ntu", 3}, {"N.TU", 2}}},
		{[]Count{{"Northern trade Union", 12}, {"NTU", 3}}, []Count{{"Northern trade Union", 12}, {"NTU", 3}}},
		{[]Count{{"NORTHERN Trade Union", 12}, {"NTU", 3}}, []Count{{"NORTHERN Trade Union", 12}, {"NTU", 3}}},
	} {
		if got, _ := JoinSpeakerNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("JoinSpeakerNames(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
