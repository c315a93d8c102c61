package framing

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/internal/scan"
	"github.com/framediff/framediff/framing/voices"
)

// ReferentOptions tunes [Analyzer.Labels]. The zero value is the documented default.
type ReferentOptions struct {
	// Background holds the texts whose contexts give the distributional similarity of two
	// labels (PPMI context vectors of the labels' head nouns); nil means the two sides'
	// documents. A larger background (a news archive) gives steadier similarities.
	Background []corpus.Document
	// Window is the context window of the similarity, in counted words on each side
	// (default 5).
	Window int
	// Top keeps the first Top alternatives; 0 keeps them all.
	Top int
	// Width is the runes of context in evidence lines (default 40).
	Width int
}

// ReferentLabels is how two sides refer to one referent.
type ReferentLabels struct {
	Referent string `json:"referent"`
	// Names are the forms of the referent's name the texts use ("Kim Jong Un", "Mr. Kim",
	// "Kim Jong-un"): variants of one name, not alternatives.
	Names []Count `json:"names"`
	// MentionsA and MentionsB count the mentions of the referent by name on each side.
	MentionsA int `json:"mentions_a"`
	MentionsB int `json:"mentions_b"`
	// Labels are the descriptions each side gives it, by head noun: in apposition ("Kim
	// Jong Un, the North Korean leader"), as a title before the name ("North Korean
	// dictator Kim Jong Un"), and as a definite description where the document has linked
	// it to the name ("the dictator" after "dictator Kim Jong Un"). Most used first.
	Labels []ReferentLabel `json:"labels"`
	// Alternatives pair a label side A prefers with one side B prefers, most similar
	// first: candidate alternatives for the same referent.
	Alternatives []LabelAlternative `json:"alternatives"`
}

// A ReferentLabel is one description of a referent, by its head noun.
type ReferentLabel struct {
	Label  string  `json:"label"`   // the head noun, lowercased ("dictator")
	Forms  []Count `json:"forms"`   // the descriptions as written ("North Korean dictator")
	CountA int     `json:"count_a"` // uses on side A
	CountB int     `json:"count_b"` // uses on side B
	// ShareA and ShareB are the label's share of each side's references to the referent
	// (its name mentions and its labels): the label leans to the side with the larger share.
	ShareA   float64 `json:"share_a"`
	ShareB   float64 `json:"share_b"`
	Evidence []Line  `json:"evidence"` // every use, side A's documents first
}

// A LabelAlternative is a label that side A prefers beside one that side B prefers, for
// the same referent.
type LabelAlternative struct {
	A string `json:"a"` // the label (head noun) that leans to side A
	B string `json:"b"` // the label that leans to side B
	// Similarity is the cosine of the two head nouns' PPMI context vectors over the
	// background, in [0, 1]: how interchangeable the words are in general; -1 when one
	// side is the name (NameLabel), which has no such similarity.
	Similarity float64 `json:"similarity"`
	// Lean is how strongly the two lean apart: A's share of side A's references to the
	// referent less its share of B's, plus the same for B the other way.
	Lean   float64 `json:"lean"`
	CountA int     `json:"count_a"` // uses of A on side A
	CountB int     `json:"count_b"` // uses of B on side B
}

// labelStops are words that never head a label: function words the flags miss, and
// nouns of time and quantity.
var labelStops = map[string]bool{"one": true, "who": true, "which": true, "that": true, "time": true, "year": true,
	// modifiers of time and rank that stand before titles: "former FBI Director"
	"former": true, "late": true, "then": true, "current": true, "new": true, "next": true, "previous": true, "top": true,
	"senior": true, "acting": true, "whole": true, "incoming": true, "outgoing": true, "longtime": true, "fellow": true,
	// nouns of time and place that stand before a name without describing it ("the moment Trump")
	"moment": true, "point": true, "era": true, "period": true, "stage": true, "while": true, "place": true,
	"years": true, "day": true, "week": true, "month": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "percent": true, "people": true}

