package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Boilerplate returns the byte range [start, end) of text that holds the account proper:
// before start is a leading dateline, from end on a trailing sign-off. Without either,
// it returns 0 and len(text). The analyzer drops the tokens outside the range unless
// [Analyzer.KeepBoilerplate] is set.
//
// A dateline is recognized on the first non-blank line: up to 100 bytes that begin with a
// word in capitals of at least three letters ("BEIJING", "SAN TELMO", "LONDON/SOLORA"),
// followed by a dash (— – or a spaced hyphen); the dateline ends after the dash. A sign-off
// is the last non-blank line when it is wholly in parentheses and under 300 bytes
// ("(Reporting by ...; Editing by ...)"), or starts with "Reporting by", "Writing by",
// "Editing by", "Edited by", "Compiled by", "Editor:" or "Editors:"; an opinion piece's
// note on its author ("The author is …", "The writers are …", under 300 bytes; not "The
// author is expected to …", "The writer is due …") is part of the sign-off as the last
// line or the line before one. These rules follow wire,
// state-agency and op-ed page conventions; they deliberately miss anything less certain.
func Boilerplate(text string) (start, end int) {
	return dateline(text), signOff(text)
}

func dateline(text string) int {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n') {
		i++
	}
	line := text[i:]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	if len(line) > 100 {
		line = line[:100]
	}
	// The first word must be capitals only, three letters or more.
	n := 0
	for _, r := range line {
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsUpper(r) {
			return 0
		}
		n++
	}
	if n < 3 {
		return 0
	}
	for j := 0; j < len(line); {
		r, size := utf8.DecodeRuneInString(line[j:])
		dash := r == '\u2014' || r == '\u2013' ||
			r == '-' && j > 0 && line[j-1] == ' ' && j+1 < len(line) && (line[j+1] == ' ' || line[j+1] == '-')
		if dash {
			if !datelineWords(line[:j]) {
				return 0
			}
			k := j + size
			for k < len(line) && (line[k] == '-' || line[k] == ' ') {
				k++
			}
			return i + k
		}
		j += size
	}
	return 0
}

// datelineWords reports whether the text before a dateline's dash looks like a place and
// date: at most five words outside parentheses or slashes, none of them a lowercase word of
// more than four letters (months may be abbreviated: "nov").
func datelineWords(s string) bool {
	words, depth := 0, 0
	inWord := false
	wordStart := 0
	for j, r := range s + " " {
		switch {
		case r == '(':
			depth++
		case r == ')':
			if depth > 0 {
				depth--
			}
		}
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		if letter && !inWord {
			inWord, wordStart = true, j
		}
		if !letter && inWord {
			inWord = false
			if depth > 0 || r == ')' {
				continue
			}
			words++
			w := s[wordStart:j]
			first, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(first) && utf8.RuneCountInString(w) > 4 {
				return false
			}
		}
	}
	return words <= 5
}

var signOffCues = []string{"reporting by", "writing by", "editing by", "edited by", "compiled by", "editor:", "editors:"}

func signOff(text string) int {
	end := len(strings.TrimRight(text, " \t\r\n"))
	start, line, ok := lastLine(text, end)
	if !ok {
		return len(text)
	}
	cut := len(text)
	if signOffLine(line) {
		cut = start
		// The line before a sign-off may be the author's note.
		end = len(strings.TrimRight(text[:start], " \t\r\n"))
		if start, line, ok = lastLine(text, end); !ok {
			return cut
		}
	}
	if authorNote(line) {
		cut = start
	}
	return cut
}

// lastLine returns the start and the trimmed text of the line of text that ends at end, if
// it is under 300 bytes and not the text's first line.
func lastLine(text string, end int) (start int, line string, ok bool) {
	// A sign-off is under 300 bytes: look for its line break no further back than that.
	from := max(0, end-320)
	start = from + lastNewline(text[from:end]) + 1
	if start == from || start == 0 {
		return 0, "", false // no line break near the end, or a one-line text
	}
	line = strings.TrimSpace(text[start:end])
	return start, line, line != "" && len(line) < 300
}

// lastNewline is strings.LastIndexByte(s, '\n'), found by forward searches that use the
// processor's vector instructions (LastIndexByte tests a byte at a time): a text's last
// 320 bytes hold few line breaks.
func lastNewline(s string) int {
	last := -1
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			return last
		}
		last = i + j
		i = last + 1
	}
}

// signOffLine reports whether a last line is a sign-off: wholly in parentheses, or
// opening with a credit (signOffCues).
func signOffLine(line string) bool {
	if line[0] == '(' && line[len(line)-1] == ')' {
		return true
	}
	lower := strings.ToLower(line)
	for _, cue := range signOffCues {
		if strings.HasPrefix(lower, cue) {
			return true
		}
	}
	return false
}

// authorNote reports whether a last line (or the line before a sign-off) is an opinion
// piece's note on its author: "The author is …", "The writers are …", as op-ed pages of
// many outlets print it. Such a line is the publisher's description, not the account.
func authorNote(line string) bool {
	lower := strings.ToLower(line)
	for _, who := range []string{"the author ", "the authors ", "the writer ", "the writers "} {
		rest, ok := strings.CutPrefix(lower, who)
		if !ok {
			continue
		}
		for _, verb := range []string{"is ", "are "} {
			if next, ok := strings.CutPrefix(rest, verb); ok {
				word, _, _ := strings.Cut(next, " ")
				return !notNoteWord(word)
			}
		}
	}
	return false
}

// notNoteWord reports whether the word after "The author is" makes the line news about
// a writer rather than a note on one: a participle ("expected", "accused", "based") or
// "due", "set", "to", "not", "facing", "being".
func notNoteWord(w string) bool {
	switch w {
	case "due", "set", "to", "not", "facing", "being":
		return true
	}
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false // "op-ed": a noun
		}
	}
	return true
}
