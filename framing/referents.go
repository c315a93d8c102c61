package framing

// Referents: the names two sides mention, found as units, their variants grouped.
//
// Rules, in the order the name finder applies them to a document's tokens (as
// framing/voices scans them, with their word classes):
//
//   - A name is a run of capitalized words in one clause with only white space between
//     them, or the period of an initial or an abbreviated title ("Donald J. Trump", "Mr.
//     Xi"); quotation marks, possessives and other punctuation end it, except the
//     possessive of a plural for a group of people after another word of the name
//     ("National People's Congress" is one name; "China's Congress" is two, and so is
//     "People's Daily", whose possessive opens it). A word in capitals
//     (two to six capital letters, periods aside) in a sentence with lower-case words is a
//     name word, not the function word it spells: "US" is not "us", "WHO" not "who".
//     A run all in capitals with a longer word ("NO SURRENDER") is emphasis, not a name.
//     Sentences written in title case (headlines: every word capitalized but
//     determiners, prepositions, conjunctions, "vs." and numbers, or nine in ten of them
//     in a sentence of ten or more) are skipped: their capitals say nothing about names.
//     A sentence of names with its verb in lower case ("Soloria, Ana Ruiz and Ivo Marek
//     met in Halden.", "Ana Ruiz is now in Halden.") is no headline.
//   - Inside a name, lower-case particles stand between its capitalized words ("Bill de
//     Blasio", "Rio de Janeiro", "Ursula von der Leyen", "Mohammed bin Salman": one or two
//     of "de", "da", "van", "von", "der", "bin", "al" and the like, "la" and "le" only
//     second), and a word with the Arabic article in lower case before a capital is a
//     name's word ("Abdel Fattah el-Sisi"). An institution's name goes on over "of" or
//     "for" (and a "the") and the capitalized words after it, up to a title or a person's
//     given name before another capitalized word ("Bank of Halden Governor Ana Ruiz" is
//     "Bank of Halden" and "Ana Ruiz"), when the word before is an institution's ("for"
//     after fewer: "Center for Tidal Research", not "Congress for Ruritania") ("Bank of Halden", "House of Commons", "Council of Europe",
//     "Parliamentary Assembly of the Council of Europe", "Center for Tidal Research"; not
//     "Friends of Ana Varga", nor "Ministry of X", "Department of X" and "Office of X",
//     which English writes "X Ministry" as well): those words are then no name of their
//     own ("Halden"). It does not when "and" and a capitalized word follow, which may go
//     on with the name or name another ("Bank of Halden and Ana Ruiz"), nor when the
//     words after "of" name a country ("Communist Party of China" stays "Communist Party"
//     and "China": each is mentioned apart as well, "Democratic Party of Japan" is no
//     "Democratic Party", and "Republic of Belarus" is Belarus).
//   - The dateline that opens a text ("HONG KONG —", "HATAY, Turkey —") names where the
//     story was filed, not what it is about: its names are left out.
//   - Function words that open a sentence ("The", "In", "But") are left out of the run,
//     and so are months, weekdays and other time words, which end it ("Come July" is not
//     a name, nor is "June").
//   - A run with a capitalized function word inside it (a pronoun, determiner,
//     preposition or auxiliary: "Bring Me My Machine Gun", "Gone With the Wind") is the
//     title of a work, not a name; a run that opens with a capital letter and a hyphen is
//     a lawmaker's party and state ("R-Va."); a one-word name made an adjective by a
//     hyphen and a lower-case word ("Western-style", "Kremlin-backed") is no name (a longer
//     run that ends in one, "Hong Kong-based", is still read whole).
//   - Titles and roles before the name are its title, not its name: "President Xi
//     Jinping" is "Xi Jinping" with the title "President", "Russian President Vladimir
//     Putin" is "Vladimir Putin"; a run that ends with a title ("Prime Minister") or an
//     organization's word after one ("Justice Department") keeps its words. An office
//     written with a capitalized title, "of" and capitalized words ("Secretary of Harbors
//     Peter Darnell", "Prime Minister of Soloria Ana Krel", "Chairman of the Board of
//     Halden Ports Ana Ruiz") is the title of the person named after it: the words after
//     "of" are a name of their own ("Soloria"), and the person's name starts at the
//     first known given name after their first word that leaves two words or more, none
//     an organization's. A run with no such given name is left whole ("Governor of Santa
//     Barbara", "President of West Virginia University"), and so is a run after a title
//     in lower case ("the director of the Halden Anna Gallery" describes someone named
//     elsewhere); a name that does not open with a title ("Bank of England") is no office.
//   - A single letter ("Q:"), a generational suffix ("Jr.") or initials in everyday use as
//     a common noun ("TV", "ID", "GDP") written alone is no name.
//   - A single word that opens its sentence is counted for a name only when the same word
//     is a name elsewhere (capitalized inside a sentence more often than it is written in
//     lower case there): "Trump said" counts, "Analysts said" and "Come" do not. A single
//     word right before or after a number is a date ("March 5", "May 2014"), and so is
//     "March" alone without a title ("in March"; "Judge March" and "Ana March" are
//     names), a month the word classes leave out for the verb it spells.
//   - A name right before a lower-case word of its clause modifies it ("North Korean
//     leader", "Chinese government"): a name that looks like a nationality (ending in
//     -an, -ian, -ean, -ese, -ish, -i) and is mostly used so is not a referent.
//
// Variants are grouped: forms that differ only in hyphens, periods or the accents of
// Latin letters are one ("Kim Jong Un", "Kim Jong-un"; "Élodie Marek", "Elodie Marek"),
// and so are forms that differ in case, or in spaces when the word run together shows
// where its words part or the words apart have a tenth of its mentions or more ("Port
// Elara", "Portelara", "PortElara"; not "Veldara" and a "Vel Dara" written under a tenth
// as often), but initials in capitals and a word of two or three letters are two ("MA",
// "Mr. Ma"); so are forms whose words differ only as transliterations from Russian and
// Ukrainian differ, in words of five letters or more: a final "iy", "yy", "ii" or "yi"
// after a consonant and a final "y" ("Zelenskiy", "Zelenskyy", "Zelensky"); a doubled
// letter tells names apart in many languages ("Kiril", "Kirill"), and other pairs
// ("Kiev", "Kyiv"; "Donbas", "Donbass") are for the caller to list (see
// [FindVariants]). A form with middle initials and one without are one ("Donald Trump",
// "Donald J. Trump") unless two forms have different ones ("George H. W. Bush" or
// "George H.W. Bush", "George W. Bush": two people, and "George Bush" joins neither),
// and so are a known given name with a surname and the one name of three or four words
// that opens and ends with them, shown by the two words ("Hillary Clinton", "Hillary
// Rodham Clinton"; beside two such names, the two words join neither). A
// single word that a title or honorific stands before in at least one in ten of its
// mentions ("Mr. Xi", "President Xi": a person's surname; titles that stand before given
// names, "King John", do not count) joins the most mentioned name of two to four words,
// none of them an organization's word, whose first or last word it is, when a title
// stands before one in ten of their mentions together (a person's name: "Mr. Hong" does
// not join "Hong Kong"); a surname two people share ("Lena Varga", "Ivo Varga") joins
// the more mentioned; a known given name so titled joins only a name the documents link
// it to as they link a surname (below: "Senator Paul" and "Rand Paul", not "Senator John"
// and "Elton John" or "John Kerry"; an East Asian surname, "Kim", is no given name here):
// "Xi", "President Xi" and "Xi Jinping" are one referent, and so are
// "Trump" and "Donald Trump"; "China" does not join "China Daily", nor "Korea" "North
// Korea", nor "West" (once "Mr. West") "Royce West". Without a title, a single word joins
// the most mentioned such name whose last word it is and that is a person's (its first
// word a known given name, [voices.IsGivenName], or a title before one in ten of its
// mentions, "Chancellor Olvar Kessin"; an office written as a title, "of" and a
// capitalized word, "Secretary of State Ana Ruiz", is such a title), when that name has a
// tenth of the word's mentions or more and the documents link the two as they link
// initials (below): headlines write "Putin" alone more than "President Putin", and
// "Putin" joins "Vladimir Putin"; "Washington" does not join a "George Washington"
// written a hundred times less, nor "Corvan" "North Corvan", nor "Jordan", the country,
// a "Michael Jordan" other documents write, nor a word written after "in" or another
// preposition of place in one mention in twenty or more and twice at least, a place ("in
// Georgia"; "in Putin's" is no such mention), a "Senator Olvar Georgia". A word in capitals joins a
// name of two to six words whose initials it spells, each word a capital and lower-case
// letters, when the documents link them: a document writes one in parentheses right
// after the other ("Progress League Council (PLC)"), or one in ten of the documents that
// write the initials, and at least two, also write the name (one, when it is the only
// document that writes them); never a person's name (a title before it in one in ten of its
// mentions). "US", "U.S." and "United States" are one referent, and so are "PLC" and
// "Progress League Council"; "TV" does not join "Mayor Tomas Varga", nor "Tomo Valley"
// written beside it in one article of many, nor "UK" a name that happens to have its
// initials, never written beside it. Initials that spell two such names go to the one
// written beside them in more documents, then the more mentioned. The plural of a name's
// adjective of nationality, written as a name ("Americans", "Russians", "North
// Koreans"), joins the most mentioned name whose adjective it is ("United States",
// "Russia", "North Korea"), as Labels counts it among the country's mentions. The names
// of one country in the countries' table that JoinSpeakerNames uses ("UK", "U.K.",
// "United Kingdom" and "Britain"; "America" and "United States") are one referent, shown
// by the table's first name whether or not the texts write it ("Britain", "United
// States"), and Labels counts each of them as a mention of it (not "America" of "Latin
// America" or of "Bank of America").

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
	"golang.org/x/text/unicode/norm"
)

