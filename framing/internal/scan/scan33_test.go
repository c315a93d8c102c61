package scan

import (
	"strings"
	"testing"
)

// firstAddress33 returns the span of the first address in text, as the analyzer finds it
// (AddressEnd at the tokens MayStartAddress lets through), or -1, -1.
func firstAddress33(text string) (int, int) {
	sc := NewScanner(text)
	for start, end, ok := sc.NextWord(); ok; start, end, ok = sc.NextWord() {
		if MayStartAddress(text, end) {
			if a := AddressEnd(text, start, end); a > start {
				return start, a
			}
		}
	}
	return -1, -1
}

// unbracket33 returns text without the [ and ] that mark the span expected, and the
// span (-1, -1 if none is marked).
func unbracket33(marked string) (text string, from, to int) {
	from, to = -1, -1
	var b strings.Builder
	for i := 0; i < len(marked); i++ {
		switch marked[i] {
		case '[':
			from = b.Len()
		case ']':
			to = b.Len()
		default:
			b.WriteByte(marked[i])
		}
	}
	return b.String(), from, to
}

// TestCapitalTopLevel checks the host names whose top-level domain is written in capitals,
// on invented text: the address expected is marked by hand between [ and ]. The rows
// marked "rule" find no address, or a shorter one, without the rule; the others check
// what the rule must leave alone.
func TestCapitalTopLevel(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		// rule
		{"site name", "Talks stall | [Gazette.NET]"},
		{"site name in a sentence", "The portal [Harbor.NET] says it was hacked."},
		{"capital middle label", "posted on [news.Harbor.ORG] today"},
		{"lower middle label", "posted on [news.harbor.COM] today"},
		{"www and capitals", "visit [www.Harbor.NET] today"},
		{"email capital host", "Write to [jdoe@Harbor.ORG] now"},
		{"possessive", "[Harbor.COM]’s owner"},
		{"sentence end after", "read [Harbor.NET]. Then"},
		{"run into next sentence", "read [Harbor.NET].The next"},
		{"host goes on in lower case", "read [Harbor.NET.ua] now"},
		// left alone
		{"title-case domain starts a sentence", "he said.Net income rose"},
		{"two-letter title case", "she left.De Vries spoke"},
		{"abbreviation in capitals", "RUIZ: the office.GOV. ANA RUIZ"},
		{"run-together sentence", "their actions.The next"},
		{"initials", "the U.S.Navy said"},
		{"title", "Mr.Smith said"},
		{"ellipsis", "it ended...NET gains"},
		{"capitals not a domain", "the term.NETS rose"},
		{"domain runs into a letter outside ASCII", "the Harbor.NETé now"},
		{"a country's code in capitals is also its initials", "in London.UK officials said"},
		{"a body's initials", "He said.EU leaders met"},
		{"a headline in capitals", "PORT CLOSES.NET LOSS RISES"},
		{"a headline in capitals, another domain", "PROFIT FELL.COM SHARES ROSE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, want0, want1 := unbracket33(tc.text)
			if got0, got1 := firstAddress33(text); got0 != want0 || got1 != want1 {
				t.Errorf("%q: address %d:%d, want %d:%d", text, got0, got1, want0, want1)
			}
		})
	}
}

// TestAddressBounds checks the longest host name (253 bytes) and local part (64 bytes)
// read: a host name one byte longer is none from its first label on, and a local part
// one byte longer leaves the host after the @ alone as the address found.
func TestAddressBounds(t *testing.T) {
	middle := strings.Repeat("ab.", 82) // 246 bytes
	host := "abc." + middle + "net"     // 4 + 246 + 3 = 253 bytes
	if got, want := AddressEnd("at "+host+" now", 3, 6), 3+253; got != want {
		t.Errorf("host of 253 bytes: address end %d, want %d", got, want)
	}
	host = "abcd." + middle + "net" // 254 bytes
	if got, want := AddressEnd("at "+host+" now", 3, 7), 3; got != want {
		t.Errorf("host of 254 bytes: address end %d, want %d (none)", got, want)
	}
	text, want0, want1 := unbracket33(strings.Repeat("x", 65) + "@[example.com] now")
	if got0, got1 := firstAddress33(text); got0 != want0 || got1 != want1 {
		t.Errorf("address %d:%d, want %d:%d", got0, got1, want0, want1)
	}
	text, want0, want1 = unbracket33("[" + strings.Repeat("x", 64) + "@example.com] now")
	if got0, got1 := firstAddress33(text); got0 != want0 || got1 != want1 {
		t.Errorf("address %d:%d, want %d:%d", got0, got1, want0, want1)
	}
}

// TestPeriodInAddress checks periodInAddress, the scanner's test of whether a period
// before a capital lies inside an address, at the period marked by a | before it (the
// token before it starts after the last space).
func TestPeriodInAddress(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"read Gazette|.NET now", true},
		{"read news|.Harbor.ORG now", true},
		{"read news.Harbor|.ORG now", true},
		{"visit www|.Harbor.com today", true},
		{"write to Ana|.Ruiz@example.org today", true},
		{"their actions|.The next", false},
		{"he said|.Net income rose", false},
		{"the office|.GOV. ANA RUIZ", false},
		{"Mr|.Smith said", false},
		{"read Gazette|.NETé now", false},
		{"the end|.", false},
		{"the end|", false},
	} {
		bar := strings.IndexByte(tc.text, '|')
		text := tc.text[:bar] + tc.text[bar+1:]
		start := strings.LastIndexByte(text[:bar], ' ') + 1
		if got := periodInAddress(text, start, bar); got != tc.want {
			t.Errorf("%q: periodInAddress = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// FuzzPeriodInAddress checks that periodInAddress never panics at any token.
func FuzzPeriodInAddress(f *testing.F) {
	for _, s := range []string{"a.NET", "x.Y.COM.z", "www.A.b", "a.b@C.ORG", "ab.GOV.", "a.NETé"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sc := NewScanner(text)
		for start, end, ok := sc.NextWord(); ok; start, end, ok = sc.NextWord() {
			_ = periodInAddress(text, start, end)
		}
	})
}
