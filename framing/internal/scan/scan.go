// Package scan splits text into words, sentences and clauses, and normalizes words: the
// first stage shared by framing's analyzer and framing/voices, so that both see the same
// tokens.
//
// A token is a run of letters and digits, joined by internal hyphens and apostrophes
// ("so-called", "O’Brien"), with the periods of single-letter abbreviations ("U.S.") and the
// separators inside numbers ("1,000.5"); a final possessive 's is left out of it, after an
// abbreviation too ("F.B.I.’s"). A sentence ends at . ! ? (a period after an abbreviation,
// an initial, between the labels of a host name right after a token ("Gazette.NET",
// "www.Example.org"; see AddressEnd), or before a lower-case word or a comma does not end
// one), at an ellipsis, and at a blank line; a clause ends at , ; : ( ) [ ] { }, a dash, or a sentence's end.
package scan

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Token is a token as the scanner finds it, before normalization: its byte span and the
// numbers of its sentence and clause.
type Token struct {
	Start, End       int
	Sentence, Clause int
}

// maxSentence caps the tokens of one sentence: a longer run (in text without punctuation) is
// split, so memory stays bounded whatever the input.
const MaxSentence = 1000

// ASCII character classes.
const (
	cOther   = iota // separator with no structural meaning
	cWord           // letter or digit
	cSpace          // white space other than newline
	cNewline        // \n
	cClause         // , ; : ( ) [ ] { }
	cStop           // . ! ?
	cJoin           // - '
)

// asciiWord marks the bytes that are ASCII letters and digits (a 256-entry table, so
// that indexing by any byte needs no bounds check).
var asciiWord = func() (t [256]bool) {
	for c := 0; c < 128; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			t[c] = cWord
		case c == '\n':
			t[c] = cNewline
		case c == ' ', c == '\t', c == '\r', c == '\v', c == '\f':
			t[c] = cSpace
		case strings.IndexByte(",;:()[]{}", byte(c)) >= 0:
			t[c] = cClause
		case c == '.', c == '!', c == '?':
			t[c] = cStop
		case c == '-', c == '\'':
			t[c] = cJoin
		}
	}
	return t
}()

// IsWordRune reports whether r belongs in a word: a letter, digit, mark or number.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == cWord
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.IsNumber(r)
}

// IsJoiner reports whether r joins two word runs inside one token.
func IsJoiner(r rune) bool {
	switch r {
	case '-', '\'', '\u2010', '\u2011', '\u2019', '\u02BC', '\uFF07', '\u00AD':
		return true
	}
	return false
}

// IsApostrophe reports whether r is one of the apostrophes a possessive may use.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u02BC', '\uFF07':
		return true
	}
	return false
}

// abbreviations whose period does not end a sentence (compared lowercased).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true,
	"col": true, "lt": true, "sgt": true, "capt": true, "gov": true, "sen": true, "rep": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true,
	"etc": true, "inc": true, "corp": true, "co": true, "jr": true, "sr": true, "dic": true,
	"ene": true, "abr": true, "ago": true, "sr.": true, "sra": true, "del": true, "rev": true, "sens": true,
	"reps": true, "govs": true, "atty": true, "supt": true, "maj": true, "cmdr": true, "pres": true, "hon": true,
	"msgr": true, "adm": true, "brig": true, "gens": true, "mme": true, "mlle": true, "messrs": true,
}

// Scanner splits a text into raw tokens with sentence and clause numbers.
type Scanner struct {
	text             string
	pos              int
	sentence, clause int
	inSentence       int // tokens emitted in the current sentence
	lastStart        int // previous token, for abbreviation checks
	lastEnd          int
}

func (s *Scanner) breakSentence() {
	if s.inSentence > 0 {
		s.sentence++
		s.clause++
		s.inSentence = 0
	}
}

func (s *Scanner) breakClause() {
	if s.inSentence > 0 {
		s.clause++
	}
}

// Next returns the next token, or false at the end of the text.
func (s *Scanner) Next() (Token, bool) {
	start, end, ok := s.NextSpan()
	return Token{Start: start, End: end, Sentence: s.sentence, Clause: s.clause}, ok
}

// NextSpan returns the byte span of the next token, or false at the end of the text; the
// token's sentence and clause are then s.Sentence() and s.Clause().
func (s *Scanner) NextSpan() (start, end int, ok bool) {
	if _, ok := s.ToWord(); !ok {
		return 0, 0, false
	}
	start, end = s.word()
	return start, end, true
}

