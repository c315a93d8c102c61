package framing

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing/internal/devdata"
)

// TestNewsWCLLabelMisses prints, for the tune events of NewsWCL50's development half only,
// each referent's labels by side, its alternatives in the event's top 10, and the gold
// pairs of its concept the view does not list: the dump to choose label rules from.
// Held events are never printed.
//
//	FRAMEDIFF_LABEL_MISSES=1 go test ./framing -run NewsWCLLabelMisses -v -count=1
func TestNewsWCLLabelMisses(t *testing.T) {
	if os.Getenv("FRAMEDIFF_LABEL_MISSES") == "" {
		t.Skip("set FRAMEDIFF_LABEL_MISSES to print the tune events' labels and misses")
	}
	_, sides, gold := loadNewsWCL(t)
	an := &Analyzer{Voices: AllVoices}
	var events []string
	for ev := range gold {
		if devdata.Half(ev) == "tune" {
			events = append(events, ev)
		}
	}
	sort.Strings(events)
	for _, ev := range events {
		refs, err := an.SuggestReferents(sides[ev][0], sides[ev][1], 1, 10)
		if err != nil {
			t.Fatal(err)
		}
		rls, pairs := referentLabelPairs(t, an, sides[ev], refs, &ReferentOptions{Institutions: true})
		sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].score > pairs[j].score })
		t.Logf("=== event %s: %d alternatives", ev, len(pairs))
		for k, p := range pairs {
			c := conceptOf(gold[ev], p.referent)
			ok := c != nil && c.goldPairs()[p.a+"|"+p.b]
			mark := " "
			if k < 10 {
				mark = "*"
			}
			t.Logf("  %s %2d %s: %s | %s (%.3f) %v", mark, k, p.referent, p.a, p.b, p.score, ok)
		}
		for i, rl := range rls {
			c := conceptOf(gold[ev], refs[i].Name)
			cname := "-"
			for n, cc := range gold[ev] {
				if cc == c {
					cname = n
				}
			}
			t.Logf("--- referent %q (mentions %d/%d) concept %s", refs[i].Name, rl.MentionsA, rl.MentionsB, cname)
			var ls []string
			for _, l := range rl.Labels {
				ls = append(ls, fmt.Sprintf("%s %d/%d %v", l.Label, l.CountA, l.CountB, l.Kinds))
			}
			t.Logf("    view labels: %s", strings.Join(ls, "; "))
			var ts []string
			for _, l := range rl.Titles {
				ts = append(ts, fmt.Sprintf("%s %d/%d", l.Label, l.CountA, l.CountB))
			}
			t.Logf("    titles: %s", strings.Join(ts, "; "))
			if c == nil {
				continue
			}
			var gl []string
			for _, l := range slices.Sorted(func(yield func(string) bool) {
				for l := range c.labels {
					if !yield(l) {
						return
					}
				}
			}) {
				n := c.labels[l]
				gl = append(gl, fmt.Sprintf("%s %d/%d", l, n[0], n[1]))
			}
			t.Logf("    gold labels (of %d/%d): %s", c.total[0], c.total[1], strings.Join(gl, "; "))
		}
	}
}

// TestNewsWCLLabelLines prints every label use and mention of the tune events' referents,
// with its line (FRAMEDIFF_LABEL_LINES=1; tune events only).
func TestNewsWCLLabelLines(t *testing.T) {
	if os.Getenv("FRAMEDIFF_LABEL_LINES") == "" {
		t.Skip("set FRAMEDIFF_LABEL_LINES to print the tune events' label lines")
	}
	_, sides, gold := loadNewsWCL(t)
	an := &Analyzer{Voices: AllVoices}
	for _, ev := range slices.Sorted(maps.Keys(gold)) {
		if devdata.Half(ev) != "tune" {
			continue
		}
		refs, err := an.SuggestReferents(sides[ev][0], sides[ev][1], 1, 10)
		if err != nil {
			t.Fatal(err)
		}
		rls, _ := referentLabelPairs(t, an, sides[ev], refs, &ReferentOptions{Width: 70, Institutions: true})
		for _, rl := range rls {
			for _, l := range slices.Concat(rl.Labels, rl.Titles) {
				for _, e := range l.Evidence {
					t.Logf("ev %s %s [%s] %s: %s %v", ev, rl.Referent, l.Label, e.DocID, e.String(), l.Kinds)
				}
			}
		}
	}
}
