package framing

import (
	"bytes"
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/internal/scan"
)

// A Lexicon is a dictionary of categories (frames, evaluative language, ...) whose entries
// are words, glob patterns ("isolat*") or phrases, matched on normalized words or on stems.
// Load one with [ParseLexicon] (framediff's text format) or [ParseDic] (the LIWC-style .dic
// format researchers already own), or use the two shipped with framediff: [FramesLexicon]
// and [EvaluativeLexicon]. A Lexicon is immutable and safe for concurrent use.
type Lexicon struct {
	name       string
	categories []string
	entries    []lexEntry
	// byWord finds the entries whose first word is literal (no "*"): an open-addressing
	// table of the first such entry of each word plus one (0: empty), hashed with seed;
	// next chains the others, in order.
	byWord    []int32
	seed      maphash.Seed
	next      []int32        // entry -> the next entry with the same literal first word, or -1
	byPrefix  map[byte][]int // first byte of a glob's first word -> entries
	anyPrefix []int          // globs whose first word starts with "*"
	// stemmed holds, per language name, the lexicon with the words of its "~" entries
	// replaced by their stems in that language (see forLanguage).
	stemmed sync.Map
	lang    string // the language a stemmed lexicon was made for; "" for one as parsed
}

type lexEntry struct {
	words []string // normalized words or stems, possibly with "*"
	stem  bool
	cats  []int
	text  string // as written, for messages
	lang  string // the only language the entry matches in; "" for every language
}

// Name returns the lexicon's name.
func (l *Lexicon) Name() string { return l.name }

// Categories returns the category names, in the order the lexicon defines them.
func (l *Lexicon) Categories() []string { return slices.Clone(l.categories) }

// Len returns the number of entries.
func (l *Lexicon) Len() int { return len(l.entries) }

//go:embed lexicons/*.txt
var lexiconFS embed.FS

func mustLexicon(file, name string) *Lexicon {
	f, err := lexiconFS.Open("lexicons/" + file)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	l, err := ParseLexicon(f, name)
	if err != nil {
		panic(err) // the embedded files are checked by the tests
	}
	return l
}

// FramesLexicon returns framediff's lexicon of generic news frames: conflict, cooperation,
// security, economic, morality, responsibility, human-interest, sovereignty,
// delegitimizing (of media and sources) and resolution (solutions: plans, policies,
// agreements). The categories follow Semetko & Valkenburg (2000), Frermann et al. (2023)
// and the framing literature on international conflict; the word lists were written for
// framediff (framing/lexicons/news-frames.txt, which documents the sources and how the
// English lists were checked against coded articles).
func FramesLexicon() *Lexicon { return mustLexicon("news-frames.txt", "news-frames") }

// EvaluativeLexicon returns framediff's lexicon of evaluative (loaded) language, after the
// kinds of biased wording of Recasens et al. (2013) and the subjectivity clues of Wilson et
// al. (2005): intensifier, pejorative, laudatory, loaded-action (verbs that charge a neutral
// act: "slash", "gut", "ram through"), assertive (verbs of saying that cast doubt or
// commitment: "claim", "insist", "tout") and factive (verbs that presuppose: "reveal",
// "failed to"). Entries are Snowball stems, so inflections match without prefix
// over-matching. The word lists were written for framediff by a rule stated in
// framing/lexicons/evaluative.txt (version 4: from general knowledge of news style; its
// header says what its authors had read of the development data and when). Select
// categories with [Lexicon.Select].
func EvaluativeLexicon() *Lexicon { return mustLexicon("evaluative.txt", "evaluative") }

// MarkersLexicon returns framediff's lexicon of stance markers: hedge ("may", "reportedly")
// and booster ("clearly", "in fact"), after Hyland (2005). They mark how committed a writer
// is, not loaded wording, and are kept out of [EvaluativeLexicon]
// (framing/lexicons/stance-markers.txt).
func MarkersLexicon() *Lexicon { return mustLexicon("stance-markers.txt", "stance-markers") }

// Select returns a lexicon with the given categories of l only, in l's order; it is an
// error (wrapping ErrOption) to name a category l lacks.
func (l *Lexicon) Select(categories ...string) (*Lexicon, error) {
	out := &Lexicon{name: l.name}
	keep := map[int]int{} // l's category -> out's
	for i, c := range l.categories {
		if slices.Contains(categories, c) {
			keep[i] = len(out.categories)
			out.categories = append(out.categories, c)
		}
	}
	for _, c := range categories {
		if !slices.Contains(l.categories, c) {
			return nil, errorf(ErrOption, "lexicon %q has no category %q (it has %s)", l.name, c, strings.Join(l.categories, ", "))
		}
	}
	for _, e := range l.entries {
		var cats []int
		for _, c := range e.cats {
			if k, ok := keep[c]; ok {
				cats = append(cats, k)
			}
		}
		if len(cats) > 0 {
			e.cats = cats
			e.words = slices.Clone(e.words)
			out.entries = append(out.entries, e)
		}
	}
	out.index()
	return out, nil
}

// Entries returns the entries of a category as written in the lexicon ("~slash",
// "isolat*", "territorial integrity"), in the lexicon's order; nil if there is no such
// category.
func (l *Lexicon) Entries(category string) []string {
	ci := slices.Index(l.categories, category)
	if ci < 0 {
		return nil
	}
	var out []string
	for _, e := range l.entries {
		if slices.Contains(e.cats, ci) {
			text := e.text
			if e.stem {
				text = "~" + text
			}
			if e.lang != "" {
				text = "@" + e.lang + " " + text
			}
			out = append(out, text)
		}
	}
	return out
}

