package cli

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Input says where a program's documents come from, as its flags give it.
type Input struct {
	Path         string // corpus file or folder; "" means the embedded sample
	Lenient      bool   // skip malformed records, reporting them
	DefaultEvent string // event of records that name none
	Language     string // keep the documents in this language (a canonical name); "" keeps all
	Quiet        bool   // no progress line
	Flag         string // the flag that gave Path, named in hints: "-coded"; "" means "-corpus"
	// Sides, if set, are the two sides of the comparison: a document on both is an error
	// naming it, and who is on each side is reported (see [Input.Docs]).
	Sides []corpus.Side

	common *Common // the input flags, if the Input came from [Common.Input]
}

// Reading is what reading a corpus did to its records, as the provenance record keeps it
// (under "reading"): nothing read is lost without a trace there.
type Reading struct {
	Records  int            `json:"records"`                   // records loaded (before the filters below)
	Skipped  map[string]int `json:"skipped,omitempty"`         // -lenient: records skipped, by reason
	LeftOut  map[string]int `json:"left_out,omitempty"`        // documents left out, by language
	NotUTF8  int            `json:"not_utf8,omitempty"`        // documents with bytes that are not UTF-8
	Replaced int            `json:"replacement,omitempty"`     // documents that hold U+FFFD
	Blanked  map[string]int `json:"strip_residue,omitempty"`   // -strip-residue: documents blanked, by kind
	Residue  map[string]int `json:"holding_residue,omitempty"` // documents counted with scraped-page residue left in them, by kind
}

