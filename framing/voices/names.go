package voices

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/framing/internal/scan"
)

// mention is a name in the text, for pronoun resolution and canonical names.
type mention struct {
	pos    int
	name   string // as written, titles and possessive removed
	tFrom  int    // the tokens of its titles ("Valdora Governor"), or -1
	tTo    int
	aFrom  int // the tokens of a role in apposition ("Ana Ruiz, the Soloria governor,"), or -1
	aTo    int
	gender int  // the gender its titles or first name tell ("Mrs. Voss"), or genderUnknown
	either bool // a one-word name not known to be a person or an organization: either may be meant
	person bool // a person (a title, or a first and a last name), else an organization
	topic  bool // named as a headline's topic (see headlineTopic): a thing, never a person
	// conjunct marks the first of coordinated subjects ("Dockers" in "Dockers and pilots
	// met"): an antecedent of he, she or it alone, never of they; joined marks the
	// whole, recorded after it at the same place as no person: an antecedent of they
	// alone.
	conjunct, joined bool
	// plural marks a subject a quantifier or a number above one opens ("Several
	// residents", "Two officials"): an antecedent of they alone, as joined is, with no
	// parts.
	plural bool
	// For a name of the text, the nearest name at or before it that is surely a person's,
	// and the nearest person's name with a title or a role in apposition (see linkNames);
	// -1 if there is none.
	holder, titled int
}

// findNames records the names in the narrative (outside quotations), in order: runs of
// capitalized words, with a title or of two words or more, for pronoun resolution and
// canonical names.
func (s *segmenter) findNames() {
	var topics map[string]bool      // the names of headlines' topics, by name
	var personWords map[string]bool // the first and last words of the persons' names of two words or more so far
	for i := 0; i < len(s.toks); {
		t := s.toks[i]
		if !t.cap || t.inq || s.inTitleCase(i) {
			i++ // a headline's capitals prove nothing about names
			continue
		}
		if g := s.roleObjectName(i); g > i {
			i = g // "the mayor of Halden Ana Ruiz": the name begins at her given name
			t = s.toks[i]
		}
		j, name := s.nameRun(i, len(s.toks))
		if j == i {
			i++
			continue
		}
		if j == i+2 && s.commonOpening(i, personWords) {
			// "Examples Lin gave …" after "Lin Weiqing": the name is Lin's, and no
			// phrase reads "Examples" as a word of a name (see nameWord).
			if s.openCommon == nil {
				s.openCommon = map[int]bool{}
			}
			s.openCommon[i] = true
			i++
			continue
		}
		if i > 0 && creditGap(s.text[s.toks[i-1].end:t.start]) {
			i = j // a photo credit's agency, and a caption's name run into it ("Ana Ruiz / Agency Lu")
			continue
		}
		if name.name != "" && (name.person || !s.sentenceInitialWord(i, j)) {
			if topics[name.name] || s.headlineTopic(i, j) {
				if topics == nil {
					topics = map[string]bool{}
				}
				topics[name.name] = true
				name.person, name.topic = false, true
			}
			name.pos = t.start
			s.names = append(s.names, name)
			if name.person && strings.Contains(name.name, " ") {
				if personWords == nil {
					personWords = map[string]bool{}
				}
				personWords[firstWord(name.name)], personWords[lastWord(name.name)] = true, true
			}
		}
		i = j
	}
	s.linkNames()
}

// commonOpening reports whether token i, a capitalized word opening its sentence before
// one more word of a name, is a common noun in the plural, capitalized by its place, and
// the word after it a word of the name of a person named before: the text writes the
// word in lower case elsewhere, as it is or in the singular; it is no known given name,
// title, role or word of a body's name, nor a word of a person's name the text named
// before; and the next word is the first or last word of a person's name of two words or
// more the text named before, persons ("Examples Lin gave …" after "the economist Lin
// Weiqing", where "example" stands in lower case; not "Former Ruiz aide Ivo Marek said",
// where the word is no plural and modifies the phrase, nor "Brooks Ruiz said" after
// "Mayor Brooks Ruiz"). A common word known as such by the rest of the text is the rule
// of Mikheev (1999), "A knowledge-free method for capitalized word disambiguation"
// (ACL).
func (s *segmenter) commonOpening(i int, persons map[string]bool) bool {
	if s.lang.name != "english" || !s.sentenceInitialWord(i, i+1) || s.toks[i].flags&(ClassTitle|ClassRole|ClassOrg) != 0 {
		return false
	}
	w := s.word(i)
	if IsGivenName(w) {
		return false
	}
	lw := strings.ToLower(w)
	if !plural(lw) || singular(lw) == lw {
		return false // "Former Ruiz aide Ivo Marek said": a modifier of the phrase
	}
	common := s.commonWords()
	if !common[lw] && !common[singular(lw)] {
		return false
	}
	return persons[s.word(i+1)] && !persons[w] // not "Brooks Ruiz" after "Mayor Brooks Ruiz"
}

// headlineTopic reports whether the name at tokens [i, j) is the phrase that opens its
// paragraph before a colon, after "the" or not, that the attribution reads as a rubric,
// not a speaker (see rubricSpeaker: "Halden Dam: repairs begin"): a topic, a thing that
// neither "he" nor "she" stands for there or wherever the text names it again.
func (s *segmenter) headlineTopic(i, j int) bool {
	if s.lang.name != "english" || j <= i || j > len(s.toks) {
		return false
	}
	e := s.toks[j-1].end
	if !strings.HasPrefix(strings.TrimLeft(s.text[e:min(len(s.text), e+3)], " "), ":") {
		return false
	}
	lo := s.tokAt(s.paras[s.para(s.toks[i].start)])
	if lo != i && (lo != i-1 || s.lowerWord(lo) != "the") {
		return false
	}
	return !s.rubricSpeaker(np{lo, j})
}

