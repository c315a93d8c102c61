package framing

// Near-duplicate documents. Republished articles and syndicated wire copy count their words
// twice and make two documents of one: NearDuplicates finds them, so that a comparison can
// keep one of each.
//
// The method is Broder's: a document is the set of its shingles (runs of w consecutive
// words), two documents resemble each other by the Jaccard similarity of those sets, and a
// MinHash signature estimates it (Broder 1997, "On the resemblance and containment of
// documents", Compression and Complexity of Sequences, IEEE, 21–29; Broder, Glassman,
// Manasse & Zweig 1997, "Syntactic clustering of the Web"). Signatures are cut into bands
// for locality-sensitive hashing, so that only documents that agree on a whole band are
// compared (Indyk & Motwani 1998; Leskovec, Rajaraman & Ullman, Mining of Massive Datasets,
// ch. 3): near-linear work instead of all pairs. Every pair the bands propose is then
// compared exactly, word for word, so no pair below the threshold is ever reported.
//
// Why MinHash and not SimHash. SimHash (Charikar 2002; Manku, Jain & Das Sarma 2007,
// "Detecting near-duplicates for web crawling", WWW) fingerprints a weighted vector of
// features and estimates the angle between the vectors; it suits web-scale crawls where a
// 64-bit fingerprint per page is all one can keep. Here the corpus is in memory, the unit a
// reader checks is "how much of the text is the same", which is the Jaccard similarity of
// shingle sets (a share of shared passages, with no term weights), and MinHash estimates
// exactly that, with a banding whose chance of proposing a pair has a closed form
// (1 − (1 − J^r)^b) that the defaults are chosen from and the tests check.

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/internal/scan"
)

// DedupeOptions configures [NearDuplicates] and [Overlap]. The zero value finds documents
// whose sets of 5-word shingles have a Jaccard similarity of 0.8 or more, across outlets,
// with 21 bands of 6 MinHash values seeded with [DefaultSeed].
type DedupeOptions struct {
	// Threshold is the least Jaccard similarity of two documents' shingle sets for them to
	// be near-duplicates, in (0, 1]; 0 means 0.8. It applies to the exact similarity: a pair
	// is reported only if its shingle sets, compared word for word, reach it. With 5-word
	// shingles, a 400-word article (396 shingles) and a copy with 8 words changed far apart
	// (each change replaces the 5 shingles that hold it) share 356 of 436 shingles, J =
	// 0.82; a copy without a 40-word paragraph of the middle shares 352 of 400, J = 0.88.
	Threshold float64 `json:"threshold"`
	// Shingle is the number of consecutive words in a shingle, 1 to 25; 0 means 5. A text
	// with fewer words is one shingle of all its words.
	Shingle int `json:"shingle"`
	// Bands and Rows set the banding: Bands×Rows MinHash values a document, and two
	// documents are compared when they agree on all Rows values of at least one band, which
	// happens to a pair of similarity J with probability
	//
	//	P(J) = 1 − (1 − J^Rows)^Bands
	//
	// Both 0 chooses them from Threshold: with at most 128 values, the largest Rows (fewest
	// pairs compared in vain) for which P(Threshold) ≥ 0.99, Bands = 128/Rows; for 0.8 that
	// is 21 bands of 6 (P(0.8) = 0.998, P(0.9) > 0.999 99, P(0.5) = 0.28, P(0.3) = 0.015).
	// Otherwise both must be positive, Bands×Rows at most 4096.
	Bands int `json:"bands"`
	Rows  int `json:"rows"`
	// Seed seeds the MinHash functions; 0 means DefaultSeed. The seed changes only
	// Member.Estimate, which pairs below the threshold are compared in vain
	// (Duplicates.Comparisons), and which pairs near the threshold are missed, if any (a
	// pair at the threshold is missed with probability 1 − Duplicates.Recall); never the
	// similarity of a pair reported.
	Seed uint64 `json:"seed"`
	// Within keeps clusters inside one group of documents: "" lets a cluster join any
	// documents (a wire story and an outlet's copy of it), "outlet", "kind" or "event" only
	// documents with the same value of that field (an outlet's own republications). To keep
	// each side of a comparison whole, call NearDuplicates on each side's documents.
	Within string `json:"within,omitempty"`
	// Workers is how many goroutines compute signatures: 0 means GOMAXPROCS. Results are
	// the same bytes whatever the number.
	Workers int `json:"-"`
}

