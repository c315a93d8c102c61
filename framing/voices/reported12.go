package voices

import "strings"

// Indirect speech, more of what PolNeAR annotates (Newell et al. 2018), each rule chosen
// on the tune half of its training split's misses:
//
//   - an evidential with a complement other than an infinitive or a "that" clause:
//     "The field appeared poised to narrow", "Ruiz seems ready for a fight", "the race
//     looks like a two-way contest": the subject and the complement, without a source
//     (evidentialIn reads "seems to …" and "It appears that …").

// evidentialForms are the forms of the evidential verbs whose complement may be an
// adjective, a participle or a phrase with "like" (see evidentialComplementIn).
var evidentialForms = map[string]bool{"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true,
	"appeared": true, "look": true, "looks": true, "looked": true}

// evidentialComplementIn returns, in tokens [lo, hi), the contents of evidentials with an
// adjective, a participle or "like" for complement that no content of found covers:
// from the verb's subject to the end of its clause, the verb inside ("The field appeared
// poised to narrow further"), as PolNeAR's content is the subject and the complement.
func (s *segmenter) evidentialComplementIn(lo, hi int, found []Span) []Span {
	var out []Span
	for k := lo + 1; k+1 < hi; k++ {
		t := s.toks[k]
		w := s.lowerWord(k)
		if t.inq || t.cap || !evidentialForms[w] || coveredBy(found, t.start) {
			continue
		}
		m := k + 1
		if s.toks[m].inq || s.toks[m].clause != t.clause {
			continue
		}
		if m+1 < hi && s.adverb(m) && !s.toks[m+1].inq && s.toks[m+1].clause == t.clause && s.evidentialComplement(m+1, w) {
			m++ // "seems increasingly likely"
		}
		if !s.evidentialComplement(m, w) {
			continue
		}
		src, _ := s.subjectOf(k, lo)
		if !src.ok() {
			continue
		}
		from := src.from
		if s.lowerWord(src.from) == "it" && src.to == src.from+1 {
			from = m // "it seems like …": the complement alone
		} else if !s.clauseComplement(m, hi) {
			continue // "He appeared rattled": a look, not a content
		}
		end := s.contentEnd(m, hi)
		for j := m + 1; j < end; j++ {
			if s.toks[j].clause != s.toks[j-1].clause && !s.toks[j].inq && !s.toks[j-1].inq {
				end = j // what a comma adds is the author's
				break
			}
		}
		if end <= m || !s.hasWords(m, end) {
			continue
		}
		c := cue{from: k, to: k + 1, verb: w}
		out = append(out, s.content(from, end, c))
		k = end - 1
	}
	return out
}

// evidentialComplement reports whether token m, after the evidential w, opens a
// complement that is no infinitive, "that" clause or place: a lower-case word that is no
// function word, preposition or verb of its own ("poised", "ready", "unlikely"), or
// "like" ("looks like a rout"); after "look", only "like" (not "looked at the plan").
func (s *segmenter) evidentialComplement(m int, w string) bool {
	u, x := s.toks[m], s.lowerWord(m)
	if x == "like" {
		// "looks like a rout", not "would look like to the north".
		n := m + 1
		return n < len(s.toks) && (s.toks[n].inq || s.toks[n].clause == u.clause && s.toks[n].flags&ClassPrep == 0)
	}
	if strings.HasPrefix(w, "look") || u.cap || u.flags&(ClassPrep|ClassDet|ClassConj|ClassThat|ClassWho|ClassFunc|ClassAux|ClassSubject|ClassVerb|ClassThink|ClassPast|ClassNeg) != 0 {
		return false
	}
	return s.contentWord(m) || s.adverb(m) // "unlikely"
}

// clauseComplement reports whether the complement that opens at token m of an evidential
// goes on with an infinitive or a "that" clause within two words ("appeared poised to
// narrow", "seems content that …", "appears certain to become"; not "appeared deferential
// to the board").
func (s *segmenter) clauseComplement(m, hi int) bool {
	for j := m + 1; j < hi && j <= m+2 && s.toks[j].clause == s.toks[m].clause && !s.toks[j].inq; j++ {
		switch s.lowerWord(j) {
		case "that":
			return true
		case "to":
			// An infinitive, not "to" and a noun phrase ("appeared deferential to the
			// board").
			n := j + 1
			return n < hi && !s.toks[n].inq && !s.toks[n].cap && s.toks[n].flags&(ClassDet|ClassSubject) == 0 && !s.objectPronoun(n)
		}
	}
	return false
}
