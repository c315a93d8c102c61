package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var replayProg = Program{Name: "prog", Summary: "a program that reads a corpus and writes what its flags ask"}

// runProg is a program as the examples are: it reads the corpus (and -a, if given) and
// writes a CSV table with its provenance record, an HTML page and a figure where its flags
// say.
func runProg(args []string, stdout, stderr io.Writer) error {
	fs := NewFlags(replayProg, stdout, stderr)
	c := &Common{SideA: "kind:state", SideB: "kind:wire", Quiet: true}
	fs.Common(c, FlagInput, FlagSides, FlagOutput, FlagTest, "html", "figure")
	extra := fs.InputFile("a", "another file the program reads")
	if err := fs.Parse(args); err != nil {
		return err
	}
	type row struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	var rows []row
	for d, err := range c.Input("").Docs(replayProg.Name, stderr) {
		if err != nil {
			return err
		}
		rows = append(rows, row{d.ID, d.Text})
	}
	if *extra != "" {
		b, err := os.ReadFile(*extra)
		if err != nil {
			return err
		}
		rows = append(rows, row{"a", string(b)})
	}
	for _, out := range []string{c.HTML, c.Figure} {
		if out != "" {
			if err := WriteFile(stderr, out, func(w io.Writer) error { _, err := fmt.Fprint(w, len(rows)); return err }); err != nil {
				return err
			}
		}
	}
	if c.CSV != "" {
		prov, err := c.Provenance()
		if err != nil {
			return err
		}
		return c.WriteCSV(stderr, c.CSV, rows, prov)
	}
	return nil
}

func execProg(args ...string) (int, string) {
	var out, errOut bytes.Buffer
	code := Run(replayProg.Name, runProg, args, &out, &errOut)
	return code, errOut.String()
}

const corpusData = `{"id":"1","event":"e","outlet":"S","kind":"state","text":"state words"}
{"id":"2","event":"e","outlet":"W","kind":"wire","text":"wire words"}
`

// replayWorld is a folder tree for hostile records: root/rec holds a corpus, the table and
// its record; root/secret holds files no replay may touch.
type replayWorld struct {
	root, rec, secret string
	record            map[string]any // the record of a run in rec
	recordPath        string
}

func newReplayWorld(t testing.TB) *replayWorld {
	t.Helper()
	w := &replayWorld{root: t.TempDir()}
	w.rec, w.secret = filepath.Join(w.root, "rec"), filepath.Join(w.root, "secret")
	for _, d := range []string{w.rec, w.secret, filepath.Join(w.rec, "sub")} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, data string) {
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(w.rec, "news.jsonl"), corpusData)
	write(filepath.Join(w.secret, "news.jsonl"), corpusData) // same bytes, outside
	write(filepath.Join(w.secret, "target.csv"), "keep me")
	os.Symlink(w.secret, filepath.Join(w.rec, "out"))                                   // a folder link leading outside
	os.Symlink(filepath.Join(w.secret, "target.csv"), filepath.Join(w.rec, "link.csv")) // a file link leading outside
	mkfifo(filepath.Join(w.rec, "fifo.jsonl"))
	table := filepath.Join(w.rec, "t.csv")
	if code, errOut := execProg("-corpus", filepath.Join(w.rec, "news.jsonl"), "-csv", table); code != ExitOK {
		t.Fatalf("first run: %s", errOut)
	}
	w.recordPath = table + ".provenance.json"
	raw, err := os.ReadFile(w.recordPath)
	if err != nil || json.Unmarshal(raw, &w.record) != nil {
		t.Fatalf("record: %s %v", raw, err)
	}
	os.Remove(table)
	os.Remove(w.recordPath)
	return w
}

// snapshot lists every file below root with its size and mode, and the secret files'
// bytes, to compare before and after a replay.
func (w *replayWorld) snapshot() map[string]string {
	out := map[string]string{}
	filepath.WalkDir(w.root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		info, _ := e.Info()
		rel, _ := filepath.Rel(w.root, p)
		out[rel] = info.Mode().String()
		if strings.HasPrefix(rel, "secret") && info.Mode().IsRegular() {
			b, _ := os.ReadFile(p)
			out[rel] += string(b)
		}
		return nil
	})
	return out
}

