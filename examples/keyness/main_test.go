package main

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/framediff/framediff/examples/internal/clitest"
)

func TestReport(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, m := range []string{"log-odds", "g2-2term", "chi2-quanteda", "fisher", "lrc", "pdiff", "scaled-f", "Jensen-Shannon", "so-called"} {
		if !strings.Contains(s, m) {
			t.Errorf("report lacks %q", m)
		}
	}
}

func TestJSON(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-json", "-event", "island-drills", "-top", "3", "-adjust", "holm"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var rep report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Measures) != 12 || rep.Options.Adjust != "holm" || len(rep.Shift) != 6 || rep.Account["jaccard"] <= 0 {
		t.Errorf("report: %d measures, adjust %q, %d shifts, %v", len(rep.Measures), rep.Options.Adjust, len(rep.Shift), rep.Account)
	}
	for _, m := range rep.Measures {
		// LRC is conservative: with one short article per side it may list nothing.
		if len(m.TopA) == 0 && m.Measure != "lrc" || len(m.TopA) > 3 {
			t.Errorf("%s: %d terms for A", m.Measure, len(m.TopA))
		}
	}
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{{"-side-a", "color:red"}, {"-event", "nope"}, {"-adjust", "fdr"}, {"-corpus", "missing.csv"}, {"-top", "x"}} {
		if err := run(args, &bytes.Buffer{}, io.Discard); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestCommandLine(t *testing.T) {
	clitest.Check(t, prog.Name, run, "top", "lang")
}
