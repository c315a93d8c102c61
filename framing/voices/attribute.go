package voices

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// attribute finds the speaker and voice of quotation i.
func (s *segmenter) attribute(i int) {
	q := &s.quotes[i]
	text := s.text
	first, after := s.tokAt(q.start), s.tokAt(q.end)
	q.words = after - first
	if q.block { // a block quotation, attributed by its introduction
		if q.Speaker == "" {
			// "Read the full statement:": the speaker of the quotation before, if it is in
			// the introducing paragraph or the one before that.
			p := s.para(q.openStart)
			for j := i - 1; j >= 0; j-- {
				if o := s.quotes[j]; o.Speaker != "" && s.para(o.openStart) >= p-2 {
					q.Speaker, q.Verb, q.speakerPos = o.Speaker, o.Verb, o.speakerPos
					q.speakerEnd = o.speakerEnd
					break
				}
			}
		}
		return
	}
	if !s.lang.attribute {
		s.classify(i)
		return
	}
	nextStart := len(text)
	if i+1 < len(s.quotes) {
		nextStart = s.quotes[i+1].openStart
	}
	// After the quotation: ", said X", ", X said", ", according to X", where a comma (inside
	// the quotation or right after it), or a ? or ! followed by a lower-case word, leads on.
	inner := strings.TrimRightFunc(text[q.start:q.end], unicode.IsSpace)
	lastInner, _ := utf8.DecodeLastRuneInString(inner)
	rest := strings.TrimLeft(text[q.closeEnd:min(len(text), q.closeEnd+4)], " ")
	a := s.tokAt(q.closeEnd)
	sameSentence := a < len(s.toks) && after > 0 && s.toks[a].sentence == s.toks[after-1].sentence
	if lastInner == ',' || strings.HasPrefix(rest, ",") || (lastInner == '?' || lastInner == '!') && startsLower(text[q.closeEnd:]) ||
		sameSentence && q.words > 0 && (lastInner == ',' || lastInner == '—' || lastInner == '-') {
		end := s.clauseLimit(a, nextStart)
		if sp, v, ok := s.attributionAfter(a, end); ok {
			q.Speaker, q.Verb, q.attributed, q.speakerPos = sp, v, true, s.spPos
			q.speakerEnd = s.spEnd
			s.classify(i)
			return
		}
	}
	// Before the quotation, within its sentence: the nearest reporting verb.
	b := first - 1 // the last token before the quotation
	if b >= 0 && s.toks[b].end <= q.openStart && (first >= len(s.toks) || s.toks[first].sentence == s.toks[b].sentence) {
		lo := s.sentenceStartTok(b)
		for lo < b && s.toks[lo].start < s.paras[s.para(q.openStart)] {
			lo++
		}
		if s.toks[lo].sentence == s.toks[b].sentence {
			if sp, v, dist, ok := s.attributionBefore(lo, b+1); ok && !(sp == "" && s.passive) {
				q.Speaker, q.Verb, q.attributed, q.distance, q.speakerPos = sp, v, true, dist, s.spPos
				q.speakerEnd = s.spEnd
				s.classify(i)
				return
			}
			// "X was quick to retort: “…”": a colon introduces the words of the
			// sentence's subject.
			if strings.HasSuffix(strings.TrimRight(text[s.toks[b].end:q.openStart], " "), ":") {
				if sp := s.sentenceSubject(lo, b+1); sp != "" {
					q.Speaker, q.attributed, q.distance, q.speakerPos = sp, true, 0, s.spPos
					q.speakerEnd = s.spEnd
					s.classify(i)
					return
				}
			}
		}
	}
	// The sentence after: “…” Smith said. / “…” That was how Smith put it.
	if a < len(s.toks) && !sameSentence && s.para(s.toks[a].start) == s.para(q.start) {
		// Only a short sentence with no quotation of its own.
		if end := s.sentenceEndTok(a); end-a <= 8 && end <= s.tokAt(nextStart) {
			if sp, v, ok := s.attributionAfter(a, end); ok {
				q.Speaker, q.Verb, q.attributed, q.speakerPos = sp, v, true, s.spPos
				q.speakerEnd = s.spEnd
				s.classify(i)
				return
			}
		}
	}
	// A short quotation that reads as a name or title, and has no attribution of its own
	// sentence, is a name or title: the rules below, which lean on other quotations, do not
	// make it a quotation (and the voices of titles never depend on other quotations).
	if q.words <= 4 && !s.soCalled(text[max(0, q.openStart-24):q.openStart]) && s.isTitle(q) {
		s.classify(i)
		return
	}
	// Words quoted before: a quotation that repeats (part of) an earlier one is its
	// speaker's ("nor is it an act to “undermine the order”" after “… to undermine the
	// order, …”), as when a text quotes a source in order to rebut it.
	if q.words >= 2 && i > 0 {
		words := normalizeQuote(text[q.Start:q.End])
		p := s.para(q.openStart)
		for j := i - 1; j >= 0 && j >= i-50 && s.para(s.quotes[j].openStart) >= p-10; j-- { // within ten paragraphs
			if o := &s.quotes[j]; o.Speaker != "" && o.Voice == Quote && o.End-o.Start >= len(words) && strings.Contains(s.normalized(j), words) {
				q.Speaker, q.Canonical, q.speakerPos, q.attributed, q.echo = o.Speaker, o.Canonical, o.speakerPos, true, j+1
				q.speakerEnd = o.speakerEnd
				s.classify(i)
				return
			}
		}
	}
	// The quotation before, in the same paragraph, speaks on.
	if i > 0 {
		prev := &s.quotes[i-1]
		if prev.Voice == Quote && prev.attributed && s.para(prev.start) == s.para(q.start) {
			q.Speaker, q.Verb, q.Canonical, q.attributed, q.speakerPos = prev.Speaker, prev.Verb, prev.Canonical, true, prev.speakerPos
			q.speakerEnd = prev.speakerEnd
			q.distance = s.tokAt(q.openStart) - s.tokAt(prev.closeEnd)
			s.classify(i)
			return
		}
	}
	// The paragraph before ends with "X said:".
	if p := s.para(q.openStart); p > 0 && s.paras[p] == q.openStart {
		if end := s.paraEnd(p - 1); end > 0 && text[end-1] == ':' {
			last := s.tokAt(end) - 1
			if last >= 0 {
				if sp, v := s.introSpeaker(s.sentenceStartTok(last), last); v != "" {
					q.Speaker, q.Verb, q.attributed, q.speakerPos = sp, v, true, s.spPos
					q.speakerEnd = s.spEnd
				}
			}
		}
	}
	s.classify(i)
}

