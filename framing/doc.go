// Package framing measures how two accounts of the same news event differ in their words:
// which terms one side uses and the other avoids, how strongly, and how far apart the two
// vocabularies are, with the evidence to check every number.
//
// A typical comparison pits a state outlet's coverage of an event against a wire service's.
// An [Analyzer] turns each side's documents into a [Profile] of term counts; a comparison
// ([Compare], [Keyness], [JensenShannon]) scores the two profiles against each other.
//
// # Pipeline
//
// The [Analyzer] runs, for every token: boilerplate removal (datelines and sign-offs, see
// [Boilerplate]), tokenization with byte offsets into the original text, possessive
// stripping, normalization (NFC, apostrophes and hyphens folded, lowercase), protected
// terms, number and stop-word removal, and Snowball stemming; then n-grams within clauses.
// [Analyzer.Tokens] shows each step's outcome for a text, token by token, with offsets, so
// any count can be traced to the words that produced it.
//
// Stems are for counting; people read words. Every term keeps the surface forms that
// produced it ([TermStat.Forms]), reports show the most frequent one, and
// [Profile.StemAudit] lists the words each stem merged, so that a bad merge
// ("international" and "internal" under "intern") can be seen and prevented with
// [Analyzer.Protected].
//
// # Scores
//
// Term level, side A against side B, for every term ([Keyness] under a [Measure]; the 2×2
// statistics themselves, which need no text, are in package
// github.com/framediff/framediff/framing/stats):
//
//   - [MeasureLogOdds]: Monroe, Colaresi & Quinn (2008) log-odds ratio with an
//     informative, uniform or background Dirichlet prior, two- or four-term variance; z
//     and p (see [LogOddsOptions]).
//   - [stats.LogLikelihood] (Dunning's G², optionally Williams-corrected) and [stats.LogLikelihood2]
//     (the UCREL calculator's two-term variant).
//   - [stats.ChiSquare]: uncorrected, always-on Yates (R's chisq.test), quanteda's conditional
//     Yates.
//   - [stats.FisherExact]: two-sided, exact and stable for counts in the millions.
//   - [stats.LogRatio] (Hardie), [stats.LogRatioConservative] (Evert's LRC), [stats.PMI] (quanteda's),
//     [stats.PercentDiff] (%DIFF), and the scaled F-score (Scattertext).
//
// Every [KeyTerm] row carries the readable word, the stem, counts and rates per million on
// both sides, the score, Log Ratio as the effect size, the p-value, the p-value adjusted by
// [stats.AdjustP] (Bonferroni, Holm, Benjamini–Hochberg, Benjamini–Yekutieli, as R's p.adjust),
// and [Evidence] flags for thin data. Nothing is filtered by default. Those p-values are
// token-level: they take every word as an independent draw. [DocumentTest] tests a
// comparison's terms with documents as the units (a permutation of the side labels over
// documents, exact where the arrangements are few), and [CompareSplit] and
// [EventCounts.Compare] run it on one family of terms, the strongest leaning to each side
// among all they scored, whatever they list (KeyTerm.DocP, Comparison.DocTest).
//
// Account level: [JensenShannon] (bits) with [WordShift] (in [Bits] or [Nats]) (each word's contribution and
// direction), [Hellinger], [Cosine] and [CosineTFIDF], [Jaccard], and [KullbackLeibler]
// (smoothed, never infinite).
//
// Matrices: [Analyzer.Matrix] and [NewMatrix] build a sparse document-term [Matrix];
// [Matrix.Weight] applies TF and IDF variants (scikit-learn's and quanteda's) and L2
// normalization; [Matrix.Dense], [Matrix.Cosine] and [Matrix.LSA] use gonum; and
// [Matrix.WriteMatrixMarket] exports for R and Python.
//
// Each score's documentation gives its formula, log base, range and reference, and the
// tests reproduce figures from scipy, scikit-learn and R.
//
// # Framing analyses
//
// [voices.Quotes] separates an outlet's own voice from direct quotations, scare quotes, quoted
// titles and reported speech, with speakers (one canonical name each) and reporting verbs;
// a word or two quoted inside a clause of reported speech ("Ruiz said Marek had “lied” to
// voters") are counted with the reported speech, in the own voice, their spans marked
// ([voices.Span.Marked]). [Analyzer.Voices] counts some of them ([OwnVoice], [QuotedVoices]), and
// [Analyzer.VoiceStats] reports who is quoted how, counting [Statements] (one source and
// cue with what they introduce, however many quotation marks cut it); each document names
// a speaker by its own canonical name, and [JoinSpeakerNames] joins the names of one
// speaker across documents: a surname alone and the one full name it can stand for,
// spellings of one name in different romanizations (BGN/PCGN, the Ukrainian system of
// 2010, ISO 9, older French and German spellings, press spellings of Arabic names:
// [voices.SurnameKey], [voices.GivenNameKey]) when the given names agree word for word,
// a numbered part of a legal text and the text, the forms of one country's body, the
// names of one country ("US", "United States"), and an acronym of three letters or more
// and the name of a body its initials spell ("IAEA"); it
// never joins different given names, and a surname alone that several full names could
// stand for stays a row of its own unless one of them has more than four times the
// statements of every other. [JoinSpeakerRoles] joins one more kind: a speaker named by
// a role alone ("Ukrainian president") to the person the statements title so
// ([VoiceStats].Roles, [RoleOf]). [Analyzer.QuotedTerms]
// lists a side's scare quotes (or its quotations, the marked words among them), and [Analyzer.Stance] how a side treats each source: verbs,
// labels, evaluative words around it, and the quotations it rebuts; [Analyzer.VoiceReport]
// gives all three in one pass, and the profiles of the words in some voices too (to compare
// with [CompareSplitProfiles], without segmenting the texts again). A [Lexicon] (framediff's
// [FramesLexicon], [EvaluativeLexicon] and [MarkersLexicon], or the user's own, including
// LIWC .dic files) turns texts into category counts ([Analyzer.LexiconProfile]);
// [Analyzer.LoadedTerms] lists the loaded words an account chose: lexicon words in its own
// voice, outside names and neutral senses ([NeutralSensesLexicon]), that the other accounts
// of the event and its own quotations do not share and the background does not use
// commonly, with the other accounts' aligned sentences as evidence.
// [Analyzer.ContrastTarget] compares what each side says around an entity; [Analyzer.Labels]
// harvests how each side refers to one referent and pairs the labels each prefers;
// [FindVariants] and [Analyzer.Variants] control spelling variants; [PoolEvents] pools
// comparisons over many events, and [EventCounts.PoolLexicon] a lexicon's categories the
// same way (never lumped over events, where a category's lean can reverse); [CountTimeline] follows terms and categories per side over
// days, weeks or months. Every count
// can be traced to keyword-in-context lines ([Analyzer.Concordance],
// [Analyzer.CategoryConcordance], [Analyzer.CollocateConcordance]).
//
// # Determinism
//
// The same input gives the same bytes out. Vocabularies are sorted; rankings use a total
// order (score, then n-gram order, then term); sums run in vocabulary order; the order in
// which documents are added to a profile does not change it. Internal hash tables use
// random seeds, but nothing observable depends on them. The permutation tests of
// [PoolEvents] and [DocumentTest] draw from PCG generators seeded with PoolOptions.Seed and
// DocTestOptions.Seed ([DefaultSeed] when zero), mixed with the event's name and the draw's
// number, over documents in the order of their IDs.
//
// # Concurrency
//
// An [Analyzer] and a finished [Profile] are plain values, safe for concurrent use by any
// number of goroutines as long as none modifies them. A [Counter] is not: use one per
// goroutine and combine the profiles with [Merge], which gives exactly the profile of all
// the documents counted at once.
package framing
