// Command events pools the comparison of two sides over many events: per-event results,
// then the terms whose lean recurs across events (Mantel–Haenszel pooled log odds ratio,
// the share of events leaning the same way, and a seeded permutation test), with a
// wire-vs-wire placebo where the corpus has two wire services.
//
//	go run ./examples/events                               # the embedded sample
//	go run ./examples/events -corpus news.jsonl -side-a kind:state -side-b kind:wire
//	go run ./examples/events -json -permutations 5000 -seed 7
//	go run ./examples/events -timeline rates.csv -period week -series "Kiev,news-frames:conflict"
//
// Each event's own comparison tests its terms over documents too (framing.DocumentTest):
// -per-event prints those tables. With -dedupe, -dedupe-list or -residue-list,
// near-duplicate documents and scraped-page residue are looked for before any word is
// counted, and said on stderr; -dedupe drops the duplicates (with -groups,
// -dedupe-within side looks within each group). Without them (and without -phrases auto
// and -timeline) the corpus is streamed, never held whole. Unless GOGC is set, the program
// collects garbage at GOGC=50 (see gcPercent).
//
// In the own voice (-voice own, the default) the attribution scaffolding (said, told,
// according, Mr, Dr: cli.Scaffolding) is not counted, as in compare; -keep-scaffolding
// counts it. The Benjamini–Hochberg adjustment is over the terms pooled (seen in
// -min-events events), as the text and the provenance say. A pooled term whose stem merges
// words that are not the inflections of one word is marked "~" and listed under the
// tables (the documents are read again for its forms; not from stdin). The rule that tells
// inflections apart reads English forms only: in another language every stem that merges
// two words or more is marked and listed, and the heading of the list says so
// (cli.MergesHeading).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"math"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/report/figures"
	"github.com/framediff/framediff/framing/stats"
)

var prog = cli.Program{
	Name:    "events",
	Summary: "pool the comparison of two sides over many events: the terms whose lean recurs, with a permutation test and a wire-vs-wire placebo",
	Examples: []string{
		"go run ./examples/events -corpus news.jsonl -side-a kind:state -side-b kind:wire -permutations 5000",
		"go run ./examples/events -corpus news.jsonl -dedupe -dedupe-within outlet -dedupe-list pairs.csv",
	},
}

func main() {
	setGC()
	cli.Main(prog.Name, run)
}

// gcPercent is the program's garbage-collection target (GOGC), unless the environment sets
// GOGC: the heap may grow by half its live size between collections, not the default
// whole. Most of the live heap is the counts, held from the first document to the last
// line written, and the rest of the work (the shuffles above all) allocates little, so
// that collecting twice as often costs little: at 200,000 events of two short documents,
// peak RSS 360–384 MB where the default target took 485 MB, for a few percent more CPU
// time at most (see README, issue 22 (5)).
const gcPercent = 50

// setGC sets the collector's target to gcPercent if GOGC is not set.
func setGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}

// placeboReport is the wire-vs-wire placebo, or why none was run.
type placeboReport struct {
	*framing.Pooled
	NotRun string `json:"not_run,omitempty"` // why there is no placebo
}

type report struct {
	// Pooled is the pooled comparison; its per-event comparisons are tested over documents
	// (their doc_test says how, or why not).
	Pooled  *framing.Pooled `json:"pooled"`
	Placebo placeboReport   `json:"placebo"`
	// Categories are the lexicon categories, by lexicon, pooled across events as the
	// terms are (each category a term: Mantel–Haenszel, the events leaning the same way,
	// the permutation test over documents), never lumped over events.
	Categories map[string]*framing.Pooled `json:"categories"`
	// StemMerges are the stems of the pooled terms listed (every term with -csv) that
	// merged two words or more over the documents of both sides, each marked distinct when
	// they are not the inflections of one word (framing.StemGroup): the text marks those
	// "~". Read from the documents again, since the counts keep one form a term; empty when
	// they came from stdin.
	StemMerges []framing.StemGroup `json:"stem_merges"`
}

