package framing

import (
	"slices"
	"sync"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
)

// VoiceReportOptions chooses what [Analyzer.VoiceReport] gathers. The zero value gathers
// everything with the defaults of VoiceStats, QuotedTerms (scare quotes) and Stance.
type VoiceReportOptions struct {
	// NoStats, NoQuoted and NoStance leave out VoiceReport.Stats, .Quoted and .Sources.
	NoStats, NoQuoted, NoStance bool
	// Quoted is the voice whose quoted expressions Quoted lists (as QuotedTerms' v): 0
	// (VoiceNarrative) means VoiceScare.
	Quoted Voice
	// Width is the runes of context in Quoted's evidence lines (0 means 40; negative is an
	// error wrapping ErrOption).
	Width int
	// Stance holds Stance's options (nil: its defaults).
	Stance *StanceOptions
	// Each, if not nil, is called for every document, in order, once all are read, with
	// its index in docs, its spans ([Span], as voices.Quotes finds them, sorted by Start) and its
	// statements ([Statements] of those spans), for a caller that counts something of its
	// own in the same pass. The call owns the slices.
	Each func(doc int, spans []Span, statements []Statement)
	// Profiles asks for profiles of the documents' words, one for each entry, in
	// VoiceReport.Profiles: each is what a [Counter] with the analyzer, its Voices set to
	// the entry's, over the entry's vocabulary, gives after adding every document (the
	// counts, terms and forms of [Analyzer.Profiles]), counted in the report's pass from the
	// tokens it reads, without segmenting the texts again (an analyzer with protected
	// phrases or n-grams reads each text again). All documents must then resolve to the
	// language of the first, and an entry's vocabulary, if it holds terms already, must
	// hold them with the same settings in that language, or it is an error wrapping
	// [ErrMismatch] that names the first document that does not match. One exception to
	// the equality: a document over 128 KiB holding a run of more than 64 KiB with no
	// character that ends a word (a space, a line break, most punctuation, a dash or a
	// quotation mark) is counted a window at a time by Analyzer.Profile, which cuts that
	// run in two, while the report counts it as one word.
	Profiles []VoiceProfile
}

// A VoiceReport is what one pass over a set of documents finds about their voices.
type VoiceReport struct {
	Stats   *VoiceStats    `json:"stats,omitempty"`   // as VoiceStats gives it
	Quoted  []QuotedTerm   `json:"quoted,omitempty"`  // as QuotedTerms gives it
	Sources []SourceStance `json:"sources,omitempty"` // as Stance gives it
	// Profiles are the profiles VoiceReportOptions.Profiles asks for, in its order. They
	// are left out of the report's JSON: a profile holds every term of the documents, with
	// its forms, far more than the rest of the report, and is the input of a comparison,
	// not a finding; marshal one on its own (Profile's JSON) to keep it.
	Profiles []*Profile `json:"-"`
}

