package voices

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Indirect speech: the contents news attributes to a source in its own words, outside
// quotation marks (Reported). One attribution a sentence, the first that applies:
//
//   - "according to X": the rest of the sentence (X, where the phrase reader cannot
//     delimit it, is the rest of its clause: "according to a yearly state audit");
//   - "In a May poll, …" opening the sentence, when the rest has no cue of its own: the
//     rest of the sentence, the poll its source (inpoll.go);
//   - the headline naming its source before a colon, in the text's first paragraph and
//     only a source the text names again: "Varga: …";
//   - a trailing or parenthetical attribution: "…, officials said.", "…, said Smith on
//     Monday.", "The plan, Smith said, is …", "Still, he said, …", "…, the poll found.",
//     "…, records show.", "As we learned in Valdora, …", "As reported by the Post, …"
//     (asreported.go): the rest of the sentence, but a clause of its own after "and",
//     "but" or "yet" ("…, records show, and historians say …") is read for its own cues,
//     and one without a cue goes on with the content ("…, officials said, and it will
//     not return");
//   - a cue verb with its subject, then its complement: "X said (that) …", "X told
//     reporters on Monday that …" ("told her supporters that …": "her" before a noun is
//     a possessive; not before "nothing" or a noun with a verb: "told her critics were
//     wrong"), "X believes …", "X wants to …", "X expects him to …",
//     "X urged the industry to …", "X declined to say whether …", "X declined to
//     comment" (its content "to comment" alone; refusal.go), "X warned of …", "X
//     accused Y of …", "X sees Y as …", "X discussed …", "a poll showed
//     Y leading": from the complement to the sentence's end (a supported object ends
//     before a time or the subject's next verb: "endorsed Varga last week and …"; after
//     support, endorse, oppose, favor or back, an object that is a name or an object
//     pronoun ends before a phrase of time or place: "opposed him on the floor"); a
//     content also ends before a comma and "and", "but", "yet", "while", "whereas",
//     "though" or "although" whose clause opens with a source and a cue of its own, the
//     cue not inside a relative clause of that source ("…, whereas Marek argued that …";
//     not "…, and the ferry that critics said was late would stop"); inside the phrase
//     after a cue, a clause without "that" right after a medium's noun or a name is the
//     content, subject and all ("said in a statement the pier would close"); a
//     subject the phrase reader cannot delimit ("Several people I've sailed with said …"),
//     or none before a verb with "that" and a clause ("Fewer than a third agreed that
//     …"), gives the content without a source; an addressee after "to" may come before
//     "that" ("argued in a letter to the board that …"); a verb after "and" shares the sentence's
//     subject; a verb in a relative clause of the sentence's subject, no comma before
//     "who", has the noun before "who" for source, and its content ends before the
//     sentence's own auxiliary or modal ("Voters who say the toll is fair | are few"; see
//     sentenceVerbAfter), or at the end of its clause inside an apposition; a passive cue has its subject for content, with its source after "by" ("The
//     story was first reported by the Herald") or none ("The price was not disclosed", "The
//     plan is widely seen as a mistake": the subject and what it is seen as); a passive of
//     telling or asking has its own content, without a source, and its subject is the
//     addressee even with an agent ("was told that …", "was asked by a reporter
//     whether …"); a quotation's own cue after it brings no content of its own ("“…,” he
//     wrote in a blog post"); a reporting participle after a common noun that can speak
//     has that noun for source ("letters highlighting …"; not "spent years arguing …",
//     "voters hoping to …"), and so has one of showing or finding after a record, to the
//     end of its clause ("Despite polls showing her behind, …"; evidence.go); a verb of knowing, believing or wanting has no content in a
//     plain object ("knows the way home", "wants a new car"); an object content ends at a
//     comma that opens a clause or phrase of its own ("endorsed Varga, who …", "praised
//     the plan, calling …"), and a clause content before ", saying …", a participle of
//     saying that attributes on its own; a subject pronoun or relative word with a
//     contracted "’s" is a subject with its "is" before a participle in -ing ("he’s
//     hinting that …") or its "has" before a past form with "that" after it ("she’s
//     argued that …"; not a passive, "she’s asked to …"); a question word after the time
//     or place of a verb opens its content ("asked at the pier why …"); a verb of
//     thinking has for content a clause whose subject joins phrases after "both" or
//     "either" ("thinks both the bakery and the ferry are …"); a verb of telling whose
//     words before a quotation are only its addressee, maybe with "who" or "whom" after
//     it, has the quotation for content ("told the ferry crews who waited, “…”"; not an
//     indirect question, "told the bakers what the toll costs, “…”"); a relative clause of
//     support after a quotation's source ("“…,” said Ruiz, who backs the levy") is the
//     source's description, no content;
//   - in a trailing attribution, a person's name and its apposition before the verb,
//     with nothing of its own after it, are the verb's subject, no content ("Ana Ruiz,
//     the harbormaster of Halden, wrote in a memo.");
//   - in a trailing attribution, a person's name set off by commas before
//     its apposition and a comma before the verb is the source, and the content ends
//     before the name ("The plan will fail, Ana Ruiz, the mayor, said."; not "…, Tal
//     Oren, the spokesman said", where the name is the content's);
//   - in the same sentence, contents of speech nouns, with a possessor ("Varga's attacks
//     on him") or without one where the noun has no other sense than speech ("concerns
//     about the plan", "questions about his health"; not "the attack on the port", nor a
//     relative clause after "that": "the argument that the rebels made"), of
//     adjectives of stance after "be" ("X is critical of …", "voters remain convinced
//     that …", "X made clear that …"), of evidentials without a source ("seems to …",
//     "is expected to …", "was said to be …", "It appears that …", "it seems like
//     …"), and of questions
//     without the asker ("Asked about the plan, …"); a word that is already a cue is not
//     read again.
//
// Verbs of thinking, intending and finding (believe, want, expect, found) count, as
// PolNeAR annotates them (Newell et al. 2018); quotations inside a content keep their own
// voice, and the content's pieces around them are one statement (Span.Continued).

// tellVerbs take the addressee as an object before their content ("told reporters that"),
// by base form.
var tellVerbs = map[string]bool{"tell": true, "inform": true, "assure": true, "warn": true, "remind": true, "advise": true,
	"ask": true, "urge": true, "promise": true, "notify": true, "alert": true, "reassure": true, "beg": true,
	"implore": true, "instruct": true, "order": true, "command": true, "direct": true, "encourage": true}

// infinitiveVerbs take an infinitive for their content ("wants to", "urged them to"), by
// base form.
var infinitiveVerbs = map[string]bool{"want": true, "plan": true, "hope": true, "expect": true, "intend": true,
	"refuse": true, "decline": true, "seek": true, "aim": true, "promise": true, "vow": true, "pledge": true,
	"threaten": true, "urge": true, "ask": true, "tell": true, "warn": true, "decide": true, "agree": true,
	"prefer": true, "hesitate": true, "wish": true, "seem": true, "appear": true, "beg": true, "implore": true,
	"advise": true, "remind": true, "instruct": true, "order": true, "direct": true, "demand": true, "propose": true,
	"claim": true, "call": true}

// aspectVerbs begin, go on with or end what a participle after them does ("began talking
// about …", "kept asking for …", "stopped reporting …"), by form.
var aspectVerbs = map[string]bool{"begin": true, "begins": true, "began": true, "begun": true, "start": true,
	"starts": true, "started": true, "keep": true, "keeps": true, "kept": true, "continue": true, "continues": true,
	"continued": true, "stop": true, "stops": true, "stopped": true, "resume": true, "resumes": true, "resumed": true}

// mannerVerbs say how words were spoken; they attribute quotations but bring no content of
// their own (base forms).
var mannerVerbs = map[string]bool{"roar": true, "laugh": true, "smile": true, "beam": true, "sigh": true, "groan": true,
	"chuckle": true, "bark": true, "growl": true, "scream": true, "shout": true, "yell": true, "cry": true, "whisper": true,
	"mutter": true, "chant": true, "sing": true, "snap": true, "fume": true, "thunder": true, "gush": true, "rave": true,
	"sneer": true, "marvel": true, "moan": true, "whine": true, "grumble": true, "gripe": true, "quip": true, "joke": true}

// prepComplements are the prepositions that open the content of a verb ("warned of",
// "talked about", "called for", "accused him of"), by base form.
var prepComplements = map[string]string{"warn": "of about against", "talk": "about of", "speak": "about of on",
	"complain": "about of", "call": "for on", "ask": "for about", "argue": "for against", "accuse": "of",
	"comment": "on", "point": "to", "testify": "about on", "write": "about of", "boast": "of about", "brag": "about of",
	"worry": "about over", "hope": "for", "think": "of about", "know": "of about", "learn": "of about",
	"joke": "about", "caution": "against", "rail": "against", "blame": "for", "criticize": "for",
	"criticise": "for", "praise": "for", "remind": "of", "inform": "of about", "fear": "for", "chat": "about",
	"tweet": "about", "post": "about", "blog": "about", "lament": "about", "muse": "about", "wonder": "about",
	"speculate": "about on", "reflect": "on", "insist": "on", "agree": "on with", "disagree": "on with about",
	"lecture": "about on", "preach": "about", "brief": "on about", "question": "about", "suspect": "of", "refer": "to",
	"advocate": "for", "side": "with", "allude": "to", "dwell": "on", "harp": "on", "rant": "about",
	"apologize": "for", "apologise": "for", "reply": "to", "react": "to", "hint": "at",
	"object": "to", "protest": "against", "weigh": "on", "push": "for"}

// sayVerbs attribute a content before them without an object: "…, officials said." (base
// forms).
var sayVerbs = map[string]bool{"say": true, "tell": true, "add": true, "write": true, "note": true, "argue": true,
	"claim": true, "insist": true, "assert": true, "state": true, "declare": true, "announce": true, "explain": true,
	"warn": true, "stress": true, "emphasize": true, "emphasise": true, "maintain": true, "acknowledge": true,
	"admit": true, "concede": true, "confirm": true, "reply": true, "respond": true, "retort": true, "answer": true,
	"suggest": true, "predict": true, "promise": true, "remark": true, "observe": true, "comment": true, "quip": true,
	"joke": true, "continue": true, "conclude": true, "recall": true, "report": true, "tweet": true, "post": true,
	"testify": true, "caution": true, "contend": true, "counter": true, "charge": true, "allege": true,
	"complain": true, "boast": true, "reiterate": true, "believe": true, "think": true, "estimate": true,
	"speculate": true, "reason": true, "concur": true, "agree": true,
	"indicate": true, "hint": true, "ask": true, "wonder": true, "recount": true, "reckon": true, "figure": true,
	"fear": true, "worry": true, "affirm": true, "swear": true, "vow": true, "pledge": true,
	"show": true, "find": true, "rule": true}

// reported finds the contents of indirect speech outside the quotations, sentence by
// sentence. A quotation's own attribution is never part of a content.
func (s *segmenter) reported() []Span {
	if !s.lang.attribute {
		return nil
	}
	s.indexCues()
	s.contentSent = s.contentSent[:0]
	var out []Span
	for k := 0; k < len(s.toks); {
		end := s.sentenceEndTok(k)
		for _, sp := range s.reportedIn(k, end) {
			if d := s.tokAt(sp.Start); d < end && s.toks[d].dateline {
				// "HALDEN, Soloria — The port will close, officials said": the dateline is
				// the outlet's, no part of the content.
				for d < end && s.toks[d].dateline {
					d++
				}
				if d >= end || s.toks[d].start >= sp.End {
					continue
				}
				sp.Start = s.toks[d].start
			}
			s.contents = append(s.contents, sp)
			s.contentSent = append(s.contentSent, s.toks[k].sentence)
			for _, part := range s.splitAroundQuotes(sp) {
				if !s.quotationCue(part.Start, part.End, !part.Continued) || s.phraseGoesOn(part) {
					out = append(out, part)
				}
			}
		}
		k = end
	}
	return out
}

// phraseGoesOn reports whether a piece of a content ends on a determiner or a preposition
// right before a quotation ("he would welcome China's participation in a “principled
// security network”"): the quotation goes on the piece's phrase, so the piece is more
// than the quotation's attribution.
func (s *segmenter) phraseGoesOn(part Span) bool {
	last := s.tokAt(part.End) - 1
	if last < 0 || last+1 >= len(s.toks) || !s.toks[last+1].inq || s.toks[last].inq {
		return false
	}
	return s.toks[last].flags&(ClassDet|ClassPrep) != 0 && s.toks[last].flags&ClassThat == 0
}

// inheritContents gives the quotations inside a content of indirect speech that have no
// attribution of their own the content's: its source's words, quoted ("he found Varga to
// be “very charming”", "Marek thought the fuss was … a sign of “the quiet
// harbor craft of her brother”"). A title, or a scare quote after "so-called", keeps
// its voice.
func (s *segmenter) inheritContents() {
	if len(s.contents) == 0 {
		return
	}
	c := 0
	for i := range s.quotes {
		q := &s.quotes[i]
		if q.block || q.Voice == Title || q.attributed && q.Voice == Quote {
			continue
		}
		for c < len(s.contents) && s.contents[c].End < q.Start {
			c++
		}
		if c >= len(s.contents) {
			break
		}
		sp := &s.contents[c]
		if sp.Start > q.Start || q.End > sp.End+1 || s.soCalled(s.text[max(0, q.openStart-24):q.openStart]) {
			continue
		}
		q.attributed, q.Voice = true, Quote
		q.Speaker, q.Verb, q.CueStart, q.CueEnd = sp.Speaker, sp.Verb, sp.CueStart, sp.CueEnd
		q.speakerPos, q.speakerEnd = sp.SourceStart, sp.SourceEnd
	}
}

// inheritFollowing gives a quotation without a source, that opens its sentence right
// after a sentence of indirect speech (in its paragraph, or at the end of the paragraph
// before), the source of that speech: news paraphrases a source, then quotes it ("Carter
// said that … \n\n“That’s because …”").
func (s *segmenter) inheritFollowing() {
	if len(s.contents) == 0 {
		return
	}
	for i := range s.quotes {
		q := &s.quotes[i]
		if q.block || q.Voice == Title || q.Speaker != "" || q.echo > 0 || s.subhead(i) {
			continue
		}
		first := s.tokAt(q.openStart)
		if first >= len(s.toks) || first == 0 || s.soCalled(s.text[max(0, q.openStart-24):q.openStart]) {
			continue
		}
		// The quotation must open its sentence.
		if st := s.sentenceStartTok(first); st != first || s.toks[first-1].sentence == s.toks[first].sentence {
			continue
		}
		prevSent := s.toks[first-1].sentence
		if p := s.para(q.openStart); s.para(s.toks[first-1].start) < p-1 {
			continue
		}
		// The contents of that sentence (contents come sentence by sentence).
		j, _ := slices.BinarySearch(s.contentSent, prevSent)
		for ; j < len(s.contents) && s.contentSent[j] == prevSent; j++ {
			s.work++
			c := &s.contents[j]
			if c.Speaker == "" {
				continue
			}
			q.attributed, q.Voice = true, Quote
			q.Speaker, q.Verb, q.CueStart, q.CueEnd = c.Speaker, c.Verb, c.CueStart, c.CueEnd
			q.speakerPos, q.speakerEnd = c.SourceStart, c.SourceEnd
			break
		}
	}
}

// quoteCueAt reports whether a quotation has its cue at byte pos.
func (s *segmenter) quoteCueAt(pos int) bool {
	i, _ := slices.BinarySearchFunc(s.cueIndex, pos, func(c [2]int, p int) int { return cmp.Compare(c[0], p) })
	s.work++
	return i < len(s.cueIndex) && s.cueIndex[i][0] == pos
}