// Docs returns the documents of in one at a time, reading the corpus once (see
// corpus.Scan), by the rules every program shares:
//
//   - a CSV or TSV corpus whose header lacks a column that -field names is an error that
//     names the column and lists the header's; one whose header has no column for the
//     event, the outlet or the text (and no flag fills it) is an error that says so once,
//     with the flags that give it, -lenient or not (for an Input not from [Common.Input],
//     which those flags do not read, such as frames -coded: that the file needs the
//     column; likewise for a record without a field);
//   - a malformed record stops the reading with its error, or, if in.Lenient, is skipped;
//     so does a record whose text is longer than [MaxDocument] (framing.MaxTokenDocument),
//     in every program, with the line where it starts (a JSON Lines file) or its number;
//     the skipped records are summed up on stderr by reason, with the first lines of each
//     (all of them go to the -skipped file, if given); two inputs that fill one field are
//     said with the -field values that settle it, and a bad CSV header stops the reading
//     even if in.Lenient;
//   - a document in a language framediff cannot analyze, or not in in.Language, is left
//     out; both kinds are counted on stderr at the end, by language;
//   - documents whose text is not valid UTF-8 (a Latin-1 file read as UTF-8) are loaded,
//     those bytes separating words as the analyzer reads them ("café" in Latin-1 gives
//     "caf"), and counted on stderr at the end, with the first IDs and what to do; so are
//     documents that hold U+FFFD (a file written after characters were lost: the loaders
//     keep bytes that are not UTF-8 as they are, in every format);
//   - with -strip-residue, each document's scraped-page residue is blanked as it is read
//     (framing.StripResidue), and the documents blanked are counted on stderr by kind;
//     without it, and unless -dedupe, -dedupe-list or -residue-list looks for residue
//     (see [Common.Screen]), the documents counted (those not left out for their
//     language) that hold residue (framing.ResidueOf) are counted on stderr by kind all
//     the same, with the program's flags that blank or list it: their code counts as
//     words ("innerHTML", "page") otherwise unnoticed. Only for the corpus of a program's
//     -corpus flag (an Input from [Common.Input]), not for another file it reads;
//   - a -kind outlet that no document names is said on stderr at the end (outlets are
//     matched exactly), with the outlet of the corpus it may have meant;
//   - with in.Sides, who is on each side is said on stderr: each side's documents by
//     outlet, with shares, and the documents on neither side; a side that matches no
//     document is an error that says which kinds and outlets the corpus has; if an outlet
//     has the name given as a kind, or a kind the name given as an outlet (or an outlet
//     the name in another case), it is a usage error naming the value to give instead;
//   - a document that both of in.Sides match is an error that names it, and every other
//     such document (the reading goes on to find them all): the sides must not overlap.
//
// On a terminal, a progress line shows how far the reading has got, unless in.Quiet.
func (in Input) Docs(prog string, stderr io.Writer) iter.Seq2[corpus.Document, error] {
	return func(yield func(corpus.Document, error) bool) {
		c := in.common
		if c == nil {
			c = &Common{Corpus: in.Path, DefaultEvent: in.DefaultEvent}
		}
		c.readCorpus = true
		if c.oversize != nil { // a second reading meets the long records again from the first
			c.oversize.close()
			c.oversize = nil
		}
		var src iter.Seq2[corpus.Document, error]
		skips := &skipped{fields: c.Fields.Fields}
		var stage *Stage
		if in.common != nil && !in.Quiet {
			stage = c.Stage("reading %s", displayPath(in.Path))
		}
		defer stage.Done()
		read, kept := 0, 0 // documents read; of those, in a language counted
		if in.Path == "" {
			src = corpus.Sample().Docs()
		} else {
			if err := c.checkColumns(); err != nil {
				yield(corpus.Document{}, err)
				return
			}
			opts := c.loadOptions()
			start := time.Now()
			opts.Progress = func(done, size int64) { stage.Update("%s", readingLine(in.Path, done, size, read, time.Since(start))) }
			if in.Lenient {
				opts.Skip = skips.add
			}
			src = c.scan(&opts)
		}
		other := map[string]int{}        // documents left out for another language, by language
		unknown := map[string][]string{} // ids of documents in a language framediff cannot analyze
		var both []string                // ids of documents on both sides
		var who *sideTally
		if len(in.Sides) == 2 {
			who = newSideTally(c.Event)
		}
		stripped := map[framing.ResidueKind]int{} // -strip-residue: documents blanked, by kind
		strippedDocs := 0
		notice := in.common != nil && !c.StripResidue && !c.Screens() // say what residue is counted, when nothing else does
		holding := map[framing.ResidueKind]int{}                      // notice: documents counted that hold residue, by kind
		holdingDocs := 0
		var notUTF8, replaced []string // ids of documents whose text is not valid UTF-8; that holds U+FFFD
		outlets := map[string]int{}    // documents by outlet, when -kind names outlets
		for d, err := range src {
			if err != nil {
				stage.Done()
				skips.report(prog, stderr, c, read)
				yield(d, loadHint(err, c, in))
				return
			}
			if len(d.Text) > MaxDocument {
				// A record error, as a malformed record is: counted by no program.
				le := in.tooLarge(c, d, read+len(skips.all)+1)
				if in.Lenient {
					skips.add(le)
					continue
				}
				stage.Done()
				skips.report(prog, stderr, c, read)
				yield(d, loadHint(le, c, in))
				return
			}
			read++
			if c.StripResidue {
				if text, r := framing.StripResidue(d.Text); r.Found() {
					d.Text = text
					strippedDocs++
					for _, h := range r.Hits {
						stripped[h.Kind]++
					}
				}
			}
			switch {
			case !utf8.ValidString(d.Text):
				notUTF8 = append(notUTF8, d.ID)
			case strings.ContainsRune(d.Text, utf8.RuneError):
				replaced = append(replaced, d.ID)
			}
			if len(c.Kinds) > 0 {
				outlets[d.Outlet]++
			}
			l, err := framing.ResolveLanguage(d.Language)
			switch {
			case err != nil:
				unknown[d.Language] = append(unknown[d.Language], d.ID)
				continue
			case in.Language != "" && l != in.Language:
				other[l]++
				continue
			}
			kept++
			if notice {
				if r := framing.ResidueOf(d.Text); r.Found() {
					holdingDocs++
					for _, h := range r.Hits {
						holding[h.Kind]++
					}
				}
			}
			if who != nil {
				inA, inB := in.Sides[0].Match(d), in.Sides[1].Match(d)
				if inA && inB {
					both = append(both, d.ID)
				}
				who.add(d, inA, inB)
			}
			if len(both) > 0 {
				continue // an error at the end; read on to name every such document
			}
			if !yield(d, nil) {
				return
			}
		}
		stage.Done()
		if err := skips.report(prog, stderr, c, read); err != nil {
			yield(corpus.Document{}, err)
			return
		}
		if read == 0 {
			yield(corpus.Document{}, noDocuments(in.Path, len(skips.all)))
			return
		}
		if len(unknown) > 0 {
			var parts []string
			n := 0
			for l, ids := range unknown {
				n += len(ids)
				parts = append(parts, fmt.Sprintf("%q %d (%s)", l, len(ids), firstIDs(ids)))
			}
			slices.Sort(parts)
			fmt.Fprintf(stderr, "%s: left out %d of %d documents in a language framediff cannot analyze (it knows %s): %s\n",
				prog, n, read, strings.Join(framing.Languages(), ", "), strings.Join(parts, ", "))
		}
		if len(other) > 0 {
			var parts []string
			n := 0
			for l, c := range other {
				n += c
				parts = append(parts, fmt.Sprintf("%s %d", l, c))
			}
			slices.Sort(parts)
			give := "-lang " + strings.Join(slices.Sorted(maps.Keys(other)), " or -lang ")
			fmt.Fprintf(stderr, "%s: left out %d of %d documents not in %s: %s (%s counts those instead)\n", prog, n, read, in.Language, strings.Join(parts, ", "), give)
		}
		first := func(ids []string) string { return Escape(firstIDs(ids)) }
		if len(notUTF8) > 0 {
			fmt.Fprintf(stderr, "%s: %d of %d documents have bytes that are not UTF-8 (%s): %s\n", prog, len(notUTF8), read, first(notUTF8), notUTF8Advice)
		}
		if len(replaced) > 0 {
			fmt.Fprintf(stderr, "%s: %d of %d documents hold U+FFFD, the mark of bytes a decoder could not read (%s): the file holds it (or, in UTF-16, an unpaired surrogate), since the loaders keep bytes that are not UTF-8 as they are: the characters were lost before the file was written, and converting the file will not bring them back\n",
				prog, len(replaced), read, first(replaced))
		}
		misnamed := unknownKinds(prog, stderr, c.Kinds, outlets)
		if who != nil {
			who.misnamed = misnamed
		}
		rd := &Reading{Records: read, NotUTF8: len(notUTF8), Replaced: len(replaced), Skipped: map[string]int{}, LeftOut: map[string]int{}, Blanked: map[string]int{}}
		for _, e := range skips.all {
			rd.Skipped[reason(e)]++
		}
		for l, ids := range unknown {
			rd.LeftOut[cmp.Or(l, "(none)")] += len(ids)
		}
		for l, n := range other {
			rd.LeftOut[l] += n
		}
		kinds := func(by map[framing.ResidueKind]int) string {
			var parts []string
			for _, k := range framing.ResidueKinds() {
				if by[k] > 0 {
					parts = append(parts, fmt.Sprintf("%s %d", k, by[k]))
				}
			}
			return strings.Join(parts, ", ")
		}
		if c.StripResidue {
			for k, n := range stripped {
				rd.Blanked[string(k)] = n
			}
			fmt.Fprintf(stderr, "%s: -strip-residue blanked scraped-page residue in %d of %d documents", prog, strippedDocs, read)
			if strippedDocs > 0 {
				fmt.Fprintf(stderr, " (documents by kind: %s)", kinds(stripped))
			}
			fmt.Fprintln(stderr)
		}
		if holdingDocs > 0 {
			rd.Residue = map[string]int{}
			for k, n := range holding {
				rd.Residue[string(k)] = n
			}
			fmt.Fprintf(stderr, "%s: %d of %d documents counted hold scraped-page residue (documents by kind: %s), counted as words", prog, holdingDocs, kept, kinds(holding))
			var do []string
			if c.flags != nil && c.flags.Lookup("strip-residue") != nil {
				do = append(do, "-strip-residue blanks it as documents are read")
			}
			if c.flags != nil && c.flags.Lookup("residue-list") != nil {
				do = append(do, "-residue-list FILE lists it")
			}
			if len(do) > 0 {
				fmt.Fprintf(stderr, ": %s", strings.Join(do, ", "))
			}
			fmt.Fprintln(stderr)
		}
		c.reading = rd
		if kept == 0 {
			// Every document was left out for its language, as said above: no side can
			// match, whatever kinds and outlets the documents have. With documents in a
			// language framediff counts, the command line is what is wrong.
			err := fmt.Errorf("corpus: %s: no documents left: all %d were left out for their language, as said above", Escape(displayPath(in.Path)), read)
			if len(other) > 0 {
				err = Usagef("-lang %s: none of the %d documents is in %s: give -lang %s", in.Language, read, in.Language,
					strings.Join(slices.Sorted(maps.Keys(other)), " or -lang "))
			}
			yield(corpus.Document{}, err)
			return
		}
		if len(both) > 0 {
			yield(corpus.Document{}, in.overlap(both))
			return
		}
		if who != nil {
			if err := who.report(prog, stderr, in); err != nil {
				yield(corpus.Document{}, err)
			}
		}
	}
}

