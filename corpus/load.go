package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// A LoadError reports a problem with one record of an input file. Line is 1-based; it is 0
// when the problem concerns the whole file.
type LoadError struct {
	File string // the file's name as given to the loader
	Line int    // 1-based line where the record starts; 0 for the file as a whole
	Err  error  // what is wrong; wraps a sentinel such as ErrSyntax
}

// Error returns "corpus: file:line: problem".
func (e *LoadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("corpus: %s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("corpus: %s: %v", e.File, e.Err)
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *LoadError) Unwrap() error { return e.Err }

// LoadOptions adjusts how files are read. The zero value (or a nil *LoadOptions) reads strictly
// with the built-in field names.
type LoadOptions struct {
	// Skip, if set, makes loading lenient: a malformed or invalid record is passed to Skip and
	// loading goes on with the next one. If nil, the first such record stops loading and its
	// *LoadError is returned. Either way no record is dropped without being reported. Problems
	// with the file as a whole (unreadable, unknown format, a bad CSV header) always stop.
	Skip func(*LoadError) `json:"-"`

	// Defaults fills the fields Event, Outlet, Kind and Language of every record that leaves
	// them empty: useful for a folder or file that holds one outlet's or one event's accounts.
	Defaults Document `json:"defaults"`

	// Fields maps input names (JSON keys, CSV columns, text-header keys; matched ignoring case)
	// to document fields: "id", "event", "outlet", "kind", "language", "published", "title",
	// "text", "url", or "-" to drop the input on purpose. It takes precedence over the built-in
	// names, which are the field names themselves plus these aliases: doc_id, document_id
	// (id); event_id (event); source, site, publisher (outlet); outlet_kind, source_kind
	// (kind); lang (language); date, published_at, time (published); headline (title); body,
	// content (text); link, src (url). Any other input goes to Meta under its own name.
	Fields map[string]string `json:"fields,omitempty"`
}

// Time layouts tried, in order, for the published field.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02",
	"01/02/2006", // month first, as in the RUWA data set
}

var fieldAliases = map[string]string{
	"id": "id", "doc_id": "id", "document_id": "id",
	"event": "event", "event_id": "event",
	"outlet": "outlet", "source": "outlet", "site": "outlet", "publisher": "outlet",
	"kind": "kind", "outlet_kind": "kind", "source_kind": "kind",
	"language": "language", "lang": "language",
	"published": "published", "date": "published", "published_at": "published", "time": "published",
	"title": "title", "headline": "title",
	"text": "text", "body": "text", "content": "text",
	"url": "url", "link": "url", "src": "url",
}

var validFields = map[string]bool{
	"id": true, "event": true, "outlet": true, "kind": true, "language": true,
	"published": true, "title": true, "text": true, "url": true, "-": true,
}

// check validates the options and returns a copy with Fields lower-cased.
func (o *LoadOptions) check() (LoadOptions, error) {
	if o == nil {
		return LoadOptions{}, nil
	}
	c := *o
	if len(o.Fields) > 0 {
		c.Fields = make(map[string]string, len(o.Fields))
		for k, v := range o.Fields {
			v = strings.ToLower(strings.TrimSpace(v))
			if !validFields[v] {
				return c, fmt.Errorf("corpus: LoadOptions.Fields[%q] = %q is not a document field", k, v)
			}
			c.Fields[strings.ToLower(strings.TrimSpace(k))] = v
		}
	}
	return c, nil
}

// field returns the document field an input name maps to, or "" for Meta.
func (o *LoadOptions) field(name string) string {
	key := strings.ToLower(strings.TrimSpace(name))
	if f, ok := o.Fields[key]; ok {
		return f
	}
	return fieldAliases[key]
}

