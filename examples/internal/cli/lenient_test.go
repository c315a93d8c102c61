package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestLenientHint: when -lenient skips most records for a field a flag can fill, the
// summary says which flag, as the error without -lenient does; a minority skipped, or the
// flag given, gives no hint.
func TestLenientHint(t *testing.T) {
	const noEvent = "give -default-event NAME for records that name no event"
	const noText = "if the text is under another name, -field text=NAME reads it"
	for _, tc := range []struct {
		name string
		args []string
		data string
		want string // "" for no hint
	}{
		{"every record lacks an event", nil, "id,event,outlet,text\n1,,State Daily,Polls close\n2,,Wire,Polls open\n", noEvent},
		{"two of three lack an event", nil, "id,event,outlet,text\n1,,A,Polls close\n2,,B,Polls open\n3,vote,C,Turnout\n", noEvent},
		{"one of three lacks an event", nil, "id,event,outlet,text\n1,,A,Polls close\n2,vote,B,Polls open\n3,vote,C,Turnout\n", ""},
		{"every record lacks text", nil, "id,event,outlet,text\n1,vote,A,\n2,vote,B,\n", noText},
		{"-default-event given", []string{"-default-event", "vote"}, "id,outlet,text\n1,A,\n2,B,\n", noText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseCommon(t, append([]string{"-corpus", "-", "-format", "csv", "-lenient"}, tc.args...)...)
			if err != nil {
				t.Fatal(err)
			}
			c.stdin = strings.NewReader(tc.data)
			var stderr bytes.Buffer
			for range c.Input("").Docs("test", &stderr) {
			}
			out := stderr.String()
			if !strings.Contains(out, "-lenient") {
				t.Fatalf("no summary of skipped records:\n%s", out)
			}
			for _, hint := range []string{noEvent, noText} {
				if got := strings.Contains(out, hint); got != (hint == tc.want) {
					t.Errorf("hint %q said: %v, want %v:\n%s", hint, got, hint == tc.want, out)
				}
			}
		})
	}
}

