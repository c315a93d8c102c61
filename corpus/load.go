package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
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
	err := e.Err
	if pe, ok := err.(*fs.PathError); ok && pe.Path == e.File {
		err = pe.Err // "corpus: news/a.txt: no such file", not "…: open news/a.txt: no such file"
	}
	if e.Line > 0 {
		return fmt.Sprintf("corpus: %s:%d: %v", e.File, e.Line, err)
	}
	return fmt.Sprintf("corpus: %s: %v", e.File, err)
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *LoadError) Unwrap() error { return e.Err }

// LoadOptions adjusts how files are read. The zero value (or a nil *LoadOptions) reads strictly
// with the built-in field names.
type LoadOptions struct {
	// Skip, if set, makes loading lenient: a malformed or invalid record is passed to Skip and
	// loading goes on with the next one. If nil, the first such record stops loading and its
	// *LoadError is returned. Either way no record is dropped without being reported. Problems
	// with the file as a whole (unreadable, unknown format, no CSV header, a bad one, or one
	// without a column every record needs: see [LoadCSV]) always stop.
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
	// content (text); link, src (url). Any other input goes to Meta under its own name; a name
	// "meta.KEY" goes to Meta under KEY, and a JSON "meta" object's keys go to Meta.
	//
	// Two inputs of one record that give the same field ("text" and "body") or the same Meta
	// key ("foo" and "meta.foo") are an error wrapping [ErrConflict] that names both, since
	// one would silently replace the other; map the one to use here (the other then goes to
	// Meta under its own name) or map the other to "-".
	Fields map[string]string `json:"fields,omitempty"`

	// Compose builds a document field from several inputs, joined by a blank line (a
	// paragraph break, so that no sentence runs across them) and skipping empty ones:
	// {"text": {"title", "desc"}} makes a headline data set whose text sits in two columns
	// (RUWA's title and desc) loadable. Each source is read where loading put it: a document
	// field if the name maps to one (built-in name, alias or Fields), otherwise the Meta key
	// of that name; the sources keep their own values. A source that would itself fill the
	// composed field (body, an alias of text, in {"text": {"title", "body"}}; title in
	// {"title": {"title", "sub"}}) goes to Meta under its own name and is read from there:
	// it is an input of the field, not a value of its own. Sources are matched to Meta keys
	// ignoring case; two keys of one record that match one source ("Body" and "body") are an
	// error wrapping [ErrConflict] naming both. The composed field must be one of
	// "title", "text" or "url" and must come out empty of loading itself: a record that
	// also gives it directly is an error wrapping [ErrConflict]. A source that Fields maps
	// to "-" is an error of the options: it would be read as empty. A record whose
	// composed text comes out empty is an error wrapping [ErrMissingField] that names the
	// sources (document "7" has no text (title+desc: empty)).
	Compose map[string][]string `json:"compose,omitempty"`

	// MaxQuoteLines and MaxQuoteBytes bound a quoted CSV field that spans lines: one still
	// open after this many lines (0 means 1,000) or bytes (0 means 1 MiB) is an error naming
	// the line where the quote opened and the limit passed ("a quoted field may span at most
	// 1,000 lines"), rather than a quote that swallows the rest of the file. Raise them for
	// corpora whose texts are longer.
	MaxQuoteLines int `json:"max_quote_lines,omitempty"`
	MaxQuoteBytes int `json:"max_quote_bytes,omitempty"`

	// Progress, if set, is called as a file is read (about every megabyte, and at its end)
	// with the bytes read so far and the file's size (0 if unknown): for progress lines on
	// long runs.
	Progress func(read, size int64) `json:"-"`
}

// Time layouts tried, in order, for the published field.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02",
	"01/02/2006", // month first, as in the RUWA data set
}

// Document fields that inputs map to. fieldMeta sends an input to Meta, fieldDrop drops it,
// and fieldMetaObject is a JSON "meta" object whose keys go to Meta.
const (
	fieldMeta = iota
	fieldDrop
	fieldID
	fieldEvent
	fieldOutlet
	fieldKind
	fieldLanguage
	fieldPublished
	fieldTitle
	fieldText
	fieldURL
	fieldMetaObject
	numFields
)

