package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"path"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Config is the comparison the pipeline runs: the settings of examples/events.
type Config struct {
	// Input is a glob of JSON Lines files in any Beam filesystem (local, gs://, s3://).
	Input string `json:"input"`
	// Analyzer is sent to the workers as its JSON. If it names a language, documents in
	// another are left out (and counted), as examples/events -lang leaves them out.
	Analyzer framing.Analyzer `json:"analyzer"`
	// SideA and SideB are side specs: kind:K or outlet:NAME.
	SideA string `json:"side_a"`
	SideB string `json:"side_b"`
	// Lenient skips malformed records (each goes to the skipped output); otherwise the
	// first fails the pipeline.
	Lenient      bool   `json:"lenient"`
	DefaultEvent string `json:"default_event"`
	// Pool is the pooling: permutations, seed, τ² estimator, ranking.
	Pool framing.PoolOptions `json:"pool"`
}

func init() {
	register.DoFn6x1[context.Context, fileio.ReadableFile, func(string, []byte), func([]byte), func(string, int), func(string), error](&analyzeFn{})
	register.Emitter2[string, []byte]()
	register.Emitter2[string, int]()
	register.Emitter1[string]()
	register.Emitter1[[]byte]()
	register.Combiner3[*profileAcc, []byte, []byte](&profileCombineFn{})
	register.DoFn6x1[context.Context, []byte, func(*string, *[]byte) bool, func(*string, *int) bool, func(*[]byte) bool, func(string), error](&poolFn{})
	register.DoFn5x1[context.Context, []byte, func(*string, *[]byte) bool, func(*string, *int) bool, func(string), error](&testedFn{})
	register.DoFn3x1[[]byte, func(*string) bool, func([]byte), error](&filterDocsFn{})
	register.Function2x1[int, int, int](sum)
	register.Iter2[string, []byte]()
	register.Iter2[string, int]()
	register.Iter1[[]byte]()
	register.Iter1[string]()
	beam.RegisterCoder(reflect.TypeOf((*profileAcc)(nil)), encodeAcc, decodeAcc)
}

// Counters of what crosses the shuffle, for sizing a cluster.
var (
	profileBytes = beam.NewCounter("framediff", "profile_bytes")     // bundles' (event, side) profiles sent to the combine
	docBytes     = beam.NewCounter("framediff", "doc_bytes")         // batches of documents' counts for the permutation test
	accBytes     = beam.NewCounter("framediff", "accumulator_bytes") // merged (event, side) profiles
	accCount     = beam.NewCounter("framediff", "accumulators")      // (event, side) pairs
	skippedCount = beam.NewCounter("framediff", "skipped_records")   // malformed records skipped
	otherLang    = beam.NewCounter("framediff", "other_language")    // documents left out for their language
)

// analyzeFn reads one file with package corpus (the checks and fallback IDs of
// corpus.Scan) and counts its documents a bundle at a time: one framing.Counter per
// (event, side), over one vocabulary per bundle, whose profiles it sends, keyed by
// (event, side), to the combine when the bundle finishes; for the permutation test, each
// document's own counts as well (Counter.AddCounts), keyed by nothing, in batches (see
// docBatch); each malformed record's error to the skipped output.
type analyzeFn struct {
	Config []byte // Config as JSON

	cfg      Config
	an       framing.Analyzer
	a, b     corpus.Side
	counters map[string]*framing.Counter
	vocab    *framing.Vocabulary
	batch    docBatch // documents' counts not yet sent
}

// A batch of documents' counts is sent once it holds maxBatchDocs documents or about
// maxBatchBytes bytes, and when the bundle finishes.
const (
	maxBatchDocs  = 4096
	maxBatchBytes = 4 << 20
)

func (f *analyzeFn) sendBatch(ctx context.Context, doc func([]byte)) {
	if f.batch.docs == 0 {
		return
	}
	b := f.batch.encode()
	docBytes.Inc(ctx, int64(len(b)))
	doc(b)
}

func (f *analyzeFn) StartBundle(_ func(string, []byte), _ func([]byte), _ func(string, int), _ func(string)) {
	f.counters, f.vocab = map[string]*framing.Counter{}, &framing.Vocabulary{}
}

