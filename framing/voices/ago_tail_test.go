package voices

import "testing"

// TestAgoTimesAndMediaNouns checks three readings around a verb of saying. A length of
// time before "ago", "earlier" or "later" is a time of the verb, not its content, also
// where it ends the sentence ("…, the Post reported ten days ago." had "ten days ago" for
// content and the clause before it none), after an addressee ("told reporters two days
// ago that …" had the addressee and the time in the content) and before a phrase of the
// medium ("said two weeks ago in a statement that …"); but before another preposition the
// phrase stays ("said four years ago about the “plan” that …"). A noun of the medium that
// is also a verb ("blog", "post") ends its phrase before "that" ("wrote on her blog that
// …" had no content, "said on her blog that …" had "blog" in it), not before a time ("that
// morning"), a participle's "that" or a relative pronoun before its verb. And a relative
// clause set off by commas after an inverted source is the source's, asides inside it
// included: a content split after its subject goes on after it ("The port, said Ruiz, who
// chairs the board, will close" had "The port" alone). Each sentence is invented.
func TestAgoTimesAndMediaNouns(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a length of time ago ends the sentence", "The foundation received payments, the Halden Post reported ten days ago.",
			[]vspan{{Reported, "the Halden Post", "Halden Post", "reported", "The foundation received payments"}}},
		{"a year ago after a plural source", "The port lost money, officials said a year ago.",
			[]vspan{{Reported, "officials", "officials", "said", "The port lost money"}}},
		{"a length of time ago ends the clause", "The port lost money, officials said a year ago, and the ferry stopped.",
			[]vspan{{Reported, "officials", "officials", "said", "The port lost money"}, {Reported, "officials", "officials", "said", "the ferry stopped"}}},
		{"later ends the sentence", "The port will close, Ruiz said three days later.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "The port will close"}}},
		{"ago before a phrase of the medium, then that", "Ruiz said two weeks ago in a statement that the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port would close"}}},
		{"ago before a topic keeps its phrase", "Ruiz said four years ago about the plan that it would fail.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "four years ago about the plan that it would fail"}}},
		{"ago after an addressee", "Ruiz told reporters two days ago that the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "told", "the port would close"}}},
		{"ago after an addressee, no that", "Ruiz told reporters a week ago the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "told", "the port would close"}}},
		{"ago after an addressee ends the sentence", "The port will close, Ruiz told reporters a week ago.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "told", "The port will close"}}},
		{"a figure of addressees", "Ruiz told two reporters the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "told", "the port would close"}}},
		{"a medium noun that is a verb before that", "Ruiz wrote on her blog that the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "wrote", "the port would close"}}},
		{"the same after said", "Ruiz said on her blog that the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port would close"}}},
		{"after a determiner", "Ruiz posted on the blog that the port would close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "posted", "the port would close"}}},
		{"a participle after a capitalized word is no medium noun", "The choice comes after port groups wrote to Ms. Ruiz in June charging that her office had “failed the public,” and calling on her to act.",
			[]vspan{{Quote, "port groups", "port groups", "charging", "failed the public,"}, {Reported, "port groups", "port groups", "calling", "her to act"}}},
		{"a relative pronoun before its verb", "The band dropped two tunes that Ivo wrote for the show that did not sell tickets.", nil},
		{"a name of the medium before that", "Ivo Marek wrote in The Halden Post that the levy would fail.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "wrote", "the levy would fail"}}},
		{"a time ago inside the object is no end of the sentence",
			"Ana Ruiz, a harbor pilot, recalled a quarrel with her crew a few years ago about the new tide tables.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "recalled", "a quarrel with her crew a few years ago about the new tide tables"}}},
		{"ago before a topic holding a quotation", "Ruiz said four years ago about the “plan” that it was a scam.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "four years ago about the"}, {Quote, "Ruiz", "Ruiz", "said", "plan"}, {Reported, "Ruiz", "Ruiz", "said", "that it was a scam"}}},
		{"ago before the medium at the sentence's end", "The border will reopen, the minister said two days ago in a statement.",
			[]vspan{{Reported, "the minister", "the minister", "said", "The border will reopen"}}},
		{"that before a time after a medium noun", "Ruiz wrote on her blog that morning that the ferry was late.", nil},
		{"that before a time unit", "Ruiz wrote on her blog that week that the ferry was late.", nil},
		{"day as a noun's modifier", "Ruiz wrote on her blog that day laborers were underpaid.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "wrote", "day laborers were underpaid"}}},
		{"a time unit that opens the content", "Ruiz wrote on her blog that years of neglect had ruined the port.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "wrote", "years of neglect had ruined the port"}}},
		{"a time word that opens the content", "Ruiz wrote on her blog that weeks of rain had flooded the port.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "wrote", "weeks of rain had flooded the port"}}},
		{"a relative word alone before an aside", "The port, said Ruiz, who, as chair, leads the board, will close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "The port"}, {Reported, "Ruiz", "Ruiz", "said", "will close"}}},
		{"a relative word alone before an adverb", "The port, said Ruiz, who, frankly, dislikes the board, will close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "The port"}, {Reported, "Ruiz", "Ruiz", "said", "will close"}}},
		{"a relative clause of an inverted source", "The port, said Ruiz, who chairs the board, will close in May.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "The port"}, {Reported, "Ruiz", "Ruiz", "said", "will close in May"}}},
		{"whose", "The port, said Ruiz, whose firm owns the pier, will close in May.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "The port"}, {Reported, "Ruiz", "Ruiz", "said", "will close in May"}}},
		{"a dash closes the relative clause", "The port, said Ruiz, who chairs the board — will close in May.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "The port"}, {Reported, "Ruiz", "Ruiz", "said", "will close in May"}}},
		{"a time before the relative clause", "The port, said Ruiz on Monday, who chairs the board, will close in May.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "The port"}, {Reported, "Ruiz", "Ruiz", "said", "will close in May"}}},
		{"no relative clause: the words after the source are the content's", "The port, said Ruiz, is doomed, and the ferry too.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "The port"}, {Reported, "Ruiz", "Ruiz", "said", "is doomed, and the ferry too"}}},
		{"after a clause, the sentence does not go on", "The port will close, said Ruiz, whose firm owns the pier, in a statement.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "The port will close"}}},
		{"the relative clause ends the sentence", "The port will close, said Ruiz, who chairs the board.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "The port will close"}}},
	})
}