// notUTF8Advice says what bytes that are not UTF-8 do to the words, and what to do.
const notUTF8Advice = `each separates words, so an accented letter in another encoding splits its word (Latin-1 "café" is read as "caf"); convert the file to UTF-8 first (e.g. iconv -f latin1 -t utf-8)`

// firstIDs quotes the first three of ids, with ", ..." when there are more.
func firstIDs(ids []string) string {
	shown := ids[:min(len(ids), 3)]
	if len(ids) > len(shown) {
		return quoteAll(shown) + ", ..."
	}
	return quoteAll(shown)
}

// unknownKinds says on stderr which outlets of kinds (from -kind) no document names, with
// the outlet of outlets (the documents by outlet) each may have meant: one that differs
// only in case, by at most a quarter of its letters (two at most), or names the same site
// under another domain (siteStem). It returns, by kind (lowercased), what it said of each
// outlet of that kind for which it found such an outlet: a side of that kind with no
// document is then a slip of the command line.
func unknownKinds(prog string, stderr io.Writer, kinds map[string]string, outlets map[string]int) map[string][]string {
	misnamed := map[string][]string{}
	var missing []string
	for o := range kinds {
		if outlets[o] == 0 {
			missing = append(missing, o)
		}
	}
	slices.Sort(missing)
	names := slices.Sorted(mapKeys(outlets))
	for _, o := range missing {
		hint := ""
		// A name may be a quarter of its letters off (none for "RT" or "BBC": "AP" and
		// "NBC" are other outlets), or name the same site under another domain or host
		// ("tass.ru", "tass.com"; "rt", "www.rt.com").
		limit := min(2, utf8.RuneCountInString(o)/4) + 1
		best, bestD := "", limit
		for _, n := range names {
			d := editDistance(strings.ToLower(o), strings.ToLower(n), bestD)
			if strings.EqualFold(o, n) || siteStem(o) == siteStem(n) {
				d = 0
			}
			if d < bestD {
				best, bestD = n, d
			}
		}
		if best != "" {
			hint = fmt.Sprintf(" (did you mean %s?)", Escape(fmt.Sprintf("%q", best)))
			k := strings.ToLower(strings.TrimSpace(kinds[o]))
			misnamed[k] = append(misnamed[k], fmt.Sprintf("-kind %s=%s names no outlet%s", Escape(o), Escape(kinds[o]), hint))
		}
		fmt.Fprintf(stderr, "%s: -kind %s=%s: no document has the outlet %s; outlets are matched exactly%s\n",
			prog, Escape(o), Escape(kinds[o]), Escape(fmt.Sprintf("%q", o)), hint)
	}
	return misnamed
}

// siteStem returns a web site's name without "www." and its top-level domain, lower-cased
// ("tass" for "TASS.ru" and "www.tass.com"; "rt" for "RT" and "rt.com").
func siteStem(name string) string {
	s := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(name)), "www.")
	if i := strings.LastIndexByte(s, '.'); i > 0 {
		s = s[:i]
	}
	return s
}

// editDistance returns the Levenshtein distance of a and b (in runes), or limit if it is
// limit or more.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d >= limit || -d >= limit {
		return limit
	}
	prev, cur := make([]int, len(rb)+1), make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return min(prev[len(rb)], limit)
}

// loadHint adds to a loading error, when the records were not read with -lenient, what
// the user can do: name a default event or outlet for records without one, skip malformed
// records (an empty .txt file of a folder among them: no flag gives it a text), or give a
// single .txt file as -a/-b or inside a folder.
//
// A conflict of two inputs is said in the flags' words (see [plainConflict]). An error in a
// CSV header stops the reading, -lenient or not, and says so when -lenient is given; a
// header without a column for a field every record needs says, -lenient or not, the flags
// that give it (-default-event, -default-outlet, -field). An error about a file as a whole
// (none such, an empty CSV file) offers no -lenient: it fails the same way. An Input not
// from [Common.Input] (frames -coded) is offered none of these flags, which read the
// -corpus file only, but what the file must have (see [fileHint]).
func loadHint(err error, c *Common, in Input) error {
	var le *corpus.LoadError
	if !errors.As(err, &le) {
		return err
	}
	if in.common == nil {
		return fileHint(err, le, in, le.Line > 0 && strings.HasPrefix(reason(le), "header: "))
	}
	conflict := false
	if p := plainConflict(le, c.Fields.Fields); p != le {
		conflict = true
		if err == error(le) {
			err, le = p, p
		}
	}
	header := le.Line > 0 && strings.HasPrefix(reason(le), "header: ")
	if header && strings.HasPrefix(reason(le), lacksColumn) {
		// No column gives a field every record needs: the flags that give it, at once.
		var give []string
		// The fields are named before the column names that give them and the header's
		// columns, which are the file's words: only the fields' part is searched.
		fields, _, _ := strings.Cut(strings.TrimPrefix(reason(le), lacksColumn), "), which every record needs")
		for _, m := range lackedField.FindAllStringSubmatch("gives "+fields, -1) {
			switch m[1] {
			case "event":
				give = append(give, "give -default-event NAME for every record, or -field event=COLUMN to read a column of another name")
			case "outlet":
				give = append(give, "give -default-outlet NAME for every record, or -field outlet=COLUMN to read a column of another name")
			case "text":
				give = append(give, "give -field text=COLUMN to read a column of another name, or -field text=A+B to join several")
			}
		}
		if in.Lenient {
			give = append(give, "-lenient skips records, not a header")
		}
		if len(give) == 0 {
			return err
		}
		return fmt.Errorf("%w (%s)", err, strings.Join(give, "; "))
	}
	if in.Lenient {
		if header {
			return fmt.Errorf("%w (-lenient skips records, not a header)", err)
		}
		return err
	}
	switch m := missingField.FindStringSubmatch(reason(le)); {
	case errors.Is(le, corpus.ErrDuplicateID) && !strings.EqualFold(filepath.Ext(le.File), ".txt"):
		return fmt.Errorf("%w (%s; -lenient skips each record whose id is taken, which loses them, and reports each)", err, dupIDHint)
	case emptyFile.MatchString(reason(le)):
		// A .txt file with nothing to read: no flag gives it a text.
		return fmt.Errorf("%w (-lenient skips such files and reports each)", err)
	case m != nil && m[1] == "event" && c.DefaultEvent == "":
		return fmt.Errorf("%w (give -default-event NAME for records that name no event, or -lenient to skip them)", err)
	case m != nil && m[1] == "outlet" && c.DefaultOutlet == "":
		return fmt.Errorf("%w (give -default-outlet NAME for records that name no outlet, or -lenient to skip them)", err)
	case m != nil && m[1] == "text" && !slices.Contains(slices.Collect(maps.Values(c.Fields.Fields)), "text") && len(c.Fields.Compose["text"]) == 0:
		return fmt.Errorf("%w (-lenient skips records without text and reports them; if the text is under another name, -field text=NAME reads it)", err)
	}
	if errors.Is(err, corpus.ErrFormat) && strings.EqualFold(filepath.Ext(in.Path), ".txt") {
		if c.pairFiles {
			return fmt.Errorf("%w (to compare two plain-text files, give them as -a FILE -b FILE; -corpus takes a folder of .txt files, one document each)", err)
		}
		return fmt.Errorf("%w (%s takes a folder of .txt files, one document each: put the file in a folder and give the folder)", err, cmp.Or(in.Flag, "-corpus"))
	}
	if errors.Is(err, framing.ErrTooLarge) {
		return fmt.Errorf("%w (or -lenient skips such records and reports each)", err)
	}
	if le.Line == 0 || header {
		return err // the file as a whole (none such, an unknown format, its header): skipping records cannot help
	}
	if conflict {
		return fmt.Errorf("%w (or -lenient skips such records and reports each)", err)
	}
	return fmt.Errorf("%w (-lenient skips malformed records and reports each)", err)
}

