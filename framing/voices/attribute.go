package voices

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Attribution: each quotation's source and cue. In its own sentence, the cue after the
// quotation comes first (", said X", ", X said", ", X, a spokesman, said", ", according to
// X"), then the nearest cue before it ("X said: “…”", "X said that … “…”", "X called it
// “…”", "According to X, “…”", "X: “…”" in a headline); then a short sentence after it
// ("“…” Smith said."); then an earlier quotation whose words it repeats; then the quotation
// before it in its paragraph, which speaks on (or, for a paragraph that opens with a
// quotation and has no cue of its own, the last quotation of the paragraph before); then a
// paragraph before that ends with "X said:". A passive cue ("reporters were told")
// attributes without a source. The patterns are those of news attribution as described by
// Pareti (2015) and annotated in PolNeAR (Newell et al. 2018). A cue before a quotation
// that stands in the content of an earlier cue of the same source gives way to it ("Ruiz
// said he would advise the board on the “…”" is said, see governingCue for when the inner
// cue keeps it); in English a cue is extended over the medium that completes it ("said in
// a statement", see Span.Cue).

// cue is an attribution found for a quotation or a content: its source phrase (empty when
// none is named, or the cue is passive) and the cue's tokens [from, to).
type cue struct {
	src      np
	from, to int
	verb     string
}

// setCue gives quotation q the attribution c.
func (s *segmenter) setCue(q *quote, c cue) {
	q.attributed = true
	q.Verb = c.verb
	q.CueStart, q.CueEnd = s.toks[c.from].start, s.toks[c.to-1].end
	if p := c.to; c.to-c.from == 1 && p < len(s.toks) && !s.toks[p].inq && s.toks[p].clause == s.toks[c.from].clause &&
		s.toks[p].end <= q.openStart && boundPreps[s.lang.verbBase(c.verb)] == s.lowerWord(p) {
		// "called for “…”", "talked about": the preposition before the quotation is part
		// of the cue ("“…,” Ruiz called for the second time" has none).
		q.Verb += " " + s.lowerWord(p)
		q.CueEnd = s.toks[p].end
	}
	if c.verb == ":" {
		if i := strings.IndexByte(s.text[q.CueEnd:], ':'); i >= 0 {
			q.CueStart, q.CueEnd = q.CueEnd+i, q.CueEnd+i+1
		}
	}
	q.Speaker, q.speakerPos, q.speakerEnd = "", 0, 0
	if src := s.trimSource(c.src); src.ok() {
		q.Speaker = s.phrase(src)
		q.speakerPos, q.speakerEnd = s.toks[src.from].start, s.toks[src.to-1].end
	}
}

// completeCues extends the cue of each of spans (sorted by Start) over the medium that
// completes it (see cuePhrase) and sets Span.Cue. It runs once the spans are made, so the
// rules above see the cues as found; pieces that share a cue share its extension, which
// depends on the cue's offsets alone, and no extension runs into a span's words. A span
// with another medium between the cue and its words keeps the verb alone (see
// otherMedium).
func (s *segmenter) completeCues(spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Verb == "" || sp.CueEnd <= sp.CueStart {
			continue
		}
		if v, k := s.tokAt(sp.CueStart), s.tokAt(sp.CueEnd); sp.Verb != ":" && v < len(s.toks) && s.toks[v].start == sp.CueStart {
			if e := s.cuePhrase(v, k); e > k {
				from, to := s.toks[k].start, s.toks[e-1].end
				j, _ := slices.BinarySearchFunc(spans, from, func(x Span, p int) int { return cmp.Compare(x.Start, p) })
				if (j == len(spans) || spans[j].Start >= to) && !s.otherMedium(e, s.tokAt(sp.Start)) {
					sp.CueEnd = to
				}
			}
		}
		sp.Cue = cueWords(s.text[sp.CueStart:sp.CueEnd])
		if c := strings.TrimRight(sp.Cue, ": "); c != "" {
			sp.Cue = c // "wrote:" is "wrote"; ":" stays
		}
	}
}

// cueWords returns strings.ToLower(strings.Join(strings.Fields(t), " ")): the words of a
// cue, lowercased, one space between them. An ASCII cue already written so ("said") is
// returned as it is, another ASCII one built in one allocation.
func cueWords(t string) string {
	plain := true // lowercase, single spaces between words, none at the ends
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= utf8.RuneSelf:
			return strings.ToLower(strings.Join(strings.Fields(t), " "))
		case 'A' <= c && c <= 'Z', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			plain = false
		case c == ' ' && (i == 0 || i == len(t)-1 || t[i-1] == ' '):
			plain = false
		}
	}
	if plain {
		return t
	}
	var b strings.Builder
	b.Grow(len(t))
	inWord := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
			inWord = false
			continue
		}
		if !inWord && b.Len() > 0 {
			b.WriteByte(' ')
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
		inWord = true
	}
	return b.String()
}

// otherMedium reports whether another medium stands in tokens [from, to), between a cue's
// medium and its span: "said in a statement that Ruiz was wrong and in a speech that “…”"
// gives the quotation's medium as "a speech", which its cue does not reach; the span keeps
// the verb alone.
func (s *segmenter) otherMedium(from, to int) bool {
	for m := from; m < to && m < len(s.toks); m++ {
		if s.toks[m].inq || !mediumNouns[s.lowerWord(m)] {
			continue
		}
		for p := max(from, m-4); p < m; p++ {
			if mediumPreps[s.lowerWord(p)] {
				return true
			}
		}
	}
	return false
}

// cuePhrase returns the token just past the phrase that completes the cue whose verb is
// token v and whose words end before token k: the medium in which the words were said,
// right after the verb ("said in a statement", "wrote on Twitter", "said during the
// interview", "said Monday in a lengthy written statement"). The phrase is a preposition
// of the medium (in, on, during, at) with at most three words and one determiner before a
// medium noun, after an optional time ("Monday", "Monday night", "on Monday", "last
// week"). The medium noun ends the phrase: a boundary follows it (punctuation, a
// quotation, "that", a preposition, a conjunction, a time), and a possessive ending does
// not ("in the newspaper's office"). The phrase stops at any punctuation, quotation,
// number, month, time word or other word, so a clause after the verb is not read as its
// medium ("said in 2019 the hearing was", "said at the time the debate"); a time alone
// ("said Sunday") is no phrase. It returns k when no medium follows.
//
// The phrase is read in English only: other languages keep the verb alone. It is there to
// tell statements, interviews and posts apart, not to match PolNeAR (Newell et al. 2018),
// whose annotators' cues run over the medium about as often as not: on its tune half the
// last word of Cue agrees with the gold cue's less often than the verb does (0.853 against
// 0.857; go test ./framing/voices -run PolNeAR -v).
func (s *segmenter) cuePhrase(v, k int) int {
	if v >= len(s.toks) || k <= v || !s.lang.attribute || s.lang.name != "english" {
		return k
	}
	// on reports whether token j goes on with the phrase: in the verb's sentence, not
	// quoted, with only spaces before it.
	on := func(j int) bool {
		return j < len(s.toks) && !s.toks[j].inq && s.toks[j].sentence == s.toks[v].sentence &&
			strings.TrimSpace(s.text[s.toks[j-1].end:s.toks[j].start]) == ""
	}
	// day: a day's name, or yesterday, today, tonight (a time word that is not a unit
	// such as "week").
	day := func(j int) bool {
		t := s.toks[j]
		return t.flags&ClassTime != 0 && (t.cap || t.flags&ClassFunc != 0)
	}
	time := func(j int) int {
		if !on(j) {
			return j
		}
		switch w := s.lowerWord(j); {
		case (w == "last" || w == "this") && on(j+1) && s.toks[j+1].flags&(ClassTime|ClassMonth) != 0:
			return j + 2 // "last week", "last October"
		case w == "on" && on(j+1) && day(j+1):
			j += 2
		case w == "recently":
			return j + 1
		case day(j):
			j++
		default:
			return j
		}
		if on(j) && s.toks[j].flags&ClassTime != 0 && !day(j) && !s.toks[j].cap {
			j++ // "Monday night"
		}
		return j
	}
	medium := func(j int) int {
		if !on(j) || !mediumPreps[s.lowerWord(j)] {
			return j
		}
		dets := 0
		for m := j + 1; m <= j+4 && on(m); m++ {
			t, w := s.toks[m], s.lowerWord(m)
			if t.flags&ClassDet != 0 {
				if dets++; dets > 1 {
					break // "said at the time the debate …": a clause of its own
				}
			}
			// The medium noun heads its phrase ("on the debate stage" names a place) and
			// ends it: a boundary follows (punctuation, a quotation, "that", a preposition,
			// a conjunction, a time), not a possessive ("in the newspaper's office") nor
			// the rest of a clause ("said in 2019 the hearing was").
			if mediumNouns[w] && !possessive(s.text[t.end:]) && (!on(m+1) ||
				s.toks[m+1].flags&ClassThat != 0 ||
				s.toks[m+1].flags&(ClassPrep|ClassConj|ClassTime) != 0 && s.toks[m+1].flags&(ClassDet|ClassSubject|ClassAux) == 0) {
				return m + 1
			}
			if t.flags&(ClassPrep|ClassThat|ClassConj|ClassWho|ClassSubject|ClassMonth|ClassTime) != 0 || isNumberWord(w) ||
				w == "time" || w == "first" || w == "march" || w == "may" {
				break // "said in March the letter", "said at first the call"
			}
		}
		return j
	}
	if m := medium(time(k)); m > time(k) {
		return m
	}
	return k
}

// possessive reports whether text opens with a possessive ending ("'s", "’s", "'").
func possessive(text string) bool {
	return strings.HasPrefix(text, "'") || strings.HasPrefix(text, "’")
}

// mediumPreps open the medium of a cue ("in a statement", "on Twitter").
var mediumPreps = map[string]bool{"in": true, "on": true, "during": true, "at": true}

// mediumNouns are the media, occasions and channels of a cue, chosen from the cues of the
// tune half of PolNeAR: a statement, an interview, a post, a speech.
var mediumNouns = map[string]bool{"statement": true, "interview": true, "email": true, "e-mail": true,
	"message": true, "speech": true, "debate": true, "call": true, "conference": true, "briefing": true,
	"release": true, "post": true, "tweet": true, "letter": true, "op-ed": true, "column": true, "memo": true,
	"appearance": true, "twitter": true, "facebook": true, "instagram": true, "blog": true, "video": true,
	"panel": true, "hearing": true, "forum": true, "rally": true, "newspaper": true, "editorial": true}

// boundPreps are the prepositions that make one cue with a reporting verb, by the verb's
// base form: "called for" (demanded), "talked about", "referred to".
var boundPreps = map[string]string{"call": "for", "talk": "about", "refer": "to"}

// inherit gives quotation q the attribution of quotation o.
func inherit(q, o *quote) {
	q.attributed = true
	q.Speaker, q.Verb, q.Canonical = o.Speaker, o.Verb, o.Canonical
	q.speakerPos, q.speakerEnd, q.CueStart, q.CueEnd = o.speakerPos, o.speakerEnd, o.CueStart, o.CueEnd
}

// maxPassed is how many titles and scare quotes the search for the quotation a
// quotation continues passes over.
const maxPassed = 16

