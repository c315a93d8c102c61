// Command keyness prints one comparison under every keyness measure side by side, so that
// you can see how the choice of statistic changes which terms come out on top, and the
// account-level measures of how far apart the two sides are.
//
//	go run ./examples/keyness                          # state vs wire, all events of the sample
//	go run ./examples/keyness -event island-drills -top 8
//	go run ./examples/keyness -corpus news.jsonl -side-a kind:state -side-b kind:wire
//	go run ./examples/keyness -json                    # every row of every measure
//	go run ./examples/keyness -corpus news.jsonl -dedupe  # each near-duplicate counted once
//
// With -dedupe, -dedupe-list or -residue-list, near-duplicate documents and scraped-page
// residue are looked for before any word is counted, and said on stderr; -dedupe drops the
// duplicates.
//
// In the own voice (-voice own, the default) the attribution scaffolding (said, told,
// according, Mr, Dr: cli.Scaffolding) is not counted, as in compare; -keep-scaffolding
// counts it. A listed stem that merges words which are not the inflections of one word
// (SAR and SARS) is flagged "*", listed under the tables, and named in -json stem_merges
// and the -csv column stem_words. The rule that tells inflections apart reads English
// forms only: in another language every stem that merges two words or more is flagged and
// listed, and the heading of the list says so (cli.MergesHeading).
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/report/figures"
	"github.com/framediff/framediff/framing/stats"
)

var prog = cli.Program{
	Name:    "keyness",
	Summary: "one comparison of two sides under every keyness measure side by side, with account-level divergences",
	Examples: []string{
		"go run ./examples/keyness -corpus news.jsonl -event summit -top 10 -adjust holm",
		"go run ./examples/keyness -corpus news.jsonl -dedupe -dedupe-threshold 0.9",
	},
}

func main() { cli.Main(prog.Name, run) }

type measureReport struct {
	Measure framing.Measure   `json:"measure"`
	TopA    []framing.KeyTerm `json:"top_a"`
	TopB    []framing.KeyTerm `json:"top_b"`
}

// MarshalJSON writes the terms as framing.KeyTerm marshals them, but with a null score
// where the measure's value is set by a constant standing in for a zero frequency, not by
// the texts (cli.StandIn), as -csv leaves that cell empty and the text writes ∞: %DIFF of
// a term absent from B read 4.96e+23 in -json, PMI of one absent from A -20.72. The score
// keeps its place among the term's fields.
func (m measureReport) MarshalJSON() ([]byte, error) {
	terms := func(ts []framing.KeyTerm) ([]json.RawMessage, error) {
		out := make([]json.RawMessage, len(ts))
		for i, t := range ts {
			b, err := json.Marshal(t)
			if err != nil {
				return nil, err
			}
			if cli.StandIn(m.Measure, t) {
				if b, err = nullScore(b); err != nil {
					return nil, err
				}
			}
			out[i] = b
		}
		return out, nil
	}
	a, err := terms(m.TopA)
	if err != nil {
		return nil, err
	}
	b, err := terms(m.TopB)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		Measure framing.Measure   `json:"measure"`
		TopA    []json.RawMessage `json:"top_a"`
		TopB    []json.RawMessage `json:"top_b"`
	}{m.Measure, a, b})
}

// nullScore returns the JSON object of a framing.KeyTerm with its score, a number, made
// null in place. The fields before the score are strings and numbers, and a quote inside
// a string is escaped, so the first `,"score":` is the field's.
func nullScore(b []byte) ([]byte, error) {
	key := []byte(`,"score":`)
	i := bytes.Index(b, key)
	if i < 0 {
		return nil, errors.New("keyness: no score in a term's JSON")
	}
	i += len(key)
	n := bytes.IndexAny(b[i:], ",}")
	if n < 0 {
		return nil, errors.New("keyness: a term's score does not end")
	}
	return slices.Concat(b[:i], []byte("null"), b[i+n:]), nil
}

