package frames

import (
	"fmt"
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestPrevalenceSmallN: a group (a side over all events, or in one) with fewer than
// MinDocuments documents is listed in Prevalence.SmallN, its shares carry SmallN, and so
// does every difference with one of its shares, and every pooled row with such an event
// (SmallEvents counting them); a group of exactly MinDocuments is not small. Synthetic
// documents, every one with the model's words.
func TestPrevalenceSmallN(t *testing.T) {
	m, _ := trainSynthetic(t, nil)
	for _, c := range []struct {
		name      string
		a, b      [2]int   // documents of side a and b in events e1 and e2
		small     []string // "event/side documents" of the small groups ("" event: all)
		smallDiff []string // the events ("" all) whose difference a − b is flagged
		smallPool int      // the pooled row's SmallEvents: events of smallDiff other than ""
	}{
		{"none small", [2]int{10, 10}, [2]int{10, 10}, []string{}, []string{}, 0},
		{"one event of one side", [2]int{10, 10}, [2]int{10, 4}, []string{"e2/b 4"}, []string{"e2"}, 1},
		{"a side", [2]int{10, 10}, [2]int{5, 4}, []string{"/b 9", "e1/b 5", "e2/b 4"}, []string{"", "e1", "e2"}, 2},
		{"every group", [2]int{3, 3}, [2]int{2, 2}, []string{"/a 6", "/b 4", "e1/a 3", "e1/b 2", "e2/a 3", "e2/b 2"}, []string{"", "e1", "e2"}, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			var docs []corpus.Document
			for k, side := range []struct {
				kind string
				n    [2]int
			}{{"a", c.a}, {"b", c.b}} {
				d := synthetic(side.n[0]+side.n[1], []float64{0.5, 0.4, 0.3}, 0.7, 0.05, side.kind, uint64(31+k))
				for i := range d {
					d[i].Event = "e1"
					if i >= side.n[0] {
						d[i].Event = "e2"
					}
				}
				docs = append(docs, d...)
			}
			prev, err := m.Prevalence(docs, []corpus.Side{corpus.KindSide("a"), corpus.KindSide("b")}, &PrevalenceOptions{Replicates: 50})
			if err != nil {
				t.Fatal(err)
			}
			if prev.MinDocuments != 10 {
				t.Errorf("MinDocuments %d, want 10", prev.MinDocuments)
			}
			got := []string{}
			for _, g := range prev.SmallN {
				got = append(got, fmt.Sprintf("%s/%s %d", g.Event, g.Side, g.Documents))
			}
			slices.Sort(got)
			if !slices.Equal(got, c.small) {
				t.Errorf("small groups %q, want %q", got, c.small)
			}
			for _, s := range prev.Shares {
				if want := slices.Contains(c.small, fmt.Sprintf("%s/%s %d", s.Event, s.Side, s.Documents)); s.SmallN != want {
					t.Errorf("share %s/%s/%s (n=%d): SmallN %v, want %v", s.Event, s.Side, s.Frame, s.Documents, s.SmallN, want)
				}
			}
			pooled := 0
			for _, d := range prev.Differences {
				want, wantEvents := slices.Contains(c.smallDiff, d.Event), 0
				if d.Pooled {
					pooled++
					want, wantEvents = c.smallPool > 0, c.smallPool
				}
				if d.SmallN != want || d.SmallEvents != wantEvents {
					t.Errorf("difference %s (pooled %v) %s: SmallN %v, SmallEvents %d, want %v, %d",
						d.Event, d.Pooled, d.Frame, d.SmallN, d.SmallEvents, want, wantEvents)
				}
			}
			if pooled == 0 {
				t.Error("no pooled rows")
			}
		})
	}
}
