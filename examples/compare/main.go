// Command compare prints a framing comparison of two sides of a news event: the terms that
// most distinguish each side (Monroe et al.'s log-odds with an informative Dirichlet prior),
// each with its token-level p-value and a document-level one (the side labels of whole
// documents shuffled; see framing.DocumentTest), and the Jensen–Shannon divergence between
// them.
//
// With no arguments it compares state media with wire services for every event of the
// embedded sample corpus, and, where an event has two wire services, the two wires with each
// other (a placebo: they should differ less).
//
//	go run ./examples/compare                           # the sample corpus
//	go run ./examples/compare -a state.txt -b wire.txt  # two plain-text files
//	go run ./examples/compare -corpus news.jsonl -event E -side-a kind:state -side-b outlet:Reuters
//	go run ./examples/compare -json                     # machine-readable, with all settings
//	go run ./examples/compare -voice all                # count quotations too (default: own voice)
//	go run ./examples/compare -keep-scaffolding         # own voice with "said", "Mr" and the like counted
//	go run ./examples/compare -permutations 10000 -seed 7  # the document-level test, more shuffles
//	go run ./examples/compare -corpus news.jsonl -dedupe -dedupe-list pairs.csv  # each near-duplicate counted once
//	go run ./examples/compare -loaded                   # and each side's loaded words (framing.LoadedTerms)
//	go run ./examples/compare -a state.txt -b wire.txt -evidence lines.csv -kwic 10  # each listed term's lines
//
// -evidence FILE traces every term listed (the -top of each side, in every comparison of
// the run: the two files, or each event) to its lines, as CSV: up to -kwic lines (default
// 5; a negative number, all) from each side's documents where the analyzer counted the
// term, in the counted voice (with the default -voice own, the outlet's own words as
// framing.OwnVoice has them: quoted titles and a word or two quoted inside indirect speech
// included, direct quotations and scare quotes not), each with the event, the side the
// term leans to and its rank there, the term, the side of the line with the term's count
// and the forms it writes it in, the document's ID (for -a and -b, the side's name: the
// file's name, or its path if the two names are the same), the byte offsets of the
// occurrence in the document's text (for -a and -b, the file's text as read,
// corpus.Decode: the file's own bytes, unless it has a byte-order mark, is UTF-16 or
// UTF-32, or has old Mac line endings), whose words they are, 40 runes of context either
// side and the sentence. A side's lines are spread over its documents in the order of
// their IDs: in rounds of one line a document, the last round taking documents at evenly
// spaced ranks among those with a line left; so the file is the same whatever the order of
// the corpus and the number of workers. With -json, the report holds the same rows as
// "evidence", without the apostrophe the CSV puts before a text cell a spreadsheet would
// run as a formula (report.WriteCSV). -evidence holds the corpus in memory, as -loaded
// does, to read each side's documents again for the lines.
//
// A stem listed whose words are not the inflections of one word (emergency and emerged,
// internal and international: framing.StemGroup.Distinct) is flagged "*", whatever side
// the words came from, listed under the tables with the -protect that keeps them apart,
// and named in -json (stem_merges) and the -csv column stem_words. On a corpus the
// documents are counted a second time, words only, for the forms (the counts keep one
// form a term), for up to 500 events; from stdin they cannot be, and stderr says so. The
// rule that tells inflections apart reads English forms only: in an event in another
// language every stem that merged two words or more is flagged and listed, and the
// heading of the list says so (cli.MergesHeading).
//
// In the own voice (-voice own, the default) the outlet's scaffolding around what it
// quotes is not counted: the attribution verbs "says", "said", "saying", "tells", "told"
// and "according" (the plainest cues of news attribution, as framing.LoadedTerms reads
// them; every use of them, "the said agreement" too, while "say", "tell" and "telling",
// whose other senses matter, "a say in", "a telling silence", are counted)
// and the honorifics of @house-style (Mr, Mrs, Ms, Messrs, Dr), as if given to -stop
// (they are the analyzer's extra stop words in -json). How often an outlet attributes and
// whether its style sheet writes "Mr." are its practice, not its framing, yet they led the
// lists: own voice, China Daily against the New York Times, the Times' side began with
// "said" (z -49.4) and "Mr" (z -28.3), ahead of every word of substance; without them the
// rest of both top-20 lists is the same words, Jensen-Shannon divergence 0.1846 -> 0.1777
// bits. -keep-scaffolding counts them as before; -voice all and -voice quoted always do
// (in a quotation "said" is the speaker's word).
//
// A corpus whose records name no event takes one from -default-event. With -dedupe,
// -dedupe-list or -residue-list, near-duplicate documents and scraped-page residue are
// looked for before any word is counted, and said on stderr; -dedupe drops the duplicates
// (see cli.Common.Screen). Without them, -phrases auto, -loaded and -evidence, the corpus is
// streamed, never held whole.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
)

