package framing

import (
	"errors"
	"strings"
	"testing"
)

// voicesText is a made-up report with a quotation, so that its own voice, its quoted voice
// and all its voices are three different counts.
const voicesText = `The council approved the budget on Monday. "We will build new bridges," the mayor said.`

func voicesProfile(t *testing.T, v Voices) *Profile {
	t.Helper()
	an := Analyzer{NoStem: true, Voices: v}
	p, err := an.ProfileTexts(voicesText)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestMergeVoices: Merge adds counts, so the parts must count the same voices; the set of
// every voice written bit by bit is the zero set.
func TestMergeVoices(t *testing.T) {
	all, own, quoted := voicesProfile(t, AllVoices), voicesProfile(t, OwnVoice), voicesProfile(t, QuotedVoices)
	everyBit := voicesProfile(t, Voices(1<<VoiceNarrative|1<<VoiceQuote|1<<VoiceScare|1<<VoiceReported|1<<VoiceTitle))
	for _, tc := range []struct {
		name string
		ps   []*Profile
		ok   bool
	}{
		{"all and own", []*Profile{all, own}, false},
		{"own and quoted", []*Profile{own, quoted}, false},
		{"own, own and all", []*Profile{own, own, all}, false},
		{"own and own", []*Profile{own, own}, true},
		{"all and every voice by bit", []*Profile{all, everyBit}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Merge(tc.ps...)
			if tc.ok {
				if err != nil {
					t.Fatal(err)
				}
				if m.Total(1) != tc.ps[0].Total(1)+tc.ps[1].Total(1) {
					t.Errorf("merged total %d, want %d+%d", m.Total(1), tc.ps[0].Total(1), tc.ps[1].Total(1))
				}
				return
			}
			if !errors.Is(err, ErrMismatch) {
				t.Fatalf("Merge = %v, want ErrMismatch", err)
			}
			if !strings.Contains(err.Error(), "voices") || !strings.Contains(err.Error(), "profile 1") &&
				!strings.Contains(err.Error(), "profile 2") {
				t.Errorf("error does not name the profile and the voices: %v", err)
			}
		})
	}
	// Compare still sets a text's own voice against what it quotes.
	if _, err := Compare(own, quoted, "own", "quoted", nil); err != nil {
		t.Errorf("Compare(own, quoted) = %v", err)
	}
}

// TestPoolProfilesVoices: PoolProfiles adds the parts' counts as Merge does.
func TestPoolProfilesVoices(t *testing.T) {
	all, own := voicesProfile(t, AllVoices), voicesProfile(t, OwnVoice)
	in := &PoolInput{SideA: "a", SideB: "b", Parts: []EventSide{
		{Event: "e1", Lean: LeanA, Profile: own}, {Event: "e1", Lean: LeanB, Profile: all},
	}}
	an := Analyzer{}
	_, err := PoolProfiles(&an, in, &PoolOptions{Permutations: -1})
	if !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), "part 1") {
		t.Errorf("PoolProfiles of own and all voices = %v, want ErrMismatch naming part 1", err)
	}
}

// TestBackgroundVoices: the background of PriorBackground counts the voices the sides
// count together, and its mismatch error names the background and prints the voices.
func TestBackgroundVoices(t *testing.T) {
	all, own, quoted := voicesProfile(t, AllVoices), voicesProfile(t, OwnVoice), voicesProfile(t, QuotedVoices)
	stemmed, err := (&Analyzer{}).ProfileTexts(voicesText)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		a, b, bg  *Profile
		ok        bool
		mentioned []string
	}{
		{"own sides, own background", own, own, own, true, nil},
		{"own against quoted, background of all voices", own, quoted, all, true, nil},
		{"own sides, background of all voices", own, own, all, false, []string{"background", "all", "narrative+reported+title"}},
		{"own against quoted, own background", own, quoted, own, false, []string{"background", "quote+scare"}},
		{"background with other settings", all, all, stemmed, false, []string{"the background was made with", "the voices all", "side A with"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lo := LogOddsOptions{Prior: PriorBackground, Background: tc.bg}
			_, kerr := Keyness(tc.a, tc.b, &KeynessOptions{LogOdds: lo})
			_, cerr := Compare(tc.a, tc.b, "a", "b", &CompareOptions{LogOdds: lo})
			for name, err := range map[string]error{"Keyness": kerr, "Compare": cerr} {
				if tc.ok {
					if err != nil {
						t.Errorf("%s: %v", name, err)
					}
					continue
				}
				if !errors.Is(err, ErrMismatch) {
					t.Errorf("%s = %v, want ErrMismatch", name, err)
					continue
				}
				if strings.Contains(err.Error(), "side B with") {
					t.Errorf("%s: the error calls the background side B: %v", name, err)
				}
				for _, s := range tc.mentioned {
					if !strings.Contains(err.Error(), s) {
						t.Errorf("%s: error does not mention %q: %v", name, s, err)
					}
				}
			}
		})
	}
}
