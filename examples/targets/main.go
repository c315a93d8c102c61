// Command targets contrasts how two sides describe the same entities: for each target (a
// name both sides mention, proposed automatically, or given with -target), the collocates
// that distinguish the sides, with keyword-in-context evidence; then how each side refers to
// the names both mention (apposition, titles, definite descriptions) and the labels each
// side prefers, with evidence lines.
//
//	go run ./examples/targets                        # the embedded sample, English events pooled
//	go run ./examples/targets -target soloria -kwic 3
//	go run ./examples/targets -corpus news.jsonl -protect "the West,Ukraine" -target the_west
package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
)

var prog = cli.Program{
	Name:    "targets",
	Summary: "how two sides describe the same entities: the collocates that distinguish them, and the labels each side gives them, with evidence lines",
	Examples: []string{
		`go run ./examples/targets -corpus news.jsonl -protect "the West,Ukraine" -target the_west -kwic 3`,
	},
}

func main() { cli.Main(prog.Name, run) }

func run(args []string, w, stderr io.Writer) error {
	fs := cli.NewFlags(prog, w, stderr)
	c := &cli.Common{SideA: "kind:state", SideB: "kind:wire", Lang: "english", Voice: "own", Top: 6}
	fs.Common(c, cli.FlagInput, "side-a", "side-b", "lang", "voice", "protect", "top", "csv", "replay")
	target := fs.String("target", "", "a term to contrast (default: the suggested names)")
	window := fs.Int("window", 5, "collocate window, in counted words")
	kwic := fs.Int("kwic", 2, "evidence lines per collocate shown")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := cli.NonNegative(map[string]int{"kwic": *kwic, "window": *window}); err != nil {
		return err
	}
	a, b := c.Sides()
	top := &c.Top
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
	var table []row // the -csv rows
	w = cli.Terminal(w)
	targets := []string{*target}
	if *target == "" {
		sug, err := an.SuggestTargets(docsA, docsB, 3, 3)
		if err != nil {
			return err
		}
		targets = targets[:0]
		fmt.Fprint(w, "Names both sides mention:")
		for _, s := range sug {
			fmt.Fprintf(w, " %s (%d/%d)", s.Word, s.CountA, s.CountB)
			targets = append(targets, s.Term)
		}
		fmt.Fprint(w, "\n\n")
	}
	for _, t := range targets {
		tc, err := an.ContrastTarget(docsA, docsB, t, *window, *top, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "== around %q (own voice; %d mentions in %s, %d in %s) ==\n", t, tc.CountA, a.Name, tc.CountB, b.Name)
		for _, half := range []struct {
			name string
			rows []framing.KeyTerm
			docs []corpus.Document
		}{{a.Name, tc.TopA, docsA}, {b.Name, tc.TopB, docsB}} {
			fmt.Fprintf(w, "%s says around it:\n", half.name)
			for _, r := range half.rows {
				table = append(table, row{What: "collocate", Target: t, Side: half.name, Word: r.Word, Term: r.Term, CountA: r.CountA, CountB: r.CountB, Score: r.Score})
				fmt.Fprintf(w, "  %-16s %2d vs %2d  z %+.2f\n", r.Word, r.CountA, r.CountB, r.Score)
				lines, err := an.CollocateConcordance(half.docs, t, r.Term, *window, 30)
				if err != nil {
					return err
				}
				for i, line := range lines {
					if i == *kwic {
						break
					}
					fmt.Fprintf(w, "      %s: …%s[%s]%s…\n", line.DocID, line.Left, line.Match, line.Right)
				}
			}
		}
		fmt.Fprintln(w)
	}
	// How each side refers to the names both mention, and the alternatives.
	refs, err := an.SuggestReferents(docsA, docsB, 1, 5)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "How each side refers to them (labels: %s / %s uses):\n", a.Name, b.Name)
	for _, r := range refs {
		rl, err := an.Labels(docsA, docsB, r.Name, nil)
		if err != nil {
			return err
		}
		if len(rl.Labels) == 0 {
			continue
		}
		for _, l := range rl.Labels {
			table = append(table, row{What: "label", Target: r.Name, Word: l.Label, CountA: l.CountA, CountB: l.CountB})
		}
		fmt.Fprintf(w, "  %s (by name %d / %d):", cli.Escape(r.Name), rl.MentionsA, rl.MentionsB)
		for i, l := range rl.Labels {
			if i == 6 {
				fmt.Fprint(w, " ...")
				break
			}
			fmt.Fprintf(w, " %s %d/%d", cli.Escape(l.Label), l.CountA, l.CountB)
		}
		fmt.Fprintln(w)
		for i, alt := range rl.Alternatives {
			if i == 3 {
				break
			}
			fmt.Fprintf(w, "    alternative: %s (%s) / %s (%s)\n", cli.Escape(alt.A), a.Name, cli.Escape(alt.B), b.Name)
		}
		for i, l := range rl.Labels {
			if i == *kwic {
				break
			}
			if len(l.Evidence) > 0 {
				e := l.Evidence[0]
				fmt.Fprintf(w, "      %s: …%s[%s]%s…\n", e.DocID, cli.Escape(e.Left), cli.Escape(e.Match), cli.Escape(e.Right))
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
		return c.WriteCSV(stderr, c.CSV, table, prov)
	}
	return nil
}

// row is one line of the -csv table: a collocate of a target on one side, or a label of a
// referent with its uses on both sides.
type row struct {
	What   string  `json:"what"`   // collocate or label
	Target string  `json:"target"` // the target term or the referent's name
	Side   string  `json:"side"`   // the side a collocate leans to; empty for labels
	Word   string  `json:"word"`   // the collocate or the label
	Term   string  `json:"term"`   // the collocate's counted term
	CountA int     `json:"count_a"`
	CountB int     `json:"count_b"`
	Score  float64 `json:"score"` // the collocate's z (see ContrastTarget); 0 for labels
}
