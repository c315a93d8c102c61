package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/examples/internal/clitest"
)

func TestReport(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, m := range []string{"log-odds", "g2-2term", "chi2-quanteda", "fisher", "lrc", "pdiff", "scaled-f", "Jensen-Shannon", "so-called"} {
		if !strings.Contains(s, m) {
			t.Errorf("report lacks %q", m)
		}
	}
}

func TestJSON(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-json", "-event", "island-drills", "-top", "3", "-adjust", "holm"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var rep report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Measures) != 12 || rep.Options.Adjust != "holm" || len(rep.Shift) != 6 || rep.Account["jaccard"] <= 0 {
		t.Errorf("report: %d measures, adjust %q, %d shifts, %v", len(rep.Measures), rep.Options.Adjust, len(rep.Shift), rep.Account)
	}
	for _, m := range rep.Measures {
		// LRC is conservative: with one short article per side it may list nothing.
		if len(m.TopA) == 0 && m.Measure != "lrc" || len(m.TopA) > 3 {
			t.Errorf("%s: %d terms for A", m.Measure, len(m.TopA))
		}
	}
}

// TestJSONOptions: the settings -json reports are those of -measure, defaults filled in
// (α₀ = 100, as README and framing.LogOddsOptions state), not the last measure scored
// (scaled-f), whatever -measure is.
func TestJSONOptions(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "log-odds"},
		{[]string{"-measure", "fisher"}, "fisher"},
		{[]string{"-measure", "g2"}, "g2"},
	} {
		var out bytes.Buffer
		if err := run(append([]string{"-json", "-quiet"}, tc.args...), &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		var rep report
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
			t.Fatal(err)
		}
		if string(rep.Options.Measure) != tc.want || rep.Options.LogOdds.Alpha0 != 100 {
			t.Errorf("%q: options measure %q, alpha0 %g; want %q, 100", tc.args, rep.Options.Measure, rep.Options.LogOdds.Alpha0, tc.want)
		}
	}
}

