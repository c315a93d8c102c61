package voices

import (
	"slices"
	"strings"

	"github.com/framediff/framediff/framing/internal/scan"
)

// A source is a noun phrase that can speak: a person, a group, an organization or a
// document. The phrase readers take what stands before a verb or after "according to";
// canSpeak turns away what they take that cannot speak, so that a span has no speaker
// rather than a wrong one:
//
//   - a bare singular in lower case: a phrase with no determiner before its first
//     preposition, none of whose words there names a person, a group, a body or a
//     record: an adverb or a verb ("So far, …", "as far as I know", "let me"), an
//     abstract noun ("according to law", "common knowledge in the towns"). A singular
//     count noun that speaks takes an article ("the report", "a source"); what speaks
//     without one is a plural ("officials", "polls", "sources familiar with …"), a
//     collective ("police", "staff") or a record's mass noun ("data", "polling").
//   - a phrase in lower case headed by a noun of a toll ("casualties", "deaths",
//     "injuries"): what is reported, not who reports it ("…, casualties reported").
//   - a short phrase in lower case headed by a noun of time ("the day", "20 years", "a
//     time"): when, not who.
//   - the imperative "let" of a suggestion ("Let's talk about …", "Let me be clear"),
//     capitalized or not: a verb, never a noun phrase.
//
// A pronoun's antecedent is held to the same rule (see antecedentSubject).

// collectives are nouns in the singular, without an article, that name a group that can
// speak ("police said", "staff were told", "management denied").
var collectives = map[string]bool{"people": true, "police": true, "public": true, "staff": true, "media": true,
	"press": true, "management": true, "leadership": true, "military": true, "clergy": true, "youth": true,
	"intelligence": true, "security": true, "government": true, "administration": true, "opposition": true,
	"congress": true, "parliament": true, "nobody": true, "everybody": true, "somebody": true, "no-one": true,
	"someone": true, "everyone": true, "anyone": true, "one": true, "none": true, "each": true,
	// bodies and broadcasters named without an article ("according to state television",
	// "counsel for the family said", "city hall said")
	"television": true, "tv": true, "radio": true, "counsel": true, "hall": true, "prosecution": true,
	"defense": true, "defence": true, "testimony": true}

// tollNouns are the nouns of what a toll counts, the harm done: a phrase headed by one
// in lower case names what is reported, never who reports it ("…, casualties reported"
// is the passive "casualties were reported"; "the deaths said" names no one).
var tollNouns = wordSet("casualties fatalities deaths injuries losses damages")

// timeNouns are the nouns of a length or a point of time: a phrase headed by one in
// lower case (see timePhrase) of at most three words before its first preposition, none a participle,
// names when, never who ("the day of the rally", "20 years", "a time"), however a
// sentence makes it the subject of a verb of saying ("the day proved …"); "minutes" are
// left out, a record that may be cited ("according to minutes").
var timeNouns = wordSet("day days time times week weeks month months year years decade decades " +
	"hour hours moment moments night nights morning mornings evening evenings era period")

// timePhrase reports whether the words of a phrase before its first preposition, ending
// in a noun of time, are in lower case (the first may be a capitalized determiner or
// quantifier opening a sentence, "The day", "A few hours") and hold no participle.
func (s *segmenter) timePhrase(words []string) bool {
	if slices.ContainsFunc(words[:len(words)-1], participleLike) {
		return false
	}
	for i, w := range words {
		switch {
		case isLower(w):
		case i == 0 && (s.lang.classesOf(strings.ToLower(w))&ClassDet != 0 || quantifiers[strings.ToLower(w)]):
		default:
			return false
		}
	}
	return true
}

// participleLike reports whether a word of a phrase ends as a participle does ("a report
// released last month": the time ends the participle's phrase, not the noun phrase's head).
func participleLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// letWords are the forms of "let" that open an imperative ("Let's talk about …").
var letWords = map[string]bool{"let": true, "let's": true, "let’s": true}

