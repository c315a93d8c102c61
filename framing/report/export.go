// Package report writes framediff's results for other tools and for readers: tidy CSV and
// JSON Lines tables that R and pandas read directly, a provenance record that reproduces a
// run, and a self-contained HTML report (no network access) with a scatter of terms, bar
// charts and keyword-in-context lines, each term's token-level and document-level
// p-values, and on request the rates of chosen terms and categories over time
// (Options.Time) and the share of each side's documents with each frame of a frame model
// (NewFrames).
//
// # Tables
//
// [WriteCSV] and [WriteJSONL] take a slice of any result rows of package framing
// ([framing.KeyTerm], [framing.Shift], [framing.Line], [framing.Count],
// [framing.LoadedTerm], [framing.PooledTerm], ...). Columns are the rows' JSON field names,
// in field order; a nested struct's fields are flattened with its name as a prefix
// ("forms_text"), while an embedded struct's fields are inlined as in JSON; a list or map
// goes into one cell as JSON. Enumerations are written as their names ("quote", not 1), and
// sets of flags as their names joined by ";". A pointer field is written as what it points
// to, and a nil one as an empty cell (null in JSON Lines): a missing value, as R and pandas
// read an empty cell. Every table has one header row and one row per item (tidy, long
// format).
//
// CSV follows RFC 4180. A text cell that a spreadsheet would execute as a formula is written
// with a leading apostrophe, unless [CSVOptions.Raw] is set: one that starts with a tab or a
// carriage return, or whose first character after any blanks, control and invisible
// formatting characters (space, no-break space, zero-width space, byte order mark, ...) is
// =, +, - or @ in any width or form (full-width \uFF1D "＝", small \uFE66, ...: whatever
// Unicode compatibility folding, NFKC, maps to them). Numbers never get the apostrophe.
//
// CSV writes a value that is not a number so that no reader mistakes it for one, as the
// example programs' tables do. A p-value column (named "p" or "p_adj", or ending in "_p" or
// "_p_adj": token_p, doc_p_adj, perm_p, random_p, ...) has an empty cell, a missing value,
// where the number is negative (framing's -1 for a term not tested), and "<1e-300" where it
// is below 1e-300 (0 included: a p-value that underflowed, which no test gives; a double
// loses precision below it). A document-frequency column (named "doc_freq" or starting
// with "doc_freq_") has an empty cell where the count is negative (framing's -1 where the
// document-level test did not count it). So R's mean(doc_p) and pandas' mean() leave out
// the terms not tested, where -1 would silently be averaged in. Only plain numbers are
// rewritten: a field of a type that writes itself (encoding.TextMarshaler, json.Marshaler)
// is written as it says. JSON Lines keeps the rows' own JSON, -1 and all.
//
// Both writers follow one rule for numbers: a NaN or an infinity anywhere in a row (a
// field, a nested field, an element of a list) is an error wrapping [ErrNonFinite] that
// names the row and the column, and nothing of that row is written.
package report

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ErrRows is returned for rows that are not a slice of structs.
var ErrRows = errors.New("report: rows must be a slice of structs (or of pointers to structs)")

// ErrNonFinite is returned for a row that holds a NaN or an infinity, which a table cannot
// carry as a number (JSON has no such values; in CSV, R and pandas would read them as text
// or as a missing value).
var ErrNonFinite = errors.New("report: a number is NaN or infinite")

// CSVOptions tunes [WriteCSV]. The zero value is the documented default.
type CSVOptions struct {
	// Raw turns off the neutralizing of cells a spreadsheet would run as formulas.
	Raw bool
}

// column is one column of a table: the path of struct field indexes to its value.
type column struct {
	name  string
	index []int
}

// columns returns the columns of a struct type: JSON names, nested structs flattened.
func columns(t reflect.Type, prefix string, index []int) []column {
	var out []column
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		idx := append(append([]int{}, index...), i)
		ft := f.Type
		if f.Anonymous && name == "" && ft.Kind() == reflect.Struct && !implementsText(ft) {
			out = append(out, columns(ft, prefix, idx)...) // embedded: inlined, as in JSON
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		if ft.Kind() == reflect.Struct && !implementsText(ft) {
			out = append(out, columns(ft, prefix+name+"_", idx)...)
			continue
		}
		out = append(out, column{name: prefix + name, index: idx})
	}
	return out
}

var textMarshaler = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()

func implementsText(t reflect.Type) bool {
	return t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler)
}

