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

// byFirstWord returns, for each first word of a person's name of two words or more that
// the document uses, that full name and the position it is first written at, or "" when
// two people's names share it: "Li" stands for "Li Wei" where Chinese names put the
// family name first ("Li said" after "Foreign Ministry spokesperson Li Wei said"). A name
// counts when it is surely a person's: written with a title or a role ("spokesperson Li
// Wei", "President Xi Jinping", "Li Wei, the spokesperson,"); a name of two capitalized
// words alone may be a body's or a place's ("China Central Television" is no person
// "China"). A name that opens with a known given name does not count: its first word is
// a given name, and a given name alone is not the person in English news ("Chad" is not
// "Senator Chad Smith"). Nor does a word that is any person's last name in the document
// ("Oren" after "Tom Oren" and "Ana Oren" is not "Oren Cohen"). canonical gives each name
// its canonical form first, so that titles are left out.
func (s *segmenter) byFirstWord(reported []Span, canonical func(string) string) map[string]firstName {
	var first map[string]firstName
	last := map[string]bool{} // the last words of people's names of two words or more
	// The least position each name was added at, with whether it was a person's: adding it
	// again at a later position changes nothing (first[key] is then either that name at a
	// position no later, or no one for good), so that a name mentioned again is not worked
	// out again.
	type added struct {
		name   string
		person bool
	}
	addedAt := map[added]int{}
	add := func(name string, pos int, person bool) {
		if p, ok := addedAt[added{name, person}]; ok && p <= pos {
			return
		}
		addedAt[added{name, person}] = pos
		c, words := fullName(name, canonical, last)
		if words == nil {
			return
		}
		key := words[0]
		switch {
		case hongKongForm(words):
			key = words[len(words)-2] // "Tai" of "Benny Tai Yiu-ting"
		case FamilyNameFirst(words) && !s.placeName(c) && looksPerson(c):
			person = true // "Huang Yongyu": a person's name by its form, with no title
		case !person || IsGivenName(words[0]):
			return
		}
		if first == nil {
			first = map[string]firstName{}
		}
		had, ok := first[key]
		switch {
		case ok && had.name != c:
			first[key] = firstName{} // two people share it: neither
		case !ok || pos < had.pos:
			first[key] = firstName{name: c, pos: pos}
		}
	}
	sure := map[string]bool{} // by speaker: whether it is surely a person's name
	s.eachSpeaker(reported, func(sp string, pos int) {
		person, ok := sure[sp]
		if !ok {
			person = looksPerson(canonical(sp)) && s.surePerson(sp)
			sure[sp] = person
		}
		add(sp, pos, person)
	})
	for _, m := range s.names {
		s.work++
		if m.person {
			add(m.name, m.pos, m.tFrom >= 0 || m.aFrom >= 0 || s.tradeBefore(m.pos) && !s.placeName(m.name))
		}
	}
	for w := range first {
		if last[w] {
			delete(first, w)
		}
	}
	return first
}

// fullName returns the canonical form of name and its words if it is a name of two words
// or more whose first and last words are capitalized, else "" and nil. The last word of
// such a name that looks like a person's (see looksPerson) is added to last: the last
// names of the document, which no first word may stand for (see byFirstWord and
// byGivenWord).
func fullName(name string, canonical func(string) string, last map[string]bool) (string, []string) {
	c := canonical(name)
	words := strings.Fields(c)
	if len(words) < 2 || !scan.IsCapitalized(words[0]) || !scan.IsCapitalized(words[len(words)-1]) {
		return "", nil
	}
	if looksPerson(c) {
		last[words[len(words)-1]] = true
	}
	return c, words
}

// eachSpeaker calls f with each speaker of the document's quotations, then of reported,
// other than a pronoun or a group named after a name (see groupPhrase: "Friends of Mr.
// Marek" gives no last name), and the position where it is written.
func (s *segmenter) eachSpeaker(reported []Span, f func(sp string, pos int)) {
	for i := range s.quotes {
		if sp := s.quotes[i].Speaker; sp != "" && !isPronounSpeaker(sp) && !groupPhrase(sp, s.lang) {
			f(sp, s.quotes[i].speakerPos)
		}
	}
	for i := range reported {
		if sp := reported[i].Speaker; sp != "" && !isPronounSpeaker(sp) && !groupPhrase(sp, s.lang) {
			f(sp, reported[i].SourceStart)
		}
	}
}

// tradeBefore reports whether the word right before the name at pos is a role or title in
// lower case, a trade that shows the name is a person's ("harbor analyst Ivo Marek"), as a
// capitalized title does. Only the language's closed lists of roles and titles count
// (ClassRole, ClassTitle): no suffix, so "after", "newspaper" or "tanker" show no person.
func (s *segmenter) tradeBefore(pos int) bool {
	k := s.tokAt(pos) - 1
	if k < 0 || s.toks[k].cap || s.toks[k].end+1 < pos {
		return false
	}
	return s.lang.classesOf(s.lowerWord(k))&(ClassRole|ClassTitle) != 0
}

// firstName is a full name a first word may stand for and the position the full name is
// first written at.
type firstName struct {
	name string
	pos  int
	// See byGivenWord: whether a mention gives it an office, and whether one shows it is a
	// person's name.
	office, sure bool
}

