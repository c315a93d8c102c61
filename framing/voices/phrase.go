package voices

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Noun phrases: the sources of attributions. Without a part-of-speech tagger, a phrase is
// read from the word classes of its words (see [Class]): a source is a pronoun, or a run of
// names, titles, determiners and content words (adjectives and nouns) with the
// prepositions that join nouns ("a spokesman for the ministry", "Secretary of State Ana
// Ruiz"). What stands between a subject and its verb is passed over: auxiliaries and
// adverbs ("has also said"), a time ("on Monday"), a party tag ("(R-Utah)"), and the
// appositions and relative clauses set off by commas ("Rucker Culpepper, who runs the
// campaign's field effort, said"; "Sarandon, 69, told"). The head of a source (its last
// word) is never a function word, a month, a time, a number or a verb: no speaker rather
// than a wrong one. After Pareti (2015, "Attribution: a computational approach", PhD
// thesis, Edinburgh) and the source rules of the Gender Gap Tracker (Asr et al. 2021,
// "The Gender Gap Tracker", PLOS ONE), written for framediff.

// np is a noun phrase: the tokens [from, to); empty when to <= from.
type np struct{ from, to int }

func (n np) ok() bool { return n.to > n.from }

// maxSpeakerWords bounds a source phrase ("a spokesperson for the Ministry of National
// Defense" has eight words).
const maxSpeakerWords = 10

// notName are the classes of words that are never part of a name, capitalized or not.
const notName = ClassFunc | ClassPrep | ClassConj | ClassDet | ClassSubject | ClassWho | ClassThat | ClassNeg |
	ClassAux | ClassMonth | ClassTime | ClassAccording | ClassReflexive | ClassI | ClassHe | ClassShe | ClassThey | ClassIt |
	ClassPast

// nameWord reports whether token k can be a word of a name: capitalized and no function
// word; a capitalized verb is a name's word only before another name word ("Hope
// Marlow"), or, in English prose (not a headline in title case), after one ("the Gulf
// States has").
func (s *segmenter) nameWord(k int) bool {
	t := s.toks[k]
	if !t.cap || t.heading || t.dateline || t.flags&notName != 0 && t.flags&(ClassTitle|ClassRole|ClassOrg) == 0 || s.dateline(k) {
		return false
	}
	if s.openCommon[k] {
		return false // "Examples Lin gave" (see commonOpening)
	}
	if k == 0 || s.toks[k-1].sentence != t.sentence || s.toks[k-1].dateline {
		// A capitalized word opening a sentence (or following its dateline) is a name
		// only if it is no common word: "Reprising", "Hours", "Asked" are not.
		nextName := k+1 < len(s.toks) && s.toks[k+1].clause == t.clause &&
			(s.toks[k+1].cap || arabicArticle(s.word(k+1)) != "") // "Ahmed al-Haddawi said"
		v := k + 1
		for v < len(s.toks) && v < k+3 && s.adverb(v) && !s.toks[v].cap {
			v++ // "State initially said"
		}
		if v < len(s.toks) && s.toks[v].clause == t.clause && !s.toks[v].cap && s.toks[v].flags&ClassVerb != 0 &&
			t.flags&notName == 0 && !commonOpeners[strings.ToLower(s.word(k))] {
			nextName = true // "Jolly said", "Ted said": an opener right before its reporting verb is its subject
		}
		if w := s.word(k); s.lang.name == "english" && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")) && !nextName &&
			!s.appositionNext(k) || // "Boeing, the planemaker, said": a name before its apposition
			t.flags&(ClassVerb|ClassThink) != 0 && !nextName || commonOpeners[strings.ToLower(w)] {
			return false
		}
	}
	if t.flags&(ClassVerb|ClassThink) != 0 && t.flags&(ClassTitle|ClassRole|ClassOrg) == 0 {
		if p := k - 1; p >= 0 && s.toks[p].clause == t.clause && s.toks[p].cap && !s.toks[p].poss && !s.toks[p].inq &&
			s.toks[p].flags&notName == 0 && !s.inTitleCase(k) && s.lang.name == "english" {
			return true // "the United States has", "the Gulf States, which": a name's word in prose
		}
		v := k + 1
		for v < len(s.toks) && v < k+3 && s.adverb(v) {
			v++
		}
		if v < len(s.toks) && s.toks[v].clause == t.clause && !s.toks[v].cap && s.toks[v].flags&ClassVerb != 0 {
			return true // "Read said", "State initially said"
		}
		return k+1 < len(s.toks) && s.toks[k+1].clause == t.clause && s.toks[k+1].cap && s.toks[k+1].flags&notName == 0
	}
	return !isNumberWord(s.word(k))
}

// appositionNext reports whether the word at token k, alone in its clause, is followed by
// an apposition or a relative clause set off by commas, then a verb ("Boeing, the
// planemaker, said", "Fielding, who chairs the panel, argued"): the word is its subject, a
// name, not a participle ("Smiling, the mayor said").
func (s *segmenter) appositionNext(k int) bool {
	a := k + 1
	if a >= len(s.toks) || s.toks[a].clause == s.toks[k].clause || !s.commaBefore(a) || s.toks[a].inq ||
		s.toks[a].flags&(ClassDet|ClassWho) == 0 || s.toks[a].flags&ClassSubject != 0 {
		return false
	}
	e := a
	for e < len(s.toks) && s.toks[e].clause == s.toks[a].clause && e-a < 12 {
		e++
	}
	return e < len(s.toks) && s.toks[e].clause != s.toks[a].clause && s.commaBefore(e) && !s.toks[e].cap && !s.toks[e].inq &&
		s.toks[e].flags&(ClassVerb|ClassThink) != 0
}

// contentWord reports whether token k is a lower-case word that may be part of a noun
// phrase: no function word, verb, auxiliary or adverb.
func (s *segmenter) contentWord(k int) bool {
	t := s.toks[k]
	if t.cap {
		return false
	}
	if t.flags&(notName|ClassVerb|ClassThink|ClassNaming) != 0 && t.flags&(ClassRole|ClassOrg|ClassTitle) == 0 &&
		!(t.flags&ClassWeak != 0 && t.flags&notName == 0 && k > 0 && s.toks[k-1].clause == t.clause &&
			(s.toks[k-1].flags&ClassDet != 0 && s.toks[k-1].flags&ClassThat == 0 || s.toks[k-1].cap && !s.toks[k-1].heading || s.toks[k-1].poss ||
				s.lowerWord(k-1) == "of" && !s.toks[k-1].inq ||
				s.verbAfter(k) && (s.toks[k-1].flags&(notName|ClassVerb|ClassThink) == 0 || quantifiers[s.lowerWord(k-1)]))) && !s.possessedGerund(k) {
		// A verb that is also a noun is a noun after a determiner, a name or "of" ("a
		// White House pool report", "the claims", "the secretary of state"), and before a
		// verb after a number or a quantifier ("The two sides said").
		if !s.pluralOfVerb(k) {
			return false
		}
	}
	w := s.word(k)
	if s.lang.name == "english" && len(w) > 3 && strings.HasSuffix(w, "ly") && !lyNouns[strings.ToLower(w)] {
		return false // an adverb
	}
	return true
}

// pluralOfVerb reports whether token k, a reporting verb's form in -s that is also a
// plural noun ("advocates", "protests"), reads as the noun: after a determiner, a
// possessive or a quantifier ("the advocates", "Ruiz's supports", "many advocates"), or
// before a reporting verb of its clause (not a participle before "by") when no pronoun,
// auxiliary, preposition or relative word stands before it ("Immigration advocates
// said", "but advocates say"), where no finite verb can stand. Other verbs that are also
// nouns are listed (ClassWeak) and read as nouns after a name too ("a White House pool
// report"); these are not. Nouns of records and documents ("figures") are left to the
// reading of evidence.
func (s *segmenter) pluralOfVerb(k int) bool {
	t := s.toks[k]
	w := s.lowerWord(k)
	if s.lang.name != "english" || t.cap || t.inq || k == 0 || t.flags&(ClassVerb|ClassThink) == 0 || t.flags&(notName|ClassWeak) != 0 ||
		!pluralNoun(w) || s.lang.verbBase(w) == w || evidenceNouns[w] || docNouns[w] {
		return false // "the figures show": a record's report, read as one (evidence.go)
	}
	p := s.toks[k-1]
	switch s.lowerWord(k - 1) {
	case "this", "that", "a", "an", "each", "every", "another":
		return false // a singular determiner: "This suggests" is its subject and verb
	}
	if p.clause != t.clause || p.inq {
		return false
	}
	if p.flags&ClassDet != 0 && p.flags&(ClassThat|ClassSubject) == 0 || p.poss || quantifiers[s.lowerWord(k-1)] {
		return true
	}
	if k+1 >= len(s.toks) || p.flags&(ClassSubject|ClassAux|ClassWho|ClassVerb|ClassThink|ClassPrep|ClassThat) != 0 {
		return false
	}
	u := s.toks[k+1]
	if k+2 < len(s.toks) && s.toks[k+2].clause == t.clause && s.lowerWord(k+2) == "by" {
		return false // "remarks reported by": a participle after a noun, no subject's verb
	}
	return u.clause == t.clause && !u.inq && !u.cap && u.flags&(ClassVerb|ClassThink) != 0 && u.flags&(ClassWeak|ClassPrep) == 0 && !s.participle(k+1)
}

// headWord reports whether token k can end a source phrase.
func (s *segmenter) headWord(k int) bool {
	t := s.toks[k]
	if t.flags&ClassSubject != 0 || pronominal[s.lowerWord(k)] {
		return true // "he", "Both", "Others", "55 percent"
	}
	if t.flags&(ClassMonth|ClassTime|ClassFunc) != 0 && t.flags&(ClassRole|ClassOrg) == 0 {
		return false
	}
	if t.cap && (k == 0 || s.toks[k-1].sentence != t.sentence || s.toks[k-1].dateline) && t.flags&notName == 0 && !t.heading && !s.dateline(k) &&
		commonOpeners[s.lowerWord(k)] {
		return true // "Analysts say", "Officials said": a common noun opening its sentence
	}
	if isNumberWord(s.word(k)) {
		return k > 0 && s.toks[k-1].clause == t.clause && s.nameWord(k-1) // "Article 33"
	}
	if t.cap {
		return s.nameWord(k) || t.flags&(ClassTitle|ClassRole|ClassOrg) != 0
	}
	if !s.contentWord(k) {
		return false
	}
	w := s.word(k)
	if s.lang.name == "english" && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && t.flags&(ClassRole|ClassOrg) == 0 &&
		!s.possessedGerund(k) {
		// a participle ("the crowd began", "a video released"); but an -ing form after a
		// possessive is a noun ("a source familiar with the senator's thinking")
		return false
	}
	return true
}

// possessedGerund reports whether token k is an English -ing form after a possessive in
// its clause, which makes it a noun ("his thinking", "the senator's thinking").
func (s *segmenter) possessedGerund(k int) bool {
	t := s.toks[k]
	return s.lang.name == "english" && !t.cap && strings.HasSuffix(s.lowerWord(k), "ing") && k > 0 && s.toks[k-1].clause == t.clause &&
		!s.toks[k-1].inq && (s.toks[k-1].poss || possessiveDets[s.lowerWord(k-1)])
}

// possessiveDets are the possessive determiners, after which an -ing form is a noun.
var possessiveDets = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true}

// commonOpeners are common words that open sentences capitalized and name nothing.
var commonOpeners = map[string]bool{"hours": true, "days": true, "weeks": true, "months": true, "years": true,
	"minutes": true, "moments": true, "people": true, "voters": true, "officials": true, "critics": true,
	"supporters": true, "others": true, "residents": true, "analysts": true, "experts": true, "democrats": false,
	"polls": true, "news": true, "reports": true, "sources": true, "media": true, "little": true, "nothing": true,
	"everyone": true, "someone": true, "nobody": true, "everybody": true, "somebody": true, "anyone": true,
	"anybody": true, "no": true, "yes": true, "oh": true, "well": true, "sure": true, "okay": true, "ok": true,
	"thanks": true, "please": true, "signs": true, "media shares": true}

// isNumberWord reports whether w is digits and separators only.
func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// adjectivalPreps are the prepositions that a determiner before them makes adjectives
// ("an inside source", "an outside adviser", "the outside experts").
var adjectivalPreps = map[string]bool{"inside": true, "outside": true}

// counterBefore reports whether the token before k is a determiner (not a subject
// pronoun), a number or a quantifier: before an adjectival preposition ("an inside
// source", "two outside advisers", "several inside sources").
func (s *segmenter) counterBefore(k int) bool {
	t := s.toks[k-1]
	return t.flags&ClassDet != 0 && t.flags&ClassSubject == 0 || isNumberWord(s.word(k-1)) || quantifiers[s.lowerWord(k-1)]
}

// npBefore returns the noun phrase whose last token is j, not reaching before lo: a
// pronoun, or names, titles, content words and a determiner, joined by the prepositions
// that join nouns, within one clause.
func (s *segmenter) npBefore(j, lo int) np {
	if j-2 >= lo && j < len(s.toks) && objectPronouns[s.lowerWord(j)] && s.lowerWord(j-1) == "of" &&
		(quantifiers[s.lowerWord(j-2)] || isNumberWord(s.word(j-2))) && s.toks[j-2].clause == s.toks[j].clause && !s.toks[j].inq {
		return np{s.quantifierStart(j-2, lo), j + 1} // "most of them", "two of us"
	}
	if j-2 >= lo && j < len(s.toks) && !s.toks[j].inq && s.quantity(j) && (s.lowerWord(j-1) == "in" || s.lowerWord(j-1) == "of") &&
		s.quantity(j-2) && s.toks[j-2].clause == s.toks[j].clause {
		return np{j - 2, j + 1} // "one in five", "two of three"
	}
	if j-3 >= lo && j < len(s.toks) && !s.toks[j].inq && s.toks[j].flags&(ClassHe|ClassShe|ClassThey|ClassI|ClassIt) != 0 &&
		s.toks[j].flags&ClassSubject == 0 && s.toks[j-1].flags&ClassPrep != 0 && postnominal[s.lowerWord(j-2)] &&
		s.toks[j-2].clause == s.toks[j].clause && s.toks[j-3].clause == s.toks[j].clause {
		// "a source close to him": the pronoun ends the phrase of the noun before it.
		if n := s.npBefore(j-3, lo); n.ok() && s.toks[n.to-1].flags&ClassSubject == 0 {
			return np{n.from, j + 1}
		}
		return np{}
	}
	if j < lo || j >= len(s.toks) || s.toks[j].inq || !s.headWord(j) && !(s.quantity(j) && s.percentAfter(j)) && !(s.toks[j].cap && s.courtesyBefore(j)) {
		return np{} // but "Ms. Rose said": a surname after a courtesy title, whatever else the word is
	}
	if s.toks[j].flags&ClassSubject != 0 && !(s.toks[j].cap && s.courtesyBefore(j)) {
		return np{j, j + 1} // but "Mr. He said": the surname He
	}
	from := j
	c := s.toks[j].clause
	named := s.toks[j].cap // the head is a name: the words before it are titles and roles
	roleRight := false     // a lower-case role word stands between k and the head
	for k := j - 1; k >= lo && j-k < maxSpeakerWords; k-- {
		t := s.toks[k]
		if t.clause != c || t.inq {
			break
		}
		if named && !t.cap && nameParticles[s.lowerWord(k)] && k-1 >= lo && s.toks[k-1].cap && s.toks[k-1].clause == c && !s.toks[k-1].inq {
			from = k // "Bill de Blasio", "Ursula von der Leyen"
			continue
		}
		if named && !t.cap && s.contentWord(k) && !roleLike(s.lowerWord(k)) && t.flags&(ClassRole|ClassTitle|ClassOrg) == 0 && !roleRight {
			// "The delay doesn't worry Republican pollster Mira Talon", "an honor Donald
			// said": a lower-case word before a name belongs to its phrase only as a role
			// ("the economist Pavel Corrin") or a role's modifier ("the Hollywood
			// columnist Lena Farrow"); else the phrase ends here.
			break
		}
		if named && !t.cap && s.lowerWord(k) == "and" && s.titleObjectAnd(k, lo) {
			from = k // "Assistant Secretary for Harbor and Fisheries Affairs Tomas Brell said"
			continue
		}
		if !t.cap && (roleLike(s.lowerWord(k)) || t.flags&(ClassRole|ClassTitle|ClassOrg) != 0) {
			roleRight = true
		}
		if t.flags&ClassDet != 0 && t.flags&ClassSubject == 0 {
			if t.flags&ClassThat != 0 && (s.toks[k+1].cap || s.toks[k+1].flags&ClassSubject != 0) {
				break // "told Harbor Radio that Okafor said": a complementizer
			}
			from = k // "the", "a", and "his", "her", "their" ("her husband")
			// "a staffer in the room", "a spokesman for the ministry": a preposition joins
			// the phrase before the determiner to the noun before it.
			if pk := k - 1; pk-1 >= lo && s.toks[pk].clause == c && s.toks[pk-1].clause == c && !s.toks[pk].inq && !s.toks[pk-1].inq &&
				s.toks[pk].flags&ClassPrep != 0 && (joinsNouns(s.lowerWord(pk)) || placePrep(s.lowerWord(pk))) &&
				(s.contentWord(pk-1) || s.toks[pk-1].flags&(ClassRole|ClassOrg|ClassTitle) != 0 || s.nameWord(pk-1) ||
					s.lowerWord(pk) == "of" && quantifiers[s.lowerWord(pk-1)]) &&
				j-k < maxSpeakerWords-2 {
				k = pk
				from = pk
				named = false
				continue
			}
			if pk := k - 1; pk-2 >= lo && s.toks[pk].flags&ClassPrep != 0 && postnominal[s.lowerWord(pk-1)] && j-k < maxSpeakerWords-3 &&
				s.toks[pk].clause == c && s.toks[pk-1].clause == c && s.toks[pk-2].clause == c && !s.toks[pk].inq && !s.toks[pk-1].inq && !s.toks[pk-2].inq {
				// "rebels opposed to the Gulf States", as "a source close to the mayor": the
				// adjective and its phrase follow the noun they describe.
				k = pk - 1
				from = pk - 1
				named = false
				continue
			}
			break
		}
		if t.poss || s.nameWord(k) || t.flags&(ClassTitle|ClassRole|ClassOrg) != 0 || s.contentWord(k) || isNumberWord(s.word(k)) ||
			s.thinkTank(k) {
			from = k // "The think tank said": "think" a noun's modifier (see thinkTank)
			continue
		}
		if s.openerNoun(k) && k < j && s.toks[k+1].flags&ClassPrep != 0 {
			from = k // "Residents of Halden said": the noun that opens the sentence heads the phrase
			break
		}
		if quantifiers[s.lowerWord(k)] {
			from = k // "All three candidates", "Many speakers"
			continue
		}
		if t.flags&ClassPrep != 0 && adjectivalPreps[s.lowerWord(k)] && k-1 >= lo && s.toks[k-1].clause == c && !s.toks[k-1].inq &&
			s.counterBefore(k) {
			from = k // "an inside source", "two outside advisers": after a determiner or a number, an adjective
			continue
		}
		// "a source familiar with …", "a source close to …", "one Republican involved in …".
		if t.flags&ClassPrep != 0 && k-1 >= lo && s.toks[k-1].clause == c && postnominal[s.lowerWord(k-1)] && k-2 >= lo {
			from = k - 1
			k--
			continue
		}
		// "Some of Voss's allies", "one of the organizers": a quantifier heads the
		// phrase.
		if w := s.lowerWord(k); w == "of" && k-1 >= lo && s.toks[k-1].clause == c && quantifiers[s.lowerWord(k-1)] {
			from = s.quantifierStart(k-1, lo)
			break
		}
		// A preposition that joins two nouns: "a spokesman for the ministry", "Secretary of
		// State", "the head of the agency", "bundlers in both parties"; not "in Valdora Varga
		// said".
		if t.flags&ClassPrep != 0 && k-1 >= lo && s.toks[k-1].clause == c && !s.toks[k-1].inq &&
			(joinsNouns(s.lowerWord(k)) && (s.toks[k-1].flags&(ClassRole|ClassTitle|ClassOrg) != 0 || s.contentWord(k-1) || s.nameWord(k-1) ||
				s.openerNoun(k-1)) ||
				placePrep(s.lowerWord(k)) && (s.contentWord(k-1) && !s.toks[k-1].cap || s.openerNoun(k-1)) &&
					(s.toks[k+1].flags&ClassDet != 0 || s.toks[k+1].cap || quantifiers[s.lowerWord(k+1)])) {
			from = k
			named = false // "An email from Mira Talon": the head is before the preposition
			continue
		}
		break
	}
	// Leading prepositions and conjunctions are not the phrase's.
	for from < j && s.toks[from].flags&(ClassPrep|ClassConj) != 0 && s.toks[from].flags&(ClassTitle|ClassRole) == 0 {
		from++
	}
	return np{from, j + 1}
}

