package clitest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/framediff/framediff/examples/internal/cli"
)

// exec runs a program on args and returns its exit code, stdout and stderr.
type exec func(args ...string) (int, string, string)

// A doc is one document of a generated corpus.
type doc struct{ id, event, outlet, kind, lang, text string }

const (
	stateText = "The heroic army repelled the provocation near Soloria. Officials praised the glorious defenders of Soloria and the motherland."
	wireText  = "Shelling hit the village near Soloria, witnesses said. Residents of Soloria fled the fighting as casualties mounted."
)

// ruleDocs is a corpus that tests the rules every program shares: two events with both
// sides, an event with one side, an event whose wire account has no counted word (stop
// words only), and a document in a language framediff cannot analyze.
var ruleDocs = []doc{
	{"both1-s", "both-1", "State Daily", "state", "en", stateText},
	{"both1-w", "both-1", "Wire One", "wire", "en", wireText},
	{"both2-s", "both-2", "State Daily", "state", "en", stateText + " The drills were routine."},
	{"both2-w", "both-2", "Wire One", "wire", "en", wireText + " The drills alarmed neighbours."},
	{"lonely-s", "one-sided", "State Daily", "state", "en", stateText},
	{"mute-s", "mute-wire", "State Daily", "state", "en", stateText},
	{"mute-w", "mute-wire", "Wire One", "wire", "en", "The of and to it is was. And the, of it."},
	{"tlh-w", "both-1", "Wire Two", "wire", "tlh-Piqad", "Qapla' batlh Soloria."},
}

