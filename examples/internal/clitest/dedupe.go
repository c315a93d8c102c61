package clitest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/framediff/framediff/examples/internal/cli"
)

// dupWords is a text of 44 words (only "on" twice): its 40 5-word shingles all differ.
const dupWords = "Rescue teams reached the flooded village of Marra on Sunday and moved two hundred people " +
	"to a school up on its hill while engineers said rivers could fall by Wednesday but roads toward " +
	"eastern valleys remain closed until crews clear mud from every bridge"

// dedupeDoc is a document of the near-duplicates corpus.
type dedupeDoc struct {
	doc
	published string
}

// dedupeDocs is a corpus with, on the state side, a story (dup-s1) and a later copy with
// two more words (dup-s2) and a text with a line of script (res-s); on the wire side a
// copy of the story (copy-w, which only -dedupe-within all may cluster with the state's)
// and a text with markup and an entity (res-w); and the accounts of ruleDocs's two events. The copy with two more words has
// 42 shingles, the 40 of the story among them: J = 40/42.
var dedupeDocs = []dedupeDoc{
	{doc{"dup-s1", "both-1", "State Daily", "state", "en", dupWords + "."}, "2024-05-01T00:00:00Z"},
	{doc{"dup-s2", "both-2", "State Daily", "state", "en", dupWords + " tonight again."}, "2024-05-02T00:00:00Z"},
	{doc{"copy-w", "both-1", "Wire One", "wire", "en", dupWords + "!"}, "2024-05-03T00:00:00Z"},
	{doc{"res-s", "both-1", "State Daily", "state", "en", stateText + "\nfunction turn(p){ go(p); }"}, ""},
	{doc{"res-w", "both-2", "Wire One", "wire", "en", wireText + "&nbsp;<div class=\"pager\">Next</div>"}, "2024-05-03T00:00:00Z"},
	{ruleDocs[0], ""}, {ruleDocs[1], ""}, {ruleDocs[2], ""}, {ruleDocs[3], ""},
}

const dupJaccard = 40.0 / 42

// writeDedupe writes docs as a JSON Lines file in dir, with their publication times.
func writeDedupe(t *testing.T, dir, name string, docs []dedupeDoc) string {
	t.Helper()
	var b strings.Builder
	for _, d := range docs {
		m := map[string]string{"id": d.id, "event": d.event, "outlet": d.outlet, "kind": d.kind, "language": d.lang, "text": d.text}
		if d.published != "" {
			m["published"] = d.published
		}
		line, _ := json.Marshal(m)
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// readCSV reads a CSV file as maps from the header's names.
func readCSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	_, rows := ReadCSV(t, path)
	return rows
}

// ReadCSV reads a CSV file written by a program: its header, and each row as a map from
// the header's names. A file that cannot be read or holds no header fails the test.
func ReadCSV(t *testing.T, path string) (header []string, rows []map[string]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) == 0 {
		t.Fatalf("%s: %v", path, err)
	}
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		rows = append(rows, m)
	}
	return recs[0], rows
}