// canSpeak reports whether a speaker phrase, as the text writes it, can name one who speaks
// (see above). A name, a phrase with a determiner and a pronoun can.
func (s *segmenter) canSpeak(sp string) bool {
	var arr [8]string
	words := appendFields(arr[:0], sp)
	if len(words) == 0 {
		return true
	}
	if len(words) == 1 && lowerIn(letWords, words[0]) {
		return false // "Let's talk about …", "let me …"
	}
	for i, w := range words {
		if i > 0 && s.lang.classesOf(w)&ClassPrep != 0 {
			words = words[:i] // the head comes before its phrase ("knowledge in the towns")
			break
		}
	}
	if head := words[len(words)-1]; tollNouns[head] && isLower(words[0]) {
		return false // "…, casualties reported": what a toll counts is reported, it reports nothing
	} else if timeNouns[head] && len(words) <= 3 && s.timePhrase(words) {
		return false // "the day showed", "20 years taught him": a time names no one who speaks
	}
	for _, w := range words {
		if !isLower(w) {
			return true // a name, or a capitalized phrase that may be one
		}
		if s.lang.classesOf(w)&(ClassDet|ClassSubject|ClassI|ClassHe|ClassShe|ClassThey|ClassIt) != 0 || pronominal[w] || quantifiers[w] || indefinitePronouns[w] {
			return true
		}
	}
	for _, w := range words {
		switch {
		case pluralNoun(w), collectives[w], evidenceNouns[w], docNouns[w], personNouns[w],
			s.lang.classesOf(w)&(ClassOrg|ClassRole|ClassTitle) != 0:
			return true
		case strings.ContainsAny(w, "0123456789"):
			return true // "55 percent", "1 in 4"
		}
	}
	return false
}

// antecedentSubject reports whether the subject m of a sentence may be what a pronoun at
// pos stands for: a phrase that can speak and, in the pronoun's own sentence, neither a
// word alone not known to be a person's name inside a content before the pronoun, whose
// source the pronoun is ("Reform is needed, he says": the content's first word), nor an
// opening phrase set off by a comma before the pronoun with no finite verb between them
// (an -ing form is none), where the pronoun is the clause's subject ("Far from it, it
// insists", "Far from agreeing, she said").
func (s *segmenter) antecedentSubject(m mention, pos int) bool {
	if !s.canSpeak(m.name) {
		return false
	}
	k, j := s.tokAt(pos), s.tokAt(m.pos)
	if k >= len(s.toks) || j >= k || s.toks[j].sentence != s.toks[k].sentence {
		return true
	}
	sent := s.toks[k].sentence
	c, _ := slices.BinarySearch(s.contentSent, sent)
	for ; c < len(s.contents) && s.contentSent[c] == sent; c++ {
		s.work++
		if ct := s.contents[c]; ct.Start <= m.pos && m.pos < ct.End && ct.End <= pos && !m.person && !strings.Contains(m.name, " ") {
			// A person's name or a phrase there may be the source of a cue of its own
			// ("In her speech, Ruiz declared: “…,” she said"); a word capitalized as
			// the content's first is not.
			return false
		}
	}
	if !strings.Contains(s.text[s.toks[k-1].end:s.toks[k].start], ",") {
		return true
	}
	if k-j > maxSubject {
		return true // too far for a phrase set off before the pronoun: bounded work
	}
	for i := j + 1; i < k; i++ {
		s.work++
		if s.toks[i].flags&(ClassVerb|ClassThink|ClassPast|ClassAux) != 0 && !s.participle(i) {
			return true
		}
	}
	return false
}

// lawNouns are the nouns of laws and other legal instruments (see canSpeak), singular.
var lawNouns = wordSet("law act constitution charter treaty convention code ordinance statute bill " +
	"amendment decree directive regulation agreement accord resolution declaration protocol")

// articleNouns open a reference to a part of a legal text when a number follows ("Article
// 45", "Section 3").
var articleNouns = wordSet("article section clause paragraph chapter")

// lawModifiers are the words that, alone before a capitalized "Law" or "Bill", make it a
// law's name ("Basic Law", "Security Law", "Budget Bill"): both nouns are surnames and
// given names too ("Bonar Law", "Buffalo Bill"), and "Law" names a school ("Harvard
// Law"), so a two-word name of either needs one of these. Written for framediff from
// general knowledge.
var lawModifiers = wordSet("basic security martial common criminal civil international federal state " +
	"sharia election electoral labor labour family tax finance budget spending farm omnibus education " +
	"immigration health defense defence appropriations reform emergency anti-terrorism extradition " +
	"citizenship nationality press media")

// lawLike reports whether the head of a speaker phrase, words up to its first
// preposition, names a law or another legal instrument: its last word (a possessive or
// a plural left out) is a law's noun, in lower case ("the new security law") or
// capitalized after a word that is no known given name ("the Constitution"; "Nathan Law"
// and "Steven Law" are persons), where a capitalized "Law" or "Bill" of two words needs a
// law's modifier before it ("Basic Law", not "Bonar Law", "Harvard Law" or "Buffalo
// Bill", see lawModifiers) and "National Convention" is a party's meeting. A part of a
// text and a number ("Article 45") is handled by LegalText.
func lawLike(words []string) bool {
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	for _, suffix := range []string{"’s", "'s", "’", "'"} {
		last = strings.TrimSuffix(last, suffix)
	}
	lw := strings.ToLower(last)
	if !lawNouns[lw] && !(strings.HasSuffix(lw, "s") && lawNouns[strings.TrimSuffix(lw, "s")]) {
		return false
	}
	if last == lw {
		return true // "the law", "the new security law", "the treaties"
	}
	if len(words) == 1 {
		return lw == "constitution" || lw == "charter" // "Constitution"; "Law" alone may be a surname
	}
	prev := strings.TrimSuffix(strings.TrimSuffix(words[len(words)-2], "’s"), "'s")
	lp := strings.ToLower(prev)
	if lp == "national" && strings.TrimSuffix(lw, "s") == "convention" {
		return false // "Democratic National Convention": a party's meeting
	}
	if (lw == "law" || lw == "bill") && len(words) == 2 && !lawModifiers[lp] {
		return false // "Bonar Law", "Harvard Law", "Buffalo Bill"
	}
	return !IsGivenName(prev) && !IsEastAsianSurname(prev) && !strings.Contains(prev, "-")
}

