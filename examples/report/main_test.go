package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/framediff/framediff/examples/internal/clitest"
	"github.com/framediff/framediff/framing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	html, csvPath := filepath.Join(dir, "r.html"), filepath.Join(dir, "r.csv")
	var out bytes.Buffer
	if err := run([]string{"-html", html, "-csv", csvPath, "-quiet", "-lump"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(html)
	if err != nil || !bytes.Contains(page, []byte("Content-Security-Policy")) {
		t.Fatalf("report: %v", err)
	}
	f, err := os.Open(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) < 10 || strings.Join(recs[0][:7], ",") != "event,side_a,side_b,measure,lean,rank,term" {
		t.Fatalf("csv: %d records, header %q, %v", len(recs), recs[0], err)
	}
	// Every row names its sides and measure, and the terms of the family tested (the 100
	// strongest leaning to each side) carry the document-level test the report runs beside
	// the token-level one: documents with the term on each side and a permutation p-value
	// in (0, 1]; the others leave those cells empty.
	tested := 0
	for _, r := range recs[1:] {
		if r[0] != "5 events lumped" || r[1] != "state" || r[2] != "wire" || r[3] != "log-odds" {
			t.Fatalf("row %q", r)
		}
		if r[17] == "" && r[18] == "" && r[19] == "" && r[20] == "" {
			continue
		}
		tested++
		da, errA := strconv.Atoi(r[17])
		db, errB := strconv.Atoi(r[18])
		p, errP := strconv.ParseFloat(r[19], 64)
		if errA != nil || errB != nil || errP != nil || da < 0 || db < 0 || da+db == 0 || !(p > 0 && p <= 1) {
			t.Fatalf("document-level columns of row %q", r)
		}
	}
	if tested != 200 {
		t.Errorf("%d rows tested over documents, want the family of 200", tested)
	}
	prov, err := os.ReadFile(csvPath + ".provenance.json")
	if err != nil || !strings.Contains(string(prov), `"voices": "narrative+reported+title"`) {
		t.Errorf("provenance %s, %v", prov, err)
	}
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{{"-side-a", "color:red"}, {"-corpus", "missing.jsonl"}, {"-html", ""}, {"-event", "nope", "-html", os.DevNull}} {
		if err := run(args, &bytes.Buffer{}, io.Discard); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestCommandLine(t *testing.T) {
	t.Chdir(t.TempDir()) // the default report.html goes there
	clitest.Check(t, prog.Name, run, "top", "dedupe")
}

func TestFigureAndReplay(t *testing.T) {
	dir := t.TempDir()
	png, csvPath := filepath.Join(dir, "bars.png"), filepath.Join(dir, "t.csv")
	var out bytes.Buffer
	if err := run([]string{"-html", "", "-figure", png, "-csv", csvPath, "-quiet", "-top", "50"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	img, err := os.ReadFile(png)
	if err != nil || !bytes.HasPrefix(img, []byte("\x89PNG")) {
		t.Fatalf("figure: %v", err)
	}
	first, _ := os.ReadFile(csvPath)
	os.Remove(csvPath)
	// The provenance record beside the table runs the same command again (over the
	// record itself, hence -force).
	if err := run([]string{"-replay", csvPath + ".provenance.json", "-force"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	again, err := os.ReadFile(csvPath)
	if err != nil || !bytes.Equal(first, again) || len(first) == 0 {
		t.Errorf("replayed table differs (%d vs %d bytes): %v", len(first), len(again), err)
	}
}

// TestTooLargeDocument: a document longer than framing.MaxTokenDocument on a side is refused
// with framing.ErrTooLarge as it is read, not after the counting.
func TestTooLargeDocument(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "big.jsonl")
	big := strings.Repeat("word ", framing.MaxTokenDocument/5+1)
	lines := `{"id":"big","event":"e","outlet":"A","kind":"state","text":"` + big + `"}` + "\n" +
		`{"id":"w","event":"e","outlet":"B","kind":"wire","text":"The minister said the talks went on."}` + "\n"
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run([]string{"-corpus", path, "-html", filepath.Join(dir, "r.html"), "-quiet"}, &bytes.Buffer{}, io.Discard)
	if !errors.Is(err, framing.ErrTooLarge) || !strings.Contains(err.Error(), `"big"`) {
		t.Errorf("got %v, want ErrTooLarge naming the document", err)
	}
}

// TestFlagWords: the page says in the program's words, its flags, why the document-level
// test did not run and why the events were lumped, and names no Go field of the library
// ("DocTestOptions.Permutations < 0", "Options.Lump"), pooled or lumped.
func TestFlagWords(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"-permutations", "-1"}, []string{`"reason":"-permutations -1 asks for none"`}},
		{[]string{"-permutations", "-1", "-lump"}, []string{`"reason":"-permutations -1 asks for none"`, `"lumped":true,"reason":"-lump"`}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			html := filepath.Join(t.TempDir(), "r.html")
			var stderr bytes.Buffer
			if err := run(append([]string{"-html", html, "-quiet"}, tc.args...), io.Discard, &stderr); err != nil {
				t.Fatal(err)
			}
			page, err := os.ReadFile(html)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range tc.want {
				if !bytes.Contains(page, []byte(want)) {
					t.Errorf("the page lacks %s", want)
				}
			}
			for what, text := range map[string][]byte{"page": page, "stderr": stderr.Bytes()} {
				if i := bytes.Index(text, []byte("Options.")); i >= 0 {
					t.Errorf("the %s names a Go field: …%s…", what, text[max(0, i-60):min(len(text), i+60)])
				}
			}
		})
	}
}
