package cli

// Near-duplicates and scraped-page residue, looked for on request (-dedupe, -dedupe-list,
// -residue-list) in the corpus a program reads, before it counts a word (see
// [Common.Screen]).

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// The values of -dedupe-within.
const (
	WithinSide   = "side"   // each side's documents apart, and those on neither side apart
	WithinOutlet = "outlet" // each outlet's documents apart
	WithinAll    = "all"    // any two documents
)

// dedupeShown is how many documents the summary lines name.
const dedupeShown = 3

// checkDedupe validates the flags of [FlagDedupe]; given holds the flags given.
func (c *Common) checkDedupe(given map[string]bool) error {
	switch t := c.DedupeThreshold; {
	case math.IsNaN(t) || t <= 0 || t > 1:
		return Usagef("-dedupe-threshold %v: want a Jaccard similarity above 0 and at most 1 (e.g. 0.8)", t)
	}
	if c.DedupeShingle < 1 || c.DedupeShingle > 25 {
		return Usagef("-dedupe-shingle %d: want 1 to 25 words", c.DedupeShingle)
	}
	switch c.DedupeWithin {
	case WithinSide, WithinOutlet, WithinAll:
	default:
		return Usagef("-dedupe-within %q: want side, outlet or all", c.DedupeWithin)
	}
	if c.Screens() {
		return nil
	}
	for _, n := range []string{"dedupe-threshold", "dedupe-shingle", "dedupe-within"} {
		if given[n] {
			return Usagef("-%s sets how near-duplicates are looked for, which only -dedupe (drop them), -dedupe-list or -residue-list (list them) ask for: give one of those too", n)
		}
	}
	return nil
}

// Screens reports whether near-duplicates and residue are to be looked for: -dedupe,
// -dedupe-list or -residue-list was given. Without them [Common.Screen] does nothing, and
// a program reads its documents as it would without the screen (streaming them where it
// can).
func (c *Common) Screens() bool {
	return c.Dedupe || c.DedupeList != "" || c.ResidueList != ""
}

// ScreenCorpus is [Common.Screen] over the documents of corp: it returns corp if nothing
// is dropped, else a corpus of the documents kept, in corp's order.
func (c *Common) ScreenCorpus(corp *corpus.Corpus, sides []corpus.Side) (*corpus.Corpus, error) {
	docs := corp.Documents()
	kept, err := c.Screen(docs, sides)
	if err != nil || len(kept) == len(docs) {
		return corp, err
	}
	out := new(corpus.Corpus)
	if err := out.Add(kept...); err != nil {
		return nil, err
	}
	return out, nil
}

// A Screening is what [Common.Screen] found: the near-duplicates and the residue of the
// documents read. It is written into the run's provenance record under "dedupe" and
// "residue".
type Screening struct {
	Dedupe  DedupeRecord           `json:"dedupe"`
	Residue framing.ResidueSummary `json:"residue"`
}

// A DedupeRecord says how near-duplicates were looked for and what was found and dropped.
type DedupeRecord struct {
	Drop      bool                  `json:"drop"`   // -dedupe: the members of every cluster were dropped
	Within    string                `json:"within"` // -dedupe-within
	Options   framing.DedupeOptions `json:"options"`
	Recall    float64               `json:"recall"` // probability of finding a pair at the threshold
	Documents int                   `json:"documents"`
	Pairs     int                   `json:"pairs"` // (kept, member) pairs: the members of every cluster
	Clusters  int                   `json:"clusters"`
	Dropped   int                   `json:"dropped"` // documents dropped (0 without -dedupe)
	// DroppedSHA256 is the SHA-256 of the IDs of the dropped documents, sorted, each
	// followed by a newline ("" if none): a replay that drops the same documents has it.
	DroppedSHA256 string        `json:"dropped_sha256,omitempty"`
	Groups        []DedupeGroup `json:"groups"`
}

// A DedupeGroup is one group of documents looked at together.
type DedupeGroup struct {
	Name        string `json:"name"` // the side's name, "neither side", or "" for every document
	Documents   int    `json:"documents"`
	Pairs       int    `json:"pairs"`
	Clusters    int    `json:"clusters"`
	Comparisons int    `json:"comparisons"` // pairs compared word for word
}

// A group of documents that near-duplicates are looked for in.
type dedupeGroup struct {
	name string
	docs []corpus.Document
	dups *framing.Duplicates
}

