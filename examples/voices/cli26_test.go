package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOwnVoiceScaffolding: the own-voice terms leave out the attribution verbs and the
// honorifics (cli.Scaffolding), as the other programs do, unless -keep-scaffolding; the
// all-words terms count them either way. Side A attributes at length ("said" four times,
// "Mr" three), side B never: with the scaffolding counted, "said" leads A's own voice.
func TestOwnVoiceScaffolding(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "tidewater.txt"), filepath.Join(dir, "courier.txt")
	os.WriteFile(a, []byte("Mr Venn said the harbor plan was ready, Mr Venn said on Monday. The council said it would vote soon. "+
		"Mr Venn said the vote was close.\n"), 0o644)
	os.WriteFile(b, []byte("The harbor plan drew protest from fishermen on Monday. The council vote was delayed after the protest.\n"), 0o644)
	own := func(args ...string) (ownLine, allLine string) {
		t.Helper()
		var out bytes.Buffer
		if err := run(append([]string{"-a", a, "-b", b}, args...), &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		for l := range strings.Lines(out.String()) {
			switch {
			case strings.HasPrefix(l, "  own voice  tidewater.txt:"):
				ownLine = l
			case strings.HasPrefix(l, "  all words  tidewater.txt:"):
				allLine = l
			}
		}
		if ownLine == "" || allLine == "" {
			t.Fatalf("no own-voice or all-words line for tidewater.txt in\n%s", out.String())
		}
		return ownLine, allLine
	}
	ownLine, allLine := own()
	for _, w := range []string{" said", " Mr"} {
		if strings.Contains(ownLine, w) {
			t.Errorf("own voice lists %q by default: %s", w, ownLine)
		}
	}
	if !strings.Contains(ownLine, "Venn") {
		t.Errorf("own voice lacks Venn: %s", ownLine)
	}
	if !strings.Contains(allLine, " said") {
		t.Errorf("all words lacks said: %s", allLine)
	}
	ownLine, _ = own("-keep-scaffolding")
	if !strings.Contains(ownLine, ": said") {
		t.Errorf("-keep-scaffolding: said does not lead the own voice: %s", ownLine)
	}
}
