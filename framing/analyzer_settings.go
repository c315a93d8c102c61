package framing

// What an Analyzer does to text, every default resolved, for a provenance record: the
// zero Analyzer's JSON is {}, which says nothing a reader of a published table can check.

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"runtime/debug"
	"slices"
	"strings"
)

// snowballPath is the module whose stemmers and stop lists the analyzer uses.
const snowballPath = "github.com/kljensen/snowball"

// AnalyzerSettings are an [Analyzer]'s settings with every default resolved, as
// [Analyzer.Settings] gives them: the record a published table needs beside the
// Analyzer's own JSON, which leaves out zero values. Every field is written, zero or not.
type AnalyzerSettings struct {
	// Language is the canonical name of the language analyzed ("english"). With an empty
	// Analyzer.Language it is English, the language of a document that names none, and
	// PerDocument is true: a document in another language is analyzed in its own, with
	// that language's stemmer and stop list.
	Language    string `json:"language"`
	PerDocument bool   `json:"per_document_language"`
	// Stemmer names the stemmer: "snowball english" (the Snowball stemmer of Language), or
	// "none" with NoStem.
	Stemmer string `json:"stemmer"`
	// Module is the Go module of the stemmers and the default stop lists with its version
	// as the build recorded it ("github.com/kljensen/snowball v0.10.0"); the module path
	// alone when the build recorded no version.
	Module string `json:"module"`
	// StopList is the list of words dropped.
	StopList StopList `json:"stop_list"`
	// NGrams is the longest n-gram counted, 1 to 3.
	NGrams int `json:"ngrams"`
	// Voices are the voices counted: "all", or their names joined by "+".
	Voices Voices `json:"voices"`
	// KeepNumbers, KeepBoilerplate and KeepAddresses are the Analyzer's: false drops
	// numbers, datelines and sign-offs, and web and e-mail addresses.
	KeepNumbers     bool `json:"keep_numbers"`
	KeepBoilerplate bool `json:"keep_boilerplate"`
	KeepAddresses   bool `json:"keep_addresses"`
	// Protected, Phrases and Variants are how many entries the Analyzer's lists have (the
	// Analyzer's JSON holds the entries).
	Protected int `json:"protected"`
	Phrases   int `json:"phrases"`
	Variants  int `json:"variants"`
}

// A StopList describes the words an analyzer drops as stop words.
type StopList struct {
	// Name is "snowball english+contractions" for the English default (kljensen/snowball's
	// list, the contracted forms and modals of the original Snowball list, and the pronoun
	// "us", which the Snowball list lacks), "snowball
	// LANGUAGE" for another language's default, "custom" for Analyzer.StopWords, and
	// "none" with KeepStopWords. A name ends in "+extra" when ExtraStopWords adds words.
	Name string `json:"name"`
	// Words is how many distinct words are dropped, the extra words included; 0 for none.
	Words int `json:"words"`
	// Extra is how many words of Words come from ExtraStopWords and are not already in
	// the list.
	Extra int `json:"extra"`
	// SHA256 is the hex SHA-256 digest of the words, normalized as the analyzer matches
	// them, sorted (byte order) and each followed by "\n"; empty for none. Two runs
	// dropped the same words if and only if their digests are equal.
	SHA256 string `json:"sha256"`
}

// Settings returns the analyzer's settings with every default resolved. It returns an error
// wrapping [ErrLanguage] for an unsupported Language and [ErrOption] for an invalid
// option, as analyzing would.
func (an *Analyzer) Settings() (AnalyzerSettings, error) {
	if err := an.check(); err != nil {
		return AnalyzerSettings{}, err
	}
	lang, err := lookupLanguage(an.Language)
	if err != nil {
		return AnalyzerSettings{}, err
	}
	s := AnalyzerSettings{Language: lang.name, PerDocument: an.Language == "", Stemmer: "snowball " + lang.name,
		Module: snowballModule(), StopList: an.stopList(lang), NGrams: an.maxN(), Voices: an.Voices,
		KeepNumbers: an.KeepNumbers, KeepBoilerplate: an.KeepBoilerplate, KeepAddresses: an.KeepAddresses,
		Protected: len(an.Protected), Phrases: len(an.Phrases), Variants: len(an.Variants)}
	if an.NoStem {
		s.Stemmer = "none"
	}
	return s, nil
}

// stopList describes the words the analyzer drops in lang, normalized as compileSettings
// normalizes them.
func (an *Analyzer) stopList(lang language) StopList {
	if an.KeepStopWords {
		return StopList{Name: "none"}
	}
	russian := lang.name == "russian"
	var name string
	var base []string
	switch {
	case an.StopWords != nil:
		name = "custom"
		for _, w := range an.StopWords {
			base = append(base, normalize(strings.TrimSpace(w), russian))
		}
	case lang.name == "english":
		name = "snowball english+contractions"
		base = append(slices.Clone(snowballStopWords["english"]), slices.Collect(maps.Keys(englishExtraStop))...)
	default:
		name = "snowball " + lang.name
		base = slices.Clone(snowballStopWords[lang.name])
	}
	words := map[string]bool{}
	for _, w := range base {
		words[w] = true
	}
	extra := 0
	for _, w := range an.ExtraStopWords {
		if w = normalize(strings.TrimSpace(w), russian); !words[w] {
			words[w] = true
			extra++
		}
	}
	if extra > 0 {
		name += "+extra"
	}
	sorted := slices.Collect(maps.Keys(words))
	slices.Sort(sorted)
	h := sha256.New()
	for _, w := range sorted {
		h.Write([]byte(w + "\n"))
	}
	return StopList{Name: name, Words: len(sorted), Extra: extra, SHA256: hex.EncodeToString(h.Sum(nil))}
}

// snowballModule returns the stemmers' module with the version the build recorded.
func snowballModule() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == snowballPath {
				if m.Replace != nil {
					m = m.Replace
				}
				if m.Version != "" {
					return m.Path + " " + m.Version
				}
			}
		}
	}
	return snowballPath
}
