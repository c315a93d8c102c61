package voices

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/framing/internal/scan"
)

// findSubjects records the subject of each sentence that names or stands for a person or
// an organization, in order, pronouns resolved as they come: the antecedents a pronoun
// prefers (a subject is more likely to be spoken of again than a name elsewhere in a
// sentence). A coordinated subject ("Dockers and pilots met", see subjectCoordination)
// is recorded twice at its place: its first conjunct, for he, she or it only ("The mayor
// and his aides met. He said"), then the whole, for they only; "they" never stands for a
// conjunct alone, and with no whole (a pronoun in it, or two halves that are not both
// sources) it stands for no one there. A body's name with "and" ("National Health and
// Family Planning Commission") is one subject.
func (s *segmenter) findSubjects(ix *speakerIndex) {
	for k := 0; k < len(s.toks); {
		end := s.sentenceEndTok(k)
		n := s.sentenceSubject(k, end)
		if o := s.subordinateSubject(k, n); o.ok() {
			s.recordSubject(ix, o, end) // "While the guild praised it, they …": an antecedent too
		}
		k = end
		if !n.ok() {
			continue
		}
		if gap := s.text[s.toks[n.to-1].end:min(len(s.text), s.toks[n.to-1].end+2)]; strings.HasPrefix(strings.TrimLeft(gap, " "), ":") && !s.rubricSpeaker(n) {
			// A rubric before a colon ("Factbox: …") is no one's name: the subject is
			// the clause's after it.
			if n = s.sentenceSubject(n.to, end); !n.ok() {
				continue
			}
		}
		if e := s.openingWord(n, end); e > 0 {
			// "Apart from the vote, he said …", "Therefore, they want …": a word that opens
			// the sentence before its comma is no subject; the clause after it has one.
			if n = s.sentenceSubject(e, end); !n.ok() {
				continue
			}
		}
		if w, coordinated := s.subjectCoordination(n, end); coordinated && s.bodyName(w) {
			n = w // "National Health and Family Planning Commission": one body
		} else if coordinated {
			// "Dockers and pilots met …": both are the subject, for they; the first alone
			// is one for he, she or it only ("The mayor and his aides met. He said").
			l := len(s.subjects)
			if s.recordSubject(ix, n, end); len(s.subjects) > l {
				s.subjects[l].conjunct = true
			}
			if l = len(s.subjects); w.ok() {
				if s.recordSubject(ix, w, end); len(s.subjects) > l {
					s.subjects[l].person, s.subjects[l].either, s.subjects[l].joined = false, false, true // two or more: no one person
					if s.joinedParts == nil {
						s.joinedParts = map[int][2]np{}
					}
					s.joinedParts[s.subjects[l].pos] = [2]np{{w.from, n.to}, {n.to + 1, w.to}}
				}
			}
			continue
		}
		s.recordSubject(ix, n, end)
	}
}

// recordSubject records n, the subject of a sentence that ends before token end, in
// s.subjects if it names or stands for a person or an organization (see findSubjects).
func (s *segmenter) recordSubject(ix *speakerIndex, n np, end int) {
	if n = s.trimSource(n); !n.ok() {
		return // a share given to someone, a photo credit: no one to refer to
	}
	from, to := n.from, n.to
	sp := s.phrase(n)
	m := mention{pos: s.toks[from].start, tFrom: -1, tTo: -1, aFrom: -1, aTo: -1}
	switch {
	case isPronounSpeaker(sp):
		m.name = s.antecedent(m.pos, sp)
		m.person = personPronoun(sp)
	case to == from+1 && s.lowerElsewhere(from):
		// "Men carried …" where "the men" stands elsewhere: a common noun
		// capitalized by its place, no one's name, never a person's a pronoun
		// stands for.
		m.name = sp
	default:
		if e, nm := s.nameRun(from, to); nm.name != "" && e == to {
			m.name, m.person, m.gender = nm.name, nm.person || s.knownPerson(nm.name, m.pos), s.genderOf(sp)
			if s.topicName(m.pos) {
				m.person = false // "Halden Dam", a headline's topic named again: a thing
			}
			m.tFrom, m.tTo = nm.tFrom, nm.tTo // a title shows a person ("Mr. Holland")
			// A one-word name may be either, if something follows it in its clause ("Report,
			// said the office" has no subject "Report").
			m.either = !m.person && !strings.Contains(nm.name, " ") && s.toks[from].flags&ClassOrg == 0 &&
				to < end && s.toks[to].clause == s.toks[to-1].clause && !s.pluralOpening(from)
		} else {
			// A description: what it stands for, or itself ("the mayor" is someone).
			m.name = s.definiteIn(ix, m.pos, sp)
			m.person = s.lang.classesOf(strings.ToLower(s.word(to-1)))&(ClassRole|ClassTitle) != 0
		}
	}
	if m.name != "" {
		if s.quantifiedPhrase(from, end) == to {
			// "Several residents", "Two officials" (see quantifiedPhrase): more than one,
			// no person, an antecedent of they alone, not of it.
			m.person, m.either, m.plural = false, false, true
		}
		s.subjects = append(s.subjects, m)
	}
}

// subordinateSubject returns the subject of the clause that opens the sentence at token k
// with a subordinating conjunction and a comma ("While the guild praised it, they …",
// see subordinator), when n, the sentence's subject, stands after that clause: no
// subject of the sentence, but an antecedent for a pronoun after it, the sentence's own
// subject first ("While Ana Ruiz spoke, the council voted. It said …" is the council's).
// It returns no phrase otherwise.
func (s *segmenter) subordinateSubject(k int, n np) np {
	if !n.ok() || k >= len(s.toks) || !s.subordinator(k) {
		return np{}
	}
	e := k + 1
	for e < n.from && s.toks[e].clause == s.toks[k].clause {
		e++
	}
	if s.toks[e].clause == s.toks[k].clause || e == k+1 || !s.clauseHasVerb(k+1, e) {
		return np{} // the subject is in the opening clause, or it is a phrase ("As a pilot, …")
	}
	return s.sentenceSubject(k+1, e)
}

// openingWord returns the first token of the clause after subject n, before token end,
// when n is one of a closed list of words that open a sentence (see openingAdverbs,
// openingHeads), set off by a comma with the words that follow it: an adverb before a
// subject pronoun ("Therefore, they …", "Fourth, it …") or a preposition's head before
// its preposition ("Apart from the vote, he …", "Along with Ruiz, they …", "Part of
// the deal, she …"). Any other word, a plural noun or a capitalized word that may be a
// surname ("Farmers in the valley, meanwhile, met", "Okonkwo of the harbor board, a
// former pilot, met") is a subject. It returns 0 otherwise.
func (s *segmenter) openingWord(n np, end int) int {
	if s.lang.name != "english" || n.to != n.from+1 || !s.sentenceInitialWord(n.from, n.to) || n.to >= end || !s.toks[n.from].cap {
		return 0
	}
	w := s.lowerWord(n.from)
	if s.knownPerson(s.word(n.from), s.toks[n.from].start) {
		return 0 // "Short, the minister, said": a person named before
	}
	c := s.toks[n.from].clause
	next := s.toks[n.to]
	if next.clause != c {
		if next.flags&ClassSubject != 0 && openingAdverbs[w] {
			return n.to // "Therefore, they"
		}
		return 0 // "Xinhua, the news agency, said"
	}
	if next.flags&ClassPrep == 0 || !openingHeads[w] {
		return 0
	}
	for e := n.to + 1; e < end && e <= n.to+maxSubject; e++ {
		if s.toks[e].clause != c {
			return e // "Apart from the vote, he"
		}
	}
	return 0
}

// openingAdverbs open a sentence before a comma and its subject ("Therefore, they …").
var openingAdverbs = map[string]bool{"therefore": true, "meanwhile": true, "however": true, "moreover": true,
	"furthermore": true, "nevertheless": true, "nonetheless": true, "instead": true, "still": true, "thus": true,
	"hence": true, "also": true, "besides": true, "indeed": true, "finally": true, "first": true, "second": true,
	"third": true, "fourth": true, "firstly": true, "secondly": true, "thirdly": true, "lastly": true, "overall": true,
	"again": true, "now": true, "then": true, "today": true, "yesterday": true, "ultimately": true, "separately": true,
	"similarly": true, "likewise": true, "additionally": true, "accordingly": true, "consequently": true,
	"otherwise": true, "meantime": true, "regardless": true, "anyway": true, "later": true, "earlier": true,
	"afterward": true, "afterwards": true, "previously": true, "initially": true, "eventually": true}

// openingHeads stand before the preposition of a phrase that opens a sentence ("Apart
// from", "Along with", "Far from", "Short of", "Part of", "Instead of", "Thanks to").
var openingHeads = map[string]bool{"apart": true, "along": true, "far": true, "short": true, "part": true,
	"aside": true, "instead": true, "regardless": true, "ahead": true, "prior": true, "together": true,
	"thanks": true, "according": true, "next": true, "due": true, "out": true, "contrary": true, "irrespective": true,
	"because": true, "outside": true, "inside": true, "away": true, "back": true, "close": true, "up": true}

// knownPerson reports whether a one-word name is the last name of a person named before pos.
func (s *segmenter) knownPerson(name string, pos int) bool {
	if s.persons == nil {
		// The first position of each person's last name and full name.
		s.persons = map[string]int{}
		for _, m := range s.names {
			if !m.person {
				continue
			}
			for _, k := range [2]string{m.name, lastWord(m.name)} {
				if _, ok := s.persons[k]; !ok {
					s.persons[k] = m.pos
				}
			}
		}
	}
	first, ok := s.persons[name]
	return ok && first < pos
}

// modifierName reports whether the text writes a one-word name, once at least, after an
// article and before a common noun that it modifies ("the Halden vote", "a Varga
// subsidiary"), and no person's name holds it (see personWord: "the Trump campaign"
// beside "Donald J. Trump", "the Kim government" beside "Kim Jae-won", anywhere in the
// text): a company's or a place's name. Such a name of unknown kind (mention.either) is
// no antecedent of "he" or "she": the search goes on to the subject before it. (A
// person's surname the text never gives in full and writes as a modifier is so passed
// over: "The Varek campaign … Varek said … He added" gives the subject before Varek.)
// The names are read once per text.
func (s *segmenter) modifierName(name string) bool {
	if s.modifierNames == nil {
		s.modifierNames = map[string]bool{}
		for k := 1; k+1 < len(s.toks); k++ {
			t, u := s.toks[k], s.toks[k+1]
			if !t.cap || t.inq || u.inq || u.cap || u.clause != t.clause || s.toks[k-1].clause != t.clause {
				continue
			}
			if w := s.lowerWord(k - 1); (w == "the" || w == "a" || w == "an") && s.contentWord(k+1) &&
				u.flags&(ClassVerb|ClassAux|ClassPast|ClassPrep|ClassConj|ClassDet|ClassThat|ClassWho|ClassSubject) == 0 {
				s.modifierNames[s.word(k)] = true
			}
		}
	}
	return s.modifierNames[name] && !s.personWord(name)
}

// personWord reports whether name is a word of a person's name that the text writes
// anywhere with a title ("Mr. Vela") or in a person's form (see surePerson: "Kim" of "Kim
// Jae-won", "Trump" of "Donald J. Trump"; not "JPMorgan" of "JPMorgan Chase").
// The words are gathered once per text, as knownPerson's names are.
func (s *segmenter) personWord(name string) bool {
	if s.personWords == nil {
		s.personWords = map[string]bool{}
		for _, m := range s.names {
			if !m.person {
				continue
			}
			if w := strings.Fields(m.name); m.tFrom >= 0 || surePerson(w) {
				for _, x := range w {
					s.personWords[x] = true
				}
			}
		}
	}
	return s.personWords[name]
}

// topicName reports whether the name that the text records at pos is a headline's topic
// (see headlineTopic), which no one is.
func (s *segmenter) topicName(pos int) bool {
	i := s.namesBefore(pos)
	return i < len(s.names) && s.names[i].pos == pos && s.names[i].topic
}

// personPronoun reports whether a pronoun stands for a person (he, she), not a group or an
// organization (they, it).
func personPronoun(p string) bool {
	var buf [32]byte
	switch string(lowerInto(&buf, p)) {
	case "he", "she", "él", "ella", "он", "она", "il", "elle", "his", "her":
		return true
	}
	return false
}

// bareTitle returns a canonical name that is a title alone, with no name and no
// determiner ("President" in "President: …" or "President says …"), or "": the one it
// names is the text's holder of it, if there is one (see titleHolders). A title that
// names one person by itself (see soleTitles: "Pope") is not bare, nor is a courtesy
// title ("Ms"). "The president" is a description, left to definite: a text that names a
// president somewhere may speak of another one ("the senator" of a story about one
// senator that names another).
func (s *segmenter) bareTitle(sp string) string {
	if sp == "" || strings.ContainsAny(sp, " '’") || len(sp) > 1 && isUpper(sp) {
		return ""
	}
	var buf [32]byte
	w := strings.TrimSuffix(string(lowerInto(&buf, sp)), ".")
	if f := s.lang.classesOf(w); f&ClassTitle == 0 || f&ClassOrg != 0 || soleTitles[w] || courtesyTitles[w] {
		return ""
	}
	return sp
}

// courtesyTitles are no office: "Ms" alone is a name cut short, not the holder of an
// office.
var courtesyTitles = wordSet("mr mrs ms miss mx dr sir dame madam madame lady lord messrs mme mlle")

// soleTitles are titles that name one person by themselves ("the Pope said").
var soleTitles = wordSet("pope pontiff patriarch king queen emperor empress")

// titleHolders returns, by office (see Role), the name of the one person the text names
// with that title before the name ("President Ana Voss", "Gov. Ivo Marek"), wherever in
// the text outside quotations and title-cased headlines (the names it reads, see names),
// also "President of Soloria Ana Voss". A title after a listed word ("Vice President",
// "former Gov.") is another office, not read; one qualified in other words ("Senate
// President", "Soloria President", "In 1999, President …", see otherOffice) names a
// holder that is never chosen but counts against another. An office that two people hold
// (different first or last names) maps to "", and so does one whose holder the text names
// by one word only ("President Voss"). A role in apposition is not read ("Ivo Marek, the
// previous governor,"): its words too often tell another time or place. A bare title as a
// speaker stands for that person, or for no one.
func (s *segmenter) titleHolders() map[string]string {
	holders := map[string]string{}
	others := map[string][]string{} // the holders of another office of the same title
	same := func(a, b string) bool {
		return lastWord(a) == lastWord(b) && (!strings.Contains(a, " ") || !strings.Contains(b, " ") || firstWord(a) == firstWord(b))
	}
	note := func(k int, name string) {
		s.work++
		if s.lang.classesOf(s.lowerWord(k))&ClassTitle == 0 {
			return
		}
		role := Role(s.word(k))
		if listed, other := s.otherOffice(k); listed {
			return // "Vice President": a bare title never stands for it
		} else if other {
			others[role] = append(others[role], name)
			return
		}
		h, ok := holders[role]
		switch {
		case !ok || h != "" && same(h, name) && len(name) > len(h):
			holders[role] = name // the fuller form of one person's name
		case h != "" && !same(h, name):
			holders[role] = "" // two people hold it: the title tells not which
		}
	}
	for _, m := range s.names {
		if m.tFrom >= 0 && m.person {
			for k := m.tFrom; k < m.tTo; k++ {
				note(k, m.name)
			}
		} else if k := s.tokAt(m.pos); !m.person && k+1 < len(s.toks) && s.lowerWord(k+1) == "of" {
			// "President of Soloria Ana Voss", read as one name: the person after the
			// title's place.
			if core := coreName(m.name, s.lang); core != m.name && strings.Contains(core, " ") && looksPerson(core) {
				note(k, core)
			}
		}
	}
	for role, h := range holders {
		if !strings.Contains(h, " ") || slices.ContainsFunc(others[role], func(o string) bool { return !same(h, o) }) {
			holders[role] = "" // "President Voss" alone, or another office's holder besides
		}
	}
	// A headline's bare title in lower case ("…, minister says") stands for the one person
	// the text names with that title in other words ("Defence Minister Ivo Marek"), when no
	// one holds it bare: by the key "headline " and the office.
	for role, os := range others {
		if _, ok := holders[role]; ok || len(os) == 0 {
			continue
		}
		h := os[0]
		for _, o := range os[1:] {
			if !same(h, o) {
				h = ""
				break
			}
			if len(o) > len(h) {
				h = o
			}
		}
		if strings.Contains(h, " ") {
			holders["headline "+role] = h
		}
	}
	return holders
}

