package framing

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/internal/scan"
)

// CollocateOptions tunes [Analyzer.ContrastReferents]. The zero value is the documented
// default.
type CollocateOptions struct {
	// Window is the counted words on each side of a mention that are its collocates, in
	// its sentence (default 5, at most 1000). A name counted as one collocate takes one
	// place, and an honorific before a name ("Mr." in "Mr. Marek") none.
	Window int `json:"window,omitempty"`
	// Top is the collocates listed for each side (default 15).
	Top int `json:"top,omitempty"`
	// Width is the runes of context in evidence lines (default 40).
	Width int `json:"width,omitempty"`
	// Names lists further names, as written ("White House", "Ana Ruiz"), to count as one
	// collocate each where one stands near a mention written as a name (each word
	// capitalized, or as listed), as the referents' own names are (see
	// [Analyzer.ContrastReferents]: "foreign policy" stays two words with "Foreign Policy"
	// listed); a name of one word is a word already, and is left as it is.
	Names []string `json:"names,omitempty"`
	// Referents are further referents, with their mentions as [Analyzer.LabelsEach] found
	// them in the same documents, whose mentions by name count as one collocate each, the
	// referent, whatever variant of its name is written (see [Analyzer.ContrastMentions]);
	// the referents whose collocates are gathered always are. Only their mentions are read.
	Referents []ReferentLabels `json:"-"`
	// Keyness scores the collocates between the sides; nil means the log-odds (see
	// [Keyness]).
	Keyness *KeynessOptions `json:"keyness,omitempty"`
	// Progress, if set, is called after each document with the documents done and the
	// number to do.
	Progress func(done, total int) `json:"-"`
}

// A ReferentContrast is what each side says around one referent: the collocates of its
// mentions by name that distinguish the sides.
type ReferentContrast struct {
	Referent string `json:"referent"`
	// CountA and CountB are the mentions by name on each side whose collocates are
	// gathered: those of [ReferentLabels.MentionsA] and MentionsB, the same count.
	CountA int `json:"count_a"`
	CountB int `json:"count_b"`
	// Window is the collocate window, in counted words (a name one, an honorific before
	// a name none: see [CollocateOptions.Window]).
	Window int `json:"window"`
	// Keyness scores every collocate between the sides' collocate profiles.
	Keyness []KeyTerm `json:"-"`
	TopA    []KeyTerm `json:"top_a"` // collocates leaning to A, strongest first
	TopB    []KeyTerm `json:"top_b"` // collocates leaning to B, strongest first
	// Lines are the keyword-in-context lines of the collocates listed, by term: those of
	// TopA on side A, those of TopB on side B, by document ID and offset. An occurrence
	// near two mentions is listed once.
	Lines map[string][]Line `json:"lines"`
}

