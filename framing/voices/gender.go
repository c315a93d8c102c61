package voices

import (
	"strings"

	"github.com/framediff/framediff/framing/internal/scan"
)

// Gender of first names, for pronouns ("she said" is not Bill Voss) and for titles
// ("Mrs. Voss" is not Bill Voss). The lists are common given names of English-language
// news, with the common Ukrainian, Russian and Spanish given names in their usual English
// press spellings ("Oleksandr" and "Aleksandr", "Iryna" and "Irina"), and the given names
// of other languages that international news most often prints, in the spellings it
// prints them (German, Dutch, Nordic, French, Italian, Catalan, Portuguese, Greek,
// Turkish, Arabic, Persian, Hebrew, South Asian, Japanese, Polish and other Central and
// Eastern European, Caucasian and African ones: "Olaf", "Josep", "Alexis", "Recep",
// "Hamid", "Naftali", "Shinzo", "Andrzej", "Cyril"; accented forms with and without
// their accents), written for framediff from general knowledge of the languages' naming;
// a name in neither list has no known gender, and then both pronouns may stand for it.
// Given names that are also common capitalized words or names of places or brands
// ("Roman", "Salvador", "Mercedes", "Heinz", "Fatih"), the first halves of compound Arabic
// names ("Abdel Fattah", "Abdul Rahman": no given name of their own) and given names by
// which their bearers are named alone ("Hasina") are left out; those whose gender differs
// by language ("Jean", "Andrea", "Nicola") or that English gives both sexes ("Jackie",
// "Ashley") are given names of no known gender (anyGenderNames).

const (
	genderUnknown = 0
	genderMale    = 1
	genderFemale  = 2
)

