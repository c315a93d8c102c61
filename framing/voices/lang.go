package voices

import (
	"slices"
	"strings"

	"github.com/framediff/framediff/framing/internal/scan"
)

// Class is what a word can do in an attribution: a set of word classes, which depend only
// on the word (lowercased), so that a caller reading much text can look them up once per
// distinct word ([Lang.Classes]) and hand them to a [Segmenter] with each token.
type Class uint32

// The word classes.
const (
	ClassVerb      Class = 1 << iota // a reporting verb: said, claimed, told, afirmó, заявил
	ClassHe                          // he, him: a man
	ClassShe                         // she, her: a woman
	ClassThey                        // they, them: a group, an organization
	ClassIt                          // it: an organization, a document
	ClassI                           // I, we: the speaker themself
	ClassDet                         // a determiner: the, a, this, its (a word after it is a noun)
	ClassConj                        // a conjunction or adverb that opens a clause: and, but, while, later, also
	ClassTitle                       // a title before a name: Mr, Mrs, President, Senator, Gen
	ClassAccording                   // the first word of "according to" and its equivalents
	ClassThat                        // a complementizer: that, que, что
	ClassSoCalled                    // so-called and its equivalents
	ClassOrg                         // a word of an organization's name: ministry, agency, party, times
	ClassTime                        // a time word that trails a subject: Monday, yesterday, Thursday
	ClassWho                         // a relative pronoun: who, which, that is not a complementizer here
	ClassNeg                         // a negation or a contradiction cue: not, nor, never, no, contrary
	ClassNaming                      // a verb that names rather than reports: called, described, branded
	ClassSubject                     // a subject pronoun: he, she, they, it, I, we, they’ve, she’d (not him, them)
	ClassPrep                        // a preposition, which opens no subject: in, on, at, after
	ClassAux                         // an auxiliary or adverb between a subject and its verb: has, would, also
	ClassWeak                        // a reporting verb that is also a noun (call, claims, reports): a verb only after its subject
	ClassRole                        // a noun for a person's office or role: president, governor, spokesman
	ClassReflexive                   // an intensifying pronoun after a subject: himself, herself
	ClassThink                       // a verb of thinking, intending or finding: believe, want, expect (indirect contents only)
	ClassFunc                        // a function word that names nothing, capitalized or not: when, because, one, here, thus
	ClassMonth                       // a month's name: January, Jan, Sept
	ClassPast                        // a verb form that is never a noun: came, began, went, doesn't
)

// Lang is what the segmenter knows of one language: its reporting verbs, pronouns,
// titles and the other word classes, its "according to" and "so-called" cues, and whether
// attribution is known for it. A Lang is read-only and safe for concurrent use.
type Lang struct {
	name      string
	words     map[string]Class  // lowercased word -> classes
	according []string          // multi-word "according to" cues, lowercased, space-separated
	soCalled  []string          // multi-word "so-called" cues
	attribute bool              // whether attribution (speakers, verbs) is known for the language
	base      map[string]string // an inflected cue verb -> its base form (English)
	asWritten map[string]Class  // words whose classes depend on their case, as written ("US" has none in English)
	// sieve has a bit for each word of words (see sieveBit) when sieved: most words of a
	// text have no class, and are told so without a lookup in the map.
	sieve  [1 << (sieveBits - 6)]uint64
	sieved bool
	// writtenLens has bit n set when a word of asWritten has n bytes (63: 63 or more), when
	// sieved.
	writtenLens uint64
}

// sieveBits is the size of Lang.sieve, in bits as a power of two: 32,768 bits (4 KiB) for
// about 2,000 English words leave most bits clear. Of the 33,619 distinct runs of letters
// of BBC News, 3,475 pass this sieve to the map (4,975 with 16,384 bits; 10,206 with the
// earlier hash of a word's first two bytes, last byte and length, which gave words with
// common beginnings and endings the same bits).
const sieveBits = 15

// sieveHash goes on with the sieve's hash of a word (FNV-1a, 64 bits) by its next byte c;
// a word's hash starts at sieveSeed.
func sieveHash(x uint64, c byte) uint64 { return (x ^ uint64(c)) * 0x100000001b3 }

const sieveSeed = 0xcbf29ce484222325

