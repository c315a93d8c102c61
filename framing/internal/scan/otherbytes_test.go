package scan

import "testing"

// TestOtherBytes checks the eight-byte classifier against the byte table, for every byte
// value in every position, next to neighbors that could carry into it.
func TestOtherBytes(t *testing.T) {
	for pos := range 8 {
		for _, fill := range []byte{0x00, 'a', 'Z', '9', 0x7F, 0x80, 0xFF} {
			for c := range 256 {
				var b [8]byte
				for k := range b {
					b[k] = fill
				}
				b[pos] = byte(c)
				var x uint64
				for k := range b {
					x |= uint64(b[k]) << (8 * k)
				}
				got := OtherBytes(x)
				for k := range b {
					if want := !asciiWord[b[k]]; (got>>(8*k+7))&1 == 1 != want {
						t.Fatalf("bytes % x: byte %d (%#x) classified %v, want %v", b, k, b[k], !want, want)
					}
				}
				if got&^highBits != 0 {
					t.Fatalf("bytes % x: bits outside the high bits set: %#x", b, got)
				}
			}
		}
	}
}
