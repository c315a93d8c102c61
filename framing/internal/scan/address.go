package scan

import "unicode/utf8"

// Addresses: web and e-mail addresses, which the scanner would split into words ("www",
// "example", "com"). The scanner itself still does (framing/voices reads those tokens);
// the analyzer asks AddressEnd at the few tokens MayStartAddress lets through and drops
// the tokens inside an address.
//
// An address starts at a token and is, with host names as defined below:
//
//   - a web address with a scheme: "http", "https" or "ftp" (in any case) followed by
//     "://", up to the next white space, non-ASCII character or one of < > " (which no
//     address holds unescaped);
//   - "www." (in any case) and a host name, and, if a "/" follows it, a path up to the
//     next white space as above;
//   - an e-mail address: a local part of ASCII letters, digits and . _ % + - , then "@"
//     and a host name of two or more labels whose last is letters only;
//   - a bare host name ("example.com.cn"): two or more labels whose last is a top-level
//     domain of the list tlds, and a path as after "www.".
//
// A host name is a run of labels (ASCII letters, digits and hyphens) joined by single
// periods, at most 253 bytes long (the most the DNS allows, RFC 1035); an e-mail
// address's local part is at most 64 bytes (RFC 5321). So a look for a host name reads a
// bounded stretch of text at any token, however long a run of dotted words goes on.
//
// A period continues a host name if a lower-case letter or a digit follows it, or if the
// labels after it (in any case, joined by periods) lead to a top-level domain written in
// capitals, after a host whose labels so far hold a lower-case letter: a generic one of
// three letters or more (com, net, org, info, biz, edu; not a country's code, which is
// also a country's initials: "in London.UK officials", "said.EU leaders") all in
// upper-case ASCII letters, and that no further letter or digit follows ("Gazette.NET",
// "news.Example.ORG", "Example.COM’s"; not a headline's "PORT CLOSES.NET LOSS"). Any
// other period before a capital ends the host name, as it ends a sentence run into the
// next without a space ("example.com.The", "actions.The", "Mr.Smith"). Only capitals
// throughout qualify: a period before a capital usually starts a sentence, whose first
// word is written with a capital and lower-case letters, and some of those are listed
// domains ("said.Net income", "left.De Vries", "said.Ng Lai-man"); a domain in capitals
// is a site's name written as its brand. In the news corpora read to choose the rule
// (RUWA headlines, China Daily and The New York Times, BBC News) the only such host is
// one site's name, 5,099 times; a sentence glued to the last that opens with "NET", "COM"
// or "ORG" in capitals, or with an e-mail address, would still join it. Periods the
// scanner keeps in a token (initials "J.R.R.", "U.S.", "e.g.", decimals "3.5") and runs
// of periods ("ended...NET") start no host name.
//
// The first label may hold capitals ("Example.com"). A bare host name ends at its last
// label that is a listed top-level domain, in lower case or in capitals as above
// ("example.com.x" is "example.com").

// tlds are the top-level domains that end a bare host name: the generic ones news cites
// and the country codes of large news markets, leaving out those that are English words
// ("in", "it", "us", "me", "to", "is", "at", "be", "no", "so", "my", "am", "do", "go", "co",
// "ms"), which a sentence typed without a space after its period could start ("the end.in").
var tlds = map[string]bool{
	"com": true, "org": true, "net": true, "edu": true, "gov": true, "mil": true, "int": true,
	"info": true, "biz": true, "mobi": true,
	"cn": true, "hk": true, "tw": true, "mo": true, "jp": true, "kr": true, "sg": true,
	"uk": true, "ru": true, "de": true, "fr": true, "es": true, "nl": true, "se": true,
	"ch": true, "eu": true, "ua": true, "pl": true, "ca": true, "au": true, "nz": true,
	"br": true, "mx": true, "ar": true, "za": true, "ng": true, "ke": true, "ly": true,
	"ir": true, "il": true, "tr": true, "ae": true, "sa": true, "pk": true, "ph": true,
	"vn": true, "th": true, "tv": true, "fm": true, "io": true,
}

// MayStartAddress reports whether the token that ends at end may start an address
// (see AddressEnd): the byte after it is '@' or '_', or ':' followed by '/', or '.'
// followed by an ASCII letter. It reads at most two bytes, so that ordinary words cost one comparison.
func MayStartAddress(text string, end int) bool {
	if end+1 >= len(text) || !addressByte[text[end]] {
		return false
	}
	c, next := text[end], text[end+1]
	return c == '@' || c == '_' || c == ':' && next == '/' || c == '.' && isASCIILetter(next)
}

// addressByte marks the bytes after a token that MayStartAddress looks further at.
var addressByte = [256]bool{'@': true, '_': true, ':': true, '.': true}

// maxHost and maxLocal are the longest host name and e-mail local part, in bytes (see
// the rules above).
const (
	maxHost  = 253
	maxLocal = 64
)

// AddressEnd returns the end of the address that starts at the token text[start:end], or
// start if none does (see the rules above).
func AddressEnd(text string, start, end int) int { return addressEnd(text, start, end, true) }

// periodInAddress reports whether the period at text[end], just after the token
// text[start:end], lies inside an address that starts at that token, as AddressEnd finds
// it ("Gazette.NET", "www.Example.org", "Ana.Ruiz@example.org"): a period that does not end
// a sentence. It reads at most the bytes of a host name and a local part after start, so
// that a caller may ask it at every period before a capital and stay linear in the text.
func periodInAddress(text string, start, end int) bool {
	return end < len(text) && text[end] == '.' && addressEnd(text, start, end, false) > end+1
}

