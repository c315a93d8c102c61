package framing

import (
	"errors"
	"iter"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// idDoc is a made-up document of event e.
func idDoc(id, event, outlet, text string) corpus.Document {
	return corpus.Document{ID: id, Event: event, Outlet: outlet, Kind: outlet, Language: "english", Text: text}
}

// docSeq yields docs as corpus.Scan would, without checking them.
func docSeq(docs []corpus.Document) iter.Seq2[corpus.Document, error] {
	return func(yield func(corpus.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
}

// TestCompareSplitIDs: a hand-built split with a document twice, on both sides or without
// an ID is refused with an error that names the document; one with a side without
// documents, with an error that names the side (corpus.ErrEmptySide), not one about
// counted words (ErrEmpty, left for a side whose documents hold none).
func TestCompareSplitIDs(t *testing.T) {
	a1 := idDoc("a1", "e", "north", "The harbor reopened after the storm; ferries sailed again.")
	a2 := idDoc("a2", "e", "north", "Fishermen counted their losses as the harbor reopened.")
	b1 := idDoc("b1", "e", "south", "Officials blamed the storm for the closed harbor and delays.")
	b2 := idDoc("b2", "e", "south", "Ferries waited while officials inspected the damaged pier.")
	noID := a2
	noID.ID = ""
	for _, tc := range []struct {
		name  string
		a, b  []corpus.Document
		err   error
		names string // what the error must name
	}{
		{"same document on both sides", []corpus.Document{a1, a2}, []corpus.Document{b1, a2}, corpus.ErrOverlap, `"a2"`},
		{"same documents on both sides", []corpus.Document{a1, a2}, []corpus.Document{a1, a2}, corpus.ErrOverlap, `"a1"`},
		{"document twice on a side", []corpus.Document{a1, a1}, []corpus.Document{b1, b2}, corpus.ErrDuplicateID, `"a1"`},
		{"document without an ID", []corpus.Document{a1, noID}, []corpus.Document{b1, b2}, corpus.ErrMissingField, "document 2 of side"},
		{"distinct documents", []corpus.Document{a1, a2}, []corpus.Document{b1, b2}, nil, ""},
		// A side without documents is said as such, by its name, not as words not counted.
		{"side A empty", nil, []corpus.Document{b1, b2}, corpus.ErrEmptySide, `side "north": side has no documents`},
		{"side B empty", []corpus.Document{a1}, []corpus.Document{}, corpus.ErrEmptySide, `side "south": side has no documents`},
		{"both sides empty", nil, nil, corpus.ErrEmptySide, `side has no documents: neither "north" nor "south" has any`},
		{"a side of empty texts", []corpus.Document{a1}, []corpus.Document{idDoc("b3", "e", "south", " ")}, ErrEmpty, "side B"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := corpus.Split{Event: "e", NameA: "north", NameB: "south", A: tc.a, B: tc.b}
			var an Analyzer
			_, err := CompareSplit(&an, s, &CompareOptions{DocTest: DocTestOptions{Permutations: -1}})
			if tc.err == corpus.ErrEmptySide {
				// CompareSplitProfiles checks the split as CompareSplit does, before the profiles.
				if _, perr := CompareSplitProfiles(&an, s, &Profile{}, &Profile{}, nil); !errors.Is(perr, tc.err) || !strings.Contains(perr.Error(), tc.names) {
					t.Errorf("CompareSplitProfiles = %v, want an error wrapping %v that names %s", perr, tc.err, tc.names)
				}
			}
			if tc.err == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.names) {
				t.Errorf("CompareSplit = %v, want an error wrapping %v that names %s", err, tc.err, tc.names)
			}
		})
	}
}

// TestPoolEventsIDs: PoolEvents refuses a document of a side without an ID or an event, as
// it refuses an ID twice in an event; a document of no side is not looked at.
func TestPoolEventsIDs(t *testing.T) {
	docs := []corpus.Document{
		idDoc("n1", "flood", "north", "Rain flooded the valley and the river rose over the road."),
		idDoc("n2", "flood", "north", "Volunteers stacked sandbags as the river rose."),
		idDoc("s1", "flood", "south", "The river rose and officials closed the valley road."),
		idDoc("s2", "flood", "south", "Officials said the sandbags held the river back."),
		idDoc("n3", "fire", "north", "Smoke covered the hills as the fire spread east."),
		idDoc("n4", "fire", "north", "Crews fought the fire through the night in the hills."),
		idDoc("s3", "fire", "south", "The fire spread and crews closed the hill roads."),
		idDoc("s4", "fire", "south", "Officials said crews held the fire at the ridge."),
	}
	a, b := corpus.KindSide("north"), corpus.KindSide("south")
	pool := func(docs []corpus.Document, perms int) error {
		an := Analyzer{NoStem: true}
		_, err := PoolEvents(&an, docSeq(docs), a, b, &PoolOptions{Permutations: perms, MinEvents: 1})
		return err
	}
	for _, perms := range []int{-1, 50} {
		if err := pool(docs, perms); err != nil {
			t.Fatalf("valid documents, permutations %d: %v", perms, err)
		}
		stray := append(slices.Clone(docs), corpus.Document{Kind: "east", Text: "A document of no side."})
		if err := pool(stray, perms); err != nil {
			t.Errorf("a document of no side without an ID or event, permutations %d: %v", perms, err)
		}
		for _, tc := range []struct {
			name  string
			edit  func(d *corpus.Document)
			names string
		}{
			{"no id", func(d *corpus.Document) { d.ID = "" }, "document 3 read"},
			{"blank id", func(d *corpus.Document) { d.ID = "  " }, "document 3 read"},
			{"no event", func(d *corpus.Document) { d.Event = "" }, `"s1"`},
		} {
			bad := slices.Clone(docs)
			tc.edit(&bad[2])
			err := pool(bad, perms)
			if !errors.Is(err, corpus.ErrMissingField) || !strings.Contains(err.Error(), tc.names) {
				t.Errorf("%s, permutations %d: %v, want an error wrapping ErrMissingField naming %s", tc.name, perms, err, tc.names)
			}
		}
	}
}