func run(args []string, w, stderr io.Writer) error {
	fs := cli.NewFlags(prog, w, stderr)
	c := &cli.Common{SideA: "kind:state", SideB: "kind:wire", Lang: "english", Voice: "own", Top: 12,
		LangEmpty:    "every document in its own language, if they are in one (several are a usage error naming them)",
		Permutations: 1000, Seed: framing.DefaultSeed, FigureOf: "the forest plot of one term (see -forest)"}
	fs.Common(c, cli.FlagInput, "side-a", "side-b", "lang", "voice", "keep-scaffolding", "protect", "stop", "variant", "phrases", "phrases-out", "keep-addresses",
		cli.FlagTest, cli.FlagOutput, "figure", cli.FlagDedupe)
	perms, seed := &c.Permutations, &c.Seed
	perEvent := fs.Bool("per-event", false, "print each event's comparison: the terms with z, p-values over tokens and over documents")
	timeline := fs.OutputFile("timeline", "", "write the rates of -series per side and period as CSV to `FILE` (and FILE.provenance.json beside it); the documents are then held in memory", true)
	period := fs.String("period", "month", "the periods of the rates over time: day, week (ISO, from Monday) or month; with -timeline")
	series := fs.String("series", "", "the words and categories whose rates are followed over time: comma-separated words or phrases, and lexicon categories as LEXICON:CATEGORY or LEXICON:* (news-frames:conflict; lexicons news-frames, evaluative); with -timeline (default: the 5 pooled terms leaning most to each side)")
	minEvents := fs.Int("min-events", 2, "report terms seen in at least this many events")
	tau2 := fs.String("tau2", "reml", "between-event variance estimator of the random-effects pooling: reml, dl or pm")
	knha := fs.Bool("knapp-hartung", false, "Knapp-Hartung intervals for the random-effects pooling")
	rank := fs.String("rank", "mh", "order terms by the Mantel-Haenszel z (mh) or the random-effects z (random)")
	forest := fs.String("forest", "", "the term (or word) of the -figure forest plot (default: the first pooled term)")
	groupSpec := fs.String("groups", "", "compare k groups: outlets, kinds, or a comma-separated list of kind:K and outlet:NAME; their divergences instead of two sides pooled")
	reference := fs.String("reference", "", "with -groups, the group every other is compared with (default: each group against the rest)")
	nullRounds := fs.Int("null", 20, "with -groups, random relabelings that give each pair's chance divergence (negative: none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *reference != "" && *groupSpec == "" {
		return cli.Usagef("-reference goes with -groups")
	}
	if *nullRounds == 0 {
		return cli.Usagef("-null 0: give a number of relabelings, or a negative number for none")
	}
	var method stats.Tau2Method
	if err := method.UnmarshalText([]byte(*tau2)); err != nil {
		return cli.Usagef("-tau2 %q: want reml, dl or pm", *tau2)
	}
	var order framing.Rank
	if err := order.UnmarshalText([]byte(*rank)); err != nil {
		return cli.Usagef("-rank %q: want mh or random", *rank)
	}
	if err := cli.NonNegative(map[string]int{"min-events": *minEvents}); err != nil {
		return err
	}
	switch framing.Period(*period) {
	case framing.PeriodDay, framing.PeriodWeek, framing.PeriodMonth:
	default:
		return cli.Usagef("-period %q: want day, week or month", *period)
	}
	if *timeline == "" && (*series != "" || *period != "month") {
		return cli.Usagef("-series and -period go with -timeline")
	}
	a, b := c.Sides()
	an := c.Analyzer()
	asJSON, top := &c.JSON, &c.Top
	if !*asJSON {
		w = cli.Terminal(w)
	}
	if *groupSpec != "" {
		pool := framing.PoolOptions{Permutations: *perms, Seed: *seed, MinEvents: *minEvents, Tau2: method, KnappHartung: *knha, Rank: order}
		return runGroups(c, an, *groupSpec, *reference, *nullRounds, pool, w, stderr)
	}
	// Read the corpus once: both sides, each wire service as a side of its own (for the
	// placebo), and the lexicon categories.
	lexicons := []*framing.Lexicon{framing.FramesLexicon(), framing.EvaluativeLexicon()}
	input := c.Input(c.Lang)
	wires := func(d corpus.Document) string {
		if strings.EqualFold(d.Kind, corpus.KindWire) {
			return "outlet:" + d.Outlet
		}
		return ""
	}
	docs := input.Docs(prog.Name, stderr)
	var corp *corpus.Corpus // the documents, when they are read more than once
	if c.Phrases == "auto" || *timeline != "" || c.Screens() {
		var err error
		if corp, err = input.Corpus(prog.Name, stderr); err != nil {
			return err
		}
		// Near-duplicates and residue, looked for before a word is counted (and -dedupe
		// drops the duplicates).
		if corp, err = c.ScreenCorpus(corp, []corpus.Side{a, b}); err != nil {
			return err
		}
		docs = corp.Docs()
	}
	var all []corpus.Document
	if corp != nil {
		all = corp.Documents()
	}
	if err := c.FindPhrases(&an, all, stderr); err != nil {
		return err
	}
	count := &framing.CountOptions{SideBy: wires, Lexicons: lexicons, NoRows: *perms < 0}
	if corp != nil { // read already: the counting has a stage of its own
		st := c.Stage("counting the words of %d documents", corp.Len())
		defer st.Done()
		count.Progress = func(p framing.Progress) {
			st.Update("counting the words of %d of %d documents", p.Documents, corp.Len())
		}
	}
	ec, err := framing.CountEvents(&an, docs, []corpus.Side{a, b}, count)
	if err != nil {
		return err
	}
	defer ec.Close()
	if langs := ec.Languages(); c.Lang == "" && len(langs) > 1 {
		counts := map[string]int{}
		for _, l := range langs {
			counts[l] = 0
		}
		return cli.OneLanguage(prog.Name, counts)
	}
	events, err := c.Compared(ec, 0, 1)
	if err != nil {
		return err
	}
	opts := &framing.PoolOptions{Permutations: *perms, Seed: *seed, MinEvents: *minEvents, Tau2: method, KnappHartung: *knha, Rank: order}
	rep := report{}
	st := c.Stage("pooling %d events (%d shuffles)", len(events), max(*perms, 0))
	rep.Pooled, err = ec.Pool(0, 1, opts)
	st.Done()
	if err != nil {
		return err
	}
	// Each event's comparison, -top terms a side, tested over the event's documents: made
	// as the output is written, a block of events at a time, never all held at once.
	rep.Pooled.PerEvent, err = ec.EventComparisons(rep.Pooled.Events, 0, 1, &framing.CompareOptions{Top: *top,
		DocTest: framing.DocTestOptions{Permutations: *perms, Seed: *seed}})
	if err != nil {
		return err
	}
	// The pooled terms' forms, read from the documents again (the counts keep one form a
	// term): those listed a side, every term with -csv.
	var listed []string
	for _, sign := range []float64{1, -1} {
		n := 0
		for _, t := range rep.Pooled.Terms {
			if t.LogOR*sign > 0 && (n < *top || *top <= 0 || c.CSV != "") {
				listed = append(listed, t.Term)
				n++
			}
		}
	}
	switch {
	case corp != nil:
		rep.StemMerges, err = cli.PooledStemMerges(&an, corp.Docs(), [2]corpus.Side{a, b}, listed)
	case c.Corpus != "-":
		st := c.Stage("reading the documents again for the forms of the terms listed")
		rep.StemMerges, err = cli.PooledStemMerges(&an, c.Input(c.Lang).Docs(prog.Name, io.Discard), [2]corpus.Side{a, b}, listed)
		st.Done()
	default:
		fmt.Fprintf(stderr, "%s: stems not checked for merged words: the corpus came from stdin, which cannot be read again for the terms' forms (give it as a file)\n", prog.Name)
	}
	if err != nil {
		return err
	}
	// Placebo: the two wire services that cover the most events together.
	rep.Placebo.Pooled, rep.Placebo.NotRun = placebo(ec, opts)
	rep.Categories = map[string]*framing.Pooled{}
	for _, lex := range lexicons {
		p, err := ec.PoolLexicon(lex, 0, 1, opts)
		if err != nil {
			return err
		}
		rep.Categories[lex.Name()] = p
	}
	if c.CSV != "" {
		prov, err := c.Provenance()
		if err != nil {
			return err
		}
		prov.Seed = *seed
		// The pooling's settings, defaults filled in ("test": the terms given the permutation
		// test; "top": the per-event comparisons' terms per side, -top).
		pool := rep.Pooled.Options
		pool.Top = *top
		analysis := cli.Analysis{Measures: []string{"mantel-haenszel log odds ratio"}, Adjust: "BH", DocAdjust: "none",
			AdjustOver: cli.PooledFamily(len(rep.Pooled.Terms), rep.Pooled.Options.MinEvents)}
		if pool.Permutations > 0 {
			analysis.Permutations, analysis.DocAdjust, analysis.Seed = pool.Permutations, "BH", pool.Seed
		}
		for name, v := range map[string]any{"analyzer": an, "pool": pool, "analysis": analysis} {
			if err := prov.Set(name, v); err != nil {
				return err
			}
		}
		if err := c.WriteCSV(stderr, c.CSV, pooledRows(rep.Pooled, cli.StemWords(rep.StemMerges)), prov); err != nil {
			return err
		}
	}
	if *timeline != "" {
		if err := writeTimeline(c, &an, corp, a, b, rep.Pooled, *timeline, framing.Period(*period), *series, stderr); err != nil {
			return err
		}
	}
	if c.Figure != "" {
		if err := forestFigure(ec, rep.Pooled, *forest, c.Figure, stderr); err != nil {
			return err
		}
	}
	// What the counting and the pooling freed goes back to the system before the report,
	// whose comparisons are made (and dropped) a block at a time: the runtime keeps the
	// pages a phase freed for reuse and returns them slowly, and the report's objects, of
	// other sizes, reuse few of them (peak RSS 396–425 MB without this, 360–384 MB with it,
	// at 200,000 events: README, issue 22 (5)).
	debug.FreeOSMemory()
	st = c.Stage("writing the comparisons of %d events, their terms tested over documents", len(rep.Pooled.Events))
	defer st.Done()
	if *asJSON {
		return writeJSON(w, rep)
	}
	if c.DropsScaffolding() {
		fmt.Fprintln(w, cli.ScaffoldingNote)
	}
	var audits map[string][]framing.StemGroup // -per-event: each event's stems, for its tables
	if *perEvent && c.Corpus != "-" {
		docs := corp.Docs
		if corp == nil {
			docs = func() iter.Seq2[corpus.Document, error] { return c.Input(c.Lang).Docs(prog.Name, io.Discard) }
		}
		st := c.Stage("reading the documents again for the forms of each event's terms")
		ok := false
		audits, ok, err = cli.EventStemAudits(&an, docs(), [2]corpus.Side{a, b}, rep.Pooled.Events)
		st.Done()
		if err != nil {
			return err
		}
		if !ok {
			fmt.Fprintf(stderr, "%s: -per-event: stems not checked for merged words: %d events, more than the %d whose forms are read\n", prog.Name, len(rep.Pooled.Events), cli.MaxStemEvents)
		}
	}
	jsd, err := printPooled(w, rep.Pooled, *top, *perEvent, c.LeftOut(), rep.StemMerges, audits)
	if err != nil {
		return err
	}
	st.Done()
	if rep.Placebo.Pooled != nil {
		placebo, err := meanJSD(rep.Placebo.Pooled)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\nPlacebo: %s vs %s over %d event(s)\n", rep.Placebo.SideA, rep.Placebo.SideB, len(rep.Placebo.Events))
		fmt.Fprintf(w, "  terms with |z| >= 1.96: %s vs %s %d of %d; %s vs %s %d of %d\n",
			rep.Pooled.SideA, rep.Pooled.SideB, significant(rep.Pooled), len(rep.Pooled.Terms),
			rep.Placebo.SideA, rep.Placebo.SideB, significant(rep.Placebo.Pooled), len(rep.Placebo.Terms))
		fmt.Fprintf(w, "  mean JS divergence per event: %.4f vs %.4f bits\n", jsd, placebo)
	} else {
		fmt.Fprintf(w, "\nPlacebo: not run: %s\n", rep.Placebo.NotRun)
	}
	for _, name := range []string{"news-frames", "evaluative"} {
		p := rep.Categories[name]
		fmt.Fprintf(w, "\n%s lexicon, pooled over %d event(s) as the terms are (each category against the words the lexicon looked at; log OR > 0 leans to %s):\n  %-*s %5s %5s %7s %6s %8s %6s %8s %5s %16s\n",
			name, len(p.Events), p.SideA, wordWidth, "category", "A", "B", "log OR", "z", "tok. adj", "same", "perm adj", "I2%", "95% prediction")
		oneSide := false
		for _, t := range p.Terms {
			oneSide = printPooledTerm(w, t, false) || oneSide
		}
		if len(p.Terms) == 0 {
			more := ""
			if len(p.Events) < p.Options.MinEvents {
				more = fmt.Sprintf(": %d event(s) were compared, -min-events 1 pools anyway", len(p.Events))
			}
			fmt.Fprintf(w, "  (no category found in %d or more events%s)\n", p.Options.MinEvents, more)
		}
		if oneSide {
			fmt.Fprintln(w, oneSideNote)
		}
	}
	return nil
}

