package voices

import "strings"

// Indirect speech, more of what PolNeAR annotates (Newell et al. 2018), each rule chosen
// on the tune half of its training split's misses:
//
//   - an evidential with a complement other than an infinitive or a "that" clause:
//     "The board appeared poised to vote", "Ruiz seems ready for a fight", "the race
//     looks like a two-way contest": the subject and the complement, without a source
//     (evidentialIn reads "seems to …" and "It appears that …");
//   - a stance taken in public: "came out against the levy", "has spoken out in favor of
//     the bridge", "argued in favor of a new port": the verb's subject is the source, what
//     the stance is for or against the content;
//   - a verb of support in a progressive with an adverb ("is now supporting Ruiz") or in
//     an infinitive after a verb that is no cue ("The guild voted to endorse Ruiz");
//   - a participle set off by commas after the sentence's subject has its content end at
//     the closing comma ("Ruiz, criticizing the board, left": "the board");
//   - a content in a subordinate clause that opens the sentence ends before the main
//     clause ("When Ruiz said the port would close, the clerks went home").

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

// comeOutVerbs take a stance with "out" ("came out against the levy", "spoke out in favor
// of the bridge"), by form.
var comeOutVerbs = map[string]bool{"come": true, "comes": true, "came": true, "coming": true, "speak": true,
	"speaks": true, "spoke": true, "spoken": true, "speaking": true}

// publicStanceIn returns, in tokens [lo, hi), the contents of a stance taken in public
// that no content of found covers: "came out against the levy", "has spoken out in
// favor of the bridge", "argued in favor of a new port" (source the verb's subject,
// content what the stance is for or against).
func (s *segmenter) publicStanceIn(lo, hi int, found []Span) []Span {
	var out []Span
	for k := lo + 1; k+2 < hi; k++ {
		t := s.toks[k]
		if t.inq || t.cap || coveredBy(found, t.start) {
			continue
		}
		v, m := -1, -1 // the verb and the first token of the content
		switch w := s.lowerWord(k); {
		case (w == "favor" || w == "favour") && s.lowerWord(k-1) == "in" && s.lowerWord(k+1) == "of" && k-2 >= lo:
			// "argued in favor of", "spoke out in favor of"
			v, m = k-2, k+2
			if s.lowerWord(v) == "out" && v-1 >= lo {
				v--
			}
		case w == "out" && comeOutVerbs[s.lowerWord(k-1)]:
			switch n := s.lowerWord(k + 1); {
			case n == "against" || n == "for":
				v, m = k-1, k+2
			case n == "in" && k+3 < hi && s.lowerWord(k+2) == "support" && s.lowerWord(k+3) == "of":
				v, m = k-1, k+4
			}
		}
		if v < lo || m >= hi || s.toks[v].inq || s.toks[m].inq || s.toks[v].clause != t.clause || s.toks[m].clause != t.clause ||
			s.toks[v].cap || !s.verbForm(v) {
			continue
		}
		src, _ := s.subjectOf(v, lo)
		if !src.ok() {
			continue
		}
		end := s.objectEnd(m, s.contentEnd(m, hi))
		if s.toks[m].cap {
			end = min(end, s.supportedEnd(m, end)) // "came out for Ruiz in May"
		}
		if end <= m || !s.hasWords(m, end) {
			continue
		}
		c := cue{src: src, from: v, to: m, verb: strings.ToLower(s.span(v, m))}
		out = append(out, s.content(m, end, c))
		k = end - 1
	}
	return out
}

// verbForm reports whether the lower-case token k may be a finite verb or a participle:
// a cue verb, a past form, or a word in -ed, -ing or -s that is no function word.
func (s *segmenter) verbForm(k int) bool {
	t, w := s.toks[k], s.lowerWord(k)
	if t.flags&(ClassVerb|ClassThink|ClassPast) != 0 || comeOutVerbs[w] {
		return true
	}
	if t.flags&(ClassFunc|ClassDet|ClassPrep|ClassConj|ClassSubject|ClassWho|ClassThat) != 0 || len(w) < 4 {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

// progressiveAdverbs are the adverbs without -ly that stand between a form of "be" and a
// participle ("is now supporting", "was still hoping").
var progressiveAdverbs = map[string]bool{"now": true, "still": true, "also": true, "already": true,
	"even": true, "again": true, "just": true}

// supportInfinitiveSubject returns the subject of the verb of support at token k in an
// infinitive after a verb that is no cue of its own ("The guild voted to endorse Ruiz",
// "The council moved to oppose the levy"): the source is that verb's subject. A cue
// before "to" ("decided to back") has the infinitive for its own content.
func (s *segmenter) supportInfinitiveSubject(k, lo int) np {
	v := k - 2
	if v < lo || s.lowerWord(k-1) != "to" || !supportVerbs[s.lang.verbBase(s.lowerWord(k))] || s.toks[v].inq ||
		s.toks[v].clause != s.toks[k].clause || s.toks[v].cap || s.toks[v].flags&(ClassVerb|ClassThink) != 0 || !s.verbForm(v) {
		return np{}
	}
	n, passive := s.subjectOf(v, lo)
	if passive {
		return np{}
	}
	return n
}

// asideParticipleEnd returns where the content at token m of a participle at k, set off
// by commas right after the sentence's subject, ends before end: at the comma that closes
// the aside ("Ruiz, criticizing the board, left the room": "the board"), since the
// sentence's own verb follows it.
func (s *segmenter) asideParticipleEnd(k, m, end, lo int) int {
	if !s.participle(k) || k-1 < lo || s.toks[k-1].clause == s.toks[k].clause {
		return end
	}
	for j := lo; j < k; j++ {
		if t := s.toks[j]; modals[s.lowerWord(j)] || t.flags&(ClassPast|ClassAux|ClassVerb|ClassThink) != 0 && t.flags&ClassPrep == 0 {
			return end // "Ruiz spoke for an hour, criticizing …": the participle ends the sentence
		}
	}
	for j := m + 1; j < end; j++ {
		if !s.toks[j].inq && !s.toks[j-1].inq && s.toks[j].clause != s.toks[j-1].clause {
			if s.finiteIn(j-1, min(end, j+4)) || s.toks[j].flags&(ClassAux|ClassPast|ClassVerb) != 0 {
				return j
			}
			return end
		}
	}
	return end
}

// frontedSubordinators open a clause before the sentence's main clause ("When Ruiz said
// …, the clerks left").
var frontedSubordinators = map[string]bool{"when": true, "if": true, "because": true, "since": true, "although": true,
	"though": true, "while": true, "after": true, "before": true, "as": true, "once": true, "until": true,
	"unless": true, "whereas": true, "whenever": true}

// frontedClauseEnd returns where the content at token m of the cue at k, inside a subordinate
// clause that opens the sentence ends before end: at the comma before the main clause, a
// subject and its verb ("When Ruiz said the port would close, the clerks went home": "the
// port would close").
func (s *segmenter) frontedClauseEnd(k, m, end, lo int) int {
	if !frontedSubordinators[s.lowerWord(lo)] || s.toks[lo].inq || s.toks[k].clause != s.toks[lo].clause {
		return end // not "Although …, Bob said he was …": the cue is the main clause's
	}
	for j := m + 1; j < end; j++ {
		if s.toks[j].inq || s.toks[j-1].inq || s.toks[j].clause == s.toks[j-1].clause {
			continue
		}
		if s.clauseAhead(j, end) {
			return j
		}
	}
	return end
}