// joinFirstWords wraps canonical: a one-word speaker at pos that canonical leaves as it
// is (no longer name of the document ends with it) and that opens the name of one person
// written before pos (see byFirstWord) is that person ("Li" is "Li Wei"), so that a
// document's speaker is counted once whether the text quotes or reports it; one that
// opens a person's name written at pos itself, an initial after it, is that name (see
// nameAt: "said Marten A. Volker" is Marten A. Volker, not Marten).
//
// A listed place (see placeName) or a known given name is that person only as a first
// name is (see byGivenWord): "Jordan said" after "Foreign Minister Jordan Haddad" is more
// likely the country's government than the minister, and a given name alone is not an
// official in English news ("Tom said" after "Senator Tom Okoro"); but a person named
// with no office ("Jordan Haddad, 15, said") is named again by the first name, and so is
// anyone when "he" or "she" comes next ("Jordan said she would try again"). "It" or "its"
// next is the place's ("Jordan said it would close its border").
func (s *segmenter) joinFirstWords(canonical func(string) string, reported []Span) func(name string, pos int) string {
	var first, given map[string]firstName
	done, givenDone := false, false
	return func(name string, pos int) string {
		c := canonical(name)
		if strings.Contains(c, " ") || !scan.IsCapitalized(c) {
			return c
		}
		if full := s.nameAt(pos, c); full != "" {
			return canonical(full) // "said Marten A. Volker" read as "Marten": the name goes on
		}
		if s.placeName(c) || IsGivenName(c) {
			if !givenDone {
				given, givenDone = s.byGivenWord(reported, canonical), true
			}
			full := given[c]
			if full.name == "" || full.pos >= pos || !full.sure {
				return c // "China" is not "China Central Television"
			}
			switch g := s.pronounAfter(pos); {
			case g == pronounNeuter:
				return c // "Jordan said it would close its border": the country
			case g != genderUnknown && (genderOfName(full.name) == genderUnknown || genderOfName(full.name) == g):
				return full.name // "Jordan said she would try again"
			case !full.office:
				return full.name // "Jordan Haddad, 15, said … Jordan said"
			}
			return c
		}
		if !done {
			first, done = s.byFirstWord(reported, canonical), true
		}
		if full := first[c]; full.name != "" && full.pos < pos {
			if g, h := genderOfName(name), genderOfName(full.name); g == genderUnknown || h == genderUnknown || g == h {
				return full.name
			}
		}
		return c
	}
}

// nameAt returns the name of a person that the text writes at pos, two words or more
// that open with the one-word speaker c and go on past it with an initial ("Marten A.
// Volker" where the source phrase was cut at the initial's capital, a word too), or "".
func (s *segmenter) nameAt(pos int, c string) string {
	i := sort.Search(len(s.names), func(i int) bool { return s.names[i].pos >= pos })
	if i >= len(s.names) || s.names[i].pos != pos {
		return ""
	}
	m := s.names[i]
	rest, ok := strings.CutPrefix(m.name, c+" ")
	if !ok || !m.person || m.tFrom >= 0 || !initial(firstWord(rest)) || !strings.Contains(rest, " ") {
		return ""
	}
	return m.name
}

// initial reports whether w is an initial: one capital letter and a period ("A.").
func initial(w string) bool {
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
}

// byGivenWord returns, for each first word of a person's name of two words or more that the
// document uses and that is a listed place (see placeName) or a known given name
// ("Jordan Haddad", "Tom Okoro"), that full name, the position it is first written at and
// whether any of its mentions gives it an office (see officeTitled): a title before it
// other than a courtesy one ("Foreign Minister Jordan Haddad", not "Dr. Jordan Haddad") or
// a role in apposition ("Jordan Haddad, the minister,"). The first word is no one's when
// two people share it, or when it is any person's last name in the document. A name that
// is itself a place's ("Jordan Valley") or an organization's ("Georgia Tech University")
// is no person's. A name is sure to be a person's when it opens with a known given name or
// a mention gives it a title, a role in apposition, an age or "he" or "she" after it;
// else it may be a body's ("China Central Television").
func (s *segmenter) byGivenWord(reported []Span, canonical func(string) string) map[string]firstName {
	var first map[string]firstName
	last := map[string]bool{} // as in byFirstWord
	add := func(name string, pos int, sure, office bool) {
		c, words := fullName(name, canonical, last)
		if words == nil {
			return
		}
		if !looksPerson(c) || s.placeName(c) || !s.placeName(words[0]) && !IsGivenName(words[0]) ||
			slices.ContainsFunc(words, func(w string) bool { return !scan.IsCapitalized(w) }) {
			return
		}
		sure = sure || IsGivenName(words[0]) || s.ageAfter(pos) || s.pronounAfter(pos) > genderUnknown
		if first == nil {
			first = map[string]firstName{}
		}
		had, ok := first[words[0]]
		switch {
		case ok && had.name != c:
			first[words[0]] = firstName{pos: -1} // two people share it: neither
		case !ok:
			first[words[0]] = firstName{name: c, pos: pos, office: office, sure: sure}
		default:
			had.pos, had.office, had.sure = min(had.pos, pos), had.office || office, had.sure || sure
			first[words[0]] = had
		}
	}
	s.eachSpeaker(reported, func(sp string, pos int) {
		add(sp, pos, s.surePerson(sp), s.officeTitled(sp))
	})
	for _, m := range s.names {
		s.work++
		if m.person {
			office := m.aFrom >= 0
			for k := m.tFrom; k >= 0 && k < m.tTo; k++ {
				office = office || s.officeWord(s.word(k))
			}
			add(m.name, m.pos, m.tFrom >= 0 || m.aFrom >= 0, office)
		}
	}
	for w, f := range first {
		if last[w] || f.name == "" {
			delete(first, w)
		}
	}
	return first
}

// officeTitled reports whether a speaker phrase has a word of an office before its name
// (see officeWord): "Foreign Minister Jordan Haddad".
func (s *segmenter) officeTitled(sp string) bool {
	core := coreName(sp, s.lang)
	if core == "" {
		return false
	}
	i := strings.Index(sp, firstWord(core))
	if i < 0 {
		return false
	}
	return slices.ContainsFunc(strings.Fields(sp[:i]), s.officeWord)
}