// oneSideNote explains the mark of a term one side never uses.
const oneSideNote = "  * one side never uses it (evidence one-side): its log OR and z are set by the continuity correction (Sweeting et al. 2004), not by the data; only the direction is the data's"

// placebo pools the two wire services that cover the most events together, or says why
// there is no placebo.
func placebo(ec *framing.EventCounts, opts *framing.PoolOptions) (*framing.Pooled, string) {
	wires := 0
	for _, s := range ec.Sides()[2:] {
		if strings.HasPrefix(s, "outlet:") {
			wires++
		}
	}
	w1, w2 := ec.BusiestPair(2)
	if w1 <= 0 {
		if wires < 2 {
			return nil, fmt.Sprintf("it compares two wire services, and the documents of kind %s come from %d outlet(s)", corpus.KindWire, wires)
		}
		return nil, fmt.Sprintf("no event has documents of two of the %d wire services", wires)
	}
	p, err := ec.Pool(w1, w2, opts)
	if err != nil {
		return nil, fmt.Sprintf("pooling %s vs %s: %v", strings.TrimPrefix(ec.Sides()[w1], "outlet:"), strings.TrimPrefix(ec.Sides()[w2], "outlet:"), err)
	}
	p.SideA, p.SideB = strings.TrimPrefix(p.SideA, "outlet:"), strings.TrimPrefix(p.SideB, "outlet:")
	return p, ""
}

