package corpus

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf16"
)

// loadAll loads name leniently and returns the corpus and the skipped records.
func loadAll(t *testing.T, name, data string, opts *LoadOptions) (*Corpus, []*LoadError) {
	t.Helper()
	var skipped []*LoadError
	o := LoadOptions{}
	if opts != nil {
		o = *opts
	}
	o.Skip = func(e *LoadError) { skipped = append(skipped, e) }
	c, err := Load(mapFS(map[string]string{name: data}), name, &o)
	if err != nil {
		t.Fatalf("lenient load: %v", err)
	}
	return c, skipped
}

func TestTSVQuotesAreText(t *testing.T) {
	// A tab-separated file has no quoting: a field that begins with a quote is text, and
	// the records after it must all load (they used to vanish into one quoted field).
	data := "id\tevent\toutlet\tkind\ttext\n" +
		"1\te\tXinhua\tstate\tHeroic troops defended the border\n" +
		"2\te\tReuters\twire\tPeace talks resumed\n" +
		"3\te\tXinhua\tstate\t\"Terrorists\" attacked the village\n" +
		"4\te\tReuters\twire\tCivilians fled\r\n" +
		"5\te\tReuters\twire\tWitnesses \"described\" losses\"\n"
	c, err := Load(mapFS(map[string]string{"q.tsv": data}), "q.tsv", nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 5 {
		t.Fatalf("loaded %d documents, want 5", c.Len())
	}
	for id, want := range map[string]string{"3": `"Terrorists" attacked the village`, "4": "Civilians fled", "5": `Witnesses "described" losses"`} {
		if d, _ := c.Document(id); d.Text != want {
			t.Errorf("document %s: text %q, want %q", id, d.Text, want)
		}
	}
}

func TestTSVRaggedRow(t *testing.T) {
	data := "id\tevent\toutlet\ttext\n1\te\to\ta\tb\n2\te\to\tc\n"
	_, err := Load(mapFS(map[string]string{"r.tsv": data}), "r.tsv", nil)
	var le *LoadError
	if !errors.As(err, &le) || le.Line != 2 || !errors.Is(err, ErrSyntax) {
		t.Fatalf("got %v, want a syntax error on line 2", err)
	}
	c, skipped := loadAll(t, "r.tsv", data, nil)
	if c.Len() != 1 || len(skipped) != 1 {
		t.Errorf("lenient: %d loaded, %d skipped; want 1 and 1", c.Len(), len(skipped))
	}
}

func TestCSVUnterminatedQuoteLenient(t *testing.T) {
	// One record of 1,000 opens a quote it never closes. Strict loading names the line
	// where the quote opened; lenient loading reports that record and loads the other 999.
	var b strings.Builder
	b.WriteString("id,event,outlet,text\n")
	for i := 1; i <= 1000; i++ {
		text := fmt.Sprintf("account number %d, with a comma", i)
		if i == 500 {
			fmt.Fprintf(&b, "%d,e,o,\"%s\n", i, text) // never closed
			continue
		}
		fmt.Fprintf(&b, "%d,e,o,\"%s\"\n", i, text)
	}
	data := b.String()
	_, err := Load(mapFS(map[string]string{"u.csv": data}), "u.csv", nil)
	var le *LoadError
	if !errors.As(err, &le) || le.Line != 501 || !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), "line 501") {
		t.Fatalf("strict: got %v, want a syntax error naming line 501", err)
	}
	c, skipped := loadAll(t, "u.csv", data, nil)
	if c.Len() != 999 || len(skipped) != 1 || skipped[0].Line != 501 {
		t.Fatalf("lenient: %d loaded, %d skipped (%v); want 999 and 1 at line 501", c.Len(), len(skipped), skipped)
	}
}

func TestCSVQuoteLimit(t *testing.T) {
	// A quote open for longer than MaxQuoteLines is an error naming its first line, even
	// when it closes later.
	data := "id,event,outlet,text\n1,e,o,\"a\nb\nc\nd\ne\"\n2,e,o,ok\n"
	_, err := Load(mapFS(map[string]string{"l.csv": data}), "l.csv", &LoadOptions{MaxQuoteLines: 3})
	if err == nil || !strings.Contains(err.Error(), "opened on line 2") {
		t.Fatalf("got %v, want an error naming line 2", err)
	}
	c, err := Load(mapFS(map[string]string{"l.csv": data}), "l.csv", nil)
	if err != nil || c.Len() != 2 {
		t.Fatalf("default limit: %v, %d documents", err, c.Len())
	}
	if d, _ := c.Document("1"); d.Text != "a\nb\nc\nd\ne" {
		t.Errorf("multi-line text %q", d.Text)
	}
	_, err = Load(mapFS(map[string]string{"l.csv": data}), "l.csv", &LoadOptions{MaxQuoteBytes: 4})
	if err == nil || !strings.Contains(err.Error(), "opened on line 2") {
		t.Fatalf("byte limit: got %v, want an error naming line 2", err)
	}
}