// linkNames gives each name of the text its holder, the nearest name at or before it that
// is surely a person's, by a title or a known given name ("Gov. Ruiz", "Tony Okoro") or as
// the last name alone of such a person named within lookBack names before it ("Okoro" after
// "Tony Okoro"); and the nearest person's name with a title or a role in apposition. One
// pass, so that looking for the person spoken of last takes one step, and looking for the
// holder of an office steps over the names that have no title.
func (s *segmenter) linkNames() {
	var full map[string]int // by last name: the latest person's name of two words or more that is sure
	last, titled := -1, -1
	for i := range s.names {
		s.work++
		m := &s.names[i]
		sure := m.person && (m.tFrom >= 0 || IsGivenName(firstWord(m.name)))
		if sure && strings.Contains(m.name, " ") {
			if full == nil {
				full = map[string]int{}
			}
			full[lastWord(m.name)] = i
		} else if !sure && !strings.Contains(m.name, " ") {
			j, ok := full[m.name]
			sure = ok && j >= i-lookBack
		}
		if sure {
			last = i
		}
		if m.person && (m.tFrom >= 0 || m.aFrom >= 0) {
			titled = i
		}
		m.holder, m.titled = last, titled
	}
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// sentenceInitialWord reports whether tokens [i, j) are one capitalized word opening its
// sentence (which proves nothing about being a name).
func (s *segmenter) sentenceInitialWord(i, j int) bool {
	return j == i+1 && (i == 0 || s.toks[i-1].sentence != s.toks[i].sentence)
}

// nameRun reads a name from token i (before token hi): capitalized words, which "of",
// "for", "de", "van", "al", "bin", "the" may join, with the titles among them kept apart
// ("Texas Governor Rafa Kettle" is Rafa Kettle, titled governor), a title's place or
// office joined by "of", "for" or "to" with them (see titleObject: "Secretary of State
// Elena Voss" and "Ambassador to Valdora Tomas Brell" are Elena Voss and Tomas Brell),
// an office noun before "of" too (see officeAt: "Head of the Port Authority Ana Ruiz").
// It returns the token after the name and the name (empty if there is none). The name is
// a slice of the text: nothing is allocated.
func (s *segmenter) nameRun(i, hi int) (int, mention) {
	var m mention
	first, n := i, 0 // the name's first token and its number of words
	tFrom, tTo := -1, -1
	orgWord, joined := false, false
	ofAt := -1 // the first "of" joining words of the name
	j := i
	for j < hi {
		t := s.toks[j]
		if j > i && (t.clause != s.toks[i].clause || creditGap(s.text[s.toks[j-1].end:t.start])) {
			break // another clause, or a photo credit's slash ("Ana Ruiz / Agency")
		}
		if t.cap && !t.heading && (t.flags&(notName|ClassVerb) == 0 || t.flags&(ClassTitle|ClassRole|ClassOrg) != 0 || n > 0 && t.flags&ClassDet != 0 && t.flags&ClassThat == 0) &&
			(t.flags&ClassDet == 0 || n > 0) && !(n == 0 && !s.nameWord(j) && t.flags&(ClassTitle|ClassRole|ClassOrg) == 0) {
			isTitle := t.flags&(ClassTitle|ClassRole) != 0 && t.flags&ClassOrg == 0 || s.spelledTitle(j, hi) || s.officeAt(j, hi)
			if isTitle && j+1 < hi && s.toks[j+1].cap {
				// A title: the words so far qualify it ("Valdora Governor").
				if tFrom < 0 {
					tFrom = first
				}
				j++
				tTo, first, n, orgWord, joined, ofAt = j, j, 0, false, false, -1
				continue
			}
			if isTitle {
				if g := s.titleObject(j, hi, false); g > 0 {
					// "Secretary of State Elena Voss", "Ambassador to Valdora Tomas Brell":
					// the title's place or office belongs to it; the name begins at g.
					if tFrom < 0 {
						tFrom = first
					}
					j = g
					tTo, first, n, orgWord, joined, ofAt = j, j, 0, false, false, -1
					continue
				}
			}
			n++
			orgWord = orgWord || t.flags&ClassOrg != 0
			j++
			continue
		}
		if n == 0 && j == tTo && t.cap && !t.heading && s.courtesyBefore(j) && t.flags&(ClassTitle|ClassRole) == 0 {
			// A courtesy title is followed by a surname, whatever else the word may be:
			// "Mr. Many", "Ms. Rose", "Ms. Than".
			n++
			j++
			continue
		}
		if n > 0 && s.initialAt(j, hi) {
			n++ // "Dana I. Kessler": an initial that is a word too ("I", "A")
			j++
			continue
		}
		if n > 0 && !t.heading && arabicArticle(s.word(j)) != "" {
			n++ // "Abdel Fattah el-Sisi": a surname with the Arabic article
			j++
			continue
		}
		if n > 0 && j+1 < hi && s.toks[j+1].cap && s.toks[j+1].clause == t.clause && isNameJoiner(s.word(j)) &&
			!(strings.EqualFold(s.word(j), "and") && !orgWord && s.toks[j+1].flags&ClassOrg == 0) {
			// "and" joins the words of an organization's name ("Bank and Trust"), not two
			// people ("Bill Varga and Hillary Varga").
			lw := s.word(j)
			if strings.EqualFold(lw, "of") || strings.EqualFold(lw, "for") || strings.EqualFold(lw, "and") || strings.EqualFold(lw, "the") {
				joined = true
			}
			if ofAt < 0 && strings.EqualFold(lw, "of") {
				ofAt = j
			}
			n++
			j++
			continue
		}
		break
	}
	if n == 0 {
		return i, m
	}
	if n == 1 && tFrom < 0 && j == i+1 && s.toks[i].flags&ClassTitle != 0 {
		return i, m
	}
	last := j
	m.tFrom, m.tTo = tFrom, tTo
	m.aFrom, m.aTo = s.appositiveRole(j, hi)
	if m.aFrom < 0 && tFrom < 0 {
		m.aFrom, m.aTo = s.roleBefore(i, j)
	}
	titled := tFrom >= 0
	m.person = !orgWord && (titled || !joined && n >= 2 && n <= 4)
	if ofAt >= 0 && (ofAt-first >= 2 || ofAt-first >= 1 && titled) {
		// "Dana Kessler of California", "Gov. Rafa Kettle of Texas": a person and a place.
		m.person, last = !orgWord, ofAt
	}
	m.name = s.span(first, last)
	m.gender = s.genderOf(s.span(i, last)) // with its titles
	return j, m
}

// titleObject returns the token where a person's name begins after the title at token j
// (before token hi) and the place or office it is the title of, joined to it by "of",
// "for" or "to" ("Secretary of State Elena Voss", "Ambassador to the Valdora Republic
// Tomas Brell Jr."), in English: the capitalized words after the preposition (and
// "the") in the same clause, "of", "for", "the" or "and" joining them ("and" not before a
// title: "Envoy for Trade Ivo Marn and Secretary of State Ana Ruiz" are two), at most
// maxTitleObject words, are the place or office and then the name. The name begins at
// the first known given name after one word of the place at least that has a word after
// it ("of St. Louis" names no one), else after the place's last word of a body's name
// ("Secretary for Administration Mei Lam Chan Wai-ling"), else it is the last two words
// of three or more (four or more after "the", unless the first is an acronym or a listed
// place: "Chairman of the Valdora Reserve Board" is a body's, "Envoy to the UN Ana Ruiz"
// is hers) when neither is a listed place ("of Public Health England"), or the last of
// two words after a listed place ("President of Portugal Varga", see placeName); -1
// when there is no such name: "Secretary of State" alone, "Minister of Defense Ivo Marn"
// (two words, no given name known: the office's words and the name's are not told
// apart), a body's word or a title among the name's ("Ambassador to Valdora Trade
// Council"). The last two words of an office's three ("Commissioner of Major Harbor
// Rowing") are read as a name: with no list of given names that knows every name, the
// words do not tell them apart.
//
// With givenOnly, only a known given name begins a name, the words are not read past
// "and", and a given name right after the preposition is the one the role speaks for:
// after a role in lower case, whose "for" or "of" may name another ("the mayor of Halden
// Ana Ruiz" is Ana Ruiz; "a spokesman for Ana Ruiz" and "a spokesman for Ana Ruiz and
// Tomas Brell" are neither).
func (s *segmenter) titleObject(j, hi int, givenOnly bool) int {
	if s.lang.name != "english" || j+2 >= hi {
		return -1
	}
	switch s.lowerWord(j + 1) {
	case "of", "for", "to":
	default:
		return -1
	}
	clause := s.toks[j].clause
	k := j + 2
	if k+1 < hi && s.toks[k].flags&ClassDet != 0 && !s.toks[k].cap && s.toks[k+1].cap {
		k++ // "Ambassador to the Valdora Republic"
	}
	if givenOnly && k < hi && s.toks[k].cap && IsGivenName(s.word(k)) {
		return -1 // "a spokesman for Ana Ruiz"
	}
	e, given := k, -1
	for e < hi && e < k+maxTitleObject {
		s.work++
		t := s.toks[e]
		if t.clause != clause || t.heading || t.inq || creditGap(s.text[s.toks[e-1].end:t.start]) {
			break
		}
		if t.cap {
			if given < 0 && e > k && IsGivenName(s.word(e)) {
				given = e
			}
			e++
			continue
		}
		if given < 0 && e+1 < hi && s.toks[e+1].cap && s.toks[e+1].clause == clause && isNameJoiner(s.word(e)) &&
			!(s.lowerWord(e) == "and" && (givenOnly || s.toks[e+1].flags&(ClassTitle|ClassRole) != 0)) {
			e++ // "Minister of State for Europe", "for Trade and Fisheries": the place or office goes on
			continue
		}
		if given >= 0 && (s.initialAt(e, hi) || nameParticles[s.lowerWord(e)] && e+1 < hi && s.toks[e+1].cap && s.toks[e+1].clause == clause) {
			e++ // "Tomas A. Brell", "Omar bin Rashid"
			continue
		}
		break
	}
	if given == e-1 {
		given = -1 // a first name with no word after it ("of St. Louis")
	}
	if givenOnly && given < 0 {
		return -1
	}
	lastOrg := -1 // the last word of a body's name among the place's ("for Administration")
	for x := k; x < e-1; x++ {
		if s.toks[x].flags&ClassOrg != 0 {
			lastOrg = x
		}
	}
	afterThe := k > j+2 // "of the", "to the"
	// Where the body ends and the name begins is not guessed after an office noun ("Head
	// of Halden Harbor Operations" names no one) nor after a possessive in the body
	// ("Head of Valdora's Port Authority" is the Authority's head, no "Port Authority").
	guess := !s.officeAt(j, hi)
	for x := k; x < e-2; x++ {
		guess = guess && !s.toks[x].poss // in the body, not the name ("… Brenko Tulvar's spokesman")
	}
	g := given
	switch {
	case g >= 0:
	case lastOrg >= 0:
		g = lastOrg + 1 // "Secretary for Administration Mei Lam Chan Wai-ling"
	case !guess:
		return -1
	case (e-k >= 4 || e-k == 3 && (!afterThe || acronym(s.word(k)) || placeName(s.word(k)))) && s.toks[e-2].cap && s.toks[e-1].cap &&
		!placeName(s.word(e-1)) && !placeName(s.word(e-2)) && !placeName(s.span(e-2, e)):
		g = e - 2 // "Ambassador to Valdora Ana Ruiz"; not "Chairman of the Valdora Reserve Board"
	case e-k == 2 && s.toks[e-1].cap && placeName(s.word(k)):
		g = e - 1 // "President of Portugal Varga"
	default:
		return -1
	}
	for x := g; x < e; x++ {
		if s.toks[x].flags&(ClassOrg|ClassTitle|ClassRole) != 0 {
			return -1
		}
	}
	return g
}

// acronym reports whether w is written in capitals only, two letters or more ("UN",
// "NATO"): a body's or a place's short name.
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// maxTitleObject bounds the words titleObject reads after a title's preposition (its
// place or office and a name), as maxSpeakerWords bounds a source phrase: each title
// reads a few words ahead, never the rest of a long clause.
const maxTitleObject = maxSpeakerWords

// roleObjectName returns the token where a person's name begins inside the capitalized
// words from token i when they are the place or body of a role in lower case before them
// ("the mayor of Halden Ana Ruiz", "a spokesman for the Valdora Port Authority Ana
// Ruiz"): a known given name (see titleObject with givenOnly); -1 otherwise.
func (s *segmenter) roleObjectName(i int) int {
	p := i - 1
	if p >= 0 && s.toks[p].flags&ClassDet != 0 && !s.toks[p].cap {
		p--
	}
	if p < 1 || s.toks[p].cap || s.toks[p-1].cap || s.toks[p-1].clause != s.toks[i].clause || s.toks[p].clause != s.toks[i].clause ||
		s.toks[p-1].flags&(ClassTitle|ClassRole) == 0 || s.toks[p-1].flags&ClassOrg != 0 {
		return -1
	}
	return s.titleObject(p-1, len(s.toks), true)
}

// spelledTitles are the titles of legislators that English writes out, capitalized, before
// a name, as it writes "Rep." and "Sen." ("Delegate Ana Ruiz", "Assemblywoman Ana
// Ruiz"), and that the language's titles do not hold; in lower case they are roles
// ("a delegate", see roleLike). Written for framediff.
var spelledTitles = map[string]bool{"Delegate": true, "Assemblyman": true, "Assemblywoman": true,
	"Assemblymember": true, "Councilman": true, "Councilwoman": true, "Councilmember": true, "Alderman": true,
	"Alderwoman": true}

// officeAt reports whether token j, before token hi, is an office noun with its body
// after it ("Head of the Port Authority", see officeNouns), in English.
func (s *segmenter) officeAt(j, hi int) bool {
	return s.lang.name == "english" && officeNouns[s.word(j)] && j+1 < hi && s.word(j+1) == "of"
}

// spelledTitle reports whether token j, before token hi, is a title of spelledTitles: in
// English, with no determiner before it and no word of an organization's name in the
// capitalized words after it ("the Delegate Assembly", "Delegate Selection Committee":
// a body's name).
func (s *segmenter) spelledTitle(j, hi int) bool {
	if s.lang.name != "english" || !spelledTitles[s.word(j)] || j > 0 && s.toks[j-1].flags&ClassDet != 0 {
		return false
	}
	for k := j + 1; k < hi && s.toks[k].cap; k++ {
		if s.toks[k].flags&ClassOrg != 0 {
			return false
		}
	}
	return true
}

// initialAt reports whether token j, before token hi, is a middle initial: one capital
// letter right before a period, after a word that is no regnal or war word and has none
// before it ("Dana I. Kessler", "Ivo A. Marek"; not "King Charles I." nor "World War
// I."), then a capitalized word in the same clause that no verb follows right after when
// a word in lower case of the clause comes before the given name ("under Charles I.
// Kessler said" is a monarch's numeral that ends its sentence; "Dana I. Kessler said" is
// one name).
func (s *segmenter) initialAt(j, hi int) bool {
	if j <= 0 || j+1 >= hi || j+1 >= len(s.toks) {
		return false
	}
	t, next := s.toks[j], s.toks[j+1]
	if t.end-t.start != 1 || s.text[t.start] < 'A' || s.text[t.start] > 'Z' || t.end >= len(s.text) || s.text[t.end] != '.' ||
		!next.cap || next.clause != t.clause || next.sentence != t.sentence || next.heading {
		return false
	}
	if regnalWords[s.word(j-1)] || j >= 2 && s.toks[j-2].clause == t.clause && regnalWords[s.word(j-2)] {
		return false
	}
	if k := j + 2; j >= 2 && s.toks[j-2].clause == t.clause && !s.toks[j-2].cap && k < len(s.toks) && s.toks[k].clause == next.clause && !s.toks[k].inq {
		if u := s.toks[k]; u.flags&(ClassVerb|ClassThink|ClassAux|ClassPast) != 0 && u.flags&ClassPrep == 0 ||
			!u.cap && strings.HasSuffix(s.lowerWord(k), "ed") {
			return false // "… I. Kessler said": a new sentence with its verb
		}
	}
	return true
}

// regnalWords are the capitalized words that make a capital letter and a period after
// them or after the given name that follows them a numeral, not an initial ("World War
// I.", "King Charles I.").
var regnalWords = wordSet("King Queen Pope Emperor Empress Tsar Czar Tsarina Kaiser Prince Princess Saint St. Sultan Shah War")

// appositiveRole returns the token [k, k+1) of the role in apposition after a name that
// ends before token j: ", the Soloria governor," whose head (its last word, before the
// comma or the sentence's end that closes it, within five words) is a role noun; -1, -1 if
// there is none. Only the head counts: in ", the president's adviser," the role is
// adviser, not president.
func (s *segmenter) appositiveRole(j, hi int) (int, int) {
	if j <= 0 || j >= hi || j >= len(s.toks) || !strings.Contains(s.text[s.toks[j-1].end:s.toks[j].start], ",") {
		return -1, -1
	}
	from := j
	if s.toks[j].flags&ClassDet != 0 {
		from = j + 1
	}
	for k := from; k < hi && k < from+5; k++ {
		end := k+1 >= len(s.toks) || s.toks[k+1].sentence != s.toks[k].sentence ||
			strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ",;:")
		if !end {
			continue
		}
		if w := s.toks[k]; w.flags&(ClassRole|ClassTitle) != 0 && w.flags&ClassOrg == 0 && !s.roleInPhrase(s.firstNoun(from, k), k) {
			return k, k + 1 // the head alone
		}
		return -1, -1
	}
	return -1, -1
}

