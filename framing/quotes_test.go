package framing

import (
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

type qspan struct {
	voice         Voice
	speaker, verb string
	text          string
}

func spansOf(text, lang string) []qspan {
	var out []qspan
	for _, s := range Quotes(text, lang) {
		out = append(out, qspan{s.Voice, s.Speaker, s.Verb, text[s.Start:s.End]})
	}
	return out
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []qspan
	}{
		{"none", "The talks ended on Friday.", nil},
		{"said after, comma inside", "“We will not bow to pressure,” the minister said.",
			[]qspan{{VoiceQuote, "the minister", "said", "We will not bow to pressure,"}}},
		{"inverted", "\"It is a signal,\" said Mira Delacroix, an analyst.",
			[]qspan{{VoiceQuote, "Mira Delacroix", "said", "It is a signal,"}}},
		{"verb before, colon", "The spokesman told reporters: «No comment».",
			[]qspan{{VoiceQuote, "The spokesman", "told", "No comment"}}},
		{"partial quote in a sentence", "The military said the drills were a “stern warning” to separatists.",
			[]qspan{{VoiceQuote, "The military", "said", "stern warning"}}},
		{"scare quote", "Officials hyped up a so-called “threat” from the east.",
			[]qspan{{VoiceScare, "", "", "threat"}}},
		{"short unattributed quote", "Critics call it a “show of support” for the regime.",
			[]qspan{{VoiceQuote, "Critics", "call", "show of support"}}},
		{"short quote, nothing reports it", "The “peace plan” was unveiled.",
			[]qspan{{VoiceScare, "", "", "peace plan"}}},
		{"according to", "“The toll is 14,” according to the provincial government.",
			[]qspan{{VoiceQuote, "the provincial government", "according to", "The toll is 14,"}}},
		{"pronoun resolved", "“First,” said Ana Ruiz. Later: “Second,” she said.",
			[]qspan{{VoiceQuote, "Ana Ruiz", "said", "First,"}, {VoiceQuote, "Ana Ruiz", "said", "Second,"}}},
		{"continuation in a paragraph", "“One thing,” the envoy said. “And another thing entirely.”",
			[]qspan{{VoiceQuote, "the envoy", "said", "One thing,"}, {VoiceQuote, "the envoy", "said", "And another thing entirely."}}},
		{"unclosed quote ends with its paragraph", "He called it “a sham and a fraud\n\nNext paragraph is own voice.",
			[]qspan{{VoiceQuote, "He", "called", "a sham and a fraud"}}},
		{"quote across paragraphs", "She said: “First part.\n\n“Second part.” Then silence.",
			[]qspan{{VoiceQuote, "She", "said", "First part.\n\n“Second part."}}},
		{"apostrophes are not quotes", "Soloria’s plan and the ‘rules-based order’ it’s said to defend.",
			[]qspan{{VoiceScare, "", "", "rules-based order"}}},
		{"reported speech", "Two officials told Meridian that Soloria was preparing to supply weapons.",
			[]qspan{{VoiceReported, "Two officials", "told", "Soloria was preparing to supply weapons"}}},
		{"according to, reported", "According to the agency, the visit was routine.",
			[]qspan{{VoiceReported, "the agency", "according to", "the visit was routine"}}},
		{"verb after a comma before a pronoun quote", "Report, said the office. “Fine,” he said.",
			[]qspan{{VoiceQuote, "he", "said", "Fine,"}}},
		{"title abbreviation", "“We disagree,” Mr. Smith said.",
			[]qspan{{VoiceQuote, "Mr. Smith", "said", "We disagree,"}}},
		{"pronoun resolved to the nearer name", "“One,” said Ana Ruiz. Then Mr. Obama said that the talks ended. “Two,” he said.",
			[]qspan{{VoiceQuote, "Ana Ruiz", "said", "One,"}, {VoiceReported, "Mr. Obama", "said", "the talks ended"}, {VoiceQuote, "Obama", "said", "Two,"}}},
		{"spanish", "«El pueblo ha hablado», afirmó Arce. Denuncias de un supuesto «fraude».",
			[]qspan{{VoiceQuote, "Arce", "afirmó", "El pueblo ha hablado"}, {VoiceScare, "", "", "fraude"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang := "english"
			if tt.name == "spanish" {
				lang = "spanish"
			}
			got := spansOf(tt.text, lang)
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("span %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestRebuttal checks the sample's rebuttal case: the state outlet quotes the wire report to
// rebut it, and the wire's words are attributed to the wire, not counted as the outlet's.
func TestRebuttal(t *testing.T) {
	d, _ := corpus.Sample().Document("minister-visit/soloria-daily")
	spans := Quotes(d.Text, d.Language)
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
	p, err := an.ProfileTexts("Officials denied the “wild rumours” completely.")
	if err != nil {
		t.Fatal(err)
	}
	// Own voice: Officials denied [the] | completely: bigram "offici deni" only.
	if p.Count("deni complet") != 0 || p.Count("offici deni") != 1 || p.Count("wild") != 0 {
		t.Errorf("terms %+v", p.Terms())
	}
	none, _ := (&Analyzer{Voices: QuotedVoices}).ProfileTexts("No quotes here at all.")
	if none.Total(1) != 0 {
		t.Errorf("quoted voices of a text without quotes: %d tokens", none.Total(1))
	}
}

func FuzzQuotes(f *testing.F) {
	for _, s := range []string{"Report, said the office. “Fine,” he said.", "“a” b", "\"x", "«", "He said: “one\n\n“two”", "‘it’s’", "according to", "a \"b\" c \"d", "„x“",
		"— Нет, — заявил он. — Никогда.", "The ministry said in a statement:\n\nThe dam is safe.\n\n- One\n- Two",
		"Lia Tran, the aide to Rep. Tom Bell (R-Tenn.), wrote that they should “show some class.”",
		"It was “a b c d.” It is not “a b c d.”", "“One,\" he said. \"Two”", "’90s Saudis’ ‘x’ ''y''"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		lang := [...]string{"english", "russian", "french", "german"}[len(text)%4]
		for _, s := range Quotes(text, lang) {
			if s.Start < prev || s.End < s.Start || s.End > len(text) {
				t.Fatalf("bad span %+v after %d in %q", s, prev, text)
			}
			if s.Voice == VoiceNarrative {
				t.Fatalf("own-voice span %+v", s)
			}
			prev = s.End
		}
	})
}