// officeWord reports whether a word is a title or a role of an office ("minister",
// "Gov.", "ambassador"), not a courtesy title ("Mr.", "Dr.").
func (s *segmenter) officeWord(w string) bool {
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	switch lw {
	case "mr", "mrs", "ms", "miss", "mx", "dr", "prof":
		return false
	}
	f := s.lang.classesOf(lw)
	return f&(ClassTitle|ClassRole) != 0 && f&ClassOrg == 0
}

// ageAfter reports whether the name at pos (its capitalized words, titles included) is
// followed by an age set off by commas, as news gives a person's: "Jordan Haddad, 15,".
func (s *segmenter) ageAfter(pos int) bool {
	k := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= pos })
	j := k
	for j < len(s.toks) && j < k+6 && s.toks[j].cap && s.toks[j].sentence == s.toks[k].sentence {
		j++
	}
	if j == k || j+1 >= len(s.toks) || s.toks[j].sentence != s.toks[k].sentence ||
		s.text[s.toks[j-1].end:s.toks[j].start] != ", " || !strings.HasPrefix(s.text[s.toks[j].end:], ",") {
		return false
	}
	return ageWord(s.word(j))
}

// pronounNeuter is what pronounAfter returns for "it" and "its".
const pronounNeuter = -1

// pronounAfter returns the gender of the first third-person singular pronoun of the
// narrative after the name at pos, within its sentence and six words: genderMale for
// "he", genderFemale for "she", pronounNeuter for "it", else genderUnknown ("Jordan
// said she would try again").
func (s *segmenter) pronounAfter(pos int) int {
	k := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= pos })
	if k >= len(s.toks) {
		return genderUnknown
	}
	for j := k + 1; j < len(s.toks) && j <= k+6 && s.toks[j].sentence == s.toks[k].sentence; j++ {
		if s.toks[j].inq {
			continue
		}
		switch s.lowerWord(j) {
		case "he", "him", "his", "himself":
			return genderMale
		case "she", "her", "hers", "herself":
			return genderFemale
		case "it", "its", "itself":
			return pronounNeuter
		}
	}
	return genderUnknown
}

// surePerson reports whether a speaker phrase is surely a person's name: written with a
// title or a role before it ("President Thomas Voss", "spokesperson Li Wei"), opening
// with a known given name ("Thomas Voss"), or a Spanish name with both surnames (see
// paternalSurname).
func (s *segmenter) surePerson(sp string) bool {
	core := coreName(sp, s.lang)
	if core == "" {
		return false
	}
	if IsGivenName(firstWord(core)) || paternalSurname(strings.Fields(core)) != "" {
		return true // "Thomas Voss", "Andrés Calvo Ibarra"
	}
	i := strings.Index(sp, firstWord(core))
	if i < 0 {
		return false
	}
	for _, w := range strings.Fields(sp[:i]) {
		if f := s.lang.classesOf(strings.ToLower(strings.TrimSuffix(w, "."))); f&(ClassTitle|ClassRole) != 0 && f&ClassOrg == 0 {
			return true
		}
	}
	return false
}

// reportedForms returns the speakers of indirect speech that may stand among the forms of
// the document's names that canonical names are chosen from: a one-word name that is the
// last name of a person named before it, surely a person (see surePerson) of no gender
// other than the one "he" or "she" after the one-word name gives, the person the
// document first names in full with that last name, of the gender "he" or "she" after it
// gives (see onlyFullNames and personMarked), or named as a
// speaker ("Oren" after "Tal Oren said"), or a person's name surely a person's. Other
// one-word names would bring in every name of the text that ends in them ("Russia" a
// phrase that ends in "Russia", "Democrats" "Senate Democrats"), bodies' names would put
// one body in another's place ("Soloria's Supreme Court" for "Supreme Court"), and
// indirect speech has more sources that are phrases, not names ("80 percent of all
// voters"), than quotations have. coreOf is coreName in the segmenter's language (a
// memo of it).
func (s *segmenter) reportedForms(reported []Span, coreOf func(string) string) []string {
	var forms []string
	var sure map[string]fullOnly // by last name: the first position of a sure person's full name, and its gender
	var only map[string]fullOnly // by last name: see onlyFullNames
	// By last name: the first position of a speaker's name of two to four capitalized
	// words that may be a person's ("Tal Oren said"); a plural after it may be a group's
	// ("Angry Democrats said … Democrats said").
	named := map[string]int{}
	for i := range reported {
		s.work++
		sp := reported[i].Speaker
		if sp == "" || isPronounSpeaker(sp) {
			continue
		}
		core := coreOf(sp)
		if n := len(strings.Fields(core)); n >= 2 && n <= 4 && looksPerson(core) && !strings.ContainsFunc(core, unicode.IsDigit) &&
			!slices.ContainsFunc(strings.Fields(core), func(w string) bool { return !scan.IsCapitalized(w) && arabicArticle(w) == "" }) {
			last := lastWord(core)
			if a := arabicArticle(last); a != "" {
				last = a // "Samir el-Haddawi said … Haddawi said"
			}
			if _, ok := named[last]; !ok {
				named[last] = reported[i].SourceStart
			}
			if p := paternalSurname(strings.Fields(core)); p != "" {
				if _, ok := named[p]; !ok {
					named[p] = reported[i].SourceStart // "Andrés Calvo Ibarra said … Calvo said"
				}
			}
		}
	}
	for i := range reported {
		sp := reported[i].Speaker
		if sp == "" || isPronounSpeaker(sp) {
			continue
		}
		core := coreOf(sp)
		words := strings.Fields(core)
		if len(words) == 0 || !scan.IsCapitalized(words[0]) {
			continue
		}
		if len(words) == 1 {
			if sure == nil {
				sure = map[string]fullOnly{}
				for _, m := range s.names {
					s.work++
					if last := lastWord(m.name); m.person && strings.Contains(m.name, " ") &&
						(m.tFrom >= 0 || m.aFrom >= 0 || IsGivenName(firstWord(m.name)) || paternalSurname(strings.Fields(m.name)) != "") {
						if _, ok := sure[last]; !ok {
							sure[last] = fullOnly{m.pos, cmp.Or(m.gender, s.genderOf(m.name))}
						}
						if p := paternalSurname(strings.Fields(m.name)); p != "" {
							if _, ok := sure[p]; !ok {
								sure[p] = fullOnly{m.pos, cmp.Or(m.gender, s.genderOf(m.name))}
							}
						}
					}
				}
			}
			if only == nil {
				only = s.onlyFullNames()
			}
			if p, ok := sure[core]; ok && p.pos < reported[i].SourceStart && !s.otherGenderAfter(reported[i].SourceStart, p.gender) {
				forms = append(forms, sp) // but "Tomas Ruiz lost … Ruiz said she": not him
			} else if o, ok := only[core]; ok && o.pos < reported[i].SourceStart && (o.gender == genderMale || o.gender == genderFemale) &&
				s.personMarked(core, reported[i].SourceStart, o.gender) {
				forms = append(forms, sp) // "Lena Varga was fined … Varga said"
			} else if p, ok := named[core]; ok && p < reported[i].SourceStart && !pluralNoun(strings.ToLower(core)) {
				forms = append(forms, sp) // "Tal Oren said … Oren said"
			}
			continue
		}
		if !slices.ContainsFunc(words, func(w string) bool { return !scan.IsCapitalized(w) && !isNameJoiner(w) && arabicArticle(w) == "" }) &&
			looksPerson(core) && s.surePerson(sp) {
			forms = append(forms, sp)
		}
	}
	return forms
}

