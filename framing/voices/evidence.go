package voices

// Evidence that speaks: a record or a measurement (evidenceNouns) with a verb of showing
// or finding, as PolNeAR annotates it ("a poll showed Ruiz leading", "records show …").
// Beside those of reported.go, a participle of showing or finding right after a record is
// the record's report, though "show" and "find" are verbs of thinking, whose participles
// after a noun attribute nothing ("voters hoping to …"): "surveys showing her far behind",
// "a study finding that …". Its content ends with its clause ("Despite polls showing her
// behind, Ruiz campaigned": not the main clause), and its source is the record without
// the phrase it ends ("after a fresh survey showing …": "a fresh survey").
//
// A record with a phrase of its own before "show" or "find" is the verb's subject, not
// the name that ends the phrase: "The survey by Lena Varga showed …" is the survey's, its
// source "The survey by Lena Varga" (recordBeforeAgent).

// evidenceParticiple reports whether token k is a participle of showing or finding right
// after a record or a measurement in its clause ("polls showing", "a survey finding"),
// not before a verb ("a poor poll showing could cost her": a noun).
func (s *segmenter) evidenceParticiple(k, lo int) bool {
	if k <= lo || !s.participle(k) || s.toks[k-1].clause != s.toks[k].clause || s.toks[k-1].inq {
		return false
	}
	if b := s.lang.verbBase(s.lowerWord(k)); b != "show" && b != "find" {
		return false
	}
	if k+1 < len(s.toks) && s.toks[k+1].flags&(ClassAux|ClassVerb|ClassThink) != 0 {
		return false // "a poor poll showing could cost her": "showing" a noun
	}
	w := s.lowerWord(k - 1)
	return evidenceNouns[w] && !depictionNouns[w]
}

// depictionNouns are records that show a scene rather than report a finding: "photos
// showing the pier", "a video showing children at play".
var depictionNouns = map[string]bool{"photos": true, "video": true, "footage": true, "recording": true, "recordings": true}

// recordPhrase returns the phrase n cut after its last preposition ("the heels of a fresh
// survey" is "a fresh survey"): the record before a participle of showing is the source.
func (s *segmenter) recordPhrase(n np) np {
	for j := n.to - 2; j >= n.from; j-- {
		if s.toks[j].flags&ClassPrep != 0 {
			return np{j + 1, n.to}
		}
	}
	return n
}

// recordBeforeAgent returns, for "show" or "find" at token k whose subject src has no
// record or measurement in it, the phrase from a record that heads src's phrase, within
// the ten words before k in its clause, through src, the record followed by "by", "for",
// "of" or "from" ("The survey by Lena Varga showed": "The survey by Lena Varga", not
// "Lena Varga", as evidenceObject keeps "a poll by the university"); otherwise src. The
// look back stops at a relative word or a verb ("The survey by Lena Varga that Ana Ruiz
// found": Ana Ruiz found), and a record after a preposition is its object, no subject
// ("After the survey by Lena Varga Ivo Marek found …").
func (s *segmenter) recordBeforeAgent(src np, k, lo int) np {
	if !src.ok() || src.from > k {
		return src
	}
	if b := s.lang.verbBase(s.lowerWord(k)); b != "show" && b != "find" || s.participle(k) {
		return src
	}
	for j := src.from; j < src.to; j++ {
		if evidenceNouns[s.lowerWord(j)] {
			return src
		}
	}
	c := s.toks[k].clause
	for j := src.from - 1; j >= lo && j >= k-10 && s.toks[j].clause == c && !s.toks[j].inq; j-- {
		if s.toks[j].flags&(ClassWho|ClassThat|ClassVerb|ClassThink|ClassAux|ClassPast) != 0 && !s.toks[j].cap || relativeAdverbs[s.lowerWord(j)] {
			return src // "The survey by Lena Varga that Ana Ruiz found …": a relative clause's subject
		}
		if !evidenceNouns[s.lowerWord(j)] || j+1 >= src.from {
			continue
		}
		switch s.lowerWord(j + 1) {
		case "by", "for", "of", "from":
		default:
			return src
		}
		from := j
		if n := s.npBefore(j, lo); n.ok() && n.to == j+1 {
			from = n.from
		}
		if p := from - 1; p >= lo && s.toks[p].clause == c && s.toks[p].flags&ClassPrep != 0 {
			return src // "After the survey by Lena Varga Ivo Marek found …": the record a preposition's object
		}
		return np{from, src.to}
	}
	return src
}
