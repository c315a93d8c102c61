package voices

import "strings"

// subjectBefore returns the subject of the verb at token k, in tokens [lo, k): a pronoun, a
// name, or a noun phrase, without the words that are not part of it ("He later said" is
// "He"; "Soloria’s foreign ministry on Thursday said" is "Soloria’s foreign ministry"; "Wang
// Xianju, deputy director of the Center, told" is "Wang Xianju"). It returns "" when the
// verb has no subject of its own there, or when what stands before it is not a speaker.
func (s *segmenter) subjectBefore(k, lo int) string {
	j := k - 1
	s.passive = false
	// Auxiliaries, adverbs, an intensifying pronoun and a trailing time phrase.
	for j >= lo {
		t := s.toks[j]
		if t.flags&(ClassAux|ClassReflexive) != 0 && !t.cap || s.isAdverb(j) {
			if isBe(s.word(j)) {
				// "It must be stressed that", "Reporters were told": a passive verb's
				// subject is not its speaker.
				s.passive = true
				return ""
			}
			j--
			continue
		}
		if j-2 >= lo && strings.EqualFold(s.word(j), "to") && strings.EqualFold(s.word(j-1), "on") && s.toks[j-2].flags&ClassAux != 0 {
			j -= 3 // "went on to say"
			continue
		}
		if t.flags&ClassTime != 0 {
			j--
			for j >= lo && s.toks[j].flags&(ClassPrep|ClassDet|ClassAux) != 0 {
				j-- // "on Monday", "this week", "late Friday"
			}
			for j >= lo && (strings.EqualFold(s.word(j), "late") || strings.EqualFold(s.word(j), "early") || strings.EqualFold(s.word(j), "last")) {
				j--
			}
			continue
		}
		break
	}
	if j < lo || s.toks[j].inq {
		return ""
	}
	t := s.toks[j]
	if t.flags&ClassSubject != 0 {
		return s.phrase(j, j+1)
	}
	if t.flags&ClassWho != 0 && j > lo && strings.EqualFold(s.word(j), "who") {
		// "Sen. Amy Klobuchar, who tweeted that …": the person the clause is about.
		if name := s.nameEndingAt(j-1, lo); name != "" {
			return name
		}
		return ""
	}
	if t.flags&(ClassThat|ClassWho|ClassConj|ClassPrep|ClassVerb) != 0 {
		return ""
	}
	// The noun phrase: back to the start of its clause.
	c := t.clause
	from := j
	for from > lo && s.toks[from-1].clause == c && j-from < 30 {
		p := s.toks[from-1]
		if p.flags&(ClassVerb|ClassThat|ClassWho|ClassConj|ClassAux|ClassSubject) != 0 || p.inq {
			break
		}
		if p.flags&ClassPrep != 0 && !(from-1 > lo && s.toks[from-2].clause == c && s.nounLike(from-2)) {
			break // a preposition joins two nouns ("a spokesman for the ministry") or opens an adverbial
		}
		from--
	}
	// An appositive: "Name, description, said" is the name before the commas, over up to
	// three clauses ("Elizabeth Lauten, the director for Rep. Stephen Fincher (R-Tenn.),
	// wrote"; "Jane Doe, 31, who works for the senator, said").
	if from > lo && s.toks[from-1].clause != c && !s.personName(from, j+1) {
		end := from - 1
		for n := 0; n < 3 && end >= lo && j-end < 30; n++ {
			if name := s.nameBefore(end, lo); name != "" {
				return name
			}
			st := end
			for st > lo && s.toks[st-1].clause == s.toks[end].clause {
				st--
			}
			if s.hasFlag(st, end+1, ClassVerb|ClassThat) {
				break
			}
			end = st - 1
		}
	}
	if j+1-from > maxSpeakerWords {
		// A long phrase is no plain subject: its last name ("… of Renmin University")
		// or nothing.
		for k := from; k <= j; k++ {
			if end, m := s.nameRun(k, j+1); m.name != "" && end == j+1 && s.toks[k].cap {
				if s.validSpeaker(k, end) {
					return s.phrase(k, end)
				}
				break
			}
		}
		return ""
	}
	if !s.validSpeaker(from, j+1) {
		return ""
	}
	return s.phrase(from, j+1)
}

// isBe reports whether w is a form of English "be".
func isBe(w string) bool {
	switch strings.ToLower(w) {
	case "be", "is", "was", "were", "are", "been", "being":
		return true
	}
	return false
}

// isAdverb reports whether token k is a lower-case adverb in -ly ("later", "also" are
// auxiliaries' flags).
func (s *segmenter) isAdverb(k int) bool {
	t := s.toks[k]
	w := s.word(k)
	return !t.cap && len(w) > 3 && strings.HasSuffix(w, "ly") && s.lang.name == "english"
}

// nounLike reports whether token k can end a noun phrase: a capitalized word, a role, an
// organization word, or a lower-case word that is no function word.
func (s *segmenter) nounLike(k int) bool {
	t := s.toks[k]
	return t.flags&(ClassVerb|ClassThat|ClassWho|ClassConj|ClassAux|ClassPrep|ClassDet|ClassNeg) == 0
}

