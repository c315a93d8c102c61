// Package cli holds what every framediff example program shares: exit codes, usage and
// flag errors, loading a corpus with every skipped or left-out record reported, language
// selection, terminal-safe output, provenance records and a -replay that trusts none of
// them (see [Common]), and the rules for sides and events that make every program treat
// the same data the same way (see [Input.Docs] and [Common.Pairs]). Each program's main.go
// then reads as its job.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Exit codes of every program.
const (
	ExitOK      = 0 // success, or -h
	ExitFailure = 1 // the job failed (unreadable input, no comparable documents, ...)
	ExitUsage   = 2 // bad flags or arguments
)

// A Program describes one command for its usage text.
type Program struct {
	Name     string   // the command's name, e.g. "compare"
	Summary  string   // what it does, in a sentence or two
	Examples []string // worked example commands, the first shown first
}

// usageError is an error in the command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// Usagef returns an error about the command line: the program exits with [ExitUsage].
func Usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// IsUsage reports whether err is an error about the command line.
func IsUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

// A RunFunc is a program's body: it reads args and writes its results to stdout and its
// progress and warnings to stderr.
type RunFunc func(args []string, stdout, stderr io.Writer) error

// Main runs a program on the process's arguments and exits with its code.
func Main(name string, run RunFunc) {
	os.Exit(Run(name, run, os.Args[1:], os.Stdout, os.Stderr))
}

// Run runs a program and returns its exit code: [ExitOK] on success and for -h (whose usage
// the flags printed to stdout), [ExitUsage] for a command-line error, [ExitFailure] for any
// other error. Errors are printed to stderr with the program's name, control characters
// escaped.
func Run(name string, run RunFunc, args []string, stdout, stderr io.Writer) int {
	err := run(args, stdout, Terminal(stderr))
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return ExitOK
	case IsUsage(err):
		fmt.Fprintf(stderr, "%s: %s\nRun '%s -h' for usage.\n", name, Escape(err.Error()), name)
		return ExitUsage
	}
	fmt.Fprintf(stderr, "%s: %s\n", name, Escape(err.Error()))
	return ExitFailure
}

// Flags is a flag set whose -h prints the program's usage to stdout and whose errors are
// usage errors. It knows which of its flags name files the program reads or writes, so
// that a provenance record can name them and -replay can check them.
type Flags struct {
	*flag.FlagSet
	prog   Program
	stdout io.Writer
	stderr io.Writer
	common *Common
	files  map[string]fileRole // flags that name files, by name
	// keywords holds, for a flag that names a file it reads, the value that names none
	// (-phrases auto): no digest, nothing to check.
	keywords map[string]string
}

// fileRole says what a program does with the file a flag names.
type fileRole int

const (
	readsFile    fileRole = iota + 1 // the program reads it
	writesFile                       // the program writes it
	writesRecord                     // the program writes it and a provenance record beside it
)

// NewFlags returns an empty flag set for the program; -h prints its usage to stdout, and
// -replay says what it will run on stderr.
func NewFlags(p Program, stdout, stderr io.Writer) *Flags {
	f := &Flags{FlagSet: flag.NewFlagSet(p.Name, flag.ContinueOnError), prog: p, stdout: stdout, stderr: stderr,
		files: map[string]fileRole{}, keywords: map[string]string{}}
	f.FlagSet.SetOutput(io.Discard)
	return f
}

// InputFile defines a string flag naming a file the program reads (as -a and -b of
// compare do): a provenance record lists its digest, and -replay checks it.
func (f *Flags) InputFile(name, usage string) *string {
	p := f.String(name, "", usage)
	f.files[name] = readsFile
	return p
}

// OutputFile defines a string flag naming a file the program writes, with a default;
// record says whether a provenance record is written beside it (FILE.provenance.json).
// -replay writes it only inside the record's folder unless it is given on the command
// line, and never over an existing file without -force.
func (f *Flags) OutputFile(name, value, usage string, record bool) *string {
	p := f.String(name, value, usage)
	f.files[name] = writesFile
	if record {
		f.files[name] = writesRecord
	}
	return p
}

// PrintUsage writes the program's usage: summary, examples and flags. Each flag is
// listed as the flag package lists it, with one difference: every default but the empty
// string and false is shown, 0 included ("(default 0)"), so that every numeric flag
// states its default; a flag whose empty default stands for something says so in its
// help, as "(default: every event)".
func (f *Flags) PrintUsage(w io.Writer) {
	fmt.Fprintf(w, "%s: %s\n\nUsage: %s [flags]\n", f.prog.Name, f.prog.Summary, f.prog.Name)
	if len(f.prog.Examples) > 0 {
		fmt.Fprintln(w, "\nExamples:")
		for _, e := range f.prog.Examples {
			fmt.Fprintf(w, "  %s\n", e)
		}
	}
	fmt.Fprintln(w, "\nFlags:")
	f.VisitAll(func(fl *flag.Flag) {
		var b strings.Builder
		fmt.Fprintf(&b, "  -%s", fl.Name)
		name, usage := flag.UnquoteUsage(fl)
		if name != "" {
			fmt.Fprintf(&b, " %s", name)
		}
		if b.Len() <= 4 { // a one-letter boolean: on one line, as the flag package does
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		if d := fl.DefValue; d != "" && d != "false" {
			if g, ok := fl.Value.(flag.Getter); ok {
				if _, isString := g.Get().(string); isString {
					d = strconv.Quote(d)
				}
			}
			fmt.Fprintf(&b, " (default %s)", d)
		}
		fmt.Fprintln(w, b.String())
	})
}

// Parse parses args. For -h it prints the usage to stdout and returns [flag.ErrHelp]; a bad
// flag or a positional argument is a usage error. With -replay RECORD it runs the
// arguments the record holds instead, once the record has passed the checks of
// [Common] (see -replay there). The shared flags of [Flags.Common] are checked here
// (sides, language, voice, ranges).
func (f *Flags) Parse(args []string) error {
	if err := f.parse(args); err != nil {
		return err
	}
	c := f.common
	if c == nil {
		return nil
	}
	c.cwd, _ = os.Getwd()
	if c.Replay != "" {
		if err := f.replay(); err != nil {
			return err
		}
	} else {
		if c.Force {
			return Usagef("-force goes with -replay: a run writes where its flags say")
		}
		c.args = slices.Clone(args)
	}
	return c.check(f)
}

func (f *Flags) parse(args []string) error {
	err := f.FlagSet.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		f.PrintUsage(f.stdout)
		return err
	case err != nil:
		return usageError{err}
	case f.NArg() > 0:
		return Usagef("unexpected arguments %q (every option is a flag)", f.Args())
	}
	return nil
}

