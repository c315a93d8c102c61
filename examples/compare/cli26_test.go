package main

import (
	"testing"

	"github.com/framediff/framediff/framing"
)

// TestLoadedZ: a z that rounds to 0.00 on thin evidence is shown as "–", not as a 0.00
// that reads as "used alike"; a z of thin evidence away from 0, or one near 0 on ample
// evidence, is shown as it is.
func TestLoadedZ(t *testing.T) {
	for _, c := range []struct {
		name string
		t    framing.LoadedTerm
		want string
		ok   bool
	}{
		{"once against a tiny background", framing.LoadedTerm{Z: 0.0014, ZEvidence: framing.EvidenceOnce | framing.EvidenceOneSide}, "–", false},
		{"negative, thin", framing.LoadedTerm{Z: -0.004, ZEvidence: framing.EvidenceLowExpected}, "–", false},
		{"thin, away from 0", framing.LoadedTerm{Z: 1.5, ZEvidence: framing.EvidenceOneSide}, "1.50", true},
		{"near 0, ample", framing.LoadedTerm{Z: 0.0014}, "0.00", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got, ok := loadedZ(c.t); got != c.want || ok != c.ok {
				t.Errorf("loadedZ = %q, %v; want %q, %v", got, ok, c.want, c.ok)
			}
		})
	}
}
