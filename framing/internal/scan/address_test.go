package scan

import "testing"

// TestAddressEnd checks the address rules on invented text: the address expected is
// marked by hand, between [ and ], and the text scanned has the brackets removed.
func TestAddressEnd(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"scheme", "see [http://example.org/a/b?c=1] now"},
		{"https capitals", "at [HTTPS://Example.com/X] now"},
		{"scheme to white space", "read [https://example.org/a.html]\nnext"},
		{"scheme before quote", `link "[http://example.org/x]" here`},
		{"www", "visit [www.example.org] today"},
		{"www capitals", "visit [WWW.ExampleNews.com] today"},
		{"www with path", "visit [www.example.org/news/1.html,] then"}, // up to white space
		{"www sentence end", "visit [www.example.org]. Then"},
		{"email", "Contact the writer at [jane.doe@example.com.cn]"},
		{"email sentence end", "Write to [j_doe@mail.example.com]."},
		{"email run into next sentence", "Write to [jdoe@example.com].The end"},
		{"email capital host", "Write to [jdoe@ExampleNews.com] now"},
		{"email odd top-level domain", "Write to [jdoe@example.comor] now"},
		{"bare host", "on [example.com.cn] and"},
		{"bare host capitalized", "on [ExampleNews.com] and"},
		{"bare host possessive", "[Example.com]'s shares"},
		{"bare host path", "at [example.org/report] and"},
		{"bare host run into next sentence", "at [example.com].Follow us"},
		{"bare host last listed domain", "at [example.com].xyz and"},
		{"run-together sentence", "their actions.The next"},
		{"lower-case run-together", "the end.in the"},
		{"unlisted domain", "the file.txt and"},
		{"colon", "he said: no"},
		{"scheme unknown", "see foo://bar now"},
		{"www alone", "the www. page"},
		{"email without domain", "jdoe@localhost now"},
		{"at sign alone", "meet @ noon"},
		{"numbers", "version 3.5.1 of"},
		{"abbreviation", "No.1 seed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want0, want1 := -1, -1
			text := ""
			for i := 0; i < len(tc.text); i++ {
				switch tc.text[i] {
				case '[':
					want0 = len(text)
				case ']':
					want1 = len(text)
				default:
					text += tc.text[i : i+1]
				}
			}
			got0, got1 := -1, -1
			sc := NewScanner(text)
			for start, end, ok := sc.NextWord(); ok; start, end, ok = sc.NextWord() {
				if MayStartAddress(text, end) {
					if a := AddressEnd(text, start, end); a > start {
						got0, got1 = start, a
						break
					}
				} else if a := AddressEnd(text, start, end); a > start {
					t.Errorf("MayStartAddress(%q) is false at an address", text[start:])
				}
			}
			if got0 != want0 || got1 != want1 {
				t.Errorf("%q: address %d:%d, want %d:%d", text, got0, got1, want0, want1)
			}
		})
	}
}

// FuzzAddressEnd checks that AddressEnd never panics and stays within the text, at or
// after the token's end when it finds an address.
func FuzzAddressEnd(f *testing.F) {
	for _, s := range []string{"a@b.cn", "www.x.org/y", "http://", "x.com.The", "a.b@", "ftp:/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sc := NewScanner(text)
		for start, end, ok := sc.NextWord(); ok; start, end, ok = sc.NextWord() {
			a := AddressEnd(text, start, end)
			if a != start && (a < end || a > len(text)) {
				t.Fatalf("%q: token %d:%d, address end %d", text, start, end, a)
			}
			_ = MayStartAddress(text, end)
		}
	})
}
