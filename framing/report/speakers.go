package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/framediff/framediff/framing"
)

// joinSpeakers joins the names of one speaker in the speaker tables of both sides, as the
// voices program does: framing.JoinSpeakerNames over both sides' names ("Xi" into "Xi
// Jinping", "Obama" into "Barack Obama" when either side names him in full, spellings of
// one name), then framing.JoinSpeakerRoles' rule (a role alone, "Ukrainian president",
// into the person both sides' statements title so), applied to each side, whose
// statements under the names joined are summed; the legal texts cited are joined the same
// way among themselves ("Article 45 of the Basic Law" into "Basic Law" when a side cites
// the Basic Law by name). Each table stays most statements first, ties by name.
func joinSpeakers(a, b *framing.VoiceStats) {
	if a == nil || b == nil {
		return
	}
	_, into := framing.JoinSpeakerRoles(slices.Concat(a.Speakers, b.Speakers), slices.Concat(a.Roles, b.Roles))
	_, intoCited := framing.JoinSpeakerNames(slices.Concat(a.Cited, b.Cited)) // apart: a person is never a text
	for _, vs := range []*framing.VoiceStats{a, b} {
		vs.Speakers = joined(vs.Speakers, into)
		if vs.Cited != nil {
			vs.Cited = joined(vs.Cited, intoCited)
		}
	}
}

// joined returns counts with each name replaced by the one into maps it to, the counts of
// names joined summed, most first, ties by name.
func joined(counts []framing.Count, into map[string]string) []framing.Count {
	sum := map[string]int{}
	for _, c := range counts {
		sum[cmp.Or(into[c.Name], c.Name)] += c.Count
	}
	out := make([]framing.Count, 0, len(sum))
	for name, n := range sum {
		out = append(out, framing.Count{Name: name, Count: n})
	}
	slices.SortFunc(out, func(x, y framing.Count) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), strings.Compare(x.Name, y.Name))
	})
	return out
}
