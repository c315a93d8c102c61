package voices

import (
	"slices"
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
		// "“Old ferries could fetch a small fortune at auction,” by Ana Ruiz": an
		// article's headline before its byline, a title whatever its length.
		q.Voice, q.Speaker, q.Verb, q.attributed = Title, "", "", false
	case short && (s.soCalled(before) || s.afterMentionWord(q)):
		// "a so-called “threat”", "the phrase “anchor child”": a word held at a
		// distance or mentioned, not the source's speech.
		q.Voice, q.Speaker, q.Verb, q.attributed = Scare, "", "", false
	case q.words <= 8 && s.titleWords(q) && s.afterListenerVerb(q):
		// "Smith told “Harbor Morning,” adding …": what one tells right after "told" is
		// a listener, here a programme, not the words told.
		q.Voice, q.Speaker, q.Verb, q.attributed = Title, "", "", false
	case q.words <= 12 && s.titleWords(q) && s.afterPerformVerb(q):
		// "the band played “Harbor Lights Forever”": what is performed is a work.
		q.Voice, q.Speaker, q.Verb, q.attributed = Title, "", "", false
	case q.words <= 12 && s.titleAfterTitle(i):
		// "starred in “Harbor Nights” and “Keepers of the Lighthouse,”", "Channel Nine's
		// “Hidden Lives of the Ferry Kings,” not “Grand Lives of the Ferry Kings”": a
		// title joined to the title before it is one too.
		q.Voice, q.Speaker, q.Verb, q.attributed = Title, "", "", false
	case q.words <= 12 && s.titleWords(q) && s.titleCueBeside(q):
		// "the movie, “40 Days: The Lost Sailors of Valdora,”", "wore “Keep
		// the River Free” hats": words capitalized as a title's beside a word that
		// names a kind of title.
		q.Voice, q.Speaker, q.Verb, q.attributed = Title, "", "", false
	case (short || q.words <= 12 && s.afterPrepOrPossessive(q)) && s.isTitle(q) && s.namedPlace(q):
		// "he said on Channel Nine's “Dockside Daily”", "“The Corner Bakery to close,” by Lina
		// Farrow": a title, even in an attributed sentence.
		q.Voice, q.Speaker, q.Verb, q.attributed = Title, "", "", false
	case short && s.modifiesNoun(q):
		// "the “confidential” level", "the “Never Varga” movement": a word or name the
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
	if len(before) <= 32 {
		// The common case, ASCII, lowered and joined on the stack as below (it is asked
		// several times of every quotation).
		var buf [32]byte
		b, ascii := buf[:0], true
		t := strings.TrimRight(before, " ")
		for i := 0; i < len(t) && ascii; i++ {
			c := t[i]
			switch {
			case c >= utf8.RuneSelf:
				ascii = false
			case c == ' ' && i > 0 && t[i-1] == '-':
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			default:
				b = append(b, c)
			}
		}
		if ascii {
			bs := string(b)
			for _, cue := range s.lang.soCalled {
				if strings.HasSuffix(bs, cue) {
					return true
				}
			}
			return false
		}
	}
	b := strings.ToLower(strings.TrimRight(before, " \u00a0"))
	// A word broken at its hyphen by a line break and joined again with a space ("so-
	// called").
	b = strings.ReplaceAll(b, "- ", "-")
	for _, cue := range s.lang.soCalled {
		if strings.HasSuffix(b, cue) {
			return true
		}
	}
	return false
}

// mentionWords are words after which a quotation is a word mentioned, not used ("the
// phrase “anchor child”", "the term “hard landing”").
var mentionWords = map[string]bool{"phrase": true, "term": true, "word": true, "expression": true, "label": true,
	"nickname": true, "moniker": true, "catchphrase": true, "buzzword": true, "epithet": true}