// rowsOf returns the element type and values of a slice of structs.
func rowsOf(rows any) (reflect.Type, []reflect.Value, error) {
	v := reflect.ValueOf(rows)
	if v.Kind() != reflect.Slice {
		return nil, nil, ErrRows
	}
	t := v.Type().Elem()
	ptr := t.Kind() == reflect.Pointer
	if ptr {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil, nil, ErrRows
	}
	out := make([]reflect.Value, 0, v.Len())
	for i := 0; i < v.Len(); i++ {
		e := v.Index(i)
		if ptr {
			if e.IsNil() {
				return nil, nil, fmt.Errorf("report: row %d is nil: %w", i, ErrRows)
			}
			e = e.Elem()
		}
		out = append(out, e)
	}
	return t, out, nil
}

// cell formats one value as text, and reports whether it is a number. A pointer is the
// cell of what it points to; a nil pointer, an empty cell.
func cell(v reflect.Value) (string, bool, error) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return "", false, nil
		}
		return cell(v.Elem())
	}
	if v.CanInterface() {
		if m, ok := v.Interface().(encoding.TextMarshaler); ok {
			b, err := m.MarshalText()
			return string(b), false, err
		}
		if v.CanAddr() {
			if m, ok := v.Addr().Interface().(encoding.TextMarshaler); ok {
				b, err := m.MarshalText()
				return string(b), false, err
			}
		}
		if m, ok := v.Interface().(json.Marshaler); ok && v.Kind() != reflect.Struct {
			// An enumeration or a set of flags: by name ("quote"; "thin;one_side").
			b, err := m.MarshalJSON()
			if err != nil {
				return "", false, err
			}
			var str string
			if json.Unmarshal(b, &str) == nil {
				return str, false, nil
			}
			var strs []string
			if json.Unmarshal(b, &strs) == nil {
				return strings.Join(strs, ";"), false, nil
			}
			return string(b), false, nil
		}
		if s, ok := v.Interface().(fmt.Stringer); ok && v.Kind() != reflect.String && v.Kind() != reflect.Struct {
			return s.String(), false, nil
		}
	}
	switch v.Kind() {
	case reflect.String:
		return v.String(), false, nil
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), false, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), true, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10), true, nil
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, 64), true, nil
	}
	b, err := json.Marshal(v.Interface())
	return string(b), false, err
}

// pValueFloor is the smallest p-value WriteCSV writes as a number; below it, it writes
// "<1e-300".
const pValueFloor = 1e-300

// Kinds of column whose negative numbers are missing values (see the package doc).
const (
	plainColumn = iota
	pColumn     // a p-value: empty if negative, "<1e-300" below pValueFloor
	countColumn // a document frequency: empty if negative
)

// columnKind returns what a column's name says its numbers are.
func columnKind(name string) int {
	switch {
	case name == "p" || name == "p_adj" || strings.HasSuffix(name, "_p") || strings.HasSuffix(name, "_p_adj"):
		return pColumn
	case name == "doc_freq" || strings.HasPrefix(name, "doc_freq_"):
		return countColumn
	}
	return plainColumn
}

// numberCell rewrites the cell s of a plain number x in a column of kind k: an empty cell
// for a missing value, "<1e-300" for a p-value below pValueFloor (see the package doc).
func numberCell(k int, x float64, s string) string {
	switch {
	case k != plainColumn && x < 0:
		return ""
	case k == pColumn && x < pValueFloor:
		return "<1e-300"
	}
	return s
}

