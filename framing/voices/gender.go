package voices

import (
	"strings"

	"github.com/framediff/framediff/framing/internal/scan"
)

// Gender of first names, for pronouns ("she said" is not Bill Voss) and for titles
// ("Mrs. Voss" is not Bill Voss). The lists are common given names of English-language
// news, written for framediff; a name in neither list has no known gender, and then both
// pronouns may stand for it.

const (
	genderUnknown = 0
	genderMale    = 1
	genderFemale  = 2
)

var maleNames = wordSet("aaron abraham adam adrian al alan albert alex alexander alfred ali allen andrew andy " +
	"anthony antonio arnold arthur ash barack barry ben benjamin bernard bernie bill billy bob bobby boris brad " +
	"bradley brandon brendan brent brett brian bruce bryan carl carlos chad charles charlie chris christopher chuck " +
	"clarence colin craig dale dan daniel danny darrell dave david dean dennis derek dick don donald doug douglas " +
	"duncan dwight earl ed eddie edward elijah emmanuel eric ernest eugene evan frank franklin fred frederick gary " +
	"gene george gerald gordon graham greg gregory harold harry henry herbert howard hugh ian isaac jack jacob " +
	"jake james jamie jared jason jay jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon " +
	"jonathan jorge jose joseph josh joshua juan justin karl keith ken kenneth kevin kim-jong kyle lamar larry " +
	"lawrence lee leon lindsey lloyd louis luis luke marco marcus mario mark martin matt matthew max michael " +
	"miguel mike mitch mitt mohammed muhammad narendra nathan neil newt nicholas nick nigel noah norman oliver " +
	"omar orrin oscar patrick paul pedro pete peter phil philip rafael ralph rand randy ray raymond reince reuben " +
	"richard rick rob robert rod rodrigo roger ron ronald ross roy rudy rupert russell ryan sam samuel scott sean " +
	"sergei sergey seth shawn sheldon stephen steve steven stuart ted terry thomas tim timothy todd tom tommy " +
	"tony travis troy tyler victor vince vincent vladimir walter wayne willard william willie jinping yuri zach")

var femaleNames = wordSet("abby abigail alice alicia alison amanda amy ana andrea angela angelina ann anna " +
	"anne annie april ashley barbara betsy betty beverly brenda brittany camila carla carly carol caroline carolyn " +
	"catherine cathy cecilia charlotte chelsea cheryl christina christine cindy claire claudia colleen connie " +
	"cynthia dana danielle deborah debbie debra denise diana diane donna doris dorothy elaine eleanor elena " +
	"elizabeth ellen emily emma erica erin eva evelyn florence frances gabriela gina gloria grace hannah harriet " +
	"heather heidi helen hillary holly hope ivanka jackie jacqueline jane janet janice jean jeanne jennifer jenny " +
	"jessica jill joan joanne jodi joni joy joyce judith judy julia julie june karen kate katherine kathleen " +
	"kathy katie kay kelly kelli kellyanne kim kimberly kirsten kristen laura lauren leah linda lisa lois loretta " +
	"lori louise lucy lynn madeleine maggie marcia margaret maria marie marilyn marine marla martha mary maxine " +
	"megan melania melanie melissa meredith michelle mildred monica nancy natalie nicole nikki nina nora olivia " +
	"pamela patricia patty paula peggy penny rachel rebecca regina rita roberta rosa rose ruth sally samantha " +
	"sandra sara sarah sharon sheila shirley sonia sophia stacey stephanie sue susan suzanne sylvia tammy tanya " +
	"teresa theresa tiffany tina tracy tulsi valerie vanessa vera victoria virginia wendy whitney yvonne zoe")

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