// wordWidth is the width of the word column of the pooled tables: room for a term's two
// sides' words, "country | countries" (cli.SideWords), which 16 clipped to "country |
// count…", a word of its own.
const wordWidth = 24

// printPooledTerm writes one row of a pooled table, a term one side never uses marked "*",
// and reports whether it was.
func printPooledTerm(w io.Writer, t framing.PooledTerm, merged bool) bool {
	perm := "–"
	if t.Permuted {
		perm = fmt.Sprintf("%.3f", t.PermPAdj)
	}
	mark := " "
	if t.Evidence&framing.EvidenceOneSide != 0 {
		mark = "*"
	}
	stem := " "
	if merged {
		stem = "~" // in the column's margin: the word is not clipped for it
	}
	fmt.Fprintf(w, "  %-*s%s%5d %5d %6.2f%s %6.2f %8s %3d/%-2d %8s %5.0f %7.2f..%-7.2f\n", wordWidth, cli.Clip(cli.SideWords(t.Word, t.WordA, t.WordB), wordWidth), stem, t.CountA, t.CountB, t.LogOR, mark, t.Z,
		cli.PValue(t.PAdj), t.Same, t.Events, perm, t.Random.I2, t.Random.PredLow, t.Random.PredHigh)
	return mark == "*"
}

