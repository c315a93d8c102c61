package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Flags of a word for the voice segmenter: what it can do in an attribution. They depend
// only on the word (lowercased), so each is looked up once per distinct word.
const (
	wVerb      uint32 = 1 << iota // a reporting verb: said, claimed, told, afirmó, заявил
	wHe                           // he, him: a man
	wShe                          // she, her: a woman
	wThey                         // they, them: a group, an organization
	wIt                           // it: an organization, a document
	wI                            // I, we: the speaker themself
	wDet                          // a determiner: the, a, this, its (a word after it is a noun)
	wConj                         // a conjunction or adverb that opens a clause: and, but, while, later, also
	wTitle                        // a title before a name: Mr, Mrs, President, Senator, Gen
	wAccording                    // the first word of "according to" and its equivalents
	wThat                         // a complementizer: that, que, что
	wSoCalled                     // so-called and its equivalents
	wOrg                          // a word of an organization's name: ministry, agency, party, times
	wTime                         // a time word that trails a subject: Monday, yesterday, Thursday
	wWho                          // a relative pronoun: who, which, that is not a complementizer here
	wNeg                          // a negation or a contradiction cue: not, nor, never, no, contrary
	wNaming                       // a verb that names rather than reports: called, described, branded
	wSubject                      // a subject pronoun: he, she, they, it, I, we (not him, them)
	wPrep                         // a preposition, which opens no subject: in, on, at, after
	wAux                          // an auxiliary or adverb between a subject and its verb: has, would, also
	wWeak                         // a reporting verb that is also a noun (call, claims, reports): a verb only after its subject
	wRole                         // a noun for a person's office or role: president, governor, spokesman
	wReflexive                    // an intensifying pronoun after a subject: himself, herself
)

// voiceLang is what the segmenter knows of one language.
type voiceLang struct {
	name      string
	words     map[string]uint32 // lowercased word -> flags
	according []string          // multi-word "according to" cues, lowercased, space-separated
	soCalled  []string          // multi-word "so-called" cues
	attribute bool              // whether attribution (speakers, verbs) is known for the language
}

func (l *voiceLang) flagsOf(lower string) uint32 { return l.words[lower] }

func newVoiceLang(name string, attribute bool, lists map[uint32]string, according, soCalled []string) *voiceLang {
	l := &voiceLang{name: name, words: map[string]uint32{}, according: according, soCalled: soCalled, attribute: attribute}
	for f, words := range lists {
		for _, w := range strings.Fields(words) {
			l.words[w] |= f
		}
	}
	return l
}

