package framing

// Loaded language the outlet chose: the words of a loaded-language lexicon an account uses in
// its own voice, less the uses that are not its choice.
//
// Rules, in the order LoadedTerms applies them to each use of a lexicon word (a match of
// one of its entries, one word or a phrase such as "ram through"):
//
//   - Neutral sense: a use inside a match of the neutral-senses lexicon ("allegations",
//     "charged with", "contempt of court", "hostile takeover"; NeutralSensesLexicon) is
//     not a loaded use. Counted in LoadedTerm.Neutral.
//   - Name: a use whose word starts with a capital letter (not all capitals) inside a
//     sentence that is not in title case, and that either does not open its sentence or is
//     followed in its clause, after white space only, by another capitalized word, is part
//     of a name ("the Patriot Act", "Freedom Caucus members"). Counted in LoadedTerm.Names.
//     With Analyzer.Phrases the analyzer already counts listed names as one term, which no
//     single-word entry matches.
//   - Voice: a use outside the analyzer's voices is what the account quotes, not its own
//     word. Counted in LoadedTerm.Quoted (with every other use of the term there).
//   - Attributed: a use in the analyzer's voices and in OwnVoice (a direct quotation is
//     left to the voice rule) inside a sentence that attributes what it says with the
//     plainest cues of news, a form of "say" or "tell" or "according to" ("the plan was
//     reckless, the mayor said"; "according to the report, the agency bungled it"),
//     reports a source's characterization rather than the outlet's own, whatever the
//     voice segmenter made of the sentence; but for the words of the cue's own subject,
//     at most five words before it in its clause ("the brutal junta said …", "a reckless
//     budget that residents had said …" stay the outlet's). Counted in
//     LoadedTerm.Attributed. The cues are English. A word or two quoted inside a clause
//     of indirect speech ([voices.Span.Marked]: "Ruiz claimed Marek had “lied” to voters") are
//     counted with the indirect speech in the own voice, but are the source's words:
//     attributed too, whatever the cue. On BASIL's tune half, none of the 10 words listed before the rule whose
//     every use sat in such a sentence was marked.
//
// Then, for each word the account uses in its own voice (LoadedTerm.Count ≥ 1), unless
// LoadedOptions.All:
//
//   - Shared: the other accounts of the event (all their voices) and the account's own
//     quotations, taken together, use the word at a rate (per counted word) of at least
//     MaxShared times the rate of the account's own voice: the word is the event's, not the
//     outlet's choice. A word no other account and no quotation uses is never shared.
//   - Common: the word occurs in more than MaxShare of the background's documents: it is
//     common vocabulary of the news the background holds, not a mark of this account.
//   - MinZ, when set: the log-odds z of the account against the background.
//   - Contrast, with LoadedOptions.ContrastLabels: a label (a word the lexicon lists only
//     as pejorative or laudatory) needs a use whose sentence another account reports
//     without it (LoadedTerm.Contrasted ≥ 1).
//
// No match of the lexicon is lost without a count: [Analyzer.LoadedReport] tallies every one
// by the rule that set it aside or left its word off the list (LoadedTally), and lists the
// words none of whose uses was counted (LoadedReport.SetAside).
//
// The rules and thresholds were chosen on the tune half of BASIL's development set (Fan et
// al. 2019; events split by an FNV-1a hash of their name) and are reported on both halves
// by TestBASILLoaded; see the README.

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
)

// Defaults of [LoadedOptions].
const (
	// DefaultLoadedMaxShare is the share of the background's documents above which a word
	// is common news vocabulary.
	DefaultLoadedMaxShare = 0.05
	// DefaultLoadedMaxShared is the rate of a word in the other accounts and the account's
	// quotations, as a multiple of its rate in the account's own voice, from which the word
	// is the event's rather than the outlet's.
	DefaultLoadedMaxShared = 0.6
)

// LoadedOptions tunes [Analyzer.LoadedTerms]. The zero value is the documented default.
type LoadedOptions struct {
	// Lexicon holds the loaded words; nil means LoadedLexicon().
	Lexicon *Lexicon `json:"-"`
	// Neutral holds the fixed expressions in which a loaded word has a neutral sense; nil
	// means NeutralSensesLexicon(). KeepNeutral turns the rule off.
	Neutral     *Lexicon `json:"-"`
	KeepNeutral bool     `json:"keep_neutral,omitempty"`
	// KeepNames counts loaded words inside capitalized names ("Patriot Act") as loaded uses.
	KeepNames bool `json:"keep_names,omitempty"`
	// KeepAttributed counts loaded words in sentences that attribute what they say ("…, he
	// said"), and those quoted inside indirect speech (Span.Marked), as the account's own
	// uses.
	KeepAttributed bool `json:"keep_attributed,omitempty"`
	// MaxShare is the largest share of the background's documents a listed word may occur
	// in (0 means DefaultLoadedMaxShare; 1 turns the rule off).
	MaxShare float64 `json:"max_share,omitempty"`
	// MaxShared is the rate of a word in the other accounts and the account's quotations,
	// as a multiple of its rate in the account's own voice, from which it is not listed
	// (0 means DefaultLoadedMaxShared; a negative value turns the rule off).
	MaxShared float64 `json:"max_shared,omitempty"`
	// MinZ, if not 0, is the log-odds z-score against the background a listed word needs.
	MinZ float64 `json:"min_z,omitempty"`
	// All lists every loaded word the account uses in the analyzer's voices, whatever the
	// Shared, Common and MinZ rules say (the neutral-sense, name, attribution and voice
	// rules still apply): for looking at the figures, not for a list of the outlet's
	// choices. A word none of whose uses is counted (every one in a name, a neutral sense,
	// an attributed sentence or outside the analyzer's voices) is never listed: it is in
	// [LoadedReport]'s SetAside, with its figures, All or not.
	All bool `json:"all,omitempty"`
	// Others are the other accounts of the same event. Each word is counted there (the
	// Shared rule), and each of its uses is paired with the sentence of the other accounts
	// that reports the same thing (see ContrastPair): A says "slashes" where B says "cuts".
	Others []corpus.Document `json:"-"`
	// MinSimilarity is the cosine similarity (of content-word TF-IDF vectors over the
	// event's sentences) from which two sentences report the same thing (default 0.2).
	MinSimilarity float64 `json:"min_similarity,omitempty"`
	// ContrastLabels lists a label, a word that the lexicon lists only as pejorative or
	// laudatory ("hardliner", "visionary"), only when at least one of its uses is
	// contrasted (LoadedTerm.Contrasted): another account reports the same thing (the
	// aligned sentence of Others; see MinSimilarity) without the word. Loaded actions and
	// intensifiers ("slammed", "stunning") are listed on their own. It needs Others (an
	// error wrapping ErrOption without them). See LoadedTerms for why. Labels are known by
	// the names of their categories, "pejorative" and "laudatory", as LoadedLexicon names
	// them: with a Lexicon of other names the option drops nothing.
	ContrastLabels bool `json:"contrast_labels,omitempty"`
	// Top keeps the first Top terms; 0 keeps every term listed.
	Top int `json:"top,omitempty"`
	// Width is the runes of context in evidence lines (default 40).
	Width int `json:"width,omitempty"`
}

