package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// TestGoverningBodyMarked: a label of a place's governing body ("Solorian officials") is
// marked as such, and beside the name its uses are counted as the governing body's, not
// as the name's written otherwise; a label of another kind ("the country") is not marked.
// Before, "officials" beside <name> read as "uses in the name's place", unmarked.
func TestGoverningBodyMarked(t *testing.T) {
	path := writeSummit(t, "body.jsonl",
		"Soloria signed a pact on trade. Soloria welcomed the news. Soloria is a small country. Halden met Soloria.",
		"Solorian officials signed a pact on trade. Solorian officials welcomed the news. Soloria voted. Halden met Soloria.")
	var out bytes.Buffer
	args := []string{"-corpus", path, "-side-a", "outlet:Alpha", "-side-b", "outlet:Beta", "-referents", "5", "-top", "-1", "-quiet", "-min", "2"}
	if err := run(args, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{`officials ("Solorian officials"; governing body) 0/8`, "uses as its governing body in", `country ("a small country") 4/0`} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, `country ("a small country"; governing body)`) {
		t.Errorf("country marked as the governing body:\n%s", text)
	}
}