// otherGenderAfter reports whether "he" or "she" after pos, the first third-person
// pronoun after it (see pronounAfter), is of a known gender other than g.
func (s *segmenter) otherGenderAfter(pos, g int) bool {
	pg := s.pronounAfter(pos)
	return (g == genderMale || g == genderFemale) && (pg == genderMale || pg == genderFemale) && pg != g
}

// personMarked reports whether a one-word speaker, of core name core, written at pos,
// is surely the last name of a person of gender g by its own mention: "he" or "she" of
// gender g after it ("Varga said she …"; "Ruiz said she" is not Tomas Ruiz), and no
// plural, no word in capitals and no listed place ("Democrats", "EU", "Russia").
func (s *segmenter) personMarked(core string, pos, g int) bool {
	if pluralNoun(strings.ToLower(core)) || isUpper(core) || s.placeName(core) {
		return false
	}
	return s.pronounAfter(pos) == g
}

// fullOnly is what onlyFullNames tells of a last name: the position of the first full name
// written with it and that name's gender.
type fullOnly struct {
	pos, gender int
}

// onlyFullNames returns, by last name, the position of the first full name of a person
// (two capitalized words or more, see mention.person) that the document writes with that
// last name, and that name's gender, from its first name or titles or else "he" or "she"
// after it: genderUnknown if none tells, -1 if they differ. "Varga" after "Ana Varga was
// fined" is Ana Varga whether or not her full name speaks; where two full names share the
// last name, the canonical names choose neither (see canonicalizer). A full name here has
// two to four capitalized words, none in capitals but an initial (a heading's "ANA RUIZ"
// runs into the text after it), no digit, a first word that is no listed place nor a word
// of the language's lists ("Former US"), and is not written family name first ("Mr. Wei"
// is not Zhang Wei); a listed place's name is no last name ("Russia" of "Radio Free
// Russia"), and a name does not run across a line's end. reportedForms uses it for a
// speaker marked as a person of that gender (see personMarked).
func (s *segmenter) onlyFullNames() map[string]fullOnly {
	only := map[string]fullOnly{}
	first := map[string]string{}
	for _, m := range s.names {
		s.work++
		words := strings.Fields(m.name)
		if !m.person || len(words) < 2 || len(words) > 4 || !looksPerson(m.name) || strings.ContainsFunc(m.name, unicode.IsDigit) ||
			slices.ContainsFunc(words, func(w string) bool { return !scan.IsCapitalized(w) && !isNameJoiner(w) || len(w) > 2 && isUpper(w) }) ||
			s.placeName(words[0]) || s.lang.classesOf(strings.ToLower(words[0])) != 0 || FamilyNameFirst(words) {
			continue // "Former US", "Hong Kong", "Zhang Wei": no person's full name of a last name
		}
		last := lastWord(m.name)
		if s.placeName(last) || strings.ContainsAny(s.text[m.pos:min(len(s.text), m.pos+len(m.name))], "\n\r") {
			continue // "Radio Free Russia" is no person "Russia"; a name ends at a line's end
		}
		g := m.gender
		if g == genderUnknown {
			g = s.genderOf(m.name)
		}
		if g == genderUnknown {
			if pg := s.pronounAfter(m.pos); pg == genderMale || pg == genderFemale {
				g = pg // "Tomas Ruiz and his wife"
			}
		}
		switch had, ok := first[last]; {
		case !ok:
			first[last], only[last] = m.name, fullOnly{m.pos, g}
		case had == m.name && g != genderUnknown:
			if o := only[last]; o.gender == genderUnknown {
				only[last] = fullOnly{o.pos, g}
			} else if o.gender != g {
				only[last] = fullOnly{o.pos, -1} // told both: neither
			}
		}
	}
	return only
}