// Word classes that never belong to a name, capitalized or not.
const (
	// classFunction is a function word: inside a capitalized run it makes the run a title
	// of a work; opening one, it is left out.
	classFunction = voices.ClassDet | voices.ClassPrep | voices.ClassConj | voices.ClassAux | voices.ClassThat |
		voices.ClassWho | voices.ClassSubject | voices.ClassHe | voices.ClassShe | voices.ClassThey | voices.ClassIt |
		voices.ClassI | voices.ClassNeg | voices.ClassFunc | voices.ClassPast | voices.ClassReflexive | voices.ClassAccording
	// classTimeWord is a month, weekday or other time word: it ends a name.
	classTimeWord = voices.ClassMonth | voices.ClassTime
	// classTitle is a title or role before a name.
	classTitle = voices.ClassTitle | voices.ClassRole
)

// honorifics are titles that are part of how a person is named, not a description of
// them: "Mr. Kim" is Kim by name.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "sir": true,
	"dame": true, "lord": true, "lady": true, "madam": true, "madame": true, "monsieur": true, "herr": true, "frau": true}

// givenNameTitles stand before a given name, not a surname ("King John", "Pope Francis"):
// a word after them is no evidence of a surname.
var givenNameTitles = map[string]bool{"king": true, "queen": true, "prince": true, "princess": true, "pope": true,
	"sheikh": true, "father": true, "sir": true, "dame": true, "lord": true, "lady": true, "emperor": true,
	"empress": true, "sister": true, "brother": true, "saint": true, "st": true}

// generational suffixes of names
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// A nameRun is a name in a document's tokens: the title words before it [title, from)
// and the name proper [from, to).
type nameRun struct {
	title, from, to int
	initial         bool // a single word opening its sentence
	date            bool // a single word beside a number
	modifier        bool // right before a lower-case word of its clause
}

// tagged is a document's tokens with their word classes (see [voices.Scan]).
type tagged struct {
	text string
	toks []voices.Token
}

func (s *tagged) word(k int) string { return s.text[s.toks[k].Start:s.toks[k].End] }

// span returns the text of tokens [from, to), runs of space made one.
func (s *tagged) span(from, to int) string {
	return strings.Join(strings.Fields(s.text[s.toks[from].Start:s.toks[to-1].End]), " ")
}

// gap returns the text between tokens k and k+1.
func (s *tagged) gap(k int) string { return s.text[s.toks[k].End:s.toks[k+1].Start] }

// joined reports whether tokens k and k+1 stand together in a name: one clause, only white
// space between them, or the period of an initial or an abbreviation ("J.", "Mr."), or the
// possessive of a plural for a group of people inside the name (see groupPossessors).
func (s *tagged) joined(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k+1].Clause != s.toks[k].Clause {
		return false
	}
	g := s.gap(k)
	if s.toks[k].Poss {
		// A possessive joins a name only as the plural of a group of people inside it
		// ("National People's Congress", "Workers' Party"): "China's Congress" is two.
		if k == 0 || !s.toks[k+1].Cap || !groupPossessors[strings.ToLower(s.word(k))] || !s.joined(k-1) {
			return false
		}
		for _, p := range []string{"'s", "’s", "'", "’"} {
			if rest, ok := strings.CutPrefix(g, p); ok {
				g = rest
				break
			}
		}
	}
	if g == "" {
		return false
	}
	if g[0] == '.' {
		w := s.word(k)
		if utf8.RuneCountInString(w) > 1 && !honorifics[strings.ToLower(w)] && s.toks[k].Class&classTitle == 0 {
			return false
		}
		g = g[1:]
	}
	if g == "" {
		return false
	}
	for _, r := range g {
		if r != ' ' && r != '\u00a0' && r != '\n' && r != '\t' {
			return false
		}
	}
	return !strings.Contains(g, "\n\n")
}

// groupPossessors are the plurals of groups of people that stand in the possessive inside
// an institution's name, after another of its words: "National People's Congress",
// "National Farmers' Union".
var groupPossessors = map[string]bool{"people": true, "peoples": true, "workers": true, "women": true, "men": true,
	"children": true, "citizens": true, "farmers": true, "veterans": true, "nations": true, "peasants": true,
	"soldiers": true, "teachers": true, "students": true, "lawyers": true, "journalists": true}

// scanDoc returns d's tokens with their word classes, in d's language.
func (an *Analyzer) scanDoc(d *corpus.Document, toks []voices.Token) (*tagged, error) {
	lang, err := an.resolved(d.Language)
	if err != nil {
		return nil, err
	}
	s := &tagged{text: d.Text, toks: voices.Scan(d.Text, voices.LangOf(lang.name), toks[:0])}
	// A word in capitals in a sentence that has lower-case words is a name ("US" is not
	// "us", "WHO" not "who", "IS" not "is"); in a sentence written in capitals it is a word.
	for k := 0; k < len(s.toks); {
		end := k
		lowerCase := false
		for ; end < len(s.toks) && s.toks[end].Sentence == s.toks[k].Sentence; end++ {
			if !lowerCase && strings.ContainsFunc(s.word(end), unicode.IsLower) {
				lowerCase = true
			}
		}
		for ; lowerCase && k < end; k++ {
			if s.toks[k].Class&classFunction != 0 && acronym(s.word(k)) {
				s.toks[k].Class &^= classFunction
			}
		}
		k = end
	}
	return s, nil
}

// shouted reports whether a name is written wholly in capitals and has a word too long for
// initials (more than six letters: "NO COLLUSION"): words set in capitals for emphasis.
func shouted(key string) bool {
	long := false
	for _, w := range strings.Fields(key) {
		if strings.ContainsFunc(w, unicode.IsLower) {
			return false
		}
		long = long || utf8.RuneCountInString(w) > 6
	}
	return long
}

// acronym reports whether a word is written in capitals, periods aside: two to six
// capital letters ("US", "U.S", "PLC", "NATO").
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// compoundAdjective reports whether w is a name joined by a hyphen to a lower-case
// word that makes it an adjective (compoundEnds: "Western-style", "Kremlin-backed",
// "Russian-speaking"), as news writes them before a noun.
func compoundAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && compoundEnds[w[i+1:]]
}

// compoundEnds are the lower-case words that make an adjective of the name a hyphen joins
// them to. Written for framediff. Read only.
var compoundEnds = map[string]bool{"style": true, "backed": true, "led": true, "based": true, "born": true,
	"made": true, "owned": true, "run": true, "controlled": true, "funded": true, "friendly": true, "linked": true,
	"aligned": true, "speaking": true, "era": true, "type": true, "like": true, "held": true, "occupied": true,
	"leaning": true, "centric": true, "brokered": true, "sponsored": true, "allied": true, "oriented": true}

