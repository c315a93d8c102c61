// Package clitest checks what every example program promises on its command line: -h
// prints usage and exits 0, with every flag's default stated once (see [HelpFlag]) and
// the shared flags' help as cli gives it, bad flags exit 2, -top 0 is refused and -top -1
// lists all, documents tagged "en" or
// "English" count as English, nothing an article contains reaches the terminal as a
// control sequence, the rules every program shares about sides, events and languages
// hold (who is on each side said, a side that matches nothing explained), a -lenient
// reading sums up what it skipped, a -field column the header lacks is named, a terminal
// sees a progress line, a provenance record replays safely, and near-duplicates and
// scraped-page residue are found, dropped on request, listed and recorded.
package clitest

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
)

// hostile is an event name, an outlet name and a text that try to drive the terminal: an OSC sequence
// that retitles the window, a bell, a color code, a carriage return that overwrites the
// line, and a right-to-left override.
const (
	hostileOutlet = "Evil\x1b]0;pwned\x07 Wire\u202e"
	hostileText   = "Troops \x1b[31mattacked\x1b[0m the village.\r Officials said the \u0085attack was \"unprovoked\". "
)

// HostileCorpus writes a small corpus to a temporary folder and returns its path: two events,
// each with a state and a wire account in English tagged "en", "English" or "EN", whose
// event names, outlet names and texts carry control sequences.
func HostileCorpus(t *testing.T) string {
	t.Helper()
	var docs []corpus.Document
	for i, e := range []string{"first\x1b]0;pwned\x07-event", "second-event"} {
		body := strings.Repeat(hostileText, 3)
		docs = append(docs,
			corpus.Document{ID: fmt.Sprint(i, "-a"), Event: e, Outlet: "State Daily", Kind: "state", Language: "en",
				Text: "The heroic army repelled the provocation near Soloria. " + body + " Soloria Soloria."},
			corpus.Document{ID: fmt.Sprint(i, "-b"), Event: e, Outlet: hostileOutlet, Kind: "wire", Language: []string{"English", "EN"}[i],
				Text: "Shelling hit the village near Soloria, witnesses said. " + body + " Soloria Soloria."},
		)
	}
	path := filepath.Join(t.TempDir(), "hostile.jsonl")
	var b bytes.Buffer
	if err := corpus.WriteJSONL(&b, docs...); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A TTY is a stderr that asks for progress lines, as a terminal gets them, at once: the
// progress checks give it to a program.
type TTY struct{ bytes.Buffer }

// ProgressDelay says that progress lines show at once.
func (*TTY) ProgressDelay() time.Duration { return 0 }

// Check runs the program's command-line checks. flags lists the flags it has among -top,
// -lang and -dedupe (for -dedupe, the near-duplicate and residue flags of cli.FlagDedupe).
func Check(t *testing.T, name string, run cli.RunFunc, flags ...string) {
	t.Helper()
	exec := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := cli.Run(name, run, args, &out, &errOut)
		return code, out.String(), errOut.String()
	}
	t.Run("help", func(t *testing.T) {
		code, out, errOut := exec("-h")
		if code != cli.ExitOK || !strings.Contains(out, "Usage:") || !strings.Contains(out, "go run ./examples/"+name) || errOut != "" {
			t.Errorf("-h: exit %d, stdout %q, stderr %q", code, out, errOut)
		}
	})
	t.Run("shared flags", func(t *testing.T) {
		// A flag that shares a name with one of cli.Common has its help text word for word,
		// but for its default and, for -figure, -seed, -lang, -top and -json, what the
		// program's own figure draws, its randomness seeds, an empty -lang does, -top counts
		// and its JSON holds (after "; "): one name, one meaning in every program.
		_, out, _ := exec("-h")
		listed := map[string]HelpFlag{}
		for _, f := range ParseHelp(out) {
			listed[f.Name] = f
		}
		ref := cli.NewFlags(cli.Program{Name: "ref"}, &bytes.Buffer{}, &bytes.Buffer{})
		ref.Common(&cli.Common{}, cli.FlagInput, cli.FlagSides, cli.FlagAnalysis, cli.FlagTest, cli.FlagOutput, "html", "figure", cli.FlagDedupe)
		var refOut bytes.Buffer
		ref.PrintUsage(&refOut)
		shared := 0
		for _, want := range ParseHelp(refOut.String()) {
			got, ok := listed[want.Name]
			if !ok {
				continue
			}
			shared++
			_, wantHelp := want.Default()
			_, gotHelp := got.Default()
			if want.Name == "figure" || want.Name == "seed" || want.Name == "lang" || want.Name == "top" || want.Name == "json" {
				wantHelp, gotHelp = want.Meaning(), got.Meaning()
			}
			if gotHelp != wantHelp || got.Arg != want.Arg {
				t.Errorf("-%s %s: the help text %q differs from the shared one, -%s %s %q", got.Name, got.Arg, gotHelp, want.Name, want.Arg, wantHelp)
			}
		}
		if shared < 5 {
			t.Errorf("only %d shared flags in the usage:\n%s", shared, out)
		}
	})
	t.Run("defaults in the help", func(t *testing.T) {
		// Every flag states its default once, at the end of its help; a numeric one always.
		_, out, _ := exec("-h")
		flags := ParseHelp(out)
		if len(flags) < 5 {
			t.Fatalf("%d flags in the usage:\n%s", len(flags), out)
		}
		for _, f := range flags {
			for _, p := range f.Problems() {
				t.Errorf("-%s %s %s: %q", f.Name, f.Arg, p, f.Help)
			}
		}
	})
	bad := [][]string{{"-no-such-flag"}, {"positional"}, {"-side-a", "color:red"}}
	for _, f := range flags {
		switch f {
		case "top":
			bad = append(bad, []string{"-top", "0"})
		case "lang":
			bad = append(bad, []string{"-lang", "klingon"})
		}
	}
	for _, args := range bad {
		t.Run("usage "+strings.Join(args, " "), func(t *testing.T) {
			code, _, errOut := exec(args...)
			if code != cli.ExitUsage || !strings.Contains(errOut, name+": ") {
				t.Errorf("exit %d, stderr %q; want exit 2 with a message", code, errOut)
			}
			if args[0] == "-lang" && !strings.Contains(errOut, "klingon") {
				t.Errorf("stderr %q does not name the language", errOut)
			}
		})
	}
	if slices.Contains(flags, "top") {
		t.Run("top -1", func(t *testing.T) {
			// A negative -top lists all: a valid value, whatever the program lists.
			if code, _, errOut := exec("-top", "-1", "-quiet"); code != cli.ExitOK {
				t.Errorf("exit %d, stderr %q; want 0", code, errOut)
			}
		})
	}
	t.Run("missing corpus", func(t *testing.T) {
		if code, _, errOut := exec("-corpus", filepath.Join(t.TempDir(), "missing.jsonl")); code != cli.ExitFailure || errOut == "" {
			t.Errorf("exit %d, stderr %q; want 1 with a message", code, errOut)
		}
	})
	t.Run("rules", func(t *testing.T) { checkRules(t, exec) })
	t.Run("input", func(t *testing.T) { checkInput(t, exec) })
	t.Run("progress", func(t *testing.T) {
		// On a terminal, a progress line shows and is erased before the program ends; with
		// -quiet, none shows.
		for _, quiet := range []bool{false, true} {
			var out bytes.Buffer
			var tty TTY
			args := []string{"-corpus", HostileCorpus(t)}
			if quiet {
				args = append(args, "-quiet")
			}
			if code := cli.Run(name, run, args, &out, &tty); code != cli.ExitOK {
				t.Fatalf("exit %d: %s", code, tty.String())
			}
			s := tty.String()
			draw := strings.LastIndex(s, "\r"+name+": ")
			switch {
			case quiet && strings.Contains(s, "\r"):
				t.Errorf("-quiet: a progress line drawn:\n%q", s)
			case !quiet && !strings.Contains(s, "\r"+name+": reading hostile.jsonl"):
				t.Errorf("no progress line while reading:\n%q", s)
			case !quiet && !strings.Contains(s[draw+1:], "\r\x1b[K"):
				t.Errorf("the last progress line is left standing:\n%q", s)
			}
		}
	})
	t.Run("replay", func(t *testing.T) { checkReplay(t, exec) })
	if slices.Contains(flags, "dedupe") {
		t.Run("dedupe", func(t *testing.T) { checkDedupe(t, name, run, exec) })
	}
	t.Run("hostile text", func(t *testing.T) {
		code, out, errOut := exec("-corpus", HostileCorpus(t))
		if code != cli.ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		for _, s := range []string{out, errOut} {
			for _, r := range s {
				if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 || r == '\u202e' {
					t.Fatalf("output carries control character %U:\n%s", r, s)
				}
			}
		}
		if !strings.Contains(out+errOut, `\x1b`) && name != "keyness" {
			t.Errorf("the hostile event name is not shown escaped:\n%s", out)
		}
	})
}

