package clitest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	osexec "os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestHelpRules: the rules on defaults catch the listings the new-user trial found.
func TestHelpRules(t *testing.T) {
	out := "prog: x\n\nFlags:\n" +
		"  -lang string\n    \tthe documents in this language (default: each document's own) (default \"english\")\n" +
		"  -seed uint\n    \tseed of the shuffles (0: the default seed)\n" +
		"  -corpus string\n    \tcorpus file; default: the embedded sample\n" +
		"  -top int\n    \trows to list per side; a negative number lists all (default 12)\n" +
		"  -event string\n    \tone event (default: every event)\n" +
		"  -dedupe-within side|outlet|all\n    \twhere (side; or outlet)\n    \tto look (default \"side\")\n" +
		"  -v\tverbose\n"
	flags := ParseHelp(out)
	var got []string
	for _, f := range flags {
		got = append(got, fmt.Sprintf("%s %q %v", f.Name, f.Arg, f.Problems()))
	}
	want := []string{
		`lang "string" [states its default 2 times states its default elsewhere than at the end states its default in prose ("default: ..."), not as "(default: ...)" at the end]`,
		`seed "uint" [is numeric but shows no default]`,
		`corpus "string" [states its default in prose ("default: ..."), not as "(default: ...)" at the end]`,
		`top "int" []`,
		`event "string" []`,
		`dedupe-within "side|outlet|all" []`,
		`v "" []`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if m := flags[3].Meaning(); m != "rows to list per side" {
		t.Errorf("meaning of -top %q", m)
	}
	if m := flags[5].Meaning(); m != "where (side; or outlet) to look" {
		t.Errorf("meaning of -dedupe-within %q: a \"; \" inside parentheses does not end it", m)
	}
}

// programSpecific lists the flags whose meaning (see HelpFlag.Meaning) differs between
// programs, and why. Any other flag that two programs have means the same in both.
var programSpecific = map[string]string{
	"seed": "each program seeds its own random draws; frames has a default seed of its own (frames.DefaultSeed)",
}

// TestEveryProgram builds every program under examples/ and checks what their -h and bad
// values say across programs: a flag that several programs have has one meaning, one
// value name and its default stated the same way; a value a flag cannot take is a usage
// error (exit 2), or, for a flag whose value is checked against the input (an event, a
// side, a file), left to the reading, which here fails for want of the corpus (exit 1).
func TestEveryProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every program")
	}
	goTool, err := osexec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the programs with")
	}
	bin := t.TempDir()
	build := osexec.Command(goTool, "build", "-o", bin+string(filepath.Separator), "../../...")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	mains, _ := filepath.Glob("../../*/main.go")
	var progs []string
	for _, m := range mains {
		name := filepath.Base(filepath.Dir(m))
		if _, err := os.Stat(filepath.Join("../..", name, "go.mod")); err == nil {
			continue // a module of its own (beam), outside ./examples/...
		}
		progs = append(progs, name)
	}
	if len(progs) < 7 {
		t.Fatalf("programs %q; want at least the seven of the README", progs)
	}
	run := func(prog string, args ...string) (int, string, string) {
		cmd := osexec.Command(filepath.Join(bin, prog), args...)
		cmd.Dir = t.TempDir()
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		var exit *osexec.ExitError
		switch {
		case errors.As(err, &exit):
			return exit.ExitCode(), out.String(), errOut.String()
		case err != nil:
			t.Fatalf("%s: %v", prog, err)
		}
		return 0, out.String(), errOut.String()
	}

	byName := map[string][]seen{}
	for _, prog := range progs {
		code, out, errOut := run(prog, "-h")
		flags := ParseHelp(out)
		if code != 0 || errOut != "" || len(flags) == 0 {
			t.Fatalf("%s -h: exit %d, stderr %q, %d flags", prog, code, errOut, len(flags))
		}
		for _, f := range flags {
			for _, p := range f.Problems() {
				t.Errorf("%s -%s %s: %q", prog, f.Name, p, f.Help)
			}
			byName[f.Name] = append(byName[f.Name], seen{prog, f})
		}
		t.Run(prog+" bad values", func(t *testing.T) { checkBadValues(t, prog, flags, run) })
	}
	checkReadmeFlags(t, progs, byName)
	for name, all := range byName {
		first := all[0]
		for _, s := range all[1:] {
			if s.flag.Arg != first.flag.Arg {
				t.Errorf("-%s: value named %q in %s, %q in %s", name, s.flag.Arg, s.prog, first.flag.Arg, first.prog)
			}
			if _, ok := programSpecific[name]; !ok && s.flag.Meaning() != first.flag.Meaning() {
				t.Errorf("-%s means %q in %s, %q in %s", name, s.flag.Meaning(), s.prog, first.flag.Meaning(), first.prog)
			}
		}
	}
}

