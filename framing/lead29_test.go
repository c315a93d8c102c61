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
