package framing

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
)

// LoadedOptions tunes [Analyzer.LoadedTerms]. The zero value is the documented default.
type LoadedOptions struct {
	// Lexicon holds the loaded words; nil means EvaluativeLexicon().
	Lexicon *Lexicon
	// MinZ is the log-odds z-score (against the background) a word needs to be listed:
	// default 3.29, two-sided p < 0.001, the conventional threshold of keyness studies.
	// A negative MinZ lists every loaded word of the account, most marked first.
	MinZ float64
	// Others are the other accounts of the same event. When given, each listed word is
	// counted there, and each occurrence is paired with the sentence of the other accounts
	// that reports the same thing (see ContrastPair): A says "slashes" where B says "cuts".
	Others []corpus.Document
	// MinSimilarity is the cosine similarity (of content-word TF-IDF vectors over the
	// event's sentences) from which two sentences report the same thing (default 0.2).
	MinSimilarity float64
	// Top keeps the first Top terms; 0 keeps every term listed.
	Top int
	// Width is the runes of context in evidence lines (default 40).
	Width int
}

// A LoadedTerm is a loaded word of an account, with how marked the account's use of it is.
type LoadedTerm struct {
	Term       string   `json:"term"`       // the counted term (stem)
	Word       string   `json:"word"`       // its most frequent loaded surface form in the account
	Categories []string `json:"categories"` // the lexicon's categories it matched
	Count      int      `json:"count"`      // occurrences in the account (in the analyzer's voices)
	Background int      `json:"background"` // occurrences in the background
	// Z is the log-odds z-score of the account against the background (informative
	// Dirichlet prior, Monroe et al. 2008; see LogOddsOptions): how much more the
	// account uses the word than the background does.
	Z float64 `json:"z"`
	// Others counts the word in the other accounts of the event (LoadedOptions.Others);
	// -1 when none were given.
	Others int `json:"others"`
	// Evidence has one pair per occurrence in the account: the word in its sentence, and
	// with Others, the other accounts' sentence that reports the same thing (its DocID is
	// empty when no sentence is similar enough).
	Evidence []ContrastPair `json:"evidence"`
}

// A ContrastPair is a word in its sentence, beside the sentence of another account that
// reports the same thing.
type ContrastPair struct {
	Word       Line    `json:"word"`       // the word, with its context
	Sentence   Line    `json:"sentence"`   // the account's sentence (Match is the sentence)
	Other      Line    `json:"other"`      // the aligned sentence of another account (DocID "" if none)
	Similarity float64 `json:"similarity"` // cosine of the two sentences' content-word TF-IDF vectors
	Shared     bool    `json:"shared"`     // whether the aligned sentence uses the word too
}

