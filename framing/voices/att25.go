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

// accordingConformity reports whether "according to" at token k means "in conformity
// with", no attribution: inside its clause, with no comma before it, and followed by a
// norm or a plan ("will be punished according to law", "was held according to the
// rules", "went according to plan"). After a comma or opening its sentence it attributes
// to the document ("According to the rules, …", "…, according to the plan").
func (s *segmenter) accordingConformity(k, hi int) bool {
	if s.lang.name != "english" || k == 0 || k+2 >= hi || s.toks[k-1].clause != s.toks[k].clause ||
		s.toks[k-1].sentence != s.toks[k].sentence || s.toks[k-1].inq {
		return false
	}
	n := k + 2
	if w := s.lowerWord(n); (w == "the" || w == "its" || w == "their") && n+1 < hi {
		n++
	}
	return !s.toks[n].inq && s.toks[n].clause == s.toks[k].clause && conformityNouns[s.lowerWord(n)]
}

// conformityNouns are the norms and plans that "according to" may mean conformity with.
var conformityNouns = map[string]bool{"law": true, "laws": true, "rule": true, "rules": true, "regulations": true,
	"constitution": true, "plan": true, "schedule": true, "procedure": true, "procedures": true, "tradition": true,
	"custom": true, "protocol": true, "guidelines": true, "statute": true, "script": true}
