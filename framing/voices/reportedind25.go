package voices

import "strings"

// regularPastAhead reports whether a regular past form, a lower-case word in -ed that
// the word lists do not know, follows the noun phrase at token m in its clause within
// eight words, not after a determiner or a preposition, where it would be an adjective or
// a participle: "about half of the gap reflected losses" opens a clause, "about half of
// the reported cases" does not. finiteAhead knows only the pasts the lists mark.
func (s *segmenter) regularPastAhead(m, hi int) bool {
	for j := m + 1; j < hi && j < m+8 && s.toks[j].clause == s.toks[m].clause && !s.toks[j].inq; j++ {
		u := s.toks[j]
		if u.cap || u.flags != 0 || !strings.HasSuffix(s.lowerWord(j), "ed") {
			continue
		}
		return s.toks[j-1].flags&(ClassDet|ClassPrep) == 0
	}
	return false
}

// questionPronoun reports whether token m, right after a verb of saying, asking or
// thinking, opens an indirect question, the verb's content, as "what" does: "who" or
// "whom" ("did not say who would lead", "would not say whom he endorsed", "asked who
// would pay") or "which" and its noun ("has not said which plan she backs"). A bare
// "which" is left to the relative clause it opens more often ("knows which the mayor
// prefers": see relativeObject).
func (s *segmenter) questionPronoun(m, hi int) bool {
	switch s.lowerWord(m) {
	case "who", "whom":
		return true
	case "which":
		if m+1 >= hi {
			return false
		}
		n := s.toks[m+1]
		return !n.inq && !n.cap && n.clause == s.toks[m].clause &&
			n.flags&(ClassDet|ClassSubject|ClassPrep|ClassThat|ClassWho|ClassAux|ClassConj|ClassFunc) == 0
	}
	return false
}

// topicAfterAddressee reports whether token m, after a verb and its addressee with "to",
// opens the verb's topic: "about", when the verb takes its content after it (preps, its
// prepComplements), and not before a number or a length of time ("spoke to the Halden
// Herald about the toll", "wrote to the council about the levy"; not "spoke to the crowd
// about an hour after the vote"). "Of" and "on" there more often go on with the
// addressee's phrase ("spoke to the gathering of harbor workers on Monday").
func (s *segmenter) topicAfterAddressee(m, hi int, preps string) bool {
	return s.lowerWord(m) == "about" && containsWord(preps, "about") && !s.approximately(m, hi)
}

// approximately reports whether "about" at token m means "approximately": a number or a
// span of time follows it ("about 40 minutes", "about an hour after the vote").
func (s *segmenter) approximately(m, hi int) bool {
	n := m + 1
	if n >= hi {
		return false
	}
	if w := s.lowerWord(n); (w == "a" || w == "an") && n+1 < hi {
		n++
	}
	return isNumberWord(s.word(n)) || timeSpans[s.lowerWord(n)] || s.toks[n].flags&(ClassTime|ClassMonth) != 0
}

// timeSpans are the nouns of a length of time.
var timeSpans = map[string]bool{"hour": true, "hours": true, "minute": true, "minutes": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "half": true,
	"dozen": true, "quarter": true, "third": true, "decade": true, "decades": true}
