// Command voices separates each outlet's own voice from the words it quotes: per event
// and side, the share of quoted words, who is quoted or reported and how often (by name,
// with the reporting verbs and the lines behind every count), the side's scare quotes, how
// it treats each source (labels, evaluative words, rebuttals with the document and offset
// of each quotation and denial), and the distinctive terms of the outlets' own voice
// compared with those of all their words.
//
// The own-voice terms leave out the outlet's attribution scaffolding (the verbs "says",
// "said", "told", "according" and the like, and the honorifics "Mr", "Dr":
// framing.Scaffolding), as compare and the other programs do: how much an outlet
// attributes is its practice, not its framing, yet "said" and "Mr" led each side's list.
// -keep-scaffolding counts them. The all-words terms, the counts of words and the quoted
// shares count every word, as before.
//
//	go run ./examples/voices                      # the embedded sample
//	go run ./examples/voices -event minister-visit
//	go run ./examples/voices -corpus news.jsonl -side-a kind:state -side-b kind:wire
//	go run ./examples/voices -a commentary.txt    # one text file: its voices alone
//	go run ./examples/voices -a state.txt -b wire.txt -evidence lines.csv
package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/voices"
)

var prog = cli.Program{
	Name:    "voices",
	Summary: "each outlet's own voice against the words it quotes: quoted shares, who is quoted with which verbs (with the lines), rebuttals, and own-voice terms",
	Examples: []string{
		"go run ./examples/voices -corpus news.jsonl -event summit -side-a kind:state -side-b kind:wire",
		"go run ./examples/voices -a commentary.txt -top 10",
	},
}

func main() { cli.Main(prog.Name, run) }

// sideResult is one side of one event, as -json prints it.
type sideResult struct {
	Side   string              `json:"side"`
	Voices *framing.VoiceStats `json:"voices"`
	// Speakers are who the side quotes or reports, by name (see speaker), most statements
	// first: the first -top of them.
	Speakers      []speaker `json:"speakers"`
	SpeakersTotal int       `json:"speakers_total"` // speakers before -top
	// Cited are the laws and other legal texts statements are attributed to ("the Basic
	// Law stipulates": voices.LegalText), listed apart from the speakers: a rule cited, not
	// a voice. The first -top of them.
	Cited []speaker       `json:"cited,omitempty"`
	Scare []framing.Count `json:"scare_quotes"`
	// Sources is how the side treats each source (framing.Stance), the names the speakers
	// table merged merged alike (see mergeSources), the first -top of them.
	Sources []framing.SourceStance `json:"sources"`
}

// eventResult is one event, as -json prints it.
type eventResult struct {
	Event string       `json:"event"`
	Sides []sideResult `json:"sides"`
	// OwnVoice compares the sides' own words, AllWords every word; both nil with one side.
	OwnVoice *framing.Comparison `json:"own_voice"`
	AllWords *framing.Comparison `json:"all_words"`
}

// row is one line of the -csv table: a count of one thing on one side of one event.
type row struct {
	Event     string `json:"event"`
	Side      string `json:"side"`
	What      string `json:"what"`    // quotations, speaker, speaker_verb, verb, scare_quote
	Speaker   string `json:"speaker"` // for speaker_verb: whose verb it is
	Name      string `json:"name"`
	Count     int    `json:"count"`
	Documents int    `json:"documents"` // for speaker: the documents that quote or report it
}