// ToWord moves the scanner past the separators before the next token, counting the
// sentence and clause breaks among them as NextSpan does, and returns where the token
// starts, or false at the end of the text. The token is then NextSpan's, or the caller's
// to scan (see Took).
func (s *Scanner) ToWord() (int, bool) {
	text := s.text
	for s.pos < len(text) {
		c := text[s.pos]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case cWord:
				return s.pos, true
			case cNewline:
				s.pos++
				if s.blankLineAhead() {
					s.breakSentence()
				}
			case cClause:
				s.pos++
				s.breakClause()
			case cStop:
				s.pos++
				if c != '.' || s.periodEndsSentence() {
					s.breakSentence()
				}
			case cJoin:
				s.pos++
				if c == '-' && s.pos < len(text) && (text[s.pos] == ' ' || text[s.pos] == '-') {
					s.breakClause() // a spaced or doubled hyphen used as a dash
				}
			default:
				s.pos++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[s.pos:])
		if r == utf8.RuneError && size == 1 {
			s.pos++
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) {
			return s.pos, true
		}
		s.pos += size
		switch r {
		case '\u2013', '\u2014', '\u2015', '\u2212', '\u2022', '\u00B7', '\u3001', '\uFF0C', '\uFF1B', '\uFF1A':
			s.breakClause()
		case '\u2026', '\u3002', '\uFF01', '\uFF1F', '\u00A1', '\u00BF', '\u2029':
			// An ellipsis, ideographic or fullwidth stops, and the Spanish opening marks
			// (which follow a sentence end anyway).
			s.breakSentence()
		}
	}
	return len(text), false
}

// NextWord is NextSpan for callers that need no sentence or clause numbers: it returns the
// same spans, faster.
func (s *Scanner) NextWord() (start, end int, ok bool) {
	text := s.text
	for s.pos < len(text) {
		c := text[s.pos]
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				start, end := s.wordSpan()
				return start, end, true
			}
			s.pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[s.pos:])
		if r == utf8.RuneError && size == 1 {
			s.pos++
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) {
			start, end := s.wordSpan()
			return start, end, true
		}
		s.pos += size
	}
	return 0, 0, false
}

// IsWordByte reports whether c is an ASCII letter or digit: a byte that starts a token,
// and that a token goes on with.
func IsWordByte(c byte) bool { return asciiWord[c] }

// EndsWordPlainly reports whether the run of ASCII letters and digits text[start:end],
// where a byte that is not one follows, is a whole token as NextWord returns it, with the
// next token after end: the byte at end is ASCII and not - or '; if it is . it does not
// end a single letter ("U.S."); and if it is . or , it does not sit between digits
// ("1,000.5").
// A caller may scan such runs itself, inline, and leave every other case to NextWord (see
// Seek).
func EndsWordPlainly(text string, start, end int) bool {
	c := text[end]
	return plainEnd[c] || (c == ',' || (c == '.' && end-start > 1)) &&
		(end+1 == len(text) || !isDigitByte(text[end+1]) || !isDigitByte(text[end-1]))
}

// RuneEndsWord reports whether the non-ASCII character (or invalid byte) at text[i] ends a
// run of ASCII letters and digits before it as Took needs: it neither goes on with the
// word (IsWordRune) nor joins it to another (IsJoiner), as a closing quotation mark or a
// dash does. With EndsWordPlainly for an ASCII byte, it is the whole test of a run that
// a caller may report with Took.
func RuneEndsWord(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !IsWordRune(r) && !IsJoiner(r)
}

// plainEnd marks the ASCII bytes that end a run of letters and digits whatever follows.
var plainEnd = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !asciiWord[c] && strings.IndexByte("-'.,", byte(c)) < 0
	}
	return t
}()

// Seek moves the scanner to byte i of its text: i must be where a token starts or a
// position between tokens, as a caller that scans the plain tokens itself knows it (see
// EndsWordPlainly). NextWord may go on from any such i; NextSpan and ToWord keep sentence
// state that Seek does not update, so before them the caller may have passed only spaces
// and the words it reported with Took.
func (s *Scanner) Seek(i int) { s.pos = i }