func TestCSVQuoteLimitWords(t *testing.T) {
	// The error says the limit that was passed, in plain words (TestRecordErrorsPlain: no
	// Go field named).
	data := "id,event,outlet,text\n1,e,o,\"a\nb\nc\nd\ne\"\n"
	for _, tc := range []struct {
		name string
		opts *LoadOptions
		want string
	}{
		{"lines", &LoadOptions{MaxQuoteLines: 3}, "a quoted field may span at most 3 lines)"},
		{"bytes", &LoadOptions{MaxQuoteBytes: 4}, "a quoted field may hold at most 4 bytes)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(mapFS(map[string]string{"l.csv": data}), "l.csv", tc.opts)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error saying %q", err, tc.want)
			}
		})
	}
	// The defaults in plain words: 1,000 lines, 1 MiB.
	long := "id,event,outlet,text\n1,e,o,\"" + strings.Repeat("x\n", 1001) + "\"\n"
	_, err := Load(mapFS(map[string]string{"l.csv": long}), "l.csv", nil)
	if want := "a quoted field may span at most 1,000 lines)"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("default lines: got %v, want an error saying %q", err, want)
	}
	big := "id,event,outlet,text\n1,e,o,\"" + strings.Repeat(strings.Repeat("y", 1<<12)+"\n", 300) + "\"\n"
	_, err = Load(mapFS(map[string]string{"l.csv": big}), "l.csv", nil)
	if want := "a quoted field may hold at most 1 MiB)"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("default bytes: got %v, want an error saying %q", err, want)
	}
}

func TestCSVQuoting(t *testing.T) {
	data := "id,event,outlet,text\r\n" +
		"1,e,o,\"He said \"\"no\"\", then left\"\r\n" +
		"2,e,o,a \"bare\" quote is text\r\n" +
		"3,e,o,\"crlf\r\ninside\"\r\n" +
		"4,e,o,\"closed\"x\r\n" +
		"5,e,o,last\r\n"
	c, skipped := loadAll(t, "q.csv", data, nil)
	want := map[string]string{"1": `He said "no", then left`, "2": `a "bare" quote is text`, "3": "crlf\ninside", "5": "last"}
	for id, w := range want {
		if d, _ := c.Document(id); d.Text != w {
			t.Errorf("document %s: %q, want %q", id, d.Text, w)
		}
	}
	if c.Len() != 4 || len(skipped) != 1 || skipped[0].Line != 6 {
		t.Errorf("%d loaded, skipped %v; want 4 and one at line 6", c.Len(), skipped)
	}
}

