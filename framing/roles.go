package framing

// A speaker named by a role alone ("Ukrainian president says …", "IAEA chief says …", as
// headlines write them) is joined to the person the texts name with that role. The words
// of roles are written for framediff from general knowledge.

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A RoleName counts the statements whose speaker a text writes with an office of one
// holder in a country or an organization and the person's name: "Ukrainian President
// Volodymyr Zelensky" is the role "Ukrainian President" with the name "Volodymyr
// Zelensky", and "President Volodymyr Zelensky of Ukraine" the role "President of
// Ukraine" (see [RoleOf]).
type RoleName struct {
	Role  string `json:"role"`  // the role as written, "Ukrainian President"
	Name  string `json:"name"`  // the speaker's canonical name
	Count int    `json:"count"` // statements
}

// RoleOf returns the role that a statement's speaker, as its text writes it (Statement's
// Speaker), gives before or around the statement's canonical name (its Name(), which the
// same text spells alike), when that role is an office of one holder in a country or an
// organization ("Ukrainian President Volodymyr Zelensky" with "Volodymyr Zelensky":
// "Ukrainian President"; "President Volodymyr Zelensky of Ukraine": "President of
// Ukraine"; "NATO Secretary General Jens Stoltenberg": "NATO Secretary General"); false
// when the speaker is the name alone, or its title names no country or organization
// ("President Volodymyr Zelensky", "Mr. Peskov") or an office of many ("Russian
// Ambassador Ivo Marek"). The country is its name, possessive or adjective, a union
// ("EU", "U.N.") or an organization written as an acronym of three to six letters
// ("IAEA", "NATO"; not "PM" or "IT"), or a capital city; the office one to three words:
// "president", "prime minister" ("PM"), "premier", "chancellor", "secretary-general",
// "director-general", "secretary of state", a ministry's minister or secretary ("foreign
// minister", "defense secretary"), "chairman" or "chair", "king", "queen", "emir",
// "leader", "chief", "head", and "mayor" of a capital; not a deputy's ("vice president",
// "deputy prime minister") nor an office many hold at once ("ambassador", "envoy",
// "governor", "commander", "spokesman", "minister" alone), nor a role written all in
// capitals ("IRAN PRESIDENT", as a headline may write any words).
func RoleOf(speaker, canonical string) (string, bool) {
	sw, cw := strings.Fields(speaker), strings.Fields(canonical)
	if len(cw) == 0 || len(sw) <= len(cw) {
		return "", false
	}
	// The name: from the first word that opens or ends the canonical name.
	at := slices.IndexFunc(sw, func(w string) bool { return w == cw[0] || w == cw[len(cw)-1] })
	if at <= 0 {
		return "", false
	}
	end := at
	for end < len(sw) && slices.Contains(cw, sw[end]) {
		end++
	}
	role := sw[:at]
	switch rest := sw[end:]; {
	case len(rest) == 0:
	case len(rest) >= 2 && rest[0] == "of":
		role = slices.Concat(role, rest) // "President Volodymyr Zelensky of Ukraine"
	default:
		return "", false
	}
	r := strings.Join(role, " ")
	if _, ok := roleKey(r); !ok {
		return "", false
	}
	return r, true
}

