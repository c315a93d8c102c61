package corpus

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// crOnly joins lines with a lone carriage return, as classic Mac OS wrote text.
func crOnly(lines ...string) string { return strings.Join(lines, "\r") + "\r" }

// TestOldMacLineEndings: a file whose lines end in a carriage return alone is read line by
// line, like the same file with newlines, in every format; lenient loading still accounts
// for every record.
func TestOldMacLineEndings(t *testing.T) {
	var csvLines, tsvLines, jsonLines []string
	csvLines = append(csvLines, "id,event,outlet,text")
	tsvLines = append(tsvLines, "id\tevent\toutlet\ttext")
	for i := range 12 {
		csvLines = append(csvLines, fmt.Sprintf("r%d,e,o,text %d", i, i))
		tsvLines = append(tsvLines, fmt.Sprintf("r%d\te\to\ttext %d", i, i))
		jsonLines = append(jsonLines, fmt.Sprintf(`{"id":"r%d","event":"e","outlet":"o","text":"text %d"}`, i, i))
	}
	for _, f := range []struct{ name, data string }{
		{"a.csv", crOnly(csvLines...)},
		{"a.tsv", crOnly(tsvLines...)},
		{"a.jsonl", crOnly(jsonLines...)},
		{"bom.csv", "\uFEFF" + crOnly(csvLines...)},
		{"utf16.jsonl", string(utf16Bytes(crOnly(jsonLines...), false))},
	} {
		t.Run(f.name, func(t *testing.T) {
			c, err := Load(mapFS(map[string]string{f.name: f.data}), f.name, nil)
			if err != nil {
				t.Fatal(err)
			}
			docs := c.Documents()
			if len(docs) != 12 {
				t.Fatalf("%d documents, want 12", len(docs))
			}
			if d, _ := c.Document("r3"); d.Text != "text 3" {
				t.Errorf("r3: text %q", d.Text)
			}
		})
	}
	t.Run("lenient", func(t *testing.T) {
		lines := append([]string(nil), csvLines...)
		lines[5] = "r4,e,o" // too few fields: one bad record among 12
		c, skipped := loadAll(t, "a.csv", crOnly(lines...), nil)
		if c.Len() != 11 || len(skipped) != 1 || skipped[0].Line != 6 {
			t.Errorf("%d loaded, skipped %v; want 11 loaded and line 6 skipped", c.Len(), skipped)
		}
	})
	t.Run("quoted field", func(t *testing.T) {
		data := crOnly("id,event,outlet,text", `1,e,o,"two`, `lines"`, "2,e,o,t")
		c, err := Load(mapFS(map[string]string{"q.csv": data}), "q.csv", nil)
		if err != nil {
			t.Fatal(err)
		}
		if d, _ := c.Document("1"); c.Len() != 2 || d.Text != "two\nlines" {
			t.Errorf("%d documents, text %q", c.Len(), d.Text)
		}
	})
	t.Run("text folder", func(t *testing.T) {
		data := crOnly("event: e", "outlet: o", "", "First paragraph.", "", "Second.")
		c, err := Load(mapFS(map[string]string{"d/a.txt": data}), "d", nil)
		if err != nil {
			t.Fatal(err)
		}
		d, _ := c.Document("a")
		if d.Event != "e" || d.Outlet != "o" || d.Text != "First paragraph.\n\nSecond.\n" {
			t.Errorf("got %+v", d)
		}
	})
	t.Run("long first line", func(t *testing.T) {
		// The first line break comes after more than the decoder's look-ahead.
		long := fmt.Sprintf(`{"id":"r0","event":"e","outlet":"o","text":"%s"}`, strings.Repeat("word ", 30000))
		data := crOnly(append([]string{long}, jsonLines[1:]...)...)
		c, err := Load(mapFS(map[string]string{"l.jsonl": data}), "l.jsonl", nil)
		if err != nil || c.Len() != 12 {
			t.Fatalf("%v, %v documents", err, c)
		}
	})
}

// TestLineEndingsKept: CRLF files, and a carriage return inside a field of a file with
// newlines, are read as before.
func TestLineEndingsKept(t *testing.T) {
	data := "id,event,outlet,text\r\n1,e,o,\"a\rb\"\r\n2,e,o,t\r\n"
	c, err := Load(mapFS(map[string]string{"a.csv": data}), "a.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := c.Document("1"); c.Len() != 2 || d.Text != "a\rb" {
		t.Errorf("%d documents, text %q", c.Len(), d.Text)
	}
}

func TestDecode(t *testing.T) {
	want := "Заявление — «спецоперация»\nsecond line\n"
	for name, in := range map[string][]byte{
		"utf-8":     []byte(want),
		"utf-8 bom": append([]byte("\uFEFF"), want...),
		"utf-16le":  utf16Bytes(want, false),
		"utf-16be":  utf16Bytes(want, true),
		"utf-32le":  utf32Bytes(want, false),
		"old mac":   []byte(strings.ReplaceAll(want, "\n", "\r")),
	} {
		r, err := Decode(strings.NewReader(string(in)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		got, err := io.ReadAll(r)
		if err != nil || string(got) != want {
			t.Errorf("%s: %q, %v", name, got, err)
		}
	}
	// A first line longer than the look-ahead: decided at the first line break, whatever
	// the reads' sizes.
	long := strings.Repeat("a", 70000)
	for _, tt := range []struct{ in, want string }{
		{long + "\rb\r\nc\r", long + "\nb\nc\n"},
		{long + "\r\nb\rc\r\n", long + "\nb\rc\r\n"},
		{long + "\nb\rc\r", long + "\nb\rc\r"},
		{long + "\r", long + "\n"},
		{long, long},
	} {
		for _, one := range []bool{false, true} {
			var in io.Reader = strings.NewReader(tt.in)
			if one {
				in = iotest.OneByteReader(in)
			}
			r, err := Decode(in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			if err != nil || string(got) != tt.want {
				t.Errorf("%q (one byte at a time: %v): got %q", tt.in[len(long):], one, got[min(len(got), len(long)):])
			}
		}
	}
	if _, err := Decode(strings.NewReader(string(utf16Bytes(want, false)[2:]))); !errors.Is(err, ErrEncoding) {
		t.Errorf("UTF-16 without a mark: %v", err)
	}
}
