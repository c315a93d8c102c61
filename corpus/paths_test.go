package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOSPathErrors: LoadFile and ScanFile name a file by the path given, in the error they
// return (strict) and in every error they pass to Skip (lenient) alike.
func TestOSPathErrors(t *testing.T) {
	dir := t.TempDir()
	const rec = `{"id":"a","event":"e","outlet":"o","text":"t"}` + "\n"
	jsonl := filepath.Join(dir, "dupid.jsonl")
	if err := os.WriteFile(jsonl, []byte(rec+rec), 0o644); err != nil { // line 2 repeats id "a"
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "texts")
	if err := os.MkdirAll(filepath.Join(folder, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(folder, "a.txt"), []byte("a text\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A header whose second line is not "key: value": an error at line 2 of sub/bad.txt.
	if err := os.WriteFile(filepath.Join(folder, "sub", "bad.txt"), []byte("event: e\nno colon here\n\ntext\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	slash := string(filepath.Separator)
	for _, tc := range []struct {
		name, given, want string
		line              int
	}{
		{"file", jsonl, jsonl, 2},
		{"folder", folder, filepath.Join(folder, "sub", "bad.txt"), 2},
		{"folder with a trailing separator", folder + slash, folder + slash + filepath.Join("sub", "bad.txt"), 2},
		{"relative, as given", "." + slash + "dupid.jsonl", "." + slash + "dupid.jsonl", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(dir)
			opts := &LoadOptions{Defaults: Document{Event: "e", Outlet: "o"}}
			check := func(how string, le *LoadError) {
				t.Helper()
				if le == nil {
					t.Errorf("%s: no *LoadError", how)
					return
				}
				if le.File != tc.want || le.Line != tc.line {
					t.Errorf("%s: File %q, Line %d; want %q, %d", how, le.File, le.Line, tc.want, tc.line)
				}
			}
			asLoadError := func(err error) *LoadError {
				var le *LoadError
				errors.As(err, &le)
				return le
			}

			_, err := LoadFile(tc.given, opts)
			check("LoadFile strict", asLoadError(err))
			var errs []error
			for _, err := range ScanFile(tc.given, opts) {
				errs = append(errs, err)
			}
			if len(errs) != 2 || errs[0] != nil { // the good record, then the error
				t.Fatalf("ScanFile strict: %v", errs)
			}
			check("ScanFile strict", asLoadError(errs[1]))

			var skipped []*LoadError
			lenient := *opts
			lenient.Skip = func(le *LoadError) { skipped = append(skipped, le) }
			if _, err := LoadFile(tc.given, &lenient); err != nil || len(skipped) != 1 {
				t.Fatalf("LoadFile lenient: %v, %d skipped", err, len(skipped))
			}
			check("LoadFile Skip", skipped[0])
			skipped = nil
			for _, err := range ScanFile(tc.given, &lenient) {
				if err != nil {
					t.Fatalf("ScanFile lenient: %v", err)
				}
			}
			if len(skipped) != 1 {
				t.Fatalf("ScanFile lenient: %d skipped", len(skipped))
			}
			check("ScanFile Skip", skipped[0])
		})
	}
}

// TestOSPathMissing: a path that does not exist is named as given, folder and all, with
// the file system's reason, by LoadFile, ScanFile and DigestFile; the error still unwraps
// to fs.ErrNotExist.
func TestOSPathMissing(t *testing.T) {
	dir := t.TempDir()
	for _, given := range []string{
		filepath.Join(dir, "nothere", "x.jsonl"),
		filepath.Join(dir, "x.jsonl"),
		filepath.Join(dir, "nothere", "texts") + string(filepath.Separator),
	} {
		t.Run(filepath.Base(given), func(t *testing.T) {
			var scanErr error
			for _, err := range ScanFile(given, nil) {
				scanErr = err
			}
			_, loadErr := LoadFile(given, nil)
			_, digestErr := DigestFile(given, 0)
			for how, err := range map[string]error{"LoadFile": loadErr, "ScanFile": scanErr, "DigestFile": digestErr} {
				if !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("%s: %v, not fs.ErrNotExist", how, err)
					continue
				}
				// "corpus: DIR/nothere/x.jsonl: no such file or directory": the path as given,
				// once, and no bare base name ("stat x.jsonl").
				want := "corpus: " + given + ": "
				if msg := err.Error(); !strings.HasPrefix(msg, want) || strings.Count(msg, filepath.Base(given)) != 1 {
					t.Errorf("%s: %q; want %q followed by the reason only", how, msg, want)
				}
			}
		})
	}
}

// TestRecordErrorsPlain: the errors a record causes reach the reader of a program's
// messages, who may never have written a LoadOptions: they say what is wrong in plain
// words and name no Go field nor print a Go value, and still wrap their sentinels.
func TestRecordErrorsPlain(t *testing.T) {
	long := "id,event,outlet,text\na,e,o,\"Ana Ruiz\n" + strings.Repeat("said Ivo Marek\n", 5)
	for _, tc := range []struct {
		name, file, data string
		opts             *LoadOptions
		want             error
	}{
		{"two inputs give one field", "r.jsonl", `{"id":"a","event":"e","outlet":"o","text":"Ana Ruiz","body":"Ivo Marek"}` + "\n", nil, ErrConflict},
		{"a composed field given", "r.jsonl", `{"id":"a","event":"e","outlet":"o","text":"Ana Ruiz","title":"Halden"}` + "\n",
			&LoadOptions{Compose: map[string][]string{"text": {"title", "desc"}}}, ErrConflict},
		{"a quote left open", "r.csv", long, &LoadOptions{MaxQuoteLines: 3}, ErrSyntax},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(mapFS(map[string]string{tc.file: tc.data}), tc.file, tc.opts)
			if !errors.Is(err, tc.want) {
				t.Fatalf("%v; want %v", err, tc.want)
			}
			if strings.Contains(err.Error(), "Options") {
				t.Errorf("%q names a Go field", err)
			}
			if strings.Contains(err.Error(), `["`) {
				t.Errorf("%q prints a Go slice", err)
			}
		})
	}
}

// TestHeaderSameName: a header that names a column twice (names match ignoring case) stops
// loading, lenient or not, with an error that gives both columns' positions and spellings
// and what to do, in plain words, at the header's line.
func TestHeaderSameName(t *testing.T) {
	for _, tc := range []struct {
		name, file, data string
		want             string
	}{
		{"one spelling", "h.csv", "id,event,outlet,text,text\n1,e,o,Ana Ruiz,Ivo Marek\n",
			`header: syntax error: columns 4 and 5 are both named "text": rename one`},
		{"two spellings", "h.csv", "id,event,Outlet,text,OUTLET\n1,e,o,Ana Ruiz,Halden\n",
			`columns 3 and 5, "Outlet" and "OUTLET", have one name (names are matched ignoring case): rename one`},
		{"meta columns", "h.tsv", "id\tevent\toutlet\ttext\tregion\tRegion\n1\te\to\tAna Ruiz\tHalden\tnorth\n",
			`columns 5 and 6, "region" and "Region", have one name`},
		{"an unnamed column and its name", "h.csv", "id,event,outlet,,text,column 4\n1,e,o,x,Ana Ruiz,y\n",
			`columns 4 and 6 are both named "column 4"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var skipped []*LoadError
			_, err := Load(mapFS(map[string]string{tc.file: tc.data}), tc.file, &LoadOptions{Skip: func(e *LoadError) { skipped = append(skipped, e) }})
			var le *LoadError
			if !errors.As(err, &le) || le.Line != 1 || !errors.Is(err, ErrSyntax) {
				t.Fatalf("%v; want an error at line 1 wrapping ErrSyntax", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%q does not say %q", err, tc.want)
			}
			if len(skipped) > 0 {
				t.Errorf("skipped %v: a header is no record", skipped)
			}
		})
	}
}

// TestReadmeSameName: README quotes the messages of TestHeaderSameName word for word.
func TestReadmeSameName(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Skip(err)
	}
	readme := strings.Join(strings.Fields(string(b)), " ")
	for _, want := range []string{
		`header: syntax error: columns 4 and 5 are both named "text": rename one`,
		`columns 3 and 5, "Outlet" and "OUTLET", have one name (names are matched ignoring case): rename one`,
	} {
		if !strings.Contains(readme, want) {
			t.Errorf("README does not quote %q", want)
		}
	}
}