// pastVerbAfterHead reports whether token k, a lower-case word in -ed inside a noun
// phrase that runs over tokens [lo, j], is the verb of a clause, not a modifier: it
// follows a head, a plural noun or a noun after a determiner or a possessive ("The
// organizers prepared …", "Halden dockers mounted …", "the report absolved …"), and an
// object opens after it, a number, a determiner, a name or a noun ("prepared 5,000
// flags", "absolved Ana Ruiz", "mounted huge protests", "changed course"), not a
// preposition ("dockers interviewed at the gate"); the "-ed" modifiers stay ("the leaked
// memo", "the ministry's leaked memo", "recently leaked files", "a billionaire retired
// investor is …": a noun after the determiner's, then the clause's verb), and a phrase
// after its verb is read as it was ("said a man named Ruiz").
func (s *segmenter) pastVerbAfterHead(k, lo, j int) bool {
	t := s.toks[k]
	w := s.lowerWord(k)
	if t.cap || !strings.HasSuffix(w, "ed") || k+1 > j || k+1 >= len(s.toks) || k-1 < lo || s.lang.name != "english" {
		return false
	}
	p, n := s.toks[k-1], s.toks[k+1]
	if p.clause != t.clause || n.clause != t.clause || p.inq || n.inq {
		return false
	}
	if lo > 0 && s.toks[lo-1].clause == s.toks[lo].clause {
		return false // "said a man named Ruiz": a phrase after its verb, not a clause's subject
	}
	object := n.flags&ClassDet != 0 && n.flags&ClassThat == 0 || isNumberWord(s.word(k+1)) || n.cap
	switch {
	case p.poss:
		return false // "the ministry's leaked memo"
	case pluralNoun(s.lowerWord(k-1)) && s.contentWord(k-1):
		return object || s.contentWord(k+1) // "the rules targeted displays"; not "dockers interviewed at the gate"
	case k-2 >= lo && s.toks[k-2].clause == t.clause && s.contentWord(k-1) &&
		(s.toks[k-2].flags&ClassDet != 0 && s.toks[k-2].flags&ClassThat == 0 || s.toks[k-2].poss):
		// A noun after a determiner or a possessive: "the report absolved Ana Ruiz",
		// "the group changed course on Sunday"; not "a billionaire retired investor is …",
		// a noun and then the clause's verb.
		return object || s.contentWord(k+1) && !(k+2 < len(s.toks) && s.toks[k+2].flags&(ClassAux|ClassVerb|ClassThink|ClassPast) != 0)
	}
	return false
}

// titleObjectAnd reports whether the "and" at token k (not before token lo) joins the
// capitalized words of a title's office, in English: capitalized words right before it
// go back, "of" or "the" joining them, to "for", "of" or "to" after a capitalized title or
// role ("High
// Representative for Trade and Fisheries Policy Tomas Brell", "Minister of Trade and
// Industry Ivo Marn"), within maxSpeakerWords words, and the name the title's office
// leads to begins after it (see titleObject: not "Envoy for Trade Ivo Marn and Ana
// Ruiz", two people). The phrase before or after a verb goes on over it.
func (s *segmenter) titleObjectAnd(k, lo int) bool {
	if s.lang.name != "english" || k+1 >= len(s.toks) || !s.toks[k+1].cap || s.toks[k+1].clause != s.toks[k].clause {
		return false
	}
	c := s.toks[k].clause
	for p := k - 1; p-1 >= lo && p > k-maxSpeakerWords && s.toks[p].clause == c && !s.toks[p].inq; p-- {
		s.work++
		t := s.toks[p]
		switch w := s.lowerWord(p); {
		case !t.cap && (w == "for" || w == "of" || w == "to") && p+1 < k && s.toks[p-1].clause == c && !s.toks[p-1].inq &&
			s.toks[p-1].cap && (s.toks[p-1].flags&(ClassTitle|ClassRole) != 0 && s.toks[p-1].flags&ClassOrg == 0 ||
			s.officeAt(p-1, len(s.toks))):
			return s.titleObject(p-1, len(s.toks), false) > k
		case t.cap && t.flags&(ClassTitle|ClassRole) == 0:
		case !t.cap && (w == "of" || w == "the") && s.toks[p+1].cap:
		default:
			return false
		}
	}
	return false
}

// nameParticles are the lower-case words inside names ("de Blasio", "van Rompuy", "von der
// Leyen", "bin Salman").
var nameParticles = map[string]bool{"de": true, "van": true, "von": true, "der": true, "den": true, "da": true,
	"di": true, "du": true, "del": true, "della": true, "la": true, "le": true, "bin": true, "ibn": true, "al": true,
	"dos": true, "das": true, "ter": true, "ten": true}

// quantity reports whether token k is a number, in digits or words ("47", "five").
func (s *segmenter) quantity(k int) bool {
	if isNumberWord(s.word(k)) {
		return true
	}
	switch s.lowerWord(k) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// percentAfter reports whether a percent sign follows token k ("47%").
func (s *segmenter) percentAfter(k int) bool {
	e := s.toks[k].end
	return e < len(s.text) && s.text[e] == '%'
}

// objectPronouns stand for a group after a quantifier's "of" ("most of them").
var objectPronouns = map[string]bool{"them": true, "us": true, "you": true, "those": true, "these": true}

// quantifierStart returns the first token of the phrase the quantifier at q heads: its
// determiner and adjectives ("the majority of", "a strong majority of"), or the quantifier
// it counts ("tens of thousands of").
func (s *segmenter) quantifierStart(q, lo int) int {
	c := s.toks[q].clause
	for q-2 >= lo && s.lowerWord(q-1) == "of" && quantifiers[s.lowerWord(q-2)] && s.toks[q-2].clause == c && !s.toks[q-2].inq &&
		(q-3 < lo || s.toks[q-3].clause != c) {
		// "Tens of thousands of workers said": the first quantifier heads the phrase where
		// it opens its clause (not "As tens of thousands of protesters rallied in Halden,
		// …", whose verb the phrase reader may take for a noun).
		q -= 2
	}
	for k := q - 1; k >= lo && q-k <= 3 && s.toks[k].clause == c && !s.toks[k].inq; k-- {
		if s.toks[k].flags&ClassDet != 0 && s.toks[k].flags&ClassThat == 0 {
			return k
		}
		if !s.contentWord(k) {
			break
		}
	}
	return q
}

// endsIn reports whether w ends in one of endings with more than two letters before it
// (the suffix tests of roleLike, adjectiveEnding, adjectiveOpener, modifierWord and
// peopleEnding).
func endsIn(w string, endings ...string) bool {
	for _, e := range endings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// roleLike reports whether a lower-case word names a person by role or trade: an agent
// noun ("pollster", "commentator", "strategist", "spokesman"), or an adjective of office
// that stands before names ("former", "longtime", "acting").
func roleLike(w string) bool {
	switch w {
	case "former", "longtime", "acting", "late", "then", "interim", "deputy", "senior", "chief", "top", "fellow", "retired",
		"veteran", "presidential", "vice", "host", "anchor", "star", "candidate", "rival", "nominee", "billionaire",
		"businessman", "businesswoman", "founder", "co-founder", "author", "actor", "actress", "singer", "comedian",
		"mogul", "tycoon", "ally", "aide", "adviser", "advisor", "pollster", "donor", "delegate", "activist", "rep",
		"sen", "gov", "republican", "democratic", "independent", "conservative", "liberal", "progressive", "moderate":
		return true
	}
	return endsIn(w, "er", "or", "ist", "ian", "man", "woman", "person", "ant", "ent", "ee", "ers", "ors", "ists", "ians", "men", "ants", "ents")
}

// discourseAdverbs stand between a subject and its verb without commas ("Carter however
// said").
var discourseAdverbs = map[string]bool{"however": true, "though": true, "therefore": true, "meanwhile": true,
	"nonetheless": true, "nevertheless": true, "instead": true, "indeed": true, "too": true, "thus": true}

// catenatives are the verbs whose subject is that of the verb after their "to" ("continues
// to insist", "seemed to suggest", "went on to say" is handled apart), by base form.
var catenatives = map[string]bool{"continue": true, "seem": true, "appear": true, "tend": true, "try": true,
	"begin": true, "start": true, "proceed": true, "dare": true, "attempt": true}

// raisers are the adjectives and participles between a subject's "be" and "to" + its
// verb ("likely to say", "quick to add", "expected to announce").
var raisers = map[string]bool{"likely": true, "unlikely": true, "quick": true, "expected": true, "able": true,
	"eager": true, "ready": true, "willing": true, "set": true, "about": true, "going": true, "happy": true,
	"careful": true, "keen": true, "prepared": true, "due": true, "sure": true, "certain": true, "reluctant": true}

// pronominal are words that stand for a group as a subject ("Both want", "Others argue",
// "55 percent said so").
var pronominal = map[string]bool{"both": true, "others": true, "many": true, "some": true, "most": true, "few": true,
	"all": true, "several": true, "none": true, "each": true, "half": true, "percent": true, "majority": true,
	"minority": true, "plurality": true}

// quantifiers head a phrase with "of": "some of the voters", "one of his aides".
var quantifiers = map[string]bool{"some": true, "many": true, "most": true, "several": true, "one": true, "two": true,
	"three": true, "four": true, "five": true, "few": true, "all": true, "none": true, "each": true, "both": true,
	"half": true, "any": true, "majority": true, "minority": true, "number": true, "dozens": true, "tens": true, "hundreds": true,
	"thousands": true, "millions": true, "members": true, "much": true}

// postnominal are adjectives and participles that follow a noun with their preposition:
// "a source familiar with the talks", "a person close to the campaign".
var postnominal = map[string]bool{"familiar": true, "close": true, "involved": true, "knowledgeable": true,
	"briefed": true, "opposed": true, "loyal": true, "sympathetic": true, "allied": true, "connected": true}

// placePrep reports whether a preposition may join a noun and its place or group
// ("voters in Iowa", "bundlers in both parties", "a professor at Harvard").
func placePrep(w string) bool {
	switch w {
	case "in", "at", "with", "on", "from", "across":
		return true
	}
	return false
}

// joinsNouns reports whether a preposition may join two nouns of one phrase.
func joinsNouns(w string) bool {
	switch w {
	case "of", "for", "at", "from", "to", "de", "del", "du", "des", "della":
		return true
	}
	return false
}

// skipBetween returns the last token of a verb's subject: from token k (the verb) back over
// auxiliaries, adverbs, an intensifying pronoun, a place ("here"), a time ("on Monday", "last week"), a
// party tag in parentheses, and "went on to" or "goes on to" ("The letter goes on to say"); passive is
// set when a form of "be" stands there ("were told").
func (s *segmenter) skipBetween(k, lo int) (j int, passive bool) {
	j = k - 1
	for j >= lo {
		t := s.toks[j]
		w := s.lowerWord(j)
		switch {
		case t.inq:
			return j, false
		case t.flags&(ClassAux|ClassReflexive|ClassNeg) != 0 && !t.cap && t.flags&ClassDet == 0 || s.adverb(j):
			if isBe(w) {
				return j, true // "Reporters were told", "it must be stressed"
			}
			j--
			continue
		case j == k-1 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "’re")) &&
			(strings.HasSuffix(s.lowerWord(k), "ed") || s.toks[k].flags&ClassPast != 0):
			return j, true // "it's said", "they're told": a passive
		case w == "to" && j-2 >= lo && s.lowerWord(j-1) == "on" && (s.toks[j-2].flags&ClassAux != 0 || goForms[s.lowerWord(j-2)]):
			j -= 3 // "went on to say", "goes on to say"
			continue
		case (w == "both" || w == "all" || w == "each") && j-1 >= lo && s.toks[j-1].clause == t.clause && !s.toks[j-1].inq:
			j-- // "have both urged", "they all said"; but "Both think" has its subject
			continue
		case !t.cap && (w == "here" || w == "there") && j == k-1 && j > lo && s.toks[j-1].clause == t.clause && !s.toks[j-1].inq &&
			s.toks[j-1].flags&(notName|ClassVerb|ClassThink|ClassAux) == 0:
			j-- // "Officials here said": a place after the subject
			continue
		case !t.cap && (discourseAdverbs[w] || (w == "well" || w == "long" || w == "since") && j > lo && s.toks[j-1].flags&ClassAux != 0) && j > lo && s.toks[j-1].clause == t.clause && !s.toks[j-1].inq:
			j-- // "Carter however said", "has long argued", "has since said"
			continue
		case w == "to" && j-1 >= lo && catenatives[s.lang.verbBase(s.lowerWord(j-1))] && !s.toks[j-1].inq && s.toks[j-1].clause == t.clause:
			j -= 2 // "He continues to insist", "seemed to suggest"
			for j >= lo && (s.toks[j].flags&ClassAux != 0 || s.adverb(j)) && !s.toks[j].inq && !isBe(s.lowerWord(j)) {
				j--
			}
			continue
		case w == "to" && j-1 >= lo && raisers[s.lowerWord(j-1)]:
			// "are more likely to say", "was quick to add", "is expected to announce":
			// the subject is before the adjective and its "be".
			j -= 2
			for j >= lo && (s.toks[j].flags&ClassAux != 0 || s.adverb(j) || s.lowerWord(j) == "more" || s.lowerWord(j) == "less") && !s.toks[j].inq {
				j--
			}
			continue
		case !t.cap && t.flags&(ClassVerb|ClassThink|ClassAux) == 0 && strings.HasSuffix(w, "ed") && j-1 >= lo &&
			s.toks[j-1].clause == t.clause && (s.contentWord(j-1) || s.nameWord(j-1)) && !s.toks[j-1].inq:
			j-- // "a poll released last week showed": a participle after its noun
			continue
		case t.flags&(ClassTime|ClassMonth) != 0 && !s.nameWord(j):
			j--
			for j >= lo && (s.toks[j].flags&(ClassPrep|ClassDet) != 0 || isNumberWord(s.word(j))) && !s.toks[j].inq {
				j-- // "on Monday", "this week", "on Oct. 3"
			}
			for j >= lo && (s.lowerWord(j) == "late" || s.lowerWord(j) == "early" || s.lowerWord(j) == "last") {
				j--
			}
			continue
		case s.parenthetical(j):
			// "Rep. Dana Kessler (R-Utah) said": the tag is no part of the subject.
			c := t.clause
			for j >= lo && s.toks[j].clause == c {
				j--
			}
			continue
		}
		return j, false
	}
	return j, false
}

