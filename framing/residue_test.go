package framing

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func TestResidueOf(t *testing.T) {
	type hit struct {
		kind  ResidueKind
		first string // text[Start:End] of the first occurrence
		count int
	}
	for _, tc := range []struct {
		name string
		text string
		want []hit
	}{
		// Markup.
		{"tags", `The mayor spoke. <div class="story">More</div> text`, []hit{{ResidueMarkup, `<div class="story">`, 2}}},
		{"comment", "Story ends.\n<!--\nsomething\n-->", []hit{{ResidueMarkup, "<!--", 1}}},
		{"empty tags", "One<br/>two<BR>three</P>", []hit{{ResidueMarkup, "<br/>", 3}}},
		{"doctype", "<!doctype html>", []hit{{ResidueMarkup, "<!doctype", 1}}},
		// Character references.
		{"entities", "a caf&#233; and&nbsp;a &amp; b &#x27;c&#X2019;", []hit{{ResidueEntity, "&#233;", 5}}},
		{"bare nbsp", "price&nbsp 5", []hit{{ResidueEntity, "&nbsp", 1}}},
		{"capital entity", "&Eacute;cole", []hit{{ResidueEntity, "&Eacute;", 1}}},
		// Script.
		{"pager script", "function turnpage(page){  document.all(\"div_x\").innerHTML = 1;}", []hit{{ResidueScript, "function turnpage(page){", 3}}},
		{"anonymous function", "x = function (a, b)\n{ return a }", []hit{{ResidueScript, "function (a, b)\n{", 1}}},
		{"declarations", "var total = 3; let a=b; const c = d == e", []hit{{ResidueScript, "var total =", 3}}},
		{"dom names", "el.getElementById('x'); window.location.href", []hit{{ResidueScript, "getElementById", 2}}},
		{"closing", "});", []hit{{ResidueScript, "});", 1}}},
		// Style.
		{"block", ".box { color: red; font-size: 12px; }", []hit{{ResidueStyle, "color: red;", 2}}},
		{"block without semicolon", "p {margin:0}", []hit{{ResidueStyle, "margin:0", 1}}},
		{"run", ".gmobile\n  width:100%;\n  padding-top:20px;\n  height:120px;\n", []hit{{ResidueStyle, "width:100%;", 3}}},
		{"at-rules", "@media screen and (max-width: 600px) a !important", []hit{{ResidueStyle, "@media", 2}}},
		// Templates.
		{"placeholders", "Hello {{ user.name }}! {% if x %} ${price} <%= y %>", []hit{{ResidueTemplate, "{{ user.name }}", 4}}},
		// Navigation.
		{"pager lines", "The end.\n\nPrevious Page\n1 2 3 Next Page\n  Page 2 of 5  \nPrevious\n1 2 Next\n", []hit{{ResidueNavigation, "Previous Page", 4}}},
		// Several kinds, in the order of the constants whatever their order in the text.
		{"several", "Next Page\n<p>x&amp;y</p>", []hit{{ResidueMarkup, "<p>", 2}, {ResidueEntity, "&amp;", 1}, {ResidueNavigation, "Next Page", 1}}},

		// Prose that resembles residue.
		{"comparisons", "Profits rose where x < y and a > b; <3 to all; he wrote <a few> words", nil},
		{"ampersands", "AT&T; R&D; Marks & Spencer; A&Es & more &c.", nil},
		{"function in prose", "It no longer fulfills its function (20.07.22 17:10). The function of government {sic}", nil},
		{"var in prose", "Det var en gång. Let x be 3; the score was 2 = 2. A const reminder.", nil},
		{"one declaration", "The margin: 52% to 48%; the position: firm; the width: large.", nil},
		{"capitalized", "Color: blue; Width: 3;", nil},
		{"braces", "He {sic} paid $5 {approx}; ${5} {{ never closed", nil},
		{"navigation in prose", "Next page of history\nThe first page\nPage 3\nsee page 2 of the report\nNext\nFirst 3\n2 3", nil},
		{"percent", "rates <5% and >10%", nil},
		{"empty", "", nil},
		{"punctuation", "—…!?;:{}<>&", nil},
		{"non-Latin", "Москва заявила: «нет». 北京 <在> 这里", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := ResidueOf(tc.text)
			var got []hit
			for _, h := range r.Hits {
				if h.Start < 0 || h.End > len(tc.text) || h.Start >= h.End || h.Count < 1 {
					t.Fatalf("bad hit %+v", h)
				}
				got = append(got, hit{h.Kind, tc.text[h.Start:h.End], h.Count})
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
			if r.Found() != (len(tc.want) > 0) {
				t.Errorf("Found() = %v", r.Found())
			}
			for _, w := range tc.want {
				if !r.Has(w.kind) {
					t.Errorf("Has(%s) = false", w.kind)
				}
			}
		})
	}
}

