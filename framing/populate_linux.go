package framing

import (
	"fmt"
	"syscall"
	"unsafe"
)

// madvPopulateWrite is Linux's MADV_POPULATE_WRITE (since 5.14): map the pages of a range,
// writable, as if each had been written, in one call.
const madvPopulateWrite = 23

// populate maps the size bytes of fresh memory at p, as if they were written, in one call to
// the kernel instead of a page fault for each page as they are first written, and reports
// whether it did. Only the whole pages of the range are mapped, and only for ranges of 16
// pages or more (smaller ones are left to their faults); the memory's contents are
// unchanged. It reports false where the kernel lacks the call (before Linux 5.14) or
// refuses it (any error: EPERM, ENOMEM): the caller then writes the memory itself if it
// wants it mapped.
func populate(p unsafe.Pointer, size uintptr) bool {
	page := uintptr(syscall.Getpagesize())
	start := (uintptr(p) + page - 1) &^ (page - 1)
	end := (uintptr(p) + size) &^ (page - 1)
	if end <= start || end-start < 16*page {
		return false
	}
	_, _, errno := syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvPopulateWrite)
	return errno == 0
}

// populateKernel reports whether the running kernel is Linux 5.14 or later, which has
// MADV_POPULATE_WRITE (for the tests).
func populateKernel() bool {
	var u syscall.Utsname
	if syscall.Uname(&u) != nil {
		return false
	}
	var rel []byte
	for _, c := range u.Release {
		if c == 0 {
			break
		}
		rel = append(rel, byte(c))
	}
	var major, minor int
	if n, _ := fmt.Sscanf(string(rel), "%d.%d", &major, &minor); n != 2 {
		return false
	}
	return major > 5 || major == 5 && minor >= 14
}
