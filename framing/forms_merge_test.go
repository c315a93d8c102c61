package framing

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestFormsMergedAndDecoded checks the forms of a term (Profile.Terms) in the three ways a
// profile gets them: counted, merged over one vocabulary (count arrays added), and merged
// from JSON (term by term), against forms counted by hand: "flood" is flooded 2, floods 2,
// Floods 1, flood 1, flooding 1 over both documents (Snowball English stems each to
// "flood"; a form is the text as written, capitals kept).
func TestFormsMergedAndDecoded(t *testing.T) {
	an := Analyzer{Language: "english"}
	a := corpus.Document{ID: "a", Event: "e", Outlet: "x", Text: "Floods flooded the town of Halden. The floods flooded the mill."}
	b := corpus.Document{ID: "b", Event: "e", Outlet: "x", Text: "Halden saw the flood and the flooding of the floods."}
	want := []Form{{"flooded", 2}, {"floods", 2}, {"Floods", 1}, {"flood", 1}, {"flooding", 1}}
	forms := func(p *Profile) []Form {
		for _, ts := range p.Terms() {
			if ts.Term == "flood" && ts.N == 1 {
				return ts.Forms
			}
		}
		return nil
	}
	check := func(name string, p *Profile) {
		t.Helper()
		got := forms(p)
		// The order of forms of equal count is not asserted: compare as sets, then the
		// counts' order.
		sorted := slices.Clone(got)
		slices.SortFunc(sorted, func(x, y Form) int {
			if x.Count != y.Count {
				return y.Count - x.Count
			}
			if x.Text < y.Text {
				return -1
			}
			return 1
		})
		if !slices.Equal(sorted, want) {
			t.Errorf("%s: forms of flood %v, want %v", name, got, want)
		}
		if !slices.IsSortedFunc(got, func(x, y Form) int { return y.Count - x.Count }) {
			t.Errorf("%s: forms of flood %v not most frequent first", name, got)
		}
	}
	whole, err := an.Profile(a, b)
	if err != nil {
		t.Fatal(err)
	}
	check("counted", whole)
	ps, err := an.Profiles([]corpus.Document{a}, []corpus.Document{b})
	if err != nil {
		t.Fatal(err)
	}
	shared, err := Merge(ps...)
	if err != nil {
		t.Fatal(err)
	}
	check("merged over one vocabulary", shared)
	var decoded []*Profile
	for _, p := range ps {
		j, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var q Profile
		if err := json.Unmarshal(j, &q); err != nil {
			t.Fatal(err)
		}
		decoded = append(decoded, &q)
	}
	fromJSON, err := Merge(decoded...)
	if err != nil {
		t.Fatal(err)
	}
	check("merged from JSON", fromJSON)
}
