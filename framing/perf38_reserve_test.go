package framing

import "testing"

// TestReserveSurfacesOnce checks that the run's slot array is made once when each counter
// of a run reserves it for the run (see Analyzer.Profiles), and grown by a larger
// reservation only; and that surfaces added after it are found.
func TestReserveSurfacesOnce(t *testing.T) {
	var v Vocabulary
	v.reserveSurfaces(40000)
	first := v.surf.index.Load()
	// 40,000 surfaces at most three quarters full: 65,536 slots.
	if got := len(*first); got != 1<<16 {
		t.Fatalf("%d slots for 40,000 surfaces, want 65,536", got)
	}
	v.reserveSurfaces(40000)
	if v.surf.index.Load() != first {
		t.Error("a second reservation of the same size made a new slot array")
	}
	v.reserveSurfaces(1000)
	if v.surf.index.Load() != first {
		t.Error("a smaller reservation replaced the slot array")
	}
	v.reserveSurfaces(100000) // 4/3 of it is 133,334: 262,144 slots
	if got := len(*v.surf.index.Load()); got != 1<<18 {
		t.Errorf("%d slots after reserving for 100,000 surfaces, want 262,144", got)
	}
	for _, s := range []string{"harbor", "Harbor", "harbormasters", "quay"} {
		h, k := keySurface(v.surf.seed, s)
		v.addSurface(s, h, k, "", 7, s, v.surf.count.Load())
	}
	for _, s := range []string{"harbor", "Harbor", "harbormasters", "quay"} {
		h, k := keySurface(v.surf.seed, s)
		if e, ok := v.surf.find(s, h, k); !ok || v.surf.text(e.id-1) != s {
			t.Errorf("%q not found after the reservations", s)
		}
	}
}
