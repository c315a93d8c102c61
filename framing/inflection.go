package framing

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// distinctWords reports whether the surface forms of one stem are more than the
// inflections of one word: whether they fall into two or more words (forms are one word
// when their possible bases meet, see inflectionBases) and the words other than the most
// used one hold at least one use in distinctShare of the stem's. "election" and
// "elections", "stopped" and "stops", "city" and "cities", "use", "used" and "using",
// "Israeli" and "Israelis" are one word; "emergency" and "emerged", "internal" and
// "international", "authorities" and "author", "SAR" and "SARS" are not, where each is
// used; "state" with 12 "stately" among its 7,590 uses is read as "state".
// russian (or any language but English) gives true for two or more forms: the rule knows
// English endings only, and every merge is then shown.
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
	// Forms are joined, by union-find, when a base of one is a base of the other.
	parent := make([]int, len(forms))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	owner := map[string]int{}
	for i, f := range forms {
		w := dropPossessive(f.Text)
		for _, b := range inflectionBases(w, allCapitals(w) && !lower[strings.ToLower(w)]) {
			if j, ok := owner[b]; ok {
				parent[find(i)] = find(j)
			} else {
				owner[b] = i
			}
		}
	}
	uses := map[int]int{}
	total := 0
	for i, f := range forms {
		uses[find(i)] += f.Count
		total += f.Count
	}
	most := 0
	for _, n := range uses {
		most = max(most, n)
	}
	return len(uses) > 1 && (total-most)*distinctShare >= total
}

// distinctShare is the share, one in distinctShare, of a stem's uses that its words other
// than the most used one must hold for the stem to be Distinct: below it a reader of the
// most used word is right about at least 19 uses in 20. On China Daily against the NYT
// (own voice) it flags 4 of the 24 listed stems (develop: "developed", "developing"
// beside "development"; presid; senat; occupi) where every merge flagged 13, most for a
// handful of uses ("americanism" 1 of 3,353, "lawful" 31 of 4,532).
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

// inflectionBases returns the bases that an English surface form may inflect, so that
// the forms of one word share one (the caller has dropped a possessive 's or ’s and a
// final apostrophe: dropPossessive):
//
//  1. an acronym, a form whose letters are all capitals, two or more, and which the stem's
//     forms do not also have in lower case (SAR, SARS, U.S.; not a headline's DEMOCRACIES
//     beside democracies), has one base, lowercased and without full stops: its final S
//     is a letter, not a plural ending (SARs is SAR's plural), and U.S. is US;
//  2. otherwise the form lowercased is a base, and so is each of these of it: without a
//     final -s (not -ss); without -es, and with -es made -is (analyses, analysis); with
//     -ies made -y (cities, city); then, of each base so far, without a final -ing or -ed
//     (two letters or more left) as it is, with an e put back (using, use; agreed, agree),
//     with a doubled final consonant made single (stopped, stop) and with -ying made -ie
//     (dying, die), and with -ied made -y (studied, study).
//
// Two forms are one word when they share a base. The rule reads the forms alone: it does
// not know irregular forms (fell, fall) nor derivations (international is not internal),
// and a base it guesses can join two words that look like an inflection of one another
// ("united" and "unit", "evening" and "even" are one word to it).
func inflectionBases(w string, acronym bool) []string {
	w = strings.ToLower(w)
	if acronym {
		return []string{strings.ReplaceAll(w, ".", "")}
	}
	out := []string{w}
	if n := utf8.RuneCountInString(w); n > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		out = append(out, w[:len(w)-1])
		if s, ok := strings.CutSuffix(w, "es"); ok {
			out = append(out, s, s+"is")
		}
		if s, ok := strings.CutSuffix(w, "ies"); ok {
			out = append(out, s+"y")
		}
	}
	for _, b := range slices.Clone(out) {
		for _, end := range []string{"ing", "ed"} {
			s, ok := strings.CutSuffix(b, end)
			if !ok || utf8.RuneCountInString(s) < 2 {
				continue
			}
			out = append(out, s, s+"e")
			if n := len(s); n >= 2 && s[n-1] == s[n-2] && strings.IndexByte("aeiouy", s[n-1]) < 0 && s[n-1] < utf8.RuneSelf {
				out = append(out, s[:n-1])
			}
			if t, ok := strings.CutSuffix(s, "y"); ok && end == "ing" {
				out = append(out, t+"ie")
			}
			if t, ok := strings.CutSuffix(s, "i"); ok && end == "ed" {
				out = append(out, t+"y")
			}
		}
	}
	return out
}

// StemGroupOf returns the stem group of term from its surface forms (each with its count),
// in the analyzer's language, as [Profile.StemAudit] and [Comparison.Merges] give them,
// with Distinct set by the same rule (see [StemGroup]); ok is false unless the forms are
// two words or more once case and apostrophes are normalized. A form is counted only if
// its text holds a letter or a digit and its count is positive: an apostrophe alone, an
// empty text or a count of zero or less is no use of a word, and neither joins a group
// nor adds to its Count. It is for a caller that collects a term's forms itself, from
// profiles that keep one form a term (those of [EventCounts]) for instance.
func (an *Analyzer) StemGroupOf(term string, forms []Form) (g StemGroup, ok bool) {
	kept := make([]Form, 0, len(forms))
	for _, f := range forms {
		if f.Count > 0 && strings.ContainsFunc(f.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			kept = append(kept, f)
		}
	}
	return stemGroup(term, 1, kept, an.Language)
}