// indexCues sorts the quotations' cues by where they start (s.cueIndex: cue start,
// quotation), for quoteCueAt and quotationCue.
func (s *segmenter) indexCues() {
	s.cueIndex = s.cueIndex[:0]
	for i := range s.quotes {
		if q := &s.quotes[i]; q.CueEnd > q.CueStart {
			s.cueIndex = append(s.cueIndex, [2]int{q.CueStart, i})
		}
	}
	slices.SortFunc(s.cueIndex, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
}

// objectInfinitive reports whether the object [m, to) of the verb with base form base is
// followed by an infinitive that says what the object is wanted, expected or urged to do
// ("urged the industry to do more", "expected me to read it"): the object and the
// infinitive are the content, as PolNeAR annotates them. A prepositional phrase may
// follow the object first ("people in Port Halden to trust him").
func (s *segmenter) objectInfinitive(m, to, hi int, base string) bool {
	if !infinitiveVerbs[base] && !objectInfinitiveVerbs[base] {
		return false
	}
	j := to
	for j < hi && j < to+6 && s.toks[j].clause == s.toks[m].clause && !s.toks[j].inq && s.lowerWord(j) != "to" &&
		s.toks[j].flags&(ClassVerb|ClassThink|ClassAux|ClassPast|ClassThat|ClassWho) == 0 {
		j++
	}
	if j+1 >= hi || s.lowerWord(j) != "to" || s.toks[j].clause != s.toks[m].clause {
		return false
	}
	if j > to && s.toks[to].flags&ClassPrep == 0 {
		return false // only a prepositional phrase between the object and "to"
	}
	n := s.toks[j+1]
	return !n.inq && !n.cap && n.flags&(ClassDet|ClassSubject|ClassTime|ClassMonth) == 0 && !isNumberWord(s.word(j+1))
}

// namedAfterNoun reports whether the naming verb at k is a participle after an indefinite
// noun phrase, followed by a name ("a band called Sophistafunk", "one group named Stop
// It"): a name given, not an attribution.
func (s *segmenter) namedAfterNoun(k, lo int) bool {
	w := s.lowerWord(k)
	if w != "called" && w != "named" && w != "dubbed" && w != "titled" && w != "entitled" || k+1 >= len(s.toks) || !s.toks[k+1].cap || s.toks[k+1].inq {
		return false
	}
	for j := k - 1; j >= lo && j >= k-4 && s.toks[j].clause == s.toks[k].clause; j-- {
		if v := s.lowerWord(j); v == "a" || v == "an" || v == "one" {
			return j < k-1
		}
		if s.toks[j].cap || s.toks[j].flags&(ClassSubject|ClassAux|ClassPast) != 0 {
			return false
		}
	}
	return false
}

// quantityOpens reports whether token m opens a quantity that is the subject of a clause:
// "too many", "so few", "about half", "nearly 40 percent", "more than half", "at least 12",
// "as many as 40", "up to 300", "over 9,000", followed by a finite verb ("said about half
// of the fund financed …", "said at least 12 people were hurt").
func (s *segmenter) quantityOpens(m, hi int) bool {
	if m+1 >= hi {
		return false
	}
	w, n := s.lowerWord(m), s.lowerWord(m+1)
	figure := func(j int) bool { // a number or a word of quantity at token j
		return j < hi && (isNumberWord(s.word(j)) || quantifiers[s.lowerWord(j)] || s.lowerWord(j) == "a")
	}
	switch w {
	case "at":
		// "at least 12", "at most half": not "at least once", "at first".
		if n != "least" && n != "most" || !figure(m+2) {
			return false
		}
		return s.figureClause(m+2, hi)
	case "as":
		// "as many as 40", "as much as half"
		if n != "many" && n != "much" && n != "few" && n != "little" || m+2 >= hi || s.lowerWord(m+2) != "as" || !figure(m+3) {
			return false
		}
		return s.figureClause(m+3, hi)
	case "up":
		if n != "to" || !isNumberWord(s.word(m+2)) && !quantifiers[s.lowerWord(m+2)] {
			return false // "said up to now", "spoke up to the board"
		}
		return s.figureClause(m+2, hi)
	case "over", "under":
		if !isNumberWord(s.word(m + 1)) {
			return false // "said over the weekend", "said under oath"
		}
		if s.agoEnd(m+1, hi) > 0 {
			return false // "said over 40 years ago that …"
		}
	case "too", "so":
		if n != "many" && n != "much" && n != "few" && n != "little" {
			return false
		}
	case "about", "nearly", "almost", "around", "roughly", "only", "just":
		if !quantifiers[n] && !isNumberWord(s.word(m+1)) && n != "a" {
			return false
		}
		if s.agoEnd(m+1, hi) > 0 {
			return false // "said nearly a year ago that …": a time of the verb, not a quantity
		}
	case "more", "less", "fewer":
		if n != "than" {
			return false
		}
		return s.figureClause(m+2, hi)
	default:
		return false
	}
	return s.figureClause(m+1, hi)
}

// figurePrefixEnd returns the first token after the words that open a figure at token m
// ("at least", "more than", "up to", "as many as", "over", "nearly" before a number or a
// word of quantity), or m when there are none.
func (s *segmenter) figurePrefixEnd(m, hi int) int {
	fig := func(j int) bool {
		return j < hi && !s.toks[j].inq && (isNumberWord(s.word(j)) || quantifiers[s.lowerWord(j)] || s.lowerWord(j) == "a")
	}
	if m+1 >= hi || s.toks[m].inq || s.toks[m+1].inq {
		return m
	}
	switch w, n := s.lowerWord(m), s.lowerWord(m+1); {
	case w == "at" && (n == "least" || n == "most"), (w == "more" || w == "fewer" || w == "less") && n == "than", w == "up" && n == "to":
		if fig(m + 2) {
			return m + 2
		}
	case w == "as" && (n == "many" || n == "much") && m+2 < hi && s.lowerWord(m+2) == "as":
		if fig(m + 3) {
			return m + 3
		}
	case w == "over" || w == "nearly" || w == "almost" || w == "about" || w == "around" || w == "roughly" || w == "some":
		if isNumberWord(s.word(m + 1)) {
			return m + 1
		}
	}
	return m
}

// figureClause reports whether the figure at token f opens the subject of a clause, a
// finite verb ahead ("said at least 12 people were hurt"): not a count of times ("said
// at least three times that …", "has denied over 20 times that …"). After a verb of
// telling the figure is the addressee's (see figurePrefixEnd: "told at least 40
// reporters that …").
func (s *segmenter) figureClause(f, hi int) bool {
	for j := f; j < hi && j <= f+3; j++ {
		if w := s.lowerWord(j); w == "times" || w == "time" {
			return false // "said at least three times …": a count of times, not a subject
		}
	}
	if s.finiteAhead(f, hi) || s.clauseAhead(f, hi) || s.regularPastAhead(f, hi) {
		return true
	}
	// "said at least 12 people, including three children, were killed": an aside set off
	// by commas after the figure's noun, then its verb.
	for j := f + 1; j < hi && j <= f+6 && !s.toks[j].inq; j++ {
		if s.toks[j].clause == s.toks[j-1].clause {
			continue
		}
		if w := s.lowerWord(j); w != "including" && w != "most" && w != "mostly" && w != "many" && w != "some" && w != "among" {
			return false
		}
		for x := j + 1; x < hi && x <= j+8 && !s.toks[x].inq; x++ {
			if s.toks[x].clause != s.toks[x-1].clause {
				w := s.lowerWord(x)
				return s.finiteAt(x) || modals[w] || strings.HasSuffix(w, "ed") // "…, drowned"
			}
		}
		return false
	}
	return false
}

// atTimeEnd returns the end of a phrase of time with "at" that opens at token m ("at the
// time", "at that point", "at one point", "at first", "at times", "at the moment", "at
// least once"), or 0.
func (s *segmenter) atTimeEnd(m, hi int) int {
	if m+1 >= hi || s.lowerWord(m) != "at" || s.toks[m+1].inq || s.toks[m+1].clause != s.toks[m].clause {
		return 0
	}
	j := m + 1
	switch s.lowerWord(j) {
	case "first", "times", "once":
		return j + 1 // not "at last count", "at present rates": a noun may follow "last" and "present"
	case "least", "most":
		if j+1 < hi && (s.lowerWord(j+1) == "once" || s.lowerWord(j+1) == "twice") {
			return j + 2 // "said at least once that …"
		}
		for x := j + 1; x < hi && x <= j+3 && !s.toks[x].inq && s.toks[x].clause == s.toks[m].clause; x++ {
			if w := s.lowerWord(x); w == "times" {
				return x + 1 // "said at least three times the pier …", "at least a dozen times"
			} else if !isNumberWord(s.word(x)) && !spelledNumber(w) && !quantifiers[w] && w != "a" {
				break
			}
		}
		return 0
	case "last":
		if j+1 < hi && s.lowerWord(j+1) == "count" {
			return j + 2 // "said at last count 40 people had died"
		}
		return 0
	case "the", "that", "this", "one", "some":
		j++
	}
	if j < hi && j > m+1 && !s.toks[j].inq && s.toks[j].clause == s.toks[m].clause && atTimeNouns[s.lowerWord(j)] {
		return j + 1
	}
	return 0
}

// relativePronouns open a relative clause or a question after a preposition ("in which",
// "for whom", "by whose").
var relativePronouns = map[string]bool{"which": true, "whom": true, "whose": true}

// atTimeNouns head a phrase of time after "at" and a determiner ("at the time", "at one
// point", "at that stage").
var atTimeNouns = map[string]bool{"time": true, "point": true, "moment": true, "stage": true, "outset": true}

// objectAfter returns the object that starts at token m: an object pronoun ("me", "him")
// or a noun phrase.
func (s *segmenter) objectAfter(m, hi int) np {
	if t := s.toks[m]; t.flags&(ClassHe|ClassShe|ClassThey|ClassI|ClassIt) != 0 && t.flags&ClassSubject == 0 && !t.inq {
		return np{m, m + 1}
	}
	return s.npAfter(m, hi)
}

// objectInfinitiveVerbs take an object and an infinitive for their content, besides the
// infinitiveVerbs ("encouraged the water board to publish …"), by base form.
var objectInfinitiveVerbs = map[string]bool{"encourage": true}

// clauseOpeners open a clause that is a verb's content: "said whether …", "asked how …".
var clauseOpeners = map[string]bool{"whether": true, "if": true, "how": true, "why": true, "what": true, "when": true,
	"who": true, "where": true}

// quotedBefore reports whether the cue at byte pos is the attribution of a quotation that
// comes before it ("“…,” he told reporters on Monday"): what follows the verb is the
// quotation's setting, not a content of its own, unless "that" opens one.
func (s *segmenter) quotedBefore(pos int) bool {
	i, _ := slices.BinarySearchFunc(s.cueIndex, pos, func(c [2]int, p int) int { return cmp.Compare(c[0], p) })
	for ; i < len(s.cueIndex) && s.cueIndex[i][0] == pos; i++ {
		if q := &s.quotes[s.cueIndex[i][1]]; q.closeEnd <= pos && q.Voice == Quote {
			return true // not a title or a scare quote ("on “Dockside Daily,” Ruiz asked him how …")
		}
	}
	return false
}

// quotationAfterCue reports whether the words after the cue at k, up to the sentence's end
// (hi), are only a quotation's own: "Vatican Radio told …" after a quotation, "said: “…”".
// A cue whose complement goes on outside quotation marks ("said the plan “will fail”")
// still has a content.
func (s *segmenter) quotationAfterCue(k, hi int) bool {
	j := k + 1
	for j < hi && !s.toks[j].inq && s.toks[j].clause == s.toks[k].clause &&
		(s.toks[j].flags&(ClassTime|ClassMonth) != 0 || s.adverb(j) || j == k+1 && s.particleEnd(k, hi) == k+2) {
		j++
	}
	if j < hi && s.toks[j].inq {
		return !s.titleIn(j) && !s.quoteOpensClause(j, hi) // "told “Morning Desk” that …": a programme, not the words
	}
	return j >= hi || s.toks[j].clause != s.toks[k].clause
}

// quoteOpensClause reports whether the quotation whose first token is j opens a clause
// whose verb follows it ("said “the next mayor” should pick"), so that the
// quotation is part of a content rather than the content.
func (s *segmenter) quoteOpensClause(j, hi int) bool {
	e := j
	for e < hi && s.toks[e].inq {
		e++
	}
	if e >= hi || e == j || s.toks[e].clause != s.toks[e-1].clause {
		return false
	}
	if s.clauseAhead(e, hi) {
		return true // "saying “of course” Voss has the experience"
	}
	switch s.lowerWord(e) {
	case "if", "unless", "because", "until", "once", "when", "while", "although", "though":
		// "admitted “we could lose the valley seat” if turnout keeps falling"
		return e+1 < hi && s.clauseAhead(e+1, hi)
	}
	if s.toks[e].cap {
		return false
	}
	u, w := s.toks[e], s.lowerWord(e)
	return u.flags&(ClassAux|ClassPast|ClassNeg) != 0 && u.flags&ClassPrep == 0 ||
		u.flags&(ClassVerb|ClassThink|ClassFunc|ClassPrep|ClassConj|ClassDet) == 0 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// quotationCue reports whether text[lo:hi], a piece of a content (its first when opens is
// set), is a quotation's own attribution: it holds the quotation's cue, and little else
// than its source ("Varga said", "said Smith on Monday").
func (s *segmenter) quotationCue(lo, hi int, opens bool) bool {
	i, _ := slices.BinarySearchFunc(s.cueIndex, lo, func(c [2]int, p int) int { return cmp.Compare(c[0], p) })
	for ; i < len(s.cueIndex) && s.cueIndex[i][0] < hi; i++ {
		q := &s.quotes[s.cueIndex[i][1]]
		if f := s.tokAt(lo); opens && q.openStart >= hi && q.Speaker != "" && s.tokAt(q.speakerPos) == f &&
			(f == 0 || !clauseSubordinators[s.lowerWord(f-1)]) && !s.participle(s.tokAt(q.CueStart)) {
			// "Ruiz said the mayor called the sale “a scandal”": a clause that opens a
			// content with its own source and cue, before that cue's quotation, is the
			// content's: what the mayor called the sale is what Ruiz said. Not a frame
			// whose source is elsewhere ("told the radio that … and asked why the board
			// had “…”", "said it well as the mayor put it: “…”"), nor one after a
			// subordinator ("said as much on Friday when he wrote: “…”": a clause of time,
			// no content), with a participle ("Marek, asserting that “…,” said …": an
			// aside, no clause) or after the content's first piece ("Asked why … on
			// “Harbor Nights,” Ruiz said she had not “…”").
			continue
		}
		extra := 0
		for k := s.tokAt(lo); k < len(s.toks) && s.toks[k].start < hi; k++ {
			s.work++
			t := s.toks[k]
			inSource := t.start >= q.speakerPos && t.end <= q.speakerEnd && q.speakerEnd > q.speakerPos
			inCue := t.start >= q.CueStart && t.end <= q.CueEnd
			if !inSource && !inCue && t.flags&(ClassPrep|ClassTime|ClassMonth|ClassDet|ClassAux) == 0 && !s.adverb(k) {
				extra++
			}
		}
		if extra <= 3 {
			return true
		}
	}
	return false
}

// content makes the span of a content [from, to) (tokens) with attribution c; the span ends
// at the last token's end.
func (s *segmenter) content(from, to int, c cue) Span {
	sp := Span{Start: s.toks[from].start, End: s.toks[to-1].end, Voice: Reported, Verb: c.verb,
		CueStart: s.toks[c.from].start, CueEnd: s.toks[c.to-1].end}
	if src := s.trimSource(c.src); src.ok() {
		sp.Speaker = s.phrase(src)
		sp.SourceStart, sp.SourceEnd = s.toks[src.from].start, s.toks[src.to-1].end
	}
	return sp
}

// reportedIn returns the contents of indirect speech in the sentence of tokens [lo, hi).
func (s *segmenter) reportedIn(lo, hi int) []Span {
	if hi-lo < 3 {
		return nil
	}
	// "According to X, …" and "…, according to X."
	for k := lo; k+1 < hi; k++ {
		if s.toks[k].inq || s.toks[k].flags&ClassAccording == 0 || s.lowerWord(k+1) != "to" || s.accordingConformity(k, hi) {
			continue // not "will be punished according to law": conformity, no attribution
		}
		c := cue{src: s.npAfter(k+2, hi), from: k, to: k + 2, verb: "according to"}
		if !c.src.ok() || c.src.to < hi && s.toks[c.src.to].clause == s.toks[k+2].clause && !s.toks[c.src.to].inq &&
			s.toks[c.src.to].flags&(ClassPrep|ClassConj|ClassWho|ClassThat|ClassFunc|ClassAux|ClassPast) == 0 {
			// A source the phrase reader cannot delimit ("a yearly Gallup poll", "state
			// corporate records"): what "according to" governs is the rest of its clause,
			// of up to 18 words ("a May study by the Halden Institute based on ferry
			// logs from 2017"; 12 missed that one on PolNeAR's tune half), quoted words
			// after its first word included ("her “payback” plan").
			if k+2 >= hi {
				continue // "according to" ends the sentence: no source, no content
			}
			if w := s.lowerWord(k + 2); w == "which" || w == "whom" || w == "whose" {
				continue // "the rules according to which …": a relative clause, no source
			}
			e, limit := k+2, k+14
			if !c.src.ok() && (k == lo || s.toks[k-1].flags&(ClassWho|ClassThat) == 0) {
				// Longer only where the phrase reader finds no source at all, and not
				// inside a relative clause ("Marek, who according to the Post sailed …").
				limit = k + 20
			}
			for e < hi && e < limit && s.toks[e].clause == s.toks[k+2].clause && (!s.toks[e].inq || e > k+2) {
				e++
			}
			if e == k+2 || e < hi && s.toks[e].clause == s.toks[k+2].clause {
				if !c.src.ok() {
					break
				}
			} else {
				c.src = np{k + 2, e}
			}
		}
		cs := s.clauseStart(k, lo)
		if cs < k {
			// "Voss leads Okafor by 40 seats according to a tally by …": the words
			// of the clause before the cue are content too.
			cs = k
		}
		ce := c.src.to
		for ce < hi && s.toks[ce].clause == s.toks[c.src.to-1].clause {
			ce++
		}
		if n, person := s.nameApposition(c.src, ce, hi); n.ok() {
			// "according to the mayor of Halden, Ana Ruiz": the person named, as after
			// "the mayor, Ana Ruiz"; a name after the source is no content.
			if person {
				c.src = n
			}
			ce = n.to
			if ce < hi && s.toks[ce].flags&ClassWho != 0 {
				// "According to the mayor of Halden, Ana Ruiz, who took office in May, the
				// port will close": past the name's relative clause, to the clause after it.
				for x := ce + 1; x < hi; x++ {
					if s.toks[x].clause != s.toks[x-1].clause && !s.toks[x].inq && s.clauseAhead(x, hi) {
						ce = x
						break
					}
				}
			}
		}
		var out []Span
		if cs > lo && s.hasWords(lo, cs) && !(cs == lo+1 && s.toks[lo].flags&(ClassConj|ClassFunc) != 0) && !s.adverbialOnly(lo, cs) && !clauseSubordinators[s.lowerWord(cs-1)] {
			out = append(out, s.content(lo, cs, c)) // not "But" alone, nor "In 2014," before "according to"
		}
		// After the source, a relative clause of its own ("according to Ann Lee, who
		// prosecuted …") is no content, nor, where the content came before, an apposition
		// ("…, according to Tallyhaw, a ledger-tracking service"); where the sentence goes
		// on after the apposition, the content goes on there ("The trouble, according to
		// Ann Lee, a former envoy, was a decision …").
		if ce < hi && len(out) > 0 && s.appositionStart(ce) {
			j := ce
			for j < hi && s.toks[j].clause == s.toks[ce].clause && !s.toks[j].inq {
				j++
			}
			if j < hi && j-ce <= 10 && s.hasWords(j, hi) && s.toks[j].flags&(ClassAux|ClassPast) != 0 {
				ce = j
			}
		}
		if ce < hi && s.appositionStart(ce) && s.toks[c.src.to-1].cap {
			// "According to Ana Ruiz, the mayor, the port will close": a named source's
			// apposition set off by commas, without a verb, is no part of the content after
			// it, nor a relative clause of the apposition ("According to Ivo Marek, a member
			// of the board, which opposes the sale, the port …"); but after a source that is
			// no name, such a phrase is the content's subject ("According to the charter,
			// the harbormaster, who sits on the board, is responsible …").
			j := s.clauseEnd(ce, hi)
			for j < hi && s.toks[j].flags&ClassWho != 0 {
				j = s.relativeEnd(j, hi)
			}
			if j < hi && !s.clauseHasVerb(ce, s.clauseEnd(ce, hi)) &&
				(s.toks[j].inq || s.clauseHasVerb(j, s.clauseEnd(j, hi)) && !s.opensWithVerb(j)) {
				// Not "According to the Post, the mayor, who took office in May, will
				// resign": a clause that opens with its verb has the phrase before for
				// subject.
				ce = j
			}
		}
		if ce < hi && s.hasWords(ce, hi) && s.toks[ce].flags&ClassWho == 0 &&
			!(len(out) > 0 && (s.appositionStart(ce) || s.partitiveAt(ce, hi) || s.dashBefore(ce) && !s.dashIn(lo, cs) ||
				(s.verbIn(lo, cs) || !s.bareSubject(lo, cs)) && !s.tailGoesOn(ce, hi))) {
			sp := s.content(ce, hi, c)
			sp.Continued = len(out) > 0
			out = append(out, sp)
		}
		return out
	}
	if c, m, ok := s.inPoll(lo, hi); ok {
		// "In a May poll, Ruiz led Marek …" (inpoll.go): the poll's content, unless the
		// sentence has cues of its own.
		if out := s.reportedOwn(lo, hi); len(out) > 0 {
			return out
		}
		return []Span{s.content(m, hi, c)}
	}
	return s.reportedOwn(lo, hi)
}

// reportedOwn returns the contents of indirect speech in the sentence of tokens [lo, hi)
// that has no "according to": a headline's source, "As X said, …", a trailing or
// parenthetical attribution, or a cue verb's contents.
func (s *segmenter) reportedOwn(lo, hi int) []Span {
	// The headline naming its source before a colon: "Varga: Farmers don't care about
	// tariffs". Only the text's first paragraph (further on, a name and a colon head a
	// dateline, a label or a list item more often than a claim: "London: Police said
	// …", "Update: …", "Ruiz: Keep the port open"), and only a
	// source the text names again ("Bombshell:", "Wow:" are the headline's own words), or
	// a record's noun alone, as headlines cite a poll or a report ("Poll: Ruiz leads
	// Marek", "Report: …"; see recordRubric).
	// Further on, a speaker's line of a transcript is one too, to its paragraph's end or
	// another speaker's name and colon inside it, sentence by sentence, except where a
	// sentence of it has cues of its own ("Marek: Well, the port is closed.", but "Marek:
	// Ruiz says the port is closed."; see transcriptLine) that are not all the line's
	// speaker's ("Marek: I think the port is closed" is Marek's; see firstPersonOnly).
	c, ok := s.headlineSource(lo, hi)
	first := s.para(s.toks[lo].start) == 0
	if ok && (first && !s.namedAgain(c.src) || !first && !s.transcriptLine(c.src)) {
		ok = false
	}
	if !ok && first {
		c, ok = s.recordRubric(lo, hi)
	}
	if ok && hi-c.to >= 4 {
		if m := c.to; !s.toks[m].inq && s.hasWords(m, hi) {
			if !first {
				if out := s.reportedPlain(m, hi); len(out) > 0 && !firstPersonOnly(out) {
					return out
				}
			}
			return []Span{s.content(m, hi, c)}
		}
	}
	if p := s.para(s.toks[lo].start); !first && s.toks[lo].start != s.paras[p] && !s.toks[lo].inq && s.hasWords(lo, hi) {
		if c, ok := s.headlineSource(s.tokAt(s.paras[p]), lo); ok && c.to < lo && s.transcriptLine(c.src) && s.toks[lo].start < s.lineEnds[p] {
			if out := s.reportedPlain(lo, hi); len(out) > 0 && !firstPersonOnly(out) {
				return out
			}
			// Not Continued: the line's sentences share its source and cue offsets, which
			// make them one statement (framing.Statements), and a sentence before with a
			// cue of its own ("you have said …") is another's.
			return []Span{s.content(lo, hi, c)}
		}
	}
	return s.reportedPlain(lo, hi)
}

// firstPersonOnly reports whether every span of out has a first-person pronoun for
// speaker ("I", "we"; see firstPerson): in a speaker's line of a transcript, the line's
// speaker's own cues ("Ruiz: Well, I would like to do more", "Ruiz: We have said the
// port will close"), whose sentence is that speaker's words whole, not a report of
// another's inside them. A report nested in such a cue's content ("Ruiz: I think Marek
// said …") goes with it: a known limit.
func firstPersonOnly(out []Span) bool {
	for _, sp := range out {
		if !firstPerson(sp.Speaker) {
			return false
		}
	}
	return true
}

// reportedPlain returns the contents of indirect speech in tokens [lo, hi) of a sentence
// read without a headline's or a transcript's source: "As X said, …", a trailing or
// parenthetical attribution, or a cue verb's contents.
func (s *segmenter) reportedPlain(lo, hi int) []Span {
	// "As X said, …", "…, as X put it."
	if out := s.asAttribution(lo, hi); out != nil {
		return out
	}
	// A trailing or parenthetical attribution after a comma: "…, officials said."
	if out, rest := s.trailing(lo, hi); out != nil {
		if rest < hi {
			// "…, Ruiz said, and experts say …": the clause after the conjunction has
			// its own cues.
			out = append(out, s.cueContents(rest, hi)...)
		}
		return out
	}
	return s.cueContents(lo, hi)
}

// cueContents returns the contents of the cue verbs, speech nouns, adjectives of stance,
// evidentials and questions in tokens [lo, hi) of a sentence.
func (s *segmenter) cueContents(lo, hi int) []Span {
	// A cue verb with its subject, and its complement; after a content that ends before
	// the sentence does, the clauses after it may attribute again (", but she suspects
	// that …").
	var found []Span
	asideTo, asideResume := -1, -1 // a content after an addressee's aside, read after the aside
	for k := lo; k < hi; k++ {
		if asideTo >= 0 && k >= asideTo {
			k, asideTo = max(k, asideResume), -1
			if k >= hi {
				break
			}
		}
		t := s.toks[k]
		if t.inq || t.flags&(ClassVerb|ClassThink) == 0 || !s.isCueVerb(k, lo) || s.quoteCueAt(t.start) && s.quotationAfterCue(k, hi) {
			continue
		}
		think := t.flags&ClassVerb == 0
		if mannerVerbs[s.lang.verbBase(s.lowerWord(k))] {
			continue // "as the crowd roared": a quotation's verb, with no content of its own
		}
		if s.anonymityRequest(k, hi) {
			continue // "who asked not to be named": the terms a source spoke on, no content
		}
		src, passive := np{}, false
		modifier := false   // a participle after a noun: "letters highlighting the mayor's record"
		purpose := false    // an infinitive of saying with the sentence's subject: "stood up to say …"
		clauseOnly := false // a content that ends with its clause
		var noun np         // that noun
		if b := s.progressiveBe(k, lo); b >= 0 {
			// "is hoping the court will rule", "are reaffirming that …": the subject of
			// the form of "be", or the pronoun that carries it ("he’s hinting").
			if src, _ = s.subjectOf(b, lo); s.contractedSubject(b) {
				src = np{b, b + 1}
			}
			if !src.ok() {
				continue
			}
		} else if s.participle(k) {
			// A reporting participle after a common noun that can speak (a person, a
			// group, a body or a document) reports what the noun's referent says, as
			// PolNeAR annotates it: "letters highlighting the mayor's record", "a report
			// showing losses"; one of thinking or intending does not ("voters hoping to
			// …"; in its subject's clause, only with "to" or "that", below). After another
			// noun or an adjective it is no attribution ("ended his speech warning that …",
			// "spent years arguing …", "is worth noting", "was busy denying"), nor after a
			// light verb's object ("made headlines claiming …", "took the stage promising
			// …"). After a name it is an absolute phrase's: after "with", the name's (see
			// absoluteName; a quotation in it attribute.go attributes, "with Senator Ilse
			// Marr calling it “…”"), and after any other name no attribution.
			if k > lo && s.toks[k-1].clause == t.clause && aspectVerbs[s.lowerWord(k-1)] {
				// "began talking about the port", "kept asking for money": the participle
				// is the aspect verb's, and its subject the source.
				if src, _ = s.subjectOf(k-1, lo); !src.ok() || think {
					continue
				}
			} else if n := s.absoluteName(k, lo, hi); n.ok() {
				// "The crowd booed, with Ruiz saying the plan would fail": an absolute
				// phrase after "with", whose name is the participle's subject, to the end
				// of its clause.
				src, clauseOnly = n, true
			} else if k > lo && s.toks[k-1].clause == t.clause && s.toks[k-1].flags&(ClassConj|ClassAux|ClassPrep|ClassFunc) == 0 && !s.adverb(k-1) {
				if s.toks[k-1].cap || think && !s.evidenceParticiple(k, lo) {
					continue // but "polls showing her behind": a record's report (evidence.go)
				}
				if !s.speakingNoun(k - 1) {
					// After a plural or a time that a verb of issuing or sending takes for
					// object, the participle is the sentence subject's, to the end of its
					// clause: "have filed motions calling on the board to …", "mailed the
					// flyers last week urging …".
					if u := s.toks[k-1]; !(pluralNoun(s.lowerWord(k-1)) || u.flags&(ClassTime|ClassMonth) != 0) || u.flags&(ClassVerb|ClassThink|ClassPast) != 0 {
						continue
					}
					v := s.sendVerbBefore(k-1, lo)
					if v < 0 {
						continue // "removed signs urging …", "lost members last year complaining …": the noun's, not the subject's
					}
					if src = s.sentenceSubject(lo, k); !src.ok() || src.to > v || s.lightObjectBefore(k-1, lo) {
						continue // "spent years arguing …", "made headlines claiming …": no attribution
					}
					clauseOnly = true
				} else {
					src = s.participleSource(k-1, lo)
					if !src.ok() {
						continue
					}
					modifier, noun = true, src
					if s.evidenceParticiple(k, lo) {
						src, clauseOnly = s.recordPhrase(src), true // "Despite polls showing her behind, …"
					}
					if b := src.from - 1; b >= lo && s.toks[b].clause == t.clause && issueVerbs[s.lowerWord(b)] {
						// "The league issued a statement calling for calm": the document
						// speaks for whoever issued it.
						if n, _ := s.subjectOf(b, lo); n.ok() {
							src = n
						}
					}
				}
			} else {
				src = s.earlierSubject(k, lo, hi, 2)
			}
			if !src.ok() {
				src = s.sentenceSubject(lo, k)
			}
		} else {
			if src, passive = s.subjectOf(k, lo); s.contractedPassive(k) {
				src, passive = np{}, true // "it’s said that …", "she’s told the port will close"
			}
			if !passive && src.ok() && src.to == k && s.toks[k-1].flags&ClassSubject == 0 && !(s.personName(src) && !s.toks[k].cap) && !s.relativeObjectBefore(src.from, lo) && s.prepWithoutObject(k, hi) {
				src, passive = np{}, true // "firms accused of funding the militia": accused, not accusing
			}
			if !src.ok() && !passive {
				if j, _ := s.skipBetween(k, lo); j >= lo && s.toks[j].flags&ClassConj != 0 && !s.clauseWhich(j, k) {
					src = s.sentenceSubject(lo, k)
					if n, passive := s.trailingSubordinateSubject(lo, j); (n.ok() || passive) && !s.agentPhrase(src) {
						src = n // "The pact collapsed when the Kuomintang betrayed the deal and proclaimed …"
					}
					if n := s.relativeAntecedent(j, lo); n.ok() {
						src = n // "Ruiz courted the guild, which supports …": the guild
					}
					if src.ok() && s.whoIn(src.to, j) {
						src = np{} // "told Ortiz, who opened the door and said …": the relative's verb
					}
				}
			}
			if !src.ok() && !passive {
				src = s.purposeSubject(k, lo)
				purpose = src.ok()
			}
			if !src.ok() && !passive {
				src = s.quantitySubject(k, lo)
			}
			if !src.ok() && !passive {
				if src = s.supportInfinitiveSubject(k, lo); src.ok() && s.reducedRelativeInfinitive(k, hi) { // "voted to endorse Ruiz"
					continue // "The money raised to endorse Ruiz came from farmers": no one's stance
				}
			}
			if j, _ := s.skipBetween(k, lo); !src.ok() && j >= lo && s.genericOne(j, k) {
				continue // "One might argue that …": the author's voice, no attribution
			}
		}
		if !src.ok() && !passive {
			src = s.evidenceSubject(k, lo)
		} else if !passive {
			src = s.recordBeforeAgent(src, k, lo) // "The survey by Lena Varga showed" (evidence.go)
		}

		if src.ok() && s.readerQuestion(src, lo, hi) {
			continue // "Do you support the mayor?": a question put to the reader reports no one
		}
		if !passive && s.thingThreatens(k, src) {
			continue // "The dispute threatens to split the coalition": a risk, no one's words
		}
		if !passive && src.ok() && s.relativeObject(src, k, hi) {
			// "the levy, which Ruiz has denied, …", "a rival whom many voters oppose":
			// the verb's object is the relative word before its subject, the content as
			// PolNeAR annotates it (what it stands for is the noun before it).
			e := s.particleEnd(k, hi)
			c := cue{src: src, from: k, to: e, verb: strings.ToLower(s.span(k, e))}
			found = append(found, s.content(src.from-1, src.from, c))
			continue
		}
		if !passive && src.ok() {
			if s.freeRelativeSubject(src, k, lo) {
				e := s.particleEnd(k, hi)
				if v := s.freeRelativeVerb(k, e, hi); v >= 0 {
					// "What Ruiz said is false": "what" is the verb's object, and what
					// follows is the sentence's own, no content of the verb (as "What she
					// believes is a mystery"); but "What Ruiz said was that …" and "What
					// Ruiz wants is to …" have the clause or the infinitive after the
					// copula for content.
					if v+1 < hi && isBe(s.lowerWord(v)) && !s.toks[v+1].inq && (s.toks[v+1].flags&ClassThat != 0 || s.lowerWord(v+1) == "to") && !s.commaBetween(v, v+1) {
						c := cue{src: src, from: k, to: e, verb: strings.ToLower(s.span(k, e))}
						end := s.contentEnd(v+1, hi)
						found = append(found, s.content(v+1, end, c))
						k = end - 1
					}
					continue
				}
			}
		}
		if passive {
			if sps := s.passiveAs(k, lo, hi); sps != nil {
				found = append(found, sps...)
				continue
			}
		}
		if passive && !s.itPassive(k, lo) {
			if sp, ok := s.passiveAgent(k, lo, hi); ok {
				found = append(found, sp)
				continue
			}
		}
		unread := false // a subject the phrase reader cannot delimit
		// "was told that …", "had been warned that …": a passive of telling has its
		// content without a source.
		toldThat := passive && tellVerbs[s.lang.verbBase(s.lowerWord(k))]
		thatOnly := false // a subject not read, but "that" and a clause after the verb
		if !src.ok() && !(passive && s.itPassive(k, lo)) && !toldThat {
			if !s.unreadSubject(k, lo, passive) {
				if passive || k+2 >= hi || s.toks[k+1].flags&ClassThat == 0 || s.toks[k+1].inq || s.headAhead(k+1) || !s.clauseAhead(k+2, hi) {
					continue
				}
				thatOnly = true
				if n := s.causedSpeaker(k, lo); n.ok() {
					src = n // "the ruling led the unions to say that …": the unions said it
				}
			}
			unread = !thatOnly
		}
		e := s.particleEnd(k, hi)
		m, ok := s.complement(k, e, hi)
		gapRelative := false // a content in a relative clause that opens with its verb
		if !ok && think && e == k+1 && s.gapAfter(k) && !(s.lang.verbBase(s.lowerWord(k)) == "feel" && strings.HasSuffix(s.lowerWord(k+1), "ed")) &&
			s.relativeSource(src, lo) && (s.verbIn(lo, src.from-1) || s.commaBefore(src.from-1)) {
			// "a plan that Ruiz hopes can help", "a step they believe could unify the
			// party", "in what it hopes will become a hub": a relative clause whose content
			// opens with its verb, as after a verb of saying; but not a word in -ed after
			// "feel", its adjective ("a theory he felt compelled to dispel"), and not in
			// the sentence's subject, where the word after the verb is as often the
			// sentence's own ("The doctor that patients trust was fired", "The thing they
			// fear will happen soon"), unless commas set the clause off ("The policy,
			// which many believe is aimed at …, …").
			m, ok, gapRelative = e, true, true
		}
		refusal := !ok && s.refusalToSpeak(k, e, hi) // "declined to comment" (refusal.go)
		if refusal {
			m, ok = e, true
		}
		if !ok {
			if n, ev := s.evidenceObject(k, e, hi, src); ev {
				m, ok, src = e, true, n
			}
		}
		if ok && purpose && s.toks[m-1].flags&ClassThat == 0 && !clauseOpeners[s.lowerWord(m)] && !s.clauseAhead(m, hi) {
			continue // "took the stage to acknowledge his victory": an object, as often the author's as the source's
		}
		if ok && think && s.participle(k) && s.progressiveBe(k, lo) < 0 && s.lowerWord(m) != "to" && s.toks[m-1].flags&ClassThat == 0 && !s.evidenceParticiple(k, lo) {
			continue // ", backing Ruiz": a participle of thinking has a content only in "to" or "that"
		}
		if !ok || unread && (s.toks[m].flags&ClassThat == 0 && m > e || !s.clauseAhead(m, hi) && !s.finiteAhead(m, hi) && s.toks[m-1].flags&ClassThat == 0) {
			continue
		}
		if s.toks[m-1].flags&ClassThat == 0 && !clauseOpeners[s.lowerWord(m)] && !(s.clauseAhead(m, hi) && s.finiteAhead(m, hi)) && s.quotedBefore(t.start) {
			continue // "…,” he wrote in a blog post.", "…,” she told delegates recently.": the quotation is the content
		}
		if base := s.lang.verbBase(s.lowerWord(k)); ok && !passive && s.objectGap(src, k, lo) && !tellVerbs[base] && !gapSubjectVerbs[base] &&
			(s.lowerWord(m) == "to" || supportVerbs[base]) {
			continue // "the cash it pledged to put toward", "the rival she hopes to succeed": the noun is the verb's object
		}
		gapEnd := -1
		if ok && !passive {
			var gap bool
			if gapEnd, gap = s.relativeGap(src, k, m, lo, hi); gap {
				continue // "The error that Ana Ruiz declined to acknowledge cost her the seat": the noun is the infinitive's object
			}
		}
		var agent np // "was urged by the mayor to …": who gave the order or the warning
		if ok && toldThat && s.lowerWord(m) == "to" && s.lang.verbBase(s.lowerWord(k)) != "ask" {
			// A passive of ordering or advising with "to": with an agent after "by", the
			// agent's words ("Residents were urged by the mayor to leave"); without one, a
			// warning or an appeal is still words reported, of no one named ("Residents
			// were warned to stay indoors", the core of reports on disasters), but another
			// order is one received ("the choir was instructed to start singing").
			if e < m && s.lowerWord(e) == "by" {
				agent = s.npAfter(e+1, m)
			} else if !warnVerbs[s.lang.verbBase(s.lowerWord(k))] {
				continue
			}
		}
		if m == e && s.idiomObject(k, e, hi) {
			continue // "found it hard to explain", "put it gently": no content
		}
		if m == e && s.formulaObject(k, m, hi) {
			continue // "said goodbye", "as she said grace": words of a rite, no content
		}
		if m == e && s.phoneCall(k, m, hi) {
			continue // "called Ortiz to congratulate him": a telephone call
		}
		c := cue{src: src, from: k, to: e, verb: strings.ToLower(s.span(k, e))}
		if passive {
			c.src = agent
		}
		end := s.contentEnd(m, hi)
		if gapRelative {
			// It ends with its clause ("Faced with protests it feared could spread, the
			// party …", "a voice I thought was a dream: …").
			end = min(end, s.clauseEnd(m, hi))
		}
		if gapEnd > m {
			end = min(end, gapEnd) // "The fact that Ana Ruiz refused to resign angered voters": "to resign"
		}
		if refusal {
			end = min(end, m+2) // "to comment", and no more
		}
		if !src.ok() && k > lo && s.toks[k-1].flags&ClassWho != 0 && s.toks[k-1].clause == t.clause {
			// "Those who agreed that the levy was fair voted yes": the verb of a relative
			// clause, whose content ends before the sentence's own verb.
			end = s.relativeContentEnd(m, end)
		} else if w := s.subjectRelativeAt(k, lo); w > lo && !passive && !s.commaBefore(w) && !s.dashBefore(w) && !s.verbIn(lo, w) {
			// "Voters who say the toll is fair are few": a restrictive relative clause in
			// the sentence's subject, its source the noun before "who"; the content ends
			// before the sentence's own verb too, and with its clause ("a rival who has
			// refused to back her, said …").
			end = min(s.sentenceVerbAfter(m, end), s.clauseEnd(m, hi))
		}
		if r, ok := s.relativeBefore(src, k); (ok || s.thatBefore(src, k)) && !passive {
			if !ok {
				r = src.from - 1
			}
			// "The report, which Ruiz said was false, was leaked", "the plan which (or
			// that) Ruiz said would fail was dropped": a content in a relative clause ends
			// with it, before the sentence's verb when it is in the sentence's subject,
			// and before a second relative clause after "and" or "or".
			for j := m + 1; j+1 < end; j++ {
				if w := s.lowerWord(j); (w == "and" || w == "or") && !s.toks[j].inq && s.toks[j+1].flags&(ClassWho|ClassThat) != 0 && s.lowerWord(j+1) != "what" {
					end = j // "a plan that officials said would fail and that critics opposed": a second relative clause
					break
				}
			}
			if m < hi && supportVerbs[s.lang.verbBase(s.lowerWord(k))] && (s.toks[m].flags&(ClassAux|ClassPast) != 0 || modals[s.lowerWord(m)]) {
				// "The plan that Marek backs was dropped", "a plan that … and that critics
				// opposed was dropped": a verb of support has the relative word for
				// object, and the verb after it is the sentence's; no content (but "That
				// Ruiz opposed the plan is …", "reports that he sought out contact": an
				// object after it).
				continue
			}
			if s.commaBefore(r) {
				end = min(end, s.clauseEnd(m, hi))
			} else if !s.verbIn(lo, r) {
				if m+1 < hi && s.toks[m].flags&ClassVerb != 0 && s.toks[m+1].flags&(ClassAux|ClassPast) == 0 && !modals[s.lowerWord(m+1)] {
					// "The party that voters backed said …": the sentence's cue right after
					// the clause's, which has no content (but "that Ruiz said talks would
					// resume": a noun that may be a cue, before its verb).
					continue
				}
				if s.presentVerbAt(m) {
					end = s.relativeContentEndAfter(m, end, 1) // "A drug that doctors say cures the disease was approved"
				} else {
					end = s.relativeContentEnd(m-1, end)
				}
			}
		}
		if !passive && src.ok() && s.restrictiveInAside(src, k, lo) {
			// "The board, which heard from a farmer who said the levy was unfair, voted
			// no": the content ends with the aside it stands in.
			end = min(end, s.clauseEnd(m, hi))
		}
		if s.namedAfterNoun(k, lo) {
			continue // "a band called Sophistafunk played": a name given, not a content
		}
		if modifier && s.toks[m].flags&ClassReflexive != 0 {
			continue // "a man calling himself Rafe": a name given, not a content
		}
		if b := noun.from - 1; modifier && (b < lo || s.toks[b].clause != s.toks[noun.from].clause || s.toks[b].flags&(ClassConj|ClassFunc) != 0 && s.toks[b].flags&ClassPrep == 0) {
			// "A woman claiming to be his sister called the station": a participle in the
			// subject has its content end before the sentence's verb.
			end = s.subjectParticipleEnd(m, end)
		}
		if base := s.lang.verbBase(s.lowerWord(k)); (s.toks[m-1].flags&ClassPrep != 0 || supportVerbs[base] || modifier) && s.objectContent(m, hi) {
			// "voted for Ruiz, who …", "endorsed the plan, saying …": an object ends at a
			// comma that opens a clause or a phrase of its own.
			end = s.objectEnd(m, end)
		}
		if supportVerbs[s.lang.verbBase(s.lowerWord(k))] && m == e && !s.toks[m].inq {
			// "endorsed Varga last Tuesday and has spoken …": the object is the content, not
			// the time or the next verb of its subject.
			if personObjectVerbs[s.lang.verbBase(s.lowerWord(k))] {
				end = s.personObjectEnd(m, end)
			}
			for j := m + 1; j < end; j++ {
				w := s.lowerWord(j)
				if s.supportedObjectEnds(j, end) {
					end = j
					break
				}
				if (s.toks[j].flags&(ClassTime|ClassMonth) != 0 && !s.toks[j].cap || s.toks[j].flags&ClassMonth != 0) && !timeCounted[s.lowerWord(j-1)] ||
					(w == "and" || w == "but") && j+1 < end && s.toks[j+1].flags&(ClassAux|ClassPast) != 0 && s.toks[j+1].flags&ClassPrep == 0 {
					end = j
					if p := s.lowerWord(j - 1); j-1 > m && (p == "last" || p == "this" || p == "on" || p == "in" || p == "next") {
						end = j - 1
					}
					break
				}
			}
		}
		if !s.toks[m].inq && s.toks[m-1].flags&ClassThat == 0 && (m == e && !sayVerbs[s.lang.verbBase(s.lowerWord(k))] || m == e+1 && s.toks[e].flags&ClassPrep != 0) {
			end = s.adjunctEnd(m, end)
		}
		if clauseOnly {
			end = min(end, s.clauseEnd(m, hi))
		}
		end = s.nextCueEnd(m, end, hi, src)
		end = s.coordinateCueEnd(m, end, hi)
		end = s.infinitiveCueEnd(k, m, end, hi) // "to vow that …, and argued that …" (cueverb.go)
		end = s.asideParticipleEnd(k, m, end, lo)
		end = s.frontedClauseEnd(k, m, end, lo)
		end = s.relativeClauseEnd(k, m, end, lo)
		if end <= m || !s.hasWords(m, end) {
			continue
		}
		if s.sourceDescription(k, m, end, lo, hi) {
			continue // "“…,” said Ana Ruiz, who backs the levy": the source's description, not an attribution
		}
		if m == e && tellVerbs[s.lang.verbBase(s.lowerWord(k))] {
			if q := s.addresseeBeforeQuote(m, end); q > m {
				m = q // "told the ferry crews who waited, “…”": the addressee, and the quotation is the content
			}
		}
		found = append(found, s.content(m, end, c))
		k = end - 1
		if tellVerbs[s.lang.verbBase(s.lowerWord(c.from))] && s.whoIn(c.to, m) {
			// "told lawmakers, who questioned him, that …": the aside before the content
			// keeps its own cues.
			k, asideTo, asideResume = c.to-1, m, end
		}
	}
	if s.lang.name == "english" {
		found = absorb(found, s.nominalIn(lo, hi, found))
		found = absorb(found, s.evidentialIn(lo, hi, found))
		found = absorb(found, s.askedIn(lo, hi, found))
		found = absorb(found, s.wouldLikeIn(lo, hi, found))
		found = absorb(found, s.stanceIn(lo, hi, found))
	}
	return found
}

// absorb adds the contents more to found, so that none overlaps another: a content that
// starts at or before one found already takes it in, to the later of their ends, as a
// verb's content takes in the speech it reports ("Ruiz is convinced the port will close
// and the council says the levy will fail" is one content); one that starts inside a
// content found already is left out.
func absorb(found, more []Span) []Span {
	for _, sp := range more {
		keep, inside := found[:0:0], false
		for _, f := range found {
			switch {
			case f.End <= sp.Start || sp.End <= f.Start:
				keep = append(keep, f)
			case sp.Start <= f.Start:
				sp.End = max(sp.End, f.End)
			default:
				inside = true
				keep = append(keep, f)
			}
		}
		if !inside {
			found = append(keep, sp)
		}
	}
	return found
}

// progressiveBe returns the token of the form of "be" that makes a progressive of the
// participle at token k ("is hoping", "was quietly reaffirming"), or -1.
func (s *segmenter) progressiveBe(k, lo int) int {
	if !s.participle(k) {
		return -1
	}
	j := k - 1
	for j > lo && (s.adverb(j) || progressiveAdverbs[s.lowerWord(j)]) && s.toks[j].clause == s.toks[k].clause {
		j--
	}
	if j < lo || s.toks[j].inq || s.toks[j].clause != s.toks[k].clause {
		return -1
	}
	switch s.lowerWord(j) {
	case "is", "are", "was", "were", "am", "been", "'s", "’s", "'re", "’re":
		return j
	}
	if s.contractedSubject(j) {
		return j // "she’s hinting": the subject pronoun with its "is"
	}
	return -1
}

// unreadSubject reports whether the finite verb of saying (or "think", "believe") at k
// has a subject that subjectOf cannot delimit, a noun phrase with a clause inside it
// ("Several people I've sailed with said", "Dock activists clamoring to stop him
// say", "Six newspapers, including the Press, said"): the verb opens its clause's second
// half, after words that are no conjunction, preposition or auxiliary. Its content is
// attributed without a source, rather than a wrong one.
func (s *segmenter) unreadSubject(k, lo int, passive bool) bool {
	if passive || k-2 < lo || s.participle(k) {
		return false
	}
	switch s.lowerWord(k) {
	case "said", "says", "say", "told", "tells", "wrote", "writes", "argued", "argues", "added", "insisted", "insists",
		"warned", "warns", "noted", "notes", "predicted", "predicts", "acknowledged", "acknowledges":
	case "think", "thinks", "believe", "believes", "believed":
		// verbs of thinking too, for their clause ("few on either side think the tax will …")
	default:
		return false
	}
	j, _ := s.skipBetween(k, lo)
	if j < lo || s.toks[j].inq {
		return false
	}
	p := s.toks[j]
	return p.flags&(ClassConj|ClassPrep|ClassThat|ClassWho|ClassFunc|ClassDet|ClassAux) == 0 || p.flags&(ClassSubject|ClassI|ClassHe|ClassShe|ClassThey|ClassIt) != 0
}

// evidenceNouns name records and measurements that speak through what they show: "a poll
// showed Voss leading", "records show a delivery in 1998".
var evidenceNouns = map[string]bool{"poll": true, "polls": true, "polling": true, "survey": true, "surveys": true,
	"record": true, "records": true, "data": true, "results": true, "study": true, "studies": true, "analysis": true,
	"figures": true, "numbers": true, "documents": true, "document": true, "video": true, "footage": true,
	"count": true, "tally": true, "projection": true, "projections": true, "research": true, "audit": true,
	"review": true, "investigation": true, "estimates": true, "filings": true, "statistics": true,
	"email": true, "emails": true, "memo": true, "memos": true, "report": true, "reports": true, "paper": true,
	"transcript": true, "transcripts": true, "recording": true, "recordings": true, "photos": true,
	"evidence": true, "findings": true, "disclosures": true, "logs": true, "returns": true}

// passiveAgent returns the content of a passive cue verb at k whose source follows with
// "by" ("Voss's charges were repeated by her aides", "The deal was first reported by
// the Herald"): the subject before the verb's "be" is what was said, the phrase after "by"
// its source.
func (s *segmenter) passiveAgent(k, lo, hi int) (Span, bool) {
	if s.toks[k].flags&ClassVerb == 0 || s.participle(k) {
		return Span{}, false
	}
	e := s.particleEnd(k, hi)
	var src np
	if tellVerbs[s.lang.verbBase(s.lowerWord(k))] {
		return Span{}, false // "Ruiz was asked by a reporter whether …": the subject is the addressee
	}
	if e+1 < hi && s.lowerWord(e) == "by" && !s.toks[e].inq {
		if src = s.npAfter(e+1, hi); !src.ok() {
			return Span{}, false
		}
	} else if !passiveContent[s.lang.verbBase(s.lowerWord(k))] || e < hi && s.toks[e].clause == s.toks[k].clause &&
		(s.toks[e].inq || s.toks[e].flags&(ClassThat|ClassPrep) != 0 && s.lowerWord(e) != "on" && s.lowerWord(e) != "in") {
		// "was announced on Monday", "had been reported.": what was announced or reported
		// is the subject, with no source; but not "was told that", "was said to".
		return Span{}, false
	}
	b, passive := s.skipBetween(k, lo)
	if !passive || b <= lo {
		return Span{}, false
	}
	n := s.npBefore(b-1, lo)
	if !n.ok() || s.toks[n.to-1].flags&(ClassSubject|ClassWho|ClassThat) != 0 || s.combatPassive(k, e, n, src, hi) {
		return Span{}, false
	}
	c := cue{src: src, from: k, to: e, verb: strings.ToLower(s.span(k, e))}
	return s.content(n.from, n.to, c), true
}

// passiveAs returns the contents of a passive verb of judging with "as" at token k ("The
// plan is widely seen as a mistake", "She was regarded as the favorite"), as PolNeAR
// annotates them: the subject and what it is judged as, one statement, whose source is
// the agent after "by" ("is seen as a mistake by drivers", "is seen by drivers as a
// mistake") or none.
func (s *segmenter) passiveAs(k, lo, hi int) []Span {
	if base := s.lang.verbBase(s.lowerWord(k)); !asVerbs[base] || s.participle(k) {
		return nil
	}
	m := k + 1
	for m < hi && s.adverb(m) {
		m++
	}
	var src np
	if m+1 < hi && s.lowerWord(m) == "by" && !s.toks[m].inq {
		// "is seen by many drivers as a mistake": the source before "as"; "by some", "by
		// many": a quantifier alone.
		if src = s.npAfter(m+1, hi); src.ok() {
			m = src.to
		} else if w := s.lowerWord(m + 1); (quantifiers[w] || w == "others") && !s.toks[m+1].inq && m+2 < hi && s.lowerWord(m+2) == "as" {
			src, m = np{m + 1, m + 2}, m+2
		}
	}
	if m+1 >= hi || s.lowerWord(m) != "as" || s.toks[m].clause != s.toks[k].clause || s.toks[m+1].inq {
		return nil
	}
	b, passive := s.skipBetween(k, lo)
	if !passive || b <= lo {
		return nil
	}
	n := s.npBefore(b-1, lo)
	if !n.ok() {
		n = s.clauseSubject(b, lo)
	}
	if !n.ok() || s.toks[n.to-1].flags&(ClassSubject|ClassWho|ClassThat) != 0 {
		return nil
	}
	end := m + 1
	for end < hi && s.toks[end].clause == s.toks[m+1].clause {
		end++
	}
	cueEnd := m + 1
	if src.ok() {
		cueEnd = k + 1 // "seen" alone: its source stands between the verb and "as"
	}
	if !src.ok() {
		// "is seen as a mistake by drivers": the source after "by" ends the clause.
		for j := m + 2; j+1 < end; j++ {
			if s.lowerWord(j) == "by" && !s.toks[j].inq {
				if n := s.npAfter(j+1, end); n.ok() && n.to == end {
					src, end = n, j
				}
				break
			}
		}
	}
	if !s.hasWords(m+1, end) {
		return nil
	}
	c := cue{src: src, from: k, to: cueEnd, verb: strings.ToLower(s.span(k, cueEnd))}
	after := s.content(m+1, end, c)
	after.Continued = true
	return []Span{s.content(n.from, n.to, c), after}
}

// passiveContent are the verbs whose passive subject is what was said, with or without
// its source after "by" ("The fee was never disclosed", "The talks were first
// reported by the Herald"), by base form.
var passiveContent = map[string]bool{"announce": true, "report": true, "disclose": true, "reveal": true,
	"confirm": true, "deny": true, "mention": true, "propose": true, "predict": true, "discuss": true,
	"publish": true, "leak": true, "declare": true, "estimate": true}

// evidenceSubject returns, for "show" or "find" at token k whose subject subjectOf could
// not read, a record or a measurement among the words of its clause before it ("A poll
// out Monday showed …", "A Sept. 15 email shows …"): the phrase that ends on it.
func (s *segmenter) evidenceSubject(k, lo int) np {
	if b := s.lang.verbBase(s.lowerWord(k)); b != "show" && b != "find" || s.participle(k) {
		return np{}
	}
	for j := k - 1; j >= lo && j >= k-6 && s.toks[j].clause == s.toks[k].clause && !s.toks[j].inq; j-- {
		if evidenceNouns[s.lowerWord(j)] {
			if n := s.npBefore(j, lo); n.ok() {
				return n
			}
			return np{j, j + 1}
		}
	}
	return np{}
}

// evidenceObject reports whether the verb of finding at k (its particle ending at e), whose
// subject is src, has a record or a measurement for its subject and an object after it,
// which is then its content ("the survey found both mayors largely forgotten"); it returns the
// subject cut after the record where a time or "out" follows it ("A new poll out Monday
// showed …" is "A new poll").
func (s *segmenter) evidenceObject(k, e, hi int, src np) (np, bool) {
	if !src.ok() || e >= hi || s.toks[e].inq || s.toks[e].clause != s.toks[k].clause {
		return src, false
	}
	if b := s.lang.verbBase(s.lowerWord(k)); b != "show" && b != "find" {
		return src, false
	}
	// The record heads the subject, or a phrase after it says whose it is ("a survey of
	// voters", "a poll by the university"), or when it came out ("a poll out Monday").
	found := false
	for j := src.from; j < src.to && !found; j++ {
		if !evidenceNouns[s.lowerWord(j)] {
			continue
		}
		switch w := s.lowerWord(min(j+1, src.to-1)); {
		case j == src.to-1 || s.toks[j+1].flags&ClassPrep != 0:
			found = true
		case s.toks[j+1].flags&(ClassTime|ClassMonth) != 0 || w == "out" || w == "released" || w == "published":
			found, src.to = true, j+1
		}
	}
	if !found {
		return src, false
	}
	t := s.toks[e]
	return src, t.flags&(ClassPrep|ClassConj|ClassFunc|ClassWho) == 0 || t.flags&(ClassDet|ClassSubject) != 0 || quantifiers[s.lowerWord(e)]
}

// recordRubric returns the attribution of a headline that opens with a record's noun
// alone and a colon ("Poll: Ruiz leads Marek", "Report: …", "Study: …"), in tokens [lo,
// hi): headlines cite a poll or a report so, and the text names it again in lower case
// if at all ("a new poll shows"), which namedAgain does not read as the same word. The
// noun is the source and ":" the cue; a question ("Poll: Should …?") or a call to the
// reader ("Survey: Tell us …") is none. A quotation after "Poll:" is another matter
// (attribute.go reads it as a story's kind, a kicker).
func (s *segmenter) recordRubric(lo, hi int) (cue, bool) {
	if lo+1 >= hi || s.toks[lo].start != s.paras[s.para(s.toks[lo].start)] || s.toks[lo].inq || !rubricRecords[s.word(lo)] ||
		!strings.HasPrefix(s.text[s.toks[lo].end:], ":") {
		return cue{}, false
	}
	if strings.ContainsRune(s.text[s.toks[lo].end:min(len(s.text), s.toks[hi-1].end+1)], '?') || callVerbs[s.lowerWord(lo+1)] {
		// A reader poll's question ("Poll: Should the city raise the levy?") or a call to
		// the reader ("Survey: Tell us what you think") reports no finding.
		return cue{}, false
	}
	return cue{src: np{lo, lo + 1}, from: lo, to: lo + 1, verb: ":"}, true
}

// callVerbs are the verbs that open a call to the reader after a rubric ("Tell us …",
// "Vote now", "Share your view").
var callVerbs = map[string]bool{"tell": true, "share": true, "vote": true, "take": true, "read": true, "watch": true,
	"see": true, "help": true, "join": true, "sign": true, "answer": true, "weigh": true, "send": true, "submit": true,
	"click": true, "have": true, "let": true}

// transcriptLine reports whether the name n, before a colon that opens a paragraph after
// the first, heads a speaker's line of a transcript: the text has paragraphs that open
// with a person's name and a colon for two speakers or more, and this one's last word
// opens two of them or more, written as a person's name once at least, or in full and
// by the last word alone ("Lena Varga: …", "Marek: …", "Varga: …"; "VARGA: …": see
// lineSpeaker and readLines). A name that heads one
// paragraph only is a label or a list's item ("Ruiz: Win the south.", "Contributing:
// …"); a word that is no person's name heads captions and sections ("Photo: …",
// "Background: …", "Hamlet: …"), and a letter alone an interview's questions and answers
// ("Q:", "A:"), whose answers speak for the one the text names, not for the letter. The
// paragraphs are read once per text.
func (s *segmenter) transcriptLine(n np) bool {
	w := s.lowerWord(n.to - 1)
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	s.readLines()
	return s.linePersons >= 2 && s.lineSpeakers[w] >= 2+lineMarkPerson
}

// lineMarkPerson is added to a name's count in segmenter.lineSpeakers once a paragraph
// opens with it written as a person's name (see lineSpeaker); a count under it is of
// paragraphs only.
const lineMarkPerson = 1 << 20

// readLines reads, once per text, the names that open paragraphs before a colon (see
// lineSpeaker) and, for each paragraph, where a sentence inside it opens with a name and
// a colon, another speaker's line glued to it by a lost paragraph break ("… Thank you.
// RUIZ: Well, …"): a transcript's line ends there. The glued line itself is no line of
// its speaker here ("… pay it. RUIZ: The port …" gives Ruiz's words no span); a name
// glued to the sentence before without a space ("… it.RUIZ: …") is split into a
// paragraph of its own before (glued.go), and its line is read as any other.
func (s *segmenter) readLines() {
	if s.lineSpeakers != nil {
		return
	}
	s.lineSpeakers, s.lineEnds, s.linePersons = map[string]int{}, s.lineEnds[:0], 0
	const single, multi, person = 1 << 21, 1 << 22, 1 << 23 // how a name was written, beside its count
	for p := range s.paras {
		end := s.paraEnd(p)
		para := s.text[s.paras[p]:end]
		if k, form := lineSpeaker(para); k != "" {
			s.lineSpeakers[k] = s.lineSpeakers[k] + 1 | [...]int{single, multi, person}[form]
		}
		s.lineEnds = append(s.lineEnds, s.paras[p]+gluedLine(para))
	}
	// A person's name: written so once, or in full and by its last word alone ("Lena
	// Varga: …", "Varga: …"), as transcripts name a speaker after the first line.
	for k, n := range s.lineSpeakers {
		c := n & (single - 1)
		if n&person != 0 || n&single != 0 && n&multi != 0 {
			c |= lineMarkPerson
			s.linePersons++
		}
		s.lineSpeakers[k] = c
	}
}

// gluedLine returns the offset in para of the first sentence after its first that
// opens with a name and a colon (see lineSpeaker), or len(para).
func gluedLine(para string) int {
	for i := 1; i < len(para); i++ {
		if para[i] != ' ' || !strings.ContainsRune(".?!)”\"", rune(para[i-1])) && !strings.HasSuffix(para[:i], "”") {
			continue
		}
		j := i
		for j < len(para) && para[j] == ' ' {
			j++
		}
		if k, _ := lineSpeaker(para[j:]); j < len(para) && k != "" {
			return j
		}
		i = j - 1
	}
	return len(para)
}

// lineSpeaker returns the last word, lowered, of the name of one to four capitalized
// words that opens paragraph para before a colon and a space ("Lena Varga: …" gives
// "varga"), or "", and how the name is written: 2 as a person's (two words or more
// opened by a known given name or an initial, "Stephanie Varga", "A. O. Varga", or a
// last word of two capital letters or more and no lower-case one, as transcripts write
// a speaker, "VARGA", "O’DARA"), else 1 for two words or more ("Lena Varga"), 0 for one
// ("Varga", "Photo", "Q").
func lineSpeaker(para string) (string, int) {
	i := strings.Index(para[:min(len(para), 50)], ": ") // a short name: read in time in proportion to it
	if i <= 0 {
		return "", 0
	}
	words := strings.Fields(para[:i])
	if len(words) == 0 || len(words) > 4 {
		return "", 0
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return "", 0
		}
	}
	last := words[len(words)-1]
	if len(words) >= 2 && (IsGivenName(words[0]) || len(words[0]) == 2 && words[0][1] == '.') {
		return strings.ToLower(last), 2
	}
	if !strings.ContainsFunc(last, unicode.IsLower) {
		n := 0
		for _, r := range last {
			if unicode.IsUpper(r) {
				n++
			}
		}
		if n >= 2 {
			return strings.ToLower(last), 2
		}
	}
	return strings.ToLower(last), min(len(words)-1, 1)
}

// rubricRecords are the nouns of a record that head a headline alone before its colon.
var rubricRecords = map[string]bool{"Poll": true, "Polls": true, "Survey": true, "Report": true, "Reports": true, "Study": true}

// namedAgain reports whether the last word of the phrase n, a name, stands in the text
// again after n's sentence.
func (s *segmenter) namedAgain(n np) bool {
	w := s.word(n.to - 1)
	rest := s.text[s.toks[s.sentenceEndTok(n.from)-1].end:]
	for {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		before, _ := utf8.DecodeLastRuneInString(rest[:i])
		after, _ := utf8.DecodeRuneInString(rest[i+len(w):])
		if (i == 0 || !unicode.IsLetter(before)) && !unicode.IsLetter(after) {
			return true
		}
		rest = rest[i+len(w):]
	}
}

// askedIn returns, in tokens [lo, hi), the questions put to someone whom the sentence
// names without the asker: "Asked about her vote, she replied …", "When asked whether
// the plan would work, …", "was asked about the speeches" (the topic or the question is
// the content, as PolNeAR annotates it, with no source). The content ends with its
// clause.
func (s *segmenter) askedIn(lo, hi int, found []Span) []Span {
	var out []Span
	for k := lo; k+1 < hi; k++ {
		t := s.toks[k]
		if t.inq || s.lowerWord(k) != "asked" || slices.ContainsFunc(found, func(f Span) bool { return t.start >= f.Start && t.start < f.End }) {
			continue
		}
		if k > lo {
			switch p := s.lowerWord(k - 1); {
			case p == "when" || p == "if" || p == "after" || p == "once" || p == "while" || p == "before" || p == "until":
			case isBe(p) || p == "being":
			default:
				continue
			}
		}
		e := k + 1
		m, ok := s.complement(k, e, hi)
		if !ok {
			if w := s.lowerWord(e); e < hi && (w == "who" || w == "whom") && !s.toks[e].inq {
				m, ok = e, true
			}
		}
		if !ok || m >= hi {
			continue
		}
		if w := s.lowerWord(m - 1); w != "about" && w != "for" && !slices.Contains([]string{"whether", "if", "how", "why", "what", "who", "whom"}, s.lowerWord(m)) {
			continue // an object or a clause without a question word
		}
		end := m + 1
		for end < hi && (s.toks[end].clause == s.toks[end-1].clause || s.toks[end].inq || s.toks[end-1].inq) {
			end++
		}
		if !s.hasWords(m, end) {
			continue
		}
		c := cue{from: k, to: min(m, k+2), verb: strings.ToLower(s.span(k, min(m, k+2)))}
		if c.to <= c.from || s.lowerWord(c.to-1) != "about" && s.lowerWord(c.to-1) != "for" {
			c.to = k + 1
			c.verb = "asked"
		}
		sp := s.content(m, end, c)
		if !slices.ContainsFunc(found, func(f Span) bool { return f.Start == sp.Start && f.End == sp.End }) {
			out = append(out, sp) // not twice: "was asked about …" is read as a passive cue too
		}
		k = end - 1
	}
	return out
}

// evidentialIn returns, in tokens [lo, hi), the contents that news presents as how
// things seem or are expected, without a source, as PolNeAR annotates them: "the plan
// seems to be failing", "Varga appeared to waver", "It appears that …", "the House is
// expected to pass the bill"; with "it" for subject also a clause or an adjective of
// likelihood after the verb, "it seems like the board …", "it looks as if …", "it seems
// likely that …" (see itSeems). The span is what follows the cue, to the end of its clause
// ("to pass the bill"); the subject before the cue is a span of the content only where it
// is the longer part ("The opening of the city's second harbor is expected to coincide
// …"), which on PolNeAR's tune half keeps the spans' precision (83% of the new spans
// inside a gold content, against 79% with every subject as a span of its own). "Appeared
// at the rally", "seemed tired" and "the plan seems like …" are not taken (with an
// adjective or "like" after the verb, the new spans' precision on the tune half fell from
// 79% to 75%); with "it" for subject they are (8 of the 9 new spans on the tune half
// inside a gold content).
func (s *segmenter) evidentialIn(lo, hi int, found []Span) []Span {
	var out []Span
	for k := lo + 1; k+1 < hi; k++ {
		t := s.toks[k]
		if t.inq || t.cap || coveredBy(found, t.start) {
			continue
		}
		cueFrom, itClause := k, false
		switch s.lowerWord(k) {
		case "seem", "seems", "seemed", "appear", "appears", "appeared":
		case "look", "looks", "looked":
			if !s.itBefore(k, lo) {
				continue // "it looks as if …" only (see itSeems)
			}
		case "expected", "said", "reported", "believed", "thought", "rumored", "rumoured", "alleged", "known", "projected":
			// "is expected to", "are widely expected to", "was said to be": a form of "be"
			// before it.
			b := k - 1
			for b > lo && (s.adverb(b) || s.toks[b].flags&ClassNeg != 0 || evidentialAdverbs[s.lowerWord(b)]) {
				b--
			}
			if !isBe(s.lowerWord(b)) || s.lowerWord(k+1) != "to" {
				continue
			}
			if k+2 < hi {
				// "was reported to the city", "is known to millions": "to" and a noun phrase,
				// not an infinitive.
				if n := s.toks[k+2]; n.cap || n.flags&(ClassDet|ClassSubject|ClassHe|ClassShe|ClassThey|ClassI|ClassIt) != 0 || isNumberWord(s.word(k+2)) {
					continue
				}
			}
			cueFrom = b
		default:
			continue
		}
		// The content: an infinitive ("seems to", "is expected to") or a "that" clause
		// ("It appears that …").
		n := s.toks[k+1]
		m := k + 1
		switch {
		case n.inq || n.clause != t.clause && n.flags&ClassThat == 0:
			continue
		case n.flags&ClassThat != 0 && !s.headAhead(k+1):
			m = k + 2
		case s.lowerWord(k+1) != "to":
			// "It seems like …", "it would seem as if …", "it seems likely that …"
			// (itSeems).
			if cueFrom != k || !s.itBefore(k, lo) {
				continue
			}
			var ok bool
			if m, ok = s.itSeems(k, hi); !ok {
				continue
			}
			itClause = true
		}
		if m >= hi {
			continue
		}
		// A subject before the cue, or "it": "was seen to" and the like are other passives.
		src, passive := s.subjectOf(cueFrom, lo)
		if !src.ok() && !(passive && cueFrom < k) && !(cueFrom > lo && s.lowerWord(cueFrom-1) == "it") && !s.evidentialSubjectAhead(cueFrom, lo) {
			continue
		}
		// The content ends with its clause: what a comma adds is the author's
		// (", potentially teeing up …", ", which could help …").
		end := s.contentEnd(m, hi)
		for j := m + 1; j < end; j++ {
			if s.toks[j].clause != s.toks[j-1].clause && !s.toks[j].inq && !s.toks[j-1].inq {
				end = j
				break
			}
		}
		if cueFrom > lo && s.toks[cueFrom-1].flags&ClassWho != 0 && s.toks[cueFrom-1].clause == t.clause {
			// "Fans who seem to be tired left early": in a relative clause the content ends
			// before the sentence's own verb.
			end = s.infinitiveEnd(m, end)
		}
		if end <= m || !s.hasWords(m, end) {
			continue
		}
		if itClause && slices.ContainsFunc(found, func(f Span) bool { return f.Start < s.toks[end-1].end && s.toks[m].start < f.End }) {
			continue // "It seems they believed …": the clause's own cue attributes it
		}
		c := cue{from: cueFrom, to: k + 1, verb: strings.ToLower(s.span(cueFrom, k+1))}
		sp := s.content(m, end, c)
		if src.ok() && src.to <= cueFrom && s.lowerWord(src.to-1) != "it" {
			// A subject longer than what follows the cue is part of the content too.
			if st := s.toks[src.from].start; alnumLen(s.text[st:s.toks[src.to-1].end]) > alnumLen(s.text[sp.Start:sp.End]) {
				out = append(out, s.content(src.from, src.to, c))
				sp.Continued = true
			}
		}
		out = append(out, sp)
		k = end - 1
	}
	return out
}

// itBefore reports whether "it" is the subject of the verb at token k, right before it
// or before modals and adverbs ("it seems", "it would seem", "It may also appear").
func (s *segmenter) itBefore(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-4; j-- {
		switch w := s.lowerWord(j); {
		case s.toks[j].inq:
			return false
		case w == "it":
			return true
		case !modals[w] && !s.adverb(j) && !evidentialAdverbs[w]:
			return false
		}
	}
	return false
}

// itSeems returns the first token of the content of "it" and a verb of seeming at token
// k, as PolNeAR annotates it, when no infinitive or "that" follows: a clause after the
// verb ("It seems the plan is dead"), after "like", "as if" or "as though" ("it seemed
// like the board had decided", "it looks as if the levy will pass"), or an adjective of
// likelihood or judgment, with its adverbs, before "that", an infinitive or a clause
// ("it seems increasingly likely that …", "It may seem unlikely that …"), which opens
// the content. An adjective alone ("it seems unfair.") or a noun phrase ("it seems a
// shame") is not taken, nor a clause with a cue of its own ("It seems they believed
// …"), which evidentialIn leaves to that cue.
func (s *segmenter) itSeems(k, hi int) (int, bool) {
	j := k + 1
	connective := false
	switch w := s.lowerWord(j); {
	case w == "like":
		j, connective = j+1, true
	case w == "as" && j+1 < hi && (s.lowerWord(j+1) == "if" || s.lowerWord(j+1) == "though"):
		j, connective = j+2, true
	}
	if j >= hi || s.toks[j].inq {
		return 0, false
	}
	if (connective || s.clauseAhead(j, hi)) && s.finiteAhead(j, hi) {
		return j, true
	}
	if connective {
		return 0, false
	}
	a := j
	for a < hi && a < j+3 && !seemAdjectives[s.lowerWord(a)] && (s.adverb(a) || degreeAdverbs[s.lowerWord(a)]) {
		a++
	}
	if a+1 >= hi || !seemAdjectives[s.lowerWord(a)] || s.toks[a+1].inq {
		return 0, false
	}
	if n := s.lowerWord(a + 1); n == "that" || n == "to" || s.clauseAhead(a+1, hi) {
		return j, true
	}
	return 0, false
}

// seemAdjectives are the adjectives of likelihood after "it seems" whose clause PolNeAR
// annotates as the content: "it seems likely that …". Adjectives of judgment ("it seems
// odd that …", "unfair") are left out: in a text's own voice they are its opinion, not
// a report.
var seemAdjectives = map[string]bool{"likely": true, "unlikely": true, "certain": true, "uncertain": true, "clear": true,
	"unclear": true, "possible": true, "impossible": true, "probable": true, "improbable": true, "inevitable": true,
	"obvious": true, "evident": true, "apparent": true, "doubtful": true}

// degreeAdverbs may stand before an adjective after "it seems": "it seems pretty likely".
var degreeAdverbs = map[string]bool{"pretty": true, "very": true, "more": true, "most": true, "less": true, "quite": true,
	"so": true, "all": true, "too": true, "almost": true}

// evidentialAdverbs may stand between a form of "be" and an evidential participle: "are
// also expected to", "is still expected to".
var evidentialAdverbs = map[string]bool{"also": true, "still": true, "now": true, "already": true, "not": true}

// evidentialSubjectAhead reports whether the evidential cue at token k, whose subject
// subjectOf cannot read, has one all the same: a relative "which" or "who" just before it
// ("the final, which is expected to sell out", "fans who seem to be tired"), or "but" or
// "and" after a clause of the same sentence, whose subject it shares ("The mayor left
// for the coast but is expected to return in May").
func (s *segmenter) evidentialSubjectAhead(k, lo int) bool {
	if k <= lo {
		return false
	}
	switch s.lowerWord(k - 1) {
	case "which", "who":
		return true
	case "but", "and":
		return k-1 > lo && s.verbIn(lo, k-1)
	}
	return false
}

// infinitiveEnd returns where the content at token m, an infinitive or a "that" clause
// inside a relative clause, ends before hi: at the first finite verb that is not its own
// (not after "to" or an auxiliary, and past the clause's own first verb when it opens
// with a subject).
func (s *segmenter) infinitiveEnd(m, hi int) int {
	own := s.lowerWord(m) != "to"
	for j := m + 1; j < hi; j++ {
		u, w := s.toks[j], s.lowerWord(j)
		finite := u.flags&(ClassAux|ClassPast) != 0 && u.flags&ClassPrep == 0 && w != "be" && w != "been" && w != "being" ||
			!u.cap && u.flags == 0 && strings.HasSuffix(w, "ed")
		if u.inq || !finite || s.toks[j-1].flags&ClassAux != 0 || s.lowerWord(j-1) == "to" {
			continue
		}
		if own {
			own = false
			continue
		}
		return j
	}
	return hi
}

// nextCueEnd returns where the content at token m, which would end at end, ends before
// a second cue verb of its subject: "and" or "but", maybe an adverb or an auxiliary, then
// a verb of sayVerbs with a "that" or a clause of its own, or another cue verb with "that"
// ("Ruiz praised the plan and said the port would close", "said the plan was sound and
// added that …", "said he heard shots and suspected that …"); that verb attributes its
// own content. A verb after "and" without a clause of its own is the content's ("said the
// company grew and added jobs"). The second verb shares the source only when the content
// before "and" has no subject and finite verb of its own ("praised the plan and said …")
// or has for subject a pronoun that agrees with the source src ("Ruiz said he heard shots
// and suspected that …"); otherwise it may be the content's subject's ("said the clerk
// entered the store and told …"), and inside a relative clause it is the relative's ("told
// Ortiz, who opened the door and said …").
func (s *segmenter) nextCueEnd(m, end, hi int, src np) int {
	for j := m + 2; j < end; j++ {
		t := s.toks[j]
		if t.inq || t.cap || t.flags&(ClassVerb|ClassThink) == 0 || s.participle(j) {
			continue
		}
		if q := s.quantitySubject(j, m); q.ok() && q.from > m+1 {
			// "One said the port would close and another said …": a quantity after a
			// conjunction, the subject of a verb of its own.
			a := q.from - 1
			if a > m && s.lowerWord(a-1) == "," {
				a--
			}
			return a
		}
		say := t.flags&ClassVerb != 0 && sayVerbs[s.lang.verbBase(s.lowerWord(j))]
		a := j - 1
		for a > m && s.lowerWord(a) != "and" && s.lowerWord(a) != "but" && (s.adverb(a) || s.toks[a].flags&ClassAux != 0) {
			a--
		}
		if w := s.lowerWord(a); a <= m || w != "and" && w != "but" || s.toks[a].inq {
			continue
		}
		c, ok := s.complement(j, s.particleEnd(j, hi), hi)
		if !ok || c >= hi || s.toks[c-1].flags&ClassThat == 0 && (!say || !s.clauseAhead(c, hi)) {
			continue
		}
		if !s.sharedSubject(m, a, src) {
			return end
		}
		if a > m && s.lowerWord(a-1) == "," {
			a--
		}
		return a
	}
	return end
}

// whoIn reports whether a relative word stands among tokens [a, b).
func (s *segmenter) whoIn(a, b int) bool {
	for j := a; j < b; j++ {
		if s.toks[j].flags&ClassWho != 0 {
			return true
		}
	}
	return false
}

// sharedSubject reports whether a verb after "and" at token a has the source src for
// subject, the content of src's cue running over [m, a): no relative word in it, and
// either no finite verb in it (an object, "praised the plan and said …") or a pronoun
// that agrees with src for its subject ("Ruiz said he heard shots and …").
func (s *segmenter) sharedSubject(m, a int, src np) bool {
	if s.whoIn(m, a) {
		return false
	}
	if s.toks[m-1].flags&ClassThat == 0 && !s.finiteIn(m-1, a) && !s.verbIn(m, a) && !s.clauseAhead(m, a) {
		return true
	}
	if !src.ok() {
		return false
	}
	last := s.lowerWord(src.to - 1)
	switch s.lowerWord(m) {
	case "he", "she":
		return src.to-src.from == 1 && s.toks[src.from].cap || !pluralNoun(last) && last != "police"
	case "they":
		return pluralNoun(last) || last == "police"
	}
	return false
}

// maxSubject bounds, in tokens, how far back a subject is looked for, so that the work
// stays linear in the text's length.
const maxSubject = 24

// clauseSubject returns the words of token b's clause before b, back to the sentence's
// start at lo, as the subject of the verb at b where the phrase reader cannot delimit it
// ("His decision to work for the mayor was seen as …"): none when a finite verb, a quoted
// word or a relative word stands among them.
func (s *segmenter) clauseSubject(b, lo int) np {
	a := b
	for a > lo && a > b-maxSubject && s.toks[a-1].clause == s.toks[b].clause {
		a--
	}
	if a != lo || a >= b {
		return np{} // not from the sentence's start, or longer than a subject can be
	}
	for j := a; j < b; j++ {
		if s.toks[j].inq || s.toks[j].flags&(ClassWho|ClassThat|ClassSubject) != 0 {
			return np{}
		}
	}
	if s.finiteIn(a, b) {
		return np{}
	}
	return np{a, b}
}

// partitiveAt reports whether a quantity and "of" open a phrase at token m ("one of the
// unions", "two of the counties"): after a trailing "according to X", an apposition to X.
func (s *segmenter) partitiveAt(m, hi int) bool {
	w := s.lowerWord(m)
	return m+1 < hi && !s.toks[m].inq && (quantifiers[w] || isNumberWord(s.word(m))) && s.lowerWord(m+1) == "of"
}

// dashBefore reports whether a dash stands between token m and the token before it: after
// a trailing "according to X", what follows sums up or explains, unless the dash closes
// one opened before the attribution (see dashIn).
func (s *segmenter) dashBefore(m int) bool {
	return m > 0 && hasDash(s.text[s.toks[m-1].end:s.toks[m].start])
}

// dashIn reports whether a dash stands between two of the tokens [a, b).
func (s *segmenter) dashIn(a, b int) bool {
	return b-a > 1 && hasDash(s.text[s.toks[a].end:s.toks[b-1].start])
}

func hasDash(t string) bool {
	return strings.Contains(t, " - ") || strings.Contains(t, "—") || strings.Contains(t, "–") || strings.Contains(t, "--")
}

// bareSubject reports whether tokens [lo, cs) are a noun phrase alone, the subject of a
// sentence that goes on after a parenthetical attribution ("The port, according to the
// audit, also lost money").
func (s *segmenter) bareSubject(lo, cs int) bool {
	n := s.npAfter(lo, cs)
	return n.ok() && n.from == lo && n.to == cs
}

// purposeSubject returns, for a verb of saying after "to" at token k, the subject of the
// sentence, who does the saying: "Ruiz stood at the pier to say the port would close",
// "took the stage to acknowledge that …". None after a form of "be" ("is too early to say
// whether …", "it's fair to say that …"), nor for an impersonal subject, nor where the
// sentence has no subject; the caller takes a clause for content only.
func (s *segmenter) purposeSubject(k, lo int) np {
	t := s.toks[k]
	if k-1 <= lo || s.lowerWord(k-1) != "to" || t.flags&ClassVerb == 0 || !sayVerbs[s.lang.verbBase(s.lowerWord(k))] {
		return np{}
	}
	for j := k - 2; j >= lo && j > k-maxSubject && s.toks[j].clause == t.clause; j-- {
		after := s.text[s.toks[j].end:]
		if j >= k-4 && (isBe(s.lowerWord(j)) || strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")) ||
			s.toks[j].flags&ClassIt != 0 {
			return np{} // "is too early to say", "although it's fair to say": the author's own words
		}
	}
	n := s.sentenceSubject(lo, k)
	if !n.ok() || n.to >= k-1 {
		return np{}
	}
	switch s.lowerWord(n.to - 1) {
	case "it", "this", "that", "there", "what", "which":
		return np{}
	}
	// The subject's verb, past its auxiliaries and adverbs, must not take an object before
	// "to" ("led the unions to say", "allow the mayor to say", "had no chance to say": the
	// object's or no one's saying), nor stand with "yet" or a negation ("has yet to say",
	// "did not stop to say": a saying not done).
	v := n.to
	for v < k-1 && (s.toks[v].flags&ClassAux != 0 || modals[s.lowerWord(v)] || s.adverb(v)) {
		v++
	}
	if v >= k-1 {
		return np{}
	}
	for j := n.to; j < k-1; j++ {
		switch w := s.lowerWord(j); w {
		case "yet", "not", "never", "no", "cannot":
			return np{}
		default:
			if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
				return np{}
			}
		}
	}
	if o := v + 1; o < k-1 && s.toks[o].clause == s.toks[k-1].clause && s.toks[o].flags&ClassPrep == 0 && !s.adverb(o) {
		return np{}
	}
	return n
}

// quantityPronouns stand for people as a subject of their own: "One says …", "while
// another says …", "Many fear …", "Two others have not said …".
var quantityPronouns = map[string]bool{"one": true, "another": true, "many": true, "some": true, "few": true,
	"most": true, "others": true, "both": true, "several": true, "neither": true, "none": true, "each": true}

// quantitySubject returns the quantity that is the subject of the verb at token k where
// the phrase reader reads none: a word of quantityPronouns, with a number before it ("Two
// others"), that opens its clause or follows a conjunction ("One says …, while another
// says …").
func (s *segmenter) quantitySubject(k, lo int) np {
	j, passive := s.skipBetween(k, lo)
	if passive || j < lo || s.toks[j].inq || !quantityPronouns[s.lowerWord(j)] || s.toks[j].clause != s.toks[k].clause {
		return np{}
	}
	if s.genericOne(j, k) {
		return np{} // "One might argue …", "one could say …": a generic one, the author's voice
	}
	switch w, v := s.lowerWord(j), s.lowerWord(k); w {
	case "one", "another", "each", "neither", "none":
		// A singular takes a verb in -s or a past ("One says", not "One reason …"), and
		// not a verb of naming, which names it ("and another called Vista").
		if j == k-1 && (!strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ed") && s.toks[k].flags&ClassPast == 0 || s.toks[k].flags&ClassNaming != 0) {
			return np{}
		}
	}
	from := j
	if j > lo && isNumberWord(s.word(j-1)) && s.toks[j-1].clause == s.toks[j].clause {
		from = j - 1 // "Two others"
	}
	if from > lo && s.toks[from-1].clause == s.toks[j].clause && s.toks[from-1].flags&ClassConj == 0 {
		return np{} // "the plan many fear", "for some say": not the subject of its own
	}
	return np{from, j + 1}
}

// genericOne reports whether token j is a "one" with a modal between it and the verb at
// token k: a generic one ("One might argue that …"), the author's own voice.
func (s *segmenter) genericOne(j, k int) bool {
	if j < 0 || s.lowerWord(j) != "one" {
		return false
	}
	for b := j + 1; b < k; b++ {
		if modals[s.lowerWord(b)] {
			return true
		}
	}
	return false
}

// notSources are the words that stand after a verb of saying as its object, never as an
// inverted source: "said little", "said nothing", "said yes" (in lower case: "said Little"
// is a name), and the object pronouns ("The pilot heard the noise, reported it on the
// radio, and turned back": one subject's verbs, not an attribution).
var notSources = map[string]bool{"little": true, "nothing": true, "much": true, "more": true, "less": true,
	"yes": true, "no": true, "so": true, "something": true, "anything": true, "everything": true, "otherwise": true,
	"it": true, "them": true, "him": true, "her": true, "me": true, "us": true}

// wouldLikeIn returns, in tokens [lo, hi), the contents of "would like to", a wish as
// PolNeAR annotates "want": "The council would like to trim the payroll" (the infinitive
// to the end of its clause, the subject for source; in a relative clause, to the
// sentence's verb: "Those who would like to comment can write …"). A contracted "'d like"
// is one token with its subject and is not read.
func (s *segmenter) wouldLikeIn(lo, hi int, found []Span) []Span {
	var out []Span
	for k := lo + 1; k+2 < hi; k++ {
		t := s.toks[k]
		if t.inq || s.lowerWord(k) != "like" || coveredBy(found, t.start) || s.lowerWord(k+1) != "to" || s.toks[k+1].clause != t.clause {
			continue
		}
		b := k - 1
		if b > lo && s.toks[b].flags&ClassNeg != 0 {
			b--
		}
		if w := s.lowerWord(b); w != "would" && w != "wouldn't" {
			continue // "He'd like to …" is one token, not read here
		}
		if n := s.toks[k+2]; n.inq || n.cap || n.clause != t.clause || n.flags&(ClassDet|ClassSubject|ClassPrep) != 0 {
			continue // "would like to the north": not an infinitive
		}
		src, _ := s.subjectOf(b, lo)
		relative := b > lo && s.toks[b-1].flags&ClassWho != 0
		if !src.ok() && !relative {
			continue
		}
		m := k + 1
		end := s.contentEnd(m, hi)
		if relative {
			// "Those who would like to comment can write …": the infinitive ends before
			// the sentence's verb.
			end = min(s.relativeContentEnd(m, end), s.infinitiveEnd(m, end))
		}
		for j := m + 1; j < end; j++ {
			if s.toks[j].clause != s.toks[j-1].clause && !s.toks[j].inq && !s.toks[j-1].inq {
				end = j
				break
			}
		}
		if !s.hasWords(m, end) {
			continue
		}
		out = append(out, s.content(m, end, cue{src: src, from: b, to: k + 1, verb: strings.ToLower(s.span(b, k+1))}))
		k = end - 1
	}
	return out
}

// readerQuestion reports whether the sentence [lo, hi), whose cue verb has the subject
// n, is a question put to the reader: "you" for subject, a question mark at its end, and
// not a line of an interview ("Q: Do you think …?").
func (s *segmenter) readerQuestion(n np, lo, hi int) bool {
	if n.to-n.from != 1 || s.lowerWord(n.from) != "you" || s.toks[n.from].inq {
		return false
	}
	end := s.toks[hi-1].end
	if rest := strings.TrimLeft(s.text[end:], " \t"); !strings.HasPrefix(rest, "?") {
		return false
	}
	para := s.text[s.paras[s.para(s.toks[lo].start)]:]
	return !strings.HasPrefix(para, "Q:") && !strings.HasPrefix(para, "Q.") && !strings.HasPrefix(para, "Q ")
}

// lightObjectBefore reports whether the noun at token j is the object of a light verb
// (lightObjectVerbs) a few words before it, in its clause: "spent years", "made headlines".
func (s *segmenter) lightObjectBefore(j, lo int) bool {
	for b := j - 1; b >= lo && b >= j-3 && s.toks[b].clause == s.toks[j].clause && !s.toks[b].inq; b-- {
		if lightObjectVerbs[s.lang.verbBase(s.lowerWord(b))] || lightObjectVerbs[pastBase[s.lowerWord(b)]] {
			return true
		}
	}
	return false
}

// pastBase maps the irregular past forms of the light verbs to their base.
var pastBase = map[string]string{"spent": "spend", "made": "make", "took": "take", "taken": "take", "began": "begin",
	"begun": "begin", "spends": "spend", "makes": "make", "takes": "take", "ended": "end", "ends": "end",
	"started": "start", "starts": "start", "opened": "open", "opens": "open", "closed": "close", "closes": "close"}

// alnumLen counts the letters and digits of t.
func alnumLen(t string) int {
	n := 0
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// speechNouns are the nouns of saying and of stance whose possessor is a source and whose
// complement a content ("Varga's attacks on him", "her call for a ban", "his claim that
// …"), with the prepositions that open their content. Nouns whose complement is only a
// topic ("his views on trade", "Soloria's position on the conflict") are not among them.
var speechNouns = map[string]string{
	"criticism": "of", "critique": "of", "attack": "on against", "attacks": "on against", "call": "for to",
	"calls": "for to", "support": "for of", "opposition": "to", "concern": "about over",
	"concerns": "about over", "claim": "about of", "claims": "about of", "accusation": "of against",
	"accusations": "of against", "allegation": "of against", "allegations": "of against", "praise": "for of",
	"warning": "of about against", "warnings": "of about against", "promise": "of", "promises": "of",
	"pledge": "of", "vow": "of", "demand": "for", "demands": "for", "plea": "for", "appeal": "for to",
	"endorsement": "of", "defense": "of", "defence": "of", "denial": "of", "rejection": "of",
	"condemnation": "of", "complaint": "about of against", "complaints": "about of against",
	"argument": "for against about", "arguments": "for against about", "assertion": "of", "suggestion": "of",
	"proposal": "for to", "proposals": "for to", "prediction": "of about", "insistence": "on",
	"doubts": "about", "fears": "of about", "hopes": "for of", "belief": "in", "embrace": "of",
	"dismissal": "of", "mockery": "of", "ridicule": "of", "pitch": "for to", "push": "for",
	"comment": "on about", "comments": "on about", "remark": "about on", "remarks": "about on",
	"statements": "about on", "opinion": "on about", "opinions": "on about", "questions": "about over",
	"mention": "of", "swipe": "at", "swipes": "at", "assessment": "of", "testimony": "about on",
	"thoughts": "on about", "talk": "of about", "worries": "about over", "skepticism": "of about",
	"frustration": "with over about", "outrage": "over at about", "enthusiasm": "for", "objection": "to",
	"doubt": "on about",
}

// lightVerbs make a speech act of their agent with a noun of speech for object
// ("expressed concern", "voiced support", "lodged a complaint"), by base form and past
// form; not "raise" or "cast", whose subject may be what caused the speech ("The vote
// raised concerns").
var lightVerbs = map[string]bool{"express": true, "expressed": true, "voice": true, "voiced": true,
	"offer": true, "offered": true, "issue": true, "issued": true, "level": true, "leveled": true, "levelled": true,
	"lodge": true, "lodged": true, "register": true, "registered": true}

// coveredBy reports whether byte pos lies inside one of spans or inside one of their cues
// (a noun that the verb loop read as a cue is not read again as a speech noun).
func coveredBy(spans []Span, pos int) bool {
	for _, f := range spans {
		if pos >= f.Start && pos < f.End || pos >= f.CueStart && pos < f.CueEnd {
			return true
		}
	}
	return false
}

// stanceAdjectives are the adjectives of stance whose complement PolNeAR annotates as a
// content, with the subject of their "be" as its source ("Ruiz is critical of the plan",
// "voters are worried that …"), by the words that open the complement ("that"
// always does; an infinitive does not: "is certain to rise" is no stance).
var stanceAdjectives = map[string]string{"critical": "of", "supportive": "of", "skeptical": "of about",
	"sceptical": "of about", "wary": "of", "suspicious": "of", "dismissive": "of", "contemptuous": "of",
	"aware": "of", "convinced": "of", "concerned": "about", "worried": "about", "optimistic": "about",
	"pessimistic": "about", "hopeful": "about of", "opposed": "to", "adamant": "", "insistent": "on",
	"unsure": "about of", "uncertain": "about", "doubtful": "about of",
	// Adjectives of feeling take a stance only with a clause: "is proud that …", not
	// "is proud of her garden", "is afraid of thunder", "is angry at the referee".
	"proud": "", "fond": "", "enamored": "", "confident": "", "nervous": "", "anxious": "", "unhappy": "",
	"upset": "", "angry": "", "furious": "", "frustrated": "", "disappointed": "", "fearful": "", "afraid": ""}

// stanceIn returns, in tokens [lo, hi), the contents of adjectives of stance after a form
// of "be" or a linking verb (see linkingVerb) that no content of found covers: "Ruiz is
// deeply critical of the plan" (source Ruiz, content "the plan"), "Many voters remain
// convinced that the vote was fair"; and of "clear" (see clearIn): "Ruiz made clear that …".
func (s *segmenter) stanceIn(lo, hi int, found []Span) []Span {
	var out []Span
	for k := lo + 1; k+1 < hi; k++ {
		t := s.toks[k]
		if w := s.lowerWord(k); (w == "clear" || w == "unclear") && !t.inq && !t.cap && !coveredBy(found, t.start) {
			if sp, ok := s.clearIn(k, lo, hi); ok {
				out = append(out, sp)
				k = s.tokAt(sp.End) - 1
			}
			continue
		}
		if t.inq || t.cap {
			continue // before the word is looked up
		}
		preps, ok := stanceAdjectives[s.lowerWord(k)]
		if !ok || coveredBy(found, t.start) {
			continue
		}
		j := k - 1
		for j > lo && (s.adverb(j) || intensifiers[s.lowerWord(j)]) && s.toks[j].clause == t.clause {
			j--
		}
		if s.toks[j].clause != t.clause || s.toks[j].inq || !linkingVerb(s.lowerWord(j)) {
			continue
		}
		m := k + 1
		w := s.lowerWord(m)
		switch {
		case w == "that" && !s.headAhead(m), containsWord(preps, w):
			m++
		case !s.toks[m].inq && s.toks[m].clause == t.clause && s.toks[m].flags&(ClassPrep|ClassConj) == 0 && s.clauseAhead(m, hi) && s.finiteAhead(m, hi):
			// "is convinced the plan will fail", "is confident they will win": a clause
			// without "that".
		default:
			continue
		}
		if m >= hi || s.toks[m].inq && !s.hasWords(m, hi) {
			continue
		}
		end := s.contentEnd(m, hi)
		if end <= m || !s.hasWords(m, end) {
			continue
		}
		src, _ := s.subjectOf(j, lo)
		c := cue{src: src, from: k, to: k + 1, verb: strings.ToLower(s.span(k, k+1))}
		out = append(out, s.content(m, end, c))
		k = end - 1
	}
	return out
}

// clearIn returns the content of "clear" or "unclear" at token k after "made" (and
// "it"), or after a form of "be" or a linking verb with a source for subject, before
// "that" or a question word: "Republicans made clear that …", "She made it clear that …",
// "Ruiz is making clear that …", "Ruiz was clear that …" (the subject is the source);
// "when", "if" and "where" only after "made" ("made clear when …"; "The road was clear
// when we left" tells a time). "It is clear that …", "it was
// unclear whether …" are the author's (on PolNeAR's tune half 3 of 13 such spans lay
// inside a gold content, against 7 of 7 after "made"). The content runs from the question
// word or after "that" to its clause's end.
func (s *segmenter) clearIn(k, lo, hi int) (Span, bool) {
	j := k - 1
	for j > lo && (s.adverb(j) || intensifiers[s.lowerWord(j)] || s.toks[j].flags&ClassNeg != 0) && s.toks[j].clause == s.toks[k].clause {
		j--
	}
	if j < lo || s.toks[j].clause != s.toks[k].clause || s.toks[j].inq {
		return Span{}, false
	}
	v := j
	if s.lowerWord(v) == "it" && v > lo {
		v-- // "made it clear"
	}
	made := false
	switch w := s.lowerWord(v); {
	case w == "made" || w == "make" || w == "makes" || w == "making":
		made = true
	case v != j || !linkingVerb(w):
		return Span{}, false
	}
	m := k + 1
	if m >= hi || s.toks[m].inq {
		return Span{}, false
	}
	switch w := s.lowerWord(m); w {
	case "that":
		if s.headAhead(m) || m+1 < hi && s.toks[m+1].flags&(ClassTime|ClassMonth) != 0 {
			return Span{}, false // "that plan", "that night"
		}
		m++
	case "whether", "why", "how", "what", "who", "exactly":
	case "when", "if", "where":
		if !made {
			return Span{}, false // "The road was clear when we left": a time, not a content
		}
	default:
		return Span{}, false
	}
	end := s.contentEnd(m, hi)
	if end <= m || !s.hasWords(m, end) {
		return Span{}, false
	}
	sv := v
	if s.lowerWord(v) == "making" {
		switch {
		case v > lo && s.toks[v-1].clause == s.toks[v].clause && isBe(s.lowerWord(v-1)):
			sv = v - 1 // "Ruiz is making clear that …": the subject of "is"
		case v > lo && s.toks[v-1].clause != s.toks[v].clause:
			sv = -1 // "…, making clear that …": the sentence's subject
		}
	}
	var src np
	if sv >= 0 {
		src, _ = s.subjectOf(sv, lo)
	} else {
		src = s.sentenceSubject(lo, v)
	}
	if !src.ok() || src.to == src.from+1 && s.toks[src.from].flags&ClassIt != 0 {
		return Span{}, false
	}
	c := cue{src: src, from: v, to: k + 1, verb: strings.ToLower(s.span(v, k+1))}
	return s.content(m, end, c), true
}

// intensifiers are the adverbs without -ly that stand between "be" and an adjective.
var intensifiers = map[string]bool{"very": true, "so": true, "too": true, "quite": true, "more": true, "most": true,
	"less": true, "still": true, "also": true, "not": true, "never": true, "now": true, "increasingly": true,
	"even": true, "ever": true, "all": true, "rather": true, "pretty": true, "n't": true}

// linkingVerb reports whether w (lowercased) is a form of "be" or of a verb that links a
// subject to an adjective ("remain", "seem", "grow", "feel", "become", "appear").
func linkingVerb(w string) bool {
	if isBe(w) {
		return true
	}
	switch w {
	case "remain", "remains", "remained", "seem", "seems", "seemed", "grow", "grows", "grew", "grown",
		"feel", "feels", "felt", "become", "becomes", "became", "appear", "appears", "appeared", "'s", "’s", "'re", "’re",
		"'m", "’m", "isn't", "wasn't", "aren't", "weren't", "isn’t", "wasn’t", "aren’t", "weren’t":
		return true
	}
	return false
}

// ambiguousNouns are speech nouns with another sense than speech (a military attack, a
// phone call, an appeal in court, a push of the hand, the support of a group, the
// dismissal of a coach or of a case, the denial or rejection of a permit, an argument as
// a quarrel), which are speech only with a possessor ("Varga's attacks on him", "her
// dismissal of the report") or before "that" and a clause ("the denial that the port
// would close": only the nouns of thatNouns, since a relative clause follows the others,
// "the attack that the rebels launched").
var ambiguousNouns = map[string]bool{"attack": true, "attacks": true, "call": true, "support": true, "push": true,
	"appeal": true, "endorsement": true, "defense": true, "defence": true, "pitch": true, "embrace": true,
	"dismissal": true, "denial": true, "rejection": true, "argument": true, "arguments": true}

// supportForPerson reports whether "support" at token k is support for a person or a
// party, stance rather than money or aid: "for" and a name or a possessive pronoun after
// it ("support for Ruiz", "support for his wife"), and before it no modifier of another
// sense ("financial support for …", "air support for …"), only a determiner, a verb, a
// preposition or an adjective of degree ("strong support for …").
func (s *segmenter) supportForPerson(k, lo, hi int) bool {
	if s.lowerWord(k) != "support" || k+2 >= hi || s.lowerWord(k+1) != "for" || s.toks[k+1].clause != s.toks[k].clause {
		return false
	}
	n := s.toks[k+2]
	if n.inq || n.clause != s.toks[k].clause {
		return false
	}
	switch w := s.lowerWord(k + 2); {
	case w == "his" || w == "her" || w == "their" || w == "him" || w == "them":
	case n.cap && s.nameWord(k+2) && n.flags&ClassDet == 0:
		if e := s.supportedEnd(k+2, hi); e < hi && s.toks[e].clause == n.clause && isNumberWord(s.word(e)) {
			return false // "support for Windows 7": a product, not a person
		}
	default:
		return false
	}
	if p := k - 1; p >= lo && s.toks[p].clause == s.toks[k].clause && !s.toks[p].inq && !s.toks[p].poss &&
		(s.contentWord(p) || s.sentenceOpener(p)) &&
		s.toks[p].flags&(ClassVerb|ClassThink|ClassPast|ClassAux) == 0 && !supportDegree[s.lowerWord(p)] {
		return false // "financial support for", and "Air support for" opening the sentence
	}
	return true
}

// sentenceOpener reports whether token k is a common word capitalized only because it
// opens its sentence ("Air support for …", "Military support for …"): no function word,
// no adverb, and not capitalized elsewhere in the text, as a name or a proper adjective
// is ("Republican support for …").
func (s *segmenter) sentenceOpener(k int) bool {
	t := s.toks[k]
	if !t.cap || k > 0 && s.toks[k-1].sentence == t.sentence || t.flags&(notName|ClassVerb|ClassThink|ClassNaming) != 0 ||
		strings.HasSuffix(s.lowerWord(k), "ly") {
		return false
	}
	w := s.lowerWord(k)
	for j := 1; j < len(s.toks); j++ {
		if u := s.toks[j]; u.cap && !u.inq && u.sentence == s.toks[j-1].sentence && s.lowerWord(j) == w {
			return false
		}
	}
	return true
}

// supportedEnd returns where who is supported ends after "support for", at token m: a
// name ends with its last capitalized word ("support for Ruiz | in the valley", "Support
// for Ruiz | grows"); a possessive name or a pronoun goes on with its noun phrase
// ("support for Varga's plan", "support for his wife").
func (s *segmenter) supportedEnd(m, hi int) int {
	n := s.npAfter(m, hi)
	if !n.ok() || n.from != m {
		e := m + 1
		for e < hi && s.toks[e].clause == s.toks[m].clause && !s.toks[e].inq && s.nameWord(e) {
			e++
		}
		return e
	}
	if !s.toks[m].cap {
		return n.to
	}
	e, poss := n.to, false
	for j := m; j < n.to; j++ {
		if !s.toks[j].cap && s.toks[j].flags&ClassPrep != 0 && j+1 < n.to && !s.toks[j+1].cap {
			e = j // "Ruiz | in the valley"
			break
		}
		poss = poss || s.toks[j].poss
	}
	for !poss && e > m+1 && !s.toks[e-1].cap {
		e-- // "Ruiz | grows": a verb in -s that the phrase reader took for a noun
	}
	return e
}

// supportDegree are the adjectives of degree or breadth before "support" ("strong
// support for", "growing support for").
var supportDegree = map[string]bool{"strong": true, "broad": true, "growing": true, "widespread": true, "public": true,
	"popular": true, "little": true, "more": true, "much": true, "enough": true, "full": true, "overwhelming": true,
	"bipartisan": true, "solid": true, "tepid": true, "lukewarm": true, "enthusiastic": true, "vocal": true,
	"wide": true, "waning": true, "rising": true, "declining": true, "firm": true, "unwavering": true}

// thatNouns are the ambiguous nouns whose verbs report a clause with "that" ("deny that",
// "argue that"), which do so before it.
var thatNouns = map[string]bool{"denial": true, "argument": true, "arguments": true}

// pluralPossessor returns the noun phrase that ends at token j, a plural before its
// possessive apostrophe ("the dockers’ claims"), no further back than lo: the plural, the
// words before it that are capitalized, numbers, or, before any capitalized word, in lower
// case and no verb or preposition, and a determiner that opens it ("the opposition
// parties’", "their Harbor Guild colleagues’", "5,000 Halden voters’"); not a verb or a
// phrase before it ("stoked Halden voters’ fears", "pieces of our rivals’ argument").
func (s *segmenter) pluralPossessor(j, lo int) np {
	from := j
	capital := s.toks[j].cap
	for k := j - 1; k >= lo && j-k < 6 && s.toks[k].clause == s.toks[j].clause && !s.toks[k].inq && !s.toks[k].poss; k-- {
		t := s.toks[k]
		w := s.lowerWord(k)
		if w == "that" || w == "this" {
			break // "arguing that Halden voters’ hopes …": a conjunction, or no plural's determiner
		}
		if t.flags&ClassDet != 0 || w == "their" || w == "our" || w == "its" || w == "his" || w == "her" || w == "your" || w == "my" {
			from = k
			break
		}
		switch {
		case t.cap, isNumberWord(s.word(k)):
			capital = capital || t.cap
		case !capital && s.contentWord(k) && t.flags&(ClassVerb|ClassThink|ClassPrep|ClassConj|ClassAux) == 0 &&
			!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing"):
		default:
			return np{from, j + 1}
		}
		from = k
	}
	return np{from, j + 1}
}

// nominalIn returns the contents of speech nouns with a possessor in tokens [lo, hi) that
// no content of found covers: "Varga's attacks on him" (source Varga, content "him"),
// "her careful views on river tolls", "his claim that …". The content runs to the end of
// its clause or the verb of the sentence ("Varga's attacks on him grow …"), past the verb
// of a clause that a question or relative word opens inside it ("questions about what had
// gone wrong", "mention of the mayor who resigned"; nominal.go), and past the verb right
// after the "to" of an infinitive ("his claim to have won", "to be"). A verb that delivers
// the noun ("launched an attack on Marek", "made a call for calm"; launch.go) gives its
// subject for source, as a light verb does ("voiced concern that …").
func (s *segmenter) nominalIn(lo, hi int, found []Span) []Span {
	var out []Span
	for k := lo; k+1 < hi; k++ {
		t := s.toks[k]
		if t.inq || t.cap && k > lo {
			continue // before the word is looked up
		}
		preps, ok := speechNouns[s.lowerWord(k)]
		if !ok || coveredBy(found, t.start) || s.combatNoun(k, lo, hi) {
			continue
		}
		if s.lowerWord(k) == "mockery" && k-2 >= lo && s.lowerWord(k-1) == "a" && makeForms[s.lowerWord(k-2)] {
			continue // "made a mockery of the vote": an idiom (to undermine), no words mocking it
		}
		if riskVerbs[s.lang.verbBase(s.lowerWord(k))] && s.isCueVerb(k, lo) {
			continue // "The scandal promises to dominate the campaign": a verb (cueContents reads it), not a noun
		}
		forPerson := s.supportForPerson(k, lo, hi)
		if k == lo && !forPerson {
			// "Opposition to the plan grew": a noun that opens its sentence has no
			// possessor, so only a noun that means speech alone.
			if ambiguousNouns[s.lowerWord(k)] || !containsWord(preps, s.lowerWord(k+1)) || s.lowerWord(k+1) == "to" && !containsWord(preps, "to") {
				continue
			}
		}
		// The possessor: a possessive name or pronoun before the noun, adjectives between.
		j := max(k-1, lo)
		for j > lo && j > k-3 && s.contentWord(j) && !s.toks[j].poss && !s.pluralPossessive(j) && s.toks[j].clause == t.clause {
			j--
		}
		p := s.toks[j]
		if p.clause != t.clause || p.inq {
			continue
		}
		// A light verb before the noun, determiners and adjectives between.
		lv := -1
		for x := k - 1; x >= lo && x >= k-3 && s.toks[x].clause == t.clause && !s.toks[x].inq; x-- {
			if w := s.lowerWord(x); lightVerbs[w] || lightVerbs[s.lang.verbBase(w)] || s.launchedAt(x, k, hi) {
				if b := x - 1; b >= lo && s.toks[b].clause == t.clause && !strings.HasSuffix(w, "ed") &&
					(s.toks[b].flags&ClassDet != 0 && s.toks[b].flags&ClassSubject == 0 || s.toks[b].poss || s.contentWord(b) && !pluralNoun(s.lowerWord(b))) {
					break // "a familiar voice marked the attacks", "the issue of": a noun, no light verb
				}
				lv = x
				break
			}
			if s.toks[x].flags&ClassDet == 0 && !s.contentWord(x) {
				break
			}
		}
		var src np
		switch w := s.lowerWord(j); {
		case lv >= 0:
			// "expressed concern that …", "voiced support for the plan", "lodged a complaint
			// about …": the noun is the light verb's object, and its subject the source.
			if n, passive := s.subjectOf(lv, lo); n.ok() && !passive {
				src = n
			} else if ambiguousNouns[s.lowerWord(k)] {
				continue
			}
		case p.poss:
			src = s.npBefore(j, lo)
			if !src.ok() {
				continue
			}
		case s.pluralPossessive(j):
			src = s.pluralPossessor(j, lo) // "the dockers’ claims"
		case w == "his" || w == "her" || w == "their":
			src = np{j, j + 1}
		case forPerson:
			// "rally support for her brother", "Support for Ruiz fell": support for a
			// person is stance, whoever gives it.
		case !ambiguousNouns[s.lowerWord(k)] || thatNouns[s.lowerWord(k)] && s.lowerWord(k+1) == "that" && !s.headAhead(k+1) && k+2 < hi && s.clauseAhead(k+2, hi):
			// "concerns about the plan", "criticism of his approach": a content without a
			// source, as PolNeAR annotates it; and a noun of another sense too before "that"
			// and a clause ("the denial that the port would close").
		default:
			continue
		}
		// The content: after the noun's preposition, or "that" or "to".
		m := k + 1
		w := s.lowerWord(m)
		switch {
		case w == "that" && s.relativeThat(m, hi):
			continue // "a proposal that would alter …", "the argument that the rebels made": a relative clause
		case containsWord(preps, w) && w != "to", w == "that" && !s.headAhead(m):
			m++
		case w == "to" && m+1 < hi && !s.toks[m+1].cap && s.toks[m+1].flags&(ClassDet|ClassSubject) == 0:
			// "his call to ban …": the infinitive is the content
		case w == "to" && containsWord(preps, "to"):
			m++
		default:
			continue
		}
		if m >= hi || s.toks[m].inq && !s.hasWords(m, hi) || coveredBy(found, s.toks[m].start) {
			continue // nor a content found already ("added a warning that …")
		}
		if m > k+1 && !s.toks[m].inq && s.toks[m].flags&(ClassTime|ClassMonth) != 0 &&
			(m+1 >= hi || s.toks[m+1].clause != s.toks[m].clause || !s.contentWord(m+1) || isNumberWord(s.word(m+1))) {
			continue // "gave her remarks on Friday": when she spoke, not what about (but "remarks on Friday's vote")
		}
		// The content ends at the sentence's verb; a "that" clause has a verb of its own
		// first ("his claim that he won is false").
		verbs := 0
		if s.lowerWord(k+1) == "that" {
			verbs = -1
		}
		// A noun that opens the sentence, or whose possessor does, is in its subject: a verb
		// in -ed is the sentence's too ("His support for the mayor surprised the board");
		// after the sentence's verb, or a "that" or a relative word, it may be a participle
		// or a verb of the content's own ("voiced support for a plan backed by the
		// council").
		subject := (j == lo || k == lo) && lv < 0 && !s.verbIn(lo, k) && !clauseOpeners[s.lowerWord(m)] && s.lowerWord(k+1) != "that"
		end := m
		sawThat := false // a "that" or a relative word among the content's words so far
		own := 0         // clauses opened by a question or relative word, whose first verb is theirs (opensOwnClause)
		for end < hi && s.toks[end].clause == s.toks[m].clause {
			u := s.toks[end]
			if end == m+1 && s.lowerWord(m) == "to" {
				end++ // "his claim to have won", "to be": the infinitive's own verb
				continue
			}
			if own > 0 && end > m && s.ownClauseVerb(end) {
				own-- // "the harbormaster who resigned", "what went amiss": the clause's verb
				end++
				continue
			}
			if end > m && u.flags&(ClassAux|ClassPast) != 0 && u.flags&ClassPrep == 0 &&
				(end == m+1 || s.toks[end-1].flags&ClassAux == 0 || s.toks[end-1].flags&ClassPrep != 0) ||
				subject && end > m+1 && !u.cap && !u.inq && !sawThat && u.flags&^(ClassVerb|ClassThink|ClassWeak|ClassNaming) == 0 && strings.HasSuffix(s.lowerWord(end), "ed") &&
					s.toks[end-1].flags&(ClassDet|ClassAux|ClassPrep) == 0 && !s.toks[end-1].poss {
				if verbs++; verbs >= 1 {
					break
				}
			}
			if s.opensOwnClause(end) {
				own++
			}
			sawThat = sawThat || u.flags&(ClassThat|ClassWho) != 0
			end++
		}
		if forPerson {
			end = min(end, s.supportedEnd(m, hi))
		}
		if end <= m || !s.hasWords(m, end) {
			continue
		}
		c := cue{src: src, from: k, to: k + 1, verb: strings.ToLower(s.span(k, k+1))}
		if src.ok() && src.from == j && src.to == j+1 && !p.poss {
			c.src = np{j, j + 1} // a possessive pronoun, resolved with the others
		}
		out = append(out, s.content(m, end, c))
		k = end - 1
	}
	return out
}

// contentEnd returns where a content that starts at token m ends: at the sentence's end
// (hi), or before a clause that brings an attribution of its own (", Varga said: “…”",
// ", and Marek signaled that …", ", whereas Marek argued that …", ", though she added
// that …"; not a cue in a relative clause: ", and the ferry that critics said was late
// would stop").
func (s *segmenter) contentEnd(m, hi int) int {
	for k := m + 1; k < hi; k++ {
		if s.toks[k].inq || s.toks[k].clause == s.toks[k-1].clause {
			continue
		}
		// A coordinate clause of the author's: ", but they sign it anyway" (not ", but
		// that …", which goes on with the content).
		switch s.lowerWord(k) {
		case "but", "yet":
			if k+1 < hi && !s.toks[k+1].inq && s.toks[k+1].flags&ClassThat == 0 && s.clauseAhead(k+1, hi) {
				return k
			}
		}
		// A summary of the content set off by a comma is the author's: "…, a date that
		// few accept".
		if s.summaryApposition(k, hi) {
			return k
		}
		// A participle of a verb of saying after a comma is the reporter's attribution of
		// its own: "…, saying the plan would fail", "…, adding that …". Another participle
		// may be the content's own subject's ("said the workers were striking, demanding
		// higher pay"); an object content ends before it too (see objectEnd).
		if t := s.toks[k]; !t.cap && t.flags&ClassVerb != 0 && t.flags&(ClassPrep|ClassFunc|ClassDet) == 0 && len(s.word(k)) > 4 && strings.HasSuffix(s.lowerWord(k), "ing") &&
			sayVerbs[s.lang.verbBase(s.lowerWord(k))] {
			return k
		}
		// A new clause: does it open with a source and its cue?
		for j := k; j < hi && j < k+8 && s.toks[j].clause == s.toks[k].clause && !s.toks[j].inq; j++ {
			if s.toks[j].flags&ClassVerb != 0 && sayVerbs[s.lang.verbBase(s.lowerWord(j))] {
				if n := s.quantitySubject(j, k); n.ok() && n.from <= k+1 {
					return k // "…, while another says …"
				}
			}
			if s.toks[j].flags&ClassVerb != 0 && s.isReportingVerb(j, k) {
				if n, _ := s.subjectOf(j, k); n.ok() && (n.from == k || n.from == k+1 && s.coordinator(k) && !s.relativeBetween(n.from, j)) {
					return k // "…, and Marek signaled that …": a source and cue of their own
				}
				break
			}
		}
	}
	return hi
}

// relativeContentEnd returns where the "that" clause at token m, the content of a verb in a
// relative clause, ends before hi: before the second finite verb, the first being the
// clause's own ("who agreed that the levy was fair | voted yes"); a verb after "and",
// "or" or "but" goes on the content ("would cut costs and would create jobs"), and a
// capitalized word is no verb ("in May").
func (s *segmenter) relativeContentEnd(m, hi int) int {
	return s.relativeContentEndAfter(m, hi, 0)
}

// relativeContentEndAfter is relativeContentEnd with verbs finite verbs counted before
// token m+1.
func (s *segmenter) relativeContentEndAfter(m, hi, verbs int) int {
	for j := m + 1; j < hi; j++ {
		u := s.toks[j]
		finite := !u.cap && u.flags&(ClassAux|ClassPast) != 0 && u.flags&ClassPrep == 0 ||
			!u.cap && u.flags == 0 && strings.HasSuffix(s.lowerWord(j), "ed") // "voted"; not "in May"
		if p := s.lowerWord(j - 1); u.inq || !finite || s.toks[j-1].flags&ClassAux != 0 || p == "and" || p == "or" || p == "but" {
			continue // "would cut costs and would create jobs": one content
		}
		if verbs++; verbs == 2 {
			return j
		}
	}
	return hi
}

// finiteAux are the finite forms of "be", "have" and "do", and the modals: a verb of a
// clause of its own, not a participle.
var finiteAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "am": true, "has": true,
	"have": true, "had": true, "do": true, "does": true, "did": true, "isn't": true, "aren't": true, "wasn't": true,
	"weren't": true, "hasn't": true, "haven't": true, "hadn't": true, "doesn't": true, "don't": true, "didn't": true}

// afterStamp returns the first token after a stamp that opens the sentence of tokens
// [lo, hi) before a dash: a date or a time, numbers without a letter ("03.11.21 09:40 -
// Vela reports: …", "09:40 — …"), or lo. The stamp is no content before a trailing
// attribution.
func (s *segmenter) afterStamp(lo, hi int) int {
	for k := lo; k+1 < hi && k < lo+4; k++ {
		if s.toks[k].inq || strings.ContainsFunc(s.word(k), unicode.IsLetter) {
			return lo
		}
		if gap := s.text[s.toks[k].end:s.toks[k+1].start]; strings.ContainsAny(gap, "—–") || hasDash(gap) {
			return k + 1
		}
	}
	return lo
}

// afterDateline returns the first token after a dateline that opens the sentence at
// token lo: words in capitals at a paragraph's start, maybe a comma and the place's
// region or country in capitalized words, then a dash ("HALDEN, Soloria — Ana Ruiz, the
// owner of a store, said …", "PORT VELA, North Soloria —": the country is no subject);
// lo otherwise.
func (s *segmenter) afterDateline(lo, hi int) int {
	if lo >= hi || s.toks[lo].inq || len(s.word(lo)) < 3 || !isUpper(s.word(lo)) || s.toks[lo].start != s.paras[s.para(s.toks[lo].start)] {
		return lo
	}
	comma := false // the city's name ends at a comma; its words are all capitals
	for k := lo; k+1 < hi && k < lo+8; k++ {
		gap := s.text[s.toks[k].end:s.toks[k+1].start]
		if strings.ContainsAny(gap, "—–") || hasDash(gap) {
			return k + 1 // "HALDEN, Soloria — “…,” Ruiz said" too
		}
		comma = comma || strings.Contains(gap, ",")
		if !s.toks[k+1].cap || strings.Trim(gap, " ,.") != "" {
			return lo // "COOPER: Senator — …": a speaker's line, no dateline
		}
		if !comma && !isUpper(s.word(k+1)) {
			return lo // "NATO Secretary General Ana Ruiz — …": a name after an acronym
		}
	}
	return lo
}

// sentenceVerbAfter returns where the clause content that starts at token m, the content
// of a verb in a restrictive relative clause of the sentence's subject, ends before hi:
// before the sentence's own verb, the last auxiliary or modal that comes after a finite
// verb of the content with no subordinate clause opened between and no subject of its
// own right before it ("Voters who say the toll is fair | are few", "who say they are
// sure the toll is fair | are few", "who say the plan the board has drawn is fair | are
// few", "who said the pier was unsafe | were told the board has lied"; not "who say it is
// unfair because the board has …", nor a participle "the levy approved in May is …"). A
// content without a finite verb of its own, or whose sentence verb is no auxiliary, is
// not cut.
func (s *segmenter) sentenceVerbAfter(m, hi int) int {
	finite, opened := false, false
	cut := hi
	for j := m; j < hi; j++ {
		u := s.toks[j]
		if u.inq {
			continue
		}
		w := s.lowerWord(j)
		if j > m && u.flags&(ClassThat|ClassWho|ClassConj) != 0 && u.flags&ClassSubject == 0 || subordinators[w] {
			opened = true
			continue
		}
		aux := finiteAux[w] || modals[w] && !u.cap // not "May"
		past := u.flags&ClassPast != 0 && !aux
		if !aux && !past || j > m && s.toks[j-1].flags&(ClassAux|ClassNeg) != 0 && !s.toks[j-1].cap {
			continue
		}
		if aux && finite && !opened && !s.subjectRightBefore(j, m) {
			cut = j
		}
		finite, opened = true, false
	}
	return cut
}

// subjectRightBefore reports whether a subject of its own ends right before the verb at
// token j, after token m: a subject pronoun ("it is"), or a noun phrase that a
// determiner opens two or three words before ("the board has", "the new board has"), not
// after a preposition, whose object it is ("for a new board | are").
func (s *segmenter) subjectRightBefore(j, m int) bool {
	p := j - 1
	if p < m || s.toks[p].inq {
		return false
	}
	if s.toks[p].flags&ClassSubject != 0 {
		return true
	}
	if s.toks[p].cap || s.toks[p].flags&(notName|ClassVerb|ClassThink|ClassPast|ClassAux) != 0 {
		return false
	}
	for d := p - 1; d >= m && d >= p-2; d-- {
		t := s.toks[d]
		if t.inq || t.clause != s.toks[j].clause {
			return false
		}
		if t.flags&ClassDet != 0 && t.flags&ClassThat == 0 {
			// Not a preposition's object: "have fought for a new board | do not attend".
			return d == m || s.toks[d-1].inq || s.toks[d-1].flags&ClassPrep == 0
		}
		if t.cap || t.flags&(notName|ClassVerb|ClassThink|ClassPast|ClassAux) != 0 {
			return false
		}
	}
	return false
}

// riskVerbs say what a thing bodes when their subject cannot speak ("the storm threatened
// to flood the harbor", "the season promises to be busy"), by base form.
var riskVerbs = map[string]bool{"threaten": true, "promise": true}

// actorNouns are common nouns for people or groups that act as one, beside groupNouns,
// the language's bodies (ClassOrg) and roles: "the military threatened to step in".
// Written for framediff.
var actorNouns = wordSet("military rebel radical troop junta faction movement campaign station mob staff " +
	"management authority protester demonstrator body")

// thingThreatens reports whether the verb at token k is one of riskVerbs whose subject,
// src or else the word right before it, is a common noun that names no one who speaks:
// no person, group, body, role or document (see speakingNoun, groupNouns, actorNouns). The head of
// a subject with a preposition is the noun before it ("the owner of the pier").
func (s *segmenter) thingThreatens(k int, src np) bool {
	if !riskVerbs[s.lang.verbBase(s.lowerWord(k))] {
		return false
	}
	h := k - 1
	if src.ok() {
		h = src.to - 1
		from := src.from
		if from+2 < src.to && (quantifiers[s.lowerWord(from)] || isNumberWord(s.lowerWord(from))) && s.lowerWord(from+1) == "of" {
			from += 2 // "many of the dockers": the dockers
		}
		for j := from; j+1 < src.to; j++ {
			participle := !s.toks[j+1].cap && (strings.HasSuffix(s.lowerWord(j+1), "ed") || strings.HasSuffix(s.lowerWord(j+1), "ing")) &&
				j+2 < src.to && (s.toks[j+2].flags&(ClassPrep|ClassDet) != 0 || s.toks[j+2].cap)
			if s.toks[j+1].flags&ClassPrep != 0 || participle {
				h = j // "the owner of the pier", "rebels aligned with …": the noun before
				break
			}
		}
	}
	if h < 0 || h >= len(s.toks) || s.toks[h].inq || s.toks[h].cap || s.toks[h].poss ||
		s.toks[h].flags&(ClassSubject|ClassHe|ClassShe|ClassThey|ClassI|ClassIt|ClassWho|ClassThat|ClassAux|ClassNeg|ClassConj|ClassPrep|ClassDet) != 0 {
		return false
	}
	w := s.lowerWord(h)
	one := strings.TrimSuffix(w, "s")
	if strings.HasSuffix(w, "ies") {
		one = strings.TrimSuffix(w, "ies") + "y" // "authorities", "allies"
	}
	if s.adverb(h) || openingAdverbs[w] || openingHeads[w] || comparativeAs[w] {
		return false // "So far the council has … threatened": no noun, a subject misread
	}
	return !s.speakingNoun(h) && !personNouns[w] && !personNouns[one] && !groupNouns[w] && !groupNouns[one] && !actorNouns[one] &&
		s.lang.classesOf(one)&(ClassRole|ClassOrg|ClassTitle) == 0 && !roleLike(one)
}

// subjectRelativeAt returns the relative word ("who", "which", "that") whose clause the
// verb at token k opens as its subject, maybe with auxiliaries, a negation or adverbs
// between ("who say", "who have not said", "who have long argued"), or -1: the relative clause that describes the noun
// before it.
func (s *segmenter) subjectRelativeAt(k, lo int) int {
	j := k - 1
	for j > lo && !s.toks[j].inq && s.toks[j].clause == s.toks[k].clause && s.toks[j].flags&(ClassWho|ClassThat) == 0 &&
		(s.toks[j].flags&(ClassAux|ClassNeg) != 0 || !s.toks[j].cap && (strings.HasSuffix(s.lowerWord(j), "ly") || s.lowerWord(j) == "long")) {
		j--
	}
	if j <= lo || s.toks[j].inq || s.toks[j].clause != s.toks[k].clause {
		return -1
	}
	switch s.lowerWord(j) {
	case "who", "which", "that":
		if s.toks[j-1].flags&(ClassPrep|ClassVerb|ClassThink|ClassAux|ClassPast) != 0 || s.toks[j-1].inq {
			return -1 // "about which", "said that", "is that": no noun before it
		}
		return j
	}
	return -1
}

// modifiedNoun reports whether token k, a reporting verb in its bare form, follows "a" or
// "an" and up to three adjectives ("a mysterious figure who …", "a national advocate
// for …"): a noun, since a verb's bare form does not follow an indefinite article and
// adjectives without their noun. An adjective here is a word with an adjective's ending
// (adjectiveEnding); the phrase opens its clause. After "the" or "those" such a word may
// be the subject, a noun for people ("The faithful believe …", "Those responsible say …",
// "The judiciary say …"), and the verb keeps its reading; so does a collective noun
// (collectiveNouns).
func (s *segmenter) modifiedNoun(k, lo int) bool {
	w := s.lowerWord(k)
	if s.lang.name != "english" || s.lang.verbBase(w) != w || k <= lo || pastAsBase[w] {
		return false // not "An official read aloud that …": a past spelled as the bare form
	}
	if collectiveNouns[s.lowerWord(k-1)] {
		return false // "A handful say …", "A radical collective argue …": the subject's noun
	}
	for j := k - 1; j >= lo && j >= k-4; j-- {
		if s.toks[j].clause != s.toks[k].clause {
			return false // not "Residents of Halden, a regional capital, say …": an apposition
		}
		if s.toks[j].flags&ClassDet != 0 {
			// The phrase opens its clause ("…, a controversial figure who …", "A central
			// reason …"), not after a preposition or a conjunction, where it is no subject
			// ("Doctors at a local hospital say …", "Residents and a regional official say").
			return (s.lowerWord(j) == "a" || s.lowerWord(j) == "an") && (j == lo || s.toks[j-1].clause != s.toks[j].clause)
		}
		if !adjectiveEnding(s.lowerWord(j)) {
			return false
		}
	}
	return false
}

// pastAsBase are reporting verbs whose past is spelled as their bare form.
var pastAsBase = map[string]bool{"read": true, "forecast": true, "broadcast": true, "put": true, "set": true, "hit": true}

// collectiveNouns have an adjective's ending and name a group that may be a subject
// before a verb's bare form.
var collectiveNouns = map[string]bool{"handful": true, "collective": true}

// adjectiveEnding reports whether a lower-case word ends as English adjectives do
// ("mysterious", "final", "careful", "massive", "public", "notable", "endless").
func adjectiveEnding(w string) bool {
	return endsIn(w, "ous", "ful", "ive", "al", "ic", "able", "ible", "less", "ish", "ary")
}

// isCueVerb reports whether token k is a verb that attributes a content: a reporting verb
// (see isReportingVerb), or a verb of thinking after a subject.
func (s *segmenter) isCueVerb(k, lo int) bool {
	if s.backAdverb(k) || s.thinkTank(k) || s.subjectNoun(k, lo) || s.modifiedNoun(k, lo) {
		// "pulled the Gulf States back into the talks": an adverb; "Halden think tanks": a
		// noun's modifier; "Repeated calls for … have gone", "a mysterious figure who …": a
		// noun
		return false
	}
	if s.infinitiveObject(k, lo) {
		return false // "tried to soothe worries that …": the infinitive's object, a noun
	}
	if s.coordinatedModifier(k, lo) {
		return false // "A slowing economy and repeated scandals have …": an adjective
	}
	if s.isReportingVerb(k, lo) {
		return true
	}
	t := s.toks[k]
	if k > lo && s.contractedSubject(k-1) && t.flags&(ClassVerb|ClassThink) != 0 && !t.cap && t.clause == s.toks[k-1].clause &&
		(strings.HasSuffix(s.lowerWord(k), "ing") || s.participleForm(k) && (s.thatAhead(k) || s.clauseRightAfter(k))) {
		// "she’s hinting", "He’s argued that …", "He’s said he will run": the pronoun's
		// "’s" is "is" or "has", not a possessive; a past form with neither "that" nor a
		// clause right after it is a passive ("she’s expected to open a bakery", "he’s
		// told by the pilots that …", "he’s said to be ill"). Some with one are passives
		// too, whose content is no one's (see contractedPassive).
		return true
	}
	if t.flags&ClassVerb != 0 && !s.participle(k) && s.quantitySubject(k, lo).ok() {
		return true // "while another says …"
	}
	if t.flags&ClassThink == 0 || t.cap && k > lo && !s.inTitleCase(k) {
		return false
	}
	if s.withoutParticle(k) {
		return false // "pushed for", not "pushed"
	}
	if k > lo {
		if p := s.toks[k-1]; p.flags&ClassDet != 0 && p.flags&ClassSubject == 0 && !s.pronounDet(k) || p.poss ||
			s.pluralPossessive(k-1) || s.afterOther(k) {
			return false // "the plan", "Ruiz's plan", "the workers’ plan", "other plans"
		}
	}
	if t.flags&ClassWeak == 0 || s.thatClauseAfter(k) || s.quantitySubject(k, lo).ok() {
		return true
	}
	if k == lo {
		return false
	}
	if s.asideSubject(k, lo) {
		return true // "Ana Ruiz, who is rich, hopes …"
	}
	if s.subjectBeforeAdverbs(k, lo) {
		return true // "The guild largely supports …"
	}
	p := s.toks[k-1]
	if w := s.lowerWord(k); p.cap && p.flags&ClassSubject == 0 && s.lang.name == "english" && s.lang.verbBase(w) == w && !strings.HasSuffix(s.word(k-1), "s") {
		return false // "Russian plan": a bare form after a name that is not plural is a noun
	}
	return p.flags&(ClassSubject|ClassAux|ClassWho) != 0 || p.cap && p.clause == t.clause || s.pronounDet(k) ||
		!p.cap && p.clause == t.clause && p.flags&notName == 0 && (pluralNoun(s.word(k-1)) || s.singularThirdPerson(k))
}

// trailingSubordinateSubject returns the subject of a clause that a subordinator ("when",
// "after", "because" …) opens after the sentence's main clause, in the clause of "and" at
// token j, when its verb comes before j, its head is a name or a noun for people or a
// body, and the main clause before the subordinator has no verb of saying or thinking;
// the caller asks only when the sentence's subject is no such phrase (agentPhrase: "Marek
// wept when Ruiz won the vote and said he would retire" is Marek's): a verb after "and" shares that clause's subject ("The
// pact collapsed when the Kuomintang betrayed the deal and proclaimed …": the
// Kuomintang; but "Ruiz said the port would close when the storm hit and added …": Ruiz).
// passive tells that the clause is a passive ("as the passengers had been recruited and
// told …"): the verb after "and" has no source named.
func (s *segmenter) trailingSubordinateSubject(lo, j int) (n np, passive bool) {
	c := s.toks[j].clause
	for b := j - 1; b > lo && s.toks[b].clause == c && !s.toks[b].inq; b-- {
		if !frontedSubordinators[s.lowerWord(b)] {
			continue
		}
		n = s.npAfter(b+1, j)
		if !n.ok() || n.to >= j || !s.clauseHasVerb(n.from, n.to+1) {
			return np{}, false
		}
		if h := s.lowerWord(n.to - 1); !s.toks[n.to-1].cap && !s.peoplePlural(h) && s.toks[n.to-1].flags&(ClassOrg|ClassRole) == 0 {
			return np{}, false // "when the storm hit the bay and announced …": no speaker
		}
		for x := n.to; x < j; x++ {
			if isBe(s.lowerWord(x)) && x+1 < j && !strings.HasSuffix(s.lowerWord(x+1), "ing") {
				return np{}, true // "as the passengers had been recruited and told …": a passive, no speaker
			}
		}
		for x := lo; x < b; x++ {
			if !s.toks[x].inq && s.toks[x].flags&(ClassVerb|ClassThink) != 0 && s.isCueVerb(x, lo) {
				return np{}, false
			}
		}
		return n, false
	}
	return np{}, false
}

// agentPhrase reports whether phrase n names who may speak: its last word a name, a noun
// for people or a role, or a body.
func (s *segmenter) agentPhrase(n np) bool {
	if !n.ok() {
		return false
	}
	h := n.to - 1
	return s.toks[h].cap || s.agentHead(h) || s.peoplePlural(s.lowerWord(h)) // a record's plural too: "Documents …"
}

// coordinatedModifier reports whether the word in -ed at token k, right after "and" or
// "or" in a sentence with no verb before them, modifies the noun after it in a coordinated
// subject, whose verb follows the noun: "A slowing economy and repeated corruption
// scandals have tarnished …", not "Ruiz denied the charge and repeated that …".
func (s *segmenter) coordinatedModifier(k, lo int) bool {
	t := s.toks[k]
	if k-1 < lo || k+2 >= len(s.toks) || t.cap || t.inq || !strings.HasSuffix(s.lowerWord(k), "ed") {
		return false
	}
	if c := s.lowerWord(k - 1); c != "and" && c != "or" || s.toks[k-1].inq || s.toks[k-1].clause != t.clause {
		return false
	}
	if s.clauseHasVerb(lo, k-1) {
		return false // "Ruiz toured Halden, Vela and Brill and warned …"
	}
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		u := s.toks[j]
		if u.inq || u.clause != t.clause {
			return false
		}
		if s.finiteAt(j) {
			return j > k+1
		}
		if !s.contentWord(j) {
			return false // "… and asked if she could return": the verb's content, no noun
		}
	}
	return false
}

