// Command targets contrasts how two sides describe the same entities: the names both
// sides mention (found as units, variants grouped: "Xi", "President Xi" and "Xi Jinping"
// are one), the collocates that distinguish the sides around the first of them (or the
// name given with -target), and how each side refers to each name (titles, labels from
// appositions, premodifiers, predicate nominals and definite descriptions, and the label
// alternatives), every figure with its evidence lines. It reads the corpus once and then
// makes three passes over the documents of the two sides, each linear in their size, each
// shown on the progress line (on a terminal, unless -quiet).
//
//	go run ./examples/targets                        # the embedded sample, English events pooled
//	go run ./examples/targets -target Soloria -kwic 3
//	go run ./examples/targets -corpus news.jsonl -referents 20 -csv targets.csv
package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
)

var prog = cli.Program{
	Name:    "targets",
	Summary: "how two sides describe the same entities: the names both mention, the collocates that distinguish the sides around them, and the labels each side gives them, with evidence lines",
	Examples: []string{
		`go run ./examples/targets -corpus news.jsonl -target "Hong Kong" -kwic 3`,
		`go run ./examples/targets -corpus news.jsonl -referents 20 -csv targets.csv`,
	},
}

func main() { cli.Main(prog.Name, run) }

func run(args []string, w, stderr io.Writer) error {
	fs := cli.NewFlags(prog, w, stderr)
	c := &cli.Common{SideA: "kind:state", SideB: "kind:wire", Lang: "english", Voice: "own", Top: 6}
	fs.Common(c, cli.FlagInput, "side-a", "side-b", "lang", "voice", "protect", "keep-addresses", "top", "csv", "replay")
	target := fs.String("target", "", "a name to contrast the collocates of, as written (\"Hong Kong\") (default: the first -contrast names both sides mention)")
	contrast := fs.Int("contrast", 3, "how many of the names both sides mention to contrast the collocates of")
	referents := fs.Int("referents", 10, "how many of the names both sides mention to list the labels of")
	minCount := fs.Int("min", 3, "mentions on each side a name needs to be listed")
	window := fs.Int("window", 5, "collocate window, in counted words")
	kwic := fs.Int("kwic", 2, "evidence lines shown per item listed; the items are collocates, labels and alternatives")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := cli.NonNegative(map[string]int{"kwic": *kwic, "window": *window, "contrast": *contrast, "referents": *referents, "min": *minCount}); err != nil {
		return err
	}
	a, b := c.Sides()
	corp, err := c.Input(c.Lang).Corpus(prog.Name, stderr)
	if err != nil {
		return err
	}
	an := c.Analyzer()
	// The documents of the events both sides cover.
	pairs, err := c.Pairs(&an, corp.Documents())
	if err != nil {
		return err
	}
	var docsA, docsB []corpus.Document
	for _, s := range pairs {
		docsA, docsB = append(docsA, s.A...), append(docsB, s.B...)
	}
	byID := func(x, y corpus.Document) int { return strings.Compare(x.ID, y.ID) }
	slices.SortFunc(docsA, byID)
	slices.SortFunc(docsB, byID)
	ndocs := len(docsA) + len(docsB)
	var table []row // the -csv rows
	w = cli.Terminal(w)

	// The names both sides mention.
	st := c.Stage("finding the names both sides mention in %d documents", ndocs)
	sug, err := an.SuggestReferents(docsA, docsB, max(1, *minCount), max(*contrast, *referents, 1))
	st.Done()
	if err != nil {
		return err
	}
	voice := map[string]string{"all": "every voice", "quoted": "quoted words"}[c.Voice]
	if voice == "" {
		voice = c.Voice + " voice"
	}
	fmt.Fprintf(w, "Names both sides mention (%s / %s mentions, %s):", a.Name, b.Name, voice)
	for _, s := range sug {
		fmt.Fprintf(w, " %s (%d/%d)", cli.Escape(s.Name), s.CountA, s.CountB)
		table = append(table, row{What: "name", Target: s.Name, Word: s.Name, CountA: s.CountA, CountB: s.CountB, Score: min(s.RateA, s.RateB)})
	}
	fmt.Fprint(w, "\n\n")

	// The collocates around the first names, or the one asked for.
	targets := []string{*target}
	if *target == "" {
		targets = targets[:0]
		for _, s := range sug[:min(*contrast, len(sug))] {
			targets = append(targets, s.Name)
		}
	}
	if len(targets) > 0 {
		what := fmt.Sprintf("the collocates of %d names", len(targets))
		st := c.Stage("%s in %d documents", what, ndocs)
		top := c.Top
		if top < 0 {
			top = math.MaxInt32 // -top -1: every collocate (CollocateOptions.Top 0 means 15)
		}
		rcs, err := an.ContrastReferents(docsA, docsB, targets, &framing.CollocateOptions{Window: *window, Top: top, Width: 30, Progress: progress(st, what)})
		st.Done()
		if err != nil {
			return err
		}
		for _, rc := range rcs {
			fmt.Fprintf(w, "== around %s (%s voice; %d mentions in %s, %d in %s) ==\n", cli.Escape(rc.Referent), c.Voice, rc.CountA, a.Name, rc.CountB, b.Name)
			for _, half := range []struct {
				name string
				rows []framing.KeyTerm
			}{{a.Name, rc.TopA}, {b.Name, rc.TopB}} {
				fmt.Fprintf(w, "%s says around it:\n", half.name)
				for _, r := range half.rows {
					table = append(table, row{What: "collocate", Target: rc.Referent, Side: half.name, Word: r.Word, Term: r.Term, CountA: r.CountA, CountB: r.CountB, Score: r.Score})
					fmt.Fprintf(w, "  %-16s %2d vs %2d  z %+.2f\n", cli.Escape(r.Word), r.CountA, r.CountB, r.Score)
					printLines(w, rc.Lines[r.Term], *kwic, "      ")
				}
			}
			fmt.Fprintln(w)
		}
	}

	// How each side refers to the names.
	names := make([]string, 0, *referents)
	for _, s := range sug[:min(*referents, len(sug))] {
		names = append(names, s.Name)
	}
	if len(names) > 0 {
		what := fmt.Sprintf("the labels of %d names", len(names))
		st := c.Stage("%s in %d documents", what, ndocs)
		rls, err := an.LabelsEach(docsA, docsB, names, &framing.ReferentOptions{Width: 30, Lines: *kwic, Progress: progress(st, what)})
		st.Done()
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "How each side refers to them (%s / %s uses, %s; \"by name\" counts the name, its initials and its people's plural, \"the Chinese\"; a label is a head noun, with the description written most beside it when it differs; n.s.: z under 1.96):\n", a.Name, b.Name, voice)
		for i, rl := range rls {
			fmt.Fprintf(w, "  %s (by name %d / %d)\n", cli.Escape(names[i]), rl.MentionsA, rl.MentionsB)
			written := map[string]string{} // label -> the description written most, when not the bare label
			for _, l := range rl.Labels {
				if len(l.Forms) > 0 && !strings.EqualFold(l.Forms[0].Name, l.Label) {
					written[l.Label] = l.Forms[0].Name
				}
			}
			show := func(label string) string {
				if f, ok := written[label]; ok {
					return fmt.Sprintf("%s (%q)", cli.Escape(label), f)
				}
				return cli.Escape(label)
			}
			for _, group := range []struct {
				what   string
				labels []framing.ReferentLabel
			}{{"title", rl.Titles}, {"label", rl.Labels}} {
				if len(group.labels) == 0 {
					continue
				}
				fmt.Fprintf(w, "    %ss:", group.what)
				for k, l := range group.labels {
					table = append(table, row{What: group.what, Target: names[i], Word: l.Label, CountA: l.CountA, CountB: l.CountB})
					if c.Top < 0 || k < c.Top {
						fmt.Fprintf(w, " %s %d/%d", show(l.Label), l.CountA, l.CountB)
					}
				}
				if c.Top > 0 && len(group.labels) > c.Top {
					fmt.Fprintf(w, " (and %d more)", len(group.labels)-c.Top)
				}
				fmt.Fprintln(w)
			}
			for k, alt := range rl.Alternatives {
				table = append(table, row{What: "alternative", Target: names[i], Word: alt.A, Other: alt.B, CountA: alt.CountA, CountB: alt.CountB, Score: alt.Z})
				if c.Top > 0 && k >= c.Top/2 {
					continue
				}
				ns := ""
				if alt.Z < 1.96 {
					ns = " n.s."
				}
				fmt.Fprintf(w, "    %s (%s, %d) / %s (%s, %d), z %.2f%s\n", show(alt.A), a.Name, alt.CountA, show(alt.B), b.Name, alt.CountB, alt.Z, ns)
				printLines(w, alt.Evidence, 2*(*kwic), "      ")
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
		for i := range table {
			table[i].SideA, table[i].SideB, table[i].Measure = a.Name, b.Name, rowMeasure(table[i].What)
		}
		return c.WriteCSV(stderr, c.CSV, table, prov)
	}
	return nil
}

// printLines prints up to n evidence lines.
func printLines(w io.Writer, lines []framing.Line, n int, indent string) {
	for i, l := range lines {
		if i == n {
			break
		}
		fmt.Fprintf(w, "%s%s: …%s[%s]%s…\n", indent, cli.Escape(l.DocID), cli.Escape(l.Left), cli.Escape(l.Match), cli.Escape(l.Right))
	}
}

// progress returns a Progress func that says on the stage's line how far the pass has got.
func progress(st *cli.Stage, what string) func(done, total int) {
	if st == nil {
		return nil
	}
	return func(done, total int) {
		if total > 0 {
			st.Update("%s: %d%% done", what, 100*done/total)
		}
	}
}

// row is one line of the -csv table: a name both sides mention, a collocate of one on one
// side, a title or label of one with its uses on both sides, or a label alternative.
type row struct {
	SideA  string  `json:"side_a"` // the sides compared, on every row
	SideB  string  `json:"side_b"`
	What   string  `json:"what"`   // name, collocate, title, label or alternative
	Target string  `json:"target"` // the name
	Side   string  `json:"side"`   // the side a collocate leans to; empty otherwise
	Word   string  `json:"word"`   // the name, the collocate, the title or label, or an alternative's label on side A
	Other  string  `json:"other"`  // an alternative's label on side B
	Term   string  `json:"term"`   // the collocate's counted term
	CountA int     `json:"count_a"`
	CountB int     `json:"count_b"`
	Score  float64 `json:"score"` // a name's smaller rate per 10,000 words, a collocate's z (see Keyness), an alternative's z (see LabelAlternative); 0 for titles and labels
	// Measure names what Score is on this row (rowMeasure); empty where it is none.
	Measure string `json:"measure"`
}

// rowMeasure names what a row's score is, by its kind.
func rowMeasure(what string) string {
	switch what {
	case "name":
		return "rate per 10,000 counted words, the smaller side's"
	case "collocate":
		return "z of the log-odds ratio with informative Dirichlet prior (Monroe et al. 2008), side A over side B"
	case "alternative":
		return "z of the log odds ratio of the two labels' uses on the two sides, 1/2 added to each cell (framing.LabelAlternative)"
	}
	return ""
}