// roleBefore returns the tokens of a role that the name in tokens [i, j) stands in
// apposition to, set off before it by commas ("The mayor, Ana Ruiz, said", "The city's
// mayor, Ana Ruiz,", "Its spokesman, Ivo Marek, said"), or -1, -1: the word right before
// the comma is a role or a title of the language, in lower case, the head of a noun
// phrase of at most five words that a determiner or a possessive opens, not the object
// of a preposition or of a participle after a noun (see roleOfObject: "A spokesman for
// the mayor, Ivo Marek," names the spokesman), and a comma, a dash or the sentence's
// end follows the name. The head alone is returned, as by appositiveRole.
func (s *segmenter) roleBefore(i, j int) (int, int) {
	if i < 2 || j > len(s.toks) || !strings.Contains(s.text[s.toks[i-1].end:s.toks[i].start], ",") {
		return -1, -1
	}
	r := i - 1
	if t := s.toks[r]; t.cap || t.inq || t.sentence != s.toks[i].sentence || t.flags&(ClassRole|ClassTitle) == 0 || t.flags&ClassOrg != 0 {
		return -1, -1
	}
	if j < len(s.toks) && s.toks[j].sentence == s.toks[j-1].sentence && !strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",—–") {
		return -1, -1 // "the mayor, Ana Ruiz said": no apposition that closes
	}
	if s.frontedPhrase(r) {
		return -1, -1 // "After meeting the governor, Ana Ruiz, who …, said": the sentence's subject
	}
	for k := r - 1; k >= 0 && k >= r-4; k-- {
		t := s.toks[k]
		if t.inq || t.clause != s.toks[r].clause {
			return -1, -1
		}
		if t.flags&ClassDet != 0 && t.flags&(ClassThat|ClassSubject) == 0 || t.poss {
			st := k
			for t.poss && st-1 >= 0 && st > k-3 && s.toks[st-1].clause == t.clause && !s.toks[st-1].inq &&
				s.toks[st-1].flags&(ClassPrep|ClassVerb|ClassThink|ClassConj) == 0 && !strings.HasSuffix(s.lowerWord(st-1), "ing") {
				st-- // "for the city's mayor": the possessor's own words
			}
			if s.roleOfObject(st) {
				return -1, -1 // "A spokesman for the mayor, Ivo Marek,": the spokesman's name
			}
			return r, r + 1
		}
		if t.cap && k > 0 && s.toks[k-1].sentence == t.sentence || t.flags&(ClassVerb|ClassPrep|ClassConj|ClassWho) != 0 {
			return -1, -1
		}
	}
	return -1, -1
}