// infinitiveObject reports whether the word at token k, in -s, follows "to" and a word in
// lower case that no class claims (a verb's bare form), so that it is that verb's object,
// a plural noun, not a verb of its own ("tried to soothe worries that …", "moved to ease
// fears"; but "the evidence to date suggests", where "to date" is a phrase of time).
func (s *segmenter) infinitiveObject(k, lo int) bool {
	if k-2 < lo || s.lang.name != "english" {
		return false
	}
	w, v := s.lowerWord(k), s.toks[k-1]
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && s.lowerWord(k-2) == "to" && !s.toks[k-2].inq &&
		!v.cap && !v.inq && v.flags == 0 && !s.lyWord(k-1) && v.clause == s.toks[k].clause && s.lowerWord(k-1) != "date"
}

// contractedPassive reports whether the past form at token k after a pronoun with "’s"
// (see contractedSubject) is a passive, "is" and the form, though "that" or a clause
// follows it: after "it’s" ("it’s understood the talks will resume", "it’s said that …":
// an impersonal passive, as "it is said that …", though "it" may be a body that has
// said it), and for a verb that needs its addressee (addresseeVerbs) with "that" or a
// clause right after it, no addressee between ("she’s told the port will close", as "she
// is told …"; but "she’s told them that …" has told, and "he’s ordered that …" has
// ordered). The content is then no one's, as the uncontracted passive's is.
func (s *segmenter) contractedPassive(k int) bool {
	if k == 0 || !s.contractedSubject(k-1) || s.toks[k-1].clause != s.toks[k].clause || !s.participleForm(k) {
		return false
	}
	if s.toks[k-1].flags&ClassIt != 0 {
		return true
	}
	return addresseeVerbs[s.lang.verbBase(s.lowerWord(k))] &&
		(k+1 < len(s.toks) && !s.toks[k+1].inq && s.toks[k+1].clause == s.toks[k].clause && s.lowerWord(k+1) == "that" || s.clauseRightAfter(k))
}