// attribute finds the source, cue and voice of quotation i.
func (s *segmenter) attribute(i int) {
	q := &s.quotes[i]
	text := s.text
	first, after := s.tokAt(q.start), s.tokAt(q.end)
	q.words = after - first
	if q.block { // a block quotation, attributed by its introduction
		if q.Speaker == "" {
			// An introduction that names no source: the speaker of the quotation
			// before, if it is in the introducing paragraph or the one before that.
			p := s.para(q.openStart)
			for j := i - 1; j >= 0; j-- {
				s.work++
				o := &s.quotes[j]
				if s.para(o.openStart) < p-2 {
					break // quotations are in text order: none before is nearer
				}
				if o.Speaker != "" {
					inherit(q, o)
					break
				}
			}
		}
		return
	}
	if !s.lang.attribute {
		s.classify(i)
		return
	}
	nextStart := len(text)
	if i+1 < len(s.quotes) {
		nextStart = s.quotes[i+1].openStart
	}
	a := s.tokAt(q.closeEnd) // the first token after the quotation
	last := after - 1        // the quotation's last token
	if last < first {
		last = first - 1
	}
	sameSentence := a < len(s.toks) && last >= 0 && s.toks[a].sentence == s.toks[last].sentence
	// After the quotation, in its sentence.
	inner := strings.TrimRightFunc(text[q.start:q.end], unicode.IsSpace)
	if in := strings.TrimRight(inner, "’'"); in != inner && strings.HasSuffix(in, ",") {
		inner = in // "“… ‘Build the pier first,’” Varga said": the comma inside the inner quotation
	}
	lastInner, _ := utf8.DecodeLastRuneInString(inner)
	rest := strings.TrimLeft(text[q.closeEnd:min(len(text), q.closeEnd+4)], " ")
	marked := lastInner == ',' || lastInner == '—' || lastInner == '-' || lastInner == '–' || strings.HasPrefix(rest, ",") ||
		(lastInner == '?' || lastInner == '!' || lastInner == '…') && startsLower(text[q.closeEnd:])
	// Without such a mark, only a source and its verb right after the quotation (“…” Smith
	// said) attribute it; "the “free press” were not told" is a clause of its own.
	leadsOn := marked || sameSentence && lastInner != '.' && s.para(q.closeEnd) == s.para(q.start)
	// A cue without a source ("…, asked about it", "when asked") attributes the quotation
	// only if nothing below gives it a source.
	var fallback, final *cue
	fallbackDist := 0
	if c, ok := s.askedCue(first); ok {
		// "Asked whether Ruiz “has the votes,” most said yes": the question's words.
		s.setCue(q, c)
		s.classify(i)
		return
	}
	if leadsOn && a < len(s.toks) && s.para(s.toks[a].start) == s.para(max(q.start, q.closeEnd-1)) {
		if c, ok := s.cueAfter(a, s.clauseLimit(a, nextStart)); ok && (marked || c.src.ok() && c.from-a <= 5 && !s.passiveCue(c)) {
			switch {
			case c.src.ok() && s.inReportedClause(first) && s.cueHasContent(c):
				// "Ruiz claimed that “…,” the auditor said the books were sound": the
				// quotation is in the content of the cue before it, and the cue after it
				// has a content of its own.
			case c.src.ok():
				s.setCue(q, c)
				s.classify(i)
				return
			default:
				fallback = &c
			}
		} else if c, ok := s.finalVerbCue(a, s.clauseLimit(a, nextStart)); ok && marked {
			// "“…,” her husband cut in.": a source and a verb of any kind end the
			// sentence (see finalVerbCue), when no cue stands before the quotation
			// ("After the board wrote “…,” Varga resigned" is the board's).
			final = &c
		}
	}
	// Before the quotation, within its sentence: the nearest cue.
	if b := first - 1; b >= 0 && s.toks[b].end <= q.openStart && (first >= len(s.toks) || s.toks[first].sentence == s.toks[b].sentence) {
		lo := s.sentenceStartTok(b)
		for lo < b && s.toks[lo].start < s.paras[s.para(q.openStart)] {
			lo++
		}
		if s.toks[lo].sentence == s.toks[b].sentence && s.toks[lo].start >= s.paras[s.para(q.openStart)] {
			if c, dist, ok := s.cueBefore(lo, b+1); ok {
				if o, ok := s.governingCue(lo, b+1, q.openStart, c); ok {
					c, dist = o, s.wordsBetween(o.to, b+1)
				} else {
					c = o // its own, maybe with its subject found (see governingCue)
				}
				if c.src.ok() && s.namingPassive(c, q) {
					// "The quay, often labeled as a “…”": no speaker, but the agent after
					// "by" where one can speak (see namingPassive, namingAgent)
					c.src = s.namingAgent(q)
					if from, to, ok := s.namingBefore(q); ok && from == c.from && c.src.ok() {
						c.to, c.verb = to, strings.ToLower(s.span(from, to)) // "labeled as"
					}
				}
				if c.src.ok() && c.to <= b && strings.HasSuffix(strings.TrimRight(text[s.toks[b].end:q.openStart], " "), ":") {
					if o := s.ownedWords(c.from, c.to, c.to, b+1); o.ok() {
						c.src = o // "Ruiz read out Dimitrov's letter: “…”"
					}
				}
				if c.src.ok() {
					s.setCue(q, c)
					q.distance = dist
					s.classify(i)
					return
				}
				if fallback == nil {
					fallback, fallbackDist = &c, dist
				}
				final = nil
			}
			// "X was quick to retort: “…”", "Varga: …" (a headline): a colon introduces the
			// words of the sentence's subject.
			if strings.HasSuffix(strings.TrimRight(text[s.toks[b].end:q.openStart], " "), ":") {
				if n, clause := s.colonSource(lo, b+1); n.ok() || clause {
					colon := strings.LastIndexByte(text[s.toks[b].end:q.openStart], ':') + s.toks[b].end
					q.attributed, q.Verb, q.CueStart, q.CueEnd = true, ":", colon, colon+1
					if !n.ok() || s.recipientColon(n, b+1) {
						// The words before the colon name no one who can speak, or one who
						// received them ("Ruiz received the following letter:", see
						// recipientColon): the quotation has the colon for cue and no
						// speaker.
						s.classify(i)
						return
					}
					if w := s.lowerWord(b); n.to <= b && !s.toks[b].cap && s.toks[b].clause == s.toks[n.to-1].clause &&
						(s.isReportingVerb(b, lo) || s.toks[b].flags&ClassThink != 0) && !s.prepBetween(n.to, b) &&
						!s.nounAfterDet(b, lo) {
						// "Ruiz wrote back: “…”": a known reporting verb before the colon is
						// the cue, but not a noun in a phrase after the subject ("Ruiz at
						// the morning briefing:", "Ruiz on the king:"), nor a noun after
						// a determiner ("Ruiz had a plan:", see nounAfterDet).
						q.Verb, q.CueStart = w, s.toks[b].start
					} else if from, to, ok := s.colonVerb(n, b+1); ok {
						// "Lind boomed: “…”", "She went on: “…”": the clause's verb (see
						// colonVerb), with the noun of saying that is its object
						// ("issued a statement: “…”", see colonObject).
						if o := s.ownedWords(from, to, to, b+1); o.ok() {
							n = o // "Ruiz read out Dimitrov's letter: “…”": Dimitrov's words
						}
						to = max(to, s.colonObject(to, b+1))
						q.Verb, q.CueStart = strings.ToLower(s.span(from, to)), s.toks[from].start
					}
					if t := s.trimSource(n); t.ok() {
						n = t
					}
					q.Speaker, q.speakerPos, q.speakerEnd = s.phrase(n), s.toks[n.from].start, s.toks[n.to-1].end
					s.classify(i)
					return
				}
			}
		}
	}
	if final != nil {
		s.setCue(q, *final) // "“…,” her husband cut in." (see finalVerbCue)
		s.classify(i)
		return
	}
	// A headline that names its source before a colon: "Tomas Voss: Ana ‘Far Better
	// Prepared …’".
	if first < len(s.toks) {
		if c, ok := s.headlineSource(s.sentenceStartTok(max(0, first-1)), first); ok {
			s.setCue(q, c)
			s.classify(i)
			return
		}
	}
	// The sentence after: “…” Smith said. / “…?” Miller, a retired worker, said into the
	// phone. Only a sentence with no quotation of its own, that opens with its cue or its
	// source.
	if a < len(s.toks) && !sameSentence && s.para(s.toks[a].start) == s.para(q.start) {
		if end := s.sentenceEndTok(a); end-a <= 20 && end <= s.tokAt(nextStart) {
			if c, ok := s.cueAfter(a, end); ok && (c.from == a || c.src.ok() && c.src.from == a) && (end-a <= 8 || c.src.ok()) {
				s.setCue(q, c)
				s.classify(i)
				return
			}
			// “…?” Lind pressed. (see finalVerbCue): in a sentence of its own, a source
			// that names a person and a verb that reports speech, known or, after a
			// question or an exclamation, any but one of an event or a gesture (see
			// eventVerbs): "“…” It rained.", "“…” Ruiz resigned.", "“…?” Ruiz resigned."
			// are none; "“…?” Ruiz inquired." is one.
			if c, ok := s.finalVerbCue(a, end); ok && (s.personSubject(c.src.from) || s.toks[c.src.from].flags&ClassSubject == 0) &&
				(s.isReportingVerb(c.from, a) || (lastInner == '?' || lastInner == '!') && !eventVerbs[s.lowerWord(c.from)]) {
				s.setCue(q, c)
				s.classify(i)
				return
			}
		}
	}
	// The sentence before, in the paragraph or ending the one before, is a bare cue:
	// “Ines Marlow agreed. “…”", "He added: …".
	if first < len(s.toks) && first > 0 && s.toks[first-1].sentence != s.toks[min(first, len(s.toks)-1)].sentence &&
		s.para(s.toks[first-1].start) >= s.para(q.start)-1 && !s.subhead(i) && !s.questionCue(i, s.sentenceStartTok(first-1), first) {
		if c, ok := s.bareCue(s.sentenceStartTok(first-1), first); ok {
			s.setCue(q, c)
			s.classify(i)
			return
		}
	}
	// A short quotation that reads as a name or title, and has no attribution of its own
	// sentence, is a name or title: the rules below, which lean on other quotations, do not
	// make it a quotation (and the voices of titles never depend on other quotations).
	if q.words <= 4 && !s.soCalled(text[max(0, q.openStart-24):q.openStart]) && s.isTitle(q) {
		s.classify(i)
		return
	}
	// Words quoted before: a quotation that repeats (part of) an earlier one is its
	// speaker's ("nor is it an act to “undermine the order”" after “… to undermine the
	// order, …”), as when a text quotes a source in order to rebut it.
	if q.words >= 2 && i > 0 {
		words := normalizeQuote(text[q.Start:q.End])
		p := s.para(q.openStart)
		for j := i - 1; j >= 0 && j >= i-50 && s.para(s.quotes[j].openStart) >= p-10; j-- { // within ten paragraphs
			if o := &s.quotes[j]; o.Speaker != "" && o.Voice == Quote && o.End-o.Start >= len(words) && strings.Contains(s.normalized(j), words) {
				inherit(q, o)
				q.echo = j + 1
				q.Verb, q.CueStart, q.CueEnd = "", 0, 0 // repeated, not said again
				s.classify(i)
				return
			}
		}
	}
	// The quotation before speaks on: in the same paragraph, or, for a paragraph that
	// opens with this quotation, the last of the paragraph before when that one ends with
	// it (a speaker's words run over several paragraphs).
	if i > 0 {
		// The last quotation before, titles and scare quotes passed over (at most
		// maxPassed of them, so that a paragraph of many short quotations stays linear:
		// past them, the quotation before is a title or scare quote, which speaks on for
		// no one).
		j := i - 1
		for j > 0 && j > i-maxPassed && (s.quotes[j].Voice == Title || s.quotes[j].Voice == Scare) && s.para(s.quotes[j].closeEnd) >= s.para(q.start)-1 {
			s.work++
			j--
		}
		prev := &s.quotes[j]
		p := s.para(q.start)
		samePara := s.para(prev.closeEnd) == p
		opens := !samePara && s.para(prev.closeEnd) == p-1 && q.openStart == s.paras[p] &&
			s.sentenceEndTok(s.attributionEnd(prev)) >= s.tokAt(s.paraEnd(p-1))
		opensSentence := first < len(s.toks) && (first == 0 || s.toks[first-1].sentence != s.toks[first].sentence || s.toks[first-1].end <= s.paras[p])
		if prev.Voice == Quote && prev.attributed && (samePara || opens && !s.subhead(i)) && (opensSentence || q.words > 4) {
			inherit(q, prev)
			q.distance = s.tokAt(q.openStart) - s.tokAt(prev.closeEnd)
			s.classify(i)
			return
		}
	}
	// The paragraph before ends with "X said:".
	if p := s.para(q.openStart); p > 0 && s.paras[p] == q.openStart {
		if end := s.paraEnd(p - 1); end > 0 && text[end-1] == ':' {
			if last := s.tokAt(end) - 1; last >= 0 {
				if c, ok := s.introCue(s.sentenceStartTok(last), last); ok {
					s.setCue(q, c)
					s.classify(i)
					return
				}
			}
		}
	}
	if fallback == nil && q.words > 4 {
		if c, ok := s.objectCue(q, first); ok {
			s.setCue(q, c) // "A council report found “no evidence of …”" (see objectCue)
			s.classify(i)
			return
		}
	}
	if fallback != nil && q.words > 4 {
		// A cue without a source attributes a long quotation only ("…,” it's said to
		// defend" makes no quotation of a short one).
		s.setCue(q, *fallback)
		q.distance = fallbackDist
	}
	s.classify(i)
}

// governingCue returns the cue whose content holds the cue c, found in tokens [lo, hi)
// before a quotation that opens at byte open, when c's verb speaks for the same source: "Ruiz
// said he would advise the board on the “…”", "Ruiz said the meeting was a chance to talk
// about “…”". There the quoted words are what the outer cue reports, and its verb is the
// cue. The inner cue keeps the quotation when it has a subject of its own that cannot stand
// for the outer source: a noun phrase that can speak ("Ruiz said the mayor told him “…”",
// "the report claimed “…”"; but "Ruiz said the vote reminds him of “…”" is said), a
// pronoun that does not agree with it (see samePerson: "Marta Ruiz said they warned that
// “…”"), or one whose object does ("Tomas Varga said she told him “…”"). It keeps it too
// when it is passive with an agent or a person as subject ("he was told by Ruiz that
// “…”": another's words), when it names the quoted words and has a pronoun subject
// ("said she had called it “…”", "described it as": the inner verb is what the words are
// about; but "a plan called “…”" is the outer cue's), when its clause is negated or a
// question, or the outer cue asks or denies ("said she never called it", "asked whether
// she had", "denied that she"), when a colon follows it ("Ruiz said he told them: “…”"),
// and when it is a participle ("Ruiz blasted the plan, calling it “…”"). English only.
// When it keeps the quotation it returns c, with the noun phrase before its verb for
// source where c had none of its own there ("Ruiz said the mayor called it “…”": the
// mayor, whom the phrase reader does not take for the subject of a verb after another).
func (s *segmenter) governingCue(lo, hi, open int, c cue) (cue, bool) {
	if c.verb == "according to" || c.to > hi || c.from <= lo {
		return c, false
	}
	if strings.Contains(s.text[s.toks[c.to-1].end:open], ":") {
		return c, false
	}
	if j, passive := s.skipBetween(c.from, max(lo, c.from-4)); j >= lo && !s.toks[j].inq {
		if passive && (c.to < len(s.toks) && s.lowerWord(c.to) == "by" || s.personSubject(j)) {
			return c, false // "he was told by Ruiz that “…”": another's words
		}
		if !passive && c.to-c.from == 1 && namingCues[s.lang.verbBase(s.lowerWord(c.from))] && s.toks[j].flags&ClassSubject != 0 {
			return c, false // "she had called it “…”"; but "a plan called “…”" is the outer cue's
		}
	}
	o, _, ok := s.cueBefore(lo, c.from)
	if !ok || !o.src.ok() || o.verb == "according to" || o.to > c.from || askingCues[s.lang.verbBase(s.lowerWord(o.from))] {
		return c, false
	}
	for m := o.to; m < c.from; m++ {
		if w := s.lowerWord(m); s.toks[m].flags&ClassNeg != 0 || w == "whether" || w == "if" {
			return c, false // "said she never called it “…”", "asked whether she had …"
		}
	}
	inner := c.from
	own := c.src.ok() && c.src.from >= o.to && c.src.from < c.from
	if !own && s.toks[c.from-1].flags&ClassConj != 0 {
		return c, false // "said the visit was routine and urged them to “…”": a verb of the source's own
	}
	if own && (c.src.to-c.src.from != 1 || s.toks[c.src.from].flags&ClassSubject == 0) && s.speakingHead(c.src.to-1) {
		return c, false // a subject of its own, in the outer cue's content, that can speak
	}
	// The inner verb's subject, if it has one after the outer cue: a pronoun that agrees
	// with the outer source may stand for it; any other subject is the inner cue's own.
	if j, _ := s.skipBetween(c.from, o.to); j >= o.to && j < c.from && !s.toks[j].inq {
		if s.toks[j].flags&ClassSubject != 0 {
			if !s.samePerson(j, o.src) {
				return c, false
			}
			if k := c.to; k < len(s.toks) && !s.toks[k].inq && s.toks[k].flags&(ClassHe|ClassShe|ClassThey|ClassI) != 0 &&
				s.toks[k].flags&ClassDet == 0 && s.samePerson(k, o.src) {
				return c, false // "Varga said she told him “…”": the outer source is the one told
			}
			inner = j
		} else if n := s.npBefore(j, o.to); n.ok() && n.to == j+1 && s.speakingHead(j) {
			// "Ruiz said the mayor told him “…”"; but "said the vote reminds him of “…”".
			if n, ok := s.innerSubject(o, c, n, open); ok {
				c.src = n
			}
			return c, false
		}
	}
	m, ok := s.complement(o.from, o.to, s.sentenceEndTok(o.from))
	if !ok || m > inner || s.toks[m].clause != s.toks[c.from].clause || s.participle(c.from) {
		// "Ruiz blasted the plan, calling it “…”": a cue of its own, not the content's.
		return c, false
	}
	return o, true
}