// TestConflictWords: two inputs that fill one field, or columns with one name, are said in
// -field's words, naming the inputs and the values that settle it, with -lenient as without:
// a header stops the reading either way (and says that -lenient cannot skip it); a record's
// conflict is skipped by -lenient and summed up in the same words. No loader words ("map
// the one to read", an option's name) reach the user.
func TestConflictWords(t *testing.T) {
	flags := map[string][]string{ // besides -corpus and -format
		"record gives a composed field":       {"-field", "text=title+desc"},
		"record, composed input in two cases": {"-field", "text=title+body"},
	}
	const textField = `both fill the text field: say which to read, -field text=text or -field text=body (the other is then kept as metadata), or drop one, -field -=text or -field -=body`
	for _, tc := range []struct {
		name, format, data string
		lenient            bool
		want               []string
	}{
		{"header, lenient", "csv", "id,event,outlet,text,body\n1,vote,A,Ana Ruiz spoke,Ivo Marek spoke\n", true,
			[]string{`stdin.csv:1: header: columns "text" and "body" ` + textField, "(-lenient skips records, not a header)"}},
		{"header, strict", "csv", "id,event,outlet,text,body\n1,vote,A,Ana Ruiz spoke,Ivo Marek spoke\n", false,
			[]string{`header: columns "text" and "body" ` + textField}},
		{"header names with spaces", "tsv", "id\tevent\toutlet\ttext\ttown name\tmeta.town name\n1\tvote\tA\tAna Ruiz spoke\tHalden\tHalden\n", true,
			[]string{`columns "town name" and "meta.town name" both fill the metadata "town name": drop one, -field '-=town name' or -field '-=meta.town name'`}},
		{"header meta key", "csv", "id,event,outlet,text,region,meta.region\n1,vote,A,Ana Ruiz spoke,north,south\n", true,
			[]string{`header: columns "region" and "meta.region" both fill the metadata "region": drop one, -field -=region or -field -=meta.region`, "not a header"}},
		{"header column twice", "csv", "id,event,outlet,text,Text\n1,vote,A,Ana Ruiz spoke,Ivo Marek spoke\n", true,
			[]string{`header: syntax error: columns 4 and 5, "text" and "Text", have one name (names are matched ignoring case): rename one`, "not a header"}},
		{"record, lenient", "jsonl", `{"id":"1","event":"vote","outlet":"A","text":"Ana Ruiz spoke","body":"Ivo Marek spoke"}` + "\n" +
			`{"id":"2","event":"vote","outlet":"A","text":"Lena Varga spoke"}` + "\n", true,
			[]string{`skipped 1 malformed record(s) of 2`, `keys "text" and "body" ` + textField + ` (stdin.jsonl:1)`}},
		{"record, strict", "jsonl", `{"id":"1","event":"vote","outlet":"A","text":"Ana Ruiz spoke","body":"Ivo Marek spoke"}` + "\n", false,
			[]string{`stdin.jsonl:1: keys "text" and "body" ` + textField + ` (or -lenient skips such records and reports each)`}},
		{"record, names differing in case", "jsonl", `{"id":"1","event":"vote","outlet":"A","text":"Ana Ruiz spoke","Text":"Ivo Marek spoke"}` + "\n", false,
			[]string{`keys "text" and "Text" both fill the text field, and names are matched ignoring case: rename one in the file`}},
		{"record gives a composed field", "jsonl", `{"id":"1","event":"vote","outlet":"A","title":"Polls close","text":"Ana Ruiz spoke"}` + "\n" +
			`{"id":"2","event":"vote","outlet":"A","title":"Polls open","desc":"Ivo Marek spoke"}` + "\n", true,
			[]string{`the record has a text of its own, and -field text=title+desc makes one: drop its own with -field -=NAME (NAME: the input that holds it), or leave out -field text=title+desc (stdin.jsonl:1)`}},
		{"record, composed input in two cases", "jsonl", `{"id":"1","event":"vote","outlet":"A","title":"Polls close","Body":"Ana Ruiz spoke","body":"Ivo Marek spoke"}` + "\n", false,
			[]string{`stdin.jsonl:1: keys "Body" and "body" both give body, which -field text=title+body reads, and names are matched ignoring case: rename one in the file`}},
		{"record meta key in a meta object", "jsonl", `{"id":"1","event":"vote","outlet":"A","text":"Ana Ruiz spoke","region":"north","meta":{"region":"south"}}` + "\n", true,
			[]string{`keys "region" and "meta.region" both fill the metadata "region": drop one, -field -=region (stdin.jsonl:1)`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"-corpus", "-", "-format", tc.format}, flags[tc.name]...)
			if tc.lenient {
				args = append(args, "-lenient")
			}
			c, err := parseCommon(t, args...)
			if err != nil {
				t.Fatal(err)
			}
			c.stdin = strings.NewReader(tc.data)
			out, got := readReport(c)
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output does not say %q:\n%s", w, out)
				}
			}
			for _, no := range []string{"map the one", "Options", "meta key", `["`} {
				if strings.Contains(out, no) {
					t.Errorf("output says %q, the loader's words:\n%s", no, out)
				}
			}
			if got != nil && strings.Contains(got.Error(), " both fill ") && !errors.Is(got, corpus.ErrConflict) {
				t.Errorf("%v does not wrap corpus.ErrConflict", got)
			}
		})
	}
}

