package voices

import "strings"

// Where a reported content begins and ends, and whose it is, in clauses the reading of
// reported.go leaves open: each rule a general construction, chosen on the tune half of
// PolNeAR's training split (Newell et al. 2018) or for a wrong attribution a reader would
// see.
//
//   - a verb of support in a progressive with an adverb ("is now supporting Ruiz") or in
//     an infinitive after a verb that is no cue ("The guild voted to endorse Ruiz"); in
//     an infinitive after a participle that modifies a noun it has no source: "The money
//     raised to endorse Ruiz came from farmers" is no one's stance;
//   - a verb of thinking or support is a cue after adverbs in -ly ("The guild largely
//     supports the levy") and after its subject's aside ("Ana Ruiz, who is rich, hopes
//     …");
//   - a participle set off by commas after the sentence's subject has its content end at
//     the closing comma ("Ruiz, criticizing the board, left": "the board");
//   - a content in a subordinate clause that opens the sentence ends before the main
//     clause ("When Ruiz said the port would close, the clerks went home"), and that
//     clause is one clause with the relative clauses set off in it ("When Ruiz, who
//     opposed the plan, said the port would close, …");
//   - a content in a relative clause set off by commas ends at the comma before the
//     sentence's verb: "The mayor, who said the plan would fail, left town", also past an
//     aside after the content's subject ("The baker, who said the oven, bought in March,
//     would break, closed the shop");
//   - the verb of a relative clause set off by a comma has the noun before the comma for
//     source, not the sentence's subject ("Ruiz courted the guild, which supports the
//     levy"), and never a verb or a preposition before that noun ("Ruiz voted for the
//     bill, which …": the bill);
//   - a verb of telling has its content after a relative clause set off after its
//     addressee, whose own content ends at its closing comma ("Ruiz told lawmakers, who
//     questioned him, that the plan would work").
//   - an infinitive content of a relative clause set off after the subject ends at the
//     comma before the sentence's verb ("Varga's aide, who asked not to be named, said
//     …");
//   - a content ends before a clause joined by a comma and "and" or "but" with a subject
//     and a verb of saying of its own ("Ruiz said the port would close, and Varga said
//     …").

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

// leadAdverbs are the adverbs without -ly that stand before a subordinator ("even
// before", "just after", "only when", "long before").
var leadAdverbs = map[string]bool{"even": true, "just": true, "only": true, "long": true, "soon": true, "right": true}

// frontedClauseEnd returns where the content at token m of the cue at k, inside a subordinate
// clause that opens the sentence ends before end: at the comma before the main clause, a
// subject and its verb ("When Ruiz said the port would close, the clerks went home": "the
// port would close"), or, after content with a verb (an infinitive's too), any word there
// that cannot go on with the content (see mainClauseAt: "If officials say the port will
// close, traders leave", "As officials seek to tame the market, its openness draws
// traders"). A conjunction or an adverb may stand before the subordinator ("Even when
// Ruiz said the port would close, the clerks stayed").
func (s *segmenter) frontedClauseEnd(k, m, end, lo int) int {
	if lo+1 < k && !s.toks[lo].inq && s.toks[lo+1].clause == s.toks[lo].clause &&
		(s.toks[lo].flags&ClassConj != 0 && s.toks[lo].flags&ClassSubject == 0 || leadAdverbs[s.lowerWord(lo)] || s.lyWord(lo)) &&
		frontedSubordinators[s.lowerWord(lo+1)] {
		lo++ // "Even before he announced …, …", "But when Ruiz said …, …"
	}
	if !frontedSubordinators[s.lowerWord(lo)] || s.toks[lo].inq || !s.sameClauseBut(lo, k) {
		return end // not "Although …, Bob said he was …": the cue is the main clause's
	}
	for j := m + 1; j < end; j++ {
		if s.toks[j].inq || s.toks[j-1].inq || s.toks[j].clause == s.toks[j-1].clause {
			continue
		}
		if s.clauseAhead(j, end) || (s.lowerWord(m) == "to" || s.verbIn(m, j)) && s.mainClauseAt(j) {
			return j
		}
	}
	return end
}