// Escape returns s with control characters, and the Unicode formatting characters that
// reorder text (bidirectional overrides and isolates), written as Go escapes (\x1b,
// \u202e), so that article text can never drive the terminal: no color codes, bells,
// retitled windows, overwritten lines or reversed text. Newlines and tabs are escaped too:
// use it for one table cell or name. See [Terminal] for whole outputs.
func Escape(s string) string {
	return escape(s, false)
}

func escape(s string, keepLines bool) string {
	clean := true
	for _, r := range s {
		if unsafeRune(r, keepLines) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !unsafeRune(r, keepLines):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

func unsafeRune(r rune, keepLines bool) bool {
	switch {
	case r == '\n' || r == '\t':
		return !keepLines
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

// Terminal returns a writer that escapes, in everything written through it, the
// characters [Escape] escapes, except newlines and tabs: wrap a program's text output in it
// (not JSON or CSV, whose own escaping applies).
func Terminal(w io.Writer) io.Writer {
	if t, ok := w.(*terminal); ok {
		return t
	}
	t := &terminal{w: w}
	t.status.attach(w)
	return t
}

// A terminal escapes what is written through it, and erases the progress line (see
// [Common.Stage]) before it writes.
type terminal struct {
	w       io.Writer
	partial []byte // an incomplete UTF-8 sequence at the end of the last write
	status  status // the progress line drawn on w
}

func (t *terminal) Write(p []byte) (int, error) {
	t.status.mu.Lock()
	defer t.status.mu.Unlock()
	t.status.clear()
	buf := append(t.partial, p...)
	// Hold back an incomplete UTF-8 sequence at the end for the next write.
	cut := len(buf)
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-3; i-- {
		c := buf[i]
		if c < 0x80 {
			break
		}
		if c >= 0xC0 { // a leading byte: is its sequence complete?
			need := 2
			if c >= 0xE0 {
				need = 3
			}
			if c >= 0xF0 {
				need = 4
			}
			if len(buf)-i < need {
				cut = i
			}
			break
		}
	}
	t.partial = append([]byte(nil), buf[cut:]...)
	if _, err := io.WriteString(t.w, escape(string(buf[:cut]), true)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Language returns the canonical name of a language name or code, or a usage error naming
// it and the supported languages.
func Language(name string) (string, error) {
	l, err := framing.ResolveLanguage(name)
	if err != nil {
		return "", Usagef("-lang %q: want one of %s (or their ISO codes)", name, strings.Join(framing.Languages(), ", "))
	}
	return l, nil
}

// Clip shortens s to n runes for a table column, runs of white space made one space and
// the cut marked with "…".
func Clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Voices parses a -voice value: own, quoted or all.
func Voices(s string) (framing.Voices, error) {
	switch s {
	case "own":
		return framing.OwnVoice, nil
	case "quoted":
		return framing.QuotedVoices, nil
	case "all":
		return framing.AllVoices, nil
	}
	return 0, Usagef("-voice %q: want own, quoted or all", s)
}

// Protected splits a -protect value at commas.
func Protected(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// NonNegative returns a usage error unless every named value is 0 or more.
func NonNegative(values map[string]int) error {
	names := make([]string, 0, len(values))
	for n := range values {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if values[n] < 0 {
			return Usagef("-%s %d: want 0 or more", n, values[n])
		}
	}
	return nil
}

// OneLanguage is the error of a program that counts one language when -lang is empty and
// the documents it counts are in several: a usage error naming each language, with its
// documents where counts has them (0: not counted), and the -lang that keeps it. It
// returns nil for one language or none.
func OneLanguage(prog string, counts map[string]int) error {
	if len(counts) < 2 {
		return nil
	}
	langs := slices.Sorted(maps.Keys(counts))
	named, give := make([]string, len(langs)), make([]string, len(langs))
	for i, l := range langs {
		named[i] = l
		if n := counts[l]; n > 0 {
			named[i] = fmt.Sprintf("%s %d", l, n)
		}
		give[i] = "-lang " + l
	}
	return Usagef(`-lang "": the documents are in %d languages (%s) and %s counts one at a time: give %s`,
		len(langs), strings.Join(named, ", "), prog, strings.Join(give, " or "))
}

// DocLanguages counts docs by language (their resolved name; one framediff cannot
// analyze under its own).
func DocLanguages(docs ...[]corpus.Document) map[string]int {
	counts := map[string]int{}
	for _, ds := range docs {
		for _, d := range ds {
			l, err := framing.ResolveLanguage(d.Language)
			if err != nil {
				l = d.Language
			}
			counts[l]++
		}
	}
	return counts
}
