package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// A Reader reads documents from JSON Lines input one at a time, in constant memory whatever
// the input's size (beyond the longest line). Each line is one JSON object; blank lines are
// skipped. Keys map to fields as [LoadOptions.Fields] describes, and other keys go to Meta
// (non-string values as their JSON text). A "meta" key holding an object is merged into
// Meta. A record without an ID gets "name:line". A key that appears twice in an object, or
// two keys that give one field or one Meta key, make the record an error wrapping
// [ErrConflict].
//
// Null gives an empty value. The text, title and url must be strings, and so must each
// input of a composed field ([LoadOptions.Compose]), wherever loading puts it (a key of its
// own, "meta.KEY" or a key of the "meta" object): a number or a boolean where the words of
// an article are expected ("text": true, "title": 12345) means a broken record, and is an
// error wrapping [ErrSyntax] that names the key, as are an object or an array for any
// field. Other fields take a string or a number, read as its JSON text: a number names or
// identifies ("id": 17 is the ID "17"; so event, outlet, kind and language), or is read
// for published, which must then read as a date as a string would ("published": 2023 is an
// error: no layout reads a bare year). A boolean names nothing: it is an error for every
// field.
//
// The input may start with a UTF-8 byte-order mark, and UTF-16 or UTF-32 input with a
// byte-order mark is decoded; input that is mostly NUL bytes is an error wrapping
// [ErrEncoding]. Strings are unescaped as encoding/json does, but bytes that are not UTF-8
// are kept as they are, as every loader of this package keeps them (see the package
// documentation's Encodings).
//
// Read returns a *[LoadError] for a malformed or invalid line; the Reader stays usable, so a
// lenient caller can carry on with the next line. A Reader does not detect duplicate IDs
// (that would need memory proportional to the input); [Load] does.
//
// A Reader is not safe for concurrent use.
type Reader struct {
	name string
	opts LoadOptions
	err  error // a sticky error: configuration, encoding or I/O
	src  io.Reader
	br   *bufio.Reader
	line int

	p       jsonParser
	ms      []member
	keys    []string // the keys of the last record, whose binding is targets
	targets []target
	bytes   int64
}

// NewReader returns a Reader of JSON Lines from r. Name is used in errors.
func NewReader(r io.Reader, name string, opts *LoadOptions) *Reader {
	o, err := opts.check()
	return &Reader{name: name, opts: o, err: err, src: r}
}

// Line returns the line number of the record last read.
func (r *Reader) Line() int { return r.line }

// Offset returns the number of bytes of input read so far (after decoding to UTF-8), for
// progress reports.
func (r *Reader) Offset() int64 { return r.bytes }

