//go:build !linux

package framing

import "unsafe"

// populate maps fresh memory at once where the kernel can (see populate_linux.go); here it
// cannot, and the caller writes the memory itself.
func populate(p unsafe.Pointer, size uintptr) bool { return false }

// populateKernel reports whether the kernel has MADV_POPULATE_WRITE: not here.
func populateKernel() bool { return false }
