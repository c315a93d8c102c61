package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
)

// page is the part of a report's data that these tests read.
type page struct {
	Provenance struct {
		Args     []string       `json:"args"`
		Settings map[string]any `json:"settings"`
		Seed     uint64         `json:"seed"`
	} `json:"provenance"`
	DocTest struct {
		Ran          bool   `json:"ran"`
		Exact        bool   `json:"exact"`
		Permutations int    `json:"permutations"`
		Seed         uint64 `json:"seed"`
	} `json:"doc_test"`
	Terms []pageTerm `json:"terms"`
	Time  *struct {
		Timeline struct {
			Period string `json:"period"`
			Points []struct {
				Series    string `json:"series"`
				Lexicon   string `json:"lexicon"`
				Side      string `json:"side"`
				Count     int    `json:"count"`
				Documents int    `json:"documents"`
			} `json:"points"`
			Undated []struct {
				Documents int `json:"documents"`
			} `json:"undated"`
		} `json:"timeline"`
	} `json:"time"`
}

// pageTerm is one of a page's terms.
type pageTerm struct {
	Term   string `json:"term"`
	Word   string `json:"word"`
	CountA int    `json:"count_a"`
	CountB int    `json:"count_b"`
}

// readPage returns the data of the report at path.
func readPage(t *testing.T, path string) page {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const open = `<script type="application/json" id="data">`
	i := bytes.Index(b, []byte(open))
	if i < 0 {
		t.Fatalf("%s: no data", path)
	}
	data := b[i+len(open):]
	data = data[:bytes.Index(data, []byte("</script>"))]
	var p page
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return p
}

