package voices

// clauseAfterMedium reports whether token j, inside the phrase that opens at the
// preposition m after a cue verb, starts the verb's content instead: a clause without
// "that" right after a medium's noun (one of mediumNouns or its plural, or a name such
// as an outlet's) whose subject, a determiner's noun phrase or a name, is followed by a
// modal or an auxiliary ("said in a statement the pier would close", "said in interviews
// the ferry would stop", "wrote in a memo Ruiz had resigned", "said in The Halden
// Courier the toll would stay"). After any other word the phrase goes on ("spoke in the
// hall the crews had built", "spoke at the pier where the crews rest"). A relative
// clause without "that" after a medium's noun is read as the content too ("spoke in the
// interview the crews had recorded"): a known limit. A name for subject must follow a
// medium's noun, not another name ("the mayor who spoke in a debate with Ivo Marek will
// resign": "Marek" ends the phrase).
func (s *segmenter) clauseAfterMedium(j, m, hi int) bool {
	if j < m+2 || s.toks[j].inq || s.toks[j-1].flags&(ClassDet|ClassPrep) != 0 {
		return false
	}
	if p := s.toks[j-1]; !p.cap && !mediumNoun(s.lowerWord(j-1)) {
		return false // "spoke in the hall the crews had built": a relative clause
	}
	t := s.toks[j]
	if t.flags&ClassThat != 0 || t.flags&ClassDet == 0 && (!t.cap || s.toks[j-1].cap) {
		return false
	}
	n := s.npAfter(j, hi)
	if !n.ok() || n.to >= hi || s.toks[n.to].clause != t.clause || s.toks[n.to].inq {
		return false
	}
	u := s.toks[n.to]
	return modals[s.lowerWord(n.to)] || u.flags&ClassAux != 0 && u.flags&ClassPrep == 0
}

// mediumNoun reports whether the lower-case word w is one of mediumNouns or its plural in
// -s ("interviews", "emails").
func mediumNoun(w string) bool {
	return mediumNouns[w] || len(w) > 1 && w[len(w)-1] == 's' && mediumNouns[w[:len(w)-1]]
}

// coordinator reports whether token k is a conjunction that joins clauses, "and", "but",
// "yet", or one of contrast or concession, "while", "whereas", "although" or "though"
// ("said the pier was safe, whereas Marek argued that …", "…, though she added that …").
// A second "that" clause of the same verb ("said the port would close, and that critics
// said …") is no clause of its own: contentEnd's subject never starts at its "that", and
// relativeBetween rejects one that would.
func (s *segmenter) coordinator(k int) bool {
	w := s.lowerWord(k)
	return !s.toks[k].inq && (w == "and" || w == "but" || w == "yet" || w == "while" || w == "whereas" || w == "although" || w == "though")
}

// relativeBetween reports whether the cue verb at to is inside a relative clause of the
// noun phrase at from, not that phrase's own: a "that" or relative pronoun in [from, to)
// begins the phrase, or the noun phrase right after it runs up to the cue, so that the
// cue is the relative clause's own verb ("…, and the ferry that critics said was late
// would stop"). A subject with a relative clause of its own before its verb keeps the
// verb ("…, but residents who live near the pier said it was safe"). A relative clause
// without "that" ("the ferry critics said was late") is not seen.
func (s *segmenter) relativeBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if s.toks[i].flags&(ClassThat|ClassWho) == 0 {
			continue
		}
		if i == from {
			return true
		}
		if n := s.npAfter(i+1, to+1); n.ok() && n.to == to {
			return true
		}
	}
	return false
}
