package voices

import "strings"

// A passive clause with "as" that names where the sentence's words come from: "As
// reported by the Halden Post, the ferry will stop", "…, as first reported in the
// Courier." The clause is an attribution as "as we learned in Valdora, …" is (asKnown):
// the rest of the sentence, before the clause and after it, is the content, and the
// agent after "by", or the medium after "in" or "on", its source. A clause that ends the
// sentence is not read.

// asReportedAdverbs may stand between "as" and the participle: "as first reported by".
var asReportedAdverbs = map[string]bool{"first": true, "previously": true, "earlier": true, "originally": true,
	"initially": true, "widely": true, "also": true}

// asReportedVerbs are the participles of reporting after "as" besides those of sayVerbs,
// by base form: "as detailed in", "as revealed by".
var asReportedVerbs = map[string]bool{"describe": true, "detail": true, "reveal": true, "disclose": true,
	"document": true, "outline": true, "quote": true}

// asReported returns the cue of a clause "as reported by X" that opens at token k ("as"),
// with X for source, and where the content after the clause starts: the clause is "as",
// adverbs of time (asReportedAdverbs), a participle of reporting (sayVerbs,
// asReportedVerbs) and a phrase with "by", "in" or "on", and it ends before the
// sentence does (read at its end too, "…, as first reported by the Courier.", it found
// one content more on PolNeAR's tune half and added one span outside any).
func (s *segmenter) asReported(k, hi int) (cue, int, bool) {
	c := s.toks[k+1].clause
	ce := k + 1
	for ce < hi && s.toks[ce].clause == c && !s.toks[ce].inq {
		ce++
	}
	if ce >= hi || s.toks[ce].inq || ce-k > 12 {
		return cue{}, 0, false
	}
	j := k + 1
	for j < ce && (asReportedAdverbs[s.lowerWord(j)] || s.adverb(j)) {
		j++
	}
	if j+2 >= ce || s.toks[j].cap {
		return cue{}, 0, false
	}
	w := s.lowerWord(j)
	if !strings.HasSuffix(w, "ed") && w != "said" || !reportingParticiple(s.lang.verbBase(w), w) {
		return cue{}, 0, false
	}
	switch s.lowerWord(j + 1) {
	case "by", "in", "on":
	default:
		return cue{}, 0, false
	}
	src := s.npAfter(j+2, ce)
	if !src.ok() {
		return cue{}, 0, false
	}
	return cue{src: src, from: j, to: j + 1, verb: w}, ce, true
}

// reportingParticiple reports whether the participle w, of base b as the language's verb
// table gives it (w itself when the table does not list it), is one of reporting
// (sayVerbs, asReportedVerbs): an unlisted form in -ed or -d is tried without it
// ("detailed" is "detail").
func reportingParticiple(b, w string) bool {
	if sayVerbs[b] || asReportedVerbs[b] {
		return true
	}
	if b != w {
		return false
	}
	d := strings.TrimSuffix(w, "d")
	ed := strings.TrimSuffix(w, "ed")
	return asReportedVerbs[d] || asReportedVerbs[ed] || sayVerbs[d] || sayVerbs[ed]
}