var maleNames = wordSet("aaron abiy abraham adam adrian ahmet aidan akhtem akihito al alain alan albert alberto albin " +
	"alejandro aleksandar aleksandr aleksei alessandro alex alexander alexandr alexei alexey alexis alfonso " +
	"alfred alfredo ali aliaksandr allen alvaro alyaksandr amit amr anatolii anatoly anders andreas andrei " +
	"andrej andres andrew andrey andrii andriy andrzej andrés andy anthony anton antonio antonis antony antti " +
	"arkady armin arnaud arnold arseniy artem arthur artur arturs artūrs arvind ash ashraf asif assimi atal avi " +
	"avigdor ayman barack barry bashar beji ben benjamin benny benoit benoît bernard bernie beto bezalel bidzina " +
	"bilawal bill billy binali blaise bob bobby bogdan bohdan bojko bola boris borys boyko brad bradley brandon " +
	"brendan brent brett brian bronislaw bronisław bruce bryan bulent burak bülent carl carles carlo carlos chad " +
	"charles charlie chris christophe christopher christos chuck clarence colin craig cyril dale dan daniel " +
	"danny danylo darrell dave david dean declan denis dennis denys derek desmond devlet dick didier diego " +
	"dieter dimitris dirk dmitri dmitriy dmitry dmytro dominic don donald doug douglas duncan dwight earl " +
	"ebrahim ed eddie edgars edouard eduard eduardo edward egils ehud ekrem elijah emilio emmanuel emmerson " +
	"emomali emre enda enrico enrique eric erik ernest ernesto eugene evan evangelos evgeny evo fabian fabio " +
	"fahd faisal faure fawzi fedir felipe felix fernando florian francesco francisco francois frank frank-walter " +
	"franklin françois fred frederick friedrich fumio fyodor félix gabriel gary gavin geert gene gennadiy " +
	"gennady george georgios georgiy georgy gerald gergely gerhard gianni giannis gideon gilad giorgi giorgio " +
	"giovanni gitanas giuseppe gonzalo gordon gotabaya graham greg gregory grigory guillaume gurbanguly gustavo " +
	"gérald hafez haider hakan hakeem hamad hamdan hamid hans harold harry haruhiko hasan hashim hassan hector " +
	"heiko helmut hennadii hennadiy henrik henry heorhii herbert hirokazu hiroshi horst hosni hossein howard " +
	"hryhorii hugh hulusi humza iain ian ibrahim idriss ignacio igor ihor ilham ilir ilya imran inacio inigo " +
	"inácio ioannis irakli isaac isaias ismail itamar ivan iñigo jack jacob jacques jaime jair jake jakub jamal " +
	"james jamie janez janos jared jaroslaw jarosław jason javad javier jay jean-claude jean-luc jean-marc " +
	"jean-pierre jean-yves jeb jeff jeffrey jens jeremy jerry jesse jim jimmy jinping joachim joao joaquin " +
	"joaquín joe joel joerg john johnny jon jonathan jordi jorge jose josep joseph josh joshua josé joão juan " +
	"juha jukka julien julius junichiro jurgen justin jános jörg jürgen kais kamal karim karl kassym-jomart keir " +
	"keith kemal ken kenji kenneth kevin khaled khalid kim-jong kiril kirill klaus konstantin konstantinos " +
	"kostas kostiantyn krisjanis krišjānis krzysztof kwame kyle kyriakos kyrylo lamar larry lars laszlo laurent " +
	"lawrence lech lee leo leon leonid levon liam lindsey lloyd lorenzo louis luca ludovic luigi luis luiz lukas " +
	"luke lászló maarten macky magnus mahamadou mahamat mahinda mahmoud mahmud maithripala majid maksym malcolm " +
	"manmohan manuel marat marcel marcelo marco marcus marek mariano mario mark markus martin masoud massimo " +
	"mateusz mats matt matteo matthew matthias matti mauricio max maxim mehmet merrick mevlut mevlüt michael " +
	"michal michał micheal michel micheál miguel mike mikhail mikheil mikko milorad milos miloš mitch mitt " +
	"mohammed mohsen mojtaba moshe moussa muhammad muhammadu murat mustafa mykhailo mykola nabil naftali naoto " +
	"narendra naruhito nathan nazar neil newt nicholas nick nicolas nicolás nicusor nicușor nigel nikita nikolai " +
	"nikolaos nikolay nikos nils nitish noah norbert norman nouri olaf oleg oleh oleksandr oleksii oleksiy " +
	"oliver olivier olusegun omar omer oriol orrin osama oscar ostap owen pablo panagiotis panos paolo patrick " +
	"paul pavel pavlo pawel paweł pedro pekka pervez pete peter petr petro phil philip philippe pierre pieter " +
	"piotr pranab prokopis pyotr qassem radoslaw radosław radovan rafael rahul raila rajnath ralph ramon ramzan " +
	"ramón rand randy ranil rashid ratko raul ray raymond raúl recep refat reince reuben reuven reza ricardo " +
	"richard rick riek rishi rob robert roberto roch rod rodrigo roger rolf ron ronald rory ross roy rudy " +
	"ruhollah rumen rupert ruslan russell rustam rustem ryan saad sadiq saeed sajid salman salva sam samir " +
	"samuel sauli scott sean sebastien sebastián selahattin semyon sergei sergey sergio serhii serhiy serzh seth " +
	"shahbaz sharad shavkat shawn shehbaz sheldon shimon shinzo sigmar silvio slobodan spyros stanislav stavros " +
	"stefan stefano stepan stephen steve steven stuart suleyman sven sébastien süleyman tadeusz takeshi tamim " +
	"taras tarek tariq taro tayyip ted terry thabo theodoros thierry thomas tim timothy timur tobias todd tom " +
	"tomas tomasz tommy tony toshimitsu traian travis troy tyler tymofii tymofiy uhuru ulrich umberto uwe vadim " +
	"vadym valentin valerii valeriy valery vasily vassilis vasyl victor viktor vince vincent vitali vitalii " +
	"vitaliy vitaly vittorio vivek vladimir vladislav volodymyr vyacheslav walid walter wayne willard willem " +
	"william willie witold wojciech wolfgang wopke xavier yair yanis yannis yaroslav yasser yevgeniy yevgeny " +
	"yevhen yevhenii yitzhak yoav yoshihide yoshihiko yoshimasa yousef youssef yoweri yukio yuri yurii yuriy " +
	"yury yusuf yves zach zakhar zayed zbigniew zoltan zoltán zoran álvaro édouard ömer")