// fileHint is loadHint for an Input that no input flags read (not from [Common.Input]: the
// file of frames -coded): -default-event, -default-outlet, -field and -lenient give fields
// to, or skip records of, the -corpus file only, so the hint says what the file itself must
// have, naming the flag that gave it (in.Flag); two inputs that give one field are left in
// the loader's words, with what to edit, not in those of -field.
func fileHint(err error, le *corpus.LoadError, in Input, header bool) error {
	file, folder := "the file", "the folder"
	if in.Flag != "" {
		file, folder = "the "+in.Flag+" file", "the "+in.Flag+" folder"
	}
	const flags = "-default-event, -default-outlet, -field and -lenient apply to -corpus only"
	switch m := missingField.FindStringSubmatch(reason(le)); {
	case header && strings.HasPrefix(reason(le), lacksColumn):
		return fmt.Errorf("%w (%s needs such a column: %s)", err, file, flags)
	case errors.Is(err, corpus.ErrConflict):
		// In the loader's words, not those of -field (see plainConflict): only an edit of
		// the file settles it.
		return fmt.Errorf("%w (rename or remove one in %s: -field applies to -corpus only)", err, file)
	case in.Lenient:
		return err
	case emptyFile.MatchString(reason(le)):
		return fmt.Errorf("%w (each .txt file of %s must hold a text: %s)", err, folder, flags)
	case m != nil:
		return fmt.Errorf("%w (each record of %s must give the %s: %s)", err, file, m[1], flags)
	case errors.Is(err, corpus.ErrFormat) && strings.EqualFold(filepath.Ext(in.Path), ".txt"):
		return fmt.Errorf("%w (%s takes a folder of .txt files, one document each: put the file in a folder and give the folder)", err, cmp.Or(in.Flag, "-corpus"))
	}
	return err
}

// lacksColumn starts the loader's message for a CSV header without a column for a field
// every record needs; lackedField finds each such field in it.
const lacksColumn = "header: missing required field: no column gives "

var lackedField = regexp.MustCompile(`(?:gives|,| or) the (event|outlet|text) \(`)

// conflictMsg matches the loader's message for two inputs of a record, or two columns of
// a CSV header, that give one document field or one meta key.
var conflictMsg = regexp.MustCompile(`^(header: )?conflicting fields: ("(?:[^"\\]|\\.)*") and ("(?:[^"\\]|\\.)*") both give (?:the (\w+)|meta key ("(?:[^"\\]|\\.)*"))`)

// composedGiven matches the loader's message for a record that gives a field -field
// composes from several inputs.
var composedGiven = regexp.MustCompile(`^conflicting fields: the record gives the (\w+) itself, and it is to be composed of (.+)$`)

// composedSource matches the loader's message for two inputs of a record, names differing
// only in case, that both give one input of a composed field.
var composedSource = regexp.MustCompile(`^conflicting fields: ("(?:[^"\\]|\\.)*") and ("(?:[^"\\]|\\.)*") both give (.+), which the (\w+) is composed of \((.+)\), and names are matched ignoring case$`)

// txtHeaderText matches the loader's message for a .txt header key that would fill the
// text, which is the file's body; quotedName finds the keys it names.
var (
	txtHeaderText = regexp.MustCompile(`^conflicting fields: a \.txt file's text is its body: header (keys? (.+)) can only be dropped or renamed$`)
	quotedName    = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
)