// maxDedupeHashes is the most MinHash values a signature may have (Bands×Rows).
const maxDedupeHashes = 4096

// resolve copies the options, fills in the defaults and checks them.
func (o *DedupeOptions) resolve() (DedupeOptions, error) {
	var c DedupeOptions
	if o != nil {
		c = *o
	}
	if c.Threshold == 0 {
		c.Threshold = 0.8
	}
	if c.Shingle == 0 {
		c.Shingle = 5
	}
	if c.Seed == 0 {
		c.Seed = DefaultSeed
	}
	switch {
	case math.IsNaN(c.Threshold) || c.Threshold < 0 || c.Threshold > 1:
		return c, errorf(ErrOption, "DedupeOptions.Threshold = %v (want a similarity in (0, 1])", c.Threshold)
	case c.Shingle < 1 || c.Shingle > 25:
		return c, errorf(ErrOption, "DedupeOptions.Shingle = %d (want 1 to 25 words)", c.Shingle)
	case c.Bands < 0 || c.Rows < 0 || (c.Bands == 0) != (c.Rows == 0):
		return c, errorf(ErrOption, "DedupeOptions.Bands = %d, Rows = %d (want both 0, or both positive)", c.Bands, c.Rows)
	case c.Bands > maxDedupeHashes || c.Rows > maxDedupeHashes || c.Bands*c.Rows > maxDedupeHashes:
		return c, errorf(ErrOption, "DedupeOptions.Bands×Rows = %d×%d (at most %d MinHash values)", c.Bands, c.Rows, maxDedupeHashes)
	}
	switch c.Within {
	case "", "outlet", "kind", "event":
	default:
		return c, errorf(ErrOption, "DedupeOptions.Within = %q (want \"\", \"outlet\", \"kind\" or \"event\")", c.Within)
	}
	if c.Bands == 0 {
		c.Bands, c.Rows = banding(c.Threshold, 128, 0.99)
	}
	return c, nil
}

// banding returns the bands and rows for a threshold t: within a budget of MinHash values,
// the largest rows r for which a pair of similarity t is proposed with probability at least
// recall, with budget/r bands; one row of budget bands if none reaches it.
func banding(t float64, budget int, recall float64) (bands, rows int) {
	for r := budget; r >= 1; r-- {
		b := budget / r
		if CandidateProbability(t, b, r) >= recall {
			return b, r
		}
	}
	return budget, 1
}

// CandidateProbability returns the probability that MinHash banding with the given bands
// and rows proposes for comparison a pair of documents whose shingle sets have Jaccard
// similarity j:
//
//	P(j) = 1 − (1 − j^rows)^bands
//
// Each MinHash value of two sets agrees with probability j (Broder 1997), a band of rows
// independent values with probability j^rows, and the pair is proposed if any band agrees.
// It is 0 for j = 0 and 1 for j = 1; bands or rows below 1 give 0.
func CandidateProbability(j float64, bands, rows int) float64 {
	if bands < 1 || rows < 1 || !(j > 0) {
		return 0
	}
	if j >= 1 {
		return 1
	}
	band := math.Pow(j, float64(rows))
	// 1 − (1 − band)^bands, accurate when band is tiny.
	return -math.Expm1(float64(bands) * math.Log1p(-band))
}

