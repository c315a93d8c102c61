package framing

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/framediff/framediff/framing/internal/scan"
)

type tok struct{ surface, term, dropped string }

func tokens(t *testing.T, an Analyzer, text string) []tok {
	t.Helper()
	ts, err := an.Tokens(text)
	if err != nil {
		t.Fatal(err)
	}
	var out []tok
	for _, x := range ts {
		out = append(out, tok{x.Surface(text), x.Term, x.Dropped})
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		an   Analyzer
		text string
		want []tok
	}{
		{"empty", Analyzer{}, "", nil},
		{"only punctuation", Analyzer{}, "!!! ... — ,;: ()", nil},
		{"only stop words", Analyzer{}, "The of and it was", []tok{
			{"The", "", "stop"}, {"of", "", "stop"}, {"and", "", "stop"}, {"it", "", "stop"}, {"was", "", "stop"}}},
		{"possessive ascii", Analyzer{}, "China's navy", []tok{{"China", "china", ""}, {"navy", "navi", ""}}},
		{"possessive curly", Analyzer{}, "China\u2019s navy", []tok{{"China", "china", ""}, {"navy", "navi", ""}}},
		{"possessive fullwidth", Analyzer{}, "China\uff07s navy", []tok{{"China", "china", ""}, {"navy", "navi", ""}}},
		{"plural possessive keeps word", Analyzer{}, "the countries' leaders", []tok{
			{"the", "", "stop"}, {"countries", "countri", ""}, {"leaders", "leader", ""}}},
		{"so-called kept whole", Analyzer{}, "the so-called \u201cpeace plan\u201d", []tok{
			{"the", "", "stop"}, {"so-called", "so-cal", ""}, {"peace", "peac", ""}, {"plan", "plan", ""}}},
		{"non-breaking hyphen folded", Analyzer{NoStem: true}, "pro\u2011Western", []tok{{"pro\u2011Western", "pro-western", ""}}},
		{"soft hyphen removed", Analyzer{NoStem: true}, "inter\u00adnational", []tok{{"inter\u00adnational", "international", ""}}},
		{"contraction is a stop word", Analyzer{}, "They don\u2019t agree", []tok{
			{"They", "", "stop"}, {"don\u2019t", "", "stop"}, {"agree", "agre", ""}}},
		{"numbers dropped", Analyzer{}, "1,200 troops in 2026, 3.5%", []tok{
			{"1,200", "", "number"}, {"troops", "troop", ""}, {"in", "", "stop"}, {"2026", "", "number"}, {"3.5", "", "number"}}},
		{"numbers kept", Analyzer{KeepNumbers: true}, "1,200 troops", []tok{{"1,200", "1,200", ""}, {"troops", "troop", ""}}},
		{"digits inside words", Analyzer{}, "COVID-19 G7", []tok{{"COVID-19", "covid-19", ""}, {"G7", "g7", ""}}},
		{"abbreviation", Analyzer{}, "The U.S. said", []tok{{"The", "", "stop"}, {"U.S.", "US", ""}, {"said", "said", ""}}},
		{"acronyms", Analyzer{}, "US and us, F.B.I. and FBI, WHO and who, NATO", []tok{{"US", "US", ""}, {"and", "", "stop"}, {"us", "", "stop"},
			{"F.B.I.", "fbi", ""}, {"and", "", "stop"}, {"FBI", "fbi", ""}, {"WHO", "WHO", ""}, {"and", "", "stop"}, {"who", "", "stop"}, {"NATO", "nato", ""}}},
		{"variants", Analyzer{Variants: map[string]string{"Kiev": "Kyiv"}}, "Kiev or Kyiv", []tok{{"Kiev", "kyiv", ""}, {"or", "", "stop"}, {"Kyiv", "kyiv", ""}}},
		{"keep stop words", Analyzer{KeepStopWords: true, NoStem: true}, "The West", []tok{{"The", "the", ""}, {"West", "west", ""}}},
		{"extra stop words", Analyzer{ExtraStopWords: []string{"Said"}}, "officials said", []tok{{"officials", "offici", ""}, {"said", "", "stop"}}},
		{"replaced stop list", Analyzer{StopWords: []string{"officials"}}, "the officials", []tok{{"the", "the", ""}, {"officials", "", "stop"}}},
		{"protected word", Analyzer{Protected: []string{"Authorities"}}, "authorities and author", []tok{
			{"authorities", "authorities", ""}, {"and", "", "stop"}, {"author", "author", ""}}},
		{"protected phrase", Analyzer{Protected: []string{"the West"}}, "blamed the West again", []tok{
			{"blamed", "blame", ""}, {"the West", "the_west", ""}, {"again", "", "stop"}}},
		{"protected phrase across a newline", Analyzer{Protected: []string{"special military operation"}}, "the special\nmilitary operation", []tok{
			{"the", "", "stop"}, {"special\nmilitary operation", "special_military_operation", ""}}},
		{"cyrillic", Analyzer{Language: "ru"}, "Ещё учения", []tok{{"Ещё", "", "stop"}, {"учения", "учен", ""}}},
		{"cyrillic yo folded", Analyzer{Language: "russian"}, "всё объёмы", []tok{{"всё", "", "stop"}, {"объёмы", "объем", ""}}},
		{"spanish", Analyzer{Language: "Spanish"}, "las elecciones", []tok{{"las", "", "stop"}, {"elecciones", "eleccion", ""}}},
		{"decomposed accent", Analyzer{Language: "es", NoStem: true}, "nacio\u0301n", []tok{{"nacio\u0301n", "nación", ""}}},
		{"chinese characters", Analyzer{NoStem: true}, "中国 外交部", []tok{{"中国", "中国", ""}, {"外交部", "外交部", ""}}},
		{"invalid utf-8 separates", Analyzer{NoStem: true}, "bad\xffbytes\x00there", []tok{{"bad", "bad", ""}, {"bytes", "bytes", ""}, {"there", "", "stop"}}},
		{"unclosed quote", Analyzer{}, "He called it \u201ca sham", []tok{{"He", "", "stop"}, {"called", "call", ""}, {"it", "", "stop"}, {"a", "", "stop"}, {"sham", "sham", ""}}},
		{"dateline and sign-off", Analyzer{}, "BEIJING, June 3 (Wire) \u2014 Talks ended.\n\n(Reporting by A; Editing by B)", []tok{
			{"BEIJING", "", "boilerplate"}, {"June", "", "boilerplate"}, {"3", "", "boilerplate"}, {"Wire", "", "boilerplate"},
			{"Talks", "talk", ""}, {"ended", "end", ""},
			{"Reporting", "", "boilerplate"}, {"by", "", "boilerplate"}, {"A", "", "boilerplate"},
			{"Editing", "", "boilerplate"}, {"by", "", "boilerplate"}, {"B", "", "boilerplate"}}},
		{"keep boilerplate", Analyzer{KeepBoilerplate: true}, "KASAN (Atlas) \u2014 Talks", []tok{{"KASAN", "kasan", ""}, {"Atlas", "atlas", ""}, {"Talks", "talk", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokens(t, tt.an, tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d tokens %q, want %d %q", len(got), got, len(tt.want), tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("token %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestSentencesAndClauses(t *testing.T) {
	text := "Mr. Smith met Dr. Lee in Kasan, then left. Talks ended! Next (maybe) later\n\nNew paragraph"
	ts, err := (&Analyzer{KeepStopWords: true, NoStem: true}).Tokens(text)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]int{ // surface -> sentence, clause
		"Mr": {0, 0}, "Lee": {0, 0}, "Kasan": {0, 0}, "then": {0, 1}, "Talks": {1, 2},
		"Next": {2, 3}, "maybe": {2, 4}, "later": {2, 5}, "New": {3, 6},
	}
	for _, x := range ts {
		if w, ok := want[x.Surface(text)]; ok && (x.Sentence != w[0] || x.Clause != w[1]) {
			t.Errorf("%q: sentence %d clause %d, want %d %d", x.Surface(text), x.Sentence, x.Clause, w[0], w[1])
		}
	}
}

func TestNGramsStayInClauses(t *testing.T) {
	an := Analyzer{NGrams: 3}
	p, err := an.ProfileTexts("Western sanctions hurt, Western sanctions failed.")
	if err != nil {
		t.Fatal(err)
	}
	// Kept terms: [western sanction hurt] , [western sanction fail] — two clauses.
	// Bigrams: western sanction ×2, sanction hurt, sanction fail (none across the comma).
	// Trigrams: western sanction hurt, western sanction fail.
	if got := []int{p.Total(1), p.Total(2), p.Total(3)}; p.Orders() != 3 || got[0] != 6 || got[1] != 4 || got[2] != 2 {
		t.Errorf("Totals = %v, want [6 4 2]", got)
	}
	if c := p.Count("western sanction"); c != 2 {
		t.Errorf("count(western sanction) = %d, want 2", c)
	}
	if c := p.Count("hurt western"); c != 0 {
		t.Errorf("a bigram crossed the comma")
	}
	ts, _ := p.Lookup("western sanction")
	if ts.N != 2 || ts.Word() != "Western sanctions" {
		t.Errorf("western sanction: n %d, word %q", ts.N, ts.Word())
	}
	tri, _ := p.Lookup("western sanction hurt")
	if tri.Count != 1 || tri.Word() != "Western sanctions hurt" {
		t.Errorf("trigram = %+v", tri)
	}
}

func TestAnalyzerErrors(t *testing.T) {
	tests := []struct {
		an   Analyzer
		want error
	}{
		{Analyzer{Language: "klingon"}, ErrLanguage},
		{Analyzer{NGrams: 4}, ErrOption},
		{Analyzer{NGrams: -1}, ErrOption},
		{Analyzer{Protected: []string{"  "}}, ErrOption},
		{Analyzer{Protected: []string{"!!"}}, ErrOption},
	}
	for _, tt := range tests {
		if _, err := tt.an.Tokens("text"); !errors.Is(err, tt.want) {
			t.Errorf("%+v: got %v, want %v", tt.an, err, tt.want)
		}
		if _, err := tt.an.ProfileTexts("text"); !errors.Is(err, tt.want) {
			t.Errorf("%+v: ProfileTexts got %v, want %v", tt.an, err, tt.want)
		}
	}
}

func TestLanguages(t *testing.T) {
	for _, name := range []string{"english", "EN", "spa", "French", "ru", "sv", "nb", "no", "hungarian", ""} {
		if _, err := lookupLanguage(name); err != nil {
			t.Errorf("%q: %v", name, err)
		}
	}
	if got := strings.Join(Languages(), ","); got != "english,french,hungarian,norwegian,russian,spanish,swedish" {
		t.Errorf("Languages = %s", got)
	}
}

func TestBoilerplate(t *testing.T) {
	tests := []struct {
		name, text     string
		start, fromEnd int // fromEnd: len(text) - end
	}{
		{"none", "Talks ended on Friday.", 0, 0},
		{"wire dateline", "KASAN, March 12 (Meridian) \u2014 Talks", len("KASAN, March 12 (Meridian) \u2014 "), 0},
		{"spanish dateline", "SAN TELMO, 8 nov (AMN) \u2014 Millones", len("SAN TELMO, 8 nov (AMN) \u2014 "), 0},
		{"two cities", "LONDON/SOLORA, Oct 1 (Meridian) - Text", len("LONDON/SOLORA, Oct 1 (Meridian) - "), 0},
		{"capitals but a sentence", "NATO leaders met on Tuesday \u2014 a rare step", 0, 0},
		{"lowercase start", "Beijing \u2014 text", 0, 0},
		{"sign-off in parentheses", "Text.\n\n(Reporting by A; Editing by B)\n", 0, len("(Reporting by A; Editing by B)\n")},
		{"sign-off cue", "Text.\nReporting by Kai; editing by Rosa", 0, len("Reporting by Kai; editing by Rosa")},
		{"one-line text is not a sign-off", "(Reporting by nobody)", 0, 0},
		{"parenthetical last paragraph that is long", "Text.\n(" + strings.Repeat("x", 400) + ")", 0, 0},
		{"author's note before a sign-off", "Text.\n\nThe author is a lecturer in law.\n\n(Weekly Edition page 9)\n", 0, len("The author is a lecturer in law.\n\n(Weekly Edition page 9)\n")},
		{"author's note last", "Text.\nThe writers are analysts at a think tank.", 0, len("The writers are analysts at a think tank.")},
		{"note two lines before a sign-off stays", "Text.\nThe author is a lecturer.\nMore text.\n(Page 9)", 0, len("(Page 9)")},
		{"author mid-sentence is no note", "Text.\nThe authority is a new one.", 0, 0},
		{"author's note alone is the text", "The author is a lecturer.", 0, 0},
		{"news about a writer is no note", "Text.\nThe author is expected in court on Monday.", 0, 0},
		{"a past writer is no note", "Text.\nThe writer was released on bail.", 0, 0},
		{"a note on an op-ed editor", "Text.\nThe author is op-ed editor of a weekly.", 0, len("The author is op-ed editor of a weekly.")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e := Boilerplate(tt.text)
			if s != tt.start || len(tt.text)-e != tt.fromEnd {
				t.Errorf("Boilerplate = %d, %d; want %d, %d", s, e, tt.start, len(tt.text)-tt.fromEnd)
			}
		})
	}
}

// FuzzTokens checks that tokenizing never panics, that offsets are valid and increasing,
// that every surface is the substring at its offsets, and that kept tokens have terms.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{"", "China's so-called “peace plan”", "U.S.-led 1,200.5", "\xff\x00a'b'", "KASAN \u2014 x\n\n(Reporting by y)",
		"e\u0301\u0301", "ＡＢＣ＇s", "Ещё ёлка", "a-", "-a", "'s", "a.b.c.", "\u2028\u2029"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, grams bool) {
		an := Analyzer{Protected: []string{"the west", "so-called"}}
		if grams {
			an.NGrams = 3
			an.KeepNumbers = true
		}
		ts, err := an.Tokens(text)
		if err != nil {
			t.Fatal(err)
		}
		prevEnd, prevSentence, prevClause := 0, 0, 0
		for _, x := range ts {
			if x.Start < prevEnd || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("bad offsets %d..%d after %d in %q", x.Start, x.End, prevEnd, text)
			}
			if x.Sentence < prevSentence || x.Clause < prevClause {
				t.Fatalf("sentence or clause went backwards at %d", x.Start)
			}
			if (x.Term == "") == (x.Dropped == "") {
				t.Fatalf("token %q has term %q and dropped %q", x.Surface(text), x.Term, x.Dropped)
			}
			if utf8.ValidString(text) && !utf8.ValidString(x.Surface(text)) {
				t.Fatalf("surface %q is not valid UTF-8", x.Surface(text))
			}
			prevEnd, prevSentence, prevClause = x.End, x.Sentence, x.Clause
		}
		p, err := an.ProfileTexts(text)
		if err != nil {
			t.Fatal(err)
		}
		kept := 0
		for _, x := range ts {
			if x.Term != "" {
				kept++
			}
		}
		if p.Total(1) != kept {
			t.Fatalf("profile counts %d words, Tokens keeps %d", p.Total(1), kept)
		}
		// The scanner's fast path for word counts finds the same spans, and so does the
		// analyzer's fast path.
		full, fast := scan.NewScanner(text), scan.NewScanner(text)
		for {
			s1, e1, ok1 := full.NextSpan()
			s2, e2, ok2 := fast.NextWord()
			if s1 != s2 || e1 != e2 || ok1 != ok2 {
				t.Fatalf("nextSpan %d..%d (%v), nextWord %d..%d (%v) in %q", s1, e1, ok1, s2, e2, ok2, text)
			}
			if !ok1 {
				break
			}
		}
		plain, err := (&Analyzer{KeepNumbers: grams}).ProfileTexts(text)
		if err != nil {
			t.Fatal(err)
		}
		plainToks, _ := (&Analyzer{KeepNumbers: grams}).Tokens(text)
		kept = 0
		for _, x := range plainToks {
			if x.Term != "" {
				kept++
			}
		}
		if plain.Total(1) != kept {
			t.Fatalf("word counts: %d, Tokens keeps %d", plain.Total(1), kept)
		}
	})
}

// TestLastNewline checks lastNewline against the byte-at-a-time search it replaces.
func TestLastNewline(t *testing.T) {
	for _, s := range []string{"", "\n", "a", "a\n", "\na", "Lena Varga\nHalden\n\nIvo Marek", "no break at all",
		"\n\n\n", "ends in two\n\n", strings.Repeat("x\n", 200) + "tail"} {
		if got, want := lastNewline(s), strings.LastIndexByte(s, '\n'); got != want {
			t.Errorf("lastNewline(%q) = %d, want %d", s, got, want)
		}
	}
}