// frontedPhrase reports whether token r stands deep in a phrase that opens its sentence:
// a participle's ("Asked about the senator,"), "unlike"'s, or a preposition's with
// another preposition or a form in -ing before r ("After meeting the governor,", "In a
// letter to the governor,"): the name after its comma is the sentence's subject, no
// apposition. A clause after a subordinator ("When the country's president, Ana Ruiz,
// declared …") or a role right after the preposition ("After the governor, Ana Ruiz,
// left") is read as usual, and so is "according to" ("According to the mayor, Ana
// Ruiz, the port will close").
func (s *segmenter) frontedPhrase(r int) bool {
	st := r
	for st > 0 && s.toks[st-1].sentence == s.toks[r].sentence && s.toks[st-1].clause == s.toks[r].clause {
		st--
	}
	if st > 0 && s.toks[st-1].sentence == s.toks[r].sentence || st >= r {
		return false // the role's clause does not open the sentence
	}
	t := s.toks[st]
	w := s.lowerWord(st)
	switch {
	case w == "unlike" || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") && t.flags&ClassPrep == 0:
		return true
	case t.flags&ClassPrep == 0 || t.flags&ClassAccording != 0:
		return false
	}
	for k := st + 1; k < r; k++ {
		if s.toks[k].flags&ClassPrep != 0 || strings.HasSuffix(s.lowerWord(k), "ing") {
			return true
		}
	}
	return false
}