func run(args []string, w, stderr io.Writer) error {
	fs := cli.NewFlags(prog, w, stderr)
	fileA := fs.InputFile("a", "a plain-text file as side A, instead of a corpus; alone, its voices without a comparison, the side named by -default-outlet if given")
	fileB := fs.InputFile("b", "a plain-text file as side B, with -a")
	evidence := fs.OutputFile("evidence", "", "write the lines behind the counts as CSV to `FILE`; every attribution behind the speakers' counts (document, offsets, speaker, verb, the line)", false)
	c := &cli.Common{SideA: "kind:state", SideB: "kind:wire", Top: 6}
	fs.Common(c, cli.FlagInput, cli.FlagSides, "keep-scaffolding", cli.FlagOutput)
	if err := fs.Parse(args); err != nil {
		return err
	}
	var splits []corpus.Split
	switch {
	case *fileA != "" || *fileB != "":
		if *fileA == "" {
			return cli.Usagef("-b goes with -a (one file alone is -a)")
		}
		if c.Corpus != "" {
			return cli.Usagef("-a and -b read plain-text files instead of a corpus: give either, not -corpus too")
		}
		s, err := readFiles(c, *fileA, *fileB, stderr)
		if err != nil {
			return err
		}
		splits = []corpus.Split{s}
	default:
		corp, err := c.Input("").Corpus(prog.Name, stderr)
		if err != nil {
			return err
		}
		// The events whose sides both have words of their own (the own-voice comparison
		// needs them; all words include them).
		own := ownAnalyzer(c)
		if splits, err = c.Pairs(&own, corp.Documents()); err != nil {
			return err
		}
	}
	var results []eventResult
	var lines []evidenceRow
	for i, s := range splits {
		st := c.Stage("quotations and speakers of event %d of %d, %s", i+1, len(splits), s.Event)
		r, ev, err := analyze(s, c.Top, ownAnalyzer(c))
		st.Done()
		if err != nil && *fileA != "" {
			err = noWords(err, c, s, *fileA, *fileB)
		}
		if err != nil {
			return err
		}
		results = append(results, r)
		lines = append(lines, ev...)
	}
	if c.CSV != "" {
		prov, err := c.Provenance()
		if err != nil {
			return err
		}
		// The analyzer of the voice reports (the zero one), and the table's statistics:
		// counts, of the -top speakers, verbs and scare quotes per side.
		analysis := cli.Analysis{Measures: []string{"count"}, Adjust: "none", DocAdjust: "none"}
		for name, v := range map[string]any{"analyzer": framing.Analyzer{}, "analysis": analysis, "top": c.Top} {
			if err := prov.Set(name, v); err != nil {
				return err
			}
		}
		if err := c.WriteCSV(stderr, c.CSV, rows(results), prov); err != nil {
			return err
		}
	}
	if *evidence != "" {
		if err := cli.WriteFile(stderr, *evidence, func(w io.Writer) error { return writeEvidence(w, lines) }); err != nil {
			return err
		}
	}
	if c.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(results)
	}
	w = cli.Terminal(w)
	colon := false
	for _, r := range results {
		colon = print(w, &r, c.Top) || colon
	}
	fmt.Fprintln(w, "statements: one source and cue with what they introduce, counted once however many quotations cut it and however")
	fmt.Fprintln(w, "often it is quoted again; quoted: with a direct quotation; reported: indirect speech only. speakers: statements by")
	fmt.Fprintln(w, "canonical name (the speaker's fullest name in each document; names differing only in the case of their first")
	fmt.Fprintln(w, "letter are one; a surname alone joins the side's person it names, when no other has a quarter of its statements: Xi, Xi Jinping;")
	fmt.Fprintln(w, "-json lists the names joined), in how many documents, with their reporting verbs; e.g.: the first line behind the")
	fmt.Fprintln(w, "count, as document:offset (a byte offset); every line: -evidence FILE or -json.")
	if colon {
		fmt.Fprintln(w, "A verb \"(colon)\": a name before a colon introduces the words (a headline's \"Name: ...\"); -csv, -json and -evidence write it \":\".")
	}
	return nil
}

// readFiles reads the plain-text files of -a and -b (b may be empty) as the documents of
// one event, each side named by its file's name (their paths if the names are equal); the
// event is -default-event, or the files' names ("a.txt vs b.txt", or "a.txt" alone).
func readFiles(c *cli.Common, a, b string, stderr io.Writer) (corpus.Split, error) {
	if b != "" {
		if err := cli.SameFile(a, b); err != nil {
			return corpus.Split{}, err
		}
	}
	nameA, nameB := filepath.Base(a), filepath.Base(b)
	if b != "" && nameA == nameB {
		nameA, nameB = a, b
	}
	event := nameA
	if b != "" {
		event = nameA + " vs " + nameB
	}
	event = cmp.Or(c.DefaultEvent, event)
	if b == "" && c.DefaultOutlet != "" {
		nameA = c.DefaultOutlet // one file: the side is its outlet
	}
	s := corpus.Split{Event: event, NameA: nameA}
	doc := func(flag, path, name string) ([]corpus.Document, error) {
		text, err := c.ReadInput(prog.Name, stderr, flag, path)
		if err != nil {
			return nil, err
		}
		return []corpus.Document{{ID: filepath.Base(path), Event: event, Outlet: cmp.Or(c.DefaultOutlet, name), Language: "english", Text: text}}, nil
	}
	var err error
	if s.A, err = doc("-a", a, nameA); err != nil {
		return s, err
	}
	if b != "" {
		s.NameB = nameB
		if s.B, err = doc("-b", b, nameB); err != nil {
			return s, err
		}
	}
	return s, nil
}

// noWords says of the files which has no word to count in its own voice (the voices
// compared), if err is for want of one.
func noWords(err error, c *cli.Common, s corpus.Split, a, b string) error {
	files := []cli.File{{Flag: "-a", Path: a, Doc: s.A[0]}}
	if b != "" {
		files = append(files, cli.File{Flag: "-b", Path: b, Doc: s.B[0]})
	}
	own := ownAnalyzer(c)
	return cli.NoWords(err, &own, "outside quotations, as the comparison of the sides' own voices needs", files...)
}