// groupPhrase reports whether a speaker phrase names a group of people by what ties them
// to a name: a plural noun for people, then "of", "for", "in", "at" or "to" and a capitalized
// name, an article and roles before the name allowed ("Critics of Ana Ruiz", "Residents
// of Halden", "supporters of the presidential candidate Ana Ruiz",
// "supporters for Varga", "the officials at the Halden Port Authority"), counted or not
// ("Thousands of supporters of Ana Ruiz", "Tens of thousands of …", "Two aides to Ms.
// Ruiz", "Close aides to …"), or by what they
// do, a participle in -ing after a noun for people and a name after it ("Lawyers
// representing Ms. Ruiz", "leaders attending the Halden Summit"; not a participle that
// makes a title with the role after it, titleParticiples: "former acting Mayor Ana
// Ruiz", "chief operating officer Ivo Marek"; but "Lawyers representing president Ivo
// Marek" are a group). A noun for people
// is one of the lists (personNouns, collectives, namingAgents, groupHeads) or a role or title of the
// language in the singular; a suffix alone ("borders", "comments") is none. The group is
// neither the person or place it is named after nor a longer form of that name: its
// canonical name is the phrase itself, as written (see canonicalizer).
func groupPhrase(sp string, lang *Lang) bool {
	var arr [8]string
	words := appendFields(arr[:0], sp)
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	for len(words) > 3 && quantifiers[strings.ToLower(words[0])] && words[1] == "of" {
		words = words[2:] // "Thousands of supporters of Ana Ruiz", "Tens of thousands of …"
		if strings.EqualFold(words[0], "the") {
			words = words[1:] // "One of the aides to …"
		}
	}
	for n := 0; n < 2 && len(words) > 3; n++ {
		w := strings.ToLower(words[0])
		if !(quantifiers[w] || groupModifiers[w]) || words[1] == "of" || words[1] == "to" {
			break
		}
		words = words[1:] // "Two aides to Ms. Ruiz", "Several allies of Ivo Marek", "Close aides to …"
	}
	if len(words) < 3 {
		return false
	}
	for i := 1; i+1 < len(words); i++ {
		// "Lawyers representing Ms. Ruiz", "leaders attending the Halden Summit": a
		// participle in -ing after a noun for people, a name after it.
		if w := words[i]; strings.HasSuffix(w, "ing") && !scan.IsCapitalized(w) && peopleWord(strings.ToLower(words[i-1]), lang) &&
			(scan.IsCapitalized(words[i+1]) || !titleParticiples[w] || lang.classesOf(words[i+1])&(ClassRole|ClassTitle) == 0) {
			for _, x := range words[i+1:] {
				if scan.IsCapitalized(x) {
					return true
				}
			}
		}
	}
	switch words[1] {
	case "of", "for", "in", "at", "to":
	default:
		return false
	}
	w := strings.ToLower(words[0])
	if !pluralNoun(w) || !(personNouns[singular(w)] || collectives[w] || namingAgents[w] || groupHeads[w] ||
		lang.classesOf(singular(w))&(ClassRole|ClassTitle) != 0) {
		return false
	}
	j := 2
	if j+1 < len(words) && lang.classesOf(strings.ToLower(words[j]))&ClassDet != 0 {
		j++
	}
	for j+1 < len(words) && !scan.IsCapitalized(words[j]) && roleLike(words[j]) {
		j++ // "supporters of the presidential candidate Ana Ruiz"
	}
	return scan.IsCapitalized(words[j])
}

// groupModifiers may stand before the noun of a group around a person ("Close aides to
// …", "Senior advisers to …", "Other friends of …"); a closed list, so that a given name
// or a title before a surname that looks plural is no modifier ("Peter Farmers of
// Halden").
var groupModifiers = map[string]bool{"close": true, "senior": true, "top": true, "former": true, "longtime": true,
	"veteran": true, "retired": true, "other": true, "prominent": true, "leading": true, "chief": true}

// groupHeads are plural nouns for the people around a person, who are not that person
// ("Aides to Mayor Ana Ruiz", "Followers of Ivo Marek").
var groupHeads = map[string]bool{"aides": true, "advisers": true, "advisors": true, "allies": true,
	"followers": true, "loyalists": true, "associates": true, "disciples": true}

// peopleWord reports whether w, in lower case, is a noun for people: a person noun or a
// role or title of the language, in the singular or the plural ("official", "lawyers"),
// or a plural with an agent's ending ("fighters", "activists").
func peopleWord(w string, lang *Lang) bool {
	one := w
	if pluralNoun(w) {
		for _, e := range []string{"ers", "ors", "ists", "ians"} {
			if strings.HasSuffix(w, e) {
				return true // "fighters", "protesters", "activists": agents, before a participle
			}
		}
		one = singular(w)
	}
	return personNouns[one] || lang.classesOf(one)&(ClassRole|ClassTitle) != 0
}

// titleParticiples make one title with the role after them ("chief operating officer",
// "managing director", "acting mayor", "ranking member").
var titleParticiples = map[string]bool{"operating": true, "acting": true, "managing": true, "presiding": true,
	"commanding": true, "ranking": true, "reigning": true, "governing": true, "ruling": true, "sitting": true}