// sieveBit returns the bit of Lang.sieve for the hash x of a word (see sieveHash).
func sieveBit(x uint64) uint32 { return uint32((x * 0x9E3779B97F4A7C15) >> (64 - sieveBits)) }

// mayHave reports whether the word of hash x (see sieveHash) may be a word of l.words:
// false only if it is not.
func (l *Lang) mayHave(x uint64) bool {
	b := sieveBit(x)
	return l.sieve[b>>6]&(1<<(b&63)) != 0
}

// fillSieve fills l.sieve from l.words, once they are all in.
func (l *Lang) fillSieve() {
	for w := range l.words {
		x := uint64(sieveSeed)
		for i := 0; i < len(w); i++ {
			x = sieveHash(x, w[i])
		}
		b := sieveBit(x)
		l.sieve[b>>6] |= 1 << (b & 63)
	}
	for w := range l.asWritten {
		l.writtenLens |= 1 << min(len(w), 63)
	}
	l.sieved = true
}

// Name returns the language's name ("english"); it is empty for a language the segmenter
// does not know (see [LangOf]).
func (l *Lang) Name() string { return l.name }

// Attributes reports whether attribution (speakers and cues) is known for the language;
// the others, and every name [LangOf] does not know, get quotation marks and dialogue
// dashes only.
func (l *Lang) Attributes() bool { return l.attribute }

func (l *Lang) classesOf(lower string) Class { return l.words[lower] }

