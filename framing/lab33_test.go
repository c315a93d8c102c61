package framing

import "testing"

// The fixes of issue 19's structural rules: each row fails without its fix. The texts
// are invented.
func TestLab33Labels(t *testing.T) {
	runLabelRows(t, []labelRow{
		// 1. A word before a comma is an adjective coordinated with the next phrase's only
		// when it is like one and a noun heads that phrase.
		{"a noun before a comma and a clause", "Halden", []string{"The town is old. Halden is a democracy, free elections matter."},
			[]string{"democracy"}, []string{"matter", "elections"}},
		{"a noun before a comma and a phrase with no verb", "Halden", []string{"The ferries are late. Halden is a harbor, tourist ferries in summer."},
			[]string{"harbor"}, []string{"ferries"}},
		{"a noun in -al before a comma", "Halden", []string{"The capital of Soloria is big. We saw the capital. Halden is the capital, home port of the fleet. The port is old."},
			[]string{"capital"}, []string{"port"}},
		{"an adjective in -ern before a comma", "Halden", []string{"The modern age began. A modern road runs north. The city is old. Halden is a modern, busy city."},
			[]string{"city"}, []string{"modern"}},
		// 2. A list's member after "and" is a noun phrase with no verb of its own.
		{"stacked appositions and a clause after and", "Halden", []string{"The envoys reached Halden, a port town, the capital of Soloria, and the council met them."},
			[]string{"town"}, nil},
		{"an apposition, a phrase and a clause after and", "Halden", []string{"The envoys reached Halden, a port town, its old harbor and the council voted no."},
			[]string{"town"}, nil},
		{"a list of phrases after a name stays a list", "Halden", []string{"Halden is a town. The survey mapped Halden, its canals, its mills and its bridges."},
			[]string{"town"}, []string{"canals"}},
		{"a list whose member after and has a modifier used as a verb too", "Halden", []string{"Halden is a town. The lakes are deep. The wells were deep. The deep lakes froze. A deep sea froze. The deep river ran. He waited, given the size of Halden, the age of its mills, the width of its canals, and the mayor's deep dislike of change."},
			[]string{"town"}, []string{"age"}},
		// 3. In a list of people, each phrase follows its name.
		{"a title in a list of titled people", "Ana Ruiz", []string{"Mayor Ana Ruiz spoke. Present were Ana Ruiz, the mayor, Ivo Marn, the police chief, and Lena Varga."},
			[]string{"mayor"}, []string{"chief"}},
		{"a title before a list's last name", "Ana Ruiz", []string{"Mayor Ana Ruiz spoke. The jury heard Ana Ruiz, the mayor, Ivo Marn, and Lena Varga."},
			[]string{"mayor"}, nil},
		{"the second name's title in a list", "Ivo Marn", []string{"Chief Ivo Marn spoke. Present were Ana Ruiz, the mayor, Ivo Marn, the police chief, and Lena Varga."},
			[]string{"chief"}, []string{"mayor"}},
		{"an apposition in a list of places", "Halden", []string{"The storm flooded Halden, a fishing town, Varno, and Soloria."},
			[]string{"town"}, nil},
		{"a title after a fronted place's comma", "Ivo Marn", []string{"Judge Ivo Marn spoke. In Halden, the mayor, Ivo Marn, a former judge, said no."},
			[]string{"mayor"}, nil},
		// 4. A division an adjective of nationality modifies is a label.
		{"a region with an adjective of nationality", "Halden", []string{"Fog covered Halden, a Valdoran region, all week."},
			[]string{"region"}, nil},
		{"a province with an irregular adjective of nationality", "Halden", []string{"Fog covered Halden, the Swiss province, all week."},
			[]string{"province"}, nil},
		{"a division named by a place ending like an adjective", "Halden", []string{"Many people live in Tarvan. Fog covered Halden, the Tarvan district, all week. Halden is a town."},
			[]string{"town"}, []string{"district"}},
		{"a division named by a proper name", "Halden", []string{"Fog covered Halden, the Ostrel district, all week. Halden is a town."},
			[]string{"town"}, []string{"district"}},
		// 5. "of" or "for" and "the" inside a longer name; not another preposition.
		{"an apposition of a bank named for a place", "Corvanes", []string{"Ships reached the Corvanes, a small republic. The loans came from the Bank of the Corvanes, its central bank."},
			[]string{"republic"}, []string{"bank"}},
		{"an apposition after a preposition of direction and the", "Corvanes", []string{"Tin went from Soloria to the Corvanes, its largest buyer, in May."},
			[]string{"buyer"}, nil},
		{"an apposition after a lower-case noun and of the", "Corvanes", []string{"They signed a sanctions package of the Corvanes, the largest exporter of tin."},
			[]string{"exporter"}, nil},
	})
}
