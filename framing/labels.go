package framing

// Labels: the heads of the noun phrases that refer to a referent, by side.
//
// A label is the head noun of a description linked to a mention of the referent by name
// (see referents.go for how names are found and matched) in one of these constructions.
// Part of a person's name (a referent a title stands before) is no mention of it when it
// is a given name that the documents use alone less often than the name's other end
// ("Tomas" of "Tomas Ruiz", whom they call "Ruiz"), or when the document names another
// person whose name ends the same way ("Ana Ruiz" beside "Mr. Ruiz") before it first
// names the referent by its whole name or after a title ("President Ruiz"), or never
// does: the person named first is the one the document is about, unless introduced as
// the relative of someone the document named before by that surname alone ("Ruiz … his
// father, Jon Ruiz"; a possessor before the kinship noun that is a name must be that
// surname: "Marek's wife, Lena Ruiz" is no Ruiz's relative). "Mr. Ruiz" stays the
// referent's beside "Ms. Ruiz" when the documents write "Mr." before its name more
// often; a longer form or another spelling of its name ("Thomas Ruiz") is no other person.
// Part of the name of a country, a region (its adjective of nationality or of member
// states in use) or a place (written after "in" or "in the" in one mention in ten or
// more) is no mention of it: its first words alone ("Our guide, Hong, met us" is no Hong
// Kong where the documents write "in Hong Kong"; "South" is no South Africa), nor its last
// word alone when the documents write that word as a place of its own ("Africa" of "South
// Africa", where they write "in Africa"). A person's or a company's name keeps its parts.
// A part of a name written alone goes to the referent its document wrote the longer
// name of before it (see [Analyzer.LabelsEach]: "The Times" after "The New York Times"),
// and a person's name with a middle name is a mention of the given name and surname
// ("Hillary Rodham Clinton" of "Hillary Clinton").
//
// A label refers to the referent itself. A noun that the name, its possessive, its
// adjective of nationality or a pronoun for it modifies refers to another entity ("the
// Hong Kong police", "Hong Kong residents", "the US embassy" are the police, the residents
// and the embassy, not Hong Kong or the United States), save the place's or body's
// governing body and those who hold its offices, which act for it ("the Hong Kong
// government", "American officials", "Russia's intelligence agency": the state as actor,
// a metonymy NewsWCL50 codes as the country; see governingNouns), unless a word outside
// the short list of governingModifiers (rank, central level, a ministry's remit) makes
// them a group apart, its armed forces, a lower level or out of office ("Solorian business
// leaders", "military leaders", "local officials", "the previous government", "former
// officials"). The others count in the constructions nationality,
// attributive and possessive below only with [ReferentOptions.Institutions], as
// NewsWCL50 codes them; otherwise their words are taken and give nothing, and no
// description takes its head from them. A title or role
// before a person's name ("President Xi", "the Chinese leader Xi") stays a label, as does
// a noun for a kind in apposition or as a predicate nominal ("Hong Kong, the city",
// "Hong Kong is a city"). A noun for a person's standing to another with a possessive
// ("his boss", "her predecessor": see relationNouns) is no label, nor is a plural of one
// person ("the servicemen"; see pluralPerson). A noun for a relative whose phrase says
// whose relative the person is — a possessive or a possessive pronoun in it or right before it, or "of"
// and a capitalized word (after a determiner or not) after it ("his uncle", "Ruiz's aunt", "her brother Jon Ruiz",
// "an aunt of Ana Ruiz") — names a relation to another person, not what the person is:
// no label of a person, in any construction ("the father of the nation" is one; a known
// limit, "the father of Soloria" is not). The rule knows a person by a title that often
// stands before the name ("President Ivo Marek"): of a name the documents never give a
// title, "Ivo Marek, her brother," still gives "brother" (a known limit).
//
//   - title (a premodifier): the title or description right before the name, "President
//     Xi Jinping", "Solorian dictator Ri Sol Han", "former HPA director Ivo Marek";
//     honorifics ("Mr.", "Ms.", "Dr.") are part of the name, not labels, and a
//     comparative of age ("the elder Ruiz") is an adjective, no label.
//   - apposition: a noun phrase set off by commas right after the name ("Ri Sol Han, the
//     Solorian leader,"; "Xi, president of China,") or right before it ("the Solorian
//     leader, Ri Sol Han"; not before its possessive, "the new bridge, Soloria's
//     longest"): it starts with a determiner or a possessive, or its head is a title or
//     role (after no inflected reporting verb: "Halden, says regional governor" is an
//     inverted attribution, but "Ana Ruiz, state senator," is none; see invertedVerb),
//     and it has no verb outside a relative clause right after its head, with "whose", or after a person's name with "who" or "whom" ("Ruiz, the
//     billionaire who owns the team,"). After the name, a second noun phrase
//     coordinated right after the first one's head (none after a prepositional phrase)
//     is one too when the name is the subject: its clause ends with a comma before a
//     lower-case verb that is not "are", "were" or "have" ("Ruiz, a former mayor and a
//     lawyer for the party, said"; not after a people's name); otherwise the name may be
//     one of a list and the first is none either ("Ruiz, her husband and her lawyer, on
//     Monday", "…, were", "…, who", "…."). A conjunct after the first one's closing comma
//     leaves it standing ("Ruiz, the mayor, and the governor, Ivo Marek,") unless the
//     conjunct's head ends the sentence ("Present were Ruiz, a lawyer, and a teacher.").
//     Nor is a phrase an apposition when noun phrases follow it, each after a comma, the last
//     joined by "and" or "or": the name opens a list ("the atlas shows Halden, its
//     lakes, its roads and its farms"), unless a comma and a verb close the run, a subject's
//     appositions stacked (see listAfter); nor when it is headed by a noun for a person
//     and a name of two words or more follows its comma, alone in its clause: it is that
//     name's ("fans came to Halden, the tournament director, Ivo Marn, wrote"; not in
//     a list of people, "Ana Ruiz, the mayor, Ivo Marn, the police chief, and": see
//     nameAfter); nor,
//     after a place's name, a division of a country that a proper name names, which
//     says where the place lies ("fog covered Halden, the Varno region"; not "Halden, a
//     Valdoran region", an adjective of nationality: see namedArea).
//     A plural after a name coordinated with another is neither's ("Halden and Soloria,
//     the neighbors,"). Before the name, none is one when only a verb follows the name in
//     its clause, a parenthetical ("The bridge, Ruiz warned, would close"), and the last
//     of coordinated phrases is one ("the mayor and the governor's deputy, Ana Ruiz";
//     not before a name a verb follows, "Given the vote and the recount, Halden will
//     wait"), none before a name that modifies a noun after it ("the public library,
//     Party schooling": see nounAfter), and before a person's name a prepositional
//     phrase may follow the head ("the mayor of Port Elara, Ana Ruiz", unless a verb
//     follows the name or the name is in a list: another name, "and" or "or" follows
//     it, though after the name's comma "and" only before a capitalized word, so "the
//     mayor of Port Elara, Ana Ruiz, and the governor" keeps mayor); none after another
//     name's comma when a comma and "and", "or" or an apposition follow the name: in a
//     list of names each phrase follows its own ("Ana Ruiz, the mayor, Ivo Marn, the
//     police chief, and": see listGoesOn), unless that name ends a phrase opening the
//     sentence ("In Halden, the mayor, Ivo Marn, a judge,"); after a person's name (one a title
//     stands before somewhere in the documents), an age of one to three digits set off by
//     commas may stand between ("Tal Oren, 45, a retired general,"). A name that ends a longer one,
//     after a capitalized word and a preposition, or "of" or "for" and "the" after a
//     capitalized word that is not the sentence's first nor a title ("Human Rights in
//     China", "the Bank of the Corvanes, its central bank"; not "the King of the
//     Corvanes, a small republic"), has none: the phrase is the longer
//     name's ("from Soloria to the Corvanes, its largest buyer" keeps buyer). After a preposition of place, right before the name or
//     before one or two lower-case words that modify it, it is the place's phrase's ("the
//     ballot in Port Elara, a two-stage process"; "a baker in occupied Halden, Mila's
//     uncle,"), unless the name is a person's ("an inquiry into Tal Oren, the army's chief"). After a place's or a
//     body's name that ends a prepositional phrase opening the sentence, it is the
//     sentence's subject ("For Halden, the vote at the summit was"; see frontedPhrase),
//     unless a verb or another subject follows its comma ("For Halden, a small town, the
//     vote matters"; see subjectAfter) or its head is a person's.
//     After a place's or a body's name that is no subject, the object of a preposition
//     or a verb inside a larger phrase, it may be the larger phrase's or the clause's
//     ("the siege of Halden, the winter offensive", "exports reached Tarvenia, a sharp
//     rise on the year"): it is no label when its head names an event, a change or a
//     quantity (see eventHead); any other head stays the name's ("flew to Soloria, a
//     small atoll", "fined Acme, a small firm").
//   - predicate: a predicate nominal of the name ("Ri is a dictator", "Marek, who was the
//     HPA director", "Oren became the country's leader") after a copula (be, become,
//     remain), or the object of a naming verb ("critics call Oren a dictator", "Ri was
//     described as a dictator"; not "asked", see naming; not after the name's
//     possessive, "called Soloria's army chief"), or after a verb of office ("was elected mayor", "was
//     appointed as the envoy", "served as the army's chief"): a negated one ("is not a
//     dictator") is no label, nor one after a modal that supposes rather than asserts
//     ("Halden could be a problem", "might", "should", "may"; not "would", often a
//     future in the past, "Oren would later become president"; not "may" or "might"
//     that a "but" follows, which concede: "Soloria may be the largest republic, but";
//     see hypothetical), nor one of a subject a question asks about ("Could Port Elara
//     become the winner?"; see asked), nor one of coordinated subjects ("Soloria and Halden are
//     the losers", "The army and Halden are"; not "Ana Ruiz met Soloria and Halden is";
//     see coordinatedSubject). A person's apposition or predicate nominal must be headed by
//     a noun for a person ("Oren, the army's chief"; not "the public" in "thanked Oren,
//     the public, and the press", nor "Oren is the problem"), and so must a premodifier;
//     a noun for a place or a thing that ends like one for a person is none ("the
//     continent", "the border", "an argument": see placeNouns, and every noun in -ment).
//     A dash with a space ends a noun phrase ("trophies -Mayor", "a port — AP": a credit
//     follows; see dashBefore), and one word like an adjective (see adjectiveLike)
//     after a determiner before a comma and a phrase of two words or more with none,
//     headed by a noun, is an adjective, the head being that phrase's ("a historic, crowded
//     town"; not "a democracy, free elections matter": see commaCoordinated).
//     No apposition or predicate nominal is headed by a noun of exemplification, which
//     says the referent bears out a claim, not what it is ("Halden is another example",
//     "Soloria is a case that shows why": see exemplars).
//   - nationality (with Institutions, or for its governing body): a noun for a state, its people or its institutions after an adjective
//     of the referent's nationality ("Solorian officials", "the Solorian government"; not a
//     region's singular "nation", "country" or "state", one of its countries: "a Haldenian
//     nation" is not Halden's when the texts write "Haldenian countries", "nations" or
//     "states" at least twice and once for every twenty mentions of Halden by name; not a
//     singular title, a person's: "the Solorian ambassador" is no label of Soloria; not a
//     newspaper, company, bank, university or party in the country: "a Solorian newspaper"
//     is not Soloria; nor its firms or those who stand against its state: "Solorian firms",
//     "Solorian rebels"; nor those out of the office or holding it as an honor, "former
//     Solorian officials", "Solorian ex-officials", "Solorian goodwill ambassadors"); and
//     attributive (with Institutions, or for its governing body): such a noun (from a closed list: government, officials, troops,
//     residents, …) right after the name of a referent no title stands before ("US
//     officials", "the Hong Kong government"; not "Soloria thanks citizens", where a verb
//     stands between, nor "Kremlin critics"), or after the first words of a body's name
//     ("Progress leaders" for the Progress Party; not a word that looks like an
//     adjective of nationality: "European leaders" are not the European Union's).
//   - possessive (with Institutions, or for its governing body): such a noun after the possessive of a place's or a body's name
//     ("Soloria's new government") or before "of" and the name ("the government of
//     Soloria", "the leaders of the Progress Party"; not when the name opens a longer
//     phrase: "the side of Soloria's spirit", "the side of the Soloria government"; nor
//     "the state of Halden", a state of a federation, often the namesake of a capital,
//     save with Institutions); a person's government is another.
//     So is such a noun, or a word for a state's institution ("agency", "service"), after
//     "its" or "their" when the nearest noun phrase before it in its sentence is a mention
//     or a label of the place or body, of the pronoun's number ("the Solorian government
//     and its spy agency", "Solorian agents said their government knew"), when that is a
//     mention by name or a label for the state or its institutions ("Solorian firms said
//     their government" is the firms'). A determiner, a pronoun, a title, a word the
//     documents use as a noun, a word after a possessive, or another name between them
//     blocks the link ("Soloria criticized the alliance for expanding its forces"), as do a
//     possessive antecedent ("Soloria's neighbor expanded its army"), a possessor inside
//     the pronoun's noun phrase ("its allies' forces"), and a preposition before the
//     antecedent, unless the pronoun is coordinated with it or opens a clause ("shared
//     with Soloria its intelligence" is not Soloria's). A body's (a name that ends with an
//     organization's word, or initials that spell one) are also the nouns for those who
//     work or speak for it, in these constructions and the attributive one ("its
//     lawyers", "the Progress Council's staffers", "Progress Council volunteers"; see
//     bodyMembers); a place's members are not ("Soloria and its members").
//   - description: a definite description ("the dictator", "the Solorian leader"; or a
//     demonstrative one, "this dictator", "these agents", not after "that", and not
//     "this country", the writer's or the speaker's own) whose
//     head the document has already given the referent in one of the constructions above;
//     when it has given it to several referents, the one named latest if that was in its
//     sentence or the one before, else the one named most. "The organization" and "the
//     group" are the body named last (a name that ends with an organization's word, or
//     initials that spell one), in their sentence or the one before, unless a noun for
//     another group of people stands between ("the Progress Council condemned the
//     protesters. The group had blocked the road": protesters, residents, people, a group;
//     see groupNoun; the body's own members or workers block it too, a known limit: "the
//     Progress Council said its members would vote. The group said" gives the Council
//     nothing); "the country" and "the nation" are the country named last, in their
//     sentence or the one before, by a name that modifies no noun ("U.S. troops stayed in
//     the country" is another country's), if it is no region (see nationality). A definite noun phrase set off by a comma right after a name, a referent's or not, is
//     that name's apposition, not a description ("Hamid Karzai, the Afghan president"),
//     save a bare possessor
//     opening it ("the president" of "Tal Oren, the president's deputy"), and so is one
//     whose head a comma and a name that is no referent's follow, the name followed by a
//     comma or the sentence's end ("the next mayor, Lena Varga,"; not "the president,
//     Congress and the courts"). A body named by its
//     initials takes the organization's word of the name they spell ("the council" for
//     "PLC" once "Progress League Council" is written). A title the referent holds
//     across the documents (written before its name at least twice, and twice as often as
//     before any other referent's) counts as given to it in the sentence that names it and
//     the next ("the president" after plain "Ruiz"), when no name was given the head. A description of a person whose head no one was
//     given goes to the one person the document described with the same capitalized
//     modifier ("the former Solorian leader" after "Solorian army chief Tal Oren"), if its
//     head is a noun for a person ("the Solorian continent" is no one's). A person's
//     description with a country's name or adjective of nationality (a place the documents
//     write after "in", or a known country, and its adjective; not a compound in a hyphen,
//     nor a party's "Republican") that the document has not given the person in a
//     description before, nor any document written before its title or after its name with
//     "of", is another's: "the Haldenian president" after "President Ruiz" is not Ruiz's
//     when the documents write "Solorian President Ruiz" and "in Halden". A country's name
//     and its adjective are one, whichever referents are asked for: "U.S. President Ruiz"
//     and "President Ruiz of Soloria" make "the American president" and "the Solorian
//     president" hers. A place's or a body's
//     description with a capitalized word that is not its own (a name, another
//     nationality) is another's: "the Chinese government" after "the Hong Kong
//     government" is not Hong Kong's; the initials of the words that follow its name in a
//     longer name are its own ("the SAR government" after "Hong Kong Special
//     Administrative Region"). So is one with a lower-case modifier that no label the
//     document gave it has: "the central government" is another level's.
//     A description whose head the document gave no one, with no capitalized word, a
//     singular noun for a person ("the billionaire"; not "the person" or "the woman",
//     which say only that it is one) or a noun for a kind of place ("the city", "the
//     continent"; see placeKinds), is the referent's whose head it is across
//     the documents: given to it in appositions, predicate nominals or premodifiers in two
//     documents or more (documents with the same text count once), and in at least twice
//     as many as to any other referent (the semantic compatibility of Haghighi & Klein
//     2009, mined as they mine it, from appositives and predicate nominatives), when the
//     latest name that could stand between them in the description's sentence or the one
//     before is the referent's (for a person, any name but a country's or a region's of
//     one word; for a place, a name no title stands before): "Ana Ruiz spoke. The
//     billionaire left", where other documents write "Ana Ruiz, the billionaire"; not "Ana
//     Ruiz met Ivo Marek. The billionaire left" (the recency of salience, Lappin & Leass
//     1994). Its kind is "description (corpus)". A
//     definite description read by salience alone, with no such head, is left out: on
//     China Daily and the NYT all five so read were another's or no one's ("the
//     official" after "Mr. Obama" was an unnamed official), and so were 15 of 20 sampled
//     uses of a looser reading, as about half of all definite descriptions are new to
//     their discourse (Poesio & Vieira 1998).
//
// The head is the last word of the noun phrase before a preposition, a relative or the
// end of its clause ("the leader of North Korea" is leader; "the regime's strongman" is
// strongman). It is a noun: a title or role the segmenter's lists know ("president",
// "spokesman"), or a lower-case word that the documents read use as a noun — found right
// after a determiner at least as often as after a subject pronoun, a modal, an auxiliary or
// "to" (a verb's places) — or that has a noun's ending (-er, -or, -ist, -ian, -ment, -tion,
// ...) and is never found in a verb's place. Verbs, adverbs (-ly; not "ally": see
// lyNouns), comparatives after a word of degree ("a lot poorer"), conjunctions, function
// words, numbers, names, and nouns of time and quantity ("year", "percent") are never heads.
//
// Sources: the constructions are the nominal mentions of coreference annotation (OntoNotes
// 5.0 guidelines, BBN 2007: appositives, predicate nominatives, premodifying titles) as
// NewsWCL50 codes them (Hamborg et al. 2019, "Automated identification of media bias by
// word choice and labeling in news articles", JCDL). The word lists, the noun test and the
// ranking of alternatives were chosen on the "tune" half of NewsWCL50's development events
// (devdata.Half of the event's number) and measured on the other half.

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/voices"
)

// ReferentOptions tunes [Analyzer.Labels] and [Analyzer.LabelsEach]. The zero value is the
// documented default.
type ReferentOptions struct {
	// Top keeps the first Top alternatives of each referent; 0 keeps them all.
	Top int `json:"top,omitempty"`
	// Width is the runes of context in evidence lines (default 40).
	Width int `json:"width,omitempty"`
	// Lines is how many evidence lines of each of its two labels an alternative carries
	// (default 3; every line of every label is in ReferentLabels.Labels and Mentions).
	Lines int `json:"lines,omitempty"`
	// Progress, if set, is called after each pass over each document with the documents
	// done and the number to do (the documents are read twice).
	Progress func(done, total int) `json:"-"`
	// Institutions counts as labels of a place or a body every noun for its people and
	// institutions that its name, its possessive, its adjective of nationality or a
	// pronoun for it modifies, in the "nationality", "attributive" and "possessive" kinds
	// ("Hong Kong residents", "the Hong Kong police", "Soloria's army", "its lawyers"; see
	// [Analyzer.Labels]). Such a phrase refers to the residents, the police or the army,
	// not to the place, so by default it is no label; by default these kinds hold only
	// its governing body and those who hold its offices, which act for it ("the Hong Kong
	// government", "American officials"). NewsWCL50 (Hamborg et al. 2019) codes them all
	// in a country's or an organization's concept.
	Institutions bool `json:"institutions,omitempty"`
}

// institutionKinds are the kinds of label uses that [ReferentOptions.Institutions] counts:
// nouns for a place's or a body's people and institutions, which refer to them.
var institutionKinds = map[string]bool{"nationality": true, "attributive": true, "possessive": true}

// governingNouns are the nouns for a place's or a body's governing body and those who hold
// its offices, which speak and act for it: the metonymy of the state as actor ("Soloria
// denied it", "the Solorian government denied it", "Solorian officials denied it" say the
// same), which NewsWCL50's codebook (Hamborg et al. 2019) codes in the country's concept.
// Their uses in the nationality, attributive and possessive constructions, with no word
// before them outside governingModifiers, are labels of
// the place or body by default. Not the others that such a construction names: its people
// ("residents", "citizens", "nationals", "voters", "the public", "society"), who live
// there but do not act for it; its armed forces and police ("troops", "the military",
// "police"), which it commands but which reports place and count as actors of their own
// ("troops in the north", "the police fired"); its legislature ("parliament",
// "lawmakers"), a branch with its own voice and its own opposition; its press and media;
// its embassy, most often a building abroad ("outside the Solorian embassy"), and its
// diplomats and envoys, the embassy's staff; its elite; a "department", "bureau" or
// "commission", which may be a university's or a firm's, or independent of the
// government; and a "delegation", "side" or "counterparts", which may be any group's ("a
// delegation of Halden traders", "the Halden side of the river") and, as a bare
// description ("the delegation"), would take the place's name from one mention of it.
// Those count with [ReferentOptions.Institutions]. The
// members were chosen by meaning and checked on the tune half of NewsWCL50's development
// events, where Russia's "officials", "government", "agency" and "service" are hits and
// its "nationals" one that this class gives up.
var governingNouns = map[string]bool{"government": true, "governments": true, "administration": true,
	"authorities": true, "regime": true, "state": true, "leadership": true, "leaders": true, "officials": true,
	"ministers": true, "ministry": true, "ministries": true, "agency": true, "agencies": true, "service": true,
	"services": true, "intelligence": true}

// institutionLabel reports whether every use counted in kinds is of institutionKinds, or a
// description that repeats such a label ("Solorian officials ... the officials"), and
// one at least is of institutionKinds (see [ReferentLabel.Institution]).
func institutionLabel(kinds []Count) bool {
	inst := false
	for _, k := range kinds {
		switch {
		case institutionKinds[k.Name]:
			inst = true
		case !strings.HasPrefix(k.Name, "description"):
			return false
		}
	}
	return inst
}

// governingLabel reports whether the label whose uses kinds counts names the governing
// body (see [ReferentLabel.GoverningBody]): its head is one of governingNouns, and
// institutionLabel holds of its uses; "state", when stateOf (it has stood before "of" and
// the name: "the state of Halden", a state of a federation, counted only with
// [ReferentOptions.Institutions]; see possessive), is none.
func governingLabel(label string, kinds []Count, stateOf bool) bool {
	return governingNouns[label] && institutionLabel(kinds) && !(label == "state" && stateOf)
}

// governingModifiers are the only words that may stand between a place's or a body's
// name, possessive, adjective of nationality or pronoun and a noun of governingNouns, or
// before them in its noun phrase, for the phrase to name the governing body acting for
// it: its rank ("senior", "top", "high-ranking"), its level, the central one ("federal",
// "national", "central", "state", "government"), its branch of the executive ("foreign",
// "defense", "interior", "finance", "justice", "trade", "economy", "health", "security",
// "intelligence": a ministry's or an agency's remit) and its term in office ("current",
// "new", "incoming"). Any other word makes the noun another's: a group apart from the
// state ("business leaders", "rebel leaders", "civil society leaders", "a statistics
// agency"), its armed forces or police ("military leaders", "police officials"), a lower
// level ("local officials") or a past term ("the previous government"). The list is a
// closed one, chosen by meaning, so that a modifier nobody foresaw blocks rather than
// passes.
var governingModifiers = map[string]bool{"senior": true, "top": true, "high-ranking": true, "ranking": true,
	"high-level": true, "federal": true, "national": true, "central": true, "state": true, "government": true,
	"foreign": true, "defense": true, "defence": true, "interior": true, "finance": true, "justice": true,
	"trade": true, "economy": true, "health": true, "security": true, "intelligence": true,
	"current": true, "new": true, "incoming": true}

// governs reports whether label, the head of the noun phrase of tokens [from, to) that a
// place's or a body's name, possessive, adjective of nationality or pronoun modifies,
// names its governing body acting for it (governingNouns): every other lower-case word of
// the phrase, determiners and possessives aside, is one of governingModifiers (the words
// of a name are none: "Progress Party leaders" are the party's), and none of pastOffice
// or in "ex-" stands before it ("former Solorian officials").
func governs(s *tagged, label string, from, to int) bool {
	if !governingNouns[label] || outOfOffice(s, from, to-1) {
		return false // "former Halden officials": the span may start at the name
	}
	for k := from; k < to-1; k++ {
		if s.toks[k].Cap && (k == from || k > 0 && s.toks[k-1].Sentence == s.toks[k].Sentence) || isDet(s, k) || s.toks[k].Poss {
			continue // a word of a name ("Progress Party leaders"), "the", "its", "Halden's"
		}
		if !governingModifiers[lower(s, k)] {
			return false
		}
	}
	return true
}

// ReferentLabels is how two sides refer to one referent.
type ReferentLabels struct {
	// Referent is the referent as asked for, titles before it left out ("Xi Jinping" for
	// "President Xi Jinping").
	Referent string `json:"referent"`
	// Names are the forms of the referent's name the texts use ("Ri Sol Han", "Ri",
	// "Ri Sol-han"), titles left out: variants of one name, not alternatives. They count
	// the mentions of Mentions (in the analyzer's voices): they sum to MentionsA+MentionsB.
	Names []Count `json:"names"`
	// MentionsA and MentionsB count the mentions of the referent by name on each side in
	// the analyzer's voices (see [Analyzer.Labels]).
	MentionsA int `json:"mentions_a"`
	MentionsB int `json:"mentions_b"`
	// Mentions are those mentions, side A's first, each side's by document ID and offset.
	Mentions []Line `json:"mentions"`
	// QuotedMentionsA and QuotedMentionsB count the mentions by name outside the
	// analyzer's voices (with [OwnVoice], inside quotations), and QuotedMentions holds
	// them in the order of Mentions: they are not counted in the shares.
	QuotedMentionsA int    `json:"quoted_mentions_a,omitempty"`
	QuotedMentionsB int    `json:"quoted_mentions_b,omitempty"`
	QuotedMentions  []Line `json:"quoted_mentions,omitempty"`
	// Titles are the titles and honorifics written before the name as part of it
	// ("President Xi", "Mr. Xi", "CIA Director Nora Lind": a capitalized title or role
	// word closes them), by their last word ("president", "mr", "director"), most used
	// first; their shares are of the side's mentions by name.
	Titles []ReferentLabel `json:"titles"`
	// Labels are the heads of the noun phrases each side uses for it (see the constructions
	// in [Analyzer.Labels]), most used first. Titles are not among them: a title is how a
	// name is written (style guides capitalize a formal title before a name), a label how
	// the referent is described.
	Labels []ReferentLabel `json:"labels"`
	// Alternatives pair a label (or the name) that side A prefers with one that side B
	// prefers, strongest evidence first.
	Alternatives []LabelAlternative `json:"alternatives"`
}

