package voices

// Indirect speech, the thirteenth round (issue 18): wrong attributions a reader would
// see, each a general construction.
//
//   - a verb of support in an infinitive after a participle that modifies a noun has no
//     source: "The money raised to endorse Ruiz came from farmers" is no one's stance;
//   - a content in a relative clause set off by commas ends at the comma before the
//     sentence's verb: "The mayor, who said the plan would fail, left town".

// reducedRelativeInfinitive reports whether the verb of support at token k, in an
// infinitive after a participle ("The money raised to endorse Ruiz came …"), has its
// object followed by a verb of its clause: the participle then modifies the noun before
// it, and the verb after the object is the sentence's own.
func (s *segmenter) reducedRelativeInfinitive(k, hi int) bool {
	return k+1 < hi && !s.toks[k+1].inq && s.toks[k+1].clause == s.toks[k].clause && s.clauseAhead(k+1, hi)
}

// relativeClauseEnd returns where the content at token m of the cue at token k ends
// before end when the cue is the verb of a relative clause set off by commas (", who said
// …"): at the clause boundary whose first word, past an adverb in -ly, is a finite verb
// with no subject before it, the sentence's own verb ("The mayor, who said the plan would
// fail, left town": "the plan would fail").
func (s *segmenter) relativeClauseEnd(k, m, end, lo int) int {
	j, _ := s.skipBetween(k, lo)
	if j < lo || s.toks[j].inq || s.toks[j].flags&ClassWho == 0 || !s.commaBefore(j) {
		return end
	}
	for b := m + 1; b < end; b++ {
		if s.toks[b].inq || s.toks[b-1].inq || s.toks[b].clause == s.toks[b-1].clause || !s.commaBefore(b) {
			continue
		}
		v := b
		if s.adverb(v) && v+1 < end {
			v++
		}
		if t := s.toks[v]; !t.cap && (modals[s.lowerWord(v)] || t.flags&(ClassAux|ClassPast|ClassVerb|ClassThink) != 0) && t.flags&(ClassPrep|ClassSubject|ClassDet) == 0 {
			return b
		}
	}
	return end
}
