package voices

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing/internal/devdata"
)

// Development aids, not checks: each prints what the segmenter does with a text or an
// article of the development data, and skips unless its environment variable is set.

// TestDebugText prints the spans of FRAMEDIFF_TEXT (a development aid; skipped without it).
func TestDebugText(t *testing.T) {
	text := os.Getenv("FRAMEDIFF_TEXT")
	if text == "" {
		t.Skip("set FRAMEDIFF_TEXT")
	}
	for _, s := range Quotes(text, "english") {
		fmt.Printf("%-8s %-30q %-14q %q\n", s.Voice, s.Speaker+" / "+s.Canonical, s.Verb, text[s.Start:s.End])
	}
}

// TestDebugTrace prints the tokens of FRAMEDIFF_TEXT and, for each verb of its first
// sentence, its subject and complement.
func TestDebugTrace(t *testing.T) {
	text := os.Getenv("FRAMEDIFF_TEXT")
	if text == "" {
		t.Skip("set FRAMEDIFF_TEXT")
	}
	s := segmenter{lang: LangOf("english"), text: text}
	s.toks = s.tokenize(text, s.toks)
	s.segment()
	for k, tk := range s.toks {
		fmt.Printf("%2d %-12q s%d c%d cap=%v flags=%b\n", k, text[tk.start:tk.end], tk.sentence, tk.clause, tk.cap, tk.flags)
	}
	lo, hi := 0, s.sentenceEndTok(0)
	for k := lo; k < hi; k++ {
		if s.toks[k].flags&(ClassVerb|ClassThink) != 0 {
			n, p := s.subjectOf(k, lo)
			fmt.Println("verb", k, s.word(k), "cue?", s.isCueVerb(k, lo), "subj", n, p)
			m, ok := s.complement(k, s.particleEnd(k, hi), hi)
			fmt.Println("  complement", m, ok)
		}
	}
}

// TestDebugTrace2 prints how the phrase chunker reads each token of FRAMEDIFF_TEXT.
func TestDebugTrace2(t *testing.T) {
	text := os.Getenv("FRAMEDIFF_TEXT")
	if text == "" {
		t.Skip("set FRAMEDIFF_TEXT")
	}
	s := segmenter{lang: LangOf("english"), text: text}
	s.toks = s.tokenize(text, s.toks)
	s.segment()
	hi := s.sentenceEndTok(0)
	fmt.Println("sentenceSubject", s.sentenceSubject(0, hi-1), "npAfter0", s.npAfter(0, hi))
	for k := 0; k < hi; k++ {
		fmt.Println(k, s.word(k), "nameWord", s.nameWord(k), "content", s.contentWord(k), "head", s.headWord(k), "rv", s.isReportingVerb(k, 0))
	}
}

// TestDebugTrace3 prints the cue found before each quotation of FRAMEDIFF_TEXT.
func TestDebugTrace3(t *testing.T) {
	text := os.Getenv("FRAMEDIFF_TEXT")
	if text == "" {
		t.Skip("set FRAMEDIFF_TEXT")
	}
	s := segmenter{lang: LangOf("english"), text: text}
	s.toks = s.tokenize(text, s.toks)
	s.segment()
	for i, q := range s.quotes {
		first := s.tokAt(q.start)
		b := first - 1
		fmt.Println("quote", i, text[q.Start:q.End], "first", first, "b", b)
		if b >= 0 {
			lo := s.sentenceStartTok(b)
			c, d, ok := s.cueBefore(lo, b+1)
			fmt.Println("  lo", lo, "cueBefore", c, d, ok, "sent b", s.toks[b].sentence, "sent first", s.toks[min(first, len(s.toks)-1)].sentence)
		}
	}
}

// TestDebugArticle prints the spans of PolNeAR article FRAMEDIFF_ARTICLE around the text
// FRAMEDIFF_SUB.
func TestDebugArticle(t *testing.T) {
	name, sub := os.Getenv("FRAMEDIFF_ARTICLE"), os.Getenv("FRAMEDIFF_SUB")
	if name == "" {
		t.Skip("set FRAMEDIFF_ARTICLE")
	}
	for _, a := range loadPolNeAR(t) {
		if a.Name != name {
			continue
		}
		i := strings.Index(a.Text, sub)
		lo, hi := max(0, i-600), min(len(a.Text), i+len(sub)+300)
		fmt.Printf("TEXT: %q\n", a.Text[lo:hi])
		for _, s := range Quotes(a.Text, "english") {
			if s.End < lo || s.Start > hi {
				continue
			}
			fmt.Printf("%-8s %-30q %-14q %q\n", s.Voice, s.Speaker+" / "+s.Canonical, s.Verb, a.Text[s.Start:s.End])
		}
	}
}

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