var prog = cli.Program{
	Name:    "compare",
	Summary: "the terms that distinguish two sides of a news event, and how far apart their vocabularies are",
	Examples: []string{
		"go run ./examples/compare -corpus news.jsonl -event summit -side-a kind:state -side-b outlet:Reuters",
		"go run ./examples/compare -a state.txt -b wire.txt -voice all",
		"go run ./examples/compare -a state.txt -b wire.txt -evidence lines.csv -kwic 10",
		"go run ./examples/compare -corpus news.jsonl -dedupe -dedupe-list pairs.csv -residue-list residue.csv",
	},
}

func main() { cli.Main(prog.Name, run) }

// report is what -json prints: every comparison, with its settings.
type report struct {
	Comparisons []*framing.Comparison `json:"comparisons"`
	Placebos    []placeboReport       `json:"placebos,omitempty"`
	Loaded      []loadedReport        `json:"loaded,omitempty"`
	// Evidence is, with -evidence, the rows of its table: the lines of each term listed.
	Evidence []evidenceRow `json:"evidence,omitempty"`
}

// loadedReport is what -loaded adds for one side of one event: the loaded words the side
// chose (framing.LoadedTerms in the analyzer's voices), with the other side as both the
// background and the other accounts of the event; the words none of whose uses were
// counted (quoted, attributed, in names or neutral senses: framing.LoadedReport.SetAside)
// and every match of the lexicon tallied by what became of it (framing.LoadedTally).
type loadedReport struct {
	Event    string                `json:"event"`
	Side     string                `json:"side"`
	Against  string                `json:"against"`
	Options  framing.LoadedOptions `json:"options"`
	Terms    []framing.LoadedTerm  `json:"terms"`
	SetAside []framing.LoadedTerm  `json:"set_aside"`
	Tally    framing.LoadedTally   `json:"tally"`
}

