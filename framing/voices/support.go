package voices

// personObjectVerbs are the verbs of support whose object is the whole content, by base
// form: not "urge", "liken" or "consider", which take a second complement after the
// object ("urged Marek on Monday to resign", "likened him in her column to a pirate").
var personObjectVerbs = map[string]bool{"support": true, "endorse": true, "oppose": true, "favor": true,
	"favour": true, "back": true}

// personObjectEnd returns where the object of a verb of support (personObjectVerbs) that
// starts at token m ends before end when it is a person's name or an object pronoun:
// before the time, place or occasion that follows it ("endorsed Varga in early June",
// "opposed him on the floor", "backed her early in the race"), since a name or a pronoun
// takes no phrase of its own after it; "early" and "late" end it, but after "her" (which
// may be a possessive) only before a preposition, a time, a conjunction, "last", "next",
// "this", "that", "because" or the clause's end ("backed her early bid" is one object);
// "of", "for" and "over" go on with the object ("Ana Ruiz of Halden", "endorsed Ruiz for
// mayor", "favored Ruiz over Marek"). Any other object ("supported the plan in the
// council"), and a name or pronoun followed by anything else ("backed her plan in the
// council": a possessive), keeps end.
func (s *segmenter) personObjectEnd(m, end int) int {
	j := m
	switch {
	case s.objectPronoun(m) && s.toks[m].flags&ClassI == 0:
		j = m + 1
	case s.nameWord(m):
		for j < end && s.toks[j].clause == s.toks[m].clause && !s.toks[j].inq && s.nameWord(j) {
			j++
		}
	default:
		return end
	}
	if j >= end || j == m || s.toks[j].clause != s.toks[m].clause || s.toks[j].inq {
		return end
	}
	switch s.lowerWord(j) {
	case "in", "on", "at", "during", "since", "after", "before", "amid", "here", "there":
		return j
	case "early", "late":
		// After a name or a pronoun other than "her" the word is an adverb ("backed Marek
		// late last year"). After "her", a possessive, it may be an adjective ("backed her
		// early bid"): an adverb only before a preposition, a time, a conjunction, a
		// determiner of time or the clause's end ("backed her early this year").
		if s.lowerWord(m) != "her" {
			return j
		}
		k := j + 1
		if k >= end || s.toks[k].clause != s.toks[j].clause || s.toks[k].flags&(ClassPrep|ClassTime|ClassMonth|ClassConj) != 0 {
			return j
		}
		switch s.lowerWord(k) {
		case "last", "next", "this", "that", "because":
			return j
		}
	}
	return end
}
