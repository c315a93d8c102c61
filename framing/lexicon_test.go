package framing

import (
	"encoding/json"
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
)

func TestEmbeddedLexicons(t *testing.T) {
	frames, eval := FramesLexicon(), EvaluativeLexicon()
	if got := strings.Join(frames.Categories(), ","); got != "conflict,cooperation,security,economic,morality,responsibility,human-interest,sovereignty,delegitimizing,resolution" {
		t.Errorf("frames categories %s", got)
	}
	if got := strings.Join(eval.Categories(), ","); got != "intensifier,pejorative,laudatory,loaded-action,assertive,factive" {
		t.Errorf("evaluative categories %s", got)
	}
	if got := strings.Join(MarkersLexicon().Categories(), ","); got != "hedge,booster" {
		t.Errorf("stance-marker categories %s", got)
	}
	if frames.Len() < 200 || eval.Len() < 300 {
		t.Errorf("%d and %d entries", frames.Len(), eval.Len())
	}
}

// TestStemEntries: "~" entries match every inflection by stem, not words that merely share
// a prefix.
func TestStemEntries(t *testing.T) {
	lex, err := ParseLexicon(strings.NewReader("[loaded]\n~alleged\n~slashes\n[other]\nappear*\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string]bool{"alleged": true, "allegedly": true, "allegations": true, "allegiance": false,
		"slash": true, "slashed": true, "slashing": true, "slate": false} {
		if got := lex.Contains(word, stemOf(t, word)); got != want {
			t.Errorf("%s: %v, want %v", word, got, want)
		}
	}
	only, err := lex.Select("loaded")
	if err != nil {
		t.Fatal(err)
	}
	if only.Contains("appearance", stemOf(t, "appearance")) || !only.Contains("slashed", stemOf(t, "slashed")) ||
		strings.Join(only.Entries("loaded"), ",") != "~alleged,~slashes" || only.Entries("other") != nil {
		t.Errorf("selected lexicon: %v", only.Categories())
	}
	if _, err := lex.Select("nope"); !errors.Is(err, ErrOption) {
		t.Errorf("unknown category: %v", err)
	}
}

func stemOf(t *testing.T, w string) string {
	t.Helper()
	toks, err := (&Analyzer{StopWords: []string{}}).Tokens(w)
	if err != nil || len(toks) != 1 {
		t.Fatalf("%s: %v %v", w, toks, err)
	}
	return toks[0].Term
}

func TestParseLexiconErrors(t *testing.T) {
	for text, line := range map[string]string{
		"orphan\n[c]\nx":     ":1:",
		"[c]\nx\n[]\ny":      ":3:",
		"[c\nx":              ":1:",
		"# only a comment\n": "no entries",
	} {
		_, err := ParseLexicon(strings.NewReader(text), "t.txt")
		if !errors.Is(err, ErrOption) || !strings.Contains(err.Error(), line) {
			t.Errorf("%q: got %v, want an error naming %s", text, err, line)
		}
	}
	for text, line := range map[string]string{
		"1\tposemo\n%\n":              ":1:",
		"%\n1\tposemo\n%\nhappy\t2\n": ":4:",
		"%\n1\tposemo\n%\nhappy\n":    ":4:",
		"%\n1\tposemo\n%\nx\t1\n%\n":  ":5:",
	} {
		_, err := ParseDic(strings.NewReader(text), "t.dic")
		if !errors.Is(err, ErrOption) || !strings.Contains(err.Error(), line) {
			t.Errorf("%q: got %v, want an error naming %s", text, err, line)
		}
	}
}

func TestLexiconMatching(t *testing.T) {
	lex, err := ParseLexicon(strings.NewReader(`
[blame]
blam*
~accus
held responsible
[hedge]
may
according to
[war]
war
war crimes
*war
`), "test")
	if err != nil {
		t.Fatal(err)
	}
	an := Analyzer{}
	doc := corpus.Document{ID: "d", Text: "Officials blamed the West and accused Kasan of war crimes. According to reports, it may be a cold war. Accusations flew."}
	p, err := an.LexiconProfile([]corpus.Document{doc}, lex)
	if err != nil {
		t.Fatal(err)
	}
	// By hand: blame: "blamed" (glob), "accused" and "Accusations" (stem accus) = 3.
	// hedge: "According to", "may" = 2 (stop words match too). war: "war crimes" is the
	// longest at "war" (counts once), "war" in "cold war" (both "war" and "*war" match: once).
	want := map[string]int{"blame": 3, "hedge": 2, "war": 2}
	for cat, n := range want {
		if got := p.Count(cat); got != n {
			t.Errorf("%s = %d, want %d", cat, got, n)
		}
	}
	war, _ := p.Lookup("war")
	if len(war.Forms) != 2 || war.Forms[0].Text != "war" || war.Forms[1].Text != "war crimes" {
		t.Errorf("war forms %v", war.Forms)
	}
	words, _ := an.Profile(doc)
	// The denominator is every word matching looks at (stop words included): 21 by hand.
	if p.Total(1) != 21 || p.Lexicon() != "test" || p.Documents() != 1 {
		t.Errorf("total %d (want 21), lexicon %q", p.Total(1), p.Lexicon())
	}
	if !lex.Contains("Blamed", "blame") || lex.Contains("held", "held") || !lex.Contains("accusing", "accus") {
		t.Error("Contains")
	}
	if _, err := Keyness(p, words, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("lexicon profile vs word profile: %v", err)
	}
}

func TestParseDic(t *testing.T) {
	lex, err := ParseDic(strings.NewReader("%\n1\tposemo\n2\tnegemo\n%\nhappy\t1\nsad*\t2\nkind of\t1 2\n"), "tiny.dic")
	if err != nil {
		t.Fatal(err)
	}
	p, err := (&Analyzer{}).LexiconProfile([]corpus.Document{corpus.Document{ID: "d", Text: "Happy, sadly, kind of sad."}}, lex)
	if err != nil {
		t.Fatal(err)
	}
	if p.Count("posemo") != 2 || p.Count("negemo") != 3 {
		t.Errorf("posemo %d (want 2), negemo %d (want 3)", p.Count("posemo"), p.Count("negemo"))
	}
}

func TestGlob(t *testing.T) {
	for _, c := range []struct {
		p, w string
		ok   bool
	}{{"isolat*", "isolation", true}, {"isolat*", "isola", false}, {"*war", "postwar", true}, {"a*c", "abbbc", true},
		{"a*c", "ab", false}, {"war", "wars", false}, {"*", "", true}} {
		if glob(c.p, c.w) != c.ok {
			t.Errorf("glob(%q, %q) = %v", c.p, c.w, !c.ok)
		}
	}
}

func TestFilterKeyTerms(t *testing.T) {
	pa, pb := sampleSides(t, Analyzer{})
	rows, _ := Keyness(pa, pb, nil)
	loaded := EvaluativeLexicon().FilterKeyTerms(rows)
	if len(loaded) == 0 || len(loaded) >= len(rows) {
		t.Fatalf("%d of %d rows", len(loaded), len(rows))
	}
	found := false
	for _, r := range loaded {
		found = found || r.Word == "so-called"
		if !EvaluativeLexicon().Contains(r.Word, r.Term) {
			t.Errorf("%q is not in the lexicon", r.Word)
		}
	}
	if !found {
		t.Error("so-called is missing from the loaded terms")
	}
}

// FuzzParseLexicon checks that neither parser panics and that a parsed lexicon matches
// without panicking.
func FuzzParseLexicon(f *testing.F) {
	f.Add("[c]\nwar\nisolat*\n~attack\nso-called\nkind of\n*", "%\n1\tposemo\n%\nhappy\t1\nkind of\t1\n")
	f.Add("[", "%\n%\n")
	f.Add("[c]\n*a*b*\n", "%\n1 x\n%\n* 1\n")
	f.Add("@russian\n[c]\nвойн*\n@all\n[c]\nwar\n", "label,language,expression\nsmo,ru,специальн* военн* операци*\nsmo,en,special operation\n")
	f.Fuzz(func(t *testing.T, text, dic string) {
		doc := corpus.Document{ID: "d", Event: "e", Outlet: "o", Text: "War and attacks: isolation, a so-called kind of happy ending."}
		for _, parse := range []func() (*Lexicon, error){
			func() (*Lexicon, error) { return ParseLexicon(strings.NewReader(text), "f") },
			func() (*Lexicon, error) { return ParseDic(strings.NewReader(dic), "f") },
			func() (*Lexicon, error) { return ParseLabelTable(strings.NewReader(dic), "f") },
		} {
			lex, err := parse()
			if err != nil {
				continue
			}
			if _, err := (&Analyzer{}).LexiconProfile([]corpus.Document{doc}, lex); err != nil {
				t.Fatal(err)
			}
			lex.Contains("war", "war")
		}
	})
}

func TestGlobManyStars(t *testing.T) {
	// Backtracking over every star would take exponential time here.
	pattern := strings.Repeat("*a", 30) + "*b"
	word := strings.Repeat("a", 200)
	if glob(pattern, word) || !glob(pattern, word+"b") {
		t.Error("many-star pattern")
	}
}

// FuzzGlob checks glob against a regular expression built from the same pattern.
func FuzzGlob(f *testing.F) {
	f.Add("isolat*", "isolation")
	f.Add("*a*b", "xaxb")
	f.Add("a*", "")
	f.Fuzz(func(t *testing.T, pattern, w string) {
		// The regexp works on runes and glob on bytes; they agree on valid UTF-8.
		if len(pattern) > 40 || len(w) > 80 || !utf8.ValidString(pattern) || !utf8.ValidString(w) {
			return
		}
		parts := strings.Split(pattern, "*")
		for i := range parts {
			parts[i] = regexp.QuoteMeta(parts[i])
		}
		re := regexp.MustCompile(`(?s)\A` + strings.Join(parts, ".*") + `\z`)
		if got, want := glob(pattern, w), re.MatchString(w); got != want {
			t.Fatalf("glob(%q, %q) = %v, regexp says %v", pattern, w, got, want)
		}
	})
}

func TestLexiconCountsNeverExceedTotal(t *testing.T) {
	// Stop words match lexicon entries ("could" is a hedge), so they must be in the total
	// too: four hedges in four words is a rate of 1, not 2.
	lex, err := ParseLexicon(strings.NewReader("[hedge]\ncould\nmay\n[any]\n*\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	an := Analyzer{}
	p, err := an.LexiconProfile([]corpus.Document{corpus.Document{ID: "d", Text: "Could, could, could... could."}}, lex)
	if err != nil {
		t.Fatal(err)
	}
	if p.Count("hedge") != 4 || p.Total(1) != 4 {
		t.Errorf("hedge %d of %d words, want 4 of 4", p.Count("hedge"), p.Total(1))
	}
	for _, lx := range []*Lexicon{lex, FramesLexicon(), EvaluativeLexicon()} {
		for _, voices := range []Voices{AllVoices, OwnVoice, QuotedVoices} {
			an := Analyzer{Voices: voices}
			for _, e := range corpus.Sample().Events() {
				docs := corpus.Sample().Select(corpus.ByEvent(e))
				p, err := an.LexiconProfile(docs, lx)
				if err != nil {
					t.Fatal(err)
				}
				for _, term := range p.Terms() {
					if term.Count > p.Total(1) {
						t.Errorf("%s %s %v: %s = %d of %d words", lx.Name(), e, voices, term.Term, term.Count, p.Total(1))
					}
				}
			}
		}
	}
}

func TestLexiconComments(t *testing.T) {
	lex, err := ParseLexicon(strings.NewReader("# header\n[c] # a category\nclash*   # and clashes\n\tpeace\t# tab\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	p, err := (&Analyzer{}).LexiconProfile([]corpus.Document{corpus.Document{ID: "d", Text: "Clashes and peace in C#."}}, lex)
	if err != nil {
		t.Fatal(err)
	}
	if lex.Categories()[0] != "c" || p.Count("c") != 2 || !lex.Contains("clashes", "clash") || !lex.Contains("peace", "peac") {
		t.Errorf("categories %v, count %d", lex.Categories(), p.Count("c"))
	}
	// A "#" inside a word is part of the entry, which no word can then match.
	if _, err := ParseLexicon(strings.NewReader("[c]\npeace\nc#\n"), "t"); err == nil || !strings.Contains(err.Error(), `t:3: entry "c#"`) {
		t.Errorf("c#: %v", err)
	}
}

func TestParseDicDuplicates(t *testing.T) {
	for name, data := range map[string]string{
		"number": "%\n1\tposemo\n1\tnegemo\n%\nhappy\t1\n",
		"name":   "%\n1\tposemo\n2\tposemo\n%\nhappy\t1\n",
	} {
		_, err := ParseDic(strings.NewReader(data), "d.dic")
		if !errors.Is(err, ErrOption) || !strings.Contains(err.Error(), "d.dic:3") || !strings.Contains(err.Error(), "twice") {
			t.Errorf("%s: got %v, want an error naming line 3", name, err)
		}
	}
}

// TestEvaluativeNeutralWords: neutral words that share a stem or a form with a loaded one
// are not loaded.
func TestEvaluativeNeutralWords(t *testing.T) {
	lex := EvaluativeLexicon()
	for _, w := range []string{"social", "principle", "principles", "decision", "respect", "weapon", "weapons", "remarks",
		"exception", "admiral", "honor", "icon", "danger", "disaster", "railroad", "rail", "blast", "cave", "duck",
		"posture", "spin", "allegiance", "appearance", "harmony", "forces", "show", "shows", "attack", "elite",
		"thought", "position", "fabric", "judicial", "polar", "imperial", "profit", "skill", "skills", "moment",
		"resolution", "impression", "treasurer", "demon", "patron", "revolt", "duplicate", "sermon", "crude",
		"explosion", "command", "absolute", "total", "strike", "exceed", "evasion", "glare", "marvel",
		// Words with a literal, technical, legal or measured sense in news, and adjectives
		// whose adverb is an entry ("vastly" is, "vast" is not).
		"vast", "thorough", "harsh", "massive", "huge", "extreme", "wild", "bitter", "fierce", "utter", "prick",
		"seismic", "wholesale", "militants", "fraud", "toxic", "crackdown", "bailout", "junta", "sharply", "sweeping",
		"overwhelming", "staunch", "patriot", "gutted", "looting", "evaded", "enormous", "stark", "runaway"} {
		if lex.Contains(w, stemOf(t, w)) {
			t.Errorf("%q is in the evaluative lexicon", w)
		}
	}
}

// TestCategoryRowsNamed: a lexicon category's keyness row is labelled with the category's
// name, not with its most frequent word ("conflict", not "war").
func TestCategoryRowsNamed(t *testing.T) {
	an := Analyzer{}
	p, err := an.LexiconProfile([]corpus.Document{{ID: "1", Event: "e", Outlet: "o", Language: "english", Text: "The war and the crisis. Officials said war."}}, FramesLexicon())
	if err != nil {
		t.Fatal(err)
	}
	q, err := an.LexiconProfile([]corpus.Document{{ID: "2", Event: "e", Outlet: "o", Language: "english", Text: "The economy grew and trade rose in the war."}}, FramesLexicon())
	if err != nil {
		t.Fatal(err)
	}
	rows, err := Keyness(p, q, &KeynessOptions{Measure: MeasureLogLikelihood})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, r := range rows {
		if r.Word != r.Term {
			t.Errorf("category %q labelled %q", r.Term, r.Word)
		}
		names[r.Term] = true
	}
	if !names["conflict"] || !names["economic"] {
		t.Errorf("categories %v", names)
	}
}

// TestLexiconEvidence: one pass gives the profile LexiconProfile gives and each category's
// lines as CategoryConcordance gives them, cut at max.
func TestLexiconEvidence(t *testing.T) {
	an := Analyzer{Workers: 2}
	docs := corpus.Sample().Select(func(d corpus.Document) bool { return d.Language == "english" })
	lex := FramesLexicon()
	p, all, err := an.LexiconEvidence(docs, lex, 30, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, capped, err := an.LexiconEvidence(docs, lex, 30, 2)
	if err != nil {
		t.Fatal(err)
	}
	want, err := (&Analyzer{Workers: 1}).LexiconProfile(docs, lex)
	if err != nil {
		t.Fatal(err)
	}
	pj, _ := json.Marshal(p)
	wj, _ := json.Marshal(want)
	if string(pj) != string(wj) {
		t.Errorf("profile with two workers and lines differs from LexiconProfile with one:\n%s\n%s", pj, wj)
	}
	if len(all) == 0 {
		t.Fatal("no lines")
	}
	for cat, lines := range all {
		one, err := an.CategoryConcordance(docs, lex, cat, 30)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(one, lines) || len(lines) != p.Count(cat) {
			t.Errorf("%s: %d lines in one pass, %d alone, count %d", cat, len(lines), len(one), p.Count(cat))
		}
		if want := lines[:min(2, len(lines))]; !slices.Equal(capped[cat], want) {
			t.Errorf("%s: capped %d lines, want %d", cat, len(capped[cat]), len(want))
		}
	}
	if _, _, err := an.LexiconEvidence(docs, lex, 30, -1); !errors.Is(err, ErrOption) {
		t.Errorf("max -1: %v", err)
	}
}

// utf16le encodes s as UTF-16LE with a byte-order mark, as Windows tools save text.
func utf16le(s string, bom bool) string {
	var b []byte
	if bom {
		b = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

// TestParseEncodings: lexicons, .dic files and label tables saved as UTF-16 or UTF-32
// with a byte-order mark, or with old Mac line endings, are read as the corpus loaders
// read text; without a mark, UTF-16 is an error saying so, not a lexicon of debris.
func TestParseEncodings(t *testing.T) {
	lexicon := "[conflict]\nwar\nclash*\n[peace]\ntruce\n"
	dic := "%\n1\tconflict\n2\tpeace\n%\nwar\t1\nclash*\t1\ntruce\t2\n"
	table := "label,language,expression\nconflict,en,war\nconflict,all,clash*\npeace,english,truce\n"
	doc := corpus.Document{ID: "d", Text: "The war, the clashes and a truce."}
	parsers := map[string]struct {
		parse func(string) (*Lexicon, error)
		text  string
	}{
		"lexicon": {func(s string) (*Lexicon, error) { return ParseLexicon(strings.NewReader(s), "t") }, lexicon},
		"dic":     {func(s string) (*Lexicon, error) { return ParseDic(strings.NewReader(s), "t") }, dic},
		"labels":  {func(s string) (*Lexicon, error) { return ParseLabelTable(strings.NewReader(s), "t") }, table},
	}
	for name, p := range parsers {
		for enc, data := range map[string]string{
			"utf-8 bom": "\uFEFF" + p.text,
			"utf-16le":  utf16le(p.text, true),
			"old mac":   strings.ReplaceAll(p.text, "\n", "\r"),
		} {
			lex, err := p.parse(data)
			if err != nil {
				t.Errorf("%s, %s: %v", name, enc, err)
				continue
			}
			prof, err := (&Analyzer{}).LexiconProfile([]corpus.Document{doc}, lex)
			if err != nil || prof.Count("conflict") != 2 || prof.Count("peace") != 1 {
				t.Errorf("%s, %s: categories %v, conflict %d (want 2), peace %d (want 1), %v", name, enc, lex.Categories(),
					prof.Count("conflict"), prof.Count("peace"), err)
			}
		}
		if _, err := p.parse(utf16le(p.text, false)); !errors.Is(err, corpus.ErrEncoding) || !strings.Contains(err.Error(), "UTF-16") {
			t.Errorf("%s, UTF-16 without a mark: %v", name, err)
		}
	}
}

// TestParseLongLine: a line over 1 MiB is an error naming its line.
func TestParseLongLine(t *testing.T) {
	long := strings.Repeat("a", 2<<20)
	for name, parse := range map[string]func() error{
		"lexicon": func() error { _, err := ParseLexicon(strings.NewReader("[c]\nwar\n"+long+"\n"), "t"); return err },
		"dic":     func() error { _, err := ParseDic(strings.NewReader("%\n1 c\n"+long+"\t1\n"), "t"); return err },
		"labels": func() error {
			_, err := ParseLabelTable(strings.NewReader("label,language,expression\nc,en,war\nc,en,"+long+"\n"), "t")
			return err
		},
	} {
		err := parse()
		if err == nil || !strings.Contains(err.Error(), "t:3:") {
			t.Errorf("%s: %v; want an error naming line 3", name, err)
		}
	}
}

// TestLabelTableLines: errors name the line of the file, not the count of records.
func TestLabelTableLines(t *testing.T) {
	table := "label,language,expression\n\nsmo,en,\"special\nmilitary\noperation\"\n\n,en,war\n"
	_, err := ParseLabelTable(strings.NewReader(table), "t.csv")
	if err == nil || !strings.Contains(err.Error(), "t.csv:7:") {
		t.Errorf("got %v; want an error naming line 7", err)
	}
	for _, bad := range []string{
		"label,language,expression\nsmo,en,war\nsmo,xx,war\n",   // unknown language
		"label,language,expression\nsmo,en,war\nsmo,en,\"war\n", // a quote never closed
		"label,language,expression\nsmo,en,war\nsmo,en\n",       // a short row
	} {
		if _, err := ParseLabelTable(strings.NewReader(bad), "t.csv"); err == nil || !strings.Contains(err.Error(), "t.csv:3") {
			t.Errorf("%q: %v; want an error naming line 3", bad, err)
		}
	}
}

// TestEntriesThatCannotMatch: an entry no token can ever equal (punctuation only, a
// control or formatting character such as NUL or a byte-order mark in the middle of the
// file, a character that always splits words) is an error naming its line, in every
// format; a pure wildcard and the characters words do hold are fine.
func TestEntriesThatCannotMatch(t *testing.T) {
	for _, entry := range []string{"--", "!!!", "«»", "war\x00", "\uFEFFpeace", "\u200Bwar", "at&t", "kind of ...", "\x1b[31m"} {
		for name, parse := range map[string]func() error{
			"lexicon": func() error {
				_, err := ParseLexicon(strings.NewReader("[c]\nwar\npeace\n"+entry+"\n"), "t")
				return err
			},
			"dic": func() error { _, err := ParseDic(strings.NewReader("%\n1 c\n%\n"+entry+"\t1\n"), "t"); return err },
			"labels": func() error {
				_, err := ParseLabelTable(strings.NewReader("label,language,expression\nc,en,war\nc,en,peace\nc,en,"+entry+"\n"), "t")
				return err
			},
		} {
			err := parse()
			if !errors.Is(err, ErrOption) || !strings.Contains(err.Error(), "t:4:") || !strings.Contains(err.Error(), "never") {
				t.Errorf("%s, entry %q: %v; want an error naming line 4", name, entry, err)
			}
		}
	}
	for _, entry := range []string{"*", "u.s.", "3,000", "so-called", "don't", "don’t", "isolat*", "~attack", "специальн* военн*", "café"} {
		if _, err := ParseLexicon(strings.NewReader("[c]\n"+entry+"\n"), "t"); err != nil {
			t.Errorf("%q: %v", entry, err)
		}
	}
}
