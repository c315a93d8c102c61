package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/examples/internal/clitest"
)

func TestSampleReport(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := run(nil, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	s := out.String()
	for _, want := range []string{"== dam-flood (english; own voice", "== elecciones-montalban (spanish; own voice",
		"Atlas Newswire vs Meridian Press", "leans to state", "leans to wire", "Jensen-Shannon divergence"} {
		if !strings.Contains(s, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if n := strings.Count(s, "== "); n != 6 {
		t.Errorf("%d events in the report, want 6", n)
	}
	var again bytes.Buffer
	if err := run(nil, &again, &errOut); err != nil || again.String() != s {
		t.Error("a second run printed something else")
	}
}

func TestJSONReport(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := run([]string{"-json", "-event", "minister-visit", "-ngrams", "2", "-top", "3"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Comparisons []struct {
			Event    string `json:"event"`
			TopA     []any  `json:"top_a"`
			Analyzer struct {
				NGrams int `json:"ngrams"`
			} `json:"analyzer"`
			Options struct {
				Top int `json:"top"`
			} `json:"options"`
		} `json:"comparisons"`
		Placebos []any `json:"placebos"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Comparisons) != 1 || rep.Comparisons[0].Event != "minister-visit" || len(rep.Comparisons[0].TopA) != 3 ||
		rep.Comparisons[0].Analyzer.NGrams != 2 || rep.Comparisons[0].Options.Top != 3 || len(rep.Placebos) != 1 {
		t.Errorf("JSON report: %s", out.String())
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Routine drills safeguard sovereignty against separatist forces."), 0o644)
	os.WriteFile(b, []byte("Large-scale drills simulate a blockade, officials said."), 0o644)
	var out, errOut bytes.Buffer
	if err := run([]string{"-a", a, "-b", b}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "sovereignty") || !strings.Contains(out.String(), "blockade") {
		t.Errorf("report: %s", out.String())
	}
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{"-a", "only-a.txt"},
		{"-side-a", "color:red"},
		{"-event", "no-such-event"},
		{"-ngrams", "9"},
		{"-lang", "klingon"},
		{"-corpus", "missing.jsonl"},
		{"stray"},
		{"-voice", "mine"},
	} {
		var out, errOut bytes.Buffer
		if err := run(args, &out, &errOut); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

// TestSideMatchesNothing: a side that matches no document is explained, a usage error
// when the message names the value to give, and still wraps corpus.ErrEmptySide; the
// message ends with what to do, not with the sentinel's words (": side has no
// documents" after "use -side-a \"outlet:Soloria Daily\" (3 document(s))" read as if that
// outlet had none).
func TestSideMatchesNothing(t *testing.T) {
	for _, tc := range []struct {
		side  string
		usage bool
		end   string
	}{
		{"Soloria Daily", true, `use -side-a "outlet:Soloria Daily" (3 document(s))`},
		{"kind:blogs", false, `no kind "blogs" (the kinds are "state", "wire")`},
	} {
		err := run([]string{"-quiet", "-side-a", tc.side}, io.Discard, io.Discard)
		if err == nil || cli.IsUsage(err) != tc.usage || !errors.Is(err, corpus.ErrEmptySide) || !strings.HasSuffix(err.Error(), tc.end) {
			t.Errorf("-side-a %q: %v (usage %v); want a usage error %v wrapping corpus.ErrEmptySide, ending %q", tc.side, err, cli.IsUsage(err), tc.usage, tc.end)
		}
	}
}

// TestPlacebo checks the sample corpus's design: for both events with two wire services,
// the wires differ less from each other than the state account differs from either.
func TestPlacebo(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := run([]string{"-json"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	var rep report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Placebos) != 2 {
		t.Fatalf("%d placebo events, want 2", len(rep.Placebos))
	}
	for _, p := range rep.Placebos {
		for _, x := range p.AVsWires {
			if !(p.Wires.JSD < x.JSD) {
				t.Errorf("%s: wires %.4f bits, %s vs %s %.4f bits", p.Wires.Event, p.Wires.JSD, x.SideA, x.SideB, x.JSD)
			}
		}
	}
}

func TestCommandLine(t *testing.T) {
	clitest.Check(t, prog.Name, run, "top", "dedupe")
}

// TestFilesDecoded: plain-text files given with -a and -b are decoded as the corpus
// loaders decode theirs: UTF-16 with a byte-order mark and old Mac line endings are read
// as text, and a file that is not text is an error.
func TestFilesDecoded(t *testing.T) {
	dir := t.TempDir()
	state := "Routine drills safeguard sovereignty against separatist forces.\n\nThe drills were routine."
	wire := "Large-scale drills simulate a blockade, officials said.\r\rThe blockade alarmed shipping."
	utf16le := func(s string) []byte {
		out := []byte{0xFF, 0xFE}
		for _, u := range utf16.Encode([]rune(s)) {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	}
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, utf16le(state), 0o644)
	os.WriteFile(b, []byte(wire), 0o644)
	var out, errOut bytes.Buffer
	if err := run([]string{"-a", a, "-b", b, "-json"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	var rep report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	c := rep.Comparisons[0]
	// Counted words by hand, own voice, stop words out: routine drills safeguard
	// sovereignty separatist forces drills routine (8); large-scale drills simulate
	// blockade officials blockade alarmed shipping (8: "said" is scaffolding, not counted
	// in the own voice; see TestScaffolding).
	if c.TokensA != 8 || c.TokensB != 8 {
		t.Errorf("counted words %d and %d, want 8 and 8", c.TokensA, c.TokensB)
	}
	for _, k := range append(c.TopA, c.TopB...) {
		if strings.ContainsRune(k.Word, 0) || len([]rune(k.Word)) == 1 {
			t.Errorf("a word of the decoding's debris: %q", k.Word)
		}
	}
	// Without a byte-order mark UTF-16 is refused, not counted as letters.
	os.WriteFile(a, utf16le(state)[2:], 0o644)
	if err := run([]string{"-a", a, "-b", b}, &out, &errOut); err == nil || !strings.Contains(err.Error(), "UTF-16") {
		t.Errorf("UTF-16 without a mark: %v", err)
	}
}

// TestFilesReplay: a comparison of two files replays from another folder to the same
// table (the sides are named by the files' names, not by paths that differ by folder).
func TestFilesReplay(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "state.txt"), []byte("Routine drills safeguard sovereignty against separatist forces."), 0o644)
	os.WriteFile(filepath.Join(dir, "wire.txt"), []byte("Large-scale drills simulate a blockade, officials said."), 0o644)
	t.Chdir(dir)
	if err := run([]string{"-a", "state.txt", "-b", "wire.txt", "-csv", "t.csv"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	if err := run([]string{"-replay", filepath.Join(dir, "t.csv.provenance.json"), "-csv", "again.csv"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(filepath.Join(dir, "t.csv"))
	again, _ := os.ReadFile("again.csv")
	if len(first) == 0 || !bytes.Equal(first, again) {
		t.Errorf("the replay wrote another table:\n%s\nvs\n%s", first, again)
	}
}

// TestFilesNoDedupe: -a and -b are one document each, so the near-duplicate and residue
// flags, which look at a corpus, are a usage error with them.
func TestFilesNoDedupe(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Routine drills safeguard sovereignty."), 0o644)
	os.WriteFile(b, []byte("Large-scale drills simulate a blockade."), 0o644)
	for _, flag := range [][]string{{"-dedupe"}, {"-dedupe-list", filepath.Join(dir, "p.csv")}, {"-residue-list", filepath.Join(dir, "r.csv")}} {
		var out, errOut bytes.Buffer
		code := cli.Run(prog.Name, run, append([]string{"-a", a, "-b", b}, flag...), &out, &errOut)
		if code != cli.ExitUsage || !strings.Contains(errOut.String(), "-a and -b are one document each") {
			t.Errorf("%v: exit %d, stderr %q; want exit 2", flag, code, errOut.String())
		}
	}
}

// TestLoaded: -loaded lists each side's loaded words in its own voice. Side A uses
// "troublemakers", "hijacked" and "blatant" in its own words and "farce" only inside a
// quotation (not its own voice), "sharply" as side B does; side B uses no loaded word of
// its own. Read off the lexicon (framing/lexicons/evaluative.txt: troublemaker, blatant,
// farce; version 4 lists neither "hijack" nor "sharply", see TestLoadedTally).
func TestLoaded(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte(`Prices rose sharply. The troublemakers hijacked the rally in a blatant move. An official said: "This is a farce."`), 0o644)
	os.WriteFile(b, []byte("Prices rose sharply. Protesters gathered on Sunday, officials said."), 0o644)
	var out, errOut bytes.Buffer
	if err := run([]string{"-a", a, "-b", b, "-loaded", "-json"}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	var rep report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Loaded) != 2 || rep.Loaded[0].Side != "a.txt" || rep.Loaded[1].Side != "b.txt" {
		t.Fatalf("loaded: %+v", rep.Loaded)
	}
	var words []string
	for _, l := range rep.Loaded[0].Terms {
		words = append(words, l.Word)
		if len(l.Evidence) != l.Count {
			t.Errorf("%s: %d uses, %d evidence lines", l.Word, l.Count, len(l.Evidence))
		}
	}
	slices.Sort(words)
	if want := []string{"blatant", "troublemakers"}; !slices.Equal(words, want) { // "hijacked" has a literal sense (a plane): no entry
		t.Errorf("side A's loaded words %q, want %q", words, want)
	}
	if n := len(rep.Loaded[1].Terms); n != 0 {
		t.Errorf("side B: %d loaded words, want none: %+v", n, rep.Loaded[1].Terms)
	}
	out.Reset()
	if err := run([]string{"-a", a, "-b", b, "-loaded"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); !strings.Contains(s, "a.txt (against b.txt): 2 word(s)") || !strings.Contains(s, "[troublemakers]") {
		t.Errorf("report:\n%s", s)
	}
}

// TestFilesWithoutWords: two files where one has no word to count, in the voice counted or
// at all, fail with a message that names the file and why, not the comparison's inner
// names (the event the files make, "side B").
func TestFilesWithoutWords(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(text), 0o644)
		return p
	}
	quoting := write("quoting.txt", `The minister said the talks were "a success for everyone". Critics disagreed.`)
	plain := write("plain.txt", "Officials called the deal a failure on Tuesday.")
	quote := write("quote.txt", `"We will win."`)
	stop := write("stop.txt", "The of and to it.")
	empty := write("empty.txt", " \n")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-a", quoting, "-b", plain, "-voice", "quoted"}, "-b " + plain + " has no word to count in quotations (-voice quoted; -voice own or all counts the rest)"},
		{[]string{"-a", quote, "-b", plain}, "-a " + quote + " has no word to count outside quotations (-voice own; -voice all counts every word)"},
		{[]string{"-a", quoting, "-b", stop, "-voice", "all"}, "-b " + stop + " has no word to count (stop words, numbers and punctuation are not counted)"},
		{[]string{"-a", empty, "-b", plain}, "-a " + empty + " is empty"},
	} {
		var errOut bytes.Buffer
		code := cli.Run(prog.Name, run, tc.args, io.Discard, &errOut)
		if code != cli.ExitFailure || !strings.Contains(errOut.String(), tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit 1 and %q", tc.args, code, errOut.String(), tc.want)
		}
		for _, inner := range []string{`"files"`, "side A", "side B"} {
			if strings.Contains(errOut.String(), inner) {
				t.Errorf("%q: stderr %q names %q", tc.args, errOut.String(), inner)
			}
		}
	}
}

// TestFilesStripResidue: -strip-residue blanks the residue of -a and -b files too, and says
// so on stderr.
func TestFilesStripResidue(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("The council voted to close the market.\nfunction turn(p){ document.all(\"pager\").innerHTML = p; }\n"), 0o644)
	os.WriteFile(b, []byte("The council met and traders protested the vote.\n"), 0o644)
	var out, errOut bytes.Buffer
	if err := run([]string{"-a", a, "-b", b, "-strip-residue", "-json", "-permutations", "-1"}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	if strings.Contains(strings.ToLower(out.String()), "innerhtml") || !strings.Contains(errOut.String(), "-strip-residue blanked scraped-page residue in -a") {
		t.Errorf("stdout has innerHTML or stderr lacks the note:\n%s\n%s", out.String(), errOut.String())
	}
	out.Reset()
	if err := run([]string{"-a", a, "-b", b, "-json", "-permutations", "-1"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.ToLower(out.String()), "innerhtml") {
		t.Errorf("without -strip-residue innerHTML is counted: the test shows nothing")
	}
}

// TestFilesRefused: an empty -a is an error naming it, and the same file as -a and -b a
// usage error (clitest.FilesRefused).
func TestFilesRefused(t *testing.T) { clitest.FilesRefused(t, run, true) }
