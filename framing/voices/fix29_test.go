package voices

import "testing"

// A verbSpeaker is what a test of this file asks of the spans of a text: the span whose
// cue is verb has speaker and canonical name (both empty for a span without a speaker,
// or none: absent says the text must have no span with that cue).
type verbSpeaker struct {
	verb, speaker, canonical string
	absent                   bool
}

// checkVerbSpeakers checks the speaker of the first span of each cue in want, and that no
// span of text has a speaker in never. Only the attributions are asked, not the
// contents' extents, which other rules decide.
func checkVerbSpeakers(t *testing.T, text string, want []verbSpeaker, never ...string) {
	t.Helper()
	spans := Quotes(text, "english")
	for _, w := range want {
		found := false
		for _, s := range spans {
			if s.Verb != w.verb {
				continue
			}
			found = true
			if s.Speaker != w.speaker || s.Canonical != w.canonical {
				t.Errorf("%q: span of %q has speaker %q (%q), want %q (%q)", text, w.verb, s.Speaker, s.Canonical, w.speaker, w.canonical)
			}
			break
		}
		if found == w.absent {
			t.Errorf("%q: span of %q found %v, want %v (spans %+v)", text, w.verb, found, !w.absent, spans)
		}
	}
	for _, s := range spans {
		for _, n := range never {
			if s.Speaker == n || s.Canonical == n {
				t.Errorf("%q: span of %q has speaker %q", text, s.Verb, n)
			}
		}
	}
}

// TestOpeningParticiple29 covers a participle clause that opens its sentence
// (openingParticipleSubject): its verb's subject is the main clause's after the comma,
// never the clause's first word ("Having"); a passive participle ("Asked about …") keeps
// no source; "Having said that," is a connective, no one's. Each sentence is written for
// this test.
func TestOpeningParticiple29(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"having and a participle: the main clause's subject",
			"Having announced the ruling, Judge Ilse Marran told reporters the appeal would fail.",
			[]vspan{{Reported, "Judge Ilse Marran", "Ilse Marran", "announced", "the ruling"},
				{Reported, "Judge Ilse Marran", "Ilse Marran", "told", "the appeal would fail"}}},
		{"a participle in -ing that reports",
			"Criticizing the levy, Tomas Brandt said it would hurt fishermen.",
			[]vspan{{Reported, "Tomas Brandt", "Tomas Brandt", "criticizing", "the levy"},
				{Reported, "Tomas Brandt", "Tomas Brandt", "said", "it would hurt fishermen"}}},
		{"a passive participle has no source",
			"Asked about the levy, Ivo Pellan said it was fair.",
			[]vspan{{Reported, "", "", "asked about", "the levy"},
				{Reported, "Ivo Pellan", "Ivo Pellan", "said", "it was fair"}}},
	})
	t.Run("having said that is no one's", func(t *testing.T) {
		// "Having said that" means nevertheless: its "said" is no saying of the main
		// clause's subject.
		text := "Having said that, Ruiz argued the levy was unfair."
		for _, sp := range Quotes(text, "english") {
			if sp.Verb == "said" && (sp.Speaker == "Ruiz" || sp.Canonical == "Ruiz") {
				t.Errorf("%q: span of %q has speaker Ruiz", text, sp.Verb)
			}
		}
	})
	t.Run("the next sentence's opening clause is no subject of this one", func(t *testing.T) {
		// findSubjects reads each sentence's subject up to the next sentence's first
		// word: the participle clause there must not lend this sentence its subject.
		checkVerbSpeakers(t, "Pellan once joked. Referring to the delegates, he said: “They ate and left.”",
			[]verbSpeaker{{verb: "said", speaker: "Pellan", canonical: "Pellan"}})
	})
}

