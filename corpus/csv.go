package corpus

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
)

// LoadCSV reads a delimited file with a header row: comma-separated values (RFC 4180), or
// tab-separated values if the name ends in .tsv.
//
// Columns map to fields by their header names as [LoadOptions.Fields] describes; other
// columns go to Meta under their header name (an empty header name becomes "column N",
// 1-based). Two columns with one name (matched ignoring case) are an error wrapping
// [ErrSyntax] that names both, by position and as written. A header without a column for
// the event, the outlet or the text, which every record needs, is an error wrapping
// [ErrMissingField] that names the field, the column names that would give it (its own
// name and aliases, less those [LoadOptions.Fields] maps elsewhere or drops, and the names
// it maps to the field) and the header's columns, unless [LoadOptions.Defaults] or [LoadOptions.Compose] fills the field: one
// error about the file rather than one for each record. A file without a header row
// (empty, or only blank lines) is an error wrapping [ErrSyntax] that says so. Every record
// must have as many fields as the header. A record without an ID gets "name:line".
//
// CSV: a field may be quoted with '"' (a quote inside it doubled), and a quoted field may
// span lines; a quote character inside an unquoted field is text. A quoted field still open
// after [LoadOptions.MaxQuoteLines] lines or [LoadOptions.MaxQuoteBytes] bytes, or at the
// end of the file, is an error naming the line where it opened (and, for a limit, the
// limit in plain words: the error may reach a program's user, who never set LoadOptions).
// Errors give the line where the record starts.
//
// TSV has no quoting: each line is one record, its fields split at tabs, and a quote
// character is text. Fields cannot contain tabs or line breaks.
//
// In lenient mode (see [LoadOptions.Skip]) a malformed record is reported and reading
// resumes on the line after the one where it started, so a stray quote costs one record,
// not the rest of the file: every record is either loaded or reported.
func LoadCSV(fsys fs.FS, name string, opts *LoadOptions) (*Corpus, error) {
	if ext := strings.ToLower(path.Ext(name)); ext != ".csv" && ext != ".tsv" {
		return nil, &LoadError{File: name, Err: fmt.Errorf("%w: LoadCSV reads .csv and .tsv files", ErrFormat)}
	}
	return Load(fsys, name, opts)
}

func scanCSV(fsys fs.FS, name string, o *LoadOptions, col *collector, size int64) error {
	f, err := open(fsys, name, o, size)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := decodeInput(f)
	if err != nil {
		return &LoadError{File: name, Err: err}
	}
	rr := newRecordReader(r, strings.EqualFold(path.Ext(name), ".tsv"), o)

	header, line, err := rr.next()
	if err == io.EOF {
		what := "the file is empty"
		if rr.line > 0 {
			what = "the file holds only blank lines"
		}
		return &LoadError{File: name, Err: fmt.Errorf("%w: no header row: %s", ErrSyntax, what)}
	}
	if err != nil {
		return &LoadError{File: name, Line: line, Err: fmt.Errorf("header: %w", err)}
	}
	cols := make([]string, len(header))
	seen := make(map[string]int, len(header)) // 1 + index of the column of a lower-cased name
	for i, h := range header {
		h = strings.TrimSpace(h)
		if h == "" {
			h = fmt.Sprintf("column %d", i+1)
		}
		key := strings.ToLower(h)
		if j := seen[key]; j > 0 {
			return &LoadError{File: name, Line: line, Err: fmt.Errorf("header: %w: %s", ErrSyntax, sameName(j, i+1, cols[j-1], h))}
		}
		seen[key] = i + 1
		cols[i] = h
	}
	targets, err := o.bind(cols)
	if err != nil {
		return &LoadError{File: name, Line: line, Err: fmt.Errorf("header: %w", err)}
	}
	for i := range targets {
		if targets[i].field == fieldMetaObject {
			targets[i] = target{field: fieldMeta, meta: cols[i]}
		}
	}
	if err := o.lacking(targets, cols); err != nil {
		return &LoadError{File: name, Line: line, Err: fmt.Errorf("header: %w", err)}
	}

	for {
		rec, line, err := rr.next()
		if err == io.EOF {
			break
		}
		if err == nil && len(rec) != len(cols) {
			err = fmt.Errorf("%w: record has %d fields, the header %d", ErrSyntax, len(rec), len(cols))
			rr.resync()
		}
		if err != nil {
			if rr.ioErr != nil {
				return &LoadError{File: name, Line: line, Err: err}
			}
			if err := col.fail(&LoadError{File: name, Line: line, Err: err}); err != nil {
				return err
			}
			continue
		}
		var d Document
		var ferr error
		for i, v := range rec {
			if ferr = targets[i].set(&d, v); ferr != nil {
				ferr = fmt.Errorf("column %q: %w", cols[i], ferr)
				break
			}
		}
		if ferr == nil {
			ferr = o.finish(&d, name, line)
		}
		if ferr != nil {
			if err := col.fail(&LoadError{File: name, Line: line, Err: ferr}); err != nil {
				return err
			}
			continue
		}
		if err := col.add(d, name, line); err != nil {
			return err
		}
	}
	return nil
}

