package main

// time.go: the page's time section (-period, -series, -no-time) and the document-level
// test's settings (-permutations, -seed).

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
)

// timeFlags are the flags of the time section: -period and -series as events' -timeline
// takes them, and -no-time.
type timeFlags struct {
	period, series *string
	off            *bool
	given          bool // -period or -series on the command line (or in the replayed record)
	parsed         cli.Series
}

func newTimeFlags(fs *cli.Flags) *timeFlags {
	return &timeFlags{
		period: fs.String("period", "month", "the periods of the rates over time: day, week (ISO, from Monday) or month; in the page's time section"),
		series: fs.String("series", "", "the words and categories whose rates are followed over time: comma-separated words or phrases, and lexicon categories as LEXICON:CATEGORY or LEXICON:* (news-frames:conflict; lexicons news-frames, evaluative); in the page's time section, the categories of one lexicon (default: the 5 terms leaning most to each side)"),
		off:    fs.Bool("no-time", false, "leave out the time section, which the page has when the documents' dates fall in two periods or more"),
	}
}

// check validates the flags once parsed: the values, and that -period and -series shape a
// time section the page has.
func (t *timeFlags) check(fs *cli.Flags, html string) error {
	fs.Visit(func(f *flag.Flag) { t.given = t.given || f.Name == "period" || f.Name == "series" })
	if _, err := cli.ParsePeriod(*t.period); err != nil {
		return err
	}
	s, err := cli.ParseSeries(*t.series)
	if err != nil {
		return err
	}
	if strings.TrimSpace(*t.series) != "" && len(s.Terms) == 0 && len(s.Lexicons) == 0 {
		return cli.Usagef("-series %q names no word and no category", *t.series)
	}
	if len(s.Lexicons) > 1 {
		return cli.Usagef("-series %s: the time section follows the categories of one lexicon, not of %d", *t.series, len(s.Lexicons))
	}
	switch {
	case t.given && *t.off:
		return cli.Usagef("-series and -period shape the time section, which -no-time leaves out")
	case t.given && html == "":
		return cli.Usagef("-series and -period shape the HTML report's time section: give -html")
	}
	t.parsed = s
	return nil
}

// timeSetting is the time section's settings in the provenance record.
type timeSetting struct {
	Period     framing.Period `json:"period"`
	Terms      []string       `json:"terms,omitempty"`
	Lexicon    string         `json:"lexicon,omitempty"`
	Categories []string       `json:"categories,omitempty"` // with a lexicon, none: every category
	Undated    int            `json:"undated"`              // documents left out for want of a date
}

