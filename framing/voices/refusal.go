package voices

// A refusal to speak: "declined to comment", "declined to elaborate". Its infinitive has
// no content of its own (complement gives none: "comment" alone says nothing), but
// PolNeAR annotates the refusal itself as the source's statement, with "to comment" for
// content (Newell et al. 2018); on its tune half 10 of 10 such phrases are annotated so.
// The content is the infinitive and its verb only: what follows ("…, and aides later
// said …", "for this article") is no part of it. "Refused" is left out: "refused to
// answer on several occasions" and "refused to speak to reporters" are told as deeds,
// not statements.

// refusalToSpeak reports whether the verb at token k, whose particle ends at e, is
// "decline" with an infinitive right after it that ends its clause, or goes on only with
// "for", "and" or "but", and has no content of its own ("declined to comment.",
// "declined to comment for this story"): the content is tokens [e, e+2).
func (s *segmenter) refusalToSpeak(k, e, hi int) bool {
	if s.lang.name != "english" || e+1 >= hi || s.lang.verbBase(s.lowerWord(k)) != "decline" || s.lowerWord(e) != "to" {
		return false
	}
	v := s.toks[e+1]
	if v.inq || v.cap || v.flags&ClassVerb == 0 || v.clause != s.toks[k].clause {
		return false
	}
	if e+2 < hi && s.toks[e+2].clause == v.clause && !refusalEnds[s.lowerWord(e+2)] {
		return false // "declined to respond to questions", "declined to say who …": more to read
	}
	_, ok := s.complement(e+1, s.particleEnd(e+1, hi), hi)
	return !ok
}

// refusalEnds may follow a refusal to speak in its clause: "declined to comment for this
// article", "declined to comment and …".
var refusalEnds = map[string]bool{"for": true, "and": true, "but": true}