// lacking returns an error wrapping ErrMissingField if no column of a header (cols, bound
// to targets) gives a required field that nothing else fills (LoadOptions.Defaults, a
// composition): every record would lack it. The error names each such field, the column
// names that would give it with these options (its name and aliases that Fields leaves
// to it, and the names Fields maps to it), and the header's columns.
func (o *LoadOptions) lacking(targets []target, cols []string) error {
	var missing []string
	for _, f := range []int{fieldEvent, fieldOutlet, fieldText} {
		name := fieldNames[f]
		if slices.ContainsFunc(targets, func(t target) bool { return t.field == f }) ||
			len(o.Compose[name]) > 0 ||
			f == fieldEvent && strings.TrimSpace(o.Defaults.Event) != "" ||
			f == fieldOutlet && strings.TrimSpace(o.Defaults.Outlet) != "" {
			continue
		}
		// The names that give f with these options: the field's own name and its aliases
		// unless Fields maps them elsewhere or drops them, and the names Fields maps to it.
		var names []string
		if o.target(name).field == f {
			names = append(names, name)
		}
		others := slices.Collect(maps.Keys(fieldAliases))
		others = append(others, slices.Collect(maps.Keys(o.Fields))...)
		slices.Sort(others)
		for _, a := range slices.Compact(others) {
			if a != name && o.target(a).field == f {
				names = append(names, a)
			}
		}
		if len(names) == 0 {
			missing = append(missing, fmt.Sprintf("the %s (every name of which is mapped elsewhere or dropped)", name))
			continue
		}
		missing = append(missing, fmt.Sprintf("the %s (named %s)", name, orList(names)))
	}
	if len(missing) == 0 {
		return nil
	}
	quoted := make([]string, len(cols))
	for i, c := range cols {
		quoted[i] = strconv.Quote(c)
	}
	return fmt.Errorf("%w: no column gives %s, which every record needs; the columns are %s",
		ErrMissingField, orList(missing), strings.Join(quoted, ", "))
}

// orList joins words as "a", "a or b", "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// recordReader reads the records of a CSV or TSV file one at a time, keeping track of
// physical lines so that every error names the line where its record starts, and so that a
// malformed multi-line record can be re-read from its second line.
type recordReader struct {
	br       *bufio.Reader
	tsv      bool
	maxLines int
	maxBytes int

	line    int      // physical lines handed out so far
	pending []string // lines read ahead, to be handed out again (after a resync)
	used    []string // the lines of the record last returned, after the first
	ioErr   error
}

func newRecordReader(r *bufio.Reader, tsv bool, o *LoadOptions) *recordReader {
	rr := &recordReader{br: r, tsv: tsv, maxLines: o.MaxQuoteLines, maxBytes: o.MaxQuoteBytes}
	if rr.maxLines == 0 {
		rr.maxLines = 1000
	}
	if rr.maxBytes == 0 {
		rr.maxBytes = 1 << 20
	}
	return rr
}

// readLine returns the next physical line without its line break, or io.EOF.
func (rr *recordReader) readLine() (string, error) {
	if n := len(rr.pending); n > 0 {
		l := rr.pending[n-1]
		rr.pending = rr.pending[:n-1]
		rr.line++
		return l, nil
	}
	s, err := rr.br.ReadString('\n')
	if len(s) == 0 && err != nil {
		if err != io.EOF {
			rr.ioErr = err
		}
		return "", err
	}
	if err != nil && err != io.EOF {
		rr.ioErr = err
		return "", err
	}
	rr.line++
	s = strings.TrimSuffix(s, "\n")
	return strings.TrimSuffix(s, "\r"), nil
}

