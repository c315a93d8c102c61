package framing

import (
	"errors"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestAnalyzerUndefinedVoices checks that a set of voices naming a voice beyond the five
// there are is an option error, for a profile and for a voice report's profile, not a
// set that silently counts nothing of it.
func TestAnalyzerUndefinedVoices(t *testing.T) {
	docs := []corpus.Document{{ID: "d1", Text: "Ana Ruiz said the pier would close in May."}}
	for _, v := range []Voices{1 << 5, 1 << 7, OwnVoice | 1<<6} {
		an := Analyzer{Voices: v}
		if _, err := an.Profile(docs...); !errors.Is(err, ErrOption) {
			t.Errorf("Voices %d: Profile error %v, want ErrOption", v, err)
		}
		var all Analyzer
		if _, err := all.VoiceReport(docs, &VoiceReportOptions{Profiles: []VoiceProfile{{Voices: v}}}); !errors.Is(err, ErrOption) {
			t.Errorf("Voices %d: VoiceReport profile error %v, want ErrOption", v, err)
		}
	}
	for _, v := range []Voices{AllVoices, OwnVoice, QuotedVoices, 1<<5 - 1} {
		an := Analyzer{Voices: v}
		if _, err := an.Profile(docs...); err != nil {
			t.Errorf("Voices %d: Profile error %v, want none", v, err)
		}
	}
}
