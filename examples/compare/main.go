// Command compare prints a framing comparison of two sides of a news event: the terms that
// most distinguish each side (Monroe et al.'s log-odds with an informative Dirichlet prior)
// and the Jensen–Shannon divergence between them.
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
//
// A corpus whose records name no event takes one from -default-event.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	},
}

func main() { cli.Main(prog.Name, run) }

// report is what -json prints: every comparison, with its settings.
type report struct {
	Comparisons []*framing.Comparison `json:"comparisons"`
	Placebos    []placeboReport       `json:"placebos,omitempty"`
}

// placeboReport sets the divergence of two wire services against that of side A with
// each of them, one outlet per side, so that the sizes compare.
type placeboReport struct {
	Wires    *framing.Comparison   `json:"wires"`     // wire vs wire
	AVsWires []*framing.Comparison `json:"a_vs_wire"` // side A vs each wire
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlags(prog, stdout, stderr)
	fileA := fs.InputFile("a", "plain-text file of side A (with -b, instead of a corpus)")
	fileB := fs.InputFile("b", "plain-text file of side B")
	c := &cli.Common{SideA: "kind:state", SideB: "kind:wire", Voice: "own", NGrams: 1, Top: 12}
	fs.Common(c, cli.FlagInput, cli.FlagSides, cli.FlagAnalysis, cli.FlagOutput)
	if err := fs.Parse(args); err != nil {
		return err
	}
	an := c.Analyzer()
	opts := &framing.CompareOptions{Top: c.Top}
	if c.Top == 0 {
		opts.Top = -1 // all
	}
	if !c.JSON {
		stdout = cli.Terminal(stdout)
	}

	var rep report
	switch {
	case *fileA != "" || *fileB != "":
		if *fileA == "" || *fileB == "" {
			return cli.Usagef("-a and -b go together")
		}
		if c.Corpus != "" {
			return cli.Usagef("-a and -b compare two files instead of a corpus: give either, not -corpus too")
		}
		c, err := compareFiles(&an, *fileA, *fileB, opts)
		if err != nil {
			return err
		}
		rep.Comparisons = append(rep.Comparisons, c)
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
		ec, err := framing.CountEvents(&an, c.Input(c.Lang).Docs(prog.Name, stderr), []corpus.Side{a, b},
			&framing.CountOptions{SideBy: wires, NoRows: true})
		if err != nil {
			return err
		}
		events, err := c.Compared(ec, 0, 1)
		if err != nil {
			return err
		}
		for _, e := range events {
			cmp, err := ec.Compare(e, 0, 1, opts)
			if err != nil {
				return err
			}
			rep.Comparisons = append(rep.Comparisons, cmp)
			if p, err := placebo(ec, e, opts); err != nil {
				return err
			} else if p != nil {
				rep.Placebos = append(rep.Placebos, *p)
			}
		}
	}
	if c.CSV != "" {
		prov, err := c.Provenance()
		if err != nil {
			return err
		}
		if err := prov.Set("analyzer", an); err != nil {
			return err
		}
		if err := c.WriteCSV(stderr, c.CSV, rows(&rep), prov); err != nil {
			return err
		}
	}
	if c.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rep)
	}
	printReport(stdout, &rep)
	return nil
}

// row is one line of the -csv table: a term of one comparison, leaning to one side.
type row struct {
	Event string `json:"event"`
	SideA string `json:"side_a"`
	SideB string `json:"side_b"`
	Lean  string `json:"lean"` // the side the term leans to
	Rank  int    `json:"rank"` // 1 for the strongest on that side
	framing.KeyTerm
}

func rows(rep *report) []row {
	var out []row
	for _, c := range rep.Comparisons {
		for _, side := range []struct {
			name  string
			terms []framing.KeyTerm
		}{{c.SideA, c.TopA}, {c.SideB, c.TopB}} {
			for i, t := range side.terms {
				out = append(out, row{Event: c.Event, SideA: c.SideA, SideB: c.SideB, Lean: side.name, Rank: i + 1, KeyTerm: t})
			}
		}
	}
	return out
}

func compareFiles(an *framing.Analyzer, a, b string, opts *framing.CompareOptions) (*framing.Comparison, error) {
	ta, err := readText(a)
	if err != nil {
		return nil, err
	}
	tb, err := readText(b)
	if err != nil {
		return nil, err
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
	ps, err := an.Profiles(doc(nameA, ta), doc(nameB, tb))
	if err != nil {
		return nil, err
	}
	return framing.Compare(ps[0], ps[1], nameA, nameB, opts)
}

// readText reads a plain-text file as the corpus loaders read theirs (see corpus.Decode):
// UTF-16 and UTF-32 with a byte-order mark decoded, old Mac line endings read as such,
// and a file that is not text refused.
func readText(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	r, err := corpus.Decode(f)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return string(b), nil
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

func printReport(w io.Writer, rep *report) {
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
		merged := map[string]bool{}
		for _, g := range c.Merges {
			merged[g.Term] = true
		}
		printTerms(w, "leans to "+c.SideA, c.TopA, merged)
		printTerms(w, "leans to "+c.SideB, c.TopB, merged)
		if len(c.Merges) > 0 {
			fmt.Fprintln(w, "\n  * stems that merged different words:")
			for _, g := range c.Merges {
				var parts []string
				for _, f := range g.Words {
					parts = append(parts, fmt.Sprintf("%s (%d)", f.Text, f.Count))
				}
				fmt.Fprintf(w, "    %-14s %s\n", g.Term, strings.Join(parts, ", "))
			}
		}
	}
	fmt.Fprintln(w, "\nz: log-odds ratio with informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), alpha0 = 100.")
	fmt.Fprintln(w, "|z| > 1.96 is p < 0.05 for one term, before correcting for the many terms compared.")
}

func printTerms(w io.Writer, heading string, ts []framing.KeyTerm, merged map[string]bool) {
	fmt.Fprintf(w, "\n  %-28s %-16s %5s %5s %7s\n", heading, "stem", "A", "B", "z")
	for _, t := range ts {
		stem := cli.Clip(t.Term, 14)
		if merged[t.Term] {
			stem += " *"
		}
		fmt.Fprintf(w, "  %-28s %-16s %5d %5d %7.2f\n", cli.Clip(t.Word, 28), stem, t.CountA, t.CountB, t.Score)
	}
}