// VoiceReport gives what VoiceStats, QuotedTerms and Stance give, each exactly as they
// would, segmenting each document once instead of once for each: the attribution of
// quotations and indirect speech is most of their cost. It counts the profiles
// opts.Profiles asks for in the same pass, from the same tokens. The analyzer's Voices
// setting is ignored: every voice is counted. Up to [Analyzer.Workers] goroutines read runs of the
// documents, merged in order: the result is the same whatever their number. A document
// the analyzer cannot read (too large, an unknown language) is an error naming it.
func (an *Analyzer) VoiceReport(docs []corpus.Document, opts *VoiceReportOptions) (*VoiceReport, error) {
	var o VoiceReportOptions
	if opts != nil {
		o = *opts
	}
	if o.Quoted == VoiceNarrative {
		o.Quoted = VoiceScare
	}
	if int(o.Quoted) >= voices.NumVoices || o.Quoted == VoiceReported {
		return nil, errorf(ErrOption, "voice %v has no quotation marks: want quote, scare or title", o.Quoted)
	}
	if o.Width < 0 {
		return nil, errorf(ErrOption, "VoiceReportOptions: Width %d (want runes of context >= 0, 0 for 40)", o.Width)
	}
	if s := o.Stance; s != nil && (s.Window < 0 || s.RebuttalWindow < 0 || s.Width < 0) {
		return nil, errorf(ErrOption, "StanceOptions: Window %d, RebuttalWindow %d and Width %d must not be negative", s.Window, s.RebuttalWindow, s.Width)
	}
	size := 0
	for i := range docs {
		size += len(docs[i].Text)
	}
	// Contiguous chunks of about equal bytes, one a worker, each gathered on its own and
	// merged in order: the result is the same whatever the number of workers.
	n := an.workers(size, len(docs))
	parts := make([]*voicePart, n)
	bounds := make([]int, n+1)
	for k, at, sum := 1, 0, 0; k < n; k++ {
		for at < len(docs) && sum < size*k/n {
			sum += len(docs[at].Text)
			at++
		}
		bounds[k] = at
	}
	bounds[n] = len(docs)
	if len(o.Profiles) > 0 {
		o.Profiles = slices.Clone(o.Profiles)
		for i := range o.Profiles {
			if o.Profiles[i].Vocabulary == nil {
				o.Profiles[i].Vocabulary = &Vocabulary{}
			}
		}
	}
	var lead corpus.Document // the document whose language the profiles count in
	if len(docs) > 0 {
		lead = docs[0]
	}
	errs := make([]error, n)
	var wg sync.WaitGroup
	for k := range n {
		parts[k] = newVoicePart(an, &o)
		size := 0
		for i := bounds[k]; i < bounds[k+1]; i++ {
			size += len(docs[i].Text)
		}
		cs, err := profileCounters(an, &o, &lead, size)
		if err != nil {
			return nil, err
		}
		parts[k].counters, parts[k].counts = cs, newVoiceCounts(cs)
		for _, vp := range o.Profiles {
			if vp.Voices == AllVoices {
				// The report's worker interns in this profile's vocabulary (their settings
				// are the same): a surface is classified once for both, and counted by
				// the vocabulary's own ids (see voiceCounts.finish).
				parts[k].da.vocab = vp.Vocabulary
				break
			}
		}
	}
	for k := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if errs[k] = parts[k].run(docs, bounds[k], bounds[k+1], o.Each != nil); errs[k] == nil && parts[k].counts != nil {
				parts[k].counts.finish()
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	first := parts[0]
	for _, p := range parts {
		if p != first {
			first.merge(p)
		}
		if o.Each != nil {
			for j := range p.spans {
				o.Each(p.from+j, p.spans[j], p.stmts[j])
			}
		}
	}
	r := &VoiceReport{}
	if first.stats != nil {
		r.Stats = first.stats.finish()
	}
	if first.quoted != nil {
		r.Quoted = first.quoted.finish()
	}
	if first.stance != nil {
		r.Sources = first.stance.finish()
	}
	for j := range o.Profiles {
		ps := make([]*Profile, n)
		for k, p := range parts {
			var err error
			if ps[k], err = p.counters[j].profile(true); err != nil {
				return nil, err
			}
		}
		prof := ps[0]
		if n > 1 {
			var err error
			if prof, err = Merge(ps...); err != nil {
				return nil, err
			}
		}
		r.Profiles = append(r.Profiles, prof)
	}
	return r, nil
}

// A voicePart gathers a VoiceReport over a run of documents.
type voicePart struct {
	da     docAnalyzer
	stats  *voiceStatsAcc
	quoted *quotedAcc
	stance *stanceAcc
	// from is the index of the first document; spans and stmts are each document's
	// spans and statements, kept for VoiceReportOptions.Each.
	from  int
	spans [][]Span
	stmts [][]Statement
	toks  []Token // the tokens of the document read, reused for the next
	// counters count the profiles of VoiceReportOptions.Profiles, in order, through counts.
	counters []*Counter
	counts   *voiceCounts
}

func newVoicePart(an *Analyzer, o *VoiceReportOptions) *voicePart {
	all := *an
	all.Voices = AllVoices
	p := &voicePart{da: docAnalyzer{an: &all}}
	if !o.NoStats {
		p.stats = newVoiceStatsAcc()
	}
	if !o.NoQuoted {
		p.quoted = newQuotedAcc(o.Quoted, o.Width)
	}
	if !o.NoStance {
		p.stance = newStanceAcc(o.Stance)
	}
	return p
}

// run gathers docs[from:to], keeping each one's spans and statements if keep.
func (p *voicePart) run(docs []corpus.Document, from, to int, keep bool) error {
	p.from = from
	for i := from; i < to; i++ {
		d := &docs[i]
		toks, w, err := p.da.tokensInto(d, p.toks)
		if err != nil {
			return err
		}
		p.toks = toks // no accumulator keeps toks past its add
		stmts := Statements(w.quotes)
		if p.stats != nil {
			p.stats.add(toks, w.quotes, stmts)
		}
		if p.quoted != nil {
			p.quoted.add(i, d, toks, w.quotes)
		}
		if p.stance != nil {
			p.stance.add(i, d, toks, w, stmts)
		}
		if len(p.counters) > 0 {
			if err := p.counts.add(d, w, toks); err != nil {
				return err
			}
		}
		if keep {
			p.spans = append(p.spans, slices.Clone(w.quotes))
			p.stmts = append(p.stmts, stmts)
		}
	}
	return nil
}

// merge adds q, which gathered the documents after p's, to p.
func (p *voicePart) merge(q *voicePart) {
	if p.stats != nil {
		p.stats.merge(q.stats)
	}
	if p.quoted != nil {
		p.quoted.merge(q.quoted)
	}
	if p.stance != nil {
		p.stance.merge(q.stance)
	}
}

func addCounts(dst, src map[string]int) {
	for k, v := range src {
		dst[k] += v
	}
}

// merge adds b, gathered over later documents, to a.
func (a *voiceStatsAcc) merge(b *voiceStatsAcc) {
	a.vs.Documents += b.vs.Documents
	addCounts(a.vs.Words, b.vs.Words)
	addCounts(a.vs.Quotations, b.vs.Quotations)
	addCounts(a.speakers, b.speakers)
	addCounts(a.verbs, b.verbs)
	for k, n := range b.roles {
		if a.roles == nil {
			a.roles = map[[2]string]int{}
		}
		a.roles[k] += n
	}
}

// merge adds b, gathered over later documents, to a.
func (a *quotedAcc) merge(b *quotedAcc) {
	for expr, q := range b.byExpr {
		p := a.byExpr[expr]
		if p == nil {
			a.byExpr[expr] = q
			continue
		}
		p.Count += q.Count
		p.Documents += q.Documents
		p.Evidence = append(p.Evidence, q.Evidence...)
	}
}

// merge adds b, gathered over later documents, to a.
func (a *stanceAcc) merge(b *stanceAcc) {
	for name, q := range b.bySource {
		p := a.bySource[name]
		if p == nil {
			a.bySource[name] = q
			continue
		}
		p.Documents += q.Documents
		p.Quotations += q.Quotations
		p.Statements += q.Statements
		addCounts(p.verbs, q.verbs)
		addCounts(p.labels, q.labels)
		addCounts(p.eval, q.eval)
		p.EvaluationEvidence = append(p.EvaluationEvidence, q.EvaluationEvidence...)
		p.Rebuttals = append(p.Rebuttals, q.Rebuttals...)
	}
}