// placeboReport sets the divergence of two wire services against that of side A with
// each of them, one outlet per side, so that the sizes compare.
type placeboReport struct {
	Wires    *framing.Comparison   `json:"wires"`     // wire vs wire
	AVsWires []*framing.Comparison `json:"a_vs_wire"` // side A vs each wire
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlags(prog, stdout, stderr)
	fileA := fs.InputFile("a", "a plain-text file as side A, instead of a corpus; with -b")
	fileB := fs.InputFile("b", "a plain-text file as side B, with -a")
	evidence := fs.OutputFile("evidence", "", "write the lines behind the counts as CSV to `FILE`; for each term listed (-top per side, every comparison), up to -kwic lines of each side where the term was counted, in the counted voice: the event, the side, the term and its forms, the document, the byte offsets of the occurrence in its text, its context and its sentence", false)
	kwic := fs.Int("kwic", 5, "evidence lines shown per item listed; the items: each term and side in -evidence (negative: all)")
	loaded := fs.Bool("loaded", false, "also list each side's loaded words: words of a loaded-language lexicon it uses in the counted voice, outside names and neutral senses, that the other side and the side's own quotations use at less than 0.6 times its rate and that are in no more than 5% of the other side's documents (framing.LoadedTerms' Shared and Common rules; the other side as background and as the other accounts); under each side's list, what became of every match of the lexicon: uses listed, uses of words left off by each rule, matches set aside (in quotations, attributed, in names, in neutral senses), and the words none of whose uses counted (framing.LoadedReport; -json: tally, set_aside)")
	c := &cli.Common{SideA: "kind:state", SideB: "kind:wire", Voice: "own", NGrams: 1, Top: 12, Permutations: 1000,
		TopOf: "per side, in the text and -json (the -csv table holds every term)"}
	fs.Common(c, cli.FlagInput, cli.FlagSides, cli.FlagAnalysis, "keep-scaffolding", cli.FlagTest, cli.FlagOutput, cli.FlagDedupe)
	if err := fs.Parse(args); err != nil {
		return err
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	switch {
	case given["kwic"] && *evidence == "":
		return cli.Usagef("-kwic is the lines of each term in -evidence: give -evidence FILE too")
	case *kwic == 0:
		return cli.Usagef("-kwic 0 writes no line: want 1 or more, or -1 for every line")
	}
	an := c.Analyzer()
	opts := &framing.CompareOptions{Top: c.Top, DocTest: framing.DocTestOptions{Permutations: c.Permutations, Seed: c.Seed}}
	if c.CSV != "" {
		// The -csv table holds every term; -top limits the text and -json (see trim).
		opts.Top = -1
	}
	if !c.JSON {
		stdout = cli.Terminal(stdout)
	}

	var rep report
	// docsOf returns the two sides' documents of an event, for -evidence.
	var docsOf func(event string) [2][]corpus.Document
	switch {
	case *fileA != "" || *fileB != "":
		if *fileA == "" || *fileB == "" {
			return cli.Usagef("-a and -b go together")
		}
		if c.Corpus != "" {
			return cli.Usagef("-a and -b compare two files instead of a corpus: give either, not -corpus too")
		}
		if c.Screens() {
			return cli.Usagef("-dedupe, -dedupe-list and -residue-list look at the documents of a corpus; -a and -b are one document each")
		}
		cmp, split, err := compareFiles(c, &an, *fileA, *fileB, opts, stderr)
		if err != nil {
			return err
		}
		docsOf = func(string) [2][]corpus.Document { return [2][]corpus.Document{split.A, split.B} }
		rep.Comparisons = append(rep.Comparisons, cmp)
		if *loaded {
			if err := loadedWords(c, &rep, &an, []corpus.Split{split}, c.Top); err != nil {
				return err
			}
		}
	default:
		a, b := c.Sides()
		// Read the corpus once: the two sides, and each wire service on its own for the
		// placebo.
		wires := func(d corpus.Document) string {
			if strings.EqualFold(d.Kind, corpus.KindWire) {
				return "outlet:" + d.Outlet
			}
			return ""
		}
		in := c.Input(c.Lang)
		docs := in.Docs(prog.Name, stderr)
		// Each document's counts are kept for the document-level test (unless
		// -permutations < 0).
		count := &framing.CountOptions{SideBy: wires, NoRows: c.Permutations < 0}
		var corp *corpus.Corpus // the documents, held in memory for -phrases auto, -loaded, -evidence and the screens
		if c.Phrases == "auto" || *loaded || *evidence != "" || c.Screens() {
			// Every document is read first: the phrases are found over every document
			// counted, one table for both sides; near-duplicates and residue are looked for
			// before a word is counted (and -dedupe drops the duplicates).
			var err error
			if corp, err = in.Corpus(prog.Name, stderr); err != nil {
				return err
			}
			if corp, err = c.ScreenCorpus(corp, []corpus.Side{a, b}); err != nil {
				return err
			}
			docs = corp.Docs()
		}
		if corp != nil {
			// -phrases auto finds the phrases over every document read, one table for
			// both sides.
			if err := c.FindPhrases(&an, corp.Documents(), stderr); err != nil {
				return err
			}
			st := c.Stage("counting the words of %d documents", corp.Len())
			defer st.Done()
			count.Progress = func(p framing.Progress) {
				st.Update("counting the words of %d of %d documents", p.Documents, corp.Len())
			}
		} else if err := c.FindPhrases(&an, nil, stderr); err != nil {
			return err
		}
		ec, err := framing.CountEvents(&an, docs, []corpus.Side{a, b}, count)
		if err != nil {
			return err
		}
		defer ec.Close()
		events, err := c.Compared(ec, 0, 1)
		if err != nil {
			return err
		}
		st := c.Stage("comparing %d event(s), the terms tested over documents", len(events))
		rep.Comparisons, err = ec.CompareEvents(events, 0, 1, opts)
		st.Done()
		if err != nil {
			return err
		}
		// The counts keep one form a term: the stems' merges are read from the documents
		// again, those held or the file (stdin cannot be read twice: none then, said).
		checked := false
		switch {
		case len(rep.Comparisons) > cli.MaxStemEvents:
			fmt.Fprintf(stderr, "%s: stems not checked for merged words: %d events, more than the %d whose forms are read (-event NAME checks one)\n", prog.Name, len(rep.Comparisons), cli.MaxStemEvents)
			checked = true
		case corp != nil:
			checked, err = cli.StemMerges(&an, corp.Docs(), [2]corpus.Side{a, b}, rep.Comparisons)
		case c.Corpus != "-":
			st := c.Stage("reading the documents again for the forms of the terms listed")
			checked, err = cli.StemMerges(&an, c.Input(c.Lang).Docs(prog.Name, io.Discard), [2]corpus.Side{a, b}, rep.Comparisons)
			st.Done()
		}
		if err != nil {
			return err
		}
		if !checked {
			fmt.Fprintf(stderr, "%s: stems not checked for merged words: the corpus came from stdin, which cannot be read again for the terms' forms (give it as a file)\n", prog.Name)
		}
		// The placebo compares divergences only: no document-level test.
		po := *opts
		po.Top = c.Top
		po.DocTest.Permutations = -1
		for _, e := range events {
			if p, err := placebo(ec, e, &po); err != nil {
				return err
			} else if p != nil {
				rep.Placebos = append(rep.Placebos, *p)
			}
		}
		if *loaded {
			if err := loadedWords(c, &rep, &an, splits(corp.Documents(), events, a, b), c.Top); err != nil {
				return err
			}
		}
		if *evidence != "" {
			byEvent := eventDocs(corp.Documents(), events, a, b)
			docsOf = func(event string) [2][]corpus.Document { return byEvent[event] }
		}
	}
	if c.CSV != "" {
		prov, err := c.Provenance()
		if err != nil {
			return err
		}
		prov.Seed = opts.DocTest.Seed
		if err := prov.Set("analyzer", an); err != nil {
			return err
		}
		if len(rep.Comparisons) > 0 {
			// The statistics with framing's defaults filled in (every comparison of a run
			// has the same).
			o := rep.Comparisons[0].Options
			if err := prov.Set("analysis", cli.LogOddsAnalysis(o.LogOdds, o.DocTest)); err != nil {
				return err
			}
		}
		if err := c.WriteCSV(stderr, c.CSV, rows(&rep), prov); err != nil {
			return err
		}
		trim(rep.Comparisons, c.Top)
	}
	if *evidence != "" {
		st := c.Stage("finding the lines of the terms listed in %d comparison(s)", len(rep.Comparisons))
		var err error
		rep.Evidence, err = evidenceLines(&an, rep.Comparisons, docsOf, *kwic)
		st.Done()
		if err != nil {
			return err
		}
		if err := cli.WriteFile(stderr, *evidence, func(w io.Writer) error { return cli.WriteRows(w, rep.Evidence) }); err != nil {
			return err
		}
	}
	if c.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rep)
	}
	printReport(stdout, &rep, *evidence != "")
	return nil
}

