package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScaffolding: in the own voice the attribution verbs and honorifics are not counted
// unless -keep-scaffolding; with -voice all they are, and the text says which. Invented
// texts, without quotations (so the own voice is every word); counts by hand, stop words
// out, in the rows.
func TestScaffolding(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Ana Ruiz said Halden's mayor told Mr Marek the bridge would open, according to the council."), 0o644)
	os.WriteFile(b, []byte("Lena Varga says the bridge is late. Dr Varga tells everyone. Residents want a say; a telling silence."), 0o644)
	for _, c := range []struct {
		name     string
		args     []string
		a, b     int  // counted words of each side
		dropped  bool // whether the text says the scaffolding is not counted
		saidRank bool // whether "said" is among the terms
	}{
		// A: ana ruiz halden mayor marek bridge open council (8) + said told mr according (4).
		// B: lena varga bridge late varga everyone residents want say telling silence (11:
		// "say" and "telling" are no scaffolding) + says dr tells (3).
		{"own voice", nil, 8, 11, true, false},
		{"kept", []string{"-keep-scaffolding"}, 12, 14, false, true},
		{"every voice", []string{"-voice", "all"}, 12, 14, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			args := append([]string{"-a", a, "-b", b, "-permutations", "-1", "-top", "20"}, c.args...)
			if err := run(append(args, "-json"), &out, &errOut); err != nil {
				t.Fatal(err, errOut.String())
			}
			var rep report
			if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
				t.Fatal(err)
			}
			cm := rep.Comparisons[0]
			if cm.TokensA != c.a || cm.TokensB != c.b {
				t.Errorf("counted words %d and %d, want %d and %d", cm.TokensA, cm.TokensB, c.a, c.b)
			}
			said := false
			for _, k := range append(cm.TopA, cm.TopB...) {
				if k.Term == "said" || k.Term == "mr" {
					said = true
				}
			}
			if said != c.saidRank {
				t.Errorf("said or Mr among the terms: %v, want %v", said, c.saidRank)
			}
			out.Reset()
			if err := run(args, &out, &errOut); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(out.String(), "not counted: attribution verbs (says, said, saying, tells, told, according) and honorifics (Mr, Mrs, Ms, Messrs, Dr); -keep-scaffolding counts them"); got != c.dropped {
				t.Errorf("the text says the scaffolding is dropped: %v, want %v\n%s", got, c.dropped, out.String())
			}
		})
	}
}
