package framing

import (
	"maps"
	"testing"
)

// A label is the head of a noun phrase that refers to the referent (issue 19). A noun
// that the name, its possessive or its adjective of nationality modifies ("the Halden
// police", "Halden residents") refers to another entity, its people or institutions: no
// label by default, one with ReferentOptions.Institutions; but its governing body and
// those who hold its offices act for it ("Halden's government", "Solorian officials": the
// state as actor, see governingNouns) and are labels by default, unless a modifier makes
// them a group apart or a lower level ("Solorian business leaders", "Halden's local
// officials") or out of office ("former Halden officials"). A
// title or role before a person's name, and a class noun in apposition or as a
// predicate nominal, stay labels. A noun for a relative with its possessor ("his brother",
// "Ruiz's aunt", "an aunt of Ana Ruiz") says whose relative a person is, not what the
// person is: no label. Nor is a capitalized title of a work ("Ana Ruiz: The Governance
// of Halden"), which a name heads no label with (a regression row: the rule predates
// these tests).
func TestLabelsReferToReferent(t *testing.T) {
	for _, c := range []struct {
		name, referent string
		texts          []string
		want           map[string]int // by default
		inst           map[string]int // with Institutions
	}{
		{"the name before a noun", "Halden", []string{"Halden voted. Witnesses said the Halden government had fallen. Halden residents marched on Monday."},
			map[string]int{"government": 1}, map[string]int{"government": 1, "residents": 1}},
		{"the name before its people and police", "Halden", []string{"Halden voted. Halden society was split, and the Halden police fired on Monday."},
			map[string]int{}, map[string]int{"society": 1, "police": 1}},
		{"the name before its embassy", "Soloria", []string{"Soloria voted. Crowds gathered outside the Soloria embassy on Monday."},
			map[string]int{}, map[string]int{"embassy": 1}},
		{"the name's possessive", "Halden", []string{"Halden voted. Halden's government fell on Monday."},
			map[string]int{"government": 1}, map[string]int{"government": 1}},
		{"the name's possessive before its police", "Halden", []string{"Halden voted. Halden's police fired on Monday."},
			map[string]int{}, map[string]int{"police": 1}},
		{"of and the name", "Halden", []string{"Halden voted. The government of Halden fell on Monday."},
			map[string]int{"government": 1}, map[string]int{"government": 1}},
		{"its police, of and the name", "Halden", []string{"Halden voted. The police of Halden fired on Monday."},
			map[string]int{}, map[string]int{"police": 1}},
		{"the adjective of nationality", "Soloria", []string{"Soloria voted. Solorian officials said no on Monday."},
			map[string]int{"officials": 1}, map[string]int{"officials": 1}},
		{"the adjective of nationality before its troops and citizens", "Soloria", []string{"Soloria voted. Solorian troops crossed the river, and Solorian citizens fled on Monday."},
			map[string]int{}, map[string]int{"troops": 1, "citizens": 1}},
		{"a group apart from the state", "Soloria", []string{"Soloria voted. Solorian business leaders met on Monday."},
			map[string]int{}, map[string]int{"leaders": 1}},
		{"a lower level of government", "Halden", []string{"Halden voted. Halden's local officials met on Monday."},
			map[string]int{}, map[string]int{"officials": 1}},
		{"out of office", "Halden", []string{"Halden voted. Witnesses said former Halden officials met on Monday."},
			map[string]int{}, map[string]int{"officials": 1}},
		{"a governing noun after the name's possessive", "Soloria", []string{"Soloria voted. Soloria's intelligence agency said no. Soloria's agency said no on Monday."},
			map[string]int{"agency": 2}, map[string]int{"agency": 2}},
		{"a rank or a ministry's remit before a governing noun", "Soloria", []string{"Soloria voted. Senior Solorian officials met. Soloria's foreign ministry said no on Monday."},
			map[string]int{"officials": 1, "ministry": 1}, map[string]int{"officials": 1, "ministry": 1}},
		{"groups apart from the state before leaders", "Soloria", []string{"Soloria voted. Solorian rebel leaders met. Solorian protest leaders met. Solorian civil society leaders met on Monday."},
			map[string]int{}, map[string]int{"leaders": 3}},
		{"armed forces and police before a governing noun", "Soloria", []string{"Soloria voted. Solorian military leaders met. Solorian military officials met. Solorian police officials met on Monday."},
			map[string]int{}, map[string]int{"leaders": 1, "officials": 2}},
		{"armed forces before a governing noun after the possessive", "Halden", []string{"Halden voted. Halden's military leadership met. Halden's military intelligence said no on Monday."},
			map[string]int{}, map[string]int{"leadership": 1, "intelligence": 1}},
		{"a past term or a remit apart", "Soloria", []string{"Soloria voted. Soloria's previous government fell. Soloria's last government fell. Soloria's statistics agency said no on Monday."},
			map[string]int{}, map[string]int{"government": 2, "agency": 1}},
		{"a delegation and diplomats, and a bare description after them", "Halden", []string{"Halden voted. A Halden delegation arrived, and Halden diplomats met it. The delegation left on Monday."},
			map[string]int{}, map[string]int{"delegation": 2, "diplomats": 1}},
		{"a pronoun for the name", "Soloria", []string{"Soloria said its army would stay in the north."},
			map[string]int{}, map[string]int{"army": 1}},
		{"a pronoun for the name before its government", "Soloria", []string{"Soloria said its government would stay."},
			map[string]int{"government": 1}, map[string]int{"government": 1}},
		{"a description after the name before a noun", "Halden", []string{"Witnesses said the Halden government had fallen. The government denied it."},
			map[string]int{"government": 2}, map[string]int{"government": 2}},
		{"a description after the name before its police", "Halden", []string{"Witnesses said the Halden police had fired. The police denied it."},
			map[string]int{}, map[string]int{"police": 2}},
		{"a body's leaders and members", "Progress Party", []string{"The Progress Party voted. Progress Party leaders met, and Progress Party members marched on Monday."},
			map[string]int{"leaders": 1}, map[string]int{"leaders": 1, "members": 1}},
		{"a person's government", "Ana Ruiz", []string{"President Ana Ruiz spoke. Ana Ruiz's government fell on Monday."},
			map[string]int{}, map[string]int{}},
		{"a naming verb before the name's possessive", "Halden", []string{"Halden voted. Ana Ruiz called Halden's army chief on Monday."},
			map[string]int{}, map[string]int{}},
		{"a naming verb before the name", "Halden", []string{"Critics called Halden a haven for smugglers."},
			map[string]int{"haven": 1}, map[string]int{"haven": 1}},
		{"a title of a work after the name", "Ana Ruiz", []string{"President Ana Ruiz spoke. Her new book Ana Ruiz: The Governance of Halden sold well. Ana Ruiz, The Making of a Town, is a film."},
			map[string]int{}, map[string]int{}},
		{"a class noun in apposition", "Halden", []string{"Halden, the town, voted on Monday."},
			map[string]int{"town": 1}, map[string]int{"town": 1}},
		{"a class noun as predicate nominal", "Halden", []string{"Halden is a town in the north."},
			map[string]int{"town": 1}, map[string]int{"town": 1}},
		{"a role before a person's name", "Ana Ruiz", []string{"President Ana Ruiz spoke. The Solorian leader Ana Ruiz left."},
			map[string]int{"leader": 1}, map[string]int{"leader": 1}},
		{"a relative before the name, with a possessive pronoun", "Ivo Marek", []string{"President Ivo Marek spoke. Ana Ruiz wrote to her brother Ivo Marek."},
			map[string]int{}, map[string]int{}},
		{"a relative in apposition, with a possessive pronoun", "Ivo Marek", []string{"President Ivo Marek spoke. Ivo Marek, her brother, left on Monday."},
			map[string]int{}, map[string]int{}},
		{"a relative in apposition, with a name's possessive", "Ivo Marek", []string{"President Ivo Marek spoke. Ivo Marek, Ana Ruiz's brother, left on Monday."},
			map[string]int{}, map[string]int{}},
		{"a relative in apposition, of a name", "Ivo Marek", []string{"President Ivo Marek spoke. Ivo Marek, a brother of Ana Ruiz, left on Monday."},
			map[string]int{}, map[string]int{}},
		{"a relative of no one named", "Ivo Marek", []string{"President Ivo Marek spoke. Ivo Marek, the father of the nation, left on Monday."},
			map[string]int{"father": 1}, map[string]int{"father": 1}},
		{"no relative, with a possessive pronoun", "Ivo Marek", []string{"President Ivo Marek spoke. Ivo Marek, her lawyer, left on Monday."},
			map[string]int{"lawyer": 1}, map[string]int{"lawyer": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, o := range []struct {
				opts *ReferentOptions
				want map[string]int
			}{{nil, c.want}, {institutions, c.inst}} {
				rl, err := (&Analyzer{}).Labels(englishDocs("a", c.texts...), nil, c.referent, o.opts)
				if err != nil {
					t.Fatal(err)
				}
				if got := labelsOf(*rl); !maps.Equal(got, o.want) {
					t.Errorf("Institutions %v: labels %v, want %v", o.opts != nil, got, o.want)
				}
			}
		})
	}
}
