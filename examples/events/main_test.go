package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/examples/internal/clitest"
	"github.com/framediff/framediff/framing"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-permutations", "100"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"state vs wire over 5 events", "so-called", "Placebo: Atlas Newswire vs Meridian Press", "72 arrangements", "delegitimizing", "laudatory"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
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
	clitest.Check(t, prog.Name, run, "top", "lang", "dedupe")
}

// TestGroups: -groups prints each pair's divergence beyond chance where a null exists, and
// says "none" rather than a sentinel where a mean has no pair to average.
// Its figures were read with the scaffolding counted (-keep-scaffolding), as before the own
// voice dropped it by default.
func TestGroups(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-groups", "outlets", "-permutations", "50", "-keep-scaffolding"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	// The sample's two wires share two events with several documents: their row of the
	// beyond-chance matrix has a number where the pair meets, not "-".
	_, after, ok := strings.Cut(out.String(), "beyond chance, over the events both cover (")
	if !ok {
		t.Fatalf("no beyond-chance matrix:\n%s", out.String())
	}
	row := ""
	for line := range strings.Lines(after) {
		if strings.Contains(line, "Atlas Newswire") {
			row = line
			break
		}
	}
	if f := strings.Fields(row); len(f) != 7 || f[4] == "-" {
		t.Errorf("Atlas Newswire's beyond-chance row %q: want a number against Meridian Press\n%s", row, out.String())
	}
	// The sample's one pair of wires meets in 2 events: the mean within an event is over
	// 2 (event, pair) cells, the mean beyond chance over 1 pair of groups.
	for _, want := range []string{"between groups of one kind 0.5123 bits (mean over 2 (event, pair of groups) cells)", "beyond chance, over the events both cover: between groups of one kind 0.",
		"(mean over 1 pair of groups)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := run([]string{"-groups", "kinds", "-permutations", "50"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	// Two kinds: no pair of one kind to average.
	if s := out.String(); strings.Contains(s, "-1.0000") || strings.Count(s, "of one kind none (no such pair)") != 2 {
		t.Errorf("-groups kinds:\n%s", s)
	}
}

// TestGroupsCSVUntested: the -groups -csv table writes the permutation p-values of the
// terms not tested as empty cells, as the -csv table does, never as a number a filter
// p < 0.05 would pick.
func TestGroupsCSVUntested(t *testing.T) {
	for _, tc := range []struct {
		perms    string
		permuted bool // whether some rows have a permutation p-value
	}{{"-1", false}, {"50", true}} {
		t.Run("permutations "+tc.perms, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "groups.csv")
			if err := run([]string{"-groups", "kinds", "-permutations", tc.perms, "-null", "-1", "-csv", path}, io.Discard, io.Discard); err != nil {
				t.Fatal(err)
			}
			header, rows := clitest.ReadCSV(t, path)
			if len(rows) == 0 {
				t.Fatal("no rows")
			}
			for _, name := range []string{"group", "term", "perm_p", "perm_p_adj", "side_a", "side_b"} { // every row names its sides
				if !slices.Contains(header, name) {
					t.Fatalf("no column %s in %v", name, header)
				}
			}
			tested := 0
			for _, r := range rows {
				p, adj := r["perm_p"], r["perm_p_adj"]
				if (p == "") != (adj == "") {
					t.Errorf("%s: perm_p %q, perm_p_adj %q: both or neither", r["term"], p, adj)
				}
				if p == "" {
					continue
				}
				tested++
				if x, err := strconv.ParseFloat(p, 64); err != nil || x <= 0 || x > 1 {
					t.Errorf("%s: perm_p %q, want a p-value in (0, 1]", r["term"], p)
				}
			}
			if tc.permuted != (tested > 0) {
				t.Errorf("%d of %d rows with a permutation p-value", tested, len(rows))
			}
		})
	}
}

// TestHelp: -figure names the forest plot events draws, and -lang's help gives its default
// once.
func TestHelp(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-h"}, &out, io.Discard); err != flag.ErrHelp {
		t.Fatal(err)
	}
	s := out.String()
	if !strings.Contains(s, "forest plot of one term") || strings.Contains(s, "bar chart") {
		t.Errorf("-figure's help does not name the forest plot:\n%s", s)
	}
	_, lang, _ := strings.Cut(s, "\n  -lang ")
	lang, _, _ = strings.Cut(lang, "\n  -")
	if strings.Count(lang, "default") != 1 {
		t.Errorf("-lang's help: %q", lang)
	}
}