// Duplicates is the result of [NearDuplicates]: clusters of near-duplicate documents, each
// with the one to keep, and the settings and counts that produced them.
type Duplicates struct {
	Options DedupeOptions `json:"options"` // as used: defaults filled in
	// Recall is the probability that the banding proposes a pair whose similarity is just
	// Threshold, CandidateProbability(Threshold, Bands, Rows); more similar pairs are
	// proposed more surely. Proposed pairs are compared exactly, so every reported pair is
	// at or above the threshold.
	Recall    float64 `json:"recall"`
	Documents int     `json:"documents"` // documents examined
	// Empty counts documents without a word, which are never clustered; Short those with
	// fewer words than a shingle (each is one shingle of all its words, so only a text with
	// the same words in the same order matches it).
	Empty int `json:"empty"`
	Short int `json:"short"`
	// Clusters lists the groups of near-duplicates, the largest first (then by the kept
	// document's ID). A document belongs to at most one cluster.
	Clusters []Cluster `json:"clusters"`
	// Dropped counts the documents that Keep drops: the members of every cluster.
	Dropped int `json:"dropped"`
	// Comparisons counts the pairs of documents compared word for word: the pairs the
	// banding proposed, once each. It measures the work done: all pairs would be
	// Documents×(Documents−1)/2.
	Comparisons int `json:"comparisons"`
}

// A Cluster is a document to keep and its near-duplicates, which [Duplicates.Keep] drops.
type Cluster struct {
	Kept    DocRef   `json:"kept"`
	Members []Member `json:"members"` // by Jaccard similarity, highest first, then ID
}

// Size returns the number of documents in the cluster, the kept one included.
func (c *Cluster) Size() int { return 1 + len(c.Members) }

// A DocRef names a document.
type DocRef struct {
	ID        string    `json:"id"`
	Outlet    string    `json:"outlet"`
	Published time.Time `json:"published,omitzero"`
}

// A Member is a near-duplicate of a cluster's kept document, with the evidence: how much of
// the two texts is the same (Overlap, with the kept document's text as a and the member's
// as b) and the MinHash estimate of it.
type Member struct {
	DocRef
	// Estimate is the share of the MinHash values (Bands×Rows of them) on which the two
	// documents agree: the estimate of the Jaccard similarity that found the pair. Its
	// standard error is √(J(1−J)/(Bands×Rows)), 0.036 at J = 0.8 with the defaults.
	Estimate float64     `json:"estimate"`
	Overlap  TextOverlap `json:"overlap"`
}

// TextOverlap says how much two texts a and b have in common: the evidence behind a
// near-duplicate (see [Overlap]).
type TextOverlap struct {
	// Shared counts the distinct shingles in both texts, Union those in either; Jaccard is
	// Shared/Union, exact (0 when neither text has a word).
	Shared  int     `json:"shared"`
	Union   int     `json:"union"`
	Jaccard float64 `json:"jaccard"`
	// DiffA and DiffB are the byte offsets in a and in b of the first word at which the
	// texts' words part (as compared: lowercased, apostrophes folded). Where one text's
	// words all begin the other, its offset is its length. Both are -1 when the texts have
	// the same words in the same order, differing at most in case, punctuation or spacing.
	DiffA int `json:"diff_a"`
	DiffB int `json:"diff_b"`
	// Lines counts the non-blank lines of a that are also lines of b (compared without
	// their leading and trailing spaces), out of LinesA; LinesB counts b's non-blank lines.
	Lines  int `json:"lines"`
	LinesA int `json:"lines_a"`
	LinesB int `json:"lines_b"`
	// Longest lists up to three of those shared lines, the longest first (then in a's
	// order): where they are in a and in b.
	Longest []LineMatch `json:"longest,omitempty"`
}

// A LineMatch is a line found in two texts: byte ranges [StartA, EndA) in a and [StartB,
// EndB) in b, without leading and trailing spaces.
type LineMatch struct {
	StartA int `json:"start_a"`
	EndA   int `json:"end_a"`
	StartB int `json:"start_b"`
	EndB   int `json:"end_b"`
}

// Keep returns docs without the documents that d's clusters drop (their members), in their
// order, and how many it dropped. Each cluster's kept document stays. Documents d never saw
// are kept.
func (d *Duplicates) Keep(docs []corpus.Document) (kept []corpus.Document, dropped int) {
	drop := make(map[string]bool, d.Dropped)
	for i := range d.Clusters {
		for _, m := range d.Clusters[i].Members {
			drop[m.ID] = true
		}
	}
	kept = make([]corpus.Document, 0, len(docs))
	for _, doc := range docs {
		if drop[doc.ID] {
			dropped++
			continue
		}
		kept = append(kept, doc)
	}
	return kept, dropped
}

