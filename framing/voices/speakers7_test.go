package voices

import "testing"

// Speakers that reviews of issue 18 found wrong, each with the rule that fixes it. The
// texts are invented; the expected speakers are what a reader takes from them.

// TestColonAfterClause checks the speaker that a colon after a clause gives its
// quotation: in a headline's clause whose verb the language does not know, its first
// words up to those that can speak ("Customs agents raid warehouse:" is the customs
// agents', not "Customs"'); none when no word before the colon can speak ("the coup de
// grâce:"). Names, roles, phrases with a preposition after the name and subjects with a
// known verb keep theirs.
func TestColonAfterClause(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a headline's clause", "Customs agents raid warehouse: “We found nothing.”", "Customs agents"},
		{"a headline's clause read as one phrase", "Police raid farm: “We found nothing.”", "Police"},
		{"a thing before the colon", "Varga spoke for an hour. Then, the coup de grâce: “We found nothing.”", ""},
		{"a known verb", "Ana Ruiz was quick to retort: “We found nothing.”", "Ana Ruiz"},
		{"a verb in -ed after a phrase", "Ana Ruiz of the harbor board answered: “We found nothing.”", "Ana Ruiz of the harbor board"},
		{"a name on a topic", "Ana Ruiz on the harbor: “We found nothing.”", "Ana Ruiz"},
		{"a name and another", "More from Ruiz and Varga: “We found nothing.”", "Ruiz and Varga"},
		{"a name's reply", "Ana Ruiz’s reply: “We found nothing.”", "Ana Ruiz"},
		{"a role by its ending", "The harbor master: “We found nothing.”", "The harbor master"},
		{"a document", "Harbor Herald editorial: “We found nothing.”", "Harbor Herald editorial"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakers(t, tc.text, Quote, tc.want)
		})
	}
}

// TestOpeningPhraseBeforePronoun checks that a phrase that opens a sentence and is set off
// by a comma before its subject pronoun ("Far from agreeing, she said …") is not what the
// pronoun stands for, though an -ing form stands in it: the pronoun stands for a person
// named before, or for no one. A sentence whose subject has a finite verb before the
// pronoun's clause keeps it ("Ana Ruiz was leaving, she said").
func TestOpeningPhraseBeforePronoun(t *testing.T) {
	tests := []struct {
		name, text string
		v          Voice
		want       string
	}{
		{"indirect speech", "Ana Ruiz spoke first. Far from agreeing, she said the bridge would wait.", Reported, "Ana Ruiz"},
		{"a quotation", "Ana Ruiz spoke first. Far from agreeing, she said: “The bridge will wait.”", Quote, "Ana Ruiz"},
		{"no one before", "Far from agreeing, she said the bridge would wait.", Reported, ""},
		{"short of", "Short of resigning, he said the bridge would wait.", Reported, ""},
		{"a finite verb before", "Ana Ruiz was leaving, she said.", Reported, "Ana Ruiz"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakers(t, tc.text, tc.v, tc.want)
		})
	}
}

// TestSpeakerNamesNoOne checks that a source that counts off one of several named before
// ("One said …", "another said …", "the other") and an interview's turn label ("Q:", "A:")
// give no speaker, as "Some said" gives none; a phrase with a noun after the word keeps
// it ("One official").
func TestSpeakerNamesNoOne(t *testing.T) {
	tests := []struct {
		name, text string
		v          Voice
		want       []string
	}{
		{"one and another", "Two officials spoke. One said the bridge would wait. Another said it would not.", Reported, []string{"", ""}},
		{"the other", "Two officials spoke. The other said the bridge would wait.", Reported, []string{""}},
		{"an interview's question", "Q: “Will the bridge wait?”", Quote, []string{""}},
		{"an interview's question, unquoted", "Ana Ruiz sat down with us.\n\nQ: Do you think the bridge will wait?", Reported, []string{""}},
		{"one with a noun", "One official said the bridge would wait.", Reported, []string{"One official"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakers(t, tc.text, tc.v, tc.want...)
		})
	}
}

// TestFirstWordJoin checks which one-word speakers stand for a fuller name that opens with
// them: a family name written first, as Chinese names are ("Xi" after "President Xi
// Jinping", "Wang" after "spokesperson Wang Lei"), does; a listed place that is also a
// person's first word ("Jordan", "Chad") does not, for a country speaks through its
// government; nor does a known given name alone.
func TestFirstWordJoin(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a Chinese leader's family name", "President Xi Jinping said the bridge would wait. Xi said the talks would go on.", "Xi Jinping"},
		{"a spokesperson's family name", "Foreign Ministry spokesperson Wang Lei said the bridge would wait. Wang said the talks would go on.", "Wang Lei"},
		{"a country named like a minister", "Foreign Minister Jordan Haddad said the bridge would wait. Jordan said it would close its border.", "Jordan"},
		{"a country and a given name", "Senator Chad Okoro said the bridge would wait. Chad said it would close its border.", "Chad"},
		{"a given name alone", "Senator Tom Okoro said the bridge would wait. Tom said the talks would go on.", "Tom"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Quotes(tc.text, "english") {
				if s.Voice == Reported {
					got = append(got, s.Canonical)
				}
			}
			if len(got) != 2 || got[1] != tc.want {
				t.Errorf("%q: canonical speakers %q, want the second %q", tc.text, got, tc.want)
			}
		})
	}
	// The given name of a family-name-first name gives its gender: "she" is not Xi Jinping.
	checkSpeakers(t, "Xi Jinping arrived on Monday. She said the port would close.", Reported, "")
	checkSpeakers(t, "Xi Jinping arrived on Monday. He said the port would close.", Reported, "Xi Jinping")
}

// TestOpeningWordNoSubject checks that a word that opens a sentence before a comma (an
// adverb before a subject pronoun, or the head of a prepositional phrase) is not the
// sentence's subject that a pronoun in a later sentence stands for: the pronoun of its
// own clause is. A name set off by a comma is a subject still.
func TestOpeningWordNoSubject(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a preposition's head", "Ana Ruiz spoke. Apart from the vote, she read the report. She said the bridge would wait.", "Ana Ruiz"},
		{"an adverb", "The rebels met. Therefore, they read the report. They said the bridge would wait.", "The rebels"},
		{"an ordinal", "The rebels met. Fourth, they read the report. They said the bridge would wait.", "The rebels"},
		{"a name before an apposition", "Xinhua, the news agency, read the report. It said the bridge would wait.", "Xinhua"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakers(t, tc.text, Reported, tc.want)
		})
	}
}

// TestKickerBeforeSubject checks that a label of the story's kind written in capitals
// before a headline's subject ("EXCLUSIVE", "ANALYSIS") is no part of the speaker's
// canonical name, and that the same word in a name, not in capitals, is.
func TestKickerBeforeSubject(t *testing.T) {
	for text, want := range map[string]string{
		"EXCLUSIVE Soloria calls on hackers to defend the grid":  "Soloria",
		"ANALYSIS Valdora says the port will close":              "Valdora",
		"Exclusive Dining Club says the port will close, again.": "Exclusive Dining Club",
	} {
		checkCanonical32(t, text, Reported, want)
	}
}