// seen is a flag as one program's -h lists it.
type seen struct {
	prog string
	flag HelpFlag
}

// checkBadValues gives each flag of a program, one at a time, values it cannot take (a
// word for a number, a word no choice has) with a corpus that does not exist: the program
// must exit 2 naming the flag, or, if it takes the value, reach the reading and fail there
// (exit 1, no such file). No value may pass for a run (exit 0), fail otherwise, or panic.
func checkBadValues(t *testing.T, prog string, flags []HelpFlag, run func(string, ...string) (int, string, string)) {
	missing := filepath.Join(t.TempDir(), "missing.jsonl")
	inputs := []string{"-quiet", "-corpus", missing}
	for _, f := range flags {
		if f.Name == "coded" {
			// frames reads its coded documents first, and checks -codes and -frames
			// against them: they are missing too.
			inputs = append(inputs, "-coded", missing)
		}
	}
	for _, f := range flags {
		if f.Arg == "" || f.Name == "corpus" || f.Name == "coded" || f.Name == "replay" {
			continue // booleans; the inputs are given; -replay reads a record (checkReplay)
		}
		values := []string{"no-such-value"}
		if numericArg[f.Arg] {
			values = append(values, "-5", "1e400")
		}
		for _, v := range values {
			code, _, errOut := run(prog, append(slices.Clone(inputs), "-"+f.Name, v)...)
			switch {
			case strings.Contains(errOut, "panic") || strings.Contains(errOut, "goroutine "):
				t.Errorf("%s -%s %s: panics:\n%s", prog, f.Name, v, errOut)
			case code == 2 && strings.Contains(errOut, "Run '"+prog+" -h'"):
			case code == 1 && strings.Contains(errOut, "no such file or directory"):
			default:
				t.Errorf("%s -%s %s: exit %d, stderr %q; want 2 (a usage error), or 1 from reading the missing corpus", prog, f.Name, v, code, errOut)
			}
		}
	}
}

// checkReadmeFlags: every flag of the README's table of shared flags is taken by the
// programs its row names, "(only `a`, `b`)", or by all but those of "(all but `a`)", or,
// with neither, by every program; no more, no fewer.
func checkReadmeFlags(t *testing.T, progs []string, byName map[string][]seen) {
	t.Helper()
	b, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(b), "\n| flag | meaning |\n|---|---|\n")
	if !ok {
		t.Fatal("README: no table of shared flags")
	}
	table, _, _ = strings.Cut(table, "\n\n")
	backticked := func(s string) []string {
		var out []string
		for i, part := range strings.Split(s, "`") {
			if i%2 == 1 {
				out = append(out, part)
			}
		}
		return out
	}
	rows := 0
	for line := range strings.Lines(table) {
		cells := strings.Split(strings.ReplaceAll(line, `\|`, "/"), " | ")
		if len(cells) < 2 {
			t.Errorf("README: a row of shared flags without a meaning: %q", line)
			continue
		}
		rows++
		want := slices.Clone(progs)
		meaning := cells[len(cells)-1]
		for _, mark := range []string{"(only ", "(all but "} {
			i := strings.LastIndex(meaning, mark)
			if i < 0 {
				continue
			}
			var named []string
			for _, w := range backticked(meaning[i:]) {
				if slices.Contains(progs, w) {
					named = append(named, w)
				}
			}
			if mark == "(only " {
				want = named
			} else {
				want = slices.DeleteFunc(want, func(p string) bool { return slices.Contains(named, p) })
			}
		}
		slices.Sort(want)
		for _, f := range backticked(strings.TrimPrefix(cells[0], "| ")) {
			name, _, _ := strings.Cut(strings.TrimPrefix(f, "-"), " ")
			var got []string
			for _, s := range byName[name] {
				got = append(got, s.prog)
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("README: -%s is listed for %q; the programs that take it are %q", name, want, got)
			}
		}
	}
	if rows < 10 {
		t.Errorf("README: %d rows of shared flags read", rows)
	}
}