// ContrastReferents answers "what does each side say around each referent?" for names
// found as units: the collocates of a referent are the counted words (terms, as the
// analyzer counts them, in the voices it counts) within Window counted words of a
// mention by name, in the mention's sentence, the mention's own words left out. A name
// is one collocate, not its words: the referents' names and [CollocateOptions.Names] of
// two words or more are counted as phrases ([Analyzer.Phrases]: "Hong Kong" near a
// mention of the United States is the collocate "Hong Kong", its words are not counted
// alone there) where they are written as names, each word capitalized ("Hong Kong",
// "HONG KONG") or as the name is written ("Bank of England"); written otherwise
// ("foreign policy", "Foreign policy" for the name "Foreign Policy") their words count
// as they would with no such name listed (a shorter name among them written as one is
// still one collocate: "Port Elara" in "Port Elara authority" with "Port Elara
// Authority" listed too), and the analyzer's own Phrases are matched as always,
// ignoring case. An honorific before a capitalized word ("Mr.", "Ms", "Dr.",
// "Messrs.") is part of the name that follows, neither a collocate nor a word of the
// window, and no form of the referent near one of its mentions is a collocate of it: not
// its name written in any case ("port elara" near a mention of Port Elara), nor the
// words of a mention. Another referent named near a mention is one collocate, that
// referent, whichever variant of its name is written (see [Analyzer.ContrastMentions]). The mentions are exactly those [Analyzer.LabelsEach] finds for the same referents
// ([ReferentLabels.Mentions]: "Xi", "President Xi" and "Xi Jinping" for "Xi Jinping";
// "Hong Kong" is one mention, not two; "US" for "United States"; "Americans" and "the
// Chinese" for a country), so CountA and CountB equal its MentionsA and MentionsB. Each
// side's collocates make a profile (Totals[0] is the number of collocate occurrences),
// and [Keyness] scores them.
//
// It is LabelsEach followed by [Analyzer.ContrastMentions]: a program that lists the
// labels too calls the two itself and reads the documents once less. It reads the
// documents three times, in time linear in their size, and the result does not depend
// on their order. A referent with no collocates on a side has no rows (Keyness, TopA
// and TopB are empty), only its counts.
func (an *Analyzer) ContrastReferents(a, b []corpus.Document, referents []string, opts *CollocateOptions) ([]ReferentContrast, error) {
	if err := checkCollocateOptions(opts); err != nil {
		return nil, err
	}
	var o CollocateOptions
	if opts != nil {
		o = *opts
	}
	n := len(a) + len(b)
	lo := ReferentOptions{Lines: 1, Width: 1}
	if o.Progress != nil {
		lo.Progress = func(done, total int) { o.Progress(done, total+n) }
		p := o.Progress
		o.Progress = func(done, total int) { p(2*n+done, 3*n) }
	}
	rls, err := an.LabelsEach(a, b, referents, &lo)
	if err != nil {
		return nil, err
	}
	return an.ContrastMentions(a, b, rls, &o)
}

func checkCollocateOptions(opts *CollocateOptions) error {
	if opts != nil && (opts.Window < 0 || opts.Top < 0 || opts.Width < 0 || opts.Window > 1000) {
		return errorf(ErrOption, "CollocateOptions: Window %d (0 to 1000), Top %d and Width %d must be non-negative", opts.Window, opts.Top, opts.Width)
	}
	return nil
}

