package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/report"
)

// Common holds the flags the programs share. A program sets the fields to its defaults,
// registers the flags it takes with [Flags.Common], and reads the fields after
// [Flags.Parse]. Every shared flag has one name, one meaning and one help text in every
// program:
//
//	-corpus FILE         corpus file or folder (.jsonl, .csv, .tsv, folder of .txt); - reads stdin (with -format)
//	-format F            format of stdin: jsonl, csv or tsv
//	-field F=IN[+IN...]  fill document field F (id, event, outlet, kind, language, published,
//	                     title, text, url) from input column IN, or from several joined by
//	                     a blank line (text=title+desc; only title, text and url); -=IN
//	                     drops IN (not an input of a composed field); repeatable
//	-kind OUTLET=KIND,…  outlet kinds for records that name none; repeatable
//	-lenient             skip malformed records, summed up on stderr by reason
//	-skipped FILE        with -lenient, list every skipped record in FILE
//	-strip-residue       blank scraped-page residue (markup, script, ...) as documents are read
//	-default-event E     event of records that name none
//	-default-outlet O    outlet of records that name none
//	-quiet               no progress line on stderr
//	-event E             one event (default: every event)
//	-side-a, -side-b S   the two sides: kind:K or outlet:NAME
//	-lang L              the documents in this language (name or ISO code); what empty means and the default are the program's (LangEmpty)
//	-voice V             own, quoted or all
//	-ngrams N            longest n-gram, 1 to 3
//	-protect W,…         words or phrases never stemmed
//	-keep-addresses      count the words of web and e-mail addresses (dropped otherwise)
//	-stop W,…            words dropped besides the stop list; repeatable
//	-variant FROM=TO,…   spellings counted as another (Kiev=Kyiv); repeatable
//	-phrases auto|FILE   multiword expressions counted as one term: found in the documents, or listed
//	-phrases-out FILE    write the phrases used, one a line (as -phrases FILE reads them)
//	-permutations N      shuffles of the document-level tests (negative: no test)
//	-seed N              seed of those shuffles
//	-top N               rows per side (a negative N: all); what it counts and the default are the program's (TopOf, Top)
//	-json                print JSON instead of text
//	-csv FILE            write the main table as CSV (with FILE.provenance.json beside it)
//	-html FILE           write a self-contained HTML report
//	-figure FILE         write the program's figure as PNG, SVG or PDF (by the extension)
//	-replay RECORD       run again with the arguments of a provenance record, after checking it
//	-force               with -replay, overwrite outputs that exist
//	-dedupe              look for near-duplicates and residue; drop the near-duplicates, one kept per cluster (see [Common.Screen])
//	-dedupe-threshold J  least Jaccard similarity of near-duplicates (0.8; with -dedupe or a list)
//	-dedupe-shingle N    words in a shingle (5; with -dedupe or a list)
//	-dedupe-within W     side, outlet or all: where near-duplicates are looked for (side; with -dedupe or a list)
//	-dedupe-list FILE    look (and drop only with -dedupe); every near-duplicate pair, with its evidence, as CSV
//	-residue-list FILE   look (and drop only with -dedupe); every document flagged with scraped-page residue, as CSV
//
// Without -dedupe, -dedupe-list and -residue-list nothing is looked for: the documents are
// read, streamed where the program can, and counted as they are.
//
// # Provenance and -replay
//
// A table written with -csv (or report's -jsonl) gets a provenance record beside it,
// FILE.provenance.json: the program, its arguments and the SHA-256 digest of every file
// they read (a corpus folder's digest covers its .txt files: see corpus.DigestFS). The
// paths in the record, in its arguments and its inputs, are relative to the record's
// folder, so a folder holding the data, the table and the record can move as a whole.
//
// A record travels beside its table, so -replay treats it as untrusted input. Before
// anything runs, it checks that the record is a regular file of at most 1 MiB and a record
// of this program with arguments (none would mean the embedded sample, which no record of
// a file input says); that every file the arguments read is listed in the record with the
// same digest, read from a regular file and never past the recorded size (no pipe, no
// device, no file outside the record that changed); that the arguments set neither
// -replay nor -force; and that every output, with the record written beside a table,
// lies inside the record's folder (after symbolic links), is a regular file if it exists,
// and, unless -force, does not exist. Paths are read from the record's folder, whatever the
// current one, and so is an output the arguments leave at its default (report's
// report.html). Then it prints on stderr what will run, what it reads and what it writes.
//
// With -replay, the command line may give only -force, -quiet and the program's outputs
// (-csv FILE, ...): an output given there is written where it says (from the current
// folder), not where the record says. A run that read its corpus from stdin (-corpus -)
// cannot be checked from the record alone: its replay needs -corpus FILE naming a file
// with the extension of the recorded -format and the recorded digest of stdin, which is
// then read in its place.
type Common struct {
	Corpus        string
	Format        string
	Fields        corpus.LoadOptions // Fields and Compose, from -field
	Kinds         map[string]string  // outlet -> kind, from -kind
	Lenient       bool
	Skipped       string // -skipped: the file that lists every skipped record
	StripResidue  bool   // -strip-residue: blank scraped-page residue (framing.StripResidue)
	DefaultEvent  string
	DefaultOutlet string
	Quiet         bool
	Event         string
	SideA, SideB  string
	Lang          string
	Voice         string
	NGrams        int
	Protect       string
	KeepAddresses bool // -keep-addresses: count the words of web and e-mail addresses
	// KeepScaffolding (-keep-scaffolding, in the programs that take it) counts the own
	// voice's attribution scaffolding (see [Scaffolding]), which is dropped otherwise.
	KeepScaffolding bool
	Stop            []string          // from -stop
	Variants        map[string]string // spelling -> the one it counts as, from -variant
	Phrases         string            // -phrases: "auto" or a file
	PhrasesOut      string            // -phrases-out
	Permutations    int
	Seed            uint64
	// Top is the rows per side: a positive number, or -1 for all (as -top -1, or any
	// negative number, gives; -top 0 is a usage error, since CompareOptions.Top 0 means
	// its default, 20).
	Top    int
	JSON   bool
	CSV    string
	HTML   string
	Figure string
	// LangEmpty says what an empty -lang does in the program, for its help text; ""
	// means "every document in its own language".
	LangEmpty string
	// FigureOf says what the program's -figure draws ("the forest plot of one term"), for
	// its help text.
	FigureOf string
	// TopOf says what the program's -top counts and limits, for its help text; "" means
	// "per side". The default (Top) is the program's.
	TopOf string
	// SeedOf names everything the program's -seed seeds, for its help text; "" means the
	// document-level tests' shuffles, and a Seed of 0 then becomes framing.DefaultSeed
	// (a program with another SeedOf sets its default Seed).
	SeedOf string
	// JSONHolds says what the program's -json holds besides the run's settings, for its
	// help text; "" says nothing more.
	JSONHolds string
	// Replay is -replay's record: the run takes the record's arguments, and the values
	// its defaults list for options those leave out where this version's defaults differ.
	Replay string
	Force  bool
	// The near-duplicates and residue flags (see [Common.Screen]); set DedupeThreshold,
	// DedupeShingle and DedupeWithin to their defaults (0.8, 5, WithinSide) or leave them
	// zero for those.
	Dedupe          bool
	DedupeThreshold float64
	DedupeShingle   int
	DedupeWithin    string
	DedupeList      string
	ResidueList     string

	flags      *Flags
	screen     *Screening // what Screen found
	workers    int        // goroutines of the near-duplicate search (tests); 0 means GOMAXPROCS
	phrases    []string   // the phrases of -phrases FILE
	leftOut    []string   // the events the events rule left out, with why
	cwd        string     // the working folder, when the flags were parsed
	args       []string   // the arguments the run ran, paths from cwd (for a replay, the record's)
	readCorpus bool       // the documents were read (see Input.Docs)
	pairFiles  bool       // the program takes two plain-text files as -a and -b
	reading    *Reading   // what reading them did, for the provenance record
	stdin      io.Reader  // for tests; nil means os.Stdin
	digest     hash.Hash  // of stdin, as read
	read       int64
	// The second reading of the corpus file that finds the lines of its records longer
	// than MaxDocument (see oversizeLine), and how many times the file was opened for it.
	oversize      *oversizeScan
	oversizeOpens int
}