// mainClauseAt reports whether the words at token j, after a comma in a fronted clause's
// content that holds a verb before it, open the sentence's main clause, which must follow
// the fronted clause: anything but what goes on with the content, a relative word, a
// conjunction, a preposition, a verb or a participle, nor a list's items that a comma
// closes after "and" or "or" before a verb ("If officials say the port will close,
// traders leave", where no word list knows "leave", "…, ferries, barges and trawlers keep
// sailing"; not "…, which is old, will close", "…, cutting 400 jobs, …", "… would sell
// fish, grain, timber and coal, traders cheered": "grain" and "timber and coal" go on
// with the content).
func (s *segmenter) mainClauseAt(j int) bool {
	t := s.toks[j]
	if t.inq || t.flags&(ClassWho|ClassThat|ClassConj|ClassPrep|ClassAux|ClassVerb|ClassPast|ClassThink) != 0 || modals[s.lowerWord(j)] ||
		strings.HasSuffix(s.lowerWord(j), "ing") {
		return false
	}
	list := false // "and" or "or" passed: the words may be a list's last items
	for x := j + 1; x < len(s.toks) && s.toks[x].sentence == t.sentence && !s.toks[x].inq; x++ {
		u, w := s.toks[x], s.lowerWord(x)
		if u.clause != s.toks[x-1].clause && list {
			return false // a list that a comma closes goes on with the content
		}
		if w == "and" || w == "or" {
			list = true
		} else if !u.cap && (s.finiteAt(x) || strings.HasSuffix(w, "ed")) {
			return true
		}
	}
	return true
}

// reducedRelativeInfinitive reports whether the verb of support at token k, in an
// infinitive after a participle ("The money raised to endorse Ruiz came …"), has its
// object followed by a verb of its clause (not after a determiner) with no subject of its own: the participle then
// modifies the noun before it, and the verb after the object is the sentence's own. A
// subject pronoun or a name after a lower-case word of the object, before that verb
// ("voted to oppose the plan Ruiz announced"), opens a relative clause in the object, and
// the stance stands.
func (s *segmenter) reducedRelativeInfinitive(k, hi int) bool {
	if k+1 >= hi || s.toks[k+1].inq || s.toks[k+1].clause != s.toks[k].clause || !s.clauseAhead(k+1, hi) {
		return false
	}
	c := s.toks[k].clause
	for b := k + 2; b < hi && s.toks[b].clause == c && !s.toks[b].inq; b++ {
		t, p := s.toks[b], s.toks[b-1]
		if !t.cap && !p.poss && p.flags&ClassDet == 0 && (modals[s.lowerWord(b)] || t.flags&ClassAux != 0 || s.verbForm(b)) {
			return true // the object's verb, with no subject between
		}
		if t.flags&ClassSubject != 0 || t.cap && !p.cap && !p.poss && p.flags&(ClassDet|ClassPrep|ClassConj) == 0 {
			return false // "the plan Ruiz announced": a subject of its own
		}
	}
	return true
}

// finiteAt reports whether token v may be a clause's finite verb: a modal, an auxiliary, a
// past form or a verb, in lower case, and no preposition, subject or determiner.
func (s *segmenter) finiteAt(v int) bool {
	t := s.toks[v]
	return !t.cap && (modals[s.lowerWord(v)] || t.flags&(ClassAux|ClassPast|ClassVerb|ClassThink) != 0) && t.flags&(ClassPrep|ClassSubject|ClassDet) == 0
}

// relativeClauseEnd returns where the content at token m of the cue at token k ends
// before end when the cue is the verb of a relative clause set off by commas (", who said
// …") and the content opens with a subject and its verb: at the clause boundary whose
// first word, past an adverb in -ly, is a finite verb with no subject before it, the
// sentence's own verb ("The mayor, who said the plan would fail, left town": "the plan
// would fail"). A word in -ed that no reading list knows counts when no other clause
// follows it in the content ("…, closed it"). An aside set off after the content's
// subject is passed over up to the content's own verb, and the content ends at the next
// such boundary ("The baker, who said the oven, bought in March, would break, closed the
// shop": "the oven, bought in March, would break"). After
// the sentence's object the content ends as objectRelativeEnd says.
func (s *segmenter) relativeClauseEnd(k, m, end, lo int) int {
	j, _ := s.skipBetween(k, lo)
	if j < lo || s.toks[j].inq || s.toks[j].flags&ClassWho == 0 || !s.commaBefore(j) {
		return end
	}
	if a := s.relativeAntecedent(j, lo); a.ok() {
		c := a.from
		for c > lo && s.toks[c-1].clause == s.toks[a.from].clause {
			c--
		}
		if s.verbIn(c, a.from) {
			return s.objectRelativeEnd(m, end) // a verb before the antecedent in its clause
		}
	}
	// aside: inside an aside set off after the content's subject; past: its own verb came
	// after such an aside.
	aside, past := false, false
	for b := m + 1; b < end; b++ {
		if s.toks[b].inq || s.toks[b-1].inq || s.toks[b].clause == s.toks[b-1].clause || !s.commaBefore(b) {
			continue
		}
		v := b
		if s.adverb(v) && v+1 < end {
			v++
		}
		if aside {
			// "the oven, bought in March, would break": past the aside, the content's own
			// verb goes on with it.
			if s.finiteAt(v) {
				aside, past = false, true
			}
			continue
		}
		if !past && !s.clauseAhead(m, b) && !s.infinitiveAt(m) && !(asVerbs[s.lang.verbBase(s.lowerWord(k))] && s.wordIn(m, b, "as")) {
			// The comma sets off an aside after the content's subject; not after an object and
			// what it is seen as ("who see the levy as unfair, praised …").
			aside = true
			continue
		}
		if s.finiteAt(v) {
			return b
		}
		if t := s.toks[v]; !t.cap && t.flags == 0 && len(s.word(v)) > 4 && strings.HasSuffix(s.lowerWord(v), "ed") && s.clauseEnd(v, end) == end {
			return b // "…, closed it": a verb in -ed with no clause after it, not a participle set off ("…, launched in May, would …")
		}
	}
	return end
}