// otherOffice reports whether the title at token k is qualified by a listed word right
// before it (listed, see officeModifiers: "Vice President", "former Gov."), an office or
// a time a bare title never stands for, or names another office or another time in other
// words (other), which a bare title may yet stand for: a word right before it, in its
// sentence with nothing but space between, that qualifies it (a capitalized word other
// than a function word, a determiner, a preposition or a time, "Senate President",
// "Soloria President", "Attorney General", "Health Minister"; a possessive, "the party's
// president"; a lower-case noun for a body or a role, "party president"), or a year before
// it in its sentence ("In 1999, President …"), a past holder's.
func (s *segmenter) otherOffice(k int) (listed, other bool) {
	if k > 0 && s.toks[k-1].sentence == s.toks[k].sentence && strings.TrimSpace(s.text[s.toks[k-1].end:s.toks[k].start]) == "" {
		t := s.toks[k-1]
		switch w := strings.TrimSuffix(s.lowerWord(k-1), "-"); {
		case officeModifiers[w]:
			return true, false
		case t.poss:
			return false, true
		case t.cap && t.flags&(ClassFunc|ClassDet|ClassPrep|ClassConj|ClassTime|ClassTitle|ClassVerb|ClassSubject) == 0:
			return false, true
		case !t.cap && t.flags&(ClassOrg|ClassRole) != 0:
			return false, true
		}
	}
	for j := k - 1; j >= 0 && j >= k-12 && s.toks[j].sentence == s.toks[k].sentence; j-- {
		if w := s.word(j); len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9' {
			return false, true // "In 1999, President …": a past holder
		}
	}
	return false, false
}

// officeModifiers make the title after them another office or a past one ("Vice
// President", "Prime Minister", "former Gov."), written for framediff; a capitalized
// word before a title does so too (see otherOffice).
var officeModifiers = wordSet("vice deputy prime former ex late previous acting assistant associate under first then")

// resolveSpeakers resolves pronoun speakers (of the quotations and of the spans of
// indirect speech) to the names before them, and gives every speaker its canonical name in
// the document.
func (s *segmenter) resolveSpeakers(reported []Span) {
	ix := new(speakerIndex) // built when a description of a document first asks for it
	s.findSubjects(ix)
	// A pronoun is resolved to the name it stands for, or left without a speaker: no
	// speaker rather than a wrong one.
	resolve := func(sp *Span, pos, end int) {
		if sp.Speaker != "" {
			sp.Speaker = s.clauseSource(sp, pos, end)
		}
		if sp.Speaker != "" && s.ownerSource(pos, end, sp.CueStart) {
			sp.Speaker = "" // "his relatives talk": the owner of the subject is not the source
		}
		if sp.Speaker != "" && isPronounSpeaker(sp.Speaker) {
			sp.Speaker = s.antecedent(pos, sp.Speaker)
		}
		var buf [32]byte
		if w := lowerInto(&buf, sp.Speaker); pronominal[string(w)] || indefinitePronouns[string(w)] || countedOff[string(w)] {
			sp.Speaker = "" // "Some said", "Many believe", "One said": a source that names no one
		}
		if interviewLabel(sp.Speaker) {
			sp.Speaker = "" // "Q: “…”": the interviewer's or the answerer's turn, no name
		}
		if courtesyTitle(strings.ToLower(strings.TrimSuffix(sp.Speaker, "."))) != genderUnknown {
			sp.Speaker = "" // "said Ms. Than Than Aye" read as "Ms": a title names no one
		}
		if l := strings.ToLower(sp.Speaker); l == "the many" || l == "the few" {
			sp.Speaker = "" // "the many proposed amendments": a quantifier before its noun, no one
		}
		if !s.canSpeak(sp.Speaker) {
			sp.Speaker = "" // "So far", "according to law": no noun phrase that can speak
		}
	}
	for i := range s.quotes {
		resolve(&s.quotes[i].Span, s.quotes[i].speakerPos, s.quotes[i].speakerEnd)
	}
	for i := range reported {
		resolve(&reported[i], reported[i].SourceStart, reported[i].SourceEnd)
	}
	ix.final = true // the subjects and the speakers no longer change
	ix.answering = nil
	plain, gendered := s.canonicalizer(reported)
	one := s.joinFirstWords(plain, reported)
	var holders map[string]string // see titleHolders, made when a bare title first asks
	canonical := func(name string, pos int, colon bool) string {
		if parts := s.conjuncts[pos]; len(parts) > 1 && name == s.phrase(np{s.tokAt(pos), parts[len(parts)-1].to}) {
			return s.canonicalConjuncts(ix, parts, one)
		}
		if parts, ok := s.joinedBefore(pos, name); ok {
			return s.canonicalConjuncts(ix, parts[:], one) // "Dockers and pilots met … They said"
		}
		held := s.definiteIn(ix, pos, name)
		c := one(held, pos)
		if g := s.pronounAt(pos); g != genderUnknown {
			if h := s.genderOf(c); h != genderUnknown && h != g {
				// "he said" after "President Obama", in a text that names only "Michelle
				// Obama" in full: the pronoun's gender rules out the fuller form.
				c = gendered(held, g)
			} else if h == genderUnknown && !strings.Contains(c, " ") {
				// "he said" for "Obama" alone, where the text names "Michelle Obama" and
				// "Barack Obama" in full: the pronoun's gender tells which, when the fuller
				// name's own gender is the pronoun's ("Auma Obama" tells none).
				if f := gendered(held, g); strings.Contains(f, " ") && s.genderOf(f) == g {
					c = f
				}
			}
		}
		if t := s.bareTitle(c); t != "" && len(s.text)-pos >= len(name) && strings.EqualFold(s.text[pos:pos+len(name)], name) {
			// "President: “…”", "President says …", the title as written (not a pronoun
			// that stands for it): the one person the text names with that title. Else a
			// capitalized title right before a colon in the text's first paragraph (its
			// headline), where a name would stand, names no one (a title is no name);
			// others stay as they are (a transcript's "President: “Yes.”" further on;
			// "Mayor quits: “…”" is a headline's clause, whose subject reads as one).
			if holders == nil {
				holders = s.titleHolders()
			}
			if h := holders[Role(t)]; h != "" {
				return one(h, pos)
			}
			if h := holders["headline "+Role(t)]; h != "" && s.para(pos) == 0 && !scan.IsCapitalized(t) {
				// "…, minister says", then "Defence Minister Ivo Marek said": the word in lower
				// case names a role, which the text then names (not "Minister:", see above).
				return one(h, pos)
			}
			if colon && s.para(pos) == 0 && scan.IsCapitalized(t) && strings.HasPrefix(strings.TrimLeft(s.text[pos+len(name):], " "), ":") {
				return ""
			}
		}
		return c
	}
	for i := range s.quotes {
		if q := &s.quotes[i]; q.Speaker != "" && q.Canonical == "" {
			if q.Canonical = canonical(q.Speaker, q.speakerPos, q.Verb == ":"); q.Canonical == "" {
				q.Speaker = ""
			}
		}
	}
	for i := range reported {
		if r := &reported[i]; r.Speaker != "" {
			if r.Canonical = canonical(r.Speaker, r.SourceStart, r.Verb == ":"); r.Canonical == "" {
				r.Speaker = ""
			}
		}
	}
}

// clauseSource returns the speaker of span sp, whose source phrase stands at [pos, end),
// when that phrase is a clause, a headline's subject with its finite verb and the verb's
// object (see phraseVerb): the subject, where the cue is a verb coordinated with that
// verb after a comma or a colon after the clause ("Senator Marek tours the docks, vows
// repairs", "Mayor Ruiz visits the pier: “…”"), or the name that ends the clause where
// a relative clause's "who" is the cue's subject ("Ruiz thanked Governor Ivo Marek, who
// said …"), and no speaker otherwise ("…, says troops shelled the port": a clause after
// the cue is its content, not its source). Otherwise it returns sp.Speaker.
func (s *segmenter) clauseSource(sp *Span, pos, end int) string {
	if s.lang.name != "english" || end <= pos {
		return sp.Speaker
	}
	from, to := s.tokAt(pos), s.tokAt(end)
	if to > len(s.toks) || to-from < 3 || to-from > maxSpeakerWords+2 {
		return sp.Speaker
	}
	k := -1
	for v := from + 1; v < to-1; v++ {
		if s.phraseVerb(v, to, sp.CueStart < end) {
			k = v
			break
		}
	}
	if k < 0 || !strings.Contains(sp.Speaker, s.word(k)) {
		return sp.Speaker
	}
	if sp.CueStart < end {
		// After its cue, a clause in the past ("…, says troops shelled the port") is the
		// content; one in -s may be a compound ("warns Halden ports chief").
		if w := s.lowerWord(k); s.toks[k].flags&ClassPast != 0 || strings.HasSuffix(w, "ed") {
			return ""
		}
		return sp.Speaker
	}
	between := strings.TrimSpace(s.text[end:sp.CueStart])
	if sp.Verb != ":" && between != "," {
		if w, _, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(between, ",")), " "); between != "" && between[0] == ',' && strings.EqualFold(w, "who") {
			// "Ruiz thanked Mayor Ivo Marek, who said …": the one the relative clause is about.
			if n := s.nameAtEnd(k+1, to); n.ok() {
				return s.phrase(n)
			}
		}
		return ""
	}
	if k-1 == from || k-1 == from+1 && s.toks[from].flags&ClassDet != 0 {
		// One word before the verb, capitalized at the sentence's start whatever it is:
		// a title, an office, a body, an acronym, a listed place or a name known as one
		// (a given name, or the last name of a person the text names in full anywhere:
		// "Pope", "Senate", "NSA", "Soloria", "Ruiz" beside Ana Ruiz), not an adjective
		// or a common noun at the start ("Huge murals honor Governor Marek: …").
		f, w := s.toks[k-1].flags, s.word(k-1)
		if f&(ClassTitle|ClassRole|ClassOrg) == 0 && (len(w) < 2 || strings.ToUpper(w) != w) && !s.knownName(np{k - 1, k}) &&
			!s.knownPerson(w, len(s.text)+1) && !s.placeName(w) {
			return ""
		}
	}
	return s.phrase(np{from, k})
}

// nameAtEnd returns the name that ends the phrase [from, to): its last capitalized words,
// with a title's "of" and place before them ("President of Soloria Ana Ruiz"), or none
// when its last word is in lower case.
func (s *segmenter) nameAtEnd(from, to int) np {
	x := to
	for x > from && s.toks[x-1].cap && !s.toks[x-1].inq && (x == to || !s.toks[x-1].poss) {
		x--
		if x-2 >= from && s.lowerWord(x-1) == "of" && s.toks[x-2].flags&ClassTitle != 0 && s.toks[x-2].cap {
			x -= 2 // "President of Soloria Ana Ruiz"
		}
	}
	return np{x, to}
}

// phraseVerb reports whether token k, inside a source phrase that ends before token to,
// is a finite verb with its object, so that the phrase is a clause: a word in lower case
// right after a capitalized one in its clause (the subject's last word, no possessive),
// or, in a phrase after its cue (afterCue), a past right after a plural ("says militias
// shelled the port"),
// in -ed, a past that is never a noun, or in -s that is no plural of a noun for persons,
// a group or an office ("Marek praises", "Halden Port releases", "the Guild rallied"), and
// followed inside the phrase by its object: a determiner, a capitalized word, or a
// noun in lower case, no time: after a past any that names no body or persons ("shelled
// houses"; not "Kachin armed forces"), after a form in -s a
// singular that names no person, group, office or body ("praises the crews", "praises
// Halden's crews", "releases video"), for a plural noun before a plural or a noun for
// persons or a body is a compound, no clause ("rights groups", "news agency", "rights
// activist").
func (s *segmenter) phraseVerb(k, to int, afterCue bool) bool {
	if k < 1 || k+1 >= to {
		return false
	}
	t, prev, next := s.toks[k], s.toks[k-1], s.toks[k+1]
	if t.cap || t.inq || t.poss || prev.poss || prev.inq || prev.heading || next.inq ||
		prev.clause != t.clause || next.clause != t.clause {
		return false
	}
	if !prev.cap && !(afterCue && pluralNoun(s.lowerWord(k-1)) && (t.flags&ClassPast != 0 || strings.HasSuffix(s.lowerWord(k), "ed"))) {
		return false
	}
	if t.flags&(notName&^ClassPast|ClassRole|ClassOrg|ClassTitle) != 0 || prev.flags&(ClassMonth|ClassTime|ClassDet|ClassPrep|ClassFunc) != 0 ||
		quantifiers[s.lowerWord(k-1)] {
		return false // not "Many frustrated voters"
	}
	w, pw := s.lowerWord(k), s.lowerWord(k-1)
	if len(w) <= 3 || strings.ContainsAny(w, "'’-") {
		return false
	}
	past := t.flags&ClassPast != 0 || strings.HasSuffix(w, "ed")
	switch {
	case past:
		if docNouns[pw] || evidenceNouns[pw] {
			return false // "the Halden Poll released", a participle after a record
		}
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		if sg := singular(w); roleLike(w) || personNouns[sg] || collectives[w] || s.lang.classesOf(sg)&(ClassRole|ClassOrg|ClassTitle) != 0 {
			return false // "Dock workers", "Senate aides"
		}
	default:
		return false
	}
	switch nw := s.lowerWord(k + 1); {
	case next.flags&(ClassTime|ClassMonth) != 0:
		return false // "released Sunday": a participle and its time
	case next.flags&ClassDet != 0:
		// Not a time: "published this month".
		return next.flags&(ClassThat|ClassSubject) == 0 && (k+2 >= to || s.toks[k+2].flags&(ClassTime|ClassMonth) == 0)
	case next.cap:
		return !next.heading
	case !s.contentWord(k + 1), next.flags&(ClassTime|ClassMonth|ClassFunc) != 0, isNumberWord(nw):
		return false
	}
	nw := s.lowerWord(k + 1)
	if strings.HasSuffix(nw, "ing") || strings.HasSuffix(nw, "ed") {
		return false
	}
	if past {
		// "shelled houses", "targeted civilians"; not a participle before a body or
		// persons ("Kachin armed forces", "the armed men")
		return !collectives[nw] && !personNouns[singular(nw)] && s.lang.classesOf(nw)&(ClassRole|ClassOrg|ClassTitle) == 0
	}
	return !pluralNoun(nw) && !collectives[nw] && !roleLike(nw) && !personNouns[nw] && !strings.HasSuffix(nw, "ing") && !strings.HasSuffix(nw, "ed") &&
		s.lang.classesOf(nw)&(ClassRole|ClassOrg|ClassTitle) == 0
}

