package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSmallN: a side or event with fewer than 10 documents (frames.MinDocuments) is named
// in a warning line on stderr, its shares are marked in the text, and -json lists it in
// prevalence.small_n; with 10 documents a side in one event there is no warning. The
// embedded sample has 5 state and 7 wire documents in English, 1 or 2 an event over 5
// events (its stderr's side lines and the text's per-event n): 12 groups, every one small.
// The second corpus is invented (Halden), 10 documents a side, one event: 2 groups, none
// small (one event: no per-event groups).
func TestSmallN(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	topics := []string{
		"The council of Halden voted to cut taxes and fund schools as the economy grew.",
		"Protesters clashed with police in Halden after the mayor closed the clinic.",
		"Ana Ruiz lost her home in the flood and neighbours helped her family rebuild.",
		"Ivo Marek called the deal a moral failure and urged leaders to act with honesty.",
		"Lena Varga proposed a plan to solve the water shortage with a new reservoir.",
	}
	for i := range 20 {
		kind := "state"
		if i%2 == 1 {
			kind = "wire"
		}
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("d%02d", i), "event": "halden", "outlet": kind + " outlet", "kind": kind,
			"language": "english", "text": topics[i%5] + " " + topics[(i+2)%5]})
		lines = append(lines, string(b))
	}
	big := filepath.Join(dir, "big.jsonl")
	os.WriteFile(big, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	const warn = "frames: warning: small n: "
	for _, c := range []struct {
		name   string
		args   []string
		stderr string // what the warning line says, "" for no warning
		groups int    // prevalence.small_n
		marked bool   // "(small n)" in the text
	}{
		{"the embedded sample", nil, warn + "12 of 12 groups have fewer than 10 documents with the model's words (state 5; wire 7; dam-flood / state 1;", 12, true},
		{"ten a side", []string{"-corpus", big}, "", 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			args := append([]string{"-replicates", "50"}, c.args...)
			if err := run(args, &out, &errOut); err != nil {
				t.Fatal(err, errOut.String())
			}
			if c.stderr != "" && !strings.Contains(errOut.String(), c.stderr) || c.stderr == "" && strings.Contains(errOut.String(), warn) {
				t.Errorf("stderr, want %q:\n%s", c.stderr, errOut.String())
			}
			if got := strings.Contains(out.String(), "(small n)"); got != c.marked {
				t.Errorf("text marks small n: %v, want %v\n%s", got, c.marked, out.String())
			}
			out.Reset()
			if err := run(append(args, "-json"), &out, &errOut); err != nil {
				t.Fatal(err)
			}
			var res struct {
				Prevalence struct {
					MinDocuments int               `json:"min_documents"`
					SmallN       []json.RawMessage `json:"small_n"`
				} `json:"prevalence"`
			}
			if err := json.Unmarshal(out.Bytes(), &res); err != nil {
				t.Fatal(err)
			}
			if res.Prevalence.MinDocuments != 10 || len(res.Prevalence.SmallN) != c.groups || res.Prevalence.SmallN == nil {
				t.Errorf("-json: min_documents %d, %d small groups (%v); want 10, %d, not null", res.Prevalence.MinDocuments, len(res.Prevalence.SmallN), res.Prevalence.SmallN, c.groups)
			}
		})
	}
}
