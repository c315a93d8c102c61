package report

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// TestJoinSpeakers: the report's speaker tables join the names of one speaker over both
// sides (invented names). Side b names "Quell" alone 3 times and "David Quell" once; side
// a names "Anna Quell" 5 times, so over both sides "Quell" is Anna Quell (5 > 4×1) and
// side b lists Anna Quell 3, David Quell 1. "Tam" joins "Lin Tam" on its own side.
func TestJoinSpeakers(t *testing.T) {
	a := &framing.VoiceStats{Speakers: []framing.Count{{Name: "Anna Quell", Count: 5}, {Name: "Lin Tam", Count: 2}, {Name: "Tam", Count: 2}}}
	b := &framing.VoiceStats{Speakers: []framing.Count{{Name: "Quell", Count: 3}, {Name: "David Quell", Count: 1}}}
	joinSpeakers(a, b)
	wantA := []framing.Count{{Name: "Anna Quell", Count: 5}, {Name: "Lin Tam", Count: 4}}
	wantB := []framing.Count{{Name: "Anna Quell", Count: 3}, {Name: "David Quell", Count: 1}}
	if !reflect.DeepEqual(a.Speakers, wantA) || !reflect.DeepEqual(b.Speakers, wantB) {
		t.Errorf("a %v, b %v; want %v, %v", a.Speakers, b.Speakers, wantA, wantB)
	}
	joinSpeakers(nil, b) // no panic
}

// TestJoinCited: the legal texts cited are joined among themselves, as the speakers are: a
// numbered part of a text into the text when a side cites the text by name; a part cited
// alone stays.
func TestJoinCited(t *testing.T) {
	a := &framing.VoiceStats{Cited: []framing.Count{{Name: "Harbor Charter", Count: 4}, {Name: "Article 12 of the Harbor Charter", Count: 3}}}
	b := &framing.VoiceStats{Cited: []framing.Count{{Name: "Article 9 of the Pier Act", Count: 2}}}
	joinSpeakers(a, b)
	wantA := []framing.Count{{Name: "Harbor Charter", Count: 7}}
	wantB := []framing.Count{{Name: "Article 9 of the Pier Act", Count: 2}}
	if !reflect.DeepEqual(a.Cited, wantA) || !reflect.DeepEqual(b.Cited, wantB) {
		t.Errorf("a %v, b %v; want %v, %v", a.Cited, b.Cited, wantA, wantB)
	}
}

// TestBuildJoinsSpeakers: Build's speaker tables are joined (see TestJoinSpeakers), on
// invented documents.
func TestBuildJoinsSpeakers(t *testing.T) {
	var a, b []corpus.Document
	for i := range 5 {
		a = append(a, corpus.Document{ID: fmt.Sprintf("a%d", i), Outlet: "A", Language: "english",
			Text: fmt.Sprintf("The council met on day %d to weigh the harbor budget. Anna Quell said the budget would pass.", i)})
	}
	for i := range 3 {
		b = append(b, corpus.Document{ID: fmt.Sprintf("b%d", i), Outlet: "B", Language: "english",
			Text: fmt.Sprintf("The hall was full on day %d for the harbor vote. Quell said the vote was unfair.", i)})
	}
	var an framing.Analyzer
	r, err := Build(&an, a, b, "A", "B", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []framing.Count{{Name: "Anna Quell", Count: 3}}
	if !reflect.DeepEqual(r.VoicesB.Speakers, want) {
		t.Errorf("side b's speakers %v, want %v", r.VoicesB.Speakers, want)
	}
}

// TestBuildJoinsRoles: a side's speaker named by a country's role alone joins the person
// the other side's statements title so (framing.JoinSpeakerRoles), through VoiceStats.Roles.
func TestBuildJoinsRoles(t *testing.T) {
	var a, b []corpus.Document
	for i := range 3 {
		a = append(a, corpus.Document{ID: fmt.Sprintf("a%d", i), Outlet: "A", Language: "english",
			Text: fmt.Sprintf("The ferry strike went into day %d. Moldovan President Ana Ruiz said the ports would reopen.", i)})
	}
	b = append(b, corpus.Document{ID: "b0", Outlet: "B", Language: "english",
		Text: "Moldovan president says the ports will reopen\n\nThe ferry strike went on."})
	var an framing.Analyzer
	r, err := Build(&an, a, b, "A", "B", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantRoles := []framing.RoleName{{Role: "Moldovan President", Name: "Ana Ruiz", Count: 3}}
	if !reflect.DeepEqual(r.VoicesA.Roles, wantRoles) {
		t.Errorf("side A's roles %v, want %v", r.VoicesA.Roles, wantRoles)
	}
	want := []framing.Count{{Name: "Ana Ruiz", Count: 1}}
	if !reflect.DeepEqual(r.VoicesB.Speakers, want) {
		t.Errorf("side B's speakers %v, want %v", r.VoicesB.Speakers, want)
	}
}
