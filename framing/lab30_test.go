package framing

import "testing"

// Labels are nouns that refer to the referent: a predicate nominal that is not asserted
// (after a modal of possibility or obligation) and a noun of exemplification ("an
// example", "a case that shows why") are none. The texts are invented.
func TestLab30LabelsRefer(t *testing.T) {
	runLabelRows(t, []labelRow{
		{"modal could", "Halden", []string{"Halden could be a problem for the mayor this spring. Halden is a small town."},
			[]string{"town"}, []string{"problem"}},
		{"modal might", "Soloria", []string{"Soloria might become a refuge for pirates. Soloria is a republic."},
			[]string{"republic"}, []string{"refuge"}},
		{"modal should", "Velmora", []string{"Velmora should be a model for the coast, the council said. Velmora is a small harbor."},
			[]string{"harbor"}, []string{"model"}},
		{"may concedes", "Soloria", []string{"Soloria may be the largest republic on the coast, but its roads are poor."},
			[]string{"republic"}, nil},
		{"will asserts", "Soloria", []string{"Soloria will be the host of the games in the autumn."},
			[]string{"host"}, nil},
		{"example", "Halden", []string{"Several towns have lost their mills. Halden is another example, as its last mill closed in the winter."},
			nil, []string{"example"}},
		{"case that shows", "Soloria", []string{"Few ports grew so fast. Soloria is a case that shows why."},
			nil, []string{"case"}},
		{"exception apposition", "Port Elara", []string{"Most harbors froze, though Port Elara, an exception, stayed open."},
			nil, []string{"exception"}},
		{"event after a preposition", "Halden", []string{"The exhibit covers the siege of Halden, the winter offensive in the north, and the famine."},
			nil, []string{"offensive"}},
		{"event after a verb", "Tarvenia", []string{"Last year 300 ships visited Tarvenia, a sharp rise on the year."},
			nil, []string{"rise"}},
		{"boycott after a preposition", "Soloria", []string{"Traders kept away from Soloria, a boycott in all but name, in May."},
			nil, []string{"boycott"}},
		{"nominalization after a preposition", "Halden", []string{"The army seized Halden, the third annexation of a town this month."},
			nil, []string{"annexation"}},
		{"agent after a preposition", "Soloria", []string{"The timber went mostly to Soloria, the main customer of the mill."},
			[]string{"customer"}, nil},
		{"kind of place after a preposition, any", "Soloria", []string{"The envoy flew to Soloria, a small atoll, in May."},
			[]string{"atoll"}, nil},
		{"principality after a preposition", "Velmora", []string{"The talks moved to Velmora, a quiet principality, in June."},
			[]string{"principality"}, nil},
		{"firm after a verb", "Acme", []string{"Regulators fined Acme, a small firm, in March."},
			[]string{"firm"}, nil},
		{"bank after a preposition", "Acme", []string{"Investors sold shares of Acme, a small bank, on Friday."},
			[]string{"bank"}, nil},
		{"economy after a preposition", "Halden", []string{"Officials spoke of trade with Halden, the largest economy on the coast."},
			[]string{"economy"}, nil},
		{"kind of place after a preposition", "Velmora", []string{"The public saw photographs from Velmora, a suburb of the capital."},
			[]string{"suburb"}, nil},
		{"no apposition before a possessive", "Soloria", []string{"The new bridge, Soloria's longest, opened in May."},
			nil, []string{"bridge"}},
		{"inverted attribution", "Halden", []string{"Solorian troops threaten Halden, says Velmoran president."},
			nil, []string{"president"}},
		{"bare noun after a name, subject", "Ana Ruiz", []string{"Ana Ruiz, state senator for the district, said the plan would fail."},
			[]string{"senator"}, nil},
		{"bare noun after a name, object", "Ana Ruiz", []string{"The bill was written by Ana Ruiz, state senator for the district."},
			[]string{"senator"}, nil},
		{"grant officer", "Ana Ruiz", []string{"Ana Ruiz, grant officer at the fund, said no."},
			[]string{"officer"}, nil},
		{"would later", "Oren", []string{"Oren would later become the country's president."},
			[]string{"president"}, nil},
		{"who would later", "Oren", []string{"Oren, who would later become the country's president, was born in Halden."},
			[]string{"president"}, nil},
		{"subject keeps any head", "Halden", []string{"Halden, a fortress town, voted for the plan."},
			[]string{"town"}, nil},
	})
}

// checkLabelRow checks that every word of want is a label of referent in texts, and no
// word of not is.
// A labelRow is one case of a label test: the referent, invented texts, the labels that
// must be among its own (want) and those that must not (not); see checkLabelRow.
type labelRow struct {
	name, referent string
	texts          []string
	want, not      []string
}

// runLabelRows runs each row as a subtest of t (see checkLabelRow).
func runLabelRows(t *testing.T, rows []labelRow) {
	t.Helper()
	for _, c := range rows {
		t.Run(c.name, func(t *testing.T) { checkLabelRow(t, c.referent, c.texts, c.want, c.not) })
	}
}

func checkLabelRow(t *testing.T, referent string, texts, want, not []string) {
	t.Helper()
	got := labelCounts(t, referent, texts...)
	for _, w := range want {
		if got[w] == 0 {
			t.Errorf("%q is no label of %s: %v", w, referent, got)
		}
	}
	for _, w := range not {
		if got[w] != 0 {
			t.Errorf("%q is a label of %s: %v", w, referent, got)
		}
	}
}
