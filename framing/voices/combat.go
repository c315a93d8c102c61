// The sense of force of the verbs of attacking, which report words only in their
// figurative sense: "the senator attacked the plan as reckless", "slammed the decision",
// "fired back that …" are criticism, but "the rebels attacked the village", "troops
// attacked positions near the river", "attacked the port with drones" are acts of war, no
// speech: they have no content and no speaker. The verb has that sense when its object,
// or the place phrase right after it, is a place or a thing that force is used on, when
// a weapon follows it, when an armed force is its subject (or a people, "the Peruvians",
// unless words, a person or a body are attacked), or when it is bodily or kills;
// and it keeps its sense of words when a judgment or a reason follows ("attacked the
// city as a haven", "blasted the town for its rules", "slammed the school over its
// policy") or a participle of speech after a comma ("attacked the city, calling it …").
// The noun "attack" has the sense of force after a modifier of force ("a missile
// attack") or with a target or a place after "on" ("attacks on villages"), and is then
// no noun of speech; "attacks" right after such a modifier, a number or an adjective of
// nationality is that noun, not the verb ("Missile attacks hit …", "Peruvian attacks
// worry engineers").
//
// "Defend" has the sense of force only with a country or an armed force for subject and
// a target, a place or itself for object ("troops defend the city", "Ukraine will
// defend itself"; "the spokeswoman defended the settlement", "the army defended the
// general" and "Ana Ruiz defended herself" are words); the subject of a verb before
// "to" is the subject of the combat verb after it ("soldiers continue to defend the
// city").
//
// The word lists are general classes, chosen on the verbal attacks that PolNeAR's tune
// half annotates (their objects are persons, parties, bodies, plans, records, programs,
// remarks and media, none of them below), on the acts of force of the real corpora
// outside the dev sets (war headlines: towns, regions, positions, infrastructure,
// drones, missiles, artillery; world news: police stations, hotels, prisons, convoys,
// places of worship, embassies, offices, rocks and knives) and on invented sentences.

package voices

import "strings"

// combatVerbs are the reporting verbs with a sense of force, by base form.
var combatVerbs = map[string]bool{"attack": true, "hit": true, "fire": true, "shoot": true, "blast": true,
	"slam": true, "strike": true, "defend": true}

// placeObjectVerbs are the combatVerbs whose object may be a place named alone ("attacked
// Lamar County"): "slammed Halden" or "blasted the Lamar Region" is criticism of a
// government, a place's name standing for it.
var placeObjectVerbs = map[string]bool{"attack": true, "hit": true, "fire": true, "shoot": true, "strike": true, "defend": true}