// JoinSpeakerRoles is [JoinSpeakerNames] with one more rule, last: a speaker named by a
// role alone, an office of one holder in a country or an organization ("Ukrainian
// president", "the President of Ukraine", "IAEA chief"; see [RoleOf] for the roles),
// joins the person whom the statements in roles write with that role ("Ukrainian
// President Volodymyr Zelensky", as [VoiceStats].Roles counts them), when that person has
// 3 such statements or more and more than four times those of every other person with
// the role (after the joins of JoinSpeakerNames): a headline's "Ukrainian president says"
// is the president its corpus names. The forms of one role are one ("Ukraine's
// president", "Ukrainian President", "President of Ukraine"; "PM" and "prime minister";
// "U.N." and "UN"), and a role of "chief", "head" or "leader" alone is any of the
// country's or organization's first offices ("IAEA chief" is the person written "IAEA
// Director General", "Ukrainian leader" the one written "Ukrainian President"), under
// the same rule over them together. A role without a country or an organization ("the
// president", "PM", "minister") joins no one: nothing across documents tells whose; nor
// does a role with another word ("the former US president", "the new president"), nor an
// office many hold at once ("Russian ambassador"). The corpus's time is not read: over
// years a role's holders change, and the rule of four times keeps a role apart when two
// of them are named often; a role joined is listed among the person's names, so a join
// can be checked.
func JoinSpeakerRoles(counts []Count, roles []RoleName) ([]Count, map[string]string) {
	out, into := JoinSpeakerNames(counts)
	byRole := map[string]map[string]int{} // role key -> person -> statements
	for _, t := range roles {
		k, ok := roleKey(t.Role)
		if !ok || t.Count <= 0 || t.Name == "" {
			continue
		}
		if byRole[k] == nil {
			byRole[k] = map[string]int{}
		}
		byRole[k][cmp.Or(into[t.Name], t.Name)] += t.Count
	}
	if len(byRole) == 0 {
		return out, into
	}
	roleTo := map[string]string{}
	for _, c := range out {
		k, ok := roleKey(c.Name)
		if !ok {
			continue
		}
		cands := byRole[k]
		if qual, role, _ := strings.Cut(k, "|"); role == "chief" || role == "head" || role == "leader" {
			cands = map[string]int{}
			for rk, persons := range byRole {
				q, r, _ := strings.Cut(rk, "|")
				if q == qual && topRoles[r] {
					for p, n := range persons {
						cands[p] += n
					}
				}
			}
		}
		if p, ok := dominant(cands, c.Name); ok {
			roleTo[c.Name] = p
		}
	}
	if len(roleTo) == 0 {
		return out, into
	}
	for _, c := range counts {
		shown := cmp.Or(into[c.Name], c.Name)
		if p, ok := roleTo[shown]; ok {
			into[c.Name] = p
		}
	}
	sum := map[string]int{}
	for _, c := range out {
		sum[cmp.Or(roleTo[c.Name], c.Name)] += c.Count
	}
	return sortedCounts(sum), into
}

// dominant returns the person of cands with 3 statements or more and more than four
// times those of every other, when there is one and it is not self.
func dominant(cands map[string]int, self string) (string, bool) {
	best, bestN := "", 0
	for p, n := range cands {
		if n > bestN || n == bestN && p < best {
			best, bestN = p, n
		}
	}
	if bestN < 3 || best == self {
		return "", false
	}
	for p, n := range cands {
		if p != best && 4*n >= bestN {
			return "", false
		}
	}
	return best, true
}

// roleKey returns the key that the forms of one role share, and whether role (a speaker's
// words, or the role RoleOf returns) is a role of one holder in a country or an
// organization alone (see RoleOf): after an opening "the", the country or organization
// (qualifierOf), then one to three words of an office (officeKey); or those words, "of"
// and the country ("President of Ukraine", "Minister of Foreign Affairs of Ukraine"). The
// key is the country's or organization's name, "|", and the office as officeKey writes
// it. An office written in capitals is none ("IRAN PRESIDENT", as a headline may write any
// words; but "UK PM").
func roleKey(role string) (string, bool) {
	words := strings.Fields(role)
	if len(words) > 1 && (words[0] == "the" || words[0] == "The") {
		words = words[1:]
	}
	if len(words) < 2 {
		return "", false
	}
	qual, city, office := "", false, []string(nil)
	// "President of Ukraine": the last "of" before a qualifier.
	for p := len(words) - 2; p >= 1 && qual == ""; p-- {
		if words[p] != "of" {
			continue
		}
		after := words[p+1:]
		if len(after) > 1 && (after[0] == "the" || after[0] == "The") {
			after = after[1:]
		}
		if q, c, ok := qualifierOf(after); ok {
			qual, city, office = q, c, words[:p]
		}
	}
	if qual == "" {
		for n := min(2, len(words)-1); n >= 1; n-- {
			if q, c, ok := qualifierOf(words[:n]); ok {
				qual, city, office = q, c, words[n:]
				break
			}
		}
	}
	if qual == "" || slices.ContainsFunc(office, func(w string) bool { return len(w) > 2 && !strings.ContainsFunc(w, unicode.IsLower) }) {
		return "", false // "IRAN PRESIDENT": a headline in capitals (but "UK PM")
	}
	o, ok := officeKey(office)
	if !ok || o == "mayor" && !city || o != "mayor" && city {
		return "", false // a mayor is a city's; a city has no other office of one holder here
	}
	return qual + "|" + o, true
}