// SurnameKey returns the key under which the romanizations of one surname agree, in lower
// case: two spellings with one key may be one person's name written by two systems of
// romanization (see [GivenNameKey] for given names). The rules are written as rules, not
// as a list of people; each undoes a difference between the systems English-language news
// takes its spellings from: BGN/PCGN (the US and UK boards' romanizations of Russian and
// Ukrainian), the Ukrainian national system of 2010, ISO 9, and the older French and
// German spellings the press still writes; for Arabic, ALA-LC and the press's own (AP).
// In this order:
//
//   - The Arabic article before the name is dropped, as the press drops it after the
//     first mention ("al-Haddawi", "el-Haddawi", "Haddawi").
//   - Case and the marks the press drops are gone ("Haddáwi" is "haddawi"), but ISO 9's
//     and Serbian's "č", "š", "ž" and "đ" are "ch", "sh", "zh" and "dj"; the apostrophe
//     of BGN/PCGN's soft sign is gone ("Moros'kyy").
//   - The endings of Russian and Ukrainian adjectival and patronymic names agree:
//     "-skyy" (BGN/PCGN Ukrainian), "-skyi" (Ukrainian 2010), "-skiy" (BGN/PCGN Russian),
//     "-skij" (ISO 9), "-sky" and "-ski" (press, Polish) are "-ski"; then a final "-yy",
//     "-iy", "-yi", "-ii", "-ij" or "-yj", or "-y" after a consonant, is "-i" ("Dmitriy",
//     "Dmitry", "Dmitri"); "-ey" and "-ej" are "-ei"; "-ych" is "-ich"; the French and
//     German "-off", "-eff", "-ow" and "-ew" are "-ov" and "-ev".
//   - Letters for one Cyrillic or Arabic letter agree: х as "kh" (BGN/PCGN), "h" (ISO 9)
//     or "ch" (German), with ч as "ch", "tch" (French), "tsch" (German) or "cz" (Polish),
//     all "h"; ж and дж as "zh", "dzh" or "dj" and "j" (French), all "j"; ш as "sch"
//     (German) is "sh"; ц as "ts", "tz" (German) or "c" (ISO 9, Polish; not in "ch" or
//     "ck") is "ts"; "x" is "ks"; в as "w" (German, Polish) is "v"; "ou" (French) is "u";
//     "y" before "a", "e", "o" or "u" is "i" (я, ю, є as "ya", "yu", "ye" or "ia", "iu",
//     "ie").
//   - Doubled letters are single ("Mohammed", "Mohamed").
//
// An East Asian surname ([IsEastAsianSurname]) is only lower-cased, and marked with a
// leading "=" so that it meets no key of another word: its romanizations follow other
// rules, and "Zhang" must not meet a Korean "Jang", nor "Han" "Khan". A word with a letter
// outside the Latin script (once the marks are gone), or no letter at all, is only
// lower-cased too, and one that is not UTF-8 is returned as it is. Only spellings of one
// name are meant to agree; some other names share a key ("Chernov" and "Hernov"), which
// is why framing.JoinSpeakerNames asks for more than the key.
func SurnameKey(w string) string { return spellingKey(w, false) }

// GivenNameKey returns the key under which the romanizations of one given name agree.
// A given name in voices' lists ([IsGivenName]) is a name of its own, so its key is its
// spelling in lower case with its gender, marked with a leading "=" so that it meets no
// other key: two listed names share one only when they are of one gender and differ by
// the letters romanizations of a Ukrainian or Russian name differ by (see slavicEnding:
// "Oleksiy" and "Oleksii", "Sergey" and "Sergei"), never otherwise ("Ellen" and "Alan",
// "Dennis" and "Denis", "Joan" and "Juan"), nor a listed name and an unlisted one, save
// the Ukrainian and Russian forms of one name (russianGiven: "Volodymyr" and "Vladimir",
// "Oleksandr" and "Alexander"). A name written with the marks of its Latin letters whose
// form without them is listed is that listed name ("José" and "Jose", "António" and
// "Antonio", "Tomáš" and "Tomas"), as the press writes both; a marked name whose bare
// form is not listed keeps its own key. The exception is a short table of the
// Arabic given names the press spells several ways (arabicGiven: "Mohammed", "Muhammad",
// "Mohamed"; "Ahmed", "Ahmad"), which share the key of their table row. A name in neither
// takes the rules of [SurnameKey] and three more, which apply to such names only: as
// Arabic script writes no short vowels and the press writes "o" and "e" where ALA-LC
// writes "u" and "a", "o" is "u" and "e" is "a"; as BGN/PCGN writes "y" for the Ukrainian
// и and "i" for the Russian и, "y" is "i" ("Liudmyla", "Lyudmila"); and "th" is "t"
// ("Matvei", "Mathvei"). These are not applied to surnames, where the letters tell more
// names apart.
func GivenNameKey(w string) string {
	if !utf8.ValidString(w) {
		return w
	}
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	if f, ok := withoutMarks(lw); ok && IsGivenName(f) {
		lw = f // "José" is "Jose", "António" "Antonio": the press writes both
	}
	if k, ok := arabicGiven[lw]; ok {
		return "=" + k
	}
	if IsGivenName(lw) {
		g := "f"
		switch {
		case maleNames[lw]:
			g = "m"
		case anyGenderNames[lw]:
			g = "n"
		}
		k := slavicEnding(lw)
		if r, ok := russianGiven[k]; ok {
			k = r
		}
		return "=" + g + ":" + k
	}
	return spellingKey(w, true)
}