func TestCollidingFields(t *testing.T) {
	tests := []struct {
		name, file, data string
		fields           map[string]string
		names            []string // both must appear in the error; nil: no error
		check            func(*testing.T, *Corpus)
	}{
		{name: "csv text and body", file: "a.csv", data: "id,event,outlet,text,body\n1,e,o,t,b\n", names: []string{`"text"`, `"body"`}},
		{name: "csv outlet and source", file: "a.csv", data: "id,event,outlet,source,text\n1,e,o,s,t\n", names: []string{`"outlet"`, `"source"`}},
		{name: "csv meta.foo and foo", file: "a.csv", data: "id,event,outlet,text,foo,meta.foo\n1,e,o,t,x,y\n", names: []string{`"foo"`, `"meta.foo"`}},
		{name: "tsv text and content", file: "a.tsv", data: "id\tevent\toutlet\ttext\tcontent\n1\te\to\tt\tc\n", names: []string{`"text"`, `"content"`}},
		{name: "csv resolved by Fields", file: "a.csv", data: "id,event,outlet,text,body\n1,e,o,t,b\n", fields: map[string]string{"body": "text"},
			check: func(t *testing.T, c *Corpus) {
				d, _ := c.Document("1")
				if d.Text != "b" || d.Meta["text"] != "t" {
					t.Errorf("got text %q meta %v; want body as text, text kept in Meta", d.Text, d.Meta)
				}
			}},
		{name: "csv dropped by Fields", file: "a.csv", data: "id,event,outlet,text,body\n1,e,o,t,b\n", fields: map[string]string{"body": "-"},
			check: func(t *testing.T, c *Corpus) {
				if d, _ := c.Document("1"); d.Text != "t" || len(d.Meta) != 0 {
					t.Errorf("got %+v", d)
				}
			}},
		{name: "jsonl text and body", file: "a.jsonl", data: `{"id":"1","event":"e","outlet":"o","text":"t","body":"b"}` + "\n", names: []string{`"text"`, `"body"`}},
		{name: "jsonl duplicate key", file: "a.jsonl", data: `{"id":"1","event":"e","outlet":"o","text":"t","text":"u"}` + "\n", names: []string{`"text"`, "twice"}},
		{name: "jsonl duplicate meta key", file: "a.jsonl", data: `{"id":"1","event":"e","outlet":"o","text":"t","x":1,"x":2}` + "\n", names: []string{`"x"`, "twice"}},
		{name: "jsonl META and meta", file: "a.jsonl", data: `{"id":"1","event":"e","outlet":"o","text":"t","META":{"a":1},"meta":{"b":2}}` + "\n", names: []string{`"META"`, `"meta"`}},
		{name: "jsonl meta.foo and foo", file: "a.jsonl", data: `{"id":"1","event":"e","outlet":"o","text":"t","foo":1,"meta":{"foo":2}}` + "\n", names: []string{`"foo"`, `"meta.foo"`}},
		{name: "jsonl meta.foo key and foo", file: "a.jsonl", data: `{"id":"1","event":"e","outlet":"o","text":"t","foo":1,"meta.foo":2}` + "\n", names: []string{`"foo"`, `"meta.foo"`}},
		{name: "jsonl case variants", file: "a.jsonl", data: `{"id":"1","event":"e","outlet":"o","text":"t","Text":"u"}` + "\n", names: []string{`"text"`, `"Text"`}},
		{name: "jsonl distinct meta keys by case", file: "a.jsonl", data: `{"id":"1","event":"e","outlet":"o","text":"t","Foo":1,"foo":2}` + "\n",
			check: func(t *testing.T, c *Corpus) {
				if d, _ := c.Document("1"); d.Meta["Foo"] != "1" || d.Meta["foo"] != "2" {
					t.Errorf("meta %v", d.Meta)
				}
			}},
		{name: "text header twice", file: "d", data: "", names: []string{`"outlet"`, "twice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := mapFS(map[string]string{tt.file: tt.data})
			if tt.file == "d" {
				fsys = mapFS(map[string]string{"d/a.txt": "event: e\noutlet: A\noutlet: B\n\nbody"})
			}
			c, err := Load(fsys, tt.file, &LoadOptions{Fields: tt.fields})
			if tt.names == nil {
				if err != nil {
					t.Fatal(err)
				}
				tt.check(t, c)
				return
			}
			if !errors.Is(err, ErrConflict) {
				t.Fatalf("got %v, want ErrConflict", err)
			}
			for _, n := range tt.names {
				if !strings.Contains(err.Error(), n) {
					t.Errorf("error %q does not name %s", err, n)
				}
			}
		})
	}
}

func utf16Bytes(s string, bigEndian bool) []byte {
	units := utf16.Encode([]rune(s))
	out := make([]byte, 2, 2+2*len(units))
	if bigEndian {
		out[0], out[1] = 0xFE, 0xFF
	} else {
		out[0], out[1] = 0xFF, 0xFE
	}
	for _, u := range units {
		if bigEndian {
			out = binary.BigEndian.AppendUint16(out, u)
		} else {
			out = binary.LittleEndian.AppendUint16(out, u)
		}
	}
	return out
}

func utf32Bytes(s string, bigEndian bool) []byte {
	var out []byte
	if bigEndian {
		out = []byte{0, 0, 0xFE, 0xFF}
	} else {
		out = []byte{0xFF, 0xFE, 0, 0}
	}
	for _, r := range s {
		if bigEndian {
			out = binary.BigEndian.AppendUint32(out, uint32(r))
		} else {
			out = binary.LittleEndian.AppendUint32(out, uint32(r))
		}
	}
	return out
}