// canonicalConjuncts returns the canonical name of a coordinated source (see
// coordination): the canonical names of its names, in byte order so that the same people
// named in another order are one source, joined by commas and a last "and" ("Mayor Ana
// Ruiz and Gov. Ivo Marek" and "Marek and Ruiz" are both "Ana Ruiz and Ivo Marek"). A
// name whose canonical name is a joined phrase that it stands in ("Courier" of "the
// Halden Post and Courier", whose longer form ending in "Courier" is the whole phrase)
// is named by its own core name.
func (s *segmenter) canonicalConjuncts(ix *speakerIndex, parts []np, canonical func(string, int) string) string {
	names := make([]string, 0, len(parts))
	for _, p := range parts {
		pos := s.toks[p.from].start
		name := s.definiteIn(ix, pos, s.phrase(p))
		c := canonical(name, pos)
		if strings.Contains(c, " and ") && !strings.Contains(name, " and ") {
			// "the Halden Post and Courier": "Courier" is not the longer form that
			// ends in it, the joined names themselves; each name stands for itself.
			c = coreName(name, s.lang)
		}
		names = append(names, c)
	}
	slices.Sort(names)
	names = slices.Compact(names)
	var b strings.Builder
	for i, n := range names {
		switch {
		case i > 0 && i == len(names)-1:
			b.WriteString(" and ")
		case i > 0:
			b.WriteString(", ")
		}
		b.WriteString(n)
	}
	return b.String()
}

// joinedBefore returns the two phrases of the coordinated subject (see
// subjectCoordination) that a pronoun at byte pos stands for, when its speaker, name, is
// that subject's: its canonical name joins theirs, as for a coordinated source, not the
// one person whose name ends the phrase. It looks back over pronounBack subjects at most.
func (s *segmenter) joinedBefore(pos int, name string) ([2]np, bool) {
	if len(s.joinedParts) == 0 || !isPronounSpeaker(s.word(s.tokAt(pos))) {
		return [2]np{}, false
	}
	i, _ := slices.BinarySearchFunc(s.subjects, pos, func(m mention, p int) int { return cmp.Compare(m.pos, p) })
	for j := i - 1; j >= 0 && j >= i-pronounBack; j-- {
		if m := s.subjects[j]; m.joined && m.name == name {
			parts, ok := s.joinedParts[m.pos]
			return parts, ok
		}
	}
	return [2]np{}, false
}

// countedOff are the words that, alone, count off one of several named before ("Two
// officials spoke. One said …, another said …", "the other"): a source that names no one.
var countedOff = map[string]bool{"one": true, "another": true, "other": true, "the other": true, "the latter": true,
	"the former": true, "the first": true, "the second": true}

// interviewLabel reports whether a speaker is a single letter, as interviews mark their
// turns ("Q:", "A:"): no one's name.
func interviewLabel(sp string) bool {
	r, n := utf8.DecodeRuneInString(sp)
	return n > 0 && n == len(strings.TrimSuffix(sp, ".")) && unicode.IsLetter(r)
}

// definite returns what a definite description stands for. "The agency", "the ministry":
// the nearest organization before pos whose name has the noun ("the Ministry of National
// Defense"), else the nearest organization quoted before pos. "The president", "the Texas
// governor", "the four-term congressman": a person before pos who holds that title
// ("President Voss", "Gov. Rafa Kettle", "Rep. Dana Kessler"), the nearest or, of
// several, the one the story follows (see salientHolder). Other speakers, and
// descriptions with nothing to stand for, are returned as they are.
func (s *segmenter) definite(pos int, sp string) string {
	return s.definiteIn(nil, pos, sp)
}

// definiteIn is definite with the quotations indexed by their speakers' sentences (see
// speakerIndex) in ix, or nil to index them for this call alone.
func (s *segmenter) definiteIn(ix *speakerIndex, pos int, sp string) string {
	var arr [8]string
	words := appendFields(arr[:0], sp)
	if len(words) < 2 || len(words) > 4 || !strings.EqualFold(words[0], "the") || scan.IsCapitalized(words[len(words)-1]) {
		return sp
	}
	head := strings.ToLower(words[len(words)-1])
	f := s.lang.classesOf(head)
	switch {
	case f&(ClassRole|ClassTitle) != 0:
		// The persons with a title or a role in apposition among the last lookBack names.
		role := Role(head)
		nb := s.namesBefore(pos)
		if who := s.namedAfterRole(pos, nb, len(words)); who != "" {
			return who // "The departing prime minister, Hazem el-Brandt, did not say"
		}
		i := -1
		if nb > 0 {
			i = s.names[nb-1].titled
		}
		past, plain, second := false, true, ""
		for _, w := range words[1 : len(words)-1] {
			w = strings.ToLower(w)
			past = past || pastOffice[w]
			plain = plain && (pastOffice[w] || secondOffices[w]) // no word of its own
		}
		if w := strings.ToLower(words[len(words)-2]); secondOffices[w] {
			second = w // "the vice president"
		}
		if who := s.salientHolder(pos, nb, i, role, past, second, plain); who != "" {
			return who
		}
		// No one named before holds that office: the person spoken of last, as "he" or
		// "she" would be resolved, unless the text gives that person another office.
		if who := s.officeHolder(pos, sp, role); who != "" {
			return who
		}
	case docNouns[head]:
		// "The statement continued": the author of the statement named before. A
		// capitalized word before the noun names the document ("the Kremlin statement",
		// "the Halden survey"): an author that does not hold it is another document's.
		if who := s.author(ix, pos, head); who != "" && s.holdsModifiers(who, words[1:len(words)-1]) {
			return who
		}
	case f&ClassOrg != 0 && len(words) == 2:
		nb := s.namesBefore(pos)
		for i := nb - 1; i >= 0 && i >= nb-lookBack; i-- {
			s.work++
			m := s.names[i]
			if m.person {
				continue
			}
			for w := range strings.FieldsSeq(m.name) {
				var buf [32]byte
				if string(lowerInto(&buf, w)) == head {
					return m.name
				}
			}
		}
		if s.orgQuote == nil {
			// One pass: the nearest quotation of a named organization up to each one.
			s.orgQuote = make([]int, len(s.quotes))
			last := -1
			for i, q := range s.quotes {
				s.work++
				if q.Speaker != "" && !isPronounSpeaker(q.Speaker) && !looksPerson(q.Speaker) && !s.placeName(q.Speaker) &&
					scan.IsCapitalized(coreName(q.Speaker, s.lang)) {
					last = i
				}
				s.orgQuote[i] = last
			}
		}
		at := sort.Search(len(s.quotes), func(i int) bool { return s.quotes[i].openStart >= pos })
		if at > 0 {
			if i := s.orgQuote[at-1]; i >= 0 && i >= at-lookBack {
				return s.quotes[i].Speaker
			}
		}
	}
	return sp
}

// salientHolder returns the name of the person that a description by office ("the
// president") stands for at pos, among the persons named with that title among the last
// lookBack names (nb names start before pos; i is the nearest titled one; past and second
// as hasTitle takes them; one person per sameHolder; the last roleBack names titled with
// the office at most). It is the nearest titled one when
// that one is titled in the description's sentence or the two before it, or when the
// description is not plain (it has words of its own before its head but past and second
// offices': "the Chinese president", "the new king", "the company's president", which may
// tell the holders apart); else, of several holders (four at most), the one that is the
// subject of a sentence (see findSubjects) in the description's sentence or the two
// before it, the latest first; else the one named most often among the last lookBack
// names (each of its surnames' latest countBack mentions counted), the nearest on ties.
// The nearest titled holder alone was often a person named in passing: "the president"
// in a story that follows President Voss abroad is Ms. Voss, not the host named
// paragraphs before as "Ivo Brenk, its president". It returns "" when no one named holds
// the office.
func (s *segmenter) salientHolder(pos, nb, i int, role string, past bool, second string, plain bool) string {
	sent := s.toks[min(s.tokAt(pos), len(s.toks)-1)].sentence
	var arr [4]int // the nearest titled mention of each holder
	holders := arr[:0]
	if s.byRole == nil {
		// The titled persons' names by the offices their titles and appositions name, in
		// order: a walk over a role's holders, not over every titled name ("Mr. Voss").
		s.byRole = map[string][]int32{}
		for j, m := range s.names {
			if m.titled != j {
				continue
			}
			for _, r := range [2][2]int{{m.tFrom, m.tTo}, {m.aFrom, m.aTo}} {
				for k := r[0]; k >= 0 && k < r[1]; k++ {
					if list := s.byRole[Role(s.word(k))]; len(list) == 0 || list[len(list)-1] != int32(j) {
						s.byRole[Role(s.word(k))] = append(list, int32(j))
					}
				}
			}
		}
	}
	list := s.byRole[role]
	x, _ := slices.BinarySearch(list, int32(i+1))
	for stop := x - roleBack; x > 0 && x > stop && int(list[x-1]) >= nb-lookBack && len(holders) < len(arr); {
		x--
		s.work += 1 + len(holders)
		m := s.names[list[x]]
		if !s.hasTitle(m, role, past, second) || slices.ContainsFunc(holders, func(h int) bool { return s.sameHolder(s.names[h], m) }) {
			continue
		}
		if len(holders) == 0 && (!plain || sent-s.toks[s.tokAt(m.pos)].sentence <= 2) {
			// Titled in this sentence or the two before: no other is nearer. A description
			// with words of its own ("the Chinese president", "the new king", "the
			// company's president") is the nearest holder's, as the words may tell.
			return m.name
		}
		holders = append(holders, int(list[x]))
	}
	switch len(holders) {
	case 0:
		return ""
	case 1:
		return s.names[holders[0]].name
	}
	// The subjects of this sentence and the two before it, the latest first ("He later
	// phoned Ms. Voss": he, not Ms. Voss, the object).
	j, _ := slices.BinarySearchFunc(s.subjects, pos, func(m mention, p int) int { return cmp.Compare(m.pos, p) })
	for j--; j >= 0 && sent-s.toks[s.tokAt(s.subjects[j].pos)].sentence <= 2; j-- {
		s.work += len(holders)
		m := s.subjects[j]
		if h := slices.IndexFunc(holders, func(h int) bool { return s.sameHolder(s.names[h], m) }); h >= 0 {
			return s.names[holders[h]].name
		}
	}
	// The mentions of each holder among the last lookBack names, found by its surnames
	// (see surnameIndex) rather than by a walk over every name.
	s.surnameIndex()
	var counts [len(arr)]int
	for h, hi := range holders {
		keys := surnameKeys(s.names[hi].name)
		for ki, k := range keys {
			if k == "" {
				continue
			}
			list := s.bySurname[k]
			to, _ := slices.BinarySearch(list, int32(nb))
			for x := to - 1; x >= 0 && x >= to-countBack && int(list[x]) >= nb-lookBack; x-- {
				s.work++
				j := list[x]
				listedBefore := false // under a key already counted ("Calvo" of "Andrés Calvo Ibarra", listed under "Ibarra" too)
				for _, k0 := range keys[:ki] {
					if k0 != "" {
						_, found := slices.BinarySearch(s.bySurname[k0], j)
						listedBefore = listedBefore || found
					}
				}
				if !listedBefore && s.sameHolder(s.names[hi], s.names[j]) {
					counts[h]++
				}
			}
		}
	}
	best := 0 // the nearest on ties
	for h := range holders {
		if counts[h] > counts[best] {
			best = h
		}
	}
	return s.names[holders[best]].name
}

// roleBack is how many names titled with an office salientHolder looks back over for its
// holders, and countBack how many of the latest mentions under each of a holder's
// surnames it counts: its cost per description, whatever the text ("President Voss"
// titled again and again, a family of Vosses).
const (
	roleBack  = 24
	countBack = 16
)

// sameHolder reports whether mention m may name the person of holder h, a mention with a
// title: a surname in common (see surnameKeys: "Mr. Xi" and "Xi Lanfeng", "Mr. Reyl" and
// "Tomas Reyl Jr."), and, when both are full names, the same first word ("Hillary
// Clinton" is not "Bill Clinton"), and no other gender, by honorific or given name ("Mrs.
// Clinton" is not "President Bill Clinton"); a surname alone may name either of two
// namesakes.
func (s *segmenter) sameHolder(h, m mention) bool {
	hk, mk := surnameKeys(h.name), surnameKeys(m.name)
	common := false
	for _, x := range hk {
		common = common || x != "" && slices.Contains(mk[:], x)
	}
	if !common {
		return false
	}
	hf, _, hFull := strings.Cut(h.name, " ")
	mf, _, mFull := strings.Cut(m.name, " ")
	if hFull && mFull && !strings.EqualFold(hf, mf) {
		return false
	}
	gender := func(m mention) int {
		if m.gender == genderUnknown {
			return genderOfName(m.name)
		}
		return m.gender
	}
	hg, mg := gender(h), gender(m)
	return hg == genderUnknown || mg == genderUnknown || hg == mg
}

// surnameIndex makes s.bySurname, the persons' names of the text by surname (see
// surnameKeys), in order, once per text.
func (s *segmenter) surnameIndex() {
	if s.bySurname != nil {
		return
	}
	s.bySurname = map[string][]int32{}
	for j, m := range s.names {
		if !m.person {
			continue
		}
		for _, k := range surnameKeys(m.name) {
			if k != "" {
				s.bySurname[k] = append(s.bySurname[k], int32(j))
			}
		}
	}
}

// surnameGender returns the gender of the person that a surname written alone, with no
// title, stands for at pos, by the names before pos that it ends: the one gender that
// the courtesy titles written with it alone give ("Mr. Emanuel"), when no fuller name
// gives the other; without such titles, the one gender that every fuller name gives
// ("Kate Garvey"); else genderUnknown (two genders, "Tomas Brandt … his mother, Mrs.
// Brandt"; or a fuller name with a given name of no known gender, "Auma Garvey"). The
// names of a surname are summed up once per text (see surnameGenders), so that a
// pronoun's search stays in proportion to the text.
func (s *segmenter) surnameGender(name string, pos int) int {
	if strings.Contains(name, " ") || !scan.IsCapitalized(name) {
		return genderUnknown
	}
	if s.surnames == nil {
		s.surnameGenders()
	}
	sg := s.surnames[name]
	if sg == nil {
		return genderUnknown
	}
	byTitle, full, untold := 0, 0, false
	if sg.male >= 0 && sg.male < pos {
		byTitle |= genderMale
	}
	if sg.female >= 0 && sg.female < pos {
		byTitle |= genderFemale
	}
	for _, f := range sg.full {
		s.work++
		if int(f.pos) >= pos {
			break
		}
		if f.gender == genderMale || f.gender == genderFemale {
			full |= int(f.gender)
		} else {
			untold = true // "Auma Garvey" may be the one meant
		}
	}
	switch {
	case byTitle == genderMale || byTitle == genderFemale:
		if full|byTitle == byTitle {
			return byTitle // "Rahm Emanuel", "Mr. Emanuel"
		}
	case byTitle == 0 && !untold && (full == genderMale || full == genderFemale):
		return full
	}
	return genderUnknown
}