// TestComposeAliasInput: a composed field whose input is a column that would itself fill
// it (body fills the text; headline and title the title) reads that column: every record
// loads, with the field made of its inputs.
func TestComposeAliasInput(t *testing.T) {
	for _, tc := range []struct {
		name, field, data string
		title, text       string
	}{
		{"text=title+body", "text=title+body", "id,event,outlet,kind,title,body\n1,vote,Halden Post,local,Ana Ruiz wins,Ivo Marek concedes.\n",
			"Ana Ruiz wins", "Ana Ruiz wins\n\nIvo Marek concedes."},
		{"title=headline+sub", "title=headline+sub", "id,event,outlet,headline,sub,text\n1,vote,Halden Post,Ana Ruiz wins,By a wide margin,Lena Varga counts.\n",
			"Ana Ruiz wins\n\nBy a wide margin", "Lena Varga counts."},
		{"title=title+sub", "title=title+sub", "id,event,outlet,title,sub,text\n1,vote,Halden Post,Ana Ruiz wins,By a wide margin,Lena Varga counts.\n",
			"Ana Ruiz wins\n\nBy a wide margin", "Lena Varga counts."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseCommon(t, "-corpus", "-", "-format", "csv", "-field", tc.field)
			if err != nil {
				t.Fatal(err)
			}
			c.stdin = strings.NewReader(tc.data)
			var stderr bytes.Buffer
			var docs []corpus.Document
			var last error // the sides, which these records do not fill, may fail after reading
			for d, err := range c.Input("").Docs("test", &stderr) {
				if err != nil {
					last = err
					break
				}
				docs = append(docs, d)
			}
			if len(docs) != 1 || docs[0].Title != tc.title || docs[0].Text != tc.text {
				t.Fatalf("got %+v (%v); want title %q, text %q", docs, last, tc.title, tc.text)
			}
		})
	}
}

// TestTxtHeaderText: in a folder of .txt files the text is each file's body, so a header
// key that fills the text is said with the one thing that helps, dropping it, and no advice
// to read it as the text; likewise for a composed text.
func TestTxtHeaderText(t *testing.T) {
	for _, tc := range []struct {
		name, header string
		args         []string
		want         string
	}{
		{"text key", "text: Ana Ruiz wins\n", nil,
			`a .txt file's text is its body; header key "text" can only be dropped (-field -=text) or renamed`},
		{"text and body keys", "text: Ana Ruiz wins\nbody: Ivo Marek concedes\n", nil,
			`a .txt file's text is its body; header keys "text" and "body" can only be dropped (-field -=text -field -=body) or renamed`},
		// summary fills the text only because -field says so: leaving that out helps, and
		// -field -=summary beside it is refused ("summary is read already, as text").
		{"key mapped to the text", "summary: Ana Ruiz wins\n", []string{"-field", "text=summary"},
			`a .txt file's text is its body; header key "summary" fills it only through -field text=summary: leave that flag out`},
		{"key mapped to the text in another case", "Summary: Ana Ruiz wins\n", []string{"-field", "text=summary"},
			`a .txt file's text is its body; header key "Summary" fills it only through -field text=summary: leave that flag out`},
		{"text key and a key mapped to the text", "text: Ana Ruiz wins\nsummary: Ivo Marek concedes\n", []string{"-field", "text=summary"},
			`a .txt file's text is its body; header key "text" can only be dropped (-field -=text) or renamed; header key "summary" fills it only through -field text=summary: leave that flag out`},
		{"composed text", "title: Ana Ruiz wins\n", []string{"-field", "text=title+summary"},
			`a .txt file's text is its body, which -field text=title+summary cannot replace: leave that flag out`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			data := "id: a\nevent: vote\noutlet: Halden Post\n" + tc.header + "\nLena Varga counts.\n"
			if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, lenient := range []bool{false, true} {
				args := append([]string{"-corpus", dir}, tc.args...)
				if lenient {
					args = append(args, "-lenient")
				}
				c, err := parseCommon(t, args...)
				if err != nil {
					t.Fatal(err)
				}
				var stderr bytes.Buffer
				out := ""
				for _, err := range c.Input("").Docs("test", &stderr) {
					if err != nil {
						out = err.Error()
						break
					}
				}
				out += "\n" + stderr.String()
				if !strings.Contains(out, tc.want) {
					t.Errorf("lenient %v: output does not say %q:\n%s", lenient, tc.want, out)
				}
				for _, no := range []string{"say which to read", "-field text=text", "NAME", "-=summary", "-=Summary"} {
					if strings.Contains(out, no) {
						t.Errorf("lenient %v: output says %q:\n%s", lenient, no, out)
					}
				}
			}
		})
	}
}

