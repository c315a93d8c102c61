package voices

import "testing"

// TestMixedQuotes checks which quotations of a word or two set inside indirect speech
// are read as part of it (mixedQuotes): the clause goes on after the quotation, its cue
// is the content's, and the content is a clause; such a quotation is Marked. The voices-only
// segmentation (Want) puts each in the own voice or not as Quotes does.
func TestMixedQuotes(t *testing.T) {
	tests := []struct {
		name, text, quoted string
		want               Voice
	}{
		{"a verb inside the clause", "Ana Ruiz said she “respects” Ivo Marek and would work with him.",
			"respects", Reported},
		{"a noun phrase inside the clause", "Ivo Marek said the council would hold a “full review” of the Halden budget next month.",
			"full review", Reported},
		{"an adverb in straight marks", `Ana Ruiz said she "certainly" knew nothing of the Halden deal.`,
			"certainly", Reported},
		{"a content before its cue", "The “harbor tax” will rise, Ivo Marek said.",
			"harbor tax", Reported},
		{"ending its clause", "Ana Ruiz said the Halden plan was “reckless.”",
			"reckless.", Quote},
		{"before a conjunction", "Ivo Marek said the budget was “unfair” and left the hall.",
			"unfair", Quote},
		{"with a comma of its own", "Ana Ruiz said the vote was “rigged,” adding that Halden deserved better.",
			"rigged,", Quote},
		{"three words", "Ivo Marek said the council would hold a “very long review” of the budget.",
			"very long review", Quote},
		{"in an object content", "Ana Ruiz praised Ivo Marek for “standing firm” on the Halden budget.",
			"standing firm", Quote},
		{"after so-called", "Ana Ruiz said she would end the so-called “harbor” tax in Halden.",
			"harbor", Scare},
		{"after a naming verb", "Ana Ruiz called the plan “reckless” in a speech in Halden.",
			"reckless", Quote},
		{"after a naming verb in the past perfect", "Ivo Marek had labeled the Halden levy “theft” at every meeting.",
			"theft", Quote},
		{"after a mention word", "Ana Ruiz said the word “reckless” fit the plan.",
			"reckless", Quote},
		{"after a mention word, two words", "Ivo Marek said the phrase “harbor tax” scared voters in Halden.",
			"harbor tax", Quote},
		{"after a noun that mentions nothing", "Ana Ruiz said the plan “worked” for Halden in the end.",
			"worked", Reported},
		{"with a cue of its own", "The critics called it “a mess” in a letter to the Halden council, noted Ana Ruiz.",
			"a mess", Quote},
		// Read from the sentence alone (mixedAt).
		{"after that and a clause", "Ana Ruiz said that the ferry would make a “slow return” to Halden next spring.",
			"slow return", Reported},
		{"after according to", "According to Lena Varga, the council struck a “quiet deal” with the Halden port.",
			"quiet deal", Reported},
		{"the object of a cue, after a determiner", "Ivo Marek denied the “wild claims” about the Halden port.",
			"wild claims", Reported},
		{"right after its cue", "Lena Varga accused “outside groups” of stirring the Halden vote.",
			"outside groups", Quote},
	}
	en := LangOf("english")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, s := range Quotes(tt.text, "english") {
				if tt.text[s.Start:s.End] != tt.quoted {
					if s.Marked {
						t.Errorf("%q, not the quotation, is marked", tt.text[s.Start:s.End])
					}
					continue
				}
				// Only a quotation read as indirect speech is marked as quoted (Span.Marked).
				if s.Marked != (tt.want == Reported) {
					t.Errorf("%q: marked %v, want %v", tt.quoted, s.Marked, tt.want == Reported)
				}
				found = true
				if s.Voice != tt.want {
					t.Errorf("%q: %v, want %v", tt.quoted, s.Voice, tt.want)
				}
				if tt.want != Scare && (s.Speaker == "" || s.Verb == "") {
					t.Errorf("%q: speaker %q, verb %q; want both", tt.quoted, s.Speaker, s.Verb)
				}
			}
			if !found {
				t.Fatalf("no span %q in %v", tt.quoted, spansOf(tt.text, "english"))
			}
			for _, want := range []Set{Own, Quoted} {
				g := Segmenter{Want: want}
				for _, s := range g.Segment(tt.text, Scan(tt.text, en, nil)) {
					if tt.text[s.Start:s.End] == tt.quoted && want.Has(s.Voice) != want.Has(tt.want) {
						t.Errorf("wanting %v, %q is %v, want %v", want, tt.quoted, s.Voice, tt.want)
					}
				}
			}
		})
	}
}

// TestMixedQuotesWantAgrees checks on BASIL's and PolNeAR's texts (skipped without the
// shared data) that a Segmenter wanting the own voice, or the quoted voices, puts every
// word in the wanted set or not as Quotes does, now that a word or two quoted inside
// indirect speech take its voice (only the contents of their sentences are worked out).
func TestMixedQuotesWantAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs, _ := loadBASIL(t)
	var texts []string
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	for _, a := range loadPolNeAR(t) {
		texts = append(texts, a.Text)
	}
	en := LangOf("english")
	bad := 0
	for _, want := range []Set{Own, Quoted} {
		g := Segmenter{Want: want}
		for _, text := range texts {
			toks := Scan(text, en, nil)
			full := voicesAt(Quotes(text, "english"), toks)
			got := voicesAt(g.Segment(text, toks), toks)
			for i := range toks {
				if want.Has(full[i]) != want.Has(got[i]) {
					bad++
					if bad <= 5 {
						t.Errorf("wanting %v, word %d (%d bytes in): %v, Quotes %v", want, i, toks[i].Start, got[i], full[i])
					}
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d words differ", bad)
	}
}

// TestNormalizeQuote checks the words normalizeQuote keeps, by hand, and that its ASCII
// reading agrees with the one for any text on every string of a few ASCII bytes.
func TestNormalizeQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"...", ""},
		{"Ana Ruiz", "ana ruiz"},
		{"  the so-called  HARBOR tax, 2024!", "the so-called harbor tax 2024"},
		{"it's Halden's", "it s halden s"},
		{"Ivo Marek’s “plan”", "ivo marek s plan"},
		{"ÉCOLE de Halden", "école de halden"},
	}
	for _, tt := range tests {
		if got := normalizeQuote(tt.in); got != tt.want {
			t.Errorf("normalizeQuote(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	const alphabet = "aZ9- .,'_\t"
	b := make([]byte, 4)
	for n := range len(alphabet) * len(alphabet) * len(alphabet) * len(alphabet) {
		for i := range b {
			b[i] = alphabet[n%len(alphabet)]
			n /= len(alphabet)
		}
		if s := string(b); normalizeQuote(s) != normalizeText(s) {
			t.Fatalf("normalizeQuote(%q) = %q, normalizeText %q", s, normalizeQuote(s), normalizeText(s))
		}
	}
}