// goForms are the forms of "go", which "on to" and a verb follow ("goes on to say").
var goForms = map[string]bool{"go": true, "goes": true, "went": true, "gone": true, "going": true}

// parenthetical reports whether token k lies in a parenthesis that closes right after its
// clause: "(R-Utah)", "(D-Md.)".
func (s *segmenter) parenthetical(k int) bool {
	c := s.toks[k].clause
	first := k
	for first > 0 && s.toks[first-1].clause == c {
		first--
	}
	if first == 0 || !strings.Contains(s.text[s.toks[first-1].end:s.toks[first].start], "(") {
		return false
	}
	last := k
	for last+1 < len(s.toks) && s.toks[last+1].clause == c {
		last++
	}
	end := len(s.text)
	if last+1 < len(s.toks) {
		end = s.toks[last+1].start
	}
	return strings.Contains(s.text[s.toks[last].end:end], ")") && last-first < 6
}

// adverb reports whether token k is a lower-case English adverb in -ly.
func (s *segmenter) adverb(k int) bool {
	t := s.toks[k]
	return !t.cap && s.lang.name == "english" && t.flags&(ClassRole|ClassOrg) == 0 && s.lyWord(k)
}

// lyNouns are English nouns in -ly, which are no adverbs ("Quist ally Tom Reyes", "a
// family spokesman", "the daily reported").
var lyNouns = map[string]bool{"ally": true, "family": true, "assembly": true, "rally": true, "daily": true,
	"weekly": true, "monthly": true, "quarterly": true, "supply": true, "monopoly": true, "bully": true}

// isBe reports whether w (lowercased) is a form of English "be".
func isBe(w string) bool {
	switch w {
	case "be", "is", "was", "were", "are", "been", "being":
		return true
	}
	return false
}

// subjectOf returns the subject of the verb at token k, in tokens [lo, k): a pronoun, a
// name or a noun phrase, with appositions, relative clauses, ages and party tags set off by
// commas passed over ("Brill, the head of Keep Valdora Green, tweeted" is Brill); for a
// verb in a participle clause that opens the sentence, the main clause's subject after it
// (see openingParticipleSubject). passive is set for a passive verb, which has no speaker.
func (s *segmenter) subjectOf(k, lo int) (n np, passive bool) {
	if n, opening := s.openingParticipleSubject(k); opening {
		return n, false // "Having announced the ruling, Judge Ilse Marran said": the judge
	}
	j, passive := s.skipBetween(k, lo)
	if passive || j < lo || s.toks[j].inq && !(s.commaBetween(j, k) && s.embeddedQuote(j, lo)) {
		// But a quotation inside the phrase of a clause set off before the verb ("Ruiz,
		// who opposes the “port levy,” said"): the clauses before the verb are read below.
		return np{}, passive
	}
	vc := s.toks[k].clause
	if s.toks[j].clause != vc && !s.commaBetween(j, k) {
		vc = s.toks[j].clause // "Sen. Oren Malik (I-Vt.) called": only a parenthesis between
	}
	if s.lowerWord(j) == "who" {
		// "Sen. Amy Kessler, who tweeted that …": the person the clause is about.
		if j > lo {
			if n := s.npBefore(j-1, lo); n.ok() && !s.toks[n.to-1].cap && s.ageBefore(n.from, lo) < n.from {
				// "Lena Brill, 40, a baker, who said": a description after a name and its
				// age is the person's, whom the clause is about.
				if m := s.describedName(n, lo); m.ok() {
					return m, false
				}
			} else if n.ok() && s.toks[n.to-1].cap {
				if m := s.describedName(n, lo); m.ok() {
					n = m // "Lena Varga, a harbor pilot from Soloria, who said": Lena Varga
				}
				if q := n.from - 1; q-1 >= lo && s.lowerWord(q) == "not" && s.commaBefore(q) && !s.toks[q-1].inq {
					// "It was Ruiz, not Varga, who said": in a cleft, the name set against
					// the one before "not" is not the speaker; that one is ("The board
					// chose Ruiz, not Varga, who said …" is Varga's).
					if m := s.npBefore(q-1, lo); m.ok() && s.toks[m.to-1].cap && s.cleftBefore(m.from, lo) {
						return m, false
					}
				}
				return n, false
			} else if m := s.restrictiveAntecedent(j, lo); m.ok() {
				return m, false
			}
		}
		return np{}, false
	}
	if s.toks[j].clause == vc {
		if r := s.relativeSubject(j, k, lo, vc); r.ok() {
			return r, false
		}
		n := s.npBefore(j, lo)
		if !n.ok() {
			return np{}, false
		}
		if p := n.from - 1; p-2 >= lo && s.toks[p].flags&ClassPrep != 0 && s.toks[p].clause == vc &&
			s.toks[p-1].clause == vc && s.toks[p-2].clause == vc && !s.toks[p-1].inq && !s.toks[p-2].inq {
			// "A source speaking to Harbor Radio said", "Ruiz backed by the union said", "The
			// firm accused of fraud said": a participle and its phrase after the subject; a
			// participle of accusing only after a phrase that opens its clause ("The coach
			// the crew accused of bias said" is no one's: the crew accuses).
			accused := s.prepWithoutObject(p-1, k)
			if s.participle(p-1) || s.lowerWord(p) == "by" && !s.toks[p-1].cap && s.participleForm(p-1) || accused {
				if m := s.npBefore(p-2, lo); m.ok() && (!accused || m.from == s.clauseStart(m.from, lo)) {
					return m, false
				}
			}
		}
		if v := n.from - 1; v-3 >= lo && s.lowerWord(v-1) == "to" && !s.toks[v].cap && s.toks[v].flags&(ClassPrep|ClassDet|ClassFunc|ClassSubject) == 0 &&
			!s.toks[v-2].cap && s.participleForm(v-2) && s.toks[v-2].flags&(ClassPrep|ClassAux) == 0 && !s.toks[v-3].inq && !s.toks[v-2].inq && !s.toks[v].inq &&
			s.toks[v].clause == vc && s.toks[v-1].clause == vc && s.toks[v-2].clause == vc && s.toks[v-3].clause == vc {
			// "The committee formed to support Ruiz said": a participle with an
			// infinitive after the subject; the infinitive's object is not the subject.
			if m := s.npBefore(v-3, lo); m.ok() && m.to == v-2 {
				return m, false
			}
		}
		if p := n.from - 1; p-1 >= lo && s.objectParticiple(p, vc) && s.toks[n.from].flags&ClassSubject == 0 &&
			!(n.to == k && (participlesOnly[s.lowerWord(k)] || s.lowerWord(k) == "back" ||
				perceptionParticiples[s.lowerWord(p)] && (s.lang.verbBase(s.lowerWord(k)) == s.lowerWord(k) || !s.agentHead(p-1)))) {
			// "A man buying a ticket said", "Voters backing Ruiz said": a participle and its
			// object after the subject; not a subject pronoun, a clause's subject ("Are you
			// saying you didn't know"), nor a participle or the participle's particle
			// "back" right after the object ("a bill altering the rule known as …", "a
			// monarchy tracing its roots back"); a verb of perception only after a
			// person or a body and before a verb that is no bare form ("People watching
			// the parade said"; not "photos showing the police question a man", "Emails
			// showing Ruiz said the port was safe were released").
			if m := s.npBefore(p-1, lo); m.ok() && m.to == p && (m.from == lo || s.toks[m.from-1].flags&ClassPrep == 0 || s.toks[m.from-1].clause != vc) {
				return np{m.from, n.to}, false
			}
		}
		if n.from > lo && s.toks[n.from-1].clause == vc && !s.opensPhrase(n.from-1) &&
			!s.toks[n.to-1].cap && s.toks[n.to-1].flags&ClassSubject == 0 {
			// Something that is no part of a subject stands before the phrase in its
			// clause ("the credits Republicans proposed"): names and pronouns only.
			return np{}, false
		}
		if p, f := n.from-1, n.from; p > lo && s.toks[p].clause == vc && !s.toks[p].inq && s.toks[n.to-1].cap && placeIn[s.lowerWord(p)] &&
			s.toks[p-1].clause == vc && !s.toks[p-1].inq && (s.toks[f].cap || f+1 < n.to && s.lowerWord(f) == "the" && s.toks[f+1].cap) {
			// "some in Hong Kong have argued", "officials in Valdora said": a capitalized
			// name after "in" (a place, as a rule; no list is asked) is no subject; the
			// phrase before it is, with the name, or
			// a known name before it alone ("Mr. Ruiz in Valdora proposed"). A word that
			// opens the sentence and is no known name nor a noun may be an adverb
			// ("Elsewhere in Valdora Pedro Varga said"): a person's name after the place
			// is the subject.
			if m := s.npBefore(p-1, lo); m.ok() && m.to == p && s.toks[m.to-1].flags&ClassSubject == 0 {
				if s.knownName(m) {
					return m, false
				}
				for x := f + 1; x < n.to-1 && s.openingAdverb(m); x++ {
					if r := (np{x, n.to}); s.personName(r) {
						return r, false
					}
				}
				return np{m.from, n.to}, false
			} else if q := p - 1; q == lo || s.toks[q-1].sentence != s.toks[q].sentence {
				// "Meanwhile in Soloria Ana Ruiz said": an adverb opens the sentence.
				for x := f + 1; x < n.to-1; x++ {
					if r := (np{x, n.to}); s.personName(r) {
						return r, false
					}
				}
			}
		}
		if n.from > lo && s.toks[n.from].flags&ClassDet != 0 && s.toks[n.from].flags&ClassSubject == 0 && s.commaBefore(n.from) {
			// "Ana Ruiz, the director of the fund said": a name that opens the sentence
			// before a description whose closing comma is missing.
			if m := s.npBefore(n.from-1, lo); m.ok() && m.from == lo && m.to == n.from && m.to-m.from >= 2 && s.nameWord(m.to-1) {
				return m, false
			}
		}
		if s.pluralVerb(k) {
			n = s.coordination(n, lo)
			n = s.headlineList(n, k, lo)
		}
		if s.pluralVerb(k) && s.conjunctFragment(n, lo) {
			// "Journalists and analysts say": both, not "analysts" alone.
			m := s.npBefore(n.from-2, lo)
			if m.ok() && m.to == n.from-1 && m.from == s.clauseStart(m.from, lo) && !s.hasNumber(np{m.from, n.to}) &&
				s.conjunctsWhole(m, n) {
				return np{m.from, n.to}, false
			}
		}
		return n, false
	}
	// The words right before the verb end an earlier clause: the clauses set off before
	// the verb are the subject and its appositions, relative clauses, ages and tags. Going
	// back clause by clause, each clause that is a noun phrase whole is a candidate, and
	// each other clause must read as an apposition; the first candidate is the subject, but
	// a name in apposition to a description names it ("her senior port adviser, Jonas
	// Brill, said" is Jonas Brill).
	var first, name np
	nameNext := false // the clause just read (the one after the current) is name
	end := j
	for range 6 {
		if end >= lo && s.toks[end].inq {
			if !s.embeddedQuote(end, lo) {
				break
			}
			for s.toks[end].inq {
				end-- // the words of its clause before the quotation
			}
		}
		if end < lo {
			break
		}
		if s.parenthetical(end) {
			end = s.clauseStart(end, lo) - 1 // "Rep. Ines Marlow (D-Md.), chair of …,"
			continue
		}
		st := s.clauseStart(end, lo)
		n := s.npBefore(end, lo)
		if s.pluralVerb(k) {
			n = s.coordination(n, st)
		}
		whole := n.ok() && s.toks[n.to-1].flags&ClassSubject == 0 && (n.from == st || s.leadingConj(st, n.from) || s.openingAdverbBefore(st, n.from) ||
			n.from > st && (s.toks[n.from-1].flags&ClassThat != 0 || subordinators[s.lowerWord(n.from-1)] || s.asClause(n.from-1))) // "It was … that Michael Brandt, who …, said", "in what Ana Ruiz, a treasurer, called", "as Lena Varga, Tomas Brill's daughter, attacked"
		if whole {
			if v := s.clauseVerb(n); v >= 0 {
				n.to = v // "Mayor tours docks, vows repairs": the clause's subject
			}
			first = n
			if w := s.lowerWord(n.from); s.toks[n.to-1].cap && w != "a" && w != "an" && !s.describedOf(n) {
				name = n // not "a Democrat", "an American", "the head of Halden Port": a description
			}
			nameNext = name == n
		} else if !s.appositionAt(st, end) || first.ok() && s.toks[st].flags&ClassPrep != 0 && s.toks[st].flags&ClassSubject == 0 &&
			s.personName(first) && s.noSubjectBefore(st, lo) {
			// A phrase with a preposition before a person's name found, with no noun
			// phrase before it in its sentence, is the sentence's opening ("In Lamar, MO,
			// after the vote, Gov. Ana Ruiz said"), not an aside after an earlier subject
			// ("Ruiz, during a visit to Lamar, Missouri, said"; "Ana Ruiz, in a letter to
			// the senator, Pedro Varga, said" is Ana Ruiz's).
			break
		} else {
			if nameNext && s.objectRole(st, end) {
				// The name right after an aside that ends with a person as the object of
				// a preposition is that person's: "The mayor, in a letter to the senator,
				// Pedro Varga, said" is the mayor's.
				name = np{}
			}
			nameNext = false
		}
		if st > lo && s.toks[st-1].inq && !whole && s.quoteInAside(st, lo) {
			// A quotation inside an aside, its words going on after it ("The harbor board,
			// whose report called the pier “a danger to every boat” in its first pages,
			// said"): the aside's words before the quotation are read next.
			end = st - 1
			continue
		}
		if st <= lo || s.toks[st-1].inq || !s.commaBefore(st) {
			break
		}
		end = st - 1
	}
	if !first.ok() {
		return np{}, false
	}
	if w, last := s.lowerWord(first.from), s.toks[first.to-1]; name.ok() && (!last.cap || s.describedOf(first) && name.from == first.to ||
		(w == "a" || w == "an") && name.from == first.to && (s.surePersonName(name) || last.flags&(ClassVerb|ClassThink) != 0 && s.personName(name))) {
		// "The head of Halden Port, Tom Reyes, said": Tom Reyes, as is "A spokesman for Orlen
		// State, Tom Reyes," (after "a" or "an", a name sure to be a person's, or a name in
		// a person's form after a description that ends with a capitalized verb's form,
		// "State", as it did when such a word was no name's, though not a town of one word,
		// "Varnasi": not "A judge in Halden, Santa Marta,", a place, nor "An analyst at
		// Orlen Bank, Halden Capital Markets,", a firm); but a description that
		// ends with a name takes only the name set off right after it, not a place at the
		// end of a later aside ("The head of Halden Port, who flew in from Lisbon,
		// Portugal, said" is the head's).
		return name, false
	}
	return first, false
}

// coordination returns the name n (its last word capitalized) with the names joined to it
// before it by "and", and by commas before that, when the first of them opens its clause:
// "Ana Ruiz and Ivo Marek said", "Ruiz, Marek and Holt said", "The candidates, Ana Ruiz
// and Ivo Marek, said". Two people speak, and neither alone is the source. Otherwise it
// returns n: when a word before the first name keeps it from opening the phrase ("praised
// Ruiz and Marek said"), or a preposition stands in a name before "and" (see hasPrep),
// unless every name is a person's whose prepositions stand in a title or a place (see
// titledPerson: "President of Soloria Ana Ruiz and Prime Minister of Valdora Ivo Marek
// discussed", each name read whole).
// The names are recorded in s.conjuncts, for the canonical name (see canonicalConjuncts).
func (s *segmenter) coordination(n np, lo int) np {
	if !n.ok() || !s.coordName(n) {
		return n
	}
	a := n.from - 1
	if a-1 < lo || s.lowerWord(a) != "and" || s.toks[a].inq || s.toks[a].clause != s.toks[n.from].clause {
		return n
	}
	m := s.npBefore(a-1, lo)
	if !m.ok() || m.to != a || !s.coordName(m) {
		return n
	}
	if d := m.from - 1; d >= lo && s.toks[d].clause == s.toks[m.from].clause && !s.toks[d].inq && !s.toks[d].cap && s.contentWord(d) &&
		strings.HasSuffix(s.lowerWord(d), "s") && !strings.HasSuffix(s.lowerWord(d), "ss") {
		// "Harbor Party candidates Elena Voss and Tomas Brill": a plural description
		// before the names, whose phrase must open the clause.
		if p := s.npBefore(d, lo); p.ok() && p.to == d+1 {
			m = np{p.from, m.to}
		}
	}
	st := s.clauseStart(m.from, lo)
	// "President of Soloria Ana Ruiz and Prime Minister of Valdora Ivo Marek": the
	// prepositions stand in titles, each name is read whole, as a source alone is.
	titled := s.hasPrep(m) && s.titledPerson(m) && s.titledPerson(n)
	if m.from != st && !(m.from-1 >= lo && s.toks[m.from-1].clause == s.toks[m.from].clause && s.opensPhrase(m.from-1)) || s.hasPrep(m) && !titled {
		return n
	}
	// "the mayor's lawyers Nico Brandt and Jay Morrow": the description is both names',
	// the first name alone is the first's (for its canonical name; the source phrase
	// keeps the description).
	first := s.nameAlone(m)
	parts := []np{first, n}
	if titled {
		parts = []np{m, n}
	}
	// A list: "Ana Ruiz, Ivo Marek and Lena Holt". Each earlier name is a clause of its
	// own, set off by a comma alone.
	for m.from == st && st-1 >= lo && !s.toks[st-1].inq && strings.TrimSpace(s.text[s.toks[st-1].end:s.toks[st].start]) == "," {
		p := s.npBefore(st-1, lo)
		pst := s.clauseStart(st-1, lo)
		if !p.ok() || p.from != pst || p.to != st || !s.coordName(p) || s.hasPrep(p) && !(titled && s.titledPerson(p)) {
			break
		}
		parts = append([]np{p}, parts...)
		m, st = p, pst
	}
	if s.conjuncts == nil {
		s.conjuncts = map[int][]np{}
	}
	s.conjuncts[s.toks[m.from].start] = parts
	return np{m.from, n.to}
}