func TestResidueCounter(t *testing.T) {
	docs := []corpus.Document{
		{ID: "c", Outlet: "Daily", Text: "Story.\nPrevious Page\n<!--\nfunction go(p){ x.innerHTML = p; }\n-->"},
		{ID: "a", Outlet: "Daily", Text: "Clean text about the council."},
		{ID: "e", Outlet: "Wire", Text: "caf&#233; society"},
		{ID: "b", Outlet: "Daily", Text: "Next Page"},
		{ID: "d", Outlet: "Daily", Text: "1 2 Next Page\n\nPrevious Page"},
	}
	want := ResidueSummary{
		Documents: 5, Flagged: 4,
		Kinds: []ResidueCount{
			{Kind: ResidueMarkup, Documents: 1, Occurrences: 1, Examples: []string{"c"}},
			{Kind: ResidueEntity, Documents: 1, Occurrences: 1, Examples: []string{"e"}},
			{Kind: ResidueScript, Documents: 1, Occurrences: 2, Examples: []string{"c"}}, // function and innerHTML
			{Kind: ResidueNavigation, Documents: 3, Occurrences: 4, Examples: []string{"b", "c"}},
		},
		Outlets: map[string]int{"Daily": 3, "Wire": 1},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		c := ResidueCounter{Examples: 2}
		for _, d := range docs {
			c.Add(d)
		}
		if got := c.Summary(); !reflect.DeepEqual(got, want) {
			t.Fatalf("got %+v\nwant %+v", got, want)
		}
	}
	// The zero value names up to 5, and an empty corpus has empty lists, not nulls.
	var c ResidueCounter
	b, err := json.Marshal(c.Summary())
	if err != nil || string(b) != `{"documents":0,"flagged":0,"kinds":[],"outlets":{}}` {
		t.Errorf("empty summary %s (%v)", b, err)
	}
	for _, d := range docs {
		c.Add(d)
	}
	if s := c.Summary(); len(s.Kinds[3].Examples) != 3 {
		t.Errorf("examples %v, want 3 (b, c, d)", s.Kinds[3].Examples)
	}
	c.Examples = -1
	c.Add(corpus.Document{ID: "f", Text: "<p>"})
	if s := c.Summary(); s.Kinds[0].Documents != 2 || len(s.Kinds[0].Examples) != 1 {
		t.Errorf("Examples -1 adds no example: %+v", s.Kinds[0])
	}
}

func FuzzResidueOf(f *testing.F) {
	for _, s := range []string{
		`<div class="x">a</div>`, "&#233;&nbsp", "function f(a){", "var x = 1", "p {margin:0}",
		"a: b; c: d;", "{{ x }}", "${a}", "Previous Page\n1 2 Next Page", "<!--", "<a\n", "&#x;", "});",
		strings.Repeat("<", 50), "color:", "width: 1;\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r := ResidueOf(text)
		prev := -1
		for _, h := range r.Hits {
			k := -1
			for i, kind := range residueKinds {
				if kind == h.Kind {
					k = i
				}
			}
			if k <= prev || h.Start < 0 || h.Start >= h.End || h.End > len(text) || h.Count < 1 {
				t.Fatalf("bad hit %+v in %q", h, text)
			}
			prev = k
		}
		clean, rs := StripResidue(text)
		if len(clean) != len(text) || !reflect.DeepEqual(rs, r) || strings.Count(clean, "\n") != strings.Count(text, "\n") {
			t.Fatalf("StripResidue(%q) = %q, %+v; ResidueOf %+v", text, clean, rs, r)
		}
	})
}

// TestStripResidue: what is blanked, and what stays.
func TestStripResidue(t *testing.T) {
	long := strings.Repeat("Talks went on. ", 80) // a line of prose over 1,000 bytes
	for _, tc := range []struct{ in, want string }{
		{"No residue here.", "No residue here."},
		{"A <a href=\"x\">link</a> and &amp; more.", "A link and more."},
		{"Before.\nvar page = 2;\nAfter.", "Before. After."},
		{"Before.\n.box { color: red; margin: 0 }\nAfter.", "Before. After."},
		{"Hello {{ name }} there.\nAfter.", "After."},
		{long + "x.innerHTML = y; " + long, strings.TrimSpace(long) + " x. = y; " + strings.TrimSpace(long)},
		{"Page 2 of 9\nStory.", "Story."},
		{"Hackers used javascript: links to steal data.", "Hackers used links to steal data."},
	} {
		got, _ := StripResidue(tc.in)
		if len(got) != len(tc.in) {
			t.Errorf("%q: length %d, want %d", tc.in, len(got), len(tc.in))
		}
		if f := strings.Join(strings.Fields(got), " "); f != tc.want {
			t.Errorf("StripResidue(%q) reads %q, want %q", tc.in, f, tc.want)
		}
	}
}

// TestResidueRealCorpora measures residue on China Daily/NYT and RUWA: China Daily's
// scraped pages carry a pager script (every document with "innerHTML" must be flagged), the
// NYT's texts and RUWA's headlines carry none (no document may be flagged).
//
//	go test ./framing -run TestResidueRealCorpora -v
func TestResidueRealCorpora(t *testing.T) {
	for name, docs := range realCorpora(t) {
		var c ResidueCounter
		for _, d := range docs {
			r := c.Add(d)
			if strings.Contains(d.Text, "innerHTML") && !r.Has(ResidueScript) {
				t.Errorf("%s: %q has innerHTML, not flagged as script", name, d.ID)
			}
			if r.Found() && (d.Outlet == "The New York Times" || strings.HasPrefix(name, "ruwa")) {
				t.Errorf("%s: %q (%s) flagged: %+v", name, d.ID, d.Outlet, r.Hits)
			}
		}
		s := c.Summary()
		t.Logf("%s: %d of %d documents flagged, by outlet %v", name, s.Flagged, s.Documents, s.Outlets)
		for _, k := range s.Kinds {
			t.Logf("  %-10s %d documents, %d occurrences", k.Kind, k.Documents, k.Occurrences)
		}
	}
}