// TestHeaderHints: an error about a CSV file as a whole (no header row; a header without
// a column every record needs) says what is wrong once, before any record, with the flags
// that help, and never offers -lenient, which skips records, not a file or a header: with
// -lenient it says so.
func TestHeaderHints(t *testing.T) {
	const outlet = "give -default-outlet NAME for every record, or -field outlet=COLUMN to read a column of another name"
	for _, tc := range []struct {
		name, data string
		lenient    bool
		want       []string
		not        []string
	}{
		{"empty", "", false, []string{"stdin.csv: syntax error: no header row: the file is empty"}, []string{"-lenient"}},
		{"empty, lenient", "", true, []string{"no header row: the file is empty"}, []string{"-lenient skips", "skipped"}},
		{"blank lines, lenient", "\n\n", true, []string{"no header row: the file holds only blank lines"}, []string{"-lenient skips", "skipped"}},
		{"no outlet column", "id,event,text\n1,vote,Ana Ruiz spoke\n2,vote,Ivo Marek spoke\n", false,
			[]string{`stdin.csv:1: header: missing required field: no column gives the outlet`, outlet}, []string{"-lenient", "stdin.csv:2"}},
		{"no outlet column, lenient", "id,event,text\n1,vote,Ana Ruiz spoke\n2,vote,Ivo Marek spoke\n", true,
			[]string{outlet + "; -lenient skips records, not a header)"}, []string{"skipped", "stdin.csv:2"}},
		{"a column named like a field's words", "id,event,text,\"the event (named e)\"\n1,vote,Ana Ruiz spoke,x\n", false,
			[]string{`the columns are "id", "event", "text", "the event (named e)" (` + outlet + ")"}, []string{"-default-event"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"-corpus", "-", "-format", "csv"}
			if tc.lenient {
				args = append(args, "-lenient")
			}
			c, err := parseCommon(t, args...)
			if err != nil {
				t.Fatal(err)
			}
			c.stdin = strings.NewReader(tc.data)
			var stderr bytes.Buffer
			var got error
			for _, err := range c.Input("").Docs("test", &stderr) {
				if err != nil {
					got = err
					break
				}
			}
			if got == nil {
				t.Fatalf("no error; stderr:\n%s", stderr.String())
			}
			out := stderr.String() + got.Error()
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output does not say %q:\n%s", w, out)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(out, n) {
					t.Errorf("output says %q:\n%s", n, out)
				}
			}
		})
	}
}

// TestEmptyTxtHint: a .txt file of a folder with no text is said to be empty, with no hint
// of -field text=NAME (a .txt file's text is its body: no flag names it), strict or
// lenient, also when most files of the folder are empty (the summary's hint for a field
// most records lack); the lenient summary names such a file without a line (":0"), and
// offers every skipped file, not record with its line.
func TestEmptyTxtHint(t *testing.T) {
	some := map[string]string{"a.txt": "", "b.txt": "Ana Ruiz spoke in Halden.", "c.txt": "outlet: Halden Post\n\n"}
	most := map[string]string{"a.txt": "", "b.txt": "Ana Ruiz spoke in Halden.", "d.txt": "", "e.txt": ""}
	const fieldHint = "-field text=NAME"
	for _, tc := range []struct {
		name  string
		files map[string]string
		args  []string
		want  []string
	}{
		{"strict", some, nil, []string{`news/a.txt: document "a" has no text (the file is empty): missing required field (-lenient skips such files and reports each)`}},
		{"lenient", some, []string{"-lenient"}, []string{
			"document has no text (the file is empty): missing required field (news/a.txt)\n",
			"document has no text (the file has a header and no text after it): missing required field (news/c.txt)\n",
			"every skipped file: give -skipped FILE"}},
		{"lenient, most files empty", most, []string{"-lenient"}, []string{
			"skipped 3 malformed record(s) of 4 (-lenient)",
			"document has no text (the file is empty): missing required field (news/a.txt, news/d.txt, news/e.txt)\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "news")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			for name, text := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			c, err := parseCommon(t, append([]string{"-corpus", dir, "-default-event", "vote", "-default-outlet", "Halden Post"}, tc.args...)...)
			if err != nil {
				t.Fatal(err)
			}
			out, _ := readReport(c)
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output does not say %q:\n%s", w, out)
				}
			}
			if strings.Contains(out, fieldHint) || strings.Contains(out, ".txt:0") || strings.Contains(out, "record with its line") {
				t.Errorf("output offers %s, names line 0 or a record's line:\n%s", fieldHint, out)
			}
		})
	}
}

