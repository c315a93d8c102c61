package framing

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/hungarian"
	"github.com/kljensen/snowball/norwegian"
	"github.com/kljensen/snowball/russian"
	"github.com/kljensen/snowball/spanish"
	"github.com/kljensen/snowball/swedish"

	"github.com/framediff/framediff/framing/voices"
)

// Errors returned by the analyzer and the scores. Test for them with [errors.Is].
var (
	// ErrLanguage means a language name is not one the analyzer supports.
	ErrLanguage = errors.New("unsupported language")
	// ErrOption means an option has an invalid value.
	ErrOption = errors.New("invalid option")
	// ErrEmpty means a profile has no counted tokens, so a score cannot be computed.
	ErrEmpty = errors.New("no counted tokens")
	// ErrMismatch means two profiles were made with different settings or languages and
	// cannot be combined or compared.
	ErrMismatch = errors.New("profiles do not match")
	// ErrTooLarge is returned by the analyses that keep every token of a document
	// (Tokens, concordances, Stance, VoiceStats, Labels, lexicon lines) for a document
	// longer than MaxTokenDocument; counting (Profile, Counter, CountEvents, PoolEvents)
	// reads documents of any size in bounded memory.
	ErrTooLarge = errors.New("document too large for a token-level analysis")
)

// An Analyzer turns text into terms. Its zero value analyzes English: it skips a leading
// dateline and a trailing sign-off, drops numbers and the Snowball English stop words, and
// stems with the Snowball English stemmer, counting unigrams.
//
// The stages run in this order for every token:
//
//  1. Boilerplate: tokens in a leading dateline ("BEIJING, June 3 (Wire) —") or a trailing
//     sign-off ("(Reporting by ...; Editing by ...)") are dropped, unless KeepBoilerplate.
//  2. Tokenization: a token is a run of letters, digits and combining marks; hyphens
//     (-, U+2010, U+2011), apostrophes (', U+2019, U+02BC, U+FF07) and soft hyphens join
//     two such runs ("so-called", "don't"); "." and "," join digits ("1,200.5"); and
//     single-letter abbreviations keep their periods ("U.S."). Offsets index the original
//     text, so a token's surface is always text[Start:End]. Invalid UTF-8 bytes, NUL and
//     other controls separate tokens.
//     Addresses: the tokens of a web or e-mail address are dropped, unless KeepAddresses.
//     An address starts at a token and is one of: "http://", "https://" or "ftp://" (any
//     case) and the rest up to the next white space, non-ASCII character or < > ";
//     "www." and a host name; local@host, a local part of ASCII letters, digits and
//     . _ % + - and a host name of two or more labels whose last is letters only; or a
//     bare host name of two or more labels ending in a common top-level domain (com, org,
//     net, edu, gov, cn, hk, uk, ru, de, ...; not those that are English words, such as
//     "in" or "it"), up to the last such domain. A host name is labels of ASCII letters,
//     digits and hyphens joined by periods, where a period goes on with it only if a
//     lower-case letter or digit follows: "example.com.The", a sentence run into the next,
//     ends at "com", and "actions.The" is no address. A "/" right after "www." or a bare
//     host name's host starts a path that runs as after "http://". N-grams never span a
//     dropped address.
//  3. Possessive: a final 's (any apostrophe above) is left outside the token ("China's"
//     has the surface "China").
//  4. Normalization: NFC, apostrophes folded to ', hyphens to -, soft hyphens removed,
//     lowercased; for Russian, ё folded to е.
//  5. Acronyms ("NATO", "F.B.I.": two to six capitals, with or without periods) count by
//     their letters ("F.B.I." is "fbi", as "FBI" is); one whose letters are a stop word or
//     a function word in lower case stays in capitals, never stemmed or dropped, so "US"
//     and "U.S." are "US", not "us", and "WHO" is not "who". Variants are replaced by the
//     spelling they count as.
//     Protected terms: a word or phrase listed in Protected or Phrases becomes a term as
//     it stands, never stemmed and never dropped.
//  6. Numbers (tokens of digits and separators only) are dropped unless KeepNumbers.
//  7. Stop words are dropped unless KeepStopWords.
//  8. Stemming with the Snowball stemmer of the language, unless NoStem. Tokens with a
//     period ("u.s.") and numbers are not stemmed.
//  9. Voices: tokens outside the voices asked for (see [Analyzer.Voices]) are dropped.
//  10. N-grams of 2..NGrams consecutive kept terms within one clause (see [Token.Clause]).
//
// An Analyzer is a plain value: safe for concurrent use as long as no goroutine changes it.
type Analyzer struct {
	// Language names the language: english, spanish, french, russian, swedish, norwegian or
	// hungarian, or their ISO 639-1/639-2 codes, ignoring case. Empty means: each document's
	// own Language, and English where that is empty too.
	Language string `json:"language,omitempty"`

	// NoStem turns stemming off: terms are the normalized words.
	NoStem bool `json:"no_stem,omitempty"`
	// KeepStopWords turns stop-word removal off.
	KeepStopWords bool `json:"keep_stop_words,omitempty"`
	// StopWords, if non-nil, replaces the language's default stop list.
	StopWords []string `json:"stop_words,omitempty"`
	// ExtraStopWords are dropped in addition to the stop list.
	ExtraStopWords []string `json:"extra_stop_words,omitempty"`
	// KeepNumbers counts numbers ("1,200", "2026") as terms.
	KeepNumbers bool `json:"keep_numbers,omitempty"`
	// KeepBoilerplate counts the words of datelines and sign-offs.
	KeepBoilerplate bool `json:"keep_boilerplate,omitempty"`
	// KeepAddresses counts the words of web and e-mail addresses ("www", "example",
	// "com"), which are otherwise dropped whole (see stage 2 of [Analyzer]).
	KeepAddresses bool `json:"keep_addresses,omitempty"`

	// Protected lists words and phrases to count as they stand: never stemmed, never dropped
	// as stop words, matched ignoring case after normalization. A phrase ("the West",
	// "special military operation") is matched as consecutive tokens of one clause with
	// only white space between them (or a period after an abbreviation or initial that
	// does not end the sentence: "St. Petersburg"), and counted as one term whose words are
	// joined by "_" ("the_west"). Use it for entity names and contested labels that
	// stemming would merge ("authorities" -> "author").
	Protected []string `json:"protected,omitempty"`

	// Phrases lists multiword expressions to count as one term each, as written in the
	// texts ("Hong Kong", "Bank of England", "human rights"): each is matched and counted as
	// a protected phrase is ("hong_kong"), and where two listed phrases start at one word
	// the longer wins. Each entry has at least two words. Find them with
	// [Analyzer.FindPhrases], or read a list with [ReadPhrases].
	Phrases []string `json:"phrases,omitempty"`

	// Variants maps spellings to the one they count as, before stemming: {"Kiev": "Kyiv",
	// "e-mail": "email"}. Keys and values are single words, matched and replaced after
	// normalization (case ignored). Variants a corpus may hold are reported by
	// [FindVariants]; nothing is merged unless listed here.
	Variants map[string]string `json:"variants,omitempty"`

	// NGrams is the longest n-gram counted, 1 to 3; 0 means 1 (unigrams only).
	NGrams int `json:"ngrams,omitempty"`

	// Voices restricts counting to tokens in these voices, as [voices.Quotes] segments each text:
	// OwnVoice counts only the outlet's own words, QuotedVoices only what it attributes to
	// others. The zero value counts every token. N-grams never span a dropped quotation. A
	// set naming a voice beyond the voices there are ([voices.NumVoices]) is an error
	// wrapping [ErrOption]. Quotations are attributed in English, Spanish, Russian and
	// French; in the other languages the Analyzer takes (hungarian, norwegian, swedish)
	// only quotation marks and dialogue dashes are read, so a short quotation, attributed
	// or not, counts as a scare quote (see [voices.LangOf]).
	Voices Voices `json:"voices,omitempty"`

	// Workers is how many goroutines analyze documents at once in the calls that take many
	// ([Analyzer.Profile], [PoolEvents], ...): 0 means GOMAXPROCS, 1 one. It changes only
	// the speed: results are the same bytes whatever the number. It is not a setting of
	// the counts, so profiles made with different Workers compare and merge.
	Workers int `json:"-"`

	// names is how many entries at the end of Phrases are names, matched only where they
	// are written as names (see phraseEntry): the collocates' analyzer of
	// [Analyzer.ContrastMentions] sets it.
	names int
}

