package framing

import (
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/kljensen/snowball/english"
)

// The fast English stemmer must agree with kljensen/snowball's english.Stem, the reference
// implementation we depend on, on every input.

func checkStem(t *testing.T, w string) {
	t.Helper()
	want := english.Stem(w, true)
	if got := stemEnglish(w); got != want {
		t.Errorf("stemEnglish(%q) = %q, english.Stem = %q", w, got, want)
	}
	buf := [64]byte{}
	got, inBuf := stemEnglishTo(&buf, w)
	if got != want {
		t.Errorf("stemEnglishTo(%q) = %q, english.Stem = %q", w, got, want)
	}
	at := uintptr(unsafe.Pointer(unsafe.StringData(got))) - uintptr(unsafe.Pointer(&buf[0]))
	if inBuf && (got == w || len(got) > 0 && at >= uintptr(len(buf))) {
		t.Errorf("stemEnglishTo(%q) = %q, said to be in the buffer, which it is not or need not be", w, got)
	}
}

// TestStemEnglishVocabulary checks the 29,414 words of the Snowball English test vocabulary
// that kljensen/snowball ships with its tests. The module is in the module cache whenever
// this package builds.
func TestStemEnglishVocabulary(t *testing.T) {
	for _, w := range snowballVocabulary(t) {
		checkStem(t, w)
	}
}

// snowballVocabulary returns the words of the Snowball English test vocabulary.
func snowballVocabulary(t *testing.T) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/kljensen/snowball").Output()
	if err != nil {
		t.Fatalf("locating kljensen/snowball: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "english_vocab", "vocab_test.go"))
	if err != nil {
		t.Fatalf("reading the vocabulary: %v", err)
	}
	matches := regexp.MustCompile(`\{"([^"]*)", "[^"]*"\}`).FindAllStringSubmatch(string(src), -1)
	if len(matches) < 29000 {
		t.Fatalf("found %d vocabulary entries, want over 29,000", len(matches))
	}
	words := make([]string, len(matches))
	for i, m := range matches {
		words[i] = m[1]
	}
	return words
}

// TestStemEnglishGenerated builds words that reach every suffix rule, including words made
// only of apostrophes, y's and short syllables.
func TestStemEnglishGenerated(t *testing.T) {
	letters := "aeiouybcdlnstwx'Y"
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		checkStem(t, prefix)
		if n == 0 {
			return
		}
		for i := 0; i < len(letters); i++ {
			gen(prefix+letters[i:i+1], n-1)
		}
	}
	gen("", 4)
	suffixes := []string{"'s'", "'s", "'", "sses", "ied", "ies", "us", "ss", "s", "eedly", "ingly",
		"edly", "ing", "eed", "ed", "at", "bl", "iz", "bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr",
		"tt", "y", "ational", "fulness", "iveness", "ization", "ousness", "biliti", "lessli",
		"tional", "alism", "aliti", "ation", "entli", "fulli", "iviti", "ousli", "anci", "abli",
		"alli", "ator", "enci", "izer", "bli", "ogi", "li", "alize", "icate", "ative", "iciti",
		"ical", "ful", "ness", "ement", "ance", "ence", "able", "ible", "ment", "ent", "ant", "ism",
		"ate", "iti", "ous", "ive", "ize", "ion", "sion", "tion", "al", "er", "ic", "e", "l", "ll"}
	stems := []string{"", "a", "b", "ab", "bab", "hop", "hope", "gener", "commun", "arsen",
		"general", "communic", "happ", "cr", "tr", "sky", "say", "yell", "bey", "agree", "feed",
		"luxur", "condit", "rational", "nation", "relat", "sens", "control", "fall", "dis", "ov",
		"log", "geolog", "analog", "oper", "bow", "box", "tax", "play", "appl", "'y", "''", "y'"}
	for _, s := range stems {
		for _, a := range suffixes {
			checkStem(t, s+a)
			for _, b := range suffixes {
				checkStem(t, s+a+b)
			}
		}
	}
}

func FuzzStemEnglish(f *testing.F) {
	for _, w := range []string{"running", "generalization", "'''", "yyy", "sky's", "ügly", "UPPER", "so-called"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkStem(t, w)
	})
}

// TestEnglishStop checks englishStop, which tells most words by their first and last
// bytes and length, against the lists it stands for: kljensen/snowball's IsStopWord and
// englishExtraStop, on those lists, on the Snowball English test vocabulary, and on
// invented words.
func TestEnglishStop(t *testing.T) {
	ref := func(w string) bool { return english.IsStopWord(w) || englishExtraStop[w] }
	words := append(slices.Clone(snowballStopWords["english"]), slices.Collect(maps.Keys(englishExtraStop))...)
	words = append(words, "", "halden", "ruiz", "varga", "marek's", "the", "The", "THE", "themselves",
		"themselve", "shouldn't", "shouldn’t", "ought", "oughta", "a", "b", "x", "i'm", "im", "ä")
	words = append(words, snowballVocabulary(t)...)
	stops := 0
	for _, w := range words {
		got := englishStop(w)
		if got != ref(w) {
			t.Errorf("englishStop(%q) = %v, want %v", w, got, !got)
		}
		if got {
			stops++
		}
	}
	if want := len(snowballStopWords["english"]) + len(englishExtraStop); stops < want {
		t.Errorf("%d stop words found, want at least the %d listed", stops, want)
	}
}