// A ReferentLabel is one description of a referent, by its head noun.
type ReferentLabel struct {
	Label string  `json:"label"` // the head noun, lowercased, titles' abbreviations spelled out ("dictator", "governor")
	Forms []Count `json:"forms"` // the descriptions as written ("North Korean dictator")
	// Kinds counts its uses by construction: "premodifier", "apposition", "predicate",
	// "nationality", "attributive", "possessive" (these three for the governing body and
	// its officials, or with [ReferentOptions.Institutions] for every such noun),
	// "description", "description (corpus)"
	// (a description whose head only the other documents give the referent; see
	// [Analyzer.Labels]), or "title" for a title.
	Kinds []Count `json:"kinds"`
	// GoverningBody is set when the label names the place's or the body's governing body
	// acting for it, a metonymy for the state, not its name written otherwise
	// ("American officials said" where "the United States said" could stand): its head is
	// one of the nouns for a governing body and its holders ("government", "officials",
	// "ministry"; see governingNouns), whatever [ReferentOptions.Institutions] says, and
	// every use is of the kinds "nationality", "attributive" or "possessive", or a
	// description that repeats it ("the officials"); "the state of Halden", a state of a
	// federation, is none.
	GoverningBody bool `json:"governing_body,omitempty"`
	// Institution is set when every use is of those kinds or such a description, whatever
	// the head: with [ReferentOptions.Institutions], the place's or the body's people or
	// institutions ("Solorian residents", "the Halden police") when not GoverningBody.
	Institution bool `json:"institution,omitempty"`
	CountA      int  `json:"count_a"` // uses on side A in the analyzer's voices
	CountB      int  `json:"count_b"` // uses on side B in the analyzer's voices
	// QuotedA and QuotedB count the uses outside the analyzer's voices (with [OwnVoice],
	// what each side quotes others as saying), and Quoted holds them in the order of
	// Evidence; they are in no share, no count above and no alternative.
	QuotedA int    `json:"quoted_a,omitempty"`
	QuotedB int    `json:"quoted_b,omitempty"`
	Quoted  []Line `json:"quoted,omitempty"`
	// ShareA and ShareB are the label's share of each side's references to the referent
	// (its name mentions and its labels): the label leans to the side with the larger share.
	ShareA   float64 `json:"share_a"`
	ShareB   float64 `json:"share_b"`
	Evidence []Line  `json:"evidence"` // every use counted, side A's first, each side's by document ID and offset
}

// A LabelAlternative is a label that side A prefers beside one that side B prefers, for
// the same referent: one side says "leader" where the other says "dictator", or calls the
// referent by name ([NameLabel]) where the other labels it.
type LabelAlternative struct {
	A string `json:"a"` // the label (head noun) that leans to side A, or NameLabel
	B string `json:"b"` // the label that leans to side B, or NameLabel
	// CountA is the uses of A on side A and CountB the uses of B on side B; CrossA is the
	// uses of A on side B and CrossB the uses of B on side A. When one of A and B is
	// NameLabel, the other label's uses are only those in the name's place (every kind but
	// "premodifier": "tycoon Tal Oren" comes with the name and is no choice of the label
	// over it), so its counts here may be below its CountA and CountB in
	// [ReferentLabels.Labels]; the name's are its mentions. A label of the governing body
	// (kinds "nationality", "attributive", "possessive": "American officials said" where
	// "the United States said" could stand) is the state acting, a metonymy, not the name
	// written otherwise: its Kinds in [ReferentLabels.Labels] tell (the targets example
	// marks it "governing body").
	CountA int `json:"count_a"`
	CountB int `json:"count_b"`
	CrossA int `json:"cross_a"`
	CrossB int `json:"cross_b"`
	// Lean is how far the two lean apart: A's share of side A's references to the
	// referent less its share of B's, plus the same for B the other way; in (0, 2]. The
	// shares are of all the side's references (its mentions by name and all its labels'
	// uses, premodifiers included), but beside NameLabel a label's share counts only its
	// uses in the name's place, as CountA and CrossA do: whether the pair is listed at all
	// (A leaning to A and B to B) is decided on these shares.
	Lean float64 `json:"lean"`
	// Z is the evidence that the sides choose between A and B differently: the log odds
	// ratio of the 2×2 table of the two labels' uses on the two sides over its standard
	// error, with 1/2 added to every cell (Haldane–Anscombe),
	//
	//	θ = ln((CountA+½)(CountB+½) / ((CrossA+½)(CrossB+½)))
	//	Z = θ / sqrt(1/(CountA+½) + 1/(CountB+½) + 1/(CrossA+½) + 1/(CrossB+½))
	//
	// (natural log). It grows with the uses and with how cleanly they split: a label used
	// once on one side against one used once on the other gives 0.95, three and three
	// 1.82. Alternatives are ranked by it.
	Z float64 `json:"z"`
	// Evidence holds up to ReferentOptions.Lines uses of A on side A, then as many of B on
	// side B, of the uses counted in CountA and CountB (beside NameLabel, none of the
	// label's premodifiers).
	Evidence []Line `json:"evidence"`
}

// NameLabel stands for the referent's name in a [LabelAlternative]: one side calls it by
// name where the other labels it.
const NameLabel = "<name>"

// Labels harvests how two sides refer to a referent (a name such as "Ri Sol Han" or
// "Marek"; titles before it are left out) and pairs the labels each side prefers. The
// mentions are the names (see [Analyzer.SuggestReferents]) whose words are all words of
// the referent's name and include its first or last word ("Ri", "Mr. Ri", "Ri
// Sol-han" for "Ri Sol Han"; its function words aside, "Federation of Dockers", where the
// name is one run of capitalized words, not "Bank of America", which the name finder
// reads as two; the first word alone of a name not shown to be a person's, by a title, a
// family name first or a known given name, only after the document wrote the name, "Acme"
// after "Acme Steel": "Democratic" is no "Democratic Republic of Congo"), or that hold all
// its words and nothing more than other name
// words ("Tomas Varga" for "Varga", not "Tomas Varga Jr." or "Varga Organization"), or
// that write its whole name with other spaces, hyphens or capitals ("HongKong" for "Hong
// Kong", as [Analyzer.SuggestReferents] groups it), or that spell its initials in
// capitals ("US", "U.S." for "United States"; not for a person, a referent a title
// stands before in one mention in ten, nor, but for a country's or a union's ("UN"),
// where the documents do not link the initials to the name as SuggestReferents links
// them: in China Daily "CE" is Hong Kong's Chief Executive, no "Carnegie Endowment"
// another document names), or, for a referent given by its
// initials, the name they spell ("United States" for "US"), or, for a country (see
// nationality in this file's opening comment), the plural of its adjective of
// nationality as a name of its own ("the Russians", "North Koreans"; "the Chinese" at the
// end of its noun phrase). The
// labels are the head nouns of the noun phrases linked to a mention: a title before it, an
// apposition, a predicate nominal, or a definite description that repeats a head the
// document gave the referent, or whose head the documents give it in two documents or
// more and in at least twice as many as any other referent (see the rules in this file's
// opening comment; such a use is of kind "description (corpus)", apart from
// "description"). Every use comes with its evidence line.
//
// Those last uses depend on the referents asked for: the heads are counted, and the
// names that stand between a description and a referent are told apart, among them. On
// China Daily against the NYT, Hong Kong's "city" is 229/109 with the 10 first names
// as referents, 230/109 with 20 and 233/113 with 60.
//
// Each label's share of a side's references tells which side it leans to; the name is one
// more label, NameLabel, counted by the mentions. Alternatives pair every label leaning to A
// with every label leaning to B, ranked by Z (the evidence of the split; see
// [LabelAlternative]), then by the uses of both, then by the labels. Beside the name, a
// label counts only its uses in the name's place: a premodifier comes with the name
// ("former HPA director Ivo Marek" is no choice of the title over the name).
//
// Only the uses in the analyzer's voices count ([Analyzer.Voices]; the voice of a use is
// that of its first word): with [OwnVoice], "dictator" in “Pedro Varga is a dictator,” the
// opposition leader said, is the opposition leader's word, not the side's, and is left out
// of the counts, the shares and the alternatives. So is a mention by name inside a
// quotation, so that a side's references (the denominator of the shares) are its own
// choices between the name and its labels. The uses left out stay visible, by label in
// ReferentLabel.QuotedA, QuotedB and Quoted, and the mentions in
// ReferentLabels.QuotedMentionsA, QuotedMentionsB and QuotedMentions. The links are found
// in every voice: a definite description in the side's own words that repeats a head a
// quotation gave the referent ("the dictator", later in the narrative) is the side's own
// use. The zero Voices counts every use.
//
// Its mentions are those [Analyzer.SuggestReferents] counts for the same name (the same
// name finder, in the same voices), with these differences, which come from matching the
// names against referents given rather than grouping all names with one another: Labels
// also counts a word of the referent's name alone, its first or last, without a title
// ("Kong" or "United" for "Hong Kong" or "United States"), and the plural of a country's
// adjective of nationality that takes no -s ("the Chinese"); SuggestReferents joins a
// single word to a longer name only as a person's surname (see the rules in referents.go's
// opening comment), and such plurals only as "Americans", "Russians". Both take a name
// whose words differ only in the final "iy", "yy", "ii" or "yi" of a transliteration
// ("Zelenskiy" for "Zelensky"; see the same comment) as the name. A name that several
// referents could have goes to one of them (see [Analyzer.LabelsEach]).
//
// The documents are read twice (once for the words' uses as nouns and verbs, once for the
// labels), in time linear in their size. The result does not depend on their order.
func (an *Analyzer) Labels(a, b []corpus.Document, referent string, opts *ReferentOptions) (*ReferentLabels, error) {
	out, err := an.LabelsEach(a, b, []string{referent}, opts)
	if err != nil {
		return nil, err
	}
	return &out[0], nil
}

// LabelsEach is [Analyzer.Labels] for several referents at once, in the same two passes
// over the documents. A mention whose name several referents could have is kept apart
// as [Analyzer.SuggestReferents] keeps names apart: it is the referent written as the
// mention is, middle initials, spaces and capitals alike ("Jon R. Hale" beside "Jon T.
// Hale" and "Jon Hale"; "Veldara" beside "Vel Dara"; "MA" beside "Ma"); else no one's
// when two of them are one name with different middle initials ("Hale" beside "Jon R.
// Hale" and "Jon T. Hale"); else, of referents written with the same letters, the one
// that is, as the mention, initials in capitals or not and one word or several ("VelDara"
// is "Vel Dara"); else the one with the most words in common with it (then the fewest
// words apart, then the first listed). A part of a name written alone ("the Party",
// "The Times", "Mrs. Clinton") is then the referent whose longer name its document wrote
// before it, when that is one referent ("the Party" after "the Harbor Party" is the Harbor
// Party's, not the Progress Party's listed first), unless the document wrote the one
// ranked first too. A definite description goes to the referent given
// its head most recently, or, when its document gave the head to no one, to the one the
// documents give it (see [Analyzer.Labels]; which one depends on the referents given).
func (an *Analyzer) LabelsEach(a, b []corpus.Document, referents []string, opts *ReferentOptions) ([]ReferentLabels, error) {
	var o ReferentOptions
	if opts != nil {
		o = *opts
	}
	if o.Top < 0 || o.Width < 0 || o.Lines < 0 {
		return nil, errorf(ErrOption, "ReferentOptions: Top %d, Width %d and Lines %d must be non-negative", o.Top, o.Width, o.Lines)
	}
	o.Width = cmp.Or(o.Width, 40)
	o.Lines = cmp.Or(o.Lines, 3)
	m, err := newReferentMatcher(referents)
	if err != nil {
		return nil, err
	}
	h := labelHarvest{an: an, m: m, width: o.Width, progress: o.Progress, total: 2 * (len(a) + len(b)), institutions: o.Institutions}
	if err := h.run(a, b); err != nil {
		return nil, err
	}
	out := make([]ReferentLabels, len(referents))
	for i := range referents {
		out[i] = h.result(i, &o)
	}
	return out, nil
}

// labelStops are words that never head a label: nouns of time, quantity and place that
// stand before a name without describing it ("the moment Varga"), and modifiers of time
// and rank that stand before titles ("former HPA Director").
var labelStops = map[string]bool{"one": true, "ones": true, "time": true, "times": true, "year": true, "years": true,
	"former": true, "late": true, "then": true, "current": true, "new": true, "next": true, "previous": true, "top": true,
	"senior": true, "acting": true, "whole": true, "incoming": true, "outgoing": true, "longtime": true, "fellow": true,
	"moment": true, "point": true, "era": true, "period": true, "stage": true, "while": true, "place": true,
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "percent": true,
	"people": true, "way": true, "thing": true, "things": true, "lot": true, "part": true, "kind": true, "sort": true,
	"number": true, "rest": true, "same": true, "other": true, "others": true, "such": true, "own": true, "ago": true,
	"million": true, "millions": true, "billion": true, "billions": true, "thousand": true, "thousands": true,
	"hundred": true, "hundreds": true, "dozen": true, "dozens": true, "fact": true,
	// The rest of the nouns of time, seasons and parts of the day among them: "summer" and
	// "winter" end like a noun for a person ("This summer, Mr. Oren will").
	"summer": true, "summers": true, "winter": true, "winters": true, "spring": true, "autumn": true, "fall": true,
	"season": true, "weekend": true, "weekends": true, "morning": true, "afternoon": true, "evening": true,
	"night": true, "tonight": true, "today": true, "yesterday": true, "tomorrow": true, "hour": true, "hours": true,
	"decade": true, "decades": true, "century": true, "centuries": true}

// ageComparatives are the comparatives of age, adjectives right before a name that tell
// relatives or namesakes apart ("the elder Ruiz", "the younger Ruiz"), as "former" tells
// offices apart: no premodifier, though "elder" is a noun elsewhere ("a village elder").
var ageComparatives = map[string]bool{"elder": true, "older": true, "younger": true}

// nounsInEst are the nouns that end like a superlative.
var nounsInEst = map[string]bool{"interest": true, "interests": true, "protest": true, "contest": true, "request": true,
	"arrest": true, "forest": true, "guest": true, "priest": true, "quest": true, "conquest": true, "manifest": true,
	"harvest": true, "unrest": true, "behest": true, "chest": true, "west": true, "nest": true, "test": true, "inquest": true}

// locativeBefore reports whether a preposition of place (locatives) stands before the name
// that starts at token i in its clause, right before it or before one or two lower-case
// words that modify a place (placeModifier: "in Halden", "in besieged Halden", "across
// rural northern Halden"; not "in the talks Halden", "in recent years Halden"): the name
// is the place of the phrase before it.
func locativeBefore(s *tagged, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && s.toks[k].Clause == s.toks[i].Clause; k-- {
		if locatives[lower(s, k)] {
			return true
		}
		if s.toks[k].Cap || s.toks[k].Poss || s.toks[k].Class&(classFunction|voices.ClassPrep|voices.ClassDet) != 0 || !s.joined(k) ||
			!placeModifier(lower(s, k)) {
			return false
		}
	}
	return false
}

// placeModifier reports whether w may modify a place's name between a preposition and
// the name: a past participle ("besieged", "occupied"), a word of a compass point
// ("northern", "northeastern") or one of placeAdjectives; not a noun, a gerund or
// another word ("in recent years Halden", "in freeing Ana Ruiz", "in exile Ruiz").
func placeModifier(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ern")) || placeAdjectives[w]
}

// placeAdjectives are adjectives that describe a place before its name ("rural northern
// Halden").
var placeAdjectives = map[string]bool{"rural": true, "urban": true, "coastal": true, "central": true, "remote": true}

// locatives are the prepositions of place: after "the system in Hong Kong", an apposition
// ("…, a two-stage process") is the system's. A person is no place: after "an inquiry into
// Tal Oren", an apposition headed by a noun for a person ("…, the army's chief") is his.
var locatives = map[string]bool{"in": true, "into": true, "across": true, "throughout": true, "within": true,
	"inside": true, "outside": true, "at": true}

// copulas link a subject to a predicate nominal.
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"being": true, "became": true, "becomes": true, "become": true, "remains": true, "remained": true, "remain": true}

// naming reports whether token k is a verb that names its object ("called", "described",
// "branded"): one the segmenter's naming class holds, save those it holds as cues of
// quotations that name nothing ("asked", "accused", "quoted" save before "as"):
// "Halden was asked its opinion" and "they asked Ruiz a question" give no label, "Ruiz
// was quoted as a source" does.
func naming(s *tagged, k int) bool {
	if s.toks[k].Class&voices.ClassNaming == 0 {
		return false
	}
	switch lower(s, k) {
	case "asked", "asks", "accused", "accuses", "accuse":
		return false
	case "quoted":
		// "Ruiz was quoted as a source" names her one ("as saying" heads nothing).
		return k+1 < len(s.toks) && s.toks[k+1].Clause == s.toks[k].Clause && lower(s, k+1) == "as"
	}
	return true
}

// serveVerbs take a predicate nominal after "as": "served as the mayor's deputy".
var serveVerbs = map[string]bool{"serve": true, "serves": true, "served": true, "serving": true, "work": true,
	"works": true, "worked": true, "working": true, "act": true, "acts": true, "acted": true, "acting": true}

// officeVerbs give an office in the passive, with a predicate nominal after them: "was
// elected mayor", "was named chief of staff", "was appointed as the envoy".
var officeVerbs = map[string]bool{"elected": true, "reelected": true, "re-elected": true, "named": true,
	"appointed": true, "nominated": true, "chosen": true, "confirmed": true, "installed": true}

// modals stand before a verb.
var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"shall": true, "should": true, "must": true, "did": true, "does": true, "do": true}

// wordUse counts where a lower-case word is found: alone after a determiner (a noun's
// place), in a verb's place, and after a determiner before another word of its phrase (a
// modifier's: "the modern era").
type wordUse struct{ noun, verb, mod int32 }

// referentMatcher assigns name runs to referents.
type referentMatcher struct {
	shown []string   // each referent as given, titles before it left out ("Federation of Dockers")
	names [][]string // each referent's name words
	// spelled holds each referent's name words with transliterations made one (see
	// transliterated), as match compares them with a mention's.
	spelled [][]string
	// written holds each referent's words as written, middle initials and spaces kept
	// (see writtenWords), titles and lower-case words left out as from names.
	written [][]string
	acr     []string         // each referent's initials ("US" for "United States"), or ""
	heads   []string         // the organization's word that ends a referent's name, lowercased ("party"), or ""
	byWord  map[string][]int // name word -> referents with it
	// byLetters finds a referent by the letters of its name, lowercased, without spaces,
	// hyphens or periods ("hongkong" for "HongKong", "Hongkong" or "HONG KONG"), as
	// SuggestReferents groups variants.
	byLetters map[string][]int
	// byCountry finds a referent that is a country by the country's first name in
	// countryTable, so that its other names are mentions of it ("UK" of "Britain").
	byCountry map[string][]int
}

func newReferentMatcher(referents []string) (*referentMatcher, error) {
	m := &referentMatcher{byWord: map[string][]int{}, byLetters: map[string][]int{}, byCountry: map[string][]int{}}
	en := voices.LangOf("english")
	for i, r := range referents {
		untitled := func(words []string) []string {
			// Titles before the name are not its words: "President Xi" is Xi.
			for len(words) > 1 && (en.Classes(words[0])&classTitle != 0 || honorifics[strings.ToLower(words[0])]) {
				words = words[1:]
			}
			return words
		}
		strip := func(words []string) []string {
			words = untitled(words)
			// Lower-case words ("the West") are not name words either.
			return slices.DeleteFunc(slices.Clone(words), func(w string) bool { return en.Classes(w)&classFunction != 0 && len(words) > 1 })
		}
		words := strip(nameWords(r))
		if len(words) == 0 {
			return nil, errorf(ErrOption, "Labels: referent %d (%q) has no name", i, r)
		}
		m.names = append(m.names, words)
		m.shown = append(m.shown, strings.Join(untitled(strings.Fields(r)), " "))
		m.written = append(m.written, strip(writtenWords(r)))
		spelled := transliterated(words)
		m.spelled = append(m.spelled, spelled)
		lk := letterKey(strings.Join(spelled, ""))
		m.byLetters[lk] = append(m.byLetters[lk], i)
		if c, ok := countries[strings.Join(words, " ")]; ok && !c.adjective {
			m.byCountry[c.name] = append(m.byCountry[c.name], i)
		}
		head := ""
		if last := words[len(words)-1]; len(words) > 1 && en.Classes(last)&voices.ClassOrg != 0 {
			head = strings.ToLower(last)
		}
		m.heads = append(m.heads, head)
		acr := initials(words)
		m.acr = append(m.acr, acr)
		// Both spellings: match looks a mention up by its spelled words, matchPrefix and
		// longerName by its words as written.
		for _, w := range uniq(slices.Concat(words, spelled, []string{acr})) {
			if w != "" {
				m.byWord[w] = append(m.byWord[w], i)
			}
		}
	}
	return m, nil
}

// isFunctionWord reports whether a name's word is a function word in English ("of",
// "the"), which newReferentMatcher leaves out of a referent's name; not a single letter
// ("S" of "U. S.").
func isFunctionWord(w string) bool {
	return len(w) > 1 && voices.LangOf("english").Classes(w)&classFunction != 0
}

// match returns the referent of a name (its name words, and the name as written, or ""
// when unknown; titled when a title stands before it), or -1. When only one referent
// fits, it takes the name. When several fit, they are kept apart as SuggestReferents
// keeps them (see groups): the one written as the name is written takes it ("Jon R.
// Hale", not "Jon T. Hale" nor "Jon Hale"; "Veldara", not "Vel Dara"; "MA", not "Ma");
// else none, when two of them are one name with different middle initials ("Jon Hale"
// and "Hale" may be either "Jon R. Hale" or "Jon T. Hale"); else, of those that fit by
// their letters alone, the only one that is, as the name, initials in capitals or not,
// and of several words or one, a capital inside a word showing where words part
// ("VelDara" is "Vel Dara", "VELDARA" "Veldara"); else the referent with the most name
// words in common, then the fewest apart, then the first listed.
func (m *referentMatcher) match(words []string, surface string, titled bool, lang *voices.Lang) int {
	words = transliterated(words) // as spelled keeps the referents' names
	if len(words) > 1 && slices.ContainsFunc(words, isFunctionWord) {
		// As newReferentMatcher leaves them out of the referents' names: "Hong Kong
		// Federation of Students" is the referent's "Hong Kong Federation Students".
		words = slices.DeleteFunc(slices.Clone(words), isFunctionWord)
	}
	best, bestCommon, bestApart := -1, 0, 0
	var fits, byLetters []int
	keys := words
	acr := strings.Join(words, "")
	if !acronym(acr) {
		acr = ""
	} else if len(words) > 1 {
		keys = append(slices.Clone(words), acr) // "U. S." spaced
	}
	long := initials(words) // "United States" for a referent "US"
	if long != "" {
		keys = append(slices.Clone(keys), long)
	}
	for _, w := range keys {
		for _, i := range m.byWord[w] {
			if i == best {
				continue
			}
			ref := m.spelled[i]
			common := 0
			for _, x := range words {
				if slices.Contains(ref, x) {
					common++
				}
			}
			ok := false
			switch {
			case common == 0 && acr != "" && (acr == m.acr[i] || len(ref) == 1 && acr == ref[0]):
				// The referent's initials ("US" for "United States"; "U. S." for "US").
				ok, common = true, 1
			case common == 0 && long != "" && len(ref) == 1 && strings.ReplaceAll(ref[0], ".", "") == long:
				// The name a referent given by its initials spells ("United States" for "US").
				ok, common = true, 1
			case common == len(words):
				// All the mention's words are the referent's, its first or last among them;
				// for a body's name, its last (the organization's word): "European" alone
				// is an adjective, not the European Union, nor "Progress" the Progress
				// Party. A country's adjective alone names no longer name it ends:
				// "American" is not "Latin American", nor "Korean" "South Korean".
				ok = (m.heads[i] == "" && slices.Contains(words, ref[0]) || slices.Contains(words, ref[len(ref)-1])) &&
					!(len(words) == 1 && len(ref) > 1 && countries[words[0]].adjective)
			case common == len(ref):
				// The mention holds the whole referent and more name words, after a title
				// ("President Tomas Varga" for "Varga", "President Xi Jinping" for "Xi"); not
				// a generational suffix ("Jr.") nor an organization's word. Without a title
				// the words may be another name's: "China Summit" is not China, nor "Open
				// Europe" Europe. A middle name between a person's given name and surname
				// needs none ("Hillary Rodham Clinton" for "Hillary Clinton", as
				// SuggestReferents joins them).
				ok = titled || len(ref) == 2 && (len(words) == 3 || len(words) == 4) && words[0] == ref[0] &&
					words[len(words)-1] == ref[1] && voices.IsGivenName(ref[0])
				for _, x := range words {
					if !slices.Contains(ref, x) && (nameSuffixes[strings.ToLower(x)] || lang.Classes(x)&voices.ClassOrg != 0) {
						ok = false
					}
				}
			}
			if !ok {
				continue
			}
			if !slices.Contains(fits, i) {
				fits = append(fits, i)
			}
			apart := len(words) + len(ref) - 2*common
			if best < 0 || common > bestCommon || common == bestCommon && (apart < bestApart || apart == bestApart && i < best) {
				best, bestCommon, bestApart = i, common, apart
			}
		}
	}
	// The whole name written with other spaces, hyphens or case ("HongKong", "HONG KONG"
	// for "Hong Kong").
	for _, i := range m.byLetters[letterKey(strings.Join(words, ""))] {
		if !slices.Contains(fits, i) {
			fits = append(fits, i)
		}
		byLetters = append(byLetters, i)
		common := len(m.names[i])
		if best < 0 || common > bestCommon || common == bestCommon && (bestApart > 0 || i < best) {
			best, bestCommon, bestApart = i, common, 0
		}
	}
	if len(fits) < 2 || surface == "" {
		return best
	}
	slices.Sort(fits)
	written := writtenWords(surface)
	w := strings.Join(written, " ")
	for _, i := range fits {
		if strings.Join(m.written[i], " ") == w {
			return i
		}
	}
	initialed := map[string]string{} // name words -> the first written form with initials
	for _, i := range fits {
		if len(m.written[i]) == len(m.names[i]) {
			continue
		}
		// Keyed without accents, as referent suggestion keys a person ("Élodie R. Marek"
		// and "Elodie T. Marek" are one name with two sets of initials).
		k, wk := unmarked(strings.Join(m.names[i], " ")), strings.Join(m.written[i], " ")
		if x, ok := initialed[k]; !ok {
			initialed[k] = wk
		} else if x != wk {
			return -1
		}
	}
	if len(byLetters) > 1 && slices.Contains(byLetters, best) {
		shape := func(ws []string) [2]bool {
			j := strings.Join(ws, "")
			return [2]bool{acronym(j), len(ws) > 1 || innerCapital(j)}
		}
		want, only := shape(written), -1
		for _, i := range byLetters {
			if shape(m.written[i]) != want {
				continue
			}
			if only >= 0 && only != i {
				return best
			}
			only = i
		}
		if only >= 0 {
			return only
		}
	}
	return best
}

