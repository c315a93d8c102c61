package corpus

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// The loaders must never panic, and every error about a record must name a line.

func checkLoad(t *testing.T, name, data string) {
	t.Helper()
	fsys := fstest.MapFS{name: &fstest.MapFile{Data: []byte(data)}}
	c, err := Load(fsys, name, nil)
	if err != nil {
		var le *LoadError
		if !errors.As(err, &le) || le.File == "" {
			t.Fatalf("error %v is not a *LoadError naming the file", err)
		}
		return
	}
	for _, d := range c.Documents() {
		if err := d.Validate(); err != nil {
			t.Fatalf("loaded an invalid document: %v", err)
		}
	}
	// Lenient loading reports every skipped record with a line.
	_, err = Load(fsys, name, &LoadOptions{Skip: func(e *LoadError) {
		if e.Line <= 0 {
			t.Fatalf("skipped record without a line: %v", e)
		}
	}})
	if err != nil && !errors.Is(err, ErrSyntax) {
		var le *LoadError
		if !errors.As(err, &le) {
			t.Fatalf("lenient load: %v", err)
		}
	}
}

func FuzzLoadJSONL(f *testing.F) {
	f.Add(`{"id":"a","event":"e","outlet":"o","text":"t"}` + "\n")
	f.Add(`{"id":1,"event":"e","outlet":"o","text":"t","meta":{"a":[1]}}` + "\n{")
	f.Add("\uFEFF\n\n{\"text\":null}")
	f.Fuzz(func(t *testing.T, data string) {
		checkLoad(t, "f.jsonl", data)
		r := NewReader(strings.NewReader(data), "f.jsonl", nil)
		for i := 0; i < 10000; i++ {
			if _, err := r.Read(); err == io.EOF {
				break
			}
		}
	})
}

func FuzzLoadCSV(f *testing.F) {
	f.Add("id,event,outlet,text\n1,e,o,t\n")
	f.Add("id,event,outlet,text\n1,e,o,\"a\nb\"\n2,e\n")
	f.Add("\"\n")
	f.Fuzz(func(t *testing.T, data string) {
		checkLoad(t, "f.csv", data)
	})
}

func FuzzLoadText(f *testing.F) {
	f.Add("event: e\noutlet: o\n\nbody")
	f.Add("id: x\nevent: e\nbad\n\nbody")
	f.Add("")
	f.Fuzz(func(t *testing.T, data string) {
		fsys := fstest.MapFS{"d/a.txt": &fstest.MapFile{Data: []byte(data)}}
		_, err := Load(fsys, "d", &LoadOptions{Defaults: Document{Event: "e", Outlet: "o"}})
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error %v is not a *LoadError", err)
			}
		}
	})
}

func FuzzLoadTSV(f *testing.F) {
	f.Add("id\tevent\toutlet\ttext\n1\te\to\t\"t\n2\te\to\tu\"\n")
	f.Add("id\ttext\n\"\n\t\t\n")
	f.Add("\xff\xfei\x00d\x00")
	f.Add("id\tevent\toutlet\ttext\r1\te\to\tt\r\r\n2\te\to\tu\r")
	f.Fuzz(func(t *testing.T, data string) {
		checkLoad(t, "f.tsv", data)
		// A TSV record is one line: lenient loading accounts for every non-blank line
		// after the header.
		fsys := fstest.MapFS{"f.tsv": &fstest.MapFile{Data: []byte(data)}}
		skipped := 0
		c, err := Load(fsys, "f.tsv", &LoadOptions{Skip: func(*LoadError) { skipped++ }, Defaults: Document{Event: "e", Outlet: "o"}})
		if err != nil || !utf8.ValidString(data) || strings.ContainsRune(data, 0) || strings.HasPrefix(data, "\uFEFF") {
			return
		}
		records := -1 // the first non-blank line is the header
		if i := strings.IndexAny(data, "\r\n"); i >= 0 && data[i] == '\r' && !strings.HasPrefix(data[i:], "\r\n") {
			// Old Mac line endings: every CR (and CR LF) ends a line.
			data = strings.ReplaceAll(strings.ReplaceAll(data, "\r\n", "\n"), "\r", "\n")
		}
		for _, l := range strings.Split(data, "\n") {
			if strings.TrimSuffix(l, "\r") != "" {
				records++
			}
		}
		if c.Len()+skipped != records {
			t.Fatalf("%d loaded + %d skipped != %d records", c.Len(), skipped, records)
		}
	})
}

// FuzzJSONObject checks the JSON Lines decoder against encoding/json: it accepts exactly
// the objects encoding/json accepts and decodes every member to the same value, but for
// bytes that are not UTF-8, which it keeps and encoding/json makes U+FFFD, one per byte (as
// converting a string to []rune does).
func FuzzJSONObject(f *testing.F) {
	f.Add(`{"a":"x\u00e9\ud83d\ude00","b":[1,{"c":null}],"n":-0.5e+3,"t":true}`)
	f.Add(`{"a":"\ud800x","b":"\udc00","c":"\xff"}`)
	f.Add(`{"a":01}`)
	f.Add(`  {}  `)
	f.Fuzz(func(t *testing.T, data string) {
		var p jsonParser
		ms, err := p.object([]byte(data), nil)
		var obj map[string]json.RawMessage
		jerr := json.Unmarshal([]byte(data), &obj)
		if (err == nil) != (jerr == nil && obj != nil) {
			t.Fatalf("ours: %v; encoding/json: %v (%v)", err, jerr, obj)
		}
		if err != nil {
			return
		}
		replaced := func(s string) string { return string([]rune(s)) }
		last := map[string]member{}
		for _, m := range ms {
			last[replaced(m.key)] = m // encoding/json keeps the last of duplicate keys
		}
		if len(last) != len(obj) {
			t.Fatalf("%d keys, encoding/json %d", len(last), len(obj))
		}
		for k, m := range last {
			raw, ok := obj[k]
			if !ok {
				t.Fatalf("key %q not in encoding/json's result", k)
			}
			if m.kind == '"' {
				var s string
				if err := json.Unmarshal(raw, &s); err != nil || s != replaced(m.text) {
					t.Fatalf("key %q: %q, encoding/json %q (%v)", k, m.text, s, err)
				}
			} else if m.text != string(raw) {
				t.Fatalf("key %q: raw %q, encoding/json %q", k, m.text, raw)
			}
		}
	})
}

func FuzzHasControl(f *testing.F) {
	f.Add([]byte("plain text, a few words"))
	f.Add([]byte("tab\there"))
	f.Add([]byte("\x7f\x80\x9f\xff\x1f"))
	f.Fuzz(func(t *testing.T, b []byte) {
		want := false
		for _, c := range b {
			if c < 0x20 {
				want = true
			}
		}
		if got := hasControl(b); got != want {
			t.Fatalf("hasControl(%q) = %v, want %v", b, got, want)
		}
	})
}
