package framing

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// addressText holds invented addresses of each kind: "www." with a path, an e-mail
// address, a scheme, a bare host name; and a sentence run into the next without a space
// ("actions.The"), which is none.
const addressText = "Reform of the courts www.example.org/news and policy. Write to jane.doe@example.com.cn or see https://example.net/a.html. ExampleNews.com reported their actions.The end"

// addressWords are the tokens of addressText's addresses, listed by hand.
var addressWords = []string{"www", "example", "org", "news", "jane", "doe", "example", "com", "cn", "https", "example", "net", "a", "html", "ExampleNews", "com"}

func TestAddressesDropped(t *testing.T) {
	for _, tc := range []struct {
		name string
		an   Analyzer
	}{
		{"unigrams", Analyzer{}},
		{"bigrams", Analyzer{NGrams: 2}},
		{"phrases", Analyzer{Phrases: []string{"their actions"}}},
		{"own voice", Analyzer{Voices: OwnVoice}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := tc.an
			p, err := an.ProfileTexts(addressText)
			if err != nil {
				t.Fatal(err)
			}
			for _, term := range []string{"www", "exampl", "org", "com", "cn", "http", "html", "examplenew", "jane", "doe"} {
				if p.Count(term) != 0 {
					t.Errorf("term %q counted %d times", term, p.Count(term))
				}
			}
			if got := p.Dropped().Address; got != len(addressWords) {
				t.Errorf("Dropped.Address = %d, want %d", got, len(addressWords))
			}
			for _, term := range []string{"reform", "court", "polici", "report", "action"} {
				if p.Count(term) == 0 && !(tc.name == "phrases" && term == "action") {
					t.Errorf("term %q not counted", term)
				}
			}
			an.KeepAddresses = true
			k, err := an.ProfileTexts(addressText)
			if err != nil {
				t.Fatal(err)
			}
			if k.Dropped().Address != 0 || k.Count("com") != 2 || k.Count("www") != 1 {
				t.Errorf("KeepAddresses: Dropped.Address = %d, com %d, www %d; want 0, 2, 1", k.Dropped().Address, k.Count("com"), k.Count("www"))
			}
			// Every token is counted or dropped for one reason, with or without the option.
			sum := func(p *Profile) int {
				d := p.Dropped()
				return p.Total(1) + d.Stop + d.Number + d.Boilerplate + d.Voice + d.Address
			}
			if tc.an.Phrases == nil && sum(p) != sum(k) {
				t.Errorf("tokens: %d without KeepAddresses, %d with", sum(p), sum(k))
			}
		})
	}
}

func TestAddressTokens(t *testing.T) {
	var an Analyzer
	toks, err := an.Tokens(addressText)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tk := range toks {
		if tk.Dropped == "address" {
			got = append(got, tk.Surface(addressText))
		}
	}
	if !slices.Equal(got, addressWords) {
		t.Errorf("address tokens %q, want %q", got, addressWords)
	}
}

// TestAddressBreaksNGrams: "courts" and "policy" stand on each side of an address (the
// "and" between is a stop word, which n-grams skip), so no bigram joins them; with the
// address kept, its words join their neighbors.
func TestAddressBreaksNGrams(t *testing.T) {
	text := "Reform the courts www.example.org policy changes."
	an := Analyzer{NGrams: 2}
	p, err := an.ProfileTexts(text)
	if err != nil {
		t.Fatal(err)
	}
	if p.Count("court polici") != 0 || p.Count("reform court") != 1 || p.Count("polici chang") != 1 {
		t.Errorf("bigrams: court polici %d, reform court %d, polici chang %d; want 0, 1, 1", p.Count("court polici"), p.Count("reform court"), p.Count("polici chang"))
	}
	an.KeepAddresses = true
	k, err := an.ProfileTexts(text)
	if err != nil {
		t.Fatal(err)
	}
	if k.Count("court www") != 1 {
		t.Errorf("KeepAddresses: bigram court www %d, want 1", k.Count("court www"))
	}
}

func TestAddressDroppedMergeAndCheck(t *testing.T) {
	var an Analyzer
	a, err := an.ProfileTexts("Write to jdoe@example.com today")
	if err != nil {
		t.Fatal(err)
	}
	b, err := an.ProfileTexts("Read www.example.org today")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Merge(a, b)
	if err != nil {
		t.Fatal(err)
	}
	// By hand: jdoe, example, com; www, example, org.
	if a.Dropped().Address != 3 || b.Dropped().Address != 3 || m.Dropped().Address != 6 {
		t.Errorf("Dropped.Address %d + %d = %d, want 3 + 3 = 6", a.Dropped().Address, b.Dropped().Address, m.Dropped().Address)
	}
	keep := Analyzer{KeepAddresses: true}
	c, err := keep.ProfileTexts("Read www.example.org today")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Merge(a, c); !errors.Is(err, ErrMismatch) {
		t.Errorf("Merge with KeepAddresses and without: %v, want ErrMismatch", err)
	}
	spec := a.spec()
	spec.Dropped.Address = -1
	if _, err := NewProfile(spec); !errors.Is(err, ErrCounts) {
		t.Errorf("NewProfile with Dropped.Address -1: %v, want ErrCounts", err)
	}
}

func TestAddressLexicon(t *testing.T) {
	lex, err := ParseLexicon(strings.NewReader("[web]\ncom\norg\n[law]\ncourt*\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	var an Analyzer
	p, err := an.LexiconProfile([]corpus.Document{{ID: "1", Event: "e", Outlet: "o", Text: addressText}}, lex)
	if err != nil {
		t.Fatal(err)
	}
	if p.Count("web") != 0 || p.Count("law") != 1 || p.Dropped().Address != len(addressWords) {
		t.Errorf("web %d, law %d, Dropped.Address %d; want 0, 1, %d", p.Count("web"), p.Count("law"), p.Dropped().Address, len(addressWords))
	}
}

// TestAddressOldProfileJSON: a profile written before Dropped.Address counted the words of
// addresses, so it reads as KeepAddresses and does not merge with a profile that drops them.
func TestAddressOldProfileJSON(t *testing.T) {
	old := `{"analyzer":{"language":"english"},"documents":1,"totals":[2],"dropped":{"stop":1,"number":0,"boilerplate":0,"voice":0},"terms":[{"term":"com","n":1,"count":1,"df":1,"forms":[{"text":"com","count":1}]},{"term":"exampl","n":1,"count":1,"df":1,"forms":[{"text":"example","count":1}]}]}`
	var p Profile
	if err := p.UnmarshalJSON([]byte(old)); err != nil {
		t.Fatal(err)
	}
	if !p.Analyzer().KeepAddresses {
		t.Error("a profile without dropped.address read without KeepAddresses")
	}
	var an Analyzer
	cur, err := an.ProfileTexts("See www.example.com now")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Merge(cur, &p); !errors.Is(err, ErrMismatch) {
		t.Errorf("Merge of a current and an old profile: %v, want ErrMismatch", err)
	}
	b, err := cur.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var back Profile
	if err := back.UnmarshalJSON(b); err != nil {
		t.Fatal(err)
	}
	if back.Analyzer().KeepAddresses || back.Dropped().Address != 3 {
		t.Errorf("round trip: KeepAddresses %v, Dropped.Address %d; want false, 3", back.Analyzer().KeepAddresses, back.Dropped().Address)
	}
	if _, err := Merge(cur, &back); err != nil {
		t.Errorf("Merge after a round trip: %v", err)
	}
}
