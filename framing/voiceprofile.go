package framing

import (
	"fmt"
	"slices"

	"github.com/framediff/framediff/corpus"
)

// A VoiceProfile asks [Analyzer.VoiceReport] for the profile of the documents' words in some
// voices, counted in the report's pass (see VoiceReportOptions.Profiles). VoiceReport
// reads it and does not change it; its Vocabulary is safe for concurrent use, so reports
// running at once (the two sides of a comparison) may share one.
type VoiceProfile struct {
	// Voices are the voices counted, as [Analyzer.Voices] (0 counts every word).
	Voices Voices
	// Vocabulary, if set, is the vocabulary the profile interns its surfaces and terms in:
	// share one between the profiles to be compared (the sides of a comparison, counted by
	// two reports), as [Analyzer.Profiles] does. A vocabulary holds one setting of Voices:
	// profiles of different voices need one each (else an error wrapping [ErrMismatch]).
	// Nil means a new one.
	Vocabulary *Vocabulary
}

// profileCounters returns, for one run of documents of size bytes, a counter for each
// profile of o, over the profile's vocabulary, with the analyzer an but for its Voices, set
// to the language of the first document, first (as Analyzer.Profiles sets its counters).
// An error (an unknown language, a vocabulary of other settings) names first.
func profileCounters(an *Analyzer, o *VoiceReportOptions, first *corpus.Document, size int) ([]*Counter, error) {
	var cs []*Counter
	for k, vp := range o.Profiles {
		a := *an
		a.Voices = vp.Voices
		c := &Counter{Analyzer: a, Vocabulary: vp.Vocabulary}
		if err := c.init(first.Language); err != nil {
			return nil, fmt.Errorf("%w (document %q, VoiceReportOptions.Profiles[%d])", err, first.ID, k)
		}
		c.reserve(size)
		cs = append(cs, c)
	}
	return cs, nil
}

// voiceCounts counts the profiles of VoiceReportOptions.Profiles over one run of a
// report's documents. Each document's kept tokens are counted by the surface and term ids
// of the report's worker, which looked every one of them up a moment before (so that the
// lookup is a hit in its cache), and the counts go to the profiles' counters, by surface,
// once the run is over (see finish): a lookup per distinct surface in each profile's
// vocabulary rather than one per token.
type voiceCounts struct {
	w    *worker // the report's worker, whose ids the counts use; nil before a document
	sets []voiceSet
}

// voiceSet is the counts of one profile.
type voiceSet struct {
	c    *Counter // the profile's settings and vocabulary; its totals, drops and documents
	surf []int64  // by the report's surface id: occurrences counted
	df   []int32  // by the report's term id: documents counted in
	last []int32  // by the report's term id: the last document counted in, plus one
}

func newVoiceCounts(cs []*Counter) *voiceCounts {
	vc := &voiceCounts{sets: make([]voiceSet, len(cs))}
	for k, c := range cs {
		vc.sets[k].c = c
	}
	return vc
}

