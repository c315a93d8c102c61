package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func sum(b string) string {
	s := sha256.Sum256([]byte(b))
	return hex.EncodeToString(s[:])
}

func TestDigestFile(t *testing.T) {
	data := `{"id":"1","event":"e","outlet":"o","text":"t"}` + "\n"
	path := filepath.Join(t.TempDir(), "a.jsonl")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := DigestFile(path, 0)
	if err != nil || d != (Digest{SHA256: sum(data), Bytes: int64(len(data)), Files: 1}) {
		t.Errorf("got %+v, %v", d, err)
	}
	if _, err := DigestFile(path, int64(len(data))); err != nil {
		t.Errorf("limit = size: %v", err)
	}
	if _, err := DigestFile(path, int64(len(data))-1); err == nil || !strings.Contains(err.Error(), "more than") {
		t.Errorf("limit below the size: %v", err)
	}
}

func TestDigestFolder(t *testing.T) {
	files := map[string]string{
		"d/b.txt":       "event: e\noutlet: o\n\nsecond",
		"d/a.txt":       "event: e\noutlet: o\n\nfirst",
		"d/a/c.txt":     "nested",
		"d/a-c.TXT":     "upper-case extension",
		"d/notes.md":    "not read by the loader",
		"d/sub/x.jsonl": "neither",
	}
	fsys := fstest.MapFS{}
	for p, b := range files {
		fsys[p] = &fstest.MapFile{Data: []byte(b)}
	}
	// The documented listing, in byte order of the relative paths ("a-c.TXT" < "a/c.txt"
	// < "a.txt" < "b.txt"), built here by hand.
	listing := ""
	total := 0
	for _, p := range []string{"a-c.TXT", "a.txt", "a/c.txt", "b.txt"} {
		listing += fmt.Sprintf("%s  %s\n", sum(files["d/"+p]), p)
		total += len(files["d/"+p])
	}
	d, err := DigestFS(fsys, "d", 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Digest{SHA256: sum(listing), Bytes: int64(total), Files: 4}); d != want {
		t.Errorf("got %+v, want %+v", d, want)
	}
	// The digest does not depend on the folder's name; it changes with any file the
	// loader reads, and only with those.
	moved := fstest.MapFS{}
	for p, f := range fsys {
		moved["elsewhere/"+strings.TrimPrefix(p, "d/")] = f
	}
	if d2, _ := DigestFS(moved, "elsewhere", 0); d2 != d {
		t.Errorf("moved folder: %+v", d2)
	}
	for name, change := range map[string]func(fstest.MapFS){
		"edit":   func(m fstest.MapFS) { m["d/b.txt"] = &fstest.MapFile{Data: []byte("changed")} },
		"add":    func(m fstest.MapFS) { m["d/z.txt"] = &fstest.MapFile{} },
		"remove": func(m fstest.MapFS) { delete(m, "d/a/c.txt") },
		"rename": func(m fstest.MapFS) { m["d/bb.txt"] = m["d/b.txt"]; delete(m, "d/b.txt") },
		"other":  func(m fstest.MapFS) { m["d/notes.md"] = &fstest.MapFile{Data: []byte("edited")} },
	} {
		m := fstest.MapFS{}
		for p, f := range fsys {
			m[p] = f
		}
		change(m)
		d2, err := DigestFS(m, "d", 0)
		if err != nil {
			t.Fatal(err)
		}
		if (d2 == d) != (name == "other") {
			t.Errorf("%s: digest %s, before %s", name, d2.SHA256, d.SHA256)
		}
	}
	if _, err := DigestFS(fsys, "d", int64(total)-1); err == nil {
		t.Error("a folder larger than the limit")
	}
	// The folder loads, and an empty folder has the digest of an empty listing.
	if _, err := Load(fsys, "d", &LoadOptions{Defaults: Document{Event: "e", Outlet: "o"}}); err != nil {
		t.Error(err)
	}
	empty, err := DigestFS(fstest.MapFS{"e/x.md": &fstest.MapFile{}}, "e", 0)
	if err != nil || empty != (Digest{SHA256: sum("")}) {
		t.Errorf("empty folder: %+v, %v", empty, err)
	}
	if _, err := DigestFS(fsys, "missing", 0); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
}