// maxCountryWords is the most words of a country's name in countryTable ("United Arab
// Emirates").
var maxCountryWords = func() int {
	n := 0
	for name := range countries {
		n = max(n, len(strings.Fields(name)))
	}
	return n
}()

// matchRun is match for the name run r of s, with a name of a country a referent names
// ("UK" for "Britain", "America" for "United States"), as SuggestReferents joins them,
// taken as that referent: the one written as the run is, else the first listed; not a
// longer name it ends ("Latin America"), nor the country in the name of something else
// written with "of" ("Voice of America", "Bank of America").
func (h *labelHarvest) matchRun(s *tagged, r nameRun, words []string, lang *voices.Lang) int {
	surface := s.span(r.from, r.to)
	if len(words) <= maxCountryWords && len(h.m.byCountry) > 0 {
		if c, ok := countries[strings.Join(words, " ")]; ok && !c.adjective {
			p := r.title - 1
			if p > 0 && s.toks[p].Sentence == s.toks[r.title].Sentence && strings.EqualFold(s.word(p), "of") && s.toks[p-1].Cap {
				return h.m.match(words, surface, r.title < r.from, lang) // "Bank of America"
			}
			if rs := h.m.byCountry[c.name]; len(rs) > 0 {
				for _, i := range rs {
					if slices.Equal(h.m.names[i], words) {
						return i
					}
				}
				return rs[0]
			}
		}
	}
	return h.m.match(words, surface, r.title < r.from, lang)
}

// matchPrefix returns the body whose name begins with words and goes on with more, the
// organization's word among them ("Progress" of "Progress Party"), the shortest such
// (then the first listed), or -1: an adjective of the body, as "Russian" is of Russia.
func (m *referentMatcher) matchPrefix(words []string) int {
	best := -1
	if len(words) == 0 {
		return best
	}
	for _, i := range m.byWord[words[0]] {
		ref := m.names[i]
		if m.heads[i] == "" || len(ref) <= len(words) || !slices.Equal(ref[:len(words)], words) {
			continue
		}
		if best < 0 || len(ref) < len(m.names[best]) {
			best = i
		}
	}
	return best
}

// namePart reports whether words are part of the name of referent ref, a country, a
// region or a place (nation: see labelHarvest.country, region and place), that is no
// mention of it: its last word alone when the documents write that word after "in" as a
// place of its own (place: "Africa" of "South Africa" where they write "in Africa"), or
// words of its name without its last ("Hong"
// of "Hong Kong", "South" of "South Africa"; not its initials, "US", nor the name written
// with other spaces, "HongKong"). The first word alone of a company's or a person's name
// stays a mention ("Goldman, the bank", "Ri, the leader").
func (m *referentMatcher) namePart(ref int, words []string, place func(string) bool, nation bool) bool {
	name := m.names[ref]
	if !nation || len(words) >= len(name) {
		return false // a person's surname alone is the person ("Jordan" of "Michael Jordan")
	}
	if slices.Contains(words, name[len(name)-1]) {
		return len(words) == 1 && place(words[0])
	}
	for _, w := range words {
		if !slices.Contains(name, w) {
			return false
		}
	}
	return true
}

// A labelUse is one use of a label, or (label "") one mention by name.
type labelUse struct {
	ref        int
	side       int
	doc        *corpus.Document
	label      string
	kind       string
	form       string
	start, end int
	voice      Voice
	plural     bool // a mention by the plural of a country's adjective of nationality ("the Solorians")
	modifier   bool // a mention by name right before a noun it modifies ("U.S. troops")
}

// labelHarvest finds the mentions and labels of referents in two sides' documents.
type labelHarvest struct {
	an       *Analyzer
	m        *referentMatcher
	width    int
	progress func(done, total int)
	// institutions counts the uses of institutionKinds (ReferentOptions.Institutions).
	institutions bool
	done         int
	total        int

	uses                  map[string]wordUse
	titled                map[int]bool            // referents a title stands before often: persons
	titles                map[int]int             // mentions of each referent after a title
	honorifics            map[int][2]int          // mentions of each referent after "Mr." and after "Mrs.", "Ms." or "Miss"
	alone                 map[int]map[string]int  // mentions of each person by one word of its longer name, by the word
	titleMods             map[int]map[string]bool // the countries of each referent's titles, over all documents (see nationKey); while counting, the capitalized words themselves
	places                map[string]bool         // the one-word names the documents write right after "in": places
	country               map[int]bool            // referents whose adjective of nationality the texts use: countries
	demonymUses, nameUses map[int]int             // uses of each referent's adjective of nationality, and of its name
	memberUses            map[int]int             // uses of each referent's adjective of nationality before "countries", "nations" or "states"
	place                 map[int]bool            // referents written by their whole name after "in" or "in the" in two mentions or more and one in ten at least
	inUses                map[int]int             // mentions of each referent by its whole name right after "in" or "in the": a place's
	region                map[int]bool            // referents that hold countries (see regionOf)
	demonyms              map[string][]demonymOf  // by first word
	titleHeads            map[string]map[int]int  // the titles' heads before each referent's name, over all documents
	heldHeads             map[int][]string        // the titles each referent holds in all documents (see holders)
	spelled               map[int]map[string]int  // the organization's words ending the names that referents' initials spell
	longer                map[int]map[string]bool // the initials of the words that follow each referent's name in a longer name
	// acrLinks counts, by referent, the documents that write its initials as a name,
	// those of them that write its name too, and the places that define the initials
	// (the name, then the initials in parentheses): see linkedIn.
	acrLinks   map[int][3]int
	stateOf    map[int]bool // referents "state" has stood before "of" and the name of ("the state of Halden"; see possessive)
	found      []labelUse
	pending    []pendingDescription // definite descriptions whose head no name in their document was given (see compatible)
	finder     nameFinder
	seg        voices.Segmenter
	toks       []voices.Token
	used       []bool             // tokens already part of a label or mention, in the current document
	useAt      []int32            // the use (its index in found, plus one) each token of the current document is part of, or 0
	others     []otherName        // the names of the current document that are no referent's
	long       []longName         // the names of two words or more of the current document (see longNames)
	longByEnd  map[string][]int32 // the long names by their first and their last word, "<" or ">" before it
	introduced map[int]int        // where the current document first writes each referent's whole name, or its name after a title
	honored    map[string]int     // the gendered honorifics (bit 0 "Mr.", bit 1 "Ms.") before names of the current document, by first and last word as longByEnd
	surnames   map[string]bool    // the one-word names written so far in the current document ("Ruiz", "Ruiz's")
	work       int                // steps taken, for the tests of linear work
}

func (h *labelHarvest) run(a, b []corpus.Document) error {
	h.uses = map[string]wordUse{}
	h.demonyms = map[string][]demonymOf{}
	for i, name := range h.m.names {
		for _, d := range demonymsOf(name) {
			h.demonyms[d[0]] = append(h.demonyms[d[0]], demonymOf{d, i})
		}
	}
	for _, docs := range [][]corpus.Document{a, b} {
		for i := range docs {
			s, err := h.an.scanDoc(&docs[i], h.toks)
			if err != nil {
				return err
			}
			h.toks = s.toks
			h.countUses(s)
			h.countTitles(s, &docs[i])
			h.step()
		}
	}
	// A referent a title stands before in at least one in ten of its mentions is a person
	// ("Vargian" is no nationality); one whose adjective of nationality the texts use
	// before a lower-case word at least twice, and at least once for every ten mentions by
	// name, is a country.
	for ref, words := range h.titleMods {
		// Now that every document's places are known, the capitalized words before or after
		// each referent's titles become the countries they name (see nationKey): the same
		// whatever the documents' order.
		keys := map[string]bool{}
		for w := range words {
			if key := h.nationKey(w); key != "" {
				keys[key] = true
			}
		}
		h.titleMods[ref] = keys
	}
	h.titled, h.country = map[int]bool{}, map[int]bool{}
	for ref, n := range h.titles {
		h.titled[ref] = 10*n >= h.nameUses[ref]
	}
	h.region = map[int]bool{}
	for ref, n := range h.memberUses {
		h.region[ref] = !h.titled[ref] && n >= 2 && 20*n >= h.nameUses[ref]
	}
	for ref, n := range h.demonymUses {
		h.country[ref] = !h.titled[ref] && n >= 2 && 10*n >= h.nameUses[ref]
	}
	h.place = map[int]bool{}
	for ref, n := range h.inUses {
		h.place[ref] = !h.titled[ref] && n >= 2 && 10*n >= h.nameUses[ref]
	}
	h.heldHeads = h.holders()
	for ref, heads := range h.spelled {
		// The word most used, then the first in alphabetical order: the same whatever the
		// documents' order.
		best := ""
		for _, w := range slices.Sorted(maps.Keys(heads)) {
			if best == "" || heads[w] > heads[best] {
				best = w
			}
		}
		h.m.heads[ref] = best
	}
	for first, ds := range h.demonyms {
		h.demonyms[first] = slices.DeleteFunc(ds, func(d demonymOf) bool { return h.titled[d.ref] })
	}
	for ref := range h.m.acr {
		if h.titled[ref] {
			h.m.acr[ref] = "" // a person's initials are someone else's ("TV" is not Tomas Varga)
		}
		// Initials the documents do not link to the name stand for something else, as
		// SuggestReferents links them (linkedIn): "CE", Hong Kong's Chief Executive in
		// China Daily, is no "Carnegie Endowment" named in other documents.
		name := strings.Join(h.m.names[ref], " ")
		if _, country := countries[name]; country {
			continue // a country's initials are its name's ("U. S."), as the countries' table writes them
		}
		if _, union := unions[name]; union {
			continue // "UN", "EU", which outlets write without spelling them out
		}
		if l := h.acrLinks[ref]; h.m.acr[ref] != "" && !linkedIn(l[1], l[2], l[0]) {
			h.m.acr[ref] = ""
		}
	}
	for side, docs := range [][]corpus.Document{a, b} {
		for i := range docs {
			s, err := h.an.scanDoc(&docs[i], h.toks)
			if err != nil {
				return err
			}
			h.toks = s.toks
			h.harvest(s, &docs[i], side)
			h.step()
		}
	}
	h.compatible()
	return nil
}

// holders returns the titles' heads that each referent holds across the documents: a head
// written before its name at least twice, and at least twice as often as before any other
// referent's ("President" before "Ana Ruiz" in most documents). A document that names it
// without the title may still call it "the president".
func (h *labelHarvest) holders() map[int][]string {
	out := map[int][]string{}
	for _, head := range slices.Sorted(maps.Keys(h.titleHeads)) {
		best, n, second := -1, 0, 0
		for _, ref := range slices.Sorted(maps.Keys(h.titleHeads[head])) {
			if c := h.titleHeads[head][ref]; c > n {
				best, n, second = ref, c, n
			} else {
				second = max(second, c)
			}
		}
		if n >= 2 && n >= 2*second {
			out[best] = append(out[best], head)
		}
	}
	return out
}

// longerName records the initials of the words that follow a referent's whole name in a
// longer name ("SAR" for "Hong Kong Special Administrative Region"): a description they
// modify is still the referent's ("the SAR government"). The words themselves are not
// recorded: "Hong Kong Chinese" does not make "the Chinese government" Hong Kong's.
func (h *labelHarvest) longerName(words []string) {
	if len(words) < 2 {
		return
	}
	for _, i := range h.m.byWord[words[0]] {
		name := h.m.names[i]
		if len(words) <= len(name) || !slices.Equal(words[:len(name)], name) {
			continue
		}
		if acr := initials(words[len(name):]); acr != "" {
			if h.longer[i] == nil {
				h.longer[i] = map[string]bool{}
			}
			h.longer[i][acr] = true
		}
	}
}

// honorificGender returns 0 when "Mr." stands right before the name r, 1 for "Mrs.",
// "Ms." or "Miss", and -1 for any other title or none.
func honorificGender(s *tagged, r nameRun) int {
	if r.title == r.from {
		return -1
	}
	switch lower(s, r.from-1) {
	case "mr":
		return 0
	case "mrs", "ms", "miss":
		return 1
	}
	return -1
}

// otherGender reports whether the honorific of gender g is the other one for the referent:
// at least five of its mentions take the other, and at least four in five of those with
// either.
func (h *labelHarvest) otherGender(ref, g int) bool {
	n := h.honorifics[ref]
	return n[1-g] >= 5 && 5*n[1-g] >= 4*(n[0]+n[1])
}

// A demonymOf is an adjective of nationality of a referent ("North Korean" of "North
// Korea"), as words.
type demonymOf struct {
	words []string
	ref   int
}

// addAcrLink adds one to the count i of acrLinks[ref].
func (h *labelHarvest) addAcrLink(ref, i int) {
	if h.acrLinks == nil {
		h.acrLinks = map[int][3]int{}
	}
	l := h.acrLinks[ref]
	l[i]++
	h.acrLinks[ref] = l
}

// countTitles marks the referents a title has stood before in s (persons), and those
// whose adjective of nationality s uses before a lower-case word (countries).
func (h *labelHarvest) countTitles(s *tagged, d *corpus.Document) {
	if h.titles == nil {
		h.titles, h.demonymUses, h.nameUses, h.honorifics = map[int]int{}, map[int]int{}, map[int]int{}, map[int][2]int{}
		h.alone = map[int]map[string]int{}
		h.memberUses = map[int]int{}
		h.inUses = map[int]int{}
		h.titleMods = map[int]map[string]bool{}
		h.places = map[string]bool{}
		h.titleHeads = map[string]map[int]int{}
		h.spelled = map[int]map[string]int{}
		h.longer = map[int]map[string]bool{}
	}
	for k := range s.toks {
		h.work++
		if !s.toks[k].Cap {
			continue
		}
		for _, dm := range h.demonyms[s.word(k)] {
			if n := len(dm.words); h.demonymAt(s, k, dm) && !s.toks[k+n].Cap {
				h.demonymUses[dm.ref]++
				if memberStates[lower(s, k+n)] {
					h.memberUses[dm.ref]++ // "Solorian countries": Soloria holds countries
				}
			}
		}
	}
	lang := voices.LangOf(d.Language)
	var words []string
	runs := h.finder.find(s)
	for _, r := range runs {
		if r.to == r.from+1 && r.title == r.from && r.from > 0 && lower(s, r.from-1) == "in" && !s.toks[r.from].Poss {
			h.places[strings.TrimSuffix(s.word(r.from), ".")] = true // "in Halden"
		}
	}
	var byAcr, byName map[int]bool // this document's referents written by initials, by name
	for i, r := range runs {
		words = append(words[:0], nameWords(s.span(r.from, r.to))...)
		h.longerName(words)
		if ref := h.matchRun(s, r, words, lang); ref >= 0 {
			h.nameUses[ref]++
			if acr := h.m.acr[ref]; acr != "" {
				switch w := strings.Join(words, ""); {
				case w == acr:
					if byAcr == nil {
						byAcr = map[int]bool{}
					}
					byAcr[ref] = true
				case len(words) > 1:
					if byName == nil {
						byName = map[int]bool{}
					}
					byName[ref] = true
					if strings.HasPrefix(strings.TrimLeft(s.text[s.toks[r.to-1].End:], " "), "("+acr+")") {
						h.addAcrLink(ref, 2) // "Progress League Council (PLC)"
					}
				}
			}
			if k := r.from - 1; r.title == r.from && k >= 0 && len(words) == len(h.m.names[ref]) {
				if lower(s, k) == "the" && k > 0 {
					k--
				}
				if lower(s, k) == "in" {
					h.inUses[ref]++ // "in Hong Kong", "in the United States"
				}
			}
			if len(words) == 1 && len(h.m.names[ref]) > 1 {
				if h.alone[ref] == nil {
					h.alone[ref] = map[string]int{}
				}
				h.alone[ref][transliteratedWord(words[0])]++ // as givenName compares them
			}
			if last := words[len(words)-1]; len(h.m.names[ref]) == 1 && len(words) > 1 && h.m.heads[ref] == "" && acronym(h.m.names[ref][0]) &&
				lang.Classes(last)&voices.ClassOrg != 0 {
				// The name a referent's initials spell, ending with an organization's word,
				// gives the referent its head: "the council" for "PLC", once "Progress League
				// Council" is written (see spelledHeads).
				if h.spelled[ref] == nil {
					h.spelled[ref] = map[string]int{}
				}
				h.spelled[ref][strings.ToLower(last)]++
			}
			if r.title < r.from && !givenNameTitles[lower(s, r.from-1)] {
				h.titles[ref]++
			}
			if r.title < r.from && !honorifics[lower(s, r.from-1)] {
				head := voices.Role(lower(s, r.from-1))
				var from []string // "Solorian President Ruiz", "President Ruiz of Soloria"
				for x := h.modifiersBefore(s, r.title); x < r.from; x++ {
					if s.toks[x].Cap {
						from = append(from, s.word(x))
					}
				}
				if i+1 < len(runs) && r.to+1 == runs[i+1].from && lower(s, r.to) == "of" && s.toks[r.to].Sentence == s.toks[r.from].Sentence {
					from = append(from, nameWords(s.span(runs[i+1].from, runs[i+1].to))...)
				}
				// The words are kept as written: which of them name a country depends on
				// the places of every document (see nationKey), known after the count.
				for _, w := range from {
					if h.titleMods[ref] == nil {
						h.titleMods[ref] = map[string]bool{}
					}
					h.titleMods[ref][w] = true
				}
				if h.titleHeads[head] == nil {
					h.titleHeads[head] = map[int]int{}
				}
				h.titleHeads[head][ref]++
			}
			if g := honorificGender(s, r); g >= 0 {
				n := h.honorifics[ref]
				n[g]++
				h.honorifics[ref] = n
			}
		}
	}
	for ref := range byAcr {
		h.addAcrLink(ref, 0)
		if byName[ref] {
			h.addAcrLink(ref, 1)
		}
	}
}

// irregularDemonyms are the adjectives of nationality that the rules of demonymsOf do not
// make.
var irregularDemonyms = map[string]string{"United States": "American", "US": "American", "USA": "American",
	"Britain": "British", "Great Britain": "British", "United Kingdom": "British", "UK": "British", "France": "French",
	"Spain": "Spanish", "Turkey": "Turkish", "Netherlands": "Dutch", "Holland": "Dutch", "Germany": "German",
	"Greece": "Greek", "Poland": "Polish", "Sweden": "Swedish", "Denmark": "Danish", "Switzerland": "Swiss",
	"Philippines": "Philippine", "Thailand": "Thai", "Afghanistan": "Afghan", "Saudi Arabia": "Saudi",
	"Ireland": "Irish", "Wales": "Welsh", "Scotland": "Scottish", "Finland": "Finnish", "Norway": "Norwegian",
	"Peru": "Peruvian", "Argentina": "Argentine", "Portugal": "Portuguese", "Cyprus": "Cypriot",
	"Belgium": "Belgian", "Iceland": "Icelandic", "Kremlin": "Kremlin"}

// demonymsOf returns the forms an adjective of nationality of a name may take: the
// irregular one listed, or the name's last word with -n, -an, -ian, -ean, -ese or -i
// ("Russian", "Mexican", "Iranian", "European", "Chinese", "Israeli"), the words before
// it kept ("North Korean"). Only forms that the texts use matter.
func demonymsOf(name []string) [][]string {
	if d, ok := irregularDemonyms[strings.Join(name, " ")]; ok {
		return [][]string{{d}}
	}
	last := name[len(name)-1]
	if len(last) < 4 {
		return nil
	}
	stem := strings.TrimRight(last, "aeiouy")
	var out [][]string
	for _, f := range []string{last + "n", last + "an", last + "ian", last + "ese", last + "i",
		stem + "an", stem + "ian", stem + "ean", stem + "ese", stem + "i"} {
		out = append(out, append(slices.Clone(name[:len(name)-1]), f))
	}
	slices.SortFunc(out, func(x, y []string) int { return strings.Compare(strings.Join(x, " "), strings.Join(y, " ")) })
	return slices.CompactFunc(out, func(x, y []string) bool { return slices.Equal(x, y) })
}

func (h *labelHarvest) step() {
	h.done++
	if h.progress != nil {
		h.progress(h.done, h.total)
	}
}

// lower returns the lower-case form of token k, without its trailing period.
func lower(s *tagged, k int) string {
	return strings.ToLower(strings.TrimSuffix(s.word(k), "."))
}

// countUses counts where the lower-case words of s stand: alone between a determiner and
// the end of the noun phrase (a noun's place: "the dictator said", "a leader of"), between
// a determiner and a lower-case word of the phrase (a modifier's: "the modern era"), or
// right after a subject pronoun, a modal or an auxiliary (a verb's; not after "to", which
// is as often a preposition, nor after a word of the segmenter's auxiliary class, such as
// an ordinal, that follows a determiner or a possessive: "the first", "the president's
// first", where it is a modifier in a noun phrase).
func (h *labelHarvest) countUses(s *tagged) {
	var buf []byte
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		h.work++
		t, p := toks[k], toks[k-1]
		if t.Cap || p.Clause != t.Clause || t.Class&(classFunction|voices.ClassVerb|voices.ClassThink) != 0 {
			continue
		}
		noun := isDet(s, k-1) && (k+1 == len(toks) || toks[k+1].Clause != t.Clause || phraseEnd(toks[k+1].Class))
		mod := !noun && isDet(s, k-1) && !toks[k+1].Cap && toks[k+1].Class&(classFunction|voices.ClassDet) == 0
		verb := !isDet(s, k-1) && (p.Class&(voices.ClassSubject|voices.ClassAux) != 0 || modals[strings.ToLower(s.word(k-1))]) &&
			!(k >= 2 && p.Class&voices.ClassSubject == 0 && toks[k-2].Clause == t.Clause && (isDet(s, k-2) || toks[k-2].Poss)) // "the first", "the president's first"
		if !noun && !verb && !mod {
			continue
		}
		buf = append(buf[:0], s.word(k)...)
		for i, c := range buf {
			if c >= 'A' && c <= 'Z' {
				buf[i] = c + 'a' - 'A'
			}
		}
		u := h.uses[string(buf)]
		switch {
		case noun:
			u.noun++
		case mod:
			u.mod++
		default:
			u.verb++
		}
		h.uses[string(buf)] = u
	}
}

// phraseEnd reports whether a word of the classes c ends the noun phrase before it: a
// preposition, conjunction, relative, verb or auxiliary.
func phraseEnd(c voices.Class) bool {
	return c&(voices.ClassPrep|voices.ClassConj|voices.ClassWho|voices.ClassThat|voices.ClassVerb|voices.ClassThink|
		voices.ClassAux|voices.ClassPast|voices.ClassNaming) != 0
}

// isNoun reports whether a lower-case word heading a noun phrase is a noun: a title or
// role, or a word the documents put in a noun's place at least as often as in a verb's.
func (h *labelHarvest) isNoun(w string, class voices.Class) bool {
	if class&classTitle != 0 {
		return true
	}
	u := h.uses[w]
	return u.noun >= u.verb
}

// headAt returns the label token k can head, lowercased, or "": a title or role, or a
// lower-case noun.
func (h *labelHarvest) headAt(s *tagged, k int) string {
	t := s.toks[k]
	w := lower(s, k)
	if honorifics[w] {
		return ""
	}
	if t.Class&classTitle != 0 {
		if t.Cap && k > 0 && s.joined(k-1) && s.toks[k-1].Cap && s.toks[k-1].Class&(classTitle|voices.ClassOrg|classFunction) == 0 &&
			!demonym(s.word(k-1)) && strings.ToUpper(s.word(k-1)) != s.word(k-1) {
			return "" // a surname: "the Republican Steve King"
		}
		return voices.Role(w)
	}
	if t.Cap || t.Class&(classFunction|classTimeWord) != 0 {
		return ""
	}
	if t.Class&(voices.ClassVerb|voices.ClassThink) != 0 {
		// A verb of speech or thought ("some say, President Voss ..."): countUses does not
		// count these, so isNoun cannot tell; as nouns they name what is said, not who.
		return ""
	}
	if labelStops[w] || len([]rune(w)) < 3 || strings.HasSuffix(w, "ly") && !lyNouns[w] || isNumber(w) || !h.isNoun(w, t.Class) ||
		strings.HasSuffix(w, "est") && !nounsInEst[w] {
		return "" // not a noun; "-est": a superlative ("the largest")
	}
	if strings.HasSuffix(w, "er") && k > 0 && s.toks[k-1].Clause == t.Clause && comparativeDegrees[lower(s, k-1)] {
		return "" // a comparative: "a lot poorer", "much richer" (not "a much bigger exporter")
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-' || r > 0x7f) {
			return ""
		}
	}
	return voices.Role(w)
}

// comparativeDegrees are the words of degree that stand right before a comparative
// adjective, not before a noun: "Halden was a lot poorer than Soloria".
var comparativeDegrees = map[string]bool{"lot": true, "much": true, "far": true, "even": true, "bit": true,
	"little": true, "somewhat": true, "still": true}

// lyNouns are the English nouns in -ly that can head a label ("a close ally", "the
// assembly"): every other word in -ly is taken for an adverb ("only", "daily" too, as
// a newspaper's name is capitalized), no head.
var lyNouns = map[string]bool{"ally": true, "bully": true, "assembly": true, "monopoly": true}