func TestEncodings(t *testing.T) {
	jsonl := `{"id":"r1","event":"e","outlet":"ТАСС","text":"Заявление — «спецоперация» 😀"}` + "\n"
	csv := "id,event,outlet,text\nr1,e,ТАСС,Заявление — «спецоперация» 😀\n"
	txt := "event: e\noutlet: ТАСС\n\nЗаявление — «спецоперация» 😀"
	want := "Заявление — «спецоперация» 😀"
	encodings := []struct {
		name string
		enc  func(string) []byte
	}{
		{"utf-8 bom", func(s string) []byte { return append([]byte("\uFEFF"), s...) }},
		{"utf-16le", func(s string) []byte { return utf16Bytes(s, false) }},
		{"utf-16be", func(s string) []byte { return utf16Bytes(s, true) }},
		{"utf-32le", func(s string) []byte { return utf32Bytes(s, false) }},
		{"utf-32be", func(s string) []byte { return utf32Bytes(s, true) }},
	}
	for _, e := range encodings {
		for _, f := range []struct{ name, data string }{{"a.jsonl", jsonl}, {"a.csv", csv}, {"a.tsv", strings.ReplaceAll(csv, ",", "\t")}, {"d/a.txt", txt}} {
			t.Run(e.name+" "+f.name, func(t *testing.T) {
				fsys := mapFS(map[string]string{f.name: string(e.enc(f.data))})
				name := f.name
				if name == "d/a.txt" {
					name = "d"
				}
				c, err := Load(fsys, name, nil)
				if err != nil {
					t.Fatal(err)
				}
				docs := c.Documents()
				if len(docs) != 1 || docs[0].Text != want || docs[0].Outlet != "ТАСС" {
					t.Fatalf("got %+v", docs)
				}
			})
		}
	}
	// Without a byte-order mark, UTF-16 is mostly NUL bytes: refused, naming the encoding.
	for _, f := range []string{"a.jsonl", "a.csv", "a.tsv"} {
		raw := utf16Bytes(jsonl, false)[2:]
		_, err := Load(mapFS(map[string]string{f: string(raw)}), f, nil)
		if !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), "UTF-16") {
			t.Errorf("%s: got %v, want ErrEncoding naming UTF-16", f, err)
		}
	}
	// An odd byte at the end of UTF-16 input is an error, not a silent loss.
	odd := append(utf16Bytes(jsonl, false), 'x')
	if _, err := Load(mapFS(map[string]string{"o.jsonl": string(odd)}), "o.jsonl", nil); !errors.Is(err, ErrEncoding) {
		t.Errorf("odd UTF-16: got %v", err)
	}
}

func TestBadOptionalField(t *testing.T) {
	// An unparseable date is an error naming the record (strict) or a reported skip
	// (lenient); an empty one is no date.
	data := "id,event,outlet,published,text\n1,e,o,yesterday,t\n2,e,o,,t\n3,e,o,2023-04-16,t\n"
	_, err := Load(mapFS(map[string]string{"d.csv": data}), "d.csv", nil)
	var le *LoadError
	if !errors.As(err, &le) || le.Line != 2 || !strings.Contains(err.Error(), `"yesterday"`) {
		t.Fatalf("strict: got %v", err)
	}
	c, skipped := loadAll(t, "d.csv", data, nil)
	if c.Len() != 2 || len(skipped) != 1 || skipped[0].Line != 2 {
		t.Errorf("lenient: %d loaded, skipped %v", c.Len(), skipped)
	}
}

