package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/frames"
)

// TestFramesSmallNInBrowser: the shares' note names the groups of fewer than
// frames.MinDocuments documents (Prevalence.SmallN), with the threshold, beside the shift
// warning; with no small group it says nothing of small n. The sample's English state
// (5 documents and one of the hostile report's) and wire (7) sides, 1 or 2 documents an
// event, are small n throughout: more groups than the note lists (8), the rest counted.
func TestFramesSmallNInBrowser(t *testing.T) {
	a, b := sampleAllSides(t)
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	r, err := Build(an, a, b, "state", "wire", nil, &Options{Top: 50})
	if err != nil {
		t.Fatal(err)
	}
	fs := framesOf(t, trainFrames(t, []string{"conflict", "economic"}), a, b, "state", "wire", "")
	prev := fs.Prevalence
	groups := map[string]bool{}
	for _, s := range prev.Shares {
		groups[s.Event+"\x00"+s.Side] = true
	}
	if len(prev.SmallN) != len(groups) || len(groups) <= 8 {
		t.Fatalf("%d small groups of %d: the sample should be small n throughout, with more than 8 groups", len(prev.SmallN), len(groups))
	}
	var listed []string
	for _, g := range prev.SmallN[:8] {
		name := g.Side
		if g.Event != "" {
			name = g.Event + " / " + g.Side
		}
		listed = append(listed, fmt.Sprintf("%s %d", name, g.Documents))
	}
	if prev.SmallN[0] != (frames.SmallGroup{Side: "state", Documents: 6}) || prev.SmallN[1] != (frames.SmallGroup{Side: "wire", Documents: 7}) {
		t.Errorf("the sides' groups %+v, want state 6 and wire 7", prev.SmallN[:2])
	}
	noSmall := *fs
	quiet := *prev
	quiet.SmallN = []frames.SmallGroup{}
	noSmall.Prevalence = &quiet
	for _, c := range []struct {
		name string
		fs   *Frames
		want []string // in the shares' note; nil: no small n
	}{
		{"small n", fs, []string{
			fmt.Sprintf("small n: %d of %d groups have fewer than 10 documents with the model's words (", len(groups), len(groups)),
			"(" + strings.Join(listed, "; ") + fmt.Sprintf("; and %d more)", len(groups)-8),
			"10 is the least n at which a share can have 5 expected documents with the frame and 5 without",
		}},
		{"none small", &noSmall, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			r.Frames = c.fs
			p := openReport(t, r)
			note := p.text("#frames-shares-note")
			for _, w := range c.want {
				if !strings.Contains(note, w) {
					t.Errorf("the shares' note lacks %q:\n%s", w, note)
				}
			}
			if c.want == nil && strings.Contains(note, "small n") {
				t.Errorf("the shares' note speaks of small n:\n%s", note)
			}
		})
	}
}
