package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/framediff/framediff/examples/internal/clitest"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-permutations", "100"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"state vs wire over 5 events", "so-called", "Placebo: Atlas Newswire vs Meridian Press", "72 arrangements", "delegitimizing", "laudatory"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{{"-side-a", "color:red"}, {"-corpus", "missing.jsonl"}, {"stray-flag=1", "-nope"}} {
		if err := run(args, &bytes.Buffer{}, io.Discard); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestCommandLine(t *testing.T) {
	clitest.Check(t, prog.Name, run, "top", "lang")
}

// TestGroups: -groups prints each pair's divergence beyond chance where a null exists, and
// says "none" rather than a sentinel where a mean has no pair to average.
func TestGroups(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-groups", "outlets", "-permutations", "50"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	// The sample's two wires share two events with several documents: their row of the
	// beyond-chance matrix has a number where the pair meets, not "-".
	_, after, ok := strings.Cut(out.String(), "beyond chance, over the events both cover (")
	if !ok {
		t.Fatalf("no beyond-chance matrix:\n%s", out.String())
	}
	row := ""
	for line := range strings.Lines(after) {
		if strings.Contains(line, "Atlas Newswire") {
			row = line
			break
		}
	}
	if f := strings.Fields(row); len(f) != 7 || f[4] == "-" {
		t.Errorf("Atlas Newswire's beyond-chance row %q: want a number against Meridian Press\n%s", row, out.String())
	}
	for _, want := range []string{"between groups of one kind 0.5143 bits (2 pairs)", "beyond chance, over the events both cover: between groups of one kind 0."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := run([]string{"-groups", "kinds", "-permutations", "50"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	// Two kinds: no pair of one kind to average.
	if s := out.String(); strings.Contains(s, "-1.0000") || strings.Count(s, "of one kind none (no such pair)") != 2 {
		t.Errorf("-groups kinds:\n%s", s)
	}
}
