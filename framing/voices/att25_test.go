package voices

import "testing"

// TestIndirectQuestion25 covers "who" and "whom" after a verb of saying or asking: the
// indirect question is the verb's content, whichever of the two the text writes, and
// after "asked" too when no addressee comes between (questionPronoun). Each sentence is
// written for this test.
func TestIndirectQuestion25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"whom as who after a verb of saying",
			"Ana Ruiz would not say whom the guild endorsed.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "say", "whom the guild endorsed"}}},
		{"who after asked",
			"Ana Ruiz asked who would pay for the dam.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "asked", "who would pay for the dam"}}},
		{"a relative whom after a noun keeps its own reading",
			"The official, whom Ivo Marek criticized on Monday, resigned.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "criticized", "whom"}}},
		{"who after told and no addressee is no content",
			"Lena Varga told who would listen.",
			nil},
	})
}

// TestQuantityAndTime25 covers the quantity before a regular past (regularPastAhead:
// "hundred" and nouns in -ed are no past, a word in -ed after a determiner is passed
// over), "about" meaning "approximately" before a number in words or a time of day
// (approximately), and a length of time before "ago", "earlier" or "later", a time of the
// verb (agoEnd). Each sentence is written for this test.
func TestQuantityAndTime25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"hundred is no past",
			"The mayor said about two hundred.",
			nil},
		{"a noun in -ed is no past",
			"Ana Ruiz said too many shed roofs. Ivo Marek said too many red flags.",
			nil},
		{"but a past after hundred opens the clause",
			"The mayor said about two hundred barges sailed.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "about two hundred barges sailed"}}},
		{"a word in -ed after a determiner is no past",
			"Ana Ruiz said about half of the listed cases.",
			nil},
		{"and a past after it still counts",
			"Ana Ruiz said about half the listed ships docked.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "about half the listed ships docked"}}},
		{"about and a number in words after an addressee is no topic",
			"Ana Ruiz talked to reporters about two weeks ago.",
			nil},
		{"nor about and a time of day",
			"Ana Ruiz spoke to the crowd about noon. Ivo Marek spoke to the crowd about midnight.",
			nil},
		{"nor about and a number in words from the teens or the tens",
			"Ana Ruiz spoke to the crowd about seventy minutes. Ivo Marek spoke to the crowd about fourteen minutes.",
			nil},
		{"nor about and a number in digits",
			"Ana Ruiz spoke to the crowd about 40 minutes.",
			nil},
		{"about and a noun is the topic",
			"Ana Ruiz spoke to the council about the levy.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "spoke", "the levy"}}},
		{"a length of time before ago is a time of the verb",
			"Ana Ruiz said nearly a year ago that the dam would close. Ivo Marek said two weeks later the pier closed.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the dam would close"}, {Reported, "Ivo Marek", "Ivo Marek", "said", "the pier closed"}}},
		{"a length of time in the tens before ago",
			"Ana Ruiz said ninety years ago that the dam would close.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the dam would close"}}},
		{"but a length of time that is the subject keeps its adverb",
			"Ana Ruiz said nearly a year of talks had failed.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "nearly a year of talks had failed"}}},
	})
}

// TestQuestionSameClause25 covers "who" after a comma: it opens a clause of its own, not
// the verb's content (the checks on a comma after the verb and after its adverbials see to
// it, before questionPronoun is asked). Each sentence is written for this test.
func TestQuestionSameClause25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"who after a comma is no content",
			"Lena Varga asked, who would pay? Ivo Marek did not say on Monday, who else would.",
			nil},
		{"who in the verb's clause is its content",
			"Lena Varga did not say who else would speak.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "say", "who else would speak"}}},
	})
}