// ContrastMentions is [Analyzer.ContrastReferents] for referents whose mentions
// [Analyzer.LabelsEach] has found in the same documents a and b: it gathers the
// collocates of each ReferentLabels' Mentions (the first MentionsA on side A, the rest
// on side B) in one pass over the documents. A mention that does not fit its document
// (no document of the side has its ID, or its offsets and text do not match) is an
// error wrapping [ErrMismatch].
//
// The referents of labels and of [CollocateOptions.Referents] are collocates of one
// another as referents, not as the words written: a mention by name of one of them
// near a mention of another, or a form of its name ([ReferentLabels.Names]) written
// where no mention was counted ("U.S." in "U.S. Ambassador Ruth Kell"), is one
// occurrence of the collocate whose term is the one the analyzer gives the referent's
// name written in full ("united_states", the name being a phrase; "china") and whose
// form is that name: "US", "U.S." and "United States" near China count together, where
// an outlet's spelling would otherwise split them into collocates leaning to opposite
// sides. Its forms, and so its KeyTerm's Word, WordA and WordB, are the referent's name,
// whatever was written; its evidence lines show each variant as written. A referent
// whose name the
// analyzer does not count as one term (a stop word) is left to its words, and the plural
// of a referent's adjective of nationality ("the Chinese", a mention of China for
// LabelsEach) stays a word: the people, not the state.
func (an *Analyzer) ContrastMentions(a, b []corpus.Document, labels []ReferentLabels, opts *CollocateOptions) ([]ReferentContrast, error) {
	if err := checkCollocateOptions(opts); err != nil {
		return nil, err
	}
	var o CollocateOptions
	if opts != nil {
		o = *opts
	}
	o.Window, o.Top, o.Width = cmp.Or(o.Window, 5), cmp.Or(o.Top, 15), cmp.Or(o.Width, 40)
	// The analyzer of the collocates: names are phrases, counted as one collocate where
	// they are written as names (see Analyzer.names); elsewhere their words count as the
	// analyzer counts them.
	can := *an
	can.Phrases = slices.Clone(an.Phrases)
	known := map[string]bool{}
	for _, p := range an.Phrases {
		known[strings.ToLower(p)] = true
	}
	for _, name := range slices.Concat(referentNames(labels), o.Names, referentNames(o.Referents)) {
		name = strings.TrimSpace(name)
		if k := strings.ToLower(name); !known[k] && phraseWords(name) >= 2 {
			known[k] = true
			can.Phrases = append(can.Phrases, name)
			can.names++
		}
	}
	an = &can
	c := collocateCounter{an: an, window: o.Window, da: docAnalyzer{an: an}, progress: o.Progress, total: len(a) + len(b),
		own: ownWords(referentNames(labels))}
	groups := collocateGroups(labels, o.Referents)
	var occ [2][]*occurrences
	var at [2][][]collocateAt
	for side, docs := range [][]corpus.Document{a, b} {
		occ[side] = make([]*occurrences, len(labels))
		at[side] = make([][]collocateAt, len(labels))
		for i := range labels {
			occ[side][i] = newOccurrences()
		}
		c.mentions[side] = make([]int, len(labels))
		// The mentions of each document, by ID.
		spans := map[string][]mentionSpan{}
		for i, rl := range labels {
			if rl.MentionsA < 0 || rl.MentionsA > len(rl.Mentions) {
				return nil, errorf(ErrMismatch, "ContrastMentions: %q: MentionsA %d of %d mentions", rl.Referent, rl.MentionsA, len(rl.Mentions))
			}
			ms := rl.Mentions[:rl.MentionsA]
			if side == 1 {
				ms = rl.Mentions[rl.MentionsA:]
			}
			for _, l := range ms {
				spans[l.DocID] = append(spans[l.DocID], mentionSpan{ref: i, start: l.Start, end: l.End, text: l.Match})
			}
		}
		// The mentions by name of every referent of groups, by document ID, and the
		// collocate each is on this side.
		if err := c.nameGroups(an, docs, side, groups); err != nil {
			return nil, err
		}
		seen := map[string]bool{}
		for di := range docs {
			id := docs[di].ID
			ms, named := spans[id], c.namedIn[id]
			if seen[id] {
				ms, named = nil, nil // a repeated ID: its mentions are the first document's
			}
			seen[id] = true
			slices.SortFunc(ms, func(x, y mentionSpan) int { return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.ref, y.ref)) })
			c.named = named
			if err := c.add(&docs[di], di, side, ms, occ[side], at[side]); err != nil {
				return nil, err
			}
			delete(spans, id)
			delete(c.namedIn, id)
		}
		if len(c.namedIn) > 0 { // CollocateOptions.Referents' mentions of documents not given
			missing := slices.Sorted(maps.Keys(c.namedIn))
			return nil, errorf(ErrMismatch, "ContrastMentions: side %c has no document %q", 'A'+side, missing[0])
		}
		if len(spans) > 0 {
			missing := slices.Sorted(maps.Keys(spans))
			return nil, errorf(ErrMismatch, "ContrastMentions: side %c has no document %q", 'A'+side, missing[0])
		}
	}
	out := make([]ReferentContrast, len(labels))
	for i := range labels {
		rc := ReferentContrast{Referent: labels[i].Referent, CountA: c.mentions[0][i], CountB: c.mentions[1][i],
			Window: o.Window, TopA: []KeyTerm{}, TopB: []KeyTerm{}, Lines: map[string][]Line{}}
		var profiles [2]*Profile
		for side, docs := range [][]corpus.Document{a, b} {
			settings, err := an.settingsFor(docs)
			if err != nil {
				return nil, err
			}
			profiles[side] = occ[side][i].profile(settings, len(docs))
		}
		if profiles[0].Total(1) > 0 && profiles[1].Total(1) > 0 {
			rows, err := Keyness(profiles[0], profiles[1], o.Keyness)
			if err != nil {
				return nil, err
			}
			rc.Keyness, rc.TopA, rc.TopB = rows, TopKeyTerms(rows, o.Top, LeanA), TopKeyTerms(rows, o.Top, LeanB)
		}
		for side, top := range [][]KeyTerm{rc.TopA, rc.TopB} {
			docs := [][]corpus.Document{a, b}[side]
			want := map[string]bool{}
			for _, r := range top {
				want[r.Term] = true
			}
			list := slices.Clone(at[side][i])
			slices.SortFunc(list, func(x, y collocateAt) int {
				return cmp.Or(strings.Compare(docs[x.doc].ID, docs[y.doc].ID), cmp.Compare(x.start, y.start))
			})
			list = slices.CompactFunc(list, func(x, y collocateAt) bool { return x.doc == y.doc && x.start == y.start })
			for _, x := range list {
				if want[x.term] {
					d := &docs[x.doc]
					rc.Lines[x.term] = append(rc.Lines[x.term], lineAt(d, x.start, x.end, o.Width, x.voice, ""))
				}
			}
		}
		out[i] = rc
	}
	return out, nil
}