// ownAnalyzer returns the analyzer of the own-voice comparison: the own voice, without
// the attribution scaffolding (cli.Scaffolding) unless -keep-scaffolding.
func ownAnalyzer(c *cli.Common) framing.Analyzer {
	an := framing.Analyzer{Voices: framing.OwnVoice}
	if !c.KeepScaffolding {
		an.ExtraStopWords = slices.Clone(cli.Scaffolding)
	}
	return an
}

// analyze computes the voices of one event's sides (one, if s.B is empty), listing top
// of each (all if negative), and returns the evidence of every attribution counted. own
// is the analyzer of the own-voice comparison: with no extra stop words, its profiles
// are counted in the voice reports' pass; with some (the scaffolding), which the reports'
// counts of words must not lose, in a pass of their own.
func analyze(s corpus.Split, top int, own framing.Analyzer) (eventResult, []evidenceRow, error) {
	out := eventResult{Event: s.Event}
	var lines []evidenceRow
	sides := []struct {
		name string
		docs []corpus.Document
	}{{s.NameA, s.A}}
	if len(s.B) > 0 {
		sides = append(sides, struct {
			name string
			docs []corpus.Document
		}{s.NameB, s.B})
	}
	// The names are joined over both sides' speakers (framing.JoinSpeakerRoles), so that
	// one person has one name on both: "Obama" on one side joins "Barack Obama" when the
	// two sides together name no other Obama of like weight, and "Ukrainian president"
	// the one person both sides' statements title so.
	counters := make([]speakerCounter, len(sides))
	reports := make([]*framing.VoiceReport, len(sides))
	// The comparisons' profiles (the sides' own words, then all their words), counted in
	// the voice reports' pass, each over one vocabulary for both sides.
	compared := []framing.VoiceProfile{{Voices: framing.OwnVoice}, {Voices: framing.AllVoices}}
	ownApart := len(own.ExtraStopWords) > 0
	if ownApart {
		compared = compared[1:]
	}
	if len(sides) == 2 {
		for k := range compared {
			compared[k].Vocabulary = &framing.Vocabulary{}
		}
	} else {
		compared = nil
	}
	var all []framing.Count
	var roles []framing.RoleName
	for si, side := range sides {
		var an framing.Analyzer
		sc := &counters[si]
		r, err := an.VoiceReport(side.docs, &framing.VoiceReportOptions{Width: 30, Profiles: compared, Each: func(i int, spans []framing.Span, stmts []framing.Statement) {
			sc.add(i, &side.docs[i], spans, stmts)
		}})
		if err != nil {
			return out, nil, fmt.Errorf("event %q, side %q: %w", s.Event, side.name, err)
		}
		reports[si] = r
		all = append(all, sc.forms()...)
		roles = append(roles, r.Stats.Roles...)
	}
	_, joined := framing.JoinSpeakerRoles(all, roles)
	for si, side := range sides {
		sc, r := &counters[si], reports[si]
		sc.joinNames(joined)
		vs := r.Stats
		sr := sideResult{Side: side.name, Voices: vs, Sources: r.Sources}
		for _, q := range r.Quoted {
			sr.Scare = append(sr.Scare, framing.Count{Name: q.Expr, Count: q.Count})
		}
		speakers := sc.speakers()
		for _, sp := range speakers {
			for _, l := range sp.Lines {
				lines = append(lines, evidenceRow{Event: s.Event, Side: side.name, Speaker: sp.Name, Verb: l.verb, Doc: l.DocID,
					Start: l.Start, End: l.End, Voice: l.Voice.String(), Left: l.Left, Match: l.Match, Right: l.Right})
			}
		}
		sr.Sources = first(treated(mergeSources(sr.Sources, speakers)), top)
		var voiced []speaker
		for _, sp := range speakers {
			if voices.LegalText(sp.Name) {
				sr.Cited = append(sr.Cited, sp)
			} else {
				voiced = append(voiced, sp)
			}
		}
		sr.Speakers, sr.SpeakersTotal, sr.Cited = first(voiced, top), len(voiced), first(sr.Cited, top)
		sr.Scare = first(sr.Scare, top)
		vs.Verbs = first(vs.Verbs, top)
		vs.Speakers = first(vs.Speakers, top)
		out.Sides = append(out.Sides, sr)
	}
	if len(s.B) == 0 {
		return out, lines, nil
	}
	opts := &framing.CompareOptions{Top: top, DocTest: framing.DocTestOptions{Permutations: -1}}
	dsts := []**framing.Comparison{&out.OwnVoice, &out.AllWords}
	if ownApart {
		cmp, err := framing.CompareSplit(&own, s, opts)
		if err != nil {
			return out, nil, err
		}
		out.OwnVoice, dsts = cmp, dsts[1:]
	}
	for k, dst := range dsts {
		an := framing.Analyzer{Voices: compared[k].Voices}
		cmp, err := framing.CompareSplitProfiles(&an, s, reports[0].Profiles[k], reports[1].Profiles[k], opts)
		if err != nil {
			return out, nil, err
		}
		*dst = cmp
	}
	return out, lines, nil
}