// printPooled writes the pooled comparison p, each event's comparison as it is made, and
// returns the mean JS divergence of the events.
func printPooled(w io.Writer, p *framing.Pooled, top int, perEvent bool, leftOut []string, stems []framing.StemGroup, audits map[string][]framing.StemGroup) (float64, error) {
	merged := cli.Merged(stems)
	fmt.Fprintf(w, "%s vs %s over %d events (%s)\n", p.SideA, p.SideB, len(p.Events), strings.Join(p.Events, ", "))
	if len(leftOut) > 0 {
		fmt.Fprintf(w, "  left out %d of %d events: %s\n", len(leftOut), len(leftOut)+len(p.Events), strings.Join(leftOut, ", "))
	}
	fmt.Fprintf(w, "  %-22s %9s %11s  %s\n", "event", "docs A/B", "JS (bits)", "strongest terms")
	tested, jsd := 0, 0.0
	// With perEvent, each event's full table is written to detail as its comparison is
	// made, and detail follows the summary: the comparisons are made once (they are the
	// costly part), and the text held is what is printed anyway.
	var detail bytes.Buffer
	for e, err := range p.PerEvent.All() {
		if err != nil {
			return 0, err
		}
		fmt.Fprintf(w, "  %-22s %9s %11.4f  %s: %s | %s: %s\n", e.Event, fmt.Sprintf("%d/%d", e.DocsA, e.DocsB), e.JSD, e.SideA, words(e.TopA, 4), e.SideB, words(e.TopB, 4))
		if e.DocTest.Ran {
			tested++
		}
		jsd += e.JSD
		if perEvent {
			fmt.Fprintf(&detail, "\n== %s: %s (%d documents, %d counted words) vs %s (%d, %d) ==\n", e.Event, e.SideA, e.DocsA, e.TokensA, e.SideB, e.DocsB, e.TokensB)
			fmt.Fprintln(&detail, cli.DocTestLine(e.DocTest, e.Options.DocTest))
			if audits != nil {
				e.Merges = cli.ListedMerges(audits[e.Event], e)
			}
			merged := cli.Merged(e.Merges)
			cli.PrintTerms(&detail, "leans to "+e.SideA, e.TopA, merged)
			cli.PrintTerms(&detail, "leans to "+e.SideB, e.TopB, merged)
			cli.PrintMerges(&detail, e.Merges, e.Analyzer.Language)
		}
	}
	jsd /= float64(p.PerEvent.Len())
	if perEvent {
		if _, err := detail.WriteTo(w); err != nil {
			return 0, err
		}
	} else {
		fmt.Fprintf(w, "  (-per-event: each event's terms with z and p-values over tokens and over documents; %d of %d events have 2 or more documents a side to test)\n",
			tested, p.PerEvent.Len())
	}
	permuted := 0
	for _, t := range p.Terms {
		if t.Permuted {
			permuted++
		}
	}
	floor := fmt.Sprintf("1/%d", p.Options.Permutations+1)
	if p.Arrangements < float64(p.Options.Permutations+1) {
		floor = fmt.Sprintf("about 1/%.0f, the arrangements", p.Arrangements)
	}
	perm := fmt.Sprintf("perm p adj: over documents, the side labels shuffled within each event (%d shuffles, seed %d; %s arrangements possible;\nsmallest p %s), adjusted by Benjamini-Hochberg over the %d terms of largest |z| tested",
		p.Options.Permutations, p.Options.Seed, arrangements(p.Arrangements), floor, permuted)
	if p.Options.Permutations < 0 {
		perm = "perm p adj: not run (-permutations < 0)"
	}
	fmt.Fprintf(w, "\nPooled: Mantel-Haenszel log odds ratio; z and tok. adj (its p-value) over tokens (every word an independent draw; adjusted by\nBenjamini-Hochberg over %s: the report program adjusts over every term, so its p-values differ); %s; same = events leaning the same way\n",
		cli.PooledFamily(len(p.Terms), p.Options.MinEvents), perm)
	if len(p.Terms) == 0 && len(p.Events) < p.Options.MinEvents {
		// Pooling is over events: say why there is nothing, and where to look instead.
		fmt.Fprintf(w, "  (no term pooled: -min-events %d keeps terms seen in %d or more events, and %d event(s) were compared; the table above is each event's comparison, `compare -event NAME` gives one in full, -min-events 1 pools anyway)\n",
			p.Options.MinEvents, p.Options.MinEvents, len(p.Events))
	}
	for _, half := range []struct {
		name string
		sign float64
	}{{p.SideA, 1}, {p.SideB, -1}} {
		fmt.Fprintf(w, "\nleans to %s:\n  %-*s %5s %5s %7s %6s %8s %6s %8s %5s %16s\n", half.name, wordWidth, "word", "A", "B", "log OR", "z", "tok. adj", "same", "perm adj", "I2%", "95% prediction")
		n, oneSide := 0, false
		for _, t := range p.Terms {
			if t.LogOR*half.sign <= 0 || n == top && top > 0 {
				continue
			}
			oneSide = printPooledTerm(w, t, merged[t.Term]) || oneSide
			n++
		}
		if oneSide {
			fmt.Fprintln(w, oneSideNote)
		}
	}
	var listed []framing.StemGroup // the stems marked "~" in the tables above
	for _, half := range []float64{1, -1} {
		n := 0
		for _, t := range p.Terms {
			if t.LogOR*half <= 0 || n == top && top > 0 {
				continue
			}
			n++
			if merged[t.Term] {
				for _, g := range stems {
					if g.Term == t.Term {
						listed = append(listed, g)
					}
				}
			}
		}
	}
	var footer bytes.Buffer
	cli.PrintMerges(&footer, listed, p.Analyzer.Language)
	w.Write(bytes.ReplaceAll(footer.Bytes(), []byte("  * stems"), []byte("  ~ stems")))
	return jsd, nil
}

