package framing

// Labels of a description: the constructions that link a label to a mention by name link
// it to a definite description of the same referent too, since both are mentions of one
// coreference cluster (OntoNotes 5.0 guidelines, BBN 2007: an appositive or a predicate
// nominative corefers with whichever mention it attaches to). After "the organization"
// has been found to be the Progress Council's, "the organization was a target of the
// prank" gives the Council "target", and "the party's leaders" gives the party "leaders".
// The rules, chosen on the "tune" half of NewsWCL50's development events, are those of
// the mentions by name: a predicate nominal after a copula or a verb of office (see
// predicate), an apposition set off by commas right after the description (see
// apposition), and, for a place or a body, one of its own people or institutions after
// its possessive (see ownNoun).

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
)

// describedLabels adds the labels linked to the definite description of referent ref
// that spans tokens [k, end) and has its head at hd.
func (h *labelHarvest) describedLabels(s *tagged, k, hd, end, ref int, add func(int, string, string, int, int)) {
	toks := s.toks
	if end >= len(toks) {
		return
	}
	if toks[hd].Poss {
		// "the party's leaders": a place's or a body's own.
		if h.titled[ref] || toks[end].Clause != toks[hd].Clause || toks[end].Cap {
			return
		}
		e, x := h.np(s, end)
		if x >= 0 && h.ownNoun(ref, lower(s, x)) && !h.usedIn(end, e) && !(e < len(toks) && toks[e].Cap && s.joined(e-1)) {
			add(ref, h.headAt(s, x), "possessive", k, x+1)
		}
		return
	}
	// An apposition after it: "the party, a coalition of unions,".
	if toks[end].Sentence == toks[hd].Sentence && toks[end].Clause != toks[hd].Clause && commaOnly(s.gap(hd)) {
		if from, to, head := h.apposition(s, end); head != "" && h.fits(ref, head, toks[to-1].Class) && !h.usedIn(from, to) {
			add(ref, head, "apposition", from, to)
			h.freePossessor(s, from, to)
		}
		return
	}
	// A predicate nominal: "the organization was a target".
	if toks[end].Clause == toks[hd].Clause && h.subject(s, k) && !strings.EqualFold(s.word(end), "of") &&
		toks[end].Class&voices.ClassPrep == 0 {
		h.predicate(s, end, ref, add)
	}
}

// usedIn reports whether a token of [from, to) is already part of a label or mention.
func (h *labelHarvest) usedIn(from, to int) bool {
	for x := from; x < to && x < len(h.used); x++ {
		if h.used[x] {
			return true
		}
	}
	return false
}

// countTitleMods counts the capitalized modifiers of the title or the description right
// before a person's name in the name run r, a mention of referent ref ("FBI" of "former
// FBI Director Ivo Marek" and of "the former FBI director Ivo Marek"), for modHolders.
func (h *labelHarvest) countTitleMods(s *tagged, r nameRun, ref int) {
	toks := s.toks
	var from, p int
	switch q := r.from - 1; {
	case r.title < r.from:
		from, p = h.modifiersBefore(s, r.title), r.from-1
	case q >= 0 && s.joined(q) && !toks[q].Cap && toks[q].Class&classTitle != 0:
		from, p = h.modifiersBefore(s, q), q
	default:
		return
	}
	if h.titleMods == nil {
		h.titleMods = map[string]map[int]int{}
	}
	for _, w := range capitalizedModifiers(s.span(from, p+1), voices.Role(lower(s, p))) {
		if lw := strings.ToLower(w); labelStops[lw] || pastOffice[lw] || demonym(w) || voices.LangOf("english").Classes(lw)&classTimeWord != 0 {
			continue // "Former"; an adjective of nationality, which many share ("Chinese"); a day's name ("On Friday former FBI Director ...")
		}
		if h.titleMods[w] == nil {
			h.titleMods[w] = map[int]int{}
		}
		h.titleMods[w][ref]++
	}
}

// modHolders returns the capitalized modifiers that one person's titles hold across the
// documents, as holders does for the titles' heads: written in the title before its name
// at least twice, and at least twice as often as before any other referent's. A document
// that names "Lumen director Ivo Marek" elsewhere may call him "the former Lumen chief".
func (h *labelHarvest) modHolders() map[string]int {
	out := map[string]int{}
	for _, w := range slices.Sorted(maps.Keys(h.titleMods)) {
		best, n, second := -1, 0, 0
		for _, ref := range slices.Sorted(maps.Keys(h.titleMods[w])) {
			if c := h.titleMods[w][ref]; c > n {
				best, n, second = ref, c, n
			} else {
				second = max(second, c)
			}
		}
		if n >= 2 && n >= 2*second && h.titled[best] {
			out[w] = best
		}
	}
	return out
}

// heldModifier returns the one person whose titles across the documents hold a
// capitalized modifier among tokens [from, to) (see modHolders), or -1 when none or
// several do.
func (h *labelHarvest) heldModifier(s *tagged, from, to int) int {
	ref := -1
	for x := from; x < to; x++ {
		if !s.toks[x].Cap {
			continue
		}
		r, ok := h.heldMods[strings.TrimSuffix(s.word(x), ".")]
		if !ok {
			continue
		}
		if ref >= 0 && r != ref {
			return -1
		}
		ref = r
	}
	return ref
}

