package voices

import "testing"

// TestReportedEvidenceParticiple21 covers a participle of showing or finding right after
// a record or a measurement (evidence.go): the record reports its object or clause, to
// the end of the participle's clause, with the record for source; after a noun that is
// no record, or as a noun before a verb, it reports nothing. Each sentence is written for
// this test.
func TestReportedEvidenceParticiple21(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"surveys showing an object and its predicate, in a fronted phrase",
			"Despite surveys showing her far behind, Ana Ruiz campaigned in Halden.",
			[]vspan{{Reported, "surveys", "surveys", "showing", "her far behind"}}},
		{"a poll showing, in the subject",
			"A fresh survey showing Ivo Marek far behind alarmed his aides.",
			[]vspan{{Reported, "A fresh survey", "a fresh survey", "showing", "Ivo Marek far behind"}}},
		{"a study finding that, the record without the phrase it ends",
			"In the wake of a study finding that the ferry ran late, Lena Varga resigned.",
			[]vspan{{Reported, "a study", "a study", "finding", "the ferry ran late"}}},
		{"records showing whether",
			"There are no public records showing whether the gift to Ana Ruiz was legal.",
			[]vspan{{Reported, "public records", "public records", "showing", "whether the gift to Ana Ruiz was legal"}}},
		{"not after a noun that is no record",
			"Despite voters showing her little warmth, Ana Ruiz campaigned in Halden.",
			nil},
		{"nor a participle of another verb of thinking after a record",
			"Despite polls hoping for a close race, Ana Ruiz campaigned in Halden.",
			nil},
		{"nor showing as a noun before a verb",
			"A poor poll showing could cost Ana Ruiz the seat in Halden.",
			nil},
		{"nor a picture that shows a scene",
			"The photos showing the pier were taken in May.",
			nil},
		{"the record after a preposition, without it",
			"Ana Ruiz looked at the surveys showing her far behind.",
			[]vspan{{Reported, "the surveys", "the surveys", "showing", "her far behind"}}},
	})
}

// TestReportedNominalClause21 covers a question or relative word inside the content of a
// speech noun (nominal.go): it opens a clause whose first verb is its own, so the content
// runs past that verb, to the sentence's verb or end; without such a word the content
// still ends at the sentence's verb. Each sentence is written for this test.
func TestReportedNominalClause21(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a question word with an auxiliary",
			"The mayor faced questions about what had broken down at the ferry pier.",
			[]vspan{{Reported, "", "", "questions", "what had broken down at the ferry pier"}}},
		{"whether and a modal",
			"Lena Varga raised doubts about whether the board can pay for the pier by spring.",
			[]vspan{{Reported, "", "", "doubts", "whether the board can pay for the pier by spring"}}},
		{"how, with a light verb's subject for source",
			"Ana Ruiz voiced concerns about how the toll would work in Halden.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "concerns", "how the toll would work in Halden"}}},
		{"a relative clause in the content",
			"Ivo Marek made no mention of the ferry captain who had quit.",
			[]vspan{{Reported, "", "", "mention", "the ferry captain who had quit"}}},
		{"the relative clause's verb is its own, the next the sentence's",
			"The criticism of the harbormaster who resigned was sharp in Halden.",
			[]vspan{{Reported, "", "", "criticism", "the harbormaster who resigned"}}},
		{"without a question word the content ends at the sentence's verb",
			"Questions about the toll were raised in Halden.",
			[]vspan{{Reported, "", "", "questions", "the toll"}}},
	})
}

// TestReportedNominalInfinitive21 covers a speech noun whose content is an infinitive:
// the verb right after "to" is the infinitive's own, not the sentence's, so "his claim to
// have won" and "to be" keep their words; the sentence's verb after it still ends the
// content. Each sentence is written for this test.
func TestReportedNominalInfinitive21(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"an auxiliary right after to",
			"The Marek claim to have mended the Halden pier was false.",
			[]vspan{{Reported, "", "", "claim", "to have mended the Halden pier"}}},
		{"be right after to, the possessor for source",
			"Marek's claim to be the strongest rival of Ana Ruiz is weak.",
			[]vspan{{Reported, "Marek", "Marek", "claim", "to be the strongest rival of Ana Ruiz"}}},
		{"the sentence's verb after the infinitive ends the content",
			"Lena Varga's call to close the pier was rejected in Halden.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "call", "to close the pier"}}},
	})
}

