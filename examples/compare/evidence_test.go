package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
)

// readEvidence reads an -evidence table into maps by column name.
func readEvidence(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"event", "lean", "rank", "term", "word", "side", "count", "forms", "doc", "start", "end", "voice", "speaker", "left", "match", "right", "sentence"}
	if len(recs) == 0 || !slices.Equal(recs[0], want) {
		t.Fatalf("-evidence header %q, want %q", recs[0], want)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, c := range recs[0] {
			m[c] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// rowsOf returns the rows of term from side.
func rowsOf(rows []map[string]string, term, side string) []map[string]string {
	var out []map[string]string
	for _, r := range rows {
		if r["term"] == term && r["side"] == side {
			out = append(out, r)
		}
	}
	return out
}

// checkOffsets: every row's offsets point at its match in its document's text.
func checkOffsets(t *testing.T, rows []map[string]string, texts map[string]string) {
	t.Helper()
	for _, r := range rows {
		text, ok := texts[r["doc"]]
		start, err1 := strconv.Atoi(r["start"])
		end, err2 := strconv.Atoi(r["end"])
		if !ok || err1 != nil || err2 != nil || start < 0 || end > len(text) || start >= end || text[start:end] != r["match"] {
			t.Errorf("row %v: its offsets do not point at its match in document %q", r, r["doc"])
		}
		if !strings.Contains(r["sentence"], r["match"]) {
			t.Errorf("row %v: the sentence lacks the match", r)
		}
	}
}

// The invented accounts of two files: in halden-a.txt, "reckless" is only inside Ivo
// Marek's quotation; halden-b.txt writes it three times in its own voice.
const (
	haldenA = "Ana Ruiz opened the new dam in Halden on Monday. Officials praised the dam as a model for the region.\n" +
		"Ivo Marek said: \"The plan is reckless and will ruin the valley.\" The dam will supply power to Halden."
	haldenB = "The reckless dam could flood farms near Halden. Critics called the project reckless.\n" +
		"Farmers fear the reckless rush to build. Halden residents fear floods."
)

// TestEvidenceFiles: with -a and -b, -evidence traces a listed term to each side's lines
// where it was counted. In own voice, the quotation's "reckless" is no line of halden-a.txt
// (its count there is 0); with -voice all it is, in the quoted voice, with Ivo Marek as
// speaker. Offsets point at the term in each file's text, and the sentence is the one the
// term is in, from its first word to its last (read off the texts above).
func TestEvidenceFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "halden-a.txt"), filepath.Join(dir, "halden-b.txt")
	os.WriteFile(a, []byte(haldenA), 0o644)
	os.WriteFile(b, []byte(haldenB), 0o644)
	texts := map[string]string{"halden-a.txt": haldenA, "halden-b.txt": haldenB}
	ev := filepath.Join(dir, "ev.csv")
	for _, tc := range []struct {
		voice      string
		quotedRows int // rows of "reckless" from halden-a.txt
	}{{"own", 0}, {"all", 1}} {
		t.Run(tc.voice, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if err := run([]string{"-a", a, "-b", b, "-voice", tc.voice, "-top", "-1", "-evidence", ev, "-quiet"}, &out, &errOut); err != nil {
				t.Fatal(err, errOut.String())
			}
			rows := readEvidence(t, ev)
			checkOffsets(t, rows, texts)
			inB := rowsOf(rows, "reckless", "halden-b.txt")
			if len(inB) != 3 {
				t.Fatalf("%d rows of reckless in halden-b.txt, want 3: %v", len(inB), rows)
			}
			// Offsets by hand: the first "reckless" of haldenB follows "The ".
			if r := inB[0]; r["start"] != "4" || r["end"] != "12" || r["voice"] != "narrative" || r["count"] != "3" ||
				r["forms"] != "reckless (3)" || r["lean"] != "halden-b.txt" || r["event"] != "files" ||
				r["sentence"] != "The reckless dam could flood farms near Halden" {
				t.Errorf("first row of reckless in halden-b.txt: %v", r)
			}
			inA := rowsOf(rows, "reckless", "halden-a.txt")
			if len(inA) != tc.quotedRows {
				t.Fatalf("-voice %s: %d rows of reckless in halden-a.txt, want %d: %v", tc.voice, len(inA), tc.quotedRows, inA)
			}
			if tc.quotedRows > 0 {
				if r := inA[0]; r["voice"] != "quote" || r["speaker"] != "Ivo Marek" || r["count"] != "1" ||
					r["start"] != strconv.Itoa(strings.Index(haldenA, "reckless")) {
					t.Errorf("the quoted reckless: %v", r)
				}
			}
			// "dam" leans to halden-a.txt (3 against 1): lines from both sides.
			if n, m := len(rowsOf(rows, "dam", "halden-a.txt")), len(rowsOf(rows, "dam", "halden-b.txt")); n != 3 || m != 1 {
				t.Errorf("dam: %d and %d rows, want 3 and 1", n, m)
			}
		})
	}
	// -kwic 2 cuts each side's lines of a term to 2, the first two in the text (one
	// document).
	var out, errOut bytes.Buffer
	if err := run([]string{"-a", a, "-b", b, "-top", "-1", "-evidence", ev, "-kwic", "2", "-quiet"}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	if strings.Contains(out.String(), "-evidence FILE") {
		t.Error("the text names -evidence FILE when it was given")
	}
	rows := readEvidence(t, ev)
	inB := rowsOf(rows, "reckless", "halden-b.txt")
	// Without -evidence, the text says how to have the lines.
	out.Reset()
	if err := run([]string{"-a", a, "-b", b, "-quiet"}, &out, &errOut); err != nil || !strings.Contains(out.String(), "-evidence FILE") {
		t.Errorf("without -evidence, the text does not name it (%v)", err)
	}
	if len(inB) != 2 || inB[1]["start"] != strconv.Itoa(strings.Index(haldenB, "reckless.")) || inB[1]["count"] != "3" {
		t.Errorf("-kwic 2: rows of reckless in halden-b.txt: %v", inB)
	}
}