// TestUnits: the text says the unit of every measure's scores, so that "fisher Kong 2016"
// reads as -log10 p and "lrc CE 9.45" as doublings (the units as framing.Measure and
// framing/stats document them).
func TestUnits(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-quiet"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	_, legend, ok := strings.Cut(out.String(), "Units:\n")
	if !ok {
		t.Fatalf("no units in\n%s", out.String())
	}
	for _, tc := range []struct{ measure, unit string }{
		{"log-odds", "z of the log-odds ratio"},
		{"g2", "chi-square on 1 degree of freedom"},
		{"g2-2term", "chi-square on 1 degree of freedom"},
		{"chi2", "chi-square on 1 degree of freedom"},
		{"chi2-yates", "chi-square on 1 degree of freedom"},
		{"chi2-quanteda", "chi-square on 1 degree of freedom"},
		{"fisher", "-log10 of Fisher's exact two-sided p"},
		{"log-ratio", "log2 of the ratio of relative frequencies"},
		{"lrc", "its 95% interval"},
		{"pmi", "natural log"},
		{"pdiff", "percent"},
		{"scaled-f", "-1 to 1"},
	} {
		found := false
		for line := range strings.Lines(legend) {
			if f := strings.Fields(line); len(f) > 1 && f[0] == tc.measure {
				found = strings.Contains(line, tc.unit)
				break
			}
		}
		if !found {
			t.Errorf("%s: no unit line with %q in\n%s", tc.measure, tc.unit, legend)
		}
	}
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{{"-side-a", "color:red"}, {"-event", "nope"}, {"-adjust", "fdr"}, {"-corpus", "missing.csv"}, {"-top", "x"}} {
		if err := run(args, &bytes.Buffer{}, io.Discard); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestCommandLine(t *testing.T) {
	clitest.Check(t, prog.Name, run, "top", "lang", "dedupe")
}

// TestAdjust: a bad -adjust is a usage error, as every other bad choice is.
func TestAdjust(t *testing.T) {
	var errOut bytes.Buffer
	if code := cli.Run(prog.Name, run, []string{"-adjust", "bogus"}, io.Discard, &errOut); code != cli.ExitUsage || !strings.Contains(errOut.String(), "bogus") {
		t.Errorf("exit %d, %s; want 2 naming the value", code, errOut.String())
	}
}

// TestPercentDiffAbsent: %DIFF of a term absent from B is not a measurement (its value is
// set by the 1e-18 that stands in for B's frequency): the text shows ∞, the CSV an empty
// score; a term on both sides keeps its number, which by hand is bounded by
// 100·(f_A/f_B) with f_B at least one occurrence.
func TestPercentDiffAbsent(t *testing.T) {
	table := filepath.Join(t.TempDir(), "k.csv")
	var out bytes.Buffer
	if err := run([]string{"-measure", "pdiff", "-csv", table, "-quiet"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "pdiff          ") || !strings.Contains(out.String(), " ∞") || strings.Contains(out.String(), "e+") {
		t.Errorf("text:\n%s", out.String())
	}
	f, _ := os.Open(table)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	absent := 0
	for _, r := range recs[1:] {
		score := r[col["score"]]
		if r[col["side_a"]] != "state" || r[col["side_b"]] != "wire" {
			t.Fatalf("row %q", r)
		}
		if r[col["measure"]] != "pdiff" {
			continue // the table holds every measure
		}
		if r[col["count_b"]] == "0" {
			absent++
			if score != "" {
				t.Errorf("%s, absent from B: score %q, want empty", r[col["word"]], score)
			}
			continue
		}
		if x, err := strconv.ParseFloat(score, 64); err != nil || x > 1e6 {
			t.Errorf("%s: score %q", r[col["word"]], score)
		}
	}
	if absent == 0 {
		t.Error("no term absent from B: the test shows nothing")
	}
}

// TestLanguages: keyness counts one language. By default it counts the sample's English
// documents and says how to count the two Spanish ones it leaves out (one event of the
// sample, an account a side, is in Spanish); an empty -lang, which would mix the two, and
// a -lang no document is in are usage errors naming the -lang to give.
func TestLanguages(t *testing.T) {
	var errOut bytes.Buffer
	if err := run([]string{"-quiet"}, io.Discard, &errOut); err != nil {
		t.Fatal(err)
	}
	if want := "left out 2 of 14 documents not in english: spanish 2 (-lang spanish counts those instead)"; !strings.Contains(errOut.String(), want) {
		t.Errorf("stderr %q lacks %q", errOut.String(), want)
	}
	err := run([]string{"-quiet", "-lang", ""}, io.Discard, io.Discard)
	if !cli.IsUsage(err) || err == nil || !strings.Contains(err.Error(), "(english 12, spanish 2)") || !strings.Contains(err.Error(), "give -lang english or -lang spanish") {
		t.Errorf("-lang \"\": %v; want a usage error naming both languages and the -lang to give", err)
	}
	// A language no document is in leaves no side to match: a usage error, not the sides'
	// "no document has a kind".
	err = run([]string{"-quiet", "-lang", "french"}, io.Discard, io.Discard)
	if !cli.IsUsage(err) || err == nil || !strings.Contains(err.Error(), "-lang french: none of the 14 documents is in french: give -lang english or -lang spanish") {
		t.Errorf("-lang french: %v; want a usage error naming the -lang to give", err)
	}
}

// TestAbsentTerms: a term absent from a side has no finite %DIFF (absent from B) or PMI
// (absent from A): the text shows ∞ and -∞, and says why, not the values the stand-ins
// (%DIFF's 1e-18, quanteda's 1e-9: ln(1e-9) = -20.72) would give, and the CSV leaves
// such a PMI empty, as it does %DIFF's. "analysts" is a wire word the state accounts never
// use (0 vs 6 in the divergence list).
func TestAbsentTerms(t *testing.T) {
	var out bytes.Buffer
	table := filepath.Join(t.TempDir(), "pmi.csv")
	if err := run([]string{"-quiet", "-measure", "pmi", "-csv", table}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(table)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	absent := 0
	for _, r := range recs[1:] {
		if r[col["measure"]] == "pmi" && r[col["count_a"]] == "0" {
			absent++
			if r[col["score"]] != "" {
				t.Errorf("CSV: %s, absent from A: PMI %q, want an empty cell", r[col["word"]], r[col["score"]])
			}
		}
	}
	if absent == 0 {
		t.Error("CSV: no term absent from A: the test shows nothing")
	}
	s := out.String()
	for line := range strings.Lines(s) {
		if f := strings.Fields(line); len(f) > 0 && f[0] == "pmi" && len(f) > 1 && f[1] != "is" && strings.Contains(line, "-20.72") {
			t.Errorf("the pmi row shows quanteda's stand-in -20.72: %q", line)
		}
	}
	for _, want := range []string{"toward wire (0 vs 6)", "analysts -∞", "pmi is -∞ for a term absent from A"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
}

// TestSideWordsShown: a term one side reaches from another word than the other side (the
// stem "univers": "universal" on A, "University" on B) is shown with both words, as
// compare prints it, in the text and on the -figure bars; before, both showed the form
// most frequent over the two sides, B's "University", for a term leaning to A. A row
// whose sides write one word ("Halden") keeps it.
func TestSideWordsShown(t *testing.T) {
	dir := t.TempDir()
	filler := strings.Repeat("The river flooded the valley road near the old mill and farmers moved cattle uphill. ", 6)
	docs := []string{
		`{"id":"a1","event":"e","outlet":"S","kind":"state","text":"Universal suffrage matters. Universal ballots for Halden."}`,
		`{"id":"a2","event":"e","outlet":"S","kind":"state","text":"A universal vote for Halden soon."}`,
		`{"id":"b1","event":"e","outlet":"W","kind":"wire","text":"Students at Halden University protested. The University closed. ` + filler + `"}`,
		`{"id":"b2","event":"e","outlet":"W","kind":"wire","text":"Ivo Marek of the University and Lena Varga of the University spoke. ` + filler + `"}`,
	}
	path, fig := filepath.Join(dir, "uni.jsonl"), filepath.Join(dir, "bars.svg")
	if err := os.WriteFile(path, []byte(strings.Join(docs, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run([]string{"-corpus", path, "-quiet", "-top", "3", "-figure", fig}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	_, text, _ := strings.Cut(out.String(), "leaning to state\n")
	text, _, _ = strings.Cut(text, "\n")
	if !strings.Contains(text, "universal | University") || !strings.Contains(text, "Halden ") {
		t.Errorf("log-odds row of state: %q, want \"universal | University\" and \"Halden\"", text)
	}
	svg, err := os.ReadFile(fig)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(svg), ">universal | University<") || strings.Contains(string(svg), ">University<") {
		t.Errorf("the figure does not label the bar \"universal | University\"")
	}
}

// TestJSONStandIns: in -json, a score set by a constant standing in for a zero frequency
// is null, as the -csv cell is empty: %DIFF of a term absent from B (it read 4.96e+23,
// from the 1e-18 standing in for B's frequency) and PMI of one absent from A (-20.72, from
// quanteda's 1e-9); every other score is a number, -100 for %DIFF of a term absent from A.
func TestJSONStandIns(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-json", "-quiet", "-top", "-1"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	type term struct {
		Word   string   `json:"word"`
		CountA int      `json:"count_a"`
		CountB int      `json:"count_b"`
		Score  *float64 `json:"score"`
	}
	var rep struct {
		Measures []struct {
			Measure string `json:"measure"`
			TopA    []term `json:"top_a"`
			TopB    []term `json:"top_b"`
		} `json:"measures"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	nulls := map[string]int{}
	for _, m := range rep.Measures {
		for _, r := range append(m.TopA, m.TopB...) {
			standIn := m.Measure == "pdiff" && r.CountB == 0 || m.Measure == "pmi" && r.CountA == 0
			switch {
			case standIn && r.Score != nil:
				t.Errorf("%s %s (%d/%d): score %g, want null", m.Measure, r.Word, r.CountA, r.CountB, *r.Score)
			case !standIn && r.Score == nil:
				t.Errorf("%s %s (%d/%d): null score", m.Measure, r.Word, r.CountA, r.CountB)
			case standIn:
				nulls[m.Measure]++
			case m.Measure == "pdiff" && r.CountA == 0 && *r.Score != -100:
				t.Errorf("pdiff %s absent from A: %g, want -100", r.Word, *r.Score)
			}
		}
	}
	if nulls["pdiff"] == 0 || nulls["pmi"] == 0 {
		t.Errorf("null scores %v: the sample has terms on one side only under both", nulls)
	}
}

// TestJSONScoreInPlace: each term of -json keeps framing.KeyTerm's field order, score
// between rate_b and log_ratio as the struct declares it, a stand-in's null included
// (the null scores had moved score to the end of the object).
func TestJSONScoreInPlace(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-json", "-quiet", "-top", "-1"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Measures []struct {
			Measure string            `json:"measure"`
			TopA    []json.RawMessage `json:"top_a"`
			TopB    []json.RawMessage `json:"top_b"`
		} `json:"measures"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	seen, nulls := 0, 0
	for _, m := range rep.Measures {
		for _, raw := range append(m.TopA, m.TopB...) {
			keys, null := termKeys(t, raw)
			i := slices.Index(keys, "score")
			if i < 1 || i+1 >= len(keys) || keys[i-1] != "rate_b" || keys[i+1] != "log_ratio" {
				t.Fatalf("%s: keys %q, want score between rate_b and log_ratio", m.Measure, keys)
			}
			seen++
			if null {
				nulls++
			}
		}
	}
	if seen == 0 || nulls == 0 {
		t.Errorf("%d terms, %d null scores: want some of both", seen, nulls)
	}
}

// termKeys returns the top-level keys of a JSON object in order, and whether its score
// is null.
func termKeys(t *testing.T, raw []byte) ([]string, bool) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil { // {
		t.Fatal(err)
	}
	var keys []string
	null := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		key := tok.(string)
		keys = append(keys, key)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		if key == "score" && string(v) == "null" {
			null = true
		}
	}
	return keys, null
}

// TestHelpJSON: -h says what keyness -json holds besides the shared flag's settings: the
// options of -measure, defaults filled in, and a null score where a stand-in sets it.
func TestHelpJSON(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-h"}, &out, io.Discard); !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("-h: %v, want flag.ErrHelp", err)
	}
	_, help, _ := strings.Cut(out.String(), "\n  -json\n")
	help, _, _ = strings.Cut(help, "\n  -")
	for _, want := range []string{"options are -measure's settings, every default filled in", "null", "pdiff of a term absent from B", "pmi of one absent from A"} {
		if !strings.Contains(help, want) {
			t.Errorf("-json help %q: no %q", help, want)
		}
	}
}