// craft writes a record in rec, made from the run's record with edit applied.
func (w *replayWorld) craft(t testing.TB, name string, edit func(m map[string]any)) string {
	b, _ := json.Marshal(w.record)
	var m map[string]any
	json.Unmarshal(b, &m)
	if edit != nil {
		edit(m)
	}
	b, _ = json.Marshal(m)
	p := filepath.Join(w.rec, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func input(path, data string) map[string]any {
	s := sha256.Sum256([]byte(data))
	return map[string]any{"path": path, "bytes": len(data), "sha256": hex.EncodeToString(s[:])}
}

func TestReplayRecord(t *testing.T) {
	w := newReplayWorld(t)
	// The record's paths are from its folder.
	if got := fmt.Sprint(w.record["args"]); got != "[-corpus news.jsonl -csv t.csv]" {
		t.Errorf("record args %s", got)
	}
	if got := fmt.Sprint(w.record["inputs"]); !strings.Contains(got, "path:news.jsonl") {
		t.Errorf("record inputs %s", got)
	}
	// It replays from another folder, saying first what it runs.
	t.Chdir(w.secret)
	record := w.craft(t, "good.json", nil)
	code, errOut := execProg("-replay", record)
	if code != ExitOK {
		t.Fatalf("replay: %s", errOut)
	}
	for _, want := range []string{"replaying", "prog -corpus ../rec/news.jsonl -csv ../rec/t.csv", "reads ../rec/news.jsonl", "writes ../rec/t.csv"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("the replay does not say %q first:\n%s", want, errOut)
		}
	}
	first, _ := os.ReadFile(filepath.Join(w.rec, "t.csv"))
	// Again: the outputs exist now.
	if code, errOut := execProg("-replay", record); code != ExitUsage || !strings.Contains(errOut, "-force") {
		t.Errorf("over existing outputs: exit %d, %s", code, errOut)
	}
	if code, errOut := execProg("-replay", record, "-force"); code != ExitOK {
		t.Errorf("-force: %s", errOut)
	} else if again, _ := os.ReadFile(filepath.Join(w.rec, "t.csv")); !bytes.Equal(first, again) {
		t.Errorf("replayed table differs")
	}
	// An output given on the command line is written there, from the current folder; its
	// record names the inputs from its own folder.
	if code, errOut := execProg("-replay", record, "-csv", "new.csv"); code != ExitOK {
		t.Fatalf("-csv new.csv: %s", errOut)
	}
	var rec2 map[string]any
	b, _ := os.ReadFile(filepath.Join(w.secret, "new.csv.provenance.json"))
	json.Unmarshal(b, &rec2)
	if got := fmt.Sprint(rec2["args"]); got != "[-corpus ../rec/news.jsonl -csv new.csv]" {
		t.Errorf("the replayed run's record args %s", got)
	}
	// And that record replays too.
	if code, errOut := execProg("-replay", filepath.Join(w.secret, "new.csv.provenance.json"), "-force"); code != ExitOK {
		t.Errorf("replay of a replay: %s", errOut)
	}
	os.Remove(filepath.Join(w.secret, "new.csv"))
	os.Remove(filepath.Join(w.secret, "new.csv.provenance.json"))
}

// TestReplayHostile replays crafted records: each must be refused, with nothing read
// outside what it lists, nothing written outside its folder, and no hang.
func TestReplayHostile(t *testing.T) {
	w := newReplayWorld(t)
	zero := map[string]any{"path": "/dev/zero", "bytes": 10, "sha256": strings.Repeat("0", 64)}
	secretDigest := input("../secret/news.jsonl", corpusData)["sha256"].(string)
	cases := map[string]func(m map[string]any){
		"no args":          func(m map[string]any) { delete(m, "args") },
		"empty args":       func(m map[string]any) { m["args"] = []string{} },
		"args not strings": func(m map[string]any) { m["args"] = []any{1, 2} },
		"other tool":       func(m map[string]any) { m["tool"] = "framediff other" },
		"csv outside":      func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "-csv", "../x.csv"} },
		"csv absolute": func(m map[string]any) {
			m["args"] = []string{"-corpus", "news.jsonl", "-csv", filepath.Join(w.root, "x.csv")}
		},
		"html outside":           func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "-html", "sub/../../x.html"} },
		"figure outside":         func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "-figure=../../x.png"} },
		"through a folder link":  func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "-csv", "out/x.csv"} },
		"over a file link":       func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "-html", "link.csv"} },
		"over the record folder": func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "-html", "."} },
		"over the input":         func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "-html", "news.jsonl"} },
		"inputs emptied":         func(m map[string]any) { m["inputs"] = []any{} },
		"inputs missing":         func(m map[string]any) { delete(m, "inputs") },
		"inputs name another":    func(m map[string]any) { m["inputs"] = []any{input("other.jsonl", corpusData)} },
		"empty input path":       func(m map[string]any) { m["inputs"] = []any{map[string]any{"path": "", "sha256": "embedded sample"}} },
		"an input listed twice": func(m map[string]any) {
			m["inputs"] = []any{input("news.jsonl", corpusData), input("./news.jsonl", corpusData)}
		},
		"an input not read": func(m map[string]any) {
			m["inputs"] = []any{input("news.jsonl", corpusData), input("../secret/news.jsonl", corpusData)}
		},
		"stdin": func(m map[string]any) {
			m["args"] = []string{"-corpus", "-", "-format", "jsonl"}
			m["inputs"] = []any{}
		},
		"stdin listed": func(m map[string]any) {
			m["args"] = []string{"-corpus", "-", "-format", "jsonl"}
			m["inputs"] = []any{input("-", corpusData)}
		},
		"changed digest": func(m map[string]any) {
			m["inputs"] = []any{map[string]any{"path": "news.jsonl", "bytes": len(corpusData), "sha256": strings.Repeat("ab", 32)}}
		},
		"digest not hex": func(m map[string]any) {
			m["inputs"] = []any{map[string]any{"path": "news.jsonl", "bytes": len(corpusData), "sha256": "embedded sample"}}
		},
		"negative size": func(m map[string]any) {
			m["inputs"] = []any{map[string]any{"path": "news.jsonl", "bytes": -1, "sha256": strings.Repeat("ab", 32)}}
		},
		"a file outside, wrong size": func(m map[string]any) {
			m["args"] = []string{"-corpus", "../secret/news.jsonl", "-csv", "x.csv"}
			m["inputs"] = []any{map[string]any{"path": "../secret/news.jsonl", "bytes": 3, "sha256": strings.Repeat("ab", 32)}}
		},
		"dev zero": func(m map[string]any) {
			m["args"] = []string{"-corpus", "/dev/zero", "-csv", "x.csv"}
			m["inputs"] = []any{zero}
		},
		"a named pipe": func(m map[string]any) {
			m["args"] = []string{"-corpus", "fifo.jsonl", "-csv", "x.csv"}
			m["inputs"] = []any{input("fifo.jsonl", corpusData)}
		},
		"a folder input": func(m map[string]any) {
			m["args"] = []string{"-corpus", ".", "-csv", "x.csv"}
			m["inputs"] = []any{input(".", corpusData)}
		},
		"an unlisted -a": func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "-a", "../secret/target.csv"} },
		"replay in args": func(m map[string]any) {
			m["args"] = []string{"-corpus", "news.jsonl", "-replay", "t.csv.provenance.json"}
		},
		"force in args": func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "-csv", "link.csv", "--force"} },
		"force=true":    func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "-force=true"} },
		"help in args":  func(m map[string]any) { m["args"] = []string{"-h"} },
		"positional":    func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "stray"} },
		"dangling flag": func(m map[string]any) { m["args"] = []string{"-corpus"} },
		"unknown flag":  func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "-exec", "sh"} },
	}
	for name, edit := range cases {
		t.Run(name, func(t *testing.T) {
			before := w.snapshot()
			record := w.craft(t, "crafted.json", edit)
			code, errOut := execProg("-replay", record, "-force")
			if code == ExitOK {
				t.Errorf("replayed:\n%s", errOut)
			}
			if strings.Contains(errOut, secretDigest) && !strings.Contains(string(mustRead(record)), secretDigest) {
				t.Errorf("the error shows the digest of a file outside:\n%s", errOut)
			}
			os.Remove(record)
			if after := w.snapshot(); fmt.Sprint(after) != fmt.Sprint(before) {
				t.Errorf("files changed:\nbefore %v\nafter  %v", before, after)
			}
		})
	}
	// Records that are not records.
	big := filepath.Join(w.rec, "big.json")
	os.WriteFile(big, append([]byte(`{"tool":"framediff prog","args":["-corpus","news.jsonl"],"x":"`), bytes.Repeat([]byte("a"), maxRecord)...), 0o644)
	for _, p := range []string{big, w.rec, filepath.Join(w.rec, "fifo.jsonl"), "/dev/zero", filepath.Join(w.rec, "missing.json")} {
		if code, errOut := execProg("-replay", p); code != ExitUsage {
			t.Errorf("-replay %s: exit %d, %s", p, code, errOut)
		}
	}
	// The command line may not change what the record runs.
	for _, args := range [][]string{{"-top", "3"}, {"-side-a", "kind:x"}, {"-corpus", "news.jsonl"}, {"-corpus", ""}, {"-lenient"}} {
		if code, errOut := execProg(append([]string{"-replay", w.craft(t, "ok.json", nil)}, args...)...); code != ExitUsage {
			t.Errorf("-replay with %q: exit %d, %s", args, code, errOut)
		}
	}
	if code, _ := execProg("-force"); code != ExitUsage {
		t.Errorf("-force without -replay: exit %d", code)
	}
}