var fieldNames = [numFields]string{"meta", "-", "id", "event", "outlet", "kind", "language",
	"published", "title", "text", "url", "meta object"}

var fieldAliases = map[string]int{
	"id": fieldID, "doc_id": fieldID, "document_id": fieldID,
	"event": fieldEvent, "event_id": fieldEvent,
	"outlet": fieldOutlet, "source": fieldOutlet, "site": fieldOutlet, "publisher": fieldOutlet,
	"kind": fieldKind, "outlet_kind": fieldKind, "source_kind": fieldKind,
	"language": fieldLanguage, "lang": fieldLanguage,
	"published": fieldPublished, "date": fieldPublished, "published_at": fieldPublished, "time": fieldPublished,
	"title": fieldTitle, "headline": fieldTitle,
	"text": fieldText, "body": fieldText, "content": fieldText,
	"url": fieldURL, "link": fieldURL, "src": fieldURL,
}

// validFields maps the names LoadOptions.Fields may use to fields.
var validFields = map[string]int{
	"id": fieldID, "event": fieldEvent, "outlet": fieldOutlet, "kind": fieldKind,
	"language": fieldLanguage, "published": fieldPublished, "title": fieldTitle,
	"text": fieldText, "url": fieldURL, "-": fieldDrop,
}

// Fields returns the names of the document fields that [LoadOptions.Fields] may map an
// input to, in the order of [Document]'s fields: id, event, outlet, kind, language,
// published, title, text, url. The name "-", which drops an input, is not among them.
// Each call returns a new slice.
func Fields() []string {
	names := make([]string, numFields)
	for name, f := range validFields {
		if f != fieldDrop {
			names[f] = name
		}
	}
	return slices.DeleteFunc(names, func(s string) bool { return s == "" })
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
			if _, ok := validFields[v]; !ok {
				return c, fmt.Errorf("corpus: LoadOptions.Fields[%q] = %q is not a document field", k, v)
			}
			key := strings.ToLower(strings.TrimSpace(k))
			if prev, ok := c.Fields[key]; ok && prev != v {
				return c, fmt.Errorf("corpus: LoadOptions.Fields maps %q twice, to %q and %q", key, prev, v)
			}
			c.Fields[key] = v
		}
	}
	if len(o.Compose) > 0 {
		c.Compose = make(map[string][]string, len(o.Compose))
		for k, srcs := range o.Compose {
			key := strings.ToLower(strings.TrimSpace(k))
			if key != "title" && key != "text" && key != "url" {
				return c, fmt.Errorf("corpus: LoadOptions.Compose[%q]: only title, text and url can be composed", k)
			}
			if _, ok := c.Compose[key]; ok {
				return c, fmt.Errorf("corpus: LoadOptions.Compose names %q twice", key)
			}
			if len(srcs) == 0 {
				return c, fmt.Errorf("corpus: LoadOptions.Compose[%q] has no sources", k)
			}
			c.Compose[key] = slices.Clone(srcs)
		}
	}
	for _, f := range slices.Sorted(maps.Keys(c.Compose)) {
		for _, src := range c.Compose[f] {
			if c.Fields[strings.ToLower(strings.TrimSpace(src))] == "-" {
				return c, fmt.Errorf("corpus: LoadOptions.Compose[%q] reads %q, which LoadOptions.Fields drops", f, src)
			}
		}
	}
	if c.MaxQuoteLines < 0 || c.MaxQuoteBytes < 0 {
		return c, fmt.Errorf("corpus: LoadOptions.MaxQuoteLines = %d, MaxQuoteBytes = %d (want >= 0)", c.MaxQuoteLines, c.MaxQuoteBytes)
	}
	return c, nil
}

// A target is where one input name goes.
type target struct {
	field    int    // fieldMeta, fieldDrop, fieldID, ...
	meta     string // the Meta key, for fieldMeta
	explicit bool   // mapped by LoadOptions.Fields
}

