package framing

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/framediff/framediff/framing/internal/scan"
)

// Reasons a token is dropped.
const (
	dropNone uint8 = iota
	dropStop
	dropNumber
	dropBoilerplate
	dropVoice
	dropAddress
)

var dropNames = [...]string{"", "stop", "number", "boilerplate", "voice", "address"}

// settings is an Analyzer compiled for one language. It is immutable once made, so every
// worker of a run shares it.
type settings struct {
	an        Analyzer // Language resolved to its canonical name
	key       string   // an as JSON: two runs count alike if and only if their keys are equal
	lang      language
	russian   bool
	maxN      int
	stopExtra stopSet
	stopOnly  map[string]bool // replaces lang.stop when non-nil
	protected map[string]bool
	phrases   map[string][]phraseEntry // first word -> its phrases, longest first
	variants  map[string]string        // normalized spelling -> the normalized spelling it counts as
}

func compileSettings(an *Analyzer, lang language) (*settings, error) {
	if err := an.check(); err != nil {
		return nil, err
	}
	s := &settings{an: *an, lang: lang, russian: lang.name == "russian", maxN: an.maxN()}
	s.an.Language = lang.name
	s.an.Workers = 0
	b, err := json.Marshal(s.an)
	if err != nil {
		return nil, errorf(ErrOption, "analyzer settings: %v", err)
	}
	s.key = string(b)
	if an.StopWords != nil {
		s.stopOnly = make(map[string]bool, len(an.StopWords))
		for _, w := range an.StopWords {
			s.stopOnly[normalize(strings.TrimSpace(w), s.russian)] = true
		}
	}
	for k, v := range an.Variants {
		if s.variants == nil {
			s.variants = map[string]string{}
		}
		s.variants[normalize(strings.TrimSpace(k), s.russian)] = normalize(strings.TrimSpace(v), s.russian)
	}
	for _, w := range an.ExtraStopWords {
		s.stopExtra.add(normalize(strings.TrimSpace(w), s.russian))
	}
	for _, entry := range an.Protected {
		words := s.words(entry)
		switch len(words) {
		case 0:
			return nil, errorf(ErrOption, "Analyzer.Protected entry %q has no word", entry)
		case 1:
			if s.protected == nil {
				s.protected = make(map[string]bool)
			}
			s.protected[words[0]] = true
		default:
			if s.phrases == nil {
				s.phrases = make(map[string][]phraseEntry)
			}
			s.phrases[words[0]] = append(s.phrases[words[0]], phraseEntry{rest: words[1:]})
		}
	}
	for i, entry := range an.Phrases {
		words := s.words(entry) // two or more: an.check made sure
		if s.phrases == nil {
			s.phrases = make(map[string][]phraseEntry)
		}
		pe := phraseEntry{rest: words[1:]}
		if i >= len(an.Phrases)-an.names {
			pe.form = surfaceWords(entry)
		}
		s.phrases[words[0]] = append(s.phrases[words[0]], pe)
	}
	for _, rest := range s.phrases {
		slices.SortStableFunc(rest, func(a, b phraseEntry) int { return len(b.rest) - len(a.rest) })
	}
	return s, nil
}

// A phraseEntry is a protected phrase past its first word.
type phraseEntry struct {
	rest []string // the normalized words after the first
	// form, for a name (see Analyzer.names), holds its words as written: the name is
	// matched only where it is written as a name, each word capitalized or as in form.
	form []string
}

// words tokenizes and normalizes a protected entry.
func (s *settings) words(text string) []string {
	var out []string
	sc := scan.NewScanner(text)
	for t, ok := sc.Next(); ok; t, ok = sc.Next() {
		out = append(out, normalize(text[t.Start:t.End], s.russian))
	}
	return out
}

func (s *settings) isStop(w string) bool {
	if s.an.KeepStopWords {
		return false
	}
	if s.stopExtra.has(w) {
		return true
	}
	if s.stopOnly != nil {
		return s.stopOnly[w]
	}
	return s.lang.stop(w)
}

// A stopSet is a set of words, such as the extra stop words, that tells most words
// outside it by their length and first byte, without hashing them: each distinct surface
// of a run is looked up once, and `compare` in the own voice drops eleven words of
// scaffolding as extra stop words (says, said, …, Mr, Dr), whose map took 0.9% of the
// CPU of `compare -a -b` on the halves of BBC News (isStop now 0.7%, with the stop list).
// The zero value is the empty set. Its words are all added before it is read (when the
// settings are made), after which any number of goroutines may read it.
type stopSet struct {
	words map[string]bool
	lens  uint64    // bit min(len(w), 63) set for each word w
	first [4]uint64 // bit c set for each word's first byte c
}

// add adds w to the set.
func (ws *stopSet) add(w string) {
	if ws.words == nil {
		ws.words = make(map[string]bool)
	}
	ws.words[w] = true
	ws.lens |= 1 << min(len(w), 63)
	if len(w) > 0 {
		ws.first[w[0]>>6] |= 1 << (w[0] & 63)
	}
}

// has reports whether w is in the set.
func (ws *stopSet) has(w string) bool {
	if ws.lens>>min(len(w), 63)&1 == 0 || len(w) > 0 && ws.first[w[0]>>6]>>(w[0]&63)&1 == 0 {
		return false
	}
	return ws.words[w]
}

// classifyLower returns the term a normalized single-token word counts as, or the reason
// it is dropped. The term may be made over buf (or be lower itself): a caller that keeps
// it keeps a copy.
func (s *settings) classifyLower(lower string, buf *[64]byte) (term string, drop uint8) {
	number := isNumber(lower)
	switch {
	case len(s.protected) > 0 && s.protected[lower]:
		return lower, dropNone
	case number && !s.an.KeepNumbers:
		return "", dropNumber
	case s.isStop(lower):
		return "", dropStop
	}
	term = lower
	if !s.an.NoStem && !number && !strings.Contains(lower, ".") {
		var st string
		if s.lang.stemTo != nil {
			st, _ = s.lang.stemTo(buf, lower)
		} else {
			st = s.lang.stem(lower, true)
		}
		if st != "" {
			term = st
		}
	}
	return term, dropNone
}
