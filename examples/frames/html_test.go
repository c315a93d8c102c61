package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing/frames"
)

// page is the part of a report's data that these tests read.
type page struct {
	Provenance struct {
		Inputs []struct {
			Path   string `json:"path"`
			SHA256 string `json:"sha256"`
		} `json:"inputs"`
		Settings map[string]any `json:"settings"`
		Seed     uint64         `json:"seed"`
	} `json:"provenance"`
	SideA   string            `json:"side_a"`
	SideB   string            `json:"side_b"`
	Terms   []json.RawMessage `json:"terms"`
	DocTest struct {
		Ran  bool   `json:"ran"`
		Seed uint64 `json:"seed"`
	} `json:"doc_test"`
	Frames *struct {
		Frames     []string `json:"frames"`
		Prevalence struct {
			Shares []struct {
				Side  string       `json:"side"`
				Shift frames.Shift `json:"shift"`
			} `json:"shares"`
			Options struct {
				Seed       uint64 `json:"seed"`
				Replicates int    `json:"replicates"`
			} `json:"options"`
		} `json:"prevalence"`
		Evidence    []json.RawMessage `json:"evidence"`
		ModelSHA256 string            `json:"model_sha256"`
		ModelFile   *struct {
			Path   string `json:"path"`
			SHA256 string `json:"sha256"`
		} `json:"model_file"`
	} `json:"frames"`
}

// pageData returns the JSON data of the report b.
func pageData(t *testing.T, b []byte) []byte {
	t.Helper()
	const open = `<script type="application/json" id="data">`
	i := bytes.Index(b, []byte(open))
	if i < 0 {
		t.Fatal("the page has no data")
	}
	data := b[i+len(open):]
	return data[:bytes.Index(data, []byte("</script>"))]
}

