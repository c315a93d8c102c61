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