// Labels harvests how two sides refer to a referent (a name such as "Kim Jong Un" or
// "Comey", or a single capitalized word) and pairs the labels each side prefers. Mentions
// are the capitalized runs that contain the referent's last word; the words of the runs are
// the referent's name variants (first name, last name, honorific), never labels. A label
// is the head noun of a description in apposition with a mention, of the words before a
// mention ("President", "North Korean dictator"), or of a definite description that repeats
// a head noun the document has already given the referent. Each label's share of a side's
// references tells which side it leans to; every use comes with its evidence line, single
// uses included.
//
// Alternatives pair each label leaning to A with each leaning to B, ranked by how similar
// the two head nouns are in general: the cosine of their PPMI context vectors over the
// background (the sides' documents unless opts.Background is given), so that "leader" and
// "dictator" rank above "leader" and "talks"; then, when one side calls the referent by
// name more than the other, the name (NameLabel) against each label the other side
// prefers, by how strongly the two lean apart.
func (an *Analyzer) Labels(a, b []corpus.Document, referent string, opts *ReferentOptions) (*ReferentLabels, error) {
	var o ReferentOptions
	if opts != nil {
		o = *opts
	}
	if o.Window == 0 {
		o.Window = 5
	}
	if o.Width <= 0 {
		o.Width = 40
	}
	if o.Window < 0 || o.Top < 0 {
		return nil, errorf(ErrOption, "ReferentOptions: Window and Top must be non-negative")
	}
	words := strings.Fields(referent)
	if len(words) == 0 {
		return nil, errorf(ErrOption, "Labels: empty referent")
	}
	// The words a mention may be found by: the name's capitalized words (first name, last
	// name), not its titles; or its last word.
	var keys []string
	en := voices.LangOf("english")
	for _, w := range words {
		w = strings.Trim(w, ".,")
		if scan.IsCapitalized(w) && len([]rune(w)) >= 3 && en.Classes(w)&(voices.ClassTitle|voices.ClassRole|voices.ClassDet|voices.ClassPrep) == 0 {
			keys = append(keys, w)
		}
	}
	if len(keys) == 0 {
		keys = []string{words[len(words)-1]}
	}
	out := &ReferentLabels{Referent: referent, Names: []Count{}, Labels: []ReferentLabel{}, Alternatives: []LabelAlternative{}}
	type tally struct {
		forms    map[string]int
		count    [2]int
		evidence [2][]Line
	}
	labels := map[string]*tally{}
	names := map[string]int{}
	for side, docs := range [][]corpus.Document{a, b} {
		for di := range docs {
			d := &docs[di]
			seg, err := an.segmented(d)
			if err != nil {
				return nil, err
			}
			h := labelHarvester{seg: seg, keys: keys, suffix: nameSuffixes[strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))]}
			for _, m := range h.harvest() {
				if m.label == "" {
					names[m.form]++
					if side == 0 {
						out.MentionsA++
					} else {
						out.MentionsB++
					}
					continue
				}
				t := labels[m.label]
				if t == nil {
					t = &tally{forms: map[string]int{}}
					labels[m.label] = t
				}
				t.forms[m.form]++
				t.count[side]++
				t.evidence[side] = append(t.evidence[side], lineAt(d, m.start, m.end, o.Width, VoiceNarrative, ""))
			}
		}
	}
	out.Names = sortedCounts(names)
	var refs [2]int
	refs[0], refs[1] = out.MentionsA, out.MentionsB
	for _, t := range labels {
		refs[0] += t.count[0]
		refs[1] += t.count[1]
	}
	for label, t := range labels {
		rl := ReferentLabel{Label: label, Forms: sortedCounts(t.forms), CountA: t.count[0], CountB: t.count[1],
			Evidence: append(t.evidence[0], t.evidence[1]...)}
		if refs[0] > 0 {
			rl.ShareA = float64(t.count[0]) / float64(refs[0])
		}
		if refs[1] > 0 {
			rl.ShareB = float64(t.count[1]) / float64(refs[1])
		}
		out.Labels = append(out.Labels, rl)
	}
	slices.SortFunc(out.Labels, func(x, y ReferentLabel) int {
		return cmp.Or(cmp.Compare(y.CountA+y.CountB, x.CountA+x.CountB), strings.Compare(x.Label, y.Label))
	})
	// Alternatives. The name itself is one side of an alternative when the side that
	// prefers a label refers to the referent by name less often: one side says "Kim", the
	// other "the dictator".
	var leanA, leanB []ReferentLabel
	for _, l := range out.Labels {
		switch {
		case l.ShareA > l.ShareB:
			leanA = append(leanA, l)
		case l.ShareB > l.ShareA:
			leanB = append(leanB, l)
		}
	}
	var nameA, nameB float64
	if refs[0] > 0 {
		nameA = float64(out.MentionsA) / float64(refs[0])
	}
	if refs[1] > 0 {
		nameB = float64(out.MentionsB) / float64(refs[1])
	}
	name := NameLabel
	switch {
	case nameA > nameB:
		for _, y := range leanB {
			out.Alternatives = append(out.Alternatives, LabelAlternative{A: name, B: y.Label, Similarity: -1, CountA: out.MentionsA, CountB: y.CountB,
				Lean: (nameA - nameB) + (y.ShareB - y.ShareA)})
		}
	case nameB > nameA:
		for _, x := range leanA {
			out.Alternatives = append(out.Alternatives, LabelAlternative{A: x.Label, B: name, Similarity: -1, CountA: x.CountA, CountB: out.MentionsB,
				Lean: (x.ShareA - x.ShareB) + (nameB - nameA)})
		}
	}
	sortAlternatives := func() {
		slices.SortFunc(out.Alternatives, func(x, y LabelAlternative) int {
			return cmp.Or(cmp.Compare(y.Similarity, x.Similarity), cmp.Compare(y.Lean, x.Lean), cmp.Compare(y.CountA+y.CountB, x.CountA+x.CountB),
				strings.Compare(x.A, y.A), strings.Compare(x.B, y.B))
		})
		if o.Top > 0 && len(out.Alternatives) > o.Top {
			out.Alternatives = out.Alternatives[:o.Top]
		}
	}
	bg := o.Background
	if bg == nil {
		bg = append(slices.Clone(a), b...)
	}
	var heads []string
	for _, l := range out.Labels {
		heads = append(heads, l.Label)
	}
	vecs, nouns, err := an.headContexts(bg, heads, o.Window)
	if err != nil {
		return nil, err
	}
	keep := func(l ReferentLabel) bool { return nouns[l.Label] }
	leanA = slices.DeleteFunc(leanA, func(l ReferentLabel) bool { return !keep(l) })
	leanB = slices.DeleteFunc(leanB, func(l ReferentLabel) bool { return !keep(l) })
	out.Alternatives = slices.DeleteFunc(out.Alternatives, func(a LabelAlternative) bool {
		return a.A != NameLabel && !nouns[a.A] || a.B != NameLabel && !nouns[a.B]
	})
	for _, x := range leanA {
		for _, y := range leanB {
			out.Alternatives = append(out.Alternatives, LabelAlternative{A: x.Label, B: y.Label,
				Similarity: cosineMaps(vecs[x.Label], vecs[y.Label]), CountA: x.CountA, CountB: y.CountB,
				Lean: (x.ShareA - x.ShareB) + (y.ShareB - y.ShareA)})
		}
	}
	sortAlternatives()
	return out, nil
}

