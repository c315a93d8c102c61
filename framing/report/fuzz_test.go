package report

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// dataOpen opens the script element that carries a page's data.
const dataOpen = `<script type="application/json" id="data">`

// splitPage returns the data block of a report page (up to the first "</script", in any
// case, after it opens: where an HTML parser ends it) and the page around it.
func splitPage(t *testing.T, page string) (data, shell string) {
	t.Helper()
	if n := strings.Count(page, dataOpen); n != 1 {
		t.Fatalf("%d data blocks", n)
	}
	i := strings.Index(page, dataOpen) + len(dataOpen)
	j := strings.Index(strings.ToLower(page[i:]), "</script")
	if j < 0 {
		t.Fatal("the data block never closes")
	}
	return page[i : i+j], page[:i] + page[i+j:]
}

// FuzzReportHTML builds a report whose term, lexicon, side and outlet names, document ID,
// title and text are fuzzed strings, and checks its page: the data block is the report's
// JSON, valid, round-tripping (strings that are UTF-8 come back as they went in), with no
// character that could end its script element or open a comment; and every byte around it
// is the page's own, the same for any report: user text is nowhere else.
func FuzzReportHTML(f *testing.F) {
	for _, s := range [][3]string{
		{"constructor", "state\u202e", "The ministry said so."},
		{"__proto__", "</script><script>alert(1)</script>", hostile},
		{"toString", "\x1b[31mred\x07", "\xff\xfe bad UTF-8 ministry"},
		{"", "", ""},
		{"<!--", "<script", "\u2028\u2029 <!-- --> ]]>"},
		{"hasOwnProperty", "\u05d7\u05d3\u05e9\u05d5\u05ea", "\u202e3.77 \u2066x\u2069"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	a, b := sampleSides(f)
	a = a[:len(a)-1] // without the hostile document: the fuzzer brings its own
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	var empty bytes.Buffer
	if err := (&Report{}).WriteHTML(&empty); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, term, outlet, text string) {
		docs := append(slices.Clone(a), corpus.Document{ID: outlet + "-1", Event: "minister-visit", Outlet: outlet, Language: "english",
			Text: text + " The ministry said."})
		lex, err := framing.ParseLexicon(strings.NewReader("[said]\nsaid\n"), term)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Build(an, docs, b, outlet, term, nil, &Options{Title: text, Top: 40, KWICTerms: 10, Lexicons: []*framing.Lexicon{lex}})
		if err != nil {
			t.Fatal(err)
		}
		// The first term renamed to the fuzzed one, in every table that carries it.
		old := r.Terms[0].Term
		r.Terms[0].Term, r.Terms[0].Word = term, term
		lines := r.KWIC[old]
		delete(r.KWIC, old)
		r.KWIC[term] = lines
		var page bytes.Buffer
		if err := r.WriteHTML(&page); err != nil {
			t.Fatal(err)
		}
		data, shell := splitPage(t, page.String())
		want, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if data != string(want) {
			t.Fatalf("the data block is not the report's JSON:\n%.300s\n%.300s", data, want)
		}
		if i := strings.IndexAny(data, "<>&\u2028\u2029"); i >= 0 {
			t.Fatalf("the data carries %q", data[i:min(len(data), i+8)])
		}
		var back Report
		if err := json.Unmarshal([]byte(data), &back); err != nil {
			t.Fatalf("the data is not JSON: %v", err)
		}
		again, err := json.Marshal(&back)
		if err != nil {
			t.Fatal(err)
		}
		valid := utf8.ValidString(term) && utf8.ValidString(outlet) && utf8.ValidString(text)
		if valid && !bytes.Equal(again, want) {
			t.Fatal("the data does not round-trip")
		}
		// Bytes that are not UTF-8 come back as U+FFFD, once and for all.
		var twice Report
		if err := json.Unmarshal(again, &twice); err != nil {
			t.Fatal(err)
		}
		if thrice, err := json.Marshal(&twice); err != nil || !bytes.Equal(thrice, again) {
			t.Fatalf("the data does not round-trip: %v", err)
		}
		if utf8.ValidString(term) && (back.Terms[0].Term != term || len(back.KWIC[term]) != len(lines)) {
			t.Errorf("term %q came back as %q with %d lines, want %d", term, back.Terms[0].Term, len(back.KWIC[term]), len(lines))
		}
		if utf8.ValidString(outlet) && back.SideA != outlet || utf8.ValidString(text) && text != "" && back.Title != text {
			t.Errorf("side %q and title %q came back as %q and %q", outlet, text, back.SideA, back.Title)
		}
		if _, want := splitPage(t, empty.String()); shell != want {
			t.Errorf("the page around the data depends on the report: user text outside the data block")
		}
	})
}
