package corpus

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func doc(id, event, outlet, kind string) Document {
	return Document{ID: id, Event: event, Outlet: outlet, Kind: kind, Text: "text of " + id}
}

func TestAddValidates(t *testing.T) {
	tests := []struct {
		name string
		docs []Document
		want error
	}{
		{"ok", []Document{doc("a", "e", "o", "state")}, nil},
		{"no id", []Document{{Event: "e", Outlet: "o", Text: "t"}}, ErrMissingField},
		{"no event", []Document{{ID: "a", Outlet: "o", Text: "t"}}, ErrMissingField},
		{"no outlet", []Document{{ID: "a", Event: "e", Text: "t"}}, ErrMissingField},
		{"no text", []Document{{ID: "a", Event: "e", Outlet: "o"}}, ErrMissingField},
		{"blank text", []Document{{ID: "a", Event: "e", Outlet: "o", Text: " \n\t"}}, ErrMissingField},
		{"duplicate within call", []Document{doc("a", "e", "o", ""), doc("a", "e", "o", "")}, ErrDuplicateID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Corpus
			err := c.Add(tt.docs...)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("Add: got %v, want %v", err, tt.want)
			}
			if err != nil && c.Len() != 0 {
				t.Errorf("a failed Add left %d documents", c.Len())
			}
		})
	}
}

func TestAddDuplicateAcrossCalls(t *testing.T) {
	var c Corpus
	if err := c.Add(doc("a", "e", "o", "")); err != nil {
		t.Fatal(err)
	}
	err := c.Add(doc("b", "e", "o", ""), doc("a", "e2", "o", ""))
	if !errors.Is(err, ErrDuplicateID) {
		t.Fatalf("got %v, want ErrDuplicateID", err)
	}
	if c.Len() != 1 {
		t.Errorf("Len = %d after a failed Add, want 1 (all or nothing)", c.Len())
	}
}

func TestListingsAreOrderIndependent(t *testing.T) {
	docs := []Document{
		doc("z1", "summit", "Xinhua", "state"),
		doc("a1", "summit", "Reuters", "wire"),
		doc("m1", "drills", "AP", "wire"),
		doc("b2", "drills", "TASS", "state"),
		doc("c3", "summit", "AP", "wire"),
	}
	var first Corpus
	if err := first.Add(docs...); err != nil {
		t.Fatal(err)
	}
	rev := slices.Clone(docs)
	slices.Reverse(rev)
	var second Corpus
	for _, d := range rev {
		if err := second.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	ids := func(c *Corpus) []string {
		var out []string
		for _, d := range c.Documents() {
			out = append(out, d.ID)
		}
		return out
	}
	if got, want := ids(&first), []string{"a1", "b2", "c3", "m1", "z1"}; !slices.Equal(got, want) {
		t.Errorf("Documents = %v, want %v", got, want)
	}
	if !slices.Equal(ids(&first), ids(&second)) {
		t.Errorf("order depends on insertion: %v vs %v", ids(&first), ids(&second))
	}
	if got, want := first.Events(), []string{"drills", "summit"}; !slices.Equal(got, want) {
		t.Errorf("Events = %v, want %v", got, want)
	}
	if got, want := first.Outlets("summit"), []string{"AP", "Reuters", "Xinhua"}; !slices.Equal(got, want) {
		t.Errorf("Outlets(summit) = %v, want %v", got, want)
	}
	if got, want := first.Outlets(""), []string{"AP", "Reuters", "TASS", "Xinhua"}; !slices.Equal(got, want) {
		t.Errorf("Outlets() = %v, want %v", got, want)
	}
}

func TestSelectAndCopies(t *testing.T) {
	var c Corpus
	d := doc("a", "e", "o", "State")
	d.Meta = map[string]string{"k": "v"}
	if err := c.Add(d, doc("b", "e", "p", "wire"), doc("c", "f", "o", "wire")); err != nil {
		t.Fatal(err)
	}
	d.Meta["k"] = "changed by caller"
	got, ok := c.Document("a")
	if !ok || got.Meta["k"] != "v" {
		t.Fatalf("the corpus shares the caller's map: %v", got.Meta)
	}
	got.Meta["k"] = "changed by reader"
	if again, _ := c.Document("a"); again.Meta["k"] != "v" {
		t.Fatalf("Document returned the corpus's own map")
	}
	if sel := c.Select(All(ByEvent("e"), ByKind("state"))); len(sel) != 1 || sel[0].ID != "a" {
		t.Errorf("Select(event e, kind state) = %v (kind must match ignoring case)", sel)
	}
	if sel := c.Select(ByOutlet("o")); len(sel) != 2 {
		t.Errorf("Select(outlet o) has %d documents, want 2", len(sel))
	}
	if _, ok := c.Document("missing"); ok {
		t.Error("Document(missing) found something")
	}
}

func TestSplit(t *testing.T) {
	var c Corpus
	if err := c.Add(
		doc("s1", "e", "Xinhua", "state"),
		doc("w1", "e", "AP", "wire"),
		doc("w2", "e", "Reuters", "wire"),
		doc("n1", "e", "Le Monde", "newspaper"),
		doc("x1", "other", "AP", "wire"),
	); err != nil {
		t.Fatal(err)
	}
	s, err := c.Split("e", KindSide("state"), KindSide("wire"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.A) != 1 || len(s.B) != 2 || s.A[0].ID != "s1" || s.B[0].ID != "w1" || s.B[1].ID != "w2" {
		t.Errorf("Split = A %v, B %v", s.A, s.B)
	}
	if s.NameA != "state" || s.NameB != "wire" || s.Event != "e" {
		t.Errorf("Split names = %q %q %q", s.Event, s.NameA, s.NameB)
	}
	errTests := []struct {
		name  string
		event string
		a, b  Side
		want  error
	}{
		{"no event", "nope", KindSide("state"), KindSide("wire"), ErrNoEvent},
		{"empty side", "e", KindSide("state"), KindSide("blog"), ErrEmptySide},
		{"overlap", "e", OutletSide("AP"), KindSide("wire"), ErrOverlap},
		{"nil match", "e", Side{Name: "x"}, KindSide("wire"), ErrEmptySide},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := c.Split(tt.event, tt.a, tt.b); !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func TestValidateMessage(t *testing.T) {
	d := Document{ID: "x7", Event: "e", Text: "t"}
	err := d.Validate()
	if err == nil || !strings.Contains(err.Error(), `"x7" has no outlet`) {
		t.Errorf("Validate = %v, want it to name the document and the field", err)
	}
}

func TestParseSide(t *testing.T) {
	d := Document{ID: "x", Event: "e", Outlet: "AP", Kind: "wire", Text: "t"}
	for spec, match := range map[string]bool{"wire": true, "kind:wire": true, "kind:state": false, "outlet:AP": true, "outlet:TASS": false} {
		s, err := ParseSide(spec)
		if err != nil || s.Match(d) != match || s.Name == "" {
			t.Errorf("%q: %v, match %v", spec, err, s.Match != nil && s.Match(d))
		}
	}
	for _, bad := range []string{"", "color:red", "kind:", "outlet:"} {
		if _, err := ParseSide(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