// add counts document d, whose tokens toks the report's worker w listed for every voice,
// with an analyzer that differs from the counters' in Voices at most, as [Counter.Add]
// counts it: the voices by token are those of the segmentation for every voice, which
// keeps a token in a counter's voices exactly when the counter's own segmentation would
// (see voices.Segmenter.Want). With protected phrases or n-grams, whose tokens the list
// merges or does not give, d's text is counted as Add counts it.
func (vc *voiceCounts) add(d *corpus.Document, w *worker, toks []Token) error {
	words := false
	for k := range vc.sets {
		c := vc.sets[k].c
		if c.set != nil {
			if lang, err := c.Analyzer.resolved(d.Language); err == nil && lang.name != c.set.lang.name {
				return errorf(ErrMismatch, "document %q is in %s and the report's first document in %s: the profiles of VoiceReportOptions.Profiles hold one language; report each language's documents on their own",
					d.ID, lang.name, c.set.lang.name)
			}
		}
		if err := c.init(d.Language); err != nil {
			return fmt.Errorf("%w (document %q)", err, d.ID)
		}
		if !c.words() {
			c.count(d.Text)
			continue
		}
		words = true
		c.docs++
		c.w.dropped = Dropped{}
	}
	if !words {
		return nil
	}
	if vc.w == nil {
		vc.w = w
	} else if vc.w != w {
		return errorf(ErrMismatch, "document %q is read by another worker than the documents before it", d.ID)
	}
	text := d.Text
	for i := range toks {
		t := &toks[i]
		sid, term := int32(-1), int32(0)
		for k := range vc.sets {
			vs := &vc.sets[k]
			c := vs.c
			if !c.words() {
				continue
			}
			// The order of count's tests: boilerplate, an address, the voice, then the
			// surface's own drop (a stop word inside a dropped quotation is a voice's).
			if t.Dropped != "" && (t.Dropped == dropNames[dropBoilerplate] || t.Dropped == dropNames[dropAddress]) {
				c.w.countDrop(dropReason(t.Dropped))
				continue
			}
			if want := c.set.an.Voices; want != AllVoices && !want.Has(t.Voice) {
				c.w.dropped.Voice++
				continue
			}
			if t.Dropped != "" {
				c.w.countDrop(dropReason(t.Dropped))
				continue
			}
			if sid < 0 {
				e := w.surfaceAt(text, t.Start, t.End)
				sid, term = e.id-1, e.data
			}
			if term < 0 {
				c.w.countDrop(uint8(-term)) // not with the settings the tokens were listed with
				continue
			}
			if int(sid) >= len(vs.surf) {
				vs.surf = append(vs.surf, make([]int64, max(int(sid)+1, int(w.tab.count.Load()))-len(vs.surf))...)
			}
			if int(term) >= len(vs.df) {
				n := max(int(term)+1, w.v.Len()) - len(vs.df)
				vs.df = append(vs.df, make([]int32, n)...)
				vs.last = append(vs.last, make([]int32, n)...)
			}
			vs.surf[sid]++
			if doc := int32(c.docs); vs.last[term] != doc {
				vs.last[term] = doc
				vs.df[term]++
			}
			c.totals[0]++
		}
	}
	for k := range vc.sets {
		if c := vc.sets[k].c; c.words() {
			c.dropped.add(c.w.dropped)
		}
	}
	return nil
}

// finish adds the counts by the report's ids to the counters, by their own ids.
func (vc *voiceCounts) finish() {
	if vc.w == nil {
		return
	}
	for k := range vc.sets {
		vs := &vc.sets[k]
		c := vs.c
		if !c.words() {
			continue
		}
		cw := c.w
		if c.Vocabulary == vc.w.v {
			// The report's worker interned in the counter's vocabulary: the ids are the
			// counter's.
			cw.grow(len(vs.surf))
			for sid, n := range vs.surf {
				if n > 0 {
					cw.addSurfaceCount(int32(sid), n)
				}
			}
			if v := c.Vocabulary.Len(); v > len(c.df) {
				c.df = slices.Grow(c.df, v-len(c.df))[:v]
			}
			for t, n := range vs.df {
				c.df[t] += n
			}
			vs.surf, vs.df, vs.last = nil, nil, nil
			continue
		}
		terms := make([]int32, len(vs.df)) // the report's term id -> the counter's
		for sid, n := range vs.surf {
			if n == 0 {
				continue
			}
			s := vc.w.tab.text(int32(sid))
			e := cw.surfaceAt(s, 0, len(s))
			cw.addSurfaceCount(e.id-1, n)
			if e.data >= 0 {
				if rt := vc.w.tab.term(int32(sid)); int(rt) < len(terms) {
					terms[rt] = e.data
				}
			}
		}
		if v := c.Vocabulary.Len(); v > len(c.df) {
			c.df = slices.Grow(c.df, v-len(c.df))[:v]
		}
		for rt, n := range vs.df {
			if n > 0 {
				c.df[terms[rt]] += n
			}
		}
		vs.surf, vs.df, vs.last = nil, nil, nil
	}
}

// addSurfaceCount adds n occurrences of surface sid to the worker's counts, as n calls of
// countSurface would.
func (w *worker) addSurfaceCount(sid int32, n int64) {
	v := uint64(w.stats[sid]) + uint64(n)
	if w.stats[sid] = uint32(v); v>>32 != 0 {
		if w.wrap == nil {
			w.wrap = map[int32]uint64{}
		}
		w.wrap[sid] += v >> 32 << 32
	}
}

// dropReason returns the reason whose name is name (see dropNames), dropNone if none.
func dropReason(name string) uint8 {
	return uint8(max(0, slices.Index(dropNames[:], name)))
}
