package framing

import "testing"

// Labels of a referent are nouns that describe it, in phrases that refer to it. The
// texts are invented.
func TestLab31Labels(t *testing.T) {
	runLabelRows(t, []labelRow{
		{"the first word of a longer place name", "Lago Verde", []string{"Lago Verde is a harbor town. Lago Verdean boats sail at dawn, and Lago Verdean farmers sell fish there. My neighbor, Lago, moved here in May."},
			[]string{"town"}, []string{"neighbor"}},
		{"the first word of a place written after in", "Tarn Valley", []string{"Tarn Valley is a quiet town. We met in Tarn Valley in June, and prices rose in Tarn Valley last year. Our guide, Tarn, met us at the gate."},
			[]string{"town"}, []string{"guide"}},
		{"a person's surname that is a place too", "Tomas Jordan", []string{"Tomas Jordan played in May. Prices rose in Jordan. Jordan, the guard, scored ten points."},
			[]string{"guard"}, nil},
		{"no place's modifier between the preposition and the name", "Halden", []string{"Halden is a port. In recent years Halden, a fishing hub, grew fast."},
			[]string{"port", "hub"}, nil},
		{"the first word of a company's name", "Acme Steel", []string{"Acme Steel makes pipes. Acme, a family firm, hired ten welders."},
			[]string{"firm"}, nil},
		{"the first word of a name in family-name-first order", "Ri Sol Han", []string{"Ri Sol Han spoke in May. Ri, the leader, left early."},
			[]string{"leader"}, nil},
		{"the last word of a longer place name, a place of its own", "North Velmora", []string{"North Velmora is a small republic. We live in North Velmora, and fish sell well in North Velmora. Our host, Velmora, is in the south. Ships sail in Velmora."},
			[]string{"republic"}, []string{"host"}},
		{"a surname alone", "Ana Ruiz", []string{"Ana Ruiz spoke at noon. Ruiz, a lawyer, left."},
			[]string{"lawyer"}, nil},
		{"the organization's word alone", "Progress Party", []string{"The Progress Party voted no. Later the Party, a small movement, lost. Few spoke in Party halls."},
			[]string{"movement"}, nil},
		{"a locative before an adjective", "Halden", []string{"We spoke by phone to a baker in occupied Halden, Mila's uncle, on Sunday. Halden is a port."},
			[]string{"port"}, []string{"uncle"}},
		{"a locative before two adjectives", "Halden", []string{"Food ran short across rural northern Halden, the main supplier of the coast, last winter. Halden is a port."},
			[]string{"port"}, []string{"supplier"}},
		{"a locative after a determiner's noun", "Halden", []string{"The envoy met the mayor of Halden, a small port, in May."},
			[]string{"port"}, nil},
	})
}
