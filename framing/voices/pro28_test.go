package voices

import "testing"

// TestTopicNoPersonPro28 covers a headline's topic as an antecedent: a name the
// attribution reads as a topic before a headline's colon (see headlineTopic) is a thing,
// which neither "he" nor "she" stands for, there or named again in the body (texts written
// for this test, the names invented).
func TestTopicNoPersonPro28(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a topic before a headline's colon is no she",
			"Halden Dam: repairs begin\n\nShe said the work would end in May.",
			[]vspan{{Reported, "", "", "said", "the work would end in May"}}},
		{"a topic named again in the body is no she",
			"Halden Dam: repairs begin\n\nThe Halden Dam was built long ago. She said the work would end in May.",
			[]vspan{{Reported, "", "", "said", "the work would end in May"}}},
		{"she passes over the topic to the person named",
			"Halden Dam: repairs begin\n\nAna Ruiz came on Monday. She said the work would end in May.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the work would end in May"}}},
		{"a person before a headline's colon is still she",
			"Ana Ruiz: repairs begin\n\nShe said the work would end in May.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the work would end in May"}}},
	})
}

// TestTheyNotSingularPro28 covers "they": a description headed by a singular count noun
// in lower case is not what it stands for, while a body, a group and a plural are (texts
// written for this test, the names invented).
func TestTheyNotSingularPro28(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a chair is not they",
			"The committee chair met reporters on Monday. They said the vote would come in June.",
			[]vspan{{Reported, "", "", "said", "the vote would come in June"}}},
		{"the head of a body is not they",
			"The head of the council met reporters. They said the plan was dead.",
			[]vspan{{Reported, "", "", "said", "the plan was dead"}}},
		{"a quoted spokeswoman is not they",
			"\"We will fight,\" the spokeswoman said. They said the plan was dead.",
			[]vspan{
				{Quote, "the spokeswoman", "the spokeswoman", "said", "We will fight,"},
				{Reported, "", "", "said", "the plan was dead"},
			}},
		{"the government is they",
			"The government met on Monday. They said the plan was dead.",
			[]vspan{{Reported, "The government", "the government", "said", "the plan was dead"}}},
		{"the council is they",
			"The council met on Monday. They said the plan was dead.",
			[]vspan{{Reported, "The council", "the council", "said", "the plan was dead"}}},
		{"the police are they",
			"The police met reporters. They said the plan was dead.",
			[]vspan{{Reported, "The police", "the police", "said", "the plan was dead"}}},
		{"spokesmen are they",
			"The spokesmen met reporters. They said the plan was dead.",
			[]vspan{{Reported, "The spokesmen", "the spokesmen", "said", "the plan was dead"}}},
		{"a family is they",
			"The Halden family met reporters. They said the plan was dead.",
			[]vspan{{Reported, "The Halden family", "Halden family", "said", "the plan was dead"}}},
	})
}

// TestOpeningClauseSubjectPro28 covers a sentence that opens with a subordinate clause
// set off by a comma ("As …,", "While …,", "Although …,"): the sentence's subject, which a
// pronoun after it takes, is in the clause after the comma (texts written for this test,
// the names invented).
func TestOpeningClauseSubjectPro28(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"while's subject is not the sentence's",
			"While Ana Ruiz spoke in the square, the council voted. It said the plan was dead.",
			[]vspan{{Reported, "the council", "the council", "said", "the plan was dead"}}},
		{"although's subject is not the sentence's",
			"Although the ministry objected, the council voted. It said the plan was dead.",
			[]vspan{{Reported, "the council", "the council", "said", "the plan was dead"}}},
		{"an opening phrase without a verb is no clause",
			"As a retired Soloria senator, I thought it was a trap. I spoke to Ivo Marek, a spokesman for the port. He said the plan was dead.",
			[]vspan{
				{Reported, "", "", "thought", "it was a trap"},
				{Reported, "Ivo Marek", "Ivo Marek", "said", "the plan was dead"},
			}},
		{"a name and its apposition open no clause",
			"Though Ivo Marek, Halden's port director, said it was hard to know, he said the signs were clear.",
			[]vspan{
				{Reported, "Ivo Marek", "Ivo Marek", "said", "it was hard to know"},
				{Reported, "Ivo Marek", "Ivo Marek", "said", "the signs were clear"},
			}},
		{"the opening clause's subject is still an antecedent",
			"While the mayor objected, the council voted. He said the plan was dead.",
			[]vspan{{Reported, "the mayor", "the mayor", "said", "the plan was dead"}}},
		{"a pronoun after the opening clause takes its subject",
			"While the guilds praised the inquiry, they are demanding a trial. They said the plan was dead.",
			[]vspan{
				{Reported, "the guilds", "the guilds", "praised", "the inquiry"},
				{Reported, "the guilds", "the guilds", "demanding", "a trial"},
				{Reported, "the guilds", "the guilds", "said", "the plan was dead"},
			}},
	})
}