// options decides the time section of the page over the two sides' documents and returns
// its options (nil: no section) and its settings for the provenance (a timeSetting, or why
// there is none). The section is in the page when the dated documents fall in two periods
// or more, or when -period or -series asks for it and one document has a date; the
// undated documents are left out of it, and stderr says how many.
func (t *timeFlags) options(c *cli.Common, an *framing.Analyzer, a, b corpus.Side, docsA, docsB []corpus.Document, stderr io.Writer) (*framing.TimelineOptions, any, error) {
	switch {
	case *t.off:
		return nil, "left out (-no-time)", nil
	case c.HTML == "":
		return nil, "no page (-html \"\")", nil
	}
	period := framing.Period(*t.period)
	periods := map[time.Time]bool{}
	var undated [2]int
	for side, docs := range [][]corpus.Document{docsA, docsB} {
		for _, d := range docs {
			if d.Published.IsZero() {
				undated[side]++
				continue
			}
			periods[period.Start(d.Published.UTC())] = true
		}
	}
	all := len(docsA) + len(docsB)
	switch {
	case len(periods) == 0 && t.given:
		return nil, nil, fmt.Errorf("-period and -series shape the time section, which follows dated documents: none of the %d documents has a date", all)
	case len(periods) == 0:
		fmt.Fprintf(stderr, "%s: no time section: none of the %d documents has a date\n", prog.Name, all)
		return nil, "none: no document has a date", nil
	case len(periods) == 1 && !t.given:
		var only time.Time
		for p := range periods {
			only = p
		}
		fmt.Fprintf(stderr, "%s: no time section: the dated documents all fall in the %s of %s (-period week or day divides it)\n",
			prog.Name, period, only.Format(time.DateOnly))
		return nil, fmt.Sprintf("none: the dated documents fall in one %s", period), nil
	}
	opts := &framing.TimelineOptions{Period: period, Terms: t.parsed.Terms}
	if len(t.parsed.Lexicons) == 1 {
		opts.Lexicon, opts.Categories = t.parsed.Lexicons[0].Lexicon, t.parsed.Lexicons[0].Categories
	}
	if strings.TrimSpace(*t.series) == "" {
		st := c.Stage("choosing the time section's terms in %d and %d documents", len(docsA), len(docsB))
		terms, err := leaningTerms(an, docsA, docsB, 5)
		st.Done()
		if err != nil {
			return nil, nil, err
		}
		opts.Terms = terms
	}
	// The series, checked on a document of each side before the report is built: a stop
	// word or a number is not counted, and says so.
	sample := func(yield func(corpus.Document, error) bool) {
		for _, docs := range [][]corpus.Document{docsA, docsB} {
			if len(docs) > 0 && !yield(docs[0], nil) {
				return
			}
		}
	}
	if _, err := framing.CountTimeline(an, sample, []corpus.Side{a, b}, opts); err != nil {
		if errors.Is(err, framing.ErrOption) && *t.series != "" {
			return nil, nil, cli.Usagef("-series: %v", err)
		}
		return nil, nil, fmt.Errorf("the time section: %w", err)
	}
	if n := undated[0] + undated[1]; n > 0 {
		fmt.Fprintf(stderr, "%s: the time section leaves out %d undated documents (%s: %d of %d; %s: %d of %d)\n", prog.Name, n,
			cli.Escape(a.Name), undated[0], len(docsA), cli.Escape(b.Name), undated[1], len(docsB))
	}
	set := timeSetting{Period: period, Terms: opts.Terms, Categories: opts.Categories, Undated: undated[0] + undated[1]}
	if opts.Lexicon != nil {
		set.Lexicon = opts.Lexicon.Name()
	}
	return opts, set, nil
}

// leaningTerms returns the n terms leaning most to each side, A's first, ranked as the
// report ranks them (the z-score of the log-odds ratio): each as its most frequent surface
// form, or as the counted term (a stem) where that form is itself another counted term
// ("development", the stem of "developmental", for the stem "develop"), which a timeline
// would follow instead.
func leaningTerms(an *framing.Analyzer, a, b []corpus.Document, n int) ([]string, error) {
	ps, err := an.Profiles(a, b)
	if err != nil {
		return nil, err
	}
	rows, err := framing.Keyness(ps[0], ps[1], &framing.KeynessOptions{N: 1})
	if err != nil {
		return nil, err
	}
	if err := framing.SortKeyTerms(rows, framing.ByStrength, framing.Descending); err != nil {
		return nil, err
	}
	var terms []string
	for _, sign := range []float64{1, -1} {
		k := 0
		for _, t := range rows {
			name := t.Word
			if name != t.Term && ps[0].Count(name)+ps[1].Count(name) > 0 {
				name = t.Term
			}
			if k < n && t.Score*sign > 0 && !slices.Contains(terms, name) {
				terms = append(terms, name)
				k++
			}
		}
	}
	if len(terms) == 0 {
		return nil, errors.New("the time section: no term leans to either side: give -series")
	}
	return terms, nil
}

// docTest returns the document-level test's options of -permutations and -seed, and
// records them, with their defaults filled in, in the provenance.
func docTest(c *cli.Common, set func(string, any) error) (*framing.DocTestOptions, uint64, error) {
	o := &framing.DocTestOptions{Permutations: c.Permutations, Seed: c.Seed}
	shown := *o
	if shown.Permutations == 0 {
		shown.Permutations = 1000
	}
	if shown.Seed == 0 {
		shown.Seed = framing.DefaultSeed
	}
	seed := shown.Seed
	if shown.Permutations < 0 {
		seed = 0
	}
	return o, seed, set("doc_test", struct {
		Permutations int    `json:"permutations"`
		Seed         uint64 `json:"seed"`
	}{shown.Permutations, shown.Seed})
}