// TestPointTo25 covers "point to", which reports as "point out" does: its object is what
// the speaker cites ("pointed to rising costs"), but not a way out nor a thing pointed at
// with "at". Each sentence is written for this test.
func TestPointTo25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"pointed to and its object",
			"Ana Ruiz pointed to rising costs at the port.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "pointed", "rising costs at the port"}}},
		{"points to, present",
			"Ivo Marek points to the falling toll as proof.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "points", "the falling toll as proof"}}},
		{"pointed to a way out is a movement",
			"Ana Ruiz pointed to the door.",
			nil},
		{"pointed at is no citing",
			"Lena Varga pointed at the map.",
			nil},
	})
}

// TestAccordingToLaw25 covers "according to" in its sense of conformity with a norm or a
// plan, inside its clause without a comma (accordingConformity), which attributes
// nothing, so that a trailing attribution after it is the sentence's; and "ruled", a verb
// of finding in the past only (thinkPasts). Each sentence is written for this test.
func TestAccordingToLaw25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"according to law is conformity: the court's ruling is the attribution",
			"The culprits will be punished according to law, the court ruled.",
			[]vspan{{Reported, "the court", "the court", "ruled", "The culprits will be punished according to law"}}},
		{"according to plan attributes nothing",
			"The vote in Halden went according to plan.",
			nil},
		{"according to the rules after a verb, then a speaker",
			"The vote was held according to the rules, Ana Ruiz said.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "The vote was held according to the rules"}}},
		{"according to the rules opening the sentence attributes to them",
			"According to the rules, candidates must file by May.",
			[]vspan{{Reported, "the rules", "the rules", "according to", "candidates must file by May"}}},
		{"according to a person after a comma attributes",
			"The plan will fail, according to Ana Ruiz.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "according to", "The plan will fail"}}},
		{"according to the schedule after a comma at the sentence's end attributes",
			"The ferry sails at noon, according to the schedule.",
			[]vspan{{Reported, "the schedule", "the schedule", "according to", "The ferry sails at noon"}}},
		{"a plan with a possessive goes on: its author is the source",
			"The ferry will run according to the plan's author.",
			[]vspan{{Reported, "the plan's author", "the plan's author", "according to", "The ferry will run"}}},
		{"a plan of a person is a source",
			"The vote went according to the plan of Ivo Marek.",
			[]vspan{{Reported, "the plan of Ivo Marek", "the plan of Ivo Marek", "according to", "The vote went"}}},
		{"the rules committee is a source",
			"The vote was delayed according to the rules committee, which met on Monday.",
			[]vspan{{Reported, "the rules committee", "the rules committee", "according to", "The vote was delayed"}}},
		{"a schedule of fees is a source",
			"Prices rose according to the schedule of fees published by the port.",
			[]vspan{{Reported, "the schedule", "the schedule", "according to", "Prices rose"}}},
		{"a law firm is a source",
			"The ferry ran late according to the law firm Marek and Partners.",
			[]vspan{{Reported, "the law firm Marek and Partners", "Marek and Partners", "according to", "The ferry ran late"}}},
		{"a law professor is a source",
			"The vote was held according to law professor Ivo Marek.",
			[]vspan{{Reported, "law professor Ivo Marek", "Ivo Marek", "according to", "The vote was held"}}},
		{"ruled that",
			"The court ruled that the dam would close.",
			[]vspan{{Reported, "The court", "the court", "ruled", "the dam would close"}}},
		{"the rules committee is no verb",
			"The rules committee chair said the vote would wait.",
			[]vspan{{Reported, "The rules committee chair", "the rules committee chair", "said", "the vote would wait"}}},
	})
}

// TestProfessorTitle25 covers "Professor", a title before a name: the name after it is the
// speaker's even where it is also a modal or a month ("Professor May"). Each sentence is
// written for this test.
func TestProfessorTitle25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a title before a name that is also a modal",
			"Professor May said the dam would close.",
			[]vspan{{Reported, "Professor May", "May", "said", "the dam would close"}}},
		{"the same with a relative clause",
			"Professor May, who teaches law, said the dam would close.",
			[]vspan{{Reported, "Professor May", "May", "said", "the dam would close"}}},
		{"a professor as a common noun",
			"A professor at Halden said the dam would close.",
			[]vspan{{Reported, "A professor at Halden", "a professor at Halden", "said", "the dam would close"}}},
		{"a professor in an apposition",
			"Lena Varga, a professor at Halden, said the dam would close.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "said", "the dam would close"}}},
	})
}