// afterMentionWord reports whether a mention word (see mentionWords) stands right before a
// quotation in its sentence. Unlike "so-called", it leaves a quotation inside indirect
// speech its source's ("he used the word “disgrace”"): a Quote (see inheritContents), not
// part of the indirect speech, which a word or two quoted inside a clause of indirect
// speech otherwise are (Reported and Marked, in the own voice; see mixedQuotes).
func (s *segmenter) afterMentionWord(q *quote) bool {
	first := s.tokAt(q.start)
	b := first - 1
	return b >= 0 && first < len(s.toks) && s.toks[b].sentence == s.toks[first].sentence && s.toks[b].end <= q.openStart &&
		strings.TrimSpace(s.text[s.toks[b].end:q.openStart]) == "" && mentionWords[s.lowerWord(b)]
}

// performVerbs are verbs whose object is a work performed.
var performVerbs = map[string]bool{"perform": true, "performs": true, "performed": true, "performing": true,
	"sing": true, "sings": true, "sang": true, "sung": true, "singing": true, "play": true, "plays": true,
	"played": true, "playing": true, "recite": true, "recites": true, "recited": true}

// afterPerformVerb reports whether a quotation stands right after a verb of performing in
// its sentence.
func (s *segmenter) afterPerformVerb(q *quote) bool {
	first := s.tokAt(q.start)
	b := first - 1
	// Before its attribution ("played “Stay In Your Homes,” the police said"), it is the
	// source's words.
	return b >= 0 && first < len(s.toks) && s.toks[b].sentence == s.toks[first].sentence &&
		strings.TrimSpace(s.text[s.toks[b].end:q.openStart]) == "" && performVerbs[s.lowerWord(b)] && !s.sayingAfter(q, 4)
}

// listenerVerbs are the forms of "tell", whose object right after them is who is told.
var listenerVerbs = map[string]bool{"told": true, "tell": true, "tells": true, "telling": true}

// afterListenerVerb reports whether a quotation stands right after a form of "tell" in its
// sentence.
func (s *segmenter) afterListenerVerb(q *quote) bool {
	first := s.tokAt(q.start)
	b := first - 1
	if b < 0 || first >= len(s.toks) || s.toks[b].sentence != s.toks[first].sentence ||
		strings.TrimSpace(s.text[s.toks[b].end:q.openStart]) != "" || !listenerVerbs[s.lowerWord(b)] {
		return false
	}
	// "told “We Will Not Back Down” to the crowd": the listener comes after "to", and the
	// quotation is the words told.
	a := s.tokAt(q.closeEnd)
	return a >= len(s.toks) || a != s.tokAt(q.end) || s.lowerWord(a) != "to"
}

// titleCues are words that announce a name or title in quotation marks.
var titleCues = map[string]bool{"film": true, "movie": true, "book": true, "novel": true, "song": true, "album": true, "show": true,
	"series": true, "program": true, "programme": true, "initiative": true, "campaign": true, "slogan": true, "hashtag": true,
	"titled": true, "entitled": true, "named": true, "project": true, "operation": true, "plan": true, "strategy": true,
	"doctrine": true, "policy": true, "report": true, "documentary": true, "article": true, "column": true, "essay": true,
	"play": true, "opera": true, "exhibition": true, "festival": true, "conference": true, "forum": true, "summit": true,
	"podcast": true, "episode": true, "musical": true, "segment": true, "blog": true, "newsletter": true,
	"magazine": true, "songs": true, "films": true, "books": true, "shows": true, "hats": true, "signs": true,
	"banners": true, "shirts": true, "t-shirts": true, "posters": true, "stickers": true, "hat": true, "sign": true,
	"banner": true, "shirt": true, "t-shirt": true, "poster": true, "sticker": true,
	"pel\u00edcula": true, "libro": true, "programa": true, "фильм": true, "книга": true, "программа": true, "livre": true}

