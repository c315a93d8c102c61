package voices

// Verbs that deliver an attack or a call as words, with the noun of speech for object:
// "launched an attack on Marek", "unleashed a bitter attack on him", "made an urgent
// call for calm", "heaped criticism on the council". Like the light verbs of nominalIn
// ("voiced concern that …"), the verb's subject is the source and what the noun is about
// the content; but "launched an attack on the port" is a raid, so the content must be a
// person (a name, an object pronoun) or what a person owns or says ("his record", "her
// character"), except after "call for" ("a call for calm").

// launchVerbs deliver a noun of speech, by form.
var launchVerbs = map[string]bool{"launch": true, "launched": true, "launches": true, "launching": true,
	"unleash": true, "unleashed": true, "unleashes": true, "unleashing": true, "mount": true, "mounted": true,
	"mounts": true, "mounting": true, "renew": true, "renewed": true, "renews": true, "renewing": true,
	"heap": true, "heaped": true, "heaps": true, "heaping": true, "make": true, "made": true, "makes": true,
	"making": true, "intensify": true, "intensified": true, "intensifies": true, "sharpen": true,
	"sharpened": true, "sharpens": true, "escalate": true, "escalated": true, "escalates": true}

// launchedAt reports whether token x is a verb that delivers the noun of speech at token
// k ("launched a harsh attack on …", see launchVerbs) whose content after its preposition
// is a person or a person's, or a call for something.
func (s *segmenter) launchedAt(x, k, hi int) bool {
	if !launchVerbs[s.lowerWord(x)] || k+2 >= hi {
		return false
	}
	p, m := s.lowerWord(k+1), k+2
	if n := s.lowerWord(k); (n == "call" || n == "calls") && p == "for" {
		return true
	}
	if p != "on" && p != "against" && p != "of" || s.toks[m].inq {
		return false
	}
	t := s.toks[m]
	switch s.lowerWord(m) {
	case "him", "her", "them", "his", "their", "its":
		return true
	}
	if !t.cap {
		return false
	}
	// A name, not a place's: "launched attacks on Syria" is a raid.
	n := s.npAfter(m, hi)
	if !n.ok() {
		n = np{m, m + 1}
	}
	return !placeName(s.span(n.from, n.to)) && !placeName(s.word(m)) && !facilityNouns[s.lowerWord(n.to-1)]
}

// facilityNouns end the names of places a raid attacks ("launched an attack on Halden
// Castle", "on Fort Varga"): such a name is no person.
var facilityNouns = map[string]bool{"castle": true, "fort": true, "base": true, "airport": true, "airbase": true,
	"barracks": true, "bridge": true, "harbor": true, "harbour": true, "port": true, "station": true,
	"camp": true, "prison": true, "embassy": true, "compound": true}