func mustRead(p string) []byte { b, _ := os.ReadFile(p); return b }

// TestReplayStdin: a record of a run that read stdin replays only with the same input
// given as a file.
func TestReplayStdin(t *testing.T) {
	w := newReplayWorld(t)
	record := w.craft(t, "stdin.json", func(m map[string]any) {
		m["args"] = []string{"-corpus", "-", "-format", "jsonl", "-csv", "t.csv"}
		m["inputs"] = []any{input("-", corpusData)}
	})
	t.Chdir(w.secret)
	for _, tt := range []struct {
		file string
		ok   bool
	}{
		{"", false},                             // no input given
		{"target.csv", false},                   // not the recorded format
		{"../rec/news.jsonl", true},             // the same bytes
		{"news.jsonl", true},                    // the same bytes elsewhere
		{"../rec/t.csv.provenance.json", false}, // neither
	} {
		args := []string{"-replay", record, "-force"}
		if tt.file != "" {
			args = append(args, "-corpus", tt.file)
		}
		code, errOut := execProg(args...)
		if (code == ExitOK) != tt.ok {
			t.Errorf("-corpus %q: exit %d, %s", tt.file, code, errOut)
		}
		if tt.ok && !strings.Contains(errOut, "prog -corpus "+tt.file+" -csv ../rec/t.csv") {
			t.Errorf("-corpus %q: the run shown is not the file's:\n%s", tt.file, errOut)
		}
	}
}