type report struct {
	SideA    string           `json:"side_a"`
	SideB    string           `json:"side_b"`
	Analyzer framing.Analyzer `json:"analyzer"`
	// Options are the settings of -measure (the -figure's and the -csv table's), every
	// default filled in; the other measures differ only in their Measure.
	Options  framing.KeynessOptions `json:"options"`
	Account  map[string]float64     `json:"account"`
	Shift    []framing.Shift        `json:"word_shift"`
	Measures []measureReport        `json:"measures"`
	// StemMerges are the stems of the terms listed (any measure, either side) that merged
	// two words or more over both sides, each marked distinct when they are not the
	// inflections of one word (framing.StemGroup): those the text flags with "*".
	StemMerges []framing.StemGroup `json:"stem_merges"`
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlags(prog, stdout, stderr)
	c := &cli.Common{SideA: "kind:state", SideB: "kind:wire", Lang: "english", Voice: "own", Top: 6,
		TopOf:     "per side and measure, in the text (the -csv table holds every term, under -csv-measures; -json keeps to -top)",
		LangEmpty: "every document in its own language, if they are in one (several are a usage error naming them)",
		FigureOf:  "the bar chart of the most distinctive terms under -measure",
		JSONHolds: "its options are -measure's settings, every default filled in; a score set by a constant standing in for a zero frequency, not by the texts, is null (pdiff of a term absent from B, pmi of one absent from A), as its -csv cell is empty"}
	fs.Common(c, cli.FlagInput, cli.FlagSides, "lang", "voice", "keep-scaffolding", "protect", "stop", "variant", "phrases", "phrases-out", "keep-addresses", cli.FlagOutput, "figure", cli.FlagDedupe)
	minCount := fs.Int("min-count", 0, "drop terms seen fewer times on both sides together")
	adjust := fs.String("adjust", "BH", "p-value adjustment: none, bonferroni, holm, BH, BY")
	measure := fs.String("measure", string(framing.MeasureLogOdds), "the measure of the -figure bar chart and of the -csv table (whose rows come first with -csv-measures all)")
	csvMeasures := fs.String("csv-measures", "one", "the measures of the -csv table: one (-measure's: every term once) or all (every term under each of the 12 measures, -measure's rows first: on China Daily vs NYT's 48,186 terms 578,232 rows, 118 MB)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := cli.NonNegative(map[string]int{"min-count": *minCount}); err != nil {
		return err
	}
	if *csvMeasures != "one" && *csvMeasures != "all" {
		return cli.Usagef("-csv-measures %q: want one or all", *csvMeasures)
	}
	if !slices.Contains(framing.Measures(), framing.Measure(*measure)) {
		return cli.Usagef("-measure %q: want one of %v", *measure, framing.Measures())
	}
	switch stats.Adjust(*adjust) {
	case stats.AdjustNone, stats.AdjustBonferroni, stats.AdjustHolm, stats.AdjustBH, stats.AdjustBY:
	default:
		return cli.Usagef("-adjust %q: want none, bonferroni, holm, BH or BY", *adjust)
	}
	a, b := c.Sides()
	top, asJSON := &c.Top, &c.JSON
	corp, err := c.Input(c.Lang).Corpus(prog.Name, stderr)
	if err != nil {
		return err
	}
	// With -dedupe, -dedupe-list or -residue-list: near-duplicates and residue, looked for
	// before a word is counted (and -dedupe drops the duplicates); without them, every
	// document read.
	kept, err := c.Screen(corp.Documents(), []corpus.Side{a, b})
	if err != nil {
		return err
	}
	if !*asJSON {
		stdout = cli.Terminal(stdout)
	}
	an := c.Analyzer()
	if err := c.FindPhrases(&an, kept, stderr); err != nil {
		return err
	}
	// The documents of every event both sides cover, or of -event.
	pairs, err := c.Pairs(&an, kept)
	if err != nil {
		return err
	}
	var docsA, docsB []corpus.Document
	for _, s := range pairs {
		docsA, docsB = append(docsA, s.A...), append(docsB, s.B...)
	}
	if c.Lang == "" {
		if err := cli.OneLanguage(prog.Name, cli.DocLanguages(docsA, docsB)); err != nil {
			return err
		}
	}
	pa, err := an.Profile(docsA...)
	if err != nil {
		return err
	}
	pb, err := an.Profile(docsB...)
	if err != nil {
		return err
	}
	rep := report{SideA: a.Name, SideB: b.Name, Analyzer: pa.Analyzer(), Account: map[string]float64{}}
	for name, f := range map[string]func(x, y *framing.Profile) (float64, error){
		"jensen_shannon_bits": framing.JensenShannon, "hellinger": framing.Hellinger,
		"cosine_counts": framing.Cosine, "cosine_tfidf": framing.CosineTFIDF, "jaccard": framing.Jaccard,
	} {
		if rep.Account[name], err = f(pa, pb); err != nil {
			return err
		}
	}
	if rep.Account["kl_a_b_bits_smoothed"], err = framing.KullbackLeibler(pa, pb, 0.5); err != nil {
		return err
	}
	shift, err := framing.WordShift(pa, pb, framing.Bits)
	if err != nil {
		return err
	}
	rep.Shift = shift
	if *top > 0 {
		rep.Shift = shift[:min(len(shift), *top*2)]
	}
	var table []framing.KeyTerm // the -figure rows
	var all []measureRows       // the -csv rows: every term under -measure, then (-csv-measures all) every other measure
	st := c.Stage("scoring the terms under %d measures", len(framing.Measures()))
	defer st.Done()
	for _, m := range framing.Measures() {
		opts := framing.KeynessOptions{Measure: m, Adjust: stats.Adjust(*adjust), MinCount: *minCount}
		rows, err := framing.Keyness(pa, pb, &opts)
		if err != nil {
			return err
		}
		if m == framing.Measure(*measure) {
			table = rows
			if c.CSV != "" {
				all = slices.Insert(all, 0, measureRows{m, rows})
			}
			// The settings -json reports are -measure's, every default filled in (the
			// measure last scored is not the one the figure and the table use).
			if rep.Options, err = opts.Resolved(); err != nil {
				return err
			}
		} else if c.CSV != "" && *csvMeasures == "all" {
			all = append(all, measureRows{m, rows})
		}
		rep.Measures = append(rep.Measures, measureReport{Measure: m,
			TopA: framing.TopKeyTerms(rows, *top, framing.LeanA), TopB: framing.TopKeyTerms(rows, *top, framing.LeanB)})
	}
	st.Done()
	var stems map[string]string // the -csv table's stem_words, of every term
	if rep.StemMerges, stems, err = stemMerges(pa, pb, rep.Measures); err != nil {
		return err
	}
	if err := writeOutputs(c, stderr, table, all, stems, &rep, *measure, *adjust); err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printReport(stdout, &rep, len(docsA), len(docsB), *top)
	return nil
}

