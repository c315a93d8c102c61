package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
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
	writeText(t, a, haldenA)
	writeText(t, b, haldenB)
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
			// Offsets by hand: the first "reckless" of haldenB follows "The "; the 40 runes
			// after it end in "Crit" (35 to "Halden.", then " Crit"); the sentence keeps its
			// full stop.
			if r := inB[0]; r["start"] != "4" || r["end"] != "12" || r["voice"] != "narrative" || r["count"] != "3" ||
				r["forms"] != "reckless (3)" || r["lean"] != "halden-b.txt" || r["event"] != "files" ||
				r["left"] != "The " || r["right"] != " dam could flood farms near Halden. Crit" ||
				r["sentence"] != "The reckless dam could flood farms near Halden." {
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
	if r := rowsOf(rows, "joy", "state"); len(r) != 2 || r[0]["doc"] != "fair/s1" || r[1]["doc"] != "fair/s2" || r[0]["forms"] != "joyful (3)" ||
		r[0]["word"] != "joyful" {
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

// writeText writes text to the file at path.
func writeText(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestEvidenceLong: invented accounts with a term seen more often than -kwic's default, a
// sentence longer than 200 runes either side of a term, and a quoted title.
func TestEvidenceLong(t *testing.T) {
	// "flood" 5 times and "Floods" twice, all in own voice: 7 lines in levee.txt.
	floods := "The flood rose. Floods hit Halden. A flood came. The flood stayed. Floods again. " +
		"Ana Ruiz saw the flood. Ivo Marek feared the flood. "
	// One sentence: 15 times "Halden farmers " (225 runes) before "levee", 15 times
	// " near the valley" (240 runes) after it.
	long := strings.Repeat("Halden farmers ", 15) + "levee" + strings.Repeat(" near the valley", 15) + ". "
	// Sentences longer than 200 runes on one side only of "dike" and "weir".
	right := "Ana Ruiz saw the dike" + strings.Repeat(" near the valley", 15) + ". "
	left := strings.Repeat("Halden farmers ", 15) + "weir. "
	title := `The film "Reckless Dreams" was shown in Halden.`
	textA := floods + long + right + left + title
	// The 39 runes before "flood" start with a dash, as a spreadsheet formula would.
	textB := "- Lena Varga sold bread in Halden. The flood spared the bakery."
	dir := t.TempDir()
	// Two files of one name: the sides, and so the documents, are named by their paths.
	a, b := filepath.Join(dir, "a", "levee.txt"), filepath.Join(dir, "b", "levee.txt")
	for _, d := range []string{"a", "b"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeText(t, a, textA)
	writeText(t, b, textB)
	ev := filepath.Join(dir, "ev.csv")
	evidence := func(args ...string) []map[string]string {
		t.Helper()
		var out, errOut bytes.Buffer
		if err := run(append([]string{"-a", a, "-b", b, "-evidence", ev, "-quiet"}, args...), &out, &errOut); err != nil {
			t.Fatal(err, errOut.String())
		}
		return readEvidence(t, ev)
	}

	rows := evidence("-top", "-1")
	checkOffsets(t, rows, map[string]string{a: textA, b: textB})
	flood := rowsOf(rows, "flood", a)
	if len(flood) != 5 || flood[0]["count"] != "7" || flood[0]["forms"] != "flood (5); Floods (2)" {
		t.Errorf("flood in %s, -kwic 5: %d rows, want 5 of count 7 with forms \"flood (5); Floods (2)\": %v", a, len(flood), flood)
	}
	if r := rowsOf(rows, "flood", b); len(r) != 1 || r[0]["doc"] != b || r[0]["count"] != "1" || r[0]["forms"] != "flood (1)" {
		t.Errorf("flood in %s: %v", b, r)
	}
	i := strings.Index(textA, "levee")
	cut := "…" + textA[i-200:i] + "levee" + textA[i+5:i+5+200] + "…" // ASCII: a rune a byte
	var levee []map[string]string
	for _, r := range rows {
		if r["match"] == "levee" {
			levee = append(levee, r)
		}
	}
	if r := levee; len(r) != 1 || r[0]["sentence"] != cut {
		t.Errorf("levee: the sentence is not cut 200 runes either side: %v", r)
	}
	for _, tc := range []struct{ match, sentence string }{
		{"dike", "Ana Ruiz saw the dike" + right[len("Ana Ruiz saw the dike"):][:200] + "…"},
		{"weir", "…" + left[len(left)-len("weir. ")-200:len(left)-1]}, // its full stop kept
	} {
		var got []string
		for _, r := range rows {
			if r["match"] == tc.match {
				got = append(got, r["sentence"])
			}
		}
		if len(got) != 1 || got[0] != tc.sentence {
			t.Errorf("%s: sentences %q, want [%q]", tc.match, got, tc.sentence)
		}
	}
	// A quoted title is the outlet's own voice (framing.OwnVoice).
	if r := rowsOf(rows, "reckless", a); len(r) != 1 || r[0]["voice"] != "title" || r[0]["match"] != "Reckless" ||
		r[0]["sentence"] != title {
		t.Errorf("the quoted title's reckless: %v", r)
	}
	// Ranks count from 1: each list's first row is rank 1, and with -top 1 every row is.
	first := map[string]string{}
	for _, r := range rows {
		if _, ok := first[r["lean"]]; !ok {
			first[r["lean"]] = r["rank"]
		}
	}
	if len(first) != 2 || first[a] != "1" || first[b] != "1" {
		t.Errorf("-top -1: the first rank of each list: %v, want 1 for both sides", first)
	}
	for _, r := range evidence("-top", "1") {
		if r["rank"] != "1" {
			t.Errorf("-top 1: row of rank %s: %v", r["rank"], r)
		}
	}

	// -json holds the rows of the CSV, less the apostrophe the CSV puts before a cell a
	// spreadsheet would run as a formula: the left of flood in textB.
	var out, errOut bytes.Buffer
	if err := run([]string{"-a", a, "-b", b, "-evidence", ev, "-quiet", "-top", "-1", "-json"}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	var rep struct {
		Evidence []map[string]any `json:"evidence"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	rows = readEvidence(t, ev)
	if len(rep.Evidence) != len(rows) {
		t.Fatalf("-json: %d rows, the CSV %d", len(rep.Evidence), len(rows))
	}
	quoted := 0
	for i, r := range rows {
		for col, cell := range r {
			j := fmt.Sprint(rep.Evidence[i][col])
			switch {
			case cell == j:
			case cell == "'"+j && strings.ContainsAny(strings.TrimLeft(j, " ")[:1], "=+-@"):
				quoted++
			default:
				t.Errorf("row %d, %s: CSV %q, JSON %q", i, col, cell, j)
			}
		}
	}
	if r := rowsOf(rows, "flood", b); len(r) != 1 || r[0]["left"] != "'- Lena Varga sold bread in Halden. The " || quoted == 0 {
		t.Errorf("the CSV's left of flood in %s: %v (%d cells with an apostrophe)", b, r, quoted)
	}

	// -kwic -1: every line, as many as the count.
	all := evidence("-top", "-1", "-kwic", "-1")
	counted := map[[2]string]int{}
	for _, r := range all {
		counted[[2]string{r["term"], r["side"]}]++
	}
	for _, r := range all {
		if n, _ := strconv.Atoi(r["count"]); counted[[2]string{r["term"], r["side"]}] != n {
			t.Errorf("-kwic -1: %d rows of %q in %s, its count %s", counted[[2]string{r["term"], r["side"]}], r["term"], r["side"], r["count"])
		}
	}
	if n := counted[[2]string{"flood", a}]; n != 7 {
		t.Errorf("-kwic -1: %d rows of flood in %s, want 7", n, a)
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

// TestChoose: lines are taken in rounds, one a document; a round that cannot take one of
// each takes documents at evenly spaced ranks, ⌊(2i+1)·m/(2n)⌋ (worked out by hand below).
func TestChoose(t *testing.T) {
	// Ten documents d0 … d9, two lines each, in document order.
	var lines []framing.Line
	for d := range 10 {
		for n := range 2 {
			lines = append(lines, framing.Line{DocID: "d" + strconv.Itoa(d), Start: n})
		}
	}
	for _, tc := range []struct {
		name string
		k    int
		want []string // "doc:start" of the lines chosen
	}{
		// m = 10, n = 5: ranks 1, 3, 5, 7, 9.
		{"five of ten documents", 5, []string{"d1:0", "d3:0", "d5:0", "d7:0", "d9:0"}},
		// m = 10, n = 1: rank 5, the middle.
		{"one", 1, []string{"d5:0"}},
		// A first line of each, then n = 2 of m = 10: ranks 2 (2.5) and 7 (7.5).
		{"twelve", 12, []string{"d0:0", "d1:0", "d2:0", "d2:1", "d3:0", "d4:0", "d5:0", "d6:0", "d7:0", "d7:1", "d8:0", "d9:0"}},
		{"all, -1", -1, nil},
		{"all, more than there are", 25, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range choose(lines, tc.k) {
				got = append(got, l.DocID+":"+strconv.Itoa(l.Start))
			}
			want := tc.want
			if want == nil { // every line
				for _, l := range lines {
					want = append(want, l.DocID+":"+strconv.Itoa(l.Start))
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("choose(k=%d) = %q, want %q", tc.k, got, want)
			}
		})
	}
}

// TestForms: most frequent first, ties in byte order, line breaks as spaces.
func TestForms(t *testing.T) {
	var lines []framing.Line
	for _, m := range []string{"floods", "flood", "Flood", "flood", "flood", "Flood"} {
		lines = append(lines, framing.Line{Match: m})
	}
	lines = append(lines, framing.Line{Match: "flood\nplain"}, framing.Line{Match: "flood plain"})
	// flood 3, Flood 2, flood plain 2 (one written across a line break), floods 1.
	if got, want := forms(lines), "flood (3); Flood (2); flood plain (2); floods (1)"; got != want {
		t.Errorf("forms = %q, want %q", got, want)
	}
}

// TestEvidenceLinesOrder: the lines are chosen and written in the order of the documents'
// IDs, whatever order docsOf gives them in.
func TestEvidenceLinesOrder(t *testing.T) {
	doc := func(id, text string) corpus.Document {
		return corpus.Document{ID: id, Event: "dam", Outlet: id[:1], Language: "en", Text: text}
	}
	// Side a in the reverse of ID order; "levee" once in each.
	a := []corpus.Document{doc("a3", "The levee held in Halden."), doc("a2", "A levee broke near Halden."), doc("a1", "Ana Ruiz built the levee.")}
	b := []corpus.Document{doc("b1", "Lena Varga sold bread in Halden.")}
	var an framing.Analyzer
	c, err := framing.CompareSplit(&an, corpus.Split{Event: "dam", NameA: "a", NameB: "b", A: a, B: b}, &framing.CompareOptions{Top: -1})
	if err != nil {
		t.Fatal(err)
	}
	docsOf := func(string) [2][]corpus.Document { return [2][]corpus.Document{a, b} }
	for _, tc := range []struct {
		kwic int
		want []string
	}{
		{-1, []string{"a1", "a2", "a3"}},
		{2, []string{"a1", "a3"}}, // n = 2 of m = 3: ranks 0 (0.75) and 2 (2.25)
		{1, []string{"a2"}},       // rank 1 (1.5)
	} {
		rows, err := evidenceLines(&an, []*framing.Comparison{c}, docsOf, tc.kwic)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range rows {
			if r.Match == "levee" {
				got = append(got, r.Doc)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("-kwic %d: the lines of levee are from %q, want %q", tc.kwic, got, tc.want)
		}
	}
}
