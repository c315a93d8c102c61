package framing

import (
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
)

// TestRebuttal checks the sample's rebuttal case: the state outlet quotes the wire report to
// rebut it, and the wire's words are attributed to the wire, not counted as the outlet's.
func TestRebuttal(t *testing.T) {
	d, _ := corpus.Sample().Document("minister-visit/soloria-daily")
	spans := voices.Quotes(d.Text, d.Language)
	var wireWords []string
	for _, s := range spans {
		if s.Speaker == "Meridian Press" && s.Voice == VoiceQuote {
			wireWords = append(wireWords, d.Text[s.Start:s.End])
		}
	}
	if len(wireWords) != 2 || !strings.Contains(wireWords[0], "show of support") || !strings.Contains(wireWords[1], "quietly preparing") {
		t.Fatalf("quotes attributed to Meridian Press: %q", wireWords)
	}
	own, err := (&Analyzer{Voices: OwnVoice}).Profile(d)
	if err != nil {
		t.Fatal(err)
	}
	quoted, _ := (&Analyzer{Voices: QuotedVoices}).Profile(d)
	all, _ := (&Analyzer{}).Profile(d)
	if own.Count("quiet") != 0 || quoted.Count("quiet") != 1 || own.Count("hype") != 1 {
		t.Errorf("own voice counts quiet %d (want 0), hype %d (want 1); quoted counts quiet %d (want 1)",
			own.Count("quiet"), own.Count("hype"), quoted.Count("quiet"))
	}
	if own.Total(1)+quoted.Total(1) != all.Total(1) || own.Dropped().Voice != quoted.Total(1)+quotedStops(t, d) {
		t.Errorf("own %d + quoted %d != all %d, or voice drops %d", own.Total(1), quoted.Total(1), all.Total(1), own.Dropped().Voice)
	}
	toks, _ := (&Analyzer{}).Tokens(d.Text)
	for _, tk := range toks {
		if tk.Surface(d.Text) == "quietly" && tk.Voice != VoiceQuote {
			t.Errorf("token quietly has voice %v", tk.Voice)
		}
	}
}

// quotedStops counts the stop words and numbers inside the quotations of a document, which
// the own-voice profile drops for their voice before anything else.
func quotedStops(t *testing.T, d corpus.Document) int {
	t.Helper()
	toks, err := (&Analyzer{}).Tokens(d.Text)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, tk := range toks {
		if !OwnVoice.Has(tk.Voice) && tk.Dropped != "" {
			n++
		}
	}
	return n
}

func TestVoicesNGramsDoNotBridgeQuotes(t *testing.T) {
	an := Analyzer{Voices: OwnVoice, NGrams: 2}
	// No cue before the quotation: it stays one (a word or two quoted after "denied the"
	// would be part of the denial's content, in the own voice; see voices.Span.Marked).
	p, err := an.ProfileTexts("Officials met the “wild rumours” calmly.")
	if err != nil {
		t.Fatal(err)
	}
	// Own voice: Officials met [the] | calmly: bigram "offici met" only.
	if p.Count("met calm") != 0 || p.Count("offici met") != 1 || p.Count("wild") != 0 {
		t.Errorf("terms %+v", p.Terms())
	}
	none, _ := (&Analyzer{Voices: QuotedVoices}).ProfileTexts("No quotes here at all.")
	if none.Total(1) != 0 {
		t.Errorf("quoted voices of a text without quotes: %d tokens", none.Total(1))
	}
}
