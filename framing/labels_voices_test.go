package framing

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
)

// longQuotedDocument returns one invented document of about size bytes: paragraphs that
// each quote someone and mention a referent by name and by label, inside and outside the
// quotation.
func longQuotedDocument(size int) corpus.Document {
	var b strings.Builder
	for k := 0; b.Len() < size; k++ {
		fmt.Fprintf(&b, "\u201cPedro Varga is a dictator,\u201d said Lina Osk %d. Varga, the mayor, answered on day %d. "+
			"The mayor of Soloria said that the plan would wait.\n\n", k, k)
	}
	return corpus.Document{ID: "long", Language: "english", Text: b.String()}
}

// BenchmarkLabelsLongDocument measures Labels on one long document (the voice of each
// label and mention was once found by scanning all the document's quotations, which made
// the time grow with the square of its length). Its speed is reported as a ratio to a
// strings.Fields+map pass over the same text, in the thread's CPU time (see ratioBench):
// the ratio stays about the same from size to size when the time is linear.
//
//	go test ./framing -run '^$' -bench LabelsLongDocument -benchtime 3x
func BenchmarkLabelsLongDocument(b *testing.B) {
	for _, size := range []int{250_000, 500_000, 1_000_000} {
		b.Run(fmt.Sprintf("%dKB", size/1000), func(b *testing.B) {
			docs := []corpus.Document{longQuotedDocument(size)}
			an := &Analyzer{Voices: OwnVoice}
			b.SetBytes(int64(len(docs[0].Text)))
			b.ReportAllocs()
			ratioBench(b, len(docs[0].Text), func() { fieldsMap(docs) }, func() {
				if _, err := an.Labels(docs, docs, "Pedro Varga", nil); err != nil {
					b.Fatal(err)
				}
			}, false)
		})
	}
}

// TestLabelsVoices: with OwnVoice, a label and a mention inside a quotation are the
// source's words, not the side's: left out of the counts, the shares and the
// alternatives, and kept in Quoted and QuotedMentions. Every voice counts them all.
func TestLabelsVoices(t *testing.T) {
	a := englishDocs("a",
		"\u201cPedro Varga is a dictator,\u201d the opposition leader said. Varga spoke on Monday.",
		"Varga, the mayor, opened the fair.")
	b := englishDocs("b", "Pedro Varga, the mayor, met the envoy. Varga left early.")
	for _, c := range []struct {
		name   string
		voices Voices
		// side A's mentions by name: "Pedro Varga" (quoted), "Varga" (narrative) in a0,
		// "Varga" in a1; side B's: "Pedro Varga", "Varga".
		mentionsA, quotedMentionsA int
		// "dictator": the predicate inside a0's quotation.
		dictatorA, dictatorQuotedA int
		dictatorAlternative        bool
	}{
		{"every voice", AllVoices, 3, 0, 1, 0, true},
		{"own voice", OwnVoice, 2, 1, 0, 1, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			rl, err := (&Analyzer{Voices: c.voices}).Labels(a, b, "Pedro Varga", nil)
			if err != nil {
				t.Fatal(err)
			}
			if rl.MentionsA != c.mentionsA || rl.QuotedMentionsA != c.quotedMentionsA || rl.MentionsB != 2 || rl.QuotedMentionsB != 0 {
				t.Errorf("mentions A %d (quoted %d), B %d (quoted %d); want %d (%d), 2 (0)",
					rl.MentionsA, rl.QuotedMentionsA, rl.MentionsB, rl.QuotedMentionsB, c.mentionsA, c.quotedMentionsA)
			}
			if len(rl.Mentions) != rl.MentionsA+rl.MentionsB || len(rl.QuotedMentions) != rl.QuotedMentionsA+rl.QuotedMentionsB {
				t.Errorf("%d mention lines for %d+%d, %d quoted lines", len(rl.Mentions), rl.MentionsA, rl.MentionsB, len(rl.QuotedMentions))
			}
			names := 0
			for _, n := range rl.Names {
				names += n.Count
			}
			if names != rl.MentionsA+rl.MentionsB {
				t.Errorf("names %v sum to %d, mentions %d+%d", rl.Names, names, rl.MentionsA, rl.MentionsB)
			}
			var dictator *ReferentLabel
			for i := range rl.Labels {
				if rl.Labels[i].Label == "dictator" {
					dictator = &rl.Labels[i]
				}
			}
			if dictator == nil {
				t.Fatalf("no dictator among %+v", rl.Labels)
			}
			if dictator.CountA != c.dictatorA || dictator.QuotedA != c.dictatorQuotedA || len(dictator.Evidence) != c.dictatorA ||
				len(dictator.Quoted) != c.dictatorQuotedA {
				t.Errorf("dictator %+v", *dictator)
			}
			for _, l := range dictator.Quoted {
				if l.Voice != VoiceQuote {
					t.Errorf("quoted use %+v is not in a quotation", l)
				}
			}
			if c.dictatorQuotedA > 0 && dictator.ShareA != 0 {
				t.Errorf("dictator's share %v counts a quoted use", dictator.ShareA)
			}
			found := false
			for _, alt := range rl.Alternatives {
				found = found || alt.A == "dictator" || alt.B == "dictator"
			}
			if found != c.dictatorAlternative {
				t.Errorf("dictator among the alternatives: %v, want %v (%+v)", found, c.dictatorAlternative, rl.Alternatives)
			}
		})
	}
}

