package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// hostile is text a corpus might carry that must never run in the report.
const hostile = `</script><script>alert(1)</script> <!-- "><img src=x onerror=alert(2)> javascript:alert(3) ` + "\u2028"

func sampleSides(t testing.TB) ([]corpus.Document, []corpus.Document) {
	t.Helper()
	s, err := corpus.Sample().Split("minister-visit", corpus.KindSide("state"), corpus.KindSide("wire"))
	if err != nil {
		t.Fatal(err)
	}
	a := append([]corpus.Document{}, s.A...)
	a = append(a, corpus.Document{ID: "hostile-" + hostile, Event: "x", Outlet: "o" + hostile, Language: "english",
		Text: "The ministry condemned the hostile " + hostile + " ministry statement. The ministry said “" + hostile + " ministry” again."})
	return a, s.B
}

func TestCSV(t *testing.T) {
	rows := []framing.Line{{DocID: "d1", Start: 0, End: 3, Left: "=cmd|' /C calc'!A0", Match: "abc", Right: "-2+3", Voice: framing.VoiceQuote, Speaker: "@x"}}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, rows, nil); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(recs[0], ",") != "doc,start,end,left,match,right,voice,speaker" {
		t.Errorf("header %v", recs[0])
	}
	r := recs[1]
	if r[3] != "'=cmd|' /C calc'!A0" || r[5] != "'-2+3" || r[6] != "quote" || r[7] != "'@x" || r[1] != "0" {
		t.Errorf("row %q", r)
	}
	// Numbers are never neutralized; raw output keeps text as it is.
	buf.Reset()
	if err := WriteCSV(&buf, []framing.KeyTerm{{Term: "-x", Score: -1.5, Evidence: framing.EvidenceOneSide}}, &CSVOptions{Raw: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\n-x,") || !strings.Contains(buf.String(), ",-1.5,") || !strings.Contains(buf.String(), ",one-side,") {
		t.Errorf("raw key terms:\n%s", buf.String())
	}
	// An embedded struct's fields are inlined, as encoding/json does; a named one is prefixed.
	type eventRow struct {
		Event string `json:"event"`
		framing.KeyTerm
		Lean framing.Line `json:"line"`
	}
	buf.Reset()
	if err := WriteCSV(&buf, []eventRow{{Event: "e1", KeyTerm: framing.KeyTerm{Term: "x", Score: 2}}}, nil); err != nil {
		t.Fatal(err)
	}
	header, _, _ := strings.Cut(buf.String(), "\n")
	if !strings.HasPrefix(header, "event,term,word,word_a,word_b,n,count_a,") || !strings.Contains(header, ",score,log_ratio,token_p,token_p_adj,doc_freq_a,doc_freq_b,doc_p,doc_p_adj,evidence,delta,alpha,line_doc,") {
		t.Errorf("header of embedded and nested rows: %s", header)
	}
	if err := WriteCSV(&buf, 42, nil); err == nil {
		t.Error("a non-slice was accepted")
	}
	buf.Reset()
	if err := WriteJSONL(&buf, rows); err != nil {
		t.Fatal(err)
	}
	var back framing.Line
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil || back != rows[0] {
		t.Errorf("JSON Lines round trip: %+v, %v", back, err)
	}
}

func TestProvenance(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"a","event":"e","outlet":"o","text":"x"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := NewProvenance("test", []string{"-corpus", in}, in, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Set("analyzer", framing.Analyzer{Voices: framing.OwnVoice}); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(p)
	if !strings.Contains(string(b), `"voices":"narrative+reported+title"`) || len(p.Inputs) != 2 || len(p.Inputs[0].SHA256) != 64 {
		t.Errorf("provenance %s", b)
	}
	if err := p.Check(); err != nil {
		t.Error(err)
	}
	if err := os.WriteFile(in, []byte("changed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := p.Check(); err == nil {
		t.Error("a changed input passed the check")
	}
}

// TestHTMLEscaping: hostile document text never leaves the data block or a text node.
func TestHTMLEscaping(t *testing.T) {
	a, b := sampleSides(t)
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	r, err := Build(an, a, b, "state", "wire", nil, &Options{KWICTerms: 2000})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, bad := range []string{"<script>alert", "<img src=x", "<!-- \"", "\u2028"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
	if strings.Count(page, "</script>") != 2 || strings.Count(page, "<script") != 2 {
		t.Errorf("%d script elements opened, %d closed", strings.Count(page, "<script"), strings.Count(page, "</script>"))
	}
	if !strings.Contains(page, "Content-Security-Policy") || strings.Contains(page, "http://") && !strings.Contains(page, "http://www.w3.org/2000/svg") {
		t.Error("the page lacks its policy or loads from outside")
	}
	// The hostile words are data: the ministry's lines carry them escaped.
	if !strings.Contains(page, `\u003c/script\u003e\u003cscript\u003ealert(1)`) {
		t.Error("the hostile text is not in the data, escaped")
	}
}

// TestPoints: terms with the same counts (so the same score and p-value) share a point, in
// the order of their first term; a term without a word shows its stem.
func TestPoints(t *testing.T) {
	rows := []framing.KeyTerm{ // ranked, as Build ranks them
		{Term: "kong", Word: "Kong", CountA: 90, CountB: 2, Score: 9, PAdj: 1e-9},
		{Term: "said", Word: "said", CountA: 5, CountB: 80, Score: -7, PAdj: 1e-7},
		{Term: "basic", Word: "Basic", CountA: 3, CountB: 0, Score: 1.5, PAdj: 0.2},
		{Term: "legco", Word: "LegCo", CountA: 3, CountB: 0, Score: 1.5, PAdj: 0.2},
		{Term: "senat", Word: "", CountA: 0, CountB: 4, Score: -1.4, PAdj: 0.2},
		{Term: "suffrag", Word: "suffrage", CountA: 3, CountB: 0, Score: 1.5, PAdj: 0.2},
	}
	got := points(rows)
	want := [][]string{{"Kong"}, {"said"}, {"Basic", "LegCo", "suffrage"}, {"senat"}}
	if len(got) != len(want) {
		t.Fatalf("%d points, want %d: %+v", len(got), len(want), got)
	}
	for i, p := range got {
		if !slices.Equal(p.Words, want[i]) {
			t.Errorf("point %d: words %q, want %q", i, p.Words, want[i])
		}
	}
	if p := got[2]; p.CountA != 3 || p.CountB != 0 || p.Score != 1.5 || p.PAdj != 0.2 {
		t.Errorf("point of Basic: %+v", p)
	}
}