// headlineList returns the name n, the subject of the verb at token k, with the names set
// off before it by commas alone, as headlines join them without "and" ("Marek, Varga
// agree to reopen the ferry line", "Ruiz: Halden, Soloria agree …"), when the verb is a
// plural in the present (a bare form, or "have" or "are" before it) with no comma after
// it, the first name opens its paragraph, or follows the colon after a source that does,
// and the paragraph is written as a headline: it ends with no full stop, question or
// exclamation mark. The names are recorded in s.conjuncts, as coordination records them.
// Otherwise it returns n: a sentence of prose ("Elsewhere, dockers say the plan failed.",
// "Ana Ruiz, Republicans say, will run again."), a past ("Ruiz, Marek agreed"), a later
// sentence.
func (s *segmenter) headlineList(n np, k, lo int) np {
	if s.lang.name != "english" || !n.ok() || !s.coordName(n) || len(s.conjuncts[s.toks[n.from].start]) > 1 {
		return n
	}
	if k+1 < len(s.toks) && s.commaBefore(k+1) {
		return n // "Ana Ruiz, Republicans say, will run again": a parenthesis
	}
	present := false
	if w := s.lowerWord(k); s.lang.verbBase(w) == w && s.pluralVerb(k) {
		present = true // "agree", "discuss"
	}
	for j := n.to; j < k; j++ {
		switch s.lowerWord(j) {
		case "have", "are":
			present = true
		}
	}
	if !present {
		return n
	}
	// The paragraph, read from its first word, is a headline.
	pi := s.para(s.toks[n.from].start)
	paraStart, paraEnd := s.paras[pi], len(s.text)
	if pi+1 < len(s.paras) {
		paraEnd = s.paras[pi+1]
	}
	if t := strings.TrimRight(s.text[paraStart:paraEnd], " \t\r\n\"'”’)"); t == "" || strings.ContainsRune(".!?", rune(t[len(t)-1])) {
		return n
	}
	// A headline is short: its first word lies within maxHeadlineWords of the verb's
	// subject, or it is no headline's list (and no long paragraph is read back whole for
	// each verb).
	b := n.from
	for b > 0 && s.toks[b-1].start >= paraStart {
		if s.work++; n.from-b >= maxHeadlineWords {
			return n
		}
		b--
	}
	lo = min(lo, b)
	parts := []np{n}
	m := n
	for m.from-1 >= lo && !s.toks[m.from-1].inq && strings.TrimSpace(s.text[s.toks[m.from-1].end:s.toks[m.from].start]) == "," {
		p := s.npBefore(m.from-1, lo)
		if !p.ok() || p.to != m.from || !s.coordName(p) {
			break
		}
		parts = append([]np{p}, parts...)
		m = p
	}
	if len(parts) < 2 {
		return n
	}
	f := m.from
	if f > 0 && s.toks[f-1].start >= paraStart { // a word of the paragraph before the first name
		// After a source and its colon that open the paragraph ("Ruiz: Halden, Soloria
		// agree …").
		if f-1 < lo || s.toks[f-1].inq || strings.TrimSpace(s.text[s.toks[f-1].end:s.toks[f].start]) != ":" {
			return n
		}
		if src := s.npBefore(f-1, lo); !src.ok() || src.to != f || src.from > 0 && s.toks[src.from-1].start >= paraStart {
			return n
		}
	}
	if s.conjuncts == nil {
		s.conjuncts = map[int][]np{}
	}
	s.conjuncts[s.toks[f].start] = parts
	return np{f, n.to}
}

// maxHeadlineWords bounds the words headlineList reads back from a subject to its
// paragraph's first word.
const maxHeadlineWords = 24

// conjunctFragment reports whether phrase n, a verb's subject, is the last of coordinated
// noun phrases that coordination did not read whole: "and" right before it in its clause,
// after a word that may end a noun phrase (no verb, auxiliary, preposition, conjunction,
// determiner or time), as in "Journalists and analysts say", "the union and the city
// agree", "the President of Soloria Ana Ruiz and Ivo Marek agreed"; n names a part of
// the source alone. subjectOf then reads the phrase before "and", where it opens its
// clause, with n as the subject of a plural verb (the source is the whole coordination),
// unless a number makes the phrase a share (see hasNumber) or the two are not both
// sources (see conjunctsWhole); it keeps n otherwise, which on PolNeAR lost fewer
// sources than giving none.
func (s *segmenter) conjunctFragment(n np, lo int) bool {
	a := n.from - 1
	if s.lang.name != "english" || !n.ok() || a-1 < lo || s.lowerWord(a) != "and" || s.toks[a].inq || s.toks[a-1].inq {
		return false
	}
	if len(s.conjuncts[s.toks[n.from].start]) > 1 {
		return false // names coordination read already ("Ana Ruiz and Ivo Marek")
	}
	c := s.toks[n.from].clause
	if s.toks[a].clause != c || s.toks[a-1].clause != c {
		return false // "…, and Ruiz said": another clause
	}
	return s.toks[a-1].flags&(ClassVerb|ClassThink|ClassPast|ClassAux|ClassPrep|ClassConj|ClassDet|ClassTime|ClassMonth) == 0
}

// conjunctsWhole reports whether phrases m and n, joined by "and", are two sources that
// subjectOf reads as one: the word is "and" in lower case ("And" opens a sentence); n is
// headed by a word that names one who can speak (see speakingHead), no pronoun ("Ruiz and
// you can see") and no bare adjective or other noun ("an academic and vocal advocate",
// "politics and political thought"); m, where it ends in lower case, ends in a plural or
// a noun for a person, a role or a group (a plural in -s after a name or after a
// determiner and a singular names a person by its ending, see roleLike, or is a clause's
// verb: "Ruiz quit and aides say", "Kyiv burns and …", "the ceasefire holds and officials
// say"); and m and n are not one referent, a singular opened by a determiner and a
// singular without one ("the president and father figure").
func (s *segmenter) conjunctsWhole(m, n np) bool {
	a, e, l := n.from-1, m.to-1, n.to-1
	if s.word(a) != "and" || s.toks[l].flags&(ClassSubject|ClassI|ClassHe|ClassShe|ClassThey|ClassIt) != 0 ||
		s.lowerWord(l) == "you" || !s.speakingHead(l) {
		return false
	}
	if w := s.word(e); isLower(w) && !s.speakingWord(e) {
		if !plural(w) {
			return false // "Ruiz quit and aides say"
		}
		if p := e - 1; p >= m.from && !roleLike(w) && (s.toks[p].cap && !isNumberWord(s.lowerWord(p)) ||
			isLower(s.word(p)) && !plural(s.word(p)) && p-1 >= m.from && s.toks[p-1].flags&ClassDet != 0) {
			return false // "Kyiv burns and …", "the ceasefire holds and …": a clause's verb
		}
	}
	if s.toks[m.from].flags&ClassDet != 0 && s.toks[n.from].flags&ClassDet == 0 &&
		!plural(s.lowerWord(e)) && !plural(s.lowerWord(l)) && !s.toks[n.from].cap {
		return false // "the president and father figure": one referent
	}
	return true
}

// hasNumber reports whether a word of phrase n is a number in digits: a share or a
// figure ("10 percent for the council and 40 percent for Ruiz", "Pilots and 40
// dockers"), no source that coordination makes whole. A count in words is none ("Ruiz
// and three aides", "Dockers and several pilots" are whole): read as a share, it
// would leave the last phrase alone the subject.
func (s *segmenter) hasNumber(n np) bool {
	for k := n.from; k < n.to; k++ {
		if w := s.lowerWord(k); hasDigit(w) || isNumberWord(w) {
			return true
		}
	}
	return false
}

// nameAlone returns the name that ends phrase n without a description before it: the
// capitalized words after its last word in lower case or in the possessive ("the harbor
// chiefs Ana Ruiz" is "Ana Ruiz", "the mayor's lawyers Nico Brandt" is "Nico Brandt",
// "the Halden Institute’s Ana Ruiz" is "Ana Ruiz"); n itself when it has none.
func (s *segmenter) nameAlone(n np) np {
	for x := n.to - 2; x >= n.from; x-- {
		if !s.toks[x].cap || s.toks[x].poss {
			return np{x + 1, n.to}
		}
	}
	return n
}

// titledPerson reports whether phrase n ends in a person's name whose prepositions stand
// in a title that opens the phrase before the name, after "the" or a place or not
// ("President of Soloria Ana Ruiz", "the Secretary of State Ivo Marek", "Valdoran
// Secretary of State Ivo Marek", "Prime Minister of Valdora Ivo Marek"), or nowhere
// ("Valdoran Security Advisor Ana Ruiz"), or ends in a name with a title or a known
// given name that heads the phrase, then "of" and capitalized words, a place or a body
// ("President Ana Ruiz of Soloria", "Ana Ruiz of Harbor University"); not a phrase
// without a person's name, with a preposition elsewhere ("the Office of Harbor Trade",
// "Supporters of Mr. Marek", "executives with the Harbor Authority of Soloria") or with
// the person after a preposition ("Opponents of Ana Ruiz of Soloria").
func (s *segmenter) titledPerson(n np) bool {
	if !n.ok() {
		return false
	}
	// The name ends the phrase, after its last preposition.
	last := n.from - 1
	for k := n.from; k < n.to; k++ {
		if s.lowerPrep(k) {
			last = k
		}
	}
	h := n.from
	if s.toks[h].flags&ClassDet != 0 {
		h++ // "the Secretary of State …"
	}
	office := func(k int) bool { return s.toks[k].flags&(ClassTitle|ClassRole) != 0 || s.officeAt(k, n.to) }
	for k := h; k < h+2 && k+1 < n.to && s.toks[k].cap && !office(k) && s.toks[k+1].cap; k++ {
		if office(k + 1) {
			h = k + 1 // "Valdoran Secretary of State …", "U.S. Ambassador to …": a place's title
		}
	}
	if lw := s.lowerWord(h); last < n.from || last > h && s.toks[h].cap && (office(h) || officeModifiers[lw] && h+1 < n.to && office(h+1)) {
		for x := last + 1; x < n.to-1; x++ {
			if s.personName(np{x, n.to}) {
				return true
			}
		}
	}
	// The name before "of" and a place, which end the phrase: "President Ana Ruiz of
	// Soloria".
	k := last
	if k <= n.from || s.lowerWord(k) != "of" {
		return false
	}
	for j := k + 1; j < n.to; j++ {
		if !s.toks[j].cap && s.lowerWord(j) != "the" {
			return false
		}
	}
	for x := max(n.from, k-4); x < k-1; x++ {
		if s.personName(np{x, k}) && !slices.ContainsFunc(s.toks[x:k], func(t stoken) bool { return !t.cap }) &&
			(office(x) || IsGivenName(s.word(x))) {
			// A title or a known given name: a person ("the Harbor Authority of …" is
			// none), who heads the phrase ("Opponents of Ana Ruiz of Soloria" are not
			// her).
			return !slices.ContainsFunc(s.toks[n.from:x], func(t stoken) bool { return t.flags&ClassPrep != 0 })
		}
	}
	return false
}

// hasPrep reports whether a lower-case preposition stands in phrase n: "and" after it may
// join the nouns of a name ("the Office of Harbor Trade and Fisheries", "the Halden
// Institute for Ports and Shipping"), not two sources.
func (s *segmenter) hasPrep(n np) bool {
	for k := n.from; k < n.to; k++ {
		if s.lowerPrep(k) {
			return true
		}
	}
	return false
}

// lowerPrep reports whether token k is a preposition in lower case (one that may join the
// words of a name or a title, "of" in "Office of Harbor Trade"), not a capitalized one.
func (s *segmenter) lowerPrep(k int) bool {
	return !s.toks[k].cap && s.toks[k].flags&ClassPrep != 0
}

// pluralVerb reports whether the verb at token k may have a plural subject: no English
// present tense of the third person singular ("says", "claims", and "shows" in "the
// morning shows", a noun read as a verb).
func (s *segmenter) pluralVerb(k int) bool {
	w := s.lowerWord(k)
	return s.lang.name != "english" || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")
}

// coordName reports whether phrase n can be one of the names of a coordination: it ends
// in a capitalized word that is no pronoun and does not open with "a" or "an" (not "a
// Democrat").
func (s *segmenter) coordName(n np) bool {
	h := s.toks[n.to-1]
	w := s.lowerWord(n.from)
	return h.cap && h.flags&ClassSubject == 0 && !h.inq && w != "a" && w != "an" && (s.nameWord(n.to-1) || h.flags&(ClassTitle|ClassRole|ClassOrg) != 0)
}

// knownName reports whether phrase n is a name known as one, not only capitalized: a
// person's name (a title, or a first and a last name), or a name whose last word is no
// sentence's first word ("officials in Valdora"), or, opening its sentence, a given name
// or the last name of a person named before ("Ruiz in Valdora", after Ana Ruiz).
func (s *segmenter) knownName(n np) bool {
	k := n.to - 1
	if !s.nameWord(k) {
		return false
	}
	if s.personName(n) || k > 0 && s.toks[k-1].sentence == s.toks[k].sentence {
		return true
	}
	w := s.word(k)
	return IsGivenName(w) || s.knownPerson(w, s.toks[k].start)
}

// openingAdverb reports whether phrase n is one capitalized word that opens its sentence
// and is neither a known name (see knownName) nor a noun for persons, a group or an office,
// so that it may be an adverb ("Elsewhere", "Meanwhile"; not "Officials", "Police",
// "Ruiz" after Ana Ruiz).
func (s *segmenter) openingAdverb(n np) bool {
	k := n.from
	if n.to != k+1 || !s.toks[k].cap || k > 0 && s.toks[k-1].sentence == s.toks[k].sentence || s.knownName(n) {
		return false
	}
	w := s.lowerWord(k)
	return singular(w) == w && s.toks[k].flags&(ClassRole|ClassTitle|ClassOrg|ClassSubject|ClassDet) == 0 && !roleLike(w) && !personNouns[w]
}

// placeIn are the prepositions that place what comes before them in the name after them
// ("some in Hong Kong", "officials here in Valdora").
var placeIn = map[string]bool{"in": true, "throughout": true, "across": true}

// objectRole reports whether the clause [st, end] ends with a noun phrase for one person
// (a singular noun) by role or office that a preposition governs ("in a letter to the senator", "led by a
// former ambassador"), which a name set off right after it names.
func (s *segmenter) objectRole(st, end int) bool {
	m := s.npBefore(end, st)
	if !m.ok() || m.to != end+1 || m.from <= st || s.toks[m.from-1].flags&ClassPrep == 0 || s.toks[end].cap {
		return false
	}
	w := s.lowerWord(end)
	if singular(w) != w {
		return false // "in an email to reporters, Ana Ruiz,": a group, whom no name names
	}
	return s.toks[end].flags&(ClassRole|ClassTitle) != 0 || roleLike(w) || personNouns[w]
}

// finiteVerb reports whether token k, in a phrase that starts at token from, is the
// finite verb of a headline's clause rather than a word of the phrase: the phrase opens
// its paragraph with capitalized words only (a name, a title: "Pope", "Mayor Ruiz"), and
// k is a lower-case word in -s or -ed that is no noun for a person or an organization,
// followed in its clause by its object, a determiner or a lower-case noun that is no verb
// ("Mayor tours docks", "Guild fires clerk over memo", "Senate passed bill"). One word
// before it must be a title, a role, an organization's word or an acronym, for the first
// word of a paragraph is capitalized whatever it is ("Political slogans", "Sixty years");
// several must not end with a people's adjective ("North Korean missiles"). A plural
// before a name ("Democratic candidates Ana Ruiz") and a plural for persons ("Dock
// workers rally") are none.
func (s *segmenter) finiteVerb(k, from int) bool {
	if k+1 >= len(s.toks) || !s.headlineVerbForm(k, from) {
		return false
	}
	t, next := s.toks[k], s.toks[k+1]
	if next.inq || next.cap || next.clause != t.clause {
		return false
	}
	if next.flags&(ClassVerb|ClassThink|ClassAux|ClassPast) != 0 && next.flags&ClassDet == 0 {
		return false // "Voss emails show": a noun before its verb
	}
	return next.flags&ClassDet != 0 && next.flags&(ClassSubject|ClassThat) == 0 || s.contentWord(k+1) && !strings.HasSuffix(s.lowerWord(k+1), "ed")
}

