package framing

import (
	"hash/maphash"
	"testing"
)

// TestInternZeroByte checks that strings which differ only by trailing zero bytes, which a
// packing of short strings into a word cannot tell apart, are interned as distinct terms
// (term keys may come from a profile's JSON, where "\u0000" is valid).
func TestInternZeroByte(t *testing.T) {
	var v Vocabulary
	keys := []string{"a", "a\x00", "a\x00\x00", "\x00", "abcdefgh", "abcdefg\x00"}
	ids := map[int32]string{}
	for _, k := range keys {
		id := v.intern(k)
		if prev, ok := ids[id]; ok {
			t.Fatalf("intern(%q) = %d, the id of %q", k, id, prev)
		}
		ids[id] = k
	}
	for _, k := range keys {
		if id, ok := v.lookupTerm(k); !ok || ids[id] != k {
			t.Errorf("lookupTerm(%q) = %d, %v; want the id of %q", k, id, ok, k)
		}
	}
}

// TestPackAt checks packAt, which packs a surface with two wide loads and masks, against
// keySurface, which packs it a byte at a time, for every length it takes.
func TestPackAt(t *testing.T) {
	text := "Lena Varga met Ivo Marek in Halden, at the pro-government rally; so-called!" +
		"0123456789abcdef" // 16 bytes past any surface tested
	seed := maphash.MakeSeed()
	for start := 0; start+16 <= len(text); start++ {
		for n := 1; n <= 16; n++ {
			_, want := keySurface(seed, text[start:start+n])
			if got := packAt(text, start, n); got != want {
				t.Errorf("packAt(%q) = %x, keySurface = %x", text[start:start+n], got, want)
			}
		}
	}
}
