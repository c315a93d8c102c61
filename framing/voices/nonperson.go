// Subjects and names that a pronoun for a person does not stand for, and owners that are
// not a cue's source: a capitalized common word opening its sentence ("Men carried …"
// where "the men" stands elsewhere; "Raised near Halden, …" where "Raised" is written
// capitalized nowhere inside a sentence and a preposition follows it), a capitalized
// plural opening it ("Crowds gathered …"), a name ending in a word the text writes in
// lower case ("the Halden Harbor Festival") or written after an article or "in", "at"
// or "near" ("the Halden Zone", "at Kessler Landing"), "you" (the reader or the one
// addressed), and a possessive owning a plural subject of the cue verb ("his cousins
// talk"). Each gives no speaker rather than a wrong one: resolution in resolve.go asks
// these before taking a name.

package voices

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// possessiveDeterminers are the English possessive determiners, which stand before their
// noun ("his aides", "their hopes").
var possessiveDeterminers = map[string]bool{"his": true, "her": true, "their": true, "its": true, "my": true,
	"our": true, "your": true}

// ownerSource reports whether the source phrase from start to end, before its cue at
// cueStart, owns a plural noun that stands between it and a cue verb, so that the noun is
// the verb's subject and the owner is not the source ("his relatives talk", "the
// council's members argued": the relatives talk, the members argue). The span then has no
// speaker rather than a wrong one. The owner of a nominal cue is its source and stays
// ("his comments that …", "the mayor's past remarks", "the leaders' hopes that …"), as
// does a source after its cue ("according to …") and a pronoun's contraction ("she's
// said").
func (s *segmenter) ownerSource(start, end, cueStart int) bool {
	if s.lang.name != "english" || end <= start || end > len(s.text) || cueStart <= end || cueStart > len(s.text) {
		return false
	}
	src, between := s.text[start:end], s.text[end:cueStart]
	last := lastWord(src)
	switch {
	case possessiveDeterminers[strings.ToLower(src)]:
	case strings.HasPrefix(between, "'s ") || strings.HasPrefix(between, "’s "):
		if isPronounSpeaker(last) || strings.EqualFold(last, "that") || strings.EqualFold(last, "who") {
			return false // "he's said", "it's": a contraction
		}
		between = between[strings.IndexByte(between, ' '):]
	case (strings.HasPrefix(between, "' ") || strings.HasPrefix(between, "’ ")) && strings.HasSuffix(strings.ToLower(src), "s"):
		between = between[strings.IndexByte(between, ' '):]
	default:
		return false
	}
	words := strings.Fields(between)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !startsLetter(w) || strings.ContainsAny(w, ",;:()“”\"") {
			return false // a word of the phrase, not a clause or a quotation
		}
	}
	return pluralNoun(strings.ToLower(words[len(words)-1]))
}

// startsLetter reports whether t opens with a letter.
func startsLetter(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r)
}

// commonWords returns the words that stand in lower case in the narrative or the
// quotations of the text, and the capitalized words that stand inside a sentence (not at
// its start, nor in a sentence in title case or a heading in capitals), each as written:
// a key that begins with a capital is one of the second kind, any other one of the first.
// It is built once a text, at its first call (see lowerElsewhere), and kept on the
// segmenter until the next text.
func (s *segmenter) commonWords() map[string]bool {
	if s.common == nil {
		s.common = map[string]bool{}
		for k := range s.toks {
			s.work++
			t := &s.toks[k]
			switch {
			case !t.cap:
				s.common[s.word(k)] = true
			case k > 0 && s.toks[k-1].sentence == t.sentence && !t.heading && !s.inTitleCase(k):
				s.common[s.word(k)] = true
			}
		}
	}
	return s.common
}

// lowerElsewhere reports whether token k, one capitalized word opening its sentence, is
// a common word capitalized by its place, not a name, as the text shows: written in lower
// case elsewhere in the text ("Men carried …" where "the men" stands further on), or
// never written capitalized but at a sentence's start, no known given name nor a title,
// role or word of an organization's name ("President on …" is someone), and followed
// in its clause by a word that a name opening a sentence is not (see wordAfterOpening:
// "Raised near Halden, …", "Inside the hall …", "Certain that …") and by no reporting
// verb (see reportingVerbAfter: "Okafor on Monday said …"), where a name that a pronoun
// may stand for is written inside a sentence too ("Mr. Okonkwo", "said Okonkwo") or has
// its verb, "of" or an apposition next ("Okonkwo waited", "Okonkwo of the harbor board").
// The last name of a person named before it is a name ("Young said" after "Leslie
// Young").
func (s *segmenter) lowerElsewhere(k int) bool {
	if s.lang.name != "english" || !s.toks[k].cap || !s.sentenceInitialWord(k, k+1) {
		return false
	}
	w := s.word(k)
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) || !unicode.IsUpper(r) || strings.IndexFunc(w[n:], unicode.IsUpper) >= 0 {
		return false // "I", an acronym or "McCain": not a capitalized common word
	}
	if s.knownPerson(w, s.toks[k].start) {
		return false // "Young said …" after "Leslie Young": a surname that is also a word
	}
	common := s.commonWords()
	if common[string(unicode.ToLower(r))+w[n:]] {
		return true
	}
	return !common[w] && !IsGivenName(w) && s.toks[k].flags&(ClassTitle|ClassRole|ClassOrg) == 0 && s.wordAfterOpening(k+1) &&
		!s.reportingVerbAfter(k+1)
}