// NearDuplicates finds the documents whose texts are near-duplicates: those whose sets of
// shingles (Options.Shingle consecutive words) have a Jaccard similarity of at least
// Options.Threshold,
//
//	J(A, B) = |S(A) ∩ S(B)| / |S(A) ∪ S(B)|
//
// where S(X) is the set of the shingles of X's Text (the Title is not read). Words are
// those the [Analyzer] tokenizes, lowercased, with apostrophes and hyphens folded, stop
// words and numbers kept and nothing stemmed: a copy is a copy word for word. J lies in
// [0, 1]; it is 1 for two texts with the same shingles.
//
// Each document's shingle set is summarized by a MinHash signature of Bands×Rows values;
// pairs that agree on a whole band (see [CandidateProbability]) are compared exactly, and
// those at or above the threshold are clustered. Clusters are built greedily, in the order
// of keeping: documents sorted by publication time, earliest first (documents without one
// last), then by ID; each document not yet in a cluster keeps every later one not yet in a
// cluster that is a near-duplicate of it. So every member of a cluster is a near-duplicate
// of its kept document, and the kept one is the cluster's earliest. (A document similar to
// a member but not to the kept one is left out of that cluster.)
//
// The work is near-linear in the number of documents: each is read once for its
// signature, and pairs are compared only within bands (Duplicates.Comparisons counts
// them), unless very many documents resemble each other just below the threshold. Memory
// is about 8 bytes a band per document, and more for documents in shared buckets.
//
// Every document needs an ID, unique among docs: an empty ID is an error wrapping
// [corpus.ErrMissingField], a repeated one [corpus.ErrDuplicateID]. Invalid options are an
// error wrapping [ErrOption].
//
// The result does not depend on the order of docs or on Options.Workers: documents are
// processed in the order of their IDs, and the MinHash functions are drawn from a PCG
// generator seeded with Options.Seed.
func NearDuplicates(docs []corpus.Document, opts *DedupeOptions) (*Duplicates, error) {
	o, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	// Canonical order: by ID.
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(docs[a].ID, docs[b].ID) })
	for k, i := range order {
		if docs[i].ID == "" {
			return nil, fmt.Errorf("framing: NearDuplicates: document %d has no id: %w", i, corpus.ErrMissingField)
		}
		if k > 0 && docs[order[k-1]].ID == docs[i].ID {
			return nil, fmt.Errorf("framing: NearDuplicates: document id %q: %w", docs[i].ID, corpus.ErrDuplicateID)
		}
	}
	ds := make([]*corpus.Document, len(docs))
	for k, i := range order {
		ds[k] = &docs[i]
	}
	mh := newMinHasher(o)
	res := &Duplicates{Options: o, Documents: len(ds), Clusters: []Cluster{}}
	res.Recall = CandidateProbability(o.Threshold, o.Bands, o.Rows)

	// Signatures, in parallel: the band keys of each document and its number of words.
	keys, words := mh.bandKeys(ds, o)
	for _, n := range words {
		switch {
		case n == 0:
			res.Empty++
		case n < o.Shingle:
			res.Short++
		}
	}
	lsh := buildBuckets(keys, words, len(ds), o.Bands)

	// Greedy clustering in the order of keeping.
	prio := make([]int, len(ds))
	for i := range prio {
		prio[i] = i
	}
	slices.SortStableFunc(prio, func(a, b int) int { return keepOrder(ds[a], ds[b]) })
	const free = -1
	owner := make([]int32, len(ds))
	for i := range owner {
		owner[i] = free
	}
	seen := make([]int32, len(ds))
	for i := range seen {
		seen[i] = -1
	}
	var cmpr exactComparer
	var cands []int32
	for _, c := range prio {
		if owner[c] != free {
			continue
		}
		owner[c] = int32(c)
		cands = lsh.candidates(c, owner, seen, cands[:0])
		if len(cands) == 0 {
			continue
		}
		group := withinKey(ds[c], o.Within)
		cmpr.setA(ds[c].Text, o.Shingle)
		var members []Member
		var sigC []uint32
		for _, m := range cands {
			if withinKey(ds[m], o.Within) != group {
				continue // a band key shared across groups by a hash collision
			}
			res.Comparisons++
			ov := cmpr.compare(ds[m].Text)
			if ov.Jaccard < o.Threshold {
				continue
			}
			owner[m] = int32(c)
			if sigC == nil {
				sigC = mh.signature(ds[c].Text)
			}
			sigM := mh.signature(ds[m].Text)
			members = append(members, Member{DocRef: docRef(ds[m]), Estimate: agreement(sigC, sigM), Overlap: ov})
		}
		if len(members) == 0 {
			continue
		}
		slices.SortFunc(members, func(a, b Member) int {
			return cmp.Or(cmp.Compare(b.Overlap.Jaccard, a.Overlap.Jaccard), strings.Compare(a.ID, b.ID))
		})
		res.Clusters = append(res.Clusters, Cluster{Kept: docRef(ds[c]), Members: members})
		res.Dropped += len(members)
	}
	slices.SortFunc(res.Clusters, func(a, b Cluster) int {
		return cmp.Or(cmp.Compare(len(b.Members), len(a.Members)), strings.Compare(a.Kept.ID, b.Kept.ID))
	})
	return res, nil
}