// NameLabel stands for the referent's name in a [LabelAlternative]: one side calls it by
// name where the other labels it.
const NameLabel = "<name>"

// labelMention is a name mention (label "") or a label of the referent.
type labelMention struct {
	label      string // the head noun, lowercased; "" for a name mention
	form       string // as written
	start, end int
}

// labelHarvester finds the mentions and labels of a referent in one document.
type labelHarvester struct {
	seg    *tagged
	keys   []string // the words of the referent's name
	suffix bool     // the referent's name ends with Jr., Sr. or a numeral (II, III)
}

// generational suffixes of names
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// hasSuffixWord reports whether the run [i, j) or the word after it is a generational
// suffix.
func hasSuffixWord(s *tagged, i, j int) bool {
	for k := i; k < j+1 && k < len(s.toks); k++ {
		if nameSuffixes[strings.ToLower(strings.TrimSuffix(s.word(k), "."))] && (k < j || s.toks[k].Clause == s.toks[j-1].Clause) {
			return true
		}
	}
	return false
}

func (h *labelHarvester) harvest() []labelMention {
	s := h.seg
	var out []labelMention
	heads := map[string]bool{} // the heads given to the referent so far
	for k := 0; k < len(s.toks); k++ {
		if !slices.Contains(h.keys, s.word(k)) {
			continue
		}
		// The capitalized run around the mention: the name as written.
		i, j := k, k+1
		for i > 0 && s.toks[i-1].Cap && s.toks[i-1].Clause == s.toks[k].Clause && s.toks[i-1].Class&(voices.ClassDet|voices.ClassPrep|voices.ClassConj|voices.ClassVerb) == 0 &&
			s.toks[i-1].Class&(voices.ClassTitle|voices.ClassRole) == 0 {
			i--
		}
		for j < len(s.toks) && s.toks[j].Cap && s.toks[j].Clause == s.toks[k].Clause && s.toks[j].Class&(voices.ClassPrep|voices.ClassConj|voices.ClassVerb) == 0 {
			j++
		}
		// "Donald Trump Jr." is not "Donald Trump": a generational suffix must agree.
		if hasSuffixWord(s, i, j) != h.suffix {
			k = j - 1
			continue
		}
		out = append(out, labelMention{form: s.span(i, j), start: s.toks[i].Start, end: s.toks[j-1].End})
		k = j - 1 // one mention per run of the name
		if s.toks[j-1].Class&voices.ClassOrg != 0 {
			// An organization ("Justice Department"): the words before it are part of its
			// name, not a title.
			continue
		}
		// The words before the name: a title or a description ending right before it.
		if p := i - 1; p >= 0 && s.toks[p].Clause == s.toks[i].Clause && !s.toks[p].Poss && h.titleLike(p) {
			if head := h.headAt(p); head != "" {
				from := h.descriptionStart(p)
				out = append(out, labelMention{label: head, form: s.span(from, p+1), start: s.toks[from].Start, end: s.toks[p].End})
				heads[head] = true
			}
		}
		// An apposition after the name: "Kim Jong Un, the North Korean leader,".
		if j < len(s.toks) && s.toks[j].Clause != s.toks[j-1].Clause && s.toks[j].Sentence == s.toks[j-1].Sentence &&
			s.toks[j].Class&voices.ClassDet != 0 && !h.clauseHasVerb(j) {
			if e, head := h.npHead(j); head != "" {
				out = append(out, labelMention{label: head, form: s.span(j, e), start: s.toks[j].Start, end: s.toks[e-1].End})
				heads[head] = true
			}
		}
		// An apposition before it: "the North Korean leader, Kim Jong Un".
		if i > 0 && s.toks[i-1].Clause != s.toks[i].Clause && s.toks[i-1].Sentence == s.toks[i].Sentence {
			c := s.toks[i-1].Clause
			st := i - 1
			for st > 0 && s.toks[st-1].Clause == c {
				st--
			}
			if s.toks[st].Class&voices.ClassDet != 0 && i-1-st < 7 {
				if e, head := h.npHead(st); head != "" && e == i {
					out = append(out, labelMention{label: head, form: s.span(st, e), start: s.toks[st].Start, end: s.toks[e-1].End})
					heads[head] = true
				}
			}
		}
	}
	// Definite descriptions that repeat a head the document gave the referent: "the leader".
	if len(heads) > 0 {
		for k := 0; k+1 < len(s.toks); k++ {
			if !strings.EqualFold(s.word(k), "the") {
				continue
			}
			e, head := h.npHead(k)
			if head == "" || !heads[head] || e < len(s.toks) && slices.Contains(h.keys, s.word(e)) {
				continue
			}
			if covered(out, s.toks[k].Start) {
				continue
			}
			out = append(out, labelMention{label: head, form: s.span(k, e), start: s.toks[k].Start, end: s.toks[e-1].End})
		}
	}
	slices.SortFunc(out, func(x, y labelMention) int { return cmp.Compare(x.start, y.start) })
	return out
}