// TestCoordinatedVerbSpeaker25 holds two findings of a new user's trial, right on lead25:
// the subject of a verb phrase coordinated with "and" is the speaker of the second verb's
// content too, and an addressee after "said to" is not the speaker of the quotation after
// the colon. Each sentence is written for this test.
func TestCoordinatedVerbSpeaker25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"the subject of the first verb speaks through the second",
			"The governor thanked the nation and vowed that the culprits would be punished.",
			[]vspan{{Reported, "The governor", "the governor", "vowed", "the culprits would be punished"}}},
		{"an addressee with to before the colon is no speaker",
			"Ana Ruiz said to the mediator: \u201cWe will not sign.\u201d",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "said", "We will not sign."}}},
	})
}

// TestNounsNotCues25 covers cue words that are nouns or another sense: a cue word in its
// base form after a determiner and before "be" is its subject (nounBeforeBe), and
// "observe" with a norm, a rite or a pause for object keeps it (observesNorm). Each
// sentence is written for this test.
func TestNounsNotCues25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a noun before be",
			"The primary reason is cost. The main reason was the toll.",
			nil},
		{"a verb before its gap's be stays a cue",
			"Many economists say is the way ahead for Halden.",
			[]vspan{{Reported, "Many economists", "Many economists", "say", "is the way ahead for Halden"}}},
		{"a base form after a plural noun is a verb before its gap's be",
			"The council passed a levy, which the unions say is unlawful. The economists say is the way ahead for Halden. The unions say was a mistake.",
			[]vspan{{Reported, "the unions", "the unions", "say", "is unlawful"}, {Reported, "The economists", "the economists", "say", "is the way ahead for Halden"}, {Reported, "The unions", "the unions", "say", "was a mistake"}}},
		{"observe a norm",
			"Drivers must observe the rules. The council will observe a minute of silence.",
			nil},
		{"observe a clause or a thing seen",
			"Ana Ruiz observed the rules were unclear. Ivo Marek observed that the dam was closing.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "observed", "the rules were unclear"}, {Reported, "Ivo Marek", "Ivo Marek", "observed", "the dam was closing"}}},
		{"a norm word that is no head is no norm",
			"Ana Ruiz observed the holiday crowds were thin. Ivo Marek observed the fast pace of change was alarming.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "observed", "the holiday crowds were thin"}, {Reported, "Ivo Marek", "Ivo Marek", "observed", "the fast pace of change was alarming"}}},
		{"a norm that is the head but a verb follows",
			"Ana Ruiz observed the limits of the plan were clear.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "observed", "the limits of the plan were clear"}}},
		{"a norm that heads a phrase with of",
			"Drivers must observe the rules of the port.",
			nil},
		{"a norm and a coordinated verb",
			"Drivers must observe the curfew and slow down.",
			nil},
	})
}

// TestQuestionAfterAddressee25 covers an indirect question after the addressee of "ask":
// the question is the content, the addressee is not part of it
// (questionAfterAddressee); without a question word, and after "tell", the addressee
// stays in the content. Each sentence is written for this test.
func TestQuestionAfterAddressee25(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"whether after the addressee",
			"Ana Ruiz asked Ivo Marek whether the dam would close.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "asked", "whether the dam would close"}}},
		{"who after asked and the addressee",
			"Lena Varga asked the mayor who would pay.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "asked", "who would pay"}}},
		{"no question word after the addressee: no question",
			"Ana Ruiz asked Ivo Marek to leave.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "asked", "Ivo Marek to leave"}}},
		{"after told the addressee stays",
			"Ana Ruiz told Ivo Marek whether the dam would close.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "told", "Ivo Marek whether the dam would close"}}},
	})
}
