package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// ruwaLike is a headline table in the layout of RUWA: text in title and desc, outlets by
// site, no kinds.
const ruwaLike = "id,Site,Event,title,desc,ref\n" +
	"1,state.example,vote,Polls close early,Officials cite turnout.,x\n" +
	"2,wire.example,vote,Turnout questioned,,y\n" +
	"3,blog.example,vote,Observers report queues,,z\n"

func parseCommon(t *testing.T, args ...string) (*Common, error) {
	t.Helper()
	f := NewFlags(Program{Name: "test"}, &bytes.Buffer{}, &bytes.Buffer{})
	c := &Common{SideA: "kind:state", SideB: "kind:wire", Voice: "own", NGrams: 1}
	f.Common(c, FlagInput, FlagSides, FlagAnalysis, FlagOutput, "html", "figure")
	return c, f.Parse(args)
}

func TestStdinFieldsKinds(t *testing.T) {
	c, err := parseCommon(t, "-corpus", "-", "-format", "csv", "-field", "text=title+desc", "-field", "-=ref",
		"-kind", "state.example=state,wire.example=wire")
	if err != nil {
		t.Fatal(err)
	}
	c.stdin = strings.NewReader(ruwaLike)
	var docs []corpus.Document
	for d, err := range c.Input("").Docs("test", &bytes.Buffer{}) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3", len(docs))
	}
	if docs[0].Text != "Polls close early\n\nOfficials cite turnout." || docs[1].Text != "Turnout questioned" {
		t.Errorf("texts %q, %q", docs[0].Text, docs[1].Text)
	}
	if docs[0].Kind != "state" || docs[1].Kind != "wire" || docs[2].Kind != "" {
		t.Errorf("kinds %q %q %q; want state, wire and none for an outlet -kind does not name", docs[0].Kind, docs[1].Kind, docs[2].Kind)
	}
	if _, ok := docs[0].Meta["ref"]; ok {
		t.Error("-=ref did not drop the column")
	}
	prov, err := c.Provenance()
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(ruwaLike))
	if len(prov.Inputs) != 1 || prov.Inputs[0].Path != "-" || prov.Inputs[0].SHA256 != hex.EncodeToString(sum[:]) || prov.Inputs[0].Bytes != int64(len(ruwaLike)) {
		t.Errorf("stdin provenance %+v", prov.Inputs)
	}
}

func TestCommonUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-format", "csv"},                              // -format without stdin
		{"-corpus", "-"},                                // stdin without a format
		{"-corpus", "-", "-format", "xml"},              // unknown format
		{"-field", "text"},                              // no =
		{"-field", "text=title+"},                       // empty input
		{"-field", "-=a+b"},                             // dropping two at once
		{"-field", "body=text"},                         // not a document field
		{"-field", "event=a+b"},                         // only title, text and url are composed
		{"-field", "text=Body", "-field", "title=body"}, // one input, two fields
		{"-kind", "rt.com"},                             // no kind
		{"-kind", "rt.com=state,rt.com=wire"},           // two kinds
		{"-figure", "x.gif"},
		{"-ngrams", "4"},
		{"-top", "0"},                       // 0 rows: -1 lists all, as CompareOptions.Top
		{"-skipped", "s.txt"},               // -skipped without -lenient
		{"-variant", "Kiev"},                // no =
		{"-variant", "Kiev=Kyiv,kiev=Kiew"}, // one spelling, two targets
		{"-variant", "New York=NYC"},        // not a single word
		{"-stop", "two words"},              // not a single word
		{"-permutations", "2000000"},        // more than the library allows
		{"-permutations", "0"},              // 0 shuffles: -1 runs no test (as -top 0)
		{"-voice", "loud"},
		{"-lang", "klingon"},
		{"-side-b", "color:red"},
		{"-replay", "x.json", "-top", "3"}, // replay runs the record as it was
		{"-force"},                         // -force goes with -replay
		{"-side-a", "kind:state", "-side-b", "state"},
		{"-side-a", "kind:Wire"},
		{"-side-a", "outlet:AP", "-side-b", "outlet:AP"},
	} {
		_, err := parseCommon(t, args...)
		if !IsUsage(err) {
			t.Errorf("%q: got %v, want a usage error", args, err)
		}
	}
	if _, err := parseCommon(t, "-h"); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("-h: %v", err)
	}
}