// referentNames returns the names of the referents.
func referentNames(labels []ReferentLabels) []string {
	out := make([]string, len(labels))
	for i, rl := range labels {
		out[i] = rl.Referent
	}
	return out
}

// ownWords returns the words of each name of two words or more, in lower case (nil for
// a name of one word), for [collocateCounter.ownForms].
func ownWords(names []string) [][]string {
	out := make([][]string, len(names))
	for i, name := range names {
		if words := surfaceWords(name); len(words) >= 2 {
			for k := range words {
				words[k] = strings.ToLower(words[k])
			}
			out[i] = words
		}
	}
	return out
}

// A mentionSpan is one mention of a referent in a document.
type mentionSpan struct {
	ref        int
	start, end int
	text       string
}

// A collocateAt is one occurrence of a collocate near a mention.
type collocateAt struct {
	doc        int
	start, end int
	term       string
	voice      Voice
}

// collocateCounter gathers the collocates of referents' mentions, a document at a time.
type collocateCounter struct {
	an       *Analyzer
	window   int
	da       docAnalyzer
	own      [][]string // the words of each referent's name of two words or more, in lower case
	forms    []mentionSpan
	kept     []Token
	mentions [2][]int
	progress func(done, total int)
	done     int
	total    int
	work     int // steps taken, for the tests of linear work
	// namedIn holds each document's mentions by name of the referents of collocateGroups
	// (ref: the group), by ID and start, on the side read; named those of the document
	// read, and namedLong the longest, in bytes. groupTerm is each group's collocate on
	// the side read ("" for none).
	namedIn   map[string][]mentionSpan
	named     []mentionSpan
	namedLong int
	groupTerm []string
	groupName []string
	groupForm map[string]int // the forms of the groups' names as written, to their group
}

// collocateGroups returns the referents whose mentions by name are one collocate each
// (see [Analyzer.ContrastMentions]): those of labels, in their order, then those of extra
// whose names none before has (in any case).
func collocateGroups(labels, extra []ReferentLabels) []ReferentLabels {
	out := slices.Clone(labels)
	seen := map[string]bool{}
	for _, rl := range labels {
		seen[strings.ToLower(rl.Referent)] = true
	}
	for _, rl := range extra {
		if k := strings.ToLower(rl.Referent); !seen[k] {
			seen[k] = true
			out = append(out, rl)
		}
	}
	return out
}

