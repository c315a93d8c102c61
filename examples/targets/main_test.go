package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/examples/internal/clitest"
	"github.com/framediff/framediff/framing"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Names both sides mention (state / wire mentions by name, own voice): Soloria", "== around Soloria (own voice", "cooperation", "How each side refers to them",
		"Marivia (by name"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestCountsAgree: a name's mentions are one count wherever the output gives them: on the
// names line, in the header of its collocates and as "by name" among its labels.
func TestCountsAgree(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-contrast", "2", "-quiet"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	names := regexp.MustCompile(` ((?:[A-Z][a-z]+ )*[A-Z][a-z]+) \((\d+)/(\d+)\)`).FindAllStringSubmatch(strings.SplitN(text, "\n", 2)[0], -1)
	if len(names) < 3 {
		t.Fatalf("names line: %q", strings.SplitN(text, "\n", 2)[0])
	}
	for i, m := range names {
		wants := []string{fmt.Sprintf("  %s (by name %s / %s)\n", m[1], m[2], m[3])}
		if i < 2 { // -contrast 2: the collocates of the first two
			wants = append(wants, fmt.Sprintf("== around %s (own voice; %s mentions by name in state, %s in wire;", m[1], m[2], m[3]))
		}
		for _, want := range wants {
			if !strings.Contains(text, want) {
				t.Errorf("%s: %s/%s on the names line; output lacks %q", m[1], m[2], m[3], want)
			}
		}
	}
}

// TestProgress: each pass over the documents (the names, the collocates, the labels) shows
// on the progress line of a terminal, and none shows with -quiet.
func TestProgress(t *testing.T) {
	var tty clitest.TTY
	if err := run(nil, io.Discard, cli.Terminal(&tty)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"targets: finding the names both sides mention in 12 documents", "targets: the collocates of 3 names in 12 documents",
		"targets: the labels of 3 names in 12 documents"} {
		if !strings.Contains(tty.String(), "\r"+want) { // drawn in place, as a progress line
			t.Errorf("no progress line %q in %q", want, tty.String())
		}
	}
	var quiet clitest.TTY
	if err := run([]string{"-quiet"}, io.Discard, cli.Terminal(&quiet)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(quiet.String(), "\r") {
		t.Errorf("-quiet drew a progress line: %q", quiet.String())
	}
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{{"-side-a", "color:red"}, {"-corpus", "missing.jsonl"}, {"stray-flag=1", "-nope"}} {
		if err := run(args, &bytes.Buffer{}, io.Discard); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestCommandLine(t *testing.T) {
	clitest.Check(t, prog.Name, run, "top", "lang")
}

// TestCSV: every row of -csv names the two sides and what its score measures.
func TestCSV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "targets.csv")
	if err := run([]string{"-csv", path, "-quiet"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) < 3 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	kinds := map[string]bool{}
	for _, r := range recs[1:] {
		what, measure := r[col["what"]], r[col["measure"]]
		kinds[what] = true
		if r[col["side_a"]] != "state" || r[col["side_b"]] != "wire" {
			t.Errorf("row %q: sides %q, %q", r, r[col["side_a"]], r[col["side_b"]])
		}
		if (what == "name" || what == "collocate" || what == "alternative") != (measure != "") {
			t.Errorf("row %q: measure %q", r, measure)
		}
	}
	if !kinds["name"] || !kinds["collocate"] {
		t.Errorf("kinds of rows %v", kinds)
	}
}

// TestNoUnusedLabels: a title or label is listed, on the page and in -csv, only with a use
// in the voice counted: one used only inside quotations (own voice counted, the default)
// has 0 uses on both sides and is left out, not shown as "0/0".
func TestNoUnusedLabels(t *testing.T) {
	// Both modes: by default ("Soloria's foreign ministry", the state's, is a label) and
	// with -institutions, which counts its other people and institutions too.
	for _, mode := range [][]string{nil, {"-institutions"}} {
		t.Run(strings.Join(append([]string{"mode"}, mode...), " "), func(t *testing.T) { checkNoUnusedLabels(t, mode) })
	}
}

func checkNoUnusedLabels(t *testing.T, mode []string) {
	path := filepath.Join(t.TempDir(), "targets.csv")
	var out bytes.Buffer
	if err := run(append([]string{"-csv", path, "-quiet", "-top", "-1"}, mode...), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	lines := 0
	for _, line := range strings.Split(out.String(), "\n") {
		if !strings.HasPrefix(line, "    labels:") && !strings.HasPrefix(line, "    titles:") {
			continue
		}
		lines++
		if regexp.MustCompile(` 0/0\b`).MatchString(line) {
			t.Errorf("a label with no use listed: %q", line)
		}
	}
	if lines == 0 {
		t.Fatalf("no titles or labels listed:\n%s", out.String())
	}
	if n := unusedLabels(t); n == 0 {
		t.Fatal("the sample has no title or label without a counted use: the test checks nothing (find another sample or an invented corpus)")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) < 2 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, r := range recs[1:] {
		if w := r[col["what"]]; (w == "label" || w == "title") && r[col["count_a"]] == "0" && r[col["count_b"]] == "0" {
			t.Errorf("-csv row of a label with no use: %q", r)
		}
	}
}

// unusedLabels returns how many titles and labels of the names run lists, on the sample
// with run's defaults and -institutions, have no use in the voice counted (0/0): those run must drop. It
// repeats run's steps up to framing's LabelsEach, without run's filter.
func unusedLabels(t *testing.T) int {
	t.Helper()
	fs := cli.NewFlags(prog, io.Discard, io.Discard)
	c := &cli.Common{SideA: "kind:state", SideB: "kind:wire", Lang: "english", Voice: "own", Top: 6}
	fs.Common(c, cli.FlagInput, "side-a", "side-b", "lang", "voice")
	if err := fs.Parse([]string{"-quiet"}); err != nil {
		t.Fatal(err)
	}
	corp, err := c.Input(c.Lang).Corpus(prog.Name, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	an := c.Analyzer()
	pairs, err := c.Pairs(&an, corp.Documents())
	if err != nil {
		t.Fatal(err)
	}
	var docsA, docsB []corpus.Document
	for _, s := range pairs {
		docsA, docsB = append(docsA, s.A...), append(docsB, s.B...)
	}
	sug, err := an.SuggestReferents(docsA, docsB, 3, 10) // -min 3; max(-contrast 3, -referents 10)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range sug {
		names = append(names, s.Name)
	}
	rls, err := an.LabelsEach(docsA, docsB, names, &framing.ReferentOptions{Width: 30, Lines: 2, Institutions: true})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, rl := range rls {
		for _, l := range append(slices.Clone(rl.Titles), rl.Labels...) {
			if l.CountA == 0 && l.CountB == 0 {
				n++
			}
		}
	}
	return n
}

// writeNames writes an invented corpus in which both sides mention Soloria and the town
// of Port Elara, and side B writes "Mr." before a person's name, and returns its path.
func writeNames(t *testing.T) string {
	t.Helper()
	return writeSummit(t, "names.jsonl",
		"Soloria and Port Elara signed a pact on trade. The peace talks in Halden went well for Soloria. Officials welcomed the news.",
		"Soloria met Mr. Marek on trade. Port Elara officials said on Monday that the old truce held well in the north of Soloria. The talks went on.")
}

// writeSummit writes a JSONL corpus of four documents of outlet Alpha with text alpha and
// four of outlet Beta with text beta, all of event "summit", to a file name in a
// temporary folder, and returns its path.
func writeSummit(t *testing.T, name, alpha, beta string) string {
	t.Helper()
	var b strings.Builder
	for i := range 4 {
		for _, d := range []struct{ outlet, text string }{{"Alpha", alpha}, {"Beta", beta}} {
			fmt.Fprintf(&b, `{"id": "%s-%d", "outlet": "%s", "event": "summit", "text": %q}`+"\n", strings.ToLower(d.outlet), i, d.outlet, d.text)
		}
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// collocates returns the words of the collocates listed in run's output, around every
// name, on both sides.
func collocates(out string) []string {
	var words []string
	for _, m := range regexp.MustCompile(`(?m)^  (\S+(?: \S+)*?) +\d+ vs +\d+  z `).FindAllStringSubmatch(out, -1) {
		words = append(words, m[1])
	}
	return words
}

// TestCollocateNames: a name both sides mention is one collocate, shown as the name, not
// its words ("Port Elara", not "Port" and "Elara"), and an honorific is part of the name
// after it, no collocate ("Mr."); -stop drops a word from the collocates, and -phrases
// FILE makes a phrase one collocate. Before, the collocates of Soloria listed "Port",
// "Elara" and "Mr".
func TestCollocateNames(t *testing.T) {
	path := writeNames(t)
	phrases := filepath.Join(t.TempDir(), "phrases.txt")
	if err := os.WriteFile(phrases, []byte("peace talks\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	base := []string{"-corpus", path, "-side-a", "outlet:Alpha", "-side-b", "outlet:Beta", "-target", "Soloria", "-top", "-1", "-quiet"}
	for _, tc := range []struct {
		name     string
		args     []string
		want     []string
		wantNone []string
	}{
		{name: "names", want: []string{"Port Elara", "Marek", "peace", "talks", "Halden"}, wantNone: []string{"Port", "Elara", "Mr"}},
		{name: "-stop", args: []string{"-stop", "halden"}, want: []string{"Port Elara", "Marek"}, wantNone: []string{"Halden"}},
		{name: "-phrases FILE", args: []string{"-phrases", phrases}, want: []string{"peace talks", "Port Elara"}, wantNone: []string{"peace", "talks", "Mr"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := run(append(slices.Clone(base), tc.args...), &out, io.Discard); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), "Names both sides mention (Alpha / Beta mentions by name, own voice): ") || !strings.Contains(out.String(), "Port Elara (") {
				t.Fatalf("Port Elara is no name both sides mention:\n%s", out.String())
			}
			got := collocates(out.String())
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("no collocate %q among %q", w, got)
				}
			}
			for _, w := range tc.wantNone {
				if slices.Contains(got, w) {
					t.Errorf("collocate %q among %q", w, got)
				}
			}
		})
	}
}

// TestPhrasesOut: -phrases-out writes the phrases of -phrases, one a line.
func TestPhrasesOut(t *testing.T) {
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.txt"), filepath.Join(dir, "out.txt")
	if err := os.WriteFile(in, []byte("peace talks\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-corpus", writeNames(t), "-side-a", "outlet:Alpha", "-side-b", "outlet:Beta", "-phrases", in, "-phrases-out", out, "-quiet"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "peace talks\n" {
		t.Errorf("-phrases-out wrote %q, want %q", got, "peace talks\n")
	}
}

// TestLowerCaseNames: a name both sides mention ("Foreign Policy", a journal here) is one
// collocate only where it is written as a name; "foreign policy" near Soloria is two
// words, with the name listed (-min 3) or not (-min 5), so -min changes no ordinary
// word's count. Before, "foreign policy" was one collocate with -min 3 only.
func TestLowerCaseNames(t *testing.T) {
	path := writeSummit(t, "lower.jsonl",
		"Soloria and Port Elara signed a pact on trade. The peace talks in Halden went well for Soloria. Soloria shaped its foreign policy with care. Officials welcomed the news. Halden hosted the staff of Foreign Policy in the spring.",
		"Soloria met Mr. Marek on trade. Port Elara officials said on Monday that the old truce held well in the north of Soloria. The talks went on. Halden hosted the staff of Foreign Policy in the spring.")
	var counts []string
	for _, min := range []string{"3", "5"} {
		t.Run("-min "+min, func(t *testing.T) {
			var out bytes.Buffer
			args := []string{"-corpus", path, "-side-a", "outlet:Alpha", "-side-b", "outlet:Beta", "-target", "Soloria", "-top", "-1", "-quiet", "-min", min}
			if err := run(args, &out, io.Discard); err != nil {
				t.Fatal(err)
			}
			if listed := strings.Contains(out.String(), "Foreign Policy ("); listed != (min == "3") {
				t.Fatalf("Foreign Policy listed %v with -min %s:\n%s", listed, min, out.String())
			}
			got := collocates(out.String())
			for _, w := range []string{"foreign", "policy"} {
				if !slices.Contains(got, w) {
					t.Errorf("no collocate %q among %q", w, got)
				}
			}
			if slices.Contains(got, "foreign policy") {
				t.Errorf("collocate %q among %q", "foreign policy", got)
			}
			// The counts, not the z, which the other collocates move ("Port Elara" is two
			// words with -min 5).
			counts = append(counts, fmt.Sprint(regexp.MustCompile(`(?m)^  (foreign|policy) +\d+ vs +\d+`).FindAllString(out.String(), -1)))
		})
	}
	if len(counts) == 2 && counts[0] != counts[1] {
		t.Errorf("-min 3 and -min 5 count the words apart: %q", counts)
	}
}

// TestScaffoldingCollocates: in the own voice "said" and "Mr" are no collocates unless
// -keep-scaffolding (invented texts: "said" stands beside the name on side B only).
func TestScaffoldingCollocates(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.jsonl")
	var lines []string
	for i := range 6 {
		lines = append(lines,
			fmt.Sprintf(`{"id":"a%d","event":"e","outlet":"A","kind":"state","text":"Halden opened a port. Halden built a bridge and a school."}`, i),
			fmt.Sprintf(`{"id":"b%d","event":"e","outlet":"B","kind":"wire","text":"Halden said the port was open, Mr Marek said. Halden said the bridge was late."}`, i))
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		said bool
	}{{nil, false}, {[]string{"-keep-scaffolding"}, true}} {
		var out bytes.Buffer
		if err := run(append([]string{"-corpus", path, "-quiet", "-target", "Halden"}, c.args...), &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		said := regexp.MustCompile(`(?m)^  said +\d+ vs`).MatchString(out.String())
		if said != c.said {
			t.Errorf("%q: said among the collocates %v, want %v:\n%s", c.args, said, c.said, out.String())
		}
		if note := strings.Contains(out.String(), "-keep-scaffolding counts them"); note == c.said {
			t.Errorf("%q: the note printed %v", c.args, note)
		}
	}
}