// haldenCorpus is two invented events, each with two state and two wire accounts. In
// event "dam", wire w1 writes "flood" twice and w2 once; s1 has "flood" only in a
// quotation.
func haldenCorpus() []corpus.Document {
	doc := func(id, event, outlet, kind, text string) corpus.Document {
		return corpus.Document{ID: id, Event: event, Outlet: outlet, Kind: kind, Language: "en", Text: text}
	}
	return []corpus.Document{
		doc("dam/s1", "dam", "Halden Herald", "state", "Ana Ruiz opened the proud dam in Halden. Ivo Marek said: \"Expect a flood of complaints.\""),
		doc("dam/s2", "dam", "Halden Herald", "state", "The proud workers of Halden finished the dam early."),
		doc("dam/w1", "dam", "Wire One", "wire", "The dam may flood farms, Lena Varga said. A flood would reach the valley."),
		doc("dam/w2", "dam", "Wire Two", "wire", "Residents fear the flood that the dam could bring to Halden."),
		doc("fair/s1", "fair", "Halden Herald", "state", "The joyful fair in Halden drew crowds. Ana Ruiz praised the joyful mood."),
		doc("fair/s2", "fair", "Halden Herald", "state", "Visitors called the fair a joyful success for Halden."),
		doc("fair/w1", "fair", "Wire One", "wire", "The fair in Halden drew crowds despite rain, Ivo Marek said."),
		doc("fair/w2", "fair", "Wire Two", "wire", "Rain cut the fair in Halden short on Sunday."),
	}
}

// TestEvidenceCorpus: with -corpus, -evidence has every event's terms; -kwic takes a
// side's lines one a document in turn (w1's first "flood", then w2's, not w1's two); the
// quotation's "flood" in s1 is no line in own voice; and the bytes written do not depend on
// the order of the corpus or on the number of workers. -json holds the same rows.
func TestEvidenceCorpus(t *testing.T) {
	docs := haldenCorpus()
	texts := map[string]string{}
	for _, d := range docs {
		texts[d.ID] = d.Text
	}
	path := writeDocs(t, docs)
	ev := filepath.Join(t.TempDir(), "ev.csv")
	var out, errOut bytes.Buffer
	if err := run([]string{"-corpus", path, "-top", "-1", "-evidence", ev, "-kwic", "2", "-quiet", "-json"}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	rows := readEvidence(t, ev)
	checkOffsets(t, rows, texts)
	events := map[string]bool{}
	for _, r := range rows {
		events[r["event"]] = true
	}
	if !events["dam"] || !events["fair"] {
		t.Errorf("events in -evidence: %v, want dam and fair", events)
	}
	flood := rowsOf(rows, "flood", "wire")
	if len(flood) != 2 || flood[0]["doc"] != "dam/w1" || flood[1]["doc"] != "dam/w2" || flood[0]["count"] != "3" ||
		flood[0]["start"] != strconv.Itoa(strings.Index(texts["dam/w1"], "flood")) {
		t.Errorf("-kwic 2: wire rows of flood: %v", flood)
	}
	if r := rowsOf(rows, "flood", "state"); len(r) != 0 {
		t.Errorf("own voice: state rows of flood (only quoted there): %v", r)
	}
	if r := rowsOf(rows, "joy", "state"); len(r) != 2 || r[0]["doc"] != "fair/s1" || r[1]["doc"] != "fair/s2" || r[0]["forms"] != "joyful (3)" {
		t.Errorf("-kwic 2: state rows of joy: %v", r)
	}
	var rep struct {
		Evidence []evidenceRow `json:"evidence"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil || len(rep.Evidence) != len(rows) {
		t.Errorf("-json: %d evidence rows (%v), -evidence %d", len(rep.Evidence), err, len(rows))
	}
	first, err := os.ReadFile(ev)
	if err != nil {
		t.Fatal(err)
	}

	reversed := slices.Clone(docs)
	slices.Reverse(reversed)
	path = writeDocs(t, reversed)
	for _, procs := range []int{1, 4} {
		prev := runtime.GOMAXPROCS(procs)
		err := run([]string{"-corpus", path, "-top", "-1", "-evidence", ev, "-kwic", "2", "-quiet"}, &out, &errOut)
		runtime.GOMAXPROCS(prev)
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := os.ReadFile(ev); !bytes.Equal(again, first) {
			t.Errorf("the corpus reversed, %d worker(s): -evidence differs", procs)
		}
	}
}

// TestEvidenceUsage: -kwic goes with -evidence, and 0 lines is refused.
func TestEvidenceUsage(t *testing.T) {
	ev := filepath.Join(t.TempDir(), "ev.csv")
	for _, args := range [][]string{{"-kwic", "3"}, {"-evidence", ev, "-kwic", "0"}} {
		var out, errOut bytes.Buffer
		if err := run(args, &out, &errOut); !cli.IsUsage(err) {
			t.Errorf("%q: %v, want a usage error", args, err)
		}
	}
}