// analysis is the statistics of the -csv table: its measures, the log-odds prior and the
// adjustment of every measure's p-values (o's, defaults filled in); keyness runs no
// document-level test.
func analysis(o framing.KeynessOptions, all []measureRows) (cli.Analysis, error) {
	r, err := o.Resolved()
	if err != nil {
		return cli.Analysis{}, err
	}
	a := cli.Analysis{Adjust: string(r.Adjust), DocAdjust: "none", Measures: []string{}}
	a.Prior, a.Alpha0 = cli.PriorName(r.LogOdds)
	for _, m := range all {
		a.Measures = append(a.Measures, string(m.measure))
	}
	return a, nil
}

// measureRows are the rows of every term under one measure.
type measureRows struct {
	measure framing.Measure
	rows    []framing.KeyTerm
}

// writeOutputs writes the -csv table (every term under -measure, strongest first, then with
// -csv-measures all under each other measure in framing.Measures' order; -top limits only
// the text) and the -figure bar chart of rows, -measure's.
func writeOutputs(c *cli.Common, stderr io.Writer, rows []framing.KeyTerm, all []measureRows, stems map[string]string, rep *report, measure, adjust string) error {
	if c.CSV == "" && c.Figure == "" {
		return nil
	}
	if err := framing.SortKeyTerms(rows, framing.ByStrength, framing.Descending); err != nil {
		return err
	}
	if c.CSV != "" {
		prov, err := c.Provenance()
		if err != nil {
			return err
		}
		an, err := analysis(rep.Options, all)
		if err != nil {
			return err
		}
		for name, v := range map[string]any{"analyzer": rep.Analyzer, "measure": measure, "adjust": adjust, "side_a": c.SideA, "side_b": c.SideB, "event": c.Event, "analysis": an} {
			if err := prov.Set(name, v); err != nil {
				return err
			}
		}
		var table []cli.TermRow
		for _, m := range all {
			if err := framing.SortKeyTerms(m.rows, framing.ByStrength, framing.Descending); err != nil {
				return err
			}
			rank := map[bool]int{} // by lean, in the order of strength
			for _, r := range m.rows {
				n := 0
				if r.Score != 0 {
					rank[r.Score > 0]++
					n = rank[r.Score > 0]
				}
				row := cli.KeyTermRow(c.Event, rep.SideA, rep.SideB, m.measure, n, r)
				row.StemWords = stems[r.Term]
				table = append(table, row)
			}
		}
		if err := c.WriteCSV(stderr, c.CSV, table, prov); err != nil {
			return err
		}
	}
	if c.Figure != "" {
		return cli.WriteFigure(stderr, c.Figure, figures.Format, func(w io.Writer, format string) error {
			return figures.KeynessBars(w, format, cli.SideWordTerms(rows), rep.SideA, rep.SideB, &figures.BarOptions{Top: max(c.Top, 0), Measure: framing.Measure(measure)})
		})
	}
	return nil
}

