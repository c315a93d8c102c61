package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/examples/internal/clitest"
	"github.com/framediff/framediff/framing"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-event", "minister-visit"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Meridian Press                  2 statement(s) (2 quoted, 0 reported) in 1 document(s); cited (1), claimed (1)",
		"state: 13% of counted words in quotations; 7 statements (4 quoted, 3 reported), 0 scare quotes",
		"e.g. minister-visit/soloria-daily:282 ", "[Meridian Press] claimed", "own voice", "all words"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestTop: -top N lists N speakers, verbs, scare quotes and sources per side, in the text
// and the JSON; -top -1 lists them all.
func TestTop(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-top", "1"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if n, events := strings.Count(out.String(), "  speakers (1 of "), strings.Count(out.String(), "== "); n != 2*events || events == 0 {
		t.Errorf("%d speaker lists of 1 for %d events:\n%s", n, events, out.String())
	}
	for _, top := range []string{"1", "-1"} {
		out.Reset()
		if err := run([]string{"-top", top, "-json"}, &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		var results []eventResult
		if err := json.Unmarshal(out.Bytes(), &results); err != nil {
			t.Fatal(err)
		}
		more := false
		for _, r := range results {
			for _, s := range r.Sides {
				if top == "1" && (len(s.Speakers) > 1 || len(s.Sources) > 1 || len(s.Voices.Verbs) > 1 || len(s.Scare) > 1) {
					t.Errorf("-top 1, %s %s: %d speakers, %d sources, %d verbs, %d scare quotes", r.Event, s.Side,
						len(s.Speakers), len(s.Sources), len(s.Voices.Verbs), len(s.Scare))
				}
				if top == "-1" && len(s.Speakers) != s.SpeakersTotal {
					t.Errorf("-top -1, %s %s: %d of %d speakers", r.Event, s.Side, len(s.Speakers), s.SpeakersTotal)
				}
				more = more || s.SpeakersTotal > 1
			}
		}
		if !more {
			t.Error("no side has two speakers: the test shows nothing")
		}
	}
}

// TestFiles: voices reads one plain-text file (its voices alone, the side named by
// -default-outlet), or two as compare does; -evidence lists every statement counted, each
// pointing at its source in the text.
func TestFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "commentary.txt"), filepath.Join(dir, "wire.txt")
	os.WriteFile(a, []byte("The Associated Press claimed that the visit was “a provocation.” It is not a provocation. "+
		"Analysts said the talks were routine. “We want peace,” the minister said."), 0o644)
	os.WriteFile(b, []byte("“The visit is a provocation,” said Tal Oren, a spokesman. Officials said the talks would go on."), 0o644)
	var out, errOut bytes.Buffer
	if err := run([]string{"-a", a, "-default-outlet", "Global Times"}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	s := out.String()
	if !strings.HasPrefix(s, "== commentary.txt ==\n") || !strings.Contains(s, "Global Times: ") || !strings.Contains(s, "Associated Press") || !strings.Contains(s, "one side: no comparison") {
		t.Errorf("one file:\n%s", s)
	}
	ev := filepath.Join(dir, "lines.csv")
	out.Reset()
	if err := run([]string{"-a", a, "-b", b, "-evidence", ev, "-json"}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	var results []eventResult
	if err := json.Unmarshal(out.Bytes(), &results); err != nil || len(results) != 1 || len(results[0].Sides) != 2 || results[0].OwnVoice == nil || results[0].Event != "commentary.txt vs wire.txt" {
		t.Fatalf("two files: %v\n%s", err, out.String())
	}
	statements := 0
	for _, s := range results[0].Sides {
		for _, sp := range s.Speakers {
			statements += sp.Statements
		}
	}
	f, err := os.Open(ev)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs)-1 != statements || statements < 4 {
		t.Fatalf("-evidence: %d lines for %d statements: %v", len(recs)-1, statements, err)
	}
	texts := map[string]string{"commentary.txt": mustRead(t, a), "wire.txt": mustRead(t, b)}
	for _, r := range recs[1:] { // event,side,speaker,verb,doc,start,end,voice,left,match,right
		var start, end int
		json.Unmarshal([]byte(r[5]), &start)
		json.Unmarshal([]byte(r[6]), &end)
		if text := texts[r[4]]; end > len(text) || text[start:end] != r[9] {
			t.Errorf("line %q does not point at its source", r)
		}
	}
	if err := run([]string{"-b", b}, io.Discard, io.Discard); err == nil {
		t.Error("-b alone: no error")
	}
}

