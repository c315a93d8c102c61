// Command voices separates each outlet's own voice from the words it quotes: per event
// and side, the share of quoted words, who is quoted with which reporting verbs, the side's
// scare quotes, how it treats each source (labels, evaluative words, rebuttals with the
// document and offset of each quotation and denial), and the distinctive terms of the
// outlets' own voice compared with those of all their words.
//
//	go run ./examples/voices                      # the embedded sample
//	go run ./examples/voices -event minister-visit
//	go run ./examples/voices -corpus news.jsonl -side-a kind:state -side-b kind:wire
package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
)

var prog = cli.Program{
	Name:    "voices",
	Summary: "each outlet's own voice against the words it quotes: quoted shares, speakers, reporting verbs, and own-voice terms",
	Examples: []string{
		"go run ./examples/voices -corpus news.jsonl -event summit -side-a kind:state -side-b kind:wire",
	},
}

func main() { cli.Main(prog.Name, run) }

func run(args []string, w, stderr io.Writer) error {
	fs := cli.NewFlags(prog, w)
	path := fs.String("corpus", "", "corpus file or folder; default: the embedded sample")
	event := fs.String("event", "", "one event (default: all)")
	sideA := fs.String("side-a", "kind:state", "side A: kind:K or outlet:NAME")
	sideB := fs.String("side-b", "kind:wire", "side B: kind:K or outlet:NAME")
	top := fs.Int("top", 6, "terms per side; 0 lists all")
	lenient := fs.Bool("lenient", false, "skip malformed corpus records (each is reported on stderr)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := cli.NonNegative(map[string]int{"top": *top}); err != nil {
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
	topN := *top
	if topN == 0 {
		topN = -1 // all
	}
	w = cli.Terminal(w)
	events := c.Events()
	if *event != "" {
		events = []string{*event}
	}
	shown := 0
	for _, e := range events {
		s, err := c.Split(e, a, b)
		if err != nil {
			if *event != "" {
				return err
			}
			continue
		}
		shown++
		fmt.Fprintf(w, "== %s ==\n", e)
		for _, side := range []struct {
			name string
			docs []corpus.Document
		}{{s.NameA, s.A}, {s.NameB, s.B}} {
			var an framing.Analyzer
			vs, err := an.VoiceStats(side.docs...)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "%s: %.0f%% of counted words in quotations (%d quotes, %d scare quotes, %d statements of indirect speech)\n",
				side.name, 100*vs.QuotedShare, vs.Quotations["quote"], vs.Quotations["scare"], vs.Quotations["reported"])
			fmt.Fprintf(w, "  quoted: %s\n", counts(vs.Speakers, 5))
			fmt.Fprintf(w, "  verbs:  %s\n", counts(vs.Verbs, 8))
			scare, err := an.QuotedTerms(side.docs, framing.VoiceScare, 30)
			if err != nil {
				return err
			}
			var sq []framing.Count
			for _, q := range scare {
				sq = append(sq, framing.Count{Name: "“" + q.Expr + "”", Count: q.Count})
			}
			fmt.Fprintf(w, "  scare quotes: %s\n", counts(sq, 6))
			sources, err := an.Stance(side.docs, nil)
			if err != nil {
				return err
			}
			for _, src := range sources {
				if len(src.Labels) == 0 && len(src.Evaluation) == 0 && len(src.Rebuttals) == 0 {
					continue
				}
				fmt.Fprintf(w, "  source %s: verbs %s; labels %s; evaluation %s\n", cli.Escape(src.Speaker), counts(src.Verbs, 4),
					counts(src.Labels, 3), counts(src.Evaluation, 6))
				for _, r := range src.Rebuttals {
					fmt.Fprintf(w, "    rebutted (%s) %s:%d “%s”\n      by %s:%d %s\n", r.Cue, r.Quote.DocID, r.Quote.Start,
						cli.Escape(r.Quote.Match), r.Denial.DocID, r.Denial.Start, cli.Escape(r.Denial.Match))
				}
			}
		}
		for _, v := range []struct {
			label  string
			voices framing.Voices
		}{{"own voice", framing.OwnVoice}, {"all words", framing.AllVoices}} {
			an := framing.Analyzer{Voices: v.voices}
			cmp, err := framing.CompareSplit(&an, s, &framing.CompareOptions{Top: topN})
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "  %-9s  %s: %s\n", v.label, s.NameA, words(cmp.TopA))
			fmt.Fprintf(w, "  %-9s  %s: %s\n", "", s.NameB, words(cmp.TopB))
		}
		fmt.Fprintln(w)
	}
	if shown == 0 {
		return fmt.Errorf("no event has documents on both sides")
	}
	return nil
}

func counts(cs []framing.Count, k int) string {
	var parts []string
	for i, c := range cs {
		if i == k {
			parts = append(parts, "...")
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%d)", c.Name, c.Count))
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ", ")
}

func words(ts []framing.TermScore) string {
	var parts []string
	for _, t := range ts {
		parts = append(parts, t.Word)
	}
	return strings.Join(parts, ", ")
}
