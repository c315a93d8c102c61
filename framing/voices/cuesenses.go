// Senses of cue words and of the words after them that are not attribution, and times of
// the verb that do not open its content: "according to" a norm ("according to law"), a
// base form that is a noun before "be" ("The primary reason is cost"), "observe" a norm
// ("observe the rules"), a length of time before "ago", "earlier" or "later"; and a
// question word after the addressee of "ask" that opens the content.

package voices

// agoEnd returns the end of a length of time before "ago", "earlier" or "later" that
// starts at token m, a time of the verb before it, or 0: "a year ago", "two weeks
// earlier", "10 days later", "weeks ago" ("said a year ago that …").
func (s *segmenter) agoEnd(m, hi int) int {
	j := m
	if w := s.lowerWord(j); w == "a" || w == "an" || w == "several" || w == "few" || numberWords[w] || spelledNumbers[w] || isNumberWord(s.word(j)) {
		j++
		if j < hi && s.lowerWord(j) == "few" { // "a few days ago"
			j++
		}
	}
	if j+1 >= hi || !timeSpans[s.lowerWord(j)] || s.toks[j].inq || s.toks[j+1].inq || s.toks[j+1].clause != s.toks[m].clause {
		return 0
	}
	switch s.lowerWord(j + 1) {
	case "ago", "earlier", "later":
		return j + 2
	}
	return 0
}

// accordingConformity reports whether "according to" at token k means "in conformity
// with", no attribution: inside its clause, with no comma before it, and followed by a
// norm or a plan that ends its noun phrase ("will be punished according to law", "was
// held according to the rules", "went according to plan"). After a comma or opening its
// sentence it attributes to the document ("According to the rules, …", "…, according to
// the schedule"); and a norm word that goes on into a longer phrase is no norm but a
// source ("according to the plan's author", "according to the rules committee",
// "according to the schedule of fees", "according to law professor Ivo Marek").
func (s *segmenter) accordingConformity(k, hi int) bool {
	if s.lang.name != "english" || k == 0 || k+2 >= hi || s.toks[k-1].clause != s.toks[k].clause ||
		s.toks[k-1].sentence != s.toks[k].sentence || s.toks[k-1].inq {
		return false
	}
	n := k + 2
	if w := s.lowerWord(n); (w == "the" || w == "its" || w == "their") && n+1 < hi {
		n++
	}
	if s.toks[n].inq || s.toks[n].clause != s.toks[k].clause || !conformityNouns[s.lowerWord(n)] || s.toks[n].poss {
		return false
	}
	return s.phraseEnds(n, hi)
}

// phraseEnds reports whether the noun at token n ends its noun phrase: its clause or
// sentence ends after it, or a comma, a conjunction or a preposition other than "of" and
// "by" follows it (not a noun, a name or a participle that goes on with it).
func (s *segmenter) phraseEnds(n, hi int) bool {
	m := n + 1
	if m >= hi || s.toks[m].inq || s.toks[m].sentence != s.toks[n].sentence || s.toks[m].clause != s.toks[n].clause ||
		s.commaBefore(m) {
		return true
	}
	if w := s.lowerWord(m); s.toks[m].flags&(ClassConj|ClassPrep) != 0 && w != "of" && w != "by" && !s.toks[m].cap {
		return true
	}
	return false
}

// conformityNouns are the norms and plans that "according to" may mean conformity with.
var conformityNouns = map[string]bool{"law": true, "laws": true, "rule": true, "rules": true, "regulations": true,
	"constitution": true, "plan": true, "schedule": true, "procedure": true, "procedures": true, "tradition": true,
	"custom": true, "protocol": true, "guidelines": true, "statute": true, "script": true}

// nounBeforeBe reports whether the cue word at k, whose particle ends at e, is a noun,
// the subject of the form of "be" right after it: in its base form, after a determiner
// and at most one word ("the primary reason is cost", "the claim was false"). Not a verb
// before its gap's "be" ("what she said is", "many economists say is the way ahead", "critics
// say was": contents, as PolNeAR annotates them).
func (s *segmenter) nounBeforeBe(k, e, hi int) bool {
	if s.lang.name != "english" || e != k+1 || e >= hi || s.toks[e].inq || s.toks[e].clause != s.toks[k].clause ||
		!isBe(s.lowerWord(e)) || s.lang.verbBase(s.lowerWord(k)) != s.lowerWord(k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2 && s.toks[j].clause == s.toks[k].clause && !s.toks[j].inq; j-- {
		if s.toks[j].flags&ClassDet != 0 {
			return true
		}
		if w := s.lowerWord(j); j == k-1 && !s.toks[j].cap && pluralNoun(w) {
			return false // "the unions say is unlawful": a base form after a plural is its verb
		}
		if s.toks[j].cap || s.toks[j].flags&(ClassSubject|ClassVerb|ClassThink|ClassAux|ClassPrep) != 0 {
			return false
		}
	}
	return false
}

// observesNorm reports whether the object at token m of "observe" is a norm, a rite or a
// pause, which is kept, not remarked: "must observe the rules", "observed a minute of
// silence", "observe the ceasefire", "observe the rules of the port". The norm must be
// the head of the object's noun phrase, and no verb nor "be" may follow the phrase in the
// clause: not "observed the holiday crowds were thin", "observed the limits of the plan
// were clear".
func (s *segmenter) observesNorm(m, hi int) bool {
	n := s.npAfter(m, hi)
	if !n.ok() {
		return false
	}
	h := n.to - 1 // the head: the phrase's last noun, or the noun before its first preposition
	for j := n.from + 1; j < n.to; j++ {
		if s.toks[j].flags&ClassPrep != 0 {
			h = j - 1
			break
		}
	}
	if w := s.lowerWord(h); !conformityNouns[w] && !observedNorms[w] {
		return false
	}
	for j := n.to; j < hi && !s.toks[j].inq && s.toks[j].clause == s.toks[m].clause; j++ {
		if s.toks[j].flags&(ClassConj|ClassThat) != 0 {
			break // "observe the rules and …": another clause's verb
		}
		if s.toks[j].flags&(ClassAux|ClassPast|ClassVerb|ClassThink) != 0 || isBe(s.lowerWord(j)) {
			return false // "observed the rules were unclear"
		}
	}
	return true
}

// observedNorms are the rites, pauses and truces that are observed besides the
// conformityNouns.
var observedNorms = map[string]bool{"silence": true, "minute": true, "ceasefire": true, "truce": true,
	"holiday": true, "holidays": true, "sabbath": true, "curfew": true}

// questionAfterAddressee reports whether token m, after the addressee of a verb of
// asking with base form base, opens an indirect question, the verb's content, the
// addressee left out: "whether", "if", "what", "how", "why", "who" or "whom" ("asked Pell
// whether the dam would close", "asked the mayor who would pay"), as PolNeAR annotates
// "ask". After "tell" the addressee stays in the content ("told the pilots how the dock
// works"), as it does there.
func (s *segmenter) questionAfterAddressee(m, hi int, base string) bool {
	if base != "ask" || m+1 >= hi || s.toks[m].inq || s.lang.name != "english" {
		return false
	}
	switch s.lowerWord(m) {
	case "whether", "if", "what", "how", "why", "who", "whom":
		return true
	}
	return false
}
