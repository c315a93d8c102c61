package voices

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing/internal/devdata"
)

// TestDiagIndirect classifies the indirect contents of PolNeAR's tune half that are
// missed (a development aid: FRAMEDIFF_DIAG=1).
func TestDiagIndirect(t *testing.T) {
	if os.Getenv("FRAMEDIFF_DIAG") == "" {
		t.Skip("set FRAMEDIFF_DIAG")
	}
	reasons := map[string]int{}
	lastWords := map[string]int{}
	examples := map[string][]string{}
	for _, a := range loadPolNeAR(t) {
		if devdata.Half(a.Name) != "tune" {
			continue
		}
		s := segmenter{lang: LangOf("english"), text: a.Text}
		s.toks = s.tokenize(a.Text, s.toks)
		spans := s.segment()
		var rep [][2]int
		for _, sp := range spans {
			if sp.Voice == Reported {
				rep = append(rep, [2]int{sp.Start, sp.End})
			}
		}
		for _, at := range a.Attributions {
			letters := rangesAlnum(a.Text, at.Content)
			if letters == 0 || pnDirect(at.ContentText) != 0 || 2*overlapAlnum(a.Text, at.Content, rep) > letters {
				continue
			}
			reason := "no cue"
			if len(at.Cue) > 0 {
				// The last token of the cue.
				k := s.tokAt(at.Cue[len(at.Cue)-1][1]) - 1
				for k >= 0 && s.toks[k].start >= at.Cue[len(at.Cue)-1][1] {
					k--
				}
				if k < 0 {
					continue
				}
				// The cue's verb: the token of the cue with a verb class.
				v := -1
				for j := s.tokAt(at.Cue[0][0]); j <= k && j < len(s.toks); j++ {
					if s.toks[j].flags&(ClassVerb|ClassThink) != 0 {
						v = j
					}
				}
				lo := s.sentenceStartTok(max(0, k))
				hi := s.sentenceEndTok(max(0, k))
				switch {
				case v < 0:
					reason = "cue not a listed verb: " + strings.ToLower(s.word(k))
				case !s.isCueVerb(v, lo):
					reason = "not a cue verb here"
				default:
					src, passive := s.subjectOf(v, lo)
					m, ok := s.complement(v, s.particleEnd(v, hi), hi)
					switch {
					case !src.ok() && !passive:
						reason = "no subject"
					case !ok:
						reason = "no complement"
					default:
						reason = fmt.Sprintf("content elsewhere (complement at %q)", s.word(m))
						reason = "content elsewhere"
					}
				}
			}
			key := reason
			if strings.HasPrefix(reason, "cue not a listed verb") {
				key = "cue not a listed verb"
				lastWords[strings.TrimPrefix(reason, "cue not a listed verb: ")]++
			}
			reasons[key]++
			if len(examples[key]) < 400 {
				ctx := ""
				if len(at.Cue) > 0 {
					k := s.tokAt(at.Cue[0][0])
					if k < len(s.toks) {
						lo, hi := s.sentenceStartTok(k), s.sentenceEndTok(k)
						ctx = " || SENT: " + a.Text[s.toks[lo].start:s.toks[hi-1].end]
					}
				}
				examples[key] = append(examples[key], reason+" || "+at.SourceText+" | "+at.CueText+" | "+at.ContentText+ctx)
			}
		}
	}
	keys := make([]string, 0, len(reasons))
	for k := range reasons {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return reasons[keys[i]] > reasons[keys[j]] })
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%6d %s\n", reasons[k], k)
	}
	lw := make([]string, 0, len(lastWords))
	for w := range lastWords {
		lw = append(lw, w)
	}
	sort.Slice(lw, func(i, j int) bool {
		return lastWords[lw[i]] > lastWords[lw[j]] || lastWords[lw[i]] == lastWords[lw[j]] && lw[i] < lw[j]
	})
	for i, w := range lw {
		if i < 120 {
			fmt.Fprintf(&b, "%s:%d ", w, lastWords[w])
		}
	}
	fmt.Fprintln(&b)
	for _, k := range keys {
		fmt.Fprintf(&b, "\n## %s\n", k)
		for _, e := range examples[k] {
			fmt.Fprintln(&b, e)
		}
	}
	os.WriteFile("/tmp/diag.txt", []byte(b.String()), 0o644)
}

// TestDiagCues counts the gold cues of direct quotations whose last word is no verb.
func TestDiagCues(t *testing.T) {
	if os.Getenv("FRAMEDIFF_DIAG") == "" {
		t.Skip("set FRAMEDIFF_DIAG")
	}
	en := LangOf("english")
	n, verbLast := 0, 0
	for _, a := range loadPolNeAR(t) {
		for _, at := range a.Attributions {
			if pnDirect(at.ContentText) == 0 || len(at.Cue) == 0 {
				continue
			}
			n++
			ws := pnWords(at.CueText)
			if len(ws) > 0 && en.Classes(ws[len(ws)-1])&(ClassVerb|ClassThink) != 0 {
				verbLast++
			}
		}
	}
	t.Logf("direct quotations with a cue: %d; cue's last word a listed verb: %d (%.3f)", n, verbLast, float64(verbLast)/float64(n))
}