// isTitle reports whether a short quotation names something: its words capitalized as a
// title's ("Belt and Road", "The Craft of the Harbor"), or a word such as "film", "initiative"
// or "titled" just before it or right after it ("the “Belt and Road” initiative").
func (s *segmenter) isTitle(q *quote) bool {
	first, after := s.quoteToks(q)
	if b := first - 1; b >= 0 && lowerIn(titleCues, s.word(b)) && (first >= len(s.toks) || !s.lowerStart(first)) {
		return true // "the report “Ports at Risk”"; not "the report “wasn’t good”", a clause
	}
	if a := s.tokAt(q.closeEnd); a < len(s.toks) && a == after && lowerIn(titleCues, s.word(a)) && s.toks[a].sentence == s.toks[max(0, after-1)].sentence {
		return true
	}
	if after-first == 1 && first > 0 && s.toks[first-1].poss && s.toks[first-1].cap && s.toks[first].cap &&
		s.toks[first-1].sentence == s.toks[first].sentence {
		return true // "Harbor Radio’s “Brandt Tonight”"
	}
	if b := first - 1; b >= 0 && first < len(s.toks) && s.toks[b].sentence == s.toks[first].sentence && s.lowerWord(b) == "as" &&
		(b == 0 || !comparativeAs[s.lowerWord(b-1)]) {
		// "referred to the mayor as “Captain Harbor”": a name given, the giver's words
		// however capitalized; not an example or a comparison ("works such as “Harbor
		// Nights”", "as well as “Harbor Nights”").
		return false
	}
	return s.titleWords(q)
}

// titleWords reports whether a quotation of two words or more is capitalized as a title
// is: every word capitalized, a number or a small word ("of", "the"), the first
// capitalized or a number ("The Craft of the Harbor", "40 Days", "Sailors for Reform 2008").
func (s *segmenter) titleWords(q *quote) bool {
	first, after := s.quoteToks(q)
	if after-first < 2 {
		return false
	}
	for k := first; k < after; k++ {
		if !s.toks[k].cap && !s.numberAt(k) && !lowerIn(smallTitleWords, s.word(k)) {
			return false
		}
	}
	return s.toks[first].cap || s.numberAt(first)
}

// numberAt reports whether token k begins with a digit.
func (s *segmenter) numberAt(k int) bool {
	c := s.text[s.toks[k].start]
	return '0' <= c && c <= '9'
}

// titleCueBeside reports whether a word such as "film", "book" or "hats" stands right
// before a quotation or right after it, in its sentence ("the movie, “…,”", "“…” hats").
func (s *segmenter) titleCueBeside(q *quote) bool {
	first, after := s.tokAt(q.start), s.tokAt(q.end)
	if first >= len(s.toks) || after == 0 {
		return false
	}
	if b := first - 1; b >= 0 && s.toks[b].sentence == s.toks[first].sentence {
		if w := strings.ToLower(s.word(b)); titleCues[w] && !titleNamers[w] {
			return true
		}
	}
	a := s.tokAt(q.closeEnd)
	if a >= len(s.toks) || a != after || s.toks[a].sentence != s.toks[after-1].sentence || !lowerIn(titleCues, s.word(a)) {
		return false
	}
	// After a quotation that ends with a comma, or before a verb of saying, the word
	// opens its attribution ("“…,” festival organizers said"), naming no title.
	if lastRune(strings.TrimRight(s.text[q.start:q.end], " ")) == "," {
		return false
	}
	return !s.sayingAfter(q, 4)
}

// sayingAfter reports whether a reporting verb stands among the n tokens after quotation
// q, in the sentence of the first ("“…,” festival organizers said", "“…,” the police
// said").
func (s *segmenter) sayingAfter(q *quote, n int) bool {
	a := s.tokAt(q.closeEnd)
	for k := a; k < len(s.toks) && k < a+n && s.toks[k].sentence == s.toks[a].sentence; k++ {
		if s.toks[k].flags&ClassVerb != 0 {
			return true
		}
	}
	return false
}

// titleNamers are the title cues that name a document's title as its author gave it ("a
// memo titled “…”"): the title then quotes the author, as attribution corpora count it
// (PolNeAR), so a long one is not taken for a title on the cue alone.
var titleNamers = map[string]bool{"titled": true, "entitled": true, "named": true}

// titleJoiners are the words that join a title to the title before it ("“A” and “B”",
// "“A,” not “B”").
var titleJoiners = map[string]bool{"": true, "and": true, "or": true, "nor": true, "not": true, "and not": true, "but not": true}