// headlineVerbForm reports whether token k, in the clause that opens its paragraph at
// token from, has the form and the place of a headline's finite verb (see finiteVerb),
// whatever follows it: "quits" in "Mayor quits:".
func (s *segmenter) headlineVerbForm(k, from int) bool {
	if s.lang.name != "english" || k <= from || k >= len(s.toks) || s.toks[from].start != s.paras[s.para(s.toks[from].start)] {
		return false
	}
	t := s.toks[k]
	if t.cap || t.inq || t.clause != s.toks[from].clause || t.flags&(notName|ClassRole|ClassOrg|ClassTitle|ClassWeak) != 0 {
		return false
	}
	if strings.EqualFold(s.word(from), "the") {
		from++ // "The NSA scoops up"
	}
	for j := from; j < k; j++ {
		if f := s.toks[j].flags; !s.toks[j].cap || s.toks[j].inq || s.toks[j].poss || f&notName != 0 && f&(ClassTitle|ClassRole|ClassOrg) == 0 {
			return false
		}
	}
	if k == from {
		return false
	} else if k == from+1 {
		// One word, capitalized at the paragraph's start whatever it is: a title, a role, an
		// organization's word or an acronym ("Pope", "Mayor", "Senate", "NSA"), not an
		// adjective or a number ("Valdoran crews pour", "Sixty years ago").
		if f, w := s.toks[from].flags, s.word(from); f&(ClassTitle|ClassRole|ClassOrg) == 0 && (len(w) < 2 || strings.ToUpper(w) != w) {
			return false
		}
	} else if lw := s.lowerWord(k - 1); strings.HasSuffix(lw, "an") || strings.HasSuffix(lw, "ese") || strings.HasSuffix(lw, "ish") {
		return false // "North Korean missiles fly": a people's adjective before a plural
	}
	w := s.lowerWord(k)
	if len(w) <= 3 || strings.ContainsAny(w, "'’") {
		return false
	}
	switch {
	case strings.HasSuffix(w, "ed"):
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		sg := singular(w)
		if roleLike(w) || personNouns[sg] || s.lang.classesOf(sg)&(ClassRole|ClassOrg|ClassTitle) != 0 {
			return false // "Dock workers", "Senate aides"
		}
	default:
		return false
	}
	return true
}

// clauseVerb returns the first token of phrase n that is a headline's finite verb (see
// finiteVerb), or -1: "Mayor tours docks" is a clause, whose subject is "Mayor".
func (s *segmenter) clauseVerb(n np) int {
	for k := n.from + 1; k < n.to-1; k++ {
		if s.finiteVerb(k, n.from) {
			return k
		}
	}
	return -1
}

// noSubjectBefore reports whether no clause of the sentence before token st, back to
// token lo, may be a subject: none is a noun phrase whole but a time ("Monday") or a
// place set off after the place that ends the clause before it ("in Lamar, MO": up to two
// capitalized words, the first no known given name).
func (s *segmenter) noSubjectBefore(st, lo int) bool {
	for end := st - 1; end >= lo && !s.toks[end].inq; {
		if s.parenthetical(end) {
			end = s.clauseStart(end, lo) - 1
			continue
		}
		cs := s.clauseStart(end, lo)
		if n := s.npBefore(end, lo); n.ok() && n.to == end+1 && (n.from == cs || s.leadingConj(cs, n.from)) {
			time := s.toks[n.from].flags&(ClassTime|ClassMonth) != 0
			place := n.from == cs && cs > lo && n.to-n.from <= 2 && s.commaBefore(cs) &&
				s.toks[cs-1].cap && s.toks[cs-1].flags&(ClassTime|ClassMonth) == 0 && !IsGivenName(s.word(cs)) &&
				!slices.ContainsFunc(s.toks[n.from:n.to], func(t stoken) bool { return !t.cap || t.flags&(ClassTitle|ClassRole|ClassDet) != 0 })
			if !time && !place {
				return false
			}
		}
		end = cs - 1
	}
	return true
}

// embeddedQuote reports whether the quotation that ends at token j (after lo) stands
// inside a phrase of its clause: a word of the same sentence right before it, with no
// comma, colon, dash or parenthesis between ("who calls the levy a “disgrace,”").
func (s *segmenter) embeddedQuote(j, lo int) bool {
	b := j
	for b >= lo && s.toks[b].inq {
		b--
	}
	return b >= lo && s.toks[b].sentence == s.toks[j].sentence && !strings.ContainsAny(s.text[s.toks[b].end:s.toks[b+1].start], ",:;—–()")
}

// personName reports whether phrase n is a person's name: titled, or of two to four
// capitalized words ("Gov. Ana Ruiz", "Ana Ruiz"; not "Ohio").
func (s *segmenter) personName(n np) bool {
	end, m := s.nameRun(n.from, n.to)
	return end == n.to && m.name != "" && m.person
}

// surePersonName reports whether phrase n is a person's name by more than its form: a
// name for personName that is surely a person's (see surePerson: a title, a known given
// name) or has the form of an East Asian name in family-name-first order ("Wang Lijun",
// see FamilyNameFirst). Two capitalized words are a person's name for personName; after
// a description they may as well be a place ("Santa Marta") or a firm ("Halden Capital
// Markets").
func (s *segmenter) surePersonName(n np) bool {
	sp := s.phrase(n)
	return s.personName(n) && (s.surePerson(sp) || FamilyNameFirst(strings.Fields(sp)))
}

// subordinators open a clause whose subject follows them at once ("in what Ana Ruiz, a
// treasurer, called", "when Ana Ruiz, in response, accused him"); not the words that are
// also prepositions ("after the vote, the mayor, a Democrat, said").
var subordinators = map[string]bool{"what": true, "when": true, "while": true, "because": true, "although": true,
	"though": true, "if": true, "whereas": true, "unless": true}

// asClause reports whether "as" at token k opens a clause of time, before a name: after a
// past verb (a listed irregular past or a word in -ed) or a word of time ("The rows went
// on into the night as Marta Holm, …, blamed", "the protest grew as Ivo Brand, …,
// spoke"), in a clause that is no relative clause nor a participle's aside ("The actor,
// who starred as Marta Holm, …, said" is the actor's; so "elected the same year as …"),
// and not after a noun, "such", "well" or a verb that names ("such as", "as well as",
// "known as", "identified as", "gave her name as").
func (s *segmenter) asClause(k int) bool {
	if k < 1 || s.lowerWord(k) != "as" || k+1 >= len(s.toks) || !s.toks[k+1].cap || s.toks[k-1].inq || s.toks[k-1].clause != s.toks[k].clause {
		return false
	}
	st := s.clauseStart(k, 0)
	if s.toks[st].flags&ClassWho != 0 || !s.toks[st].cap && participleEnding(s.lowerWord(st)) {
		return false
	}
	p, w := s.toks[k-1], s.lowerWord(k-1)
	if p.flags&(ClassTime|ClassMonth) != 0 {
		return true
	}
	return !p.cap && (p.flags&ClassPast != 0 || strings.HasSuffix(w, "ed")) && !namingAs[w] && !namingPasts[w] && w != "identified"
}

// relativeSubject returns the subject of the verb at token k whose last word before it, j,
// ends a relative clause without commas: "Some voters who listened to him said" is "Some
// voters". The relative word must follow a noun phrase and be followed by a verb; when it is
// followed by the verb's own subject instead ("a strike that officials said could hurt
// earnings", "A man who police said was armed"), that subject is the verb's (see
// subjectAfterThat).
func (s *segmenter) relativeSubject(j, k, lo int, vc int32) np {
	for w := j; w > lo && j-w < 8; w-- {
		t := s.toks[w]
		if t.clause != vc || t.inq {
			break
		}
		if lw := s.lowerWord(w); lw != "who" && lw != "whom" && lw != "that" || w == j || w-1 < lo || s.toks[w-1].clause != vc {
			continue
		}
		own := s.ownRelativeClause(w, k-1, lo) // "Officials that Ruiz backed said": the clause is whole before the verb
		if s.lowerWord(w) == "whom" && !own {
			continue // "a woman whom authorities refuse to identify": the verb is the clause's own
		}
		if v := s.toks[w+1]; !own && (v.cap || v.flags&(ClassDet|ClassSubject|ClassPrep|ClassI|ClassHe|ClassShe|ClassThey|ClassIt) != 0) {
			return np{} // "the plan that he said": not a relative clause's own verb
		}
		if n := s.npBefore(j, lo); !own && s.lowerWord(w) == "who" && n.ok() && n.from == w+1 && n.to == j+1 && s.gapAfter(k) && s.subjectAfterThat(w, n.to, k) {
			return n // "A man who police said was armed was shot": the police
		}
		if n := s.npBefore(j, lo); !own && s.lowerWord(w) == "that" && n.ok() && n.from == w && n.to == j+1 &&
			(s.nounBefore(w, lo) || s.lowerWord(w-1) == "and" || s.lowerWord(w-1) == "or") && s.subjectAfterThat(w, n.to, k) {
			// "a strike that officials said could hurt earnings", "the figure that city
			// analysts said the port hid": the relative clause's subject is the phrase
			// after "that", which the phrase reader takes for a determiner; this is its
			// verb ("who police said was armed" is read so already). Not after a verb,
			// whose "that" opens its content ("suggests that tenants could argue").
			return np{w + 1, n.to}
		}
		if indefinitePronouns[s.lowerWord(w-1)] {
			return np{w - 1, w} // "Those who fish here believe": a source that names no one
		}
		n := s.npBefore(w-1, lo)
		if !n.ok() || s.toks[n.to-1].flags&(ClassSubject|ClassTime|ClassMonth) != 0 || n.from > lo && s.toks[n.from-1].clause == vc && !s.opensPhrase(n.from-1) {
			return np{}
		}
		return n
	}
	return np{}
}

// indefinitePronouns head a subject with a relative clause and name no one ("Those who
// fish here believe", "Anyone who has seen it says").
var indefinitePronouns = map[string]bool{"those": true, "anyone": true, "anybody": true, "everyone": true,
	"everybody": true, "someone": true, "somebody": true}

// leadingConj reports whether tokens [st, from) are conjunctions only ("and the
// president").
func (s *segmenter) leadingConj(st, from int) bool {
	for k := st; k < from; k++ {
		if s.toks[k].flags&ClassConj == 0 {
			return false
		}
	}
	return st < from
}

// describedOf reports whether phrase n opens with "the" and a lower-case noun, or a
// capitalized word in the singular that the word lists know as a title or role and not as
// an organization, before "of" or "at" ("the chief executive of Halden Port", "the head
// of the guild", "The Ambassador of Soloria to Halden"), or with a possessive and a
// lower-case noun before "of", "at" or "to" ("Soloria's envoy to the Gulf States"): a
// description of a person by office, even when it ends with a name, which a name set off
// after it names.
func (s *segmenter) describedOf(n np) bool {
	poss := n.to-n.from >= 3 && s.toks[n.from].poss && s.toks[n.from].cap && !s.toks[n.from].inq
	if n.to-n.from < 3 || !poss && (n.to-n.from < 4 || s.lowerWord(n.from) != "the") {
		return false
	}
	if h := s.toks[n.from+1]; h.cap && (poss || h.flags&(ClassTitle|ClassRole) == 0 || h.flags&ClassOrg != 0 || strings.HasSuffix(s.lowerWord(n.from+1), "s")) {
		return false // but "The Ambassador of Soloria to Halden": an office, capitalized, one person's
	}
	for j := n.from + 2; j < n.to-1; j++ {
		if w := s.lowerWord(j); w == "of" || w == "at" || poss && w == "to" {
			return true
		}
		if s.toks[j].cap {
			return false
		}
	}
	return false
}

// openingAdverbBefore reports whether token st, the first of its sentence, is an adverb
// (one of subjectAdverbs or a word in -ly) and the only word before from: "Even Lena
// Varga, who has raised money, hopes …" has Lena Varga for subject, as it has without
// "Even".
func (s *segmenter) openingAdverbBefore(st, from int) bool {
	if from != st+1 || st > 0 && s.toks[st-1].sentence == s.toks[st].sentence || s.toks[st].inq {
		return false
	}
	return subjectAdverbs[s.lowerWord(st)] || s.lyWord(st)
}

// lyWord reports whether token k, capitalized or not, is a word in -ly that is no noun
// (lyNouns): an adverb where it opens a sentence ("Privately", "Shortly"), which adverb
// leaves to names.
func (s *segmenter) lyWord(k int) bool {
	w := s.lowerWord(k)
	return len(w) > 3 && strings.HasSuffix(w, "ly") && !lyNouns[w]
}

// subjectAdverbs are the adverbs without -ly that open a sentence right before its subject
// ("Even Ana Ruiz, a critic of the plan, said"), and open no name ("Now TV" is a station's)
// nor a phrase of their own as a preposition does ("After the mayor, Ana Ruiz, spoke, …").
var subjectAdverbs = map[string]bool{"even": true, "meanwhile": true, "still": true, "instead": true,
	"moreover": true, "however": true, "also": true, "later": true, "earlier": true, "ultimately": true}

// commaBefore reports whether a comma, dash or parenthesis separates token st from the
// token before it (a dash also typed as " - " or "--", see hasDash).
func (s *segmenter) commaBefore(st int) bool {
	if st <= 0 {
		return false
	}
	gap := s.text[s.toks[st-1].end:s.toks[st].start]
	return strings.ContainsAny(gap, ",—–()") || hasDash(gap)
}

// commaBetween reports whether a comma, semicolon, colon or dash stands between tokens j
// and k outside parentheses.
func (s *segmenter) commaBetween(j, k int) bool {
	depth := 0
	t := s.text[s.toks[j].end:s.toks[k].start]
	for i, r := range t {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		case ',', ';', ':', '—', '–':
			if depth <= 0 {
				return true
			}
		case '-':
			// A dash typed as "--" or " - " (see hasDash), not a hyphen.
			if depth <= 0 && (strings.HasPrefix(t[i:], "--") || i > 0 && t[i-1] == ' ' && strings.HasPrefix(t[i:], "- ")) {
				return true
			}
		}
	}
	return false
}

// clauseStart returns the first token of token k's clause, not before lo.
func (s *segmenter) clauseStart(k, lo int) int {
	c := s.toks[k].clause
	for k > lo && s.toks[k-1].clause == c && !s.toks[k-1].inq {
		k--
	}
	return k
}

// opensPhrase reports whether token k may stand right before a subject in its clause: a
// conjunction, a preposition's object ended ("In Valdora, Varga said" has a comma; "and
// Voss said"), or the start of a quotation's attribution.
func (s *segmenter) opensPhrase(k int) bool {
	if s.toks[k].flags&(ClassConj|ClassThat) != 0 {
		return true
	}
	switch s.lowerWord(k) {
	case "when", "as", "after", "before", "since", "until", "while", "because", "if", "although", "though", "once",
		"whereas", "unless", "whether", "where", "so":
		return true // "shortly after her office said"
	case "only", "just", "even", "nearly", "almost", "roughly", "about", "around", "fully", "exactly", "barely",
		"merely", "than":
		return true // "Only 24 percent said", "more than half said": a focus before a number or quantifier
	}
	return false
}

// appositionAt reports whether tokens [st, end] (a clause between a subject and its verb)
// read as an apposition, a relative clause, an age or a parenthetical: they open with a
// determiner, a relative pronoun, a number, a lower-case word, a title, or a parenthesis,
// and hold no reporting verb of their own after a subject.
func (s *segmenter) appositionAt(st, end int) bool {
	if st > end {
		return false
	}
	if st > 0 && strings.ContainsAny(s.text[s.toks[st-1].end:s.toks[st].start], "(") {
		return true
	}
	t := s.toks[st]
	switch {
	case end == st && t.flags&(ClassConj|ClassFunc|ClassAux) != 0 && t.flags&ClassSubject == 0:
		// "Halden, however, said"
	case t.flags&ClassPrep != 0 && t.flags&ClassSubject == 0:
		// "Okafor, in the wake of the flood report, told"
	case t.flags&(ClassDet|ClassWho) != 0 && t.flags&ClassSubject == 0:
	case isNumberWord(s.word(st)):
	case !t.cap && t.flags&(ClassConj|ClassSubject|ClassPrep) == 0:
	case t.flags&(ClassTitle|ClassRole) != 0:
	case t.cap && end-st < 6 && s.toks[end].flags&(ClassRole|ClassOrg) != 0:
		// "Jim Hale, White House spokesman, said"
	case t.cap && end-st < 16 && s.hasRoleWord(st, end):
		// "…, guild member in the 1970s and longtime Harbor Party treasurer
		// from Valdora, endorsed"
	default:
		return false
	}
	return end-st < 30
}

// hasRoleWord reports whether a lower-case role word ("member", "spokesman") stands in
// tokens [st, end].
func (s *segmenter) hasRoleWord(st, end int) bool {
	for k := st; k <= end; k++ {
		if !s.toks[k].cap && (s.toks[k].flags&ClassRole != 0 || roleLike(s.lowerWord(k))) {
			return true
		}
	}
	return false
}

// courtesyBefore reports whether token k follows an English courtesy title in its
// clause ("Mr.", "Mrs.", "Ms.", "Miss"), which only a surname follows.
func (s *segmenter) courtesyBefore(k int) bool {
	return k > 0 && s.toks[k-1].clause == s.toks[k].clause && s.toks[k-1].cap && courtesyTitle(s.lowerWord(k-1)) != genderUnknown
}