// addresseeVerbs are the verbs of saying that need their addressee before a content in
// the active ("told them that …", never "told that …"): after one, "that" or a clause
// with no addressee between makes the verb a passive.
var addresseeVerbs = map[string]bool{"tell": true, "inform": true, "notify": true, "remind": true, "assure": true,
	"reassure": true}

// clauseRightAfter reports whether a clause starts right after token k, in its clause
// (see clauseAhead: "said he will run", "argued the port had lost"): the content of the
// verb at k, which has no "that" before it.
func (s *segmenter) clauseRightAfter(k int) bool {
	m := k + 1
	if m >= len(s.toks) || s.toks[m].inq || s.toks[m].clause != s.toks[k].clause {
		return false
	}
	return s.clauseAhead(m, s.sentenceEndTok(m))
}

// thatAhead reports whether "that" or a quotation follows the verb at token k in its
// clause within five words, with no "by", "of", "with" or "to" before it ("argued for
// months that …"; not "told by the pilots that …").
func (s *segmenter) thatAhead(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+6 && s.toks[j].clause == s.toks[k].clause; j++ {
		if s.toks[j].inq || s.toks[j].flags&ClassThat != 0 {
			return j > k+1 || s.toks[j].inq || s.lowerWord(j) == "that"
		}
		switch s.lowerWord(j) {
		case "by", "of", "with", "to":
			return false
		}
	}
	return false
}

