package voices

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// possessiveDeterminers are the English possessive determiners, which stand before their
// noun ("his aides", "their hopes").
var possessiveDeterminers = map[string]bool{"his": true, "her": true, "their": true, "its": true, "my": true,
	"our": true, "your": true}

// ownerSource reports whether the source phrase from start to end, before its cue at
// cueStart, owns a plural noun that stands between it and a cue verb, so that the noun is
// the verb's subject and the owner is not the source ("his relatives talk", "the
// council's members argued": the relatives talk, the members argue). The span then has no
// speaker rather than a wrong one. The owner of a nominal cue is its source and stays
// ("his comments that …", "the mayor's past remarks", "the leaders' hopes that …"), as
// does a source after its cue ("according to …") and a pronoun's contraction ("she's
// said").
func (s *segmenter) ownerSource(start, end, cueStart int) bool {
	if s.lang.name != "english" || end <= start || end > len(s.text) || cueStart <= end || cueStart > len(s.text) {
		return false
	}
	src, between := s.text[start:end], s.text[end:cueStart]
	last := lastWord(src)
	switch {
	case possessiveDeterminers[strings.ToLower(src)]:
	case strings.HasPrefix(between, "'s ") || strings.HasPrefix(between, "’s "):
		if isPronounSpeaker(last) || strings.EqualFold(last, "that") || strings.EqualFold(last, "who") {
			return false // "he's said", "it's": a contraction
		}
		between = between[strings.IndexByte(between, ' '):]
	case (strings.HasPrefix(between, "' ") || strings.HasPrefix(between, "’ ")) && strings.HasSuffix(strings.ToLower(src), "s"):
		between = between[strings.IndexByte(between, ' '):]
	default:
		return false
	}
	words := strings.Fields(between)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !startsLetter(w) || strings.ContainsAny(w, ",;:()“”\"") {
			return false // a word of the phrase, not a clause or a quotation
		}
	}
	return pluralNoun(strings.ToLower(words[len(words)-1]))
}

// startsLetter reports whether t opens with a letter.
func startsLetter(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r)
}