// writeJSON writes the report as JSON, indented, as json.Encoder would, but writes the
// per-event comparisons of the pooled comparison and of the placebo one at a time as they
// are made, never holding them all.
func writeJSON(w io.Writer, rep report) error {
	var lists []*framing.EventComparisons
	for _, p := range []**framing.Pooled{&rep.Pooled, &rep.Placebo.Pooled} {
		if *p != nil && (*p).PerEvent != nil {
			q := **p
			lists = append(lists, q.PerEvent)
			q.PerEvent = nil
			*p = &q
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		return err
	}
	// Each list goes where its null is: a newline inside a JSON string is escaped, so the
	// first such line is the pooled comparison's, the next the placebo's.
	const null = "\n    \"per_event\": null,"
	rest := buf.Bytes()
	bw := bufio.NewWriter(w)
	for _, list := range lists {
		i := bytes.Index(rest, []byte(null))
		if i < 0 {
			return errors.New("events: writing JSON: no per_event field")
		}
		bw.Write(rest[:i])
		rest = rest[i+len(null):]
		bw.WriteString("\n    \"per_event\": [")
		n := 0
		for c, err := range list.All() {
			if err != nil {
				return err
			}
			b, err := json.MarshalIndent(c, "      ", "  ")
			if err != nil {
				return err
			}
			if n > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n      ")
			bw.Write(b)
			n++
		}
		if n > 0 {
			bw.WriteString("\n    ")
		}
		bw.WriteString("],")
	}
	bw.Write(rest)
	return bw.Flush()
}

// arrangements formats a number of arrangements, capped at 1e18 by the library.
func arrangements(x float64) string {
	if x >= 1e18 {
		return "over 1e18"
	}
	if x >= 1e6 {
		return fmt.Sprintf("%.2g", x)
	}
	return fmt.Sprintf("%.0f", x)
}

// PooledRow is one line of the -csv table: a pooled term, with the sides' names and the
// measure of log_or.
type PooledRow struct {
	SideA     string  `json:"side_a"`
	SideB     string  `json:"side_b"`
	Measure   string  `json:"measure"` // "mantel-haenszel log odds ratio" (natural log)
	Term      string  `json:"term"`
	Word      string  `json:"word"`
	CountA    int     `json:"count_a"`
	CountB    int     `json:"count_b"`
	Events    int     `json:"events"`
	Same      int     `json:"same"`
	SameShare float64 `json:"same_share"`
	LogOR     float64 `json:"log_or"`
	SE        float64 `json:"se"`
	Z         float64 `json:"z"`
	// TokenP is the p-value of z (over tokens), TokenPAdj adjusted by Benjamini-Hochberg
	// over every term pooled; PermP the permutation p-value over documents, PermPAdj
	// adjusted over the terms permuted, both empty where the term was not permuted.
	TokenP    cli.PValue `json:"token_p"`
	TokenPAdj cli.PValue `json:"token_p_adj"`
	PermP     cli.PValue `json:"perm_p"`
	PermPAdj  cli.PValue `json:"perm_p_adj"`
	Random    stats.Meta `json:"random"`
	Tarone    float64    `json:"tarone"`
	TaroneP   cli.PValue `json:"tarone_p"`
	// Evidence is "one-side" for a term one side never uses: its log_or, se and z are
	// then set by the continuity correction, not by the data (see framing.PooledTerm.Evidence).
	Evidence framing.Evidence `json:"evidence"`
	// WordA and WordB are the term's most frequent form on each side alone (empty on a side
	// without it and for protected phrases; framing.PooledTerm.WordA).
	WordA string `json:"word_a"`
	WordB string `json:"word_b"`
	// StemWords are the words of a stem that merges words which are not the inflections
	// of one word (the text's "~"), with their counts over both sides; empty otherwise.
	StemWords string `json:"stem_words"`
}

func pooledRows(p *framing.Pooled, stems map[string]string) []PooledRow {
	out := make([]PooledRow, len(p.Terms))
	for i, t := range p.Terms {
		perm, permAdj := cli.PValue(-1), cli.PValue(-1)
		if t.Permuted {
			perm, permAdj = cli.PValue(t.PermP), cli.PValue(t.PermPAdj)
		}
		out[i] = PooledRow{SideA: p.SideA, SideB: p.SideB, Measure: "mantel-haenszel log odds ratio", Term: t.Term, Word: t.Word,
			CountA: t.CountA, CountB: t.CountB, Events: t.Events, Same: t.Same, SameShare: t.SameShare, LogOR: t.LogOR, SE: t.SE, Z: t.Z,
			TokenP: cli.PValue(t.P), TokenPAdj: cli.PValue(t.PAdj), PermP: perm, PermPAdj: permAdj, Random: t.Random, Tarone: t.Tarone,
			TaroneP: cli.PValue(t.TaroneP), Evidence: t.Evidence, WordA: t.WordA, WordB: t.WordB, StemWords: stems[t.Term]}
	}
	return out
}

// groupRow is one line of the -groups -csv table: a pooled term of one group's comparison
// with the rest (or the reference), in the columns of the -csv table.
type groupRow struct {
	Group string `json:"group"`
	PooledRow
}

// runGroups compares k groups: each against the rest or the reference, and their
// divergences.
func runGroups(c *cli.Common, an framing.Analyzer, spec, reference string, null int, pool framing.PoolOptions, w, stderr io.Writer) error {
	in := c.Input(c.Lang)
	in.Sides = nil // the groups are the sides, and CompareGroups checks that they do not overlap
	corp, err := in.Corpus(prog.Name, stderr)
	if err != nil {
		return err
	}
	groups, err := cli.Groups(spec, corp.Documents())
	if err != nil {
		return err
	}
	// -dedupe-within side: within each group.
	if corp, err = c.ScreenCorpus(corp, groups); err != nil {
		return err
	}
	if c.Lang == "" {
		if err := cli.OneLanguage(prog.Name, cli.DocLanguages(corp.Documents())); err != nil {
			return err
		}
	}
	if reference != "" {
		if r, err := corpus.ParseSide(reference); err == nil {
			reference = r.Name // "outlet:Reuters" names the group Reuters
		}
	}
	g, err := framing.CompareGroups(&an, corp.Docs(), groups, &framing.GroupOptions{Reference: reference, Pool: pool, Null: null})
	if err != nil {
		if errors.Is(err, framing.ErrOption) {
			return cli.Usagef("%v", err)
		}
		return err
	}
	if c.CSV != "" {
		var rows []groupRow
		for _, p := range g.Comparisons {
			for _, r := range pooledRows(p, nil) {
				rows = append(rows, groupRow{Group: p.SideA, PooledRow: r})
			}
		}
		prov, err := c.Provenance()
		if err != nil {
			return err
		}
		prov.Seed = pool.Seed
		if err := prov.Set("analyzer", an); err != nil {
			return err
		}
		if err := c.WriteCSV(stderr, c.CSV, rows, prov); err != nil {
			return err
		}
	}
	if c.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(g)
	}
	against := "the rest"
	if reference != "" {
		against = reference
	}
	fmt.Fprintf(w, "%d groups, each against %s, over %d events\n", len(g.Groups), against, len(g.Divergence.Events))
	for _, p := range g.Comparisons {
		var lean []string
		for _, t := range p.Terms {
			if t.LogOR > 0 && len(lean) < max(c.Top/2, 3) {
				lean = append(lean, fmt.Sprintf("%s (z %.1f, I² %.0f%%)", t.Word, t.Z, t.Random.I2))
			}
		}
		kind := g.Kinds[p.SideA]
		fmt.Fprintf(w, "  %-24s %-8s %2d events: %s\n", p.SideA, kind, len(p.Events), strings.Join(lean, ", "))
	}
	if len(g.Skipped) > 0 {
		fmt.Fprintf(w, "  no shared event: %s\n", strings.Join(g.Skipped, ", "))
	}
	fmt.Fprintf(w, "\nJensen-Shannon divergence over all events (bits):\n%-24s", "")
	for i := range g.Groups {
		fmt.Fprintf(w, " %6d", i+1)
	}
	fmt.Fprintln(w)
	for i, name := range g.Groups {
		fmt.Fprintf(w, "%2d %-21s", i+1, cli.Clip(name, 21))
		for j := range g.Groups {
			if v := g.Divergence.All[i][j]; v < 0 {
				fmt.Fprintf(w, " %6s", "-")
			} else {
				fmt.Fprintf(w, " %6.3f", v)
			}
		}
		fmt.Fprintln(w)
	}
	if ex := g.Divergence.Excess; ex != nil {
		fmt.Fprintf(w, "\nbeyond chance, over the events both cover (minus what shuffling the two groups' documents within events gives; %d shuffles):\n", null)
		for i, name := range g.Groups {
			fmt.Fprintf(w, "%2d %-21s", i+1, cli.Clip(name, 21))
			for j := range g.Groups {
				if g.Divergence.Null[i][j] < 0 {
					fmt.Fprintf(w, " %6s", "-")
				} else {
					fmt.Fprintf(w, " %6.3f", ex[i][j])
				}
			}
			fmt.Fprintln(w)
		}
	}
	if g.WithinPairs > 0 || g.BetweenPairs > 0 {
		fmt.Fprintf(w, "\nmean divergence within an event: between groups of one kind %s, of different kinds %s\n",
			bitsOver(g.Within, g.WithinPairs, "(event, pair of groups) cell"), bitsOver(g.Between, g.BetweenPairs, "(event, pair of groups) cell"))
		if g.Divergence.Excess != nil {
			fmt.Fprintf(w, "beyond chance, over the events both cover: between groups of one kind %s, of different kinds %s\n",
				bitsOver(g.WithinExcess, g.WithinExcessPairs, "pair of groups"), bitsOver(g.BetweenExcess, g.BetweenExcessPairs, "pair of groups"))
		}
	}
	return nil
}