// keepOrder orders documents for keeping: earliest publication first, documents without one
// last, then by ID.
func keepOrder(a, b *corpus.Document) int {
	za, zb := a.Published.IsZero(), b.Published.IsZero()
	switch {
	case za && !zb:
		return 1
	case !za && zb:
		return -1
	}
	return cmp.Or(a.Published.Compare(b.Published), strings.Compare(a.ID, b.ID))
}

func docRef(d *corpus.Document) DocRef {
	return DocRef{ID: d.ID, Outlet: d.Outlet, Published: d.Published}
}

// withinKey returns the value of the field that DedupeOptions.Within names.
func withinKey(d *corpus.Document, within string) string {
	switch within {
	case "outlet":
		return d.Outlet
	case "kind":
		return d.Kind
	case "event":
		return d.Event
	}
	return ""
}

// agreement returns the share of positions where two signatures agree.
func agreement(a, b []uint32) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// mix64 is SplitMix64's finalizer (Steele, Lea & Flood 2014): a bijection of 64-bit words
// in which every input bit affects every output bit.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// wordHash returns the 64-bit FNV-1a hash of the word text[start:end] as compared: as
// normalize gives it (lowercased, apostrophes and hyphens folded, NFC).
func wordHash(text string, start, end int) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	w := text[start:end]
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			w = normalize(w, false)
			for i := 0; i < len(w); i++ {
				h = (h ^ uint64(w[i])) * prime
			}
			return h
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * prime
	}
	return h
}

// minHasher computes MinHash signatures. Each 64-bit hash mix64(s ^ salt[j]) of a shingle
// hash s gives two 32-bit hash values, its low and its high half: value j of a text's
// signature is the least low half over the text's shingles, value len(salt)+j the least
// high half (the first n of these 2·len(salt) values are used). The two halves of one
// strong 64-bit hash behave as two independent hash functions, and two different shingles
// share a 32-bit value with probability 2^-32, so each value of two texts' signatures
// agrees with probability J (Broder 1997), up to about (shingles)·2^-32, at half the cost
// of a 64-bit hash a value.
type minHasher struct {
	salt    []uint64
	n       int // values a signature
	shingle int
}

func newMinHasher(o DedupeOptions) *minHasher {
	n := o.Bands * o.Rows
	rng := rand.New(rand.NewPCG(o.Seed, 0x6d696e68617368)) // "minhash"
	salt := make([]uint64, (n+1)/2)
	for i := range salt {
		salt[i] = rng.Uint64()
	}
	return &minHasher{salt: salt, n: n, shingle: o.Shingle}
}

