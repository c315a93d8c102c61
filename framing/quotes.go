package framing

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Voice says whose words a stretch of text carries.
type Voice uint8

// The voices of [Quotes].
const (
	// VoiceOwn is the outlet's own words.
	VoiceOwn Voice = iota
	// VoiceQuote is a direct quotation: words in quotation marks attributed to someone.
	VoiceQuote
	// VoiceScare is a scare quote: a short quoted phrase (four words or fewer) that no
	// reporting verb attributes, used to keep a word at a distance ("a so-called “threat”").
	VoiceScare
	// VoiceReported is reported speech without quotation marks, where the cue is clear:
	// the clause after "X said that", "X claimed that" ..., or the rest of a sentence
	// with "according to X".
	VoiceReported
)

var voiceNames = [...]string{"own", "quote", "scare", "reported"}

// String returns the voice's name: own, quote, scare or reported.
func (v Voice) String() string {
	if int(v) < len(voiceNames) {
		return voiceNames[v]
	}
	return fmt.Sprintf("voice(%d)", v)
}

// MarshalJSON writes the voice's name.
func (v Voice) MarshalJSON() ([]byte, error) { return json.Marshal(v.String()) }

// UnmarshalJSON reads a voice's name.
func (v *Voice) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	i := slices.Index(voiceNames[:], s)
	if i < 0 {
		return fmt.Errorf("framing: unknown voice %q", s)
	}
	*v = Voice(i)
	return nil
}

// Voices is a set of voices, for [Analyzer.Voices].
type Voices uint8

// Common sets of voices.
const (
	AllVoices    Voices = 0                                                // every token (the zero value)
	OwnVoice     Voices = 1 << VoiceOwn                                    // the outlet's own words only
	QuotedVoices Voices = 1<<VoiceQuote | 1<<VoiceScare | 1<<VoiceReported // everything attributed to others
)

// Has reports whether the set includes v; the zero set includes every voice.
func (s Voices) Has(v Voice) bool { return s == 0 || s&(1<<v) != 0 }

// A Span is a stretch of text in a voice other than the outlet's own, with its attribution
// where one was found.
type Span struct {
	Start   int    `json:"start"`             // byte offsets of the quoted or reported words (quotation marks excluded)
	End     int    `json:"end"`               // byte offset just past the words
	Voice   Voice  `json:"voice"`             // quote, scare or reported
	Speaker string `json:"speaker,omitempty"` // who is quoted, as the text names them (pronouns resolved to the last named speaker)
	Verb    string `json:"verb,omitempty"`    // the reporting verb, lowercased ("said", "claimed", "according to")
}

// Quotes segments text into the spans that are not the outlet's own voice: direct quotes
// (straight and curly double quotes, „German“ quotes, «guillemets», and curly single
// quotes), scare quotes, and reported speech with a clear cue, sorted by Start and never
// overlapping. Everything outside the spans is own voice.
//
// A quotation runs to its closing mark. One still open at the end of a paragraph continues
// if the next paragraph opens with a quotation mark (the convention for quotes spanning
// paragraphs); otherwise it ends with the paragraph, so an unclosed quote never swallows
// the rest of the text. A quote is attributed from the same sentence: a reporting verb
// right after it (", said X", ", X said", ", according to X") or before it ("X said: ",
// "X said the plan was a “...”"); the speaker is the phrase of up to six words on the
// other side of the verb. lang selects the reporting verbs (English, Spanish and Russian
// are known; other languages get the English list).
func Quotes(text, lang string) []Span {
	verbs := reportingVerbs(lang)
	quotes := directQuotes(text)
	var spans []Span
	lastSpeaker, lastSpeakerPos := "", -1
	for i, q := range quotes {
		sp := Span{Start: q.start, End: q.end, Voice: VoiceQuote}
		prevEnd := 0
		if i > 0 {
			prevEnd = quotes[i-1].closeEnd
		}
		nextStart := len(text)
		if i+1 < len(quotes) {
			nextStart = quotes[i+1].openStart
		}
		var distance int
		sp.Speaker, sp.Verb, distance = attribute(text, q, prevEnd, nextStart, verbs)
		short := countWords(text[q.start:q.end]) <= 4
		switch {
		case short && (soCalled(text[max(0, q.openStart-24):q.openStart]) || sp.Verb != "" && distance > 10):
			// "a so-called “threat”", or a short quote far from any reporting verb.
			sp.Speaker, sp.Verb, sp.Voice = "", "", VoiceScare
		case sp.Speaker == "" && sp.Verb != "" && len(spans) > 0 && !paragraphBetween(text, prevEnd, q.openStart):
			sp.Speaker = spans[len(spans)-1].Speaker
		case sp.Verb == "" && i > 0 && len(spans) > 0 && spans[len(spans)-1].Voice == VoiceQuote &&
			!paragraphBetween(text, prevEnd, q.openStart):
			// A quote that follows another in the same paragraph without an attribution
			// of its own continues the same speaker.
			sp.Speaker, sp.Verb = spans[len(spans)-1].Speaker, spans[len(spans)-1].Verb
		case sp.Verb == "" && short:
			sp.Voice = VoiceScare
		}
		if isPronoun(sp.Speaker) {
			// The nearer of the last named quoted speaker and the last "Name said" before
			// the quote.
			if name, pos := namedSpeakerBefore(text, q.openStart, verbs); name != "" && pos > lastSpeakerPos {
				lastSpeaker, lastSpeakerPos = name, pos
			}
			if lastSpeaker != "" {
				sp.Speaker = lastSpeaker
			}
		} else if sp.Speaker != "" {
			lastSpeaker, lastSpeakerPos = sp.Speaker, q.openStart
		}
		spans = append(spans, sp)
	}
	spans = append(spans, reportedSpeech(text, quotes, verbs)...)
	slices.SortFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	return spans
}