// innerSubject reports whether the noun phrase n, between the outer cue o and the inner
// cue c before a quotation that opens at byte open, is the subject of c and the source of
// the quoted words (the phrase reader takes no common noun after a verb for the subject of
// the next), and returns it without a "that" it opens with: "Ruiz said the mayor called
// the sale “a scandal”" quotes the mayor. Not where either verb is a participle ("A port
// official speaking to Harbor Radio said …", "remarks by the harbor chief calling for a
// toll make him “…”"), n is "nothing", "nobody" or "none", or n is set off before c ("…, who
// advises the board on fares, called the toll “…”", "tweeted congratulations to the crews,
// adding “…”", "the crowd — dockers and their families — cried, “…”"); and only where the
// quotation is a naming verb's, after its object (with none it names a thing: "wrote a
// letter to dockers called “…”"), or an utterance after "that", a comma or a dash, right
// after c or after "tell"'s object ("told the dockers, “…”"): else the quoted words are
// the outer source's, in a verb phrase of the clause it reports ("said the agency advised
// “a second look”", "said the navy would maintain its “place at sea”").
func (s *segmenter) innerSubject(o, c cue, n np, open int) (np, bool) {
	if s.participle(o.from) || s.participle(c.from) {
		return n, false
	}
	if n.from < n.to && s.toks[n.from].flags&ClassThat != 0 {
		n.from++
	}
	if w := s.lowerWord(n.from); notSources[w] || w == "nobody" || w == "none" || strings.ContainsAny(s.text[s.toks[n.to-1].end:s.toks[c.from].start], ",–—") {
		return n, false
	}
	words, last := 0, c.to-1
	for k := c.to; k < len(s.toks) && s.toks[k].start < open; k++ {
		if s.toks[k].flags&ClassThat == 0 {
			words++
		}
		last = k
	}
	base := s.lang.verbBase(s.lowerWord(c.from))
	if namingCues[base] {
		// "called the sale “a scandal”"; not a quotation that opens with a preposition, a
		// time or an adverb, the outer source's words of manner ("called the police
		// “right away”", "described the scene “in great detail”", "called him
		// “yesterday”").
		f := s.tokAt(open)
		return n, words > 0 && f < len(s.toks) && s.toks[f].flags&(ClassPrep|ClassTime|ClassMonth) == 0 && !s.adverb(f) && s.lowerWord(f) != "right"
	}
	// An utterance: after "that", a comma or a dash ("told the dockers, “…”",
	// "had lamented – “…”"), not an object the verb takes ("advised “a second look”",
	// "highlighted “that …”").
	set := s.toks[last].flags&ClassThat != 0 || strings.ContainsAny(s.text[s.toks[last].end:open], ",–—-")
	return n, set && (words == 0 || base == "tell")
}

// personSubject reports whether token k is a subject pronoun that names a person or a
// group (he, she, they, I, we, you; not it).
func (s *segmenter) personSubject(k int) bool {
	return k < len(s.toks) && !s.toks[k].inq && s.toks[k].flags&ClassSubject != 0 && s.toks[k].flags&ClassIt == 0
}

// samePerson reports whether the subject pronoun at token j may stand for the source n of
// an earlier cue in its sentence: "he" or "she" for a singular source of that gender or of
// none known, "they" for a plural one, "it" for an organization, "we" and "I" for the same
// pronoun. "You" never does.
func (s *segmenter) samePerson(j int, n np) bool {
	p := s.lowerWord(j)
	p = cmp.Or(pronounSubject[p], p)
	head := s.lowerWord(n.to - 1)
	plural := head == "they" || head == "we" || !s.toks[n.to-1].cap && pluralNoun(head)
	switch p {
	case "he", "she":
		if plural || head == "it" || head == "i" || head == "you" {
			return false
		}
		if g := pronounGender(head); n.to-n.from == 1 && s.toks[n.from].flags&ClassSubject != 0 {
			return g == pronounGender(p)
		}
		g := genderOfName(s.span(n.from, n.to))
		return g == genderUnknown || g == pronounGender(p)
	case "they":
		return head == "they" || plural
	case "it":
		return head == "it" || s.toks[n.to-1].flags&ClassOrg != 0
	case "we", "i":
		return head == p
	}
	return false
}

// pronounSubject maps an object pronoun to its subject form.
var pronounSubject = map[string]string{"him": "he", "her": "she", "them": "they", "me": "i", "us": "we"}

// pluralSubjectBefore reports whether a verb in its bare form at token k (not before token
// lo) follows a plural subject: names joined by "and" that open the clause ("Ruiz and
// Marek term …", "Ruiz and Marek claim …"), or a plural with a phrase after "of" (see
// pluralOfPhrase), which the tests of a noun before a weak verb would take for a
// modifier of it.
func (s *segmenter) pluralSubjectBefore(k, lo int) bool {
	if s.lang.name != "english" || k-3 < lo || s.lang.verbBase(s.lowerWord(k)) != s.lowerWord(k) {
		return false
	}
	c := s.toks[k].clause
	i := k - 1
	for i >= lo && s.toks[i].cap && s.toks[i].clause == c && !s.toks[i].inq && !s.toks[i].poss {
		i--
	}
	if i == k-1 {
		return s.pluralOfPhrase(k, lo)
	}
	if i-1 < lo || s.lowerWord(i) != "and" {
		return false
	}
	m := i - 1 // the first name's words, back to where the clause opens
	for m >= lo && s.toks[m].cap && s.toks[m].clause == c && !s.toks[m].inq && !s.toks[m].poss {
		m--
	}
	return m < i-1 && s.startsClause(m+1, lo)
}

// pluralOfPhrase reports whether the words before token k are a plural noun, no verb too,
// and a phrase with "of" of up to four words: "Opponents of the port claim …", "The
// critics of the plan call it …"; not "The terms of the deal call for …".
func (s *segmenter) pluralOfPhrase(k, lo int) bool {
	c := s.toks[k].clause
	if k+1 >= len(s.toks) || s.toks[k+1].clause != c || !s.objectOpens(k+1) {
		return false // "Leaders of the former protest movement": a noun before a noun
	}
	for o := k - 2; o > lo && o >= k-5 && s.toks[o].clause == c && !s.toks[o].inq; o-- {
		if s.lowerWord(o) != "of" {
			// The phrase after "of": a determiner, names and nouns only.
			if t := s.toks[o+1]; !t.cap && !s.contentWord(o+1) && (t.flags&ClassDet == 0 || t.flags&ClassSubject != 0) {
				return false // "words of encouragement but did not promise"
			}
			continue
		}
		f := o - 1
		return s.toks[f].clause == c && !s.toks[f].inq && pluralNoun(s.lowerWord(f)) && s.toks[f].flags&(ClassVerb|ClassThink|ClassPrep) == 0
	}
	return false
}

// objectOpens reports whether token k can open a verb's object or clause: a determiner,
// a pronoun, "that", a name or a number ("claim the plan …", "call it …", "reply that …").
func (s *segmenter) objectOpens(k int) bool {
	t := s.toks[k]
	return t.flags&(ClassDet|ClassSubject|ClassThat|ClassHe|ClassShe|ClassThey|ClassIt) != 0 || t.cap || isNumberWord(s.word(k)) ||
		pronounSubject[s.lowerWord(k)] != ""
}

// startsClause reports whether token j opens its clause (or the range from lo).
func (s *segmenter) startsClause(j, lo int) bool {
	return j == lo || s.toks[j-1].clause != s.toks[j].clause
}

// pluralPossessive reports whether token k, a word in -s, is followed by an apostrophe
// alone, a plural's possessive ("the workers’ demands", "the United States’ plan"), and
// the next token after a space; not by a mark that closes a quotation ("called them
// 'cowards' plans"): the two words are inside the same quotation or outside.
func (s *segmenter) pluralPossessive(k int) bool {
	w := s.word(k)
	if k+1 >= len(s.toks) || w == "" || w[len(w)-1] != 's' && w[len(w)-1] != 'S' || s.toks[k].inq != s.toks[k+1].inq {
		return false
	}
	between := s.text[s.toks[k].end:s.toks[k+1].start]
	return between == "’ " || between == "' "
}

// namingCues are the cue verbs, by base form, that name the quoted words rather than
// report them ("called it “a folly”"): a quotation after one is about what they name, and
// the verb keeps it.
var namingCues = map[string]bool{"call": true, "describe": true, "name": true, "label": true, "dub": true, "term": true, "brand": true}

// askingCues are the cue verbs, by base form, whose content is no statement of the
// source's own (a question, a denial): a cue inside it keeps its quotation.
var askingCues = map[string]bool{"ask": true, "deny": true, "question": true, "wonder": true, "dispute": true, "reject": true, "inquire": true}

// inReportedClause reports whether the quotation opening at token first stands, in its
// sentence, in a clause after "that" that a reporting verb with a subject, up to three
// words before it, opens ("Ruiz claimed on Monday that the plan was “…”").
func (s *segmenter) inReportedClause(first int) bool {
	if first <= 0 || first >= len(s.toks) || s.toks[first-1].sentence != s.toks[first].sentence {
		return false // the quotation opens its sentence
	}
	lo := s.sentenceStartTok(first - 1)
	for k := first - 1; k > lo && first-k < 40; k-- {
		if s.toks[k].inq || s.toks[k].flags&ClassThat == 0 || s.lowerWord(k) != "that" {
			continue
		}
		for v := k - 1; v >= lo && k-v <= 3; v-- {
			if !s.toks[v].inq && s.isReportingVerb(v, lo) {
				return s.verbSubject(v, lo, first, 3).ok()
			}
		}
		return false
	}
	return false
}

// cueHasContent reports whether the cue c, after a quotation, introduces words of its own:
// a colon after it ("Smith said: “…”") or a content ("the auditor said the books were
// sound").
func (s *segmenter) cueHasContent(c cue) bool {
	if c.to <= c.from || c.to > len(s.toks) {
		return false
	}
	if strings.HasPrefix(strings.TrimLeft(s.text[s.toks[c.to-1].end:], " "), ":") {
		return true
	}
	_, ok := s.complement(c.from, c.to, s.sentenceEndTok(c.from))
	return ok
}

// subhead reports whether quotation i is a paragraph of its own in single quotation marks
// ("‘A tough decision.’" between two paragraphs): a subheading that quotes, as headlines
// quote with single marks, not the last speaker going on. Where the attributed quotation
// before it is in single marks too, they are the writer's quotation marks, and the
// paragraph is that speaker going on ("‘We are ready,’ Ruiz said.\n\n‘We will …’").
func (s *segmenter) subhead(i int) bool {
	q := &s.quotes[i]
	p := s.para(q.openStart)
	if end := s.paraEnd(p); q.openStart != s.paras[p] || q.closeEnd > end || strings.Trim(s.text[q.closeEnd:end], " .") != "" {
		return false
	}
	if i > 0 && s.quotes[i-1].attributed && singleMark(s.text[s.quotes[i-1].openStart:]) {
		return false
	}
	return singleMark(s.text[q.openStart:])
}

// singleMark reports whether text opens with a single quotation mark (two apostrophes are
// a double one, as some archives write it).
func singleMark(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return r == '\'' && !strings.HasPrefix(text, "''") || r == '‘'
}

// headlineSource returns the attribution of a sentence that opens its paragraph with a
// name and a colon ("Varga: …", "Okafor Challenger Rina Sol: …"), for a quotation that
// starts at token first after the colon.
func (s *segmenter) headlineSource(lo, first int) (cue, bool) {
	if lo >= first || s.toks[lo].start != s.paras[s.para(s.toks[lo].start)] {
		return cue{}, false
	}
	for k := lo; k < first && k < lo+6; k++ {
		if s.toks[k].inq {
			return cue{}, false
		}
		gap := s.text[s.toks[k].end:min(len(s.text), s.toks[k].end+3)]
		if !strings.HasPrefix(strings.TrimLeft(gap, " "), ":") {
			continue
		}
		n := s.npBefore(k, lo)
		if !n.ok() || n.from != lo || !s.toks[k].cap || !s.rubricSpeaker(n) {
			return cue{}, false
		}
		colon := s.tokAt(s.toks[k].end)
		return cue{src: n, from: k, to: min(colon, k+1), verb: ":"}, true
	}
	return cue{}, false
}

// signNouns bear words without being documents: "a hat reading “…”", "a banner saying".
var signNouns = map[string]bool{"hat": true, "cap": true, "sign": true, "signs": true, "banner": true, "banners": true,
	"shirt": true, "t-shirt": true, "shirts": true, "placard": true, "placards": true, "poster": true, "posters": true,
	"billboard": true, "sticker": true, "headline": true, "caption": true, "slogan": true, "note": true, "card": true,
	"message": true, "messages": true, "text": true, "plaque": true, "inscription": true, "graffiti": true}

// verbAfter reports whether the token after k, in its clause, is a finite verb or an
// auxiliary ("reports reveal", "claims are"), which makes k a noun.
func (s *segmenter) verbAfter(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k+1].clause != s.toks[k].clause || s.toks[k+1].inq || s.toks[k+1].cap {
		return false
	}
	u := s.toks[k+1]
	return u.flags&(ClassVerb|ClassThink) != 0 && u.flags&ClassWeak == 0 && !s.participle(k+1) ||
		u.flags&(ClassAux|ClassPast) != 0 && u.flags&ClassPrep == 0 && !s.adverb(k+1) && s.lowerWord(k+1) != "also"
}

// kickerWords are the labels of a story's kind that wires and papers set before a
// headline's colon ("Factbox: …", "Exclusive: …", "Analysis: …"): never a speaker.
var kickerWords = map[string]bool{"factbox": true, "exclusive": true, "analysis": true, "explainer": true,
	"insight": true, "timeline": true, "update": true, "breaking": true, "opinion": true, "editorial": true,
	"commentary": true, "interview": true, "live": true, "watch": true, "video": true, "photos": true,
	"graphic": true, "poll": true, "factcheck": true, "obituary": true, "review": true, "preview": true,
	"breakingviews": true, "column": true, "podcast": true, "recap": true, "snapshot": true, "wrapup": true}