// Screen looks for near-duplicates and scraped-page residue among docs, the documents a
// program has read, before it counts them, and returns the documents to count: docs, in
// their order, without the members of every cluster of near-duplicates if -dedupe is
// given. It runs only when asked ([Common.Screens]: -dedupe, -dedupe-list or
// -residue-list); otherwise it returns docs and says nothing, and the run's provenance has
// no "dedupe" or "residue". sides are the groups compared (the two sides, or -groups); -dedupe-within side
// looks for near-duplicates within each of them, and among the documents on none, apart;
// a document is of the first side that matches it.
//
// Near-duplicates are framing.NearDuplicates's: documents whose sets of -dedupe-shingle
// word shingles have a Jaccard similarity of at least -dedupe-threshold; each cluster
// keeps its earliest document (then the smallest ID). Residue is framing.ResidueOf's; it
// is flagged, never removed. Each is summed up in one line on stderr:
//
//	compare: near-duplicates: 37 pairs in 37 clusters within sides (China Daily 27 in 27, The New York Times 10 in 10; Jaccard ≥ 0.80 over 5-word shingles); use -dedupe to count each once; every pair with its evidence: give -dedupe-list FILE
//	compare: residue: 63 of 3,998 documents flagged with scraped-page residue (documents by kind: markup 63, script 63, navigation 63; by outlet: China Daily 63), counted as they are, not removed: "cd-17", "cd-201", "cd-33", …; every one: give -residue-list FILE
//
// With -dedupe the first line says how many documents were dropped, naming the first
// (by ID); without it (-dedupe-list or -residue-list alone) nothing is dropped.
// -dedupe-list FILE lists every pair with its evidence, -residue-list FILE every flagged
// document. The lines, the lists and the documents returned do not depend on the order of
// docs or on the number of workers.
func (c *Common) Screen(docs []corpus.Document, sides []corpus.Side) ([]corpus.Document, error) {
	if c.flags == nil || c.flags.Lookup("dedupe") == nil || !c.Screens() {
		return docs, nil
	}
	prog, stderr := c.flags.prog.Name, c.flags.stderr
	if stderr == nil {
		stderr = io.Discard
	}
	opts := framing.DedupeOptions{Threshold: c.DedupeThreshold, Shingle: c.DedupeShingle, Workers: c.workers}
	var groups []*dedupeGroup
	switch c.DedupeWithin {
	case WithinSide:
		groups = make([]*dedupeGroup, len(sides)+1)
		for i, s := range sides {
			groups[i] = &dedupeGroup{name: s.Name}
		}
		groups[len(sides)] = &dedupeGroup{name: "neither side"}
		for _, d := range docs {
			i := slices.IndexFunc(sides, func(s corpus.Side) bool { return s.Match(d) })
			if i < 0 {
				i = len(sides)
			}
			groups[i].docs = append(groups[i].docs, d)
		}
	case WithinOutlet:
		opts.Within = "outlet"
		groups = []*dedupeGroup{{docs: docs}}
	default:
		groups = []*dedupeGroup{{docs: docs}}
	}
	st := c.Stage("looking for near-duplicates and residue in %d documents", len(docs))
	rec := DedupeRecord{Drop: c.Dedupe, Within: c.DedupeWithin, Documents: len(docs)}
	drop := map[string]bool{}
	for _, g := range groups {
		d, err := framing.NearDuplicates(g.docs, &opts)
		if err != nil {
			st.Done()
			if errors.Is(err, framing.ErrOption) {
				return nil, Usagef("%v", err)
			}
			return nil, fmt.Errorf("near-duplicates: %w", err)
		}
		g.dups = d
		rec.Options, rec.Recall = d.Options, d.Recall
		if len(g.docs) == 0 && g.name == "neither side" {
			continue
		}
		dg := DedupeGroup{Name: g.name, Documents: d.Documents, Clusters: len(d.Clusters), Pairs: d.Dropped, Comparisons: d.Comparisons}
		rec.Groups = append(rec.Groups, dg)
		rec.Pairs += dg.Pairs
		rec.Clusters += dg.Clusters
		if c.Dedupe {
			for _, cl := range d.Clusters {
				for _, m := range cl.Members {
					drop[m.ID] = true
				}
			}
		}
	}
	rec.Options.Workers = 0
	var counter framing.ResidueCounter
	counter.Examples = dedupeShown
	var flagged []residueRow
	byID := slices.Clone(docs)
	slices.SortFunc(byID, func(x, y corpus.Document) int { return strings.Compare(x.ID, y.ID) })
	side := sideOf(sides)
	for _, d := range byID {
		r := counter.Add(d)
		for _, h := range r.Hits {
			flagged = append(flagged, newResidueRow(d, side(d), h))
		}
	}
	st.Done()

	kept := docs
	var dropped []string
	if c.Dedupe {
		kept = make([]corpus.Document, 0, len(docs)-len(drop))
		for _, d := range docs {
			if drop[d.ID] {
				dropped = append(dropped, d.ID)
				continue
			}
			kept = append(kept, d)
		}
		slices.Sort(dropped)
		rec.Dropped = len(dropped)
		if len(dropped) > 0 {
			h := sha256.New()
			for _, id := range dropped {
				io.WriteString(h, id+"\n")
			}
			rec.DroppedSHA256 = hex.EncodeToString(h.Sum(nil))
		}
	}
	c.screen = &Screening{Dedupe: rec, Residue: counter.Summary()}

	fmt.Fprintf(stderr, "%s: %s\n", prog, dedupeLine(&rec, dropped, c.DedupeList != ""))
	fmt.Fprintf(stderr, "%s: %s\n", prog, residueLine(&c.screen.Residue, c.ResidueList != ""))
	if c.DedupeList != "" {
		rows := dedupeRows(groups, c.Dedupe)
		if err := WriteFile(stderr, c.DedupeList, func(w io.Writer) error { return WriteRows(w, rows) }); err != nil {
			return nil, err
		}
	}
	if c.ResidueList != "" {
		if err := WriteFile(stderr, c.ResidueList, func(w io.Writer) error { return WriteRows(w, flagged) }); err != nil {
			return nil, err
		}
	}
	return kept, nil
}