// TestFileHints: the errors of a file that no input flags read (an Input not from
// Common.Input, as frames -coded reads its coded documents) offer none of the flags that
// would fill a field or skip a record there (-default-outlet, -field, -lenient), which the
// -corpus file alone takes: they say what the file itself must have.
func TestFileHints(t *testing.T) {
	const flags = "-default-event, -default-outlet, -field and -lenient apply to -corpus only"
	for _, tc := range []struct {
		name  string
		files map[string]string
		path  string
		want  string
	}{
		{"csv without an outlet column", map[string]string{"coded.csv": "id,text,frame\n1,Ana Ruiz spoke.,conflict\n"}, "coded.csv",
			`no column gives the outlet (named outlet, publisher, site or source), which every record needs; the columns are "id", "text", "frame" (the -coded file needs such a column: ` + flags + ")"},
		{"jsonl record without an outlet", map[string]string{"coded.jsonl": `{"id":"1","text":"Ana Ruiz spoke."}` + "\n"}, "coded.jsonl",
			`coded.jsonl:1: document "1" has no outlet: missing required field (each record of the -coded file must give the outlet: ` + flags + ")"},
		{"jsonl record without text", map[string]string{"coded.jsonl": `{"id":"1","outlet":"Halden Post"}` + "\n"}, "coded.jsonl",
			`document "1" has no text: missing required field (each record of the -coded file must give the text: ` + flags + ")"},
		{"empty .txt file", map[string]string{"coded/a.txt": "", "coded/b.txt": "outlet: Halden Post\n\nIvo Marek spoke."}, "coded",
			`document "a" has no text (the file is empty): missing required field (each .txt file of the -coded folder must hold a text: ` + flags + ")"},
		{"two keys give the text", map[string]string{"coded.jsonl": `{"id":"1","outlet":"Halden Post","text":"Ana Ruiz spoke.","body":"Ivo Marek spoke."}` + "\n"}, "coded.jsonl",
			`conflicting fields: "text" and "body" both give the text: map the one to read to the field, and the other to "-" to drop it (rename or remove one in the -coded file: -field applies to -corpus only)`},
		{"a malformed record", map[string]string{"coded.jsonl": `{"id":"1","outlet":"Halden Post","text":"Ana Ruiz spoke."` + "\n"}, "coded.jsonl",
			"coded.jsonl:1: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range tc.files {
				if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var stderr bytes.Buffer
			_, err := Input{Path: filepath.Join(dir, tc.path), DefaultEvent: "coded", Flag: "-coded"}.Corpus("test", &stderr)
			if err == nil {
				t.Fatalf("no error; stderr:\n%s", stderr.String())
			}
			out := stderr.String() + err.Error()
			if !strings.Contains(out, tc.want) {
				t.Errorf("output does not say %q:\n%s", tc.want, out)
			}
			for _, n := range []string{"-default-outlet NAME", "-field outlet=", "-field text=", "-lenient skips", "-lenient to skip", "or -lenient"} {
				if strings.Contains(out, n) {
					t.Errorf("output offers %q:\n%s", n, out)
				}
			}
		})
	}
}

// readReport reads c's documents and returns what the reading says (its stderr, then the
// message of the error that stopped it, if any) and that error.
func readReport(c *Common) (string, error) {
	var stderr bytes.Buffer
	for _, err := range c.Input("").Docs("test", &stderr) {
		if err != nil {
			return stderr.String() + err.Error(), err
		}
	}
	return stderr.String(), nil
}