// TestLabelsVoicesDescription: a definite description in the side's own words counts
// with OwnVoice even when the head it repeats was given in a quotation.
func TestLabelsVoicesDescription(t *testing.T) {
	a := englishDocs("a", "\u201cPedro Varga is a dictator,\u201d the opposition leader said. The dictator left the hall early.")
	rl, err := (&Analyzer{Voices: OwnVoice}).Labels(a, englishDocs("b", "Pedro Varga met the envoy."), "Pedro Varga", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range rl.Labels {
		if l.Label == "dictator" {
			// "a dictator" in the quotation, "The dictator" in the narrative.
			if l.CountA != 1 || l.QuotedA != 1 || l.Kinds[0].Name != "description" {
				t.Errorf("dictator %+v", l)
			}
			return
		}
	}
	t.Errorf("no dictator among %+v", rl.Labels)
}

// TestVoiceAt: the binary search gives every byte the voice a scan of all the spans
// gives it (the innermost span holding it, or the narrative), on texts with nested,
// unclosed and reported quotations.
func TestVoiceAt(t *testing.T) {
	for _, text := range []string{
		"",
		"No quotation at all.",
		"\u201cPedro Varga is a dictator,\u201d said Lina Osk. She said that the \u201cplan\u201d would wait.",
		"Osk said: \u201cHe told me \u2018never\u2019 twice. Soloria will wait.\u201d Then she left.",
		"\u201cAn unclosed quotation runs on\n\nVarga said that Soloria is small, according to Osk.",
		longQuotedDocument(2000).Text,
	} {
		spans := voices.Quotes(text, "english")
		for pos := 0; pos <= len(text); pos++ {
			want, width := VoiceNarrative, -1
			for _, sp := range spans {
				if sp.Start <= pos && pos < sp.End && (width < 0 || sp.End-sp.Start < width) {
					want, width = sp.Voice, sp.End-sp.Start
				}
			}
			if got := voiceAt(spans, pos); got != want {
				t.Fatalf("%q at %d: %v, want %v", text, pos, got, want)
			}
		}
	}
}

// TestLabelsPossessiveOfName: "the state of Soloria" is a label of Soloria, headed by
// "state" (a noun that is also a verb), never a mention by name; "another side of
// Soloria's spirit" is the spirit's side and "the side of the Soloria government" the
// government's, neither Soloria's.
func TestLabelsPossessiveOfName(t *testing.T) {
	a := englishDocs("a", "Pedro Varga wrote about another side of Soloria's spirit. He stood on the side of the Soloria government. "+
		"The state of Soloria is small. Soloria is a republic.")
	rl, err := (&Analyzer{}).Labels(a, englishDocs("b", "Soloria voted."), "Soloria", institutions)
	if err != nil {
		t.Fatal(err)
	}
	// Soloria's, Soloria (government), of Soloria, Soloria is.
	if rl.MentionsA != 4 || len(rl.Names) != 1 || rl.Names[0] != (Count{"Soloria", 5}) {
		t.Errorf("mentions on side A %d, names %v; want 4, [{Soloria 5}]", rl.MentionsA, rl.Names)
	}
	got := map[string]int{}
	for _, l := range rl.Labels {
		got[l.Label] = l.CountA
	}
	want := map[string]int{"state": 1, "government": 1, "republic": 1}
	if !maps.Equal(got, want) {
		t.Errorf("labels %v, want %v", got, want)
	}
}

// TestSuggestReferentsAgreeWithLabels: SuggestReferents and Labels count the same
// mentions of a place: "Mr. Amara" (a person, one title before a tenth of the mentions
// or fewer) is in neither, "VelAmara" in both, and with OwnVoice the quoted mention in
// neither.
func TestSuggestReferentsAgreeWithLabels(t *testing.T) {
	var a, b []corpus.Document
	for range 5 {
		a = append(a, corpus.Document{Language: "english", Text: "Vel Amara held a vote on Sunday. Residents of Vel Amara queued."})
	}
	a = append(a,
		corpus.Document{Language: "english", Text: "Mr. Amara, a farmer, said he voted early."},
		corpus.Document{Language: "english", Text: "\u201cVel Amara will remember this day,\u201d said Lina Osk. The count in VelAmara ended late."})
	for range 3 {
		b = append(b, corpus.Document{Language: "english", Text: "Vel Amara closed its polls."})
	}
	for i := range a {
		a[i].ID = fmt.Sprint("a", i)
	}
	for i := range b {
		b[i].ID = fmt.Sprint("b", i)
	}
	for _, c := range []struct {
		name   string
		voices Voices
		// side A: ten mentions in the first five documents, "VelAmara", and the quoted one.
		countA int
	}{{"every voice", AllVoices, 12}, {"own voice", OwnVoice, 11}} {
		t.Run(c.name, func(t *testing.T) {
			an := &Analyzer{Voices: c.voices}
			refs, err := an.SuggestReferents(a, b, 1, 10)
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(refs, func(r ReferentSuggestion) bool { return r.Name == "Vel Amara" })
			if i < 0 {
				t.Fatalf("no Vel Amara among %+v", refs)
			}
			if refs[i].CountA != c.countA || refs[i].CountB != 3 {
				t.Errorf("SuggestReferents: %d/%d, want %d/3 (forms %v)", refs[i].CountA, refs[i].CountB, c.countA, refs[i].Forms)
			}
			rl, err := an.Labels(a, b, "Vel Amara", nil)
			if err != nil {
				t.Fatal(err)
			}
			if rl.MentionsA != c.countA || rl.MentionsB != 3 {
				t.Errorf("Labels: %d/%d, want %d/3 (names %v)", rl.MentionsA, rl.MentionsB, c.countA, rl.Names)
			}
		})
	}
}