// contractedSubject reports whether token j is a subject pronoun or a relative word
// followed by "’s", which after it is "is" or "has", never a possessive ("she’s", "who's",
// "it’s").
func (s *segmenter) contractedSubject(j int) bool {
	t := s.toks[j]
	return t.poss && !t.inq && t.flags&(ClassSubject|ClassWho) != 0
}

// pronounDet reports whether the determiner before token k stands alone as its subject
// ("Some said", "Many believe"), and k is not a noun's -s form after it ("some claims").
func (s *segmenter) pronounDet(k int) bool {
	if k == 0 || !pronominal[s.lowerWord(k-1)] || s.toks[k-1].clause != s.toks[k].clause {
		return false
	}
	w := s.lowerWord(k)
	return s.toks[k].flags&ClassWeak == 0 || s.lang.verbBase(w) == w
}

// singularThirdPerson reports whether token k is the -s form of a verb that is also a noun
// after a singular noun ("the president hopes", "the campaign claims"), which makes it the
// noun's verb.
func (s *segmenter) singularThirdPerson(k int) bool {
	if s.lang.name != "english" || k == 0 {
		return false
	}
	w, prev := s.lowerWord(k), s.lowerWord(k-1)
	return strings.HasSuffix(w, "s") && s.lang.verbBase(w) != w && !pluralNoun(prev) && s.contentWord(k-1) &&
		!strings.HasSuffix(prev, "ing") && k-2 >= 0 && s.toks[k-2].clause == s.toks[k].clause &&
		(s.toks[k-2].flags&ClassDet != 0 || s.toks[k-2].poss) // "the president hopes", "Varga's campaign claims"
}

// itPassive reports whether the passive cue at k has "it" for its subject ("It was
// reported that"), which attributes without a source.
func (s *segmenter) itPassive(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-4; j-- {
		if s.lowerWord(j) == "it" {
			return true
		}
	}
	return false
}

// complement returns the first token of the content of the cue verb at k (whose particle
// ends at e), before hi: after "that", "whether" or "if"; at "to" of an infinitive; after
// a preposition that opens the verb's content ("warned of"); or at the clause or object
// that follows, an addressee ("told reporters") and a time or place ("on Monday", "in a
// statement") passed over. It returns false when the verb has no content of its own there
// ("he said.", "said of the plan", "told the newspaper", "X said, “…”").
func (s *segmenter) complement(k, e, hi int) (int, bool) {
	base := s.lang.verbBase(s.lowerWord(k))
	m := e
	if s.nounBeforeBe(k, e, hi) || base == "observe" && s.observesNorm(e, hi) || s.combatSense(k, e, hi) {
		return 0, false // "the primary reason is cost", "what Ruiz said is false", "must observe the rules"
	}
	if tellVerbs[base] && m < hi && s.toks[m].inq && s.titleIn(m) {
		// A programme for addressee: "told “Morning Desk” on Sunday that …".
		for m < hi && s.toks[m].inq {
			m++
		}
		if m >= hi || s.toks[m].clause != s.toks[k].clause {
			return 0, false
		}
	} else if tellVerbs[base] && m < hi && !s.toks[m].inq {
		// The addressee: "told reporters", "told Channel Nine's Nico Brandt", "urged them",
		// "told her supporters" ("her" before a noun is a possessive, not the addressee).
		if s.objectPronoun(m) && !s.possessiveHer(m, hi) {
			m++
		} else if n := s.npAfter(s.figurePrefixEnd(m, hi), hi); n.ok() {
			n.from = m // "told at least 40 reporters", "told more than 200 supporters": the figure and its noun
			if n.to >= hi || s.toks[n.to].inq {
				return 0, false // "he told the newspaper."
			}
			if s.objectInfinitive(m, n.to, hi, base) {
				return m, true // "urged the industry to do more": the addressee and what it is urged to do
			}
			if u := s.toks[n.to]; u.flags&(ClassThat|ClassPrep|ClassTime|ClassSubject|ClassDet) != 0 || u.cap ||
				u.clause != s.toks[n.to-1].clause || s.lowerWord(n.to) == "to" || s.questionAfterAddressee(n.to, hi, base) || s.agoEnd(n.to, hi) > 0 {
				m = n.to // "told The Valdora Herald he was …", "asked Pell whether …"
			}
			if b := s.addresseeAsideEnd(n.to, hi); b > 0 {
				if s.toks[b].flags&ClassThat != 0 {
					return b + 1, true // "told lawmakers, who questioned him, that …"
				}
				return b, true // "told reporters, who asked about the port, it would close"
			}
		}
	}
	// Adverbs, times and places, and the medium: "repeatedly", "on Monday", "in a
	// statement", "Tuesday", "during the debate".
	preps := prepComplements[base]
	viaTo := false // an addressee after "to" passed over: only "that", a question word or a topic with "about" may follow
	for n := 0; n < 4 && m < hi; n++ {
		t := s.toks[m]
		if t.inq {
			break
		}
		w := s.lowerWord(m)
		if s.thereIs(m, hi) {
			break // "believes there are": the subject of its clause, not a place
		}
		if a := s.agoEnd(m, hi); a > 0 && (a >= hi || s.toks[a].flags&ClassPrep == 0 || s.toks[a].flags&ClassThat != 0 || mediumPreps[s.lowerWord(a)]) {
			// "said a year ago that …", "said two weeks earlier the pier …", "said two weeks
			// ago in a statement that …", "…, the Post reported ten days ago." (not before
			// another preposition: "said four years ago about the “plan” that …" keeps the
			// phrase, which may hold a quotation).
			m = a
			continue
		}
		if s.quantityOpens(m, hi) {
			// "said about half of the fund financed …", "said nearly 40 barges …": a
			// quantity, not a place, a time or an adverb of the verb.
			break
		}
		if a := s.atTimeEnd(m, hi); a > 0 {
			m = a // "said at the time the pier …", "said at one point that …"
			continue
		}
		if t.flags&(ClassTime|ClassMonth) != 0 || s.adverb(m) || placeAdverbs[w] {
			m++
			continue
		}
		if (w == "last" || w == "this" || w == "next" || w == "early" || w == "late") && m+1 < hi && s.toks[m+1].flags&(ClassTime|ClassMonth) != 0 {
			m += 2 // "last week"
			continue
		}
		if w == "by" && m == e && s.toks[k].flags&ClassVerb == 0 && s.participleForm(k) {
			return 0, false // "farm cooperatives backed by the province have …": a passive participle and its agent
		}
		if t.flags&ClassPrep != 0 && m+1 < hi && !s.toks[m+1].inq && s.toks[m+1].clause == t.clause && relativePronouns[s.lowerWord(m+1)] {
			if m == e {
				return m, true // "asked in which port the ferry sank": an indirect question
			}
			return 0, false // "ordered a crackdown in which about 40 people died": a relative clause of the object
		}
		if t.flags&ClassPrep != 0 && (w != "to" || s.toAddressee(m, hi)) && (!containsWord(preps, w) || s.adverbialPhrase(m, hi)) {
			viaTo = viaTo || w == "to"
			j := m + 1
			for j < hi && j-m < 8 && s.toks[j].clause == t.clause && (s.toks[j].inq && s.titleIn(j) || // "on Channel Nine's “Dawn Report” that …"
				!s.toks[j].inq &&
					!(j > m+1 && s.toks[j-1].flags&(ClassTime|ClassMonth) != 0 && s.toks[j].flags&ClassDet != 0) && // "on Sunday the plan …"
					!(j > m+1 && questionWords[s.lowerWord(j)]) && // "asked on Tuesday whether …"
					!s.clauseAfterMedium(j, m, hi) && // "said in a statement the pier would close"
					(s.toks[j].flags&(ClassThat|ClassVerb|ClassThink|ClassAux|ClassSubject|ClassPrep) == 0 || s.contentWord(j) ||
						ordinals[s.lowerWord(j)] && j > m+1 && s.toks[j-1].flags&ClassDet != 0 || s.nounEndingPhrase(j, m, hi))) {
				j++ // "in a Vargaesque post on Chirper": a weak verb after a determiner is a noun
			}
			if j == m+1 {
				return 0, false // "ordered troops in after he recognized …": a subordinate clause, not a content
			}
			m = j
			continue
		}
		break
	}
	if m >= hi || s.toks[m].inq && !s.quoteOpensClause(m, hi) {
		return 0, false
	}
	if viaTo && s.toks[m].flags&ClassThat == 0 && !clauseOpeners[s.lowerWord(m)] && !s.topicAfterAddressee(m, hi, preps) {
		return 0, false // "spoke to the crowd of …", "did not respond to requests"
	}
	if s.toks[m].inq {
		return m, true // "said “the next mayor” should pick the judge"
	}
	// "said, through an interpreter, that …", "said, in a statement, that …": a parenthesis
	// between the verb and its "that".
	if m == e && s.toks[m].clause != s.toks[k].clause {
		j := m
		for j < hi && j-m < 10 && s.toks[j].clause == s.toks[m].clause && !s.toks[j].inq {
			j++
		}
		if j < hi && j > m && s.toks[j].flags&ClassThat != 0 && s.toks[j].clause != s.toks[m].clause {
			m = j
		}
	}
	if m > e && s.toks[m].clause != s.toks[m-1].clause {
		// "said in a statement, …" or "said on Monday." : a comma after the adverbial.
		if s.toks[m].flags&ClassThat == 0 {
			return 0, false
		}
	}
	if m == e && s.toks[m].clause != s.toks[k].clause {
		return 0, false // "he said, and …": no content of the verb's own
	}
	t := s.toks[m]
	w := s.lowerWord(m)
	switch {
	case t.flags&ClassThat != 0 && (t.flags&ClassDet == 0 || !s.headAhead(m) || s.finiteAhead(m+1, hi)):
		// "said that …", and "said that “a patient farmer” can …": a content may open with a
		// quotation, whose words keep their voice.
		if m > e && !viaTo && s.mediumRelative(m, hi) {
			// "wrote in a note that was mailed to the board that …", "told reporters that
			// were waiting outside that …": the relative clause of the medium or the
			// addressee, then the verb's own "that", if any (not "said on Monday that was
			// the end of it": a pronoun; nor after "to", whose phrase may be the content:
			// "appeals to a crowd that has …").
			for j := m + 2; j < hi && j < m+14 && s.toks[j].clause == s.toks[m].clause && !s.toks[j].inq; j++ {
				if s.toks[j].flags&ClassThat != 0 && j+1 < hi {
					return j + 1, true
				}
			}
			// Without a "that" of the verb's own after it, "that" may as well be a
			// demonstrative ("told reporters that was expected"): a content.
		}
		if m+1 < hi && (!s.toks[m+1].inq || s.hasWords(m+1, hi)) {
			return m + 1, true
		}
		return 0, false
	case w == "whether" || w == "if" || w == "how" || w == "why" || w == "what":
		return m, m+1 < hi
	case s.questionPronoun(m, hi) && (m > e || !tellVerbs[base] || base == "ask"):
		// "did not say who would lead", "has not said which plan she backs", and "asked who
		// would pay" when no addressee comes between.
		return m, m+1 < hi
	case w == "to" && !containsWord(preps, "to"):
		if (base == "decline" || base == "refuse") && m+1 < hi && s.toks[m+1].flags&ClassVerb != 0 {
			if _, ok := s.complement(m+1, s.particleEnd(m+1, hi), hi); !ok {
				return 0, false // "declined to comment": no content here; refusalToSpeak gives "to comment"
			}
		}
		if infinitiveVerbs[base] && m+1 < hi && (s.toks[m+1].inq || s.toks[m+1].flags&(ClassDet|ClassSubject) == 0 && !s.toks[m+1].cap) {
			return m, true // "wants to …", "pledged to “carry our river campaign” to …"
		}
		return 0, false
	case containsWord(preps, w):
		if m+1 < hi && !s.toks[m+1].inq && s.toks[m+1].flags&(ClassTime|ClassMonth) == 0 && !s.anonymityAt(m) {
			return m + 1, true
		}
		return 0, false
	case s.thereIs(m, hi):
		return m, true // "said there were"
	case s.quantityOpens(m, hi):
		return m, true // "says too many ferries are …", "said about half of them were …"
	case t.flags&(ClassPrep|ClassConj|ClassWho) != 0 && t.flags&(ClassSubject|ClassDet) == 0, notComplement[w], s.adverb(m):
		return 0, false
	}
	if s.negativeObject(m, hi) {
		return 0, false // "the minister threatened no one", "promised nothing": no words reported
	}
	if n := s.objectAfter(m, hi); n.ok() && s.objectInfinitive(m, n.to, hi, base) {
		return m, true // "expected me to read it", "wants people in Port Halden to trust him"
	}
	if base == "see" && s.perceivedEvent(m, hi) {
		return 0, false // "saw its rivals' support decline": an event seen, no content
	}
	if asVerbs[base] {
		// "sees Mr. Bakari as beholden to …", "view the plan as a mistake": the object
		// and what it is seen as are the content.
		n := s.npAfter(m, hi)
		if s.objectPronoun(m) {
			n = np{m, m + 1} // "sees him as the stronger candidate", "sees himself as"
		}
		if n.ok() && n.to < hi && s.lowerWord(n.to) == "as" && s.toks[n.to].clause == s.toks[m].clause {
			return m, true
		}
	}
	if clauseVerbs[base] {
		// "added a warning that the port would close": a noun of speech and its clause.
		if j := s.speechNounThat(m, hi); j > 0 {
			return j, true
		}
	}
	if beliefVerbs[base] && !s.clauseAhead(m, hi) && s.clauseWithoutThat(m, hi) {
		// "experts think the case against the mayor is clear": a clause whose subject the
		// phrase reader does not take whole, with its finite verb.
		return m, true
	}
	if (s.toks[k].flags&ClassVerb == 0 && !supportVerbs[base] || clauseVerbs[base]) && !s.clauseAhead(m, hi) && !s.coordinatedSubjectAhead(m, hi) {
		// "Facebook found the posting", "knows the way home", "wants a new car", "trusts
		// his players": a verb of finding, knowing, believing or wanting with a plain
		// object, not a content.
		return 0, false
	}
	return m, true
}

// perceivedEvent reports whether the words from token m are an object and a verb in its
// bare form, as after a verb of perception: "saw its rivals' support decline", "sees the
// opposition keep its lead" (an event seen), not "sees the plan fails" nor "saw that
// prices fell" (a clause, what is believed). An object that opens with "a", "an", "no",
// "little" or a quantifier is left alone, and so is a word before "as": the noun may be
// what looks like the verb ("sees a sharp decline in exports", "sees the peace plan as
// a mistake": a view).
func (s *segmenter) perceivedEvent(m, hi int) bool {
	n := s.objectAfter(m, hi)
	if !n.ok() || n.to >= hi || s.toks[n.to].inq || s.toks[n.to].cap || s.toks[n.to].clause != s.toks[m].clause {
		return false
	}
	if f := s.lowerWord(n.from); f == "a" || f == "an" || f == "little" || f == "no" || quantifiers[f] {
		return false
	}
	if n.to+1 < hi && s.lowerWord(n.to+1) == "as" {
		return false // "sees the peace plan as a mistake": the noun's, what it is seen as
	}
	u, w := s.toks[n.to], s.lowerWord(n.to)
	return u.flags&(ClassVerb|ClassThink) != 0 && u.flags&(ClassPast|ClassAux|ClassPrep) == 0 && !modals[w] &&
		s.lang.verbBase(w) == w && !strings.HasSuffix(w, "ed")
}

// restrictiveInAside reports whether the cue verb at token k follows a restrictive
// relative "who" right after its source src, inside a clause that a comma and "which",
// "who" or "whose" open before src, after lo: a relative clause set off in the sentence,
// whose content ends with it.
func (s *segmenter) restrictiveInAside(src np, k, lo int) bool {
	w := src.to
	if w >= k || s.lowerWord(w) != "who" || s.toks[w].inq || s.commaBefore(w) {
		return false
	}
	for x := src.from - 1; x >= lo && !s.toks[x].inq; x-- {
		if s.commaBefore(x) {
			return s.toks[x].flags&ClassWho != 0 // the clause set off before src opens with a relative word
		}
	}
	return false
}

// thereIs reports whether token m is "there" as the subject of its clause: before a form
// of "be" or an auxiliary ("believes there are", "said there will be"), or contracted
// ("says there’s", read as "there" with a possessive 's).
func (s *segmenter) thereIs(m, hi int) bool {
	return s.lowerWord(m) == "there" && (s.toks[m].poss || m+1 < hi && (isBe(s.lowerWord(m+1)) || s.toks[m+1].flags&ClassAux != 0))
}

// titleIn reports whether token j, inside a quotation, is a word of a quoted title or
// name (Title), which a phrase of the verb's medium may hold ("said on Channel Nine's
// “Morning Desk” that …"), to be passed over as the phrase's words; the phrase goes on
// after it when the verb's own words follow.
func (s *segmenter) titleIn(j int) bool {
	pos := s.toks[j].start
	i, _ := slices.BinarySearchFunc(s.quotes, pos, func(q quote, p int) int { return cmp.Compare(q.openStart, p) })
	s.work++
	return i > 0 && s.quotes[i-1].start <= pos && pos < s.quotes[i-1].end && s.quotes[i-1].Voice == Title
}

// coordinatedSubjectAhead reports whether a clause whose subject joins noun phrases by
// "and", "or" or "nor" starts at token m, maybe after "both", "either" or "neither" ("both
// the bakery and the ferry are …", "the pilots and the bakers will …"): the phrases,
// then an auxiliary, a modal or a past form.
func (s *segmenter) coordinatedSubjectAhead(m, hi int) bool {
	b := m
	if w := s.lowerWord(m); (w == "both" || w == "either" || w == "neither") && m+1 < hi {
		b = m + 1
	}
	n := s.npAfter(b, hi)
	joined := false
	for i := 0; i < 3 && n.ok() && n.to+1 < hi && !s.toks[n.to].inq && s.toks[n.to].clause == s.toks[m].clause; i++ {
		if w := s.lowerWord(n.to); w != "and" && w != "or" && w != "nor" {
			break
		}
		n2 := s.npAfter(n.to+1, hi)
		if !n2.ok() || n2.from != n.to+1 {
			break
		}
		n.to, joined = n2.to, true
	}
	if !joined || n.to >= hi {
		return false
	}
	u := s.toks[n.to]
	return !u.inq && u.clause == s.toks[m].clause && s.auxAt(n.to)
}

// questionWords open an indirect question after a verb and the time or place that
// completes it ("asked on Tuesday whether …", "asked at the pier why …").
var questionWords = map[string]bool{"whether": true, "why": true, "how": true, "what": true}

// adverbialPhrase reports whether the preposition at token m, one that may open its verb's
// content ("insisted on", "argued for"), opens a time or a phrase of time before "that"
// instead: "insisted on Monday that …", "has argued for years that …".
func (s *segmenter) adverbialPhrase(m, hi int) bool {
	if m+1 >= hi || s.toks[m+1].inq || s.toks[m+1].clause != s.toks[m].clause {
		return false
	}
	if s.toks[m+1].flags&(ClassTime|ClassMonth) != 0 {
		return true
	}
	j := m + 1
	for j < hi && j < m+5 && !s.toks[j].inq && s.toks[j].clause == s.toks[m].clause && s.toks[j].flags&(ClassThat|ClassVerb|ClassThink|ClassAux|ClassPrep) == 0 {
		j++
	}
	// The phrase ends in a word of time or its plural ("for the past two years that …"); "insisted on the
	// levy that the council passed" has a noun and its relative clause.
	return j > m+1 && j+1 < hi && s.toks[j].flags&ClassThat != 0 && s.toks[j].clause == s.toks[m].clause && !s.headAhead(j) &&
		(s.toks[j-1].flags&(ClassTime|ClassMonth) != 0 || s.lang.classesOf(strings.TrimSuffix(s.lowerWord(j-1), "s"))&ClassTime != 0)
}

// toAddressee reports whether "to" at token m opens a phrase of whom words were addressed
// to ("argued in a letter to the board that …", "said to reporters that …"): a
// determiner, a name, a possessive or an object pronoun after it, not a verb. The caller
// takes it only before "that" or a question word.
func (s *segmenter) toAddressee(m, hi int) bool {
	if m+1 >= hi {
		return false
	}
	n := s.toks[m+1]
	if n.inq || n.clause != s.toks[m].clause {
		return false
	}
	return n.flags&ClassDet != 0 && n.flags&ClassSubject == 0 || n.cap && s.nameWord(m+1) || n.poss || s.objectPronoun(m+1) ||
		s.lowerWord(m+1) == "reporters"
}

// speechNounThat returns where the clause starts after a noun of speech (speechNouns)
// that opens at token m with at most a determiner and two modifiers before it, and "that"
// after it ("a warning that the port would close", "a stern warning that …"), or 0.
func (s *segmenter) speechNounThat(m, hi int) int {
	c := s.toks[m].clause
	for j := m; j < hi && j < m+4; j++ {
		t := s.toks[j]
		if t.inq || t.cap || t.clause != c || t.flags&(ClassPrep|ClassThat|ClassSubject|ClassConj) != 0 && !(j == m && t.flags&ClassDet != 0 && t.flags&ClassSubject == 0) {
			return 0
		}
		if _, ok := speechNouns[s.lowerWord(j)]; ok && j > m && j+2 < hi && s.lowerWord(j+1) == "that" && s.toks[j+1].clause == c &&
			!s.toks[j+1].inq && s.clauseAhead(j+2, hi) && !s.relativeThat(j+1, hi) {
			return j + 2
		}
	}
	return 0
}

// relativeThat reports whether "that" at token m, after a noun, opens a relative clause
// rather than the noun's content: a verb right after it ("a proposal that would alter the
// rules", "claims that are false"), or a subject and a verb that takes an object
// (gapVerbs) with none after it ("the argument that the rebels made was weak", "a concern
// that two senators would echo"). A content clause is complete: "the claim that he made
// mistakes", "his claim that he won is false".
func (s *segmenter) relativeThat(m, hi int) bool {
	if m+1 >= hi || s.toks[m+1].inq || s.toks[m+1].clause != s.toks[m].clause {
		return false
	}
	n := s.toks[m+1]
	if !n.cap && n.flags&(ClassAux|ClassPast|ClassNeg) != 0 && n.flags&(ClassPrep|ClassSubject|ClassDet) == 0 {
		return true
	}
	// The subject's words, then its auxiliaries and adverbs, then the verb.
	v := m + 2
	for v < hi && v < m+8 && !s.toks[v].inq && s.toks[v].clause == n.clause && s.toks[v].flags&(ClassAux|ClassPast|ClassVerb|ClassThink|ClassPrep|ClassThat|ClassWho) == 0 {
		v++
	}
	for v < hi && !s.toks[v].inq && s.toks[v].clause == n.clause && (s.toks[v].flags&(ClassAux|ClassNeg) != 0 || s.adverb(v)) {
		if isBe(s.lowerWord(v)) {
			return false // "that Mr. Voss would be named to the board": a passive has no object
		}
		v++
	}
	if v >= hi || s.toks[v].inq || s.toks[v].cap || s.toks[v].clause != n.clause || !gapVerb(s.lowerWord(v)) {
		return false
	}
	a := v + 1
	if a >= hi || s.toks[a].clause != s.toks[v].clause {
		return true
	}
	u := s.toks[a]
	return !u.inq && !u.cap && u.flags&(ClassAux|ClassPast|ClassPrep|ClassConj|ClassTime|ClassMonth) != 0 && u.flags&(ClassDet|ClassSubject) == 0
}

// gapVerb reports whether w is a form of one of the gapVerbs: the base, -s, -es, -d, -ed,
// or an irregular past.
func gapVerb(w string) bool {
	switch w {
	case "made", "heard", "sent", "brought", "denied", "echoes":
		return true
	}
	for _, suf := range []string{"", "s", "d", "ed", "es"} {
		if b, ok := strings.CutSuffix(w, suf); ok && gapVerbs[b] {
			return true
		}
	}
	return false
}