// soCalled reports whether the text before a quote ends with "so-called" or its
// equivalent in Spanish or Russian.
func soCalled(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " \u00a0"))
	for _, cue := range []string{"so-called", "so called", "supuesto", "supuesta", "mal llamado", "так называемый", "так называемая", "так называемое"} {
		if strings.HasSuffix(b, cue) {
			return true
		}
	}
	return false
}

func paragraphBetween(text string, lo, hi int) bool {
	return strings.Contains(text[lo:hi], "\n")
}

// quote is one direct quotation: the marks at openStart..start and end..closeEnd.
type quote struct {
	openStart, start, end, closeEnd int
}

// Quotation marks: opening mark -> closing marks.
var closers = map[rune]string{
	'"':      "\"",
	'\u201C': "\u201D\u201C", // “ closes with ”, or (in some typesetting) “
	'\u201E': "\u201C\u201D", // „ closes with “ (German) or ”
	'\u00AB': "\u00BB",       // « »
	'\u2018': "\u2019",       // ‘ ’ (single; the closing mark must not be an apostrophe)
	'\u201D': "\u201D",       // ” used as an opening mark (Swedish)
}

func directQuotes(text string) []quote {
	var out []quote
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && c != '"' {
			i++ // the fast path: ASCII other than the straight quote
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		cl, ok := closers[r]
		if !ok || !opensQuote(text, i, size, r) {
			i += size
			continue
		}
		q, next := scanQuote(text, i, size, cl, r)
		if q.end > q.start {
			out = append(out, q)
		}
		i = next
	}
	return out
}

// opensQuote decides whether the mark at i opens a quotation: it must be followed by a
// non-space and, for ambiguous marks, preceded by a space, an opening bracket, a dash or
// the start of the text.
func opensQuote(text string, i, size int, r rune) bool {
	if i+size >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	if unicode.IsSpace(next) {
		return false
	}
	if r == '"' || r == '\u2018' || r == '\u201D' {
		if i == 0 {
			return true
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:", prev)
	}
	return true
}

// scanQuote finds the end of the quotation opened at i. It returns the quote and where to
// continue scanning.
func scanQuote(text string, i, size int, cl string, open rune) (quote, int) {
	q := quote{openStart: i, start: i + size}
	j := q.start
	for j < len(text) {
		r, sz := utf8.DecodeRuneInString(text[j:])
		switch {
		case strings.ContainsRune(cl, r) && closesQuote(text, j, sz, r, open):
			q.end, q.closeEnd = j, j+sz
			return q, j + sz
		case r == '\n' && paragraphBreak(text, j):
			// A paragraph ends inside the quotation: it continues only if the next
			// paragraph opens with a quotation mark.
			k := skipSpace(text, j)
			if k < len(text) {
				if r2, sz2 := utf8.DecodeRuneInString(text[k:]); r2 == open {
					j = k + sz2
					continue
				}
			}
			q.end = trimRightSpace(text, q.start, j)
			q.closeEnd = q.end
			return q, j
		}
		j += sz
	}
	q.end = trimRightSpace(text, q.start, len(text))
	q.closeEnd = q.end
	return q, len(text)
}

// closesQuote rejects a closing single quote that is an apostrophe (a letter follows).
func closesQuote(text string, j, sz int, r, open rune) bool {
	if open != '\u2018' && open != '"' {
		return true
	}
	if j+sz >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j+sz:])
	return !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// paragraphBreak reports whether the line break at j ends a paragraph.