// titleAfterTitle reports whether quotation i, capitalized as a title, follows a title in
// its sentence with only a comma or a joining word between them ("“Harbor Nights”
// and “Keepers of the Lighthouse”").
func (s *segmenter) titleAfterTitle(i int) bool {
	between, ok := s.joinedToBefore(i)
	if !ok || s.quotes[i-1].Voice != Title {
		return false
	}
	// With only a comma between, the two are items of a list only where a joining word
	// or another quotation follows ("“A,” “B,” and other programs"); else the second
	// may be words quoted ("Asked about “A,” “No Comment,” Voss said").
	if between == "" && !s.listGoesOn(i) {
		return false
	}
	return s.titleWords(&s.quotes[i])
}

// joinedToBefore reports whether quotation i follows the quotation before it closely,
// with only a comma or a joining word between them (see titleJoiners), and returns those
// words, lowercased.
func (s *segmenter) joinedToBefore(i int) (string, bool) {
	if i == 0 {
		return "", false
	}
	p, q := &s.quotes[i-1], &s.quotes[i]
	if q.openStart-p.closeEnd > 12 || q.openStart < p.closeEnd {
		return "", false
	}
	between := strings.ToLower(strings.Trim(s.text[p.closeEnd:q.openStart], " ,;"))
	return between, titleJoiners[between]
}

// listGoesOn reports whether quotation i is followed, past spaces and commas, by a
// joining word ("and", "or", "nor") or by the next quotation.
func (s *segmenter) listGoesOn(i int) bool {
	end := s.quotes[i].closeEnd
	next := len(s.text) - len(strings.TrimLeft(s.text[end:], " ,")) // the offset past spaces and commas
	if i+1 < len(s.quotes) && s.quotes[i+1].openStart == next {
		return true
	}
	a := s.tokAt(end)
	if a >= len(s.toks) || s.toks[a].start != next {
		return false
	}
	w := s.lowerWord(a)
	return w == "and" || w == "or" || w == "nor"
}

// lowerStart reports whether token k begins with a lower-case letter.
func (s *segmenter) lowerStart(k int) bool {
	r, _ := utf8.DecodeRuneInString(s.word(k))
	return unicode.IsLower(r)
}

// namedPlace reports whether a quotation stands where titles stand: after a preposition
// or a possessive ("on Channel Nine's “Dockside Daily”", "in “The Craft of the
// Harbor”"), after a word such as "show" or "titled", or before a byline (", by Lina
// Farrow").
func (s *segmenter) namedPlace(q *quote) bool {
	first := s.tokAt(q.start)
	if b := first - 1; b >= 0 && s.toks[b].sentence == s.toks[min(first, len(s.toks)-1)].sentence {
		if s.toks[b].poss || s.toks[b].flags&ClassPrep != 0 || lowerIn(titleCues, s.word(b)) {
			return true
		}
	}
	return s.bylineAfter(q, false)
}

// bylineAfter reports whether "by" follows a quotation, past spaces and commas, with a
// name after it rather than a time ("“…,” by Lina Farrow", "“…,” by the Post's Ana Ruiz";
// not "“…,” by Friday, the mayor said", "by March"); a capitalized name where capital is
// set.
func (s *segmenter) bylineAfter(q *quote, capital bool) bool {
	a := s.tokAt(q.closeEnd)
	if a+1 >= len(s.toks) || s.lowerWord(a) != "by" || s.toks[a].inq || strings.Trim(s.text[q.closeEnd:s.toks[a].start], " ,") != "" {
		return false
	}
	if s.passiveNaming(q) {
		return false // "Harbor Deal Dubbed “A Giveaway” by Critics": the agent of the naming verb (see namingAgent)
	}
	n := a + 1
	if s.lowerWord(n) == "the" && n+1 < len(s.toks) {
		n++
	}
	return (s.toks[n].cap || !capital) && s.toks[n].flags&(ClassTime|ClassMonth) == 0
}

// beforeByline reports whether a quotation that ends with a comma stands right before a
// byline: ", by" and a capitalized word ("“…,” by Lina Farrow", "“…,” by the Post's Ana
// Ruiz").
func (s *segmenter) beforeByline(q *quote) bool {
	// The comma may stand inside a quotation that ends with the headline ("“Star is
	// leaving ‘Neverland,’” by …").
	return lastRune(strings.TrimRight(s.text[q.start:q.end], " '’\"”")) == "," && s.bylineAfter(q, true)
}