// combatSense reports whether the combat verb at token k, with its particle up to e, is
// an act of force in its clause up to hi, not speech (see the file's comment). It is
// one after a weapon with "with", "from" or "using" ("attacked the port with drones").
// It is none when "verbally" goes with the verb, or when "as", "about", or "for" or
// "over" before no length of time follows it in its clause ("attacked the town as a
// haven", "for its rules"; not "for the third time"). It is one before a participle of
// harm and a number after a comma ("attacked Lesk, killing at least 30"), and none
// before a participle of speech ("attacked the city, calling it …"). Otherwise it is
// one with any of these:
//
//   - a target noun heading its object ("attacked the village of Morvik", "attacked
//     energy infrastructure"; a possessed base or position is a stance: "attacked his
//     positions"), or its object after a preposition of place right after the verb
//     ("attacked at the bridge");
//   - a place for that object, after a verb of placeObjectVerbs: a name with its kind of
//     place ("attacked Lamar County"), or a listed place (see placeName) or a name the
//     text writes as a place (see placeInText) when the subject is a listed place ("Peru
//     attacked Chile", "Peru attacked Mirsk" where "in Mirsk" stands too; "the media
//     attacked Beijing" is criticism of a government);
//   - a target or a name with its kind of place joined to the object with "and"
//     ("attacked Lesk and the region"), or a place set off by a comma after it
//     ("attacked Lesk, Darnel Region");
//   - an adverb of bodily force ("physically attacked");
//   - an armed force for subject ("the enemy attacked Lesk", "troops attacked"), unless
//     a noun of words, a text or a decision heads its object ("the army attacked the
//     report", see wordsObject), or a people in the plural (see nationalPeoples: "the
//     Peruvians attacked the village", "… Lesk" where "in Lesk" stands too) unless
//     words, a person or a body are its object (see humanAgent: "the Peruvians attacked
//     Ana Ruiz", "… the mayor", "… Ruiz", and "… Lesk" where the text writes Lesk as no
//     place, see placeInText).
//
// "Attacks" or "attack" right after a modifier of force, a number or an adjective of
// nationality is the noun, an act of force ("Missile attacks hit …", "Twenty-six
// attacks", "Peruvian attacks worry engineers").
//
// "Defend" is one only with a listed place, an armed force, a people or "defenders" for
// subject, and a target, a place (as above) or "itself", "themselves" or "ourselves"
// for object ("troops defend the town", "Chile will defend itself"; "the army defended
// the general" is words). The subject is read over a verb and "to" before the combat
// verb ("troops continue to defend the city").
//
// A target noun, and a place alone, count for placeObjectVerbs only: "the union slammed
// the hospitals" is criticism.
func (s *segmenter) combatSense(k, e, hi int) bool {
	if s.lang.name != "english" || k >= len(s.toks) || e > hi || hi > len(s.toks) {
		return false
	}
	base := s.lang.verbBase(s.lowerWord(k))
	if !combatVerbs[base] {
		return false
	}
	c := s.toks[k].clause
	same := func(j int) bool { return j >= 0 && j < hi && s.toks[j].clause == c && !s.toks[j].inq }
	force, statePair, armedSubj := false, false, false
	nationalSubj := false // a people for subject ("the Peruvians attacked"), an armed subject before no person
	defenders := false    // "the defenders" for subject, armed when they defend a target or a place
	// Before the verb: its adverbs and auxiliaries, then its subject's last word.
	for j, n := k-1, 0; same(j) && n < 5; j, n = j-1, n+1 {
		w := s.lowerWord(j)
		if w == "verbally" {
			return false
		}
		if forceAdverbs[w] {
			force = true
			continue
		}
		if s.toks[j].flags&(ClassAux|ClassTime) != 0 || s.adverb(j) || w == "today" || w == "overnight" {
			continue
		}
		if w == "to" && same(j-1) && !s.toks[j-1].cap && s.toks[j-1].flags&ClassVerb != 0 {
			j-- // "troops continue to defend": the subject of the verb before "to"
			continue
		}
		if s.toks[j].poss {
			break
		}
		if j == k-1 && (s.lowerWord(k) == "attacks" || s.lowerWord(k) == "attack") && (forceModifiers[w] || isNumberWord(s.word(j)) ||
			numberWords[w] || spelledNumber(w) || s.nationalAdjective(j)) {
			return true // "Missile attacks hit …", "Twenty-six attacks", "Peruvian attacks worry …": the noun
		}
		armedSubj = armedForces[w] || s.toks[j].cap && nationalPeoples[w]
		defenders = w == "defenders" // who defend a target or a place do so with force
		nationalSubj = !armedForces[w] && armedSubj
		statePair = s.toks[j].cap && placeName(s.word(j))
		break
	}
	// After the verb: adverbs and times, then the object or a phrase of place.
	m := e
	place := placeObjectVerbs[base]
	for same(m) && m < e+4 && (s.toks[m].flags&(ClassAux|ClassTime|ClassMonth) != 0 && s.toks[m].flags&ClassPrep == 0 ||
		s.adverb(m) || s.lowerWord(m) == "overnight") {
		if s.lowerWord(m) == "verbally" {
			return false
		}
		m++
	}
	if base == "defend" && same(m) && armedReflexive[s.lowerWord(m)] && (statePair || armedSubj) {
		force = true // "Ukraine will defend itself", "troops defend themselves"
	}
	wordsObj := false  // "the army attacked the report": an armed force's attack of words
	personObj := false // "the Peruvians attacked Ana Ruiz", "… the mayor": a people's attack on a person or a body is read as words
	if same(m) {
		if w := s.lowerWord(m); aimPreps[w] && same(m+1) {
			if n := s.combatObject(m+1, hi); n.ok() && (place && s.targetHead(n) || s.placePhrase(n) && (statePair || s.kindPlace(n))) {
				force = true
			}
		} else if n := s.combatObject(m, hi); n.ok() {
			force = force || place && (s.targetHead(n) || (s.placePhrase(n) || statePair && s.placeInText(n)) && (statePair || s.kindPlace(n)))
			wordsObj = s.wordsObject(n)
			if base == "defend" && (armedSubj || defenders) && (s.placePhrase(n) || s.placeInText(n)) {
				force = true // "troops defend Mirsk", where "in Mirsk" stands too
			}
			personObj = nationalSubj && s.humanAgent(n) && !s.placeInText(n)
			if a := n.to; !force && place && same(a) && s.lowerWord(a) == "and" {
				// "attacked Lesk and the region": a target joined to the object.
				if p := s.combatObject(a+1, hi); p.ok() && (s.targetHead(p) || s.kindPlace(p)) {
					force = true
				}
			}
			if a := n.to; !force && a < hi && s.toks[a].clause != c && s.commaBefore(a) && !s.toks[a].inq {
				// "attacked Lesk, Darnel region": a place set off after the object.
				if p := s.npAfter(a, hi); p.ok() && s.placePhrase(p) && (p.to >= hi || s.toks[p.to].clause != s.toks[a].clause) {
					force = true
				}
			}
		}
	}
	if base == "defend" {
		// Only a country or an armed force defends with force, and only a target, a place
		// or itself: "the spokeswoman defended the settlement", "the army defended the
		// general", "lawyers for the soldiers defended their clients" are words.
		force = force && (statePair || armedSubj || defenders)
	} else {
		force = force || armedSubj && !wordsObj && !(nationalSubj && personObj)
	}
	if sense := s.restOfClause(k, e, hi); sense != 0 {
		return sense > 0
	}
	p := s.participleAfter(k, hi)
	if p < 0 {
		return force
	}
	if w := s.lowerWord(p); harmParticiples[w] && p+1 < hi && s.toks[p+1].clause == s.toks[p].clause &&
		(isNumberWord(s.word(p+1)) || numberWords[s.lowerWord(p+1)] || spelledNumbers[s.lowerWord(p+1)] ||
			quantifiers[s.lowerWord(p+1)] || s.lowerWord(p+1) == "at") {
		return true // "attacked the town, killing two", "killing at least 30"
	}
	return force && !speechParticiples[s.lowerWord(p)]
}

