package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/framediff/framediff/examples/internal/clitest"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/frames"
)

func TestRun(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := run([]string{"-replicates", "200"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"learned from the 60 coded documents of the embedded invented sample", "Share of each side's documents", "resolution       state",
		"Per event", "dam-flood / state", "pooled over 5 events", "What each model reads", "economic:"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	// No evidence line is printed twice under one frame (a word and the lexicon category
	// holding it read the same occurrence: "billion" and [economic] on the sample).
	frame := ""
	seen := map[string]bool{}
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "      ") && strings.Contains(line, ": ") {
			frame, seen = line, map[string]bool{}
		}
		if frame != "" && strings.HasPrefix(line, "      ") && strings.Contains(line, "): …") {
			if seen[line] {
				t.Errorf("under %q the line %q is printed twice", frame, line)
			}
			seen[line] = true
		}
	}
	// How far the documents are like the coded ones: the sample corpus is not the coded
	// sample, so its words are not all the model's terms.
	m := regexp.MustCompile(`frames: the model's \d+ terms cover (\d+\.\d)% of the documents' counted words`).FindStringSubmatch(errOut.String())
	if m == nil || m[1] == "100.0" || m[1] == "0.0" {
		t.Errorf("no coverage line, or 0 or 100%%:\n%s", errOut.String())
	}
}

