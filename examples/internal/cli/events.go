package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// The rule every program follows for the events of a comparison of two sides: an event
// enters it only if both sides have documents in it, and counted words (after the
// analyzer's stop words and voices). Every other event that either side covers is left
// out and listed on stderr, with why, in one line:
//
//	compare: left out 2 of 5 events: "mute" (side "wire" has no counted words), "solo" (side "wire" has no documents)
//
// An event named with -event that cannot be compared is an error saying why; so is a
// comparison with no event left. Documents on both sides are an error earlier, when the
// corpus is read (see [Input.Docs]).

// A leftOut is an event left out of a comparison: the side that lacks something, and
// what (corpus.ErrEmptySide: documents; framing.ErrEmpty: counted words).
type leftOut struct {
	event, side string
	lacks       error
}

// noCountedWhy says why documents can hold no counted word.
const noCountedWhy = "only stop words, punctuation or quotation marks, or only words in a voice not counted: see -voice"

func (l leftOut) why() string {
	what := "documents"
	if l.lacks == framing.ErrEmpty {
		what = "counted words"
	}
	return fmt.Sprintf("side %q has no %s", l.side, what)
}

// listLeftOut prints the events left out, if any, of total, and keeps them for
// [Common.LeftOut].
func (c *Common) listLeftOut(out []leftOut, total int) {
	c.leftOut = nil
	for _, l := range out {
		c.leftOut = append(c.leftOut, fmt.Sprintf("%q (%s)", l.event, l.why()))
	}
	if len(out) == 0 || c.flags == nil || c.flags.stderr == nil {
		return
	}
	fmt.Fprintf(c.flags.stderr, "%s: left out %d of %d events: %s\n", c.flags.prog.Name, len(out), total, strings.Join(c.leftOut, ", "))
}

// LeftOut returns the events the last application of the events rule ([Common.Pairs],
// [Common.Compared]) left out, each with why: `"solo" (side "wire" has no documents)`.
func (c *Common) LeftOut() []string { return c.leftOut }

// chosen checks the outcome of the rule: the -event given must be compared, and some
// event must be. events are the events that documents of either side cover: an -event
// that none is, is an error that lists them, and a usage error naming the one to give if
// one differs from it only in case.
func (c *Common) chosen(compared []string, out []leftOut, seen bool, events []string) error {
	if c.Event != "" {
		if !seen {
			return c.NoEvent(events)
		}
		if len(out) > 0 {
			if errors.Is(out[0].lacks, framing.ErrEmpty) {
				return explainedError{fmt.Sprintf("event %q: side %q has documents, but none holds a word that is counted (%s)", c.Event, out[0].side, noCountedWhy), out[0].lacks}
			}
			return fmt.Errorf("event %q: side %q: %w", c.Event, out[0].side, out[0].lacks)
		}
		return nil
	}
	c.listLeftOut(out, len(compared)+len(out))
	if len(compared) == 0 {
		// Say what is missing: documents, or, where every side has documents, counted words.
		words := 0
		for _, o := range out {
			if errors.Is(o.lacks, framing.ErrEmpty) {
				words++
			}
		}
		if words > 0 {
			why := fmt.Sprintf("each event has documents on both sides, but a side's documents hold no word that is counted (%s)", noCountedWhy)
			if words < len(out) {
				why = fmt.Sprintf("in %d of the %d events a side's documents hold no word that is counted (%s), in the other %d a side has no documents, as listed above",
					words, len(out), noCountedWhy, len(out)-words)
			}
			return explainedError{fmt.Sprintf("no event has counted words on both sides (%s, %s): %s", c.SideA, c.SideB, why), framing.ErrEmpty}
		}
		return fmt.Errorf("no event has documents with counted words on both sides (%s, %s): %w", c.SideA, c.SideB, corpus.ErrEmptySide)
	}
	return nil
}

// NoEvent returns the error for an -event that no document of either side covers, given
// the events they do cover: it lists them, and is a usage error naming the one to give if
// one differs from -event only in case.
func (c *Common) NoEvent(events []string) error {
	for _, e := range slices.Sorted(slices.Values(events)) {
		if strings.EqualFold(e, c.Event) {
			return usageError{fmt.Errorf("-event %q: %w; an event %q exists (events match exactly): use -event %q", c.Event, corpus.ErrNoEvent, e, e)}
		}
	}
	return fmt.Errorf("-event %q: no document of either side covers it (events: %s): %w", c.Event, listEvents(events), corpus.ErrNoEvent)
}

// eventsShown is how many events an error lists.
const eventsShown = 10

// listEvents quotes the first events, sorted, and says how many more there are.
func listEvents(events []string) string {
	if len(events) == 0 {
		return "none"
	}
	events = slices.Sorted(slices.Values(events))
	list := quoteAll(events[:min(len(events), eventsShown)])
	if len(events) > eventsShown {
		list += fmt.Sprintf(" and %d more", len(events)-eventsShown)
	}
	return list
}