// target returns where the input name goes, before collisions are resolved.
func (o *LoadOptions) target(name string) target {
	key := strings.ToLower(strings.TrimSpace(name))
	if f, ok := o.Fields[key]; ok {
		return target{field: validFields[f], explicit: true}
	}
	if f, ok := fieldAliases[key]; ok {
		return target{field: f}
	}
	if key == "meta" {
		return target{field: fieldMetaObject}
	}
	if len(key) > 5 && strings.HasPrefix(key, "meta.") {
		return target{field: fieldMeta, meta: name[len(name)-len(key)+5:]}
	}
	return target{field: fieldMeta, meta: name}
}

// place returns where the input name goes for reading: its target, except that a source
// of a composition whose target is the composed field itself (body, an alias of text, in
// text=title+body) goes to Meta under its own name, where the composition reads it: it is
// an input of the field, not a value of its own that the composition would conflict with.
func (o *LoadOptions) place(name string) target {
	t := o.target(name)
	if t.field < fieldID || t.field > fieldURL {
		return t
	}
	for _, src := range o.Compose[fieldNames[t.field]] {
		if strings.EqualFold(strings.TrimSpace(src), strings.TrimSpace(name)) {
			return target{field: fieldMeta, meta: name}
		}
	}
	return t
}

// composedBy returns the field of LoadOptions.Compose that reads the value t stores, or "":
// a Meta key is read by a source that loading puts in Meta under that key (matched
// ignoring case and surrounding space, as [metaValue] matches it, so "desc", "meta.desc"
// and a "meta" object's "desc" are all read by the source desc), a document field by a
// source that maps to that field.
func (o *LoadOptions) composedBy(t target) string {
	for _, f := range slices.Sorted(maps.Keys(o.Compose)) {
		for _, src := range o.Compose[f] {
			p := o.place(src)
			switch {
			case p.field != t.field:
			case t.field == fieldMeta:
				if strings.EqualFold(strings.TrimSpace(p.meta), strings.TrimSpace(t.meta)) {
					return f
				}
			case t.field >= fieldID && t.field <= fieldURL:
				return f
			}
		}
	}
	return ""
}

// isField reports whether name maps to a document field (not Meta, not dropped).
func (o *LoadOptions) isField(name string) bool {
	f := o.target(name).field
	return f >= fieldID && f <= fieldURL
}

// bind resolves where each of the input names of one record (or one CSV header) goes. Two
// names may not fill the same field: that is an error naming both, unless
// LoadOptions.Fields maps exactly one of them, which then wins while the others go to Meta
// under their own names. Two names may not fill the same Meta key either ("foo" and
// "meta.foo"). Dropped names ("-") never collide.
func (o *LoadOptions) bind(names []string) ([]target, error) {
	ts := make([]target, len(names))
	var byField [numFields]int // 1 + index of the name holding the field
	for i, n := range names {
		ts[i] = o.place(n)
	}
	// Explicit mappings first, so that they win over built-in aliases.
	for pass := 0; pass < 2; pass++ {
		for i := range ts {
			t := &ts[i]
			if t.explicit != (pass == 0) || t.field == fieldMeta || t.field == fieldDrop {
				continue
			}
			if j := byField[t.field]; j > 0 {
				if !t.explicit && ts[j-1].explicit {
					*t = target{field: fieldMeta, meta: names[i]}
					continue
				}
				return nil, fmt.Errorf("%w: %q and %q both give the %s: map the one to read to the field, and the other to \"-\" to drop it",
					ErrConflict, names[j-1], names[i], fieldNames[t.field])
			}
			byField[t.field] = i + 1
		}
	}
	var metaKeys map[string]int
	for i, t := range ts {
		if t.field != fieldMeta {
			continue
		}
		if metaKeys == nil {
			metaKeys = make(map[string]int, len(ts))
		}
		if j, ok := metaKeys[t.meta]; ok {
			return nil, fmt.Errorf("%w: %q and %q both give meta key %q", ErrConflict, names[j], names[i], t.meta)
		}
		metaKeys[t.meta] = i
	}
	return ts, nil
}