// coordinateCueEnd returns where the content at token m ends before end when a clause
// joined by a comma and "and" or "but" has a subject and a verb of saying of its own with
// "that" or a clause after it ("Ruiz said the port would close, and Varga said the levy
// was fair": "the port would close"): that clause is an attribution of its own, not a
// part of the content.
func (s *segmenter) coordinateCueEnd(m, end, hi int) int {
	for a := m + 1; a+2 < end; a++ {
		if w := s.lowerWord(a); w != "and" && w != "but" || s.toks[a].inq || !s.commaBefore(a) || s.toks[a+1].flags&ClassThat != 0 {
			continue // not "…, and that officials said": a second content of the same verb
		}
		for j := a + 2; j < end && j-a <= 5; j++ {
			t := s.toks[j]
			if s.commaBefore(j) {
				break // "farmers, fishers, and dockers, said": a list's last item, not a subject
			}
			if t.inq || t.cap || t.flags&ClassVerb == 0 || !sayVerbs[s.lang.verbBase(s.lowerWord(j))] || s.participle(j) {
				continue
			}
			n := s.npBefore(j-1, a+1)
			if !n.ok() || n.from != a+1 || n.to != j {
				break
			}
			c, ok := s.complement(j, s.particleEnd(j, hi), hi)
			if ok && c < hi && (s.toks[c-1].flags&ClassThat != 0 || s.clauseAhead(c, hi)) {
				return a
			}
			break
		}
	}
	return end
}

// infinitiveAt reports whether the content at token m opens with an infinitive, maybe
// after "not" ("who asked not to be named"): a content with no subject, whose verb never
// follows a comma.
func (s *segmenter) infinitiveAt(m int) bool {
	if m < len(s.toks) && s.lowerWord(m) == "not" {
		m++
	}
	return m+1 < len(s.toks) && s.lowerWord(m) == "to" && !s.toks[m].inq && s.toks[m+1].clause == s.toks[m].clause &&
		s.toks[m+1].flags&(ClassDet|ClassSubject) == 0 && !s.toks[m+1].cap
}

// objectRelativeEnd returns where the content at token m of the verb of a relative clause
// set off by commas after the sentence's object ends before end: at the comma after which
// "that" or a subject and its verb go on with the sentence's own content, when the
// relative's content is no clause ("Ruiz told Marek, who questioned him, that the plan
// would work": "him"; "Ruiz told reporters, who asked about the port, it would close":
// "the port"), or at the comma before "that" when it is one. A list of clauses or of
// nouns goes on.
func (s *segmenter) objectRelativeEnd(m, end int) int {
	for b := m + 1; b < end; b++ {
		if s.toks[b].inq || s.toks[b-1].inq || s.toks[b].clause == s.toks[b-1].clause || !s.commaBefore(b) {
			continue
		}
		if s.toks[b].flags&ClassThat != 0 || !s.clauseAhead(m, b) && s.clauseAhead(b, end) {
			return b
		}
	}
	return end
}

// sameClauseBut reports whether tokens lo and k are in one clause but for relative clauses
// set off between them: each clause that opens between them opens with a relative word
// ("who", "which") or closes one, going back to the clause it interrupted ("When Ruiz, who
// opposed the plan, said …").
func (s *segmenter) sameClauseBut(lo, k int) bool {
	inRelative := false
	for j := lo + 1; j <= k; j++ {
		if s.toks[j].clause == s.toks[j-1].clause {
			continue
		}
		switch {
		case s.toks[j].flags&ClassWho != 0 && !s.toks[j].inq:
			inRelative = true
		case inRelative:
			inRelative = false
		default:
			return false
		}
	}
	return !inRelative
}

