package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/framediff/framediff/framing"
)

// joinSpeakers joins the names of one speaker in the speaker tables of both sides, as the
// voices program does: framing.JoinSpeakerNames over both sides' names ("Xi" into "Xi
// Jinping", "Obama" into "Barack Obama" when either side names him in full), applied to
// each side, whose statements under the names joined are summed. Each table stays most
// statements first, ties by name.
func joinSpeakers(a, b *framing.VoiceStats) {
	if a == nil || b == nil {
		return
	}
	_, into := framing.JoinSpeakerNames(slices.Concat(a.Speakers, b.Speakers))
	for _, vs := range []*framing.VoiceStats{a, b} {
		sum := map[string]int{}
		for _, c := range vs.Speakers {
			sum[cmp.Or(into[c.Name], c.Name)] += c.Count
		}
		out := make([]framing.Count, 0, len(sum))
		for name, n := range sum {
			out = append(out, framing.Count{Name: name, Count: n})
		}
		slices.SortFunc(out, func(x, y framing.Count) int {
			return cmp.Or(cmp.Compare(y.Count, x.Count), strings.Compare(x.Name, y.Name))
		})
		vs.Speakers = out
	}
}