// TestSpelledTitlesPro28 covers the legislators' titles written out before a name, as
// "Rep." and "Sen." are: "Delegate Ana Ruiz" is Ana Ruiz, while "a delegate" stays a
// description (texts written for this test, the names invented).
func TestSpelledTitlesPro28(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"delegate as a title",
			"Delegate Ana Ruiz said the plan was dead.",
			[]vspan{{Reported, "Delegate Ana Ruiz", "Ana Ruiz", "said", "the plan was dead"}}},
		{"assemblywoman as a title, the surname joined",
			"Assemblywoman Ana Ruiz said the plan was dead. Ruiz added that the vote was close.",
			[]vspan{
				{Reported, "Assemblywoman Ana Ruiz", "Ana Ruiz", "said", "the plan was dead"},
				{Reported, "Ruiz", "Ana Ruiz", "added", "the vote was close"},
			}},
		{"a delegate in lower case is a description",
			"A delegate said the plan was dead.",
			[]vspan{{Reported, "A delegate", "a delegate", "said", "the plan was dead"}}},
	})
}

// TestCoordinatedSourcePro28 covers a subject of coordinated noun phrases that are no
// names: the source is the whole coordination, not its last phrase (texts written for
// this test, the names invented).
func TestCoordinatedSourcePro28(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"two plural nouns",
			"Dockers and pilots say the new levy has not slowed the harbor.",
			[]vspan{{Reported, "Dockers and pilots", "Dockers and pilots", "say", "the new levy has not slowed the harbor"}}},
		{"two descriptions",
			"The mayor and the governor said the plan was dead.",
			[]vspan{{Reported, "The mayor and the governor", "the mayor and the governor", "said", "the plan was dead"}}},
		{"a name and a description",
			"Ana Ruiz and her aides said the plan was dead.",
			[]vspan{{Reported, "Ana Ruiz and her aides", "Ana Ruiz and her aides", "said", "the plan was dead"}}},
		{"coordinated names are read as before",
			"Ana Ruiz and Ivo Marek said the plan was dead.",
			[]vspan{{Reported, "Ana Ruiz and Ivo Marek", "Ana Ruiz and Ivo Marek", "said", "the plan was dead"}}},
		{"a clause after a comma and and is another clause",
			"Ruiz asked for a vote, and the governor said the plan was dead.",
			[]vspan{
				{Reported, "Ruiz", "Ruiz", "asked", "a vote"},
				{Reported, "the governor", "the governor", "said", "the plan was dead"},
			}},
	})
}

// TestTheyPluralYsPro28 covers plurals in a vowel and "-ys" as what "they" stands for,
// and a possessive before a singular head, which is no plural (texts written for this
// test).
func TestTheyPluralYsPro28(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"attorneys are they",
			"The attorneys met reporters. They said the plan was dead.",
			[]vspan{{Reported, "The attorneys", "the attorneys", "said", "the plan was dead"}}},
		{"a company's lawyer is not they",
			"The company's lawyer met reporters. They said the plan was dead.",
			[]vspan{{Reported, "", "", "said", "the plan was dead"}}},
		{"envoys are they",
			"The envoys met reporters. They said the plan was dead.",
			[]vspan{{Reported, "The envoys", "the envoys", "said", "the plan was dead"}}},
	})
}

// TestConjunctsNarrowPro28 covers where a coordinated subject is not read whole: two
// clauses joined by "and", a pronoun after "and", a bare adjective or a noun that names no
// speaker after it (texts written for this test, the names invented).
func TestConjunctsNarrowPro28(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a clause with a past verb before and",
			"Ruiz quit and aides say he will not return.",
			[]vspan{{Reported, "aides", "aides", "say", "he will not return"}}},
		{"a clause with an -s verb before and",
			"The truce holds and officials say it will last.",
			[]vspan{{Reported, "officials", "officials", "say", "it will last"}}},
		{"a name and you is no source",
			"Ruiz and you can see the plan is dead.",
			[]vspan{{Reported, "", "", "see", "the plan is dead"}}},
		{"a plural that names people by its ending after a name",
			"Veldan strategists and pollsters say the plan is dead.",
			[]vspan{{Reported, "Veldan strategists and pollsters", "Veldan strategists and pollsters", "say", "the plan is dead"}}},
		{"a coordination still read whole",
			"Journalists and analysts say the plan is dead.",
			[]vspan{{Reported, "Journalists and analysts", "Journalists and analysts", "say", "the plan is dead"}}},
	})
}

// TestSpelledTitleBodyPro28 covers a written-out title word that opens a body's name: after
// a determiner, or before a word of an organization's name, it is no title (texts written
// for this test, the names invented).
func TestSpelledTitleBodyPro28(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"after a determiner",
			"The Delegate Assembly said the plan is dead.",
			[]vspan{{Reported, "The Delegate Assembly", "Delegate Assembly", "said", "the plan is dead"}}},
		{"before a body's word",
			"Delegate Selection Committee members said the plan is dead.",
			[]vspan{{Reported, "Delegate Selection Committee members", "Delegate Selection Committee members", "said", "the plan is dead"}}},
		{"still a title before a name",
			"Delegate Ana Ruiz said the plan is dead.",
			[]vspan{{Reported, "Delegate Ana Ruiz", "Ana Ruiz", "said", "the plan is dead"}}},
	})
}

// TestSubordinatorCommaPro28 covers a subordinating conjunction with a comma right after
// it: it opens no clause of its own, so the clause after the comma is no subordinate
// clause to step over (text written for this test).
func TestSubordinatorCommaPro28(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a comma right after though",
			"The council met. Though, the mayor said, the plan is dead. It said the vote would come in June.",
			[]vspan{
				{Reported, "the mayor", "the mayor", "said", "the plan is dead"},
				{Reported, "The council", "the council", "said", "the vote would come in June"},
			}},
	})
}