// TestQuestionCue29 covers the sentence after a question that attributes it ("“…?” Ilse
// Marran asked."): it is the question's cue and introduces no quotation after it
// (questionCue), so the answer in the next paragraph is not the asker's; a statement's
// cue still lets its speaker go on. Each text is written for this test.
func TestQuestionCue29(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a question's cue after it introduces no answer",
			"“Will the pier reopen?” Ilse Marran asked.\n\n“Not this year. The funds are gone.”",
			[]vspan{{Quote, "Ilse Marran", "Ilse Marran", "asked", "Will the pier reopen?"},
				{Quote, "", "", "", "Not this year. The funds are gone."}}},
		{"in the question's paragraph the asker may answer it",
			"“Does the late ferry still run on Sundays?” Ivo Pellan wrote. “Only until the autumn timetable starts.”",
			[]vspan{{Quote, "Ivo Pellan", "Ivo Pellan", "wrote", "Does the late ferry still run on Sundays?"},
				{Quote, "Ivo Pellan", "Ivo Pellan", "wrote", "Only until the autumn timetable starts."}}},
		{"in the question's paragraph a bare cue after it introduces the answer",
			"Ivo Pellan asked: “Does the late ferry run on Sundays?” Ana Ruiz answered. “Only in summer, when the timetable changes.”",
			[]vspan{{Quote, "Ivo Pellan", "Ivo Pellan", "asked", "Does the late ferry run on Sundays?"},
				{Quote, "Ana Ruiz", "Ana Ruiz", "answered", "Only in summer, when the timetable changes."}}},
		{"a question with its cue before it goes on into the next paragraph",
			"Ilse Marran told the crowd: “Who built this port? Who kept it open?”\n\n“You did. You kept it open. And you will again.”",
			[]vspan{{Quote, "Ilse Marran", "Ilse Marran", "told", "Who built this port? Who kept it open?"},
				{Quote, "Ilse Marran", "Ilse Marran", "told", "You did. You kept it open. And you will again."}}},
		{"a statement's speaker goes on",
			"“The pier will reopen.” Ilse Marran said.\n\n“The funds are there. We will build.”",
			[]vspan{{Quote, "Ilse Marran", "Ilse Marran", "said", "The pier will reopen."},
				{Quote, "Ilse Marran", "Ilse Marran", "said", "The funds are there. We will build."}}},
	})
}

// TestOwnedWords29 covers a cue before a colon whose object is a document or a saying
// with its author named (ownedWords): the quoted words are the author's, not those of
// the one who reads or hands them out; with no author named the cue's subject stays the
// speaker. Each text is written for this test.
func TestOwnedWords29(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a possessor's letter read out in the sentence",
			"Senator Ana Ruiz read out Dimitrov's letter: “We will not close the pier.”",
			[]vspan{{Quote, "Dimitrov", "Dimitrov", "read out", "We will not close the pier."}}},
		{"a letter from a person before the next paragraph",
			"Senator Ana Ruiz read out a letter from Ivo Dimitrov:\n\n“We will not close the pier.”",
			[]vspan{{Quote, "Ivo Dimitrov", "Ivo Dimitrov", "read", "We will not close the pier."}}},
		{"a body's possessive",
			"Ana Ruiz read the council's statement: “The pier stays open.”",
			[]vspan{{Quote, "the council", "the council", "read", "The pier stays open."}}},
		{"no author named: the reader",
			"Ana Ruiz read out the letter: “We will not close the pier.”",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "read out", "We will not close the pier."}}},
	})
}

// TestOwnedWordsVerb29 covers a cue whose verb answers, judges or meets a document or
// saying with its author named: only a verb that passes words on gives them to that
// author (ownedWords, passOnVerbs), so what follows these is the subject's own reply.
// Only the quotation is checked. Each text is written for this test.
func TestOwnedWordsVerb29(t *testing.T) {
	for _, text := range []string{
		"Ruiz answered Dimitrov's letter: “We will never close the pier.”",
		"Ruiz rejected Dimitrov's statement: “The figures on the pier are wrong.”",
		"Ruiz mocked Dimitrov's statement: “He has never seen the pier at night.”",
		"Ruiz welcomed Dimitrov's statement: “At last the pier has a friend.”",
		"Ruiz denounced the council's statement: “Nobody on the pier was asked.”",
		"Ruiz attacked the mayor's statement: “The mayor has given up on the pier.”",
	} {
		quotes := 0
		for _, sp := range Quotes(text, "english") {
			if sp.Voice != Quote {
				continue
			}
			quotes++
			if sp.Speaker != "Ruiz" {
				t.Errorf("%q: quotation %q has speaker %q, want Ruiz", text, text[sp.Start:sp.End], sp.Speaker)
			}
		}
		if quotes != 1 {
			t.Errorf("%q: %d quotations, want 1", text, quotes)
		}
	}
}