// roleOfObject reports whether the noun phrase that opens at token k is the object of a
// preposition or of a participle in -ing that follows a person's singular noun, in its
// clause ("a spokesman for the mayor", "the wife of the mayor", "a lawyer representing
// the mayor"): the name after the phrase is that person's, not the role's. After
// anything else the role is the name's ("met the mayor, Ana Ruiz,", "after the previous
// district attorney, Ana Ruiz, stepped down", "staff members for the candidate, Ana
// Ruiz,", "a decision by the prime minister, Ivo Marek,").
func (s *segmenter) roleOfObject(k int) bool {
	p := k - 1
	if p < 1 || s.toks[p].clause != s.toks[k].clause || s.toks[p].inq {
		return false
	}
	if s.toks[p].flags&ClassPrep == 0 && !(strings.HasSuffix(s.lowerWord(p), "ing") && !s.toks[p].cap) {
		return false
	}
	q := p - 1
	if s.toks[q].clause != s.toks[p].clause || s.toks[q].inq || s.toks[q].cap {
		return false
	}
	w := s.lowerWord(q)
	if pluralNoun(w) {
		return false
	}
	return s.toks[q].flags&(ClassRole|ClassTitle) != 0 || personNouns[w]
}

// roleInPhrase reports whether the role at token k, in an apposition whose first noun is
// at token from, is the object of a preposition after that noun, someone else's office:
// "Tomas Reyl, a senator allied with the president," is no president; but "the head of
// state and president" (a conjunction after the preposition) is.
func (s *segmenter) roleInPhrase(from, k int) bool {
	for j := k - 1; j > from; j-- {
		switch {
		case s.toks[j].flags&ClassConj != 0:
			return false
		case s.toks[j].flags&ClassPrep != 0:
			return true
		}
	}
	return false
}

