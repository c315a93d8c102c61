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

// questionPronoun reports whether token m, right after a verb of saying, opens an indirect
// question as "what" does: "who" ("did not say who would lead") or "which" and its noun
// ("has not said which plan she backs"). "Whom" and a bare "which" are left to the
// relative clauses they open more often ("would not say whom he endorsed", "knows which
// the mayor prefers": see relativeObject).
func (s *segmenter) questionPronoun(m, hi int) bool {
	switch s.lowerWord(m) {
	case "who":
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
