package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// TestGoverningBodyMarked: a label of a place's governing body ("Solorian officials") is
// marked as such, by its head noun, with or without -institutions, and beside the name its
// uses are counted as the governing body's, not as the name's written otherwise; a label
// of another kind ("the country") is not marked; with -institutions a label for the
// place's people ("Solorian residents") is marked "people or institutions", never
// "governing body". Before, "officials" beside <name> read as "uses in the name's place",
// unmarked, and with -institutions every such label was marked alike.
func TestGoverningBodyMarked(t *testing.T) {
	for _, tc := range []struct {
		name         string
		beta         string
		institutions bool
		want, not    []string
	}{
		{"default", "Solorian officials signed a pact on trade. Solorian officials welcomed the news. Soloria voted. Halden met Soloria.", false,
			[]string{`officials ("Solorian officials"; governing body) 0/8`, "uses as its governing body in", `country ("a small country") 4/0`},
			[]string{`country ("a small country"; governing body)`}},
		{"institutions", "Solorian officials signed a pact on trade. Solorian residents welcomed the news. Solorian residents voted. Halden met Soloria.", true,
			[]string{`officials ("Solorian officials"; governing body) 0/4`, `residents ("Solorian residents"; people or institutions) 0/8`,
				"uses as its people or institutions in"},
			[]string{`residents ("Solorian residents"; governing body)`, `officials ("Solorian officials"; people or institutions)`,
				"8 uses as its governing body"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeSummit(t, "body.jsonl",
				"Soloria signed a pact on trade. Soloria welcomed the news. Soloria is a small country. Halden met Soloria.", tc.beta)
			var out bytes.Buffer
			args := []string{"-corpus", path, "-side-a", "outlet:Alpha", "-side-b", "outlet:Beta", "-referents", "5", "-top", "-1", "-quiet", "-min", "2"}
			if tc.institutions {
				args = append(args, "-institutions")
			}
			if err := run(args, &out, io.Discard); err != nil {
				t.Fatal(err)
			}
			text := out.String()
			for _, want := range tc.want {
				if !strings.Contains(text, want) {
					t.Errorf("output lacks %q:\n%s", want, text)
				}
			}
			for _, not := range tc.not {
				if strings.Contains(text, not) {
					t.Errorf("output has %q:\n%s", not, text)
				}
			}
		})
	}
}
