package framing

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
)

// TestContextWidth: every public function that takes the runes of context of its evidence
// lines refuses a negative width (and a negative max where it takes one) with ErrOption,
// takes 0 for 40, and cuts the context at a positive width. Before, a negative width was
// silently 40.
func TestContextWidth(t *testing.T) {
	// A made-up text, long enough on both sides of each match for 40 runes of context.
	text := strings.Repeat("the quiet valley road ran past old stone walls and orchards ", 2) +
		`the river "flooded" the lower fields near the mill ` +
		strings.Repeat("while the farmers watched from the ridge above the village ", 2)
	docs := []corpus.Document{{ID: "d1", Event: "e", Outlet: "o", Language: "english", Text: text}}
	lex, err := ParseLexicon(strings.NewReader("[water]\nriver\nflood*\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	an := Analyzer{NoStem: true, Phrases: []string{"lower fields"}}
	phrase := Phrase{Term: "lower_fields", Words: []string{"lower", "fields"}}
	// Each call returns its evidence lines for width and max (max only where it takes one).
	calls := map[string]func(width, max int) ([]Line, error){
		"Concordance": func(width, _ int) ([]Line, error) { return an.Concordance(docs, "river", width) },
		"Concordances": func(width, max int) ([]Line, error) {
			m, err := an.Concordances(docs, []string{"river"}, width, max)
			return m["river"], err
		},
		"CategoryConcordance": func(width, _ int) ([]Line, error) { return an.CategoryConcordance(docs, lex, "water", width) },
		"LexiconEvidence": func(width, max int) ([]Line, error) {
			_, m, err := an.LexiconEvidence(docs, lex, width, max)
			return m["water"], err
		},
		"PhraseConcordances": func(width, max int) ([]Line, error) {
			m, err := an.PhraseConcordances(docs, []Phrase{phrase}, width, max)
			return m["lower_fields"], err
		},
		"CollocateConcordance": func(width, _ int) ([]Line, error) {
			return an.CollocateConcordance(docs, "river", "mill", 5, width)
		},
		"QuotedTerms": func(width, _ int) ([]Line, error) {
			qs, err := an.QuotedTerms(docs, VoiceScare, width)
			if len(qs) == 0 {
				return nil, err
			}
			return qs[0].Evidence, err
		},
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			for _, bad := range [][2]int{{-1, 0}, {-40, 0}, {0, -1}} {
				if bad[1] < 0 && name != "Concordances" && name != "LexiconEvidence" && name != "PhraseConcordances" {
					continue
				}
				lines, err := call(bad[0], bad[1])
				if !errors.Is(err, ErrOption) || lines != nil {
					t.Errorf("width %d, max %d: %d lines, error %v; want ErrOption", bad[0], bad[1], len(lines), err)
				}
			}
			def, err := call(0, 0)
			if err != nil || len(def) == 0 {
				t.Fatalf("width 0: %d lines, %v", len(def), err)
			}
			forty, err := call(40, 0)
			if err != nil || !reflect.DeepEqual(def, forty) {
				t.Errorf("width 0 gives %v, width 40 %v (%v)", def, forty, err)
			}
			// The text has more than 40 runes on each side of every match.
			if n := utf8.RuneCountInString(def[0].Left); n != 40 {
				t.Errorf("width 0: %d runes of left context %q, want 40", n, def[0].Left)
			}
			short, err := call(5, 0)
			if err != nil || len(short) == 0 || utf8.RuneCountInString(short[0].Left) != 5 || utf8.RuneCountInString(short[0].Right) != 5 {
				t.Errorf("width 5: %v, %v", short, err)
			}
		})
	}
}