// shingleHashes returns the hashes of text's shingles (a shingle that recurs is there as
// often: minimums do not mind), and its number of words, using buf.
func (mh *minHasher) shingleHashes(text string, buf []uint64) (hashes []uint64, words int) {
	toks := buf[:0]
	sc := scan.NewScanner(text)
	for {
		start, end, ok := sc.NextWord()
		if !ok {
			break
		}
		toks = append(toks, wordHash(text, start, end))
	}
	n := len(toks)
	if n == 0 {
		return toks, 0
	}
	w := min(mh.shingle, n)
	// Shingle hashes overwrite the word hashes in place: shingle i reads words i..i+w-1,
	// none of which an earlier shingle has overwritten.
	for i := 0; i+w <= n; i++ {
		h := uint64(w) * 0x9e3779b97f4a7c15
		for j := i; j < i+w; j++ {
			h = mix64(h ^ toks[j])
		}
		toks[i] = h
	}
	return toks[:n-w+1], n
}

// signature returns text's MinHash signature (nil for a text without words).
func (mh *minHasher) signature(text string) []uint32 {
	sh, _ := mh.shingleHashes(text, nil)
	if len(sh) == 0 {
		return nil
	}
	return mh.minimums(sh, nil)
}

// minimums returns the signature of the shingle hashes sh, in sig: the low halves' minimums
// first, then the high halves'.
func (mh *minHasher) minimums(sh []uint64, sig []uint32) []uint32 {
	m := len(mh.salt)
	sig = slices.Grow(sig[:0], 2*m)[:2*m]
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	salts, lo, hi := mh.salt, sig[:m], sig[m:2*m]
	for _, s := range sh {
		for j := range salts {
			v := mix64(s ^ salts[j])
			if a := uint32(v); a < lo[j] {
				lo[j] = a
			}
			if b := uint32(v >> 32); b < hi[j] {
				hi[j] = b
			}
		}
	}
	return sig[:mh.n]
}

// bandKey hashes one band of a signature, and the document's group.
func bandKey(band []uint32, group uint64) uint64 {
	h := group
	for _, v := range band {
		h = mix64(h ^ uint64(v))
	}
	return h
}

// bandKeys returns each document's band keys (Bands a document, in a flat slice) and its
// number of words; documents are divided among o.Workers goroutines.
func (mh *minHasher) bandKeys(ds []*corpus.Document, o DedupeOptions) (keys []uint64, words []int) {
	keys = make([]uint64, len(ds)*o.Bands)
	words = make([]int, len(ds))
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var next atomic.Int64
	work := func() {
		var buf []uint64
		var sig []uint32
		for i := int(next.Add(1) - 1); i < len(ds); i = int(next.Add(1) - 1) {
			var sh []uint64
			sh, words[i] = mh.shingleHashes(ds[i].Text, buf)
			buf = sh[:0]
			if len(sh) == 0 {
				continue
			}
			sig = mh.minimums(sh, sig)
			group := uint64(0x5eed)
			if o.Within != "" {
				g := withinKey(ds[i], o.Within)
				group = wordHash(g, 0, len(g))
			}
			for b := range o.Bands {
				keys[i*o.Bands+b] = bandKey(sig[b*o.Rows:(b+1)*o.Rows], mix64(group+uint64(b)))
			}
		}
	}
	workers = max(1, min(workers, len(ds)))
	if workers == 1 {
		work() // on the caller's goroutine
		return keys, words
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
	}
	wg.Wait()
	return keys, words
}

// buckets holds the bands' buckets with more than one document: bucket k's documents are
// docs[start[k]:start[k+1]], and document i's buckets are ofDoc[ofStart[i]:ofStart[i+1]].
type buckets struct {
	docs, start      []int32
	ofDoc, ofStart   []int32
	scanned, visited int // work done by candidates, for the tests
}