// initials returns the initials of a name of two to six words, each a capital letter and
// then lower-case letters ("US" for "United States", "PLC" for "Progress League
// Council"; none for "U S" or "IAEA Chief"), or "".
func initials(words []string) string {
	if len(words) < 2 || len(words) > 6 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || !strings.ContainsFunc(w[n:], unicode.IsLower) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nameFinder finds the names of documents, one at a time, reusing its memory.
type nameFinder struct {
	titleCase map[int]bool
	runs      []nameRun
	work      int // steps taken, for the tests of linear work
}

// find returns the name runs of s, in text order (valid until the next call).
func (f *nameFinder) find(s *tagged) []nameRun {
	f.runs = f.runs[:0]
	f.markTitleCase(s)
	toks := s.toks
	dateline := datelineEnd(s.text)
	for i := 0; i < len(toks); {
		f.work++
		t := toks[i]
		if !nameCap(s, i) || f.titleCase[t.Sentence] || t.Start < dateline {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			f.work++
			if nameCap(s, j) && s.joined(j-1) && toks[j].Class&classTimeWord == 0 {
				j++
			} else if n := particles(s, j); n > 0 {
				j += n + 1 // "Bill de Blasio", "Ursula von der Leyen"
			} else {
				break
			}
		}
		from := i
		next := j
		// Leave out the function words and time words that open the run.
		for from < j && toks[from].Class&(classFunction|classTimeWord|voices.ClassVerb|voices.ClassThink) != 0 &&
			toks[from].Class&(classTitle|voices.ClassOrg) == 0 {
			from++
		}
		whole := from == i // no word left out before the run
		i = next
		if from == j {
			continue
		}
		work := false
		for k := from + 1; k < j; k++ {
			if toks[k].Class&classFunction != 0 && toks[k].Class&(classTitle|voices.ClassOrg) == 0 {
				work = true
			}
		}
		if work {
			continue // the title of a work
		}
		if w := s.word(from); len(w) > 2 && w[1] == '-' && w[0] >= 'A' && w[0] <= 'Z' {
			continue // a party and state after a lawmaker's name: "R-Va.", "D-Calif."
		}
		if j == from+1 && compoundAdjective(s.word(from)) {
			continue // "Western-style", "Kremlin-backed": an adjective made of a name, no name
		}
		r := nameRun{title: from, from: from, to: j}
		// Titles before the name: up to the last title or role that has a name after it,
		// unless the run ends with an organization's word ("Justice Department").
		if toks[j-1].Class&voices.ClassOrg == 0 {
			for k := j - 2; k >= from; k-- {
				if toks[k].Class&classTitle != 0 && toks[k].Class&voices.ClassOrg == 0 {
					r.from = k + 1
					break
				}
			}
		}
		if toks[r.to-1].Class&classTitle != 0 && toks[r.to-1].Class&voices.ClassOrg == 0 {
			continue // only a title: "Prime Minister", "the President"
		}
		if r.title == r.from && whole {
			// An office written "<title> of <capitalized words>" before a person's name
			// ("Secretary of Harbors Peter Darnell"): the words after "of" name the office's
			// place or body, a name of their own; the person's name is the rest.
			if p := personAfterOffice(s, from, j); p > from {
				f.runs = append(f.runs, nameRun{title: from, from: from, to: p})
				r.title, r.from = p-1, p
			}
		}
		if e := institutionOf(s, r.to); e > r.to {
			r.to, i = e, max(i, e) // "Bank of England", "Center for Policy Studies"
		}
		if r.to-r.from == 1 && notAName(s.word(r.from)) {
			continue // "Q:", "TV", "Jr."
		}
		if r.to-r.from == 1 {
			r.initial = r.from == 0 || toks[r.from-1].Sentence != toks[r.from].Sentence
			r.date = r.from > 0 && isNumber(s.word(r.from-1)) || r.to < len(toks) && isNumber(s.word(r.to)) && toks[r.to].Clause == toks[r.to-1].Clause ||
				r.title == r.from && lower(s, r.from) == "march"
		}
		if r.to < len(toks) && s.joined(r.to-1) && !toks[r.to].Cap && toks[r.to].Class&(classFunction|voices.ClassVerb|voices.ClassThink|voices.ClassNaming) == 0 &&
			!isNumber(s.word(r.to)) {
			r.modifier = true
		}
		f.runs = append(f.runs, r)
	}
	return f.runs
}

// notAName reports whether a word written alone as a name names nothing: a single
// letter ("Q:" of an interview, "D" of a party), a generational suffix ("Jr."), or
// initials in everyday use as a common noun or a word (commonInitials: "TV", "ID",
// "OK", "GDP").
func notAName(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	w = strings.ToLower(w)
	return nameSuffixes[w] || commonInitials[strings.ReplaceAll(w, ".", "")]
}

// commonInitials are initials written in capitals that English uses as common nouns or
// words, not as names: a television, an identity card, an economy's output. Read only.
var commonInitials = wordSet(`tv id ok gdp gnp ceo cfo dna iq ufo pc cd dvd sms vip faq diy atm`)

// nameCap reports whether token k can be a word of a name: capitalized, or a word with
// the Arabic article in lower case before a capital ("el-Sisi", "al-Assad").
func nameCap(s *tagged, k int) bool {
	if s.toks[k].Cap {
		return true
	}
	w := s.word(k)
	for _, a := range []string{"al-", "el-"} {
		if rest, ok := strings.CutPrefix(w, a); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// particles returns how many lower-case particles of a name stand at token k, between a
// word of a name before it and a capitalized word after it, all joined (one clause, only
// white space between): one of nameParticles but "la" and "le" ("de", "van", "bin"),
// then at most one more of them ("von der", "de la"), as in "Bill de Blasio", "Rio de
// Janeiro", "Ursula von der Leyen", "Mohammed bin Salman"; or 0.
func particles(s *tagged, k int) int {
	if w := s.word(k); k == 0 || k+1 >= len(s.toks) || !s.joined(k-1) || !nameParticles[w] || w == "la" || w == "le" {
		return 0
	}
	n := 1
	if nameParticles[s.word(k+1)] && s.joined(k) && k+2 < len(s.toks) {
		n = 2
	}
	if e := k + n; !s.joined(e-1) || !s.toks[e].Cap || s.toks[e].Class&classTimeWord != 0 {
		return 0
	}
	return n
}

// institutionOf returns where the name of an institution ends when the name that ends at
// token k-1 is its head and "of" or "for" then capitalized words complete it ("Bank of
// England", "Democratic Republic of Congo", "House of Commons", "Office of the Prosecutor
// General", "Center for Policy Studies"): the head is a word of institutionNameHeads, and
// the words after "of" or "for" (and a "the") are a run of capitalized words that are no
// time word or function word, joined as a name's words are; else k. The words after it
// are then part of this name, not one of their own: "England" in "Bank of England" is
// not a mention of England.
func institutionOf(s *tagged, k int) int {
	if k+1 >= len(s.toks) || !s.joined(k-1) {
		return k
	}
	w := s.word(k)
	if w != "of" && w != "for" {
		return k
	}
	if head := lower(s, k-1); !institutionNameHeads[head] || w == "for" && !forHeads[head] {
		return k
	}
	e := k + 1
	if s.word(e) == "the" && e+1 < len(s.toks) && s.joined(e) {
		e++
	}
	if !s.joined(e - 1) {
		return k
	}
	start := e
	for e < len(s.toks) && (e == start || s.joined(e-1)) {
		if nameCap(s, e) && s.toks[e].Class&(classTimeWord|classFunction|classTitle) == 0 &&
			!(voices.IsGivenName(s.word(e)) && e+1 < len(s.toks) && s.joined(e) && s.toks[e+1].Cap) {
			e++ // not a title ("Bank of Halden Governor Ana Ruiz"), nor a person's given name ("Labour Party of Ana Ruiz")
		} else if n := particles(s, e); e > start && n > 0 {
			e += n + 1 // "University of Rio de Janeiro"
		} else {
			break
		}
	}
	if e == start {
		return k
	}
	if e < len(s.toks)-1 && s.word(e) == "and" && s.joined(e-1) && s.joined(e) && nameCap(s, e+1) {
		// "and" then a capitalized word may go on with the name ("Center for Strategic
		// and International Studies") or name another ("Bank of England and Ana Ruiz"):
		// the words are left as they were found.
		return k
	}
	if _, ok := countryOf(strings.Fields(s.span(start, e))); ok {
		// A name completed by a country is mentioned apart as well, and the country is
		// named: "Communist Party" and "Communist Party of China", "Democratic Party"
		// and "Democratic Party of Japan", "Republic of Belarus"; the finder keeps the
		// two apart.
		return k
	}
	if e2 := institutionOf(s, e); e2 > e {
		return e2 // "Parliamentary Assembly of the Council of Europe"
	}
	return e
}

// institutionNameHeads are the words that end the head of an institution's name that
// "of" or "for" completes ("Bank of …", "University of …", "Council for …"). Read only.
// "Ministry", "Department" and "Office" are none: English writes "Ministry of Defense"
// as "Defense Ministry" too, and the two forms would be two referents.
var institutionNameHeads = wordSet(`republic kingdom emirate university college school academy institute institution
	bank church council court house chamber league union federation assembly congress parliament bureau agency
	commission committee board society association organization organisation museum fund foundation center centre
	party army forces command corps guard service`)

// forHeads are those of them that "for" completes ("Center for Tidal Research", "Agency for
// Harbor Development"; not "Congress for Ruritania", "the House for Ana Ruiz"). Read only.
var forHeads = wordSet(`agency center centre council institute committee commission foundation fund league union
	organization organisation association society party`)

// datelineEnd returns where the dateline of a text ends ("HONG KONG —", "HATAY, Turkey —",
// "SOLORA, May 21 (SNA) —": an opening word in capital letters, then a dash within 80
// bytes), or 0 if it has none. A dateline says where the story was filed; its names are
// no mentions.
func datelineEnd(text string) int {
	t := strings.TrimLeft(text, " \t\r\n")
	skip := len(text) - len(t)
	n := 0
	for n < len(t) && (t[n] >= 'A' && t[n] <= 'Z' || t[n] == '.' || t[n] == '-') {
		n++
	}
	if n < 2 || n < len(t) && t[n] != ' ' && t[n] != ',' && t[n] != '/' {
		return 0 // no word in capitals first
	}
	head := t[:min(len(t), 80)]
	for _, dash := range []string{"—", " – ", " -- "} {
		if k := strings.Index(head, dash); k > 0 {
			return skip + k
		}
	}
	return 0
}

// markTitleCase marks the sentences written in title case (headlines: every word
// capitalized but the small words and numbers, or nine in ten in a long one), whose
// capitals say nothing about names.
func (f *nameFinder) markTitleCase(s *tagged) {
	if f.titleCase == nil {
		f.titleCase = map[int]bool{}
	}
	clear(f.titleCase)
	for k := 0; k < len(s.toks); {
		sent := s.toks[k].Sentence
		n, caps := 0, 0
		for ; k < len(s.toks) && s.toks[k].Sentence == sent; k++ {
			f.work++
			if s.toks[k].Class&(voices.ClassDet|voices.ClassPrep|voices.ClassConj) != 0 || isNumber(s.word(k)) ||
				lower(s, k) == "vs" {
				continue // small words stay lower case in titles; numbers have no case
			}
			n++
			if s.toks[k].Cap {
				caps++
			}
		}
		// All the words left capitalized, or nine in ten of a long sentence: a sentence of
		// names with one verb in lower case ("Soloria met Ana Ruiz in Halden.", "Ana Ruiz is
		// now in Halden.") is no headline (title case capitalizes "Is", "Has", "Be").
		if n >= 4 && (caps == n || n >= 10 && caps*10 >= n*9) {
			f.titleCase[sent] = true
		}
	}
}

// nameWords returns the words of a name as written, for matching: hyphenated words split
// into their parts, each part capitalized ("Jong-un" is "Jong", "Un"), periods dropped,
// middle initials left out ("Donald J. Trump" is "Donald", "Trump").
func nameWords(name string) []string {
	out := writtenWords(name)
	if len(out) > 2 {
		// Middle initials: single letters that neither open nor close the name.
		kept := out[:1]
		for _, w := range out[1 : len(out)-1] {
			if utf8.RuneCountInString(w) > 1 {
				kept = append(kept, w)
			}
		}
		out = append(kept, out[len(out)-1])
	}
	return out
}

// writtenWords returns the words of a name as [nameWords] does, middle initials kept
// ("Donald J. Trump" is "Donald", "J", "Trump"); initials run together inside the name
// are one each ("George H.W. Bush" is "George", "H", "W", "Bush"; "U.S. Army" is "US",
// "Army").
func writtenWords(name string) []string {
	var out []string
	fields := strings.Fields(name)
	for i, w := range fields {
		if i > 0 && i < len(fields)-1 && runInitials(w) {
			for _, r := range w {
				if r != '.' {
					out = append(out, string(unicode.ToUpper(r)))
				}
			}
			continue
		}
		for _, p := range strings.Split(strings.Trim(w, ".,"), "-") {
			p = strings.ReplaceAll(p, ".", "")
			if p == "" {
				continue
			}
			r, n := utf8.DecodeRuneInString(p)
			out = append(out, string(unicode.ToUpper(r))+p[n:])
		}
	}
	return out
}

// runInitials reports whether w is two or more letters, each followed by a period ("H.W.").
func runInitials(w string) bool {
	n := 0
	for _, r := range w {
		if n%2 == 0 {
			if !unicode.IsLetter(r) {
				return false
			}
		} else if r != '.' {
			return false
		}
		n++
	}
	return n >= 4 && n%2 == 0
}

// nameKey is the form by which variants of one name are one: its name words joined,
// middle initials left out.
func nameKey(name string) string { return strings.Join(nameWords(name), " ") }

// A ReferentSuggestion is a name both sides mention: a referent for [Analyzer.Labels].
type ReferentSuggestion struct {
	Name string `json:"name"` // its most used form of two words or more, else its most used form ("Xi Jinping")
	// Key is its last word ("Jinping"). Deprecated: match a referent by Name; Key is kept
	// for programs written for earlier versions.
	Key    string `json:"key"`
	CountA int    `json:"count_a"` // mentions on side A
	CountB int    `json:"count_b"` // mentions on side B
	// RateA and RateB are the mentions per 10,000 words of each side; the suggestions
	// come in the order of the smaller of the two.
	RateA float64 `json:"rate_a"`
	RateB float64 `json:"rate_b"`
	// Forms are the variants of the name the texts use, titles left out ("Xi", "Xi
	// Jinping"), most used first, with their mentions on both sides.
	Forms []Count `json:"forms"`
}

// SuggestReferents proposes referents for [Analyzer.Labels]: the names both sides mention,
// found as units ("Hong Kong", "Xi Jinping") by the rules in this file's opening comment
// (never dates, months, titles of works or words capitalized only because they open a
// sentence), variants grouped ("Xi", "President Xi" and "Xi Jinping" are one; "US" and
// "United States"; "Russia" and "Russians"), that each
// side mentions at least minCount times (0 means 2); most mentioned by both sides first:
// by the smaller of the two sides' mentions per 10,000 words, then by the mentions of both,
// then by name; at most k (0 means 10). A negative minCount or k is an error wrapping
// [ErrOption], as a negative count of [ReferentOptions] or [CollocateOptions] is (there
// is no "all": pass a k as large as wanted).
//
// Only the mentions in the analyzer's voices count ([Analyzer.Voices]), as in
// [Analyzer.Labels], whose mentions of a suggested name are these but for the differences
// its doc lists: Labels also counts a word of the name alone without a title ("Kong" for
// "Hong Kong", which is no group of its own here, nor joined to it) and "the Chinese" for
// China. A single word after a title ("Mr. Hong", a surname) joins a longer name only when
// a title stands before one in ten of their mentions together, as Labels tells a person:
// "Hong" after "Mr." is no mention of Hong Kong; a surname without a title joins a
// person's name it ends (one a known given name opens, or a title stands before in one
// mention in ten), with a tenth of its mentions or more, when the documents link the two
// ("Putin", "Vladimir Putin"; "Kessin", "Chancellor Olvar Kessin"), unless it is written
// after "in" or another preposition of place in one mention in twenty or more and twice
// at least, as a place is ("in Georgia"); and names whose words differ only in the final "iy", "yy",
// "ii" or "yi" of a transliteration from Russian or Ukrainian are one ("Zelenskiy",
// "Zelensky"). The rules are in this file's opening comment.
//
// It reads the documents once, in time linear in their size; the result does not depend
// on their order.
func (an *Analyzer) SuggestReferents(a, b []corpus.Document, minCount, k int) ([]ReferentSuggestion, error) {
	if minCount < 0 || k < 0 {
		return nil, errorf(ErrOption, "SuggestReferents: minCount %d and k %d must be non-negative", minCount, k)
	}
	minCount, k = cmp.Or(minCount, 2), cmp.Or(k, 10)
	var rc referentCounter
	for side, docs := range [][]corpus.Document{a, b} {
		for i := range docs {
			if err := rc.add(an, &docs[i], side); err != nil {
				return nil, err
			}
		}
	}
	return rc.suggest(minCount, k), nil
}

// formTally counts one form of a name.
type formTally struct {
	n        [2]int         // mentions on each side, inside sentences or as one of several words
	initial  [2]int         // single-word mentions opening a sentence
	titled   int            // mentions after a title or honorific
	modifier int            // mentions right before a lower-case word
	place    int            // single-word mentions after a preposition of place ("in Soloria"; see placePreps)
	surfaces map[string]int // as written
}

// referentCounter tallies the names of documents.
type referentCounter struct {
	forms map[string]*formTally // by their written words joined, middle initials kept (see writtenWords)
	// cooc counts the documents in which a word in capitals and a name of several words
	// whose initials it spells are both written: {letters, name key}.
	cooc    map[[2]string]int
	acrDocs map[string]int // documents that write each word in capitals
	// defined counts the places where a word in capitals is written in parentheses right
	// after a name whose initials it spells, or that name in parentheses right after it
	// ("Progress League Council (PLC)"): {letters, name key}.
	defined map[[2]string]int
	docAcr  []string
	docLong []string
	// docSingles are the single-word names of the document being read; surDocs counts
	// the documents that write each single word (unmarked), and surCooc those that write
	// it and a name of several words it ends: {word, name key}.
	docSingles []string
	surDocs    map[string]int
	surCooc    map[[2]string]int
	docRuns    []keyedRun     // the names of the document being read, in text order
	lower      map[string]int // lower-case words inside sentences, by count
	words      [2]int         // tokens per side
	finder     nameFinder
	toks       []voices.Token
	lang       *voices.Lang // of the first document
	seg        voices.Segmenter
	// groupWork counts the steps of grouping and ranking, for the tests of linear work.
	groupWork int
}

func (rc *referentCounter) add(an *Analyzer, d *corpus.Document, side int) error {
	s, err := an.scanDoc(d, rc.toks)
	if err != nil {
		return err
	}
	rc.toks = s.toks
	if rc.forms == nil {
		rc.forms, rc.lower = map[string]*formTally{}, map[string]int{}
		lang, _ := an.resolved(d.Language)
		rc.lang = voices.LangOf(lang.name)
	}
	rc.words[side] += len(s.toks)
	var buf []byte
	for k, t := range s.toks {
		if t.Cap || k == 0 || s.toks[k-1].Sentence != t.Sentence || t.Class&(classFunction|classTimeWord) != 0 {
			continue
		}
		buf = append(buf[:0], s.word(k)...)
		if n, ok := rc.lower[string(buf)]; ok {
			rc.lower[string(buf)] = n + 1
		} else {
			rc.lower[string(buf)] = 1
		}
	}
	rc.docAcr, rc.docLong, rc.docRuns, rc.docSingles = rc.docAcr[:0], rc.docLong[:0], rc.docRuns[:0], rc.docSingles[:0]
	defer rc.countSurnames()
	defer rc.countCooccurrences()
	defer rc.countDefinitions(s)
	var spans []voices.Span
	if an.Voices != AllVoices {
		// Only the mentions in the analyzer's voices count, as in Labels.
		rc.seg.Lang, rc.seg.Want = voices.LangOf(d.Language), an.Voices
		spans = rc.seg.Segment(s.text, s.toks)
	}
	for _, r := range rc.finder.find(s) {
		if r.date || spans != nil && !an.Voices.Has(voiceAt(spans, s.toks[r.from].Start)) {
			continue
		}
		surface := s.span(r.from, r.to)
		key := strings.Join(writtenWords(surface), " ") // middle initials kept: see groups
		if key == "" {
			continue
		}
		if acr := strings.ReplaceAll(key, " ", ""); acronym(acr) {
			rc.docAcr = append(rc.docAcr, acr)
			rc.docRuns = append(rc.docRuns, keyedRun{key: acr, from: r.from, to: r.to})
		} else if initials(strings.Fields(key)) != "" {
			rc.docLong = append(rc.docLong, key)
			rc.docRuns = append(rc.docRuns, keyedRun{key: key, from: r.from, to: r.to})
		} else if !strings.Contains(key, " ") {
			rc.docSingles = append(rc.docSingles, surnameKey(key))
		}
		ft := rc.forms[key]
		if ft == nil {
			ft = &formTally{surfaces: map[string]int{}}
			rc.forms[key] = ft
		}
		if r.initial {
			ft.initial[side]++
		} else {
			ft.n[side]++
		}
		if r.title < r.from && !givenNameTitles[strings.ToLower(s.word(r.from-1))] || officeBefore(s, r.from) {
			ft.titled++
		}
		if r.modifier {
			ft.modifier++
		}
		if r.to-r.from == 1 && r.from > 0 && !s.toks[r.from].Poss && s.joined(r.from-1) && placePreps[lower(s, r.from-1)] {
			ft.place++
		}
		ft.surfaces[surface]++
	}
	return nil
}

// personAfterOffice returns where a person's name starts in the capitalized run [from,
// to) when the run follows an office written as a title and "of" ("Secretary of Harbors
// Peter Darnell", "Minister of Foreign Affairs Anna Vell", "President of the Republic of
// Soloria Ana Ruiz": see officeOf), or from when it does not. The person's name is the
// run's last two words when the first of them is a known given name
// ([voices.IsGivenName]), or its last three when the first is a known given name and the
// second an initial ("Peter K. Darnell"), with a word of the office's place or body before
// it and no organization's word in it: "Harbors" is the office's, "Peter Darnell" the
// person's; "San Marta Peter Darnell" is "San Marta" and "Peter Darnell", whatever given name
// the place's words hold. A run that ends otherwise ("Santa Barbara", "United Arab
// Emirates", "West Virginia University", a person's given name no list knows, a middle
// name) is left whole, for nothing tells where a name would start.
func personAfterOffice(s *tagged, from, to int) int {
	if to-from < 3 || !officeOf(s, from) {
		return from
	}
	start := from
	switch {
	case voices.IsGivenName(s.word(to - 2)):
		start = to - 2
	case to-from >= 4 && voices.IsGivenName(s.word(to-3)) && isInitial(s.word(to-2)):
		start = to - 3
	default:
		return from
	}
	for m := start; m < to; m++ {
		if s.toks[m].Class&voices.ClassOrg != 0 {
			return from // an organization's name: "West Virginia University"
		}
	}
	return start
}

// isInitial reports whether w is a capital letter, with or without a period ("K.", "K").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && (w[n:] == "" || w[n:] == ".") && unicode.IsUpper(r)
}

// officeOf reports whether the capitalized run opening at token from follows an office
// written as a title and "of" in its sentence, with "the" or more such capitalized words
// and "of" between ("Secretary of Harbors", "President of the Republic of Soloria"):
// a title or role, not an organization's word, before the first "of" ("Ministry of
// Defence", "Bank of England" and "University of Lagos" are names, not offices), written
// with a capital as a title before a name is ("the curator of the Ardo Harbor Museum", in
// lower case, describes someone named elsewhere). It steps back over at most eight "of"s
// and the capitalized words between them.
func officeOf(s *tagged, from int) bool {
	toks := s.toks
	k := from - 1
	for steps := 0; steps < 8 && k >= 1; steps++ {
		if toks[k].Cap || !s.joined(k) {
			return false
		}
		if strings.EqualFold(s.word(k), "the") {
			k--
			if toks[k].Cap || !s.joined(k) {
				return false
			}
		}
		if !strings.EqualFold(s.word(k), "of") || k < 1 || !s.joined(k-1) {
			return false
		}
		k--
		if toks[k].Class&classTitle != 0 && toks[k].Class&voices.ClassOrg == 0 {
			return toks[k].Cap
		}
		if !toks[k].Cap {
			return false
		}
		// Capitalized words of a name between two "of"s: go on before them.
		for k >= 1 && toks[k-1].Cap && s.joined(k-1) && steps < 8 {
			k--
			steps++
		}
		k--
	}
	return false
}

// placePreps are the prepositions after which a single word is a place, seldom a person
// ("in Soloria", "across Soloria"; not "to" or "from", which a person follows as often).
var placePreps = map[string]bool{"in": true, "into": true, "across": true, "throughout": true, "inside": true,
	"within": true}

// officeBefore reports whether an office written as a title, "of" and a capitalized word
// stands right before the name opening at token from ("Secretary of State Ana Ruiz",
// "Minister of State Ivo Marn"): the name finder leaves such an office out of the name's
// run, not as its title, when the word after "of" can be a verb ("State").
func officeBefore(s *tagged, from int) bool {
	if from < 3 {
		return false
	}
	toks := s.toks
	office, of, obj := toks[from-3], toks[from-2], toks[from-1]
	return office.Class&classTitle != 0 && office.Class&voices.ClassOrg == 0 && strings.EqualFold(s.word(from-2), "of") && obj.Cap &&
		office.Sentence == toks[from].Sentence && of.Sentence == office.Sentence && s.joined(from-3) && s.joined(from-2) && s.joined(from-1)
}

// A keyedRun is a name of a document, by its key, with its tokens [from, to).
type keyedRun struct {
	key      string
	from, to int
}

// countDefinitions counts, in the document just read, each word in capitals written in
// parentheses right after a name whose initials it spells ("Progress League Council
// (PLC)"), or that name in parentheses right after it ("PLC (Progress League Council)").
func (rc *referentCounter) countDefinitions(s *tagged) {
	for i := 1; i < len(rc.docRuns); i++ {
		rc.groupWork++
		x, y := rc.docRuns[i-1], rc.docRuns[i]
		if x.to != y.from || strings.TrimSpace(s.gap(x.to-1)) != "(" || !strings.HasPrefix(strings.TrimLeft(s.text[s.toks[y.to-1].End:], " "), ")") {
			continue
		}
		acr, long := y.key, x.key
		if acronym(x.key) {
			acr, long = x.key, y.key
		}
		if acronym(acr) && !acronym(long) && initials(strings.Fields(long)) == acr {
			if rc.defined == nil {
				rc.defined = map[[2]string]int{}
			}
			rc.defined[[2]string{acr, long}]++
		}
	}
}

// countCooccurrences counts, once for the document just read, each word in capitals with
// each name of several words whose initials it spells.
func (rc *referentCounter) countCooccurrences() {
	if len(rc.docAcr) == 0 {
		return
	}
	if rc.cooc == nil {
		rc.cooc, rc.acrDocs = map[[2]string]int{}, map[string]int{}
	}
	rc.docAcr, rc.docLong = sortedDistinct(rc.docAcr), sortedDistinct(rc.docLong)
	acrs, longs := rc.docAcr, rc.docLong
	for _, a := range acrs {
		rc.acrDocs[a]++
	}
	for _, l := range longs {
		rc.groupWork++
		if i := initials(strings.Fields(l)); i != "" {
			if _, ok := slices.BinarySearch(acrs, i); ok {
				rc.cooc[[2]string{i, l}]++
			}
		}
	}
}

// sortedDistinct sorts xs in place and returns its distinct values (a prefix of xs; the
// rest of xs is cleared).
func sortedDistinct(xs []string) []string {
	slices.Sort(xs)
	return slices.Compact(xs)
}

// countSurnames counts, once for the document just read, each single-word name, and each
// with each name of several words whose last word it is ("Putin" and "Vladimir Putin").
func (rc *referentCounter) countSurnames() {
	if len(rc.docSingles) == 0 {
		return
	}
	if rc.surDocs == nil {
		rc.surDocs, rc.surCooc = map[string]int{}, map[[2]string]int{}
	}
	rc.docSingles = sortedDistinct(rc.docSingles)
	singles := rc.docSingles
	for _, w := range singles {
		rc.surDocs[w]++
	}
	rc.docLong = sortedDistinct(rc.docLong) // at once when countCooccurrences, run before, sorted it
	for _, l := range rc.docLong {
		rc.groupWork++
		f := strings.Fields(l) // never empty: a name's key has a word
		if _, ok := slices.BinarySearch(singles, surnameKey(f[len(f)-1])); ok {
			rc.surCooc[[2]string{surnameKey(f[len(f)-1]), l}]++
		}
	}
}

// linkedIn reports whether the documents link a word in capitals to a name whose
// initials it spells: docs of the acrDocs documents that write the word also write the
// name, and defined places write one in parentheses right after the other ("Progress
// League Council (PLC)"). They are linked when a document defines the word so, or when
// at least one in ten of its documents, and two or more, also write the name (one, when
// that is every document that writes the word). A word written in many documents and
// beside a name in only one of them stands for something else there: "TV" is not "Tomo
// Valley" for one article that names both.
func linkedIn(docs, defined, acrDocs int) bool {
	return defined > 0 || docs > 0 && (docs == acrDocs || docs >= 2 && 10*docs >= acrDocs)
}

// togetherDocs returns the documents that write both acr and a form of g.
func (rc *referentCounter) togetherDocs(acr string, g *referentGroup) int {
	n := 0
	for _, f := range g.forms {
		n += rc.cooc[[2]string{acr, f}]
	}
	return n
}

// A referentGroup is the forms of one name.
type referentGroup struct {
	key      string
	forms    []string
	n        [2]int
	titled   int
	modifier int
	place    int
}

func (g *referentGroup) total() int { return g.n[0] + g.n[1] }

// groups returns the names counted, variants grouped, in key order.
func (rc *referentCounter) groups() []*referentGroup {
	keys := make([]string, 0, len(rc.forms))
	for k := range rc.forms {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	byKey := map[string]*referentGroup{}
	var out []*referentGroup
	for _, key := range keys {
		rc.groupWork++
		ft := rc.forms[key]
		g := &referentGroup{key: key, forms: []string{key}, n: ft.n, titled: ft.titled, modifier: ft.modifier, place: ft.place}
		if shouted(key) {
			continue
		}
		if !strings.Contains(key, " ") {
			// A single word: a name when capitalized inside sentences at least as often as
			// it is written in lower case there; then its mentions opening a sentence count.
			lower := rc.lower[strings.ToLower(key)]
			if g.total() == 0 || lower > g.total() {
				continue
			}
			g.n[0] += ft.initial[0]
			g.n[1] += ft.initial[1]
		}
		byKey[key] = g
		out = append(out, g)
	}
	// Variants that differ in case, accents, hyphens and periods only ("Élodie Marek",
	// "Elodie Marek"), unless they are two words: see sameLetters.
	byLetters := map[string][]*referentGroup{}
	kept := out[:0]
	for _, g := range out {
		rc.groupWork++
		lk := letterKey(strings.Join(transliterated(strings.Fields(unmarked(g.key))), " "))
		if i := slices.IndexFunc(byLetters[lk], func(h *referentGroup) bool { return rc.sameLetters(h, g) }); i >= 0 {
			byLetters[lk][i].absorb(g)
			continue
		}
		byLetters[lk] = append(byLetters[lk], g)
		kept = append(kept, g)
	}
	out = kept
	// Forms that differ in middle initials only are one ("Donald J. Trump", "Donald
	// Trump"), unless two of them have different initials ("George H. W. Bush", "George
	// W. Bush"): then each form with initials is a person of its own, and the form
	// without them, which may be either, joins neither.
	type person struct {
		top       *referentGroup // the most mentioned form
		initialed int            // forms with middle initials
	}
	// Keys without accents: the spelling step above may have kept an unaccented form's key
	// ("Elodie Marek") for a name whose form with initials has accents ("Élodie M. Marek").
	byName := map[string]*person{}
	for _, g := range out {
		rc.groupWork++
		k := nameKey(g.key)
		p := byName[unmarked(k)]
		if p == nil {
			p = &person{}
			byName[unmarked(k)] = p
		}
		if g.key != k {
			p.initialed++
		}
		if p.top == nil || g.total() > p.top.total() || g.total() == p.top.total() && g.key < p.top.key {
			p.top = g
		}
	}
	kept = out[:0]
	for _, g := range out {
		rc.groupWork++
		// With one form with initials at most, the most mentioned form takes the others.
		if p := byName[unmarked(nameKey(g.key))]; p.initialed < 2 && p.top != g {
			p.top.absorb(g)
			continue
		}
		kept = append(kept, g)
	}
	out = kept
	// A known given name and a surname join the one name of three or four words that opens
	// and ends with them ("Hillary Clinton", "Hillary Rodham Clinton"), shown by the two
	// words; with two such names ("Ana Ruiz Varga", "Ana Petra Varga") the two words
	// may be either and join neither.
	out = rc.joinMiddleNames(out)
	// A single word a title stands before often enough (a surname) joins the most
	// mentioned name of two to four words, none of an organization's, whose first or last
	// word it is.
	persons := map[string]*referentGroup{}  // first or last word -> the most mentioned such name
	surnames := map[string]*referentGroup{} // last word -> the most mentioned such name of a person (below)
	for _, g := range out {
		rc.groupWork++
		words := strings.Fields(g.key)
		if len(words) < 2 || len(words) > 4 || slices.ContainsFunc(words, func(w string) bool { return rc.lang.Classes(w)&(voices.ClassOrg|classFunction) != 0 }) {
			continue
		}
		for _, w := range []string{surnameKey(words[0]), surnameKey(words[len(words)-1])} {
			if p := persons[w]; p == nil || g.total() > p.total() || g.total() == p.total() && g.key < p.key {
				persons[w] = g
			}
		}
		// A person's name: opened by a known given name, or a title before one in ten of
		// its mentions ("Chancellor Olvar Kessin", whose given name no list need know) and
		// no East Asian surname first (whose last word is a given name).
		person := voices.IsGivenName(words[0]) || g.titled > 0 && 10*g.titled >= g.total() && !voices.IsEastAsianSurname(words[0])
		if last := unmarked(words[len(words)-1]); person && !voices.IsGivenName(last) && !nameSuffixes[strings.ToLower(strings.TrimSuffix(last, "."))] {
			last = surnameKey(last)
			if p := surnames[last]; p == nil || g.total() > p.total() || g.total() == p.total() && g.key < p.key {
				surnames[last] = g
			}
		}
	}
	kept = out[:0]
	for _, g := range out {
		rc.groupWork++
		if !strings.Contains(g.key, " ") && g.titled > 0 && 10*g.titled >= g.total() {
			// The name joined must then be a person's as Labels tells one (a title before one
			// in ten of all the mentions): "Mr. Hong" is no mention of Hong Kong.
			// A surname that is a known given name too ("Senator Paul", "Rand Paul") joins
			// only when the documents link the two (see surnameLinked, which links a word to
			// the names it ends): "Senator John" is not "Elton John" written in other
			// documents, nor "John Kerry", whose given name it is; an East Asian surname
			// ("Kim") is no given name here.
			given := voices.IsGivenName(g.key) && !voices.IsEastAsianSurname(g.key)
			if p := persons[surnameKey(g.key)]; p != nil && 10*(p.titled+g.titled) >= p.total()+g.total() && (!given || rc.surnameLinked(g, p)) {
				p.absorb(g)
				continue
			}
		}
		if p := surnames[surnameKey(g.key)]; p != nil && !strings.Contains(g.key, " ") && 10*p.total() >= g.total() && rc.surnameLinked(g, p) &&
			(voices.IsGivenName(strings.Fields(p.key)[0]) || 2*g.modifier < g.total()) && (g.place < 2 || 20*g.place < g.total()) {
			// Headlines and short texts write a person's surname alone more than with a
			// title: a single word that is the last of a person's name, one a known given
			// name opens or a title stands before in one mention in ten ("Putin", "Vladimir
			// Putin"; "Kessin", "Chancellor Olvar Kessin"), is that person, when the full
			// name has a tenth of the single word's mentions or more (not "Washington" and a
			// "George Washington" written a hundred times less) and the documents link the two
			// as they link initials (see surnameLinked): "Jordan", the country, is not
			// "Michael Jordan" written in other documents. Beside a name a title alone
			// shows to be a person's, a word mostly written as a modifier is the family's
			// ("the Shinawa clan"), not the person's. A word written after "in" or another
			// preposition of place in one mention in twenty or more, twice at least, is a
			// place ("in Georgia"), which a person's name seldom is ("in Putin" hardly
			// ever, "in Putin's" aside): it joins no person's name ("Senator Olvar
			// Georgia"); one such mention may be a person's ("faith in Kessin").
			p.absorb(g)
			continue
		}
		kept = append(kept, g)
	}
	out = kept
	// A word in capitals joins the name whose initials it spells ("US" joins "United
	// States", "PLC" "Progress League Council") when the documents link the two (see
	// linked), and then the one written beside it in the most documents (then the most
	// mentioned), unless a title stands before that name in one in ten of its mentions: a
	// person's name ("TV" is not "Tom Vilsack").
	expansions := map[string]*referentGroup{}
	together := func(acr string, g *referentGroup) (docs, defined int) {
		for _, f := range g.forms {
			defined += rc.defined[[2]string{acr, f}]
		}
		return rc.togetherDocs(acr, g), defined
	}
	for _, g := range out {
		rc.groupWork++
		acr := initials(strings.Fields(g.key))
		if acr == "" || g.titled > 0 && 10*g.titled >= g.total() {
			continue
		}
		docs, defined := together(acr, g)
		if !linkedIn(docs, defined, rc.acrDocs[acr]) {
			continue
		}
		if p := expansions[acr]; p == nil || cmp.Or(cmp.Compare(docs, rc.togetherDocs(acr, p)), cmp.Compare(g.total(), p.total()), strings.Compare(p.key, g.key)) > 0 {
			expansions[acr] = g
		}
	}
	kept = out[:0]
	for _, g := range out {
		rc.groupWork++
		if acr := strings.ReplaceAll(g.key, " ", ""); acronym(acr) {
			if p := expansions[acr]; p != nil {
				p.absorb(g)
				continue
			}
		}
		kept = append(kept, g)
	}
	// The names of one country as the countries' table writes them ("UK", "Britain",
	// "United Kingdom"; "America", "United States") are one referent, shown by the table's
	// first name.
	kept = joinCountryNames(kept)
	// The plural of a name's adjective of nationality, a name of its own ("Americans",
	// "North Koreans"), joins the most mentioned such name, as Labels counts it among the
	// country's mentions.
	peoples := map[string]*referentGroup{}
	for _, g := range kept {
		rc.groupWork++
		for _, d := range demonymsOf(strings.Fields(g.key)) {
			key := strings.Join(d, " ") + "s"
			if p := peoples[key]; p == nil || g.total() > p.total() || g.total() == p.total() && g.key < p.key {
				peoples[key] = g
			}
		}
	}
	out = kept
	kept = out[:0]
	for _, g := range out {
		rc.groupWork++
		if p := peoples[g.key]; p != nil && p != g && g.titled == 0 {
			p.absorb(g)
			continue
		}
		kept = append(kept, g)
	}
	return kept
}

// surnameLinked reports whether the documents link the single word of g to the name p
// it ends as linkedIn links initials: of the documents that write the word, one in ten
// and at least two also write the name (one, when it is every such document).
func (rc *referentCounter) surnameLinked(g, p *referentGroup) bool {
	w := surnameKey(g.key)
	docs := 0
	for _, f := range p.forms {
		docs += rc.surCooc[[2]string{w, f}]
	}
	return linkedIn(docs, 0, rc.surDocs[w])
}

// transliterated returns a name's words with the endings that transliteration from
// Russian and Ukrainian writes several ways made one, so that referents group them and
// Labels matches them: in a word of five letters or more, a final "iy", "yy", "ii" or
// "yi" after a consonant is "y" ("Zelenskiy", "Zelenskyy" and "Zelensky"; "Yuriy" and
// "Yury"). The case of the letters kept is theirs. Other spellings are no rule's: a
// doubled consonant tells names apart in many languages ("Kiril" and "Kirill",
// "Douglas" and "Douglass", "Hoffman" and "Hoffmann"), and pairs such as "Kiev" and
// "Kyiv" or "Donbas" and "Donbass" are for the caller to list ([FindVariants]). Speakers'
// names take the broader key of [voices.SurnameKey], which agrees over whole
// romanization systems but asks for the given names to agree too; referents are places
// and bodies as well as people, with no second word to check.
func transliterated(words []string) []string {
	var out []string
	for i, w := range words {
		t := transliteratedWord(w)
		if t != w && out == nil {
			out = slices.Clone(words)
		}
		if out != nil {
			out[i] = t
		}
	}
	if out == nil {
		return words
	}
	return out
}

// transliteratedWord is [transliterated] for one word.
func transliteratedWord(w string) string {
	if len(w) < 5 {
		return w
	}
	for _, r := range w {
		if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
			return w // Latin letters only: other scripts are written one way
		}
	}
	n := len(w)
	switch strings.ToLower(w[n-2:]) {
	case "iy", "yy", "ii", "yi":
	default:
		return w
	}
	if c := w[n-3] | 0x20; c < 'a' || c > 'z' || strings.IndexByte("aeiouy", c) >= 0 {
		return w // after a vowel: "Hawaii"
	}
	if w[n-1] < 'a' {
		return w[:n-2] + "Y" // written in capitals
	}
	return w[:n-2] + "y"
}

// surnameKey returns the key of a single word of a name for joining it to a longer
// name: without marks, transliterations made one ("Zelenskiy" is "Zelensky").
func surnameKey(w string) string { return transliteratedWord(unmarked(w)) }

// unmarked returns s without the combining marks of its Latin letters ("Élodie" is
// "Elodie"). Marks on letters of other scripts stay: Russian "й" is a letter of its own,
// not "и" with a mark. Letters that do not decompose stay as they are ("ß", "Đ", "ı").
func unmarked(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) {
		return s
	}
	var b strings.Builder
	latin := false // the last letter written is a Latin one
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			if !latin {
				b.WriteRune(r)
			}
			continue
		}
		latin = unicode.Is(unicode.Latin, r)
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// sameLetters reports whether g and h, whose letters are the same up to case, hyphens,
// periods and spaces, are one name. Initials in capitals and a word of two or three
// letters are two ("MA" and "Ma", a surname); from four letters on a word in capitals is
// also written with only its first capital ("NATO", "Nato"). A name of one written word
// and one of several are two ("Veldara" and a singer "Vel Dara") unless the one word
// shows where the words part ("PortElara", a capital inside it) or the words apart have a
// tenth of its mentions or more (two spellings, "Portelara" and "Port Elara").
func (rc *referentCounter) sameLetters(g, h *referentGroup) bool {
	ga, ha := acronym(strings.ReplaceAll(g.key, " ", "")), acronym(strings.ReplaceAll(h.key, " ", ""))
	if ga != ha {
		return utf8.RuneCountInString(letterKey(g.key)) >= 4
	}
	if ga {
		return true // "U.S.", "US", "U. S."
	}
	gs, hs := rc.spaced(g), rc.spaced(h)
	if gs == hs {
		return true
	}
	one, apart := g, h
	if gs {
		one, apart = h, g
	}
	return innerCapital(one.key) || 10*apart.total() >= one.total()
}

// spaced reports whether a name's form is mostly written as several words, with spaces.
func (rc *referentCounter) spaced(g *referentGroup) bool {
	n := 0
	for sf, c := range rc.forms[g.forms[0]].surfaces {
		if strings.Contains(sf, " ") {
			n += c
		} else {
			n -= c
		}
	}
	return n > 0
}

// innerCapital reports whether a word has a capital letter after a lower-case one
// ("PortElara", "LegCo").
func innerCapital(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

func (g *referentGroup) absorb(h *referentGroup) {
	g.forms = append(g.forms, h.forms...)
	g.n[0] += h.n[0]
	g.n[1] += h.n[1]
	g.titled += h.titled
	g.modifier += h.modifier
	g.place += h.place
}

// suggest returns the referents both sides mention at least minCount times, at most k.
func (rc *referentCounter) suggest(minCount, k int) []ReferentSuggestion {
	var out []ReferentSuggestion
	for _, g := range rc.groups() {
		rc.groupWork += len(g.forms)
		if g.n[0] < minCount || g.n[1] < minCount {
			continue
		}
		if !strings.Contains(g.key, " ") && !acronym(g.key) && (2*g.modifier >= g.total() ||
			rc.lang.Classes(g.key)&(voices.ClassOrg|classTitle) != 0 && 4*rc.lower[strings.ToLower(g.key)] >= g.total()) {
			continue // mostly a modifier ("Solorian smugglers", "Western countries"), or a common noun ("Department", not "Congress")
		}
		s := ReferentSuggestion{CountA: g.n[0], CountB: g.n[1]}
		if rc.words[0] > 0 {
			s.RateA = 1e4 * float64(g.n[0]) / float64(rc.words[0])
		}
		if rc.words[1] > 0 {
			s.RateB = 1e4 * float64(g.n[1]) / float64(rc.words[1])
		}
		surfaces := map[string]int{}
		for _, f := range g.forms {
			ft := rc.forms[f]
			for sf, c := range ft.surfaces {
				surfaces[sf] += c
			}
		}
		s.Forms = sortedCounts(surfaces)
		s.Name = s.Forms[0].Name
		for _, f := range s.Forms {
			if strings.Contains(f.Name, " ") {
				s.Name = f.Name // the most used form of several words
				break
			}
		}
		if c, ok := countries[s.Name]; ok && !c.adjective {
			s.Name = c.name // a country by the table's first name (see joinCountryNames): "Britain", not "United Kingdom", written or not
		}
		words := nameWords(s.Name)
		if (len(words) == 3 || len(words) == 4) && !slices.ContainsFunc(words, isInitial) {
			// A person with a middle name is shown by the given name and the surname when
			// the texts write them so (see joinMiddleNames): "Hillary Clinton".
			for _, f := range s.Forms {
				if fw := nameWords(f.Name); len(fw) == 2 && fw[0] == words[0] && fw[1] == words[len(words)-1] && voices.IsGivenName(fw[0]) {
					s.Name, words = f.Name, fw
					break
				}
			}
		}
		s.Key = words[len(words)-1]
		out = append(out, s)
	}
	slices.SortFunc(out, func(x, y ReferentSuggestion) int {
		return cmp.Or(cmp.Compare(min(y.RateA, y.RateB), min(x.RateA, x.RateB)),
			cmp.Compare(y.CountA+y.CountB, x.CountA+x.CountB), strings.Compare(x.Name, y.Name))
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}

// demonym reports whether a word looks like an adjective of nationality ("Russian",
// "Korean", "Chinese", "British", "Israeli"), which names a people only as a noun.
func demonym(w string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "an", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// joinMiddleNames joins a name of two words, a known given name ([voices.IsGivenName])
// and a surname, to the one name of three or four words that opens and ends with the same
// words (accents aside) and has no word of an organization or a function word: the same
// person with a middle name ("Hillary Clinton", "Hillary Rodham Clinton"), shown by the
// two words, as the texts mostly call the person and as Labels best matches a surname
// alone against another person's name of two words ("Bill Clinton"). A two-word
// name that two such names open and end is left apart, and so is one whose first word is
// an East Asian surname ("Kim Jong", whose second word is a given name) or whose longer
// name has a known given name in the middle, a compound given name ("Juan Varela",
// "Juan Carlos Varela").
func (rc *referentCounter) joinMiddleNames(out []*referentGroup) []*referentGroup {
	nameWords := func(words []string) bool {
		return !slices.ContainsFunc(words, func(w string) bool {
			r, _ := utf8.DecodeRuneInString(w)
			return !unicode.IsUpper(r) || rc.lang.Classes(w)&(voices.ClassOrg|classFunction) != 0
		})
	}
	longer := map[[2]string][]*referentGroup{} // first and last word, unmarked -> the names of three or four words
	for _, g := range out {
		rc.groupWork++
		if words := strings.Fields(unmarked(g.key)); (len(words) == 3 || len(words) == 4) && nameWords(words) {
			k := [2]string{words[0], words[len(words)-1]}
			longer[k] = append(longer[k], g)
		}
	}
	into := map[*referentGroup]*referentGroup{}
	for _, g := range out {
		rc.groupWork++
		words := strings.Fields(unmarked(g.key))
		if len(words) != 2 || !voices.IsGivenName(words[0]) || voices.IsEastAsianSurname(words[0]) || !nameWords(words) {
			continue
		}
		ls := longer[[2]string{words[0], words[1]}]
		if len(ls) != 1 || into[ls[0]] != nil {
			continue
		}
		if mid := strings.Fields(unmarked(ls[0].key)); slices.ContainsFunc(mid[1:len(mid)-1], voices.IsGivenName) {
			continue // a compound given name, another person's maybe: "Juan Carlos Varela" is no "Juan Varela"
		}
		into[ls[0]] = g
	}
	kept := out[:0]
	for _, g := range out {
		if p := into[g]; p != nil {
			p.absorb(g)
			continue
		}
		kept = append(kept, g)
	}
	return kept
}

// joinCountryNames joins the groups whose whole name is one country's in countryTable
// (its names, not its adjectives: "UK", "U.K.", "Britain" and "United Kingdom") into the
// one of the table's first name ("Britain"), or when none is, the most mentioned (ties:
// the first key in byte order); suggest shows the group by the table's first name.
func joinCountryNames(out []*referentGroup) []*referentGroup {
	top := map[string]*referentGroup{} // country -> the group that takes the others
	for _, g := range out {
		if c, ok := countries[g.key]; ok && !c.adjective {
			first := func(h *referentGroup) bool { return h.key == c.name }
			if p := top[c.name]; p == nil || !first(p) && (first(g) || g.total() > p.total() || g.total() == p.total() && g.key < p.key) {
				top[c.name] = g
			}
		}
	}
	kept := out[:0]
	for _, g := range out {
		if c, ok := countries[g.key]; ok && !c.adjective {
			if p := top[c.name]; p != g {
				p.absorb(g)
				continue
			}
		}
		kept = append(kept, g)
	}
	return kept
}
