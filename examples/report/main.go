// Command report turns a corpus into a self-contained HTML report (a scatter of terms with
// their lines, a bar chart of the most distinctive terms, who each side quotes), and
// optionally the keyness table as CSV or JSON Lines for R and pandas, each with the
// provenance that reproduces it.
//
//	go run ./examples/report                                  # the embedded sample -> report.html
//	go run ./examples/report -corpus news.jsonl -side-a outlet:"China Daily" -side-b outlet:"New York Times" \
//	    -html democracy.html -csv democracy.csv
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/report"
)

var prog = cli.Program{
	Name:    "report",
	Summary: "a corpus in, a self-contained HTML report (and CSV or JSON Lines of the keyness table) out, with provenance",
	Examples: []string{
		`go run ./examples/report -corpus news.jsonl -event summit -side-a kind:state -side-b kind:wire -html summit.html -csv summit.csv`,
	},
}

func main() { cli.Main(prog.Name, run) }

func run(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlags(prog, stdout)
	var (
		path     = fs.String("corpus", "", "corpus file or folder (.jsonl, .csv, folder of .txt); default: the embedded sample")
		event    = fs.String("event", "", "one event (default: every event, pooled)")
		sideA    = fs.String("side-a", "kind:state", "side A: kind:K or outlet:NAME")
		sideB    = fs.String("side-b", "kind:wire", "side B: kind:K or outlet:NAME")
		lang     = fs.String("lang", "", "keep the documents in this language (default: all, each analyzed in its own)")
		voice    = fs.String("voice", "own", "count the outlets' own voice (own), quotations (quoted) or everything (all)")
		protect  = fs.String("protect", "", "comma-separated words or phrases never to stem")
		top      = fs.Int("top", 2000, "terms in the scatter")
		html     = fs.String("html", "report.html", "the HTML report to write; empty for none")
		csvPath  = fs.String("csv", "", "also write the keyness table as CSV to this file")
		jsonl    = fs.String("jsonl", "", "also write the keyness table as JSON Lines to this file")
		lenient  = fs.Bool("lenient", false, "skip malformed corpus records (each is reported on stderr)")
		defEvent = fs.String("default-event", "", "event of corpus records that name none")
		quiet    = fs.Bool("quiet", false, "no progress line on stderr")
	)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := cli.NonNegative(map[string]int{"top": *top}); err != nil {
		return err
	}
	if *html == "" && *csvPath == "" && *jsonl == "" {
		return cli.Usagef("nothing to write: give -html, -csv or -jsonl")
	}
	a, err := corpus.ParseSide(*sideA)
	if err != nil {
		return cli.Usagef("-side-a: %v", err)
	}
	b, err := corpus.ParseSide(*sideB)
	if err != nil {
		return cli.Usagef("-side-b: %v", err)
	}
	if *lang != "" {
		if *lang, err = cli.Language(*lang); err != nil {
			return err
		}
	}
	an := framing.Analyzer{Protected: cli.Protected(*protect)}
	if an.Voices, err = cli.Voices(*voice); err != nil {
		return err
	}
	prov, err := report.NewProvenance("framediff report", args, *path)
	if err != nil {
		return err
	}
	// The two sides' documents, read once.
	var docsA, docsB []corpus.Document
	input := cli.Input{Path: *path, Lenient: *lenient, DefaultEvent: *defEvent, Language: *lang, Quiet: *quiet}
	for d, err := range input.Docs(prog.Name, stderr) {
		if err != nil {
			return err
		}
		if *event != "" && d.Event != *event {
			continue
		}
		switch {
		case a.Match(d):
			docsA = append(docsA, d)
		case b.Match(d):
			docsB = append(docsB, d)
		}
	}
	if *lang == "" {
		// One profile per side counts one language: keep the most common, and say so.
		docsA, docsB = oneLanguage(docsA, docsB, stderr)
	}
	if len(docsA) == 0 || len(docsB) == 0 {
		return fmt.Errorf("%w: %d documents match %s, %d match %s", corpus.ErrEmptySide, len(docsA), *sideA, len(docsB), *sideB)
	}
	var events []string
	for _, d := range append(slices.Clone(docsA), docsB...) {
		if !slices.Contains(events, d.Event) {
			events = append(events, d.Event)
		}
	}
	slices.Sort(events)
	shown := events
	if len(shown) > 5 {
		shown = append(slices.Clone(shown[:5]), "...")
	}
	fmt.Fprintf(stdout, "%s (%d documents) against %s (%d documents), %d events: %s\n", cli.Escape(a.Name), len(docsA),
		cli.Escape(b.Name), len(docsB), len(events), cli.Escape(strings.Join(shown, ", ")))
	for name, v := range map[string]any{"analyzer": an, "side_a": *sideA, "side_b": *sideB, "event": *event, "top": *top} {
		if err := prov.Set(name, v); err != nil {
			return err
		}
	}
	rep, err := report.Build(&an, docsA, docsB, a.Name, b.Name, prov, &report.Options{Top: *top})
	if err != nil {
		return err
	}
	write := func(path string, f func(io.Writer) error) error {
		var buf bytes.Buffer
		if err := f(&buf); err != nil {
			return err
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", cli.Escape(path), buf.Len())
		return nil
	}
	if *html != "" {
		if err := write(*html, rep.WriteHTML); err != nil {
			return err
		}
	}
	rows := slices.Clone(rep.Terms)
	if *csvPath != "" {
		if err := write(*csvPath, func(w io.Writer) error { return report.WriteCSV(w, rows, nil) }); err != nil {
			return err
		}
	}
	if *jsonl != "" {
		if err := write(*jsonl, func(w io.Writer) error { return report.WriteJSONL(w, rows) }); err != nil {
			return err
		}
	}
	for _, out := range []string{*csvPath, *jsonl} {
		if out == "" {
			continue
		}
		// The tables' provenance beside them.
		if err := write(out+".provenance.json", func(w io.Writer) error {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(prov)
		}); err != nil {
			return err
		}
	}
	return nil
}

// oneLanguage keeps the documents in the most common language of the two sides (English
// for documents that name none), reporting how many it left out.
func oneLanguage(a, b []corpus.Document, stderr io.Writer) ([]corpus.Document, []corpus.Document) {
	lang := func(d corpus.Document) string {
		if l, err := framing.ResolveLanguage(d.Language); err == nil {
			return l
		}
		return d.Language
	}
	counts := map[string]int{}
	for _, d := range append(slices.Clone(a), b...) {
		counts[lang(d)]++
	}
	if len(counts) <= 1 {
		return a, b
	}
	best := ""
	for l, n := range counts {
		if n > counts[best] || n == counts[best] && l < best {
			best = l
		}
	}
	keep := func(docs []corpus.Document) []corpus.Document {
		return slices.DeleteFunc(docs, func(d corpus.Document) bool { return lang(d) != best })
	}
	left := len(a) + len(b)
	a, b = keep(a), keep(b)
	fmt.Fprintf(stderr, "%s: the sides mix languages: kept the %d documents in %s, left out %d (choose with -lang)\n",
		prog.Name, len(a)+len(b), best, left-len(a)-len(b))
	return a, b
}