// mergeSources merges the stances of the names the speakers table merged ("Xi" into "Xi
// Jinping", "analysts" into "Analysts": see speaker), so that a source line and a speaker
// line name one person alike: verbs, labels and evaluative words summed, rebuttals and
// evidence joined, and the documents those of the merged speaker. The order is Stance's:
// most statements first, ties by name.
func mergeSources(ss []framing.SourceStance, speakers []speaker) []framing.SourceStance {
	into := map[string]*speaker{}
	for i := range speakers {
		for _, f := range speakers[i].Forms {
			into[f.Name] = &speakers[i]
		}
	}
	out := make([]framing.SourceStance, 0, len(ss))
	at := map[string]int{}
	for _, s := range ss {
		name, sp := s.Speaker, into[s.Speaker]
		if sp != nil && sp.joined() {
			name = sp.Name
		}
		i, ok := at[name]
		if !ok {
			at[name] = len(out)
			s.Speaker = name
			out = append(out, s)
			continue
		}
		m := &out[i]
		m.Documents += s.Documents
		m.Quotations += s.Quotations
		m.Statements += s.Statements
		m.Verbs, m.Labels, m.Evaluation = addCounts(m.Verbs, s.Verbs), addCounts(m.Labels, s.Labels), addCounts(m.Evaluation, s.Evaluation)
		m.EvaluationEvidence = append(slices.Clip(m.EvaluationEvidence), s.EvaluationEvidence...)
		m.Rebuttals = append(slices.Clip(m.Rebuttals), s.Rebuttals...)
	}
	for i := range out {
		if sp := into[out[i].Speaker]; sp != nil && sp.joined() {
			out[i].Documents = sp.Documents
		}
	}
	slices.SortStableFunc(out, func(a, b framing.SourceStance) int {
		return cmp.Or(cmp.Compare(b.Quotations+b.Statements, a.Quotations+a.Statements), strings.Compare(a.Speaker, b.Speaker))
	})
	return out
}

// addCounts sums two lists of counts by name, most first, ties by name.
func addCounts(a, b []framing.Count) []framing.Count {
	m := map[string]int{}
	for _, c := range a {
		m[c.Name] += c.Count
	}
	for _, c := range b {
		m[c.Name] += c.Count
	}
	return counts(m)
}

// first returns the first n of xs, or all of them if n is negative.
func first[T any](xs []T, n int) []T {
	if n < 0 || len(xs) <= n {
		return xs
	}
	return xs[:n]
}

// treated keeps the sources the side does something to: labels, evaluative words or
// rebuttals (Stance lists every source, most quoted first).
func treated(ss []framing.SourceStance) []framing.SourceStance {
	return slices.DeleteFunc(ss, func(s framing.SourceStance) bool {
		return len(s.Labels) == 0 && len(s.Evaluation) == 0 && len(s.Rebuttals) == 0
	})
}

// A speaker is someone a side quotes or reports: the statements attributed to them
// (framing.Statements: one source and cue with its content, counted once however many
// pieces quotation marks cut it into or however often it is quoted again), by the
// canonical name of each document (the
// span's Canonical, or its Speaker where it has none), names that differ only in the case
// of their first letter merged ("Analysts", "analysts": one speaker, under the form more
// statements use), and a name of one word merged into the fuller name it stands for,
// given on either side (see speakerCounter.speakers).
type speaker struct {
	Name       string          `json:"name"`
	Statements int             `json:"statements"` // Quotations + Reported
	Quotations int             `json:"quotations"` // statements with a direct quotation
	Reported   int             `json:"reported"`   // statements of indirect speech only
	Documents  int             `json:"documents"`  // documents that quote or report the speaker
	Verbs      []framing.Count `json:"verbs"`      // the reporting verbs, most used first
	Forms      []framing.Count `json:"forms"`      // the names merged, most statements first
	Lines      []line          `json:"lines"`      // every statement: where its source stands
	titleOnly  bool            // the name is a title or role alone (see titleOnly)
}

