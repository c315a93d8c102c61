package voices

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing/internal/devdata"
)

// TestBASILMissKinds counts BASIL's own/quoted disagreements by kind, for each half (a
// development aid: FRAMEDIFF_KINDS=1; it prints counts only, no text):
//   - short quotation: the span's quoted words are all in quotations of one or two words
//     (their voice, and whether indirect speech touches them);
//   - inside a quotation: the span lies wholly in one quotation of five words or more,
//     and BASIL reads it as not quoted;
//   - mixed: the span has quoted and unquoted words, neither under a fifth;
//   - other.
func TestBASILMissKinds(t *testing.T) {
	if os.Getenv("FRAMEDIFF_KINDS") == "" {
		t.Skip("set FRAMEDIFF_KINDS")
	}
	docs, spans := loadBASIL(t)
	segs := map[string][]Span{}
	counts := map[string]map[string]int{"tune": {}, "held": {}}
	for _, s := range spans {
		d := docs[s.Article]
		lo, hi, ok := d.Locate(s)
		if !ok {
			continue
		}
		if segs[s.Article] == nil {
			segs[s.Article] = Quotes(d.Text, "english")
		}
		share := voiceShare(d.Text, segs[s.Article], lo, hi)
		quoted := share[Quote] + share[Scare]
		if (quoted > 0.5) == (s.Quote == "yes") {
			continue
		}
		// The quotations the span overlaps, by their length in words.
		var lens []int
		inOne := false
		voice, nearReported := Narrative, false
		for _, q := range segs[s.Article] {
			if (q.Voice != Quote && q.Voice != Scare) || q.End <= lo || q.Start >= hi {
				continue
			}
			n := len(strings.Fields(d.Text[q.Start:q.End]))
			lens = append(lens, n)
			voice = q.Voice
			for _, r := range segs[s.Article] {
				// Indirect speech ending at most a space and a mark before the quotation,
				// or starting as close after it.
				if r.Voice == Reported && (q.Start-5 <= r.End && r.End <= q.Start || q.End <= r.Start && r.Start <= q.End+5) {
					nearReported = true
				}
			}
			if q.Start <= lo && hi <= q.End+1 && n >= 5 {
				inOne = true
			}
		}
		kind := "other"
		switch {
		case len(lens) > 0 && slices.Max(lens) <= 2:
			kind = "short quotation (" + voice.String() + ")"
			if nearReported {
				kind = "short quotation (" + voice.String() + ", by indirect speech)"
			}
		case inOne && s.Quote != "yes":
			kind = "inside a quotation"
		case quoted >= 0.2 && quoted <= 0.8:
			kind = "mixed"
		}
		counts[devdata.Half(d.Triplet)][s.Quote+", "+kind]++
	}
	for _, h := range []string{"tune", "held"} {
		keys := slices.Sorted(maps.Keys(counts[h]))
		for _, k := range keys {
			t.Logf("%s: BASIL %-28s %d", h, k, counts[h][k])
		}
	}
}