// gapVerbs take an object, so that a relative clause after a noun of speech leaves a gap
// after them ("the argument that the rebels made"), by base form.
var gapVerbs = map[string]bool{"make": true, "repeat": true, "offer": true, "raise": true, "echo": true, "use": true,
	"cite": true, "deliver": true, "hear": true, "reject": true, "accept": true, "dismiss": true,
	"deny": true, "level": true, "send": true, "issue": true, "push": true, "pursue": true, "share": true,
	"voice": true, "express": true, "float": true, "lodge": true, "file": true, "press": true, "tout": true,
	"air": true, "adopt": true, "embrace": true, "face": true, "ignore": true, "answer": true, "address": true,
	"receive": true, "publish": true, "present": true, "advance": true, "bring": true, "spread": true,
	"put": true, "post": true, "broadcast": true, "endorse": true, "support": true, "oppose": true}

// negativeObject reports whether token m, after a verb of saying, is a negative pronoun
// that is the verb's whole object and ends its clause ("the minister threatened no one.",
// "promised nothing."): the narrative denies that anything was said, and reports no words.
// Not the subject of a clause ("said no one was hurt"), nor a pronoun with words after it
// ("said nothing about the deal", "nothing new"), which PolNeAR may count as a content.
func (s *segmenter) negativeObject(m, hi int) bool {
	if s.lang.name != "english" {
		return false
	}
	j := m + 1
	switch s.lowerWord(m) {
	case "nothing", "nobody", "none", "no-one":
	case "no":
		if j >= hi || s.lowerWord(j) != "one" || s.toks[j].clause != s.toks[m].clause {
			return false
		}
		j++
	default:
		return false
	}
	return j >= hi || s.toks[j].inq || s.toks[j].clause != s.toks[m].clause
}

// objectPronoun reports whether token m is a personal pronoun in its object form ("him",
// "them", "herself").
func (s *segmenter) objectPronoun(m int) bool {
	return s.toks[m].flags&(ClassHe|ClassShe|ClassThey|ClassI|ClassIt) != 0 && s.toks[m].flags&ClassSubject == 0
}

// nounEndingPhrase reports whether token j, a verb's form inside the prepositional phrase
// that opens at token m, is the phrase's noun: after a determiner or a name, and ending
// its clause ("said on the show.", "said at one point.", "said in the White House
// briefing.").
func (s *segmenter) nounEndingPhrase(j, m, hi int) bool {
	if j <= m+1 || s.toks[j].flags&(ClassVerb|ClassThink) == 0 || s.toks[j].flags&(ClassAux|ClassSubject|ClassThat) != 0 {
		return false
	}
	p := s.toks[j-1]
	if p.flags&ClassDet == 0 && !(p.cap && !p.inq) && !isNumberWord(s.word(j-1)) && s.lowerWord(j-1) != "one" {
		return false
	}
	if j+1 < hi && !s.toks[j+1].inq && s.toks[j+1].clause == s.toks[j].clause && s.toks[j+1].flags&(ClassPrep|ClassConj) == 0 && s.toks[j+1].flags&ClassThat != 0 {
		// "on her blog that …", "in The Washington Post that …": a complementizer after
		// the noun, not a participle's ("in June charging that …"), a relative pronoun
		// before its verb ("for the show that did not get used") nor a determiner before a
		// time ("on her blog that morning").
		return !strings.HasSuffix(s.lowerWord(j), "ing") &&
			(j+2 >= hi || s.toks[j+2].flags&(ClassAux|ClassVerb|ClassTime) == 0)
	}
	return j+1 >= hi || s.toks[j+1].inq || s.toks[j+1].clause != s.toks[j].clause || s.toks[j+1].flags&(ClassPrep|ClassConj) != 0
}

// headAhead reports whether a noun follows determiner-or-complementizer token m in its
// clause ("that plan", not "that the").
func (s *segmenter) headAhead(m int) bool {
	if m+1 >= len(s.toks) || s.toks[m+1].clause != s.toks[m].clause {
		return false
	}
	n := s.toks[m+1]
	if n.cap || n.inq || n.flags&(notName|ClassVerb|ClassThink) != 0 || isBe(s.lowerWord(m+1)) {
		return false // "that “sealed” ledgers have been lost": a complementizer
	}
	// "that additional emails might", "that women owned": "that" before a plural is a
	// complementizer.
	k := m + 1
	for k+1 < len(s.toks) && s.toks[k+1].clause == n.clause && s.contentWord(k+1) && k-m < 4 {
		k++
	}
	return !pluralNoun(s.lowerWord(k)) && !pluralNoun(s.lowerWord(m+1))
}

// finiteAhead reports whether a finite verb (a modal, a form of "be", "have" or "do", or an
// irregular past) follows token m in its clause within a few words, so that a "that" before
// m opens a clause rather than a noun phrase: "believes that women who work late should
// be paid", "hopes that winning the state will help", not "denied that charge".
func (s *segmenter) finiteAhead(m, hi int) bool {
	for j := m; j < hi && j < m+11 && s.toks[j].clause == s.toks[m].clause && !s.toks[j].inq; j++ {
		if s.toks[j].flags&ClassPrep != 0 {
			continue
		}
		w := s.lowerWord(j)
		if modals[w] || (s.toks[j].flags&ClassPast != 0 || w == "have" || w == "are") && j > m {
			return true
		}
	}
	return false
}

// modals are the English modal verbs.
var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "should": true, "shall": true,
	"may": true, "might": true, "must": true, "won't": true, "wouldn't": true, "can't": true, "cannot": true,
	"couldn't": true, "shouldn't": true, "mustn't": true}

// clauseVerbs are reporting verbs whose object is not a content: only a clause after them
// is ("continued their work", "ordered troops into the city", "added two trucks").
var clauseVerbs = map[string]bool{"continue": true, "order": true, "command": true, "direct": true, "instruct": true,
	"hit": true, "shoot": true, "fire": true, "brief": true, "read": true, "post": true,
	"talk": true, "speak": true, "chat": true, "react": true, "welcome": true, "quote": true,
	"write": true, "maintain": true, "declare": true, "add": true}

// asVerbs are verbs of judging whose content is an object and what it is judged as ("see
// the plan as a mistake"), by base form.
var asVerbs = map[string]bool{"see": true, "view": true, "regard": true, "consider": true}

// supportVerbs take their content as an object ("endorsed Okafor", "supports the plan").
var supportVerbs = map[string]bool{"support": true, "endorse": true, "oppose": true, "favor": true, "favour": true,
	"back": true, "prefer": true, "seek": true, "urge": true, "discuss": true, "contemplate": true,
	"mull": true, "consider": true, "liken": true, "reaffirm": true}

// clauseAhead reports whether a clause starts at token m: a subject (a pronoun, or a noun
// phrase) followed by a verb form within a few words ("he is", "the plan would", "Okafor
// is").
func (s *segmenter) clauseAhead(m, hi int) bool {
	if s.toks[m].flags&ClassSubject != 0 || subjectContraction(s.lowerWord(m)) {
		return true
	}
	if demonstratives[s.lowerWord(m)] && m+1 < hi && !s.toks[m+1].inq && s.toks[m+1].clause == s.toks[m].clause &&
		s.auxAt(m+1) {
		return true // "hope this is …", "knows these were …": a demonstrative for subject
	}
	n := s.npAfter(m, hi)
	if !n.ok() || n.to >= hi {
		return false
	}
	u := s.toks[n.to]
	w := s.lowerWord(n.to)
	if participlesOnly[w] {
		// "added a rule taken from the charter": a participle after a noun, no finite
		// verb; but "knew the risks taken by the crew were high" has one further on, before
		// any clause of its own ("found the boat taken by the river after the storm had
		// passed" has none).
		if u.clause != s.toks[m].clause {
			return false
		}
		for j := n.to + 1; j < hi && j < n.to+12 && s.toks[j].clause == u.clause && !s.toks[j].inq; j++ {
			v := s.lowerWord(j)
			if frontedSubordinators[v] || s.toks[j].flags&(ClassThat|ClassWho) != 0 {
				return false
			}
			if modals[v] || s.toks[j].flags&ClassPast != 0 && s.toks[j].flags&ClassPrep == 0 || v == "have" || v == "are" {
				return true
			}
		}
		return false
	}
	return u.clause == s.toks[m].clause && (u.flags&(ClassAux|ClassPast|ClassNeg|ClassVerb|ClassThink) != 0 && u.flags&ClassPrep == 0 ||
		w == "to" && n.to+1 < hi && s.toks[n.to+1].flags&(ClassDet|ClassSubject) == 0 && !s.toks[n.to+1].cap || !u.cap && u.flags&notName == 0 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")))
}

// prepWithoutObject reports whether the verb at token k, a form in -ed, has right after it
// the preposition that its active form takes after an object (objectPreps: "accused of",
// "criticized for", "described as"), with no object between: right after a noun, it is
// a participle that describes the noun ("firms accused of funding the militia", "a plan
// described as reckless"), which is accused or judged, not accusing or judging, and by
// someone the sentence does not name there. The caller keeps the active reading after a
// pronoun ("officials they accused of …") or a relative word ("whom the mayor accused
// of"), which may stand further back than the subject ("the league, which last year Ana
// Ruiz blamed for …"): so a person's name in running text keeps it too, but not the name
// of a people ("Finns accused of spying") nor a headline's capitalized form ("Rower
// Accused Of …"). "Officials warned of delays" is active: "warn" takes its preposition
// without an object.
func (s *segmenter) prepWithoutObject(k, hi int) bool {
	w := s.lowerWord(k)
	if k+1 >= hi || !strings.HasSuffix(w, "ed") || s.toks[k+1].inq || s.toks[k+1].clause != s.toks[k].clause {
		return false
	}
	return containsWord(objectPreps[s.lang.verbBase(w)], s.lowerWord(k+1))
}

// relativeObjectBefore reports whether a relative or interrogative word that can be a
// verb's object stands right before token from ("what he described as", "whom the
// mayor accused of", "which critics branded as"): the noun phrase at from is then the
// verb's subject, and the verb active.
func (s *segmenter) relativeObjectBefore(from, lo int) bool {
	if from-1 < lo || s.toks[from-1].inq {
		return false
	}
	switch s.lowerWord(from - 1) {
	case "what", "whom", "which", "that", "who", "whoever", "whatever":
		return true
	}
	return false
}

// objectPreps are the verbs whose object comes before their preposition ("accused the
// firm of fraud", "praised her for the plan", "described it as a gamble"), with those
// prepositions, by base form.
var objectPreps = map[string]string{"accuse": "of", "charge": "with", "criticize": "for", "criticise": "for",
	"praise": "for", "blame": "for", "fault": "for", "credit": "with", "suspect": "of", "condemn": "for",
	"describe": "as", "label": "as", "brand": "as", "portray": "as", "denounce": "as", "hail": "as", "dismiss": "as"}

// makeForms are the forms of English "make".
var makeForms = map[string]bool{"make": true, "makes": true, "made": true, "making": true}

// idiomObject reports whether the verb at token k, its particle ending at e, and the
// words after it make an idiom with no content: "find it" and an adjective or a
// comparative before "to" ("found it hard to explain", "will find it harder to raise
// money": an experience, not a finding), and "put it" with no quotation and no colon in
// its clause after it ("put it gently", "put it bluntly"; a quotation or a colon there is
// left to the rules that read them).
func (s *segmenter) idiomObject(k, e, hi int) bool {
	if s.lang.name != "english" || e >= hi || s.toks[e].inq {
		return false
	}
	switch base := s.lang.verbBase(s.lowerWord(k)); {
	case base == "find":
		return s.lowerWord(e) == "it" && e+2 < hi && s.lowerWord(e+2) == "to" && !s.toks[e+1].cap &&
			s.toks[e+1].clause == s.toks[e].clause && s.toks[e+2].clause == s.toks[e].clause
	case e == k+2 && s.lowerWord(k+1) == "it" && base == "put":
		for j := e; j < hi && s.toks[j].clause == s.toks[e].clause; j++ {
			if s.toks[j].inq {
				return false
			}
		}
		return !strings.Contains(s.text[s.toks[e-1].end:s.toks[min(s.clauseEnd(e, hi), hi-1)].start], ":")
	}
	return false
}

// participlesOnly are English past participles that are no simple past: right after a
// noun, without an auxiliary, they open a reduced relative clause ("a rule taken from the
// charter", "the letters written by the council"), never the noun's finite verb.
var participlesOnly = map[string]bool{"gone": true, "done": true, "seen": true, "taken": true, "given": true,
	"known": true, "shown": true, "begun": true, "written": true, "spoken": true, "chosen": true, "broken": true,
	"stolen": true, "frozen": true, "driven": true, "risen": true, "fallen": true, "forgotten": true, "hidden": true,
	"eaten": true, "beaten": true, "drawn": true, "grown": true, "thrown": true, "flown": true, "worn": true, "torn": true}

// auxAt reports whether token j is a modal, an auxiliary or a past form, not a
// preposition: the verb after a clause's subject ("this is", "the bakery and the ferry
// are").
func (s *segmenter) auxAt(j int) bool {
	t := s.toks[j]
	return modals[s.lowerWord(j)] || t.flags&(ClassAux|ClassPast) != 0 && t.flags&ClassPrep == 0
}

// demonstratives stand alone as a clause's subject before its verb ("this is", "those
// were").
var demonstratives = map[string]bool{"this": true, "these": true, "those": true}

// subjectContraction reports whether w is a subject pronoun with its verb ("they’re",
// "he's", "I’ve").
func subjectContraction(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i <= 0 {
		return false
	}
	switch w[:i] {
	case "i", "we", "you", "they", "he", "she", "it", "there":
		return true
	}
	return false
}

// adverbialOnly reports whether tokens [lo, hi) are a fronted adverbial only, a time, an
// adverb or a prepositional phrase without a verb, after a conjunction or not ("In 2008,
// Varga said, the guild …", "But ultimately, experts say, …", "Earlier this week,
// …").
func (s *segmenter) adverbialOnly(lo, hi int) bool {
	if lo+1 < hi && s.toks[lo].flags&ClassConj != 0 && s.toks[lo].flags&(ClassSubject|ClassWho) == 0 && !s.toks[lo].inq {
		lo++ // "But ultimately, …", "And in 2008, …"
	}
	t := s.toks[lo]
	if connectives[s.lowerWord(lo)] && t.flags&ClassPrep == 0 {
		return hi == lo+1 // but "Besides the toll, …" is a preposition's phrase
	}
	if hi-lo > 6 || t.flags&ClassSubject != 0 || t.inq ||
		t.flags&(ClassPrep|ClassTime|ClassMonth) == 0 && !s.adverb(lo) && !frontAdverbs[s.lowerWord(lo)] &&
			!(timeModifiers[s.lowerWord(lo)] && lo+1 < hi && s.toks[lo+1].flags&(ClassTime|ClassMonth) != 0) {
		return false
	}
	for k := lo; k < hi; k++ {
		if u := s.toks[k]; u.inq || u.flags&(ClassAux|ClassPast|ClassVerb|ClassThink) != 0 && u.flags&ClassPrep == 0 && !frontAdverbs[s.lowerWord(k)] {
			return false
		}
	}
	return true
}

// frontAdverbs are the adverbs without -ly that open a sentence as its adverbial ("Earlier
// this week, …", "Soon after, …").
var frontAdverbs = map[string]bool{"earlier": true, "later": true, "soon": true, "now": true, "then": true,
	"again": true, "first": true, "already": true, "meanwhile": true, "moreover": true, "however": true,
	"instead": true, "yesterday": true, "today": true, "tomorrow": true, "tonight": true, "still": true, "even": true,
	"also": true, "once": true, "after": true, "afterward": true, "afterwards": true, "ultimately": true}

// connectives are adverbs that link a sentence to the one before ("Nonetheless, …");
// adverbialOnly reads one as an adverbial only alone: "Hence the delay, Ruiz said" and
// "Indeed the port thrives, Marek said" are contents.
var connectives = map[string]bool{"nonetheless": true, "nevertheless": true, "therefore": true, "thus": true,
	"furthermore": true, "besides": true, "indeed": true, "hence": true}

// placeAdverbs say where words were spoken ("said onstage", "told reporters online").
var placeAdverbs = map[string]bool{"onstage": true, "offstage": true, "backstage": true, "online": true,
	"overseas": true, "abroad": true, "aloud": true, "nearby": true, "afterward": true, "afterwards": true,
	"here": true, "there": true, "privately": true, "publicly": true}

// ordinals stand inside a time phrase after its determiner ("for the first time").
var ordinals = map[string]bool{"first": true, "second": true, "third": true, "last": true, "next": true,
	"same": true, "final": true}

// notComplement are words that open no content after a cue verb ("said because", "said
// so", "told him again").
var notComplement = map[string]bool{"because": true, "although": true, "though": true, "while": true, "whereas": true,
	"unless": true, "until": true, "since": true, "once": true, "as": true, "after": true, "before": true, "during": true,
	"so": true, "too": true, "again": true, "also": true, "then": true, "yet": true, "still": true, "here": true,
	"there": true, "otherwise": true, "instead": true, "anyway": true, "even": true, "just": true, "only": true,
	"first": true, "last": true, "later": true, "twice": true, "briefly": true, "out": true, "up": true, "back": true, "off": true, "away": true, "down": true,
	"afterward": true, "afterwards": true, "earlier": true, "often": true, "repeatedly": true, "again.": true}

// mediumRelative reports whether "that" at token m, after the medium or the addressee of a
// verb of saying, opens that noun's relative clause: a finite form of "be" and a
// participle after it, maybe after an adverb ("in a note that was mailed …", "told
// reporters that were waiting …", "that was later deleted"); not a demonstrative's clause
// ("told reporters that was not true", "said on Monday that was the end of it").
func (s *segmenter) mediumRelative(m, hi int) bool {
	if m+2 >= hi {
		return false
	}
	switch s.lowerWord(m + 1) {
	case "is", "are", "was", "were":
	default:
		return false
	}
	p := m + 2
	if tailAdverbs[s.lowerWord(p)] && p+1 < hi {
		p++ // "that was later deleted"
	}
	return s.participleForm(p) || s.participle(p)
}

// cueIn reports whether a reporting verb stands in tokens [a, b) outside quotations ("…, in
// a bulletin, which also reported that …").
func (s *segmenter) cueIn(a, b int) bool {
	for k := a; k < b; k++ {
		if !s.toks[k].inq && s.isReportingVerb(k, a) {
			return true
		}
	}
	return false
}

// containsWord reports whether the space-separated list holds w.
func containsWord(list, w string) bool {
	for _, x := range strings.Fields(list) {
		if x == w {
			return true
		}
	}
	return false
}

// trailing finds a trailing attribution ("…, officials said.", "…, said Smith on Monday.")
// or a parenthetical one ("The plan, Smith said, is …") after a comma or dash in tokens
// [lo, hi), and returns the content around it.
func (s *segmenter) trailing(lo, hi int) ([]Span, int) {
	for lo < hi && s.toks[lo].heading {
		lo++ // a heading in capitals before the sentence is no content
	}
	lo = s.afterRunInLabel(s.afterStamp(lo, hi), hi)
	for cs := hi - 1; cs > lo; cs-- {
		// A comma before the attribution, outside the quotation marks or inside them ("The
		// levy's defeat was “painful,” she said.").
		if s.toks[cs].clause == s.toks[cs-1].clause || s.toks[cs].inq || s.toks[cs-1].inq && cs-1 == lo {
			continue
		}
		gap := s.text[s.toks[cs-1].end:s.toks[cs].start]
		if !strings.ContainsAny(gap, ",—–") && !hasDash(gap) {
			continue
		}
		// A connective alone before the attribution opens the sentence, and the content
		// is after it ("Still, he said, the council has to choose …").
		connective := cs == lo+1 && !s.toks[lo].inq && (s.toks[lo].flags&(ClassConj|ClassFunc) != 0 || s.adverb(lo) || s.lowerWord(lo) == "no")
		// A single word before it is a content's subject only where the sentence goes on
		// after the attribution ("Time, Mr. Halden added, was running short").
		single := cs == lo+1 && !connective && !s.toks[lo].inq && s.toks[lo].flags&notName == 0
		if s.wordsBetween(lo, cs) < 2 && !connective && !single {
			continue
		}
		c, ok := s.cueAfter(cs, hi)
		if ok && c.from > cs && s.toks[c.from].clause != s.toks[cs].clause {
			// "…, records show, and historians agree": a verb of finding ends the clause
			// before the next clause's verb of saying.
			if c2, ok2 := s.thinkCueAfter(cs, hi); ok2 {
				c = c2
			}
		}
		if !ok {
			c, ok = s.thinkCueAfter(cs, hi)
		}
		if !ok || c.verb == "according to" || !sayVerbs[s.lang.verbBase(s.lowerWord(c.from))] || s.participle(c.from) {
			continue
		}
		if s.catenativeTo(c) {
			continue // "…, the Halden ferry service continued to lose money, and …": no attribution
		}
		if s.quoteCueAt(s.toks[c.from].start) && s.appositionBefore(lo, cs) && s.quotationIn(lo, cs) {
			continue // "“…,” the harbor board's spokesman, Tomas Brill, said": the quotation's own
		}
		if closed := s.commaBefore(c.from); c.src.ok() && c.src.from == cs && s.appositionStart(cs) && s.nameBeforeApposition(lo, cs, closed) {
			// "Ana Ruiz, the harbormaster of Halden, wrote in a memo.", "“…,” Ivo Marek, an
			// analyst at Halden Maritime, wrote": the name and its apposition are the
			// verb's subject, not a content and its source, when nothing of the verb's own
			// follows, or whatever follows when a comma closes the last apposition before
			// the verb ("“…” Ivo Marek, an analyst, said, in a letter, that “…”"; but "Mr. Ruiz,
			// his aides say, is …" and "Mr. Ruiz, his aides said, that …" are a content
			// and its source).
			if tail, ok := s.attributionTail(c.to, hi, tellVerbs[s.lang.verbBase(s.lowerWord(c.from))]); ok && (tail >= hi || !s.hasWords(tail, hi) || closed) {
				continue
			}
		}
		if c.src.ok() && c.src.from == cs && c.src.to == c.from && s.appositionStart(cs) && s.commaBefore(c.from) {
			// "The plan will fail, Ana Ruiz, the mayor, said.": the name before the
			// apposition, which commas set off, is the source, not the content's last words
			// (not "…, Ivo Marek, his aides said", "…, Tal Oren, the spokesman said": no
			// comma before the verb).
			if p, ok := s.nameClauseBefore(lo, cs); ok {
				c.src, cs = np{p, cs}, p
			}
		}
		described := 0 // where a description of the source before it starts
		if c.src.ok() && c.src.from == cs && c.src.to == c.from && s.toks[cs].cap && s.commaBefore(c.from) {
			// "The plan will fail, the mayor of Halden, Ana Ruiz, said.", "…, the union,
			// Harbor Workers United, said": a description before the name, which commas
			// set off (the one before the verb too: not "Tomas Brill, the harbormaster,
			// Vela said, will …"), is the source's, not the content's last words.
			if p, ok := s.descriptionClauseBefore(lo, cs); ok {
				described = p
			}
		}
		// The attribution opens the clause: its source ("…, Smith said") or its verb
		// ("…, said Smith").
		if c.from > cs+1 && (!c.src.ok() || c.src.from > cs && c.src.to == c.from) && s.toks[c.from].flags&ClassWeak == 0 &&
			s.lowerWord(c.from-1) != "to" && s.plainSubject(cs, c.from) {
			// "…, union members and leaders say.", "…, two people familiar with the talks
			// said.": a source joined by "and" or counted, which the phrase reader does
			// not take whole.
			c.src = np{cs, c.from}
		}
		if c.src.ok() && c.src.from >= c.to && c.src.to-c.src.from == 1 && !s.toks[c.src.from].cap && notSources[s.lowerWord(c.src.from)] {
			continue // "Ruiz, at the hearing, said nothing": an object, not an inverted source (but "said Little": a name)
		}
		end := c.to
		switch {
		case c.src.ok() && c.src.from == cs:
		case c.from == cs && (s.subjectAside(lo, cs) || s.subjectRelative(lo, cs) && !(c.src.ok() && c.src.from >= c.to && c.src.to < len(s.toks) &&
			strings.Contains(s.text[s.toks[c.src.to-1].end:s.toks[c.src.to].start], ","))):
			continue // "Varga, for example, said the tour …": the verb of the subject before the aside
		case c.from == cs && c.src.ok() && c.src.from >= c.to && !s.verbIn(lo, s.clauseEnd(lo, cs)) &&
			(s.finiteIn(c.src.from, c.src.to) || s.npThenAside(lo, cs) && s.relativeThenVerb(c.src.to, hi)):
			// "Ruiz, the director, said the workers earned little": after a subject and its
			// apposition, the verb's clause, not its source, also when a relative clause
			// stands between its subject and its verb ("said the talks, which both sides
			// joined, had stalled"); after a clause, the phrase is the source ("The strike
			// will go on, said a nurse trained abroad").
			continue
		case c.from == cs && c.src.ok() && c.src.from >= c.to && !(s.lowerWord(c.from) == "say" && s.commaBefore(c.from+1)):
			end = c.src.to // not ", say, single digits": an aside
		default:
			continue
		}
		if described > 0 {
			cs = described
		}
		if c.src.ok() && c.src.from >= c.to && end == c.src.to && end < hi && !s.toks[end].inq &&
			s.toks[end].flags&ClassWho != 0 && s.toks[end].clause == s.toks[end-1].clause && s.verbIn(lo, cs) {
			// "The strike goes on, said farmers who sell at the market.": after a clause, a
			// relative clause that restricts the inverted source, without a comma, is the
			// source's, not a content (but "Ruiz, a teacher, said the farmers who sold
			// there had left": after a subject and its apposition, a content's subject);
			// not one with a second finite verb ("…, said the farmers who left had paid
			// nothing": a content's subject).
			if re := s.clauseEnd(end, hi); s.relativeContentEnd(end, re) == re {
				end = re
			}
		}
		if s.pronounJoined(c.src) {
			// "…, she and an aide said": the source's extent, but no speaker rather than a
			// phrase with a pronoun the resolver cannot stand for.
			c.src = np{}
		}
		tail, ok := s.attributionTail(end, hi, tellVerbs[s.lang.verbBase(s.lowerWord(c.from))])
		if !ok || single && (tail >= hi || !s.hasWords(tail, hi)) {
			continue
		}
		if c.src.ok() && c.src.from >= c.to && tail < hi && (s.lowerWord(tail) == "who" || s.lowerWord(tail) == "whose") {
			// "The port, said Ruiz, who chairs the board, will close": the relative clause
			// set off by commas is the inverted source's; a content split after its subject
			// goes on after it (not after a clause: "The port will close, said Ruiz, whose
			// firm owns the pier, in a statement").
			if re := s.relativeEnd(tail, hi); re < hi && !s.verbIn(lo, cs) {
				tail = re
			}
		}
		if tail < hi && s.toks[tail].inq && (s.verbIn(lo, cs) || s.lowerWord(lo) == "to") {
			continue // the quotation goes on a subject only, not a clause or a purpose ("To …, she said, “…”")
		}
		rest := hi
		if tail < hi && s.toks[tail].inq {
			// "The plan, Ms. Pell said, “will fail,” and she walked out": the narrative
			// after the quotation is the author's from a clause with a subject of its own.
			if q := s.quoteEnd(tail, hi); s.clauseAfter(q, hi) {
				rest = q
			}
		}
		var out []Span
		fronted := connective || s.adverbialOnly(lo, cs) || clauseSubordinators[s.lowerWord(cs-1)]
		if s.hasWords(lo, cs) && !fronted {
			out = append(out, s.content(lo, cs, c))
		}
		if len(out) > 0 && tail+1 < hi && s.toks[tail].clause != s.toks[tail-1].clause && s.coordinateClause(tail, hi) {
			if _, ok := s.cueAfter(tail+1, hi); ok {
				return out, tail + 1 // "…, Ruiz said, and experts say …": a clause of its own
			}
			// "The levy failed, officials said, and it will not return": a clause without
			// a cue of its own goes on with what the source said.
			sp := s.content(tail+1, hi, c)
			sp.Continued = true
			return append(out, sp), hi
		}
		inverted := c.src.ok() && c.src.from >= c.to
		if tail < hi && s.hasWords(tail, hi) && !s.anonymityAt(tail) && (fronted || !inverted || !s.appositionStart(tail) && !(s.toks[tail].poss && s.toks[tail].cap)) && !s.participle(tail) &&
			!(tail > end && s.lowerWord(tail) == "which" && s.verbIn(lo, cs) && !s.cueIn(tail+1, s.clauseEnd(tail, hi))) && // "…, Ruiz wrote in a note, which was mailed …": the medium's, after a clause
			!(len(out) > 0 && s.verbIn(lo, cs) && s.summaryApposition(tail, hi)) {
			// ", said Jo Lee, Chirper's director of …": a possessive name opens an apposition too.
			// "The plan, Smith said, would cost too much"; but in "…, he said, wiping his
			// face" the participle is the speaker's, not the content's.
			if len(out) > 0 {
				if from := s.subjectSegment(lo, cs); from > lo {
					// "Linked by a canal, the twin towns, Vela said, now trade more fish":
					// the content's subject, not the clause or modifier before it.
					out[0] = s.content(from, cs, c)
				}
			}
			sp := s.content(tail, rest, c)
			sp.Continued = len(out) > 0
			out = append(out, sp)
		}
		return out, rest
	}
	return nil, hi
}

// subjectSegment returns where the subject of a content split by a parenthetical
// attribution begins, in tokens [lo, cs) before it, when a clause or a fronted modifier
// comes first: the last part of [lo, cs) that commas or dashes set off is a noun phrase,
// after "and" or "but" if one opens it, and before it the sentence opens with a
// participle or a preposition, or a part holds a verb that is no relative clause's nor a
// participle's aside ("Linked by an old canal, the twin towns, Vela said, now trade
// more"; "Snow closed the pass for a week — the road, the county said, will reopen on
// Monday"; "Brill, a baker, sold the shop, and the new owners, Vela said, closed it").
// Else lo: "Ana Ruiz, the mayor, Smith said, would resign" keeps the name and its
// apposition, "United Airlines, the largest carrier, …", "Ana Ruiz, who was elected in
// May, and her deputy, …" and "Ana Ruiz, appointed in May, and her deputy, …" their
// subjects whole.
func (s *segmenter) subjectSegment(lo, cs int) int {
	seg := cs - 1
	for seg > lo && s.toks[seg-1].clause == s.toks[cs-1].clause {
		seg--
	}
	if seg <= lo || s.toks[seg].inq {
		return lo
	}
	f := seg
	if w := s.lowerWord(f); (w == "and" || w == "but") && f+1 < cs {
		f++
	}
	if n := s.npBefore(cs-1, f); !n.ok() || n.from != f {
		return lo
	}
	if s.toks[lo].flags&ClassPrep != 0 && s.toks[lo].flags&ClassSubject == 0 || s.frontedParticiple(lo) {
		return f
	}
	for a := lo; a < seg; {
		b := s.clauseEnd(a, seg)
		aside := s.toks[a].flags&ClassWho != 0 || a > lo && !s.toks[a].cap && participleEnding(s.lowerWord(a))
		if !aside && s.verbIn(a, b) {
			return f // "Brill, a baker, sold the shop in 2019, and the new owners, …"
		}
		a = b
	}
	return lo
}

// frontedParticiple reports whether token k, opening a sentence, is a participle that
// opens a modifier of the subject after it ("Linked by a canal, …", "Sharing one harbor,
// …", "Standing together, …"): a word in -ed or -ing followed in its clause by a preposition,
// a determiner or an adverb, in lower case (not "United Airlines", "Ahmed Saleh",
// "Beijing and Halden", "Shipping firms").
func (s *segmenter) frontedParticiple(k int) bool {
	if w := s.lowerWord(k); !participleEnding(w) || len(w) < 5 {
		return false
	}
	if k+1 >= len(s.toks) || s.toks[k+1].inq || s.toks[k+1].cap || s.toks[k+1].clause != s.toks[k].clause {
		return false
	}
	u := s.toks[k+1]
	return u.flags&(ClassPrep|ClassDet) != 0 && u.flags&(ClassConj|ClassSubject) == 0 || s.adverb(k+1) || s.lowerWord(k+1) == "together"
}

// participleEnding reports whether the word w, in lower case, ends as a regular
// participle does: in -ed or -ing.
func participleEnding(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

// afterRunInLabel returns the first token after a short lead-in that opens the sentence
// of tokens [lo, hi) before a colon: one to three words, the first capitalized, then a
// colon and a capitalized word, or lo. A run-in label ("Rail fares: Vela, whose …,
// said …") or a speaker's lead-in ("Vela warned: Taxes will rise, she said") so stands
// apart from the sentence after it, whose subject and its asides begin after the colon.
func (s *segmenter) afterRunInLabel(lo, hi int) int {
	if lo >= hi || !s.toks[lo].cap || s.toks[lo].inq {
		return lo
	}
	for j := lo; j+1 < hi && j < lo+3; j++ {
		if s.toks[j+1].inq {
			return lo
		}
		gap := s.text[s.toks[j].end:s.toks[j+1].start]
		if gap == ": " {
			if s.toks[j+1].cap {
				return j + 1
			}
			return lo
		}
		if strings.TrimSpace(gap) != "" {
			return lo
		}
	}
	return lo
}

// catenativeTo reports whether the verb of cue c is one of the catenatives and the token
// right after the cue is "to", outside quotation marks and in the verb's clause. trailing
// keeps only verbs of saying before it asks, so there only "continue" is concerned: "The
// Halden ferry service continued to lose money, and the council sold it" attributes
// nothing, while "…, Ana Ruiz continued, and …" still does.
func (s *segmenter) catenativeTo(c cue) bool {
	return c.to < len(s.toks) && catenatives[s.lang.verbBase(s.lowerWord(c.from))] && s.lowerWord(c.to) == "to" &&
		!s.toks[c.to].inq && s.toks[c.to].clause == s.toks[c.from].clause
}

// quoteEnd returns the first token at or after k outside quotation marks, or hi.
func (s *segmenter) quoteEnd(k, hi int) int {
	for k < hi && s.toks[k].inq {
		k++
	}
	return k
}

// clauseAfter reports whether token k, outside quotation marks, is a conjunction or a
// subordinator that opens a clause with a subject of its own ("and she walked out",
// "before she left"), not a phrase ("in the valley") or a verb that shares the subject
// before it ("and walked out").
func (s *segmenter) clauseAfter(k, hi int) bool {
	if k+1 >= hi || s.toks[k].inq || s.toks[k+1].inq {
		return false
	}
	switch w := s.lowerWord(k); {
	case w == "and" || w == "but" || w == "yet" || w == "or" || w == "as" || clauseSubordinators[w]:
	default:
		return false
	}
	return s.toks[k+1].flags&ClassThat == 0 && s.clauseAhead(k+1, hi)
}

// coordinateClause reports whether token k opens a clause of its own after a
// conjunction: "and", "but" or "yet", then a subject and its verb ("and experts say it is
// worth less", "but the senator has vowed to fight on").
func (s *segmenter) coordinateClause(k, hi int) bool {
	switch s.lowerWord(k) {
	case "and", "but", "yet":
	default:
		return false
	}
	return !s.toks[k].inq && k+1 < hi && !s.toks[k+1].inq && s.toks[k+1].flags&ClassThat == 0 && s.clauseAhead(k+1, hi)
}

// subjectAside reports whether tokens [lo, cs) are a noun phrase and an adverbial set off
// by commas after it ("Ruiz, for example,", "Judge Lee, in her dissent,"): the subject
// of the verb at cs, not a content before an inverted attribution.
func (s *segmenter) subjectAside(lo, cs int) bool {
	st := s.clauseStart(cs-1, lo)
	if st <= lo || st >= cs || !s.adverbialOnly(st, cs) && !(cs-st == 1 && discourseAdverbs[s.lowerWord(st)]) {
		return false
	}
	n := s.npBefore(st-1, lo)
	return n.ok() && n.from == lo && n.to == st
}

// subjectRelative reports whether tokens [lo, cs) are a noun phrase and a relative clause
// set off after it by a comma ("The mayor, who said the plan would fail, announced …"):
// the verb at cs is that phrase's, not an attribution after a content (unless its source
// follows it, set off by a comma: "The levy, which took effect in May, said Ruiz, has
// hurt farmers").
func (s *segmenter) subjectRelative(lo, cs int) bool {
	st := s.clauseStart(cs-1, lo)
	if st <= lo || st >= cs || s.toks[st].inq || s.toks[st].flags&ClassWho == 0 || !s.commaBefore(st) {
		return false
	}
	n := s.npBefore(st-1, lo)
	return n.ok() && n.from == lo && n.to == st
}

// clauseWhich reports whether "which" at token j, set off by a comma, stands for the
// clause before it and not for the plural noun that ends it, since the verb at k right
// after it is singular: "The tax benefits farmers, which supports the view …" has for
// source no phrase of the sentence.
func (s *segmenter) clauseWhich(j, k int) bool {
	if s.lang.name != "english" || k != j+1 || j < 1 || s.lowerWord(j) != "which" || !s.commaBefore(j) || s.toks[j-1].inq || s.toks[j-1].cap {
		return false
	}
	w := s.lowerWord(k)
	noun := s.lowerWord(j - 1)
	if strings.HasSuffix(noun, "ics") || noun == "news" || noun == "series" || noun == "species" {
		return false // singular in -s: "studied economics, which shows …"
	}
	return strings.HasSuffix(w, "s") && s.lang.verbBase(w) != w && pluralNoun(noun)
}

// phoneCall reports whether "call" at token k, with its object at token m, is a
// telephone call: a person's name, a counted group or an object pronoun (personObjects)
// for object, and after it no name for it (a noun phrase or a quotation: "called Ortiz a
// liar", "called him “a fraud”") but the end of the clause, a time ("on Tuesday"), an
// adverb, "to" and a verb, "and" and a verb, "after" or "before" ("called Ortiz to
// congratulate him", "called her and asked …", "called both mayors Friday night";
// not "called Ortiz and Diaz liars").
func (s *segmenter) phoneCall(k, m, hi int) bool {
	if s.lang.verbBase(s.lowerWord(k)) != "call" || m >= hi || s.toks[m].inq {
		return false
	}
	var n np
	if personObjects[s.lowerWord(m)] {
		n = np{m, m + 1}
	} else if n = s.npAfter(m, hi); !n.ok() || !s.toks[n.to-1].cap && !quantifiers[s.lowerWord(m)] {
		return false
	}
	a := n.to
	if a >= hi || s.toks[a].clause != s.toks[m].clause {
		return true
	}
	u := s.toks[a]
	switch w := s.lowerWord(a); {
	case u.inq:
		return false
	case u.flags&(ClassTime|ClassMonth) != 0 || s.adverb(a) || w == "after" || w == "before" || w == "shortly" || w == "late" || w == "early":
		return true
	case w == "and":
		return a+1 < hi && s.toks[a+1].clause == u.clause && !s.toks[a+1].inq && !s.toks[a+1].cap &&
			(s.toks[a+1].flags&(ClassVerb|ClassThink|ClassAux|ClassPast) != 0 && s.toks[a+1].flags&ClassPrep == 0 ||
				strings.HasSuffix(s.lowerWord(a+1), "ed")) // "called Ortiz and asked …", not "and Diaz liars"
	case w == "to" && a+1 < hi && !s.toks[a+1].cap && s.toks[a+1].flags&(ClassDet|ClassSubject) == 0:
		return true
	case u.flags&ClassPrep != 0 && a+1 < hi && s.toks[a+1].flags&(ClassTime|ClassMonth) != 0:
		return true // "on Tuesday"
	}
	return false
}

// personObjects are the object pronouns that may stand for the person called.
var personObjects = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "you": true}

// summaryApposition reports whether the words at token m, after a content and its
// trailing attribution, are a noun phrase that sums the content up, with a relative
// clause ("…, Okafor said, a rule that would make it simpler …", "…, officials said,
// a move which …"): the author's words on the content, not more of it. The caller asks
// only where the words before the attribution hold a verb (see verbIn): after a subject
// alone, the sentence goes on ("The plan, Ruiz said, a scheme that …, would fail").
func (s *segmenter) summaryApposition(m, hi int) bool {
	if w := s.lowerWord(m); w != "a" && w != "an" || s.toks[m].inq {
		return false
	}
	n := s.npAfter(m, hi)
	return n.ok() && n.to < hi && s.toks[n.to].flags&(ClassThat|ClassWho) != 0 && s.toks[n.to].clause == s.toks[m].clause
}

// timeModifiers make a time of a time word after them ("last week", "early Monday").
var timeModifiers = map[string]bool{"last": true, "this": true, "next": true, "early": true, "late": true}

// plainSubject reports whether tokens [a, v) can be a subject only: names, nouns,
// numbers, determiners, "and", and the words that join a noun to its complement ("two
// people familiar with the talks"), at most eight, in one clause.
func (s *segmenter) plainSubject(a, v int) bool {
	if v-a > 8 {
		return false
	}
	for k := a; k < v; k++ {
		t := s.toks[k]
		w := s.lowerWord(k)
		if t.flags&ClassSubject != 0 && t.flags&(ClassVerb|ClassThink|ClassAux|ClassPast|ClassWho|ClassThat) == 0 && !t.inq && t.clause == s.toks[a].clause &&
			(k+1 < v && s.lowerWord(k+1) == "and" || k > a && s.lowerWord(k-1) == "and") {
			continue // "she and an aide said": a pronoun joined to the source by "and"
		}
		if t.inq || t.clause != s.toks[a].clause || t.flags&(ClassVerb|ClassThink|ClassAux|ClassPast|ClassSubject|ClassWho|ClassThat) != 0 && t.flags&(ClassTitle|ClassRole|ClassOrg) == 0 {
			return false
		}
		if strings.HasSuffix(w, "ing") || !(w == "and" || s.contentWord(k) || s.nameWord(k) || s.quantity(k) || t.poss || postnominal[w] ||
			t.flags&(ClassDet|ClassTitle|ClassRole|ClassOrg) != 0 || k > a && (w == "with" || w == "to" || w == "of" || w == "for")) {
			return false
		}
	}
	return true
}

// anonymityAt reports whether the words at token k are the condition a source spoke on
// ("on condition of anonymity", "on the condition that he not be named"), which is no
// content.
func (s *segmenter) anonymityAt(k int) bool {
	if k < len(s.toks) && s.lowerWord(k) == "on" {
		k++
	}
	if k < len(s.toks) && s.lowerWord(k) == "the" {
		k++
	}
	return k < len(s.toks) && s.lowerWord(k) == "condition"
}

// anonymityRequest reports whether the verb at token k asks not to be named, the terms
// a source spoke on, not a content: "asked", "requested" or "insisted" before "not to
// be", an adverb in -ly or none, and "named", "identified" or "quoted" ("who asked not
// to be identified because …", "asked not to be publicly named", "… named as a
// source", "… named as he was not authorized to speak"), unless "as" and a noun of a
// party to a case follow it (otherRequestNouns: "asked not to be named as a defendant"
// asks something else). A refusal ("who declined to be identified") stays one, as
// PolNeAR annotates refusals (see refusal.go).
func (s *segmenter) anonymityRequest(k, hi int) bool {
	switch s.lang.verbBase(s.lowerWord(k)) {
	case "ask", "request", "insist":
	default:
		return false
	}
	j := k + 1
	if j+3 >= hi || s.lowerWord(j) != "not" || s.lowerWord(j+1) != "to" || s.lowerWord(j+2) != "be" {
		return false
	}
	j += 3
	if s.adverb(j) && j+1 < hi {
		j++ // "not to be publicly named"
	}
	if s.toks[j].inq {
		return false
	}
	if j+2 < hi && s.lowerWord(j+1) == "as" {
		if n := s.npAfter(j+2, hi); n.ok() && otherRequestNouns[s.lowerWord(n.to-1)] {
			return false // "asked not to be named as a defendant"; but "… as a source", "… as he was not authorized"
		}
	}
	switch s.lowerWord(j) {
	case "named", "identified", "quoted":
		return true
	}
	return false
}

// otherRequestNouns are the parties to a case or a dispute that a request not to be
// named as one of is no anonymity ("asked not to be named as a defendant").
var otherRequestNouns = map[string]bool{"defendant": true, "suspect": true, "witness": true, "plaintiff": true,
	"party": true, "target": true, "respondent": true, "co-defendant": true, "co-conspirator": true, "accomplice": true}

// thinkCueAfter reads a trailing attribution by a verb of thinking or finding, its subject
// opening the clause at token a ("…, the poll found.", "…, records show.", "…, he
// believes."): verbs that attribute no quotation, so cueAfter passes them over.
func (s *segmenter) thinkCueAfter(a, hi int) (cue, bool) {
	for k := a + 1; k < hi && k < a+10; k++ {
		t := s.toks[k]
		if t.inq || t.clause != s.toks[a].clause {
			break
		}
		if t.flags&ClassThink == 0 || t.flags&ClassVerb != 0 || !s.isCueVerb(k, a) {
			continue
		}
		src, passive := s.subjectOf(k, a)
		if passive || !src.ok() || src.from != a {
			break
		}
		// Nothing but a time or an adverb after the verb before its clause ends: "we think
		// about the number" and "authorities worried by …" have an object of their own.
		e := s.particleEnd(k, hi)
		for j := e; j < hi && s.toks[j].clause == t.clause; j++ {
			if s.toks[j].inq || s.toks[j].flags&(ClassTime|ClassMonth) == 0 && !s.adverb(j) {
				return cue{}, false
			}
		}
		return cue{src: src, from: k, to: e, verb: strings.ToLower(s.span(k, e))}, true
	}
	return cue{}, false
}

// attributionTail returns the end of what trails an attribution's cue and source from token
// k: times, adverbs, prepositional phrases ("in a statement", "on Monday", "of the plan")
// and, after a verb such as "told", the addressee; it reaches the sentence's end (hi) or a
// comma after which the sentence goes on. It returns false when something else follows
// (an object, a clause): then the cue has a content of its own.
func (s *segmenter) attributionTail(k, hi int, addressee bool) (int, bool) {
	viaPrep := false // a phrase of the medium passed: "in a note that was mailed …" is its relative clause
	if addressee && k < hi && !s.toks[k].inq {
		if n := s.npAfter(k, hi); n.ok() {
			k = n.to
		}
	}
	if k < hi && k > 0 && s.toks[k].inq && !s.toks[k-1].inq && s.commaBefore(k) && !s.toks[k].cap && !isNumberWord(s.word(k)) {
		// "The cost, Ms. Pell said, “is a waste” in the valley": a quotation that opens in
		// lower case after a parenthetical attribution goes on with the content before it.
		return k, true
	}
	for k < hi {
		t := s.toks[k]
		switch {
		case t.inq && k > 0 && !s.toks[k-1].inq && (s.toks[k-1].flags&(ClassPrep|ClassDet) != 0 || s.toks[k-1].poss):
			// A quoted name in the medium: "on Channel Nine's “Dockside Daily”".
			for k < hi && s.toks[k].inq {
				k++
			}
		case t.inq:
			return k, false
		case k > 0 && t.clause != s.toks[k-1].clause:
			return k, true
		case s.agoEnd(k, hi) > 0 && (s.agoEnd(k, hi) >= hi || s.toks[s.agoEnd(k, hi)].clause != t.clause || mediumPreps[s.lowerWord(s.agoEnd(k, hi))]):
			// "…, the Post reported a year ago.", "…, the minister said two days ago in a
			// statement." (not "recalled an argument … a few years ago about …": a topic,
			// which a source inverted after its verb would not have).
			k = s.agoEnd(k, hi)
		case t.flags&(ClassTime|ClassMonth) != 0 || s.adverb(k) || isNumberWord(s.word(k)) || tailAdverbs[s.lowerWord(k)]:
			k++
		case timeModifiers[s.lowerWord(k)] && k+1 < hi && s.toks[k+1].flags&(ClassTime|ClassMonth) != 0:
			k += 2 // "last week", "this month"
		case t.flags&ClassPrep != 0 && t.flags&ClassThat == 0:
			k, viaPrep = k+1, true
			if n := s.npAfter(k, hi); n.ok() {
				k = n.to
			} else if k < hi && s.toks[k].flags&(ClassTime|ClassMonth) != 0 {
				k++
			}
		case t.flags&ClassThat != 0 && viaPrep && s.mediumRelative(k, hi):
			// "…, Ruiz wrote in a note that was mailed to the board.": the medium's relative
			// clause (not "…, they told reporters that was expected": a demonstrative)
			k = s.clauseEnd(k, hi)
		default:
			return k, false
		}
	}
	return k, true
}

// relativeEnd returns where the relative clause that opens at token k ("who", "whose")
// ends: its clause's end, or, when the relative word stands alone before a comma ("who,
// as chair, leads the board,"), past the asides that open with a preposition or an adverb
// to the end of the clause after them.
func (s *segmenter) relativeEnd(k, hi int) int {
	e := s.clauseEnd(k, hi)
	if e != k+1 {
		return e
	}
	for e < hi && (s.toks[e].flags&ClassPrep != 0 || s.adverb(e)) {
		e = s.clauseEnd(e, hi)
	}
	if e < hi {
		e = s.clauseEnd(e, hi)
	}
	return e
}

// opensWithVerb reports whether the clause at token k opens with its verb (an
// auxiliary, a verb or a past, after adverbs): "will resign", "has lost contact".
func (s *segmenter) opensWithVerb(k int) bool {
	for k < len(s.toks) && !s.toks[k].inq && s.adverb(k) {
		k++
	}
	return k < len(s.toks) && !s.toks[k].inq && !s.toks[k].cap && s.toks[k].flags&(ClassAux|ClassVerb|ClassPast|ClassThink) != 0
}

// tailAdverbs are the adverbs not in -ly that may follow the verb of an attribution
// before its clause ends ("…, Ruiz said again.", "As the Post reported just last week,
// …", "…, she says often."): adverbs of time, repetition and focus. Not "more", which
// opens a quantity as often ("— some polls say more than 10 percent —").
var tailAdverbs = map[string]bool{"again": true, "also": true, "just": true, "once": true, "earlier": true,
	"later": true, "often": true, "first": true, "already": true, "too": true, "soon": true}

// clauseSubordinators open a clause of time, reason or concession. One right before a
// parenthetical attribution leaves the words before it the author's: the content is the
// clause it opens ("He moved away soon after, according to him, the council shut his
// paper").
var clauseSubordinators = map[string]bool{"after": true, "before": true, "because": true, "since": true, "although": true,
	"though": true, "while": true, "when": true, "until": true, "unless": true, "whereas": true, "once": true}

// tailGoesOn reports whether the words at token m, after a trailing "according to X" that
// follows a content, may go on with the content: not when they open a comparison, a
// participle, a concession, a place or a new clause after a conjunction ("…, according to
// the poll, compared with …", "…, despite winning …", "…, where 475 delegates …", "…, but
// the senator has vowed …", "…, taking a step toward …", "… - virtually the same …").
// The caller asks only where the content before holds a verb (see verbIn): after a
// subject alone, the sentence goes on ("The port, according to the audit, also lost
// money").
func (s *segmenter) tailGoesOn(m, hi int) bool {
	t := s.toks[m]
	if t.inq || t.cap {
		return true
	}
	switch w := s.lowerWord(m); {
	case t.flags&(ClassConj|ClassPrep|ClassWho) != 0 && t.flags&ClassSubject == 0,
		w == "where" || w == "compared" || w == "although" || w == "though" || w == "despite" || w == "even" || w == "whereas",
		s.participle(m), s.adverb(m):
		return false
	}
	return true
}

// asAttribution finds an attribution in a clause of its own that opens with "as" ("As
// Council Speaker Lena Okafor has pointed out, that's …", "…, as we learned in Valdora, his lead
// could be …", "…, as the Gazette put it.") in tokens [lo, hi), and returns the content
// around it: the rest of the sentence.
func (s *segmenter) asAttribution(lo, hi int) []Span {
	for k := lo; k+2 < hi; k++ {
		if s.toks[k].inq || s.lowerWord(k) != "as" || k > lo && s.toks[k-1].clause == s.toks[k].clause && s.toks[k-1].flags&ClassConj == 0 {
			continue
		}
		c, ok := s.cueAfter(k+1, hi)
		var tail int
		if ok && catenatives[s.lang.verbBase(c.verb)] {
			continue // "As fares continue to climb, …", "As the strike continues, …": a time, no attribution
		}
		if !ok || !c.src.ok() || c.src.from != k+1 || c.verb == "according to" || c.from > 0 && s.lowerWord(c.from-1) == "to" {
			// not "As Varga prepared to speak, …": an infinitive is no attribution; but a
			// verb of knowing or finding attributes too ("as we learned in Valdora, …").
			if c, tail, ok = s.asKnown(k, hi); !ok {
				if c, tail, ok = s.asReported(k, hi); !ok {
					continue // "As reported by the Post, …" (asreported.go)
				}
				if s.wordsBetween(lo, k) >= 3 {
					// After a content, what follows the agent is the agent's own
					// apposition: "…, as noted by Marek, the harbormaster."
					tail = hi
				}
			}
		} else if tail, ok = s.attributionTail(c.to, hi, tellVerbs[s.lang.verbBase(s.lowerWord(c.from))]); !ok {
			continue
		}
		cs := k
		if cs > lo && s.toks[cs-1].flags&ClassConj != 0 && s.toks[cs-1].clause == s.toks[cs].clause {
			cs--
		}
		var out []Span
		if s.hasWords(lo, cs) && s.wordsBetween(lo, cs) >= 3 {
			out = append(out, s.content(lo, cs, c))
		}
		if tail < hi && s.hasWords(tail, hi) {
			sp := s.content(tail, hi, c)
			sp.Continued = len(out) > 0
			out = append(out, sp)
		}
		if out != nil {
			return out
		}
	}
	return nil
}

// asKnown returns the cue of a clause "as X learned", "as the results show" that opens
// at token k ("as") with a verb of knowing or finding (knowVerbs) after its subject and
// nothing but adverbials after the verb (no object: "as we saw the smoke" is no
// attribution), and where the content after the clause starts.
func (s *segmenter) asKnown(k, hi int) (cue, int, bool) {
	c := s.toks[k+1].clause
	ce := k + 1
	for ce < hi && s.toks[ce].clause == c && !s.toks[ce].inq {
		ce++
	}
	if ce >= hi || s.toks[ce].inq || ce-k > 10 {
		return cue{}, 0, false
	}
	for j := k + 2; j < ce; j++ {
		if !knowVerbs[s.lang.verbBase(s.lowerWord(j))] || s.toks[j].flags&ClassThink == 0 {
			continue
		}
		src, _ := s.subjectOf(j, k+1)
		if !src.ok() || src.from != k+1 {
			return cue{}, 0, false
		}
		// Adverbials only: an adverb, a time ("last week") or a prepositional phrase ("in
		// Valdora"); a noun or a determiner outside one is an object ("As we saw the smoke,
		// we ran": a verb of seeing, not an attribution).
		inPhrase := false
		for x := j + 1; x < ce; x++ {
			t := s.toks[x]
			switch {
			case t.flags&ClassPrep != 0:
				inPhrase = true
			case t.flags&(ClassTime|ClassMonth) != 0, s.adverb(x),
				timeModifiers[s.lowerWord(x)] && x+1 < ce && s.toks[x+1].flags&(ClassTime|ClassMonth) != 0:
			case inPhrase && (t.flags&ClassDet != 0 || t.cap || s.contentWord(x)):
			default:
				return cue{}, 0, false
			}
		}
		return cue{src: src, from: j, to: j + 1, verb: strings.ToLower(s.word(j))}, ce, true
	}
	return cue{}, 0, false
}

// knowVerbs are the verbs of knowing and finding that attribute in a clause with "as" ("as
// we learned in Valdora, …", "as Tuesday's results show, …"), by base form.
var knowVerbs = map[string]bool{"learn": true, "know": true, "show": true, "find": true, "see": true,
	"discover": true, "expect": true, "predict": true, "understand": true}

// appositionBefore reports whether the words outside quotations in tokens [lo, cs) are
// one noun phrase set off by commas: an apposition of the source that follows, not a
// content.
func (s *segmenter) appositionBefore(lo, cs int) bool {
	st := cs - 1
	for st >= lo && !s.toks[st].inq && s.toks[st].clause == s.toks[cs-1].clause {
		st--
	}
	st++
	if s.hasWords(lo, st) {
		return false
	}
	n := s.npBefore(cs-1, st)
	return n.ok() && n.from == st
}

// quotationIn reports whether a token of [lo, hi) is inside quotation marks.
func (s *segmenter) quotationIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.toks[k].inq {
			return true
		}
	}
	return false
}