// bitsOver prints a mean divergence with the number of things it is the mean of ("(event,
// pair of groups) cell": a pair counted once for each event both groups cover; "pair of
// groups"; made plural), or that there is no such pair. "21 pairs" read as 21 pairs of
// groups where 3 pairs met in 7 events each.
func bitsOver(bits float64, n int, what string) string {
	if n == 0 {
		return "none (no such pair)"
	}
	if n > 1 {
		if c, ok := strings.CutSuffix(what, " cell"); ok {
			what = c + " cells"
		} else {
			what = strings.Replace(what, "pair", "pairs", 1)
		}
	}
	return fmt.Sprintf("%.4f bits (mean over %d %s)", bits, n, what)
}

// forestFigure draws the forest plot of one term: its log odds ratio in each event, the
// Mantel–Haenszel and random-effects pooled estimates, and the prediction interval.
func forestFigure(ec *framing.EventCounts, p *framing.Pooled, term, path string, stderr io.Writer) error {
	if term == "" {
		if len(p.Terms) == 0 {
			return fmt.Errorf("-figure: no pooled term to draw")
		}
		term = p.Terms[0].Term
	}
	tables, err := ec.EventTables(term, 0, 1)
	if err != nil {
		return cli.Usagef("-forest: %v", err)
	}
	var pt *framing.PooledTerm
	for i := range p.Terms {
		if p.Terms[i].Term == term || p.Terms[i].Word == term {
			pt = &p.Terms[i]
		}
	}
	var rows []figures.ForestRow
	for _, t := range tables {
		rows = append(rows, figures.ForestRow{Label: fmt.Sprintf("%s (%d/%d)", t.Event, t.CountA, t.CountB), Estimate: t.LogOR, Low: t.Low, High: t.High})
	}
	title, xlabel := term, "log odds ratio (> 0: more in "+p.SideA+")"
	if pt != nil {
		title = fmt.Sprintf("%s: %s vs %s, I² %.0f%%", pt.Word, p.SideA, p.SideB, pt.Random.I2)
		if pt.Evidence&framing.EvidenceOneSide != 0 {
			// Short: a long title is clipped.
			title = fmt.Sprintf("%s, one side only (%d vs %d): %s vs %s", pt.Word, pt.CountA, pt.CountB, p.SideA, p.SideB)
			xlabel = "log odds ratio, size set by the continuity correction"
		}
		rows = append(rows,
			figures.ForestRow{Label: "pooled, Mantel-Haenszel", Estimate: pt.LogOR, Low: pt.LogOR - 1.959964*pt.SE, High: pt.LogOR + 1.959964*pt.SE, Pooled: true},
			figures.ForestRow{Label: "pooled, random effects", Estimate: pt.Random.Estimate, Low: pt.Random.Low, High: pt.Random.High, Pooled: true},
			figures.ForestRow{Label: "95% prediction", Estimate: pt.Random.Estimate, Low: pt.Random.PredLow, High: pt.Random.PredHigh, Pooled: true})
	}
	return cli.WriteFigure(stderr, path, figures.Format, func(w io.Writer, format string) error {
		return figures.Forest(w, format, rows, &figures.ForestOptions{Title: title, XLabel: xlabel})
	})
}

func words(ts []framing.KeyTerm, k int) string {
	var out []string
	for i, t := range ts {
		if i == k {
			break
		}
		out = append(out, t.Word)
	}
	return strings.Join(out, ", ")
}

func significant(p *framing.Pooled) int {
	n := 0
	for _, t := range p.Terms {
		if math.Abs(t.Z) >= 1.96 {
			n++
		}
	}
	return n
}