var femaleNames = wordSet("abby abigail adriana aleksandra alexandra alice alicia alina alison alla amanda amy ana anastasia " +
	"anastasiia angela angelina ann anna annalena anne anne-marie annie april ayanna ayelet " +
	"barbara beatriz benazir betsy betty beverly brenda brianna brittany caitlin camila carla carly carmen carol " +
	"caroline carolyn catherine cathy cecilia charlotte chelsea cheryl christina christine chrystia cindy claire " +
	"claudia colleen connie consuelo courtney cristina cynthia dalia danielle daria darya debbie deborah " +
	"debra denise diana diane dilma dolores donna doris dorothy ekaterina elaine eleanor elena elizabeth ella " +
	"ellen elvira emily emma erica erin esperanza eva evelyn florence frances gabriela galina gina giorgia " +
	"gloria golda grace gretchen guadalupe halyna hanna hannah harriet heather heidi helen hillary holly hope " +
	"ilhan ines ingrida inna irina iryna isabel ivanka ivanna jacinda jacqueline jane janet janice " +
	"jasmine jeanne jennifer jenny jessica jill joan joanne jodi joni joy joyce judith judy julia julie " +
	"june kaitlyn kaja kamala karen karine kate katelyn kateryna katherine kathleen kathy katie kay kayla " +
	"kayleigh kelli kelly kellyanne kemi kersti khaleda khrystyna kimberly kirsten kristen kristi kristin " +
	"kristina ksenia kseniya larisa larysa laura lauren leah linda lisa liudmyla liz lois loretta lori " +
	"louise lourdes lucia lucy ludmila lynn lyudmila lyudmyla madeleine magdalena maggie mamata marcia margaret " +
	"margarita maria mariana marie mariia marilyn marina marine marla marta martha mary maryna maxine megan " +
	"melania melanie melissa meredith mette michelle mildred monica nadezhda nadiya nancy natalia natalie " +
	"nataliia natalya nicole nikki nina nirmala nora oksana oleksandra olena olga olha olivia pamela patricia " +
	"patty paula peggy penny pilar polina priti priyanka rachel raisa raquel rashida rebecca regina rita roberta " +
	"rocio rosa rose ruth sally salome samantha samia sanae sandra sanna sara sarah segolene shabana sharon " +
	"sheila shirley silvia smriti soledad sonia sophia stacey stephanie sue suella susan sushma suzanne svetlana " +
	"sviatlana svitlana sylvia ségolène tammy tanya tatiana tatyana teresa tetiana theresa tiffany tina " +
	"tulsi tzipi ulyana ursula valentina valentyna valerie vanessa vera veronica veronika victoria viktoria " +
	"viktoriia virginia vjosa wendy whitney yana yekaterina yelena yevheniia yulia yuliia yuriko yvette yvonne " +
	"zinaida zoe zoya zuzana")

// anyGenderNames are given names of men in some languages and of women in others
// ("Jean Castex", "Jean Shaheen"; "Andrea Orlando", "Andrea Nahles"; "Kim Darroch", "Kim
// Davis"), or of both in English-language news ("Jackie Chan" and "Jackie Speier";
// "Tracy Morgan" and "Tracy Chapman"; Ashley, Dana, Lindsay):
// known as given names, of no known gender, so that neither "he" nor "she" is overruled
// by the list.
var anyGenderNames = wordSet("andrea ariel ashley dana jackie jean kim lindsay nicola sasha tracy")

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// genderOfName returns the gender of a name phrase: its title ("Mr.", "Mrs.", "Ms.", or an
// honorific of another language that tells one: "Daw", "U", "Madame") first, else its
// given name (see givenWords: "Elena Voss", "Xi Jinping"); genderUnknown if neither
// tells.
func genderOfName(name string) int {
	// It is asked for every name run of a text: the words are split into a small array
	// and lowered into a buffer, so that a name of ASCII words allocates nothing.
	var arr [8]string
	words := appendFields(arr[:0], name)
	for i := range words {
		if n := honorificAt(words, i); n > 0 {
			if g := honorificGender[strings.ToLower(strings.TrimSuffix(strings.Join(words[i:i+n], " "), "."))]; g != genderUnknown {
				return g // "Daw", "U", "Madame"
			}
		}
	}
	var buf [32]byte
	for _, w := range words {
		if g, ok := titleGender[string(lowerInto(&buf, strings.TrimSuffix(w, ".")))]; ok {
			return g
		}
	}
	given := givenWords(words)
	jean := false // a first given name "Jean"
	for i, w := range given {
		lw := lowerInto(&buf, strings.Trim(w, ".,"))
		if i > 0 && (nameParticles[string(lw)] || arabicParticles[string(lw)]) {
			continue // "Nadira Al Haddad", but "Al Voss"
		}
		if maleNames[string(lw)] {
			return genderMale
		}
		if femaleNames[string(lw)] {
			if jean && string(lw) == "marie" {
				// "Jean Marie Salomon": French writes Jean-Marie, a man's name, without its
				// hyphen too; "Jean Anne Cole" is a woman's.
				return genderUnknown
			}
			return genderFemale
		}
		jean = jean || i == 0 && string(lw) == "jean"
	}
	return genderUnknown
}

// givenWords returns the words of a name's words that may be its given name: the words
// after its titles and roles (a title's "of" and the word it joins with them: "Secretary
// of State Elena Voss") and its honorifics but its last, the surname, so that a word
// before the given name that tells none ("Democrat Elena Voss", "Analyst Dana Okafor")
// does not hide it (genderOfName skips the name particles among them after the first, see nameParticles:
// "Nadira Al Haddad"); or, in a name written family name first ("Kim Dae-ho"), the words
// after the family name, and in one written in Hong Kong's way (see hongKongForm) the
// given names of the West before its Chinese surname. A name of one word is that word; a phrase that ends in a title
// or role has all its words returned, as before.
func givenWords(words []string) []string {
	start := 0
	var buf [32]byte
	for i, w := range words {
		if f := lowerIn(langs["english"].words, strings.TrimSuffix(w, ".")); f&(ClassTitle|ClassRole) != 0 && f&ClassOrg == 0 {
			start = i + 1
			if start+1 < len(words) && string(lowerInto(&buf, words[start])) == "of" {
				start += 2
			}
		}
	}
	for start < len(words) {
		if n := honorificAt(words, start); n > 0 {
			start += n
			continue
		}
		if !scan.IsCapitalized(words[start]) {
			start++
			continue
		}
		break
	}
	rest := words[start:]
	switch {
	case len(rest) == 0:
		return words // a description ending in its role ("Ana Ruiz's adviser"): any word
	case len(rest) == 1:
		return rest
	case FamilyNameFirst(rest):
		return rest[1:]
	case hongKongForm(rest):
		return rest[:len(rest)-2] // "Dana Lee Ka-wai": the Chinese names tell none
	}
	return rest[:len(rest)-1]
}

