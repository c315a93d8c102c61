package voices

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// classify sets the voice of quotation i from its attribution and words.
func (s *segmenter) classify(i int) {
	q := &s.quotes[i]
	short := q.words <= 4
	before := s.text[max(0, q.openStart-24):q.openStart]
	switch {
	case q.words <= 20 && s.beforeByline(q):
		// "“Posthumous books could come with a lot of dollar signs,” by Ana Ruiz": an
		// article's headline before its byline, a title whatever its length.
		q.Voice, q.Speaker, q.Verb, q.attributed = Title, "", "", false
	case short && s.soCalled(before):
		q.Voice, q.Speaker, q.Verb, q.attributed = Scare, "", "", false
	case (short || q.words <= 8 && s.afterPrepOrPossessive(q)) && s.isTitle(q) && s.namedPlace(q):
		// "he said on MSNBC's “Morning Joe”", "“The Living Room to close,” by Ben
		// Sisario": a title, even in an attributed sentence.
		q.Voice, q.Speaker, q.Verb, q.attributed = Title, "", "", false
	case short && s.modifiesNoun(q):
		// "the “confidential” level", "the “Never Trump” movement": a word or name the
		// outlet holds at a distance or names, not the source's speech.
		q.Voice, q.Speaker, q.Verb, q.attributed = Scare, "", "", false
		if s.isTitle(q) {
			q.Voice = Title
		}
	case q.attributed && (!short || q.distance <= 10 || s.wholeSentence(q)):
		q.Voice = Quote
	case short && s.isTitle(q):
		q.Voice, q.Speaker, q.Verb, q.attributed = Title, "", "", false
	case short && s.colonSentence(q):
		q.Voice = Quote // "Horror in Valdora: “We saw bodies.”": a rubric's quotation, no one's named
	case short:
		q.Voice, q.Speaker, q.Verb, q.attributed = Scare, "", "", false
	default:
		q.Voice = Quote // a long quotation, unattributed
	}
}

// wholeSentence reports whether a quotation is a sentence of its own, of two words or
// more: it opens its sentence, starts with a capital and ends with a sentence's final
// punctuation (“He was very charming.”), which a scare quote never is.
func (s *segmenter) wholeSentence(q *quote) bool {
	first, after := s.tokAt(q.start), s.tokAt(q.end)
	if after-first < 2 || first >= len(s.toks) || !s.toks[first].cap || first > 0 && s.toks[first-1].sentence == s.toks[first].sentence {
		return false
	}
	return strings.ContainsAny(lastRune(strings.TrimRight(s.text[q.start:q.end], " ")), ".!?")
}

// colonSentence reports whether a quotation is a sentence of two words or more, with a
// capital and a sentence's final punctuation, that a colon introduces ("…: “We saw
// bodies.”"), which a scare quote never is, whether or not a speaker is named.
func (s *segmenter) colonSentence(q *quote) bool {
	first, after := s.tokAt(q.start), s.tokAt(q.end)
	if after-first < 2 || first >= len(s.toks) || !s.toks[first].cap ||
		!strings.HasSuffix(strings.TrimRight(s.text[:q.openStart], " \u00a0"), ":") {
		return false
	}
	return strings.ContainsAny(lastRune(strings.TrimRight(s.text[q.start:q.end], " ")), ".!?")
}

// soCalled reports whether the text before a quotation ends with "so-called" or its
// equivalent in the segmenter's language.
func (s *segmenter) soCalled(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " \u00a0"))
	for _, cue := range s.lang.soCalled {
		if strings.HasSuffix(b, cue) {
			return true
		}
	}
	return false
}

// titleCues are words that announce a name or title in quotation marks.
var titleCues = map[string]bool{"film": true, "movie": true, "book": true, "novel": true, "song": true, "album": true, "show": true,
	"series": true, "program": true, "programme": true, "initiative": true, "campaign": true, "slogan": true, "hashtag": true,
	"titled": true, "entitled": true, "named": true, "project": true, "operation": true, "plan": true, "strategy": true,
	"doctrine": true, "policy": true, "report": true, "documentary": true, "article": true, "column": true, "essay": true,
	"play": true, "opera": true, "exhibition": true, "festival": true, "conference": true, "forum": true, "summit": true,
	"podcast": true, "episode": true, "musical": true, "segment": true, "blog": true, "newsletter": true,
	"magazine": true, "songs": true, "films": true, "books": true, "shows": true, "hats": true, "signs": true,
	"banners": true, "shirts": true, "t-shirts": true, "posters": true, "stickers": true,
	"pel\u00edcula": true, "libro": true, "programa": true, "фильм": true, "книга": true, "программа": true, "livre": true}

