package framing

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestTokensVoiceless checks that an analyzer of every voice lists the same terms, drops,
// sentences and offsets whether or not it segments the text's voices (docAnalyzer.voiceless,
// which LoadedReport uses for the other accounts), on a text with quotations, reported
// speech, an address, a dateline and a sign-off; and that a voiceless listing marks every
// token narrative while the segmented one does not.
func TestTokensVoiceless(t *testing.T) {
	text := "PORT ELVIN — The council delayed the harbor plan again on Monday. " +
		"\"We will not sign a plan that floods the old town,\" said Mara Voss, who leads the residents' group. " +
		"Officials said the vote would come in June, and critics called the delay a \"stunt\". " +
		"Write to desk@example.org for the full minutes.\n\n(Reporting by Ines Marr; Editing by Tod Bale)"
	d := corpus.Document{ID: "d", Language: "english", Text: text}
	for _, an := range []*Analyzer{{}, {KeepStopWords: true}, {KeepBoilerplate: true}, {Phrases: []string{"harbor plan"}}} {
		seg := docAnalyzer{an: an}
		plain := docAnalyzer{an: an, voiceless: true}
		want, _, err := seg.tokens(&d)
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := plain.tokens(&d)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%+v: %d tokens voiceless, %d segmented", an, len(got), len(want))
		}
		quoted := false
		for i := range want {
			g, w := got[i], want[i]
			if g.Start != w.Start || g.End != w.End || g.Term != w.Term || g.Dropped != w.Dropped || g.Sentence != w.Sentence || g.Clause != w.Clause {
				t.Errorf("%+v: token %d %q: voiceless %+v, segmented %+v", an, i, text[w.Start:w.End], g, w)
			}
			if g.Voice != VoiceNarrative {
				t.Errorf("%+v: token %d %q: voiceless listing gives voice %v", an, i, text[w.Start:w.End], g.Voice)
			}
			quoted = quoted || w.Voice == VoiceQuote
		}
		if !quoted {
			t.Errorf("%+v: the segmented listing has no quoted token: the test text does not test what it should", an)
		}
	}
	// With any voices but every one, voiceless is ignored: the quotation's words are dropped.
	an := &Analyzer{Voices: OwnVoice}
	got, _, err := (&docAnalyzer{an: an, voiceless: true}).tokens(&d)
	if err != nil {
		t.Fatal(err)
	}
	dropped := 0
	for _, tk := range got {
		if tk.Dropped == dropNames[dropVoice] {
			dropped++
		}
	}
	if dropped == 0 {
		t.Errorf("own voice, voiceless set: no token dropped for its voice")
	}
}

// TestLoadedReportWorkers: LoadedReport gives the same bytes with one worker as with
// several listing the documents ahead of it (tokensInOrder), and the first bad document
// in the account's order is the error, whatever the workers.
func TestLoadedReportWorkers(t *testing.T) {
	_, a, b := sampleStateSides(t, 3)
	report := func(workers int, account []corpus.Document) (string, error) {
		an := &Analyzer{Voices: OwnVoice, Workers: workers}
		bg, err := an.Profile(b...)
		if err != nil {
			t.Fatal(err)
		}
		r, err := an.LoadedReport(account, bg, &LoadedOptions{Others: b, All: true})
		if err != nil {
			return "", err
		}
		j, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return string(j), nil
	}
	want, err := report(1, a)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(want, `"evidence"`) {
		t.Fatalf("the report lists no evidence: %.200s", want)
	}
	for _, w := range []int{2, 3, 7} {
		if got, err := report(w, a); err != nil || got != want {
			t.Errorf("%d workers: %v\n%.300s\nwant\n%.300s", w, err, got, want)
		}
	}
	// Two documents in languages the analyzer does not know: the first is the error.
	bad := slices.Clone(a)
	bad[1].Language, bad[1].ID = "klingon", "first-bad"
	bad[len(bad)-1].Language, bad[len(bad)-1].ID = "vulcan", "last-bad"
	for _, w := range []int{1, 2, 3, 7} {
		_, err := report(w, bad)
		if err == nil || !strings.Contains(err.Error(), "first-bad") {
			t.Errorf("%d workers: error %v, want the first bad document's", w, err)
		}
	}
}

// TestLoadedReportWorkersMarked: the spans a worker found for a document (a word quoted
// inside indirect speech whose cue is no form of "say": Span.Marked) reach LoadedReport with
// its tokens, whatever the workers: the loaded word inside is set aside as attributed.
func TestLoadedReportWorkersMarked(t *testing.T) {
	var account, others []corpus.Document
	for i, who := range []string{"Ilsa Brandt", "Corin Vale", "Tomas Eld", "Petra Lunde", "Osric Hale", "Marit Soll"} {
		id := string(rune('a' + i))
		account = append(account, corpus.Document{ID: "acct-" + id, Language: "english",
			Text: "The port authority met on Friday to weigh the dredging contract. " +
				who + " claimed that the \u201creckless\u201d contract would bankrupt the fishing fleet. " +
				"The authority published a disastrous budget and a shameful audit of the dock."})
		others = append(others, corpus.Document{ID: "other-" + id, Language: "english",
			Text: "The port authority met on Friday and reviewed the dredging contract with the fleet. " +
				"The budget and the audit of the dock were published after the meeting."})
	}
	report := func(workers int) (string, LoadedTally) {
		an := &Analyzer{Voices: OwnVoice, Workers: workers}
		bg, err := an.Profile(others...)
		if err != nil {
			t.Fatal(err)
		}
		r, err := an.LoadedReport(account, bg, &LoadedOptions{Others: others, All: true})
		if err != nil {
			t.Fatal(err)
		}
		j, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return string(j), r.Tally
	}
	want, tally := report(1)
	if tally.Attributed < len(account) {
		t.Fatalf("one worker: %d uses set aside as attributed, want the %d in reported speech (%+v)", tally.Attributed, len(account), tally)
	}
	for _, w := range []int{2, 3, 7} {
		if got, _ := report(w); got != want {
			t.Errorf("%d workers:\n%.300s\nwant\n%.300s", w, got, want)
		}
	}
}
