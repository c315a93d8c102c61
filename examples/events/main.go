// Command events pools the comparison of two sides over many events: per-event results,
// then the terms whose lean recurs across events (Mantel–Haenszel pooled log odds ratio,
// the share of events leaning the same way, and a seeded permutation test), with a
// wire-vs-wire placebo where the corpus has two wire services.
//
//	go run ./examples/events                               # the embedded sample
//	go run ./examples/events -corpus news.jsonl -side-a kind:state -side-b kind:wire
//	go run ./examples/events -json -permutations 5000 -seed 7
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
)

var prog = cli.Program{
	Name:    "events",
	Summary: "pool the comparison of two sides over many events: the terms whose lean recurs, with a permutation test and a wire-vs-wire placebo",
	Examples: []string{
		"go run ./examples/events -corpus news.jsonl -side-a kind:state -side-b kind:wire -permutations 5000",
	},
}

func main() { cli.Main(prog.Name, run) }

type report struct {
	Pooled  *framing.Pooled `json:"pooled"`
	Placebo *framing.Pooled `json:"placebo,omitempty"`
	// Categories compares the sides' rates of each lexicon category over all events.
	Categories map[string][]framing.KeyTerm `json:"categories"`
}

func run(args []string, w, stderr io.Writer) error {
	fs := cli.NewFlags(prog, w)
	c := &cli.Common{SideA: "kind:state", SideB: "kind:wire", Lang: "english", Voice: "own", Top: 12}
	fs.Common(c, cli.FlagInput, "side-a", "side-b", "lang", "voice", cli.FlagOutput)
	perms := fs.Int("permutations", 1000, "label shuffles for the permutation test (negative: none)")
	seed := fs.Uint64("seed", framing.DefaultSeed, "seed of the permutation test")
	minEvents := fs.Int("min-events", 2, "report terms seen in at least this many events")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := cli.NonNegative(map[string]int{"min-events": *minEvents}); err != nil {
		return err
	}
	a, b := c.Sides()
	an := c.Analyzer()
	asJSON, top := &c.JSON, &c.Top
	if !*asJSON {
		w = cli.Terminal(w)
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
	ec, err := framing.CountEvents(&an, input.Docs(prog.Name, stderr), []corpus.Side{a, b},
		&framing.CountOptions{SideBy: wires, Lexicons: lexicons, NoRows: *perms < 0})
	if err != nil {
		return err
	}
	defer ec.Close()
	opts := &framing.PoolOptions{Permutations: *perms, Seed: *seed, MinEvents: *minEvents}
	rep := report{}
	if rep.Pooled, err = ec.Pool(0, 1, opts); err != nil {
		return err
	}
	// Placebo: the two wire services that cover the most events together.
	if w1, w2 := wirePair(ec); w1 > 0 {
		if p, err := ec.Pool(w1, w2, opts); err == nil {
			p.SideA, p.SideB = strings.TrimPrefix(p.SideA, "outlet:"), strings.TrimPrefix(p.SideB, "outlet:")
			rep.Placebo = p
		}
	}
	rep.Categories = map[string][]framing.KeyTerm{}
	for _, lex := range lexicons {
		pa, err := ec.LexiconProfile(lex, "", 0)
		if err != nil {
			return err
		}
		pb, err := ec.LexiconProfile(lex, "", 1)
		if err != nil {
			return err
		}
		rows, err := framing.Keyness(pa, pb, &framing.KeynessOptions{Measure: framing.MeasureLogLikelihood})
		if err != nil {
			return err
		}
		rep.Categories[lex.Name()] = rows
	}
	if c.CSV != "" {
		prov, err := c.Provenance(prog.Name, args)
		if err != nil {
			return err
		}
		prov.Seed = *seed
		for name, v := range map[string]any{"analyzer": an, "pool": opts} {
			if err := prov.Set(name, v); err != nil {
				return err
			}
		}
		if err := cli.WriteCSV(stderr, c.CSV, rep.Pooled.Terms, prov); err != nil {
			return err
		}
	}
	if *asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printPooled(w, rep.Pooled, *top)
	if rep.Placebo != nil {
		fmt.Fprintf(w, "\nPlacebo: %s vs %s over %d event(s)\n", rep.Placebo.SideA, rep.Placebo.SideB, len(rep.Placebo.Events))
		fmt.Fprintf(w, "  terms with |z| >= 1.96: %s vs %s %d of %d; %s vs %s %d of %d\n",
			rep.Pooled.SideA, rep.Pooled.SideB, significant(rep.Pooled), len(rep.Pooled.Terms),
			rep.Placebo.SideA, rep.Placebo.SideB, significant(rep.Placebo), len(rep.Placebo.Terms))
		fmt.Fprintf(w, "  mean JS divergence per event: %.4f vs %.4f bits\n", meanJSD(rep.Pooled), meanJSD(rep.Placebo))
	}
	for _, name := range []string{"news-frames", "evaluative"} {
		fmt.Fprintf(w, "\n%s lexicon, all events (occurrences per 1,000 counted words; G2 signed toward %s):\n", name, rep.Pooled.SideA)
		for _, r := range rep.Categories[name] {
			fmt.Fprintf(w, "  %-16s %6.1f %6.1f  G2 %+7.2f  p %.4f (BH %.4f)\n", r.Term, r.RateA/1000, r.RateB/1000, r.Score, r.P, r.PAdj)
		}
	}
	return nil
}

func printPooled(w io.Writer, p *framing.Pooled, top int) {
	fmt.Fprintf(w, "%s vs %s over %d events (%s)\n", p.SideA, p.SideB, len(p.Events), strings.Join(p.Events, ", "))
	if len(p.Skipped) > 0 {
		fmt.Fprintf(w, "skipped (a side missing): %s\n", strings.Join(p.Skipped, ", "))
	}
	for _, e := range p.PerEvent {
		fmt.Fprintf(w, "  %-22s JS %.4f bits  %s: %s | %s: %s\n", e.Event, e.JSD, e.SideA, words(e.TopA, 4), e.SideB, words(e.TopB, 4))
	}
	fmt.Fprintf(w, "\nPooled (Mantel-Haenszel log odds ratio; same = events leaning the same way; perm p from %d shuffles within events, %g arrangements possible)\n",
		p.Options.Permutations, p.Arrangements)
	for _, half := range []struct {
		name string
		sign float64
	}{{p.SideA, 1}, {p.SideB, -1}} {
		fmt.Fprintf(w, "\nleans to %s:\n  %-16s %5s %5s %7s %6s %6s %8s\n", half.name, "word", "A", "B", "log OR", "z", "same", "perm p")
		n := 0
		for _, t := range p.Terms {
			if t.LogOR*half.sign <= 0 || n == top && top > 0 {
				continue
			}
			perm := "-"
			if t.Permuted {
				perm = fmt.Sprintf("%.3f", t.PermP)
			}
			fmt.Fprintf(w, "  %-16s %5d %5d %7.2f %6.2f %3d/%-2d %8s\n", t.Word, t.CountA, t.CountB, t.LogOR, t.Z, t.Same, t.Events, perm)
			n++
		}
	}
}

func words(ts []framing.TermScore, k int) string {
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

func meanJSD(p *framing.Pooled) float64 {
	s := 0.0
	for _, e := range p.PerEvent {
		s += e.JSD
	}
	return s / float64(len(p.PerEvent))
}

// wirePair returns the sides of the two wire services that cover the most events together
// (ties to the first by name), or 0, 0.
func wirePair(ec *framing.EventCounts) (int, int) {
	sides := ec.Sides()
	best, x, y := 0, 0, 0
	for i := 2; i < len(sides); i++ {
		for j := i + 1; j < len(sides); j++ {
			shared := 0
			for _, e := range ec.Events() {
				ni, _ := ec.DocumentsOf(e, i)
				nj, _ := ec.DocumentsOf(e, j)
				if ni > 0 && nj > 0 {
					shared++
				}
			}
			if shared > best {
				best, x, y = shared, i, j
			}
		}
	}
	return x, y
}