// nameGroups sets the collocate of each referent of groups on side (of docs) and the
// documents' mentions of them by name: the term an gives the referent's name written in
// full, if it is one counted term ("united_states", a name of two words being a phrase;
// "china"), with the name as its form; a referent whose name is no one term is left out.
// A mention by the plural of the referent's adjective of nationality ("Americans", "the
// Chinese") is a different word, not its name, and is left out too.
func (c *collocateCounter) nameGroups(an *Analyzer, docs []corpus.Document, side int, groups []ReferentLabels) error {
	c.namedIn, c.namedLong = map[string][]mentionSpan{}, 0
	c.groupTerm, c.groupName, c.groupForm = make([]string, len(groups)), make([]string, len(groups)), map[string]int{}
	settings, err := an.settingsFor(docs)
	if err != nil {
		return err
	}
	for g, rl := range groups {
		toks, err := settings.Tokens(rl.Referent)
		if err != nil {
			return err
		}
		var terms []string
		for _, t := range toks {
			if t.Counted() {
				terms = append(terms, t.Term)
			}
		}
		if len(terms) != 1 || rl.MentionsA < 0 || rl.MentionsA > len(rl.Mentions) {
			continue
		}
		c.groupTerm[g], c.groupName[g] = terms[0], rl.Referent
		ms := rl.Mentions[:rl.MentionsA]
		if side == 1 {
			ms = rl.Mentions[rl.MentionsA:]
		}
		demonyms := demonymsOf(strings.Fields(rl.Referent))
		for _, f := range rl.Names {
			if _, ok := c.groupForm[f.Name]; !ok && !demonymMention(f.Name, demonyms) {
				c.groupForm[f.Name] = g
			}
		}
		for _, l := range ms {
			if demonymMention(l.Match, demonyms) {
				continue
			}
			c.namedIn[l.DocID] = append(c.namedIn[l.DocID], mentionSpan{ref: g, start: l.Start, end: l.End, text: l.Match})
			c.namedLong = max(c.namedLong, l.End-l.Start)
		}
	}
	for _, ms := range c.namedIn {
		slices.SortFunc(ms, func(x, y mentionSpan) int { return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.ref, y.ref)) })
	}
	return nil
}

// demonymMention reports whether a mention is the plural of an adjective of nationality
// of demonyms ("Americans", "the Chinese"), "the" before it or not.
func demonymMention(match string, demonyms [][]string) bool {
	text := strings.TrimSpace(match)
	if len(text) > 4 && strings.EqualFold(text[:4], "the ") {
		text = strings.TrimSpace(text[4:])
	}
	for _, d := range demonyms {
		adj := strings.Join(d, " ")
		if strings.EqualFold(text, adj) || strings.EqualFold(text, adj+"s") {
			return true
		}
	}
	return false
}

// namedAt returns the mention by name among c.named that text[start:end] overlaps, if any:
// the one that starts last, and of those the first referent's (as groupForm gives a form
// to the first referent that has it).
func (c *collocateCounter) namedAt(start, end int) (mentionSpan, bool) {
	i, _ := slices.BinarySearchFunc(c.named, end, func(m mentionSpan, end int) int { return cmp.Compare(m.start, end) })
	found, ok := mentionSpan{}, false
	for i--; i >= 0 && c.named[i].start+c.namedLong > start; i-- {
		if c.named[i].end > start {
			if ok && c.named[i].start != found.start {
				break
			}
			found, ok = c.named[i], true // mentions at one place: the first referent's, as in groupForm
		}
	}
	return found, ok
}