// clauseHasVerb reports whether the clause of token i has a reporting verb or an
// auxiliary: "…, a spokesperson for the command said" opens a clause, not an apposition.
func (h *labelHarvester) clauseHasVerb(i int) bool {
	s := h.seg
	for k := i; k < len(s.toks) && s.toks[k].Clause == s.toks[i].Clause; k++ {
		if s.toks[k].Class&(voices.ClassVerb|voices.ClassAux) != 0 && !s.toks[k].Cap {
			return true
		}
	}
	return false
}

func covered(ms []labelMention, pos int) bool {
	for _, m := range ms {
		if m.start <= pos && pos < m.end {
			return true
		}
	}
	return false
}

// headAt returns the label that token p heads, lowercased, or "": a noun-like word (a
// lower-case content word, or a capitalized title or role such as "President").
func (h *labelHarvester) headAt(p int) string {
	s := h.seg
	t := s.toks[p]
	if t.Class&(voices.ClassDet|voices.ClassPrep|voices.ClassConj|voices.ClassVerb|voices.ClassAux|voices.ClassThat|voices.ClassWho|voices.ClassSubject|voices.ClassNeg|voices.ClassTime) != 0 && t.Class&(voices.ClassRole|voices.ClassTitle) == 0 {
		return ""
	}
	w := strings.ToLower(strings.TrimSuffix(s.word(p), "."))
	if t.Cap && t.Class&(voices.ClassRole|voices.ClassTitle) == 0 {
		return "" // a capitalized word that is no title: part of a name
	}
	if labelStops[w] || len([]rune(w)) < 3 || strings.HasSuffix(w, "ly") || isNumber(w) {
		return ""
	}
	return voices.Role(w)
}