// resync hands the lines of the record last returned, after its first, out again: the
// record was malformed, and they may hold records of their own.
func (rr *recordReader) resync() {
	for i := len(rr.used) - 1; i >= 0; i-- {
		rr.pending = append(rr.pending, rr.used[i])
	}
	rr.line -= len(rr.used)
	rr.used = rr.used[:0]
}

// next returns the fields of the next non-blank record and the line where it starts. A
// syntax error wraps ErrSyntax; the reader has then already resynchronized.
func (rr *recordReader) next() ([]string, int, error) {
	rr.used = rr.used[:0]
	var l string
	var err error
	for {
		if l, err = rr.readLine(); err != nil {
			return nil, rr.line + 1, err
		}
		if l != "" {
			break
		}
	}
	start := rr.line
	if rr.tsv {
		return strings.Split(l, "\t"), start, nil
	}
	fields, err := rr.parseCSV(l, start)
	if err != nil {
		rr.resync()
	}
	return fields, start, err
}

// parseCSV parses one RFC 4180 record that begins with line, reading further lines while a
// quoted field is open.
func (rr *recordReader) parseCSV(line string, start int) ([]string, error) {
	var fields []string
	var b strings.Builder
	i := 0
	for {
		// At the start of a field.
		if i >= len(line) || line[i] != '"' {
			j := strings.IndexByte(line[i:], ',')
			if j < 0 {
				return append(fields, line[i:]), nil
			}
			fields = append(fields, line[i:i+j])
			i += j + 1
			continue
		}
		// A quoted field: up to the closing quote, across lines if need be.
		b.Reset()
		i++
		quoteLine, bytes := rr.line, 0
		for {
			j := strings.IndexByte(line[i:], '"')
			if j < 0 {
				b.WriteString(line[i:])
				bytes += len(line) - i + 1
				next, err := rr.readLine()
				if err != nil {
					if rr.ioErr != nil {
						return nil, err
					}
					return nil, fmt.Errorf("%w: the quoted field opened on line %d is never closed", ErrSyntax, quoteLine)
				}
				rr.used = append(rr.used, next)
				if rr.line-quoteLine >= rr.maxLines || bytes > rr.maxBytes {
					limit := fmt.Sprintf("span at most %s lines", thousands(rr.maxLines))
					if bytes > rr.maxBytes {
						limit = fmt.Sprintf("hold at most %s", byteSize(rr.maxBytes))
					}
					return nil, fmt.Errorf("%w: the quoted field opened on line %d is still open after %d lines (%d bytes): is a closing quotation mark missing? (a quoted field may %s)",
						ErrSyntax, quoteLine, rr.line-quoteLine, bytes, limit)
				}
				b.WriteByte('\n')
				line, i = next, 0
				continue
			}
			b.WriteString(line[i : i+j])
			i += j + 1
			if i < len(line) && line[i] == '"' { // a doubled quote
				b.WriteByte('"')
				i++
				continue
			}
			break
		}
		fields = append(fields, b.String())
		closed := fmt.Sprintf("line %d", rr.line)
		if rr.line != quoteLine {
			closed = fmt.Sprintf("line %d, closing the quote opened on line %d", rr.line, quoteLine)
		}
		switch {
		case i >= len(line):
			return fields, nil
		case line[i] == ',':
			i++
		default:
			return nil, fmt.Errorf("%w: %s: text after the closing quote of field %d (a quote inside a quoted field must be doubled)",
				ErrSyntax, closed, len(fields))
		}
	}
}

// thousands formats n with commas between groups of three digits (1,000).
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// byteSize formats n bytes as whole MiB or KiB when it is one (1 MiB), else in bytes.
func byteSize(n int) string {
	switch {
	case n > 0 && n%(1<<20) == 0:
		return thousands(n>>20) + " MiB"
	case n > 0 && n%(1<<10) == 0:
		return thousands(n>>10) + " KiB"
	}
	return thousands(n) + " bytes"
}

// sameName says that columns i and j (1-based) of a header have one name, a and b as
// written, and what to do: input names are matched ignoring case, so no option can tell
// the two apart.
func sameName(i, j int, a, b string) string {
	if a == b {
		return fmt.Sprintf("columns %d and %d are both named %q: rename one", i, j, a)
	}
	return fmt.Sprintf("columns %d and %d, %q and %q, have one name (names are matched ignoring case): rename one", i, j, a, b)
}
