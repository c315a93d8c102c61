package framing

import (
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// englishExtraCount is how many words englishStop adds to kljensen/snowball's English
// list: counted in the switch it had before the words became a map, 51 contracted forms
// ("i'm" ... "how's", "cannot" among them) and "would", "could", "ought"; and the pronoun
// "us" (Snowball's list has "we", "our", "ours", "ourselves", not "us").
const englishExtraCount = 55

func TestSettingsDefaults(t *testing.T) {
	var an Analyzer
	s, err := an.Settings()
	if err != nil {
		t.Fatal(err)
	}
	want := AnalyzerSettings{Language: "english", PerDocument: true, Stemmer: "snowball english", NGrams: 1, Voices: AllVoices}
	got := s
	got.Module, got.StopList = "", StopList{}
	if got != want {
		t.Errorf("Settings() = %+v, want %+v", got, want)
	}
	// A go build or go run binary records its dependencies, and the version is go.mod's; a
	// test binary records none, and the module stands alone.
	want.Module = "github.com/kljensen/snowball"
	if bi, ok := debug.ReadBuildInfo(); ok && len(bi.Deps) > 0 {
		want.Module += " v0.10.0"
	}
	if s.Module != want.Module {
		t.Errorf("Module = %q, want %q", s.Module, want.Module)
	}
	if s.StopList.Name != "snowball english+contractions" || s.StopList.Extra != 0 || len(s.StopList.SHA256) != 64 {
		t.Errorf("StopList = %+v", s.StopList)
	}
	// Every field is written, zero or not.
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"language":"english"`, `"per_document_language":true`, `"ngrams":1`, `"voices":"all"`,
		`"keep_numbers":false`, `"keep_boilerplate":false`, `"keep_addresses":false`, `"protected":0`, `"phrases":0`,
		`"variants":0`, `"stop_list":{"name":"snowball english+contractions"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON %s lacks %s", b, key)
		}
	}
}

func TestSettingsResolved(t *testing.T) {
	for _, tc := range []struct {
		name string
		an   Analyzer
		want func(AnalyzerSettings) string // "" when right
	}{
		{"code en", Analyzer{Language: "EN", NGrams: 2, Voices: OwnVoice}, func(s AnalyzerSettings) string {
			if s.Language != "english" || s.PerDocument || s.NGrams != 2 || s.Voices != OwnVoice {
				return "want english, not per document, 2-grams, own voice"
			}
			return ""
		}},
		{"russian", Analyzer{Language: "ru"}, func(s AnalyzerSettings) string {
			if s.Stemmer != "snowball russian" || s.StopList.Name != "snowball russian" || s.StopList.Words == 0 {
				return "want the Snowball Russian stemmer and list"
			}
			return ""
		}},
		{"no stem", Analyzer{NoStem: true}, func(s AnalyzerSettings) string {
			if s.Stemmer != "none" {
				return "want stemmer none"
			}
			return ""
		}},
		{"keep stop words", Analyzer{KeepStopWords: true, ExtraStopWords: []string{"x"}}, func(s AnalyzerSettings) string {
			if s.StopList != (StopList{Name: "none"}) {
				return "want stop list none, 0 words, no digest"
			}
			return ""
		}},
		{"custom", Analyzer{StopWords: []string{"b", " A", "a"}}, func(s AnalyzerSettings) string {
			// printf 'a\nb\n' | sha256sum
			want := StopList{Name: "custom", Words: 2, SHA256: "911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2"}
			if s.StopList != want {
				return "want " + strconv.Quote(want.SHA256) + " over a, b"
			}
			return ""
		}},
		{"custom plus extra", Analyzer{StopWords: []string{"a"}, ExtraStopWords: []string{"B", "a"}}, func(s AnalyzerSettings) string {
			want := StopList{Name: "custom+extra", Words: 2, Extra: 1, SHA256: "911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2"}
			if s.StopList != want {
				return "want custom+extra, 2 words, 1 extra"
			}
			return ""
		}},
		{"lists", Analyzer{Protected: []string{"Hong Kong", "US"}, Phrases: []string{"human rights"}, Variants: map[string]string{"Kiev": "Kyiv"}, KeepNumbers: true}, func(s AnalyzerSettings) string {
			if s.Protected != 2 || s.Phrases != 1 || s.Variants != 1 || !s.KeepNumbers {
				return "want 2 protected, 1 phrase, 1 variant, numbers kept"
			}
			return ""
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := tc.an.Settings()
			if err != nil {
				t.Fatal(err)
			}
			if msg := tc.want(s); msg != "" {
				t.Errorf("Settings() = %+v: %s", s, msg)
			}
		})
	}
}

