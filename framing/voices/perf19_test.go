package voices

import (
	"strings"
	"testing"
)

// TestModalInitial checks that modalInitial lets every modal through, as written in any
// case, and turns down words that begin with another ASCII letter.
func TestModalInitial(t *testing.T) {
	for w := range modals {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !modalInitial(v) {
				t.Errorf("modalInitial(%q) = false", v)
			}
		}
	}
	for _, w := range []string{"Halden", "Ruiz", "Ana", "Ivo", "9am", "Kelvin"} {
		if modalInitial(w) {
			t.Errorf("modalInitial(%q) = true", w)
		}
	}
	if !modalInitial("\u212Aan") {
		t.Error("modalInitial of a word opening with the Kelvin sign = false")
	}
}
