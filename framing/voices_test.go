package framing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// vspan is a span as the voice tests state it: voice, speaker as written, canonical
// speaker, verb and the words.
type vspan struct {
	voice                    Voice
	speaker, canonical, verb string
	text                     string
}

// TestVoicePatterns covers the quotation patterns of real news, each in a text written for
// this test.
func TestVoicePatterns(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []vspan
	}{
		{"mixed curly and straight marks", "english",
			"“Today is a disgrace for the region,\" said the council. “Most members have lost their homes to the flood.”",
			[]vspan{{VoiceQuote, "the council", "the council", "said", "Today is a disgrace for the region,"},
				{VoiceQuote, "the council", "the council", "said", "Most members have lost their homes to the flood."}}},
		{"double quotes nested in double quotes", "english",
			"“He pointed to his own “secret meeting” emails (he did),” the aide said.",
			[]vspan{{VoiceQuote, "the aide", "the aide", "said", "He pointed to his own “secret meeting” emails (he did),"}}},
		{"single quotes nested in double quotes", "english",
			"“They called it ‘a farce’ and walked out,” she said.",
			[]vspan{{VoiceQuote, "she", "she", "said", "They called it ‘a farce’ and walked out,"}}},
		{"continued across a paragraph without reopening", "english",
			"The mayor said: “We will rebuild the bridge.\n\nAnd we will do it this year,” she added.",
			[]vspan{{VoiceQuote, "The mayor", "The mayor", "added", "We will rebuild the bridge.\n\nAnd we will do it this year,"}}},
		{"closed without an opening mark", "english",
			"The minister said the plan was sound and fair to all,\" and left the room.",
			[]vspan{{VoiceQuote, "The minister", "The minister", "said", "the plan was sound and fair to all,"}}},
		{"apostrophes, elisions and possessive plurals", "english",
			"In the ’90s the Saudis’ claims were “baseless and absurd in every respect,” officials said.",
			[]vspan{{VoiceQuote, "officials", "officials", "said", "baseless and absurd in every respect,"}}},
		{"guillemets and a dash of dialogue", "russian",
			"«Мы не согласны с этим решением», — заявил министр Олег Петров.",
			[]vspan{{VoiceQuote, "министр Олег Петров", "Олег Петров", "заявил", "Мы не согласны с этим решением"}}},
		{"german marks, quotation marks only", "german",
			"„Wir werden die Brücke noch in diesem Jahr wieder aufbauen“, sagte die Ministerin.",
			[]vspan{{VoiceQuote, "", "", "", "Wir werden die Brücke noch in diesem Jahr wieder aufbauen"}}},
		{"french", "french",
			"« Nous ne céderons pas à la pression », a déclaré le ministre.",
			[]vspan{{VoiceQuote, "le ministre", "le ministre", "déclaré", "Nous ne céderons pas à la pression"}}},
		{"attribution in the next sentence", "english",
			"“We are leaving the talks now.” Delacroix said so on Friday.",
			[]vspan{{VoiceQuote, "Delacroix", "Delacroix", "said", "We are leaving the talks now."}}},
		{"a definite description stands for the titled person", "english",
			"Gov. Ana Ruiz visited the dam on Monday. “It held,” the governor said.",
			[]vspan{{VoiceQuote, "the governor", "Ana Ruiz", "said", "It held,"}}},
		{"a role in apposition titles the person", "english",
			"Ana Ruiz, the Soloria governor, visited the dam on Monday. “It held,” the Soloria governor said.",
			[]vspan{{VoiceQuote, "the Soloria governor", "Ana Ruiz", "said", "It held,"}}},
		{"only the head of an apposition is its role", "english",
			"Lia Moss, the president's adviser, spoke first. “It held,” the president said.",
			[]vspan{{VoiceQuote, "the president", "the president", "said", "It held,"}}},
		{"one canonical name per person", "english",
			"President Tal Oren spoke first. “We stand firm,” Oren said. “Nothing has changed,” Mr. Oren added.",
			[]vspan{{VoiceQuote, "Oren", "Tal Oren", "said", "We stand firm,"}, {VoiceQuote, "Mr. Oren", "Tal Oren", "added", "Nothing has changed,"}}},
		{"an acronym is its organization", "english",
			"The Meridian Press Agency ran the story first. “It was verified twice,” MPA said.",
			[]vspan{{VoiceQuote, "MPA", "Meridian Press Agency", "said", "It was verified twice,"}}},
		{"a quotation repeated in a rebuttal is its first speaker's", "english",
			"The agency wrote that the trip would “undermine the order of things.” It is not an act to “undermine the order of things.”",
			[]vspan{{VoiceReported, "The agency", "The agency", "wrote", "the trip would"},
				{VoiceQuote, "The agency", "The agency", "wrote", "undermine the order of things."},
				{VoiceQuote, "The agency", "The agency", "", "undermine the order of things."}}},
		{"a pronoun prefers the subject", "english",
			"Senator Ana Ruiz met the envoy Tal Oren and his aides on Friday. “We agreed on nothing,” she said.",
			[]vspan{{VoiceQuote, "Ana Ruiz", "Ana Ruiz", "said", "We agreed on nothing,"}}},
		{"a participle shares its sentence's subject", "english",
			"The minister responded on Friday, calling the report “a fabrication from start to finish.”",
			[]vspan{{VoiceQuote, "The minister", "The minister", "calling", "a fabrication from start to finish."}}},
		{"a relative clause speaks for its name", "english",
			"The call was echoed by Sen. Ana Ruiz, who tweeted that the vote was “a disgrace.”",
			[]vspan{{VoiceReported, "Sen. Ana Ruiz", "Ana Ruiz", "tweeted", "the vote was"},
				{VoiceQuote, "Sen. Ana Ruiz", "Ana Ruiz", "tweeted", "a disgrace."}}},
		{"a colon introduces the subject's words", "english",
			"Ruiz had an answer ready: “That is simply not true.”",
			[]vspan{{VoiceQuote, "Ruiz", "Ruiz", "", "That is simply not true."}}},
		{"a name in quotation marks", "english",
			"The “Belt and Road” initiative was discussed.",
			[]vspan{{VoiceTitle, "", "", "", "Belt and Road"}}},
		{"so-called", "english",
			"Officials warned of a so-called “peace dividend” that never came.",
			[]vspan{{VoiceScare, "", "", "", "peace dividend"}}},
		{"a block quotation after a colon", "english",
			"The ministry said in a statement:\n\nThe dam is safe and the water is falling.\n\nThe river rose again on Sunday.",
			[]vspan{{VoiceQuote, "The ministry", "The ministry", "said", "The dam is safe and the water is falling."}}},
		{"a document speaks for its author", "english",
			"Ruiz said in a statement that the dam had held. “We were lucky,” the statement added.",
			[]vspan{{VoiceReported, "Ruiz", "Ruiz", "said", "the dam had held"}, {VoiceQuote, "the statement", "Ruiz", "added", "We were lucky,"}}},
		{"went on to say", "english",
			"Oren declined to comment at first. He went on to say the report was “entirely wrong.”",
			[]vspan{{VoiceQuote, "Oren", "Oren", "say", "entirely wrong."}}},
		{"an appositive between the quotation and the verb", "english",
			"“The levee failed,” Jim Hale, a spokesman for the governor, said in an email.",
			[]vspan{{VoiceQuote, "Jim Hale", "Jim Hale", "said", "The levee failed,"}}},
		{"a name in parentheses in the appositive", "english",
			"Lia Tran, the aide to Rep. Tom Bell (R-Tenn.), wrote that they should “show some class.”",
			[]vspan{{VoiceReported, "Lia Tran", "Lia Tran", "wrote", "they should"}, {VoiceQuote, "Lia Tran", "Lia Tran", "wrote", "show some class."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Quotes(tt.text, tt.lang)
			var got []vspan
			for _, s := range spans {
				got = append(got, vspan{s.Voice, s.Speaker, s.Canonical, s.Verb, tt.text[s.Start:s.End]})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d spans %+v\nwant %d %+v", len(got), got, len(tt.want), tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("span %d = %+v\n          want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

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
	for _, s := range Quotes(text, "english") {
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
				texts = append(texts, d.text)
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