// Token is one token of a text, kept or dropped.
type Token struct {
	Start    int `json:"start"`    // byte offset of the surface in the original text
	End      int `json:"end"`      // byte offset just past the surface
	Sentence int `json:"sentence"` // 0-based sentence number within the text
	Clause   int `json:"clause"`   // 0-based clause number within the text (n-grams stay within one)
	// Term is the counted term. A token dropped for its voice keeps the term it would have
	// counted as (so that evidence can show what a voice says); other dropped tokens have
	// none. See Counted.
	Term    string `json:"term"`
	Dropped string `json:"dropped,omitempty"` // why: "stop", "number", "boilerplate", "voice" or "address"
	Voice   Voice  `json:"voice"`             // whose words these are (see voices.Quotes)
}

// Counted reports whether the token was counted: it has a term and was not dropped.
func (t Token) Counted() bool { return t.Term != "" && t.Dropped == "" }

// Surface returns the token's text as it appears in text.
func (t Token) Surface(text string) string { return text[t.Start:t.End] }

// language is one supported language.
type language struct {
	name string
	stem func(string, bool) string
	stop func(string) bool
	// stemTo, if set, is stem for a caller that copies the stem it keeps: the stem may
	// be made over buf (see stemEnglishTo).
	stemTo func(buf *[64]byte, w string) (string, bool)
}