// FuzzReplay: whatever a record holds, a replay never writes outside the record's folder,
// never changes a file outside it, and never hangs or panics. Each input is tried as a
// whole record and, so that the fuzzer mutates paths and flags directly, as a record of
// the program built from four arguments and an input path.
func FuzzReplay(f *testing.F) {
	w := newReplayWorld(f)
	good, _ := json.Marshal(map[string]any{"tool": w.record["tool"], "args": w.record["args"], "inputs": w.record["inputs"]})
	digest := input("", corpusData)["sha256"].(string)
	f.Add(good, "-corpus", "news.jsonl", "-csv", "t.csv", "news.jsonl")
	f.Add([]byte(`{"tool":"framediff prog","args":["-corpus","news.jsonl","-csv","../x.csv"],"inputs":[{"path":"news.jsonl","bytes":142,"sha256":"`+digest+`"}]}`),
		"-corpus", "news.jsonl", "-html", "../x.csv", "news.jsonl")
	f.Add([]byte(`{"tool":"framediff prog","args":["-corpus","fifo.jsonl","-html","out/x"],"inputs":[{"path":"fifo.jsonl","bytes":1,"sha256":"00"}]}`),
		"-corpus", "fifo.jsonl", "-figure", "out/x.png", "fifo.jsonl")
	f.Add([]byte(`{"tool":"framediff prog","args":["-corpus","/dev/zero","-figure","link.csv"],"inputs":[{"path":"/dev/zero","bytes":9e18}]}`),
		"-corpus", "/dev/zero", "-html", "link.csv", "/dev/zero")
	f.Add([]byte(`{"tool":"framediff prog","args":["-corpus","-","-format","jsonl"],"inputs":[{"path":"-"}]}`),
		"-corpus", "-", "-format", "jsonl", "-")
	f.Add([]byte(`{"tool":"framediff prog"}`), "-a", "../secret/target.csv", "-csv=sub/../../y.csv", "", "../secret/target.csv")
	outside := func() map[string]string {
		s := w.snapshot()
		for k := range s {
			if strings.HasPrefix(k, "rec"+string(filepath.Separator)) {
				delete(s, k)
			}
		}
		return s
	}
	before := outside()
	record := filepath.Join(w.rec, "fuzz.json")
	initial := map[string]bool{record: true}
	filepath.WalkDir(w.rec, func(p string, _ fs.DirEntry, _ error) error { initial[p] = true; return nil })
	clean := func() { // what the replays wrote inside the folder, so that it stays small
		var added []string
		filepath.WalkDir(w.rec, func(p string, _ fs.DirEntry, _ error) error {
			if !initial[p] {
				added = append(added, p)
			}
			return nil
		})
		for _, p := range added {
			os.RemoveAll(p)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, a1, a2, a3, a4, inPath string) {
		built, _ := json.Marshal(map[string]any{"tool": "framediff prog", "args": []string{a1, a2, a3, a4},
			"inputs": []any{map[string]any{"path": inPath, "bytes": len(corpusData), "sha256": digest}}})
		for _, rec := range [][]byte{data, built} {
			if err := os.WriteFile(record, rec, 0o644); err != nil {
				t.Fatal(err)
			}
			// With -force, the most a replay may do: overwrite what exists in the folder.
			execProg("-replay", record, "-force")
			clean()
			if after := outside(); fmt.Sprint(after) != fmt.Sprint(before) {
				t.Fatalf("record %q: files outside the record's folder changed:\nbefore %v\nafter  %v", rec, before, after)
			}
		}
	})
}