// TestSides: the same side given twice is a usage error naming both flags; two different
// sides of one name are named by their specs.
func TestSides(t *testing.T) {
	_, err := parseCommon(t, "-side-a", "kind:State", "-side-b", "state")
	if !IsUsage(err) || !strings.Contains(err.Error(), "-side-a kind:State") || !strings.Contains(err.Error(), "-side-b state") {
		t.Errorf("the same side: %v", err)
	}
	c, err := parseCommon(t, "-side-a", "kind:Reuters", "-side-b", "outlet:Reuters")
	if err != nil {
		t.Fatal(err)
	}
	if a, b := c.Sides(); a.Name != "kind:Reuters" || b.Name != "outlet:Reuters" {
		t.Errorf("sides named %q and %q", a.Name, b.Name)
	}
	c, _ = parseCommon(t, "-side-a", "outlet:AP", "-side-b", "outlet:ap") // outlets match exactly
	if a, b := c.Sides(); a.Name != "AP" || b.Name != "ap" {
		t.Errorf("sides named %q and %q", a.Name, b.Name)
	}
}

// TestPairs: the events rule, with and without -event.
func TestPairs(t *testing.T) {
	docs := []corpus.Document{
		{ID: "1", Event: "both", Outlet: "S", Kind: "state", Text: "Heroic defenders repelled the attack."},
		{ID: "2", Event: "both", Outlet: "W", Kind: "wire", Text: "Shelling hit the village, witnesses said."},
		{ID: "3", Event: "solo", Outlet: "S", Kind: "state", Text: "Heroic defenders."},
		{ID: "4", Event: "mute", Outlet: "S", Kind: "state", Text: "Heroic defenders."},
		{ID: "5", Event: "mute", Outlet: "W", Kind: "wire", Text: "The of and it."},
		{ID: "6", Event: "others", Outlet: "B", Kind: "blog", Text: "Unrelated."},
	}
	var an framing.Analyzer
	for _, tt := range []struct {
		event string
		want  string // the events compared, or the error
	}{
		{"", "[both]"},
		{"both", "[both]"},
		{"solo", `event "solo": side "wire": side has no documents`},
		{"mute", `event "mute": side "wire" has documents, but none holds a word that is counted (only stop words, punctuation or quotation marks, or only words in a voice not counted: see -voice)`}, // the words missing named, not the library's "no counted tokens"
		{"others", `event "others": no document of either side covers it`},
		{"nope", `event "nope": no document of either side covers it`},
	} {
		f := NewFlags(Program{Name: "test"}, &bytes.Buffer{}, &bytes.Buffer{})
		c := &Common{SideA: "kind:state", SideB: "kind:wire"}
		f.Common(c, FlagSides)
		if err := f.Parse([]string{"-event", tt.event}); err != nil {
			t.Fatal(err)
		}
		pairs, err := c.Pairs(&an, docs)
		var got []string
		for _, p := range pairs {
			got = append(got, p.Event)
		}
		if s := fmt.Sprint(got); err != nil && !strings.Contains(err.Error(), tt.want) || err == nil && s != tt.want {
			t.Errorf("-event %q: %v, %v; want %s", tt.event, got, err, tt.want)
		}
		if stderr := f.stderr.(*bytes.Buffer).String(); tt.event == "" &&
			stderr != `test: left out 2 of 3 events: "mute" (side "wire" has no counted words), "solo" (side "wire" has no documents)`+"\n" {
			t.Errorf("stderr %q", stderr)
		}
	}
}

