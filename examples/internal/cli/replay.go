package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/report"
)

// maxRecord bounds the size of a provenance record that -replay reads.
const maxRecord = 1 << 20

// A flagArg is one flag of an argument list, which args[start:end] hold.
type flagArg struct {
	name, value string
	start, end  int
	inline      bool // "-name=value"
	boolean     bool // a flag that takes no separate value
}

// flagArgs splits args into its flags, as the flag package parses them: "-name",
// "--name", "-name=value", or "-name value" for a flag that is not boolean. "--" ends the
// flags; anything else is an error.
func (f *Flags) flagArgs(args []string) ([]flagArg, error) {
	var out []flagArg
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			if i+1 < len(args) {
				return nil, fmt.Errorf("unexpected arguments %q after --", args[i+1:])
			}
			break
		}
		if len(a) < 2 || a[0] != '-' {
			return nil, fmt.Errorf("%q is not a flag", a)
		}
		s := strings.TrimPrefix(a[1:], "-")
		if s == "" || s[0] == '-' || s[0] == '=' {
			return nil, fmt.Errorf("bad flag syntax %q", a)
		}
		name, value, inline := strings.Cut(s, "=")
		fl := f.Lookup(name)
		if fl == nil {
			return nil, fmt.Errorf("-%s is not a flag of %s", name, f.prog.Name)
		}
		x := flagArg{name: name, value: value, start: i, end: i + 1, inline: inline}
		if b, ok := fl.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			x.boolean = true
			if !inline {
				x.value = "true"
			}
		} else if !inline {
			if i+1 == len(args) {
				return nil, fmt.Errorf("flag -%s needs a value", name)
			}
			i++
			x.value, x.end = args[i], i+1
		}
		out = append(out, x)
	}
	return out, nil
}

// rewrite returns args with the value of each flag that is not boolean passed through
// edit; a flag for which edit returns false is left out (a boolean flag is kept as
// written, or left out so).
func (f *Flags) rewrite(args []string, edit func(name, value string) (string, bool)) ([]string, error) {
	parts, err := f.flagArgs(args)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(args))
	for _, p := range parts {
		if p.boolean {
			if _, keep := edit(p.name, p.value); keep {
				out = append(out, args[p.start:p.end]...)
			}
			continue
		}
		v, keep := edit(p.name, p.value)
		switch {
		case !keep:
		case p.inline:
			prefix, _, _ := strings.Cut(args[p.start], "=")
			out = append(out, prefix+"="+v)
		default:
			out = append(out, args[p.start], v)
		}
	}
	return out, nil
}

// defaults returns the value of every option that args do not give, other than the
// options that name files and -force, -quiet, -replay and -help: what the run took by
// default.
func (f *Flags) defaults(args []string) (map[string]string, error) {
	parts, err := f.flagArgs(args)
	if err != nil {
		return nil, err
	}
	given := map[string]bool{}
	for _, p := range parts {
		given[p.name] = true
	}
	out := map[string]string{}
	f.VisitAll(func(fl *flag.Flag) {
		if _, file := f.files[fl.Name]; file || given[fl.Name] || notReplayed[fl.Name] {
			return
		}
		out[fl.Name] = fl.Value.String()
	})
	return out, nil
}

// notReplayed are the options a record's defaults leave out: the command line of the
// replay gives them.
var notReplayed = map[string]bool{"force": true, "quiet": true, "replay": true, "help": true, "h": true}

// replayCompat are values that an older version took and this one refuses, with what
// they meant then: a replay runs the meaning and says so.
var replayCompat = []struct{ flag, old, now, why string }{
	{"permutations", "0", "1000", "0 meant the default, 1000, until -permutations 0 was refused"},
}

// A changedDefault is an option whose default differs between a record and this version.
type changedDefault struct {
	name, recorded, now string
}

