package voices

import (
	"testing"
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
			[]qspan{{Quote, "the minister", "said", "We will not bow to pressure,"}}},
		{"inverted", "\"It is a signal,\" said Mira Delacroix, an analyst.",
			[]qspan{{Quote, "Mira Delacroix", "said", "It is a signal,"}}},
		{"verb before, colon", "The spokesman told reporters: «No comment».",
			[]qspan{{Quote, "The spokesman", "told", "No comment"}}},
		{"partial quote in a sentence", "The military said the drills were a “stern warning” to separatists.",
			[]qspan{{Reported, "The military", "said", "the drills were a"}, {Reported, "The military", "said", "stern warning"},
				{Reported, "The military", "said", "to separatists"}}}, // two words inside the clause: indirect speech (mixedQuotes)
		{"scare quote", "Officials hyped up a so-called “threat” from the east.",
			[]qspan{{Scare, "", "", "threat"}}},
		{"short quote after a naming verb", "Critics call it a “show of support” for the regime.",
			[]qspan{{Reported, "Critics", "call", "it a"}, {Quote, "Critics", "call", "show of support"},
				{Reported, "Critics", "call", "for the regime"}}},
		{"short quote, nothing reports it", "The “peace plan” was unveiled.",
			[]qspan{{Scare, "", "", "peace plan"}}},
		{"according to", "“The toll is 14,” according to the provincial government.",
			[]qspan{{Quote, "the provincial government", "according to", "The toll is 14,"}}},
		{"pronoun resolved", "“First,” said Ana Ruiz. Later: “Second,” she said.",
			[]qspan{{Quote, "Ana Ruiz", "said", "First,"}, {Quote, "Ana Ruiz", "said", "Second,"}}},
		{"continuation in a paragraph", "“One thing,” the envoy said. “And another thing entirely.”",
			[]qspan{{Quote, "the envoy", "said", "One thing,"}, {Quote, "the envoy", "said", "And another thing entirely."}}},
		{"unclosed quote ends with its paragraph", "Tal Oren spoke. He called it “a sham and a fraud\n\nNext paragraph is own voice.",
			[]qspan{{Reported, "Tal Oren", "called", "it"}, {Quote, "Tal Oren", "called", "a sham and a fraud"}}},
		{"quote across paragraphs", "Ana Ruiz stood up. She said: “First part.\n\n“Second part.” Then silence.",
			[]qspan{{Quote, "Ana Ruiz", "said", "First part.\n\n“Second part."}}},
		{"a straight mark opening after a sentence's end without a space", "\"We came here for work,\" said one owner of a shop in the bazaar.\"We were deceived by the agents.\"",
			[]qspan{{Quote, "one owner of a shop", "said", "We came here for work,"}, {Quote, "one owner of a shop", "said", "We were deceived by the agents."}}},
		{"apostrophes are not quotes", "Soloria’s plan and the ‘rules-based order’ it’s said to defend.",
			[]qspan{{Scare, "", "", "rules-based order"}}},
		{"reported speech", "Two officials told Meridian that Soloria was preparing to supply weapons.",
			[]qspan{{Reported, "Two officials", "told", "Soloria was preparing to supply weapons"}}},
		{"according to, reported", "According to the agency, the visit was routine.",
			[]qspan{{Reported, "the agency", "according to", "the visit was routine"}}},
		{"verb after a comma before a pronoun quote", "Report, said the office. “Fine,” he said.",
			// "he" cannot be the office: no speaker rather than a wrong one.
			[]qspan{{Quote, "", "said", "Fine,"}}},
		{"an unresolved pronoun names no speaker", "“Fine,” she said.", []qspan{{Quote, "", "said", "Fine,"}}},
		{"title abbreviation", "“We disagree,” Mr. Smith said.",
			[]qspan{{Quote, "Mr. Smith", "said", "We disagree,"}}},
		{"pronoun resolved to the nearer name", "“One,” said Ana Ruiz. Then Mr. Okafor said that the talks ended. “Two,” he said.",
			[]qspan{{Quote, "Ana Ruiz", "said", "One,"}, {Reported, "Mr. Okafor", "said", "the talks ended"}, {Quote, "Okafor", "said", "Two,"}}},
		{"spanish", "«El pueblo ha hablado», afirmó Arce. Denuncias de un supuesto «fraude».",
			[]qspan{{Quote, "Arce", "afirmó", "El pueblo ha hablado"}, {Scare, "", "", "fraude"}}},
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

func FuzzQuotes(f *testing.F) {
	for _, s := range []string{"Report, said the office. “Fine,” he said.", "“a” b", "\"x", "«", "He said: “one\n\n“two”", "‘it’s’", "according to", "a \"b\" c \"d", "„x“",
		"— Нет, — заявил он. — Никогда.", "The ministry said in a statement:\n\nThe dam is safe.\n\n- One\n- Two",
		"Lia Tran, the aide to Rep. Tom Bell (R-Tenn.), wrote that they should “show some class.”",
		"It was “a b c d.” It is not “a b c d.”", "“One,\" he said. \"Two”", "’90s Saudis’ ‘x’ ''y''",
		// Contents that once overlapped, of lengths that make them English below.
		"Lu is convinced the port will close and the council says the levy will fail.",
		"Lu cast doubt on the claim that the council agreed the port would close.",
		"A ferry is late according to"} { // English (a length divisible by four), "according to" ending the text
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		lang := [...]string{"english", "russian", "french", "german"}[len(text)%4]
		for _, s := range Quotes(text, lang) {
			if s.Start < prev || s.End < s.Start || s.End > len(text) {
				t.Fatalf("bad span %+v after %d in %q", s, prev, text)
			}
			if s.Voice == Narrative {
				t.Fatalf("own-voice span %+v", s)
			}
			prev = s.End
		}
	})
}
