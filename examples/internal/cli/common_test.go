package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// ruwaLike is a headline table in the layout of RUWA: text in title and desc, outlets by
// site, no kinds.
const ruwaLike = "id,Site,Event,title,desc,ref\n" +
	"1,state.example,vote,Polls close early,Officials cite turnout.,x\n" +
	"2,wire.example,vote,Turnout questioned,,y\n" +
	"3,blog.example,vote,Observers report queues,,z\n"

func parseCommon(t *testing.T, args ...string) (*Common, error) {
	t.Helper()
	f := NewFlags(Program{Name: "test"}, &bytes.Buffer{}, &bytes.Buffer{})
	c := &Common{SideA: "kind:state", SideB: "kind:wire", Voice: "own", NGrams: 1}
	f.Common(c, FlagInput, FlagSides, FlagAnalysis, FlagOutput, "html", "figure")
	return c, f.Parse(args)
}

func TestStdinFieldsKinds(t *testing.T) {
	c, err := parseCommon(t, "-corpus", "-", "-format", "csv", "-field", "text=title+desc", "-field", "-=ref",
		"-kind", "state.example=state,wire.example=wire")
	if err != nil {
		t.Fatal(err)
	}
	c.stdin = strings.NewReader(ruwaLike)
	var docs []corpus.Document
	for d, err := range c.Input("").Docs("test", &bytes.Buffer{}) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3", len(docs))
	}
	if docs[0].Text != "Polls close early\n\nOfficials cite turnout." || docs[1].Text != "Turnout questioned" {
		t.Errorf("texts %q, %q", docs[0].Text, docs[1].Text)
	}
	if docs[0].Kind != "state" || docs[1].Kind != "wire" || docs[2].Kind != "" {
		t.Errorf("kinds %q %q %q; want state, wire and none for an outlet -kind does not name", docs[0].Kind, docs[1].Kind, docs[2].Kind)
	}
	if _, ok := docs[0].Meta["ref"]; ok {
		t.Error("-=ref did not drop the column")
	}
	prov, err := c.Provenance()
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(ruwaLike))
	if len(prov.Inputs) != 1 || prov.Inputs[0].Path != "-" || prov.Inputs[0].SHA256 != hex.EncodeToString(sum[:]) || prov.Inputs[0].Bytes != int64(len(ruwaLike)) {
		t.Errorf("stdin provenance %+v", prov.Inputs)
	}
}

func TestCommonUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-format", "csv"},                    // -format without stdin
		{"-corpus", "-"},                      // stdin without a format
		{"-corpus", "-", "-format", "xml"},    // unknown format
		{"-field", "text"},                    // no =
		{"-field", "text=title+"},             // empty input
		{"-field", "-=a+b"},                   // dropping two at once
		{"-kind", "rt.com"},                   // no kind
		{"-kind", "rt.com=state,rt.com=wire"}, // two kinds
		{"-figure", "x.gif"},
		{"-ngrams", "4"},
		{"-top", "-1"},
		{"-voice", "loud"},
		{"-lang", "klingon"},
		{"-side-b", "color:red"},
		{"-replay", "x.json", "-top", "3"}, // replay runs the record as it was
	} {
		_, err := parseCommon(t, args...)
		if !IsUsage(err) {
			t.Errorf("%q: got %v, want a usage error", args, err)
		}
	}
	if _, err := parseCommon(t, "-h"); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("-h: %v", err)
	}
}
