package voices

import "strings"

// The reporting verb of a quotation introduced by a colon whose clause has a verb that
// no word list knows: "Mara Lind boomed: “…”", "She went on: “…”", "Ruiz has
// apologized for the delay: “…”". The colon introduces the words, but what a reader asks
// of the cue — how were they said — is the clause's verb, not the colon; PolNeAR
// (Newell et al. 2018) annotates the cue of such quotations as the clause from its verb
// to the colon. A colon after a phrase without a verb ("Varga: “…”", a headline) keeps
// ":" for verb.

// colonVerb returns the tokens [from, to) of the verb of the clause whose subject is
// phrase n, in tokens [n.to, hi) before a colon: the first word after the subject and
// its auxiliaries and adverbs, when it reads as a verb (a known verb or a past form, or
// a lowercase word in -ed), with its particle ("went on", "shot back"), or the last of verbs joined to it by "and"; or, when the word
// after the auxiliaries is none, a past form among them that is no auxiliary of tense
// ("went even further"). It reports false when another clause, a quotation or a
// capitalized word comes first.
func (s *segmenter) colonVerb(n np, hi int) (from, to int, ok bool) {
	if !n.ok() || n.to >= hi || s.lang.name != "english" {
		return 0, 0, false
	}
	clause := s.toks[n.to-1].clause
	lastPast := -1
	for k := n.to; k < hi && k < n.to+6; k++ {
		t := s.toks[k]
		if t.inq || t.clause != clause || t.cap {
			return 0, 0, false
		}
		w := s.lowerWord(k)
		if t.flags&ClassAux != 0 && t.flags&ClassPrep == 0 || s.adverb(k) {
			if t.flags&ClassPast != 0 && !isBe(w) && !tenseAux[w] {
				lastPast = k // "went"
			}
			continue
		}
		if t.flags&(ClassPrep|ClassDet|ClassConj|ClassThat|ClassWho|ClassSubject|ClassFunc) != 0 {
			break
		}
		if s.verbLike(k) {
			// Of verbs joined by "and", the last governs the colon ("leaned in and
			// boomed:").
			for j := k + 2; j < hi; j++ {
				if s.toks[j].inq {
					break
				}
				if s.lowerWord(j-1) == "and" && !s.toks[j].cap && s.verbLike(j) {
					k = j
				}
			}
			return k, s.particleEnd(k, hi), true
		}
		break
	}
	if lastPast >= 0 {
		return lastPast, s.particleEnd(lastPast, hi), true
	}
	return 0, 0, false
}

// verbLike reports whether token k reads as an English verb: a known one, a past form, or
// a lowercase word in -ed.
func (s *segmenter) verbLike(k int) bool {
	t, w := s.toks[k], s.lowerWord(k)
	return t.flags&(ClassVerb|ClassThink|ClassPast) != 0 && t.flags&(ClassPrep|ClassAux) == 0 || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// tenseAux are the English auxiliaries of tense and aspect, which are no reporting verb
// of their own ("has said", "did say").
var tenseAux = map[string]bool{"has": true, "have": true, "had": true, "does": true, "do": true, "did": true,
	"hasn't": true, "haven't": true, "hadn't": true, "doesn't": true, "don't": true, "didn't": true}
