package framing

// Rates over time. CountTimeline reads a corpus once, as CountEvents does with each
// document's period standing for its event, so that the counting (in parallel, over one
// vocabulary, lexicons included) is CountEvents' own; the documents' rows that CountEvents
// keeps give the number of documents with a term.

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/framediff/framediff/corpus"
)

// Period is the length of the periods of a [Timeline].
type Period string

// The periods of a timeline. Each starts at midnight in TimelineOptions.Location.
const (
	PeriodDay   Period = "day"
	PeriodWeek  Period = "week"  // ISO 8601 weeks, from Monday
	PeriodMonth Period = "month" // from the first of the month
)

// Start returns the first instant of the period that holds t, in t's location.
func (p Period) Start(t time.Time) time.Time {
	y, m, d := t.Date()
	switch p {
	case PeriodMonth:
		return time.Date(y, m, 1, 0, 0, 0, 0, t.Location())
	case PeriodWeek:
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		return time.Date(y, m, d-back, 0, 0, 0, 0, t.Location())
	}
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// Next returns the first instant of the period after the one that starts at start.
func (p Period) Next(start time.Time) time.Time {
	y, m, d := start.Date()
	switch p {
	case PeriodMonth:
		return time.Date(y, m+1, 1, 0, 0, 0, 0, start.Location())
	case PeriodWeek:
		return time.Date(y, m, d+7, 0, 0, 0, 0, start.Location())
	}
	return time.Date(y, m, d+1, 0, 0, 0, 0, start.Location())
}

// TimelineOptions configures [CountTimeline]: what to follow (terms, lexicon categories or
// both), by which period, in which time zone. The zero value follows nothing.
type TimelineOptions struct {
	// Terms are words or phrases as written ("Democracy"), analyzed as the documents' words
	// are, or terms as a [Profile] names them (a stem, a protected phrase). N-grams are not
	// followed.
	Terms []string `json:"terms,omitempty"`
	// Lexicon's categories are followed too, counted as [Analyzer.LexiconProfile] counts
	// them: Categories, or every category if Categories is empty.
	Lexicon    *Lexicon `json:"-"`
	Categories []string `json:"categories,omitempty"`
	Period     Period   `json:"period"` // "" means month
	// Location is the time zone whose midnights start the periods; nil means UTC.
	Location *time.Location `json:"-"`
	// Per is the number of words a rate is given per; 0 means 1,000.
	Per int `json:"per"`
	// Progress, if set, is called as documents are read (see CountOptions).
	Progress func(Progress) `json:"-"`
}

// A TimePoint is the count of one series (a term or a category) on one side in one period.
type TimePoint struct {
	Series  string `json:"series"`            // the term as given, or the category
	Lexicon string `json:"lexicon,omitempty"` // the category's lexicon; empty for a term
	// Start is the period's first instant, End the next period's; both are zero for the
	// documents without a date (Timeline.Undated).
	Start time.Time `json:"start,omitzero"`
	End   time.Time `json:"end,omitzero"`
	Side  string    `json:"side"`
	Count int       `json:"count"` // occurrences of the term, or matches of the category
	// Words is the denominator: the counted words of the side's documents in the period
	// (for a category, the words the lexicon looked at, as Analyzer.LexiconProfile counts
	// them).
	Words int `json:"words"`
	// Rate is Count per Timeline.Per words: Per × Count / Words, or 0 when Words is 0 (a
	// period without documents on the side is a gap, not a zero rate: see Documents).
	Rate      float64 `json:"rate"`
	Documents int     `json:"documents"` // documents of the side in the period
	DocsWith  int     `json:"docs_with"` // those in which the series occurs
}

// A Timeline is the rate of terms and lexicon categories per side over time.
type Timeline struct {
	Period Period   `json:"period"`
	Zone   string   `json:"zone"` // the time zone of the periods' starts
	Per    int      `json:"per"`  // rates are per this many words
	Sides  []string `json:"sides"`
	// Points holds every series on every side in every period from that of the first dated
	// document to that of the last (empty periods included, with Documents 0), ordered by
	// series (terms as given, then categories), period, and side (as given).
	Points []TimePoint `json:"points"`
	// Undated holds the documents without a publication time, by series and side, with a
	// zero Start: counted apart, never dropped.
	Undated   []TimePoint `json:"undated"`
	Documents int         `json:"documents"` // documents read
	Unmatched int         `json:"unmatched"` // documents on no side, not counted
	// Options are the settings used, defaults filled in; Analyzer the analyzer's.
	Options  TimelineOptions `json:"options"`
	Analyzer Analyzer        `json:"analyzer"`
}

// undatedKey stands for the period of documents without a date: no period's key (an RFC
// 3339 time) starts with a letter.
const undatedKey = "undated"

// CountTimeline reads docs once and counts, for each side and each period of their
// publication time (corpus.Document.Published), the documents, the counted words, and the
// occurrences of each term and lexicon category of opts, with the number of documents each
// occurs in. Documents without a publication time are counted in Timeline.Undated, and
// documents on no side in Timeline.Unmatched. The documents are analyzed by an in
// parallel, as [CountEvents] analyzes them; the result depends neither on their order nor
// on the number of workers. The documents of one period must share a language.
//
// The evidence of a point is the keyword-in-context lines of its series in the side's
// documents of the period: select the documents whose Published lies in [Start, End) and
// that the side matches, and call [Analyzer.Concordance] (a term) or
// [Analyzer.CategoryConcordance] (a category) on them.
//
// It returns an error wrapping [ErrOption] for a term the analyzer does not count (a stop
// word, a number), an n-gram, a category the lexicon lacks, a period it does not know, or
// sides without a name, a Match function, or with a repeated name.
func CountTimeline(an *Analyzer, docs iter.Seq2[corpus.Document, error], sides []corpus.Side, opts *TimelineOptions) (*Timeline, error) {
	var o TimelineOptions
	if opts != nil {
		o = *opts
		o.Terms, o.Categories = slices.Clone(o.Terms), slices.Clone(o.Categories)
	}
	if o.Period == "" {
		o.Period = PeriodMonth
	}
	if o.Location == nil {
		o.Location = time.UTC
	}
	if o.Per == 0 {
		o.Per = 1000
	}
	switch {
	case o.Period != PeriodDay && o.Period != PeriodWeek && o.Period != PeriodMonth:
		return nil, errorf(ErrOption, "TimelineOptions.Period %q (want day, week or month)", o.Period)
	case o.Per < 0:
		return nil, errorf(ErrOption, "TimelineOptions.Per = %d (want > 0)", o.Per)
	case len(o.Categories) > 0 && o.Lexicon == nil:
		return nil, errorf(ErrOption, "TimelineOptions.Categories without a Lexicon")
	}
	var cats []int // the categories followed, by index in the lexicon
	if o.Lexicon != nil {
		if len(o.Categories) == 0 {
			o.Categories = o.Lexicon.Categories()
		}
		for _, c := range o.Categories {
			i := slices.Index(o.Lexicon.categories, c)
			if i < 0 {
				return nil, errorf(ErrOption, "lexicon %s has no category %q", o.Lexicon.Name(), c)
			}
			cats = append(cats, i)
		}
	}
	for i, s := range sides {
		if s.Name == "" {
			return nil, errorf(ErrOption, "side %d has no name", i)
		}
	}
	count := CountOptions{Progress: o.Progress}
	if o.Lexicon != nil {
		count.Lexicons = []*Lexicon{o.Lexicon}
	}
	if len(o.Terms) == 0 {
		count.NoRows = true // rows only serve the terms' documents
	}
	// Each document's period stands for its event.
	starts := map[string]time.Time{}
	byPeriod := func(yield func(corpus.Document, error) bool) {
		for d, err := range docs {
			if err == nil {
				key := undatedKey
				if !d.Published.IsZero() {
					start := o.Period.Start(d.Published.In(o.Location))
					key = start.Format(time.RFC3339)
					starts[key] = start
				}
				d.Event = key
			}
			if !yield(d, err) {
				return
			}
		}
	}
	ec, err := countEvents(an, byPeriod, sides, &count, false) // events are periods; IDs are not needed
	if err != nil {
		return nil, fmt.Errorf("framing: timeline: %w", err)
	}
	defer ec.Close()
	tl := &Timeline{Period: o.Period, Zone: o.Location.String(), Per: o.Per, Sides: ec.Sides(),
		Documents: ec.Documents, Unmatched: ec.Unmatched, Options: o, Analyzer: ec.Analyzer()}
	tl.Options.Location = nil // shown as Zone

	// The terms' ids, in each language's vocabulary (-1 where a term never occurs).
	termIDs := map[*langRun][]int32{}
	for _, ev := range ec.events {
		run := ev.run
		if _, ok := termIDs[run]; ok {
			continue
		}
		ids := make([]int32, len(o.Terms))
		for i, term := range o.Terms {
			ids[i] = -1
			// The word as the documents' words are analyzed first ("development" is
			// the term of "development", not the stem of "developmental" that reads
			// "development"); then the term as a profile names it (a stem, a protected
			// phrase).
			key, counted := run.set.an.analyzeTerm(term, nil)
			if counted && !strings.Contains(key, " ") {
				if id, ok := run.vocab.lookupTerm(key); ok {
					ids[i] = id
					continue
				}
			}
			if id, ok := run.vocab.lookupTerm(term); ok {
				ids[i] = id
				continue
			}
			switch {
			case !counted:
				return nil, errorf(ErrOption, "%q is not counted by this analyzer (a stop word, a number, or a word it drops)", term)
			case strings.Contains(key, " "):
				return nil, errorf(ErrOption, "term %q: a timeline follows words and phrases, not n-grams", term)
			}
		}
		termIDs[run] = ids
	}
	// The documents with each term, per (period, side), from the rows.
	with, err := ec.docsWith(termIDs, len(o.Terms))
	if err != nil {
		return nil, err
	}

	// The periods, from the first dated document's to the last's.
	var periods []*eventData
	var undated *eventData
	for _, ev := range ec.events {
		if ev.name == undatedKey {
			undated = ev
		} else {
			periods = append(periods, ev)
		}
	}
	slices.SortFunc(periods, func(a, b *eventData) int { return starts[a.name].Compare(starts[b.name]) })
	var grid []time.Time
	if len(periods) > 0 {
		last := starts[periods[len(periods)-1].name]
		for t := starts[periods[0].name]; !t.After(last); t = o.Period.Next(t) {
			grid = append(grid, t)
		}
	}
	byStart := map[time.Time]*eventData{}
	for _, ev := range periods {
		byStart[starts[ev.name]] = ev
	}
	point := func(series int, ev *eventData, side int) TimePoint {
		var p TimePoint
		if series < len(o.Terms) {
			p.Series = o.Terms[series]
		} else {
			p.Series, p.Lexicon = o.Categories[series-len(o.Terms)], o.Lexicon.Name()
		}
		p.Side = tl.Sides[side]
		if ev == nil {
			return p
		}
		sc := ev.side(ec.slot[side])
		p.Documents = sc.docs
		if series < len(o.Terms) {
			p.Words = int(sc.total)
			if id := termIDs[ev.run][series]; id >= 0 {
				p.Count = int(sc.counts.get(id))
			}
			p.DocsWith = with[withKey{ev.index, side, series}]
		} else if sc.lex != nil {
			count, df := sc.lex.get(0, cats[series-len(o.Terms)])
			p.Words, p.Count, p.DocsWith = int(sc.lex.words), int(count), df
		}
		if p.Words > 0 {
			p.Rate = float64(o.Per) * float64(p.Count) / float64(p.Words)
		}
		return p
	}
	nseries := len(o.Terms) + len(cats)
	for s := range nseries {
		for _, start := range grid {
			for side := range tl.Sides {
				p := point(s, byStart[start], side)
				p.Start, p.End = start, o.Period.Next(start)
				tl.Points = append(tl.Points, p)
			}
		}
		for side := range tl.Sides {
			tl.Undated = append(tl.Undated, point(s, undated, side))
		}
	}
	return tl, nil
}

// withKey is a (period, side, term) of docsWith: the event's index, the side's index, the
// term's.
type withKey struct{ event, side, term int }

// docsWith counts, from the documents' rows, the documents of each (event, side) in which
// each term occurs; ids gives the terms' ids in each language (-1 for a term that never
// occurs).
func (ec *EventCounts) docsWith(ids map[*langRun][]int32, terms int) (map[withKey]int, error) {
	out := map[withKey]int{}
	if terms == 0 {
		return out, nil
	}
	byIndex := map[int]*eventData{}
	for _, ev := range ec.events {
		byIndex[ev.index] = ev
	}
	// Per language: term id -> the terms (indexes) it is.
	which := map[*langRun]map[int32][]int{}
	for run, list := range ids {
		m := map[int32][]int{}
		for t, id := range list {
			if id >= 0 {
				m[id] = append(m[id], t)
			}
		}
		which[run] = m
	}
	parts := make([]map[withKey]int, len(ec.rows))
	errs := make([]error, len(ec.rows))
	ec.parallel(len(ec.rows), func(r int) {
		part := map[withKey]int{}
		errs[r] = ec.rows[r].each(func(row *docRow) {
			ev := byIndex[row.event]
			m := which[ev.run]
			for _, id := range row.ids {
				for _, t := range m[id] {
					for side := range ec.sides {
						if row.mask&(1<<ec.slot[side]) != 0 {
							part[withKey{row.event, side, t}]++
						}
					}
				}
			}
		})
		parts[r] = part
	})
	for r, part := range parts {
		if errs[r] != nil {
			return nil, fmt.Errorf("framing: reading document rows: %w", errs[r])
		}
		for k, n := range part {
			out[k] += n
		}
	}
	return out, nil
}