// TestInputNotices: text that is not UTF-8 and -kind outlets that no document names are
// said on stderr; a loading error without -lenient says what to do.
func TestInputNotices(t *testing.T) {
	const table = "id,event,outlet,text\n" +
		"1,vote,State Daily,Polls close early\n" +
		"2,vote,Wire One,Caf\xe9 owners queue\n" +
		"3,vote,Wire One,Turnout questioned \xef\xbf\xbd\n" +
		"4,vote,Agency,Queues reported\n"
	c, err := parseCommon(t, "-corpus", "-", "-format", "csv", "-kind", "State Daily=state,wire one=wire,Wire Two=wire,Agency=wire")
	if err != nil {
		t.Fatal(err)
	}
	c.stdin = strings.NewReader(table)
	var stderr bytes.Buffer
	n := 0
	for _, err := range c.Input("").Docs("test", &stderr) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 4 {
		t.Errorf("%d documents loaded, want all 4", n)
	}
	for _, want := range []string{
		`1 of 4 documents have bytes that are not UTF-8 ("2")`,
		`1 of 4 documents hold U+FFFD, the mark of bytes a decoder could not read ("3")`,
		`-kind wire one=wire: no document has the outlet "wire one"; outlets are matched exactly (did you mean "Wire One"?)`,
		"-kind Wire Two=wire: no document has the outlet \"Wire Two\"; outlets are matched exactly\n", // 3 letters from "Wire One": no guess
	} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	if strings.Contains(stderr.String(), "State Daily=state") || strings.Contains(stderr.String(), "Agency=wire") {
		t.Errorf("a -kind outlet that documents name was reported:\n%s", stderr.String())
	}

	for _, tc := range []struct{ data, want string }{
		{"id,event,outlet,text\n1,,State Daily,Polls close\n", "give -default-event NAME for records that name no event, or -lenient to skip them"},
		{"id,event,outlet,text\n1,vote,,Polls close\n", "give -default-outlet NAME for records that name no outlet, or -lenient to skip them"},
		// A header without the column: said once, of the header, with the flags that give it.
		{"id,outlet,text\n1,State Daily,Polls close\n", `header: missing required field: no column gives the event (named event or event_id), which every record needs; the columns are "id", "outlet", "text" (give -default-event NAME for every record, or -field event=COLUMN to read a column of another name)`},
		{"id,event,text\n1,vote,Polls close\n", `no column gives the outlet (named outlet, publisher, site or source), which every record needs; the columns are "id", "event", "text" (give -default-outlet NAME for every record, or -field outlet=COLUMN to read a column of another name)`},
		{"id,event,outlet,summary\n1,vote,State Daily,Polls close\n", `(give -field text=COLUMN to read a column of another name, or -field text=A+B to join several)`},
		{"id,event,outlet,text\n1,vote,State Daily,\n", "-lenient skips records without text and reports them; if the text is under another name, -field text=NAME reads it"},
		// Two columns give the text: the flag that chooses, in its words.
		{"id,event,outlet,text,body\n1,vote,State Daily,Polls close,Polls open\n", `columns "text" and "body" both fill the text field: say which to read, -field text=text or -field text=body`},
	} {
		c, err := parseCommon(t, "-corpus", "-", "-format", "csv")
		if err != nil {
			t.Fatal(err)
		}
		c.stdin = strings.NewReader(tc.data)
		var got error
		for _, err := range c.Input("").Docs("test", &bytes.Buffer{}) {
			if err != nil {
				got = err
				break
			}
		}
		if got == nil || !strings.Contains(got.Error(), tc.want) {
			t.Errorf("%q: error %v, want the hint %q", tc.data, got, tc.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"kitten", "sitting", 5, 3}, {"flaw", "lawn", 5, 2}, {"", "abc", 5, 3}, {"same", "same", 3, 0},
		{"rt.cm", "rt.com", 3, 1}, {"kitten", "sitting", 3, 3}, {"ab", "abcdef", 3, 3}, {"éa", "ea", 3, 1},
	} {
		if got := editDistance(tc.a, tc.b, tc.limit); got != tc.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.limit, got, tc.want)
		}
	}
}

// TestSkippedReasons: the summary of skipped records names up to five reasons, and a sixth
// too when it is the only one left (not "1 other reasons").
func TestSkippedReasons(t *testing.T) {
	for _, tc := range []struct {
		reasons int
		want    string
	}{{6, "reason 6"}, {7, "for 2 other reasons"}} {
		s := &skipped{}
		for i := 1; i <= tc.reasons; i++ {
			s.add(&corpus.LoadError{File: "f.jsonl", Line: i, Err: fmt.Errorf("reason %d", i)})
		}
		var stderr bytes.Buffer
		if err := s.report("test", &stderr, &Common{}, 10); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(stderr.String(), tc.want) || strings.Contains(stderr.String(), "1 other reasons") {
			t.Errorf("%d reasons: want %q in\n%s", tc.reasons, tc.want, stderr.String())
		}
	}
}