// A LoadedTerm is a loaded word of an account, with the figures that say whether it is the
// account's own choice.
type LoadedTerm struct {
	// Term is the counted term (stem) of the word; for a phrase entry of several content
	// words ("witch hunt"), their terms joined by a space.
	Term       string   `json:"term"`
	Word       string   `json:"word"`       // its most frequent surface form in the account's own uses
	Categories []string `json:"categories"` // the lexicon's categories it matched, sorted
	// Count is its loaded uses in the analyzer's voices: outside names, neutral senses and
	// attributed sentences.
	Count int `json:"count"`
	// Names and Neutral count the lexicon's matches inside capitalized names and inside
	// neutral senses, in any voice: uses that are not loaded and are not counted.
	Names   int `json:"names"`
	Neutral int `json:"neutral"`
	// Attributed counts its uses in the analyzer's voices and in OwnVoice inside a
	// sentence that attributes what it says (a form of "say" or "tell", or "according
	// to"), outside the cue's own subject, or quoted inside indirect speech ([voices.Span.Marked]):
	// a source's characterization the account reports, not counted.
	Attributed int `json:"attributed"`
	// InQuotes counts the lexicon's matches of the word outside the analyzer's voices (with
	// OwnVoice: inside direct quotations and scare quotes), outside names and neutral
	// senses: the source's words, not counted. Count + Names + Neutral + Attributed +
	// InQuotes is every match of the word in the account.
	InQuotes int `json:"in_quotes"`
	// Quoted counts the term in the account outside the analyzer's voices (every use, as
	// the analyzer counts terms, a lexicon match or not): what the account quotes.
	Quoted int `json:"quoted"`
	// Others counts the term in the other accounts of the event (every voice); -1 when none
	// were given.
	Others int `json:"others"`
	// Shared is the rate of the term in the other accounts and the account's quotations
	// together (Others + Quoted over their counted words), divided by its rate in the
	// account's own voice (Count over the account's counted words in the analyzer's
	// voices): 0 when neither uses the term, or there are no other accounts and no
	// quotations, or Count is 0 (a word of [LoadedReport.SetAside]).
	Shared float64 `json:"shared"`
	// Background counts the term in the background, BackgroundDocs the background's
	// documents it occurs in, and Share is BackgroundDocs over the background's documents.
	Background     int     `json:"background"`
	BackgroundDocs int     `json:"background_docs"`
	Share          float64 `json:"share"`
	// Z is the log-odds z-score of the account against the background (informative
	// Dirichlet prior, Monroe et al. 2008; see LogOddsOptions): how much more the account
	// uses the term than the background does. For a phrase of several terms, the smallest.
	Z float64 `json:"z"`
	// ZEvidence flags thin evidence under Z, as [Keyness] flags its rows (the row of the
	// term whose z is Z): "once", "one-side", "low-expected". Against a small background a
	// word the account uses once and the background never gets a z near 0: the prior,
	// drawn from both sides' counts, expects the background's few words to lack it anyway
	// (one use in 290,000 words against a background of 8: z = 0.0014). Such a z says the
	// data cannot tell the rates apart, not that the two use the word alike.
	ZEvidence Evidence `json:"z_evidence,omitempty"`
	// Aligned counts the uses whose sentence another account reports too: the sentence of
	// Others most similar to it reaches MinSimilarity (see Evidence).
	Aligned int `json:"aligned"`
	// Contrasted counts the aligned uses whose aligned sentence does not use the word (for
	// a phrase, its first term): another account reports the same thing in other words,
	// the departure from the other accounts that Fan et al. (2019) call lexical bias.
	Contrasted int `json:"contrasted"`
	// Evidence has one pair per counted use, in the order of the documents' IDs and of the
	// text: the word in its sentence, and with Others, the other accounts' sentence that
	// reports the same thing (its DocID is empty when no sentence is similar enough; of
	// equally similar ones, the first by document ID and offset).
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

// LoadedLexicon returns the default lexicon of [Analyzer.LoadedTerms]: the categories of
// [EvaluativeLexicon] whose words judge what they describe (intensifier, pejorative,
// laudatory and loaded-action). Its verbs of saying and knowing (assertive: "claim",
// "insist"; factive: "reveal", "failed to") shade a source's statement rather than
// describe the event, and are left out ([Analyzer.Stance] reports the assertive ones by
// source); on BASIL's tune half, annotators marked 3 of the 79 such words the articles
// used in their own voice (4 of 95 on the held half; lexicon version 4).
func LoadedLexicon() *Lexicon {
	l, err := EvaluativeLexicon().Select("intensifier", "pejorative", "laudatory", "loaded-action")
	if err != nil {
		panic(err) // the embedded lexicon has these categories: checked by the tests
	}
	return l
}

// NeutralSensesLexicon returns framediff's lexicon of fixed expressions in which a loaded
// word has a neutral sense: legal vocabulary ("allegations", "charged with", "contempt of
// court"), terms of art ("hostile takeover", "sanctions regime") and established names of
// what is reported ("election interference"); English only
// (framing/lexicons/neutral-senses.txt, which says how the entries were chosen).
// [Analyzer.LoadedTerms] does not count a loaded word inside one of its matches.
func NeutralSensesLexicon() *Lexicon { return mustLexicon("neutral-senses.txt", "neutral-senses") }

// The default lexicons of LoadedTerms, parsed once.
var (
	loadedDefaults             sync.Once
	defaultLoaded, defaultNeut *Lexicon
)

func loadedLexicons() (*Lexicon, *Lexicon) {
	loadedDefaults.Do(func() { defaultLoaded, defaultNeut = LoadedLexicon(), NeutralSensesLexicon() })
	return defaultLoaded, defaultNeut
}

// LoadedTerms lists the loaded words an account (one or more documents: an outlet's coverage
// of an event, or a side) chose: the words of a loaded-language lexicon it uses in the
// analyzer's voices (set Voices to OwnVoice for the outlet's own words), outside names,
// neutral senses and sentences that attribute what they say ("…, the mayor said"), that
// the other accounts of the event and the account's own quotations do not share and that are not the common vocabulary of the background, most marked against
// the background first (by Z, then Count, then Term). The rules, in the order they apply,
// are those of the file's opening comment, repeated at the fields of [LoadedOptions] and
// [LoadedTerm]; every listed word carries the figures each rule read.
//
// The background is what the account is measured against: the rest of the corpus, or
// neutral news such as a wire archive; it must count the analyzer's voices as the account
// does (an error wrapping [ErrMismatch] if not). With opts.Others, every use of a listed word is paired with the sentence in which
// another account reports the same thing.
//
// Measured on BASIL's development set (Fan et al. 2019: 48 events, each covered by three
// outlets whose loaded words annotators marked; TestBASILLoaded), the rules were chosen on
// one half of the events and are reported on the other; see the README for the figures.
//
// With opts.ContrastLabels, a label, a word the lexicon lists only as pejorative or
// laudatory ("hardliner", "visionary"; the one-sided terms and subjective words of
// Recasens et al. 2013), is listed only where the account departs from the others: one of
// its uses stands in a sentence that another account reports too (the aligned sentence of
// the evidence) without the word. That is lexical bias as Fan et al. (2019) define it, a
// word that carries a judgement where a plainer one reports the same fact; a label the
// other accounts have no counterpart for may be the usual description of a person or an
// issue, and the view cannot show that the outlet chose it. Loaded actions and
// intensifiers ("slammed", "stunning") judge the act they report and are listed on their
// own. On BASIL's development set (own voice, lift@10 as TestBASILLoaded defines it) the
// view lists fewer words and more of them marked: ratio to the unranked lexicon words 2.30
// on the tune half (23 hits of 60 listed; without it 1.89, 28 of 89), 1.58 on the held
// half (18 of 103, 95% bootstrap interval [1.12, 2.15]; without it 1.29, 21 of 147), 1.90
// on the whole. The rule was chosen on the tune half, where the labels the view listed
// were marked less often (9 of 40) than its other words (19 of 49), and those without a
// contrasting sentence least (5 of 29; with one, 4 of 11).
//
// LoadedTerms lists the words only; [Analyzer.LoadedReport] also accounts for every match
// of the lexicon the list leaves out, by the rule that set it aside.
func (an *Analyzer) LoadedTerms(account []corpus.Document, background *Profile, opts *LoadedOptions) ([]LoadedTerm, error) {
	r, err := an.LoadedReport(account, background, opts)
	if err != nil {
		return nil, err
	}
	return r.Terms, nil
}

// A LoadedReport is what [Analyzer.LoadedReport] finds: the loaded words listed, the words
// of the lexicon none of whose uses were counted, and a tally of every match of the
// lexicon in the account by what became of it, so that nothing is lost without a count.
type LoadedReport struct {
	// Terms are the words listed, as [Analyzer.LoadedTerms] returns them.
	Terms []LoadedTerm `json:"terms"`
	// SetAside are the words of the lexicon the account uses none of whose uses is
	// counted: every one is in a name, a neutral sense, an attributed sentence or outside
	// the analyzer's voices (a word only quoted). Each has the figures of a LoadedTerm
	// (Count 0, no evidence), the most matches first (then by Term). All lists none of
	// them: they have no use to list.
	SetAside []LoadedTerm `json:"set_aside"`
	// Tally counts every match of the lexicon by what became of it.
	Tally LoadedTally `json:"tally"`
}

// A LoadedTally accounts for every match of the lexicon in an account (one use of a word or
// phrase of it; one per start, the longest):
//
//	Hits = Uncounted + Neutral + Names + Attributed + InQuotes
//	     + Listed + Shared + Common + MinZ + Contrast + Top
//
// The first five are matches set aside before counting, by the rules of
// [Analyzer.LoadedTerms] in their order; the last six are counted uses (LoadedTerm.Count)
// of the words listed, and of the words left off the list by each rule (a word that fails
// several rules is counted at the first of Shared, Common, MinZ; Contrast is
// LoadedOptions.ContrastLabels, Top the words past LoadedOptions.Top).
type LoadedTally struct {
	Hits int `json:"hits"`
	// Uncounted: matches with no word the analyzer counts (only stop words, with the
	// analyzer's stop list or Stop).
	Uncounted int `json:"uncounted"`
	Neutral   int `json:"neutral"` // inside a neutral sense (LoadedTerm.Neutral)
	Names     int `json:"names"`   // inside a capitalized name (LoadedTerm.Names)
	// Attributed: in a sentence that attributes what it says, or quoted inside indirect
	// speech (LoadedTerm.Attributed): reported, the source's characterization.
	Attributed int `json:"attributed"`
	InQuotes   int `json:"in_quotes"` // outside the analyzer's voices (LoadedTerm.InQuotes)
	Listed     int `json:"listed"`    // counted uses of the words listed
	Shared     int `json:"shared"`    // counted uses of words the other accounts and quotations share
	Common     int `json:"common"`    // counted uses of words common in the background
	MinZ       int `json:"min_z"`     // counted uses of words below MinZ
	Contrast   int `json:"contrast"`  // counted uses of labels no other account contrasts
	Top        int `json:"top"`       // counted uses of words past Top
}

// SetAside returns the matches set aside before counting:
// Uncounted + Neutral + Names + Attributed + InQuotes.
func (t LoadedTally) SetAside() int {
	return t.Uncounted + t.Neutral + t.Names + t.Attributed + t.InQuotes
}

// Unlisted returns the counted uses of words left off the list:
// Shared + Common + MinZ + Contrast + Top.
func (t LoadedTally) Unlisted() int { return t.Shared + t.Common + t.MinZ + t.Contrast + t.Top }

// LoadedReport is [Analyzer.LoadedTerms] with the account of what the list leaves out: the
// words none of whose uses were counted (SetAside) and every match of the lexicon tallied
// by the rule that set it aside or left its word off the list (Tally). Its Terms are the
// bytes LoadedTerms returns.
//
// An account with no counted word in the analyzer's voices (with OwnVoice, one whose every
// word is quoted) lists nothing: every match is set aside (Tally.InQuotes). An account
// with no counted word in any voice, or a background with none, is an error wrapping
// [ErrEmpty] that says which.
//
// The account's documents and the other accounts' are read by up to [Analyzer.Workers]
// goroutines, each document once (the other accounts' without telling their voices
// apart, as their words count in every voice); the result is the same whatever the
// number.
func (an *Analyzer) LoadedReport(account []corpus.Document, background *Profile, opts *LoadedOptions) (*LoadedReport, error) {
	var o LoadedOptions
	if opts != nil {
		o = *opts
	}
	defLex, defNeutral := loadedLexicons()
	if o.Lexicon == nil {
		o.Lexicon = defLex
	}
	if o.Neutral == nil {
		o.Neutral = defNeutral
	}
	if o.KeepNeutral {
		o.Neutral = nil
	}
	o.MaxShare = cmp.Or(o.MaxShare, DefaultLoadedMaxShare)
	o.MaxShared = cmp.Or(o.MaxShared, DefaultLoadedMaxShared)
	o.MinSimilarity = cmp.Or(o.MinSimilarity, 0.2)
	if o.Width <= 0 {
		o.Width = 40
	}
	switch {
	case !finite(o.MinZ) || !finite(o.MaxShare) || !finite(o.MaxShared) || !finite(o.MinSimilarity):
		return nil, errorf(ErrOption, "LoadedOptions: MinZ = %v, MaxShare = %v, MaxShared = %v, MinSimilarity = %v (want finite numbers)",
			o.MinZ, o.MaxShare, o.MaxShared, o.MinSimilarity)
	case o.MaxShare < 0 || o.MaxShare > 1:
		return nil, errorf(ErrOption, "LoadedOptions.MaxShare = %v (want a share in (0, 1], or 0 for the default)", o.MaxShare)
	case o.MinSimilarity < 0 || o.MinSimilarity > 1 || o.Top < 0:
		return nil, errorf(ErrOption, "LoadedOptions: MinSimilarity = %v, Top = %d (want MinSimilarity in (0, 1], Top ≥ 0)", o.MinSimilarity, o.Top)
	}
	if background == nil {
		return nil, errorf(ErrOption, "LoadedTerms: no background profile")
	}
	if o.ContrastLabels && len(o.Others) == 0 {
		return nil, errorf(ErrOption, "LoadedOptions.ContrastLabels needs the other accounts of the event (Others): a label's contrast is a sentence of another account that reports the same thing")
	}
	if bv := background.Analyzer().Voices; !sameVoices(bv, an.Voices) {
		return nil, errorf(ErrMismatch, "LoadedTerms: the background counts the voices %s and the analyzer %s: count the background with the analyzer's voices, or a word's share of its documents and its z are not measured as the account's",
			bv, an.Voices)
	}
	pa, err := an.Profile(account...)
	if err != nil {
		return nil, err
	}
	if background.Total(1) == 0 {
		return nil, errorf(ErrEmpty, "LoadedTerms: the background has no counted words")
	}
	// An account with no counted word in the analyzer's voices (every word quoted, with
	// OwnVoice) has no z and no word to list: every match is set aside below.
	type zScore struct {
		z  float64
		ev Evidence
	}
	z := map[string]zScore{}
	if pa.Total(1) > 0 {
		rows, err := Keyness(pa, background, &KeynessOptions{N: 1})
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			z[r.Term] = zScore{r.Score, r.Evidence}
		}
	}

	lc := loadedCounter{an: an, o: &o}
	lc.all = *an
	lc.all.Voices = AllVoices
	lc.units = map[string]*loadedUnit{}
	lc.quoted = map[string]int{}
	lc.sentDF = map[string]int{}
	// The account's documents are segmented by the analyzer's workers ahead of account,
	// which reads them in order.
	if err := lc.all.tokensInOrder(account, false, func(di int, toks []Token, set *settings, quotes []Span) error {
		return lc.account(di, &account[di], toks, set, quotes)
	}); err != nil {
		return nil, err
	}
	if lc.ownWords+lc.quotedWords == 0 {
		return nil, errorf(ErrEmpty, "LoadedTerms: the account (%s) has no counted words in any voice", docIDs(account))
	}
	// The other accounts' words count in every voice: their tokens need no voices.
	others := map[string]int{}
	othersWords := 0
	if err := lc.all.tokensInOrder(o.Others, true, func(di int, toks []Token, _ *settings, _ []Span) error {
		for _, t := range toks {
			if t.Counted() {
				others[t.Term]++
				othersWords++
			}
		}
		lc.countSentences(toks)
		lc.keepSentences(di, toks)
		return nil
	}); err != nil {
		return nil, err
	}

	// Each unit the account uses in its own voice, with its figures; then the rules. The
	// units with no counted use are set aside, with their figures.
	rep := &LoadedReport{SetAside: []LoadedTerm{}}
	rep.Tally.Uncounted = lc.uncounted
	var order []*loadedUnit
	for _, u := range lc.units {
		lt := &u.out
		lt.Term, lt.Count, lt.Names, lt.Neutral, lt.Attributed, lt.InQuotes = u.key, u.count, u.names, u.neutral, u.attributed, u.inQuotes
		rep.Tally.Neutral += u.neutral
		rep.Tally.Names += u.names
		rep.Tally.Attributed += u.attributed
		rep.Tally.InQuotes += u.inQuotes
		lt.Word = mostFrequent(u.forms)
		if u.count == 0 {
			lt.Word = mostFrequent(u.hitForms)
		}
		for c := range u.cats {
			lt.Categories = append(lt.Categories, o.Lexicon.categories[c])
		}
		slices.Sort(lt.Categories)
		lt.Others = -1
		if len(o.Others) > 0 {
			lt.Others = math.MaxInt
		}
		lt.Quoted = math.MaxInt
		lt.Z = math.Inf(1)
		lt.Background, lt.BackgroundDocs = math.MaxInt, math.MaxInt
		for _, term := range u.terms { // a phrase is counted as its rarest term
			lt.Quoted = min(lt.Quoted, lc.quoted[term])
			if len(o.Others) > 0 {
				lt.Others = min(lt.Others, others[term])
			}
			ts, _ := background.Lookup(term)
			lt.Background, lt.BackgroundDocs = min(lt.Background, ts.Count), min(lt.BackgroundDocs, ts.DocFreq)
			if zt := z[term]; zt.z < lt.Z {
				lt.Z, lt.ZEvidence = zt.z, zt.ev
			}
		}
		if background.Documents() > 0 {
			lt.Share = float64(lt.BackgroundDocs) / float64(background.Documents())
		}
		lt.Evidence = []ContrastPair{}
		if u.count == 0 {
			rep.SetAside = append(rep.SetAside, *lt)
			continue
		}
		refUses, refWords := max(lt.Others, 0)+lt.Quoted, othersWords+lc.quotedWords
		if refUses > 0 && refWords > 0 {
			lt.Shared = (float64(refUses) / float64(refWords)) / (float64(lt.Count) / float64(lc.ownWords))
		}
		if !o.All {
			switch {
			case o.MaxShared > 0 && lt.Shared >= o.MaxShared:
				rep.Tally.Shared += lt.Count
				continue
			case lt.Share > o.MaxShare:
				rep.Tally.Common += lt.Count
				continue
			case o.MinZ != 0 && lt.Z < o.MinZ:
				rep.Tally.MinZ += lt.Count
				continue
			}
		}
		order = append(order, u)
	}
	slices.SortFunc(rep.SetAside, func(a, b LoadedTerm) int {
		return cmp.Or(cmp.Compare(b.Names+b.Neutral+b.Attributed+b.InQuotes, a.Names+a.Neutral+a.Attributed+a.InQuotes), strings.Compare(a.Term, b.Term))
	})
	slices.SortFunc(order, func(a, b *loadedUnit) int {
		return cmp.Or(cmp.Compare(b.out.Z, a.out.Z), cmp.Compare(b.out.Count, a.out.Count), strings.Compare(a.key, b.key))
	})
	if o.ContrastLabels {
		// The contrast is read from the evidence, so every candidate's is gathered first.
		if err := lc.evidence(account, order); err != nil {
			return nil, err
		}
		order = slices.DeleteFunc(order, func(u *loadedUnit) bool {
			if isLabel(u.out.Categories) && u.out.Contrasted == 0 {
				rep.Tally.Contrast += u.count
				return true
			}
			return false
		})
	}
	if o.Top > 0 && len(order) > o.Top {
		for _, u := range order[o.Top:] {
			rep.Tally.Top += u.count
		}
		order = order[:o.Top]
	}
	if !o.ContrastLabels {
		if err := lc.evidence(account, order); err != nil {
			return nil, err
		}
	}
	rep.Terms = make([]LoadedTerm, len(order))
	for i, u := range order {
		rep.Terms[i] = u.out
		rep.Tally.Listed += u.count
	}
	rep.Tally.Hits = lc.hits // the sum of the others: TestLoadedTally checks it
	return rep, nil
}

