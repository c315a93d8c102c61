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
// "Editing by", "Edited by", "Compiled by", "Editor:" or "Editors:". These rules follow wire
// and state-agency conventions; they deliberately miss anything less certain.
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
	// A sign-off is under 300 bytes: look for its line break no further back than that.
	from := max(0, end-320)
	lineStart := from + strings.LastIndexByte(text[from:end], '\n') + 1
	if lineStart == from {
		return len(text) // no line break near the end: the last line is no sign-off
	}
	line := strings.TrimSpace(text[lineStart:end])
	if line == "" || lineStart == 0 {
		return len(text) // a one-line text has no separate sign-off
	}
	if len(line) < 300 && line[0] == '(' && line[len(line)-1] == ')' {
		return lineStart
	}
	if len(line) < 300 {
		lower := strings.ToLower(line)
		for _, cue := range signOffCues {
			if strings.HasPrefix(lower, cue) {
				return lineStart
			}
		}
	}
	return len(text)
}