// firstNoun returns the first token in [from, to) that is no preposition, determiner,
// time or number, the first word of a noun phrase after a phrase that opens an
// apposition ("since 2019 the president", "for years the company's president"), or to.
func (s *segmenter) firstNoun(from, to int) int {
	for ; from < to; from++ {
		if s.toks[from].flags&(ClassPrep|ClassDet|ClassTime|ClassMonth) == 0 && !isNumberWord(s.word(from)) {
			return from
		}
	}
	return to
}

// span returns the text of tokens [from, to), runs of space made one.
func (s *segmenter) span(from, to int) string {
	raw := s.text[s.toks[from].start:s.toks[to-1].end]
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; c == '\n' || c == '\t' || c == '\r' || c == ' ' && i+1 < len(raw) && raw[i+1] == ' ' || c >= 0x80 {
			return strings.Join(strings.Fields(raw), " ")
		}
	}
	return raw
}

// hasTitle reports whether mention m is titled with a word of the given role; one held in
// the past ("former Gov. Ivo Marek", "Ana Voss, the late president") only if past (the
// description says so too: "the former governor"); one made another office by a word
// before it ("Vice President Tomas Reyl", "Prime Minister Ana Voss"; see secondOffices)
// only if second is that word (the description has it too: "the vice president"), and
// second only so, but that a description without such a word is held by chief and
// associate titles too (see sameOffice).
func (s *segmenter) hasTitle(m mention, role string, past bool, second string) bool {
	for _, r := range [2][2]int{{m.tFrom, m.tTo}, {m.aFrom, m.aTo}} {
		for k := r[0]; k >= 0 && k < r[1]; k++ {
			if Role(s.word(k)) == role && (past || !s.pastOfficeBefore(k)) && sameOffice(s.secondOfficeBefore(k), second) {
				return true
			}
		}
	}
	return false
}

// secondOfficeBefore returns the word right before the title at token k that makes it
// another office (see secondOffices: "vice" of "Vice President Tomas Reyl", who is no
// president), or "".
func (s *segmenter) secondOfficeBefore(k int) string {
	if k == 0 || s.toks[k-1].sentence != s.toks[k].sentence || strings.TrimSpace(s.text[s.toks[k-1].end:s.toks[k].start]) != "" {
		return ""
	}
	if w := s.lowerWord(k - 1); secondOffices[w] {
		return w
	}
	return ""
}

// sameOffice reports whether a title with the word title before it (see
// secondOfficeBefore) holds the office of a description with the word desc before its
// head: the same word, or, for a description without one, none or "chief" or "associate"
// ("Chief Justice Ana Voss" and "Associate Justice Ana Voss" are "the justice"; "the
// chief justice" is no associate's).
func sameOffice(title, desc string) bool {
	return title == desc || desc == "" && (title == "chief" || title == "associate")
}

// secondOffices make the title after them another office, below it or beside it ("Vice
// President", "Deputy Minister", "Prime Minister", "Assistant Secretary", "Chief
// Justice"), written for framediff; a past office is pastOffice's.
var secondOffices = wordSet("vice deputy prime chief assistant associate")

// pastOfficeBefore reports whether a word that puts an office in the past ("former",
// "late") stands before the title or role at token k in its phrase, up to three words
// back and not before a determiner: "former Gov. Ivo Marek", "the former Valdoran
// president".
func (s *segmenter) pastOfficeBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && s.toks[j].clause == s.toks[k].clause; j-- {
		if pastOffice[s.lowerWord(j)] {
			return true
		}
		if s.toks[j].flags&ClassDet != 0 {
			break
		}
	}
	return false
}

// pastOffice are the words that put an office in the past: "the former South African
// president" is not "the president".
var pastOffice = map[string]bool{"former": true, "late": true, "onetime": true, "ex": true, "erstwhile": true}

// isNameJoiner reports whether a lower-case word may join the words of a name.
func isNameJoiner(w string) bool {
	switch strings.ToLower(w) {
	case "of", "for", "de", "van", "von", "al", "bin", "the", "and", "la", "del":
		return true
	}
	return false
}

// modalSurnames makes names of the months and modal verbs that are a person's surname
// ("Clara May", "Peter Will", "Prime Minister May"): written capitalized right after a
// known given name or a title in the same clause ("Late May" is a time; in a headline,
// after a title or a given name whose gender is known only: "Varga Will Win"), and not
// before a number ("Friday May 5" is a date). The same word, capitalized, later stands
// for that person where a reporting verb is on either side of it ("“…,” May said", "said
// May"). Other auxiliaries ("Also", "Is", "Then") are no surnames.
func (s *segmenter) modalSurnames() {
	const modal = ClassMonth | ClassAux
	var surnames map[string]bool
	numberAfter := func(k int) bool {
		return k+1 < len(s.toks) && s.toks[k+1].sentence == s.toks[k].sentence && s.word(k + 1)[0] >= '0' && s.word(k + 1)[0] <= '9'
	}
	for k := 1; k < len(s.toks); k++ {
		t, p := &s.toks[k], &s.toks[k-1]
		// The cheap token tests come before the word lookups: most capitalized words follow no
		// capitalized word, and a word with neither class has none to lose (every modal but
		// "shall" is an auxiliary, and "shall" has no class to lose).
		if !t.cap || !p.cap || t.flags&modal == 0 || t.heading || p.sentence != t.sentence || p.clause != t.clause || p.heading ||
			t.flags&ClassMonth == 0 && (!modalInitial(s.word(k)) || !modals[s.lowerWord(k)]) || numberAfter(k) || p.flags&(ClassTitle|ClassRole) == 0 && !IsGivenName(s.word(k-1)) ||
			s.inTitleCase(k) && p.flags&ClassTitle == 0 && genderOfName(s.lowerWord(k-1)) == genderUnknown {
			continue
		}
		t.flags &^= modal
		if surnames == nil {
			surnames = map[string]bool{}
		}
		surnames[s.word(k)] = true
	}
	if surnames == nil {
		return
	}
	for k := 0; k < len(s.toks); k++ {
		t := &s.toks[k]
		if !t.cap || t.flags&modal == 0 || !surnames[s.word(k)] || s.inTitleCase(k) || numberAfter(k) {
			continue
		}
		next := k+1 < len(s.toks) && s.toks[k+1].clause == t.clause && s.toks[k+1].flags&(ClassVerb|ClassThink) != 0
		prev := k > 0 && s.toks[k-1].clause == t.clause && s.toks[k-1].flags&ClassVerb != 0
		if next || prev {
			t.flags &^= modal
		}
	}
}