// surnameSum is what a text's names tell of one surname: the first positions of its
// courtesy titles of each gender written with the surname alone ("Mr. Garvey"; see
// courtesyGender), -1 if none, and its fuller names, each at its first position with its
// gender, in order (maxFuller of them, then one more of no gender: a surname that many
// people share tells none).
type surnameSum struct {
	male, female int
	full         []fuller
}

type fuller struct {
	pos    int32
	gender int8
}

const maxFuller = 8

// surnameGenders makes s.surnames, the surnameSum of each surname of the text's names of
// persons, once per text.
func (s *segmenter) surnameGenders() {
	s.surnames = map[string]*surnameSum{}
	var seen map[string]bool
	for _, m := range s.names {
		if !m.person {
			continue
		}
		s.work++
		one := !strings.Contains(m.name, " ")
		for _, k := range surnameKeys(m.name) {
			if k == "" {
				continue
			}
			sg := s.surnames[k]
			if sg == nil {
				sg = &surnameSum{male: -1, female: -1}
				s.surnames[k] = sg
			}
			g := s.courtesyGender(m)
			if one && g != genderUnknown {
				if g&genderMale != 0 && sg.male < 0 {
					sg.male = m.pos
				}
				if g&genderFemale != 0 && sg.female < 0 {
					sg.female = m.pos // "Mr. and Mrs. Brandt" after "Mr. Brandt" too
				}
				continue
			}
			// A fuller name, or a surname alone with a title of office ("President
			// Brandt"), which names a person of no gender the title tells: one more
			// person the surname may stand for.
			if (!one || m.tFrom >= 0) && len(sg.full) <= maxFuller {
				if seen == nil {
					seen = map[string]bool{}
				}
				if !seen[k+"\x00"+m.name] {
					seen[k+"\x00"+m.name] = true
					g := genderUnknown
					if !one {
						g = cmp.Or(m.gender, s.genderOf(m.name))
					}
					if len(sg.full) == maxFuller {
						g = genderUnknown // the ninth: the surname tells no gender from here on
					}
					sg.full = append(sg.full, fuller{int32(m.pos), int8(g)})
				}
			}
		}
	}
}

// surnameKeys returns the words by which the person of a name may be named alone: its
// last word, past a generational suffix ("Reyl" of "Tomas Reyl Jr."), and that word
// without an Arabic article ("Assad" of "Bashar al-Assad"), its first in
// family-name-first order ("Xi" of "Xi Lanfeng"; the last is then a given name, and not
// returned) and its paternal surname ("Calvo" of "Andrés Calvo Ibarra").
func surnameKeys(name string) (keys [3]string) {
	var arr [8]string
	words := appendFields(arr[:0], name)
	if len(words) > 1 && generational[strings.TrimSuffix(words[len(words)-1], ".")] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return keys
	}
	if FamilyNameFirst(words) {
		keys[0] = words[0]
		return keys
	}
	keys[0] = words[len(words)-1]
	keys[1] = arabicArticle(keys[0])
	keys[2] = paternalSurname(words)
	return keys
}

// previousTitled returns the nearest person's name with a title or a role in apposition
// before name i, or -1.
func (s *segmenter) previousTitled(i int) int {
	if i == 0 {
		return -1
	}
	return s.names[i-1].titled
}

// namedAfterRole returns the name that the description of n words at byte pos stands
// in apposition to, set off after it by commas ("The departing prime minister, Hazem
// el-Brandt, …"; see roleBefore): the description's head is that name's role. nb is
// the number of names before pos.
func (s *segmenter) namedAfterRole(pos, nb, n int) string {
	head := s.tokAt(pos) + n - 1
	for i := nb; i < len(s.names) && i < nb+2; i++ {
		if m := s.names[i]; m.aFrom == head && m.aTo == head+1 && m.pos > pos {
			return m.name
		}
	}
	return ""
}

// namesBefore returns the number of names that start before pos.
func (s *segmenter) namesBefore(pos int) int {
	return sort.Search(len(s.names), func(i int) bool { return s.names[i].pos >= pos })
}

// docNouns are documents that speak for their authors.
var docNouns = map[string]bool{"rant": true, "op-ed": true, "column": true, "note": true, "report": true, "study": true,
	"poll": true, "survey": true, "document": true, "transcript": true, "video": true, "statement": true, "letter": true, "suit": true, "lawsuit": true, "complaint": true,
	"memo": true, "release": true, "filing": true, "post": true, "tweet": true, "ad": true, "advertisement": true,
	"editorial": true, "email": true, "e-mail": true, "message": true}

// author returns who issued the document named by noun before pos: the author named in the
// phrase of the nearest mention of the document in the last three paragraphs that ties it
// to someone ("a survey by Varga", "Varga's survey"), or that sentence's speaker or subject
// where the document carries their words or they issued it ("Varga said in a statement",
// "Republicans sent a letter"), or the name its subject stood for where the document is the
// subject ("The report was long"); see documentTie. A mention that ties the document to
// no one ("Marek said the plan would fail, citing a survey") is passed over, and a phrase
// naming an author it cannot read ends the search: no speaker rather than a wrong one.
// ix indexes the quotations by their speakers' sentences (nil: index them now), so that
// each sentence that names the document costs a few binary searches, not a walk over
// every quotation and subject back to the third paragraph before (a text of one long
// paragraph made that walk quadratic); once the speakers are final (ix.final), only the
// sentences that can answer are visited (see documentTokens), not every token back to
// there. A sentence that names the document more than once is searched once (its answer
// is the same).
func (s *segmenter) author(ix *speakerIndex, pos int, noun string) string {
	if ix == nil {
		ix = new(speakerIndex)
	}
	if !ix.built {
		s.indexSpeakers(ix)
	}
	near := 0
	if p := s.para(pos); p >= 2 {
		near = s.paras[p-2]
	}
	atQuote := sort.Search(len(s.quotes), func(i int) bool { return s.quotes[i].openStart >= pos })
	atSubject := sort.Search(len(s.subjects), func(i int) bool { return s.subjects[i].pos >= pos })
	at := s.tokAt(pos)
	if ix.ordered && ix.final {
		// Only the sentences naming the document that can answer at all, the last first.
		occ := s.documentTokens(ix, noun)
		tried, searched := int32(0), false // the last sentence searched, which answered nothing
		for j := sort.Search(len(occ), func(j int) bool { return int(occ[j]) >= at }) - 1; j >= 0 && s.toks[occ[j]].start >= near; j-- {
			s.work++
			if who, tied, other := s.documentTie(int(occ[j])); who != "" || other {
				return who
			} else if !tied && !s.documentSubject(int(occ[j])) {
				continue
			}
			sent := s.toks[occ[j]].sentence
			if searched && sent == tried {
				continue // the same sentence gives the same answer: none
			}
			if who := s.authorOf(ix, sent, pos, near, atQuote, atSubject); who != "" {
				return who
			}
			tried, searched = sent, true
		}
		return ""
	}
	tried, searched := int32(0), false
	for k := at - 1; k >= 0 && s.toks[k].start >= near; k-- {
		s.work++
		if !strings.EqualFold(s.word(k), noun) || s.toks[k].inq {
			continue
		}
		if who, tied, other := s.documentTie(k); who != "" || other {
			return who
		} else if !tied && !s.documentSubject(k) {
			continue // a mention of the document that names no author
		}
		sent := s.toks[k].sentence
		if searched && sent == tried {
			continue // the same sentence gives the same answer: none
		}
		tried, searched = sent, true
		if !ix.ordered {
			if who := s.authorIn(sent, pos, near, atQuote, atSubject); who != "" {
				return who
			}
			continue
		}
		if who := s.authorOf(ix, sent, pos, near, atQuote, atSubject); who != "" {
			return who
		}
	}
	return ""
}

// documentTie tells what ties the document named at token k (a word of docNouns, outside
// quotations) to a person, in its own words: a name it returns, from a phrase of the
// document ("a survey by Lena Varga", "a poll conducted by the Halden Institute", "Lena
// Varga's survey") or the subject of a verb of issuing in another's content ("Ivo Marek
// said Ana Ruiz released a survey"), or other when a by or from phrase names one it
// cannot read ("a statement from a spokesman for the ministry": the nearest document is
// another's, whose author author does not guess); or tied, when the sentence's speaker or
// subject is the document's author: the document, after its determiner or a possessive
// pronoun and up to three modifiers ("a company blog post", "a White House statement",
// "her brief statement"), is the medium of the clause's words (see mediumOf: "said in a
// statement", "told reporters in a statement that …", "In an email, …"), or the object of
// a verb of issuing or writing that is not an infinitive ("released a survey", "sent her
// letter", "wrote the report"; issueVerbs, sendVerbs, authorVerbs). A sentence that only
// mentions the document ("Ivo Marek said the plan would fail, citing a survey", "doubts
// the survey", "criticized her report", "was cited in the report", "read the report")
// names no author: author passes it over, and gives no speaker rather than a wrong one.
func (s *segmenter) documentTie(k int) (name string, tied, other bool) {
	c := s.toks[k].clause
	a := k + 1
	if a+1 < len(s.toks) && s.toks[a].clause == c && !s.toks[a].inq && s.lowerWord(a+1) == "by" && s.toks[a+1].clause == c &&
		(issueVerbs[s.lowerWord(a)] || sendVerbs[s.lowerWord(a)] || authorVerbs[s.lowerWord(a)]) {
		a++ // "a poll conducted by …", "a statement issued by …"
	}
	if a+1 < len(s.toks) && s.toks[a].clause == c && !s.toks[a].inq {
		if w := s.lowerWord(a); w == "by" || w == "from" {
			from := a + 1
			if s.lowerWord(from) == "the" && from+1 < len(s.toks) {
				from++ // "by the Halden Institute"
			}
			if e, m := s.nameRun(from, min(len(s.toks), from+8)); m.name != "" && e > from && s.phraseEndsAt(e, c) {
				return m.name, true, false // "a survey by Lena Varga"
			}
			if from < len(s.toks) && s.toks[from].clause == c && !s.toks[from].inq && s.toks[from].flags&ClassTime == 0 &&
				!possessivePronouns[s.lowerWord(from)] { // "in a statement released by his campaign": the speaker's own
				return "", false, true // "a statement from a ministry spokesman", "a report by police officers"
			}
		}
	}
	// The document's phrase before it: a determiner or a possessive pronoun, then up to
	// three modifiers ("a new online survey", "a company blog post", "a White House
	// statement", "her brief statement", "the following statement"); j is the word before
	// the phrase, or the word right before the document where it has no determiner
	// ("released surveys", "Lena Varga's survey").
	j := k - 1
	for d := k - 1; d >= 0 && d >= k-4 && s.toks[d].clause == c && !s.toks[d].inq && !s.toks[d].poss; d-- {
		t, w := s.toks[d], s.lowerWord(d)
		if t.flags&ClassDet != 0 || possessivePronouns[w] {
			j = d - 1
			break
		}
		if w != "following" && t.flags&(ClassPrep|ClassAux|ClassPast|ClassThat|ClassWho|ClassConj|ClassNeg|ClassSubject|ClassFunc|ClassTime|ClassMonth) != 0 ||
			issueVerbs[w] || sendVerbs[w] || authorVerbs[w] {
			break // not a modifier
		}
	}
	if j < 0 || s.toks[j].clause != c || s.toks[j].inq {
		return s.authorModifiers(k), false, false
	}
	t := s.toks[j]
	switch w := s.lowerWord(j); {
	case t.poss && t.cap && j == k-1:
		// "Lena Varga's survey", "the Justice Department's complaint": the capitalized
		// words before the possessive.
		from := j
		for from > 0 && from > j-4 && s.toks[from-1].cap && !s.toks[from-1].poss && s.toks[from-1].clause == c && !s.toks[from-1].inq &&
			s.toks[from-1].flags&ClassDet == 0 {
			from--
		}
		return s.span(from, j+1), true, false
	case w == "in" || w == "through" || w == "via":
		return "", s.mediumOf(j, k), false
	case issueVerbs[w] || sendVerbs[w] || authorVerbs[w]:
		// "released a survey", "sent a letter", "conducted the poll"; not an infinitive,
		// whose subject may be another's ("asked the agency to prepare the report").
		if j > 0 && s.lowerWord(j-1) == "to" {
			return "", false, false
		}
		// A name that is the verb's subject in another's content is the author, not the
		// sentence's speaker ("Ivo Marek said Ana Ruiz released a survey").
		if n := s.npBefore(j-1, 0); n.ok() && n.to == j && n.from > 0 && s.toks[n.from].cap && s.toks[n.from].flags&(ClassSubject|ClassDet) == 0 &&
			s.toks[n.from-1].sentence == t.sentence && !s.toks[n.from-1].inq && s.toks[n.from-1].flags&(ClassVerb|ClassThink|ClassThat) != 0 {
			return s.phrase(n), true, false
		}
		return "", true, false
	}
	return s.authorModifiers(k), false, false
}

// authorModifiers returns the name of a body that the capitalized words between the
// determiner of the document named at token k and its noun make, ending with a word of an
// organization's name and perhaps its acronym after ("according to a Halden Research
// Association poll", "a Halden Research Association (HRA) poll"): the body that made the
// document; or "" ("the Halden statement", "a Lena Varga statement").
func (s *segmenter) authorModifiers(k int) string {
	from, org := k, -1
	if b := k - 1; b > 0 && isUpper(s.word(b)) && strings.Contains(s.text[s.toks[b-1].end:s.toks[b].start], "(") &&
		strings.Contains(s.text[s.toks[b].end:s.toks[k].start], ")") {
		from = b // "(HRA)"
	}
	if from == 0 {
		return ""
	}
	c := s.toks[from].clause
	if from < k {
		c = s.toks[from-1].clause
	}
	for from > 0 && from > k-7 && s.toks[from-1].clause == c && !s.toks[from-1].inq && !s.toks[from-1].poss && s.toks[from-1].cap &&
		s.toks[from-1].flags&ClassDet == 0 {
		from--
		if org < 0 && s.toks[from].flags&ClassOrg != 0 {
			org = from
		}
	}
	if org < 0 || org-from < 1 || from == 0 || s.toks[from-1].clause != c || s.toks[from-1].inq || s.toks[from-1].flags&ClassDet == 0 {
		return ""
	}
	return s.span(from, org+1)
}

