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
	fs := cli.NewFlags(prog, w)
	path := fs.String("corpus", "", "corpus file or folder; default: the embedded sample")
	lang := fs.String("lang", "english", "documents of this language are compared")
	sideA := fs.String("side-a", "kind:state", "side A: kind:K or outlet:NAME")
	sideB := fs.String("side-b", "kind:wire", "side B: kind:K or outlet:NAME")
	target := fs.String("target", "", "a term to contrast (default: the suggested names)")
	protect := fs.String("protect", "", "comma-separated words or phrases never to stem")
	window := fs.Int("window", 5, "collocate window, in counted words")
	top := fs.Int("top", 6, "collocates per side")
	kwic := fs.Int("kwic", 2, "evidence lines per collocate shown")
	lenient := fs.Bool("lenient", false, "skip malformed corpus records (each is reported on stderr)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := cli.NonNegative(map[string]int{"top": *top, "kwic": *kwic, "window": *window}); err != nil {
		return err
	}
	l, err := cli.Language(*lang)
	if err != nil {
		return err
	}
	a, err := corpus.ParseSide(*sideA)
	if err != nil {
		return cli.Usagef("-side-a: %v", err)
	}
	b, err := corpus.ParseSide(*sideB)
	if err != nil {
		return cli.Usagef("-side-b: %v", err)
	}
	c, err := cli.Load(prog.Name, cli.LoadOptions{Path: *path, Lenient: *lenient}, stderr)
	if err != nil {
		return err
	}
	docs := cli.InLanguage(prog.Name, c.Documents(), l, stderr)
	var docsA, docsB []corpus.Document
	for _, d := range docs {
		switch {
		case a.Match(d):
			docsA = append(docsA, d)
		case b.Match(d):
			docsB = append(docsB, d)
		}
	}
	if len(docsA) == 0 || len(docsB) == 0 {
		return fmt.Errorf("no %s documents on one side", l)
	}
	an := framing.Analyzer{Language: l, Voices: framing.OwnVoice, Protected: cli.Protected(*protect)}
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
		tc, err := an.ContrastTarget(t, *window, *top, docsA, docsB, nil)
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
				fmt.Fprintf(w, "  %-16s %2d vs %2d  z %+.2f\n", r.Word, r.CountA, r.CountB, r.Score)
				lines, err := an.CollocateConcordance(t, r.Term, *window, half.docs, 30)
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
		rl, err := an.Labels(r.Name, docsA, docsB, nil)
		if err != nil {
			return err
		}
		if len(rl.Labels) == 0 {
			continue
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
	return nil
}
