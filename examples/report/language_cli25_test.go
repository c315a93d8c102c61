package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestOneLanguageCounts: when the sides mix languages, the documents kept are counted a
// side after the filter, beside those read, with those left out by language; one language
// says nothing.
func TestOneLanguageCounts(t *testing.T) {
	doc := func(id, lang string) corpus.Document {
		return corpus.Document{ID: id, Event: "flood", Outlet: "Halden Daily", Language: lang, Text: "Ana Ruiz spoke in Halden."}
	}
	for _, tc := range []struct {
		name   string
		a, b   []corpus.Document
		na, nb int
		want   string // "" for nothing said
	}{
		{"one spanish on side A", []corpus.Document{doc("a1", ""), doc("a2", "english"), doc("a3", "spanish")},
			[]corpus.Document{doc("b1", ""), doc("b2", "")}, 2, 2,
			"kept the documents in english, side A, state: 2 of 3, side B, wire: 2 of 2; left out 1 (1 in spanish; choose with -lang)"},
		{"one language", []corpus.Document{doc("a1", "")}, []corpus.Document{doc("b1", "english")}, 1, 1, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			a, b := oneLanguage("state", "wire", tc.a, tc.b, &stderr)
			if len(a) != tc.na || len(b) != tc.nb {
				t.Errorf("kept %d and %d, want %d and %d", len(a), len(b), tc.na, tc.nb)
			}
			if got := stderr.String(); tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("stderr %q, want %q", got, tc.want)
			}
		})
	}
}