// trim cuts each comparison's term lists to top per side (all if negative), for the text
// and -json, once the -csv table has every term: the stem merges keep to the terms listed,
// and a document-level test that ran counts the listed terms it left untested, as without
// -csv.
func trim(cs []*framing.Comparison, top int) {
	for _, c := range cs {
		if top >= 0 {
			c.TopA, c.TopB = c.TopA[:min(top, len(c.TopA))], c.TopB[:min(top, len(c.TopB))]
		}
		c.Options.Top = top
		listed := map[string]bool{}
		untested := 0
		for _, terms := range [][]framing.KeyTerm{c.TopA, c.TopB} {
			for _, t := range terms {
				listed[t.Term] = true
				if t.DocP < 0 {
					untested++
				}
			}
		}
		c.Merges = slices.DeleteFunc(c.Merges, func(g framing.StemGroup) bool { return !listed[g.Term] })
		if c.DocTest.Ran {
			c.DocTest.Untested = untested
		}
	}
}

// rows returns the -csv table: every term listed (with -csv, every term that leans to a
// side), with its comparison's event and sides, the measure of its score, and its rank on
// the side it leans to.
func rows(rep *report) []cli.TermRow {
	var out []cli.TermRow
	for _, c := range rep.Comparisons {
		stems := cli.StemWords(c.Merges)
		for _, terms := range [][]framing.KeyTerm{c.TopA, c.TopB} {
			for i, t := range terms {
				r := cli.KeyTermRow(c.Event, c.SideA, c.SideB, framing.MeasureLogOdds, i+1, t)
				r.StemWords = stems[t.Term]
				out = append(out, r)
			}
		}
	}
	return out
}

