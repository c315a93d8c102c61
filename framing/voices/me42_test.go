package voices

import "testing"

// TestSubjectsMe42 checks subjects that open with an adverb before an aside ("Even Ivo
// Marek, a …, said"), a description by office before the name set off after it ("The
// treasurer of the Orlen Rowing Club, Mia Sauer, said" is Mia Sauer), and a name in an
// absolute phrase after "with" ("…, with Sauer warning that …"). Each sentence is
// invented.
func TestSubjectsMe42(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"an adverb before a name and its aside", "Even Ivo Marek, who chaired the board for a decade, doubts that the mill can reopen.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "doubts", "the mill can reopen"}}},
		{"an adverb in -ly before a name and its aside", "Privately Mia Sauer, the club's oldest rower, hopes the regatta will move to May.",
			[]vspan{{Reported, "Mia Sauer", "Mia Sauer", "hopes", "the regatta will move to May"}}},
		{"a description by office, then the name", "The treasurer of the Orlen Rowing Club, Mia Sauer, said the boathouse needs a new roof.",
			[]vspan{{Reported, "Mia Sauer", "Mia Sauer", "said", "the boathouse needs a new roof"}}},
		{"a description by office, then an aside that ends with a place", "The treasurer of the Orlen Rowing Club, who flew in from Lisbon, Portugal, said the boathouse would close.",
			[]vspan{{Reported, "The treasurer of the Orlen Rowing Club", "the treasurer of the Orlen Rowing Club", "said", "the boathouse would close"}}},
		{"a description by office after an adverb, then the name", "Lately the chair of Orlen Savings, Ivo Marek, has argued that rates must fall.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "argued", "rates must fall"}}},
		// A name that "the" opens is still a name: the description after it is its own.
		{"a name with its article, then a description", "The Orlen Gazette, a weekly, reported that the mill had been sold.",
			[]vspan{{Reported, "The Orlen Gazette", "Orlen Gazette", "reported", "the mill had been sold"}}},
		{"an absolute phrase after a comma", "The meeting ran late, with Sauer warning that the club could fold by winter.",
			[]vspan{{Reported, "Sauer", "Sauer", "warning", "the club could fold by winter"}}},
		{"an absolute phrase that opens the sentence", "With Marek calling the budget a fantasy, the board adjourned.",
			[]vspan{{Reported, "Marek", "Marek", "calling", "the budget a fantasy"}}},
		// "with" that goes with the verb before it opens no absolute phrase.
		{"with after a verb", "The mayor met with Marek saying the race was lost.", nil},
		// A word that opens a station's name is no adverb.
		{"a name that opens with an adverb", "Now Orlen, the town's weekly, has learned that the mill is for sale.",
			[]vspan{{Reported, "the town's weekly", "the town's weekly", "learned", "the mill is for sale"}}},
	})
}

// TestThatClauseLongSubjectMe42 checks that "that" after a verb of thinking opens a
// clause whose subject is long, of up to ten words. The sentences are invented.
func TestThatClauseLongSubjectMe42(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a gerund subject of nine words", "Sauer believes that rowing two of the river's four long stretches each week will keep her fit.",
			[]vspan{{Reported, "Sauer", "Sauer", "believes", "rowing two of the river's four long stretches each week will keep her fit"}}},
		{"that and a noun with no verb after it", "Marek denied that rumor at the club dinner on Friday.",
			// (The object runs on to the end of the clause, as a plain object does here.)
			[]vspan{{Reported, "Marek", "Marek", "denied", "that rumor at the club dinner on Friday"}}},
	})
}

// TestContinueIsNoCueMe42 checks that "as" and a verb of going on ("As the strike
// continues, …", "As fares continue to climb, …") is a time, not an attribution, and that
// a participle after a noun is no finite verb that would make the noun a clause's subject
// ("added a rule taken from the charter": an object, not a content). The sentences are
// invented.
func TestContinueIsNoCueMe42(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"as and continue", "As the strike continues, ferry crews say they cannot pay rent.",
			[]vspan{{Reported, "ferry crews", "ferry crews", "say", "they cannot pay rent"}}},
		{"as, continue and to", "As fares continue to climb, even short trips are a luxury.", nil},
		{"a participle after the object", "The guild added a rule taken from the old charter.", nil},
		{"a participle, then the clause's verb", "Sauer knew the risks taken by the crew were high.",
			[]vspan{{Reported, "Sauer", "Sauer", "knew", "the risks taken by the crew were high"}}},
		{"a participle, then a clause of its own", "Sauer found the boat taken by the river after the storm had passed.", nil},
	})
}