// set stores value in d as t says.
func (t target) set(d *Document, value string) error {
	switch t.field {
	case fieldID:
		d.ID = value
	case fieldEvent:
		d.Event = value
	case fieldOutlet:
		d.Outlet = value
	case fieldKind:
		d.Kind = value
	case fieldLanguage:
		d.Language = value
	case fieldTitle:
		d.Title = value
	case fieldText:
		d.Text = value
	case fieldURL:
		d.URL = value
	case fieldPublished:
		if strings.TrimSpace(value) == "" {
			return nil
		}
		tm, err := parseTime(value)
		if err != nil {
			return err
		}
		d.Published = tm
	case fieldMeta:
		if d.Meta == nil {
			d.Meta = make(map[string]string)
		}
		d.Meta[t.meta] = value
	}
	return nil
}

// field returns a pointer to the string field f of d, or nil for a field that is not one.
func (d *Document) field(f int) *string {
	switch f {
	case fieldID:
		return &d.ID
	case fieldEvent:
		return &d.Event
	case fieldOutlet:
		return &d.Outlet
	case fieldKind:
		return &d.Kind
	case fieldLanguage:
		return &d.Language
	case fieldTitle:
		return &d.Title
	case fieldText:
		return &d.Text
	case fieldURL:
		return &d.URL
	}
	return nil
}

// compose fills the fields of LoadOptions.Compose.
func (o *LoadOptions) compose(d *Document) error {
	if len(o.Compose) == 0 {
		return nil
	}
	fields := make([]string, 0, len(o.Compose))
	for f := range o.Compose {
		fields = append(fields, f)
	}
	slices.Sort(fields) // the same error whatever the map's order
	for _, f := range fields {
		dst := d.field(validFields[f])
		if strings.TrimSpace(*dst) != "" {
			return fmt.Errorf("%w: the record gives the %s itself, and it is to be composed of %s", ErrConflict, f, strings.Join(o.Compose[f], "+"))
		}
		var parts []string
		for _, src := range o.Compose[f] {
			var v string
			if t := o.place(src); t.field == fieldMeta {
				var keys []string
				v, keys = metaValue(d.Meta, t.meta)
				if len(keys) > 1 {
					return fmt.Errorf("%w: %q and %q both give %s, which the %s is composed of (%s), and names are matched ignoring case",
						ErrConflict, keys[0], keys[1], strings.TrimSpace(src), f, strings.Join(o.Compose[f], "+"))
				}
			} else if p := d.field(t.field); p != nil {
				v = *p
			}
			if v = strings.TrimSpace(v); v != "" {
				parts = append(parts, v)
			}
		}
		*dst = strings.Join(parts, "\n\n")
	}
	return nil
}

// metaValue returns the value of key in meta, matching it ignoring case (a composition
// names its sources as the user wrote them, Meta keys are the file's spelling), and the
// keys that match, sorted: more than one is a conflict, since the composition would read
// one and silently leave out the others.
func metaValue(meta map[string]string, key string) (string, []string) {
	key = strings.TrimSpace(key)
	var keys []string
	for _, k := range slices.Sorted(maps.Keys(meta)) {
		if strings.EqualFold(strings.TrimSpace(k), key) {
			keys = append(keys, k)
		}
	}
	if v, ok := meta[key]; ok {
		return v, keys
	}
	if len(keys) > 0 {
		return meta[keys[0]], keys
	}
	return "", nil
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
	if err := o.compose(d); err != nil {
		return err
	}
	fill(&d.Event, o.Defaults.Event)
	fill(&d.Outlet, o.Defaults.Outlet)
	fill(&d.Kind, o.Defaults.Kind)
	fill(&d.Language, o.Defaults.Language)
	if strings.TrimSpace(d.ID) == "" && line > 0 {
		d.ID = fmt.Sprintf("%s:%d", path.Base(file), line)
	}
	missing, why := d.missing(), ""
	if srcs := o.Compose[missing]; len(srcs) > 0 {
		// The field is composed: the error names the inputs it is composed of.
		why = fmt.Sprintf(" (%s: empty)", strings.Join(srcs, "+"))
	}
	return d.missingError(missing, why)
}

