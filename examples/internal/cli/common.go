package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/report"
	"github.com/framediff/framediff/framing/report/figures"
)

// Common holds the flags the programs share. A program sets the fields to its defaults,
// registers the flags it takes with [Flags.Common], and reads the fields after
// [Flags.Parse]. Every shared flag has one name, one meaning and one help text in every
// program:
//
//	-corpus FILE         corpus file or folder (.jsonl, .csv, .tsv, folder of .txt); - reads stdin (with -format)
//	-format F            format of stdin: jsonl, csv or tsv
//	-field F=IN[+IN...]  fill document field F from input column IN, or from several joined
//	                     by a blank line (text=title+desc); -=IN drops IN; repeatable
//	-kind OUTLET=KIND,…  outlet kinds for records that name none; repeatable
//	-lenient             skip malformed records, each reported on stderr
//	-default-event E     event of records that name none
//	-quiet               no progress line on stderr
//	-event E             one event (default: every event)
//	-side-a, -side-b S   the two sides: kind:K or outlet:NAME
//	-lang L              the documents in this language (name or ISO code)
//	-voice V             own, quoted or all
//	-ngrams N            longest n-gram, 1 to 3
//	-protect W,…         words or phrases never stemmed
//	-top N               rows per side (0: all)
//	-json                print JSON instead of text
//	-csv FILE            write the main table as CSV (with FILE.provenance.json beside it)
//	-html FILE           write a self-contained HTML report
//	-figure FILE         write the bar chart as PNG, SVG or PDF (by the extension)
//	-replay RECORD       run again with the arguments of a provenance record, after checking its inputs
type Common struct {
	Corpus       string
	Format       string
	Fields       corpus.LoadOptions // Fields and Compose, from -field
	Kinds        map[string]string  // outlet -> kind, from -kind
	Lenient      bool
	DefaultEvent string
	Quiet        bool
	Event        string
	SideA, SideB string
	Lang         string
	Voice        string
	NGrams       int
	Protect      string
	Top          int
	JSON         bool
	CSV          string
	HTML         string
	Figure       string
	Replay       string

	replayed []string  // the arguments -replay ran
	stdin    io.Reader // for tests; nil means os.Stdin
	digest   hash.Hash // of stdin, as read
	read     int64
}

// Flag groups for [Flags.Common].
const (
	// FlagInput registers -corpus, -format, -field, -kind, -lenient, -default-event, -quiet.
	FlagInput = "input"
	// FlagSides registers -event, -side-a, -side-b.
	FlagSides = "sides"
	// FlagAnalysis registers -lang, -voice, -ngrams, -protect.
	FlagAnalysis = "analysis"
	// FlagOutput registers -top, -json, -csv, -replay.
	FlagOutput = "output"
)