// FilesRefused checks a program that reads two plain-text files, -a and -b: an empty -a
// (given alone, or with a -b of words when emptyWithB) is a failure naming the file (as an
// empty corpus is), and the same file as -a and -b, by its path or through a link, is a
// usage error: a comparison needs two accounts.
func FilesRefused(t *testing.T, run cli.RunFunc, emptyWithB bool) {
	t.Helper()
	dir := t.TempDir()
	empty, text, link := filepath.Join(dir, "empty.txt"), filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt")
	if err := os.WriteFile(empty, []byte(" \n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(text, []byte("Routine drills safeguard sovereignty, officials said."), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"-a", empty, "-quiet"}
	if emptyWithB {
		args = append(args, "-b", text)
	}
	err := run(args, io.Discard, io.Discard)
	if err == nil || cli.IsUsage(err) || !strings.Contains(err.Error(), "-a "+empty+" is empty") {
		t.Errorf("%v: %v; want a failure naming the file", args, err)
	}
	pairs := [][2]string{{text, text}}
	if os.Symlink(text, link) == nil {
		pairs = append(pairs, [2]string{text, link})
	}
	for _, p := range pairs {
		err := run([]string{"-a", p[0], "-b", p[1], "-quiet"}, io.Discard, io.Discard)
		if err == nil || !cli.IsUsage(err) || !strings.Contains(err.Error(), "are the same file") {
			t.Errorf("-a %s -b %s: %v; want a usage error", p[0], p[1], err)
		}
	}
}