// titleLike reports whether token p, right before a name, describes it: a title or role
// ("President", "spokesman"), or a noun after a determiner or a capitalized modifier ("the
// dictator Kim", "North Korean dictator Kim"); not a verb or other word that happens to
// stand before a name ("exiting Trump").
func (h *labelHarvester) titleLike(p int) bool {
	s := h.seg
	t := s.toks[p]
	if t.Class&(voices.ClassRole|voices.ClassTitle) != 0 && t.Cap {
		return true // "President Kim"; a lower-case "judge Soloria" may be a verb
	}
	w := strings.ToLower(s.word(p))
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
		return false
	}
	if p == 0 || s.toks[p-1].Clause != t.Clause {
		return false
	}
	prev := s.toks[p-1]
	return prev.Class&voices.ClassDet != 0 || prev.Cap && prev.Class&(voices.ClassPrep|voices.ClassConj|voices.ClassVerb|voices.ClassSubject) == 0
}

// descriptionStart returns where the description ending at token p starts: back over
// adjectives and names that modify it ("North Korean dictator"), after a determiner.
func (h *labelHarvester) descriptionStart(p int) int {
	s := h.seg
	from := p
	for from > 0 && p-from < 4 && s.toks[from-1].Clause == s.toks[p].Clause &&
		s.toks[from-1].Class&(voices.ClassDet|voices.ClassPrep|voices.ClassConj|voices.ClassVerb|voices.ClassAux|voices.ClassThat|voices.ClassWho|voices.ClassSubject) == 0 {
		from--
	}
	return from
}

// npHead reads a noun phrase from token i (a determiner) to the end of its clause or a
// preposition, relative or verb: it returns the token after the phrase and its head (the
// last word), or "".
func (h *labelHarvester) npHead(i int) (int, string) {
	s := h.seg
	c := s.toks[i].Clause
	e := i + 1
	for e < len(s.toks) && s.toks[e].Clause == c && e-i < 7 &&
		s.toks[e].Class&(voices.ClassPrep|voices.ClassConj|voices.ClassVerb|voices.ClassAux|voices.ClassThat|voices.ClassWho|voices.ClassSubject|voices.ClassDet) == 0 {
		e++
	}
	if e == i+1 {
		return e, ""
	}
	return e, h.headAt(e - 1)
}