// validSpeaker reports whether tokens [from, to) can name a speaker: no words inside a
// quotation, no verb or auxiliary, and neither a preposition, a negation nor a participle
// at its start or a function word at its end ("in a document put out", "not taking a
// stance", "making a false", "Dianne Feinstein of" are fragments, not speakers).
func (s *segmenter) validSpeaker(from, to int) bool {
	if from >= to || to-from > maxSpeakerWords {
		return false
	}
	for k := from; k < to; k++ {
		t := s.toks[k]
		if t.inq || t.flags&(ClassAux|ClassThat|ClassWho|ClassNeg) != 0 && !t.cap || t.flags&ClassVerb != 0 && t.flags&ClassRole == 0 && !t.cap {
			return false
		}
	}
	first, last := s.toks[from], s.toks[to-1]
	if first.flags&(ClassPrep|ClassConj) != 0 || last.flags&(ClassPrep|ClassDet|ClassConj) != 0 {
		return false
	}
	if w := s.word(from); !first.cap && first.flags&(ClassDet|ClassSubject) == 0 && s.lang.name == "english" &&
		(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		return false
	}
	return true
}

// sentenceSubject returns the subject of the sentence that tokens [lo, k) open: the speaker
// of a participle or a coordinated verb ("The president responded on Twitter, calling it
// “…”", "He did not comment, but did say that …"). A leading adverbial ("On Friday,", "In
// a statement,") is passed over.
func (s *segmenter) sentenceSubject(lo, k int) string {
	if from, to, ok := s.subjectSpan(lo, k); ok {
		return s.phrase(from, to)
	}
	return ""
}

// subjectSpan returns the tokens of the subject of the sentence that tokens [lo, k) open.
func (s *segmenter) subjectSpan(lo, k int) (from, to int, ok bool) {
	i := lo
	for i < k && (s.toks[i].inq || s.toks[i].flags&ClassConj != 0) {
		i++
	}
	if i < k && (s.toks[i].flags&(ClassPrep|ClassTime) != 0 || s.isAdverb(i)) {
		c, start := s.toks[i].clause, i
		for i < k && s.toks[i].clause == c {
			i++
		}
		if i >= k {
			// No comma after the adverbial ("In Wednesday's speech the senator took …"):
			// the subject starts at the first determiner or pronoun after a noun.
			for i = start + 2; i < k && s.toks[i].clause == c; i++ {
				if s.toks[i].flags&(ClassDet|ClassSubject) != 0 && s.nounLike(i-1) {
					break
				}
			}
		}
	}
	if i >= k || s.toks[i].inq {
		return 0, 0, false
	}
	t := s.toks[i]
	if t.flags&ClassSubject != 0 {
		return i, i + 1, true
	}
	if end, m := s.nameRun(i, k); m.name != "" {
		return i, end, true
	}
	if t.flags&ClassDet == 0 {
		return 0, 0, false
	}
	// The + nouns, up to the first word that is not part of a noun phrase.
	end := i + 1
	for end < k && end-i < 6 && s.toks[end].clause == t.clause && s.nounLike(end) && s.toks[end].flags&ClassReflexive == 0 {
		end++
		if s.toks[end-1].flags&(ClassRole|ClassOrg) != 0 {
			break // the head noun: "the Texas governor", "the agency"
		}
	}
	if end == i+1 || !s.validSpeaker(i, end) {
		return 0, 0, false
	}
	return i, end, true
}

// objectAfter returns the noun phrase that starts at token k (before hi): "said Mira
// Delacroix, an analyst" is "Mira Delacroix".
func (s *segmenter) objectAfter(k, hi int) string {
	if k >= hi || k >= len(s.toks) {
		return ""
	}
	c := s.toks[k].clause
	end := k
	for end < hi && end < len(s.toks) && s.toks[end].clause == c && end-k < maxSpeakerWords {
		f := s.toks[end].flags
		if end > k && (f&(ClassVerb|ClassThat|ClassWho|ClassAux|ClassTime) != 0 && !s.toks[end].cap || f&ClassConj != 0 && !s.toks[end].cap) {
			break
		}
		if end > k && f&ClassPrep != 0 && !(end+1 < hi && (s.toks[end+1].cap || s.toks[end+1].flags&ClassDet != 0)) {
			break // "said Smith on Monday", but "a spokesman for the ministry"
		}
		end++
	}
	for end > k && s.toks[end-1].flags&(ClassPrep|ClassDet|ClassConj) != 0 {
		end--
	}
	if !s.validSpeaker(k, end) {
		return ""
	}
	return s.phrase(k, end)
}

// maxSpeakerWords bounds a speaker phrase ("a spokesperson for the Ministry of National
// Defense" has eight words).
const maxSpeakerWords = 8

// phrase returns the text of tokens [from, to) (periods of titles kept, runs of spaces made
// one), leading conjunctions left out. The phrases it builds are speakers: it records where the last one starts (spPos),
// for resolving a pronoun from where it stands.
func (s *segmenter) phrase(from, to int) string {
	for from < to && s.toks[from].flags&ClassConj != 0 {
		from++
	}
	if from >= to {
		return ""
	}
	s.spPos, s.spEnd = s.toks[from].start, s.toks[to-1].end
	return s.span(from, to)
}
