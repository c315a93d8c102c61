//go:build unix

package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestNotRegular: a named pipe or a device, as a corpus file or among a folder's .txt
// files, is an error, never a read that blocks (a pipe without a writer) or never ends
// (/dev/zero).
func TestNotRegular(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("event: e\noutlet: o\n\ntext"), 0o644)
	zero := filepath.Join(dir, "zero.txt")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{pipe, dir, zero, "/dev/zero", "/dev/null"} {
		if _, err := DigestFile(name, 0); !errors.Is(err, ErrFormat) {
			t.Errorf("DigestFile(%s): %v", name, err)
		}
	}
	// The loader skips them in lenient mode (reporting each) and stops on them otherwise.
	var skipped []*LoadError
	c, err := LoadFile(dir, &LoadOptions{Skip: func(e *LoadError) { skipped = append(skipped, e) }})
	if err != nil || c.Len() != 1 || len(skipped) != 2 || !errors.Is(skipped[0], ErrFormat) {
		t.Errorf("lenient: %v, %v documents, skipped %v", err, c, skipped)
	}
	if _, err := LoadFile(dir, nil); !errors.Is(err, ErrFormat) {
		t.Errorf("strict: %v", err)
	}
}