// replay replaces the parsed command line by the arguments of the provenance record
// c.Replay, after the checks [Common] describes, and prints what will run.
func (f *Flags) replay() error {
	c := f.common
	name := c.Replay
	// What the command line gives besides -replay.
	given := map[string]string{}
	var outputs []string
	for n, role := range f.files {
		if role == writesFile || role == writesRecord {
			outputs = append(outputs, "-"+n)
		}
	}
	slices.Sort(outputs)
	var refused error
	f.Visit(func(fl *flag.Flag) {
		role := f.files[fl.Name]
		switch {
		case fl.Name == "replay":
			return
		case fl.Name == "force", fl.Name == "quiet", fl.Name == "corpus", role == writesFile, role == writesRecord:
			given[fl.Name] = fl.Value.String()
		default:
			refused = Usagef("-replay runs the recorded command as it was: give with it only -force, -quiet, an output (%s), or -corpus for a record of stdin, not -%s",
				strings.Join(outputs, ", "), fl.Name)
		}
	})
	if refused != nil {
		return refused
	}
	rec, dir, err := readRecord(c.abs(name), f.prog.Name)
	if err != nil {
		return Usagef("-replay %s: %v", name, err)
	}
	if len(rec.Args) == 0 {
		return Usagef("-replay %s: the record has no arguments (a run of the embedded sample writes no table): nothing to replay", name)
	}
	parts, err := f.flagArgs(rec.Args)
	if err != nil {
		return Usagef("-replay %s: the recorded arguments: %v", name, err)
	}
	for _, p := range parts {
		if p.name == "replay" || p.name == "force" {
			return Usagef("-replay %s: the recorded arguments give -%s, which only the command line may", name, p.name)
		}
	}
	// Values an older version took: their meaning then.
	var compat []string
	recArgs, err := f.rewrite(rec.Args, func(n, v string) (string, bool) {
		for _, c := range replayCompat {
			if n == c.flag && v == c.old && f.Lookup(n) != nil {
				compat = append(compat, fmt.Sprintf("runs with -%s %s for the recorded -%s %s (%s)", n, c.now, n, c.old, c.why))
				return c.now, true
			}
		}
		return v, true
	})
	if err != nil {
		return Usagef("-replay %s: the recorded arguments: %v", name, err)
	}
	rec.Args = recArgs
	// Parse the recorded arguments over the command line's, then put back what it gave.
	if err := f.parse(rec.Args); err != nil {
		if IsUsage(err) {
			return Usagef("-replay %s: the recorded arguments: %v", name, err)
		}
		return fmt.Errorf("-replay %s: the recorded arguments: %w", name, err)
	}
	// The defaults the recorded run took that this version changed: set as recorded.
	recordedArgs := map[string]bool{}
	for _, p := range parts {
		recordedArgs[p.name] = true
	}
	var changed []changedDefault
	for _, n := range slices.Sorted(mapKeys(rec.Defaults)) {
		v := rec.Defaults[n]
		fl := f.Lookup(n)
		_, file := f.files[n]
		switch {
		case recordedArgs[n] || notReplayed[n] || file:
			// The arguments give it, or the command line of the replay does; a file is
			// never taken from defaults.
		case fl == nil:
			changed = append(changed, changedDefault{name: n, recorded: v})
		case fl.DefValue != v:
			if err := f.Set(n, v); err != nil {
				return Usagef("-replay %s: the recorded run took -%s %s by default, which this version refuses: %v", name, n, v, err)
			}
			changed = append(changed, changedDefault{name: n, recorded: v, now: fl.DefValue})
		}
	}
	recordedCorpus := ""
	if fl := f.Lookup("corpus"); fl != nil {
		recordedCorpus = fl.Value.String()
	}
	for n, v := range given {
		if err := f.Set(n, v); err != nil {
			return Usagef("-%s: %v", n, err)
		}
	}

	// The inputs: every file the arguments read, listed in the record with its digest.
	fromRecord := func(p string) string {
		if filepath.IsAbs(p) {
			return filepath.Clean(p)
		}
		return filepath.Join(dir, p)
	}
	listed := map[string]report.Input{} // by path from the record's folder; "-" for stdin
	for _, in := range rec.Inputs {
		key := in.Path
		if key != "" && key != "-" {
			key = fromRecord(key)
		}
		if key == "" {
			continue // the embedded sample, which is no file
		}
		if _, dup := listed[key]; dup {
			return Usagef("-replay %s: the record lists %s twice", name, in.Path)
		}
		listed[key] = in
	}
	var reads []replayRead
	resolved := map[string]string{} // flag -> its new value
	for _, n := range c.inputFlags() {
		v := f.Lookup(n).Value.String()
		switch {
		case n == "corpus" && recordedCorpus == "-":
			file, ok := given["corpus"]
			if !ok || file == "-" || file == "" {
				return Usagef("-replay %s: the recorded run read its corpus from stdin, which the record cannot give: give the same input with -corpus FILE", name)
			}
			if err := formatOf(file, c.Format); err != nil {
				return Usagef("-replay %s: -corpus %s: %v", name, file, err)
			}
			in, ok := listed["-"]
			if !ok {
				return Usagef("-replay %s: the recorded run read stdin, and the record lists no digest of it", name)
			}
			delete(listed, "-")
			reads = append(reads, replayRead{n, c.abs(file), in})
			resolved[n] = c.abs(file)
		case n == "corpus" && hasKey(given, "corpus"):
			return Usagef("-replay %s: -corpus replaces only a corpus the recorded run read from stdin", name)
		case v == "" || v == "-" && n == "corpus" || v == f.keywords[n]:
			// The embedded sample, or stdin read by another program's flag: nothing to check.
		default:
			p := fromRecord(v)
			in, ok := listed[p]
			if !ok {
				return Usagef("-replay %s: the recorded arguments read %s (-%s), which the record does not list", name, v, n)
			}
			delete(listed, p)
			reads = append(reads, replayRead{n, p, in})
			resolved[n] = p
		}
	}
	for _, k := range slices.Sorted(mapKeys(listed)) {
		return Usagef("-replay %s: the record lists %s, which its arguments do not read", name, listed[k].Path)
	}
	for _, r := range reads {
		if err := verify(r.path, r.in); err != nil {
			return fmt.Errorf("-replay %s: -%s %s: %w", name, r.flag, r.path, err)
		}
	}

	// The outputs: inside the record's folder, unless the command line gave them; none
	// that exists unless -force.
	realDir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return Usagef("-replay %s: %v", name, err)
	}
	var writes []string
	for _, n := range slices.Sorted(mapKeys(f.files)) {
		role := f.files[n]
		v := f.Lookup(n).Value.String()
		if role == readsFile || v == "" {
			continue
		}
		_, byUser := given[n]
		p := c.abs(v)
		if !byUser {
			p = fromRecord(v)
		}
		resolved[n] = p
		files := []string{p}
		if role == writesRecord {
			files = append(files, p+".provenance.json")
		}
		for _, out := range files {
			if err := checkOutput(out, realDir, !byUser, c.Force); err != nil {
				return Usagef("-replay %s: -%s %s: %v", name, n, out, err)
			}
			writes = append(writes, out)
		}
	}

	// The run's arguments: the record's, with paths from the current folder, the corpus
	// given for stdin, and the outputs the command line gave.
	rel := func(p string) string { // the shorter of p from the current folder and p
		r, err := filepath.Rel(c.cwd, p)
		if err != nil || c.cwd == "" || strings.Count(r, string(filepath.Separator)) >= strings.Count(p, string(filepath.Separator)) {
			return p
		}
		return r
	}
	args, err := f.rewrite(rec.Args, func(n, v string) (string, bool) {
		if n == "format" && recordedCorpus == "-" {
			return "", false
		}
		if _, ok := given[n]; ok && n != "corpus" {
			return "", false // given again below
		}
		if p, ok := resolved[n]; ok {
			return rel(p), true
		}
		return v, true
	})
	if err != nil {
		return Usagef("-replay %s: the recorded arguments: %v", name, err)
	}
	for _, n := range slices.Sorted(mapKeys(given)) {
		switch {
		case n == "corpus", n == "force":
		case n == "quiet":
			args = append(args, "-quiet="+given[n])
		default:
			args = append(args, "-"+n, rel(resolved[n]))
		}
	}
	for _, d := range changed {
		if f.Lookup(d.name) != nil {
			args = append(args, "-"+d.name+"="+d.recorded)
		}
	}
	for n, p := range resolved {
		if err := f.Set(n, rel(p)); err != nil {
			return Usagef("-%s: %v", n, err)
		}
	}
	if recordedCorpus == "-" {
		f.Set("format", "")
	}
	c.args = args
	f.printReplay(name, rec, reads, writes, changed, compat, rel)
	return nil
}

