package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// distinctWords reports whether the surface forms of one stem are more than the
// inflections of one word: whether they reduce to two or more bases (see inflectionBase)
// and the bases other than the most used one hold at least one use in distinctShare of
// the stem's. "election" and "elections", "stopped" and "stops", "city" and "cities" are
// one word; "emergency" and "emerged", "internal" and "international", "authorities" and
// "author", "SAR" and "SARS" are not, where each is used; "state" with 12 "stately" among
// its 7,590 uses is read as "state". russian (or any language but English) gives true for two or
// more forms: the rule knows English endings only, and every merge is then shown.
func distinctWords(forms []Form, russian, english bool) bool {
	if !english || russian {
		seen := map[string]bool{}
		for _, f := range forms {
			seen[normalize(f.Text, russian)] = true
		}
		return len(seen) > 1
	}
	// An all-capital form is an acronym unless the group also has it in lower case (a
	// headline's DEMOCRACIES beside democracies is the word, shouted).
	lower := map[string]bool{}
	for _, f := range forms {
		if w := dropPossessive(f.Text); !allCapitals(w) {
			lower[strings.ToLower(w)] = true
		}
	}
	uses := map[string]int{}
	total := 0
	for _, f := range forms {
		w := dropPossessive(f.Text)
		uses[inflectionBase(w, allCapitals(w) && !lower[strings.ToLower(w)])] += f.Count
		total += f.Count
	}
	most := 0
	for _, n := range uses {
		most = max(most, n)
	}
	return len(uses) > 1 && (total-most)*distinctShare >= total
}

// distinctShare is the share, one in distinctShare, of a stem's uses that its words other
// than the most used one's inflections must hold for the stem to be Distinct: below it a
// reader of the most used word is right about at least 19 uses in 20. On China Daily
// against the NYT (own voice) it flags 4 of the 24 listed stems (develop: "developed",
// "developing" beside "development"; presid; senat; occupi) where every merge flagged 13,
// most for a handful of uses ("americanism" 1 of 3,353, "lawful" 31 of 4,532).
const distinctShare = 20

// dropPossessive drops a final possessive 's or ’s, or a final apostrophe, and the
// invisible format characters a surface may hold (a soft hyphen: demo\u00adcracy).
func dropPossessive(w string) string {
	w = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, w)
	w = strings.ReplaceAll(w, "’", "'")
	w = strings.ReplaceAll(w, "＇", "'")
	if s, ok := strings.CutSuffix(w, "'s"); ok {
		w = s
	} else if s, ok := strings.CutSuffix(w, "'S"); ok {
		w = s
	}
	return strings.TrimSuffix(w, "'")
}

// allCapitals reports whether w has two letters or more, all of them capitals.
func allCapitals(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// inflectionBase returns the base that an English surface form inflects, so that the forms
// of one word share it:
//
//  1. a possessive 's or ’s (or a final apostrophe) is dropped (by the caller:
//     dropPossessive);
//  2. an acronym, a form whose letters are all capitals, two or more, and which the stem's
//     forms do not also have in lower case (SAR, SARS, U.S.; not a headline's DEMOCRACIES
//     beside democracies), is its base, lowercased and without full stops: its final S
//     is a letter, not a plural ending (SARs is SAR's plural), and U.S. is US;
//  3. otherwise, lowercased, a final -s is dropped unless the word ends in -ss, -us or -is
//     (which covers -es and -ies with step 5), then a final -ing or -ed if three letters or
//     more are left;
//  4. the spelling of the ending is undone: every final e is dropped (agree, agreed,
//     agreeing; house, houses), a final i becomes y (cities, studied), and a final doubled
//     consonant is made single (stopped, stop; falls, fall).
//
// The rule is deterministic and reads the form alone. It does not know irregular forms
// (fell, fall are two bases) nor derivations (international is not internal).
func inflectionBase(w string, acronym bool) string {
	w = strings.ToLower(w)
	if acronym {
		return strings.ReplaceAll(w, ".", "")
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && utf8.RuneCountInString(w) > 3 {
		w = w[:len(w)-1]
	}
	for _, end := range []string{"ing", "ed"} {
		if s, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(s) >= 3 {
			w = s
			break
		}
	}
	w = strings.TrimRight(w, "e")
	if s, ok := strings.CutSuffix(w, "i"); ok {
		w = s + "y"
	}
	if n := len(w); n >= 2 && w[n-1] == w[n-2] && strings.IndexByte("aeiouy", w[n-1]) < 0 && w[n-1] < utf8.RuneSelf {
		w = w[:n-1]
	}
	return w
}

// StemGroupOf returns the stem group of term from its surface forms (each with its count),
// in the analyzer's language, as [Profile.StemAudit] and [Comparison.Merges] give them,
// with Distinct set by the same rule (see [StemGroup]); ok is false unless the forms are
// two words or more once case and apostrophes are normalized. It is for a caller that
// collects a term's forms itself, from profiles that keep one form a term (those of
// [EventCounts]) for instance.
func (an *Analyzer) StemGroupOf(term string, forms []Form) (g StemGroup, ok bool) {
	return stemGroup(term, 1, forms, an.Language)
}