// arabicParticles are the words of Arabic names, after the first, that join a surname
// and tell no gender, though "Ben" is a given name when first; the particles of other
// languages are in nameParticles.
var arabicParticles = wordSet("el ben bint abu abd")

// genderOf is genderOfName(name), worked out once per text for each name: a text names
// most people many times, and every run of names is asked for its gender.
func (s *segmenter) genderOf(name string) int {
	g, ok := s.genders[name]
	if !ok {
		if s.genders == nil {
			s.genders = map[string]int{}
		}
		g = genderOfName(name)
		s.genders[name] = g
	}
	return g
}

// titleGender is the gender of English titles and roles that tell one ("Mr", "Queen",
// "spokeswoman"), lowered, without a final period.
var titleGender = map[string]int{
	"mr": genderMale, "sir": genderMale, "lord": genderMale, "king": genderMale, "prince": genderMale,
	"father": genderMale, "congressman": genderMale, "spokesman": genderMale, "chairman": genderMale, "sen.-elect": genderMale,
	"mrs": genderFemale, "ms": genderFemale, "miss": genderFemale, "madam": genderFemale, "dame": genderFemale,
	"lady": genderFemale, "queen": genderFemale, "princess": genderFemale, "congresswoman": genderFemale,
	"spokeswoman": genderFemale, "chairwoman": genderFemale,
}

// appendFields appends the words of s, split at white space as strings.Fields splits them,
// to words.
func appendFields(words []string, s string) []string {
	if !isASCII(s) {
		return append(words, strings.Fields(s)...)
	}
	start := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			if start >= 0 {
				words = append(words, s[start:i])
				start = -1
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

// lowerInto returns w in lower case, in buf when w is ASCII and fits, so that a map
// looked up with it allocates nothing (m[string(b)]).
func lowerInto(buf *[32]byte, w string) []byte {
	if len(w) > len(buf) || !isASCII(w) {
		return []byte(strings.ToLower(w))
	}
	b := buf[:len(w)]
	lowerASCII(b, w)
	return b
}

// lowerASCII writes w, an ASCII word of len(b) bytes, into b in lower case.
func lowerASCII(b []byte, w string) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
}

// otherGender returns the gender other than g, male or female, as genders are known here.
func otherGender(g int) int {
	switch g {
	case genderMale:
		return genderFemale
	case genderFemale:
		return genderMale
	}
	return genderUnknown
}

// pronounAt returns the gender of "he" or "she" written at pos (a speaker written as a
// pronoun), else genderUnknown.
func (s *segmenter) pronounAt(pos int) int {
	if pos < 0 || pos+2 > len(s.text) {
		return genderUnknown
	}
	end := pos
	for end < len(s.text) && end-pos < 4 && (s.text[end]|0x20 >= 'a' && s.text[end]|0x20 <= 'z') {
		end++
	}
	if end < len(s.text) && (s.text[end]|0x20 >= 'a' && s.text[end]|0x20 <= 'z') {
		return genderUnknown
	}
	switch w := s.text[pos:end]; w {
	case "he", "He", "HE", "she", "She", "SHE":
		return pronounGender(w)
	}
	return genderUnknown
}

// pronounGender returns the gender a pronoun asks for (he, she), or genderUnknown.
func pronounGender(p string) int {
	var buf [32]byte
	switch string(lowerInto(&buf, p)) {
	case "he", "his", "él", "он", "il":
		return genderMale
	case "she", "her", "ella", "она", "elle":
		return genderFemale
	}
	return genderUnknown
}

// IsGivenName reports whether w (any case, a trailing period ignored) is one of the common
// given names of English-language news the package knows the gender of ("Thomas",
// "Elena"): a cue that a name it opens is a person's.
func IsGivenName(w string) bool {
	var buf [32]byte
	lw := lowerInto(&buf, strings.TrimSuffix(w, "."))
	return maleNames[string(lw)] || femaleNames[string(lw)] || anyGenderNames[string(lw)]
}