// TestLoadedPlusReported is the loaders' contract as a property: over generated files with
// injected faults, every record is either loaded or reported, exactly once.
func TestLoadedPlusReported(t *testing.T) {
	faults := []string{"none", "quote", "ragged", "date", "collide", "missing", "json", "dup"}
	rng := rand.New(rand.NewPCG(7, 11))
	words := []string{"troops", "\"terrorists\"", "said", "a, b", "«x»", "ünïcode", "'quoted'", "\"\"", "x\"y", "end."}
	for round := 0; round < 300; round++ {
		n := 1 + rng.IntN(40)
		format := []string{"jsonl", "csv", "tsv"}[round%3]
		var b strings.Builder
		switch format {
		case "csv":
			b.WriteString("id,event,outlet,published,text\n")
		case "tsv":
			b.WriteString("id\tevent\toutlet\tpublished\ttext\n")
		}
		injected := map[string]int{}
		for i := 0; i < n; i++ {
			var tw []string
			for k := 0; k < 1+rng.IntN(6); k++ {
				tw = append(tw, words[rng.IntN(len(words))])
			}
			text := strings.Join(tw, " ")
			id, date := fmt.Sprint("d", i), "2024-01-02"
			fault := faults[rng.IntN(len(faults))]
			if rng.IntN(2) == 0 {
				fault = "none"
			}
			injected[fault]++
			switch fault {
			case "date":
				date = "not a date"
			case "missing":
				text = " "
			case "dup":
				if i > 0 {
					id = "d0"
				}
			}
			switch format {
			case "jsonl":
				line := fmt.Sprintf(`{"id":%q,"event":"e","outlet":"o","published":%q,"text":%q}`, id, date, text)
				switch fault {
				case "quote", "json":
					line = line[:len(line)-3]
				case "ragged":
					line += ","
				case "collide":
					line = line[:len(line)-1] + `,"body":"b"}`
				}
				b.WriteString(line + "\n")
			case "csv":
				q := `"` + strings.ReplaceAll(text, `"`, `""`) + `"`
				switch fault {
				case "quote":
					q = q[:len(q)-1] // never closed
				case "json":
					q += "x" // text after the closing quote
				}
				row := []string{id, "e", "o", date, q}
				switch fault {
				case "ragged":
					row = row[:4]
				case "collide":
					row = append(row, "extra")
				}
				b.WriteString(strings.Join(row, ",") + "\n")
			case "tsv":
				row := []string{id, "e", "o", date, text}
				switch fault {
				case "ragged", "collide":
					row = append(row, "extra")
				case "json":
					row = row[:3]
				}
				b.WriteString(strings.Join(row, "\t") + "\n")
			}
			if rng.IntN(10) == 0 {
				b.WriteString("\n") // blank lines are not records
			}
		}
		c, skipped := loadAll(t, "gen."+format, b.String(), nil)
		if c.Len()+len(skipped) != n {
			t.Fatalf("round %d (%s, faults %v): %d loaded + %d reported != %d records\n%s", round, format, injected, c.Len(), len(skipped), n, b.String())
		}
		if format == "jsonl" {
			// The streaming Reader keeps the same contract (duplicate IDs aside).
			r := NewReader(strings.NewReader(b.String()), "gen.jsonl", nil)
			got := 0
			for {
				_, err := r.Read()
				if err != nil && err.Error() == "EOF" {
					break
				}
				got++
			}
			if got != n {
				t.Fatalf("round %d: Reader returned %d records and errors, want %d", round, got, n)
			}
		}
	}
}

func TestScan(t *testing.T) {
	data := `{"id":"a","event":"e","outlet":"o","text":"one"}
{"id":"b","event":"e","outlet":"o"}
{"id":"a","event":"e","outlet":"o","text":"again"}
{"id":"c","event":"e","outlet":"o","text":"three"}
`
	fsys := mapFS(map[string]string{"s.jsonl": data})
	// Strict: documents up to the first bad record, then its error, then nothing.
	var ids []string
	var errs []error
	for d, err := range Scan(fsys, "s.jsonl", nil) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, d.ID)
	}
	var le *LoadError
	if strings.Join(ids, ",") != "a" || len(errs) != 1 || !errors.As(errs[0], &le) || le.Line != 2 {
		t.Errorf("strict: ids %v, errors %v", ids, errs)
	}
	// Lenient: every record yielded or skipped, the duplicate ID included.
	var skipped []int
	var reads []int64
	ids = nil
	opts := &LoadOptions{Skip: func(e *LoadError) { skipped = append(skipped, e.Line) }, Progress: func(read, size int64) {
		reads = append(reads, read, size)
	}}
	for d, err := range Scan(fsys, "s.jsonl", opts) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	if strings.Join(ids, ",") != "a,c" || fmt.Sprint(skipped) != "[2 3]" {
		t.Errorf("lenient: ids %v, skipped lines %v", ids, skipped)
	}
	if n := len(reads); n < 2 || reads[n-2] != int64(len(data)) || reads[n-1] != int64(len(data)) {
		t.Errorf("progress reports %v, want the whole file (%d bytes) at the end", reads, len(data))
	}
	// Stopping early is allowed.
	for range Scan(fsys, "s.jsonl", nil) {
		break
	}
	// An in-memory corpus streams the same way, sorted by ID.
	c := Sample()
	n := 0
	for d, err := range c.Docs() {
		if err != nil || d.ID == "" {
			t.Fatalf("%+v %v", d, err)
		}
		n++
	}
	if n != c.Len() {
		t.Errorf("Docs yielded %d of %d", n, c.Len())
	}
}

