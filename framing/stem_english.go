package framing

import (
	"strings"
	"unsafe"

	"github.com/kljensen/snowball/english"
)

// stemEnglish returns exactly what english.Stem(word, true) of kljensen/snowball v0.10.0
// returns, several times faster for the common case: a lowercase ASCII word is stemmed
// in place in a byte buffer, following that package's steps one for one (the Snowball
// English "Porter2" algorithm). Any other word goes to english.Stem itself. The tests check
// the two against each other on the package's own 29,414-word test vocabulary, on generated
// words that reach every suffix rule, and by fuzzing.
func stemEnglish(word string) string {
	if s, ok := stemEnglishShort(word); ok {
		return s
	}
	var buf [64]byte
	w := porter{b: append(buf[:0], word...)}
	w.stem()
	if string(w.b) == word {
		return word
	}
	return string(w.b)
}

// stemEnglishTo is stemEnglish for a caller that copies whatever stem it keeps (the run's
// vocabulary interns a copy of each term), so that the first sight of a surface stems
// without allocating: a stem that the steps changed is made over buf, and inBuf is set; it
// is valid until buf is next used.
func stemEnglishTo(buf *[64]byte, word string) (stem string, inBuf bool) {
	if s, ok := stemEnglishShort(word); ok {
		return s, false
	}
	w := porter{b: append(buf[:0], word...)}
	w.stem()
	if string(w.b) == word {
		return word, false
	}
	return unsafe.String(unsafe.SliceData(w.b), len(w.b)), true
}

// stemEnglishShort returns the stem of a word that the byte-level steps do not take (it
// is not lowercase ASCII, or is longer than 64 bytes: english.Stem's), that they need not
// (two bytes or fewer, or no suffix can match: the word), or that is an exception (its
// listed stem), and true; else false.
func stemEnglishShort(word string) (string, bool) {
	if len(word) > 64 {
		return english.Stem(word, true), true
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= 0x80 || c <= ' ' || c >= 'A' && c <= 'Z' {
			return english.Stem(word, true), true
		}
	}
	if len(word) <= 2 {
		return word, true
	}
	if !suffixEnd[word[len(word)-1]] && word[0] != '\'' {
		// Every step, and every exception, needs the word to end in one of its
		// suffixes; preprocessing changes only leading apostrophes (its y to Y is undone
		// at the end).
		return word, true
	}
	return englishException(word)
}

// suffixEnd marks the last bytes of the suffixes the steps look for (and of the
// exceptions): a word that ends otherwise is its own stem.
var suffixEnd = [256]bool{'\'': true, 's': true, 'd': true, 'y': true, 'g': true, 'l': true, 'n': true,
	'i': true, 'm': true, 'r': true, 'e': true, 't': true, 'c': true}

// stem runs the Snowball English steps on the word, in place.
func (w *porter) stem() {
	w.preprocess()
	w.step0()
	w.step1a()
	w.step1b()
	w.step1c()
	w.step2()
	w.step3()
	w.step4()
	w.step5()
	for i, c := range w.b {
		if c == 'Y' {
			w.b[i] = 'y'
		}
	}
}

// englishException returns the stem of a Snowball English exception word, as it is listed,
// and whether word is one (a switch, which costs less than a map lookup for the many
// words that are not).
func englishException(word string) (string, bool) {
	switch word {
	case "skis":
		return "ski", true
	case "skies", "sky":
		return "sky", true
	case "dying":
		return "die", true
	case "lying":
		return "lie", true
	case "tying":
		return "tie", true
	case "idly":
		return "idl", true
	case "gently":
		return "gentl", true
	case "ugly":
		return "ugli", true
	case "early":
		return "earli", true
	case "only":
		return "onli", true
	case "singly":
		return "singl", true
	case "news":
		return "news", true
	case "howe":
		return "howe", true
	case "atlas":
		return "atlas", true
	case "cosmos":
		return "cosmos", true
	case "bias":
		return "bias", true
	case "andes":
		return "andes", true
	case "inning", "innings":
		return "inning", true
	case "outing", "outings":
		return "outing", true
	case "canning", "cannings":
		return "canning", true
	case "herring", "herrings":
		return "herring", true
	case "earring", "earrings":
		return "earring", true
	case "proceed", "proceeds", "proceeded", "proceeding":
		return "proceed", true
	case "exceed", "exceeds", "exceeded", "exceeding":
		return "exceed", true
	case "succeed", "succeeds", "succeeded", "succeeding":
		return "succeed", true
	}
	return "", false
}

// porter is a word being stemmed, with the starts of its regions R1 and R2.
type porter struct {
	b      []byte
	r1, r2 int
}