// titleOnly reports whether a speaker's name is a title or role that names no one, in the
// language lang: "minister", "the president", "a senior official", "PM" (a title or role
// of lang's lists, in lower case or an acronym, after lower-case words only). Not
// "Minister Ana Ruiz" or "British prime minister" (a capital names whose office it is),
// "Pope" (a title capitalized alone stands for one holder), "officials" (a plural is
// several people already), or "his father" (a relative, see kinship, is someone's). The
// caller lowers a capital that only opens a sentence, on a determiner or a title
// ("Minister says ...", "The minister said ...": see positionalCapital). Such a name in
// several documents may join different people: the text says so beside its count.
func titleOnly(name, lang string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	last := words[len(words)-1]
	if kinship[strings.ToLower(last)] {
		return false
	}
	if voices.LangOf(lang).Classes(last)&(voices.ClassTitle|voices.ClassRole) == 0 ||
		last != strings.ToLower(last) && (last != strings.ToUpper(last) || utf8.RuneCountInString(last) > 4) {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if w != strings.ToLower(w) {
			return false
		}
	}
	return true
}

// kinship are words for relatives, which the title lists hold ("father" is a priest's
// title too) but which name someone's relative, one person, not an office's holder.
var kinship = map[string]bool{
	"father": true, "mother": true, "son": true, "daughter": true, "wife": true, "husband": true,
	"brother": true, "sister": true, "parent": true, "child": true, "uncle": true, "aunt": true,
	"cousin": true, "nephew": true, "niece": true, "grandfather": true, "grandmother": true,
	"grandson": true, "granddaughter": true, "stepfather": true, "stepmother": true,
	"widow": true, "widower": true, "fiancé": true, "fiancée": true, "partner": true,
}

// positionalCapital reports whether the capital that starts name, the speaker of a
// statement whose source stands at text[start:end], only comes from its position: the
// source opens its sentence (or the text, a headline) with name's first word, and that
// word has no other capital ("Minister says ...", "The minister said ...").
func positionalCapital(text, name string, start, end int) bool {
	first, _, _ := strings.Cut(name, " ")
	if end <= start || start < 0 || end > len(text) || first == "" {
		return false
	}
	r, size := utf8.DecodeRuneInString(first)
	if !unicode.IsUpper(r) || strings.ToLower(first[size:]) != first[size:] {
		return false
	}
	if len(text)-start < len(first) || text[start:start+len(first)] != first {
		return false
	}
	return opensSentence(text, start)
}

// opensSentence reports whether text[i:] opens a sentence: only spaces and opening quotes
// or brackets stand between it and the start of the text, a line break, or the end of a
// sentence (".", "!", "?", possibly followed by a closing quote or bracket).
func opensSentence(text string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '\n' || r == '.' || r == '!' || r == '?':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"'“‘«([", r):
			i -= size
		case strings.ContainsRune("”’»)]", r):
			// A closing quote ends a sentence only after its end: "… we will." Minister says.
			p, _ := utf8.DecodeLastRuneInString(text[:i-size])
			return p == '.' || p == '!' || p == '?'
		default:
			return false
		}
	}
	return true
}

// joined reports whether the speaker's name joins others or stands for a name written
// otherwise (a surname alone, shown by the fuller name the other side gives).
func (s *speaker) joined() bool {
	return len(s.Forms) > 1 || len(s.Forms) == 1 && s.Forms[0].Name != s.Name
}

// A line is the evidence of one statement: the source phrase with its context (or the
// statement's words, where no source phrase stands in the text) and the cue.
type line struct {
	framing.Line
	verb string
	di   int // the document's index
}

func (l line) MarshalJSON() ([]byte, error) {
	type plain framing.Line
	return json.Marshal(struct {
		plain
		Verb string `json:"verb,omitempty"`
	}{plain(l.Line), l.verb})
}

// speakerCounter counts the speakers of a side's documents, a document at a time.
type speakerCounter struct {
	byKey map[string]*speakerAcc
	// roles are the statements by role and name (VoiceStats.Roles) that the joins read
	// when the counter joins its own names (see speakers).
	roles  []framing.RoleName
	merged bool // joinNames has run
}

type speakerAcc struct {
	speaker
	forms   map[string]int
	verbs   map[string]int
	lastDoc int
	lang    string // the language of the first document counted
	capital bool   // a statement's name has a capital that its position does not explain
	docs    []int  // the documents' indexes, increasing
	name    string // the name to show, when not the form written most (a merge's fuller name)
}