// A replayRead is a file a replay reads: its flag, its path, and its record.
type replayRead struct {
	flag, path string
	in         report.Input
}

// printReplay says on stderr what a replay will run, read and write.
func (f *Flags) printReplay(name string, rec *report.Provenance, reads []replayRead, writes []string, changed []changedDefault, compat []string, rel func(string) string) {
	w := f.stderr
	if w == nil {
		return
	}
	args := make([]string, len(f.common.args))
	for i, a := range f.common.args {
		args[i] = shellQuote(a)
	}
	fmt.Fprintf(w, "%s: replaying %s (%s, version %s, %s):\n  %s %s\n", f.prog.Name, Escape(name),
		Escape(rec.Tool), Escape(rec.Version), Escape(rec.Time), f.prog.Name, strings.Join(args, " "))
	for _, c := range compat {
		fmt.Fprintf(w, "  %s\n", c)
	}
	for _, d := range changed {
		if f.Lookup(d.name) == nil {
			fmt.Fprintf(w, "  the recorded run took -%s %s by default; this version has no -%s, and may differ\n", Escape(d.name), shellQuote(d.recorded), Escape(d.name))
			continue
		}
		fmt.Fprintf(w, "  runs with -%s %s, the recorded run's default (this version's is %s)\n", d.name, shellQuote(d.recorded), shellQuote(d.now))
	}
	if rec.Defaults == nil {
		fmt.Fprintf(w, "  the record lists no defaults (an older version wrote it): options its arguments do not give take this version's defaults\n")
	}
	if len(reads) == 0 {
		fmt.Fprintf(w, "  reads the embedded sample\n")
	}
	for _, r := range reads {
		fmt.Fprintf(w, "  reads %s (-%s, %d bytes, sha256 %s…, as recorded)\n", shellQuote(rel(r.path)), r.flag, r.in.Bytes, r.in.SHA256[:12])
	}
	for _, p := range writes {
		note := ""
		if _, err := os.Lstat(p); err == nil {
			note = " (over the existing file: -force)"
		}
		fmt.Fprintf(w, "  writes %s%s\n", shellQuote(rel(p)), note)
	}
}