// TestReplayDefaults: a record keeps the defaults its run took, and a replay by a version
// whose defaults changed runs with the recorded ones and says so; a default for a file is
// never taken, an option this version lacks is noted, and a value it refuses is an error.
func TestReplayDefaults(t *testing.T) {
	w := newReplayWorld(t)
	defaults, _ := w.record["defaults"].(map[string]any)
	if defaults["side-a"] != "kind:state" || defaults["side-b"] != "kind:wire" {
		t.Fatalf("the record's defaults: %v", defaults)
	}
	if _, ok := defaults["corpus"]; ok {
		t.Errorf("the record's defaults list the arguments' -corpus: %v", defaults)
	}
	if _, ok := defaults["html"]; ok {
		t.Errorf("the record's defaults list a file option: %v", defaults)
	}
	t.Chdir(w.rec)
	elsewhere := filepath.Join(w.secret, "elsewhere.html")
	record := w.craft(t, "changed.json", func(m map[string]any) {
		d := m["defaults"].(map[string]any)
		d["side-a"], d["side-b"] = "kind:wire", "kind:state"
		d["html"] = elsewhere // never taken
		d["gone"] = "3"
	})
	code, errOut := execProg("-replay", record, "-force")
	if code != ExitOK {
		t.Fatalf("replay: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"-side-a=kind:wire -side-b=kind:state", "runs with -side-a kind:wire, the recorded run's default (this version's is kind:state)",
		"took -gone 3 by default; this version has no -gone"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("the replay does not say %q:\n%s", want, errOut)
		}
	}
	if _, err := os.Stat(elsewhere); err == nil {
		t.Errorf("a recorded default for -html wrote %s", elsewhere)
	}
	var again map[string]any
	if err := json.Unmarshal(mustRead(filepath.Join(w.rec, "t.csv.provenance.json")), &again); err != nil {
		t.Fatal(err)
	}
	if args := fmt.Sprint(again["args"]); !strings.Contains(args, "-side-a=kind:wire") {
		t.Errorf("the replay's record does not give the recorded default: %s", args)
	}
	if code, errOut := execProg("-replay", w.craft(t, "refused.json", func(m map[string]any) {
		m["defaults"].(map[string]any)["lenient"] = "sometimes"
	}), "-force"); code != ExitUsage || !strings.Contains(errOut, "took -lenient sometimes by default, which this version refuses") {
		t.Errorf("a refused default: exit %d: %s", code, errOut)
	}
	code, errOut = execProg("-replay", w.craft(t, "old.json", func(m map[string]any) { delete(m, "defaults") }), "-force")
	if code != ExitOK || !strings.Contains(errOut, "the record lists no defaults") {
		t.Errorf("a record without defaults: exit %d: %s", code, errOut)
	}
}