// rubricSpeaker reports whether the phrase n before a headline's colon can be a speaker
// rather than a rubric that names a topic ("Occupied Mariupol:", "The war in Ukraine:",
// "Occupation of Mariupol:") or the story's kind ("Factbox:"): its head (the word before
// "of", else its last word) is a name, a role, an organization or a plural noun, not an
// event noun (-tion, -ment), a listed event noun (eventNouns) that is the phrase's first
// word and opens its paragraph ("Battle for Soloria:"), or a name under a participle.
// With another preposition, it must be one that places a person (placePreps), its head
// (the word before that preposition, or before "of" or "for" ahead of it) must name a
// person (see personHead), and no participle may stand before the head: "A nurse in
// Lamar:", "The senator from Soloria:", "Survivor from Valdora:", but not "Escape from
// Valdora:", "The war in Soloria:", "Children to Soloria:", "kidnapped children from
// Lamar:".
func (s *segmenter) rubricSpeaker(n np) bool {
	if s.lang.name != "english" {
		return true
	}
	if n.to-n.from == 1 && kickerWords[s.lowerWord(n.from)] {
		return false
	}
	if s.topicRubric(n) {
		return false
	}
	head := n.to - 1
	for k := n.from; k < n.to; k++ {
		if f := s.toks[k].flags; f&ClassPrep != 0 {
			if w := s.lowerWord(k); w != "of" && w != "for" {
				if head == n.to-1 {
					head = k - 1
				}
				return head >= n.from && placePreps[w] && s.personHead(head, n.from) && !s.participleBefore(n.from, head)
			}
			if head == n.to-1 {
				head = k - 1
			}
		}
	}
	if head < n.from || head == n.from && s.toks[head].start == s.paras[s.para(s.toks[head].start)] && eventNoun(s.lowerWord(head)) &&
		s.toks[head].flags&(ClassRole|ClassOrg|ClassTitle) == 0 {
		return false // "Battle for Soloria:", "Crisis in Lamar:": an event first, capitalized by its place
	}
	if w := s.lowerWord(n.from); n.to-n.from > 1 && strings.HasSuffix(w, "ed") && s.toks[n.from].flags&(ClassTitle|ClassRole|ClassOrg) == 0 && genderOfName(w) == genderUnknown {
		return false // "Occupied Mariupol"
	}
	w := s.lowerWord(head)
	for _, suf := range []string{"tion", "sion", "ment"} {
		if strings.HasSuffix(w, suf) && s.toks[head].flags&(ClassOrg|ClassRole|ClassTitle) == 0 {
			return false
		}
	}
	return s.toks[head].cap || s.toks[head].flags&(ClassRole|ClassOrg|ClassTitle) != 0 || pluralNoun(w)
}

// topicRubric reports whether the phrase n, opening its paragraph before a colon (n.to is
// the colon's token), names a topic by what its words are, not by a failed test for a
// speaker: an act, an event or a thing done to or for someone or somewhere (a listed
// noun, see actionNouns, before "of" or "for", the phrase's first word or in lower case:
// "Blockade of Halden:", "Exchange of prisoners:", "Weapons for the army:", "The
// crimes of the Valdoran army:"), unless the phrase ends in a capitalized noun for a
// body, not a state's (see stateNouns), and is that body's name ("Rescue of the Children
// Fund:"); a defense only of a listed place, a site or a phrase in lower case ("Defense
// of Geneva:", "Defense of the city:"; not of an unlisted name, "Defense of Halden:", nor
// of one word that is a given name, "Defense of Chad:"), since the defense of a person is
// their lawyers; a site, a name ending in a listed noun for a plant or a facility that
// cannot speak ("Lamar NPP:", "Halden Station:", one upper-case word ending in NPP or HPP
// too), unless its first word is a given name ("Maria Station:" is no site); or a city
// that is no seat of government (see topicCities: "Kharkiv:"). A country, a capital, a
// body, a person or a title of a place ("Archbishop of Halden:") has none of these and
// stays a speaker.
func (s *segmenter) topicRubric(n np) bool {
	if s.lang.name != "english" || !n.ok() || s.toks[n.from].start != s.paras[s.para(s.toks[n.from].start)] {
		return false
	}
	from := n.from
	if n.to-from > 1 && s.lowerWord(from) == "the" {
		from++
	}
	// "Arms for Peace Network:", a body's name; not a state's ("the Russian Federation").
	body := s.toks[n.to-1].cap && s.toks[n.to-1].flags&ClassOrg != 0 && !stateNouns[s.lowerWord(n.to-1)]
	for k := from; k < n.to; k++ {
		if w := s.lowerWord(k); w != "of" && w != "for" {
			continue
		}
		if head := k - 1; head >= from && k+1 < n.to && (head == from || !s.toks[head].cap) &&
			s.toks[head].flags&(ClassRole|ClassOrg|ClassTitle) == 0 && !body {
			w := s.lowerWord(head)
			if actionNouns[w] {
				return true
			}
			if defenseWords[w] {
				obj := k + 1
				if obj+1 < n.to && s.lowerWord(obj) == "the" {
					obj++
				}
				if obj+1 == n.to && IsGivenName(s.word(obj)) {
					return false // "Defense of Chad:": a person's lawyers
				}
				return placeName(s.span(obj, n.to)) || topicCities[strings.ToLower(s.span(obj, n.to))] ||
					siteNouns[s.lowerWord(n.to-1)] || !s.toks[obj].cap && s.toks[n.to-1].flags&ClassOrg == 0
			}
		}
		break
	}
	last := s.word(n.to - 1)
	if n.to-from > 1 && siteNouns[s.lowerWord(n.to-1)] && !IsGivenName(s.word(from)) ||
		len(last) > 3 && isUpper(last) && (strings.HasSuffix(last, "NPP") || strings.HasSuffix(last, "HPP")) {
		return true // "Lamar NPP:", "LNPP:"
	}
	return topicCities[strings.ToLower(s.span(from, n.to))]
}

// actionNouns are acts and events done to or for someone or somewhere that head a
// headline's topic before "of" or "for" ("Blockade of Halden:", "Exchange of prisoners:",
// "Weapons for Soloria:"), written for framediff; nouns in -tion, -sion and -ment and the
// event nouns (see eventNouns) are read as topics already.
var actionNouns = wordSet("blockade bombardment bombing bombings killing killings murder murders death deaths " +
	"destruction capture fall storming assault crimes exchange losses weapons arms aid supplies rescue")

// stateNouns end the names of states ("the Russian Federation"), not of bodies, though
// the package reads some of them as a body's noun ("Chess Federation").
var stateNouns = wordSet("federation republic kingdom emirates")

// defenseWords name the act of defending before "of" or "for": a topic when a listed
// place, a site or a phrase in lower case follows ("Defense of Geneva:"), the lawyers of
// the one who follows otherwise.
var defenseWords = wordSet("defense defence")

// siteNouns end the names of sites and plants, which cannot speak ("Lamar NPP:", "Halden
// Dam:"), written for framediff.
var siteNouns = wordSet("npp hpp plant reactor dam refinery steelworks airport airbase station port mine factory")

// topicCities are the cities of placeName's list that are no seat of a national
// government: before a headline's colon a city names where the story is, while a country
// or a capital ("Moscow:") speaks for its government. Written for framediff. Cities that
// seat a government or a region's (Hong Kong, Cape Town, Abu Dhabi) and those that are
// also a state's name (New York) are left out.
var topicCities = placeSet("shanghai shenzhen guangzhou wuhan kharkiv mariupol odesa odessa lviv kherson istanbul "+
	"karachi mumbai sydney toronto montreal chicago boston houston dallas miami atlanta seattle denver philadelphia "+
	"baltimore detroit geneva davos johannesburg lagos",
	"los angeles, san francisco, san diego, san antonio, las vegas, new orleans, tel aviv, rio de janeiro, sao paulo")

// placePreps are the prepositions that place a person or tell where they come from, which
// leave a phrase a description of the person ("A nurse in Lamar", "The senator from
// Soloria"); others make it an event ("Children to Soloria": where they are taken).
var placePreps = map[string]bool{"in": true, "from": true, "at": true, "on": true, "near": true, "outside": true,
	"inside": true, "within": true, "across": true, "behind": true, "under": true}

// participleBefore reports whether a word in -ed in lower case, no role ("retired"), stands
// in tokens [from, head): a participle, which makes the phrase an event ("kidnapped
// children from Lamar", "Soloria shelled two towns in Lamar").
func (s *segmenter) participleBefore(from, head int) bool {
	for k := from; k < head; k++ {
		if w := s.lowerWord(k); !s.toks[k].cap && strings.HasSuffix(w, "ed") && !roleLike(w) && s.toks[k].flags&(ClassRole|ClassTitle) == 0 {
			return true
		}
	}
	return false
}

// personHead reports whether token k, the head of a phrase that starts at token from,
// names a person: a role or title ("senator", "spokesman"), a noun for a person
// (personNouns, in the singular or the plural: "nurse", "survivors"), or a capitalized
// word after the phrase's first outside a headline in title case ("Ana Ruiz", "Gov.
// Ruiz"; the first word of a headline is capitalized whatever it is: "Escape").
func (s *segmenter) personHead(k, from int) bool {
	t := s.toks[k]
	if t.flags&(ClassRole|ClassTitle) != 0 && t.flags&ClassOrg == 0 {
		return true
	}
	if w := s.lowerWord(k); personNouns[w] || personNouns[singular(w)] {
		return true
	}
	return t.cap && k > from && !s.inTitleCase(k)
}

// personNouns are nouns that name a person by what they are to others or do (their roles
// and titles are classes of the language, see [ClassRole]): "A nurse in Lamar: “…”".
var personNouns = map[string]bool{"man": true, "woman": true, "boy": true, "girl": true, "child": true, "person": true,
	"mother": true, "father": true, "parent": true, "son": true, "daughter": true, "wife": true, "husband": true,
	"widow": true, "widower": true, "brother": true, "sister": true, "grandmother": true, "grandfather": true,
	"mom": true, "mum": true, "dad": true, "friend": true, "neighbor": true, "neighbour": true, "relative": true,
	"resident": true, "citizen": true, "voter": true, "survivor": true, "victim": true, "witness": true,
	"refugee": true, "migrant": true, "immigrant": true, "student": true, "pupil": true, "teacher": true,
	"nurse": true, "doctor": true, "medic": true, "patient": true, "worker": true, "farmer": true, "fisherman": true,
	"miner": true, "driver": true, "pilot": true, "soldier": true, "veteran": true, "priest": true, "pastor": true,
	"imam": true, "rabbi": true, "nun": true, "monk": true, "owner": true, "shopkeeper": true, "trader": true,
	"vendor": true, "protester": true, "protestor": true, "demonstrator": true, "volunteer": true, "prisoner": true,
	"detainee": true, "hostage": true, "lawyer": true, "reporter": true, "journalist": true, "scientist": true,
	"expert": true, "economist": true, "fan": true, "supporter": true, "critic": true, "activist": true, "teen": true,
	"teenager": true, "agent": true, "guard": true, "cop": true, "spy": true, "envoy": true}