// stemMerges returns the stem groups of the terms listed under every measure, from the
// two sides' profiles together (a merge across the sides is one too), and the words of
// every term's stem whose words are distinct (cli.StemWords), for the -csv table.
func stemMerges(pa, pb *framing.Profile, ms []measureReport) ([]framing.StemGroup, map[string]string, error) {
	both, err := framing.Merge(pa, pb)
	if err != nil {
		return nil, nil, err
	}
	audit := both.StemAudit()
	listed := map[string]bool{}
	for _, m := range ms {
		for _, t := range slices.Concat(m.TopA, m.TopB) {
			listed[t.Term] = true
		}
	}
	out := []framing.StemGroup{}
	for _, g := range audit {
		if listed[g.Term] {
			out = append(out, g)
		}
	}
	return out, cli.StemWords(audit), nil
}

func printReport(w io.Writer, rep *report, na, nb, top int) {
	merged := cli.Merged(rep.StemMerges)
	fmt.Fprintf(w, "A = %s (%s), B = %s (%s)\n", rep.SideA, cli.Documents(na), rep.SideB, cli.Documents(nb))
	if cli.AnalyzerDropsScaffolding(rep.Analyzer) {
		fmt.Fprintln(w, cli.ScaffoldingNote)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Jensen-Shannon %.4f bits   Hellinger %.4f   cosine %.4f (counts) %.4f (tf-idf)   Jaccard %.4f   KL(A||B) %.4f bits (smoothed 0.5)\n\n",
		rep.Account["jensen_shannon_bits"], rep.Account["hellinger"], rep.Account["cosine_counts"],
		rep.Account["cosine_tfidf"], rep.Account["jaccard"], rep.Account["kl_a_b_bits_smoothed"])
	fmt.Fprintln(w, "Words that drive the divergence (share of Jensen-Shannon):")
	for _, s := range rep.Shift {
		side := rep.SideB
		if s.TowardA {
			side = rep.SideA
		}
		fmt.Fprintf(w, "  %-18s %5.1f%%  toward %s (%d vs %d)\n", s.Word, 100*s.Share, side, s.CountA, s.CountB)
	}
	fmt.Fprintf(w, "\nTop %d terms per side under each measure (word, then score):\n", top)
	for _, half := range []struct {
		name string
		get  func(m measureReport) []framing.KeyTerm
	}{{"leaning to " + rep.SideA, func(m measureReport) []framing.KeyTerm { return m.TopA }},
		{"leaning to " + rep.SideB, func(m measureReport) []framing.KeyTerm { return m.TopB }}} {
		fmt.Fprintf(w, "\n%s\n", half.name)
		for _, m := range rep.Measures {
			var cells []string
			for _, r := range half.get(m) {
				score := short(r.Score)
				if cli.StandIn(m.Measure, r) {
					// %DIFF of a term absent from B, toward A; PMI of one absent from A,
					// toward B: set by the 1e-18 and the 1e-9, not the texts.
					score = "∞"
					if m.Measure == framing.MeasurePMI {
						score = "-∞"
					}
				}
				star := ""
				if merged[r.Term] {
					star = " *"
				}
				cells = append(cells, fmt.Sprintf("%s%s %s", cli.SideWords(r.Word, r.WordA, r.WordB), star, score))
			}
			fmt.Fprintf(w, "  %-14s %s\n", m.Measure, strings.Join(cells, " · "))
		}
	}
	cli.PrintMerges(w, rep.StemMerges, rep.Analyzer.Language)
	fmt.Fprintln(w, "\nScores are signed toward A; see the framing package documentation for each measure's definition. Units:")
	for _, m := range rep.Measures {
		fmt.Fprintf(w, "  %-14s %s\n", m.Measure, unit(m.Measure, rep.Options))
	}
	fmt.Fprintln(w, "pdiff is ∞ for a term absent from B (its value would be set by the 1e-18 standing in for B's frequency);")
	fmt.Fprintln(w, "pmi is -∞ for a term absent from A (quanteda's ln(a/E11 + 1e-9) gives -20.72 for every such term, set by the 1e-9).")
}