// add counts the statements of d, the di-th document, whose spans are spans.
func (c *speakerCounter) add(di int, d *corpus.Document, spans []framing.Span, stmts []framing.Statement) {
	if c.byKey == nil {
		c.byKey = map[string]*speakerAcc{}
	}
	for _, st := range stmts {
		name := st.Name()
		if name == "" {
			continue
		}
		k := caseKey(name)
		a := c.byKey[k]
		if a == nil {
			a = &speakerAcc{forms: map[string]int{}, verbs: map[string]int{}, lang: d.Language}
			c.byKey[k] = a
		}
		a.forms[name]++
		a.Statements++
		if st.Voice == framing.VoiceQuote {
			a.Quotations++
		} else {
			a.Reported++
		}
		if st.Verb != "" {
			a.verbs[st.Verb]++
		}
		if a.lastDoc != di+1 {
			a.lastDoc = di + 1
			a.Documents++
			a.docs = append(a.docs, di)
		}
		sp := spans[st.Spans[0]]
		if r, _ := utf8.DecodeRuneInString(name); unicode.IsUpper(r) && !positionalCapital(d.Text, name, sp.SourceStart, sp.SourceEnd) {
			a.capital = true
		}
		start, end := sp.SourceStart, sp.SourceEnd
		if end <= start {
			start, end = sp.Start, sp.End
		}
		a.Lines = append(a.Lines, line{Line: context(*d, start, end, 40, st.Voice, name), verb: st.Verb, di: di})
	}
}

// speakers returns the speakers counted, most statements first (then by name), the names
// that stand for one person joined by framing.JoinSpeakerNames (over both sides' names
// when analyze compares two): a surname alone joins the fuller name it is the surname of ("Obama", "Barack Obama"; "Xi", "Xi Jinping"),
// a given name and a surname the longer name with both ("Hillary Rodham Clinton"), unless
// several fuller names could be meant or the short name is a place's ("Israel", "Steve
// Israel"), and a role alone joins the person written with it ("Ukrainian president",
// "Ukrainian President Volodymyr Zelensky"; framing.JoinSpeakerRoles, over c.roles). The joined speaker is shown by the fuller name; Forms lists the names joined,
// with their statements, so that a join can be checked.
func (c *speakerCounter) speakers() []speaker {
	if !c.merged {
		_, joined := framing.JoinSpeakerRoles(c.forms(), c.roles)
		c.joinNames(joined)
	}
	out := make([]speaker, 0, len(c.byKey))
	for _, a := range c.byKey {
		a.Forms, a.Verbs = counts(a.forms), counts(a.verbs)
		a.Name = cmp.Or(a.name, a.Forms[0].Name)
		name := a.Name
		if a.name == "" && !a.capital {
			// Every capital it starts with opens a sentence: "Minister says ..." is
			// "minister", "The minister said" "the minister"; but a first word that may
			// be a name's keeps its capital ("Ukraine foreign minister").
			first, _, _ := strings.Cut(name, " ")
			r, size := utf8.DecodeRuneInString(first)
			if low := string(unicode.ToLower(r)) + first[size:]; voices.LangOf(a.lang).Classes(low)&(voices.ClassDet|voices.ClassTitle|voices.ClassRole) != 0 {
				name = low + name[len(first):]
			}
		}
		a.titleOnly = titleOnly(name, a.lang)
		for i := range a.Lines {
			a.Lines[i].Speaker = a.Name
		}
		out = append(out, a.speaker)
	}
	slices.SortFunc(out, func(x, y speaker) int {
		return cmp.Or(cmp.Compare(y.Statements, x.Statements), strings.Compare(x.Name, y.Name))
	})
	return out
}

// forms returns the names counted with their statements, in name order.
func (c *speakerCounter) forms() []framing.Count {
	var all []framing.Count
	for _, k := range slices.Sorted(maps.Keys(c.byKey)) {
		all = append(all, counts(c.byKey[k].forms)...)
	}
	return all
}

// joinNames merges the speakers whose names joined (of framing.JoinSpeakerRoles, over this
// side's names or both sides') joins: each into the one shown by the name it joins, their
// statements, verbs, documents and lines summed. The name joined may be counted only on
// the other side ("Obama" here, "Barack Obama" there): the speaker is then shown by it,
// with the names written here as its forms.
func (c *speakerCounter) joinNames(joined map[string]string) {
	if c.merged {
		return
	}
	c.merged = true
	keys := slices.Sorted(maps.Keys(c.byKey))
	for _, k := range keys {
		from := c.byKey[k]
		f := counts(from.forms)[0].Name
		to, ok := joined[f]
		if !ok || caseKey(to) == k {
			continue // shown by its own name (names differing in case are one key already)
		}
		into := c.byKey[caseKey(to)]
		if into == nil { // named so only on the other side
			into = &speakerAcc{forms: map[string]int{}, verbs: map[string]int{}}
			c.byKey[caseKey(to)] = into
		}
		into.name = to // shown by its fuller name, however often the short one is written
		into.Statements += from.Statements
		into.Quotations += from.Quotations
		into.Reported += from.Reported
		for f, n := range from.forms {
			into.forms[f] += n
		}
		for v, n := range from.verbs {
			into.verbs[v] += n
		}
		into.docs = append(into.docs, from.docs...)
		slices.Sort(into.docs)
		into.docs = slices.Compact(into.docs)
		into.Documents = len(into.docs)
		into.Lines = append(into.Lines, from.Lines...)
		slices.SortStableFunc(into.Lines, func(x, y line) int { return cmp.Or(cmp.Compare(x.di, y.di), cmp.Compare(x.Start, y.Start)) })
		delete(c.byKey, k)
	}
}