// TestStripResidueFlag: -strip-residue blanks each document's residue as it is read and
// counts the documents on stderr; with -residue-list it is a usage error.
func TestStripResidueFlag(t *testing.T) {
	const table = "id,event,outlet,kind,text\n" +
		"1,vote,State Daily,state,<p>Polls close early</p>\n" +
		"2,vote,Wire One,wire,Turnout questioned\n"
	c, err := parseCommon(t, "-corpus", "-", "-format", "csv", "-strip-residue")
	if err != nil {
		t.Fatal(err)
	}
	c.stdin = strings.NewReader(table)
	var stderr bytes.Buffer
	var texts []string
	for d, err := range c.Input("").Docs("test", &stderr) {
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, d.Text)
	}
	if len(texts) != 2 || texts[0] != "   Polls close early    " || texts[1] != "Turnout questioned" {
		t.Errorf("texts %q", texts)
	}
	if want := "test: -strip-residue blanked scraped-page residue in 1 of 2 documents (documents by kind: markup 1)\n"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
	}
	f := NewFlags(Program{Name: "test"}, &bytes.Buffer{}, &bytes.Buffer{})
	c = &Common{SideA: "kind:state", SideB: "kind:wire", Voice: "own", NGrams: 1}
	f.Common(c, FlagInput, FlagDedupe)
	if err := f.Parse([]string{"-strip-residue", "-residue-list", "r.csv"}); err == nil || !strings.Contains(err.Error(), "-residue-list lists the residue that -strip-residue blanks") {
		t.Errorf("-strip-residue with -residue-list: %v", err)
	}
}

// TestResidueNotice: without -strip-residue the documents that hold residue are read as
// they are, and counted on stderr by kind with the flags that blank or list it, and in the
// reading's record; a corpus without residue, or a run that screens for it, says nothing.
func TestResidueNotice(t *testing.T) {
	const table = "id,event,outlet,kind,text\n" +
		"1,vote,State Daily,state,<p>Polls close early</p>\n" +
		"2,vote,Wire One,wire,Turnout questioned\n" +
		"3,vote,Wire One,wire,&nbsp;Counting <br/> goes on\n"
	read := func(screen bool, args ...string) (texts []string, stderr string, c *Common) {
		t.Helper()
		c, err := parseCommon(t, append([]string{"-corpus", "-", "-format", "csv"}, args...)...)
		if err != nil {
			t.Fatal(err)
		}
		if screen {
			c.ResidueList = "r.csv" // as -residue-list sets it; Docs writes no list
		}
		c.stdin = strings.NewReader(table)
		var buf bytes.Buffer
		for d, err := range c.Input("").Docs("test", &buf) {
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, d.Text)
		}
		return texts, buf.String(), c
	}
	texts, stderr, c := read(false)
	if len(texts) != 3 || texts[0] != "<p>Polls close early</p>" || texts[2] != "&nbsp;Counting <br/> goes on" {
		t.Errorf("texts %q: the notice must change no text", texts)
	}
	// Documents 1 and 3 hold markup; 3 an entity too: 2 of 3 documents, markup 2, entity 1.
	// The program's flags here include -strip-residue, not -residue-list.
	want := "test: 2 of 3 documents counted hold scraped-page residue (documents by kind: markup 2, entity 1), counted as words: -strip-residue blanks it as documents are read\n"
	if !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
	if rd := c.reading; rd == nil || rd.Residue["markup"] != 2 || rd.Residue["entity"] != 1 || len(rd.Residue) != 2 || len(rd.Blanked) != 0 {
		t.Errorf("reading %+v", rd)
	}
	if _, stderr, _ = read(true); strings.Contains(stderr, "hold scraped-page residue") {
		t.Errorf("a screened run repeats the notice:\n%s", stderr)
	}
	if _, stderr, c = read(false, "-strip-residue"); strings.Contains(stderr, "hold scraped-page residue") || c.reading.Residue != nil {
		t.Errorf("-strip-residue also gives the notice:\n%s", stderr)
	}
	// A file a program reads besides its corpus (frames' -coded) gives no notice: its
	// residue is the program's to handle.
	path := filepath.Join(t.TempDir(), "coded.csv")
	if err := os.WriteFile(path, []byte(table), 0o644); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := (Input{Path: path, Flag: "-coded"}).Corpus("test", &buf); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "scraped-page residue") {
		t.Errorf("an input of no program's -corpus gives the notice:\n%s", buf.String())
	}
}