// short formats a score compactly.
func short(x float64) string {
	switch ax := max(x, -x); {
	case ax >= 1e5:
		return fmt.Sprintf("%.2g", x)
	case ax >= 100:
		return fmt.Sprintf("%.0f", x)
	default:
		return fmt.Sprintf("%.2f", x)
	}
}

// unit says what a score of measure m is measured in, so that a number in the text can be
// read without the package documentation (o: the settings, for LRC's interval).
func unit(m framing.Measure, o framing.KeynessOptions) string {
	switch m {
	case framing.MeasureLogOdds:
		return "z of the log-odds ratio (standard errors; |z| 1.96: two-sided p 0.05, not adjusted)"
	case framing.MeasureLogLikelihood, framing.MeasureLogLikelihood2:
		return "log-likelihood G², chi-square on 1 degree of freedom (3.84: p 0.05, not adjusted)"
	case framing.MeasureChiSquare, framing.MeasureChiSquareYates, framing.MeasureChiSquareQuanteda:
		return "chi-square on 1 degree of freedom (3.84: p 0.05, not adjusted)"
	case framing.MeasureFisher:
		return "-log10 of Fisher's exact two-sided p (2: p 0.01, not adjusted)"
	case framing.MeasureLogRatio:
		return "log2 of the ratio of relative frequencies (doublings; 0: equal)"
	case framing.MeasureLRC:
		return fmt.Sprintf("doublings, as log-ratio: the bound nearest 0 of its %g%% interval, 0 when the interval holds 0", 100*(1-o.LRCAlpha))
	case framing.MeasurePMI:
		return "natural log of the count over its expected count (0: as expected)"
	case framing.MeasurePercentDiff:
		return "percent difference of the rates per million (-100: absent from A)"
	case framing.MeasureScaledF:
		return "scaled F-score of A minus that of B, -1 to 1 (no unit)"
	}
	return "see framing.Measure"
}