// npAfter returns the noun phrase that starts at token k, before token hi: "said Mira
// Delacroix, an analyst" is "Mira Delacroix"; "said a spokesman for the ministry".
func (s *segmenter) npAfter(k, hi int) np {
	if k >= hi || k >= len(s.toks) || s.toks[k].inq {
		return np{}
	}
	t := s.toks[k]
	if t.flags&(ClassSubject) != 0 {
		return np{k, k + 1}
	}
	if t.flags&ClassThat != 0 {
		return np{} // "said that …"
	}
	c := t.clause
	end := k
	joined := false // a postnominal adjective and its preposition were taken ("close to")
	for end < hi && end < len(s.toks) && s.toks[end].clause == c && end-k < maxSpeakerWords && !s.toks[end].inq {
		u := s.toks[end]
		if end > k && u.cap && s.courtesyBefore(end) {
			end++ // "said Mr. Many, the lawyer", "said Mr. Little": a surname, whatever else the word is
			continue
		}
		if s.finiteVerb(end, k) {
			break // "Mayor sacks aide over leak": a headline's clause, its subject before its verb
		}
		switch {
		case end == k && u.flags&ClassDet != 0 && u.flags&ClassSubject == 0:
		case end == k+1 && u.flags&ClassPrep != 0 && adjectivalPreps[s.lowerWord(end)] && s.counterBefore(end):
			// "said an inside source"
		case end == k && quantifiers[s.lowerWord(end)] && end+1 < hi && end+1 < len(s.toks) && s.toks[end+1].clause == c:
			// "said one former senior port official", "said two people familiar with …"
		case isNumberWord(s.word(end)) && end > k && s.toks[end-1].cap && !s.toks[end-1].poss:
			// "Article 45 of the Basic Law", "Resolution 2334"
		case end > k && !u.cap && s.toks[end-1].cap && !s.toks[end-1].poss && !roleLike(s.lowerWord(end)) && u.flags&(ClassRole|ClassOrg) == 0 &&
			end+1 < len(s.toks) && s.toks[end+1].clause == c && s.toks[end+1].flags&(ClassPrep|ClassDet|ClassThat) != 0 &&
			!(s.toks[k].flags&ClassDet != 0 && s.toks[k].flags&ClassSubject == 0 && end-k <= 3) &&
			!(u.flags&ClassPrep != 0 && s.toks[end-1].flags&(ClassTitle|ClassRole) != 0 && s.toks[end-1].flags&ClassOrg == 0) &&
			!s.officeAt(end-1, len(s.toks)):
			// "Perez lobbies for …": a verb after the name; but "a Wednesday editorial in …",
			// "the Varga campaign on …": a noun after a determiner and a name; and
			// "Secretary of the Treasury", "Envoy to the Valdora Republic", "Head of the
			// Port Authority": a title's or office's preposition
			goto done
		case end > k && !u.cap && s.toks[end-1].cap && !s.toks[end-1].poss && s.lang.name == "english" &&
			(strings.HasSuffix(s.lowerWord(end), "ed") || u.flags&ClassPast != 0) && u.flags&(ClassRole|ClassOrg|ClassTitle) == 0:
			goto done // "Okafor started out …": a verb after the name
		case end > k && s.pastVerbAfterHead(end, k, hi-1):
			goto done // "The organizers prepared 5,000 flags and said …": a verb after the head
		case u.flags&ClassConj != 0 && s.lowerWord(end) == "and" && end > k && s.toks[end-1].flags&(ClassTitle|ClassRole) != 0 &&
			end+1 < len(s.toks) && s.toks[end+1].cap && s.toks[end+1].clause == c:
			// "former Valdora Gov. and Harbor Party Chairman Rui Santos"
		case u.flags&ClassConj != 0 && end > k && s.titleObjectAnd(end, k):
			// "High Representative for Trade and Fisheries Policy Tomas Brell"
		case postnominal[s.lowerWord(end)] && end > k && !u.cap && end+2 < hi && end+2 < len(s.toks) &&
			s.toks[end+1].flags&ClassPrep != 0 && s.toks[end+1].clause == c && s.toks[end+2].clause == c && !s.toks[end+2].inq:
			// "said a source close to the council", "one Democrat familiar with the talks"
			end++
			joined = true
		case u.poss || s.nameWord(end) || u.flags&(ClassTitle|ClassRole|ClassOrg) != 0 || s.contentWord(end):
		case isNumberWord(s.word(end)) && end+1 < hi && strings.Contains(s.word(end+1), "-"):
		case end > k && s.toks[end-1].poss && !s.toks[end-1].inq && (u.cap || s.contentWord(end) || strings.HasSuffix(s.lowerWord(end), "ly")) &&
			u.flags&(ClassSubject|ClassThat|ClassVerb) == 0:
			// "USA Today's weekly video series", "BBC Radio Four's Any Questions": the
			// possessed noun after a possessive
		case end > k && u.cap && u.flags&ClassTime != 0 && s.toks[end-1].flags&ClassDet != 0 && s.toks[end-1].flags&ClassSubject == 0:
			// "a Wednesday editorial"
		case nameParticles[s.lowerWord(end)] && end > k && s.toks[end-1].cap && end+1 < len(s.toks) && s.toks[end+1].cap &&
			s.toks[end+1].clause == c:
			// "said Bill de Blasio"
		case u.flags&ClassPrep != 0 && end > k && joinsNouns(s.lowerWord(end)) && end+1 < hi && end+1 < len(s.toks) &&
			s.toks[end+1].clause == c && (s.toks[end+1].cap || s.toks[end+1].flags&ClassDet != 0 ||
			s.toks[end-1].flags&(ClassRole|ClassTitle) != 0 && end+2 < len(s.toks) && s.toks[end+2].cap ||
			quantifiers[s.lowerWord(end+1)] && !s.toks[end-1].cap ||
			recordNouns[s.lowerWord(end-1)] && s.lowerWord(end) != "for" && s.contentWord(end+1)) && !s.toks[end+1].inq:
			// "a spokesman for the ministry", "former secretary of state Ana Ruiz",
			// "a pollster for one of the ferry lines", "information from harbor
			// officials" (whose figures they are: see recordAgent)
		case end >= k+2 && s.toks[end-1].flags&ClassPrep != 0 && (joined || s.afterJoin(end-1)) &&
			(u.flags&ClassDet != 0 && u.flags&(ClassSubject|ClassThat|ClassWho) == 0 || quantifiers[s.lowerWord(end)]):
			// "a spokesman for the ministry", "a pollster for one of the ferry lines": a
			// determiner or quantifier after a preposition that joins a common noun to the
			// next; not "said Smith of the agency" (a name's own phrase ends before its
			// preposition) nor "said the senator at a town hall" (a place, not the source).
			joined = false
		default:
			goto done
		}
		end++
	}
done:
	for end > k && !(s.toks[end-1].cap && s.courtesyBefore(end-1)) && (s.toks[end-1].flags&(ClassPrep|ClassDet|ClassConj) != 0 && s.toks[end-1].flags&(ClassTitle|ClassRole) == 0 ||
		!s.headWord(end-1) || postnominal[s.lowerWord(end-1)]) {
		end-- // and not "a campaign aide familiar" when "the polling" is no head
	}
	if end <= k {
		return np{}
	}
	if n, ok := s.nameAfterDescription(k, end, hi); ok {
		return n
	}
	return s.coordinationAfter(np{k, end}, hi)
}

// coordinationAfter returns the name n that npAfter read with the name joined to it after
// it by "and", when that name ends its clause ("said Ana Ruiz and Ivo Marek."), else n;
// the names are recorded as coordination records them, a description before the first
// left to the source phrase ("said the harbor chiefs Ana Ruiz and Ivo Marek": Ana Ruiz
// and Ivo Marek).
func (s *segmenter) coordinationAfter(n np, hi int) np {
	a := n.to
	if a+1 >= hi || a+1 >= len(s.toks) || s.lowerWord(a) != "and" || s.toks[a].inq || s.toks[a].clause != s.toks[n.to-1].clause ||
		!s.coordName(n) || s.hasPrep(n) {
		return n
	}
	m := s.npAfter(a+1, hi)
	if !m.ok() || m.from != a+1 || !s.coordName(m) || m.to < hi && m.to < len(s.toks) && s.toks[m.to].clause == s.toks[m.to-1].clause {
		return n
	}
	first := s.nameAlone(n) // "said the harbor chiefs Ana Ruiz and Ivo Marek" (as in coordination)
	parts := []np{first, m}
	if ps := s.conjuncts[s.toks[m.from].start]; len(ps) > 1 && ps[len(ps)-1].to == m.to {
		parts = append([]np{first}, ps...) // "said Ruiz and Marek and Holt"
	}
	if s.conjuncts == nil {
		s.conjuncts = map[int][]np{}
	}
	s.conjuncts[s.toks[n.from].start] = parts
	return np{n.from, m.to}
}

// nameAfterDescription returns the name set off by a comma after the description [k, end)
// that a verb's subject after it ends with, when that name ends the clause (", said the
// port's director, Ana Ruiz.", ", said the festival's host, singer Lio Brandt"): the name
// names the source, the description says who it is. Up to two lower-case role words may
// stand before the name.
func (s *segmenter) nameAfterDescription(k, end, hi int) (np, bool) {
	last := end - 1
	if s.toks[last].cap || s.toks[k].flags&ClassDet == 0 && !s.toks[k].poss && !(k+1 < end && s.toks[k].poss) ||
		end >= hi || end >= len(s.toks) || strings.TrimSpace(s.text[s.toks[last].end:s.toks[end].start]) != "," {
		return np{}, false
	}
	head := last
	for h := k + 1; h < last; h++ {
		if s.toks[h].flags&ClassPrep != 0 {
			head = h - 1 // "the author of the report": the noun before the preposition
			break
		}
	}
	if evidenceNouns[s.lowerWord(head)] || recordDescriptions[s.lowerWord(head)] {
		return np{}, false // "according to the report, Ana Ruiz, the mayor, …": a record is no one a name stands for
	}
	n := end
	for n < hi && n < end+2 && !s.toks[n].cap && roleLike(s.lowerWord(n)) {
		n++
	}
	from := n
	for n < hi && n < from+4 && s.nameWord(n) && s.toks[n].clause == s.toks[from].clause && s.toks[n].flags&(ClassTitle|ClassRole|ClassOrg) == 0 {
		n++
	}
	if n-from < 2 || n < len(s.toks) && s.toks[n].sentence == s.toks[from].sentence && (s.toks[n].clause == s.toks[from].clause || s.toks[n].inq) {
		return np{}, false // a full name, first and last, that ends its clause, and no quotation after it ("called the chief, Ana Ruiz, “driven”")
	}
	return np{from, n}, true
}

// recordDescriptions are records, besides evidenceNouns, that a description before a name
// may name ("according to the statement, Ana Ruiz, the spokeswoman, declined …"): the
// name after them is no source.
var recordDescriptions = map[string]bool{"statement": true, "statements": true, "indictment": true, "complaint": true,
	"ruling": true, "letter": true, "lawsuit": true, "article": true, "story": true, "book": true, "filing": true}

// afterJoin reports whether the preposition at token p joins the common noun before it to
// the phrase after it: "of" or "for" after a lower-case noun or a title ("a spokesman for
// the", "the head of the", "Secretary of the Treasury"), "to" after a capitalized title
// before a capitalized word ("Envoy to the Valdora Republic"); not "at", "from" or "with", which
// after a verb's subject name a place or an occasion more often than the source ("said the
// president at the White House").
func (s *segmenter) afterJoin(p int) bool {
	if p < 1 || p+1 >= len(s.toks) {
		return false
	}
	prev := s.toks[p-1]
	common := !prev.cap && s.contentWord(p-1) || prev.flags&(ClassTitle|ClassRole) != 0 ||
		quantifiers[s.lowerWord(p-1)] && s.lowerWord(p) == "of" || // "one of the candidates"
		s.officeAt(p-1, len(s.toks)) // "Head of the Port Authority"
	if !common {
		return false
	}
	switch s.lowerWord(p) {
	case "of", "for":
		return true
	case "to":
		// "said Envoy to the Valdora Republic Mark Dolan": a capitalized title's place.
		return prev.cap && prev.flags&(ClassTitle|ClassRole) != 0 && p+2 < len(s.toks) && s.toks[p+2].cap
	}
	return false
}

// asPhrase reports whether tokens [i, e), one clause, are the noun phrase of an "as"
// before them with no verb of their own, or (after one, afterAs) a clause that goes on
// listing without a verb: "As members of the council, as well as partners of the bloc,
// both countries …" says what the subject is, it is not the subject ("As the minister
// said, …" has a verb).
func (s *segmenter) asPhrase(i, e int, afterAs bool) bool {
	if !afterAs && (i == 0 || s.lowerWord(i-1) != "as" || s.toks[i-1].clause != s.toks[i].clause) || e >= len(s.toks) || s.toks[e].clause == s.toks[i].clause {
		return false
	}
	for j := i; j < e; j++ {
		if s.toks[j].flags&(ClassVerb|ClassAux|ClassThink) != 0 {
			return false
		}
	}
	return true
}

// sentenceSubject returns the subject of the sentence that tokens [lo, k) open, for a
// participle or a coordinated verb without one of its own ("The president responded on
// Twitter, calling it “…”"); a leading adverbial ("On Friday,", "In a statement,") is
// passed over. For a verb k in a participle clause that opens the sentence it is the
// main clause's subject after k (see openingParticipleSubject).
func (s *segmenter) sentenceSubject(lo, k int) np {
	if lo < k && k < len(s.toks) && s.toks[k].sentence == s.toks[lo].sentence {
		// k is a verb of the sentence, not the end of the range (the next sentence's first
		// word): "While insisting that the dam was unsafe, Ana Ruiz called …" is Ana Ruiz.
		if n, opening := s.openingParticipleSubject(k); opening {
			return n
		}
	}
	i := lo
	// Leading clauses that hold no subject: a dateline ("WASHINGTON, June 10 (UPI) —"), an
	// adverbial ("On Friday,", "In response to …,", "Hours later,"), a participle's clause
	// ("Walking to the next house,").
	afterAs := false
	opener := -1 // a noun for people that opens the sentence before a preposition (see openerNoun)
	qEnd := -1   // the end of a quantified subject at i (see quantifiedPhrase)
	for range 4 {
		subordinate := false // a clause that opens with "As", "While", "Although": not the sentence's main clause
		for i < k && (s.toks[i].inq || s.toks[i].flags&ClassConj != 0 && s.toks[i].flags&ClassSubject == 0) {
			// "Though, Ruiz said, …": a comma right after the word opens no clause of its own.
			subordinate = subordinate || s.subordinator(i) && i+1 < k && s.toks[i+1].clause == s.toks[i].clause
			i++
		}
		if i >= k {
			return np{}
		}
		for i > lo && i < k && s.toks[i].dateline {
			i++ // "HALDEN, Soloria — …": the dateline's country, after its city, is no subject
		}
		if i >= k {
			return np{}
		}
		c := s.toks[i].clause
		e := i
		for e < k && s.toks[e].clause == c {
			e++
		}
		qEnd = s.quantifiedPhrase(i, e)
		adverbial := subordinate && e < k && s.clauseHasVerb(i, e) ||
			s.toks[i].flags&(ClassPrep|ClassTime|ClassFunc|ClassMonth) != 0 && s.toks[i].flags&ClassSubject == 0 && qEnd < 0 ||
			s.adverb(i) || s.dateline(i) || commonOpeners[s.lowerWord(i)] || s.parenthetical(i) ||
			s.asPhrase(i, e, afterAs) || e < k && e-i <= 10 && strings.HasSuffix(s.lowerWord(i), "ing") && len(s.word(i)) > 5 && !(e == i+1 && s.nameWord(i))
		afterAs = afterAs || s.asPhrase(i, e, false)
		if adverbial && i == lo && i+1 < k && s.toks[i+1].flags&ClassPrep != 0 && s.openerNoun(i) {
			opener = i // "Critics of Ana Ruiz shouted … and refused": read whole below
		}
		if !adverbial {
			break
		}
		if e >= k {
			// No comma after the adverbial ("In Friday's address the senator took …"):
			// the subject starts at the first determiner, pronoun or name after a noun.
			for i += 2; i < k && s.toks[i].clause == c; i++ {
				if (s.toks[i].flags&(ClassDet|ClassSubject) != 0 || s.nameWord(i)) && !s.nameWord(i-1) {
					break
				}
			}
			break
		}
		i = e
	}
	if i >= k || s.toks[i].inq {
		return np{}
	}
	if s.lowerWord(i) == "let" && (s.toks[i].poss || i+1 < k && s.lowerWord(i+1) == "us") {
		return np{} // "Let's wake up and urge the council to …": an imperative, no subject
	}
	// "It is Washington and its allies that keep …": a cleft sentence's subject is the
	// phrase it puts first.
	if s.lowerWord(i) == "it" && i+2 < k && isBe(s.lowerWord(i+1)) {
		for j := i + 2; j < k && j < i+12 && s.toks[j].clause == s.toks[i].clause; j++ {
			if s.toks[j].flags&(ClassThat|ClassWho) != 0 && s.toks[j].flags&ClassDet == 0 || s.lowerWord(j) == "that" {
				if n := s.npBefore(j-1, i+2); n.ok() {
					return np{i + 2, j}
				}
				break
			}
		}
	}
	if s.toks[i].flags&ClassSubject != 0 {
		return np{i, i + 1}
	}
	if qEnd > i {
		return np{i, qEnd} // "Several residents left the city and said …"
	}
	n := s.npAfter(i, k)
	if quantifiers[s.lowerWord(i)] && s.lowerWord(i+1) == "of" {
		// "Thousands of protesters gathered …, demanding …": a quantifier heads its
		// phrase through "of" (the phrase reader takes a capitalized one for a name,
		// whose phrase ends before a preposition).
		for j := i + 2; j < k; {
			m := s.npAfter(j, k)
			if !m.ok() || m.to < k && s.lowerWord(m.to) != "of" && !s.verbNext(m.to, k) {
				break // not "Members of the camp let the vote …": a verb the phrase reader took
			}
			n = np{i, m.to}
			if m.to >= k || s.lowerWord(m.to) != "of" {
				break
			}
			j = m.to + 1 // "Tens of thousands of supporters"
		}
	}
	if opener >= 0 && n.ok() && n.from > opener {
		// "Supporters for Varga … refused": the noun that opens the sentence heads the
		// subject with its phrase, not the name after its preposition, when the phrase
		// reads whole back from the name's end (see npBefore).
		if m := s.npBefore(n.to-1, opener); m.from == opener {
			n.from = opener
		}
	}
	return n
}