// TestIdiomsMe42 checks idioms that look like a cue and its content: "find it" and an
// adjective before "to" (an experience), "put it" without a quotation or a colon, "make a
// mockery of" (to undermine), and a participle of accusing or judging right after its
// noun, which is a passive: the noun is accused, not accusing, and no one there is its
// source. The sentences are invented.
func TestIdiomsMe42(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"find it and an adjective before to", "Rowers will find it costly to race abroad.", nil},
		{"find it and an adjective before that", "Sauer found it strange that nobody rowed on Sunday.",
			[]vspan{{Reported, "Sauer", "Sauer", "found", "it strange that nobody rowed on Sunday"}}},
		{"put it and an adverb", "The old coach put it gently.", nil},
		{"make a mockery of", "The late start made a mockery of the timetable.", nil},
		{"a mockery of, with a source", "Marek's mockery of the timetable amused the crew.",
			[]vspan{{Reported, "Marek", "Marek", "mockery", "the timetable"}}},
		{"a participle of accusing after its noun", "The club expelled two rowers accused of doping.", nil},
		{"a participle of accusing in the subject", "The crew accused of bias said it would appeal.",
			[]vspan{{Reported, "The crew", "the crew", "said", "it would appeal"}}},
		{"a participle of accusing in a relative clause of the subject", "The coach the crew accused of bias said he would stay.",
			[]vspan{{Reported, "", "", "said", "he would stay"}}},
		{"a participle of accusing after a relative word", "The coach whom the crew accused of bias said he would stay.",
			[]vspan{{Reported, "", "", "said", "he would stay"}}},
		{"a passive of accusing", "Two rowers were accused of doping.", nil},
		{"a headline's participle of accusing in the subject", "Crew Accused Of Bias Says It Will Appeal",
			[]vspan{{Reported, "Crew", "Crew", "says", "It Will Appeal"}}},
		{"a participle of judging after its noun", "The board dropped a plan described as reckless.", nil},
		{"a participle of accusing after a people's name", "Two Finns accused of spying were freed.", nil},
		{"a headline's participle after a person's name", "Ana Ruiz Accused Of Paying Her Rowers", nil},
		{"an active verb of accusing", "Two rowers accused the coach of bias.",
			[]vspan{{Reported, "Two rowers", "Two rowers", "accused", "the coach of bias"}}},
		{"a relative object before the verb", "The club fined the rowers that the coach accused of cheating.",
			[]vspan{{Reported, "the coach", "the coach", "accused", "cheating"}}},
		{"a name for subject, the relative word further back", "The league, which last year Ana Ruiz blamed for the attacks, said nothing.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "blamed", "the attacks"}}},
		{"a pronoun subject, the relative word left out", "The club fined two rowers they accused of cheating.",
			[]vspan{{Reported, "The club", "the club", "accused", "cheating"}}},
	})
}

// TestTimesAndFrontedClausesMe42 checks that a noun of speech whose preposition governs a
// time reports nothing ("gave the remarks on Friday": when, not what about), and that a
// content in a subordinate clause that opens the sentence after an adverb or a
// conjunction ends before the main clause, as it does without them. The sentences are
// invented.
func TestTimesAndFrontedClausesMe42(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a noun of speech and a time", "Sauer gave her remarks on Friday at the boathouse.", nil},
		{"a noun of speech and its topic", "Sauer gave her remarks on the budget.",
			[]vspan{{Reported, "Sauer", "Sauer", "remarks", "the budget"}}},
		{"a noun of speech and a topic that opens with a time", "Sauer gave her remarks on Sunday racing.",
			[]vspan{{Reported, "Sauer", "Sauer", "remarks", "Sunday racing"}}},
		{"a noun of speech and a date", "Sauer gave her remarks on June 3.", nil},
		{"a noun of speech and a day's topic", "Sauer gave her remarks on Friday's race.",
			[]vspan{{Reported, "Sauer", "Sauer", "remarks", "Friday's race"}}},
		{"an adverb before the subordinator", "Even when Marek said the race was over, the crowd kept cheering.",
			[]vspan{{Reported, "Marek", "Marek", "said", "the race was over"}}},
		{"a conjunction before the subordinator", "But after Sauer said the boathouse would close, the rowers left.",
			[]vspan{{Reported, "Sauer", "Sauer", "said", "the boathouse would close"}}},
		{"an adverb in -ly before the subordinator", "Shortly after Sauer said the boathouse would close, the rowers left.",
			[]vspan{{Reported, "Sauer", "Sauer", "said", "the boathouse would close"}}},
	})
}
