package framing

import "testing"

// TestOwnVoiceNarrativeBefore counts own voice in invented texts whose narrative comes
// before the first quotation's paragraph, after it, or alone (when the words before the
// quotation are counted as they are scanned, or the segmenter is not asked at all), with
// an address among them. Expected counts by hand: every "bridges" outside the quotation,
// none inside it; the four words of an address (name, name, town, example) are dropped.
func TestOwnVoiceNarrativeBefore(t *testing.T) {
	tests := []struct {
		name, text         string
		bridges, addresses int
	}{
		{"narrative alone", "Halden needs new bridges.\n\nThe council met. Write to ana.ruiz@halden.example today.", 1, 4},
		{"narrative before the quotation",
			"Halden needs new bridges. The council met on Monday.\n\nThe bridges are old.\n\n\"We will build new bridges,\" Ana Ruiz said.",
			2, 0},
		{"quotation first", "\"We will build new bridges,\" Ana Ruiz said.\n\nHalden needs new bridges.", 1, 0},
		{"address before the quotation",
			"Mail ivo.marek@halden.example about the bridges.\n\n\"Bridges matter,\" Ivo Marek said. Halden has three bridges.",
			2, 4},
		{"plural possessive alone", "The voters' bridges are old.\n\nHalden needs new bridges.", 2, 0},
		{"colon paragraph", "The bridges are old. Ana Ruiz wrote:\n\nWe need bridges.", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyzer{NoStem: true, Voices: OwnVoice}
			p, err := an.ProfileTexts(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.Count("bridges"); got != tt.bridges {
				t.Errorf("bridges counted %d times, want %d", got, tt.bridges)
			}
			if got := p.Dropped().Address; got != tt.addresses {
				t.Errorf("%d words dropped in addresses, want %d", got, tt.addresses)
			}
		})
	}
}