// russianGiven maps the Ukrainian form of a given name, and the English form where the
// press writes one for a Russian name, to its Russian form, both as slavicEnding writes
// them: "Volodymyr" and "Vladimir", "Oleksandr" and "Alexander" and "Aleksandr",
// "Serhiy" and "Sergei", "Olena" and "Yelena" are one name, as Ukrainian and Russian
// outlets write one person's ("Dmytro Peskov", "Dmitry Peskov"). Names spelled alike in
// both (Ivan, Viktor, Ruslan) need no row. Written for framediff from general knowledge
// of the two languages' names. Read only.
var russianGiven = map[string]string{
	"oleksandr": "aleksandr", "aleksander": "aleksandr", "aleksandra": "aleksandra", "oleksandra": "aleksandra",
	"volodimir": "vladimir", "dmitro": "dmitri", "serhi": "sergei", "mikola": "nikolai", "oleksi": "aleksei",
	"andri": "andrei", "iuri": "yuri", "yury": "yuri", "petro": "piotr", "mikhailo": "mikhail", "vasil": "vasili",
	"ievhen": "ievgeni", "ievheni": "ievgeni", "evgeni": "ievgeni", "hennadi": "gennadi", "kostiantin": "konstantin",
	"ihor": "igor", "oleh": "oleg", "pavlo": "pavel", "bohdan": "bogdan", "kirilo": "kirill", "fedir": "fiodor",
	"hrihori": "grigori", "heorhi": "georgi",
	"olena": "elena", "ielena": "elena", "tetiana": "tatiana", "ludmila": "liudmila", "svitlana": "svetlana",
	"halina": "galina", "katerina": "ekaterina", "iekaterina": "ekaterina",
}

// slavicEnding returns a listed given name, in lower case, with the letters that the
// systems of romanization write differently for one Ukrainian or Russian name made one:
// "y" is "i" (BGN/PCGN's "y" for the Ukrainian и and "i" for the Russian), an ending
// "-ii" is "-i" and "-iia" is "-ia" (the Ukrainian system's "-ii", "-iia" for BGN/PCGN's
// "-iy", "-iya"), and "x" is "ks": "Oleksiy" and "Oleksii", "Sergey" and "Sergei",
// "Alexei" and "Aleksei", "Liudmyla" and "Lyudmila". A name of fewer than five letters is
// left as it is ("Amy", "Ray").
func slavicEnding(lw string) string {
	if len(lw) < 5 {
		return lw
	}
	lw = strings.ReplaceAll(strings.ReplaceAll(lw, "x", "ks"), "y", "i")
	for _, e := range [...][2]string{{"iia", "ia"}, {"ii", "i"}} {
		if strings.HasSuffix(lw, e[0]) {
			return strings.TrimSuffix(lw, e[0]) + e[1]
		}
	}
	return lw
}

// arabicGiven maps the press's spellings of a few Arabic given names, in lower case, to
// one of them: the names whose spellings voices' given-name lists hold more than one of.
// Read only.
var arabicGiven = map[string]string{
	"mohammed": "muhammad", "mohammad": "muhammad", "mohamed": "muhammad", "mohamad": "muhammad",
	"muhammad": "muhammad", "muhammed": "muhammad", "muhamed": "muhammad",
	"ahmed": "ahmad", "ahmad": "ahmad",
}

// withoutMarks returns lw, a word in lower case, with the marks of its Latin letters left
// out ("josé" is "jose", "françois" "francois", "tomáš" "tomas": a caron too, as the
// English-language press drops it), and whether it had some and all of its letters are
// Latin.
func withoutMarks(lw string) (string, bool) {
	if !strings.ContainsFunc(lw, func(r rune) bool { return r >= utf8.RuneSelf }) {
		return lw, false
	}
	var b strings.Builder
	for _, r := range lw {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		f, ok := markless[r]
		if !ok {
			return lw, false
		}
		switch r {
		case 'š', 'č', 'ć', 'ž':
			f = f[:1] // not "sh", "ch", "zh", as markless romanizes them for surnames
		}
		b.WriteString(f)
	}
	return b.String(), true
}

// spellingKey is SurnameKey, or GivenNameKey when given.
func spellingKey(w string, given bool) string {
	if !utf8.ValidString(w) {
		return w
	}
	if IsEastAsianSurname(w) {
		return "=" + strings.ToLower(w) // meets no other key: "Hua" is not "Chua"
	}
	if a := arabicArticle(w); a != "" {
		w = a
	}
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		switch {
		case r >= 'a' && r <= 'z' || r == '-':
			b.WriteRune(r)
		case strings.ContainsRune(`'’ʼʹ′`, r):
			// BGN/PCGN's soft sign: left out
		default:
			f, ok := markless[r]
			if !ok {
				return strings.ToLower(w) // another script: no rule of ours
			}
			b.WriteString(f)
		}
	}
	k := b.String()
	if !strings.ContainsFunc(k, func(r rune) bool { return r >= 'a' && r <= 'z' }) {
		return strings.ToLower(w)
	}
	k = spellingEnding(k)
	if given {
		k = strings.ReplaceAll(k, "th", "t") // "Matvei", "Mathvei" (unlisted names only)
	}
	k = spellingLetters.Replace(k)
	// "y" before a vowel: я, ю, є, ё as "ya", "yu", "ye", "yo" or "ia", "iu", "ie", "io".
	kb := []byte(k)
	for i := 0; i+1 < len(kb); i++ {
		if kb[i] == 'y' && strings.IndexByte("aeou", kb[i+1]) >= 0 {
			kb[i] = 'i'
		}
	}
	if given {
		for i, c := range kb {
			switch c {
			case 'o':
				kb[i] = 'u'
			case 'e':
				kb[i] = 'a'
			case 'y':
				kb[i] = 'i'
			}
		}
	}
	out := kb[:0]
	for i, c := range kb {
		if i == 0 || c != kb[i-1] {
			out = append(out, c)
		}
	}
	return string(out)
}