// BenchmarkReader reads a JSON Lines corpus named by FRAMEDIFF_JSONL (for example the BBC
// News file) with the streaming Reader, against a calibration in the same run: splitting
// the lines and decoding each into a map with encoding/json (what a Reader did before it
// decoded straight into documents).
func BenchmarkReader(b *testing.B) {
	path := os.Getenv("FRAMEDIFF_JSONL")
	if path == "" {
		b.Skip("FRAMEDIFF_JSONL is not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("reader", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			r := NewReader(bytes.NewReader(data), "x.jsonl", &LoadOptions{Defaults: Document{Event: "e", Outlet: "o"}})
			for {
				if _, err := r.Read(); err == io.EOF {
					break
				} else if err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("calibration-encoding-json-map", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			for _, line := range bytes.Split(data, []byte("\n")) {
				if len(line) == 0 {
					continue
				}
				var m map[string]json.RawMessage
				if err := json.Unmarshal(line, &m); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

func TestCompose(t *testing.T) {
	// A headline data set in the RUWA layout: the text is the title and the description.
	data := "Site,Event,title,desc\n" +
		"a.example,vote,Polls close early,Officials cite turnout.\n" +
		"b.example,vote,Turnout questioned,\n" +
		"c.example,vote,,\n"
	opts := &LoadOptions{Compose: map[string][]string{"text": {"title", "desc"}}}
	var skipped []*LoadError
	opts.Skip = func(e *LoadError) { skipped = append(skipped, e) }
	c, err := Load(mapFS(map[string]string{"r.csv": data}), "r.csv", opts)
	if err != nil {
		t.Fatal(err)
	}
	docs := c.Documents()
	if len(docs) != 2 || len(skipped) != 1 {
		t.Fatalf("loaded %d, skipped %d; want 2 and 1 (the record with neither title nor desc)", len(docs), len(skipped))
	}
	if !errors.Is(skipped[0], ErrMissingField) || skipped[0].Line != 4 {
		t.Errorf("skipped %v, want line 4 missing its text", skipped[0])
	}
	// The error names what the text is composed of, not only the field.
	if want := `corpus: r.csv:4: document "r.csv:4" has no text (title+desc: empty): missing required field`; skipped[0].Error() != want {
		t.Errorf("skipped %q, want %q", skipped[0].Error(), want)
	}
	if docs[0].Text != "Polls close early\n\nOfficials cite turnout." || docs[0].Title != "Polls close early" || docs[0].Meta["desc"] != "Officials cite turnout." {
		t.Errorf("first document %+v", docs[0])
	}
	if docs[1].Text != "Turnout questioned" {
		t.Errorf("second text %q, want the title alone (an empty desc adds nothing)", docs[1].Text)
	}

	// A record that also gives the composed field directly is a conflict, not a silent choice.
	_, err = Load(mapFS(map[string]string{"r.jsonl": `{"id":"1","event":"e","outlet":"o","title":"T","text":"body"}` + "\n"}), "r.jsonl",
		&LoadOptions{Compose: map[string][]string{"text": {"title"}}})
	if !errors.Is(err, ErrConflict) {
		t.Errorf("got %v, want ErrConflict", err)
	}
	for _, bad := range []map[string][]string{{"event": {"a"}}, {"text": nil}} {
		if _, err := Load(mapFS(map[string]string{"r.csv": data}), "r.csv", &LoadOptions{Compose: bad}); err == nil {
			t.Errorf("Compose %v accepted", bad)
		}
	}

	// A source that Fields drops would be read as empty: the options are refused, whatever
	// the case of the names; a dropped input that no composition reads is fine.
	for _, tc := range []struct {
		fields map[string]string
		ok     bool
	}{
		{map[string]string{"desc": "-"}, false},
		{map[string]string{"DESC": "-"}, false},
		{map[string]string{" Title ": "-"}, false},
		{map[string]string{"ref": "-"}, true},
	} {
		o := &LoadOptions{Fields: tc.fields, Compose: map[string][]string{"text": {"title", "desc"}}, Skip: func(*LoadError) {}}
		_, err := Load(mapFS(map[string]string{"r.csv": data}), "r.csv", o)
		if ok := err == nil; ok != tc.ok {
			t.Errorf("Fields %v with text=title+desc: %v; want ok %v", tc.fields, err, tc.ok)
		}
	}
}

func TestScanReader(t *testing.T) {
	data := `{"id":"1","event":"e","outlet":"o","text":"t"}` + "\n" + `{"event":"e","outlet":"o","text":"u"}` + "\n{bad\n"
	var ids []string
	var err error
	for d, e := range ScanReader(strings.NewReader(data), "in/stdin.jsonl", nil) {
		if e != nil {
			err = e
			break
		}
		ids = append(ids, d.ID)
	}
	// The name gives the format, the fallback IDs and the place in errors.
	if strings.Join(ids, ",") != "1,stdin.jsonl:2" || err == nil || !strings.Contains(err.Error(), "stdin.jsonl:3") {
		t.Errorf("ids %q, error %v", ids, err)
	}
	for _, e := range ScanReader(strings.NewReader("a,b\n"), "x.txt", nil) {
		if !errors.Is(e, ErrFormat) {
			t.Errorf("a .txt stream: %v", e)
		}
	}
}

// TestComposeAliasSource: a source of a composition that would itself fill the composed
// field (body is an alias of text; title is the title) is an input of the composition,
// kept in Meta under its own name, not a value of the record's own that conflicts with it.
// A record that gives the field under another name still conflicts.
func TestComposeAliasSource(t *testing.T) {
	for _, tc := range []struct {
		name, file, data string
		compose          map[string][]string
		text, title      string
		meta             map[string]string
		conflict         bool
	}{
		{name: "text=title+body", file: "a.csv",
			data:    "id,event,outlet,kind,title,body\n1,vote,Halden Post,local,Ana Ruiz wins,Ivo Marek concedes.\n",
			compose: map[string][]string{"text": {"title", "body"}},
			text:    "Ana Ruiz wins\n\nIvo Marek concedes.", title: "Ana Ruiz wins",
			meta: map[string]string{"body": "Ivo Marek concedes."}},
		{name: "text=title+Body, column body", file: "a.csv",
			data:    "id,event,outlet,title,body\n1,vote,Halden Post,Ana Ruiz wins,Ivo Marek concedes.\n",
			compose: map[string][]string{"text": {"title", "Body"}},
			text:    "Ana Ruiz wins\n\nIvo Marek concedes.", title: "Ana Ruiz wins",
			meta: map[string]string{"body": "Ivo Marek concedes."}},
		{name: "title=title+sub", file: "a.csv",
			data:    "id,event,outlet,title,sub,text\n1,vote,Halden Post,Ana Ruiz wins,By a wide margin,Lena Varga counts.\n",
			compose: map[string][]string{"title": {"title", "sub"}},
			text:    "Lena Varga counts.", title: "Ana Ruiz wins\n\nBy a wide margin",
			meta: map[string]string{"title": "Ana Ruiz wins", "sub": "By a wide margin"}},
		{name: "title=headline+sub", file: "a.jsonl",
			data:    `{"id":"1","event":"vote","outlet":"Halden Post","headline":"Ana Ruiz wins","sub":"By a wide margin","text":"Lena Varga counts."}` + "\n",
			compose: map[string][]string{"title": {"headline", "sub"}},
			text:    "Lena Varga counts.", title: "Ana Ruiz wins\n\nBy a wide margin",
			meta: map[string]string{"headline": "Ana Ruiz wins", "sub": "By a wide margin"}},
		{name: "text of its own beside body", file: "a.jsonl",
			data:     `{"id":"1","event":"vote","outlet":"Halden Post","title":"Ana Ruiz wins","body":"Ivo Marek concedes.","text":"Lena Varga counts."}` + "\n",
			compose:  map[string][]string{"text": {"title", "body"}},
			conflict: true},
		// Keys that differ only in case are one source: the composition would read one and
		// leave the other out.
		{name: "keys Body and body", file: "a.jsonl",
			data:     `{"id":"1","event":"vote","outlet":"Halden Post","title":"Ana Ruiz wins","Body":"Ivo Marek concedes.","body":"Lena Varga counts."}` + "\n",
			compose:  map[string][]string{"text": {"title", "body"}},
			conflict: true},
		{name: "keys Title and title", file: "a.jsonl",
			data:     `{"id":"1","event":"vote","outlet":"Halden Post","Title":"Ana Ruiz wins","title":"Ivo Marek loses","sub":"By a wide margin","text":"Lena Varga counts."}` + "\n",
			compose:  map[string][]string{"title": {"title", "sub"}},
			conflict: true},
		{name: "keys Desc and desc", file: "a.jsonl",
			data:     `{"id":"1","event":"vote","outlet":"Halden Post","title":"Ana Ruiz wins","Desc":"Ivo Marek concedes.","desc":"Lena Varga counts."}` + "\n",
			compose:  map[string][]string{"text": {"title", "desc"}},
			conflict: true},
		{name: "key Desc for source desc", file: "a.jsonl",
			data:    `{"id":"1","event":"vote","outlet":"Halden Post","title":"Ana Ruiz wins","Desc":"Ivo Marek concedes."}` + "\n",
			compose: map[string][]string{"text": {"title", "desc"}},
			text:    "Ana Ruiz wins\n\nIvo Marek concedes.", title: "Ana Ruiz wins",
			meta: map[string]string{"Desc": "Ivo Marek concedes."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Load(mapFS(map[string]string{tc.file: tc.data}), tc.file, &LoadOptions{Compose: tc.compose})
			if tc.conflict {
				if !errors.Is(err, ErrConflict) {
					t.Fatalf("got %v, want ErrConflict", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			d := c.Documents()[0]
			if d.Text != tc.text || d.Title != tc.title || !maps.Equal(d.Meta, tc.meta) {
				t.Errorf("text %q, title %q, meta %v; want %q, %q, %v", d.Text, d.Title, d.Meta, tc.text, tc.title, tc.meta)
			}
		})
	}
}

// TestTextHeaderText: a .txt file's text is its body, so a header key that would fill the
// text (its value replaced by the body, in neither Text nor Meta) is an error naming the
// key and its line; dropped, or mapped to another field, the key is fine.
func TestTextHeaderText(t *testing.T) {
	const head = "id: a\nevent: vote\noutlet: Halden Post\n"
	for _, tc := range []struct {
		name, header string
		fields       map[string]string
		want         string // "" if the file loads
		line         int
		text         string
		meta         map[string]string
	}{
		{name: "text key", header: "text: Ana Ruiz wins\n", line: 4,
			want: `conflicting fields: a .txt file's text is its body: header key "text" can only be dropped or renamed`},
		{name: "body key", header: "Body: Ana Ruiz wins\n", line: 4,
			want: `header key "Body" can only be dropped or renamed`},
		{name: "text and body keys", header: "text: Ana Ruiz wins\nbody: Ivo Marek concedes\n", line: 4,
			want: `header keys "text" and "body" can only be dropped or renamed`},
		{name: "a key mapped to the text", header: "summary: Ana Ruiz wins\n", fields: map[string]string{"summary": "text"}, line: 4,
			want: `header key "summary" can only be dropped or renamed`},
		{name: "text key dropped", header: "text: Ana Ruiz wins\n", fields: map[string]string{"text": "-"},
			text: "Lena Varga counts.\n"},
		{name: "body key made the title", header: "body: Ana Ruiz wins\n", fields: map[string]string{"body": "title"},
			text: "Lena Varga counts.\n"},
		{name: "other key", header: "note: Ana Ruiz wins\n",
			text: "Lena Varga counts.\n", meta: map[string]string{"note": "Ana Ruiz wins"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := mapFS(map[string]string{"d/a.txt": head + tc.header + "\nLena Varga counts.\n"})
			c, err := Load(fsys, "d", &LoadOptions{Fields: tc.fields})
			if tc.want != "" {
				var le *LoadError
				if !errors.As(err, &le) || !errors.Is(err, ErrConflict) || le.Line != tc.line || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("got %v; want a conflict at line %d saying %q", err, tc.line, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d := c.Documents()[0]; d.Text != tc.text || !maps.Equal(d.Meta, tc.meta) {
				t.Errorf("text %q, meta %v; want %q, %v", d.Text, d.Meta, tc.text, tc.meta)
			}
		})
	}
}