// Flag groups for [Flags.Common].
const (
	// FlagInput registers -corpus, -format, -field, -kind, -lenient, -skipped,
	// -default-event, -default-outlet, -quiet.
	FlagInput = "input"
	// FlagSides registers -event, -side-a, -side-b.
	FlagSides = "sides"
	// FlagAnalysis registers -lang, -voice, -ngrams, -protect, -stop, -variant, -phrases,
	// -phrases-out.
	FlagAnalysis = "analysis"
	// FlagTest registers -permutations and -seed.
	FlagTest = "test"
	// FlagOutput registers -top, -json, -csv, -replay, -force.
	FlagOutput = "output"
	// FlagDedupe registers -dedupe, -dedupe-threshold, -dedupe-shingle, -dedupe-within,
	// -dedupe-list, -residue-list (see [Common.Screen]).
	FlagDedupe = "dedupe"
)

// Common registers the shared flags of the named groups and single flags ("html",
// "figure", "voice", ...), with c's fields as their defaults.
func (f *Flags) Common(c *Common, names ...string) {
	f.common = c
	c.flags = f
	var want []string
	for _, n := range names {
		switch n {
		case FlagInput:
			want = append(want, "corpus", "format", "field", "kind", "lenient", "skipped", "strip-residue", "default-event", "default-outlet", "quiet")
		case FlagSides:
			want = append(want, "event", "side-a", "side-b")
		case FlagAnalysis:
			want = append(want, "lang", "voice", "ngrams", "protect", "stop", "variant", "phrases", "phrases-out", "keep-addresses")
		case FlagTest:
			want = append(want, "permutations", "seed")
		case FlagOutput:
			want = append(want, "top", "json", "csv", "replay")
		case FlagDedupe:
			want = append(want, "dedupe", "dedupe-threshold", "dedupe-shingle", "dedupe-within", "dedupe-list", "residue-list")
		default:
			want = append(want, n)
		}
	}
	for _, n := range want {
		switch n {
		case "corpus":
			f.StringVar(&c.Corpus, n, c.Corpus, "corpus file or folder (.jsonl, .csv, .tsv, folder of .txt); - reads stdin (give -format) (default: the embedded sample)")
			f.files[n] = readsFile
		case "format":
			f.StringVar(&c.Format, n, c.Format, "format of the corpus on stdin: jsonl, csv or tsv")
		case "field":
			f.Func(n, "fill a document field from input columns: `F=IN` or F=IN+IN (joined by a blank line, e.g. text=title+desc); F is one of "+
				strings.Join(documentFields, ", ")+", and only title, text and url can be composed from several inputs; -=IN drops IN (not an input of a composed field); repeatable", c.addField)
		case "kind":
			f.Func(n, "outlet kinds for records that name none: `OUTLET=KIND,...` (e.g. rt.com=state,reuters.com=wire); repeatable", c.addKinds)
		case "lenient":
			f.BoolVar(&c.Lenient, n, c.Lenient, "skip malformed corpus records, and those with a text longer than 32 MiB (framing.MaxTokenDocument), which no program reads (summed up on stderr by reason, with the first lines of each)")
		case "skipped":
			f.StringVar(&c.Skipped, n, c.Skipped, "with -lenient, write every skipped record, with its file and line, to `FILE`")
			f.files[n] = writesFile
		case "strip-residue":
			f.BoolVar(&c.StripResidue, n, c.StripResidue, "blank the scraped-page residue of each document as it is read (markup, character references, lines of script, style or templates, page navigation: framing.StripResidue), counted on stderr by kind")
		case "default-event":
			f.StringVar(&c.DefaultEvent, n, c.DefaultEvent, "event of corpus records that name none")
		case "default-outlet":
			f.StringVar(&c.DefaultOutlet, n, c.DefaultOutlet, "outlet of corpus records that name none")
		case "quiet":
			f.BoolVar(&c.Quiet, n, c.Quiet, "no progress line on stderr")
		case "event":
			f.StringVar(&c.Event, n, c.Event, "one event (default: every event)")
		case "side-a":
			f.StringVar(&c.SideA, n, c.SideA, "side A: kind:K or outlet:NAME")
		case "side-b":
			f.StringVar(&c.SideB, n, c.SideB, "side B: kind:K or outlet:NAME")
		case "lang":
			empty := c.LangEmpty
			if empty == "" {
				empty = "every document in its own language"
			}
			help := "the documents in this language, a name or ISO code; empty: " + empty
			if c.Lang == "" {
				help += " (default: empty)"
			}
			f.StringVar(&c.Lang, n, c.Lang, help)
		case "voice":
			f.StringVar(&c.Voice, n, c.Voice, "count the outlets' own voice (own), quotations (quoted) or everything (all)")
		case "ngrams":
			f.IntVar(&c.NGrams, n, c.NGrams, "longest n-gram, 1 to 3")
		case "protect":
			f.StringVar(&c.Protect, n, c.Protect, "comma-separated words or phrases never to stem")
		case "keep-scaffolding":
			f.BoolVar(&c.KeepScaffolding, n, c.KeepScaffolding, "in the own voice (-voice own), count the outlet's scaffolding around quotations too: the attribution verbs ("+strings.Join(Scaffolding[:6], ", ")+") and honorifics (Mr, Mrs, Ms, Messrs, Dr), which are otherwise dropped as if given to -stop (they led the lists of China Daily against the New York Times: \"said\" and \"Mr\" ahead of every word of substance)")
		case "keep-addresses":
			f.BoolVar(&c.KeepAddresses, n, c.KeepAddresses, "count the words of web and e-mail addresses (www, example, com), which are dropped otherwise")
		case "stop":
			f.Func(n, "comma-separated `words` to drop besides the language's stop list; @house-style for English honorifics and weekdays (Mr, Ms, Monday: a style sheet's, not a choice of words); repeatable", c.addStop)
		case "variant":
			f.Func(n, "count a spelling as another: `FROM=TO,...` (e.g. Kiev=Kyiv), single words, case ignored; repeatable", c.addVariants)
		case "phrases":
			f.StringVar(&c.Phrases, n, c.Phrases, "count multiword expressions as one term each (`auto|FILE`): auto finds them in the documents read (which are then held in memory), a file lists them, one a line")
			f.files[n] = readsFile
			f.keywords[n] = "auto"
		case "phrases-out":
			f.StringVar(&c.PhrasesOut, n, c.PhrasesOut, "write the phrases counted, one a line as -phrases FILE reads them, to `FILE`")
			f.files[n] = writesFile
		case "permutations":
			f.IntVar(&c.Permutations, n, c.Permutations, "shuffles of the document labels in the document-level tests, 1 to 1,000,000; a negative number runs no test")
		case "seed":
			of := c.SeedOf
			if of == "" {
				of = "the document-level tests' shuffles"
				if c.Seed == 0 {
					c.Seed = framing.DefaultSeed
				}
			}
			f.Uint64Var(&c.Seed, n, c.Seed, "random seed; it seeds "+of+"; 0 also means the default")
		case "top":
			of := c.TopOf
			if of == "" {
				of = "per side"
			}
			f.IntVar(&c.Top, n, c.Top, "the number of rows to list (a negative number lists all); "+of)
		case "json":
			help := "print JSON (with the exact settings) instead of text"
			if c.JSONHolds != "" {
				help += "; " + c.JSONHolds
			}
			f.BoolVar(&c.JSON, n, c.JSON, help)
		case "csv":
			f.StringVar(&c.CSV, n, c.CSV, "write the main table as CSV to `FILE` (and FILE.provenance.json beside it)")
			f.files[n] = writesRecord
		case "html":
			f.StringVar(&c.HTML, n, c.HTML, "write a self-contained HTML report to `FILE`")
			f.files[n] = writesFile
		case "figure":
			help := "write a figure to `FILE` (.png, .svg or .pdf)"
			if c.FigureOf != "" {
				help += "; it draws " + c.FigureOf
			}
			f.StringVar(&c.Figure, n, c.Figure, help)
			f.files[n] = writesFile
		case "dedupe":
			f.BoolVar(&c.Dedupe, n, c.Dedupe, "look for near-duplicate documents and scraped-page residue before counting, say what was found on stderr, and drop the near-duplicates, keeping one of each cluster (its earliest published, then the smallest ID); without -dedupe, -dedupe-list or -residue-list nothing is looked for")
		case "dedupe-threshold":
			if c.DedupeThreshold == 0 {
				c.DedupeThreshold = 0.8
			}
			f.Float64Var(&c.DedupeThreshold, n, c.DedupeThreshold, "least Jaccard similarity (`J`) of two documents' sets of word shingles for them to be near-duplicates, above 0 and at most 1 (with -dedupe, -dedupe-list or -residue-list)")
		case "dedupe-shingle":
			if c.DedupeShingle == 0 {
				c.DedupeShingle = 5
			}
			f.IntVar(&c.DedupeShingle, n, c.DedupeShingle, "`words` in a shingle of the near-duplicate search, 1 to 25 (with -dedupe, -dedupe-list or -residue-list)")
		case "dedupe-within":
			if c.DedupeWithin == "" {
				c.DedupeWithin = WithinSide
			}
			f.StringVar(&c.DedupeWithin, n, c.DedupeWithin, "look for near-duplicates (`side|outlet|all`) within each side (side; documents on no side among themselves), within each outlet (outlet), or among all documents (all): a state outlet and a wire copying each other is a finding, so by default they are not clustered (with -dedupe, -dedupe-list or -residue-list)")
		case "dedupe-list":
			f.StringVar(&c.DedupeList, n, c.DedupeList, "look for near-duplicates and residue as -dedupe does, dropping none unless -dedupe is given too, and write every near-duplicate pair (cluster, kept and duplicate document IDs, exact Jaccard, shared lines, dropped or not) as CSV to `FILE`")
			f.files[n] = writesFile
		case "residue-list":
			f.StringVar(&c.ResidueList, n, c.ResidueList, "look for near-duplicates and residue as -dedupe does, dropping none unless -dedupe is given too, and write every document flagged with scraped-page residue (ID, outlet, side, kind, count, line and text of the first occurrence) as CSV to `FILE`")
			f.files[n] = writesFile
		case "replay":
			f.StringVar(&c.Replay, n, c.Replay, "run again with the arguments of a provenance `RECORD` (a .provenance.json), after checking it and the files it reads; outputs go inside the record's folder unless given here")
			f.BoolVar(&c.Force, "force", c.Force, "with -replay, overwrite outputs that exist")
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
	// Checked here, so that a mistake is said in the flag's words, not the loader's.
	if field != "-" && !slices.Contains(documentFields, field) {
		return fmt.Errorf("%q: %s is not a document field (want %s, or - to drop the input)", s, field, strings.Join(documentFields, ", "))
	}
	o := &c.Fields
	// One document field from two different inputs: the loader would keep one, or fail on
	// every record; the same inputs given twice are no mistake.
	if prev := filledBy(o, field); field != "-" && prev != "" && !strings.EqualFold(prev, field+"="+strings.Join(inputs, "+")) {
		return fmt.Errorf("%q: %s is filled already (-field %s)", s, field, prev)
	}
	if len(inputs) > 1 {
		if field == "-" {
			return fmt.Errorf("%q: drop one input at a time (-=NAME)", s)
		}
		if field != "title" && field != "text" && field != "url" {
			return fmt.Errorf("%q: only title, text and url can be made of several inputs", s)
		}
		// An input dropped would be read as empty: the composed field would silently lack it.
		for _, in := range inputs {
			for prev, f := range o.Fields {
				if f == "-" && strings.EqualFold(prev, in) {
					return fmt.Errorf("%q: %s is dropped already (-field -=%s)", s, in, prev)
				}
			}
		}
		if o.Compose == nil {
			o.Compose = map[string][]string{}
		}
		o.Compose[field] = inputs
		return nil
	}
	if field == "-" {
		// The reverse order of the check above.
		for _, f := range slices.Sorted(maps.Keys(o.Compose)) {
			if slices.ContainsFunc(o.Compose[f], func(in string) bool { return strings.EqualFold(in, inputs[0]) }) {
				return fmt.Errorf("%q: %s is read already, as part of %s (-field %s=%s)", s, inputs[0], f, f, strings.Join(o.Compose[f], "+"))
			}
		}
	}
	for in, f := range o.Fields {
		if strings.EqualFold(in, inputs[0]) && f != field {
			if f == "-" {
				return fmt.Errorf("%q: %s is dropped already (-field -=%s)", s, inputs[0], in)
			}
			return fmt.Errorf("%q: %s is read already, as %s (-field %s=%s)", s, inputs[0], f, f, in)
		}
	}
	if o.Fields == nil {
		o.Fields = map[string]string{}
	}
	o.Fields[inputs[0]] = field
	return nil
}

// filledBy returns the -field value (FIELD=INPUT or FIELD=INPUT+INPUT) that fills the
// document field already, or "" if none does.
func filledBy(o *corpus.LoadOptions, field string) string {
	if ins, ok := o.Compose[field]; ok {
		return field + "=" + strings.Join(ins, "+")
	}
	for in, f := range o.Fields {
		if f == field {
			return field + "=" + in
		}
	}
	return ""
}

// documentFields are the fields -field can fill (corpus.LoadOptions.Fields).
var documentFields = corpus.Fields()

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
	c.pairFiles = set("a") && set("b")
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
	given := map[string]bool{}
	f.Visit(func(fl *flag.Flag) { given[fl.Name] = true })
	if set("top") {
		switch {
		case c.Top == 0 && given["top"]:
			return Usagef("-top 0: want a number of rows, or -1 for all")
		case c.Top < 0:
			c.Top = -1
		}
	}
	if set("skipped") && c.Skipped != "" && !c.Lenient {
		return Usagef("-skipped lists the records -lenient skips: give -lenient too")
	}
	if c.StripResidue && c.ResidueList != "" {
		return Usagef("-residue-list lists the residue that -strip-residue blanks as documents are read: run -residue-list without -strip-residue to see it")
	}
	if set("phrases") && c.Phrases != "" && c.Phrases != "auto" {
		if err := c.readPhrases(); err != nil {
			return err
		}
	}
	if set("permutations") {
		switch {
		case c.Permutations > 1_000_000:
			return Usagef("-permutations %d: at most 1,000,000", c.Permutations)
		case c.Permutations == 0 && given["permutations"]:
			return Usagef("-permutations 0: want a number of shuffles (the default is 1000), or -1 for no test")
		}
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
	if set("side-a") && set("side-b") && sameSide(c.SideA, c.SideB) {
		return Usagef("-side-a %s and -side-b %s name the same side: give two different sides", c.SideA, c.SideB)
	}
	if set("dedupe") {
		if err := c.checkDedupe(given); err != nil {
			return err
		}
	}
	if set("figure") && c.Figure != "" {
		switch strings.ToLower(filepath.Ext(c.Figure)) {
		case ".png", ".svg", ".pdf":
		default:
			return Usagef("-figure %q: want a .png, .svg or .pdf file", c.Figure)
		}
	}
	return c.checkOutputs(f)
}

// checkOutputs checks the files the flags name for writing before anything is read, so
// that a slip costs neither a run (a folder that does not exist was found only when the
// table was written, after minutes of counting) nor the data (-csv naming the corpus
// wrote the table over it): each output's folder must exist, no output may be a folder,
// a file the run reads (the same file by any path), or the output of another flag; a
// table's provenance record (FILE.provenance.json) counts as an output too. An output
// that exists and is not a regular file (/dev/null, a terminal) is nobody's data: several
// flags may name it, and one may read it, but not a table, whose record would go beside
// it (/dev/null.provenance.json), nor a link, which would leave the record beside the link
// (/dev/stdout links to stdout, a regular file when it is redirected to one). "-" means stdin to a flag that reads; to one that
// writes it is no output, and a usage error.
func (c *Common) checkOutputs(f *Flags) error {
	type file struct{ flag, path string }
	var reads, writes []file
	for _, n := range slices.Sorted(maps.Keys(f.files)) {
		v := f.Lookup(n).Value.String()
		if v == "" || v == f.keywords[n] {
			continue
		}
		if v == "-" {
			if f.files[n] == readsFile {
				continue
			}
			alt := ""
			if f.files[n] == writesFile && runtime.GOOS != "windows" {
				alt = " (or /dev/stdout)"
			}
			return Usagef("-%s -: - is not standard output: give a file name%s", n, alt)
		}
		switch f.files[n] {
		case readsFile:
			reads = append(reads, file{n, v})
		case writesRecord:
			// By Lstat: /dev/stdout is a link, to a regular file when stdout is one.
			if st, err := os.Lstat(c.abs(v)); err == nil && !st.Mode().IsRegular() && !st.IsDir() {
				return Usagef("-%s %s: not a regular file (a device or a link), and the table's provenance record is written beside it (%s.provenance.json): give a file name", n, v, v)
			}
			writes = append(writes, file{n, v}, file{n, v + ".provenance.json"})
		default:
			writes = append(writes, file{n, v})
		}
	}
	for i, w := range writes {
		p := c.abs(w.path)
		if dir := filepath.Dir(p); dir != p {
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				return Usagef("-%s %s: no folder %s to write it in: create it, or give another path", w.flag, w.path, filepath.Dir(w.path))
			}
		}
		st, err := os.Stat(p)
		if err == nil && st.IsDir() {
			return Usagef("-%s %s: is a folder: give the name of a file to write", w.flag, w.path)
		}
		if err == nil && !st.Mode().IsRegular() {
			continue // a device: no clash
		}
		for _, r := range reads {
			if c.abs(r.path) == p {
				return Usagef("-%s %s: the file -%s reads: writing it would destroy the input; give another path", w.flag, w.path, r.flag)
			}
			if err != nil {
				continue
			}
			if in, err := os.Stat(c.abs(r.path)); err == nil && os.SameFile(st, in) {
				return Usagef("-%s %s: the file -%s reads (as %s): writing it would destroy the input; give another path", w.flag, w.path, r.flag, r.path)
			}
		}
		for _, o := range writes[:i] {
			if c.abs(o.path) == p {
				return Usagef("-%s %s: -%s writes that file too: give each output its own path", w.flag, w.path, o.flag)
			}
		}
	}
	return nil
}

// sameSide reports whether two side specs select the same documents: the same kind
// (ignoring case, as corpus.ByKind matches) or the same outlet.
func sameSide(x, y string) bool {
	split := func(s string) (string, string) {
		k, v, ok := strings.Cut(s, ":")
		if !ok {
			return "kind", s
		}
		return k, v
	}
	kx, vx := split(x)
	ky, vy := split(y)
	return kx == ky && (vx == vy || kx == "kind" && strings.EqualFold(vx, vy))
}

// Sides returns the parsed -side-a and -side-b. Two different sides of one name (kind:X
// and outlet:X) are named by their specs, so that no report shows one name for both.
func (c *Common) Sides() (a, b corpus.Side) {
	a, _ = corpus.ParseSide(c.SideA) // checked by Parse
	b, _ = corpus.ParseSide(c.SideB)
	if a.Name == b.Name {
		a.Name, b.Name = c.SideA, c.SideB
	}
	return a, b
}

// Analyzer returns the analyzer the flags describe: -lang, -voice, -ngrams, -protect,
// -stop, -variant and the phrases of -phrases FILE (for -phrases auto, see
// [Common.FindPhrases]).
func (c *Common) Analyzer() framing.Analyzer {
	an := framing.Analyzer{Language: c.Lang, NGrams: c.NGrams, Protected: Protected(c.Protect), KeepAddresses: c.KeepAddresses,
		ExtraStopWords: slices.Clone(c.Stop), Variants: maps.Clone(c.Variants), Phrases: slices.Clone(c.phrases)}
	if c.Voice != "" {
		an.Voices, _ = Voices(c.Voice) // checked by Parse
	}
	if c.DropsScaffolding() {
		for _, w := range Scaffolding {
			if !slices.Contains(an.ExtraStopWords, w) {
				an.ExtraStopWords = append(an.ExtraStopWords, w)
			}
		}
	}
	return an
}

// Input returns where the documents come from, with every input flag applied; lang keeps
// the documents of one language ("" keeps all). If the program takes -side-a and -side-b,
// the Input's Sides are theirs (a program that compares other groups clears them).
func (c *Common) Input(lang string) Input {
	in := Input{Path: c.Corpus, Lenient: c.Lenient, DefaultEvent: c.DefaultEvent, Language: lang, Quiet: c.Quiet, common: c}
	if c.flags != nil && c.flags.Lookup("side-a") != nil && c.flags.Lookup("side-b") != nil {
		a, b := c.Sides()
		in.Sides = []corpus.Side{a, b}
	}
	return in
}

// loadOptions returns the corpus options of the input flags.
func (c *Common) loadOptions() corpus.LoadOptions {
	return corpus.LoadOptions{Defaults: corpus.Document{Event: c.DefaultEvent, Outlet: c.DefaultOutlet}, Fields: c.Fields.Fields, Compose: c.Fields.Compose}
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

// Provenance starts the provenance record of a run: the tool, its arguments (for a replay,
// the record's, with the outputs the command line gave), and the digest of every file they
// read: the corpus file or folder if the documents were read (for stdin, the digest of
// what was read: call it after reading) and the files of the program's input flags.
// Paths are as the run sees them; [Common.WriteProvenance] writes them from the record's
// folder. Once the documents are read, the record's settings hold what reading did under
// "reading" (a [Reading]: records skipped by -lenient, documents left out, blanked, not
// UTF-8 or holding residue left in). If [Common.Screen] has run, they hold what it did and found, under "dedupe" (a
// [DedupeRecord]) and "residue" (a framing.ResidueSummary). Its Defaults hold the value
// of every option the arguments do not give, other than files and -force, -quiet and
// -replay, so that a replay by a later version runs with them (see [Common]).
func (c *Common) Provenance() (*report.Provenance, error) {
	p, err := report.NewProvenance("framediff "+c.flags.prog.Name, slices.Clone(c.args))
	if err != nil {
		return nil, err
	}
	for _, name := range c.inputFlags() {
		path := c.flags.Lookup(name).Value.String()
		switch {
		case name == "corpus" && !c.readCorpus:
			continue
		case name == "corpus" && path == "-":
			if c.digest == nil {
				return nil, errors.New("cli: the provenance of stdin is known once it is read")
			}
			p.Inputs = append(p.Inputs, report.Input{Path: "-", Bytes: c.read, SHA256: hex.EncodeToString(c.digest.Sum(nil))})
		case name == "corpus" && path == "":
			p.Inputs = append(p.Inputs, report.Input{Path: "", SHA256: "embedded sample"})
		case path != "" && path == c.flags.keywords[name]:
			// -phrases auto: no file
		case path != "":
			d, err := corpus.DigestFile(c.abs(path), 0)
			if err != nil {
				return nil, fmt.Errorf("provenance of -%s: %w", name, err)
			}
			p.Inputs = append(p.Inputs, report.Input{Path: path, Bytes: d.Bytes, SHA256: d.SHA256})
		}
	}
	if p.Defaults, err = c.flags.defaults(c.args); err != nil {
		return nil, err
	}
	if c.reading != nil {
		if err := p.Set("reading", c.reading); err != nil {
			return nil, err
		}
	}
	if s := c.screen; s != nil {
		if err := p.Set("dedupe", s.Dedupe); err != nil {
			return nil, err
		}
		if err := p.Set("residue", s.Residue); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// inputFlags returns the names of the flags that name files the program reads, sorted.
func (c *Common) inputFlags() []string {
	var names []string
	for name, role := range c.flags.files {
		if role == readsFile {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// abs returns path from the working folder of the run.
func (c *Common) abs(path string) string {
	if filepath.IsAbs(path) || c.cwd == "" {
		return filepath.Clean(path)
	}
	return filepath.Join(c.cwd, path)
}

// WriteCSV writes rows (a slice of structs, see report.WriteCSV) to path, and the run's
// provenance record beside it as path.provenance.json.
func (c *Common) WriteCSV(msgs io.Writer, path string, rows any, prov *report.Provenance) error {
	if err := WriteFile(msgs, path, func(w io.Writer) error { return report.WriteCSV(w, rows, nil) }); err != nil {
		return err
	}
	return c.WriteProvenance(msgs, path, prov)
}

// WriteProvenance writes prov as output.provenance.json, with every path in its arguments
// and inputs written from the record's folder. If its settings hold an "analyzer" (a
// framing.Analyzer, whose JSON leaves out zero values), the record adds
// "analyzer_resolved": its framing.AnalyzerSettings, every default resolved.
func (c *Common) WriteProvenance(msgs io.Writer, output string, prov *report.Provenance) error {
	record := output + ".provenance.json"
	dir := filepath.Dir(c.abs(record))
	rel := func(path string) string {
		if path == "" || path == "-" {
			return path
		}
		r, err := filepath.Rel(dir, c.abs(path))
		if err != nil {
			return c.abs(path)
		}
		return r
	}
	p := *prov
	var err error
	if p.Args, err = c.flags.rewrite(prov.Args, func(name, value string) (string, bool) {
		if c.flags.files[name] == 0 {
			return value, true
		}
		return rel(value), true
	}); err != nil {
		return err
	}
	if p.Settings, err = resolveAnalyzer(prov.Settings); err != nil {
		return err
	}
	p.Inputs = slices.Clone(prov.Inputs)
	for i := range p.Inputs {
		p.Inputs[i].Path = rel(p.Inputs[i].Path)
	}
	return WriteFile(msgs, record, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(&p)
	})
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

// WriteFigure writes a figure to path in the format its extension names, as formatOf
// reads it (figures.Format: png, svg, pdf; an error from it is a usage error). The
// caller, which draws the figure, hands the reader over, so that a command that draws
// none does not load the plotting packages.
func WriteFigure(msgs io.Writer, path string, formatOf func(path string) (string, error), draw func(w io.Writer, format string) error) error {
	format, err := formatOf(path)
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

// WriteRows writes rows (a slice of structs) as CSV, as [Common.WriteCSV] does, without a
// provenance record.
func WriteRows(w io.Writer, rows any) error { return report.WriteCSV(w, rows, nil) }

// ReadInput reads the plain-text file at path (an -a or -b input) with ReadText and, with
// -strip-residue, blanks its residue as Input.Docs does a corpus's, saying on stderr what
// was blanked; it also says when the text has bytes that are not UTF-8. A file with no
// text (empty, or only white space) is an error, as an empty corpus is, and so is one
// longer than [MaxDocument].
func (c *Common) ReadInput(prog string, stderr io.Writer, flag, path string) (string, error) {
	text, err := ReadText(path)
	if err != nil {
		return "", err
	}
	if strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("%s %s is empty", flag, Escape(path))
	}
	if len(text) > MaxDocument {
		return "", fmt.Errorf("%s %s has %s bytes of text, more than the %s a program reads as one document (framing.MaxTokenDocument): split it into several documents of a corpus: %w",
			flag, Escape(path), thousands(len(text)), thousands(MaxDocument), framing.ErrTooLarge)
	}
	if !utf8.ValidString(text) {
		fmt.Fprintf(stderr, "%s: %s %s has bytes that are not UTF-8: %s\n", prog, flag, Escape(path), notUTF8Advice)
	}
	if c.StripResidue {
		clean, r := framing.StripResidue(text)
		var kinds []string
		for _, h := range r.Hits {
			kinds = append(kinds, fmt.Sprintf("%s %d", h.Kind, h.Count))
		}
		if len(kinds) == 0 {
			kinds = append(kinds, "none found")
		}
		fmt.Fprintf(stderr, "%s: -strip-residue blanked scraped-page residue in %s %s (occurrences by kind: %s)\n", prog, flag, Escape(path), strings.Join(kinds, ", "))
		text = clean
	}
	return text, nil
}

// SameFile returns a usage error if a and b, the files of -a and -b, are one file (by
// os.SameFile: the same path, or a link to it): a comparison needs two accounts.
func SameFile(a, b string) error {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	if errA == nil && errB == nil && os.SameFile(ia, ib) {
		return Usagef("-a %s and -b %s are the same file: give each side's account in a file of its own", Escape(a), Escape(b))
	}
	return nil
}

// ReadText reads a plain-text file as the corpus loaders read theirs (see corpus.Decode):
// UTF-16 and UTF-32 with a byte-order mark decoded, old Mac line endings read as such,
// and a file that is not text refused.
func ReadText(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	r, err := corpus.Decode(f)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	// Read into a buffer of the file's size (UTF-8 text keeps it), not one grown by
	// copying, and make the string of it without another copy.
	var sb strings.Builder
	if info, err := f.Stat(); err == nil && info.Size() > 0 && info.Size() < 1<<40 {
		sb.Grow(int(info.Size()) + 1)
	}
	if _, err := io.Copy(&sb, r); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return sb.String(), nil
}