// shellQuote returns s as a shell word: as it is if it holds only safe characters, else
// in single quotes; control characters are escaped (see [Escape]).
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=.,:/@%") == "" {
		return s
	}
	return "'" + Escape(strings.ReplaceAll(s, "'", `'\''`)) + "'"
}

// checkOutput checks a file a replay will write: if inRecord (the record gave it), it
// must lie inside the record's folder dir (symbolic links resolved); an existing file is
// overwritten only with force, and only if it is a regular file. That no output is a file
// the run reads, by any path, is checked with every run's outputs (Common.checkOutputs),
// once the replay has set the flags.
func checkOutput(path, dir string, inRecord, force bool) error {
	if inRecord {
		parent, err := filepath.EvalSymlinks(filepath.Dir(path))
		if err != nil {
			return err
		}
		real := filepath.Join(parent, filepath.Base(path))
		if r, err := filepath.Rel(dir, real); err != nil || r == "." || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
			return errors.New("outside the record's folder: a replay writes only there, or where the command line says (give the flag)")
		}
	}
	st, err := os.Lstat(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return errors.New("exists and is not a regular file")
	}
	if !force {
		return errors.New("exists: give -force to overwrite it, or the flag with another file")
	}
	return nil
}

// hasKey reports whether m has the key k.
func hasKey(m map[string]string, k string) bool { _, ok := m[k]; return ok }

// mapKeys returns the keys of m.
func mapKeys[V any](m map[string]V) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

var hexSHA256 = regexp.MustCompile(`^[0-9a-f]{64}$`)

// readRecord reads a provenance record of the program: a regular file of at most
// maxRecord bytes. It returns the record and its folder.
func readRecord(path, prog string) (*report.Provenance, string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, "", err
	}
	if !st.Mode().IsRegular() {
		return nil, "", errors.New("not a regular file")
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, "", err
	}
	defer file.Close()
	if st, err := file.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil, "", errors.New("not a regular file")
	}
	data, err := io.ReadAll(io.LimitReader(file, maxRecord+1))
	if err != nil {
		return nil, "", err
	}
	if len(data) > maxRecord {
		return nil, "", fmt.Errorf("larger than %d bytes: not a provenance record", maxRecord)
	}
	var p report.Provenance
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, "", fmt.Errorf("not a provenance record: %v", err)
	}
	if p.Tool != "framediff "+prog {
		return nil, "", fmt.Errorf("a record of %q, not of framediff %s", p.Tool, prog)
	}
	return &p, filepath.Dir(path), nil
}

// verify checks that the corpus file or folder at path has the digest in, reading it
// only if it is regular files and never past the recorded size.
func verify(path string, in report.Input) error {
	if !hexSHA256.MatchString(in.SHA256) || in.Bytes < 0 {
		return fmt.Errorf("the record gives no digest of it (sha256 %q, %d bytes)", in.SHA256, in.Bytes)
	}
	d, err := corpus.DigestFile(path, in.Bytes+1)
	if err != nil {
		return fmt.Errorf("cannot be checked against the record: %w", err)
	}
	if d.SHA256 != in.SHA256 || d.Bytes != in.Bytes {
		return errors.New("differs from the record: it changed since the run, or it is not the input the run read")
	}
	return nil
}

// formatOf checks that file's extension names the format a run read from stdin.
func formatOf(file, format string) error {
	ext := strings.ToLower(filepath.Ext(file))
	ok := ext == "."+format || format == "jsonl" && (ext == ".ndjson" || ext == ".jsonlines")
	if !ok {
		return fmt.Errorf("the recorded run read %s from stdin: give a .%s file", format, format)
	}
	return nil
}