// mediumOf reports whether the document named at token k, after the preposition at
// token j ("in", "through", "via"), is the medium of its clause's words, whose speaker
// or subject is then its author: the phrase opens the clause ("In a letter, …", "But in
// a report, …"), or follows a verb, a time, an adverb ("said Monday in a statement",
// "responded angrily in a statement"), or follows the verb's object where the document
// ends its sentence or "that" or a time follows it ("told reporters in a statement that
// …", "defended the plan in a statement."). Not the document of a passive ("was cited
// in the report", "was not included in the report", "as detailed in the report"), nor
// one a witness speaks in ("testified in the report", "appears in the report"), nor a
// noun's ("the flaws in the report were serious", "a gap in the report, …").
func (s *segmenter) mediumOf(j, k int) bool {
	c := s.toks[k].clause
	p := j - 1
	if p < 0 || s.toks[p].clause != c || s.toks[p].inq {
		return true
	}
	t, w := s.toks[p], s.lowerWord(p)
	if witnessVerbs[w] {
		return false
	}
	if !t.cap && s.participleForm(p) {
		b := p - 1
		for b >= 0 && b > p-3 && (s.adverb(b) || s.toks[b].flags&ClassNeg != 0) {
			b-- // "was widely cited", "was not included"
		}
		if b >= 0 && s.toks[b].clause == c && (isBe(s.lowerWord(b)) || s.lowerWord(b) == "as") {
			return false // "was cited in the report", "as detailed in the report"
		}
	}
	if t.flags&(ClassVerb|ClassThink|ClassPast|ClassTime|ClassMonth|ClassConj) != 0 || s.adverb(p) {
		return true
	}
	e := k + 1
	return e >= len(s.toks) || s.toks[e].sentence != s.toks[k].sentence || !s.toks[e].inq && s.toks[e].clause == c && s.toks[e].flags&(ClassThat|ClassTime|ClassMonth) != 0
}

// witnessVerbs speak or stand in a document that is not theirs ("testified in the
// report", "appears in the report").
var witnessVerbs = map[string]bool{"testified": true, "testifies": true, "testify": true, "appeared": true, "appears": true,
	"appear": true, "featured": true, "features": true, "feature": true}

// documentSubject reports whether the document named at token k is its sentence's
// subject ("The report said …", "The Xinhua editorial warned …"): the subject's name,
// resolved when it was found (findSubjects), is then the document's author or the
// document itself.
func (s *segmenter) documentSubject(k int) bool {
	i := sort.Search(len(s.subjects), func(i int) bool { return s.subjects[i].pos > s.toks[k].start }) - 1
	if i < 0 {
		return false
	}
	f := s.tokAt(s.subjects[i].pos)
	if f >= k || k-f > 5 || s.toks[f].sentence != s.toks[k].sentence || s.toks[f].flags&ClassDet == 0 {
		return false // the subject opens with its determiner: "The report", "the Xinhua editorial"
	}
	for j := f + 1; j < k; j++ {
		if t := s.toks[j]; t.clause != s.toks[k].clause || t.inq || t.poss || !t.cap && t.flags&ClassDet == 0 && t.flags != 0 {
			return false
		}
	}
	return true
}

// phraseEndsAt reports whether a name that ends before token e, in clause c, ends its
// noun phrase: the clause or the text ends, or a verb, a relative or a conjunction comes
// next, not another word of the phrase ("by French police intelligence") nor "to" or
// "of" ("from Right to Rise").
func (s *segmenter) phraseEndsAt(e int, c int32) bool {
	if e >= len(s.toks) || s.toks[e].clause != c || s.toks[e].inq {
		return true
	}
	t := s.toks[e]
	if w := s.lowerWord(e); w == "to" || w == "of" || t.cap || t.poss {
		return false
	}
	return t.flags&(ClassVerb|ClassThink|ClassAux|ClassPast|ClassThat|ClassWho|ClassConj|ClassPrep|ClassTime|ClassMonth|ClassNaming) != 0
}

// holdsModifiers reports whether name holds each capitalized word of mods, the words of a
// description between its article and its noun ("Kremlin" of "the Kremlin statement"),
// or has it for initials ("HRA" of "Halden Research Association", as "AP" is the
// Associated Press's: see initials).
func (s *segmenter) holdsModifiers(name string, mods []string) bool {
	for _, m := range mods {
		if !scan.IsCapitalized(m) {
			continue
		}
		found := isUpper(m) && len(m) >= 2 && m == initials(strings.Fields(coreName(name, s.lang))) // "the HRA poll"
		for w := range strings.FieldsSeq(name) {
			if strings.EqualFold(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), m) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// possessivePronouns open a document's phrase as a determiner does ("her statement"): the
// document is then tied to its author only as any other (see documentTie).
var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true}

// authorVerbs write, make or deliver a document, whose author is their subject, by form
// (beside issueVerbs and sendVerbs): "gave a statement" is delivering it, as "made a
// statement" is. Not reading a document ("read the report"), which another wrote.
var authorVerbs = func() map[string]bool {
	m := map[string]bool{"wrote": true, "written": true, "write": true, "writes": true, "writing": true, "made": true,
		"gave": true, "given": true, "drew": true, "drawn": true, "penned": true, "penning": true}
	for _, b := range []string{"sign", "conduct", "commission", "tweet", "unveil", "present", "draft", "deliver",
		"author", "produce", "prepare", "compile", "make", "give", "lodge", "email", "e-mail", "compose",
		"draw", "dispatch", "fire", "mail"} {
		m[b] = true
		switch {
		case strings.HasSuffix(b, "e"):
			m[b+"s"], m[b+"d"], m[b[:len(b)-1]+"ing"] = true, true, true
		case strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch"):
			m[b+"es"], m[b+"ed"], m[b+"ing"] = true, true, true
		default:
			m[b+"s"], m[b+"ed"], m[b+"ing"] = true, true, true
		}
	}
	return m
}()

// authorOf is author's search of one sentence, sent, that names the document, by ix: the
// speaker of the last quotation before pos whose speaker stands in sent (its speaker
// before pos, not itself a document), down to the first quotation that closes before
// near (quotations close in order), else the last subject before pos of sent, if it
// starts at or after near (subjects and their sentences come in text order: findSubjects
// adds at most one a sentence, sentence by sentence, which ordered does not check; the
// subject-finding walk in author stays short only because every description of a
// document becomes a subject, so the last one's sentence always answers). It steps only
// over the quotations whose speakers can answer (see answering): a sentence holding many
// quotations spoken by the document itself is not walked once for each of them.
func (s *segmenter) authorOf(ix *speakerIndex, sent int32, pos, near, atQuote, atSubject int) string {
	lo := sort.Search(len(ix.bySentence), func(j int) bool { return ix.bySentence[j].sentence >= sent })
	hi := sort.Search(len(ix.bySentence), func(j int) bool {
		e := ix.bySentence[j]
		return e.sentence > sent || e.sentence == sent && int(e.quote) >= atQuote
	})
	// Only the quotations whose speakers can answer, the last first (see answering). The
	// quotations of one sentence close in order, so the first that closes before near
	// among them ends the search as it would among all.
	ans := s.answering(ix)
	for j := hi - 1; j >= lo; j-- {
		if j = int(ans[j]); j < lo || s.quotes[ix.bySentence[j].quote].closeEnd < near {
			break
		}
		s.work++
		if q := &s.quotes[ix.bySentence[j].quote]; q.speakerPos < pos {
			return q.Speaker
		}
	}
	i := sort.Search(atSubject, func(i int) bool { return s.toks[s.tokAt(s.subjects[i].pos)].sentence > sent }) - 1
	if i >= 0 && s.subjects[i].pos >= near && s.toks[s.tokAt(s.subjects[i].pos)].sentence == sent {
		return s.subjects[i].name
	}
	return ""
}

// documentTokens returns the tokens outside quotations that are noun (case folded), in
// text order, whose sentence has a subject or a quotation's speaker that is not itself a
// document: the only ones where author can find an answer. It is asked only once the
// subjects and the speakers are final (ix.final), and keeps each noun's list in ix.
func (s *segmenter) documentTokens(ix *speakerIndex, noun string) []int32 {
	if occ, ok := ix.documents[noun]; ok {
		return occ
	}
	var occ []int32
	ans := s.answering(ix)
	for k := range s.toks {
		s.work++
		if s.toks[k].inq || !strings.EqualFold(s.word(k), noun) {
			continue
		}
		sent := s.toks[k].sentence
		lo := sort.Search(len(ix.bySentence), func(j int) bool { return ix.bySentence[j].sentence >= sent })
		hi := sort.Search(len(ix.bySentence), func(j int) bool { return ix.bySentence[j].sentence > sent })
		answers := hi > lo && int(ans[hi-1]) >= lo
		if i := sort.Search(len(s.subjects), func(i int) bool { return s.toks[s.tokAt(s.subjects[i].pos)].sentence >= sent }); i < len(s.subjects) &&
			s.toks[s.tokAt(s.subjects[i].pos)].sentence == sent {
			answers = true
		}
		if who, tied, other := s.documentTie(k); who != "" || other || (tied || s.documentSubject(k)) && answers {
			occ = append(occ, int32(k))
		}
	}
	if ix.documents == nil {
		ix.documents = map[string][]int32{}
	}
	ix.documents[noun] = occ
	return occ
}

// answering returns, for each entry j of ix.bySentence, the last entry at or before j of
// the same sentence whose quotation's speaker can answer author (a speaker, not itself a
// document), or an entry of an earlier sentence (below the sentence's first) if none can:
// so that authorOf and documentTokens step over the quotations spoken by documents, not
// along them (a sentence of many quotations spoken by "the report" was walked once for
// each of them). It is built in one pass when first asked for, and again once the
// speakers are final (see resolveSpeakers), and kept in ix.
func (s *segmenter) answering(ix *speakerIndex) []int32 {
	if ix.answering != nil {
		return ix.answering
	}
	ans := make([]int32, len(ix.bySentence))
	last := int32(-1)
	for j, e := range ix.bySentence {
		s.work++
		if q := &s.quotes[e.quote]; q.Speaker != "" && !lowerIn(docNouns, lastWord(q.Speaker)) {
			last = int32(j)
		}
		ans[j] = last
	}
	ix.answering = ans
	return ans
}

// authorIn is author's search of one sentence, sent, that names the document, for a text
// whose quotations or sentences do not come in order (see speakerIndex): the speaker of
// the last quotation before pos whose speaker stands in sent, else the last subject
// before pos of sent, looking no further back than near.
func (s *segmenter) authorIn(sent int32, pos, near, atQuote, atSubject int) string {
	for i := atQuote - 1; i >= 0 && s.quotes[i].closeEnd >= near; i-- {
		s.work++
		q := s.quotes[i]
		if q.Speaker != "" && q.speakerPos < pos && s.toks[s.tokAt(q.speakerPos)].sentence == sent &&
			!lowerIn(docNouns, lastWord(q.Speaker)) {
			return q.Speaker
		}
	}
	for i := atSubject - 1; i >= 0 && s.subjects[i].pos >= near; i-- {
		s.work++
		if m := s.subjects[i]; s.toks[s.tokAt(m.pos)].sentence == sent {
			return m.name
		}
	}
	return ""
}

// A speakerIndex lists the quotations by the sentence in which their speaker stands (see
// author), built once per text when first needed (see indexSpeakers): the speakers
// themselves may change as pronouns are resolved, their positions do not.
type speakerIndex struct {
	built bool
	// final reports whether the subjects and the quotations' speakers are final (after
	// pronouns are resolved): then author visits only the tokens documentTokens lists.
	final bool
	// documents holds documentTokens' lists, by noun.
	documents map[string][]int32
	// answering holds answering's list, nil until asked for and when the speakers change.
	answering []int32
	// bySentence holds every quotation, by the sentence of the token at its speaker's
	// position (-1 past the last token), then by its index.
	bySentence []speakerSentence
	// ordered reports whether the quotations close in order and the tokens' sentences
	// never decrease, as author's binary searches need; otherwise author walks.
	ordered bool
}

type speakerSentence struct{ sentence, quote int32 }

// indexFrom is the number of tokens from which author indexes a text's speakers by
// sentence; a shorter text (nearly every news article) takes the direct loops.
const indexFrom = 4096

// indexSpeakers builds ix: the quotations by their speakers' sentences (none for a text
// shorter than indexFrom tokens, which author searches directly).
func (s *segmenter) indexSpeakers(ix *speakerIndex) {
	if len(s.toks) < indexFrom {
		// A short text: the direct loops cost at most indexFrom steps a description, less
		// than building the index (same answers either way).
		*ix = speakerIndex{built: true, final: ix.final}
		return
	}
	*ix = speakerIndex{built: true, final: ix.final, ordered: true, bySentence: make([]speakerSentence, len(s.quotes))}
	for i := range s.quotes {
		s.work++
		sent := int32(-1) // a speaker past the last token: no sentence matches it
		if t := s.tokAt(s.quotes[i].speakerPos); t < len(s.toks) {
			sent = s.toks[t].sentence
		}
		ix.bySentence[i] = speakerSentence{sent, int32(i)}
		if i > 0 && s.quotes[i].closeEnd < s.quotes[i-1].closeEnd {
			ix.ordered = false
		}
	}
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].sentence < s.toks[k-1].sentence {
			ix.ordered = false
			break
		}
	}
	slices.SortStableFunc(ix.bySentence, func(a, b speakerSentence) int { return cmp.Compare(a.sentence, b.sentence) })
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// Role returns the office a title or role word names, abbreviations spelled out
// ("gov" and "governor" are one; "rep", "congressman" and "lawmaker" are one).
func Role(w string) string {
	w = strings.TrimSuffix(strings.ToLower(w), ".")
	switch w {
	case "gov":
		return "governor"
	case "sen":
		return "senator"
	case "rep", "representative", "congressman", "congresswoman", "lawmaker":
		return "representative"
	case "pres":
		return "president"
	case "gen":
		return "general"
	case "sec":
		return "secretary"
	case "atty":
		return "attorney"
	case "spokesman", "spokeswoman", "spokesperson":
		return "spokesperson"
	case "chairman", "chairwoman", "chair":
		return "chair"
	}
	return w
}

func isPronounSpeaker(sp string) bool {
	if len(sp) > 6 || len(sp) < 1 {
		return false
	}
	var buf [32]byte
	switch string(lowerInto(&buf, sp)) {
	case "he", "she", "they", "it", "él", "ella", "ellos", "ellas", "он", "она", "они", "il", "elle", "ils", "elles",
		"i", "we", "you", "yo", "nosotros", "я", "мы", "je", "nous", "his", "her", "their", "its", "my", "our":
		return true
	}
	return false
}

// antecedent returns the name before pos that a pronoun stands for: a person for he and
// she, an organization or group for they and it, no one for you (see secondPerson). The
// subjects of the sentences of the last three paragraphs and the speakers quoted there
// come first, the nearest of them; failing those, for he and she, the nearest name.
func (s *segmenter) antecedent(pos int, pronoun string) string {
	if firstPerson(pronoun) {
		return s.Author // "I", "we": the author, when known
	}
	if secondPerson(pronoun) {
		return "" // "you": the one addressed, whom no name before it stands for
	}
	return s.antecedentOf(pos, personPronoun(pronoun), pronounGender(pronoun), !pluralPronoun(pronoun))
}

// pluralPronoun reports whether a pronoun stands for a group (they), which no listed
// place (see placeName) is.
func pluralPronoun(p string) bool {
	var buf [32]byte
	switch string(lowerInto(&buf, p)) {
	case "they", "their", "ellos", "ellas", "они", "ils", "elles":
		return true
	}
	return false
}