// restOfClause reads the clause of the verb at token k after its particle end e, up to
// hi: 1 if a weapon follows "with", "from" or "using" ("attacked the port with drones"),
// -1 if a judgment or a reason comes first ("as" before no clause, "about", "verbally",
// and "for" or "over" before no length of time: "attacked the town as a haven", "for
// its rules"; not "as the siege drags on", "for the third time", "over the weekend"),
// else 0.
func (s *segmenter) restOfClause(k, e, hi int) int {
	for j := e; j < hi && j < e+16 && s.toks[j].clause == s.toks[k].clause && !s.toks[j].inq; j++ {
		switch w := s.lowerWord(j); w {
		case "with", "from", "using":
			if s.weaponAfter(j+1, hi) {
				return 1
			}
		case "as":
			if s.clauseAfterAs(j, hi) {
				return 0 // "blasting the cities as the siege drags on": another clause
			}
			return -1
		case "about", "verbally":
			return -1
		case "for", "over":
			if !s.timeSpanAfter(j+1, hi) {
				return -1
			}
		}
	}
	return 0
}

// clauseAfterAs reports whether "as" at token j opens a clause, a conjunction rather
// than a judgment: a subject and its verb after it (see clauseAhead), or a noun, after a
// determiner or alone, and a verb in -s or -ed ("as the siege drags on", "as war
// enters its fourth week"; not "as a haven for criminals", "as reckless").
func (s *segmenter) clauseAfterAs(j, hi int) bool {
	if j+2 >= hi || s.toks[j+1].clause != s.toks[j].clause || s.toks[j+1].inq {
		return false
	}
	if s.clauseAhead(j+1, hi) {
		return true
	}
	v := j + 2
	if s.toks[j+1].flags&ClassDet != 0 {
		v = j + 3
	}
	if v >= hi || s.toks[v].clause != s.toks[j].clause || s.toks[v].inq || s.toks[v].cap || !s.contentWord(v-1) ||
		s.toks[v].flags&ClassPrep != 0 {
		return false
	}
	w := s.lowerWord(v)
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed") || s.toks[v].flags&(ClassAux|ClassPast) != 0
}

