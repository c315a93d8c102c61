// Command report turns a corpus into a self-contained HTML report (a scatter of terms with
// their lines, a bar chart of the most distinctive terms, who each side quotes), and
// optionally the keyness table as CSV or JSON Lines for R and pandas, each with the
// provenance that reproduces it.
//
// Every term carries a document-level permutation test beside its token-level p-value
// (-permutations shuffles, default 1,000, seeded with -seed). When the documents' dates fall
// in two periods or more (months, or -period week or day), the page has a time section: the
// rate per side and period of the 5 terms leaning most to each side, or of the words and
// one lexicon's categories -series names, over the dated documents (stderr says how many
// undated were left out); -no-time leaves it out.
//
//	go run ./examples/report                                  # the embedded sample -> report.html
//	go run ./examples/report -corpus news.jsonl -side-a outlet:"China Daily" -side-b outlet:"New York Times" \
//	    -html democracy.html -csv democracy.csv -dedupe -dedupe-list democracy-pairs.csv
//	go run ./examples/report -corpus news.jsonl -period week -series "Kiev,news-frames:*" -permutations 10000 -seed 7
//
// When the sides both cover two events or more, the term table, the figure and the
// document-level test pool the terms over the events (the Mantel–Haenszel z, and side
// labels shuffled within each event), because lumping events can reverse a term's lean;
// -lump compares the documents as one sample. stderr and the provenance ("strata") say
// which, and the events program gives each event's own table.
//
// With -dedupe, -dedupe-list or -residue-list, near-duplicate documents and scraped-page
// residue are looked for before any word is counted, and said on stderr; -dedupe drops the
// duplicates, and the provenance records it.
//
// In the own voice (-voice own, the default) the attribution scaffolding (said, told,
// according, Mr, Dr: cli.Scaffolding) is not counted, as in compare; -keep-scaffolding
// counts it. stderr says which terms the Benjamini–Hochberg adjustment is over (every
// term of the comparison, unlike events), and which of the first terms' stems merge words
// that are not the inflections of one word (the -csv column stem_words names them all, and
// the page names those among its first 40 terms under the scatter).
package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/report"
	"github.com/framediff/framediff/framing/report/figures"
)

var prog = cli.Program{
	Name:    "report",
	Summary: "a corpus in, a self-contained HTML report (and CSV or JSON Lines of the keyness table) out, with provenance",
	Examples: []string{
		`go run ./examples/report -corpus news.jsonl -event summit -side-a kind:state -side-b kind:wire -html summit.html -csv summit.csv`,
		`go run ./examples/report -corpus news.jsonl -period week -series "Kiev,news-frames:*" -permutations 10000 -seed 7 -html weeks.html`,
		`go run ./examples/report -corpus news.jsonl -dedupe -dedupe-list pairs.csv -residue-list residue.csv -html report.html`,
	},
}

func main() { cli.Main(prog.Name, run) }