// Load reads a corpus from fsys. The format follows the name: a directory is a folder of
// .txt files (see [LoadText]); .jsonl, .ndjson and .jsonlines files are JSON Lines (see
// [Reader]); .csv and .tsv files are delimited text with a header row (see [LoadCSV]). Every
// error about a record is a *[LoadError] naming the file and line. Document IDs must be unique
// across the file; a record without an ID gets "file:line". To read a corpus too large for
// memory one document at a time, use [Scan].
func Load(fsys fs.FS, name string, opts *LoadOptions) (*Corpus, error) {
	var docs []Document
	for d, err := range Scan(fsys, name, opts) {
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	var c Corpus
	if err := c.Add(docs...); err != nil {
		return nil, err // cannot happen: records were validated and deduplicated
	}
	return &c, nil
}

// Scan returns the documents of a file or folder one at a time, in the order they appear,
// reading the formats [Load] reads with the same checks, in memory proportional to the
// longest record (and the set of IDs seen, to detect duplicates). Every record is either
// yielded or, in lenient mode, passed to [LoadOptions.Skip]; in strict mode the first bad
// record ends the sequence with its error (a *[LoadError]), as does a problem with the
// file as a whole. Stopping the loop early closes the file.
func Scan(fsys fs.FS, name string, opts *LoadOptions) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		o, err := opts.check()
		if err != nil {
			yield(Document{}, err)
			return
		}
		col := collector{opts: &o, yield: func(d Document) bool { return yield(d, nil) }}
		if err := scan(fsys, name, &o, &col); err != nil && err != errStop {
			yield(Document{}, err)
		}
	}
}