// buildBuckets sorts each band's keys and keeps the runs of two or more documents.
func buildBuckets(keys []uint64, words []int, n, bands int) *buckets {
	bk := &buckets{start: []int32{0}}
	idx := make([]int32, 0, n)
	var pairs [][2]int32 // (document, bucket)
	for b := range bands {
		idx = idx[:0]
		for i := range n {
			if words[i] > 0 {
				idx = append(idx, int32(i))
			}
		}
		key := func(i int32) uint64 { return keys[int(i)*bands+b] }
		slices.SortFunc(idx, func(x, y int32) int { return cmp.Or(cmp.Compare(key(x), key(y)), cmp.Compare(x, y)) })
		for lo := 0; lo < len(idx); {
			hi := lo + 1
			for hi < len(idx) && key(idx[hi]) == key(idx[lo]) {
				hi++
			}
			if hi-lo > 1 {
				k := int32(len(bk.start) - 1)
				for _, d := range idx[lo:hi] {
					bk.docs = append(bk.docs, d)
					pairs = append(pairs, [2]int32{d, k})
				}
				bk.start = append(bk.start, int32(len(bk.docs)))
			}
			lo = hi
		}
	}
	slices.SortFunc(pairs, func(x, y [2]int32) int { return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1])) })
	bk.ofStart = make([]int32, n+1)
	bk.ofDoc = make([]int32, len(pairs))
	for k, p := range pairs {
		bk.ofStart[p[0]+1]++
		bk.ofDoc[k] = p[1]
	}
	for i := range n {
		bk.ofStart[i+1] += bk.ofStart[i]
	}
	return bk
}

// candidates appends to dst the documents that share a bucket with c and have no owner,
// each once, in increasing order; seen marks those already listed for c.
func (bk *buckets) candidates(c int, owner, seen []int32, dst []int32) []int32 {
	for _, k := range bk.ofDoc[bk.ofStart[c]:bk.ofStart[c+1]] {
		bk.visited++
		for _, m := range bk.docs[bk.start[k]:bk.start[k+1]] {
			bk.scanned++
			if int(m) == c || owner[m] != -1 || seen[m] == int32(c) {
				continue
			}
			seen[m] = int32(c)
			dst = append(dst, m)
		}
	}
	slices.Sort(dst)
	return dst
}

// exactComparer compares one text a with others, word for word.
type exactComparer struct {
	shingle int
	a, b    wordSeq
	ids     map[string]uint32 // a's words
	extra   map[string]uint32 // b's words that a lacks
	textA   string
	linesA  []lineRef
}

// A wordSeq is a text's words as ids, with their byte offsets, and its distinct shingles
// as the sorted starts of their windows.
type wordSeq struct {
	ids      []uint32
	starts   []int
	w        int     // words a shingle: Shingle, or fewer for a short text
	shingles []int32 // window starts, sorted by the window's ids, distinct windows only
}

type lineRef struct {
	start, end int
}

// setA makes text the one the next comparisons are with.
func (x *exactComparer) setA(text string, shingle int) {
	x.shingle, x.textA = shingle, text
	if x.ids == nil {
		x.ids, x.extra = map[string]uint32{}, map[string]uint32{}
	}
	clear(x.ids)
	x.a.read(text, shingle, func(w string) uint32 {
		id, ok := x.ids[w]
		if !ok {
			id = uint32(len(x.ids))
			x.ids[w] = id
		}
		return id
	})
	x.linesA = x.linesA[:0]
	forLines(text, func(start, end int) { x.linesA = append(x.linesA, lineRef{start, end}) })
}