// npWord reports whether token k can stand inside a noun phrase, before its head: a
// modifier (an adjective or noun, a capitalized name or title, a number, a quantifier or
// ordinal) or a possessor ("the regime's").
func (h *labelHarvest) npWord(s *tagged, k int) bool {
	t := s.toks[k]
	if t.Class&(voices.ClassPrep|voices.ClassConj|voices.ClassWho|voices.ClassThat|voices.ClassSubject|voices.ClassVerb|
		voices.ClassThink|voices.ClassNaming|voices.ClassPast|voices.ClassNeg|voices.ClassDet|voices.ClassAccording) != 0 {
		return false
	}
	if t.Cap || t.Class&classTitle != 0 || isNumber(s.word(k)) {
		return true
	}
	if t.Class&voices.ClassAux != 0 && t.Class&voices.ClassFunc == 0 {
		return false // "has", "would"
	}
	if t.Class&voices.ClassFunc != 0 {
		return true // "two", "first", "most"
	}
	w := lower(s, k)
	u := h.uses[w]
	return u.verb <= u.noun || strings.HasSuffix(w, "ly")
}

// np reads a noun phrase from token i (after any determiner) to a preposition, a
// relative, a verb or the end of its clause, at most eight words: it returns the token
// after it and its head (the token before that), or -1 when the phrase has no noun head.
func (h *labelHarvest) np(s *tagged, i int) (end, head int) {
	c := s.toks[i].Clause
	k := i
	verb := false // the phrase ends before a verb
	for k < len(s.toks) && s.toks[k].Clause == c && k-i < 8 && (h.npWord(s, k) || h.verbAsNoun(s, i, k)) {
		h.work++
		if k > i && dashBefore(s, k) {
			break // a dash credit or a break: "new trophies -Mayor", "a port — AP"
		}
		if h.verbInPhrase(s, i, k) {
			verb = true
			break
		}
		k++
		if s.toks[k-1].Poss {
			i = k // a possessor: the phrase's head comes after it
		}
	}
	if k == i || h.headAt(s, k-1) == "" || k < len(s.toks) && strings.HasPrefix(s.gap(k-1), "-") {
		return k, -1 // no noun head, or a prefix ("the anti- and pro-colonial forces")
	}
	if !verb && k < len(s.toks) && s.toks[k].Clause == c && !s.toks[k].Cap && !phraseEnd(s.toks[k].Class) && !isDet(s, k) &&
		s.toks[k].Class&(voices.ClassSubject|voices.ClassNeg) == 0 && s.joined(k-1) {
		return k, -1 // cut short by a word that may be its head ("a huge thing"): no head known
	}
	return k, k - 1
}

// dashBefore reports whether a dash stands between token k and the one before it, with
// space on one side at least ("trophies -Mayor", "a port — AP"): it ends a noun phrase, as a
// credit or a break in the sentence follows. A hyphen inside a word is the word's
// ("pro-democracy").
func dashBefore(s *tagged, k int) bool {
	g := s.gap(k - 1)
	return strings.ContainsAny(g, "-\u2013\u2014") && strings.ContainsAny(g, " \t\n")
}

// possessor reads a noun phrase from token i that ends with a possessive ("the
// president's" in "the president's lawyer"): it returns the token after it and its head,
// or -1 when the phrase before the next possessive or the end of the phrase has no noun
// head.
func (h *labelHarvest) possessor(s *tagged, i int) (end, head int) {
	c := s.toks[i].Clause
	for k := i; k < len(s.toks) && s.toks[k].Clause == c && k-i < 8 && h.npWord(s, k); k++ {
		h.work++
		if s.toks[k].Poss {
			if h.headAt(s, k) == "" {
				return k + 1, -1
			}
			return k + 1, k
		}
	}
	return i, -1
}

// verbAsNoun reports whether token k, a reporting or naming verb's form, is a noun inside
// a noun phrase that starts at i: a base form ("a key point", "the report"), or a form in
// -s right after the phrase's start ("the reports"); not a past or -ing form, nor a form in
// -s after a noun ("the president warns").
func (h *labelHarvest) verbAsNoun(s *tagged, i, k int) bool {
	t := s.toks[k]
	if t.Cap || t.Class&(voices.ClassVerb|voices.ClassThink|voices.ClassNaming) == 0 || t.Class&(voices.ClassPast|voices.ClassPrep|voices.ClassConj|voices.ClassAux|voices.ClassFunc) != 0 {
		return false
	}
	w := lower(s, k)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	if k == i {
		return true
	}
	prev := lower(s, k-1)
	return !strings.HasSuffix(w, "s") && !(strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss")) // "the authors observe"
}

// verbInPhrase reports whether the lower-case word k, inside a noun phrase that starts
// at i, is rather a verb after the phrase: a word in -ed or -ing that no other word of the
// phrase follows ("agents seized the ships", not "the alleged dictator"), or a word in
// -s after another word of the phrase and before a determiner ("the president approves
// the plan").
func (h *labelHarvest) verbInPhrase(s *tagged, i, k int) bool {
	t := s.toks[k]
	if t.Cap || t.Class&classTitle != 0 {
		return false
	}
	w := lower(s, k)
	next := k+1 < len(s.toks) && s.toks[k+1].Clause == t.Clause
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return !next || s.toks[k+1].Cap || !h.npWord(s, k+1) || isNumber(s.word(k+1))
	}
	if k > i && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && next && isDet(s, k+1) {
		return true
	}
	return false
}

// isDet reports whether token k is a determiner of a description (not "that").
func isDet(s *tagged, k int) bool {
	return s.toks[k].Class&voices.ClassDet != 0 && s.toks[k].Class&voices.ClassThat == 0
}

// harvest finds the mentions and labels of the referents in one document.
func (h *labelHarvest) harvest(s *tagged, d *corpus.Document, side int) {
	lang := voices.LangOf(d.Language)
	h.used = slices.Grow(h.used[:0], len(s.toks))[:len(s.toks)]
	clear(h.used)
	h.useAt = slices.Grow(h.useAt[:0], len(s.toks))[:len(s.toks)]
	clear(h.useAt)
	first, pending := len(h.found), len(h.pending)
	add := func(ref int, label, kind string, from, to int) {
		if label == "" && kind != "name" {
			return // no head: never a mention by name
		}
		if institutionKinds[kind] && !h.institutions && !governs(s, label, from, to) || h.titled[ref] && (kinNouns[label] && relative(s, from, to) || relationNouns[label] && possessed(s, from, to)) ||
			h.titled[ref] && kind != "title" && pluralPerson(label) {
			// A plural is no description of one person ("the families of the army's
			// servicemen" is no label of the commander named before).
			// "the Hong Kong police" refers to the police, not to Hong Kong (its
			// government does: see governingNouns), and "his uncle" says whose relative a
			// person is, not what: the words are taken, so that no other rule reads them,
			// but they are no label.
			for k := from; k < to; k++ {
				h.used[k] = true
			}
			return
		}
		for k := from; k < to; k++ {
			h.used[k] = true
			h.useAt[k] = int32(len(h.found) + 1)
		}
		h.found = append(h.found, labelUse{ref: ref, side: side, doc: d, label: label, kind: kind,
			form: s.span(from, to), start: s.toks[from].Start, end: s.toks[to-1].End})
	}
	toks := s.toks
	var words []string
	h.others = h.others[:0]
	runs := h.finder.find(s)
	h.longNames(s, runs, lang)
	for _, r := range runs {
		h.work++
		if r.date {
			continue
		}
		words = append(words[:0], nameWords(s.span(r.from, r.to))...)
		ref := h.matchRun(s, r, words, lang)
		if ref >= 0 && len(words) < len(h.m.names[ref]) {
			ref = h.namedBefore(ref, words, r.from)
		}
		if name := h.m.names[max(ref, 0)]; ref >= 0 && len(words) == 1 && len(name) > 1 && words[0] == name[0] && words[0] != name[len(name)-1] &&
			!h.titled[ref] && !voices.FamilyNameFirst(name) && !voices.IsGivenName(name[0]) {
			// The first word alone of a name not shown to be a person's (no title before one
			// in ten of its mentions, no family name first, no known given name first) stands
			// for it only after the document wrote the name ("Acme" after "Acme Steel"); else
			// it is a modifier: "Democratic" is no "Democratic Republic of Congo", nor
			// "Donetsk" the "Donetsk People's Republic". A person named so without a title
			// ("Prayuth" of "Prayuth Chan-ocha" in a document that writes him so first) is
			// lost with them.
			if at, ok := h.introduced[ref]; !ok || at >= r.from {
				ref = -1
			}
		}
		if ref >= 0 && h.titled[ref] && len(words) < len(h.m.names[ref]) && (h.givenName(ref, words) || h.namesake(ref, words, honorificGender(s, r))) {
			// Part of a person's name that is someone else's: a given name the documents
			// seldom use alone ("Tomas" of "Tomas Ruiz"), or a surname that the document
			// gives another person too ("Mr. Ruiz" beside "Ana Ruiz").
			ref = -1
		}
		if ref >= 0 && len(words) < len(h.m.names[ref]) && !h.titled[ref] && (r.title < r.from || h.m.namePart(ref, words, func(w string) bool { return h.isPlace(w) && lang.Classes(w)&voices.ClassOrg == 0 }, h.country[ref] || h.region[ref] || h.place[ref])) {
			// Part of a name that is no person's: a title before it ("Mr. Kong" is someone
			// else, not Hong Kong), or, for a country, a region or a place, its first words alone
			// ("Our guide, Hong, met us" names a woman), or its last word when the documents write it as a place of its own
			// ("Africa" is no South Africa where they write "in Africa"), unless it is an
			// organization's word ("the Party" of the Communist Party, even where they
			// write "in Party schools"). The last word alone may be a person's surname
			// ("Ruiz" of "Ana Ruiz", whom no title names in the documents).
			ref = -1
		}
		if g := honorificGender(s, r); ref >= 0 && g >= 0 && h.otherGender(ref, g) {
			// "Mrs. Voss" where the referent is "Mr. Voss" nearly always: someone else.
			ref = -1
		}
		plural := false
		if ref < 0 && r.title == r.from {
			ref = h.people(words) // "the Solorians" for Soloria
			plural = ref >= 0
		}
		if ref < 0 && r.modifier && r.title == r.from {
			// The first words of a body's name before a noun for its people or institutions
			// are its adjective: "Progress leaders" are the Progress Party's, as
			// "Russian officials" are Russia's; "European" alone is no mention of the
			// European Union, but "European officials" are its.
			if body := h.m.matchPrefix(words); body >= 0 && !(len(words) == 1 && demonym(strings.ToLower(words[0]))) && h.attributive(s, r, body, add) {
				continue
			}
		}
		if ref < 0 {
			// Another name: it may take a definite description from a referent ("the
			// president" after "President Okoro" is Okoro's).
			o := otherName{start: toks[r.from].Start, last: r.to - 1, key: words[len(words)-1], person: r.title < r.from}
			if r.title < r.from {
				o.head = voices.Role(lower(s, r.from-1))
				o.mods = capitalizedModifiers(s.span(h.modifiersBefore(s, r.title), r.from), o.head)
			} else if p := r.from - 1; p >= 0 && s.joined(p) && !toks[p].Cap && (toks[p].Class&classTitle != 0 || personNouns[lower(s, p)]) {
				o.head, o.person = voices.Role(lower(s, p)), true
				o.mods = capitalizedModifiers(s.span(h.modifiersBefore(s, p), r.from), o.head)
			}
			h.others = append(h.others, o)
			continue
		}
		add(ref, "", "name", r.from, r.to)
		h.found[len(h.found)-1].plural = plural
		h.found[len(h.found)-1].modifier = r.modifier
		if !h.titled[ref] && h.possessive(s, r, ref, add) {
			continue
		}
		if r.modifier {
			if _, hd := h.np(s, r.to); hd >= 0 {
				// "the H.P.A. investigation": the phrase is the investigation's. But the name
				// of a place or a body before a noun for a state, its people or its
				// institutions refers to them as an adjective of nationality does: "US
				// officials" as "American officials", "the Hong Kong government".
				if !h.titled[ref] {
					h.attributive(s, r, ref, add)
				}
				continue
			}
		}
		// A title inside the run: "President Xi", "CIA Director Nora Lind".
		if r.title < r.from {
			// A title inside the run: "President Xi", "CIA Director Nora Lind", "Mr. Ri";
			// after a title and "of", that title ("President of Ukraine Volodymyr Zelensky"
			// is a president, not a "Ukraine").
			head := voices.Role(lower(s, r.from-1))
			k := r.title - 1
			for n := 0; n < 4 && k > 0 && (lower(s, k) == "the" || s.toks[k].Cap && s.toks[k].Class&classTitle == 0); n++ {
				k-- // "President of the Russian Federation Vladimir Putin"
			}
			if k > 0 && lower(s, k) == "of" && s.toks[k-1].Cap && s.toks[k-1].Class&classTitle != 0 {
				head = voices.Role(lower(s, k-1))
			}
			add(ref, head, "title", h.modifiersBefore(s, r.title), r.from)
		} else if p := r.from - 1; p >= 0 && h.titled[ref] && s.joined(p) && !toks[p].Cap && !toks[p].Poss {
			// A description right before the name: "Solorian dictator Ri", "the
			// dictator Ri", "strongman Oren". Adjectives stand there too ("embattled
			// Varga"), and nouns whose relative clause the name opens ("the fact Leung
			// won"): the head must be a noun for a person, found as a noun elsewhere, and
			// the referent a person (a title stands before it somewhere: before a country
			// or a document, the words are adjectives, "communist China", "pacifist
			// Constitution").
			if head := h.headAt(s, p); head != "" && !ageComparatives[head] && h.premodifier(s, p) && personHead(head, toks[p].Class) &&
				(toks[p].Class&classTitle != 0 || personNouns[head] || h.uses[lower(s, p)].noun >= 2) {
				add(ref, head, "premodifier", h.modifiersBefore(s, p), r.from)
			}
		}
		if st := r.title; st >= 1 && isDet(s, st-1) && !toks[st-1].Cap && s.joined(st-1) {
			// "the" inside a longer name: "Bank of the Corvanes", "Office for the
			// Corvanes", with "of" or "for", the prepositions inside a body's name; not
			// after a word capitalized as the sentence's first ("Officials in the
			// Corvanes"), nor after a title, an office whose country the name is ("the
			// King of the Corvanes, a small republic"), nor after another name and a preposition of direction or
			// place, which is no name's ("from Soloria to the Corvanes, its largest
			// buyer").
			st--
			if p := lower(s, max(st-1, 0)); st >= 3 && (p == "of" || p == "for") && toks[st-2].Cap && toks[st-2].Class&classTitle == 0 && toks[st-3].Sentence == toks[st-2].Sentence &&
				s.joined(st-2) && s.joined(st-1) {
				continue
			}
		} else if st >= 2 && toks[st-1].Class&voices.ClassPrep != 0 && toks[st-2].Cap && s.joined(st-2) && s.joined(st-1) {
			continue // the end of a longer name ("Human Rights in China", "Institute of Modern Russia")
		}
		locative := !h.titled[ref] && locativeBefore(s, r.title)
		hon := "" // the gendered honorific before this mention (see mentions)
		if r.title < r.from {
			hon = genderedHonorific(s, r.from-1)
		}
		// An apposition after the name: "Ri Sol Han, the Solorian leader,".
		last := r.to - 1
		if j := r.to; j < len(toks) && !locative && !toks[last].Poss && toks[j].Sentence == toks[last].Sentence &&
			toks[j].Clause != toks[last].Clause && commaOnly(s.gap(last)) {
			if n := j + 1; h.titled[ref] && n < len(toks) && isAge(s.word(j)) && toks[n].Sentence == toks[j].Sentence &&
				toks[n].Clause != toks[j].Clause && commaOnly(s.gap(j)) {
				j = n // a person's age between: "Tal Oren, 45, a retired general,"
			}
			// A plural after a name joined to another ("Halden and Soloria, the
			// neighbors,") is both names', no label of one.
			// A place's or a body's name that ends a phrase opening the sentence is no
			// subject: the phrase after it is the sentence's, unless that phrase's comma
			// is followed by a verb ("Since Halden, a former colony, voted") or by another
			// subject (see subjectAfter: "For Halden, a small town, the vote matters"), or
			// its head is a person's, since a person with no title is no place ("For Ana
			// Ruiz, a lawyer,").
			fronted := !h.titled[ref] && frontedPhrase(s, r.title)
			// A place's or a body's name inside a larger phrase, the object of a
			// preposition or a verb, may leave the phrase after its comma to that larger
			// phrase or to the clause ("the siege of Halden, the winter offensive",
			// "exports reached Tarvenia, a sharp rise on the year"): it is not the name's
			// when its head names an event, a change or a quantity (see eventHead).
			embedded := !h.titled[ref] && (!h.subject(s, r.title) || h.objectOf(s, r.title))
			if from, to, head := h.apposition(s, j, h.titled[ref], !plural); head != "" && h.fits(ref, head, s.toks[to-1].Class) && !h.mentions(s, from, to, ref, lang, hon) &&
				!(embedded && eventHead(head, s.toks[to-1].Class)) && !(personHead(head, s.toks[to-1].Class) && !(h.titled[ref] && bareTitle(s, to)) && h.nameAfter(s, to)) && !(!h.titled[ref] && h.namedArea(s, from, to, head)) &&
				!(fronted && !personHead(head, s.toks[to-1].Class) && !h.subjectAfter(s, to)) &&
				!(coordinatedBefore(s, r.title) && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")) {
				// A coordinated apposition: "Ruiz, a former mayor and a lawyer for the party,
				// said"; not after a people's name ("two Solorians, a nurse and a driver"),
				// whose apposition takes no conjunct (see apposition). One whose conjunct is
				// no apposition's second (see appositiveConjunct) voids the first too:
				// the name may be one of a list ("Ruiz, her husband and her lawyer,
				// were").
				x := h.conjunct(s, to, h.titled[ref])
				if x < 0 || toks[to].Clause != toks[to-1].Clause {
					// No conjunct, or one after the first apposition's comma, which may be
					// another apposition's ("Ruiz, the mayor, and the governor, Ivo Marek,"):
					// the first stands, unless the conjunct's head ends the sentence, as a
					// list's last member does ("Present were Ruiz, a lawyer, and a teacher.").
					inList := h.listAfter(s, to)
					if x >= 0 {
						_, cto, _ := h.apposition(s, x, h.titled[ref], true)
						inList = inList || endsSentence(s, cto)
					}
					if !inList {
						add(ref, head, "apposition", from, to)
						h.freePossessor(s, from, to)
					}
				} else if h.appositiveConjunct(s, to, x) {
					add(ref, head, "apposition", from, to)
					h.freePossessor(s, from, to)
					if from, to, head := h.apposition(s, x, h.titled[ref], true); h.fits(ref, head, s.toks[to-1].Class) && !h.mentions(s, from, to, ref, lang, hon) {
						add(ref, head, "apposition", from, to)
						h.freePossessor(s, from, to)
					}
				}
			}
			if j+1 < len(toks) && toks[j].Class&voices.ClassWho != 0 {
				h.predicate(s, j+1, ref, add) // "Marek, who was the HPA director"
			}
		}
		// An apposition before it: "the Solorian leader, Ri Sol Han". Not before a
		// possessive, which modifies another noun, written or left out: in "the new
		// bridge, Soloria's longest," and "her lawyer, Ana Ruiz's brother," the phrase
		// before is that noun's.
		if st := r.title; st > 0 && !toks[last].Poss && toks[st-1].Sentence == toks[st].Sentence && toks[st-1].Clause != toks[st].Clause &&
			commaOnly(s.gap(st-1)) {
			c := toks[st-1].Clause
			k := st - 1
			for k > 0 && toks[k-1].Clause == c {
				k--
			}
			from, to, head := h.apposition(s, k, h.titled[ref], false)
			if r.modifier && h.nounAfter(s, r.to) {
				head = "" // the name modifies a noun: "a good school system, Halden parents say"
			}
			if (head == "" || to != st) && !h.verbAfter(s, r.to) {
				// The last of coordinated noun phrases: "the mayor and the governor's
				// deputy, Ana Ruiz"; not before a name that a verb follows in its clause,
				// where the phrase is the last of a clause that opens the sentence, the
				// name its subject ("Given the vote and the recount, Halden will wait").
				for x := st - 2; x > k; x-- {
					if w := lower(s, x); w == "and" || w == "or" {
						from, to, head = h.apposition(s, x+1, h.titled[ref], false)
						break
					}
				}
			}
			// A prepositional phrase after the head, before a person's name that ends no
			// list and no clause with a verb ("The lawyer for Ivo Marek, Ana Ruiz said,").
			// In a list of names with their appositions, the phrase between two names is
			// the first's ("Ana Ruiz, the mayor, Ivo Marn, the police chief, and"); not
			// after a phrase that opens the sentence ("In Halden, the mayor, Ivo Marn, a
			// judge,"). None before a name that only a verb follows in its clause, a
			// parenthetical set in the sentence ("The bridge, Ruiz warned, would close";
			// not "A former colony, Halden reverted to Soloria").
			if head != "" && (to == st || h.titled[ref] && phraseOnly(s, to, st) && !listed(s, r.to) && !h.verbAfter(s, r.to)) &&
				!(h.afterName(s, k) && !frontedPhrase(s, k-1) && h.listGoesOn(s, r.to)) &&
				!(h.verbAfter(s, r.to) && (r.to+1 >= len(toks) || toks[r.to+1].Clause != toks[r.to].Clause)) &&
				h.fits(ref, head, s.toks[to-1].Class) && !h.mentions(s, from, to, ref, lang, hon) {
				add(ref, head, "apposition", from, to)
				h.freePossessor(s, from, to)
			}
		}
		// A predicate nominal: "Ri is a dictator"; a naming verb's object: "call Ri a
		// dictator".
		if j := r.to; j < len(toks) && !toks[last].Poss && toks[j].Clause == toks[last].Clause && h.subject(s, r.title) && !asked(s, r.title) &&
			!h.coordinatedSubject(s, r.title) {
			// Not after another subject and "and" or "or": the subject is the
			// coordination, whose predicate is no one name's ("Soloria and Halden are the
			// losers", "The army and Halden are the losers"; but "Soloria voted and Halden
			// is the winner", "Ana Ruiz met Soloria and Halden is the winner").
			h.predicate(s, j, ref, add)
		}
		if p := r.title - 1; p >= 0 && naming(s, p) && toks[p].Clause == toks[r.title].Clause && !toks[last].Poss {
			// Not after a possessive: in "called Soloria's army chief" the chief is the
			// verb's object, not Soloria.
			if j := r.to; j < len(toks) && toks[j].Clause == toks[last].Clause {
				h.complement(s, j, ref, add)
			}
		}
	}
	h.nationalities(s, add)
	h.pronouns(s, add)
	h.descriptions(s, d, side, first)
	// The voice of each use: the outlet's own, or a quotation's.
	if len(h.found) > first || len(h.pending) > pending {
		h.seg.Lang = lang
		spans := h.seg.Segment(s.text, s.toks)
		for i := first; i < len(h.found); i++ {
			h.found[i].voice = voiceAt(spans, h.found[i].start)
		}
		for i := pending; i < len(h.pending); i++ {
			h.pending[i].use.voice = voiceAt(spans, h.pending[i].use.start)
		}
	}
}

// A longName is a name of two words or more in a document, where it is first written,
// with the referent it names, or -1.
type longName struct {
	words []string
	first int
	ref   int
	kin   bool // introduced as the relative of someone named before by this surname alone ("Ruiz … his father, Jon Ruiz"; see kinBefore)
}

// longNames records the names of two words or more of the document, where it first writes
// each referent's whole name or its name after a title that is no honorific, and the
// gendered honorifics before each name: a person's surname alone may be someone else's
// (see namesake).
func (h *labelHarvest) longNames(s *tagged, runs []nameRun, lang *voices.Lang) {
	h.long = h.long[:0]
	if h.longByEnd == nil {
		h.longByEnd, h.introduced, h.honored, h.surnames = map[string][]int32{}, map[int]int{}, map[string]int{}, map[string]bool{}
	}
	clear(h.longByEnd)
	clear(h.surnames)
	clear(h.introduced)
	clear(h.honored)
	for _, r := range runs {
		h.work++
		if r.date {
			continue
		}
		words := nameWords(s.span(r.from, r.to))
		if len(words) == 0 {
			continue
		}
		first, last := "<"+words[0], ">"+words[len(words)-1]
		if g := honorificGender(s, r); g >= 0 {
			h.honored[first] |= 1 << g
			h.honored[last] |= 1 << g
		}
		ref := h.matchRun(s, r, words, lang)
		spelled := transliterated(words)
		if _, ok := h.introduced[ref]; ref >= 0 && !ok && (r.title < r.from && !honorifics[lower(s, r.from-1)] ||
			!slices.ContainsFunc(h.m.spelled[ref], func(w string) bool { return !slices.Contains(spelled, w) })) {
			h.introduced[ref] = r.from
		}
		if len(words) < 2 {
			h.surnames[words[0]] = true
			continue
		}
		// A relative of someone named before: the surname is written before alone.
		kin := h.surnames[words[len(words)-1]] && kinBefore(s, r.title, words[len(words)-1])
		i := int32(len(h.long))
		h.long = append(h.long, longName{words, r.from, ref, kin})
		h.longByEnd[first] = append(h.longByEnd[first], i)
		h.longByEnd[last] = append(h.longByEnd[last], i)
	}
}

// namedBefore returns the referent that words, a part of referent ref's name (a surname
// alone, "Clinton"), stand for in the current document: ref, unless the document has
// not written ref's name of two words or more before token at but has written, before
// it, one of another referent whose name ends or opens with the same words (opens: not
// a body's name when the words end ref's); then that other one when it is the only such
// ("Mrs. Clinton" after "Hillary Clinton" is Hillary Rodham Clinton's, whichever of her
// and Bill Clinton match would rank first; "Democratic" after "the Democratic Party" is
// the party's, not the Democratic Republic of Congo's; "Mr. Ruiz" after "the Ruiz
// Organization" stays Tomas Ruiz's). The
// long name as the document writes it need not be the referent's whole name: match
// gives "Hillary Clinton" to "Hillary Rodham Clinton". The caller's tests of a part of a
// person's name still apply to the referent returned (a title before it must show the
// person as a person somewhere in the documents: see labelHarvest.titled).
func (h *labelHarvest) namedBefore(ref int, words []string, at int) int {
	other := -1
	name := h.m.names[ref]
	// Words that end ref's name (a surname: "Trump" of "Donald Trump") are no first words of
	// a body's name ("the Trump Organization").
	last := len(words) <= len(name) && slices.Equal(name[len(name)-len(words):], words)
	for _, end := range []string{"<", ">"} {
		key := end + words[0]
		if end == ">" {
			key = end + words[len(words)-1]
		}
		for _, i := range h.longByEnd[key] {
			h.work++
			l := h.long[i]
			if l.first >= at || l.ref < 0 || len(l.words) <= len(words) {
				continue
			}
			if end == "<" && (last && h.m.heads[l.ref] != "" || !slices.Equal(l.words[:len(words)], words)) || end == ">" && !slices.Equal(l.words[len(l.words)-len(words):], words) {
				continue // "Mr. Ruiz" after "the Ruiz Organization" stays Tomas Ruiz's
			}
			switch {
			case l.ref == ref:
				return ref // the document wrote ref's name before
			case other < 0:
				other = l.ref
			case other != l.ref:
				return ref // two others: the document tells neither
			}
		}
	}
	if other >= 0 {
		return other
	}
	return ref
}