// combatPassive reports whether the passive combat verb at token k, its particle ending
// at e, with the subject n and the agent src after "by" (or none), is an act of force:
// a weapon after it, unless a judgment or a reason comes first (see restOfClause); else
// none with a person or a body for agent (see humanAgent: "the schools were attacked by
// the minister"); else, after a verb of placeObjectVerbs, a target or a name with its
// kind of place for subject ("17 villages were attacked by the bandits", "the Lesk
// Region was attacked"); else an armed force or a weapon for agent ("Lesk was hit by an
// enemy", "by drones") unless a noun of words heads the subject (see wordsObject), or
// listed places for both ("Chile was attacked by Peru").
func (s *segmenter) combatPassive(k, e int, n, src np, hi int) bool {
	if s.lang.name != "english" || !combatVerbs[s.lang.verbBase(s.lowerWord(k))] || !n.ok() {
		return false
	}
	if sense := s.restOfClause(k, e, hi); sense != 0 {
		return sense > 0
	}
	var w string
	if src.ok() {
		w = s.lowerWord(src.to - 1)
		if !armedForces[w] && !weaponNouns[w] && s.humanAgent(src) {
			return false // "the schools were attacked by the minister"
		}
	}
	if placeObjectVerbs[s.lang.verbBase(s.lowerWord(k))] && (s.targetHead(n) || s.kindPlace(n)) {
		return true
	}
	if !src.ok() {
		return false
	}
	return (armedForces[w] || weaponNouns[w]) && !s.wordsObject(n) || s.placePhrase(n) && s.placePhrase(src)
}

// humanAgent reports whether the agent src of a passive attack is a person or a body of
// people: a role, a title or an organization, a noun for a person (see personHead), or
// a capitalized name that is no listed place ("by the minister", "by the Senate", "by
// Ana Ruiz"; not "by the bandits", "by Peru").
func (s *segmenter) humanAgent(src np) bool {
	h := src.to - 1
	if s.toks[h].flags&(ClassRole|ClassTitle|ClassOrg) != 0 || s.personHead(h, src.from) {
		return true
	}
	return s.toks[h].cap && !s.placePhrase(src)
}

// wordsObject reports whether the noun phrase n, the object of an armed force's attack
// or its subject in the passive, is headed by a lower-case noun of words, a text or a
// decision (wordsNouns), which force is not used on: "the army attacked the report",
// "rebels attacked the deal".
func (s *segmenter) wordsObject(n np) bool {
	h := n.to - 1
	if n.to < len(s.toks) && s.toks[n.to].clause == s.toks[h].clause && !s.toks[n.to].inq && !s.toks[n.to].cap &&
		wordsNouns[s.lowerWord(n.to)] {
		h = n.to // "the tax plan": a noun that is also a verb, which the phrase reader leaves out
	}
	return !s.toks[h].cap && wordsNouns[s.lowerWord(h)]
}

