package framing

import "testing"

// The rules of lab34 (issue 19: labels a reader would believe): each row fails without
// its rule. The texts are invented.
func TestLab34Labels(t *testing.T) {
	runLabelRows(t, []labelRow{
		// 1. A noun for a person's standing to another person, with a possessor, says whom
		// the person stands to, not what the person is.
		{"a boss after his, as a predicate", "Ivo Marek", []string{"Senator Ivo Marek spoke. At the mill Tal Oren waited, and Ivo Marek was his boss then."},
			nil, []string{"boss"}},
		{"a predecessor after his, as a premodifier", "Ivo Marek", []string{"Governor Ivo Marek left. Tal Oren followed his predecessor Ivo Marek into the race."},
			nil, []string{"predecessor"}},
		{"a colleague after his and an adjective of nationality", "Ana Ruiz", []string{"Mayor Ana Ruiz spoke. Tal Oren wrote to his Solorian colleague Ana Ruiz on Monday."},
			nil, []string{"colleague"}},
		{"a friend after her", "Ana Ruiz", []string{"Mayor Ana Ruiz spoke. Lena Varga met her friend Ana Ruiz on Monday."},
			nil, []string{"friend"}},
		{"a colleague with no possessor stays a label", "Ana Ruiz", []string{"Mayor Ana Ruiz spoke. The vote went to longtime colleague Ana Ruiz on Monday."},
			[]string{"colleague"}, nil},
		{"a friend of a cause stays a label", "Ana Ruiz", []string{"Mayor Ana Ruiz spoke. Ana Ruiz is a friend of the Harbor Trust."},
			[]string{"friend"}, nil},
		{"a rival or a partner is what the person is", "Ana Ruiz", []string{"Mayor Ana Ruiz spoke. Ana Ruiz, his rival, came too. Ana Ruiz, a partner of Baker Lane, left."},
			[]string{"rival", "partner"}, nil},
	})
}

// 3. A plural is no label of one person.
func TestLab34PluralPerson(t *testing.T) {
	runLabelRows(t, []labelRow{
		{"a plural description of a person", "Ivo Marek", []string{"President Ivo Marek spoke. Ivo Marek, the army servicemen, met the press. The president left."},
			[]string{"president"}, []string{"servicemen"}},
		{"a singular in -ss stays", "Ivo Marek", []string{"President Ivo Marek spoke. Ivo Marek, the boss of the firm, left early."},
			[]string{"boss"}, nil},
	})
}
