package voices

import (
	"slices"
	"strings"
)

// Cues whose verb no word list needs to know, and the attribution rules that go with
// them. The reporting verb of a quotation introduced by a colon whose clause has a verb
// that no word list knows: "Mara Lind boomed: “…”", "She went on: “…”", "Ruiz has
// apologized for the delay: “…”". The colon introduces the words, but what a reader asks
// of the cue — how were they said — is the clause's verb, not the colon; PolNeAR
// (Newell et al. 2018) annotates the cue of such quotations as the clause from its verb
// to the colon. A colon after a phrase without a verb ("Varga: “…”", a headline) keeps
// ":" for verb, and so does a passive or an adjective after be ("Ruiz was interrupted:").
// Further: a source and a verb that end the sentence after a quotation (finalVerbCue), a
// long quotation as the object of the verb before it (objectCue), a source that names a
// person and a long institution (institutionRun), a quotation inside the question of a
// sentence that opens with "Asked" (askedCue), and a name quoted after a naming verb
// (namingCues).

// colonVerb returns the tokens [from, to) of the verb of the clause whose subject is
// phrase n, in tokens [n.to, hi) before a colon: the first word after the subject and
// its auxiliaries and adverbs, when it reads as a verb (see verbLike), with its particle
// ("went on", "shot back"), or the last of the verbs joined to it by "and"; or, when the
// word after the auxiliaries is none, a past among them that is a verb of its own ("went
// further still", see pastOfOwn), or a form of have whose object is a noun of saying
// ("had one message:", see colonObject). A time phrase between is passed over ("The
// harbor chief on Tuesday had one reply:", see timeEnd). It reports false when another
// clause, a quotation, a capitalized word or a preposition comes first ("Ruiz on the
// king:"), after a form of be when the word is no known verb ("Ruiz was interrupted:",
// "The mayor was shocked:"), and for a verb of receiving whose object runs to the colon
// ("Ruiz received the following letter:", see recipientColon).
func (s *segmenter) colonVerb(n np, hi int) (from, to int, ok bool) {
	if !n.ok() || n.to >= hi || s.lang.name != "english" {
		return 0, 0, false
	}
	clause := s.toks[n.to-1].clause
	lastPast, have := -1, -1
	be := false
	for k := n.to; k < hi && k < n.to+6; k++ {
		if e := s.timeEnd(k, hi); e > k {
			k = e - 1 // "Ivo Marek on Tuesday had one reply:"
			continue
		}
		t := s.toks[k]
		if t.inq || t.clause != clause || t.cap {
			return 0, 0, false
		}
		if t.flags&ClassAux != 0 && t.flags&ClassPrep == 0 || s.adverb(k) {
			if s.pastOfOwn(k) {
				lastPast = k // "went"
			}
			if w := s.lowerWord(k); have < 0 && (w == "had" || w == "has" || w == "have") {
				have = k
			}
			be = be || isBe(s.lowerWord(k))
			continue
		}
		if t.flags&(ClassPrep|ClassDet|ClassConj|ClassThat|ClassWho|ClassSubject|ClassFunc) != 0 {
			break
		}
		if be && t.flags&(ClassVerb|ClassThink) == 0 {
			break // "was interrupted:", "was shocked:": a passive or an adjective, not how it was said
		}
		if s.verbLike(k) {
			if receivingVerbs[s.lowerWord(k)] && s.colonObject(s.particleEnd(k, hi), hi) == hi {
				return 0, 0, false // "received the following letter:" (see recipientColon)
			}
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
	if have >= 0 && s.colonObject(have+1, hi) == hi {
		return have, have + 1, true // "had one message:" (see colonObject)
	}
	return 0, 0, false
}

// timeEnd returns the token just past an English time phrase that opens at token k,
// before hi, in k's clause: "on" and a day's name or a month ("on Wednesday", "on June
// 3"), "yesterday", "today", "tonight", or "last", "this" or "next" and a time word or a
// month ("last week", "this morning"). It returns k when none opens there.
func (s *segmenter) timeEnd(k, hi int) int {
	plain := func(j int) bool { return j < hi && !s.toks[j].inq && s.toks[j].clause == s.toks[k].clause }
	if !plain(k) {
		return k
	}
	switch w := s.lowerWord(k); {
	case w == "yesterday" || w == "today" || w == "tonight":
		return k + 1
	case w == "on" && plain(k+1) && s.toks[k+1].cap && s.toks[k+1].flags&(ClassTime|ClassMonth) != 0:
		if plain(k+2) && isNumberWord(s.lowerWord(k+2)) {
			return k + 3 // "on June 3"
		}
		return k + 2
	case (w == "last" || w == "this" || w == "next") && plain(k+1) && s.toks[k+1].flags&(ClassTime|ClassMonth) != 0:
		return k + 2
	}
	return k
}

// recipientColon reports whether the clause whose subject is phrase n, in tokens [n.to,
// hi) before a colon, has for verb, after its auxiliaries, adverbs and a time phrase, a
// verb of receiving (see receivingVerbs) whose object runs to the colon (see
// colonObject), alone or with a phrase of place or time after it that has no verb:
// "Ruiz received the following letter:", "The board obtained one memo:", "Varga faced
// one question at the meeting:". The subject is a recipient or a reader, not the
// writer, so the quotation after it has no speaker.
func (s *segmenter) recipientColon(n np, hi int) bool {
	if !n.ok() || n.to >= hi || s.lang.name != "english" {
		return false
	}
	k := n.to
	for k < hi && k < n.to+6 {
		if e := s.timeEnd(k, hi); e > k {
			k = e
		} else if t := s.toks[k]; !t.inq && !t.cap && (t.flags&ClassAux != 0 && t.flags&ClassPrep == 0 || s.adverb(k)) {
			k++
		} else {
			break
		}
	}
	if k >= hi {
		return false
	}
	t := s.toks[k]
	if t.inq || t.cap || t.clause != s.toks[n.to-1].clause || !receivingVerbs[s.lowerWord(k)] {
		return false
	}
	to := s.particleEnd(k, hi)
	if s.colonObject(to, hi) == hi {
		return true
	}
	// The object, a noun of saying, then a phrase of place or time that runs to the colon
	// ("faced one question at the meeting:", "heard one question from residents:").
	for p := to + 1; p < hi; p++ {
		if pt := s.toks[p]; pt.inq || pt.clause != t.clause {
			return false
		} else if pt.flags&ClassPrep != 0 {
			return s.colonObject(to, p) == p && !s.verbAt(p, hi)
		}
	}
	return false
}

// receivingVerbs are the English pasts of the verbs of receiving, obtaining, reading or
// facing, whose subject is a recipient of the words, not their writer ("received the
// following letter:", "faced one question:"; see issuingVerbs for their opposites).
var receivingVerbs = map[string]bool{"received": true, "obtained": true, "reviewed": true, "read": true,
	"got": true, "acquired": true, "intercepted": true, "saw": true, "faced": true, "fielded": true, "heard": true}

// colonObject returns the end of the object of a verb that ends at token to, when the
// object runs to the colon before token hi and is a short phrase whose last word is a
// noun of saying (see colonNouns): "issued a statement:", "needed only one word:",
// "released the following statement:". The verb alone is no reporting verb there; the noun says what the
// quotation is, and PolNeAR annotates the cue as the clause from the verb to the colon.
// It returns to when there is no such object.
func (s *segmenter) colonObject(to, hi int) int {
	if to >= hi || hi-to > 4 || !colonNouns[s.lowerWord(hi-1)] {
		return to
	}
	for k := to; k < hi; k++ {
		t := s.toks[k]
		if t.inq || t.cap || t.clause != s.toks[to-1].clause || t.flags&(ClassConj|ClassThat|ClassWho) != 0 {
			return to
		}
		if t.flags&ClassPrep != 0 && (k == to || s.toks[k-1].flags&ClassDet == 0) {
			return to // "said of the plan:"; but "the following statement:"
		}
	}
	return hi
}

// colonNouns are the English nouns of a saying that a colon introduces as the object of a
// verb ("issued a statement:", "had one message:").
var colonNouns = map[string]bool{"statement": true, "message": true, "word": true, "words": true, "warning": true,
	"caveat": true, "reply": true, "response": true, "answer": true, "note": true, "remark": true, "comment": true,
	"reminder": true, "plea": true, "explanation": true, "verdict": true, "advice": true, "question": true,
	"tweet": true, "post": true, "memo": true, "letter": true}

// verbLike reports whether token k reads as an English verb of saying: a known one, or a
// lowercase word in -ed (a regular past). The irregular pasts that are no reporting verb
// ("made", "gave", "took": "made a promise on Monday:") are not, as the noun after them
// carries what was said.
func (s *segmenter) verbLike(k int) bool {
	t, w := s.toks[k], s.lowerWord(k)
	return t.flags&(ClassVerb|ClassThink) != 0 && t.flags&(ClassPrep|ClassAux) == 0 || !t.cap && len(w) > 4 && strings.HasSuffix(w, "ed")
}

// pastOfOwn reports whether token k is a past form listed among the auxiliaries that is
// a verb of its own ("went on"), not a form of be, have or do.
func (s *segmenter) pastOfOwn(k int) bool {
	w := s.lowerWord(k)
	return s.toks[k].flags&ClassPast != 0 && s.toks[k].flags&ClassAux != 0 && !isBe(w) && !tenseAux[w]
}

// tenseAux are the English auxiliaries of tense and aspect, which are no reporting verb
// of their own ("has said", "did say").
var tenseAux = map[string]bool{"has": true, "have": true, "had": true, "does": true, "do": true, "did": true,
	"hasn't": true, "haven't": true, "hadn't": true, "doesn't": true, "don't": true, "didn't": true}

// finalVerbCue reads tokens [a, end), the rest of a sentence after a quotation, as a
// source and a verb that ends the sentence: "“…?” Mara Lind pressed.", "“…,” her husband
// cut in.", "“…,” he went on." Right after a quotation, a name or a pronoun and a verb
// with nothing after it can only be what attributes the quotation, so the verb need not
// be a known reporting verb (news uses many: pressed, started, cut in, went on). The
// source is a pronoun or a phrase of at most four words ending in a capitalized word; the
// verb is a known verb, a lowercase past in -ed (see verbLike) or "went", with its
// particle and at most one adverb in -ly after it. A quotation in the same sentence takes
// it only when no cue stands before the quotation: "After the board wrote “…,” Varga
// resigned" is the board's; a sentence of its own only with a source that is a person and
// a verb that reports speech, or after a question or an exclamation any verb but one of
// an event or a gesture (see eventVerbs): "“…” Ruiz resigned." and "“…?” Ruiz resigned."
// are no cue, "“…?” Ruiz inquired." is one (attribute checks the source and the verb).
func (s *segmenter) finalVerbCue(a, end int) (cue, bool) {
	if s.lang.name != "english" || a >= end || end > len(s.toks) {
		return cue{}, false
	}
	for k := a + 1; k < end && k <= a+4; k++ {
		t := s.toks[k]
		if t.inq || t.sentence != s.toks[a].sentence {
			return cue{}, false
		}
		if t.cap || !s.verbLike(k) && !s.pastOfOwn(k) {
			continue
		}
		src := s.npBefore(k-1, a)
		if src.from != a || src.to != k || !(s.toks[k-1].cap || k-1 == a && s.toks[a].flags&ClassSubject != 0) {
			return cue{}, false
		}
		to := s.particleEnd(k, end)
		rest := to
		if rest < end && s.adverb(rest) {
			rest++
		}
		if rest != end {
			return cue{}, false
		}
		return cue{src: src, from: k, to: to, verb: strings.ToLower(s.span(k, to))}, true
	}
	return cue{}, false
}

// eventVerbs are the English verbs, in the past, of an event or a gesture that reports
// no speech, and so attributes no question or exclamation before it in a sentence of its
// own: "“Will it pass?” Ruiz resigned." Any other verb there, known or not, attributes it
// ("“Who pays?” Ruiz inquired.", "“No!” Ruiz gasped."). A gesture without a voice
// (nodded, shrugged, smiled, frowned, winced) is a reaction, not the words; a sound of the
// voice (sighed, laughed, gasped) says them.
var eventVerbs = map[string]bool{"resigned": true, "left": true, "died": true, "arrived": true, "departed": true,
	"won": true, "lost": true, "voted": true, "fell": true, "stayed": true, "sat": true, "stood": true, "walked": true,
	"waited": true, "returned": true, "retired": true, "collapsed": true, "vanished": true, "disappeared": true,
	"listened": true, "nodded": true, "shrugged": true, "smiled": true, "frowned": true, "winced": true}

// institutionRun reports whether tokens [from, to) are a name and the institution it belongs to:
// capitalized words, and the words that join the parts of a name ("of", "for", "the",
// "and", "at"), outside quotations: "Mara Lind of the Valdora Center for Maritime and
// Coastal Studies" is one source, however long.
func (s *segmenter) institutionRun(from, to int) bool {
	if from >= to || !s.toks[from].cap {
		return false
	}
	for k := from; k < to; k++ {
		t := s.toks[k]
		if t.inq || !t.cap && !nameJoiners[s.lowerWord(k)] {
			return false
		}
	}
	return true
}

// nameJoiners are the lowercase words inside English names of people and institutions.
var nameJoiners = map[string]bool{"of": true, "for": true, "the": true, "and": true, "at": true, "on": true, "de": true}

// institutionHead returns the person of a name run [from, to) (see institutionRun): the
// words before its first "of", "at" or "for" ("Mara Lind" of "Mara Lind of the Valdora
// Center for Coastal Studies"), or the whole run when it has none. An "of" right after a
// title or a role is the office's, part of the person's phrase ("Secretary of State Ana
// Ruiz", "Chief of Staff Ana Ruiz" of "… of the Harbor Office").
func (s *segmenter) institutionHead(from, to int) np {
	link := func(k int) bool { w := s.lowerWord(k); return w == "of" || w == "at" || w == "for" }
	for k := from + 1; k < to; k++ {
		if !link(k) || s.toks[k-1].flags&(ClassTitle|ClassRole) != 0 {
			continue
		}
		later := false
		for j := k + 2; j < to && !later && k == from+1; j++ {
			later = link(j)
		}
		if later && s.toks[k+1].cap {
			// One word, then "of" and a capitalized word, and the institution's link
			// later: an office no list knows ("Professor of History Mara Lind at the
			// University of Valdora").
			continue
		}
		return np{from: from, to: k}
	}
	return np{from: from, to: to}
}

// phraseFrom reports whether tokens [a, k) are one noun phrase that the phrase reader
// finds ending at k-1, in one clause, no pronoun: the source right after a quotation
// ("“…,” one dockworker, who …").
func (s *segmenter) phraseFrom(a, k int) bool {
	if k-1 < a || s.toks[k-1].inq {
		return false
	}
	n := s.npBefore(k-1, a)
	return n.ok() && n.from == a && n.to == k && s.toks[k-1].flags&ClassSubject == 0
}

// whoClauseEnd returns the token just past the relative clause that opens at token k
// ("who has opposed the pier"), before end: the clause runs to the next clause of the
// sentence or a quotation.
func (s *segmenter) whoClauseEnd(k, end int) int {
	c := s.toks[k].clause
	for k < end && s.toks[k].clause == c && !s.toks[k].inq {
		k++
	}
	return k
}

// objectCue reads quotation q, whose words begin at token first, as the object of the
// verb right before it, in its sentence: "A council report found “no evidence of …”",
// "Lind has pondered “whether the ferry …”". The verb is one of thinking or finding, or
// one that no list knows in -ed (see verbLike), optionally followed by "that" or "to"; its
// subject, found as for any cue, is the source. A verb that no list knows takes only a
// person for subject (see personSource) and no quotation capitalized as a title: "The
// storm destroyed “…”", "The bill banned “…”", "Lind watched “The Harbor at Night”" are
// no cue. It is the last rule for a long quotation that no cue reaches.
func (s *segmenter) objectCue(q *quote, first int) (cue, bool) {
	if s.lang.name != "english" || first <= 0 || first > len(s.toks) {
		return cue{}, false
	}
	open := q.openStart
	k := first - 1
	if s.toks[k].end > open || first < len(s.toks) && s.toks[k].sentence != s.toks[first].sentence {
		return cue{}, false
	}
	spaces := func(from, to int) bool { return strings.TrimSpace(s.text[from:to]) == "" }
	if !spaces(s.toks[k].end, open) {
		return cue{}, false
	}
	if w := s.lowerWord(k); (w == "that" || w == "to") && k > 0 && spaces(s.toks[k-1].end, s.toks[k].start) {
		k--
	}
	t, lo := s.toks[k], s.sentenceStartTok(k)
	if t.inq || t.cap || !s.verbLike(k) || s.participle(k) || t.flags&ClassVerb != 0 && !s.isReportingVerb(k, lo) {
		return cue{}, false // "her comment that “…”": a noun
	}
	src, passive := s.subjectOf(k, lo)
	if !src.ok() || passive || t.flags&(ClassVerb|ClassThink) == 0 && (!s.personSource(src) || s.titleWords(q)) {
		return cue{}, false
	}
	return cue{src: src, from: k, to: k + 1, verb: s.lowerWord(k)}, true
}

// personSource reports whether phrase n names a person: a subject pronoun other than
// "it", or a phrase whose head is a role, a title, a noun for a person (see personHead)
// or a name's word that names no organization ("Lind", not "the Harbor Office").
func (s *segmenter) personSource(n np) bool {
	if !n.ok() {
		return false
	}
	if n.to-n.from == 1 && s.toks[n.from].flags&ClassSubject != 0 {
		return s.personSubject(n.from)
	}
	head := n.to - 1
	if s.toks[head].flags&ClassOrg != 0 {
		return false
	}
	return s.personHead(head, n.from) || s.nameWord(head)
}

// askedCue reads a quotation whose words begin at token first as part of a question put
// to the subject of the sentence: "Asked whether Ruiz “has the votes to win,” most
// voters said yes". The sentence opens with "Asked" and a word that opens a question
// (whether, if, about, what, why, how, who, when), and no clause boundary, nor a name or
// a pronoun with a reporting verb ("Asked why he resigned Lind replied “…”"), stands
// between it and the quotation: the quoted words are the question's, so the cue is
// "asked", with no source (who asked is not said), not the answer's verb after them.
func (s *segmenter) askedCue(first int) (cue, bool) {
	if s.lang.name != "english" || first <= 1 || first >= len(s.toks) {
		return cue{}, false
	}
	k := s.sentenceStartTok(first)
	if k+1 >= first || s.lowerWord(k) != "asked" || !questionOpeners[s.lowerWord(k+1)] {
		return cue{}, false
	}
	if strings.Contains(s.text[s.toks[first-1].end:s.toks[first].start], ",") {
		// "Asked if he would run, “I do not know,” Varga said": a comma closes the
		// question, and the quotation is the answer, attributed as any other.
		return cue{}, false
	}
	for j := k + 1; j < first; j++ {
		if s.toks[j].clause != s.toks[k].clause || s.toks[j].inq {
			return cue{}, false
		}
		if j > k+2 && s.isReportingVerb(j, k) && (s.toks[j-1].cap || s.toks[j-1].flags&ClassSubject != 0) {
			// "Asked why he resigned Lind replied “…”": the answer's source and verb,
			// with no comma after the question.
			return cue{}, false
		}
	}
	return cue{from: k, to: k + 1, verb: "asked"}, true
}

// questionOpeners open the question after "Asked".
var questionOpeners = map[string]bool{"whether": true, "if": true, "about": true, "what": true, "why": true,
	"how": true, "who": true, "when": true}

// namingCues gives each quotation left without a cue, a speaker or an earlier quotation
// it repeats the verb that names it, when one stands right before it in its sentence: a
// name or a label quoted after "called", "dubbed", "known as", "who goes by" ("Ana Ruiz,
// who goes by “Nana,”", "the plan, known as “Harbor First,”"). Such a verb tells what the
// quotation is (a name someone gives); who gives it is most often unsaid, and then the
// quotation keeps its voice and has no speaker; PolNeAR annotates these verbs as the cue.
// The agent of a passive after the quotation ("was called “a liar” by Lena Varga", see
// namingAgent) is the one who names it: PolNeAR's source, and the quotation's speaker.
func (s *segmenter) namingCues() {
	if s.lang.name != "english" {
		return
	}
	for i := range s.quotes {
		q := &s.quotes[i]
		if q.Verb != "" || q.Speaker != "" || q.echo > 0 || q.block || q.End <= q.Start {
			continue
		}
		if from, to, ok := s.namingBefore(q); ok {
			if n := s.namingAgent(q); n.ok() {
				s.setCue(q, cue{src: n, from: from, to: to, verb: strings.ToLower(s.span(from, to))})
				s.classify(i)
				continue
			}
			q.Verb = strings.ToLower(s.span(from, to))
			q.CueStart, q.CueEnd = s.toks[from].start, s.toks[to-1].end
		}
	}
}

// passiveNaming reports whether a naming verb right before quotation q (see
// namingBefore) reads as a passive, whose agent "by" may name after the quotation (see
// namingAgent): after a form of be ("was called “…”"), set off by a comma or a dash
// ("The plan, dubbed “…”", "the pier — often labeled as “…”"), adverbs passed over, or a headline's past in title case ("Harbor Deal
// Dubbed “…”"). "A song called “…” by the band" is none: "by" there may open a byline.
func (s *segmenter) passiveNaming(q *quote) bool {
	if s.lang.name != "english" {
		return false
	}
	from, _, ok := s.namingBefore(q)
	if !ok {
		return false
	}
	if s.toks[from].cap {
		return true
	}
	j := from - 1
	for j >= 0 && !s.toks[j].inq && s.toks[j].sentence == s.toks[from].sentence && (s.adverb(j) || namingAdverbs[s.lowerWord(j)]) {
		j--
	}
	if j < 0 || s.toks[j].inq || s.toks[j].sentence != s.toks[from].sentence {
		return false
	}
	return isBe(s.lowerWord(j)) || strings.ContainsAny(s.text[s.toks[j].end:s.toks[j+1].start], ",—–")
}

// namingAgent returns the agent of a naming verb read as a passive before quotation q
// (see passiveNaming): the noun phrase after "by" right after the quotation, in its
// sentence ("was called “a liar” by Lena Varga", "The plan, dubbed “a giveaway” by
// critics, passed", "Harbor Deal Dubbed “A Giveaway” by Critics"), when its head can
// speak: a person's name (two words or more, or the last name of one the text names in
// full before), a noun for a person or for people ("critics", "locals", "the mayor"), or
// a body's ("the council", "the Halden Institute"). A time, a place, a measure or any
// other capitalized word is none ("by Friday", "by Christmas", "by Halden", "by all
// accounts", "by two votes"), nor is an object pronoun ("by him": left unread). A work
// named by its title keeps its voice, a title, whoever named it ("The novel, called
// “Harbor Lights” by its author", see namesWork): its agent is its author, not one who
// speaks the quotation.
func (s *segmenter) namingAgent(q *quote) np {
	a := s.tokAt(q.closeEnd)
	first := s.tokAt(q.start)
	if a+1 >= len(s.toks) || first >= len(s.toks) || s.toks[a].inq || s.lowerWord(a) != "by" ||
		s.toks[a].sentence != s.toks[first].sentence || strings.Trim(s.text[q.closeEnd:s.toks[a].start], " ,") != "" ||
		!s.passiveNaming(q) || s.namesWork(q) {
		return np{}
	}
	n := s.npAfter(a+1, s.sentenceEndTok(a))
	if !n.ok() || n.from != a+1 {
		return np{}
	}
	h := s.toks[n.to-1]
	w := s.lowerWord(n.to - 1)
	if h.inq || h.flags&(ClassTime|ClassMonth) != 0 || hasDigit(w) {
		return np{}
	}
	if h.flags&(ClassOrg|ClassRole|ClassTitle) != 0 || personNouns[w] || personNouns[singular(w)] || namingAgents[w] ||
		strings.HasSuffix(w, "men") && personNouns[strings.TrimSuffix(w, "men")+"man"] ||
		collectives[w] && !quantifiers[w] && !countedOff[w] && w != "none" && w != "each" && w != "testimony" {
		return n // "by critics", "by the mayor", "by the council", "by Critics" (a headline's)
	}
	if !h.cap {
		return np{}
	}
	if s.personName(n) {
		return n // "by Ana Ruiz", "by Halden Mayor Ana Ruiz"
	}
	if n.to-n.from == 1 && s.namedInFull(n.from) {
		return n // "by Ruiz" after "Ana Ruiz"
	}
	if n.to-n.from == 1 && pluralNoun(w) && peopleEnding(singular(w)) {
		return n // "by Democrats", "by Haldenians": the members of a party or a people
	}
	return np{}
}

// peopleEnding reports whether the singular of a capitalized plural, in lower case, ends as
// the word for a member of a party, a people or a movement does: -an ("Republican",
// "American"), -crat ("Democrat"), -ist ("Socialist"), -ive ("Conservative"). "Christmas"
// or "Halden standards" does not.
func peopleEnding(w string) bool {
	return endsIn(w, "an", "crat", "ist", "ive")
}

// namingAgents are plural nouns for people, not among personNouns, that name who gives a
// thing its name ("dubbed “…” by locals", "by its backers").
var namingAgents = map[string]bool{"locals": true, "backers": true, "opponents": true, "detractors": true,
	"proponents": true, "observers": true, "commentators": true, "analysts": true, "insiders": true,
	"skeptics": true, "sceptics": true, "admirers": true, "colleagues": true, "historians": true, "scholars": true,
	"officials": true}

// namedInFull reports whether the capitalized word k is the last word of a person's name
// written in full before it in the text: a known given name, a title or a role right
// before the same word ("Ana Ruiz … by Ruiz", "Mayor Ruiz … by Ruiz").
func (s *segmenter) namedInFull(k int) bool {
	w := s.word(k)
	for j := 1; j < k; j++ {
		s.work++
		if s.word(j) != w || !s.toks[j-1].cap && s.toks[j-1].flags&(ClassRole|ClassTitle) == 0 {
			continue
		}
		if IsGivenName(s.word(j-1)) || s.toks[j-1].flags&(ClassRole|ClassTitle) != 0 {
			return true
		}
	}
	return false
}

// namesWork reports whether quotation q, after a naming verb (see namingBefore), is the
// title of a work: capitalized as a title, after "titled" or "entitled", or after a
// noun for a work that the verb follows, a form of be and adverbs passed over ("The
// novel, called “Harbor Lights”", "The film was called “Harbor Lights”", "A song called
// “Harbor Lights”"). A title keeps its voice: "by" names its author, not one who speaks it.
func (s *segmenter) namesWork(q *quote) bool {
	from, _, ok := s.namingBefore(q)
	if !ok || !s.isTitle(q) && !s.titleWords(q) {
		return false
	}
	if v := s.lowerWord(from); v == "titled" || v == "entitled" {
		return true
	}
	j := from - 1
	for j >= 0 && !s.toks[j].inq && s.toks[j].sentence == s.toks[from].sentence &&
		(isBe(s.lowerWord(j)) || s.adverb(j) || namingAdverbs[s.lowerWord(j)]) {
		j--
	}
	if j < 0 || s.toks[j].inq || s.toks[j].sentence != s.toks[from].sentence {
		return false
	}
	w := s.lowerWord(j)
	return works[w] || works[singular(w)]
}

// works are nouns for works that bear a title and have an author ("the novel", "a song").
var works = map[string]bool{"film": true, "movie": true, "book": true, "novel": true, "song": true, "album": true,
	"show": true, "series": true, "program": true, "programme": true, "documentary": true, "report": true,
	"article": true, "column": true, "essay": true, "play": true, "opera": true, "podcast": true, "episode": true,
	"musical": true, "exhibition": true, "magazine": true, "newsletter": true, "blog": true, "poem": true,
	"painting": true, "study": true, "paper": true, "memoir": true, "track": true, "single": true}

// namingBefore returns the tokens [from, to) of the naming verb right before quotation q
// (see namingCues), with only spaces, or an object of at most two words that are pronouns
// or determiners ("called it a “…”"), between: a past of a naming verb (see
// namingPasts), or one before "as" (see namingAs: "known as"), or a form of "go" before
// "by". A capitalized word is none, but for a naming past in a headline in title case
// right before the quotation ("Harbor Deal Dubbed “…”").
func (s *segmenter) namingBefore(q *quote) (from, to int, ok bool) {
	first := s.tokAt(q.start)
	b := first - 1
	if b < 0 || first >= len(s.toks) || s.toks[b].end > q.openStart || s.toks[b].sentence != s.toks[first].sentence ||
		strings.TrimSpace(s.text[s.toks[b].end:q.openStart]) != "" {
		return 0, 0, false
	}
	plain := func(k int) bool {
		return k >= 0 && s.toks[k].clause == s.toks[b].clause && !s.toks[k].inq && !s.toks[k].cap
	}
	if s.toks[b].cap && !s.toks[b].inq && namingPasts[s.lowerWord(b)] && s.inTitleCase(b) {
		return b, b + 1, true // "Harbor Deal Dubbed “…”": a headline's past right before its quotation
	}
	k := b
	for k > b-2 && plain(k) && (s.toks[k].flags&(ClassDet|ClassSubject) != 0 || namingObjects[s.lowerWord(k)]) {
		k-- // "called it a “…”", "known as a “…”"
	}
	if !plain(k) {
		return 0, 0, false
	}
	if w := s.lowerWord(k); (w == "as" || w == "by") && plain(k-1) {
		if v := s.lowerWord(k - 1); w == "by" && goForms[v] || w == "as" && namingAs[v] {
			return k - 1, k + 1, true
		}
		return 0, 0, false
	}
	if namingPasts[s.lowerWord(k)] {
		return k, k + 1, true
	}
	return 0, 0, false
}

// namingPassive reports whether cue c, found before quotation q in its sentence, is a
// naming verb read as a passive, which gives the quotation no speaker but the agent after
// it (see namingAgent): a past set off after its noun by a comma or a dash, with adverbs
// between, and "as" and at most a determiner after it ("The quay, often labeled as a
// “…”", see namingBefore); a past right before the quotation set off by a comma or a
// dash, in a sentence that goes on after the quotation, either right after the cue's
// subject ("The plan, dubbed “…”, passed") or after a phrase with a verb between it and
// the subject ("Ruiz opposed the plan, dubbed “…” by its backers, in the council"), but
// not where the comma closes an aside after the subject ("what Bay Lund, the party's
// treasurer, called “…”"); or a headline's past in title case right before its
// quotation ("Harbor Deal Dubbed “…”"). The noun is what is named, not who names it.
// passiveNaming is the looser test on the quotation alone, for a naming verb that no
// cue with a source reaches (namingCues, bylineAfter).
func (s *segmenter) namingPassive(c cue, q *quote) bool {
	if s.lang.name != "english" || c.to-c.from != 1 || c.from == 0 || c.to >= len(s.toks) {
		return false
	}
	w := s.lowerWord(c.from)
	if !namingPasts[w] && !namingAs[w] {
		return false
	}
	first := s.tokAt(q.start)
	if s.toks[c.from].cap && namingPasts[w] && c.to == first && s.inTitleCase(c.from) &&
		strings.TrimSpace(s.text[s.toks[c.from].end:q.openStart]) == "" {
		return true // "Harbor Deal Dubbed “…”": a headline's past before its quotation is a passive
	}
	from, to, ok := s.namingBefore(q)
	if !ok || from != c.from || !(to == c.to+1 && s.lowerWord(c.to) == "as" || to == c.to) {
		return false
	}
	as := to > c.to
	for k := c.to; k < first; k++ {
		if s.toks[k].flags&ClassSubject != 0 || namingObjects[s.lowerWord(k)] {
			return false // "called it a “…”": an active verb with its object
		}
	}
	if k := s.tokAt(q.End); k < len(s.toks) && !s.toks[k].inq && s.toks[k].sentence == s.toks[first].sentence &&
		s.toks[k].flags&ClassDet != 0 {
		return false // "Ruiz, 54, described as “reckless” the decision …": active, its object moved after
	}
	j := c.from - 1
	for j > 0 && !s.toks[j].inq && (s.adverb(j) || namingAdverbs[s.lowerWord(j)]) {
		j--
	}
	if !as {
		// Without "as", the past reads as a participle after the noun it names only when
		// the sentence goes on after the quotation ("The plan, dubbed “…”, passed",
		// "Ruiz said the plan, dubbed “…”, would fail") and the comma does not close an
		// aside after the subject, with no verb between them ("what Bay Lund, the
		// party's treasurer, called “…”").
		k := s.tokAt(q.End)
		if !c.src.ok() || k >= len(s.toks) || s.toks[k].sentence != s.toks[first].sentence {
			return false
		}
		if c.src.to != j+1 && !slices.ContainsFunc(s.toks[c.src.to:j+1], func(t stoken) bool {
			return t.flags&(ClassVerb|ClassThink|ClassAux) != 0 && t.flags&ClassPrep == 0
		}) {
			return false
		}
	}
	return !s.toks[j].inq && strings.ContainsAny(s.text[s.toks[j].end:s.toks[j+1].start], ",—–")
}

// namingAdverbs are the English adverbs without -ly that may stand before a naming
// participle ("often labeled as").
var namingAdverbs = map[string]bool{"often": true, "also": true, "once": true, "sometimes": true, "long": true,
	"still": true, "now": true, "widely": true}

// namingPasts are the pasts of the English verbs that name what they quote: the
// nameGivingVerbs of lang_en.go, and those that no list of reporting verbs holds.
var namingPasts = pasts(nameGivingVerbs + " label:labelled nickname name title entitle bill christen")

// pasts returns the set of the past forms of a list of verbs written as for inflect.
func pasts(list string) map[string]bool {
	m := map[string]bool{}
	for _, e := range strings.Fields(list) {
		m[inflect(e)[2]] = true
	}
	return m
}

// namingAs are the English verbs that name a quotation with "as" after them ("known as").
var namingAs = map[string]bool{"known": true, "billed": true, "labeled": true, "labelled": true, "branded": true,
	"described": true}

// namingObjects are the English pronouns that may stand between a naming verb and its
// quotation ("called it “…”").
var namingObjects = map[string]bool{"it": true, "him": true, "her": true, "them": true, "me": true, "us": true,
	"this": true, "that": true}

// verbAfterFunctionWord reports whether the listed verb at token k (its sentence from
// lo) is a verb although the word before it would make it a noun (see isReportingVerb):
//   - a past after a relative "that" that follows a noun, with no noun after it: "a
//     placard that said, “…”", "a column that noted her “…”" ("that" is a determiner
//     before a noun: "that alleged plot", "said that noted critics …" are none), and
//     when that noun phrase cannot say it (see thatAntecedent), only with a colon or a
//     comma and a quotation after it (see openerFollows: "a line that said, “…”", but not
//     "drivers who had formed committees that said “…”", whose words would go to the
//     drivers);
//   - the base of a verb that is also a noun after an infinitive's "to", with "that", a
//     colon, or a comma and a quotation right after it (see openerFollows): "was quick
//     to counter that “…”", "to note:"; but not after "only" ("…, only to state that
//     …"), whose infinitive belongs to a verb further back, maybe in another clause;
//   - the base of such a verb after a modal or an auxiliary and adverbs, with the same
//     after it: "would only reply: “…”", "could only note that …" (not "did not
//     counter the motion", "do not answer to the board").
func (s *segmenter) verbAfterFunctionWord(k, lo int) bool {
	if s.lang.name != "english" || k <= lo || k+1 > len(s.toks) {
		return false
	}
	t, p := s.toks[k], s.toks[k-1]
	if t.cap || t.inq || p.inq || p.clause != t.clause {
		return false
	}
	w := s.lowerWord(k)
	base := s.lang.verbBase(w) == w
	switch s.lowerWord(k - 1) {
	case "that":
		n := k - 2
		if base || !s.participleForm(k) || n < lo || s.toks[n].inq || s.toks[n].clause != t.clause || !s.contentWord(n) ||
			s.toks[n].flags&(ClassVerb|ClassThink|ClassAux|ClassPrep|ClassDet) != 0 {
			return false
		}
		if a, _ := s.thatAntecedent(n, lo); !a.ok() && !s.openerFollows(k) {
			return false // "drivers who had formed committees that said “…”": no phrase that says it
		}
		return s.objectFollows(k)
	case "to":
		if k-2 >= lo && s.lowerWord(k-2) == "only" {
			// "…, only to state that …": the infinitive goes with the verb of an earlier
			// clause, whose subject this rule cannot find across a "when" or "after".
			return false
		}
		return base && t.flags&ClassWeak != 0 && s.openerFollows(k)
	}
	if !base || t.flags&ClassWeak == 0 {
		return false
	}
	j := k - 1
	for j > lo && !s.toks[j].inq && s.toks[j].clause == t.clause && (s.adverb(j) || plainAdverbs[s.lowerWord(j)]) {
		j--
	}
	return j < k-1 && !s.toks[j].inq && s.toks[j].clause == t.clause && s.toks[j].flags&ClassAux != 0 &&
		s.toks[j].flags&ClassPrep == 0 && !isBe(s.lowerWord(j)) && s.openerFollows(k)
}

// plainAdverbs are English adverbs without -ly that may stand between an auxiliary and its
// verb and that the auxiliaries' list does not hold ("would only reply").
var plainAdverbs = map[string]bool{"only": true, "never": true, "not": true, "ever": true, "merely": true}

// objectFollows reports whether what follows the verb at token k can be its object or
// content but not the noun a determiner's word would modify: nothing in its clause, a
// quotation, a comma or a colon, a determiner, "that", a preposition, a pronoun or a
// capitalized word.
func (s *segmenter) objectFollows(k int) bool {
	n := k + 1
	if n >= len(s.toks) || s.toks[n].inq || s.toks[n].clause != s.toks[k].clause ||
		strings.ContainsAny(s.text[s.toks[k].end:s.toks[n].start], ",:") {
		return true
	}
	u := s.toks[n]
	return u.cap || u.flags&(ClassDet|ClassThat|ClassPrep|ClassSubject|ClassWho) != 0 || namingObjects[s.lowerWord(n)]
}

// openerFollows reports whether "that", a colon, or a comma and a quotation follow token
// k right away ("to remark, “…”"). A quotation right after it may be its object
// instead ("freeing the council to claim ‘the whole square’", "can answer “maybe” too").
func (s *segmenter) openerFollows(k int) bool {
	n := k + 1
	if n >= len(s.toks) {
		return false
	}
	if between := s.text[s.toks[k].end:s.toks[n].start]; strings.Contains(between, ":") || s.toks[n].inq && strings.Contains(between, ",") {
		return true
	}
	return s.toks[n].clause == s.toks[k].clause && s.lowerWord(n) == "that"
}

// attributionEnd returns the last token of quotation q, or of its cue or source where
// they follow it in its paragraph ("“Not again!” shouted Ana Ruiz.", "“…!” he posted."):
// a quotation that ends with an exclamation mark ends a sentence of its own before them,
// and the paragraph the attribution closes ends with them. A question is left as it
// ends ("“Who pays?” asked Ana Ruiz."): the quotation that opens the next paragraph is
// most often the answer, someone else's, so the question's speaker does not go on.
func (s *segmenter) attributionEnd(q *quote) int {
	last := max(0, s.tokAt(q.closeEnd)-1)
	if strings.HasSuffix(strings.TrimRight(s.text[q.start:q.end], " \t\n"), "?") {
		return last
	}
	for _, e := range [...]int{q.CueEnd, q.speakerEnd} {
		if e > q.closeEnd && s.para(e-1) == s.para(q.closeEnd-1) {
			last = max(last, s.tokAt(e)-1)
		}
	}
	return last
}

// introColonVerb returns the cue of a sentence [lo, last] that ends with a colon and
// introduces the quotation of the next paragraph, when it has no verb that a list knows
// (see introCue): the verb of the clause of its subject, read as before a colon in the
// quotation's own sentence (see colonSource, colonVerb), when it presents words (see
// presentingVerbs: "Ana Ruiz then listed the skills a tram driver needs:", "She went
// on:"), or with its object when that is a noun of saying, after a verb that gives out
// words or presents them (see colonObject, givingVerbs: "Ana Ruiz issued a short
// statement:", "outlined the three steps:"). Any other verb
// ("She found this note on her door:", "burned the letter:"), a subject that received
// the words (see recipientColon), or none gives none.
func (s *segmenter) introColonVerb(lo, last int) (cue, bool) {
	if s.lang.name != "english" || lo > last {
		return cue{}, false
	}
	n, _ := s.colonSource(lo, last+1)
	if !n.ok() || s.recipientColon(n, last+1) {
		return cue{}, false
	}
	from, to, ok := s.colonVerb(n, last+1)
	if !ok {
		return cue{}, false
	}
	verb := strings.ToLower(s.span(from, to))
	if obj := s.colonObject(to, last+1); obj > to {
		if !givingVerbs[verb] && !givingPhrases[verb] && !presentingVerbs[verb] {
			return cue{}, false // "burned the letter:", "read out the letter:": not the subject's words
		}
		to = obj // "Ruiz issued a short statement:", "listed the three steps:"
	} else if !presentingVerbs[verb] && !presentingPhrases[verb] {
		return cue{}, false // "She found this note on her door:" is no saying of hers
	}
	return cue{src: n, from: from, to: to, verb: strings.ToLower(s.span(from, to))}, true
}

// givingVerbs are the English verbs, in their forms, that give out words of their
// subject's ("issued a statement:", "posted a note:", "offered one piece of advice:"):
// with a noun of saying for object before a paragraph-ending colon they introduce the
// subject's words in the next paragraph. Other verbs with such an object do not: the
// subject found, handled or passed on words that need not be its own ("found a note:",
// "burned the letter:", "forwarded the memo:", "read out the letter:").
var givingVerbs = wordSet("issue issues issued issuing release releases released releasing " +
	"publish publishes published publishing post posts posted posting send sends sent sending " +
	"add adds added adding offer offers offered offering write writes wrote writing " +
	"sign signs signed signing deliver delivers delivered delivering give gives gave giving " +
	"share shares shared sharing tweet tweets tweeted tweeting email emails emailed emailing " +
	"pen pens penned penning draft drafts drafted drafting")

// givingPhrases are the English phrasal verbs, in their forms, that give out words of
// their subject's (see givingVerbs).
var givingPhrases = map[string]bool{"put out": true, "puts out": true, "putting out": true,
	"send out": true, "sends out": true, "sent out": true, "give out": true, "gives out": true, "gave out": true,
	"hand out": true, "hands out": true, "handed out": true}

// presentingVerbs are the English verbs, in their forms, that present
// words of their subject's that follow ("listed the steps:", "went on:", "summed up:"):
// a colon that ends their paragraph introduces the subject's words in the next.
var presentingVerbs = wordSet("list lists listed listing explain explains explained explaining " +
	"continue continues continued continuing write writes wrote writing add adds added adding " +
	"reply replies replied replying respond responds responded responding answer answers answered answering " +
	"outline outlines outlined outlining detail details detailed detailing summarize summarizes summarized summarizing " +
	"recount recounts recounted recounting elaborate elaborates elaborated elaborating " +
	"conclude concludes concluded concluding recall recalls recalled recalling describe describes described describing")

// presentingPhrases are the English phrasal verbs, in their forms, that present words
// of their subject's that follow (see presentingVerbs).
var presentingPhrases = map[string]bool{"go on": true, "goes on": true, "went on": true, "going on": true,
	"carry on": true, "carries on": true, "carried on": true, "sum up": true, "sums up": true, "summed up": true,
	"spell out": true, "spells out": true, "spelled out": true, "lay out": true, "lays out": true, "laid out": true,
	"set out": true, "sets out": true, "read out": true, "reads out": true}

// functionWordSubject returns the subject of a verb read as one after a word that would
// make it a noun (see verbAfterFunctionWord), where it is not the sentence's: for a past
// after a relative "that", the noun phrase that "that" follows ("a placard that said, “…”"
// is the placard's, "a memo that declared …" the memo's); for a base after an infinitive's
// "to" and another verb's object, the object after a verb of causing (see controlVerbs:
// "the delay moved one commuter to remark, “…”"), the subject of the verb after a
// request or before an infinitive of purpose (see requestVerbs, callForms, purposeVerbs:
// "Ruiz invited the board to counter that …", "Ruiz called on the riders to note that
// …", "Ruiz used the address to vow that …"), and none after any other verb ("hired a
// clerk to remark, “…”"); "was quick to counter", "went on to claim" are left to
// verbSubject. none is true when a relative "that" has no antecedent that can carry
// words (see thatAntecedent), or the verb before an infinitive's object is in no list:
// the verb then has no source.
func (s *segmenter) functionWordSubject(k, lo int) (n np, none bool) {
	if k-2 < lo || !s.verbAfterFunctionWord(k, lo) {
		return np{}, false
	}
	switch s.lowerWord(k - 1) {
	case "that":
		return s.thatAntecedent(k-2, lo)
	case "to":
		n := s.npBefore(k-2, lo)
		if !n.ok() || n.to != k-1 {
			return np{}, false
		}
		for j := n.to - 2; j >= n.from; j-- {
			if w := s.lowerWord(j); !s.toks[j].cap && (controlVerbs[w] || requestVerbs[w] || purposeVerbs[w]) {
				n.from = j + 1 // "The outage forced one driver", read as one phrase: the verb and its object
				break
			}
		}
		if n.from-1 < lo {
			return np{}, false
		}
		v := n.from - 1
		w := s.lowerWord(v)
		if t := s.toks[v]; t.inq || t.cap || t.clause != s.toks[k].clause || t.flags&ClassAux != 0 || isBe(w) {
			return np{}, false // "was quick to counter": no object before "to"
		}
		if controlVerbs[w] {
			return n, false // "the fare rise moved a clerk to remark, “…”": the clerk
		}
		if (w == "on" || w == "upon") && v-1 >= lo && callForms[s.lowerWord(v-1)] && !s.toks[v-1].cap {
			v, w = v-1, "call" // "called on the riders to note that …"
		}
		if w == "call" || requestVerbs[w] || purposeVerbs[w] {
			// A request, or an infinitive of purpose ("used the address to vow that …"):
			// the subject of the verb before the object.
			if m, _ := s.subjectOf(v, lo); m.ok() {
				return m, false
			}
		}
		return np{}, true // "hired a clerk to remark": whose words they are is not told
	}
	return np{}, false
}

// thatAntecedent returns the noun phrase that ends at token j, before a relative "that" in
// [lo, j], as the source of the verb after "that" (see functionWordSubject): a participle
// that opens it is left out with its particle ("waving banners that said" and "holding
// up placards that said" are the banners' and the placards'), and so is a
// "that" after a verb, a conjunction that opens a clause, not a determiner ("reported
// that most riders that wrote …"); a phrase with a verb inside it gives none and none =
// true, so that the verb is not given the sentence's subject. The head
// must be able to carry words (see wordHead); when it cannot, the phrase it closes is
// passed over back to the head of the phrases of place and the participle before it ("a
// whiteboard left on a bench by the fountain that said …" is the whiteboard's), and none is found
// there, none = true: no source rather than a wrong one. A document that the sentence's
// subject issued, read or wrote in ("Ruiz put out a letter that said …", "wrote in a
// letter that urged …") gives that subject instead: its words are that subject's,
// as for a participle after such a document.
func (s *segmenter) thatAntecedent(j, lo int) (n np, none bool) {
	verbish := func(k int) bool {
		w := s.lowerWord(k)
		return !s.toks[k].cap && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") ||
			s.toks[k].flags&(ClassVerb|ClassThink|ClassPast) != 0)
	}
	n = s.npBefore(j, lo)
	if !n.ok() || n.to != j+1 {
		return np{}, false
	}
	for n.from < n.to-1 && (verbish(n.from) || n.from > lo && verbish(n.from-1) && phrasalParticles[s.lowerWord(n.from)]) {
		n.from++ // "waving banners", "holding up placards": the participle and its particle
	}
	if n.from < n.to-1 && s.toks[n.from].flags&ClassThat != 0 && n.from > lo && s.verbLike(n.from-1) {
		n.from++ // "reported that most riders that wrote": the conjunction after a verb
	}
	for k := n.from; k < n.to-1; k++ {
		if verbish(k) && s.toks[k].flags&ClassDet == 0 {
			return np{}, true // "drivers who had formed committees that said": no source rather than a wrong one
		}
	}
	// Back over phrases of place, and a participle, to the head they follow ("a whiteboard
	// left on a bench by the fountain").
	clause := s.toks[j].clause
	plain := func(k int) bool { return k >= lo && !s.toks[k].inq && s.toks[k].clause == clause }
	for step := 0; !s.wordHead(n.to - 1); step++ {
		b := n.from - 1
		if step == 4 || !plain(b) || s.toks[b].flags&ClassPrep == 0 {
			return np{}, true
		}
		b--
		part := false
		for plain(b) && !s.toks[b].cap && verbish(b) && s.toks[b].flags&(ClassAux|ClassDet|ClassPrep) == 0 {
			b, part = b-1, true
		}
		e := b
		for plain(b) && !verbish(b) && s.toks[b].flags&(ClassPrep|ClassThat|ClassWho|ClassConj|ClassAux|ClassSubject) == 0 {
			b--
		}
		if e == b || part && !s.wordHead(e) {
			return np{}, true // "a bucket left by the fountain that said": no head that bears words
		}
		n = np{from: b + 1, to: e + 1}
	}
	if w := s.lowerWord(n.to - 1); (mediumNoun(w) || colonNouns[w] || docNouns[w]) && n.from > lo {
		if b := s.lowerWord(n.from - 1); issuingVerbs[b] || receivingVerbs[b] || b == "in" || b == "issue" || b == "issues" {
			for v := n.from - 1; v >= lo && !s.toks[v].inq; v-- {
				if w := s.lowerWord(v); !s.toks[v].cap && (issuingVerbs[w] || receivingVerbs[w] || s.verbLike(v)) {
					m, _ := s.subjectOf(v, lo)
					return m, false
				}
			}
			return np{}, false
		}
	}
	return n, false
}

// phrasalParticles are the particles of a phrasal verb that may stand between a
// participle and its object ("holding up placards", "handing out leaflets").
var phrasalParticles = map[string]bool{"up": true, "out": true, "down": true, "off": true, "aloft": true, "around": true, "about": true}

// wordHead reports whether token k, the head of a phrase before a relative "that", can
// say or carry words: a name, a role, a title, an organization, a person, a group, or a
// thing that bears words (see carrierNoun). A plural that is none of these ("the
// killings") cannot.
func (s *segmenter) wordHead(k int) bool {
	t, w := s.toks[k], s.lowerWord(k)
	return t.cap || t.flags&(ClassRole|ClassTitle|ClassOrg) != 0 || roleLike(w) || personNouns[w] || personNouns[singular(w)] ||
		collectives[w] || evidenceNouns[w] || carrierNoun(w)
}

// carrierNoun reports whether the lower-case word w names a thing that bears or carries
// words, singular or plural: a sign, a garment, a board, a document, a medium, a
// message.
func carrierNoun(w string) bool {
	for _, v := range [...]string{w, singular(w)} {
		if signNouns[v] || docNouns[v] || colonNouns[v] || mediumNoun(v) || carrierNouns[v] {
			return true
		}
	}
	return false
}

// bearsWords reports whether a speaker's phrase is an object that displays words, a sign,
// a banner, a placard or a blackboard, or the words it displays, a slogan or a message
// (see signObjects), and no name: its last word in lower case ("signs", "a chalkboard").
// Such a thing says nothing aloud, so a pronoun for a person or a group (he, she, they)
// before a verb of speech does not stand for it (see antecedentOf). Media and documents
// may ("The headlines … they called it", "Tax records … they show"), and so may clothes,
// which name by their color the people who wear them ("the green shirts say …"), and a
// board, which may be one of people.
func bearsWords(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	w := name[i+1:]
	if w == "" || w != strings.ToLower(w) {
		return false
	}
	return signObjects[w] || signObjects[singular(w)]
}

// signObjects are the English objects that display words, and the words they display,
// which say nothing aloud.
var signObjects = wordSet("sign banner placard poster billboard sticker plaque inscription graffiti " +
	"blackboard whiteboard chalkboard noticeboard signboard flag mural wall label " +
	"slogan caption card note message text")

// carrierNouns are the English things that bear words which signNouns, docNouns,
// colonNouns and the media do not hold.
var carrierNouns = wordSet("board blackboard whiteboard chalkboard billboard sweater jacket shirt shirts " +
	"certificate communiqué communique piece article book page screen display flag mural wall leaflet flyer " +
	"pamphlet brochure notice sticker sweatshirt headline label plate tablet")

// controlVerbs are the forms of the English verbs of causing, whose object is the subject
// of the infinitive after it and then does what it says ("caused a rider to remark",
// "got the clerk to note that", "forced one driver to counter that"), as Quirk et al.
// (1985) describe object control: the object speaks.
var controlVerbs = wordSet("prompt prompts prompted prompting lead leads led leading " +
	"force forces forced forcing cause causes caused causing inspire inspires inspired inspiring " +
	"compel compels compelled compelling spur spurs spurred spurring provoke provokes provoked provoking " +
	"persuade persuades persuaded persuading convince convinces convinced convincing drive drives drove driving " +
	"encourage encourages encouraged encouraging get gets got gotten getting push pushes pushed pushing " +
	"move moves moved moving")

// requestVerbs are the forms of the English verbs of asking, telling and permitting
// ("urged the council to note that", "invited the board to counter that", "allowed the
// clerk to say"). What the one asked or let is to say is what the asker wants said, not
// yet anything the one asked has said: the words are the asker's, so the source is the
// asker. The list is closed; after a verb in neither list nor purposeVerbs ("hired a
// clerk to remark") the words have no source.
var requestVerbs = wordSet("ask asks asked asking tell tells told telling urge urges urged urging " +
	"invite invites invited inviting allow allows allowed allowing expect expects expected expecting " +
	"beg begs begged begging press presses pressed pressing implore implores implored imploring " +
	"request requests requested requesting instruct instructs instructed instructing " +
	"order orders ordered ordering direct directs directed directing")

// purposeVerbs are the forms of the English verbs whose object is followed by an
// infinitive of purpose, done by their subject ("used the address to vow that …").
var purposeVerbs = wordSet("use uses used using")

// callForms are the forms of "call" that with "on" or "upon" ask the object to do what the
// infinitive after it says ("called on the riders to note that …").
var callForms = wordSet("call calls called calling")

// infinitiveCueEnd returns where the content at token m of the cue verb at token k ends
// before end, when the cue is a base after an infinitive's "to" ("used the address to vow
// that …") and a comma, "and" or "but", maybe an adverb, and the past of a verb of saying
// with "that" or a clause after it follow ("…, and argued that …"): a past is no
// infinitive, so it is not joined to the cue but to the verb of the sentence, and attributes
// its own content. It returns end otherwise.
func (s *segmenter) infinitiveCueEnd(k, m, end, hi int) int {
	if s.lang.name != "english" || k < 1 || s.lowerWord(k-1) != "to" || s.lang.verbBase(s.lowerWord(k)) != s.lowerWord(k) {
		return end
	}
	for a := m + 1; a+1 < end; a++ {
		if w := s.lowerWord(a); w != "and" && w != "but" || s.toks[a].inq || !s.commaBefore(a) {
			continue
		}
		j := a + 1
		if j+1 < end && s.adverb(j) {
			j++
		}
		t, w := s.toks[j], s.lowerWord(j)
		if t.inq || t.cap || t.flags&(ClassVerb|ClassThink) == 0 || s.lang.verbBase(w) == w || s.participle(j) ||
			t.flags&ClassPast == 0 && !strings.HasSuffix(w, "ed") {
			continue
		}
		if c, ok := s.complement(j, s.particleEnd(j, hi), hi); ok && c < hi && (s.toks[c-1].flags&ClassThat != 0 || s.clauseAhead(c, hi)) {
			return a
		}
	}
	return end
}
