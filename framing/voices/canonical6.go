package voices

import (
	"slices"
	"strings"
	"unicode"

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
	add := func(name string, pos int, person bool) {
		c := canonical(name)
		words := strings.Fields(c)
		if len(words) < 2 || !scan.IsCapitalized(words[0]) || !scan.IsCapitalized(words[len(words)-1]) {
			return
		}
		if looksPerson(c) {
			last[words[len(words)-1]] = true
		}
		if !person || IsGivenName(words[0]) {
			return
		}
		if first == nil {
			first = map[string]firstName{}
		}
		had, ok := first[words[0]]
		switch {
		case ok && had.name != c:
			first[words[0]] = firstName{} // two people share it: neither
		case !ok || pos < had.pos:
			first[words[0]] = firstName{c, pos}
		}
	}
	for i := range s.quotes {
		if sp := s.quotes[i].Speaker; sp != "" && !isPronounSpeaker(sp) {
			add(sp, s.quotes[i].speakerPos, looksPerson(canonical(sp)) && s.surePerson(sp))
		}
	}
	for i := range reported {
		if sp := reported[i].Speaker; sp != "" && !isPronounSpeaker(sp) {
			add(sp, reported[i].SourceStart, looksPerson(canonical(sp)) && s.surePerson(sp))
		}
	}
	for _, m := range s.names {
		s.work++
		if m.person {
			add(m.name, m.pos, m.tFrom >= 0 || m.aFrom >= 0)
		}
	}
	for w := range first {
		if last[w] {
			delete(first, w)
		}
	}
	return first
}

// firstName is a full name a first word may stand for and the position the full name is
// first written at.
type firstName struct {
	name string
	pos  int
}

// joinFirstWords wraps canonical: a one-word speaker at pos that canonical leaves as it
// is (no longer name of the document ends with it) and that opens the name of one person
// written before pos (see byFirstWord) is that person ("Li" is "Li Wei"), so that a
// document's speaker is counted once whether the text quotes or reports it. A listed
// place (see placeName) is not: "Jordan said" after "Foreign Minister Jordan Haddad" is
// more likely the country's government than the minister, and "Chad", "Georgia" and
// "Jordan" are places and given names both; no common Chinese family name is a listed
// place.
func (s *segmenter) joinFirstWords(canonical func(string) string, reported []Span) func(name string, pos int) string {
	var first map[string]firstName
	done := false
	return func(name string, pos int) string {
		c := canonical(name)
		if strings.Contains(c, " ") || !scan.IsCapitalized(c) || s.placeName(c) {
			return c // a listed place alone is the place: "Jordan said" is no "Jordan Haddad"
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

// surePerson reports whether a speaker phrase is surely a person's name: written with a
// title or a role before it ("President Thomas Voss", "spokesperson Li Wei") or opening
// with a known given name ("Thomas Voss").
func (s *segmenter) surePerson(sp string) bool {
	core := coreName(sp, s.lang)
	if core == "" {
		return false
	}
	if IsGivenName(firstWord(core)) {
		return true
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
// last name of a person named before it, surely a person (see surePerson) or named as a
// speaker ("Oren" after "Tal Oren said"), or a person's name surely a person's. Other
// one-word names would bring in every name of the text that ends in them ("Russia" a
// phrase that ends in "Russia", "Democrats" "Senate Democrats"), bodies' names would put
// one body in another's place ("Soloria's Supreme Court" for "Supreme Court"), and
// indirect speech has more sources that are phrases, not names ("80 percent of all
// voters"), than quotations have.
func (s *segmenter) reportedForms(reported []Span) []string {
	var forms []string
	var sure map[string]int // by last name: the first position of a sure person's full name
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
		core := coreName(sp, s.lang)
		if n := len(strings.Fields(core)); n >= 2 && n <= 4 && looksPerson(core) && !strings.ContainsFunc(core, unicode.IsDigit) &&
			!slices.ContainsFunc(strings.Fields(core), func(w string) bool { return !scan.IsCapitalized(w) }) {
			if _, ok := named[lastWord(core)]; !ok {
				named[lastWord(core)] = reported[i].SourceStart
			}
		}
	}
	for i := range reported {
		sp := reported[i].Speaker
		if sp == "" || isPronounSpeaker(sp) {
			continue
		}
		core := coreName(sp, s.lang)
		words := strings.Fields(core)
		if len(words) == 0 || !scan.IsCapitalized(words[0]) {
			continue
		}
		if len(words) == 1 {
			if sure == nil {
				sure = map[string]int{}
				for _, m := range s.names {
					s.work++
					if last := lastWord(m.name); m.person && strings.Contains(m.name, " ") &&
						(m.tFrom >= 0 || m.aFrom >= 0 || IsGivenName(firstWord(m.name))) {
						if _, ok := sure[last]; !ok {
							sure[last] = m.pos
						}
					}
				}
			}
			if p, ok := sure[core]; ok && p < reported[i].SourceStart {
				forms = append(forms, sp)
			} else if p, ok := named[core]; ok && p < reported[i].SourceStart && !pluralNoun(strings.ToLower(core)) {
				forms = append(forms, sp) // "Tal Oren said … Oren said"
			}
			continue
		}
		if !slices.ContainsFunc(words, func(w string) bool { return !scan.IsCapitalized(w) && !isNameJoiner(w) }) &&
			looksPerson(core) && s.surePerson(sp) {
			forms = append(forms, sp)
		}
	}
	return forms
}