// namesake reports whether words, the first or the last words of person ref's name (after
// the gendered honorific g, or -1 for none), are another person's in the document: a name
// of two words or more that is not ref's ends the same way ("Ana Ruiz" for "Ruiz" of
// "Tomas Ruiz", "Ivo Novak" for "Ivo" of "Ivo Marek") and is written before the document
// first names ref (by its whole name, or after a title: "President Ruiz"), or it never
// does. The person named first is the one the document is about: "Mr. Ruiz" is the
// other's, and a relative named later leaves ref's "Mr. Ruiz" to it. Nor is it when g is
// the honorific the documents write before ref's name more often and the document writes
// the other one before those words too: "Mr. Ruiz" beside "Ms. Ruiz" is not Ana Ruiz.
// The honorific alone decides nothing: a brother named first ("Jon Ruiz") is "Mr. Ruiz"
// too. A longer form of ref's name ("Tomas A. Ruiz"), another spelling of it ("Tomás
// Ruis") and a relative introduced as someone's after the document wrote the surname
// alone ("Ruiz … his father, Jon Ruiz"; see kinBefore and longNames) are no other name.
func (h *labelHarvest) namesake(ref int, words []string, g int) bool {
	name := h.m.names[ref]
	other := -1 // where the other name is first written
	for _, end := range []string{"<", ">"} {
		var ok bool
		key := end + words[0]
		if end == "<" {
			ok = slices.Equal(name[:len(words)], words)
		} else {
			ok, key = slices.Equal(name[len(name)-len(words):], words), end+words[len(words)-1]
		}
		if n := h.honorifics[ref]; !ok || g >= 0 && h.honored[key]&(1<<(1-g)) != 0 && n[g] > n[1-g] {
			continue
		}
		for _, i := range h.longByEnd[key] {
			h.work++
			l := h.long[i]
			if l.ref == ref || l.kin || len(l.words) <= len(words) || !slices.ContainsFunc(name, func(w string) bool { return !slices.Contains(l.words, w) }) ||
				spelledAlike(l.words, name) {
				continue
			}
			if end == "<" && slices.Equal(l.words[:len(words)], words) || end == ">" && slices.Equal(l.words[len(l.words)-len(words):], words) {
				if other < 0 || l.first < other {
					other = l.first
				}
			}
		}
	}
	whole, ok := h.introduced[ref]
	return other >= 0 && (!ok || other < whole)
}

// kinNouns are the nouns for relatives, who share a surname by custom.
var kinNouns = map[string]bool{"father": true, "mother": true, "son": true, "daughter": true, "brother": true,
	"sister": true, "husband": true, "wife": true, "widow": true, "widower": true, "uncle": true, "aunt": true,
	"nephew": true, "niece": true, "cousin": true, "grandfather": true, "grandmother": true, "grandson": true,
	"granddaughter": true, "father-in-law": true, "mother-in-law": true, "son-in-law": true,
	"daughter-in-law": true, "brother-in-law": true, "sister-in-law": true, "stepfather": true,
	"stepmother": true, "stepson": true, "stepdaughter": true, "half-brother": true, "half-sister": true}

// pluralPerson reports whether a label is the plural of a noun for people: in -men
// ("servicemen") or in -s but not -ss, -us or -is ("boss", "genius", "analysis").
func pluralPerson(w string) bool {
	if strings.HasSuffix(w, "men") && len(w) > 4 {
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// relationNouns are the nouns for a person's standing to another person (relational
// nouns, as the nouns for relatives are): with a possessor (see possessed: "his boss",
// "her predecessor Ivo Marek", "his Solorian colleague Ana Ruiz") the phrase tells whom
// the person stands to, not what the person is, and is no label of a person; without
// one it stays a label ("longtime colleague Ivo Marek"), and so does one with "of",
// whose object is often a body or a cause ("a friend of the Earth"). The nouns for a
// job ("aide", "deputy", "adviser", "partner") and for a stance ("rival", "opponent")
// are not among them: they say what the person does or stands for.
var relationNouns = map[string]bool{"boss": true, "predecessor": true, "successor": true,
	"friend": true, "colleague": true, "counterpart": true, "mentor": true, "protege": true,
	"protégé": true, "confidant": true, "confidante": true, "classmate": true, "roommate": true,
	"girlfriend": true, "boyfriend": true, "fiance": true, "fiancee": true, "fiancé": true, "fiancée": true}

// relative reports whether the noun phrase of tokens [from, to), headed by a noun for a
// relative, says whose relative it is: a possessive or a possessive pronoun in it or
// right before it (see possessed: "his uncle", "Ruiz's aunt", "her late brother Jon
// Ruiz"), or "of" after it ("an aunt of Ana Ruiz"). Such a noun names a relation to
// another person, not what the person is; "the father of the nation" is a label. A noun
// of relationNouns asks for a possessive alone.
func relative(s *tagged, from, to int) bool {
	return possessed(s, from, to) || to+1 < len(s.toks) && s.toks[to].Clause == s.toks[to-1].Clause && strings.EqualFold(s.word(to), "of") &&
		(s.toks[to+1].Cap || isDet(s, to+1) && to+2 < len(s.toks) && s.toks[to+2].Cap)
}

// possessed reports whether the noun phrase of tokens [from, to) has a possessive or a
// possessive pronoun in it or right before it ("his boss", "Ruiz's aunt", "her late
// brother Jon Ruiz").
func possessed(s *tagged, from, to int) bool {
	if from > 0 && s.toks[from-1].Clause == s.toks[from].Clause {
		from-- // the possessor before a premodifier's span: "his brother Jon Ruiz"
	}
	for k := from; k < to; k++ {
		switch lower(s, k) {
		case "his", "her", "their", "its", "my", "our", "your":
			return true
		}
		if s.toks[k].Poss {
			return true
		}
	}
	return false
}

// kinBefore reports whether the name that starts at token from (its title included), whose
// last word is last, is introduced as a relative of someone named before it: right after
// a lower-case noun for a relative, itself after a possessive pronoun or a possessive, a
// name's only when it is that last word ("his father, Jon Ruiz", "her daughter Lena
// Ruiz", "Ruiz's brother, Jon Ruiz"; "Marek's wife, Lena Ruiz" is no Ruiz's relative).
// Such a relative is named for the one whose relative it is, who is the one the document
// is about: the surname alone stays that person's (see namesake) when the document wrote
// it alone before (see longNames; "Ivo Marek … his wife, Lena Varga" names Varga first).
// A name after its kinship noun with no possessor ("the father, Jon Ruiz") or before it
// ("Jon Ruiz, his brother,") is named in its own right.
func kinBefore(s *tagged, from int, last string) bool {
	p := from - 1
	if p < 1 || s.toks[p].Cap || s.toks[p].Sentence != s.toks[from].Sentence || !kinNouns[lower(s, p)] ||
		!(s.joined(p) || commaOnly(s.gap(p))) {
		return false
	}
	q := p - 1
	if s.toks[q].Clause != s.toks[p].Clause || !s.joined(q) && !s.toks[q].Poss {
		return false
	}
	switch lower(s, q) {
	case "his", "her", "their":
		return true
	}
	if s.toks[q].Poss && s.toks[q].Cap {
		w := nameWords(s.word(q))
		return len(w) > 0 && w[len(w)-1] == last
	}
	return s.toks[q].Poss
}

// spelledAlike reports whether two names of as many words are one spelled two ways: each
// pair of words alike but for doubled letters and at most one letter more, less or
// other, after the same first letter ("Mohammed" and "Mohamed", "Chung" and "Chun").
func spelledAlike(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := []rune(strings.ToLower(a[i])), []rune(strings.ToLower(b[i]))
		x, y = slices.Compact(x), slices.Compact(y)
		if len(x) == 0 || len(y) == 0 || x[0] != y[0] || !withinOneEdit(x, y) {
			return false
		}
	}
	return true
}

// withinOneEdit reports whether x becomes y by at most one letter added, dropped or
// changed.
func withinOneEdit(x, y []rune) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		return i == len(x) || slices.Equal(x[i+1:], y[i+1:])
	}
	return slices.Equal(x[i:], y[i+1:])
}

// givenName reports whether words, one word of person ref's longer name, is the first or
// the last word of it that the documents use alone less often than the other: a given
// name ("Tomas" of "Tomas Ruiz", whom the documents call "Ruiz"), which names another
// person as often; not a surname written first ("Marek" of "Marek Ivo", whom they call
// "Marek").
func (h *labelHarvest) givenName(ref int, words []string) bool {
	name := h.m.spelled[ref]
	if len(words) != 1 {
		return false
	}
	w := transliteratedWord(words[0])
	other := name[0]
	if w == other {
		other = name[len(name)-1]
	}
	return h.alone[ref][other] > h.alone[ref][w]
}

// mentions reports whether the phrase [from, to) holds a mention of referent ref: a use of
// it already found, or a possessive name that is the referent's (titles before it left
// out). A phrase with the referent inside it, mostly as its possessor, is someone or
// something else, never the referent's apposition: "Mr. Oren’s first deputy, Mr. Oren
// said" and "Tal Oren, Mr. Oren’s rival," give Oren no label. A mention after a gendered
// honorific (Mr., Mrs., Ms., Miss) other than hon, the one before the referent's own
// mention ("" for none), is another person of the name: "Ivo Marek, Ms. Marek’s husband,"
// is Ivo Marek's "husband".
func (h *labelHarvest) mentions(s *tagged, from, to, ref int, lang *voices.Lang, hon string) bool {
	toks := s.toks
	other := func(x int) bool { // the run starting at x follows another honorific
		g := ""
		if x > from {
			g = genderedHonorific(s, x-1)
		}
		return g != "" && g != hon
	}
	for k := from; k < to; k++ {
		if u := h.useAt[k]; u > 0 && h.found[u-1].ref == ref && (k == from || h.useAt[k-1] != u) && !other(k) {
			return true // judged at the use's first word
		}
		if !toks[k].Poss || !toks[k].Cap {
			continue
		}
		x := k
		for x > from && toks[x-1].Cap && toks[x-1].Class&classTitle == 0 && s.joined(x-1) {
			x--
		}
		if toks[x].Class&classTitle == 0 && !other(x) && h.m.match(nameWords(s.span(x, k+1)), s.span(x, k+1), false, lang) == ref {
			return true
		}
	}
	return false
}

// genderedHonorific returns the honorific that token k is, lowercased without its
// period, if it is one that tells a gender (Mr., Mrs., Ms., Miss), else "". Mrs., Ms. and
// Miss are one.
func genderedHonorific(s *tagged, k int) string {
	switch lower(s, k) {
	case "mr":
		return "mr"
	case "mrs", "ms", "miss":
		return "ms"
	}
	return ""
}

// freePossessor leaves a bare definite possessor that opens the label's phrase [from, to)
// to the descriptions: in "Tal Oren, the mayor's deputy," the phrase is Oren's label, and
// "the mayor" a description of the mayor. A possessor with a modifier ("the Afghan
// president's deputy") names someone of its own, whom a description would take for the
// latest referent of its title.
func (h *labelHarvest) freePossessor(s *tagged, from, to int) {
	if x := from + 1; x < to-1 && strings.EqualFold(s.word(from), "the") && s.toks[x].Poss {
		h.used[from], h.used[x] = false, false
	}
}

// isAge reports whether w can be a person's age: an integer of one to three ASCII digits
// ("45", not "1,000" or "4.5").
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// commaOnly reports whether the text between two words is a comma and white space: no
// quotation mark, which would put one of the words in a quotation and the other outside.
func commaOnly(gap string) bool {
	return strings.TrimSpace(gap) == ","
}

// voiceAt returns the voice of the word at byte offset pos: that of the span holding it,
// or the narrative's. The spans are sorted by Start and never overlap (see
// [voices.Quotes]), so their ends are sorted too: a binary search finds the first span
// that ends after pos, in time logarithmic in the document's quotations.
func voiceAt(spans []voices.Span, pos int) Voice {
	i, _ := slices.BinarySearchFunc(spans, pos, func(sp voices.Span, p int) int {
		if sp.End <= p {
			return -1
		}
		return 1
	})
	if i < len(spans) && spans[i].Start <= pos {
		return spans[i].Voice
	}
	return VoiceNarrative
}

// premodifier reports whether the noun at p, right before a name, describes it: a title
// or role, or a noun opening its clause or after a determiner, a possessive, a verb, a
// preposition, a conjunction or a modifier; not a verb or other word that happens to stand
// before a name ("exiting Varga"), nor a word after a name that is the subject ("Russia
// invades Ukraine").
func (h *labelHarvest) premodifier(s *tagged, p int) bool {
	t := s.toks[p]
	w := lower(s, p)
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		return false // a verb's form, or a plural: a title before a name is singular
	}
	if t.Class&classTitle != 0 {
		return true
	}
	if p == 0 || s.toks[p-1].Clause != t.Clause {
		return true // opening the clause: "strongman Tal Oren said"
	}
	prev := s.toks[p-1]
	if isDet(s, p-1) || prev.Poss || !prev.Cap && prev.Class&(voices.ClassVerb|voices.ClassThink|voices.ClassPast|voices.ClassPrep|voices.ClassConj|voices.ClassNaming) != 0 {
		return true // "the dictator Ri", "said strongman Oren", "with strongman Oren"
	}
	if prev.Cap {
		// A capitalized modifier: "Solorian dictator", "HPA director"; not a subject
		// ("Russia invades Ukraine") nor a word opening the sentence ("In fact").
		return prev.Class&classFunction == 0 && (demonym(s.word(p-1)) || prev.Class&voices.ClassOrg != 0 || h.uses[w].verb == 0 && h.uses[w].noun > 0)
	}
	return h.npWord(s, p-1) && prev.Class&voices.ClassFunc == 0
}

// modifiersBefore returns where the modifiers before token p start: back over adjectives,
// nouns and names of its clause, at most four, never over a determiner.
func (h *labelHarvest) modifiersBefore(s *tagged, p int) int {
	from := p
	for from > 0 && p-from < 4 && s.toks[from-1].Clause == s.toks[p].Clause && s.joined(from-1) && !s.toks[from-1].Poss &&
		!isDet(s, from-1) && h.npWord(s, from-1) && s.toks[from-1].Class&voices.ClassFunc == 0 {
		from--
	}
	return from
}

// apposition reads a noun phrase that fills the clause from token i: it starts with a
// determiner or a possessive, or its head is a title or role, and a prepositional phrase
// may follow its head ("the leader of Soloria"); or a relative clause right after
// its head, with "whose", or for a person's apposition (person) also "who" or "whom"
// (not after a prepositional phrase, whose noun the clause may be on: "an exchange of
// prisoners who"); no verb outside it. With coord, a noun phrase coordinated with it
// may follow ("a former mayor and a lawyer"; see conjunct). It returns the phrase's
// tokens [from, to) up to its head's end and the head, or "".
func (h *labelHarvest) apposition(s *tagged, i int, person, coord bool) (from, to int, head string) {
	toks := s.toks
	c := toks[i].Clause
	k := i
	det := false
	if isDet(s, k) {
		det = true
		k++
	}
	if k >= len(toks) || toks[k].Clause != c {
		return 0, 0, ""
	}
	if !det && invertedVerb(s, k) {
		// A reporting verb with no determiner before it opens an inverted attribution,
		// no noun phrase: "Troops threaten Halden, says the Solorian president".
		return 0, 0, ""
	}
	end, hd := h.np(s, k)
	if hd < 0 {
		return 0, 0, ""
	}
	if hd2 := h.commaCoordinated(s, hd); hd2 >= 0 {
		// "Halden, a historic, crowded town,": the head is after the comma.
		c, hd = toks[hd2].Clause, hd2
		end = hd2 + 1
		for end < len(toks) && toks[end].Clause == c && h.npWord(s, end) {
			end++
		}
	}
	possessive := false
	for x := k; x < hd; x++ {
		possessive = possessive || toks[x].Poss
	}
	if !det && !possessive && toks[hd].Class&classTitle == 0 {
		return 0, 0, ""
	}
	// The rest of the clause: nothing, or a prepositional phrase without a verb, up to a
	// relative clause on a person ("the billionaire who owns the team", "the mayor of
	// Halden who won"), which is the head's.
	for x := end; x < len(toks) && toks[x].Clause == c; x++ {
		h.work++
		if w := lower(s, x); x == end && (w == "whose" || person && personRelative[w]) {
			break // "the billionaire who owns the team", "a country whose army"
		}
		if x == end && coord && h.conjunct(s, x, person) >= 0 {
			break // "a former mayor and a lawyer for the party"
		}
		if x == end && toks[x].Class&voices.ClassPrep == 0 {
			return 0, 0, ""
		}
		if toks[x].Class&(voices.ClassVerb|voices.ClassThink|voices.ClassPast|voices.ClassWho|voices.ClassThat|voices.ClassSubject) != 0 ||
			toks[x].Class&voices.ClassAux != 0 && toks[x].Class&voices.ClassFunc == 0 {
			return 0, 0, ""
		}
		if u := h.uses[lower(s, x)]; !toks[x].Cap && u.verb > u.noun {
			return 0, 0, "" // a verb: the clause is a new one ("the West, the climate there needs to change")
		}
		if x-end > 8 {
			return 0, 0, ""
		}
	}
	return i, hd + 1, h.headAt(s, hd)
}

// conjunct returns the first token of a noun phrase coordinated at token x ("and" or
// "or") that is an apposition of its own (see apposition), or -1.
func (h *labelHarvest) conjunct(s *tagged, x int, person bool) int {
	if x >= len(s.toks) {
		return -1
	}
	if w := lower(s, x); w != "and" && w != "or" || x+1 >= len(s.toks) || s.toks[x+1].Clause != s.toks[x].Clause {
		return -1
	}
	if _, _, head := h.apposition(s, x+1, person, true); head == "" {
		return -1
	}
	return x + 1
}

// appositiveConjunct reports whether the noun phrase coordinated at token and (see
// conjunct), from token x, is an apposition's second conjunct: the conjunction is in the
// clause of the first conjunct, and the clause ends with a comma within the sentence
// before a singular verb, so that the name is the subject ("Ruiz, a former mayor and a
// lawyer for the party, said"). Before a name the conjunct may be that name's own
// apposition ("Ruiz, the mayor and her deputy, Ivo Marek,"); before a sentence's end, any
// word that is no verb (see verbAt: a preposition, a relative pronoun, an adverb) or a
// plural verb the name may be one of a list ("They thanked Ruiz, her husband and her
// lawyer, on Monday", "Ruiz, the mayor and the governor, are").
func (h *labelHarvest) appositiveConjunct(s *tagged, and, x int) bool {
	toks := s.toks
	if and == 0 || toks[and].Clause != toks[and-1].Clause {
		return false
	}
	e := x
	for e < len(toks) && toks[e].Clause == toks[x].Clause {
		e++
	}
	return e < len(toks) && toks[e].Sentence == toks[x].Sentence && commaOnly(s.gap(e-1)) && !toks[e].Cap &&
		!pluralVerbs[lower(s, e)] && h.verbAt(s, e)
}

// commaCoordinated returns the head of the noun phrase that goes on after a comma when
// hd, the phrase's head as read, is its one word after a determiner and so an adjective
// coordinated with the next ("a historic, crowded town"), or -1. The word must be like an
// adjective (see adjectiveLike), and a noun phrase of two words or more with no
// determiner must follow the comma, in a clause of its own within the sentence, that
// ends at its clause's end or before a preposition, with a noun for its head: a word
// the documents put in a noun's place more than in a verb's, or a title ("a
// democracy, free elections matter", "a harbor, tourist ferries in summer" are none). A
// noun before a list of adjectives keeps its place ("a port, busy and loud").
func (h *labelHarvest) commaCoordinated(s *tagged, hd int) int {
	toks := s.toks
	n := hd + 1
	if hd == 0 || !isDet(s, hd-1) || n >= len(toks) || toks[n].Clause == toks[hd].Clause || toks[n].Sentence != toks[hd].Sentence ||
		!commaOnly(s.gap(hd)) || toks[n].Cap || isDet(s, n) || !h.npWord(s, n) || !h.adjectiveLike(lower(s, hd), toks[hd].Class) {
		return -1
	}
	end, hd2 := h.np(s, n)
	if hd2 <= n || end < len(toks) && toks[end].Clause == toks[n].Clause && toks[end].Class&voices.ClassPrep == 0 {
		return -1
	}
	if u := h.uses[lower(s, hd2)]; toks[hd2].Class&classTitle == 0 && u.noun <= u.verb {
		return -1 // no noun known for its head: "a port, prices rose in May"
	}
	return hd2
}

// adjectiveSuffixes are the endings of English adjectives formed from other words
// ("national", "historic", "active", "famous", "peaceful", "endless", "stable",
// "visible", "Swedish", "primary", "modern"), chosen by their grammar.
var adjectiveSuffixes = []string{"al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ish", "ary", "ern"}

// adjectiveLike reports whether w, a word of the classes class, ends like an adjective
// (see adjectiveSuffixes), is no title or noun for a person ("an official", "the
// secretary"), and stands in the documents more often after a determiner before another
// word of its phrase than alone ("the modern era", not "the capital of", "a rival.").
func (h *labelHarvest) adjectiveLike(w string, class voices.Class) bool {
	if u := h.uses[w]; class&classTitle != 0 || personHead(w, class) || u.mod <= u.noun {
		return false
	}
	for _, suf := range adjectiveSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nounAfter reports whether token k, right after a name in its clause, is a noun that
// the name modifies ("Halden parents", "Party schooling"): a lower-case word the
// documents put in a noun's place more than in a verb's, or a noun for people.
func (h *labelHarvest) nounAfter(s *tagged, k int) bool {
	if k >= len(s.toks) || k == 0 || s.toks[k].Clause != s.toks[k-1].Clause || s.toks[k].Cap || h.verbAt(s, k) || !h.npWord(s, k) {
		return false
	}
	w := lower(s, k)
	u := h.uses[w]
	return u.noun > u.verb || groupNoun(w, s.toks[k].Class)
}

// areaNouns are the nouns for a country's administrative divisions, which a
// capitalized word before them names ("the Varno region", "Halden Province").
var areaNouns = map[string]bool{"region": true, "province": true, "district": true, "county": true, "oblast": true,
	"prefecture": true}

// namedArea reports whether the phrase of tokens [from, to), headed by head, is a named
// administrative division: head is one of areaNouns and a proper name modifies it ("the
// Varno region"). After a place's name such a phrase says where the place lies,
// another place, not what it is ("fog covered Halden, the Varno region,"); a division
// named by no proper name is a label ("Halden, a self-governing region"), and
// so is one an adjective of nationality modifies ("Halden, a Valdoran region": see
// nationalityAdjective), one an indefinite article opens, a description ("an Alpine
// region"), and one a hyphenated compound modifies, read by its first part, a
// modifier ("the Tarvish-speaking region").
func (h *labelHarvest) namedArea(s *tagged, from, to int, head string) bool {
	if !areaNouns[head] {
		return false
	}
	if w := lower(s, from); w == "a" || w == "an" {
		return false // an indefinite article opens a description: "an Alpine region"
	}
	for k := from; k < to-1; k++ {
		h.work++
		if w := s.word(k); s.toks[k].Cap && !isDet(s, k) && s.toks[k].Class&classTitle == 0 && !strings.Contains(w, "-") &&
			!h.nationalityAdjective(strings.TrimSuffix(w, ".")) {
			return true
		}
	}
	return false
}

// nationalityAdjective reports whether w, a capitalized word, is an adjective of
// nationality: an irregular one ("French", "Swiss": irregularDemonyms), or one that
// ends like one (see demonym: "Valdoran", "Kurdish") and that the documents do not
// write as a place after "in" ("in Sudan"; see isPlace).
func (h *labelHarvest) nationalityAdjective(w string) bool {
	for _, d := range irregularDemonyms {
		if d == w {
			return true
		}
	}
	return demonym(w) && !h.isPlace(w)
}

// bareTitle reports whether the apposition that ends before token to ends its clause
// there, a title with nothing after its head: after a titled person's name, as in "Ana
// Ruiz, the mayor, Ivo Marn", it is that person's own; one a phrase follows ("Ivo Marn,
// the president of Soloria, Ana Ruiz") may name the next person's office (see
// nameAfter).
func bareTitle(s *tagged, to int) bool {
	return to >= len(s.toks) || s.toks[to].Clause != s.toks[to-1].Clause
}

// nameAfter reports whether a name of two words or more follows the phrase that ends its
// clause at or after token to, after a comma, alone in its clause, closed by a comma or
// the sentence's end: the phrase, when headed by a noun for a person, is that person's
// apposition, not the name's before it ("fans came to Halden, the tournament director,
// Ivo Marn, wrote"; "a match against Halden, the president of Soloria, Ivo Marn,"). Not in a list of
// people, where each phrase follows its name: when the second name's comma is followed
// by an apposition of its own or by "and" or "or", the phrase is the first name's
// ("Ana Ruiz, the mayor, Ivo Marn, the police chief, and"). harvest does not ask it
// about a titled person's bare title (see bareTitle), which is that person's own.
func (h *labelHarvest) nameAfter(s *tagged, to int) bool {
	toks := s.toks
	if to == 0 {
		return false
	}
	e := to
	for e < len(toks) && toks[e].Clause == toks[to-1].Clause {
		h.work++
		e++
	}
	if e >= len(toks) || toks[e].Sentence != toks[e-1].Sentence || !commaOnly(s.gap(e-1)) {
		return false
	}
	n := e
	for n < len(toks) && toks[n].Clause == toks[e].Clause && toks[n].Cap {
		h.work++
		n++
	}
	if n-e < 2 || n < len(toks) && toks[n].Clause == toks[e].Clause {
		return false
	}
	if n >= len(toks) || toks[n].Sentence != toks[n-1].Sentence {
		return true
	}
	return commaOnly(s.gap(n-1)) && !h.listGoesOn(s, n)
}

// listAfter reports whether the apposition that ends its clause at or after token to,
// after a name, belongs to a list of noun phrases that the name opens: one noun
// phrase at least follows it, each in a clause of its own after a comma, and "and" or
// "or" joins another to the last of them ("the atlas shows Halden, its lakes, its roads and
// its farms"; "covers Halden, its glaciers, skiing and tourism"): each member opens with a
// determiner or a word of a noun phrase (not "with": "left Halden, a port, with a debt
// and a strike") and is no name (in a list of names, each phrase after a name is its
// apposition: "Ana Ruiz, the mayor, Ivo Marn, the police chief, and Lena Varga"); no
// verb stands in the members before the conjunction, and after it a noun phrase that
// no verb follows (see conjunctPhrase: "reached Halden, a port, the capital, and the
// council voted" is no list); no member is a phrase of time or measure (see
// adverbialAt: "Halden, a port, each summer and each winter"). A run that
// ends before a comma and a verb that is not plural
// is a subject's appositions, stacked ("Ruiz, the mayor, a judge and a mother of three,
// said"); one closed by "and" right after the apposition's comma is none of these (see
// harvest: "Ruiz, the mayor, and the governor, Ivo Marek,").
func (h *labelHarvest) listAfter(s *tagged, to int) bool {
	toks := s.toks
	if to == 0 {
		return false
	}
	e := to
	for e < len(toks) && toks[e].Clause == toks[to-1].Clause {
		e++
	}
	for n := 0; n < 4; n++ { // the members: a list of more is read as far as four
		if e >= len(toks) || toks[e].Sentence != toks[e-1].Sentence || !commaOnly(s.gap(e-1)) {
			return false
		}
		c := toks[e].Clause
		f := e
		if w := lower(s, f); w == "and" || w == "or" {
			if n == 0 {
				return false // ", and the governor": harvest's to judge
			}
			f++
		}
		if f >= len(toks) || toks[f].Clause != c || !isDet(s, f) && !h.npWord(s, f) || h.verbAt(s, f) {
			return false // no noun phrase: "left Halden, the largest port, with a debt and"
		}
		if toks[f].Cap {
			// A name: in a list of names each phrase follows its own ("Ana Ruiz, the
			// mayor, Ivo Marn, the police chief, and Lena Varga").
			return false
		}
		if adverbialAt(s, f) {
			return false // a phrase of time or measure: "Halden, a port, each summer and each winter"
		}
		conj := f > e
		if conj && !h.conjunctPhrase(s, f) {
			return false
		}
		for e = f; e < len(toks) && toks[e].Clause == c; e++ {
			h.work++
			if w := lower(s, e); (w == "and" || w == "or") && e+1 < len(toks) && toks[e+1].Clause == c {
				if !h.conjunctPhrase(s, e+1) {
					return false
				}
				conj = true
				continue
			}
			if !conj && (h.verbAt(s, e) || toks[e].Class&(voices.ClassWho|voices.ClassThat) != 0) {
				return false // a clause of its own: "Halden, a port, the city says"
			}
		}
		if conj {
			// The list's end: a comma and a verb after it make the run a subject's
			// appositions, stacked.
			return !(e < len(toks) && toks[e].Sentence == toks[e-1].Sentence && commaOnly(s.gap(e-1)) && !toks[e].Cap &&
				!pluralVerbs[lower(s, e)] && h.verbAt(s, e))
		}
	}
	return false
}

// adverbialOpeners are the words that open a phrase of time or frequency, an adverbial,
// not a noun phrase a list takes ("this morning", "each summer", "twice a day").
var adverbialOpeners = map[string]bool{"this": true, "last": true, "next": true, "each": true, "every": true,
	"overnight": true, "twice": true, "once": true}

// measureNouns are the nouns of time and distance that head an adverbial phrase ("the
// day after", "three hours by road").
var measureNouns = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "hour": true, "hours": true, "minute": true, "minutes": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "weekend": true, "summer": true, "winter": true, "spring": true,
	"autumn": true, "season": true, "mile": true, "miles": true, "kilometers": true, "kilometres": true}