func readPage(t *testing.T, path string) page {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var p page
	if err := json.Unmarshal(pageData(t, b), &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// runTime is the time a provenance record holds: when the run started.
var runTime = regexp.MustCompile(`"time":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z"`)

func digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// TestHTML: -html writes the report of the two sides with the frames section, the model's
// digest in it: of the model learned in the run, and of the file of a saved one.
func TestHTML(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := run([]string{"-replicates", "100", "-quiet", "-save", "model.json", "-html", "learned.html"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	p := readPage(t, "learned.html")
	if p.Frames == nil || len(p.Frames.Frames) != 5 || len(p.Frames.Evidence) != 5 || len(p.Frames.Prevalence.Shares) == 0 ||
		p.Frames.Prevalence.Options.Replicates != 100 || p.Frames.ModelFile != nil {
		t.Fatalf("frames section %+v", p.Frames)
	}
	// Every share carries its shift test, which the page's table reads.
	for _, s := range p.Frames.Prevalence.Shares {
		if !(s.Shift.Critical > 0) {
			t.Fatalf("share %+v has no shift test", s)
		}
	}
	if p.SideA != "state" || p.SideB != "wire" || len(p.Terms) == 0 || !p.DocTest.Ran {
		t.Errorf("the rest of the report: sides %q, %q, %d terms, test %+v", p.SideA, p.SideB, len(p.Terms), p.DocTest)
	}
	// The model's digest is that of its JSON without indentation: the saved file, compacted.
	saved, err := os.ReadFile("model.json")
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, saved); err != nil {
		t.Fatal(err)
	}
	if p.Frames.ModelSHA256 != digest(compact.Bytes()) {
		t.Errorf("model digest %s, want %s", p.Frames.ModelSHA256, digest(compact.Bytes()))
	}

	// A saved model: the file's digest in the section and among the provenance's inputs.
	if err := run([]string{"-replicates", "100", "-quiet", "-model", "model.json", "-html", "applied.html", "-seed", "7"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	q := readPage(t, "applied.html")
	if q.Frames == nil || q.Frames.ModelFile == nil || q.Frames.ModelFile.Path != "model.json" || q.Frames.ModelFile.SHA256 != digest(saved) {
		t.Fatalf("model file %+v, want the digest %s", q.Frames.ModelFile, digest(saved))
	}
	listed := false
	for _, in := range q.Provenance.Inputs {
		listed = listed || in.Path == "model.json" && in.SHA256 == digest(saved)
	}
	if !listed || q.Provenance.Settings["model_file"] != "model.json" {
		t.Errorf("provenance inputs %+v, settings %v", q.Provenance.Inputs, q.Provenance.Settings["model_file"])
	}
	if q.Frames.ModelSHA256 != p.Frames.ModelSHA256 {
		t.Error("the model saved and loaded has another digest")
	}
	// -seed seeds the bootstrap and the page's document-level test.
	if q.DocTest.Seed != 7 || q.Frames.Prevalence.Options.Seed != 7 || q.Provenance.Seed != 7 || p.DocTest.Seed == 7 {
		t.Errorf("-seed 7: test seed %d, bootstrap seed %d, provenance %d (without: %d)", q.DocTest.Seed,
			q.Frames.Prevalence.Options.Seed, q.Provenance.Seed, p.DocTest.Seed)
	}
}

func TestHTMLBadArguments(t *testing.T) {
	t.Chdir(t.TempDir())
	var errOut bytes.Buffer
	code := cli.Run(prog.Name, run, []string{"-html", "r.html", "-groups", "kinds", "-quiet"}, io.Discard, &errOut)
	if code != cli.ExitUsage || !strings.Contains(errOut.String(), "-html writes the report of two sides") {
		t.Errorf("-html with -groups: exit %d, %q", code, errOut.String())
	}
	if _, err := os.Stat("r.html"); err == nil {
		t.Error("a page written after a usage error")
	}
}

// TestHTMLReplay: the record beside the table replays the page too, byte for byte but for
// the time the run started.
func TestHTMLReplay(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := run([]string{"-replicates", "100", "-quiet", "-save", "model.json"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-replicates", "100", "-quiet", "-model", "model.json", "-csv", "shares.csv", "-html", "frames.html"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	page, _ := os.ReadFile("frames.html")
	table, _ := os.ReadFile("shares.csv")
	os.Remove("frames.html")
	os.Remove("shares.csv")
	if err := run([]string{"-replay", "shares.csv.provenance.json", "-force"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	page2, _ := os.ReadFile("frames.html")
	table2, _ := os.ReadFile("shares.csv")
	if len(table) == 0 || !bytes.Equal(table, table2) {
		t.Errorf("replayed table differs (%d vs %d bytes)", len(table), len(table2))
	}
	if len(page) == 0 || !bytes.Equal(runTime.ReplaceAll(page, nil), runTime.ReplaceAll(page2, nil)) {
		t.Errorf("replayed page differs (%d vs %d bytes)", len(page), len(page2))
	}
	// The replay checks the model's digest: another model is refused.
	if err := os.WriteFile("model.json", append(bytes.TrimSpace(mustRead(t, "model.json")), ' ', '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-replay", "shares.csv.provenance.json", "-force"}, io.Discard, io.Discard); err == nil {
		t.Error("replayed with a changed model")
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestHTMLWorkers: the page does not depend on the number of workers.
func TestHTMLWorkers(t *testing.T) {
	dir := t.TempDir()
	var pages [][]byte
	for _, procs := range []int{1, 4} {
		prev := runtime.GOMAXPROCS(procs)
		html := filepath.Join(dir, "frames.html")
		err := run([]string{"-replicates", "100", "-quiet", "-html", html}, io.Discard, io.Discard)
		runtime.GOMAXPROCS(prev)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, runTime.ReplaceAll(mustRead(t, html), nil))
	}
	if !bytes.Equal(pages[0], pages[1]) {
		t.Error("the page differs between 1 and 4 workers")
	}
}