// meanJSD returns the mean JS divergence of the events of p.
func meanJSD(p *framing.Pooled) (float64, error) {
	s := 0.0
	for e, err := range p.PerEvent.All() {
		if err != nil {
			return 0, err
		}
		s += e.JSD
	}
	return s / float64(p.PerEvent.Len()), nil
}

// timelineRow is one line of the -timeline table: one series on one side in one period.
type timelineRow struct {
	Series    string `json:"series"`  // the word or phrase as given, or the category
	Lexicon   string `json:"lexicon"` // the category's lexicon; empty for a word
	Side      string `json:"side"`
	Period    string `json:"period"` // day, week or month; "undated" for the documents without a date
	Start     string `json:"start"`  // the period's first day (UTC), empty when undated
	End       string `json:"end"`    // the next period's first day
	Documents int    `json:"documents"`
	DocsWith  int    `json:"docs_with"` // documents in which the series occurs
	Count     int    `json:"count"`
	Words     int    `json:"words"` // counted words of the side's documents in the period
	// Rate is count per Per words; empty (JSON null) where Words is 0: no rate, not a zero
	// rate (see Documents).
	Rate *float64 `json:"rate"`
	Per  int      `json:"per"`
}

// writeTimeline counts the series of spec (or the pooled terms leaning most to each side)
// per side and period over the documents of corp, and writes them as the -timeline table.
func writeTimeline(c *cli.Common, an *framing.Analyzer, corp *corpus.Corpus, a, b corpus.Side, pooled *framing.Pooled,
	path string, period framing.Period, spec string, stderr io.Writer) error {
	terms, byLex, err := timelineSeries(spec, pooled)
	if err != nil {
		return err
	}
	lexicons := map[string]*framing.Lexicon{}
	for _, l := range []*framing.Lexicon{framing.FramesLexicon(), framing.EvaluativeLexicon()} {
		lexicons[l.Name()] = l
	}
	type run struct {
		terms []string
		lex   *framing.Lexicon
		cats  []string
	}
	var runs []run
	if len(terms) > 0 {
		runs = append(runs, run{terms: terms})
	}
	for _, name := range slices.Sorted(maps.Keys(byLex)) {
		lex := lexicons[name]
		if lex == nil {
			return cli.Usagef("-series %s:…: no lexicon %q (want news-frames or evaluative)", name, name)
		}
		cats := byLex[name]
		if slices.Contains(cats, "*") {
			cats = nil
		}
		for _, cat := range cats {
			if !slices.Contains(lex.Categories(), cat) {
				return cli.Usagef("-series %s:%s: the lexicon has no category %q (it has %s)", name, cat, cat, strings.Join(lex.Categories(), ", "))
			}
		}
		runs = append(runs, run{lex: lex, cats: cats})
	}
	st := c.Stage("counting %d series per %s", len(terms)+len(byLex), period)
	defer st.Done()
	var rows []timelineRow
	for _, r := range runs {
		progress := func(p framing.Progress) {
			st.Update("counting %d series per %s: %d of %d documents", len(terms)+len(byLex), period, p.Documents, corp.Len())
		}
		tl, err := framing.CountTimeline(an, corp.Docs(), []corpus.Side{a, b},
			&framing.TimelineOptions{Terms: r.terms, Lexicon: r.lex, Categories: r.cats, Period: period, Progress: progress})
		if err != nil {
			if errors.Is(err, framing.ErrOption) {
				return cli.Usagef("-series: %v", err)
			}
			return err
		}
		for _, p := range append(tl.Points, tl.Undated...) {
			row := timelineRow{Series: p.Series, Lexicon: p.Lexicon, Side: p.Side, Period: string(tl.Period), Documents: p.Documents,
				DocsWith: p.DocsWith, Count: p.Count, Words: p.Words, Rate: rateOf(p), Per: tl.Per}
			if p.Start.IsZero() {
				row.Period = "undated"
			} else {
				row.Start, row.End = p.Start.Format(time.DateOnly), p.End.Format(time.DateOnly)
			}
			rows = append(rows, row)
		}
	}
	st.Done()
	prov, err := c.Provenance()
	if err != nil {
		return err
	}
	if err := prov.Set("analyzer", an); err != nil {
		return err
	}
	return c.WriteCSV(stderr, path, rows, prov)
}

// timelineSeries parses -series: words and phrases, and LEXICON:CATEGORY (or LEXICON:*)
// by lexicon. Without -series, the words are the 5 pooled terms leaning most to each side.
func timelineSeries(spec string, pooled *framing.Pooled) ([]string, map[string][]string, error) {
	byLex := map[string][]string{}
	var terms []string
	if strings.TrimSpace(spec) == "" {
		for _, sign := range []float64{1, -1} {
			n := 0
			for _, t := range pooled.Terms {
				if t.LogOR*sign > 0 && n < 5 {
					terms = append(terms, t.Word)
					n++
				}
			}
		}
		if len(terms) == 0 {
			return nil, nil, errors.New("-timeline: no pooled term to follow: give -series")
		}
		return terms, byLex, nil
	}
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if lex, cat, ok := strings.Cut(part, ":"); ok {
			byLex[strings.TrimSpace(lex)] = append(byLex[strings.TrimSpace(lex)], strings.TrimSpace(cat))
			continue
		}
		if !slices.Contains(terms, part) {
			terms = append(terms, part)
		}
	}
	return terms, byLex, nil
}

// rateOf is a point's rate, nil where the side counted no word in the period.
func rateOf(p framing.TimePoint) *float64 {
	if p.Words == 0 {
		return nil
	}
	r := p.Rate
	return &r
}
