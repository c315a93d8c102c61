package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// maxDigestEntries bounds the files and folders [DigestFS] looks at in a folder, when it is
// given a limit.
const maxDigestEntries = 1 << 20

// A Digest identifies the bytes a corpus is read from, for a provenance record.
type Digest struct {
	SHA256 string `json:"sha256"` // hex
	Bytes  int64  `json:"bytes"`  // the file's size, or the sum of the folder's files' sizes
	Files  int    `json:"files"`  // the files read: 1 for a file, the .txt files of a folder
}

// DigestFS returns the SHA-256 digest of the corpus file or folder name in fsys, over the
// files [Load] reads there. A file's digest is that of its bytes. A folder's is that of the
// lines sha256sum prints for its .txt files (at any depth, the extension in any case),
// "HEX  PATH\n" with the path relative to the folder and '/' between its parts, in byte
// order of the paths; outside Go, for a folder without symbolic links:
//
//	cd DIR && find . -type f -iname '*.txt' | sed 's|^\./||' | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum
//
// So a folder's digest changes when a file is added, removed, renamed or edited, and only
// then. Every file must be a regular file (a named pipe or a device is an error, never a
// read that blocks or never ends). A limit above 0 bounds the work: a corpus of more than
// limit bytes is an error, found without reading past it, and so is a folder of more than 2^20
// (about a million) files and folders.
func DigestFS(fsys fs.FS, name string, limit int64) (Digest, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return Digest{}, &LoadError{File: name, Err: err}
	}
	d := digester{fsys: fsys, limit: limit}
	if !st.IsDir() {
		sum, err := d.file(name, st)
		if err != nil {
			return Digest{}, err
		}
		return Digest{SHA256: hex.EncodeToString(sum), Bytes: d.read, Files: 1}, nil
	}
	var files []string
	entries := 0
	err = fs.WalkDir(fsys, name, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return &LoadError{File: p, Err: err}
		}
		if entries++; limit > 0 && entries > maxDigestEntries {
			return &LoadError{File: name, Err: fmt.Errorf("more than %d files and folders", maxDigestEntries)}
		}
		if isTextFile(p, e) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return Digest{}, err
	}
	rel := func(p string) string {
		if name == "." {
			return p
		}
		return strings.TrimPrefix(p, name+"/")
	}
	slices.SortFunc(files, func(a, b string) int { return strings.Compare(rel(a), rel(b)) })
	list := sha256.New()
	for _, p := range files {
		st, err := fs.Stat(fsys, p)
		if err != nil {
			return Digest{}, &LoadError{File: p, Err: err}
		}
		sum, err := d.file(p, st)
		if err != nil {
			return Digest{}, err
		}
		fmt.Fprintf(list, "%x  %s\n", sum, rel(p))
	}
	return Digest{SHA256: hex.EncodeToString(list.Sum(nil)), Bytes: d.read, Files: len(files)}, nil
}

// DigestFile is [DigestFS] for a path in the operating system's file system.
func DigestFile(name string, limit int64) (Digest, error) {
	fsys, base, _, full := osPath(name, nil)
	d, err := DigestFS(fsys, base, limit)
	if le, ok := err.(*LoadError); ok {
		full(le)
	}
	return d, err
}

// digester hashes files, counting the bytes read against a limit.
type digester struct {
	fsys  fs.FS
	limit int64
	read  int64
}

func (d *digester) file(name string, st fs.FileInfo) ([]byte, error) {
	if err := regular(name, st); err != nil {
		return nil, err
	}
	f, err := d.fsys.Open(name)
	if err != nil {
		return nil, &LoadError{File: name, Err: err}
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil {
		return nil, &LoadError{File: name, Err: err}
	} else if err := regular(name, st); err != nil {
		return nil, err // replaced since the check above
	}
	h := sha256.New()
	var r io.Reader = f
	if d.limit > 0 {
		r = io.LimitReader(f, d.limit-d.read+1)
	}
	n, err := io.Copy(h, r)
	d.read += n
	if err != nil {
		return nil, &LoadError{File: name, Err: err}
	}
	if d.limit > 0 && d.read > d.limit {
		return nil, &LoadError{File: name, Err: fmt.Errorf("more than the %d bytes allowed", d.limit)}
	}
	return h.Sum(nil), nil
}

// regular returns an error unless st describes a regular file.
func regular(name string, st fs.FileInfo) error {
	if st.Mode().IsRegular() {
		return nil
	}
	what := "not a regular file"
	switch m := st.Mode(); {
	case m.IsDir():
		what = "a folder, not a file"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe, not a regular file"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		what = "a device, not a regular file"
	case m&fs.ModeSocket != 0:
		what = "a socket, not a regular file"
	}
	return &LoadError{File: name, Err: fmt.Errorf("%w: %s", ErrFormat, what)}
}

// isTextFile reports whether a folder entry is a file the text loader reads.
func isTextFile(p string, e fs.DirEntry) bool {
	return !e.IsDir() && strings.EqualFold(path.Ext(p), ".txt")
}