// checkDedupe checks the near-duplicate and residue flags: nothing looked for without
// them, the summary lines with and without -dedupe, the documents dropped and listed with their evidence, -dedupe-within,
// the residue listed, the same bytes whatever the input order and number of workers, bad
// values refused, and the record's "dedupe" and "residue" settings reproduced by -replay.
func checkDedupe(t *testing.T, name string, prog cli.RunFunc, run exec) {
	dir := t.TempDir()
	path := writeDedupe(t, dir, "dups.jsonl", dedupeDocs)
	n := len(dedupeDocs)
	t.Run("not asked", func(t *testing.T) { checkNotScreened(t, name, prog, run, path) })
	t.Run("found, not dropped", func(t *testing.T) {
		// -dedupe-list alone looks and lists, dropping nothing; so does -residue-list.
		list, res := filepath.Join(t.TempDir(), "pairs.csv"), filepath.Join(t.TempDir(), "residue.csv")
		code, _, errOut := run("-corpus", path, "-quiet", "-dedupe-list", list)
		if code != cli.ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		for _, want := range []string{
			name + ": near-duplicates: 1 pairs in 1 clusters within sides (state 1 in 1, wire 0 in 0; Jaccard ≥ 0.80 over 5-word shingles); use -dedupe to count each once\n",
			fmt.Sprintf(`%s: residue: 2 of %d documents flagged with scraped-page residue (documents by kind: markup 1, entity 1, script 1; by outlet: State Daily 1, Wire One 1), counted as they are, not removed: "res-s", "res-w"; every one: give -residue-list FILE`, name, n),
		} {
			if !strings.Contains(errOut, want) {
				t.Errorf("stderr lacks %q:\n%s", want, errOut)
			}
		}
		if rows := readCSV(t, list); len(rows) != 1 || rows[0]["dropped"] != "false" {
			t.Errorf("pairs listed %v; want dup-s2, not dropped", rows)
		}
		code, _, errOut = run("-corpus", path, "-quiet", "-residue-list", res)
		want := "use -dedupe to count each once; every pair with its evidence: give -dedupe-list FILE\n"
		if code != cli.ExitOK || !strings.Contains(errOut, want) || strings.Contains(errOut, "give -residue-list") {
			t.Errorf("-residue-list alone: exit %d, stderr lacks %q:\n%s", code, want, errOut)
		}
	})
	t.Run("dropped and listed", func(t *testing.T) {
		list, res := filepath.Join(dir, "pairs.csv"), filepath.Join(dir, "residue.csv")
		code, _, errOut := run("-corpus", path, "-quiet", "-dedupe", "-dedupe-list", list, "-residue-list", res)
		if code != cli.ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		want := fmt.Sprintf(`; -dedupe dropped 1 of %d documents ("dup-s2"), keeping each cluster's earliest`, n)
		if !strings.Contains(errOut, want) || strings.Contains(errOut, "give -dedupe-list") {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
		// The sides' documents after the drop: one fewer on the state side, as many on the wire.
		if m := regexp.MustCompile(`; the sides now hold state (\d+) of (\d+), wire (\d+) of (\d+) documents`).FindStringSubmatch(errOut); m == nil ||
			atoi(m[2])-atoi(m[1]) != 1 || m[3] != m[4] {
			t.Errorf("stderr does not say what the sides hold after the drop:\n%s", errOut)
		}
		rows := readCSV(t, list)
		if len(rows) != 1 {
			t.Fatalf("%d pairs listed, want 1: %v", len(rows), rows)
		}
		r := rows[0]
		var j float64
		fmt.Sscan(r["jaccard"], &j)
		if r["group"] != "state" || r["kept_id"] != "dup-s1" || r["id"] != "dup-s2" || r["dropped"] != "true" ||
			r["shared_shingles"] != "40" || r["union_shingles"] != "42" || math.Abs(j-dupJaccard) > 1e-12 || r["cluster_size"] != "2" {
			t.Errorf("pair %v; want dup-s2 dropped for dup-s1, J = 40/42", r)
		}
		var kinds []string
		for _, r := range readCSV(t, res) {
			if r["action"] != "flagged" {
				t.Errorf("residue row %v", r)
			}
			kinds = append(kinds, strings.Join([]string{r["id"], r["side"], r["kind"], r["line"], r["match"]}, " "))
		}
		if w := []string{"res-s state script 2 function turn(p){", "res-w wire markup 1 <div class=\"pager\">", "res-w wire entity 1 &nbsp;"}; !slices.Equal(kinds, w) {
			t.Errorf("residue %q, want %q", kinds, w)
		}
	})
	t.Run("threshold and shingle", func(t *testing.T) {
		// 40/42 = 0.952 is below 0.96: nothing found.
		code, _, errOut := run("-corpus", path, "-quiet", "-dedupe", "-dedupe-threshold", "0.96")
		if code != cli.ExitOK || !strings.Contains(errOut, "near-duplicates: none within sides (Jaccard ≥ 0.96 over 5-word shingles)") {
			t.Errorf("exit %d:\n%s", code, errOut)
		}
		// Single words: the story's 43 different words (lower case; "on" twice), and the
		// copy's two more, J = 43/45; and now the two events' accounts of each side too: the
		// state's 14 different words and 3 more ("drills were routine"), J = 14/17; the
		// wire's 15 and 3 more ("drills alarmed neighbours"), J = 15/18.
		list := filepath.Join(t.TempDir(), "pairs.csv")
		code, _, errOut = run("-corpus", path, "-quiet", "-dedupe-shingle", "1", "-dedupe-list", list)
		if code != cli.ExitOK || !strings.Contains(errOut, "over 1-word shingles") {
			t.Fatalf("exit %d:\n%s", code, errOut)
		}
		var pairs []string
		for _, r := range readCSV(t, list) {
			pairs = append(pairs, fmt.Sprintf("%s>%s %s/%s", r["kept_id"], r["id"], r["shared_shingles"], r["union_shingles"]))
		}
		if w := []string{"both1-s>both2-s 14/17", "dup-s1>dup-s2 43/45", "both1-w>both2-w 15/18"}; !slices.Equal(pairs, w) {
			t.Errorf("pairs %q, want %q", pairs, w)
		}
	})
	t.Run("within all", func(t *testing.T) {
		list := filepath.Join(t.TempDir(), "pairs.csv")
		code, _, errOut := run("-corpus", path, "-quiet", "-dedupe-within", "all", "-dedupe-list", list)
		if code != cli.ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if !strings.Contains(errOut, "near-duplicates: 2 pairs in 1 clusters among all documents (Jaccard") {
			t.Errorf("stderr:\n%s", errOut)
		}
		var ids []string
		for _, r := range readCSV(t, list) {
			ids = append(ids, r["kept_id"]+">"+r["id"]+" "+r["dropped"])
		}
		// copy-w is the same words as dup-s1 (J = 1), so listed first.
		if w := []string{"dup-s1>copy-w false", "dup-s1>dup-s2 false"}; !slices.Equal(ids, w) {
			t.Errorf("pairs %q, want %q", ids, w)
		}
	})
	t.Run("same bytes in any order, any workers", func(t *testing.T) {
		var first []string
		rev := slices.Clone(dedupeDocs)
		slices.Reverse(rev)
		for i, c := range []struct {
			docs  []dedupeDoc
			procs int
		}{{dedupeDocs, 1}, {rev, 4}, {rev, 1}} {
			prev := runtime.GOMAXPROCS(c.procs)
			d := t.TempDir()
			p := writeDedupe(t, d, "dups.jsonl", c.docs)
			list, res := filepath.Join(d, "pairs.csv"), filepath.Join(d, "residue.csv")
			code, out, errOut := run("-corpus", p, "-quiet", "-dedupe", "-dedupe-within", "all", "-dedupe-list", list, "-residue-list", res)
			runtime.GOMAXPROCS(prev)
			if code != cli.ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			l, _ := os.ReadFile(list)
			r, _ := os.ReadFile(res)
			got := []string{out, strings.ReplaceAll(errOut, d, "DIR"), string(l), string(r)}
			if i == 0 {
				first = got
				continue
			}
			for k := range got {
				if got[k] != first[k] {
					t.Errorf("run %d (reversed input, GOMAXPROCS %d): output %d differs:\n%s\nfirst:\n%s", i, c.procs, k, got[k], first[k])
				}
			}
		}
	})
	for _, args := range [][]string{
		{"-dedupe-threshold", "0"}, {"-dedupe-threshold", "1.5"}, {"-dedupe-threshold", "NaN"}, {"-dedupe-threshold", "-0.2"},
		{"-dedupe-threshold", "high"}, {"-dedupe-shingle", "0"}, {"-dedupe-shingle", "26"}, {"-dedupe-within", "sides"},
	} {
		t.Run("usage "+strings.Join(args, " "), func(t *testing.T) {
			code, _, errOut := run(append([]string{"-corpus", path, "-dedupe"}, args...)...)
			if code != cli.ExitUsage || !strings.Contains(errOut, args[0]) {
				t.Errorf("exit %d, stderr %q; want exit 2 naming %s", code, errOut, args[0])
			}
		})
	}
	// How to look, without asking to look, is a usage error.
	for _, args := range [][]string{{"-dedupe-threshold", "0.9"}, {"-dedupe-shingle", "3"}, {"-dedupe-within", "all"}, {"-dedupe-within", "side"}} {
		t.Run("usage "+strings.Join(args, " ")+" alone", func(t *testing.T) {
			code, _, errOut := run(append([]string{"-corpus", path}, args...)...)
			want := args[0] + " sets how near-duplicates are looked for, which only -dedupe (drop them), -dedupe-list or -residue-list (list them) ask for"
			if code != cli.ExitUsage || !strings.Contains(errOut, want) {
				t.Errorf("exit %d, stderr %q; want exit 2 saying %q", code, errOut, want)
			}
		})
	}
	for _, flag := range []string{"-dedupe-list", "-residue-list"} {
		t.Run(flag+" unwritable", func(t *testing.T) {
			// A folder that does not exist is found before anything is read: a usage error.
			code, _, errOut := run("-corpus", path, "-quiet", flag, filepath.Join(dir, "no", "such", "list.csv"))
			if code != cli.ExitUsage || !strings.Contains(errOut, "list.csv") || !strings.Contains(errOut, "no folder") {
				t.Errorf("exit %d, stderr %q; want exit 2 naming the file and its missing folder", code, errOut)
			}
		})
	}
	t.Run("replay", func(t *testing.T) {
		d := t.TempDir()
		p := writeDedupe(t, d, "dups.jsonl", dedupeDocs)
		table, list := filepath.Join(d, "t.csv"), filepath.Join(d, "pairs.csv")
		t.Chdir(d) // report's default report.html goes there
		code, _, errOut := run("-corpus", p, "-quiet", "-dedupe", "-dedupe-threshold", "0.9", "-dedupe-list", list, "-csv", table)
		if code != cli.ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		settings := func() (map[string]any, []byte) {
			raw, err := os.ReadFile(table + ".provenance.json")
			var rec struct {
				Settings map[string]any `json:"settings"`
			}
			if err != nil || json.Unmarshal(raw, &rec) != nil {
				t.Fatalf("record: %v", err)
			}
			b, _ := json.Marshal(map[string]any{"dedupe": rec.Settings["dedupe"], "residue": rec.Settings["residue"]})
			return rec.Settings, b
		}
		s, first := settings()
		dd, _ := s["dedupe"].(map[string]any)
		opts, _ := dd["options"].(map[string]any)
		res, _ := s["residue"].(map[string]any)
		if dd["drop"] != true || dd["dropped"] != 1.0 || dd["pairs"] != 1.0 || dd["within"] != "side" || opts["threshold"] != 0.9 ||
			opts["shingle"] != 5.0 || dd["dropped_sha256"] == nil || res["flagged"] != 2.0 {
			t.Errorf("the record's settings: %s", first)
		}
		tab, _ := os.ReadFile(table)
		lst, _ := os.ReadFile(list)
		os.Remove(table)
		os.Remove(list)
		code, _, errOut = run("-replay", table+".provenance.json", "-force")
		if code != cli.ExitOK {
			t.Fatalf("replay: exit %d: %s", code, errOut)
		}
		tab2, _ := os.ReadFile(table)
		lst2, _ := os.ReadFile(list)
		_, again := settings()
		if string(tab2) != string(tab) || string(lst2) != string(lst) || len(lst) == 0 || string(again) != string(first) {
			t.Errorf("the replay differs: table %v, list %v, settings %s vs %s", string(tab2) == string(tab), string(lst2) == string(lst), again, first)
		}
		if !strings.Contains(errOut, "writes pairs.csv") && !strings.Contains(errOut, "writes "+list) {
			t.Errorf("the replay does not say it writes the list:\n%s", errOut)
		}
	})
}

// checkNotScreened checks that without -dedupe, -dedupe-list and -residue-list nothing is
// looked for: no summary line, no search (on a terminal, its progress line never shows),
// no "dedupe" or "residue" in the provenance record; and stdout and the CSV table are
// byte for byte those of a run that looks but drops nothing (-dedupe-list): the screen
// only reads. (Stdout's sizes of the files that carry the record are left out.)
func checkNotScreened(t *testing.T, name string, prog cli.RunFunc, run exec, path string) {
	dir := t.TempDir()
	t.Chdir(dir) // report's default report.html goes there
	outputs := func(args ...string) (stdout, stderr, table string, settings map[string]any) {
		t.Helper()
		csvPath := filepath.Join(dir, "t.csv") // the same path in stdout
		code, out, errOut := run(append([]string{"-corpus", path, "-quiet", "-csv", csvPath}, args...)...)
		if code != cli.ExitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		tab, err := os.ReadFile(csvPath)
		raw, err2 := os.ReadFile(csvPath + ".provenance.json")
		var rec struct {
			Settings map[string]any `json:"settings"`
		}
		if err != nil || err2 != nil || json.Unmarshal(raw, &rec) != nil {
			t.Fatalf("%v: the table or its record: %v, %v", args, err, err2)
		}
		// The files that carry the record (the record, an HTML report) differ in size.
		var lines []string
		for l := range strings.Lines(out) {
			if i := strings.LastIndex(l, " ("); strings.HasPrefix(l, "wrote ") && i > 0 &&
				(strings.HasSuffix(l[:i], ".provenance.json") || strings.HasSuffix(l[:i], ".html")) {
				l = l[:i] + " (N bytes)\n"
			}
			lines = append(lines, l)
		}
		return strings.Join(lines, ""), errOut, string(tab), rec.Settings
	}
	out, errOut, tab, settings := outputs()
	if strings.Contains(errOut, "near-duplicates:") || strings.Contains(errOut, "residue:") {
		t.Errorf("without the flags, stderr has a near-duplicate or residue line:\n%s", errOut)
	}
	if _, ok := settings["dedupe"]; ok {
		t.Errorf("without the flags, the record has \"dedupe\": %v", settings["dedupe"])
	}
	if _, ok := settings["residue"]; ok {
		t.Errorf("without the flags, the record has \"residue\": %v", settings["residue"])
	}
	out2, errOut2, tab2, settings2 := outputs("-dedupe-list", filepath.Join(t.TempDir(), "pairs.csv"))
	if !strings.Contains(errOut2, name+": near-duplicates: 1 pairs") || settings2["dedupe"] == nil || settings2["residue"] == nil {
		t.Fatalf("-dedupe-list: no summary line or record:\n%s", errOut2)
	}
	if out2 != out {
		t.Errorf("stdout without the flags differs from a run that looks but drops nothing:\n%s\nvs\n%s", out, out2)
	}
	if tab2 != tab || tab == "" {
		t.Errorf("the CSV without the flags differs from a run that looks but drops nothing:\n%s\nvs\n%s", tab, tab2)
	}
	// On a terminal, the search shows a progress line the moment it starts: none without
	// the flags.
	search := "\r" + name + ": looking for near-duplicates and residue"
	for _, args := range [][]string{nil, {"-residue-list", filepath.Join(t.TempDir(), "residue.csv")}} {
		var stdout bytes.Buffer
		var tty TTY
		if code := cli.Run(name, prog, append([]string{"-corpus", path}, args...), &stdout, &tty); code != cli.ExitOK {
			t.Fatalf("%v: exit %d: %s", args, code, tty.String())
		}
		if searched := strings.Contains(tty.String(), search); searched != (args != nil) {
			t.Errorf("%v: the search ran %v, want %v:\n%q", args, searched, args != nil, tty.String())
		}
	}
}

// atoi reads a count the programs wrote (digits and thousands' commas).
func atoi(s string) int {
	n, _ := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return n
}

// ReadProvenance decodes into v the provenance record written beside the output file
// path (path + ".provenance.json"), failing the test when it is missing or not JSON.
func ReadProvenance(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path + ".provenance.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s.provenance.json: %v", path, err)
	}
}