// ParseLexicon reads a lexicon in framediff's text format:
//
//	# a comment
//	[conflict]
//	clash*
//	territorial integrity
//	~attack
//
// "[name]" starts a category; each following line is an entry of one or more words. A word
// is matched on the normalized (lowercased, apostrophes folded) form of a token; "*"
// matches any run of characters; an entry starting with "~" is matched on the tokens'
// Snowball stems instead. An entry may appear under several categories. "#" at the start
// of a line or after a space starts a comment that runs to the end of the line
// ("clash*  # and clashes"); elsewhere it is part of the entry.
//
// The file is decoded as the corpus loaders decode text (see [corpus.Decode]): UTF-8, with
// or without a byte-order mark, UTF-16 or UTF-32 with one, and lines ending in LF, CR LF
// or CR. Every error names the line: a line over 1 MiB, a control character or a
// byte-order mark inside the file, and an entry no word can ever match (one without a
// letter or digit such as "--", one holding a character words never hold such as "&" or
// a zero-width space, or one starting with a hyphen), besides the errors of the format.
//
// One lexicon can hold several languages under the same category names, so that category
// rates compare across languages: a line "@russian" (a language name or ISO code that
// [ResolveLanguage] knows) makes the entries after it match only in documents of that
// language, until the next such line; "@all" makes them match in every language again (the
// default at the top). A category header may appear again, in another language's block:
//
//	@english
//	[conflict]
//	clash*
//	@russian
//	[conflict]
//	столкновени*
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	l := &Lexicon{name: name}
	catIndex := map[string]int{}
	size := sizeHint(r)
	b := lexBuilder{chunk: 4096}
	l.entries = make([]lexEntry, 0, size/6) // (pages of the capacity never used are never touched)
	cur := -1
	lang := ""
	err := readLines(r, "lexicon", name, func(line int, s string) error {
		s = strings.TrimSpace(stripComment(s))
		if err := plainLine(s); err != nil {
			return fmt.Errorf("framing: lexicon %s:%d: %w", name, line, err)
		}
		switch {
		case s == "":
		case strings.HasPrefix(s, "@"):
			tag := strings.TrimSpace(s[1:])
			if tag == "all" {
				lang = ""
				return nil
			}
			resolved, err := ResolveLanguage(tag)
			if err != nil || tag == "" || strings.ContainsAny(tag, " \t") {
				return fmt.Errorf("framing: lexicon %s:%d: %q is not a language (want @all or one of %s): %w", name, line, s, strings.Join(Languages(), ", "), ErrOption)
			}
			lang = resolved
		case strings.HasPrefix(s, "["):
			if !strings.HasSuffix(s, "]") || strings.TrimSpace(s[1:len(s)-1]) == "" {
				return fmt.Errorf("framing: lexicon %s:%d: bad category header %q: %w", name, line, s, ErrOption)
			}
			c := strings.TrimSpace(s[1 : len(s)-1])
			i, ok := catIndex[c]
			if !ok {
				i = len(l.categories)
				catIndex[c] = i
				l.categories = append(l.categories, c)
			}
			cur = i
		default:
			if cur < 0 {
				return fmt.Errorf("framing: lexicon %s:%d: entry %q before any [category]: %w", name, line, s, ErrOption)
			}
			if err := l.addTo(s, cur, lang, &b); err != nil {
				return fmt.Errorf("framing: lexicon %s:%d: %w", name, line, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(l.entries) == 0 {
		return nil, fmt.Errorf("framing: lexicon %s has no entries: %w", name, ErrOption)
	}
	b = lexBuilder{} // its index is garbage from here on
	l.index()
	return l, nil
}

// ParseLabelTable reads a table of translation-equivalent labels as a lexicon whose
// categories are the labels, so that one contested label counts as one category across
// languages ("special military operation" and "специальная военная операция"). The table
// is CSV (RFC 4180) with the header row label,language,expression; each row is one way of
// writing the label in one language (a name or ISO code [ResolveLanguage] knows, or "all"),
// in the lexicon's entry syntax: words, "*" globs ("специальн* военн* операци*" matches
// every case ending), or a "~" entry of Snowball stems. The file is decoded, and its
// entries checked, as [ParseLexicon] does; errors name the line where the row starts.
func ParseLabelTable(r io.Reader, name string) (*Lexicon, error) {
	dec, err := corpus.Decode(r)
	if err != nil {
		return nil, fmt.Errorf("framing: label table %s: %w: %w", name, err, ErrOption)
	}
	cr := csv.NewReader(dec)
	cr.FieldsPerRecord = 3
	// read returns the next record and its line, or an error naming the line.
	read := func() ([]string, int, error) {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil, 0, err
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, 0, fmt.Errorf("framing: label table %s:%d: %v: %w", name, pe.StartLine, pe.Err, ErrOption)
		}
		if err != nil {
			return nil, 0, fmt.Errorf("framing: label table %s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		size := 0
		for _, f := range rec {
			size += len(f)
		}
		if size > maxLine {
			return nil, 0, fmt.Errorf("framing: label table %s:%d: a row longer than %d bytes: %w", name, line, maxLine, ErrOption)
		}
		for _, f := range rec {
			if err := plainLine(f); err != nil {
				return nil, 0, fmt.Errorf("framing: label table %s:%d: %w", name, line, err)
			}
		}
		return rec, line, nil
	}
	header, _, err := read()
	if err == io.EOF {
		return nil, fmt.Errorf("framing: label table %s: empty, want the header label,language,expression: %w", name, ErrOption)
	}
	if err != nil {
		return nil, err
	}
	for i, want := range []string{"label", "language", "expression"} {
		if strings.ToLower(strings.TrimSpace(header[i])) != want {
			return nil, fmt.Errorf("framing: label table %s:1: header %q, want label,language,expression: %w", name, header, ErrOption)
		}
	}
	l := &Lexicon{name: name}
	catIndex := map[string]int{}
	entryIndex := map[string]int{}
	for {
		rec, line, err := read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		label, lang, expr := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1]), strings.TrimSpace(rec[2])
		if label == "" || expr == "" {
			return nil, fmt.Errorf("framing: label table %s:%d: empty label or expression: %w", name, line, ErrOption)
		}
		switch lang {
		case "all":
			lang = ""
		case "":
			return nil, fmt.Errorf("framing: label table %s:%d: no language (a name, an ISO code or all): %w", name, line, ErrOption)
		default:
			if lang, err = ResolveLanguage(lang); err != nil {
				return nil, fmt.Errorf("framing: label table %s:%d: %w", name, line, err)
			}
		}
		c, ok := catIndex[label]
		if !ok {
			c = len(l.categories)
			catIndex[label] = c
			l.categories = append(l.categories, label)
		}
		if err := l.add(expr, c, lang, entryIndex); err != nil {
			return nil, fmt.Errorf("framing: label table %s:%d: %w", name, line, err)
		}
	}
	if len(l.entries) == 0 {
		return nil, fmt.Errorf("framing: label table %s has no rows: %w", name, ErrOption)
	}
	l.index()
	return l, nil
}

// ParseDic reads a lexicon in the LIWC .dic format: a header between two "%" lines that
// numbers the categories ("1<tab>posemo"), then one entry per line followed by its category
// numbers ("abandon*<tab>2 5"). Entries may be phrases ("kind of"); "*" matches any ending.
// A category number or name defined twice is an error.
// framediff ships no LIWC dictionary: this reads the ones researchers license. The file is
// decoded, and its entries checked, as [ParseLexicon] does (an emoticon entry such as
// ":)" can never match a word, so it is an error); errors name the line.
func ParseDic(r io.Reader, name string) (*Lexicon, error) {
	l := &Lexicon{name: name}
	ids := map[string]int{}
	b := lexBuilder{chunk: 4096}
	section := 0 // 0 before the header, 1 in it, 2 after
	err := readLines(r, "dic", name, func(line int, s string) error {
		s = strings.TrimSpace(s)
		if err := plainLine(s); err != nil {
			return fmt.Errorf("framing: dic %s:%d: %w", name, line, err)
		}
		if s == "" {
			return nil
		}
		if s == "%" {
			if section == 2 {
				return fmt.Errorf("framing: dic %s:%d: a third %%: %w", name, line, ErrOption)
			}
			section++
			return nil
		}
		fields := strings.Fields(s)
		switch section {
		case 0:
			return fmt.Errorf("framing: dic %s:%d: the file must start with %%: %w", name, line, ErrOption)
		case 1:
			if len(fields) < 2 {
				return fmt.Errorf("framing: dic %s:%d: want \"number name\": %w", name, line, ErrOption)
			}
			cname := strings.Join(fields[1:], " ")
			if _, dup := ids[fields[0]]; dup {
				return fmt.Errorf("framing: dic %s:%d: category number %s is defined twice: %w", name, line, fields[0], ErrOption)
			}
			if slices.Contains(l.categories, cname) {
				return fmt.Errorf("framing: dic %s:%d: category name %q is defined twice: %w", name, line, cname, ErrOption)
			}
			ids[fields[0]] = len(l.categories)
			l.categories = append(l.categories, cname)
		case 2:
			// The entry is every field up to the first category number.
			k := len(fields)
			for k > 0 {
				if _, err := strconv.Atoi(fields[k-1]); err != nil {
					break
				}
				k--
			}
			if k == 0 || k == len(fields) {
				return fmt.Errorf("framing: dic %s:%d: want \"entry category...\": %w", name, line, ErrOption)
			}
			entry := strings.Join(fields[:k], " ")
			for _, id := range fields[k:] {
				c, ok := ids[id]
				if !ok {
					return fmt.Errorf("framing: dic %s:%d: category %s is not in the header: %w", name, line, id, ErrOption)
				}
				if err := l.addTo(entry, c, "", &b); err != nil {
					return fmt.Errorf("framing: dic %s:%d: %w", name, line, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if section != 2 || len(l.entries) == 0 {
		return nil, fmt.Errorf("framing: dic %s: no header or no entries: %w", name, ErrOption)
	}
	l.index()
	return l, nil
}

// sizeHint returns the size of what r reads, if r tells it (a file, a bytes or strings
// reader), else 0, to size a parse's tables (at most 1 GiB's worth).
func sizeHint(r io.Reader) int {
	switch r := r.(type) {
	case interface{ Len() int }:
		return min(r.Len(), 1<<30)
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := r.Stat(); err == nil && fi.Mode().IsRegular() {
			return int(min(fi.Size(), 1<<30))
		}
	}
	return 0
}

// maxLine bounds a line of a lexicon or .dic file, and a row of a label table.
const maxLine = 1 << 20

// readLines calls each with every line of r and its 1-based number, r decoded as the
// corpus loaders decode text (see corpus.Decode: a byte-order mark dropped, UTF-16 and
// UTF-32 with a mark decoded, old Mac line endings, other input that is not text
// refused). A line longer than maxLine is an error naming it.
func readLines(r io.Reader, kind, name string, each func(line int, s string) error) error {
	dec, err := corpus.Decode(r)
	if err != nil {
		return fmt.Errorf("framing: %s %s: %w: %w", kind, name, err, ErrOption)
	}
	// The lines are read a block at a time and cut from one string per block, so that a
	// lexicon's lines (which its entries keep) cost one allocation per block, not per line.
	const block = 256 << 10
	var buf []byte
	line := 0
	for eof := false; !eof || len(buf) > 0; {
		if !eof {
			n := len(buf)
			buf = slices.Grow(buf, block)[:n+block]
			m, rerr := io.ReadFull(dec, buf[n:])
			buf = buf[:n+m]
			switch {
			case rerr == io.EOF || rerr == io.ErrUnexpectedEOF:
				eof = true
			case rerr != nil:
				return fmt.Errorf("framing: %s %s:%d: %w: %w", kind, name, line+1, rerr, ErrOption)
			}
		}
		end := bytes.LastIndexByte(buf, '\n') + 1
		if eof {
			end = len(buf) // the last line may have no line break
		}
		if len(buf)-end >= maxLine {
			return fmt.Errorf("framing: %s %s:%d: a line longer than %d bytes: %w", kind, name, line+1, maxLine, ErrOption)
		}
		if end == 0 {
			continue
		}
		chunk := string(buf[:end])
		for len(chunk) > 0 {
			s, rest, _ := strings.Cut(chunk, "\n")
			chunk = rest
			line++
			if len(s) >= maxLine {
				return fmt.Errorf("framing: %s %s:%d: a line longer than %d bytes: %w", kind, name, line, maxLine, ErrOption)
			}
			if err := each(line, strings.TrimSuffix(s, "\r")); err != nil {
				return err
			}
		}
		buf = buf[:copy(buf, buf[end:])]
	}
	return nil
}

// plainLine returns an error if s holds a character no lexicon line should: a control
// character other than white space (NUL, ESC, ...) or a byte-order mark, which a file
// joined from others carries in its middle.
func plainLine(s string) error {
	for _, r := range s {
		if r == '\uFEFF' || r != '\t' && r != '\n' && r != '\r' && (r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0) {
			return fmt.Errorf("the line holds %U, a control character or a byte-order mark, which can never match a word: %w", r, ErrOption)
		}
	}
	return nil
}

// stripComment cuts a line at the first "#" that starts it or follows white space.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return s[:i]
		}
	}
	return s
}

// lexBuilder is the state of a parse: the entries seen (to merge repeats) and slabs that
// the entries' small slices are cut from, so that a lexicon of a million entries costs a
// few large allocations rather than millions of small ones.
type lexBuilder struct {
	// The entries seen: an open-addressing table of entry indexes plus one (0: empty),
	// hashed by entryHash; or, for add, the caller's map by entryKey.
	seed  maphash.Seed
	slots []int32
	index map[string]int
	chunk int // slab size; 0 allocates each slice on its own
	tmp   []string
	words []string
	cats  []int
}

// add adds the entry s (a line of a lexicon) to category cat; entryIndex maps the entries
// added so far by key, so that a repeated entry gains a category instead of a copy.
func (l *Lexicon) add(s string, cat int, lang string, entryIndex map[string]int) error {
	return l.addTo(s, cat, lang, &lexBuilder{index: entryIndex})
}

// entryKey is an entry's identity: its language, stem mark and words, separated by a
// NUL, which no word holds.
func entryKey(lang string, stem bool, words []string) string {
	return fmt.Sprint(lang, "\x00", stem, "\x00", strings.Join(words, "\x00"))
}

// entryHash hashes an entry's identity.
func entryHash(seed maphash.Seed, lang string, stem bool, words []string) uint64 {
	if lang == "" && !stem && len(words) == 1 {
		return maphash.String(seed, words[0])
	}
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString(lang)
	if stem {
		h.WriteByte(1)
	}
	for _, w := range words {
		h.WriteByte(0)
		h.WriteString(w)
	}
	return h.Sum64()
}

// find returns the index of the entry of lexicon l with the identity given, if there is one,
// and the slot where it is or would go.
func (b *lexBuilder) find(l *Lexicon, lang string, stem bool, words []string) (int, int, bool) {
	if 2*(b.count(l)+1) > len(b.slots) {
		b.grow(l)
	}
	mask := uint64(len(b.slots) - 1)
	j := entryHash(b.seed, lang, stem, words) & mask
	for ; b.slots[j] != 0; j = (j + 1) & mask {
		e := &l.entries[b.slots[j]-1]
		if e.lang == lang && e.stem == stem && slices.Equal(e.words, words) {
			return int(b.slots[j] - 1), int(j), true
		}
	}
	return 0, int(j), false
}

// count returns how many entries the table holds: every entry of l.
func (b *lexBuilder) count(l *Lexicon) int { return len(l.entries) }

// grow doubles the table (making it the first time) and places every entry of l again.
func (b *lexBuilder) grow(l *Lexicon) {
	if b.slots == nil {
		b.seed = maphash.MakeSeed()
	}
	size := max(1024, 2*len(b.slots))
	for size < 4*len(l.entries) {
		size *= 2
	}
	b.slots = make([]int32, size)
	mask := uint64(size - 1)
	for i := range l.entries {
		e := &l.entries[i]
		j := entryHash(b.seed, e.lang, e.stem, e.words) & mask
		for b.slots[j] != 0 {
			j = (j + 1) & mask
		}
		b.slots[j] = int32(i) + 1
	}
}

// addTo is add for a parse that keeps its state in b.
func (l *Lexicon) addTo(s string, cat int, lang string, b *lexBuilder) error {
	stem := strings.HasPrefix(s, "~")
	s = strings.TrimPrefix(s, "~")
	ws := b.tmp[:0]
	for w := range strings.FieldsSeq(s) {
		if why := neverWord(w); why != "" {
			return fmt.Errorf("entry %q can never match: %s: %w", s, why, ErrOption)
		}
		ws = append(ws, normalize(w, lang == "russian"))
	}
	b.tmp = ws
	if len(ws) == 0 {
		return fmt.Errorf("empty entry: %w", ErrOption)
	}
	var (
		i, slot int
		found   bool
		key     string
	)
	if b.index != nil {
		key = entryKey(lang, stem, ws)
		i, found = b.index[key]
	} else {
		i, slot, found = b.find(l, lang, stem, ws)
	}
	if found {
		if !slices.Contains(l.entries[i].cats, cat) {
			l.entries[i].cats = append(l.entries[i].cats, cat)
		}
		return nil
	}
	if cap(b.words)-len(b.words) < len(ws) {
		b.words = make([]string, 0, max(b.chunk, len(ws)))
	}
	b.words = append(b.words, ws...)
	words := b.words[len(b.words)-len(ws) : len(b.words) : len(b.words)]
	if len(b.cats) == cap(b.cats) {
		b.cats = make([]int, 0, max(b.chunk, 1))
	}
	b.cats = append(b.cats, cat)
	cats := b.cats[len(b.cats)-1 : len(b.cats) : len(b.cats)] // a second category copies it
	if b.index != nil {
		b.index[key] = len(l.entries)
	} else {
		b.slots[slot] = int32(len(l.entries)) + 1
	}
	if len(l.entries) == cap(l.entries) {
		l.entries = slices.Grow(l.entries, max(256, len(l.entries))) // doubling: each entry is copied about once
	}
	l.entries = append(l.entries, lexEntry{words: words, stem: stem, cats: cats, text: s, lang: lang})
	return nil
}

// neverWord says why no token can ever match the entry word w ("" if one can). A token
// (see wordSpan) starts with a letter or digit, ends with one or with the period of an
// abbreviation ("u.s."), and holds only letters, digits, marks, the joiners of compounds
// and elisions (hyphens, apostrophes) and the periods and commas of abbreviations and
// numbers; a "*" stands for any of them.
func neverWord(w string) string {
	letters := false
	for i, r := range w {
		switch {
		case r == '*':
			letters = true
		case scan.IsWordRune(r):
			letters = true
		case scan.IsJoiner(r), r == '.', r == ',':
			if i == 0 {
				return fmt.Sprintf("no word starts with %q", r)
			}
		default:
			return fmt.Sprintf("no word holds %q (%U)", r, r)
		}
	}
	if !letters {
		return "it has no letter or digit"
	}
	if r, _ := utf8.DecodeLastRuneInString(w); r != '*' && r != '.' && !scan.IsWordRune(r) {
		return fmt.Sprintf("no word ends with %q", r)
	}
	return ""
}

func (l *Lexicon) index() {
	l.byPrefix, l.anyPrefix = map[byte][]int{}, nil
	l.next = make([]int32, len(l.entries))
	literal := 0
	for i, e := range l.entries {
		switch first := e.words[0]; {
		case !strings.Contains(first, "*"):
			literal++
		case first[0] == '*':
			l.anyPrefix = append(l.anyPrefix, i)
		default:
			l.byPrefix[first[0]] = append(l.byPrefix[first[0]], i)
		}
	}
	size := 16
	for size < 2*literal {
		size *= 2
	}
	l.seed, l.byWord = maphash.MakeSeed(), make([]int32, size)
	mask := uint64(size - 1)
	// Backwards, so that each first word's chain lists its entries in order.
	for i := len(l.entries) - 1; i >= 0; i-- {
		first := l.entries[i].words[0]
		l.next[i] = -1
		if strings.Contains(first, "*") {
			continue
		}
		j := maphash.String(l.seed, first) & mask
		for l.byWord[j] != 0 && l.entries[l.byWord[j]-1].words[0] != first {
			j = (j + 1) & mask
		}
		if l.byWord[j] != 0 {
			l.next[i] = l.byWord[j] - 1
		}
		l.byWord[j] = int32(i) + 1
	}
}

// appendWord appends the entries whose literal first word is w.
func (l *Lexicon) appendWord(out []int, w string) []int {
	if len(l.byWord) == 0 {
		return out
	}
	mask := uint64(len(l.byWord) - 1)
	j := maphash.String(l.seed, w) & mask
	for l.byWord[j] != 0 && l.entries[l.byWord[j]-1].words[0] != w {
		j = (j + 1) & mask
	}
	for i := l.byWord[j] - 1; i >= 0; i = l.next[i] {
		out = append(out, int(i))
	}
	return out
}

// glob reports whether w matches pattern, where "*" matches any run of bytes. It backtracks
// only to the last star, so it runs in time proportional to len(pattern) × len(w) however
// many stars a (user-supplied) pattern has.
func glob(pattern, w string) bool {
	p, i := 0, 0
	starP, starI := -1, 0 // the last star seen, and where its match would resume in w
	for p < len(pattern) || i < len(w) {
		if p < len(pattern) {
			if c := pattern[p]; c == '*' {
				starP, starI = p, i
				p++
				continue
			} else if i < len(w) && w[i] == c {
				p++
				i++
				continue
			}
		}
		if starP >= 0 && starI < len(w) {
			// Let the last star swallow one more byte and retry from there.
			starI++
			p, i = starP+1, starI
			continue
		}
		return false
	}
	return true
}

// lexToken is a token as the lexicon sees it.
type lexToken struct {
	word, stem string
	start, end int
	sentence   int
	form       int32 // its surface's index in the lexMatcher's forms
}

// candidates returns the entries that may start at a word.
func (l *Lexicon) candidates(word, stem string) []int { return l.appendCandidates(nil, word, stem) }

// appendCandidates appends to out the entries that may start at a word.
func (l *Lexicon) appendCandidates(out []int, word, stem string) []int {
	out = l.appendWord(out, word)
	if stem != word {
		out = l.appendWord(out, stem)
	}
	if word != "" {
		out = append(out, l.byPrefix[word[0]]...)
	}
	if stem != "" && stem[0] != word[0] {
		out = append(out, l.byPrefix[stem[0]]...)
	}
	return append(out, l.anyPrefix...)
}

// forLanguage returns the lexicon to match texts of language lang with: each word of a "~"
// entry is replaced by its Snowball stem in lang ("~slashes" matches every word whose stem
// is "slash"), globs left as written. It is made once per language.
func (l *Lexicon) forLanguage(lang *language) *Lexicon {
	if l.lang != "" {
		return l
	}
	if lang == nil {
		en, _ := lookupLanguage("english")
		lang = &en
	}
	if v, ok := l.stemmed.Load(lang.name); ok {
		return v.(*Lexicon)
	}
	out := &Lexicon{name: l.name, categories: l.categories, lang: lang.name}
	for _, e := range l.entries {
		if e.lang != "" && e.lang != lang.name {
			continue // another language's entry
		}
		if e.stem {
			words := make([]string, len(e.words))
			for i, w := range e.words {
				words[i] = w
				if !strings.Contains(w, "*") {
					if st := lang.stem(w, true); st != "" {
						words[i] = st
					}
				}
			}
			e.words = words
		}
		out.entries = append(out.entries, e)
	}
	out.index()
	v, _ := l.stemmed.LoadOrStore(lang.name, out)
	return v.(*Lexicon)
}

// matchAt returns the length in tokens of entry e matched at toks[i], or 0.
func (e *lexEntry) matchAt(toks []lexToken, i int) int {
	if i >= len(toks) || !e.wordMatches(0, toks[i]) {
		return 0
	}
	return e.matchRest(toks, i)
}

// wordMatches reports whether word k of entry e matches token t: its glob against the
// token's word, or its stem for a "~" entry.
func (e *lexEntry) wordMatches(k int, t lexToken) bool {
	if e.stem {
		return glob(e.words[k], t.stem)
	}
	return glob(e.words[k], t.word)
}

// matchRest is matchAt for an entry whose first word is known to match toks[i]: it tests
// only the words after it.
func (e *lexEntry) matchRest(toks []lexToken, i int) int {
	if i+len(e.words) > len(toks) {
		return 0
	}
	for k := 1; k < len(e.words); k++ {
		if t := toks[i+k]; t.sentence != toks[i].sentence || !e.wordMatches(k, t) {
			return 0
		}
	}
	return len(e.words)
}

// Contains reports whether a single word (normalized form word, stem stem) matches an
// entry of the lexicon: use it to restrict keyness rows to loaded or framing words
// ([KeyTerm].Word and Term).
func (l *Lexicon) Contains(word, stem string) bool {
	return l.containsIn(nil, word, stem)
}

// containsIn is Contains for a language (nil: English).
func (l *Lexicon) containsIn(lang *language, word, stem string) bool {
	if lang == nil {
		en, _ := lookupLanguage("english")
		lang = &en
	}
	l = l.forLanguage(lang)
	word = normalize(word, false)
	for _, i := range l.candidates(word, stem) {
		e := &l.entries[i]
		if len(e.words) == 1 && e.matchAt([]lexToken{{word: word, stem: stem}}, 0) == 1 {
			return true
		}
	}
	return false
}

// FilterKeyTerms returns the rows whose word or stem the lexicon contains: the "loaded
// terms" view of a keyness table, when used with [EvaluativeLexicon]. Given the profiles
// the rows were scored from, every surface form a term has in them is looked up (a stem
// whose most frequent form is neutral may have a loaded one), in their language; without
// them, the row's Word and Term, in English. For a ranking that does better than keyness
// on annotated news, see [Analyzer.LoadedTerms].
func (l *Lexicon) FilterKeyTerms(rows []KeyTerm, profiles ...*Profile) []KeyTerm {
	lex := l
	if len(profiles) > 0 && profiles[0] != nil {
		if lang, err := lookupLanguage(profiles[0].an.Language); err == nil {
			lex = l.forLanguage(&lang)
		}
	} else {
		lex = l.forLanguage(nil)
	}
	var out []KeyTerm
	for _, r := range rows {
		if r.N != 1 {
			continue
		}
		forms := []Form{{Text: r.Word}}
		for _, p := range profiles {
			if p == nil {
				continue
			}
			if st, ok := p.Lookup(r.Term); ok {
				forms = append(forms, st.Forms...)
			}
		}
		if len(lex.categoriesOf(r.Term, forms)) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// matchLexicon calls visit for every match of a category in docs: document index, the
// document, category, byte span and voice. At each word, only the longest entry of a
// category counts; matching skips datelines, sign-offs and voices the analyzer drops.
//
// If seen is not nil, it is called once per document with the number of words matching
// looked at and the words it skipped.
func (an *Analyzer) matchLexicon(lex *Lexicon, docs []corpus.Document, visit func(di int, d *corpus.Document, cat, start, end int, voice Voice), seen func(words int, skipped Dropped)) error {
	size := 0
	for i := range docs {
		size += len(docs[i].Text)
	}
	workers := an.workers(size, len(docs))
	if workers <= 1 {
		var m lexMatcher
		da := docAnalyzer{an: an}
		for di := range docs {
			d := &docs[di]
			toks, w, err := da.tokens(d)
			if err != nil {
				return err
			}
			words, skipped := m.prepare(w.set, d.Text, toks)
			if seen != nil {
				seen(words, skipped)
			}
			m.match(lex, func(cat, start, end int, voice Voice) { visit(di, d, cat, start, end, voice) })
		}
		return nil
	}
	// Documents matched in parallel, their matches replayed in document order, so that the
	// callers see exactly the sequential calls.
	type match struct {
		cat, start, end int
		voice           Voice
	}
	type result struct {
		words   int
		skipped Dropped
		matches []match
		err     error
	}
	results := make([]result, len(docs))
	var next atomic.Int64
	var wg sync.WaitGroup
	const chunk = 8
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var m lexMatcher
			da := docAnalyzer{an: an}
			for {
				from := int(next.Add(chunk)) - chunk
				if from >= len(docs) {
					return
				}
				for di := from; di < min(from+chunk, len(docs)); di++ {
					d, r := &docs[di], &results[di]
					toks, w, err := da.tokens(d)
					if err != nil {
						r.err = err
						continue
					}
					r.words, r.skipped = m.prepare(w.set, d.Text, toks)
					m.match(lex, func(cat, start, end int, voice Voice) {
						r.matches = append(r.matches, match{cat, start, end, voice})
					})
				}
			}
		}()
	}
	wg.Wait()
	for di := range results {
		r := &results[di]
		if r.err != nil {
			return r.err
		}
		if seen != nil {
			seen(r.words, r.skipped)
		}
		for _, x := range r.matches {
			visit(di, &docs[di], x.cat, x.start, x.end, x.voice)
		}
	}
	return nil
}

// lexMatcher matches lexicons against one document's tokens at a time, caching each
// surface's normalized word and stem and, per lexicon, the entries whose first word
// matches it, so that a word's index lookups and first-word globs run once per distinct
// surface rather than once per token.
type lexMatcher struct {
	lang   *language        // the language of the prepared document
	cache  map[string]int32 // surface -> its index in forms
	forms  []wordStem
	lt     []lexToken
	voices []Voice
	best   []int
	cands  []int // scratch for the candidates of a word
	// firsts holds the first-word matches of each lexicon matched since the language was
	// set (loaded terms match two lexicons a document); it is emptied when forms is.
	firsts []*lexFirsts
	// front caches the forms of surfaces of up to 16 bytes by their packed key, one per
	// slot (the last seen of those that share it), before cache: most tokens are of a few
	// frequent surfaces, found here without hashing a string or probing a large map. It is
	// made once the matcher has prepared lexFrontAfter words (its 786 KB would cost a short
	// call more than it saves).
	front *[lexFrontSize]lexFront
	seen  int // words prepared, up to lexFrontAfter
}

// maxWords returns the most words of an entry of l.
func (l *Lexicon) maxWords() int {
	n := 0
	for i := range l.entries {
		n = max(n, len(l.entries[i].words))
	}
	return n
}

// lexFrontSize is the number of slots of lexMatcher.front, a power of two.
const lexFrontSize = 1 << 15

// lexFrontAfter is how many words a matcher prepares before it makes its front cache.
const lexFrontAfter = 1 << 16

// A lexFront is a slot of lexMatcher.front: a packed surface (see surfKey) and its form + 1
// (0 for an empty slot).
type lexFront struct {
	key  surfKey
	form int32
}

type wordStem struct{ word, stem string }

// lexFirsts lists, for one lexicon (as made for the matcher's language), the entries whose
// first word matches each form: those of the form's candidates (see appendCandidates)
// whose first word globs its word (its stem for a "~" entry).
type lexFirsts struct {
	lex  *Lexicon
	span []lexSpan // form -> its entries, ents[from:to]; from < 0 until computed
	ents []int32
}

type lexSpan struct{ from, to int32 }

// maxLexFirsts bounds the lexicons a matcher keeps first-word matches for.
const maxLexFirsts = 4

// prepare takes a document's tokens (as the analyzer lists them) for matching: every word in
// the voices counted, outside datelines and sign-offs. It returns how many words that is
// and how many it skipped.
func (m *lexMatcher) prepare(set *settings, text string, toks []Token) (words int, skipped Dropped) {
	return m.prepareNear(set, text, toks, 0, -1)
}

// prepareNear is prepare for a caller that keeps only the matches that start at a word in
// voice v, of entries of up to reach+1 words: it leaves out the words that neither are in
// v nor follow one of v's within reach words, which no such match reads. A negative reach
// keeps every word (prepare). The words it returns are those it kept.
func (m *lexMatcher) prepareNear(set *settings, text string, toks []Token, v Voice, reach int) (words int, skipped Dropped) {
	if m.lang == nil || m.lang.name != set.lang.name {
		lang := set.lang
		m.lang, m.cache = &lang, nil
	}
	if m.cache == nil {
		m.cache = map[string]int32{}
		m.forms, m.firsts = m.forms[:0], m.firsts[:0]
		if m.front != nil {
			clear(m.front[:])
		}
	}
	if m.front == nil && m.seen >= lexFrontAfter {
		m.front = new([lexFrontSize]lexFront)
	}
	m.seen = min(m.seen+len(toks), lexFrontAfter)
	front := m.front
	since := reach + 1 // the words since the last in voice v
	m.lt, m.voices = m.lt[:0], m.voices[:0]
	for _, t := range toks {
		switch t.Dropped {
		case "boilerplate":
			skipped.Boilerplate++
			continue
		case "voice":
			skipped.Voice++
			continue
		case "address":
			skipped.Address++
			continue
		}
		if reach >= 0 {
			if t.Voice == v {
				since = 0
			} else if since++; since > reach {
				continue
			}
		}
		// A token never holds a zero byte, so that its packed key is exact (see packAt).
		var fs *lexFront
		var key surfKey
		if n := t.End - t.Start; front != nil && n > 0 && n <= 16 && t.Start+16 <= len(text) {
			key = packAt(text, t.Start, n)
			if fs = &front[key.hash()&(lexFrontSize-1)]; fs.key == key && fs.form > 0 {
				ws := &m.forms[fs.form-1]
				m.lt = append(m.lt, lexToken{word: ws.word, stem: ws.stem, start: t.Start, end: t.End, sentence: t.Sentence, form: fs.form - 1})
				m.voices = append(m.voices, t.Voice)
				continue
			}
		}
		surface := t.Surface(text)
		f, ok := m.cache[surface]
		if !ok {
			var ws wordStem
			ws.word = normalize(surface, set.russian)
			ws.stem = ws.word
			if !isNumber(ws.word) && !strings.Contains(ws.word, ".") {
				if st := set.lang.stem(ws.word, true); st != "" {
					ws.stem = st
				}
			}
			f = int32(len(m.forms))
			m.forms = append(m.forms, ws)
			m.cache[strings.Clone(surface)] = f
		}
		if fs != nil {
			*fs = lexFront{key, f + 1}
		}
		ws := &m.forms[f]
		m.lt = append(m.lt, lexToken{word: ws.word, stem: ws.stem, start: t.Start, end: t.End, sentence: t.Sentence, form: f})
		m.voices = append(m.voices, t.Voice)
	}
	return len(m.lt), skipped
}

// firstsFor returns the first-word matches kept for lex, made empty if there are none.
func (m *lexMatcher) firstsFor(lex *Lexicon) *lexFirsts {
	for _, fs := range m.firsts {
		if fs.lex == lex {
			return fs
		}
	}
	if len(m.firsts) == maxLexFirsts {
		m.firsts = m.firsts[:0]
	}
	fs := &lexFirsts{lex: lex}
	m.firsts = append(m.firsts, fs)
	return fs
}

// firstMatches returns the entries of fs.lex whose first word matches form f, computing
// them the first time.
func (m *lexMatcher) firstMatches(fs *lexFirsts, f int32) []int32 {
	for len(fs.span) < len(m.forms) {
		fs.span = append(fs.span, lexSpan{-1, -1})
	}
	if sp := fs.span[f]; sp.from >= 0 {
		return fs.ents[sp.from:sp.to]
	}
	ws := m.forms[f]
	from := len(fs.ents)
	m.cands = fs.lex.appendCandidates(m.cands[:0], ws.word, ws.stem)
	for _, ei := range m.cands {
		if fs.lex.entries[ei].wordMatches(0, lexToken{word: ws.word, stem: ws.stem}) {
			fs.ents = append(fs.ents, int32(ei))
		}
	}
	fs.span[f] = lexSpan{int32(from), int32(len(fs.ents))}
	return fs.ents[from:]
}

// match calls visit for every match of a category in the prepared document: at each word,
// only the longest entry of a category counts.
func (m *lexMatcher) match(lex *Lexicon, visit func(cat, start, end int, voice Voice)) {
	lex = lex.forLanguage(m.lang)
	fs := m.firstsFor(lex)
	if len(m.best) < len(lex.categories) {
		m.best = make([]int, len(lex.categories))
	}
	best := m.best[:len(lex.categories)]
	lt := m.lt
	for i := range lt {
		ents := m.firstMatches(fs, lt[i].form)
		if len(ents) == 0 {
			continue
		}
		clear(best)
		for _, ei := range ents {
			e := &lex.entries[ei]
			if n := e.matchRest(lt, i); n > 0 {
				for _, c := range e.cats {
					best[c] = max(best[c], n)
				}
			}
		}
		for c, n := range best {
			if n > 0 {
				visit(c, lt[i].start, lt[i+n-1].end, m.voices[i])
			}
		}
	}
}

// CategoryConcordance returns keyword-in-context lines for every match of a lexicon
// category in docs (width runes of context; 0 means 40, negative is an error wrapping
// [ErrOption]), in document order: the evidence behind a category's count in
// [Analyzer.LexiconProfile].
func (an *Analyzer) CategoryConcordance(docs []corpus.Document, lex *Lexicon, category string, width int) ([]Line, error) {
	if lex == nil {
		return nil, errorf(ErrOption, "nil lexicon")
	}
	c := slices.Index(lex.categories, category)
	if c < 0 {
		return nil, errorf(ErrOption, "lexicon %s has no category %q", lex.name, category)
	}
	width, err := contextWidth("CategoryConcordance", width)
	if err != nil {
		return nil, err
	}
	var out []Line
	err = an.matchLexicon(lex, docs, func(_ int, d *corpus.Document, cat, start, end int, voice Voice) {
		if cat == c {
			out = append(out, Line{DocID: d.ID, Start: start, End: end, Match: d.Text[start:end], Voice: voice,
				Left: context(d.Text[:start], width, true), Right: context(d.Text[end:], width, false)})
		}
	}, nil)
	return out, err
}

// LexiconProfile counts the lexicon's categories in docs: a [Profile] whose terms are the
// category names, whose counts are the entries matched (an entry counts once for each of
// its categories; at each word only the longest entry of a category counts), and whose
// forms are the words that matched. Matching sees every word in the voices the analyzer
// counts (stop words and numbers included, so that "according to" and "could" match),
// outside datelines and sign-offs, and Totals[0] is the number of those words: the
// denominator counts exactly what the matches are drawn from, so a category's rate
// 1000 × count / Tokens() is per 1,000 words and no category can occur more often than the
// total. Dropped counts the words outside it (datelines and sign-offs, other voices, web and e-mail addresses). Two
// such profiles compare with [Keyness] like word profiles, also when they are in different
// languages: a lexicon with entries for each language (see [ParseLexicon]) makes category
// rates comparable across languages, as those of [FramesLexicon] are in English, Spanish,
// Russian and French.
func (an *Analyzer) LexiconProfile(docs []corpus.Document, lex *Lexicon) (*Profile, error) {
	return an.lexiconProfile(docs, lex, nil)
}

// LexiconEvidence is [Analyzer.LexiconProfile] and the lines behind every category in one
// pass over docs: at most max lines per category (0 for all), in document order, with
// width runes of context (0 means 40), by category name, as [Analyzer.CategoryConcordance]
// gives them. A negative width or max is an error wrapping [ErrOption].
func (an *Analyzer) LexiconEvidence(docs []corpus.Document, lex *Lexicon, width, max int) (*Profile, map[string][]Line, error) {
	width, err := contextWidth("LexiconEvidence", width)
	if err != nil {
		return nil, nil, err
	}
	if max < 0 {
		return nil, nil, errorf(ErrOption, "LexiconEvidence max %d (want >= 0)", max)
	}
	if lex == nil {
		return nil, nil, errorf(ErrOption, "nil lexicon")
	}
	lines := make([][]Line, len(lex.categories))
	p, err := an.lexiconProfile(docs, lex, func(d *corpus.Document, cat, start, end int, voice Voice) {
		if max == 0 || len(lines[cat]) < max {
			lines[cat] = append(lines[cat], Line{DocID: d.ID, Start: start, End: end, Match: d.Text[start:end], Voice: voice,
				Left: context(d.Text[:start], width, true), Right: context(d.Text[end:], width, false)})
		}
	})
	if err != nil {
		return nil, nil, err
	}
	out := make(map[string][]Line, len(lines))
	for c, ls := range lines {
		if len(ls) > 0 {
			out[lex.categories[c]] = ls
		}
	}
	return p, out, nil
}

// lexiconProfile is LexiconProfile, calling also (if not nil) for every match.
func (an *Analyzer) lexiconProfile(docs []corpus.Document, lex *Lexicon, also func(d *corpus.Document, cat, start, end int, voice Voice)) (*Profile, error) {
	if lex == nil {
		return nil, errorf(ErrOption, "nil lexicon")
	}
	settings, err := an.settingsFor(docs)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		l, err := an.resolved(d.Language)
		if err != nil {
			return nil, fmt.Errorf("%w (document %q)", err, d.ID)
		}
		if l.name != settings.Language {
			return nil, errorf(ErrMismatch, "document %q is in %s, not %s: a profile has one language", d.ID, l.name, settings.Language)
		}
	}
	counts := make([]int, len(lex.categories))
	df := make([]int, len(lex.categories))
	forms := make([]map[string]int, len(lex.categories))
	lastDoc := make([]int, len(lex.categories))
	for i := range lastDoc {
		lastDoc[i] = -1
	}
	var words int
	var dropped Dropped
	err = an.matchLexicon(lex, docs, func(di int, d *corpus.Document, c, start, end int, voice Voice) {
		if also != nil {
			also(d, c, start, end, voice)
		}
		counts[c]++
		if lastDoc[c] != di {
			df[c]++
			lastDoc[c] = di
		}
		if forms[c] == nil {
			forms[c] = map[string]int{}
		}
		forms[c][d.Text[start:end]]++
	}, func(seen int, d Dropped) {
		words += seen
		dropped.Boilerplate += d.Boilerplate
		dropped.Voice += d.Voice
		dropped.Address += d.Address
	})
	if err != nil {
		return nil, err
	}
	out := ProfileSpec{Analyzer: settings, Lexicon: lex.name, Documents: len(docs),
		Totals: []int{words}, Dropped: dropped}
	for c, name := range lex.categories {
		if counts[c] == 0 {
			continue
		}
		var fs []Form
		for text, n := range forms[c] {
			fs = append(fs, Form{Text: text, Count: n})
		}
		sortForms(fs)
		out.Terms = append(out.Terms, TermStat{Term: name, N: 1, Count: counts[c], DocFreq: df[c], Forms: fs})
	}
	return NewProfile(out)
}