// subjectBeforeAdverbs reports whether adverbs in -ly stand right before the verb at k in
// its clause, and before them its subject ends: a subject pronoun, a relative word, an
// auxiliary, a name, or a noun that is plural or follows a determiner or a possessive
// ("The guild largely supports …", "who strongly opposes …", "voters firmly believe …").
func (s *segmenter) subjectBeforeAdverbs(k, lo int) bool {
	c := s.toks[k].clause
	q := k - 1
	for q > lo && s.adverb(q) && !s.toks[q].inq && s.toks[q].clause == c {
		q--
	}
	if q == k-1 || s.toks[q].clause != c || s.toks[q].inq {
		return false
	}
	p := s.toks[q]
	switch {
	case p.flags&(ClassSubject|ClassAux|ClassWho) != 0:
		return true
	case p.flags&notName != 0:
		return false
	case p.cap:
		return true
	}
	return s.contentWord(q) && (pluralNoun(s.word(q)) || q > lo && s.toks[q-1].clause == c && (s.toks[q-1].flags&ClassDet != 0 || s.toks[q-1].poss))
}

// asideSubject reports whether the verb at k follows, right after a comma, an aside set off
// after its subject, a name or a subject pronoun that the subject reader finds before the
// asides ("Ana Ruiz, who is rich, hopes …"), with no preposition after the verb ("…,
// hopes of a deal faded" is a noun).
func (s *segmenter) asideSubject(k, lo int) bool {
	if k+1 >= len(s.toks) || s.toks[k-1].clause == s.toks[k].clause || !s.commaBefore(k) || s.toks[k-1].inq || s.toks[k+1].flags&ClassPrep != 0 && s.toks[k+1].flags&ClassThat == 0 && s.lowerWord(k+1) != "to" {
		return false
	}
	n, passive := s.subjectOf(k, lo)
	return !passive && n.ok() && n.to < k && (s.toks[n.to-1].cap || s.toks[n.to-1].flags&ClassSubject != 0) && !s.toks[n.to-1].inq
}

// relativeAntecedent returns the noun phrase that the relative word at token j ("who",
// "which"), set off by a comma, stands for: the phrase right before the comma ("Ruiz
// courted the guild, which supports …" is the guild), if the phrase reader finds one and
// it is no pronoun. The phrase stops after a verb or a preposition other than "of" that
// the phrase reader took in ("Ruiz voted for the bill, which …" is the bill; "The tax
// largely benefits farmers, which …" is farmers, never "benefits farmers").
func (s *segmenter) relativeAntecedent(j, lo int) np {
	if j-1 < lo || s.toks[j].flags&ClassWho == 0 || s.toks[j].inq || !s.commaBefore(j) || s.toks[j-1].inq {
		return np{}
	}
	n := s.npBefore(j-1, lo)
	if !n.ok() || n.to != j || s.toks[n.to-1].flags&ClassSubject != 0 {
		return np{}
	}
	for q := n.to - 2; q >= n.from; q-- {
		if s.phraseBreak(q, lo) {
			n.from = q + 1
			break
		}
	}
	if n.from >= n.to || !s.headWord(n.to-1) {
		return np{}
	}
	return n
}

// phraseBreak reports whether token q, inside a noun phrase the phrase reader found, is
// a preposition other than "of" or a verb: a lower-case verb form not after a determiner
// or a possessive, or a verb after its subject and adverbs in -ly ("largely benefits").
func (s *segmenter) phraseBreak(q, lo int) bool {
	t := s.toks[q]
	if t.flags&ClassPrep != 0 && s.lowerWord(q) != "of" {
		return true
	}
	if t.cap || t.flags&(ClassDet|ClassFunc|ClassConj) != 0 {
		return false
	}
	if q > lo && (s.toks[q-1].poss || s.toks[q-1].flags&ClassDet != 0) {
		return false
	}
	return s.verbForm(q) || s.subjectBeforeAdverbs(q, lo)
}

// addresseeAsideEnd returns, for a relative clause set off by a comma at token j after a
// verb of telling's addressee, the first token after the comma that closes it when "that"
// and a clause or a subject and its verb follow there, the content of the verb of telling
// ("told lawmakers, who questioned him, that the plan would work"); 0 when there is none.
func (s *segmenter) addresseeAsideEnd(j, hi int) int {
	if j >= hi || s.toks[j].inq || s.toks[j].flags&ClassWho == 0 || !s.commaBefore(j) {
		return 0
	}
	for b := j + 1; b < hi && b-j < 16; b++ {
		if s.toks[b].inq || s.toks[b-1].inq {
			return 0
		}
		if s.toks[b].clause == s.toks[b-1].clause || !s.commaBefore(b) {
			continue
		}
		if s.toks[b].flags&ClassThat != 0 && b+1 < hi && s.clauseAhead(b+1, hi) || s.toks[b].flags&ClassThat == 0 && s.clauseAhead(b, hi) {
			return b
		}
	}
	return 0
}

// wordIn reports whether tokens [a, b) hold the word w (lower case) outside quotations.
func (s *segmenter) wordIn(a, b int, w string) bool {
	for j := a; j < b; j++ {
		if !s.toks[j].inq && s.lowerWord(j) == w {
			return true
		}
	}
	return false
}