// officeHolder returns the person a description of an office stands for when no one
// named before pos holds it ("the Texas governor" after "Rafa Kettle … says Kettle"): the
// last person named in the narrative of its paragraph or the one before, if that person
// is a subject or a speaker there, of a gender that fits, not titled with another office,
// and not set apart from the office there (see setApart). A possessive description ("the
// senator's spokesman") is someone else.
func (s *segmenter) officeHolder(pos int, sp, role string) string {
	if strings.ContainsAny(sp, "'’") || s.lang.classesOf(role)&ClassTitle == 0 {
		return ""
	}
	if k := s.tokAt(pos) + len(strings.Fields(sp)); k-1 < len(s.toks) && (s.toks[k-1].poss ||
		k < len(s.toks) && s.toks[k].clause == s.toks[k-1].clause && (s.lowerWord(k) == "of" || s.lowerWord(k) == "and" || s.lowerWord(k) == "or")) {
		return "" // "the California secretary of state's website", "the prime minister and chancellor"
	}
	near := 0
	if p := s.para(pos); p >= 1 {
		near = s.paras[p-1]
	}
	// The nearest name that is surely a person's, among the last lookBack names.
	nb := s.namesBefore(pos)
	if nb == 0 {
		return ""
	}
	i := s.names[nb-1].holder
	if i < 0 || i < nb-lookBack || s.names[i].pos < near {
		return ""
	}
	m := s.names[i]
	if s.toks[s.tokAt(m.pos)].sentence == s.toks[s.tokAt(pos)].sentence {
		return "" // "Ana Ruiz met the mayor, who said …": the description, after her name in its sentence, is someone else
	}
	if g, h := s.genderOf(sp), cmp.Or(m.gender, s.genderOf(m.name)); g != genderUnknown && h != genderUnknown && g != h {
		return ""
	}
	// The only one spoken of there: every subject and speaker is that person (or a
	// pronoun), none another name or a description ("the prime minister's spokesman said
	// … the spokesman said" names the spokesman again).
	last := lastWord(m.name)
	salient := false
	other := func(name string) bool {
		if isPronounSpeaker(name) {
			return false
		}
		if lastWord(name) == last {
			salient = true
			return false
		}
		return true
	}
	// The office's word before, back to near, must not be someone else's; where it heads
	// an earlier description of the office that stood for the person, what comes before
	// it was read when that description was resolved, and the searches stop there.
	apart, since := s.setApart(pos, near, role, last)
	if apart {
		return ""
	}
	from, before := near, 0
	if since >= 0 {
		from, before, salient = since, since, true
	}
	// Each search among the last lookBack subjects and quotations only.
	j0, _ := slices.BinarySearchFunc(s.subjects, pos, func(n mention, p int) int { return cmp.Compare(n.pos, p) })
	for j := j0 - 1; j >= 0 && j >= j0-lookBack && s.subjects[j].pos >= from; j-- {
		s.work++
		if other(s.subjects[j].name) {
			return ""
		}
	}
	k0, _ := slices.BinarySearchFunc(s.quotes, pos, func(q quote, p int) int { return cmp.Compare(q.openStart, p) })
	for k := k0 - 1; k >= 0 && k >= k0-lookBack && s.quotes[k].closeEnd >= from; k-- {
		s.work++
		if q := &s.quotes[k]; q.Speaker != "" && q.speakerPos >= from && q.speakerPos < pos && other(q.Speaker) {
			return ""
		}
	}
	if !salient || s.holdsOther(m.name, role, before, pos) {
		return ""
	}
	return m.name
}

// setApart reports whether the text, before the description at pos and back to near, uses
// the word of its office for someone other than the person of last name last: whether the
// nearest word before pos that names the office (the same word or its abbreviation,
// "ex-governor" too) is neither that person's (a title or a role in apposition of a name
// with that last name, or a role in lower case right before it: "governor Ana Ruiz") nor
// the head of a sentence's subject, a noun phrase, that stands for that person ("The
// governor said …", resolved before). "Pedro Varga met the governor", "Varga wants to be
// governor": the governor is someone else; so is a title that person held before
// ("Former President Lena Okafor": a description that says so, "the former president",
// found her among the titled names before; see definiteIn). since is the position of
// that subject, or -1. Each search stops at the nearest word of the office, so that the
// searches together read each token once.
func (s *segmenter) setApart(pos, near int, role, last string) (apart bool, since int) {
	for k := s.tokAt(pos) - 1; k >= 0 && s.toks[k].start >= near; k-- {
		s.work++
		w := strings.TrimSuffix(s.lowerWord(k), ".")
		if i := strings.LastIndexByte(w, '-'); i >= 0 {
			w = w[i+1:]
		}
		if Role(w) != role {
			continue
		}
		if s.titleFor(k, last) {
			return s.pastOfficeBefore(k), -1
		}
		if p := s.subjectFor(k, last); p >= 0 {
			return false, p
		}
		return true, -1
	}
	return false, -1
}

// titleFor reports whether token k is a title or role of a name with last name last: one
// of its titles, its role in apposition, or a role in lower case right before it.
func (s *segmenter) titleFor(k int, last string) bool {
	j := s.namesBefore(s.toks[k].start + 1) // the names that start at token k or before
	for i := j - 1; i >= 0 && i >= j-2; i-- {
		s.work++
		if m := s.names[i]; lastWord(m.name) == last && (m.tFrom <= k && k < m.tTo || m.aFrom <= k && k < m.aTo) {
			return true
		}
	}
	return j < len(s.names) && k+1 < len(s.toks) && !s.toks[k].cap && s.toks[k+1].clause == s.toks[k].clause &&
		s.names[j].pos == s.toks[k+1].start && lastWord(s.names[j].name) == last
}

// subjectFor returns the position of the sentence's subject, a noun phrase, that token k
// ends, if it stands for the person of last name last; else -1.
func (s *segmenter) subjectFor(k int, last string) int {
	j, _ := slices.BinarySearchFunc(s.subjects, s.toks[k].start+1, func(m mention, p int) int { return cmp.Compare(m.pos, p) })
	if j == 0 {
		return -1
	}
	m := s.subjects[j-1]
	f := s.tokAt(m.pos)
	if f > k || lastWord(m.name) != last || s.toks[f].sentence != s.toks[k].sentence {
		return -1
	}
	if n := s.npBefore(k, f); n.from != f || n.to != k+1 {
		return -1
	}
	return m.pos
}

// candidacy are the roles of a person running for an office, which a holder of another
// office may have beside it ("presidential candidate Rafa Kettle" is "the Texas governor").
var candidacy = map[string]bool{"candidate": true, "nominee": true}

// holdsOther reports whether a name of person who from position from to pos is titled
// with an office other than role ("Sen. Ana Ruiz" holds another office than "the
// governor").
func (s *segmenter) holdsOther(who, role string, from, pos int) bool {
	last := lastWord(who)
	nb := s.namesBefore(pos)
	for i := nb - 1; i >= 0 && i >= nb-lookBack && s.names[i].pos >= from; i-- {
		s.work++
		m := s.names[i]
		if !m.person || m.name != who && lastWord(m.name) != last {
			continue
		}
		// Its titles, its role in apposition, and a role in lower case right before it
		// ("agency spokeswoman Ana Ruiz").
		b := s.tokAt(m.pos) - 1
		if b < 0 || s.toks[b].cap || s.toks[b].clause != s.toks[b+1].clause {
			b = -1
		}
		for _, r := range [3][2]int{{m.tFrom, m.tTo}, {m.aFrom, m.aTo}, {b, b + 1}} {
			for k := r[0]; k >= 0 && k < r[1]; k++ {
				w := strings.ToLower(strings.TrimSuffix(s.word(k), "."))
				if i := strings.LastIndexByte(w, '-'); i >= 0 {
					w = w[i+1:] // "co-chairman"
				}
				if s.lang.classesOf(w)&(ClassTitle|ClassRole) != 0 && Role(w) != role && !candidacy[w] {
					return true
				}
			}
		}
	}
	return false
}

// antecedentOf returns the name before pos that a pronoun of the given kind stands for: a
// person of the given gender (or any, genderUnknown), or an organization or group, or
// (if places) a place. A pronoun for a person never stands for a listed place (see
// placeName: "Beijing", "Hong Kong"), unless a title or a known given name shows the
// name is a person's ("Mr. Holland", "Ms. London"). A sentence's subject or a
// quotation's speaker is taken first (for he or she, not a one-word name of unknown
// kind that the text writes as a modifier, "the Halden vote": see modifierName); failing
// those, a pronoun for a person takes the nearest name that does not end in a common
// noun (see commonHead), and one for a group or an organization none. A surname written
// alone whose fuller names or courtesy titles give the other gender is passed over (see
// mentionGender), and when a subject or speaker was, the search ends with the subjects
// and speakers: no name further back. A thing that displays words (see bearsWords) is never
// he, she or they, and when the nearest subject or speaker "they" would take is a
// singular description (see singularPhrase), "they" has none.
func (s *segmenter) antecedentOf(pos int, person bool, gender int, places bool) string {
	// aPlace reports whether a name is a listed place that a pronoun for a person cannot
	// stand for: titled tells whether a title was written with it.
	aPlace := func(name string, titled bool) bool {
		if !person || titled || !s.placeName(name) {
			return false
		}
		w := strings.Fields(name)
		return len(w) == 0 || !IsGivenName(w[0])
	}
	fitsG := func(name string, g int, isPerson bool) bool {
		if isPerson != person || !places && !isPerson && s.placeName(name) {
			return false
		}
		if (person || !places) && bearsWords(name) {
			return false // he, she, they: no thing that displays words ("banners that said …", cueverb.go)
		}
		if g == genderUnknown {
			g = s.genderOf(name)
		}
		return gender == genderUnknown || g == genderUnknown || g == gender
	}
	near := 0
	if p := s.para(pos); p >= 2 {
		near = s.paras[p-2]
	}
	best, bestPos := "", -1
	unlike := false // a subject or speaker was passed over for the gender its surname is given (see mentionGender)
	// Each search looks back over pronounBack subjects, quotations and names at most, so
	// that resolution stays in proportion to the text however long its paragraphs.
	i, _ := slices.BinarySearchFunc(s.subjects, pos, func(m mention, p int) int { return cmp.Compare(m.pos, p) })
	stopi := i - pronounBack
	for i--; i >= max(0, stopi) && s.subjects[i].pos >= near; i-- {
		s.work++
		m := s.subjects[i]
		g := s.mentionGender(m, pos, gender)
		if g != m.gender && !fitsG(m.name, g, m.person) && fitsG(m.name, m.gender, m.person) {
			unlike = true
		}
		if (fitsG(m.name, g, m.person) || m.either && person && !s.modifierName(m.name) && !otherGenderName(m.name, gender)) && !aPlace(m.name, m.tFrom >= 0) && !((m.joined || m.plural) && places) &&
			s.antecedentSubject(m, pos) {
			best, bestPos = m.name, m.pos
			if !places && (!m.joined && s.singularPhrase(m.name) || m.conjunct) {
				// "The committee chair met … They said": the nearest subject is no group;
				// one further back is more often wrong than right. So for a conjunct
				// whose coordination was no whole ("He and Ana Ruiz met … They said"):
				// they are both, never one of them.
				best = ""
			}
			break
		}
	}
	j, _ := slices.BinarySearchFunc(s.quotes, pos, func(q quote, p int) int { return cmp.Compare(q.openStart, p) })
	stopj := j - pronounBack
	for j--; j >= max(0, stopj); j-- {
		s.work++
		q := &s.quotes[j]
		if q.closeEnd < near && q.speakerPos < near {
			break
		}
		if q.Speaker == "" || isPronounSpeaker(q.Speaker) || q.speakerPos < near || q.speakerPos <= bestPos || q.speakerPos >= pos {
			continue
		}
		isPerson := looksPerson(q.Speaker) || s.knownPerson(coreName(q.Speaker, s.lang), q.speakerPos)
		g := s.speakerGender(q.Speaker, pos, gender)
		if g != genderUnknown && !fitsG(q.Speaker, g, isPerson) && fitsG(q.Speaker, genderUnknown, isPerson) {
			unlike = true
		}
		if fitsG(q.Speaker, g, isPerson) &&
			!aPlace(coreName(q.Speaker, s.lang), coreName(q.Speaker, s.lang) != q.Speaker) {
			best, bestPos = q.Speaker, q.speakerPos
			if !places && s.singularPhrase(q.Speaker) {
				best = "" // a quoted spokeswoman is no "they", nor is one before her
			}
		}
	}
	if best != "" {
		return best
	}
	// Failing those, the nearest name of the right kind in the last paragraphs; none
	// further back: no speaker rather than a wrong one. "It" and "they" take no name
	// that is neither a subject nor a speaker: on the tune half of the China Daily and
	// New York Times corpus such a name was nearly always wrong (a nationality or a
	// place used as a modifier, "a Soloria ferry … they"; a publisher; a company named
	// in passing), where a group or an organization that speaks is a subject before.
	if !person || unlike {
		// A subject or speaker passed over for the gender its surname is given ("Garvey"
		// after Kate Garvey, for "he"; "Read" after "Mr. Read", for "she"): the names
		// further back are guesses (organizations and adjectives as often as the person:
		// "Wall Street", "Eastern European").
		return ""
	}
	k, _ := slices.BinarySearchFunc(s.names, pos, func(m mention, p int) int { return cmp.Compare(m.pos, p) })
	stopk := k - pronounBack
	for k--; k >= max(0, stopk) && s.names[k].pos >= near; k-- {
		s.work++
		if m := s.names[k]; fitsG(m.name, m.gender, m.person) && !aPlace(m.name, m.tFrom >= 0) && !s.commonHead(m) {
			return m.name
		}
	}
	return ""
}

// otherGenderName reports whether name is a given name of the gender other than g
// ("Tom" for "she"): a one-word name of either kind is no antecedent of a pronoun its
// gender rules out.
func otherGenderName(name string, g int) bool {
	ng := genderOfName(name)
	return (g == genderMale || g == genderFemale) && (ng == genderMale || ng == genderFemale) && ng != g
}

// courtesyGender returns the gender that the courtesy title of a name written as a
// surname alone gives it ("Mr. Obama", "Mrs. Brandt"), both genders for a couple ("Mr.
// and Mrs. Brandt"), or genderUnknown: other titles that tell a gender ("Chairman",
// "Congressman") are held by women too, and a fuller name's own first name says more.
func (s *segmenter) courtesyGender(m mention) int {
	if m.tFrom < 0 || strings.Contains(m.name, " ") {
		return genderUnknown
	}
	g := genderUnknown
	for k := m.tFrom; k < m.tTo && k < len(s.toks); k++ {
		g |= courtesyTitle(s.lowerWord(k))
	}
	if g != genderUnknown && m.tFrom >= 2 && s.lowerWord(m.tFrom-1) == "and" {
		g |= courtesyTitle(s.lowerWord(m.tFrom - 2)) // "Mr. and Mrs. Brandt"
	}
	return g
}

// courtesyTitle returns the gender of an English courtesy title, lowered, without its
// period ("mr", "mrs", "ms", "miss"), else genderUnknown.
func courtesyTitle(w string) int {
	switch w {
	case "mr":
		return genderMale
	case "mrs", "ms", "miss":
		return genderFemale
	}
	return genderUnknown
}

