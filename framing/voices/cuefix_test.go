package voices

import (
	"strings"
	"testing"
)

// TestGoverningCueStandsBack checks the quotations whose inner cue keeps them: the outer
// cue of the same sentence does not speak for them. The sentences are invented.
func TestGoverningCueStandsBack(t *testing.T) {
	for _, tc := range []struct {
		name, text, quote, verb, notSpeaker string
	}{
		// A subject pronoun that cannot stand for the outer source.
		{"they for a person", `Marta Ruiz said they warned that "the dam will hold."`, "the dam", "warned", "Marta Ruiz"},
		{"it for a person", `Marta Ruiz said it warned that "the dam will hold."`, "the dam", "warned", "Marta Ruiz"},
		{"you", `Marta Ruiz said you warned that "the dam will hold."`, "the dam", "warned", "Marta Ruiz"},
		{"the outer source told", `Tomas Varga said she told him "the dam will hold."`, "the dam", "told", ""},
		{"he for a woman", `Elena Ruiz said he warned that "the dam will hold."`, "the dam", "warned", "Elena Ruiz"},
		// A passive inner cue: another's words.
		{"passive", `Tomas Varga said he was told by Ruiz that "the dam will not hold."`, "the dam", "told", "Tomas Varga"},
		// A noun phrase subject of its own.
		{"noun phrase subject", `Ruiz said the mayor told him "the dam will hold."`, "the dam", "told", ""},
		{"a document", `Marta Ruiz said the report claimed "the dam will hold."`, "the dam", "claimed", ""},
		// Naming verbs, negations, questions and denials keep the inner verb.
		{"negated", `Marta Ruiz said she never called it "a folly."`, "a folly", "called", ""},
		{"not described", `Marta Ruiz said she had not described it as "a folly."`, "a folly", "described", ""},
		{"whether", `Marta Ruiz asked whether she had called it "a folly."`, "a folly", "called", ""},
		{"denied", `Marta Ruiz denied that she called it "a folly."`, "a folly", "called", ""},
		{"relative clause", `Marta Ruiz, who said she had called it "a folly," resigned.`, "a folly", "called", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sp := quoteSpan(t, tc.text, tc.quote)
			if sp.Verb != tc.verb {
				t.Errorf("verb %q, want %q", sp.Verb, tc.verb)
			}
			if tc.notSpeaker != "" && sp.Speaker == tc.notSpeaker {
				t.Errorf("speaker %q, the outer cue's source", sp.Speaker)
			}
		})
	}
}

// TestGoverningCueAgrees checks that a pronoun that agrees with the outer source lets the
// outer cue take the quotation, as for "he" in TestGoverningCue.
func TestGoverningCueAgrees(t *testing.T) {
	for _, tc := range []struct {
		name, text, quote, verb string
	}{
		{"she for a woman", `Elena Ruiz said she would advise the board on the "strategic threats out there."`, "strategic", "said"},
		{"he, gender unknown", `Tomas Varga said he would advise the board on the "strategic threats out there."`, "strategic", "said"},
		{"it for an organization", `The harbor agency said it would advise the board on the "strategic threats out there."`, "strategic", "said"},
		// Inner cues that do not speak for themselves.
		{"naming participle", `Tomas Varga said he would fund a plan called "Clean Harbor."`, "Clean", "said"},
		{"subject that cannot speak", `Tomas Varga said the vote reminds him of "an old quarrel."`, "an old", "said"},
		{"they for a group", `Local officials said they would advise the board on the "strategic threats out there."`, "strategic", "said"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if sp := quoteSpan(t, tc.text, tc.quote); sp.Verb != tc.verb {
				t.Errorf("verb %q, want %q", sp.Verb, tc.verb)
			}
		})
	}
}

// TestCuePhraseStops checks that the medium after a cue verb ends the phrase: no time,
// number or clause after it is taken, nor a possessive, nor a medium that another stands
// between.
func TestCuePhraseStops(t *testing.T) {
	for _, tc := range []struct {
		name, text, quote, cue string
	}{
		{"year", `Ruiz said in 2019 the hearing was "a sham."`, "a sham", "said"},
		{"month", `Ruiz said in March the letter was "a sham."`, "a sham", "said"},
		{"at the time", `Ruiz said at the time the debate was "a sham."`, "a sham", "said"},
		{"at first", `Ruiz said at first the call was "a sham."`, "a sham", "said"},
		{"possessive", `"The dam will hold," Ruiz said in the newspaper's office.`, "The dam", "said"},
		{"curly possessive", "\u201cThe dam will hold,\u201d Ruiz said in the newspaper\u2019s office.", "The dam", "said"},
		{"another medium between", `Varga said in a statement that Ruiz was wrong and in a speech that "the dam will hold."`, "the dam", "said"},
		// The medium still ends the phrase before "that" and a preposition.
		{"that", `Varga said in a statement that the plan "is dead and buried."`, "is dead", "said in a statement"},
		{"with", `"The ferry will run," Varga said in an interview with the Harbor Gazette.`, "The ferry", "said in an interview"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if sp := quoteSpan(t, tc.text, tc.quote); sp.Cue != tc.cue {
				t.Errorf("cue %q, want %q", sp.Cue, tc.cue)
			}
		})
	}
}

// TestCueExtensionSparesSpans checks completeCues' guard: a cue is not extended over a
// medium in which another span's words begin. No text Quotes reads gives such spans (the
// segmenter's reported spans begin after the medium), so the spans are set by hand.
func TestCueExtensionSparesSpans(t *testing.T) {
	text := `Ruiz said in a statement that the dam will hold.`
	at := func(w string) int { return strings.Index(text, w) }
	for _, tc := range []struct {
		name  string
		other bool // a span that begins at "statement"
		cue   string
	}{
		{"no span in the medium", false, "said in a statement"},
		{"a span in the medium", true, "said"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := segmenter{lang: LangOf("english"), text: text}
			s.toks = s.tokenize(text, s.toks)
			s.segment()
			spans := []Span{{Voice: Reported, Start: at("the dam"), End: at("."), Verb: "said", CueStart: at("said"), CueEnd: at("said") + len("said")}}
			if tc.other {
				spans = append([]Span{{Voice: Reported, Start: at("statement"), End: at(" that")}}, spans...)
			}
			s.completeCues(spans)
			if got := spans[len(spans)-1].Cue; got != tc.cue {
				t.Errorf("cue %q, want %q", got, tc.cue)
			}
		})
	}
}

// TestCuePhraseEnglishOnly checks that the medium is read in English only: a Spanish cue
// keeps its verb, even before words the English lists hold.
func TestCuePhraseEnglishOnly(t *testing.T) {
	text := `"El puente resistirá", Ruiz dijo on Twitter.`
	for _, sp := range Quotes(text, "spanish") {
		if sp.Voice == Quote && sp.Verb != "" && sp.Cue != sp.Verb {
			t.Errorf("cue %q, want the verb %q alone", sp.Cue, sp.Verb)
		}
	}
	sp := Quotes(text, "spanish")
	if len(sp) == 0 || sp[0].Verb != "dijo" {
		t.Fatalf("spans %+v, want a quotation with the verb dijo", sp)
	}
}