// writeJSONL writes docs as a JSON Lines file in dir.
func writeJSONL(t *testing.T, dir, name string, docs []doc) string {
	t.Helper()
	var b strings.Builder
	for _, d := range docs {
		line, _ := json.Marshal(map[string]string{"id": d.id, "event": d.event, "outlet": d.outlet, "kind": d.kind, "language": d.lang, "text": d.text})
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// writeFolder writes docs as a folder of .txt files, one per document, in dir.
func writeFolder(t *testing.T, dir, name string, docs []doc) string {
	t.Helper()
	folder := filepath.Join(dir, name)
	for _, d := range docs {
		sub := filepath.Join(folder, d.event)
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprintf("id: %s\nevent: %s\noutlet: %s\nkind: %s\nlanguage: %s\n\n%s\n", d.id, d.event, d.outlet, d.kind, d.lang, d.text)
		if err := os.WriteFile(filepath.Join(sub, d.id+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return folder
}

// checkRules checks the rules every program shares: the same side given twice is a usage
// error naming both flags; a document on both sides is an error naming it; events with
// one side, or with a side that has no counted word, and documents in a language
// framediff cannot analyze are left out and listed, strict or lenient.
func checkRules(t *testing.T, run exec) {
	t.Run("same side twice", func(t *testing.T) {
		code, _, errOut := run("-side-a", "kind:state", "-side-b", "kind:STATE")
		if code != cli.ExitUsage || !strings.Contains(errOut, "-side-a") || !strings.Contains(errOut, "-side-b") {
			t.Errorf("exit %d, stderr %q; want exit 2 naming -side-a and -side-b", code, errOut)
		}
	})
	t.Run("overlapping sides", func(t *testing.T) {
		path := writeJSONL(t, t.TempDir(), "overlap.jsonl", ruleDocs[:4])
		code, _, errOut := run("-corpus", path, "-side-a", "kind:state", "-side-b", "outlet:State Daily")
		if code != cli.ExitFailure || !strings.Contains(errOut, `"both1-s"`) || !strings.Contains(errOut, `"both2-s"`) {
			t.Errorf("exit %d, stderr %q; want exit 1 naming the documents on both sides", code, errOut)
		}
	})
	for _, lenient := range []bool{false, true} {
		t.Run(fmt.Sprintf("left out, lenient %v", lenient), func(t *testing.T) {
			args := []string{"-corpus", writeJSONL(t, t.TempDir(), "rules.jsonl", ruleDocs)}
			if lenient {
				args = append(args, "-lenient")
			}
			code, _, errOut := run(args...)
			if code != cli.ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, want := range []string{`"one-sided"`, `"mute-wire"`, `no counted words`, `no documents`, `"tlh-Piqad"`} {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr does not list %s:\n%s", want, errOut)
				}
			}
			for _, skipped := range []string{`"both-1"`, `"both-2"`} {
				if strings.Contains(errOut, skipped) {
					t.Errorf("stderr names the compared event %s as left out:\n%s", skipped, errOut)
				}
			}
		})
	}
}

var hexDigest = regexp.MustCompile(`^[0-9a-f]{64}$`)

// checkReplay checks provenance and -replay: a folder of .txt files gets a digest; a
// record replays from any folder, with its paths read from the record's folder, prints
// what it will run, and overwrites nothing without -force; a record that would write
// outside its folder, has no arguments, or reads a file it does not list is refused.
func checkReplay(t *testing.T, run exec) {
	base := t.TempDir()
	data := filepath.Join(base, "data")
	os.Mkdir(data, 0o755)
	folder := writeFolder(t, data, "accounts", ruleDocs[:4])
	// Run from data/ with paths relative to it, writing the table to out/.
	t.Chdir(data)
	os.Mkdir("out", 0o755)
	code, _, errOut := run("-corpus", "accounts", "-csv", filepath.Join("out", "t.csv"), "-quiet")
	if code != cli.ExitOK {
		t.Fatalf("a folder of .txt files with -csv: exit %d: %s", code, errOut)
	}
	table := filepath.Join(data, "out", "t.csv")
	record := table + ".provenance.json"
	first, err := os.ReadFile(table)
	if err != nil || len(first) == 0 {
		t.Fatalf("no table: %v", err)
	}
	var rec struct {
		Args   []string `json:"args"`
		Inputs []struct {
			Path   string `json:"path"`
			Bytes  int64  `json:"bytes"`
			SHA256 string `json:"sha256"`
		} `json:"inputs"`
	}
	raw, err := os.ReadFile(record)
	if err != nil || json.Unmarshal(raw, &rec) != nil || len(rec.Inputs) != 1 {
		t.Fatalf("record %s: %v", raw, err)
	}
	size := int64(0)
	filepath.Walk(folder, func(_ string, fi os.FileInfo, _ error) error {
		if fi != nil && !fi.IsDir() {
			size += fi.Size()
		}
		return nil
	})
	in := rec.Inputs[0]
	if filepath.Join(filepath.Dir(record), in.Path) != folder || in.Bytes != size || !hexDigest.MatchString(in.SHA256) {
		t.Errorf("input %+v; want the folder (from the record's folder), %d bytes and a digest", in, size)
	}

	// Replayed from elsewhere: the paths are the record's. The table exists, so -force.
	t.Chdir(base)
	code, _, errOut = run("-replay", record)
	if code != cli.ExitUsage || !strings.Contains(errOut, "-force") {
		t.Errorf("replay over an existing table: exit %d, stderr %q; want exit 2 asking for -force", code, errOut)
	}
	code, _, errOut = run("-replay", record, "-force")
	again, _ := os.ReadFile(table)
	if code != cli.ExitOK || string(again) != string(first) {
		t.Errorf("replay -force: exit %d, %d bytes (first run %d): %s", code, len(again), len(first), errOut)
	}
	if !strings.Contains(errOut, "replaying") || !strings.Contains(errOut, "accounts") || !strings.Contains(errOut, "t.csv") {
		t.Errorf("the replay does not say what it runs first:\n%s", errOut)
	}
	// An output named on the command line goes there (-force for the record's other
	// outputs, such as report's default report.html, written by the replay above).
	elsewhere := filepath.Join(base, "elsewhere.csv")
	if code, _, errOut = run("-replay", record, "-csv", elsewhere, "-force"); code != cli.ExitOK {
		t.Errorf("replay -csv elsewhere: exit %d: %s", code, errOut)
	} else if b, _ := os.ReadFile(elsewhere); string(b) != string(first) {
		t.Errorf("replay -csv elsewhere wrote %d bytes, want %d", len(b), len(first))
	}

	// Crafted records.
	craft := func(name string, edit func(m map[string]any)) string {
		var m map[string]any
		json.Unmarshal(raw, &m)
		edit(m)
		b, _ := json.Marshal(m)
		p := filepath.Join(data, "out", name)
		os.WriteFile(p, b, 0o644)
		return p
	}
	escaped := filepath.Join(data, "escaped.csv")
	for name, edit := range map[string]func(m map[string]any){
		"outside.json": func(m map[string]any) { m["args"] = []string{"-corpus", "../accounts", "-csv", "../escaped.csv"} },
		"noargs.json":  func(m map[string]any) { m["args"] = []string{} },
		"noinput.json": func(m map[string]any) { m["inputs"] = []any{} },
		"other.json": func(m map[string]any) {
			m["args"] = []string{"-corpus", "../../data/accounts/both-1", "-csv", "new.csv"}
		},
		"force.json": func(m map[string]any) { m["args"] = append(rec.Args, "-force") },
	} {
		t.Run("crafted "+name, func(t *testing.T) {
			code, _, errOut := run("-replay", craft(name, edit))
			if code == cli.ExitOK {
				t.Errorf("replayed: %s", errOut)
			}
			if _, err := os.Stat(escaped); err == nil {
				t.Errorf("wrote %s, outside the record's folder", escaped)
			}
		})
	}
}