// afterPrepOrPossessive reports whether a quotation follows a preposition or a possessive
// of its sentence ("appeared on “The Late Hour With Nico Brandt”", "Channel Nine's “Hidden
// Lives of the Ferry Kings”"); not "as" (a role: "listed him as “Executive Director”"), nor
// in a headline, where every word is capitalized.
func (s *segmenter) afterPrepOrPossessive(q *quote) bool {
	first := s.tokAt(q.start)
	b := first - 1
	return b >= 0 && first < len(s.toks) && s.toks[b].sentence == s.toks[first].sentence && !s.inTitleCase(first) &&
		(s.toks[b].poss || s.toks[b].flags&ClassPrep != 0 && s.lowerWord(b) != "as")
}

// maxModifierGap is the most bytes between a quotation's end and the noun it modifies (a
// closing mark or two and spaces).
const maxModifierGap = 16

// modifiesNoun reports whether a short quotation stands before a noun of its clause, as
// its modifier ("the “confidential” level", "the “Never Varga” movement").
func (s *segmenter) modifiesNoun(q *quote) bool {
	a := s.tokAt(q.closeEnd)
	if a >= len(s.toks) || a != s.tokAt(q.end) || s.toks[a].start-q.end > maxModifierGap {
		return false // a modifier stands right before its noun (and a text of marks alone is read once)
	}
	s.work += s.toks[a].start - q.end
	if s.toks[a].inq || strings.ContainsAny(s.text[q.end:s.toks[a].start], ",.;:!?") ||
		strings.ContainsAny(lastRune(strings.TrimRight(s.text[q.start:q.end], " ")), ",.;:!?") {
		return false // "“It’s settled,” councilmember Rafa Kettle said": the comma ends the quotation
	}
	t := s.toks[a]
	return !t.cap && s.contentWord(a) && !s.adverb(a) && t.flags&(ClassVerb|ClassThink) == 0 && !strings.HasSuffix(s.word(a), "ed")
}

// comparativeAs are the words before an "as" that gives an example or makes a comparison
// ("such as", "as well as", "as soon as"), not a name.
var comparativeAs = map[string]bool{"such": true, "well": true, "soon": true, "long": true, "much": true, "far": true, "same": true}

var smallTitleWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "de": true, "y": true, "la": true, "el": true}

// lastRune returns the last character of s as a string, or "".
func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// mixedQuotes gives the voice of indirect speech to a quotation of one or two words set
// inside a clause of indirect speech, its clause going on after it ("Ruiz said she
// “respects” Marek and …", "he would give a “major speech” in Halden"): the sentence is
// the outlet's paraphrase, a word of it marked as the source's. Attribution corpora class
// such a mixed content as indirect speech (PolNeAR: a content is direct only where it
// opens or closes with a mark), and BASIL's annotators read the word as the outlet's, not
// as a quotation. A quotation stays one where it ends its clause ("… was “reckless.”",
// "… “unfair” and …", "… “rigged,” adding …", see embedded), and where mixedAt, which
// reads its sentence alone, finds no clause of indirect speech around it: after a
// preposition that follows the cue ("praised Marek for “standing firm” on …", where
// PolNeAR's content opens with the mark), after "so-called" or a mention word ("said the
// word “reckless” fit", see afterMentionWord), as the object of a naming verb ("called
// the plan “reckless” in a speech"), as a title, or repeating words quoted before: the
// quoted word is then the one the source used, named as such. The quotation's span is
// Reported and Marked, as words in quotation marks; inside a content found by reported, it
// has the content's attribution and is marked Continued, as the piece of the content
// after it is, unless it opens the content (then neither is: both carry the content's
// source and cue, which is how framing.Statements joins them). Only English has it (see mixedAt). Because the decision reads no other
// quotation's attribution and no content, a segmentation that wants only some voices
// (see voicesOnly) decides alike without attributing anything.
func (s *segmenter) mixedQuotes() {
	if !s.lang.attribute {
		return
	}
	var sent sentenceSpan
	for i := range s.quotes {
		q := &s.quotes[i]
		if !q.inClause || !s.mixedAt(i, &sent) {
			continue
		}
		q.Voice, q.Marked = Reported, true
		sent := s.toks[s.tokAt(q.start)].sentence
		c, _ := slices.BinarySearch(s.contentSent, sent)
		for ; c < len(s.contents) && s.contentSent[c] == sent; c++ {
			s.work++
			if ct := &s.contents[c]; ct.Start < q.openStart && q.closeEnd < ct.End {
				q.Continued = true
				q.Speaker, q.Verb, q.CueStart, q.CueEnd = ct.Speaker, ct.Verb, ct.CueStart, ct.CueEnd
				q.speakerPos, q.speakerEnd = ct.SourceStart, ct.SourceEnd
				break
			}
		}
	}
}