// TestStopPresets: -stop @house-style adds its words; an unknown list is an error naming
// the lists there are.
func TestStopPresets(t *testing.T) {
	c, err := parseCommon(t, "-stop", "Soloria,@house-style", "-stop", "mr")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(c.Stop, "Soloria") || !slices.Contains(c.Stop, "mr") || !slices.Contains(c.Stop, "friday") || len(c.Stop) != 13 {
		t.Errorf("stop words %q", c.Stop)
	}
	if _, err := parseCommon(t, "-stop", "@house"); err == nil || !strings.Contains(err.Error(), "no such list (there is @house-style)") {
		t.Errorf("-stop @house: %v", err)
	}
}

// TestReadingRecord: the provenance record keeps what reading did: records skipped by
// -lenient (by reason), documents not UTF-8 and documents blanked by -strip-residue.
func TestReadingRecord(t *testing.T) {
	const table = "id,event,outlet,kind,text\n" +
		"1,vote,State Daily,state,<p>Polls close early</p>\n" +
		"2,vote,Wire One,wire,Caf\xe9 queues\n" +
		"3,vote,Wire One,wire,\n"
	c, err := parseCommon(t, "-corpus", "-", "-format", "csv", "-strip-residue", "-lenient")
	if err != nil {
		t.Fatal(err)
	}
	c.stdin = strings.NewReader(table)
	for _, err := range c.Input("").Docs("test", &bytes.Buffer{}) {
		if err != nil {
			t.Fatal(err)
		}
	}
	prov, err := c.Provenance()
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(prov.Settings["reading"])
	if err != nil {
		t.Fatal(err)
	}
	want := `{"not_utf8":1,"records":2,"skipped":{"document has no text: missing required field":1},"strip_residue":{"markup":1}}`
	if string(got) != want {
		t.Errorf("reading %s\nwant    %s", got, want)
	}
}

// TestUnknownKindGuesses: the guess for a -kind outlet no document names.
func TestUnknownKindGuesses(t *testing.T) {
	outlets := map[string]int{"NBC": 1, "tass.com": 1, "rt.com": 1, "AP": 1, "Wire One": 1}
	for _, tc := range []struct{ kind, want string }{
		{"BBC", ""}, {"RT", "rt.com"}, {"tass.ru", "tass.com"}, {"rt.cm", "rt.com"}, {"wire one", "Wire One"}, {"Wire Onr", "Wire One"},
	} {
		var b bytes.Buffer
		unknownKinds("test", &b, map[string]string{tc.kind: "state"}, outlets)
		got := ""
		if _, after, ok := strings.Cut(b.String(), "did you mean "); ok {
			got = strings.Trim(strings.TrimSpace(after), `"?)`)
		}
		if got != tc.want {
			t.Errorf("-kind %s: guess %q, want %q (%s)", tc.kind, got, tc.want, b.String())
		}
	}
}

// TestKeepAddresses: -keep-addresses sets the analyzer's KeepAddresses, so the words of an
// address are counted; without it they are dropped.
func TestKeepAddresses(t *testing.T) {
	doc := corpus.Document{ID: "1", Language: "en", Text: "Write to desk@paper.example or visit www.paper.example today."}
	for _, tc := range []struct {
		args []string
		want int // counted words of the address
	}{{nil, 0}, {[]string{"-keep-addresses"}, 6}} { // desk, paper ×2, example ×2, www
		c, err := parseCommon(t, tc.args...)
		if err != nil {
			t.Fatal(err)
		}
		an := c.Analyzer()
		p, err := an.Profile(doc)
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, w := range []string{"desk", "paper", "exampl", "www"} {
			got += p.Count(w)
		}
		if an.KeepAddresses != (tc.args != nil) || got != tc.want {
			t.Errorf("%q: KeepAddresses %v, address words counted %d, want %d", tc.args, an.KeepAddresses, got, tc.want)
		}
	}
}