// ScanFile is [Scan] for a path in the operating system's file system. Its errors name
// files as [LoadFile]'s do, both those it yields and those it passes to [LoadOptions.Skip].
func ScanFile(name string, opts *LoadOptions) iter.Seq2[Document, error] {
	fsys, base, opts, full := osPath(name, opts)
	return func(yield func(Document, error) bool) {
		for d, err := range Scan(fsys, base, opts) {
			var le *LoadError
			if errors.As(err, &le) {
				full(le)
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// osPath splits name, a path in the operating system's file system, into a file system
// and the name to load from it. It returns opts with a Skip that sees every *LoadError as
// the caller will (see full), and full, which renames the file of a *LoadError from the
// name in the file system to the path given: name itself for the file (or folder) name,
// and name followed by the file's path inside it for a file in a folder.
func osPath(name string, opts *LoadOptions) (fsys fs.FS, base string, _ *LoadOptions, full func(*LoadError)) {
	dir, base := filepath.Split(filepath.Clean(name))
	if dir == "" {
		dir = "."
	}
	rename := func(file string) string {
		switch {
		case file == base:
			return name
		case strings.HasPrefix(file, base+"/"):
			if given := strings.TrimRight(name, "/"+string(filepath.Separator)); given != "" {
				return given + filepath.FromSlash(file[len(base):])
			}
			return filepath.Join(dir, filepath.FromSlash(file))
		}
		return file
	}
	full = func(le *LoadError) {
		le.File = rename(le.File)
		// The file system's own error (stat, open) names the file inside it: renamed too, so
		// that no message drops the folder given.
		var pe *fs.PathError
		if errors.As(le.Err, &pe) {
			pe.Path = rename(pe.Path)
		}
	}
	if opts != nil && opts.Skip != nil {
		o, skip := *opts, opts.Skip
		o.Skip = func(le *LoadError) {
			full(le)
			skip(le)
		}
		opts = &o
	}
	return os.DirFS(dir), base, opts, full
}

func scan(fsys fs.FS, name string, o *LoadOptions, col *collector) error {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return &LoadError{File: name, Err: err}
	}
	if st.IsDir() {
		return scanText(fsys, name, o, col)
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".jsonl", ".ndjson", ".jsonlines":
		return scanJSONL(fsys, name, o, col, st.Size())
	case ".csv", ".tsv":
		return scanCSV(fsys, name, o, col, st.Size())
	}
	return &LoadError{File: name, Err: fmt.Errorf("%w: want a folder of .txt files, .jsonl, .csv or .tsv", ErrFormat)}
}

// LoadFile is [Load] for a path in the operating system's file system. Its errors name
// files by the path given: a *[LoadError] it returns, and each one it passes to
// [LoadOptions.Skip], has File name for a file, and name followed by the file's path inside
// the folder for a file in a folder (name "news/" gives "news/a.txt").
func LoadFile(name string, opts *LoadOptions) (*Corpus, error) {
	fsys, base, opts, full := osPath(name, opts)
	c, err := Load(fsys, base, opts)
	var le *LoadError
	if errors.As(err, &le) {
		full(le)
	}
	return c, err
}

// errStop means the consumer of a scan stopped it.
var errStop = errors.New("corpus: scan stopped")

// collector passes loaded documents on, reporting duplicate IDs with their lines.
type collector struct {
	opts  *LoadOptions
	yield func(Document) bool
	lines map[string]int    // id -> line where first seen, in a single file
	files map[string]string // id -> file where first seen, in a folder of files
}

// add passes d on or returns the error that stops loading (nil if lenient, errStop if the
// consumer stopped).
func (c *collector) add(d Document, file string, line int) error {
	where := ""
	if prev, ok := c.lines[d.ID]; ok {
		where = fmt.Sprintf("line %d", prev)
	} else if prev, ok := c.files[d.ID]; ok {
		where = prev
	}
	if where != "" {
		return c.fail(&LoadError{File: file, Line: line,
			Err: fmt.Errorf("id %q already used at %s: %w", d.ID, where, ErrDuplicateID)})
	}
	if c.files != nil {
		c.files[d.ID] = file
	} else {
		if c.lines == nil {
			c.lines = make(map[string]int)
		}
		c.lines[d.ID] = line
	}
	if !c.yield(d) {
		return errStop
	}
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

// progressReader reports how much of a file has been read, every megabyte or so.
type progressReader struct {
	r          io.Reader
	report     func(read, size int64)
	read, size int64
	last       int64
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.read += int64(n)
	if p.read-p.last >= 1<<20 || err == io.EOF {
		p.last = p.read
		p.report(p.read, p.size)
	}
	return n, err
}

// open opens a file for reading, reporting progress if asked.
func open(fsys fs.FS, name string, o *LoadOptions, size int64) (io.ReadCloser, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, &LoadError{File: name, Err: err}
	}
	if o.Progress == nil {
		return f, nil
	}
	return struct {
		io.Reader
		io.Closer
	}{&progressReader{r: f, report: o.Progress, size: size}, f}, nil
}

// ScanReader is [Scan] for one stream, such as stdin or a file opened elsewhere (a cloud
// store's reader): name gives the format by its extension (".jsonl", ".csv", ".tsv") and
// names the records in errors and fallback IDs ("name:line"), as a file of that name would.
func ScanReader(r io.Reader, name string, opts *LoadOptions) iter.Seq2[Document, error] {
	base := path.Base(name)
	return Scan(readerFS{name: base, r: r}, base, opts)
}

// readerFS serves one reader as the one file of a file system.
type readerFS struct {
	name string
	r    io.Reader
}

func (s readerFS) Open(name string) (fs.File, error) {
	if name != s.name {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return readerFile{s}, nil
}

type readerFile struct{ s readerFS }

func (f readerFile) Read(b []byte) (int, error) { return f.s.r.Read(b) }
func (f readerFile) Close() error               { return nil }
func (f readerFile) Stat() (fs.FileInfo, error) { return readerInfo{f.s.name}, nil }

// readerInfo describes a stream: a regular file of unknown size.
type readerInfo struct{ name string }

func (i readerInfo) Name() string       { return i.name }
func (i readerInfo) Size() int64        { return 0 }
func (i readerInfo) Mode() fs.FileMode  { return 0o444 }
func (i readerInfo) ModTime() time.Time { return time.Time{} }
func (i readerInfo) IsDir() bool        { return false }
func (i readerInfo) Sys() any           { return nil }