func paragraphBreak(text string, j int) bool { return blankFrom(text, j+1) }

func skipSpace(text string, j int) int {
	for j < len(text) {
		r, sz := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			return j
		}
		j += sz
	}
	return j
}

func trimRightSpace(text string, lo, hi int) int {
	for hi > lo {
		r, sz := utf8.DecodeLastRuneInString(text[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		hi -= sz
	}
	return hi
}

func countWords(s string) int {
	return len(strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
	}))
}

// reportingVerbs returns the verbs that attribute speech in a language (read-only).
func reportingVerbs(lang string) map[string]bool {
	l, _ := lookupLanguage(lang)
	if m, ok := verbsByLanguage[l.name]; ok {
		return m
	}
	return verbsByLanguage["english"]
}

// verbsByLanguage holds the reporting verbs of each language with a list; it is built once
// and never written after.
var verbsByLanguage = func() map[string]map[string]bool {
	lists := map[string]string{
		"spanish": "dijo dice afirmó afirma declaró declara aseguró asegura señaló señala subrayó subraya denunció denuncia " +
			"informó informa indicó indica agregó añadió explicó sostuvo advirtió acusó acusa pidió destacó manifestó " +
			"calificó reconoció negó insistió",
		"russian": "заявил заявила заявили сказал сказала сказали сообщил сообщила сообщили отметил отметила " +
			"подчеркнул подчеркнула добавил добавила назвал назвала утверждает утверждал обвинил",
		"english": "said says say saying told tells added adds claimed claims alleged alleges insisted insists reported " +
			"reports stated noted argued argues warned warns urged urges declared declares asserted " +
			"asserts announced explained explains wrote writes tweeted posted called calls described describes " +
			"accused accuses denied denies stressed stresses emphasized emphasised maintained acknowledged admitted " +
			"suggested rejected dismissed denounced condemned branded labelled labeled termed cited quoted asked " +
			"replied responded vowed pledged promised threatened boasted complained lamented conceded confirmed " +
			"predicted recalled call describe accuse deny claim insist warn",
	}
	out := map[string]map[string]bool{}
	for lang, words := range lists {
		m := map[string]bool{}
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
		out[lang] = m
	}
	return out
}()

// accordingCue returns the "according to" cues of a language.
func accordingCue(verbs map[string]bool) []string {
	switch {
	case verbs["dijo"]:
		return []string{"según"}
	case verbs["заявил"]:
		return []string{"по словам", "по данным"}
	}
	return []string{"according to"}
}