// reportingVerbAfter reports whether token j, a preposition, opens a phrase that a
// reporting or thinking verb ends within eight tokens in its clause, with no second
// determiner or a subject pronoun before it that would open its own subject ("Okafor on
// Monday said …", "Varga in a post argued …"; not "Inside the hall the crew sang" nor
// "Odd to say, …"): the word before j is the verb's subject, not a word capitalized by
// its place.
func (s *segmenter) reportingVerbAfter(j int) bool {
	if j >= len(s.toks) || s.toks[j].flags&ClassPrep == 0 || s.lowerWord(j) == "to" {
		return false // "Needless to say, …": an infinitive's "to"
	}
	dets := 0
	for k := j + 1; k < len(s.toks) && k < j+8 && !s.toks[k].inq && s.toks[k].clause == s.toks[j].clause; k++ {
		t := s.toks[k]
		if t.flags&ClassSubject != 0 {
			return false
		}
		if t.flags&ClassDet != 0 {
			if dets++; dets > 1 {
				return false
			}
		}
		if !t.cap && t.flags&(ClassVerb|ClassThink) != 0 && t.flags&(ClassWeak|ClassPrep) == 0 {
			return true
		}
	}
	return false
}

// wordAfterOpening reports whether token j, right after a word opening its sentence, is a
// word in lower case in the same clause that a name opening a sentence has not next: a
// preposition other than "of" ("Raised near …"; "Okonkwo of the board" is a name's), a
// determiner ("Inside the hall …"), a subject pronoun ("Unless she …"), a complementizer
// or a relative pronoun ("Certain that …", "Legislation that …"). An adverb ("Varga then
// asked"), "and" or "or" ("Varga and her brother") may follow a name.
func (s *segmenter) wordAfterOpening(j int) bool {
	if j <= 0 || j >= len(s.toks) || s.toks[j].cap || s.toks[j].clause != s.toks[j-1].clause {
		return false
	}
	if f := s.toks[j].flags; f&(ClassPrep|ClassDet|ClassSubject|ClassThat|ClassWho) != 0 {
		return s.lowerWord(j) != "of"
	}
	return false
}

// personShape reports whether name, written from token k after a preposition, shows
// itself a person's: a possessive after it ("at Okonkwo Adebayo's home"), the form of a
// name written family name first or in Hong Kong's way (see FamilyNameFirst,
// hongKongForm) whose first two words are no listed place ("in Hong Kong SAR" is one),
// or a known given name among its words.
func (s *segmenter) personShape(k int, name string) bool {
	words := strings.Fields(name)
	if last := k + len(words) - 1; last < len(s.toks) && s.toks[last].poss {
		return true
	}
	if (FamilyNameFirst(words) || hongKongForm(words)) && !s.placeName(words[0]+" "+words[1]) {
		return true // but "in Hong Kong SAR"
	}
	for _, w := range words {
		if IsGivenName(w) {
			return true
		}
	}
	return false
}

// secondPerson reports whether a pronoun is the English second person ("you", "your"):
// the reader or the one spoken to, whom the names before it do not stand for. A
// pronoun resolved to the nearest name would give the words to whoever was named last
// ("you say …" in a letter to a committee is not the committee's).
func secondPerson(p string) bool {
	return strings.EqualFold(p, "you") || strings.EqualFold(p, "your")
}

// commonHead reports whether name m, of two words or more with no title and a first
// word that is no known given name, is no person's that "he" and "she" stand for: it
// ends in a word the text writes in lower case elsewhere ("Halden Harbor Festival",
// "Varga Declaration" where "festival" and "declaration" stand in lower case), the head
// noun of an institution, an event or a document, not a person's surname; or an article
// or a preposition of place ("in", "at", "near"), in lower case, stands right before it
// in its clause ("the Halden Zone", "a Marek Fund grant", "at Kessler Landing"), as before
// a place's, a body's or a thing's name and not before a person's, unless, after a
// preposition, the name shows itself a person's (see personShape: "at Okonkwo Adebayo's
// home").
func (s *segmenter) commonHead(m mention) bool {
	if s.lang.name != "english" || m.tFrom >= 0 || !strings.Contains(m.name, " ") || IsGivenName(firstWord(m.name)) {
		return false
	}
	if k := s.tokAt(m.pos); k > 0 && k < len(s.toks) && s.toks[k-1].clause == s.toks[k].clause && !s.toks[k-1].cap {
		switch s.lowerWord(k - 1) {
		case "the", "a", "an":
			return true
		case "in", "at", "near":
			if !s.personShape(k, m.name) {
				return true
			}
		}
	}
	w := lastWord(m.name)
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) || !unicode.IsUpper(r) || strings.IndexFunc(w[n:], unicode.IsUpper) >= 0 {
		return false
	}
	return s.commonWords()[string(unicode.ToLower(r))+w[n:]]
}

// pluralOpening reports whether token k, one capitalized word opening its sentence and no
// known given name ("Charles"), looks like a plural noun ("Crowds gathered …", "Soldiers
// fired …"): a group, not a one-word name that "he" or "she" may stand for. (The last name
// of a person named before it, "Roberts" after "Lena Roberts", is a person's mention
// anyway, which the caller does not ask about.) A surname ending in -s written alone
// without the person's full name before it ("Jones waited …") is read as a group too: in
// news a person is named in full before the surname stands alone.
func (s *segmenter) pluralOpening(k int) bool {
	return s.lang.name == "english" && s.sentenceInitialWord(k, k+1) && pluralNoun(s.lowerWord(k)) &&
		!IsGivenName(s.word(k))
}