// WriteCSV writes rows (a slice of structs) as an RFC 4180 CSV table with one header row.
// A p-value or document-frequency column has empty cells where no test ran and "<1e-300"
// for p-values below 1e-300 (see the package doc).
func WriteCSV(w io.Writer, rows any, opts *CSVOptions) error {
	t, vals, err := rowsOf(rows)
	if err != nil {
		return err
	}
	cols := columns(t, "", nil)
	cw := csv.NewWriter(w)
	header := make([]string, len(cols))
	kinds := make([]int, len(cols))
	for i, c := range cols {
		header[i] = c.name
		kinds[i] = columnKind(c.name)
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	record := make([]string, len(cols))
	for n, v := range vals {
		if err := finiteRow(n, v, "_"); err != nil {
			cw.Flush() // the rows before it
			return err
		}
		for i, c := range cols {
			f := v.FieldByIndex(c.index)
			s, number, err := cell(f)
			if err != nil {
				return fmt.Errorf("report: column %s: %w", c.name, err)
			}
			if number && kinds[i] != plainColumn {
				s = numberCell(kinds[i], plainNumber(f), s)
			}
			if !number && (opts == nil || !opts.Raw) {
				s = neutralize(s)
			}
			record[i] = s
		}
		if err := cw.Write(record); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// plainNumber returns the value of v, a number that cell wrote as one (through pointers).
func plainNumber(v reflect.Value) float64 {
	for v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return float64(v.Uint())
	}
	return v.Float()
}

// neutralize prefixes an apostrophe to a text cell that a spreadsheet would run as a
// formula (OWASP's advice for CSV injection), looking past the leading characters a
// spreadsheet skips and through the other widths and forms of the formula characters.
func neutralize(s string) string {
	if s == "" {
		return s
	}
	if s[0] == '\t' || s[0] == '\r' {
		return "'" + s
	}
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.In(r, unicode.Cc, unicode.Cf) {
			continue
		}
		if formulaStart(r) {
			return "'" + s
		}
		break
	}
	return s
}

// formulaStart reports whether r is =, +, - or @, or folds to one of them under NFKC.
func formulaStart(r rune) bool {
	if r < 0x80 {
		return r == '=' || r == '+' || r == '-' || r == '@'
	}
	// The first character of its folding, if ASCII: folding again would not end for a
	// character that folds to itself ("é").
	f, _ := utf8.DecodeRuneInString(norm.NFKC.String(string(r)))
	return f < 0x80 && formulaStart(f)
}

// finiteRow returns an error wrapping ErrNonFinite if row n (counted from 0, reported
// from 1) holds a NaN or an infinity; sep joins the names of nested fields in the column
// named ("_" as in CSV headers, "." as in JSON paths).
func finiteRow(n int, row reflect.Value, sep string) error {
	if path, x, ok := nonFinite(row, "", sep); ok {
		return fmt.Errorf("report: row %d, column %s: %v: %w", n+1, path, x, ErrNonFinite)
	}
	return nil
}

// nonFinite finds the first NaN or infinity in v (fields in order, list elements in order,
// map values in key order), and its path from v.
func nonFinite(v reflect.Value, path, sep string) (string, float64, bool) {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		if x := v.Float(); math.IsNaN(x) || math.IsInf(x, 0) {
			return path, x, true
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return nonFinite(v.Elem(), path, sep)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if p, x, ok := nonFinite(v.Index(i), fmt.Sprintf("%s[%d]", path, i), sep); ok {
				return p, x, true
			}
		}
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
		for _, k := range keys {
			if p, x, ok := nonFinite(v.MapIndex(k), fmt.Sprintf("%s[%v]", path, k), sep); ok {
				return p, x, true
			}
		}
	case reflect.Struct:
		if t := v.Type(); implementsText(t) || t.Implements(jsonMarshaler) || reflect.PointerTo(t).Implements(jsonMarshaler) {
			return "", 0, false // written in its own form
		}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			p := path
			switch {
			case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
				// embedded: inlined, as in JSON
			case name == "":
				p = join(path, strings.ToLower(f.Name), sep)
			default:
				p = join(path, name, sep)
			}
			if p, x, ok := nonFinite(v.Field(i), p, sep); ok {
				return p, x, true
			}
		}
	}
	return "", 0, false
}

func join(path, name, sep string) string {
	if path == "" {
		return name
	}
	return path + sep + name
}

var jsonMarshaler = reflect.TypeOf((*json.Marshaler)(nil)).Elem()

