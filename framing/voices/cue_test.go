package voices

import (
	"strings"
	"testing"
)

// quoteSpan returns the first quotation span of text whose words begin with prefix.
func quoteSpan(t *testing.T, text, prefix string) Span {
	t.Helper()
	for _, sp := range Quotes(text, "english") {
		if sp.Voice == Quote && strings.HasPrefix(text[sp.Start:sp.End], prefix) {
			return sp
		}
	}
	t.Fatalf("no quotation beginning %q in %q", prefix, text)
	return Span{}
}

// TestCuePhrase checks Span.Cue: the verb with the medium that completes it, and nothing
// else after the verb. The sentences are invented.
func TestCuePhrase(t *testing.T) {
	for _, tc := range []struct {
		name, text, quote, verb, cue string
	}{
		{"statement after", `"The ferry will run," Tomas Varga said in a statement.`, "The ferry", "said", "said in a statement"},
		{"interview with", `"The ferry will run," Varga said in an interview with the Harbor Gazette.`, "The ferry", "said", "said in an interview"},
		{"time then medium", `"The ferry will run," Varga said Monday in a written statement.`, "The ferry", "said", "said monday in a written statement"},
		{"the interview", `"We were never told," Ines Lind said during the interview.`, "We were", "said", "said during the interview"},
		{"platform before colon", `Ines Lind wrote on Twitter: "The vote was stolen."`, "The vote", "wrote", "wrote on twitter"},
		{"compound medium", `"The vote was fair," Lind said in an email message.`, "The vote", "said", "said in an email message"},
		// A time alone, a place, a source between: the verb alone.
		{"day alone", `"The ferry will run," Varga said Sunday.`, "The ferry", "said", "said"},
		{"not the head", `"The ferry will run," Varga said on the debate stage.`, "The ferry", "said", "said"},
		{"source between", `"The ferry will run," said Tomas Varga in a statement.`, "The ferry", "said", "said"},
		{"comma between", `"The ferry will run," Varga said, in a statement.`, "The ferry", "said", "said"},
		{"colon", `Ines Lind: "The vote was stolen."`, "The vote", ":", ":"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sp := quoteSpan(t, tc.text, tc.quote)
			if sp.Verb != tc.verb || sp.Cue != tc.cue {
				t.Errorf("verb %q, cue %q; want %q, %q", sp.Verb, sp.Cue, tc.verb, tc.cue)
			}
			// The offsets cover the cue as written (a colon after it aside).
			if got := strings.TrimRight(strings.ToLower(tc.text[sp.CueStart:sp.CueEnd]), ":"); got != tc.cue && tc.cue != ":" {
				t.Errorf("text[CueStart:CueEnd] = %q, want %q", tc.text[sp.CueStart:sp.CueEnd], tc.cue)
			}
		})
	}
}

// TestGoverningCue checks that a cue inside the content of an earlier cue of the same
// source gives way to it, and keeps the quotation where it speaks for itself.
func TestGoverningCue(t *testing.T) {
	for _, tc := range []struct {
		name, text, quote, verb string
	}{
		{"modal clause", `Tomas Varga said he would advise Ines Lind on the "strategic threats out there."`, "strategic", "said"},
		{"infinitive", `Varga said the session offered a chance to talk about roads and "a few words on the harbor."`, "a few", "said"},
		{"pronoun subject", `Ines Lind told reporters that she had spoken to Tomas Varga and that "the pause is coming."`, "the pause", "told"},
		// The inner cue keeps the quotation.
		{"colon", `Varga said he told them: "The dam is safe."`, "The dam", "told"},
		{"participle", `Ines Lind blasted the plan, calling it "a disaster for the harbor."`, "a disaster", "calling"},
		{"coordinated", `A spokesman for the harbor board said the visit was routine and urged other ports to "stop the rumors."`, "stop the", "urged"},
		{"own cue", `Tomas Varga called the levy "a tax on the poor."`, "a tax", "called"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if sp := quoteSpan(t, tc.text, tc.quote); sp.Verb != tc.verb {
				t.Errorf("verb %q, want %q", sp.Verb, tc.verb)
			}
		})
	}
}

// TestCueShared checks that the pieces of one statement keep one cue, so that they stay
// one statement: the indirect speech and the quotation after "said in a statement that".
func TestCueShared(t *testing.T) {
	text := `Tomas Varga said in a statement that the plan "is dead and buried."`
	var n int
	for _, sp := range Quotes(text, "english") {
		if sp.Voice != Quote && sp.Voice != Reported {
			continue
		}
		n++
		if got := text[sp.CueStart:sp.CueEnd]; got != "said in a statement" || sp.Cue != "said in a statement" {
			t.Errorf("%s %q: cue %q at %q, want %q", sp.Voice, text[sp.Start:sp.End], sp.Cue, got, "said in a statement")
		}
	}
	if n != 2 {
		t.Errorf("%d quotation and reported spans, want 2", n)
	}
}