// docIDs names an account's documents for an error: the first three IDs, then how many
// more.
func docIDs(docs []corpus.Document) string {
	var ids []string
	for _, d := range docs[:min(3, len(docs))] {
		ids = append(ids, strconv.Quote(d.ID))
	}
	if len(docs) > 3 {
		ids = append(ids, fmt.Sprintf("and %d more", len(docs)-3))
	}
	if len(ids) == 0 {
		return "no documents"
	}
	return "documents " + strings.Join(ids, ", ")
}

// isLabel reports whether a word's categories are only the lexicon's labels, pejorative
// or laudatory (see LoadedOptions.ContrastLabels).
func isLabel(cats []string) bool {
	return len(cats) > 0 && !slices.ContainsFunc(cats, func(c string) bool { return c != "pejorative" && c != "laudatory" })
}

// finite reports whether x is a number and not infinite.
func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// mostFrequent returns the most frequent key of counts, the first in string order on ties.
func mostFrequent(counts map[string]int) string {
	best, n := "", 0
	for s, c := range counts {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

// loadedCounter gathers LoadedTerms' counts over an account, one document at a time.
type loadedCounter struct {
	an  *Analyzer
	o   *LoadedOptions
	all Analyzer // the analyzer with every voice, so that quotations are seen too
	m   lexMatcher

	units       map[string]*loadedUnit
	ownWords    int            // counted words in the analyzer's voices
	quotedWords int            // counted words outside them
	quoted      map[string]int // term -> uses outside the analyzer's voices
	sentDF      map[string]int // term -> sentences of the account and the others it occurs in
	sentences   int
	uses        []loadedUse // the account's counted loaded uses, in document order
	uncounted   int         // matches with no counted word (LoadedTally.Uncounted)
	hits        int         // every match of the lexicon (LoadedTally.Hits)

	// The other accounts' sentences, kept from their one reading for the alignment of
	// evidence (keepSentences): each sentence's counted terms are otherIDs[lo:hi], ids
	// into otherTerms (otherID: term -> id).
	otherSents []otherSentence
	otherIDs   []int32
	otherTerms []string
	otherID    map[string]int32
}

// otherSentence is a sentence of o.Others[doc], from the start of its first token to the
// end of its last, with its counted terms at otherIDs[lo:hi], in text order.
type otherSentence struct {
	doc, start, end int
	lo, hi          int
}

// A loadedUnit is a word (or phrase) of the lexicon as the account uses it.
type loadedUnit struct {
	key                   string
	terms                 []string
	cats                  map[int]bool
	forms                 map[string]int
	count, names, neutral int
	attributed, inQuotes  int
	hitForms              map[string]int // the surface of every match, counted or not
	out                   LoadedTerm
}

// A loadedUse is one counted use of a unit: its document, offsets and the sentence's.
type loadedUse struct {
	unit               *loadedUnit
	doc                int
	start, end         int
	sentStart, sentEnd int
	sentTerms          []string // the counted terms of its sentence, in text order
}

// account reads one document of the account, whose tokens (in every voice) are toks,
// listed with the settings set, with the voices' spans quotes.
func (lc *loadedCounter) account(di int, d *corpus.Document, toks []Token, set *settings, quotes []Span) error {
	lc.countSentences(toks)
	for _, t := range toks {
		if !t.Counted() {
			continue
		}
		if lc.an.Voices.Has(t.Voice) {
			lc.ownWords++
		} else {
			lc.quotedWords++
			lc.quoted[t.Term]++
		}
	}
	lc.m.prepare(set, d.Text, toks)
	var neutral [][2]int
	if lc.o.Neutral != nil {
		lc.m.match(lc.o.Neutral, func(_, start, end int, _ Voice) { neutral = append(neutral, [2]int{start, end}) })
	}
	// The lexicon's matches: one per start (the longest, with every category matched there),
	// none starting inside an earlier one.
	type match struct {
		start, end int
		cats       []int
	}
	var ms []match
	lc.m.match(lc.o.Lexicon, func(cat, start, end int, _ Voice) {
		if n := len(ms); n > 0 && ms[n-1].start == start {
			ms[n-1].end = max(ms[n-1].end, end)
			ms[n-1].cats = append(ms[n-1].cats, cat)
			return
		}
		if n := len(ms); n > 0 && start < ms[n-1].end {
			return
		}
		ms = append(ms, match{start, end, []int{cat}})
	})
	caps := sentenceCaps(d.Text, toks)
	var attributed []bool
	if !lc.o.KeepAttributed {
		attributed = attributedTokens(d.Text, toks)
		markedTokens(attributed, toks, quotes)
	}
	lc.hits += len(ms)
	// Whether a match lies inside a neutral sense, in one walk: the matches come in order of
	// their starts, and reach is the farthest end of the neutral senses starting at or
	// before the match's start (a scan of every sense for every match was quadratic).
	slices.SortFunc(neutral, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	ni, reach := 0, -1
	ti := 0
	for _, mt := range ms {
		for ti < len(toks) && toks[ti].Start < mt.start {
			ti++
		}
		var terms []string
		first := -1
		for k := ti; k < len(toks) && toks[k].End <= mt.end; k++ {
			if toks[k].Counted() {
				terms = append(terms, toks[k].Term)
				if first < 0 {
					first = k
				}
			}
		}
		if first < 0 { // only words the analyzer does not count (stop words, with Stop)
			lc.uncounted++
			continue
		}
		key := strings.Join(terms, " ")
		u := lc.units[key]
		if u == nil {
			u = &loadedUnit{key: key, terms: terms, cats: map[int]bool{}, forms: map[string]int{}, hitForms: map[string]int{}}
			lc.units[key] = u
		}
		for _, c := range mt.cats {
			u.cats[c] = true
		}
		u.hitForms[d.Text[mt.start:mt.end]]++
		for ; ni < len(neutral) && neutral[ni][0] <= mt.start; ni++ {
			reach = max(reach, neutral[ni][1])
		}
		switch {
		case reach >= mt.end:
			u.neutral++
		case !lc.o.KeepNames && inName(d.Text, toks, first, caps):
			u.names++
		case lc.an.Voices.Has(toks[first].Voice) && OwnVoice.Has(toks[first].Voice) && attributed != nil && attributed[first]:
			u.attributed++
		case lc.an.Voices.Has(toks[first].Voice):
			u.count++
			word := d.Text[mt.start:mt.end]
			u.forms[word]++
			s0, s1 := sentenceSpan(toks, first)
			var st []string
			for k := s0; k < s1; k++ {
				if toks[k].Counted() {
					st = append(st, toks[k].Term)
				}
			}
			lc.uses = append(lc.uses, loadedUse{unit: u, doc: di, start: mt.start, end: mt.end,
				sentStart: toks[s0].Start, sentEnd: toks[s1-1].End, sentTerms: st})
		default: // outside the analyzer's voices: the source's word
			u.inQuotes++
		}
	}
	return nil
}

// countSentences adds a document's sentences to the sentence frequencies of the TF-IDF
// vectors that align evidence.
func (lc *loadedCounter) countSentences(toks []Token) {
	seen := map[string]bool{}
	last := -1
	for _, t := range toks {
		if t.Sentence != last {
			clear(seen)
			last = t.Sentence
			lc.sentences++
		}
		if t.Counted() && !seen[t.Term] {
			seen[t.Term] = true
			lc.sentDF[t.Term]++
		}
	}
}

// keepSentences keeps the sentences of o.Others[di], whose tokens are toks, with their
// counted terms, for evidence: the other accounts are read once, not again to align the
// listed words' sentences with theirs.
func (lc *loadedCounter) keepSentences(di int, toks []Token) {
	if lc.otherID == nil {
		lc.otherID = map[string]int32{}
	}
	for i := 0; i < len(toks); {
		s0, s1 := sentenceSpan(toks, i)
		i = s1
		lo := len(lc.otherIDs)
		for k := s0; k < s1; k++ {
			if !toks[k].Counted() {
				continue
			}
			id, ok := lc.otherID[toks[k].Term]
			if !ok {
				id = int32(len(lc.otherTerms))
				lc.otherID[toks[k].Term] = id
				lc.otherTerms = append(lc.otherTerms, toks[k].Term)
			}
			lc.otherIDs = append(lc.otherIDs, id)
		}
		if len(lc.otherIDs) > lo {
			lc.otherSents = append(lc.otherSents, otherSentence{doc: di, start: toks[s0].Start, end: toks[s1-1].End, lo: lo, hi: len(lc.otherIDs)})
		}
	}
}

// sentenceSpan returns the tokens [s0, s1) of the sentence of toks[i].
func sentenceSpan(toks []Token, i int) (int, int) {
	s0, s1 := i, i+1
	for s0 > 0 && toks[s0-1].Sentence == toks[i].Sentence {
		s0--
	}
	for s1 < len(toks) && toks[s1].Sentence == toks[i].Sentence {
		s1++
	}
	return s0, s1
}

// sentenceCaps returns, for each sentence number, whether the sentence is in title case:
// at least 3 of its words are not stop words, and 80% of those start with a capital letter.
func sentenceCaps(text string, toks []Token) map[int]bool {
	type tally struct{ words, caps int }
	t := map[int]*tally{}
	for _, tk := range toks {
		if tk.Term == "" {
			continue
		}
		s := t[tk.Sentence]
		if s == nil {
			s = &tally{}
			t[tk.Sentence] = s
		}
		s.words++
		if r, _ := utf8.DecodeRuneInString(text[tk.Start:]); unicode.IsUpper(r) {
			s.caps++
		}
	}
	out := map[int]bool{}
	for k, s := range t {
		if s.words >= 3 && 10*s.caps >= 8*s.words {
			out[k] = true
		}
	}
	return out
}

// markedTokens marks in attributed the tokens of the spans that are quoted inside
// indirect speech ([voices.Span.Marked]: "Ruiz said Marek had “lied” to voters"), whatever the
// cue: the source's word, in the own voice, not the outlet's choice. spans are sorted by
// start, as a segmentation gives them.
func markedTokens(attributed []bool, toks []Token, spans []Span) {
	k := 0
	for _, sp := range spans {
		if !sp.Marked {
			continue
		}
		for k < len(toks) && toks[k].Start < sp.Start {
			k++
		}
		for j := k; j < len(toks) && toks[j].End <= sp.End; j++ {
			attributed[j] = true
		}
	}
}

// attributedTokens marks the tokens of the sentences that hold one of the plainest
// attribution cues of English news, a form of "say" or "tell" or "according to" ("the plan
// was reckless, the mayor said"; "according to the report, the agency bungled it"),
// except the words of the cue's own subject: those before a cue in its clause, at most
// five tokens before it ("the brutal junta said …", "a reckless budget that residents
// had said they feared": the outlet's words for the speaker or the thing, not the
// source's). A clause ends at punctuation, so the words before a comma and an inverted
// "the mayor said" stay marked.
func attributedTokens(text string, toks []Token) []bool {
	out := make([]bool, len(toks))
	var cues []int // the cue tokens of the current sentence
	start := 0
	for i := 0; i <= len(toks); i++ {
		if i == len(toks) || toks[i].Sentence != toks[start].Sentence {
			for j := start; j < i; j++ {
				out[j] = len(cues) > 0 && !subjectOf(toks, j, cues)
			}
			cues, start = cues[:0], i
			if i == len(toks) {
				break
			}
		}
		switch strings.ToLower(toks[i].Surface(text)) {
		case "say", "says", "said", "saying", "tell", "tells", "told", "telling":
			cues = append(cues, i)
		case "according":
			if i+1 < len(toks) && toks[i+1].Sentence == toks[i].Sentence && strings.EqualFold(toks[i+1].Surface(text), "to") {
				cues = append(cues, i)
			}
		}
	}
	return out
}

// subjectOf reports whether toks[i] stands before one of the cues in the cue's clause, at
// most five tokens before it: a word of the cue's subject (see attributedTokens).
func subjectOf(toks []Token, i int, cues []int) bool {
	for _, c := range cues {
		if i < c && c-i <= 5 && toks[i].Clause == toks[c].Clause {
			return true
		}
	}
	return false
}

// inName reports whether toks[i] is part of a capitalized name: its word starts with a
// capital letter and is not all capitals, its sentence is not in title case, and it either
// does not open its sentence or is followed in its clause, after white space only, by
// another capitalized word.
func inName(text string, toks []Token, i int, titleCase map[int]bool) bool {
	t := toks[i]
	if !capitalized(t.Surface(text)) || titleCase[t.Sentence] {
		return false
	}
	if i > 0 && toks[i-1].Sentence == t.Sentence {
		return true
	}
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.Clause == t.Clause && strings.TrimSpace(text[t.End:n.Start]) == "" && capitalized(n.Surface(text))
}

// capitalized reports whether a word starts with a capital letter and has a small one.
func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && strings.IndexFunc(s, unicode.IsLower) >= 0
}

// evidence fills the evidence of the listed units: every counted use, and with Others the
// aligned sentence of the other accounts.
func (lc *loadedCounter) evidence(account []corpus.Document, listed []*loadedUnit) error {
	if len(listed) == 0 {
		return nil
	}
	keep := map[*loadedUnit]bool{}
	for _, u := range listed {
		keep[u] = true
	}
	o := lc.o
	type acct struct {
		vec   []termWeight
		best  float64
		other int // index into o.Others, -1 if none
		start int
		end   int
		terms map[string]bool
	}
	var sents []*acct
	bySpan := map[[3]int]*acct{}
	var uses []*loadedUse
	for i := range lc.uses {
		u := &lc.uses[i]
		if !keep[u.unit] {
			continue
		}
		uses = append(uses, u)
		if len(o.Others) == 0 {
			continue
		}
		k := [3]int{u.doc, u.sentStart, u.sentEnd}
		if bySpan[k] == nil {
			a := &acct{vec: lc.tfidf(u.sentTerms), best: -1, other: -1}
			bySpan[k] = a
			sents = append(sents, a)
		}
	}
	// The other accounts' sentences, each against every account sentence it shares a term
	// with; the most similar one (the first on ties) at MinSimilarity or above is kept.
	if len(sents) > 0 {
		type posting struct {
			sent int
			w    float64
		}
		postings := map[string][]posting{}
		for si, a := range sents {
			for _, tw := range a.vec {
				postings[tw.term] = append(postings[tw.term], posting{si, tw.w})
			}
		}
		dots := make([]float64, len(sents))
		var touched []int
		var st []string
		for _, sn := range lc.otherSents {
			d := &o.Others[sn.doc]
			st = st[:0]
			posted := false
			for _, id := range lc.otherIDs[sn.lo:sn.hi] {
				t := lc.otherTerms[id]
				st = append(st, t)
				posted = posted || postings[t] != nil
			}
			if !posted {
				continue // shares no term with a sentence of the account's listed uses
			}
			vec := lc.tfidf(st)
			touched = touched[:0]
			for _, tw := range vec {
				for _, p := range postings[tw.term] {
					if dots[p.sent] == 0 {
						touched = append(touched, p.sent)
					}
					dots[p.sent] += tw.w * p.w
				}
			}
			for _, si := range touched {
				a := sents[si]
				// The most similar sentence; on ties the first by document ID and
				// offset, whatever the order of Others.
				sim := dots[si]
				better := sim > a.best || sim == a.best && a.other >= 0 &&
					(d.ID < o.Others[a.other].ID || d.ID == o.Others[a.other].ID && sn.start < a.start)
				if sim >= o.MinSimilarity && better {
					a.best, a.other, a.start, a.end = sim, sn.doc, sn.start, sn.end
					a.terms = map[string]bool{}
					for _, t := range st {
						a.terms[t] = true
					}
				}
				dots[si] = 0
			}
		}
	}
	slices.SortStableFunc(uses, func(a, b *loadedUse) int {
		return cmp.Or(strings.Compare(account[a.doc].ID, account[b.doc].ID), cmp.Compare(a.start, b.start))
	})
	for _, u := range uses {
		d := &account[u.doc]
		pair := ContrastPair{Word: lineAt(d, u.start, u.end, o.Width, VoiceNarrative, ""),
			Sentence: lineAt(d, u.sentStart, u.sentEnd, o.Width, VoiceNarrative, "")}
		if a := bySpan[[3]int{u.doc, u.sentStart, u.sentEnd}]; a != nil && a.other >= 0 {
			od := &o.Others[a.other]
			pair.Other = lineAt(od, a.start, a.end, o.Width, VoiceNarrative, "")
			pair.Similarity = a.best
			pair.Shared = a.terms[u.unit.terms[0]]
			u.unit.out.Aligned++
			if !pair.Shared {
				u.unit.out.Contrasted++
			}
		}
		u.unit.out.Evidence = append(u.unit.out.Evidence, pair)
	}
	return nil
}

// termWeight is one term's weight in a sentence vector.
type termWeight struct {
	term string
	w    float64
}

// tfidf returns the unit-length TF-IDF vector of a sentence's terms, sorted by term, with
// the weight tf·ln(1 + n/df) (n sentences in the account and the others, df those holding
// the term).
func (lc *loadedCounter) tfidf(terms []string) []termWeight {
	sorted := slices.Clone(terms)
	slices.Sort(sorted)
	var vec []termWeight
	for _, t := range sorted {
		if n := len(vec); n > 0 && vec[n-1].term == t {
			vec[n-1].w++
			continue
		}
		vec = append(vec, termWeight{t, 1})
	}
	norm := 0.0
	for i := range vec {
		vec[i].w *= math.Log(1 + float64(lc.sentences)/float64(max(lc.sentDF[vec[i].term], 1)))
		norm += vec[i].w * vec[i].w
	}
	norm = math.Sqrt(norm)
	for i := range vec {
		vec[i].w /= norm
	}
	return vec
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

// sameVoices reports whether a and b count the same voices (the zero Set is every voice).
func sameVoices(a, b Voices) bool {
	for _, v := range []voices.Voice{VoiceNarrative, VoiceQuote, VoiceScare, VoiceReported, VoiceTitle} {
		if a.Has(v) != b.Has(v) {
			return false
		}
	}
	return true
}