// nameApposition returns the name that stands in apposition after src, from token ce,
// the first of a clause, to the end of that clause ("…, Ana Ruiz, who backed the law",
// "According to the mayor of Halden, Ana Ruiz, the port …"): a name of capitalized
// words, never a content ("according to a report by the agency, Harbor Watch", "officials
// in Halden, Soloria"). person tells whether it is the source itself: a person's name
// after a description with a role ("the mayor of Halden, Ana Ruiz", "the secretary of
// state, Ana Ruiz", "a spokesman for the mayor, Ivo Marek").
func (s *segmenter) nameApposition(src np, ce, hi int) (n np, person bool) {
	e := ce
	for e < hi && s.toks[e].clause == s.toks[ce].clause && !s.toks[e].inq && (s.toks[e].cap || e > ce && isNameJoiner(s.lowerWord(e))) {
		e++
	}
	if e == ce || e < hi && (s.toks[e].clause == s.toks[ce].clause ||
		s.toks[e].flags&ClassWho == 0 && (s.toks[e].cap || !s.clauseHasVerb(e, s.clauseEnd(e, hi)))) {
		// Not the subject of the content after it, with its apposition or age ("According
		// to prosecutors, Ivo Marek, a former harbormaster, took bribes"), nor a list's
		// first name ("According to the mayor, Marek, Vela and Brill will lose …").
		return np{}, false
	}
	n = np{ce, e}
	if !s.personName(n) {
		return n, false
	}
	for j := src.from; j < src.to; j++ {
		if !s.toks[j].cap && (s.toks[j].flags&(ClassRole|ClassTitle) != 0 || roleLike(s.lowerWord(j))) {
			return n, true
		}
	}
	return n, false
}

// appositionStart reports whether the clause at token k opens as an apposition of a name
// before it ("said Dario Fenn, a professor at …", ", 69,", ", who …"), not as the rest
// of a sentence ("The plan, the mayor said, would cost …").
func (s *segmenter) appositionStart(k int) bool {
	t := s.toks[k]
	if t.flags&(ClassDet|ClassWho|ClassTitle|ClassRole) != 0 && t.flags&(ClassThat|ClassSubject) == 0 ||
		isNumberWord(s.word(k)) || !t.cap && roleLike(s.lowerWord(k)) {
		return true
	}
	if t.cap || t.inq || !s.contentWord(k) {
		return false
	}
	// A role after its modifiers, without an article: "history professor at …", "law and
	// policy adviser to …".
	for j := k + 1; j < len(s.toks) && j <= k+4 && s.toks[j].clause == t.clause && !s.toks[j].inq && !s.toks[j].cap; j++ {
		if w := s.lowerWord(j); roleLike(w) || s.toks[j].flags&ClassRole != 0 {
			return true
		} else if w != "and" && !s.contentWord(j) {
			return false
		}
	}
	return false
}

// verbIn reports whether tokens [a, b) hold a verb, so that they are a clause and not a
// subject alone: a clause ahead at a (see clauseAhead), a modal, a form of "be", "have" or
// "do" or an irregular past, or a lower-case -ed form not after a determiner or a
// possessive ("Prices rose", "The levee will hold", "Talks stalled"; not "The port", "The
// plan").
func (s *segmenter) verbIn(a, b int) bool {
	if a >= b {
		return false
	}
	if s.clauseAhead(a, b) {
		return true
	}
	for k := a; k < b; k++ {
		t := s.toks[k]
		w := s.lowerWord(k)
		if modals[w] || t.flags&ClassPast != 0 && t.flags&ClassPrep == 0 {
			return true
		}
		if k > a && !t.cap && strings.HasSuffix(w, "ed") && s.toks[k-1].flags&ClassDet == 0 && !s.toks[k-1].poss {
			return true
		}
	}
	return false
}

// hasWords reports whether tokens [from, to) hold a word outside quotations.
func (s *segmenter) hasWords(from, to int) bool {
	for k := from; k < to; k++ {
		if !s.toks[k].inq {
			return true
		}
	}
	return false
}

// splitAroundQuotes cuts the quotations out of a span of indirect speech: their words keep
// their own voice, and the pieces around them are one statement.
func (s *segmenter) splitAroundQuotes(sp Span) []Span {
	var out []Span
	pos := sp.Start
	first := sort.Search(len(s.quotes), func(i int) bool { return s.quotes[i].closeEnd > pos })
	for _, q := range s.quotes[first:] {
		if q.openStart >= sp.End {
			break
		}
		if q.closeEnd <= pos {
			continue
		}
		if q.openStart > pos {
			part := sp
			part.Start, part.End = trimSpan(s.text, pos, q.openStart)
			if part.End > part.Start && s.hasWordIn(part.Start, part.End) {
				part.Continued = sp.Continued || len(out) > 0
				out = append(out, part)
			}
		}
		pos = q.closeEnd
	}
	if pos < sp.End {
		part := sp
		part.Start, part.End = trimSpan(s.text, pos, sp.End)
		if part.End > part.Start && s.hasWordIn(part.Start, part.End) {
			part.Continued = sp.Continued || len(out) > 0
			out = append(out, part)
		}
	}
	return out
}

// hasWordIn reports whether a token starts in text[lo:hi].
func (s *segmenter) hasWordIn(lo, hi int) bool {
	k := s.tokAt(lo)
	return k < len(s.toks) && s.toks[k].start < hi
}

// objectContent reports whether the content at token m is a noun phrase (the object of
// a verb or of its preposition), not a clause, a question or an infinitive.
func (s *segmenter) objectContent(m, hi int) bool {
	return !s.toks[m].inq && s.toks[m-1].flags&ClassThat == 0 && !clauseOpeners[s.lowerWord(m)] && s.lowerWord(m) != "to" &&
		!s.clauseAhead(m, hi) && !s.finiteAhead(m, hi)
}

// objectEnd returns where an object content that starts at token m ends before hi: at the
// first comma or dash, where what follows opens a clause or a phrase of its own (a
// relative or subordinate clause, a participle, a preposition, or "and" with a clause:
// "endorsed Ruiz, who …", "backed the plan, saying …", "voted for it, as did …"); a comma
// between the items of a list goes on ("supports Ruiz, Varga and Lee").
func (s *segmenter) objectEnd(m, hi int) int {
	for j := m + 1; j < hi; j++ {
		if s.toks[j].inq || s.toks[j].clause == s.toks[m].clause {
			continue
		}
		if s.opensOwnPhrase(j, hi) {
			return j
		}
		return hi
	}
	return hi
}

// addresseeBeforeQuote returns the first token of the quotation in the content [m, end)
// of a verb of telling when the words before it are only the verb's addressee, set off
// by a comma or a colon ("told the ferry crews who waited at the pier, “…”"): no "that",
// no infinitive, no subject pronoun and no question word among them, and "who" or "whom"
// only right after a noun. It returns 0 otherwise.
func (s *segmenter) addresseeBeforeQuote(m, end int) int {
	for j := m; j < end; j++ {
		t := s.toks[j]
		if t.inq {
			if j == m || !strings.ContainsAny(s.text[s.toks[j-1].end:t.start], ",:") {
				return 0
			}
			return j
		}
		if t.flags&ClassThat != 0 || t.flags&ClassSubject != 0 && t.flags&ClassWho == 0 || s.lowerWord(j) == "to" {
			return 0
		}
		if (t.flags&ClassWho != 0 || questionWords[s.lowerWord(j)]) && (j == m || !relativeAfterNoun[s.lowerWord(j)] || s.toks[j-1].flags&(ClassVerb|ClassPrep|ClassFunc) != 0) {
			return 0 // "told the bakers what the toll costs, “…”": an indirect question, not the addressee
		}
	}
	return 0
}

// relativeAfterNoun open the relative clause of an addressee before a quotation ("told
// the pilots whom Varga hired, “…”").
var relativeAfterNoun = map[string]bool{"who": true, "whom": true}

// opensOwnPhrase reports whether token j, after a comma, opens a clause or a phrase of its
// own rather than the next item of a list.
func (s *segmenter) opensOwnPhrase(j, hi int) bool {
	t, w := s.toks[j], s.lowerWord(j)
	switch w {
	case "while", "although", "though", "because", "since", "when", "as", "after", "before", "if", "despite", "even",
		"whereas", "where", "so", "then", "unless", "until":
		return true
	case "and", "but", "or", "yet":
		if j+1 >= hi {
			return false
		}
		u := s.toks[j+1]
		return u.flags&(ClassAux|ClassPast|ClassSubject) != 0 && u.flags&ClassPrep == 0 || s.clauseAhead(j+1, hi)
	}
	if t.flags&(ClassWho|ClassPrep) != 0 {
		return true
	}
	return !t.cap && (len(w) > 4 && strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || t.flags&ClassPast != 0)
}

// finiteIn reports whether tokens [a, b) hold a finite verb after their first word: a
// modal, an auxiliary or a past form, or an unknown lower-case word in -ed after a noun
// before a lower-case word that is no preposition ("the port workers earned little");
// not a participle before a name or a preposition ("a man named Ruiz", "quoted by").
func (s *segmenter) finiteIn(a, b int) bool {
	for k := a + 1; k < b; k++ {
		t, w := s.toks[k], s.lowerWord(k)
		if t.inq || t.flags&ClassWho != 0 {
			return false
		}
		if modals[w] || t.flags&(ClassAux|ClassPast) != 0 && t.flags&ClassPrep == 0 && t.flags&(ClassVerb|ClassThink) == 0 {
			return true
		}
		if !t.cap && t.flags == 0 && strings.HasSuffix(w, "ed") && s.toks[k-1].flags&ClassDet == 0 && !s.toks[k-1].poss &&
			k+1 < b && !s.toks[k+1].cap && s.toks[k+1].flags&ClassPrep == 0 {
			return true
		}
	}
	return false
}

// speakingNoun reports whether the lower-case noun at token k names what can speak: a
// person (by role or trade, or "man", "woman", "people"), a group or body, or a document
// or record (docNouns, evidenceNouns), singular or plural.
func (s *segmenter) speakingNoun(k int) bool {
	t, w := s.toks[k], s.lowerWord(k)
	if t.flags&(ClassRole|ClassOrg|ClassTitle) != 0 && t.flags&(ClassTime|ClassMonth) == 0 {
		return true
	}
	switch w {
	case "man", "men", "woman", "women", "person", "people", "group", "groups":
		return true
	}
	sing := strings.TrimSuffix(w, "s")
	return docNouns[w] || docNouns[sing] || evidenceNouns[w] || evidenceNouns[sing] || roleLike(w) && t.flags&(ClassTime|ClassMonth) == 0
}

// lightObjectVerbs take an object after which a participle is the subject's, not the
// object's ("spent years arguing", "made headlines claiming", "took the stage promising",
// "ended his speech warning"), by base form.
var lightObjectVerbs = map[string]bool{"spend": true, "make": true, "take": true, "end": true, "begin": true,
	"start": true, "open": true, "close": true}

// issueVerbs put out a document in their subject's name, by form: the document's words
// after a participle are the subject's ("issued a statement saying").
var issueVerbs = map[string]bool{"issued": true, "issues": true, "issue": true, "released": true, "releases": true,
	"release": true, "published": true, "publishes": true, "publish": true, "circulated": true, "sent": true,
	"sends": true, "send": true, "posted": true, "posts": true, "put": true}

// sendVerbs put out a document that speaks for its sender: "filed motions calling for …",
// "mailed the flyers last week urging …".
var sendVerbs = map[string]bool{"launched": true, "launch": true, "launches": true, "filed": true, "file": true,
	"files": true, "mailed": true, "wrote": true, "written": true, "started": true, "delivered": true, "aired": true,
	"ran": true, "signed": true, "submitted": true, "distributed": true}

// sendVerbBefore returns the token of a verb of issuing or sending (issueVerbs,
// sendVerbs) whose object, maybe with a time, ends at token j ("mailed the flyers last
// week", "have filed motions"), or -1.
func (s *segmenter) sendVerbBefore(j, lo int) int {
	for b := j - 1; b >= lo && b > j-7 && s.toks[b].clause == s.toks[j].clause; b-- {
		w := s.lowerWord(b)
		if issueVerbs[w] || sendVerbs[w] {
			return b
		}
		if s.toks[b].inq || s.toks[b].flags&(ClassConj|ClassWho|ClassThat|ClassVerb|ClassThink|ClassAux) != 0 {
			return -1
		}
	}
	return -1
}

// absoluteName returns the name right before the participle at token k when "with"
// stands right before the name, in its clause, and opens its sentence or follows a comma
// or a dash: ", with Ruiz saying the plan would fail", "With Gov. Ana Ruiz calling the
// plan a disaster, …" (an absolute phrase, whose name is the participle's subject; not
// "met with Ruiz calling for calm", where "with" goes with the verb before it), or none.
// A quotation in the participle's clause leaves the phrase to the quotation's
// attribution (attribute.go): "with Ruiz calling it “a disaster” and the crowd cheering
// her on" quotes her, and reports nothing after.
func (s *segmenter) absoluteName(k, lo, hi int) np {
	if k-2 < lo || !s.toks[k-1].cap || s.toks[k-1].inq {
		return np{}
	}
	for j := k + 1; j < hi && s.toks[j].clause == s.toks[k].clause; j++ {
		if s.toks[j].inq {
			return np{}
		}
	}
	n := s.npBefore(k-1, lo)
	w := n.from - 1
	if !n.ok() || n.to != k || w < lo || s.lowerWord(w) != "with" || s.toks[w].inq ||
		s.toks[w].clause != s.toks[k].clause || !s.toks[n.from].cap && s.toks[n.from].flags&ClassDet == 0 || !s.nameWord(k-1) {
		return np{}
	}
	if w > 0 && s.toks[w-1].sentence == s.toks[w].sentence && !s.commaBefore(w) {
		return np{} // "met with Ruiz calling for calm": "with" of the verb before it
	}
	return n
}

// participleSource returns the noun phrase that ends at token j, the noun before a
// participle, as the participle's source: not past a verb before it ("The council received
// letters" gives "letters"), and none when it is the object of a light verb (see
// lightObjectVerbs).
func (s *segmenter) participleSource(j, lo int) np {
	n := s.npBefore(j, lo)
	if !n.ok() {
		return n
	}
	for i := j - 1; i >= n.from; i-- {
		u, w := s.toks[i], s.lowerWord(i)
		verb := u.flags&(ClassPast|ClassVerb|ClassThink|ClassAux) != 0 && u.flags&(ClassRole|ClassOrg|ClassTitle|ClassPrep) == 0 ||
			!u.cap && strings.HasSuffix(w, "ed") && (i == n.from || s.toks[i-1].flags&ClassDet == 0 && !s.toks[i-1].poss)
		if verb {
			if lightObjectVerbs[s.lang.verbBase(w)] {
				return np{}
			}
			n.from = i + 1
			break
		}
	}
	if b := n.from - 1; b >= lo && s.toks[b].clause == s.toks[j].clause && lightObjectVerbs[s.lang.verbBase(s.lowerWord(b))] {
		return np{}
	}
	if n.from > j {
		return np{}
	}
	return n
}

// subjectParticipleEnd returns where the content at token m of a participle inside its
// sentence's subject ends before hi: before the sentence's verb, the first finite verb
// after the content's own ("claiming that the port would close called …": "would", then
// "called"), or the last there is ("claiming allegiance to three groups carried out …":
// the subject needs a verb, so a single one is the sentence's).
func (s *segmenter) subjectParticipleEnd(m, hi int) int {
	own := 0
	if s.toks[m-1].flags&ClassThat != 0 || s.toks[m].flags&ClassSubject != 0 {
		own = 1 // the content is a clause with a verb of its own
	}
	var finite []int
	for j := m + 1; j < hi && len(finite) <= own; j++ {
		u, w := s.toks[j], s.lowerWord(j)
		verb := modals[w] || u.flags&(ClassAux|ClassPast) != 0 && u.flags&ClassPrep == 0 && w != "be" && w != "been" ||
			!u.cap && u.flags&(ClassDet|ClassPrep|ClassFunc) == 0 && strings.HasSuffix(w, "ed")
		if !u.inq && verb && s.toks[j-1].flags&ClassAux == 0 && s.lowerWord(j-1) != "to" {
			finite = append(finite, j)
		}
	}
	if len(finite) == 0 {
		return hi
	}
	return finite[min(own, len(finite)-1)]
}

