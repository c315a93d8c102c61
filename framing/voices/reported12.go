package voices

import "strings"

// Indirect speech, more of what PolNeAR annotates (Newell et al. 2018), each rule chosen
// on the tune half of its training split's misses:
//
//   - a verb of support in a progressive with an adverb ("is now supporting Ruiz") or in
//     an infinitive after a verb that is no cue ("The guild voted to endorse Ruiz");
//   - a participle set off by commas after the sentence's subject has its content end at
//     the closing comma ("Ruiz, criticizing the board, left": "the board");
//   - a content in a subordinate clause that opens the sentence ends before the main
//     clause ("When Ruiz said the port would close, the clerks went home").

// verbForm reports whether the lower-case token k may be a finite verb or a participle:
// a cue verb, a past form, or a word in -ed, -ing or -s that is no function word.
func (s *segmenter) verbForm(k int) bool {
	t, w := s.toks[k], s.lowerWord(k)
	if t.flags&(ClassVerb|ClassThink|ClassPast) != 0 {
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
	if !frontedSubordinators[s.lowerWord(lo)] || s.toks[lo].inq || !s.sameClauseBut(lo, k) {
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
