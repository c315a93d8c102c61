package cli

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain — text «ok»", "plain — text «ok»"},
		{"a\x1b]0;title\x07b", `a\x1b]0;title\x07b`},
		{"line\rover", `line\x0dover`},
		{"tab\there\nnext", `tab\x09here\x0anext`},
		{"c1 \u0085 del \x7f", `c1 \x85 del \x7f`},
		{"rtl \u202etxt.exe", `rtl \u202etxt.exe`},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTerminalSplitWrites(t *testing.T) {
	// A multi-byte character split across writes is held back, not mangled; newlines and
	// tabs pass.
	in := "é\u202e\t\x1b[0m\n«»"
	var b bytes.Buffer
	w := Terminal(&b)
	for i := 0; i < len(in); i++ {
		if _, err := w.Write([]byte{in[i]}); err != nil {
			t.Fatal(err)
		}
	}
	if want := "é\\u202e\t\\x1b[0m\n«»"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestRunExitCodes(t *testing.T) {
	prog := Program{Name: "p", Summary: "does p", Examples: []string{"p -n 3"}}
	run := func(args []string, stdout, stderr io.Writer) error {
		fs := NewFlags(prog, stdout, stderr)
		n := fs.Int("n", 1, "a count")
		if err := fs.Parse(args); err != nil {
			return err
		}
		if *n == 0 {
			return errors.New("zero \x1b[31m")
		}
		return nil
	}
	for _, tt := range []struct {
		args       []string
		code       int
		out, errIn string
	}{
		{[]string{"-h"}, ExitOK, "Examples:\n  p -n 3", ""},
		{[]string{"-n", "x"}, ExitUsage, "", "invalid value"},
		{[]string{"extra"}, ExitUsage, "", "unexpected arguments"},
		{[]string{"-n", "0"}, ExitFailure, "", `zero \x1b[31m`},
		{nil, ExitOK, "", ""},
	} {
		var out, errOut bytes.Buffer
		code := Run("p", run, tt.args, &out, &errOut)
		if code != tt.code || !strings.Contains(out.String(), tt.out) || !strings.Contains(errOut.String(), tt.errIn) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", tt.args, code, out.String(), errOut.String())
		}
	}
}