// FinishBundle sends each key's profile, in the order of the keys, and the documents'
// counts not yet sent.
func (f *analyzeFn) FinishBundle(ctx context.Context, profile func(string, []byte), doc func([]byte), _ func(string, int), _ func(string)) error {
	f.sendBatch(ctx, doc)
	keys := make([]string, 0, len(f.counters))
	for k := range f.counters {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		p, err := f.counters[k].Profile()
		if err != nil {
			return err
		}
		pj, err := json.Marshal(p)
		if err != nil {
			return err
		}
		profileBytes.Inc(ctx, int64(len(pj)))
		profile(k, pj)
	}
	f.counters, f.vocab = nil, nil
	return nil
}

func (f *analyzeFn) Setup() error {
	if err := json.Unmarshal(f.Config, &f.cfg); err != nil {
		return err
	}
	f.an = f.cfg.Analyzer
	f.an.Workers = 1 // one document at a time; the runner runs many bundles
	var err error
	if f.a, err = corpus.ParseSide(f.cfg.SideA); err != nil {
		return err
	}
	f.b, err = corpus.ParseSide(f.cfg.SideB)
	return err
}

func (f *analyzeFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, _ func(string, []byte), doc func([]byte), overlap func(string, int), skipped func(string)) error {
	rc, err := file.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	name := path.Base(file.Metadata.Path)
	opts := &corpus.LoadOptions{Defaults: corpus.Document{Event: f.cfg.DefaultEvent}}
	if f.cfg.Lenient {
		opts.Skip = func(e *corpus.LoadError) {
			skippedCount.Inc(ctx, 1)
			skipped(e.Error())
		}
	}
	for d, err := range corpus.ScanReader(rc, name, opts) {
		if err != nil {
			return err
		}
		if want := f.cfg.Analyzer.Language; want != "" {
			if l, err := framing.ResolveLanguage(d.Language); err != nil || l != want {
				otherLang.Inc(ctx, 1)
				continue
			}
		}
		inA, inB := f.a.Match(d), f.b.Match(d)
		if inA && inB {
			overlap(d.Event, 1)
		}
		for _, side := range []struct {
			in   bool
			lean framing.Lean
		}{{inA, framing.LeanA}, {inB, framing.LeanB}} {
			if !side.in {
				continue
			}
			key := d.Event + "\x00" + []string{"A", "B"}[side.lean]
			c := f.counters[key]
			if c == nil {
				c = &framing.Counter{Analyzer: f.an, Vocabulary: f.vocab}
				f.counters[key] = c
			}
			if f.cfg.Pool.Permutations < 0 {
				if err := c.Add(d); err != nil {
					return fmt.Errorf("document %q: %w", d.ID, err)
				}
				continue
			}
			dc, err := c.AddCounts(d, side.lean)
			if err != nil {
				return fmt.Errorf("document %q: %w", d.ID, err)
			}
			if f.batch.add(dc); f.batch.docs >= maxBatchDocs || f.batch.size() >= maxBatchBytes {
				f.sendBatch(ctx, doc)
			}
		}
	}
	return nil
}

func sum(x, y int) int { return x + y }

// profileAcc is the combine's accumulator: a merged profile and the profiles waiting to be
// merged into it (merging many at once costs far less than one at a time).
type profileAcc struct {
	merged  *framing.Profile
	pending []*framing.Profile
}

// flush merges the pending profiles.
func (a *profileAcc) flush() error {
	if len(a.pending) == 0 {
		return nil
	}
	ps := a.pending
	if a.merged != nil {
		ps = append([]*framing.Profile{a.merged}, ps...)
	}
	m, err := framing.Merge(ps...)
	if err != nil {
		return err
	}
	a.merged, a.pending = m, nil
	return nil
}

// encodeAcc writes an accumulator as its merged profile's JSON: the encoding that crosses
// the shuffle.
func encodeAcc(a *profileAcc) ([]byte, error) {
	if err := a.flush(); err != nil {
		return nil, err
	}
	if a.merged == nil {
		return nil, nil
	}
	return json.Marshal(a.merged)
}

func decodeAcc(b []byte) (*profileAcc, error) {
	if len(b) == 0 {
		return &profileAcc{}, nil
	}
	var p framing.Profile
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, err
	}
	return &profileAcc{merged: &p}, nil
}

// profileCombineFn merges the profiles of one (event, side): framing.Merge is exact, so
// the runner may combine in any order and any number of steps.
type profileCombineFn struct{}

func (profileCombineFn) CreateAccumulator() *profileAcc { return &profileAcc{} }