func isVowelByte(c byte) bool { return vowelByte[c] }

// vowelByte marks the vowels of the English stemmer (a table costs less than a switch).
var vowelByte = [256]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': true}

// clamp keeps the regions within the word after it shrinks.
func (w *porter) clamp() {
	w.r1 = min(w.r1, len(w.b))
	w.r2 = min(w.r2, len(w.b))
}

// has reports whether the word ends in s, comparing from the end, byte by byte (the
// suffixes are short, and a suffix set's candidates share their last byte).
func (w *porter) has(s string) bool {
	n := len(w.b) - len(s)
	if n < 0 {
		return false
	}
	for i := len(s) - 1; i >= 0; i-- {
		if w.b[n+i] != s[i] {
			return false
		}
	}
	return true
}

// A suffixSet is an ordered list of suffixes, bucketed by last byte so that a lookup
// tries only the suffixes that can match.
type suffixSet [256][]string

func newSuffixSet(suffixes ...string) *suffixSet {
	var set suffixSet
	for _, s := range suffixes {
		c := s[len(s)-1]
		set[c] = append(set[c], s)
	}
	return &set
}

// first returns the first suffix of the set, in its listed order, that ends the word, or "".
func (w *porter) first(set *suffixSet) string {
	if len(w.b) == 0 {
		return ""
	}
	for _, s := range set[w.b[len(w.b)-1]] {
		if w.has(s) {
			return s
		}
	}
	return ""
}

var (
	step0Suffixes  = newSuffixSet("'s'", "'s", "'")
	step1aSuffixes = newSuffixSet("sses", "ied", "ies", "us", "ss", "s")
	step1bSuffixes = newSuffixSet("eedly", "ingly", "edly", "ing", "eed", "ed")
	step1bEndings  = newSuffixSet("at", "bl", "iz", "bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")
	step2Suffixes  = newSuffixSet("ational", "fulness", "iveness", "ization", "ousness",
		"biliti", "lessli", "tional", "alism", "aliti", "ation",
		"entli", "fulli", "iviti", "ousli", "anci", "abli",
		"alli", "ator", "enci", "izer", "bli", "ogi", "li")
	step3Suffixes = newSuffixSet("ational", "tional", "alize", "icate", "ative", "iciti", "ical", "ful", "ness")
	step4Suffixes = newSuffixSet("ement", "ance", "ence", "able", "ible", "ment",
		"ent", "ant", "ism", "ate", "iti", "ous", "ive",
		"ize", "ion", "al", "er", "ic")
)

func (w *porter) cut(n int) {
	w.b = w.b[:len(w.b)-n]
	w.clamp()
}

// replace replaces a suffix of the word with repl, which is never longer. The word is
// resliced in place, never appended to: an append to w.b would make the compiler move
// stemEnglish's buffer to the heap.
func (w *porter) replace(suffix, repl string) {
	n := len(w.b) - len(suffix)
	w.b = w.b[:n+len(repl)]
	copy(w.b[n:], repl)
	w.clamp()
}

// addE appends an 'e' to the word, which step 1b has just shortened by at least two bytes
// (so that the buffer has room), in place as replace does.
func (w *porter) addE() {
	w.b = w.b[:len(w.b)+1]
	w.b[len(w.b)-1] = 'e'
}

// vnv returns the position after the first non-vowel that follows a vowel, from start.
func (w *porter) vnv(start int) int {
	for j := start + 1; j < len(w.b); j++ {
		if isVowelByte(w.b[j-1]) && !isVowelByte(w.b[j]) {
			return j + 1
		}
	}
	return len(w.b)
}

func (w *porter) preprocess() {
	n := 0
	for n < len(w.b)-1 && w.b[n] == '\'' {
		n++
	}
	w.b = w.b[n:]
	for i, c := range w.b {
		if c == 'y' && (i == 0 || isVowelByte(w.b[i-1])) {
			w.b[i] = 'Y'
		}
	}
	w.r1 = len(w.b)
	if len(w.b) >= 5 {
		switch {
		case w.b[0] == 'g' && string(w.b[:5]) == "gener":
			w.r1 = 5
		case w.b[0] == 'c' && len(w.b) >= 6 && string(w.b[:6]) == "commun":
			w.r1 = 6
		case w.b[0] == 'a' && string(w.b[:5]) == "arsen":
			w.r1 = 5
		}
	}
	if w.r1 == len(w.b) {
		w.r1 = w.vnv(0)
	}
	w.r2 = w.vnv(w.r1)
}

func (w *porter) step0() {
	if s := w.first(step0Suffixes); s != "" {
		w.cut(len(s))
	}
}