// headContexts returns, for each head, its PPMI context vector over the texts (counted
// words within window on each side, in their sentence), normalized to length 1.
func (an *Analyzer) headContexts(texts []corpus.Document, heads []string, window int) (map[string]map[string]float64, map[string]bool, error) {
	want := map[string]bool{}
	for _, h := range heads {
		want[h] = true
	}
	all := *an
	all.Voices = AllVoices
	da := docAnalyzer{an: &all}
	co := map[string]map[string]float64{}
	ctxTotal := map[string]float64{}
	usage := map[string][3]int{} // occurrences, after a determiner, before a content word
	for i := range texts {
		toks, w, err := da.tokens(&texts[i])
		if err != nil {
			return nil, nil, err
		}
		// How each head is used: after a determiner, or before a content word as a
		// modifier ("former", "terrible").
		vl := voices.LangOf(w.set.lang.name)
		for k, t := range toks {
			head := voices.Role(strings.ToLower(strings.TrimSuffix(t.Surface(texts[i].Text), ".")))
			if !want[head] {
				continue
			}
			u := usage[head]
			u[0]++
			if k > 0 && toks[k-1].Clause == t.Clause && vl.Classes(toks[k-1].Surface(texts[i].Text))&voices.ClassDet != 0 {
				u[1]++
			}
			if k+1 < len(toks) && toks[k+1].Clause == t.Clause && toks[k+1].Counted() && !scan.IsCapitalized(toks[k+1].Surface(texts[i].Text)) {
				u[2]++ // a modifier of another word
			}
			usage[head] = u
		}
		var kept []Token
		for _, t := range toks {
			if t.Counted() {
				kept = append(kept, t)
			}
		}
		for k, t := range kept {
			head := voices.Role(strings.ToLower(strings.TrimSuffix(t.Surface(texts[i].Text), ".")))
			if !want[head] {
				continue
			}
			if co[head] == nil {
				co[head] = map[string]float64{}
			}
			for j := max(0, k-window); j <= min(len(kept)-1, k+window); j++ {
				if j == k || kept[j].Sentence != t.Sentence {
					continue
				}
				co[head][kept[j].Term]++
				ctxTotal[kept[j].Term]++
			}
		}
	}
	out := map[string]map[string]float64{}
	headTotal := map[string]float64{}
	for h, m := range co {
		for _, n := range m {
			headTotal[h] += n
		}
	}
	sumAlpha := 0.0
	for _, n := range ctxTotal {
		sumAlpha += math.Pow(n, 0.75)
	}
	for h, m := range co {
		v := map[string]float64{}
		norm := 0.0
		for c, n := range m {
			// PPMI with context-distribution smoothing (alpha 0.75, Levy et al. 2015):
			// log P(h, c) / (P(h) P_0.75(c)).
			pmi := math.Log(n * sumAlpha / (headTotal[h] * math.Pow(ctxTotal[c], 0.75)))
			if pmi > 0 {
				v[c] = pmi
				norm += pmi * pmi
			}
		}
		norm = math.Sqrt(norm)
		for c := range v {
			v[c] /= norm
		}
		out[h] = v
	}
	// A head noun is found after a determiner, and mostly not before another content word
	// (which makes it a modifier); too few uses say nothing against it.
	nouns := map[string]bool{}
	for _, h := range heads {
		u := usage[h]
		nouns[h] = u[0] < 3 || 5*u[1] >= u[0] && 2*u[2] < u[0]
	}
	return out, nouns, nil
}

// A ReferentSuggestion is a name both sides mention: a referent for [Analyzer.Labels].
type ReferentSuggestion struct {
	Name   string `json:"name"`    // its most frequent full form ("Kim Jong Un")
	Key    string `json:"key"`     // its last word, by which mentions are found ("Un")
	CountA int    `json:"count_a"` // mentions on side A
	CountB int    `json:"count_b"` // mentions on side B
}

