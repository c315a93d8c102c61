package framing

import (
	"syscall"
	"testing"
	"unsafe"
)

// touched returns zeroed slices of every size, mapped at once or written through.
func TestTouchedZeroed(t *testing.T) {
	for _, n := range []int{0, 1, 100, 1 << 14, 1<<20 + 3} {
		s := touched[uint64](n)
		if len(s) != n {
			t.Fatalf("touched(%d): len %d", n, len(s))
		}
		for i, v := range s {
			if v != 0 {
				t.Fatalf("touched(%d)[%d] = %d, want 0", n, i, v)
			}
		}
	}
}

// populate leaves what the memory holds as it was, whether or not it maps it.
func TestPopulateKeepsContents(t *testing.T) {
	s := make([]byte, 1<<20+5)
	for i := range s {
		s[i] = byte(i*7 + 1)
	}
	populate(unsafe.Pointer(&s[3]), uintptr(len(s)-3))
	for i := range s {
		if s[i] != byte(i*7+1) {
			t.Fatalf("byte %d is %d, want %d", i, s[i], byte(i*7+1))
		}
	}
}

// populate maps a range of whole pages on a Linux kernel that has the call (5.14 or
// later), whatever the page size: a wrong call number or a range cut wrong would make it
// report false there.
func TestPopulateMaps(t *testing.T) {
	if !populateKernel() {
		t.Skip("no MADV_POPULATE_WRITE here (not Linux, or a kernel before 5.14)")
	}
	page := syscall.Getpagesize()
	s := make([]byte, 40*page)
	if !populate(unsafe.Pointer(&s[0]), uintptr(len(s))) {
		t.Fatalf("populate of %d pages reported false on a kernel that has the call", 40)
	}
}
