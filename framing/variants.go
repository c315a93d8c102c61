package framing

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// A VariantGroup is a set of terms that may be one word spelled differently.
type VariantGroup struct {
	// Reason is "spelling" (the same letters up to case, hyphens, periods and spaces:
	// "F.B.I." and "FBI", "asylum-seekers" and "asylum seekers") or "listed" (a pair the
	// caller listed, such as Kiev and Kyiv).
	Reason string        `json:"reason"`
	Key    string        `json:"key"`   // the letters they share, or the listed pair joined by "/"
	Terms  []VariantTerm `json:"terms"` // most frequent first
	Count  int           `json:"count"` // occurrences of them all
}

// A VariantTerm is one term of a VariantGroup, with its surface forms.
type VariantTerm struct {
	Term  string `json:"term"`
	N     int    `json:"n"` // 1 for words, 2 or 3 for n-grams
	Count int    `json:"count"`
	Forms []Form `json:"forms"`
}

// FindVariants reports the terms of the profiles that may be one word spelled differently,
// without merging them: spelling variants found automatically (the same letters once case,
// hyphens, periods and spaces are left out; two-word forms are found when the profiles count
// bigrams), and the pairs the caller lists (transliterations such as {"Kiev", "Kyiv"}) that
// both occur. To count a group as one term, list its spellings in [Analyzer.Variants]
// (single words) or protect a phrase. Groups come most frequent first.
func FindVariants(known [][2]string, profiles ...*Profile) []VariantGroup {
	type entry struct {
		VariantTerm
	}
	terms := map[string]*entry{}
	var order []string
	for _, p := range profiles {
		if p == nil {
			continue
		}
		for _, ts := range p.Terms() {
			e := terms[ts.Term]
			if e == nil {
				e = &entry{VariantTerm: VariantTerm{Term: ts.Term, N: ts.N}}
				terms[ts.Term] = e
				order = append(order, ts.Term)
			}
			e.Count += ts.Count
			for _, f := range ts.Forms {
				i := slices.IndexFunc(e.Forms, func(g Form) bool { return g.Text == f.Text })
				if i < 0 {
					e.Forms = append(e.Forms, f)
				} else {
					e.Forms[i].Count += f.Count
				}
			}
		}
	}
	byKey := map[string][]string{}
	for _, t := range order {
		e := terms[t]
		seen := map[string]bool{}
		for _, f := range e.Forms {
			k := letterKey(f.Text)
			if len([]rune(k)) < 2 || seen[k] {
				continue
			}
			seen[k] = true
			byKey[k] = append(byKey[k], t)
		}
	}
	var out []VariantGroup
	group := func(reason, key string, ts []string) {
		g := VariantGroup{Reason: reason, Key: key}
		for _, t := range ts {
			e := terms[t]
			vt := e.VariantTerm
			vt.Forms = slices.Clone(vt.Forms)
			slices.SortFunc(vt.Forms, func(a, b Form) int { return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Text, b.Text)) })
			g.Terms = append(g.Terms, vt)
			g.Count += vt.Count
		}
		slices.SortFunc(g.Terms, func(a, b VariantTerm) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Term, b.Term))
		})
		out = append(out, g)
	}
	for k, ts := range byKey {
		ts = uniq(ts)
		if len(ts) >= 2 {
			group("spelling", k, ts)
		}
	}
	withForm := func(w string) []string {
		var out []string
		for _, t := range order {
			if slices.ContainsFunc(terms[t].Forms, func(f Form) bool { return strings.EqualFold(f.Text, w) }) {
				out = append(out, t)
			}
		}
		return out
	}
	for _, pair := range known {
		a, b := withForm(pair[0]), withForm(pair[1])
		if len(a) > 0 && len(b) > 0 {
			group("listed", pair[0]+"/"+pair[1], uniq(append(a, b...)))
		}
	}
	slices.SortFunc(out, func(a, b VariantGroup) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Reason, b.Reason), strings.Compare(a.Key, b.Key))
	})
	return out
}

// letterKey returns the letters and digits of s in lower case.
func letterKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func uniq(ts []string) []string {
	slices.Sort(ts)
	return slices.Compact(ts)
}
