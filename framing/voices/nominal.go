package voices

import "strings"

// The contents of speech nouns (nominalIn) end at the sentence's verb ("Varga's attacks
// on him grow …"); but a question word or a relative word inside the content opens a
// clause whose first verb is its own, not the sentence's: "questions about what went
// amiss", "doubts about whether the council will act", "no mention of the captain who had
// quit", "concerns about how the levy would work" (the content ran to "what", "whether the
// council", "the captain who", "how the").

// nominalClauseWords open a clause inside a noun's content, by lower-case form.
var nominalClauseWords = map[string]bool{"whether": true, "how": true, "what": true, "why": true, "when": true,
	"where": true, "who": true, "whom": true, "which": true}

// opensOwnClause reports whether token k opens a clause of its own inside a speech noun's
// content: a question or relative word, not inside a quotation.
func (s *segmenter) opensOwnClause(k int) bool {
	return !s.toks[k].inq && nominalClauseWords[s.lowerWord(k)]
}

// ownClauseVerb reports whether token k is the first verb of a clause opened inside a
// speech noun's content (see opensOwnClause): a verb, an auxiliary or a past form, or a
// lower-case word in -ed, not a preposition and not after an auxiliary ("had gone" is
// one verb, its first word).
func (s *segmenter) ownClauseVerb(k int) bool {
	t := s.toks[k]
	if t.inq || t.cap || t.flags&ClassPrep != 0 || s.toks[k-1].flags&ClassAux != 0 {
		return false
	}
	return t.flags&(ClassAux|ClassPast|ClassVerb|ClassThink) != 0 || strings.HasSuffix(s.lowerWord(k), "ed")
}