func (w *porter) step1a() {
	switch s := w.first(step1aSuffixes); s {
	case "sses":
		w.replace(s, "ss")
	case "ies", "ied":
		if len(w.b) > 4 {
			w.replace(s, "i")
		} else {
			w.replace(s, "ie")
		}
	case "s":
		for i := 0; i < len(w.b)-2; i++ {
			if isVowelByte(w.b[i]) {
				w.cut(1)
				return
			}
		}
	}
}

func (w *porter) endsShortSyllable(i int) bool {
	switch {
	case i == 2:
		return isVowelByte(w.b[0]) && !isVowelByte(w.b[1])
	case i >= 3:
		s1, s2, s3 := w.b[i-1], w.b[i-2], w.b[i-3]
		return !isVowelByte(s1) && s1 != 'w' && s1 != 'x' && s1 != 'Y' && isVowelByte(s2) && !isVowelByte(s3)
	}
	return false
}

func (w *porter) isShort() bool {
	return w.r1 >= len(w.b) && w.endsShortSyllable(len(w.b))
}

func (w *porter) step1b() {
	s := w.first(step1bSuffixes)
	switch s {
	case "":
		return
	case "eed", "eedly":
		if len(s) <= len(w.b)-w.r1 {
			w.replace(s, "ee")
		}
		return
	}
	vowel := false
	for i := 0; i < len(w.b)-len(s); i++ {
		if isVowelByte(w.b[i]) {
			vowel = true
			break
		}
	}
	if !vowel {
		return
	}
	r1, r2 := w.r1, w.r2
	w.cut(len(s))
	switch t := w.first(step1bEndings); t {
	case "":
		if w.isShort() {
			w.addE()
			w.r1, w.r2 = len(w.b), len(w.b)
			return
		}
	case "at", "bl", "iz":
		w.addE()
	default:
		w.cut(1)
	}
	w.r1, w.r2 = min(r1, len(w.b)), min(r2, len(w.b))
}

func (w *porter) step1c() {
	n := len(w.b)
	if n > 2 && (w.b[n-1] == 'y' || w.b[n-1] == 'Y') && !isVowelByte(w.b[n-2]) {
		w.b[n-1] = 'i'
	}
}

var step2Repl = map[string]string{
	"tional": "tion", "enci": "ence", "anci": "ance", "abli": "able", "entli": "ent",
	"izer": "ize", "ization": "ize", "ational": "ate", "ation": "ate", "ator": "ate",
	"alism": "al", "aliti": "al", "alli": "al", "fulness": "ful", "ousli": "ous",
	"ousness": "ous", "iveness": "ive", "iviti": "ive", "biliti": "ble", "bli": "ble",
	"fulli": "ful", "lessli": "less",
}

func (w *porter) step2() {
	s := w.first(step2Suffixes)
	if s == "" || len(s) > len(w.b)-w.r1 {
		return
	}
	n := len(w.b)
	switch s {
	case "li":
		if n >= 3 && strings.IndexByte("cdeghkmnrt", w.b[n-3]) >= 0 {
			w.cut(2)
		}
	case "ogi":
		if n >= 4 && w.b[n-4] == 'l' {
			w.replace(s, "og")
		}
	default:
		w.replace(s, step2Repl[s])
	}
}

func (w *porter) step3() {
	s := w.first(step3Suffixes)
	if s == "" || len(s) > len(w.b)-w.r1 {
		return
	}
	switch s {
	case "ative":
		if len(w.b)-w.r2 >= 5 {
			w.cut(5)
		}
	case "ational":
		w.replace(s, "ate")
	case "tional":
		w.replace(s, "tion")
	case "alize":
		w.replace(s, "al")
	case "icate", "iciti", "ical":
		w.replace(s, "ic")
	default: // "ful", "ness"
		w.cut(len(s))
	}
}

func (w *porter) step4() {
	s := w.first(step4Suffixes)
	if s == "" || len(s) > len(w.b)-w.r2 {
		return
	}
	if s == "ion" {
		if n := len(w.b); n >= 4 && (w.b[n-4] == 's' || w.b[n-4] == 't') {
			w.cut(3)
		}
		return
	}
	w.cut(len(s))
}

func (w *porter) step5() {
	last := len(w.b) - 1
	if w.r1 > last {
		return
	}
	switch {
	case w.b[last] == 'e':
		if w.r2 <= last || !w.endsShortSyllable(last) {
			w.cut(1)
		}
	case w.r2 <= last && w.b[last] == 'l' && last >= 1 && w.b[last-1] == 'l':
		w.cut(1)
	}
}
