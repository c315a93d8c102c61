package framing

import (
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestChinaDailyNYTLoaded runs the loaded-language view on China Daily against The New York
// Times and the other way round (chinadaily-nyt-democracy.jsonl of the shared data; skipped
// when absent, with -short or under the race detector): each side's own voice is the
// account, the other side both the background and the other accounts, and it logs the first
// 20 words each way with their figures and one evidence line:
//
//	go test ./framing -run ChinaDailyNYTLoaded -v
//
// It checks what holds whatever the words: every listed word is used by its side, carries
// one evidence line per counted use, and is not the other side's (Shared below MaxShared).
func TestChinaDailyNYTLoaded(t *testing.T) {
	if testing.Short() {
		t.Skip("a 23 MB corpus")
	}
	if dedupeRace { // the tests run under the race detector
		t.Skip("the 23 MB corpus takes minutes under the race detector; TestLoadedDeterministic runs LoadedTerms from many goroutines")
	}
	docs := loadChinaDailyNYT(t)
	sides := map[string][]corpus.Document{}
	for _, d := range docs {
		sides[d.Outlet] = append(sides[d.Outlet], d)
	}
	an := &Analyzer{Voices: OwnVoice}
	for _, pair := range [][2]string{{"China Daily", "The New York Times"}, {"The New York Times", "China Daily"}} {
		account, other := sides[pair[0]], sides[pair[1]]
		if len(account) == 0 || len(other) == 0 {
			t.Fatalf("sides %v: %d and %d documents", pair, len(account), len(other))
		}
		bg, err := an.Profile(other...)
		if err != nil {
			t.Fatal(err)
		}
		lts, err := an.LoadedTerms(account, bg, &LoadedOptions{Others: other, Top: 20})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s against %s: %d words", pair[0], pair[1], len(lts))
		for i, l := range lts {
			if l.Count == 0 || len(l.Evidence) != l.Count || l.Shared >= DefaultLoadedMaxShared {
				t.Errorf("%s: %+v", l.Word, l)
			}
			e := l.Evidence[0].Word
			t.Logf("%2d %-16s %-26s n=%-4d other=%-4d quoted=%-3d shared=%.2f share=%.3f z=%5.2f  …%s[%s]%s…",
				i+1, l.Word, strings.Join(l.Categories, ","), l.Count, l.Others, l.Quoted, l.Shared, l.Share, l.Z, e.Left, e.Match, e.Right)
		}
	}
}