// isTitle reports whether a short quotation names something: its words capitalized as a
// title's ("Belt and Road", "The Art of the Deal"), or a word such as "film", "initiative"
// or "titled" just before it or right after it ("the “Belt and Road” initiative").
func (s *segmenter) isTitle(q *quote) bool {
	first, after := s.tokAt(q.start), s.tokAt(q.end)
	if b := first - 1; b >= 0 && titleCues[strings.ToLower(s.word(b))] && (first >= len(s.toks) || !s.lowerStart(first)) {
		return true // "the report “Ports at Risk”"; not "the report “wasn’t good”", a clause
	}
	if a := s.tokAt(q.closeEnd); a < len(s.toks) && a == after && titleCues[strings.ToLower(s.word(a))] && s.toks[a].sentence == s.toks[max(0, after-1)].sentence {
		return true
	}
	if after-first == 1 && first > 0 && s.toks[first-1].poss && s.toks[first-1].cap && s.toks[first].cap &&
		s.toks[first-1].sentence == s.toks[first].sentence {
		return true // "Fox News Channel’s “Hannity”"
	}
	if after-first < 2 {
		return false
	}
	for k := first; k < after; k++ {
		w := s.word(k)
		if !s.toks[k].cap && !smallTitleWords[strings.ToLower(w)] {
			return false
		}
	}
	return s.toks[first].cap
}

// lowerStart reports whether token k begins with a lower-case letter.
func (s *segmenter) lowerStart(k int) bool {
	r, _ := utf8.DecodeRuneInString(s.word(k))
	return unicode.IsLower(r)
}

// namedPlace reports whether a quotation stands where titles stand: after a preposition
// or a possessive ("on MSNBC's “Morning Joe”", "in “The Art of the Deal”"), after a word
// such as "show" or "titled", or before a byline (", by Ben Sisario").
func (s *segmenter) namedPlace(q *quote) bool {
	first := s.tokAt(q.start)
	if b := first - 1; b >= 0 && s.toks[b].sentence == s.toks[min(first, len(s.toks)-1)].sentence {
		if s.toks[b].poss || s.toks[b].flags&ClassPrep != 0 || titleCues[strings.ToLower(s.word(b))] {
			return true
		}
	}
	return s.bylineAfter(q, false)
}

// bylineAfter reports whether "by" follows a quotation, past spaces and commas, with a
// name after it rather than a time ("“…,” by Ben Sisario", "“…,” by the Post's Ana Ruiz";
// not "“…,” by Friday, the mayor said", "by March"); a capitalized name where capital is
// set.
func (s *segmenter) bylineAfter(q *quote, capital bool) bool {
	a := s.tokAt(q.closeEnd)
	if a+1 >= len(s.toks) || s.lowerWord(a) != "by" || s.toks[a].inq || strings.Trim(s.text[q.closeEnd:s.toks[a].start], " ,") != "" {
		return false
	}
	n := a + 1
	if s.lowerWord(n) == "the" && n+1 < len(s.toks) {
		n++
	}
	return (s.toks[n].cap || !capital) && s.toks[n].flags&(ClassTime|ClassMonth) == 0
}

// beforeByline reports whether a quotation that ends with a comma stands right before a
// byline: ", by" and a capitalized word ("“…,” by Ben Sisario", "“…,” by the Post's Ana
// Ruiz").
func (s *segmenter) beforeByline(q *quote) bool {
	return lastRune(strings.TrimRight(s.text[q.start:q.end], " ")) == "," && s.bylineAfter(q, true)
}

// afterPrepOrPossessive reports whether a quotation follows a preposition or a possessive
// of its sentence ("appeared on “The Late Show With Stephen Colbert”", "CNBC's “Secret
// Lives of the Super Rich”"); not "as" (a role: "listed him as “Executive Director”"), nor
// in a headline, where every word is capitalized.
func (s *segmenter) afterPrepOrPossessive(q *quote) bool {
	first := s.tokAt(q.start)
	b := first - 1
	return b >= 0 && first < len(s.toks) && s.toks[b].sentence == s.toks[first].sentence && !s.inTitleCase(first) &&
		(s.toks[b].poss || s.toks[b].flags&ClassPrep != 0 && s.lowerWord(b) != "as")
}

// modifiesNoun reports whether a short quotation stands before a noun of its clause, as
// its modifier ("the “confidential” level", "the “Never Trump” movement").
func (s *segmenter) modifiesNoun(q *quote) bool {
	a := s.tokAt(q.closeEnd)
	if a >= len(s.toks) || a != s.tokAt(q.end) || s.toks[a].inq || strings.ContainsAny(s.text[q.end:s.toks[a].start], ",.;:!?") ||
		strings.ContainsAny(lastRune(strings.TrimRight(s.text[q.start:q.end], " ")), ",.;:!?") {
		return false // "“It’s unanimous,” councilmember Mark Levine said": the comma ends the quotation
	}
	t := s.toks[a]
	return !t.cap && s.contentWord(a) && !s.adverb(a) && t.flags&(ClassVerb|ClassThink) == 0 && !strings.HasSuffix(s.word(a), "ed")
}

var smallTitleWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "de": true, "y": true, "la": true, "el": true}

// lastRune returns the last character of s as a string, or "".
func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}
