package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestSmallN: a side or event with fewer than 10 documents (frames.MinDocuments) is named
// in a warning line on stderr; its shares, per side and per event, and the differences
// with them are marked "(small n)" in the text, a pooled difference with the number of
// its events that are; -csv has small_n on its rows and -json lists the groups in
// prevalence.small_n and flags the differences (small_n, small_events on pooled rows).
//
// The embedded sample has 5 state and 7 wire documents in English, 1 or 2 an event over 5
// events (its stderr's side lines and the text's per-event n): 12 groups, every one small,
// and so is every difference (the pooled ones in 5 of 5 events). The other corpora are
// invented (Halden), every document with the model's words: 10 documents a side in one
// event, 2 groups, none small (one event: no per-event groups or pooled rows); and 10 a
// side in one event plus 3 a side in another, 6 groups of which the second event's 2 are
// small: its shares and difference are flagged, the sides' (13 a side) are not, and the
// pooled rows are in 1 of their 2 events.
func TestSmallN(t *testing.T) {
	dir := t.TempDir()
	topics := []string{
		"The council of Halden voted to cut taxes and fund schools as the economy grew.",
		"Protesters clashed with police in Halden after the mayor closed the clinic.",
		"Ana Ruiz lost her home in the flood and neighbours helped her family rebuild.",
		"Ivo Marek called the deal a moral failure and urged leaders to act with honesty.",
		"Lena Varga proposed a plan to solve the water shortage with a new reservoir.",
	}
	// write writes a corpus with perSide[e] documents a side in event events[e].
	write := func(name string, events []string, perSide []int) string {
		var lines []string
		i := 0
		for e, event := range events {
			for range 2 * perSide[e] {
				kind := "state"
				if i%2 == 1 {
					kind = "wire"
				}
				b, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("d%02d", i), "event": event, "outlet": kind + " outlet", "kind": kind,
					"language": "english", "text": topics[i%5] + " " + topics[(i+2)%5]})
				lines = append(lines, string(b))
				i++
			}
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	big := write("big.jsonl", []string{"halden"}, []int{10})
	mixed := write("mixed.jsonl", []string{"halden", "varga"}, []int{10, 3})
	const warn = "frames: warning: small n: "
	allSmall := func(string) bool { return true }
	for _, c := range []struct {
		name   string
		args   []string
		stderr string // what the warning line says, "" for no warning
		groups int    // prevalence.small_n
		small  func(event string) bool
		pooled string // the pooled rows' mark in the text ("" none, or no pooled rows)
		poolN  int    // their small_events in -json
	}{
		{"the embedded sample", nil, warn + "12 of 12 groups have fewer than 10 documents with the model's words (state 5; wire 7; dam-flood / state 1;",
			12, allSmall, " (small n in 5 of 5 events)", 5},
		{"ten a side", []string{"-corpus", big}, "", 0, func(string) bool { return false }, "", 0},
		{"one small event", []string{"-corpus", mixed}, warn + "2 of 6 groups have fewer than 10 documents with the model's words (varga / state 3; varga / wire 3)",
			2, func(e string) bool { return e == "varga" }, " (small n in 1 of 2 events)", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			table := filepath.Join(t.TempDir(), "shares.csv")
			args := append([]string{"-replicates", "50"}, c.args...)
			if err := run(append(args, "-csv", table), &out, &errOut); err != nil {
				t.Fatal(err, errOut.String())
			}
			if c.stderr != "" && !strings.Contains(errOut.String(), c.stderr) || c.stderr == "" && strings.Contains(errOut.String(), warn) {
				t.Errorf("stderr, want %q:\n%s", c.stderr, errOut.String())
			}
			checkText(t, out.String(), c.small, c.pooled)
			checkCSV(t, table, c.small)
			out.Reset()
			if err := run(append(args, "-json"), &out, &errOut); err != nil {
				t.Fatal(err)
			}
			var res struct {
				Prevalence struct {
					MinDocuments int               `json:"min_documents"`
					SmallN       []json.RawMessage `json:"small_n"`
					Differences  []struct {
						Event       string `json:"event"`
						Pooled      bool   `json:"pooled"`
						Frame       string `json:"frame"`
						SmallN      bool   `json:"small_n"`
						SmallEvents int    `json:"small_events"`
					} `json:"differences"`
				} `json:"prevalence"`
			}
			if err := json.Unmarshal(out.Bytes(), &res); err != nil {
				t.Fatal(err)
			}
			if res.Prevalence.MinDocuments != 10 || len(res.Prevalence.SmallN) != c.groups || res.Prevalence.SmallN == nil {
				t.Errorf("-json: min_documents %d, %d small groups (%v); want 10, %d, not null", res.Prevalence.MinDocuments, len(res.Prevalence.SmallN), res.Prevalence.SmallN, c.groups)
			}
			if len(res.Prevalence.Differences) == 0 {
				t.Fatal("-json: no differences")
			}
			for _, d := range res.Prevalence.Differences {
				want, wantEvents := c.small(d.Event) || c.small(""), 0
				if d.Pooled {
					want, wantEvents = c.poolN > 0, c.poolN
				}
				if d.SmallN != want || d.SmallEvents != wantEvents {
					t.Errorf("-json: difference %q (pooled %v) %s: small_n %v, small_events %d; want %v, %d", d.Event, d.Pooled, d.Frame, d.SmallN, d.SmallEvents, want, wantEvents)
				}
			}
		})
	}
}

