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
	if err := run(nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Names both sides mention: Soloria", "around \"soloria\"", "cooperation", "How each side refers to them"} {
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