// compare returns the overlap of a (the text of setA) and b.
func (x *exactComparer) compare(b string) TextOverlap {
	clear(x.extra)
	x.b.read(b, x.shingle, func(w string) uint32 {
		if id, ok := x.ids[w]; ok {
			return id
		}
		id, ok := x.extra[w]
		if !ok {
			id = uint32(len(x.ids) + len(x.extra))
			x.extra[w] = id
		}
		return id
	})
	a := &x.a
	ov := TextOverlap{DiffA: -1, DiffB: -1}
	// Shared shingles: merge the two sorted lists.
	i, j := 0, 0
	for i < len(a.shingles) && j < len(x.b.shingles) {
		switch c := slices.Compare(a.window(a.shingles[i]), x.b.window(x.b.shingles[j])); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			ov.Shared++
			i++
			j++
		}
	}
	ov.Union = len(a.shingles) + len(x.b.shingles) - ov.Shared
	if ov.Union > 0 {
		ov.Jaccard = float64(ov.Shared) / float64(ov.Union)
	}
	// The first word where the sequences part.
	k := 0
	for k < len(a.ids) && k < len(x.b.ids) && a.ids[k] == x.b.ids[k] {
		k++
	}
	if k < len(a.ids) || k < len(x.b.ids) {
		ov.DiffA, ov.DiffB = len(x.textA), len(b)
		if k < len(a.ids) {
			ov.DiffA = a.starts[k]
		}
		if k < len(x.b.ids) {
			ov.DiffB = x.b.starts[k]
		}
	}
	x.sharedLines(b, &ov)
	return ov
}

// sharedLines counts the lines of a found in b and lists the longest three.
func (x *exactComparer) sharedLines(b string, ov *TextOverlap) {
	inB := map[string]lineRef{}
	forLines(b, func(start, end int) {
		ov.LinesB++
		if _, ok := inB[b[start:end]]; !ok {
			inB[b[start:end]] = lineRef{start, end}
		}
	})
	ov.LinesA = len(x.linesA)
	var found []LineMatch
	for _, la := range x.linesA {
		if lb, ok := inB[x.textA[la.start:la.end]]; ok {
			ov.Lines++
			found = append(found, LineMatch{StartA: la.start, EndA: la.end, StartB: lb.start, EndB: lb.end})
		}
	}
	slices.SortStableFunc(found, func(p, q LineMatch) int { return cmp.Compare(q.EndA-q.StartA, p.EndA-p.StartA) })
	if len(found) > 3 {
		found = found[:3]
	}
	if len(found) > 0 {
		ov.Longest = slices.Clone(found)
	}
}

// forLines calls f with the byte range of each non-blank line of text, trimmed of spaces.
func forLines(text string, f func(start, end int)) {
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		lo := start + len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
		hi := start + len(strings.TrimRightFunc(line, unicode.IsSpace))
		if lo < hi {
			f(lo, hi)
		}
		start = end + 1
	}
}

// read sets s to text's words, as ids given by id, and its distinct shingles.
func (s *wordSeq) read(text string, shingle int, id func(string) uint32) {
	s.ids, s.starts, s.shingles = s.ids[:0], s.starts[:0], s.shingles[:0]
	sc := scan.NewScanner(text)
	for {
		start, end, ok := sc.NextWord()
		if !ok {
			break
		}
		s.ids = append(s.ids, id(normalize(text[start:end], false)))
		s.starts = append(s.starts, start)
	}
	if len(s.ids) == 0 {
		return
	}
	s.w = min(shingle, len(s.ids))
	for i := 0; i+s.w <= len(s.ids); i++ {
		s.shingles = append(s.shingles, int32(i))
	}
	slices.SortFunc(s.shingles, func(p, q int32) int {
		return cmp.Or(slices.Compare(s.window(p), s.window(q)), cmp.Compare(p, q))
	})
	s.shingles = slices.CompactFunc(s.shingles, func(p, q int32) bool { return slices.Equal(s.window(p), s.window(q)) })
}

func (s *wordSeq) window(p int32) []uint32 { return s.ids[p : int(p)+s.w] }

// Overlap compares two texts word for word: the Jaccard similarity of their shingle sets,
// as [NearDuplicates] computes it with the Shingle of opts (nil means the defaults; the
// other options are not used), the first word where they part, and the lines they share.
// Invalid options are an error wrapping [ErrOption].
func Overlap(a, b string, opts *DedupeOptions) (TextOverlap, error) {
	o, err := opts.resolve()
	if err != nil {
		return TextOverlap{}, err
	}
	var x exactComparer
	x.setA(a, o.Shingle)
	return x.compare(b), nil
}
