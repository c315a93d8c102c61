package corpus

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
)

// LoadCSV reads a delimited file with a header row: comma-separated, or tab-separated if the
// name ends in .tsv. Columns map to fields by their header names as [LoadOptions.Fields]
// describes; other columns go to Meta under their header name (an empty header name becomes
// "column N", 1-based). Quoted fields may span lines; errors give the line where the record
// starts. Every record must have as many fields as the header. A record without an ID gets
// "name:line".
func LoadCSV(fsys fs.FS, name string, opts *LoadOptions) (*Corpus, error) {
	o, err := opts.check()
	if err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, &LoadError{File: name, Err: err}
	}
	defer f.Close()

	r := csv.NewReader(f)
	if strings.EqualFold(path.Ext(name), ".tsv") {
		r.Comma = '\t'
		r.LazyQuotes = true
	}
	r.ReuseRecord = true
	header, err := r.Read()
	if err == io.EOF {
		return nil, &LoadError{File: name, Line: 1, Err: fmt.Errorf("%w: no header row", ErrSyntax)}
	}
	if err != nil {
		return nil, &LoadError{File: name, Line: 1, Err: fmt.Errorf("%w: header: %v", ErrSyntax, err)}
	}
	cols := make([]string, len(header))
	seen := make(map[string]bool, len(header))
	for i, h := range header {
		if i == 0 {
			h = strings.TrimPrefix(h, "\uFEFF")
		}
		h = strings.TrimSpace(h)
		if h == "" {
			h = fmt.Sprintf("column %d", i+1)
		}
		key := strings.ToLower(h)
		if seen[key] {
			return nil, &LoadError{File: name, Line: 1, Err: fmt.Errorf("%w: column %q appears twice in the header", ErrSyntax, h)}
		}
		seen[key] = true
		cols[i] = h
	}

	col := collector{opts: &o}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return nil, &LoadError{File: name, Err: err}
			}
			le := &LoadError{File: name, Line: pe.StartLine, Err: fmt.Errorf("%w: %v", ErrSyntax, pe.Err)}
			if err := col.fail(le); err != nil {
				return nil, err
			}
			continue
		}
		line, _ := r.FieldPos(0)
		var d Document
		var ferr error
		for i, v := range rec {
			if ferr = o.set(&d, cols[i], v); ferr != nil {
				break
			}
		}
		if ferr == nil {
			ferr = o.finish(&d, name, line)
		}
		if ferr != nil {
			if err := col.fail(&LoadError{File: name, Line: line, Err: ferr}); err != nil {
				return nil, err
			}
			continue
		}
		if err := col.add(d, name, line); err != nil {
			return nil, err
		}
	}
	return col.corpus()
}
