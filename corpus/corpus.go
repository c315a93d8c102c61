package corpus

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// A Corpus is a set of documents with unique IDs. Its zero value is an empty corpus ready to
// use.
//
// Every listing is in a fixed order that does not depend on the order documents were added:
// documents by ID, events and outlets by name (byte order). A Corpus is safe for concurrent
// reads; Add must not run concurrently with any other method.
type Corpus struct {
	docs []Document // sorted by ID
}

// Add validates docs and adds them. Either all are added or, on the first invalid document or
// duplicate ID (within docs or against the corpus), none is and the error wraps
// [ErrMissingField] or [ErrDuplicateID]. The corpus keeps its own copies.
func (c *Corpus) Add(docs ...Document) error {
	seen := make(map[string]bool, len(docs))
	for i := range docs {
		d := &docs[i]
		if err := d.Validate(); err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
		if seen[d.ID] {
			return fmt.Errorf("corpus: id %q appears twice: %w", d.ID, ErrDuplicateID)
		}
		if _, ok := c.find(d.ID); ok {
			return fmt.Errorf("corpus: id %q is already in the corpus: %w", d.ID, ErrDuplicateID)
		}
		seen[d.ID] = true
	}
	for _, d := range docs {
		c.docs = append(c.docs, d.clone())
	}
	slices.SortFunc(c.docs, func(a, b Document) int { return strings.Compare(a.ID, b.ID) })
	return nil
}

func (c *Corpus) find(id string) (int, bool) {
	return slices.BinarySearchFunc(c.docs, id, func(d Document, id string) int {
		return strings.Compare(d.ID, id)
	})
}

// Docs returns copies of the documents one at a time, sorted by ID, in the form [Scan]
// returns a file's: for the functions that take a stream of documents. The error is always
// nil.
func (c *Corpus) Docs() iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		for i := range c.docs {
			if !yield(c.docs[i].clone(), nil) {
				return
			}
		}
	}
}

// Len returns the number of documents.
func (c *Corpus) Len() int { return len(c.docs) }

// Document returns the document with the given ID.
func (c *Corpus) Document(id string) (Document, bool) {
	i, ok := c.find(id)
	if !ok {
		return Document{}, false
	}
	return c.docs[i].clone(), true
}

// Documents returns copies of all documents, sorted by ID.
func (c *Corpus) Documents() []Document {
	return c.Select(nil)
}

// Select returns copies of the documents for which keep returns true, sorted by ID. A nil keep
// selects every document. Predicates combine with [All]; [ByEvent], [ByOutlet] and [ByKind]
// build the common ones.
func (c *Corpus) Select(keep func(Document) bool) []Document {
	var out []Document
	for _, d := range c.docs {
		if keep == nil || keep(d) {
			out = append(out, d.clone())
		}
	}
	return out
}

// Events returns the distinct events, sorted.
func (c *Corpus) Events() []string {
	return c.distinct(nil, func(d *Document) string { return d.Event })
}

// Outlets returns the distinct outlets covering event, sorted. An empty event lists the
// outlets of the whole corpus.
func (c *Corpus) Outlets(event string) []string {
	var keep func(*Document) bool
	if event != "" {
		keep = func(d *Document) bool { return d.Event == event }
	}
	return c.distinct(keep, func(d *Document) string { return d.Outlet })
}

func (c *Corpus) distinct(keep func(*Document) bool, field func(*Document) string) []string {
	set := make(map[string]bool)
	for i := range c.docs {
		if keep == nil || keep(&c.docs[i]) {
			set[field(&c.docs[i])] = true
		}
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// ByEvent selects the documents covering event.
func ByEvent(event string) func(Document) bool {
	return func(d Document) bool { return d.Event == event }
}

// ByOutlet selects the documents of outlet (exact match).
func ByOutlet(outlet string) func(Document) bool {
	return func(d Document) bool { return d.Outlet == outlet }
}

// ByKind selects the documents whose outlet kind equals kind, ignoring case.
func ByKind(kind string) func(Document) bool {
	return func(d Document) bool { return strings.EqualFold(d.Kind, kind) }
}

// All selects the documents that every predicate selects.
func All(preds ...func(Document) bool) func(Document) bool {
	return func(d Document) bool {
		for _, p := range preds {
			if !p(d) {
				return false
			}
		}
		return true
	}
}

// A Side names one side of a comparison and says which documents belong to it.
type Side struct {
	Name  string              // shown in reports, e.g. "state" or "Meridian Wire"
	Match func(Document) bool // selects the side's documents
}

// KindSide is the side of all outlets of the given kind, named after it.
func KindSide(kind string) Side { return Side{Name: kind, Match: ByKind(kind)} }

// OutletSide is the side of one outlet, named after it.
func OutletSide(outlet string) Side { return Side{Name: outlet, Match: ByOutlet(outlet)} }

// ParseSide reads a side from a command-line style spec: "kind:K" (the outlets of kind K),
// "outlet:NAME" (one outlet), or a bare kind ("state").
func ParseSide(spec string) (Side, error) {
	key, value, ok := strings.Cut(spec, ":")
	switch {
	case !ok && spec != "":
		return KindSide(spec), nil
	case key == "kind" && value != "":
		return KindSide(value), nil
	case key == "outlet" && value != "":
		return OutletSide(value), nil
	}
	return Side{}, fmt.Errorf("corpus: side %q: want kind:K or outlet:NAME", spec)
}

// A Split is one event's documents divided into two sides.
type Split struct {
	Event string     `json:"event"`  // the event split
	NameA string     `json:"side_a"` // the name of side A
	NameB string     `json:"side_b"` // the name of side B
	A     []Document `json:"-"`      // sorted by ID
	B     []Document `json:"-"`      // sorted by ID
}

// Split divides the documents of event into sides a and b. Documents matching neither side
// are left out. It returns an error wrapping [ErrNoEvent] if no document covers event,
// [ErrEmptySide] if a side matches none of them, and [ErrOverlap] if a document matches both.
func (c *Corpus) Split(event string, a, b Side) (Split, error) {
	if a.Match == nil || b.Match == nil {
		return Split{}, fmt.Errorf("corpus: split %q: side with nil Match: %w", event, ErrEmptySide)
	}
	docs := c.Select(ByEvent(event))
	if len(docs) == 0 {
		return Split{}, fmt.Errorf("corpus: event %q: %w", event, ErrNoEvent)
	}
	s := Split{Event: event, NameA: a.Name, NameB: b.Name}
	for _, d := range docs {
		inA, inB := a.Match(d), b.Match(d)
		switch {
		case inA && inB:
			return Split{}, fmt.Errorf("corpus: event %q: document %q: %w", event, d.ID, ErrOverlap)
		case inA:
			s.A = append(s.A, d)
		case inB:
			s.B = append(s.B, d)
		}
	}
	if len(s.A) == 0 {
		return Split{}, fmt.Errorf("corpus: event %q: side %q: %w", event, a.Name, ErrEmptySide)
	}
	if len(s.B) == 0 {
		return Split{}, fmt.Errorf("corpus: event %q: side %q: %w", event, b.Name, ErrEmptySide)
	}
	return s, nil
}