func mustRead(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{{"-side-a", "color:red"}, {"-corpus", "missing.jsonl"}, {"stray-flag=1", "-nope"}, {"-a", "x.txt", "-corpus", "y.jsonl"}} {
		if err := run(args, &bytes.Buffer{}, io.Discard); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestCommandLine(t *testing.T) {
	clitest.Check(t, prog.Name, run, "top")
}

// TestFilesWithoutWords: two files, one with no word of its own outside quotations (the
// sides' own voices are compared), fail with a message that names the file, not the
// comparison's inner names (the event the files make, "side A").
func TestFilesWithoutWords(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "quote.txt"), filepath.Join(dir, "plain.txt")
	os.WriteFile(a, []byte(`"We will win."`), 0o644)
	os.WriteFile(b, []byte("Officials called the deal a failure on Tuesday."), 0o644)
	var errOut bytes.Buffer
	code := cli.Run(prog.Name, run, []string{"-a", a, "-b", b}, io.Discard, &errOut)
	want := "-a " + a + " has no word to count outside quotations"
	if s := errOut.String(); code != cli.ExitFailure || !strings.Contains(s, want) || strings.Contains(s, `"files"`) || strings.Contains(s, "side A") {
		t.Errorf("exit %d, stderr %q; want exit 1 and %q", code, s, want)
	}
}

// TestMergeSources: the source lines merge the names the speakers table merged, summing
// what each name's documents did, and keep the sources it did not merge apart.
func TestMergeSources(t *testing.T) {
	speakers := []speaker{
		{Name: "Tal Oren", Documents: 4, Forms: []framing.Count{{Name: "Tal Oren", Count: 3}, {Name: "Oren", Count: 2}}},
		{Name: "Ana Ruiz", Documents: 1, Forms: []framing.Count{{Name: "Ana Ruiz", Count: 1}}},
	}
	rb := framing.Rebuttal{Cue: "not"}
	ss := []framing.SourceStance{
		{Speaker: "Oren", Documents: 2, Quotations: 2, Labels: []framing.Count{{Name: "hawkish", Count: 1}}, Rebuttals: []framing.Rebuttal{rb}},
		{Speaker: "Ana Ruiz", Documents: 1, Quotations: 1, Statements: 3, Verbs: []framing.Count{{Name: "said", Count: 4}}},
		{Speaker: "Tal Oren", Documents: 2, Quotations: 1, Statements: 2, Verbs: []framing.Count{{Name: "said", Count: 3}},
			Labels: []framing.Count{{Name: "minister", Count: 2}, {Name: "hawkish", Count: 1}}},
	}
	got := mergeSources(ss, speakers)
	if len(got) != 2 {
		t.Fatalf("%d sources, want 2: %+v", len(got), got)
	}
	o := got[0]
	if o.Speaker != "Tal Oren" || o.Documents != 4 || o.Quotations != 3 || o.Statements != 2 || len(o.Rebuttals) != 1 ||
		!slices.Equal(o.Labels, []framing.Count{{Name: "hawkish", Count: 2}, {Name: "minister", Count: 2}}) ||
		!slices.Equal(o.Verbs, []framing.Count{{Name: "said", Count: 3}}) {
		t.Errorf("merged: %+v", o)
	}
	if r := got[1]; r.Speaker != "Ana Ruiz" || r.Statements != 3 || r.Documents != 1 {
		t.Errorf("left apart: %+v", r)
	}
}

// TestFilesRefused: an empty -a is an error naming it, and the same file as -a and -b a
// usage error (clitest.FilesRefused).
func TestFilesRefused(t *testing.T) { clitest.FilesRefused(t, run, false) }

// TestColonVerb: a headline's "Name: “…”" has the colon for its cue; the text lists it
// as "(colon)", not as ": (1)" after a semicolon, and says so under the table, only then;
// -json keeps framing's ":". Rows: a colon headline, and a sentence with a verb whose list
// has no colon (and no note).
func TestColonVerb(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, text, want, lacks string
		legend                  bool // the note under the table says what "(colon)" is
	}{
		{"colon", "Ana Ruiz: “We will rebuild the dam in Halden.”\n", "; (colon) (1)", "; : (1)", true},
		{"verb", "“We will rebuild the dam in Halden,” Ana Ruiz said.\n", "; said (1)", "(colon) (", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name+".txt")
			if err := os.WriteFile(path, []byte(tc.text), 0o644); err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if err := run([]string{"-a", path, "-quiet"}, &out, io.Discard); err != nil {
				t.Fatal(err)
			}
			if s := out.String(); !strings.Contains(s, "Ana Ruiz") || !strings.Contains(s, tc.want) || strings.Contains(s, tc.lacks) {
				t.Errorf("want %q and no %q in\n%s", tc.want, tc.lacks, s)
			}
			if legend := strings.Contains(out.String(), `A verb "(colon)"`); legend != tc.legend {
				t.Errorf("the note on \"(colon)\" printed: %v, want %v:\n%s", legend, tc.legend, out.String())
			}
			if tc.name == "colon" {
				out.Reset()
				if err := run([]string{"-a", path, "-quiet", "-json"}, &out, io.Discard); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(out.String(), `"name": ":"`) {
					t.Errorf("-json does not keep the verb \":\":\n%s", out.String())
				}
			}
		})
	}
}

// TestNoCountedWord: a side whose text has no word to count (only quotation marks) says
// so, not "0% of counted words in quotations".
func TestNoCountedWord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.txt")
	if err := os.WriteFile(path, []byte("“” ‘’ \"\" «»\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run([]string{"-a", path}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "q.txt: no counted word; 0 statements") || strings.Contains(out.String(), "0% of counted words") {
		t.Errorf("output:\n%s", out.String())
	}
}