// LoadedTerms lists the loaded words of an account (one or more documents: an outlet's
// coverage of an event, or a side) that mark it off from a background: the words of a
// loaded-language lexicon whose log-odds z-score against the background is at least
// opts.MinZ, most marked first. The background is what the account is measured against:
// the rest of the corpus (the default choice; it may include the account itself with
// little effect on a large corpus), or neutral news such as a wire archive.
//
// Why a background and not only the other accounts of the event: on BASIL's development
// half (Fan et al. 2019; TestBASILLoaded), ranking an article's loaded words against the
// other accounts of its event did not beat listing them unranked (lift 10.1 against 9.9,
// where keyness over all words is at chance, 0.85), and neither did scoring the words that
// differ between aligned sentences (lift 0.2–1.1). Loaded words that are marked against the
// corpus were annotated far more often: lift 24.0 at the default MinZ, 2.4 times the
// unranked lexicon words. The other accounts (opts.Others) still give each word its
// evidence: the aligned sentence in which another outlet reports the same thing.
//
// The lexicon is matched on every surface form a term has in the account, not only the
// most frequent; a term is listed if its loaded forms are most of its uses (Word is the most
// frequent of them), so that a stem merging "socialist" with "social" is not called
// loaded for "social". Only the analyzer's voices count (set Voices to OwnVoice for the outlet's
// own words).
func (an *Analyzer) LoadedTerms(account []corpus.Document, background *Profile, opts *LoadedOptions) ([]LoadedTerm, error) {
	var o LoadedOptions
	if opts != nil {
		o = *opts
	}
	if o.Lexicon == nil {
		o.Lexicon = EvaluativeLexicon()
	}
	if o.MinZ == 0 {
		o.MinZ = 3.29
	}
	if o.MinSimilarity == 0 {
		o.MinSimilarity = 0.2
	}
	if o.Width <= 0 {
		o.Width = 40
	}
	if o.MinSimilarity < 0 || o.MinSimilarity > 1 || o.Top < 0 || math.IsNaN(o.MinZ) {
		return nil, errorf(ErrOption, "LoadedOptions: MinSimilarity must be in (0, 1], Top non-negative, MinZ a number")
	}
	if background == nil {
		return nil, errorf(ErrOption, "LoadedTerms: no background profile")
	}
	pa, err := an.Profile(account...)
	if err != nil {
		return nil, err
	}
	rows, err := Keyness(pa, background, &KeynessOptions{N: 1})
	if err != nil {
		return nil, err
	}
	lang, err := an.resolved(firstLanguage(account))
	if err != nil {
		return nil, err
	}
	lex := o.Lexicon.forLanguage(&lang)
	kept := map[string]*LoadedTerm{}
	var order []*LoadedTerm
	for _, r := range rows {
		if r.Score < o.MinZ && o.MinZ >= 0 || r.CountA == 0 {
			continue
		}
		st, ok := pa.Lookup(r.Term)
		if !ok {
			continue
		}
		// The loaded forms of the term: a stem that merges a loaded form with neutral ones
		// ("socialist" and "social") counts only if the loaded forms are most of its uses.
		var cats []string
		loadedUses, word, wordN := 0, "", 0
		for _, f := range st.Forms {
			c := lex.categoriesOf(r.Term, []Form{f})
			if len(c) == 0 {
				continue
			}
			loadedUses += f.Count
			if f.Count > wordN {
				word, wordN = f.Text, f.Count
			}
			for _, x := range c {
				if !slices.Contains(cats, x) {
					cats = append(cats, x)
				}
			}
		}
		if len(cats) == 0 && len(st.Forms) == 0 {
			cats = lex.categoriesOf(r.Term, nil)
			loadedUses, word = st.Count, st.Word()
		}
		if len(cats) == 0 || 2*loadedUses <= st.Count {
			continue
		}
		slices.Sort(cats)
		lt := &LoadedTerm{Term: r.Term, Word: word, Categories: cats, Count: r.CountA, Background: r.CountB, Z: r.Score,
			Others: -1, Evidence: []ContrastPair{}}
		kept[r.Term] = lt
		order = append(order, lt)
	}
	slices.SortFunc(order, func(a, b *LoadedTerm) int {
		return cmp.Or(cmp.Compare(b.Z, a.Z), cmp.Compare(b.Count, a.Count), strings.Compare(a.Term, b.Term))
	})
	if o.Top > 0 && len(order) > o.Top {
		for _, lt := range order[o.Top:] {
			delete(kept, lt.Term)
		}
		order = order[:o.Top]
	}
	if err := an.loadedEvidence(account, kept, &o); err != nil {
		return nil, err
	}
	out := make([]LoadedTerm, len(order))
	for i, lt := range order {
		out[i] = *lt
	}
	return out, nil
}

func firstLanguage(docs []corpus.Document) string {
	for _, d := range docs {
		if d.Language != "" {
			return d.Language
		}
	}
	return ""
}

// categoriesOf returns the categories of the single-word entries that one of the term's
// surface forms matches (the term itself when no form is given), sorted.
func (l *Lexicon) categoriesOf(stem string, forms []Form) []string {
	var cats []string
	add := func(word string) {
		word = normalize(word, false)
		for _, i := range l.candidates(word, stem) {
			e := &l.entries[i]
			if len(e.words) == 1 && e.matchAt([]lexToken{{word: word, stem: stem}}, 0) == 1 {
				for _, c := range e.cats {
					if !slices.Contains(cats, l.categories[c]) {
						cats = append(cats, l.categories[c])
					}
				}
			}
		}
	}
	if len(forms) == 0 {
		add(stem)
	}
	for _, f := range forms {
		add(f.Text)
	}
	slices.Sort(cats)
	return cats
}

