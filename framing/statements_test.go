package framing

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
)

// TestStatements groups hand-made spans: pieces of one attribution, a piece marked
// Continued, a repetition of a quotation, a scare quote and an unattributed statement.
func TestStatements(t *testing.T) {
	spans := []Span{
		{Start: 10, End: 20, Voice: VoiceReported, Speaker: "Ann", Verb: "said", SourceStart: 0, SourceEnd: 3, CueStart: 4, CueEnd: 8}, // 0: statement 0
		{Start: 22, End: 30, Voice: VoiceQuote, Speaker: "Ann", Verb: "said", SourceStart: 0, SourceEnd: 3, CueStart: 4, CueEnd: 8},    // 1: same attribution
		{Start: 32, End: 40, Voice: VoiceScare}, // 2: not a statement
		{Start: 50, End: 60, Voice: VoiceQuote, Speaker: "Bo", Canonical: "Bo Lind", Verb: "told", SourceStart: 62, SourceEnd: 64, CueStart: 65, CueEnd: 69}, // 3: statement 1
		{Start: 70, End: 80, Voice: VoiceReported, Continued: true},                                                                        // 4: continues statement 1
		{Start: 90, End: 95, Voice: VoiceReported},                                                                                         // 5: statement 2, unattributed
		{Start: 100, End: 108, Voice: VoiceQuote, Speaker: "Ann", SourceStart: 0, SourceEnd: 3, Echo: 2},                                   // 6: repeats span 1
		{Start: 110, End: 118, Voice: VoiceQuote, Speaker: "Ann", Verb: "added", SourceStart: 0, SourceEnd: 3, CueStart: 120, CueEnd: 125}, // 7: a new cue
		{Start: 130, End: 140, Voice: VoiceTitle},                                                                                          // 8: not a statement
	}
	got := Statements(spans)
	want := []Statement{
		{Spans: []int{0, 1, 6}, Voice: VoiceQuote, Speaker: "Ann", Verb: "said"},
		{Spans: []int{3, 4}, Voice: VoiceQuote, Speaker: "Bo", Canonical: "Bo Lind", Verb: "told"},
		{Spans: []int{5}, Voice: VoiceReported},
		{Spans: []int{7}, Voice: VoiceQuote, Speaker: "Ann", Verb: "added"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Statements:\n got %+v\nwant %+v", got, want)
	}
	if got[1].Name() != "Bo Lind" || got[0].Name() != "Ann" || got[2].Name() != "" {
		t.Errorf("names %q %q %q", got[0].Name(), got[1].Name(), got[2].Name())
	}
	if len(Statements(nil)) != 0 {
		t.Error("statements of no spans")
	}
}

// TestVoiceReportWorkers: the report is the same bytes with one worker and with several,
// and the spans it hands to Each are those voices.Quotes finds on its own.
func TestVoiceReportWorkers(t *testing.T) {
	docs := corpus.Sample().Documents()
	var reports [][]byte
	for _, workers := range []int{1, 3, 16} {
		an := Analyzer{Workers: workers}
		var seen []int
		r, err := an.VoiceReport(docs, &VoiceReportOptions{Each: func(i int, spans []Span, stmts []Statement) {
			seen = append(seen, i)
			d := &docs[i]
			lang, _ := ResolveLanguage(d.Language)
			if want := voices.Quotes(d.Text, lang); !reflect.DeepEqual(spans, want) && !(len(spans) == 0 && len(want) == 0) {
				t.Errorf("workers %d, %s: spans differ from voices.Quotes", workers, d.ID)
			}
			if !reflect.DeepEqual(stmts, Statements(spans)) {
				t.Errorf("workers %d, %s: statements differ", workers, d.ID)
			}
		}})
		if err != nil {
			t.Fatal(err)
		}
		for k, i := range seen {
			if k != i {
				t.Fatalf("workers %d: Each saw documents in the order %v", workers, seen)
			}
		}
		if len(seen) != len(docs) {
			t.Fatalf("workers %d: Each saw %d documents of %d", workers, len(seen), len(docs))
		}
		b, _ := json.Marshal(r)
		reports = append(reports, b)
	}
	for i := 1; i < len(reports); i++ {
		if string(reports[i]) != string(reports[0]) {
			t.Errorf("report %d differs from the one-worker report", i)
		}
	}
	// The three calls are VoiceReport with two of its parts turned off: this checks only
	// that turning parts off changes nothing in the others (the parts' figures are checked
	// against hand counts in TestVoiceStats, TestOneStatementOneCount and the stance tests).
	an := Analyzer{}
	vs, _ := an.VoiceStats(docs...)
	qt, _ := an.QuotedTerms(docs, VoiceScare, 0)
	st, _ := an.Stance(docs, nil)
	r, _ := an.VoiceReport(docs, nil)
	if !reflect.DeepEqual(r.Stats, vs) || !reflect.DeepEqual(r.Quoted, qt) || !reflect.DeepEqual(r.Sources, st) {
		t.Error("VoiceReport differs from VoiceStats, QuotedTerms and Stance")
	}
	if _, err := an.VoiceReport(docs, &VoiceReportOptions{Quoted: VoiceReported}); err == nil {
		t.Error("quoted expressions of reported speech accepted")
	}
}