// quantifiedPhrase returns the end of the noun phrase that a quantifier or a number at
// token i opens as the subject of its clause (which ends before token e), or -1: the
// quantifier, at most three modifiers (no relative word), the first plural noun in lower
// case (see pluralNoun) and right after it a verb the language knows (see verbNext):
// "Several residents left the city and said …", "Two senior officials toured …",
// "Many people argue …". Other shapes stay adverbials, as a function word that opens a
// sentence is: "Two days later", "Most importantly", "All in all", and phrases whose
// verb the lists do not know ("some provisions seem"), where reading on would take the
// verb into the subject.
func (s *segmenter) quantifiedPhrase(i, e int) int {
	if !quantifiers[s.lowerWord(i)] || s.lang.name != "english" {
		return -1
	}
	for h := i + 1; h < e && h <= i+4; h++ {
		t := s.toks[h]
		w := s.lowerWord(h)
		if t.inq || t.clause != s.toks[i].clause || timeNouns[w] ||
			t.flags&(ClassTime|ClassMonth|ClassPrep|ClassConj|ClassDet|ClassVerb|ClassAux|ClassPast|ClassThink|ClassSubject|ClassWho|ClassThat) != 0 {
			return -1
		}
		if !t.cap && pluralNoun(w) {
			if s.verbNext(h+1, e) {
				return h + 1
			}
			return -1 // "Most young people folks want": the first plural heads the phrase
		}
	}
	return -1
}

// verbNext reports whether token k, before token e, is a verb in lower case the language
// knows, or an adverb in -ly or of preVerbal before one, in the clause of the token
// before it: a form of be, have or do or a modal, or a listed verb, a past, a verb of
// thinking, a negation or a word in -ed that its clause goes on after ("All things
// considered, …" is no clause; nor is an adverb of the auxiliaries' class a verb: "Three
// minutes later", "Several miles further").
func (s *segmenter) verbNext(k, e int) bool {
	if k < e && (s.adverb(k) || preVerbal[s.lowerWord(k)]) {
		k++
	}
	if k >= e || s.toks[k].cap || s.toks[k].inq || s.toks[k].clause != s.toks[k-1].clause {
		return false
	}
	w := s.lowerWord(k)
	if s.toks[k].flags&ClassAux != 0 {
		// The auxiliaries proper: the class holds adverbs too ("further", "again").
		return isBe(w) || modals[w] || haveDo[w]
	}
	if k+1 >= e || s.toks[k+1].clause != s.toks[k].clause {
		return false // "All things considered, …": a participle that ends its clause
	}
	return s.toks[k].flags&(ClassVerb|ClassPast|ClassThink|ClassNeg) != 0 || strings.HasSuffix(w, "ed")
}

// preVerbal are adverbs that stand between a subject and its verb ("Some readers also
// shared …") besides those in -ly.
var preVerbal = wordSet("also still often never always even already just")

// haveDo are the forms of have and do, auxiliaries.
var haveDo = wordSet("have has had having do does did")

// subordinator reports whether token k is a conjunction that opens its sentence and may
// open a subordinate clause ("As Ruiz said, …", "While the council met, …", "Although
// …"): a clause set off by a comma before the main one, with a verb of its own (see
// clauseHasVerb), whose subject is not the sentence's.
func (s *segmenter) subordinator(k int) bool {
	if s.lang.name != "english" || k > 0 && s.toks[k-1].sentence == s.toks[k].sentence {
		return false
	}
	switch s.lowerWord(k) {
	case "as", "while", "whereas", "although", "though":
		return true
	}
	return false
}

// clauseHasVerb reports whether tokens [from, to) hold a verb that is no -ing form: a
// listed verb, auxiliary or past, or a word in -ed in lower case, with no hyphen and not
// right after a determiner ("Ruiz said", "the guilds praised", "the council has"), so that a subordinator opens a clause there, not
// a phrase ("As a harbor pilot, …") nor a name before its apposition ("Though Ana Ruiz,
// the mayor, said …").
func (s *segmenter) clauseHasVerb(from, to int) bool {
	for k := from; k < to; k++ {
		t := s.toks[k]
		if t.inq || t.cap {
			continue
		}
		if t.flags&(ClassVerb|ClassThink|ClassPast|ClassAux) != 0 && !s.participle(k) {
			return true
		}
		if w := s.lowerWord(k); strings.HasSuffix(w, "ed") && !strings.Contains(w, "-") && k > from && s.toks[k-1].flags&ClassDet == 0 {
			return true // not "an absent-minded pilot", "the armed men"
		}
	}
	return false
}

// dateline reports whether token k opens a dateline: a word in capitals at a paragraph's
// start, then a comma or a dash ("WASHINGTON, June 10 (UPI) —", "KIEV —").
func (s *segmenter) dateline(k int) bool {
	w := s.word(k)
	if len(w) < 3 || !isUpper(w) || s.toks[k].start != s.paras[s.para(s.toks[k].start)] {
		return false
	}
	return k+1 >= len(s.toks) || strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ",—–-")
}

// phrase returns the text of the tokens of n (periods of titles kept, runs of spaces made
// one), leading conjunctions left out.
func (s *segmenter) phrase(n np) string {
	from := n.from
	for from < n.to && s.toks[from].flags&ClassConj != 0 && s.toks[from].flags&ClassSubject == 0 {
		from++
	}
	if from >= n.to {
		return ""
	}
	if s.percentAfter(n.to - 1) {
		return s.text[s.toks[from].start : s.toks[n.to-1].end+1] // "47%"
	}
	if from+1 == n.to && s.toks[from].flags&ClassSubject != 0 {
		// "they've", "she'd": the pronoun without the verb written onto it
		if w := s.word(from); subjectContraction(strings.ToLower(w)) {
			return w[:strings.IndexAny(w, "'’")]
		}
	}
	return s.span(from, n.to)
}