// plainConflict returns e in the words of -field if the loader says that two inputs give
// one field or one meta key: it names them as the file calls them (columns, keys) and the
// -field values that settle it ("columns "text" and "body" both fill the text field: say
// which to read, -field text=text or -field text=body, ..."), where the loader speaks of
// mapping inputs; likewise for a record that gives a field -field composes, for two keys
// differing only in case that give one input of a composed field, and for a .txt header
// key that would fill the text, the file's body (only dropping it helps, or, for a key
// that fields, the -field mappings, send to the text, leaving that mapping out). It returns
// e itself for any other error. The result unwraps to e's error, so errors.Is still finds
// corpus.ErrConflict.
func plainConflict(e *corpus.LoadError, fields map[string]string) *corpus.LoadError {
	if e.Err == nil {
		return e
	}
	if m := txtHeaderText.FindStringSubmatch(e.Err.Error()); m != nil {
		// Any key that fills the text is replaced by the body: a key that does so by its
		// own name can only be dropped or renamed; one that -field maps to the text is
		// left alone once that mapping is left out.
		var keys, drops []string
		var mapped, flag string
		for _, q := range quotedName.FindAllString(m[2], -1) {
			k, err := strconv.Unquote(q)
			if err != nil {
				continue
			}
			if in := mappedTo(fields, k, "text"); in != "" {
				mapped, flag = q, "-field "+shellQuote("text="+in)
				continue
			}
			keys = append(keys, q)
			drops = append(drops, "-field "+shellQuote("-="+k))
		}
		var ways []string
		if len(keys) > 0 {
			what := "key " + keys[0]
			if len(keys) > 1 {
				what = "keys " + strings.Join(keys[:len(keys)-1], ", ") + " and " + keys[len(keys)-1]
			}
			ways = append(ways, fmt.Sprintf("header %s can only be dropped (%s) or renamed", what, strings.Join(drops, " ")))
		}
		if mapped != "" {
			ways = append(ways, fmt.Sprintf("header key %s fills it only through %s: leave that flag out", mapped, flag))
		}
		msg := "a .txt file's text is its body; " + strings.Join(ways, "; ")
		return &corpus.LoadError{File: e.File, Line: e.Line, Err: explainedError{msg, e.Err}}
	}
	if m := composedGiven.FindStringSubmatch(e.Err.Error()); m != nil && m[1] == "text" && strings.EqualFold(filepath.Ext(e.File), ".txt") {
		msg := fmt.Sprintf("a .txt file's text is its body, which -field %s cannot replace: leave that flag out",
			shellQuote(m[1]+"="+m[2]))
		return &corpus.LoadError{File: e.File, Line: e.Line, Err: explainedError{msg, e.Err}}
	}
	if m := composedGiven.FindStringSubmatch(e.Err.Error()); m != nil {
		msg := fmt.Sprintf("the record has a %s of its own, and -field %s makes one: drop its own with -field -=NAME (NAME: the input that holds it), or leave out -field %s",
			m[1], shellQuote(m[1]+"="+m[2]), shellQuote(m[1]+"="+m[2]))
		return &corpus.LoadError{File: e.File, Line: e.Line, Err: explainedError{msg, e.Err}}
	}
	if m := composedSource.FindStringSubmatch(e.Err.Error()); m != nil {
		a, errA := strconv.Unquote(m[1])
		b, errB := strconv.Unquote(m[2])
		if errA == nil && errB == nil {
			// -field matches names ignoring case, as the loader does: no flag tells them apart.
			msg := fmt.Sprintf("%s %q and %q both give %s, which -field %s reads, and names are matched ignoring case: rename one in the file",
				inputWord(e.File, false), a, b, m[3], shellQuote(m[4]+"="+m[5]))
			return &corpus.LoadError{File: e.File, Line: e.Line, Err: explainedError{msg, e.Err}}
		}
	}
	m := conflictMsg.FindStringSubmatch(e.Err.Error())
	if m == nil {
		return e
	}
	header := m[1] != ""
	a, errA := strconv.Unquote(m[2])
	b, errB := strconv.Unquote(m[3])
	if errA != nil || errB != nil {
		return e
	}
	what := inputWord(e.File, header)
	var msg string
	switch field := m[4]; {
	case field != "" && strings.EqualFold(a, b):
		// -field matches names ignoring case, as the loader does: no flag tells them apart.
		msg = fmt.Sprintf("%s %q and %q both fill the %s field, and names are matched ignoring case: rename one in the file", what, a, b, field)
	case field != "":
		msg = fmt.Sprintf("%s %q and %q both fill the %s field: say which to read, -field %s or -field %s (the other is then kept as metadata), or drop one, -field %s or -field %s",
			what, a, b, field, shellQuote(field+"="+a), shellQuote(field+"="+b), shellQuote("-="+a), shellQuote("-="+b))
	default:
		key, err := strconv.Unquote(m[5])
		if err != nil {
			return e
		}
		// The first name is a column or a key of the record's own, which -field can drop;
		// the second may be a key inside a "meta" object, which it cannot.
		drop := "-field " + shellQuote("-="+a)
		if header {
			drop = "-field " + shellQuote("-="+a) + " or -field " + shellQuote("-="+b)
		}
		msg = fmt.Sprintf("%s %q and %q both fill the metadata %q: drop one, %s", what, a, b, key, drop)
	}
	if header {
		msg = "header: " + msg
	}
	return &corpus.LoadError{File: e.File, Line: e.Line, Err: explainedError{msg, e.Err}}
}

// mappedTo returns the input of fields (-field's mappings, input to field) that is key,
// matched ignoring case as the loader matches it, if it is mapped to field; or "".
func mappedTo(fields map[string]string, key, field string) string {
	for _, in := range slices.Sorted(maps.Keys(fields)) {
		if strings.EqualFold(strings.TrimSpace(in), strings.TrimSpace(key)) && fields[in] == field {
			return in
		}
	}
	return ""
}

// inputWord returns what the inputs of a record in file are called: columns (of a CSV
// header, or of any header), header keys (of a .txt file) or keys (of a JSON record).
func inputWord(file string, header bool) string {
	switch ext := strings.ToLower(filepath.Ext(file)); {
	case header || ext == ".csv" || ext == ".tsv":
		return "columns"
	case ext == ".txt":
		return "header keys"
	}
	return "keys"
}

// noDocuments is the error of a reading that loaded no document: the file (or folder, or
// stdin) holds no record, or -lenient skipped every one.
func noDocuments(path string, skipped int) error {
	where := path
	if path == "-" {
		where = "stdin"
	}
	why := "it holds no records"
	if skipped > 0 {
		why = fmt.Sprintf("-lenient skipped all %d record(s), as said above", skipped)
	} else if info, err := os.Stat(path); err == nil && info.IsDir() {
		why = "the folder has no .txt files"
	}
	return fmt.Errorf("corpus: %s: no documents loaded: %s", Escape(where), why)
}

// displayPath names a corpus path in messages.
func displayPath(path string) string {
	switch path {
	case "":
		return "the embedded sample"
	case "-":
		return "stdin"
	}
	return filepath.Base(path)
}

