package corpus

import (
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
)

// LoadText reads every .txt file below dir (recursively, in lexical order). A file may start
// with a header block of "key: value" lines ended by a blank line:
//
//	id: gt-2023-001
//	event: minister-visit
//	outlet: Global Times
//	kind: state
//	published: 2023-04-16
//
//	BEIJING — The text of the account starts here...
//
// A file has a header only if its first line is "key: value" with a key that names a field
// (see [LoadOptions.Fields]); otherwise the whole file is text. Inside a header every line
// must be "key: value" (an error names the file and line); keys that name no field go to
// Meta. The text is the file's body: a header key that would fill it ("text", "body", or
// one [LoadOptions.Fields] maps to "text") is an error wrapping [ErrConflict], since the
// body would replace its value; drop such a key (map it to "-") or rename it, or, for one
// that Fields maps to "text", leave that mapping out. The ID defaults to the file's path
// below dir without ".txt". Missing Event and Outlet usually come from
// [LoadOptions.Defaults]. A file with no text (empty, only white space, or nothing after
// its header) is an error wrapping [ErrMissingField] that says which, before any other
// field is checked, unless [LoadOptions.Compose] makes the text from header keys.
func LoadText(fsys fs.FS, dir string, opts *LoadOptions) (*Corpus, error) {
	if st, err := fs.Stat(fsys, dir); err == nil && !st.IsDir() {
		return nil, &LoadError{File: dir, Err: fmt.Errorf("%w: LoadText reads a folder", ErrFormat)}
	}
	return Load(fsys, dir, opts)
}

func scanText(fsys fs.FS, dir string, o *LoadOptions, col *collector) error {
	col.files = map[string]string{}
	var read int64
	return fs.WalkDir(fsys, dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return &LoadError{File: p, Err: err}
		}
		if !isTextFile(p, e) {
			return nil
		}
		if !e.Type().IsRegular() { // a link, or a pipe or device that reading would block on
			st, err := fs.Stat(fsys, p)
			if err != nil {
				return &LoadError{File: p, Err: err}
			}
			if err := regular(p, st); err != nil {
				return col.fail(err.(*LoadError))
			}
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return &LoadError{File: p, Err: err}
		}
		if b, err = decodeBytes(b); err != nil {
			return col.fail(&LoadError{File: p, Line: 1, Err: err})
		}
		if read += int64(len(b)); o.Progress != nil {
			o.Progress(read, 0)
		}
		d, line, perr := parseText(b, o)
		if perr == nil {
			if d.ID == "" {
				rel := strings.TrimPrefix(strings.TrimPrefix(p, dir), "/")
				if dir == "." {
					rel = p
				}
				d.ID = strings.TrimSuffix(rel, path.Ext(rel))
			}
			perr = emptyText(&d, b, o)
		}
		if perr == nil {
			perr = o.finish(&d, p, 0)
		}
		if perr != nil {
			return col.fail(&LoadError{File: p, Line: line, Err: perr})
		}
		return col.add(d, p, 1)
	})
}

// emptyText returns the error for a file (b, decoded) whose body, d.Text, is empty or
// white space, saying which (the file is empty, holds only white space, or has nothing after
// its header), before the fields a document must have are checked: the file has nothing to
// read, whatever its header lacks. A header that cannot be read (a line that is not
// "key: value", a date that is not one) is reported first, by parseText. A composed text
// (LoadOptions.Compose) is made from the header instead.
func emptyText(d *Document, b []byte, o *LoadOptions) error {
	if strings.TrimSpace(d.Text) != "" || len(o.Compose["text"]) > 0 {
		return nil
	}
	why := " (the file is empty)"
	switch {
	case len(d.Text) < len(b):
		why = " (the file has a header and no text after it)"
	case len(b) > 0:
		why = " (the file holds only white space)"
	}
	return d.missingError("text", why)
}

// parseText splits a text file into header fields and body. On error it returns the 1-based
// line at fault.
func parseText(b []byte, o *LoadOptions) (Document, int, error) {
	var d Document
	s := string(b)
	first, _, _ := strings.Cut(s, "\n")
	if k, _, ok := headerLine(first); !ok || !o.isField(k) {
		d.Text = s
		return d, 0, nil
	}
	var keys, values []string
	line := 0
	rest := s
	for rest != "" {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		line++
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" {
			break
		}
		k, v, ok := headerLine(l)
		if !ok {
			return d, line, fmt.Errorf("%w: header line is not \"key: value\" (end the header with a blank line)", ErrSyntax)
		}
		for i, prev := range keys {
			if strings.EqualFold(prev, k) {
				return d, line, fmt.Errorf("%w: header key %q appears twice (lines %d and %d)", ErrConflict, k, i+1, line)
			}
		}
		keys, values = append(keys, k), append(values, v)
	}
	// The text is the body: a key that would fill it would be replaced by the body, lost.
	var texts []string
	at := 0
	for i, k := range keys {
		if o.place(k).field == fieldText {
			if texts = append(texts, strconv.Quote(k)); at == 0 {
				at = i + 1
			}
		}
	}
	if len(texts) > 0 {
		what := "header key " + texts[0]
		if len(texts) > 1 {
			what = "header keys " + strings.Join(texts[:len(texts)-1], ", ") + " and " + texts[len(texts)-1]
		}
		return d, at, fmt.Errorf("%w: a .txt file's text is its body: %s can only be dropped or renamed", ErrConflict, what)
	}
	targets, err := o.bind(keys)
	if err != nil {
		return d, 1, err
	}
	for i, t := range targets {
		if t.field == fieldMetaObject {
			t = target{field: fieldMeta, meta: keys[i]}
		}
		if err := t.set(&d, values[i]); err != nil {
			return d, i + 1, err
		}
	}
	d.Text = rest
	return d, 0, nil
}

// headerLine splits "key: value". The key is a short run of letters, digits, '_', '-' or
// spaces starting with a letter.
func headerLine(l string) (key, value string, ok bool) {
	k, v, found := strings.Cut(l, ":")
	if !found || len(k) == 0 || len(k) > 40 {
		return "", "", false
	}
	for i, r := range k {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if i == 0 && !letter || !letter && !(r >= '0' && r <= '9') && r != '_' && r != '-' && r != ' ' {
			return "", "", false
		}
	}
	return strings.TrimSpace(k), strings.TrimSpace(strings.TrimRight(v, "\r")), true
}
