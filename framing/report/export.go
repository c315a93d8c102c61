// Package report writes framediff's results for other tools and for readers: tidy CSV and
// JSON Lines tables that R and pandas read directly, a provenance record that reproduces a
// run, and a self-contained HTML report (no network access) with a scatter of terms, bar
// charts and keyword-in-context lines.
//
// # Tables
//
// [WriteCSV] and [WriteJSONL] take a slice of any result rows of package framing
// ([framing.KeyTerm], [framing.KeyTerm], [framing.Line], [framing.Count],
// [framing.LoadedTerm], [framing.PooledTerm], ...). Columns are the rows' JSON field names,
// in field order; a nested struct's fields are flattened with its name as a prefix
// ("forms_text"), while an embedded struct's fields are inlined as in JSON; a list or map goes into one cell as JSON. Enumerations are written as
// their names ("quote", not 1), and sets of flags as their names joined by ";". Every table
// has one header row and one row per item (tidy, long format).
//
// CSV follows RFC 4180. A text cell that a spreadsheet would execute as a formula (one that
// starts with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe,
// unless [CSVOptions.Raw] is set; numbers are never changed.
package report

import (
	"bufio"
	"crypto/sha256"
	"encoding"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
)

// ErrRows is returned for rows that are not a slice of structs.
var ErrRows = errors.New("report: rows must be a slice of structs (or of pointers to structs)")

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

// cell formats one value as text, and reports whether it is a number.
func cell(v reflect.Value) (string, bool, error) {
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

// WriteCSV writes rows (a slice of structs) as an RFC 4180 CSV table with one header row.
func WriteCSV(w io.Writer, rows any, opts *CSVOptions) error {
	t, vals, err := rowsOf(rows)
	if err != nil {
		return err
	}
	cols := columns(t, "", nil)
	cw := csv.NewWriter(w)
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.name
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	record := make([]string, len(cols))
	for _, v := range vals {
		for i, c := range cols {
			s, number, err := cell(v.FieldByIndex(c.index))
			if err != nil {
				return fmt.Errorf("report: column %s: %w", c.name, err)
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

// neutralize prefixes an apostrophe to a text cell that a spreadsheet would run as a
// formula (OWASP's advice for CSV injection).
func neutralize(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// WriteJSONL writes rows (a slice of structs) as JSON Lines: one object per row, with the
// rows' own JSON field names (nested values kept nested).
func WriteJSONL(w io.Writer, rows any) error {
	_, vals, err := rowsOf(rows)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for _, v := range vals {
		if err := enc.Encode(v.Interface()); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Provenance records what produced a result, so that it can be checked and run again.
type Provenance struct {
	Tool    string `json:"tool"`    // the program ("framediff report")
	Version string `json:"version"` // framediff's module version, or the VCS revision of a development build
	Go      string `json:"go"`      // the Go toolchain
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

// version returns framediff's version from the build: the module version when framediff is
// a dependency, else the VCS revision (with "+dirty" for uncommitted changes).
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
		return bi.Main.Version
	}
	if dirty {
		rev += "+dirty"
	}
	return rev
}