// TestPerEvent: each event's comparison tests its terms over the event's documents, and
// -per-event prints its table with the test's line.
func TestPerEvent(t *testing.T) {
	var docs []corpus.Document
	for _, e := range []string{"e1", "e2"} {
		for i, text := range []string{"Heroic army repelled attack near Soloria.", "Heroic defenders repelled raid near Soloria.", "Heroic troops repelled assault near Soloria."} {
			docs = append(docs, corpus.Document{ID: fmt.Sprint(e, "s", i), Event: e, Outlet: "State Daily", Kind: "state", Language: "en", Text: text})
		}
		for i, text := range []string{"Shelling hit the village near Soloria, witnesses said.", "Shelling damaged homes near Soloria, residents said.",
			"Residents fled shelling near Soloria on Monday."} {
			docs = append(docs, corpus.Document{ID: fmt.Sprint(e, "w", i), Event: e, Outlet: "Wire One", Kind: "wire", Language: "en", Text: text})
		}
	}
	var b bytes.Buffer
	corpus.WriteJSONL(&b, docs...)
	path := filepath.Join(t.TempDir(), "docs.jsonl")
	os.WriteFile(path, b.Bytes(), 0o644)
	var out bytes.Buffer
	if err := run([]string{"-corpus", path, "-per-event", "-permutations", "200", "-quiet"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	// 3 documents a side: C(6,3) = 20 arrangements, all enumerated; p >= 1/20.
	s := out.String()
	if n := strings.Count(s, "document-level test: 3 and 3 documents with counted words, all 20 arrangements of the side labels (exact), smallest possible p 0.05"); n != 2 {
		t.Errorf("%d events tested over documents, want 2:\n%s", n, s)
	}
	if !strings.Contains(s, "== e1: state (3 documents") || !strings.Contains(s, "doc p adj") || !strings.Contains(s, "3/0") {
		t.Errorf("no per-event table:\n%s", s)
	}
	out.Reset()
	if err := run([]string{"-corpus", path, "-permutations", "200", "-quiet"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "2 of 2 events have 2 or more documents a side to test") || strings.Contains(out.String(), "== e1") {
		t.Errorf("without -per-event:\n%s", out.String())
	}
	if strings.Contains(out.String(), "no term pooled") {
		t.Errorf("two events, and the note of one:\n%s", out.String())
	}
	// One event: nothing is pooled under the default -min-events 2, and the output says why.
	b.Reset()
	corpus.WriteJSONL(&b, docs[:6]...) // e1's
	one := filepath.Join(t.TempDir(), "one.jsonl")
	os.WriteFile(one, b.Bytes(), 0o644)
	out.Reset()
	if err := run([]string{"-corpus", one, "-permutations", "200", "-quiet"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "(no term pooled: -min-events 2 keeps terms seen in 2 or more events, and 1 event(s) were compared;") {
		t.Errorf("one event:\n%s", out.String())
	}
}

// TestTimeline: -timeline writes each series' count per side and period, with the
// documents behind it; the documents without a date are counted apart.
func TestTimeline(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	docs := []corpus.Document{
		{ID: "s1", Event: "e", Outlet: "S", Kind: "state", Language: "en", Published: day("2022-03-01"), Text: "Kiev shelled. Kiev burned."},
		{ID: "s2", Event: "e", Outlet: "S", Kind: "state", Language: "en", Published: day("2022-04-10"), Text: "Kiev quiet."},
		{ID: "w1", Event: "e", Outlet: "W", Kind: "wire", Language: "en", Published: day("2022-03-15"), Text: "Kyiv shelled overnight."},
		{ID: "w2", Event: "e", Outlet: "W", Kind: "wire", Language: "en", Text: "Kyiv residents sheltered."},
	}
	var b bytes.Buffer
	corpus.WriteJSONL(&b, docs...)
	dir := t.TempDir()
	path, table := filepath.Join(dir, "docs.jsonl"), filepath.Join(dir, "tl.csv")
	os.WriteFile(path, b.Bytes(), 0o644)
	var errOut bytes.Buffer
	if err := run([]string{"-corpus", path, "-timeline", table, "-series", "Kiev,news-frames:conflict", "-variant", "Kyiv=Kiev", "-quiet"}, io.Discard, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	got, err := os.ReadFile(table)
	if err != nil {
		t.Fatal(err)
	}
	// By hand, Kyiv counted as Kiev: state March 2 of 4 words in 1 document (500 per
	// 1,000), April 1 of 2 (500); wire March 1 of 3 (333.3…), April none; undated wire 1 of 3.
	for _, want := range []string{
		"series,lexicon,side,period,start,end,documents,docs_with,count,words,rate,per\n",
		"Kiev,,state,month,2022-03-01,2022-04-01,1,1,2,4,500,1000\n",
		"Kiev,,wire,month,2022-03-01,2022-04-01,1,1,1,3,333.3333333333333,1000\n",
		"Kiev,,state,month,2022-04-01,2022-05-01,1,1,1,2,500,1000\n",
		"Kiev,,wire,month,2022-04-01,2022-05-01,0,0,0,0,,1000\n", // no documents: no rate, not 0
		"Kiev,,wire,undated,,,1,1,1,3,333.3333333333333,1000\n",
		"conflict,news-frames,state,month,2022-03-01,",
	} {
		if !strings.Contains(string(got), want) {
			t.Errorf("the table lacks %q:\n%s", want, got)
		}
	}
	if _, err := os.Stat(table + ".provenance.json"); err != nil {
		t.Errorf("no provenance record: %v", err)
	}
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"-timeline", table, "-period", "year"}, `-period "year"`},
		{[]string{"-series", "Kiev"}, "go with -timeline"},
		{[]string{"-timeline", table, "-series", "nosuch:x"}, `no lexicon "nosuch"`},
		{[]string{"-timeline", table, "-series", "news-frames:nosuch"}, `no category "nosuch"`},
	} {
		var errOut bytes.Buffer
		if code := cli.Run(prog.Name, run, append([]string{"-corpus", path, "-quiet"}, tc.args...), io.Discard, &errOut); code != cli.ExitUsage ||
			!strings.Contains(errOut.String(), tc.says) {
			t.Errorf("%q: exit %d, %s; want 2 saying %s", tc.args, code, errOut.String(), tc.says)
		}
	}
}

// TestGroupsDedupe: with -groups, -dedupe-within side looks within each group: a copy
// inside one outlet is dropped, a copy across outlets is not.
func TestGroupsDedupe(t *testing.T) {
	story := "Rescue teams reached the flooded village on Sunday and moved two hundred people to the school on the hill, while engineers said the river could fall by Wednesday."
	var docs []corpus.Document
	for i, o := range []string{"Alpha", "Alpha", "Beta", "Gamma"} {
		for _, e := range []string{"e1", "e2"} {
			text := fmt.Sprintf("Account %d of %s: the council met on %s and voted on the market, the harbour and the bridge.", i, e, o)
			if e == "e1" && i <= 2 {
				text = story // Alpha's two accounts, and Beta's, are the same story
			}
			docs = append(docs, corpus.Document{ID: fmt.Sprintf("%s-%d-%s", o, i, e), Event: e, Outlet: o, Kind: "news", Language: "en",
				Published: time.Date(2024, 1, 1+i, 0, 0, 0, 0, time.UTC), Text: text})
		}
	}
	var b bytes.Buffer
	if err := corpus.WriteJSONL(&b, docs...); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "groups.jsonl")
	os.WriteFile(path, b.Bytes(), 0o644)
	var out, errOut bytes.Buffer
	if err := run([]string{"-corpus", path, "-groups", "outlets", "-permutations", "-1", "-null", "-1", "-dedupe", "-quiet"}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	want := `events: near-duplicates: 1 pairs in 1 clusters within sides (Alpha 1 in 1, Beta 0 in 0, Gamma 0 in 0; Jaccard ≥ 0.80 over 5-word shingles); -dedupe dropped 1 of 8 documents ("Alpha-1-e1"), keeping each cluster's earliest`
	if !strings.Contains(errOut.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, errOut.String())
	}
}

// TestStreams: without -dedupe, -dedupe-list, -residue-list (and -phrases auto, -timeline)
// events counts each document as it reads it, never holding the corpus: on a terminal, no
// near-duplicate search shows and the counting has no stage of its own (it has one only
// after the documents were all read first); with a list, both show.
func TestStreams(t *testing.T) {
	for _, args := range [][]string{{"-permutations", "-1"}, {"-permutations", "-1", "-residue-list", filepath.Join(t.TempDir(), "r.csv")}} {
		var out bytes.Buffer
		var tty clitest.TTY
		if code := cli.Run(prog.Name, run, args, &out, &tty); code != cli.ExitOK {
			t.Fatalf("%v: exit %d: %s", args, code, tty.String())
		}
		held := len(args) > 2
		s := tty.String()
		if searched := strings.Contains(s, "\revents: looking for near-duplicates"); searched != held {
			t.Errorf("%v: the near-duplicate search ran %v, want %v:\n%q", args, searched, held, s)
		}
		if counted := strings.Contains(s, "\revents: counting the words of"); counted != held {
			t.Errorf("%v: the documents were read before counting %v, want %v:\n%q", args, counted, held, s)
		}
		if !strings.Contains(s, "\revents: reading") {
			t.Errorf("%v: no reading line:\n%q", args, s)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	// The report written a comparison at a time is what encoding/json writes of it whole
	// (EventComparisons.MarshalJSON), with and without a placebo.
	c := corpus.Sample()
	an := framing.Analyzer{Language: "english"}
	wires := func(d corpus.Document) string {
		if d.Kind == corpus.KindWire {
			return "outlet:" + d.Outlet
		}
		return ""
	}
	ec, err := framing.CountEvents(&an, c.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}, &framing.CountOptions{SideBy: wires})
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	opts := &framing.PoolOptions{Permutations: 50}
	p, err := ec.Pool(0, 1, opts)
	if err != nil {
		t.Fatal(err)
	}
	w1, w2 := ec.BusiestPair(2)
	placebo, err := ec.Pool(w1, w2, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, rep := range []report{{Pooled: p, Placebo: placeboReport{NotRun: "no second wire"}}, {Pooled: p, Placebo: placeboReport{Pooled: placebo}, Categories: map[string]*framing.Pooled{"x": nil}}} {
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			t.Fatal(err)
		}
		if err := writeJSON(&got, rep); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("placebo %v: writeJSON differs from encoding/json (%d bytes, want %d)", rep.Placebo.Pooled != nil, got.Len(), want.Len())
		}
		if rep.Pooled.PerEvent == nil || !strings.Contains(got.String(), `"per_event": [`) {
			t.Errorf("placebo %v: the report lost its per-event comparisons", rep.Placebo.Pooled != nil)
		}
	}
}

// TestLanguages: events pools one language; an empty -lang, on the sample's English and
// Spanish events, is a usage error naming the -lang to give (not a mismatch of profiles),
// with -groups too.
func TestLanguages(t *testing.T) {
	for _, args := range [][]string{{"-lang", ""}, {"-lang", "", "-groups", "outlets"}} {
		err := run(append([]string{"-quiet"}, args...), io.Discard, io.Discard)
		if !cli.IsUsage(err) || err == nil || !strings.Contains(err.Error(), "give -lang english or -lang spanish") {
			t.Errorf("%q: %v; want a usage error naming the -lang to give", args, err)
		}
	}
}

// TestPValueFormat: p-values print "<0.0001" below four decimals, never "0.0000"; the
// lexicon categories are pooled across events as terms are, each with its permutation p
// over documents (a number, not "–"), and no lumped G2 is printed.
func TestPValueFormat(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-quiet"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if strings.Contains(s, "0.0000") || strings.Contains(s, "G2") {
		t.Errorf("a p-value printed as 0.0000, or a lumped G2:\n%s", s)
	}
	_, frames, ok := strings.Cut(s, "news-frames lexicon, pooled over 5 event(s)")
	if !ok {
		t.Fatalf("no pooled news-frames table:\n%s", s)
	}
	found := false
	for line := range strings.Lines(frames) {
		if f := strings.Fields(line); len(f) > 8 && f[0] == "cooperation" {
			found = true
			if !strings.HasPrefix(f[7], "0.") && f[7] != "1.000" {
				t.Errorf("cooperation: %q; want a permutation p", line)
			}
		}
	}
	if !found {
		t.Errorf("no lexicon row of cooperation:\n%s", s)
	}
}

// TestSideWordsNotClipped: a pooled row whose sides write a stem differently shows both
// words whole ("report | reporters"); the 16-character column cut RUWA's "country |
// countries" to "country | count…", which reads as the word "count".
func TestSideWordsNotClipped(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-quiet", "-permutations", "50"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	both := 0
	for line := range strings.Lines(out.String()) {
		word, _, ok := strings.Cut(strings.TrimSpace(line), "  ")
		if !ok || !strings.Contains(word, " | ") {
			continue
		}
		both++
		if strings.Contains(word, "…") {
			t.Errorf("clipped: %q", line)
		}
	}
	if both == 0 {
		t.Errorf("no row shows two sides' words:\n%s", out.String())
	}
}