// singular returns the singular of an English plural noun, for looking it up: "nurses" is
// "nurse", "witnesses" "witness", "women" "woman", "people" "person"; other words are
// returned as they are.
func singular(w string) string {
	switch w {
	case "men":
		return "man"
	case "women":
		return "woman"
	case "children":
		return "child"
	case "people":
		return "person"
	}
	switch {
	case strings.HasSuffix(w, "sses"):
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// bareCue returns the attribution of a sentence [lo, hi) that is a source and its cue
// with nothing else but times and places ("Valdora State University's Ines Marlow
// agreed.", "He added."), which introduces the quotation after it.
func (s *segmenter) bareCue(lo, hi int) (cue, bool) {
	for k := hi - 1; k > lo; k-- {
		t := s.toks[k]
		if t.inq {
			return cue{}, false
		}
		if !s.isReportingVerb(k, lo) {
			continue
		}
		c := cue{from: k, to: s.particleEnd(k, hi)}
		c.verb = strings.ToLower(s.span(c.from, c.to))
		n, _ := s.subjectOf(k, lo)
		if !n.ok() || n.from != s.clauseStart(n.from, lo) {
			return cue{}, false
		}
		if tail, ok := s.attributionTail(c.to, hi, false); !ok || tail < hi {
			return cue{}, false
		}
		c.src = n
		return c, true
	}
	return cue{}, false
}

// questionCue reports whether the sentence [lo, hi) before quotation i follows right
// after the quotation before it, a question ("“Will the pier reopen?” Ilse Marran
// asked."), and quotation i is in a later paragraph: the sentence is the question's
// attribution, and the quotation of the next paragraph is most often the answer,
// someone else's, so the sentence introduces nothing (as attributionEnd leaves a
// question's inverted cue to it); whether the asker speaks on is then the quotation
// before's to say. In the question's own paragraph the asker may answer it ("“Does the
// ferry run on Sundays?” Ruiz wrote. “Only in summer.”"), and the sentence introduces
// as before. It reads the marks
// alone, not the question's attribution, so that a segmenter that attributes only some
// quotations (see voicesOnly) decides alike.
func (s *segmenter) questionCue(i, lo, hi int) bool {
	if i == 0 || lo >= hi {
		return false
	}
	o := &s.quotes[i-1]
	return s.para(s.quotes[i].openStart) != s.para(o.closeEnd-1) && // the answer in a paragraph of its own
		o.closeEnd <= s.toks[lo].start && strings.TrimSpace(s.text[o.closeEnd:s.toks[lo].start]) == "" &&
		strings.HasSuffix(strings.TrimRight(s.text[o.start:o.end], " \t\n"), "?")
}

// passiveCue reports whether cue c is a passive one ("reporters were told"), which
// attributes without a source.
func (s *segmenter) passiveCue(c cue) bool {
	_, passive := s.skipBetween(c.from, max(0, c.from-4))
	return passive
}

// clauseLimit returns the token limit of an attribution after a quotation: the end of the
// sentence or the next quotation.
func (s *segmenter) clauseLimit(a, nextStart int) int {
	if a >= len(s.toks) {
		return a
	}
	end := s.sentenceEndTok(a)
	if limit := s.tokAt(nextStart); end > limit {
		end = limit
	}
	return end
}

// cueAfter reads an attribution in tokens [a, end) right after a quotation: a cue verb
// among the first words, with its subject after it (", said X") or before it (", X said",
// ", X, a spokesman for Y, said"), or "according to X".
func (s *segmenter) cueAfter(a, end int) (cue, bool) {
	if a < end && (s.toks[a].flags&(ClassPrep|ClassFunc) != 0 && s.toks[a].flags&(ClassAccording|ClassSubject|ClassDet|ClassVerb) == 0) &&
		!(quantifiers[s.lowerWord(a)] && s.toks[a].flags&ClassPrep == 0) { // but "“…” one person tweeted", "“…” many said"
		// "“…” for Voss, said Kessler": a phrase that goes with the quotation, then the
		// attribution after a comma; but "“…” after The Valdora Herald reported" is a
		// clause of its own.
		c := s.toks[a].clause
		for a < end && s.toks[a].clause == c && !s.toks[a].inq {
			a++
		}
		if a >= end || s.toks[a].inq || !s.commaBefore(a) {
			return cue{}, false
		}
	}
	if a < end && s.participle(a) && !s.isReportingVerb(a, a) && s.toks[a].flags&(ClassThink|ClassAccording) == 0 {
		// "“…,” drawing laughter": a participle's phrase about the sentence's subject,
		// whose attribution stands before the quotation; or, set off by a comma before a
		// source and its cue, an aside before the attribution ("“…,” drawing cheers from
		// the hall, Ruiz said").
		c := s.toks[a].clause
		b := a
		for b < end && s.toks[b].clause == c && !s.toks[b].inq {
			b++
		}
		if b < end && !s.toks[b].inq && s.commaBefore(b) {
			if cu, ok := s.cueAfter(b, end); ok && cu.src.ok() {
				return cu, true
			}
		}
		return cue{}, false
	}
	// Up to 20 words on, any verb; up to 30, only one that opens its clause (after a comma
	// or a dash): a name and a long chain of appositions ("“…,” Lena Brill, 52, a baker
	// from the north shore whose family …, told"), not a verb inside a clause that goes
	// on from the quotation.
	limit := a + 30
	for k := a; k < end && k < limit; k++ {
		t := s.toks[k]
		if t.inq || t.flags&ClassThat != 0 && t.flags&ClassDet == 0 {
			break
		}
		if k >= a+20 && t.clause == s.toks[k-1].clause {
			continue
		}
		if k > a && t.clause != s.toks[k-1].clause && t.flags&ClassWho != 0 && (s.toks[k-1].cap || s.phraseFrom(a, k)) {
			// "“…,” Varga, who has opposed the pier, said", "“…,” one dockworker, who
			// asked not to be named, said": a relative clause after the source, a name or
			// a noun phrase that is all the words from the quotation on, is passed over,
			// its verbs with it (see whoClauseEnd).
			k = s.whoClauseEnd(k, end) - 1
			continue
		}
		// A new clause goes on the attribution only if it reads as an apposition or opens
		// with the verb; nine words on, only appositions lead to a verb.
		if k > a && t.clause != s.toks[k-1].clause && !s.appositionAt(k, k) && t.flags&ClassVerb == 0 && !s.nameWord(k) {
			break // a new clause goes on only as an apposition, a name ("the spokesman, Paolo Ferri,") or the verb
		}
		if k >= a+9 && t.clause == s.toks[a].clause && t.flags&ClassVerb == 0 && !s.institutionRun(a, k+1) {
			break // but a name and its long institution go on ("Lind of the Center for … Studies wrote")
		}
		if t.flags&ClassAccording != 0 && k+1 < end && s.lowerWord(k+1) == "to" && !s.accordingConformity(k, end) {
			return cue{src: s.npAfter(k+2, end), from: k, to: k + 2, verb: "according to"}, true
		}
		if !(s.isReportingVerb(k, a) || k == a && t.flags&ClassVerb != 0 && !t.cap) {
			continue
		}
		if j, _ := s.skipBetween(k, a); s.participle(k) || s.toks[a].flags&ClassConj != 0 && s.toks[a].flags&ClassSubject == 0 ||
			j >= a && s.toks[j].flags&ClassConj != 0 && s.toks[j].flags&ClassSubject == 0 {
			// "…,” noting X", "…” - and stressed X": the verb of the sentence's own subject,
			// whose attribution stands before the quotation.
			break
		}
		c := cue{from: k, to: s.particleEnd(k, end)}
		c.verb = strings.ToLower(s.span(c.from, c.to))
		if k == a || s.onlyAux(a, k) { // ", said X", ", also said X"
			if !noInversion[s.lang.verbBase(s.lowerWord(k))] {
				c.src = s.npAfter(c.to, end) // not "told a local station": the addressee
				if s.opensClause(c.src) {
					c.src = np{} // "“…,” said he doesn’t believe …": the content's subject
				}
			}
			return c, true
		}
		src, passive := s.subjectOf(k, a)
		if k >= a+9 && s.institutionRun(a, k) {
			src = s.institutionHead(a, k) // "Lind of the Center for Maritime and Coastal Studies"
		}
		if !src.ok() && !passive && s.toks[k].clause != s.toks[k-1].clause {
			src = s.npAfter(c.to, end) // "“…” about the ruling, said Marisol Aberg"
		}
		c.src = src
		return c, true
	}
	return cue{}, false
}

// opensClause reports whether phrase n is a subject pronoun with a verb or an auxiliary
// right after it in its clause ("he doesn’t believe", "they will"): the subject of a
// clause, not a subject inverted after its verb.
func (s *segmenter) opensClause(n np) bool {
	if !n.ok() || n.to-n.from != 1 || s.toks[n.from].flags&ClassSubject == 0 || n.to >= len(s.toks) {
		return false
	}
	t := s.toks[n.to]
	return t.clause == s.toks[n.from].clause && !t.inq && t.flags&(ClassAux|ClassVerb|ClassThink|ClassPast) != 0 && t.flags&ClassPrep == 0
}

// onlyAux reports whether tokens [a, k) are auxiliaries and adverbs only.
func (s *segmenter) onlyAux(a, k int) bool {
	for j := a; j < k; j++ {
		if s.toks[j].flags&ClassAux == 0 && !s.adverb(j) {
			return false
		}
	}
	return a < k
}

// particleEnd returns the token after the cue verb at k and its particle ("pointed out",
// "shot back", "weighed in"), before end.
func (s *segmenter) particleEnd(k, end int) int {
	if k+1 >= end || k+1 >= len(s.toks) || s.toks[k+1].inq || s.lang.name != "english" || s.toks[k+1].clause != s.toks[k].clause {
		return k + 1
	}
	w := s.lowerWord(k + 1)
	next := func() (Token, bool) {
		if k+2 >= len(s.toks) || s.toks[k+2].clause != s.toks[k+1].clause || s.toks[k+2].inq {
			return Token{}, false
		}
		t := s.toks[k+2]
		return Token{Class: t.flags, Cap: t.cap}, true
	}
	if w == "it" && s.lang.verbBase(s.lowerWord(k)) == "put" {
		return k + 2 // "as Vulture put it"
	}
	switch w {
	case "out", "back":
		return k + 2 // "pointed out", "shot back"
	case "up", "in", "on", "off":
		// "weighed in on", "chimed in." but not "said on Monday", "said in a statement",
		// nor "said on “The Late Show”", a quoted title right after it in its clause; a
		// verb that needs its particle keeps it, and so does one before "up" or "off"
		// ("chimed in “…”", "spoke up “…”").
		_, need := needsParticle[s.lang.verbBase(s.lowerWord(k))]
		t, ok := next()
		if !ok && k+2 < len(s.toks) && s.toks[k+2].inq && s.toks[k+2].clause == s.toks[k+1].clause {
			if need || w == "up" || w == "off" {
				return k + 2
			}
			t, ok = Token{Cap: true}, true
		}
		if !ok || t.Class&(ClassPrep|ClassThat) != 0 && t.Class&(ClassDet|ClassTime|ClassMonth) == 0 && !t.Cap {
			if need || !ok {
				return k + 2
			}
		}
	}
	return k + 1
}

// cueBefore reads an attribution in tokens [lo, hi) before a quotation: "according to X",
// or the nearest reporting verb with its subject. dist is the number of words between the
// cue and the quotation, other quotations left out.
func (s *segmenter) cueBefore(lo, hi int) (c cue, dist int, ok bool) {
	for k := hi - 1; k >= lo; k-- {
		t := s.toks[k]
		if t.inq {
			continue
		}
		if t.flags&ClassAccording != 0 && k+1 < hi && s.lowerWord(k+1) == "to" && !s.accordingConformity(k, hi) {
			return cue{src: s.npAfter(k+2, hi), from: k, to: k + 2, verb: "according to"}, s.wordsBetween(k+2, hi), true
		}
		if !s.isReportingVerb(k, lo) || s.combatSense(k, s.particleEnd(k, hi), hi) {
			continue
		}
		c = cue{from: k, to: s.particleEnd(k, hi)}
		c.verb = strings.ToLower(s.span(c.from, c.to))
		c.src = s.verbSubject(k, lo, hi, 3)
		return c, s.wordsBetween(c.to, hi), true
	}
	return cue{}, 0, false
}

// wordsBetween counts the tokens of [from, to) outside quotations.
func (s *segmenter) wordsBetween(from, to int) int {
	n := 0
	for m := from; m < to; m++ {
		if !s.toks[m].inq {
			n++
		}
	}
	return n
}

// verbSubject returns the source of the cue verb at token k, in tokens [lo, hi). A verb
// without a subject of its own shares one: a participle ("…, calling it “…”") and a
// coordinated verb ("He did not comment, but did say that …") the subject of their
// sentence, and a verb after another cue ("X said … and urged Y to “…”", "…, adding that
// …") that verb's subject, up to depth verbs back. "Said Smith: …" names its subject
// after the verb.
func (s *segmenter) verbSubject(k, lo, hi, depth int) np {
	if n := s.absoluteSubject(k, lo); n.ok() {
		return n
	}
	if n, none := s.functionWordSubject(k, lo); n.ok() || none {
		return n // "a placard that said, “…”"; none for "the fountain that said" (cueverb.go)
	}
	if s.participle(k) && k-1 >= lo && s.toks[k-1].clause == s.toks[k].clause && !s.toks[k-1].inq && s.contentWord(k-1) &&
		!s.participle(k-1) && s.toks[k-1].flags&(ClassVerb|ClassThink|ClassAux) == 0 && signNouns[s.lowerWord(k-1)] {
		// "a hat reading “…”", "a banner saying “…”": the thing that bears the words (a
		// document's words are its author's: "released a statement saying")
		if n := s.npBefore(k-1, lo); n.ok() {
			return n
		}
	}
	if s.participle(k) {
		if n := s.earlierSubject(k, lo, hi, depth); n.ok() {
			return n
		}
		return s.sentenceSubject(lo, k)
	}
	n, passive := s.subjectOf(k, lo)
	if n.ok() || passive {
		return n
	}
	if n := s.earlierSubject(k, lo, hi, depth); n.ok() {
		return n
	}
	j, _ := s.skipBetween(k, lo)
	if j >= lo && s.toks[j].flags&ClassConj != 0 {
		return s.sentenceSubject(lo, k)
	}
	if j < lo || s.toks[j].clause != s.toks[k].clause {
		return s.npAfter(s.particleEnd(k, hi), hi) // "Said Smith: …", "…, said Smith, “…”"
	}
	return np{}
}

// absoluteSubject returns the subject of a participle in an absolute phrase with "with"
// ("…, with Senator Ana Ruiz calling it “…”"): the noun phrase between "with" and the
// participle, in its clause, with adverbs passed over. A participle that has none shares
// the subject of its sentence instead (see verbSubject).
func (s *segmenter) absoluteSubject(k, lo int) np {
	if !s.participle(k) {
		return np{}
	}
	j := k - 1
	for j >= lo && !s.toks[j].inq && s.adverb(j) {
		j--
	}
	if j < lo || s.toks[j].inq || s.toks[j].clause != s.toks[k].clause {
		return np{}
	}
	n := s.npBefore(j, lo)
	if !n.ok() || n.from-1 < lo || s.lowerWord(n.from-1) != "with" || s.toks[n.from-1].clause != s.toks[k].clause ||
		s.toks[n.to-1].flags&ClassSubject != 0 {
		return np{}
	}
	return n
}

// earlierSubject returns the subject of the cue verb before token k in [lo, k).
func (s *segmenter) earlierSubject(k, lo, hi, depth int) np {
	if depth == 0 {
		return np{}
	}
	for j := k - 1; j >= lo; j-- {
		if !s.toks[j].inq && s.isReportingVerb(j, lo) {
			return s.verbSubject(j, lo, hi, depth-1)
		}
	}
	return np{}
}

// colonSource returns the source that a colon before a quotation introduces: the subject
// of the sentence in [lo, hi) ("Halden was thinking: “…”"), or the whole of it when it
// is a name ("Voss: Ruiz Has ‘A Long Road Ahead’"). Two cases read the words up to the
// colon more closely:
//   - a phrase that runs up to the colon whose head cannot speak: its possessor that can
//     ("The mayor’s verdict:", "Her verdict:"), else its first words up to a word that can
//     speak ("Police chief breaks silence:", read as one phrase); but a headline's
//     clause whose verb ends it (see headlineVerbForm) is its subject's ("Mayor quits:");
//   - a clause that opens its paragraph and holds no determiner (see headlineClause),
//     whose subject is followed by no verb the language knows: its first words up to a
//     run of words that can speak ("Police raid farm:", "Customs agents raid warehouse:").
//
// When neither finds a word that can speak, clause is true: the colon introduces a
// quotation whose speaker the words before it do not name ("Storm hits port: “…”").
func (s *segmenter) colonSource(lo, hi int) (n np, clause bool) {
	if n := s.npBefore(hi-1, lo); n.ok() && (s.toks[n.to-1].cap || s.toks[n.to-1].flags&ClassSubject != 0) &&
		(n.from == lo || s.toks[n.from-1].heading || strings.ContainsAny(s.text[s.toks[n.from-1].end:s.toks[n.from].start], "-—–") ||
			s.lowerWord(n.from-1) == "from" && n.from-2 >= lo && s.lowerWord(n.from-2) == "more") {
		// "Varga: …", "… - Mara Lind and Jon Petrov: …", "More from Jones: …"; a
		// phrase that opens its paragraph only if it can be a speaker, not a rubric
		// ("Escape from the city: “…”", "Factbox: …").
		if n.from == lo && s.toks[lo].start == s.paras[s.para(s.toks[lo].start)] && !s.rubricSpeaker(n) {
			return np{}, false
		}
		return n, false
	}
	n = s.npBefore(hi-1, lo)
	for n.ok() && n.from < n.to-1 && !s.toks[n.from].cap && !roleLike(s.lowerWord(n.from)) && s.toks[n.from].flags&(ClassRole|ClassTitle) == 0 {
		n.from++ // "worry Republican pollster Mira Talon": the verb before the name is not the name's
	}
	if n.ok() && n.from > lo && s.toks[n.to-1].cap && looksPerson(s.phrase(n)) && strings.Count(s.phrase(n), " ") >= 1 &&
		!(s.lowerWord(n.from-1) == "for" && n.from-2 >= lo && colonNouns[singular(s.lowerWord(n.from-2))]) {
		// "The delay doesn't worry Republican pollster Mira Talon: …": a person named
		// right before the colon, in a sentence without a reporting verb, introduces it;
		// but not after a noun of saying and "for", as the one addressed ("The council
		// had one warning for Ivo Marek:" is the council's; "The reply came from Ivo
		// Marek:" and "A win for Ivo Marek:" are his).
		return n, false
	}
	if s.eventRubric(lo, hi) {
		return np{}, false // "Horror in Valdora: “…”": a rubric, no one's words
	}
	n = s.sentenceSubject(lo, hi)
	if n.ok() && n.from == lo && n.to < hi && (s.lowerWord(n.to) == "of" || s.lowerWord(n.to) == "for") && s.topicRubric(np{lo, hi}) {
		return np{}, false // "Exchange of prisoners: “…”", the act's object after the phrase
	}
	if !n.ok() || n.to < hi && s.toks[n.to].clause != s.toks[n.to-1].clause {
		return n, false // "Ruiz, a former mayor, was blunt:": an aside after the subject
	}
	if n.to >= hi {
		// The whole of what stands before the colon: a speaker only if its head can
		// speak ("The minister:", "Herald editorial:") or a name owns it ("Ruiz's
		// reply:"), not a clause read as one phrase ("Police raid farm:") nor a thing
		// ("the coup de grâce:").
		head := hi - 1
		for k := n.from + 1; k < hi; k++ {
			if s.toks[k].flags&ClassPrep != 0 {
				head = k - 1 // the head comes before its phrase ("Celebrity at Valdora gala")
				break
			}
		}
		if n.from == lo && s.topicRubric(n) {
			return np{}, false // "Exchange of prisoners: “…”": a headline's topic, no one's words
		}
		if head == hi-1 && s.headlineClause(lo, hi) && s.headlineVerbForm(head, n.from) {
			// "Mayor quits:": a headline's clause, whose verb ends it; its subject speaks.
			return np{n.from, head}, false
		}
		if s.speakingHead(head) || slices.ContainsFunc(s.toks[n.from:hi-1], func(t stoken) bool {
			return t.cap && (t.poss || strings.HasPrefix(s.text[t.end:], "'") || strings.HasPrefix(s.text[t.end:], "’"))
		}) {
			return n, false // "Ruiz's reply:": what someone named said
		}
		for k := n.from; k < head; k++ {
			t := s.toks[k]
			if possessivePronoun(s.lowerWord(k)) && k == n.from {
				return np{k, k + 1}, false // "Her verdict:": the words of the one she stands for
			}
			if (t.poss || strings.HasPrefix(s.text[t.end:], "'") || strings.HasPrefix(s.text[t.end:], "’")) && s.speakingWord(k) {
				return np{n.from, k + 1}, false // "The mayor’s verdict:"
			}
		}
		if sp := s.speakingRun(n.from, head); sp.ok() {
			return sp, false // "Police chief breaks silence:", read as one phrase
		}
		return np{}, true
	}
	if s.headlineClause(lo, hi) && s.toks[n.to].flags&(ClassPrep|ClassConj) == 0 && !s.verbAt(n.to, hi) {
		// A headline's clause whose verb was not read: no verb known after the subject,
		// and no preposition or conjunction that would make the whole a phrase ("Ruiz on
		// the harbor:", "More from Ruiz and Varga:"). Its speaker is its first words up to
		// the last of a run of words that can speak ("Customs agents raid warehouse:" is
		// the customs agents', not "Customs"'); without one, it names no speaker.
		if sp := s.speakingRun(n.from, hi-1); sp.ok() {
			return sp, false
		}
		return np{}, true
	}
	return n, false
}

// possessivePronoun reports whether w is a possessive determiner of a person or group
// ("her verdict", "their reply").
func possessivePronoun(w string) bool {
	return w == "his" || w == "her" || w == "their" || w == "its"
}

// speakingWord reports whether token k is a word that names one who can speak by what it
// means, not by its capital: a role or title, a person ("agents", "chief"), a group or
// body ("police", "union").
func (s *segmenter) speakingWord(k int) bool {
	w := s.lowerWord(k)
	return s.toks[k].flags&(ClassRole|ClassTitle|ClassOrg) != 0 || personNouns[w] || personNouns[singular(w)] || collectives[w] || w == "chief"
}

// speakingRun returns the words from token from up to the end of a run of words that can
// speak (see speakingWord) that starts at from or the word after it, before token to
// ("Police chief" in "Police chief breaks silence", "Customs agents" in "Customs agents
// raid warehouse"), or no phrase when none can: a word that can speak further on is an
// object ("Storm damages police depot").
func (s *segmenter) speakingRun(from, to int) np {
	for k := from; k < to && k <= from+1; k++ {
		if s.toks[k].inq || s.toks[k].clause != s.toks[from].clause {
			return np{}
		}
		if s.speakingWord(k) {
			for k+1 < to && s.speakingWord(k+1) && s.toks[k+1].clause == s.toks[k].clause {
				k++
			}
			return np{from, k + 1}
		}
	}
	return np{}
}

// headlineClause reports whether tokens [lo, hi) are written as a headline: they open
// their paragraph and hold no determiner, which headlines leave out ("FBI agents raid
// home", not "The agents raided the home").
func (s *segmenter) headlineClause(lo, hi int) bool {
	if lo >= hi || s.toks[lo].start != s.paras[s.para(s.toks[lo].start)] {
		return false
	}
	for k := lo; k < hi; k++ {
		if s.toks[k].flags&ClassDet != 0 && s.toks[k].flags&ClassSubject == 0 {
			return false
		}
	}
	return true
}

// speakingHead reports whether token k, the head of a phrase, names one who can speak (see
// canSpeak): a name, a role or title, an organization's word, a person ("harbor master",
// by its ending, see roleLike), a document or a record, a group.
func (s *segmenter) speakingHead(k int) bool {
	t, w := s.toks[k], s.lowerWord(k)
	return t.cap || t.flags&(ClassRole|ClassTitle|ClassOrg) != 0 || roleLike(w) || personNouns[w] || personNouns[singular(w)] ||
		docNouns[w] || evidenceNouns[w] || collectives[w] || pluralNoun(w)
}

// verbAt reports whether a verb the language knows (a reporting or thinking verb, an
// auxiliary, a form that is never a noun, a lower-case form in -ed, or a headline's verb
// in -s, see finiteVerb) stands in tokens
// [k, hi) of token k's clause: the verb of a subject that ends before k ("has since
// apologized", "of the Soloria Herald imagined").
func (s *segmenter) verbAt(k, hi int) bool {
	for j := k; j < hi && !s.toks[j].inq && s.toks[j].clause == s.toks[k].clause; j++ {
		if t := s.toks[j]; t.flags&(ClassVerb|ClassThink|ClassAux|ClassPast) != 0 && t.flags&ClassPrep == 0 ||
			!t.cap && strings.HasSuffix(s.lowerWord(j), "ed") || s.finiteVerb(j, s.sentenceStartTok(k)) {
			return true
		}
	}
	return false
}

// eventRubric reports whether tokens [lo, hi), before a colon, are a rubric that names
// what happened where, not who speaks: they open their paragraph with a listed noun for
// an event or a feeling (eventNouns) that is no organization's, role's or title's word
// and names no person, alone or with lower-case words that name no person, then a
// preposition that places it and a capitalized name, with no verb ("Horror in Valdora",
// "Chaos at Lamar airport", "Anger over Soloria vote"). "Ruiz in Valdora", "Opposition
// in Valdora" and "Witness in Valdora" name a speaker.
func (s *segmenter) eventRubric(lo, hi int) bool {
	if s.lang.name != "english" || lo >= hi || s.toks[lo].start != s.paras[s.para(s.toks[lo].start)] || !eventNoun(s.lowerWord(lo)) ||
		s.toks[lo].flags&(ClassOrg|ClassRole|ClassTitle) != 0 {
		return false
	}
	p := lo + 1
	for p < hi && !s.toks[p].inq && !s.toks[p].cap && s.toks[p].flags&ClassPrep == 0 {
		if s.toks[p].flags&(ClassRole|ClassTitle|ClassOrg|ClassVerb|ClassThink|ClassAux|ClassPast) != 0 || !s.contentWord(p) ||
			roleLike(s.lowerWord(p)) || personNouns[singular(s.lowerWord(p))] {
			return false
		}
		p++
	}
	if p+1 >= hi || !eventPreps[s.lowerWord(p)] {
		return false
	}
	place := false
	for k := p + 1; k < hi; k++ {
		t := s.toks[k]
		if t.inq || t.clause != s.toks[lo].clause || t.flags&(ClassVerb|ClassThink|ClassAux|ClassPast|ClassRole|ClassTitle) != 0 ||
			!t.cap && (roleLike(s.lowerWord(k)) || personNouns[singular(s.lowerWord(k))]) {
			return false
		}
		place = place || t.cap && s.nameWord(k)
	}
	return place
}

// eventPreps place an event ("Horror in Valdora", "Anger over the vote").
var eventPreps = map[string]bool{"in": true, "at": true, "over": true, "on": true, "near": true, "across": true}

// eventNoun reports whether a lower-case word is a listed noun for an event or a feeling
// (eventNouns), which a rubric before a colon names where no speaker is. Nouns are not
// guessed by their ending: "Opposition", "Government", "Community", "Witness" name
// speakers.
func eventNoun(w string) bool { return eventNouns[w] }

// eventNouns are nouns for events and feelings that head a news rubric ("Horror in
// Valdora:"), written for framediff.
var eventNouns = wordSet("horror horrors terror chaos panic fear fears fury anger outrage grief shock tragedy drama " +
	"mayhem carnage havoc turmoil unrest crisis war battle bloodshed massacre clashes protests fighting shelling " +
	"joy relief hope despair sorrow mourning jubilation alarm concern tension tensions scandal storm flood floods " +
	"fire fires blast explosion attack attacks siege strike strikes riot riots showdown standoff")

// introCue returns the attribution of a sentence [lo, last] that introduces a quotation
// or a block with a colon ("He wrote:", "The ministry said in a statement:"): its last
// known verb, skipping one used as a noun after a determiner, a possessive or a number
// (see nounAfterDet: "tweet" in "posted the following tweet:", "question" in "asked one
// question:"), in the object of a verb before it (see inColonObject: "put out a short
// note:") or capitalized inside a name (see capitalizedNoun: "Post" in "The Halden Post
// has proof:"). In English it also takes a verb of issuing (see issuingVerbs), and the
// cue of either runs to the colon when the verb's object, a noun of saying, does (see
// colonObject: "The ministry released the following statement:", "asked one
// question:"). A verb of obtaining or reading ("obtained the following memo:", "received
// the following letter:") names a recipient, not the writer, and gives none.
func (s *segmenter) introCue(lo, last int) (cue, bool) {
	for k := last; k >= lo; k-- {
		if s.toks[k].flags&ClassVerb != 0 && !s.toks[k].inq && !s.nounAfterDet(k, lo) && !s.inColonObject(k, lo, last) &&
			!s.capitalizedNoun(k) {
			to := k + 1
			if s.lang.name == "english" && s.colonObject(s.particleEnd(k, last+1), last+1) == last+1 {
				to = last + 1 // "posted the following tweet:", "put out a statement:"
			}
			c := cue{from: k, to: to, verb: strings.ToLower(s.span(k, to))}
			c.src = s.verbSubject(k, lo, last+1, 3)
			if o := s.ownedWords(k, k+1, s.particleEnd(k, last+1), last+1); o.ok() {
				c.src = o // "Ruiz read out Dimitrov's letter:"
			}
			return c, true
		}
	}
	if s.lang.name != "english" {
		return cue{}, false
	}
	for k := last - 1; k > lo && k >= last-4; k-- {
		if t := s.toks[k]; t.inq || t.cap || !issuingVerbs[s.lowerWord(k)] {
			continue
		}
		if s.colonObject(s.particleEnd(k, last+1), last+1) == last+1 {
			c := cue{from: k, to: last + 1, verb: strings.ToLower(s.span(k, last+1))}
			c.src = s.verbSubject(k, lo, last+1, 3)
			return c, true
		}
	}
	c, ok := s.introColonVerb(lo, last) // "Ruiz then listed the skills she wants:" (cueverb.go)
	if o := s.ownedWords(c.from, c.to, c.to, last+1); ok && o.ok() {
		c.src = o // "The aide handed out Varga's statement:"
	}
	return c, ok
}

// ownedWords returns the author named with the document or saying that is the object of
// a cue before a colon, tokens [from, hi) (from right after the verb and its particle),
// when the cue's verb, one of tokens [vfrom, vto), passes words on (passOnVerbs: "read
// out", "quoted", "handed out", "released"): its possessor ("read out Dimitrov's letter:", "handed out the mayor's statement:"), a
// name or a noun that can speak, or the phrase after "from" or "by" that ends the object
// ("read a letter from Ivo Dimitrov:", "a statement by the council:"). The quoted words are
// that author's, whoever reads or hands them out. With no author named ("read out the
// letter:", "her letter:", "issued a statement:") it returns no phrase, and the cue's
// subject stays the speaker: the one who voices or gives out words the text ties to no
// one else, as attribution corpora mark the reader's verb with the reader for source. An
// object that is no noun of saying or document (colonNouns, docNouns) gives none, nor a
// verb that answers, judges or meets the words ("answered Dimitrov's letter:", "rejected
// the mayor's statement:"): what follows is then the subject's own reply.
func (s *segmenter) ownedWords(vfrom, vto, from, hi int) np {
	if s.lang.name != "english" || from <= 0 || from >= hi || hi > len(s.toks) || hi-from > maxSpeakerWords+3 {
		return np{}
	}
	passes := false
	for v := max(vfrom, 0); v < vto && v < len(s.toks); v++ {
		passes = passes || passOnVerbs[s.lowerWord(v)]
	}
	if !passes {
		return np{}
	}
	c := s.toks[from].clause
	for k := from; k < hi; k++ {
		if s.toks[k].inq || s.toks[k].clause != c {
			return np{}
		}
	}
	owned := func(k int) bool { w := s.lowerWord(k); return !s.toks[k].cap && (colonNouns[w] || docNouns[w]) }
	for h := from; h+2 < hi; h++ {
		if w := s.lowerWord(h + 1); w != "from" && w != "by" {
			if s.toks[h].cap || s.toks[h].poss || s.toks[h].flags&(ClassVerb|ClassThink|ClassPast|ClassAux|ClassPrep|ClassConj) != 0 {
				break // a name, a possessive or a verb before the noun: read below
			}
			continue
		}
		if !owned(h) {
			break
		}
		if n := s.npAfter(h+2, hi); n.ok() && n.to == hi && (s.toks[n.to-1].cap || s.speakingWord(n.to-1)) {
			return n // "a letter from Ivo Dimitrov:"
		}
		return np{}
	}
	if !owned(hi - 1) {
		return np{}
	}
	for p := from; p < hi-1; p++ {
		if !s.toks[p].poss {
			continue
		}
		if m := s.npBefore(p, from); m.ok() && m.from == from && m.to == p+1 && (s.toks[p].cap || s.speakingWord(p)) {
			return m // "Dimitrov's letter:", "the mayor's statement:"
		}
		return np{}
	}
	return np{}
}

// passOnVerbs are the forms of the English verbs that pass on words someone else wrote
// or said (see ownedWords), written for framediff.
var passOnVerbs = wordSet("read reads reading quote quotes quoted quoting cite cites cited citing " +
	"hand hands handed handing release releases released releasing circulate circulates circulated " +
	"circulating publish publishes published publishing post posts posted posting reprint reprints " +
	"reprinted reprinting")

// nounAfterDet reports whether token k, a verb that is also a noun of saying, follows a
// determiner, a possessive or a number in its clause, as a noun does ("the following
// tweet", "his statement", "one question", "two comments"), as isReportingVerb reads it.
func (s *segmenter) nounAfterDet(k, lo int) bool {
	if k <= lo {
		return false
	}
	p := s.toks[k-1]
	if p.clause != s.toks[k].clause || p.inq {
		return false
	}
	if p.flags&ClassDet != 0 && p.flags&ClassSubject == 0 && !s.pronounDet(k) || p.poss {
		return true
	}
	w := s.lowerWord(k - 1)
	return isNumberWord(w) || s.lang.name == "english" && (numberWords[w] || w == "following")
}

// inColonObject reports whether token k lies in the object, a noun of saying that runs
// to the colon after token last (see colonObject), of a known verb or a verb of issuing
// before it in [lo, k): "note" in "put out a short note:", "statement" in "issued a
// brief statement:".
func (s *segmenter) inColonObject(k, lo, last int) bool {
	if s.lang.name != "english" {
		return false
	}
	for j := k - 1; j >= lo && j >= last-5; j-- {
		t := s.toks[j]
		if t.inq || t.cap || t.flags&ClassVerb == 0 && !issuingVerbs[s.lowerWord(j)] {
			continue
		}
		if to := s.particleEnd(j, last+1); to <= k && s.colonObject(to, last+1) == last+1 {
			return true
		}
	}
	return false
}

// oneAsPronoun are the words after which "one" is a pronoun, not a number: "the only
// one", "no one", "every one", "this one" (with the determiners).
var oneAsPronoun = map[string]bool{"only": true, "no": true, "every": true, "each": true, "any": true,
	"this": true, "that": true, "which": true, "same": true, "last": true, "first": true}

// numberWords are the English words of a small number, before a noun ("one question").
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"several": true, "few": true}

// issuingVerbs are the English pasts of the verbs that issue or send words, whose object
// before a colon, a noun of saying, is the quotation that follows (see introCue):
// "released the following statement:", "sent one message:", "put out a note:". Verbs of
// obtaining, receiving or reading ("obtained", "received", "reviewed", "read") are
// none: their subject is a recipient.
var issuingVerbs = map[string]bool{"issued": true, "released": true, "published": true, "posted": true,
	"sent": true, "delivered": true, "wrote": true, "put": true, "shared": true, "tweeted": true,
	"emailed": true, "e-mailed": true, "texted": true, "circulated": true, "distributed": true, "offered": true,
	"provided": true, "gave": true, "made": true, "added": true, "left": true}

// gerundPreps are the prepositions after which an -ing form is a topic, not a report
// ("talked about continuing", "the cost of saying no").
var gerundPreps = map[string]bool{"about": true, "of": true, "on": true, "for": true, "with": true, "without": true}

// noInversion are the verbs whose object after them is their addressee, never their
// subject ("“…,” told a local station"), by base form.
var noInversion = map[string]bool{"tell": true, "inform": true, "assure": true, "remind": true, "notify": true,
	"alert": true, "reassure": true, "instruct": true, "order": true, "advise": true, "urge": true, "brief": true}

// afterOther reports whether token k, a verb's -s form, follows "other" or "such" in its
// clause, which makes it a plural noun ("Other estimates put the number higher", "such
// claims"). After "the other" (or another determiner and "other"), a pronoun, the -s
// form is its verb ("the other says it will fail") unless a verb follows it ("the other
// claims were false").
func (s *segmenter) afterOther(k int) bool {
	if k == 0 || s.toks[k-1].clause != s.toks[k].clause {
		return false
	}
	w, v := s.lowerWord(k-1), s.lowerWord(k)
	if w != "other" && w != "such" || !strings.HasSuffix(v, "s") || s.lang.verbBase(v) == v {
		return false
	}
	if w == "other" && k >= 2 && s.toks[k-2].clause == s.toks[k].clause && s.toks[k-2].flags&ClassDet != 0 &&
		s.toks[k-2].flags&ClassSubject == 0 {
		return s.verbAfter(k)
	}
	return true
}

// adjectivalParticiple reports whether the -ed form at token k stands between an adverb
// in -ly, after a determiner or a possessive, and a noun: an adjective ("Britain's
// emotionally charged vote", "the racially charged remarks"). After "and" it is a verb
// ("met the board and publicly denied rumors").
func (s *segmenter) adjectivalParticiple(k int) bool {
	if k < 2 || k+1 >= len(s.toks) || !strings.HasSuffix(s.lowerWord(k), "ed") || !s.adverb(k-1) {
		return false
	}
	c := s.toks[k].clause
	b, n := s.toks[k-2], s.toks[k+1]
	if b.clause != c || n.clause != c || b.inq || n.inq {
		return false
	}
	return (b.flags&ClassDet != 0 && b.flags&ClassSubject == 0 || b.poss) &&
		s.contentWord(k+1) && n.flags&(ClassPrep|ClassDet|ClassThat) == 0
}

// withoutParticle reports whether token k is a verb that reports only with its particle
// (needsParticle) and stands without it ("pointed", not "pointed out"), or with it before
// a way out that no "of" or "to" follows ("pushed for the exit": a movement, not a demand;
// but "pushed for the exit of the chairman", "pushed for the gates to be opened").
func (s *segmenter) withoutParticle(k int) bool {
	part, ok := needsParticle[s.lang.verbBase(s.lowerWord(k))]
	if !ok {
		return false
	}
	if k+1 >= len(s.toks) || !containsWord(part, s.lowerWord(k+1)) {
		return part != "it" || !s.putFigure(k)
	}
	c := s.toks[k].clause
	n := k + 2
	if n < len(s.toks) && s.toks[n].flags&ClassDet != 0 && s.toks[n].clause == c {
		n++
	}
	if n >= len(s.toks) || s.toks[n].clause != c || !ways[s.lowerWord(n)] {
		return false
	}
	if a := n + 1; a < len(s.toks) && s.toks[a].clause == c && !s.toks[a].inq {
		if w := s.lowerWord(a); w == "of" || w == "to" {
			return false // "pushed for the exit of the chairman", "for the gates to be opened": a demand
		}
	}
	return true
}

// headlineVerb reports whether the capitalized reporting verb at token k of a headline in
// title case is its verb, though a name follows it: a finite form ("Says", "Tells",
// "Slams", "Said") after a name or a role ("Former Port Pollster Says Ruiz Is In
// Trouble"), or a bare form after a plural ("Dock Workers Say …") but not before a
// finite verb ("New Jobs Report Shows …"), where a name's word would be a bare form
// after a singular ("Hope Marlow").
func (s *segmenter) headlineVerb(k int) bool {
	w := s.lowerWord(k)
	if s.lang.name != "english" || k == 0 || s.toks[k-1].clause != s.toks[k].clause || s.toks[k-1].inq || s.toks[k-1].poss ||
		!s.toks[k-1].cap || s.toks[k-1].flags&notName != 0 && s.toks[k-1].flags&(ClassTitle|ClassRole|ClassOrg) == 0 {
		return false
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && s.lang.verbBase(w) != w || s.toks[k].flags&ClassPast != 0 ||
		s.lang.verbBase(w) == w && pluralNoun(s.lowerWord(k-1)) && !s.finiteHeadlineVerb(k+1)
}

// finiteHeadlineVerb reports whether token k, in the clause of the token before it, is a
// capitalized cue verb's -s form ("Shows", "Says") before no verb of its own, which
// makes the bare form before it a noun ("New Jobs Report Shows Hiring Slowed").
func (s *segmenter) finiteHeadlineVerb(k int) bool {
	if k >= len(s.toks) || s.toks[k].clause != s.toks[k-1].clause || !s.toks[k].cap || s.toks[k].inq {
		return false
	}
	w := s.lowerWord(k)
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || s.lang.verbBase(w) == w {
		return false
	}
	// Before a verb of its own it is a plural noun, the subject of what was said ("Dock
	// Workers Say Talks Failed").
	if n := k + 1; n < len(s.toks) && s.toks[n].clause == s.toks[k].clause {
		if v := s.lowerWord(n); s.toks[n].flags&(ClassPast|ClassAux) != 0 && s.toks[n].flags&ClassPrep == 0 || strings.HasSuffix(v, "ed") || modals[v] {
			return false
		}
	}
	return true
}

// ways are the ways out and through that a crowd pushes or heads for ("pushed for the
// exit"), which no demand is.
var ways = map[string]bool{"exit": true, "exits": true, "door": true, "doors": true, "doorway": true, "gate": true,
	"gates": true, "stairs": true, "stairway": true, "staircase": true, "elevator": true, "elevators": true}

// putFigure reports whether "put" at token k sets a figure, an estimate its subject gives
// ("Officials put the death toll at 40", "Estimates put the cost of the repairs closer to
// $40 million"), as PolNeAR annotates it (Newell et al. 2018): its object, a noun of an
// amount (amountNouns) after at most four words, maybe with its phrases or a relative
// clause after it ("the number of ferries that were laid up", "the odds of Ruiz's
// being reelected", "the number of riders on the ferry", "the toll in the region"), then "at",
// "near", "around", "above", "below" or "between", or "closer", "higher" or "lower", and
// a number within three words, only words of a figure between (figureWords: "at least",
// "an estimated"), that is no time of day ("put the total on the board at 5 p.m." places
// it; "put the crowd at ease after 40 minutes" gives no figure), all in its clause.
func (s *segmenter) putFigure(k int) bool {
	if s.lang.name != "english" {
		return false
	}
	c := s.toks[k].clause
	in := func(j int) bool { return j < len(s.toks) && s.toks[j].clause == c && !s.toks[j].inq }
	a := -1
	for j := k + 1; j <= k+5 && in(j); j++ {
		if amountNouns[s.lowerWord(j)] {
			a = j
			break
		}
	}
	if a < 0 {
		return false
	}
	rel := false // a relative clause after the noun, whose verbs are its own
	for j := a + 1; j <= a+16 && in(j); j++ {
		switch s.lowerWord(j) {
		case "at", "near", "around", "above", "below", "between", "closer", "higher", "lower":
			for n := j + 1; n <= j+3 && in(n); n++ {
				w := s.lowerWord(n)
				if isNumberWord(w) || numberWords[w] || spelledNumbers[w] {
					// A time of day is no figure: "put the total on the board at 5 p.m.",
					// "at 5:30 p.m."
					for c := n + 1; c <= n+2 && in(c); c++ {
						if clockWords[s.lowerWord(c)] {
							return false
						}
					}
					return !strings.HasPrefix(s.text[s.toks[n].end:], ":")
				}
				if !figureWords[w] {
					return false // "put the crowd at ease after 40 minutes": no figure after "at"
				}
			}
			return false
		}
		if s.toks[j].flags&(ClassThat|ClassWho) != 0 && s.toks[j-1].flags&(ClassVerb|ClassThink) == 0 {
			rel = true // "the number of ferries that were laid up"
		} else if !rel && s.toks[j].flags&(ClassVerb|ClassAux|ClassPast) != 0 && s.toks[j].flags&ClassPrep == 0 {
			return false // another verb's clause: "put the cost aside and said fares would rise above 40 cents"
		}
	}
	return false
}

// figureWords may stand between "at" and the figure "put" gives ("at at least 40", "at an
// estimated 40", "at more than 40", "at about $2 million").
var figureWords = wordSet("at least most about around roughly nearly almost some over under more less fewer than " +
	"an estimated up to just a")

// clockWords follow a number that tells the time of day ("at 5 p.m.").
var clockWords = wordSet("a.m. p.m. am pm a.m p.m o'clock")

// amountNouns are the English nouns of an amount that "put" sets at a figure (see
// putFigure).
// Not a price, a rate, a bill or a budget, which "put" may set rather than estimate ("The
// council put the price of tickets at $40", "The law puts the rate at 5 percent").
var amountNouns = wordSet("toll tolls number numbers figure figures cost costs total totals value count tally " +
	"damage damages loss losses casualties deaths size turnout crowd crowds attendance lead margin growth " +
	"deficit debt population share odds chance chances probability estimate estimates")

// needsParticle are the verbs that report only with their particle or preposition
// ("pointed out", "pointed to", "shot back", "lashed out", "pushed for"), by base form.
var needsParticle = map[string]string{"put": "it", "point": "out to", "lash": "out", "shoot": "back", "fire": "back", "hit": "back",
	"sum": "up", "spell": "out", "weigh": "in", "chime": "in", "push": "for"}

// pluralNoun reports whether a lower-case English word looks like a plural noun ("critics",
// "officials"; not "previous", "this", "press").
func pluralNoun(w string) bool {
	switch w {
	case "men", "women", "people", "children", "police", "media":
		return true // plurals without -s
	}
	if !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ys"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// participle reports whether token k is an English -ing form.
func (s *segmenter) participle(k int) bool {
	w := s.word(k)
	return s.lang.name == "english" && !s.toks[k].cap && strings.HasSuffix(w, "ing")
}

// thatClauseAfter reports whether token k, a verb's form that is also a noun, is followed
// by "that" opening a clause ("the Post reports that the department …", "Okafor,
// meanwhile, hopes that …"): a verb there, not a noun.
func (s *segmenter) thatClauseAfter(k int) bool {
	j := k + 1
	if j+1 >= len(s.toks) || s.toks[j].inq || s.toks[j].clause != s.toks[k].clause || s.toks[j].flags&ClassThat == 0 ||
		!strings.HasSuffix(s.lowerWord(k), "s") {
		return false
	}
	n := s.toks[j+1]
	return !s.headAhead(j) && !n.inq && n.clause == s.toks[j].clause &&
		(n.flags&(ClassDet|ClassSubject) != 0 || n.cap || s.clauseAhead(j+1, s.sentenceEndTok(j)))
}

// prepBetween reports whether a preposition other than an infinitive's "to" right
// before hi lies among the tokens from lo up to hi.
func (s *segmenter) prepBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if s.toks[j].flags&ClassPrep != 0 && !(j == hi-1 && s.lowerWord(j) == "to") {
			return true
		}
	}
	return false
}

// capitalizedNoun reports whether token k, capitalized inside its sentence, is a word of
// a name, not a verb: outside a headline in title case, or a name's word there ("the
// Halden Post", "Hope Marlow"; but "Varga Says …" in a headline is a verb).
func (s *segmenter) capitalizedNoun(k int) bool {
	t := s.toks[k]
	return t.cap && k > 0 && s.toks[k-1].sentence == t.sentence && (!s.inTitleCase(k) || s.nameWord(k) && !s.headlineVerb(k) ||
		s.lowerWord(k) == "states" && s.lowerWord(k-1) == "united")
}

// backAdverb reports whether token k is "back" before a preposition in its clause ("back
// into the talks", "back to Halden", "back in 2019"): an adverb, not the verb of support
// ("unions back the plan").
func (s *segmenter) backAdverb(k int) bool {
	if s.lang.name != "english" || s.lowerWord(k) != "back" || k+1 >= len(s.toks) || s.toks[k+1].clause != s.toks[k].clause || s.toks[k+1].inq {
		return false
	}
	return s.toks[k+1].flags&ClassPrep != 0
}

// subjectNoun reports whether token k, a reporting verb that is also a plural noun
// ("calls", "plans", "protests"; see weakVerbs), is rather the head of its sentence's
// subject: after a capitalized word that opens the sentence with the ending of an
// adjective or a participle, or a number (see adjectiveOpener), after a quantifier
// (pluralQuantifiers: "Several reports"), or after a lower-case word after a determiner,
// when the sentence's finite verb (a modal, a form of "be", "have" or "do", or a listed
// past) follows it at once, after the head noun it modifies, or after its preposition's
// phrase (a name after a determiner inside it: "by the Halden Post"), before any
// relative word, conjunction, word that opens a clause after a noun (clauseAfterNoun) or
// phrase that opens after a noun rather than after a preposition (also after a singular
// head it modifies, when an adjective stands before it: "The regional appeals court in
// Halden said"); or a reporting verb in its bare form follows it at once, or after the
// phrase's plural or name ("Unconfirmed
// reports claim …", "Many appeals by dock workers say …": the plural's own verb in the
// present) ("Initial estimates have put …", "Federal appeals
// courts have ruled", "Repeated calls for a recount have gone unanswered", "The recent
// protests against the levy have drawn crowds"; but "Varga calls on the guild to have a say", "Marek fears
// Soloria will win", "The union calls for a strike that would shut the port", "Vidal
// calls for talks the council has rejected").
func (s *segmenter) subjectNoun(k, lo int) bool {
	t := s.toks[k]
	if s.lang.name != "english" || t.flags&ClassWeak == 0 || t.cap || k <= lo || k+1 >= len(s.toks) || !strings.HasSuffix(s.lowerWord(k), "s") {
		return false
	}
	p := s.toks[k-1]
	if p.inq || p.clause != t.clause || p.poss {
		return false
	}
	opening := s.adjectiveOpener(k-1) || pluralQuantifiers[s.lowerWord(k-1)]
	if !opening && p.flags&(notName|ClassRole|ClassTitle|ClassOrg) != 0 {
		return false
	}
	modified := !p.cap && k-2 >= lo && s.toks[k-2].clause == t.clause && !s.toks[k-2].inq && s.toks[k-2].flags&ClassDet != 0 &&
		s.toks[k-2].flags&ClassSubject == 0 && s.contentWord(k-1)
	if !modified && !opening {
		return false
	}
	finite := func(j int) bool {
		u := s.toks[j]
		return (modals[s.lowerWord(j)] || u.flags&(ClassAux|ClassPast) != 0 && u.flags&ClassPrep == 0) &&
			s.lowerWord(j-1) != "to" && s.lowerWord(j-1) != "not"
	}
	if n := s.toks[k+1]; n.clause != t.clause || n.inq {
		return false
	} else if finite(k + 1) {
		return true
	} else if w := s.lowerWord(k + 1); !n.cap && n.flags == 0 && strings.HasSuffix(w, "ed") && !edNonPasts[w] && k+2 < len(s.toks) &&
		(s.toks[k+2].flags&(ClassDet|ClassSubject|ClassPrep) != 0 || s.toks[k+2].cap || s.toks[k+2].poss || isNumberWord(s.word(k+2)) || s.adverb(k+2) || s.lowerWord(k+2) == "only") {
		// "The recent attacks penetrated the border", "… penetrated only a few miles",
		// "The new charges leveled against …": a past no list knows, after a modified
		// plural, with its object, a preposition or an adverb after it (not "The charity
		// reports heightened demand": an adjective and its noun).
		return true
	} else if w := s.lowerWord(k + 1); !n.cap && n.flags&ClassVerb != 0 && s.lang.verbBase(w) == w && !strings.HasSuffix(w, "s") {
		return true // "Unconfirmed reports claim …": the plural's own verb, in the present
	} else if !n.cap && n.flags&(ClassVerb|ClassThink|ClassPrep|ClassDet|ClassSubject) == 0 && s.contentWord(k+1) && k+2 < len(s.toks) &&
		s.toks[k+2].clause == t.clause && !s.toks[k+2].inq && finite(k+2) {
		return true // "Federal appeals courts have ruled": a noun before the head
	}
	from, n, saying := k+2, s.toks[k+1], false
	if n.flags&ClassPrep == 0 {
		// "The regional appeals court in Halden said": the head, then its preposition's
		// phrase and a verb of saying; after an adjective, before a singular ("The report
		// notes rents in Halden have doubled", "The tribunal notes evidence of fraud was
		// withheld" report).
		if k+2 >= len(s.toks) || s.toks[k+2].flags&ClassPrep == 0 || !adjectiveEnding(s.lowerWord(k-1)) || pluralNoun(s.lowerWord(k+1)) {
			return false
		}
		from, saying = k+3, true
	}
	for j := from; j < len(s.toks) && j < k+10 && s.toks[j].clause == t.clause && !s.toks[j].inq; j++ {
		u := s.toks[j]
		if u.flags&(ClassThat|ClassWho|ClassConj) != 0 || subordinators[s.lowerWord(j)] || clauseAfterNoun[s.lowerWord(j)] {
			return false
		}
		if j > k+2 && s.toks[j-1].flags&ClassPrep == 0 && (u.cap && !s.toks[j-1].cap && s.toks[j-1].flags&ClassDet == 0 || u.flags&(ClassDet|ClassSubject) != 0) {
			// A phrase that opens after a noun, not after a preposition (nor a name's next
			// word), may be the subject of a clause of its own ("Vidal calls for talks the
			// council has rejected").
			return false
		}
		if finite(j) {
			return !saying || u.flags&ClassVerb != 0
		}
		if w := s.lowerWord(j); !u.cap && u.flags&ClassVerb != 0 && s.lang.verbBase(w) == w && !strings.HasSuffix(w, "s") &&
			s.toks[j-1].flags&ClassPrep == 0 && (s.toks[j-1].cap || pluralNoun(s.lowerWord(j-1))) {
			return true // "Many appeals by dock workers say …": a plural's verb in the present after the phrase
		}
	}
	return false
}

// pluralQuantifiers are the English quantifiers that stand before a plural noun as a
// determiner does ("Several reports by …", "Many calls for …").
var pluralQuantifiers = wordSet("some many most several few all both numerous")

// clauseAfterNoun are the words that open a clause of their own after a noun ("a vote
// before the talks were due", "towns where the floods have"), besides the relative words
// and subordinators.
var clauseAfterNoun = map[string]bool{"as": true, "before": true, "after": true, "until": true, "since": true,
	"where": true, "once": true, "whenever": true}

// adjectiveOpener reports whether token k is a capitalized word that opens its sentence
// and is a number word ("Twelve", "Thirty-two"), or is no function word, role, title or
// organization, and ends as English adjectives and participles do
// ("Repeated", "Original", "Recent", "Numerous", "Initial"). A surname may end so too
// ("Vidal", "Manning"): subjectNoun asks the rest of the sentence.
func (s *segmenter) adjectiveOpener(k int) bool {
	t := s.toks[k]
	if !t.cap || k > 0 && s.toks[k-1].sentence == t.sentence {
		return false
	}
	w := s.lowerWord(k)
	if n := strings.Split(w, "-")[0]; numberWords[n] || spelledNumbers[n] {
		return true
	}
	if t.flags&(notName|ClassRole|ClassTitle|ClassOrg) != 0 {
		return false
	}
	return endsIn(w, "ed", "ing", "al", "ent", "ant", "ous", "ive", "ic", "ary", "ful", "less", "able", "ible")
}

// thinkTank reports whether token k is "think" before "tank" or "tanks" as a noun's
// modifier ("Halden think tanks", "two think tanks", "the think tank"): after a
// determiner, a number, a possessive, a name inside the sentence ("the Gulf States think
// tanks") or a word in the singular that is no pronoun, or opening its sentence; after a
// plural or a pronoun it is the verb ("Analysts think tanks will decide the war").
func (s *segmenter) thinkTank(k int) bool {
	if s.lang.name != "english" || s.lowerWord(k) != "think" || k+1 >= len(s.toks) || s.toks[k+1].inq ||
		s.lowerWord(k+1) != "tank" && s.lowerWord(k+1) != "tanks" {
		return false
	}
	if k == 0 || s.toks[k-1].sentence != s.toks[k].sentence {
		return true
	}
	p, w := s.toks[k-1], s.word(k-1)
	if p.flags&ClassDet != 0 && p.flags&ClassSubject == 0 || p.poss || isNumberWord(w) || spelledNumbers[strings.ToLower(w)] ||
		p.cap && k >= 2 && s.toks[k-2].sentence == p.sentence && s.nameWord(k-1) {
		return true // "the United States think tanks": a name inside the sentence modifies
	}
	return p.flags&(ClassSubject|ClassHe|ClassShe|ClassThey|ClassI|ClassIt) == 0 && !pluralNoun(strings.ToLower(w)) &&
		!(strings.HasSuffix(w, "s") && !isUpper(w))
}

// isReportingVerb reports whether token k (with its sentence from lo) is used as a
// reporting verb: a listed verb not after a determiner (nor, in -ing, after a number
// within its clause: "had one warning:"), and a verb that is also a noun
// ("call", "claims") only after a pronoun, a name, an auxiliary or a plural noun
// ("critics call it", not "his previous call").
func (s *segmenter) isReportingVerb(k, lo int) bool {
	t := s.toks[k]
	if t.flags&ClassVerb == 0 {
		return false
	}
	if s.capitalizedNoun(k) {
		return false // "the Washington Post", "Hope Marlow"; but "Varga Says …" in a headline
	}
	if s.withoutParticle(k) {
		return false // "pointed out", not "pointed"
	}
	if s.subjectNoun(k, lo) {
		return false // "Repeated calls for a recount have gone unanswered": a noun
	}
	if w := s.lowerWord(k); k > lo && s.lang.verbBase(w) == w && !pastAsBase[w] {
		if p := s.lowerWord(k - 1); (p == "have" || p == "has" || p == "had") && (k+1 >= len(s.toks) || !s.clauseAhead(k+1, s.sentenceEndTok(k))) {
			// "all have direct roots in …": a perfect takes a participle, not the bare form
			// (but "have hit back": see pastAsBase); and "The sources we have say the talks …"
			// ends a relative clause before its sentence's verb.
			return false
		}
	}
	if t.cap && k+1 < len(s.toks) && s.lowerWord(k+1) == "by" && strings.HasSuffix(s.lowerWord(k), "ing") {
		return false // "Writing by Mia Cho; Editing by …": a wire story's credits
	}
	if s.adjectivalParticiple(k) {
		return false // "the racially charged remarks": an adjective
	}
	if k == lo {
		return t.flags&ClassWeak == 0
	}
	if s.verbAfterFunctionWord(k, lo) {
		return true // "a placard that said, “…”", "to counter that", "would only reply:" (cueverb.go)
	}
	p := s.toks[k-1]
	if p.flags&ClassDet != 0 && p.flags&ClassSubject == 0 && !s.pronounDet(k) || (p.poss || s.pluralPossessive(k-1)) && p.clause == t.clause {
		return false // "the claims", "Ruiz's claims", "the workers’ demands"; but "a neighbor of the mayor's, said"
	}
	if s.lang.name == "english" && s.lowerWord(k-1) == "no" && p.clause == t.clause {
		return false // "there was no reason", "no comment": a noun
	}
	if s.afterOther(k) {
		return false // "Other reports put …", "such claims": a noun after its adjective
	}
	if s.participle(k) && p.clause == t.clause && gerundPreps[s.lowerWord(k-1)] {
		return false // "talked about continuing the …": a gerund as a topic (but "by saying that …" reports)
	}
	if s.participle(k) && p.clause == t.clause && s.lang.name == "english" && numberWords[s.lowerWord(k-1)] &&
		k-2 >= lo && s.toks[k-2].clause == t.clause && !s.toks[k-2].inq &&
		!(s.lowerWord(k-1) == "one" && (s.toks[k-2].flags&ClassDet != 0 || oneAsPronoun[s.lowerWord(k-2)])) {
		// "had one warning:": a noun after a number inside its clause, as after a
		// determiner (but ", one warning that …" opens an absolute phrase, and "the
		// only one warning that …" has "one" for a pronoun, the subject of its verb)
		return false
	}
	if t.flags&ClassWeak == 0 || s.thatClauseAfter(k) {
		return true
	}
	if s.verbAfter(k) {
		return false // "Multiple reports reveal": the noun before its verb
	}
	if s.subjectNoun(k-1, lo) {
		return true // "Initial estimates put …": the verb after the subject's plural noun
	}
	if strings.HasSuffix(s.lowerWord(k), "s") && s.asideSubject(k, lo) {
		// "Ivo Marek, a port consultant, notes the port …": a name before an aside; not a
		// bare form, a noun's modifier in a list as often ("… — members, governors,
		// state officials — …")
		return true
	}
	if p.flags&(ClassSubject|ClassAux|ClassWho) != 0 || s.pronounDet(k) || s.singularThirdPerson(k) {
		return true
	}
	if s.pluralSubjectBefore(k, lo) {
		return true // "Ruiz and Marek term the plan …", "Opponents of the port claim …"
	}
	if p.cap && p.clause == t.clause {
		// "Varga tweets", but not "a Facebook post", "the Reuters report": a name under a
		// determiner or an adjective is a noun's modifier; and a bare form after a name
		// that is not plural is a noun ("Russian attack", "Chinese state media").
		if w := s.lowerWord(k); s.lang.name == "english" && s.lang.verbBase(w) == w && !strings.HasSuffix(s.word(k-1), "s") {
			return false
		}
		n := s.npBefore(k-1, lo)
		return !n.ok() || s.toks[n.from].flags&ClassDet == 0 && (n.from == lo || !s.contentWord(n.from-1) || s.toks[n.from-1].clause != s.toks[n.from].clause)
	}
	w := s.word(k - 1)
	return !p.cap && p.flags&(ClassPrep|ClassDet|ClassConj|ClassVerb) == 0 && len(w) > 3 && p.clause == t.clause && pluralNoun(w)
}