// measureOpeners are the number words and the articles that may open a phrase of
// measure ("two hours", "the day after").
var measureOpeners = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "a": true, "the": true}

// adverbialAt reports whether the phrase from token k is one of time or measure, an
// adverbial of the clause and no list's member: it opens with one of adverbialOpeners,
// or a determiner or a number is followed by one of measureNouns ("the day after the
// storm", "three hours by road").
func adverbialAt(s *tagged, k int) bool {
	w := lower(s, k)
	if adverbialOpeners[w] {
		return true
	}
	if k+1 >= len(s.toks) || s.toks[k+1].Clause != s.toks[k].Clause {
		return false
	}
	return (measureOpeners[w] || isNumber(w)) && measureNouns[lower(s, k+1)]
}

// conjunctPhrase reports whether the words from token k, after "and" or "or" in a list,
// are a noun phrase that no verb of its own follows ("and its dances", "and the
// lifestyle of a port"; not "and the council voted", "and he said"): a list's member,
// not a clause. A word the documents use more often as a modifier than as a verb is
// none ("and the mayor's deep dislike": see wordUse).
func (h *labelHarvest) conjunctPhrase(s *tagged, k int) bool {
	toks := s.toks
	j := k
	if j < len(toks) && isDet(s, j) {
		j++
	}
	if j >= len(toks) || toks[j].Clause != toks[k].Clause {
		return false
	}
	end, _ := h.np(s, j)
	if end == j {
		return false // no noun phrase: "and he said"
	}
	if end >= len(toks) || toks[end].Clause != toks[k].Clause {
		return true
	}
	if u := h.uses[lower(s, end)]; !toks[end].Cap && u.mod > u.verb {
		return true // a modifier, more often than a verb: "and the mayor's deep dislike"
	}
	return !h.verbAt(s, end) && !(strings.HasSuffix(lower(s, end), "ed") && h.verbInPhrase(s, j, end))
}

// pluralVerbs are the forms of a verb whose subject is plural, which after coordinated
// noun phrases make them a list's ("Ruiz, the mayor and the governor, are").
var pluralVerbs = map[string]bool{"are": true, "were": true, "have": true}

// endsSentence reports whether the noun phrase that ends before token to is the last of
// its sentence, or of the text.
func endsSentence(s *tagged, to int) bool {
	return to >= len(s.toks) || s.toks[to].Sentence != s.toks[to-1].Sentence
}

// coordinatedBefore reports whether "and" or "or" stands right before token i in its
// clause ("Halden and Soloria").
func coordinatedBefore(s *tagged, i int) bool {
	if i == 0 || s.toks[i-1].Clause != s.toks[i].Clause {
		return false
	}
	w := lower(s, i-1)
	return w == "and" || w == "or"
}

// coordinatedSubject reports whether the name that starts at token i is joined by "and"
// or "or" to a subject before it, whose predicate is the coordination's: no verb stands
// between its clause's start and the conjunction ("The army and Halden are", "Soloria or
// Halden is"), or a preposition does, nearer the conjunction than any verb, so that the
// names are its objects and the predicate their phrase's head's ("a deal between Soloria
// and Halden was a gift"). After a verb the conjunction joins clauses or objects
// ("Soloria voted and Halden is", "Ana Ruiz met Soloria and Halden is"), and a
// conjunction that opens its clause ("..., and Halden is") joins clauses: the name is its
// own clause's subject. A verb is one by verbAt or a lower-case word in -ed after no
// determiner ("voted"; "the united army" is none), which documents too few to tell may
// not know.
func (h *labelHarvest) coordinatedSubject(s *tagged, i int) bool {
	if !coordinatedBefore(s, i) || i < 2 {
		return false
	}
	toks := s.toks
	in := func(k int) bool {
		return k >= 0 && toks[k].Clause == toks[i].Clause && toks[k].Sentence == toks[i].Sentence
	}
	if !in(i - 2) {
		return false // ", and Halden is": two clauses
	}
	for k := i - 2; in(k); k-- {
		if toks[k].Cap {
			continue // a name's word, or the sentence's first
		}
		if toks[k].Class&voices.ClassPrep != 0 {
			return true // "between Soloria and Halden"
		}
		if h.verbAt(s, k) || strings.HasSuffix(lower(s, k), "ed") && toks[k].Class&voices.ClassFunc == 0 && !(k > 0 && isDet(s, k-1)) {
			return false
		}
	}
	return true
}

// listed reports whether the name that ends before token k is one of a list: another
// name, or "and" or "or", follows it ("the brother of Ivo Marek, Ana Ruiz and Lena
// Varga"); after a comma, "and" only before a capitalized word.
func listed(s *tagged, k int) bool {
	if k >= len(s.toks) || k == 0 || s.toks[k].Sentence != s.toks[k-1].Sentence {
		return false
	}
	if w := lower(s, k); w == "and" || w == "or" {
		// After a comma, "and" only before a name ("Ivo Marek, Ana Ruiz, and Lena Varga"):
		// "the mayor of Halden, Ana Ruiz, and the governor" coordinates two appositions;
		// "or" lists ("Ana Ruiz, or her husband").
		return w == "or" || !commaOnly(s.gap(k-1)) || k+1 < len(s.toks) && s.toks[k+1].Cap && s.toks[k+1].Sentence == s.toks[k].Sentence
	}
	return s.toks[k].Cap && commaOnly(s.gap(k-1))
}

// phraseOnly reports whether tokens [from, to), after an apposition's head, start with a
// preposition ("of Halden" in "The mayor of Halden, Ana Ruiz"): apposition let no verb
// into them, and a conjunction in them leaves the head to the last conjunct's (see
// harvest), so the phrase is the head's, as after a name.
func phraseOnly(s *tagged, from, to int) bool {
	return from < to && s.toks[from].Class&voices.ClassPrep != 0
}

// verbAfter reports whether the token k, after a name, is a verb in the name's clause
// ("Ana Ruiz said"): the name is a clause's subject, not an apposition's.
func (h *labelHarvest) verbAfter(s *tagged, k int) bool {
	if k == 0 || k >= len(s.toks) || s.toks[k].Clause != s.toks[k-1].Clause {
		return false
	}
	return h.verbAt(s, k)
}

// verbAt reports whether the token k is a verb: a reporting, thinking or past form, an
// auxiliary that is no function word, or a lower-case word the documents use more often
// as a verb than as a noun.
func (h *labelHarvest) verbAt(s *tagged, k int) bool {
	t := s.toks[k]
	if t.Class&(voices.ClassVerb|voices.ClassThink|voices.ClassPast) != 0 || t.Class&voices.ClassAux != 0 && t.Class&voices.ClassFunc == 0 {
		return true
	}
	u := h.uses[lower(s, k)]
	return !t.Cap && u.verb > u.noun
}

// personRelative are the relative pronouns of a person, which open a relative clause on
// the noun before them.
var personRelative = map[string]bool{"who": true, "whom": true, "whose": true}

// subject reports whether the name that starts at token i can be its clause's subject:
// no determiner, possessive or preposition stands before it in its clause, back to a verb
// or conjunction ("development in Hong Kong is an experiment": Hong Kong is not the
// subject).
func (h *labelHarvest) subject(s *tagged, i int) bool {
	if i == 0 || s.toks[i-1].Clause != s.toks[i].Clause {
		return true
	}
	p := s.toks[i-1]
	if p.Class&(voices.ClassPrep|voices.ClassDet) != 0 || p.Poss || p.Class&voices.ClassNaming != 0 {
		return false
	}
	// Back to the clause's start or a verb: a preposition on the way puts the name in a
	// prepositional phrase ("the apartment in downtown Washington is").
	for k := i - 1; k >= 0 && k >= i-6 && s.toks[k].Clause == s.toks[i].Clause; k-- {
		h.work++
		c := s.toks[k].Class
		if c&(voices.ClassVerb|voices.ClassPast|voices.ClassThink|voices.ClassConj|voices.ClassThat|voices.ClassWho) != 0 {
			break
		}
		if c&voices.ClassPrep != 0 {
			return false
		}
	}
	return true
}

// predicate finds a predicate nominal after a subject ending before token j: a copula
// (after auxiliaries, none of them hypothetical unless conceded), no negation, then a noun phrase with a determiner or a title or
// role for its head; or a naming verb in the passive ("was described as a dictator").
func (h *labelHarvest) predicate(s *tagged, j, ref int, add func(int, string, string, int, int)) {
	toks := s.toks
	c := toks[j].Clause
	k := j
	for k < len(toks) && toks[k].Clause == c && k-j < 4 && toks[k].Class&voices.ClassAux != 0 && !copulas[lower(s, k)] {
		if w := lower(s, k); hypothetical[w] && !conceded(s, k, w) {
			return // "Halden could be a problem": not asserted, as a negated one is not
		}
		k++ // "has", "will", "also"
	}
	if k+1 < len(toks) && toks[k].Clause == c && toks[k+1].Clause == c && serveVerbs[lower(s, k)] && lower(s, k+1) == "as" {
		h.complement(s, k+1, ref, add) // "served as the mayor's deputy"
		return
	}
	if k >= len(toks) || toks[k].Clause != c || !copulas[lower(s, k)] {
		return
	}
	k++
	if k < len(toks) && copulas[lower(s, k)] {
		k++ // "has been", "will be"
	}
	if k < len(toks) && toks[k].Clause == c && (naming(s, k) || officeVerbs[lower(s, k)]) {
		h.complement(s, k+1, ref, add) // "was called a dictator", "is described as a strongman", "was elected mayor"
		return
	}
	h.complement(s, k, ref, add)
}

// invertedVerb reports whether token k, right after a name's comma, is a reporting verb
// that opens an inverted attribution ("Halden, says Velmoran president"): a lower-case
// inflected form (in -s or -ed, or an irregular past: said, told, wrote), and, if it can
// be a noun too (claims, reports), a determiner or a capitalized word after it, no noun
// it would modify. A bare form is a noun in a noun phrase ("Ana Ruiz, state senator",
// "Ana Ruiz, grant officer"), and so is a plural noun before its head ("comments
// editor").
func invertedVerb(s *tagged, k int) bool {
	t := s.toks[k]
	if t.Class&voices.ClassVerb == 0 || t.Cap {
		return false
	}
	w := lower(s, k)
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !irregularPast[w] {
		return false
	}
	if t.Class&voices.ClassWeak == 0 {
		return true
	}
	n := k + 1
	return n < len(s.toks) && s.toks[n].Clause == t.Clause && (isDet(s, n) || s.toks[n].Cap)
}

// irregularPast are the irregular past forms of English reporting verbs.
var irregularPast = map[string]bool{"said": true, "told": true, "wrote": true, "spoke": true, "thought": true,
	"swore": true, "taught": true, "held": true, "put": true, "felt": true}

// hypothetical are the modals of possibility and obligation: a predicate nominal after
// them ("Halden could be a problem for the mayor", "Soloria might turn into a refuge",
// "Port Elara should be a model") says what the referent may or ought to be, not what it
// is, and is no label, as a negated one is none. "Will", "can", "must" and "shall" assert
// ("Soloria will be the host"), and so does "would", too often the future seen from the
// past ("Oren would later become the country's president") to count as a supposition.
var hypothetical = map[string]bool{"could": true, "might": true, "may": true, "should": true}

// conceded reports whether the modal w at token k concedes rather than supposes: "may"
// or "might" with "but" after it in its sentence, within 30 words ("Soloria may be the
// largest republic, but its roads are poor" grants that it is one).
func conceded(s *tagged, k int, w string) bool {
	if w != "may" && w != "might" {
		return false
	}
	for x := k + 1; x < len(s.toks) && x-k <= 30 && s.toks[x].Sentence == s.toks[k].Sentence; x++ {
		if lower(s, x) == "but" {
			return true
		}
	}
	return false
}

// frontedPhrase reports whether the name that starts at token i ends a prepositional
// phrase that opens its sentence: what follows its comma is the sentence's subject, not
// the name's apposition ("For Halden, the vote at the summit was a test"; "In old
// Soloria, the harvest fair, or the feast, was"), unless a verb or another subject
// follows that phrase's own comma (see subjectAfter: "Since Halden, a former colony,
// voted", "For Halden, a small town, the vote matters").
func frontedPhrase(s *tagged, i int) bool {
	k := i
	for k > 0 && s.toks[k-1].Clause == s.toks[i].Clause {
		k--
	}
	return k < i && s.toks[k].Class&voices.ClassPrep != 0 && (k == 0 || s.toks[k-1].Sentence != s.toks[k].Sentence)
}

// subjectAfter reports whether, after the comma that ends the phrase [.., k) set after a
// name that closes a phrase opening the sentence, comes what makes that phrase an
// apposition, not the sentence's subject: a verb ("Since Halden, a former colony, voted,"),
// a word in -ed the documents read may not know as one ("voted"), a determiner or a
// capitalized word opening another subject ("For Halden, a small town, the vote matters").
// Anything else, "or" or a preposition ("In old Soloria, the harvest fair, or the feast,
// was"), or no comma at all ("For Halden, the vote at the summit was"), leaves the phrase
// the sentence's subject.
func (h *labelHarvest) subjectAfter(s *tagged, k int) bool {
	toks := s.toks
	if k == 0 || k >= len(toks) || toks[k].Clause == toks[k-1].Clause || toks[k].Sentence != toks[k-1].Sentence ||
		!commaOnly(s.gap(k-1)) {
		return false
	}
	w := lower(s, k)
	return h.verbAt(s, k) || isDet(s, k) || toks[k].Cap ||
		strings.HasSuffix(w, "ed") && toks[k].Class&(voices.ClassFunc|voices.ClassPrep) == 0
}

// asked reports whether the subject that starts at token i is asked about: an auxiliary or
// a copula stands right before it in its clause, and its sentence ends, after it, with a
// question mark ("Could Port Elara become the winner?", "Might Ruiz remain a mayor?"): the
// predicate nominal is asserted of it no more than a negated one is. A question that does
// not invert the subject keeps it ("Why can't they accept Halden is a town?").
func asked(s *tagged, i int) bool {
	if i == 0 || i >= len(s.toks) || s.toks[i-1].Clause != s.toks[i].Clause ||
		s.toks[i-1].Class&voices.ClassAux == 0 && !copulas[lower(s, i-1)] {
		return false
	}
	k := i
	for x := k; x < len(s.toks) && s.toks[x].Sentence == s.toks[k].Sentence; x++ {
		g := s.text[s.toks[x].End:]
		if x+1 < len(s.toks) {
			g = s.gap(x)
		}
		if strings.ContainsRune(g, '?') {
			return true
		}
	}
	return false
}

// complement reads a predicate nominal from token k: "as", then a noun phrase with a
// determiner, or one whose head is a title or role; a negation before it makes no label.
func (h *labelHarvest) complement(s *tagged, k int, ref int, add func(int, string, string, int, int)) {
	toks := s.toks
	if k >= len(toks) {
		return
	}
	c := toks[k].Clause
	if toks[k].Class&voices.ClassNeg != 0 {
		return
	}
	if strings.EqualFold(s.word(k), "as") {
		k++
	}
	if k >= len(toks) || toks[k].Clause != c {
		return
	}
	from := k
	det := isDet(s, k)
	if det {
		k++
	}
	if k >= len(toks) || toks[k].Clause != c {
		return
	}
	end, hd := h.np(s, k)
	if hd < 0 || !det && toks[hd].Class&classTitle == 0 {
		return
	}
	if end+1 < len(toks) && toks[end].Clause == c && toks[end].Class&voices.ClassConj != 0 && toks[end+1].Clause == c && !isDet(s, end+1) {
		// "an iconic and motivational leader": the head is after the conjunction.
		if _, hd2 := h.np(s, end+1); hd2 >= 0 {
			hd = hd2
		} else if toks[hd].Class&classTitle == 0 {
			return
		}
	}
	if hd2 := h.commaCoordinated(s, hd); hd2 >= 0 {
		hd = hd2 // "a historic, crowded town": the head is after the comma
	}
	if head := h.headAt(s, hd); h.fits(ref, head, toks[hd].Class) {
		add(ref, head, "predicate", from, hd+1)
		h.freePossessor(s, from, hd+1)
	}
}

// nationalities finds the noun phrases that an adjective of a referent's nationality
// modifies ("Solorian officials", "the Solorian government"): references to its state or its
// people; a region's singular "nation", "country" or "state" is one of its countries.
func (h *labelHarvest) nationalities(s *tagged, add func(int, string, string, int, int)) {
	if len(h.demonyms) == 0 {
		return
	}
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		h.work++
		if !toks[k].Cap || h.used[k] {
			continue
		}
		for _, d := range h.demonyms[s.word(k)] {
			n := len(d.words)
			if h.peopleAt(s, k, d) {
				add(d.ref, "", "name", k, k+n) // "the Chinese said"
				h.found[len(h.found)-1].plural = true
				k += n - 1
				break
			}
			if !h.demonymAt(s, k, d) || toks[k+n].Cap {
				continue
			}
			end, hd := h.np(s, k+n)
			if hd < 0 || slices.Contains(h.used[k:end], true) || !stateNoun(lower(s, hd), toks[hd].Class) || end < len(toks) && toks[end].Cap && s.joined(end-1) {
				continue
			}
			from := h.modifiersBefore(s, k)
			if from > 0 && isDet(s, from-1) && toks[from-1].Clause == toks[k].Clause {
				from--
			}
			if outOfOffice(s, k, hd) {
				k = hd // "former Solorian officials": no longer the state's
				break
			}
			if h.region[d.ref] && memberState[lower(s, hd)] {
				k = hd // "a Solorian country": a member, not the region itself
				break
			}
			add(d.ref, h.headAt(s, hd), "nationality", from, hd+1)
			k = hd
			break
		}
	}
}

// memberStates are the nouns for the countries a region holds, after its adjective
// ("Solorian countries"): a place so described is a region, no country.
var memberStates = map[string]bool{"countries": true, "nations": true, "states": true}

// memberState are their singulars: "a Solorian country" is one of a region's countries.
var memberState = map[string]bool{"country": true, "nation": true, "state": true}

// institutionNouns are the words of organizations' names (the segmenter's) that name a
// state's or a body's own institutions, beside attributiveNouns, after a possessive
// pronoun ("its spy agency"); not its allies, rivals or offices, which are others, nor
// "their counterparts" (others' officials, where "Solorian counterparts" are Soloria's).
var institutionNouns = map[string]bool{"agency": true, "agencies": true, "service": true, "services": true,
	"ministries": true, "department": true, "departments": true, "bureau": true, "commission": true, "command": true}

// stateLabels are the labels of a place's or a body's state or institutions that can be a
// possessive pronoun's antecedent ("the Solorian government and its spy agency"), beside
// its name; not its people or its firms ("Solorian rebels and their leaders").
var stateLabels = map[string]bool{"government": true, "administration": true, "authorities": true, "regime": true,
	"state": true, "ministry": true, "parliament": true, "legislature": true, "military": true, "army": true, "navy": true,
	"troops": true, "forces": true, "soldiers": true, "police": true, "officials": true, "leaders": true, "leadership": true,
	"lawmakers": true, "legislators": true, "diplomats": true, "envoys": true, "ministers": true, "delegation": true,
	"embassy": true, "side": true, "intelligence": true, "agents": true, "agency": true, "agencies": true, "service": true,
	"services": true, "ministries": true, "department": true, "departments": true, "bureau": true, "commission": true,
	"command": true}

// pronouns finds the noun phrases that a possessive pronoun makes a place's or a body's
// ("the Solorian government and its spy agency", "Solorian agents said their government
// knew"): "its" or "their" before one of attributiveNouns or institutionNouns,
// whose antecedent is the nearest noun phrase before it in its sentence, when that is a
// mention by name or a state's label (stateLabels) of a referent no title stands before,
// singular for "its" and plural for "their" (see antecedent for what blocks the link:
// "Soloria criticized the alliance for expanding its forces" is the alliance's). A
// possessor inside the pronoun's noun phrase ("its allies' forces") makes it the
// possessor's. A person's "his government" is another.
func (h *labelHarvest) pronouns(s *tagged, add func(int, string, string, int, int)) {
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		h.work++
		its, their := strings.EqualFold(s.word(k), "its"), strings.EqualFold(s.word(k), "their")
		if !its && !their || h.used[k] || toks[k+1].Clause != toks[k].Clause {
			continue
		}
		end, hd := h.np(s, k+1)
		if hd < 0 || possessorIn(s, k+1, hd) {
			continue // "its allies' forces": the allies'
		}
		hw := lower(s, hd)
		if slices.Contains(h.used[k:end], true) || !attributiveNouns[hw] && !institutionNouns[hw] && !bodyMembers[hw] || hw == "counterparts" ||
			end < len(toks) && toks[end].Cap && s.joined(end-1) {
			continue
		}
		u, ok := h.antecedent(s, k)
		if !ok || h.titled[u.ref] || u.label != "" && !stateLabels[u.label] {
			continue // "Solorian firms said their government": the firms'
		}
		if !attributiveNouns[hw] && !institutionNouns[hw] && !h.ownNoun(u.ref, hw) {
			continue // "Soloria and its members": a body's, not a place's
		}
		plural := u.plural
		if u.label != "" {
			plural = strings.HasSuffix(u.label, "s") && !strings.HasSuffix(u.label, "ss")
		}
		if label := h.headAt(s, hd); label != "" && plural == their {
			add(u.ref, label, "possessive", k, hd+1)
		}
		k = hd
	}
}

// possessorIn reports whether one of the tokens [from, to) is a possessive, with "'s" or
// with the bare apostrophe of a plural ("allies'"), which the scanner leaves in the gap
// (not a closing quote after another word: "its 'security' forces").
func possessorIn(s *tagged, from, to int) bool {
	for x := from; x < to; x++ {
		g := s.gap(x)
		if s.toks[x].Poss || strings.HasSuffix(lower(s, x), "s") &&
			(strings.HasPrefix(g, "'") || strings.HasPrefix(g, "’") || strings.HasPrefix(g, "＇")) {
			return true
		}
	}
	return false
}

// antecedent returns the use whose last token is the nearest noun phrase before the
// possessive pronoun at token k, in its sentence, at most twenty tokens back, skipping
// function words, verbs and lower-case words the documents do not use as nouns; false
// when the nearest is no referent's (another name, a determiner, a pronoun, a title, a
// word the documents use as a noun or a word after a possessive) or is a possessive.
func (h *labelHarvest) antecedent(s *tagged, k int) (labelUse, bool) {
	toks := s.toks
	for x := k - 1; x >= 0 && x >= k-20 && toks[x].Sentence == toks[k].Sentence; x-- {
		h.work++
		if u := h.useAt[x]; u > 0 {
			if toks[x].Poss {
				return labelUse{}, false // the possessor of a noun phrase ("Soloria's neighbor and its army")
			}
			from := x
			for from > 0 && h.useAt[from-1] == u {
				from--
			}
			if p := from - 1; p >= 0 && toks[p].Clause == toks[from].Clause && toks[p].Class&voices.ClassPrep != 0 && !h.opens(s, x+1, k) {
				// The object of a preposition is no possessor of a noun phrase after it in its
				// clause ("shared with Soloria its findings"), only of one coordinated with it
				// ("in Soloria and its army") or in a clause of its own ("aid to Soloria so that
				// its army").
				return labelUse{}, false
			}
			return h.found[u-1], true
		}
		t := toks[x]
		if t.Class&voices.ClassThat != 0 {
			continue // "agents insisted that their government knew"
		}
		if t.Class&(voices.ClassDet|voices.ClassSubject|voices.ClassHe|voices.ClassShe|voices.ClassThey|voices.ClassIt|voices.ClassI) != 0 {
			return labelUse{}, false // another noun phrase, or a pronoun
		}
		if t.Cap && t.Class&classFunction == 0 && !(x > 0 && toks[x-1].Sentence != t.Sentence) {
			return labelUse{}, false // another name
		}
		if t.Cap || t.Class&(classFunction|voices.ClassVerb|voices.ClassThink|voices.ClassNaming|voices.ClassPast) != 0 {
			continue
		}
		if lw := lower(s, x); t.Class&classTitle != 0 || personNoun(lw, t.Class) || h.uses[lw].noun > 0 && h.uses[lw].noun >= h.uses[lw].verb ||
			x > 0 && toks[x-1].Poss && toks[x-1].Clause == t.Clause {
			return labelUse{}, false // a noun, or a word after a possessive ("the country's oil firms and their")
		}
	}
	return labelUse{}, false
}