// wordsNouns name words, texts, decisions and plans: what an attack of words is aimed at.
var wordsNouns = wordSet("report reports statement statements remark remarks comment comments speech speeches " +
	"claim claims bill bills law laws reform reforms deal deals plan plans policy policies proposal proposals " +
	"decision decisions idea ideas move agreement accord treaty budget memo communique document documents " +
	"letter article book decree resolution measure measures ruling verdict sanctions strategy agenda stance " +
	"approach announcement declaration initiative program programme tweet post interview record criticism " +
	"accusation accusations allegations")

// combatObject returns the noun phrase that starts at token m, before hi (see npAfter),
// with a lower-case target noun after its last, capitalized word: "Darnel cities", which
// the phrase reader ends at the name.
func (s *segmenter) combatObject(m, hi int) np {
	n := s.npAfter(m, hi)
	if e := n.to; n.ok() && e < hi && s.toks[e-1].cap && !s.toks[e-1].poss && !s.toks[e].cap && !s.toks[e].inq &&
		s.toks[e].clause == s.toks[e-1].clause && targetNouns[s.lowerWord(e)] {
		n.to++
	}
	return n
}

// targetHead reports whether the head of the noun phrase n (its last word, or the word
// before its first preposition, or a target noun before a number) is a lower-case target noun, not a base or a position
// that a possessive makes a stance ("his base", "Ruiz's positions"), nor a modifier
// before a noun that is also a verb, which the phrase reader leaves out ("the plant
// attack").
func (s *segmenter) targetHead(n np) bool {
	h := n.to - 1
	possessed := false
	for j := n.from; j < n.to; j++ {
		if j > n.from && (s.toks[j].flags&ClassPrep != 0 || isNumberWord(s.word(j)) && targetNouns[s.lowerWord(j-1)]) {
			h = j - 1 // "the village of Morvik", "civilian targets 60 times"
			break
		}
		switch s.lowerWord(j) {
		case "his", "her", "their", "its", "our", "my", "your":
			possessed = true
		}
		possessed = possessed || s.toks[j].poss
	}
	w := s.lowerWord(h)
	if s.toks[h].cap && h > n.from || !targetNouns[w] {
		return false
	}
	if h == n.to-1 && n.to < len(s.toks) && s.toks[n.to].clause == s.toks[h].clause && !s.toks[n.to].inq && !s.toks[n.to].cap &&
		s.toks[n.to].flags&ClassWeak != 0 {
		return false // "slams the plant attack": a noun that is also a verb goes on with the phrase
	}
	return !possessed || !stanceTargets[w]
}

// placePhrase reports whether the noun phrase n names a place (see placeName), with no
// possessive in it ("the Darnel region", "Ukraine"; not "Iowa's senator").
func (s *segmenter) placePhrase(n np) bool {
	for j := n.from; j < n.to; j++ {
		if s.toks[j].poss {
			return false
		}
	}
	return placeName(s.span(n.from, n.to))
}

// kindPlace reports whether the noun phrase n is a name that ends in a word for a kind
// of place ("the Darnel Region", "Lamar County"): a place, never a government that a
// country's or a capital's name may stand for ("the media attacked Beijing").
func (s *segmenter) kindPlace(n np) bool {
	return n.to-n.from >= 2 && placeKinds[s.lowerWord(n.to-1)] && s.placePhrase(n)
}

// weaponAfter reports whether a weapon noun follows token m within six words of a
// noun phrase (determiners, numbers, modifiers, "of" and "and" between), heading it (see
// weaponModifier; not "with guns blazing", "with help from drone makers"): "with drones",
// "with two guided missiles", "from artillery", "with rockets and mortars", "with the
// help of armed drones".
func (s *segmenter) weaponAfter(m, hi int) bool {
	for j := m; j < hi && j < m+6 && !s.toks[j].inq && s.toks[j].clause == s.toks[m].clause; j++ {
		w := s.lowerWord(j)
		if weaponNouns[w] && !s.weaponModifier(j, hi) {
			return true
		}
		if s.toks[j].flags&(ClassVerb|ClassThink|ClassThat|ClassSubject) != 0 || s.toks[j].flags&ClassPrep != 0 && w != "of" {
			return false
		}
	}
	return false
}