func (profileCombineFn) AddInput(a *profileAcc, in []byte) (*profileAcc, error) {
	var p framing.Profile
	if err := json.Unmarshal(in, &p); err != nil {
		return nil, err
	}
	a.pending = append(a.pending, &p)
	if len(a.pending) >= 256 {
		if err := a.flush(); err != nil {
			return nil, err
		}
	}
	return a, nil
}

func (profileCombineFn) MergeAccumulators(a, b *profileAcc) (*profileAcc, error) {
	if b.merged != nil {
		a.pending = append(a.pending, b.merged)
	}
	a.pending = append(a.pending, b.pending...)
	if err := a.flush(); err != nil {
		return nil, err
	}
	return a, nil
}

func (profileCombineFn) ExtractOutput(a *profileAcc) ([]byte, error) { return encodeAcc(a) }

// gather reads the (event, side) profiles and the overlaps into a PoolInput for
// framing.PoolProfiles, with the parts in order (the runner gives them in any).
func gather(ctx context.Context, cfg *Config, profiles func(*string, *[]byte) bool, overlaps func(*string, *int) bool, count bool) (*framing.PoolInput, error) {
	a, _ := corpus.ParseSide(cfg.SideA)
	b, _ := corpus.ParseSide(cfg.SideB)
	in := &framing.PoolInput{SideA: a.Name, SideB: b.Name, Overlap: map[string]int{}}
	var key string
	var value []byte
	for profiles(&key, &value) {
		event, side, _ := strings.Cut(key, "\x00")
		var p framing.Profile
		if err := json.Unmarshal(value, &p); err != nil {
			return nil, err
		}
		if count {
			accBytes.Inc(ctx, int64(len(value)))
			accCount.Inc(ctx, 1)
		}
		lean := framing.LeanA
		if side == "B" {
			lean = framing.LeanB
		}
		in.Parts = append(in.Parts, framing.EventSide{Event: event, Lean: lean, Profile: &p})
	}
	var n int
	for overlaps(&key, &n) {
		in.Overlap[key] = n
	}
	slices.SortFunc(in.Parts, func(x, y framing.EventSide) int {
		return cmp.Or(strings.Compare(x.Event, y.Event), cmp.Compare(x.Lean, y.Lean))
	})
	return in, nil
}

// testedFn pools every (event, side) profile without a permutation test and emits the
// terms the test will test (as JSON), so that the documents' counts can be cut to them
// before the final stage.
type testedFn struct{ Config []byte }

func (f *testedFn) ProcessElement(ctx context.Context, _ []byte, profiles func(*string, *[]byte) bool, overlaps func(*string, *int) bool, emit func(string)) error {
	var cfg Config
	if err := json.Unmarshal(f.Config, &cfg); err != nil {
		return err
	}
	in, err := gather(ctx, &cfg, profiles, overlaps, false)
	if err != nil {
		return err
	}
	opts := cfg.Pool
	opts.Permutations = -1
	an := cfg.Analyzer
	p, err := framing.PoolProfiles(&an, in, &opts)
	if err != nil {
		return err
	}
	test := cfg.Pool.Test
	if test == 0 {
		test = 200
	}
	terms := []string{}
	for i := range min(test, len(p.Terms)) {
		terms = append(terms, p.Terms[i].Term)
	}
	tj, err := json.Marshal(terms)
	if err != nil {
		return err
	}
	emit(string(tj))
	return nil
}

// poolFn pools every (event, side) profile, and the documents' counts if a permutation
// test runs, with framing.PoolProfiles: exactly what framing.PoolEvents gives on one
// machine.
type poolFn struct{ Config []byte }

func (f *poolFn) ProcessElement(ctx context.Context, _ []byte, profiles func(*string, *[]byte) bool, overlaps func(*string, *int) bool, docs func(*[]byte) bool, emit func(string)) error {
	var cfg Config
	if err := json.Unmarshal(f.Config, &cfg); err != nil {
		return err
	}
	in, err := gather(ctx, &cfg, profiles, overlaps, true)
	if err != nil {
		return err
	}
	if cfg.Pool.Permutations >= 0 {
		seq, err := sortedDocs(docs)
		if err != nil {
			return err
		}
		in.DocSeq = seq
	}
	an := cfg.Analyzer
	p, err := framing.PoolProfiles(&an, in, &cfg.Pool)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		return err
	}
	emit(buf.String())
	return nil
}