// mentionGender returns the gender of mention m as a pronoun of gender want at pos may
// stand for it: its own (see mention.gender), or for a surname written alone with no
// title, the one the text gives that surname before pos (see surnameGender): "he" is not
// Garvey where the text has named only Kate Garvey. A title of office ("President
// Obama") names a person of a gender it does not tell, so the surname then tells none
// (see surnameGenders).
func (s *segmenter) mentionGender(m mention, pos, want int) int {
	if m.gender != genderUnknown || want == genderUnknown || !m.person {
		return m.gender
	}
	return s.surnameGender(m.name, pos)
}

// speakerGender is mentionGender for a quotation's speaker sp, as written.
func (s *segmenter) speakerGender(sp string, pos, want int) int {
	if want == genderUnknown || strings.Contains(sp, " ") {
		return genderUnknown
	}
	return s.surnameGender(sp, pos)
}

// placeName reports whether a name is a listed place (see placeName), in English.
func (s *segmenter) placeName(name string) bool { return s.lang.name == "english" && placeName(name) }

// pronounBack bounds the subjects, quotations and names, each, that a pronoun's
// antecedent is looked for among (two paragraphs back at most, see antecedentOf), so
// that a paragraph of many names or places costs each pronoun a constant number of steps.
const pronounBack = 30

// lookBack bounds the names and quotations a description is looked for among, so that
// resolution stays in proportion to the text.
const lookBack = 200

// firstPerson reports whether a pronoun is the speaker's own ("I", "we").
func firstPerson(p string) bool {
	var buf [32]byte
	switch string(lowerInto(&buf, p)) {
	case "i", "we", "yo", "nosotros", "я", "мы", "je", "nous", "my", "our":
		return true
	}
	return false
}

// looksPerson guesses whether a speaker phrase names a person: its last word
// capitalized, and no word of an organization's name.
func looksPerson(sp string) bool {
	var arr [8]string
	words := appendFields(arr[:0], sp)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if lowerIn(langs["english"].words, strings.TrimSuffix(w, "."))&ClassOrg != 0 {
			return false
		}
	}
	return scan.IsCapitalized(words[len(words)-1]) || arabicArticle(words[len(words)-1]) != "" // "Samir el-Haddawi"
}

// canonicalizer returns the function that gives each speaker the fullest name the document uses for it: names that
// share their last word ("President Tomas Voss", "Mr. Voss", "Voss"), or a Spanish name's
// paternal surname ("Andrés Calvo Ibarra", "Mr. Calvo", see paternalSurname), or whose initials
// make an acronym ("the Associated Press", "AP") are one speaker, named by the longest form
// without titles or a leading article. A record's agent ("figures from Voss", see
// recordAgent) is named by its own core name, joined to no fuller form. The second
// function does the same for a speaker whose gender is known from elsewhere (a pronoun
// that stands for it): a name that tells no gender of its own takes that one.
func (s *segmenter) canonicalizer(reported []Span) (func(string) string, func(string, int) string) {
	type form struct {
		name    string
		first   string // the first word
		n       int    // words
		acronym bool   // one upper-case word that may be an acronym
		initial string // the initials of its capitalized words, when it has two or more
		gender  int
	}
	var forms []form
	byLast, byInitials, byAcronym := map[string][]int{}, map[string][]int{}, map[string][]int{}
	seen := map[string]bool{}
	// Each name's core, worked out once: a document names most speakers many times.
	cores := map[string]string{}
	coreOf := func(name string) string {
		c, ok := cores[name]
		if !ok {
			c = coreName(name, s.lang)
			cores[name] = c
		}
		return c
	}
	add := func(name string) {
		if groupPhrase(name, s.lang) {
			return // "Critics of Ana Ruiz" is no longer form of "Ruiz"
		}
		core := coreOf(name)
		if core == "" || seen[core] {
			return
		}
		if w, rest, _ := strings.Cut(core, " "); !scan.IsCapitalized(w) && ofName(rest) {
			return // "a co-founder of Halden Watch" is no longer form of "Halden Watch" either
		}
		seen[core] = true
		words := strings.Fields(core)
		f := form{name: core, first: words[0], n: len(words), gender: s.genderOf(name)}
		f.acronym = len(words) == 1 && len(core) >= 2 && isUpper(core)
		if len(words) >= 2 {
			f.initial = initials(words)
			byInitials[f.initial] = append(byInitials[f.initial], len(forms))
		}
		if f.acronym {
			byAcronym[strings.ReplaceAll(core, ".", "")] = append(byAcronym[strings.ReplaceAll(core, ".", "")], len(forms))
		}
		byLast[words[len(words)-1]] = append(byLast[words[len(words)-1]], len(forms))
		if a := arabicArticle(words[len(words)-1]); a != "" {
			byLast[a] = append(byLast[a], len(forms)) // "Sisi" is "Abdul-Fattah el-Sisi"
		}
		if len(words) >= 3 && generational[strings.TrimSuffix(words[len(words)-1], ".")] {
			byLast[words[len(words)-2]] = append(byLast[words[len(words)-2]], len(forms)) // "Huntsman" is "Jon Huntsman Jr."
		}
		if p := paternalSurname(words); p != "" {
			byLast[p] = append(byLast[p], len(forms)) // "Calvo" is "Andrés Calvo Ibarra"
		}
		forms = append(forms, f)
	}
	// A coordinated source ("Ana Ruiz and Ivo Marek", see coordination) is no one's
	// fuller name: its names are the forms, in the order of the text.
	coordinated := map[string]bool{}
	var starts []int // the sources' start offsets
	for _, q := range s.quotes {
		if q.Speaker != "" {
			starts = append(starts, q.speakerPos)
		}
	}
	for _, r := range reported {
		if r.Speaker != "" {
			starts = append(starts, r.SourceStart)
		}
	}
	slices.Sort(starts)
	for _, pos := range slices.Compact(starts) {
		ps := s.conjuncts[pos]
		if len(ps) < 2 {
			continue
		}
		whole := s.phrase(np{s.tokAt(pos), ps[len(ps)-1].to})
		if coordinated[whole] {
			continue
		}
		coordinated[whole] = true
		for _, p := range ps {
			add(s.phrase(p))
		}
	}
	addSpeaker := func(sp string) {
		if !coordinated[sp] {
			add(sp)
		}
	}
	for _, q := range s.quotes {
		if q.Speaker != "" && !isPronounSpeaker(q.Speaker) {
			addSpeaker(q.Speaker)
		}
	}
	for _, sp := range s.reportedForms(reported, coreOf) { // indirect speech names speakers as quotations do
		addSpeaker(sp)
	}
	// The names of the text that may be a speaker's fuller form: the same last word, or
	// initials that make a speaker's acronym (or a one-word name that may be the acronym
	// of a speaker's).
	hasAcronym := len(byAcronym) > 0
	for _, m := range s.names {
		last := lastWord(m.name)
		if len(m.name) > 0 && generational[strings.TrimSuffix(last, ".")] && len(byLast[lastWord(strings.TrimSuffix(strings.TrimSuffix(m.name, last), " "))]) > 0 {
			add(m.name)
		} else if a := arabicArticle(last); a != "" && len(byLast[a]) > 0 {
			add(m.name)
		} else if len(byLast[last]) > 0 || hasAcronym && strings.Contains(m.name, " ") || !strings.Contains(m.name, " ") && isUpper(m.name) {
			add(m.name)
		} else if p := paternalSurname(strings.Fields(m.name)); p != "" && len(byLast[p]) > 0 {
			add(m.name) // "Andrés Calvo Ibarra", named before "Mr. Calvo" speaks
		}
	}
	cache := map[string]string{}
	var hinted map[string]string
	var canon func(name string, hint int) string
	plain := func(name string) string { return canon(name, genderUnknown) }
	gendered := func(name string, g int) string {
		key := name + "\x00" + string(rune('0'+g))
		if c, ok := hinted[key]; ok {
			return c
		}
		if hinted == nil {
			hinted = map[string]string{}
		}
		c := canon(name, g)
		hinted[key] = c
		return c
	}
	canon = func(name string, hint int) string {
		if c, ok := cache[name]; ok && hint == genderUnknown {
			return c
		}
		if groupPhrase(name, s.lang) {
			// "Critics of Ms. Ruiz": the group, not Ana Ruiz; its core, as other
			// phrases' ("the people of Halden"), where the core is still the group.
			c := coreOf(name)
			if !groupPhrase(c, s.lang) {
				c = name
			}
			cache[name] = c
			return c
		}
		if _, ok := recordAgent(appendFields(nil, name), s.lang); ok {
			// "figures from Voss": a record's agent names a body far more often than a
			// person, so it is joined to no fuller name by its last word (Carla Voss).
			c := coreOf(name)
			cache[name] = c
			return c
		}
		core := coreOf(name)
		best := core
		if core != "" {
			words := strings.Fields(core)
			last, n := words[len(words)-1], len(words)
			gender := cmp.Or(s.genderOf(name), hint)
			var cands []int
			if scan.IsCapitalized(last) {
				cands = append(cands, byLast[last]...)
			} else if a := arabicArticle(last); a != "" && n == 1 {
				cands = append(cands, byLast[a]...) // "al-Hussein" of "Mr. al-Hussein"
			}
			if n == 1 && len(core) >= 2 && isUpper(core) {
				cands = append(cands, byInitials[strings.ReplaceAll(core, ".", "")]...)
			}
			if n >= 2 {
				cands = append(cands, byAcronym[initials(words)]...)
			}
			if len(cands) > maxForms {
				// A last name or initials that more than maxForms names of the text share
				// (a list of a family's or a clan's members) name none of them: each
				// speaker keeps its own name, and the search stays in proportion to the text.
				cands = nil
			}
			// A person's name (surely one, see surePerson, or one word that a surely
			// person's name of the document ends with) takes no fuller form that holds a
			// body's word: "Tom Okoro" and "Okoro" are not "Halden Foundation Tom Okoro".
			person := looksPerson(core) && !isUpper(core) &&
				(surePerson(words) || n == 1 && slices.ContainsFunc(cands, func(c int) bool { return surePerson(strings.Fields(forms[c].name)) }))
			// The longest form, of a gender that fits; a last name shared by two people
			// of different first names ("Tomas Voss", "Elena Voss") stays as it
			// is, unless the title or first name tells which.
			bestN, ambiguous := n, false
			for _, c := range cands {
				s.work++
				f := forms[c]
				if f.n <= n || gender != genderUnknown && f.gender != genderUnknown && f.gender != gender {
					continue
				}
				if person && !looksPerson(f.name) {
					continue // "Ana Ruiz" is not "Halden Foundation Ana Ruiz", a body's name before hers
				}
				if n >= 2 && !inOrder(strings.Fields(f.name), words) {
					continue // "Chris Lee" is not "Walter E. Lee"; it may be "Chris J. Lee"
				}
				if n == 1 && f.n >= 2 && bestN >= 2 && best != f.name && !strings.HasPrefix(f.name, best) && !strings.HasPrefix(best, f.name) &&
					strings.Fields(best)[0] != f.first {
					ambiguous = true
				}
				if f.n > bestN {
					best, bestN = f.name, f.n
				}
			}
			if ambiguous {
				best = core
			}
		}
		if hint == genderUnknown {
			cache[name] = best
		}
		return best
	}
	return plain, gendered
}

// maxForms bounds the fuller forms the canonicalizer weighs for one name (see
// canonicalizer).
const maxForms = 64

// surePerson reports whether the words of a name are surely a person's by their form: two
// words or more, no body's word (see looksPerson), and a known given name first or the
// form of an East Asian name ("Ana Ruiz", "Lin Bao", "Tina Lau Suk-yin"). A name
// written after a body's name with no title between them ("Halden Trust Ana Ruiz")
// is not one, and keeps the body's name in its canonical form.
func surePerson(words []string) bool {
	return len(words) >= 2 && looksPerson(strings.Join(words, " ")) &&
		(IsGivenName(words[0]) || hongKongForm(words) || FamilyNameFirst(words))
}

// abbreviatedTitles are the offices that English headlines write in capitals before a
// name, as titles ("FM Ivo Marek" is the foreign minister Ivo Marek): foreign and defense
// minister ("PM" is a title of the language's list, in any case). Written for framediff
// from general knowledge; only the capitals count ("Fm" and "Dm" are no titles).
var abbreviatedTitles = map[string]bool{"FM": true, "DM": true}

// officeNouns are the English nouns that name an office, capitalized, with the body it is
// held in after "of" ("Head of the Port Authority Ana Ruiz", "Deputy Commander of the
// Harbor Brigade Ivo Marek"), and are no title of the language's list, for they have
// other senses ("a head of lettuce", "Head Start", "commander" of a ship before no
// body). Written for framediff.
var officeNouns = map[string]bool{"Head": true, "Commander": true}

// officeOf reports whether words[i] is an office noun with its body after it ("Head of
// …", see officeNouns), in English.
func officeOf(words []string, i int, lang *Lang) bool {
	return lang.name == "english" && officeNouns[words[i]] && i+1 < len(words) && words[i+1] == "of"
}

// generational are the suffixes that end a name after the surname ("Jon Huntsman Jr.").
var generational = map[string]bool{"Jr": true, "Sr": true, "II": true, "III": true, "IV": true}

// inOrder reports whether long holds every word of short, in the same order, with other
// words between them or not ("Tomas R. Voss" holds "Tomas Voss").
func inOrder(long, short []string) bool {
	i := 0
	for _, w := range long {
		if i < len(short) && w == short[i] {
			i++
		}
	}
	return i == len(short)
}

// initials returns the initials of the capitalized words of words ("Associated Press" is
// "AP").
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// spokesRoles are the roles in lower case whose holder speaks for another, named after
// "for" or "of" ("a spokesperson for the Valdora Port Authority"): the speaker's name is
// that one's (see coreName). Written for framediff.
var spokesRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "representative": true}

