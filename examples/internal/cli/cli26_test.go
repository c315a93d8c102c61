package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing"
)

// TestPrintMergesLanguage: in English the footer calls the listed stems different words
// (framing.StemGroup.Distinct tells inflections apart); in another language every merge
// is listed, plain inflections too, so the heading must not call them different words
// and must say the rule reads English only.
func TestPrintMergesLanguage(t *testing.T) {
	gs := []framing.StemGroup{{Term: "tortug", Count: 5, Distinct: true,
		Words: []framing.Form{{Text: "tortugas", Count: 3}, {Text: "tortuga", Count: 2}}}}
	for _, tc := range []struct {
		lang      string
		want, not []string
	}{
		{"", []string{"merged different words, not the inflections of one word"}, []string{"English only"}},
		{"en", []string{"merged different words, not the inflections of one word"}, []string{"English only"}},
		{"spanish", []string{"merged two words or more", "in spanish every such stem is listed", "English only"}, []string{"different words, not"}},
		{"es", []string{"in spanish every such stem is listed"}, []string{"different words, not"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			var b bytes.Buffer
			PrintMerges(&b, gs, tc.lang)
			out := b.String()
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("no %q in\n%s", w, out)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(out, w) {
					t.Errorf("%q in\n%s", w, out)
				}
			}
			if !strings.Contains(out, "tortugas (3), tortuga (2)") {
				t.Errorf("the stem's words are missing:\n%s", out)
			}
		})
	}
}