func TestSettingsExtraStopWords(t *testing.T) {
	var plain Analyzer
	base, err := plain.Settings()
	if err != nil {
		t.Fatal(err)
	}
	an := Analyzer{ExtraStopWords: []string{"Mr", "the", "mr"}} // "the" is on the list already
	s, err := an.Settings()
	if err != nil {
		t.Fatal(err)
	}
	if s.StopList.Name != "snowball english+contractions+extra" || s.StopList.Extra != 1 ||
		s.StopList.Words != base.StopList.Words+1 || s.StopList.SHA256 == base.StopList.SHA256 {
		t.Errorf("with extra words: %+v; without: %+v", s.StopList, base.StopList)
	}
}

func TestSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		an   Analyzer
		want error
	}{
		{Analyzer{Language: "klingon"}, ErrLanguage},
		{Analyzer{NGrams: 4}, ErrOption},
		{Analyzer{Phrases: []string{"one"}}, ErrOption},
	} {
		if _, err := tc.an.Settings(); !errors.Is(err, tc.want) {
			t.Errorf("%+v: err = %v, want %v", tc.an, err, tc.want)
		}
	}
}

// TestSettingsStopWords checks the stop lists the settings describe against the module's
// source: each language's list is the words of its IsStopWord, read from the Go files the
// build used; English adds the contractions. Skipped when the module's source is absent.
func TestSettingsStopWords(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/kljensen/snowball").Output()
	dir := strings.TrimSpace(string(out))
	if err != nil || dir == "" {
		t.Skipf("the source of github.com/kljensen/snowball is not at hand: %v", err)
	}
	for _, lang := range Languages() {
		t.Run(lang, func(t *testing.T) {
			want := sourceStopWords(t, filepath.Join(dir, lang, "common.go"))
			if got := snowballStopWords[lang]; !slices.Equal(got, want) {
				t.Fatalf("snowballStopWords[%q] has %d words, the module's IsStopWord %d", lang, len(got), len(want))
			}
			an := Analyzer{Language: lang}
			s, err := an.Settings()
			if err != nil {
				t.Fatal(err)
			}
			n := len(want)
			if lang == "english" {
				n += englishExtraCount
			}
			if s.StopList.Words != n {
				t.Errorf("StopList.Words = %d, want %d", s.StopList.Words, n)
			}
			l, _ := lookupLanguage(lang)
			for _, w := range want {
				if !l.stop(w) {
					t.Errorf("%q is on the list but not dropped", w)
				}
			}
		})
	}
	for w := range englishExtraStop {
		if !englishStop(w) {
			t.Errorf("%q: not an English stop word", w)
		}
	}
}

// sourceStopWords returns the string cases of IsStopWord in a Go file, sorted.
func sourceStopWords(t *testing.T, path string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Name.Name == "IsStopWord" {
			ast.Inspect(fn, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					w, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					words = append(words, w)
				}
				return true
			})
		}
	}
	slices.Sort(words)
	return slices.Compact(words)
}

// TestSettingsOptionsResolved: the zero options resolve to the defaults their doc comments
// give: log-odds, BH, LRC alpha 0.05, beta 1, alpha0 100, alpha 0.01.
func TestSettingsOptionsResolved(t *testing.T) {
	k, err := KeynessOptions{}.Resolved()
	if err != nil {
		t.Fatal(err)
	}
	if k.Measure != MeasureLogOdds || k.Adjust != "BH" || k.LRCAlpha != 0.05 || k.Beta != 1 || k.LogOdds.Alpha0 != 100 || k.LogOdds.Alpha != 0.01 {
		t.Errorf("KeynessOptions{}.Resolved() = %+v", k)
	}
	if _, err := (LogOddsOptions{Alpha0: -1}).Resolved(); !errors.Is(err, ErrOption) {
		t.Errorf("Alpha0 -1: err = %v, want ErrOption", err)
	}
}
