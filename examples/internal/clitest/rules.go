package clitest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
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
// error naming both flags; an -event no document covers lists the events (a usage error
// if one differs from it only in case); a document on both sides is an error naming it; events with
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
	if _, help, _ := run("-h"); strings.Contains(help, "\n  -event ") {
		t.Run("no such event", func(t *testing.T) {
			// An -event no document covers lists the events; one that differs from an
			// event only in case is a usage error naming it.
			path := writeJSONL(t, t.TempDir(), "events.jsonl", ruleDocs)
			code, _, errOut := run("-corpus", path, "-event", "BOTH-1")
			if want := `-event "BOTH-1": no such event; an event "both-1" exists (events match exactly): use -event "both-1"`; code != cli.ExitUsage || !strings.Contains(errOut, want) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, errOut, want)
			}
			if strings.Contains(errOut, "0 document(s)") {
				t.Errorf("stderr %q: lines of 0 documents before the suggestion", errOut)
			}
			code, _, errOut = run("-corpus", path, "-event", "nosuch")
			if want := `-event "nosuch": no document of either side covers it (events: "both-1", "both-2", "mute-wire", "one-sided")`; code != cli.ExitFailure || !strings.Contains(errOut, want) {
				t.Errorf("exit %d, stderr %q; want exit 1 and %q", code, errOut, want)
			}
			if strings.Contains(errOut, "0 document(s)") {
				t.Errorf("stderr %q: lines of 0 documents before the list of events", errOut)
			}
		})
	}
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
	// The same version replays with its own defaults: the record lists them, none changed.
	if strings.Contains(errOut, "runs with -") || strings.Contains(errOut, "lists no defaults") || strings.Contains(errOut, "by default;") {
		t.Errorf("a replay by the version that wrote the record finds its defaults changed:\n%s", errOut)
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

// checkInput checks what every program says about its input: who is on each side (the
// sides' outlets with shares, the documents on neither); a side that matches no document
// explained, and a usage error when a value to give instead is named (a bare name is a
// kind, and an outlet of that name exists); the records a
// -lenient reading skips summed up by reason, even with -quiet, every one of them in the
// -skipped file (a composed text that comes out empty skipped for its columns,
// title+desc); and a -field column that a CSV header lacks named, with the header's
// columns.
func checkInput(t *testing.T, run exec) {
	t.Run("no documents", func(t *testing.T) {
		// An input that loads no document is an error naming it (not a side without
		// kinds); -lenient's hint comes only with a malformed record, which it can skip.
		dir := t.TempDir()
		empty := filepath.Join(dir, "empty.jsonl")
		bad := filepath.Join(dir, "bad.jsonl")
		folder := filepath.Join(dir, "no-txt")
		xml := filepath.Join(dir, "corpus.xml")
		txt := filepath.Join(dir, "story.txt")
		for _, err := range []error{os.WriteFile(empty, nil, 0o644), os.WriteFile(bad, []byte("{bad\n"), 0o644), os.Mkdir(folder, 0o755),
			os.WriteFile(xml, []byte("<corpus/>\n"), 0o644), os.WriteFile(txt, []byte("A plain story.\n"), 0o644)} {
			if err != nil {
				t.Fatal(err)
			}
		}
		for _, tc := range []struct {
			args        []string
			want, lacks string
		}{
			{[]string{"-corpus", empty}, "empty.jsonl: no documents loaded: it holds no records", "-kind"},
			{[]string{"-corpus", folder}, "no-txt: no documents loaded: the folder has no .txt files", "-kind"},
			{[]string{"-corpus", bad, "-lenient"}, "bad.jsonl: no documents loaded: -lenient skipped all 1 record(s)", "-kind"},
			{[]string{"-corpus", bad}, "bad.jsonl:1: syntax error", "no documents"},
			{[]string{"-corpus", filepath.Join(dir, "missing.jsonl")}, "missing.jsonl", "-lenient"},
			{[]string{"-corpus", xml}, "unsupported format", "-lenient"},
			{[]string{"-corpus", txt}, "-corpus takes a folder of .txt files, one document each", "-lenient"},
		} {
			code, _, errOut := run(append(tc.args, "-quiet")...)
			if code != cli.ExitFailure || !strings.Contains(errOut, tc.want) || strings.Contains(errOut, tc.lacks) {
				t.Errorf("%q: exit %d, stderr %q; want exit 1 with %q, without %q", tc.args, code, errOut, tc.want, tc.lacks)
			}
		}
		if _, _, errOut := run("-corpus", bad, "-quiet"); !strings.Contains(errOut, "-lenient skips malformed records") {
			t.Errorf("a malformed record: stderr %q lacks the -lenient hint", errOut)
		}
	})
	docs := append(slices.Clone(ruleDocs[:4]), doc{"blog-1", "both-1", "Some Blog", "blog", "en", stateText})
	t.Run("who is on each side", func(t *testing.T) {
		code, _, errOut := run("-corpus", writeJSONL(t, t.TempDir(), "who.jsonl", docs))
		if code != cli.ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		for _, want := range []string{"side A, state: 2 document(s): State Daily 100.0% (2)", "side B, wire: 2 document(s): Wire One 100.0% (2)",
			"on neither side: 1 document(s): Some Blog 1"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("stderr lacks %q:\n%s", want, errOut)
			}
		}
	})
	t.Run("side named as a kind", func(t *testing.T) {
		// A side the data cannot match, with the value to give instead named, is a usage
		// error: the command line is what is wrong.
		path := writeJSONL(t, t.TempDir(), "kinds.jsonl", docs)
		code, _, errOut := run("-corpus", path, "-side-a", "State Daily")
		if code != cli.ExitUsage {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		for _, want := range []string{`-side-a "State Daily": no kind "State Daily"`, `the kinds are "blog", "state", "wire"`,
			`an outlet of that name exists: use -side-a "outlet:State Daily" (2 document(s))`, "Run '"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("stderr lacks %q:\n%s", want, errOut)
			}
		}
		for _, tc := range []struct{ flag, spec, want string }{
			{"-side-b", "outlet:wire one", `no outlet "wire one" (outlets match exactly; outlets of a like name: "Wire One"); an outlet "Wire One" exists: use -side-b "outlet:Wire One"`},
			{"-side-a", "outlet:blog", `no outlet "blog"`},
			{"-side-a", "outlet:blog", `a kind of that name exists: use -side-a "kind:blog" (1 document(s))`},
		} {
			code, _, errOut = run("-corpus", path, tc.flag, tc.spec)
			if code != cli.ExitUsage || !strings.Contains(errOut, tc.want) {
				t.Errorf("%s %s: exit %d, stderr %s; want exit 2 with %s", tc.flag, tc.spec, code, errOut, tc.want)
			}
		}
		// A side that nothing in the data matches, with nothing to give instead, is a
		// failure of the run.
		code, _, errOut = run("-corpus", path, "-side-a", "kind:blogs")
		if code != cli.ExitFailure || !strings.Contains(errOut, `-side-a "kind:blogs" matches no document: no kind "blogs"`) || strings.Contains(errOut, "use -side-a") {
			t.Errorf("a kind no document has: exit %d, stderr %s; want exit 1", code, errOut)
		}
	})
	t.Run("lenient summary", func(t *testing.T) {
		dir := t.TempDir()
		path := writeJSONL(t, dir, "bad.jsonl", docs)
		f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		for i := range 40 { // 40 records without text, and 2 that are no JSON
			fmt.Fprintf(f, "{\"id\": \"empty-%d\", \"event\": \"both-1\", \"outlet\": \"Wire One\", \"kind\": \"wire\", \"text\": \"\"}\n", i)
		}
		fmt.Fprintf(f, "{not json\n{\"id\": 3,\n")
		f.Close()
		if code, _, errOut := run("-corpus", path, "-quiet"); code != cli.ExitFailure || !strings.Contains(errOut, "bad.jsonl:6") {
			t.Errorf("strict: exit %d, stderr %s; want exit 1 naming the first bad line", code, errOut)
		}
		list := filepath.Join(dir, "skipped.txt")
		code, _, errOut := run("-corpus", path, "-lenient", "-quiet", "-skipped", list)
		if code != cli.ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if !strings.Contains(errOut, "skipped 42 malformed record(s) of 47 (-lenient), by reason:") ||
			!strings.Contains(errOut, "     40  document has no text: missing required field (bad.jsonl:6, bad.jsonl:7, bad.jsonl:8, …)") {
			t.Errorf("no summary by reason:\n%s", errOut)
		}
		if n := strings.Count(errOut, "bad.jsonl:"); n > 3+2 {
			t.Errorf("%d lines named on stderr; want the first 3 of a reason:\n%s", n, errOut)
		}
		b, err := os.ReadFile(list)
		if lines := strings.Count(string(b), "\n"); err != nil || lines != 42 || !strings.Contains(string(b), "bad.jsonl:45:") {
			t.Errorf("-skipped %s: %d lines, %v:\n%s", list, lines, err, b)
		}
	})
	t.Run("missing column", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "heads.csv")
		os.WriteFile(path, []byte("id,Event,Site,kind,title,desc\n1,e,State Daily,state,Heroic army repels attack,Defenders praised.\n"+
			"2,e,Wire One,wire,Shelling hits village,Residents fled.\n"), 0o644)
		code, _, errOut := run("-corpus", path, "-field", "text=nosuchcol", "-field", "outlet=Site")
		if code != cli.ExitUsage || !strings.Contains(errOut, `-field text=nosuchcol: heads.csv has no column "nosuchcol"`) ||
			!strings.Contains(errOut, `its columns are "id", "Event", "Site", "kind", "title", "desc"`) {
			t.Errorf("exit %d, stderr %s; want exit 2 naming the column and the header's", code, errOut)
		}
		if code, _, errOut := run("-corpus", path, "-field", "text=title+desc", "-quiet"); code != cli.ExitOK {
			t.Errorf("columns the header has: exit %d: %s", code, errOut)
		}
		// A record whose composed text comes out empty is skipped for what it is composed
		// of, not for a field the input does not have.
		f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		fmt.Fprintf(f, "3,e,Wire One,wire,,\n")
		f.Close()
		code, _, errOut = run("-corpus", path, "-field", "text=title+desc", "-field", "outlet=Site", "-lenient", "-quiet")
		if want := "1  document has no text (title+desc: empty): missing required field (heads.csv:4)"; code != cli.ExitOK || !strings.Contains(errOut, want) {
			t.Errorf("an empty composed text: exit %d, stderr %s; want exit 0 and %q", code, errOut, want)
		}
		// JSON Lines have no header: when every record lacks the field, the summary names
		// the input -field reads it from.
		jsonl := writeJSONL(t, t.TempDir(), "keys.jsonl", docs)
		if _, _, errOut := run("-corpus", jsonl, "-field", "text=body", "-field", "-=text", "-lenient"); !strings.Contains(errOut, `-field fills text from "body": does the input have that name?`) {
			t.Errorf("a JSON key no record has: stderr %s", errOut)
		}
	})
}