// Took reports a word that the caller scanned itself, text[start:end], to a scanner whose
// position is at start (as ToWord leaves it) or before it with only spaces in between: a
// run of ASCII letters and digits that ends the text, or that EndsWordPlainly accepts, or
// that a non-ASCII character (or an invalid byte) follows that is neither a word's
// (IsWordRune) nor a joiner; not a run that an ASCII period, comma or apostrophe follows
// ("U.S.", "1,000", "Ruiz's": NextSpan's cases). The
// scanner counts it in its sentence as NextSpan would have returned it, and goes on from
// end. A caller that needs sentence and clause numbers may so scan the plain words inline
// and leave every other case to NextSpan (see Seek).
func (s *Scanner) Took(start, end int) {
	s.openAt(start)
	if s.inSentence >= MaxSentence {
		s.breakSentence()
	}
	s.inSentence++
	s.lastStart, s.lastEnd, s.pos = start, end, end
}

// blankLineAhead reports whether only spaces stand between pos and the next newline.
func (s *Scanner) blankLineAhead() bool { return BlankFrom(s.text, s.pos) }

// BlankFrom reports whether only spaces stand between text[i] and the next newline (or
// the end): a line break just before i then ends a paragraph.
func BlankFrom(text string, i int) bool {
	for ; i < len(text); i++ {
		switch text[i] {
		case ' ', '\t', '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// periodEndsSentence decides for the period just passed (at pos-1).
func (s *Scanner) periodEndsSentence() bool {
	if s.pos < len(s.text) {
		r, _ := utf8.DecodeRuneInString(s.text[s.pos:])
		if unicode.IsLower(r) || unicode.IsDigit(r) {
			return false // "example.com", "3.x": no boundary
		}
		if 'A' <= r && r <= 'Z' && s.lastEnd == s.pos-1 && periodInAddress(s.text, s.lastStart, s.lastEnd) {
			return false // "Gazette.NET", "www.Example.org": inside an address
		}
		// "(R-Tenn.), wrote", "Acme Inc., which": a comma after the period (and any closing
		// brackets or quotation marks) goes on with the sentence.
		j := s.pos
		for j < len(s.text) {
			r, size := utf8.DecodeRuneInString(s.text[j:])
			if r != ')' && r != ']' && r != '"' && r != '\u201D' && r != '\u2019' {
				break
			}
			j += size
		}
		if j < len(s.text) && (s.text[j] == ',' || s.text[j] == ';') {
			return false
		}
		// "Sen. Oren Malik (I-Vt.) said": a closing bracket, then a lower-case word,
		// goes on with the sentence.
		if j > s.pos && s.text[j-1] == ')' {
			for j < len(s.text) && s.text[j] == ' ' {
				j++
			}
			if r, _ := utf8.DecodeRuneInString(s.text[j:]); unicode.IsLower(r) {
				return false
			}
		}
	}
	if s.lastEnd != s.pos-1 {
		return true
	}
	prev := s.text[s.lastStart:s.lastEnd]
	if i := strings.LastIndexByte(prev, '-'); i >= 0 {
		prev = prev[i+1:] // "China-St.": the abbreviation is the last part
	}
	if len(prev) > 5 {
		// Longer than any abbreviation but "messrs", which this test has always let end a
		// sentence, and than any one character.
		return true
	}
	if n := utf8.RuneCountInString(prev); n == 1 {
		r, _ := utf8.DecodeRuneInString(prev)
		if unicode.IsUpper(r) {
			// An initial ("Ana M. Ruiz"), unless a word that opens sentences follows
			// ("under Plan B. The port …").
			return s.openerFollows()
		}
	}
	// Lowered into a buffer rather than by strings.ToLower, which allocates for a word
	// with capitals ("Ruiz."), as most words before a sentence's period are not.
	var buf [5]byte
	for i := 0; i < len(prev); i++ {
		c := prev[i]
		if c >= utf8.RuneSelf {
			return !abbreviationBefore(strings.ToLower(prev), goesOnAhead(s.text, s.pos))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	// An abbreviation's period that no name follows ends the sentence too before a word
	// that opens sentences ("He joined Halden Inc. The firm …", "Acme Co. In a statement,
	// …"); a title's never does ("Mr. He", a surname).
	w := string(buf[:len(prev)])
	return !abbreviationBefore(w, goesOnAhead(s.text, s.pos)) || afterName[w] && s.openerFollows()
}

// afterName are the abbreviations that end a name or a list, not open one: their period
// may end the sentence (see periodEndsSentence).
var afterName = map[string]bool{"inc": true, "corp": true, "co": true, "jr": true, "etc": true}

// openerFollows reports whether, after the period just passed and one space or more, a
// word that opens sentences follows (see openerAt).
func (s *Scanner) openerFollows() bool {
	i := s.pos
	for i < len(s.text) && s.text[i] == ' ' {
		i++
	}
	return i > s.pos && openerAt(s.text, i)
}

// abbreviationBefore reports whether w (lowercased, without its period) is an abbreviation
// there, the sentence going on after the period or not (see goesOnAhead). "ago" and "no"
// are words of English too ("two years ago. The", "she said no. “Never.”"):
// abbreviations ("No. 4", "the No. of votes", Spanish "15 ago. 2016", "15 de ago. de
// 2016") only where the sentence goes on.
func abbreviationBefore(w string, goesOn bool) bool {
	if w == "ago" || w == "no" {
		return goesOn
	}
	return abbreviations[w]
}

// openAt breaks the sentence before the token at start where an abbreviation with periods
// ends the one before it ("in the U.S. The talks …": the period is both the
// abbreviation's and the sentence's), with only spaces between, and the token is a word
// that opens sentences (see openerAt).
func (s *Scanner) openAt(start int) {
	if s.lastEnd > 0 && s.text[s.lastEnd-1] == '.' && s.inSentence > 0 && openerAt(s.text, start) && onlySpaces(s.text, s.lastEnd, start) {
		s.breakSentence()
	}
}

// sentenceOpeners are English words that, capitalized, open sentences and go on with none
// after an abbreviation or an initial: "the U.S. The talks", "Washington, D.C. On
// Tuesday", "Plan B. It failed".
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "But": true, "And": true, "This": true, "That": true, "These": true, "Those": true,
	"His": true, "Her": true, "Its": true, "Their": true, "Our": true, "There": true, "In": true,
	"On": true, "At": true, "If": true, "When": true, "While": true, "After": true, "So": true, "Yet": true,
}

// openerAt reports whether a word that opens sentences (sentenceOpeners) starts at text[i]
// and ends there, not before a period, a hyphen or a digit ("A. I think", not the
// initials of "J. A. Marek", nor "the U.S. A-10 pilots").
func openerAt(text string, i int) bool {
	j := i
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	if j == i || j-i > 5 || !sentenceOpeners[text[i:j]] {
		return false
	}
	return j == len(text) || text[j] != '.' && text[j] != '-' && !isDigitByte(text[j])
}

// onlySpaces reports whether text[i:j] holds spaces only.
func onlySpaces(text string, i, j int) bool {
	for ; i < j; i++ {
		if text[i] != ' ' {
			return false
		}
	}
	return true
}

// goesOnAhead reports whether a lower-case letter or a digit follows text[i:] after
// spaces and line breaks: the sentence goes on ("No. 4", "No. of votes").
func goesOnAhead(text string, i int) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
		i++
	}
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// word scans a token starting at pos and returns its span, counting it in its sentence.
func (s *Scanner) word() (int, int) {
	s.openAt(s.pos)
	start, end := s.wordSpan()
	if s.inSentence >= MaxSentence {
		s.breakSentence()
	}
	s.inSentence++
	s.lastStart, s.lastEnd = start, s.pos
	return start, end
}

// wordSpan scans a token starting at pos and returns its span; pos moves past it (past a
// possessive 's too, which the span leaves out).
func (s *Scanner) wordSpan() (int, int) {
	text := s.text
	start := s.pos
	i := start
	for i < len(text) {
		// The fast path: a run of ASCII letters and digits, eight bytes at a time.
		tab, rest := &asciiWord, text[i:]
		j := 0
		for len(rest)-j >= 8 {
			b := rest[j : j+8]
			x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			if other := OtherBytes(x); other != 0 {
				j += bits.TrailingZeros64(other) >> 3
				goto ran
			}
			j += 8
		}
		for j < len(rest) && tab[rest[j]] {
			j++
		}
	ran:
		i += j
		if i >= len(text) {
			break
		}
		c := text[i]
		if c == ' ' {
			break // the usual end of a word
		}
		if c < utf8.RuneSelf {
			// An ASCII byte that is not a letter or digit: a joiner or the end (below).
		} else if r, size := utf8.DecodeRuneInString(text[i:]); r != utf8.RuneError || size > 1 {
			if IsWordRune(r) {
				i += size
				continue
			}
			if IsJoiner(r) && i+size < len(text) {
				if r2, _ := utf8.DecodeRuneInString(text[i+size:]); IsWordRune(r2) {
					i += size
					continue
				}
			}
			break
		}
		// ASCII non-word byte: a joiner, or a separator inside a number.
		if (c == '-' || c == '\'' || c == '.' || c == ',') && i+1 < len(text) {
			r2, _ := utf8.DecodeRuneInString(text[i+1:])
			switch {
			case (c == '-' || c == '\'') && IsWordRune(r2):
				i++
				continue
			case (c == '.' || c == ',') && isDigitByte(text[i+1]) && i > start && isDigitByte(text[i-1]):
				i++
				continue
			}
		}
		break
	}
	end := i
	// Abbreviations of single letters with periods: "U.S.", "a.m.".
	if n := end - start; n == 1 && end < len(text) && text[end] == '.' {
		j := end
		for j+2 < len(text) && text[j] == '.' && isASCIILetter(text[j+1]) && text[j+2] == '.' {
			j += 2
		}
		if j > end {
			end = j + 1
			s.pos = end + possessiveAfter(text[end:])
			return start, end
		}
	}
	s.pos = end
	// Possessive: leave a final 's outside the token.
	if end-start >= 3 && (text[end-1] == 's' || text[end-1] == 'S') {
		if r, size := utf8.DecodeLastRuneInString(text[start : end-1]); IsApostrophe(r) && end-1-size > start {
			end -= 1 + size
		}
	}
	return start, end
}

// possessiveAfter returns the length of the possessive 's that opens rest, the text after
// an abbreviation with periods ("F.B.I.’s"), or 0 if rest opens with none: an apostrophe,
// then s or S that ends the word (no letter, digit or joined word follows).
func possessiveAfter(rest string) int {
	r, size := utf8.DecodeRuneInString(rest)
	if !IsApostrophe(r) || len(rest) <= size || rest[size] != 's' && rest[size] != 'S' {
		return 0
	}
	n := size + 1
	if r, size := utf8.DecodeRuneInString(rest[n:]); IsWordRune(r) {
		return 0
	} else if IsJoiner(r) {
		if r2, _ := utf8.DecodeRuneInString(rest[n+size:]); IsWordRune(r2) {
			return 0
		}
	}
	return n
}

// highBits has the high bit of each byte of a word set.
const highBits = 0x8080808080808080

// OtherBytes returns x, eight bytes of text (the first in the low byte), with the high
// bit of each byte set where that byte is not an ASCII letter or digit, and every other
// bit clear: IsWordByte's complement for eight bytes at once, small enough to be inlined
// into a caller's loop, which then finds the end of a word with one branch, not one a
// byte. Each range test adds a constant to seven-bit values, so no byte carries into the
// next.
func OtherBytes(x uint64) uint64 {
	const ones = 0x0101010101010101
	y := x &^ highBits
	l := y | 0x20*ones // letters folded to lower case
	letter := (l + (0x80-'a')*ones) &^ (l + (0x80-'z'-1)*ones)
	digit := (y + (0x80-'0')*ones) &^ (y + (0x80-'9'-1)*ones)
	return ^((letter | digit) &^ x) & highBits
}

func isDigitByte(c byte) bool   { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// Normalize returns the normalized form of a surface: NFC, apostrophes and hyphens folded,
// soft hyphens removed, lowercased, and for Russian ё folded to е.
func Normalize(surface string, russian bool) string {
	ascii, upper := true, false
	for i := 0; i < len(surface); i++ {
		c := surface[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if ascii {
		if !upper {
			return surface
		}
		return strings.ToLower(surface) // ASCII is always in NFC and has nothing to fold
	}
	w := surface
	if !norm.NFC.IsNormalString(w) {
		w = norm.NFC.String(w)
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch r {
		case '\u2019', '\u02BC', '\uFF07':
			r = '\''
		case '\u2010', '\u2011':
			r = '-'
		case '\u00AD':
			continue
		}
		r = unicode.ToLower(r)
		if russian && r == 'ё' {
			r = 'е'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// NewScanner returns a scanner of text, positioned at its start.
func NewScanner(text string) Scanner { return Scanner{text: text} }

// Sentence returns the number of the sentence of the token returned last (from 0).
func (s *Scanner) Sentence() int { return s.sentence }

// Clause returns the number of the clause of the token returned last (from 0, counted
// over the whole text).
func (s *Scanner) Clause() int { return s.clause }

// Pos returns the byte offset where scanning goes on: past the token returned last and,
// where the token has a possessive 's, past that too.
func (s *Scanner) Pos() int { return s.pos }

// IsCapitalized reports whether a word starts with an upper-case letter.
func IsCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
