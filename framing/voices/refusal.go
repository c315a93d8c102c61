package voices

// A refusal to speak: "declined to comment", "declined to elaborate". Its infinitive has
// no content of its own (complement gives none: "comment" alone says nothing), but
// PolNeAR annotates the refusal itself as the source's statement, with "to comment" for
// content (Newell et al. 2018); on its tune half 12 of 12 such phrases are annotated so
// (6 of 6 on the held half). Only a verb of saying is refused so (refusalVerbs: not
// "declined to appeal"). The content is the infinitive and its verb only: what follows
// ("…, and aides later said …", "for this article", "on Monday") is no part of it.
// "Refused" is left out: "refused to answer on several occasions" and "refused to speak
// to reporters" are told as deeds, not statements.

// refusalToSpeak reports whether the verb at token k, whose particle ends at e, is
// "decline" with an infinitive of saying right after it (refusalVerbs) that ends its
// clause, or goes on only with a time, "for", "and" or "but", and has no content of its
// own ("declined to comment.", "declined to comment for this story", "declined to
// comment on Monday"): the content is tokens [e, e+2).
func (s *segmenter) refusalToSpeak(k, e, hi int) bool {
	if s.lang.name != "english" || e+1 >= hi || s.lang.verbBase(s.lowerWord(k)) != "decline" || s.lowerWord(e) != "to" {
		return false
	}
	v := s.toks[e+1]
	if v.inq || v.cap || v.flags&ClassVerb == 0 || v.clause != s.toks[k].clause {
		return false
	}
	if !refusalVerbs[s.lowerWord(e+1)] {
		return false // "declined to appeal": a deed, not speech
	}
	j := s.timeAfter(e+2, hi, v.clause)
	if j < hi && s.toks[j].clause == v.clause && !refusalEnds[s.lowerWord(j)] {
		return false // "declined to answer two of the questions", "declined to say who …": more to read
	}
	if j > e+2 {
		return true // "declined to comment on Monday": the time is no topic
	}
	_, ok := s.complement(e+1, s.particleEnd(e+1, hi), hi)
	return !ok
}

// refusalVerbs are the verbs of saying whose refusal PolNeAR annotates as a statement
// ("declined to comment"; not "declined to appeal", a deed). On its tune half every
// refusal of this shape is "to comment", and "to say", "to speak" and "to specify" are
// annotated as contents where they go on; "to respond" and "to concur" are not.
var refusalVerbs = map[string]bool{"comment": true, "elaborate": true, "say": true, "speak": true,
	"specify": true, "discuss": true, "answer": true, "explain": true, "confirm": true,
	"deny": true, "disclose": true, "detail": true, "reveal": true, "speculate": true,
	"identify": true, "name": true}

// timeAfter returns the token after a time phrase that starts at token j in clause c
// ("on Monday", "last week", "Monday"), or j when none does.
func (s *segmenter) timeAfter(j, hi int, c int32) int {
	k := j
	if k < hi && s.toks[k].clause == c {
		switch s.lowerWord(k) {
		case "on", "in", "last", "this", "late", "early", "earlier":
			k++
		}
	}
	n := k
	for n < hi && s.toks[n].clause == c && s.toks[n].flags&(ClassTime|ClassMonth) != 0 {
		n++
	}
	if n == k {
		return j
	}
	return n
}

// refusalEnds may follow a refusal to speak in its clause: "declined to comment for this
// article", "declined to comment and …".
var refusalEnds = map[string]bool{"for": true, "and": true, "but": true}