// weaponModifier reports whether the weapon noun at token j goes on with a lower-case
// word in -er, -ers or -ing in its clause, so that it heads no phrase of its own: "drone
// makers", "guns blazing".
func (s *segmenter) weaponModifier(j, hi int) bool {
	n := j + 1
	if n >= hi || s.toks[n].clause != s.toks[j].clause || s.toks[n].inq || s.toks[n].cap ||
		s.toks[n].flags&(ClassPrep|ClassTime|ClassAux|ClassDet) != 0 || s.adverb(n) {
		return false // "with drones after dark"
	}
	w := s.lowerWord(n)
	return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ing")
}

// timeSpanAfter reports whether a time phrase opens at token m, after "for" or "over": "the
// third time", "the past day", "the weekend", "two days", "hours".
func (s *segmenter) timeSpanAfter(m, hi int) bool {
	for j := m; j < hi && j < m+4 && !s.toks[j].inq; j++ {
		w := s.lowerWord(j)
		if s.toks[j].flags&(ClassTime|ClassMonth) != 0 || timeSpans[w] || w == "time" || w == "times" {
			return true
		}
		if s.toks[j].flags&ClassDet == 0 && !ordinals[w] && w != "past" && !isNumberWord(s.word(j)) && !spelledNumbers[w] && !numberWords[w] {
			return false
		}
	}
	return false
}

// participleAfter returns the token of the -ing form that opens the clause after the
// verb's at token k, or -1: "calling" in "attacked the city, calling it a haven", which
// makes the attack one of words, "killing" in "attacked the town, killing two", one of
// force.
func (s *segmenter) participleAfter(k, hi int) int {
	c := s.toks[k].clause
	for j := k + 1; j < hi && j < k+20 && !s.toks[j].inq; j++ {
		if s.toks[j].clause != c {
			if strings.HasSuffix(s.lowerWord(j), "ing") && !s.toks[j].cap {
				return j
			}
			return -1
		}
	}
	return -1
}

// speechParticiples, opening the clause after an attack, make it one of words.
var speechParticiples = wordSet("saying calling accusing arguing describing branding labeling labelling claiming " +
	"charging insisting dubbing warning urging noting adding asking demanding slamming blasting criticizing " +
	"criticising denouncing condemning")

// harmParticiples, opening the clause after an attack before a number of victims, make
// it one of force: "attacked the town, killing two", "killing at least 30".
var harmParticiples = wordSet("killing wounding injuring")

// forceAdverbs say that an attack is bodily ("violently attacked the gates").
var forceAdverbs = map[string]bool{"physically": true, "violently": true}

// aimPreps open a place an attack is aimed at, right after the verb ("attacked near
// ten villages", "fired back at the positions").
var aimPreps = map[string]bool{"in": true, "near": true, "on": true, "at": true, "toward": true, "towards": true,
	"around": true, "outside": true, "along": true, "across": true, "against": true}

// targetNouns are what force is used on: places where people live and their parts,
// military positions and units, and buildings, works and vehicles. Not words that name
// a body of people or an idea as well ("community", "line", "center", "column", "tank",
// "mission").
var targetNouns = wordSet("village villages town towns city cities settlement settlements locality localities " +
	"suburb suburbs outskirts neighborhood neighborhoods neighbourhood neighbourhoods region regions district " +
	"districts area areas territory territories oblast capital quarters zone zones " +
	"positions position troops soldiers stronghold strongholds base bases airfield airfields airbase barracks " +
	"checkpoint checkpoints outpost outposts trenches convoy convoys warship warships ship ships vessel vessels " +
	"target targets depot depots warehouse warehouses arsenal " +
	"infrastructure facility facilities plant plants station stations substation substations port ports harbor " +
	"harbour bridge bridges railway railways junction junctions dam refinery airport airports grid " +
	"building buildings house houses homes apartment apartments hospital hospitals school schools kindergarten " +
	"church churches mosque mosques synagogue synagogues temple embassy consulate compound headquarters offices " +
	"hotel hotels mall market markets stadium prison barricades")

