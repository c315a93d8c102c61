// Command targets contrasts how two sides describe the same entities: the names both
// sides mention (found as units, variants grouped: "Xi", "President Xi" and "Xi Jinping"
// are one), the collocates that distinguish the sides around the first of them (or the
// name given with -target), and how each side refers to each name (titles, labels from
// appositions, premodifiers, predicate nominals and definite descriptions, and the nouns
// for a place's or a body's governing body, which act for it, "the Hong Kong government",
// "American officials", marked "governing body" (framing.ReferentLabel.GoverningBody: by
// the head noun, with or without -institutions) and, beside the name, counted as uses as
// its governing body, not as the name written otherwise; with -institutions also those
// for its other people and institutions, "Hong Kong residents", "the Hong Kong police",
// which refer to them, not to it, marked "people or institutions"; and the label
// alternatives, each tested with Fisher's exact test when both labels have enough uses;
// see framing.FisherAlternatives), every figure with its evidence lines. A name's
// mentions are one count throughout (framing.LabelsEach's mentions by name: the names
// line, the collocates' header and "by name"); collocate counts are occurrences near a
// mention, label counts uses. A name is one collocate, not its words: every form of two
// words or more of every name both sides mention at least -min times ("Hong Kong", "White
// House") counts as one term near a mention where it is written as a name, each word
// capitalized or as the name is written (framing.CollocateOptions.Names; "foreign
// policy" stays two words), as the phrases of -phrases do wherever they stand; an
// honorific before a name ("Mr.") is part of it, no collocate. A name listed (-referents)
// near another's mention is one collocate under its listed name, whichever variant is
// written ("US", "U.S." and "United States" near China; framing.CollocateOptions.Referents),
// so that an outlet's spelling does not split it in two; a name not listed stays its
// words, so a larger -referents may move counts ("Obama" joins "Barack Obama" once he is
// listed). -phrases-out writes the
// phrases of -phrases only, not the names' forms, which the same corpus and -min give
// again. It reads the corpus once and then makes four passes over the documents of the
// two sides (names, two for labels, collocates), each linear in their size, each shown
// on the progress line (on a terminal, unless -quiet). In the own voice (the default)
// the attribution verbs and honorifics are no collocates unless -keep-scaffolding, as in
// compare (cli.Scaffolding: "said" had stood among the NYT's words around the United
// States); names, labels and their counts do not depend on it.
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
	"unicode/utf8"

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
	fs.Common(c, cli.FlagInput, "side-a", "side-b", "lang", "voice", "keep-scaffolding", "protect", "stop", "variant", "phrases", "phrases-out", "keep-addresses", "top", "csv", "replay")
	target := fs.String("target", "", "a name to contrast the collocates of, as written (\"Hong Kong\") (default: the first -contrast names both sides mention)")
	contrast := fs.Int("contrast", 3, "how many of the names both sides mention to contrast the collocates of")
	referents := fs.Int("referents", 10, "how many of the names both sides mention to list the labels of")
	minCount := fs.Int("min", 3, "mentions on each side a name needs to be listed")
	window := fs.Int("window", 5, "collocate window, in counted words")
	kwic := fs.Int("kwic", 2, "evidence lines shown per item listed; the items are collocates, labels and alternatives")
	institutions := fs.Bool("institutions", false, "count as labels of a place or a body every noun for its people and institutions (\"Hong Kong residents\", \"the Hong Kong police\"), which refer to them, not to it; its governing body (\"the Hong Kong government\", \"American officials\") counts without it (framing.ReferentOptions.Institutions)")
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
	// -phrases auto: the phrases found count as one collocate each, as the names do.
	if err := c.FindPhrases(&an, corp.Documents(), stderr); err != nil {
		return err
	}
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
	sug, err := an.SuggestReferents(docsA, docsB, max(1, *minCount), math.MaxInt32)
	st.Done()
	if err != nil {
		return err
	}
	// Every name both sides mention, in each form of two words or more, is one collocate
	// ("Hong Kong", not "Hong" and "Kong"); the first are listed.
	var known []string
	for _, s := range sug {
		for _, f := range s.Forms {
			if len(strings.Fields(f.Name)) > 1 {
				known = append(known, f.Name)
			}
		}
	}
	sug = sug[:min(len(sug), max(*contrast, *referents, 1))]
	voice := map[string]string{"all": "every voice", "quoted": "quoted words"}[c.Voice]
	if voice == "" {
		voice = c.Voice + " voice"
	}

	// How each side refers to the names, and their mentions by name, which every count of
	// mentions below is.
	names := make([]string, 0, len(sug))
	for _, s := range sug {
		names = append(names, s.Name)
	}
	var rls []framing.ReferentLabels
	if len(names) > 0 {
		what := fmt.Sprintf("the labels of %d names", len(names))
		st := c.Stage("%s in %d documents", what, ndocs)
		rls, err = an.LabelsEach(docsA, docsB, names, &framing.ReferentOptions{Width: 30, Lines: *kwic, Progress: progress(st, what), Institutions: *institutions})
		st.Done()
		if err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "Names both sides mention (%s / %s mentions by name, %s):", a.Name, b.Name, voice)
	for i, s := range sug {
		fmt.Fprintf(w, " %s (%d/%d)", cli.Escape(s.Name), rls[i].MentionsA, rls[i].MentionsB)
		table = append(table, row{What: "name", Target: s.Name, Word: s.Name, CountA: rls[i].MentionsA, CountB: rls[i].MentionsB, Score: min(s.RateA, s.RateB)})
	}
	fmt.Fprint(w, "\n\n")
	if c.DropsScaffolding() {
		fmt.Fprintln(w, cli.ScaffoldingNote+" (among the collocates)")
	}

	// The collocates around the first names, or the one asked for.
	var around []framing.ReferentLabels // the names to contrast, with their mentions
	if *target == "" {
		around = rls[:min(*contrast, len(rls))]
	} else if k := slices.IndexFunc(names, func(n string) bool { return strings.EqualFold(n, *target) }); k >= 0 {
		around = rls[k : k+1]
	}
	if *target != "" || len(around) > 0 {
		what := fmt.Sprintf("the collocates of %d names", max(1, len(around)))
		st := c.Stage("%s in %d documents", what, ndocs)
		top := c.Top
		if top < 0 {
			top = math.MaxInt32 // -top -1: every collocate (CollocateOptions.Top 0 means 15)
		}
		co := &framing.CollocateOptions{Window: *window, Top: top, Width: 30, Names: known, Referents: rls, Progress: progress(st, what)}
		var rcs []framing.ReferentContrast
		if *target != "" && len(around) == 0 {
			rcs, err = an.ContrastReferents(docsA, docsB, []string{*target}, co) // a name not listed: its own mentions
		} else {
			rcs, err = an.ContrastMentions(docsA, docsB, around, co)
		}
		st.Done()
		if err != nil {
			return err
		}
		for _, rc := range rcs {
			// The words in one column: 16 runes, or the longest (a name: "Port Elara").
			width := 16
			for _, r := range slices.Concat(rc.TopA, rc.TopB) {
				width = max(width, utf8.RuneCountInString(cli.Escape(r.Word)))
			}
			fmt.Fprintf(w, "== around %s (%s; %d mentions by name in %s, %d in %s; collocates within %d counted words in the sentence) ==\n", cli.Escape(rc.Referent), voice, rc.CountA, a.Name, rc.CountB, b.Name, rc.Window)
			for _, half := range []struct {
				name string
				rows []framing.KeyTerm
			}{{a.Name, rc.TopA}, {b.Name, rc.TopB}} {
				fmt.Fprintf(w, "%s says around it (occurrences near a mention, %s / %s; z of the log-odds, n.s. under 1.96, not adjusted):\n", half.name, a.Name, b.Name)
				for _, r := range half.rows {
					table = append(table, row{What: "collocate", Target: rc.Referent, Side: half.name, Word: r.Word, Term: r.Term, CountA: r.CountA, CountB: r.CountB, Score: r.Score})
					ns := ""
					if math.Abs(r.Score) < 1.96 {
						ns = " n.s."
					}
					fmt.Fprintf(w, "  %-*s %2d vs %2d  z %+.2f%s\n", width, cli.Escape(r.Word), r.CountA, r.CountB, r.Score, ns)
					printLines(w, rc.Lines[r.Term], *kwic, "      ")
				}
			}
			fmt.Fprintln(w)
		}
	}

	// How each side refers to the names.
	rls = rls[:min(*referents, len(rls))]
	if len(rls) > 0 {
		tests, err := framing.FisherAlternatives(rls, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "How each side refers to them (%s / %s uses, %s; \"by name\" counts the name, its initials and its people's plural, \"the Chinese\"; a label is a head noun, with the description written most beside it when it differs; an alternative beside <name> counts the label's uses in the name's place only, premodifiers left out; \"governing body\" marks a label whose head is a noun for the place's or the body's government or officials and whose every use is one (\"American officials\"), a metonymy for its state, not its name; with -institutions, \"people or institutions\" marks one for its other people or institutions (\"Solorian residents\", \"the Halden police\"), which refer to them, not to it; p: Fisher's exact test, two-sided, Benjamini-Hochberg adjusted over every alternative tested; n.s.: adjusted p 0.05 or more; too few: a label with under 3 uses or in under 2 documents on its side, not tested):\n", a.Name, b.Name, voice)
		for i, rl := range rls {
			fmt.Fprintf(w, "  %s (by name %d / %d)\n", cli.Escape(names[i]), rl.MentionsA, rl.MentionsB)
			written := map[string]string{} // label -> the description written most, when not the bare label
			for _, l := range rl.Labels {
				if len(l.Forms) > 0 && !strings.EqualFold(l.Forms[0].Name, l.Label) {
					written[l.Label] = l.Forms[0].Name
				}
			}
			body := map[string]bool{}  // label -> its governing body (framing.ReferentLabel.GoverningBody)
			other := map[string]bool{} // label -> its other people or institutions, with -institutions
			for _, l := range rl.Labels {
				body[l.Label] = l.GoverningBody
				other[l.Label] = *institutions && l.Institution && !l.GoverningBody
			}
			show := func(label string) string {
				note := ""
				switch {
				case body[label]:
					note = "; governing body"
				case other[label]:
					note = "; people or institutions"
				}
				if f, ok := written[label]; ok {
					return fmt.Sprintf("%s (%q%s)", cli.Escape(label), f, note)
				}
				if note != "" {
					return fmt.Sprintf("%s (%s)", cli.Escape(label), note[2:])
				}
				return cli.Escape(label)
			}
			for _, group := range []struct {
				what   string
				labels []framing.ReferentLabel
			}{{"title", counted(rl.Titles)}, {"label", counted(rl.Labels)}} {
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
				t := tests[i][k]
				r := row{What: "alternative", Target: names[i], Word: alt.A, Other: alt.B, CountA: alt.CountA, CountB: alt.CountB, Score: t.Adjusted, Measure: altMeasure}
				if !t.Tested {
					r.Score, r.Measure = 0, altUntested
				}
				table = append(table, r)
				if c.Top > 0 && k >= c.Top/2 {
					continue
				}
				place := ""
				if alt.A == framing.NameLabel || alt.B == framing.NameLabel {
					place = " in the name's place"
				}
				uses := func(label string, n, docs int) string {
					if label == framing.NameLabel {
						return fmt.Sprintf("%s in %s", plural(n, "mention"), plural(docs, "document"))
					}
					if place != "" && body[label] {
						// "American officials warned" stands where "the United States warned"
						// could: its officials for the state, not its name written otherwise.
						return fmt.Sprintf("%s as its governing body in %s", plural(n, "use"), plural(docs, "document"))
					}
					if place != "" && other[label] {
						// "Solorian residents" stand for the place's people, not for the place.
						return fmt.Sprintf("%s as its people or institutions in %s", plural(n, "use"), plural(docs, "document"))
					}
					return fmt.Sprintf("%s%s in %s", plural(n, "use"), place, plural(docs, "document"))
				}
				verdict := "too few to test"
				if t.Tested {
					verdict = fmt.Sprintf("p %.2g", t.Adjusted)
					if t.Adjusted >= 0.05 {
						verdict += " n.s."
					}
				}
				fmt.Fprintf(w, "    %s (%s, %s) / %s (%s, %s): %s\n", show(alt.A), a.Name, uses(alt.A, alt.CountA, t.DocsA), show(alt.B), b.Name, uses(alt.B, alt.CountB, t.DocsB), verdict)
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
			table[i].SideA, table[i].SideB = a.Name, b.Name
			if table[i].Measure == "" {
				table[i].Measure = rowMeasure(table[i].What)
			}
		}
		return c.WriteCSV(stderr, c.CSV, table, prov)
	}
	return nil
}