// Common registers the shared flags of the named groups and single flags ("html",
// "figure", "voice", ...), with c's fields as their defaults.
func (f *Flags) Common(c *Common, names ...string) {
	f.common = c
	var want []string
	for _, n := range names {
		switch n {
		case FlagInput:
			want = append(want, "corpus", "format", "field", "kind", "lenient", "default-event", "quiet")
		case FlagSides:
			want = append(want, "event", "side-a", "side-b")
		case FlagAnalysis:
			want = append(want, "lang", "voice", "ngrams", "protect")
		case FlagOutput:
			want = append(want, "top", "json", "csv", "replay")
		default:
			want = append(want, n)
		}
	}
	for _, n := range want {
		switch n {
		case "corpus":
			f.StringVar(&c.Corpus, n, c.Corpus, "corpus file or folder (.jsonl, .csv, .tsv, folder of .txt); - reads stdin (give -format); default: the embedded sample")
		case "format":
			f.StringVar(&c.Format, n, c.Format, "format of the corpus on stdin: jsonl, csv or tsv")
		case "field":
			f.Func(n, "fill a document field from input columns: `F=IN` or F=IN+IN (joined by a blank line, e.g. text=title+desc); -=IN drops IN; repeatable", c.addField)
		case "kind":
			f.Func(n, "outlet kinds for records that name none: `OUTLET=KIND,...` (e.g. rt.com=state,reuters.com=wire); repeatable", c.addKinds)
		case "lenient":
			f.BoolVar(&c.Lenient, n, c.Lenient, "skip malformed corpus records (each is reported on stderr)")
		case "default-event":
			f.StringVar(&c.DefaultEvent, n, c.DefaultEvent, "event of corpus records that name none")
		case "quiet":
			f.BoolVar(&c.Quiet, n, c.Quiet, "no progress line on stderr")
		case "event":
			f.StringVar(&c.Event, n, c.Event, "one event (default: every event)")
		case "side-a":
			f.StringVar(&c.SideA, n, c.SideA, "side A: kind:K or outlet:NAME")
		case "side-b":
			f.StringVar(&c.SideB, n, c.SideB, "side B: kind:K or outlet:NAME")
		case "lang":
			f.StringVar(&c.Lang, n, c.Lang, "the documents in this language, a name or ISO code (default: each document's own)")
		case "voice":
			f.StringVar(&c.Voice, n, c.Voice, "count the outlets' own voice (own), quotations (quoted) or everything (all)")
		case "ngrams":
			f.IntVar(&c.NGrams, n, c.NGrams, "longest n-gram, 1 to 3")
		case "protect":
			f.StringVar(&c.Protect, n, c.Protect, "comma-separated words or phrases never to stem")
		case "top":
			f.IntVar(&c.Top, n, c.Top, "rows to list per side; 0 lists all")
		case "json":
			f.BoolVar(&c.JSON, n, c.JSON, "print JSON (with the exact settings) instead of text")
		case "csv":
			f.StringVar(&c.CSV, n, c.CSV, "write the main table as CSV to `FILE` (and FILE.provenance.json beside it)")
		case "html":
			f.StringVar(&c.HTML, n, c.HTML, "write a self-contained HTML report to `FILE`")
		case "figure":
			f.StringVar(&c.Figure, n, c.Figure, "write the bar chart of the top terms to `FILE` (.png, .svg or .pdf)")
		case "replay":
			f.StringVar(&c.Replay, n, c.Replay, "run again with the arguments of a provenance `RECORD` (a .provenance.json), after checking its input files")
		default:
			panic("cli: no shared flag " + n)
		}
	}
}

// addField parses one -field value.
func (c *Common) addField(s string) error {
	field, ins, ok := strings.Cut(s, "=")
	field = strings.ToLower(strings.TrimSpace(field))
	if !ok || field == "" || strings.TrimSpace(ins) == "" {
		return fmt.Errorf("%q: want FIELD=INPUT, FIELD=INPUT+INPUT or -=INPUT", s)
	}
	var inputs []string
	for _, in := range strings.Split(ins, "+") {
		if in = strings.TrimSpace(in); in == "" {
			return fmt.Errorf("%q: an empty input name", s)
		}
		inputs = append(inputs, in)
	}
	o := &c.Fields
	if len(inputs) > 1 {
		if field == "-" {
			return fmt.Errorf("%q: drop one input at a time (-=NAME)", s)
		}
		if o.Compose == nil {
			o.Compose = map[string][]string{}
		}
		o.Compose[field] = inputs
		return nil
	}
	if o.Fields == nil {
		o.Fields = map[string]string{}
	}
	o.Fields[inputs[0]] = field
	return nil
}

// addKinds parses one -kind value.
func (c *Common) addKinds(s string) error {
	for _, pair := range strings.Split(s, ",") {
		outlet, kind, ok := strings.Cut(pair, "=")
		outlet, kind = strings.TrimSpace(outlet), strings.TrimSpace(kind)
		if !ok || outlet == "" || kind == "" {
			return fmt.Errorf("%q: want OUTLET=KIND (comma-separated pairs)", pair)
		}
		if c.Kinds == nil {
			c.Kinds = map[string]string{}
		}
		if prev, ok := c.Kinds[outlet]; ok && prev != kind {
			return fmt.Errorf("outlet %q given kinds %q and %q", outlet, prev, kind)
		}
		c.Kinds[outlet] = kind
	}
	return nil
}

