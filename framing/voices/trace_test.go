package voices

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugTrace(t *testing.T) {
	text := os.Getenv("FRAMEDIFF_TEXT")
	if text == "" {
		t.Skip()
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

func TestDebugTrace2(t *testing.T) {
	text := os.Getenv("FRAMEDIFF_TEXT")
	if text == "" {
		t.Skip()
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

func TestDebugTrace3(t *testing.T) {
	text := os.Getenv("FRAMEDIFF_TEXT")
	if text == "" {
		t.Skip()
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

func TestDebugArticle(t *testing.T) {
	name, sub := os.Getenv("FRAMEDIFF_ARTICLE"), os.Getenv("FRAMEDIFF_SUB")
	if name == "" {
		t.Skip()
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
