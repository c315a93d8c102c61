// Where an indirect content opens after its verb: a quantity before a regular past
// ("said about half of the fund financed …"), an indirect question ("would not say who
// …"), "about" after an addressee ("spoke to the council about the levy") unless a number
// or a time follows.

package voices

import "strings"

// regularPastAhead reports whether a regular past form, a lower-case word in -ed that
// the word lists do not know or know as a verb of saying or thinking only, follows the noun phrase at token m in its clause, among the
// eleven words after m: "about half of the fund financed repairs" opens a clause. A word in
// -ed after a determiner or a preposition is an adjective or a participle ("about half of
// the reported cases"), and "hundred" and the nouns and adjectives in -ed (edNonPasts:
// "bed", "need") are no verb: they are passed over, and a past after them still counts
// ("about half the listed ships docked", "about two hundred barges sailed"), but none
// alone does ("said about two hundred.").
func (s *segmenter) regularPastAhead(m, hi int) bool {
	for j := m + 1; j < hi && j < m+12 && s.toks[j].clause == s.toks[m].clause && !s.toks[j].inq; j++ {
		u := s.toks[j]
		w := s.lowerWord(j)
		if u.cap || u.flags&^(ClassVerb|ClassThink|ClassWeak) != 0 || !strings.HasSuffix(w, "ed") || edNonPasts[w] {
			continue // a past of a verb of saying or thinking counts too: "about 40 percent of voters backed …"
		}
		if s.toks[j-1].flags&(ClassDet|ClassPrep) == 0 {
			return true
		}
	}
	return false
}

// edNonPasts are English words in -ed that are no past: a number, nouns and adjectives.
var edNonPasts = map[string]bool{"hundred": true, "bed": true, "shed": true, "red": true,
	"need": true, "seed": true, "feed": true, "speed": true, "breed": true, "greed": true, "creed": true,
	"deed": true, "weed": true, "reed": true, "sled": true, "shred": true, "sacred": true, "kindred": true,
	"hatred": true, "naked": true, "wicked": true, "rugged": true, "beloved": true, "aged": true}

// questionPronoun reports whether token m, right after a verb of saying, asking or
// thinking, opens an indirect question, the verb's content, as "what" does: "who" or
// "whom" ("did not say who would lead", "would not say whom he endorsed", "asked who
// would pay") or "which" and its noun ("has not said which plan she backs"). A bare
// "which" is left to the relative clause it opens more often ("knows which the mayor
// prefers": see relativeObject).
func (s *segmenter) questionPronoun(m, hi int) bool {
	switch s.lowerWord(m) {
	case "who", "whom":
		return true
	case "which":
		if m+1 >= hi {
			return false
		}
		n := s.toks[m+1]
		return !n.inq && !n.cap && n.clause == s.toks[m].clause &&
			n.flags&(ClassDet|ClassSubject|ClassPrep|ClassThat|ClassWho|ClassAux|ClassConj|ClassFunc) == 0
	}
	return false
}

// topicAfterAddressee reports whether token m, after a verb and its addressee with "to",
// opens the verb's topic: "about", when the verb takes its content after it (preps, its
// prepComplements), and not before a number or a length of time ("spoke to the Halden
// Herald about the toll", "wrote to the council about the levy"; not "spoke to the crowd
// about an hour after the vote"). "Of" and "on" there more often go on with the
// addressee's phrase ("spoke to the gathering of harbor workers on Monday").
func (s *segmenter) topicAfterAddressee(m, hi int, preps string) bool {
	return s.lowerWord(m) == "about" && containsWord(preps, "about") && !s.approximately(m, hi)
}

// approximately reports whether "about" at token m means "approximately": a number, in
// digits or words, a span of time or a time of day follows it ("about 40 minutes", "about
// two weeks ago", "about an hour after the vote", "about noon").
func (s *segmenter) approximately(m, hi int) bool {
	n := m + 1
	if n >= hi {
		return false
	}
	if w := s.lowerWord(n); (w == "a" || w == "an") && n+1 < hi {
		n++
	}
	w := s.lowerWord(n)
	return isNumberWord(s.word(n)) || numberWords[w] || spelledNumbers[w] || timeSpans[w] || w == "noon" || w == "midnight" ||
		s.toks[n].flags&(ClassTime|ClassMonth) != 0
}

// spelledNumbers are the English numbers spelled out that numberWords leaves out.
var spelledNumbers = map[string]bool{"six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	"eleven": true, "twelve": true, "thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true,
	"seventeen": true, "eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true,
	"fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true, "dozen": true, "dozens": true,
	"hundred": true, "hundreds": true, "thousand": true, "thousands": true, "million": true, "billion": true}

// timeSpans are the nouns of a length of time.
var timeSpans = map[string]bool{"hour": true, "hours": true, "minute": true, "minutes": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "half": true,
	"dozen": true, "quarter": true, "third": true, "decade": true, "decades": true}