// add gathers the collocates of the mentions ms of document d (by offset).
func (c *collocateCounter) add(d *corpus.Document, di, side int, ms []mentionSpan, occ []*occurrences, at [][]collocateAt) error {
	defer func() {
		c.done++
		if c.progress != nil {
			c.progress(c.done, c.total)
		}
	}()
	for _, m := range c.named { // CollocateOptions.Referents' mentions, checked even where unused
		if m.start < 0 || m.end > len(d.Text) || m.start > m.end || d.Text[m.start:m.end] != m.text {
			return errorf(ErrMismatch, "ContrastMentions: document %q has no mention %q at %d", d.ID, m.text, m.start)
		}
	}
	if len(ms) == 0 {
		return nil
	}
	longest := 0 // the longest mention, in bytes
	for _, m := range ms {
		if m.start < 0 || m.end > len(d.Text) || m.start > m.end || d.Text[m.start:m.end] != m.text {
			return errorf(ErrMismatch, "ContrastMentions: document %q has no mention %q at %d", d.ID, m.text, m.start)
		}
		longest = max(longest, m.end-m.start)
	}
	toks, _, err := c.da.tokens(d)
	if err != nil {
		return err
	}
	forms, formLen := c.ownForms(d.Text, ms)
	// The analyzer's tokens, counted or in a dropped voice (the mention decides whether
	// it counts, as LabelsEach found it; its neighbors count only if counted).
	c.kept = c.kept[:0]
	for _, t := range toks {
		if t.Counted() || t.Dropped == "voice" {
			c.kept = append(c.kept, t)
		}
	}
	k := 0 // the first kept token at or after the mention
	for _, m := range ms {
		c.work++
		c.mentions[side][m.ref]++
		// The kept tokens that overlap the mention are its own: a phrase may start before
		// it or end past it ("the United States" listed as a phrase, "Hong Kong police").
		for k > 0 && c.kept[k-1].End > m.start { // mentions may overlap ("the Chinese")
			k--
		}
		for k < len(c.kept) && c.kept[k].End <= m.start {
			c.work++
			k++
		}
		e := k // past the mention's kept tokens
		for e < len(c.kept) && c.kept[e].Start < m.end {
			c.work++
			e++
		}
		if e == k {
			continue // no word of it is kept (a stop word): no window
		}
		sentence := c.kept[k].Sentence
		own := c.kept[k:e]
		lastNamed := -1 // the start of the mention by name last counted as its referent
		// window counted words on each side, in the sentence; the name's own words (in
		// another mention: "Xi ... Xi Jinping") are no collocates; an honorific before a
		// name is part of it, neither a collocate nor a word of the window.
		near := func(j int) {
			t := c.kept[j]
			if slices.ContainsFunc(own, func(o Token) bool { return o.Term == t.Term }) || inMention(ms, longest, m.ref, t.Start, t.End) ||
				inForm(forms, formLen, m.ref, t.Start, t.End) {
				return
			}
			nm, ok := c.namedAt(t.Start, t.End)
			if !ok { // a form of a name where LabelsEach counts no mention ("U.S. officials")
				if g, found := c.groupForm[d.Text[t.Start:t.End]]; found {
					nm, ok = mentionSpan{ref: g, start: t.Start, end: t.End}, true
				}
			}
			if ok && nm.ref == m.ref {
				return // its own name, written where LabelsEach counts no mention
			}
			if ok && c.groupTerm[nm.ref] != "" {
				// Another referent named: the referent, whatever variant is written
				// ("US" and "United States" are one collocate), once for the mention.
				if nm.start != lastNamed {
					lastNamed = nm.start
					occ[m.ref].add(c.groupTerm[nm.ref], c.groupName[nm.ref], di)
					at[m.ref] = append(at[m.ref], collocateAt{doc: di, start: nm.start, end: nm.end, term: c.groupTerm[nm.ref], voice: t.Voice})
				}
				return
			}
			occ[m.ref].add(t.Term, d.Text[t.Start:t.End], di)
			at[m.ref] = append(at[m.ref], collocateAt{doc: di, start: t.Start, end: t.End, term: t.Term, voice: t.Voice})
		}
		for j, n := k-1, 0; j >= 0 && n < c.window && c.kept[j].Sentence == sentence; j-- {
			c.work++
			if t := c.kept[j]; t.Counted() && !honorificAt(d.Text, t.Start, t.End) {
				near(j)
				n++
			}
		}
		for j, n := e, 0; j < len(c.kept) && n < c.window && c.kept[j].Sentence == sentence; j++ {
			c.work++
			if t := c.kept[j]; t.Counted() && !honorificAt(d.Text, t.Start, t.End) {
				near(j)
				n++
			}
		}
	}
	return nil
}