// opens reports whether the tokens [from, to) between an antecedent and a possessive
// pronoun coordinate it ("and") or open a new clause.
func (h *labelHarvest) opens(s *tagged, from, to int) bool {
	if to == from+1 && (lower(s, from) == "and" || lower(s, from) == "or") {
		return true
	}
	for x := from; x <= to && x < len(s.toks); x++ {
		if x > from && s.toks[x].Clause != s.toks[x-1].Clause || x < to && s.toks[x].Class&(voices.ClassThat|voices.ClassWho) != 0 {
			return true
		}
	}
	return false
}

// people returns the country whose people a name in the plural of its adjective of
// nationality stands for ("Solorians", "North Koreans"), or -1.
func (h *labelHarvest) people(words []string) int {
	last, ok := strings.CutSuffix(words[len(words)-1], "s")
	if !ok {
		return -1
	}
	first := words[0]
	if len(words) == 1 {
		first = last
	}
	for _, d := range h.demonyms[first] {
		if h.country[d.ref] && len(d.words) == len(words) && d.words[len(words)-1] == last &&
			slices.Equal(d.words[:len(words)-1], words[:len(words)-1]) {
			return d.ref
		}
	}
	return -1
}

// peopleAt reports whether the words of d at token k, a country's adjective of
// nationality that is its own plural ("Chinese", "British", "French", "Swiss"), stand
// for its people: after "the" and at the end of their noun phrase ("the Chinese said",
// not "the Chinese government").
func (h *labelHarvest) peopleAt(s *tagged, k int, d demonymOf) bool {
	n := len(d.words)
	last := d.words[n-1]
	if !h.country[d.ref] || k == 0 || lower(s, k-1) != "the" || s.toks[k-1].Clause != s.toks[k].Clause || k+n > len(s.toks) ||
		!(strings.HasSuffix(last, "ese") || strings.HasSuffix(last, "sh") || strings.HasSuffix(last, "ch") || strings.HasSuffix(last, "ss")) {
		return false
	}
	for x := 0; x < n; x++ {
		if s.word(k+x) != d.words[x] || x > 0 && !s.joined(k+x-1) {
			return false
		}
	}
	e := k + n
	return e == len(s.toks) || s.toks[e].Clause != s.toks[k].Clause || phraseEnd(s.toks[e].Class) ||
		s.toks[e].Class&voices.ClassNeg != 0 || modals[lower(s, e)]
}

// demonymAt reports whether the words of d stand at token k, before a word of their clause.
func (h *labelHarvest) demonymAt(s *tagged, k int, d demonymOf) bool {
	n := len(d.words)
	if k+n >= len(s.toks) || !s.joined(k+n-1) || s.toks[k+n-1].Poss {
		return false
	}
	for x := 1; x < n; x++ {
		if s.word(k+x) != d.words[x] || !s.joined(k+x-1) {
			return false
		}
	}
	return true
}

// stateNouns are nouns for a state, its people or its institutions, which an adjective of
// nationality makes references to a country ("Russian officials", "the Chinese
// government"); so are organizations' words and the plurals of nouns for persons ("Chinese
// leaders"), but not a singular title or role, which is a person's ("the Russian
// president").
var stateNouns = map[string]bool{"regime": true, "authorities": true, "state": true, "military": true,
	"troops": true, "navy": true, "citizens": true, "nationals": true, "media": true, "intelligence": true, "side": true,
	"delegation": true, "counterparts": true, "team": true,
	"soldiers": true, "public": true, "society": true, "nation": true, "elite": true, "elites": true, "establishment": true,
	"forces": true, "people": false}

// attributive adds, and reports, referent ref's attributive label at the name run r: one
// of attributiveNouns right after it, the whole phrase from its determiner ("the Hong Kong
// government"), unless a name follows ("the Hong Kong Basic Law").
func (h *labelHarvest) attributive(s *tagged, r nameRun, ref int, add func(int, string, string, int, int)) bool {
	toks := s.toks
	end, hd := h.np(s, r.to)
	if hd != r.to || !h.ownNoun(ref, lower(s, hd)) || slices.Contains(h.used[r.to:end], true) ||
		end < len(toks) && toks[end].Cap && s.joined(end-1) {
		return false
	}
	from := r.from
	if from > 0 && isDet(s, from-1) && toks[from-1].Clause == toks[from].Clause {
		from--
	}
	add(ref, h.headAt(s, hd), "attributive", from, hd+1)
	return true
}

// possessive adds, and reports, referent ref's label in a possessive of its name: one of
// attributiveNouns heading the noun phrase after the name's "'s" ("Soloria's government",
// "Port Elara's new government"), or before "of" and the name ("the government of
// Soloria", "the leaders of the Progress Party"). It is for a place or a body: a person's
// government or leaders are others. The singular "state" before "of" and a name names a
// state of a federation ("the state of Halden"), often a namesake of the place the
// documents mean by the name (a capital's), not the place's state as actor ("the Solorian
// state" stays one): it is no governing body, a label only with
// [ReferentOptions.Institutions].
func (h *labelHarvest) possessive(s *tagged, r nameRun, ref int, add func(int, string, string, int, int)) bool {
	toks := s.toks
	if last := r.to - 1; toks[last].Poss && r.to < len(toks) && toks[r.to].Clause == toks[last].Clause && !toks[r.to].Cap {
		end, hd := h.np(s, r.to)
		if hd >= 0 && h.ownNoun(ref, lower(s, hd)) && !slices.Contains(h.used[r.to:end], true) &&
			!(end < len(toks) && toks[end].Cap && s.joined(end-1)) {
			add(ref, h.headAt(s, hd), "possessive", r.title, hd+1)
			return true
		}
	}
	p := r.title - 1
	if p >= 0 && isDet(s, p) && toks[p].Clause == toks[r.title].Clause {
		p--
	}
	if p < 1 || toks[p].Clause != toks[r.title].Clause || !strings.EqualFold(s.word(p), "of") {
		return false
	}
	if toks[r.to-1].Poss || r.modifier {
		// The name opens a longer noun phrase, the object of "of": "another side of
		// Soloria's spirit" is the spirit's side, "the side of the Soloria government" the
		// government's.
		return false
	}
	hd := p - 1
	if toks[hd].Clause != toks[p].Clause || toks[hd].Cap || h.used[hd] || !h.ownNoun(ref, lower(s, hd)) || lower(s, hd) == "state" && !h.institutions {
		return false // "the state of Halden" is no governing body
	}
	from := h.modifiersBefore(s, hd)
	if from > 0 && isDet(s, from-1) && toks[from-1].Clause == toks[hd].Clause {
		from--
	}
	if slices.Contains(h.used[from:hd], true) {
		return false
	}
	head := h.headAt(s, hd)
	if head == "" {
		// A noun of the closed list that is also a verb ("state", "side"): headAt's noun
		// test does not apply to it. Without a head the use would count as a mention by
		// name, "The state" among the names.
		head = voices.Role(lower(s, hd))
	}
	if head == "state" {
		if h.stateOf == nil {
			h.stateOf = map[int]bool{}
		}
		h.stateOf[ref] = true // a state of a federation: no governing body (see governingLabel)
	}
	add(ref, head, "possessive", from, hd+1)
	return false // the name goes on to take its own labels ("the leaders of Soloria, a small country,")
}

// attributiveNouns are the nouns for a state, its people or its institutions that a
// place's or a body's name before them makes references to it ("US officials", "the Hong
// Kong government"): a closed list, since a name stands before many nouns that are not its
// own ("Kremlin critics", "Hong Kong waters", "Washington players").
var attributiveNouns = map[string]bool{"government": true, "administration": true, "authorities": true, "regime": true,
	"state": true, "ministry": true, "parliament": true, "legislature": true, "military": true, "army": true, "navy": true,
	"troops": true, "forces": true, "soldiers": true, "police": true, "officials": true, "leaders": true, "leadership": true,
	"lawmakers": true, "legislators": true, "diplomats": true, "envoys": true, "ministers": true, "citizens": true,
	"nationals": true, "residents": true, "voters": true, "public": true, "society": true, "media": true, "press": true,
	"delegation": true, "embassy": true, "side": true, "counterparts": true,
	"elite": true, "elites": true, "establishment": true, "intelligence": true}

// bodyMembers are the nouns for those who work or speak for a body, which its name or a
// pronoun for it makes references to it, beside attributiveNouns ("the Progress League's
// lawyers", "the committee and its employees", "PLC staffers"), and only a body's (a name
// that ends with an organization's word, or initials that spell one): "Soloria and its
// members" is not Soloria. OntoNotes 5.0 (BBN 2007) and NewsWCL50 code an organization's
// staff as references to it.
var bodyMembers = map[string]bool{"members": true, "employees": true, "staff": true, "staffers": true, "workers": true,
	"lawyers": true, "attorneys": true, "spokespeople": true, "spokesmen": true, "spokeswomen": true,
	"executives": true, "volunteers": true} // not "supporters": they stand outside it

// ownNoun reports whether w, after referent ref's name, its possessive or a pronoun for
// it, is one of its own people or institutions: one of attributiveNouns, or of bodyMembers
// for a body.
func (h *labelHarvest) ownNoun(ref int, w string) bool {
	return attributiveNouns[w] || governingNouns[w] || bodyMembers[w] && !h.titled[ref] && !h.country[ref] && h.m.heads[ref] != ""
}

// privateOrgs are the words of organizations' names that are not a state's institutions:
// "a British newspaper", "a Chinese company" or "a Russian university" is in the country,
// not the country.
var privateOrgs = map[string]bool{"newspaper": true, "times": true, "post": true, "news": true, "journal": true,
	"tribune": true, "herald": true, "daily": true, "telegraph": true, "guardian": true, "network": true,
	"company": true, "corporation": true, "bank": true, "fund": true, "foundation": true, "university": true,
	"institute": true, "center": true, "centre": true, "group": true, "association": true, "campaign": true,
	"coalition": true, "union": true, "party": true}

// pastOffice are the modifiers that put holders out of the office that would make a
// noun phrase the state's: no longer in it ("former Solorian officials", "the late
// Solorian ministers"), or holding it as an honor rather than by office ("honorary
// Solorian consuls", "Solorian goodwill ambassadors"). So is any word in "ex-"
// ("ex-Solorian", "Solorian ex-officials").
var pastOffice = map[string]bool{"former": true, "onetime": true, "one-time": true, "erstwhile": true, "retired": true,
	"late": true, "honorary": true, "goodwill": true}

// outOfOffice reports whether one of pastOffice's modifiers, or a word in "ex-", stands in
// the noun phrase of an adjective of nationality at token k and its head hd: between them,
// or before the adjective in its clause, back over at most four words to a determiner.
func outOfOffice(s *tagged, k, hd int) bool {
	from := k
	for from > 0 && k-from < 4 && s.toks[from-1].Clause == s.toks[k].Clause && !isDet(s, from-1) && !s.toks[from-1].Poss {
		from--
	}
	for x := from; x < hd; x++ {
		if w := lower(s, x); pastOffice[w] || strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return false
}

// apartFromState are the groups in a country that are neither its state nor its people at
// large: its firms, and those who stand against its state ("Solorian firms", "Solorian
// rebels" are not Soloria).
var apartFromState = map[string]bool{"firms": true, "companies": true, "businesses": true, "rebels": true,
	"dissidents": true, "separatists": true, "insurgents": true, "militants": true, "exiles": true,
	"defectors": true, "protesters": true, "opponents": true, "critics": true}

// stateNoun reports whether a noun can stand for a state, its people or its institutions.
func stateNoun(w string, class voices.Class) bool {
	if apartFromState[w] {
		return false
	}
	if stateNouns[w] || class&voices.ClassOrg != 0 && !privateOrgs[w] {
		return true
	}
	one, plural := strings.CutSuffix(w, "s")
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		one = stem + "y" // "spies"
	}
	return plural && !strings.HasSuffix(one, "s") && personNoun(one, voices.LangOf("english").Classes(one))
}

// personNouns are nouns for persons that neither the segmenter's lists of titles and roles
// nor an ending of agents (-er, -or, -ist, -ian, -man, -men, -crat, -ant, -ent, -ee) tell.
var personNouns = map[string]bool{"tycoon": true, "billionaire": true, "mogul": true, "despot": true, "rebel": true,
	"hero": true, "icon": true, "star": true, "boss": true, "head": true, "wife": true, "husband": true, "son": true,
	"daughter": true, "father": true, "mother": true, "brother": true, "sister": true, "magnate": true, "athlete": true,
	"champion": true, "legend": true, "veteran": true, "rival": true, "ally": true, "foe": true, "enemy": true,
	"friend": true, "host": true, "guest": true, "colleague": true, "successor": true, "predecessor": true,
	"nominee": true, "hopeful": true, "politician": true, "diplomat": true, "hawk": true, "dove": true, "critic": true,
	"pundit": true, "journalist": true, "cleric": true, "monarch": true, "autocrat": true, "tyrant": true,
	"figure": true, "patriot": true, "separatist": true, "terrorist": true, "militant": true, "insurgent": true,
	"deputy": true, "chair": true, "associate": true, "confidant": true, "counsel": true, "heir": true, "protege": true,
	"spouse": true, "partner": true, "agent": true, "spy": true, "operative": true, "delegate": true, "emissary": true,
	"proxy": true, "soldier": true, "citizen": true, "crony": true, "puppet": true, "thug": true, "liberal": true,
	"conservative": true, "moderate": true, "maverick": true, "firebrand": true, "outsider": true, "favorite": true,
	"underdog": true, "victim": true, "target": true, "suspect": true, "plaintiff": true, "witness": true,
	"hostage": true, "exile": true, "native": true, "celebrity": true, "personality": true, "man": true, "woman": true,
	"person": true, "individual": true, "child": true, "boy": true, "girl": true, "loyalist": true, "hardliner": true,
	"reformist": true, "populist": true, "stalwart": true, "chairman": true, "chairwoman": true}

// fits reports whether a label's head can describe referent ref: no noun of
// exemplification (see exemplars); for a person (a referent a title stands before), a
// noun for a person ("Oren, the army's chief", not "Oren, his sometimes impish antics");
// for others, any other noun.
func (h *labelHarvest) fits(ref int, head string, class voices.Class) bool {
	return head != "" && !exemplars[head] && (!h.titled[ref] || personHead(head, class))
}

// exemplars are the nouns of exemplification: "Halden is an example", "Soloria is a case
// that shows why", "Port Elara, an exception," say that the referent bears out or breaks a
// claim made around it, not what it is; they head no label.
var exemplars = map[string]bool{"example": true, "examples": true, "case": true, "cases": true, "instance": true,
	"instances": true, "illustration": true, "exception": true, "exceptions": true}

// objectOf reports whether the name that starts at token i is a verb's object: a verb
// (see verbAt), or a lower-case word in -ed that is no function word, stands right
// before it or its determiner in its clause ("migrants entered Soloria", "crossed the
// Halden border").
func (h *labelHarvest) objectOf(s *tagged, i int) bool {
	k := i - 1
	if k >= 0 && s.toks[k].Clause == s.toks[i].Clause && isDet(s, k) {
		k--
	}
	if k < 0 || s.toks[k].Clause != s.toks[i].Clause || s.toks[k].Cap {
		return false
	}
	return h.verbAt(s, k) || strings.HasSuffix(lower(s, k), "ed") && s.toks[k].Class&(voices.ClassFunc|voices.ClassPrep) == 0
}

// eventHead reports whether a label's head names an event, a change or a quantity, which
// no place or body is: one of eventNouns ("a sharp rise", "the winter offensive"), or a
// nominalization in -tion, -sion or -ment ("the annexation", "an agreement") that is no
// noun for a person, a place, a state or a body (see bodyNominals, personNoun,
// placeKinds, placeNouns, governingNouns, stateNoun).
func eventHead(w string, class voices.Class) bool {
	if eventNouns[w] {
		return true
	}
	if !strings.HasSuffix(w, "tion") && !strings.HasSuffix(w, "sion") && !strings.HasSuffix(w, "ment") &&
		!strings.HasSuffix(w, "tions") && !strings.HasSuffix(w, "sions") && !strings.HasSuffix(w, "ments") {
		return false
	}
	return !bodyNominals[strings.TrimSuffix(w, "s")] && !personNoun(w, class) && !placeKinds[w] && !placeNouns[w] &&
		!governingNouns[w] && !stateNoun(w, class)
}

// eventNouns are nouns for an event, a change or a quantity that end in none of the
// suffixes of eventHead, and some in -ure or -al, whose other nouns too often name a
// body ("legislature", "tribunal", "capital") to count by ending.
var eventNouns = map[string]bool{"increase": true, "increases": true, "rise": true, "rises": true, "fall": true,
	"falls": true, "drop": true, "drops": true, "decline": true, "declines": true, "jump": true, "surge": true,
	"gain": true, "gains": true, "loss": true, "losses": true, "growth": true, "cut": true, "cuts": true,
	"slump": true, "spike": true, "buildup": true, "build-up": true, "discussion": true, "end": true, "start": true,
	"beginning": true, "outbreak": true, "offensive": true, "siege": true, "war": true, "attack": true,
	"attacks": true, "boycott": true, "boycotts": true, "embargo": true, "ban": true, "raid": true, "strike": true, "strikes": true, "visit": true, "trip": true, "move": true,
	"change": true, "changes": true, "shift": true, "takeover": true, "crackdown": true, "standoff": true,
	"clash": true, "clashes": true, "crisis": true, "collapse": true, "default": true, "deal": true,
	"seizure": true, "closure": true, "failure": true, "departure": true, "capture": true, "exposure": true,
	"arrival": true, "withdrawal": true, "approval": true, "refusal": true, "proposal": true, "removal": true,
	"renewal": true, "reversal": true, "denial": true, "dismissal": true, "upheaval": true, "revival": true,
	"survival": true, "trial": true, "total": true, "figure": true, "number": true, "share": true, "percent": true}

// bodyNominals are the nouns in -tion, -sion or -ment (singular) that name a body, a
// place or a grouping of people, not an event: "Acme, a small corporation", "Velmora, a
// popular destination".
var bodyNominals = map[string]bool{"nation": true, "federation": true, "confederation": true, "organization": true,
	"organisation": true, "institution": true, "association": true, "corporation": true, "coalition": true,
	"foundation": true, "commission": true, "station": true, "mission": true, "division": true, "delegation": true,
	"congregation": true, "faction": true, "population": true, "jurisdiction": true, "destination": true,
	"location": true, "civilization": true, "civilisation": true, "plantation": true, "reservation": true,
	"conurbation": true, "installation": true, "publication": true, "subdivision": true, "opposition": true,
	"generation": true, "constellation": true, "legation": true, "parliament": true,
	"department": true, "settlement": true, "establishment": true, "movement": true, "regiment": true,
	"encampment": true, "environment": true, "government": true, "apartment": true, "tenement": true,
	"segment": true}

// personHead reports whether a label's head can stand for a person: a noun for a person
// (see personNoun) that is no noun for a place or a thing with an agent's ending ("the
// continent", "an argument", "the border" are no person's).
func personHead(w string, class voices.Class) bool {
	return personNoun(w, class) && !placeNouns[w] && !(strings.HasSuffix(w, "ment") && class&classTitle == 0)
}

// placeNouns are nouns for places and parts of things that end like a noun for a person
// (-er, -or, -ent, -ian, ...): a description so headed is no person's.
var placeNouns = map[string]bool{"continent": true, "center": true, "centre": true, "border": true, "corner": true,
	"quarter": true, "harbor": true, "harbour": true, "corridor": true, "sector": true, "interior": true,
	"frontier": true, "theater": true, "theatre": true, "chamber": true, "tower": true, "river": true, "shelter": true,
	"headquarter": true, "parliament": true}

// salientHead reports whether a description's head can stand for one person only: a
// singular noun for a person (see personHead) that says more of the person than that it
// is one (not one of generalPersons). A noun ending in "ss" is singular ("the boss",
// "the witness", "the actress").
func salientHead(w string, class voices.Class) bool {
	return personHead(w, class) && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")) && !generalPersons[w]
}

// generalPersons are the nouns that say of a person only that it is one: "Ruiz is the
// only person in Halden who owns a canoe" makes no later "the person" hers, an anonymous
// source's as often ("the person said").
var generalPersons = map[string]bool{"person": true, "individual": true, "man": true, "woman": true, "figure": true,
	"child": true, "boy": true, "girl": true}

// placeKinds are the nouns for a kind of place, which a pending description of a place
// must have for its head (see compatible): "the city", "the continent", "the colony"; not
// "the region" or "the area", which name the land around a place as often as the place
// itself, nor an abstract noun a place was called ("China is a vast market": "the market"
// is the economy's), nor "the country" or "the nation", which have a rule of their own
// (see descriptions).
var placeKinds = map[string]bool{"city": true, "town": true, "village": true, "state": true, "continent": true,
	"island": true, "province": true, "territory": true, "colony": true, "capital": true, "county": true,
	"district": true, "republic": true, "kingdom": true, "empire": true, "metropolis": true, "port": true,
	"peninsula": true}

// personNoun reports whether a noun can stand for a person.
func personNoun(w string, class voices.Class) bool {
	if personNouns[w] || class&classTitle != 0 {
		return true
	}
	for _, e := range []string{"er", "or", "ist", "ian", "man", "men", "crat", "ant", "ent", "ee", "eer", "arch"} {
		if strings.HasSuffix(w, e) && len(w) >= len(e)+3 {
			return true
		}
	}
	return false
}

// listGoesOn reports whether a list of names with their appositions goes on after a name
// that ends before token k: a comma, then "and", "or" or an apposition ("Ivo Marn, the
// police chief,", "Ivo Marn, and Lena Varga").
func (h *labelHarvest) listGoesOn(s *tagged, k int) bool {
	if k == 0 || k >= len(s.toks) || s.toks[k].Sentence != s.toks[k-1].Sentence || !commaOnly(s.gap(k-1)) {
		return false
	}
	if w := lower(s, k); w == "and" || w == "or" {
		return true
	}
	_, _, head := h.apposition(s, k, true, false)
	return head != ""
}

// afterName reports whether token k follows a comma right after a name: a capitalized
// word inside its sentence, or one opening it that is a referent's or another name's.
func (h *labelHarvest) afterName(s *tagged, k int) bool {
	p := k - 1
	if p < 0 || !s.toks[p].Cap || s.toks[p].Class&classFunction != 0 || s.toks[p].Sentence != s.toks[k].Sentence || !commaOnly(s.gap(p)) {
		return false
	}
	if p > 0 && s.toks[p-1].Sentence == s.toks[p].Sentence || h.useAt[p] > 0 {
		return true
	}
	// h.others is in text order (the name finder's): a binary search, not a scan of the
	// document's names for every comma.
	_, found := slices.BinarySearchFunc(h.others, s.toks[p].Start, func(o otherName, start int) int { return cmp.Compare(o.start, start) })
	return found
}

// beforeOtherName reports whether a comma and then a name that is no referent's (see
// otherName) follow token k, the head of a description in its sentence, and another comma
// or the sentence's end follow the name: the description is that name's apposition ("the
// next mayor, Ana Ruiz,"; a plural's names joined by "and", "the envoys, Ana Ruiz and Lena
// Varga,"), not a referent's; not in a list ("the president, Congress and the courts")
// nor before the name's verb ("the president, Ana Ruiz said").
func (h *labelHarvest) beforeOtherName(s *tagged, k int) bool {
	n := k + 1
	if n >= len(s.toks) || !s.toks[n].Cap || s.toks[n].Sentence != s.toks[k].Sentence || !commaOnly(s.gap(k)) {
		return false
	}
	plural := strings.HasSuffix(lower(s, k), "s") && !strings.HasSuffix(lower(s, k), "ss")
	for {
		i, found := slices.BinarySearchFunc(h.others, s.toks[n].Start, func(o otherName, start int) int { return cmp.Compare(o.start, start) })
		if !found {
			return false
		}
		last := h.others[i].last
		if last+1 >= len(s.toks) || s.toks[last+1].Sentence != s.toks[last].Sentence || strings.HasPrefix(strings.TrimSpace(s.gap(last)), ",") {
			return true
		}
		if n = last + 2; !plural || n >= len(s.toks) || lower(s, last+1) != "and" || !s.toks[n].Cap {
			return false // a list, or the name's verb
		}
		// A plural's names: "the envoys, Ana Ruiz and Lena Varga,".
	}
}