// clauseLimit returns the token limit of an attribution after a quotation: the end of the
// sentence or the next quotation.
func (s *segmenter) clauseLimit(a, nextStart int) int {
	if a >= len(s.toks) {
		return a
	}
	end := s.sentenceEndTok(a)
	if limit := s.tokAt(nextStart); end > limit {
		end = limit
	}
	return end
}

// attributionAfter reads an attribution in tokens [a, end) after a quotation: a reporting
// verb among the first ones, with its subject after it (", said X") or before it (", X
// said"), or "according to X".
func (s *segmenter) attributionAfter(a, end int) (speaker, verb string, ok bool) {
	for k := a; k < end && k < a+16; k++ {
		t := s.toks[k]
		if t.inq || t.flags&ClassThat != 0 {
			break
		}
		// An appositive may stand between the subject and the verb ("Jim Manley, a spokesman
		// for the leader, said"): a new clause goes on the attribution if it opens with a
		// determiner, a name or a verb; and a verb nine words on is not this quotation's
		// unless appositives lead to it.
		if k > a && t.clause != s.toks[k-1].clause && t.flags&(ClassDet|ClassVerb) == 0 && !t.cap {
			break
		}
		if k >= a+9 && t.clause == s.toks[a].clause && t.flags&ClassVerb == 0 {
			break
		}
		if t.flags&ClassAccording != 0 {
			return s.objectAfter(k+2, end), strings.ToLower(s.word(k) + " " + s.word(min(k+1, len(s.toks)-1))), true
		}
		if !s.isReportingVerb(k, a) && !(k == a && t.flags&ClassVerb != 0) {
			continue
		}
		if k == a { // ", said X"
			return s.objectAfter(k+1, end), strings.ToLower(s.word(k)), true
		}
		sp := s.subjectBefore(k, a)
		if sp == "" && !s.participle(k) {
			sp = s.objectAfter(k+1, end)
		}
		return sp, strings.ToLower(s.word(k)), true
	}
	return "", "", false
}

