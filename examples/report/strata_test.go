package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeSimpson writes an invented corpus in which lumping two events reverses the lean of
// "zorp" (every document 10 counted words: "zorp" and invented fillers):
//
//	event alpha: state 3 documents with zorp 4 times (12 of 30 words, rate 0.40),
//	             wire 9 documents with zorp 2 times (18 of 90, rate 0.20)
//	event beta:  state 9 documents, one with zorp once (1 of 90, rate 0.011),
//	             wire 3 documents without it (0 of 30)
//
// Within each event state uses zorp more; lumped, state has 13 of 120 words and wire 18
// of 120, so the lumped comparison leans to wire.
func writeSimpson(t *testing.T, path string) {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	filler := 0
	add := func(event, kind string, n int, zorps func(i int) int) {
		for i := range n {
			var words []string
			for range zorps(i) {
				words = append(words, "zorp")
			}
			for len(words) < 10 {
				words = append(words, fmt.Sprintf("qu%c%cx", 'a'+filler%26, 'a'+filler/26%26))
				filler++
			}
			d := map[string]string{"id": fmt.Sprintf("%s-%s-%d", event, kind, i), "event": event, "outlet": kind + "-outlet", "kind": kind,
				"text": strings.Join(words, " ") + "."}
			if err := enc.Encode(d); err != nil {
				t.Fatal(err)
			}
		}
	}
	add("alpha", "state", 3, func(int) int { return 4 })
	add("alpha", "wire", 9, func(int) int { return 2 })
	add("beta", "state", 9, func(i int) int { return min(1, max(0, 1-i)) })
	add("beta", "wire", 3, func(int) int { return 0 })
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestStrata: on a corpus of two events, the report's table and figure pool the terms by
// event, so that zorp leans to state as it does within each event; -lump gives the lumped
// comparison, which leans to wire, and says so.
func TestStrata(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "simpson.jsonl")
	writeSimpson(t, in)
	row := func(extra ...string) ([]string, string) {
		t.Helper()
		out := filepath.Join(dir, "t.csv")
		var stderr bytes.Buffer
		args := append([]string{"-corpus", in, "-csv", out, "-html", filepath.Join(dir, "t.html"), "-quiet", "-permutations", "200"}, extra...)
		if err := run(args, io.Discard, &stderr); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs[1:] {
			if r[6] == "zorp" {
				return r, stderr.String()
			}
		}
		t.Fatalf("no row for zorp")
		return nil, ""
	}
	r, msg := row()
	// event, measure, lean; counts over both events.
	if r[0] != "2 events pooled" || r[3] != "mantel-haenszel" || r[4] != "state" || r[9] != "13" || r[10] != "18" || r[19] == "" {
		t.Errorf("pooled row %q", r)
	}
	if !strings.Contains(msg, "2 events") || !strings.Contains(msg, "-lump") {
		t.Errorf("stderr does not say the events were pooled:\n%s", msg)
	}
	prov, err := os.ReadFile(filepath.Join(dir, "t.csv.provenance.json"))
	if err != nil || !strings.Contains(string(prov), `"strata": {`) || !strings.Contains(string(prov), `"lumped": false`) {
		t.Errorf("provenance lacks the strata: %s %v", prov, err)
	}
	r, msg = row("-lump")
	if r[0] != "2 events lumped" || r[3] != "log-odds" || r[4] != "wire" {
		t.Errorf("lumped row %q", r)
	}
	if !strings.Contains(msg, "lumped") || !strings.Contains(msg, "events program") {
		t.Errorf("stderr does not say the events were lumped:\n%s", msg)
	}
}

// TestStrataLeftOut: an event that only state covers is left out before the report is
// built (the rule every program follows); it must still reach the provenance (strata's
// left_out and left_out_events) and the page's data, not stderr only, and the provenance
// says what log_ratio is when pooled.
func TestStrataLeftOut(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "simpson.jsonl")
	writeSimpson(t, in)
	f, err := os.OpenFile(in, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Invented words, one document of side state in an event wire does not cover.
	if _, err := f.WriteString(`{"id":"gamma-state-0","event":"gamma","outlet":"state-outlet","kind":"state","text":"qzax qzbx qzcx qzdx."}` + "\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	out, page := filepath.Join(dir, "t.csv"), filepath.Join(dir, "t.html")
	if err := run([]string{"-corpus", in, "-csv", out, "-html", page, "-quiet", "-permutations", "50"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(out + ".provenance.json")
	if err != nil {
		t.Fatal(err)
	}
	var prov struct {
		Settings struct {
			LeftOut []string `json:"left_out_events"`
			Strata  struct {
				Events  []string `json:"events"`
				LeftOut []string `json:"left_out"`
			} `json:"strata"`
			LogRatio string `json:"log_ratio"`
		} `json:"settings"`
	}
	if err := json.Unmarshal(raw, &prov); err != nil {
		t.Fatal(err)
	}
	want := `"gamma" (side "wire" has no documents)`
	s := prov.Settings
	if len(s.LeftOut) != 1 || s.LeftOut[0] != want || len(s.Strata.LeftOut) != 1 || s.Strata.LeftOut[0] != want {
		t.Errorf("left out %q, strata's %q; want [%s] in both", s.LeftOut, s.Strata.LeftOut, want)
	}
	if len(s.Strata.Events) != 2 {
		t.Errorf("strata events %q, want alpha and beta", s.Strata.Events)
	}
	if !strings.Contains(s.LogRatio, "Mantel–Haenszel") {
		t.Errorf("provenance log_ratio %q, want it to name the Mantel–Haenszel odds ratio", s.LogRatio)
	}
	html, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(html, []byte(`"left_out":[`)) || !bytes.Contains(html, []byte("gamma")) {
		t.Errorf("the page's data does not carry the left-out event gamma")
	}
}