// caseKey is name with its first letter lowercased: the names it merges differ only there.
func caseKey(name string) string {
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToLower(r)) + name[n:]
}

// counts returns the counts of m, most first, ties by name.
func counts(m map[string]int) []framing.Count {
	out := make([]framing.Count, 0, len(m))
	for k, v := range m {
		out = append(out, framing.Count{Name: k, Count: v})
	}
	slices.SortFunc(out, func(x, y framing.Count) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), strings.Compare(x.Name, y.Name))
	})
	return out
}

// context returns the line of d.Text[start:end] with width runes on each side, line
// breaks as spaces.
func context(d corpus.Document, start, end, width int, v framing.Voice, speaker string) framing.Line {
	text := d.Text
	lo := start
	for n := 0; lo > 0 && n < width; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:lo])
		lo -= size
	}
	hi := end
	for n := 0; hi < len(text) && n < width; n++ {
		_, size := utf8.DecodeRuneInString(text[hi:])
		hi += size
	}
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	return framing.Line{DocID: d.ID, Start: start, End: end, Left: flat(text[lo:start]), Match: flat(text[start:end]),
		Right: flat(text[end:hi]), Voice: v, Speaker: speaker}
}

// evidenceRow is one line of the -evidence table.
type evidenceRow struct {
	Event   string `json:"event"`
	Side    string `json:"side"`
	Speaker string `json:"speaker"`
	Verb    string `json:"verb"`
	Doc     string `json:"doc"`
	Start   int    `json:"start"` // byte offsets of the source phrase (or the statement) in the document's text
	End     int    `json:"end"`
	Voice   string `json:"voice"` // quote, scare, reported or title
	Left    string `json:"left"`
	Match   string `json:"match"`
	Right   string `json:"right"`
}

func writeEvidence(w io.Writer, lines []evidenceRow) error {
	return cli.WriteRows(w, lines)
}

func rows(results []eventResult) []row {
	var out []row
	for _, r := range results {
		for _, s := range r.Sides {
			add := func(what string, cs []framing.Count) {
				for _, c := range cs {
					out = append(out, row{Event: r.Event, Side: s.Side, What: what, Name: c.Name, Count: c.Count})
				}
			}
			var kinds []framing.Count
			for _, k := range []string{"quote", "scare", "reported", "title"} {
				kinds = append(kinds, framing.Count{Name: k, Count: s.Voices.Quotations[k]})
			}
			add("quotations", kinds)
			for _, sp := range s.Speakers {
				out = append(out, row{Event: r.Event, Side: s.Side, What: "speaker", Name: sp.Name, Count: sp.Statements, Documents: sp.Documents})
				for _, v := range sp.Verbs {
					out = append(out, row{Event: r.Event, Side: s.Side, What: "speaker_verb", Speaker: sp.Name, Name: v.Name, Count: v.Count})
				}
			}
			add("verb", s.Voices.Verbs)
			add("scare_quote", s.Scare)
		}
	}
	return out
}