// coreName strips a speaker phrase to its name: leading articles and titles, and a
// possessive, removed ("the Associated Press" -> "Associated Press", "Mr. Voss’s" ->
// "Voss", "Secretary of State Ana Ruiz" -> "Ana Ruiz", "Ukraine's Zelenskiy" ->
// "Zelenskiy" when no word after the possessive names a body, title or role; a title
// before a title's possessive is kept, the name of a body: "Prosecutor General's Office").
// A phrase of titles only
// ("UN Secretary General") and an organization named by a title ("General Staff") keep
// them. Phrases that are not names (lower-case nouns) are kept as they are, a determiner
// that opens a sentence lower-cased ("The government" is "the government"). A label of the
// story's kind in capitals (kickerWords) before a headline's subject is left out
// ("EXCLUSIVE Soloria" is "Soloria"). Figures of someone's are that one's: "data provided
// by the Halden Port" is "Halden Port" (see recordAgent); so are a channel's words: "the
// press service of the Interior Ministry" is "Interior Ministry" (see channelOwner).
func coreName(sp string, lang *Lang) string {
	var arr [8]string
	words := appendFields(arr[:0], sp)
	if rest, ok := recordAgent(words, lang); ok {
		return coreName(strings.Join(rest, " "), lang)
	}
	if rest, ok := channelOwner(words, lang); ok {
		return coreName(strings.Join(rest, " "), lang)
	}
	for len(words) > 1 && lowerIn(kickerWords, words[0]) && isUpper(words[0]) {
		words = words[1:] // "EXCLUSIVE Soloria": a story's kind in capitals before a headline's subject
	}
	for len(words) > 2 && nationalAdjectives[strings.ToLower(words[0])] &&
		(IsGivenName(words[1]) || nationalAdjectives[strings.ToLower(words[1])] && len(words) > 3 && IsGivenName(words[2])) {
		words = words[1:] // "Chinese American Margaret Chin": a descriptor before a person's name
	}
	title := func(w string) bool {
		f := lowerIn(lang.words, strings.TrimSuffix(w, "."))
		return f&(ClassTitle|ClassRole) != 0 && f&ClassOrg == 0 || lang.name == "english" && (abbreviatedTitles[w] || spelledTitles[w])
	}
	// Titles and their qualifiers: "former Texas Rep. Dana O’Keefe" is "Dana O’Keefe",
	// "President of Ukraine Volodymyr Zelensky" is "Volodymyr Zelensky", as "Deputy Head of
	// the President's Office Ivo Marek" is "Ivo Marek" (see officeNouns).
titles:
	for i := len(words) - 2; i >= 0; i-- {
		if !title(words[i]) && !officeOf(words, i, lang) {
			continue
		}
		if lang.name == "english" && spelledTitles[words[i]] && (i > 0 && lowerIn(lang.words, words[i-1])&ClassDet != 0 ||
			slices.ContainsFunc(words[i+1:], func(w string) bool { return lowerIn(lang.words, w)&ClassOrg != 0 })) {
			continue // "the Delegate Assembly", "Delegate Selection Committee": a body's name
		}
		j := i + 1
		if w := words[j]; (w == "of" || w == "for" || w == "to") && j+2 < len(words) {
			// The place or office of the title, then the name: the name begins at a known
			// first name after the place's first word, else it begins after the place's
			// last word of a body's name, else it is the last two words when three or
			// more follow the preposition (four after "the") and neither is a listed
			// place, or the last word after a listed place
			// (see titleObject); else the place and the name are not told apart, and the
			// title is kept ("Minister of Foreign Affairs" is not "Affairs"), as it is when
			// a body's word ends the phrase ("Envoy to the Valdora Trade Office"). After a
			// role in lower case, whose "for" or "of" names another ("a spokesman for Ana
			// Ruiz" is not Ana Ruiz), only a known first name after the place's first word
			// and before any "and" begins a name ("the mayor of Halden Ana Ruiz").
			lowerRole := !scan.IsCapitalized(words[i])
			j++
			if lowerIn(lang.words, words[j])&ClassDet != 0 {
				j++
			}
			// A spokesperson's words are the voice of the one it speaks for, when that one
			// is named ("a spokesperson for the Valdora Port Authority" is "Valdora Port
			// Authority"), unless the spokesperson is named too (below).
			speaksFor := lowerRole && spokesRoles[strings.ToLower(words[i])] && scan.IsCapitalized(words[j]) &&
				!slices.ContainsFunc(words[j:], func(w string) bool { return !scan.IsCapitalized(w) && !isNameJoiner(w) })
			if lowerRole && genderOfName(words[j]) != genderUnknown {
				if speaksFor {
					words = words[j:]
					break titles
				}
				continue // "a spokesman for Ana Ruiz": the one the role speaks for
			}
			k := j + 1
			for k < len(words)-1 && genderOfName(words[k]) == genderUnknown {
				if lowerRole && (words[k] == "and" || words[k] == "or") {
					k = len(words) // "a spokesman for Ana Ruiz and Tomas Brell": two others
					break
				}
				k++ // a first name with a word after it ("of St. Louis" names no one)
			}
			if k >= len(words)-1 {
				org := -1 // the place's last word of a body's name ("for Administration")
				for x := j; x < len(words)-1; x++ {
					if lowerIn(lang.words, words[x])&ClassOrg != 0 {
						org = x
					}
				}
				poss := slices.ContainsFunc(words[j:], func(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") })
				switch {
				case speaksFor:
					words = words[j:]
					break titles
				case lowerRole:
					continue
				case org >= 0:
					k = org + 1 // "Secretary for Administration Mei Lam Chan Wai-ling"
				case officeOf(words, i, lang) || poss:
					// No guess where the body ends: "Head of Halden Harbor Operations" names no
					// one, "Head of Valdora's Port Authority" is the Authority's head.
					continue
				case (len(words)-j >= 4 || len(words)-j == 3 && (lowerIn(lang.words, words[j-1])&ClassDet == 0 || acronym(words[j]) || placeName(words[j]))) &&
					!placeName(words[len(words)-1]) && !placeName(words[len(words)-2]) && !placeName(strings.Join(words[len(words)-2:], " ")):
					k = len(words) - 2 // four words after "the": not "Chairman of the Valdora Reserve Board"
				case len(words)-j == 2 && placeName(words[j]):
					k = j + 1 // "President of Portugal Varga"
				default:
					continue // "Minister of Foreign Affairs", "Envoy to the Valdora Republic": no name told apart
				}
			}
			if slices.ContainsFunc(words[k:], func(w string) bool { return lowerIn(lang.words, strings.TrimSuffix(w, "."))&ClassOrg != 0 }) {
				continue // "Envoy to the Valdora Trade Office"
			}
			j = k
		}
		if j+1 < len(words) && nameParticles[words[j]] && scan.IsCapitalized(words[j+1]) {
			words = words[j:] // "Mr. de Blasio"
			break
		}
		if j < len(words) && arabicArticle(words[j]) != "" {
			words = words[j:] // "Mr. al-Hussein"
			break
		}
		if j+1 < len(words) && title(strings.TrimSuffix(strings.TrimSuffix(words[j], "'s"), "’s")) && words[j] != strings.TrimSuffix(strings.TrimSuffix(words[j], "'s"), "’s") {
			continue // "Prosecutor General's Office": a title's possessive heads a body's name
		}
		if j >= len(words) || !scan.IsCapitalized(words[j]) || lowerIn(lang.words, words[j])&ClassOrg != 0 ||
			!slices.ContainsFunc(words[j:], func(w string) bool { return !title(w) }) || title(words[j]) {
			continue // a title's own second word ("Director General of the Valdora Trade Office")
		}
		words = words[j:]
		break
	}
	// A place's or body's possessive before a person's name, as headlines write it:
	// "Ukraine's Zelenskiy" and "IAEA's Grossi" are the person; "Soloria's Defense
	// Ministry" keeps its possessor, for the name after it is a body's.
	for i := len(words) - 2; i >= 0; i-- {
		w := words[i]
		if !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
			continue
		}
		if !slices.ContainsFunc(words[:i+1], func(w string) bool { return !scan.IsCapitalized(w) }) &&
			!slices.ContainsFunc(words[i+1:], func(w string) bool {
				return !scan.IsCapitalized(w) || lowerIn(lang.words, strings.TrimSuffix(w, "."))&(ClassOrg|ClassTitle|ClassRole|ClassDet) != 0
			}) {
			words = words[i+1:]
		}
		break
	}
	// A trade before a name: "Republican pollster Mira Talon" is "Mira Talon".
	for i := len(words) - 2; i >= 0; i-- {
		if !scan.IsCapitalized(words[i]) && roleLike(strings.ToLower(words[i])) && scan.IsCapitalized(words[i+1]) &&
			!slices.ContainsFunc(words[i+1:], func(w string) bool {
				return !scan.IsCapitalized(w) || lowerIn(lang.words, strings.TrimSuffix(w, "."))&(ClassOrg|ClassTitle|ClassRole) != 0
			}) {
			words = words[i+1:]
			break
		}
	}
	// An honorific of another language, as "Mr.": "Daw Aung San Suu Kyi" is "Aung San
	// Suu Kyi", "opposition leader U Win Tin" is "Win Tin" (see honorifics).
	for i := range words {
		if n := honorificAt(words, i); n > 0 && i+n < len(words) && (i == 0 || !scan.IsCapitalized(words[i-1]) ||
			lowerIn(lang.words, strings.TrimSuffix(words[i-1], "."))&(ClassTitle|ClassRole) != 0) {
			words = words[i+n:]
			break
		}
		if scan.IsCapitalized(words[i]) {
			break // the name has begun: an honorific inside it is a name's word
		}
	}
	for len(words) > 1 {
		if lowerIn(lang.words, strings.TrimSuffix(words[0], "."))&ClassDet != 0 && scan.IsCapitalized(words[1]) {
			words = words[1:]
			continue
		}
		break
	}
	if i := slices.Index(words, "of"); i >= 2 && !officeOf(words, i-1, lang) && !slices.ContainsFunc(words[:i], func(w string) bool {
		return !scan.IsCapitalized(w) || lowerIn(lang.words, w)&(ClassDet|ClassOrg|ClassTitle|ClassRole) != 0
	}) {
		words = words[:i] // "Dana Kessler of California"; not "Deputy Head of …", an office
	}
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	for _, suffix := range []string{"’s", "'s", "’", "'"} {
		last = strings.TrimSuffix(last, suffix)
	}
	words[len(words)-1] = last
	if len(words) > 1 && !scan.IsCapitalized(words[1]) && lowerIn(lang.words, words[0])&ClassDet != 0 ||
		len(words) == 1 && (lowerIn(commonOpeners, words[0]) || lowerIn(pronominal, words[0])) && !courtesyWritten(sp, words[0]) {
		words[0] = strings.ToLower(words[0]) // "The government", "Analysts", "Others" opening a sentence
	}
	return strings.Join(words, " ")
}

// courtesyWritten reports whether the phrase sp writes an English courtesy title right
// before the word w ("Mr. Many": a surname, however common a word it is).
func courtesyWritten(sp, w string) bool {
	i := strings.LastIndex(sp, w)
	if i <= 0 {
		return false
	}
	before := strings.Fields(sp[:i])
	return len(before) > 0 && courtesyTitle(strings.ToLower(strings.TrimSuffix(before[len(before)-1], "."))) != genderUnknown
}

// recordNouns are the nouns of figures that carry no voice of their own: "data provided
// by the ministry" and "information from the prosecutors" are the ministry's and the
// prosecutors' (a report, a survey or a poll may be the source itself).
var recordNouns = wordSet("data information figures statistics numbers")

// recordAgent returns the words after a record's noun in lower case (see recordNouns),
// with only a determiner and adjectives in lower case before it, and "of", "from", or a
// participle and "by" after it ("the official data of the ministry", "figures released by
// the Halden Port"), and whether there were such words. "numbers of" is a quantity, no
// record ("large numbers of fighters"); a time at the end ("this week") is left out; and
// words that end in a determiner, a preposition or a function word ("the data from a")
// are none.
func recordAgent(words []string, lang *Lang) ([]string, bool) {
	for i, w := range words {
		if i > 3 || !isLower(w) {
			return nil, false
		}
		if !recordNouns[w] {
			if lang.classesOf(w)&(ClassPrep|ClassVerb|ClassThink) != 0 {
				return nil, false
			}
			continue
		}
		j := i + 1
		if j+1 < len(words) && strings.HasSuffix(words[j], "ed") && words[j+1] == "by" {
			j += 2
		} else if j < len(words) && (words[j] == "of" && w != "numbers" || words[j] == "from") {
			j++
		} else {
			return nil, false
		}
		rest := words[j:]
		if n := len(rest); n >= 3 && lang.classesOf(rest[n-1])&ClassTime != 0 && lang.classesOf(rest[n-2])&ClassDet != 0 {
			rest = rest[:n-2] // "the administration this week"
		}
		if len(rest) == 0 || lang.classesOf(rest[len(rest)-1])&(ClassDet|ClassPrep|ClassFunc) != 0 {
			return nil, false
		}
		return rest, true
	}
	return nil, false
}

// digestNouns are the nouns of a digest or a site through which a body speaks: "Digest of
// Harbor Command" (a headline), "the website of the ministry". Written for framediff.
var digestNouns = wordSet("summary digest bulletin website")

// channelNouns are the nouns of a channel through which a body speaks, with the word of
// the platform or the press before them ("the press service of the ministry", "the
// Telegram channel of the Harbor Command"): alone they have other senses ("an account of
// the battle", "a service of thanksgiving"). Written for framediff.
var channelNouns = wordSet("service channel page account feed")

// channelOwner returns the name after a digest's noun (see digestNouns), or a channel's
// with its platform's word before it (see channelNouns), and "of", and whether there was
// one: the channel's words are its owner's ("the press service of the Interior Ministry"
// is "Interior Ministry"). The noun is among the first four words, in
// lower case unless it is the first ("Security Service of Valdora" is a body's name), with
// no verb or preposition before it; after "of" (and "the") the words are a name, every one
// capitalized or a word that joins a name ("of", "the", "and"); "a summary of the audit"
// names no one.
func channelOwner(words []string, lang *Lang) ([]string, bool) {
	for i, w := range words {
		if i > 3 {
			return nil, false
		}
		lw := strings.ToLower(w)
		channel := channelNouns[lw] && i > 0 && lang.classesOf(strings.ToLower(words[i-1]))&ClassDet == 0
		if !digestNouns[lw] && !channel || i > 0 && w != lw || i+2 >= len(words) || words[i+1] != "of" {
			if lang.classesOf(lw)&(ClassPrep|ClassVerb|ClassThink) != 0 {
				return nil, false
			}
			continue
		}
		rest := words[i+2:]
		if strings.ToLower(rest[0]) == "the" {
			rest = rest[1:]
		}
		if len(rest) == 0 || !scan.IsCapitalized(rest[0]) ||
			slices.ContainsFunc(rest, func(w string) bool { return !scan.IsCapitalized(w) && !isNameJoiner(w) }) ||
			isNameJoiner(rest[len(rest)-1]) {
			return nil, false
		}
		return rest, true
	}
	return nil, false
}

// normalized returns normalizeQuote of quotation j, computed once.
func (s *segmenter) normalized(j int) string {
	q := &s.quotes[j]
	if q.norm == "" {
		q.norm = normalizeQuote(s.text[q.Start:q.End])
	}
	return q.norm
}

// normalizeQuote returns the words of a quotation lowercased and joined by single spaces,
// punctuation left out, for finding a quotation repeated. ASCII text is read byte by byte
// into one allocation, as strings.ToLower and strings.FieldsFunc read it.
func normalizeQuote(t string) string {
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			return normalizeText(t)
		}
	}
	var b strings.Builder
	b.Grow(len(t))
	inWord := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' {
			if !inWord && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteByte(c)
			inWord = true
		} else {
			inWord = false
		}
	}
	return b.String()
}

// normalizeText is normalizeQuote of any text.
func normalizeText(t string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}), " ")
}

// ofName reports whether words, the rest of a phrase after its first word, hold "of",
// "for", "in" or "at" before a capitalized word: the phrase describes someone by a name
// ("a co-founder of Halden Watch"), and is no longer form of that name.
func ofName(words string) bool {
	prev := ""
	for w := range strings.FieldsSeq(words) {
		switch prev {
		case "of", "for", "in", "at":
			if scan.IsCapitalized(w) {
				return true
			}
		}
		prev = w
	}
	return false
}
