package framing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
)

// TestSeedCommentary checks the seed case on the team's copy of the commentary (skipped
// when ../shared/data is absent; nothing of the text is in the repository): every
// quotation is found and attributed to the Associated Press or to the named scholar, the
// quotation repeated in the rebuttal included, and no word that occurs only inside the
// quotations is counted in own voice.
func TestSeedCommentary(t *testing.T) {
	dir := dataDir()
	if dir == "" {
		t.Skip("no shared data (../shared/data or FRAMEDIFF_DATA)")
	}
	b, err := os.ReadFile(filepath.Join(dir, "seed", "global-times-li-shangfu-moscow-2023.txt"))
	if err != nil {
		t.Skip("no seed commentary in the shared data")
	}
	text := string(b)
	marks := strings.Count(text, "“")
	quotes := 0
	for _, s := range voices.Quotes(text, "english") {
		if s.Voice != VoiceQuote {
			continue
		}
		quotes++
		if s.Canonical != "Associated Press" && s.Canonical != "Wang Xianju" {
			t.Errorf("quotation %q attributed to %q (%q)", text[s.Start:s.End], s.Speaker, s.Canonical)
		}
	}
	if quotes != marks || marks == 0 {
		t.Errorf("%d quotations found, the text opens %d", quotes, marks)
	}
	// Words only inside quotations.
	toks, err := (&Analyzer{}).Tokens(text)
	if err != nil {
		t.Fatal(err)
	}
	inside, outside := map[string]bool{}, map[string]bool{}
	for _, tk := range toks {
		if tk.Term == "" {
			continue
		}
		if QuotedVoices.Has(tk.Voice) {
			inside[tk.Term] = true
		} else {
			outside[tk.Term] = true
		}
	}
	own, err := (&Analyzer{Voices: OwnVoice}).ProfileTexts(text)
	if err != nil {
		t.Fatal(err)
	}
	only := 0
	for term := range inside {
		if outside[term] {
			continue
		}
		only++
		if n := own.Count(term); n != 0 {
			t.Errorf("%q occurs only in quotations but counts %d in own voice", term, n)
		}
	}
	if only < 10 {
		t.Errorf("only %d terms are found only inside the quotations", only)
	}
}

// TestOwnAgainstQuoted compares a text's own voice with what it quotes, and checks that the
// tokens dropped for their voice keep their terms.
func TestOwnAgainstQuoted(t *testing.T) {
	text := "The minister praised the bridge. Critics said it was “a reckless waste of money,” and the minister called the critics wrong."
	own, err := (&Analyzer{Voices: OwnVoice}).ProfileTexts(text)
	if err != nil {
		t.Fatal(err)
	}
	quoted, err := (&Analyzer{Voices: QuotedVoices}).ProfileTexts(text)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := Keyness(own, quoted, nil)
	if err != nil {
		t.Fatalf("own voice against quoted voice: %v", err)
	}
	if len(keys) == 0 {
		t.Fatal("no key terms")
	}
	cmp, err := Compare(own, quoted, "own", "quoted", nil)
	if err != nil || cmp == nil {
		t.Fatalf("Compare: %v", err)
	}
	// Other settings must still match.
	bigrams, _ := (&Analyzer{Voices: QuotedVoices, NGrams: 2}).ProfileTexts(text)
	if _, err := Keyness(own, bigrams, nil); err == nil {
		t.Error("profiles with different n-grams were compared")
	}
	toks, err := (&Analyzer{Voices: OwnVoice}).Tokens(text)
	if err != nil {
		t.Fatal(err)
	}
	var dropped []string
	for _, tk := range toks {
		if tk.Dropped == "voice" {
			if tk.Counted() {
				t.Errorf("voice-dropped token %+v counts", tk)
			}
			if tk.Term != "" {
				dropped = append(dropped, tk.Term)
			}
		}
	}
	if strings.Join(dropped, " ") != "reckless wast money" {
		t.Errorf("terms of the quotation: %q", dropped)
	}
}

// TestVoiceSetsAgree checks that counting some voices (which works out only what tells
// them apart) counts exactly the tokens that Tokens gives those voices, on the sample
// corpus, our pattern texts, and BASIL's development articles when present.
func TestVoiceSetsAgree(t *testing.T) {
	var texts []string
	for _, d := range corpus.Sample().Documents() {
		if d.Language == "english" {
			texts = append(texts, d.Text)
		}
	}
	texts = append(texts, "The “Belt and Road” initiative, as “One,” he said, and the “Peace Plan” they called “A Sham”.",
		"“Short,” she said. The “Big Idea” was “Big Idea” again; “Big Idea,” Oren said.")
	if dataDir() != "" {
		if docs, _ := loadBASILIfPresent(t); docs != nil {
			for _, d := range docs {
				texts = append(texts, d.Text)
			}
		}
	}
	sets := []Voices{OwnVoice, QuotedVoices, 1 << VoiceQuote, 1 << VoiceTitle, 1 << VoiceScare, 1<<VoiceNarrative | 1<<VoiceQuote}
	for _, text := range texts {
		toks, err := (&Analyzer{}).Tokens(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, set := range sets {
			want := 0
			for _, tk := range toks {
				if tk.Counted() && set.Has(tk.Voice) {
					want++
				}
			}
			p, err := (&Analyzer{Voices: set}).ProfileTexts(text)
			if err != nil {
				t.Fatal(err)
			}
			if p.Total(1) != want {
				t.Errorf("voices %v: profile counts %d, Tokens %d, in %.60q", set, p.Total(1), want, text)
			}
		}
	}
}