// print writes the text of one event, and reports whether a list of verbs showed the
// cue ":" as "(colon)", for the note under the tables.
func print(w io.Writer, r *eventResult, top int) (colon bool) {
	// verbs lists the first k verbs (all if k < 0) as the text shows them, and notes
	// whether "(colon)" is among them.
	verbs := func(cs []framing.Count, k int) string {
		if i := slices.IndexFunc(cs, func(c framing.Count) bool { return c.Name == ":" }); i >= 0 && (k < 0 || i < k) {
			colon = true
		}
		return counted(shownVerbs(cs), k)
	}
	fmt.Fprintf(w, "== %s ==\n", r.Event)
	for _, s := range r.Sides {
		vs := s.Voices
		share := fmt.Sprintf("%.0f%% of counted words in quotations", 100*vs.QuotedShare)
		words := 0
		for _, n := range vs.Words {
			words += n
		}
		if words == 0 {
			share = "no counted word" // not 0% of nothing
		}
		fmt.Fprintf(w, "%s: %s; %d statements (%d quoted, %d reported), %d scare quotes\n",
			s.Side, share, vs.Quotations["quote"]+vs.Quotations["reported"], vs.Quotations["quote"], vs.Quotations["reported"], vs.Quotations["scare"])
		fmt.Fprintf(w, "  speakers (%d of %d):\n", len(s.Speakers), s.SpeakersTotal)
		if len(s.Speakers) == 0 {
			fmt.Fprintln(w, "    -")
		}
		for _, sp := range s.Speakers {
			var notes []string
			if sp.joined() {
				notes = append(notes, "as "+counted(sp.Forms, 3))
			}
			if sp.titleOnly && sp.Documents > 1 {
				// "minister" in five headlines may be five ministers: the count is the
				// title's, not one person's.
				notes = append(notes, "a title naming no one: maybe different people")
			}
			merged := ""
			if len(notes) > 0 {
				merged = " (" + strings.Join(notes, "; ") + ")"
			}
			fmt.Fprintf(w, "    %-28s %4d statement(s) (%d quoted, %d reported) in %d document(s)%s; %s\n", cli.Clip(cli.Escape(sp.Name), 28),
				sp.Statements, sp.Quotations, sp.Reported, sp.Documents, cli.Escape(merged), verbs(sp.Verbs, 4))
			if len(sp.Lines) > 0 {
				l := sp.Lines[0]
				fmt.Fprintf(w, "      e.g. %s:%d %s [%s] %s\n", cli.Escape(l.DocID), l.Start, cli.Escape(l.Left), cli.Escape(l.Match), cli.Escape(l.Right))
			}
		}
		if len(s.Cited) > 0 {
			cited := make([]framing.Count, len(s.Cited))
			for i, sp := range s.Cited {
				cited[i] = framing.Count{Name: sp.Name, Count: sp.Statements}
			}
			fmt.Fprintf(w, "  cited (laws and legal texts said to say): %s\n", counted(cited, -1))
		}
		fmt.Fprintf(w, "  verbs:  %s\n", verbs(vs.Verbs, -1))
		var sq []framing.Count
		for _, q := range s.Scare {
			sq = append(sq, framing.Count{Name: "“" + q.Name + "”", Count: q.Count})
		}
		fmt.Fprintf(w, "  scare quotes: %s\n", counted(sq, -1))
		for _, src := range s.Sources {
			fmt.Fprintf(w, "  source %s: verbs %s; labels %s; evaluation %s\n", cli.Escape(src.Speaker), verbs(src.Verbs, 4),
				counted(src.Labels, 3), counted(src.Evaluation, 6))
			for _, rb := range src.Rebuttals {
				fmt.Fprintf(w, "    rebutted (%s) %s:%d “%s”\n      by %s:%d %s\n", rb.Cue, rb.Quote.DocID, rb.Quote.Start,
					cli.Escape(rb.Quote.Match), rb.Denial.DocID, rb.Denial.Start, cli.Escape(rb.Denial.Match))
			}
		}
	}
	if r.OwnVoice == nil {
		fmt.Fprintf(w, "  (one side: no comparison of own-voice terms)\n\n")
		return colon
	}
	for _, v := range []struct {
		label string
		cmp   *framing.Comparison
	}{{"own voice", r.OwnVoice}, {"all words", r.AllWords}} {
		if v.cmp == r.OwnVoice && cli.AnalyzerDropsScaffolding(v.cmp.Analyzer) {
			fmt.Fprintf(w, "  (own voice: %s)\n", cli.ScaffoldingNote)
		}
		fmt.Fprintf(w, "  %-9s  %s: %s\n", v.label, v.cmp.SideA, words(v.cmp.TopA))
		fmt.Fprintf(w, "  %-9s  %s: %s\n", "", v.cmp.SideB, words(v.cmp.TopB))
	}
	fmt.Fprintln(w)
	return colon
}

// shownVerbs returns verbs as the text shows them: the cue ":" (framing's verb for "Name:
// …", a headline's colon) as "(colon)", which ": (45)" in a list of verbs did not read as.
func shownVerbs(verbs []framing.Count) []framing.Count {
	i := slices.IndexFunc(verbs, func(c framing.Count) bool { return c.Name == ":" })
	if i < 0 {
		return verbs
	}
	out := slices.Clone(verbs)
	out[i].Name = "(colon)"
	return out
}

// counted lists counts as "name (n)", the first k (all if k < 0), "-" for none.
func counted(cs []framing.Count, k int) string {
	var parts []string
	for i, c := range cs {
		if i == k {
			parts = append(parts, "...")
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%d)", c.Name, c.Count))
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ", ")
}

func words(ts []framing.KeyTerm) string {
	var parts []string
	for _, t := range ts {
		parts = append(parts, t.Word)
	}
	return strings.Join(parts, ", ")
}
