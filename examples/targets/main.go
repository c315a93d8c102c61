// Command targets contrasts how two sides describe the same entities: for each target (a
// name both sides mention, proposed automatically, or given with -target), the collocates
// that distinguish the sides, with keyword-in-context evidence; then candidate label
// pairs, terms used in similar contexts but preferred by opposite sides.
//
//	go run ./examples/targets                        # the embedded sample, English events pooled
//	go run ./examples/targets -target soloria -kwic 3
//	go run ./examples/targets -corpus news.jsonl -protect "the West,Ukraine" -target the_west
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "targets:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("targets", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	path := fs.String("corpus", "", "corpus file or folder; default: the embedded sample")
	lang := fs.String("lang", "english", "documents of this language are compared")
	sideA := fs.String("side-a", "kind:state", "side A: kind:K or outlet:NAME")
	sideB := fs.String("side-b", "kind:wire", "side B: kind:K or outlet:NAME")
	target := fs.String("target", "", "a term to contrast (default: the suggested names)")
	protect := fs.String("protect", "", "comma-separated words or phrases never to stem")
	window := fs.Int("window", 5, "collocate window, in counted words")
	top := fs.Int("top", 6, "collocates per side")
	kwic := fs.Int("kwic", 2, "evidence lines per collocate shown")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	c := corpus.Sample()
	if *path != "" {
		var err error
		if c, err = corpus.LoadFile(*path, nil); err != nil {
			return err
		}
	}
	a, err := corpus.ParseSide(*sideA)
	if err != nil {
		return err
	}
	b, err := corpus.ParseSide(*sideB)
	if err != nil {
		return err
	}
	inLang := func(d corpus.Document) bool { return d.Language == *lang || d.Language == "" && *lang == "english" }
	docsA := c.Select(corpus.All(a.Match, inLang))
	docsB := c.Select(corpus.All(b.Match, inLang))
	if len(docsA) == 0 || len(docsB) == 0 {
		return fmt.Errorf("no %s documents on one side", *lang)
	}
	an := framing.Analyzer{Language: *lang, Voices: framing.OwnVoice}
	for _, p := range strings.Split(*protect, ",") {
		if p = strings.TrimSpace(p); p != "" {
			an.Protected = append(an.Protected, p)
		}
	}
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
				for i, l := range lines {
					if i == *kwic {
						break
					}
					fmt.Fprintf(w, "      %s: …%s[%s]%s…\n", l.DocID, l.Left, l.Match, l.Right)
				}
			}
		}
		fmt.Fprintln(w)
	}
	pairs, err := an.LabelPairs(docsA, docsB, &framing.LabelOptions{MinCount: 3, Top: 8})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Candidate label pairs (%s term / %s term, context similarity, shared contexts):\n", a.Name, b.Name)
	for _, p := range pairs {
		fmt.Fprintf(w, "  %-14s / %-14s %.3f  [%s]\n", p.WordA, p.WordB, p.Similarity, strings.Join(p.Shared, ", "))
	}
	return nil
}