// spellingEnding returns k (lower case) with its ending written as SurnameKey's rules
// write it.
func spellingEnding(k string) string {
	for _, e := range [...]struct{ from, to string }{
		{"skyy", "ski"}, {"skyi", "ski"}, {"skiy", "ski"}, {"skii", "ski"}, {"skij", "ski"}, {"skyj", "ski"}, {"sky", "ski"},
		{"ych", "ich"}, {"off", "ov"}, {"eff", "ev"}, {"ow", "ov"}, {"ew", "ev"},
		{"yy", "i"}, {"iy", "i"}, {"yi", "i"}, {"ii", "i"}, {"ij", "i"}, {"yj", "i"}, {"ey", "ei"}, {"ej", "ei"},
	} {
		if stem, ok := strings.CutSuffix(k, e.from); ok && len(stem) >= 2 {
			return stem + e.to
		}
	}
	if n := len(k); n >= 4 && k[n-1] == 'y' && strings.IndexByte("aeiouy-", k[n-2]) < 0 {
		return k[:n-1] + "i" // "Dmitry", "Dmitri"
	}
	return k
}

// spellingLetters writes the letters of one Cyrillic or Arabic letter as SurnameKey's rules
// write them, the longest first at each place.
var spellingLetters = strings.NewReplacer(
	"tsch", "h", "dzh", "j", "tch", "h", "sch", "sh", "kh", "h", "ch", "h", "cz", "h",
	"zh", "j", "dj", "j", "tz", "ts", "ck", "k", "c", "ts", "x", "ks", "w", "v", "ou", "u",
)

// markless maps the marked Latin letters news drops the marks of to their bare letters
// ("á" to "a", "ł" to "l"), but the letters of ISO 9 and of Serbian and Croatian for ч,
// ш, ж and ђ to the English letters the press writes for them ("č" to "ch", "š" to
// "sh", "ž" to "zh", "đ" to "dj"). Read only.
var markless = func() map[rune]string {
	m := map[rune]string{}
	for _, s := range []string{"àáâãäåāăą a", "çĉċ c", "ćč ch", "ďđ d", "èéêëēĕėęě e", "ĝğġģ g", "ĥħ h",
		"ìíîïĩīĭįı i", "ĵ j", "ķ k", "ĺļľŀł l", "ñńņňŉ n", "òóôõöøōŏő o", "ŕŗř r", "śŝş s", "š sh",
		"ţťŧ t", "ùúûüũūŭůűų u", "ŵ w", "ýÿŷ y", "źż z", "ž zh"} {
		letters, to, _ := strings.Cut(s, " ")
		for _, r := range letters {
			m[r] = to
		}
	}
	m['đ'] = "dj"
	return m
}()

// AfterArabicArticle returns the name of a word that opens with the Arabic article, as
// English news writes it ("el-Sisi", "al-Assad", "Al-Maliki"; the sun letters' forms
// "ad-", "as-", "ash-", "at-", "az-", "an-", "ar-" too): "Sisi", "Assad", "Maliki"; ""
// for any other word.
func AfterArabicArticle(w string) string { return arabicArticle(w) }

// paternalSurname returns the paternal surname of a Spanish name written with both
// surnames, the father's then the mother's ("Andrés Calvo Ibarra": "Calvo"), by which
// Spanish usage, and the news after it, names the person alone ("Mr. Calvo", "Calvo
// said"): the name opens with a given name of hispanicGivenNames, any more given names
// follow ("José Luis Calvo Ibarra"; in a name of four words the second is a given name
// even when it is not listed, unless it is an initial: "Luis Octavio Calvo Ibarra"), and
// then exactly two capitalized words that are no given name, initial or generational
// suffix. Otherwise it returns "": "José María Calvo" has one surname (María is a given
// name), and "Andrés Calvo" two words only.
func paternalSurname(words []string) string {
	if len(words) < 3 || !hispanicGivenNames[strings.ToLower(words[0])] {
		return ""
	}
	given := func(w string) bool { return IsGivenName(w) || hispanicGivenNames[strings.ToLower(w)] }
	g := 1
	for g < len(words)-2 && given(words[g]) {
		g++
	}
	if g == 1 && len(words) == 4 && !strings.Contains(words[1], ".") {
		g = 2 // "Luis Octavio López Vega": two given names, the second one not listed, and two surnames
	}
	if len(words)-g != 2 {
		return ""
	}
	for _, w := range words[g:] {
		if !scan.IsCapitalized(w) || strings.Contains(w, ".") || given(w) || generational[w] || len(w) < 3 {
			return ""
		}
	}
	return words[g]
}

// hispanicGivenNames are common Spanish given names, lowered, with and without their
// accents, that open a name written with two surnames (see paternalSurname); names as
// common in English-language use (Laura, Patricia, Daniel) are left out, so that an
// English name with a middle name ("Laura Wilkes Booth") is not read so. Written for
// framediff from general knowledge of Spanish naming.
var hispanicGivenNames = wordSet("alejandro alfonso álvaro alvaro andrés andres antonio arturo carlos césar cesar " +
	"diego domingo eduardo emilio enrique ernesto esteban federico felipe fernando francisco gonzalo guillermo gustavo héctor " +
	"hector ignacio agustín agustin javier jesús jesus joaquín joaquin jorge josé jose juan julio luis manuel mauricio miguel " +
	"leopoldo nicolás nicolas óscar pablo pedro rafael ramón ramon raúl raul ricardo rodrigo rubén ruben salvador " +
	"santiago sergio tomás víctor " +
	"alejandra ana beatriz carmen consuelo dolores guadalupe inés ines isabel josefina juana leticia lucía " +
	"lucia luisa maría maria marta milagros pilar rocío rocio rosario soledad teresa verónica veronica ximena")