// compareFiles compares two plain-text files, each a side of one document: the terms are
// not tested over documents (one a side), and the comparison says so.
func compareFiles(c *cli.Common, an *framing.Analyzer, a, b string, opts *framing.CompareOptions, stderr io.Writer) (*framing.Comparison, corpus.Split, error) {
	if err := cli.SameFile(a, b); err != nil {
		return nil, corpus.Split{}, err
	}
	// Collecting while the files are read, and while their words are counted, would free
	// almost nothing: the texts and the run's tables stay live to the end (on the halves
	// of BBC News the collector ran three times, at 4, 6 and 12 MB of heap, and freed
	// 1 MB). So the collector waits until the words are counted: 4 to 6% less CPU for that
	// comparison, and the same peak memory on the halves of China Daily vs NYT (22 MB).
	// Phrases and n-grams make garbage as they are counted (that run's peak grew from 690
	// to 877 MB with -ngrams 3), and so do the listings after the count (loaded words,
	// evidence): for them it runs as usual.
	gc := debug.SetGCPercent(-1)
	defer debug.SetGCPercent(gc)
	ta, err := c.ReadInput(prog.Name, stderr, "-a", a)
	if err != nil {
		return nil, corpus.Split{}, err
	}
	tb, err := c.ReadInput(prog.Name, stderr, "-b", b)
	if err != nil {
		return nil, corpus.Split{}, err
	}
	lang := an.Language
	if lang == "" {
		lang = "english" // plain text files carry no language
	}
	doc := func(name, text string) []corpus.Document {
		return []corpus.Document{{ID: name, Event: "files", Outlet: name, Language: lang, Text: text}}
	}
	// The sides are named by the files' names, so that a run and its replay from another
	// folder write the same table; by their paths if the names are the same.
	nameA, nameB := filepath.Base(a), filepath.Base(b)
	if nameA == nameB {
		nameA, nameB = a, b
	}
	s := corpus.Split{Event: "files", NameA: nameA, NameB: nameB, A: doc(nameA, ta), B: doc(nameB, tb)}
	if an.NGrams > 1 || len(an.Phrases) > 0 || len(an.Protected) > 0 || c.Phrases == "auto" {
		debug.SetGCPercent(gc) // more than single words to count (a protected entry may be a phrase)
	}
	if err := c.FindPhrases(an, append(slices.Clone(s.A), s.B...), stderr); err != nil {
		return nil, s, err
	}
	cmp, err := framing.CompareSplit(an, s, opts)
	if err != nil {
		// Said of the files: which has no word to count, and why.
		err = cli.NoWords(err, an, cli.VoiceWords(c.Voice), cli.File{Flag: "-a", Path: a, Doc: s.A[0]}, cli.File{Flag: "-b", Path: b, Doc: s.B[0]})
	}
	return cmp, s, err
}

// splits returns the two sides' documents of each event compared, in document order.
func splits(docs []corpus.Document, events []string, a, b corpus.Side) []corpus.Split {
	byEvent := map[string]*corpus.Split{}
	out := make([]corpus.Split, len(events))
	for i, e := range events {
		out[i] = corpus.Split{Event: e, NameA: a.Name, NameB: b.Name}
		byEvent[e] = &out[i]
	}
	for _, d := range docs {
		if s := byEvent[d.Event]; s != nil {
			switch {
			case a.Match(d):
				s.A = append(s.A, d)
			case b.Match(d):
				s.B = append(s.B, d)
			}
		}
	}
	return out
}