// A deferredDescription is a definite description whose head no name in its document was
// given, with the referents named in its sentence or the one before that it may be, the
// latest named first.
type deferredDescription struct {
	use   labelUse // ref unset
	cands []int
}

// describingKinds are the constructions that give a referent a head across the
// documents (see resolveDeferred): those that describe it, not those that name its
// people or institutions.
var describingKinds = map[string]bool{"apposition": true, "predicate": true, "premodifier": true}

// deferDescription records the definite description [k, hd] with head label, which no name
// in its document was given, for resolveDeferred: the referents named so far (named) whose
// latest mention (lastSentence) is in its sentence or the one before, that it fits (a person's head is a noun for a person; a
// place's or a body's description has no modifier that is another's or new to the
// document's labels of it, givenWords).
func (h *labelHarvest) deferDescription(s *tagged, d *corpus.Document, side, k, hd int, label string, named []int, lastSentence map[int]int, givenWords map[int]map[string]bool) {
	toks := s.toks
	var cands []int
	for _, r := range named {
		h.work++
		if lastSentence[r] < toks[k].Sentence-1 {
			continue
		}
		if h.titled[r] && !strictPersonNoun(label, toks[hd].Class) {
			continue
		}
		if !h.titled[r] && (h.othersModifier(s, k+1, hd, r) || h.newModifier(s, k+1, hd, givenWords[r])) {
			continue
		}
		cands = append(cands, r)
	}
	if len(cands) == 0 {
		return
	}
	slices.SortFunc(cands, func(x, y int) int { return cmp.Or(cmp.Compare(lastSentence[y], lastSentence[x]), cmp.Compare(x, y)) })
	h.deferred = append(h.deferred, deferredDescription{labelUse{side: side, doc: d, label: label, kind: "description",
		form: s.span(k, hd+1), start: toks[k].Start, end: toks[hd].End}, cands})
}

// resolveDeferred gives each deferred description to the referent, among those it may
// be, that holds its head across the documents: the head given it in an apposition, a
// predicate nominal or a description before its name at least twice, and at least twice
// as often as to any other referent (as holders does for titles). "The dictator" after
// "Ri" in a document that never calls him so is his if others call him "Ri, the
// dictator," and "dictator Ri"; the latest named such referent if several hold the head
// (they cannot, by the rule above, so the first is the one).
func (h *labelHarvest) resolveDeferred() {
	if len(h.deferred) == 0 {
		return
	}
	counts := map[string]map[int]int{}
	for _, u := range h.found {
		h.work++
		if u.label == "" || !describingKinds[u.kind] {
			continue
		}
		if counts[u.label] == nil {
			counts[u.label] = map[int]int{}
		}
		counts[u.label][u.ref]++
	}
	holder := map[string]int{}
	for _, head := range slices.Sorted(maps.Keys(counts)) {
		best, n, second := -1, 0, 0
		for _, ref := range slices.Sorted(maps.Keys(counts[head])) {
			if c := counts[head][ref]; c > n {
				best, n, second = ref, c, n
			} else {
				second = max(second, c)
			}
		}
		if n >= 2 && n >= 2*second {
			holder[head] = best
		}
	}
	for _, dd := range h.deferred {
		h.work++
		r, ok := holder[dd.use.label]
		if ok && slices.Contains(dd.cands, r) {
			u := dd.use
			u.ref = r
			h.found = append(h.found, u)
		}
	}
	h.deferred = h.deferred[:0]
}

// strictPersonNoun is personNoun without the endings that as many nouns for things have
// ("-ent", "-ant": "government", "continent"), for a description no one in its
// document was given: a title or role, a noun from personNouns, or a noun ending as an
// agent's does ("-er", "-or", "-ist", "-ian", "-man").
func strictPersonNoun(w string, class voices.Class) bool {
	if personNouns[w] || class&classTitle != 0 {
		return true
	}
	return personNoun(w, class) && !strings.HasSuffix(w, "ent") && !strings.HasSuffix(w, "ant")
}

// headAttributive adds the attributive label at token k when it is the organization's word
// that ends the name of a body named in its sentence or the one before, the only such
// body, before one of the body's own nouns: "party officials" after "the Progress Party",
// as "Progress Party officials" would be (see attributive). Not after a capitalized word
// or a possessive ("House committee members", "the union's party officials" are others').
func (h *labelHarvest) headAttributive(s *tagged, k int, named []int, lastSentence map[int]int, add func(int, string, string, int, int)) {
	toks := s.toks
	n := k + 1
	if n >= len(toks) || toks[n].Clause != toks[k].Clause || toks[n].Cap || h.used[n] || !s.joined(k) {
		return
	}
	if p := k - 1; p >= 0 && toks[p].Clause == toks[k].Clause && (toks[p].Cap || toks[p].Poss) {
		return
	}
	w := lower(s, k)
	ref := -1
	for _, r := range named {
		h.work++
		if h.m.heads[r] != w || h.titled[r] || lastSentence[r] < toks[k].Sentence-1 {
			continue
		}
		if ref >= 0 {
			return // two bodies end with the word
		}
		ref = r
	}
	if ref < 0 {
		return
	}
	if end, hd := h.np(s, n); hd != n || !h.ownNoun(ref, lower(s, n)) || end < len(toks) && toks[end].Cap && s.joined(end-1) {
		return
	}
	add(ref, h.headAt(s, n), "attributive", k, n+1)
}