// clauseEnd returns the end of token k's clause, not after hi.
func (s *segmenter) clauseEnd(k, hi int) int {
	c := s.toks[k].clause
	for k < hi && s.toks[k].clause == c {
		k++
	}
	return k
}

// npThenAside reports whether tokens [lo, cs) open with a clause that is one noun phrase
// and go on past it ("Lind, the envoy,"): a subject and its apposition, not a content of
// one phrase ("The president's goal,", which an inverted source may follow).
func (s *segmenter) npThenAside(lo, cs int) bool {
	if lo >= cs {
		return false
	}
	ce := s.clauseEnd(lo, cs)
	if ce >= cs || ce <= lo {
		return false
	}
	n := s.npBefore(ce-1, lo)
	return n.ok() && n.from == lo && n.to == ce
}

// relativeThenVerb reports whether a relative clause set off by commas opens at token e
// and a finite verb follows it ("the talks, which both sides joined in May, had
// stalled"): the phrase before e is that verb's subject.
func (s *segmenter) relativeThenVerb(e, hi int) bool {
	if e >= hi || s.toks[e].inq || s.toks[e].flags&ClassWho == 0 || !s.commaBefore(e) {
		return false
	}
	end := s.clauseEnd(e, hi)
	return end < hi && s.commaBefore(end) && s.finiteIn(end-1, min(hi, end+3))
}

// pronounJoined reports whether the phrase n joins a subject pronoun to another source
// by "and" ("she and an aide").
func (s *segmenter) pronounJoined(n np) bool {
	if !n.ok() || n.to-n.from < 3 {
		return false
	}
	for k := n.from; k < n.to; k++ {
		if s.toks[k].flags&ClassSubject != 0 && (k+1 < n.to && s.lowerWord(k+1) == "and" || k > n.from && s.lowerWord(k-1) == "and") {
			return true
		}
	}
	return false
}

// beliefVerbs take a clause without "that" for their content ("think the plan will
// fail"), by base form.
var beliefVerbs = map[string]bool{"think": true, "believe": true, "assume": true, "suppose": true, "suspect": true,
	"reckon": true, "feel": true}

// clauseWithoutThat reports whether a clause opens at token m with a noun phrase that
// the phrase reader does not take whole ("the case against the mayor is clear"): no
// pronoun, preposition, conjunction or auxiliary at m, then within eight words of its
// clause (no comma) a finite verb, a modal or a form of "be", "have" or "do", with no
// relative word before it ("thinks the man who runs the port is honest" is left out).
func (s *segmenter) clauseWithoutThat(m, hi int) bool {
	t := s.toks[m]
	if t.inq || t.flags&(ClassPrep|ClassConj|ClassWho|ClassThat|ClassFunc|ClassReflexive|ClassAux|ClassPast) != 0 || s.objectPronoun(m) {
		return false
	}
	for j := m + 1; j < hi && j < m+8; j++ {
		u, w := s.toks[j], s.lowerWord(j)
		if u.inq || u.clause != t.clause || u.flags&(ClassWho|ClassThat) != 0 {
			return false
		}
		switch w {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
			"does", "do", "did", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't", "doesn't", "don't", "didn't":
			return true
		}
	}
	return false
}

// adjunctEnd returns where the object content [m, end) of a verb ends when a phrase of
// time, place or occasion follows the object ("criticized Ruiz during a rally on
// Friday", "endorsed Varga here on Sunday", "backed Ruiz in 2012"): the phrase says when
// or where the source spoke, not what. A content with a verb, an infinitive or a quotation before the
// phrase is a clause and keeps it ("urged the board to act on Monday").
func (s *segmenter) adjunctEnd(m, end int) int {
	for j := m; j < end; j++ {
		t := s.toks[j]
		if t.inq || t.flags&(ClassAux|ClassPast|ClassVerb|ClassThink|ClassWho|ClassThat) != 0 && t.flags&(ClassTime|ClassMonth|ClassPrep) == 0 || s.lowerWord(j) == "to" {
			return end
		}
	}
	for j := m + 1; j < end; j++ {
		t, w := s.toks[j], s.lowerWord(j)
		if t.clause != s.toks[m].clause {
			return end
		}
		cut := -1
		switch {
		case t.flags&(ClassTime|ClassMonth) != 0 && !t.poss && !(j+1 < end && s.lowerWord(j+1) == "of") && !timeCounted[s.lowerWord(j-1)] &&
			!(j+2 < end && s.toks[j+1].flags&ClassPrep != 0 && !s.toks[j+2].cap && s.toks[j+2].flags&(ClassTime|ClassMonth) == 0 && !isNumberWord(s.word(j+2))):
			// Not where a phrase of the object goes on after the time ("a levy last year on
			// the dirtiest plants").
			cut = j
			if p := s.lowerWord(j - 1); j-1 > m && (timeModifiers[p] || p == "on" || p == "in" || p == "since" || p == "by") {
				cut = j - 1
			}
		case w == "during" || w == "amid":
			// Not where the verb's complement follows the phrase ("accused Varga during
			// the debate of lying").
			if !s.complementWithin(j+1, min(end, j+8)) {
				cut = j
			}
		case placeAdverbs[w]:
			if !s.complementWithin(j+1, min(end, j+2)) {
				cut = j // "endorsed Varga here on Sunday", not "praised the people here for their courage"
			}
		case w == "in" && j+1 < end && isYear(s.word(j+1)):
			// The year ends the phrase ("backed Ruiz in 2012", "… in 2012 at the
			// convention"), not when it modifies a noun ("the surge in 2020 deaths") or a
			// complement follows ("blamed Varga in 2019 for the floods").
			if n := j + 2; n >= end || s.toks[n].clause != t.clause ||
				(s.toks[n].flags&(ClassPrep|ClassTime|ClassMonth) != 0 || s.lowerWord(n) == "during" || s.lowerWord(n) == "amid" || placeAdverbs[s.lowerWord(n)]) &&
					!s.complementWithin(n, n+1) {
				cut = j
			}
		}
		if cut > m {
			return cut
		}
	}
	return end
}

// supportedObjectEnds reports whether the object content of a verb of support (see
// supportVerbs) ends before token j: at a clause of its own after a comma, a dash or
// "and" or "but" ("endorsed Ruiz, | the crowd booed", "endorsed Ruiz – | they toured …",
// "endorsed Ruiz and | Pell withdrew his support"): who or what is supported is the
// object.
func (s *segmenter) supportedObjectEnds(j, end int) bool {
	t, w := s.toks[j], s.lowerWord(j)
	if t.inq || s.toks[j-1].inq {
		return false
	}
	switch {
	case t.clause != s.toks[j-1].clause:
		return (s.dashBefore(j) || s.commaBefore(j)) && t.flags&ClassThat == 0 && s.clauseAhead(j, end)
	case w == "and" || w == "but" || w == "yet":
		// A subject, then a finite verb: "and Pell withdrew", "but Varga opposed him",
		// "and the mayor applauded" (but "Ruiz and Varga", "Ruiz and his plan", "the
		// levies and harbor fees tied to …").
		if j+1 >= end {
			return false
		}
		a := s.toks[j+1]
		if a.inq || a.flags&ClassThat != 0 {
			return false
		}
		if a.flags&ClassSubject != 0 {
			return true
		}
		if !a.cap && a.flags&ClassDet == 0 {
			return false
		}
		n := s.npAfter(j+1, end)
		if !n.ok() || n.to >= end {
			return false
		}
		u := s.toks[n.to]
		return u.clause == t.clause && !u.inq && !u.cap && u.flags&ClassPrep == 0 &&
			(u.flags&(ClassAux|ClassPast|ClassNeg|ClassVerb|ClassThink) != 0 || u.flags&notName == 0 && strings.HasSuffix(s.lowerWord(n.to), "ed"))
	}
	return false
}

// warnVerbs are the verbs of warning and appeal whose passive with "to" reports words
// said to the subject even with no agent named ("were warned to stay indoors").
var warnVerbs = map[string]bool{"warn": true, "urge": true, "caution": true, "alert": true, "implore": true}

// complementPreps open a complement of a verb of judging or charging that may follow a
// phrase of time or place ("blamed Varga in 2019 for the floods", "described the strike
// here as sabotage", "accused Varga during the debate of lying").
var complementPreps = map[string]bool{"for": true, "of": true, "on": true, "as": true, "to": true, "about": true,
	"with": true, "against": true, "over": true, "into": true}

// complementWithin reports whether a complement preposition (see complementPreps) stands in
// tokens [from, to) of token from's clause, other than one that opens a time ("on Friday").
func (s *segmenter) complementWithin(from, to int) bool {
	for j := from; j < to && j < len(s.toks) && s.toks[j].clause == s.toks[from].clause && !s.toks[j].inq; j++ {
		if complementPreps[s.lowerWord(j)] && !(j+1 < len(s.toks) && (s.toks[j+1].flags&(ClassTime|ClassMonth) != 0 || isYear(s.word(j+1)))) {
			return true
		}
	}
	return false
}

// timeCounted are the words before a word of time that make it a noun of the object
// rather than a time of the verb ("each year of school", "a week of talks").
var timeCounted = map[string]bool{"each": true, "every": true, "a": true, "an": true, "the": true, "per": true, "that": true, "one": true}

// isYear reports whether w is a year of the last two centuries ("1998", "2016").
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// participleForm reports whether the English verb at token k has the form of a past
// participle: a form in -ed or an irregular past ("backed", "sought", "seen").
func (s *segmenter) participleForm(k int) bool {
	w := s.lowerWord(k)
	return s.lang.name == "english" && (strings.HasSuffix(w, "ed") || s.toks[k].flags&ClassPast != 0 || strings.HasSuffix(w, "en") && s.lang.verbBase(w) != w)
}

// gapSubjectVerbs take an object that is the subject of the infinitive after them, so
// that a noun before their relative clause is part of the content ("a storm it expects to
// linger until Friday"), besides the tellVerbs.
var gapSubjectVerbs = map[string]bool{"expect": true, "want": true, "prefer": true, "wish": true, "need": true}

// relativeObject reports whether the cue verb at token k, with its subject src, has a
// relative word right before the subject for its object and no object after it: "which
// Ruiz has denied,", "whom many voters oppose." A verb with
// "to", "that" or a phrase after it has a content of its own there.
func (s *segmenter) relativeObject(src np, k, hi int) bool {
	r, ok := s.relativeBefore(src, k)
	if !ok || k-src.to > 3 {
		return false
	}
	for j := src.to; j < k; j++ {
		if !s.adverb(j) && s.toks[j].flags&(ClassAux|ClassNeg) == 0 && !evidentialAdverbs[s.lowerWord(j)] {
			return false
		}
	}
	e := s.particleEnd(k, hi)
	if e >= hi {
		return true
	}
	if n := s.toks[e]; n.flags&(ClassTime|ClassMonth) != 0 && n.flags&ClassThat == 0 {
		return true
	}
	// Times after the verb: "whom Ruiz criticized on Monday,".
	j := e
	for j < hi && s.toks[j].clause == s.toks[k].clause && !s.toks[j].inq {
		u := s.toks[j]
		if u.flags&(ClassTime|ClassMonth) != 0 || s.adverb(j) {
			j++
		} else if (u.flags&ClassPrep != 0 && u.flags&ClassThat == 0 || timeModifiers[s.lowerWord(j)]) && j+1 < hi && s.toks[j+1].clause == u.clause &&
			!s.toks[j+1].inq && (s.toks[j+1].flags&(ClassTime|ClassMonth) != 0 || isNumberWord(s.word(j+1))) {
			j += 2
		} else {
			break
		}
	}
	if j >= hi {
		return true
	}
	n := s.toks[j]
	if n.clause != s.toks[k].clause {
		return !n.inq
	}
	if clauseSubordinators[s.lowerWord(j)] && !n.inq && j+1 < hi && s.clauseAhead(j+1, hi) {
		return true // "which Ruiz conceded | when the polls closed"
	}
	// A relative clause without commas, then the sentence's verb: "The candidate who
	// Ruiz endorsed | lost" (but "the plan which Ruiz said | was false": a verb of saying
	// or thinking has the clause after it for content).
	base := s.lang.verbBase(s.lowerWord(k))
	return !s.commaBefore(r) && (s.toks[k].flags&ClassVerb != 0 || supportVerbs[base]) && !sayVerbs[base] && !n.inq && !n.cap &&
		(n.flags&(ClassAux|ClassPast) != 0 && n.flags&ClassPrep == 0 || n.flags == 0 && strings.HasSuffix(s.lowerWord(j), "ed"))
}

// freeRelativeSubject reports whether "what" stands right before the subject src of the
// verb at token k and opens a free relative that is its sentence's subject: it
// opens the sentence, or only conjunctions and adverbs come before it ("What Ruiz said
// …", "But what Ruiz said …"), and no more than adverbs, auxiliaries or a negation stand
// between src and the verb. After a preposition or a verb the free relative is an object
// ("the crew turned to what its captain said was the safer route"), which may hold the
// verb's content, and
// is left to the general reading.
func (s *segmenter) freeRelativeSubject(src np, k, lo int) bool {
	w := src.from - 1
	if s.lang.name != "english" || w < lo || s.toks[w].inq || s.toks[w].clause != s.toks[k].clause || s.lowerWord(w) != "what" || k-src.to > 3 {
		return false
	}
	for j := lo; j < w; j++ {
		if s.toks[j].inq || s.toks[j].flags&ClassConj == 0 && !s.adverb(j) {
			return false
		}
	}
	for j := src.to; j < k; j++ {
		if !s.adverb(j) && s.toks[j].flags&(ClassAux|ClassNeg) == 0 {
			return false
		}
	}
	return true
}

// freeRelativeVerb returns the sentence's verb after the cue verb at token k in a free
// relative that is the sentence's subject, whose particle ends at token e (see
// freeRelativeSubject): the first finite form in the cue's clause at or after e, or after
// the addressee of a verb of telling ("What Ruiz said on Monday | was false", "What Ruiz
// told the council | was untrue"), or -1 when there is none ("What Ruiz said?"), or a
// quotation or another clause comes first, where the object "what" stands for may be
// the clause's ("What Ruiz thinks the board will do is unclear").
func (s *segmenter) freeRelativeVerb(k, e, hi int) int {
	j := e
	if tellVerbs[s.lang.verbBase(s.lowerWord(k))] {
		if n := s.npAfter(e, hi); n.ok() {
			j = n.to
		}
	}
	if j >= hi || s.toks[j].flags&ClassSubject != 0 || subjectContraction(s.lowerWord(j)) || s.clauseAhead(j, hi) {
		return -1
	}
	for ; j < hi; j++ {
		u := s.toks[j]
		if u.inq || u.clause != s.toks[e-1].clause || u.flags&(ClassThat|ClassWho) != 0 || subordinators[s.lowerWord(j)] {
			return -1
		}
		w := s.lowerWord(j)
		if u.flags&ClassPrep == 0 && (finiteAux[w] || modals[w] && !u.cap || u.flags&ClassPast != 0 ||
			!u.cap && u.flags == 0 && strings.HasSuffix(w, "ed")) {
			return j
		}
	}
	return -1
}

// formulas are the set words of greeting, parting and prayer that "say" takes
// for object ("said goodbye", "say grace"): a rite performed, with no proposition to
// report ("thanks" is not one: "said thanks to the levy the port reopened").
var formulas = map[string]bool{"goodbye": true, "goodbyes": true, "good-bye": true, "farewell": true,
	"farewells": true, "hello": true, "grace": true, "amen": true, "prayer": true, "prayers": true}

// formulaObject reports whether the object at token m of the verb "say" at token k is a
// formula of greeting, parting or prayer, alone or after an article or a
// possessive ("said goodbye to the crew", "said a prayer", "said their farewells"), which
// the verb performs rather than reports. The formula must close the object: the clause
// ends after it, or "to", "for", "and" or "before" follows ("said grace before the
// meal"); a formula word that opens a clause of its own is content ("said prayers would
// not help", "said farewell tours cost too much"). "Said yes" and "said no" are answers,
// and keep their content.
func (s *segmenter) formulaObject(k, m, hi int) bool {
	if s.lang.name != "english" || s.lang.verbBase(s.lowerWord(k)) != "say" || m >= hi || s.toks[m].inq || s.toks[m].clause != s.toks[k].clause {
		return false
	}
	if w := s.lowerWord(m); (w == "a" || possessiveDets[w]) && m+1 < hi && !s.toks[m+1].inq && s.toks[m+1].clause == s.toks[m].clause {
		m++
	}
	if !formulas[s.lowerWord(m)] || s.toks[m].cap {
		return false
	}
	if n := m + 1; n < hi && s.toks[n].clause == s.toks[m].clause && s.toks[n].sentence == s.toks[m].sentence {
		switch s.lowerWord(n) {
		case "to", "for", "and", "before":
		default:
			return false
		}
	}
	return true
}

// relativeBefore returns the relative word right before the subject src of the verb at
// token k, when the two are a relative clause ("the levy, which Ruiz has denied", "a
// rival whom many voters oppose"): "which", "whom" or "who" in the verb's clause, after
// a noun phrase it stands for and not after a preposition ("about whom he has written").
func (s *segmenter) relativeBefore(src np, k int) (int, bool) {
	r := src.from - 1
	if !src.ok() || r < 0 || s.toks[r].inq || s.toks[r].clause != s.toks[k].clause {
		return 0, false
	}
	switch s.lowerWord(r) {
	case "which", "whom", "who":
		if r > 0 && s.toks[r-1].flags&ClassPrep != 0 && s.toks[r-1].clause == s.toks[r].clause {
			return 0, false // "about whom he has written": the preposition's object
		}
	default:
		return 0, false
	}
	if !s.antecedentBefore(r) {
		return 0, false // "would not say whom he endorsed", "It is unclear who …": an indirect question
	}
	a, w := s.toks[src.from], s.lowerWord(src.from)
	if !a.cap && a.flags&(ClassSubject|ClassDet) == 0 && !quantifiers[w] && !isNumberWord(w) && !pluralNoun(w) {
		return 0, false // "which dominate many state …": no subject, the relative's own verb
	}
	return r, true
}

// relativeSource reports whether src, the subject of a cue verb, opens a relative clause:
// a relative word right before it ("that", "which", "what", "who", "whom"), or a subject
// pronoun right after a noun, which opens a relative clause without its relative word ("a
// step they believe could …"; not "All she wants is bread"), no comma before it and no
// possessive opening it.
func (s *segmenter) relativeSource(src np, lo int) bool {
	r := src.from - 1
	if !src.ok() || r < lo || s.toks[r].inq || s.toks[src.from].poss || s.commaBefore(src.from) {
		return false // not "that Halden's chief aim is …", a noun after a possessive, nor "…, it declined again"
	}
	switch s.lowerWord(r) {
	case "that", "which", "what", "who", "whom":
		return true
	}
	return src.to-src.from == 1 && s.toks[src.from].flags&ClassSubject != 0 && !s.toks[r].cap &&
		s.toks[r].flags&(notName|ClassVerb|ClassThink|ClassPast) == 0
}

// presentVerbAt reports whether token m, the first of a content in a relative clause that
// opens with its verb, is a verb in -s: a lower-case word in -s (not -ss) that no class
// claims, before an article, a possessive pronoun or "to" ("cures the disease", "leads to
// strikes"; not "costs rose", a subject and its verb, nor "costs of the port would rise",
// a subject and its phrase).
func (s *segmenter) presentVerbAt(m int) bool {
	if m+1 >= len(s.toks) || s.toks[m].inq || s.toks[m].cap || s.toks[m].flags != 0 {
		return false
	}
	w := s.lowerWord(m)
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	n, w2 := s.toks[m+1], s.lowerWord(m+1)
	return !n.inq && n.clause == s.toks[m].clause && (w2 == "a" || w2 == "an" || w2 == "the" || w2 == "to" || possessivePronouns[w2])
}

// thatBefore reports whether the subject src of the cue verb at token k follows "that" ("the
// ferry that officials said was the oldest"), as relativeBefore reads "which", so that a
// content in the sentence's subject ends before the sentence's verb; the relative word is no
// content of its own (see relativeObject, which reads "which" and "whom" alone). Not after a
// comma ("told reporters in the capital, Halden, that he had …"): a content that "that"
// opens, not a relative clause set off.
func (s *segmenter) thatBefore(src np, k int) bool {
	r := src.from - 1
	return src.ok() && r >= 0 && !s.toks[r].inq && s.toks[r].clause == s.toks[k].clause && s.lowerWord(r) == "that" && !s.commaBefore(r)
}

// antecedentBefore reports whether the relative word at token r has a noun phrase right
// before it, or before a comma, for what it stands for ("the levy, which …", "a rival
// whom …"): not a verb, an adjective after a copula or a copula ("would not say whom",
// "knows which", "is unclear who"), after which it opens an indirect question.
func (s *segmenter) antecedentBefore(r int) bool {
	if r == 0 {
		return false
	}
	n := s.npBefore(r-1, 0)
	if !n.ok() || n.to != r {
		return false
	}
	t := s.toks[n.from]
	if n.to-n.from == 1 && !t.cap && t.flags&(ClassSubject|ClassDet) == 0 && n.from > 0 && s.toks[n.from-1].clause == t.clause &&
		s.toks[n.from-1].flags&(ClassAux|ClassNeg|ClassVerb|ClassThink) != 0 {
		return false // "is unclear who", "not sure which": a bare word after a copula or a verb
	}
	return true
}

// relativeGap tells of the cue verb at token k, with its subject src, in a clause that
// "that" or "which" opens after the noun phrase that opens its clause, the sentence's
// subject, whose content is an infinitive at token m ("to", a verb and perhaps an adverb
// between) that the sentence's verb comes right after (a form that is never a noun, an
// auxiliary, a negation, an -ed form, or a word followed by an object pronoun): end is
// that verb's token, where the content ends ("The fact that Ana Ruiz refused to resign
// angered voters": "to resign"), else -1. gap tells whether the clause is a relative
// clause whose relative word is the object the infinitive lacks, so that there is no
// content: the noun is no noun of content (contentNouns: "the fact that …", "the rumor
// that …") and the infinitive's verb takes an object (not intransitiveVerbs: "to
// resign"). "The error that Ana Ruiz declined to acknowledge cost her the seat", "The
// bridge that Ana Ruiz wants to build will cost millions": the source's words, if any,
// are about the noun, and what follows is the sentence's own. Neither for a complete
// clause after a noun ("The fear that Ana Ruiz wants to leave the party grew": "to leave
// the party"), nor for a clause in another's content or object ("Ivo Marek said the
// error that …"), nor after a comma (see relativeObject).
func (s *segmenter) relativeGap(src np, k, m, lo, hi int) (end int, gap bool) {
	if s.lang.name != "english" || !src.ok() || m+2 >= hi || s.lowerWord(m) != "to" {
		return -1, false
	}
	r := src.from - 1
	if r <= lo || s.toks[r].inq || s.toks[r].clause != s.toks[k].clause {
		return -1, false
	}
	if w := s.lowerWord(r); w != "that" && w != "which" {
		return -1, false
	}
	n := s.npBefore(r-1, lo)
	if !n.ok() || n.to != r || n.from > lo && s.toks[n.from-1].clause == s.toks[n.from].clause {
		return -1, false // not the noun phrase that opens its clause
	}
	v := m + 1
	if s.adverb(v) && v+1 < hi {
		v++ // "to publicly acknowledge"
	}
	a := s.particleEnd(v, hi) // "to turn out stayed"
	if a >= hi || s.toks[a].inq || s.toks[a].cap || s.toks[a].clause != s.toks[v].clause || s.toks[v].inq {
		return -1, false
	}
	u := s.toks[a]
	switch {
	case u.flags&(ClassAux|ClassPast|ClassNeg) != 0 && u.flags&(ClassPrep|ClassDet|ClassSubject|ClassConj) == 0:
		// "to build will cost", "to acknowledge was"
	case u.flags == 0 && strings.HasSuffix(s.lowerWord(a), "ed"):
		// "to acknowledge ended her term"
	case u.flags == 0 && a+1 < hi && s.toks[a+1].clause == u.clause && !s.toks[a+1].inq && s.objectPronoun(a+1):
		// "to acknowledge cost her the seat"
	default:
		return -1, false
	}
	return a, !contentNouns[s.lowerWord(r-1)] && !intransitiveVerbs[s.lowerWord(v)]
}

// contentNouns take a clause for content after "that" ("the fact that …", "the rumor
// that …"), which is then no relative clause: see relativeGap.
var contentNouns = map[string]bool{"fact": true, "facts": true, "news": true, "rumor": true, "rumors": true, "idea": true,
	"ideas": true, "notion": true, "belief": true, "beliefs": true, "hope": true, "hopes": true, "fear": true, "fears": true,
	"possibility": true, "prospect": true, "suggestion": true, "suggestions": true, "report": true, "reports": true,
	"word": true, "allegation": true, "allegations": true, "speculation": true, "sign": true, "signs": true,
	"assumption": true, "impression": true, "perception": true, "sense": true, "view": true, "argument": true}

// intransitiveVerbs take no object after "to" ("decided to resign", "plans to quit"), so
// that the relative word cannot be their object: see relativeGap.
var intransitiveVerbs = map[string]bool{"resign": true, "retire": true, "go": true,
	"stay": true, "step": true, "die": true, "testify": true, "speak": true, "vote": true, "appear": true,
	"comply": true, "cooperate": true, "participate": true, "intervene": true, "apologize": true, "compromise": true,
	"respond": true, "comment": true, "travel": true, "wait": true, "budge": true, "relent": true,
	"arrive": true, "proceed": true, "exist": true}

// objectGap reports whether the subject src is a pronoun right after a common noun in its
// clause ("the cash it pledged", "the levies she once supported"): a relative clause
// without "that", whose verb has the noun for object, so that what follows the verb is
// no content of it. Not when the clause opens with a preposition and no verb stands
// between it and the noun: the noun is the object of that preposition and the pronoun is
// the sentence's subject ("At the rally she vowed to fight on", "For years she opposed the
// dam").
func (s *segmenter) objectGap(src np, k, lo int) bool {
	if !src.ok() || src.to-src.from != 1 || s.toks[src.from].flags&ClassSubject == 0 || src.from-1 < lo || k-src.to > 3 ||
		s.toks[k].clause != s.toks[src.from].clause {
		return false
	}
	p := src.from - 1
	t := s.toks[p]
	if t.clause != s.toks[src.from].clause || t.inq || t.cap || !s.contentWord(p) || isNumberWord(s.word(p)) ||
		t.flags&(ClassTime|ClassMonth|ClassPrep|ClassConj|ClassDet|ClassThat|ClassWho) != 0 {
		return false
	}
	cs := p // the clause's first token
	for cs-1 >= lo && s.toks[cs-1].clause == t.clause && !s.toks[cs-1].inq {
		cs--
		if u := s.toks[cs]; u.flags&(ClassVerb|ClassThink|ClassAux|ClassPast) != 0 && u.flags&ClassPrep == 0 {
			return true // the verb whose object the noun is
		}
	}
	return s.toks[cs].flags&ClassPrep == 0
}

// causeVerbs bring their object to do what the infinitive after it says ("led the unions
// to say", "prompted the mayor to warn"), by form.
var causeVerbs = map[string]bool{"lead": true, "leads": true, "led": true, "prompt": true, "prompts": true,
	"prompted": true, "force": true, "forces": true, "forced": true, "cause": true, "causes": true, "caused": true,
	"drive": true, "drives": true, "drove": true, "driven": true, "push": true, "pushes": true, "pushed": true,
	"persuade": true, "persuades": true, "persuaded": true, "convince": true, "convinces": true, "convinced": true,
	"inspire": true, "inspires": true, "inspired": true, "spur": true, "spurs": true, "spurred": true,
	"compel": true, "compels": true, "compelled": true}

// causedSpeaker returns, for a verb of saying at token k after "to", the object of a verb
// of causing before "to" ("The ruling led the unions to say that …"): the one who says.
// Not a pronoun, which the resolver reads as a subject only.
func (s *segmenter) causedSpeaker(k, lo int) np {
	if k-3 < lo || s.lowerWord(k-1) != "to" || s.toks[k-1].clause != s.toks[k].clause {
		return np{}
	}
	n := s.npBefore(k-2, lo)
	if !n.ok() || s.toks[n.to-1].flags&(ClassHe|ClassShe|ClassThey|ClassIt|ClassI|ClassSubject) != 0 || n.from-1 < lo || s.toks[n.from-1].clause != s.toks[k].clause || !causeVerbs[s.lowerWord(n.from-1)] {
		return np{}
	}
	return n
}

// nameBeforeApposition reports whether the words of [lo, cs) that follow the last
// quotation in it, if any, are a name alone in a clause of its own, with no verb ("Ana
// Ruiz", "Sen. Ivo Marek"): the subject of a trailing attribution whose apposition
// follows it, before its verb ("Ana Ruiz, the harbormaster of Halden, wrote."), not a
// content. When closed (a comma after the apposition at cs, before the verb), an age and
// other appositions between the name and that one are the name's too ("Ivo Marek, 60, a
// fisherman, said", "“…,” Lena Brill, a nurse, the union's delegate, said");
// without that comma the phrase at cs may be the verb's own subject ("“…,” Ana Ruiz, the
// mayor, the aides said"), and only a name right before it counts.
func (s *segmenter) nameBeforeApposition(lo, cs int, closed bool) bool {
	for range 4 {
		st := cs - 1
		for st >= lo && !s.toks[st].inq && s.toks[st].clause == s.toks[cs-1].clause {
			st--
		}
		if st >= lo && !s.toks[st].inq {
			// More words before the clause in its sentence than a quotation: an age or an
			// apposition of the name before it, or no name.
			if p := st + 1; closed && s.appositionStart(p) && s.commaBefore(p) {
				cs = p
				continue
			}
			return false
		}
		st++
		if st >= cs {
			return false
		}
		n := s.npBefore(cs-1, st)
		return n.ok() && n.from == st && n.to == cs && s.personName(n)
	}
	return false
}

// nameClauseBefore returns the first token of a person's name that is all of the clause
// before token cs, set off by a comma after two words or more before it, and whether
// there is one: "The plan will fail, [Ana Ruiz], the mayor, said", "The plan, [Ana Ruiz],
// the mayor, said, will fail", where the apposition at cs follows the name and the
// source is the name, not a content that ends in it.
func (s *segmenter) nameClauseBefore(lo, cs int) (int, bool) {
	p := cs - 1
	for p > lo && s.toks[p-1].clause == s.toks[cs-1].clause {
		p--
	}
	if p <= lo+1 || s.toks[p].inq || s.toks[p-1].inq || !strings.Contains(s.text[s.toks[p-1].end:s.toks[p].start], ",") {
		return 0, false
	}
	n := s.npBefore(cs-1, p)
	if !n.ok() || n.from != p || n.to != cs || !s.personName(n) {
		return 0, false
	}
	return p, true
}

// descriptionClauseBefore returns where the clause before token cs starts when it is a
// description set off by commas: no verb in it, and a
// role, a title or a body in lower case ("the mayor", "the mayor of Halden", "the port's
// chief executive", "a spokesman for the mayor", "the union"; not "the plan will hurt
// the mayor").
func (s *segmenter) descriptionClauseBefore(lo, cs int) (int, bool) {
	p := cs - 1
	for p > lo && s.toks[p-1].clause == s.toks[cs-1].clause {
		p--
	}
	role := false
	for j := p; j < cs; j++ {
		t := s.toks[j]
		if t.inq || t.flags&(ClassVerb|ClassAux|ClassPast|ClassThat|ClassWho) != 0 && t.flags&(ClassRole|ClassTitle) == 0 {
			return 0, false
		}
		role = role || !t.cap && (t.flags&(ClassRole|ClassTitle|ClassOrg) != 0 || roleLike(s.lowerWord(j)))
	}
	return p, role
}

// sourceDescription reports whether the cue verb at token k, whose content starts at
// token m and ends before token end, stands in a relative clause with "who" that
// describes the source of a quotation before it ("“…,” said Ana Ruiz, who backs the
// levy", "said Lena Varga, a Liberal who has long backed the toll"), and is a verb
// of support (descriptionVerbs) whose content is an object, not a clause: the source's
// side, which says who the source is. The clause is part of the source phrase, as
// PolNeAR (Newell et al. 2018) marks sources, each word in one attribution at most. A
// relative clause with another verb ("who said the levy would fail", "who urged
// restraint", "who sees the levy as a tax", "who declined to run") is an attribution of
// its own, and so is one before the verb of its antecedent ("Ana Ruiz, who backs the
// levy, said …", with or without a quotation after "said"), or after a source in an
// earlier sentence.
func (s *segmenter) sourceDescription(k, m, end, lo, hi int) bool {
	if !descriptionVerbs[s.lang.verbBase(s.lowerWord(k))] || s.toks[k].flags&ClassVerb != 0 || s.toks[m-1].flags&(ClassThat|ClassPrep) != 0 ||
		s.toks[m].inq || !s.objectContent(m, hi) {
		return false
	}
	j := k - 1
	for j > lo && s.toks[j].clause == s.toks[k].clause && s.toks[j].flags&ClassWho == 0 &&
		(s.toks[j].flags&(ClassAux|ClassNeg) != 0 || s.adverb(j) || namingAdverbs[s.lowerWord(j)] || s.lowerWord(j) == "since") {
		j--
	}
	if j <= lo || s.lowerWord(j) != "who" || s.toks[j].clause != s.toks[k].clause {
		return false
	}
	// The source of a quotation, with its cue before "who": the source's phrase ends
	// within a few words before "who", in its sentence, with no verb between (an
	// apposition may stand there: "Lena Varga, a Liberal who").
	for i := range s.quotes {
		q := &s.quotes[i]
		if !q.attributed || q.speakerEnd <= q.speakerPos || q.speakerEnd > s.toks[j].start || q.CueEnd <= q.CueStart || q.CueEnd > s.toks[j].start {
			continue // no source, no cue, or one after "who"
		}
		a := s.tokAt(q.speakerEnd) // the token after the source's last
		if a == 0 || a > j || j-a > 8 || s.toks[a-1].sentence != s.toks[j].sentence || s.verbIn(a, j) {
			continue
		}
		return true
	}
	return false
}

// descriptionVerbs are the verbs of support (a subset of supportVerbs, without the
// verbs of speech and thought "urge", "discuss", "consider" and the like) whose
// relative clause after a quotation's source says who the source is.
var descriptionVerbs = map[string]bool{"support": true, "endorse": true, "oppose": true, "favor": true, "favour": true,
	"back": true, "prefer": true}

// possessiveHer reports whether token m is "her" before a lower-case noun in its clause,
// a possessive and not an object pronoun: "told her supporters that …", "told her staff
// the vote was fair". "her" is the addressee before a determiner, a name or "to" ("told
// her the vote was fair", "told her to leave"), before an indefinite pronoun or "let's"
// ("warned her nothing would change", "told her let's wait"), and before a noun that a
// verb or an auxiliary follows, the content's subject ("told her critics were wrong").
func (s *segmenter) possessiveHer(m, hi int) bool {
	if s.lowerWord(m) != "her" || m+1 >= hi {
		return false
	}
	n := s.toks[m+1]
	if n.inq || n.clause != s.toks[m].clause || !s.contentWord(m+1) || s.adverb(m+1) ||
		n.flags&(ClassDet|ClassSubject|ClassThat|ClassPrep|ClassAux|ClassPast|ClassConj|ClassWho|ClassTime|ClassMonth) != 0 {
		return false
	}
	if w := s.lowerWord(m + 1); indefinitePronouns[w] || pronounNouns[w] || letWords[w] {
		return false
	}
	if m+2 < hi && !s.toks[m+2].inq && s.toks[m+2].clause == n.clause &&
		s.toks[m+2].flags&(ClassAux|ClassPast|ClassNeg|ClassVerb|ClassThink) != 0 && s.toks[m+2].flags&ClassPrep == 0 {
		return false // "told her husband would lose": "her" is the addressee, "husband" the content's subject
	}
	return true
}

// pronounNouns are the indefinite pronouns that indefinitePronouns does not hold
// ("nothing", "nobody"): words that no possessive stands before.
var pronounNouns = map[string]bool{"nothing": true, "something": true, "anything": true, "everything": true,
	"nobody": true, "none": true}