// TestCoordinatedAntecedent29 covers a coordinated subject as what "they" stands for
// (subjectCoordination, findSubjects, antecedentOf): the whole, with its canonical name
// joined as a coordinated source's is, never a conjunct alone; he or she may still stand
// for a conjunct. Each text is written for this test.
func TestCoordinatedAntecedent29(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"they after two plural nouns",
			"Dockers and pilots met on Monday. They said the port would close.",
			[]vspan{{Reported, "Dockers and pilots", "Dockers and pilots", "said", "the port would close"}}},
		{"they after two names: canonical in byte order",
			"Mr. Marek and Ana Ruiz met the board. “The gaps are wide,” they wrote.",
			[]vspan{{Quote, "Mr. Marek and Ana Ruiz", "Ana Ruiz and Marek", "wrote", "The gaps are wide,"}}},
		{"he for the conjunct that is one person",
			"The mayor and his aides met on Monday. He said the port would close.",
			[]vspan{{Reported, "The mayor", "the mayor", "said", "the port would close"}}},
		{"a pronoun in the coordination: they stand for no conjunct",
			"He and the pilots met on Monday. They said the port would close.",
			[]vspan{{Reported, "", "", "said", "the port would close"}}},
		{"a body's name with and is one subject, for it",
			"Harbor Works and Fisheries Ministry met on Monday. It said the port would close.",
			[]vspan{{Reported, "Harbor Works and Fisheries Ministry", "Harbor Works and Fisheries Ministry", "said", "the port would close"}}},
		{"a count in words is no share: the whole",
			"Ruiz and three aides met on Monday. They said the port would close.",
			[]vspan{{Reported, "Ruiz and three aides", "Ruiz and three aides", "said", "the port would close"}}},
		{"a number makes no whole: they stand for no conjunct either",
			"Pilots and 40 dockers met on Monday. They said the port would close.",
			[]vspan{{Reported, "", "", "said", "the port would close"}}},
	})
}

// TestPaternalSurname29 covers a Spanish name written with both surnames
// (paternalSurname): the paternal surname alone, with or without a title, is that
// person, as the maternal one and the two together are; a second given name is no
// surname, nor is an English middle name. Each text is written for this test.
func TestPaternalSurname29(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"the paternal surname with a title",
			"Andrés Calvo Ibarra said the port would close. Mr. Calvo said the funds were gone.",
			[]vspan{{Reported, "Andrés Calvo Ibarra", "Andrés Calvo Ibarra", "said", "the port would close"},
				{Reported, "Mr. Calvo", "Andrés Calvo Ibarra", "said", "the funds were gone"}}},
		{"the paternal surname alone, the full name no speaker",
			"Rocío Lerma Ortega chaired the board. Lerma said the funds were gone.",
			[]vspan{{Reported, "Lerma", "Rocío Lerma Ortega", "said", "the funds were gone"}}},
		{"a second given name is no surname",
			"José María Calvo said the port would close. Mr. María said the funds were gone.",
			[]vspan{{Reported, "José María Calvo", "José María Calvo", "said", "the port would close"},
				{Reported, "Mr. María", "María", "said", "the funds were gone"}}},
		{"nor an English middle name",
			"Laura Wilkes Booth said the port would close. Ms. Wilkes said the funds were gone.",
			[]vspan{{Reported, "Laura Wilkes Booth", "Laura Wilkes Booth", "said", "the port would close"},
				{Reported, "Ms. Wilkes", "Wilkes", "said", "the funds were gone"}}},
	})
}