// mayHaveCue reports cheaply whether s can contain one of the cues, ignoring the case of
// their first letter only (the rest of a cue is matched as written).
func mayHaveCue(s string, cues []string) bool {
	for _, c := range cues {
		_, size := utf8.DecodeRuneInString(c)
		if strings.Contains(s, c[size:]) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasVerb reports whether any word of s is a reporting verb, without allocating for
// lowercase words.
func hasVerb(s string, verbs map[string]bool) bool {
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += sz
			continue
		}
		j, upper := i, false
		for j < len(s) {
			r2, sz2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			upper = upper || unicode.IsUpper(r2)
			j += sz2
		}
		w := s[i:j]
		switch {
		case !upper:
			if verbs[w] {
				return true
			}
		case len(w) <= 32 && isASCII(w):
			var buf [32]byte
			for k := 0; k < len(w); k++ {
				c := w[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[k] = c
			}
			if verbs[string(buf[:len(w)])] { // no allocation for the lookup
				return true
			}
		default:
			if verbs[strings.ToLower(w)] {
				return true
			}
		}
		i = j
	}
	return false
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "who": true, "él": true, "ella": true, "он": true, "она": true, "они": true}

func isPronoun(s string) bool { return pronouns[strings.ToLower(s)] }

// word is a word of an attribution window.
type word struct {
	text       string
	start, end int
}

// words returns the words of text[lo:hi], and for each whether punctuation (other than
// spaces) precedes it within the window.
func windowWords(text string, lo, hi int) ([]word, []bool) {
	n := (hi-lo)/6 + 2 // about one word per six bytes
	ws := make([]word, 0, n)
	punct := make([]bool, 0, n)
	sawPunct := false
	for i := lo; i < hi; {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			j := i
			for j < hi {
				r2, sz2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) && !(isJoiner(r2) && j+sz2 < hi && isWordRuneAt(text, j+sz2)) {
					break
				}
				j += sz2
			}
			ws = append(ws, word{text: text[i:j], start: i, end: j})
			punct = append(punct, sawPunct)
			sawPunct = false
			i = j
			continue
		}
		if !unicode.IsSpace(r) && !(r == '.' && len(ws) > 0 && ws[len(ws)-1].end == i && titles[strings.ToLower(ws[len(ws)-1].text)]) {
			sawPunct = true // the period of "Mr." is not punctuation
		}
		i += sz
	}
	return ws, punct
}

// titles are abbreviations whose period does not end a phrase.
var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true,
	"sen": true, "rep": true, "gov": true, "st": true, "sr": true, "sra": true, "lt": true, "capt": true}

func isWordRuneAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// sentenceEnd returns the end of the sentence that starts at or before from, searching to
// at most limit: the first . ! ? followed by a space, or a line break.
func sentenceEnd(text string, from, limit int) int {
	for i := from; i < limit; i++ {
		switch text[i] {
		case '\n':
			return i
		case '.', '!', '?':
			if (i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n') && !afterTitle(text, i) {
				return i
			}
		}
	}
	return limit
}

// afterTitle reports whether the period at i ends a title abbreviation ("Mr.").
func afterTitle(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	j := i
	for j > 0 && isASCIILetter(text[j-1]) {
		j--
	}
	return j < i && titles[strings.ToLower(text[j:i])] && (j == 0 || !isASCIILetter(text[j-1]))
}

// sentenceStart returns the start of the sentence that ends at or after from.
func sentenceStart(text string, from, limit int) int {
	for i := from - 1; i >= limit; i-- {
		switch text[i] {
		case '\n':
			return i + 1
		case '.', '!', '?':
			if i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n') && !afterTitle(text, i) {
				return i + 1
			}
		}
	}
	return limit
}

