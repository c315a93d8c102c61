package scan

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
// periods; a period continues it only if a lower-case letter or a digit follows, so that
// a sentence run into the next without a space ("example.com.The", "actions.The") ends
// there. The first label may hold capitals ("Example.com"). A bare host name ends at its
// last label that is a listed top-level domain ("example.com.x" is "example.com").

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

// AddressEnd returns the end of the address that starts at the token text[start:end], or
// start if none does (see the rules above).
func AddressEnd(text string, start, end int) int {
	word := text[start:end]
	if end+3 <= len(text) && text[end] == ':' && text[end+1] == '/' && text[end+2] == '/' {
		if equalFold(word, "http") || equalFold(word, "https") || equalFold(word, "ftp") {
			return urlRest(text, end+3)
		}
		return start
	}
	if end < len(text) && text[end] == '.' && equalFold(word, "www") {
		if h := hostEnd(text, end+1); h > end+1 {
			return pathEnd(text, h)
		}
		return start
	}
	// An e-mail address: the local part, then '@' and a host.
	i := start
	for i < len(text) && isLocal(text[i]) {
		i++
	}
	if i < len(text) && text[i] == '@' {
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
		if j > start && tlds[text[j:k]] {
			last = k
		}
		j = k + 1
	}
	if last == start {
		return start
	}
	return pathEnd(text, last)
}

// hostEnd returns the end of the host name that starts at i (i if none does).
func hostEnd(text string, i int) int {
	end := i
	for j := i; ; {
		k := j
		for k < len(text) && isLabel(text[k]) {
			k++
		}
		if k == j {
			return end
		}
		end = k
		if k+1 >= len(text) || text[k] != '.' || !isLowerOrDigit(text[k+1]) {
			return end
		}
		j = k + 1
	}
}

// pathEnd returns the end of the path after a host name that ends at i: i if no '/'
// follows, else the end of the rest as after a scheme.
func pathEnd(text string, i int) int {
	if i < len(text) && text[i] == '/' {
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