// sortedDocs reads the batches of documents' counts and returns them one at a time in
// the order framing.PoolProfiles needs (event, ID, side), decoded only as they are asked
// for: what is held is the batches, compact, and an index of their documents.
func sortedDocs(docs func(*[]byte) bool) (iter.Seq[framing.DocCounts], error) {
	// Every document holds a few of the tested terms: their strings are shared.
	strs := map[string]string{}
	intern := func(b []byte) string {
		s, ok := strs[string(b)]
		if !ok {
			s = string(b)
			strs[s] = s
		}
		return s
	}
	type entry struct {
		event, id  string
		lean       framing.Lean
		batch, doc int32
	}
	var (
		batches []*batchView
		index   []entry
		b       []byte
		d       framing.DocCounts
	)
	for docs(&b) {
		v, err := parseBatch(slices.Clone(b), intern)
		if err != nil {
			return nil, err
		}
		for i := range v.docs {
			v.doc(i, &d, false)
			index = append(index, entry{d.Event, d.ID, d.Lean, int32(len(batches)), int32(i)})
		}
		batches = append(batches, v)
	}
	slices.SortFunc(index, func(x, y entry) int {
		return cmp.Or(strings.Compare(x.event, y.event), strings.Compare(x.id, y.id), cmp.Compare(x.lean, y.lean))
	})
	return func(yield func(framing.DocCounts) bool) {
		var d framing.DocCounts
		for _, e := range index {
			batches[e.batch].doc(int(e.doc), &d, true)
			d.ID = e.id
			if !yield(d) {
				return
			}
		}
	}, nil
}

// filterDocsFn cuts a batch of documents' counts to the terms the permutation test tests.
type filterDocsFn struct {
	// keep holds the tested terms, read from the side input once: it has one value (the
	// pipeline is a batch one in the global window).
	keep map[string]bool
}

func (f *filterDocsFn) ProcessElement(b []byte, tested func(*string) bool, emit func([]byte)) error {
	if f.keep == nil {
		var list string
		var terms []string
		for tested(&list) {
			if err := json.Unmarshal([]byte(list), &terms); err != nil {
				return err
			}
		}
		f.keep = map[string]bool{}
		for _, t := range terms {
			f.keep[t] = true
		}
	}
	ds, err := decodeBatch(b, nil)
	if err != nil {
		return err
	}
	var cut docBatch
	for _, d := range ds {
		d.Terms = slices.DeleteFunc(d.Terms, func(t framing.TermCount) bool { return !f.keep[t.Term] })
		cut.add(d)
	}
	emit(cut.encode())
	return nil
}

// Pipeline adds the comparison to s: it returns the pooled result (one element: the JSON
// that framing.PoolEvents and examples/events -json give for the same corpus and settings)
// and the skipped records (one message each).
func Pipeline(s beam.Scope, cfg Config) (result, skipped beam.PCollection, err error) {
	if _, err := corpus.ParseSide(cfg.SideA); err != nil {
		return result, skipped, err
	}
	if _, err := corpus.ParseSide(cfg.SideB); err != nil {
		return result, skipped, err
	}
	cj, err := json.Marshal(cfg)
	if err != nil {
		return result, skipped, err
	}
	files := fileio.MatchFiles(s, cfg.Input, fileio.MatchEmptyDisallow())
	readable := fileio.ReadMatches(s, files)
	outs := beam.ParDoN(s.Scope("analyze"), &analyzeFn{Config: cj}, readable)
	profiles, docs, overlap := outs[0], outs[1], outs[2]
	skipped = outs[3]
	combined := beam.CombinePerKey(s.Scope("merge profiles"), &profileCombineFn{}, profiles)
	overlaps := beam.CombinePerKey(s.Scope("count overlaps"), sum, overlap)
	impulse := beam.Impulse(s)
	if cfg.Pool.Permutations >= 0 {
		// The permutation test needs each document's counts of the tested terms only.
		tested := beam.ParDo(s.Scope("tested terms"), &testedFn{Config: cj}, impulse,
			beam.SideInput{Input: combined}, beam.SideInput{Input: overlaps})
		docs = beam.ParDo(s.Scope("cut documents"), &filterDocsFn{}, docs, beam.SideInput{Input: tested})
	}
	result = beam.ParDo(s.Scope("pool"), &poolFn{Config: cj}, impulse,
		beam.SideInput{Input: combined}, beam.SideInput{Input: overlaps}, beam.SideInput{Input: docs})
	return result, skipped, nil
}