// dedupeLine is the summary line of the near-duplicates.
func dedupeLine(rec *DedupeRecord, dropped []string, listed bool) string {
	var b strings.Builder
	where := map[string]string{WithinSide: "within sides", WithinOutlet: "within outlets", WithinAll: "among all documents"}[rec.Within]
	how := fmt.Sprintf("Jaccard ≥ %.2f over %d-word shingles", rec.Options.Threshold, rec.Options.Shingle)
	if rec.Pairs == 0 {
		fmt.Fprintf(&b, "near-duplicates: none %s (%s) in %s documents", where, how, thousands(rec.Documents))
		return b.String()
	}
	fmt.Fprintf(&b, "near-duplicates: %s pairs in %s clusters %s (", thousands(rec.Pairs), thousands(rec.Clusters), where)
	if rec.Within == WithinSide {
		var parts []string
		for _, g := range rec.Groups {
			parts = append(parts, fmt.Sprintf("%s %s in %s", Escape(g.Name), thousands(g.Pairs), thousands(g.Clusters)))
		}
		fmt.Fprintf(&b, "%s; ", strings.Join(parts, ", "))
	}
	fmt.Fprintf(&b, "%s)", how)
	if !rec.Drop {
		b.WriteString("; use -dedupe to count each once")
	} else {
		shown := dropped[:min(len(dropped), dedupeShown)]
		more := ""
		if len(dropped) > len(shown) {
			more = ", …"
		}
		fmt.Fprintf(&b, "; -dedupe dropped %s of %s documents (%s%s), keeping each cluster's earliest",
			thousands(len(dropped)), thousands(rec.Documents), Escape(quoteAll(shown)), more)
		if rec.Within == WithinSide {
			// The lines on who is on each side were written as the corpus was read.
			var left []string
			for _, g := range rec.Groups {
				if g.Name != "neither side" {
					left = append(left, fmt.Sprintf("%s %s of %s", Escape(g.Name), thousands(g.Documents-g.Pairs), thousands(g.Documents)))
				}
			}
			fmt.Fprintf(&b, "; the sides now hold %s documents", strings.Join(left, ", "))
		}
	}
	if !listed {
		b.WriteString("; every pair with its evidence: give -dedupe-list FILE")
	}
	return b.String()
}

// residueLine is the summary line of the residue.
func residueLine(s *framing.ResidueSummary, listed bool) string {
	if s.Flagged == 0 {
		return fmt.Sprintf("residue: no scraped-page residue (markup, script, style, ...) in %s documents", thousands(s.Documents))
	}
	var kinds, examples []string
	for _, k := range s.Kinds {
		kinds = append(kinds, fmt.Sprintf("%s %s", k.Kind, thousands(k.Documents)))
		for _, id := range k.Examples {
			if !slices.Contains(examples, id) {
				examples = append(examples, id)
			}
		}
	}
	slices.Sort(examples)
	examples = examples[:min(len(examples), dedupeShown)]
	outlets := slices.Collect(mapKeys(s.Outlets))
	slices.SortFunc(outlets, func(x, y string) int { return cmp.Or(cmp.Compare(s.Outlets[y], s.Outlets[x]), strings.Compare(x, y)) })
	var outs []string
	for _, o := range outlets[:min(len(outlets), outletsShown)] {
		outs = append(outs, fmt.Sprintf("%s %s", Escape(o), thousands(s.Outlets[o])))
	}
	if len(outlets) > outletsShown {
		outs = append(outs, fmt.Sprintf("and %d more", len(outlets)-outletsShown))
	}
	line := fmt.Sprintf("residue: %s of %s documents flagged with scraped-page residue (documents by kind: %s; by outlet: %s), counted as they are, not removed: %s, …",
		thousands(s.Flagged), thousands(s.Documents), strings.Join(kinds, ", "), strings.Join(outs, ", "), Escape(quoteAll(examples)))
	if s.Flagged <= len(examples) {
		line = strings.TrimSuffix(line, ", …")
	}
	if !listed {
		line += "; every one: give -residue-list FILE"
	}
	return line
}