var languages = []language{
	{"english", func(w string, _ bool) string { return stemEnglish(w) }, englishStop, stemEnglishTo},
	{"french", french.Stem, french.IsStopWord, nil},
	{"hungarian", hungarian.Stem, hungarian.IsStopWord, nil},
	{"norwegian", norwegian.Stem, norwegian.IsStopWord, nil},
	{"russian", russian.Stem, russian.IsStopWord, nil},
	{"spanish", spanish.Stem, spanish.IsStopWord, nil},
	{"swedish", swedish.Stem, swedish.IsStopWord, nil},
}

var languageCodes = map[string]string{
	"en": "english", "eng": "english",
	"fr": "french", "fra": "french", "fre": "french",
	"hu": "hungarian", "hun": "hungarian",
	"no": "norwegian", "nb": "norwegian", "nor": "norwegian", "nob": "norwegian",
	"ru": "russian", "rus": "russian",
	"es": "spanish", "spa": "spanish",
	"sv": "swedish", "swe": "swedish",
}

// Languages returns the canonical names of the supported languages, sorted.
func Languages() []string {
	out := make([]string, len(languages))
	for i, l := range languages {
		out[i] = l.name
	}
	return out
}

// ResolveLanguage returns the canonical name of a language name or ISO 639-1/639-2 code,
// ignoring case and surrounding space: "en", "English" and "eng" give "english"; "" gives
// "english" too, as for a document with no language. An unsupported language is an error
// wrapping [ErrLanguage] that names it. Use it to select documents in the language an
// [Analyzer] will analyze them in.
func ResolveLanguage(name string) (string, error) {
	l, err := lookupLanguage(name)
	return l.name, err
}

// lookupLanguage resolves a name or code; "" is English.
func lookupLanguage(name string) (language, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	if key == "" {
		key = "english"
	}
	if full, ok := languageCodes[key]; ok {
		key = full
	}
	for _, l := range languages {
		if l.name == key {
			return l, nil
		}
	}
	return language{}, fmt.Errorf("framing: language %q (want one of %s): %w",
		name, strings.Join(Languages(), ", "), ErrLanguage)
}

// englishStop extends the Snowball list as kljensen/snowball ships it with the contracted
// forms and modals that the original Snowball English list also has (englishExtraStop);
// the tokenizer keeps contractions whole ("don't"), so they need their own entries. It adds
// one more word, the pronoun "us": the Snowball list has "we", "our", "ours" and
// "ourselves" and the object forms of every other person ("me", "him", "them"), but not
// "us", which would otherwise count as a content word ("help us"). The country is no
// longer at stake: "US" and "U.S." are the term "US", never "us" (see [Analyzer]).
func englishStop(w string) bool {
	if n := len(w); n > 0 && n < 64 && (englishStopFirst[w[0]]>>n&1 == 0 || englishStopLast[w[n-1]]>>n&1 == 0) {
		return false // no stop word of its length starts or ends as it does
	}
	return english.IsStopWord(w) || englishExtraStop[w]
}