// modalInitial reports whether w may lowercase to one of modals: false only for a word
// that begins with an ASCII byte other than c, m, s or w in either case (a word that
// begins with any other byte may: the Kelvin sign lowercases to "k").
func modalInitial(w string) bool {
	if w == "" || w[0] >= utf8.RuneSelf {
		return true
	}
	switch w[0] | 0x20 {
	case 'c', 'm', 's', 'w':
		return true
	}
	return false
}

// placeName reports whether a name (as written, a leading "the" and a possessive
// allowed) names a place rather than a person: a country, a region, a US state or a city
// of the news ("China", "Hong Kong", "the West Bank"), or two words or more ending in a
// word for a kind of place whose first word is no known given name ("Valdora City",
// "Lamar County", "Soloria Island"). Many are persons' names too ("Jordan", "Georgia"):
// a pronoun for a person stands for a listed place only when no other name fits (see
// antecedentOf). The lists are English.
func placeName(name string) bool {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	// As the words of strings.ToLower(name), looked up lowered and joined on the stack: it
	// is asked for many names of every text.
	var arr [8]string
	words := appendFields(arr[:0], name)
	var b32 [32]byte
	if len(words) > 1 && string(lowerInto(&b32, words[0])) == "the" {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	var buf [64]byte
	joined := buf[:0]
	for i, w := range words {
		if i > 0 {
			joined = append(joined, ' ')
		}
		joined = appendLower(joined, w)
	}
	if places[string(joined)] {
		return true
	}
	return len(words) >= 2 && lowerIn(placeKinds, words[len(words)-1]) && !IsGivenName(words[0])
}

// places are the countries, regions, US states and cities that English-language news
// names most, lowercased, written for framediff from general knowledge (a name of two
// words or more is matched whole: "Paris Hilton" is no place).
var places = placeSet("afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan "+
	"bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei "+
	"bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia "+
	"denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia "+
	"georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia "+
	"iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos "+
	"latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives "+
	"mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique "+
	"myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria norway oman pakistan palau "+
	"palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia "+
	"seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan "+
	"tajikistan tanzania thailand togo tonga tunisia turkey türkiye turkmenistan tuvalu uganda ukraine uruguay "+
	"uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe britain england scotland wales america "+
	"europe africa asia tibet xinjiang crimea donbas donbass gaza kashmir catalonia macau macao "+
	"alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois "+
	"indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri "+
	"montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington "+
	"wisconsin wyoming "+
	"beijing shanghai shenzhen guangzhou wuhan tokyo seoul pyongyang taipei moscow kyiv kiev kharkiv mariupol "+
	"odesa odessa lviv kherson donetsk luhansk london paris berlin rome madrid brussels vienna warsaw prague "+
	"budapest athens ankara istanbul tehran baghdad damascus beirut jerusalem cairo riyadh doha dubai kabul "+
	"islamabad karachi delhi mumbai dhaka bangkok hanoi manila jakarta sydney canberra ottawa toronto montreal "+
	"chicago boston houston dallas miami atlanta seattle denver philadelphia baltimore detroit geneva davos minsk "+
	"tbilisi yerevan baku caracas havana bogota nairobi lagos johannesburg khartoum tripoli tunis algiers",
	// names of two words or more, separated by commas
	"hong kong, new york, new jersey, new mexico, new hampshire, new zealand, new delhi, north korea,"+
		"south korea, south africa, south sudan, saudi arabia, united states, united kingdom, united arab emirates, sri lanka,"+
		"costa rica, puerto rico, el salvador, east timor, ivory coast, czech republic, dominican republic, sierra leone,"+
		"burkina faso, north macedonia, great britain, northern ireland, middle east, latin america, north america, south america,"+
		"west bank, gaza strip, los angeles, san francisco, san diego, san antonio, las vegas, new orleans,"+
		"des moines, salt lake city, st. louis, tel aviv, abu dhabi, kuala lumpur, buenos aires, rio de janeiro,"+
		"sao paulo, mexico city, cape town, south carolina, north carolina, north dakota, south dakota, west virginia,"+
		"rhode island, inner mongolia, washington d.c.")

// placeSet returns the set of the words of one (space-separated) and the names of
// another (comma-separated).
func placeSet(words, names string) map[string]bool {
	m := wordSet(words)
	for _, n := range strings.Split(names, ",") {
		if n = strings.TrimSpace(n); n != "" {
			m[n] = true
		}
	}
	return m
}

// placeKinds are the words for a kind of place that end a place's name ("Valdora City",
// "Lamar County"), none a common surname ("Wei Kong", "Adaeze Street", "Chinedu Bay"
// are persons).
var placeKinds = wordSet("city county province island islands valley river mountains beach coast strait " +
	"peninsula district region territory territories oblast prefecture square avenue heights airport " +
	"republic kingdom emirates")

// Honorifics of other languages than English that English-language news keeps before a
// name ("Daw Aung San Suu Kyi", "U Thein Sein", "Tan Sri Rafidah Aziz"): courtesy words,
// not part of the name, left out of a canonical name as "Mr." and "Mrs." are (see
// honorificAt and coreName). "U" is one only before a Burmese name (see
// burmeseSyllables), and one of Europe not before a business's name (see
// brandPossessive). Burmese (daw, u), Malay (datuk, dato, dato', datin, tun, haji, and the
// two-word "tan sri", "datuk seri", "dato' sri", "toh puan"), Arabic (sheikh, sheik,
// shaikh, sayyid not: it is a given name too), South Asian (shri, shrimati, smt; not "sri",
// which opens "Sri Lanka"), French, German, Spanish and Italian (monsieur, madame, mme,
// herr, frau, señor, señora, signor, signora). Words that are given names or surnames as
// well ("Don", "Ma", "Ko") are not listed. Written for framediff from general knowledge.
var honorifics = wordSet("daw u datuk dato dato' dato’ datin tun haji hajji sheikh sheik shaikh shri " +
	"shrimati smt monsieur madame mme herr frau señor senor señora senora signor signora")

// honorifics2 are the honorifics of two words (see honorifics), lowercased, joined by a space.
var honorifics2 = map[string]bool{"tan sri": true, "datuk seri": true, "dato' sri": true, "dato’ sri": true,
	"dato seri": true, "toh puan": true}

// honorifics2Initials holds the first bytes of honorifics2, so that most words are turned
// down without being lowered and looked up.
var honorifics2Initials = func() (m [256]bool) {
	for h := range honorifics2 {
		m[h[0]] = true
	}
	return m
}()

// honorificGender is the gender an honorific tells, where it tells one.
var honorificGender = map[string]int{"daw": genderFemale, "u": genderMale, "datin": genderFemale,
	"toh puan": genderFemale, "monsieur": genderMale, "madame": genderFemale, "mme": genderFemale,
	"herr": genderMale, "frau": genderFemale, "señor": genderMale, "senor": genderMale, "señora": genderFemale,
	"senora": genderFemale, "signor": genderMale, "signora": genderFemale}

// honorificAt returns how many words of words, from i, are an honorific followed by a
// name (a capitalized word, or one with an Arabic article: "Sheik al-Tayeb"): 0, 1 or 2.
// "U" counts only as the single capital letter, not as the initial "U.".
func honorificAt(words []string, i int) int {
	name := func(j int) bool {
		return j < len(words) && (scan.IsCapitalized(words[j]) || arabicArticle(words[j]) != "")
	}
	if i+2 < len(words) && (words[i] == "" || words[i][0] >= utf8.RuneSelf || honorifics2Initials[lowerByte(words[i][0])]) {
		// The two words lowered and joined on the stack: it is asked for every word of
		// every name.
		var buf [64]byte
		two := append(appendLower(buf[:0], words[i]), ' ')
		if honorifics2[string(appendLower(two, words[i+1]))] && name(i+2) {
			return 2
		}
	}
	w := words[i]
	if w == "u" || !lowerIn(honorifics, strings.TrimSuffix(w, ".")) || w == "U." {
		return 0
	}
	if !name(i + 1) {
		return 0
	}
	if w == "U" && !lowerIn(burmeseSyllables, words[i+1]) {
		return 0 // "U Street", "U Mobile", "U Sports": a letter that opens a name
	}
	if next := words[i+1]; w != "U" && (i+2 >= len(words) || !name(i+2)) && brandPossessive(next) {
		return 0 // "Madame Tussauds": a business named for its founder
	}
	return 1
}

// burmeseSyllables are the commonest syllables of Burmese names as English writes them:
// the Burmese "U" is an honorific only before one ("U Thein Sein", "U Win Tin"), so that
// "U" opening another name ("U Street", "U Mobile", "U Sports") stays. Written for
// framediff from general knowledge.
var burmeseSyllables = wordSet("aung ba bo chit han hla hlaing htay htein htet htin htun htoo hsan khin " +
	"kyaw kyi lay lin lwin maung min mya myat myint myo naing nay ne ni nu nyan nyein nyi nyo nyunt oo " +
	"pe phyo pyae saw sein shwe sit soe swe than thant thaung thein thet thi thu thura tin tint tun " +
	"wai win wunna ye yin zaw zeya zin")

// brandPossessive reports whether w, the one word after an honorific of Europe ("Madame
// Tussauds"), has the form of a business named for its founder, a surname with the
// possessive's "s" and no apostrophe: a consonant, then "s". Surnames that end in a vowel
// and "s" ("Dubois", "Thomas", "Georges") are persons; the rare surname that ends in a
// consonant and "s" is taken for a business, an ambiguity the form cannot settle.
func brandPossessive(w string) bool {
	lw := strings.ToLower(w)
	if len(lw) < 3 || lw[len(lw)-1] != 's' {
		return false
	}
	return !strings.ContainsRune("aeiouys", rune(lw[len(lw)-2]))
}

// arabicArticle returns the name of a word that opens with the Arabic article, as English
// news writes it ("el-Sisi", "al-Assad", "Al-Maliki"; the sun letters' forms "ad-", "as-",
// "ash-", "at-", "az-", "an-", "ar-" too): "Sisi", "Assad", "Maliki"; "" for any other word.
// "Mr. Assad" after "Bashar al-Assad" is one person.
func arabicArticle(w string) string {
	a, rest, ok := strings.Cut(w, "-")
	if !ok || !scan.IsCapitalized(rest) || strings.Contains(rest, "-") {
		return ""
	}
	switch a {
	case "al", "el", "Al", "El", "ad", "as", "ash", "at", "az", "an", "ar":
		return rest
	}
	return ""
}
