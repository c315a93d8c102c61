package voices

// East Asian names in English-language news: Chinese, Korean and Vietnamese names put the
// family name first ("Xi Jinping", "Kim Yo-jong", "Nguyen Van An"), and Hong Kong writes
// an English given name before the Chinese name ("Benny Tai Yiu-ting"). The surname alone
// ("Xi said") stands for the person in a document that gives the full name, and for no
// one in particular elsewhere when it is one of the commonest surnames (see
// CommonSurname). The word lists are written for framediff from general knowledge.

import (
	"strings"

	"github.com/framediff/framediff/framing/internal/scan"
)

// FamilyNameFirst reports whether the words of a name have the form of a Chinese, Korean
// or Vietnamese name in family-name-first order: two or three words, the first an East
// Asian surname, the others romanized East Asian given names (see eastAsianGiven). "Xi
// Jinping", "Kim Yo-jong" and "Kim Jong Un" do; "Kim Kardashian", "Lam Research" and
// "Han Chinese" do not. The test is of form only: an English word of one or two
// pinyin-like syllables ("Han Bean") passes.
func FamilyNameFirst(words []string) bool {
	if len(words) < 2 || len(words) > 3 || !lowerIn(eastAsianSurnames, words[0]) {
		return false
	}
	for _, w := range words[1:] {
		if !eastAsianGiven(w, len(words) == 3) {
			return false
		}
	}
	return true
}

// hongKongForm reports whether the words of a name have the form Hong Kong (and Singapore
// and Macau) write names in: a capitalized given name of the West, or two, then a Chinese
// surname and a Chinese given name of two syllables joined by a hyphen ("Benny Tai
// Yiu-ting", "Regina Ip Lau Suk-yee"). The surname is the word before the last.
func hongKongForm(words []string) bool {
	n := len(words)
	if n < 3 || n > 4 || !lowerIn(eastAsianSurnames, words[n-2]) || !strings.Contains(words[n-1], "-") ||
		!eastAsianGiven(words[n-1], false) || !scan.IsCapitalized(words[0]) || lowerIn(eastAsianSurnames, words[0]) {
		return false
	}
	return true
}

// IsEastAsianSurname reports whether w (any case) is one of the common Chinese (pinyin,
// Cantonese and Taiwanese romanizations), Korean or Vietnamese surnames the package knows.
func IsEastAsianSurname(w string) bool { return lowerIn(eastAsianSurnames, w) }

// CommonSurname reports whether w (any case) is one of the commonest surnames of China,
// Korea or Vietnam, each borne by about one in a hundred people of its country or more:
// the thirty commonest Chinese surnames of the household registers (Ministry of Public
// Security, 2020 ranking: Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu,
// Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, Liang, Xie, Song, Tang, Han, Deng,
// Feng, Cao, Peng) with the romanizations Hong Kong, Taiwan and Singapore write them in,
// the romanizations that several common surnames share (Yu, Wei, Lu), the five commonest
// Korean (Kim, Lee, Park, Choi, Jung: about half of Koreans) and the dozen commonest
// Vietnamese (Nguyen alone is about four in ten). Such a surname alone, in a document that
// gives no full name with it, names no one in particular: joining it to the one full name
// of that surname that other documents give would pool different people.
func CommonSurname(w string) bool { return lowerIn(commonSurnames, w) }

var commonSurnames = wordSet(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he
	lin gao luo zheng liang xie song tang han deng feng cao peng yu wei lu
	wong lee cheung chang lau chan yeung ng chow chou chiu chao tsui hsu suen
	chu choo woo kwok kuo ho lam lim ko lo cheng tse hsieh tang teng fung cho tsao pang leung sung hon
	kim park choi jung jeong chung yi rhee
	nguyen tran le pham hoang huynh phan vu vo dang bui do`)

// eastAsianGiven reports whether w looks like a romanized East Asian given name: one or
// two pinyin syllables ("Wei", "Jinping", "Ru'an" with the syllable mark), or two parts of one to five letters joined by
// a hyphen (Korean and Cantonese: "Yo-jong", "Kar-wai"); in a three-word name, where each
// word is one syllable ("Kim Jong Un"), also any word of one to four letters. A word of
// three syllables or more, or one that is no pinyin ("Research", "Chinese": "chi-ne-se"
// is three), is not one. The test is of form only: an English word of one or two
// pinyin-like syllables ("Bean") passes.
func eastAsianGiven(w string, syllable bool) bool {
	lw := strings.ToLower(w)
	for _, sep := range []string{"'", "’"} { // pinyin's syllable mark: "Ru'an"
		if a, b, ok := strings.Cut(lw, sep); ok {
			return pinyinSyllables[a] && pinyinSyllables[b]
		}
	}
	if strings.ContainsFunc(lw, func(r rune) bool { return (r < 'a' || r > 'z') && r != '-' }) {
		return false
	}
	if a, b, ok := strings.Cut(lw, "-"); ok {
		return len(a) >= 1 && len(a) <= 5 && len(b) >= 1 && len(b) <= 5 && !strings.Contains(b, "-")
	}
	if syllable && len(lw) >= 1 && len(lw) <= 4 {
		return true
	}
	if pinyinSyllables[lw] {
		return true
	}
	for i := 1; i < len(lw); i++ {
		if pinyinSyllables[lw[:i]] && pinyinSyllables[lw[i:]] {
			return true
		}
	}
	return false
}

// pinyinSyllables are the syllables of Hanyu Pinyin without tones, with "v" for "ü" (a
// few combinations Mandarin lacks are included: the set is used only to tell a
// romanized name from an English word). Read only.
var pinyinSyllables = func() map[string]bool {
	m := map[string]bool{}
	initials := strings.Fields("b p m f d t n l g k h j q x zh ch sh r z c s y w")
	finals := strings.Fields(`a o e i u v ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing
		iong ua uo uai ui uan un uang ue van vn`)
	for _, f := range finals {
		m[f] = true
		for _, i := range initials {
			m[i+f] = true
		}
	}
	return m
}()

// eastAsianSurnames are common Chinese (in pinyin and in Cantonese and Taiwanese
// romanizations), Korean and Vietnamese surnames: a name of one of them alone is a
// surname, whichever end of the fuller name it stands at. Read only.
var eastAsianSurnames = wordSet(`li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he
	lin luo gao zheng liang xie tang han cao deng feng yu xiao cheng cai peng pan yuan tian dong
	fan jiang du ye su lu wei ding ren shen yao zhong jin cui qin xi bai wen kong mao qian gu
	hou shao meng long wan duan lei tan yin lai fu fang kang xue dai mo jia qiu shi xiang hao
	leung lam wong chan cheung lee ho tsang tam yeung chow lau ng kwok tse fung chu mak siu
	chiu yip chung tong tsui chau wan tai kim park choi jung kang cho yoon jang lim han oh
	seo shin kwon hwang ahn song hong nguyen tran le pham vo dang bui do ngo duong
	ko chang chao hsu hsieh kuo jeong yi rhee vu phan huynh hoang sung pang choo tsao hon teng woo chou lo suen
	tung`)