// counted returns the titles or labels with a use in the voice counted: those used only
// outside it (with own voice, inside quotations: framing.ReferentLabel.QuotedA and QuotedB)
// have none on either side, and are left out of the lists and the -csv table.
func counted(labels []framing.ReferentLabel) []framing.ReferentLabel {
	return slices.DeleteFunc(slices.Clone(labels), func(l framing.ReferentLabel) bool { return l.CountA == 0 && l.CountB == 0 })
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
	Score  float64 `json:"score"` // what Measure says: a name's smaller rate per 10,000 words, a collocate's z (see Keyness), an alternative's adjusted Fisher p (see FisherAlternatives; 0 when too few to test); 0 for titles and labels
	// Measure names what Score is on this row (rowMeasure); empty where it is none.
	Measure string `json:"measure"`
}

// rowMeasure names what a row's score is, by its kind.
func rowMeasure(what string) string {
	switch what {
	case "name":
		return "counts: mentions by name (framing.ReferentLabels.MentionsA/B); score: the smaller side's mentions per 10,000 words as the names are ranked (framing.ReferentSuggestion, which counts neither a lone word of the name nor \"the Chinese\")"
	case "collocate":
		return "counts: occurrences of the collocate within the window of a mention by name; score: z of the log-odds ratio with informative Dirichlet prior (Monroe et al. 2008), side A over side B"
	}
	return ""
}

// The measures of alternative rows: tested, or not.
const (
	altMeasure  = "counts: uses of label A on side A and of label B on side B (beside <name>, the label's uses in the name's place); score: two-sided Fisher exact p of the 2x2 table of the two labels by side, Benjamini-Hochberg adjusted over every alternative tested (framing.FisherAlternatives)"
	altUntested = "counts: as for a tested alternative; score: none (0), too few uses to test (a label needs 3 uses in 2 documents on its side)"
)

// plural writes n things.
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