// Words returns the words (lowercased, sorted) that have any of the classes c.
func (l *Lang) Words(c Class) []string {
	var out []string
	for w, f := range l.words {
		if f&c != 0 {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// Classes returns the classes of a word as written (any case).
func (l *Lang) Classes(w string) Class {
	var buf [64]byte
	return l.classes(w, &buf)
}

// classes is Classes with scratch memory, so that ASCII words are looked up without
// allocating.
func (l *Lang) classes(w string, buf *[64]byte) Class {
	if !l.sieved || l.writtenLens&(1<<min(len(w), 63)) != 0 {
		if c, ok := l.asWritten[w]; ok {
			return c
		}
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return l.words[scan.Normalize(w, false)]
		}
	}
	if len(w) > len(buf) {
		return 0
	}
	x := uint64(sieveSeed)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		x = sieveHash(x, c)
	}
	if l.sieved && !l.mayHave(x) {
		return 0
	}
	return l.words[string(buf[:len(w)])]
}

// newLang returns a language with the words of each class listed (space-separated), its
// map sized for as many words again as the lists hold, room that English's verb forms
// fill (see englishLang) and the other languages leave partly empty: grown a word at a
// time, English's map would be rehashed some ten times at start.
func newLang(name string, attribute bool, lists map[Class]string, according, soCalled []string) *Lang {
	n := 0
	for _, words := range lists {
		n += strings.Count(words, " ") + 1
	}
	l := &Lang{name: name, words: make(map[string]Class, 2*n), according: according, soCalled: soCalled, attribute: attribute}
	for f, words := range lists {
		for w := range strings.FieldsSeq(words) {
			l.words[w] |= f
		}
	}
	return l
}

// langCodes maps ISO 639 codes to the languages' names.
var langCodes = map[string]string{"en": "english", "eng": "english", "es": "spanish", "spa": "spanish",
	"ru": "russian", "rus": "russian", "fr": "french", "fra": "french", "fre": "french"}

// LangOf returns the segmenter's knowledge of a language, by name ("english", "russian")
// or ISO 639 code ("en", "ru"), in any case; "" is English. English, Spanish, Russian and
// French have attribution. Any other name, a misspelled one included ("englsh"), is not an
// error: it gets English quotation cues and no attribution, so [Quotes] finds no speaker
// and no cue, and reads a short quotation that "she said" would have made direct as a
// scare quote. [Lang.Attributes] is false for it (and [Lang.Name] empty):
// LangOf(name).Attributes() is the check to make before [Quotes] when the name comes from
// input.
func LangOf(name string) *Lang {
	key := strings.ToLower(strings.TrimSpace(name))
	if key == "" {
		key = "english"
	}
	if full, ok := langCodes[key]; ok {
		key = full
	}
	if l := langs[key]; l != nil {
		return l
	}
	return noAttribution
}

// noAttribution is English without attribution, for the languages the segmenter does not
// know.
var noAttribution = func() *Lang {
	en := *langs["english"]
	en.name, en.attribute = "", false
	return &en
}()

var langs = func() map[string]*Lang {
	out := map[string]*Lang{}
	out["english"] = englishLang()
	out["spanish"] = newLang("spanish", true, map[Class]string{
		ClassVerb: "dijo dice decir afirmó afirma declaró declara aseguró asegura señaló señala subrayó subraya denunció denuncia " +
			"informó informa indicó indica agregó añadió explicó sostuvo advirtió acusó acusa pidió destacó manifestó " +
			"calificó reconoció negó insistió respondió replicó preguntó escribió publicó",
		ClassHe: "él", ClassShe: "ella", ClassThey: "ellos ellas", ClassI: "yo nosotros", ClassSubject: "él ella ellos ellas yo nosotros",
		ClassAux:    "ha han había habían también ya",
		ClassPrep:   "en con por para de desde sin sobre tras durante ante entre hacia hasta contra",
		ClassNaming: "calificó",
		ClassDet:    "el la los las un una unos unas este esta estos estas su sus",
		ClassConj:   "y pero o mientras aunque también luego",
		ClassTitle:  "sr sra don doña presidente ministro ministra general senador senadora diputado diputada gobernador alcalde",
		ClassThat:   "que",
		ClassOrg:    "ministerio agencia partido gobierno comité consejo ejército universidad diario periódico",
		ClassTime:   "lunes martes miércoles jueves viernes sábado domingo ayer hoy",
		ClassNeg:    "no ni nunca jamás",
	}, []string{"según"}, []string{"supuesto", "supuesta", "supuestos", "supuestas", "mal llamado", "mal llamada"})
	out["russian"] = newLang("russian", true, map[Class]string{
		ClassVerb: "заявил заявила заявили сказал сказала сказали сообщил сообщила сообщили отметил отметила отметили " +
			"подчеркнул подчеркнула добавил добавила назвал назвала утверждает утверждал обвинил обвинила пояснил пояснила " +
			"написал написала ответил ответила спросил спросила",
		ClassHe: "он", ClassShe: "она", ClassThey: "они", ClassI: "я мы", ClassSubject: "он она они я мы",
		ClassPrep:   "в во на с со к по о об от до из за для при после без через",
		ClassNaming: "назвал назвала",
		ClassDet:    "этот эта это эти",
		ClassConj:   "и но а или также",
		ClassTitle:  "президент министр генерал губернатор посол глава",
		ClassThat:   "что",
		ClassOrg:    "министерство агентство партия правительство комитет совет армия",
		ClassTime:   "понедельник вторник среда четверг пятница суббота воскресенье вчера сегодня",
		ClassNeg:    "не ни нет никогда",
	}, []string{"по словам", "по данным", "по мнению"}, []string{"так называемый", "так называемая", "так называемое", "так называемые"})
	out["french"] = newLang("french", true, map[Class]string{
		ClassVerb: "a-t-il a-t-elle dit déclaré affirmé estimé ajouté expliqué souligné indiqué assuré annoncé précisé dénoncé " +
			"accusé répondu écrit rappelé averti prévenu insisté reconnu nié confié lancé martelé déclare affirme estime " +
			"ajoute explique souligne indique assure annonce précise dénonce accuse répond écrit rappelle",
		ClassHe: "il lui", ClassShe: "elle", ClassThey: "ils elles", ClassI: "je nous", ClassSubject: "il elle ils elles je nous",
		ClassAux:    "a ont avait avaient est sont aussi encore déjà",
		ClassPrep:   "à dans sur avec pour par de depuis sans sous après avant pendant entre vers contre chez",
		ClassNaming: "accusé accuse",
		ClassDet:    "le la les un une des ce cette ces son sa ses leur leurs",
		ClassConj:   "et mais ou tandis aussi puis",
		ClassTitle:  "m mme président présidente ministre général sénateur député maire ambassadeur",
		ClassThat:   "que qu",
		ClassOrg:    "ministère agence parti gouvernement comité conseil armée université journal",
		ClassTime:   "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui",
		ClassNeg:    "ne pas ni jamais",
	}, []string{"selon", "d'après"}, []string{"soi-disant", "prétendu", "prétendue", "prétendus", "prétendues"})
	for _, l := range out {
		l.fillSieve()
	}
	return out
}()