// TestKindTypoIsUsage: a -kind outlet that no document has but one nearly does (the
// "did you mean" notice), whose kind is then a side without documents, is a slip of the
// command line: a usage error (exit 2) that names it; with the outlet spelled right, none.
func TestKindTypoIsUsage(t *testing.T) {
	const table = "id,event,outlet,text\n" +
		"1,vote,statedaily.example,Polls close early\n" +
		"2,vote,wireone.example,Queues reported\n"
	for _, tc := range []struct {
		kind  string
		usage bool
	}{
		{"statedaily.example=state,wireon.example=wire", true},
		{"statedaily.example=state,wireone.example=wire", false},
		{"statedaily.example=state,elsewhere.example=wire", false}, // no guess: the data may lack the side
	} {
		c, err := parseCommon(t, "-corpus", "-", "-format", "csv", "-kind", tc.kind)
		if err != nil {
			t.Fatal(err)
		}
		c.stdin = strings.NewReader(table)
		var last error
		for _, err := range c.Input("").Docs("test", &bytes.Buffer{}) {
			if err != nil {
				last = err
			}
		}
		if tc.usage != IsUsage(last) || tc.usage && !strings.Contains(last.Error(), `-kind wireon.example=wire names no outlet (did you mean "wireone.example"?)`) {
			t.Errorf("-kind %s: %v; want a usage error %v", tc.kind, last, tc.usage)
		}
	}
}