// TestReplayCompat: a value an older version took and this one refuses replays with what
// it meant then, said on stderr; a boolean given again on the command line is not doubled
// in the replay's record; a record whose arguments give every option lists no defaults
// and is not taken for an older version's.
func TestReplayCompat(t *testing.T) {
	w := newReplayWorld(t)
	t.Chdir(w.rec)
	record := w.craft(t, "perm.json", func(m map[string]any) {
		m["args"] = []string{"-corpus", "news.jsonl", "-csv", "t.csv", "-permutations", "0", "-quiet"}
	})
	code, errOut := execProg("-replay", record, "-force", "-quiet")
	if code != ExitOK || !strings.Contains(errOut, "runs with -permutations 1000 for the recorded -permutations 0") {
		t.Fatalf("an old -permutations 0: exit %d: %s", code, errOut)
	}
	var again struct {
		Args     []string          `json:"args"`
		Defaults map[string]string `json:"defaults"`
	}
	if err := json.Unmarshal(mustRead(filepath.Join(w.rec, "t.csv.provenance.json")), &again); err != nil {
		t.Fatal(err)
	}
	quiet := 0
	for _, a := range again.Args {
		if strings.HasPrefix(a, "-quiet") {
			quiet++
		}
	}
	if quiet != 1 || !slices.Contains(again.Args, "1000") {
		t.Errorf("the replay's arguments %q: want one -quiet and -permutations 1000", again.Args)
	}
	if again.Defaults == nil {
		t.Errorf("the replay's record has no defaults")
	}
	// A record whose arguments give every option lists an empty set of defaults, which is
	// no older version's record.
	full := w.craft(t, "full.json", func(m map[string]any) { m["defaults"] = map[string]any{} })
	if code, errOut := execProg("-replay", full, "-force"); code != ExitOK || strings.Contains(errOut, "lists no defaults") {
		t.Errorf("a record giving every option: exit %d: %s", code, errOut)
	}
}

// TestReplayOverInput: a replay with -force never writes over a file it reads, by its own
// path or by another (a hard link), whether the record or the command line names the
// output: a usage error naming -corpus, and the corpus keeps its bytes.
func TestReplayOverInput(t *testing.T) {
	w := newReplayWorld(t)
	news := filepath.Join(w.rec, "news.jsonl")
	alias := filepath.Join(w.rec, "alias.jsonl")
	if err := os.Link(news, alias); err != nil {
		t.Skip("no hard links:", err)
	}
	withHTML := func(out string) func(m map[string]any) {
		return func(m map[string]any) { m["args"] = []string{"-corpus", "news.jsonl", "-html", out} }
	}
	for _, tc := range []struct {
		name  string
		edit  func(m map[string]any)
		extra []string
	}{
		{"the record names the corpus", withHTML("news.jsonl"), nil},
		{"the record names a hard link", withHTML("alias.jsonl"), nil},
		{"the command line names a hard link", withHTML("page.html"), []string{"-html", alias}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			record := w.craft(t, "crafted.json", tc.edit)
			defer os.Remove(record)
			code, errOut := execProg(append([]string{"-replay", record, "-force"}, tc.extra...)...)
			if code != ExitUsage || !strings.Contains(errOut, "-corpus") {
				t.Errorf("exit %d, want a usage error naming -corpus:\n%s", code, errOut)
			}
			if got := string(mustRead(news)); got != corpusData {
				t.Errorf("the corpus holds %q", got)
			}
		})
	}
}
