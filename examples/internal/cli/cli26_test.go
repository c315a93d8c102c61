package cli

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
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

// TestDuplicateIDs: two outlets that number their records alike collide on ids. The
// error names the fix that keeps every record (-field -=id) besides -lenient; -lenient's
// summary counts the records it dropped for a taken id on one line, whatever the ids, with
// the same fix; and -field -=id reads every record, each with an id of its own.
func TestDuplicateIDs(t *testing.T) {
	const data = "id,event,outlet,kind,text\n1,vote,Harbor Daily,state,Polls closed early.\n2,vote,Harbor Daily,state,Crowds cheered.\n" +
		"1,vote,Cove Wire,wire,Polls closed at dusk.\n2,vote,Cove Wire,wire,Turnout was low.\n3,vote,Cove Wire,wire,Counting began.\n" +
		"3,vote,Cove Wire,wire,Counting ended.\n"
	const fix = "-field -=id keeps them all"
	read := func(args ...string) (docs []corpus.Document, errs []error, stderr string) {
		t.Helper()
		c, err := parseCommon(t, append([]string{"-corpus", "-", "-format", "csv"}, args...)...)
		if err != nil {
			t.Fatal(err)
		}
		c.stdin = strings.NewReader(data)
		var b bytes.Buffer
		for d, err := range c.Input("").Docs("test", &b) {
			if err != nil {
				errs = append(errs, err)
				break
			}
			docs = append(docs, d)
		}
		return docs, errs, b.String()
	}
	t.Run("error", func(t *testing.T) {
		_, errs, _ := read()
		if len(errs) == 0 || !errors.Is(errs[0], corpus.ErrDuplicateID) {
			t.Fatalf("errors %v, want a duplicate id", errs)
		}
		if msg := errs[0].Error(); !strings.Contains(msg, fix) || !strings.Contains(msg, "-lenient") {
			t.Errorf("the error lacks %q or -lenient: %s", fix, msg)
		}
	})
	t.Run("-lenient", func(t *testing.T) {
		docs, errs, stderr := read("-lenient")
		if len(errs) > 0 || len(docs) != 3 {
			t.Fatalf("%d documents, errors %v, want 3 and none", len(docs), errs)
		}
		// Three records dropped, for the ids "1", "2" and "3": one line counts them.
		if !strings.Contains(stderr, "      3  "+dupIDReason) || !strings.Contains(stderr, fix) {
			t.Errorf("the summary does not count the 3 records dropped for a taken id with %q:\n%s", fix, stderr)
		}
	})
	t.Run("-field -=id", func(t *testing.T) {
		docs, errs, _ := read("-field", "-=id")
		if len(errs) > 0 || len(docs) != 6 {
			t.Fatalf("%d documents, errors %v, want 6 and none", len(docs), errs)
		}
		ids := map[string]bool{}
		for _, d := range docs {
			ids[d.ID] = true
		}
		if len(ids) != 6 {
			t.Errorf("ids %v, want 6 distinct", ids)
		}
	})
}