// alignSentence is a sentence of an event's accounts, as a TF-IDF vector of its content
// terms.
type alignSentence struct {
	doc        int // index into the documents
	start, end int
	terms      map[string]float64 // term -> tf-idf weight, normalized to length 1
}

// loadedEvidence fills the evidence of the terms kept: every occurrence in the account, and
// with opts.Others the aligned sentence of the other accounts.
func (an *Analyzer) loadedEvidence(account []corpus.Document, kept map[string]*LoadedTerm, o *LoadedOptions) error {
	if len(kept) == 0 {
		return nil
	}
	docs := append(slices.Clone(account), o.Others...)
	all := *an
	all.Voices = AllVoices
	da := docAnalyzer{an: &all}
	var sents []alignSentence
	df := map[string]int{}
	type occ struct {
		doc, sent  int
		start, end int
		term       string
	}
	var occs []occ
	others := map[string]int{}
	for di := range docs {
		d := &docs[di]
		toks, _, err := da.tokens(d)
		if err != nil {
			return err
		}
		first := len(sents)
		last := -1
		for _, t := range toks {
			if t.Sentence != last {
				sents = append(sents, alignSentence{doc: di, start: t.Start, terms: map[string]float64{}})
				last = t.Sentence
			}
			s := &sents[len(sents)-1]
			s.end = t.End
			if t.Counted() {
				s.terms[t.Term]++
			}
			if _, ok := kept[t.Term]; ok && t.Counted() && an.Voices.Has(t.Voice) {
				if di < len(account) {
					occs = append(occs, occ{doc: di, sent: len(sents) - 1, start: t.Start, end: t.End, term: t.Term})
				} else {
					others[t.Term]++
				}
			}
		}
		for k := first; k < len(sents); k++ {
			for term := range sents[k].terms {
				df[term]++
			}
		}
	}
	// TF-IDF vectors of unit length.
	n := float64(len(sents))
	for k := range sents {
		norm := 0.0
		for term, tf := range sents[k].terms {
			wt := tf * math.Log(1+n/float64(df[term]))
			sents[k].terms[term] = wt
			norm += wt * wt
		}
		norm = math.Sqrt(norm)
		for term := range sents[k].terms {
			sents[k].terms[term] /= norm
		}
	}
	best := map[int]int{}
	for _, oc := range occs {
		lt := kept[oc.term]
		d := &docs[oc.doc]
		s := &sents[oc.sent]
		pair := ContrastPair{Word: lineAt(d, oc.start, oc.end, o.Width, VoiceNarrative, ""),
			Sentence: lineAt(d, s.start, s.end, o.Width, VoiceNarrative, "")}
		if len(o.Others) > 0 {
			bi, ok := best[oc.sent]
			if !ok {
				bi = -1
				bs := o.MinSimilarity
				for k := range sents {
					if sents[k].doc < len(account) {
						continue
					}
					if sim := cosineMaps(s.terms, sents[k].terms); sim >= bs {
						bi, bs = k, sim
					}
				}
				best[oc.sent] = bi
			}
			if bi >= 0 {
				b := &sents[bi]
				od := &docs[b.doc]
				pair.Other = lineAt(od, b.start, b.end, o.Width, VoiceNarrative, "")
				pair.Similarity = cosineMaps(s.terms, b.terms)
				_, pair.Shared = b.terms[oc.term]
			}
		}
		lt.Evidence = append(lt.Evidence, pair)
	}
	if len(o.Others) > 0 {
		for term, lt := range kept {
			lt.Others = others[term]
		}
	}
	return nil
}

// cosineMaps returns the dot product of two unit vectors.
func cosineMaps(a, b map[string]float64) float64 {
	if len(b) < len(a) {
		a, b = b, a
	}
	dot := 0.0
	for t, x := range a {
		dot += x * b[t]
	}
	return dot
}
