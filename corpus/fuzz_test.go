package corpus

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/fstest"
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
