package voices

import "testing"

// TestPnSameVerb checks the scorer of the PolNeAR reporting-verb row (see pnSameVerb):
// the last word of the gold cue against the quotation's verb, forms of one verb alike
// on both sides, a cue without a word its own base, and no verb never right. The
// expected values are read off the cues by hand.
func TestPnSameVerb(t *testing.T) {
	for _, tc := range []struct {
		name, got, gold string
		want            bool
	}{
		// Forms of one verb.
		{"past and present", "said", "says", true},
		{"irregular past and present", "told", "tells", true},
		{"irregular past and participle of sing", "sang", "sung", true},
		{"past against -s, a doubled consonant", "added", "adds", true},
		{"-ing against base, a doubled consonant", "adding", "add", true},
		{"-ed against -s, a doubled consonant", "scoffed", "scoffs", true},
		{"regular past and -s", "quipped", "quips", true},
		{"auxiliaries before the gold verb", "saying", "has been saying", true},
		{"modal before the gold verb", "say", "would later say", true},
		{"phrasal verb, both with the particle", "pointed out", "pointing out", true},
		{"noun cue", "according to", "according to", true},
		{"colon against colon", ":", ":", true},
		// Not the same.
		{"different verbs", "said", "told", false},
		{"add is not ad-anything else", "added", "adopted", false},
		{"the particle is the last word", "went", "went on", false},
		{"gold cue runs on past the verb", "said", "said in a statement", false},
		{"no verb against a colon", "", ":", false},
		{"no verb against a quotation mark", "", "“", false},
		{"colon against a verb", ":", "said:", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pnSameVerb(tc.got, tc.gold); got != tc.want {
				t.Errorf("pnSameVerb(%q, %q) = %v, want %v (bases %q, %q)", tc.got, tc.gold, got, tc.want,
					pnVerbBase(tc.got), pnVerbBase(tc.gold))
			}
		})
	}
}
