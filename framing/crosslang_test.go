package framing

import (
	"errors"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// crossLangTexts are one invented statement written in each language, with the same
// framing: four conflict words, three of cooperation, two delegitimizing ones.
var crossLangTexts = map[string]string{
	"english": "The ministry accused the rebels of a provocation and threatened sanctions. Officials praised the partnership and mutual trust. The so-called report was propaganda.",
	"spanish": "El ministerio acusó a los rebeldes de una provocación y amenazó con sanciones. Los funcionarios elogiaron la asociación y la confianza mutua. El supuesto informe era propaganda.",
	"russian": "Министерство обвинило мятежников в провокации и пригрозило санкциями. Чиновники похвалили партнерство и взаимное доверие. Так называемый доклад был пропагандой.",
	"french":  "Le ministère a accusé les rebelles d'une provocation et a menacé de sanctions. Les dirigeants ont salué le partenariat et la confiance mutuelle. Le prétendu rapport était de la propagande.",
}

func TestFramesLexiconAcrossLanguages(t *testing.T) {
	an := Analyzer{}
	lex := FramesLexicon()
	profiles := map[string]*Profile{}
	for lang, text := range crossLangTexts {
		p, err := an.LexiconProfile([]corpus.Document{{ID: lang, Event: "e", Outlet: "o", Language: lang, Text: text}}, lex)
		if err != nil {
			t.Fatal(err)
		}
		for cat, want := range map[string]int{"conflict": 4, "cooperation": 3, "delegitimizing": 2} {
			if got := p.Count(cat); got != want {
				lines, _ := an.CategoryConcordance([]corpus.Document{{ID: lang, Event: "e", Outlet: "o", Language: lang, Text: text}}, lex, cat, 20)
				var ms []string
				for _, l := range lines {
					ms = append(ms, l.Match)
				}
				t.Errorf("%s %s: %d matches %q, want %d", lang, cat, got, ms, want)
			}
		}
		profiles[lang] = p
	}
	// Category profiles in two languages compare; their rows are the categories, and the
	// lines behind a Russian category are Russian words.
	rows, err := Keyness(profiles["russian"], profiles["english"], &KeynessOptions{Measure: MeasureLogLikelihood})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Term == "conflict" && (r.CountA != 4 || r.CountB != 4 || r.Word != "conflict") {
			t.Errorf("conflict row %+v", r)
		}
	}
	ru := []corpus.Document{{ID: "ru", Event: "e", Outlet: "o", Language: "russian", Text: crossLangTexts["russian"]}}
	lines, err := an.CategoryConcordance(ru, lex, "delegitimizing", 20)
	if err != nil || len(lines) != 2 || lines[0].Match != "Так называемый" {
		t.Errorf("Russian lines %+v, %v", lines, err)
	}
	// Word profiles in two languages still do not compare, nor merge.
	if _, err := Merge(profiles["russian"], profiles["english"]); !errors.Is(err, ErrMismatch) {
		t.Errorf("merging languages: %v", err)
	}
}

func TestLexiconLanguageBlocks(t *testing.T) {
	es := []corpus.Document{{ID: "es", Event: "e", Outlet: "o", Language: "spanish", Text: "Era pura propaganda."}}
	for _, c := range []struct {
		src  string
		want int
	}{
		{"@english\n[x]\npropaganda\n", 0},
		{"@english\n[x]\npropaganda\n@all\n[x]\npura\n", 1},
		{"[x]\npropaganda\n", 1}, // no language: every language
		{"@es\n[x]\npropaganda\n", 1},
	} {
		lex, err := ParseLexicon(strings.NewReader(c.src), "t")
		if err != nil {
			t.Fatal(err)
		}
		p, err := (&Analyzer{}).LexiconProfile(es, lex)
		if err != nil {
			t.Fatal(err)
		}
		if p.Count("x") != c.want {
			t.Errorf("%q: %d matches, want %d", c.src, p.Count("x"), c.want)
		}
	}
	for _, bad := range []string{"@klingon\n[x]\na\n", "@\n[x]\na\n", "@english french\n[x]\na\n"} {
		if _, err := ParseLexicon(strings.NewReader(bad), "t"); !errors.Is(err, ErrOption) {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

func TestLabelTable(t *testing.T) {
	table := "label,language,expression\n" +
		"special military operation,english,special military operation\n" +
		"special military operation,ru,специальн* военн* операци*\n" +
		"invasion,english,invasion\n" +
		"invasion,russian,вторжени*\n"
	lex, err := ParseLabelTable(strings.NewReader(table), "contested")
	if err != nil {
		t.Fatal(err)
	}
	an := Analyzer{}
	ru := []corpus.Document{{ID: "ru", Event: "e", Outlet: "TASS", Language: "russian",
		Text: "Специальная военная операция продолжается. Об итогах специальной военной операции доложили."}}
	en := []corpus.Document{{ID: "en", Event: "e", Outlet: "Wire", Language: "english",
		Text: "The invasion went on. Moscow calls the invasion a special military operation."}}
	pr, err := an.LexiconProfile(ru, lex)
	if err != nil {
		t.Fatal(err)
	}
	pe, err := an.LexiconProfile(en, lex)
	if err != nil {
		t.Fatal(err)
	}
	if pr.Count("special military operation") != 2 || pr.Count("invasion") != 0 || pe.Count("invasion") != 2 || pe.Count("special military operation") != 1 {
		t.Errorf("ru %d/%d, en %d/%d", pr.Count("special military operation"), pr.Count("invasion"), pe.Count("special military operation"), pe.Count("invasion"))
	}
	rows, err := Keyness(pr, pe, &KeynessOptions{Measure: MeasureLogRatio})
	if err != nil || len(rows) != 2 {
		t.Fatalf("rows %+v, %v", rows, err)
	}
	for _, bad := range []string{
		"label,lang,expression\nx,english,a\n",
		"label,language,expression\nx,klingon,a\n",
		"label,language,expression\nx,,a\n",
		"label,language,expression\n,english,a\n",
		"label,language,expression\n",
		"label,language,expression\nx,english\n",
	} {
		if _, err := ParseLabelTable(strings.NewReader(bad), "t"); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestEvaluativeLexiconAcrossLanguages(t *testing.T) {
	// One invented sentence per language: two pejorative words and an assertive verb.
	texts := map[string]string{
		"english": "The regime's henchmen claimed a victory.",
		"spanish": "Los mercenarios del régimen alegaron una victoria.",
		"russian": "Наемники киевского режима утверждают, что победили.",
		"french":  "Les mercenaires du régime de Kiev prétendent avoir gagné.",
	}
	an := Analyzer{}
	lex := EvaluativeLexicon()
	for lang, text := range texts {
		p, err := an.LexiconProfile([]corpus.Document{{ID: lang, Event: "e", Outlet: "o", Language: lang, Text: text}}, lex)
		if err != nil {
			t.Fatal(err)
		}
		if p.Count("pejorative") != 2 || p.Count("assertive") != 1 {
			t.Errorf("%s: pejorative %d, assertive %d; want 2 and 1", lang, p.Count("pejorative"), p.Count("assertive"))
		}
	}
}
