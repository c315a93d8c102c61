package framing

// Joining the names of one speaker across documents. A speaker's canonical name ([Span],
// [Statement.Name]) is the fullest name its document gives, so a document that calls a
// person only by the surname counts that person apart from one that gives the full name;
// JoinSpeakerNames joins them, and the forms of one country's body ("Russia's Defense
// Ministry", "Russian Ministry of Defense"). Its word lists (East Asian surnames, one-word
// place names, the words of the names of bodies, countries and their adjectives) are
// written for framediff from general knowledge.

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/framing/voices"
)

// JoinSpeakerNames joins the names in counts that stand for one speaker (as
// [VoiceStats].Speakers lists them: statements by canonical name) and returns the joined
// counts, most first, ties by name, with a map from each name given that is now shown
// under another to that name. Names given more than once are summed.
//
// The rules, in this order:
//
//   - Names that differ only in case, in the apostrophe (typographic or typewriter's),
//     or in an opening "the" or "The" before a lower-case word or a name of several
//     words, are one speaker ("Analysts", "analysts", "the analysts"; "White House", "the
//     White House"; "Defense Ministry", "defense ministry"; "People’s Assembly",
//     "People's Assembly"; not "The Hague" and "Hague"), shown as the form with the larger
//     count (ties: the first in byte order).
//   - Spellings of one name by two systems of romanization are one speaker, shown as
//     the spelling with the most statements (ties: the longest, then the first in byte
//     order): names of two to four capitalized words (an Arabic article before the last
//     allowed: "Samir al-Haddawi") whose last words agree by [voices.SurnameKey] and
//     whose words before it agree one by one by [voices.GivenNameKey] ("Ivo Moroskyy",
//     "Ivo Morosky", "Ivo Moroskiy"; "Mohammed Qarsani", "Muhammad Qarsani"). Other
//     given names stay apart ("Vitali Drobenko", "Wladimir Drobenko"; two listed given
//     names, "Ellen Levin" and "Alan Lewin", unless they are spellings of one Ukrainian or
//     Russian name, "Sergey" and "Sergei", or its Ukrainian and Russian forms,
//     "Volodymyr" and "Vladimir"), and so do words alone ("Morosky" and
//     "Moroskyy"; "Dennis" and "Denis": nothing tells a word alone is a surname), the
//     name of a place or a legal text, and a Chinese, Korean or Vietnamese name in
//     family-name-first order ([voices.FamilyNameFirst]).
//   - A two-word name written surname first, as headlines and lists write it, joins the
//     name in the usual order when its second word is a known given name
//     ([voices.IsGivenName]) and its first is none ("Morosky Peter" into "Peter
//     Morosky"); when both words are given names ("Paul Rand", "Rand Paul") the two stay
//     apart.
//   - A two-word name whose first word is a known given name ([voices.IsGivenName]) joins
//     the longer name of three or four words that opens and ends with its words
//     ("Hillary Clinton" into "Hillary Rodham Clinton"), or the name of three words that
//     adds another known given name before them when that name has ten times its
//     statements or more ("Tayyip Erdogan" into "Recep Tayyip Erdogan"; "Carlos Zarate" is
//     often no "Juan Carlos Zarate"), under the rule of several fuller names below.
//   - A one-word name joins a person-like name of two to four words (a surname in
//     capitals of four letters or more, as transcripts write a speaker's, "SANDERS", read
//     in any case: it joins "Bernie Sanders"; "LEE" is initials) (each word
//     capitalized, no word of a body, place or medium after the first, such as "Daily",
//     "Ministry", "Park") when it is that name's surname: its last word as written or
//     that of a spelling joined into it ("Moroskyy" joins "Peter Morosky" when "Peter
//     Moroskyy" joined it), or, when no such name ends with the word as written, a
//     spelling of the same key
//     ([voices.SurnameKey]) that differs from it only as the romanizations of a Slavic or
//     Arabic name do (endings such as "-sky" and "-skyy" or "-iy" and "-ii", "kh" and
//     "h", "zh" and "j", "tz" and "ts", the Arabic article; not English spellings such
//     as "Marks" and "Marx", nor doubled letters), the word of five letters or more and
//     no known given name, and not differing in case alone ("DuPont" is no "Alan
//     Dupont"), when the name
//     (or a spelling joined into it) opens with a known given name ("Obama", "Barack
//     Obama"; "Morosky", "Peter Moroskyy"), holds an initial ("Vale",
//     "Jon Q. Vale"), or the word is an East Asian surname ("Lam", "Carrie Lam"); or its
//     first word when the name reads family name first: two or three words, the first an
//     East Asian surname, the others shaped like romanized East Asian given names (one or
//     two pinyin syllables, two short parts joined by a hyphen, or in a three-word name
//     words of up to four letters) and none a name in counts alone ("Xi", "Xi Jinping";
//     "Kim", "Kim Jong Un"). The last word of such a name is a given name and does not
//     join it ("Wei" stays apart from "Li Wei").
//   - Then a two-word name whose second word is an East Asian surname (with the names
//     joined into it) joins the name of three or four words that opens with its words
//     and ends in a hyphenated romanized given name, as Hong Kong writes an English given
//     name before the Chinese name ("Tam" into "Carrie Tam", then into "Carrie Tam
//     Lok-yin").
//   - A numbered part of a legal text ([voices.LegalText]: "Article 45 of the Basic Law",
//     "Section 3 of the Harbor Act") joins the text, when the text is named too ("Basic
//     Law", "the Harbor Act"): what it cites is the text. A part alone stays as it is,
//     and so does a part of a text cited by a common noun ("Article 27 of the law" is no
//     "the law").
//   - Then the names of one country's body or office are one speaker, shown as the form
//     with the larger count (ties: the first in byte order): the country given by its
//     name, its possessive or its adjective ("Ukraine president", "Ukraine's president",
//     "Ukrainian president"; "Russia's Defense Ministry", "Russian Defense Ministry"),
//     "Ministry of X", "Department of X" or "Office of X" for "X Ministry", "X
//     Department" or "X Office" with the same country or none ("Russian Ministry of
//     Defense"; "Department of Justice", "Justice Department"; "Office of the Harbor
//     Master", "Harbor Master's Office", a possessive inside the name read without it), "Ministry of Foreign Affairs" for "Foreign Ministry", and
//     after a country "Defence" for "Defense". The body's words end in a word of a body
//     or an office ("Ministry", "government", "president", "officials"); the countries
//     are a table of about a hundred, without names that other places or many people
//     share ("Georgia", "Chad"). A name without a country is not joined to a country's:
//     "Defense Ministry" alone may be any country's, and nothing across documents tells
//     which ("Defense Ministry", "Russian Defense Ministry" and "Ukrainian Defense
//     Ministry" stay three).
//   - Then the short name of a body, two or more capitalized words ending in a word of
//     an institution ("Staff", "Committee", "Council", "Office", "Service", …), joins
//     the name that completes it with "of" and capitalized words ("General Staff" and
//     "General Staff of the Armed Forces"; "Standing Committee" and "Standing Committee
//     of the National Assembly"), shown by the fuller name, which tells what the body
//     is, when neither names a country: "Security Service" alone may
//     be any country's, and stays apart from "Security Service of Ruritania". The
//     fuller name must have a tenth of the short one's statements or more, more than
//     four times those of each other name that completes it, and no fewer than each
//     that completes it with a country.
//   - Then the names of one country as the countries' table writes them, and of the
//     European Union and the United Nations, are one speaker, shown by the table's
//     first name, with or without an opening "the" ("US", "U.S.", "USA", "America" and
//     "the United States" are "United States"; "UK", "U.K." and "United Kingdom" are
//     "Britain"; "EU" is "European Union"; not the adjectives).
//   - Last, an acronym of three to six capital letters, with a dot after each or none
//     ("IAEA", "F.B.I."), joins the name of two to six words whose capitalized words'
//     initials it spells, "of", "the", "and" and "for" skipped ("International Atomic
//     Energy Agency", "Federal Bureau of Investigation", "Armed Forces of Ukraine" for
//     "AFU"), shown by that name, under the rule of several fuller names below, when the
//     name is not shaped like a person's (a word of a body or place after the first, such
//     as "Agency", "Union", "Service", or a lower-case word), each capitalized word has a
//     lower-case letter, and it does not open with a known given name; a person's name
//     with those initials is a rival that keeps the acronym apart when it has more
//     statements. The spellings with and without dots are one speaker ("F.B.I.", "FBI"),
//     shown as the one with more statements, whether or not the name is given. An
//     acronym of two letters joins no name of its own: "PM", "CE" and "VR" stand for
//     too many.
//
// A name does not join:
//
//   - when several fuller names could be meant and none has more than four times the
//     count of every other (after the joins before it): "Wang" stays apart beside
//     "Wang Yi" and "Wang Wenbin" of like weight; nor when a name that ends in the word
//     (by its key) but opens with a given name the package does not know, and with no
//     word of the language's lists ([voices.Lang.Classes]: "President"), has more
//     statements than the name it would join: "Morosky" stays apart beside "Tavro
//     Morosky" (20) and "Peter Morosky" (2);
//   - when the one word is one of the commonest surnames of China, Korea or Vietnam
//     ([voices.CommonSurname]: "Zhang", "Kim", "Nguyen") and the fuller name is in
//     family-name-first order ("Huang Hongyun"; a name in Western order, "Spike Lee",
//     "Kevin Chang", is joined as any other): in a document that gives the
//     full name the surname is that person already (the document's canonical name), and
//     where no document of its own gives one, it names no one in particular, however
//     few full names with it the other documents give ("Huang" stays apart from "Huang
//     Hongyun", the one Huang named in full);
//   - when the one word is the name of a country, region or city ("Israel" stays apart
//     from "Steve Israel"), or the fuller name is a body's ("Soloria" from "Soloria
//     Daily");
//   - when it is a given name rather than a surname ("Paul", "Paul Meroz"; "Kim" too
//     beside "Kim Kardashian", whose second word is no East Asian given name), or the
//     fuller name opens with a given name the package does not know and holds no initial
//     ("Morosky", "Tavro Morosky");
//   - when it is the plural of a fuller name's surname and no fuller name ends in it, a
//     family ("the Khans", beside "Imran Khan", is no "Christophe Hans", whose surname
//     differs from it only as the romanizations of a Slavic or Arabic name do; "Edwards"
//     beside "John Edwards" and "Prince Edward" is John Edwards);
//   - when it opens a body's name whose second word is no East Asian given name in form
//     ("Lam" beside "Lam Research", "Han" beside "Han Chinese"). The test is of form
//     only: an English word of one or two pinyin-like syllables ("Han Bean") passes.
//
// A person joined is shown by the fuller name, however often the short one was written.
// Each name is looked up by the first and last words of the fuller names, so the work
// grows with the number of names, not with its square. The result does not depend on
// the order of counts. Counts of zero or less are left out: they join nothing and are not
// returned.
func JoinSpeakerNames(counts []Count) ([]Count, map[string]string) {
	forms := map[string]int{}
	for _, c := range counts {
		if c.Count > 0 { // a count of zero or less is no statement: left out
			forms[c.Name] += c.Count
		}
	}
	// One group per key (speakerKey): the names that differ only in case or an opening "the".
	type group struct {
		name  string   // the form with the largest count
		words []string // the words of name
		count int
		into  int // the group this one joined, or -1
		// Whether name, or a spelling of it joined into it, opens with a known given name
		// (voices.IsGivenName: "Sergei Lavrov" joined into "Sergey Lavrov").
		given bool
	}
	formsOf := map[string][]Count{}
	for f, n := range forms {
		k := speakerKey(f)
		formsOf[k] = append(formsOf[k], Count{f, n})
	}
	keys := make([]string, 0, len(formsOf))
	for k := range formsOf {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	gs := make([]group, len(keys))
	single := map[string]bool{} // the one-word names
	for i, k := range keys {
		fs := formsOf[k]
		slices.SortFunc(fs, func(x, y Count) int { return cmp.Or(cmp.Compare(y.Count, x.Count), strings.Compare(x.Name, y.Name)) })
		g := &gs[i]
		g.name, g.words, g.into = fs[0].Name, strings.Fields(fs[0].Name), -1
		g.given = len(g.words) > 0 && voices.IsGivenName(g.words[0])
		for _, f := range fs {
			g.count += f.Count
		}
		if !strings.Contains(g.name, " ") {
			single[g.name] = true
		}
	}
	// merge joins every group of is but best into best.
	merge := func(is []int, best int) {
		for _, i := range is {
			if i != best {
				gs[best].count += gs[i].count
				gs[best].given = gs[best].given || gs[i].given
				gs[i].into = best
			}
		}
	}
	// most returns the group of is with the most statements (ties: the first name in byte
	// order).
	most := func(is []int) int {
		best := is[0]
		for _, i := range is[1:] {
			if gs[i].count > gs[best].count || gs[i].count == gs[best].count && gs[i].name < gs[best].name {
				best = i
			}
		}
		return best
	}
	// Spellings of one name by two systems of romanization are one speaker
	// (spellingKeyOf), shown by the spelling with the most statements.
	bySpelling := map[string][]int{}
	var spellings []string // in the order of gs, which is key order
	for i := range gs {
		if k, ok := spellingKeyOf(gs[i].words); ok {
			if bySpelling[k] == nil {
				spellings = append(spellings, k)
			}
			bySpelling[k] = append(bySpelling[k], i)
		}
	}
	for _, k := range spellings {
		is := bySpelling[k]
		best := is[0]
		for _, i := range is[1:] {
			if c, b := gs[i].count, gs[best].count; c > b || c == b && (len(gs[i].name) > len(gs[best].name) ||
				len(gs[i].name) == len(gs[best].name) && gs[i].name < gs[best].name) {
				best = i
			}
		}
		merge(is, best)
	}
	// A two-word name written surname first, as headlines and lists write it
	// ("Zelensky Volodymyr: …"), joins the name in the usual order ("Volodymyr Zelensky")
	// when its second word is a known given name and its first is none: "Rand Paul" and
	// "Paul Rand", whose words are both given names, stay two.
	byWords := map[[2]string]int{}
	for i := range gs {
		if w := gs[i].words; gs[i].into < 0 && len(w) == 2 && personLike(w) {
			byWords[[2]string{w[0], w[1]}] = i
		}
	}
	for i := range gs {
		w := gs[i].words
		if gs[i].into >= 0 || len(w) != 2 || !voices.IsGivenName(w[1]) || voices.IsGivenName(w[0]) || !personLike(w) {
			continue
		}
		if j, ok := byWords[[2]string{w[1], w[0]}]; ok && j != i && gs[j].into < 0 {
			merge([]int{i, j}, j)
		}
	}
	// join joins group i into the candidate that has more than four times the count of
	// any other, if one has.
	// Only cands[:n] are candidates: cands[n:] are rivals, names that are not joined and
	// do not make a name ambiguous, but that group i may mean more likely than the
	// candidate when they have more statements, so that it joins none.
	join := func(i int, cands []int, n int) {
		if n == 0 {
			return
		}
		best := 0
		for j, c := range cands[:n] {
			if gs[c].count > gs[cands[best]].count {
				best = j
			}
		}
		for j, c := range cands[:n] {
			if j != best && 4*gs[c].count >= gs[cands[best]].count {
				return
			}
		}
		for _, c := range cands[n:] {
			if gs[c].count > gs[cands[best]].count {
				return
			}
		}
		gs[cands[best]].count += gs[i].count
		gs[i].into = cands[best]
	}
	fullNames := func() []int { // person-like names of two to four words, in key order
		var full []int
		for i := range gs {
			if w := gs[i].words; gs[i].into < 0 && len(w) >= 2 && len(w) <= 4 && personLike(w) {
				full = append(full, i)
			}
		}
		return full
	}
	// A given name and a surname join the longer name that opens and ends with them, or
	// the name of three words that adds a given name before them ("Tayyip Erdogan",
	// "Recep Tayyip Erdogan").
	full := fullNames()
	byEnds, bySecond := map[[2]string][]int{}, map[[2]string][]int{}
	for _, f := range full {
		if w := gs[f].words; len(w) > 2 {
			byEnds[[2]string{w[0], w[len(w)-1]}] = append(byEnds[[2]string{w[0], w[len(w)-1]}], f)
			if len(w) == 3 && voices.IsGivenName(w[0]) && voices.IsGivenName(w[1]) {
				bySecond[[2]string{w[1], w[2]}] = append(bySecond[[2]string{w[1], w[2]}], f)
			}
		}
	}
	for _, i := range full {
		w := gs[i].words
		if len(w) != 2 || !voices.IsGivenName(w[0]) {
			continue
		}
		var cands []int
		for _, f := range byEnds[[2]string{w[0], w[1]}] {
			if gs[f].into < 0 {
				cands = append(cands, f)
			}
		}
		for _, f := range bySecond[[2]string{w[0], w[1]}] {
			// The second of two given names and the surname name the person the full name
			// names only when that full name is written ten times as often or more: a
			// compound given name's second half with the surname ("Carlos Zarate" beside
			// "Juan Carlos Zarate") is often someone else.
			if gs[f].into < 0 && gs[f].count >= 10*gs[i].count {
				cands = append(cands, f)
			}
		}
		slices.Sort(cands)
		join(i, cands, len(cands))
	}
	// A name of one word joins the fuller name whose surname it is.
	english := voices.LangOf("english")
	full = fullNames()
	// The last words, as written, of each full name and of the names joined into it
	// ("Zelenskyy" of "Volodymyr Zelenskyy", a spelling joined into "Volodymyr Zelensky"):
	// a surname as written is that of every spelling of the name.
	ends := map[int][]string{}
	for i := range gs {
		if w := gs[i].words; len(w) >= 2 {
			r := i
			for gs[r].into >= 0 {
				r = gs[r].into
			}
			if !slices.Contains(ends[r], w[len(w)-1]) {
				ends[r] = append(ends[r], w[len(w)-1])
			}
		}
	}
	// A first or last word, by its spelling key (voices.SurnameKey: "Moroskyy" finds
	// "Ivo Morosky") -> the full names with it there, in key order; and the last words of
	// the full names, as written.
	byWord := map[string][]int{}
	surnames := map[string]bool{}
	for _, f := range full {
		w := gs[f].words
		surnames[w[len(w)-1]] = true
		lk, fk := voices.SurnameKey(w[len(w)-1]), voices.SurnameKey(w[0])
		byWord[lk] = append(byWord[lk], f)
		if fk != lk {
			byWord[fk] = append(byWord[fk], f)
		}
	}
	for i := range gs {
		one := gs[i].name
		// A surname in capitals is a transcript's speaker ("SANDERS: …"): it is read as the
		// surname it spells, in any case.
		caps := capitalsName(one)
		if gs[i].into >= 0 || strings.Contains(one, " ") || !personLike([]string{one}) && !caps || placeNames[strings.ToLower(one)] {
			continue // not one word, or the name of a place: "Israel" is no "Steve Israel"
		}
		if n := len(one); n > 3 && one[n-1] == 's' && surnames[one[:n-1]] && !surnames[one] {
			continue // a family by its surname's plural: "the Khans" are no "Christophe Hans" ("Edwards" beside "John Edwards" is his)
		}
		common := voices.CommonSurname(one) // "Zhang", "Kim": alone, no one in particular
		var cands, rivals []int
		key := voices.SurnameKey(one)
		if caps {
			key = voices.SurnameKey(strings.ToLower(one))
		}
		endsWith := func(f int, word string) bool {
			return slices.ContainsFunc(ends[f], func(x string) bool { return x == word || caps && strings.EqualFold(x, word) })
		}
		// Another spelling is looked at only when no full name ends with this one, and
		// the two differ by the transliteration of a Slavic or Arabic name
		// (sameTransliteration), not a known given name ("Dennis" is no "Denis").
		other := !caps && len(one) >= 5 && !voices.IsGivenName(one) && !slices.ContainsFunc(byWord[key], func(f int) bool {
			return endsWith(f, one)
		})
		for _, f := range byWord[key] {
			w := gs[f].words
			// A name of the form of Chinese, Korean or Vietnamese order (voices.FamilyNameFirst)
			// is never joined by its last word, a given name ("Wei", "Li Wei"), and is
			// joined by its first when no later word is a speaker alone ("Cameron" alone
			// makes "David Cameron" Western order). Otherwise the last word is the surname when the name opens with a
			// known given name, holds an initial, or the word is an East Asian surname.
			famFirst := voices.FamilyNameFirst(w)
			// A word of under five letters as written ("Web" is not "Jim Webb"), and no
			// other case alone ("DuPont" is not "Alan Dupont").
			lastWord := !famFirst && (endsWith(f, one) || other && voices.SurnameKey(w[len(w)-1]) == key &&
				!strings.EqualFold(w[len(w)-1], one) && sameTransliteration(w[len(w)-1], one))
			last := lastWord && (gs[f].given || hasInitial(w) || voices.IsEastAsianSurname(one))
			if lastWord && !last && english.Classes(w[0]) == 0 {
				// "Ivo Morosky" beside "Morosky" may be meant, so no other one is; a title
				// or another word of the language first ("President Morosky") names no
				// other person.
				rivals = append(rivals, f)
			}
			first := w[0] == one && famFirst && !slices.ContainsFunc(w[1:], func(x string) bool { return single[x] })
			if common && !last {
				continue // only a name in Western order ("Spike Lee") takes a common surname
			}
			if last || first {
				cands = append(cands, f)
			}
		}
		slices.Sort(cands) // key order, as full
		slices.Sort(rivals)
		join(i, append(cands, rivals...), len(cands))
	}
	// An English given name and an East Asian surname join the name that adds a
	// hyphenated Chinese given name ("Carrie Tam", "Carrie Tam Lok-yin").
	full = fullNames()
	byFirstTwo := map[[2]string][]int{}
	for _, f := range full {
		if w := gs[f].words; len(w) > 2 && hyphenatedGiven(w[len(w)-1]) {
			byFirstTwo[[2]string{w[0], w[1]}] = append(byFirstTwo[[2]string{w[0], w[1]}], f)
		}
	}
	for _, i := range full {
		w := gs[i].words
		if gs[i].into >= 0 || len(w) != 2 || !voices.IsEastAsianSurname(w[1]) {
			continue
		}
		var cands []int
		for _, f := range byFirstTwo[[2]string{w[0], w[1]}] {
			if gs[f].into < 0 {
				cands = append(cands, f)
			}
		}
		join(i, cands, len(cands))
	}
	// Last, the names of one body or office: a country given by its possessive, its
	// adjective or its name before the same words, "Ministry of X" and "X Ministry"
	// (bodyKey), joined into the one with the most statements (ties: the first in byte
	// order).
	byBody := map[string][]int{}
	var bodyKeys []string // in the order of gs, which is key order
	for i := range gs {
		if gs[i].into >= 0 {
			continue
		}
		if k, ok := bodyKey(gs[i].words); ok {
			if byBody[k] == nil {
				bodyKeys = append(bodyKeys, k)
			}
			byBody[k] = append(byBody[k], i)
		}
	}
	for _, k := range bodyKeys {
		is := byBody[k]
		merge(is, most(is))
	}
	// A body's short name joins its name with "of" and what it belongs to, when that
	// names no country ("General Staff", "General Staff of the Armed Forces").
	words, ns := make([][]string, len(gs)), make([]int, len(gs))
	for i := range gs {
		if gs[i].into < 0 {
			words[i], ns[i] = gs[i].words, gs[i].count
		}
	}
	for _, p := range bodyOfJoins(words, ns) {
		if gs[p[0]].into < 0 && gs[p[1]].into < 0 {
			merge(p[:], p[1]) // shown by the fuller name, which tells what the body is
		}
	}
	// The names of one country or union as countryTable and unionTable write them are one
	// speaker, shown by the table's first name ("US", "U.S.", "United States").
	byCountry := map[string][]int{}
	var countryNames []string
	for i := range gs {
		if gs[i].into >= 0 {
			continue
		}
		name := gs[i].name // "the United States" is the group of "United States" too
		if rest, ok := strings.CutPrefix(name, "the "); ok {
			name = rest
		} else if rest, ok := strings.CutPrefix(name, "The "); ok {
			name = rest
		}
		c, ok := countries[name]
		if !ok || c.adjective {
			c, ok = unions[name]
		}
		if ok && !c.adjective {
			if byCountry[c.name] == nil {
				countryNames = append(countryNames, c.name)
			}
			byCountry[c.name] = append(byCountry[c.name], i)
		}
	}
	for _, c := range countryNames {
		is := byCountry[c]
		best := is[0]
		for _, i := range is {
			if gs[i].name == c {
				best = i
			}
		}
		merge(is, best)
		if gs[best].name != c { // the table's name not given: shown by it all the same
			gs[best].name, gs[best].words = c, strings.Fields(c)
		}
	}
	// An acronym of three to six letters joins the name it abbreviates ("IAEA",
	// "International Atomic Energy Agency"; see acronymOf), shown by that name, when no
	// other name with those initials, a person's too, is meant as often (join); the
	// acronym written with and without dots is one speaker in any case ("F.B.I.", "FBI").
	byInitials := map[string][]int{}
	personInitials := map[string][]int{}
	for i := range gs {
		if gs[i].into < 0 {
			if a := acronymOf(gs[i].words); a != "" && !personLike(gs[i].words) {
				byInitials[a] = append(byInitials[a], i) // key order, as gs
			} else if a := initialsOf(gs[i].words); a != "" {
				personInitials[a] = append(personInitials[a], i)
			}
		}
	}
	byAcronym := map[string][]int{}
	var acronyms []string
	for i := range gs {
		if gs[i].into < 0 && len(gs[i].words) == 1 {
			if a := acronymKey(gs[i].name); a != "" {
				if byAcronym[a] == nil {
					acronyms = append(acronyms, a)
				}
				byAcronym[a] = append(byAcronym[a], i)
			}
		}
	}
	for _, a := range acronyms {
		is := byAcronym[a]
		best := most(is) // "F.B.I." and "FBI"
		merge(is, best)
		if len(a) >= 3 {
			cands := byInitials[a]
			join(best, append(slices.Clone(cands), personInitials[a]...), len(cands))
		}
	}
	// A part of a legal text cited by its number joins the text, when the text is cited by
	// name too ("Article 45 of the Basic Law" into "Basic Law"; see partOfText).
	byKey := map[string]int{}
	for i := range gs {
		if gs[i].into < 0 {
			byKey[keys[i]] = i
		}
	}
	for i := range gs {
		if gs[i].into >= 0 {
			continue
		}
		if text, ok := partOfText(gs[i].name); ok {
			if t, ok := byKey[speakerKey(text)]; ok && t != i && voices.LegalText(gs[t].name) {
				gs[t].count += gs[i].count
				gs[i].into = t
			}
		}
	}
	root := func(i int) int {
		for gs[i].into >= 0 {
			i = gs[i].into
		}
		return i
	}
	joined := map[string]int{}
	for i := range gs {
		if gs[i].into < 0 {
			joined[gs[i].name] = gs[i].count
		}
	}
	into := map[string]string{}
	for f := range forms {
		i, _ := slices.BinarySearch(keys, speakerKey(f))
		if name := gs[root(i)].name; name != f {
			into[f] = name
		}
	}
	return sortedCounts(joined), into
}

// acronymKey returns the letters of name when it is written as an acronym: two to six
// upper-case ASCII letters, each followed by a dot or none of them ("EU", "NATO",
// "U.S."); "" otherwise.
func acronymKey(name string) string {
	letters := strings.ReplaceAll(name, ".", "")
	if len(letters) < 2 || len(letters) > 6 || strings.Contains(name, ".") && len(name) != 2*len(letters) {
		return ""
	}
	for i := 0; i < len(letters); i++ {
		if letters[i] < 'A' || letters[i] > 'Z' {
			return ""
		}
		if len(name) != len(letters) && name[2*i+1] != '.' {
			return "" // "U.SA"
		}
	}
	return letters
}

// acronymOf returns the initials of a name of two to six words that an acronym may stand
// for: the first letters, upper case, of its capitalized words, the lower-case words
// "of", "the", "and" and "for" skipped wherever they stand ("European Union": "EU"; "Armed
// Forces of Ukraine": "AFU"); "" when another word is not capitalized or is written in
// capitals alone, a word opens with no ASCII letter, fewer than two words are
// capitalized, or the name opens with a known given name ([voices.IsGivenName]: a person's initials are no acronym of a body
// here). JoinSpeakerNames asks too that the name not be person-like (personLike).
func acronymOf(words []string) string {
	if len(words) > 0 && voices.IsGivenName(words[0]) {
		return ""
	}
	return nameInitials(words, true)
}

// initialsOf returns the first letters of a name of two to six capitalized words ("Paul
// Ernst Cole": "PEC"), the words "of", "the", "and" and "for" skipped as acronymOf skips
// them; "" otherwise. JoinSpeakerNames takes a person's name so initialled as a rival of
// the name an acronym spells.
func initialsOf(words []string) string { return nameInitials(words, false) }

// nameInitials returns the first letters of the capitalized words of a name of two to
// six words, "of", "the", "and" and "for" skipped, when at least two are capitalized and
// no other word stands there; with titleCase, a word in capitals alone ("NEW") is no
// capitalized word. "" otherwise. (referents.go's initials, for the labels, reads every
// word and skips none: "Armed Forces of Ukraine" has none there.)
func nameInitials(words []string, titleCase bool) string {
	if len(words) < 2 || len(words) > 6 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		switch c := w[0]; {
		case c >= 'A' && c <= 'Z' && (!titleCase || strings.ContainsFunc(w, unicode.IsLower)):
			b.WriteByte(c)
		case w == "of" || w == "the" || w == "and" || w == "for":
		default:
			return ""
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// unions maps the names of two unions of countries that news writes as speakers,
// "EU" and "UN", with and without dots, to the union, as countries maps a country's
// names. Read only.
var unions = countryForms("European Union,EU,E.U.|\nUnited Nations,UN,U.N.|")

// speakerKey is name without an opening "the ", in lower case, with typographic
// apostrophes as "'": the names it joins differ only there.
func speakerKey(name string) string {
	// "the protesters", "the White House"; not "The Hague" or "The Sun" (a place, a
	// newspaper), which one capitalized word after "The" names apart from "Hague", "Sun".
	rest, ok := strings.CutPrefix(name, "the ")
	if !ok {
		rest, ok = strings.CutPrefix(name, "The ")
	}
	if ok && rest != "" {
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || strings.Contains(rest, " ") {
			name = rest
		}
	}
	if !utf8.ValidString(name) {
		return name // not UTF-8: only the name itself
	}
	// A typographic apostrophe is the typewriter's ("National People’s Congress").
	if strings.ContainsAny(name, "’＇") {
		name = apostrophes.Replace(name)
	}
	return strings.ToLower(name)
}

// apostrophes writes typographic apostrophes as the typewriter's. Safe for concurrent use.
var apostrophes = strings.NewReplacer("’", "'", "＇", "'")

// hyphenatedGiven reports whether w has the form of a romanized Chinese given name of two
// syllables joined by a hyphen ("Lok-yin", "Chu-ming"): a capital, then lower-case ASCII
// letters, two to five on each side.
func hyphenatedGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	part := func(p string, capital bool) bool {
		if len(p) < 2 || len(p) > 5 {
			return false
		}
		for i := 0; i < len(p); i++ {
			c := p[i]
			if i == 0 && capital {
				if c < 'A' || c > 'Z' {
					return false
				}
			} else if c < 'a' || c > 'z' {
				return false
			}
		}
		return true
	}
	return ok && part(a, true) && part(b, false)
}

// hasInitial reports whether a name's words hold an initial ("J." in "Donald J. Trump").
func hasInitial(words []string) bool {
	for _, w := range words {
		if r, n := utf8.DecodeRuneInString(w); w[n:] == "." && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// personLike reports whether the words of a name could be a person's: each starts with an
// upper-case letter and has a lower-case one (not "UN", not "of") or is an initial ("W."),
// the first and last are no initials, and none after the first is a word of the names of
// bodies, places and media (notPersonWord).
// capitalsName reports whether name is one word of four letters or more, all capitals,
// as transcripts write a speaker's surname before a colon ("SANDERS", "O’MALLEY"); a
// word of three letters or fewer is read as initials ("CNN").
func capitalsName(name string) bool {
	n := 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '\'' || r == '’' || r == '-':
		default:
			return false
		}
	}
	return n >= 4
}

func personLike(words []string) bool {
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		initial := w[n:] == "." && unicode.IsUpper(r)
		switch {
		case initial && (i == 0 || i == len(words)-1):
			return false
		case initial:
		case !unicode.IsUpper(r) || !strings.ContainsFunc(w, unicode.IsLower):
			return false
		case i > 0 && notPersonWord[strings.ToLower(w)]:
			return false // a body's or a place's word after the first: "China Daily", "Lumbini Park"
		}
	}
	return true
}

// wordSet returns the set of the words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// placeNames are one-word names of countries, regions and cities: a speaker of one of
// them is a government or a people, never the surname of a person who shares the word
// ("Israel", "Steve Israel"; "Wales"). Read only.
var placeNames = wordSet(`afghanistan albania algeria angola argentina armenia australia austria
	azerbaijan bahrain bangladesh belarus belgium bhutan bolivia bosnia botswana brazil britain brunei
	bulgaria burma cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus czechia
	denmark ecuador egypt england eritrea estonia ethiopia europe finland france gabon gambia georgia
	germany ghana greece guatemala guinea haiti honduras hungary iceland india indonesia iran iraq
	ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia
	lebanon liberia libya lithuania luxembourg macedonia madagascar malawi malaysia mali malta mexico
	moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger
	nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar
	romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan
	sweden switzerland syria taiwan tajikistan tanzania thailand tibet togo tunisia turkey
	turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe
	africa asia america americas antarctica arctic eurasia oceania europe west east crimea donbas
	xinjiang macau macao kashmir gaza beijing shanghai washington moscow kiev kyiv london paris berlin
	tokyo seoul pyongyang tehran taipei brussels delhi islamabad kabul baghdad damascus cairo ankara
	istanbul jerusalem riyadh havana caracas ottawa canberra rome madrid athens vienna warsaw
	minsk tbilisi geneva manila jakarta hanoi bangkok singapore nairobi lagos pretoria
	johannesburg sydney melbourne toronto montreal chicago boston hollywood brooklyn manhattan
	texas california florida virginia ohio iowa alabama arizona kentucky`)

// notPersonWord holds words that end or follow the name of a body, a place or a medium
// ("Foreign Ministry", "China Daily", "Russia Today", "South Korea" aside): a name with one
// is no person's, and a speaker of one word does not join it. Read only.
var notPersonWord = wordSet(`daily today times news post press agency journal herald tribune
	review weekly network television radio channel ministry department office government party
	parliament congress senate council committee commission court bank group company corporation
	union association federation institute university college school academy foundation fund
	league army navy police forces command republic kingdom states state city province region
	county district island islands sea street square house palace hall airport university
	embassy consulate mission organization organisation alliance front movement centre center
	park garden gardens bridge river lake mountain mountains bay road avenue port airlines
	kong nations service services`)

// bodyKey returns the key that the names of one body or office share, and whether words
// (a name's words) are such a name: after an opening "the", a country given by its name
// ("Ukraine" in "Ukraine president"), its possessive ("Russia's", "the United States'")
// or its adjective ("Russian"), as countries lists them, or no country; then the body's
// words, the last a word of a body or an office (bodyHeads: "Defense Ministry", "foreign
// minister", "officials"), or "Ministry of" or "Department of" and words that do not end
// in one ("Ministry of Defense"; not "Ministry of Defense officials"). The key is the
// country and the body's words in lower case, where "Ministry of X" and "Department of X"
// are "X Ministry" and "X Department" ("Ministry of the Interior" is "Interior
// Ministry") and "Foreign Affairs Ministry" is "Foreign Ministry"; after a country,
// "defence" is "defense" ("Russia's Defence Ministry", "Russian Defense Ministry"). A name
// without a country has a key without one and joins only names without one: the same
// words with no country may stand for any country's body. Without a country the two
// spellings stay apart too ("Ministry of Defence" alone is often Britain's, "Defense
// Ministry" alone an American writer's name for any country's), while "Ministry of
// Defence" and "Defence Ministry" join, as "Ministry of X" and "X Ministry" do.
func bodyKey(words []string) (string, bool) {
	if len(words) > 1 && (words[0] == "the" || words[0] == "The") {
		words = words[1:]
	}
	country, rest := "", words
	for n := min(2, len(words)-1); n >= 1; n-- { // "South Korea's" before "South"
		if c, ok := countryOf(words[:n]); ok {
			country, rest = c, words[n:]
			break
		}
	}
	if len(rest) == 0 || !isBodyHead(rest[len(rest)-1]) &&
		(len(rest) < 3 || !strings.EqualFold(rest[0], "ministry") && !strings.EqualFold(rest[0], "department") && !strings.EqualFold(rest[0], "office") ||
			!strings.EqualFold(rest[1], "of")) {
		return "", false // no body's word, no "Ministry of": no body (before any allocation)
	}
	body := make([]string, len(rest))
	for i, w := range rest {
		body[i] = strings.ToLower(w)
		if body[i] == "defence" && country != "" {
			body[i] = "defense" // not alone: "Ministry of Defence" alone is often Britain's
		}
		if i < len(rest)-1 {
			// A possessive inside the name: "Prosecutor General's Office" is the
			// "Office of the Prosecutor General".
			body[i] = strings.TrimSuffix(strings.TrimSuffix(body[i], "'s"), "’s")
		}
	}
	if !bodyHeads[body[len(body)-1]] {
		if len(body) < 3 || body[0] != "ministry" && body[0] != "department" && body[0] != "office" || body[1] != "of" {
			return "", false
		}
		x := body[2:] // "Ministry of Defense": "Defense Ministry"
		if len(x) > 1 && x[0] == "the" {
			x = x[1:]
		}
		body = append(slices.Clone(x), body[0])
	}
	if len(body) == 3 && body[0] == "foreign" && body[1] == "affairs" && body[2] == "ministry" {
		body = []string{"foreign", "ministry"}
	}
	return country + "|" + strings.Join(body, " "), true
}

// bodyOfJoins returns the pairs of names to join where the short name of a body, two or
// more capitalized words ending in a word of an institution (institutionHeads: "General
// Staff", "Standing Committee"), an opening "the" allowed, stands for the longer name that
// opens with its words and goes on with "of" and capitalized words naming what the body
// belongs to ("General Staff of the Armed Forces"), when neither names a country
// (countryOf on each word and pair of words, the unions too): "Foreign Ministry" and
// "Foreign Ministry of Ruritania" stay two, as the body rule keeps a name without a
// country apart from a country's. The longer name must have a tenth of the short one's
// statements or more ("Supreme Court" written 500 times is no "Supreme Court of Halden"
// written 3), more than four times those of each other longer name that qualifies, and
// no fewer than each that names a country ("General Staff of Ruritania"), or the short
// name joins none. words[i] and
// counts[i] are the words and statements of name i, words[i] nil for a name left out;
// each pair is a short name's index, then the longer's, in the order of the short names.
func bodyOfJoins(words [][]string, counts []int) [][2]int {
	trim := func(w []string) []string {
		if len(w) > 1 && (w[0] == "the" || w[0] == "The") {
			return w[1:]
		}
		return w
	}
	capitalized := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	namesCountry := func(w []string) bool {
		for i := range w {
			for n := 1; n <= 2 && i+n <= len(w); n++ {
				if _, ok := countryOf(w[i : i+n]); ok {
					return true
				}
				if _, ok := unions[strings.Join(w[i:i+n], " ")]; ok {
					return true
				}
			}
		}
		return false
	}
	short := map[string]int{} // the short names by their words in lower case
	for i := range words {
		w := trim(words[i])
		if len(w) < 2 || !institutionHeads[strings.ToLower(w[len(w)-1])] || namesCountry(w) {
			continue
		}
		ok := true
		for _, x := range w {
			ok = ok && capitalized(x)
		}
		if ok {
			short[strings.ToLower(strings.Join(w, " "))] = i
		}
	}
	if len(short) == 0 {
		return nil
	}
	longer := map[int][]int{} // short name -> the longer names that qualify
	rivals := map[int][]int{} // short name -> the longer names that name a country
	var order []int
	for j := range words {
		w := trim(words[j])
		if len(w) < 3 {
			continue
		}
		country := namesCountry(w)
		for p := 1; p < len(w)-1; p++ {
			if w[p] != "of" {
				continue
			}
			i, ok := short[strings.ToLower(strings.Join(w[:p], " "))]
			if !ok {
				break
			}
			// What it belongs to: capitalized words, "the", "of", "and" and "for" between.
			named, lower := false, false
			for _, x := range w[p+1:] {
				named = named || capitalized(x)
				lower = lower || !capitalized(x) && x != "the" && x != "of" && x != "and" && x != "for"
			}
			switch {
			case !named || lower:
			case country:
				rivals[i] = append(rivals[i], j)
			default:
				if longer[i] == nil {
					order = append(order, i)
				}
				longer[i] = append(longer[i], j)
			}
			break
		}
	}
	var pairs [][2]int
	for _, i := range order {
		cands := longer[i]
		best := cands[0]
		for _, c := range cands[1:] {
			if counts[c] > counts[best] {
				best = c
			}
		}
		ok := 10*counts[best] >= counts[i] // not "Supreme Court" (500) and "… of Halden" (3)
		for _, c := range cands {
			ok = ok && (c == best || 4*counts[c] < counts[best])
		}
		for _, c := range rivals[i] {
			ok = ok && counts[c] <= counts[best] // "General Staff of Ruritania" more often
		}
		if ok {
			pairs = append(pairs, [2]int{i, best})
		}
	}
	return pairs
}

// institutionHeads are the words that end the short name of a body that its full name
// completes with "of" and what it belongs to ("General Staff of the Armed Forces",
// "Standing Committee of the National Assembly"). Read only.
var institutionHeads = wordSet(`staff committee council court office federation bureau service commission
	agency assembly congress union guard directorate command board authority inspectorate`)

// countryOf returns the country that words (one or two words) name as the qualifier of a
// body's name, and whether they name one: the country's name ("Ukraine") or adjective
// ("Ukrainian") as countries lists them, or the name's possessive ("Ukraine's", with "’"
// or "＇" as well; "United States'" after a final s).
func countryOf(words []string) (string, bool) {
	w := strings.Join(words, " ")
	if c, ok := countries[w]; ok {
		return c.name, true
	}
	for _, ap := range []string{"'", "’", "＇"} {
		base, ok := strings.CutSuffix(w, ap+"s")
		if !ok {
			if base, ok = strings.CutSuffix(w, ap); !ok || !strings.HasSuffix(base, "s") {
				continue
			}
		}
		if c, ok := countries[base]; ok && !c.adjective {
			return c.name, true
		}
	}
	return "", false
}

// isBodyHead reports whether w, in lower case, is one of bodyHeads, without allocating:
// the heads are short and ASCII.
func isBodyHead(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return bodyHeads[string(buf[:len(w)])]
}

// bodyHeads are the words that end the name of a body or an office of a country: the
// words after its name, possessive or adjective ("Russian Defense Ministry", "Ukraine's
// president", "US officials"). Read only.
var bodyHeads = wordSet(`ministry department government administration cabinet parliament
	legislature military army navy forces police embassy consulate mission delegation court
	authorities officials official leadership leader leaders president presidency premier
	chancellor minister ambassador envoy diplomat diplomats spokesman spokeswoman
	spokesperson office media`)

// A countryForm is how a country is written before the name of one of its bodies: its
// name (possessive too) or its adjective.
type countryForm struct {
	name      string // the country's first name as countryTable lists it
	adjective bool   // an adjective, which takes no possessive
}

// countries maps each form of a country's name in countryTable to the country. Read
// only.
var countries = countryForms(countryTable)

// countryTable lists countries, one a line: the names (possessives are formed from them)
// and, after "|", the adjectives, as written before the name of a body ("Russia",
// "Russian Defense Ministry"). Left out are the names shared by other places or by many
// people ("Georgia", "Chad", "Congo", "Korea" alone, "Guinea", "Niger"); a name after "-"
// is the country's but no qualifier, as a common surname shares it ("Jordan's office" may
// be a lawmaker's), while its adjective is ("Jordanian"). "Israel" stays a qualifier: the
// country's possessive is far more common in news than a person's. Written for framediff
// from general knowledge.
const countryTable = `Afghanistan|Afghan
Albania|Albanian
Algeria|Algerian
Argentina|Argentine,Argentinian
Armenia|Armenian
Australia|Australian
Austria|Austrian
Azerbaijan|Azerbaijani,Azeri
Bahrain|Bahraini
Bangladesh|Bangladeshi
Belarus|Belarusian,Belarussian
Belgium|Belgian
Bolivia|Bolivian
Brazil|Brazilian
Britain,United Kingdom,UK,U.K.|British
Bulgaria|Bulgarian
Cambodia|Cambodian
Canada|Canadian
Chile|Chilean
China|Chinese
Colombia|Colombian
Croatia|Croatian
Cuba|Cuban
Cyprus|Cypriot
Czech Republic,Czechia|Czech
Denmark|Danish
Ecuador|Ecuadorian
Egypt|Egyptian
Estonia|Estonian
Ethiopia|Ethiopian
Finland|Finnish
France|French
Germany|German
Ghana|Ghanaian
Greece|Greek
Hong Kong|
Hungary|Hungarian
Iceland|Icelandic
India|Indian
Indonesia|Indonesian
Iran|Iranian
Iraq|Iraqi
Ireland|Irish
Israel|Israeli
Italy|Italian
Japan|Japanese
-Jordan|Jordanian
Kazakhstan|Kazakh
Kenya|Kenyan
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz
Latvia|Latvian
Lebanon|Lebanese
Libya|Libyan
Lithuania|Lithuanian
Malaysia|Malaysian
Mexico|Mexican
Moldova|Moldovan
Mongolia|Mongolian
Morocco|Moroccan
Myanmar,Burma|Burmese
Nepal|Nepali,Nepalese
Netherlands|Dutch
Nigeria|Nigerian
North Korea|North Korean
Norway|Norwegian
Pakistan|Pakistani
Palestine|Palestinian
Peru|Peruvian
Philippines|Philippine,Filipino
Poland|Polish
Portugal|Portuguese
Qatar|Qatari
Romania|Romanian
Russia|Russian
Saudi Arabia|Saudi
Serbia|Serbian
Singapore|Singaporean
Slovakia|Slovak
Slovenia|Slovenian
South Africa|South African
South Korea|South Korean
Spain|Spanish
Sri Lanka|Sri Lankan
Sudan|Sudanese
Sweden|Swedish
Switzerland|Swiss
Syria|Syrian
Taiwan|Taiwanese
Tajikistan|Tajik
Thailand|Thai
Tunisia|Tunisian
Turkey,Türkiye|Turkish
Turkmenistan|Turkmen
Uganda|Ugandan
Ukraine|Ukrainian
United States,U.S.,US,USA,U.S.A.,America|American
Uzbekistan|Uzbek
Venezuela|Venezuelan
Vietnam|Vietnamese
Yemen|Yemeni
Zimbabwe|Zimbabwean`

// countryForms parses a table in the form of countryTable.
func countryForms(table string) map[string]countryForm {
	m := map[string]countryForm{}
	for _, line := range strings.Split(table, "\n") {
		names, adjs, _ := strings.Cut(line, "|")
		ns := strings.Split(names, ",")
		name, noQualifier := strings.CutPrefix(ns[0], "-")
		for i, n := range ns {
			if i > 0 || !noQualifier {
				m[n] = countryForm{name: name}
			}
		}
		if adjs != "" {
			for _, a := range strings.Split(adjs, ",") {
				m[a] = countryForm{name: name, adjective: true}
			}
		}
	}
	return m
}

// spellingKeyOf returns the key that the spellings of one person's name share, and
// whether words (a name's words) may be a person's name that other systems of
// romanization spell otherwise: two to four words, each capitalized (see
// personLike), but for the Arabic article before the last ("Samir al-Haddawi"); not a
// place's name ("Kyiv", "Kiev" are left to the country's bodies), nor a legal text's
// ("Basic Law", see [voices.LegalText]), nor a Chinese, Korean or
// Vietnamese name in family-name-first order (voices.FamilyNameFirst), whose
// romanizations follow other rules. The key is the number of words, the given names'
// keys (voices.GivenNameKey; an initial is itself in lower case) and the last word's
// (voices.SurnameKey): spellings of one surname with the same given names share it ("Ivo
// Moroskyy", "Ivo Morosky"), different given names do not
// ("Ivo Morosky", "Ivan Morosky"). A word alone has no key: nothing tells it is a
// surname ("Dennis", "Denis"), and it joins another spelling only through a full name, by
// the surname rule of JoinSpeakerNames.
func spellingKeyOf(words []string) (string, bool) {
	if len(words) < 2 || len(words) > 4 {
		return "", false // a word alone may be no surname: "Dennis", "Denis"
	}
	last := words[len(words)-1]
	shape := words
	if rest := voices.AfterArabicArticle(last); rest != "" && len(words) > 1 {
		shape = append(slices.Clone(words[:len(words)-1]), rest) // "al-Haddawi" reads as "Haddawi"
	}
	if !personLike(shape) || voices.FamilyNameFirst(words) || voices.LegalText(strings.Join(words, " ")) {
		return "", false
	}
	var b strings.Builder
	b.WriteByte(byte('0' + len(words)))
	for _, w := range words[:len(words)-1] {
		b.WriteByte(' ')
		b.WriteString(voices.GivenNameKey(w))
	}
	b.WriteByte(' ')
	b.WriteString(voices.SurnameKey(last))
	return b.String(), true
}

// sameTransliteration reports whether a and b (one word each, sharing a
// voices.SurnameKey) differ only as romanizations of a Slavic or Arabic name differ: the
// Arabic article ("al-", "el-"), the endings "-sky", "-skyy", "-skiy", "-skyi" and the
// like, "-y", "-iy", "-yi", "-ii" and "-yy", "-ych", "-off" and "-eff", and the letters
// "kh" and "h", "zh" and "j", "tz" and "ts". The English spellings the key also joins
// ("Marx" and "Marks", "Michel" and "Mitchell", "Novak" and "Nowak", doubled letters)
// are left apart: they may be other people's names.
func sameTransliteration(a, b string) bool {
	return transliterationKey(a) == transliterationKey(b)
}

// transliterationKey is w in lower case with sameTransliteration's differences taken out.
func transliterationKey(w string) string {
	if r := voices.AfterArabicArticle(w); r != "" {
		w = r
	}
	k := strings.ToLower(w)
	for _, e := range [...]struct{ from, to string }{
		{"skyy", "ski"}, {"skyi", "ski"}, {"skiy", "ski"}, {"skii", "ski"}, {"skij", "ski"}, {"skyj", "ski"}, {"sky", "ski"},
		{"ych", "ich"}, {"off", "ov"}, {"eff", "ev"}, {"yy", "i"}, {"iy", "i"}, {"yi", "i"}, {"ii", "i"},
	} {
		if stem, ok := strings.CutSuffix(k, e.from); ok && len(stem) >= 2 {
			k = stem + e.to
			break
		}
	}
	if n := len(k); n >= 4 && k[n-1] == 'y' && strings.IndexByte("aeiouy-", k[n-2]) < 0 {
		k = k[:n-1] + "i"
	}
	return transliterationLetters.Replace(k)
}

// transliterationLetters writes "kh", "zh" and "tz" as "h", "j" and "ts".
var transliterationLetters = strings.NewReplacer("kh", "h", "zh", "j", "tz", "ts")

// partOfText returns the name of the legal text a name cites a numbered part of, and
// whether it does: a legal text's name ([voices.LegalText]) of a word, a number, "of"
// and the text's name ("Article 45 of the Basic Law": "the Basic Law"; "Section 3 of
// the Harbor Act"). The text's name is capitalized after an opening "the": "Article 27
// of the law" cites no text by name, and "the law" may be any law.
func partOfText(name string) (string, bool) {
	w := strings.Fields(name)
	if len(w) < 4 || w[2] != "of" || !strings.ContainsFunc(w[1], unicode.IsDigit) || !voices.LegalText(name) {
		return "", false
	}
	text := w[3:]
	if len(text) > 1 && strings.EqualFold(text[0], "the") {
		text = text[1:]
	}
	if r, _ := utf8.DecodeRuneInString(text[0]); !unicode.IsUpper(r) {
		return "", false
	}
	return strings.Join(w[3:], " "), true
}
