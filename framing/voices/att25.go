package voices

// agoEnd returns the end of a length of time before "ago", "earlier" or "later" that
// starts at token m, a time of the verb before it, or 0: "a year ago", "two weeks
// earlier", "10 days later", "weeks ago" ("said a year ago that …").
func (s *segmenter) agoEnd(m, hi int) int {
	j := m
	if w := s.lowerWord(j); w == "a" || w == "an" || w == "several" || w == "few" || numberWords[w] || spelledNumbers[w] || isNumberWord(s.word(j)) {
		j++
		if j < hi && s.lowerWord(j) == "few" { // "a few days ago"
			j++
		}
	}
	if j+1 >= hi || !timeSpans[s.lowerWord(j)] || s.toks[j].inq || s.toks[j+1].inq || s.toks[j+1].clause != s.toks[m].clause {
		return 0
	}
	switch s.lowerWord(j + 1) {
	case "ago", "earlier", "later":
		return j + 2
	}
	return 0
}