// mixedAt reports whether quotation i, which may be set inside its clause (see
// embedded), is part of a clause of indirect speech, read from its own sentence alone (no
// other quotation's attribution, no content found): with "according to" in the sentence;
// after a reporting verb or a verb of thinking (not one that is also a noun; among the
// mixedWindow words before the quotation) followed by a subject pronoun, or with "that",
// a finite verb or no preposition but "to" between it and the quotation ("said the plan
// was “reckless” and …", "said the plan “worked”", "urged the crews to keep a “firm
// line”", not "praised her for “standing firm”"); or before a reporting verb among the
// last five words of the sentence, after a comma (", officials said."). It is not right
// after such a verb ("accused “rival forces” of …": the verb's content opens with the
// mark, a quotation at one end), nor after a naming verb within four words ("called it
// “a mess”": the words the source named it by; see namingCues), nor after "so-called" or
// a mention word (see afterMentionWord), nor when it reads as a title (see isTitle) or
// repeats words quoted before (see repeats). The words it reads ("to", the naming verbs,
// the mention words) are English: in other languages it is always false. sent holds the
// sentence of the quotation before (see sentenceAt), read once for all its quotations.
func (s *segmenter) mixedAt(i int, sent *sentenceSpan) bool {
	if s.lang.name != "english" {
		return false
	}
	q := &s.quotes[i]
	if s.soCalled(s.text[max(0, q.openStart-24):q.openStart]) || s.afterMentionWord(q) || s.isTitle(q) || s.repeats(i) {
		return false
	}
	first, after := s.quoteToks(q)
	s.sentenceAt(first, sent)
	st, en := sent.start, sent.end
	if sent.according {
		return true
	}
	// Between the cue and the quotation: a finite verb, "that", a preposition (not "to").
	// The cue is looked for among the mixedWindow words before the quotation.
	finite, that, prep := false, false, false
	for k := first - 1; k >= max(st, first-mixedWindow); k-- {
		s.work++
		t := &s.toks[k]
		if strings.IndexByte(s.text[t.end:s.toks[k+1].start], ';') >= 0 {
			break // a semicolon ends the clause a cue before it governs
		}
		if t.inq {
			continue
		}
		if t.flags&ClassNaming != 0 && first-k <= 4 && namingCues[s.lang.verbBase(s.lowerWord(k))] {
			return false // the object of a naming verb ("called it “a mess”"): its own words
		}
		if t.flags&(ClassVerb|ClassThink) != 0 && t.flags&ClassWeak == 0 {
			if k > st && s.toks[k-1].flags&ClassWho != 0 && s.commaBefore(k-1) &&
				strings.IndexByte(s.text[t.end:s.toks[first].start], ',') >= 0 {
				// "Marek, who said little, watched the “reform” fail": a relative clause
				// closed by its comma; its cue governs nothing after it.
				break
			}
			if k+1 == first {
				return false // "accused “external forces” of …": the content opens with the mark
			}
			if n := k + 1; s.toks[n].flags&ClassSubject != 0 || finite || that || !prep {
				return true
			}
		}
		switch {
		case t.flags&ClassPast != 0 || t.flags&ClassAux != 0 && !t.cap:
			// A capitalized modal may be a surname ("Peter Will"), which only full
			// attribution knows (modalSurnames): read alike in every segmentation.
			finite = true
		case t.flags&ClassThat != 0:
			that = true
		case t.flags&ClassPrep != 0 && (s.lowerWord(k) != "to" || s.toks[k+1].flags&ClassDet != 0):
			prep = true // "to" opens an infinitive, not a phrase ("spoke to the “experts”")
		}
	}
	for k := max(after, en-5); k < en; k++ {
		if t := &s.toks[k]; t.inq || t.flags&ClassVerb == 0 || t.flags&(ClassNaming|ClassWeak) != 0 {
			continue
		}
		for j := k; j > after && j > k-5; j-- {
			if strings.Contains(s.text[s.toks[j-1].end:s.toks[j].start], ",") {
				return true
			}
		}
	}
	return false
}