// WriteJSONL writes rows (a slice of structs) as JSON Lines: one object per row, with the
// rows' own JSON field names (nested values kept nested).
func WriteJSONL(w io.Writer, rows any) error {
	_, vals, err := rowsOf(rows)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for n, v := range vals {
		if err := finiteRow(n, v, "."); err != nil {
			bw.Flush()
			return err
		}
		if err := enc.Encode(v.Interface()); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Provenance records what produced a result, so that it can be checked and run again.
type Provenance struct {
	Tool string `json:"tool"` // the program ("framediff report")
	// Version is framediff's module version, the VCS revision of a development build, or
	// for a build that recorded none (go run, go test, -buildvcs=false) and whose source is
	// a git checkout, "(devel) git REVISION" ("+dirty" when tracked files differ from it),
	// as git reports it when the run starts; "(devel)" when none of these is known.
	Version string `json:"version"`
	Go      string `json:"go"` // the Go toolchain
	// Time is when the run started, in UTC (RFC 3339).
	Time string `json:"time"`
	// Args are the command-line arguments, which replay the run.
	Args []string `json:"args,omitempty"`
	// Inputs are the files read, with their sizes and SHA-256 digests.
	Inputs []Input `json:"inputs"`
	// Settings are every setting of the run, as the results carry them (enumerations by
	// name: "voices": "narrative+reported+title").
	Settings map[string]any `json:"settings"`
	// Seed is the random seed of permutation tests, if any ran.
	Seed uint64 `json:"seed,omitempty"`
	// Defaults are the values the run took for the options its Args do not give (option
	// name without its dash → value as the command line would write it), so that a replay
	// by a later version whose defaults changed can run what this run ran. A record whose
	// arguments give every option has an empty map; one written before records kept
	// defaults (or by [NewProvenance] alone) has none (null).
	Defaults map[string]string `json:"defaults"`
}

// An Input is a file a run read.
type Input struct {
	Path   string `json:"path"`
	Bytes  int64  `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// NewProvenance starts a record for the tool, with the build's version, the current time,
// args, and the digests of the input files (an empty path stands for the embedded sample).
func NewProvenance(tool string, args []string, inputs ...string) (*Provenance, error) {
	p := &Provenance{Tool: tool, Version: version(), Time: time.Now().UTC().Format(time.RFC3339), Args: args,
		Inputs: []Input{}, Settings: map[string]any{}}
	if bi, ok := debug.ReadBuildInfo(); ok {
		p.Go = bi.GoVersion
	}
	for _, path := range inputs {
		in, err := hashFile(path)
		if err != nil {
			return nil, err
		}
		p.Inputs = append(p.Inputs, in)
	}
	return p, nil
}

// Set records a setting; the value is stored as its JSON form (so enumerations appear by
// name).
func (p *Provenance) Set(name string, value any) error {
	b, err := json.Marshal(value)
	if err != nil {
		return fmt.Errorf("report: setting %s: %w", name, err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	p.Settings[name] = v
	return nil
}

// Check reports whether the inputs still have the digests recorded: a replay of a run on
// changed files is an error.
func (p *Provenance) Check() error {
	for _, in := range p.Inputs {
		if in.Path == "" {
			continue
		}
		now, err := hashFile(in.Path)
		if err != nil {
			return err
		}
		if now.SHA256 != in.SHA256 {
			return fmt.Errorf("report: %s has changed since the run (sha256 %s, recorded %s)", in.Path, now.SHA256, in.SHA256)
		}
	}
	return nil
}

func hashFile(path string) (Input, error) {
	if path == "" {
		return Input{Path: "", SHA256: "embedded sample"}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return Input{}, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return Input{}, err
	}
	return Input{Path: path, Bytes: n, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

// sourceRevision is gitRevision, asked once per process.
var sourceRevision = sync.OnceValue(gitRevision)

// gitRevision returns the git revision of the checkout this package was built from (with
// "+dirty" when tracked files were changed), or "" when that is not a git checkout, git is
// not installed, or it does not answer within two seconds.
func gitRevision() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok || !filepath.IsAbs(file) {
		return ""
	}
	if _, err := os.Stat(file); err != nil { // a binary moved away from its source
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	dir := filepath.Dir(file)
	out, err := exec.CommandContext(ctx, "git", "-C", dir, "rev-parse", "HEAD").Output()
	if err != nil {
		return ""
	}
	rev := strings.TrimSpace(string(out))
	if len(rev) < 40 {
		return ""
	}
	st, err := exec.CommandContext(ctx, "git", "-C", dir, "status", "--porcelain", "--untracked-files=no").Output()
	if err != nil {
		return ""
	}
	if len(bytes.TrimSpace(st)) > 0 {
		rev += "+dirty"
	}
	return rev
}

// version returns framediff's version from the build: the module version when framediff is
// a dependency, else the VCS revision the build recorded (with "+dirty" for uncommitted
// changes), else "(devel) git " and the revision of the source checkout, else "(devel)".
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	for _, d := range bi.Deps {
		if d.Path == "github.com/framediff/framediff" {
			return d.Version
		}
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		if r := sourceRevision(); r != "" {
			return "(devel) git " + r
		}
		return bi.Main.Version // "(devel)": see Provenance.Version
	}
	if dirty {
		rev += "+dirty"
	}
	return rev
}