// SuggestReferents proposes referents for [Analyzer.Labels]: names (runs of capitalized
// words, titles left out, ending in the same word) that each side mentions at least
// minCount times (0 means 2), used as nouns (not "North Korean" in "North Korean leader"),
// and not days or months; most mentioned by the less frequent side first, then by name; at
// most k (0 means 10).
func (an *Analyzer) SuggestReferents(a, b []corpus.Document, minCount, k int) ([]ReferentSuggestion, error) {
	if minCount <= 0 {
		minCount = 2
	}
	if k <= 0 {
		k = 10
	}
	type tally struct {
		n        [2]int
		forms    map[string]int
		modifier int // uses before a lower-case word
	}
	byKey := map[string]*tally{}
	for side, docs := range [][]corpus.Document{a, b} {
		for di := range docs {
			s, err := an.segmented(&docs[di])
			if err != nil {
				return nil, err
			}
			titleCase := titleCaseSentences(s)
			for i := 0; i < len(s.toks); {
				t := s.toks[i]
				if !t.Cap || titleCase[t.Sentence] || t.Class&(voices.ClassDet|voices.ClassPrep|voices.ClassConj|voices.ClassVerb|voices.ClassAux|voices.ClassThat|voices.ClassWho|voices.ClassSubject|voices.ClassTime|voices.ClassTitle|voices.ClassRole|voices.ClassNeg) != 0 {
					i++
					continue
				}
				j := i + 1
				for j < len(s.toks) && s.toks[j].Cap && s.toks[j].Clause == t.Clause &&
					s.toks[j].Class&(voices.ClassPrep|voices.ClassConj|voices.ClassVerb|voices.ClassAux|voices.ClassThat|voices.ClassWho|voices.ClassSubject|voices.ClassTime|voices.ClassNeg) == 0 {
					if s.toks[j].Class&(voices.ClassTitle|voices.ClassRole) != 0 {
						i = j + 1 // "Committee Chairman Devin Nunes": the name starts after the title
					}
					j++
				}
				if i >= j {
					i = j
					continue
				}
				start := i
				i = j
				if j == start+1 && (start == 0 || s.toks[start-1].Sentence != t.Sentence) {
					continue // one word opening a sentence: no evidence of a name
				}
				if j < len(s.toks) && s.toks[j].Clause == s.toks[j-1].Clause && !s.toks[j].Cap && !s.toks[j-1].Poss &&
					s.toks[j].Class&(voices.ClassRole|voices.ClassTitle|voices.ClassOrg) != 0 {
					continue // a modifier: "North Korean leader", "White House official"
				}
				key := s.word(j - 1)
				tl := byKey[key]
				if tl == nil {
					tl = &tally{forms: map[string]int{}}
					byKey[key] = tl
				}
				if j < len(s.toks) && s.toks[j].Clause == s.toks[j-1].Clause && !s.toks[j].Cap && !s.toks[j-1].Poss &&
					s.toks[j].Class&(voices.ClassPrep|voices.ClassConj|voices.ClassVerb|voices.ClassAux|voices.ClassThat|voices.ClassWho|voices.ClassSubject|voices.ClassDet|voices.ClassNeg) == 0 {
					tl.modifier++ // "Russian hackers": used as an adjective
				}
				tl.n[side]++
				tl.forms[s.span(start, j)]++
			}
		}
	}
	// Keys that are words of another key's name ("Kim" and "Kim Jong Un") are one referent,
	// under the key mentioned most.
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range byKey {
			if !yield(k) {
				return
			}
		}
	})
	for changed := true; changed; {
		changed = false
		for _, key := range keys {
			tl := byKey[key]
			if tl == nil {
				continue
			}
			for _, other := range keys {
				ot := byKey[other]
				if other == key || ot == nil || ot.n[0]+ot.n[1] < tl.n[0]+tl.n[1] {
					continue
				}
				if formsHave(ot.forms, key) || formsHave(tl.forms, other) {
					ot.n[0] += tl.n[0]
					ot.n[1] += tl.n[1]
					ot.modifier += tl.modifier
					for f, c := range tl.forms {
						ot.forms[f] += c
					}
					delete(byKey, key)
					changed = true
					break
				}
			}
		}
	}
	var out []ReferentSuggestion
	for key, tl := range byKey {
		if tl.n[0] < minCount || tl.n[1] < minCount || demonym(key) && 2*tl.modifier >= tl.n[0]+tl.n[1] {
			continue // too rare, or mostly an adjective ("Russian hackers")
		}
		out = append(out, ReferentSuggestion{Name: longestFrequentForm(tl.forms), Key: key, CountA: tl.n[0], CountB: tl.n[1]})
	}
	slices.SortFunc(out, func(x, y ReferentSuggestion) int {
		return cmp.Or(cmp.Compare(min(y.CountA, y.CountB), min(x.CountA, x.CountB)), strings.Compare(x.Name, y.Name))
	})
	if len(out) > k {
		out = out[:k]
	}
	return out, nil
}