// loadedWords adds to rep each side's loaded words in each split, the other side being
// the background and the other accounts; top is the words per side (-1: all).
func loadedWords(c *cli.Common, rep *report, an *framing.Analyzer, splits []corpus.Split, top int) error {
	for i, s := range splits {
		for k, side := range []struct {
			name, against string
			docs, other   []corpus.Document
		}{{s.NameA, s.NameB, s.A, s.B}, {s.NameB, s.NameA, s.B, s.A}} {
			st := c.Stage("listing the loaded words of %s (%d documents; event %d of %d, side %d of 2)", side.name, len(side.docs), i+1, len(splits), k+1)
			bg, err := an.Profile(side.other...)
			if err != nil {
				st.Done()
				return err
			}
			o := framing.LoadedOptions{Others: side.other, Top: max(top, 0)}
			lr, err := an.LoadedReport(side.docs, bg, &o)
			st.Done()
			if err != nil {
				return fmt.Errorf("event %q: side %q: %w", s.Event, side.name, err)
			}
			o.Others = nil // the documents are named in the evidence
			rep.Loaded = append(rep.Loaded, loadedReport{Event: s.Event, Side: side.name, Against: side.against, Options: o,
				Terms: lr.Terms, SetAside: lr.SetAside, Tally: lr.Tally})
		}
	}
	return nil
}

// placebo compares the first two wire services of an event (by name), if it has two, with
// each other and with side A.
func placebo(ec *framing.EventCounts, event string, opts *framing.CompareOptions) (*placeboReport, error) {
	var wires []int
	for i, name := range ec.Sides() {
		if n, _ := ec.DocumentsOf(event, i); n > 0 && strings.HasPrefix(name, "outlet:") {
			wires = append(wires, i)
		}
	}
	if len(wires) < 2 {
		return nil, nil
	}
	compare := func(x, y int) (*framing.Comparison, error) {
		c, err := ec.Compare(event, x, y, opts)
		if err != nil {
			return nil, err
		}
		c.SideA, c.SideB = strings.TrimPrefix(c.SideA, "outlet:"), strings.TrimPrefix(c.SideB, "outlet:")
		return c, nil
	}
	p := &placeboReport{}
	var err error
	if p.Wires, err = compare(wires[0], wires[1]); err != nil {
		return nil, err
	}
	for _, w := range wires[:2] {
		cw, err := compare(0, w)
		if err != nil {
			return nil, err
		}
		p.AVsWires = append(p.AVsWires, cw)
	}
	return p, nil
}

// loadedZ returns the z of a loaded word as the text shows it, "%.2f", and true; or "–"
// and false for a z that rounds to 0.00 on thin evidence (framing.LoadedTerm.ZEvidence):
// a word used once by the side and never by a background of a few words gets a z near 0
// because the background is too small to tell, and "0.00" read as "used alike".
func loadedZ(t framing.LoadedTerm) (string, bool) {
	if math.Abs(t.Z) < 0.005 && t.ZEvidence != 0 {
		return "–", false
	}
	return fmt.Sprintf("%.2f", t.Z), true
}

// printTally writes what became of every match of the lexicon in one side (the tally of
// framing.LoadedReport): the uses listed, those of the words left off the list by each
// rule, the matches set aside by each rule, and the words none of whose uses counted.
func printTally(w io.Writer, l loadedReport) {
	t := l.Tally
	parts := func(xs ...any) string {
		var out []string
		for i := 0; i < len(xs); i += 2 {
			if n := xs[i+1].(int); n > 0 {
				out = append(out, fmt.Sprintf("%d %s", n, xs[i]))
			}
		}
		if len(out) == 0 {
			return "none"
		}
		return strings.Join(out, ", ")
	}
	fmt.Fprintf(w, "     lexicon matches: %d; uses listed: %d; uses of words not listed: %s\n", t.Hits, t.Listed,
		parts("shared with the other side or the side's quotations", t.Shared, "common in the other side", t.Common,
			"below MinZ", t.MinZ, "labels without contrast", t.Contrast, "past -top", t.Top))
	fmt.Fprintf(w, "     set aside, not counted: %s\n", parts("in quotations", t.InQuotes,
		"attributed (said, told, according to; or quoted in indirect speech)", t.Attributed,
		"in names", t.Names, "in neutral senses", t.Neutral, "stop words", t.Uncounted))
	if len(l.SetAside) > 0 {
		var ws []string
		for _, s := range l.SetAside {
			ws = append(ws, fmt.Sprintf("%s (%s)", cli.Escape(s.Word), parts("quoted", s.InQuotes, "attributed", s.Attributed, "name", s.Names, "neutral", s.Neutral)))
		}
		fmt.Fprintf(w, "     words with no use counted: %s\n", strings.Join(ws, "; "))
	}
}