// TestReportedAsPassive21 covers a passive clause with "as" that names where the
// sentence's words come from (asreported.go): the rest of the sentence is the content,
// with the agent after "by" or the medium after "in" for source; a clause without such a
// participle and phrase is none, and one that ends the sentence is not read. Each
// sentence is written for this test.
func TestReportedAsPassive21(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"as reported by an outlet",
			"As reported by the Halden Post, the ferry will stop in May.",
			[]vspan{{Reported, "the Halden Post", "Halden Post", "reported", "the ferry will stop in May"}}},
		{"as first reported in a medium, with a time",
			"As first reported in the Halden Courier on Monday, the pier will close.",
			[]vspan{{Reported, "the Halden Courier", "Halden Courier", "reported", "the pier will close"}}},
		{"as detailed by a person",
			"As detailed by Lena Varga, the toll would double by June.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "detailed", "the toll would double by June"}}},
		{"not a participle of expecting",
			"As expected by many in Halden, the pier closed in May.",
			nil},
		{"nor a participle without its phrase",
			"As noted earlier, the pier closed in May.",
			nil},
		{"nor at the end of the sentence",
			"The ferry will stop in May, as first reported by the Halden Courier.",
			nil},
		{"after a content, the agent's apposition is no content",
			"The pier will close in May, as noted by Ivo Marek, the harbormaster.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "noted", "The pier will close in May"}}},
	})
}

// TestReportedLaunchedAttack21 covers a verb that delivers a noun of speech (launch.go):
// its subject is the source and the person the noun is about the content; a place is a
// raid's target, and a call is for anything. Each sentence is written for this test.
func TestReportedLaunchedAttack21(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"launched an attack against a person",
			"Ana Ruiz launched a harsh attack against Ivo Marek.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "attack", "Ivo Marek"}}},
		{"unleashed an attack on a pronoun's",
			"Ana Ruiz unleashed an attack on his record as harbormaster.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "attack", "his record as harbormaster"}}},
		{"made a call for anything",
			"Lena Varga made an urgent call for calm in Halden.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "call", "calm in Halden"}}},
		{"not an attack on a place",
			"The army launched an attack on China.",
			nil},
		{"nor on a common noun",
			"The rebels launched an attack on the harbor at Halden.",
			nil},
		{"nor a name that ends in a facility's noun",
			"The rebels launched an attack on Halden Castle.",
			nil},
	})
}

// TestReportedAccordingLong21 covers "according to" before a source the phrase reader
// cannot delimit: the rest of its clause, up to 18 words and quoted words after its
// first, is the source, and the rest of the sentence the content; a longer clause is no
// source. Each sentence is written for
// this test.
func TestReportedAccordingLong21(t *testing.T) {
	src := "a May 2019 study by the Halden Institute based on ferry logs from 2017"
	runSpanCases(t, []spanCase{
		{"a source of fourteen words",
			"According to " + src + ", young voters in Halden lean to the left.",
			[]vspan{{Reported, src, src[2:], "according to", "young voters in Halden lean to the left"}}},
		{"a source with a quoted word",
			"According to her “payback” plan, firms leaving Halden must repay the aid.",
			[]vspan{{Title, "", "", "", "payback"},
				{Reported, "her “payback” plan", "her “payback” plan", "according to", "firms leaving Halden must repay the aid"}}},
		{"but not a clause of twenty words",
			"According to a May 2019 study by the Halden Institute based on ferry logs and tax rolls and school lists from 2017, young voters lean left.",
			nil},
		{"nor a relative clause after according to",
			"Halden keeps the old rules according to which the ferry sails at dawn.",
			nil},
		{"nor according to at the end of the text",
			"The ferry sails late in Halden according to",
			nil},
		{"nor according to at the end of a sentence",
			"The ferry sails late in Halden according to. The pier is closed.",
			nil},
	})
}