// mixedWindow is how many words before a quotation mixedAt looks for its cue, so that a
// long sentence of many short quotations is read in time in proportion to it.
const mixedWindow = 40

// sentenceSpan is a sentence's tokens [start, end), and whether "according to" stands in
// it outside quotations, worked out once per sentence for mixedAt.
type sentenceSpan struct {
	start, end int
	according  bool
}

// sentenceAt sets sp to token k's sentence, unless it holds it already.
func (s *segmenter) sentenceAt(k int, sp *sentenceSpan) {
	if sp.start <= k && k < sp.end {
		return
	}
	sp.start, sp.end, sp.according = s.sentenceStartTok(k), s.sentenceEndTok(k), false
	s.work += sp.end - sp.start
	for j := sp.start; j+1 < sp.end; j++ {
		if !s.toks[j].inq && s.toks[j].flags&ClassAccording != 0 && s.lowerWord(j+1) == "to" && !s.accordingConformity(j, sp.end) {
			sp.according = true
			break
		}
	}
}

// repeats reports whether quotation i, of two words or more, repeats words quoted before
// it (within fifty quotations and ten paragraphs): the words of a source quoted again,
// which stay a quotation (see the echo of attribute).
func (s *segmenter) repeats(i int) bool {
	q := &s.quotes[i]
	first, after := s.quoteToks(q)
	if after-first < 2 {
		return false
	}
	words := s.normalized(i)
	p := s.para(q.openStart)
	for j := i - 1; j >= 0 && j >= i-50 && s.para(s.quotes[j].openStart) >= p-10; j-- {
		s.work++
		if o := &s.quotes[j]; o.End-o.Start >= len(words) && strings.Contains(s.normalized(j), words) {
			return true
		}
	}
	return false
}

// embedded reports whether quotation q, of one or two words, stands inside its clause:
// a word of its sentence right before it, and after it, past a space alone, a word of its
// sentence that opens no clause (not "and", "but", "which"); the quoted words end with a
// letter or a digit, not a comma or a period.
func (s *segmenter) embedded(q *quote) bool {
	first, after := s.quoteToks(q)
	if n := after - first; n < 1 || n > 2 || first == 0 {
		return false
	}
	// tokAt(q.closeEnd), read on from the token after the words rather than searched for.
	a := after
	for a < len(s.toks) && s.toks[a].start < q.closeEnd {
		a++
	}
	if a >= len(s.toks) || a != after || s.toks[a].inq || s.toks[a].sentence != s.toks[first].sentence ||
		s.toks[first-1].sentence != s.toks[first].sentence {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(s.text[q.start:q.end]); !unicode.IsLetter(last) && !unicode.IsDigit(last) ||
		strings.TrimLeft(s.text[q.closeEnd:s.toks[a].start], " ") != "" {
		return false
	}
	return s.toks[a].flags&(ClassConj|ClassThat|ClassWho) == 0
}

// markInClause marks the quotations that may be set inside their clause (quote.inClause,
// see embedded), once per text, and reports whether there is any.
func (s *segmenter) markInClause() bool {
	any := false
	for i := range s.quotes {
		q := &s.quotes[i]
		q.inClause = !q.block && !q.unopened && s.embedded(q)
		any = any || q.inClause
	}
	return any
}