// LegalText reports whether a speaker's name (a canonical name, as [Span].Canonical gives
// it) names a law or another legal instrument rather than one who speaks: "Basic Law",
// "the Constitution", "the new security law", "Article 45 of the Basic Law", "the
// treaty", "the bill". What such a text "says" or "stipulates" is a rule cited, not a
// voice; attribution corpora annotate it as a source (PolNeAR does: "Article 33
// affirms"), so the spans keep it, and a table of who speaks can list it apart. A
// report, a study, a paper or a statement is not one: it carries its authors' words.
// "Nathan Law" and "Steven Law" are persons: a capitalized law's noun after a known given
// name, an East Asian surname or a hyphenated word is a surname (see lawLike). A part of
// a text with its number ("Article 45", "Section 3") counts only when the number ends the
// head and a phrase or "the" frames it ("Article 45 of the Basic Law"): "Article 19"
// alone is ambiguous, since a group of that name speaks, and is taken as a speaker;
// "Section 8 tenants" are people. A capitalized law's noun with an "of" phrase is one
// ("Bill of Rights", "Declaration of Independence").
func LegalText(name string) bool {
	var arr [8]string
	words := appendFields(arr[:0], name)
	head, rest := words, []string(nil)
	for i, w := range words {
		if i > 0 && langs["english"].classesOf(strings.ToLower(w))&ClassPrep != 0 {
			head, rest = words[:i], words[i:] // the head comes before its phrase ("Article 45 of the Basic Law")
			break
		}
	}
	if len(head) > 0 && strings.EqualFold(head[0], "the") && len(head) > 1 {
		if a := head[1:]; len(a) == 2 && lowerIn(articleNouns, a[0]) && hasDigit(a[1]) {
			return true // "the Article 45"
		}
	}
	if len(head) == 2 && lowerIn(articleNouns, head[0]) && hasDigit(head[1]) {
		// "Article 45 of the Basic Law"; "Article 19" alone is ambiguous (a group of that
		// name speaks), and "Section 8 tenants" are people: the number must end the head.
		return len(rest) > 0
	}
	if len(head) == 1 && len(rest) >= 2 && rest[0] == "of" && lowerIn(lawNouns, head[0]) &&
		scan.IsCapitalized(head[0]) && scan.IsCapitalized(rest[len(rest)-1]) {
		return true // "Bill of Rights", "Declaration of Independence", "Treaty of Versailles"
	}
	return lawLike(head)
}

// edgeAdverbs are English adverbs and particles not in -ly that no noun phrase opens or
// ends with (an -ly adverb is told by its form: see adverb). A phrase reader that takes
// one in has cut the phrase at the wrong place: "so far Ruiz and …" read from "far",
// "Ruiz twice repeated" and "Ruiz walked out" read to "twice" and "out".
var edgeAdverbs = wordSet("once twice thrice far again also too already still even just often soon " +
	"almost nearly out up down off away back then now ago instead together meanwhile later")