// TestSaveAndApply: a saved model applied with -model gives the same table, refuses
// analysis flags that differ from its own, and the CSV, its provenance record and the
// figure are written.
func TestSaveAndApply(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "model.json")
	var first bytes.Buffer
	if err := run([]string{"-replicates", "100", "-save", model, "-json"}, &first, io.Discard); err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	csv, fig := filepath.Join(dir, "shares.csv"), filepath.Join(dir, "shares.svg")
	if err := run([]string{"-replicates", "100", "-model", model, "-json", "-csv", csv, "-figure", fig}, &second, io.Discard); err != nil {
		t.Fatal(err)
	}
	// Besides trained_on, which names the embedded sample in one and the model file in the
	// other.
	trained := regexp.MustCompile(`(?m)^  "trained_on": .*\n`)
	if trained.ReplaceAllString(first.String(), "") != trained.ReplaceAllString(second.String(), "") {
		t.Error("the saved model gives other results than the one learned")
	}
	var res result
	if err := json.Unmarshal(second.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Prevalence.Shares) == 0 || len(res.Model) != 5 || res.Prevalence.Options.Method != frames.SLD {
		t.Errorf("JSON result %+v", res)
	}
	table, err := os.ReadFile(csv)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(table), "event,side,frame,documents,raw,estimate,low,high,clipped,method,raw_is,no_words,out_of_fold,shift_d,shift_critical,shift_calibrated,flagged,small_n,shift_cannot_fire\n(all),") ||
		!strings.Contains(string(table), ",sld,mean probability,0,0,") {
		t.Errorf("CSV starts %q", strings.SplitN(string(table), "\n", 3)[:2])
	}
	prov, err := os.ReadFile(csv + ".provenance.json")
	if err != nil || !strings.Contains(string(prov), `"framediff frames"`) || !strings.Contains(string(prov), "model_file") {
		t.Errorf("provenance %s, %v", prov, err)
	}
	// The record names the estimator that ran, though -method was not given: a replay
	// under another default can be told from the record.
	var rec struct {
		Settings struct {
			Prevalence struct {
				Method any `json:"method"`
			} `json:"prevalence"`
		} `json:"settings"`
	}
	if err := json.Unmarshal(prov, &rec); err != nil || rec.Settings.Prevalence.Method != "sld" {
		t.Errorf("the provenance records the method as %#v (%v), want \"sld\"", rec.Settings.Prevalence.Method, err)
	}
	if svg, err := os.ReadFile(fig); err != nil || !strings.Contains(string(svg), "resolution") {
		t.Errorf("figure: %v", err)
	}
	// The model analyzes English with its own settings; other flags are refused.
	err = run([]string{"-model", model, "-ngrams", "2"}, io.Discard, io.Discard)
	if !errors.Is(err, framing.ErrMismatch) {
		t.Errorf("-ngrams 2 with a unigram model: %v", err)
	}
	// Every analysis flag is checked, -keep-addresses too.
	err = run([]string{"-model", model, "-keep-addresses"}, io.Discard, io.Discard)
	if !errors.Is(err, framing.ErrMismatch) {
		t.Errorf("-keep-addresses with a model that drops addresses: %v", err)
	}
	if err := run([]string{"-model", model, "-lang", "en"}, io.Discard, io.Discard); err != nil {
		t.Errorf("-lang en with an English model: %v", err)
	}
	if err := run([]string{"-model", model, "-save", "x.json"}, io.Discard, io.Discard); err == nil {
		t.Error("-model with -save: no error")
	}
	if err := os.WriteFile(model, []byte(`{"model": "framediff frame model", "extra": 1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-model", model}, io.Discard, io.Discard); !errors.Is(err, framing.ErrOption) {
		t.Errorf("a damaged model file: %v", err)
	}
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{{"-method", "median"}, {"-kwic", "-1"}, {"-replicates", "0"}, {"-replicates", "9"}, {"-coded", "missing.jsonl"}, {"-groups", "kind:state"}} {
		if err := run(args, &bytes.Buffer{}, io.Discard); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestCommandLine(t *testing.T) {
	clitest.Check(t, prog.Name, run, "top", "lang")
}

// TestSeed: -seed is the shared flag, once in the usage, its help naming what it seeds; 0
// means the default seed, as before; another seed gives other folds and intervals.
func TestSeed(t *testing.T) {
	var help bytes.Buffer
	if err := run([]string{"-h"}, &help, io.Discard); !errors.Is(err, flag.ErrHelp) {
		t.Fatal(err)
	}
	if n := strings.Count(help.String(), "\n  -seed "); n != 1 || !strings.Contains(help.String(), "cross-validation folds") ||
		!strings.Contains(help.String(), "bootstrap of the prevalence intervals") || !strings.Contains(help.String(), "(default 20260601)") {
		t.Errorf("-seed in the usage %d times:\n%s", n, help.String())
	}
	out := map[string]string{}
	for _, seed := range []string{"", "0", "20260601", "7"} {
		args := []string{"-replicates", "50", "-json"}
		if seed != "" {
			args = append(args, "-seed", seed)
		}
		var b bytes.Buffer
		if err := run(args, &b, io.Discard); err != nil {
			t.Fatal(err)
		}
		out[seed] = b.String()
	}
	if out["0"] != out[""] || out["20260601"] != out[""] {
		t.Error("-seed 0 or -seed 20260601 differs from the default")
	}
	if out["7"] == out[""] {
		t.Error("-seed 7 gives the same results as the default seed")
	}
}

// TestCodedAndEmptyDocuments: applied to its own coded documents (split into two kinds)
// and two documents of punctuation only, the program says that the coded ones were scored out
// of fold and that the empty ones were left out of the shares, and counts them in the
// table.
func TestCodedAndEmptyDocuments(t *testing.T) {
	var lines []string
	for i, l := range strings.Split(strings.TrimSpace(string(codedSample)), "\n") {
		var d map[string]any
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		d["kind"] = []string{"state", "wire"}[i%2]
		b, _ := json.Marshal(d)
		lines = append(lines, string(b))
	}
	lines = append(lines,
		`{"id": "empty-1", "event": "coded sample", "outlet": "nowhere", "kind": "state", "text": "¡¿ … »«"}`,
		`{"id": "empty-2", "event": "coded sample", "outlet": "nowhere", "kind": "state", "text": "— … ?!"}`)
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := run([]string{"-replicates", "50", "-corpus", path}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"left out of the shares: state 2 of 32", "60 of the documents are coded documents the model learned from, scored with their out-of-fold probabilities"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut.String())
		}
	}
	if !strings.Contains(out.String(), "n=30 (+2 left out: none of the model's words)") {
		t.Errorf("the table does not count the documents left out:\n%s", out.String())
	}
}

// codedCorpus writes the coded sample as a corpus: each record's kind from kinds in turn,
// its text changed by text, without its id if noID.
func codedCorpus(t *testing.T, path string, kinds []string, noID bool, text func(string) string) {
	t.Helper()
	var lines []string
	for i, l := range strings.Split(strings.TrimSpace(string(codedSample)), "\n") {
		var d map[string]any
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		d["kind"] = kinds[i%len(kinds)]
		d["text"] = text(d["text"].(string))
		if noID {
			delete(d, "id")
		}
		b, _ := json.Marshal(d)
		lines = append(lines, string(b))
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCodedAsCorpus: the coded records, without ids, given as -coded and again as -corpus
// under another file name (so under other IDs), with scraped-page markup that
// -strip-residue blanks: recognized by their texts, all scored out of fold, no warning.
func TestCodedAsCorpus(t *testing.T) {
	dir := t.TempDir()
	coded, corp := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	markup := func(s string) string { return "<p>" + s + "</p>" }
	codedCorpus(t, coded, []string{"state", "wire"}, true, markup)
	codedCorpus(t, corp, []string{"state", "wire"}, true, markup)
	var errOut bytes.Buffer
	if err := run([]string{"-replicates", "20", "-coded", coded, "-corpus", corp, "-strip-residue"}, io.Discard, &errOut); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut.String(), "60 of the documents are coded documents the model learned from, scored with their out-of-fold probabilities") ||
		strings.Contains(errOut.String(), "warning") || !strings.Contains(errOut.String(), "residue in 60 of 60 coded documents") {
		t.Errorf("the coded documents as the corpus are not all scored out of fold:\n%s", errOut.String())
	}
}

// TestUnreadableGroup: with -groups, a group whose documents have none of the model's
// words is left out with a note; the other groups are compared.
func TestUnreadableGroup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	codedCorpus(t, path, []string{"state", "wire", "blank"}, false, func(s string) string { return s })
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The blank kind's texts: punctuation only.
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if strings.Contains(l, `"kind":"blank"`) {
			var d map[string]any
			if err := json.Unmarshal([]byte(l), &d); err != nil {
				t.Fatal(err)
			}
			d["text"] = "— … ?!"
			nb, _ := json.Marshal(d)
			l = string(nb)
		}
		lines = append(lines, l)
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := run([]string{"-replicates", "20", "-corpus", path, "-groups", "kinds", "-json"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	var res result
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(res.Prevalence.NoWordsSides) != "[blank]" || len(res.Prevalence.Differences) == 0 {
		t.Errorf("left out %v, %d differences; want [blank] and some", res.Prevalence.NoWordsSides, len(res.Prevalence.Differences))
	}
	if !strings.Contains(errOut.String(), "none of its words in any document of blank: left out") {
		t.Errorf("no note of the group left out:\n%s", errOut.String())
	}
}

// TestCodedTextFile: a single .txt file as -coded gets the hint naming -coded.
func TestCodedTextFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(path, []byte("A short made-up story.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run([]string{"-coded", path}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "(-coded takes a folder of .txt files") {
		t.Errorf("-coded story.txt: %v", err)
	}
}

// TestEvidenceFromSides: the evidence lines come from the documents of the two sides
// compared, not from the corpus's other outlets, and each names its document's outlet and
// side.
func TestEvidenceFromSides(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-replicates", "20", "-side-a", "outlet:Soloria Daily", "-side-b", "outlet:Meridian Press", "-kwic", "3"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	_, reads, ok := strings.Cut(out.String(), "What each model reads")
	if !ok {
		t.Fatalf("no evidence:\n%s", out.String())
	}
	line := regexp.MustCompile(`(?m)^      \S+ \(([^)]*)\): …`)
	found := line.FindAllStringSubmatch(reads, -1)
	if len(found) == 0 {
		t.Fatalf("no evidence line names its outlet:\n%s", reads)
	}
	for _, m := range found {
		if m[1] != "Soloria Daily" && m[1] != "Meridian Press" {
			t.Errorf("an evidence line from %q, on neither side", m[1])
		}
	}
}

// TestTextLegends: the text says what its bare numbers are: the figure after each feature
// a model reads (its occurrences; a category's matches), and the "shift D d/c" beside each
// share (the distance and the most the test allows). A new user read "[conflict] 41" as a
// weight and "shift D 0.38/0.98" as nothing.
func TestTextLegends(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-replicates", "20"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, tc := range []struct{ shown, legend string }{
		{"shift D ", "shift D d/c: the Kolmogorov-Smirnov distance (0 to 1) of the side's scores"},
		{"] ", "each with its occurrences in the compared documents"},
		{"[conflict] ", "[a lexicon category] with its matches"},
	} {
		if !strings.Contains(s, tc.shown) {
			t.Errorf("the text shows no %q:\n%s", tc.shown, s)
		}
		if !strings.Contains(s, tc.legend) {
			t.Errorf("the text shows %q without saying what it is (want %q):\n%s", tc.shown, tc.legend, s)
		}
	}
}