// series returns the names of a page's time series, in order.
func (p page) series() []string {
	var out []string
	for _, pt := range p.Time.Timeline.Points {
		name := pt.Series
		if pt.Lexicon != "" {
			name = pt.Lexicon + ":" + name
		}
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// runTime is the time a provenance record holds: when the run started, the one thing in
// a page that a replay does not reproduce.
var runTime = regexp.MustCompile(`"time":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z"`)

func withoutRunTime(b []byte) []byte {
	return runTime.ReplaceAll(b, []byte(`"time":""`))
}

// writeCorpus writes docs as JSON Lines to a file in dir.
func writeCorpus(t *testing.T, dir string, docs []corpus.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := corpus.WriteJSONL(&b, docs...); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDocTestFlags: -permutations and -seed reach the document-level test of the page and
// the CSV, and the provenance records them.
func TestDocTestFlags(t *testing.T) {
	dir := t.TempDir()
	pvalues := func(args ...string) []string {
		t.Helper()
		path := filepath.Join(dir, "t.csv")
		if err := run(append([]string{"-html", "", "-csv", path, "-quiet"}, args...), io.Discard, io.Discard); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil || recs[0][19] != "doc_p" {
			t.Fatalf("header %q: %v", recs[0], err)
		}
		var ps []string
		for _, r := range recs[1:] {
			ps = append(ps, r[19])
		}
		return ps
	}
	// The sample's sides (5 and 7 documents) can be split C(12, 5) = 792 ways: 1,000
	// shuffles (the default) enumerate them all, 99 draw at random.
	exact, seven, again, eight := pvalues(), pvalues("-permutations", "99", "-seed", "7"), pvalues("-permutations", "99", "-seed", "7"), pvalues("-permutations", "99", "-seed", "8")
	if !slices.Equal(seven, again) {
		t.Error("one seed, two tables")
	}
	if slices.Equal(seven, eight) || slices.Equal(seven, exact) {
		t.Error("-permutations and -seed do not change the document-level p-values")
	}
	tested := 0
	for _, p := range seven {
		if p == "" {
			continue // outside the family tested (the 100 strongest terms leaning to each side)
		}
		tested++
		if x, err := strconv.ParseFloat(p, 64); err != nil || x < 0.01-1e-12 { // the smallest p of 99 shuffles is 1/100
			t.Fatalf("p %q: below 1/100 with 99 shuffles, or no number (%v)", p, err)
		}
	}
	if tested != 200 {
		t.Errorf("%d terms tested, want the family of 200", tested)
	}
	for _, p := range pvalues("-permutations", "-1") {
		if p != "" {
			t.Fatalf("-permutations -1: a p-value %q", p)
		}
	}
	pvalues("-permutations", "99", "-seed", "7")
	prov, err := os.ReadFile(filepath.Join(dir, "t.csv.provenance.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(prov), `"doc_test": {`) || !strings.Contains(string(prov), `"permutations": 99`) || !strings.Contains(string(prov), `"seed": 7`) {
		t.Errorf("provenance lacks the test's settings:\n%s", prov)
	}

	html := filepath.Join(dir, "r.html")
	if err := run([]string{"-html", html, "-quiet", "-permutations", "99", "-seed", "7"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	p := readPage(t, html)
	if !p.DocTest.Ran || p.DocTest.Exact || p.DocTest.Permutations != 99 || p.DocTest.Seed != 7 || p.Provenance.Seed != 7 {
		t.Errorf("page's test %+v, provenance seed %d", p.DocTest, p.Provenance.Seed)
	}
	// The sample covers several events: by default the test shuffles within them (drawn),
	// and lumped it enumerates every one of the 792 splits of the documents.
	if err := run([]string{"-html", html, "-quiet"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if p := readPage(t, html); !p.DocTest.Ran || p.DocTest.Exact || p.DocTest.Permutations != 1000 {
		t.Errorf("default test %+v: want 1000 shuffles within events", p.DocTest)
	}
	if err := run([]string{"-html", html, "-quiet", "-lump"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if p := readPage(t, html); !p.DocTest.Exact {
		t.Errorf("-lump test %+v: want every one of the 792 splits", p.DocTest)
	}
}

// TestTimeSection: the page has a time section by default when the documents' dates span
// two periods, -period and -series choose it, -no-time leaves it out, and the undated
// documents are said.
func TestTimeSection(t *testing.T) {
	dir := t.TempDir()
	html := filepath.Join(dir, "r.html")
	build := func(args ...string) (page, string) {
		t.Helper()
		var errOut bytes.Buffer
		if err := run(append([]string{"-html", html, "-quiet"}, args...), io.Discard, &errOut); err != nil {
			t.Fatalf("%q: %v", args, err)
		}
		return readPage(t, html), errOut.String()
	}
	// The sample's accounts run from March to November 2026: monthly, by default, with
	// the 5 terms leaning most to each side.
	p, _ := build()
	if p.Time == nil || p.Time.Timeline.Period != "month" || len(p.series()) != 10 {
		t.Fatalf("default time section: %+v", p.Time)
	}
	// Each default series is one of the page's terms, counted as the comparison counts it
	// (every document of the sample is dated): its periods' counts add up to its counts.
	for _, name := range p.series() {
		i := slices.IndexFunc(p.Terms, func(k pageTerm) bool { return k.Word == name || k.Term == name })
		if i < 0 {
			t.Errorf("series %q is no term of the page", name)
			continue
		}
		sum := map[string]int{}
		for _, pt := range p.Time.Timeline.Points {
			if pt.Series == name {
				sum[pt.Side] += pt.Count
			}
		}
		if sum["state"] != p.Terms[i].CountA || sum["wire"] != p.Terms[i].CountB || sum["state"]+sum["wire"] == 0 {
			t.Errorf("series %q: %v over the periods, %d and %d in the comparison", name, sum, p.Terms[i].CountA, p.Terms[i].CountB)
		}
	}
	if got := p.Provenance.Settings["time"].(map[string]any)["period"]; got != "month" {
		t.Errorf("provenance of the section: %v", p.Provenance.Settings["time"])
	}
	// From the first month with a document to the last (March to October: the Spanish
	// accounts of November are left out, -lang being empty): 8 months, 2 sides, 10 series.
	if n := len(p.Time.Timeline.Points); n != 10*8*2 {
		t.Errorf("%d points, want 160", n)
	}
	p, _ = build("-period", "week", "-series", "Soloria, military,news-frames:conflict")
	if p.Time == nil || p.Time.Timeline.Period != "week" || !slices.Equal(p.series(), []string{"Soloria", "military", "news-frames:conflict"}) {
		t.Fatalf("-period week -series: %+v", p.series())
	}
	p, _ = build("-series", "evaluative:*")
	if len(p.series()) < 2 || !strings.HasPrefix(p.series()[0], "evaluative:") {
		t.Errorf("-series evaluative:*: %q", p.series())
	}
	p, _ = build("-no-time")
	if p.Time != nil || p.Provenance.Settings["time"] != "left out (-no-time)" {
		t.Errorf("-no-time: %+v, %v", p.Time, p.Provenance.Settings["time"])
	}

	// Three documents without a date: left out of the section, and said.
	docs := corpus.Sample().Documents()
	var undated []string
	for i := range docs {
		if docs[i].Language == "english" && len(undated) < 3 {
			docs[i].Published = time.Time{}
			undated = append(undated, docs[i].ID)
		}
	}
	news := writeCorpus(t, dir, docs)
	p, msgs := build("-corpus", news)
	if !strings.Contains(msgs, "report: the time section leaves out 3 undated documents") {
		t.Errorf("stderr does not count the undated documents:\n%s", msgs)
	}
	n := 0
	for _, u := range p.Time.Timeline.Undated[:2] { // the first series, on each side
		n += u.Documents
	}
	if n != 3 {
		t.Errorf("the section's undated documents: %d, want 3", n)
	}

	// All in one month: no section unless asked for, and stderr says why.
	for i := range docs {
		docs[i].Published = time.Date(2026, 7, 1+i, 12, 0, 0, 0, time.UTC)
	}
	news = writeCorpus(t, dir, docs)
	p, msgs = build("-corpus", news)
	if p.Time != nil || !strings.Contains(msgs, "no time section: the dated documents all fall in the month of 2026-07-01") {
		t.Errorf("one month: section %v, stderr %s", p.Time != nil, msgs)
	}
	if p, _ = build("-corpus", news, "-period", "week"); p.Time == nil || p.Time.Timeline.Period != "week" {
		t.Error("one month, -period week: no weekly section")
	}
	// No date at all: no section; asking for one is an error.
	for i := range docs {
		docs[i].Published = time.Time{}
	}
	news = writeCorpus(t, dir, docs)
	if p, msgs = build("-corpus", news); p.Time != nil || !strings.Contains(msgs, "no time section: none of the 12 documents has a date") {
		t.Errorf("no dates: section %v, stderr %s", p.Time != nil, msgs)
	}
	if err := run([]string{"-html", html, "-quiet", "-corpus", news, "-series", "Soloria"}, io.Discard, io.Discard); err == nil || cli.IsUsage(err) {
		t.Errorf("-series without dates: %v", err)
	}
}

// TestTimeBadArguments: bad values of the new flags are usage errors that name the flag.
func TestTimeBadArguments(t *testing.T) {
	t.Chdir(t.TempDir()) // the default report.html goes there
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-period", "year"}, `-period "year": want day, week or month`},
		{[]string{"-series", "frames:conflict"}, `no lexicon "frames"`},
		{[]string{"-series", "news-frames:weather"}, `the lexicon has no category "weather"`},
		{[]string{"-series", "news-frames:conflict,evaluative:*"}, "one lexicon, not of 2"},
		{[]string{"-series", " , ,"}, "names no word and no category"},
		{[]string{"-series", "the"}, `-series: framing: "the" is not counted`},
		{[]string{"-no-time", "-period", "week"}, "which -no-time leaves out"},
		{[]string{"-html", "", "-csv", "t.csv", "-series", "Soloria"}, "give -html"},
		{[]string{"-permutations", "2000000"}, "-permutations 2000000: at most 1,000,000"},
		{[]string{"-seed", "-3"}, "-seed"},
	} {
		var errOut bytes.Buffer
		code := cli.Run(prog.Name, run, append(c.args, "-quiet"), io.Discard, &errOut)
		if code != cli.ExitUsage || !strings.Contains(errOut.String(), c.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", c.args, code, errOut.String(), c.want)
		}
	}
}

// TestTimeReplay: the page and the table of a run with every new flag come back from the
// record beside the table: the table byte for byte; the page byte for byte but for the
// time the run started when replayed from the record's folder, and but for its provenance
// (which holds the paths as the run sees them, and the time) from any other.
func TestTimeReplay(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	docs := corpus.Sample().Documents()
	docs[0].Published = time.Time{}
	writeCorpus(t, dir, docs)
	args := []string{"-corpus", "news.jsonl", "-html", "r.html", "-csv", "r.csv", "-quiet", "-permutations", "99", "-seed", "7",
		"-period", "week", "-series", "Soloria,news-frames:*"}
	if err := run(args, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	firstPage, _ := os.ReadFile("r.html")
	firstTable, _ := os.ReadFile("r.csv")
	if p := readPage(t, "r.html"); p.Time == nil || p.Time.Timeline.Period != "week" || p.DocTest.Seed != 7 {
		t.Fatal("the run has not the flags' section and test")
	}
	replay := func(from string) ([]byte, []byte) {
		t.Helper()
		os.Remove(filepath.Join(dir, "r.html"))
		os.Remove(filepath.Join(dir, "r.csv"))
		t.Chdir(from)
		if err := run([]string{"-replay", filepath.Join(dir, "r.csv.provenance.json"), "-force"}, io.Discard, io.Discard); err != nil {
			t.Fatal(err)
		}
		page, _ := os.ReadFile(filepath.Join(dir, "r.html"))
		table, _ := os.ReadFile(filepath.Join(dir, "r.csv"))
		if len(firstTable) == 0 || !bytes.Equal(firstTable, table) {
			t.Errorf("replayed from %s: the table differs (%d vs %d bytes)", from, len(firstTable), len(table))
		}
		return page, table
	}
	if page, _ := replay(dir); len(firstPage) == 0 || !bytes.Equal(withoutRunTime(firstPage), withoutRunTime(page)) {
		t.Errorf("replayed from the record's folder, the page differs (%d vs %d bytes)", len(firstPage), len(page))
	}
	page, _ := replay(t.TempDir())
	strip := func(b []byte) []byte {
		var data map[string]json.RawMessage
		const open = `<script type="application/json" id="data">`
		i := bytes.Index(b, []byte(open)) + len(open)
		j := i + bytes.Index(b[i:], []byte("</script>"))
		if err := json.Unmarshal(b[i:j], &data); err != nil {
			t.Fatal(err)
		}
		delete(data, "provenance")
		out, _ := json.Marshal(data)
		return append(append(slices.Clone(b[:i]), out...), b[j:]...)
	}
	if !bytes.Equal(strip(firstPage), strip(page)) {
		t.Error("replayed from another folder, the page differs besides its provenance")
	}
}

// TestTimeWorkers: the page, time section and document-level test included, does not
// depend on the number of workers.
func TestTimeWorkers(t *testing.T) {
	dir := t.TempDir()
	var pages [][]byte
	for _, procs := range []int{1, 4} {
		prev := runtime.GOMAXPROCS(procs)
		html := filepath.Join(dir, "r.html")
		err := run([]string{"-html", html, "-quiet", "-permutations", "99", "-period", "week", "-series", "Soloria,military,evaluative:*"}, io.Discard, io.Discard)
		runtime.GOMAXPROCS(prev)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(html)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, withoutRunTime(b))
	}
	if !bytes.Equal(pages[0], pages[1]) {
		t.Error("the page differs between 1 and 4 workers")
	}
}