// voiceLangs holds the segmenter's knowledge of each language; built once, read only.
var voiceLangs = func() map[string]*voiceLang {
	common := func(m map[uint32]string) map[uint32]string { return m }
	out := map[string]*voiceLang{}
	out["english"] = newVoiceLang("english", true, common(map[uint32]string{
		wVerb: "said says say saying told tells tell telling added adds adding claimed claims claiming alleged alleges insisted insists " +
			"reported reports stated states noted argued argues arguing warned warns warning urged urges declared declares " +
			"asserted asserts announced announces explained explains wrote writes writing tweeted tweets posted called calls calling " +
			"described describes accused accuses denied denies stressed stresses emphasized emphasised maintained acknowledged " +
			"admitted admits suggested rejected dismissed denounced condemned branded labelled labeled termed cited quoted asked asks " +
			"replied responded vowed pledged promised threatened boasted complained complains lamented conceded confirmed " +
			"predicted recalled remarked observed quipped continued concluded answered countered charged hyped " +
			"call describe accuse deny claim insist warn say tell add write continues notes retorted retort responds replies " +
			"contended contends testified joked cautioned demanded questioned recounted wondered mused shouted yelled " +
			"insisting adding noting arguing claiming describing accusing urging warning explaining writing saying telling " +
			"tweeting posting stating reiterated reiterating added acknowledging admitting pleaded begged implored " +
			"appealed referred",
		wWeak: "call calls claim claims report reports state states tweet tweets post posts note notes charge charges " +
			"answer answers reply replies retort question questions demand demands",
		wHe:        "he him himself",
		wShe:       "she her herself",
		wThey:      "they them themselves",
		wIt:        "it",
		wI:         "i we me us",
		wDet:       "the a an this that these those its their his her our my your some any each every another",
		wConj:      "and but or then while whereas although though also later still however meanwhile yet so nor as who which",
		wTitle:     "mr mrs ms dr prof president sen senator rep representative gov governor gen general col lt sgt capt adm secretary minister premier chancellor judge justice mayor ambassador pope king queen prince sheikh rabbi rev father sir lord dame",
		wAccording: "according",
		wThat:      "that",
		wSoCalled:  "so-called",
		wOrg: "ministry agency party press times post news newspaper committee department office council government army " +
			"commission bureau institute center centre university company corporation campaign coalition association union " +
			"administration court police network group foundation service services organization organisation federation " +
			"journal tribune herald daily telegraph guardian reuters ap afp xinhua tass bbc cnn embassy house senate congress " +
			"parliament white kremlin pentagon fund bank forces command",
		wTime: "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later week month year " +
			"morning evening afternoon night",
		wWho: "who whom whose which",
		wNeg: "not nor never no neither contrary n't false untrue groundless baseless",
		wNaming: "called calls calling call described describes describe branded labelled labeled termed dubbed " +
			"cited quoted asked asks accused accuses accuse referred",
		wSubject: "he she they it i we",
		wPrep: "in on at after before during from for with by of to into over under about since until against among " +
			"through without within across amid despite following ahead near than as like",
		wAux: "has have had would will did does do also later then again once previously earlier repeatedly recently " +
			"often even went just still further reportedly publicly privately could might may must should is was were are " +
			"been be separately quickly simply flatly explicitly bluntly tersely angrily firmly clearly first already " +
			"subsequently initially finally",
		wRole: "president governor senator congressman congresswoman representative lawmaker spokesman spokeswoman " +
			"spokesperson secretary minister premier chancellor judge mayor ambassador general sheriff director chairman " +
			"chairwoman leader speaker attorney prosecutor official officer commissioner adviser advisor aide candidate " +
			"nominee king queen pope prince envoy diplomat analyst chief",
		wReflexive: "himself herself themselves itself myself ourselves",
	}), []string{"according to"}, []string{"so-called", "so called"})
	out["spanish"] = newVoiceLang("spanish", true, map[uint32]string{
		wVerb: "dijo dice decir afirmó afirma declaró declara aseguró asegura señaló señala subrayó subraya denunció denuncia " +
			"informó informa indicó indica agregó añadió explicó sostuvo advirtió acusó acusa pidió destacó manifestó " +
			"calificó reconoció negó insistió respondió replicó preguntó escribió publicó",
		wHe: "él", wShe: "ella", wThey: "ellos ellas", wI: "yo nosotros", wSubject: "él ella ellos ellas yo nosotros",
		wAux:    "ha han había habían también ya",
		wPrep:   "en con por para de desde sin sobre tras durante ante entre hacia hasta contra",
		wNaming: "calificó",
		wDet:    "el la los las un una unos unas este esta estos estas su sus",
		wConj:   "y pero o mientras aunque también luego",
		wTitle:  "sr sra don doña presidente ministro ministra general senador senadora diputado diputada gobernador alcalde",
		wThat:   "que",
		wOrg:    "ministerio agencia partido gobierno comité consejo ejército universidad diario periódico",
		wTime:   "lunes martes miércoles jueves viernes sábado domingo ayer hoy",
		wNeg:    "no ni nunca jamás",
	}, []string{"según"}, []string{"supuesto", "supuesta", "supuestos", "supuestas", "mal llamado", "mal llamada"})
	out["russian"] = newVoiceLang("russian", true, map[uint32]string{
		wVerb: "заявил заявила заявили сказал сказала сказали сообщил сообщила сообщили отметил отметила отметили " +
			"подчеркнул подчеркнула добавил добавила назвал назвала утверждает утверждал обвинил обвинила пояснил пояснила " +
			"написал написала ответил ответила спросил спросила",
		wHe: "он", wShe: "она", wThey: "они", wI: "я мы", wSubject: "он она они я мы",
		wPrep:   "в во на с со к по о об от до из за для при после без через",
		wNaming: "назвал назвала",
		wDet:    "этот эта это эти",
		wConj:   "и но а или также",
		wTitle:  "президент министр генерал губернатор посол глава",
		wThat:   "что",
		wOrg:    "министерство агентство партия правительство комитет совет армия",
		wTime:   "понедельник вторник среда четверг пятница суббота воскресенье вчера сегодня",
		wNeg:    "не ни нет никогда",
	}, []string{"по словам", "по данным", "по мнению"}, []string{"так называемый", "так называемая", "так называемое", "так называемые"})
	out["french"] = newVoiceLang("french", true, map[uint32]string{
		wVerb: "a-t-il a-t-elle dit déclaré affirmé estimé ajouté expliqué souligné indiqué assuré annoncé précisé dénoncé " +
			"accusé répondu écrit rappelé averti prévenu insisté reconnu nié confié lancé martelé déclare affirme estime " +
			"ajoute explique souligne indique assure annonce précise dénonce accuse répond écrit rappelle",
		wHe: "il lui", wShe: "elle", wThey: "ils elles", wI: "je nous", wSubject: "il elle ils elles je nous",
		wAux:    "a ont avait avaient est sont aussi encore déjà",
		wPrep:   "à dans sur avec pour par de depuis sans sous après avant pendant entre vers contre chez",
		wNaming: "accusé accuse",
		wDet:    "le la les un une des ce cette ces son sa ses leur leurs",
		wConj:   "et mais ou tandis aussi puis",
		wTitle:  "m mme président présidente ministre général sénateur député maire ambassadeur",
		wThat:   "que qu",
		wOrg:    "ministère agence parti gouvernement comité conseil armée université journal",
		wTime:   "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui",
		wNeg:    "ne pas ni jamais",
	}, []string{"selon", "d'après"}, []string{"soi-disant", "prétendu", "prétendue", "prétendus", "prétendues"})
	return out
}()

// voiceLangOf returns the segmenter's language for a language name, and whether its
// attribution is known (the other languages get quotation marks only, with English cues).
func voiceLangOf(lang string) *voiceLang {
	l, err := lookupLanguage(lang)
	if err == nil {
		if vl := voiceLangs[l.name]; vl != nil {
			return vl
		}
	}
	en := *voiceLangs["english"]
	en.attribute = false
	return &en
}

// wordFlags returns the flags of a word as written (any case); buf is scratch memory, so that
// ASCII words are looked up without allocating.
func (l *voiceLang) wordFlags(w string, buf *[64]byte) uint32 {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return l.words[normalize(w, false)]
		}
	}
	if len(w) > len(buf) {
		return 0
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return l.words[string(buf[:len(w)])]
}

// isCapitalized reports whether a word starts with an upper-case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