// attribute finds the speaker and reporting verb of a quote within its sentence, looking
// no further than the neighbouring quotes. distance is the number of words between a verb
// found before the quote and the quote.
func attribute(text string, q quote, prevEnd, nextStart int, verbs map[string]bool) (speaker, verb string, distance int) {
	// After the quote: ", said X", ", X said", ", according to X", but only where a comma
	// (inside or right after the quote) or a ? or ! leads to it: "“...” and urged" is not
	// an attribution, and a quote that ends its sentence ("weapons.” The agency") has none
	// after it.
	inner := strings.TrimRightFunc(text[q.start:q.end], unicode.IsSpace)
	lastInner, _ := utf8.DecodeLastRuneInString(inner)
	rest := strings.TrimLeft(text[q.closeEnd:min(len(text), q.closeEnd+4)], " ")
	after := lastInner == ',' || strings.HasPrefix(rest, ",") ||
		(lastInner == '?' || lastInner == '!') && startsLower(text[q.closeEnd:])
	if after {
		afterEnd := sentenceEnd(text, q.closeEnd, min(nextStart, q.closeEnd+160))
		ws, punct := windowWords(text, q.closeEnd, afterEnd)
		lowerAfter := strings.ToLower(text[q.closeEnd:afterEnd])
		for _, cue := range accordingCue(verbs) {
			if k := strings.Index(lowerAfter, cue); k >= 0 && k < 12 {
				return phraseAfter(text, q.closeEnd+k+len(cue), afterEnd), cue, 0
			}
		}
		for k := 0; k < len(ws) && k < 8; k++ {
			if k > 0 && punct[k] {
				break
			}
			if verbs[strings.ToLower(ws[k].text)] {
				if k == 0 {
					return phraseAfter(text, ws[k].end, afterEnd), strings.ToLower(ws[k].text), 0
				}
				return speakerPhrase(ws[:k]), strings.ToLower(ws[k].text), 0
			}
		}
	}
	// Before the quote, within the sentence: the last reporting verb, and the phrase before it.
	lo := max(prevEnd, q.openStart-240)
	beforeStart := sentenceStart(text, q.openStart, lo)
	ws, punct := windowWords(text, beforeStart, q.openStart)
	lowerBefore := strings.ToLower(text[beforeStart:q.openStart])
	for _, cue := range accordingCue(verbs) {
		if k := strings.LastIndex(lowerBefore, cue); k >= 0 {
			return phraseAfter(text, beforeStart+k+len(cue), q.openStart), cue, 0
		}
	}
	for k := len(ws) - 1; k >= 0; k-- {
		if !verbs[strings.ToLower(ws[k].text)] || k > 0 && determiners[strings.ToLower(ws[k-1].text)] {
			continue // not a verb, or a noun after a determiner ("the reports")
		}
		distance = len(ws) - 1 - k
		from := k
		for from > 0 && k-from < maxSpeakerWords && !punct[from] {
			from--
		}
		sp := speakerPhrase(ws[from:k])
		if sp == "" && beforeStart == prevEnd && prevEnd > 0 {
			// The sentence began before the previous quote ("X said “...” and urged
			// “...”"): the caller gives this quote the previous quote's speaker.
			return "", strings.ToLower(ws[k].text), distance
		}
		if sp == "" {
			// The verb follows punctuation ("..., told Meridian"): the subject opens the
			// sentence.
			sp = phraseAfter(text, beforeStart, ws[k].start)
			if sp == "" || strings.EqualFold(sp, ws[k].text) {
				sp = phraseAfter(text, ws[k].end, q.openStart)
			}
		}
		return sp, strings.ToLower(ws[k].text), distance
	}
	return "", "", 0
}

// namedSpeakerBefore returns the speaker of the last "Name said" or "said Name" before pos
// (within 400 bytes) whose phrase has a capitalized word that is not a pronoun or article,
// and the position of its verb; or "", -1.
func namedSpeakerBefore(text string, pos int, verbs map[string]bool) (string, int) {
	lo := max(0, pos-400)
	ws, punct := windowWords(text, lo, pos)
	named := func(ws []word) bool {
		for _, w := range ws {
			if r, _ := utf8.DecodeRuneInString(w.text); unicode.IsUpper(r) && !isPronoun(w.text) && !determiners[strings.ToLower(w.text)] {
				return true
			}
		}
		return false
	}
	for k := len(ws) - 1; k >= 0; k-- {
		if !verbs[strings.ToLower(ws[k].text)] {
			continue
		}
		from := k
		for from > 0 && k-from < maxSpeakerWords && !punct[from] {
			from--
		}
		if from < k && named(ws[from:k]) {
			return speakerPhrase(ws[from:k]), ws[k].start
		}
		// "said Name": the words after the verb, up to punctuation.
		to := k + 1
		for to < len(ws) && to-k <= maxSpeakerWords && !punct[to] {
			to++
		}
		if to > k+1 && named(ws[k+1:to]) {
			return speakerPhrase(ws[k+1 : to]), ws[k].start
		}
	}
	return "", -1
}