// readingLine says how far the reading of a corpus has got: done of size bytes (size 0 if
// unknown), docs documents, and the time left.
func readingLine(path string, done, size int64, docs int, elapsed time.Duration) string {
	if size <= 0 || done <= 0 {
		return fmt.Sprintf("reading %s: %.0f MB, %d documents", displayPath(path), float64(done)/1e6, docs)
	}
	left := time.Duration(float64(elapsed) * float64(size-done) / float64(done))
	return fmt.Sprintf("reading %s: %.0f of %.0f MB (%.0f%%), %d documents, %s left", displayPath(path),
		float64(done)/1e6, float64(size)/1e6, 100*float64(done)/float64(size), docs, left.Round(time.Second))
}

// skipped collects the records a lenient reading skipped.
type skipped struct {
	all    []*corpus.LoadError
	fields map[string]string // the -field mappings, for plainConflict
}

func (s *skipped) add(e *corpus.LoadError) { s.all = append(s.all, plainConflict(e, s.fields)) }

// docID matches the quoted document ID in a loader's message, which differs record by
// record.
var docID = regexp.MustCompile(`^document "(?:[^"\\]|\\.)*" `)

// reason is what is wrong with a skipped record, without where: records with one reason
// are summed up together.
func reason(e *corpus.LoadError) string {
	msg := "<nil>"
	if errors.Is(e.Err, corpus.ErrDuplicateID) {
		return dupIDReason
	}
	if e.Err != nil {
		msg = e.Err.Error()
	}
	return docID.ReplaceAllString(msg, "document ")
}

// dupIDReason is the reason of every record skipped for an id already used, whatever
// the id: one line of the summary counts them all.
const dupIDReason = "id already used by an earlier record: duplicate document id"

// dupIDHint is what keeps the records whose ids collide: ids that number each outlet's
// records alike (1, 2, ... in each) make distinct documents collide, and -field -=id
// drops the input's ids, the loader naming each record by its file and line instead.
const dupIDHint = "-field -=id keeps them all if they are distinct documents (outlets that number theirs alike): it names each record by its file and line instead of its id; -field -=NAME for ids under another name"

// skippedShown is how many lines of each reason the summary names.
const skippedShown = 3

// report sums up the skipped records on stderr, by reason, most frequent first, naming
// the first lines of each, and writes every one of them to the -skipped file if one is
// given. read is the number of records read besides.
func (s *skipped) report(prog string, stderr io.Writer, c *Common, read int) error {
	if len(s.all) > 0 {
		byReason := map[string][]*corpus.LoadError{}
		for _, e := range s.all {
			r := reason(e)
			byReason[r] = append(byReason[r], e)
		}
		reasons := slices.Collect(mapKeys(byReason))
		slices.SortFunc(reasons, func(x, y string) int {
			return cmp.Or(cmp.Compare(len(byReason[y]), len(byReason[x])), strings.Compare(x, y))
		})
		fmt.Fprintf(stderr, "%s: skipped %d malformed record(s) of %d (-lenient), by reason:\n", prog, len(s.all), len(s.all)+read)
		// Up to reasonsShown reasons are shown, all of them if only one more is left.
		const reasonsShown = 5
		for i, r := range reasons {
			if i == reasonsShown && len(reasons) > reasonsShown+1 {
				n := 0
				for _, r := range reasons[i:] {
					n += len(byReason[r])
				}
				fmt.Fprintf(stderr, "  %7d  for %d other reasons\n", n, len(reasons)-i)
				break
			}
			es := byReason[r]
			var where []string
			for _, e := range es[:min(len(es), skippedShown)] {
				if e.Line == 0 { // a file of a folder, as a whole
					where = append(where, c.recordFile(e.File))
					continue
				}
				where = append(where, fmt.Sprintf("%s:%d", c.recordFile(e.File), e.Line))
			}
			if len(es) > skippedShown {
				where = append(where, "…")
			}
			hint := ""
			if read == 0 && len(reasons) == 1 {
				hint = c.fieldHint(r) // every record lacks the field: is the input misnamed?
			}
			if hint == "" && 2*len(es) > len(s.all)+read {
				// Most records lack a field: say what fills it, as the error without
				// -lenient does.
				hint = c.missingHint(r)
			}
			if r == dupIDReason {
				hint = "; " + dupIDHint
			}
			fmt.Fprintf(stderr, "  %7d  %s (%s)%s\n", len(es), Escape(r), Escape(strings.Join(where, ", ")), hint)
		}
		if c.Skipped == "" {
			what := "file" // each record of a folder of .txt files is a file
			for _, e := range s.all {
				if !strings.EqualFold(filepath.Ext(e.File), ".txt") {
					what = "record with its line"
					break
				}
			}
			fmt.Fprintf(stderr, "  every skipped %s: give -skipped FILE\n", what)
		}
	}
	if c.Skipped == "" {
		return nil
	}
	return WriteFile(stderr, c.Skipped, func(w io.Writer) error {
		for _, e := range s.all {
			short := *e
			short.File = c.recordFile(e.File)
			if _, err := fmt.Fprintln(w, Escape(short.Error())); err != nil {
				return err
			}
		}
		return nil
	})
}

// recordFile names the file of a skipped record as the summary and the -skipped file do:
// from the folder that holds the -corpus path ("news.jsonl:7", "texts/a.txt:2" for a
// folder), to keep their lines short, where corpus.ScanFile gives the path as given.
func (c *Common) recordFile(file string) string {
	if c.Corpus == "" || c.Corpus == "-" {
		return file
	}
	if rel, err := filepath.Rel(filepath.Dir(filepath.Clean(c.Corpus)), file); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return file
}

// missingField matches the loader's message for a record without a required field;
// emptyFile, its message for a .txt file without text (empty, white space, or a header
// alone), which no flag can fill.
var (
	missingField = regexp.MustCompile(`^document has no (\w+)[ :]`)
	emptyFile    = regexp.MustCompile(`^document has no text \(the file (is empty|holds only white space|has a header and no text after it)\)`)
)

// fieldHint returns, for the reason of a record without a field that -field fills from
// inputs, a note naming them: the inputs may not be the record's names.
func (c *Common) fieldHint(reason string) string {
	m := missingField.FindStringSubmatch(reason)
	if m == nil {
		return ""
	}
	var ins []string
	for in, field := range c.Fields.Fields {
		if field == m[1] {
			ins = append(ins, in)
		}
	}
	ins = append(ins, c.Fields.Compose[m[1]]...)
	if len(ins) == 0 {
		return ""
	}
	slices.Sort(ins)
	return fmt.Sprintf("; -field fills %s from %s: does the input have that name?", m[1], Escape(quoteAll(ins)))
}