// stanceTargets are the targetNouns that a possessive makes a person's stance or
// following ("attacked his positions", "her base").
var stanceTargets = map[string]bool{"position": true, "positions": true, "base": true, "bases": true}

// weaponNouns are the weapons of an attack "with" or "from" them.
var weaponNouns = wordSet("drone drones missile missiles rocket rockets artillery mortar mortars shell shells " +
	"bomb bombs grenade grenades gun guns rifle rifles knife knives machete machetes explosives weapons " +
	"tanks aircraft aviation warplanes jets helicopters howitzers cannons bullets gas rocks stones " +
	"sticks batons")

// spelledNumber reports whether w is a number spelled in words, with a hyphen or not
// ("six", "twenty-six").
func spelledNumber(w string) bool {
	if a, b, ok := strings.Cut(w, "-"); ok {
		return spelledNumbers[a] && (spelledNumbers[b] || numberWords[b])
	}
	return spelledNumbers[w]
}

// armedReflexive are the reflexive pronouns that a country or an armed force defends
// with force ("Ukraine will defend itself"; "Ana Ruiz defended herself" is words).
var armedReflexive = wordSet("itself themselves ourselves")

// nationalAdjectives are the adjectives of nationality of about a hundred countries and
// peoples, and nationalPeoples the plurals that name the people ("Peruvian",
// "Peruvians"), written for framediff from general knowledge: a people for subject is an
// armed force unless a person, a body or words are attacked ("the Peruvians attacked
// the village"; not "the Peruvians attacked the plan", "… the mayor", "… Ruiz"), and
// "Peruvian attacks" is the noun. Read only.
var nationalAdjectives, nationalPeoples = func() (map[string]bool, map[string]bool) {
	adj, people := map[string]bool{}, map[string]bool{}
	for _, w := range strings.Fields(`afghan albanian algerian american angolan argentine argentinian armenian
		australian austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian
		british bulgarian burmese cambodian cameroonian canadian chadian chechen chilean chinese colombian
		congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english eritrean
		estonian ethiopian european filipino finnish french georgian german ghanaian greek guatemalan
		haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian
		jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz laotian latvian
		lebanese libyan lithuanian macedonian malaysian malian mexican moldovan mongolian montenegrin
		moroccan mozambican nepalese nicaraguan nigerian nigerien norwegian omani pakistani palestinian
		panamanian paraguayan persian peruvian polish portuguese qatari romanian russian rwandan saudi
		scottish senegalese serbian slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese
		tajik tanzanian thai tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan
		vietnamese welsh yemeni zambian zimbabwean`) {
		adj[w] = true
		if strings.HasSuffix(w, "an") || strings.HasSuffix(w, "i") || w == "czech" || w == "thai" || w == "kazakh" ||
			w == "tajik" || w == "uzbek" || w == "kyrgyz" || w == "turkmen" || w == "kosovar" || w == "chechen" {
			people[w+"s"] = true // "Russians", "Israelis", "Czechs"
		}
	}
	for _, w := range strings.Fields("poles turks danes finns swedes scots serbs croats arabs kurds brits greeks") {
		people[w] = true
	}
	return adj, people
}()

// nationalAdjective reports whether token j is a capitalized adjective of nationality
// that is no person's last name, the text naming no person so at or before it
// ("Peruvian attacks"; not "Senator Welsh attacks", nor "English attacks" after "Ana
// English").
func (s *segmenter) nationalAdjective(j int) bool {
	t := s.toks[j]
	if !t.cap || !nationalAdjectives[s.lowerWord(j)] {
		return false
	}
	return !s.knownPerson(s.word(j), t.start)
}

