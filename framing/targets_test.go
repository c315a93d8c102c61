package framing

import (
	"errors"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func docs(texts ...string) []corpus.Document {
	var out []corpus.Document
	for i, t := range texts {
		out = append(out, corpus.Document{ID: string(rune('a' + i)), Event: "e", Outlet: "o", Text: t})
	}
	return out
}

func TestCollocates(t *testing.T) {
	an := Analyzer{NoStem: true, Protected: []string{"the West"}}
	d := docs("Critics say the West imposed sanctions. Nothing else here mentions anything.",
		"Reckless actions by the West, observers said.")
	p, err := an.Collocates(d, "the_west", 2)
	if err != nil {
		t.Fatal(err)
	}
	// Kept words by sentence: [critics say the_west imposed sanctions] [nothing else mentions
	// anything] / [reckless actions the_west observers said]. Within 2 kept words of
	// the_west: critics, say, imposed, sanctions; reckless, actions, observers, said.
	want := map[string]int{"critics": 1, "say": 1, "imposed": 1, "sanctions": 1, "reckless": 1, "actions": 1, "observers": 1, "said": 1}
	if p.Total(1) != 8 || len(p.Terms()) != len(want) {
		t.Fatalf("collocates %+v", p.Terms())
	}
	for term, n := range want {
		if p.Count(term) != n {
			t.Errorf("%s: %d, want %d", term, p.Count(term), n)
		}
	}
}

func TestContrastTarget(t *testing.T) {
	an := Analyzer{NoStem: true}
	a := docs("Kasan is a partner. Kasan is a friend and a partner. Kasan is a partner again.")
	b := docs("Kasan is an aggressor. Kasan is an aggressor again. Kasan is a threat.")
	tc, err := an.ContrastTarget(a, b, "kasan", 3, 3, nil)
	if err != nil {
		t.Fatal(err)
	}
	if tc.CountA != 3 || tc.CountB != 3 || len(tc.TopA) == 0 || tc.TopA[0].Term != "partner" || tc.TopB[0].Term != "aggressor" {
		t.Errorf("contrast %+v", tc)
	}
	if _, err := an.ContrastTarget(a, b, "absent", 3, 3, nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("absent target: %v", err)
	}
}

func TestSuggestTargets(t *testing.T) {
	an := Analyzer{}
	a := docs("Officials in Kasan met envoys from Solora. Talks in Kasan went well. The visit to Solora ended.")
	b := docs("Reporters in Kasan saw troops. Critics in Kasan and Solora protested. Then Solora replied.")
	s, err := an.SuggestTargets(a, b, 2, 5)
	if err != nil {
		t.Fatal(err)
	}
	// Kasan: 2 and 2; Solora: 2 and 2 (all capitalized inside sentences); "Talks",
	// "Reporters", "Critics", "Officials", "Then" only open sentences or occur once.
	if len(s) != 2 || s[0].Term != "kasan" || s[1].Term != "solora" || s[0].Word != "Kasan" {
		t.Errorf("suggestions %+v", s)
	}
}

func TestCollocateConcordance(t *testing.T) {
	an := Analyzer{NoStem: true}
	d := docs("Kasan is a partner. A partner elsewhere. Kasan, a partner and a partner.")
	lines, err := an.CollocateConcordance(d, "kasan", "partner", 2, 10)
	if err != nil {
		t.Fatal(err)
	}
	// Kept words: [kasan partner] [partner elsewhere] [kasan partner partner]: three
	// occurrences of "partner" lie within 2 words of "kasan" in the same sentence.
	p, _ := an.Collocates(d, "kasan", 2)
	if len(lines) != 3 || p.Count("partner") != 3 {
		t.Errorf("%d lines, %d counted", len(lines), p.Count("partner"))
	}
}

func TestCategoryConcordance(t *testing.T) {
	an := Analyzer{}
	d := docs("The so-called report was hype. Officials said it was baseless.")
	lines, err := an.CategoryConcordance(d, FramesLexicon(), "delegitimizing", 15)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := an.LexiconProfile(d, FramesLexicon())
	if len(lines) != 3 || p.Count("delegitimizing") != 3 || lines[0].Match != "so-called" || lines[2].Match != "baseless" {
		t.Errorf("lines %+v", lines)
	}
	if _, err := an.CategoryConcordance(d, FramesLexicon(), "nope", 15); !errors.Is(err, ErrOption) {
		t.Errorf("unknown category: %v", err)
	}
}
