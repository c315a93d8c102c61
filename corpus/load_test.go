package corpus

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

func TestLoadJSONL(t *testing.T) {
	data := "\uFEFF" + `{"id":"a","event":"e","outlet":"Xinhua","kind":"state","lang":"en","date":"2023-04-16","title":"T","text":"Body <b>","url":"u","category":"politics","score":3.5}

{"id":7,"event":"e","outlet":"AP","text":"Second","meta":{"desk":"Asia","n":2}}
{"event":"e","outlet":"AP","text":"no id here"}
`
	c, err := Load(mapFS(map[string]string{"news.jsonl": data}), "news.jsonl", nil)
	if err != nil {
		t.Fatal(err)
	}
	a, ok := c.Document("a")
	if !ok {
		t.Fatal("document a missing")
	}
	want := Document{
		ID: "a", Event: "e", Outlet: "Xinhua", Kind: "state", Language: "en",
		Published: time.Date(2023, 4, 16, 0, 0, 0, 0, time.UTC), Title: "T", Text: "Body <b>", URL: "u",
		Meta: map[string]string{"category": "politics", "score": "3.5"},
	}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("got %+v\nwant %+v", a, want)
	}
	if d, ok := c.Document("7"); !ok || d.Meta["desk"] != "Asia" || d.Meta["n"] != "2" {
		t.Errorf("numeric id or meta object mishandled: %+v", d)
	}
	if _, ok := c.Document("news.jsonl:4"); !ok {
		t.Errorf("record without id did not get file:line; ids: %v", c.Documents())
	}
}

func TestLoadJSONLErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		line int
		want error
	}{
		{"bad json", "{\"id\":\"a\",\"event\":\"e\",\"outlet\":\"o\",\"text\":\"t\"}\n{not json}\n", 2, ErrSyntax},
		{"missing outlet", "{\"id\":\"a\",\"event\":\"e\",\"text\":\"t\"}\n", 1, ErrMissingField},
		{"duplicate", "{\"id\":\"a\",\"event\":\"e\",\"outlet\":\"o\",\"text\":\"t\"}\n\n{\"id\":\"a\",\"event\":\"e\",\"outlet\":\"o\",\"text\":\"u\"}\n", 3, ErrDuplicateID},
		{"bad date", "{\"id\":\"a\",\"event\":\"e\",\"outlet\":\"o\",\"text\":\"t\",\"published\":\"yesterday\"}\n", 1, ErrSyntax},
		{"object as text", "{\"id\":\"a\",\"event\":\"e\",\"outlet\":\"o\",\"text\":{\"x\":1}}\n", 1, ErrSyntax},
		{"array line", "[1,2]\n", 1, ErrSyntax},
		{"truncated last line", "{\"id\":\"a\",\"event\":\"e\",\"outlet\":\"o\",\"text\":\"t\"}\n{\"id\":\"b\",", 2, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(mapFS(map[string]string{"x.jsonl": tt.data}), "x.jsonl", nil)
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("got %v, want a *LoadError", err)
			}
			if le.File != "x.jsonl" || le.Line != tt.line || !errors.Is(err, tt.want) {
				t.Errorf("got %v (file %q line %d), want line %d wrapping %v", err, le.File, le.Line, tt.line, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "corpus: x.jsonl:") {
				t.Errorf("message %q does not start with file:line", err)
			}
		})
	}
}