var (
	perEventLine = regexp.MustCompile(`^  (\S+) / \S+ \(n=\d+\)( \(small n\))?: `)
	diffLine     = regexp.MustCompile(` − .*  (all documents|pooled over \d+ events \(I² \d+%\))(.*)$`)
	shareLine    = regexp.MustCompile(`  n=\d+( \(small n\))?`)
)

// checkText checks the "(small n)" marks of the text's per-side and per-event shares and
// its differences: small says whether an event's ("" all documents) groups are small,
// pooled is the pooled rows' mark.
func checkText(t *testing.T, text string, small func(string) bool, pooled string) {
	t.Helper()
	var shares, events, diffs int
	for _, line := range strings.Split(text, "\n") {
		if m := perEventLine.FindStringSubmatch(line); m != nil {
			events++
			if got := m[2] != ""; got != small(m[1]) {
				t.Errorf("per-event line marked %v, want %v: %s", got, small(m[1]), line)
			}
		} else if m := diffLine.FindStringSubmatch(line); m != nil {
			diffs++
			want := ""
			switch {
			case strings.HasPrefix(m[1], "pooled"):
				want = pooled
			case small(""):
				want = " (small n)"
			}
			if m[2] != want {
				t.Errorf("difference line ends %q, want %q: %s", m[2], want, line)
			}
		} else if m := shareLine.FindStringSubmatch(line); m != nil {
			shares++
			if got := m[1] != ""; got != small("") {
				t.Errorf("share line marked %v, want %v: %s", got, small(""), line)
			}
		}
	}
	if shares == 0 || diffs == 0 {
		t.Errorf("%d share lines, %d per-event lines, %d difference lines:\n%s", shares, events, diffs, text)
	}
}

// checkCSV checks the small_n column of the -csv table at path.
func checkCSV(t *testing.T, path string, small func(string) bool) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col, ev := slices.Index(rows[0], "small_n"), slices.Index(rows[0], "event")
	if col < 0 || ev < 0 || len(rows) < 2 {
		t.Fatalf("-csv: header %q, %d rows", rows[0], len(rows)-1)
	}
	for _, r := range rows[1:] {
		event := r[ev]
		if event == "(all)" {
			event = ""
		}
		if want := fmt.Sprint(small(event)); r[col] != want {
			t.Errorf("-csv: small_n %s, want %s: %q", r[col], want, r)
		}
	}
}