// ownForms returns the places in text where the name of a referent of ms is written in
// any case ("port elara" for Port Elara), sorted by start, and the longest in bytes:
// there its words are no collocates of it, where LabelsEach finds no mention.
func (c *collocateCounter) ownForms(text string, ms []mentionSpan) ([]mentionSpan, int) {
	c.forms = c.forms[:0]
	var refs []int
	for _, m := range ms {
		if c.own[m.ref] != nil && !slices.Contains(refs, m.ref) {
			refs = append(refs, m.ref)
		}
	}
	if len(refs) == 0 {
		return nil, 0
	}
	var words []scan.Token
	sc := scan.NewScanner(text)
	for t, ok := sc.Next(); ok; t, ok = sc.Next() {
		c.work++
		words = append(words, t)
	}
	longest := 0
	for i := range words {
		for _, ref := range refs {
			name := c.own[ref]
			if i+len(name) > len(words) || !strings.EqualFold(text[words[i].Start:words[i].End], name[0]) {
				continue
			}
			ok := true
			for k := 1; k < len(name) && ok; k++ {
				t, prev := words[i+k], words[i+k-1]
				ok = strings.TrimSpace(text[prev.End:t.Start]) == "" && strings.EqualFold(text[t.Start:t.End], name[k])
			}
			if ok {
				end := words[i+len(name)-1].End
				c.forms = append(c.forms, mentionSpan{ref: ref, start: words[i].Start, end: end})
				longest = max(longest, end-words[i].Start)
			}
		}
	}
	return c.forms, longest
}

// inForm reports whether text[start:end] lies within a place of forms (sorted by start,
// none longer than longest bytes) where referent ref's name is written: "elara" in "port
// elara", but not "Hong Kong University" near Hong Kong.
func inForm(forms []mentionSpan, longest, ref, start, end int) bool {
	i, _ := slices.BinarySearchFunc(forms, start+1, func(f mentionSpan, s int) int { return cmp.Compare(f.start, s) })
	for i--; i >= 0 && forms[i].start+longest >= end; i-- {
		if forms[i].ref == ref && forms[i].end >= end {
			return true
		}
	}
	return false
}

// inMention reports whether text[start:end] overlaps a mention of referent ref among ms
// (sorted by start, none longer than longest bytes): "Ana Ruiz" near a mention "Ruiz" of
// Ana Ruiz is the referent, no collocate of it.
func inMention(ms []mentionSpan, longest, ref, start, end int) bool {
	i, _ := slices.BinarySearchFunc(ms, end, func(m mentionSpan, end int) int { return cmp.Compare(m.start, end) })
	for i--; i >= 0 && ms[i].start+longest > start; i-- {
		if ms[i].ref == ref && ms[i].end > start {
			return true
		}
	}
	return false
}

// honorificAt reports whether text[start:end] is a capitalized honorific ([honorifics],
// or "Messrs", their plural) before a name, its period and spaces between: part of the
// name ("Mr. Marek", "Mr. de Soto", "Mr. al-Rashid": a name may open with one of
// [nameParticles]), not a word said about it. "miss" before "the" is a word.
func honorificAt(text string, start, end int) bool {
	w := text[start:end]
	if !scan.IsCapitalized(w) || !(honorifics[strings.ToLower(w)] || strings.EqualFold(w, "messrs")) {
		return false
	}
	rest := strings.TrimLeft(strings.TrimPrefix(text[end:], "."), " \t\u00a0")
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
		return true
	}
	n := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	return n > 0 && nameParticles[rest[:n]]
}

// surfaceWords returns the words of text as the scanner cuts them.
func surfaceWords(text string) []string {
	var out []string
	sc := scan.NewScanner(text)
	for t, ok := sc.Next(); ok; t, ok = sc.Next() {
		out = append(out, text[t.Start:t.End])
	}
	return out
}