// addressEnd is AddressEnd, with the path after a host name left out unless path.
func addressEnd(text string, start, end int, path bool) int {
	word := text[start:end]
	if end+3 <= len(text) && text[end] == ':' && text[end+1] == '/' && text[end+2] == '/' {
		if equalFold(word, "http") || equalFold(word, "https") || equalFold(word, "ftp") {
			return urlRest(text, end+3)
		}
		return start
	}
	if end < len(text) && text[end] == '.' && equalFold(word, "www") {
		if h := hostEnd(text, end+1); h > end+1 {
			return pathEnd(text, h, path)
		}
		return start
	}
	// An e-mail address: the local part, then '@' and a host.
	i := start
	for i < len(text) && i-start <= maxLocal && isLocal(text[i]) {
		i++
	}
	if i < len(text) && text[i] == '@' && i-start <= maxLocal {
		h := hostEnd(text, i+1)
		if dot := lastDot(text, i+1, h); dot > i+1 && allLetters(text[dot+1:h]) {
			return h
		}
		return start
	}
	// A bare host name, up to its last listed top-level domain.
	h := hostEnd(text, start)
	last := start
	for j := start; j < h; {
		k := j
		for k < h && text[k] != '.' {
			k++
		}
		if j > start && (tlds[text[j:k]] || capitalTLD(text[j:k])) {
			last = k
		}
		j = k + 1
	}
	if last == start {
		return start
	}
	return pathEnd(text, last, path)
}

// hostEnd returns the end of the host name that starts at i (i if none does).
func hostEnd(text string, i int) int {
	limit := min(len(text), i+maxHost)
	k := labelEnd(text, i, limit)
	for k > i && k+1 < limit && text[k] == '.' {
		next := k + 1
		switch c := text[k+1]; {
		case isLowerOrDigit(c):
			next = labelEnd(text, k+1, limit)
		case c >= 'A' && c <= 'Z' && hasLowerASCII(text[i:k]):
			next = capitalTop(text, k+1, limit) // "Gazette.NET", not a headline's "CLOSES.NET"
		}
		if next <= k+1 {
			break
		}
		k = next
	}
	return k
}

// labelEnd returns the end of the label that starts at j, or j if none does or if it
// runs on past limit.
func labelEnd(text string, j, limit int) int {
	k := j
	for k < limit && isLabel(text[k]) {
		k++
	}
	if k == limit && k < len(text) && isLabel(text[k]) {
		return j
	}
	return k
}

// capitalTop returns, for the labels that start at j and go on joined by periods before
// a letter or digit (up to limit), the end of the last that is a top-level domain in
// capitals (see capitalTLD) and that no letter or digit outside ASCII follows, or j if
// none is.
func capitalTop(text string, j, limit int) int {
	top := j
	for {
		k := labelEnd(text, j, limit)
		if k == j {
			return top
		}
		if capitalTLD(text[j:k]) && !wordRuneAt(text, k) {
			top = k
		}
		if k+1 >= limit || text[k] != '.' || !isASCIILetter(text[k+1]) && !isDigitByte(text[k+1]) {
			return top
		}
		j = k + 1
	}
}

// capitalTLDs are the top-level domains that may end a host name written in capitals:
// the generic ones of three letters or more, which are no country's or body's initials
// ("UK", "EU", "TV" open sentences run into the last: "in London.UK officials").
var capitalTLDs = map[string]bool{"com": true, "net": true, "org": true, "info": true, "biz": true, "edu": true}

// capitalTLD reports whether the label is one of capitalTLDs written all in upper-case
// ASCII letters, and not also an abbreviation the scanner knows.
func capitalTLD(label string) bool {
	var buf [4]byte // no such domain is longer
	if len(label) < 3 || len(label) > len(buf) {
		return false
	}
	for i := 0; i < len(label); i++ {
		c := label[i]
		if c < 'A' || c > 'Z' {
			return false
		}
		buf[i] = c + 'a' - 'A'
	}
	lower := string(buf[:len(label)])
	return capitalTLDs[lower] && !abbreviations[lower]
}

// hasLowerASCII reports whether s holds a lower-case ASCII letter.
func hasLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// wordRuneAt reports whether a letter or digit outside ASCII starts at text[i].
func wordRuneAt(text string, i int) bool {
	if i >= len(text) || text[i] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return IsWordRune(r)
}

// pathEnd returns the end of the path after a host name that ends at i: i if no '/'
// follows or if not path, else the end of the rest as after a scheme.
func pathEnd(text string, i int, path bool) int {
	if path && i < len(text) && text[i] == '/' {
		return urlRest(text, i)
	}
	return i
}

// urlRest returns the end of the rest of a web address from i: the next white space,
// non-ASCII byte, control character or < > ".
func urlRest(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c <= ' ' || c >= 0x7F || c == '<' || c == '>' || c == '"' {
			break
		}
		i++
	}
	return i
}

// lastDot returns the position of the last period in text[from:to], or -1.
func lastDot(text string, from, to int) int {
	for j := to - 1; j >= from; j-- {
		if text[j] == '.' {
			return j
		}
	}
	return -1
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// equalFold reports whether the ASCII word w equals the lower-case lower, ignoring case.
func equalFold(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
}

func isLabel(c byte) bool        { return isASCIILetter(c) || isDigitByte(c) || c == '-' }
func isLowerOrDigit(c byte) bool { return c >= 'a' && c <= 'z' || isDigitByte(c) }
func isLocal(c byte) bool {
	return isLabel(c) || c == '.' || c == '_' || c == '%' || c == '+'
}