// descriptions finds the definite descriptions of the document that repeat a head given
// to a referent earlier in it (the uses found since first): "the leader". When several
// referents were given the head, the description goes to the one mentioned latest if that
// was in its sentence or the one before, else to the one mentioned most so far.
//
// A description whose head no name was given is kept for later when a referent is named
// before it, in its sentence or the one before (see compatible).
func (h *labelHarvest) descriptions(s *tagged, d *corpus.Document, side, first int) {
	given := h.found[first:len(h.found):len(h.found)]
	if len(given) == 0 {
		return
	}
	// The names given each head so far (a referent by its number, another name by a
	// negative one), each name's mentions so far and the sentence of the latest, and the
	// latest name that is no person's.
	type event struct {
		start    int
		id       int
		head     string
		place    bool // the mention by name of a name no title stands before
		name     bool // a mention by name, not a label
		modifier bool // a mention by name that modifies a noun ("U.S. troops")
		mods     []string
	}
	var events []event
	givenWords := map[int]map[string]bool{} // the lower-case words of the labels given each referent
	for _, u := range given {
		if u.label != "" {
			if givenWords[u.ref] == nil {
				givenWords[u.ref] = map[string]bool{}
			}
			for _, w := range strings.Fields(strings.ToLower(u.form)) {
				givenWords[u.ref][w] = true
			}
		}
		e := event{u.start, u.ref, u.label, u.label == "" && !h.titled[u.ref], u.label == "", u.modifier, nil}
		if u.label != "" && h.titled[u.ref] && u.kind != "description" {
			e.mods = capitalizedModifiers(u.form, u.label)
		}
		events = append(events, e)
	}
	others := map[string]int{}
	for _, o := range h.others {
		id, ok := others[o.key]
		if !ok {
			id = -2 - len(others)
			others[o.key] = id
		}
		events = append(events, event{o.start, id, o.head, !o.person, true, false, o.mods})
	}
	slices.SortStableFunc(events, func(x, y event) int { return cmp.Compare(x.start, y.start) })
	givenTo := map[string][]int{}
	held := map[string][]int{}     // the titles named referents hold across the documents (see holders)
	modified := map[string][]int{} // the capitalized modifiers of persons' descriptions so far ("HPA" of "HPA director")
	give := func(head string, id int) {
		if head != "" && !slices.Contains(givenTo[head], id) {
			givenTo[head] = append(givenTo[head], id)
		}
	}
	mentions, lastSentence := map[int]int{}, map[int]int{}
	lastPlace, lastPlaceSentence := -1, -2
	// The latest such name that modifies no noun: "the country" is not the one of "U.S.
	// troops stayed in the country".
	lastCountry, lastCountrySentence := -1, -2
	// Where the latest name no title stands before starts, and where the latest noun for a
	// group of people does, by the referent whose label it is (-1 for none).
	lastPlaceStart, lastGroup := -1, map[int]int{}
	described := map[int]int{} // the referent of each token of the descriptions found so far
	g := 0
	toks := s.toks
	sentenceAt := func(pos int) int {
		i, _ := slices.BinarySearchFunc(toks, pos, func(t voices.Token, p int) int { return cmp.Compare(t.Start, p) })
		return toks[min(i, len(toks)-1)].Sentence
	}
	for k := 0; k+1 < len(toks); k++ {
		h.work++
		for g < len(events) && events[g].start < toks[k].Start {
			e := events[g]
			give(e.head, e.id)
			if e.id >= 0 && e.head == "" {
				if head := h.m.heads[e.id]; head != "" {
					give(head, e.id) // "the party" after "the Progress Party"
				}
				for _, head := range h.heldHeads[e.id] {
					if !slices.Contains(held[head], e.id) {
						held[head] = append(held[head], e.id) // "the president" after "Ruiz", who is "President Ruiz" elsewhere
					}
				}
			}
			if e.name {
				mentions[e.id]++
			}
			for _, w := range e.mods {
				if !slices.Contains(modified[w], e.id) {
					modified[w] = append(modified[w], e.id)
				}
			}
			lastSentence[e.id] = sentenceAt(e.start)
			if e.place {
				lastPlace, lastPlaceSentence, lastPlaceStart = e.id, lastSentence[e.id], e.start
				if !e.modifier {
					lastCountry, lastCountrySentence = e.id, lastSentence[e.id]
				}
			}
			g++
		}
		if !toks[k].Cap && groupNoun(lower(s, k), toks[k].Class) {
			owner := -1 // "the protesters": the group that "the group" may be
			if u := h.useAt[k]; u > 0 {
				owner = h.found[u-1].ref // "Solorian officials": Soloria's
			} else if r, ok := described[k]; ok {
				owner = r // "the group" given to the body before
			}
			lastGroup[owner] = toks[k].Start
		}
		if h.used[k] || !definite[lower(s, k)] || toks[k+1].Clause != toks[k].Clause {
			continue
		}
		end, hd := h.possessor(s, k+1)
		if hd < 0 {
			end, hd = h.np(s, k+1)
			if hd < 0 {
				continue
			}
			if end < len(toks) && toks[end].Cap && s.joined(end-1) {
				continue // a title before a name: another name's
			}
			if end < len(toks) && toks[end].Clause == toks[k].Clause && strings.EqualFold(s.word(end), "of") {
				continue // "the rule of law": a new referent, not one given before
			}
		}
		label := h.headAt(s, hd)
		if slices.Contains(h.used[k:end], true) {
			continue
		}
		if !(hd == k+1 && toks[hd].Poss) && h.afterName(s, k) {
			continue // an apposition: "Hamid Karzai, the Afghan president," is Karzai's, referent or not
		}
		if end == hd+1 && h.beforeOtherName(s, hd) {
			continue // an apposition before a name: "the next mayor, Ana Ruiz," is Ana Ruiz's
		}
		const none = -1
		ref := none
		if label == "country" || label == "nation" {
			if lower(s, k) != "the" {
				continue // "this country" is the writer's or the speaker's, deictic
			}
			// The country named last, in this sentence or the one before, if it is a
			// referent's; a name modifying a noun ("U.S. troops") is passed over.
			if lastCountry >= 0 && h.country[lastCountry] && !h.region[lastCountry] && lastCountrySentence >= toks[k].Sentence-1 {
				ref = lastCountry
			}
		} else if bodyNouns[label] && len(givenTo[label]) == 0 {
			// The body named last, in this sentence or the one before, if it is a
			// referent's whose name ends with an organization's word (no city, no country):
			// "the Progress Council said the organization"; not when a noun for another
			// group of people stands between ("the Progress Council condemned the
			// protesters. The group had blocked the road").
			between := false
			for owner, start := range lastGroup {
				between = between || owner != lastPlace && start > lastPlaceStart
			}
			if lastPlace >= 0 && h.m.heads[lastPlace] != "" && lastPlaceSentence >= toks[k].Sentence-1 && !between {
				ref = lastPlace
			}
		} else {
			// The name mentioned in this sentence or the one before, the latest such; else
			// the one mentioned most.
			refs := givenTo[label]
			found := false
			for _, r := range refs {
				if lastSentence[r] >= toks[k].Sentence-1 && (!found || lastSentence[r] > lastSentence[ref]) {
					ref, found = r, true
				}
			}
			if !found {
				for _, r := range refs {
					if !found || mentions[r] > mentions[ref] || mentions[r] == mentions[ref] && lastSentence[r] > lastSentence[ref] {
						ref, found = r, true
					}
				}
			}
			if !found {
				// A title the referent holds in other documents: only right after its
				// name, in this sentence or the one before, the latest such.
				for _, r := range held[label] {
					if lastSentence[r] >= toks[k].Sentence-1 && (!found || lastSentence[r] > lastSentence[ref]) {
						ref, found = r, true
					}
				}
			}
			if !found {
				ref = none
			}
			if ref == none && personHead(label, toks[hd].Class) && !toks[hd].Cap {
				// No referent was given the head, but a person was given a description
				// with the same capitalized modifier: "the former Solorian leader" after
				// "Solorian army chief Tal Oren", if no other person was.
				ref = h.sharedModifier(s, k+1, hd, modified)
			}
		}
		if ref == none && len(givenTo[label]) == 0 && (placeKinds[label] || salientHead(label, toks[hd].Class)) &&
			!slices.ContainsFunc(toks[k+1:hd+1], func(t voices.Token) bool { return t.Cap }) {
			// Kept for after the last document (see compatible), with the latest name before
			// it, in its sentence or the one before, that would stand between it and a
			// person, and the latest that would stand between it and a place.
			p := pendingDescription{use: labelUse{ref: none, side: side, doc: d, label: label, kind: corpusDescription,
				form: s.span(k, hd+1), start: toks[k].Start, end: toks[hd].End}, person: none, place: none}
			for i := g - 1; i >= 0 && sentenceAt(events[i].start) >= toks[k].Sentence-1 && (p.person == none || p.place == none); i-- {
				e := events[i]
				if !e.name {
					continue
				}
				if p.person == none && !h.knownPlace(e.id) {
					p.person = e.id
				}
				if p.place == none && e.place {
					p.place = e.id
				}
			}
			if p.person < 0 && p.place < 0 {
				continue // no referent named before it
			}
			h.pending = append(h.pending, p)
		}
		if ref < 0 {
			continue // no referent's, or another name's
		}
		if h.titled[ref] && pluralPerson(label) {
			continue // a plural is no description of one person ("the servicemen")
		}
		if h.titled[ref] && h.foreignModifier(s, k+1, hd, ref, modified) {
			continue // "the Solorian president" after "President Ruiz" and "Ana Ruiz": another's
		}
		if !h.titled[ref] && h.othersModifier(s, k+1, hd, ref) {
			continue // "the Chinese government" after "the Hong Kong government": China's
		}
		if !h.titled[ref] && label != "country" && label != "nation" && h.newModifier(s, k+1, hd, givenWords[ref]) {
			continue // "the central government" after "the Hong Kong government": another level's
		}
		mentions[ref]++
		lastSentence[ref] = toks[k].Sentence
		for x := k; x < end; x++ {
			h.used[x] = true
			described[x] = ref
		}
		h.found = append(h.found, labelUse{ref: ref, side: side, doc: d, label: label, kind: "description",
			form: s.span(k, hd+1), start: toks[k].Start, end: toks[hd].End})
	}
}

// A pendingDescription is a definite description whose head no name in its document was
// given, with the latest names before it, in its sentence or the one before, that stand
// between it and a person referent and between it and a place (see compatible): a
// referent by its number, another name by a negative one, none for no name.
type pendingDescription struct {
	use           labelUse
	person, place int
}

// corpusDescription is the kind of a definite description given to a referent by the
// heads the documents give it (see compatible), apart from "description" so that a
// researcher can count or leave out these uses.
const corpusDescription = "description (corpus)"

// knownPlace reports whether name id (a referent's number, or a negative one for another
// name) is known to be a place, so that it stands between no person referent and a
// definite description: a referent of one word with no title that is a country or a
// region ("Soloria"). Any other name stands between them: another person's, with a title
// or without ("Ivo Marek"), a name of several words, another name of one word.
func (h *labelHarvest) knownPlace(id int) bool {
	return id >= 0 && !h.titled[id] && len(h.m.names[id]) == 1 && (h.country[id] || h.region[id])
}

// compatible gives the pending descriptions (see descriptions) to the referents whose
// heads they are across the documents, after the last document is read. A definite
// description whose head its document gave no one is the referent's when the documents
// give that head to it in appositions, predicate nominals or premodifiers in two
// documents or more, and in at least twice as many as to any other referent (so another
// referent may hold it in half as many), and the latest name before it, in its sentence
// or the one before, that could stand between them is the referent's: for a person, any
// name but a country or region of one word (see knownPlace); for a place, any name no
// title stands before. Documents with the same text count once. The heads so mined are
// the semantic compatibility of Haghighi & Klein (2009, "Simple coreference resolution
// with rich syntactic and semantic features", EMNLP), who mine them from appositives and
// predicate nominatives; the latest name is the recency of salience (Lappin & Leass
// 1994). Only a description with no capitalized word ("the Solorian ambassador" is not),
// headed by a singular noun for a person or a noun of placeKinds, is pending, and it goes
// only to a referent of its kind: a person's noun to a person (a referent a title stands
// before), a place's to a place. Its kind is corpusDescription.
func (h *labelHarvest) compatible() {
	docs := map[string]map[int]map[string]bool{} // head -> referent -> the documents' texts
	for _, u := range h.found {
		switch u.kind {
		case "apposition", "predicate", "premodifier":
		default:
			continue
		}
		if docs[u.label] == nil {
			docs[u.label] = map[int]map[string]bool{}
		}
		if docs[u.label][u.ref] == nil {
			docs[u.label][u.ref] = map[string]bool{}
		}
		docs[u.label][u.ref][u.doc.Text] = true
	}
	holder := map[string]int{}
	for head, refs := range docs {
		best, n, second := -1, 0, 0
		for _, ref := range slices.Sorted(maps.Keys(refs)) {
			if c := len(refs[ref]); c > n {
				best, n, second = ref, c, n
			} else {
				second = max(second, c)
			}
		}
		if n >= 2 && n >= 2*second {
			holder[head] = best
		}
	}
	for _, p := range h.pending {
		ref, ok := holder[p.use.label]
		if !ok || placeKinds[p.use.label] == h.titled[ref] {
			continue // no one's, or a person's head for a place ("Halden, a leader in wool")
		}
		if h.titled[ref] && (p.person != ref || pluralPerson(p.use.label)) || !h.titled[ref] && p.place != ref {
			continue // another name stands between
		}
		p.use.ref = ref
		h.found = append(h.found, p.use)
	}
}

// definite are the determiners that open a definite description: "the", and the
// demonstratives but "that", which opens clauses as often ("said that officials"):
// "this leader", "these agents" point back to a referent as "the leader" does (OntoNotes
// 5.0 guidelines, BBN 2007, link demonstrative noun phrases as definite ones); but "this
// country" is the writer's or the speaker's own, not the country named last.
var definite = map[string]bool{"the": true, "this": true, "these": true, "those": true}

// bodyNouns are the nouns for any organization, which a definite description makes the
// body named last ("the organization"), as "the country" is the country named last.
var bodyNouns = map[string]bool{"organization": true, "organisation": true, "group": true}

// peopleGroups are the nouns for a group of people that are not the plural of a noun for
// a person (see groupNoun).
var peopleGroups = map[string]bool{"people": true, "men": true, "women": true, "children": true, "crowd": true,
	"crowds": true, "mob": true, "group": true, "groups": true, "organization": true, "organizations": true,
	"organisation": true, "organisations": true}

// memberNouns are nouns for persons by what they do together or where they live, which
// neither personNouns nor the segmenter's titles and roles list.
var memberNouns = map[string]bool{"protester": true, "protestor": true, "demonstrator": true, "activist": true,
	"resident": true, "villager": true, "student": true, "worker": true, "supporter": true, "fighter": true,
	"settler": true, "refugee": true, "migrant": true, "voter": true, "member": true, "volunteer": true, "farmer": true}

// groupNoun reports whether a lower-case word is a noun for a group of people, which "the
// group" or "the organization" may stand for instead of a body named before it: one of
// peopleGroups, apartFromState ("rebels") or the plural of a noun for a person that
// personNouns, memberNouns or the segmenter's titles and roles list ("protesters",
// "residents", "officials"). The ending tests of personNoun are left out: "comments" and
// "governments" are no people.
func groupNoun(w string, class voices.Class) bool {
	if peopleGroups[w] || apartFromState[w] {
		return true
	}
	one, ok := strings.CutSuffix(w, "s")
	if !ok || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false // not a plural
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		one = stem + "y" // "deputies"
	}
	return personNouns[one] || memberNouns[one] || voices.LangOf("english").Classes(one)&classTitle != 0
}

// newModifier reports whether a lower-case word among tokens [from, to), before a
// description's head, is a modifier that none of the labels the document gave the referent
// has: a place's or a body's description so modified is another's ("the central
// government", "the local authorities" after "the Hong Kong government").
func (h *labelHarvest) newModifier(s *tagged, from, to int, given map[string]bool) bool {
	for x := from; x < to; x++ {
		t := s.toks[x]
		if t.Cap || t.Poss || t.Class&classFunction != 0 || isNumber(s.word(x)) || labelStops[lower(s, x)] {
			continue
		}
		if !given[strings.ToLower(s.word(x))] {
			return true
		}
	}
	return false
}

// sharedModifier returns the one person given a description with a capitalized modifier
// among tokens [from, to) (see descriptions), or -1 when none or several were.
func (h *labelHarvest) sharedModifier(s *tagged, from, to int, modified map[string][]int) int {
	ref := -1
	for x := from; x < to; x++ {
		if !s.toks[x].Cap {
			continue
		}
		for _, r := range modified[strings.TrimSuffix(s.word(x), ".")] {
			if ref >= 0 && r != ref {
				return -1
			}
			ref = r
		}
	}
	return ref
}

// isPlace reports whether a one-word name is a place: the documents write it right after
// "in", or it is a known country or continent (placeNames).
func (h *labelHarvest) isPlace(n string) bool { return h.places[n] || placeNames[strings.ToLower(n)] }

// nationKey returns the country that w, a capitalized word, names or is the adjective of
// nationality of, or "" if it is neither: a place the documents write after "in" ("in
// Soloria") or one of placeNames, its adjective ("Solorian" of "Soloria", see
// demonymsOf), or an irregular adjective and the names it stands for ("American" of
// "US" and "U.S."). A country's name and its adjective give the same country, whichever
// referents are asked for; a party's adjective ("Republican") is no country's.
func (h *labelHarvest) nationKey(w string) string {
	w = strings.ReplaceAll(w, ".", "")
	if d, ok := irregularDemonyms[w]; ok {
		return d
	}
	for _, d := range irregularDemonyms {
		if d == w {
			return w
		}
	}
	place := h.isPlace
	if place(w) {
		return w
	}
	for _, suf := range []string{"ian", "ean", "ese", "an", "n", "i"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, v := range []string{"", "a", "e", "i", "o", "u", "y", "ia"} {
			if n := stem + v; place(n) && slices.ContainsFunc(demonymsOf([]string{n}), func(f []string) bool { return f[0] == w }) {
				return n
			}
		}
	}
	return ""
}

// foreignModifier reports whether a modifier among tokens [from, to) of a person's
// description names a country or is its adjective of nationality (see nationKey; "the
// Solorian president", "the Halden president") that neither the document gave person ref
// in a description so far (modified, see descriptions) nor any document wrote before its
// title or after its name with "of" ("Solorian President Ana Ruiz", "President Ana Ruiz
// of Soloria"): the description is another's, "the Haldenian president" after "President
// Ruiz" of Soloria. Other capitalized modifiers ("the Republican president") say nothing.
func (h *labelHarvest) foreignModifier(s *tagged, from, to, ref int, modified map[string][]int) bool {
	for x := from; x < to; x++ {
		w := s.word(x)
		if !s.toks[x].Cap || strings.Contains(w, "-") || slices.Contains(modified[strings.TrimSuffix(w, ".")], ref) {
			continue // a compound ("Solorian-born") is left alone
		}
		if key := h.nationKey(w); key != "" && !h.titleMods[ref][key] {
			return true
		}
	}
	return false
}

// capitalizedModifiers returns the capitalized words of a description other than its
// head's and function words ("HPA" of "former HPA Director").
func capitalizedModifiers(form, head string) []string {
	en := voices.LangOf("english")
	var out []string
	for _, w := range strings.Fields(form) {
		w = strings.TrimSuffix(strings.TrimRight(w, ",;:'’"), ".")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || voices.Role(strings.ToLower(w)) == head || en.Classes(strings.ToLower(w))&(classFunction|classTitle) != 0 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// othersModifier reports whether a capitalized word among tokens [from, to) is neither a
// word of referent ref's name nor of its adjective of nationality: a place's or a body's
// description so modified is another's ("the Chinese government" is not Hong Kong's). A
// person's is not ("the Solorian leader" is Ri's).
func (h *labelHarvest) othersModifier(s *tagged, from, to, ref int) bool {
	for x := from; x < to; x++ {
		if !s.toks[x].Cap || slices.Contains(h.m.names[ref], s.word(x)) || h.longer[ref][s.word(x)] {
			continue
		}
		own := false
		for _, d := range h.demonyms[s.word(x)] {
			if d.ref == ref {
				own = true
			}
		}
		if !own {
			return true
		}
	}
	return false
}

// An otherName is a mention of a name that is no referent's, by its last word ("Bell"
// for "Tom Bell" and "Mr. Bell"), with the head of its title if it has one.
type otherName struct {
	start  int
	last   int // its last token
	key    string
	head   string
	person bool     // a title stands before it
	mods   []string // the capitalized modifiers of its title ("Solorian" of "Solorian navy chief")
}

// result gathers referent i's mentions and labels.
func (h *labelHarvest) result(i int, o *ReferentOptions) ReferentLabels {
	out := ReferentLabels{Referent: h.m.shown[i], Names: []Count{}, Mentions: []Line{},
		Titles: []ReferentLabel{}, Labels: []ReferentLabel{}, Alternatives: []LabelAlternative{}}
	var uses []labelUse
	for _, u := range h.found {
		if u.ref == i {
			uses = append(uses, u)
		}
	}
	slices.SortFunc(uses, func(x, y labelUse) int {
		return cmp.Or(cmp.Compare(x.side, y.side), strings.Compare(x.doc.ID, y.doc.ID), cmp.Compare(x.start, y.start),
			cmp.Compare(x.end, y.end), strings.Compare(x.label, y.label))
	})
	type tally struct {
		forms, kinds map[string]int
		count        [2]int
		evidence     []Line
		quoted       [2]int // uses outside the analyzer's voices
		quotedLines  []Line
		// alone counts the uses that stand in the name's place (all but premodifiers, which
		// come with the name: "former HPA director Ivo Marek"), with their lines.
		alone         [2]int
		aloneEvidence []Line
	}
	labels := map[string]*tally{}
	titles := map[string]*tally{}
	names := map[string]int{}
	var mentions [2]int
	for _, u := range uses {
		line := lineAt(u.doc, u.start, u.end, o.Width, u.voice, "")
		counted := h.an.Voices.Has(u.voice)
		if u.label == "" {
			if !counted {
				// A mention inside a quotation (with OwnVoice) is the source's choice of
				// words, as its labels are: shown, not counted.
				if u.side == 0 {
					out.QuotedMentionsA++
				} else {
					out.QuotedMentionsB++
				}
				out.QuotedMentions = append(out.QuotedMentions, line)
				continue
			}
			names[u.form]++
			mentions[u.side]++
			out.Mentions = append(out.Mentions, line)
			continue
		}
		m := labels
		if u.kind == "title" {
			m = titles
		}
		t := m[u.label]
		if t == nil {
			t = &tally{forms: map[string]int{}, kinds: map[string]int{}, evidence: []Line{}}
			m[u.label] = t
		}
		if !counted {
			t.quoted[u.side]++
			t.quotedLines = append(t.quotedLines, line)
			continue
		}
		t.forms[u.form]++
		t.kinds[u.kind]++
		t.count[u.side]++
		t.evidence = append(t.evidence, line)
		if u.kind != "premodifier" {
			t.alone[u.side]++
			t.aloneEvidence = append(t.aloneEvidence, line)
		}
	}
	out.Names = sortedCounts(names)
	out.MentionsA, out.MentionsB = mentions[0], mentions[1]
	refs := mentions
	for _, t := range labels {
		refs[0] += t.count[0]
		refs[1] += t.count[1]
	}
	share := func(n, side int) float64 {
		if refs[side] == 0 {
			return 0
		}
		return float64(n) / float64(refs[side])
	}
	for label, t := range labels {
		kinds := sortedCounts(t.kinds)
		out.Labels = append(out.Labels, ReferentLabel{Label: label, Forms: sortedCounts(t.forms), Kinds: kinds,
			GoverningBody: governingLabel(label, kinds, h.stateOf[i]), Institution: institutionLabel(kinds),
			CountA: t.count[0], CountB: t.count[1], ShareA: share(t.count[0], 0), ShareB: share(t.count[1], 1),
			QuotedA: t.quoted[0], QuotedB: t.quoted[1], Quoted: t.quotedLines, Evidence: t.evidence})
	}
	byUse := func(x, y ReferentLabel) int {
		return cmp.Or(cmp.Compare(y.CountA+y.CountB, x.CountA+x.CountB), cmp.Compare(y.QuotedA+y.QuotedB, x.QuotedA+x.QuotedB),
			strings.Compare(x.Label, y.Label))
	}
	slices.SortFunc(out.Labels, byUse)
	for label, t := range titles {
		out.Titles = append(out.Titles, ReferentLabel{Label: label, Forms: sortedCounts(t.forms), Kinds: sortedCounts(t.kinds),
			CountA: t.count[0], CountB: t.count[1], ShareA: shareOf(t.count[0], mentions[0]), ShareB: shareOf(t.count[1], mentions[1]),
			QuotedA: t.quoted[0], QuotedB: t.quoted[1], Quoted: t.quotedLines, Evidence: t.evidence})
	}
	slices.SortFunc(out.Titles, byUse)
	// The name is one more label; each label leans to the side where it is the larger share
	// of the references.
	type cand struct {
		label    string
		count    [2]int
		share    [2]float64
		evidence []Line
	}
	name := cand{NameLabel, mentions, [2]float64{share(mentions[0], 0), share(mentions[1], 1)}, out.Mentions}
	all := []cand{name}
	alone := map[string]cand{} // each label's uses in the name's place, beside the name
	for _, l := range out.Labels {
		all = append(all, cand{l.Label, [2]int{l.CountA, l.CountB}, [2]float64{l.ShareA, l.ShareB}, l.Evidence})
		t := labels[l.Label]
		alone[l.Label] = cand{l.Label, t.alone, [2]float64{share(t.alone[0], 0), share(t.alone[1], 1)}, t.aloneEvidence}
	}
	// A label is the name's alternative by its uses in the name's place: a premodifier
	// comes with the name, so a side that writes "former HPA director Ivo Marek" has
	// not chosen the title over the name.
	pairOf := func(x, y cand) (cand, cand) {
		if x.label == NameLabel {
			return x, alone[y.label]
		}
		if y.label == NameLabel {
			return alone[x.label], y
		}
		return x, y
	}
	for _, x0 := range all {
		for _, y0 := range all {
			x, y := pairOf(x0, y0)
			if x.share[0] <= x.share[1] || y.share[1] <= y.share[0] {
				continue
			}
			alt := LabelAlternative{A: x.label, B: y.label, CountA: x.count[0], CrossA: x.count[1], CountB: y.count[1], CrossB: y.count[0],
				Lean: (x.share[0] - x.share[1]) + (y.share[1] - y.share[0])}
			alt.Z = logOddsZ(alt.CountA, alt.CrossA, alt.CrossB, alt.CountB)
			out.Alternatives = append(out.Alternatives, alt)
		}
	}
	slices.SortFunc(out.Alternatives, func(x, y LabelAlternative) int {
		return cmp.Or(cmp.Compare(y.Z, x.Z), cmp.Compare(y.CountA+y.CountB, x.CountA+x.CountB),
			strings.Compare(x.A, y.A), strings.Compare(x.B, y.B))
	})
	if o.Top > 0 && len(out.Alternatives) > o.Top {
		out.Alternatives = out.Alternatives[:o.Top]
	}
	lines := map[string]cand{}
	for _, c := range all {
		lines[c.label] = c
	}
	for k := range out.Alternatives {
		alt := &out.Alternatives[k]
		a, b := pairOf(lines[alt.A], lines[alt.B])
		alt.Evidence = slices.Concat(a.evidence[:min(o.Lines, a.count[0])], b.evidence[b.count[0]:b.count[0]+min(o.Lines, b.count[1])])
	}
	return out
}

// shareOf returns n/of, or 0 when of is 0.
func shareOf(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// logOddsZ returns the log odds ratio of the table [[a, b], [c, d]], 1/2 added to each
// cell, over its standard error.
func logOddsZ(a, b, c, d int) float64 {
	fa, fb, fc, fd := float64(a)+0.5, float64(b)+0.5, float64(c)+0.5, float64(d)+0.5
	return math.Log(fa*fd/(fb*fc)) / math.Sqrt(1/fa+1/fb+1/fc+1/fd)
}
