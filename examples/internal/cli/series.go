package cli

// series.go: the -series and -period values of a timeline (events' -timeline table, the
// report's time section).

import (
	"slices"
	"strings"

	"github.com/framediff/framediff/framing"
)

// Series is a parsed -series value: words and phrases, and lexicon categories.
type Series struct {
	Terms []string // words and phrases as given, in order, each once
	// Lexicons are the lexicons whose categories are followed, sorted by name.
	Lexicons []SeriesLexicon
}

// SeriesLexicon is one lexicon of a -series value and its categories.
type SeriesLexicon struct {
	Lexicon    *framing.Lexicon
	Categories []string // nil: every category (LEXICON:*)
}

// ParseSeries parses a -series value: comma-separated words or phrases, and lexicon
// categories as LEXICON:CATEGORY or LEXICON:* (every category) of the lexicons news-frames
// and evaluative. An unknown lexicon or category is a usage error naming what exists.
func ParseSeries(spec string) (Series, error) {
	lexicons := map[string]*framing.Lexicon{}
	for _, l := range []*framing.Lexicon{framing.FramesLexicon(), framing.EvaluativeLexicon()} {
		lexicons[l.Name()] = l
	}
	var s Series
	byLex := map[string][]string{}
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if name, cat, ok := strings.Cut(part, ":"); ok {
			name, cat = strings.TrimSpace(name), strings.TrimSpace(cat)
			lex := lexicons[name]
			switch {
			case lex == nil:
				return Series{}, Usagef("-series %s: no lexicon %q (want news-frames or evaluative)", part, name)
			case cat != "*" && !slices.Contains(lex.Categories(), cat):
				return Series{}, Usagef("-series %s: the lexicon has no category %q (it has %s)", part, cat, strings.Join(lex.Categories(), ", "))
			}
			if !slices.Contains(byLex[name], cat) {
				byLex[name] = append(byLex[name], cat)
			}
			continue
		}
		if !slices.Contains(s.Terms, part) {
			s.Terms = append(s.Terms, part)
		}
	}
	names := make([]string, 0, len(byLex))
	for name := range byLex {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		cats := byLex[name]
		if slices.Contains(cats, "*") {
			cats = nil
		}
		s.Lexicons = append(s.Lexicons, SeriesLexicon{Lexicon: lexicons[name], Categories: cats})
	}
	return s, nil
}

// ParsePeriod parses a -period value: day, week (ISO, from Monday) or month.
func ParsePeriod(s string) (framing.Period, error) {
	switch p := framing.Period(s); p {
	case framing.PeriodDay, framing.PeriodWeek, framing.PeriodMonth:
		return p, nil
	}
	return "", Usagef("-period %q: want day, week or month", s)
}
