package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// writeDocs writes docs as a JSON Lines corpus in a temporary folder.
func writeDocs(t *testing.T, docs []corpus.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := corpus.WriteJSONL(&b, docs...); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "docs.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// threeAndThree is one event with three state and three wire accounts. Each state account
// has "heroic" once among six counted words, so the three have one rate; no wire account
// has it.
func threeAndThree() []corpus.Document {
	var docs []corpus.Document
	for i, rest := range []string{"army repelled attack near Soloria", "defenders repelled raid near Soloria", "troops repelled assault near Soloria"} {
		docs = append(docs, corpus.Document{ID: fmt.Sprint("s", i), Event: "e", Outlet: "State Daily", Kind: "state", Language: "en",
			Text: "Heroic " + rest + "."})
	}
	for i, text := range []string{"Shelling hit the village near Soloria, witnesses said.", "Shelling damaged homes near Soloria, residents said.",
		"Residents fled shelling near Soloria on Monday."} {
		docs = append(docs, corpus.Document{ID: fmt.Sprint("w", i), Event: "e", Outlet: "Wire One", Kind: "wire", Language: "en", Text: text})
	}
	return docs
}

// TestDocumentLevel: with documents on both sides, compare tests the terms over
// documents and says how; its table shows the documents of each side that hold a term and
// the document-level p adjusted, and its CSV the unadjusted p.
//
// By hand: 6 documents, 3 a side, can be labelled C(6,3) = 20 ways, all enumerated, so the
// smallest p is 1/20 = 0.05. "heroic" has one rate in the three state accounts and none in
// the wire ones, so neither side varies and |t| is infinite; only the observed labelling
// and its mirror reach it: p = 2/20 = 0.1.
func TestDocumentLevel(t *testing.T) {
	path := writeDocs(t, threeAndThree())
	table := filepath.Join(t.TempDir(), "t.csv")
	var out, errOut bytes.Buffer
	if err := run([]string{"-corpus", path, "-csv", table, "-quiet"}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	s := out.String()
	for _, want := range []string{
		"document-level test: 3 and 3 documents with counted words, all 20 arrangements of the side labels (exact), smallest possible p 0.05",
		"token p adj", "docs A/B", "doc p adj"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	heroic := ""
	for line := range strings.Lines(s) {
		if f := strings.Fields(line); len(f) > 0 && f[0] == "Heroic" {
			heroic = line
		}
	}
	if f := strings.Fields(heroic); len(f) != 8 || f[2] != "3" || f[3] != "0" || f[6] != "3/0" {
		t.Errorf("the row of heroic %q: want counts 3 and 0 in 3 and 0 documents", heroic)
	}
	f, err := os.Open(table)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	found := false
	for _, r := range recs[1:] {
		if r[col["side_a"]] != "state" || r[col["side_b"]] != "wire" || r[col["measure"]] != "log-odds" || r[col["event"]] != "e" {
			t.Fatalf("row %q: sides, measure or event missing", r)
		}
		if r[col["term"]] == "heroic" {
			found = true
			if r[col["doc_p"]] != "0.1" || r[col["doc_freq_a"]] != "3" || r[col["doc_freq_b"]] != "0" || r[col["lean"]] != "state" {
				t.Errorf("heroic: doc_p %s in %s and %s documents, lean %s; want 0.1 in 3 and 0, state", r[col["doc_p"]],
					r[col["doc_freq_a"]], r[col["doc_freq_b"]], r[col["lean"]])
			}
		}
	}
	if !found {
		t.Error("no row for heroic")
	}

	// -permutations -1 skips the test and says so in the flag's words, not the library's
	// (the text said "not asked for (DocTestOptions.Permutations < 0)"); -seed is recorded.
	out.Reset()
	if err := run([]string{"-corpus", path, "-permutations", "-1", "-quiet"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "document-level test not run: -permutations -1 asks for none") || strings.Contains(out.String(), "DocTestOptions") || strings.Contains(out.String(), "3/0") {
		t.Errorf("-permutations -1:\n%s", out.String())
	}
}

// TestFilesNotTested: two files are one document a side, which no test over documents
// can judge: the table says so, and the CSV leaves the document-level cells empty.
func TestFilesNotTested(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Routine drills safeguard sovereignty."), 0o644)
	os.WriteFile(b, []byte("Large drills simulate a blockade."), 0o644)
	var out bytes.Buffer
	if err := run([]string{"-a", a, "-b", b}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "document-level test not run: 1 and 1 document(s)") {
		t.Errorf("output:\n%s", out.String())
	}
}

// TestUnderflow: a p-value below 1e-300 is written as "<1e-300", not as the 0 a double
// underflows to. By hand, the two-sided normal tail beyond z is below 2φ(z)/z, which at z
// = 38 is 2·e^-722/(38·√(2π)), about 1e-315: any term with |z| > 38 has p < 1e-300.
func TestUnderflow(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte(strings.Repeat("sovereignty drills. ", 40000)), 0o644)
	os.WriteFile(b, []byte(strings.Repeat("blockade drills. ", 40000)), 0o644)
	table := filepath.Join(dir, "t.csv")
	if err := run([]string{"-a", a, "-b", b, "-csv", table}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(table)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	tested := 0
	for _, r := range recs[1:] {
		z, _ := strconv.ParseFloat(r[col["score"]], 64)
		if z > 38 || z < -38 {
			tested++
			if r[col["token_p"]] != "<1e-300" {
				t.Errorf("%s: z %.1f, token_p %q; want <1e-300", r[col["word"]], z, r[col["token_p"]])
			}
		}
		if p := r[col["token_p"]]; p == "0" {
			t.Errorf("%s: token_p 0", r[col["word"]])
		}
	}
	if tested == 0 {
		t.Fatalf("no term with |z| > 38: the test shows nothing\n%v", recs)
	}
}

// TestStopAndVariants: -stop drops words besides the stop list; -variant counts one
// spelling as another.
func TestStopAndVariants(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Kiev said Kiev will hold. Officials in Kyiv agreed. All calm."), 0o644)
	os.WriteFile(b, []byte("Kyiv said the line will hold. All quiet in Kyiv."), 0o644)
	counts := func(args ...string) map[string][2]int {
		var out bytes.Buffer
		if err := run(append([]string{"-a", a, "-b", b, "-json", "-top", "-1"}, args...), &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		var rep report
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
			t.Fatal(err)
		}
		m := map[string][2]int{}
		for _, k := range append(rep.Comparisons[0].TopA, rep.Comparisons[0].TopB...) {
			m[k.Term] = [2]int{k.CountA, k.CountB}
		}
		return m
	}
	before := counts()
	if before["kiev"] != [2]int{2, 0} || before["kyiv"] != [2]int{1, 2} || before["calm"] != [2]int{1, 0} {
		t.Fatalf("counts before: %v", before)
	}
	after := counts("-variant", "Kiev=Kyiv", "-stop", "calm,said")
	if _, ok := after["kiev"]; ok || after["kyiv"] != [2]int{3, 2} {
		t.Errorf("-variant Kiev=Kyiv: kiev %v, kyiv %v; want kyiv 3 and 2", after["kiev"], after["kyiv"])
	}
	if _, ok := after["calm"]; ok {
		t.Errorf("-stop calm: still counted")
	}
	if _, ok := after["said"]; ok {
		t.Errorf("-stop said: still counted")
	}
}

// TestPhrases: -phrases auto finds the corpus's multiword expressions over every document
// read, says so, and counts each as one term; -phrases-out writes the table, which
// -phrases FILE reads back to the same comparison.
func TestPhrases(t *testing.T) {
	var docs []corpus.Document
	for i := range 8 {
		kind, outlet, own := "state", "State Daily", "Heroic defenders kept order."
		if i%2 == 1 {
			kind, outlet, own = "wire", "Wire One", "Shelling was heard nearby."
		}
		docs = append(docs, corpus.Document{ID: fmt.Sprint("d", i), Event: "e", Outlet: outlet, Kind: kind, Language: "en",
			Text: own + " Hong Kong voters queued early. In Hong Kong, turnout rose; Hong Kong officials praised the order. " +
				fmt.Sprintf("Local report %d said Hong Kong stayed calm and the city was quiet.", i)})
	}
	path := writeDocs(t, docs)
	dir := t.TempDir()
	list := filepath.Join(dir, "phrases.txt")
	var out, errOut bytes.Buffer
	if err := run([]string{"-corpus", path, "-phrases", "auto", "-phrases-out", list, "-json", "-top", "-1", "-quiet"}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	if !strings.Contains(errOut.String(), "compare: phrases: 1 found in 8 documents (Hong Kong)") {
		t.Errorf("no summary of the phrases:\n%s", errOut.String())
	}
	if b, err := os.ReadFile(list); err != nil || string(b) != "Hong Kong\n" {
		t.Errorf("-phrases-out: %q, %v", b, err)
	}
	if !strings.Contains(out.String(), `"term": "hong_kong"`) || strings.Contains(out.String(), `"term": "kong"`) {
		t.Errorf("Hong Kong is not one term:\n%s", out.String())
	}
	var again bytes.Buffer
	if err := run([]string{"-corpus", path, "-phrases", list, "-json", "-top", "-1", "-quiet"}, &again, io.Discard); err != nil {
		t.Fatal(err)
	}
	if again.String() != out.String() {
		t.Error("-phrases FILE gives another comparison than -phrases auto with the same table")
	}
}
