package voices

import (
	"strings"

	"github.com/framediff/framediff/framing/internal/scan"
)

// Gender of first names, for pronouns ("she said" is not Bill Voss) and for titles
// ("Mrs. Voss" is not Bill Voss). The lists are common given names of English-language
// news, with the common Ukrainian, Russian and Spanish given names in their usual English
// press spellings ("Oleksandr" and "Aleksandr", "Iryna" and "Irina"), written for framediff
// from general knowledge of the languages' naming; a name in neither list has no known
// gender, and then both pronouns may stand for it. Given names that are also common
// capitalized words ("Roman", "Salvador", "Mercedes") are left out.

const (
	genderUnknown = 0
	genderMale    = 1
	genderFemale  = 2
)

var maleNames = wordSet("aaron abraham adam adrian al alan albert alberto alejandro aleksei alex alexander alexei alexey alfonso " +
	"alfred ali allen anatolii anatoly andrei andres andrew andrey andrii andriy andy anthony anton antonio " +
	"arkady arnold arseniy artem arthur ash barack barry ben benjamin bernard bernie bill billy bob bobby " +
	"bohdan boris borys brad bradley brandon brendan brent brett brian bruce bryan carl carlos chad charles " +
	"charlie chris christopher chuck clarence colin craig dale dan daniel danny darrell dave david dean denis " +
	"dennis denys derek dick diego dmitri dmitriy dmitry dmytro don donald doug douglas duncan dwight earl ed " +
	"eddie eduardo edward elijah emilio emmanuel enrique eric ernest ernesto eugene evan evgeny felipe " +
	"fernando francisco frank franklin fred frederick fyodor gary gene gennadiy gennady george gerald gonzalo " +
	"gordon graham greg gregory grigory gustavo harold harry hector henry heorhii herbert howard hryhorii " +
	"hugh ian ignacio igor ihor ilya isaac ivan jack jacob jaime jake james jamie jared jason javier jay jeb " +
	"jeff jeffrey jeremy jerry jesse jim jimmy jinping joaquin joe joel john johnny jon jonathan jorge jose " +
	"joseph josh joshua juan justin karl keith ken kenneth kevin kim-jong kirill konstantin kostiantyn kyle " +
	"kyrylo lamar larry lawrence lee leon leonid lindsey lloyd lorenzo louis luis luke maksym manuel marco " +
	"marcus mario mark martin matt matthew mauricio max maxim michael miguel mike mikhail mitch mitt mohammed " +
	"muhammad mykhailo mykola narendra nathan neil newt nicholas nick nicolas nigel nikita nikolai nikolay " +
	"noah norman oleg oleh oleksandr oleksii oleksiy oliver omar orrin oscar pablo patrick paul pavel pavlo " +
	"pedro pete peter petro phil philip rafael ralph ramon ramzan rand randy raul ray raymond reince reuben " +
	"ricardo richard rick rob robert rod rodrigo roger ron ronald ross roy rudy rupert ruslan russell rustem " +
	"ryan sam samuel scott sean sergei sergey sergio serhii serhiy seth shawn sheldon stanislav stephen steve " +
	"steven stuart ted terry thomas tim timothy todd tom tomas tommy tony travis troy tyler vadim vadym " +
	"valentin valerii valeriy vasily vasyl victor viktor vince vincent vitali vitalii vitaliy vitaly vladimir " +
	"vladislav volodymyr vyacheslav walter wayne willard william willie yaroslav yevgeniy yevgeny yevhen yuri " +
	"yurii yuriy zach")

var femaleNames = wordSet("abby abigail adriana alice alicia alina alison alla amanda amy ana anastasia andrea angela angelina ann " +
	"anna anne annie april ashley barbara beatriz betsy betty beverly brenda brianna brittany caitlin camila " +
	"carla carly carmen carol caroline carolyn catherine cathy cecilia charlotte chelsea cheryl christina " +
	"christine cindy claire claudia colleen connie consuelo courtney cynthia dana danielle daria darya debbie " +
	"deborah debra denise diana diane dolores donna doris dorothy ekaterina elaine eleanor elena elizabeth " +
	"ellen emily emma erica erin esperanza eva evelyn florence frances gabriela galina gina gloria grace " +
	"guadalupe halyna hanna hannah harriet heather heidi helen hillary holly hope ines inna irina iryna " +
	"isabel ivanka jackie jacqueline jane janet janice jasmine jean jeanne jennifer jenny jessica jill joan " +
	"joanne jodi joni joy joyce judith judy julia julie june kaitlyn karen kate katelyn kateryna katherine " +
	"kathleen kathy katie kay kayla kelli kelly kellyanne khrystyna kim kimberly kirsten kristen kristin " +
	"kristina ksenia kseniya larisa larysa laura lauren leah linda lindsay lisa liudmyla lois loretta lori " +
	"louise lourdes lucia lucy ludmila lynn lyudmila lyudmyla madeleine maggie marcia margaret maria marie " +
	"mariia marilyn marina marine marla marta martha mary maryna maxine megan melania melanie melissa " +
	"meredith michelle mildred monica nadezhda nadiya nancy natalia natalie nataliia natalya nicole nikki " +
	"nina nora oksana oleksandra olena olga olha olivia pamela patricia patty paula peggy penny pilar polina " +
	"rachel raisa raquel rebecca regina rita roberta rocio rosa rose ruth sally samantha sandra sara sarah " +
	"sharon sheila shirley silvia soledad sonia sophia stacey stephanie sue susan suzanne svetlana svitlana " +
	"sylvia tammy tanya tatiana tatyana teresa tetiana theresa tiffany tina tracy tulsi ulyana valentina " +
	"valentyna valerie vanessa vera veronica veronika victoria viktoria viktoriia virginia wendy whitney yana " +
	"yekaterina yelena yulia yuliia yvonne zinaida zoe zoya")

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
	for i, w := range given {
		lw := lowerInto(&buf, strings.Trim(w, ".,"))
		if i > 0 && (nameParticles[string(lw)] || arabicParticles[string(lw)]) {
			continue // "Nadira Al Haddad", but "Al Voss"
		}
		if maleNames[string(lw)] {
			return genderMale
		}
		if femaleNames[string(lw)] {
			return genderFemale
		}
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
	return maleNames[string(lw)] || femaleNames[string(lw)]
}