// printReport writes rep as text; evidence says whether -evidence wrote the lines.
func printReport(w io.Writer, rep *report, evidence bool) {
	placebos := map[string]placeboReport{}
	for _, p := range rep.Placebos {
		placebos[p.Wires.Event] = p
	}
	for i, c := range rep.Comparisons {
		if i > 0 {
			fmt.Fprintln(w)
		}
		title := c.Event
		if title == "" {
			title = c.SideA + " vs " + c.SideB
		}
		voice := "all words"
		switch c.Analyzer.Voices {
		case framing.OwnVoice:
			voice = "own voice: direct quotations and scare quotes left out"
		case framing.QuotedVoices:
			voice = "direct quotations and scare quotes only"
		}
		fmt.Fprintf(w, "== %s (%s; %s) ==\n", title, c.Analyzer.Language, voice)
		if cli.AnalyzerDropsScaffolding(c.Analyzer) {
			fmt.Fprintln(w, cli.ScaffoldingNote)
		}
		fmt.Fprintf(w, "A = %s: %d document(s), %d counted words\n", c.SideA, c.DocsA, c.TokensA)
		fmt.Fprintf(w, "B = %s: %d document(s), %d counted words\n", c.SideB, c.DocsB, c.TokensB)
		fmt.Fprintf(w, "Jensen-Shannon divergence A vs B: %.4f bits\n", c.JSD)
		if p, ok := placebos[c.Event]; ok {
			fmt.Fprintf(w, "placebo, one outlet per side (A vs a wire should exceed wire vs wire):\n")
			fmt.Fprintf(w, "  %-40s %.4f bits\n", p.Wires.SideA+" vs "+p.Wires.SideB, p.Wires.JSD)
			for _, x := range p.AVsWires {
				fmt.Fprintf(w, "  %-40s %.4f bits\n", x.SideA+" vs "+x.SideB, x.JSD)
			}
		}
		merged := cli.Merged(c.Merges)
		fmt.Fprintln(w, cli.DocTestLine(c.DocTest, c.Options.DocTest))
		cli.PrintTerms(w, "leans to "+c.SideA, c.TopA, merged)
		cli.PrintTerms(w, "leans to "+c.SideB, c.TopB, merged)
		cli.PrintMerges(w, c.Merges, c.Analyzer.Language)
	}
	if len(rep.Loaded) > 0 {
		fmt.Fprintln(w, "\n== loaded words each side chose (the other side as background; n: uses, other: uses by the other side) ==")
	}
	noZ := false // a z shown as "–": see loadedZ
	for _, l := range rep.Loaded {
		fmt.Fprintf(w, "%s, %s (against %s): %d word(s)\n", l.Event, l.Side, l.Against, len(l.Terms))
		for i, t := range l.Terms {
			line := ""
			if len(t.Evidence) > 0 {
				e := t.Evidence[0].Word
				line = cli.Escape(e.Left + "[" + e.Match + "]" + e.Right)
			}
			z, ok := loadedZ(t)
			noZ = noZ || !ok
			fmt.Fprintf(w, "  %2d %-16s %-14s n=%-4d other=%-4d z=%6s  %s\n", i+1, cli.Escape(t.Word),
				strings.Join(t.Categories, ","), t.Count, max(t.Others, 0), z, line)
		}
		printTally(w, l)
	}
	if noZ {
		fmt.Fprintln(w, "\nloaded words, z –: the z rounds to 0.00 on thin evidence (framing.LoadedTerm.ZEvidence: a word used once, or")
		fmt.Fprintln(w, "absent from the background with an expected count below 5): the background is too small to tell its rate")
		fmt.Fprintln(w, "from the side's, which is no sign that the two use the word alike.")
	}
	fmt.Fprintln(w, "\nz: log-odds ratio with informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), alpha0 = 100.")
	fmt.Fprintln(w, "token p adj: the p-value of z, every word an independent draw, adjusted (Benjamini-Hochberg) over every term;")
	fmt.Fprintln(w, "it overstates significance when a word clusters in a few documents. doc p adj: documents are the units")
	fmt.Fprintln(w, "(their side labels shuffled; Lijffijt et al. 2016), adjusted over the terms tested; – where not tested.")
	if !evidence {
		fmt.Fprintln(w, "Every term's lines, with the document, byte offsets and sentence: -evidence FILE.")
	}
}