// check validates the parsed values of the registered flags.
func (c *Common) check(f *Flags) error {
	set := func(n string) bool { return f.Lookup(n) != nil }
	if set("format") {
		switch c.Format {
		case "", "jsonl", "csv", "tsv":
		default:
			return Usagef("-format %q: want jsonl, csv or tsv", c.Format)
		}
		if c.Format != "" && c.Corpus != "-" {
			return Usagef("-format is for a corpus on stdin (-corpus -); a file's format follows its extension")
		}
		if c.Corpus == "-" && c.Format == "" {
			return Usagef("-corpus -: give the format of stdin with -format jsonl, csv or tsv")
		}
	}
	if set("top") && c.Top < 0 {
		return Usagef("-top %d: want 0 or more", c.Top)
	}
	if set("ngrams") && (c.NGrams < 1 || c.NGrams > 3) {
		return Usagef("-ngrams %d: want 1, 2 or 3", c.NGrams)
	}
	if set("lang") && c.Lang != "" {
		l, err := Language(c.Lang)
		if err != nil {
			return err
		}
		c.Lang = l
	}
	if set("voice") {
		if _, err := Voices(c.Voice); err != nil {
			return err
		}
	}
	if set("side-a") {
		if _, err := corpus.ParseSide(c.SideA); err != nil {
			return Usagef("-side-a: %v", err)
		}
	}
	if set("side-b") {
		if _, err := corpus.ParseSide(c.SideB); err != nil {
			return Usagef("-side-b: %v", err)
		}
	}
	if set("figure") && c.Figure != "" {
		switch strings.ToLower(filepath.Ext(c.Figure)) {
		case ".png", ".svg", ".pdf":
		default:
			return Usagef("-figure %q: want a .png, .svg or .pdf file", c.Figure)
		}
	}
	return nil
}

// Sides returns the parsed -side-a and -side-b.
func (c *Common) Sides() (a, b corpus.Side) {
	a, _ = corpus.ParseSide(c.SideA) // checked by Parse
	b, _ = corpus.ParseSide(c.SideB)
	return a, b
}

// Analyzer returns the analyzer the flags describe: -lang, -voice, -ngrams, -protect.
func (c *Common) Analyzer() framing.Analyzer {
	an := framing.Analyzer{Language: c.Lang, NGrams: c.NGrams, Protected: Protected(c.Protect)}
	if c.Voice != "" {
		an.Voices, _ = Voices(c.Voice) // checked by Parse
	}
	return an
}

// Input returns where the documents come from, with every input flag applied; lang keeps
// the documents of one language ("" keeps all).
func (c *Common) Input(lang string) Input {
	return Input{Path: c.Corpus, Lenient: c.Lenient, DefaultEvent: c.DefaultEvent, Language: lang, Quiet: c.Quiet, common: c}
}

// loadOptions returns the corpus options of the input flags.
func (c *Common) loadOptions() corpus.LoadOptions {
	return corpus.LoadOptions{Defaults: corpus.Document{Event: c.DefaultEvent}, Fields: c.Fields.Fields, Compose: c.Fields.Compose}
}

