package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing"
)

// TestLoadedTally: -loaded accounts for every match of the lexicon in each side, in -json
// (tally, set_aside) and in the text, so that a word the side only quotes is not lost
// without a count. Invented texts: side A uses "troublemakers" and "blatant" in its own
// words, "slammed" as side B does (shared: B's rate, 1 of its 7 counted words, is above
// A's, 1 of 11), and "farce" only inside a quotation; side B uses "slammed" only, in a
// sentence it attributes ("…, officials said"). Read off framing/lexicons/evaluative.txt
// (troublemaker, blatant, slam, farce; "hijacked" has no entry).
func TestLoadedTally(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte(`Ana Ruiz slammed the plan. The troublemakers hijacked the rally in a blatant move. An official said: "This is a farce."`), 0o644)
	os.WriteFile(b, []byte("Ivo Marek slammed the plan on Sunday, officials said."), 0o644)
	var out, errOut bytes.Buffer
	if err := run([]string{"-a", a, "-b", b, "-loaded", "-json"}, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	var rep report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Loaded) != 2 {
		t.Fatalf("loaded: %+v", rep.Loaded)
	}
	for i, want := range []framing.LoadedTally{
		{Hits: 4, Listed: 2, Shared: 1, InQuotes: 1},
		{Hits: 1, Attributed: 1},
	} {
		if got := rep.Loaded[i].Tally; got != want {
			t.Errorf("side %s: tally %+v, want %+v", rep.Loaded[i].Side, got, want)
		}
	}
	if sa := rep.Loaded[0].SetAside; len(sa) != 1 || sa[0].Word != "farce" || sa[0].InQuotes != 1 {
		t.Errorf("side A set aside %+v, want farce, once in a quotation", sa)
	}
	if sa := rep.Loaded[1].SetAside; len(sa) != 1 || sa[0].Word != "slammed" || sa[0].Attributed != 1 {
		t.Errorf("side B set aside %+v, want slammed, once attributed", sa)
	}
	out.Reset()
	if err := run([]string{"-a", a, "-b", b, "-loaded"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"lexicon matches: 4; uses listed: 2; uses of words not listed: 1 shared with the other side or the side's quotations",
		"set aside, not counted: 1 in quotations\n",
		"words with no use counted: farce (1 quoted)",
		"lexicon matches: 1; uses listed: 0;",
		"set aside, not counted: 1 attributed (said, told, according to; or quoted in indirect speech)\n",
		"words with no use counted: slammed (1 attributed)",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, out.String())
		}
	}
}