// set stores value under the input name in d.
func (o *LoadOptions) set(d *Document, name, value string) error {
	switch o.field(name) {
	case "-":
	case "id":
		d.ID = value
	case "event":
		d.Event = value
	case "outlet":
		d.Outlet = value
	case "kind":
		d.Kind = value
	case "language":
		d.Language = value
	case "title":
		d.Title = value
	case "text":
		d.Text = value
	case "url":
		d.URL = value
	case "published":
		if strings.TrimSpace(value) == "" {
			return nil
		}
		t, err := parseTime(value)
		if err != nil {
			return err
		}
		d.Published = t
	default:
		if d.Meta == nil {
			d.Meta = make(map[string]string)
		}
		d.Meta[name] = value
	}
	return nil
}

func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("published %q is not a date (want RFC 3339, YYYY-MM-DD or MM/DD/YYYY): %w", s, ErrSyntax)
}

// finish applies defaults and the fallback ID, then validates.
func (o *LoadOptions) finish(d *Document, file string, line int) error {
	fill := func(dst *string, def string) {
		if strings.TrimSpace(*dst) == "" {
			*dst = def
		}
	}
	fill(&d.Event, o.Defaults.Event)
	fill(&d.Outlet, o.Defaults.Outlet)
	fill(&d.Kind, o.Defaults.Kind)
	fill(&d.Language, o.Defaults.Language)
	if strings.TrimSpace(d.ID) == "" && line > 0 {
		d.ID = fmt.Sprintf("%s:%d", path.Base(file), line)
	}
	return d.Validate()
}

// Load reads a corpus from fsys. The format follows the name: a directory is a folder of
// .txt files (see [LoadText]); .jsonl, .ndjson and .jsonlines files are JSON Lines (see
// [Reader]); .csv and .tsv files are delimited text with a header row (see [LoadCSV]). Every
// error about a record is a *[LoadError] naming the file and line. Document IDs must be unique
// across the file; a record without an ID gets "file:line".
func Load(fsys fs.FS, name string, opts *LoadOptions) (*Corpus, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, &LoadError{File: name, Err: err}
	}
	if st.IsDir() {
		return LoadText(fsys, name, opts)
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".jsonl", ".ndjson", ".jsonlines":
		return loadJSONL(fsys, name, opts)
	case ".csv", ".tsv":
		return LoadCSV(fsys, name, opts)
	}
	return nil, &LoadError{File: name, Err: fmt.Errorf("%w: want a folder of .txt files, .jsonl or .csv", ErrFormat)}
}

// LoadFile is [Load] for a path in the operating system's file system.
func LoadFile(name string, opts *LoadOptions) (*Corpus, error) {
	dir, base := filepath.Split(filepath.Clean(name))
	if dir == "" {
		dir = "."
	}
	c, err := Load(os.DirFS(dir), base, opts)
	var le *LoadError
	if errors.As(err, &le) && strings.HasPrefix(le.File, base) {
		le.File = filepath.Join(dir, le.File)
	}
	return c, err
}

// collector adds loaded documents to a corpus, reporting duplicate IDs with their lines.
type collector struct {
	opts  *LoadOptions
	docs  []Document
	lines map[string]string // id -> "file:line" where first seen
}

// add keeps d or returns the error that stops loading (nil if lenient).
func (c *collector) add(d Document, file string, line int) error {
	where := fmt.Sprintf("%s:%d", file, line)
	if prev, ok := c.lines[d.ID]; ok {
		return c.fail(&LoadError{File: file, Line: line,
			Err: fmt.Errorf("id %q already used at %s: %w", d.ID, prev, ErrDuplicateID)})
	}
	if c.lines == nil {
		c.lines = make(map[string]string)
	}
	c.lines[d.ID] = where
	c.docs = append(c.docs, d)
	return nil
}

// fail reports a bad record: to Skip if lenient (returning nil), else as the error.
func (c *collector) fail(err *LoadError) error {
	if c.opts.Skip != nil {
		c.opts.Skip(err)
		return nil
	}
	return err
}

func (c *collector) corpus() (*Corpus, error) {
	var out Corpus
	if err := out.Add(c.docs...); err != nil {
		return nil, err // cannot happen: records were validated and deduplicated
	}
	return &out, nil
}