func TestLoadLenient(t *testing.T) {
	data := `{"id":"a","event":"e","outlet":"o","text":"t"}
{broken
{"id":"b","event":"e","text":"no outlet"}
{"id":"a","event":"e","outlet":"o","text":"dup"}
{"id":"c","event":"e","outlet":"o","text":"t"}
`
	var skipped []*LoadError
	c, err := Load(mapFS(map[string]string{"x.jsonl": data}), "x.jsonl", &LoadOptions{
		Skip: func(e *LoadError) { skipped = append(skipped, e) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 2 {
		t.Errorf("kept %d documents, want 2", c.Len())
	}
	var lines []int
	for _, e := range skipped {
		lines = append(lines, e.Line)
	}
	if !reflect.DeepEqual(lines, []int{2, 3, 4}) {
		t.Errorf("skipped lines %v, want [2 3 4]", lines)
	}
}

func TestRoundTrip(t *testing.T) {
	docs := []Document{
		{ID: "r1", Event: "e", Outlet: "Xinhua", Kind: "state", Language: "english",
			Published: time.Date(2023, 4, 16, 9, 30, 0, 0, time.FixedZone("", 8*3600)),
			Title:     "A “quoted” title", Text: "Line one.\n\nLine two & <three>.", URL: "https://x/y?a=1&b=2",
			Meta: map[string]string{"desk": "Asia", "weird key": "v\tw"}},
		{ID: "r2", Event: "e", Outlet: "AP", Text: "Только текст"},
	}
	var c Corpus
	if err := c.Add(docs...); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := c.WriteJSONL(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Load(mapFS(map[string]string{"rt.jsonl": buf.String()}), "rt.jsonl", nil)
	if err != nil {
		t.Fatal(err)
	}
	got := back.Documents()
	for i := range docs {
		if !got[i].Published.Equal(docs[i].Published) {
			t.Errorf("%s: published %v, want %v", docs[i].ID, got[i].Published, docs[i].Published)
		}
		got[i].Published, docs[i].Published = time.Time{}, time.Time{}
		if !reflect.DeepEqual(got[i], docs[i]) {
			t.Errorf("round trip changed %s:\n got %+v\nwant %+v", docs[i].ID, got[i], docs[i])
		}
	}
	var again bytes.Buffer
	if err := back.WriteJSONL(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("second write differs:\n%s\n%s", buf.Bytes(), again.Bytes())
	}
}

func TestReaderStreams(t *testing.T) {
	var b strings.Builder
	for i := range 1000 {
		b.WriteString(`{"id":"d` + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + `","event":"e","outlet":"o","text":"t"}` + "\n")
	}
	b.WriteString("not json\n")
	r := NewReader(strings.NewReader(b.String()), "big.jsonl", nil)
	n := 0
	for {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) || le.Line != 1001 {
				t.Fatalf("error %v, want a LoadError at line 1001", err)
			}
			continue // the reader stays usable after a bad line
		}
		n++
	}
	if n != 1000 {
		t.Errorf("read %d documents, want 1000", n)
	}
}

func TestLoadCSV(t *testing.T) {
	data := "ID,Event,Site,Kind,Date,title,text,desc,\n" +
		"1,bucha,rt.com,state,04/04/2022,Head,\"Multi\nline, with comma\",d1,x\n" +
		"2,bucha,reuters.com,wire,2022-04-05,H2,Plain,d2,y\n"
	c, err := Load(mapFS(map[string]string{"h.csv": data}), "h.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	d, ok := c.Document("1")
	if !ok {
		t.Fatal("row 1 missing")
	}
	if d.Outlet != "rt.com" || d.Text != "Multi\nline, with comma" || d.Meta["desc"] != "d1" || d.Meta["column 9"] != "x" ||
		!d.Published.Equal(time.Date(2022, 4, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("row 1 = %+v", d)
	}

	bad := "id,event,outlet,text\n1,e,o,t\n2,e,o\n3,e,o,\"unclosed\n"
	_, err = Load(mapFS(map[string]string{"b.csv": bad}), "b.csv", nil)
	var le *LoadError
	if !errors.As(err, &le) || le.Line != 3 || !errors.Is(err, ErrSyntax) {
		t.Errorf("short row: got %v, want b.csv:3 wrapping ErrSyntax", err)
	}

	var skipped []int
	c, err = Load(mapFS(map[string]string{"b.csv": bad}), "b.csv", &LoadOptions{Skip: func(e *LoadError) { skipped = append(skipped, e.Line) }})
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 1 || !reflect.DeepEqual(skipped, []int{3, 4}) {
		t.Errorf("lenient: %d docs, skipped %v; want 1 doc, skipped [3 4]", c.Len(), skipped)
	}

	for name, data := range map[string]string{"empty.csv": "", "dup.csv": "id,ID,text\n"} {
		if _, err := Load(mapFS(map[string]string{name: data}), name, nil); !errors.Is(err, ErrSyntax) {
			t.Errorf("%s: got %v, want ErrSyntax", name, err)
		}
	}
}

func TestLoadCSVFieldsOption(t *testing.T) {
	data := "Event,Site,title,KW\nbucha,rt.com,A headline,x\n"
	c, err := Load(mapFS(map[string]string{"r.csv": data}), "r.csv", &LoadOptions{
		Fields: map[string]string{"title": "text", "KW": "-"},
	})
	if err != nil {
		t.Fatal(err)
	}
	d := c.Documents()[0]
	if d.Text != "A headline" || d.Title != "" || d.Meta != nil || d.ID != "r.csv:2" {
		t.Errorf("got %+v", d)
	}
	if _, err := Load(mapFS(map[string]string{"r.csv": data}), "r.csv", &LoadOptions{Fields: map[string]string{"x": "body"}}); err == nil {
		t.Error("an invalid Fields target was accepted")
	}
}

func TestLoadText(t *testing.T) {
	fsys := mapFS(map[string]string{
		"news/a.txt":       "event: e\noutlet: Xinhua\nkind: state\npublished: 2023-04-16\nregion: Asia\n\nBEIJING — Body.\nMore.",
		"news/sub/b.txt":   "Note: no header here, all text.",
		"news/skip.md":     "not a document",
		"news/c.txt":       "id: custom\r\nevent: e\r\noutlet: AP\r\n\r\nBody c",
		"other/broken.txt": "event: e\nthis line is not a header\n\ntext",
	})
	c, err := Load(fsys, "news", &LoadOptions{Defaults: Document{Event: "default-e", Outlet: "Unknown"}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range c.Documents() {
		ids = append(ids, d.ID)
	}
	if !reflect.DeepEqual(ids, []string{"a", "custom", "sub/b"}) {
		t.Fatalf("ids = %v", ids)
	}
	a, _ := c.Document("a")
	if a.Outlet != "Xinhua" || a.Kind != "state" || a.Meta["region"] != "Asia" || a.Text != "BEIJING — Body.\nMore." {
		t.Errorf("a = %+v", a)
	}
	b, _ := c.Document("sub/b")
	if b.Text != "Note: no header here, all text." || b.Event != "default-e" || b.Outlet != "Unknown" {
		t.Errorf("b = %+v", b)
	}
	cc, _ := c.Document("custom")
	if cc.Text != "Body c" || cc.Outlet != "AP" {
		t.Errorf("custom = %+v", cc)
	}

	_, err = Load(fsys, "other", nil)
	var le *LoadError
	if !errors.As(err, &le) || le.File != "other/broken.txt" || le.Line != 2 || !errors.Is(err, ErrSyntax) {
		t.Errorf("broken header: got %v, want other/broken.txt:2 wrapping ErrSyntax", err)
	}
}

func TestLoadUnknownFormatAndMissing(t *testing.T) {
	fsys := mapFS(map[string]string{"x.xml": "<x/>"})
	if _, err := Load(fsys, "x.xml", nil); !errors.Is(err, ErrFormat) {
		t.Errorf("x.xml: got %v, want ErrFormat", err)
	}
	if _, err := Load(fsys, "nope.jsonl", nil); err == nil {
		t.Error("a missing file loaded")
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.jsonl")
	if err := os.WriteFile(path, []byte("{\"id\":\"a\",\"event\":\"e\",\"outlet\":\"o\",\"text\":\"t\"}\n{oops\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadFile(path, nil)
	if err == nil || !strings.Contains(err.Error(), path+":2:") {
		t.Errorf("got %v, want the full path and line 2", err)
	}
}

// TestLongEscapedLine: a JSON Lines record far longer than the reader's buffer, its text
// full of escapes, decodes whole and exactly, and the record after it too.
func TestLongEscapedLine(t *testing.T) {
	unit := `“a” \u201cb\u201d \"c\" \\ d\n`
	want := strings.Repeat("“a” “b” \"c\" \\ d\n", 40000)
	in := `{"id":"long","event":"e","outlet":"o","text":"` + strings.Repeat(unit, 40000) + `"}` + "\n" +
		`{"id":"next","event":"e","outlet":"o","text":"short"}` + "\n"
	var got []Document
	for d, err := range ScanReader(strings.NewReader(in), "long.jsonl", nil) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, d)
	}
	if len(got) != 2 || got[0].Text != want || got[1].Text != "short" {
		t.Fatalf("%d records; first text of %d bytes (want %d), equal %v", len(got), len(got[0].Text), len(want), len(got) > 0 && got[0].Text == want)
	}
}

// TestShortEscapedStringsBeforeALongOne: the escaped strings before a long one (Python's
// json.dumps escapes every non-ASCII character) each take memory for themselves, not for
// the rest of the line: reading 2,000 of them before a 1 MB text allocates a few times the
// line, where sizing each by the bytes left allocated 2 GB.
func TestShortEscapedStringsBeforeALongOne(t *testing.T) {
	tags := strings.TrimSuffix(strings.Repeat(`"caf\u00e9",`, 2000), ",")
	line := `{"id":"d","event":"e","outlet":"o","tags":[` + tags + `],"text":"` + strings.Repeat(`word \u201cquoted\u201d `, 1<<20/20) + `"}` + "\n"
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for d, err := range ScanReader(strings.NewReader(line), "tags.jsonl", nil) {
		if err != nil {
			t.Fatal(err)
		}
		n += len(d.Text)
	}
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; n == 0 || alloc > uint64(20*len(line)) {
		t.Errorf("read a %d-byte line (text %d bytes) allocating %d bytes", len(line), n, alloc)
	}
}

func TestFields(t *testing.T) {
	// Written out by hand from Document's fields, so that a field added or lost shows.
	want := []string{"id", "event", "outlet", "kind", "language", "published", "title", "text", "url"}
	got := Fields()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Fields() = %q, want %q", got, want)
	}
	got[0] = "changed"
	if Fields()[0] != "id" {
		t.Error("Fields returns a slice the caller can change for everyone")
	}
	// Each name is one LoadOptions.Fields accepts; a name that is not a field is refused.
	data := "id,event,outlet,col\n1,e,o,x\n"
	for _, f := range append(want, "body") {
		_, err := Load(mapFS(map[string]string{"f.csv": data}), "f.csv", &LoadOptions{Fields: map[string]string{"col": f}})
		if refused := err != nil && strings.Contains(err.Error(), "is not a document field"); refused != (f == "body") {
			t.Errorf("Fields[col] = %q: %v", f, err)
		}
	}
}