// Pairs divides docs into the two sides (-side-a, -side-b) event by event, by the rule
// above, and returns the events compared, sorted by name, the left-out ones listed on
// stderr. With -event, only that event is looked at. an decides which words count.
func (c *Common) Pairs(an *framing.Analyzer, docs []corpus.Document) ([]corpus.Split, error) {
	a, b := c.Sides()
	byEvent := map[string]*corpus.Split{}
	events := map[string]bool{} // every event of either side, for an -event that is none
	for _, d := range docs {
		inA, inB := a.Match(d), b.Match(d)
		if !inA && !inB {
			continue
		}
		events[d.Event] = true
		if c.Event != "" && d.Event != c.Event {
			continue
		}
		if inA && inB {
			return nil, Input{Sides: []corpus.Side{a, b}, common: c}.overlap([]string{d.ID})
		}
		s := byEvent[d.Event]
		if s == nil {
			s = &corpus.Split{Event: d.Event, NameA: a.Name, NameB: b.Name}
			byEvent[d.Event] = s
		}
		if inA {
			s.A = append(s.A, d)
		} else {
			s.B = append(s.B, d)
		}
	}
	var pairs []corpus.Split
	var out []leftOut
	for _, e := range slices.Sorted(mapKeys(byEvent)) {
		s := byEvent[e]
		l, err := lacking(e, a.Name, len(s.A), func() (bool, error) { return counted(an, s.A) },
			b.Name, len(s.B), func() (bool, error) { return counted(an, s.B) })
		if err != nil {
			return nil, err
		}
		if l != nil {
			out = append(out, *l)
			continue
		}
		slices.SortFunc(s.A, func(x, y corpus.Document) int { return strings.Compare(x.ID, y.ID) })
		slices.SortFunc(s.B, func(x, y corpus.Document) int { return strings.Compare(x.ID, y.ID) })
		pairs = append(pairs, *s)
	}
	compared := make([]string, len(pairs))
	for i, p := range pairs {
		compared[i] = p.Event
	}
	return pairs, c.chosen(compared, out, len(byEvent) > 0, slices.Collect(mapKeys(events)))
}

// lacking returns what keeps an event from being compared (nil if nothing does): a side
// without documents, or without counted words. The counts are asked for only where
// needed.
func lacking(event, nameA string, docsA int, countedA func() (bool, error), nameB string, docsB int, countedB func() (bool, error)) (*leftOut, error) {
	for _, s := range []struct {
		name string
		docs int
	}{{nameA, docsA}, {nameB, docsB}} {
		if s.docs == 0 {
			return &leftOut{event, s.name, corpus.ErrEmptySide}, nil
		}
	}
	for _, s := range []struct {
		name    string
		counted func() (bool, error)
	}{{nameA, countedA}, {nameB, countedB}} {
		ok, err := s.counted()
		if err != nil {
			return nil, err
		}
		if !ok {
			return &leftOut{event, s.name, framing.ErrEmpty}, nil
		}
	}
	return nil, nil
}

// counted reports whether any of docs has a word that an counts, each document in its own
// language unless an sets one. It stops at the first such word.
func counted(an *framing.Analyzer, docs []corpus.Document) (bool, error) {
	for _, d := range docs {
		x := *an
		if x.Language == "" {
			x.Language = d.Language
		}
		toks, err := x.Tokens(d.Text)
		if err != nil {
			return false, fmt.Errorf("document %q: %w", d.ID, err)
		}
		for _, t := range toks {
			if t.Counted() {
				return true, nil
			}
		}
	}
	return false, nil
}

// Compared returns the events of ec that sides a and b (indexes into ec's sides) can be
// compared in, by the rule above, sorted by name; the left-out ones are listed on stderr.
// With -event, only that event is looked at.
func (c *Common) Compared(ec *framing.EventCounts, a, b int) ([]string, error) {
	names := ec.Sides()
	var compared, events []string
	var out []leftOut
	seen := false
	for _, e := range ec.Events() {
		na, err := ec.DocumentsOf(e, a)
		if err != nil {
			return nil, err
		}
		nb, err := ec.DocumentsOf(e, b)
		if err != nil {
			return nil, err
		}
		if na == 0 && nb == 0 {
			continue
		}
		events = append(events, e)
		if c.Event != "" && e != c.Event {
			continue
		}
		seen = true
		words := func(side int) func() (bool, error) {
			return func() (bool, error) {
				p, err := ec.Profile(e, side)
				if err != nil {
					return false, err
				}
				return p.Total(1) > 0, nil
			}
		}
		l, err := lacking(e, names[a], na, words(a), names[b], nb, words(b))
		if err != nil {
			return nil, err
		}
		if l != nil {
			out = append(out, *l)
			continue
		}
		compared = append(compared, e)
	}
	slices.Sort(compared)
	return compared, c.chosen(compared, out, seen, events)
}
