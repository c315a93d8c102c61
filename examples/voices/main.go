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
	"encoding/json"
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

// sideResult is one side of one event, as -json prints it.
type sideResult struct {
	Side    string                 `json:"side"`
	Voices  *framing.VoiceStats    `json:"voices"`
	Scare   []framing.Count        `json:"scare_quotes"`
	Sources []framing.SourceStance `json:"sources"`
}

// eventResult is one event, as -json prints it.
type eventResult struct {
	Event    string              `json:"event"`
	Sides    []sideResult        `json:"sides"`
	OwnVoice *framing.Comparison `json:"own_voice"` // the sides' own words compared
	AllWords *framing.Comparison `json:"all_words"` // every word compared
}

// row is one line of the -csv table: a count of one thing on one side of one event.
type row struct {
	Event string `json:"event"`
	Side  string `json:"side"`
	What  string `json:"what"` // speaker, verb, scare_quote, quotations
	Name  string `json:"name"`
	Count int    `json:"count"`
}

func run(args []string, w, stderr io.Writer) error {
	fs := cli.NewFlags(prog, w, stderr)
	c := &cli.Common{SideA: "kind:state", SideB: "kind:wire", Top: 6}
	fs.Common(c, cli.FlagInput, cli.FlagSides, cli.FlagOutput)
	if err := fs.Parse(args); err != nil {
		return err
	}
	corp, err := c.Input("").Corpus(prog.Name, stderr)
	if err != nil {
		return err
	}
	topN := c.Top
	if topN == 0 {
		topN = -1 // all
	}
	// The events whose sides both have words of their own (the own-voice comparison needs
	// them; all words include them).
	own := framing.Analyzer{Voices: framing.OwnVoice}
	pairs, err := c.Pairs(&own, corp.Documents())
	if err != nil {
		return err
	}
	var results []eventResult
	for _, s := range pairs {
		r, err := analyze(s, topN)
		if err != nil {
			return err
		}
		results = append(results, r)
	}
	if c.CSV != "" {
		prov, err := c.Provenance()
		if err != nil {
			return err
		}
		if err := c.WriteCSV(stderr, c.CSV, rows(results), prov); err != nil {
			return err
		}
	}
	if c.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(results)
	}
	w = cli.Terminal(w)
	for _, r := range results {
		print(w, &r)
	}
	return nil
}

// analyze computes the voices of one event's two sides.
func analyze(s corpus.Split, topN int) (eventResult, error) {
	out := eventResult{Event: s.Event}
	for _, side := range []struct {
		name string
		docs []corpus.Document
	}{{s.NameA, s.A}, {s.NameB, s.B}} {
		var an framing.Analyzer
		vs, err := an.VoiceStats(side.docs...)
		if err != nil {
			return out, err
		}
		scare, err := an.QuotedTerms(side.docs, framing.VoiceScare, 30)
		if err != nil {
			return out, err
		}
		sr := sideResult{Side: side.name, Voices: vs}
		for _, q := range scare {
			sr.Scare = append(sr.Scare, framing.Count{Name: q.Expr, Count: q.Count})
		}
		if sr.Sources, err = an.Stance(side.docs, nil); err != nil {
			return out, err
		}
		out.Sides = append(out.Sides, sr)
	}
	for _, v := range []struct {
		dst    **framing.Comparison
		voices framing.Voices
	}{{&out.OwnVoice, framing.OwnVoice}, {&out.AllWords, framing.AllVoices}} {
		an := framing.Analyzer{Voices: v.voices}
		cmp, err := framing.CompareSplit(&an, s, &framing.CompareOptions{Top: topN})
		if err != nil {
			return out, err
		}
		*v.dst = cmp
	}
	return out, nil
}

func rows(results []eventResult) []row {
	var out []row
	for _, r := range results {
		for _, s := range r.Sides {
			add := func(what string, cs []framing.Count) {
				for _, c := range cs {
					out = append(out, row{Event: r.Event, Side: s.Side, What: what, Name: c.Name, Count: c.Count})
				}
			}
			var kinds []framing.Count
			for _, k := range []string{"quote", "scare", "reported", "title"} {
				kinds = append(kinds, framing.Count{Name: k, Count: s.Voices.Quotations[k]})
			}
			add("quotations", kinds)
			add("speaker", s.Voices.Speakers)
			add("verb", s.Voices.Verbs)
			add("scare_quote", s.Scare)
		}
	}
	return out
}

func print(w io.Writer, r *eventResult) {
	fmt.Fprintf(w, "== %s ==\n", r.Event)
	for _, s := range r.Sides {
		vs := s.Voices
		fmt.Fprintf(w, "%s: %.0f%% of counted words in quotations (%d quotes, %d scare quotes, %d statements of indirect speech)\n",
			s.Side, 100*vs.QuotedShare, vs.Quotations["quote"], vs.Quotations["scare"], vs.Quotations["reported"])
		fmt.Fprintf(w, "  quoted: %s\n", counts(vs.Speakers, 5))
		fmt.Fprintf(w, "  verbs:  %s\n", counts(vs.Verbs, 8))
		var sq []framing.Count
		for _, q := range s.Scare {
			sq = append(sq, framing.Count{Name: "“" + q.Name + "”", Count: q.Count})
		}
		fmt.Fprintf(w, "  scare quotes: %s\n", counts(sq, 6))
		for _, src := range s.Sources {
			if len(src.Labels) == 0 && len(src.Evaluation) == 0 && len(src.Rebuttals) == 0 {
				continue
			}
			fmt.Fprintf(w, "  source %s: verbs %s; labels %s; evaluation %s\n", cli.Escape(src.Speaker), counts(src.Verbs, 4),
				counts(src.Labels, 3), counts(src.Evaluation, 6))
			for _, rb := range src.Rebuttals {
				fmt.Fprintf(w, "    rebutted (%s) %s:%d “%s”\n      by %s:%d %s\n", rb.Cue, rb.Quote.DocID, rb.Quote.Start,
					cli.Escape(rb.Quote.Match), rb.Denial.DocID, rb.Denial.Start, cli.Escape(rb.Denial.Match))
			}
		}
	}
	for _, v := range []struct {
		label string
		cmp   *framing.Comparison
	}{{"own voice", r.OwnVoice}, {"all words", r.AllWords}} {
		fmt.Fprintf(w, "  %-9s  %s: %s\n", v.label, v.cmp.SideA, words(v.cmp.TopA))
		fmt.Fprintf(w, "  %-9s  %s: %s\n", "", v.cmp.SideB, words(v.cmp.TopB))
	}
	fmt.Fprintln(w)
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

func words(ts []framing.KeyTerm) string {
	var parts []string
	for _, t := range ts {
		parts = append(parts, t.Word)
	}
	return strings.Join(parts, ", ")
}
