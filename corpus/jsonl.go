package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
)

// A Reader reads documents from JSON Lines input one at a time, in constant memory whatever
// the input's size (beyond the longest line). Each line is one JSON object; blank lines are
// skipped. Keys map to fields as [LoadOptions.Fields] describes; string, number and boolean
// values are accepted for the fields, and other keys go to Meta (non-string values as their
// JSON text). A "meta" key holding an object is merged into Meta. A record without an ID gets
// "name:line".
//
// Read returns a *[LoadError] for a malformed or invalid line; the Reader stays usable, so a
// lenient caller can carry on with the next line. A Reader does not detect duplicate IDs
// (that would need memory proportional to the input); [Load] does.
//
// A Reader is not safe for concurrent use.
type Reader struct {
	name string
	opts LoadOptions
	err  error // a sticky configuration error
	br   *bufio.Reader
	line int
}

// NewReader returns a Reader of JSON Lines from r. Name is used in errors.
func NewReader(r io.Reader, name string, opts *LoadOptions) *Reader {
	o, err := opts.check()
	return &Reader{name: name, opts: o, err: err, br: bufio.NewReaderSize(r, 64<<10)}
}

// Line returns the line number of the record last read.
func (r *Reader) Line() int { return r.line }

// Read returns the next document, or io.EOF after the last.
func (r *Reader) Read() (Document, error) {
	if r.err != nil {
		return Document{}, r.err
	}
	for {
		b, err := r.br.ReadBytes('\n')
		if len(b) == 0 && err != nil {
			if err == io.EOF {
				return Document{}, io.EOF
			}
			r.err = &LoadError{File: r.name, Line: r.line + 1, Err: err}
			return Document{}, r.err
		}
		r.line++
		if r.line == 1 {
			b = bytes.TrimPrefix(b, []byte("\uFEFF"))
		}
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		d, perr := r.parse(b)
		if perr != nil {
			return Document{}, &LoadError{File: r.name, Line: r.line, Err: perr}
		}
		return d, nil
	}
}

func (r *Reader) parse(b []byte) (Document, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		return Document{}, fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	// Visit keys in sorted order so that the outcome never depends on map order.
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var d Document
	var meta map[string]string
	for _, k := range keys {
		raw := obj[k]
		if strings.EqualFold(k, "meta") && r.opts.field(k) == "" {
			m, err := metaObject(raw)
			if err != nil {
				return Document{}, err
			}
			meta = m
			continue
		}
		v, err := scalar(raw, r.opts.field(k) != "")
		if err != nil {
			return Document{}, fmt.Errorf("key %q: %w", k, err)
		}
		if err := r.opts.set(&d, k, v); err != nil {
			return Document{}, err
		}
	}
	for k, v := range meta {
		if d.Meta == nil {
			d.Meta = make(map[string]string, len(meta))
		}
		d.Meta[k] = v
	}
	if err := r.opts.finish(&d, r.name, r.line); err != nil {
		return Document{}, err
	}
	return d, nil
}

// scalar returns a JSON value as text. For a document field (strict) it must be a string,
// number, boolean or null; otherwise any JSON value is kept as its text.
func scalar(raw json.RawMessage, strict bool) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("%w: %v", ErrSyntax, err)
		}
		return s, nil
	}
	if strict && (raw[0] == '{' || raw[0] == '[') {
		return "", fmt.Errorf("%w: want a string, got %.20s", ErrSyntax, raw)
	}
	return string(raw), nil
}

func metaObject(raw json.RawMessage) (map[string]string, error) {
	raw = bytes.TrimSpace(raw)
	if string(raw) == "null" {
		return nil, nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		return nil, fmt.Errorf("key \"meta\": want an object: %w", ErrSyntax)
	}
	m := make(map[string]string, len(obj))
	for k, v := range obj {
		s, err := scalar(v, false)
		if err != nil {
			return nil, fmt.Errorf("meta key %q: %w", k, err)
		}
		m[k] = s
	}
	return m, nil
}

func loadJSONL(fsys fs.FS, name string, opts *LoadOptions) (*Corpus, error) {
	o, err := opts.check()
	if err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, &LoadError{File: name, Err: err}
	}
	defer f.Close()
	r := NewReader(f, name, &o)
	col := collector{opts: &o}
	for {
		d, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			if r.err != nil { // an I/O error, not a bad record
				return nil, err
			}
			if err := col.fail(err.(*LoadError)); err != nil {
				return nil, err
			}
			continue
		}
		if err := col.add(d, name, r.Line()); err != nil {
			return nil, err
		}
	}
	return col.corpus()
}

// WriteJSONL writes docs as JSON Lines, one object per line in the given order, in the form
// [NewReader] reads back to equal documents. Invalid UTF-8 in a string is written as U+FFFD
// (JSON cannot carry it); HTML characters are not escaped.
func WriteJSONL(w io.Writer, docs ...Document) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range docs {
		if err := enc.Encode(&docs[i]); err != nil {
			return fmt.Errorf("corpus: writing document %q: %w", docs[i].ID, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	return nil
}

// WriteJSONL writes the corpus's documents as JSON Lines, sorted by ID.
func (c *Corpus) WriteJSONL(w io.Writer) error {
	return WriteJSONL(w, c.docs...)
}