// missingHint returns, for the reason of records without a field a flag can fill, what to
// give ("; give -default-event NAME for records that name no event"), as the error of a
// reading without -lenient says it; "" for another reason, or when the flag is given.
func (c *Common) missingHint(reason string) string {
	m := missingField.FindStringSubmatch(reason)
	switch {
	case m == nil:
		return ""
	case m[1] == "event" && c.DefaultEvent == "":
		return "; give -default-event NAME for records that name no event"
	case m[1] == "outlet" && c.DefaultOutlet == "":
		return "; give -default-outlet NAME for records that name no outlet"
	case m[1] == "text" && !emptyFile.MatchString(reason) && !slices.Contains(slices.Collect(maps.Values(c.Fields.Fields)), "text") && len(c.Fields.Compose["text"]) == 0:
		return "; if the text is under another name, -field text=NAME reads it"
	}
	return ""
}

// checkColumns checks, for a CSV or TSV corpus, that every input -field names is a column
// of the header (ignoring case, as the loader matches them): a usage error names the
// column and lists the header's. An input of a composed field (text=title+desc) may also
// be a document field that a column fills under another name (headline is title).
func (c *Common) checkColumns() error {
	if len(c.Fields.Fields) == 0 && len(c.Fields.Compose) == 0 {
		return nil
	}
	format := strings.ToLower(strings.TrimPrefix(filepath.Ext(c.Corpus), "."))
	if c.Corpus == "-" {
		format = c.Format
	}
	if format != "csv" && format != "tsv" {
		return nil
	}
	var header []string
	var err error
	if c.Corpus == "-" {
		in := c.stdin
		if in == nil {
			in = os.Stdin
		}
		br := bufio.NewReaderSize(in, 1<<16)
		c.stdin = br
		header, err = peekHeader(br, format == "tsv")
	} else {
		header, err = fileHeader(c.Corpus, format == "tsv")
	}
	if err != nil || header == nil {
		return nil // the loader says what is wrong with the file
	}
	has := func(name string) bool {
		return slices.ContainsFunc(header, func(h string) bool { return strings.EqualFold(strings.TrimSpace(h), name) })
	}
	fields := corpus.Fields()
	var flags []string
	for in, field := range c.Fields.Fields {
		if !has(in) {
			flags = append(flags, fmt.Sprintf("-field %s=%s: %s has no column %q", field, in, displayPath(c.Corpus), in))
		}
	}
	for field, ins := range c.Fields.Compose {
		for _, in := range ins {
			if !has(in) && !slices.Contains(fields, strings.ToLower(in)) {
				flags = append(flags, fmt.Sprintf("-field %s=%s: %s has no column %q", field, strings.Join(ins, "+"), displayPath(c.Corpus), in))
			}
		}
	}
	if len(flags) == 0 {
		return nil
	}
	slices.Sort(flags)
	return Usagef("%s; its columns are %s", strings.Join(flags, "; "), quoteAll(header))
}

// fileHeader returns the header row of a CSV or TSV file, or nil if it cannot read one.
func fileHeader(path string, tsv bool) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return nil, errors.New("not a regular file") // the loader refuses it
	}
	r, err := corpus.Decode(f)
	if err != nil {
		return nil, err
	}
	return peekHeader(bufio.NewReaderSize(r, 1<<16), tsv)
}

// peekHeader parses the first line of br, left unread, as a header row.
func peekHeader(br *bufio.Reader, tsv bool) ([]string, error) {
	b, err := br.Peek(br.Size())
	if len(b) == 0 {
		return nil, err
	}
	b = []byte(strings.TrimPrefix(string(b), "\uFEFF"))
	line, _, ok := strings.Cut(string(b), "\n")
	if !ok && err == nil {
		return nil, errors.New("header longer than the buffer")
	}
	line = strings.TrimSuffix(line, "\r")
	cr := csv.NewReader(strings.NewReader(line))
	cr.LazyQuotes = true
	if tsv {
		cr.Comma = '\t'
	}
	return cr.Read()
}

// A sideTally counts who is on each side of a comparison as the documents are read.
type sideTally struct {
	event   string            // the one event looked at, if any
	outlets [3]map[string]int // side A, side B, neither: documents by outlet (in event)
	any     [2]int            // documents of side A and side B in any event
	kinds   map[string]int    // every kind seen, lowercased
	all     map[string]int    // every outlet seen
	// misnamed are the -kind outlets no document has that look like one that does, by
	// kind (lowercased): see unknownKinds.
	misnamed map[string][]string
}

func newSideTally(event string) *sideTally {
	t := &sideTally{event: event, kinds: map[string]int{}, all: map[string]int{}}
	for i := range t.outlets {
		t.outlets[i] = map[string]int{}
	}
	return t
}

func (t *sideTally) add(d corpus.Document, inA, inB bool) {
	if inA {
		t.any[0]++
	}
	if inB {
		t.any[1]++
	}
	if k := strings.TrimSpace(d.Kind); k != "" {
		t.kinds[strings.ToLower(k)]++
	}
	t.all[d.Outlet]++
	if t.event != "" && d.Event != t.event {
		return
	}
	switch {
	case inA && inB:
	case inA:
		t.outlets[0][d.Outlet]++
	case inB:
		t.outlets[1][d.Outlet]++
	default:
		t.outlets[2][d.Outlet]++
	}
}

// outletsShown is how many outlets a side's line names.
const outletsShown = 5

