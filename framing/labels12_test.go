package framing

import (
	"maps"
	"slices"
	"testing"

	"github.com/framediff/framediff/framing/voices"
)

// The labels linked to a definite description of a referent, as to a mention by name
// (labels12.go), on invented sentences: each case fails with the rule off.
func TestLabelsOfDescriptions(t *testing.T) {
	for _, c := range []struct {
		name, referent string
		texts          []string
		want           map[string]int
	}{
		{"predicate", "Progress Council", []string{"The Progress Council met on Monday. A farmer said the organization was a target of the prank."},
			map[string]int{"organization": 1, "target": 1}},
		{"predicate at the clause's start", "Progress Council", []string{"The Progress Council met on Monday. The council is a sponsor of the fair."},
			map[string]int{"council": 1, "sponsor": 1}},
		{"possessive", "Progress Council", []string{"The Progress Council met on Monday. Later the council's lawyers left."},
			map[string]int{"council": 1, "lawyers": 1}},
		{"apposition", "Progress Council", []string{"The Progress Council met on Monday. Farmers met the council, a sponsor of the fair, on Friday."},
			map[string]int{"council": 1, "sponsor": 1}},
		{"not a negated predicate", "Progress Council", []string{"The Progress Council met on Monday. The council is not a sponsor of the fair."},
			map[string]int{"council": 1}},
		{"not after a preposition", "Progress Council", []string{"The Progress Council met on Monday. A letter to the council is a sign of hope."},
			map[string]int{"council": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, c.referent, c.texts...); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// Those who work for a body, before "for" and its name, are references to it, as before
// "of": "lawyers for the Progress Council"; not others ("troops for Soloria" are no
// state's own), nor a place's.
func TestLabelsMembersFor(t *testing.T) {
	for _, c := range []struct {
		name, referent string
		texts          []string
		want           map[string]int
	}{
		{"lawyers", "Progress Council", []string{"The Progress Council voted. Later lawyers for the Progress Council left."},
			map[string]int{"lawyers": 1}},
		{"not troops", "Soloria", []string{"Soloria voted. Soloria sent aid. Solorian officials met. Later troops for Soloria left."},
			map[string]int{"officials": 1}},
		{"not a place's", "Port Elara", []string{"Port Elara voted. Later lawyers for Port Elara left."},
			map[string]int{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, c.referent, c.texts...); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// A description of a person whose head the document never gave anyone goes to the person
// whose titles hold its capitalized modifier across the documents, when named in its
// sentence or the one before: "the former Lumen chief" after "Marek", who is "former Lumen
// director Ivo Marek" in two other documents.
func TestLabelsHeldModifier(t *testing.T) {
	others := []string{"On Monday the former Lumen Director Ivo Marek spoke.", "On Friday former Lumen Director Ivo Marek left."}
	for _, c := range []struct {
		name, text string
		want       map[string]int
	}{
		{"held", "Marek met the press. Later the former Lumen chief said the plan failed.", map[string]int{"chief": 1}},
		{"named too long before", "Marek met the press. The sun rose. The rain fell. Later the former Lumen chief said the plan failed.", map[string]int{}},
		{"no modifier", "Marek met the press. Later the former chief said the plan failed.", map[string]int{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := labelCounts(t, "Ivo Marek", append(slices.Clone(others), c.text)...)
			delete(got, "director")
			if !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
	// An adjective of nationality is no one's own: many share it.
	nationality := []string{"On Monday the Russian director Ivo Marek spoke.", "On Friday the Russian director Ivo Marek left.", "Director Ivo Marek smiled."}
	for _, c := range []struct {
		name, text string
		want       map[string]int
	}{
		{"not a nationality", "Marek met the press. Later the Russian banker said the plan failed.", map[string]int{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := labelCounts(t, "Ivo Marek", append(slices.Clone(nationality), c.text)...)
			delete(got, "director")
			if !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// A definite description whose head no name in its document was given goes to the
// referent named in its sentence or the one before that holds the head across the
// documents (given it in appositions, predicate nominals or descriptions before its name,
// at least twice and twice as often as any other referent).
func TestLabelsHeldAcrossDocuments(t *testing.T) {
	others := []string{"President Ri Sol Han, the Solorian dictator, spoke on Monday.", "Critics met President Ri Sol Han, a dictator, on Friday."}
	for _, c := range []struct {
		name, text string
		want       map[string]int
	}{
		{"held", "Ri spoke on Monday. The dictator left early.", map[string]int{"dictator": 3}},
		{"named too long before", "Ri spoke on Monday. The sun rose. The rain fell. The dictator left early.", map[string]int{"dictator": 2}},
		{"a head not held", "Ri spoke on Monday. The general left early.", map[string]int{"dictator": 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Ri Sol Han", append(slices.Clone(others), c.text)...); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// strictPersonNoun leaves out the nouns for things that end as nouns for persons do.
func TestStrictPersonNoun(t *testing.T) {
	for w, want := range map[string]bool{"government": false, "continent": false, "statement": false, "president": true,
		"banker": true, "dictator": true, "strongman": true, "leader": true, "resident": false} {
		if got := strictPersonNoun(w, voices.LangOf("english").Classes(w)); got != want {
			t.Errorf("strictPersonNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// The organization's word that ends a body's name, before one of its own nouns, is the
// body's when it was named in the sentence or the one before: "party officials".
func TestLabelsHeadAttributive(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       map[string]int
	}{
		{"party officials", "The Progress Party met on Monday. Farmers wrote to party officials.", map[string]int{"officials": 1}},
		{"too long after", "The Progress Party met on Monday. The sun rose. The rain fell. Farmers wrote to party officials.", map[string]int{}},
		{"another's", "The Progress Party met on Monday. Farmers wrote to Labor party officials.", map[string]int{}},
		{"not its own noun", "The Progress Party met on Monday. Farmers wrote to party critics.", map[string]int{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Progress Party", c.text); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}
