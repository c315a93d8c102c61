package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// TestNoCountedWords: sides with documents but no counted word (only quotation marks on
// side A) are said as such, with or without -event, wrapping framing.ErrEmpty, never as
// sides without documents; a side with no document in the event still is.
func TestNoCountedWords(t *testing.T) {
	const data = `{"id":"s1","event":"flood","outlet":"Halden Daily","kind":"state","text":"\" \" \u201c\u201d"}
{"id":"w1","event":"flood","outlet":"Halden Wire","kind":"wire","text":"Ivo Marek reported the dam broke."}
{"id":"w2","event":"vote","outlet":"Halden Wire","kind":"wire","text":"Lena Varga won the vote."}
`
	path := filepath.Join(t.TempDir(), "quotes.jsonl")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		is   error
		want string
	}{
		{"every event", nil, framing.ErrEmpty, "no event has counted words on both sides (kind:state, kind:wire): in 1 of the 2 events a side's documents hold no word that is counted"},
		{"every event, one side", []string{"-side-b", "outlet:Halden Wire"}, framing.ErrEmpty, "no event has counted words on both sides (kind:state, outlet:Halden Wire): in 1 of the 2 events"},
		{"-event", []string{"-event", "flood"}, framing.ErrEmpty, `event "flood": side "state" has documents, but none holds a word that is counted`},
		{"-event with no document", []string{"-event", "vote"}, corpus.ErrEmptySide, "side has no documents"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := run(append([]string{"-corpus", path, "-quiet"}, tc.args...), io.Discard, io.Discard)
			if !errors.Is(err, tc.is) || !strings.Contains(fmtErr(err), tc.want) {
				t.Errorf("error %v; want one wrapping %v with %q", err, tc.is, tc.want)
			}
		})
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