func run(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlags(prog, stdout, stderr)
	c := &cli.Common{SideA: "kind:state", SideB: "kind:wire", LangEmpty: "the documents in the most common language of the two sides", Voice: "own", NGrams: 1, Top: 2000, HTML: "report.html",
		FigureOf: "the bar chart of the most distinctive terms", Permutations: 1000, Seed: framing.DefaultSeed,
		TopOf: "terms, both sides together, the most distinctive (largest |z|) first, kept with their full statistics: the rows of the term table, -csv and -jsonl (the scatter shows every term)"}
	fs.Common(c, cli.FlagInput, cli.FlagSides, cli.FlagAnalysis, "keep-scaffolding", cli.FlagTest, "top", "csv", "html", "figure", "replay", cli.FlagDedupe)
	jsonl := fs.OutputFile("jsonl", "", "also write the keyness table as JSON Lines to `FILE` (and FILE.provenance.json beside it)", true)
	lump := fs.Bool("lump", false, "compare the sides' documents as one sample even when they cover several events (by default the term table, figure and document-level test are pooled by event: lumping can reverse a term's lean)")
	groupSpec := fs.String("groups", "", "compare k groups: outlets, kinds, or a comma-separated list of kind:K and outlet:NAME; a heat map of their divergences in the page, beside the two sides")
	tf := newTimeFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := tf.check(fs, c.HTML); err != nil {
		return err
	}
	if c.HTML == "" && c.CSV == "" && *jsonl == "" && c.Figure == "" {
		return cli.Usagef("nothing to write: give -html, -csv, -jsonl or -figure")
	}
	a, b := c.Sides()
	an := c.Analyzer()
	an.Language = "" // each document's own; the input keeps -lang's documents
	lang, event, sideA, sideB, top := &c.Lang, &c.Event, &c.SideA, &c.SideB, &c.Top
	// The two sides' documents, read once.
	var docsA, docsB, all []corpus.Document
	docs := c.Input(*lang).Docs(prog.Name, stderr)
	if c.Screens() {
		// Near-duplicates and residue, looked for before a word is counted (and -dedupe
		// drops the duplicates): every document is read first.
		read, err := c.Input(*lang).Corpus(prog.Name, stderr)
		if err != nil {
			return err
		}
		if read, err = c.ScreenCorpus(read, []corpus.Side{a, b}); err != nil {
			return err
		}
		docs = read.Docs()
	}
	var sideEvents []string // the events of either side, for an -event that is none
	for d, err := range docs {
		if err != nil {
			return err
		}
		if *event != "" && (a.Match(d) || b.Match(d)) && !slices.Contains(sideEvents, d.Event) {
			sideEvents = append(sideEvents, d.Event)
		}
		if *event != "" && d.Event != *event {
			continue
		}
		if *groupSpec != "" {
			all = append(all, d)
		}
		switch {
		case a.Match(d):
			docsA = append(docsA, d)
		case b.Match(d):
			docsB = append(docsB, d)
		}
	}
	if *event != "" && len(docsA)+len(docsB) == 0 {
		return c.NoEvent(sideEvents)
	}
	if *lang == "" {
		// One profile per side counts one language: keep the most common, and say so.
		docsA, docsB = oneLanguage(a.Name, b.Name, docsA, docsB, stderr)
	}
	// -phrases auto: one table, found over both sides' documents.
	if err := c.FindPhrases(&an, append(slices.Clone(docsA), docsB...), stderr); err != nil {
		return err
	}
	// The events both sides cover, with counted words (the rule every program follows).
	pairs, err := c.Pairs(&an, append(slices.Clone(docsA), docsB...))
	if err != nil {
		return err
	}
	compared := map[string]bool{}
	for _, s := range pairs {
		compared[s.Event] = true
	}
	left := func(d corpus.Document) bool { return !compared[d.Event] }
	docsA, docsB = slices.DeleteFunc(docsA, left), slices.DeleteFunc(docsB, left)
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
	fmt.Fprintf(stdout, "%s (%s) against %s (%s), %d event(s): %s\n", cli.Escape(a.Name), cli.Documents(len(docsA)),
		cli.Escape(b.Name), cli.Documents(len(docsB)), len(events), cli.Escape(strings.Join(shown, ", ")))
	if c.DropsScaffolding() {
		fmt.Fprintf(stderr, "%s: %s\n", prog.Name, cli.ScaffoldingNote)
	}
	prov, err := c.Provenance()
	if err != nil {
		return err
	}
	for name, v := range map[string]any{"analyzer": an, "side_a": *sideA, "side_b": *sideB, "event": *event, "top": *top, "lump": *lump} {
		if err := prov.Set(name, v); err != nil {
			return err
		}
	}
	dt, seed, err := docTest(c, prov.Set)
	if err != nil {
		return err
	}
	prov.Seed = seed
	tl, tlSet, err := tf.options(c, &an, a, b, docsA, docsB, stderr)
	if err != nil {
		return err
	}
	if err := prov.Set("time", tlSet); err != nil {
		return err
	}
	st := c.Stage("building the report of %d and %d documents (terms, lines, events, quotations)", len(docsA), len(docsB))
	keep := *top
	if keep < 0 {
		keep = math.MaxInt32 // every term (report.Options.Top 0 would be its default)
	}
	// One event: it seeds the document-level test as it seeds compare's, and names the
	// table's rows.
	one := *event
	if one == "" && len(events) == 1 {
		one = events[0]
	}
	progress := func(step string) {
		st.Update("building the report of %d and %d documents: %s", len(docsA), len(docsB), step)
	}
	rep, err := report.Build(&an, docsA, docsB, a.Name, b.Name, prov, &report.Options{Top: keep, DocTest: dt, Time: tl, Event: one, Progress: progress, Lump: *lump})
	st.Done()
	if err != nil {
		return err
	}
	// The page says in this program's words, its flags, what the user asked for.
	if dt.Permutations < 0 && rep.DocTest != nil && !rep.DocTest.Ran {
		rep.DocTest.Reason = fmt.Sprintf("-permutations %d asks for none", dt.Permutations)
	}
	if sx := rep.Strata; sx != nil && sx.Lumped && *lump {
		sx.Reason = "-lump"
	}
	// Several events: the terms pooled by event, or lumped; said on stderr and recorded.
	measure, rowEvent := framing.MeasureLogOdds, one
	if out := c.LeftOut(); len(out) > 0 {
		// The events the rule left out never reach Build: recorded here, on the page and in
		// the provenance, not on stderr only.
		if err := prov.Set("left_out_events", out); err != nil {
			return err
		}
		if rep.Strata != nil {
			rep.Strata.LeftOut = slices.Clone(out)
		}
	}
	if sx := rep.Strata; sx != nil {
		n := len(sx.Events) + len(sx.Skipped)
		if sx.Lumped {
			rowEvent = fmt.Sprintf("%d events lumped", n)
			fmt.Fprintf(stderr, "%s: the %d events are lumped into one comparison (%s): a term's lean can reverse within the events; see the events program for each event's table and the pooled one\n",
				prog.Name, n, sx.Reason)
		} else {
			measure, rowEvent = report.MeasureMantelHaenszel, fmt.Sprintf("%d events pooled", len(sx.Events))
			// Pooled, the log_ratio column is another quantity than the lumped table's.
			if err := prov.Set("log_ratio", "log2 of the Mantel–Haenszel pooled odds ratio over the events (not Hardie's log ratio of rates, as when lumped)"); err != nil {
				return err
			}
			fmt.Fprintf(stderr, "%s: %d events: the term table, the figure and the document-level test pool the %d events both sides cover (Mantel–Haenszel; side labels shuffled within events); -lump compares the documents as one sample; the events program gives each event's table\n",
				prog.Name, n, len(sx.Events))
		}
		if err := prov.Set("strata", sx); err != nil {
			return err
		}
	}
	// The family of the token-level adjustment: every term of the comparison (events
	// adjusts over the terms of -min-events events, so one term's p-values differ).
	family := 0
	for _, p := range rep.Points {
		family += len(p.Words)
	}
	over := fmt.Sprintf("the %d terms of the comparison", family)
	if sx := rep.Strata; sx != nil && !sx.Lumped && sx.Pool != nil {
		over = cli.PooledFamily(family, sx.Pool.MinEvents)
	}
	if err := prov.Set("adjust_over", over); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "%s: token-level p-values adjusted by Benjamini-Hochberg over %s (the events program adjusts over the terms seen in -min-events events, 2 by default, so its adjusted p-values differ)\n", prog.Name, over)
	if *groupSpec != "" {
		groups, err := cli.Groups(*groupSpec, all)
		if err != nil {
			return err
		}
		if *lang == "" && len(docsA) > 0 {
			// The groups are compared in the language the sides were kept in.
			resolve := func(d corpus.Document) string { l, _ := framing.ResolveLanguage(d.Language); return l }
			keep := resolve(docsA[0])
			all = slices.DeleteFunc(all, func(d corpus.Document) bool { return resolve(d) != keep })
		}
		var gc corpus.Corpus
		if err := gc.Add(all...); err != nil {
			return err
		}
		st := c.Stage("comparing %d groups", len(groups))
		g, err := framing.CompareGroups(&an, gc.Docs(), groups, &framing.GroupOptions{Pool: framing.PoolOptions{Permutations: -1, MinEvents: 2}})
		st.Done()
		if err != nil {
			return err
		}
		rep.AddGroups(g)
	}
	// Messages about the files go to stdout: they are this program's output.
	if c.HTML != "" {
		if err := cli.WriteFile(stdout, c.HTML, rep.WriteHTML); err != nil {
			return err
		}
	}
	// The stems whose words are not the inflections of one word (any side; the report
	// found them in the profiles it counted): the -csv and -jsonl column stem_words, and a
	// line on stderr naming those of the first terms.
	stems := cli.StemWords(rep.Merges)
	var flagged []string
	for _, t := range rep.Terms[:min(len(rep.Terms), 40)] {
		if w := stems[t.Term]; w != "" {
			flagged = append(flagged, fmt.Sprintf("%s (%s)", cli.Escape(t.Term), cli.Escape(w)))
		}
	}
	if len(flagged) > 0 {
		what := "merge words which are not the inflections of one word"
		if _, note := cli.MergesHeading(rep.Language); note != "" {
			what = "merge two words or more " + note
		}
		fmt.Fprintf(stderr, "%s: stems among the first %d terms that %s: %s; -protect WORD,WORD keeps such words apart (the -csv column stem_words names them for every term)\n",
			prog.Name, min(len(rep.Terms), 40), what, strings.Join(flagged, ", "))
	}
	rows := make([]cli.TermRow, len(rep.Terms))
	rank := map[bool]int{} // by lean, most distinctive first
	for i, t := range rep.Terms {
		n := 0
		if t.Score != 0 {
			rank[t.Score > 0]++
			n = rank[t.Score > 0]
		}
		rows[i] = cli.KeyTermRow(rowEvent, a.Name, b.Name, measure, n, t)
		rows[i].StemWords = stems[t.Term]
	}
	if c.CSV != "" {
		if err := c.WriteCSV(stdout, c.CSV, rows, prov); err != nil {
			return err
		}
	}
	if *jsonl != "" {
		if err := cli.WriteFile(stdout, *jsonl, func(w io.Writer) error { return report.WriteJSONL(w, rows) }); err != nil {
			return err
		}
		if err := c.WriteProvenance(stdout, *jsonl, prov); err != nil {
			return err
		}
	}
	if c.Figure != "" {
		return cli.WriteFigure(stdout, c.Figure, figures.Format, func(w io.Writer, format string) error {
			return figures.KeynessBars(w, format, cli.SideWordTerms(rep.Terms), a.Name, b.Name, &figures.BarOptions{Top: 15, Measure: measure})
		})
	}
	return nil
}

// oneLanguage keeps the documents in the most common language of the two sides (English
// for documents that name none), saying on stderr how many of each side it kept, since
// the reading's count of each side came before it, and how many it left out, by language.
func oneLanguage(nameA, nameB string, a, b []corpus.Document, stderr io.Writer) ([]corpus.Document, []corpus.Document) {
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
	na, nb := len(a), len(b)
	a, b = keep(a), keep(b)
	var out []string
	for _, l := range slices.Sorted(maps.Keys(counts)) {
		if l != best {
			out = append(out, fmt.Sprintf("%d in %s", counts[l], cmp.Or(l, "(none)")))
		}
	}
	fmt.Fprintf(stderr, "%s: the sides mix languages: kept the documents in %s, side A, %s: %d of %d, side B, %s: %d of %d; left out %d (%s; choose with -lang)\n",
		prog.Name, best, cli.Escape(nameA), len(a), na, cli.Escape(nameB), len(b), nb, na+nb-len(a)-len(b), strings.Join(out, ", "))
	return a, b
}