func startsLower(s string) bool {
	s = strings.TrimLeft(s, " ")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// maxSpeakerWords bounds a speaker phrase ("a spokesperson for the Ministry of National
// Defense" has eight words).
const maxSpeakerWords = 8

// determiners before a word make it a noun, not a reporting verb ("the reports").
var determiners = map[string]bool{"this": true, "that": true, "the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "these": true, "those": true, "our": true, "los": true, "las": true, "el": true, "la": true,
	"un": true, "una": true, "sus": true, "su": true}

// conjunctions that may open a speaker phrase and are not part of it.
var conjunctions = map[string]bool{"and": true, "but": true, "or": true, "then": true, "y": true, "pero": true, "e": true, "и": true, "но": true, "а": true}

// speakerPhrase joins the words of a speaker phrase without a leading conjunction.
func speakerPhrase(ws []word) string {
	for len(ws) > 0 && conjunctions[strings.ToLower(ws[0].text)] {
		ws = ws[1:]
	}
	return joinWords(ws)
}

// phraseAfter returns up to six words after position from, stopping at punctuation, without
// a leading conjunction.
func phraseAfter(text string, from, to int) string {
	ws, punct := windowWords(text, from, to)
	for len(ws) > 0 && conjunctions[strings.ToLower(ws[0].text)] {
		ws, punct = ws[1:], punct[1:]
	}
	n := 0
	for n < len(ws) && n < maxSpeakerWords && (n == 0 || !punct[n]) {
		n++
	}
	return joinWords(ws[:n])
}

func joinWords(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// reportedSpeech finds clauses of indirect speech outside the direct quotes.
func reportedSpeech(text string, quotes []quote, verbs map[string]bool) []Span {
	var out []Span
	// Quotes are sorted and disjoint, so one binary search finds the first that ends after
	// a position.
	firstAfter := func(pos int) int {
		lo, hi := 0, len(quotes)
		for lo < hi {
			m := (lo + hi) / 2
			if quotes[m].closeEnd <= pos {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return lo
	}
	inQuote := func(pos int) bool {
		i := firstAfter(pos)
		return i < len(quotes) && quotes[i].openStart <= pos
	}
	overlaps := func(lo, hi int) bool {
		i := firstAfter(lo)
		return i < len(quotes) && quotes[i].openStart < hi
	}
	cues := accordingCue(verbs)
	// Sentences, then cues within each.
	for start := 0; start < len(text); {
		end := sentenceEnd(text, start, len(text))
		sentence := text[start:end]
		if mayHaveCue(sentence, cues) || hasVerb(sentence, verbs) {
			if s, ok := reportedInSentence(text, start, end, sentence, verbs, inQuote, overlaps); ok {
				out = append(out, s)
			}
		}
		start = end + 1
	}
	return out
}

func reportedInSentence(text string, start, end int, sentence string, verbs map[string]bool, inQuote func(int) bool, clauseQuoted func(lo, hi int) bool) (Span, bool) {
	lower := strings.ToLower(sentence)
	for _, cue := range accordingCue(verbs) {
		k := strings.Index(lower, cue)
		if k < 0 || inQuote(start+k) {
			continue
		}
		speaker := phraseAfter(text, start+k+len(cue), end)
		// The reported words are the rest of the sentence: after the cue's phrase if the
		// cue opens the sentence, before it otherwise.
		var lo, hi int
		if strings.TrimSpace(sentence[:k]) == "" {
			comma := strings.IndexByte(sentence[k:], ',')
			if comma < 0 {
				continue
			}
			lo, hi = start+k+comma+1, end
		} else {
			lo, hi = start, start+k
		}
		lo, hi = trimSpan(text, lo, hi)
		if hi > lo && !clauseQuoted(lo, hi) {
			return Span{Start: lo, End: hi, Voice: VoiceReported, Speaker: speaker, Verb: cue}, true
		}
	}
	ws, punct := windowWords(text, start, end)
	for k := 1; k+1 < len(ws); k++ {
		v := strings.ToLower(ws[k].text)
		if !verbs[v] || inQuote(ws[k].start) {
			continue
		}
		// "X said that ..." (allowing an object and a time phrase: "told reporters on Monday that").
		for t := k + 1; t < len(ws) && t <= k+4; t++ {
			if punct[t] {
				break
			}
			if w := strings.ToLower(ws[t].text); w == "that" || w == "que" || w == "что" {
				from := k
				for from > 0 && k-from < maxSpeakerWords && !punct[from] {
					from--
				}
				lo, hi := trimSpan(text, ws[t].end, end)
				if hi > lo && !clauseQuoted(lo, hi) {
					sp := speakerPhrase(ws[from:k])
					if sp == "" {
						sp = phraseAfter(text, start, ws[k].start)
					}
					return Span{Start: lo, End: hi, Voice: VoiceReported, Speaker: sp, Verb: v}, true
				}
				break
			}
		}
	}
	return Span{}, false
}

func trimSpan(text string, lo, hi int) (int, int) {
	for lo < hi {
		r, sz := utf8.DecodeRuneInString(text[lo:])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		lo += sz
	}
	return lo, trimRightSpace(text, lo, hi)
}