// scan returns the documents of the corpus flags, with -kind applied.
func (c *Common) scan(opts *corpus.LoadOptions) func(yield func(corpus.Document, error) bool) {
	var src func(yield func(corpus.Document, error) bool)
	if c.Corpus == "-" {
		in := c.stdin
		if in == nil {
			in = os.Stdin
		}
		c.digest = sha256.New()
		src = corpus.ScanReader(io.TeeReader(countingReader{in, &c.read}, c.digest), "stdin."+c.Format, opts)
	} else {
		src = corpus.ScanFile(c.Corpus, opts)
	}
	if len(c.Kinds) == 0 {
		return src
	}
	return func(yield func(corpus.Document, error) bool) {
		for d, err := range src {
			if err == nil && strings.TrimSpace(d.Kind) == "" {
				d.Kind = c.Kinds[d.Outlet]
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

type countingReader struct {
	r io.Reader
	n *int64
}

func (c countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	*c.n += int64(n)
	return n, err
}

// Provenance starts the provenance record of a run: the tool, its arguments (those a
// -replay ran, not "-replay FILE"), and the corpus file's digest (for stdin, the digest of
// what was read: call it after reading).
func (c *Common) Provenance(prog string, args []string) (*report.Provenance, error) {
	if c.replayed != nil {
		args = c.replayed
	}
	path := c.Corpus
	if path == "-" {
		path = ""
	}
	p, err := report.NewProvenance("framediff "+prog, args, path)
	if err != nil {
		return nil, err
	}
	if c.Corpus == "-" && c.digest != nil {
		p.Inputs = []report.Input{{Path: "-", Bytes: c.read, SHA256: hex.EncodeToString(c.digest.Sum(nil))}}
	}
	return p, nil
}

// replayArgs reads a provenance record and returns its arguments, after checking that it
// is this program's and that its input files are unchanged.
func replayArgs(prog, path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, Usagef("-replay: %v", err)
	}
	var p report.Provenance
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, Usagef("-replay %s: not a provenance record: %v", path, err)
	}
	if p.Tool != "framediff "+prog {
		return nil, Usagef("-replay %s: a record of %q, not of framediff %s", path, p.Tool, prog)
	}
	for _, in := range p.Inputs {
		if in.Path == "-" {
			return nil, Usagef("-replay %s: the run read stdin, which cannot be checked: run it again by hand", path)
		}
	}
	if err := p.Check(); err != nil {
		return nil, fmt.Errorf("-replay %s: %w", path, err)
	}
	if slices.ContainsFunc(p.Args, func(a string) bool {
		return strings.TrimLeft(a, "-") == "replay" || strings.HasPrefix(strings.TrimLeft(a, "-"), "replay=")
	}) {
		return nil, Usagef("-replay %s: the recorded arguments replay another record", path)
	}
	return p.Args, nil
}

// WriteFile writes what f writes to path, and says so on msgs (stderr, so that stdout stays
// the program's own output).
func WriteFile(msgs io.Writer, path string, f func(io.Writer) error) error {
	var buf strings.Builder
	if err := f(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(path, []byte(buf.String()), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(msgs, "wrote %s (%d bytes)\n", Escape(path), buf.Len())
	return nil
}

// WriteCSV writes rows (a slice of structs, see report.WriteCSV) to path, and the run's
// provenance record beside it as path.provenance.json.
func WriteCSV(msgs io.Writer, path string, rows any, prov *report.Provenance) error {
	if err := WriteFile(msgs, path, func(w io.Writer) error { return report.WriteCSV(w, rows, nil) }); err != nil {
		return err
	}
	return WriteProvenance(msgs, path, prov)
}

// WriteProvenance writes prov as output.provenance.json.
func WriteProvenance(msgs io.Writer, output string, prov *report.Provenance) error {
	return WriteFile(msgs, output+".provenance.json", func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(prov)
	})
}

// WriteFigure writes a figure to path in the format its extension names (png, svg, pdf).
func WriteFigure(msgs io.Writer, path string, draw func(w io.Writer, format string) error) error {
	format, err := figures.Format(path)
	if err != nil {
		return Usagef("-figure: %v", err)
	}
	return WriteFile(msgs, path, func(w io.Writer) error { return draw(w, format) })
}

// Groups parses a -groups value: "outlets" or "kinds" (every outlet or kind of docs, sorted),
// or a comma-separated list of side specs (kind:K, outlet:NAME).
func Groups(spec string, docs []corpus.Document) ([]corpus.Side, error) {
	var groups []corpus.Side
	switch spec {
	case "outlets", "kinds":
		var names []string
		for _, d := range docs {
			name := d.Outlet
			if spec == "kinds" {
				name = d.Kind
			}
			if name != "" && !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
		slices.Sort(names)
		for _, n := range names {
			if spec == "kinds" {
				groups = append(groups, corpus.KindSide(n))
			} else {
				groups = append(groups, corpus.OutletSide(n))
			}
		}
	default:
		for _, part := range strings.Split(spec, ",") {
			g, err := corpus.ParseSide(strings.TrimSpace(part))
			if err != nil {
				return nil, Usagef("-groups: %v", err)
			}
			groups = append(groups, g)
		}
	}
	if len(groups) < 2 {
		return nil, Usagef("-groups %q: %d group(s); want at least 2", spec, len(groups))
	}
	return groups, nil
}