// report says on stderr who is on each side, or returns an error if a side has no
// document: a usage error if the error names the flag value to give instead (see
// [sideTally.noDocuments]).
func (t *sideTally) report(prog string, w io.Writer, in Input) error {
	specs := [2]string{"", ""}
	if c := in.common; c != nil {
		specs = [2]string{c.SideA, c.SideB}
	}
	var why []string
	usage := false
	for i := range 2 {
		if t.any[i] == 0 {
			msg, fix := t.noDocuments(i, in.Sides[i], specs[i])
			// A side of a kind whose -kind outlet looks misspelled: the command line.
			if key, value, ok := strings.Cut(specs[i], ":"); specs[i] != "" && (!ok || key == "kind") {
				if !ok {
					value = key
				}
				if hints := t.misnamed[strings.ToLower(strings.TrimSpace(value))]; len(hints) > 0 {
					msg += "; " + strings.Join(hints, "; ")
					fix = true
				}
			}
			why = append(why, msg)
			usage = usage || fix
		}
	}
	if len(why) > 0 {
		// The message says the side matches no document; the sentinel's own words after
		// it (": side has no documents") read as if the value it names had none too.
		var err error = explainedError{strings.Join(why, "; "), corpus.ErrEmptySide}
		if usage {
			// The message names the flag value to give: the command line is wrong.
			return usageError{err}
		}
		return err
	}
	where := ""
	if t.event != "" {
		if total(t.outlets[0])+total(t.outlets[1])+total(t.outlets[2]) == 0 {
			// No document in -event: the program's check of -event says so, and names
			// the events (or the one meant); lines of 0 documents would only come first.
			return nil
		}
		where = fmt.Sprintf(" in event %q", Escape(t.event))
	}
	for i, label := range []string{"A", "B"} {
		n := total(t.outlets[i])
		list := ""
		if n > 0 {
			list = ": " + shares(t.outlets[i], n, true)
		}
		fmt.Fprintf(w, "%s: side %s, %s: %d document(s)%s%s\n", prog, label, Escape(in.Sides[i].Name), n, where, list)
	}
	if n := total(t.outlets[2]); n > 0 {
		fmt.Fprintf(w, "%s: on neither side: %d document(s)%s: %s\n", prog, n, where, shares(t.outlets[2], n, false))
	}
	return nil
}

// noDocuments explains why side i matches no document: what the spec means, which kinds
// and outlets there are, and the outlet or kind of that name if there is one. fix says
// whether the message names the flag value to give instead (a bare name that is no kind
// but an outlet, an outlet: that is a kind, an outlet in the wrong case): the command
// line, not the data, is then what is wrong.
func (t *sideTally) noDocuments(i int, side corpus.Side, spec string) (msg string, fix bool) {
	flag := [2]string{"-side-a", "-side-b"}[i]
	if spec == "" {
		return fmt.Sprintf("side %q has no documents", side.Name), false
	}
	key, value, ok := strings.Cut(spec, ":")
	if !ok {
		key, value = "kind", spec
	}
	var b strings.Builder
	use := func(what, spec string, n int) {
		fmt.Fprintf(&b, "; %s exists: use %s %q (%d document(s))", what, flag, spec, n)
		fix = true
	}
	if key == "kind" {
		fmt.Fprintf(&b, "no kind %q (", value)
		if !ok {
			fmt.Fprintf(&b, "a side without kind: or outlet: names a kind; ")
		}
		if len(t.kinds) == 0 {
			fmt.Fprintf(&b, "no document has a kind: give outlets kinds with -kind OUTLET=KIND)")
		} else {
			fmt.Fprintf(&b, "the kinds are %s)", quoteAll(slices.Sorted(mapKeys(t.kinds))))
		}
		for _, o := range slices.Sorted(mapKeys(t.all)) {
			if o == value {
				use("an outlet of that name", "outlet:"+o, t.all[o])
				break
			}
		}
		if !fix {
			for _, o := range slices.Sorted(mapKeys(t.all)) {
				if strings.EqualFold(o, value) {
					use(fmt.Sprintf("an outlet %q", o), "outlet:"+o, t.all[o])
					break
				}
			}
		}
	} else {
		fmt.Fprintf(&b, "no outlet %q (outlets match exactly", value)
		var near []string
		for o := range t.all {
			if strings.EqualFold(o, value) || strings.Contains(strings.ToLower(o), strings.ToLower(value)) {
				near = append(near, o)
			}
		}
		slices.Sort(near)
		if len(near) > 0 {
			fmt.Fprintf(&b, "; outlets of a like name: %s)", quoteAll(near[:min(len(near), outletsShown)]))
		} else {
			fmt.Fprintf(&b, "; the outlets with most documents: %s)", shares(t.all, total(t.all), false))
		}
		if n := t.kinds[strings.ToLower(value)]; n > 0 {
			use("a kind of that name", "kind:"+value, n)
		} else if len(near) == 1 && strings.EqualFold(near[0], value) {
			use(fmt.Sprintf("an outlet %q", near[0]), "outlet:"+near[0], t.all[near[0]])
		}
	}
	if fix {
		return fmt.Sprintf("%s %q: %s", flag, spec, b.String()), true
	}
	return fmt.Sprintf("%s %q matches no document: %s", flag, spec, b.String()), false
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// shares lists the outlets of m, most documents first: with percentages of n if pct, else
// with counts, the first few, and how many more.
func shares(m map[string]int, n int, pct bool) string {
	names := slices.Collect(mapKeys(m))
	slices.SortFunc(names, func(x, y string) int { return cmp.Or(cmp.Compare(m[y], m[x]), strings.Compare(x, y)) })
	var parts []string
	for _, o := range names[:min(len(names), outletsShown)] {
		name := o
		if name == "" {
			name = "(no outlet)"
		}
		if pct {
			parts = append(parts, fmt.Sprintf("%s %.1f%% (%d)", Escape(name), 100*float64(m[o])/float64(n), m[o]))
		} else {
			parts = append(parts, fmt.Sprintf("%s %d", Escape(name), m[o]))
		}
	}
	if rest := len(names) - outletsShown; rest > 0 {
		left := 0
		for _, o := range names[outletsShown:] {
			left += m[o]
		}
		parts = append(parts, fmt.Sprintf("and %d more outlets (%d documents)", rest, left))
	}
	return strings.Join(parts, ", ")
}

// overlap returns the error for documents that both sides match.
func (in Input) overlap(ids []string) error {
	a, b := in.Sides[0].Name, in.Sides[1].Name
	if c := in.common; c != nil {
		a, b = "-side-a "+c.SideA, "-side-b "+c.SideB
	}
	shown := ids[:min(len(ids), 10)]
	more := ""
	if len(ids) > len(shown) {
		more = fmt.Sprintf(" and %d more", len(ids)-len(shown))
	}
	return fmt.Errorf("%d document(s) on both sides, %s and %s: %s%s; give sides that no document matches both: %w",
		len(ids), a, b, quoteAll(shown), more, corpus.ErrOverlap)
}

// quoteAll quotes each string and joins them with commas.
func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// Corpus reads every document of in (see [Input.Docs]) into a corpus.
func (in Input) Corpus(prog string, stderr io.Writer) (*corpus.Corpus, error) {
	var docs []corpus.Document
	for d, err := range in.Docs(prog, stderr) {
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	var c corpus.Corpus
	if err := c.Add(docs...); err != nil {
		return nil, err
	}
	return &c, nil
}