// thousands formats n with commas: 4,006.
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// sideOf returns a function naming the side of a document for the residue list: the first
// of sides that matches it, or "neither side".
func sideOf(sides []corpus.Side) func(corpus.Document) string {
	return func(d corpus.Document) string {
		for _, s := range sides {
			if s.Match(d) {
				return s.Name
			}
		}
		return "neither side"
	}
}

// dedupeRow is one line of the -dedupe-list table: a document and the cluster's kept
// document it is a near-duplicate of, with the evidence.
type dedupeRow struct {
	Group       string `json:"group"`   // the side, "neither side", or "" (-dedupe-within outlet, all)
	Cluster     int    `json:"cluster"` // numbered from 1, in the order of the list
	ClusterSize int    `json:"cluster_size"`
	KeptID      string `json:"kept_id"`
	KeptOutlet  string `json:"kept_outlet"`
	KeptDate    string `json:"kept_published"` // RFC 3339, empty if none
	ID          string `json:"id"`
	Outlet      string `json:"outlet"`
	Date        string `json:"published"`
	// Jaccard is the exact similarity of the shingle sets, Shared of Union shingles;
	// Estimate is MinHash's, which proposed the pair.
	Jaccard  float64 `json:"jaccard"`
	Shared   int     `json:"shared_shingles"`
	Union    int     `json:"union_shingles"`
	Estimate float64 `json:"minhash_estimate"`
	// LinesShared of the kept document's LinesKept non-blank lines are lines of this one
	// (which has LinesMember).
	LinesShared int `json:"lines_shared"`
	LinesKept   int `json:"lines_kept"`
	LinesMember int `json:"lines_member"`
	// DiffKept and DiffMember are the byte offsets where the words first part (-1: the same
	// words throughout).
	DiffKept   int  `json:"diff_kept"`
	DiffMember int  `json:"diff_member"`
	Dropped    bool `json:"dropped"` // -dedupe dropped this document
}

func dedupeRows(groups []*dedupeGroup, drop bool) []dedupeRow {
	rows := []dedupeRow{}
	n := 0
	for _, g := range groups {
		if g.dups == nil {
			continue
		}
		for _, cl := range g.dups.Clusters {
			n++
			for _, m := range cl.Members {
				ov := m.Overlap
				rows = append(rows, dedupeRow{Group: g.name, Cluster: n, ClusterSize: cl.Size(),
					KeptID: cl.Kept.ID, KeptOutlet: cl.Kept.Outlet, KeptDate: date(cl.Kept.Published),
					ID: m.ID, Outlet: m.Outlet, Date: date(m.Published),
					Jaccard: ov.Jaccard, Shared: ov.Shared, Union: ov.Union, Estimate: m.Estimate,
					LinesShared: ov.Lines, LinesKept: ov.LinesA, LinesMember: ov.LinesB, DiffKept: ov.DiffA, DiffMember: ov.DiffB,
					Dropped: drop})
			}
		}
	}
	return rows
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// residueRow is one line of the -residue-list table: one kind of residue in one document.
type residueRow struct {
	ID     string `json:"id"`
	Outlet string `json:"outlet"`
	Side   string `json:"side"`
	Kind   string `json:"kind"`
	Count  int    `json:"count"` // occurrences in the text
	// Line is the line of the text (from 1) of the first occurrence, Start and End its byte
	// offsets in the text, Match its text and LineText that line's, cut to 200 characters.
	Line     int    `json:"line"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Match    string `json:"match"`
	LineText string `json:"line_text"`
	Action   string `json:"action"` // "flagged": counted as it is
}

func newResidueRow(d corpus.Document, side string, h framing.ResidueHit) residueRow {
	text := d.Text
	ls := strings.LastIndexByte(text[:h.Start], '\n') + 1
	le := strings.IndexByte(text[h.Start:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += h.Start
	}
	return residueRow{ID: d.ID, Outlet: d.Outlet, Side: side, Kind: string(h.Kind), Count: h.Count,
		Line: 1 + strings.Count(text[:h.Start], "\n"), Start: h.Start, End: h.End,
		Match: Escape(Clip(text[h.Start:h.End], 200)), LineText: Escape(Clip(text[ls:le], 200)), Action: "flagged"}
}