// qualifierOf returns the country or organization that words (one or two words) name
// before or after an office, whether it is a city, and whether they name one: a country
// (countryOf), a union ("EU", "U.N."), an acronym of three to six capital letters with or
// without dots ("IAEA", "NATO"; not "PM", "IT" nor "CEO", which are no organizations), a
// possessive after it allowed, or a capital city.
func qualifierOf(words []string) (string, bool, bool) {
	if c, ok := countryOf(words); ok {
		return c, false, true
	}
	w := strings.Join(words, " ")
	for _, ap := range []string{"", "'s", "’s", "＇s"} {
		base, ok := strings.CutSuffix(w, ap)
		if !ok {
			continue
		}
		if c, ok := unions[base]; ok {
			return c.name, false, true
		}
		if len(words) == 1 && base != "" {
			if acr := strings.ReplaceAll(base, ".", ""); len(acr) >= 3 && len(acr) <= 6 && !notOrganizations[acr] &&
				strings.IndexFunc(acr, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0 {
				return acr, false, true
			}
			if r, _ := utf8.DecodeRuneInString(base); unicode.IsUpper(r) && capitalCities[strings.ToLower(base)] {
				return strings.ToLower(base), true, true
			}
		}
	}
	return "", false, false
}

// notOrganizations are acronyms of three letters or more that name an office or a
// thing, no organization. Read only.
var notOrganizations = map[string]bool{"CEO": true, "CFO": true, "COO": true, "CTO": true, "MEP": true, "GDP": true}

// officeKey returns an office's words in lower case ("of" and what follows it written
// before: "Minister of Foreign Affairs" is "foreign minister"; "PM" "prime minister";
// "Defence" "defense"; "Secretary General" "secretary-general"), and whether they are an
// office of one holder: "president", "premier", "chancellor", "prime minister",
// "secretary-general", "director-general", "secretary-of-state", a ministry's minister or
// secretary ("foreign minister", "defense secretary"), "chairman", "chairwoman", "chair",
// "king", "queen", "emir", "leader", "chief", "head" or "mayor". A deputy's is not
// ("vice president", "deputy foreign minister"), nor an office many hold at once
// ("ambassador", "envoy", "governor", "commander", "spokesman", "minister" or
// "secretary" alone).
func officeKey(words []string) (string, bool) {
	var ws []string
	for _, w := range words {
		w = strings.ToLower(strings.ReplaceAll(w, ".", ""))
		switch w {
		case "pm":
			ws = append(ws, "prime", "minister")
		case "defence":
			ws = append(ws, "defense")
		default:
			ws = append(ws, w)
		}
	}
	if i := slices.Index(ws, "of"); i > 0 && i < len(ws)-1 {
		// "Minister of Defense" is "defense minister"; "Secretary of State" stays.
		x := ws[i+1:]
		if len(x) > 1 && x[0] == "the" {
			x = x[1:]
		}
		if !(len(x) == 1 && x[0] == "state") {
			ws = slices.Concat(x, ws[:i])
		}
	}
	ws = slices.DeleteFunc(ws, func(w string) bool { return w == "affairs" })
	joined := strings.Join(ws, " ")
	joined = strings.ReplaceAll(joined, "secretary general", "secretary-general")
	joined = strings.ReplaceAll(joined, "director general", "director-general")
	joined = strings.ReplaceAll(joined, "secretary of state", "secretary-of-state")
	switch ws = strings.Fields(joined); {
	case len(ws) == 1 && oneHolder[ws[0]], joined == "prime minister":
		return joined, true
	case len(ws) == 2 && ministries[ws[0]] && (ws[1] == "minister" || ws[1] == "secretary"):
		return joined, true // "foreign minister", "defense secretary"
	}
	return "", false
}

// oneHolder are the offices of one word that one person holds in a country or an
// organization. Read only.
var oneHolder = wordSet(`president premier chancellor secretary-general director-general
	secretary-of-state chairman chairwoman chair king queen emir leader chief head mayor`)

// ministries are the words of a ministry before "minister" or "secretary": "foreign
// minister", "defense secretary". Read only.
var ministries = wordSet(`foreign defense interior finance home justice economy energy health trade`)

// topRoles are the offices that "chief", "head" or "leader" alone stands for in a
// headline: the first office of a country or an organization. Read only.
var topRoles = map[string]bool{"president": true, "prime minister": true, "premier": true, "chancellor": true,
	"secretary-general": true, "director-general": true, "chairman": true, "chairwoman": true, "chair": true,
	"head": true, "chief": true, "leader": true}

// capitalCities are the capitals that news writes before an office of their city or
// country ("Kyiv mayor"). Read only.
var capitalCities = wordSet(`kyiv kiev moscow beijing washington london paris berlin tokyo seoul
	pyongyang tehran taipei brussels delhi islamabad kabul baghdad damascus cairo ankara jerusalem
	riyadh havana caracas ottawa canberra rome madrid athens vienna warsaw minsk tbilisi manila
	jakarta hanoi bangkok nairobi pretoria`)