// placeInText reports whether phrase n is one capitalized word that the text writes as a
// place elsewhere: right after "in", "near", "outside" or "around", or as the object of
// a verb or noun of force that only places take ("attacked Mirsk" where "in Mirsk",
// "shelling of Mirsk" or "shelled Mirsk" stands too; see placeOnlyForce), not in the
// possessive ("in Ruiz's view") and no person's name of the text ("Mayor Ana Ruiz"). The
// words so written are found once a text (s.placesIn).
func (s *segmenter) placeInText(n np) bool {
	if n.to != n.from+1 || !s.toks[n.from].cap {
		return false
	}
	if s.placesIn == nil {
		s.placesIn = map[string]bool{}
		for k := 1; k < len(s.toks); k++ {
			s.work++
			if !s.toks[k].cap || s.toks[k].poss {
				continue // "in Ruiz's view": a possessive is no place
			}
			switch p := s.lowerWord(k - 1); {
			case p == "in" || p == "near" || p == "outside" || p == "around" || placeOnlyForce[p]:
				s.placesIn[s.word(k)] = true
			case (p == "of" || p == "on") && k >= 2 && placeOnlyForce[s.lowerWord(k-2)]:
				s.placesIn[s.word(k)] = true // "shelling of Mirsk", "bombardment of …"
			}
		}
	}
	return s.placesIn[s.word(n.from)] && !s.knownPerson(s.word(n.from), len(s.text))
}

// placeOnlyForce are the verbs and nouns of force whose object is a place, not a person
// ("shelled", "the siege of", "occupied"), written for framediff.
var placeOnlyForce = wordSet("shell shelled shells shelling bomb bombed bombing bombs bombard bombarded " +
	"bombarding bombardment besiege besieged besieging siege occupy occupied occupying occupation " +
	"encircle encircled encircling encirclement")

// armedForces are the subjects that attack with force, their last word before the verb
// ("Russian troops attacked", "the enemy attacked", "gunmen attacked").
var armedForces = wordSet("troops forces army military soldiers militants gunmen insurgents rebels fighters " +
	"militia militias occupiers invaders enemy attackers assailants rioters aircraft warplanes jets drones " +
	"missiles rockets helicopters artillery aviation navy bombers terrorists jihadists aggressor aggressors")

// combatNoun reports whether the noun "attack" or "attacks" at token k, in its sentence
// from lo to hi, is an act of force, not speech: after a modifier of force ("a missile
// attack", "the terror attacks"; not "a personal attack") or the name of a place ("the
// Halden attack"), or with a target after "on" or "against" (see targetHead: "attacks on
// villages"), a name with its kind of place ("an attack on Lamar County"), or a listed
// place when a listed place is the possessor too ("Peru's attack on Chile"; "Ruiz's
// attack on China" is criticism).
func (s *segmenter) combatNoun(k, lo, hi int) bool {
	if w := s.lowerWord(k); w != "attack" && w != "attacks" || s.lang.name != "english" {
		return false
	}
	c := s.toks[k].clause
	statePair := false
	for j := k - 1; j >= lo && j >= k-3 && s.toks[j].clause == c && !s.toks[j].inq; j-- {
		w := s.lowerWord(j)
		if forceModifiers[w] || j == k-1 && s.toks[j].cap && !s.toks[j].poss && placeName(s.word(j)) {
			return true
		}
		if s.toks[j].poss || s.toks[j].flags&ClassDet != 0 {
			statePair = s.toks[j].poss && s.toks[j].cap && placeName(s.word(j))
			break
		}
	}
	if p := k + 1; p+1 < hi && s.toks[p].clause == c && (s.lowerWord(p) == "on" || s.lowerWord(p) == "against") {
		n := s.npAfter(p+1, hi)
		return n.ok() && (s.targetHead(n) || s.placePhrase(n) && (statePair || s.kindPlace(n)))
	}
	return false
}

// forceModifiers make the attack they stand before one of force: its weapon, its means
// or its kind.
var forceModifiers = wordSet("missile rocket drone artillery mortar air airstrike chemical armed military " +
	"terror terrorist suicide bomb grenade knife gun arson hacker hacking cyber nuclear")