// trimSource returns the speaker phrase n without the words at its edges that show a wrong
// cut, in English: the words before a line's end inside it, when a capitalized word opens
// the next line ("Agency\nRuiz"); adverbs before a capitalized word that opens a name ("far Ruiz"), and
// adverbs, particles and a past form in -ed after a capitalized word at its end ("Ruiz
// twice", "Ruiz walked out"). It returns no phrase for what cannot be a speaker however
// it is cut: a share given to someone ("40 percent for Ruiz": a vote or a rating, not
// people; "40 percent of voters" can speak) and a photo credit run into a caption (a
// slash set off by spaces between the phrase's words or right before them: "Ana Ruiz /
// Agency Lu", no name holds one; the slash of a joint poll stands between its sponsors' names unspaced,
// "a Harbor/Quill poll").
func (s *segmenter) trimSource(n np) np {
	if !n.ok() || s.lang.name != "english" {
		return n
	}
	from, to := n.from, n.to
	for k := from; k < to; k++ {
		if k == from && k == 0 {
			continue
		}
		// A spaced slash inside the phrase, or right before it (the credit's agency opens
		// it: "Ana Ruiz / Agency Lu said").
		if creditGap(s.text[s.toks[k-1].end:s.toks[k].start]) {
			return np{}
		}
	}
	for k := to - 1; k > from; k-- {
		if strings.Contains(s.text[s.toks[k-1].end:s.toks[k].start], "\n") && s.toks[k].cap {
			from = k // a line's end inside: the phrase is the next line's ("Agency\nRuiz said")
			break
		}
	}
	if to-from >= 3 && s.quantity(from) && (s.percentAfter(from) || s.lowerWord(from+1) == "percent") {
		for k := from + 1; k < to; k++ {
			if s.lowerWord(k) == "for" {
				return np{}
			}
		}
	}
	for from+1 < to && !s.toks[from].cap && edgeAdverbs[s.lowerWord(from)] && s.toks[from+1].cap {
		from++
	}
	end := to
	for end-1 > from && !s.toks[end-1].cap && edgeAdverbs[s.lowerWord(end-1)] {
		end--
	}
	if end-1 > from && !s.toks[end-1].cap && s.toks[end-2].cap && strings.HasSuffix(s.lowerWord(end-1), "ed") &&
		s.toks[end-1].flags&(ClassRole|ClassOrg|ClassTitle) == 0 {
		end-- // "Ruiz walked": a past form, no noun
	}
	if end < to && !s.toks[end-1].cap {
		return n // what is left ends in a lower-case word: no cut of the kind above
	}
	return np{from, end}
}

// creditGap reports whether the text between two words holds a slash set off by spaces,
// as a photo credit's does ("Ana Ruiz / Agency"); a name never does, and the slash of a
// joint poll stands unspaced between its sponsors' names ("a Harbor/Quill poll").
func creditGap(gap string) bool {
	return strings.Contains(gap, "/") && strings.ContainsAny(gap, " \u00a0")
}

// hasDigit reports whether w holds a digit.
func hasDigit(w string) bool { return strings.ContainsAny(w, "0123456789") }

// singularPhrase reports whether a speaker phrase is a description headed by a singular
// count noun in lower case, which "they" does not stand for ("the committee chair", "a
// spokeswoman", "the head of the council"): its head, the word before its first
// preposition or else its last word, is in lower case, no plural (see plural), with no plural before it (a phrase cut after a plural, "the
// radicals set", is the plural's), and no noun for a body or a group ("the government", "the police", "the council", "the
// party"; see collectives, groupNouns and the language's organizations), nor a word
// that counts a group ("some of the voters", "a number of residents"). A name ("Halden
// Council") is none.
func (s *segmenter) singularPhrase(sp string) bool {
	if s.lang.name != "english" {
		return false
	}
	var arr [8]string
	words := appendFields(arr[:0], sp)
	if len(words) < 2 {
		return false // one word: a pronoun, a name, a plural or a body ("police"), not told here
	}
	h := len(words) - 1
	for i, w := range words[1:] {
		if s.lang.classesOf(w)&ClassPrep != 0 {
			h = i
			break
		}
	}
	head := strings.TrimSuffix(strings.TrimSuffix(words[h], "'s"), "’s")
	if head == "" || !isLower(head) {
		return false
	}
	if head == "one" {
		return true // "one of his aides"
	}
	for _, w := range words[:h] {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // "the company's lawyer"
		if isLower(w) && plural(w) {
			return false // "the radicals set", a plural before a word read as its head
		}
	}
	return !plural(head) && !collectives[head] && !groupNouns[head] &&
		!quantifiers[head] && !pronominal[head] && s.lang.classesOf(head)&ClassOrg == 0
}

// plural reports whether a lower-case word is a plural noun for singularPhrase: one
// pluralNoun takes, one in -men ("spokesmen"), or one in a vowel and "-ys" ("attorneys",
// "envoys", "boys", "guys"), which pluralNoun leaves out.
func plural(w string) bool {
	if pluralNoun(w) || strings.HasSuffix(w, "men") {
		return true
	}
	n := len(w)
	return n >= 3 && w[n-2:] == "ys" && strings.IndexByte("aeiou", w[n-3]) >= 0
}

// groupNouns are nouns in the singular for a group of people that "they" may stand for
// ("the family said … they", "the crowd"), besides the language's bodies (see [ClassOrg])
// and collectives; written for framediff.
var groupNouns = wordSet("family crowd team board panel jury club firm audience cabinet delegation community " +
	"camp side regime caucus bloc alliance league crew unit electorate couple pair trio majority minority " +
	"leadership opposition public")