// attributionBefore reads an attribution in tokens [lo, hi) before a quotation: "according to
// X", or the nearest reporting verb with its subject. dist is the number of tokens between
// the verb and the quotation.
func (s *segmenter) attributionBefore(lo, hi int) (speaker, verb string, dist int, ok bool) {
	for k := hi - 1; k >= lo; k-- {
		t := s.toks[k]
		if t.inq {
			continue
		}
		if t.flags&ClassAccording != 0 {
			return s.objectAfter(k+2, hi), strings.ToLower(s.word(k) + " " + s.word(min(k+1, len(s.toks)-1))), hi - k - 2, true
		}
		if !s.isReportingVerb(k, lo) {
			continue
		}
		sp := s.speakerOf(k, lo, 3)
		if sp == "" && !s.participle(k) && (k == lo || s.toks[k-1].clause != t.clause) {
			sp = s.objectAfter(k+1, hi) // "Said Smith: …", "…, said Smith, “…”"
		}
		dist := 0 // the words between the verb and the quotation, other quotations left out
		for m := k + 1; m < hi; m++ {
			if !s.toks[m].inq {
				dist++
			}
		}
		return sp, strings.ToLower(s.word(k)), dist, true
	}
	return "", "", 0, false
}

// speakerOf returns the subject of the reporting verb at token k, in tokens [lo, k). A verb
// without a subject of its own shares one: a participle ("…, calling it “…”") and a
// coordinated verb ("He did not comment, but did say that …") the subject of their
// sentence, and a verb after another reporting verb ("X said … and urged Y to “…”", "…,
// adding that …") that verb's subject, up to depth verbs back.
func (s *segmenter) speakerOf(k, lo, depth int) string {
	if s.participle(k) {
		if sp := s.earlierSpeaker(k, lo, depth); sp != "" {
			return sp
		}
		return s.sentenceSubject(lo, k)
	}
	if sp := s.subjectBefore(k, lo); sp != "" {
		return sp
	}
	if sp := s.earlierSpeaker(k, lo, depth); sp != "" {
		return sp
	}
	j := k - 1
	for j >= lo && s.toks[j].flags&ClassAux != 0 {
		j--
	}
	if j >= lo && s.toks[j].flags&ClassConj != 0 {
		return s.sentenceSubject(lo, k)
	}
	return ""
}

// earlierSpeaker returns the speaker of the reporting verb before token k in [lo, k).
func (s *segmenter) earlierSpeaker(k, lo, depth int) string {
	if depth == 0 {
		return ""
	}
	for j := k - 1; j >= lo; j-- {
		if !s.toks[j].inq && s.isReportingVerb(j, lo) {
			return s.speakerOf(j, lo, depth-1)
		}
	}
	return ""
}

// pluralNoun reports whether a lower-case English word looks like a plural noun ("critics",
// "officials"; not "previous", "this", "press").
func pluralNoun(w string) bool {
	if !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ys"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// participle reports whether token k is an English -ing form.
func (s *segmenter) participle(k int) bool {
	w := s.word(k)
	return s.lang.name == "english" && !s.toks[k].cap && strings.HasSuffix(w, "ing")
}

// isReportingVerb reports whether token k (with its sentence from lo) is used as a
// reporting verb: a listed verb not after a determiner, and a verb that is also a noun
// ("call", "claims") only after a pronoun, a name, an auxiliary or a plural noun
// ("critics call it", not "his previous call").
func (s *segmenter) isReportingVerb(k, lo int) bool {
	t := s.toks[k]
	if t.flags&ClassVerb == 0 {
		return false
	}
	if k == lo {
		return t.flags&ClassWeak == 0
	}
	p := s.toks[k-1]
	if p.flags&ClassDet != 0 || p.poss {
		return false
	}
	if t.flags&ClassWeak == 0 {
		return true
	}
	if p.flags&(ClassSubject|ClassAux) != 0 || p.cap && p.clause == t.clause {
		return true
	}
	w := s.word(k - 1)
	return !p.cap && p.flags&(ClassPrep|ClassDet|ClassConj|ClassVerb) == 0 && len(w) > 3 && p.clause == t.clause && pluralNoun(w)
}