// Read returns the next document, or io.EOF after the last. An error that concerns one
// record leaves the Reader usable; an error reading or decoding the input is returned again
// by every later call.
func (r *Reader) Read() (Document, error) {
	if r.err != nil {
		return Document{}, r.err
	}
	if r.br == nil {
		dec, err := decodeInput(r.src)
		if err != nil {
			r.err = &LoadError{File: r.name, Err: err}
			return Document{}, r.err
		}
		r.br = dec
	}
	for {
		b, err := r.readLine()
		if len(b) == 0 && err != nil {
			if err == io.EOF {
				return Document{}, io.EOF
			}
			r.err = &LoadError{File: r.name, Line: r.line + 1, Err: err}
			return Document{}, r.err
		}
		r.line++
		r.bytes += int64(len(b))
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

// readLine returns the next line, reusing the buffer's memory where the line fits in it.
// The bytes are valid until the next call.
func (r *Reader) readLine() ([]byte, error) {
	b, err := r.br.ReadSlice('\n')
	if err != bufio.ErrBufferFull {
		return b, err
	}
	// A long line: its pieces kept in blocks that grow, then copied once into a line of
	// its exact length (a slice grown by append would end up to twice the line's size).
	var blocks [][]byte
	cur := make([]byte, 0, 2*len(b))
	total := 0
	for {
		for len(b) > 0 {
			if len(cur) == cap(cur) {
				blocks = append(blocks, cur)
				cur = make([]byte, 0, 2*cap(cur))
			}
			n := copy(cur[len(cur):cap(cur)], b)
			cur, b, total = cur[:len(cur)+n], b[n:], total+n
		}
		if err != bufio.ErrBufferFull {
			break
		}
		b, err = r.br.ReadSlice('\n')
	}
	long := make([]byte, 0, total)
	for _, bl := range blocks {
		long = append(long, bl...)
	}
	return append(long, cur...), err
}

func (r *Reader) parse(b []byte) (Document, error) {
	ms, err := r.p.object(b, r.ms[:0])
	if err != nil {
		return Document{}, err
	}
	r.ms = ms
	if !r.sameKeys(ms) {
		if err := r.bindKeys(ms); err != nil {
			return Document{}, err
		}
	}
	var d Document
	metaFrom := ""
	for i := range ms {
		m, t := &ms[i], r.targets[i]
		if err := r.composedInput(m, m.key, t); err != nil {
			return Document{}, err
		}
		switch t.field {
		case fieldDrop:
			continue
		case fieldMetaObject:
			if m.kind == 'n' {
				continue
			}
			if m.kind != '{' {
				return Document{}, fmt.Errorf("key %q: want an object: %w", m.key, ErrSyntax)
			}
			metaFrom = m.key
			continue
		case fieldMeta:
			if d.Meta == nil {
				d.Meta = make(map[string]string, len(ms))
			}
			if m.kind == 'n' {
				d.Meta[t.meta] = ""
			} else {
				d.Meta[t.meta] = m.text
			}
			continue
		}
		v := m.text
		switch m.kind {
		case '{', '[':
			return Document{}, fmt.Errorf("key %q: %w: want a string, got %.20s", m.key, ErrSyntax, m.raw)
		case 'n':
			v = ""
		case 'l':
			if err := literalField(t.field, m.raw); err != nil {
				return Document{}, fmt.Errorf("key %q: %w", m.key, err)
			}
		}
		if err := t.set(&d, v); err != nil {
			return Document{}, fmt.Errorf("key %q: %w", m.key, err)
		}
	}
	if metaFrom != "" {
		if err := r.mergeMeta(&d, metaFrom, ms); err != nil {
			return Document{}, err
		}
	}
	if err := r.opts.finish(&d, r.name, r.line); err != nil {
		return Document{}, err
	}
	return d, nil
}

// composedInput returns an error if m, the value of key, is not a string or null and is
// read by a composition: the value loading stores as t, a Meta key or a field, is what
// [LoadOptions.Compose] reads.
func (r *Reader) composedInput(m *member, key string, t target) error {
	if m.kind == '"' || m.kind == 'n' || len(r.opts.Compose) == 0 {
		return nil
	}
	if f := r.opts.composedBy(t); f != "" {
		return fmt.Errorf("key %q: %w: want a string (an input of the %s, composed of %s), got %s",
			key, ErrSyntax, f, strings.Join(r.opts.Compose[f], "+"), valueKind(m))
	}
	return nil
}

// literalField returns an error if raw, a JSON number or boolean, cannot give field f: a
// boolean gives none, a number none of the fields that hold words (title, text, url).
func literalField(f int, raw []byte) error {
	if raw[0] == 't' || raw[0] == 'f' {
		return fmt.Errorf("%w: want a string (the %s), got the boolean %s", ErrSyntax, fieldNames[f], raw)
	}
	switch f {
	case fieldTitle, fieldText, fieldURL:
		return fmt.Errorf("%w: want a string (the %s), got a number", ErrSyntax, fieldNames[f])
	}
	return nil
}

// valueKind names the kind of a member's value that is not a string, for errors.
func valueKind(m *member) string {
	switch {
	case m.kind == '{':
		return "an object"
	case m.kind == '[':
		return "an array"
	case m.raw[0] == 't' || m.raw[0] == 'f':
		return "a boolean"
	}
	return "a number"
}

// sameKeys reports whether ms has the keys of the last record, in the same order, so that
// their binding can be reused.
func (r *Reader) sameKeys(ms []member) bool {
	if len(ms) != len(r.keys) {
		return false
	}
	for i := range ms {
		if ms[i].key != r.keys[i] {
			return false
		}
	}
	return true
}

func (r *Reader) bindKeys(ms []member) error {
	names := make([]string, len(ms))
	seen := make(map[string]bool, len(ms))
	for i := range ms {
		if seen[ms[i].key] {
			return fmt.Errorf("%w: key %q appears twice", ErrConflict, ms[i].key)
		}
		seen[ms[i].key] = true
		names[i] = ms[i].key
	}
	ts, err := r.opts.bind(names)
	if err != nil {
		return err
	}
	r.keys, r.targets = names, ts
	return nil
}

// mergeMeta adds the members of the "meta" object (key from) to d.Meta.
func (r *Reader) mergeMeta(d *Document, from string, ms []member) error {
	var raw []byte
	for i := range ms {
		if ms[i].key == from {
			raw = ms[i].raw
		}
	}
	var p jsonParser
	inner, err := p.object(raw, nil)
	if err != nil {
		return fmt.Errorf("key %q: %w", from, err)
	}
	if len(inner) > 0 && d.Meta == nil {
		d.Meta = make(map[string]string, len(inner))
	}
	seen := make(map[string]bool, len(inner))
	for _, m := range inner {
		if seen[m.key] {
			return fmt.Errorf("%w: key %q appears twice in %q", ErrConflict, m.key, from)
		}
		seen[m.key] = true
		if err := r.composedInput(&m, from+"."+m.key, target{field: fieldMeta, meta: m.key}); err != nil {
			return err
		}
		if _, dup := d.Meta[m.key]; dup {
			other := m.key
			for i, t := range r.targets {
				if t.field == fieldMeta && t.meta == m.key {
					other = ms[i].key
				}
			}
			return fmt.Errorf("%w: %q and %q both give meta key %q", ErrConflict, other, from+"."+m.key, m.key)
		}
		if m.kind == 'n' {
			d.Meta[m.key] = ""
		} else {
			d.Meta[m.key] = m.text
		}
	}
	return nil
}

func scanJSONL(fsys fs.FS, name string, o *LoadOptions, col *collector, size int64) error {
	f, err := open(fsys, name, o, size)
	if err != nil {
		return err
	}
	defer f.Close()
	r := NewReader(f, name, o)
	for {
		d, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if r.err != nil { // an I/O or encoding error, not a bad record
				return err
			}
			if err := col.fail(err.(*LoadError)); err != nil {
				return err
			}
			continue
		}
		if err := col.add(d, name, r.Line()); err != nil {
			return err
		}
	}
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
