package voices

import (
	"sort"
	"strings"
)

// reported finds indirect speech outside the quotations: the clause after a reporting verb
// and "that" (or a pronoun: "said he would"), and sentences with "according to".
func (s *segmenter) reported() []Span {
	if !s.lang.attribute {
		return nil
	}
	var out []Span
	for k := 0; k < len(s.toks); {
		end := s.sentenceEndTok(k)
		if sp, ok := s.reportedIn(k, end); ok {
			pos := s.spPos
			if sp.Speaker == "" {
				pos = sp.Start
			} else {
				sp.SourceStart, sp.SourceEnd = s.spPos, s.spEnd
			}
			for _, part := range s.splitAroundQuotes(sp) {
				out = append(out, part)
				s.repPos = append(s.repPos, pos)
			}
		}
		k = end
	}
	return out
}

func (s *segmenter) reportedIn(lo, hi int) (Span, bool) {
	text := s.text
	sentEnd := s.toks[hi-1].end
	// The end of the sentence, its final punctuation included in nothing.
	for k := lo; k < hi; k++ {
		t := s.toks[k]
		if t.inq {
			continue
		}
		if t.flags&ClassAccording != 0 && k+1 < hi {
			speaker := s.objectAfter(k+2, hi)
			cue := strings.ToLower(s.word(k) + " " + s.word(k+1))
			if k == lo {
				// "According to X, the rest": after the cue's clause.
				c := s.toks[min(k+2, hi-1)].clause
				m := k + 2
				for m < hi && s.toks[m].clause == c {
					m++
				}
				if m < hi {
					return Span{Start: s.toks[m].start, End: sentEnd, Voice: Reported, Speaker: speaker, Verb: cue}, true
				}
				return Span{}, false
			}
			return Span{Start: s.toks[lo].start, End: trimRightSpace(text, s.toks[lo].start, t.start), Voice: Reported, Speaker: speaker, Verb: cue}, true
		}
		if t.flags&ClassNaming != 0 || k == lo || !s.isReportingVerb(k, lo) {
			continue
		}
		// "X said that …", allowing an object and a time phrase: "told reporters on Monday
		// that"; or "X said he …".
		for m := k + 1; m < hi && m <= k+4; m++ {
			f := s.toks[m].flags
			if s.toks[m].clause != t.clause && m > k+1 || s.toks[m].inq {
				break
			}
			thatClause := f&ClassThat != 0
			pronounClause := m == k+1 && f&ClassSubject != 0 && m+1 < hi && s.toks[m+1].flags&ClassVerb == 0
			if thatClause || pronounClause {
				from := m + 1
				if pronounClause {
					from = m
				}
				if from >= hi {
					break
				}
				speaker := s.subjectBefore(k, lo)
				if speaker == "" {
					speaker = s.objectAfter(k+1, m)
				}
				return Span{Start: s.toks[from].start, End: sentEnd, Voice: Reported, Speaker: speaker, Verb: strings.ToLower(s.word(k))}, true
			}
		}
	}
	return Span{}, false
}

// splitAroundQuotes cuts the quotations out of a span of indirect speech.
func (s *segmenter) splitAroundQuotes(sp Span) []Span {
	var out []Span
	pos := sp.Start
	first := sort.Search(len(s.quotes), func(i int) bool { return s.quotes[i].closeEnd > pos })
	for _, q := range s.quotes[first:] {
		if q.openStart >= sp.End {
			break
		}
		if q.closeEnd <= pos {
			continue
		}
		if q.openStart > pos {
			part := sp
			part.Start, part.End = trimSpan(s.text, pos, q.openStart)
			if part.End > part.Start {
				part.Continued = len(out) > 0
				out = append(out, part)
			}
		}
		pos = q.closeEnd
	}
	if pos < sp.End {
		part := sp
		part.Start, part.End = trimSpan(s.text, pos, sp.End)
		if part.End > part.Start && s.hasWord(part.Start, part.End) {
			part.Continued = len(out) > 0
			out = append(out, part)
		}
	}
	return out
}

func (s *segmenter) hasWord(lo, hi int) bool {
	k := s.tokAt(lo)
	return k < len(s.toks) && s.toks[k].start < hi
}
