package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrainedOn: the header says a model learned from the embedded sample is learned from
// invented documents, for a demonstration, and what a study does instead; one learned
// from -coded names the file and says nothing of the sort. -json says it too.
func TestTrainedOn(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
		demo bool
	}{
		{"embedded sample", nil, "Frame models learned from the 60 coded documents of the embedded invented sample", true},
		{"-coded", []string{"-coded", "coded.jsonl"}, "Frame models learned from the 60 coded documents of coded.jsonl", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := run(append([]string{"-quiet", "-replicates", "50"}, tc.args...), &out, io.Discard); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(out.String(), tc.want) {
				t.Errorf("header %q, want %q", strings.SplitN(out.String(), "\n", 2)[0], tc.want)
			}
			if got := strings.Contains(out.String(), "a real study trains on coded documents of its own"); got != tc.demo {
				t.Errorf("says the sample is a demonstration: %v, want %v", got, tc.demo)
			}
			var js bytes.Buffer
			if err := run(append([]string{"-quiet", "-replicates", "50", "-json"}, tc.args...), &js, io.Discard); err != nil {
				t.Fatal(err)
			}
			var r struct {
				TrainedOn string `json:"trained_on"`
			}
			if err := json.Unmarshal(js.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix("Frame models learned from "+r.TrainedOn, tc.want) {
				t.Errorf("trained_on %q, want it to begin as %q", r.TrainedOn, tc.want)
			}
		})
	}
}

// TestShiftCannotFire: with one document a side (an event of the sample), the shift
// test's bound 1.95·√(1/n + …) is above 1, the most D can be: each share says the test
// cannot fire instead of printing a bound it can never pass, and -json marks exactly the
// shares whose bound is 1 or more.
func TestShiftCannotFire(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-quiet", "-replicates", "50", "-event", "dam-flood"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.Contains(line, "n=1") && !strings.HasSuffix(line, "shift test cannot fire") {
			t.Errorf("a share of one document prints a shift test: %q", line)
		}
	}
	var js bytes.Buffer
	if err := run([]string{"-quiet", "-replicates", "50", "-json"}, &js, io.Discard); err != nil {
		t.Fatal(err)
	}
	var r struct {
		Prevalence struct {
			Shares []struct {
				Documents int
				Shift     struct {
					Critical   float64 `json:"critical"`
					CannotFire bool    `json:"cannot_fire"`
				} `json:"shift"`
			} `json:"shares"`
		} `json:"prevalence"`
	}
	if err := json.Unmarshal(js.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	fired, not := 0, 0
	for _, s := range r.Prevalence.Shares {
		if s.Shift.CannotFire != (s.Shift.Critical >= 1) {
			t.Errorf("cannot_fire %v with bound %.3f", s.Shift.CannotFire, s.Shift.Critical)
		}
		if s.Shift.CannotFire {
			fired++
		} else {
			not++
		}
	}
	if fired == 0 || not == 0 {
		t.Errorf("%d shares cannot fire, %d can: want some of each on the sample (its events have 1 or 2 documents a side, its sides 5 and 7)", fired, not)
	}
}

// TestNoCoverage: documents whose counted words are almost none of the model's (fewer than
// 1 in 2,000: 0.0% as printed) give no shares, which would be the model's intercept, but
// an error that says why; at 1 in 1,900 they give shares. Each document has one word the
// model knows ("agreement"), among invented words it does not.
func TestNoCoverage(t *testing.T) {
	filler := func(n int) string {
		words := []string{"zorblat", "quimfy", "vextor", "plindrake"}
		var b strings.Builder
		for i := range n {
			b.WriteString(words[i%len(words)])
			b.WriteString(" ")
		}
		return b.String()
	}
	for _, tc := range []struct {
		name  string
		words int // counted words of each document, "conflict" among them
		fails bool
	}{
		{"1 in 2,100", 2100, true},
		{"1 in 1,900", 1900, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var data strings.Builder
			for i, kind := range []string{"state", "wire", "state", "wire"} {
				b, _ := json.Marshal(map[string]string{"id": string(rune('a' + i)), "event": "vote", "outlet": "Halden " + kind, "kind": kind,
					"text": "agreement " + filler(tc.words-1)})
				data.Write(append(b, '\n'))
			}
			path := filepath.Join(t.TempDir(), "c.jsonl")
			if err := os.WriteFile(path, []byte(data.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			err := run([]string{"-quiet", "-replicates", "50", "-corpus", path}, &out, io.Discard)
			if got := err != nil && strings.Contains(err.Error(), "no share is printed"); got != tc.fails {
				t.Errorf("error %v; want the no-coverage error: %v", err, tc.fails)
			}
			if got := strings.Contains(out.String(), "Share of each side"); got == tc.fails {
				t.Errorf("shares printed: %v, want %v", got, !tc.fails)
			}
		})
	}
}