// TestOutputsChecked: an output flag is checked before anything is read. A folder that
// does not exist, a folder, the file a flag reads (by its path or another) or the file
// another output writes is a usage error naming both flags; an output beside the corpus,
// over an existing table, or in the working folder is not.
func TestOutputsChecked(t *testing.T) {
	dir := t.TempDir()
	corpusFile := filepath.Join(dir, "news.jsonl")
	table := filepath.Join(dir, "old.csv")
	for _, p := range []string{corpusFile, table} {
		if err := os.WriteFile(p, []byte("{}\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(dir, "link.jsonl")
	if err := os.Symlink(corpusFile, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := os.Symlink(table, filepath.Join(dir, "link.csv")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, tc := range []struct {
		name string
		args []string
		want string // a part of the usage error; empty: no error
	}{
		{"missing folder", []string{"-csv", filepath.Join(dir, "no", "t.csv")}, "-csv " + filepath.Join(dir, "no", "t.csv") + ": no folder"},
		{"missing folder of a figure", []string{"-figure", "out/f.png"}, "-figure out/f.png: no folder out"},
		{"a folder", []string{"-html", dir}, "is a folder"},
		{"the corpus", []string{"-corpus", corpusFile, "-csv", corpusFile}, "the file -corpus reads"},
		{"the corpus by a relative path", []string{"-corpus", corpusFile, "-skipped", "news.jsonl", "-lenient"}, "-skipped news.jsonl: the file -corpus reads"},
		{"the corpus by a link", []string{"-corpus", link, "-html", corpusFile}, "the file -corpus reads (as " + link + ")"},
		{"two outputs", []string{"-html", "r.out", "-skipped", "r.out", "-lenient"}, "-skipped r.out: -html writes that file too"},
		{"a provenance record", []string{"-csv", "t.csv", "-html", "t.csv.provenance.json"}, "-html t.csv.provenance.json: -csv writes that file too"},
		{"beside the corpus", []string{"-corpus", corpusFile, "-csv", filepath.Join(dir, "new.csv")}, ""},
		{"over an old table", []string{"-corpus", corpusFile, "-csv", table}, ""},
		{"in the working folder", []string{"-csv", "t.csv", "-html", "r.html", "-figure", "f.png"}, ""},
		{"stdin and no outputs", []string{"-corpus", "-", "-format", "jsonl"}, ""},
		// A device is no file of the run's: several outputs may name it, and a flag may
		// read it too.
		{"a device for two outputs", []string{"-skipped", "/dev/null", "-lenient", "-phrases-out", "/dev/null", "-html", "/dev/null"}, ""},
		{"a device read and written", []string{"-corpus", "/dev/null", "-phrases-out", "/dev/null"}, ""},
		// - means stdin to a flag that reads, nothing to one that writes.
		{"- for a table", []string{"-csv", "-"}, "-csv -: - is not standard output: give a file name"},
		{"- for a report", []string{"-html", "-"}, "-html -: - is not standard output: give a file name (or /dev/stdout)"},
		{"- for a list", []string{"-skipped", "-", "-lenient"}, "-skipped -: - is not standard output"},
		// A table's record is written beside it, which a device has no room for.
		{"a device for a table", []string{"-csv", "/dev/null"}, "-csv /dev/null: not a regular file (a device or a link), and the table's provenance record is written beside it (/dev/null.provenance.json): give a file name"},
		// /dev/stdout redirected to a file is a link to it.
		{"a link for a table", []string{"-csv", "link.csv"}, "-csv link.csv: not a regular file (a device or a link)"},
		{"a link for a page", []string{"-html", "link.csv"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if slices.Contains(tc.args, "/dev/null") {
				if _, err := os.Stat("/dev/null"); err != nil {
					t.Skip("no /dev/null:", err)
				}
			}
			_, err := parseCommon(t, tc.args...)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("%q: %v, want no error", tc.args, err)
			case tc.want != "" && (!IsUsage(err) || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("%q: %v, want a usage error with %q", tc.args, err, tc.want)
			}
		})
	}
}

// TestFieldWords: a -field mistake is said in the flag's words, not the loader's options
// (no "LoadOptions").
func TestFieldWords(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-field", "body=text"}, "body is not a document field (want id, event, outlet, kind, language, published, title, text, url, or - to drop the input)"},
		{[]string{"-field", "event=a+b"}, "only title, text and url can be made of several inputs"},
		{[]string{"-field", "text=Body", "-field", "title=body"}, "body is read already, as text (-field text=Body)"},
		{[]string{"-field", "-=desc", "-field", "text=desc"}, "desc is dropped already (-field -=desc)"},
		// An input of a composed field dropped, in either order: said here, not lost.
		{[]string{"-field", "text=title+desc", "-field", "-=desc"}, "desc is read already, as part of text (-field text=title+desc)"},
		{[]string{"-field", "text=title+desc", "-field", "-=DESC"}, "DESC is read already, as part of text (-field text=title+desc)"},
		{[]string{"-field", "title=a+b", "-field", "text=b+c", "-field", "-=b"}, "b is read already, as part of text (-field text=b+c)"},
		{[]string{"-field", "-=desc", "-field", "text=title+desc"}, "desc is dropped already (-field -=desc)"},
		{[]string{"-field", "-=Title", "-field", "text=title+desc"}, "title is dropped already (-field -=Title)"},
		// One document field from two different inputs: said here, not per record.
		{[]string{"-field", "text=a+b", "-field", "text=title+desc"}, "text is filled already (-field text=a+b)"},
		{[]string{"-field", "text=title+desc", "-field", "text=desc"}, "text is filled already (-field text=title+desc)"},
		{[]string{"-field", "text=desc", "-field", "text=title+desc"}, "text is filled already (-field text=desc)"},
		{[]string{"-field", "text=body", "-field", "text=content"}, "text is filled already (-field text=body)"},
	} {
		_, err := parseCommon(t, tc.args...)
		if !IsUsage(err) || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "Options") {
			t.Errorf("%q: %v; want a usage error saying %q", tc.args, err, tc.want)
		}
	}
	// The same input read as the same field twice is no mistake.
	for _, args := range [][]string{
		{"-field", "text=body", "-field", "text=Body"},
		{"-field", "text=title+desc", "-field", "TEXT=Title+Desc"},
		{"-field", "-=a", "-field", "-=b"}, // dropping two inputs fills no field
		{"-field", "text=title+desc", "-field", "-=ref"},
		{"-field", "-=ref", "-field", "text=title+desc"},
	} {
		if _, err := parseCommon(t, args...); err != nil {
			t.Errorf("%q: %v; want no error", args, err)
		}
	}
}

// TestFieldHelp: -field's help says which fields it fills and which can be composed,
// written out by hand here so that a field added to corpus shows.
func TestFieldHelp(t *testing.T) {
	f := NewFlags(Program{Name: "test"}, &bytes.Buffer{}, &bytes.Buffer{})
	f.Common(&Common{}, FlagInput)
	usage := f.Lookup("field").Usage
	for _, want := range []string{
		"id, event, outlet, kind, language, published, title, text, url",
		"only title, text and url can be composed from several inputs",
	} {
		if !strings.Contains(usage, want) {
			t.Errorf("-field help %q does not say %q", usage, want)
		}
	}
}