// startsLower reports whether s, after leading spaces, starts with a lower-case letter.
func startsLower(s string) bool {
	s = strings.TrimLeft(s, " ")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// describedName returns, for the phrase n before a relative "who", the noun phrase right
// before it when n opens with "a" or "an" and a comma, dash or parenthesis stands between
// them ("Lena Varga, a harbor pilot from Soloria, who said" is Lena Varga): the person the
// clause is about. That phrase must end with a capitalized word that may be a name (see
// nameWord) and open with no determiner ("The Halden Rowers, a club from Soloria, who"
// is left alone); otherwise, as for a description with "the" or with no phrase before its
// comma, it returns no phrase. An age set off by commas may stand between the name and
// the description ("Lena Brill, 40, a baker, who said"; see ageBefore). subjectOf asks
// when n's last word is capitalized, or after an age; otherwise a description that ends in
// lower case ("Lena Varga, a harbor pilot, who said") is read as before.
func (s *segmenter) describedName(n np, lo int) np {
	if w := s.lowerWord(n.from); w != "a" && w != "an" || n.from-1 <= lo || !s.commaBefore(n.from) {
		return np{}
	}
	at := s.ageBefore(n.from, lo)
	m := s.npBefore(at-1, lo)
	if !m.ok() || m.to != at || !s.toks[m.to-1].cap || !s.nameWord(m.to-1) || s.toks[m.from].flags&ClassDet != 0 {
		return np{}
	}
	return m
}

// quoteInAside reports whether the quotation that ends right before token st stands
// inside an aside that a comma or a dash opens after lo, the aside's words going on after
// it with no punctuation between: "Lena Vela - the baker whose “family loaf” won the
// county prize twice - told", not "Officials said the “toll plan” was dropped, while Ana
// Ruiz, the mayor, said", where the words before the quotation open the sentence.
func (s *segmenter) quoteInAside(st, lo int) bool {
	q := st - 1
	if gap := s.text[s.toks[q].end:s.toks[st].start]; !s.embeddedQuote(q, lo) || strings.ContainsAny(gap, ",;:—–()") || hasDash(gap) {
		return false
	}
	for q >= lo && s.toks[q].inq {
		q--
	}
	as := s.clauseStart(q, lo)
	return as > lo && !s.toks[as-1].inq && s.commaBefore(as)
}

// restrictiveAntecedent returns the common noun phrase that a restrictive relative
// "who" at token j follows, in its clause with no comma between: the person the clause
// is about, not the sentence's subject ("The council heard from a farmer who said …" is
// the farmer's). A time right after the phrase is passed over ("detained a fisherman on
// Friday who claimed"), and so is a length of time with its preposition ("held a man for
// two days who said"), and the phrase is cut as antecedentCore cuts it. A description
// with "a" or "an" after a name or the phrase that opens the sentence, and a comma, is
// that phrase's ("The mayor, a lawyer who said …", "Ivo Brill, 40, a baker who said …";
// not "Outside the hall, a man who said …"), and a predicate noun with "a", "an" or "one"
// the subject's ("Ruiz is a lawyer who says …", "Ruiz was one of many who said …": Ruiz).
// No phrase when none is found or it is a pronoun.
func (s *segmenter) restrictiveAntecedent(j, lo int) np {
	b := j - 1
	if b < lo || s.toks[b].inq || s.toks[b].clause != s.toks[j].clause {
		return np{}
	}
	if s.toks[b].flags&(ClassTime|ClassMonth) != 0 {
		// "on Friday", "last week": a time of the clause before, not the noun.
		for b--; b >= lo && !s.toks[b].inq && s.toks[b].clause == s.toks[j].clause &&
			(s.toks[b].flags&(ClassPrep|ClassDet) != 0 || isNumberWord(s.word(b)) || s.lowerWord(b) == "last" || s.lowerWord(b) == "next"); b-- {
		}
	}
	if b < lo || s.toks[b].inq || s.toks[b].clause != s.toks[j].clause {
		return np{}
	}
	n := s.npBefore(b, lo)
	if !n.ok() || n.to != b+1 || s.toks[n.to-1].flags&ClassSubject != 0 {
		return np{}
	}
	if timeSpans[s.lowerWord(n.to-1)] {
		// "held a man for two days who said": a length of time after the noun is the
		// clause's, not the noun's.
		for q := n.to - 2; q > n.from && q >= n.to-4; q-- {
			if s.toks[q].flags&ClassPrep != 0 {
				n.to = q
				break
			}
		}
	}
	n = s.antecedentCore(n)
	first := s.lowerWord(n.from)
	if (first == "a" || first == "an") && n.from-1 > lo && s.commaBefore(n.from) {
		at := s.ageBefore(n.from, lo)
		if m := s.npBefore(at-1, lo); m.ok() && m.to == at && !s.toks[m.to-1].inq && s.toks[m.to-1].flags&ClassSubject == 0 &&
			(s.toks[m.to-1].cap || m.from == lo || s.toks[m.from-1].sentence != s.toks[m.from].sentence) {
			// A name, or the phrase that opens the sentence ("The mayor, a lawyer who");
			// not a phrase of place or an object before the comma ("Outside the hall, a
			// man who", "To reach the pier, a driver who").
			return s.antecedentCore(m)
		}
	}
	if p := n.from - 1; (first == "a" || first == "an" || first == "one") && p > lo && !s.toks[p].inq && s.toks[p].clause == s.toks[n.from].clause &&
		(isBe(s.lowerWord(p)) || becomeForms[s.lowerWord(p)]) {
		if m, _ := s.subjectOf(p, lo); m.ok() {
			return m
		}
	}
	return n
}

// becomeForms are the forms of "become", a copula like "be".
var becomeForms = map[string]bool{"become": true, "becomes": true, "became": true, "becoming": true}

// antecedentCore returns the noun phrase n, which the phrase reader may have read too far
// back, from its last preposition or verb on: after a preposition whose head can speak
// for no one ("the firing of a clerk", "a plea from widows": the clerk, the widows; not
// "one of the delegates", "a member of the board", "the crews at the pier"), and after a
// verb, one before a determiner, a number or a quantifier ("met several growers"), one
// in -ing after a preposition or a subordinator or one after a subject pronoun (see
// verbOpensPhrase), or one in -s or -ed after a name or a determiner and its noun
// ("Police detained strikers", "The board hired a clerk", "The union represents dockers";
// not "retired sailors", "young farming families").
func (s *segmenter) antecedentCore(n np) np {
	for q := n.to - 2; q >= n.from; q-- {
		w := s.lowerWord(q)
		if w == "of" || s.toks[q].flags&ClassPrep != 0 {
			if h := q - 1; h < n.from || !s.antecedentHead(h) {
				n.from = q + 1
				return n
			}
			continue
		}
		if s.toks[q].cap || s.toks[q].flags&(ClassDet|ClassFunc|ClassConj|ClassSubject) != 0 {
			continue
		}
		u := s.toks[q+1]
		verb := s.verbForm(q) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3
		afterNoun := q > n.from && (s.toks[q-1].cap && s.toks[q-1].flags&ClassDet == 0 ||
			q-2 >= n.from && s.toks[q-2].flags&ClassDet != 0 && s.toks[q-1].flags&ClassDet == 0 && !s.toks[q-1].cap) &&
			(strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed"))
		if verb && (u.flags&ClassDet != 0 || isNumberWord(s.word(q+1)) || quantifiers[s.lowerWord(q+1)] || q == n.from && s.verbOpensPhrase(q) || afterNoun) {
			n.from = q + 1
			return n
		}
	}
	return n
}

// verbOpensPhrase reports whether token q, the first of a noun phrase the phrase reader
// found, is a verb: a form in -ing after a preposition or a subordinator ("before
// visiting growers", "while thanking sailors"), or a form after a subject pronoun ("they
// thanked sailors"); not an adjective ("and retired sailors", "on guided tours").
func (s *segmenter) verbOpensPhrase(q int) bool {
	if q < 1 || s.toks[q-1].inq || s.toks[q-1].clause != s.toks[q].clause {
		return false
	}
	p, w := s.toks[q-1], s.lowerWord(q)
	if strings.HasSuffix(w, "ing") && (p.flags&ClassPrep != 0 || subordinators[s.lowerWord(q-1)]) {
		return true
	}
	return p.flags&ClassSubject != 0 && p.flags&ClassDet == 0
}

// antecedentHead reports whether token h, the head of a noun phrase before a
// preposition, can stand for the one a relative "who" is about: a person, a role, a body
// or a quantifier (see speakingWord, roleLike; not a document or a record: "letters from
// residents", "a statement from families").
func (s *segmenter) antecedentHead(h int) bool {
	w := s.lowerWord(h)
	if docNouns[w] || evidenceNouns[w] || docNouns[singular(w)] || evidenceNouns[singular(w)] {
		return false
	}
	return s.toks[h].cap || s.speakingWord(h) || roleLike(w) || quantifiers[w]
}

// ageBefore returns the token of an age set off by commas right before token k, after
// lo, the way news gives a person's ("Lena Brill, 40, a baker": k at "a", the age at
// "40"), or k when there is none: a number of one to three digits, alone in its clause,
// with a comma before it.
func (s *segmenter) ageBefore(k, lo int) int {
	a := k - 1
	if a-1 < lo || s.toks[a].inq || s.toks[a-1].inq || s.toks[a].clause == s.toks[k].clause || s.toks[a-1].clause == s.toks[a].clause ||
		!strings.Contains(s.text[s.toks[a-1].end:s.toks[a].start], ",") {
		return k
	}
	if !ageWord(s.word(a)) {
		return k
	}
	return a
}

// ageWord reports whether w can be a person's age as news gives it after a name: one to
// three digits.
func ageWord(w string) bool {
	return len(w) <= 3 && w != "" && !strings.ContainsFunc(w, func(r rune) bool { return r < '0' || r > '9' })
}

// cleftBefore reports whether "it" and a form of "be" stand right before token k, after
// lo: "It was Ruiz, not Varga, who said", "it is the mayor …".
func (s *segmenter) cleftBefore(k, lo int) bool {
	if k-2 < lo || s.toks[k-1].inq || s.toks[k-2].inq {
		return false
	}
	b := s.lowerWord(k - 1)
	return s.lowerWord(k-2) == "it" && (b == "was" || b == "is" || b == "'s" || b == "’s")
}

// openerNoun reports whether token k is a common noun for people, a listed opener
// (commonOpeners) that can speak (see speakingWord, roleLike, namingAgents), capitalized
// as the first word of its sentence: "Residents" in "Residents of Halden said", which
// heads the subject, not an adverbial opener as "Hours" in "Hours later". A word of
// bodies and records ("News", "Media") is none: "News on Ana Ruiz's case" is a topic.
func (s *segmenter) openerNoun(k int) bool {
	t := s.toks[k]
	w := s.lowerWord(k)
	return t.cap && (k == 0 || s.toks[k-1].sentence != t.sentence || s.toks[k-1].dateline) && commonOpeners[w] &&
		(s.speakingWord(k) && t.flags&ClassOrg == 0 || roleLike(w) || namingAgents[w])
}

// participleOpeners are the prepositions and subordinators that may head a sentence's
// opening participle clause ("After meeting the mayor,", "While insisting that …,"):
// the participle's subject is still the main clause's.
var participleOpeners = map[string]bool{"after": true, "before": true, "while": true, "when": true, "since": true,
	"upon": true, "on": true, "by": true, "without": true, "despite": true, "in": true}

// openingParticipleSubject reports whether the verb at token k stands in a clause that
// opens its sentence as a participle's clause set off by a comma, and returns the subject
// of the sentence's main clause after that comma, which the participle shares: an English
// participle clause has no subject of its own and takes the main clause's (Quirk et al.
// 1985, "A Comprehensive Grammar of the English Language", on the implied subject of a
// nonfinite clause). The clause opens with the verb itself in -ing ("Arguing that the dam
// was unsafe, Ana Ruiz called …"), with "having" and the verb's past participle ("Having
// announced the ruling, Judge Ilse Marran said …": the judge announced it, and "Having"
// is no one), or with a preposition or subordinator before either ("After having
// announced …,", "While insisting that …,"); adverbs may stand before the verb. A passive
// participle ("Asked about the levy, Ruiz said …", "Having been told …") is not read: its
// agent is someone else.
//
// The subject is returned only when it can speak (a pronoun, or a head that names one
// who can, see speakingHead) and its verb, adverbs passed over, is active: "Assuming
// prices hold, the bill will rise" and "Highlighting the unrest, a protester was hurt"
// have a participle whose subject the writer left out, and give none. "Having said
// that," (or "this", "all that", "so") is a connective, "nevertheless", and gives none
// either. In any other language, or outside such a clause, opening is false.
func (s *segmenter) openingParticipleSubject(k int) (n np, opening bool) {
	if s.lang.name != "english" || k >= len(s.toks) || s.toks[k].inq || s.toks[k].flags&(ClassVerb|ClassThink) == 0 {
		return np{}, false
	}
	c := s.toks[k].clause
	j := k - 1
	having := !strings.HasSuffix(s.lowerWord(k), "ing")
	for j >= 0 && s.toks[j].clause == c && !s.toks[j].inq && s.adverb(j) {
		j--
	}
	if having {
		if j < 0 || s.toks[j].clause != c || s.lowerWord(j) != "having" || !s.participleForm(k) {
			return np{}, false // "Having announced", not "Having been told" nor a finite verb
		}
		j--
	}
	if j >= 0 && s.toks[j].clause == c && !s.toks[j].inq && participleOpeners[s.lowerWord(j)] {
		j-- // "After having announced", "While insisting"
	}
	if j >= 0 && s.toks[j].sentence == s.toks[k].sentence {
		return np{}, false // the clause does not open its sentence
	}
	// The opening clause runs to its comma: at most 40 words, none quoted at its end.
	e := k + 1
	for e < len(s.toks) && s.toks[e].clause == c && e-k <= 40 {
		e++
	}
	if e >= len(s.toks) || s.toks[e].clause == c || s.toks[e].sentence != s.toks[k].sentence || s.toks[e].inq ||
		!strings.Contains(s.text[s.toks[e-1].end:s.toks[e].start], ",") {
		return np{}, false
	}
	if having && e-k-1 <= 2 {
		connective := true
		for x := k + 1; x < e; x++ {
			connective = connective && thatWords[s.lowerWord(x)]
		}
		if connective && s.lang.verbBase(s.lowerWord(k)) == "say" {
			return np{}, true // "Having said that, …": nevertheless
		}
	}
	n = s.npAfter(e, len(s.toks))
	if !n.ok() || s.toks[n.to-1].inq || s.toks[n.to-1].flags&ClassSubject == 0 && !s.speakingHead(n.to-1) {
		return np{}, true
	}
	v, be := n.to, false
	for v < len(s.toks) && v-n.to < 6 && s.toks[v].sentence == s.toks[k].sentence && !s.toks[v].inq && !s.toks[v].cap &&
		(s.toks[v].flags&(ClassAux|ClassNeg) != 0 || s.adverb(v)) {
		be = be || isBe(s.lowerWord(v))
		v++
	}
	if v >= len(s.toks) || s.toks[v].sentence != s.toks[k].sentence || s.toks[v].inq || s.toks[v].cap ||
		v == n.to && s.toks[v].flags&(ClassVerb|ClassThink|ClassPast) == 0 && !strings.HasSuffix(s.lowerWord(v), "ed") ||
		be && s.participleForm(v) {
		return np{}, true // no verb after it, or a passive one
	}
	return n, true
}

// thatWords are the objects of "having said" that make it a connective ("Having said
// that,", "Having said all this,").
var thatWords = map[string]bool{"that": true, "this": true, "all": true, "so": true, "as": true, "much": true}

// subjectCoordination returns the whole of a coordinated subject that sentenceSubject
// read only up to its first conjunct n ("Dockers" in "Dockers and pilots met on
// Monday"): n, a lower-case "and" right after it in its clause, and the noun phrase after
// that, then a verb (adverbs and auxiliaries passed over). The whole is returned when its
// conjuncts are two sources (see conjunctsWhole) and no number makes it a share (see
// hasNumber); coordinated is true whenever such a subject stands there, so that a caller
// never takes a conjunct alone for the subject ("They said" after "Dockers and pilots
// met" stands for both, and after "the president and father figure met" for no one
// rather than the first). It reports false when no "and" and noun phrase and verb follow
// n.
func (s *segmenter) subjectCoordination(n np, end int) (whole np, coordinated bool) {
	a := n.to
	if s.lang.name != "english" || !n.ok() || a+1 >= end || s.word(a) != "and" || s.toks[a].inq ||
		s.toks[a].clause != s.toks[n.to-1].clause {
		return n, false
	}
	m := s.npAfter(a+1, end)
	if !m.ok() || m.from != a+1 || m.to >= end || s.toks[m.to-1].inq {
		return n, false
	}
	v := m.to
	for v < end && v < m.to+4 && !s.toks[v].inq && !s.toks[v].cap && s.toks[v].clause == s.toks[m.to-1].clause &&
		(s.toks[v].flags&(ClassAux|ClassNeg) != 0 || s.adverb(v)) {
		v++
	}
	if v >= end || s.toks[v].inq || s.toks[v].cap || s.toks[v].clause != s.toks[m.to-1].clause ||
		s.toks[v].flags&(ClassVerb|ClassThink|ClassPast|ClassAux) == 0 && !strings.HasSuffix(s.lowerWord(v), "ed") && v == m.to {
		return n, false // no verb after the second phrase: no coordinated subject
	}
	if l := n.to - 1; s.toks[l].flags&(ClassSubject|ClassI|ClassHe|ClassShe|ClassThey|ClassIt) != 0 {
		return np{}, true // "He and Ms. Ruiz met …": a pronoun in the whole, no name for it
	}
	if w := (np{n.from, m.to}); s.conjunctsWhole(n, m) && !s.hasNumber(w) {
		return w, true
	}
	return np{}, true
}

// bodyName reports whether phrase n, two phrases joined by "and", is one body's name:
// every word capitalized but "and", no determiner first, and a body's word last (see
// ClassOrg): "National Health and Family Planning Commission", not "Ana Ruiz and Ivo
// Marek" nor "Russia and China".
func (s *segmenter) bodyName(n np) bool {
	if !n.ok() || s.toks[n.from].flags&ClassDet != 0 || s.toks[n.to-1].flags&ClassOrg == 0 {
		return false
	}
	for k := n.from; k < n.to; k++ {
		if !s.toks[k].cap && s.word(k) != "and" {
			return false
		}
	}
	return true
}

// nounBefore reports whether a noun phrase ends right before token w, in its sentence: the
// phrase a relative word at w is about ("a strike that …", "the claim that …"), not a verb
// whose content "that" opens ("This suggests that …", which the phrase reader reads as
// no noun phrase). A word that may be a verb ("claim", "sum") is a noun right after an
// article.
func (s *segmenter) nounBefore(w, lo int) bool {
	p := w - 1
	if p < lo || s.toks[p].inq || s.toks[p].sentence != s.toks[w].sentence || s.toks[p].flags&(ClassPrep|ClassConj|ClassFunc) != 0 {
		return false
	}
	if p-1 >= lo && !s.toks[p-1].inq && (s.lowerWord(p-1) == "a" || s.lowerWord(p-1) == "an" || s.lowerWord(p-1) == "the") {
		return true // "a claim that", "the sum that": an article and its noun (not "This suggests that")
	}
	n := s.npBefore(p, lo)
	return n.ok() && n.to == w
}

// peoplePlural reports whether a lower-case word is the plural of a noun for people or
// a body that speaks: a role, title, person noun or organization ("officials", "judges",
// "residents", "companies"), a plural in an agent's ending ("economists", "supporters",
// "investigators", "opponents", "advocates", "historians"), or one of a few others
// ("critics", "experts", "friends").
func (s *segmenter) peoplePlural(w string) bool {
	if !pluralNoun(w) {
		return false
	}
	switch w {
	case "men", "women", "people", "police", "critics", "experts", "friends", "groups", "monks", "activists":
		return true
	}
	one := singularY(w)
	if personNouns[one] || s.lang.classesOf(one)&(ClassRole|ClassTitle|ClassOrg) != 0 {
		return true // "officials", "residents", "companies", "agencies"
	}
	for _, e := range []string{"ists", "ers", "ors", "ants", "ents", "ians", "ates"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// objectParticiple reports whether token p, in clause vc, is a participle in -ing, in
// lower case and no preposition ("including", "following"), after a word of its clause
// that is no possessive ("the executive's revealing
// a scheme": a noun): it takes the noun phrase after it for object ("buying" of "a man
// buying a ticket").
func (s *segmenter) objectParticiple(p int, vc int32) bool {
	t, b := s.toks[p], s.toks[p-1]
	return !t.inq && !t.cap && t.clause == vc && strings.HasSuffix(s.lowerWord(p), "ing") && t.flags&(ClassPrep|ClassFunc|ClassDet) == 0 &&
		!b.inq && b.clause == vc && !possessive(s.text[b.end:])
}

// agentHead reports whether token h, the head of a noun phrase, names who may speak: a
// person noun, a role or a body, or a plural of people that is no record ("People",
// "residents", "the company"; not "Emails", "Documents", "Photos").
func (s *segmenter) agentHead(h int) bool {
	w := s.lowerWord(h)
	return personNouns[w] || s.toks[h].flags&(ClassRole|ClassOrg) != 0 ||
		s.peoplePlural(w) && !evidenceNouns[w]
}

// perceptionParticiples may take an object and a bare verb after it ("photos showing the
// police question a man", "a video letting viewers see …"): such a verb is the object's,
// in the participle's clause, not the sentence's.
var perceptionParticiples = map[string]bool{"showing": true, "seeing": true, "watching": true, "hearing": true,
	"making": true, "letting": true, "having": true, "helping": true, "getting": true, "depicting": true}

// subjectAfterThat reports whether tokens (w, to), after a relative word at w ("that",
// or "who" before a content that opens with its verb, see gapAfter), read as the subject
// of the cue verb at k rather than as the relative clause's own verb and object ("a
// burden that judges expect", "a prospect that many economists say", "the changes that
// previous governments found"; not "Groups that receive grants say", "the firm that runs
// ferries said", "the unions that represent 40,000 workers agreed", "a law that bans
// protests", "a junta that seized power"). No speaker is better than a wrong one, so:
//   - one word is the subject when it names people (peoplePlural: "critics");
//   - after a person or a group ("the group that represents farmers said"), only when
//     the content after the verb opens with its own verb ("the agency that critics say
//     failed to act");
//   - more words are the subject after a determiner, a quantifier or a number ("many
//     Israelis", "the officials", "70 percent of the respondents"), a plural and "of"
//     ("opponents of the bill"), and otherwise only when the first reads as a modifier
//     (see modifierWord: "foreign aid workers", "top editors", "previous Soloria
//     governments") or the content opens with its own verb ("that democracy advocates
//     say would go beyond"); not when the second word is an article, a number, a
//     preposition (or a particle: "that wiped out families") or a pronoun, nor when the
//     first ends in -ed before no people ("seized power"; but "armed men").
func (s *segmenter) subjectAfterThat(w, to, k int) bool {
	if a := singularY(s.lowerWord(w - 1)); (personNouns[a] || collectives[a] || s.toks[w-1].flags&(ClassRole|ClassTitle|ClassOrg) != 0 ||
		s.lang.classesOf(a)&(ClassRole|ClassOrg) != 0) && !s.gapAfter(k) {
		return false
	}
	f := w + 1
	w1 := s.lowerWord(f)
	if to-f < 2 {
		// One word: people named by what they do ("critics", "residents", "economists"),
		// not a verb in -s ("a result that helps explain", "a law that bans").
		return s.toks[f].cap || quantifiers[w1] || collectives[w1] || s.peoplePlural(w1)
	}
	w2 := s.lowerWord(f + 1)
	if quantifiers[w1] || isNumberWord(s.word(f)) || s.toks[f].flags&ClassDet != 0 {
		return true // "many Israelis", "70 percent of the respondents"
	}
	switch {
	case w2 == "of":
		return pluralNoun(w1)
	case w2 == "a" || w2 == "an" || w2 == "the" || w2 == "around" || isNumberWord(s.word(f+1)) || numberWords[w2] || spelledNumbers[w2] ||
		s.toks[f+1].flags&(ClassPrep|ClassSubject|ClassDet) != 0 || s.objectPronoun(f+1):
		return false
	case strings.HasSuffix(w1, "ed") && !s.peoplePlural(s.lowerWord(to-1)):
		return false // "that seized power", "that seized boats"; not "that armed men"
	}
	return s.modifierWord(f) || s.gapAfter(k)
}

// gapAfter reports whether the word after the verb at token v is a modal, an auxiliary
// or a past form (a listed one, or a word in -ed not before a noun), maybe after an
// adverb in -ly, in lower case and in its sentence: the verb's content opens with its
// own verb, whose subject a relative word before the verb stands for ("the agency that
// critics say failed", "that officials said could hurt earnings").
func (s *segmenter) gapAfter(v int) bool {
	if v+2 < len(s.toks) && !s.toks[v+1].inq && s.toks[v+1].clause == s.toks[v].clause && s.lyWord(v+1) {
		v++ // "say effectively excludes", "said probably was"
	}
	if v+1 >= len(s.toks) || s.toks[v+1].inq || s.toks[v+1].sentence != s.toks[v].sentence {
		return false
	}
	t := s.toks[v+1]
	w := s.lowerWord(v + 1)
	if !t.cap && len(w) > 4 && strings.HasSuffix(w, "ed") && t.flags&(ClassPrep|ClassSubject|ClassDet) == 0 {
		// A word in -ed is a verb before "to", an article, a preposition or the end of
		// its clause ("say failed to act", "said failed."), not before a noun, whose
		// modifier it is ("said revised rules would …").
		n := v + 2
		return n >= len(s.toks) || s.toks[n].clause != s.toks[v+1].clause || s.toks[n].inq || s.lowerWord(n) == "to" ||
			s.toks[n].flags&(ClassDet|ClassPrep) != 0 && s.toks[n].flags&ClassSubject == 0
	}
	return !t.cap && (modals[w] || t.flags&(ClassAux|ClassPast) != 0) && t.flags&(ClassPrep|ClassSubject|ClassDet) == 0
}

// singularY returns singular's singular of w, with a plural in -ies in -y ("companies":
// "company", "agencies": "agency").
func singularY(w string) string {
	if strings.HasSuffix(w, "ies") && len(w) > 4 {
		return w[:len(w)-3] + "y"
	}
	return singular(w)
}

// modifierWord reports whether the word at token f, before a noun, reads as its modifier
// rather than as a verb: capitalized ("Ukrainian governments"), hyphenated
// ("anti-corruption authorities"), in an adjective's ending ("political", "previous",
// "military", "human", "voting"), or one of the words news sets before a group of people
// ("top editors", "foreign aid workers", "city officials").
func (s *segmenter) modifierWord(f int) bool {
	w := s.lowerWord(f)
	if s.toks[f].cap || strings.Contains(w, "-") || modifierWords[w] {
		return true
	}
	return endsIn(w, "al", "ic", "ous", "ive", "an", "ary", "ern", "ior", "ing", "ish", "ese", "ful", "less")
}

// modifierWords are words that news sets before a noun for a group of people and that are
// no verbs there ("top officials", "city officials", "aid workers", "armed guards").
var modifierWords = map[string]bool{"top": true, "senior": true, "local": true, "foreign": true, "former": true,
	"other": true, "real": true, "young": true, "old": true, "chief": true, "key": true, "rival": true, "fellow": true,
	"private": true, "public": true, "state": true, "city": true, "party": true, "union": true, "government": true,
	"opposition": true, "industry": true, "police": true, "security": true, "health": true, "rights": true,
	"campaign": true, "election": true, "aid": true, "business": true, "community": true, "school": true,
	"church": true, "army": true, "defense": true, "energy": true, "oil": true, "news": true, "civil": true,
	"armed": true, "elected": true, "retired": true, "unnamed": true, "unidentified": true, "concerned": true,
	"affected": true, "displaced": true, "wounded": true, "injured": true}

// ownRelativeClause reports whether tokens (w, j], after the relative word at w, are a
// relative clause whole, with its own subject and a past at j that ends it ("that Ruiz
// backed", "whom police arrested", "that the mayor hired", "that she hired"): the verb
// after j is then the sentence's, whose subject is the phrase before w.
func (s *segmenter) ownRelativeClause(w, j, lo int) bool {
	if j < w+2 {
		return false
	}
	t, v := s.toks[j], s.lowerWord(j)
	if t.cap || t.inq || t.flags&(ClassPrep|ClassDet|ClassSubject|ClassAux) != 0 || t.flags&ClassPast == 0 && !(len(v) > 4 && strings.HasSuffix(v, "ed")) {
		return false // a past, not a word in -s that may be a noun ("that democracy advocates say")
	}
	n := s.npBefore(j-1, lo)
	return n.ok() && n.to == j && n.from == w+1
}