// mostFrequentForm returns the most frequent key, ties by the longer, then the smaller.
func mostFrequentForm(m map[string]int) string {
	best, n := "", -1
	for k, c := range m {
		if c > n || c == n && (len(k) > len(best) || len(k) == len(best) && k < best) {
			best, n = k, c
		}
	}
	return best
}

// longestFrequentForm returns the longest form used more than once (or the most frequent):
// "Kim Jong Un" over "Kim".
func longestFrequentForm(m map[string]int) string {
	best := ""
	for k, c := range m {
		if c > 1 && (len(strings.Fields(k)) > len(strings.Fields(best)) || len(strings.Fields(k)) == len(strings.Fields(best)) && (best == "" || m[k] > m[best] || m[k] == m[best] && k < best)) {
			best = k
		}
	}
	if best == "" {
		return mostFrequentForm(m)
	}
	return best
}

// titleCaseSentences returns the sentences written in title case (headlines: most words
// capitalized), whose capitals say nothing about names.
func titleCaseSentences(s *tagged) map[int]bool {
	out := map[int]bool{}
	for k := 0; k < len(s.toks); {
		sent := s.toks[k].Sentence
		n, caps := 0, 0
		for ; k < len(s.toks) && s.toks[k].Sentence == sent; k++ {
			if s.toks[k].Class&(voices.ClassDet|voices.ClassPrep|voices.ClassConj) != 0 {
				continue // small words stay lower case in titles
			}
			n++
			if s.toks[k].Cap {
				caps++
			}
		}
		if n >= 4 && caps*10 >= n*8 {
			out[sent] = true
		}
	}
	return out
}

// formsHave reports whether a form used more than once, or the most frequent, has word.
func formsHave(forms map[string]int, word string) bool {
	top := mostFrequentForm(forms)
	for f, c := range forms {
		if (c > 1 || f == top) && slices.Contains(strings.Fields(f), word) {
			return true
		}
	}
	return false
}

// demonym reports whether a word looks like an adjective of nationality ("Russian",
// "Korean", "Chinese", "British", "Israeli"), which names a people only as a noun.
func demonym(w string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "an", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// tagged is a document's tokens with their word classes (see [voices.Scan]), for the
// label harvester.
type tagged struct {
	text string
	toks []voices.Token
}

func (s *tagged) word(k int) string { return s.text[s.toks[k].Start:s.toks[k].End] }

// span returns the text of tokens [from, to), runs of space made one.
func (s *tagged) span(from, to int) string {
	return strings.Join(strings.Fields(s.text[s.toks[from].Start:s.toks[to-1].End]), " ")
}

// segmented returns d's tokens with their word classes, in d's language.
func (an *Analyzer) segmented(d *corpus.Document) (*tagged, error) {
	lang, err := an.resolved(d.Language)
	if err != nil {
		return nil, err
	}
	return &tagged{text: d.Text, toks: voices.Scan(d.Text, voices.LangOf(lang.name), nil)}, nil
}