// englishStopFirst and englishStopLast mark, by first and by last byte, the lengths of the
// words englishStop lists (bit n for n bytes): most words that are not stop words are
// told so by two loads. Read only.
var englishStopFirst, englishStopLast = func() (first, last [256]uint64) {
	for _, w := range append(slices.Clone(snowballStopWords["english"]), slices.Collect(maps.Keys(englishExtraStop))...) {
		first[w[0]] |= 1 << len(w)
		last[w[len(w)-1]] |= 1 << len(w)
	}
	return first, last
}()

// englishExtraStop are the words englishStop adds to kljensen/snowball's English list.
// Read only.
var englishExtraStop = map[string]bool{
	"i'm": true, "you're": true, "he's": true, "she's": true, "it's": true, "we're": true,
	"they're": true, "i've": true, "you've": true, "we've": true, "they've": true, "i'd": true,
	"you'd": true, "he'd": true, "she'd": true, "we'd": true, "they'd": true, "i'll": true,
	"you'll": true, "he'll": true, "she'll": true, "we'll": true, "they'll": true, "isn't": true,
	"aren't": true, "wasn't": true, "weren't": true, "hasn't": true, "haven't": true,
	"hadn't": true, "doesn't": true, "don't": true, "didn't": true, "won't": true,
	"wouldn't": true, "shan't": true, "shouldn't": true, "can't": true, "cannot": true,
	"couldn't": true, "mustn't": true, "let's": true, "that's": true, "who's": true,
	"what's": true, "here's": true, "there's": true, "when's": true, "where's": true,
	"why's": true, "how's": true, "would": true, "could": true, "ought": true,
	"us": true,
}

// resolved returns the language the analyzer uses for a document whose own language is
// docLang.
func (an *Analyzer) resolved(docLang string) (language, error) {
	if an.Language != "" {
		return lookupLanguage(an.Language)
	}
	return lookupLanguage(docLang)
}

// check validates the numeric options.
func (an *Analyzer) check() error {
	if an.Voices >= 1<<voices.NumVoices {
		return fmt.Errorf("framing: Analyzer.Voices = %d names no voice beyond the %d there are (want a set of them, 0 for all): %w", an.Voices, voices.NumVoices, ErrOption)
	}
	if an.NGrams < 0 || an.NGrams > 3 {
		return fmt.Errorf("framing: Analyzer.NGrams = %d (want 0 to 3): %w", an.NGrams, ErrOption)
	}
	for _, p := range an.Protected {
		if strings.TrimSpace(p) == "" {
			return fmt.Errorf("framing: Analyzer.Protected has an empty entry: %w", ErrOption)
		}
	}
	for _, p := range an.Phrases {
		if n := phraseWords(p); n < 2 {
			return fmt.Errorf("framing: Analyzer.Phrases entry %q has %d word(s) (a phrase has at least 2): %w", p, n, ErrOption)
		}
	}
	for k, v := range an.Variants {
		if len(strings.Fields(k)) != 1 || len(strings.Fields(v)) != 1 {
			return fmt.Errorf("framing: Analyzer.Variants %q -> %q: keys and values must be single words: %w", k, v, ErrOption)
		}
	}
	return nil
}

// acronymLetters reports whether a surface is an acronym, and its letters: two to six
// upper-case letters, alone or each followed by a period ("US", "NATO", "U.S.",
// "F.B.I."). The worker counts an acronym by its letters ("F.B.I." is "fbi", as "FBI" is),
// and in upper case when its letters in lower case are a stop word or a function word
// (pronoun, determiner, preposition), so that "US" and "U.S." are "US" and never "us".
func acronymLetters(surface string) (string, bool) {
	if len(surface) > 0 && surface[0] >= 'a' && surface[0] <= 'z' {
		return "", false // the common case: a lower-case letter is not an acronym's
	}
	n, periods := 0, 0
	var b [24]byte
	k := 0
	for i, r := range surface {
		switch {
		case r == '.':
			if i == 0 || surface[i-1] == '.' {
				return "", false
			}
			periods++
		case unicode.IsUpper(r):
			n++
			if n > 6 || k+utf8.RuneLen(r) > len(b) {
				return "", false
			}
			k += utf8.EncodeRune(b[k:], r)
		default:
			return "", false
		}
	}
	if n < 2 || periods != 0 && periods != n && periods != n-1 {
		return "", false
	}
	return string(b[:k]), true
}

func (an *Analyzer) maxN() int {
	if an.NGrams == 0 {
		return 1
	}
	return an.NGrams
}
